"""The held-out article sets (tests/heldout) are measured by bench/alignment.py, never tuned
on, so no test asserts their findings; these tests keep their labels usable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

HELDOUT = Path(__file__).resolve().parent / "heldout"
FOLDERS = sorted(p.parent for p in HELDOUT.glob("*/expected.json"))


def test_there_are_held_out_sets():
    assert len(FOLDERS) >= 5


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_every_label_names_words_of_its_article(folder):
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.txt")}
    assert set(expected["published"]) == set(texts)
    for finding in expected["findings"]:
        for claim in finding["claims"]:
            assert claim["text"] in texts[claim["source"]], claim
    for check in expected.get("internal", []):
        for text in check["texts"]:
            assert text in texts[check["source"]], check
    stories = expected.get("stories")
    if stories:
        assert sorted(name for story in stories for name in story) == sorted(texts)
