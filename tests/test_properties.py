"""Property tests: the pipeline never raises, and every claim's span slices back to its text."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.models import Options
from checker.pipeline import compare
from checker.render.json_out import compare_document, dumps
from checker.render.table import compare_table
from tests.conftest import article

# Text built from the pieces news is made of, so the extractors' paths are really exercised.
PIECES = st.sampled_from(
    [
        "on Monday",
        "last Tuesday",
        "September 2, 2025",
        "2 Sept",
        "in Nov.",
        "in 2023",
        "2023-24",
        "$1.5 billion",
        "US$14bn",
        "Rs 5 crore",
        "12 per cent",
        "100%",
        "more than a dozen",
        "between 10 and 12",
        "six-day",
        "“",
        "”",
        '"',
        "said",
        "he told",
        "according to",
        "Dr.",
        "H.E.",
        "U.S.",
        "...",
        "—",
        "(@handle)",
        "\n",
        "\n\n",
        "- ",
        ". ",
        ", ",
        " ",
        "Ana Diaz",
        "President",
        "people",
        "km",
        "date 2025-09-02",
        "OSLO:",
        "0",
        "9:40",
        "1,000",
    ]
)
NEWSY = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=60).map("".join)


def _check(texts: list[str]) -> None:
    articles = [article(t, f"s{i}.txt", "2025-09-02") for i, t in enumerate(texts)]
    from checker.pipeline import prepare

    extraction = prepare(articles, Options())
    by_id = {a.id: a.text for a in extraction.articles}
    for claim in extraction.claims:
        assert by_id[claim.source][claim.start : claim.end] == claim.text
    report = compare(extraction, Options())
    json.loads(dumps(compare_document(report)))
    compare_table(report, 100)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(NEWSY, min_size=1, max_size=3))
def test_pipeline_never_raises_on_newsy_text(texts):
    _check(texts)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(), min_size=1, max_size=3))
def test_pipeline_never_raises_on_arbitrary_text(texts):
    _check(texts)
