"""Stories: a batch of articles about several events is compared one story at a time."""

from __future__ import annotations

import json

from checker.load import load_articles
from checker.models import Options
from checker.pipeline import compare, prepare
from checker.stories import group_stories
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"


def _stories(paths):
    extraction = prepare(load_articles([str(p) for p in paths]).articles, Options())
    return extraction, group_stories(extraction.articles, extraction.sentences)


def test_mixed_folder_is_split_into_its_stories():
    expected = json.loads((CORPUS / "mixed_batch" / "expected.json").read_text())
    _, stories = _stories([CORPUS / "mixed_batch"])
    assert sorted(sorted(s.sources) for s in stories) == sorted(
        sorted(group) for group in expected["stories"]
    )


def test_every_corpus_event_is_one_story_when_all_are_mixed():
    folders = sorted(
        p.parent for p in CORPUS.glob("*/expected.json") if p.parent.name != "mixed_batch"
    )
    extraction, stories = _stories(folders)
    folder_of = {a.id: a.path.split("/")[-2] for a in extraction.articles}
    for story in stories:
        assert len({folder_of[s] for s in story.sources}) == 1, story
    assert len(stories) == len(folders)


def test_no_finding_crosses_stories():
    extraction = prepare(load_articles([str(CORPUS / "mixed_batch")]).articles, Options())
    report = compare(extraction, Options())
    story_of = {s: story.id for story in report.stories for s in story.sources}
    for finding in report.findings:
        assert {story_of[c.source] for c in finding.claims} == {finding.story}


def test_group_none_treats_the_batch_as_one_story():
    extraction = prepare(load_articles([str(CORPUS / "mixed_batch")]).articles, Options())
    report = compare(extraction, Options(group_stories=False))
    assert len(report.stories) == 1
    assert {f.story for f in report.findings} == {1}


def test_the_seeds_are_one_story():
    _, stories = _stories([ROOT / "seeds"])
    assert len(stories) == 1
