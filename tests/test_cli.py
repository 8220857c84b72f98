"""The command line through Typer's CliRunner: exit codes, stdout and stderr."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from typer.testing import CliRunner

from cli.main import app
from tests.conftest import ROOT

SEEDS = str(ROOT / "seeds")
try:  # Click before 8.2 mixes stderr into stdout unless told not to
    runner = CliRunner(mix_stderr=False)  # type: ignore[call-arg]
except TypeError:
    runner = CliRunner()


def invoke(*args: str, stdin: str | None = None, columns: int = 80):
    return runner.invoke(app, list(args), input=stdin, env={"COLUMNS": str(columns)})


def test_compare_json_is_one_document_on_stdout():
    result = invoke("compare", SEEDS, "--format", "json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["schema"] == "newscheck/compare/v1"
    assert {s["id"] for s in document["sources"]} == {
        "000_7129e41cf7a61032.txt",
        "001_dfeeb8d3fd3e90c1.txt",
    }
    assert sum(document["summary"].values()) == len(document["findings"])
    finding = document["findings"][0]
    for key in ("id", "kind", "verdict", "subject", "reason", "claims"):
        assert key in finding
    for key in ("source", "sentence", "text", "start", "end", "value", "speaker", "context"):
        assert key in finding["claims"][0]
    assert "mojibake" in result.stderr


def test_compare_table_shows_verdicts_and_summary():
    result = invoke("compare", SEEDS, "--no-color", columns=200)
    assert result.exit_code == 0
    assert "conflict" in result.stdout and "Summary:" in result.stdout
    assert "on Monday → 2025-09-01" in result.stdout


def test_fail_on_sets_exit_code():
    assert invoke("compare", SEEDS, "--fail-on", "conflict", "-f", "json").exit_code == 1
    assert invoke("compare", SEEDS, "--fail-on", "never", "-f", "json").exit_code == 0


def test_fail_on_conflict_passes_without_conflicts(tmp_path):
    (tmp_path / "a.txt").write_text("date 2024-05-01\nThe bridge reopened on Monday.")
    (tmp_path / "b.txt").write_text("date 2024-05-01\nThe bridge reopened on April 29, 2024.")
    result = invoke("compare", str(tmp_path), "--fail-on", "conflict", "-f", "json")
    assert result.exit_code == 0, result.stdout
    assert json.loads(result.stdout)["summary"]["conflict"] == 0


def test_claims_json():
    result = invoke("claims", SEEDS, "--format", "json", "--kind", "quote")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["schema"] == "newscheck/claims/v1"
    assert document["claims"] and {c["kind"] for c in document["claims"]} == {"quote"}


def test_sentences_json():
    result = invoke("sentences", SEEDS, "--format", "json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert {"source", "index", "text", "start", "end"} <= set(document["sentences"][0])


def test_stdin_article(tmp_path):
    result = invoke("claims", "-", "--format", "json", stdin="date 2024-05-01\nIt sank on Monday.")
    assert result.exit_code == 0
    (claim,) = json.loads(result.stdout)["claims"]
    assert (claim["source"], claim["value"]) == ("stdin", "2024-04-29")


def test_date_option_for_undated_articles(tmp_path):
    (tmp_path / "a.txt").write_text("The bridge reopened on Monday.")
    result = invoke("claims", str(tmp_path), "--date", "2024-05-01", "-f", "json")
    document = json.loads(result.stdout)
    assert document["sources"][0]["published_from"] == "option"
    assert document["claims"][0]["value"] == "2024-04-29"


def test_missing_path_is_a_one_line_error():
    result = invoke("compare", "no/such/dir")
    assert result.exit_code == 2
    assert result.stderr.strip() == "Error: no/such/dir: no such file or directory"
    assert result.stdout == ""


def test_bad_usage_from_the_installed_command_is_one_line():
    """Through the real entry point (not CliRunner), usage errors are one line, exit 2."""
    command = [sys.executable, "-c", "from cli.entry import run; run()"]
    env = {**os.environ, "NEWSCHECK_NO_CACHE": "1"}
    for args in (
        ["compare", SEEDS, "--date", "soon"],
        ["compare", SEEDS, "--format", "xml"],
        ["compare"],
    ):
        done = subprocess.run(command + args, capture_output=True, text=True, cwd=ROOT, env=env)
        assert done.returncode == 2, (args, done.stderr)
        lines = [line for line in done.stderr.splitlines() if not line.startswith("Warning:")]
        assert len(lines) == 1 and lines[0].startswith("Error: "), done.stderr
        assert "Traceback" not in done.stderr


def test_help_lists_commands_and_exit_codes():
    result = invoke("--help")
    assert result.exit_code == 0
    for word in ("compare", "claims", "sentences", "Exit codes"):
        assert word in result.stdout


def test_file_names_are_shown_as_written_not_as_markup(tmp_path):
    for name, day in (("wire[red]:smile:.txt", "Monday"), ("daily.txt", "Tuesday")):
        (tmp_path / name).write_text(
            f" date 2026-05-06\nThe Tarn dam inspection took place on {day}, officials said.\n",
            encoding="utf-8",
        )
    result = invoke("compare", str(tmp_path), columns=200)
    assert result.exit_code == 0
    (header,) = [line for line in result.stdout.splitlines() if line.startswith("┃")]
    assert "wire[red]:smile:.txt" in header  # a column per source, named as the file is
