"""Checks inside one article: sums of parts, changes against their two ends, weekdays."""

from __future__ import annotations

import json

import pytest

from checker.models import ClaimKind, Options, Verdict
from checker.pipeline import compare
from tests.conftest import CASES, extract

INTERNAL = json.loads((CASES / "internal.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", INTERNAL, ids=[c["text"][:48] for c in INTERNAL])
def test_internal_checks(case):
    report = compare(
        extract(case["text"], published=case.get("published", "2026-05-04")), Options()
    )
    got = [(c.check, c.holds, c.reason) for c in report.checks if c.check != "weekday"]
    got += [(c.check, c.holds, c.reason) for c in report.checks if c.check == "weekday"]
    assert len(got) == len(case["expect"]), got
    for (check, holds, reason), (want_check, want_holds, want_reason) in zip(
        got, case["expect"], strict=True
    ):
        assert (check, holds) == (want_check, want_holds), reason
        assert want_reason in reason


def test_a_failed_check_is_a_conflict_of_its_one_source_and_a_held_one_is_not():
    text = (
        "The $14 billion package is made up of $10 billion in loans and $2.5 billion in grants. "
        "Exports rose 20% from 50,000 tonnes to 60,000 tonnes last year."
    )
    report = compare(extract(text, published="2026-05-04"), Options())
    conflicts = [f for f in report.findings if f.verdict is Verdict.CONFLICT]
    assert len(conflicts) == 1
    (conflict,) = conflicts
    assert conflict.kind is ClaimKind.NUMBER
    assert [c.text for c in conflict.claims] == ["$14 billion", "$10 billion", "$2.5 billion"]
    assert conflict.differing == ("a.txt",)
    assert [c.holds for c in report.checks] == [False, True]


def test_checks_are_kept_within_their_story():
    report = compare(
        extract(
            "Loans of €6m, grants of €2.5m and guarantees of €1.5m bring the total to €10m.",
            "The county's €10m flood plan was approved on Monday by the regional council.",
            published="2026-05-04",
        ),
        Options(),
    )
    (held,) = [c for c in report.checks if c.check == "sum"]
    assert held.story in {s.id for s in report.stories}
    assert {c.source for c in held.claims} == {held.source}


def test_a_sum_found_by_its_figures_alone_says_so_and_names_no_parts_to_alignment():
    from checker.pipeline import _wholes

    report = compare(
        extract(
            "The ferry carried 232 people. There were 214 passengers and 18 crew.",
            published="2026-05-04",
        ),
        Options(),
    )
    (found,) = [c for c in report.checks if c.check == "sum"]
    assert found.holds and found.inferred
    # (A breakdown told in words is a whole for alignment; one found by arithmetic is not.)
    assert _wholes([found]) == {}
