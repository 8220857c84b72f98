"""Date claims: absolute dates, months, years, weekdays and relative phrases.

Every pattern is a flat alternation with bounded repeats (no nested quantifiers), so matching
stays linear on any input. Candidates from all patterns are collected, the longest wins where
they overlap, and each is resolved against the article's publication date: past tense picks the
latest such day on or before it, future tense the next one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from checker.extract.common import Tense, tense_at
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

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
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
    start: int
    end: int
    value: DateValue
    # Lower wins among equally long overlapping candidates.
    priority: int = 0


def _month_number(token: str) -> int | None:
    return MONTHS.get(token.lower().rstrip("."))


def _weekday_number(token: str) -> int | None:
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


def resolve_day(month: int, day: int, published: dt.date | None, tense: Tense) -> DateValue:
    """A month and day without a year, placed by tense around the publication date."""
    if published is None:
        return DateValue(f"--{month:02d}-{day:02d}", resolved=False)
    options = [
        d
        for year in (published.year - 1, published.year, published.year + 1)
        if (d := _safe_date(year, month, day)) is not None
    ]
    if not options:
        return DateValue(f"--{month:02d}-{day:02d}", resolved=False)
    return DateValue(_pick(options, published, tense).isoformat())


def resolve_month(month: int, published: dt.date | None, tense: Tense) -> DateValue:
    if published is None:
        return DateValue(f"--{month:02d}", resolved=False)
    options = [
        dt.date(year, month, 1) for year in (published.year - 1, published.year, published.year + 1)
    ]
    anchor = published.replace(day=1)
    chosen = _pick(options, anchor, tense)
    return DateValue(f"{chosen.year:04d}-{chosen.month:02d}")


def _pick(options: list[dt.date], anchor: dt.date, tense: Tense) -> dt.date:
    if tense is Tense.PAST:
        past = [d for d in options if d <= anchor]
        if past:
            return max(past)
    elif tense is Tense.FUTURE:
        future = [d for d in options if d >= anchor]
        if future:
            return min(future)
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
    if modifier in ("last", "past", "previous"):
        delta = -(back or 7)
    elif modifier in ("next", "coming"):
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


def resolve_relative(phrase: str, published: dt.date | None) -> DateValue:
    """ "last year", "this week", "yesterday", "three days ago", "earlier this month"."""
    text = " ".join(phrase.lower().split())
    if published is None:
        return DateValue(f"relative:{text}", resolved=False)
    if text in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return DateValue(published.isoformat())
    if text in ("yesterday", "last night"):
        return DateValue((published - dt.timedelta(days=1)).isoformat())
    if text == "tomorrow":
        return DateValue((published + dt.timedelta(days=1)).isoformat())
    if text == "the day before yesterday":
        return DateValue((published - dt.timedelta(days=2)).isoformat())
    if text == "the day after tomorrow":
        return DateValue((published + dt.timedelta(days=2)).isoformat())
    ago = re.fullmatch(r"(\w+) (day|week|month|year)s? ago", text)
    if ago:
        word = ago.group(1)
        words = parse_number_words("one" if word in ("a", "an") else word)
        count = int(word) if word.isdigit() else (int(words) if words is not None else None)
        if count is None:
            return DateValue(f"relative:{text}", resolved=False)
        unit = ago.group(2)
        if unit == "day":
            return DateValue((published - dt.timedelta(days=count)).isoformat())
        if unit == "week":
            return DateValue(_iso_week(published - dt.timedelta(weeks=count)))
        if unit == "month":
            year, month = _shift_month(published, -count)
            return DateValue(f"{year:04d}-{month:02d}")
        return DateValue(f"{published.year - count:04d}")
    words = text.split()
    unit = words[-1]
    if "last" in words or "past" in words or "previous" in words:
        step = -1
    elif "next" in words or "coming" in words:
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

_Handler = Callable[[re.Match[str], Sentence, dt.date | None], DateValue | None]
_PATTERNS: list[tuple[re.Pattern[str], _Handler, int]] = []


def _pattern(regex: str, priority: int = 0, flags: int = _RE) -> Callable[[_Handler], _Handler]:
    def register(handler: _Handler) -> _Handler:
        _PATTERNS.append((re.compile(regex, flags), handler, priority))
        return handler

    return register


def _tense(match: re.Match[str], sentence: Sentence) -> Tense:
    return tense_at(sentence.text, match.start(), match.end())


def _ambiguous_month_word(token: str) -> bool:
    # "may" and "march" are common words; accept them as months only when capitalised.
    lower = token.lower().rstrip(".")
    return lower in ("may", "mar", "march") and not token[:1].isupper()


@_pattern(r"\b(?P<y>" + _YEAR + r")-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b")
def _iso(match: re.Match[str], sentence: Sentence, published: dt.date | None) -> DateValue | None:
    day = _safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
    return DateValue(day.isoformat()) if day else None


@_pattern(
    r"\b(?:(?P<wd>"
    + _WD
    + r")\.?,?\s{1,3})?(?P<mon>"
    + _MON
    + r")\.?[\s-]{1,3}"
    + _DAY_SPAN
    + r"(?![\d:])(?:,?\s{1,3}(?P<y>"
    + _YEAR
    + r")\b)?"
)
def _month_day(
    match: re.Match[str], sentence: Sentence, published: dt.date | None
) -> DateValue | None:
    if _ambiguous_month_word(match["mon"]):
        return None
    return _day_value(match, sentence, published)


@_pattern(
    r"\b(?:(?P<wd>"
    + _WD
    + r")\.?,?\s{1,3}(?:the\s)?)?"
    + _DAY_SPAN
    + r"\s{1,3}(?:of\s{1,3})?(?P<mon>"
    + _MON
    + r")\b\.?(?:,?\s{1,3}(?P<y>"
    + _YEAR
    + r")\b)?"
)
def _day_month(
    match: re.Match[str], sentence: Sentence, published: dt.date | None
) -> DateValue | None:
    if _ambiguous_month_word(match["mon"]):
        return None
    return _day_value(match, sentence, published)


def _day_value(
    match: re.Match[str], sentence: Sentence, published: dt.date | None
) -> DateValue | None:
    month = _month_number(match["mon"])
    if month is None:
        return None
    day = int(match["d"])
    if match["y"]:
        first = _safe_date(int(match["y"]), month, day)
        if first is None:
            return None
        if match["d2"]:
            last = _safe_date(int(match["y"]), month, int(match["d2"]))
            if last and last > first:
                return DateValue(f"{first.isoformat()}/{last.isoformat()}")
        return DateValue(first.isoformat())
    value = resolve_day(month, day, published, _tense(match, sentence))
    if match["d2"] and value.resolved:
        first = dt.date.fromisoformat(value.value)
        last = _safe_date(first.year, month, int(match["d2"]))
        if last and last > first:
            return DateValue(f"{first.isoformat()}/{last.isoformat()}")
    return value


@_pattern(r"\b(?P<mon>" + _MON + r")\.?,?\s{1,3}(?P<y>" + _YEAR + r")\b(?![-–/]\d)")
def _month_year(
    match: re.Match[str], sentence: Sentence, published: dt.date | None
) -> DateValue | None:
    if _ambiguous_month_word(match["mon"]) or (
        match["mon"][:1].islower() and len(match["mon"]) <= 3
    ):
        return None
    month = _month_number(match["mon"])
    return DateValue(f"{int(match['y']):04d}-{month:02d}") if month else None


@_pattern(
    r"\b(?:(?P<prep>" + _PREP + r")\s{1,3}(?:(?:early|late|mid)[- ])?|(?P<mid>mid-))"
    r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan\.|feb\.|mar\.|apr\.|jun\.|jul\.|aug\.|sept?\.|oct\.|nov\.|dec\.|sept|nov|dec|"
    r"oct|aug|jan|feb|apr)(?![\w-])(?:\s{1,3}(?P<rel>last|this|next)\s{1,3}year\b)?",
    priority=1,
)
def _bare_month(
    match: re.Match[str], sentence: Sentence, published: dt.date | None
) -> DateValue | None:
    token = match["mon"]
    if _ambiguous_month_word(token) or (len(token.rstrip(".")) <= 4 and not token[:1].isupper()):
        return None
    month = _month_number(token)
    if month is None:
        return None
    if match["rel"]:
        if published is None:
            return DateValue(f"relative:{match['rel'].lower()} year-{month:02d}", resolved=False)
        year = published.year + {"last": -1, "this": 0, "next": 1}[match["rel"].lower()]
        return DateValue(f"{year:04d}-{month:02d}")
    prep = (match["prep"] or "").lower()
    tense = _tense(match, sentence)
    if prep in ("last", "since"):
        tense = Tense.PAST
    elif prep == "next":
        tense = Tense.FUTURE
    return resolve_month(month, published, tense)


@_pattern(
    r"(?:\b(?P<prep>in|since|by|until|till|through|throughout|during|from|before|after|of|"
    r"early|late|mid|for|year|fiscal|between|the end of|the start of|the beginning of)"
    r"\s{1,3}(?:(?:early|late|mid)[- ])?|(?P<paren>\())(?P<y>" + _YEAR + r")"
    r"(?:\s{0,2}(?:[-–/]|to|and|through)\s{0,2}(?P<y2>" + _YEAR + r"|\d\d)(?!\d))?"
    r"(?P<close>\))?(?![\d,.]\d|\s*(?:%|per\s?cent|percent))",
    priority=2,
)
def _year(match: re.Match[str], sentence: Sentence, published: dt.date | None) -> DateValue | None:
    if match["paren"] and not match["close"]:
        return None
    first = int(match["y"])
    if match["y2"]:
        second_text = match["y2"]
        second = (
            int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
        )
        if second > first:
            return DateValue(f"{first:04d}/{second:04d}")
        return None
    return DateValue(f"{first:04d}")


@_pattern(
    r"\b(?P<y>" + _YEAR + r")\s{0,2}[-–/]\s{0,2}(?P<y2>\d\d(?:\d\d)?)(?![\d-])",
    priority=3,
)
def _year_range(
    match: re.Match[str], sentence: Sentence, published: dt.date | None
) -> DateValue | None:
    first = int(match["y"])
    text = match["y2"]
    second = int(text) if len(text) == 4 else first // 100 * 100 + int(text)
    if not first < second <= first + 30:
        return None
    return DateValue(f"{first:04d}/{second:04d}")


@_pattern(
    r"\b(?:(?P<mod>last|next|this|coming|past|previous|on|earlier\son|later\son|early\son|"
    r"since|by|until|till|from|before|after|late|early)\s{1,3})?"
    r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?P<plural>s)?\b"
    r"(?:\s{1,3}(?P<part>morning|afternoon|evening|night))?",
    priority=1,
)
def _weekday(
    match: re.Match[str], sentence: Sentence, published: dt.date | None
) -> DateValue | None:
    token = match["wd"]
    modifier = (match["mod"] or "").lower()
    if match["plural"]:
        return None  # "on Mondays" is a habit, not a date
    if not modifier:
        if not token[:1].isupper():
            return None
        after = sentence.text[match.end() : match.end() + 30]
        # "Sunday Times", "Monday Night Football": a bare weekday naming something.
        if re.match(r"\s+[A-Z][a-z]", after):
            return None
    weekday = _weekday_number(token)
    if weekday is None:
        return None
    simple = modifier if modifier in ("last", "next", "this", "coming", "past", "previous") else ""
    return resolve_weekday(weekday, published, _tense(match, sentence), simple)


@_pattern(
    r"\b(?P<rel>today|tonight|yesterday|tomorrow|last\snight|"
    r"the\sday\sbefore\syesterday|the\sday\safter\stomorrow|"
    r"(?:(?:earlier|later|early|late)\s)?(?:this|last|next|past|coming|previous)\s"
    r"(?:week(?:end)?|month|year)|"
    r"(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s"
    r"(?:days?|weeks?|months?|years?)\sago)\b(?![-’']s?\w)",
    priority=2,
)
def _relative(
    match: re.Match[str], sentence: Sentence, published: dt.date | None
) -> DateValue | None:
    phrase = match["rel"]
    lower = phrase.lower()
    # "the past year" / "over the past week" describe a span, not a date.
    before = sentence.text[max(0, match.start() - 9) : match.start()].lower()
    if lower.startswith(("past", "previous", "coming")) and "the" in before.split()[-1:]:
        return None
    return resolve_relative(lower, published)


def _candidates(sentence: Sentence, published: dt.date | None) -> Iterator[_Candidate]:
    for pattern, handler, priority in _PATTERNS:
        for match in pattern.finditer(sentence.text):
            value = handler(match, sentence, published)
            if value is not None:
                yield _Candidate(match.start(), match.end(), value, priority)


def _precision(value: str) -> int:
    """3 a day, 2 a week, 1 a month, 0 a year (for a range, its start)."""
    first = value.split("/", 1)[0]
    if first.startswith("weekday:") or re.fullmatch(r"(?:\d{4}|-)-\d\d-\d\d", first):
        return 3
    if "-W" in first or first.endswith(("week", "weekend")):
        return 2
    if re.fullmatch(r"(?:\d{4}|-)-\d\d", first) or first.endswith("month"):
        return 1
    return 0


def extract_dates(sentence: Sentence, published: dt.date | None) -> list[Claim]:
    """Date claims of one sentence, without overlaps, in text order."""
    chosen: list[_Candidate] = []
    # Where candidates overlap, the more precise date wins ("Sep. 2" over "on Sep.",
    # "In December last year" over "last year"), then the longer span.
    ordered = sorted(
        _candidates(sentence, published),
        key=lambda c: (-_precision(c.value.value), -(c.end - c.start), c.priority, c.start),
    )
    for candidate in ordered:
        if any(candidate.start < other.end and other.start < candidate.end for other in chosen):
            continue
        chosen.append(candidate)
    chosen.sort(key=lambda c: c.start)
    claims = []
    for candidate in chosen:
        text = sentence.text[candidate.start : candidate.end]
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
