"""Stage 4: group claims that are about the same thing.

Each claim is described by what its sentence says around it: the sentence with the claim's
own words masked, plus its neighbours at half weight (a date under an embedded post stands
alone on its line; the post above says what it dates). Candidate pairs come from RapidFuzz's
batch scorer over those descriptions (``process.extract`` with a ``score_cutoff``: one C-level
pass per claim, never a Python double loop). Each candidate is then scored by the overlap of
the content words they share, weighted by rarity (a shared name counts more than a shared
"cooperation"), and claims are merged greedily from the best pair down, a merge allowed only
when every pair in the merged group still looks alike (complete linkage).

Two different days are one fact only when they tell one event: a date's verb ("recalled on
Wednesday", "widened the recall on Thursday") is read beside it, different verbs cost a pair
score, and a verb that acts on the other's event ("widened the recall") parts them for good.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz, process

from checker.compare import (
    LOWER_BOUNDS,
    MEASURES,
    Relation,
    compare_claims,
    compare_figures,
    compare_quotes,
    convert,
    counted_with_digits_swapped,
    digits_swapped,
    figure_interval,
    first_since,
    one_count_in_other_words,
    one_digit_off,
    points_for_percent,
    precise,
    quote_words,
    rare_count,
    same_count_noun,
    significant,
    specific_digits,
)
from checker.extract.common import (
    CHANGE_NOUNS,
    FALL_NOUNS,
    FALL_WORDS,
    IRREGULAR_PAST,
    NOT_PAST_ED,
    ORG_WORDS,
    RISE_NOUNS,
    RISE_WORDS,
    STOPWORDS,
    UPPER,
    Tense,
    clause_around,
    content_words,
    lowered,
    norm_word,
    precise_figures,
    tense_at,
    tense_of_words,
    unpossessed,
    word_alternation,
)
from checker.extract.dates import (
    MONTHS,
    RELATIVE_SHIFT,
    WEEKDAYS,
    has_clock_time,
    is_iso_day,
    weekday_number,
)
from checker.extract.numbers import REACHED_BEFORE, parse_number_words
from checker.extract.quotes import HONORIFICS
from checker.models import DEFAULT_MIN_SCORE, Claim, ClaimKind, Group, Quantity, Sentence
from checker.unionfind import UnionFind

_SENTENCE_WEIGHT = 0.6
# A capitalised word, accented capitals too ("Élodie", "Ørsted").
_CAP_WORD = f"[{UPPER}]" + r"[\w’'-]+"
_SAME_NOUN_BONUS = 10.0
_MIN_CANDIDATES = 40
_CANDIDATES_PER_SOURCE = 6
_SAME_VALUE_BONUS = 14.0
# Figures one of which is at least twice the other need this much more likeness to be one
# fact (see _far_apart).
_FAR_APART_RATIO = 2.0
_FAR_APART_PENALTY = 20.0
# Half again apart (6.3 million against 9.8 million) is a weaker sign of another fact: it
# weighs half as much. (Measured on the read sets: 9 fewer false conflicts, no fewer true
# ones, 4 more agreements, against no weight; 1.3 apart cost true conflicts.)
_APART_RATIO = 1.5
_APART_PENALTY = 10.0
# Three times apart ("14,000 crowns" a month against "93,000" a year) is two facts unless
# the sentences are nearly one; nor does being each article's only figure of the unit vouch
# for them. (Measured on the read sets: 5 fewer false conflicts, 2 more found.)
_VERY_FAR_APART_RATIO = 3.0
_VERY_FAR_APART_PENALTY = 40.0
# The same three or more digits in another order ("18,406" and "18,604") are a typist's slip
# on one fact: stronger evidence than one value told twice, which may be chance.
_TRANSPOSED_BONUS = 18.0
_UNIQUE_UNIT_BONUS = 14.0
_SAME_ROLE_BONUS = 8.0
# A bare count and another count of its number that no role word ties: one count only on
# sentences this much more alike than the threshold asks.
_BARE_ALIKE_PENALTY = 15.0
# Shares of a pair's score: the whole context, the words right beside the claim, RapidFuzz.
_CONTEXT_SHARE = 0.5
_LOCAL_SHARE = 0.25
_NEIGHBOUR_WEIGHT = 0.35
_NAME_WEIGHT = 1.6
# Two claims of one source join a group only when they are near restatements.
_SAME_SOURCE_PENALTY = 12.0
_SELF_CONFLICT_PENALTY = 25.0
_NEARBY_RESTATEMENT_BONUS = 25.0
# A quotation contained in another of its source's (100 less the same-source penalty).
_STATEMENT_SCORE = 85.0
# Sentences apart within which one source repeating a value is telling one fact twice.
_RESTATEMENT_REACH = 2
# A day and a year are seldom the same fact: each step of precision apart costs this much.
_GRANULARITY_PENALTY = 6.0
_OTHER_YEAR_PENALTY = 15.0
_OTHER_TIME_PENALTY = 25.0
# A figure one article gives to another owner than the other article's figure.
_OTHER_OWNER_PENALTY = 15.0
# A precise figure against another value of an article that states that figure elsewhere.
_VALUE_TOLD_ELSEWHERE_PENALTY = 20.0
# Two different days told with two different verbs ("posted a warning on Sunday", "visited
# the command post on Monday") are two events, whatever words their sentences share.
_OTHER_EVENT_PENALTY = 15.0
_LEDE_BONUS = 10.0
# Two articles' first event days within their first sentences (see build_profiles).
_OPENING_BONUS = 5.0
_OPENING_REACH = 4  # sentences into the body
# How much of a shorter quotation must stand in a longer one given to another speaker for
# the two to be one quotation misattributed (labelled misattributions: 100, cut or whole).
_MISATTRIBUTED_LIKENESS = 90.0
# Share of the threshold down to which pairs still count as alike for complete linkage.
_LINK_FLOOR = 0.65


@dataclass(frozen=True, slots=True)
class _Profile:
    """What a claim is about, as weighted content-word stems."""

    weights: dict[str, float]
    own: dict[str, float]  # from the claim's own sentence only
    local: dict[str, float]  # the few words right beside the claim
    text: str  # the stems, sorted and joined, for RapidFuzz
    role: int | None = None  # what a figure counts or measures, when the words say
    years: frozenset[str] = frozenset()  # years named right beside a figure
    historical: bool = False  # one of those years is two or more before publication
    # Words of the name that holds a figure ("The Greens, with 14 seats"), and the words of
    # its whole article, to tell whose figure it is (see _owner and _owners_known).
    owner: frozenset[str] = frozenset()
    owners: int = 0  # how many names that owner joins ("the Alliance and the Greens": 2)
    tense: Tense = Tense.UNKNOWN  # of a date's clause: what happened or what will
    article: frozenset[str] = frozenset()
    event: str = ""  # a date's verb, stemmed ("recalled on Wednesday" -> recall)
    days: frozenset[str] = frozenset()  # weekdays named right beside a figure
    # The total this figure is a part of in its own article ("The 6,400 strikers comprised
    # 4,900 nurses and ..."): a figure of that size elsewhere is the whole, not this part.
    whole: float | None = None
    # Content-word stems beside the claim within its own clause ("sat on the council for
    # six years" -> sat, council).
    near: frozenset[str] = frozenset()
    # ``near`` less names: what the counted did or are ("35 got out unaided" -> got,
    # unaided), not where.
    plain_near: frozenset[str] = frozenset()
    # Whose age an age is: the name beside it ("Stefan Eide, 45", "45-year-old Stefan Eide",
    # "Stefan, who is 54") -> {"stefan", "eide"}.
    person: frozenset[str] = frozenset()
    # What a rate measures, read back from the figure over its verb and measure words:
    # "the two-year bond yield fell 11 basis points to 3.28%" -> bond, yield, two-year.
    measured: frozenset[str] = frozenset()
    # Years before publication that the article gives its other figures of this dimension
    # ("up 18% from 1,175 in 2027"), for a figure told with no year ("found 1,386 people"):
    # the article has told which of its figures is that year's, and it is not this one.
    dated_elsewhere: frozenset[str] = frozenset()
    # Head-count roles the article gives to its other figures of this noun, for a figure
    # told with no role ("57 pilot whales are on the beach" in a blog that says "26 whales
    # died today"): the article has said which figure is the dead, and it is not this one.
    roles_elsewhere: frozenset[int] = frozenset()
    # In the first sentence of the article's body: a lede tells the story's main event.
    lede: bool = False
    headline: bool = False
    # The parts this figure is the total of in its own article ("15,100 people: Kelsan's
    # 11,200 and Brightmoor's 3,900"): another figure of a part's size is that part.
    parts: tuple[float, ...] = ()
    # Prices in a date's clause ("closing price of $33.20 on Friday" -> $33.20): two days of
    # two different prices are two facts.
    prices: frozenset[str] = frozenset()
    # "had burned 1,200 hectares by Tuesday morning": a bound that stamps when a figure was
    # counted, not the day of an event.
    as_of: bool = False
    # "said on Monday", "this morning we're hearing": the day news was told, not an event's.
    told_day: bool = False
    # The stretch of time a figure is told for: "12% over three years" -> "over three years",
    # "5% this year" -> "this year" (see _PERIOD).
    period: str = ""
    # "120 aftershocks in the first twelve hours": a length of time that is the window
    # something was counted in, not a fact of its own.
    window: bool = False
    # What a percentage change is measured against: "year" ("2.4% higher than a year
    # earlier", "annual inflation"), "quarter" ("0.8% on the previous three months"),
    # "month" or "" when its sentence does not say.
    base: str = ""
    published: dt.date | None = None  # the claim's article's
    # A date that is its article's lede date or first event date (see build_profiles).
    opening: bool = False
    # The other precise figures of the claim's sentence, as written ("ordered it to pay
    # $214.7 million" -> 214.7 for the day of the verdict): see common.precise_figures.
    figures: frozenset[str] = frozenset()
    # The thing a date names as its own ("yesterday's hailstorm", "the auction of Wednesday
    # 11 June" -> hailstorm, auction), as stems, and those its sentence's other dates of other
    # days name ("sweeping up this morning after yesterday's hailstorm": for "this morning",
    # the hailstorm is another day's).
    happening: frozenset[str] = frozenset()
    happenings_beside: frozenset[str] = frozenset()
    # "the first ferry since 1989", "Stoddon last built a ferry in 1998": the last time such
    # a thing happened, not a day of the story's events.
    last_time: bool = False


# News tells one event in several verbs; these share a stem for alignment (never shown).
_SYNONYMS = {
    word: stem
    for stem, words in {
        "capsize": "capsized capsizes capsizing overturned overturns sank sink sinks sinking "
        "sunk sinking",
        "die": "died dies dead death deaths killed kill kills killing fatalities lives toll",
        "sign": "signed signing signs inked",
        "meet": "met meets meeting meetings talks",
        "rescu": "rescued rescue rescues pulled saved",
        "evacu": "evacuated evacuation evacuees fled",
        "announc": "announced announces unveiled announcement announcements",
        # (Nouns and verbs whose suffixes part them: "publication", "published".)
        "publish": "published publishes publishing publication",
        "investig": "investigated investigates investigating investigation investigations",
        "collid": "collided collides colliding collision collisions",
        "explod": "exploded explodes exploding explosion explosions",
        "clos": "closed closes closing closure closures",
        "arriv": "arrived arrives arriving arrival arrivals",
        "demolish": "demolished demolishes demolishing demolition",
        "resign": "resigned resigns resigning resignation",
        "erupt": "erupted erupts erupting eruption eruptions",
        "decid": "decided decides deciding decision decisions",
        "quak": "quake earthquake tremor",
        "cut": "cut cuts lowered reduced",
        "rais": "raised hiked increased",
        "fee": "fee transfer deal",
        "vote": "vote votes ballot ballots",
        # A council or parliament that approves a plan passes it, adopts it, votes it through.
        "approv": "approved approves approving approval passed adopted ratified endorsed voted",
        "cost": "cost costs costing bill bills price priced",
        "board": "aboard board onboard",
        "share": "share shares stock stocks",
        "worth": "worth valued value valuing",
        "discover": "discovered discovery detected spotted sighted uncovered noticed found "
        "unearthed located",
        "aground": "aground grounded grounding",
        # A ship back in port: "docked on Saturday", "returned to port on Sunday".
        "return": "returned returns returning docked docks berthed",
        "injur": "injured injuries injuring wounded hurt treated",
    }.items()
    for word in words.split()
}


@lru_cache(maxsize=16384)
def _stem(word: str) -> str:
    if word in _SYNONYMS:
        return _SYNONYMS[word]
    word = norm_word(word)
    for suffix in ("ing", "ed", "ation", "ment"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _masked(sentence: Sentence, claim: Claim) -> str:
    start = max(0, claim.start - sentence.start)
    end = max(start, claim.end - sentence.start)
    return sentence.text[:start] + " " + sentence.text[end:]


def _weighted_words(text: str, weight: float, into: dict[str, float]) -> None:
    capitalised = {w.lower().strip("’'") for w in _CAPITALISED.findall(text)}
    for word in content_words(text):
        stem = _stem(word)
        boost = _NAME_WEIGHT if word in capitalised else 1.0
        into[stem] = max(into.get(stem, 0.0), weight * boost)


# A figure's stretch of time, right after it or a few words on ("a 12% pay rise over three
# years", "5% this year", "4% in 2028", "£2m a year", "120 aftershocks in the first twelve
# hours").
_PERIOD = re.compile(
    r"(?:\s[\w’'-]+){0,3}?\s(?P<period>"
    r"(?:over|across|during|for|in|within)\s(?:the\s(?:first|next|past|last|coming)\s)?"
    # (Not "in the year to March 2027": a year told by its end, not a length.)
    r"(?!the\s)(?:\w+|\d+)\s(?:years?|months?|weeks?|days?|hours?|decades?|quarters?)"
    r"|(?:this|next|last)\s(?:year|month|week|quarter)|(?:in|for|during)\s(?:19|20)\d\d"
    r"|(?:a|per)\s(?:year|month|week|day)|annually"
    # A forecast's horizon: "2.4% by the end of 2028", "2.1% by December 2029".
    r"|by\s(?:the\s)?(?:end\sof\s)?(?:(?:this|next)\syear|(?:[a-z]+\s)?(?:19|20)\d\d|"
    r"christmas|year-end|end-(?:19|20)\d\d))\b",
    re.I,
)


def _period_name(words: str, published: dt.date | None) -> str:
    """One name for one stretch of time: "last year" in a 2027 article and "in 2026" are
    both "2026"."""
    words = " ".join(words.lower().split())
    if words.startswith("in "):
        return words[3:]  # "in 2026", "in three years"
    for lead in ("for ", "during "):
        if words.startswith(lead) and words[len(lead) :].isdigit():
            return words[len(lead) :]  # "for 2026" is "in 2026"
    if words.startswith("by "):
        year = re.search(r"(?:19|20)\d\d", words)
        if year:
            return "by " + year.group(0)
        if published is None:
            return words
        return "by " + str(published.year + (1 if "next" in words else 0))
    relative = words.split()
    if published is not None and len(relative) == 2 and relative[1] == "year":
        shift = RELATIVE_SHIFT.get(relative[0])
        if shift is not None:
            return str(published.year + shift)
    return words


# Words passed over when reading back from a rate to what it measures.
_RATE_PATH = (
    RISE_WORDS
    | FALL_WORDS
    | frozenset(
        """to at of by from was is were are be been stood stands remained remain reached hit
        around about nearly almost some now still just near running run ran unchanged basis
        point points percent per cent percentage pct bps bp would will could expected forecast
        seen cuts lowered lowering raised raising eased easing slipped edged ticked than
        closed closing close ended ending finished finishing opened opening traded trading get
        gets got give gives gave given offer offers offered offering pay pays paid worth
        valued""".split()
    )
)
# Words that open another phrase: what precedes them is not what the rate measures.
_RATE_STOP = frozenset(
    "the its their this that and or but while as with before after in on for since".split()
)


_PLACE_OF_RATE = frozenset("at in across throughout during over".split())


def _place_of_rate(raw: list[str], position: int) -> int:
    """The index of the preposition of a place or time phrase whose first word is at
    ``position`` ("across" of "across the"), or 0 when no such phrase starts there."""
    word = raw[position].lower()
    if word == "the" and position > 1 and raw[position - 1].lower() in _PLACE_OF_RATE:
        return position - 1
    return position if word in _PLACE_OF_RATE and position > 0 else 0


def _measured(before: str) -> frozenset[str]:
    """Up to three words of the noun phrase a rate measures, read back from the figure past
    its verb and measure words; their role classes stand for them too (jobless rate and
    unemployment meet). Names are marked "@" (see _rates_of_other_things)."""
    raw = _WORDS.findall(before)
    found: list[str] = []
    placed = False
    position = len(raw)
    while position > 0:
        position -= 1
        original = raw[position]
        word = original.lower().strip("’'")
        passing = word in _RATE_PATH or _is_verb(word) or any(ch.isdigit() for ch in word)
        if not found and passing:
            continue
        if word in ("a", "an"):
            return frozenset()  # "a cumulative 12%", "an annual 5%": the figure's own words
        if found and not placed and (place := _place_of_rate(raw, position)):
            # "lamb prices at Corvelly mart fell 12%", "occupancy across the festival
            # fortnight averaged 81%": the place or time read first; the measure stands
            # before its preposition, where reading goes on.
            placed, found, position = True, [], place
            continue
        if word in _RATE_STOP or passing or len(found) == 3:
            break
        found.append("@" + word if original[:1].isupper() and position > 0 else word)
    stems = {("@" + _stem(w[1:])) if w.startswith("@") else _stem(w) for w in found}
    stems |= {f"#role{_ROLE_OF[w.lstrip('@')]}" for w in found if w.lstrip("@") in _ROLE_OF}
    return frozenset(stems)


def _is_verb(word: str) -> bool:
    """A past or -ing form ("took", "received", "taking"): the verb between a rate and what
    it measures."""
    return _is_past_verb(word) or (len(word) > 4 and word.endswith("ing"))


def _is_past_verb(word: str) -> bool:
    """A past form ("took", "received"), not a word that merely ends so ("speed", "shed")."""
    return word in IRREGULAR_PAST or (
        len(word) > 4 and word.endswith("ed") and word not in NOT_PAST_ED
    )


# Words that name a measure's main form, not another kind of it: "the policy rate" is "the
# benchmark rate", "the key rate".
_MAIN_MEASURE = frozenset("policy benchmark key main base official".split())


def _rates_of_other_things(a: Claim, b: Claim, pa: _Profile, pb: _Profile) -> bool:
    """Two different rates of two named things ("the bond yield fell to 3.28%", "cut its
    cash rate to 3.50%") are two facts, however alike their sentences."""
    if a.value == b.value or not pa.measured or not pb.measured:
        return False
    shared = pa.measured & pb.measured
    if shared:
        # "grocery inflation ... 4.9%" and "core inflation ... 2.7%": one measure, two kinds
        # of it, each named by its own word.
        # (Role marks, "#...", say what a rate is, not which kind of it.)
        rest_a = {w for w in pa.measured - shared if not w.startswith("#")}
        rest_b = {w for w in pb.measured - shared if not w.startswith("#")}
        return (
            bool(rest_a - _MAIN_MEASURE)
            and bool(rest_b - _MAIN_MEASURE)
            and not any(w.startswith("@") for w in rest_a | rest_b)
        )
    # Plain nouns against plain nouns ("bond yield", "cash rate"); two names alone against
    # each other; but a name may be what another's plain noun means ("the party").
    plain_a = {w for w in pa.measured if not w.startswith("@")}
    plain_b = {w for w in pb.measured if not w.startswith("@")}
    return bool(plain_a) == bool(plain_b)


def _horizons_differ(a: _Profile, b: _Profile) -> bool:
    """One figure is forecast for a horizon ("by the end of 2029") and the other is not."""
    return a.period.startswith("by ") != b.period.startswith("by ")


# What a percentage change is measured against. A quarter or month "of 2027" is left
# unread: whether it is a year back or one quarter back depends on the quarter reported.
_CHANGE_BASES = (
    (
        "year",
        r"year[- ]on[- ]year|y/y|(?:from|than|on|over|against|compared\s(?:with|to)|versus)\s"
        r"(?:a|one|the\sprevious|the\sprior|last)\syear(?:\s(?:earlier|ago|before))?"
        r"|a\syear\s(?:earlier|ago|before)|on\sthe\syear|(?:twelve|12)\smonths\sto"
        r"|(?:the\s)?same\s(?:quarter|month|period|week|time)\s(?:of|in|a|last)\b"
        r"|annual(?:\s[a-z]+){0,3}?\s(?:rate|growth|inflation|rise|increase|pace|change|fall"
        r"|decline|gain|basis|terms)\b",
    ),
    (
        "quarter",
        r"quarter[- ]on[- ]quarter|q/q|on\sthe\squarter|quarterly\s(?:rate|growth|rise"
        r"|increase|fall|decline|gain|basis|change)"
        r"|(?:from|than|on|over|against|compared\s(?:with|to))\sthe\s(?:previous|prior"
        r"|preceding|last|first|second|third|fourth)\s(?:quarter|three\smonths)\b"
        r"(?!\sof\s(?:19|20)\d\d)|between\sthe\s[a-z]+\sand\s[a-z]+\squarters",
    ),
    (
        "month",
        r"month[- ]on[- ]month|m/m|on\sthe\smonth|monthly\s(?:rate|growth|rise|increase|fall"
        r"|decline|gain|basis|change|reading)|(?:from|than|on|over|against|compared\s"
        r"(?:with|to))\s(?:a|the\sprevious|the\sprior|last)\smonth(?:\s(?:earlier|ago|before))?"
        r"|a\smonth\s(?:earlier|ago|before)",
    ),
)
_CHANGE_BASE = re.compile(
    "|".join(f"(?P<{name}>{pattern})" for name, pattern in _CHANGE_BASES)
    + r"|(?:from|than|on|over|against|compared\s(?:with|to))\sthe\s(?P<ordinal>first|second"
    r"|third|fourth)\squarter\sof\s(?P<of>(?:19|20)\d\d)\b",
    re.I,
)
_ORDINAL_QUARTER = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# "down from 2.9% a month earlier": the time of the earlier figure, not a change's base.
_EARLIER_FIGURE = re.compile(r"\bfrom\s[^\s]*\d[^\s]*\s?$", re.I)


def _change_bases(text: str, published: dt.date | None) -> list[tuple[int, str]]:
    """Where a sentence names what a change is measured against, and which base."""
    found: list[tuple[int, str]] = []
    for match in _CHANGE_BASE.finditer(text):
        if _EARLIER_FIGURE.search(text, max(0, match.start() - 24), match.start()):
            continue
        base = match.lastgroup or ""
        if match["ordinal"]:
            quarter = _ORDINAL_QUARTER[match["ordinal"].lower()]
            base = _quarter_base(quarter, int(match["of"]), published)
            if not base:
                continue
        found.append((match.start(), base))
    return found


def _change_base(found: list[tuple[int, str]], lo: int, hi: int, start: int) -> str:
    """What the percentage at ``start`` (its clause ``lo``:``hi``) is a change against:
    the nearest base its clause names, else the one base its whole sentence names."""
    inside = [(abs(at - start), base) for at, base in found if lo <= at < hi]
    if inside:
        return min(inside)[1]
    bases = {base for _, base in found}
    return bases.pop() if len(bases) == 1 else ""


def _quarter_base(quarter: int, year: int, published: dt.date | None) -> str:
    """ "compared with the third quarter of 2027": a year back when that quarter ended a
    year or more before the last quarter ended at publication; unread otherwise (it may be
    the quarter before, or the one reported)."""
    if published is None:
        return ""
    ended = published.year * 4 + (published.month - 1) // 3  # quarters ended, counted from 0
    return "year" if ended - (year * 4 + quarter) >= 4 else ""


_DAYS_APART = 7  # "next Tuesday" read as this week's is a week out; more is another day


def _days_far_apart(a: str, b: str) -> bool:
    """Two days more than a week apart, not the same day of another month or year: a day
    told wrongly is mostly a day or a week off ("Monday" for Tuesday, this week's Friday for
    next week's), or its month or year slipped; days weeks apart in like sentences are
    mostly two events of one story (setting off and a top speed, a vote and its count)."""
    if not (is_iso_day(a[:10]) and is_iso_day(b[:10])):
        return False
    first, second = dt.date.fromisoformat(a[:10]), dt.date.fromisoformat(b[:10])
    return abs((first - second).days) > _DAYS_APART and first.day != second.day


def _far_apart(a: Quantity | None, b: Quantity | None) -> bool:
    """Two figures of which one is twice the other or more, in one unit.

    One fact told wrongly is mostly told near its value: a rounding, a typo, a transposed
    pair of digits, an old count. A figure twice another or more is far more often a figure of
    something else in a like sentence (the health budget and the transport budget, this
    week's cases and all the year's). The same digits at another magnitude or in another
    unit ("4,000 litres" and "40,000 litres", "1.2 km" and "1,200 feet"), or in another
    order, are a slip of their own, and are not far apart."""
    return _apart(a, b) >= _FAR_APART_RATIO


def _apart(a: Quantity | None, b: Quantity | None) -> float:
    """How many times the larger of two figures is the smaller, in one unit; 0 when they
    cannot be weighed so, or share their digits (a slip: see _far_apart)."""
    if a is None or b is None:
        return 0.0
    if _same_digits(a.amount, b.amount):
        return 0.0  # ("38" and "83": too short for _transposed, but the same slip)
    converted = _in_unit_of(b, a)
    if converted is None:
        return 0.0
    low, high = sorted((abs(a.amount), abs(converted.amount)))
    return high / low if low > 0 else 0.0


def _far_in_other_units(a: Quantity | None, b: Quantity | None) -> bool:
    """ "380 mm" of rain and "more than three metres" of surge: the only lengths of two
    articles, but told in units of other scales and far apart, so not one measure."""
    return (
        a is not None
        and b is not None
        and a.unit != b.unit
        and _far_apart(a, b)
        and not _miswritten(a, b)
    )


def _in_unit_of(other: Quantity, quantity: Quantity) -> Quantity | None:
    """``other`` in ``quantity``'s unit, or None if it cannot be. Counts of one thing in
    other words ("people", "residents") compare as they are."""
    if quantity.dimension == "count" or other.unit == quantity.unit:
        return other
    return convert(other, quantity.unit)


def _slipped(a: Quantity | None, b: Quantity | None) -> bool:
    """Two figures whose digits are a slip of each other's (see _same_digits)."""
    return a is not None and b is not None and _same_digits(a.amount, b.amount)


def _same_digits(a: float, b: float) -> bool:
    """Two figures written with the same significant digits, in any order or magnitude."""
    return sorted(significant(a)[0]) == sorted(significant(b)[0])


def _rising_tally(a: Quantity, b: Quantity, pa: _Profile, pb: _Profile) -> bool:
    """Whether the later article gives the larger figure: a count that grew between two
    publication days (cases, homes flooded, hectares burned) may grow far."""
    if pa.published is None or pb.published is None or pa.published == pb.published:
        return False
    earlier, later = (a, b) if pa.published < pb.published else (b, a)
    converted = _in_unit_of(later, earlier)
    return converted is not None and converted.amount > earlier.amount


def _one_bare_count(a: Claim, b: Claim) -> bool:
    """Whether a bare count no role word ties to another count of two outlets may still be
    that count: the same number, and the same thing done ("four of them seriously enough to
    be taken to hospital", "Four people were taken to hospital"). Only sentences much alike
    make it so (_BARE_ALIKE_PENALTY)."""
    assert a.quantity is not None and b.quantity is not None  # (a bare count's pair)
    return (
        a.quantity.amount == b.quantity.amount
        and a.source != b.source
        and not _done_differently(a, b)
    )


def _done_differently(a: Claim, b: Claim) -> bool:
    """Whether the verbs nearest two figures differ ("35 reached the surface", "35 were
    questioned by police"): what was counted is told by what was done."""
    verbs = []
    for claim in (a, b):
        at = claim.context_at
        verbs.append(_event_verb(claim.context, at, at + len(claim.text)) if at >= 0 else "")
    return bool(verbs[0] and verbs[1] and verbs[0] != verbs[1])


def _durations_of_other_things(a: Claim, b: Claim, pa: _Profile, pb: _Profile) -> bool:
    """Two different lengths of time ("six years" on the council, "two years" behind
    schedule) are one fact only when the words beside them in their clauses share one."""
    if a.value == b.value or not a.quantity or not b.quantity:
        return False
    if a.quantity.dimension != "time" or b.quantity.dimension != "time":
        return False
    if pa.window and pb.window:
        return True  # "in the first twelve hours" and "in the first three days": two windows
    other = convert(b.quantity, a.quantity.unit)
    if other is not None and math.isclose(other.amount, a.quantity.amount, rel_tol=1e-6):
        return False  # "four and a half years" is "54 months", whatever the words beside
    if other is not None and other.amount > 0 and a.quantity.amount > 0:
        ratio = max(other.amount, a.quantity.amount) / min(other.amount, a.quantity.amount)
        if ratio <= _NEAR_DURATIONS:
            # "after 51 hours underground" and "41 hours after the rockfall": one ordeal
            # told a little differently; the sentences' likeness decides, not a veto.
            return False
    return not _given_time(pa.near) & _given_time(pb.near)


# Two lengths of time this close (in one unit) may be one fact misreported.
_NEAR_DURATIONS = 1.5


# A length of time someone is given, gets or is jailed for: one custodial sentence in any of
# these verbs ("was sentenced to", "received", "was given", "gets", "was jailed for").
_GIVEN_TIME = frozenset("sentenc jail imprison given receiv get got gets handed serv".split())


def _given_time(near: frozenset[str]) -> frozenset[str]:
    return frozenset("#given" if word in _GIVEN_TIME else word for word in near)


_WINDOW = re.compile(
    r"\b(?:in|within|over|during|for|across)\s(?:the\s)?(?:first|past|last|next|opening|"
    r"following)\s$",
    re.I,
)


def _part_against_whole(a: Claim, pa: _Profile, b: Claim, pb: _Profile) -> bool:
    """One figure is a part of a total in its own article, and the other states that total:
    "4,900 nurses" (of "6,400 strikers") against another outlet's "6,400 nurses"; or one is
    such a total and the other states one of its parts."""
    if a.source == b.source or not a.quantity or not b.quantity:
        return False
    return (
        _states_whole(a.quantity, pa.whole, b.quantity)
        or _states_whole(b.quantity, pb.whole, a.quantity)
        or _states_part(a.quantity, pa.parts, b.quantity)
        or _states_part(b.quantity, pb.parts, a.quantity)
        # (Only against a figure that is no part itself: "241 passengers" of a blog's 245
        # is still the passengers.)
        or (pb.whole is None and _nearer_whole(a.quantity, pa.whole, b.quantity))
        or (pa.whole is None and _nearer_whole(b.quantity, pb.whole, a.quantity))
    )


def _parts_of_other_totals(a: Claim, pa: _Profile, b: Claim, pb: _Profile) -> bool:
    """Two different figures, each a part of a total its article checks, and the totals
    differ by more than rounding: shares of two different wholes."""
    if a.value == b.value or pa.whole is None or pb.whole is None:
        return False
    return not math.isclose(pa.whole, pb.whole, rel_tol=0.05)


def _states_part(total: Quantity, parts: tuple[float, ...], other: Quantity) -> bool:
    """Whether ``other`` is one of the parts a total is made of in its own article, and not
    the total ("3,900 people" against "15,100 people: Kelsan's 11,200 and Brightmoor's
    3,900")."""
    if not parts:
        return False
    low, high = figure_interval(other)
    return any(low <= part <= high for part in parts) and not low <= total.amount <= high


def _states_whole(part: Quantity, whole: float | None, other: Quantity) -> bool:
    """Whether ``other`` allows the total ``part`` makes up, and not ``part`` itself ("more
    than 5,000 porters" is the 5,200, not the 3,900 of them)."""
    if whole is None:
        return False
    low, high = figure_interval(other)
    return low <= whole <= high and not low <= part.amount <= high


def _nearer_whole(part: Quantity, whole: float | None, other: Quantity) -> bool:
    """ "421,000 members" against the "390,000 current members" of "412,000 members": nearer
    the total than the part, it is another count of the total."""
    if whole is None or math.isclose(other.amount, part.amount):
        return False  # (the part itself: "€126 million" is no slip of its "€612 million")
    if _transposed(replace(part, amount=whole), other) or _same_digits(whole, other.amount):
        # "251 flights" against "130 ... and 85, 215 in total", "£4.3m" against "£2.1m" of
        # "£3.4m": the total, slipped.
        return True
    return abs(other.amount - whole) < min(abs(other.amount - part.amount), 0.1 * whole)


def _both_clock_times(a: Claim, b: Claim) -> bool:
    return a.kind is ClaimKind.DATE and has_clock_time(a.value) and has_clock_time(b.value)


def build_profiles(
    claims: Sequence[Claim],
    sentences: dict[str, tuple[Sentence, ...]],
    published: Mapping[str, dt.date | None] | None = None,
    wholes: Mapping[tuple[str, int], float] | None = None,
) -> list[_Profile]:
    profiles = []
    # The words of each article, to tell whether it names another figure's holder: only
    # figures have holders.
    articles = {
        source: frozenset(
            unpossessed(word)
            for s in sentences.get(source, ())
            for word in _WORDS.findall(s.text.lower())
        )
        for source in {c.source for c in claims if c.kind is ClaimKind.NUMBER}
    }
    # The first sentence of each article's body, its lede (found once, not per claim).
    first_body = {
        source: next((position for position, s in enumerate(own) if s.role == "body"), -1)
        for source, own in sentences.items()
    }
    parts_of: dict[tuple[str, float], list[float]] = defaultdict(list)
    for claim in claims:
        whole = (wholes or {}).get((claim.source, claim.start))
        if whole is not None and claim.quantity is not None:
            parts_of[claim.source, whole].append(claim.quantity.amount)
    bases_in: dict[tuple[str, int], list[tuple[int, str]]] = {}
    # Each sentence's precise figures, read once however many dates it holds.
    figures_in: dict[tuple[str, int], tuple[tuple[int, int, str], ...]] = {}
    opened: set[str] = set()  # sources whose first event date has been seen
    for claim in claims:
        owner: frozenset[str] = frozenset()
        owners = 0
        tense = Tense.UNKNOWN
        event = ""
        own_sentences = sentences.get(claim.source, ())
        weights: dict[str, float] = {}
        own: dict[str, float] = {}
        local: dict[str, float] = {}
        role: int | None = None
        years: frozenset[str] = frozenset()
        days: frozenset[str] = frozenset()
        near: frozenset[str] = frozenset()
        plain_near: frozenset[str] = frozenset()
        person: frozenset[str] = frozenset()
        measured: frozenset[str] = frozenset()
        historical = False
        lede = headline = False
        period = ""
        prices: frozenset[str] = frozenset()
        as_of = window = False
        told_day = False
        opening = False
        base = ""
        figures: frozenset[str] = frozenset()
        happening: frozenset[str] = frozenset()
        last_time = False
        if claim.kind is ClaimKind.QUOTE:
            # A quote is about its words; the sentence around it only says who and when.
            _weighted_words(claim.value, 1.0, weights)
            if claim.speaker:
                _weighted_words(claim.speaker, 0.5, weights)
            own = weights
        elif 0 <= claim.sentence < len(own_sentences):
            sentence = own_sentences[claim.sentence]
            lede = claim.sentence == first_body.get(claim.source)
            headline = sentence.role == "headline"
            masked = _masked(sentence, claim)
            # The claim's own clause says most about it; the rest of the sentence less.
            start = max(0, claim.start - sentence.start)
            lo, hi = clause_around(masked, start, start + 1)
            _weighted_words(masked[lo:hi], 1.0, weights)
            _weighted_words(masked, _SENTENCE_WEIGHT, weights)
            own = dict(weights)
            left, right = _beside(sentence.text, start, start + len(claim.text))
            _weighted_words(" ".join(left + right), 1.0, local)
            # What a claim is and when: read within its own clause only, so that
            # "18% above 2023 levels, and net profit reached $421 million" does not give
            # the profit a year; but "since 1987, when a quake killed 112 people" does.
            lo, hi = clause_around(sentence.text, start, start + len(claim.text))
            left, right = _beside(sentence.text[lo:hi], start - lo, start - lo + len(claim.text))
            beside = content_words(" ".join(left + right))
            near = frozenset(_stem(w) for w in beside)
            names = {w.lower() for w in _CAPITALISED.findall(sentence.text, lo, hi)}
            plain_near = frozenset(_stem(w) for w in beside if w not in names)
            if claim.kind is ClaimKind.DATE:
                end = start + len(claim.text)
                role = _date_role(sentence.text, start, end)
                said_on = bool(_SAID_ON.search(sentence.text, max(0, start - 60), start))
                if said_on or _HEARD_AFTER.match(sentence.text, end):
                    lede = False  # the day of a statement, not of the story's main event
                    # (and of no event at all, unless said at one: "said on Monday, as he met")
                    told_day = not _TOLD_DURING.match(sentence.text, end)
                tense = tense_at(sentence.text, start, end)
                # "The fine handed down last Wednesday is likely to ...": a date that says
                # its own tense keeps it, whatever verb is nearest.
                told = tense_of_words(claim.text)
                tense = tense if told is Tense.UNKNOWN else told
                day = published.get(claim.source) if published else None
                if (
                    tense is Tense.PAST
                    and day is not None
                    and any(character.isdigit() for character in claim.text)
                    and is_iso_day(claim.value[:10])
                    and claim.value[:10] > day.isoformat()
                ):
                    # "had its first reading yesterday, and councillors vote on it on
                    # Tuesday, September 25", written on the 18th: a day written with its
                    # number after publication is still to come, whatever past verb the
                    # sentence holds. (Not "on Tuesday": its day is read from its tense.)
                    tense = Tense.FUTURE
                event = _event_verb(sentence.text, start, end)
                last_time = (
                    claim.text.lower().startswith("since") and first_since(sentence.text, start)
                ) or bool(_LAST_DONE.search(sentence.text, lo, start))
                if is_iso_day(claim.value[:10]):
                    # (not a year's: "approved next year's budget on Tuesday")
                    happening = _happening(sentence.text, start, end)
                key = (claim.source, claim.sentence)
                if key not in figures_in:
                    figures_in[key] = precise_figures(sentence.text)
                figures = frozenset(f for a, b, f in figures_in[key] if b <= start or a >= end)
                prices = frozenset(
                    "".join(m.group(0).split()) for m in _PRICE.finditer(sentence.text, lo, hi)
                )
                as_of = (
                    claim.text.lower().startswith("by ")
                    and bool(_COUNTED.search(sentence.text, lo, start))
                ) or bool(_STATUS_NOW.match(sentence.text, end, hi))
                # "shares are down again this morning": another time, not the first one;
                # "Fifteen people are still missing tonight": when a state was told.
                # (Not a day that names its own event: "running normally again this morning
                # after Tuesday morning's crash" tells the crash's day.)
                as_of = as_of or (not happening and bool(_AGAIN.search(sentence.text, lo, hi)))
                as_of = as_of or bool(_STILL.search(sentence.text, max(lo, start - 25), start))
                # "the death toll stands at six this morning": when a tally was told.
                as_of = as_of or bool(_STANDS_BEFORE.search(sentence.text, lo, start))
                # The first day an article's body tells of, near its start, is mostly its
                # main event's, however the writer opens ("Last Wednesday, the first day of
                # the strike, I turned up at the airport").
                if (
                    claim.source not in opened
                    # (a day: "since the dark days of 2021, so I opened Wednesday's results"
                    # opens on Wednesday)
                    and is_iso_day(claim.value[:10])
                    and (sentence.role == "body" or _DATE_LABEL.match(sentence.text))
                    and not said_on
                    and tense is not Tense.FUTURE
                    and not as_of
                ):
                    opened.add(claim.source)
                    if claim.sentence - first_body.get(claim.source, 0) <= _OPENING_REACH:
                        opening = True
            if claim.kind is ClaimKind.NUMBER:
                role = _figure_role(claim, sentence.text, start, lo, left, right)
                if claim.quantity and claim.quantity.dimension == "count":
                    # "268,000 customers were still without power", "nine remain in
                    # hospital": a tally told as it stands, not the peak or the first count.
                    # (Not the missing: "15 are still missing" is the tally that was 21.)
                    as_of = role != _MISSING and bool(
                        _STILL_AFTER.match(sentence.text, start + len(claim.text))
                        or _STILL_BEFORE.search(sentence.text, max(0, start - 24), start)
                    )
                if claim.quantity and claim.quantity.dimension == "age":
                    person = _whose_age(sentence.text, start, start + len(claim.text))
                if claim.quantity and claim.quantity.dimension in ("percent", "points"):
                    measured = _measured(sentence.text[lo:start])
                if claim.quantity and claim.quantity.dimension == "percent":
                    key = (claim.source, claim.sentence)
                    if key not in bases_in:  # once per sentence, however many figures
                        day = (published or {}).get(claim.source)
                        bases_in[key] = _change_bases(sentence.text, day)
                    base = _change_base(bases_in[key], lo, hi, start)
                window = bool(
                    claim.quantity
                    and claim.quantity.dimension == "time"
                    and _WINDOW.search(sentence.text, max(0, start - 30), start)
                )
                if claim.quantity and claim.quantity.dimension in ("count", "percent"):
                    # Whose seats, whose share; money in a deal names buyer and seller.
                    owner, owners = _owner(sentence.text, start, start + len(claim.text))
                beside_words = left + right
                # A year told after another figure is that figure's: "fall to 6.1% in 2031
                # and 5.8% in 2032", "up from 1,175 in 2027 to 1,386".
                others = [
                    k
                    for k, w in enumerate(beside_words)
                    if _OTHER_FIGURE.fullmatch(w)
                    # (not the day of a date: "on 12 March 2027, 33 people died")
                    and not MONTHS.keys() & set(beside_words[max(0, k - 1) : k + 2])
                ]
                years = frozenset(
                    w
                    for k, w in enumerate(beside_words)
                    if _YEAR.fullmatch(w)
                    and not any(o < k and (o >= len(left) or k < len(left)) for o in others)
                    # ("£71.50 per megawatt hour in 2024 prices" is told today, in old money)
                    and beside_words[k + 1 : k + 2] not in (["prices"], ["money"])
                    # ("has cost €48 million since drilling began in December 2028": a sum
                    # counted from then to now, not that year's)
                    and "since" not in beside_words[max(0, k - 5) : k]
                )
                # "was founded in 1921 and has around 320 members": the year is the founding's;
                # a present predicate after it tells the figure as it is now.
                now_told = max(
                    _NOW_PREDICATE.finditer(sentence.text, lo, start),
                    key=lambda m: m.start(),
                    default=None,
                )
                if now_told is not None:
                    years = frozenset(y for y in years if y in sentence.text[now_told.end() : hi])
                # "closed at $33.20 on Friday", "closed on Monday at $41.20": two days' prices.
                # (A counted thing keeps its count whichever day the news told it.)
                if not (claim.quantity and claim.quantity.dimension == "count"):
                    days = frozenset(w for w in left + right if w in WEEKDAYS)
                when = _WHEN_CLAUSE.search(sentence.text[:start])
                if when:
                    years |= {when.group(1)}
                opening = _OPENING_YEAR.match(sentence.text, 0, start)
                if opening:
                    years |= {opening.group(1)}
                label = _LABEL_LINE.match(sentence.text)
                if label and label.end() == start:
                    years |= {y.group(1) for y in _LABEL_YEAR.finditer(label.group(0))}
                day = (published or {}).get(claim.source)
                if day is not None and _OPENING_LAST_YEAR.match(sentence.text, 0, start):
                    years |= {str(day.year - 1)}
                if day is not None and claim.kind is ClaimKind.NUMBER:
                    years |= _years_ago(sentence.text, lo, hi, start, len(claim.text), day)
                historical = day is not None and any(abs(int(y) - day.year) >= 2 for y in years)
                told_for = _PERIOD.match(sentence.text, start + len(claim.text))
                if told_for:
                    period = _period_name(told_for.group("period"), day)
            for offset in (-1, 1):
                index = claim.sentence + offset
                if not 0 <= index < len(own_sentences):
                    continue
                neighbour = own_sentences[index]
                # An embedded post's attribution line dates the post just above it.
                close = sentence.role == "post" and offset == -1
                if neighbour.paragraph == sentence.paragraph or close or len(weights) < 4:
                    _weighted_words(neighbour.text, 1.0 if close else _NEIGHBOUR_WEIGHT, weights)
            if claim.about:
                _weighted_words(claim.about, 1.0, weights)
        profiles.append(
            _Profile(
                weights,
                own,
                local,
                " ".join(sorted(weights)),
                role,
                years,
                historical,
                owner,
                owners,
                tense,
                articles.get(claim.source, frozenset()),
                event,
                days,
                (wholes or {}).get((claim.source, claim.start)),
                near,
                lede=lede,
                headline=headline,
                period=period,
                prices=prices,
                as_of=as_of,
                plain_near=plain_near,
                person=person,
                measured=measured,
                base=base,
                window=window,
                opening=opening or lede,
                published=(published or {}).get(claim.source),
                figures=figures,
                told_day=told_day,
                happening=happening,
                last_time=last_time,
                parts=tuple(parts_of.get((claim.source, claim.quantity.amount), ()))
                if claim.quantity is not None
                and (wholes or {}).get((claim.source, claim.start)) is None
                else (),
            )
        )
    return _with_happenings_beside(claims, _with_what_is_told_elsewhere(claims, profiles))


def _with_happenings_beside(claims: Sequence[Claim], profiles: list[_Profile]) -> list[_Profile]:
    """Each date's ``happenings_beside``: the things its sentence's dates of other days name
    as their own."""
    named: dict[tuple[str, int], list[tuple[str, frozenset[str]]]] = defaultdict(list)
    for claim, profile in zip(claims, profiles, strict=True):
        if profile.happening:
            named[claim.source, claim.sentence].append((claim.value, profile.happening))
    if not named:
        return profiles
    told = []
    for claim, profile in zip(claims, profiles, strict=True):
        beside = named.get((claim.source, claim.sentence), ())
        if not beside or len(beside) > _HAPPENINGS_IN_A_SENTENCE:
            told.append(profile)  # (a sentence of a hundred such days is a list, not news)
            continue
        others = frozenset(w for value, words in beside if value != claim.value for w in words)
        told.append(replace(profile, happenings_beside=others) if others else profile)
    return told


_HAPPENINGS_IN_A_SENTENCE = 12


def _with_what_is_told_elsewhere(
    claims: Sequence[Claim], profiles: list[_Profile]
) -> list[_Profile]:
    """Each yearless figure's ``dated_elsewhere`` (the past years its article gives to its
    other figures of the same dimension) and each roleless figure's ``roles_elsewhere`` (the
    head counts its article gives to other figures of the same noun)."""
    past_years: dict[tuple[str, str], set[str]] = defaultdict(set)
    head_counts: dict[tuple[str, str], set[int]] = defaultdict(set)
    for claim, profile in zip(claims, profiles, strict=True):
        # ("up from £54,000 last year" dates that figure as "in 2031" would.)
        own_years = profile.years or ({profile.period} if profile.period.isdigit() else set())
        if claim.quantity is not None and own_years and profile.published is not None:
            past = {y for y in own_years if int(y) < profile.published.year}
            past_years[claim.source, claim.quantity.dimension] |= past
        if claim.quantity is not None and claim.quantity.unit and profile.role in _HEAD_COUNTS:
            head_counts[claim.source, claim.quantity.unit].add(profile.role)
    if not past_years and not head_counts:
        return profiles
    told = []
    for claim, profile in zip(claims, profiles, strict=True):
        # ("sold 4.2 million bottles last year" is dated by its own words: its period.)
        if claim.quantity is not None and not profile.years and not profile.period.isdigit():
            elsewhere = past_years.get((claim.source, claim.quantity.dimension))
            if elsewhere:
                profile = replace(profile, dated_elsewhere=frozenset(elsewhere))
        if claim.quantity is not None and profile.role is None:
            roles = head_counts.get((claim.source, claim.quantity.unit))
            if roles:
                profile = replace(profile, roles_elsewhere=frozenset(roles))
        told.append(profile)
    return told


def _roles_told_apart(a: _Profile, b: _Profile) -> bool:
    """ "30 whales had now died" is not a live blog's "57 pilot whales are on the beach" when
    the blog gives its dead another figure ("26 whales died today")."""
    return (a.role is not None and a.role in b.roles_elsewhere) or (
        b.role is not None and b.role in a.roles_elsewhere
    )


def _years_told_apart(a: _Profile, b: _Profile) -> bool:
    """ "found 1,386 people" in an article that dates its 1,175 to 2027 is not another
    outlet's "The 2027 count found 1,175 people": one figure is of a past year, and the
    other's article gave that year to another of its figures."""
    return bool(
        (b.years and b.years <= a.dated_elsewhere) or (a.years and a.years <= b.dated_elsewhere)
    )


# Verbs that tell of an event: regular past forms and the common irregular ones, and the
# verb after "will" or "to be" for what is to come ("to" alone also leads nouns: "door to
# door"). Saying is not the event (see _STATEMENT), and auxiliaries carry no event of their
# own.
_EVENT_VERB = re.compile(
    r"\b(?:(?:will\s(?:be\s)?|to\sbe\s)([a-z]{3,})|([a-z]{3,}ed|"
    + "|".join(IRREGULAR_PAST)
    + r"))\b"
)
_EVENT_BEFORE = 60  # characters
_EVENT_AFTER = 24
_NOT_EVENTS = NOT_PAST_ED | frozenset(
    """said told added noted stated stressed asked replied claimed argued warned explained
    have has had been was were are does did not also""".split()
)


# Verbs that only say an event took place; the event is their subject ("the meeting was
# held", "the recall was announced"), so another verb beside them names no other event.
_LIGHT_EVENTS = frozenset(
    """held hold took take began begin start happen occurr came come went go announc made
    make got get saw see complet set plann schedul gave give""".split()
)


# A figure before a date in its clause ("1,200 hectares by Tuesday"), not a year or a day:
# a lower-case word follows it ("12 March" is a day).
# "this morning five people have now died", "this morning the toll stands at": the day a
# running count was taken, not the day of the event it counts.
_STATUS_NOW = re.compile(
    r"[^.;:]{0,60}?\b(?:(?:has|have)\snow|now\s(?:stands?|is|are)|stands?\sat)\b", re.I
)
_AGAIN = re.compile(r"\bagain\b", re.I)
_STILL = re.compile(r"\bstill\b", re.I)
_STILL_AFTER = re.compile(
    r"(?:\s[\w’'-]+){0,2}?\s(?:(?:are|were|is|was|have|has|had)\sstill|remain(?:s|ed)?)\b", re.I
)
_STILL_BEFORE = re.compile(r"\bstill\s(?:have|has|had|holds?|treating|caring\sfor)\s$", re.I)
_STANDS_BEFORE = re.compile(
    r"\b(?:stands?|stood|(?:is|are|was|were)\snow)\s(?:at\s)?(?:[\w.,%-]+\s){1,2}$", re.I
)
_EVERY_BEFORE = re.compile(r"\bevery\s$", re.I)
_CAPITALISED = re.compile(r"\b" + _CAP_WORD)
_COUNTED = re.compile(r"(?<![\w,.])\d[\d,.]*\s[a-z%]")
# A price to the cent ("$33.20"), not a sum ("$2bn", "$1.8 billion"): a day's price.
_PRICE = re.compile(
    r"(?:[$€£¥]|\b(?:US|A|C|HK)\$|\bRs\.?\s?)\d[\d,]*\.\d\d(?![\d.])"
    r"(?!\s?(?:[mbk]n?|million|billion|trillion|thousand)\b)",
    re.I,
)


def _events_differ(a: _Profile, b: _Profile) -> bool:
    """Whether two dates tell of events with different verbs; a light verb ("came down",
    "was held") says too little to tell."""
    if not a.event or not b.event or a.event == b.event:
        return False
    return a.event not in _LIGHT_EVENTS and b.event not in _LIGHT_EVENTS


def _follows_up(a: _Profile, b: _Profile, text_a: str = "", text_b: str = "") -> bool:
    """Whether one date's verb acts on the other's event ("widened the recall", "postponed
    the vote", "appealed the ruling"): two events, one after the other. The other sentence
    telling the event as a verb of its own ("became the fastest ..., crossing the line") is
    one event in two verbs, not an act on it."""
    return _events_differ(a, b) and (
        (a.event in b.own and not _as_verb(a.event, text_b))
        or (b.event in a.own and not _as_verb(b.event, text_a))
    )


def _as_verb(stem: str, text: str) -> bool:
    return bool(re.search(rf"\b{re.escape(stem)}\w{{0,2}}(?:ing|ed)\b", text, re.I))


def _event_verb(text: str, start: int, end: int) -> str:
    """The stem of the verb nearest a date in its clause, or "" when it has none: what
    happened on that day. A verb before the date counts nearer than one after it, as in
    tense_at."""
    lo, hi = clause_around(text, start, end)
    # Farther off, a verb belongs to another part of the sentence ("the derailment near X on
    # Monday are focusing on the speed at which it entered the bend").
    lo = max(lo, start - _EVENT_BEFORE)
    hi = min(hi, end + _EVENT_AFTER + 40)  # the longest verb starting in reach ends here
    window = lowered(text[lo:hi])
    best: tuple[float, str] | None = None
    for found in _EVENT_VERB.finditer(window):
        at, until = lo + found.start(), lo + found.end()
        if at > end + _EVENT_AFTER:
            break
        word = found.group(1) or found.group(2)
        if word in _NOT_EVENTS or start <= at < end or text[at].isupper():
            continue
        if word == "passed" and _PASSED_ALONG.match(window, found.end()):
            continue  # "2,300 people passed through the doors" approved nothing
        if at >= end and _PERFECT_BEFORE.search(text, max(0, at - 16), at):
            # "kayakers swept out to sea on Saturday afternoon have thanked the crew": a
            # present perfect never takes a day of its own; the day is the verb's before it.
            continue
        distance = start - until if until <= start else 1.5 * (at - end)
        if at >= end and _NEXT_PREDICATE.fullmatch(text, end, at):
            # "lost 63 containers in the strait on Thursday morning and reached port": the
            # verb after "and" is the next thing done; the day belongs to the verb before it.
            distance += _EVENT_BEFORE
        if best is None or distance < best[0]:
            best = (distance, word)
    if best is None:
        # "officials said on Wednesday, as crews battled to hold the line": what was
        # happening as it was said.
        meanwhile = _AS_CLAUSE.match(text, end)
        if meanwhile:
            found = _EVENT_VERB.search(lowered(meanwhile.group(1)))
            if found and (found.group(1) or found.group(2)) not in _NOT_EVENTS:
                return _stem(found.group(1) or found.group(2))
    return _stem(best[1]) if best else ""


_PASSED_ALONG = re.compile(r"\s(?:through|away|by|along|over|on|off|out|down|into|under)\b")


# What a date names as its own: "yesterday's hailstorm", "Wednesday afternoon's vote", "the
# hailstorm of Wednesday 11 June", "the auction on Friday". Times of day and spans of time
# are the date's own words, not a thing that happened.
_HAPPENING_AFTER = re.compile(
    # ("yesterday's teachers' strike": a plural possessive is a word of the compound.)
    r"(?:\s(?:morning|afternoon|evening|night)|\s\d{4})?['’]s\s((?:[a-z][\w-]*['’]?\s?){1,3})"
)
_HAPPENING_BEFORE = re.compile(r"\bthe\s((?:[a-z][\w-]*\s){1,2}?)(?:(?:of|on)\s)?$", re.I)


def _not_a_thing(word: str) -> bool:
    return (
        word in STOPWORDS
        or word.endswith("ly")
        or _is_past_verb(word)
        or word in _NOT_EVENTS  # ("the company said on Monday")
    )


_PLACE_AHEAD = re.compile(
    r"\b(?:at|in|near|outside|inside|to|from|into|onto|across|by|around|off)\s$", re.I
)
_NOT_HAPPENINGS = frozenset(
    """morning afternoon evening night day days week weekend weeks month year end start
    beginning rest time hours first last early late""".split()
)


def _happening(text: str, start: int, end: int) -> frozenset[str]:
    """The stems of the thing a date names as its own, or none."""
    after = _HAPPENING_AFTER.match(text, end)
    if after:
        found = after.group(1)
    else:
        before = _HAPPENING_BEFORE.search(text, max(0, start - 40), start)
        if not before or _PLACE_AHEAD.search(text, max(0, before.start() - 12), before.start()):
            return frozenset()  # ("speaking at the substation on Wednesday": a place)
        found = before.group(1)
        if any(_not_a_thing(word) for word in found.lower().split()):
            return frozenset()  # "The plant opened on Monday": a subject and its verb
    head = []
    for word in (w.rstrip("'’") for w in found.lower().split()):
        if _not_a_thing(word):
            break  # ("Wednesday's auction really showed", "Tuesday's storm destroyed")
        head.append(word)
    return frozenset(_stem(w) for w in head if w not in _NOT_HAPPENINGS)


# "Stoddon last built a passenger ferry in 1998": when such a thing was last done.
_LAST_DONE = re.compile(r"\blast\s(?:[a-z]+ed|" + "|".join(IRREGULAR_PAST) + r")\b[^,;:]*$")


_PERFECT_BEFORE = re.compile(r"\b(?:have|has)\s(?:\w+ly\s)?$", re.I)
_NEXT_PREDICATE = re.compile(r",?\s(?:and|then|and\sthen)\s(?:\w+ly\s)?", re.I)
_AS_CLAUSE = re.compile(r",?\s(?:as|while|when)\s((?:[\w’'-]+\s){1,3}?[a-z]{3,})\b")


# A run of capitalised words ("People's Front", "Civic Alliance"), joined by "of"/"the".
_NAME_RUN = re.compile(_CAP_WORD + r"(?:,?\s(?:(?:of|de|the|and|&)\s){0,2}" + _CAP_WORD + r")*")
_AND = re.compile(r",?\s(?:and|&)\s(?:the\s)?|,\s")
_NOT_OWNERS = (
    frozenset(
        """the a an this that these those it its in on at for from with by as but and or if when
    while after before since during earlier later however he she they we i you our their his
    her some many most several all other such another one both each about nearly more than
    over under around almost just only also still total together meanwhile according
    said says""".split()
    )
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
)
_OWNER_LEFT = 160  # characters before a figure in which its owner's name is looked for


# A speech verb parts a figure from the name before it: in "the board widened the recall,
# saying 52 batches are affected" the board tells the figure; it does not hold it.
_OWNER_BREAK = re.compile(
    r"[;:()]|\s[—–]\s|\b(?:but|while|whereas|when|said|says|saying|told|according\sto)\b"
)


def _owner(text: str, start: int, end: int) -> tuple[frozenset[str], int]:
    """Lower-cased words of the name that holds a figure: the first name of its part of the
    sentence before it, where a subject stands ("The nationalist People's Front came second
    with 29.8% and 61 seats" -> people, front; "The Greens, with 14 seats" -> greens), and
    how many names it joins. A possessive that only describes ("Estmark's election") gives
    way to a name that acts; "He has 14 goals" has no owner."""
    named_after = _FOR_NAME.match(text, end)
    if named_after:
        # "46,385 votes for Venn": the name the figure is for.
        words = frozenset(named_after.group(1).lower().split()) - _NOT_OWNERS
        if words:
            return words, 1
    left = max(0, start - _OWNER_LEFT)
    for found in _OWNER_BREAK.finditer(text, left, start):
        left = found.end()
    runs = [
        m
        for m in _NAME_RUN.finditer(text, left, start)
        if not _PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start())
        and m.group(0).split()[0].lower() not in _PLACE_WORDS  # "At the Riverside school"
        # "won the National Schools Final, beating 48 teams": what was won holds nothing.
        and not _OBJECT_BEFORE.search(text, max(0, m.start() - 16), m.start())
    ]
    acting = [m for m in runs if not _DESCRIBING.match(text, m.end())]
    if runs and _RIGHT_BEFORE.fullmatch(text, runs[-1].end(), start):
        acting = [runs[-1]]  # "... and Venn 46,385": the name the figure stands beside
    for match in acting or runs:
        parts = match.group(0).split()
        if (match.start() == 0 or not text[: match.start()].strip()) and not (
            len(parts) == 1 and _HOLDS_AFTER.match(text, match.end())
        ):
            # A sentence's first word is capitalised whatever it is ("Voters in ...",
            # "Together, ..."): only the words after it are surely a name, unless it holds
            # something ("Oakhurst won 48,912 votes"). What is left must still name: of
            # "Greyfeather Press has raised", "Press" alone is any publisher.
            rest = parts[1:]
            if not rest or not all(unpossessed(part.strip(",")) in ORG_WORDS for part in rest):
                parts = parts[1:]
        words = frozenset(
            w
            for w in (unpossessed(part.strip(",")).lower() for part in parts)
            if w not in _NOT_OWNERS and len(w) > 1
        )
        if words:
            return words, len(_AND.split(" ".join(parts)))
    return frozenset(), 0


_RIGHT_BEFORE = re.compile(r",?\s{1,2}")
_FOR_NAME = re.compile(
    r"\s(?:[a-z]+\s)?for\s(?:the\s)?(" + _CAP_WORD + r"(?:\s" + _CAP_WORD + r"){0,3})"
)
_HOLDS_AFTER = re.compile(r"\s(?:won|took|received|secured|gained|got|holds|held|has|had)\b")
# "in Estmark", "from Redmarsh": a place where, not a holder of the figure.
_PLACE_WORDS = frozenset("in at on from near across outside inside throughout around".split())
_PLACE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_PLACE_WORDS)) + r")\s(?:the\s)?$", re.I)


_OBJECT_BEFORE = re.compile(r"\b(?:won|took|beat|reached|entered|hosted|[a-z]{3,}ed)\sthe\s$")
# "Estmark's parliamentary election": a possessive name before a lower-case noun describes.
_DESCRIBING = re.compile(r"(?<=[’']s)\s[a-z]")


def _other_day_or_figure(a: Claim, b: Claim) -> bool:
    """Whether two claims tell other values, two days being one when only an hour differs
    ("at 9.30am today" and "on Saturday morning" of that day)."""
    if a.kind is ClaimKind.DATE and is_iso_day(a.value[:10]) and is_iso_day(b.value[:10]):
        return a.value[:10] != b.value[:10]
    return a.value != b.value


def _tenses_differ(a: _Profile, b: _Profile) -> bool:
    return {a.tense, b.tense} == {Tense.PAST, Tense.FUTURE}


def _owners_known(a: _Profile, b: _Profile) -> int:
    """Whether two figures are held by differently named owners: 2 when each article names
    the other's owner too ("the Greens, with 14 seats" and "Maria Ovens ... needs 91 seats",
    both articles naming both): different facts, not one told two ways; 1 when only one
    article names both (the other may call the same owner otherwise: "Ovens's party" for
    "the Civic Alliance"); 0 when the owners are not told apart."""
    if not a.owner or not b.owner:
        return 0
    # Shared words mean one owner, unless one side joins several ("the Civic Alliance and
    # the Greens would hold 101 seats" is not the Greens' 14).
    if a.owner & b.owner and (a.owners == b.owners or max(a.owners, b.owners) < 2):
        return 0
    return int(all(w in b.article for w in a.owner)) + int(all(w in a.article for w in b.owner))


_BESIDE = 6  # words on each side of a claim that say most about it
# A word beside a claim that is a figure of its own, not a year ("5.8%", "1,175", "£2m").
_OTHER_FIGURE = re.compile(r"(?!(?:1[89]|20)\d\d$)[$€£]?\d[\d,.]*(?:%|bn|m|k)?")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# "in 2011, when ..." / "the 1987 quake, in which ...": what follows belongs to that year.
# "In 2022, turnout was 54.2%": a year that opens the sentence dates all of it.
# "In March 2026, a power cut ..." and "Back in early 2026," date it as well.
_MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
_OPENING_YEAR = re.compile(
    rf"\A\W{{0,8}}(?:back\s)?in\s(?:(?:early|late|mid)[-\s])?(?:(?:{_MONTH_NAME})\.?\s)?"
    r"((?:1[89]|20)\d\d)\b(?!\s*[-–/%])",
    re.IGNORECASE,
)
_NOW_PREDICATE = re.compile(
    r"\b(?:and|but)\s(?:now\s|still\s|today\s)?(?:has|have|is|are|employs|holds|runs|counts)\b"
)
# "Last year's carnival drew 35,000 people and raised £54,000": last year's figures.
_OPENING_LAST_YEAR = re.compile(r"\A\W{0,8}last\syear(?:['’]s\s|,\s)", re.I)
# A fact sheet's label line, "Wheat production 2027: 3.42 million tonnes": a year in the
# label dates the figure after the colon (the clause reader stops at the colon). Not a
# year told as a base ("Change on 2026:") or one end of a span ("1991-2020 average:").
_LABEL_LINE = re.compile(r"[A-Z][^:.!?\n]{2,70}:\s*(?=\S)")
_LABEL_YEAR = re.compile(
    r"(?<![-–/\d])(?<!on\s)(?<!from\s)(?<!since\s)(?<!than\s)(?<!vs\s)(?<!versus\s)"
    r"\b((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)"
)
_WHEN_CLAUSE = re.compile(r"\b((?:1[89]|20)\d\d),?\s(?:when|in\swhich)\b[^.;]*$")
# A decimal figure ("5.6%", "3,412.5") is one word, so it takes one place of _BESIDE.
_WORDS = re.compile(r"\d+(?:[.,]\d+)+%?|[\w’'%$€£-]+")
# Words that say what a figure is; two figures whose nearest such words fall in different
# classes are different facts (the dead and the injured, an intraday high and a close,
# a forecast and a target), however alike their sentences.
_ROLE_CLASSES: tuple[frozenset[str], ...] = tuple(
    frozenset(words.split())
    for words in (
        "killed kill kills killing dead death deaths died die dies fatalities fatality toll "
        "bodies lives perished drowned",
        "injured injuring injures injuries wounded wounding hurt treated",
        "missing unaccounted",
        "ill sick sickened infected",
        "admitted hospitalised hospitalized hospital",
        "rescued rescue survivors survived saved pulled",
        "evacuated evacuees evacuation displaced fled homeless",
        "arrested detained arrests",
        "high peak intraday highest touched peaked gusts gust gusting",
        # A storm's sustained winds are not its gusts.
        "sustained",
        "close closed closing settled ended finished",
        "low lowest",
        "forecast forecasts projected projection projects expects outlook guidance "
        "estimate estimates predicted predicts expected",
        "target targets goal aims aim ambition hope hopes hoping",
        "previous previously prior earlier old former from",
        "revised raised lowered new current latest",
        "add-ons add-on bonuses bonus incentives variables",
        "further additional extra another",
        "revenue revenues sales turnover",
        "profit profits earnings income",
        "loss losses deficit",
        "destroyed razed gutted flattened",
        "flooded inundated submerged underwater",
        "damaged threatened unsafe condemned uninhabitable",
        "turnout",
        "population inhabitants",
        "premium discount",
        "attend attended attending gathered crowd crowds mourners marched spectators fans drew "
        "watched front",
        "needed needs need required",
        "short shortfall",
        "inflation prices",
        "unemployment unemployed jobless joblessness",
        "growth gdp",
        # The shape a length measures: a slide 400 metres wide ran for 1.2 kilometres.
        "wide width",
        "long length",
        "deep depth",
        "height tall altitude elevation",
    )
)


# Role classes that also tell dates apart: a forecast year is not a target year.
_DATE_ROLES = frozenset(
    i for i, words in enumerate(_ROLE_CLASSES) if {"forecast", "target"} & words
)


def _beside(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """Up to _BESIDE lower-cased words on each side of text[start:end]; a word inside a
    name ("Fire and Rescue", "Search and Rescue Service") keeps its capital, so that it is
    read as no role."""
    left = _lowered_outside_names(_WORDS.findall(text[max(0, start - 80) : start]))[-_BESIDE:]
    right = _lowered_outside_names(_WORDS.findall(text[end : end + 80]))[:_BESIDE]
    return left, right


def _lowered_outside_names(words: list[str]) -> list[str]:
    lowered_words = []
    for k, word in enumerate(words):
        previous = words[k - 1] if k else ""
        joined = previous in ("and", "of", "&") and k > 1 and words[k - 2][:1].isupper()
        in_name = (
            word[:1].isupper()
            and (previous[:1].isupper() or joined)
            and word.lower() not in WEEKDAYS
            and word.lower() not in MONTHS
        )
        lowered_words.append(word if in_name else word.lower())
    return lowered_words


def _role(left: list[str], right: list[str]) -> int | None:
    """The class of the role word nearest the figure, if any."""
    best: tuple[int, int] | None = None
    # "Five people died and 22 people were injured": what comes before an "and" is told of
    # the figure before it.
    if "and" in left:
        left = left[len(left) - left[::-1].index("and") :]
    if "and" in right:
        # ("sustained winds of 215 km/h and gusts of up to 260 km/h": after the "and", the
        # next figure's words.)
        right = right[: right.index("and")]
    nearby = [(len(left) - i, w, left[i - 1] if i else "") for i, w in enumerate(left)]
    nearby += [
        (i + 1, _turned_out(w, right[i + 1 : i + 4]), right[i - 1] if i else "")
        for i, w in enumerate(right)
        # "Six people ended up in hospital": the phrasal verb tells no close of trading.
        if not (w in _PHRASAL_ROLE_VERBS and right[i + 1 : i + 2] == ["up"])
    ]
    for distance, word, before in nearby:
        if word == "prices" and (_YEAR.fullmatch(before) or before in _PRICE_BASES):
            continue  # "£71.50 per megawatt hour in 2024 prices": the money's base, no role
        index = _ROLE_OF.get(word)
        if index is not None and (best is None or distance < best[0]):
            if index == _INCREMENT and not _adds_to_figure(word, distance, left):
                continue
            if word == "raised" and distance == 1 and left[-1:] == ["raised"]:
                continue  # "raised £54,000 for charity" is money collected, not a revision
            if word == "from" and not _adds_to_figure(word, distance, left):
                continue  # "from 1.2 million" is the earlier value; "€4m from a museum" is not
            if index == _NEEDED and distance <= len(right) and _needs_care(right, distance):
                index = _INJURED  # "17 people needed treatment": the injured
            if word == "treated" and distance <= len(right) and _in_hospital(right, distance):
                index = _ADMITTED  # "three were treated in hospital": taken to hospital
            best = (distance, index)
    return best[1] if best else None


_PHRASAL_ROLE_VERBS = frozenset("ended finished closed".split())


def _turned_out(word: str, after: list[str]) -> str:
    """A ballot's turnout told as a verb: "46 per cent of members turned out" (not what
    "turned out to be" so)."""
    if word == "turned" and after[:1] == ["out"] and after[1:3] != ["to", "be"]:
        return "turnout"
    return word


_SKYWARD = frozenset("sky skies up above aloft".split())
_CARE = frozenset("treatment care medical hospital surgery attention".split())
_PRICE_BASES = frozenset("today's current constant real".split())


def _needs_care(right: list[str], distance: int) -> bool:
    return right[distance - 1] in _ROLE_CLASSES[_NEEDED] and bool(
        _CARE & set(right[distance : distance + 2])
    )


def _in_hospital(right: list[str], distance: int) -> bool:
    return "hospital" in right[distance : distance + 3]


def _adds_to_figure(word: str, distance: int, left: list[str]) -> bool:
    """An increment word (or "from") marks a figure only right before it ("a further 12
    batches", "another 40 homes", "from 1.2 million"), not "52 batches, after further tests"
    or "€4.2 million from the museum"."""
    return distance <= 2 and word in left[-2:]


def _bare_count_mismatch(a: Claim, b: Claim, pa: _Profile, pb: _Profile) -> bool:
    """A bare count ("rose to 19") is one fact with another count only when a role word says
    both count the same thing (the dead, the injured)."""
    if a.kind is not ClaimKind.NUMBER or not a.quantity or not b.quantity:
        return False
    if a.quantity.dimension != "count" or (a.quantity.unit and b.quantity.unit):
        return False
    if a.quantity.amount == b.quantity.amount and rare_count(a.quantity.amount):
        # "101,240" and "101,240 valid votes", "2,300" and "2,300 services": too precise or
        # too large to meet by chance in one story ("35 got out", "35 were questioned" may).
        return False
    if _transposed(a.quantity, b.quantity) or one_digit_off(a.quantity, b.quantity):
        return False  # "18,406" and "18,604 of us", "31,418" and "33,418": one slipped
    if a.quantity.amount == b.quantity.amount and pa.plain_near & pb.plain_near:
        return False  # "35 got out unaided", "35 reached the surface unaided": one count
    return pa.role is None or pa.role != pb.role


def _shared_role_bonus(a: Claim, b: Claim, pa: _Profile, pb: _Profile) -> float:
    """The same counted noun, or the same role word, says two figures measure one thing."""
    bonus = _same_value_bonus(a, b)
    if a.kind is ClaimKind.DATE and pa.role == pb.role == _DEADLINE:
        return bonus + _DEADLINE_BONUS  # two deadlines for one thing
    if a.kind is not ClaimKind.NUMBER:
        return bonus
    if a.about and a.about == b.about:
        bonus += _SAME_NOUN_BONUS
    if pa.role is not None and pa.role == pb.role:
        bonus += _SAME_ROLE_BONUS
    return bonus


def _unit_key(claim: Claim) -> tuple[str, str] | None:
    """What kind of quantity a figure is, when that is distinctive (not money or percent)."""
    quantity = claim.quantity
    if claim.kind is not ClaimKind.NUMBER or quantity is None:
        return None
    if quantity.dimension == "count":
        return ("count", norm_word(quantity.unit)) if quantity.unit else None
    if quantity.dimension in ("money", "percent", "time"):
        return None
    return (quantity.dimension, "")


def _unique_units(
    claims: Sequence[Claim], key: Callable[[Claim], Hashable | None] | None = None
) -> set[int]:
    """Indices of figures that are the only one of their kind in their source: of their
    distinctive unit (_unit_key), or of what ``key`` says their kind is."""
    kind_of = key or _unit_key
    kinds = [kind_of(c) for c in claims]
    counts = Counter((c.source, k) for c, k in zip(claims, kinds, strict=True))
    return {
        i
        for i, (c, k) in enumerate(zip(claims, kinds, strict=True))
        if k is not None and counts[(c.source, k)] == 1
    }


def _measure_key(claim: Claim) -> tuple[str, str] | None:
    """A figure's dimension and unit, money and percentages too ("USD", "%")."""
    quantity = claim.quantity
    return (quantity.dimension, quantity.unit) if quantity is not None else None


def _transposed(a: Quantity | None, b: Quantity | None) -> bool:
    """Two figures of one unit written with the same three or more digits in another order
    ("18,406" and "18,604", "71.4%" and "74.1%"): the slip a typist makes, on one fact."""
    if a is None or b is None:
        return False
    bare = a.dimension == b.dimension == "count" and not (a.unit and b.unit)
    if a.unit != b.unit and not bare:  # ("212 in total" and "221 flights": one count)
        return counted_with_digits_swapped(a, b)
    return digits_swapped(a, b)


def _weekday_slip(a: Claim, b: Claim) -> bool:
    """ "Thursday, 6 February" (a Wednesday) against another outlet's Thursday 7 February:
    the weekday written with a date it does not match is the other's day, a day off: the
    writer slipped in the date, on one fact."""
    if not (is_iso_day(a.value) and is_iso_day(b.value[:10])):
        return False
    written = {weekday_number(w) for w in _WORDS.findall(a.text.lower()) if w in WEEKDAYS}
    day, other = dt.date.fromisoformat(a.value), dt.date.fromisoformat(b.value[:10])
    if not (
        len(written) == 1
        and day.weekday() not in written
        and other.weekday() in written
        and abs((other - day).days) == 1
    ):
        return False
    # A day still to come ("is expected to sign it on Friday, March 17") is not the slip of
    # a day another outlet has told as past.
    at = a.context_at
    return at < 0 or tense_at(a.context, at, at + len(a.text)) is not Tense.FUTURE


def _scale_slip(a: Quantity | None, b: Quantity | None) -> bool:
    """ "£1.46bn" and "£1.46m": one sum in one currency, its digits kept and its scale slipped
    by a thousand, on one fact (figures an order of magnitude apart are otherwise two)."""
    if a is None or b is None or a.dimension != "money" or a.unit != b.unit:
        return False
    if a.high is not None or b.high is not None or min(a.amount, b.amount) <= 0:
        return False
    ratio = max(a.amount, b.amount) / min(a.amount, b.amount)
    slipped = any(math.isclose(ratio, scale) for scale in (1e3, 1e6))
    return slipped and significant(a.amount)[0] == significant(b.amount)[0]


def _unit_slip(a: Quantity | None, b: Quantity | None) -> bool:
    """One number (or range: "10 to 12 days", "10 to 12 hours") told in two units of one
    measure: the slip of a writer who kept the figure and changed its unit, on one fact."""
    return (
        a is not None
        and b is not None
        and a.dimension == b.dimension
        and (a.dimension in MEASURES or a.dimension == "time")
        and a.unit != b.unit
        and a.amount == b.amount
        and a.high == b.high
    )


# A part of a named group ("Three of the lost containers"): another count of the noun
# that differs is another part or the whole, not the same figure misreported.
# (From a word's start only: a run of ten thousand hyphens is not ten thousand tries.)
_PART_OF_GROUP = re.compile(
    r"(?<![\w-])[\w-]+\sof\s(?:the|those|these|his|her|their|its|our|[A-Z][\w-]*[’']s)\s", re.I
)


# Several people's ages told in one list: "aged 24, 31 and 36", "aged 19 and 22".
_AGE_LIST = re.compile(r"\baged\s\d{1,3}(?:,\s\d{1,3})*,?\s(?:and|or)\s\d{1,3}\b", re.I)


def _listed_age(claim: Claim) -> bool:
    """Whether an age is one of a list of several people's ages."""
    if claim.quantity is None or claim.quantity.dimension != "age" or claim.context_at < 0:
        return False
    at = claim.context_at
    return any(m.start() <= at < m.end() for m in _AGE_LIST.finditer(claim.context))


def _other_part(a: Claim, b: Claim) -> bool:
    """Two different counts of which one is a part of a named group and the other is not."""
    if not (a.quantity and b.quantity) or a.quantity.amount == b.quantity.amount:
        return False
    return bool(_PART_OF_GROUP.match(a.text)) != bool(_PART_OF_GROUP.match(b.text))


def _converted_alike(a: Quantity | None, b: Quantity | None, tolerance: float = 0.03) -> bool:
    """One measure told in two units that meet after conversion within a few per cent
    ("11 km", "about 36,000 feet"): the same figure, whichever words say what it measures.
    (A slide "400 metres wide" and one that "ran some 1,200 feet", 366 metres, are not.)"""
    if a is None or b is None or a.unit == b.unit or a.dimension != b.dimension:
        return False
    converted = convert(b, a.unit)
    return converted is not None and math.isclose(converted.amount, a.amount, rel_tol=tolerance)


def _one_value_in_two_units(a: Quantity | None, b: Quantity | None) -> bool:
    """ "187 Ml/d" and "187 million litres a day": one value, exactly, in two units."""
    return _converted_alike(a, b, tolerance=1e-9)


def _miswritten(a: Quantity | None, b: Quantity | None) -> bool:
    """One figure told with its digits swapped or one digit struck wrong, or its number kept
    and its unit or scale slipped (between percentage points and per cent too): a writer's
    slip on one fact."""
    if a is not None and b is not None and points_for_percent(a, b):
        return True
    if a is not None and b is not None and one_digit_off(a, b):
        return True
    return _transposed(a, b) or _unit_slip(a, b) or _scale_slip(a, b)


def _year_transposed(a: str, b: str) -> bool:
    """ "built in 1871" and "built in 1817": a year with two digits swapped, a typist's slip."""
    return a != b and len(a) == len(b) == 4 and a.isdigit() and sorted(a) == sorted(b)


def _same_value_bonus(a: Claim, b: Claim) -> float:
    """Two sources giving one precise value ("4.25%", "$38.50") are likely on one fact.

    Only for values specific enough not to match by chance: the more significant digits,
    the more it counts; a day counts as specific, a month or a year does not.
    """
    if a.source == b.source:
        return 0.0
    if a.kind is ClaimKind.NUMBER and _miswritten(a.quantity, b.quantity):
        return _TRANSPOSED_BONUS
    if a.kind is ClaimKind.DATE and (
        _weekday_slip(a, b) or _weekday_slip(b, a) or _year_transposed(a.value, b.value)
    ):
        return _TRANSPOSED_BONUS
    if (
        a.value != b.value
        and not _same_head_count(a, b)
        and not _bare_restatement(a, b)
        and not _one_value_in_two_units(a.quantity, b.quantity)
    ):
        return 0.0  # ("18,406" and "18,406 spectators" are one precise count, one noun given)
    if a.kind is ClaimKind.DATE:
        return _SAME_VALUE_BONUS if is_iso_day(a.value) else 0.0
    if a.kind is ClaimKind.NUMBER and a.quantity:
        digits = specific_digits(a.quantity.amount)
        return _SAME_VALUE_BONUS * min(digits, 3) / 3 + (4.0 if a.quantity.unit else 0.0)
    return 0.0


# Roles that count people: the dead, the injured, the ill, those admitted to hospital, the
# missing, the rescued, the evacuated, the arrested, a crowd.
_HEAD_COUNT_WORDS = frozenset(
    "killed injured ill admitted missing rescued evacuated arrested crowd".split()
)
_HEAD_COUNTS = frozenset(i for i, words in enumerate(_ROLE_CLASSES) if words & _HEAD_COUNT_WORDS)


# Each role word's class, looked up once per word beside a figure (no word is in two).
_ROLE_OF = {word: index for index, words in enumerate(_ROLE_CLASSES) for word in words}
_COUNTED_ROLES = _HEAD_COUNTS | {_ROLE_OF["damaged"]}
# (A crowd expected is not the crowd that came: see _profiles_clash.)
_EXPECTED_AND_ATTENDED = frozenset({_ROLE_OF["expected"], _ROLE_OF["attended"]})


def _role_of_what_rose(before: str) -> int | None:
    """ "The death toll from yesterday's avalanche at Skarvik Ridge has risen to three": a
    count something rose to is of that thing, however far back it is named."""
    if not REACHED_BEFORE.search(before):
        return None
    for word in _WORDS.findall(before.lower()):
        index = _ROLE_OF.get(word)
        if index is not None and index in _HEAD_COUNTS:
            return index
    return None


def _day_extreme(text: str, start: int) -> int | None:
    """ "rose as much as 1.9% before closing up 1.2%": the day's high (or low), not where
    the day ended. The claim's text may or may not hold the "as much as"."""
    extreme = _INTRADAY.search(text, max(0, start - 30), start + 12)
    if extreme is None or not start - 2 <= extreme.end() <= start + 12:
        return None
    return _HIGH if extreme["up"] else _LOW


_INTRADAY = re.compile(
    rf"\b(?:(?P<up>{word_alternation(RISE_WORDS)})|{word_alternation(FALL_WORDS | {'sank'})})"
    r"\s(?:by\s)?as\smuch\sas\s",
    re.I,
)
_HIGH = next(i for i, words in enumerate(_ROLE_CLASSES) if "intraday" in words)
_LOW = next(i for i, words in enumerate(_ROLE_CLASSES) if "lowest" in words)
# Rates an economy is measured by: a percentage's subject even past an aside.
_RATES = frozenset(
    i for i, words in enumerate(_ROLE_CLASSES) if {"inflation", "unemployment", "growth"} & words
)
# "Two further farms", "another 40 homes": an increment is never the total it adds to.
_INCREMENT = next(i for i, words in enumerate(_ROLE_CLASSES) if "further" in words)
_NEEDED = next(i for i, words in enumerate(_ROLE_CLASSES) if "needed" in words)
_INJURED = next(i for i, words in enumerate(_ROLE_CLASSES) if "injured" in words)
_MISSING = next(i for i, words in enumerate(_ROLE_CLASSES) if "missing" in words)
_ADMITTED = next(i for i, words in enumerate(_ROLE_CLASSES) if "admitted" in words)
_INCREMENT_WORDS = _ROLE_CLASSES[_INCREMENT]


# The day something was said is not the day of what was said: "Police said on Tuesday that
# seven paintings had been stolen" dates the statement, not the theft.
_STATEMENT = len(_ROLE_CLASSES)
_SAID_ON = re.compile(
    r"\b(?:said|says|told(?:\s[\w’'-]+){0,3}|added|stated|tweeted|wrote)\s"
    r"(?:late\s|early\s|earlier\s|later\s)?(?:on\s)?$",
    re.I,
)


# "this morning we're hearing for the first time how long ...", "today we learned": when
# the news was heard, not when its event happened.
_HEARD_AFTER = re.compile(
    r"\s*,?\s*(?:we(?:[’']re|\sare)\s(?:hearing|learning|being\stold)|"
    r"we\s(?:learned|learnt|heard|can\sreport|can\sreveal)|it\s(?:has\s)?emerged)\b",
    re.I,
)


# "said on Monday, as he met ...": what was said at the event, whose day it is too.
_TOLD_DURING = re.compile(r",?\s(?:as|while|when|during)\b", re.I)


# How often, not how long: "reviewed every two weeks" against "ran for seven weeks".
_EVERY = len(_ROLE_CLASSES) + 1
# A length told as a width, depth or height is that and no other length of a different value
# (the same value may be told without the word: "61 cm wide", "a 61-centimetre borehole").
_SHAPES = frozenset(
    i for i, words in enumerate(_ROLE_CLASSES) if {"wide", "deep", "height"} & words
)
# A gap from a reference, not a level: "31 per cent below normal", "4C above the seasonal
# average" is no "Normal reservoir stocks: 69%" nor a temperature reached.
_GAP = len(_ROLE_CLASSES) + 2
_GAP_AFTER = re.compile(
    r"\s(?:below|above|under|over|short\sof|(?:higher|lower|more|less)\sthan)\s"
    # "25 points above the 6 per cent industry average": the reference may be told.
    r"(?:the\s|its\s|what\sis\s)?(?:[\w.%-]+\s){0,4}?(?:long-term\s|"
    r"seasonal\s|usual\s)?(?:normal|average|usual|expected|expectations|target|forecasts?|"
    r"norm)\b"
    # "thirty-one percentage points below where they should be"
    r"|\s(?:below|above)\swhere\s[^,.;]{0,30}?\b(?:should|would|usually|normally)\b",
    re.I,
)
_GAP_DIMENSIONS = frozenset({"percent", "points", "temperature"})
# A fact sheet's "Date: Saturday 18 May 2030" (a line the splitter takes for a heading):
# the day of the event the sheet is about.
_DATE_LABEL = re.compile(r"(?:(?:match|event|race|game|incident)\s)?(?:date|when|held):\s", re.I)
# A deadline: "claims must be lodged by Monday 30 June", "have to be in by the thirtieth".
_DEADLINE = len(_ROLE_CLASSES) + 3
_UNTIL = len(_ROLE_CLASSES) + 4  # the day a spell ends (see _date_role)
# Roles that say how a figure is told (forecast, aimed at, earlier, revised), not what it is.
_MODAL_ROLES = frozenset(
    i
    for i, words in enumerate(_ROLE_CLASSES)
    if {"forecast", "target", "previous", "revised"} & words
)
# Roles that also part a claim from one with no role word at all: an increment is never the
# total, the day of a statement never the day of the event, an interval never a duration.
_EXCLUSIVE_ROLES = frozenset({_INCREMENT, _STATEMENT, _EVERY, _GAP})


# After the date: the reported words ("that ...") or the end of the sentence.
# (Or a comma and why it was said: "scientists said on Monday, after a rift ... cut through",
# "..., citing", "..., adding".)
_WHAT_WAS_SAID = re.compile(
    r"\s+that\b|\s*[.!?\"”’]*\s*$|\s*:|,\s(?:after|because|citing|adding|saying|noting)\b"
)


_NAME_THEN_AGE = re.compile(
    r"((?:" + _CAP_WORD + r"\s){0,2}" + _CAP_WORD + r")"
    r"(?:,\s(?:who\s(?:is|was)\s|aged\s|now\s)?|\s(?:was|is)\s)$"
)
_AGE_THEN_NAME = re.compile(r"\s((?:" + _CAP_WORD + r"\s){0,2}" + _CAP_WORD + r")")


def _other_people(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two names of other people: nothing in common ("Mira Holt", "Stefan"), or a surname
    in common and other first names ("Edwin Tally" and his daughter "Sandra Tally"); not a
    name and part of it ("Martin Ashgrove", "Mr Ashgrove")."""
    a, b = a - HONORIFICS, b - HONORIFICS
    return not a & b or not (a <= b or b <= a)


def _whose_age(text: str, start: int, end: int) -> frozenset[str]:
    """The name an age is told of, lower-cased words: before it ("Stefan Eide, 45", "Edwin
    Tally was 71", "Stefan, who is 54") or after it ("45-year-old Stefan Eide")."""
    before = _NAME_THEN_AGE.search(text, max(0, start - 60), start)
    if before:
        return frozenset(before.group(1).lower().split())
    told_of = _AGED_THING.match(text, end)
    if told_of and _THINGS_THAT_AGE.intersection(told_of.group(0).lower().split()):
        # "the 150-year-old St Bride's Infirmary", "a 300-year-old oak": no person's age.
        return _A_THING
    after = _AGE_THEN_NAME.match(text, end)
    if after:
        return frozenset(after.group(1).lower().split())
    return frozenset()


# The age of a building, a firm or a tree, never a person's ("the 84-year-old patient").
_A_THING = frozenset({"#thing"})
# The words after an age up to the first lower-case one: "St Bride's Infirmary", "patient".
_AGED_THING = re.compile(r"(?:\s" + _CAP_WORD + r"){0,3}(?:\s[a-z]+)?")
_THINGS_THAT_AGE = frozenset(
    """building buildings bridge church chapel abbey cathedral hall school college hospital
    infirmary mill pier tree trees oak oaks yew house farmhouse cottage company firm business
    tradition festival fair ship vessel boat car locomotive train station tower castle pub inn
    theatre cinema library market shop store factory plant mine dam law club brewery hotel farm
    lighthouse wall structure charity institution bank newspaper paper race event organ
    stadium ground viaduct tunnel canal railway line""".split()
)


# Words that open a change before the level it reached ("from 4.25% to", "by 75bp to"),
# also past a comma ("by half a percentage point, to").
_CHANGE_FROM = frozenset({"from", "by"})
_CHANGE_THEN_TO = re.compile(r"\b(?:by|from)\s[^,;:.]{1,40},\sto\s$", re.I)


def _figure_role(
    claim: Claim, text: str, start: int, lo: int, left: list[str], right: list[str]
) -> int | None:
    """What a figure is, from the first reader that can tell, most direct first.

    ``text`` is the claim's sentence, the claim starts at ``start``, its clause at ``lo``;
    ``left`` and ``right`` are the words beside it within that clause."""
    quantity = claim.quantity
    dimension = quantity.dimension if quantity else ""
    if _INCREMENT_WORDS & set(_WORDS.findall(claim.text.lower())):
        return _INCREMENT  # "two further farms": the word is inside the claim
    if dimension == "time" and _EVERY_BEFORE.search(text, max(0, start - 8), start):
        return _EVERY
    if dimension in _GAP_DIMENSIONS and _GAP_AFTER.match(text, start + len(claim.text)):
        return _GAP
    # "drew 18,406 spectators", "ended with 41 arrests": the counted noun says the role
    # before any word beside it (the protest "ended"; the arrests are what was counted).
    role = _ROLE_OF.get(quantity.unit.lower()) if quantity and dimension == "count" else None
    if role is None:
        role = _role(left, right)
    if role in _SHAPES and dimension != "length":
        role = None  # "80 firefighters at the height of the fire": no shape
    if role == _ROLE_OF["high"] and dimension == "length":
        role = _ROLE_OF["height"]  # "at its peak the column reached 36,000 feet": a height
    if role is None and dimension == "length" and _SKYWARD & set(left[-3:] + right[:3]):
        role = _ROLE_OF["height"]  # "hurling ash 11 kilometres into the sky", "went up 14 km"
    if role in _COUNTED_ROLES and dimension != "count":
        # "22 were injured when a 60-metre section fell": the dead, the injured and the
        # evacuated are counted, never measured; so are buildings damaged ("gusts of 70
        # mph damaged stages").
        role = None
    if (
        role is None
        and left[-1:] == ["to"]
        and (
            _CHANGE_FROM & set(left[:-1]) or _CHANGE_THEN_TO.search(text, max(0, start - 60), start)
        )
    ):
        # "from 4.25% to 5.00%", "by 75 basis points to 5.25%", "up by half a point, to
        # 4.75%": the level a change reached, never the level it left.
        role = _ROLE_OF["new"]
    if role is not None:
        return role
    role = _day_extreme(text, start)
    if role is None and dimension == "count":
        role = _role_of_what_rose(text[lo:start])
    if role is None and quantity and quantity.unit == "%":
        # "Inflation, now 2.9%, would fall to 2.4%": the rate a sentence is about names its
        # figures past an aside.
        wide = _role(*_beside(text, start, start + len(claim.text)))
        role = wide if wide in _RATES else None
    return role


def _date_role(text: str, start: int, end: int) -> int | None:
    """What a date is the date of, when its words say: the day a statement was made, or a
    forecast's or a target's year ("For 2026, the firm forecast ...": past a comma)."""
    said_on = _SAID_ON.search(text, max(0, start - 60), start)
    if said_on and _WHAT_WAS_SAID.match(text, end):
        # "Police said on Tuesday that ...": when it was said, not what happened. ("X said
        # on Monday, as he met Y" is both, and stays an event.)
        return _STATEMENT
    if _BY_DAY.search(text, max(0, start - 20), start) and _OBLIGED.search(
        text, max(0, start - 80), start
    ):
        return _DEADLINE
    if _UNTIL_DAY.search(text, max(0, start - 12), start) and not _NOT_UNTIL.search(
        text, max(0, start - 40), start
    ):
        return _UNTIL
    wide = _role(*_beside(text, start, end))
    return wide if wide in _DATE_ROLES else None


# The end of a spell: "pages remain open until Sunday 21 April" (not "will not open until
# Monday", which is when something starts).
_UNTIL_DAY = re.compile(r"\b(?:until|till)\s(?:the\s)?$", re.I)
_NOT_UNTIL = re.compile(r"\b(?:not|n[’']t|never)\b[^,.;]*\b(?:until|till)\s(?:the\s)?$", re.I)
# Two deadlines in one story are most often one deadline, however each outlet words what
# must be done by then ("lodged", "submitted", "in").
_DEADLINE_BONUS = 15.0
_BY_DAY = re.compile(r"\b(?:by|no\slater\sthan|before)\s(?:the\s)?$", re.I)
_OBLIGED = re.compile(r"\b(?:must|ha(?:ve|s)\sto|needs?\sto|deadline|due)\b", re.I)


def _profiles_clash(
    a: _Profile, b: _Profile, one_precise_value: bool = False, same_amount: bool = False
) -> bool:
    if one_precise_value:
        # "bought it in 1987 for £318,000" and "had paid £318,000", "a further €220m" and
        # "€220m of extra costs", "the 298.5p at which it closed" and "298.5 pence": one
        # precise figure, told with or without its year, its day or a role word, is one fact.
        return False
    # What a figure is (a deficit) and how it is told (projected) are two questions: "The
    # deficit is €640 million" and "projected at €640m" may be one figure.
    # ("a further 46 shops will shut" and "46 shops would be closed": the increment told as
    # itself is one figure.)
    increment_alike = same_amount and _INCREMENT in (a.role, b.role)
    if (
        not increment_alike
        and a.role is not None
        and b.role is not None
        and a.role != b.role
        and (a.role in _MODAL_ROLES) == (b.role in _MODAL_ROLES)
    ):
        return True
    if (
        not increment_alike
        and a.role != b.role
        and (a.role in _EXCLUSIVE_ROLES or b.role in _EXCLUSIVE_ROLES)
        and not _announced_when_said(a, b)
    ):
        return True
    if {a.role, b.role} == _EXPECTED_AND_ATTENDED and "expect" in (a.near | b.near):
        # "1,500 visitors are expected" before the day; "drew 2,300" after it. (Not "police
        # estimate about 4,000 people are watching": an estimate of the crowd that came.)
        return True
    if a.historical != b.historical and not _years_also_told(a, b):
        return True  # "since 2011, when 33 died" is not this week's toll
    if a.days and b.days and not a.days & b.days:
        return True
    return bool(a.years and b.years and not a.years & b.years)


# Verbs of making news known: the day a thing was announced is the day it was said.
_ANNOUNCING = frozenset(_stem(w) for w in "announced confirmed revealed unveiled disclosed".split())


def _announced_when_said(a: _Profile, b: _Profile) -> bool:
    """ "the university said on Tuesday" and "the deal, announced on Tuesday, 11 October":
    a statement's day and an announcement's are one day told two ways."""
    said, other = (a, b) if a.role == _STATEMENT else (b, a)
    return said.role == _STATEMENT and other.role is None and other.event in _ANNOUNCING


def _estimate_then_latest(a: Claim, b: Claim, pa: _Profile, pb: _Profile) -> bool:
    """An outlet's estimate of a count ("we estimate that around 1,100 fish have died") and a
    later outlet's latest count of it ("the latest count is 2,300 dead fish"): one count,
    updated between the two publication dates (the judge calls it a later report), not a
    forecast against an outcome."""
    if {pa.role, pb.role} != {_ROLE_OF["estimate"], _ROLE_OF["latest"]}:
        return False
    if a.quantity is None or b.quantity is None or a.quantity.dimension != "count":
        return False
    estimate, latest = (pa, pb) if pa.role == _ROLE_OF["estimate"] else (pb, pa)
    return (
        estimate.published is not None
        and latest.published is not None
        and latest.published > estimate.published
        and any(word.startswith("estim") for word in estimate.near)
    )


def _years_also_told(a: _Profile, b: _Profile) -> bool:
    """Whether the article of the figure told without its old year names that year too: a
    trial's report of "37 loans" in an article about loans taken "between May 2020 and
    October 2021" may be the loans the other article dates so."""
    old, other = (a, b) if a.historical else (b, a)
    return bool(other.article) and any(year in other.article for year in old.years)


_YEARS_AGO = re.compile(r"\b([a-z]+|\d{1,2})\syears\sago\b", re.I)
_YEARS_AGO_REACH = 40  # characters between the figure and "years ago"


def _years_ago(text: str, lo: int, hi: int, start: int, size: int, day: dt.date) -> set[str]:
    """The year of "three years ago" in a figure's clause, with no other figure between
    ("The team began three years ago with four students": four is that year's count)."""
    found: set[str] = set()
    if text.find(" ago", lo, hi) < 0:
        return found  # (most figures' clauses: a figure's profile is built on a hot path)
    for ago in _YEARS_AGO.finditer(text, lo, hi):
        after = ago.start() >= start
        between = text[start + size : ago.start()] if after else text[ago.end() : start]
        told = ago.group(1).lower()
        count = int(told) if told.isdigit() else parse_number_words(told)
        near = len(between) <= _YEARS_AGO_REACH and not any(ch.isdigit() for ch in between)
        if count is not None and count >= 2 and near:
            found.add(str(day.year - int(count)))
    return found


def _same_amount(a: Claim, b: Claim) -> bool:
    """Two figures of one number, whatever each counts ("46 more shops", "46 closures")."""
    qa, qb = a.quantity, b.quantity
    return (
        qa is not None
        and qb is not None
        and (qa.amount, qa.high, qa.qualifier) == (qb.amount, qb.high, qb.qualifier)
    )


def _one_precise_value(a: Claim, b: Claim) -> bool:
    """Two figures of one value too precise to meet by chance ("£318,000", "€3.35bn",
    "31.9%")."""
    if a.kind is ClaimKind.DATE:
        # ("announced on Tuesday", "said on Tuesday": one day, whatever each calls it.)
        return is_iso_day(a.value[:10]) and _told_value(a) == _told_value(b)
    return (
        a.kind is ClaimKind.NUMBER
        and a.quantity is not None
        and a.value == b.value
        and precise(a.quantity.amount)
    )


def _idf(profiles: Sequence[_Profile]) -> dict[str, float]:
    frequency: Counter[str] = Counter()
    for profile in profiles:
        # The words beside a claim are read apart from its sentence and may split a token
        # otherwise ("US$14bn-plus"): they are counted too, so every word has a weight.
        frequency.update(profile.weights.keys() | profile.local.keys())
    total = len(profiles) + 1
    return {word: math.log(total / count) + 0.5 for word, count in frequency.items()}


def _overlap(a: dict[str, float], b: dict[str, float], idf: dict[str, float]) -> float:
    """Weighted Dice coefficient of two word-weight maps, 0-100."""
    shared = a.keys() & b.keys()
    if not shared:
        return 0.0
    common = sum(idf[w] * min(a[w], b[w]) for w in shared)
    size_a = sum(idf[w] * v for w, v in a.items())
    size_b = sum(idf[w] * v for w, v in b.items())
    dice = 2.0 * common / (size_a + size_b)
    # The overlap coefficient keeps a short sentence from being drowned by a long one.
    overlap = common / min(size_a, size_b)
    return 100.0 * (0.5 * dice + 0.5 * overlap)


def _two_reporting_days(a: Claim, b: Claim, pa: _Profile, pb: _Profile) -> bool:
    """Two dates, each its own article's day of publication and not the other's ("2am
    today" in a notice of the 7th, "this afternoon" in a report of the 9th): each article
    opens on its own day's news, not on one event."""
    if a.kind is not ClaimKind.DATE or pa.published is None or pb.published is None:
        return False
    day_a, day_b = a.value[:10], b.value[:10]
    return (
        day_a != day_b and day_a == pa.published.isoformat() and day_b == pb.published.isoformat()
    )


def _granularity(value: str) -> int:
    """0 a day (or a time of a day), 1 a week, 2 a month, 3 a year, 4 a span of years; 2 for
    unresolved forms."""
    if "/" in value:
        return 4 if len(value) <= 9 else 2
    if is_iso_day(value[:10]) or value.startswith("weekday:"):
        return 0
    if "-W" in value:
        return 1
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return 2
    if re.fullmatch(r"\d{4}", value):
        return 3
    return 2


def _year_beside_other_day(a: str, b: str) -> bool:
    """A bare year and a day or month of another year ("in 2019" and "on Sunday") are not
    one event told two ways: a writer who dates an event to the day does not give a
    different year for it."""
    for year, other in ((a, b), (b, a)):
        if re.fullmatch(r"\d{4}", year) and re.match(r"\d{4}-\d\d", other):
            return other[:4] != year
    return False


def _years_apart(a: str, b: str) -> bool:
    """Two days or months years apart ("3 August 1987" and "on Monday" this week) are two
    events: a writer misdates a day by days or weeks, not by years (a mistyped year keeps
    its digits: "2082" for "2028")."""
    if not (re.match(r"\d{4}-\d\d", a) and re.match(r"\d{4}-\d\d", b)):
        return False
    first, second = int(a[:4]), int(b[:4])
    return abs(first - second) >= _YEARS_APART and sorted(a[:4]) != sorted(b[:4])


_YEARS_APART = 2


# (And the nouns a change is named by before its size: "a reduction of 21 per cent", "a cut
# of 21 percentage points".)
# (A shift, a swing or a change says how far, not which way: "a shift of nine points".)
_CHANGE_WORDS = (
    RISE_WORDS
    | FALL_WORDS
    | {f"{n}{s}" for n in (*CHANGE_NOUNS, "shift", "swing", "change") for s in ("", "s")}
    # (A change whose direction depends on what is measured: "survival has improved by 9 per
    # cent", "waiting times worsened by 4 points".)
    | {"improved", "improves", "worsened", "worsens"}
)
_CHANGE_BEFORE = re.compile(r"([a-z]+)(?:\s(?:by|of|a|an|some|about|nearly|almost))*\s$")


def _told_as_change(claim: Claim) -> bool:
    """ "fell 12 per cent", "a jump of six points", "gone up by six": a change, not a level."""
    at = claim.context_at
    before = _CHANGE_BEFORE.search(claim.context.lower(), max(0, at - 40), max(0, at))
    if before is not None and before.group(1) in _CHANGE_WORDS:
        return True
    if at > 0 and (claim.context[at - 1] in "+−" or claim.context[at - 2 : at] == " -"):
        return True  # "Change since 2026: +4 percentage points": a signed figure
    if at >= 0 and _MARGIN_BY.search(claim.context, max(0, at - 80), at):
        return True  # "clearing the 75% majority needed by 3.4 per cent": a margin
    if at >= 0 and _CHANGE_AFTER.match(claim.context, at + len(claim.text)):
        return True  # "a 6 per cent rise", "a six-point pay increase"
    # "25 points above the industry average": a gap from a reference is a difference too,
    # and so is one from a year before ("1.5 per cent more than last year's increase").
    return at >= 0 and bool(
        _GAP_AFTER.match(claim.context, at + len(claim.text))
        or _GAP_FROM_BEFORE.match(claim.context, at + len(claim.text))
    )


_GAP_FROM_BEFORE = re.compile(
    r"\s(?:higher|lower|more|less)\sthan\s(?:(?:last|the\sprevious)\s(?:year|month|quarter)['’]s"
    r"|(?:a|one)\s(?:year|month|quarter)\s(?:ago|earlier|before))",
    re.I,
)


# A change named after its size, with at most one word between ("a 6 per cent pay rise").
_CHANGE_AFTER = re.compile(
    r"\s(?:[a-z]+\s)?(?:rise|increase|jump|gain|climb|surge|boost|hike|fall|drop|decline|"
    r"cut|reduction|slump|dip)s?\b"
)


_MARGIN_BY = re.compile(
    r"\b(?:clear(?:ing|ed|s)?|beat(?:ing|s)?|exceed(?:ing|ed|s)?|miss(?:ing|ed|es)?|"
    r"top(?:ping|ped|s)?|overshoot(?:ing|s)?|undershoot(?:ing|s)?)\b[^,.;]{0,60}\sby\s$",
    re.I,
)


def _points_for_percent(a: Claim, b: Claim) -> bool:
    """One change told in percentage points and in per cent: the slip, on one fact (a
    level in per cent, "inflation is 3%", is not "rose 3 points")."""
    return (
        a.quantity is not None
        and b.quantity is not None
        and points_for_percent(a.quantity, b.quantity)
        and _told_as_change(a)
        and _told_as_change(b)
        and _change_way(a) * _change_way(b) >= 0  # ("a 0.5% rise" is no "fall of half a point")
    )


def _change_way(claim: Claim) -> int:
    """+1 for a change told as a rise ("rose 3%", "a 3% rise"), -1 for a fall, 0 if its
    words do not say."""
    at = claim.context_at
    if at < 0:
        return 0
    text = claim.context.lower()
    words = []
    before = _CHANGE_BEFORE.search(text, max(0, at - 40), at)
    if before is not None:
        words.append(before.group(1))
    after = _CHANGE_AFTER.match(text, at + len(claim.text))
    if after is not None:
        words.append(after.group(0).split()[-1].removesuffix("s"))  # ("rises": rise)
    for word in words:
        if word in _RISING:
            return 1
        if word in _FALLING:
            return -1
    return 0


_RISING = RISE_WORDS | RISE_NOUNS | {"climb", "surge", "boost"}
_FALLING = FALL_WORDS | FALL_NOUNS | {"slump"}


# Currencies worth within a few times of each other: a sum converted between two of them
# stays within that of itself.
_NEAR_CURRENCIES = frozenset("USD EUR GBP CHF CAD AUD NZD SGD".split())
_CONVERSION_REACH = 3.0


def _other_sum_in_other_money(a: Quantity, b: Quantity) -> bool:
    """ "revenue of $2.3 billion" (the buyer's) and "revenue of £31.2m" (the distillery's):
    two sums in currencies of like worth, too far apart to be one sum converted."""
    return (
        a.unit != b.unit
        and a.unit in _NEAR_CURRENCIES
        and b.unit in _NEAR_CURRENCIES
        and min(abs(a.amount), abs(b.amount)) > 0
        and max(abs(a.amount), abs(b.amount)) / min(abs(a.amount), abs(b.amount))
        > _CONVERSION_REACH
    )


def compatible(a: Claim, b: Claim) -> bool:
    """Whether two claims could be about the same quantity at all."""
    if a.kind is not b.kind:
        return False
    if a.kind is ClaimKind.DATE and (
        _year_beside_other_day(a.value, b.value) or _years_apart(a.value, b.value)
    ):
        return False
    if a.kind is ClaimKind.NUMBER and a.quantity and b.quantity:
        qa, qb = a.quantity, b.quantity
        if qa.dimension != qb.dimension and not _points_for_percent(a, b):
            return False
        if qa.dimension == "score" and qa.unit != qb.unit:
            return False  # "four tries to three" is not the score, "27-19"
        if (
            qa.dimension == "age"
            and qa.unit != qb.unit
            and compare_figures(qa, qb).relation is Relation.INCOMPARABLE
        ):
            # "a woman of 83" and "a man aged 76" are two people's ages; a plain age may be
            # either's.
            return False
        vague_a = (qa.qualifier or "").endswith(" of")
        if vague_a != (qb.qualifier or "").endswith(" of"):
            return False  # "tens of billions" says too little to match a precise figure
        if _other_sum_in_other_money(qa, qb):
            return False
        converted = _in_unit_of(qb, qa)
        # "48 hours" and "more than twenty years", a winner's 48,912 votes and a margin of
        # 2,527: figures an order of magnitude apart are not one fact told two ways, unless
        # the number was kept and its scale or unit slipped ("£1.46bn" and "£1.46m"; "37C"
        # and "37 degrees Fahrenheit", whichever way round they are converted).
        if (
            converted is not None
            and converted.amount
            and not (0.1 <= abs(qa.amount / converted.amount) <= 10)
            and not _miswritten(qa, qb)
        ):
            return False
        if qa.dimension == "count" and qa.unit and qb.unit:
            a_unit, b_unit = norm_word(qa.unit), norm_word(qb.unit)
            # "48,260 candidates" and "48,260 young people": one precise number, counted
            # in each outlet's own word.
            return (
                a_unit == b_unit
                or same_count_noun(a_unit, b_unit)
                or one_count_in_other_words(qa, qb)
                or counted_with_digits_swapped(qa, qb)
                or _arrests_of_people(a, b)
                or _arrests_of_people(b, a)
            )
    return True


# People a sentence says were arrested, told as a count of arrests elsewhere.
_ARRESTED = re.compile(r"\barrest(?:ed|s)?\b", re.I)
_ARRESTABLE = frozenset("people person man men woman women teenager boy girl suspect".split())


def _arrests_of_people(arrests: Claim, people: Claim) -> bool:
    """ "Three men have been arrested" and "bringing the total number of arrests to four":
    the men arrested and the arrests are one count."""
    qa, qp = arrests.quantity, people.quantity
    if qa is None or qp is None or norm_word(qa.unit) != "arrest":
        return False
    return qp.unit in _ARRESTABLE and bool(_ARRESTED.search(people.context))


def _same_head_count(a: Claim, b: Claim) -> bool:
    """ "3,900 employees" and "3,900 people": one number of people in other words; so are
    "1,846 patients" and "1,846 people", a number too precise to meet by chance."""
    qa, qb = a.quantity, b.quantity
    if not qa or not qb or qa.amount != qb.amount or qa.dimension != "count":
        return False
    return same_count_noun(qa.unit, qb.unit) or (
        precise(qa.amount) and one_count_in_other_words(qa, qb)
    )


def _quote_similarity(a: Claim, b: Claim) -> float:
    """How alike two quotations are: containment counts as a match, else shared content words.

    Function words alone ("in the", "very") never make two quotations alike.
    """
    left, right = quote_words(a.value), quote_words(b.value)
    if not left or not right:
        return 0.0
    shorter, longer = sorted((left, right), key=len)
    if (
        f" {shorter} " in f" {longer} "
        and len(content_words(shorter)) >= 1
        and len(shorter.split()) >= 2
    ):
        return 100.0
    words_a = {_stem(w) for w in content_words(left)}
    words_b = {_stem(w) for w in content_words(right)}
    shared = words_a & words_b
    # Two quotations sharing a word or two ("every", "train") are different speech.
    if len(shared) < 3:
        return 0.0
    dice = 200.0 * len(shared) / (len(words_a) + len(words_b))
    # A short quotation found almost whole inside a longer one is the same speech, when its
    # words stand together there and in its order: "They went back into the smoke" is not
    # found in "... out through the smoke. Some of those carers went back in three times".
    containment = 100.0 * len(shared) / min(len(words_a), len(words_b))
    if _reach_of(shorter, longer, shared) > _GATHERED * len(shorter.split()):
        containment = 0.0
    return max(dice, 0.9 * containment if len(shared) >= 3 else 0.0)


_GATHERED = 2  # a short quotation's words may spread over twice its length in a longer one


def _reach_of(shorter: str, longer: str, shared: set[str]) -> int:
    """How many words of ``longer`` the shortest stretch takes that holds the words of
    ``shorter`` it shares, in ``shorter``'s order (its length plus one when none does)."""
    wanted = [stem for word in shorter.split() if (stem := _stem(word)) in shared]
    stems = [_stem(word) for word in longer.split()]
    best = len(stems) + 1
    for start, stem in enumerate(stems):
        if not wanted or stem != wanted[0]:
            continue
        position, index = 1, start
        while position < len(wanted) and index + 1 < len(stems):
            index += 1
            if stems[index] == wanted[position]:
                position += 1
        if position == len(wanted):
            best = min(best, index - start + 1)
    return best


def _other_times_of_a_day(a: str, b: str) -> bool:
    """Two different clock times on one day, or with no day told ("T07:02", "T11:00")."""
    if "T" not in a or "T" not in b:
        return False
    day_a, time_a = a.split("T", 1)
    day_b, time_b = b.split("T", 1)
    return time_a != time_b and (day_a == day_b or not day_a or not day_b)


def _other_speakers_other_words(a: Claim, b: Claim, words_a: str, words_b: str) -> bool:
    """Two named speakers whose words only overlap in part ("they've stopped waiting for
    rates to come down" in a longer answer) said two things: a misattribution is the same
    words, whole or cut, given to another person."""
    if not (a.speaker and b.speaker) or compare_quotes(a, b).relation is not Relation.DIFFERENT:
        return False
    shorter, longer = sorted((words_a, words_b), key=len)
    return fuzz.partial_ratio(shorter, longer) < _MISATTRIBUTED_LIKENESS


_MAX_TWINS = 24  # candidates added per value: a value told everywhere adds no evidence


def _twin_key(claim: Claim) -> tuple[str, str, str] | None:
    """Claims with one key state one value or its digits in another order."""
    quantity = claim.quantity
    if claim.kind is not ClaimKind.NUMBER or quantity is None or quantity.high is not None:
        return None
    digits, size = significant(quantity.amount)
    if precise(quantity.amount):  # ("£6.8m", "£8.6m" count as precise: in the millions)
        return "".join(sorted(digits)), size, _twin_unit(quantity)
    # A small figure is no typist's slip, but told with its unit or noun ("62 residents",
    # "15MW") it is as rare in a story as a precise figure. A bare "12" is not.
    if not quantity.unit:
        return None
    return f"={digits}", size, _twin_unit(quantity, precise=False)


def _twin_unit(quantity: Quantity, precise: bool = True) -> str:
    # A precise count in any noun: "1,846 patients" may be a transcript's "1,846 people";
    # a measure in any unit of it: "28 metres" may be a paper's slipped "28 feet".
    # (compatible() then asks whether the two can be one fact.)
    if (precise and quantity.dimension == "count") or (quantity.dimension in MEASURES):
        return quantity.dimension
    return quantity.unit


def _value_twins(
    keys: Sequence[tuple[str, str, str] | None],
) -> dict[tuple[str, str, str], list[int]]:
    twins: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for index, key in enumerate(keys):
        if key is not None:
            twins[key].append(index)
    return {key: found for key, found in twins.items() if len(found) <= _MAX_TWINS}


def _distinct_texts(texts: Sequence[str]) -> tuple[list[str], list[list[int]]]:
    """Each distinct text once, in order of first use, with the indices that use it."""
    indices: dict[str, list[int]] = {}
    for index, text in enumerate(texts):
        indices.setdefault(text, []).append(index)
    return list(indices), list(indices.values())


def _candidates(
    query: str, distinct: tuple[list[str], list[list[int]]], cutoff: float, limit: int
) -> list[tuple[str, float, int]]:
    """The ``limit`` claims whose texts are most alike with ``query`` (ties in text order)."""
    texts, users = distinct
    hits: list[tuple[str, float, int]] = []
    found = process.extract(
        query, texts, scorer=fuzz.token_set_ratio, score_cutoff=cutoff, limit=limit
    )
    for text, score, position in found:
        for index in users[position]:
            hits.append((text, score, index))
            if len(hits) >= limit:
                return hits
    return hits


def pair_scores(
    claims: Sequence[Claim],
    profiles: Sequence[_Profile],
    cutoff: float,
    clashes: set[tuple[int, int]] | None = None,
    examined: set[tuple[int, int]] | None = None,
) -> dict[tuple[int, int], float]:
    """Scores (0-100) of the claim pairs worth considering, keyed (i, j) with i < j."""
    idf = _idf(profiles)
    unique = _unique_units(claims)
    texts = [p.text for p in profiles]
    keys = [quote_words(c.value) if c.kind is ClaimKind.QUOTE else "" for c in claims]
    granularity = [_granularity(c.value) for c in claims]
    sources = len({c.source for c in claims})
    # Each claim has at most a few counterparts per other source; looking at its best few
    # dozen candidates keeps the work linear in the number of claims.
    limit = max(_MIN_CANDIDATES, _CANDIDATES_PER_SOURCE * sources)
    scores: dict[tuple[int, int], float] = {}
    seen: set[tuple[int, int]] = set() if examined is None else examined
    twin_keys = [_twin_key(c) for c in claims]
    twins = _value_twins(twin_keys)
    # The articles that state each precise figure: "The rebuild cost £1.35 million" is the
    # fact sheet's "Total restoration cost: £1.35m", not its "Public appeal: £520,000",
    # however alike the latter's words.
    told_by: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        if claim.quantity is not None and precise(claim.quantity.amount):
            told_by[claim.value].add(claim.source)
    # Each article's only figure of a distinctive unit ("the 86th minute" in a caller's
    # memory of the winner, the only depth in each report) is a candidate of the others',
    # however its sentence is worded.
    only_of_unit: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in sorted(unique):
        key = _unit_key(claims[i])
        if key is not None:
            only_of_unit[key].append(i)
    only_of_unit = {k: v for k, v in only_of_unit.items() if len(v) <= _MAX_TWINS}
    # Claims of one sentence share its words: each distinct text is scored once, and its
    # claims taken in order (a megabyte "sentence" of thousands of dates is one text, not
    # thousands scored against thousands).
    distinct_texts, distinct_keys = _distinct_texts(texts), _distinct_texts(keys)
    for i, claim in enumerate(claims):
        quote = claim.kind is ClaimKind.QUOTE
        query, choices = (keys[i], keys) if quote else (texts[i], texts)
        distinct = distinct_keys if quote else distinct_texts
        hits = _candidates(query, distinct, cutoff * 0.6, limit)
        found = {j for _, _, j in hits}
        # The same figure, or its digits in another order, is a candidate however its
        # sentence is worded (a transcript's "74.1 percent" among a hundred percentages).
        for j in twins.get(twin_keys[i], ()) if twin_keys[i] is not None else ():
            if j not in found and j != i:
                hits.append((choices[j], fuzz.token_set_ratio(query, choices[j]), j))
                found.add(j)
        if i in unique:
            for j in only_of_unit.get(_unit_key(claim) or ("", ""), ()):
                if j not in found and j != i:
                    hits.append((choices[j], fuzz.token_set_ratio(query, choices[j]), j))
                    found.add(j)
        for _, rapid, j in hits:
            pair = (min(i, j), max(i, j))
            if j == i or pair in seen:
                continue
            seen.add(pair)
            if not compatible(claim, claims[j]):
                continue
            if _parts_of_other_totals(claim, profiles[i], claims[j], profiles[j]):
                continue  # "the region €720m" of €2.4bn is not "€270 million" of an overrun
            if _part_against_whole(claim, profiles[i], claims[j], profiles[j]):
                if clashes is not None:
                    clashes.add(pair)
                continue
            if not _estimate_then_latest(
                claim, claims[j], profiles[i], profiles[j]
            ) and _profiles_clash(
                profiles[i],
                profiles[j],
                _one_precise_value(claim, claims[j]),
                _same_amount(claim, claims[j]),
            ):
                if clashes is not None:
                    clashes.add(pair)  # never in one group, even through a restatement
                continue
            other = claims[j]
            # "3,480 metres" and "3,840 metres", "5.41%" and "5.14%": the same digits in
            # another order are one fact misreported, whatever else words suggest.
            # ("28 metres" and "28 feet", "£1.46bn" and "£1.46m": the number kept, its unit
            # or scale slipped, are as sure a sign of one fact.)
            transposed = _miswritten(claim.quantity, other.quantity)
            # (Read once per pair: the day rules below weigh days, not the hour one adds.)
            other_value = _other_day_or_figure(claim, other)
            if (
                claim.value != other.value
                and not transposed
                and (profiles[i].role in _SHAPES) != (profiles[j].role in _SHAPES)
                and not _converted_alike(claim.quantity, other.quantity)
            ):
                continue  # "400 metres wide" is not how far a slide "ran some 1,200 feet"
            if other_value and _tenses_differ(profiles[i], profiles[j]):
                # "derailed on Tuesday" and "will hold a vigil on Saturday": what happened
                # and what will are two events, whatever their sentences share. (One day
                # told with and without its hour, "will reopen at 10am on Saturday 23
                # September" and "on Saturday as it reopened", is one.)
                if clashes is not None:
                    clashes.add(pair)
                continue
            if other_value and _follows_up(profiles[i], profiles[j], claim.context, other.context):
                # "recalled on Wednesday" and "widened the recall on Thursday": an act on
                # the other's event is a later event of its own.
                if clashes is not None:
                    clashes.add(pair)
                continue
            differ = claim.value != other.value and not transposed
            # (One number told with and without its noun, "900 will run" and "900 trains", is
            # one value, whoever each sentence names first.)
            # (Nor for two tolls of one kind, "four people were injured" in a wire's
            # sentence on a Pennock balloon and "six" in a digest's on a Skylark one: who
            # a story's dead or injured belong to is seldom a name before them.)
            owned_apart = (
                differ
                and not _same_amount(claim, other)
                and not (profiles[i].role == profiles[j].role and profiles[i].role in _HEAD_COUNTS)
            )
            owners = _owners_known(profiles[i], profiles[j]) if owned_apart else 0
            if owners == 2:
                # Only when the values differ: "the Alliance won 87" and "Ovens's party won
                # 87" may name one owner two ways, and agreeing costs nothing. (Nor for
                # digits swapped: "The Phase 3 study ... in 1,864 adults" is no owner's.)
                if clashes is not None:
                    clashes.add(pair)
                continue
            bare_told_alike = _bare_count_mismatch(claim, other, profiles[i], profiles[j])
            if bare_told_alike and not _one_bare_count(claim, other):
                continue
            same_source = claim.source == other.source
            if same_source and claim.sentence == other.sentence:
                continue  # a list in one sentence ("$10bn for X, $2.5bn for Y") is many facts
            if same_source and claim.value != other.value and _both_clock_times(claim, other):
                continue  # "went off at 2.40pm", "by 9pm all were back": a timeline, not a slip
            if (
                same_source
                and claim.kind is not ClaimKind.QUOTE
                and claim.value != other.value
                and not _slipped(claim.quantity, other.quantity)
                and compare_claims(claim, other).relation is Relation.DIFFERENT
            ):
                # Two different values of one article are two facts ("this week" and "next
                # week", a table of batches: "7,200 pots", "6,800 pots"), unless one is a slip
                # of the other's digits ("340" and "430"): an article dating one event two
                # ways is rare enough that the weekday check and the other outlets tell it.
                continue
            if claim.kind is ClaimKind.QUOTE:
                score = _quote_similarity(claim, other)
                if score >= cutoff and _other_speakers_other_words(claim, other, keys[i], keys[j]):
                    continue
            else:
                # A restatement in one source must say the same thing in its own sentence,
                # not just sit in the same paragraph.
                pi, pj = profiles[i], profiles[j]
                context = (pi.own, pj.own) if same_source else (pi.weights, pj.weights)
                if same_source:
                    # Neighbouring sentences share their neighbours: compare their own words.
                    rapid = fuzz.token_set_ratio(" ".join(sorted(pi.own)), " ".join(sorted(pj.own)))
                score = (
                    _CONTEXT_SHARE * _overlap(*context, idf)
                    + _LOCAL_SHARE * _overlap(pi.local, pj.local, idf)
                    + (1 - _CONTEXT_SHARE - _LOCAL_SHARE) * rapid
                )
            if _durations_of_other_things(claim, other, profiles[i], profiles[j]):
                continue
            if not transposed and _rates_of_other_things(claim, other, profiles[i], profiles[j]):
                continue
            if (
                claim.value != other.value
                and profiles[i].prices
                and profiles[j].prices
                and not profiles[i].prices & profiles[j].prices
            ):
                continue  # "closed at $41.20 on Monday" is not "$33.20 on Friday"
            if other_value and profiles[i].as_of != profiles[j].as_of:
                continue  # what was counted by Tuesday is not what happened on Wednesday
            if other_value and profiles[i].told_day != profiles[j].told_day:
                continue  # the day a thing was said is not the day another outlet gives its event
            if other_value and profiles[i].last_time != profiles[j].last_time:
                continue  # "the first since 1996" is not the day of the storm
            if (
                profiles[i].happening & profiles[j].happenings_beside
                or profiles[j].happening & profiles[i].happenings_beside
            ):
                # "The hailstorm of Wednesday" is not the "this morning" of "sweeping up this
                # morning after yesterday's hailstorm", whatever day each is: that sentence
                # dates the storm apart.
                if clashes is not None:
                    clashes.add(pair)
                continue
            if (
                profiles[i].period
                and profiles[j].period != profiles[i].period
                and (profiles[j].period and claim.value != other.value)
            ):
                continue  # "5% this year" is not "12% over three years"
            if (profiles[i].person == _A_THING) != (profiles[j].person == _A_THING):
                # "the 150-year-old infirmary" is no patient's age (an age told of no thing
                # that ages is, in news, mostly a person's).
                if clashes is not None:
                    clashes.add(pair)
                continue
            if profiles[i].person and profiles[j].person:
                if _other_people(profiles[i].person, profiles[j].person):
                    if clashes is not None:
                        clashes.add(pair)
                    continue  # "Mira Holt, 27" is not "Stefan, who is 54"
                score += _SAME_NOUN_BONUS  # two ages of one named person
            if claim.value != other.value and (_listed_age(claim) or _listed_age(other)):
                continue  # "The men, aged 24, 31 and 36": whose 24 is another's 38?
            if _other_part(claim, other):
                continue  # "Seventeen of the miners ... walked out" is not "Six miners"
            if claim.value != other.value and (
                _years_told_apart(profiles[i], profiles[j])
                or _roles_told_apart(profiles[i], profiles[j])
            ):
                if clashes is not None:
                    clashes.add(pair)
                continue
            if claim.value != other.value and (profiles[i].role == _UNTIL) != (
                profiles[j].role == _UNTIL
            ):
                # "fundraising pages remain open until Sunday 21 April" is not the day of
                # "yesterday's half marathon" whose fundraising it tells of.
                if clashes is not None:
                    clashes.add(pair)
                continue
            if claim.value != other.value and _horizons_differ(profiles[i], profiles[j]):
                continue  # a forecast's horizon ("2.1% by 2029") is not today's "2.9%"
            if (
                claim.value != other.value
                and profiles[i].base
                and profiles[j].base
                and profiles[i].base != profiles[j].base
            ):
                if clashes is not None:
                    clashes.add(pair)
                continue  # "0.8% on the quarter" is not "2.4% on a year earlier"
            score += _shared_role_bonus(claim, other, profiles[i], profiles[j])
            if bare_told_alike:
                score -= _BARE_ALIKE_PENALTY
            apart = _apart(claim.quantity, other.quantity) if claim.value != other.value else 0.0
            if (
                not transposed
                and apart >= _APART_RATIO
                and not _rising_tally(claim.quantity, other.quantity, profiles[i], profiles[j])
            ):
                score -= (
                    _VERY_FAR_APART_PENALTY
                    if apart >= _VERY_FAR_APART_RATIO
                    else _FAR_APART_PENALTY
                    if apart >= _FAR_APART_RATIO
                    else _APART_PENALTY
                )
            if claim.kind is ClaimKind.DATE and _days_far_apart(claim.value, other.value):
                score -= _FAR_APART_PENALTY
            if (
                i in unique
                and j in unique
                and _unit_key(claim) == _unit_key(other)
                and not _far_in_other_units(claim.quantity, other.quantity)
                and apart < _VERY_FAR_APART_RATIO
            ):
                # The only magnitude, the only depth, the only "aftershocks" in each article
                # (unless one is three times the other: two facts that share a unit).
                score += _UNIQUE_UNIT_BONUS
            if same_source:
                # Two different values of one article joined make it contradict itself,
                # which a reader notices first: that takes more evidence than a restatement.
                # (A quote given in part and in full is a restatement, not two values.)
                differs = claim.value != other.value and claim.kind is not ClaimKind.QUOTE
                score -= _SELF_CONFLICT_PENALTY if differs else _SAME_SOURCE_PENALTY
                # "in Nov." and, a sentence later, "in November": one fact told twice.
                if claim.value == other.value and abs(claim.sentence - other.sentence) <= 2:
                    score += _NEARBY_RESTATEMENT_BONUS
            ledes = (
                profiles[i].lede
                and profiles[j].lede
                and not same_source
                and not _two_reporting_days(claim, other, profiles[i], profiles[j])
            )
            if (
                claim.kind is ClaimKind.NUMBER
                and profiles[i].headline
                and profiles[j].headline
                and not same_source
                and _unit_key(claim) == _unit_key(other)
            ):
                # Two headlines' figures of one unit: each outlet heads its story with the
                # figure it finds most important ("worth €4.2 million", "loss put at €2.4m").
                score += _LEDE_BONUS
            if claim.kind is ClaimKind.DATE:
                if ledes:
                    # Two ledes' dates: each article opens on when its main event happened.
                    score += _LEDE_BONUS
                elif profiles[i].opening and profiles[j].opening and not same_source:
                    score += _OPENING_BONUS  # two articles' first event days
                score -= _GRANULARITY_PENALTY * abs(granularity[i] - granularity[j])
                if (
                    granularity[i] >= 3
                    and granularity[j] >= 3
                    and claim.value != other.value
                    and not _year_transposed(claim.value, other.value)
                ):
                    # Articles name many years for many things (built in 2009, inspected
                    # in 2021); two different years are one fact only on strong evidence.
                    score -= _OTHER_YEAR_PENALTY
                if _other_times_of_a_day(claim.value, other.value):
                    # A story's timeline names many moments (the alarm at 02:40, the
                    # all-clear at 07:02): two clock times are one fact on strong evidence.
                    score -= _OTHER_TIME_PENALTY
            score -= _OTHER_OWNER_PENALTY * owners
            if (
                claim.kind is ClaimKind.NUMBER
                and claim.value != other.value
                and not transposed
                and not same_source
                and claim.quantity is not None
                and claim.quantity.dimension != "count"
                and (
                    other.source in told_by.get(claim.value, ())
                    or claim.source in told_by.get(other.value, ())
                )
            ):
                score -= _VALUE_TOLD_ELSEWHERE_PENALTY
            if (
                other_value
                and not (ledes and claim.kind is ClaimKind.DATE)
                and _events_differ(profiles[i], profiles[j])
            ):
                # (Two ledes tell one main event, each in its own verb: "fire gutted",
                # "flames swept through".)
                score -= _OTHER_EVENT_PENALTY
            if score >= cutoff:
                scores[pair] = score
    return scores


def align(
    claims: Sequence[Claim],
    sentences: dict[str, tuple[Sentence, ...]],
    min_score: float = DEFAULT_MIN_SCORE,
    story: int = 1,
    published: Mapping[str, dt.date | None] | None = None,
    wholes: Mapping[tuple[str, int], float] | None = None,
) -> tuple[Group, ...]:
    """Groups of claims about the same thing; every claim is in exactly one group.

    ``published`` (source -> publication date) lets a figure beside an old year ("in 2011,
    33 people died") be told from today's figures. ``wholes`` ((source, start) of a part ->
    the amount of the total it makes up in its article, from the checks inside one article)
    keeps a part from aligning with another outlet's total.
    """
    ordered = sorted(claims, key=lambda c: (c.kind.value, c.source, c.start, c.end))
    groups: list[Group] = []
    for kind in ClaimKind:
        members = [c for c in ordered if c.kind is kind]
        if members:
            groups.extend(
                _align_kind(
                    kind, members, sentences, min_score, story, published or {}, wholes or {}
                )
            )
    return tuple(groups)


def _align_kind(
    kind: ClaimKind,
    claims: list[Claim],
    sentences: dict[str, tuple[Sentence, ...]],
    min_score: float,
    story: int,
    published: Mapping[str, dt.date | None],
    wholes: Mapping[tuple[str, int], float],
) -> list[Group]:
    profiles = build_profiles(claims, sentences, published, wholes)
    # Pairs somewhat below the threshold still count for complete linkage.
    link_floor = min_score * _LINK_FLOOR
    clashes: set[tuple[int, int]] = set()
    examined: set[tuple[int, int]] = set()
    scores = pair_scores(claims, profiles, link_floor, clashes, examined)
    clashing: dict[int, set[int]] = defaultdict(set)
    for i, j in clashes:
        clashing[i].add(j)
        clashing[j].add(i)
    # Pairs that tell one value, or its digits slipped, link before pairs that differ: a
    # close told "22.80" meets the closes told "22.08" before a live blog's opening price
    # its sentence happens to resemble more.
    ranked = sorted(
        scores.items(),
        key=lambda item: (-item[1] - _one_value_first(claims, *item[0]), item[0]),
    )
    neighbours: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), score in scores.items():
        neighbours[i][j] = neighbours[j][i] = score
    # Restatements first: one source telling one fact twice ("in Nov." then "in November"
    # a sentence later; a quote given in part and in full) is one unit, so that another
    # source's claim is compared with the unit as a whole.
    units = UnionFind(len(claims))
    for (i, j), score in ranked:
        if score >= min_score and _restates(claims[i], claims[j], score):
            units.union(i, j)
    told: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        told[claim.source, _told_value(claim)].append(index)
    for indices in told.values():
        # Linear in the claims that share a value: a headline's claim joins the first body
        # claim of that value, and a body claim the first headline claim.
        firsts = _first_of_role(indices, claims, sentences)
        for i in indices:
            for j in firsts.values():
                if i != j and _headline_restates(claims[i], claims[j], sentences):
                    units.union(i, j)
        # "has risen to three" and, later, "Three have now died": one source's death toll
        # told twice, however far apart (a toll of another year is no restatement).
        first_of_count: dict[int, int] = {}
        for i in indices:
            if profiles[i].role in _HEAD_COUNTS and not profiles[i].historical:
                units.union(i, first_of_count.setdefault(profiles[i].role, i))
    unit_of = [units.find(i) for i in range(len(claims))]
    cluster_of = list(unit_of)
    members: dict[int, list[int]] = defaultdict(list)
    # Each cluster's members by source, kept as clusters merge (see _source_clash).
    told_by: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    # And its units by the value they tell, so that linkage need not gather them at every
    # candidate pair.
    values_of_unit: dict[int, set[str]] = defaultdict(set)
    for index, unit in enumerate(unit_of):
        members[unit].append(index)
        told_by[unit][claims[index].source].append(index)
        values_of_unit[unit].add(_told_value(claims[index]))
    clusters = _Clusters.of_units(values_of_unit, members)
    likeness = _Likeness(neighbours, link_floor, examined)
    best: dict[int, float] = defaultdict(float)
    for (i, j), score in ranked:
        if score < min_score:
            break
        a, b = cluster_of[i], cluster_of[j]
        if a == b:
            continue
        # Quotes link through their best pair (a statement is as long as its longest part);
        # dates and figures that would differ need to look alike pair by pair.
        if kind is not ClaimKind.QUOTE and not _all_units_alike(
            (members[a], a), (members[b], b), clusters, unit_of, cluster_of, likeness, claims
        ):
            continue
        if _source_clash(
            claims, (members[a], told_by[a]), (members[b], told_by[b]), scores, min_score
        ):
            continue
        # (Clashes are mutual: the smaller side's are enough to walk.)
        small, other = (members[a], b) if len(members[a]) <= len(members[b]) else (members[b], a)
        if any(cluster_of[y] == other for x in small for y in clashing.get(x, ())):
            continue  # a forecast year never joins a target year, whatever restates them
        for x in members[b]:
            cluster_of[x] = a
        members[a].extend(members.pop(b))
        for source, indices in told_by.pop(b).items():
            told_by[a][source].extend(indices)
        clusters.merge(a, b)
        best[a] = max(best[a], best.pop(b, 0.0), score)
    if kind is ClaimKind.NUMBER:
        _settle_outliers(members, claims)
    if kind is not ClaimKind.QUOTE:
        _join_lone_restatements(members, claims, neighbours, min_score)
        _join_agreeing_groups(members, claims, neighbours, min_score)
    if kind is ClaimKind.DATE:
        _join_main_event_days(members, claims, profiles)
        _join_lone_days(members, claims, neighbours, profiles, clashing, min_score)
        _join_lone_event_days(members, claims, neighbours, profiles, clashing)
        _rehome_by_happening(members, claims, profiles)
        _join_lone_restatements(members, claims, neighbours, min_score)
    if kind is ClaimKind.NUMBER:
        _join_lone_slips(members, claims, neighbours, min_score, clashing)
        _join_lone_outliers(members, claims, neighbours, profiles, min_score, clashing)
        # A group that now disagrees takes a lone telling close to one of its values ("6.1
        # cm" beside "6cm" and the slip's "six inches"), which it could not while it agreed.
        _join_lone_restatements(members, claims, neighbours, min_score)
        # (Last: a lone figure that is another group's slip or outlier is that, not a twin
        # of some other lone figure of the same value.)
        _join_lone_twins(members, claims, neighbours, profiles)
        _join_twin_disagreements(members, claims)
    groups = []
    for root, indices in members.items():
        chosen = tuple(
            sorted((claims[i] for i in indices), key=lambda c: (c.source, c.start, c.end))
        )
        sources = {c.source for c in chosen}
        score = best.get(root, 100.0) if len(sources) > 1 or len(chosen) > 1 else 100.0
        groups.append(Group(kind=kind, claims=chosen, score=round(score, 1), story=story))
    return groups


def _one_value_first(claims: Sequence[Claim], i: int, j: int) -> float:
    a, b = claims[i], claims[j]
    if a.kind is ClaimKind.NUMBER and _transposed(a.quantity, b.quantity):
        return _ONE_VALUE_FIRST
    return _ONE_VALUE_FIRST if _told_value(a) == _told_value(b) else 0.0


_ONE_VALUE_FIRST = 4.0  # points by which one value's pairs rank ahead when linking


def _join_lone_restatements(
    members: dict[int, list[int]],
    claims: Sequence[Claim],
    neighbours: dict[int, dict[int, float]],
    min_score: float,
) -> None:
    """A claim left on its own that states a group's value and is alike with one of its
    members joins it: complete linkage asks every pair to look alike, which a transcript or
    a blog seldom does with every other outlet, and agreeing with a value already told
    costs the reader nothing. Its source may be in the group already, telling the same
    value elsewhere (a lede's "today", a later "Thursday, 19 August"), not another one. It
    must compare as the same value as the member it meets, and differ from no member that
    member agrees with: joining never makes a group disagree."""
    facts = _GroupFacts(members, claims)
    told = facts.told

    def fits(root: int, index: int, other: int, group: int, score: float) -> bool:
        claim = claims[index]
        if len(members[group]) < 2:
            return False
        if score < (min_score * _LINK_FLOOR if _distinctive(claim) else min_score):
            return False
        theirs = facts.of(group)
        if not _stands_with(claim, claims[other], told[index] == told[other], theirs, claims):
            return False
        if any(
            compare_claims(claim, claims[member]).relation is Relation.DIFFERENT
            and compare_claims(claims[other], claims[member]).relation is not Relation.DIFFERENT
            for member in theirs.kinds.values()
        ):
            return False  # nor may it differ from what the group agrees on
        already = theirs.by_source.get(claim.source, [])
        if len(already) >= _RESTATED_AT_MOST:
            return False  # (a source telling one value a hundred times is a list, not news)
        return all(value == told[index] for value in already)

    _join_groups(members, neighbours, facts, lambda root: len(members[root]) == 1, fits)


def _stands_with(
    claim: Claim, member: Claim, same_told: bool, group: _Told, claims: Sequence[Claim]
) -> bool:
    """Whether a claim left out tells the value of the group member it is alike with, so
    that joining adds no verdict: the same value ("more than 50 metres" is not "below 50
    metres"), told the same way or in other words or units ("four and a half years", "54
    months"; "1,380 feet", "420 metres"); or, where the group's outlets already differ, a
    value within a tenth of the member's ("more than 1,200 patients" by 1,248 against a
    slip's 1,284)."""
    relation = compare_claims(claim, member).relation
    if relation is Relation.SAME:
        return True
    return (
        not same_told
        and relation is Relation.COMPATIBLE
        # (A date compatible with a day is that day's month or year.)
        and (claim.kind is ClaimKind.DATE or _close(claim, member))
        and _disagrees(group, claims)
    )


def _close(a: Claim, b: Claim) -> bool:
    """Two figures within a tenth of each other ("more than 1,200" and 1,248), not merely
    compatible bounds ("up to 12 metres" and 9 metres)."""
    qa, qb = a.quantity, b.quantity
    if qa is None or qb is None:
        return False
    other = _in_unit_of(qb, qa)
    if other is None or qa.high is not None or other.high is not None:
        return False
    return math.isclose(qa.amount, other.amount, rel_tol=_CLOSE)


_CLOSE = 0.1


def _disagrees(group: _Told, claims: Sequence[Claim]) -> bool:
    """Whether some two ways a group tells its value differ (its verdict is a conflict),
    worked out once per group until claims join it: every candidate weighs it, and a group
    of many ways of telling would take their pairs each time."""
    if group.disagrees is None:
        kinds = list(group.kinds.values())
        group.disagrees = any(
            compare_claims(claims[a], claims[b]).relation is Relation.DIFFERENT
            for k, a in enumerate(kinds)
            for b in kinds[k + 1 :]
        )
    return group.disagrees


def _rarely_by_chance(claim: Claim) -> bool:
    """A day, or a figure precise enough that two outlets seldom tell it by chance."""
    if claim.kind is ClaimKind.DATE:
        return is_iso_day(claim.value[:10])
    quantity = claim.quantity
    return quantity is not None and rare_count(quantity.amount)


def _join_agreeing_groups(
    members: dict[int, list[int]],
    claims: Sequence[Claim],
    neighbours: dict[int, dict[int, float]],
    min_score: float,
) -> None:
    """Outlets that agree on a value among themselves, in a group of their own, join the
    group in which other outlets tell that value too (and another outlet differs): one fact,
    split by complete linkage."""
    facts = _GroupFacts(members, claims)
    told = facts.told

    def agrees(root: int) -> bool:
        return len(members[root]) >= 2 and len(facts.of(root).values) == 1

    # Whether the outlets two groups share only tell the one value again, by the pair of
    # groups as they stand (a group's members are weighed against another's many times, one
    # member and neighbour at a time).
    told_again: dict[tuple[int, int, int, int], bool] = {}

    def only_again(root: int, group: int, mine: _Told, theirs: _Told) -> bool:
        key = (root, group, len(members[root]), len(members[group]))
        if key not in told_again:
            told_again[key] = not any(
                set(mine.by_source[s]) != mine.values
                or (
                    set(theirs.by_source[s]) != mine.values
                    and not _tells_again(theirs, s, mine, claims)
                )
                for s in mine.by_source.keys() & theirs.by_source.keys()
            )
        return told_again[key]

    def fits(root: int, index: int, other: int, group: int, score: float) -> bool:
        if score < min_score:
            return False
        mine, theirs = facts.of(root), facts.of(group)
        shared = mine.by_source.keys() & theirs.by_source.keys()
        if not only_again(root, group, mine, theirs):
            return False  # an outlet in both may only be telling the one value again
        if len(theirs.values) < 2:
            # Two agreements of one value may be two facts; not when an outlet tells that
            # value, too precise to meet by chance (or that day), in both ("Footprints
            # recorded: 212" and "212 in total" in one fact sheet, each joined by another
            # outlet's 212).
            return bool(shared) and _rarely_by_chance(claims[index])
        same_told = told[index] == told[other]
        return _stands_with(claims[index], claims[other], same_told, theirs, claims)

    _join_groups(members, neighbours, facts, agrees, fits)


def _tells_again(theirs: _Told, source: str, mine: _Told, claims: Sequence[Claim]) -> bool:
    """Whether each of a source's claims in the other group tells the value it tells in this
    one again: the same value, or a lower bound within a tenth of it (a transcript's lede
    "more than eleven thousand homes" before its reporter's "eleven thousand four hundred
    properties")."""
    # One member for each way the source tells a value (a source may tell one value a
    # thousand times; the same words are the same value).
    own_by_way: dict[tuple[str, Quantity | None], int] = {}
    for i in mine.indices:
        if claims[i].source == source:
            own_by_way.setdefault((claims[i].value, claims[i].quantity), i)
    own = list(own_by_way.values())
    for index in theirs.indices:
        claim = claims[index]
        if claim.source != source or (claim.value, claim.quantity) in own_by_way:
            continue
        if not any(
            compare_claims(claim, claims[i]).relation is Relation.SAME
            or (
                claim.quantity is not None
                and claim.quantity.qualifier in LOWER_BOUNDS
                and compare_claims(claim, claims[i]).relation is Relation.COMPATIBLE
                and _close(claim, claims[i])
            )
            for i in own
        ):
            return False
    return True


@dataclass(slots=True)
class _Told:
    """What one group tells: its values, each source's values, one member for each way a
    value is told, and its members."""

    values: set[str]
    by_source: dict[str, list[str]]
    kinds: dict[tuple[str, Quantity | None], int]
    indices: set[int]
    disagrees: bool | None = None  # see _disagrees; None until asked, and when claims join


class _GroupFacts:
    """What each group tells, read once per group and kept as claims join: a group may be
    hundreds of like claims ("1%" told a thousand times), and every candidate weighs it."""

    def __init__(self, members: dict[int, list[int]], claims: Sequence[Claim]) -> None:
        self.members = members
        self.claims = claims
        self.told = [_told_value(claim) for claim in claims]
        self._of: dict[int, _Told] = {}

    def of(self, group: int) -> _Told:
        if group not in self._of:
            told = _Told(set(), defaultdict(list), {}, set())
            self._add(told, self.members[group])
            self._of[group] = told
        return self._of[group]

    def moved(self, indices: Sequence[int], into: int) -> None:
        """``indices`` have joined group ``into``."""
        if into in self._of:
            self._add(self._of[into], indices)

    def _add(self, told: _Told, indices: Sequence[int]) -> None:
        told.disagrees = None
        for i in indices:
            claim = self.claims[i]
            told.values.add(self.told[i])
            told.by_source[claim.source].append(self.told[i])
            told.kinds.setdefault((claim.value, claim.quantity), i)
            told.indices.add(i)


def _join_groups(
    members: dict[int, list[int]],
    neighbours: dict[int, dict[int, float]],
    facts: _GroupFacts,
    movable: Callable[[int], bool],
    fits: Callable[[int, int, int, int, float], bool],
) -> None:
    """Each group that may move (``movable``) joins the group of the most alike neighbour of
    one of its members that ``fits`` (moving group, member, neighbour, the neighbour's group,
    their score) allows."""
    root_of = {i: root for root, indices in members.items() for i in indices}
    for root in list(members):
        indices = members.get(root)
        if not indices or not movable(root):
            continue
        best: tuple[float, int] | None = None
        for index in indices:
            for other, score in neighbours[index].items():
                group = root_of[other]
                if group == root or group not in members:
                    continue
                if fits(root, index, other, group, score) and (best is None or score > best[0]):
                    best = (score, group)
        if best is not None:
            target = best[1]
            members[target].extend(indices)
            for index in indices:
                root_of[index] = target
            facts.moved(indices, target)
            del members[root]


_RESTATED_AT_MOST = 3  # claims of one source a lone claim of the same value may join


def _distinctive(claim: Claim) -> bool:
    """Whether a value says much by itself (a date, a measure, a count of something with two
    or more significant digits): a lone claim telling a group's value exactly may then join
    it on the looser likeness complete linkage allows (_LINK_FLOOR)."""
    quantity = claim.quantity
    if claim.kind is ClaimKind.DATE:
        return True
    if quantity is None or (quantity.dimension == "count" and not quantity.unit):
        return False  # a bare "two" may count anything
    return quantity.dimension != "count" or specific_digits(quantity.amount) >= 2


_MAIN_DAY_SLIP = 3  # days by which an outlet may misdate the main event
# Claims of other articles' middles an opening day may have met and still leave.
_MAIN_DAY_PARTNERS = 1


def _join_main_event_days(
    members: dict[int, list[int]], claims: Sequence[Claim], profiles: Sequence[_Profile]
) -> None:
    """Each article's first event day is mostly its main event's. When one group holds the
    first days of most articles, an article whose own first day was left on its own tells
    the main event's day too, however few words its sentence shares ("Last Tuesday, at ten
    past six, my phone buzzed" in a blog against the wires' "froze withdrawals on Monday")."""
    root_of = {i: root for root, indices in members.items() for i in indices}
    first_day: dict[str, int] = {}
    for index, claim in enumerate(claims):
        if (profiles[index].lede or profiles[index].opening) and is_iso_day(claim.value[:10]):
            first_day.setdefault(claim.source, index)
    held: Counter[int] = Counter(root_of[i] for i in first_day.values())
    ranked = held.most_common(2)
    if len(first_day) == 2 and len(held) == 2:
        _join_two_openings(members, claims, profiles, root_of, list(first_day.values()))
        return
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return
    main = ranked[0][0]
    if 2 * ranked[0][1] <= len(first_day):
        return  # no clear main event among the articles' first days
    sources = {claims[i].source for i in members[main]}
    days = {
        dt.date.fromisoformat(claims[i].value[:10])
        for i in members[main]
        if is_iso_day(claims[i].value[:10])
    }
    firsts = set(first_day.values())
    for source, index in first_day.items():
        root = root_of[index]
        if source in sources or root == main:
            continue
        others = [j for j in members[root] if j != index]
        if len(others) > _MAIN_DAY_PARTNERS or any(j in firsts for j in others):
            continue  # its group is another event's that other articles open on
        day = dt.date.fromisoformat(claims[index].value[:10])
        if not any(abs((day - other).days) <= _MAIN_DAY_SLIP for other in days):
            continue  # a week or a year away: another event, or another year's
        told = [j for j in members[main] if profiles[j].event]
        if told and all(_events_differ(profiles[index], profiles[j]) for j in told):
            continue  # "divers resumed on Wednesday": the first day told of a later event
        members[main].append(index)
        if others:
            # "When Mirelle listed on Thursday" had met a live blog's later "on the 18":
            # an article's opening day is its main event's, not a later entry's.
            members[root] = others
        else:
            del members[root]


def _join_two_openings(
    members: dict[int, list[int]],
    claims: Sequence[Claim],
    profiles: Sequence[_Profile],
    root_of: dict[int, int],
    firsts: list[int],
) -> None:
    """A story of two articles, each opening on a lone day a day or so from the other's, in
    the same verb ("The strike starts at 06:00 on Friday", "the strike starts on Saturday
    morning"): one main event, two days."""
    a, b = firsts
    if len(members[root_of[a]]) != 1 or len(members[root_of[b]]) != 1:
        return
    pa, pb = profiles[a], profiles[b]
    if _events_differ(pa, pb) or pa.as_of or pb.as_of or pa.told_day or pb.told_day:
        return  # ("fifteen people are still missing tonight": when a state was told)
    if pa.prices and pb.prices and not pa.prices & pb.prices:
        return  # "closing price of $21.40 on Friday", "closed on Monday at $27.10"
    day_a = dt.date.fromisoformat(claims[a].value[:10])
    day_b = dt.date.fromisoformat(claims[b].value[:10])
    if not 0 < abs((day_a - day_b).days) <= _MAIN_DAY_SLIP:
        return
    members[root_of[a]].append(b)
    del members[root_of[b]]


def _stands_apart_from_agreement(
    index: int, theirs: _Told, claims: Sequence[Claim], clashing: dict[int, set[int]]
) -> bool:
    """Whether a lone claim may join a group as its dissenting telling: two or more outlets
    agree on the group's one value, the claim's outlet is not among them, and nothing the
    claim clashes with (another year, another role) is in the group."""
    return (
        len(theirs.values) == 1
        and len(theirs.by_source) >= 2
        and claims[index].source not in theirs.by_source
        and theirs.indices.isdisjoint(clashing.get(index, ()))
    )


_LONE_DAY_SLIP = 1  # day by which a lone telling may miss the day a group agrees on


def _join_lone_days(
    members: dict[int, list[int]],
    claims: Sequence[Claim],
    neighbours: dict[int, dict[int, float]],
    profiles: Sequence[_Profile],
    clashing: dict[int, set[int]],
    min_score: float,
) -> None:
    """A day left on its own, alike with a member of a group on which two or more outlets
    agree, a day from theirs and told of no other event, is that day misdated ("Last
    Wednesday's failure of the trunk main" a week later, against the others' Tuesday burst):
    complete linkage asked it to look alike with every member, which a trade weekly or a
    blog seldom does."""
    facts = _GroupFacts(members, claims)

    def fits(root: int, index: int, other: int, group: int, score: float) -> bool:
        claim = claims[index]
        theirs = facts.of(group)
        if score < min_score or not _stands_apart_from_agreement(index, theirs, claims, clashing):
            return False
        days = {claims[j].value[:10] for j in theirs.indices if is_iso_day(claims[j].value[:10])}
        if len(days) != 1:
            return False
        apart = _days_between(claim.value, days.pop())
        if apart is None or not 0 < apart <= _LONE_DAY_SLIP:
            return False
        if profiles[index].opening and sum(profiles[j].opening for j in theirs.indices) >= 2:
            # An article's first day, near a day two other articles open on: the main
            # event's, in whatever verb ("the spill began pouring early on Monday").
            return True
        if any(profiles[index].figures & profiles[j].figures for j in theirs.indices):
            # "ruled on Thursday that ... pay $214.7 million" and "on Friday found ... $214.7
            # million in damages": one event in other verbs, by the uncommon sum both tell.
            return True
        told = [j for j in theirs.indices if profiles[j].event]
        return not (told and all(_events_differ(profiles[index], profiles[j]) for j in told))

    _join_groups(members, neighbours, facts, lambda root: len(members[root]) == 1, fits)


# Heads of one thing's names: "sale" for "auction"; a compound's head is its own
# ("hailstorm", "storm").
# (Stems are singular: "sales" is read as "sale".)
_HAPPENING_SYNONYMS = {"sale": "auction"}


_VERB_NAME = "~"  # marks a day's event verb among the nouns it names (see _rehome_by_happening)


def _same_happening(a: frozenset[str], b: frozenset[str]) -> bool:
    names_a = {_HAPPENING_SYNONYMS.get(w, w) for w in a}
    names_b = {_HAPPENING_SYNONYMS.get(w, w) for w in b}
    return any(
        x == y
        or (
            min(len(x), len(y)) >= 4
            and _VERB_NAME not in x + y
            and (x.endswith(y) or y.endswith(x))
        )
        for x in names_a
        for y in names_b
    )


def _join_lone_event_days(
    members: dict[int, list[int]],
    claims: Sequence[Claim],
    neighbours: dict[int, dict[int, float]],
    profiles: Sequence[_Profile],
    clashing: dict[int, set[int]],
) -> None:
    """Two days left each on its own, of two outlets, a day or less apart, telling one verb
    of an event ("Supply was restored at 6.40pm today" in a water company's statement,
    "restored on the evening of Wednesday 13 February" in a trade newsletter) and alike
    enough to be candidates: one event, perhaps misdated by one of them. (Verbs that only
    say an event took place tell too little.)"""
    facts = _GroupFacts(members, claims)

    def lone(root: int) -> bool:
        return len(members[root]) == 1

    def fits(root: int, index: int, other: int, group: int, score: float) -> bool:
        if len(members[group]) != 1 or other in clashing.get(index, ()):
            return False
        mine, theirs = profiles[index], profiles[other]
        if not mine.event or mine.event != theirs.event or mine.event in _LIGHT_EVENTS:
            return False
        if claims[index].source == claims[other].source or mine.told_day or theirs.told_day:
            return False
        if _tenses_differ(mine, theirs):
            return False
        days = _days_between(claims[index].value, claims[other].value)
        return days is not None and days <= 1

    _join_groups(members, neighbours, facts, lone, fits)


def _days_between(a: str, b: str) -> int | None:
    """How many days lie between two dates' days, or None unless both name a day."""
    if not (is_iso_day(a[:10]) and is_iso_day(b[:10])):
        return None
    return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)


def _rehome_by_happening(
    members: dict[int, list[int]], claims: Sequence[Claim], profiles: Sequence[_Profile]
) -> None:
    """A day that names its event ("The sale last Thursday", "The hailstorm of Wednesday 11
    June"), in a group where no other day names it, moves to the one group a day or less
    away on which two or more other outlets agree and one of whose days names that event
    ("Wednesday's auction"): the misdated day of the event, not a day of what happened next
    that its value meets by chance. (Each group's facts are read once: a hostile batch may
    hold thousands of such days.) A day's event verb, unless a light one, names its event
    as a noun does ("The prints were found on Wednesday" against the others' finding day)."""
    # (What a day names: its event noun, and its event verb unless a light one: "crossed
    # the line on Saturday afternoon" names the crossing "crossed the finish line on Sunday"
    # names too.)
    # (A verb is marked so that only the same verb matches it: the suffix rule of compound
    # nouns, "hailstorm" and "storm", would take "discover" for "cover".)
    names = [
        p.happening
        | ({_VERB_NAME + p.event} if p.event and p.event not in _LIGHT_EVENTS else set())
        for p in profiles
    ]
    if not any(names):
        return
    root_of = {i: root for root, indices in members.items() for i in indices}
    named: dict[int, Counter[str]] = defaultdict(Counter)
    for index, name in enumerate(names):
        named[root_of[index]].update(name)
    # Groups of one day on which two or more outlets agree, by that day.
    agreed: dict[dt.date, list[int]] = defaultdict(list)
    sources: dict[int, set[str]] = {}
    for root, indices in members.items():
        values = {_told_value(claims[i]) for i in indices}
        day = claims[indices[0]].value[:10]
        group_sources = {claims[i].source for i in indices}
        if len(values) == 1 and len(group_sources) >= 2 and is_iso_day(day):
            agreed[dt.date.fromisoformat(day)].append(root)
            sources[root] = group_sources
    for index, claim in enumerate(claims):
        happening = frozenset(names[index])
        if not happening or not is_iso_day(claim.value[:10]):
            continue
        home = root_of[index]
        others = named[home] - Counter(happening)
        if _same_happening(happening, frozenset(+others)):
            continue
        day = dt.date.fromisoformat(claim.value[:10])
        targets = [
            root
            for shift in (-1, 0, 1)
            for root in agreed.get(day + dt.timedelta(days=shift), ())
            if root != home
            and root in sources
            and claim.source not in sources[root]
            and _same_happening(happening, frozenset(named[root]))
        ]
        if len(targets) != 1:
            continue
        (target,) = targets
        members[home].remove(index)
        if not members[home]:
            del members[home]
        sources.pop(home, None)  # (a group a day left is no agreement to join any more)
        named[home] -= Counter(happening)
        members[target].append(index)
        named[target].update(happening)
        root_of[index] = target
        del sources[target]  # (it disagrees now: one dissent per agreement, as elsewhere)


def _join_lone_twins(
    members: dict[int, list[int]],
    claims: Sequence[Claim],
    neighbours: dict[int, dict[int, float]],
    profiles: Sequence[_Profile],
) -> None:
    """Two figures left each on its own, of two outlets, telling one precise value in one
    unit ("Area: approximately 1,270 square kilometres" in a fact sheet, "an iceberg
    covering 1,270 square kilometres" in a wire) and alike enough to be candidates: one
    fact, though a fact sheet's label line shares few words with a sentence. A value that
    precise seldom meets by chance in one story, and agreeing adds no verdict."""
    facts = _GroupFacts(members, claims)
    told = facts.told

    def lone(root: int) -> bool:
        return len(members[root]) == 1

    def fits(root: int, index: int, other: int, group: int, score: float) -> bool:
        claim, twin = claims[index], claims[other]
        quantity = claim.quantity
        return (
            len(members[group]) == 1
            and claim.source != twin.source
            and told[index] == told[other]
            and quantity is not None
            and bool(quantity.unit)
            and quantity.dimension != "percent"
            and rare_count(quantity.amount)
            and compare_claims(claim, twin).relation is Relation.SAME
            and profiles[index].historical == profiles[other].historical
            and profiles[index].years == profiles[other].years
        )

    _join_groups(members, neighbours, facts, lone, fits)


def _join_lone_slips(
    members: dict[int, list[int]],
    claims: Sequence[Claim],
    neighbours: dict[int, dict[int, float]],
    min_score: float,
    clashing: dict[int, set[int]],
) -> None:
    """A figure left on its own that is a slip of the one value a group of other outlets
    agrees on ("£1,962" against three "£1,926", "37 degrees Fahrenheit" against "37C") and
    alike with one of them is that figure misreported: complete linkage asked it to look
    alike with every member, which a transcript or a blog seldom does. So is a slip of one
    of the two values a group already disagrees on ("one point two miles" beside "1.2 km"
    and "2.1 km"): the disagreement gains a third telling, not a new verdict."""
    facts = _GroupFacts(members, claims)

    def fits(root: int, index: int, other: int, group: int, score: float) -> bool:
        if score < min_score or len(members[group]) < 2:
            return False
        theirs = facts.of(group)
        if len(theirs.values) > 2:
            return False  # (a group told three ways has no one value to slip from)
        if claims[index].source in theirs.by_source:
            return False
        if not theirs.indices.isdisjoint(clashing.get(index, ())):
            return False
        return _miswritten(claims[index].quantity, claims[other].quantity)

    _join_groups(members, neighbours, facts, lambda root: len(members[root]) == 1, fits)


_NAMING_NUMBER = re.compile(r"[A-Za-z]+\s\d")
_PART_AFTER = re.compile(r"\s(?:of|out\sof)\s(?:its|the|their|our|his|her)?\s?\d")
_OUTLIER_RATIO = 1.3  # how far a lone figure may stand from the value a group agrees on


def _join_lone_outliers(
    members: dict[int, list[int]],
    claims: Sequence[Claim],
    neighbours: dict[int, dict[int, float]],
    profiles: Sequence[_Profile],
    min_score: float,
    clashing: dict[int, set[int]],
) -> None:
    """A figure left on its own, alike with a member of a group on which two or more outlets
    agree, in the same unit and near their value ("up 4.7 percent" against four outlets'
    4.1%, "in the 118th minute" against two "112th-minute"), is that figure misreported:
    complete linkage asked it to look alike with every member, which a transcript or a
    blog seldom does."""
    facts = _GroupFacts(members, claims)
    # (An article that tells the group's value too, elsewhere, tells its own figure of
    # something else: "Tellwater's own yield fell to 6.1" beside the country's 7.7.)
    told_by_source = set(zip((c.source for c in claims), facts.told, strict=True))
    # Each article's only figure of its unit ("The mission cost $68 million" against two
    # outlets' only dollar sum, "$62m") needs less likeness: there is nothing else it
    # could be told against.
    sole = _unique_units(claims, _measure_key)

    def fits(root: int, index: int, other: int, group: int, score: float) -> bool:
        claim, member = claims[index], claims[other]
        theirs = facts.of(group)
        alone_in_unit = index in sole and all(j in sole for j in theirs.indices)
        if score < min_score and not alone_in_unit:
            return False
        if not _stands_apart_from_agreement(index, theirs, claims, clashing):
            return False
        if (claim.source, facts.told[other]) in told_by_source:
            return False
        qa, qb = claim.quantity, member.quantity
        if qa is None or qb is None or qa.unit != qb.unit or qa.high is not None:
            return False
        if compare_claims(claim, member).relation is not Relation.DIFFERENT:
            return False
        low, high = sorted((abs(qa.amount), abs(qb.amount)))
        pa, pb = profiles[index], profiles[other]
        # A toll counted lower in an earlier article ("four people were injured" on the day,
        # six in every later report) is the first count: a later report, however far off.
        reach = _RISING_TALLY_RATIO if _earlier_count(qa, pa, qb, pb) else _OUTLIER_RATIO
        if not 0 < low < high or high / low > reach:
            return False  # (the same size told as a fall and as a rise is no misreport)
        # A fact sheet's line ("Highest accepted yield: 7.93%", "Normal stocks: 69%") names
        # its own figure, whatever the sentences about the group's say.
        at = claim.context_at
        if any(m.end() == at for m in _LABEL_LINE.finditer(claim.context)):
            return False
        # Nor a figure told roughly ("about ten minutes into the first act"), or of another
        # owner ("Tellwater's own yield fell to 6.1 tonnes per hectare").
        if qa.qualifier is not None or pa.role != pb.role or _owners_known(pa, pb):
            return False
        # Nor a part of a whole ("87 of its 312 member growers") or a number that names
        # what follows its noun ("stage 4", "Platform 9"), which counts nothing.
        if any(_NAMING_NUMBER.match(c.text) for c in (claim, member)):
            return False
        return not _PART_AFTER.match(claim.context, at + len(claim.text))

    _join_groups(members, neighbours, facts, lambda root: len(members[root]) == 1, fits)


_RISING_TALLY_RATIO = 3.0


def _earlier_count(qa: Quantity, pa: _Profile, qb: Quantity, pb: _Profile) -> bool:
    """Whether ``qa`` is a head count of ``qb``'s kind told lower in an earlier article."""
    return (
        pa.role is not None
        and pa.role in _HEAD_COUNTS
        and pa.role == pb.role
        and pa.published is not None
        and pb.published is not None
        and pa.published < pb.published
        and qa.amount < qb.amount
    )


def _join_twin_disagreements(members: dict[int, list[int]], claims: Sequence[Claim]) -> None:
    """Two groups in which the same outlets disagree the same way ("Nine people" and "12"
    beside "nine died" and "12 died" from the same three outlets) are one disagreement told
    twice: a reader should meet it once. Agreements are left apart (nine dead and nine
    injured may both be told by every outlet)."""
    seen: dict[frozenset[tuple[str, float]], int] = {}
    for root in list(members):
        indices = members[root]
        told = frozenset(
            (claims[i].source, claims[i].quantity.amount)
            for i in indices
            if claims[i].quantity is not None
        )
        if len({source for source, _ in told}) < 2 or len({amount for _, amount in told}) < 2:
            continue
        if told in seen and seen[told] in members:
            members[seen[told]].extend(indices)
            del members[root]
        else:
            seen[told] = root


def _settle_outliers(members: dict[int, list[int]], claims: Sequence[Claim]) -> None:
    """An outlet that gives a group's majority value elsewhere is not its outlier.

    When most sources of a group agree on one value and another source's claim differs,
    but that source states the majority's value in a claim left on its own, the differing
    claim is about something else ("19% on placebo" beside "cut attacks by 58%"): it leaves
    the group and the claim of the majority's value takes its place."""
    alone = {indices[0]: root for root, indices in members.items() if len(indices) == 1}
    by_source_value: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index in alone:
        by_source_value[claims[index].source, claims[index].value].append(index)
    for root in list(members):
        indices = members.get(root)
        if indices is None or len({claims[i].source for i in indices}) < 3:
            continue
        told = {(claims[i].source, claims[i].value) for i in indices}
        ranked = Counter(value for _, value in told).most_common(2)  # sources per value
        if len(ranked) < 2 or ranked[0][1] == ranked[1][1] or ranked[0][1] < 2:
            continue  # no clear majority to measure outliers against
        majority = ranked[0][0]
        sample = next(i for i in indices if claims[i].value == majority)
        for index in list(indices):
            claim = claims[index]
            if claim.value == majority:
                continue
            if any(
                claims[i].source == claim.source and claims[i].value == majority for i in indices
            ):
                # The outlet agrees with the majority in this very group: its other value
                # is of something else ("1,164 flights in all", "530 flights on Tuesday").
                indices.remove(index)
                members[-1 - index] = [index]
                continue
            twins = [
                j
                for j in by_source_value.get((claim.source, majority), ())
                if j in alone
                and alone[j] in members
                and compare_claims(claims[j], claims[sample]).relation is Relation.SAME
            ]
            if not twins:
                continue
            twin = twins[0]
            indices.remove(index)
            members[-1 - index] = [index]  # a key no cluster root has
            indices.append(twin)
            del members[alone.pop(twin)]


def _first_of_role(
    indices: list[int], claims: Sequence[Claim], sentences: Mapping[str, Sequence[Sentence]]
) -> dict[str, int]:
    """The first headline claim and the first body claim among ``indices``."""
    firsts: dict[str, int] = {}
    for index in indices:
        claim = claims[index]
        own = sentences.get(claim.source, ())
        if 0 <= claim.sentence < len(own) and own[claim.sentence].role in ("headline", "body"):
            firsts.setdefault(own[claim.sentence].role, index)
            if len(firsts) == 2:
                break
    return firsts


def _headline_restates(a: Claim, b: Claim, sentences: Mapping[str, Sequence[Sentence]]) -> bool:
    """A headline's figure told again, the same, in its article's body ("gang demands $4.5
    million" over "... demanded $4.5 million in bitcoin"): one fact, whatever the words."""
    if a.source != b.source or a.kind is not ClaimKind.NUMBER or a.value != b.value:
        return False
    own = sentences.get(a.source, ())
    roles = {own[c.sentence].role for c in (a, b) if 0 <= c.sentence < len(own)}
    return roles == {"headline", "body"} and bool(a.quantity and a.quantity.unit)


def _restates(a: Claim, b: Claim, score: float) -> bool:
    if a.source != b.source:
        return False
    if a.kind is ClaimKind.QUOTE:
        return score >= _STATEMENT_SCORE
    same = a.value == b.value or _bare_restatement(a, b)
    return same and abs(a.sentence - b.sentence) <= _RESTATEMENT_REACH


def _bare_restatement(a: Claim, b: Claim) -> bool:
    """ "Four injured as fire guts plant" over "... injured four workers": one count, its
    noun given once."""
    qa, qb = a.quantity, b.quantity
    if not qa or not qb or qa.dimension != "count" or qb.dimension != "count":
        return False
    return qa.amount == qb.amount and qa.high == qb.high and not (qa.unit and qb.unit)


def _told_value(claim: Claim) -> str:
    """What a claim tells, as far as agreeing goes: a day and a clock time on it tell one
    day ("Jan 13" and "02:40 this morning"); a count told with and without its noun, one
    number ("15,400 employees", "stands at 15,400"). (Counts of other things, "45,000
    people" and "45,000 tickets", are never scored as a pair, so never link through this.)"""
    if claim.kind is ClaimKind.DATE and is_iso_day(claim.value[:10]):
        return claim.value[:10]
    quantity = claim.quantity
    if claim.kind is ClaimKind.NUMBER and quantity is not None and quantity.dimension == "count":
        return f"{quantity.amount:g}-{quantity.high}"
    return claim.value


@dataclass
class _Clusters:
    """Each cluster's units, and its units by the values they tell, kept as clusters merge;
    a cluster is named by its root unit."""

    value_of_unit: dict[int, frozenset[str]]
    claims_of_unit: dict[int, tuple[int, ...]]
    units_in: dict[int, set[int]]
    units_by_value: dict[int, dict[frozenset[str], set[int]]]

    @classmethod
    def of_units(
        cls, values_of_unit: Mapping[int, set[str]], claims_of_unit: Mapping[int, list[int]]
    ) -> _Clusters:
        """Every unit its own cluster."""
        value_of_unit = {unit: frozenset(values) for unit, values in values_of_unit.items()}
        return cls(
            value_of_unit,
            {unit: tuple(claims_of_unit[unit]) for unit in value_of_unit},
            {unit: {unit} for unit in value_of_unit},
            {unit: {key: {unit}} for unit, key in value_of_unit.items()},
        )

    def merge(self, into: int, other: int) -> None:
        self.units_in[into] |= self.units_in.pop(other)
        by_value = self.units_by_value[into]
        for key, same in self.units_by_value.pop(other).items():
            by_value.setdefault(key, set()).update(same)


@dataclass(frozen=True)
class _Likeness:
    """What is known of claim pairs: the scores of those alike enough to link (both ways),
    the floor of likeness, and every pair that was weighed at all (most never are: each
    claim weighs only its best few dozen candidates). The scores are fixed for its life."""

    neighbours: dict[int, dict[int, float]]
    floor: float
    examined: set[tuple[int, int]]
    # The units each unit's claims are alike with, read once per unit: a unit may be a
    # source telling one value hundreds of times, asked about at every candidate pair.
    reach: dict[int, frozenset[int]] = field(default_factory=dict)

    def weighed(self, x: int, y: int) -> bool:
        return (min(x, y), max(x, y)) in self.examined

    def units_reached(
        self, unit: int, members: Sequence[int], unit_of: Sequence[int]
    ) -> frozenset[int]:
        if unit not in self.reach:
            self.reach[unit] = frozenset(
                unit_of[y]
                for x in members
                for y, score in self.neighbours[x].items()
                if score >= self.floor
            )
        return self.reach[unit]


def _all_units_alike(
    left: tuple[list[int], int],
    right: tuple[list[int], int],
    clusters: _Clusters,
    unit_of: list[int],
    cluster_of: list[int],
    likeness: _Likeness,
    claims: Sequence[Claim] = (),
) -> bool:
    """Every unit on one side has a claim alike with a claim of every unit on the other
    that tells another value.

    Two units that tell the same value need no likeness of their own: one of them may join
    through a third that both are alike with (a blog's "58%" through a wire's), and agreeing
    costs the reader nothing. (A measure in another unit that meets this one's after
    conversion, "about 36,000 feet" and "11 km", tells the same value here.) A disagreement
    must earn its place: every pair that would be reported as differing has to look alike
    (complete linkage), since a false conflict costs a reader's trust faster than a missed
    one.

    One blind spot is forgiven: a unit never weighed against this one at all, when two or
    more units of other values are alike with it and one of them tells the same value ("64
    residents" alike with two outlets' "62 residents", and a third outlet's "Sixty-two
    residents" crowded out of its candidates by a long article's other sentences). A pair
    weighed and found unlike is evidence against, and still parts them.

    Each side is its members and its cluster. Scores are sparse, so the check walks the
    scored neighbours of the smaller side only: a claim told in a long list of like claims
    may have joined a cluster of hundreds, and every candidate pair comes back to it.
    """
    (walked, _), (_, other_cluster) = sorted((left, right), key=lambda side: len(side[0]))
    wanted = clusters.units_in[other_cluster]
    by_value = clusters.units_by_value[other_cluster]
    walk: dict[int, list[int]] = defaultdict(list)
    for x in walked:
        walk[unit_of[x]].append(x)
    for unit, members in walk.items():
        # (A unit lies whole in one cluster, so its root tells where its claims are.)
        reached = {
            u
            for u in likeness.units_reached(unit, members, unit_of)
            if cluster_of[u] == other_cluster
        }
        same = by_value.get(clusters.value_of_unit[unit], set())
        unreached = wanted - same - reached
        if not unreached:
            continue
        same = same | _converted_alike_units(members, unreached, clusters, claims)
        got = reached - same
        if len(got) == len(wanted) - len(same):
            continue
        if len(wanted) - len(same) - len(got) > 1 or len(got) < 2:
            return False  # one unit unlike some unit of another value is enough
        (lone,) = wanted - same - reached  # (the set difference only once it is one unit)
        if clusters.value_of_unit[lone] not in {clusters.value_of_unit[u] for u in got}:
            return False
        if any(likeness.weighed(x, y) for x in members for y in clusters.claims_of_unit[lone]):
            return False  # weighed and found unlike: evidence against, not a blind spot
    return True


def _converted_alike_units(
    members: list[int], units: set[int], clusters: _Clusters, claims: Sequence[Claim]
) -> set[int]:
    """Those of ``units`` that tell, in another unit of measure, what ``members`` tell."""
    if not claims:
        return set()
    own = [claims[x].quantity for x in members if claims[x].kind is ClaimKind.NUMBER]
    measures = [q for q in own if q is not None and q.dimension in MEASURES]
    if not measures:
        return set()
    return {
        unit
        for unit in units
        if any(
            _converted_alike(q, claims[y].quantity)
            for q in measures
            for y in clusters.claims_of_unit[unit]
        )
    }


def _source_clash(
    claims: list[Claim],
    left: tuple[list[int], Mapping[str, list[int]]],
    right: tuple[list[int], Mapping[str, list[int]]],
    scores: dict[tuple[int, int], float],
    min_score: float,
) -> bool:
    """Two claims of one source may share a group only when they clearly restate each other.

    Each side is its members and those members by source; the smaller side is walked, so a
    cluster of hundreds costs nothing each time a single claim is weighed against it."""
    if len(right[0]) > len(left[0]):
        left, right = right, left
    told_by = left[1]
    for y in right[0]:
        for x in told_by.get(claims[y].source, ()):
            if scores.get((min(x, y), max(x, y)), 0.0) < min_score:
                return True
    return False
