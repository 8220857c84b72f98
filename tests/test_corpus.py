"""Labelled article sets (tests/corpus/<event>/): findings each must and must not yield.

Each folder holds 2-6 articles written for this project about one invented event (or, in
mixed_batch, several) and an expected.json: the publication dates, the findings a correct
tool must report (kind, verdict and the claims that carry it) and `absent` findings it must
not report (facts a naive tool would wrongly compare). Known gaps are listed in KNOWN_GAPS
and run as strict xfails, so a fix is noticed.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from checker.models import Finding, Report
from checker.pipeline import check

CORPUS = Path(__file__).resolve().parent / "corpus"
FOLDERS = sorted(p.parent for p in CORPUS.glob("*/expected.json"))

# "<folder>:findings:<n>" or "<folder>:absent:<n>" -> why the tool misses it today.
# Each runs as a strict xfail: when a change fixes one, the run says so and it leaves the list.
KNOWN_GAPS: dict[str, str] = json.loads((CORPUS / "known_gaps.json").read_text(encoding="utf-8"))


@cache
def report_for(folder: Path) -> Report:
    return check([str(folder)])


def expected(folder: Path) -> dict:
    return json.loads((folder / "expected.json").read_text(encoding="utf-8"))


def _matches(claim, want: dict) -> bool:
    if claim.source != want["source"]:
        return False
    text = want["text"]
    if text not in claim.text and claim.text not in text:
        return False
    return "value" not in want or want["value"] is None or claim.value == want["value"]


def _holds(finding: Finding, want: dict) -> bool:
    if finding.kind.value != want["kind"] or finding.verdict.value != want["verdict"]:
        return False
    return all(any(_matches(c, w) for c in finding.claims) for w in want["claims"])


def _cases(section: str):
    for folder in FOLDERS:
        for index, _ in enumerate(expected(folder).get(section, [])):
            key = f"{folder.name}:{section}:{index}"
            marks = (
                [pytest.mark.xfail(reason=KNOWN_GAPS[key], strict=True)]
                if key in KNOWN_GAPS
                else []
            )
            yield pytest.param(folder, index, id=key, marks=marks)


def test_corpus_is_present():
    assert len(FOLDERS) >= 3, "tests/corpus must hold at least three labelled article sets"


@pytest.mark.parametrize("folder, index", list(_cases("findings")))
def test_expected_finding(folder, index):
    want = expected(folder)["findings"][index]
    report = report_for(folder)
    near = [
        f
        for f in report.findings
        if f.kind.value == want["kind"]
        and any(_matches(c, w) for c in f.claims for w in want["claims"])
    ]
    assert any(_holds(f, want) for f in report.findings), (
        f"expected {want['verdict']} ({want.get('why', '')}); found: "
        + "; ".join(
            f"{f.verdict.value}: {[(c.source, c.text, c.value) for c in f.claims]}" for f in near
        )
    )


@pytest.mark.parametrize("folder, index", list(_cases("absent")))
def test_absent_finding(folder, index):
    avoid = expected(folder)["absent"][index]
    for finding in report_for(folder).findings:
        if finding.kind.value != avoid["kind"] or finding.verdict.value != avoid["verdict"]:
            continue
        texts = [c.text for c in finding.claims]
        assert not all(any(t in x or x in t for x in texts) for t in avoid["texts"]), (
            f"must not report {avoid['verdict']}: {avoid.get('why', '')}"
        )


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_publication_dates(folder):
    published = expected(folder).get("published", {})
    sources = {s.id: s for s in report_for(folder).sources}
    for name, date in published.items():
        source = sources[name]
        if date is None:
            assert source.published_from.value in ("inferred", "none")
        else:
            assert source.published is not None and source.published.isoformat() == date
