"""Group a batch of articles into stories before their claims are compared.

A folder in CI may hold coverage of several unrelated events; comparing a ferry's death toll
with a bridge's repair bill would only make false findings, and comparing every claim with
every other would cost the whole batch squared. Each article is described by its most
telling words (names count double, words common to the whole batch count little); RapidFuzz's
batch scorer proposes similar articles, a weighted overlap of those words confirms them, and
articles join one story through their confirmed pairs (publication dates more than a week
apart never do).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from checker.extract.common import content_words, norm_word
from checker.models import Article, Sentence
from checker.unionfind import UnionFind

_KEYWORDS = 40  # words kept per article
_NAME_WEIGHT = 2.0
_MAX_DAYS_APART = 7
_NAME_BONUS = 0.02
# Each article links to at most this many of its most similar articles (and they to it).
_NEIGHBOURS = 12
# Calibrated on tests/corpus (one event per folder, and a folder of three events).
STORY_THRESHOLD = 0.09


@dataclass(frozen=True, slots=True)
class Story:
    id: int
    sources: tuple[str, ...]
    title: str  # a few words most of its articles share


_NAME = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]{2,}")
_NOT_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december the this that new""".split()
)


def _names(sentences: Sequence[Sentence]) -> frozenset[str]:
    """Capitalised words inside sentences: the people, places and firms an article names."""
    found = set()
    for sentence in sentences:
        found.update(m.group(0).lower() for m in _NAME.finditer(sentence.text))
    return frozenset(found - _NOT_NAMES)


def _words(sentences: Sequence[Sentence]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for sentence in sentences:
        text = sentence.text
        names = {m.group(0).lower() for m in _NAME.finditer(text)}
        for word in content_words(text):
            key = norm_word(word)
            counts[key] += _NAME_WEIGHT if word in names else 1.0
    return counts


def group_stories(
    articles: Sequence[Article], sentences: dict[str, tuple[Sentence, ...]]
) -> tuple[Story, ...]:
    """Stories in order of their first article; every article is in exactly one."""
    if len(articles) <= 1:
        return (Story(1, tuple(a.id for a in articles), ""),) if articles else ()
    counts = [_words(sentences.get(a.id, ())) for a in articles]
    frequency: Counter[str] = Counter()
    for words in counts:
        frequency.update(words.keys())
    total = len(articles)
    profiles: list[dict[str, float]] = []
    for words in counts:
        # Smoothed idf: a word in every article still counts (two articles on one event
        # share most of their words), just less than a word only a few articles use.
        # The article's most frequent words say what it is about; rarity across the batch
        # only weighs them (choosing by rarity would keep each article's oddities).
        top = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:_KEYWORDS]
        profiles.append(
            {w: (1 + math.log(c)) * (1 + math.log((total + 1) / frequency[w])) for w, c in top}
        )
    names = [_names(sentences.get(a.id, ())) for a in articles]
    texts = [" ".join(sorted(p)) for p in profiles]
    groups = UnionFind(total)
    limit = min(total, 50)
    nearest: list[dict[int, float]] = []
    for i in range(total):
        scored = {}
        for _, _, j in process.extract(
            texts[i], texts, scorer=fuzz.token_set_ratio, score_cutoff=20, limit=limit
        ):
            if j == i or not _close_in_time(articles[i].published, articles[j].published):
                continue
            shared_names = len(names[i] & names[j])
            # Two or more names in common (a firm and its chief, a ship and its port) are
            # strong evidence of one story, even when the wording differs.
            bonus = _NAME_BONUS * min(shared_names, 3) if shared_names >= 2 else 0.0
            similarity = _similarity(profiles[i], profiles[j]) + bonus
            if similarity >= STORY_THRESHOLD:
                scored[j] = similarity
        best = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))[:_NEIGHBOURS]
        nearest.append(dict(best))
    # Link only mutual near neighbours: an article that resembles everything (a round-up, a
    # template) cannot chain unrelated stories into one.
    for i in range(total):
        for j in nearest[i]:
            if i in nearest[j]:
                groups.union(i, j)
    members: dict[int, list[int]] = defaultdict(list)
    for index in range(total):
        members[groups.find(index)].append(index)
    stories = []
    for number, indices in enumerate(sorted(members.values(), key=min), start=1):
        stories.append(
            Story(
                number,
                tuple(articles[i].id for i in indices),
                _title([profiles[i] for i in indices]),
            )
        )
    return tuple(stories)


def _close_in_time(a: dt.date | None, b: dt.date | None) -> bool:
    return a is None or b is None or abs((a - b).days) <= _MAX_DAYS_APART


def _similarity(a: dict[str, float], b: dict[str, float]) -> float:
    """Weighted Jaccard of two keyword profiles, 0-1."""
    shared = a.keys() & b.keys()
    if not shared:
        return 0.0
    common = sum(min(a[w], b[w]) for w in shared)
    union = sum(a.values()) + sum(b.values()) - common
    return common / union if union else 0.0


def _title(profiles: list[dict[str, float]]) -> str:
    """The words the story's articles weigh most, together."""
    total: Counter[str] = Counter()
    for profile in profiles:
        total.update(profile)
    return " ".join(word for word, _ in total.most_common(4))
