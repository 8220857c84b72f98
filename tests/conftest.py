"""Shared helpers: build articles and run stages on text, without touching files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from checker.load import make_article
from checker.models import Article, Options
from checker.pipeline import Extraction, prepare

ROOT = Path(__file__).resolve().parent.parent
CASES = Path(__file__).resolve().parent / "cases"


def article(text: str, source: str = "a.txt", published: str | None = None) -> Article:
    day = dt.date.fromisoformat(published) if published else None
    return make_article(source, source, text, day)


def extract(*texts: str, published: str | None = None) -> Extraction:
    """Articles a.txt, b.txt, ... from texts, split and extracted."""
    articles = [
        article(text, f"{chr(ord('a') + i)}.txt", published) for i, text in enumerate(texts)
    ]
    return prepare(articles, Options())


@pytest.fixture
def root() -> Path:
    return ROOT
