"""Every output format through the CLI, JSON Schema validation, baselines and --output."""

from __future__ import annotations

import json
from importlib.resources import files

import jsonschema
import pytest
from typer.testing import CliRunner

from cli.main import app
from tests.conftest import ROOT

SEEDS = str(ROOT / "seeds")
try:
    runner = CliRunner(mix_stderr=False)  # type: ignore[call-arg]
except TypeError:
    runner = CliRunner()


def schema(name: str) -> dict:
    return json.loads(files("checker").joinpath("schemas", name).read_text(encoding="utf-8"))


def invoke(*args: str):
    return runner.invoke(app, list(args), env={"COLUMNS": "120"})


def test_compare_json_matches_its_schema():
    result = invoke("compare", SEEDS, "-f", "json")
    jsonschema.validate(json.loads(result.stdout), schema("compare-v1.json"))


def test_checks_inside_one_article_are_in_the_json_and_match_the_schema(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        " date 2026-05-04\nThe $14 billion package is made up of $10 billion in loans and $2.5 "
        "billion in grants. Exports rose 20% from 50,000 tonnes to 60,000 tonnes.\n",
        encoding="utf-8",
    )
    result = invoke("compare", str(article), "-f", "json", "--fail-on", "conflict")
    document = json.loads(result.stdout)
    jsonschema.validate(document, schema("compare-v1.json"))
    assert [(c["check"], c["holds"]) for c in document["checks"]] == [
        ("sum", False),
        ("growth", True),
    ]
    assert result.exit_code == 1  # the failed sum is a conflict
    markdown = invoke("compare", str(article), "-f", "markdown").stdout
    assert "❌ **a.txt** sum:" in markdown and "✅ **a.txt** growth:" in markdown


def test_claims_json_matches_its_schema():
    result = invoke("claims", SEEDS, "-f", "json")
    jsonschema.validate(json.loads(result.stdout), schema("claims-v1.json"))


def test_jsonl_is_one_finding_a_line():
    result = invoke("compare", SEEDS, "-f", "jsonl")
    lines = result.stdout.strip().splitlines()
    finding_schema = {
        **schema("compare-v1.json")["$defs"]["finding"],
        "$defs": schema("compare-v1.json")["$defs"],
    }
    for line in lines:
        item = json.loads(line)
        assert item["schema"] == "newscheck/finding/v1"
        jsonschema.validate(item, finding_schema)
    total = json.loads(invoke("compare", SEEDS, "-f", "json").stdout)["findings"]
    assert len(lines) == len(total)


def test_markdown_has_a_table_row_per_finding():
    result = invoke("compare", SEEDS, "-f", "markdown")
    rows = [
        line for line in result.stdout.splitlines() if line.startswith("| ") and "---" not in line
    ]
    total = json.loads(invoke("compare", SEEDS, "-f", "json").stdout)["findings"]
    assert len(rows) == len(total) + 1  # the header row
    assert "🔴 conflict" in result.stdout


def test_sarif_points_at_each_claim():
    document = json.loads(invoke("compare", SEEDS, "-f", "sarif").stdout)
    assert document["version"] == "2.1.0"
    (run,) = document["runs"]
    conflict = next(r for r in run["results"] if r["ruleId"] == "conflict")
    assert conflict["level"] == "error"
    region = conflict["locations"][0]["physicalLocation"]["region"]
    text = (ROOT / "seeds" / "000_7129e41cf7a61032.txt").read_text(encoding="utf-8")
    line = text.splitlines()[region["startLine"] - 1]
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == region["snippet"]["text"]


def test_github_annotations():
    result = invoke("compare", SEEDS, "-f", "github")
    lines = result.stdout.strip().splitlines()
    assert any(line.startswith("::error file=") and ",line=1,col=" in line for line in lines)
    assert lines[-1].startswith("::notice title=newscheck::")


def test_output_file_is_written_whole(tmp_path):
    target = tmp_path / "report.json"
    result = invoke("compare", SEEDS, "-f", "json", "--output", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(target.read_text())["schema"] == "newscheck/compare/v1"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temporary left


def test_output_to_a_missing_folder_is_an_error(tmp_path):
    result = invoke("compare", SEEDS, "--output", str(tmp_path / "no" / "r.json"), "-f", "json")
    assert result.exit_code == 2 and "cannot write" in result.stderr


def test_baseline_marks_known_findings_and_they_do_not_fail(tmp_path):
    baseline = tmp_path / "baseline.json"
    first = invoke("compare", SEEDS, "-f", "json", "--write-baseline", str(baseline))
    assert first.exit_code == 0
    again = invoke(
        "compare", SEEDS, "-f", "json", "--baseline", str(baseline), "--fail-on", "conflict"
    )
    assert again.exit_code == 0
    assert all(f["known"] for f in json.loads(again.stdout)["findings"])
    assert invoke("compare", SEEDS, "-f", "json", "--fail-on", "conflict").exit_code == 1


@pytest.mark.parametrize(
    "content, message", [("not json", "not JSON"), ('{"schema": "other"}', "not a newscheck")]
)
def test_bad_baseline_is_an_error(tmp_path, content, message):
    baseline = tmp_path / "b.json"
    baseline.write_text(content)
    result = invoke("compare", SEEDS, "--baseline", str(baseline))
    assert result.exit_code == 2 and message in result.stderr


def test_explain_shows_one_finding_in_full():
    result = invoke("compare", SEEDS, "--explain", "1", "--no-color")
    assert result.exit_code == 0
    assert "Finding 1: conflict" in result.stdout and "000_7129e41cf7a61032.txt:1:" in result.stdout
    assert invoke("compare", SEEDS, "--explain", "999").exit_code == 2


def test_quiet_silences_warnings():
    assert "mojibake" in invoke("compare", SEEDS, "-f", "json").stderr
    assert invoke("compare", SEEDS, "-f", "json", "--quiet").stderr == ""
