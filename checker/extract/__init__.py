"""Stage 3: typed claims from sentences, one module per claim kind."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from checker.extract.common import Tense, content_words, tense_at
from checker.extract.dates import NARRATED_DAY_SHIFT, WEEKDAYS, extract_dates, is_iso_day
from checker.extract.numbers import canonical_value, extract_numbers, pounds_of_weight
from checker.extract.quotes import extract_quotes, find_quote_spans
from checker.models import Article, Claim, ClaimKind, Sentence

__all__ = ["extract_claims", "stamp_dates"]

# A sentence with fewer content words than this borrows the one before it as context.
_SHORT_SENTENCE = 5


def extract_claims(
    article: Article,
    sentences: tuple[Sentence, ...],
    kinds: frozenset[ClaimKind] = frozenset(ClaimKind),
    limit: int | None = None,
) -> tuple[Claim, ...]:
    """Every claim of the article, ordered by position then kind.

    With ``limit``, extraction stops soon after that many claims (the caller reports it):
    hostile input can hold tens of thousands of date-like strings.
    """
    claims: list[Claim] = []
    # Dates are read even when only figures are wanted: a date is never also a figure.
    figures_or_dates = bool(kinds & {ClaimKind.DATE, ClaimKind.NUMBER})
    for sentence in sentences if figures_or_dates else ():
        if limit is not None and len(claims) > limit:
            break
        dates = extract_dates(sentence, article.published)
        taken = [(c.start - sentence.start, c.end - sentence.start) for c in dates]
        if ClaimKind.DATE in kinds:
            claims.extend(dates)
        if ClaimKind.NUMBER in kinds:
            claims.extend(extract_numbers(sentence, taken))
    if ClaimKind.DATE in kinds:
        claims = _unanchor_quoted_deixis(claims, article)
        claims = _days_after_the_told_day(claims, article.published)
        claims = _weekdays_of_the_dated_days(claims, article.published)
        claims = _without_stamps_and_opening_hours(claims, article.text)
    if ClaimKind.NUMBER in kinds:
        claims = _sums_in_the_articles_currency(claims, article.text)
        claims = pounds_of_weight(claims)
    if ClaimKind.QUOTE in kinds:
        claims.extend(extract_quotes(article, sentences))
    if article.dateline_span is not None:
        low, high = article.dateline_span
        claims = [c for c in claims if not (low <= c.start and c.end <= high)]
    # Only sentences that hold a claim and have a sentence before them need the test.
    bare = {
        s.index
        for s in (sentences[i] for i in sorted({c.sentence for c in claims if c.sentence}))
        if s.role == "post" or len(content_words(s.text)) < _SHORT_SENTENCE
    }
    claims = [_with_neighbour(c, sentences, bare) for c in claims]
    claims.sort(key=lambda c: (c.start, c.end, c.kind.value))
    return tuple(claims)


# "sold for 47.6 million", "fetched 3.2m", "valued at 1.4 billion": a price with no currency.
_PRICE_BEFORE = re.compile(
    r"\b(?:sold|went|bought|auctioned|fetched|paid|valued|priced|worth|costs?|costing|raised)"
    r"(?:\s(?:for|at|out))?(?:\s(?:about|around|almost|nearly|some|roughly|over|more\sthan))?\s$",
    re.I,
)


def _sums_in_the_articles_currency(claims: list[Claim], text: str) -> list[Claim]:
    """A price told without its currency ("sold for 47.6 million", in a transcript that says
    "dollars" elsewhere) is money in the one currency the article uses; with none or several,
    it stays a number."""
    currencies = {
        c.quantity.unit
        for c in claims
        if c.kind is ClaimKind.NUMBER and c.quantity and c.quantity.dimension == "money"
    }
    if len(currencies) != 1:
        return claims
    (currency,) = currencies
    for index, claim in enumerate(claims):
        quantity = claim.quantity
        if (
            claim.kind is ClaimKind.NUMBER
            and quantity is not None
            and quantity.dimension == "count"
            and not quantity.unit
            and quantity.amount >= 1000
            and _PRICE_BEFORE.search(text, max(0, claim.start - 30), claim.start)
        ):
            money = replace(quantity, unit=currency, dimension="money")
            claims[index] = replace(claim, quantity=money, value=canonical_value(money))
    return claims


def _with_neighbour(claim: Claim, sentences: tuple[Sentence, ...], bare: set[int]) -> Claim:
    """``bare``: indices of sentences too short (or too bare, like a post's attribution line)
    to say what their claims are about."""
    if claim.kind is ClaimKind.QUOTE or claim.sentence not in bare or claim.sentence == 0:
        return claim
    return replace(claim, neighbour=sentences[claim.sentence - 1].text)


def _days_after_the_told_day(claims: list[Claim], published: dt.date | None) -> list[Claim]:
    """ "Chloe Marsh drove into the underpass on Tuesday night; her body was found the
    following day": the day after the last day the article has named; before any, the day
    after publication ("I'll go back the next day")."""
    told = published
    for index, claim in enumerate(claims):
        if claim.kind is not ClaimKind.DATE:
            continue
        if claim.resolved and is_iso_day(claim.value[:10]):
            told = dt.date.fromisoformat(claim.value[:10])
            continue
        shift = NARRATED_DAY_SHIFT.get(claim.value.removeprefix("relative:"))
        if shift is not None and told is not None:
            day = (told + dt.timedelta(days=shift)).isoformat()
            claims[index] = replace(claim, value=day, resolved=True)
    return claims


_WEEKDAY_NAMES = "|".join(day.capitalize() for day in WEEKDAYS)
# A weekday told with its date: "Tuesday, 13 July", "Thursday 16 March 2028", "Friday, May 3".
_DATED_WEEKDAY = re.compile(rf"^(?:on\s)?({_WEEKDAY_NAMES}),?\s(?=.*\d)", re.I)
# A weekday told bare, which publication date alone resolves ("on Tuesday", "Thursday night"),
# not "last Tuesday" or "next Friday".
_BARE_WEEKDAY = re.compile(
    rf"^(?:(?:on|from|until|till|by|since)\s)?({_WEEKDAY_NAMES})"
    r"(?:\s(?:morning|afternoon|evening|night))?$",
    re.I,
)


def _weekdays_of_the_dated_days(
    claims: list[Claim], published: dt.date | None = None
) -> list[Claim]:
    """ "The strike runs from Tuesday, 13 July ... 412 flights on Tuesday": once an article
    has dated a weekday, the same weekday told bare within a week of it is that day, whatever
    the publication date alone would make of it; unless the bare day's own tense put it on
    its side of the publication date ("to celebrate Saturday's victory" is past, the
    parade "on Saturday, 26 May" to come)."""
    dated: dict[str, dt.date] = {}
    for claim in claims:
        if claim.kind is ClaimKind.DATE and is_iso_day(claim.value[:10]):
            named = _DATED_WEEKDAY.match(claim.text)
            day = dt.date.fromisoformat(claim.value[:10])
            if named and WEEKDAYS[day.weekday()] == named.group(1).lower():
                dated.setdefault(named.group(1).lower(), day)
    if not dated:
        return claims
    bare_days: list[tuple[int, str, dt.date]] = []
    for index, claim in enumerate(claims):
        bare = _BARE_WEEKDAY.match(claim.text) if claim.kind is ClaimKind.DATE else None
        if bare is not None and is_iso_day(claim.value[:10]):
            bare_days.append(
                (index, bare.group(1).lower(), dt.date.fromisoformat(claim.value[:10]))
            )
    anchored: dict[int, dt.date] = {}  # sentence -> a dated day one of its weekdays named
    for index, weekday, day in bare_days:
        anchor = dated.get(weekday)
        if anchor is not None and abs((anchor - day).days) == 7:
            if published is not None and _told_on_its_side(claims[index], day, anchor, published):
                continue
            claims[index] = replace(
                claims[index], value=anchor.isoformat() + claims[index].value[10:]
            )
            anchored.setdefault(claims[index].sentence, anchor)
    # "412 flights on Tuesday, 388 on Wednesday and 364 on Thursday": the other weekdays of
    # that sentence are the days around the dated one.
    for index, weekday, day in bare_days:
        anchor = anchored.get(claims[index].sentence)
        if anchor is None or dated.get(weekday) is not None:
            continue
        shift = (WEEKDAYS.index(weekday) - anchor.weekday() + 3) % 7 - 3
        near = anchor + dt.timedelta(days=shift)
        if near != day:
            claims[index] = replace(
                claims[index], value=near.isoformat() + claims[index].value[10:]
            )
    return claims


def _told_on_its_side(claim: Claim, day: dt.date, anchor: dt.date, published: dt.date) -> bool:
    """Whether a bare weekday's tense puts it on the other side of the publication date from
    the dated day of its name."""
    if (day < published) == (anchor < published):
        return False
    at = claim.context_at
    tense = tense_at(claim.context, at, at + len(claim.text)) if at >= 0 else Tense.UNKNOWN
    return tense is (Tense.PAST if day < published else Tense.FUTURE)


# "update at 18:00", "as of 6pm", "Last updated 14:05": when a report was written, not when
# anything happened ("results were published on March 2" is an event).
_STAMP_BEFORE = re.compile(
    r"\b(?:updated?|as\sof|as\sat|correct\sat)(?:\s(?:at|on))?:?\s$",
    re.I,
)
# "open 8am to 8pm", "9am-5pm": opening hours or a closure's window, two ends of no event.
_CLOCK = r"\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m\.?|h(?:rs)?)?"
_SPAN_AFTER = re.compile(r"\s?(?:to|-|–|until|till)\s?" + _CLOCK + r"\b", re.I)
_SPAN_BEFORE = re.compile(_CLOCK + r"\s?(?:to|-|–|until|till)\s?$", re.I)


# "Issued 15 November 2027, 08:00" on a line of its own: when a bulletin went out.
# ("Update issued:", "Statement released at", "Page last updated": what was issued may lead.)
_STAMP_WORDS = (
    r"\W{0,4}(?:(?:update|statement|bulletin|notice|report|story|page|article)\s)?"
    r"(?:issued|published|posted|released|last\supdated)"
)
_STAMP_LINE = re.compile(r"^" + _STAMP_WORDS + r"(?:\s(?:at|on))?:?\s$", re.I | re.MULTILINE)
_STAMP_OPENING = re.compile(_STAMP_WORDS + r"\b", re.I)
_STAMP_REACH = 24  # characters from the line's start to the stamp's date


# "13:45 - Reservoir stocks were at 41% ...": a live blog's entry opens with the time it was
# posted, which tells when the outlet wrote, not when anything happened.
_ENTRY_OPENING = re.compile(r"(?:\A|\n)[^\S\n]*\Z")  # nothing before it on its line
_ENTRY_AFTER = re.compile(r"\s?(?:[A-Z]{2,4}\s?)?[-–—|:]\s")


def _stamped(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` of ``text`` is a stamp's or a masthead's."""
    return bool(
        _STAMP_LINE.search(text, max(0, start - _STAMP_REACH), start)
        or (
            _YEAR_TOLD.search(text, start, end)  # (a whole date: not "back |Friday")
            and _MASTHEAD_BEFORE.search(text, max(0, start - _MASTHEAD_REACH), start)
            and _MASTHEAD_AFTER.match(text, end)
        )
    )


# "Lissendale Herald | Friday 17 September 2027" and "Maritime Ledger | Shipbuilding | 17
# April 2029, 09:15" on a line of their own: the outlet's masthead, when it printed.
_MASTHEAD_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*[A-Z][^\n.!?|]{0,60}(?:\|[^\n.!?|]{0,40})*\|\s?$")
_MASTHEAD_AFTER = re.compile(r"(?:,?\s\d{1,2}[:.]\d\d(?:\s?[ap]\.?m\.?)?)?[^\S\n]*(?:\n|$)", re.I)
_MASTHEAD_REACH = 120
_YEAR_TOLD = re.compile(r"\b\d{4}\b")


def _entry_time(text: str, claim: Claim) -> bool:
    """Whether a clock time opens a live blog's entry ("08:30 - Good morning ...")."""
    return (
        claim.value.startswith("T")
        and bool(_ENTRY_AFTER.match(text, claim.end))
        and bool(_ENTRY_OPENING.search(text, max(0, claim.start - 8), claim.start))
    )


def stamp_dates(sentences: Sequence[Sentence]) -> list[Claim]:
    """The dates of an article's stamp lines ("Posted Sunday 11 November 2029", "Issued:
    Thursday 16 January 2031, 09:00"). They are no claims, since nothing happened on them,
    but a weekday they name that does not match their date is a slip all the same (see
    internal.py). Only lines that open with a stamp's word are read again."""
    stamps = []
    for sentence in sentences:
        if _STAMP_OPENING.match(sentence.text) or "|" in sentence.text:
            stamps.extend(
                date
                for date in extract_dates(sentence, None)
                if _stamped(sentence.text, date.start - sentence.start, date.end - sentence.start)
            )
    return stamps


# "at 3.12am local time on Tuesday (2212 GMT Monday)": the moment again in another zone, a
# restatement that would otherwise be read as a day of its own.
_ZONE_ASIDE = re.compile(r"\([^()]{0,30}\b(?:GMT|UTC)\b[^()]{0,30}\)")
_LOCAL_BEFORE = re.compile(
    r"(?:\blocal\stime|\d(?:[.:]\d\d)?\s?[ap]\.?m\.?|\d:\d\d)[^()]{0,30}$", re.I
)


def _in_zone_aside(text: str, claim: Claim) -> bool:
    opening = text.rfind("(", max(0, claim.start - 30), claim.start + 1)
    if opening < 0:
        return False
    aside = _ZONE_ASIDE.match(text, opening)
    return (
        aside is not None
        and aside.end() >= claim.end
        and bool(_LOCAL_BEFORE.search(text, max(0, opening - 60), opening))
    )


def _without_stamps_and_opening_hours(claims: list[Claim], text: str) -> list[Claim]:
    kept = []
    for claim in claims:
        if claim.kind is ClaimKind.DATE:
            if _STAMP_BEFORE.search(text, max(0, claim.start - 24), claim.start):
                continue
            if _in_zone_aside(text, claim):
                continue
            if _stamped(text, claim.start, claim.end) or _entry_time(text, claim):
                continue
            if claim.value.startswith("T") and (
                _SPAN_AFTER.match(text, claim.end)
                or _SPAN_BEFORE.search(text, max(0, claim.start - 16), claim.start)
            ):
                continue
        kept.append(claim)
    return kept


# Words that name a day from where the speaker stands. Inside a quotation that is the day the
# words were spoken, which the publication date does not give ("“Tonight the voters asked
# us ...”", quoted by a paper the next morning).
_SPEAKERS_DAY = re.compile(
    r"(?:(?:earlier|later)\s)?(?:today|tonight|yesterday|tomorrow|last\snight|"
    r"this\s(?:morning|afternoon|evening))",
    re.I,
)


def _unanchor_quoted_deixis(claims: list[Claim], article: Article) -> list[Claim]:
    deictic = [
        i
        for i, c in enumerate(claims)
        if c.kind is ClaimKind.DATE and c.resolved and _SPEAKERS_DAY.fullmatch(c.text.strip())
    ]
    if not deictic:
        return claims
    spans = find_quote_spans(article.text, article.body_start)
    starts = [span.start for span in spans]
    for i in deictic:
        claim = claims[i]
        index = bisect_right(starts, claim.start) - 1
        if index >= 0 and claim.end <= spans[index].end:
            claims[i] = replace(
                claim, value=f"relative:{' '.join(claim.text.lower().split())}", resolved=False
            )
    return claims
