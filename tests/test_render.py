"""Renderers: every format renders, and the JSON keeps the contract's field names."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from checker.models import Options
from checker.pipeline import compare
from checker.render import OutputFormat
from checker.render.json_out import compare_document, dumps
from checker.render.table import compare_table
from tests.conftest import extract

EXTRACTION = extract(
    "The ministers met on Monday and agreed a $2 billion fund. “We are ready,” said Ana Diaz.",
    "The ministers met on September 2, 2025 and agreed a $2 billion fund. "
    "“We are ready,” said Ana Diaz.",
    published="2025-09-02",
)
REPORT = compare(EXTRACTION, Options())


@pytest.mark.parametrize("fmt", list(OutputFormat))
def test_every_format_renders(fmt):
    if fmt is OutputFormat.JSON:
        assert json.loads(dumps(compare_document(REPORT)))["findings"]
    else:
        console = Console(file=io.StringIO(), width=80, no_color=True)
        console.print(compare_table(REPORT, 80))
        assert "Summary:" in console.file.getvalue()


def test_json_contract_fields():
    document = compare_document(REPORT)
    assert set(document) >= {"schema", "sources", "findings", "summary"}
    assert set(document["sources"][0]) >= {"id", "path", "published", "sentences", "claims"}
    verdicts = {f["verdict"] for f in document["findings"]}
    assert verdicts <= {"agree", "conflict", "variant", "single"}
    assert document["summary"] == {
        v: sum(f["verdict"] == v for f in document["findings"])
        for v in ("conflict", "variant", "agree", "single")
    }


def test_findings_are_ordered_conflicts_first():
    ranks = [f.verdict.rank for f in REPORT.findings]
    assert ranks == sorted(ranks)
    assert [f.id for f in REPORT.findings] == list(range(1, len(REPORT.findings) + 1))


def test_table_shows_resolved_value_beside_the_text():
    console = Console(file=io.StringIO(), width=160, no_color=True)
    console.print(compare_table(REPORT, 160))
    assert "on Monday → 2025-09-01" in console.file.getvalue()
