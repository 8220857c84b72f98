"""Typed, immutable records passed between the pipeline stages.

load -> Article, split -> Sentence, extract -> Claim, align -> Group, judge -> Finding,
and the whole run -> Report. Every claim keeps its source, sentence index and character
span (offsets into ``Article.text``) so that every verdict can point back at its words.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from enum import StrEnum


class ClaimKind(StrEnum):
    DATE = "date"
    NUMBER = "number"
    QUOTE = "quote"


class Verdict(StrEnum):
    """Ordered from most to least urgent; renderers and exit codes rely on this order."""

    CONFLICT = "conflict"
    VARIANT = "variant"
    AGREE = "agree"
    SINGLE = "single"

    @property
    def rank(self) -> int:
        return list(Verdict).index(self)


class DateSource(StrEnum):
    """Where an article's publication date came from."""

    HEADER = "header"  # a leading ``date YYYY-MM-DD`` line
    OPTION = "option"  # --date on the command line
    INFERRED = "inferred"  # latest full past date reported in the text
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Article:
    """One loaded article: its text, publication date and where its body starts."""

    id: str
    path: str
    text: str
    body_start: int  # first character after the date header and the dateline
    published: dt.date | None = None
    published_from: DateSource = DateSource.NONE
    dateline: str | None = None
    # Where a dateline stands when a headline comes before it ("Strike enters second day /
    # ARDENVALE, March 10 (Meridian) - ..."): its place and date tell where and when the
    # story was filed, so no claim is read from it.
    dateline_span: tuple[int, int] | None = None

    @property
    def stated_published(self) -> dt.date | None:
        """The publication date when one was given. One inferred from the text is the
        latest day it reports in the past tense, which may be years old ("the last ban, in
        2022, was lifted on Monday 4 October 2022"): too weak to place the article in time
        against others."""
        return None if self.published_from is DateSource.INFERRED else self.published


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of an article, with its character span in the article text."""

    source: str
    index: int
    text: str
    start: int
    end: int
    paragraph: int = 0
    # "body", "headline", "bullet" or "post" (a line attributing an embedded social post)
    role: str = "body"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure's machine-readable parts (the claim's ``value`` is their canonical string)."""

    amount: float
    unit: str  # ISO currency code, "%", "pp", a time unit or the noun counted
    high: float | None = None  # upper bound of a range
    qualifier: str | None = None  # "more than", "about", "nearly", "at least", ...
    baseline: str | None = None  # "from the previous year" for a change
    # The value of the last digit as written ("$1.8 billion" -> 100000000), so that a
    # rounded figure can be told from a different one.
    step: float = 1.0
    dimension: str = "count"  # "money", "percent", "points", "time", "length", "count", ...
    # A match's score is two figures told as one: "3-1" is amount 3 against 1.
    against: float | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """One checkable statement: its kind, exact span, sentence and canonical value."""

    source: str
    sentence: int
    kind: ClaimKind
    text: str
    start: int
    end: int
    value: str
    context: str
    speaker: str | None = None
    resolved: bool = True  # False when a relative date could not be anchored
    quantity: Quantity | None = None
    # The noun a count is about ("leaders"); used for alignment.
    about: str = ""
    # The sentence that says what a bare claim is about: the embedded post above its
    # attribution line, or the sentence before a fragment too short to stand alone.
    neighbour: str = ""
    # A quotation's speaker is an organisation ("Hartsell, which has 218 stores, said it
    # ..."): its spokesperson's name elsewhere is no other speaker.
    speaker_is_organisation: bool = False

    @property
    def context_at(self) -> int:
        """Where the claim's text stands in its context, -1 if nowhere: its first place as
        words of its own, not inside another figure ("6 per cent" in "46 per cent")."""
        first = at = self.context.find(self.text)
        while at > 0 and _INSIDE_A_WORD.match(self.context, at - 1) and self.text[0].isalnum():
            at = self.context.find(self.text, at + 1)
        return at if at >= 0 else first


# A character that makes the text after it part of one word or figure ("46", "4.6").
_INSIDE_A_WORD = re.compile(r"\w|[.,]\d")


@dataclass(frozen=True, slots=True)
class Group:
    """Claims that alignment judged to be about the same thing."""

    kind: ClaimKind
    claims: tuple[Claim, ...]
    score: float  # how sure the alignment is, 0-100 (100 for a claim alone)
    story: int = 1


@dataclass(frozen=True, slots=True)
class Finding:
    """Claims judged together, with the verdict and the reason for it."""

    id: int
    kind: ClaimKind
    verdict: Verdict
    subject: str
    reason: str
    claims: tuple[Claim, ...]
    score: float = 100.0
    story: int = 1
    # Sources that hold the majority value, and the ones that differ from it.
    agreeing: tuple[str, ...] = ()
    differing: tuple[str, ...] = ()
    known: bool = False  # already in the --baseline report

    @property
    def fingerprint(self) -> str:
        """What makes a finding the same across runs: its kind and its claims' words."""
        parts = sorted(f"{c.source}\x1f{c.text}\x1f{c.value}" for c in self.claims)
        return self.kind.value + "\x1e" + "\x1e".join(parts)


@dataclass(frozen=True, slots=True)
class Check:
    """A check inside one article (see ``checker.internal``), and whether it holds."""

    source: str
    check: str  # "sum", "growth" or "weekday"
    holds: bool
    subject: str
    reason: str  # what was compared, with the numbers
    claims: tuple[Claim, ...]
    story: int = 1
    # Found by the figures alone: they come to the total exactly, and no words say they are
    # its parts (they may be a winner's votes, the runner-up's and the margin).
    inferred: bool = False


@dataclass(frozen=True, slots=True)
class SourceSummary:
    """What a report says about one article it read."""

    id: str
    path: str
    published: dt.date | None
    published_from: DateSource
    sentences: int
    claims: int
    dateline: str | None = None
    # Offsets where each line of the article text starts, so that renderers can point at a
    # claim's line and column (SARIF, GitHub annotations) without the text itself.
    line_starts: tuple[int, ...] = (0,)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset into the article text."""
        line = bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1


@dataclass(frozen=True, slots=True)
class StorySummary:
    """One story of a report: the articles about one event."""

    id: int
    sources: tuple[str, ...]
    title: str = ""


@dataclass(frozen=True, slots=True)
class Report:
    """Everything one run found: sources, stories, findings and checks."""

    sources: tuple[SourceSummary, ...]
    findings: tuple[Finding, ...]
    warnings: tuple[str, ...] = ()
    stories: tuple[StorySummary, ...] = ()
    checks: tuple[Check, ...] = ()  # inside one article; failed ones are findings too

    @property
    def summary(self) -> dict[str, int]:
        counts = {verdict.value: 0 for verdict in Verdict}
        for finding in self.findings:
            counts[finding.verdict.value] += 1
        return counts


# Calibrated on the labelled article sets in tests/corpus (bench/alignment.py prints the
# precision and recall this gives).
DEFAULT_MIN_SCORE = 26.0


@dataclass(frozen=True, slots=True)
class Options:
    """Everything a run can be told; one frozen object passed explicitly."""

    published: dt.date | None = None  # --date: for articles that carry none
    kinds: frozenset[ClaimKind] = field(default_factory=lambda: frozenset(ClaimKind))
    min_score: float = DEFAULT_MIN_SCORE  # alignment threshold, 0-100
    group_stories: bool = True  # --group auto: compare only articles about one story


class CheckerError(Exception):
    """A problem with the user's input; the CLI prints it on one line and exits 2."""
