"""Sentence splitting: cases as data."""

from __future__ import annotations

import pytest

from checker.split import split_sentences, split_text
from tests.conftest import article

CASES = [
    ("Hello there. How are you?", ["Hello there.", "How are you?"]),
    (
        "She met H.E. President Ana Diaz in Oslo. Talks went well.",
        ["She met H.E. President Ana Diaz in Oslo.", "Talks went well."],
    ),
    (
        "Dr. Lee arrived on Nov. 3 with Mr. Diaz. They left.",
        ["Dr. Lee arrived on Nov. 3 with Mr. Diaz.", "They left."],
    ),
    (
        "The U.S. economy grew. The U.S. Senate voted.",
        ["The U.S. economy grew.", "The U.S. Senate voted."],
    ),
    (
        "Trade reached $1.75 billion. Exports rose.",
        ["Trade reached $1.75 billion.", "Exports rose."],
    ),
    ("Gen. Mary J. Blige spoke. It rained.", ["Gen. Mary J. Blige spoke.", "It rained."]),
    (
        "“We will win,” he said. “Nobody doubts it.”",
        ["“We will win,” he said.", "“Nobody doubts it.”"],
    ),
    ("It is the best in Asia.” Then he left.", ["It is the best in Asia.”", "Then he left."]),
    (
        "Key Highlights:\n- Trade grew 10%\n- Exports doubled",
        ["Key Highlights:", "- Trade grew 10%", "- Exports doubled"],
    ),
    ("Wait... what happened? Nobody knows.", ["Wait... what happened?", "Nobody knows."]),
    ("He lives at No. 5 Main St. in town.", ["He lives at No. 5 Main St. in town."]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:30] for c in CASES])
def test_split_text(text, expected):
    assert [text[s:e] for s, e in split_text(text)] == expected


def test_roles_and_offsets():
    text = (
        " date 2024-05-01 OSLO: Big news today\n\nThe deal was signed.\n"
        "Held a warm meeting with the envoy.\n— Ana Diaz (@anadiaz) May 1, 2024\n- A bullet"
    )
    a = article(text)
    sentences = split_sentences(a)
    assert [s.role for s in sentences] == ["headline", "body", "body", "post", "bullet"]
    for s in sentences:
        assert a.text[s.start : s.end] == s.text
    assert [s.index for s in sentences] == list(range(len(sentences)))
