"""Quote claims: direct quotations and who said them.

Quote marks are paired per paragraph (curly marks by shape, straight ones by position), so an
unbalanced mark never swallows the rest of the article; a quotation may run on into the next
paragraph only when that paragraph opens with a quote mark, as news style does. Speakers come
from the attribution around the quote ("X said", "said X", "he told Y", "according to X",
"X's office said"), pronouns resolve to the last person named before the quote, and a quote
that stands alone in its paragraph continues the speaker of the quote before it. In a
broadcast transcript ("NEIL ASHDOWN (RECORDED): ...") a guest's turn is a quotation of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from checker.extract.common import LOWER, ORG_WORDS, UPPER, word_alternation
from checker.extract.dates import WEEKDAYS
from checker.models import Article, Claim, ClaimKind, Sentence

_OPENERS = "“«„"
_CLOSERS = "”»“"
_MAX_QUOTE = 3000  # characters; longer "quotes" are unbalanced marks, not speech

_VERBS = (
    r"(?:said|says|say|told|tells|tell|added|adds|stated|states|noted|notes|stressed|stresses|"
    r"emphasi[sz]ed|emphasi[sz]es|explained|explains|remarked|declared|declares|announced|"
    r"announces|insisted|insists|warned|warns|argued|argues|claimed|claims|asked|asks|"
    r"replied|wrote|writes|tweeted|posted|pointed\sout|points\sout|described|describes|"
    r"called|calls|acknowledged|acknowledges|confirmed|confirms|recalled|urged|urges|vowed|"
    r"vows|promised|affirmed|reaffirmed|admitted|conceded|observed|commented|testified|"
    r"recogni[sz]ed|recogni[sz]ing|highlighted|highlights|reiterated|assured|suggested|"
    r"cautioned|predicted|quipped|responded|praised|hailed|dismissed|denied|agreed|"
    r"continued|went\son|repeated|repeats)"
)
_TITLE_WORDS = (
    r"(?:President|Vice\sPresident|Prime\sMinister|Deputy\sPrime\sMinister|Minister|"
    r"Foreign\sMinister|Finance\sMinister|Defen[cs]e\sMinister|Chancellor|Secretary|"
    r"Secretary-General|Senator|Sen\.|Rep\.|Representative|Governor|Gov\.|Mayor|Ambassador|"
    r"General|Gen\.|Lt\.?\sGen\.?|Colonel|Col\.|Captain|Capt\.|Admiral|Adm\.|Dr\.?|Mr\.?|"
    r"Mrs\.?|Ms\.?|Prof\.?|Professor|King|Queen|Prince|Princess|Sheikh|Pope|Chief|CEO|"
    r"Chairman|Chairwoman|Chair|Director|Commissioner|Judge|Justice|Spokesman|Spokeswoman|"
    r"Spokesperson|Premier|Speaker|Leader|H\.E\.|Excellency|Sir|Dame|Lord|Lady|Inspector|"
    r"Superintendent|Sergeant|Sgt\.|Officer|Coach|Manager|Archbishop|Bishop|Rev\.|Rev|Reverend|"
    r"Canon|Pastor|Archdeacon|Imam|Rabbi|"
    r"Father|Sister|Emir|Crown\sPrince|Sultan|Field\sMarshal|Councillor|Cllr\.?|Headteacher|"
    r"Detective|Constable)"
)
# A particle is a word of its own: "der" in "leader Orla Fenn" is no "van der".
_NAME_WORD = (
    rf"(?:[{UPPER}][\w’'.-]*|(?<![\w’'-])(?:bin|al|el|de|van|von|der|da|di|le|la|dos|du)"
    rf"(?=\s[{UPPER}]))"
)
_NAME = r"(?:" + _NAME_WORD + r"(?:\s" + _NAME_WORD + r"){0,4})"
# Words that name a post, not a person; a name starts after the last of them.
ROLE_WORDS = frozenset(
    """president minister secretary chancellor governor mayor ambassador general master
    chief officer director commissioner spokesman spokeswoman spokesperson chairman
    chairwoman chair premier senator representative judge justice coach manager captain
    commander inspector superintendent sergeant professor dr mr mrs ms sir dame lord lady
    king queen prince princess sheikh emir sultan pope bishop archbishop rabbi imam leader
    head envoy deputy vice prosecutor attorney executive founder coordinator analyst
    economist correspondent editor reporter engineer adviser advisor consultant treasurer
    administrator controller supervisor principal dean curator organiser organizer forecaster
    meteorologist headteacher councillor councilor cllr detective constable warden ranger""".split()
)
# What news writes before a name the way it writes a post: "Pensioner Derek Holloway",
# "Waitress Chloe Munro", "Landlord Dessie Farrow", "Teenager Ferreol".
_DESCRIPTIONS = frozenset(
    """pensioner teenager waitress waiter landlord landlady farmer student driver nurse teacher
    mother father grandmother grandfather shopkeeper widow widower fisherman builder chef
    baker neighbour neighbor volunteer campaigner passenger commuter motorist cyclist
    walker climber runner skipper homeowner tenant mum dad trainer jockey rider breeder
    player striker goalkeeper midfielder defender bowler batsman batter swimmer sprinter
    owner co-owner resident grower gardener worker witness survivor mechanic pilot postman
    postwoman photographer angler hiker boss spectator caretaker cleaner keeper vet publican
    stallholder""".split()
)
_BEFORE_A_NAME = ROLE_WORDS | _DESCRIPTIONS  # (built once: asked for every name found)
# Titles written before a name, not posts a description names ("the chief executive, X").
HONORIFICS = frozenset(
    """dr mr mrs ms sir dame lord lady king queen prince princess sheikh emir sultan pope
    bishop archbishop rabbi imam master vice general""".split()
)
# Read in any case: "the Energy Minister, Pauli Rask, said" capitalises the post.
_ROLE_NOUNS = (
    r"(?i:minister|president|spokesman|spokeswoman|spokesperson|official|officials|police|"
    r"ministry|agency|statement|leader|leaders|chief|governor|mayor|ambassador|secretary|"
    r"chancellor|premier|diplomat|diplomats|source|sources|analyst|analysts|expert|experts|"
    r"witness|witnesses|resident|residents|officer|officers|authorities|government|office|"
    r"prosecutor|prosecutors|lawyer|lawyers|company|firm|report|military|army|commander|"
    r"organisers|organizers|coach|manager|captain|survivor|survivors|doctor|doctors|"
    # The posts a person holds: "The festival director, Callum Reyes, told the paper that".
    + word_alternation(ROLE_WORDS - HONORIFICS)
    + r")"
)
# "the chief executive of Skellnet, Henrikke Vaal, said": the post may name its body; "the
# chief vet, Dr Morwenna Cale, said": a word may follow the post's noun before the name.
_ROLE = (
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s(?:[\w’'-]+\s){0,3}?" + _ROLE_NOUNS + r"\b"
    r"(?:\s[a-z]{2,}(?=,\s[A-Z]))?"
    r"(?:\s(?:of|at)\s(?:the\s)?[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,3}(?=,))?"
)
_PRONOUN = r"(?:he|she|they|He|She|They|it|It|we|We|I)"
_OWNED = (
    r"(?:[’']s?\s(?:office|spokesman|spokeswoman|spokesperson|ministry|government|campaign|"
    r"team|lawyer|lawyers|aide|aides|statement|statements|remarks|comments|words|view|"
    r"account|press\soffice)\b)?"
)
# The pronoun first: "He said, ..." opens a sentence, and "He" would pass for a name.
_WHO = (
    r"(?:(?P<pro>"
    + _PRONOUN
    + r")(?![\w’'-])|(?P<name>"
    + _NAME
    + r")|(?P<role>"
    + _ROLE
    + r"))"
    + _OWNED
)

# Punctuation between a quotation's closing mark and "X said" (no speaker starts with it).
_LEAD = re.compile(r"[\s,;:—–-]*")
# "said shelter coordinator Ada Fenn": lower-case role words may precede the name.
_AFTER_VERB_WHO = re.compile(
    r"^[\s,;:—–-]*" + _VERBS + r"\s(?:[a-z][\w-]*\s){0,3}?" + _WHO + r"(?![\w’'])"
)
# "said Calloway & Vane chairman Sabine Orlay": the organisation, then the post, then the
# person.
_AFTER_VERB_ORG_POST = re.compile(
    r"^[\s,;:—–-]*" + _VERBS + r"\s(?:[A-Z][\w’'.-]*\s(?:(?:&|and|of|for)\s)?){1,4}"
    r"(?:[a-z][\w-]*\s){0,2}(?:" + word_alternation(ROLE_WORDS) + r")\s(?P<name>" + _NAME + r")"
)
# Also matched right after a quotation (past _LEAD): one pattern for both costs half the
# compile time, which counts in a short run.
# "Minister Aurel Macready, speaking at the scene, said: ...": an aside may part the two.
# "he had said", "she has told": an auxiliary may stand before the verb.
_BEFORE = re.compile(
    _WHO + r"(?:,\s[^,“”\"]{1,60},)?\s(?:\w+ly\s)?(?:ha[sd]\s|have\s)?" + _VERBS + r"\b"
)
# "Chief Lee Chang of the Harbour Service said": the person, not the organisation.
_BEFORE_OF = re.compile(
    r"(?P<name>" + _NAME + r"),?\s(?:of|from|at)\s(?:the\s)?"
    # The organisation may join words: "of Velmora Fire and Rescue said".
    r"[A-Z][\w’'.-]*(?:\s(?:(?:and|&|of|for|the)\s)?[A-Z][\w’'.-]*){0,6}"
    # "of the Ambrel coastguard told": a lower-case word or two may end the body's name.
    r"(?:\s[a-z]{3,}){0,2}?,?\s"
    # "of Tallis Brook, the firm that acted for the owners, said": an aside on the firm.
    r"(?:(?:the|a|an|which|whose)\s[^,“”\"]{1,60},\s)?(?:\w+ly\s)?" + _VERBS + r"\b"
)
# "Her words were: ...", "Mayor Lind's reply was:", "In his words, ...", "as she put it:"
# right before the quotation.
_WORDS_WERE = re.compile(
    r"(?:\b(?:(?P<pro>[Hh]is|[Hh]er)|(?P<name>" + _NAME + r")[’']s?)\s(?:own\s)?"
    r"(?:(?:words|reply|answer|response|message|verdict|explanation)\s(?:were|was)"
    # "Her line that stuck with me:", "His warning:"
    r"|(?:line|lines|comment|remark|warning|promise|message|words)"
    r"(?:\s(?:that|which)\s[^:“”\"]{1,40})?(?=\s?:))"
    r"|\b[Ii]n\s(?P<pro2>his|her)\s(?:own\s)?words|\b[Aa]s\s(?P<pro3>he|she)\sput\sit)"
    r"\s?[:,]?\s*$"
)
_ACCORDING = re.compile(r"\baccording\sto\s(?:(?P<name>" + _NAME + r")|(?P<role>" + _ROLE + r"))")
# "(?:T\s){1,2}" rather than "T(?:\sT)?\s": the same matches, with the title list compiled once.
_TITLED_NAME = re.compile(
    r"(?P<title>(?:"
    + _TITLE_WORDS
    + r"\s){1,2})(?P<name>"
    + r"[A-Z][\w’'-]+(?:\s(?:[A-Z]\.|[A-Z][\w’'-]+)){0,3})"
)
# "Sabine Lorcan-Hale": a part of a name may join two capitalised words.
_FULL_NAME = re.compile(
    rf"\b([{UPPER}][{LOWER}’'-]+(?:\s[A-Z]\.)?\s[{UPPER}][{LOWER}’']+(?:-[{UPPER}][{LOWER}’']+|"
    rf"[{LOWER}’'-]*))\b"
)
_NOT_NAMES = frozenset(
    """The A An This That These Those It Its Both Each Speaking In On At For From With By As
    But And Or If When While After Before Since During Earlier Later Meanwhile However He She
    They We I You Our Their His Her Key Some Many Most Several All Other Such Another One
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Asked Speaking Addressing Writing
    Looking Also Still Yet So Then Now Today Yesterday There Here What Who Why How Where
    Last Next Every Port Mount Fort Cape Lake""".split()
)


@dataclass(frozen=True, slots=True)
class _QuoteSpan:
    """Where one quotation stands in the text, marks included."""

    start: int  # the opening mark
    end: int  # after the closing mark (or the paragraph's end for a run-on quotation)
    paragraph_start: int  # offset of the paragraph the quote opens in


def find_quote_spans(text: str, begin: int = 0) -> list[_QuoteSpan]:
    """Balanced quotations in ``text[begin:]``, paragraph by paragraph."""
    spans: list[_QuoteSpan] = []
    lines: list[tuple[int, str]] = []
    position = begin
    for line in text[begin:].split("\n"):
        lines.append((position, line))
        position += len(line) + 1
    open_at: int | None = None  # a quotation running on from an earlier paragraph
    open_para = 0
    for number, (offset, line) in enumerate(lines):
        if not line.strip():
            continue
        marks = _marks(line)
        cursor_open = None
        if (
            open_at is not None
            and marks
            and marks[0][1] == "open"
            and not line[: marks[0][0]].strip()
        ):
            # The run-on quotation's paragraph mark; the quotation continues.
            marks = marks[1:]
            cursor_open = open_at
        elif open_at is not None:
            open_at = None
        for position_in_line, role in marks:
            absolute = offset + position_in_line
            if role == "open" and cursor_open is None:
                cursor_open = absolute
                open_para = offset
            elif role == "close" and cursor_open is not None:
                if absolute + 1 - cursor_open <= _MAX_QUOTE:
                    spans.append(_QuoteSpan(cursor_open, absolute + 1, open_para))
                cursor_open = None
            elif role == "open" and cursor_open is not None:
                # Two openers: the first was a stray mark; start again here.
                cursor_open = absolute
                open_para = offset
        open_at = None
        if cursor_open is not None:
            following = _next_nonblank(lines, number)
            if following is not None and _opens_with_quote(following):
                open_at = cursor_open
    return spans


def _next_nonblank(lines: list[tuple[int, str]], number: int) -> str | None:
    for _, line in lines[number + 1 :]:
        if line.strip():
            return line
    return None


def _opens_with_quote(line: str) -> bool:
    stripped = line.lstrip()
    return bool(stripped) and (stripped[0] in _OPENERS or stripped[0] == '"')


_MARK = re.compile(r'[“«„”»"]')


def _marks(line: str) -> list[tuple[int, str]]:
    """Quote marks of a line as (position, "open"|"close")."""
    marks = []
    straight_open = False
    for found in _MARK.finditer(line):
        index, char = found.start(), found.group()
        if char in "“«„":
            marks.append((index, "open"))
        elif char in "”»":
            marks.append((index, "close"))
        else:
            before = line[index - 1] if index else " "
            after = line[index + 1] if index + 1 < len(line) else " "
            if (
                not straight_open
                and (before.isspace() or before in "([{—–-/:")
                and not after.isspace()
            ):
                marks.append((index, "open"))
                straight_open = True
            elif straight_open:
                marks.append((index, "close"))
                straight_open = False
    return marks


@dataclass(frozen=True, slots=True)
class _People:
    """Who the article names: full names, and which title each holds."""

    full_names: tuple[str, ...]
    titles: dict[str, str]
    mentions: tuple[tuple[int, str], ...]  # (offset, full name), in text order
    text: str = ""  # the article, to read the clause a name stands in
    offsets: tuple[int, ...] = ()  # of the mentions, bisected once per quotation
    # "he" or "she", for the people the article refers to so (see _genders).
    genders: dict[str, str] = field(default_factory=dict)


def _people(text: str, begin: int, quoted: list[_QuoteSpan]) -> _People:
    full: dict[str, None] = {}
    titles: dict[str, str] = {}
    found: list[tuple[int, str]] = []
    for match in _TITLED_NAME.finditer(text, begin):
        name = _strip_name(match["name"])
        if not name or name.split()[0] in _NOT_NAMES:
            continue
        title = " ".join(match["title"].lower().split())
        titles.setdefault(title, name)
        if " " in name:
            full.setdefault(name, None)
        found.append((match.start("name"), name))
    for first in _FULL_NAME.finditer(text, begin):
        matches = [first]
        lead = first.group(1).split()[0]
        owner = lead.endswith(("'s", "’s"))
        if owner or lead in _NOT_NAMES or lead.lower() in _BEFORE_A_NAME:
            # "Unity's Graham Pell" (an owner's name, then the person's), "When Jenna Voss
            # strode out" (a capitalised word that names no one) and "Organiser Reuben
            # Okonjo-Haig" (the post took the first name): read on from the next word.
            again = _FULL_NAME.match(text, first.start(1) + len(lead) + 1)
            kept = [] if owner or lead in _NOT_NAMES else matches
            matches = kept + ([again] if again else [])
        for match in matches:
            name = _strip_name(match.group(1))
            if _is_full_name(name, text, match.end()):
                full.setdefault(name, None)
            elif (
                _held_post(text, match.start(1))
                and text.startswith(" ", match.end())
                and not any(word in ORG_WORDS for word in name.split())
            ):
                # "Minister of Employment Rosalind Achterberg": the post's department took
                # the first name; the person's name starts at its second word.
                again = _FULL_NAME.match(text, match.start(1) + len(name.split()[0]) + 1)
                person = _strip_name(again.group(1)) if again else ""
                if again and _is_full_name(person, text, again.end()):
                    full.setdefault(person, None)
    names = tuple(full)
    surnames = {name.split()[-1]: name for name in names}
    found = [(offset, surnames.get(name, name)) for offset, name in found]
    titles = {title: surnames.get(name, name) for title, name in titles.items()}
    for match in re.finditer(
        rf"(?<!\b[Tt]he\s)\b[{UPPER}][{LOWER}’']+(?:-[{UPPER}{LOWER}’']+)*\b(?!\s[{UPPER}])",
        text[begin:],
    ):
        # (A word that runs on into more capitalised ones, as "Rail" in "Rail Accident
        # Board", is part of another name; "the Royal" is a place.)
        word = match.group(0)
        if word in surnames:
            found.append((begin + match.start(), surnames[word]))
    starts = [q.start for q in quoted]
    bylines = [m.span() for m in _BYLINE.finditer(text, begin)]
    outside = []
    for offset, name in sorted(set(found)):
        index = bisect_right(starts, offset) - 1
        if index >= 0 and quoted[index].start <= offset < quoted[index].end:
            continue
        if any(low <= offset < high for low, high in bylines):
            continue  # the writer, whom no "he said" in the story refers to
        outside.append((offset, name))
    mentions = tuple(outside)
    offsets = tuple(o for o, _ in outside)
    return _People(names, titles, mentions, text, offsets, _genders(text, mentions))


# The first pronoun after a person's name, before the next name, tells how the article refers
# to them: "Ferreol needed to win, and she did", "How did Strenk take it? ... He told me".
_GENDERED = re.compile(r"\b(?:(?P<he>[Hh]e|[Hh]im|[Hh]is)|(?P<she>[Ss]he|[Hh]er|[Hh]ers))\b")
_GENDER_REACH = 200  # characters after a name within which its pronoun is looked for
_GENDERED_TITLE = re.compile(
    r"(?:(?P<he>\b(?:Mr|Sir|Lord)\.?\s|\b(?:spokesman|chairman|businessman|father|son|"
    r"brother|husband|grandfather)(?:,|\s)\s?)|(?P<she>\b(?:Mrs|Ms|Miss|Dame|Lady)\.?\s|"
    r"\b(?:spokeswoman|chairwoman|businesswoman|mother|daughter|sister|wife|grandmother)"
    r"(?:,|\s)\s?))$"
)
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|told\s\w+|added|warned|claimed)(?:\sthat)?\s$")


def _genders(text: str, mentions: tuple[tuple[int, str], ...]) -> dict[str, str]:
    """For each person named, "he" or "she" when the pronouns that follow their mentions
    mostly say so; no entry when they say nothing or disagree."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for position, (offset, name) in enumerate(mentions):
        titled = _GENDERED_TITLE.search(text, max(0, offset - 32), offset)
        if titled:
            # "Mrs Marsac", "the spokeswoman, Hanne Rutgers,": the title says it outright.
            votes[name]["he" if titled["he"] else "she"] += 2
        end = offset + len(name.split()[-1])
        stop = mentions[position + 1][0] if position + 1 < len(mentions) else len(text)
        found = _GENDERED.search(text, end, min(stop, end + _GENDER_REACH))
        if found and not _REPORTED_BEFORE.search(text, max(0, found.start() - 12), found.start()):
            # (Not "Judge Miriam Kessel said he had shown no remorse": someone else.)
            votes[name]["he" if found["he"] else "she"] += 1
    genders = {}
    for name, counted in votes.items():
        (top, most), *rest = counted.most_common()
        if not rest or rest[0][1] < most:
            genders[name] = top
    return genders


# "By Ingrid Vassbotn", "Posted on Rovers Till I Die by Gaz Whitfield": a line naming the
# writer.
_BYLINE = re.compile(r"^(?:By|Posted|Written|Words|Reporting|Filed)\b[^\n]{0,80}$", re.MULTILINE)


_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n\s*)$")


def _is_full_name(name: str, text: str, end: int) -> bool:
    """Whether two or more capitalised words ending at ``end`` name a person."""
    words = name.split()
    if len(words) < 2 or words[0] in _NOT_NAMES or any(w in ORG_WORDS for w in words):
        return False
    if (
        len(words[0]) > 5
        and words[0].endswith("ing")
        and _SENTENCE_OPENS.search(text, max(0, end - len(name) - 4), end - len(name))
    ):
        # "Sentencing Teague at Corrisford Crown Court, ...": a sentence opening on a verb,
        # then a name (not "the top performer was Aisling Moore").
        return False
    if words[-1].lower() in WEEKDAYS:
        return False  # "Last Tuesday" (a month may be a surname: Theresa May)
    following = _NEXT_WORD.match(text, end)
    if following and following.group(1) in ORG_WORDS:
        return False  # "Tessaly Space Agency": the start of an organisation's name
    if re.fullmatch(_TITLE_WORDS, words[0]) or re.fullmatch(_TITLE_WORDS, words[-1]):
        return False
    post = _POST_OF.match(text, end)
    # "Westmoor Rail's managing director": a firm, whose post is named.
    if post and ROLE_WORDS & set(post.group(1).lower().split()):
        return False
    # "Joaquim Ferraz, head of Civil Protection": what a post is of is no person; nor is
    # what a person is of ("Dana Kowalczyk of Hammerline Analytics").
    start = end - len(name)
    if _PLACE_OR_THING_BEFORE.search(text, max(0, start - 24), start) and not _person_after(
        text, end
    ):
        return False  # "a teacher from Hobbs Green", "arrived at the Corn Exchange"
    return not _held_post(text, start) and not _AFFILIATION.search(text, max(0, start - 60), start)


# (Words come from people: "a statement from Dylan Morse", "one last word on it from ...".)
_PLACE_OR_THING_BEFORE = re.compile(
    r"(?:\bthe|\b(?:in|at|near|outside|inside|across|into|towards?)|"
    r"(?<!statement\s)(?<!word\s)(?<!words\s)(?<!message\s)(?<!letter\s)(?<!email\s)"
    r"(?<!comment\s)(?<!tribute\s)(?<!reply\s)(?<!call\s)\bfrom)\s$",
    re.I,
)


def _person_after(text: str, end: int) -> bool:
    """Whether a name is set off by ", who" or by a post ("from Lydia Okafor, food analyst
    at Pemberton Securities"): a person, whatever stands before the name."""
    after = _APPOSITIVE_AFTER.match(text, end)
    if after is None:
        return False
    return after["who"] is not None or bool(set(after["post"].lower().split()) & ROLE_WORDS)


_APPOSITIVE_AFTER = re.compile(
    r",\s(?:(?P<who>who|whose)\b|(?P<post>(?:[\w-]+\s){1,4})(?:at|of|for)\s)"
)


def _held_post(text: str, start: int) -> bool:
    """Whether the words at ``start`` follow a post's "of": "head of Civil Protection"."""
    held = _POST_BEFORE.search(text, max(0, start - 40), start)
    return bool(held and held.group(1).lower() in ROLE_WORDS)


_POST_BEFORE = re.compile(r"\b([A-Za-z]+)\s(?:of|at)\s(?:the\s)?$")
_AFFILIATION = re.compile(
    rf"\b[{UPPER}][{LOWER}’'-]+\s[{UPPER}][{LOWER}’'-]+,?\s(?:of|at|from)\s(?:the\s)?$"
)


# (The next word may follow a possessive: "the Ardenvale Teachers' Union".)
_NEXT_WORD = re.compile(r"(?:[’']s?)?\s([A-Z][\w’'-]+)")
_POST_OF = re.compile(r"[’']s\s((?:[\w-]+\s){0,2}[\w-]+)")

_LEADING_TITLES = re.compile(r"^(?:(?:[A-Z][a-z]+\s)?" + _TITLE_WORDS + r"\s)+")


# Letters after a name: counsel's rank, honours, degrees.
_POST_NOMINALS = frozenset("KC QC SC MP MSP MEP OBE MBE CBE DBE KBE Jr Sr PhD".split())


def _strip_name(raw: str) -> str:
    """The person's name without the titles before it.

    "Interior Minister Ana Diaz" -> "Ana Diaz", "Harbour Master Lee Chang" -> "Lee Chang",
    "Diaz's" -> "Diaz".
    """
    name = raw.replace("’s", "").replace("'s", "").strip(" ,.")
    stripped = _LEADING_TITLES.sub("", name)
    words = (stripped or name).split()
    while len(words) > 1 and words[-1].rstrip(".") in _POST_NOMINALS:
        words.pop()  # "Laurence Abbot KC", "Dame Ada Kerr DBE"
    last_role = max(
        (i for i, w in enumerate(words[:-1]) if w.lower().rstrip(".") in ROLE_WORDS),
        default=-1,
    )
    return " ".join(words[last_role + 1 :])


def extract_quotes(article: Article, sentences: tuple[Sentence, ...]) -> list[Claim]:
    """Quote claims of one article, with speakers where the text says who."""
    text = article.text
    spans = find_quote_spans(text, article.body_start)
    labelled = _labelled_lines(text, article.body_start)
    if not spans and not labelled:
        return []
    people = _people(text, article.body_start, spans)
    starts = [s.start for s in sentences]
    claims: list[Claim] = []
    previous_speaker: str | None = None
    previous_paragraph = -10
    # "MAYOR DOLORES KITTREDGE (sound bite): "We will rebuild ..."": a turn that is one
    # quotation is the labelled guest's.
    turns = _guest_turns(labelled)
    turn_speakers = _turn_speakers(text, turns, people)
    for span in spans:
        inner = (
            text[span.start + 1 : span.end - 1]
            if text[span.end - 1] in _CLOSERS + '"'
            else text[span.start + 1 : span.end]
        )
        value = _quote_value(inner)
        if not value:
            continue
        first = max(0, bisect_right(starts, span.start) - 1)
        last = max(first, bisect_right(starts, max(span.start, span.end - 1)) - 1)
        if not sentences:
            break
        covering = sentences[first : last + 1]
        context = " ".join(s.text for s in covering)
        speaker = _speaker(text, span, sentences[first], sentences[last], people)
        if speaker is None:
            speaker = turn_speakers.get(span.start)
        if speaker is None and first > 0 and not text[sentences[first].start : span.start].strip():
            # "Dr Helen Marchetti, Chief Executive of the Blood Service, said:" and, in the
            # next paragraph, the quotation: the person that line has just named.
            before = sentences[first - 1]
            if before.text.rstrip().endswith(":"):
                speaker = _speaker(text, span, before, sentences[last], people)
        standalone = _stands_alone(text, span, sentences[first], sentences[last])
        # A quotation standing alone right after another one continues the same speaker.
        if speaker is None and standalone and sentences[first].paragraph - previous_paragraph <= 1:
            speaker = previous_speaker
        previous_speaker = speaker
        previous_paragraph = sentences[last].paragraph
        claims.append(
            Claim(
                source=article.id,
                sentence=sentences[first].index,
                kind=ClaimKind.QUOTE,
                text=text[span.start : span.end],
                start=span.start,
                end=span.end,
                value=value,
                context=context,
                speaker=speaker,
                speaker_is_organisation=_speaks_as_organisation(speaker, context),
            )
        )
    claims.extend(_transcript_quotes(article, sentences, people, turns))
    return sorted(claims, key=lambda c: c.start)


def _speaks_as_organisation(speaker: str | None, context: str) -> bool:
    """Whether the sentence tells the speaker as a thing, not a person: "Hartsell, which has
    218 stores nationwide, said ..." (a person is "who"; "whose" and "said it was" are said
    of people too: "Farmer Gwen Harrow, whose sheep graze the moor", "Kaye said it was
    'money well spent'")."""
    if not speaker or not speaker[:1].isupper():
        return False
    return re.search(re.escape(speaker) + r",\swhich\b", context) is not None


# A broadcast transcript names who speaks before each turn: "NEIL ASHDOWN (RECORDED): In
# twenty-six years ...", "NEWSREADER (HANNAH CORLETT): ...", "DAHL: And the rescue ...".
_SPEAKER_LABEL = re.compile(
    r"(?P<label>[A-Z][A-Z’'.-]+(?:\s[A-Z][A-Z’'.-]*){0,3})"
    r"(?:\s\((?P<note>[^()\n]{1,80})\))?:\s+(?=\S)"
)
# The programme's own people: their words tell the news, they are not quoted.
_STAFF = frozenset(
    """anchor newsreader presenter reporter host correspondent interviewer commentator
    narrator voiceover editor producer""".split()
)
# "LIVE: ...", "UPDATE: ...", "HARNBY WOLD: ..." head a page or a dateline, and a press
# release's "NOTES TO EDITORS:" or "MEDIA CONTACT:" a section: none is a turn.
_NOT_TURNS = frozenset(
    """live update updated breaking watch exclusive analysis comment note notes correction
    clarification contact media press about background source sources photo caption related
    read see also editor's ends disclaimer""".split()
)


def _labelled_lines(text: str, begin: int) -> list[tuple[int, re.Match[str]]]:
    """Turns of a transcript as (offset of the line, its label match); none unless the
    article has at least two, so that a lone dateline ("BRACKENMOUTH: Two people ...") is
    not read as speech."""
    turns = []
    position = begin
    for line in text[begin:].split("\n"):
        match = _SPEAKER_LABEL.match(line)
        if match and match["label"].split()[0].lower() not in _NOT_TURNS:
            turns.append((position, match))
        position += len(line) + 1
    return turns if len(turns) >= 2 else []


# A guest's turn in a transcript: the offset of its line, its label's match, the label.
_Turn = tuple[int, re.Match[str], str]


def _guest_turns(labelled: list[tuple[int, re.Match[str]]]) -> list[_Turn]:
    """The turns of a transcript's guests, with their labels lower-cased: the programme's
    own staff ("ANCHOR", "MARIUS LIND (ANCHOR)", then "LIND") quote others, they are not
    quoted."""
    staff: set[str] = set()
    turns: list[_Turn] = []
    for offset, match in labelled:
        label = " ".join(match["label"].lower().split())
        note = " ".join((match["note"] or "").lower().split())
        if label in _STAFF:
            staff.update(note.split()[-1:])
            continue
        if set(note.split()) & _STAFF or label.split()[-1] in staff:
            staff.add(label.split()[-1])
            continue
        turns.append((offset, match, label))
    return turns


def _transcript_quotes(
    article: Article,
    sentences: tuple[Sentence, ...],
    people: _People,
    turns: list[_Turn],
) -> list[Claim]:
    """The words of each guest's turn in a transcript, as that guest's quotation."""
    text = article.text
    starts = [s.start for s in sentences]
    claims = []
    for offset, match, label in turns:
        line_end = text.find("\n", offset)
        end = len(text) if line_end < 0 else line_end
        start = offset + match.end()
        words = text[start:end].rstrip()
        if not words or any(mark in words for mark in _OPENERS + _CLOSERS + '"'):
            continue  # quotations inside a turn are read as quotations (see _turn_speakers)
        value = _quote_value(words)
        if not value or not sentences:
            continue
        sentence = sentences[max(0, bisect_right(starts, start) - 1)]
        claims.append(
            Claim(
                source=article.id,
                sentence=sentence.index,
                kind=ClaimKind.QUOTE,
                text=words,
                start=start,
                end=start + len(words),
                value=value,
                context=sentence.text,
                speaker=_label_name(label, people),
            )
        )
    return claims


def _turn_speakers(text: str, turns: list[_Turn], people: _People) -> dict[int, str]:
    """Where a guest's turn opens on a quotation mark: the offset of that mark, and the
    guest the turn's label names ("MAYOR DOLORES KITTREDGE (sound bite): "..."")."""
    found: dict[int, str] = {}
    for offset, match, label in turns:
        at = offset + match.end()
        if at < len(text) and text[at] in _OPENERS + '"':
            words = label.split()
            while len(words) > 1 and words[0] in ROLE_WORDS:
                words = words[1:]  # the person, not the post
            found[at] = _label_name(" ".join(words), people)
    return found


def _label_name(label: str, people: _People) -> str:
    """ "neil ashdown" -> "Neil Ashdown" (as the article spells it when it names him), "dahl"
    -> the full name whose surname it is."""
    for full in people.full_names:
        if full.lower() == label or (" " not in label and full.split()[-1].lower() == label):
            return full
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in label.split())


def _quote_value(inner: str) -> str:
    # Paragraph-opening marks of a run-on quotation are not words.
    cleaned = re.sub(r"\n\s*[“\"«„]", " ", inner)
    cleaned = " ".join(cleaned.split())
    return cleaned.strip(" ,.;:").strip()


def _stands_alone(text: str, span: _QuoteSpan, first: Sentence, last: Sentence) -> bool:
    before = text[first.start : span.start].strip()
    after = text[span.end : last.end].strip(" .,")
    return not before and not after


def _speaker(
    text: str, span: _QuoteSpan, first: Sentence, last: Sentence, people: _People
) -> str | None:
    after = text[span.end : last.end]
    before = text[first.start : span.start]
    whole = text[first.start : last.end]
    lead = _LEAD.match(after)
    if _DESCRIBED_AFTER.match(after):
        # '"...," the 22-year-old said': the person the article has just named.
        return _nearest_person(span.start, people)
    match = (
        _BEFORE.match(after, lead.end() if lead else 0)
        or _AFTER_VERB_ORG_POST.match(after)
        or _AFTER_VERB_WHO.match(after)
    )
    if match:
        return _resolve(match, span.start, people)
    words = _WORDS_WERE.search(before)
    if words and _plausible(words):
        return _resolve(words, span.start, people)
    if _PUT_IT.search(before):
        # "As Marcus Ebberley of the Roadways Agency put it, ...": the person just named.
        return _last_person(span.start, people, since=first.start)
    matches = sorted(
        [m for m in _BEFORE.finditer(before) if _plausible(m)]
        + [m for m in _BEFORE_OF.finditer(before) if _plausible(m)],
        key=lambda m: m.end(),
    )
    if matches:
        # "He told our reporter Hannah Wilmot: ...": a pronoun before the quote stands for
        # someone named before the pronoun, not the person it speaks to.
        return _resolve(matches[-1], first.start + matches[-1].start(), people)
    # "The city is “fully ready” to host, Mayor X said on Monday."
    later = [m for m in _BEFORE_OF.finditer(after) if _plausible(m)] or [
        m for m in _BEFORE.finditer(after) if _plausible(m) and not m.group("pro")
    ]
    if later:
        return _resolve(later[0], span.start, people)
    according = _ACCORDING.search(whole)
    if according:
        return _resolve(according, span.start, people)
    if colon := _PRONOUN_COLON.search(before):
        # "The spokeswoman, Inspector Hanne Rutgers, paid tribute. She said: ...": the
        # person "she" is.
        return _pronoun_person(span.start, people, colon.group(0).split()[0])
    if before.rstrip().endswith(":") or _I_QUOTE.search(before):
        # "Aeralis's operations director, Helga Marrin, summed it up: ..." and "As the patrol
        # chief, Ander Vik, put it to us: ...": a colon hands the words to the person the
        # sentence has just named; so does "told us, and I quote,".
        named = _last_person(span.start, people, since=first.start)
        if named is None and (opens := _PRONOUN_OPENS.match(before)):
            # "He later praised the crews, telling the Herald: ...": the person "he" is.
            return _pronoun_person(span.start, people, opens.group(0).strip())
        return named
    return None


# A person told by a description, not a post: "the 22-year-old said", "the veteran added"
# (the descriptions that may also stand before a name, and a few more).
_DESCRIBED_AFTER = re.compile(
    r"^[\s,;:—–-]*the\s(?:\d{1,3}-year-old|"
    + word_alternation(_DESCRIPTIONS | {"veteran", "youngster"})
    + r")\s(?:\w+ly\s)?(?:later\s)?"
    + _VERBS
    + r"\b"
)
_PUT_IT = re.compile(r"\b[Aa]s\s[A-Z][^,.;:“”\"]{0,80}\sput\sit(?:\s[a-z]+){0,3}[,:]\s{0,4}$")
_I_QUOTE = re.compile(r"\b(?:and\s)?I\squote,?\s{0,4}$|\bquote,\s{0,4}$")
_PRONOUN_OPENS = re.compile(r"\s{0,4}(?:He|She)\s")


_PRONOUN_COLON = re.compile(
    r"\b(?:[Hh]e|[Ss]he)\s(?:later\s|then\s|also\s)?(?:said|says|added|adds|explained|warned"
    r"|wrote|insisted|recalled|replied|told\s(?:[\w’'-]+\s){0,5}?[\w’'-]+)"
    # "She said, and I'm quoting her: ...": an aside may stand before the colon.
    r"(?:,\s[^,.:;“”\"]{1,40})?\s*:\s*$"
)
_POST_WORDS = ROLE_WORDS | {"and", "of"}  # "Founder and Chief Executive of"
_PLACE_BEFORE = re.compile(r"\b(?:from|in|at|near|to|of|for)\s$")
_AFTER_NAME = re.compile(r"[a-z],\s$")


def _plausible(match: re.Match[str]) -> bool:
    pronoun = match.groupdict().get("pro")
    if pronoun:
        # "I wrote down: ..." is the writer; only "he" or "she" stands for a person named.
        return pronoun.lower() in ("he", "she", "his", "her")
    name = match.groupdict().get("name")
    if name:
        words = name.split()
        if all(w.lower().strip(".,") in _POST_WORDS for w in words):
            return False  # "Chief Executive of Pellham, said": a post, the name is before it
        if _PLACE_BEFORE.search(match.string, max(0, match.start() - 8), match.start()) and not (
            len(words) > 2 and _held_post(match.string, match.start())
        ):
            # "Passengers from Ballinfold described": a place ("Minister of Employment
            # Rosalind Achterberg said": a department, then a name).
            return False
        if words[-1].lower() in ROLE_WORDS and _AFTER_NAME.search(
            match.string, max(0, match.start() - 4), match.start()
        ):
            return False  # "Rosa Lind, Rescue Coordinator of the ... said": her post
        return words[0] not in _NOT_NAMES and not any(w in ORG_WORDS for w in words)
    return True


_POSSESSIVE_POST = re.compile(
    r"[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,3}[’']s\s((?:[a-z][\w-]*\s?){1,4}),\s"
    r"((?:[A-Z][\w’'.-]*\s){0,3}[A-Z][\w’'-]+)(?=\s*[.,;]|\s*$)"
)
_FIRM_POST_NAME = re.compile(r"\s((?:[a-z][\w-]*\s){1,3})(" + _NAME + r")")
_APPOSITION = re.compile(
    r"(?:\s[a-z][\w-]*){0,2},\s((?:[A-Z][\w’'.-]*\s){0,3}[A-Z][\w’'-]+)(?=\s*[.,;]|\s*$)"
)


def _resolve(match: re.Match[str], named_before: int, people: _People) -> str | None:
    """The speaker ``match`` names; a pronoun stands for a person named before
    ``named_before``."""
    groups = match.groupdict()
    owned = match.group(0)
    suffix = ""
    owner = re.search(
        r"[’']s?\s(office|spokesman|spokeswoman|spokesperson|ministry|"
        r"government|campaign|team|lawyer|lawyers|aide|aides|press\soffice)\b",
        owned,
    )
    if owner:
        suffix = f"'s {owner.group(1)}"
    pronoun_text = groups.get("pro") or groups.get("pro2") or groups.get("pro3")
    if pronoun_text:
        pronoun = pronoun_text.lower()
        if pronoun in ("it", "we", "i", "they"):
            return None
        return _pronoun_person(named_before, people, pronoun)
    if groups.get("role"):
        # "said the union's general secretary, Captain Brona Keller" and "The health
        # minister, Lydia Harcourt, said": the person named.
        named = _APPOSITION.match(match.string, match.end()) or (
            match.end("role") < match.end() and _APPOSITION.match(match.string, match.end("role"))
        )
        if named:
            cleaned = _strip_name(named.group(1))
            if cleaned and cleaned.split()[0] not in _NOT_NAMES:
                return _full_name(cleaned, people) + suffix
        role = " ".join(groups["role"].split())
        lower = role.lower()
        for title, name in people.titles.items():
            if lower.endswith(" " + title) or lower == title:
                return name + suffix
            if lower.split()[-1] == "judge" and title.split()[-1] in ("justice", "judge"):
                return name + suffix  # "Mrs Justice Oyelaran-Pike ... the judge said"
        posted = _posted_person(lower, named_before, people)
        return (posted or lower) + suffix
    name = groups.get("name")
    if not name:
        return None
    # "said Castellan chief executive Owen Tremayne": the firm, its post, then the person.
    firm_post = _FIRM_POST_NAME.match(match.string, match.end("name"))
    if firm_post and set(firm_post.group(1).split()) & ROLE_WORDS:
        cleaned = _strip_name(firm_post.group(2))
        if cleaned and cleaned.split()[0] not in _NOT_NAMES:
            return _full_name(cleaned, people)
    # "said Eastlink's chief executive, Torvald Neame": the person, not the firm.
    post = _POSSESSIVE_POST.match(match.string, match.start("name"))
    if post and set(post.group(1).lower().split()) & ROLE_WORDS:
        cleaned = _strip_name(post.group(2))
        if cleaned and cleaned.split()[0] not in _NOT_NAMES:
            return _full_name(cleaned, people)
    cleaned = _strip_name(name)
    if not cleaned or cleaned.split()[0] in _NOT_NAMES:
        return None
    if re.fullmatch(_ROLE_NOUNS, cleaned.split()[-1].lower()):
        return cleaned.lower() + suffix  # "Officials said" opens a sentence; not a name
    for full in people.full_names:
        if cleaned.endswith(" " + full):
            return full + suffix  # "Minister of Employment Rosalind Achterberg said"
    return _full_name(cleaned, people) + suffix


def _posted_person(role: str, before: int, people: _People) -> str | None:
    """The person last named, before ``before``, right after a post that ``role`` ("the
    minister") names: "Minister of Social Affairs Irena Maskell said ..." then "... the
    Minister added" is hers."""
    words = role.split()
    if len(words) != 2 or words[0] != "the":
        return None
    post = re.compile(r"\b" + re.escape(words[1]) + r"\b[^.,;:“”\"]{0,40}$", re.I)
    found = None
    for offset, name in people.mentions:
        if offset >= before:
            break
        if " " in name and post.search(people.text, max(0, offset - 48), offset):
            found = name
    return found


def _full_name(name: str, people: _People) -> str:
    if " " in name:
        return name
    for full in people.full_names:
        if full.split()[-1] == name:
            return full
    # "Joanne", named in full once ("Joanne Pettigrew, who has worked there ..."): a blog
    # or a transcript calls people by their first names.
    first = [full for full in people.full_names if full.split()[0] == name]
    return first[0] if len(first) == 1 else name


# "Matthias Orlen, who sat beside Vilks in the chamber, tried ...": a name inside a relative
# clause is not the one the sentence is about.
# (The clause ends with its sentence: "said Colette Amara, who heads the tourism body.
# Bernard Quist, who chairs ..." names Quist in a sentence of his own.)
_RELATIVE_CLAUSE = re.compile(r"[^,.;:]{0,3},\s(?:who|whose|whom)\b[^,;:.!?]*$")


_PRONOUN_REACH = 600  # characters from a name within which "he said" may refer to it


_PRONOUN_GENDER = {"he": "he", "his": "he", "she": "she", "her": "she"}


def _pronoun_person(offset: int, people: _People, pronoun: str = "") -> str | None:
    """Whom "he said" or "she said" refers to (see _nearest_person), passing over a person
    the article refers to by the other pronoun: "How did Strenk take it? He told me, ...
    And the winner? She said, ..." is not Strenk's."""
    person = _nearest_person(offset, people)
    wanted = _PRONOUN_GENDER.get(pronoun.lower())
    if person is None or wanted is None or people.genders.get(person, wanted) == wanted:
        return person
    index = bisect_right(people.offsets, offset) - 1
    for named_at, name in reversed(people.mentions[: index + 1]):
        if offset - named_at > _PRONOUN_REACH:
            break
        if people.genders.get(name) == wanted:
            return name
    return None


def _nearest_person(offset: int, people: _People) -> str | None:
    """The person named last before the quote, unless that name stands in a relative clause
    about an earlier one ("Regional President Matthias Orlen, who sat beside Vilks, tried to
    reassure them. '...,' he said": Orlen)."""
    offsets = people.offsets
    index = bisect_right(offsets, offset) - 1
    if index < 0:
        return None
    named_at = offsets[index]
    if offset - named_at > _PRONOUN_REACH:
        return None  # "she" this far from any name refers to someone the text did not name
    if index > 0:
        earlier, name = people.mentions[index - 1]
        surname = name.split()[-1]
        end = people.text.find(surname, earlier, named_at)
        if end >= 0 and _RELATIVE_CLAUSE.match(people.text, end + len(surname), named_at):
            return name
    subject = _subject_before(offset, named_at, index, people)
    if subject is not None:
        return subject
    return people.mentions[index][1]


# The end of a sentence.
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+")


def _subject_before(offset: int, named_at: int, index: int, people: _People) -> str | None:
    """The person the sentence before the quote's opens on, told by surname: "Voss, 58, has
    lost none of the swagger that made Marigold Static a great band. '...,' she told the
    crowd" is Voss's. A pronoun most often takes up the last sentence's subject, not what
    it named last; a surname alone is said of people, not of bands or firms."""
    text = people.text
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, named_at - 400), offset)]
    before = [e for e in ends if e <= named_at]
    if not before or not any(e > named_at for e in ends):
        return None  # the last name is in the quote's own sentence, or no sentence began
    start = before[-1]
    if opening := _OPENING_JOINER.match(text, start):
        start = opening.end()  # "But Peter Vane, chair of the campaign, said ..."
    first = bisect_right(people.offsets, start - 1)
    if first >= index:
        return None
    named_at, name = people.mentions[first]
    if " " not in name:
        return None
    # Told by surname ("Voss, 58, has") or in full ("Peter Vane, chair of ..., said"; the
    # mention is the surname's).
    surname = name.split()[-1]
    if named_at == start and text.startswith(surname, start):
        told = surname
    elif named_at == start + len(name) - len(surname) and text.startswith(name, start):
        told = name
    else:
        return None
    goes_on = _SUBJECT_GOES_ON.match(text, start + len(told))
    if not goes_on or ROLE_WORDS.intersection(goes_on.group(0).split()):
        # "Rovers manager Sean Whitlock", "Students' Union president ...", "Skarvik Ridge
        # chief executive Marit Halvorsen": a post follows an organisation's name.
        return None
    return name


_OPENING_JOINER = re.compile(r"(?:But|And|Yet|So|However,|Meanwhile,)\s")


# After a surname that opens a sentence as its subject: an aside ("Voss, 58, has") or a
# verb ("Voss told"), not a post and another name ("Rovers manager Sean Whitlock").
_SUBJECT_GOES_ON = re.compile(r",\s|(?:\s[a-z]+\b)+(?!\s[A-Z])")


def _last_person(offset: int, people: _People, since: int = 0) -> str | None:
    """The person named last before ``offset``, if named at ``since`` or later."""
    index = bisect_right(people.offsets, offset) - 1
    if index < 0 or people.mentions[index][0] < since:
        return None
    return people.mentions[index][1]
