"""Group a batch of articles into stories before their claims are compared.

A folder in CI may hold coverage of several unrelated events; comparing a ferry's death
toll with a bridge's repair bill would only make false findings, and comparing every claim
with every other would cost the whole batch squared. Each article is described by its most
telling words (names count double, words common to the whole batch count little). An
inverted index of those words proposes the articles that share one (the cost follows those
pairs, not the batch squared: bench/scale.py measures it); a weighted overlap of all their
words confirms them; two articles must also share two telling names (a place, a person, a
firm; two precise figures count as one) unless nearly all their words agree, because two
floods in one week are told in the same words. Articles join one story through mutual
confirmed neighbours, most alike first, and a story spans at most a week of publication
dates, two when every article of a follow-up names what every report of the story names. A
story so linked is then cut in two where its two halves are far less alike than each is
within itself (weighed on its own articles' words): a fire and a crowd crush in one street
in one week chain through their shared places, but do not hold together. An article left
alone joins the story it clearly belongs to.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations, product

from checker.extract.common import (
    LOWER,
    ORG_WORDS,
    UPPER,
    content_words,
    norm_word,
    precise_figures,
)
from checker.extract.quotes import ROLE_WORDS
from checker.models import Article, Sentence
from checker.unionfind import UnionFind

_KEYWORDS = 40  # words kept per article
_NAME_WEIGHT = 2.0
_MAX_DAYS_APART = 7
# A story may span up to this many days when every article of the group that would stretch
# it shares this many proper names with every article of the story (see _names_alike).
_MAX_FOLLOW_UP_DAYS = 14
_FOLLOW_UP_NAMES = 2
_NAME_BONUS = 0.02
# Each article links to at most this many of its most similar articles (and they to it).
_NEIGHBOURS = 12
# Calibrated on tests/corpus (one event per folder, and a folder of three events).
STORY_THRESHOLD = 0.09
# Articles that name nothing in common are one story only if this alike.
_UNNAMED = 0.3


@dataclass(frozen=True, slots=True)
class Story:
    """Articles grouped as reports of one event."""

    id: int
    sources: tuple[str, ...]
    title: str  # a few words most of its articles share


# Capitalised words inside a sentence. (Acronyms were tried as names too: an amateur blog
# sharing a telescope's "LIST" with the reports joined its story, but two stories of one
# town sharing an acronym merged in a set written later, with a finding across them.)
_NAME = re.compile(rf"(?<!^)(?<![.!?]\s)\b[{UPPER}][{LOWER}]{{2,}}")
_LOWER = re.compile(r"\b[a-z]{3,}\b")
_NOT_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december the this that new""".split()
)


# The capitalised word a sentence opens with.
_OPENING = re.compile(rf"^\W*([{UPPER}][{LOWER}]{{2,}})\b")


def _openings_and_lower(sentences: Sequence[Sentence]) -> tuple[frozenset[str], frozenset[str]]:
    """The capitalised words an article's sentences open with, and the words it writes in
    lower case."""
    opening = set()
    lower = set()
    for sentence in sentences:
        match = _OPENING.match(sentence.text)
        if match:
            opening.add(match.group(1).lower())
        lower.update(_LOWER.findall(sentence.text))
    return frozenset(opening - _NOT_NAMES - _TITLE_WORDS), frozenset(lower)


def _names(sentences: Sequence[Sentence]) -> frozenset[str]:
    """Capitalised words inside sentences: the people, places and firms an article names."""
    found = set()
    for sentence in sentences:
        found.update(m.group(0).lower() for m in _NAME.finditer(sentence.text))
    return frozenset(found - _NOT_NAMES - _TITLE_WORDS)


# A precise figure ("3.42", "512,000", "4.5": two digits or more that are not noughts).
# Reports of one event share several precise figures (see common.precise_figures), and a
# fact sheet that names little else ("Wheat production 2027: 3.42 million tonnes") shares
# them with every report of it; two such figures in common count as one name in common.
# (One is not enough: two central banks' rates are both "4.25".)
_FIGURES_FOR_A_NAME = 2


def _precise_figures(sentences: Sequence[Sentence]) -> frozenset[str]:
    return frozenset(
        figure for sentence in sentences for _, _, figure in precise_figures(sentence.text)
    )


_KEY_NAMES = 3  # an article's most named names
# Letters that make "Eskaria" and "Eskarian", "Ruvenia" and "Ruvenia's" one name (and, now
# and then, two words one: then the articles are not told apart, as before).
_STEM = 6
_TITLE_WORDS = frozenset(w.lower() for w in ORG_WORDS | ROLE_WORDS) | frozenset(
    """national monetary federal royal state general public international financial policy
    borough district county parish metropolitan councillor""".split()
)
# A name inside a sentence, not the first word after a transcript's "REPORTER:".
_KEY_NAME = re.compile(rf"(?<!^)(?<![.!?:]\s)\b(?:[{UPPER}][{LOWER}]{{2,}}|[A-Z]{{3,6}}\b)")
# (No apostrophe inside a word: "Oswin's" must hold the name "oswin", not the stem "oswin'".)
_ANY_WORD = re.compile(r"\b[a-z][a-z-]{2,}")


def _key_names(sentences: Sequence[Sentence]) -> tuple[frozenset[str], frozenset[str]]:
    """The names an article repeats most (not the words of institutions' and posts' titles,
    which two central banks share), and all its words, as stems."""
    named: Counter[str] = Counter()
    words: set[str] = set()
    for sentence in sentences:
        named.update(
            name[:_STEM]
            for name in (m.group(0).lower() for m in _KEY_NAME.finditer(sentence.text))
            if name not in _NOT_NAMES and name not in _TITLE_WORDS
        )
        words.update(word[:_STEM] for word in _ANY_WORD.findall(sentence.text.lower()))
    top = frozenset(name for name, count in named.most_common(_KEY_NAMES) if count >= 2)
    return top, frozenset(words)


def _strangers(
    a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]
) -> bool:
    """Whether neither article names what the other names most: two central banks' decisions
    in one week share "Bank", "Governor" and a minister's first name, but the one article
    never says "Eskaria" and the other never "Ruvenia"."""
    (top_a, words_a), (top_b, words_b) = a, b
    return bool(top_a and top_b and not top_a & words_b and not top_b & words_a)


def _words(sentences: Sequence[Sentence]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for sentence in sentences:
        text = sentence.text
        names = {m.group(0).lower() for m in _NAME.finditer(text)}
        for word in content_words(text):
            key = norm_word(word)
            counts[key] += _NAME_WEIGHT if word in names else 1.0
    return counts


def group_stories(
    articles: Sequence[Article], sentences: dict[str, tuple[Sentence, ...]]
) -> tuple[Story, ...]:
    """Stories in order of their first article; every article is in exactly one."""
    if len(articles) <= 1:
        return (Story(1, tuple(a.id for a in articles), ""),) if articles else ()
    counts = [_words(sentences.get(a.id, ())) for a in articles]
    total = len(articles)
    profiles = _profiles(counts)
    names = [_names(sentences.get(a.id, ())) for a in articles]
    # Names most of a large batch uses ("River", "Police") tell no story from another.
    name_frequency = Counter(name for found in names for name in found)
    name_cap = max(_COMMON_FLOOR // 3, int(_COMMON_SHARE / 2 * total))
    telling = [frozenset(n for n in found if name_frequency[n] <= name_cap) for found in names]
    # Names only ever seen opening a sentence: an explainer's answers open "Kamala carried
    # the calf for 685 days" and never name the elephant mid-sentence as the reports do.
    # Not a word any article of the batch writes in lower case: "Finance" opens one
    # sentence and is a minister's title in another.
    openings_and_lower = [_openings_and_lower(sentences.get(a.id, ())) for a in articles]
    written_lower = frozenset().union(*(lower for _, lower in openings_and_lower))
    openings = [opening - written_lower for opening, _ in openings_and_lower]

    # Names never written in lower case by their article: places, people, firms, rather
    # than the common nouns of an institution's title ("Board", "Wage", "Chamber"), which
    # any two stories of one kind share. Asked only of the few groups a week apart.
    def proper(index: int) -> frozenset[str]:
        return telling[index] - openings_and_lower[index][1]

    keys = [_key_names(sentences.get(a.id, ())) for a in articles]
    figures = [_precise_figures(sentences.get(a.id, ())) for a in articles]
    groups = UnionFind(total)
    nearest: list[dict[int, float]] = []
    # Every pair that shares two telling names, however alike: a stray's way home.
    nearness: list[dict[int, float]] = [{} for _ in range(total)]
    for i, candidates in enumerate(_candidates(profiles)):
        scored = {}
        for j in candidates:
            days = _days_apart(articles[i].stated_published, articles[j].stated_published)
            if days > _MAX_FOLLOW_UP_DAYS:
                continue
            if _strangers(keys[i], keys[j]):
                continue
            # (A name one article tells mid-sentence and the other only at a sentence's
            # opening is a name in common too.)
            shared_names = len(
                telling[i] & telling[j] | openings[i] & telling[j] | telling[i] & openings[j]
            )
            if len(figures[i] & figures[j]) >= _FIGURES_FOR_A_NAME:
                shared_names += 1
            if shared_names and min(len(telling[i]), len(telling[j])) == 1:
                # A blog that names nothing but the town ("Dunholt's £120m gap") shares all
                # it names with the reports.
                shared_names = 2
            # Two or more names in common (a firm and its chief, a ship and its port) are
            # strong evidence of one story, even when the wording differs.
            bonus = _NAME_BONUS * min(shared_names, 3) if shared_names >= 2 else 0.0
            similarity = _similarity(profiles[i], profiles[j]) + bonus
            if shared_names >= 2:
                nearness[i][j] = similarity
            if days > _MAX_DAYS_APART:
                # Only a stray's way home: a fact sheet a week and a day after the press
                # release it updates names what the release names, but links no story.
                continue
            # Two floods in one batch share their vocabulary; two articles on one flood
            # also share a name (the river, the town), or nearly all their words.
            # (Not two that each name two or more things and none in common: two towns'
            # council votes, written up alike.)
            named_apart = not telling[i] & telling[j] and min(len(telling[i]), len(telling[j])) >= 2
            if similarity >= STORY_THRESHOLD and (
                shared_names >= 2 or (similarity >= _UNNAMED and not named_apart)
            ):
                scored[j] = similarity
        best = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))[:_NEIGHBOURS]
        nearest.append(dict(best))
    # Link only mutual near neighbours: an article that resembles everything (a round-up, a
    # template) cannot chain unrelated stories into one.
    # Most alike pairs first; and a week is a story's span, not only a pair's: an undated
    # article alike with two stories a year apart does not chain them into one.
    mutual = sorted(
        ((score, i, j) for i in range(total) for j, score in nearest[i].items() if i < j),
        key=lambda item: (-item[0], item[1], item[2]),
    )
    span = {i: (a.stated_published, a.stated_published) for i, a in enumerate(articles)}
    linked = {i: [i] for i in range(total)}  # each group's articles, by its root
    for _, i, j in mutual:
        if i not in nearest[j]:
            continue
        a, b = groups.find(i), groups.find(j)
        if a == b:
            continue
        merged = _joined_span(span[a], span[b])
        if merged is None and _names_alike(linked[a], linked[b], proper):
            # A follow-up a week or more on (a fine, a death toll, an inquest) belongs to
            # its story when it names what the story's reports name, not only its kind.
            merged = _joined_span(span[a], span[b], _MAX_FOLLOW_UP_DAYS)
        if merged is None:
            continue
        groups.union(a, b)
        root = groups.find(a)
        span[root] = merged
        linked[root] = linked.pop(a if root == b else b) + linked[root]
    members: dict[int, list[int]] = defaultdict(list)
    for index in range(total):
        members[groups.find(index)].append(index)
    found = [part for indices in members.values() for part in _split(indices, counts, telling)]
    found = _adopt_strays(found, nearness)
    stories = []
    for number, indices in enumerate(sorted(found, key=min), start=1):
        stories.append(
            Story(
                number,
                tuple(articles[i].id for i in indices),
                _title([profiles[i] for i in indices]),
            )
        )
    return tuple(stories)


# An article left alone joins the story of the article it is most alike with when that one
# shares two names with it and is this share of the story threshold alike, and no other
# story comes within _STRAY_MARGIN of it.
_STRAY_SHARE = 0.75
_STRAY_MARGIN = 0.75


def _adopt_strays(found: list[list[int]], nearness: Sequence[dict[int, float]]) -> list[list[int]]:
    """Stories, each article left alone joined to the story it clearly belongs to.

    A first-person blog about a company's layoffs names the firm and its town, but tells of
    a team's last day in words no report uses; alone it is compared with nothing. Joined to
    the story of its nearest article it is compared with the reports. It joins only when
    that story is clearly nearer than any other, so a lone report of another event in the
    same town stays alone. It needs only to be within two weeks of the article it is alike
    with, not within a week of the whole story: a blog eight days after a trial's press
    release, or a fact sheet of the first week of a ban, still belongs."""
    story_of = {index: number for number, indices in enumerate(found) for index in indices}
    stories = [list(indices) for indices in found]
    for number, indices in enumerate(found):
        if len(indices) != 1:
            continue
        (stray,) = indices
        best_by_story: dict[int, float] = {}
        for other, similarity in nearness[stray].items():
            story = story_of[other]
            if story != number:
                best_by_story[story] = max(best_by_story.get(story, 0.0), similarity)
        ranked = sorted(best_by_story.items(), key=lambda kv: (-kv[1], kv[0]))
        if not ranked or ranked[0][1] < _STRAY_SHARE * STORY_THRESHOLD:
            continue
        if len(ranked) > 1 and ranked[1][1] >= _STRAY_MARGIN * ranked[0][1]:
            continue
        target = ranked[0][0]
        if len(found[target]) == 1:
            continue  # two strays do not make a story of their own
        stories[target].append(stray)
        stories[number] = []
    return [sorted(indices) for indices in stories if indices]


# A story splits in two when its two halves are less than this alike, on average, as the
# less coherent half is within itself (words weighed within the story). Measured on the
# labelled sets' folders, each whole: 24 of the 25 that mix events part at 0.06 to 0.37, a
# town's flood and its by-election at 0.49; one earthquake told by a wire, a radio, a blog
# and a reinsurance weekly holds at 0.51, every other single event at 0.71 and above. The
# margin is thin: genres of one event can be nearly as far apart as two events in a town.
_SPLIT_RATIO = 0.5
_SPLIT_MIN = 4  # articles: two a side
_EXHAUSTIVE_UP_TO = 12  # articles; larger stories are halved by average linkage
_SPLIT_UP_TO = 60  # articles; a larger "story" is left as the linking found it


def _profiles(counts: Sequence[Counter[str]]) -> list[dict[str, float]]:
    """Each article's most telling words, weighed against the articles ``counts`` holds."""
    frequency: Counter[str] = Counter()
    for words in counts:
        frequency.update(words.keys())
    total = len(counts)
    profiles = []
    for words in counts:
        # Smoothed idf: a word in every article still counts (two articles on one event
        # share most of their words), just less than a word only a few articles use.
        # The article's most frequent words say what it is about; rarity across the batch
        # only weighs them (choosing by rarity would keep each article's oddities).
        top = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:_KEYWORDS]
        profiles.append(
            {w: (1 + math.log(c)) * (1 + math.log((total + 1) / frequency[w])) for w, c in top}
        )
    return profiles


def _split(
    indices: list[int], counts: Sequence[Counter[str]], names: Sequence[frozenset[str]] = ()
) -> list[list[int]]:
    """``indices`` as one story, or as the two (or more) stories it is made of.

    Linking articles one pair at a time can chain two events that share their places and
    week (the same street, hospital and police chief) through their most alike pair; a story
    whose best split leaves two coherent halves much less alike to each other than within
    themselves is two stories. So is one whose halves share none of their ``names`` (each
    article's telling names), however alike their words (see _named_apart)."""
    if not _SPLIT_MIN <= len(indices) <= _SPLIT_UP_TO:
        return [indices]
    # Words weighed within this story alone: whether it is two stories is a matter of its own
    # articles, not of what else the batch holds (a folder and the same folder in a larger
    # batch split alike).
    local = dict(zip(indices, _profiles([counts[i] for i in indices]), strict=True))
    similar = {(a, b): _similarity(local[a], local[b]) for a, b in combinations(indices, 2)}

    def alike(a: int, b: int) -> float:
        return similar[(a, b) if a < b else (b, a)]

    def mean(pairs: Iterable[tuple[int, int]]) -> float:
        values = [alike(a, b) for a, b in pairs]
        return sum(values) / len(values)

    best: tuple[float, list[int], list[int]] | None = None
    for left, right in _halvings(indices, alike):
        within = min(mean(combinations(left, 2)), mean(combinations(right, 2)))
        if within <= 0:
            continue
        ratio = mean(product(left, right)) / within
        if best is None or ratio < best[0]:
            best = (ratio, left, right)
    if best is not None and best[0] < _SPLIT_RATIO:
        left, right = _settled(best[1], best[2], alike)
    else:
        # (Asked only of a story its words keep whole: most split, or are one story, by
        # words alone.)
        named = (h for h in _halvings(indices, alike) if _named_apart(*h, names))
        halves = next(named, None) if names else None
        if halves is None:
            return [indices]
        left, right = halves
    return _split(left, counts, names) + _split(right, counts, names)


def _named_apart(left: list[int], right: list[int], names: Sequence[frozenset[str]]) -> bool:
    """Whether two halves of a story name apart: no article names what any article of the
    other half names, and each names something another of its own half does. Two towns'
    council votes on seafront parking, written alike, read as one story by their words;
    the town, the councillor, the street tell them apart."""
    if not names:
        return False
    if any(names[a] & names[b] for a, b in product(left, right)):
        return False
    return all(
        any(names[a] & names[b] for b in half if b != a) for half in (left, right) for a in half
    )


def _settled(
    left: list[int], right: list[int], alike: Callable[[int, int], float]
) -> tuple[list[int], list[int]]:
    """The two halves of a split, each article moved to the half it is more alike with on
    average. The cut is chosen by how coherent its less coherent half is, so an article
    loosely alike with every other (a police statement naming the court that will hear its
    arrests) can be left on the side it belongs to least; each move raises how alike
    articles are within their half, so this ends."""
    halves = [list(left), list(right)]
    for _ in range(len(left) + len(right)):
        moved = False
        for side in (0, 1):
            own, other = halves[side], halves[1 - side]
            for index in list(own):
                if len(own) <= 2:
                    break
                here = sum(alike(index, j) for j in own if j != index) / (len(own) - 1)
                there = sum(alike(index, j) for j in other) / len(other)
                if there > here:
                    own.remove(index)
                    other.append(index)
                    moved = True
        if not moved:
            break
    return sorted(halves[0]), sorted(halves[1])


def _halvings(
    indices: list[int], alike: Callable[[int, int], float]
) -> Iterator[tuple[list[int], list[int]]]:
    """Ways to cut a story in two with at least two articles a side: every way for a small
    story; for a larger one, the cut that average linkage leaves at two clusters."""
    if len(indices) <= _EXHAUSTIVE_UP_TO:
        first, rest = indices[0], indices[1:]
        for size in range(1, len(rest)):
            for chosen in combinations(rest, size):
                left = [first, *chosen]
                right = [i for i in rest if i not in chosen]
                if len(left) >= 2 and len(right) >= 2:
                    yield left, right
        return
    clusters = [[i] for i in indices]
    while len(clusters) > 2:
        a, b = max(
            combinations(range(len(clusters)), 2),
            key=lambda pair: (
                sum(alike(x, y) for x in clusters[pair[0]] for y in clusters[pair[1]])
                / (len(clusters[pair[0]]) * len(clusters[pair[1]]))
            ),
        )
        clusters[a] = clusters[a] + clusters.pop(b)
    if min(len(c) for c in clusters) >= 2:
        yield sorted(clusters[0]), sorted(clusters[1])


def _candidates(profiles: Sequence[dict[str, float]]) -> list[set[int]]:
    """For each article, the others that share one of its telling words, from an inverted
    index: the cost follows the pairs that share such a word (about the batch times the size
    of a story), not the batch squared. A word in more articles than _COMMON_SHARE of a large
    batch ("said", "people") tells no story from another and proposes no pair; it still
    counts in the similarity of the pairs proposed."""
    postings: dict[str, list[int]] = defaultdict(list)
    for index, profile in enumerate(profiles):
        for word in profile:
            postings[word].append(index)
    cap = max(_COMMON_FLOOR, int(_COMMON_SHARE * len(profiles)))
    candidates: list[set[int]] = [set() for _ in profiles]
    for holders in postings.values():
        if len(holders) > cap:
            continue
        for index in holders:
            candidates[index].update(holders)
    for index, found in enumerate(candidates):
        found.discard(index)
    return candidates


# Words held by more than this share of a batch (and by more than _COMMON_FLOOR articles)
# propose no pair of articles.
_COMMON_SHARE = 0.05
_COMMON_FLOOR = 60


def _span(days: Iterable[dt.date | None]) -> tuple[dt.date | None, dt.date | None]:
    """The first and last of the publication days given (undated articles bound nothing)."""
    dated = [day for day in days if day is not None]
    return (min(dated), max(dated)) if dated else (None, None)


def _names_alike(
    left: list[int], right: list[int], proper: Callable[[int], frozenset[str]]
) -> bool:
    """Whether every article of one group shares _FOLLOW_UP_NAMES proper names with every
    article of the other, or with what the other group names between its articles: two wage
    boards' decisions a week apart are linked by one pair of press releases, not by the towns
    and people each story names. A storm's wire of the day names the town and a bystander;
    the trade weekly nine days on names the nursery, its owner and the insurers' forum, which
    the local paper named: the weekly is the storm's follow-up. (Asked only of groups a week
    apart.)"""
    # (Sharing two names with every article of the other group is sharing them with what
    # it names between its articles.)
    for one, other in ((left, right), (right, left)):
        named = frozenset().union(*(proper(y) for y in other))
        if all(len(proper(x) & named) >= _FOLLOW_UP_NAMES for x in one):
            return True
    return False


def _joined_span(
    a: tuple[dt.date | None, dt.date | None],
    b: tuple[dt.date | None, dt.date | None],
    limit: int = _MAX_DAYS_APART,
) -> tuple[dt.date | None, dt.date | None] | None:
    """The first and last publication day of two groups joined, or None when they would
    lie more than ``limit`` days apart. (Undated articles bound nothing.)"""
    first, last = joined = _span((*a, *b))
    if first is not None and last is not None and (last - first).days > limit:
        return None
    return joined


def _days_apart(a: dt.date | None, b: dt.date | None) -> int:
    """Days between two publication dates (0 when either is unknown: undated bounds nothing)."""
    return 0 if a is None or b is None else abs((a - b).days)


def _similarity(a: dict[str, float], b: dict[str, float]) -> float:
    """Weighted Jaccard of two keyword profiles, 0-1."""
    shared = a.keys() & b.keys()
    if not shared:
        return 0.0
    common = sum(min(a[w], b[w]) for w in shared)
    union = sum(a.values()) + sum(b.values()) - common
    return common / union if union else 0.0


def _title(profiles: list[dict[str, float]]) -> str:
    """The words the story's articles weigh most, together."""
    total: Counter[str] = Counter()
    for profile in profiles:
        total.update(profile)
    return " ".join(word for word, _ in total.most_common(4))
