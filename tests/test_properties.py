"""Property tests: the pipeline never raises, and every claim's span slices back to its text."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.models import Options
from checker.pipeline import compare
from checker.render.json_out import compare_document, dumps
from checker.render.table import compare_table
from tests.conftest import CASES, article

CORPUS = Path(__file__).resolve().parent / "corpus"

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
        "last night",
        "2 a.m.",
        "noon",
        "03/04/2025",
        "20250902",
        "the 3rd",
        "Christmas",
        "next month",
        "5",
        "-",
        "/",
        "th",
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


def _dates_of(text: str, gated: bool) -> list[tuple[int, int, str]]:
    import datetime as dt

    from checker.extract import dates
    from checker.split import split_sentences

    found = []
    for sentence in split_sentences(article(text, published="2025-09-02")):
        for candidate in dates._candidates(sentence, dt.date(2025, 9, 2), gated=gated):
            found.append((candidate.start, candidate.end, candidate.value.value))
    return found


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(NEWSY)
def test_date_gates_never_hide_a_date(text):
    # The gates only skip patterns that cannot match; running every pattern must find nothing
    # more.
    assert _dates_of(text, gated=True) == _dates_of(text, gated=False)


def test_date_gates_never_hide_a_date_in_the_written_cases():
    cases = json.loads((CASES / "dates.json").read_text(encoding="utf-8"))
    corpus = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*/*.txt"))]
    texts = [case["text"] for case in cases] + corpus
    assert len(texts) > 50
    for text in texts:
        assert _dates_of(text, gated=True) == _dates_of(text, gated=False), text


TENSE_PIECES = st.sampled_from(
    [
        "will",
        "will be",
        "is to be",
        "held",
        "planned for",
        "going to",
        "said",
        "were",
        "needed",
        "last",
        "last-minute",
        "next",
        "invited",
        "’ll",
        "won't",
        "but",
        "as",
        "whereas",
        "was",
        "on Monday",
        "May 3",
        ", ",
        "; ",
        " — ",
        "(",
        ")",
        "“",
        '"',
        " ",
        "İ",
        "x",
    ]
)


@settings(max_examples=300)
@given(st.lists(st.one_of(TENSE_PIECES, st.text(max_size=6)), max_size=40).map("".join), st.data())
def test_tense_from_a_sentences_cues_is_the_tense_a_scan_finds(text, data):
    from checker.extract import common

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert common.tense_at(text, start, end) is common._tense_by_scanning(text, start, end)
