"""Date claims: absolute dates, months, years, weekdays and relative phrases.

Every pattern is a flat alternation with bounded repeats (no nested quantifiers), so matching
stays linear on any input. Candidates from all patterns are collected, the longest wins where
they overlap, and each is resolved against the article's publication date: past tense picks the
latest such day on or before it, future tense the next one.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from checker.extract.common import (
    ORDINAL_WORDS,
    TEENS_WORD,
    TENS_AND_UNITS,
    TENS_WORD,
    TIME_ZONES,
    UNITS_WORD,
    WEEKDAYS,
    Tense,
    clause_around,
    lowered,
    tense_at,
    tense_of_words,
    tense_word_before,
)
from checker.extract.numbers import parse_number_words
from checker.models import Claim, ClaimKind, Sentence

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan",
        "february feb",
        "march mar",
        "april apr",
        "may",
        "june jun",
        "july jul",
        "august aug",
        "september sep sept",
        "october oct",
        "november nov",
        "december dec",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

# How many years, months or weeks a relative word moves from the publication date.
RELATIVE_SHIFT = {"last": -1, "previous": -1, "this": 0, "next": 1, "following": 1}
_WEEKDAY_ABBR = {
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}

_MON = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WD = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"mon|tues?|wed|thur?s?|fri|sat|sun)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)?"
# A day of the month, or a span of days ("2", "2nd", "2-5").
_DAY_SPAN = (
    r"(?P<d>" + _DAY + r")" + _ORD + r"(?:\s{0,2}[-–]\s{0,2}(?P<d2>" + _DAY + r")" + _ORD + r")?"
)
_YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"
_OLD_YEAR = r"1[0-7]\d\d"  # read only after "in", "since"... (see _year)
_PREP = (
    r"(?:in|since|by|until|till|through|throughout|during|from|of|before|after|for|on|"
    r"early|late|mid|last|next|this|the end of|the start of|the beginning of)"
)

_RE = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date at some precision, or a raw form kept for comparison."""

    value: str
    resolved: bool = True


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A date expression found in a sentence; overlapping ones compete."""

    start: int
    end: int
    value: DateValue
    # Lower wins among equally long overlapping candidates.
    priority: int = 0


def _month_number(token: str) -> int | None:
    return MONTHS.get(token.lower().rstrip("."))


def weekday_number(token: str) -> int | None:
    """0 for Monday ... 6 for Sunday, from a full or abbreviated name; None otherwise."""
    lower = token.lower().rstrip(".")
    if lower in WEEKDAYS:
        return WEEKDAYS.index(lower)
    return _WEEKDAY_ABBR.get(lower)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# -- resolution ---------------------------------------------------------------------------


def year_for_day(value: str, anchor: dt.date, reach: int = 183) -> str | None:
    """A day or a month written without a year ("--03-09", "--08") placed in the year that
    puts it nearest ``anchor``, when that lies within ``reach`` days; else None."""
    month_only = _YEARLESS_MONTH.fullmatch(value)
    if month_only:
        # A month is placed by its middle, and keeps its precision: "2027-08".
        placed = year_for_day(f"--{month_only.group(1)}-15", anchor, reach)
        return placed[:7] if placed else None
    match = _MONTH_DAY_VALUE.fullmatch(value)
    if match is None:
        return None
    month, day = int(match.group(1)), int(match.group(2))
    candidates = [
        d
        for year in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (d := _safe_date(year, month, day)) is not None
    ]
    nearest = min(candidates, key=lambda d: abs((d - anchor).days), default=None)
    if nearest is None or abs((nearest - anchor).days) > reach:
        return None
    return nearest.isoformat()


_MONTH_DAY_VALUE = re.compile(r"--(\d\d)-(\d\d)")
_YEARLESS_MONTH = re.compile(r"--(\d\d)")


def resolve_day(
    month: int,
    day: int,
    published: dt.date | None,
    tense: Tense,
    weekday: int | None = None,
    loose: bool = False,
) -> DateValue:
    """A month and day without a year, placed by tense around the publication date; a
    weekday written with it ("Friday, June 12") picks the year it falls on that day, which
    is stronger evidence than the tense."""
    if published is None:
        return DateValue(f"--{month:02d}-{day:02d}", resolved=False)
    options = [
        d
        for year in (published.year - 1, published.year, published.year + 1)
        if (d := _safe_date(year, month, day)) is not None
    ]
    if not options:
        return DateValue(f"--{month:02d}-{day:02d}", resolved=False)
    # Only a year that puts the day near the publication date: a weekday a year away is
    # more likely a slip (which the weekday check then reports) than a distant date.
    matching = [
        d
        for d in options
        if d.weekday() == weekday
        and abs((d - published).days) <= (183 if _with_tense(d, published, tense) else 92)
    ]
    if weekday is not None and matching:
        return DateValue(min(matching, key=lambda d: abs((d - published).days)).isoformat())
    return DateValue(_pick(options, published, tense, loose).isoformat())


def _with_tense(day: dt.date, published: dt.date, tense: Tense) -> bool:
    """Whether a day lies where the tense points ("is due on Thursday, 14 September" said in
    March points ahead): against the tense, a weekday picks a year only within a season."""
    if tense is Tense.FUTURE:
        return day >= published
    if tense is Tense.PAST:
        return day <= published
    return True


def resolve_month(
    month: int, published: dt.date | None, tense: Tense, loose: bool = False
) -> DateValue:
    if published is None:
        return DateValue(f"--{month:02d}", resolved=False)
    options = [
        dt.date(year, month, 1) for year in (published.year - 1, published.year, published.year + 1)
    ]
    anchor = published.replace(day=1)
    chosen = _pick(options, anchor, tense, loose)
    return DateValue(f"{chosen.year:04d}-{chosen.month:02d}")


def _pick(options: list[dt.date], anchor: dt.date, tense: Tense, loose: bool = False) -> dt.date:
    """The option the tense points to, else the nearest; ``loose`` when the tense is borrowed
    from another clause of the sentence."""
    chosen = None
    if tense is Tense.PAST:
        past = [d for d in options if d <= anchor]
        chosen = max(past, default=None)
    elif tense is Tense.FUTURE:
        future = [d for d in options if d >= anchor]
        chosen = min(future, default=None)
    if (
        loose
        and chosen is not None
        and chosen.year != anchor.year
        and abs((chosen - anchor).days) > 183
    ):
        # Writers leave out the year of a day in the year they write in: "the regular meeting
        # on 7 December", written in November in a sentence with a verb in the past tense,
        # is this December, not last year's; "the earthquake that struck the province on May
        # 15 is likely to cost" is this May. A tense read from words away from the date wins
        # only within half a year or in this year; a verb right before it always does ("was
        # first announced in Nov." written in September is last November).
        this_year = [d for d in options if d.year == anchor.year]
        if this_year and abs((this_year[0] - anchor).days) <= 92:
            return this_year[0]
    if chosen is not None:
        return chosen
    # Unknown tense: the nearest one, the earlier on a tie.
    return min(options, key=lambda d: (abs((d - anchor).days), d))


def resolve_weekday(
    weekday: int, published: dt.date | None, tense: Tense, modifier: str
) -> DateValue:
    """``modifier``: "last", "next", "this" or "" (plain "on Monday")."""
    if published is None:
        prefix = f"{modifier} " if modifier else ""
        return DateValue(f"weekday:{prefix}{WEEKDAYS[weekday].title()}", resolved=False)
    back = (published.weekday() - weekday) % 7
    forward = (weekday - published.weekday()) % 7
    monday = published - dt.timedelta(days=published.weekday())
    # "next Sunday" is the Sunday of next week, "this Friday" the Friday of this week
    # (weeks run Monday to Sunday).
    if modifier in ("last", "past"):
        # "last Tuesday" written on a Friday is three days ago, as every labelled article
        # and most writers mean it; but a writer would call the day before in the same week
        # "yesterday", so "last Wednesday" written on a Thursday is the Wednesday of the
        # week before (while "last Sunday" written on a Monday is the day before).
        days = back if back > 1 or (back == 1 and published == monday) else back + 7
        return DateValue((published - dt.timedelta(days=days)).isoformat())
    if modifier == "previous":
        # "the previous Monday" is the Monday of the week before.
        return DateValue((monday + dt.timedelta(days=weekday - 7)).isoformat())
    if modifier == "next":
        return DateValue((monday + dt.timedelta(days=weekday + 7)).isoformat())
    if modifier == "this":
        return DateValue((monday + dt.timedelta(days=weekday)).isoformat())
    if modifier == "coming":
        delta = forward or 7
    elif tense is Tense.FUTURE:
        delta = forward
    else:
        # News reports the past: "on Monday" is the latest Monday on or before publication.
        delta = -back
    return DateValue((published + dt.timedelta(days=delta)).isoformat())


def _shift_month(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


_UNIT_DAYS = {"day": 1, "week": 7}
# Days counted from the day a story has just told, not from when it was published.
NARRATED_DAY_SHIFT = {
    "the next day": 1,
    "next day": 1,
    "the day after": 1,
    "the following day": 1,
    "the day before": -1,
    "the previous day": -1,
}
_DAY_WORDS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "this day": 0,
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
    "day after tomorrow": 2,
    **NARRATED_DAY_SHIFT,
    "the last day": -1,
    "last day": -1,
    "past day": -1,
    "the past day": -1,
}


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    if word in ("a", "an"):
        return 1
    if word in ("few", "a few", "several"):
        return 3  # vague, but nearer three than anything else
    value = parse_number_words(word)
    return int(value) if value is not None else None


def _shift(published: dt.date, count: int, unit: str) -> dt.date:
    """The day ``count`` units away (negative: before)."""
    if unit in _UNIT_DAYS:
        return published + dt.timedelta(days=count * _UNIT_DAYS[unit])
    months = count * (12 if unit == "year" else 1)
    year, month = _shift_month(published, months)
    for day in (published.day, 30, 29, 28):
        found = _safe_date(year, month, day)
        if found:
            return found
    return published


def resolve_relative(phrase: str, published: dt.date | None) -> DateValue:
    """ "last year", "this week", "yesterday", "three days ago", "in two weeks"."""
    text = " ".join(phrase.lower().split())
    if published is None:
        return DateValue(f"relative:{text}", resolved=False)
    if text in _DAY_WORDS:
        return DateValue((published + dt.timedelta(days=_DAY_WORDS[text])).isoformat())
    counted = re.fullmatch(
        r"(in\s|within\s)?(\w+(?:\sfew)?) (day|week|month|year)s?"
        r"(?: (ago|from now|later|hence|from today|after today|from tomorrow|from yesterday))?",
        text,
    )
    if counted and (counted.group(1) or counted.group(4)):
        count = _count(counted.group(2))
        if count is None:
            return DateValue(f"relative:{text}", resolved=False)
        unit, tail = counted.group(3), counted.group(4) or ""
        anchor = published + dt.timedelta(
            days={"from tomorrow": 1, "from yesterday": -1}.get(tail, 0)
        )
        sign = -1 if tail == "ago" else 1
        shifted = _shift(anchor, sign * count, unit)
        # "In two years" names a year, not the day two years on: two articles published a
        # day apart must not disagree on it.
        if unit == "year":
            return DateValue(f"{shifted.year:04d}")
        if unit == "month":
            return DateValue(f"{shifted.year:04d}-{shifted.month:02d}")
        return DateValue(shifted.isoformat())
    words = text.split()
    unit = words[-1]
    if "last" in words or "past" in words or "previous" in words:
        step = -1
    elif "next" in words or "coming" in words or "upcoming" in words or "following" in words:
        step = 1
    else:
        step = 0  # this / earlier this / later this
    if unit == "year":
        return DateValue(f"{published.year + step:04d}")
    if unit == "month":
        year, month = _shift_month(published, step)
        return DateValue(f"{year:04d}-{month:02d}")
    if unit in ("week", "weekend"):
        return DateValue(_iso_week(published + dt.timedelta(weeks=step)))
    return DateValue(f"relative:{text}", resolved=False)


# -- patterns -----------------------------------------------------------------------------


class _Match:
    """A match found in the sentence's lower-cased copy (``common.lowered``), read back in
    the sentence's own case, so that "May" (a month) and "may" (a verb) stay apart."""

    __slots__ = ("_found", "_text")

    def __init__(self, found: re.Match[str], text: str) -> None:
        self._found, self._text = found, text

    def __getitem__(self, group: int | str) -> str | Any:  # as typeshed types re.Match
        start, end = self._found.span(group)
        return None if start < 0 else self._text[start:end]

    def group(self, group: int | str = 0) -> str | Any:
        return self[group]

    def start(self, group: int | str = 0) -> int:
        return self._found.start(group)

    def end(self, group: int | str = 0) -> int:
        return self._found.end(group)


_Handler = Callable[[_Match, Sentence, dt.date | None], DateValue | None]


class _LazyPattern:
    """A regular expression compiled the first time a sentence needs it: most runs never
    meet a holiday or a spelled-out day, and compiling every pattern up front costs more
    than a short run's whole extraction. A case-insensitive pattern is compiled
    case-sensitive, to scan the sentence's lower-cased copy (see ``_Match``)."""

    __slots__ = ("_compiled", "flags", "lowered", "source")

    def __init__(self, source: str, flags: int) -> None:
        self.source = source
        self.lowered = bool(flags & re.IGNORECASE)
        self.flags = flags & ~re.IGNORECASE
        self._compiled: re.Pattern[str] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source, self.flags)
        return self._compiled


_Registered = tuple[_LazyPattern, _Handler, int, tuple[str, ...]]
_PATTERNS: list[_Registered] = []


def _pattern(
    regex: str, priority: int = 0, flags: int = _RE, needs: tuple[str, ...] = ()
) -> Callable[[_Handler], _Handler]:
    """Register a date pattern. ``needs``: names of _GATES, one of which a sentence must
    pass before the pattern is worth running on it ("month+digit": both); none: always run."""

    def register(handler: _Handler) -> _Handler:
        _PATTERNS.append((_LazyPattern(regex, flags), handler, priority, needs))
        return handler

    return register


def _tense(match: _Match, sentence: Sentence) -> Tense:
    tense = tense_at(sentence.text, match.start(), match.end())
    if (
        tense is Tense.UNKNOWN
        and sentence.role == "headline"
        and _HEADLINE_FUTURE.search(sentence.text, 0, match.start())
    ):
        return Tense.FUTURE  # "Pilots to strike from Friday"
    if (
        tense is Tense.UNKNOWN
        and sentence.role == "headline"
        and _HEADLINE_SCHEDULE.search(sentence.text, max(0, match.start() - 30), match.start())
        and weekday_number(match.group(0).split()[0]) is not None
    ):
        return Tense.FUTURE  # "First sleeper service departs Friday": a schedule
    if tense is not Tense.FUTURE:
        lo, _ = clause_around(sentence.text, match.start(), match.end())
        before = sentence.text[lo : match.start()]
        if _NEXT_YEARS.search(before) and tense_of_words(before) is Tense.UNKNOWN:
            # "next year's festival runs from the fifth to the fourteenth of September",
            # told a week after this year's: the days of an event still to come (but "next
            # year's budget was approved on 3 September" tells when it was approved).
            return Tense.FUTURE
    return tense


_NEXT_YEARS = re.compile(r"\bnext\s(?:year|season)[’']s\b", re.I)


def _borrowed_tense(match: _Match, sentence: Sentence) -> bool:
    """Whether the date's tense is read from words away from it (see _pick)."""
    return not tense_word_before(sentence.text, match.start())


# A headline's verb in the present right before a bare weekday tells a schedule.
_HEADLINE_SCHEDULE = re.compile(r"\b[a-z]{3,}[^s\W]s\s$")
# Headlines write the future as "to" and a verb: "Pilots to strike from Friday".
_HEADLINE_FUTURE = re.compile(r"\b[a-z]+\sto\s[a-z]{3,}\b")


def _ambiguous_month_word(token: str) -> bool:
    # "may" and "march" are common words; accept them as months only when capitalised.
    lower = token.lower().rstrip(".")
    return lower in ("may", "mar", "march") and not token[:1].isupper()


@_pattern(
    r"\b(?P<y>" + _YEAR + r")-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b", needs=("year",)
)
def _iso(match: _Match, sentence: Sentence, published: dt.date | None) -> DateValue | None:
    day = _safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
    return DateValue(day.isoformat()) if day else None


# A year after a day and month: "May 3, 2024", "May 3 , 2024", "May 3 of 2024", "3-May-2024",
# "15 April of 87" (two digits only after "of").
_YEAR_AFTER = r"(?:\s?,?\s{1,3}|[-/]|\s(?:of|in)\s)(?P<y>\d{4}\b|(?<=of\s)\d\d\b)"


@_pattern(
    r"\b(?:(?P<wd>"
    + _WD
    + r")\.?,?\s{1,3})?(?P<mon>"
    + _MON
    + r")\.?(?:[\s/-]{1,3}|(?=\d))"
    + _DAY_SPAN
    # "May 2:30" is a time, but "declared on November 2: Oakhurst won" a date.
    + r"(?:st|nd|rd|th)?(?!\d|:\d)(?:"
    + _YEAR_AFTER
    + r")?",
    needs=("month+digit",),
)
def _month_day(match: _Match, sentence: Sentence, published: dt.date | None) -> DateValue | None:
    if _ambiguous_month_word(match["mon"]):
        return None
    return _day_value(match, sentence, published)


@_pattern(
    r"(?<![$£€])(?<![$£€]\s)\b(?:(?P<wd>"
    + _WD
    + r")\.?,?\s{1,3}(?:the\s)?)?"
    + _DAY_SPAN
    + r"(?:\s{1,3}(?:of\s{1,3})?|[/-])(?P<mon>"
    + _MON
    + r")\b\.?(?:"
    + _YEAR_AFTER
    + r")?",
    needs=("month+digit",),
)
def _day_month(match: _Match, sentence: Sentence, published: dt.date | None) -> DateValue | None:
    if _ambiguous_month_word(match["mon"]):
        return None
    return _day_value(match, sentence, published)


# "Friday 10 and Saturday 11 September 2027", "on 10 and 11 March": the first day takes the
# month and year written after the second (read ahead, not taken; the empty "d2" says it is
# one day, not a span, to the shared reader of days).
@_pattern(
    r"(?:\b(?P<wd>"
    + _WD
    + r")\.?,?\s{1,3}|(?<=\bon\s)|(?<=\bfrom\s)|(?<=\bbetween\s))(?P<d>"
    + _DAY
    + r")"
    + _ORD
    + r"(?P<d2>)(?=\s(?:and|&)\s(?:"
    + _WD
    + r"\.?,?\s{1,3})?"
    + _DAY
    + _ORD
    + r"\s{1,3}(?:of\s{1,3})?(?P<mon>"
    + _MON
    + r")\b\.?(?:"
    + _YEAR_AFTER
    + r")?)",
    needs=("month+digit",),
)
def _first_of_two_days(
    match: _Match, sentence: Sentence, published: dt.date | None
) -> DateValue | None:
    if _ambiguous_month_word(match["mon"]):
        return None
    return _day_value(match, sentence, published)


@_pattern(
    r"\b(?P<y>" + _YEAR + r")[/-](?P<mon>" + _MON + r")[/-](?P<d>" + _DAY + r")\b",
    needs=("month+year",),
)
def _year_month_day(
    match: _Match, sentence: Sentence, published: dt.date | None
) -> DateValue | None:
    """ "2019-sep-1", "2020/Sep/23"."""
    month = _month_number(match["mon"])
    day = _safe_date(int(match["y"]), month, int(match["d"])) if month else None
    return DateValue(day.isoformat()) if day else None


_DEADLINE = re.compile(r"\b(?:by|until|till|no\slater\sthan|deadline\sof)\s(?:the\s)?$", re.I)


def _day_tense(match: _Match, sentence: Sentence) -> Tense:
    if _DEADLINE.search(sentence.text, max(0, match.start() - 20), match.start()):
        # "told to return the stock by May 20", "asked to report by the thirtieth of
        # September": a deadline is the nearest such day, whatever the tense of the telling.
        return Tense.UNKNOWN
    return _tense(match, sentence)


def _optional_group(match: _Match, group: str) -> str | None:
    """A group that only some of the patterns sharing a handler have."""
    try:
        return match[group]
    except IndexError:
        return None


def _day_value(match: _Match, sentence: Sentence, published: dt.date | None) -> DateValue | None:
    month = _month_number(match["mon"])
    if month is None:
        return None
    day = int(match["d"])
    year_text = match["y"] or ""
    year = int(year_text) if len(year_text) == 4 else 1900 + int(year_text) if year_text else 0
    if year_text and not (1000 <= year <= 2199):
        year_text = ""
    if year_text and year < 1800 and re.match(r"\s+[a-z]", sentence.text[match.end() :]):
        year_text = ""  # "May 3 1500 troops": a count, not a year
    if year_text:
        first = _safe_date(year, month, day)
        if first is None:
            return None
        if match["d2"]:
            last = _safe_date(year, month, int(match["d2"]))
            if last and last > first:
                return DateValue(f"{first.isoformat()}/{last.isoformat()}")
        return DateValue(first.isoformat())
    written = _optional_group(match, "wd")
    weekday = weekday_number(written) if written else None
    tense = _day_tense(match, sentence)
    value = resolve_day(month, day, published, tense, weekday, _borrowed_tense(match, sentence))
    if match["d2"] and value.resolved:
        first = dt.date.fromisoformat(value.value)
        last = _safe_date(first.year, month, int(match["d2"]))
        if last and last > first:
            return DateValue(f"{first.isoformat()}/{last.isoformat()}")
    return value


@_pattern(
    r"\b(?P<mon>" + _MON + r")\.?(?:\s?[-–]\s?(?P<mon2>" + _MON + r")\.?)?"
    r"(?:\s?,?\s{1,3}|-|\s(?:of|in)\s)(?P<y>" + _YEAR + r")\b(?![-–/]\d)"
    r"|\b(?P<y2>" + _YEAR + r")\s?,?\s{1,3}(?P<mon3>january|february|march|april|may|june|july|"
    r"august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
    r"\b(?!\s\d)",
    needs=("month+year",),
)
def _month_year(match: _Match, sentence: Sentence, published: dt.date | None) -> DateValue | None:
    """ "March 2024", "June of 1992", "Dec-2018", "2016 November", "Jan-Feb 2017"."""
    token = match["mon"] or match["mon3"]
    if _ambiguous_month_word(token) or (
        token[:1].islower() and len(token) <= 3 and not match["mon3"]
    ):
        return None
    month = _month_number(token)
    year = int(match["y"] or match["y2"])
    if not month:
        return None
    if match["mon2"]:
        last = _month_number(match["mon2"])
        if last and last > month:
            return DateValue(f"{year:04d}-{month:02d}/{year:04d}-{last:02d}")
    return DateValue(f"{year:04d}-{month:02d}")


_MONTH_BEFORE_JOINER = re.compile(
    r"(?P<between>\bbetween\s)?\b(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s$",
    re.I,
)


@_pattern(
    r"\b(?:(?P<prep>" + _PREP + r"|to|and|between)\s{1,3}(?:(?:early|late|mid)[- ])?|(?P<mid>mid-))"
    r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan\.|feb\.|mar\.|apr\.|jun\.|jul\.|aug\.|sept?\.|oct\.|nov\.|dec\.|sept|nov|dec|"
    r"oct|aug|jan|feb|apr)(?![\w-])(?:\s{1,3}(?P<rel>last|this|next)\s{1,3}year\b)?",
    priority=1,
    needs=("month",),
)
def _bare_month(match: _Match, sentence: Sentence, published: dt.date | None) -> DateValue | None:
    token = match["mon"]
    prep = (match["prep"] or "").lower()
    short = len(token.rstrip(".")) <= 4 and not token.endswith(".")
    relative = prep in ("last", "next", "this")
    if prep in ("to", "and"):
        # Only the second month of a span ("February to April", "between March and May"):
        # else "to June" may be a person, "and May" a verb.
        first = _MONTH_BEFORE_JOINER.search(
            sentence.text, max(0, match.start() - 20), match.start()
        )
        if first is None or (prep == "and" and not first["between"]):
            return None
    if _ambiguous_month_word(token):  # "this may", "next march": verbs unless capitalised
        return None
    if short and not token[:1].isupper() and not relative:
        return None
    month = _month_number(token)
    if month is None:
        return None
    if match["rel"]:
        if published is None:
            return DateValue(f"relative:{match['rel'].lower()} year-{month:02d}", resolved=False)
        year = published.year + RELATIVE_SHIFT[match["rel"].lower()]
        return DateValue(f"{year:04d}-{month:02d}")
    if prep == "this" and published is not None:
        return DateValue(f"{published.year:04d}-{month:02d}")
    tense, loose = _tense(match, sentence), _borrowed_tense(match, sentence)
    if prep in ("last", "since"):
        tense, loose = Tense.PAST, False
    elif prep == "next" or _looks_ahead(prep, tense):
        tense, loose = Tense.FUTURE, False  # "by January" said in March is next January
    value = resolve_month(month, published, tense, loose)
    if (
        published is not None
        and prep in ("last", "next")
        and value.resolved
        and value.value == f"{published.year:04d}-{published.month:02d}"
    ):
        # "next June" said in June is a year away; so is "last June".
        year = published.year + (1 if prep == "next" else -1)
        return DateValue(f"{year:04d}-{month:02d}")
    return value


@_pattern(
    r"(?<![\w-])(?P<mon>January|February|July|September|October|November|December)"
    r"(?:\s(?P<rel>last|this|next)\syear)?\b(?!\s?[\d,]|\s[A-Z])",
    priority=2,
    flags=0,
    needs=("month",),
)
def _lone_month(match: _Match, sentence: Sentence, published: dt.date | None) -> DateValue | None:
    """A capitalised month on its own ("out February"); names that are also people's
    names or words (April, May, June, March, August) need a preposition."""
    month = _month_number(match["mon"])
    if month is None or _QUARTER_AFTER.match(sentence.text, match.end()):
        return None  # "the December quarter" is a quarter of the year, not the month
    if match["rel"]:
        if published is None:
            return DateValue(f"relative:{match['rel']} year-{month:02d}", resolved=False)
        year = published.year + RELATIVE_SHIFT[match["rel"].lower()]
        return DateValue(f"{year:04d}-{month:02d}")
    return resolve_month(
        month, published, _tense(match, sentence), _borrowed_tense(match, sentence)
    )


@_pattern(
    # Not "last": "last Tuesday" is the Tuesday of last week.
    r"\b(?P<nth>first|second|third|fourth)\s(?P<wd>monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)\b(?!\s(?:of|in)\b)",
    priority=1,
    needs=("weekday+number_word",),
)
def _nth_weekday_this_month(
    match: _Match, sentence: Sentence, published: dt.date | None
) -> DateValue | None:
    """ "the second Sunday": of the month of publication."""
    weekday = weekday_number(match["wd"])
    if weekday is None or published is None:
        return None
    index = {"first": 0, "second": 1, "third": 2, "fourth": 3}[match["nth"].lower()]
    days = [
        d
        for day in range(1, 32)
        if (d := _safe_date(published.year, published.month, day)) and d.weekday() == weekday
    ]
    return DateValue(days[index].isoformat()) if days else None


@_pattern(
    r"(?:\b(?P<prep>in|since|by|until|till|through|throughout|during|from|before|after|of|and|"
    r"early|late|mid|for|year|fiscal|between|the end of|the start of|the beginning of)"
    r"\s{1,3}(?:(?:early|late|mid)[- ])?|(?P<paren>\())(?P<y>" + _YEAR + "|" + _OLD_YEAR + r")"
    # "and" joins a span only after "between": "in 2007 and 2009" names two years. A
    # two-digit end year is written only after a dash or slash ("2023-24"): "from 29 in 2025
    # to 41 in 2026" counts to 41.
    r"(?:\s{0,2}[-–/]\s{0,2}(?P<y2>" + _YEAR + r"|\d\d)(?!\d)"
    r"|\s{0,2}(?:to|through|(?<=between\s\d{4}\s)and)\s{0,2}(?P<y3>" + _YEAR + r")(?!\d))?"
    r"(?P<close>\))?(?![\d,.]\d|\s*(?:%|per\s?cent|percent))",
    priority=2,
    needs=("year",),
)
def _year(match: _Match, sentence: Sentence, published: dt.date | None) -> DateValue | None:
    if match["paren"] and not match["close"]:
        return None
    first = int(match["y"])
    if first < 1800 and not _old_year(match, sentence):
        return None
    if (match["prep"] or "").lower() == "and" and not re.search(
        r"\b\d{4}\b", sentence.text[max(0, match.start() - 24) : match.start()]
    ):
        return None  # "and 2000" is a second year only right after a first one
    second_text = match["y2"] or match["y3"]
    if second_text:
        second = (
            int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
        )
        if second > first:
            return DateValue(f"{first:04d}/{second:04d}")
        return None
    return DateValue(f"{first:04d}")


@_pattern(
    r"^(?:built|founded|opened|established|launched|completed|constructed|cast|consecrated)"
    r"\s?:\s{0,3}(?P<y>" + _YEAR + "|" + _OLD_YEAR + r")\.?\s*$",
    needs=("year",),
)
def _labelled_year(
    match: _Match, sentence: Sentence, published: dt.date | None
) -> DateValue | None:
    """ "Built: 1923" on a fact sheet's line of its own: the year the label's act took place."""
    return DateValue(match["y"])


@_pattern(
    r"\b(?:AD|A\.D\.)\s?(?P<y>[1-9]\d{1,3})\b(?![.,]\d)|\b(?P<y2>[1-9]\d{1,3})\s?(?:AD|A\.D\.)(?!\w)",
    flags=0,
    needs=("digit",),
)
def _era_year(match: _Match, sentence: Sentence, published: dt.date | None) -> DateValue | None:
    """ "around AD 340", "A.D. 340", "340 AD": a year of the common era, written so."""
    year = int(match["y"] or match["y2"])
    return DateValue(f"{year:04d}") if year <= 2199 else None


# Years before 1800 ("the bells were cast in 1736") only after a preposition of time, and
# not before a noun they would count ("in 1500 homes", "of 1200 people").
_OLD_YEAR_PREPS = frozenset("in since until till before after during".split())
_NEXT_WORD = re.compile(r"\s{1,3}([a-z]+)")
_AFTER_OLD_YEAR = frozenset(
    """and but or when by for to at as after before on in with was were is the a an until
    while which that it its they he she we so from""".split()
)


def _old_year(match: _Match, sentence: Sentence) -> bool:
    if (match["prep"] or "").lower() not in _OLD_YEAR_PREPS:
        return False
    after = _NEXT_WORD.match(sentence.text, match.end())
    return after is None or after.group(1) in _AFTER_OLD_YEAR


@_pattern(
    r"\b(?P<y>" + _YEAR + r")\s{0,2}[-–/]\s{0,2}(?P<y2>\d\d(?:\d\d)?)(?![\d-])",
    priority=3,
    needs=("year",),
)
def _year_range(match: _Match, sentence: Sentence, published: dt.date | None) -> DateValue | None:
    first = int(match["y"])
    text = match["y2"]
    second = int(text) if len(text) == 4 else first // 100 * 100 + int(text)
    if not first < second <= first + 30:
        return None
    return DateValue(f"{first:04d}/{second:04d}")


@_pattern(
    r"\b(?:(?P<mod>last|next|this|coming|past|previous|following|on|earlier\son|later\son|"
    r"early\son|"
    r"since|by|until|till|from|before|after|late|early)\s{1,3})?"
    r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?P<plural>s)?\b"
    r"(?:\s{1,3}(?P<part>morning|afternoon|evening|night))?",
    priority=1,
    needs=("weekday",),
)
def _weekday(match: _Match, sentence: Sentence, published: dt.date | None) -> DateValue | None:
    token = match["wd"]
    modifier = (match["mod"] or "").lower()
    if match["plural"]:
        return None  # "on Mondays" is a habit, not a date
    if not modifier:
        if not token[:1].isupper():
            return None
        # "Sunday Times", "Monday Night Football", "SUNDAY EVENING NEWS", "the Sunday
        # Morning show": a bare weekday naming something.
        if _NAME_AFTER.regex.match(sentence.text, match.end(), match.end() + 30):
            return None
        if match["part"] and match["part"][:1].isupper():
            return None
        # "Good news to start your Friday": the listener's day, a greeting, not an event's.
        if _YOUR_BEFORE.search(sentence.text, max(0, match.start() - 5), match.start()):
            return None
        # "on a typical August Saturday", "every Saturday", "any Monday": a kind of day.
        if _ANY_DAY_BEFORE.search(sentence.text, max(0, match.start() - 40), match.start()):
            return None
    weekday = weekday_number(token)
    if weekday is None:
        return None
    if (
        not modifier
        and _RELATIVE_TO_EVENT.match(sentence.text, match.end())
        and (_THE_BEFORE.search(sentence.text, max(0, match.start() - 4), match.start()))
    ):
        return None  # "on the Monday before the fault": a day told from an event, not today
    if modifier == "following":
        modifier = "next"
    simple = modifier if modifier in ("last", "next", "this", "coming", "past", "previous") else ""
    tense = _tense(match, sentence)
    if modifier in ("", "on") and _UNTIL_TIME_BEFORE.search(
        sentence.text, max(0, match.start() - 32), match.start()
    ):
        modifier = "until"  # "in force until midday on Friday"
    if _looks_ahead(modifier, tense):
        tense = Tense.FUTURE  # "stays closed until Wednesday", as "by January" is
    return resolve_weekday(weekday, published, tense, simple)


def _looks_ahead(preposition: str, tense: Tense) -> bool:
    """A month or a day something must happen by, or lasts until, is the coming one unless
    its clause is past ("by January" said in March; "stays closed until Wednesday")."""
    return preposition in ("by", "until", "till") and tense is not Tense.PAST


_NAME_AFTER = _LazyPattern(r"\s+[A-Z][A-Za-z]", 0)
_UNTIL_TIME_BEFORE = re.compile(
    r"\b(?:until|till|by)\s(?:midday|noon|midnight|\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)"
    r"|\d{1,2}:\d\d)\s(?:on\s)?$",
    re.I,
)
_RELATIVE_TO_EVENT = re.compile(r"\s(?:before|after)\s(?:the|its|his|her|their)\s", re.I)
_THE_BEFORE = re.compile(r"\bthe\s$", re.I)
_YOUR_BEFORE = re.compile(r"\byour\s$", re.I)
# (Only words that describe a kind of day may stand between: "killed in a crash Saturday",
# a wire's way of dating, is a day.)
_ANY_DAY_BEFORE = re.compile(
    r"(?<![\w’'-])(?:a|an|every|any|each)\s(?:(?:typical|normal|usual|ordinary|average|busy|"
    r"quiet|good|bad|wet|dry|sunny|rainy|cold|hot|warm|single|given|particular|"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\s){0,2}$",
    re.I,
)


_COUNT = (
    r"(?:\d{1,3}|an?|a\sfew|few|several|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)"
)


@_pattern(
    r"\b(?P<rel>today|tonight|yesterday|tomorrow|last\snight|this\sday|"
    r"this\s(?:morning|afternoon|evening)|"
    r"(?:the\s)?day\s(?:before|after)\s(?:yesterday|tomorrow)|"
    r"(?:the\s)?(?:next|following|previous|past|last)\sday|the\sday\s(?:before|after)|"
    r"(?:(?:earlier|later|early|late)\s)?(?:this|last|next|past|coming|upcoming|previous|"
    r"following)\s(?:calendar\s)?(?:week(?:end)?|month|year)|"
    + _COUNT
    + r"\s(?:days?|weeks?|months?|years?)\s(?:ago|from\s(?:now|today|tomorrow|"
    r"yesterday)|after\stoday|hence)|"
    # "within 90 days" is a duration (a figure); "in two weeks" is a date.
    # "yesterday's vote" is yesterday's; "today-only" and "tomorrow'" are not dates.
    r"in\s" + _COUNT + r"\s(?:days?|weeks?|months?|years?))\b(?!-\w)(?![’'](?!s\b))",
    priority=2,
    needs=("relative",),
)
def _relative(match: _Match, sentence: Sentence, published: dt.date | None) -> DateValue | None:
    phrase = match["rel"]
    lower = phrase.lower()
    # "the past year" / "over the past week" describe a span, not a date.
    before = sentence.text[max(0, match.start() - 9) : match.start()].lower()
    if lower.startswith(("past", "previous", "coming")) and "the" in before.split()[-1:]:
        return None
    if _AND_A_HALF.match(sentence.text, match.end()):
        return None  # "in a day and a half" is a length of time (a figure), not a date
    if lower.startswith("in ") and _OF_AFTER.match(sentence.text, match.end()):
        return None  # "$4.8bn in two days of intervention": a span, not a date
    if lower.startswith("in ") and _tense(match, sentence) is Tense.PAST:
        return None  # "rose 18 percent in a year", "sold out in two days": a span, not a date
    if lower.startswith("in ") and _FIRST_IN.search(
        sentence.text, max(0, match.start() - 50), match.start()
    ):
        return None  # "the first cut in four months" looks back over a span, to no date
    if " ".join(lower.split()) in NARRATED_DAY_SHIFT:
        # "her body was found the following day": the day after the one the story has just
        # told, not after publication (extract_claims reads it against that day).
        return DateValue(f"relative:{' '.join(lower.split())}", resolved=False)
    return resolve_relative(lower, published)


# Bounded spaces: matched at one position only, but never quadratic if searched.
_QUARTER_AFTER = re.compile(r"\s{1,4}quarter\b", re.I)
_OF_AFTER = re.compile(r"\s{1,4}of\b", re.I)
_AND_A_HALF = re.compile(r"\s{1,4}and\s{1,4}a\s{1,4}half\b", re.I)
_FIRST_IN = re.compile(
    r"\b(?:first|biggest|largest|smallest|highest|lowest|best|worst|strongest|weakest|"
    r"fastest|slowest|sharpest|steepest|deepest|only|most|least)\b[^.,;:]{0,40}$",
    re.I,
)


_ORDINAL = (
    r"(?:(?:twenty|thirty)[\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
    r"eighteenth|nineteenth|twentieth|thirtieth)"
)
_SPELLED_DAY = (
    r"(?:" + _ORDINAL + r"|(?:twenty|thirty)[\s-]" + UNITS_WORD + r"|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)"
)


def _spelled_day(text: str) -> int | None:
    words = text.lower().replace("-", " ").split()
    total = 0
    for word in words:
        if word in ORDINAL_WORDS:
            total += ORDINAL_WORDS[word]
        else:
            value = parse_number_words(word)
            if value is None:
                return None
            total += int(value)
    return total if 1 <= total <= 31 else None


def _month_options(published: dt.date, day: int) -> list[dt.date]:
    options = []
    for shift in range(-6, 7):
        year, month = _shift_month(published, shift)
        found = _safe_date(year, month, day)
        if found:
            options.append(found)
    return options


# The words that go on a spelled day into a spelled year: "January twenty-thirty", "October
# two thousand and thirty" are months of years, not days.
_YEAR_GOES_ON = rf"(?![\s-](?:{TEENS_WORD}|{TENS_WORD}|thousand|hundred)\b)"


@_pattern(
    rf"\b(?P<mon>{_MON})\.?\s{{1,3}}(?:the\s)?(?P<sd>{_SPELLED_DAY})\b{_YEAR_GOES_ON}"
    rf"|\b(?:the\s)?(?P<sd2>{_SPELLED_DAY})\s(?:of\s)?(?P<mon2>{_MON})\b\.?",
    needs=("month+number_word",),
)
def _spelled_month_day(
    match: _Match, sentence: Sentence, published: dt.date | None
) -> DateValue | None:
    """ "May twenty-first", "Jan first", "the second of August"."""
    token = match["mon"] or match["mon2"]
    if _ambiguous_month_word(token) or (
        len(token) <= 3 and not token[:1].isupper() and not match["mon2"]
    ):
        return None
    day = _spelled_day(match["sd"] or match["sd2"])
    month = _month_number(token)
    if day is None or month is None:
        return None
    return resolve_day(month, day, published, _day_tense(match, sentence))


# A year as a broadcast says it: "twenty-thirty", "twenty twenty-two", "nineteen
# eighty-seven", "seventeen sixty-three", "two thousand and thirty". (Not "eleven thirty"
# or "twelve forty-five": those are times of day.)
_SPELLED_YEAR = (
    rf"(?:(?:twenty|nineteen|eighteen|seventeen|sixteen|fifteen|fourteen|thirteen)[\s-]"
    rf"{TENS_AND_UNITS}"
    rf"|two\sthousand(?:\sand)?(?:\s(?:{TENS_AND_UNITS}|{UNITS_WORD}))?)"
)


_CENTURIES = {
    word: 100 * number
    for number, word in enumerate(
        "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(), 13
    )
}


def _spelled_year(words: str) -> int | None:
    parts = words.lower().replace("-", " ").split()
    if parts[:2] == ["two", "thousand"]:
        rest = [w for w in parts[2:] if w != "and"]
        value = parse_number_words(" ".join(rest)) if rest else 0
        return 2000 + int(value) if value is not None and value < 100 else None
    century = _CENTURIES.get(parts[0])
    value = parse_number_words(" ".join(parts[1:]))
    if century is None or value is None or not 10 <= value < 100:
        return None
    return century + int(value)


@_pattern(
    r"\b(?P<mon>" + _MON + r")\.?\s(?:of\s)?(?P<sy>" + _SPELLED_YEAR + r")\b"
    r"|\b(?:in|since|by|until|from|before|after|of)\s(?P<sy2>" + _SPELLED_YEAR + r")\b",
    needs=("number_word",),
)
def _spelled_year_date(
    match: _Match, sentence: Sentence, published: dt.date | None
) -> DateValue | None:
    """ "in January twenty-thirty", "by twenty thirty-five", "October two thousand and
    thirty": a year, or a month of it, as a transcript writes one."""
    year = _spelled_year(match["sy"] or match["sy2"])
    if year is None:
        return None
    token = match["mon"]
    if token is None:
        return DateValue(f"{year:04d}")
    month = _month_number(token)
    if month is None or _ambiguous_month_word(token):
        return None
    return DateValue(f"{year:04d}-{month:02d}")


@_pattern(
    r"\b(?:(?P<mod>last|next|this|previous|following)\s(?:week(?:[’']s)?|wk)\s(?:on\s)?(?P<wd>"
    + _WD
    + r")"
    r"|(?:on\s)?(?P<wd2>" + _WD + r")\s(?:of\s)?(?:the\s)?(?P<mod2>last|next|this|previous|"
    r"following)\sweek"
    r"|(?P<mod3>last|next|this|previous)\sweek\s?-\s?(?P<wd3>" + _WD + r"))\b",
    needs=("weekday+week",),
)
def _weekday_of_week(
    match: _Match, sentence: Sentence, published: dt.date | None
) -> DateValue | None:
    """ "Friday next week", "next week on Friday", "Tuesday of last week"."""
    weekday = weekday_number(match["wd"] or match["wd2"] or match["wd3"])
    modifier = (match["mod"] or match["mod2"] or match["mod3"]).lower()
    if weekday is None:
        return None
    if published is None:
        return DateValue(f"weekday:{modifier} week {WEEKDAYS[weekday].title()}", resolved=False)
    monday = published - dt.timedelta(days=published.weekday())
    shift = {"last": -7, "previous": -7, "next": 7, "following": 7, "this": 0}[modifier]
    return DateValue((monday + dt.timedelta(days=shift + weekday)).isoformat())


@_pattern(
    r"\b(?P<wd>" + _WD + r"),?\s(?:the\s(?P<d>" + _DAY + r")(?:st|nd|rd|th)?|"
    r"(?P<d3>" + _DAY + r")(?:st|nd|rd|th))\b"
    # A spelled day only where nothing follows: "Wednesday, the first day of the summit"
    # counts days of something else.
    r"|\b(?P<wd2>" + _WD + r"),?\sthe\s(?P<sd>" + _SPELLED_DAY + r")\b(?=\s?[.,;:!?)]|\s?$)",
    needs=("weekday+digit", "weekday+number_word"),
)
def _weekday_the_day(
    match: _Match, sentence: Sentence, published: dt.date | None
) -> DateValue | None:
    """ "Friday the 15th": the nearest 15th that falls on a Friday."""
    weekday = weekday_number(match["wd"] or match["wd2"])
    number = match["d"] or match["d3"]
    day = int(number) if number else _spelled_day(match["sd"] or "")
    if weekday is None or day is None or published is None:
        return None
    fits = [d for d in _month_options(published, day) if d.weekday() == weekday]
    if not fits:
        return None
    return DateValue(_pick(fits, published, _tense(match, sentence)).isoformat())


@_pattern(
    r"\bthe\s(?P<nth>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s"
    r"(?P<wd>" + _WD + r")\s(?:of|in)\s(?:(?P<rel>this|next|last|previous)\smonth|"
    r"(?P<mon>" + _MON + r")\b(?:\s(?P<y>" + _YEAR + r"))?)",
    needs=("weekday+month", "weekday+relative"),
)
def _nth_weekday(match: _Match, sentence: Sentence, published: dt.date | None) -> DateValue | None:
    """ "the first Friday of July", "the second Monday of next month"."""
    weekday = weekday_number(match["wd"])
    if weekday is None or published is None:
        return None
    if match["rel"]:
        shift = RELATIVE_SHIFT[match["rel"].lower()]
        year, month = _shift_month(published, shift)
        candidates = [(year, month)]
    else:
        month = _month_number(match["mon"]) or 0
        if not month:
            return None
        years = (
            [int(match["y"])]
            if match["y"]
            else [published.year - 1, published.year, published.year + 1]
        )
        candidates = [(y, month) for y in years]
    nth = match["nth"].lower()
    index = {
        "first": 0,
        "1st": 0,
        "second": 1,
        "2nd": 1,
        "third": 2,
        "3rd": 2,
        "fourth": 3,
        "4th": 3,
        "fifth": 4,
        "5th": 4,
        "last": -1,
    }[nth]
    options = []
    for year, month in candidates:
        days = [
            d
            for day in range(1, 32)
            if (d := _safe_date(year, month, day)) and d.weekday() == weekday
        ]
        if days and (index == -1 or index < len(days)):
            options.append(days[index])
    if not options:
        return None
    return DateValue(_pick(options, published, _tense(match, sentence)).isoformat())


def _century(two_digits: int, published: dt.date | None) -> int:
    """A two-digit year: this century unless that lands more than ten years ahead."""
    now = published.year if published else dt.date.today().year
    year = now // 100 * 100 + two_digits
    return year - 100 if year > now + 10 else year


@_pattern(
    r"(?<![\d/.,-])(?P<a>\d{1,4})(?P<sep>[/.-])(?P<b>\d{1,2})(?:(?P=sep)|,\s?)(?P<c>\d{4}|\d{2})"
    r"(?![\d/-]|[.,]\d)(?!\s?of\b)",
    needs=("numeric",),
)
def _numeric_date(match: _Match, sentence: Sentence, published: dt.date | None) -> DateValue | None:
    """ "02/22/2016", "21/04/16", "2015/08/12", "13.5.2015": month first unless impossible."""
    a, b, c = match["a"], int(match["b"]), match["c"]
    if len(a) == 4:
        if match["sep"] == "-" and len(c) == 2:
            day = _safe_date(int(a), b, int(c))  # ISO-like 2015-08-12 is handled elsewhere
        else:
            day = _safe_date(int(a), b, int(c)) if len(c) <= 2 else None
        return DateValue(day.isoformat()) if day else None
    if len(a) == 3:
        return None
    year = int(c) if len(c) == 4 else _century(int(c), published)
    first, second = int(a), b
    # Month first (as in US style) unless the first part cannot be a month.
    day = _safe_date(year, first, second) if first <= 12 else _safe_date(year, second, first)
    return DateValue(day.isoformat()) if day else None


@_pattern(
    r"(?<![\d/.,$£€-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/%])(?!\s?(?:of|th|st|nd)\b)"
    r"|\b(?:on|in|since|by|until|from|before|after)\s(?P<c>\d{1,2})(?P<sep>[.-])(?P<d>\d{1,2})"
    # "from 2.1 million", "in 3.5 per cent": a decimal figure, not a day and month.
    r"(?![\d.%-]|,\d|\s?(?:thousand|million|billion|trillion|mn|bn|tn|m|b|k|crore|lakh|"
    r"per\s?cent|percent|percentage|pc|pp|points?|bps?|basis|times|fold|km|kg|miles?|mph|"
    r"tonnes?|tons?|(?:kilo|centi|milli)?(?:metres?|meters?)|feet|ft|inches|litres?|liters?|"
    r"seconds?|hours?|minutes?|days?|weeks?|months?|years?|degrees?|hectares?|acres?|square|"
    r"cubic|grams?|kilograms?|pounds?|dollars?|euros?|%)(?!\w)"
    # "from 26.9p to 24.5p", "from 26.9 to 27.3": a figure glued to its unit, or a change.
    r"|[a-zA-Z]|\s(?:to|and)\s[$€£]?\d+[.,]\d)",
    needs=("numeric",),
)
def _numeric_month_day(
    match: _Match, sentence: Sentence, published: dt.date | None
) -> DateValue | None:
    """ "4/22", "22/04", "on 4.22": no year, placed around the publication date."""
    first = int(match["a"] or match["c"])
    second = int(match["b"] or match["d"])
    if (first, second) == (24, 7):
        return None  # "24/7" means always
    month, day = (first, second) if first <= 12 else (second, first)
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if match["a"] and second > 31:
        return None
    return resolve_day(month, day, published, _tense(match, sentence))


@_pattern(
    r"\b(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\b", needs=("year",)
)
def _compact_date(match: _Match, sentence: Sentence, published: dt.date | None) -> DateValue | None:
    """ "20161016"."""
    day = _safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
    return DateValue(day.isoformat()) if day else None


@_pattern(
    r"\b(?P<y>" + _YEAR + r")\s?[-/]\s?(?P<m>0?[1-9]|1[0-2])\b(?!\s?[-/.]\s?\d)"
    r"|(?<![\d/.-])(?P<m2>0?[1-9]|1[0-2])\s?[-/]\s?(?P<y2>" + _YEAR + r")\b(?![-/]\d)",
    priority=3,
    needs=("year",),
)
def _numeric_month(
    match: _Match, sentence: Sentence, published: dt.date | None
) -> DateValue | None:
    """ "2016-11", "11/2016"; "2011-12" is a season or fiscal year, not December."""
    year = int(match["y"] or match["y2"])
    month = int(match["m"] or match["m2"])
    if match["y"] and month == (year + 1) % 100:
        return None
    return DateValue(f"{year:04d}-{month:02d}")


@_pattern(
    r"\b(?:on|for|by|until|till|since|from|before|after)\sthe\s(?P<d>"
    + _DAY
    # ("on the 3.8km tunnel": a decimal, not the 3rd.)
    + r")(?P<suffix>st|nd|rd|th)?\b(?![.,]\d)(?!\s?(?:%|per|century|anniversary|time|place|floor|"
    r"minute|round|day|week|year|of\b))"
    r"|\b(?:on|for|by|until|since)\sthe\s(?P<sd>" + _ORDINAL + r")\b(?=\s?[.,;!?]|\s?$)"
    r"|\bon\s(?P<bare>" + _DAY + r")(?=\s?[.!?]?\s?$)",
    priority=2,
    needs=("ordinal", "digit"),
)
def _day_of_month(match: _Match, sentence: Sentence, published: dt.date | None) -> DateValue | None:
    """ "on the 18th", "for the 27th", "on the second": a day of this month or a near one."""
    if (
        match["d"]
        and not match["suffix"]
        and not re.match(r"\s?[.,;!?]|\s?$", sentence.text[match.end() :])
    ):
        return None  # "the 27" counts something unless it ends the phrase
    day = (
        int(match["d"] or match["bare"])
        if (match["d"] or match["bare"])
        else _spelled_day(match["sd"])
    )
    if day is None or published is None:
        return None
    options = _month_options(published, day)
    return DateValue(_pick(options, published, _tense(match, sentence)).isoformat())


_HOLIDAYS = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "xmas": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
    "new years eve": (12, 31),
    "new year's day": (1, 1),
    "new years day": (1, 1),
    "valentine's day": (2, 14),
    "valentines day": (2, 14),
    "st patrick's day": (3, 17),
    "halloween": (10, 31),
    "independence day": (7, 4),
    "may day": (5, 1),
    "bastille day": (7, 14),
    "new year eve": (12, 31),
    "new year": (1, 1),
    "juneteenth": (6, 19),
    "international workers' day": (5, 1),
    "workers' day": (5, 1),
    "veterans day": (11, 11),
    "armistice day": (11, 11),
    "all saints' day": (11, 1),
    "groundhog day": (2, 2),
    "earth day": (4, 22),
}
# (month, weekday, nth; -1 = last)
_FLOATING_HOLIDAYS = {
    "thanksgiving": (11, 3, 3),
    "thanks giving": (11, 3, 3),
    "thanks giving day": (11, 3, 3),
    "thanksgiving day": (11, 3, 3),
    "martin luther king day": (1, 0, 2),
    "martin luther king jr day": (1, 0, 2),
    "mlk day": (1, 0, 2),
    "memorial day": (5, 0, -1),
    "labor day": (9, 0, 0),
    "labour day": (9, 0, 0),
    "mother's day": (5, 6, 1),
    "mothers day": (5, 6, 1),
    "father's day": (6, 6, 2),
    "fathers day": (6, 6, 2),
    "presidents day": (2, 0, 2),
    "presidents' day": (2, 0, 2),
    "columbus day": (10, 0, 1),
    "black friday": (11, 3, 3),
}
_HOLIDAY_NAMES = sorted(
    list(_HOLIDAYS) + list(_FLOATING_HOLIDAYS) + ["easter"], key=len, reverse=True
)


# Each name as written without apostrophes, to the first name of _HOLIDAY_NAMES it may stand
# for ("mothers day" -> "mother's day").
_HOLIDAY_KEYS: dict[str, str] = {}
for _name in _HOLIDAY_NAMES:
    _HOLIDAY_KEYS.setdefault(_name.replace("'", ""), _name)


@_pattern(
    r"\b(?P<h>"
    + "|".join(re.escape(n).replace("'", "[’']?").replace("\\ ", r"\s") for n in _HOLIDAY_NAMES)
    + r")\b"
    r"(?:\s(?:of\s)?(?P<y>" + _YEAR + r")\b)?",
    priority=1,
    needs=("holiday",),
)
def _holiday(match: _Match, sentence: Sentence, published: dt.date | None) -> DateValue | None:
    """Christmas, Thanksgiving, Easter...: placed by tense around the publication date."""
    key = _HOLIDAY_KEYS.get(" ".join(match["h"].lower().replace("’", "").replace("'", "").split()))
    if key is None:
        return None
    if key in ("independence day", "may day", "labour day") and not match["h"][:1].isupper():
        return None
    if match["y"]:
        years = [int(match["y"])]
    elif published is not None:
        years = [published.year - 1, published.year, published.year + 1]
    else:
        return DateValue(f"holiday:{key}", resolved=False)
    options = [d for y in years if (d := _holiday_date(key, y))]
    if not options:
        return None
    if len(options) == 1 or published is None:
        return DateValue(options[0].isoformat())
    return DateValue(_pick(options, published, _tense(match, sentence)).isoformat())


def _holiday_date(key: str, year: int) -> dt.date | None:
    if key == "easter":
        return _easter(year)
    if key in _HOLIDAYS:
        month, day = _HOLIDAYS[key]
        return _safe_date(year, month, day)
    month, weekday, nth = _FLOATING_HOLIDAYS[key]
    days = [
        d for day in range(1, 32) if (d := _safe_date(year, month, day)) and d.weekday() == weekday
    ]
    found = days[nth] if nth < len(days) else None
    if key == "black friday" and found:
        return found + dt.timedelta(days=1)  # the day after Thanksgiving
    return found


def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    day = (h + l - 7 * m + 33 * month + 19) % 32
    return dt.date(year, month, day)


@_pattern(
    r"\b(?:the\s)?(?P<d>" + _DAY + r")(?:st|nd|rd|th)\sof\s(?:the\s)?(?P<rel>next|last|this|"
    r"previous|following)\smonth\b"
    r"|\b(?P<mon>january|february|april|june|july|september|october|november|december)\s"
    r"(?:of\s)?(?P<rel2>next|last|this)\syear\b",
    # "the 20th of next month" (a digit and "month"), "june next year" (a month and "year").
    needs=("digit+relative", "month+relative"),
)
def _relative_month_day(
    match: _Match, sentence: Sentence, published: dt.date | None
) -> DateValue | None:
    """ "the 20th of next month", "june next year"."""
    if published is None:
        return DateValue(f"relative:{match.group(0).lower()}", resolved=False)
    if match["d"]:
        shift = RELATIVE_SHIFT[match["rel"].lower()]
        year, month = _shift_month(published, shift)
        day = _safe_date(year, month, int(match["d"]))
        return DateValue(day.isoformat()) if day else None
    month = _month_number(match["mon"]) or 1
    year = published.year + RELATIVE_SHIFT[match["rel2"].lower()]
    return DateValue(f"{year:04d}-{month:02d}")


# One word of each holiday name the _holiday pattern knows (the part before an apostrophe,
# which the pattern makes optional), so the gate passes whatever the pattern can match; a word
# that holds another ("thanksgiving", "thanks") adds nothing to the search.
_HOLIDAY_WORDS = tuple(
    sorted({max((w.split("'")[0] for w in name.split()), key=len) for name in _HOLIDAY_NAMES})
)
_HOLIDAY_GATE = "|".join(
    re.escape(word)
    for word in _HOLIDAY_WORDS
    if not any(other != word and other in word for other in _HOLIDAY_WORDS)
)

# Cheap tests that tell which patterns can match a sentence at all; most sentences have no
# month name, no weekday and no holiday, and skipping those patterns halves the work. They
# run on the lower-cased sentence and may pass a sentence no pattern then matches (that
# costs time, not results), but must never stop one that a pattern would match.
# Each is a regular expression searched for, compiled on the first sentence, not at import.
_GATES: dict[str, str] = {
    "digit": r"\d",
    "year": r"(?:1\d|2[01])\d\d",
    "numeric": r"\d\s?[-/.]\s?\d",
    "month": (
        r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
        r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])"
    ),
    "weekday": r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|satur|sat|sun)(?:day)?s?(?![a-z])",
    "relative": r"today|night|yesterday|tomorrow|day|week|month|year|ago|morning|afternoon|evening",
    "holiday": _HOLIDAY_GATE,
    "clock": r"noon|midday|midnight|\d(?:[:.]\d|\s?[ap]\.?m)",
    "week": r"week|wk",
    # Number and ordinal words, by the stems they share ("thirt" for thirty and thirteenth).
    "number_word": (
        r"first|second|third|four|fif|five|six|seven|eigh|nin|ten|teen|eleven|twel|twent|thirt|"
        r"one|two|three"
    ),
    "ordinal": r"(?:on|for|by|until|till|since|from|before|after)\sthe\s",
}


@cache
def _gate_tests() -> tuple[tuple[int, Callable[[str], object]], ...]:
    """Each gate's bit (its place in _GATES) and its test."""
    return tuple((1 << i, re.compile(gate).search) for i, gate in enumerate(_GATES.values()))


def _open_gates(lower: str) -> int:
    """The bits of the gates the lower-cased sentence passes: an int, which is cheaper to
    build and to look up in _runnable's cache than a set of names."""
    opened = 0
    for bit, test in _gate_tests():
        if test(lower):
            opened |= bit
    return opened


@cache
def _runnable(open_gates: int) -> tuple[_Registered, ...]:
    """The patterns a sentence passing ``open_gates`` (see _open_gates) may match, in
    registration order. A pattern's needs are gate names, any one of which must pass ("a+b":
    both). Few combinations of gates occur, so this is worked out once for each."""
    passed = {name for i, name in enumerate(_GATES) if open_gates >> i & 1}
    return tuple(
        registered
        for registered in _PATTERNS
        if not registered[3] or any(passed.issuperset(need.split("+")) for need in registered[3])
    )


def _candidates(
    sentence: Sentence, published: dt.date | None, gated: bool = True
) -> Iterator[_Candidate]:
    """Every date any pattern reads in the sentence. ``gated=False`` runs every pattern on
    every sentence: the same result, slower (the tests hold the gates to that)."""
    text = sentence.text
    lower = lowered(text)
    patterns = _runnable(_open_gates(lower)) if gated else tuple(_PATTERNS)
    for pattern, handler, priority, _ in patterns:
        for found in pattern.regex.finditer(lower if pattern.lowered else text):
            value = handler(_Match(found, text), sentence, published)
            if value is not None:
                yield _Candidate(found.start(), found.end(), value, priority)


def _precision(value: str) -> int:
    """3 a day, 2 a week, 1 a month, 0 a year (for a range, its start)."""
    first = value.split("/", 1)[0]
    if "T" in first:
        return 3
    if first.startswith("weekday:") or _DAY_VALUE.regex.fullmatch(first):
        return 3
    if "-W" in first or first.endswith(("week", "weekend")):
        return 2
    if _MONTH_VALUE.regex.fullmatch(first) or first.endswith("month"):
        return 1
    return 0


# A day ("2024-05-02", or "--05-02" without a year) and a month ("2024-05", "--05").
_DAY_VALUE = _LazyPattern(r"(?:\d{4}|-)-\d\d-\d\d", 0)
_MONTH_VALUE = _LazyPattern(r"(?:\d{4}|-)-\d\d", 0)


@_pattern(
    # (A full stop may end the sentence after it: "behind the scheduled 09:05.")
    r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?![\d:]|\.\d)"
    r"(?:\s?(?P<ap>[ap](?:\.m\.?|m))(?![a-z]))?"
    r"|(?<![\w:.,$£€~/=&?-])(?P<h2>1[0-2]|0?[1-9])\s?(?P<ap2>[ap](?:\.m\.?|m))(?![a-z])"
    r"|\b(?:at\s)?(?P<word>noon|midday|midnight)\b",
    priority=1,
    needs=("clock",),
)
def _time_of_day(match: _Match, sentence: Sentence, published: dt.date | None) -> DateValue | None:
    """ "9:40 PM", "21:15", "2 am", "at noon": a time, joined to its day when one is beside it."""
    if match["word"]:
        hour, minute = (0, 0) if match["word"].lower() == "midnight" else (12, 0)
    else:
        if match["h"] and match.group(0)[len(match["h"])] == "." and not match["ap"]:
            return None  # "3.45" is a number unless "am" or "pm" follows
        hour = int(match["h"] or match["h2"])
        minute = int(match["m"] or 0)
        meridiem = (match["ap"] or match["ap2"] or "").lower()[:1]
        if meridiem and hour > 12:
            return None
        if meridiem == "p" and hour < 12:
            hour += 12
        elif meridiem == "a" and hour == 12:
            hour = 0
    zone = _TIME_ZONE_AFTER.match(sentence.text, match.end())
    suffix = f" {zone.group(0).lstrip()}" if zone else ""
    return DateValue(f"T{hour:02d}:{minute:02d}{suffix}", resolved=True)


_TIME_ZONE_AFTER = re.compile(r"\s(?:" + TIME_ZONES + r")\b")
_RANGE_JOINER = re.compile(r"\s?(?:-|–|—|to|until|till|through|thru)\s?$", re.I)
_BETWEEN_JOINER = re.compile(r"\s(?:and)\s$", re.I)
# ("3.12am local time on Tuesday": the zone's words may stand between.)
_TIME_DAY_JOINER = re.compile(r"^(?:\slocal\stime)?(?:,?\s(?:at|on|from)?\s?|,\s)$", re.I)


def _join(chosen: list[_Candidate], text: str) -> list[_Candidate]:
    """Join neighbours that are one date: a time and its day ("2:05 am on Monday"), and the
    two ends of a range ("August 30 to September 5", "between May 2 and May 9")."""
    joined: list[_Candidate] = []
    for candidate in chosen:
        value = candidate.value.value
        end = candidate.end
        if value.startswith("T"):
            zone = _TIME_ZONE_AFTER.match(text, end)
            if zone:
                end = zone.end()
            candidate = _Candidate(candidate.start, end, candidate.value, candidate.priority)
        if joined:
            previous = joined[-1]
            gap = text[previous.end : candidate.start]
            merged = _merge(previous, candidate, gap, text)
            if merged is not None:
                joined[-1] = merged
                continue
        joined.append(candidate)
    return joined


def _merge(first: _Candidate, second: _Candidate, gap: str, text: str) -> _Candidate | None:
    a, b = first.value.value, second.value.value
    if len(gap) > 12:
        return None
    day_a, day_b = is_iso_day(a), is_iso_day(b)
    if a.startswith("T") != b.startswith("T") and _TIME_DAY_JOINER.match(gap):
        time, day = (a, b) if a.startswith("T") else (b, a)
        if is_iso_day(day):
            words = text[first.start : second.end].lower()
            day_value = dt.date.fromisoformat(day)
            hour = int(time[1:3])
            # "on Sunday night ... at 2 am": after midnight the night's next day has begun.
            if "night" in words and hour < 6:
                day_value += dt.timedelta(days=1)
            value = DateValue(day_value.isoformat() + time)
            return _Candidate(first.start, second.end, value, first.priority)
        return None
    joiner = _JOINER_READ.match(text, second.start, second.end)
    if joiner:  # "February to April": the second month was read with its joiner
        gap += joiner.group(0)
    between = _BETWEEN_JOINER.match(gap) and (
        text[: first.start].lower().rstrip().endswith("between")
        or text[first.start : first.end].lower().startswith("between")
    )
    months = _YEAR_MONTH.fullmatch(a) and _YEAR_MONTH.fullmatch(b)
    if (
        ((day_a and day_b) or months)
        and not _YEAR_WRITTEN.search(text, first.start, first.end)
        and _YEAR_WRITTEN.search(text, second.start, second.end)
    ):
        # "1 July to 30 September 2030", "February to April 2030": the year written once,
        # at the end, is both ends' (the first was placed by the publication date alone).
        a = b[:4] + a[4:]
        if a > b:  # "28 December to 3 January 2030": the year before
            a = f"{int(b[:4]) - 1:04d}{a[4:]}"
    # "the February to April assessment window", "between March and May": a span of months.
    if ((day_a and day_b) or months) and a < b and (_RANGE_JOINER.match(gap) or between):
        start = first.start
        if between and not text[first.start : first.end].lower().startswith("between"):
            start = text.lower().rfind("between", 0, first.start)
        return _Candidate(start, second.end, DateValue(f"{a}/{b}"), first.priority)
    return None


_JOINER_READ = re.compile(r"(?:to|and)\s", re.I)
_YEAR_MONTH = re.compile(r"\d{4}-\d\d")
_YEAR_WRITTEN = re.compile(r"\b(?:1[89]|20)\d\d\b")


def is_iso_day(value: str) -> bool:
    """Whether a canonical date value is one calendar day ("2025-09-02")."""
    return _ISO_DAY.fullmatch(value) is not None


_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def has_clock_time(value: str) -> bool:
    """Whether a canonical date value holds a time of day ("2025-09-01T21:40", "T09:30")."""
    return _CLOCK_TIME.search(value) is not None


_CLOCK_TIME = re.compile(r"(?:^|\d)T\d\d:\d\d")


# A date ending on a digit or a whole word ("20 May.", "next week."): the full stop is the
# sentence's. Only abbreviations ("Sept.") keep their dot.
_WHOLE_WORDS = [max((n for n in MONTHS if MONTHS[n] == m), key=len) for m in range(1, 13)]
_SENTENCE_STOP = re.compile(
    r"(?:\d|\b(?:" + "|".join(_WHOLE_WORDS + list(WEEKDAYS)) + r"|year|week|month))\.$", re.I
)


def _leading_preposition(text: str, start: int, end: int) -> int:
    found = _PREPOSITION_OPENS.match(text, start, end)
    return found.end() - start if found else 0


_PREPOSITION_OPENS = re.compile(r"(?:on|from|until|till|by|since|at|in)\s", re.I)


def extract_dates(sentence: Sentence, published: dt.date | None) -> list[Claim]:
    """Date claims of one sentence, without overlaps, in text order."""
    chosen: list[_Candidate] = []
    # Where candidates overlap, the more precise date wins ("Sep. 2" over "on Sep.",
    # "In December last year" over "last year"), then the longer span, not counting a
    # preposition before it ("Friday 8" over "on Friday").
    text = sentence.text
    ordered = sorted(
        _candidates(sentence, published),
        key=lambda c: (
            -_precision(c.value.value),
            -(c.end - c.start - _leading_preposition(text, c.start, c.end)),
            -(c.end - c.start),
            c.priority,
            c.start,
        ),
    )
    # Chosen spans kept sorted by start, so an overlap test is a binary search, not a scan.
    starts: list[int] = []
    for candidate in ordered:
        index = bisect_left(starts, candidate.start)
        if index > 0 and chosen[index - 1].end > candidate.start:
            continue
        if index < len(chosen) and chosen[index].start < candidate.end:
            continue
        starts.insert(index, candidate.start)
        chosen.insert(index, candidate)
    chosen = _join(chosen, sentence.text)
    claims = []
    for candidate in chosen:
        text = sentence.text[candidate.start : candidate.end]
        if _SENTENCE_STOP.search(text):
            text = text[:-1]
            candidate = _Candidate(candidate.start, candidate.end - 1, candidate.value, 0)
        claims.append(
            Claim(
                source=sentence.source,
                sentence=sentence.index,
                kind=ClaimKind.DATE,
                text=text,
                start=sentence.start + candidate.start,
                end=sentence.start + candidate.end,
                value=candidate.value.value,
                context=sentence.text,
                resolved=candidate.value.resolved,
            )
        )
    return claims


_FULL_DATE = re.compile(
    r"\b(?:(?P<mon>"
    + _MON
    + r")\.?\s{1,3}(?P<d>"
    + _DAY
    + r")"
    + _ORD
    + r",?\s{1,3}(?P<y>"
    + _YEAR
    + r")|(?P<d2>"
    + _DAY
    + r")"
    + _ORD
    + r"\s{1,3}(?:of\s)?(?P<mon2>"
    + _MON
    + r")\.?,?\s{1,3}(?P<y2>"
    + _YEAR
    + r")|(?P<iy>"
    + _YEAR
    + r")-(?P<im>\d\d)-(?P<id>\d\d))\b",
    _RE,
)


def latest_past_full_date(text: str) -> dt.date | None:
    """The latest complete date (day, month and year) the text reports in the past tense.

    Used to infer a publication date for an article that states none.
    """
    best: dt.date | None = None
    for match in _FULL_DATE.finditer(text):
        if match["iy"]:
            day = _safe_date(int(match["iy"]), int(match["im"]), int(match["id"]))
        elif match["mon"]:
            month = _month_number(match["mon"])
            day = _safe_date(int(match["y"]), month, int(match["d"])) if month else None
        else:
            month = _month_number(match["mon2"])
            day = _safe_date(int(match["y2"]), month, int(match["d2"])) if month else None
        if day is None:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        offset = match.start() - line_start
        if tense_at(line, offset, offset + len(match.group(0))) is Tense.FUTURE:
            continue
        if best is None or day > best:
            best = day
    return best
