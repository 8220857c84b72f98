"""Small text helpers shared by the extractors: clauses, tense, words."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from enum import StrEnum
from functools import lru_cache


class Tense(StrEnum):
    PAST = "past"
    FUTURE = "future"
    UNKNOWN = "unknown"


# "and" is not a break: it joins names ("signed by A and B on May 2") as often as clauses.
_CLAUSE_BREAK = re.compile(r"[,;:()“”\"]|\s[—–]\s|\b(?:but|as|while|whereas)\b")
# The days of the week, Monday first (as datetime numbers them), lower-cased.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A weekday's name, lower-cased (the tense patterns scan a lower-cased copy).
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# Timetable verbs in the plural ("Applications open on Tuesday"), which a name may also
# hold ("won the Corrin Open on Sunday").
_PLURAL_TIMETABLE = frozenset("open close start begin end resume reopen sail depart arrive".split())
_FUTURE = re.compile(
    # ("planning to", not "the planning committee approved".)
    r"\b(?:will|won[’']t|shall|would|going to|is to|are to|plans? to|planning\s(?:to|an?)\s|"
    r"planned for|"
    r"scheduled|schedule[sd]? for|expected to|(?:un)?likely to|due|set for|"
    r"pencil+ed in for|booked for|slated for|lined up for|plans?\s(?:an?|its)\s|"
    # "Further rain is forecast for Tuesday": what weather or markets are expected to do.
    r"(?:forecast|predicted|expected)\s(?:for|on)|(?:(?<=is\s)|(?<=are\s))expected\sin\b|"
    # "strike action has been announced for Thursday", "a walkout called for Monday".
    r"(?:announced|called|fixed|arranged|organi[sz]ed)\sfor\s(?=(?:next\s)?" + _WEEKDAY + r"|\d)|"
    r"set to|to be held|upcoming|coming|later this|ahead of|invit\w+|hopes? to|"
    # "a day of mourning for Friday", "a strike vote for Tuesday": a day something is set
    # for (not "for Monday's attack").
    r"for(?=\s(?:next\s)?" + _WEEKDAY + r"\b(?![’']s))|"
    # "lifted its rate to 5%, effective Wednesday": when a decision takes effect.
    r"effective(?=\s(?:from\s)?(?:on\s)?" + _WEEKDAY + r")|"
    # "the stoppage ends at midnight on Thursday": a timetable told in the present.
    r"(?:ends|starts|begins|resumes|reopens|opens|closes|sails|departs|leaves|arrives|"
    r"returns|meets|sits|kicks\soff|"
    # "Applications open on Tuesday", "talks resume on Monday": the plural timetable (not
    # "the shops were open on Monday", an adjective; see _markers for "the Corrin Open").
    r"(?<=\w\s)(?<!was\s)(?<!were\s)(?<!been\s)(?<!be\s)(?<!being\s)"
    r"(?:"
    + "|".join(sorted(_PLURAL_TIMETABLE))
    + r"))(?=(?:\s(?:again|back|off|out))?(?:\s(?:at|from)\s"
    r"[^,.;]{1,20})?\son\s" + _WEEKDAY + r")|"
    # "the airport stays closed until Wednesday", "a warning is in force until Friday".
    r"(?:stays|remains|is|are)(?=\s(?:closed|open|shut|in\sforce|suspended)\suntil\s"
    r"(?:midday\s|noon\s|midnight\s)?(?:on\s)?" + _WEEKDAY + r")|"
    # "has agreed to meet union leaders on Friday": what was agreed is still to come (the
    # day it is told for stands after it: not "met on Tuesday and agreed to create a fund").
    r"(?:agree[sd]?|promise[sd]?|vow(?:s|ed)?|pledge[sd]?|offer(?:s|ed)?)\sto"
    r"(?=\s[^,.;]{0,60}\b(?:on|next|this)\s" + _WEEKDAY + r")|"
    # "The club has confirmed a victory parade through the city centre on Tuesday": an
    # event just announced is still to come (a perfect takes no past day of its own).
    r"(?:has|have)\s(?:confirmed|announced|scheduled|planned|arranged|organi[sz]ed|called)"
    r"(?=\s(?:a|an)\s(?:[a-z-]+\s){0,3}(?:parade|vigil|rally|march|ceremony|service|funeral|"
    r"memorial|celebration|reception|meeting|strike|walkout|hearing|vote|protest|concert|"
    r"match|event|launch)[^,.;]{0,60}\bon\s" + _WEEKDAY + r")|"
    # "there's a civic reception for the team at the town hall on Friday": what there is
    # on a weekday is still to come (not "there's been a fire on Friday").
    r"there(?:[’']s|\sis|\sare)(?!\sbeen)(?=\s[^,.;]{0,60}\bon\s" + _WEEKDAY + r")|"
    # "the countdown is on to Sunday's race", "in the build-up to Saturday's final".
    r"countdown|build-up\sto|run-up\sto|"
    # "The team is headed to the finals in April": a journey still to make.
    r"(?:is|are|am)\s(?:headed|heading|bound|travell?ing)\s(?:to|for)|"
    # "a budget for next year" says what the budget covers, not when it was approved; so
    # does "approved next year's budget".
    r"(?<!for\s)(?<!of\s)next(?!\s(?:year|month|week|season|term|summer|winter)[’']s\b)|"
    # An obligation looks ahead: "must return the stock by 20 May".
    r"must|(?:has|have)\sto|needs?\sto|deadline)\b|[’']ll\b"
)
_FUTURE_AUXILIARY = re.compile(
    r"\b(?:will|would|shall|must|should|could|might|is\sto|are\sto|to|[’']ll)\s(?:not\s)?"
    r"(?:be|have\sbeen|remain|stay|get)\s$",
    re.I,
)
# "A memorial service is planned at St Brannoc's on Sunday 18 November": what is planned now
# is to come.
_PLAN_WORDS = frozenset("planned scheduled proposed intended".split())
_PLAN_AUXILIARY = re.compile(r"\b(?:is|are)\s(?:now\s|being\s|also\s)?$", re.I)
# Verbs of a change, shared by the figure reader ("fell by a third"), the growth check inside
# an article ("up 10% from 200") and alignment's reading back from a rate to what it measures.
RISE_PAST = frozenset(
    "rose risen grew grown increased jumped climbed gained soared surged boosted expanded".split()
)
FALL_PAST = frozenset(
    """fell fallen dropped declined decreased shrank shrunk slumped slid plunged cut reduced
    lost contracted""".split()
)
RISE_WORDS = RISE_PAST | frozenset(
    """rise rises rising grow grows growing increase increases increasing jump jumps climb
    climbs gain gains soar soars surges boost expand up higher""".split()
)
FALL_WORDS = FALL_PAST | frozenset(
    """fall falls falling drop drops declines decreases shrinks slump slumps plunges slides
    down lower""".split()
)

# The nouns a change is named by ("an increase of 4%", "a 12% cut", "a reduction of £5m").
RISE_NOUNS = frozenset("increase rise jump gain hike step-up overrun".split())
FALL_NOUNS = frozenset("drop fall decline decrease cut reduction dip".split())
CHANGE_NOUNS = RISE_NOUNS | FALL_NOUNS


# A sentence that shares out a total it names first ("Of the 232 people on board, 217 were
# rescued, nine died and six are missing"): the opening before the total, and what stands
# between two shares. The extractor and the checks inside one article read the same list.
OF_THE_TOTAL = r"(?:of|out\sof)\s(?:(?:the|those|these|all|its|their)\s)?"
# "Five of them were admitted", "two of whom died", "45 of which": a share of what was just
# named.
OF_THEM = re.compile(r"\sof\s(?:them|whom|which|those|these)\b", re.I)
BETWEEN_SHARES = r"(?:,\s(?:and\s)?|\sand\s)"


# Letters a name is written in, accented ones too ("Hélène Marsac", "Lucía Ferrant", "Émile",
# "Ørsted"), for character classes: capitals, then small letters (Latin Extended-A mixes the
# two, so it is only among the small ones, where a name's later letters stand).
UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zß-öø-ÿā-ž"


def word_alternation(words: Iterable[str]) -> str:
    """A regex alternation of whole words, longest first so none is cut short."""
    return "|".join(sorted((re.escape(w) for w in words), key=lambda w: (-len(w), w)))


NOT_PAST_ED = frozenset(
    """need speed bed red feed seed proceed exceed succeed indeed hundred based led shed wed
    breed bleed greed creed weed deed heed steed""".split()
)
# Past forms that do not end in -ed; alignment reads them as the verbs that tell an event.
IRREGULAR_PAST = (
    "met held took made came went began begun left saw fell rose grew hit struck won lost "
    "spent paid sold bought gave got brought thought found spoke wrote ran flew became kept "
    "sent built shot broke chose drove ate drew swore stood sank sunk swept led tore threw "
    "sat heard felt knew meant caught fought taught sought slept wore woke dug hid laid lent "
    "rang sang shook stole stuck swam swung understood wept froze forgot withdrew fed"
).split()
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|ago|last(?!-)|earlier|yesterday|previous|previously|"
    # A participle after "is" or "are" is present, mostly of what is scheduled ("when the
    # cap is announced on Aug. 27", "the final is held on Sunday"), not past; so is one
    # after "stays" or "remains" ("the airport stays closed until Wednesday").
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bstays\s)(?<!\bremains\s)"
    r"(?:" + "|".join(IRREGULAR_PAST) + r"|[a-z]{2,}ed)|"
    # A day's closing price is one that is known: "the closing price of $33.20 on Friday".
    r"closing\sprice)\b"
)


# How far from a span a clause or a tense is looked for: real clauses are far shorter, and
# a bound keeps a megabyte "sentence" from costing a full scan per claim.
_REACH = 300


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Span of the clause of ``text`` that holds ``text[start:end]``."""
    left = max(0, start - _REACH)
    right = min(len(text), end + _REACH)
    for match in _CLAUSE_BREAK.finditer(text, left, right):
        if match.end() <= start:
            left = match.end()
        elif match.start() >= end:
            right = match.start()
            break
    return left, right


def tense_at(text: str, start: int, end: int) -> Tense:
    """Past or future, judged from the verbs nearest the span in its clause, else the sentence."""
    if start <= _REACH and end + _REACH >= len(text):
        # The whole text is within reach of the span (as most sentences are), so the breaks
        # and tense words found once for the text serve every span in it: a sentence is asked
        # once for each of its dates, and again when claims are aligned.
        cues = _cues(text)
        if cues is not None:
            return _tense_from_cues(cues, len(text), start, end)
    return _tense_by_scanning(text, start, end)


def tense_word_before(text: str, start: int) -> bool:
    """Whether a word of tense stands right before the span ("was announced in May"), so
    that its tense is the span's own rather than one read from farther off in the sentence."""
    return any(
        m_end >= start - 1 or _PREPOSITION_BETWEEN.fullmatch(text, m_end, start)
        for _, m_end, _ in _markers(text, max(0, start - 40), start)
    )


# "will be held on 9 September": a preposition between the verb and its date parts nothing
# (nor the first of two days: "held on 8 and 9 September").
_PREPOSITION_BETWEEN = re.compile(
    r"\s(?:on|in|at|from|by|until|till|since|before|after)\s"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s(?:and|&|to|or)\s)?"
)


def _tense_by_scanning(text: str, start: int, end: int) -> Tense:
    left, right = clause_around(text, start, end)
    wide = (max(0, start - _REACH), min(len(text), end + _REACH))
    for lo, hi in ((left, right), wide):
        tense = _nearest_tense(text, lo, hi, start, end)
        if tense is not Tense.UNKNOWN:
            return tense
    return Tense.UNKNOWN


# A tense word of a text: (start, end, the tense it marks there).
_Marker = tuple[int, int, Tense]


def _nearest_tense(text: str, lo: int, hi: int, start: int, end: int) -> Tense:
    return _nearest_marker(_markers(text, lo, hi), start, end)


def _markers(text: str, lo: int, hi: int) -> list[_Marker]:
    """The future markers then the past markers of ``text[lo:hi]``, each in text order."""
    found: list[_Marker] = []
    # _FUTURE and _PAST are written lower-case and scan a lower-cased copy (see lowered()).
    window = lowered(text[lo:hi])
    for pattern, tense in ((_FUTURE, Tense.FUTURE), (_PAST, Tense.PAST)):
        for match in pattern.finditer(window):
            word = match.group(0)
            if tense is Tense.PAST and word.endswith("ed") and word in NOT_PAST_ED:
                continue
            if word in _PLURAL_TIMETABLE and text[lo + match.start()].isupper():
                continue  # "won the Corrin Open on Sunday": a name, not a timetable
            m_start = lo + match.start()
            marks = tense
            if tense is Tense.PAST and (
                _FUTURE_AUXILIARY.search(text, max(0, m_start - 24), m_start)
                or (
                    word in _PLAN_WORDS
                    and _PLAN_AUXILIARY.search(text, max(0, m_start - 16), m_start)
                )
            ):
                marks = Tense.FUTURE  # "will be held", "is to be signed", "is planned"
            found.append((m_start, lo + match.end(), marks))
    return found


def tense_of_words(words: str) -> Tense:
    """The tense a phrase tells of itself ("last Wednesday", "next week", "two days ago"),
    read with the markers tense_at reads around a span (and sets aside inside it, where they
    are the date's own words, not its verb); UNKNOWN when it tells none or both."""
    found = {tense for _, _, tense in _markers(words, 0, len(words))}
    return found.pop() if len(found) == 1 else Tense.UNKNOWN


def _nearest_marker(markers: Iterable[_Marker], start: int, end: int) -> Tense:
    best: tuple[int, Tense] | None = None
    for m_start, m_end, tense in markers:
        if start <= m_start < end:
            continue  # the date's own words ("last", "next") are not the verb
        # The verb a time phrase belongs to usually comes before it ("signed on May 2,
        # saying it will ..."), so a marker after the phrase counts as farther away.
        distance = start - m_end if m_end <= start else int((m_start - end) * 1.5)
        # A future marker wins ties: "will meet ... as agreed" is still future.
        key = distance * 2 + (0 if tense is Tense.FUTURE else 1)
        if best is None or key < best[0]:
            best = (key, tense)
    return best[1] if best else Tense.UNKNOWN


# The clause breaks of a text and its tense markers.
_Cues = tuple[tuple[tuple[int, int], ...], tuple[_Marker, ...]]


# Sized for the sentences of a stretch of text, not a whole run: a run reads each sentence
# once, and remembering a whole corpus would only flatter a benchmark that reruns it.
@lru_cache(maxsize=64)
def _cues(text: str) -> _Cues | None:
    """The clause breaks and the tense markers of the whole of ``text``.

    The markers of the whole text that lie between two breaks are the ones a scan of just
    that stretch finds: breaks are punctuation or whole words, and no marker spans one. None
    when lower-casing changes the text's length (see lowered()), where that would not hold.
    """
    if len(text.lower()) != len(text):
        return None
    breaks = tuple(match.span() for match in _CLAUSE_BREAK.finditer(text))
    return breaks, tuple(_markers(text, 0, len(text)))


def _tense_from_cues(cues: _Cues, length: int, start: int, end: int) -> Tense:
    """What _tense_by_scanning finds for a text of ``length`` wholly within reach of the span:
    the nearest marker in the span's clause, else in the whole text."""
    breaks, markers = cues
    left, right = 0, length
    for b_start, b_end in breaks:  # as clause_around does
        if b_end <= start:
            left = b_end
        elif b_start >= end:
            right = b_start
            break
    clause = (m for m in markers if m[0] >= left and m[1] <= right)
    tense = _nearest_marker(clause, start, end)
    return tense if tense is not Tense.UNKNOWN else _nearest_marker(markers, start, end)


def lowered(text: str) -> str:
    """``text`` lower-cased letter for letter: the same length, so every span holds.

    Patterns that ignore case are faster written lower-case over a lower-cased copy than
    compiled with re.IGNORECASE: Python's engine skips ahead on a pattern's possible first
    characters only when the pattern is case-sensitive.
    """
    lower = text.lower()
    # A few capitals lower to two characters ("İ"); then only ASCII letters are lowered.
    return lower if len(lower) == len(text) else text.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


STOPWORDS = frozenset(
    """a an the and or but if then than of to in on at by for from with without into onto
    over under about after before between during since until while as is are was were be
    been being am do does did done have has had having it its it's this that these those
    there here their they them he him his she her hers we our us you your i me my mine
    who whom whose which what when where why how not no nor so too very can could would
    should will shall may might must also just only more most other some such any each
    both all few many much own same up down out off again further once said says say
    according told tells tell per via upon amid among across around near said-day s t
    """.split()
)

_WORD = re.compile(r"[^\W_][\w’'-]*", re.U)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def unpossessed(word: str) -> str:
    """ "venn's" -> "venn", "players'" -> "players"."""
    if word.endswith(("’s", "'s")):
        return word[:-2]
    return word[:-1] if word.endswith(("’", "'")) else word


@lru_cache(maxsize=8192)
def content_words(text: str) -> tuple[str, ...]:
    """Lower-cased words that carry meaning (no stop words, no bare numbers).

    Cached: alignment, subjects and stories read the same sentences many times over."""
    out = []
    for word in _WORD.findall(text):
        lower = unpossessed(word.lower().strip("’'-"))
        if len(lower) < 2 or lower in STOPWORDS or lower.isdigit():
            continue
        out.append(lower)
    return tuple(out)


@lru_cache(maxsize=16384)
def norm_word(word: str) -> str:
    """A crude singular form for matching only (never shown): leaders -> leader."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# Number words by their place, for patterns that read a number spelt out ("forty-eight",
# "twenty-thirty", "nineteen eighty-seven").
UNITS_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
TEENS_WORD = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
TENS_WORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# A number from ten to ninety-nine spelt out: "seventeen", "sixty-seven", "twenty seven".
TENS_AND_UNITS = rf"(?:{TEENS_WORD}|{TENS_WORD}(?:[\s-]{UNITS_WORD})?)"
# Ordinal words by their value: "first" to "nineteenth", then the tens ("twentieth"); the
# others are told as a tens word and a unit ordinal ("eighty-eighth").
ORDINAL_WORDS = {
    word: value
    for value, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split(),
        start=1,
    )
} | {
    word: 10 * value
    for value, word in enumerate(
        "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split(),
        start=2,
    )
}
# Time zones written after a clock time ("22:12 GMT", "(1312 GMT)").
TIME_ZONES = (
    "GMT|UTC|BST|IST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|EET|EEST|WET|WEST|MSK|JST|KST|"
    "HKT|SGT|AEST|AEDT|ACST|AWST|NZST|NZDT|PKT|WIB|SAST|WAT|EAT|GST|AST"
)


# Words of institutions' and places' names, not people's ("Tessaly Space Agency", "Wexcombe
# Fire and Rescue Service"; also read by stories: two central banks share "Bank").
ORG_WORDS = frozenset(
    """Organization Organisation Council Ministry Republic Federation Union Cooperation Bank
    Fund Corridor Initiative Agency Party Assembly Congress Parliament Court Department
    Office Committee Commission Forces Army Navy Group Company Corporation University
    Institute Association League Summit News Times Post Project Pipeline Road Belt Economic
    Strategic Regional Diplomatic Security Middle East Asia Asian Central South North West
    Europe European Cold War United States Kingdom Nations Hall Street Avenue Square Bridge
    Airport Hospital School College Stadium Park River Lake Museum Church Cathedral Palace
    Tower Railway Board Authority Service Services Trust Society Foundation Bureau Centre
    Center Network Holdings Airlines Airways Mutual Insurance Press Radio Club Stores Home
    Homes Foods Energy Partners Media Limited Ltd Inc Plc Brands Securities Biologics
    Pharmaceuticals Pharma Industries Motors Capital Dredging Logistics Shipping Mining
    Minerals Resources Construction Engineering Systems Technologies Laboratories Labs
    Therapeutics Retail Investments Associates Consulting Solutions Telecom Chemicals
    Freight Estates Properties Lane Drive Quay Terrace Crescent Row Mews Wharf Estate
    Alliance Coalition Movement Front Hotel Hotels Inn Resort Police Constabulary
    Fire Rescue Ambulance Coastguard Ferries Ferry Water Rail Railways Buses Tours Gazette Herald
    Chronicle Courier Echo Observer Tribune""".split()
)


# A precise figure ("3.42", "512,000", "214.7": thousands written with commas, or a
# decimal), told with two or more digits that are not noughts ("1,000" and "0.5" are met by
# chance). Two articles, or two sentences, that tell one such figure seldom do so by chance.
_PRECISE_FIGURE = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)(?![\d,]\d)")


def precise_figures(text: str) -> tuple[tuple[int, int, str], ...]:
    """The precise figures of ``text`` as written, each with its span."""
    return tuple(
        (match.start(), match.end(), match.group(0))
        for match in _PRECISE_FIGURE.finditer(text)
        if len(re.sub(r"\D", "", match.group(0)).strip("0")) >= 2
    )
