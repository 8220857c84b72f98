"""Bad days: arbitrary bytes, narrow terminals, NO_COLOR; never a traceback, never a hang."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from checker.models import CheckerError, Options
from checker.pipeline import check
from checker.render import OutputFormat, text_renderer
from cli.main import app
from tests.conftest import ROOT

try:
    runner = CliRunner(mix_stderr=False)  # type: ignore[call-arg]
except TypeError:
    runner = CliRunner()

NEWS_BYTES = st.lists(
    st.sampled_from(
        [
            b"date 2025-09-02 ",
            b"on Monday",
            b" $1.5bn ",
            b"\xe2\x80\x9c",
            b"\xe2\x80\x9d",
            b"\xc3\x82 ",
            b"\xff\xfe",
            b"\x00",
            b"\n",
            b". ",
            b"12%",
            b"said Ana Diaz",
            b"May 5, ",
        ]
    )
    | st.binary(max_size=20),
    max_size=40,
).map(b"".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(NEWS_BYTES, min_size=1, max_size=3))
def test_arbitrary_bytes_load_to_valid_output(contents):
    with tempfile.TemporaryDirectory() as folder:
        for index, data in enumerate(contents):
            Path(folder, f"a{index}.txt").write_bytes(data)
        try:
            report = check([folder], Options())
        except CheckerError:
            return  # nothing readable: a one-line error, which is the right answer
        for fmt in OutputFormat:
            if fmt is OutputFormat.TABLE:
                continue
            text = text_renderer(fmt)(report)
            if fmt in (OutputFormat.JSON, OutputFormat.SARIF):
                json.loads(text)
            elif fmt is OutputFormat.JSONL:
                for line in filter(None, text.splitlines()):
                    json.loads(line)


def test_table_fits_80_columns_and_keeps_verdicts_and_sources():
    result = runner.invoke(
        app, ["compare", str(ROOT / "seeds"), "--no-color"], env={"COLUMNS": "80"}
    )
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    for word in ("conflict", "variant", "agree", "000_7129e41cf7a61032.txt"):
        assert word in result.stdout


def test_no_color_environment_is_honoured():
    result = runner.invoke(
        app, ["compare", str(ROOT / "seeds")], env={"NO_COLOR": "1", "COLUMNS": "100"}, color=True
    )
    assert "\x1b[" not in result.stdout


def test_an_empty_folder_and_an_empty_file_are_reported(tmp_path):
    empty_folder = runner.invoke(app, ["compare", str(tmp_path)])
    assert empty_folder.exit_code == 2 and "no articles" in empty_folder.stderr
    (tmp_path / "empty.txt").write_text("")
    empty_file = runner.invoke(app, ["compare", str(tmp_path)])
    assert empty_file.exit_code == 2 and "empty" in empty_file.stderr
    assert "Traceback" not in empty_file.stderr + empty_file.stdout


def test_figures_too_large_to_hold_are_compared_without_a_traceback(tmp_path):
    """A run of 400 digits reads as an infinite amount; two outlets giving one must still be
    compared (aligning them looked at their significant digits, and raised)."""
    huge = "9" * 400
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(
            f"date 2028-03-01\nDebt\n\nThe debt reached ${huge} on Monday, the treasury said.\n"
        )
    result = runner.invoke(app, ["compare", str(tmp_path), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    assert json.loads(result.stdout)["schema"] == "newscheck/compare/v1"
