"""The two sample articles in seeds/: the findings the first issue names must hold."""

from __future__ import annotations

import pytest

from checker.models import ClaimKind, Options, Report, Verdict
from checker.pipeline import check, extract_paths
from tests.conftest import ROOT

SEEDS = str(ROOT / "seeds")


@pytest.fixture(scope="module")
def report() -> Report:
    return check([SEEDS])


def _with_texts(report: Report, kind: ClaimKind, *texts: str):
    return [
        f
        for f in report.findings
        if f.kind is kind and all(any(t in c.text for c in f.claims) for t in texts)
    ]


def test_meeting_date_conflict(report):
    (finding,) = _with_texts(report, ClaimKind.DATE, "on Monday", "September 2, 2025")
    assert finding.verdict is Verdict.CONFLICT
    assert sorted(c.value for c in finding.claims) == ["2025-09-01", "2025-09-02"]


def test_trade_growth_is_flagged_not_corroborated(report):
    (finding,) = _with_texts(report, ClaimKind.NUMBER, "100%")
    assert finding.verdict is Verdict.VARIANT
    assert len({c.source for c in finding.claims}) == 1
    assert {c.quantity.baseline for c in finding.claims if c.quantity} == {
        "from the previous year",
        "from previous levels",
    }


def test_november_event_agrees(report):
    (finding,) = [
        f
        for f in report.findings
        if f.kind is ClaimKind.DATE and {c.value for c in f.claims} == {"2025-11"}
    ]
    assert finding.verdict is Verdict.AGREE
    assert len({c.source for c in finding.claims}) == 2


def test_traditional_partner_quote_agrees(report):
    (finding,) = _with_texts(report, ClaimKind.QUOTE, "traditional partner")
    assert finding.verdict is Verdict.AGREE


def test_right_direction_quotes_are_a_variant(report):
    (finding,) = _with_texts(report, ClaimKind.QUOTE, "right direction")
    assert finding.verdict is Verdict.VARIANT
    assert len({c.source for c in finding.claims}) == 2


def test_no_other_conflict(report):
    assert [f.verdict for f in report.findings].count(Verdict.CONFLICT) == 1


def test_resolution_of_relative_dates():
    claims = extract_paths([SEEDS], Options()).claims
    values = {c.text: c.value for c in claims if c.kind is ClaimKind.DATE}
    assert values["on Saturday"] == "2025-08-30"
    assert values["In December last year"] == "2024-12"


def test_second_seed_date_is_inferred(report):
    inferred = [s for s in report.sources if s.published_from.value == "inferred"]
    assert [s.published.isoformat() for s in inferred if s.published] == ["2025-09-02"]
