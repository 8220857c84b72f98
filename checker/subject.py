"""A readable subject for a finding: real words from one of its sentences.

The subject is a short run of the sentence's own words (never stems, never a keyword list):
the window, outside the claim itself, that holds most of the words the group's sentences
share; for a claim alone, the words right beside it in its clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checker.extract.common import STOPWORDS, clause_around, content_words, norm_word, unpossessed
from checker.models import Claim, ClaimKind

_MAX_WORDS = 9
_WORD = re.compile(r"[^\s]+")
_EDGE_JUNK = STOPWORDS | {"—", "–", "-", "&"}


def _key(word: str) -> str:
    return norm_word(unpossessed(word.lower().strip(".,;:!?\"“”‘’'()[]")))


def write_subject(claims: Sequence[Claim]) -> str:
    if not claims:
        return ""
    first = claims[0]
    if first.kind is ClaimKind.QUOTE:
        return _quote_subject(claims)
    shared = _shared_words(claims)
    best = ""
    best_score = -1.0
    # Prefer a body sentence that is not an embedded post's attribution line.
    for claim in sorted(claims, key=lambda c: (len(c.context) < 40, c.source, c.start)):
        text, score = _window(claim, shared)
        if score > best_score:
            best, best_score = text, score
    return best or first.text


def _shared_words(claims: Sequence[Claim]) -> set[str]:
    by_source: dict[str, set[str]] = {}
    for claim in claims:
        by_source.setdefault(claim.source, set()).update(
            norm_word(w) for w in content_words(claim.context + " " + claim.neighbour)
        )
    if len(by_source) < 2:
        return set()
    sets = list(by_source.values())
    common = set.intersection(*sets) if len(sets) > 1 else sets[0]
    return common


def _window(claim: Claim, shared: set[str]) -> tuple[str, float]:
    """The best short run of words near the claim, and how good it is."""
    sentence = claim.context
    offset = _claim_offset(claim)
    if offset is None:
        return "", -1.0
    start, end = offset
    clause_start, clause_end = clause_around(sentence, start, end)
    tokens = []
    # Only words near the claim can be its subject; a bound keeps long sentences cheap.
    for match in _WORD.finditer(sentence, max(0, start - 200), min(len(sentence), end + 200)):
        key = _key(match.group(0))
        content = key not in STOPWORDS and not key.isdigit() and bool(key)
        tokens.append(
            (match.start(), match.end(), key in _EDGE_JUNK, content, content and key in shared)
        )
    # Words on one side of the claim only: a subject never straddles the value it is about.
    sides = [[t for t in tokens if t[1] <= start], [t for t in tokens if t[0] >= end]]
    best_text, best_score = "", -1.0
    for side_index, side in enumerate(sides):
        for i in range(len(side)):
            if side[i][2]:
                continue  # a window never starts on a function word
            content = hits = 0
            for j in range(i, min(len(side), i + _MAX_WORDS)):
                token = side[j]
                content += token[3]
                hits += token[4]
                if token[2] or (content < 2 and len(side) > 2):
                    continue  # nor ends on one
                first, last = side[i], token
                inside = first[0] >= clause_start and last[1] <= clause_end
                gap = (start - last[1]) if side_index == 0 else (first[0] - end)
                score = (
                    hits * 3.0
                    + content * 0.6
                    + (2.0 if inside else 0.0)
                    - gap / 40.0
                    - (j - i + 1) * 0.15
                )
                if score > best_score:
                    best_text, best_score = _tidy(sentence[first[0] : last[1]]), score
    return best_text, best_score


def _claim_offset(claim: Claim) -> tuple[int, int] | None:
    position = claim.context_at
    if position < 0:
        return None
    return position, position + len(claim.text)


def _tidy(text: str) -> str:
    text = text.strip(" ,;:.—–-")
    text = text.strip('“”"‘’')
    # Drop unbalanced brackets left at either end by the window.
    if text.count("(") > text.count(")"):
        text = text.replace("(", "")
    if text.count(")") > text.count("("):
        text = text.replace(")", "")
    return text.strip(" ,;:.")


def _quote_subject(claims: Sequence[Claim]) -> str:
    speakers = [c.speaker for c in claims if c.speaker and c.speaker[:1].isupper()]
    speakers = speakers or [c.speaker for c in claims if c.speaker]
    # The words the sources have in common, not a fragment only one of them quotes.
    words = {c: {norm_word(w) for w in content_words(c.value)} for c in claims}
    matched = [
        c
        for c in claims
        if any(o.source != c.source and len(words[c] & words[o]) >= 2 for o in claims)
    ]
    shortest = min(matched or claims, key=lambda c: len(c.value)).value
    words = shortest.split()
    snippet = " ".join(words[:8]) + ("…" if len(words) > 8 else "")
    who = f"{speakers[0]}: " if speakers else ""
    return f"{who}“{snippet}”"
