"""Stage 2: split an article into sentences with character offsets.

News text is line-oriented: headlines, bullets and embedded posts stand on lines of their own
without a full stop, so every line break ends a sentence. Inside a line a sentence ends at
. ! ? or an ellipsis (with any closing quotes or brackets) followed by space and a plausible
sentence start, unless the full stop belongs to an abbreviation, an initial or a number. A line
that opens with a list marker ("1.", "a)") is cut before each following marker that counts on.
"""

from __future__ import annotations

import re

from checker.models import Article, Sentence

# Abbreviations that are never the end of a sentence: titles and words that need a follower.
_TITLES = frozenset(
    """mr mrs ms mx dr prof gen lt col maj capt cpt sgt cmdr adm gov sen rep rev hon pres
    supt insp det cpl pvt fr sfr sr jr st mt ft no nos n° nº vs v fig figs art arts sec ch vol pp
    p pg approx ca dept est gov't govt h.e e.g i.e cf viz al op ed eds assn bros messrs mme
    mlle""".split()
)
# Abbreviations that may end a sentence when a typical sentence start follows them.
_MAYBE_FINAL = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp plc llc bhd etc
    u.s u.k u.n u.a.e e.u a.m p.m d.c n.y l.a s.a ag""".split()
)
# Words that very often open a sentence; after a "maybe final" abbreviation they decide.
# Question words count ("... in the U.S. How ..."), but not "will" or "may" (names, a month).
_STARTERS = frozenset(
    """the a an he she it they we i you his her its their our this that these those there
    but and so yet however meanwhile in on at for after before when while if as mr mrs ms
    dr officials police critics analysts some many most all both no one two how what why
    where who which did does do is are was were can""".split()
)

# A sentence end: ! ? . runs, "…", or a spaced ellipsis ". . ." / ". . . ." (a word's full stop
# plus an ellipsis), with closing quotes or brackets. The lookbehinds start a match only at the
# start of a run and the possessive quantifiers never backtrack, so long runs stay linear. Each
# branch opens with its punctuation mark and only then looks behind: a pattern whose first
# characters are known lets the engine skip straight to them instead of trying every position.
_END = re.compile(
    r"(?:\.(?<![.!?]\.)(?: \.){2,3}|[.!?](?<![.!?][.!?])[.!?]*+|…(?<![.!?]…))"
    r"[\"”’')\]]*+(?=\s|$)"
)
_WORD_BEFORE = re.compile(r"[\w.'’°º-]+$")
_NEXT_WORD = re.compile(r"[\w’']+")
_TOKEN_BEFORE = re.compile(r"(?<!\S)(\S{1,20})\s$")
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# "At 5 a.m. Mr. Smith left": a preposition and one word before an abbreviation are no sentence.
_OPENING_PHRASE = re.compile(
    # Bounded repeats only: this must stay linear even on a megabyte of spaces.
    r"\s{0,3}(?:at|by|from|until|till|after|before|since|around|about|in|on)\s{1,3}\S{1,40}"
    r"\s{1,3}",
    re.I,
)
# A list marker ("1.", "2)", "3.)", "a."), maybe behind a bullet, where a word may start.
_MARKER = re.compile(r"(?<!\S)(?:[•⁃▪●◦‣*–-] ?)?(\d{1,2}|[a-z])(?:\.\)|[.)])(?=\s)")
_BULLET = re.compile(r"^\s*(?:[-*•▪●◦‣–]|\d{1,2}[.)])\s+")
_POST_ATTRIBUTION = re.compile(r"^\s*[—–]|^\s*--\s")
# How far around a full stop the word before and the word after are looked for: bounded, so
# that a line with many full stops is split in linear time.
_WINDOW = 60


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
        for start, end in _bounded(line, _split_line(line)):
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
    """Sentence spans of plain text (no header handling): a quotation's sentences, and for
    benchmarks and tests."""
    spans: list[tuple[int, int]] = []
    position = 0
    for line in text.split("\n"):
        spans.extend((position + s, position + e) for s, e in _bounded(line, _split_line(line)))
        position += len(line) + 1
    return spans


# No real sentence is longer; cutting longer runs (a table dump, a line of junk) keeps every
# later stage's work per claim bounded.
MAX_SENTENCE = 2000


def _bounded(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans no longer than MAX_SENTENCE, cut at the last space before the limit if any."""
    if len(line) <= MAX_SENTENCE or all(end - start <= MAX_SENTENCE for start, end in spans):
        return spans
    bounded = []
    for start, end in spans:
        while end - start > MAX_SENTENCE:
            cut = line.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            cut = cut if cut > start else start + MAX_SENTENCE
            bounded.append((start, cut))
            start = cut
            while start < end and line[start].isspace():
                start += 1
        if start < end:
            bounded.append((start, end))
    return bounded


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
    """Sentence spans of one line, stripped of surrounding whitespace."""
    items = _list_items(line) or [(0, 0)]  # a line that is no list is one item, no marker
    spans: list[tuple[int, int]] = []
    for (begin, body), (end, _) in zip(items, [*items[1:], (len(line), 0)], strict=True):
        spans.extend(_split_item(line, begin, body, end))
    trimmed = []
    for s, e in spans:
        piece = line[s:e]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if piece.strip():
            trimmed.append((s + lead, e - trail))
    return trimmed


def _list_items(line: str) -> list[tuple[int, int]]:
    """(start, end of marker) of each item when the line is a list: "1. Tea 2. Coffee".

    The line must open with a marker, and only markers counting on from it ("1." then "2.",
    "a)" then "b)") start items, so a "2." inside an ordinary sentence is left alone.
    """
    first = _MARKER.match(line, len(line) - len(line.lstrip()))
    if not first:
        return []
    items = [(0, first.end())]
    label = first.group(1)
    for marker in _MARKER.finditer(line, first.end()):
        following = str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)
        if marker.group(1) == following:
            items.append(marker.span())
            label = following
    return items


def _split_item(line: str, begin: int, body: int, end: int) -> list[tuple[int, int]]:
    """Sentences of line[begin:end], looking for ends only from ``body`` (after a list marker)."""
    spans = []
    start = begin
    last = len(line[:end].rstrip())
    for match in _END.finditer(line, body, end):
        if match.end() >= last:
            break
        cut = _cut(line, match, start)
        if cut is not None:
            spans.append((start, cut))
            start = cut
    spans.append((start, end))
    return spans


def _cut(line: str, match: re.Match[str], start: int) -> int | None:
    """Where the sentence begun at ``start`` ends if ``match`` ends it, else None."""
    punct = match.group(0)
    rest = line[match.end() : match.end() + _WINDOW].lstrip()
    if not rest:
        return match.end()
    next_word = _NEXT_WORD.match(rest)
    next_token = next_word.group(0).lower() if next_word else ""
    if rest[0].islower():
        # "e.g. this", "ties… pic.twitter.com": a lower-case word continues the sentence.
        return None
    if punct.startswith(("...", "…")) and line[match.start() - 1 : match.start()] in ("[", "("):
        return None  # "[...]" marks words left out of a quotation
    if punct[0] != ".":
        return match.end()  # ? ! and … before a capital, digit or quote
    if " " in punct:
        # Spaced ellipsis. ". . ." leaves words out inside a sentence; four dots end one, and
        # when the first is glued to the word ("said. . . . Then") that full stop ends the
        # sentence and the ellipsis opens the next.
        if punct.count(".") < 4:
            return None
        glued = match.start() > 0 and not line[match.start() - 1].isspace()
        return match.start() + 1 if glued else match.end()
    if punct.startswith("..."):
        return match.end()
    if punct == "." and rest[:1].isdigit() and line[match.start() - 1 : match.start()] == " ":
        # Tokenised text ("6 . 2 %", "sept . 30"): a spaced full stop between a number or a
        # month and a number is a decimal point or an abbreviation, not a sentence end.
        previous = _TOKEN_BEFORE.search(line, max(0, match.start() - 20), match.start())
        if previous and (previous.group(1).isdigit() or previous.group(1).lower() in _MONTHS):
            return None
    before = max(0, match.start() - _WINDOW)
    word = _WORD_BEFORE.search(line, before, match.start())
    if not word:
        return match.end()
    token = word.group(0).lower().rstrip(".")
    bare = token.replace(".", "")
    if word.group(0) == "I":
        # The pronoun ends "you and I. Did you ..."; the initial stays in "Albert I. Jones".
        return match.end() if next_token in _STARTERS else None
    if len(bare) == 1 and bare.isalpha():
        return None  # an initial: "Mary J. Blige", "J. K. Rowling"
    if token in _TITLES or bare in _TITLES:
        return None
    if token in _MAYBE_FINAL or bare in _MAYBE_FINAL or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
        if next_token not in _STARTERS:
            return None
        if word.start() - start < _WINDOW and _OPENING_PHRASE.fullmatch(line, start, word.start()):
            return None
    return match.end()
