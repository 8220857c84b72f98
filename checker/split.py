"""Stage 2: split an article into sentences with character offsets.

News text is line-oriented: headlines, bullets and embedded posts stand on lines of their own
without a full stop, so every line break ends a sentence. Inside a line a sentence ends at
. ! ? or an ellipsis (with any closing quotes or brackets) followed by space and a plausible
sentence start, unless the full stop belongs to an abbreviation, an initial or a number.
"""

from __future__ import annotations

import re

from checker.models import Article, Sentence

# Abbreviations that are never the end of a sentence: titles and words that need a follower.
_TITLES = frozenset(
    """mr mrs ms mx dr prof gen lt col maj capt cpt sgt cmdr adm gov sen rep rev hon pres
    supt insp det cpl pvt fr sr jr st mt ft no nos vs v fig figs art arts sec ch vol pp p pg
    approx dept est gov't govt h.e e.g i.e cf viz al op ed eds assn bros messrs mme mlle""".split()
)
# Abbreviations that may end a sentence when a typical sentence start follows them.
_MAYBE_FINAL = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp plc llc bhd etc
    u.s u.k u.n u.a.e e.u a.m p.m d.c n.y l.a s.a ag""".split()
)
# Words that very often open a sentence; after a "maybe final" abbreviation they decide.
_STARTERS = frozenset(
    """the a an he she it they we i you his her its their our this that these those there
    but and so yet however meanwhile in on at for after before when while if as mr mrs ms
    dr officials police critics analysts some many most all both no one two""".split()
)

_END = re.compile(r"(?:[.!?]+|…|\.\.\.)[\"”’')\]]*(?=\s|$)")
_WORD_BEFORE = re.compile(r"([\w.'’-]+)$")
_BULLET = re.compile(r"^\s*(?:[-*•▪●◦‣–]|\d{1,2}[.)])\s+")
_POST_ATTRIBUTION = re.compile(r"^\s*[—–]|^\s*--\s")


def split_sentences(article: Article) -> tuple[Sentence, ...]:
    """All sentences of the article's body, in order, with offsets into ``article.text``."""
    sentences: list[Sentence] = []
    text = article.text
    position = article.body_start
    paragraph = 0
    for line in text[article.body_start :].split("\n"):
        line_start = position
        position += len(line) + 1
        if not line.strip():
            continue
        paragraph += 1
        role = _line_role(line)
        for start, end in _split_line(line):
            sentences.append(
                Sentence(
                    source=article.id,
                    index=len(sentences),
                    text=line[start:end],
                    start=line_start + start,
                    end=line_start + end,
                    paragraph=paragraph,
                    role=role,
                )
            )
    return tuple(sentences)


def split_text(text: str) -> list[tuple[int, int]]:
    """Sentence spans of plain text (no header handling); used by benchmarks and tests."""
    spans: list[tuple[int, int]] = []
    position = 0
    for line in text.split("\n"):
        spans.extend((position + s, position + e) for s, e in _split_line(line))
        position += len(line) + 1
    return spans


def _line_role(line: str) -> str:
    stripped = line.strip()
    if _POST_ATTRIBUTION.match(stripped) and ("(@" in stripped or re.search(r"\d{4}", stripped)):
        return "post"
    if _BULLET.match(line):
        return "bullet"
    if stripped[-1] not in '.!?"”’):;…' and len(stripped.split()) <= 16:
        return "headline"
    return "body"


def _split_line(line: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(line):
        end = match.end()
        if end >= len(line.rstrip()):
            break
        if _is_boundary(line, match):
            spans.append((start, end))
            start = end
    spans.append((start, len(line)))
    trimmed = []
    for s, e in spans:
        piece = line[s:e]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if piece.strip():
            trimmed.append((s + lead, e - trail))
    return trimmed


def _is_boundary(line: str, match: re.Match[str]) -> bool:
    punct = match.group(0)
    rest = line[match.end() :].lstrip()
    if not rest:
        return True
    following = rest[0]
    next_word = re.match(r"[\w’']+", rest)
    next_token = next_word.group(0).lower() if next_word else ""
    if following.islower():
        # "e.g. this", "ties… pic.twitter.com": a lower-case word continues the sentence.
        return False
    if punct[0] != ".":
        return True  # ? ! and … before a capital, digit or quote
    if punct.startswith("..."):
        return True
    word = _WORD_BEFORE.search(line[: match.start()])
    if not word:
        return True
    token = word.group(1).lower().rstrip(".")
    bare = token.replace(".", "")
    if len(bare) == 1 and bare.isalpha():
        return False  # an initial: "Mary J. Blige", "J. K. Rowling"
    if token in _TITLES or bare in _TITLES:
        return False
    if token in _MAYBE_FINAL or bare in _MAYBE_FINAL or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
        return next_token in _STARTERS
    return True
