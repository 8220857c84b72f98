"""How two claim values relate: the same, compatible, different, or not comparable.

Dates compare as intervals (a month contains its days, "2023/2025" its years), figures as
intervals widened by their qualifier and by the precision they were written with ("$1.8
billion" covers 1.75 to 1.85 billion), quotes by their words.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache

from rapidfuzz import fuzz

from checker.extract.common import norm_word
from checker.extract.dates import is_iso_day
from checker.models import Claim, ClaimKind, Quantity
from checker.split import split_text


class Relation(StrEnum):
    SAME = "same"
    COMPATIBLE = "compatible"  # not the same, but both can be true
    DIFFERENT = "different"  # both cannot be true
    INCOMPARABLE = "incomparable"  # other units, unresolved forms


@dataclass(frozen=True, slots=True)
class Comparison:
    """How two claims' values relate, and the words that say why."""

    relation: Relation
    why: str


# -- dates --------------------------------------------------------------------------------


def date_interval(value: str) -> tuple[dt.date, dt.date] | None:
    """The days a canonical date value covers, or None for an unresolved form."""
    if "/" in value:
        left, right = value.split("/", 1)
        first, last = date_interval(left), date_interval(right)
        if first is None or last is None:
            return None
        return first[0], last[1]
    try:
        if is_iso_day(value):
            day = dt.date.fromisoformat(value)
            return day, day
        if re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = int(value[:4]), int(value[5:7])
            start = dt.date(year, month, 1)
            end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
            return start, end
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
        week = re.fullmatch(r"(\d{4})-W(\d{2})", value)
        if week:
            start = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
            return start, start + dt.timedelta(days=6)
    except ValueError:
        return None
    return None


_TIME = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)?T(?P<time>\d\d:\d\d)(?:\s(?P<zone>\w+))?")


_ROUNDED_MINUTES = 5
_ROUNDED_HOUR_MINUTES = 10  # a time told on the hour may be rounded this far


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def _compare_times(a: str, b: str) -> Comparison | None:
    """Times of day: the same minute (and zone, where both say one) or not."""
    first, second = _TIME.fullmatch(a), _TIME.fullmatch(b)
    if not first or not second:
        return None
    if _in_another_zone(first, second):
        # "3.12am local time (2212 GMT)": one moment told in two zones, which a time of no
        # named zone cannot rule out.
        return Comparison(
            Relation.INCOMPARABLE, f"{a} and {b}: one in a named zone, one in local time"
        )
    if first["day"] and second["day"] and first["day"] != second["day"]:
        return Comparison(Relation.DIFFERENT, f"{a} vs {b}: different days")
    if first["zone"] and second["zone"] and first["zone"] != second["zone"]:
        return Comparison(Relation.INCOMPARABLE, f"{a} and {b} are in different time zones")
    if first["time"] != second["time"]:
        apart = abs(_minutes(first["time"]) - _minutes(second["time"]))
        apart = min(apart, 24 * 60 - apart)
        if apart <= _ROUNDED_MINUTES:
            # "at around 2.40am" and "the first call came at 02:43": one moment, rounded.
            return Comparison(Relation.COMPATIBLE, f"{a} and {b} are minutes apart")
        on_the_hour = first["time"].endswith(":00") or second["time"].endswith(":00")
        if on_the_hour and apart <= _ROUNDED_HOUR_MINUTES:
            # "declared at 3am" and "at 3.10 a.m.": a whole hour is a time rounded.
            return Comparison(Relation.COMPATIBLE, f"{a} and {b}: a whole hour, rounded")
        return Comparison(Relation.DIFFERENT, f"{a} vs {b}: different times")
    return Comparison(Relation.COMPATIBLE, f"the same time, {a} and {b}")


def _in_another_zone(first: re.Match[str], second: re.Match[str]) -> bool:
    """One time names a zone and the other none, the hours differ and the minutes are the
    same, and not a round hour ("03:12" and "22:12 GMT"), within a day of each other."""
    if bool(first["zone"]) == bool(second["zone"]):
        return False
    hours_a, minutes_a = first["time"].split(":")
    hours_b, minutes_b = second["time"].split(":")
    if minutes_a != minutes_b or minutes_a in ("00", "30") or hours_a == hours_b:
        return False
    if first["day"] and second["day"]:
        apart = dt.date.fromisoformat(first["day"]) - dt.date.fromisoformat(second["day"])
        return abs(apart.days) <= 1
    return True


def compare_dates(a: str, b: str) -> Comparison:
    if a == b:
        return Comparison(Relation.SAME, f"both {a}")
    times = _compare_times(a, b)
    if times is not None:
        return times
    midnight = (
        _midnight_ends(a, b) or _midnight_ends(b, a) or _small_hours(a, b) or _small_hours(b, a)
    )
    if midnight:
        return Comparison(Relation.COMPATIBLE, midnight)
    # A time on a day compares with a bare day as that day.
    a, b = a.split("T")[0] or a, b.split("T")[0] or b
    if a == b:
        # The day is what is compared; a time of day only adds to it ("at 6am on Monday").
        return Comparison(Relation.SAME, f"both on {a}, one with a time of day")
    first, second = date_interval(a), date_interval(b)
    if first is None or second is None:
        return Comparison(Relation.INCOMPARABLE, f"{a} and {b} cannot be placed on one calendar")
    if first[1] < second[0] or second[1] < first[0]:
        return Comparison(Relation.DIFFERENT, f"{a} vs {b}")
    if first[0] <= second[0] and second[1] <= first[1]:
        return Comparison(Relation.COMPATIBLE, f"{b} falls within {a}")
    if second[0] <= first[0] and first[1] <= second[1]:
        return Comparison(Relation.COMPATIBLE, f"{a} falls within {b}")
    return Comparison(Relation.COMPATIBLE, f"{a} and {b} overlap")


def _midnight_ends(a: str, b: str) -> str:
    """ "until midnight on Thursday" is told as Friday 00:00, and it is where Thursday ends:
    a bare day the day before that midnight is the same moment's day."""
    if not a.endswith("T00:00") or "T" in b or not is_iso_day(a[:10]) or not is_iso_day(b):
        return ""
    before = dt.date.fromisoformat(a[:10]) - dt.timedelta(days=1)
    return f"midnight at the end of {b} is {a}" if before.isoformat() == b else ""


_SMALL_HOURS_END = 5  # o'clock: before it, a night still belongs to the evening before


def _small_hours(a: str, b: str) -> str:
    """ "02:12 on Thursday" is in the night that began on Wednesday evening: a bare day the
    day before is that night's day, as an outlet telling "Wednesday night" gives it."""
    if "T" not in a or "T" in b or not is_iso_day(a[:10]) or not is_iso_day(b):
        return ""
    hour = a[11:13]
    if not hour.isdigit() or int(hour) >= _SMALL_HOURS_END:
        return ""
    before = dt.date.fromisoformat(a[:10]) - dt.timedelta(days=1)
    return f"{a} is in the night that began on {b}" if before.isoformat() == b else ""


# "before October" is any day until the end of September: a bound, not a date.
_BOUND = re.compile(r"^(?P<word>before|by|until|till|no\slater\sthan|after|since)\s", re.I)


# "the first ... since", "the largest ... since": the date of the last such thing, a day,
# not the start of a span.
# (Superlatives by name: "interest", "protest" and "harvest" end as they do.)
_FIRST_SINCE = re.compile(
    r"\b(?:first|last|only|most|fewest|least|worst|best|(?:high|low|larg|bigg|small|great|"
    r"long|short|heavi|wett|dri|hott|cold|warm|deep|strong|weak|fast|slow|busi|quiet)est)\b"
    r"[^,.;:]*$",
    re.I,
)
_FIRST_REACH = 60
# A state that began on the day "since" names: "has been closed since Monday", "have been
# missing since Friday night" (not a count to now: "six people have died since Monday").
_STATE_SINCE = re.compile(
    r"\b(?:has|have|had)\s(?:been\s|remained\s|stayed\s)(?:[a-z]+\s){0,2}?"
    r"(?:closed|shut|open|missing|suspended|grounded|offline|stranded|trapped|"
    r"blocked|cut\soff|off\sair|without\s[a-z]+)\s(?:[a-z]+\s){0,3}?$",
    re.I,
)
_STATE_REACH = 80


def first_since(sentence: str, at: int) -> bool:
    """Whether the "since ..." at ``at`` follows a first or a most ("the first ferry since
    1989", "the largest loss since 1996"): it dates the last such thing."""
    return at >= 0 and bool(_FIRST_SINCE.search(sentence, max(0, at - _FIRST_REACH), at))


def _bounded_interval(claim: Claim) -> tuple[dt.date, dt.date] | None:
    """The days a date claim allows when its words make it a bound, else None."""
    found = _BOUND.match(claim.text.strip())
    interval = date_interval(claim.value.split("T")[0]) if found else None
    if found is None or interval is None:
        return None
    at = claim.context_at
    if at >= 0 and claim.context.startswith(("'s", "’s"), at + len(claim.text)):
        return None  # "after Saturday's tornado": the day of the tornado, not a bound
    word = found["word"].lower()
    if word == "before":
        return dt.date.min, interval[0] - dt.timedelta(days=1)
    if word == "after":
        return interval[1] + dt.timedelta(days=1), dt.date.max
    if word == "since":
        if first_since(claim.context, at):
            return None  # "the first ferry for Stoddon since 1989": when the last one was
        if at >= 0 and _STATE_SINCE.search(claim.context, max(0, at - _STATE_REACH), at):
            return None  # "has been closed since Monday": the day it closed
        return interval[0], dt.date.max
    return dt.date.min, interval[1]  # by, until, till, no later than


def _edges_differ(
    a: Claim,
    b: Claim,
    bound_a: tuple[dt.date, dt.date] | None,
    bound_b: tuple[dt.date, dt.date] | None,
) -> bool:
    """ "since October" and "since November", "before May" and "before June": two bounds
    open on the same side tell where the bound lies, and there they disagree (each allows
    much of the other's days, yet both cannot be the start). "since 2013" and "since March
    2013" name one edge, one more precisely. (``bound_a`` and ``bound_b``: the bounds'
    days, see _bounded_interval.)"""
    if bound_a is None or bound_b is None:
        return False
    open_start = bound_a[0] == bound_b[0] == dt.date.min
    open_end = bound_a[1] == bound_b[1] == dt.date.max
    edge_a = date_interval(a.value.split("T")[0])
    edge_b = date_interval(b.value.split("T")[0])
    if not (open_start or open_end) or edge_a is None or edge_b is None:
        return False
    return edge_a[1] < edge_b[0] or edge_b[1] < edge_a[0]


# "the end of July" and "early August": halves of months, each reaching a few days past
# the turn of the month, since the two name the same fortnight in other words.
_MONTH_HALF = re.compile(
    r"^(?:for\s|in\s|by\s)?(?:the\s)?(?:(?P<late>late|end\sof|end-)|(?P<mid>mid|middle\sof)|"
    r"(?P<early>early|start\sof|beginning\sof|start-))[\s-]?[a-z]",
    re.I,
)
_HALF_REACH = dt.timedelta(days=3)


def _month_half(claim: Claim) -> tuple[dt.date, dt.date] | None:
    """The days "late July" or "the beginning of August" name, else None."""
    found = _MONTH_HALF.match(claim.text.strip())
    if found is None or len(claim.value) != 7:
        return None
    interval = date_interval(claim.value)
    if interval is None:
        return None
    first, last = interval
    if found["late"]:
        return first + dt.timedelta(days=15), last + _HALF_REACH
    if found["mid"]:
        return first + dt.timedelta(days=7), first + dt.timedelta(days=22)
    return first - _HALF_REACH, first + dt.timedelta(days=14)


def _compare_bounds(a: Claim, b: Claim) -> Comparison | None:
    """A bound ("before October", "since 2013") or a half of a month ("late July") against
    a date, or two of them."""
    half_a, half_b = _month_half(a), _month_half(b)
    if a.value == b.value and (half_a is None or half_b is None):
        return None  # "by May 20" and "May 20" name one day; "July" holds "late July"
    open_a, open_b = _bounded_interval(a), _bounded_interval(b)
    bound_a, bound_b = open_a or half_a, open_b or half_b
    if bound_a is None and bound_b is None:
        return None
    if bound_a == bound_b:
        return Comparison(Relation.SAME, f"'{a.text}' and '{b.text}' name the same days")
    first = bound_a or date_interval(a.value.split("T")[0])
    second = bound_b or date_interval(b.value.split("T")[0])
    if first is None or second is None:
        return None
    if _edges_differ(a, b, open_a, open_b):
        return Comparison(
            Relation.DIFFERENT, f"'{a.text}' and '{b.text}' set the bound on different days"
        )
    if first[1] < second[0] or second[1] < first[0]:
        return Comparison(Relation.DIFFERENT, f"'{a.text}' rules out '{b.text}'")
    return Comparison(Relation.COMPATIBLE, f"'{a.text}' allows '{b.text}'")


# -- figures ------------------------------------------------------------------------------


_ROUNDING_SHARE = 0.1
_ABOUT_SHARE = 0.15  # the most an "about" figure's step widens it by, of itself


def _both_about(a: Quantity, b: Quantity) -> bool:
    return a.qualifier == b.qualifier == "about" and a.high is None and b.high is None


def _within(amount: float, interval: tuple[float, float]) -> bool:
    return interval[0] - 1e-9 <= amount <= interval[1] + 1e-9


def figure_interval(quantity: Quantity) -> tuple[float, float]:
    """The values a figure allows, given its qualifier and the precision it was written in."""
    low = quantity.amount
    high = quantity.high if quantity.high is not None else quantity.amount
    half_step = quantity.step / 2 if quantity.high is None else 0.0
    if (
        quantity.high is None
        and quantity.dimension == "percent"
        and not quantity.step
        and float(quantity.amount).is_integer()
    ):
        # "up 6%" for another outlet's 6.2%: news rounds a share or a change to whole per
        # cent. (Within one article, "10% split as 4%, 3% and 2%" is exact: see internal.)
        half_step = 0.5
    # A round figure is rounded, but not by a quarter of itself: "$2 billion" may stand for
    # $2.1 billion, not for $2.5 billion; "300" for 320, not for 340.
    half_step = min(half_step, _ROUNDING_SHARE * abs(quantity.amount)) or half_step
    qualifier = quantity.qualifier or ""
    # Qualifiers are loose in news: "more than a dozen" is 13-ish to 19-ish, not 13 to infinity.
    # "At least" is a floor a count soon passes ("at least 20 hurt", then 38); "more than"
    # is told near the figure ("more than 90,000 customers" is not 214,000).
    # (Reaches are told in size, so that a cold "above -31C" reaches up towards -15C.)
    if qualifier == "at least":
        return low, low + abs(low) + quantity.step
    if qualifier == "more than":
        return low, low + abs(low) * 0.5 + quantity.step
    if qualifier in ("up to", "less than"):
        return high - abs(high) * 0.5, high
    if qualifier == "nearly":
        return low - abs(low) * 0.1, low + half_step
    if qualifier == "about":
        # "about 120" is a figure rounded to its step, give or take one step: 110 to 130;
        # "around 22,000" is not 24,000. (A tenth either way let both through.)
        # A figure of one significant digit is not loose by a whole step: "around four
        # thousand" is not 3,000 ("about a million" may be 1.1 million).
        step = min(quantity.step, _ABOUT_SHARE * abs(high))
        slack = max(step, 0.05 * abs(high), 1.0 if quantity.dimension == "count" else 0.0)
        return low - slack, high + slack
    if qualifier.endswith(" of"):  # "tens of billions"
        return low, high
    return low - half_step, high + half_step


def _factors() -> dict[str, tuple[str, float]]:
    """Canonical unit -> (dimension, factor to the dimension's base unit)."""
    from checker.extract.numbers import UNITS

    table = {canonical: (dimension, factor) for canonical, dimension, factor in UNITS.values()}
    table.update({"pp": ("points", 1.0), "bp": ("points", 0.01)})
    return table


_FACTORS = _factors()


def convert(quantity: Quantity, unit: str) -> Quantity | None:
    """The same quantity in another unit of its dimension, or None if it cannot be."""
    source, target = _FACTORS.get(quantity.unit), _FACTORS.get(unit)
    if source is None or target is None or source[0] != target[0]:
        return None
    if source[0] == "temperature":
        return _temperature(quantity, unit)
    ratio = source[1] / target[1]
    return replace(
        quantity,
        amount=quantity.amount * ratio,
        high=quantity.high * ratio if quantity.high is not None else None,
        step=quantity.step * ratio,
        unit=unit,
    )


# "112 degrees" with no scale named: Celsius or Fahrenheit, whichever the other figure allows.
_OPEN_SCALE = "degrees"


def _either_scale(a: Quantity, b: Quantity) -> Comparison:
    """Temperatures one of which is told in degrees of no named scale: the same when some
    reading makes them the same ("44.7°C" and "112 degrees" in an American's blog), else
    different under every reading."""
    readings = [
        (unit_a, unit_b)
        for unit_a in ((a.unit,) if a.unit != _OPEN_SCALE else ("°C", "°F"))
        for unit_b in ((b.unit,) if b.unit != _OPEN_SCALE else ("°C", "°F"))
    ]
    readings.sort(key=lambda units: units[0] != units[1])  # one scale for both first
    for unit_a, unit_b in readings:
        found = compare_figures(replace(a, unit=unit_a), replace(b, unit=unit_b))
        if found.relation in (Relation.SAME, Relation.COMPATIBLE):
            read = [
                f"{_plain(q.amount)} degrees as {unit}"
                for q, unit in ((a, unit_a), (b, unit_b))
                if q.unit == _OPEN_SCALE
            ]
            return Comparison(found.relation, f"{found.why} (read {' and '.join(read)})")
    return Comparison(
        Relation.DIFFERENT,
        f"{_plain(a.amount)} {a.unit} vs {_plain(b.amount)} {b.unit}, in °C or in °F",
    )


# Physical measures, whose units a writer may slip while keeping the number ("28-metre",
# "28-foot"; "14 km", "14 miles"; "37°C", "37 degrees Fahrenheit"; "1.9 TWh", "1.9 GWh").
MEASURES = frozenset("length mass area volume temperature speed energy power".split())


def _temperature(quantity: Quantity, unit: str) -> Quantity | None:
    """°C and °F are an offset apart as well as a factor: 37 °F is about 2.8 °C."""
    if quantity.unit == unit:
        return quantity
    if (quantity.unit, unit) == ("°F", "°C"):
        scale, shift = 5 / 9, -32 * 5 / 9
    elif (quantity.unit, unit) == ("°C", "°F"):
        scale, shift = 9 / 5, 32.0
    else:
        return None
    return replace(
        quantity,
        amount=quantity.amount * scale + shift,
        high=quantity.high * scale + shift if quantity.high is not None else None,
        step=quantity.step * scale,
        unit=unit,
    )


def _overlap(first: tuple[float, float], second: tuple[float, float]) -> bool:
    if first[0] == first[1] or second[0] == second[1]:
        return first[0] <= second[1] + 1e-9 and second[0] <= first[1] + 1e-9
    # Rounding intervals that only touch ("3.1%" and "3.2%") do not overlap.
    return first[0] < second[1] - 1e-9 and second[0] < first[1] - 1e-9


# Nouns that count people in general: "3,900 employees" and "3,900 people" may be one
# workforce. (Passengers, crew or children are a part of the people, never a synonym.)
_PEOPLE = frozenset("people person persons individual".split())
# Kinds of people, each told in other words but never one another: a care home's 62
# residents are not its 11 staff.
_KINDS_OF_PEOPLE = (
    # ("keep all 86 jobs" and "All 86 staff": a workforce counted by its posts.)
    frozenset("employee staff worker colleague personnel job".split()),
    frozenset({"miner"}),
    frozenset({"resident"}),
    frozenset({"man", "men"}),
    frozenset({"woman", "women"}),
    # (A school's children are its pupils: "38 students", "Thirty-eight children".)
    frozenset("child children pupil student".split()),
    frozenset({"patient"}),
    frozenset("climber skier walker hiker".split()),
    # A boat's crew: "nine crew", "Nine fishermen", "seven of their crewmates".
    frozenset("crew crewmate crewman crewmen fisherman fishermen sailor seafarer".split()),
    frozenset("officer police policeman policemen constable".split()),
    frozenset("scientist researcher".split()),
    frozenset("birder birdwatcher twitcher".split()),
    frozenset("tourist holidaymaker visitor guest".split()),
    # A crowd watching: "some 3,500 spectators", "around five thousand people". (Not fans:
    # "31,000 people, 2,000 of them away fans".)
    frozenset("spectator onlooker attendee well-wisher".split()),
    # The dead and the arrested, counted as people or as deaths and arrests.
    frozenset("death fatality victim life live".split()),  # ("lives" reads as "live")
    frozenset({"arrest"}),
    frozenset({"case"}),  # "21 confirmed cases", "21 people fell ill"
)


# Things told in other words: "14 fire engines", "14 appliances"; "14 items", "14 objects".
_ONE_THING = (
    frozenset("job role post position".split()),  # "1,200 jobs", "1,200 roles", "posts"
    frozenset("home house dwelling household property".split()),  # "14 houses", "14 homes"
    frozenset("shop store outlet".split()),  # "around 210 shops", "212 stores"
    frozenset("engine appliance tender truck".split()),  # a fire service's
    frozenset("item object artefact artifact piece".split()),
    frozenset("vessel boat ship craft".split()),
    frozenset("company firm business".split()),
)


def same_count_noun(a_unit: str, b_unit: str) -> bool:
    """Whether two count nouns count one thing in other words (people in general, jobs,
    homes, shops)."""
    # "54,000 festival-goers", "racegoers", "concertgoers": those who attended.
    nouns = {
        "attendee" if n.endswith("goer") else n for n in (norm_word(a_unit), norm_word(b_unit))
    }
    if len(nouns) == 1:
        return True  # "16.00 mark" and "18.50 marks", "4.1 points" and "one point"
    if any(nouns <= _PEOPLE | kind for kind in _KINDS_OF_PEOPLE):
        return True
    return any(nouns <= same for same in _ONE_THING)


def _compare_scores(a: Quantity, b: Quantity) -> Comparison:
    """Two results of a match: "3-1" and "three-one" are one; "3-1" and "3-2" are not."""
    if a.against is None or b.against is None:
        return Comparison(Relation.INCOMPARABLE, "a score and a figure")
    told_a = f"{_plain(a.amount)}-{_plain(a.against)}"
    told_b = f"{_plain(b.amount)}-{_plain(b.against)}"
    if (a.amount, a.against) == (b.amount, b.against):
        return Comparison(Relation.SAME, f"both {told_a}")
    return Comparison(Relation.DIFFERENT, f"{told_a} vs {told_b}")


def _one_age_unit(a: str, b: str) -> bool:
    """ "Lien, 41," and "a 41-year-old man": one age, told with and without who it is of;
    a woman's age never meets a man's."""
    return "years old" in (a, b) and a.startswith("years old") and b.startswith("years old")


@lru_cache(maxsize=65536)
def significant(amount: float) -> tuple[str, str]:
    """The significant digits of a figure and its magnitude: 18406 -> ("18406", "+04"); none
    for a figure too large to hold (a megabyte of "1" reads as infinity)."""
    if not math.isfinite(amount):
        return "", "inf"
    mantissa, exponent = f"{abs(amount):.6e}".split("e")
    return mantissa.replace(".", "").rstrip("0"), exponent


def specific_digits(amount: float) -> int:
    """How specific a figure is, in significant digits: 101240 has five, 2000 one. A figure
    of a million or more counts as at least three: "€640m" or "1.4 million" in two outlets
    is seldom a coincidence. (This used to happen by accident, a "%g" form counting the
    "e+06" of such figures as digits; the labelled sets lose conflicts and agreements
    without it.)"""
    digits = len(significant(amount)[0])
    return max(digits, 3) if abs(amount) >= 1e6 else digits


def precise(amount: float) -> bool:
    """Whether a figure is too precise for two articles to tell it by chance: three or more
    significant digits, or in the millions (see specific_digits)."""
    return specific_digits(amount) >= 3


def digits_swapped(a: Quantity, b: Quantity) -> bool:
    """Two figures of one size written with the same three or more digits in another order
    ("18,406" and "18,604", "71.4%" and "74.1%"): the slip a typist makes. Units are the
    caller's question."""
    if a.amount == b.amount or a.high is not None or b.high is not None:
        return False
    (digits_a, size_a), (digits_b, size_b) = significant(a.amount), significant(b.amount)
    if 0 < a.step == b.step < 1 and len(digits_a) != len(digits_b):
        # "22.80" and "22.08": written to one precision, the zero is one of the digits.
        digits_a, digits_b = _written_digits(a), _written_digits(b)
    elif (
        a.step == b.step == 0
        and float(a.amount).is_integer()
        and float(b.amount).is_integer()
        and min(len(digits_a), len(digits_b)) >= 3
    ):
        # "11,860" and "11,806", written out to the unit: the nought is a digit typed too
        # (not in "12,000" and "10,200", round figures that share little but noughts).
        digits_a, digits_b = f"{abs(a.amount):.0f}", f"{abs(b.amount):.0f}"
    # (A figure in the millions counts as precise, see specific_digits: "£6.8m" and "£8.6m".)
    # Sums of money in the hundreds of thousands too: "£740,000" and "£470,000".
    written_precisely = (
        precise(a.amount)
        or len(digits_a) >= 3
        or (a.dimension == "money" and min(a.amount, b.amount) >= 100_000)
    )
    return size_a == size_b and written_precisely and sorted(digits_a) == sorted(digits_b)


def one_digit_off(a: Quantity, b: Quantity) -> bool:
    """Two whole figures of one size and unit with four or more significant digits, all but
    one the same and not the last ("31,418" and "33,418"): a key struck wrong, on one fact.
    (Three digits, "371,000" and "361,000", are as often two facts; so are decimals a few
    hundredths apart, "12.55" and "12.58", and a last digit, "1:01:58" and "1:01:48".)"""
    if a.amount == b.amount or a.unit != b.unit or a.high is not None or b.high is not None:
        return False
    if not (float(a.amount).is_integer() and float(b.amount).is_integer()):
        return False
    (digits_a, size_a), (digits_b, size_b) = significant(a.amount), significant(b.amount)
    if size_a != size_b or len(digits_a) != len(digits_b) or len(digits_a) < 4:
        return False
    differ = [k for k, (x, y) in enumerate(zip(digits_a, digits_b, strict=True)) if x != y]
    return len(differ) == 1 and differ[0] < len(digits_a) - 1


def _written_digits(quantity: Quantity) -> str:
    """The digits of a figure as written to its precision: 22.80 -> "2280"."""
    decimals = max(0, -math.floor(math.log10(quantity.step) + 1e-9))
    return f"{abs(quantity.amount):.{decimals}f}".replace(".", "").lstrip("0")


def counted_with_digits_swapped(a: Quantity, b: Quantity) -> bool:
    """ "1,846 patients" and "1,864 adults", "2,140 jobs" and "2,410 people": a count in the
    thousands told in another noun with three or more of its digits swapped is one count
    misreported, not two things counted."""
    if not (a.dimension == b.dimension == "count" and _count_nouns(a.unit, b.unit)):
        return False
    if min(a.amount, b.amount) >= 1000 and digits_swapped(a, b):
        return min(len(significant(a.amount)[0]), len(significant(b.amount)[0])) >= 3
    # "340 permanent jobs" and "430 permanent staff", "3,400 business accounts" and "4,300
    # business customers": two digits swapped in the hundreds or more, told exactly.
    (digits_a, size_a), (digits_b, size_b) = significant(a.amount), significant(b.amount)
    return (
        min(a.amount, b.amount) >= RARE_COUNT_FROM
        and a.qualifier is None
        and b.qualifier is None
        and a.high is None
        and b.high is None
        and size_a == size_b
        and len(digits_a) == len(digits_b) >= 2
        and digits_a != digits_b
        and sorted(digits_a) == sorted(digits_b)
    )


def _count_nouns(*units: str) -> bool:
    """Whether units are counted nouns ("young people"), as the extractor writes them, not
    currency codes or symbols."""
    return all(unit and unit.replace(" ", "").isalpha() and unit.islower() for unit in units)


def rare_count(amount: float) -> bool:
    """Whether two articles of one story seldom tell this count by chance: three significant
    digits, or two in the hundreds or more."""
    digits = specific_digits(amount)
    return digits >= 3 or (digits >= 2 and abs(amount) >= RARE_COUNT_FROM)


RARE_COUNT_FROM = 100


def _one_rare_count(a: Quantity, b: Quantity) -> bool:
    """ "45,000 marchers" and "45,000 people": one number, too large to meet by chance in
    one story, told exactly by both."""
    return (
        a.amount == b.amount
        and a.high == b.high
        and a.qualifier == b.qualifier
        and rare_count(a.amount)
    )


def one_count_in_other_words(a: Quantity, b: Quantity) -> bool:
    """Two counts in other nouns that are one precise number, or a precise figure and one
    that allows it ("29,450 fans", "nearly 30,000 people")."""
    if not (a.dimension == b.dimension == "count" and _count_nouns(a.unit, b.unit)):
        return False
    return compare_figures(a, b).relation in (Relation.SAME, Relation.COMPATIBLE)


def points_for_percent(a: Quantity, b: Quantity) -> bool:
    """ "fell twelve percentage points" and "fell 12 per cent": one change whose number was
    kept while its measure slipped between points and per cent (the two never convert)."""
    if {a.dimension, b.dimension} != {"percent", "points"}:
        return False
    points = a if a.dimension == "points" else b
    return points.unit == "pp" and a.amount == b.amount != 0 and a.high is None and b.high is None


def compare_figures(a: Quantity, b: Quantity) -> Comparison:
    if a.against is not None or b.against is not None:
        return _compare_scores(a, b)
    note = ""
    if a.dimension == b.dimension == "temperature" and _OPEN_SCALE in (a.unit, b.unit):
        return _either_scale(a, b)
    if points_for_percent(a, b):
        return Comparison(
            Relation.DIFFERENT,
            f"percentage points against per cent ({_plain(a.amount)} {a.unit}, "
            f"{_plain(b.amount)} {b.unit}): a change in points is not a change in per cent",
        )
    if a.dimension == b.dimension == "count" and not (a.unit and b.unit):
        # "risen to six" and "Five people": alignment has matched what the bare count
        # counts; compare the numbers.
        a, b = replace(a, unit=a.unit or b.unit), replace(b, unit=a.unit or b.unit)
    if a.dimension == b.dimension == "count" and same_count_noun(a.unit, b.unit):
        b = replace(b, unit=a.unit)  # "3,900 employees" are "3,900 people"
    if a.dimension == b.dimension == "age" and _one_age_unit(a.unit, b.unit):
        a, b = replace(a, unit="years old"), replace(b, unit="years old")
    if (
        a.dimension == b.dimension == "count"
        and a.unit != b.unit
        and _count_nouns(a.unit, b.unit)
        and (
            precise(a.amount)
            or precise(b.amount)
            or _one_rare_count(a, b)
            or counted_with_digits_swapped(a, b)
        )
    ):
        # "48,260 candidates" and "48,260 young people", "29,450 fans" and "nearly 30,000
        # people": a precise number, counted in each outlet's own word, and a figure that
        # allows it are one count told two ways; numbers that differ say nothing of it.
        alike = compare_figures(a, replace(b, unit=a.unit))
        if alike.relation in (Relation.SAME, Relation.COMPATIBLE) or (
            counted_with_digits_swapped(a, b)
        ):
            return Comparison(alike.relation, f"{alike.why}, counted as {a.unit} and {b.unit}")
        return Comparison(Relation.INCOMPARABLE, f"different things counted ({a.unit}, {b.unit})")
    if a.unit == b.unit and (a.qualifier or b.qualifier) and digits_swapped(a, b):
        # "around £412m" and "some £421m": hedges allow a rounding, not the same digits in
        # another order.
        return Comparison(
            Relation.DIFFERENT,
            f"the same digits in another order ({_plain(a.amount)}, {_plain(b.amount)})",
        )
    if (
        a.high is not None
        and b.high is not None
        and a.dimension == "money"
        and a.unit == b.unit
        and (a.amount, a.high) != (b.amount, b.high)
    ):
        # "$20-30 million" and "$25 million to $35 million": two ranges stated, not one
        # figure rounded two ways.
        return Comparison(
            Relation.DIFFERENT,
            f"two different ranges ({_plain(a.amount)}-{_plain(a.high)}, "
            f"{_plain(b.amount)}-{_plain(b.high)})",
        )
    if (
        a.unit != b.unit
        and a.amount == b.amount
        and a.dimension in MEASURES
        and a.high is None
        and b.high is None
        and (exact := convert(b, a.unit)) is not None
        and not math.isclose(exact.amount, a.amount, rel_tol=1e-6)
    ):
        # "200 yards" and "a 200-metre cordon": the number kept and the unit changed is a
        # slip, not a conversion rounded (a writer converting would say "220 yards").
        return Comparison(
            Relation.DIFFERENT,
            f"the same number in other units ({_plain(b.amount)} {b.unit} = "
            f"{_plain(exact.amount)} {a.unit})",
        )
    spread = 0.0
    if a.unit != b.unit:
        converted = convert(_conversion_rounded(b), a.unit)
        if converted is None:
            return Comparison(
                Relation.INCOMPARABLE,
                f"different units ({a.unit or 'count'} vs {b.unit or 'count'})",
            )
        note = f" ({_plain(b.amount)} {b.unit} = {_plain(converted.amount)} {a.unit})"
        # A month is 28 to 31 days: "three months" and "90 days" are one span.
        spread = _MONTH_SPREAD if (a.unit in _CALENDAR) != (b.unit in _CALENDAR) else 0.0
        a, b = _conversion_rounded(a), converted
    same_number = (
        math.isclose(a.amount, b.amount, rel_tol=1e-9)
        and (a.high or 0) == (b.high or 0)
        and a.qualifier == b.qualifier
    )
    if (
        not same_number
        and math.isclose(a.amount, b.amount, rel_tol=1e-9)
        and (a.high or 0) == (b.high or 0)
        and {a.qualifier, b.qualifier} <= {None, "about", "up to"}
    ):
        # "around €9.6 billion" and "€9.6 billion", "as much as 7.8%" and "7.8%": both
        # state the one figure; the hedge is not a different claim.
        said = a.qualifier or b.qualifier
        return Comparison(Relation.SAME, f"same figure (one says '{said}')" + note)
    if same_number and note:
        return Comparison(Relation.SAME, "same quantity" + note)
    if same_number:
        if (a.baseline or "") != (b.baseline or "") and a.baseline and b.baseline:
            return Comparison(
                Relation.COMPATIBLE,
                f"same figure against different baselines ('{a.baseline}' vs '{b.baseline}')",
            )
        return Comparison(Relation.SAME, "same figure")
    if (
        a.qualifier == b.qualifier
        and a.qualifier in _BOUNDS
        and not _within(a.amount, _rounded_interval(b, spread))
        and a.high is None
        and b.high is None
    ):
        # "under €50,000" and "under €60,000": two outlets stating one limit, a threshold or
        # a cap, at different values, though the figures below both overlap.
        return Comparison(Relation.DIFFERENT, f"different limits ('{a.qualifier}')" + note)
    first, second = figure_interval(a), figure_interval(b)
    second = (second[0] * (1 - spread), second[1] * (1 + spread))
    if not _overlap(first, second):
        return Comparison(Relation.DIFFERENT, "the figures do not overlap" + note)
    if _both_about(a, b) and not (_within(a.amount, second) and _within(b.amount, first)):
        # "around 4,000 people a day" and "around 4,500": two loose figures overlap at their
        # edges, but each outlet's figure should be one the other's allows.
        return Comparison(Relation.DIFFERENT, "neither approximate figure allows the other" + note)
    if a.qualifier or b.qualifier or a.high is not None or b.high is not None:
        return Comparison(Relation.COMPATIBLE, "an approximate figure that allows the other" + note)
    return Comparison(Relation.COMPATIBLE, "the same figure rounded differently" + note)


# A floor a count may pass ("at least 20 hurt", "more than 11,000 homes"), and the bounds.
LOWER_BOUNDS = frozenset({"more than", "at least"})
_BOUNDS = LOWER_BOUNDS | {"less than", "up to"}


def _rounded_interval(quantity: Quantity, spread: float = 0.0) -> tuple[float, float]:
    """The values a figure allows by its rounding alone, whatever its qualifier (and by the
    share ``spread`` either way: a month's length)."""
    low, high = figure_interval(replace(quantity, qualifier=None))
    return low * (1 - spread), high * (1 + spread)


_CALENDAR = frozenset({"month", "year"})
_MONTH_SPREAD = 0.035  # the share by which a month may differ from its mean length


def _conversion_rounded(quantity: Quantity) -> Quantity:
    """A measure stated in another unit than its counterpart is, in news, one side converted
    and rounded ("80 km/h" and "50 mph"): a whole number is taken to its last digit."""
    if quantity.step or quantity.high is not None:
        return quantity
    step = 1.0 if quantity.amount == int(quantity.amount) else 0.0
    return replace(quantity, step=step)


def _plain(number: float) -> str:
    return f"{number:,.4g}" if abs(number) < 1e6 else f"{number:,.0f}"


# -- quotes -------------------------------------------------------------------------------


def quote_words(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower().replace("’", "'")).split())


def _person_tokens(speaker: str | None) -> set[str] | None:
    """Name words of a named speaker; None for a role ("the minister") or no speaker."""
    if not speaker or not speaker[:1].isupper():
        return None
    base = re.sub(r"'s \w+$", "", speaker)
    return {w.lower() for w in base.split() if w[:1].isupper()}


def compare_quotes(a: Claim, b: Claim) -> Comparison:
    left, right = quote_words(a.value), quote_words(b.value)
    speakers_a, speakers_b = _person_tokens(a.speaker), _person_tokens(b.speaker)
    # (An organisation's words are its spokesperson's: "Hartsell, which has 218 stores, said
    # it was ..." against "Fiona Garrow, for Hartsell, said ...".)
    spokesperson = a.speaker_is_organisation or b.speaker_is_organisation
    if speakers_a and speakers_b and not speakers_a & speakers_b and not spokesperson:
        return Comparison(
            Relation.DIFFERENT, f"the same words attributed to {a.speaker} and to {b.speaker}"
        )
    if left == right:
        return Comparison(Relation.SAME, "the same words")
    if _quoted_within(left, right):
        return Comparison(Relation.SAME, "one quotes part of the other")
    if _same_sentences_quoted(a.value, b.value):
        return Comparison(Relation.SAME, "the same sentence quoted, each quoting more")
    return Comparison(Relation.COMPATIBLE, "quoted in other words")


def _quoted_within(a: str, b: str) -> bool:
    """Whether one run of quoted words stands whole inside the other."""
    shorter, longer = sorted((a, b), key=len)
    return f" {shorter} " in f" {longer} "


_SHARED_SENTENCE_WORDS = 5  # a shared sentence this long is no chance phrase
_REWORDED = 70.0  # a sentence this alike to another is that sentence reworded


def _same_sentences_quoted(a: str, b: str) -> bool:
    """ "We recorded 87 mph on the anemometer. The crews did an extraordinary job." and "We
    recorded 87 mph on the anemometer at ten past two. I've never seen the basin like it.":
    one sentence quoted by both (whole, or one outlet's cut short), each outlet quoting
    another of the speaker's sentences too; nothing quoted differently. (A sentence
    reworded is a variant.)"""
    first = [w for start, end in split_text(a) if (w := quote_words(a[start:end]))]
    second = [w for start, end in split_text(b) if (w := quote_words(b[start:end]))]
    matched_a, matched_b = set(), set()
    for x in first:
        for y in second:
            if min(len(x.split()), len(y.split())) >= _SHARED_SENTENCE_WORDS and (
                _quoted_within(x, y)
            ):
                matched_a.add(x)
                matched_b.add(y)
    if not matched_a:
        return False
    rest_a = [x for x in first if x not in matched_a]
    rest_b = [y for y in second if y not in matched_b]
    return not any(fuzz.ratio(x, y) >= _REWORDED for x in rest_a for y in rest_b)


def compare_claims(a: Claim, b: Claim) -> Comparison:
    if a.kind is ClaimKind.DATE:
        bounded = _compare_bounds(a, b)
        return bounded if bounded is not None else compare_dates(a.value, b.value)
    if a.kind is ClaimKind.NUMBER and a.quantity and b.quantity:
        return compare_figures(a.quantity, b.quantity)
    if a.kind is ClaimKind.QUOTE:
        return compare_quotes(a, b)
    same = a.value == b.value
    return Comparison(Relation.SAME if same else Relation.INCOMPARABLE, "compared as text")
