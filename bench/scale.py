"""Scaling of the library with the batch: does alignment cost grow with the claims of a story,
or with the whole batch squared?

Generates a deterministic batch of invented news coverage in memory (no files, no real news
text): by default 200 stories told by 10 outlets each, 2,000 articles of 3-6 paragraphs. Each
story has its own vocabulary, as real coverage of different events does: invented place and
person names built from syllables, its own organisation, an event type drawn from a list of
twenty (flood, strike, factory fire, election, merger, ...) with that event's nouns and verbs,
its own dates spread over 2026 and its own figures. The outlets of one story report the same
facts in varied wording and order, some leave facts out, a few change a value (conflicts),
some date by weekday ("on Monday") and some by calendar date, and they quote the story's
people with varied attributions.

For each batch size (the first size/10 stories with all their articles) it times, separately
(``time.perf_counter``, median of ``--runs``):

- prepare: ``make_article`` + ``prepare`` (load, split, extract);
- grouping: ``checker.stories.group_stories`` alone, as ``compare`` calls it;
- compare: the whole ``compare`` (grouping + align + judge per story);

and prints stories found against stories generated, story purity (share of found stories
whose articles all come from one generated story) and completeness (share of generated
stories that land whole in one found story), the claims, articles per second, and the ratio
of each size's time to the previous size's (x2 of the articles: about 2 is linear, about 4 is
quadratic). The peak RSS of the process (after the largest size) is printed at the end;
``--tracemalloc`` adds tracemalloc's peak over one extra untimed run of the largest size.

A phase that takes longer than ``--budget`` seconds is stopped and the larger sizes skipped;
``--profile N`` prints cProfile's top functions (cumulative) for one run at N articles.

Run from the repo root:

    python bench/scale.py                    # 250, 500, 1000, 2000 articles
    python bench/scale.py --quick            # 100, 200 articles: a smoke run
    python bench/scale.py --sizes 200 400 --runs 3 --per-story 8 --seed 7
    python bench/scale.py --sizes 500 --profile 500
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import math
import pstats
import random
import resource
import signal
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.load import make_article  # noqa: E402
from checker.models import Article, Options, Report  # noqa: E402
from checker.pipeline import Extraction, compare, prepare  # noqa: E402
from checker.stories import group_stories  # noqa: E402

T = TypeVar("T")
OPTIONS = Options()

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
# Syllables for invented names; enough of them that 200 stories rarely share a word.
SYLLABLES = (
    "ka lor ven mi dra tho sel ur an bel cor fen gal hin jor kel mar nor pel quin ros tal vir "
    "wen zan os idu em rav sul tev ok lin bra dov ea fim gor hal ist jun kov lum mev nab od "
    "pra rud sib tor ul vas yel zor ber cas dal eno fal gri has ilo kar len mor nis ov pat "
    "res sav tin uva vel wim"
).split()
ENDINGS = ("ko", "ra", "ia", "en", "ov", "ell", "ada", "is", "ton", "ska", "ar", "o", "ith")
FIRST_ENDINGS = ("a", "eth", "o", "an", "ine", "el", "us", "ia", "or", "is")
OUTLETS = [
    "Daily Lantern",
    "Harbor Wire",
    "Morning Ledger",
    "Valley Courier",
    "Northstar Post",
    "Evening Sentinel",
    "Coastline Times",
    "Plains Gazette",
    "Metro Dispatch",
    "Union Herald",
    "Capital Tribune",
    "Ridge Observer",
]
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}


@dataclass(frozen=True)
class EventKind:
    """What one type of event is told with: its nouns, verbs and the facts reported on it.

    Templates take {place}, {region}, {org}, {site}, {date}; counts are (noun, verb phrase);
    ``share`` takes {p}; ``next_step`` is (what, verb phrase before a date).
    """

    name: str
    org_kind: str
    site: str  # "{site}" is "the <Name> <site>"
    leads: tuple[str, ...]
    headline: str
    count_a: tuple[str, str]
    count_b: tuple[str, str]
    money: str  # what a sum of money is
    share: str
    next_step: tuple[str, str]
    official: str  # role of the first person quoted
    witness: str  # role of the second
    words: tuple[str, ...]  # the event's own nouns


EVENTS: tuple[EventKind, ...] = (
    EventKind(
        "flood",
        "Water Board",
        "river",
        (
            "Floodwaters swept through {place} {date} after the {site} burst its banks.",
            "The {site} overflowed {date}, flooding much of {place}.",
            "A flood inundated {place} {date}, the {org} said.",
        ),
        "Flood swamps {place}",
        ("residents", "were evacuated"),
        ("homes", "were left under water"),
        "the flood damage",
        "{p} of the farmland in {region} was submerged",
        ("schools in {place}", "are due to reopen"),
        "the regional governor",
        "a farmer",
        ("levee", "sandbags", "riverbank", "rainfall", "pumps", "embankment", "silt"),
    ),
    EventKind(
        "strike",
        "Dockworkers Union",
        "container terminal",
        (
            "Dockworkers walked off the job at the {site} in {place} {date}.",
            "A strike shut the {site} at {place} {date}, the {org} said.",
            "Port workers in {place} went on strike {date} over pay.",
        ),
        "Strike halts {place} port",
        ("dockworkers", "joined the walkout"),
        ("cargo ships", "were left waiting offshore"),
        "the losses to shippers",
        "{p} of the port's cranes stood idle",
        ("talks with the port operator", "will resume"),
        "the union leader",
        "a crane operator",
        ("picket", "wages", "cranes", "containers", "overtime", "shifts", "negotiators"),
    ),
    EventKind(
        "factory fire",
        "Fire Service",
        "textile works",
        (
            "A fire tore through the {site} in {place} {date}.",
            "Flames gutted the {site} on the edge of {place} {date}.",
            "Firefighters battled a blaze at the {site} in {place} {date}.",
        ),
        "Blaze guts {place} factory",
        ("firefighters", "fought the blaze"),
        ("workers", "were taken to hospital"),
        "the damage to the plant",
        "{p} of the factory floor was destroyed",
        ("an inquiry into the blaze", "is set to open"),
        "the fire chief",
        "a machinist",
        ("blaze", "smoke", "looms", "sprinklers", "ladders", "warehouse", "fabric"),
    ),
    EventKind(
        "election",
        "Electoral Commission",
        "town council",
        (
            "Voters in {place} went to the polls {date} to choose a new {site}.",
            "{place} elected a new {site} {date}.",
            "Polling stations across {place} opened {date} for the {site} vote.",
        ),
        "{place} votes for new council",
        ("voters", "cast ballots"),
        ("candidates", "stood for seats"),
        "the cost of running the vote",
        "turnout reached {p}",
        ("the new council", "will be sworn in"),
        "the returning officer",
        "a candidate",
        ("ballots", "polling", "candidates", "turnout", "campaign", "seats", "count"),
    ),
    EventKind(
        "merger",
        "Holdings",
        "brewery group",
        (
            "The {org} agreed {date} to merge with the {site} based in {place}.",
            "Shareholders of the {org} approved a merger with the {site} {date}.",
            "The {org} and the {site} of {place} announced their merger {date}.",
        ),
        "{org} merger agreed",
        ("employees", "will work for the combined firm"),
        ("breweries", "will be kept open"),
        "the deal",
        "shareholders will own {p} of the combined company",
        ("the merger", "is expected to close"),
        "the chief executive",
        "an analyst",
        ("shareholders", "dividend", "regulators", "takeover", "brands", "stake", "synergies"),
    ),
    EventKind(
        "trial verdict",
        "District Court",
        "embezzlement case",
        (
            "A jury in {place} returned its verdict in the {site} {date}.",
            "The {org} in {place} ruled on the {site} {date}.",
            "Judges delivered a verdict in the long-running {site} in {place} {date}.",
        ),
        "Verdict in {place} fraud trial",
        ("witnesses", "testified during the trial"),
        ("jurors", "deliberated"),
        "the money missing from public accounts",
        "the defence contested {p} of the evidence",
        ("sentencing", "is scheduled"),
        "the presiding judge",
        "a defence lawyer",
        ("jury", "prosecutors", "defendant", "appeal", "testimony", "courtroom", "sentencing"),
    ),
    EventKind(
        "rocket launch",
        "Space Agency",
        "launch pad",
        (
            "A rocket lifted off from the {site} near {place} {date}.",
            "The {org} launched its rocket from {place} {date}.",
            "Engineers at the {site} outside {place} sent a rocket into orbit {date}.",
        ),
        "Rocket lifts off from {place}",
        ("satellites", "were carried into orbit"),
        ("engineers", "worked on the mission"),
        "the mission budget",
        "the booster used {p} of its fuel",
        ("the next launch", "is planned"),
        "the mission director",
        "a flight engineer",
        ("orbit", "booster", "payload", "countdown", "telemetry", "satellites", "thrust"),
    ),
    EventKind(
        "epidemic",
        "Health Ministry",
        "district hospital",
        (
            "An outbreak of fever spread through {place} {date}, the {org} said.",
            "Health officials in {place} declared an epidemic {date}.",
            "The {site} in {place} filled with fever patients {date}.",
        ),
        "Fever outbreak in {place}",
        ("patients", "were admitted"),
        ("nurses", "were sent from other regions"),
        "the emergency health fund",
        "{p} of the beds were occupied",
        ("a vaccination campaign", "will begin"),
        "the health minister",
        "a nurse",
        ("vaccine", "infections", "clinics", "fever", "quarantine", "wards", "symptoms"),
    ),
    EventKind(
        "festival",
        "Arts Council",
        "old harbour square",
        (
            "The music festival opened in {place} {date} on the {site}.",
            "Crowds packed the {site} in {place} {date} as the festival began.",
            "{place} opened its festival {date}, the {org} said.",
        ),
        "Festival opens in {place}",
        ("visitors", "bought tickets"),
        ("bands", "played on the main stage"),
        "the festival budget",
        "{p} of the tickets sold out on the first day",
        ("the closing concert", "takes place"),
        "the festival director",
        "a stallholder",
        ("stage", "tickets", "bands", "lanterns", "parade", "concert", "fireworks"),
    ),
    EventKind(
        "bridge collapse",
        "Roads Authority",
        "viaduct",
        (
            "Part of the {site} at {place} collapsed {date}.",
            "A section of the {site} gave way over the river at {place} {date}.",
            "The {site} near {place} fell into the gorge {date}, the {org} said.",
        ),
        "{place} bridge collapses",
        ("vehicles", "were on the span"),
        ("people", "were injured"),
        "rebuilding the span",
        "inspectors had flagged {p} of the supports as worn",
        ("a temporary crossing", "should open"),
        "the transport minister",
        "a lorry driver",
        ("girders", "span", "concrete", "cables", "inspectors", "detour", "pillars"),
    ),
    EventKind(
        "earthquake",
        "Seismology Institute",
        "fault line",
        (
            "An earthquake shook {place} {date}, the {org} said.",
            "A strong quake struck near {place} {date} along the {site}.",
            "The ground shook across {region} {date} as a quake hit {place}.",
        ),
        "Quake rocks {place}",
        ("buildings", "were damaged"),
        ("aftershocks", "were recorded"),
        "the reconstruction fund",
        "{p} of the old town's houses were unsafe",
        ("engineers' survey", "will be published"),
        "the civil defence chief",
        "a shopkeeper",
        ("tremor", "rubble", "aftershocks", "magnitude", "epicentre", "masonry", "tents"),
    ),
    EventKind(
        "train derailment",
        "Rail Company",
        "freight line",
        (
            "A train left the tracks on the {site} near {place} {date}.",
            "Carriages derailed outside {place} {date}, the {org} said.",
            "A passenger train came off the rails at {place} {date}.",
        ),
        "Train derails near {place}",
        ("passengers", "were on board"),
        ("carriages", "left the tracks"),
        "the repairs to the line",
        "{p} of services in {region} were cancelled",
        ("the line", "is expected to reopen"),
        "the rail safety inspector",
        "a passenger",
        ("carriages", "sleepers", "signals", "rails", "locomotive", "platform", "points"),
    ),
    EventKind(
        "wildfire",
        "Forestry Service",
        "pine forest",
        (
            "A wildfire raced through the {site} above {place} {date}.",
            "Flames spread across the hills around {place} {date}, the {org} said.",
            "A forest fire broke out near {place} {date}.",
        ),
        "Wildfire threatens {place}",
        ("hectares", "burned"),
        ("houses", "were destroyed"),
        "the firefighting effort",
        "{p} of the nature reserve burned",
        ("the evacuation order", "will be reviewed"),
        "the forestry chief",
        "a beekeeper",
        ("embers", "firebreak", "water bombers", "ash", "hillside", "scrub", "smoke"),
    ),
    EventKind(
        "mine accident",
        "Mining Company",
        "copper mine",
        (
            "A tunnel caved in at the {site} outside {place} {date}.",
            "Miners were trapped underground at the {site} near {place} {date}.",
            "A gas explosion hit the {site} in {place} {date}, the {org} said.",
        ),
        "Miners trapped at {place}",
        ("miners", "were underground"),
        ("rescuers", "joined the search"),
        "the compensation fund",
        "{p} of the shafts were closed",
        ("the mine", "will stay shut until"),
        "the mine manager",
        "a rescuer",
        ("shaft", "tunnel", "ventilation", "ore", "helmets", "drills", "pit"),
    ),
    EventKind(
        "ferry sinking",
        "Maritime Authority",
        "ferry terminal",
        (
            "A ferry sank off {place} {date} after leaving the {site}.",
            "A passenger ferry capsized near {place} {date}, the {org} said.",
            "A ferry went down in rough seas outside {place} {date}.",
        ),
        "Ferry sinks off {place}",
        ("passengers", "were rescued"),
        ("lifeboats", "were launched"),
        "the salvage operation",
        "the ferry was carrying {p} more people than allowed",
        ("divers", "will resume the search"),
        "the coastguard commander",
        "a fisherman",
        ("hull", "lifejackets", "divers", "coastguard", "waves", "deck", "salvage"),
    ),
    EventKind(
        "cyberattack",
        "Data Protection Office",
        "city records system",
        (
            "Hackers broke into the {site} of {place} {date}.",
            "A cyberattack knocked the {site} in {place} offline {date}.",
            "The {org} said {date} that {place} had been hit by ransomware.",
        ),
        "Hackers hit {place} records",
        ("accounts", "were exposed"),
        ("servers", "were encrypted"),
        "the ransom demand",
        "{p} of the city's services went offline",
        ("the records system", "should be restored"),
        "the city's digital officer",
        "a security researcher",
        ("ransomware", "passwords", "servers", "encryption", "backups", "malware", "hackers"),
    ),
    EventKind(
        "stadium opening",
        "Sports Trust",
        "stadium",
        (
            "The new {site} in {place} opened its gates {date}.",
            "{place} opened its new {site} {date} with a derby match.",
            "Fans streamed into the new {site} at {place} {date}.",
        ),
        "{place} opens new stadium",
        ("fans", "attended the first match"),
        ("turnstiles", "were opened"),
        "the construction bill",
        "{p} of season tickets were sold",
        ("the first league fixture", "is scheduled"),
        "the club chairman",
        "a season-ticket holder",
        ("pitch", "stands", "turnstiles", "floodlights", "goal", "derby", "kickoff"),
    ),
    EventKind(
        "drought",
        "Irrigation Board",
        "reservoir",
        (
            "The {site} above {place} fell to a record low {date}.",
            "Officials declared a drought across {region} {date}.",
            "Wells around {place} ran dry {date}, the {org} said.",
        ),
        "Drought grips {region}",
        ("farmers", "applied for aid"),
        ("wells", "ran dry"),
        "the drought relief package",
        "the {site} was only {p} full",
        ("water rationing", "will be reviewed"),
        "the agriculture minister",
        "a goatherd",
        ("irrigation", "wells", "harvest", "cattle", "rationing", "dust", "crops"),
    ),
    EventKind(
        "protest march",
        "Police Department",
        "central avenue",
        (
            "Protesters marched along the {site} of {place} {date}.",
            "Thousands rallied in {place} {date} against the fuel tax.",
            "A march against the fuel tax filled the {site} in {place} {date}.",
        ),
        "Thousands march in {place}",
        ("protesters", "took part"),
        ("people", "were arrested"),
        "the cost of policing the march",
        "{p} of shops on the route closed early",
        ("a second march", "has been called for"),
        "the police chief",
        "an organiser",
        ("banners", "placards", "slogans", "riot shields", "rally", "chants", "barricades"),
    ),
    EventKind(
        "landslide",
        "Geological Survey",
        "mountain road",
        (
            "A landslide buried part of {place} {date} after days of rain.",
            "Mud and rocks swept down onto {place} {date}, the {org} said.",
            "The hillside above the {site} at {place} gave way {date}.",
        ),
        "Landslide buries {place}",
        ("villagers", "were moved to shelters"),
        ("excavators", "were clearing the mud"),
        "clearing the debris",
        "{p} of the road was still blocked",
        ("the {site}", "should reopen"),
        "the district commissioner",
        "a tea picker",
        ("mud", "boulders", "slope", "debris", "excavators", "terraces", "gullies"),
    ),
)
CURRENCIES = [("$", "dollars"), ("€", "euros"), ("£", "pounds")]


class Namer:
    """Invented words from syllables, never the same word for two stories."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def word(self, parts: int, endings: tuple[str, ...] = ENDINGS) -> str:
        for attempt in range(10_000):
            # Short words run out in big batches: add a syllable after repeated clashes.
            stem = "".join(self.rng.choice(SYLLABLES) for _ in range(parts + attempt // 20))
            made = (stem + self.rng.choice(endings)).capitalize()
            if made not in self.used:
                self.used.add(made)
                return made
        raise RuntimeError("no unused invented word left")

    def person(self) -> tuple[str, str]:
        return self.word(1, FIRST_ENDINGS), self.word(self.rng.choice((1, 2)))


@dataclass(frozen=True)
class Story:
    """The facts of one event; each outlet retells them with small changes."""

    kind: EventKind
    place: str
    region: str
    org: str
    site: str
    official: tuple[str, str]
    witness: tuple[str, str]
    spokesman: tuple[str, str]
    published: dt.date
    event: dt.date
    next_date: dt.date
    founded: int
    count_a: int
    count_b: int
    money: float  # millions
    currency: int
    percent: int
    quotes: tuple[str, str, str]  # the official's two, the witness's one


def make_story(rng: random.Random, namer: Namer) -> Story:
    kind = rng.choice(EVENTS)
    place = namer.word(rng.choice((1, 2)))
    published = dt.date(2026, 1, 8) + dt.timedelta(days=rng.randrange(0, 350))
    event = published - dt.timedelta(days=rng.randrange(1, 6))
    words = rng.sample(kind.words, 3)
    quotes = (
        rng.choice(
            (
                f"Nobody in {place} has seen anything like this {kind.name}",
                f"We will not leave {place} to face this alone",
                f"Every family in {place} deserves an answer about the {kind.name}",
                f"{place} will come through this {kind.name}, as it always has",
                f"The people of {place} can count on us, today and in the weeks ahead",
                f"What happened in {place} must never be repeated",
            )
        ),
        rng.choice(
            (
                f"The {words[0]} and the {words[1]} will be checked again before anyone rests",
                f"We have asked for more {words[0]} and the {words[1]} are on their way",
                f"I have seen the {words[0]} myself, and the {words[1]} tell their own story",
                f"Our first worry is the {words[0]}, then the {words[1]}",
                f"Without the {words[0]} we would have lost the {words[1]} as well",
                f"Questions about the {words[0]} and the {words[1]} will get full answers",
            )
        ),
        rng.choice(
            (
                f"I watched the {words[2]} from my window and could not believe it",
                f"The {words[2]} was the first thing we noticed, then everything changed",
                f"My neighbours in {place} had warned about the {words[2]} for years",
                f"We heard about the {words[2]} on the radio before anyone came to tell us",
                f"My children still ask me about the {words[2]}",
                f"Everyone on our street talks about the {words[2]} now",
            )
        ),
    )
    org_name = namer.word(rng.choice((1, 2)))
    return Story(
        kind=kind,
        place=place,
        region=namer.word(2),
        org=f"{org_name} {kind.org_kind}",
        site=f"{namer.word(1)} {kind.site}",
        official=namer.person(),
        witness=namer.person(),
        spokesman=namer.person(),
        published=published,
        event=event,
        next_date=published + dt.timedelta(days=rng.randrange(6, 80)),
        founded=rng.randrange(1921, 2015),
        count_a=rng.choice((rng.randrange(12, 90), rng.randrange(100, 5000))),
        count_b=rng.randrange(3, 60),
        money=rng.choice((1.5, 2.8, 12.0, 47.5, 96.0, 240.0, 412.5, 1250.0, 3600.0))
        * rng.choice((1, 1.2, 0.8)),
        currency=rng.randrange(len(CURRENCIES)),
        percent=rng.randrange(4, 80),
        quotes=quotes,
    )


def retold(story: Story, rng: random.Random) -> Story:
    """One outlet's version: each fact has a small chance of a small disagreement."""
    changes: dict[str, object] = {}
    if rng.random() < 0.12:
        changes["count_a"] = story.count_a + rng.choice((-2, -1, 1, 3, 10))
    if rng.random() < 0.1:
        changes["count_b"] = story.count_b + rng.choice((-1, 1, 2))
    if rng.random() < 0.08:
        changes["money"] = round(story.money * rng.choice((0.9, 1.1, 1.5)), 1)
    if rng.random() < 0.08:
        changes["percent"] = story.percent + rng.choice((-3, -1, 2, 5))
    if rng.random() < 0.06:
        changes["event"] = story.event + dt.timedelta(days=rng.choice((-1, 1)))
    if rng.random() < 0.06:
        changes["next_date"] = story.next_date + dt.timedelta(days=rng.choice((-7, 1, 2)))
    return replace(story, **changes)  # type: ignore[arg-type]


def money_text(rng: random.Random, millions: float, currency: int) -> str:
    symbol, word = CURRENCIES[currency]
    if millions >= 1000:
        amount, scale = f"{round(millions / 1000, 2):g}", "billion"
    else:
        amount, scale = f"{round(millions, 1):g}", "million"
    style = rng.randrange(4)
    if style == 0:
        return f"{symbol}{amount} {scale}"
    if style == 1:
        return f"{amount} {scale} {word}"
    if style == 2:
        return f"about {symbol}{amount} {scale}"
    return f"{symbol}{amount}{'bn' if scale == 'billion' else 'm'}"


def count_text(rng: random.Random, value: int) -> str:
    if value in NUMBER_WORDS and rng.random() < 0.6:
        return NUMBER_WORDS[value]
    return f"{value:,}"


def percent_text(rng: random.Random, value: int) -> str:
    return f"{value}" + rng.choice(("%", " percent", " per cent", "%"))


def past_date(rng: random.Random, day: dt.date, published: dt.date) -> str:
    """How an outlet dates a past day: by weekday when it was this week, else by the calendar."""
    month = MONTHS[day.month - 1]
    apart = (published - day).days
    styles = ["calendar", "calendar-dmy", "weekday-date"]
    if 1 <= apart <= 6:
        styles += ["weekday", "weekday"]
    if apart == 1:
        styles.append("yesterday")
    style = rng.choice(styles)
    if style == "weekday":
        return f"on {WEEKDAYS[day.weekday()]}"
    if style == "yesterday":
        return "yesterday"
    if style == "weekday-date":
        return f"on {WEEKDAYS[day.weekday()]}, {month} {day.day}"
    if style == "calendar-dmy":
        return f"on {day.day} {month}"
    return f"on {month} {day.day}, {day.year}"


def future_date(rng: random.Random, day: dt.date) -> str:
    month = MONTHS[day.month - 1]
    return rng.choice((f"on {month} {day.day}", f"on {day.day} {month} {day.year}"))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def fact_sentences(rng: random.Random, s: Story, published: dt.date) -> list[list[str]]:
    """The story's facts, each as one sentence (a list: a fact may take two)."""
    k = s.kind
    slots = {"place": s.place, "region": s.region, "org": s.org, "site": s.site}
    o_first, o_last = s.official
    w_first, w_last = s.witness
    p_first, p_last = s.spokesman
    when = past_date(rng, s.event, published)
    lead = rng.choice(k.leads).format(date=when, **slots)
    noun_a, verb_a = k.count_a
    noun_b, verb_b = k.count_b
    a = count_text(rng, s.count_a)
    b = count_text(rng, s.count_b)
    money = money_text(rng, s.money, s.currency)
    pct = percent_text(rng, s.percent)
    share = k.share.format(p=pct, **slots)
    what, will = (part.format(**slots) for part in k.next_step)
    later = future_date(rng, s.next_date)
    says = rng.choice((f"the {s.org} said", "officials said", f"{p_first} {p_last} said"))
    facts: list[list[str]] = [
        [
            rng.choice(
                (
                    f"{_cap(a)} {noun_a} {verb_a}, {says}.",
                    f"According to the {s.org}, {a} {noun_a} {verb_a}.",
                    f"Officials said {a} {noun_a} {verb_a} in {s.place}.",
                    f"By the evening {a} {noun_a} {verb_a}, according to {p_first} {p_last}.",
                )
            )
        ],
        [
            rng.choice(
                (
                    f"{_cap(b)} {noun_b} {verb_b}, {p_last} added.",
                    f"The {s.org} said {b} {noun_b} {verb_b}.",
                    f"In all, {b} {noun_b} {verb_b} after the {k.name}.",
                )
            )
        ],
        [
            rng.choice(
                (
                    f"The {s.org} put {k.money} at {money}.",
                    f"{_cap(k.money)} came to {money}, according to the {s.org}.",
                    f"Officials estimated {k.money} at {money}.",
                )
            )
        ],
        [
            rng.choice(
                (
                    f"By one estimate, {share}.",
                    f"{_cap(share)}, the {s.org} said.",
                    f"Figures from {s.region} show that {share}.",
                )
            )
        ],
        [
            rng.choice(
                (
                    f"{_cap(what)} {will} {later}.",
                    f"{p_first} {p_last} said {what} {will} {later}.",
                    f"The {s.org} said {what} {will} {later}, if all goes to plan.",
                )
            )
        ],
        [_quote(rng, s.quotes[0], s.official, k.official)],
        [_quote(rng, s.quotes[1], s.official, k.official)],
        [_quote(rng, s.quotes[2], s.witness, k.witness)],
        [
            rng.choice(
                (
                    f"The {s.org} was founded in {s.founded} and is based in {s.region}.",
                    f"Set up in {s.founded}, the {s.org} oversees {s.region}.",
                )
            )
        ],
    ]
    if rng.random() < 0.5:
        facts.append(
            [f"{o_first} {o_last} visited {s.place} {when} and met families of the {noun_a}."]
        )
    if rng.random() < 0.4:
        facts.append([f"{w_first} {w_last} has lived in {s.place} for {s.count_b + 9} years."])
    return [[lead], *facts]


def _quote(rng: random.Random, words: str, person: tuple[str, str], role: str) -> str:
    first, last = person
    if rng.random() < 0.25 and ", " in words:
        words = words.split(", ")[0]  # a shorter cut of the same statement
    style = rng.randrange(5)
    if style == 0:
        return f"“{words},” said {first} {last}, {role}."
    if style == 1:
        return f"{first} {last} told reporters: “{words}.”"
    if style == 2:
        return f"“{words},” {last} said."
    if style == 3:
        return f"“{words},” {first} {last} told reporters."
    return f"{_cap(role)} {first} {last} said: “{words}.”"


def filler_sentences(rng: random.Random, s: Story, count: int) -> list[str]:
    w = rng.sample(s.kind.words, 4)
    place, region, org, site, name = s.place, s.region, s.org, s.site, s.kind.name
    witness = s.witness[1]
    pool = [
        f"Residents of {place} gathered near the {w[0]} through the afternoon.",
        f"Crews brought in more {w[1]} as the day went on.",
        f"The {region} region has seen nothing like the {name} in decades.",
        f"Talk of the {w[2]} dominated the local radio in {place}.",
        f"Critics said the {org} had ignored warnings about the {w[3]}.",
        f"The {site} remained the focus of attention in {place}.",
        f"{witness} said neighbours had helped one another with the {w[0]}.",
        f"Officials in {region} promised a review of the {w[1]} and the {w[3]}.",
        f"Several roads around {place} were closed because of the {name}.",
        f"The {org} did not respond to a request for further comment.",
        f"Volunteers from across {region} arrived to help with the {w[2]}.",
        f"Opposition politicians in {region} called for an inquiry into the {org}.",
        f"Pictures of the {w[0]} at the {site} spread quickly online.",
        f"Schools in {place} stayed closed while the {w[1]} were dealt with.",
        f"The mayor of {place} cut short a trip abroad.",
        f"Insurers said it was too early to judge the cost of the {name}.",
        f"Shops near the {site} put up notices about the {w[3]}.",
        f"An earlier report had warned that the {w[2]} in {region} needed attention.",
        f"Local churches opened their halls to those affected in {place}.",
        f"The {org} set up a telephone line for relatives.",
        f"Many in {place} said they first learned of the {name} from neighbours.",
        f"Weather forecasters expect calmer conditions across {region} this week.",
        f"A spokesperson for {org} said the {w[1]} had been inspected last year.",
        f"Traders at the market in {place} said business had all but stopped.",
    ]
    rng.shuffle(pool)
    return pool[:count]


def article_text(story: Story, outlet: int, rng: random.Random) -> str:
    version = retold(story, rng)
    published = story.published + dt.timedelta(days=rng.choice((0, 0, 1, 1, 2)))
    facts = fact_sentences(rng, version, published)
    lead, rest = facts[0], facts[1:]
    kept = [f for f in rest if rng.random() < 0.8]  # some outlets leave facts out
    kept += [[x] for x in filler_sentences(rng, version, rng.randint(2, 5))]
    rng.shuffle(kept)
    sentences = lead + [x for fact in kept for x in fact]
    paragraphs_wanted = min(rng.randint(3, 6), len(sentences))
    cuts = sorted(rng.sample(range(1, len(sentences)), paragraphs_wanted - 1))
    paragraphs = [
        " ".join(sentences[a:b]) for a, b in zip([0, *cuts], [*cuts, len(sentences)], strict=True)
    ]
    headline = story.kind.headline.format(place=story.place, region=story.region, org=story.org)
    # No outlet tag ("HALKO (Daily Lantern):"): the library reads a dateline only at the
    # start of the text, so after a headline the tag would count as shared names.
    dateline = story.place.upper()
    body = "\n\n".join(paragraphs)
    return f" date {published.isoformat()}\n{headline}\n\n{dateline}: {body}\n"


@dataclass(frozen=True)
class Item:
    """One generated article: its id, its story's number and its text."""

    id: str
    story: int
    kind: str  # the story's event type
    text: str


def make_batch(stories: int, per_story: int, seed: int) -> list[list[Item]]:
    rng = random.Random(seed)
    namer = Namer(rng)
    batch: list[list[Item]] = []
    for number in range(stories):
        story = make_story(rng, namer)
        items = []
        for outlet in range(per_story):
            name = OUTLETS[outlet % len(OUTLETS)].replace(" ", "-").lower()
            ident = f"story{number:03d}/{name}-{outlet}.txt"
            items.append(Item(ident, number, story.kind.name, article_text(story, outlet, rng)))
        batch.append(items)
    return batch


def load(items: list[Item]) -> list[Article]:
    return [make_article(i.id, i.id, i.text) for i in items]


def load_and_prepare(items: list[Item]) -> Extraction:
    return prepare(load(items), OPTIONS)


def story_quality(report: Report, truth: dict[str, int]) -> tuple[int, float, float]:
    """(stories found, purity, completeness) of the grouping against the generated stories."""
    found = [{truth[s] for s in story.sources} for story in report.stories]
    pure = sum(len(origins) == 1 for origins in found)
    landing: dict[int, set[int]] = {}
    for index, story in enumerate(report.stories):
        for source in story.sources:
            landing.setdefault(truth[source], set()).add(index)
    complete = sum(len(places) == 1 for places in landing.values())
    return len(found), pure / len(found), complete / len(landing)


class Overtime(Exception):
    """A phase went past its deadline and was stopped."""


def with_deadline(seconds: float, work: Callable[[], T]) -> T:
    """Run ``work``; raise Overtime once ``seconds`` have passed (where SIGALRM exists)."""
    if not hasattr(signal, "setitimer"):
        return work()

    def stop(signum: int, frame: object) -> None:
        raise Overtime

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return work()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def timed(budget: float, work: Callable[..., T], *args: object) -> tuple[float, T]:
    """Seconds ``work(*args)`` takes, and its result; Overtime past ``budget`` seconds."""
    gc.collect()
    start = time.perf_counter()
    result = with_deadline(budget, lambda: work(*args))
    return time.perf_counter() - start, result


@dataclass
class Row:
    articles: int
    generated: int
    found: int
    purity: float
    completeness: float
    claims: int
    prepare: float
    grouping: float
    compare: float


def measure(items: list[Item], runs: int, budget: float) -> Row:
    truth = {i.id: i.story for i in items}
    times: dict[str, list[float]] = {"prepare": [], "grouping": [], "compare": []}
    extraction: Extraction | None = None
    report: Report | None = None
    for _ in range(runs):
        seconds, extraction = timed(budget, load_and_prepare, items)
        times["prepare"].append(seconds)
        seconds, _ = timed(budget, group_stories, extraction.articles, extraction.sentences)
        times["grouping"].append(seconds)
        seconds, report = timed(budget, compare, extraction, OPTIONS)
        times["compare"].append(seconds)
    assert extraction is not None and report is not None
    found, purity, completeness = story_quality(report, truth)
    return Row(
        articles=len(items),
        generated=len(set(truth.values())),
        found=found,
        purity=purity,
        completeness=completeness,
        claims=len(extraction.claims),
        prepare=statistics.median(times["prepare"]),
        grouping=statistics.median(times["grouping"]),
        compare=statistics.median(times["compare"]),
    )


def growth(now: float, before: float | None) -> str:
    return f"x{now / before:.2f}" if before else "-"


def print_row(row: Row, previous: Row | None) -> None:
    align = row.compare - row.grouping
    total = row.prepare + row.compare
    before = previous if previous and previous.articles * 2 == row.articles else None
    print(
        f"{row.articles:>8} {row.found:>5}/{row.generated:<5} {100 * row.purity:>6.1f}% "
        f"{100 * row.completeness:>7.1f}% {row.claims:>7} {row.prepare:>9.2f} "
        f"{row.grouping:>9.2f} {row.compare:>9.2f} {align:>8.2f} {row.articles / total:>7.1f} "
        f"{growth(row.compare, before.compare if before else None):>8} "
        f"{growth(row.grouping, before.grouping if before else None):>8} "
        f"{growth(align, before.compare - before.grouping if before else None):>8} "
        f"{growth(row.prepare, before.prepare if before else None):>8}",
        flush=True,
    )


def profile(items: list[Item], top: int) -> None:
    """cProfile's top functions by cumulative time over one prepare + compare."""
    extraction = prepare(load(items), OPTIONS)
    profiler = cProfile.Profile()
    profiler.enable()
    compare(extraction, OPTIONS)
    profiler.disable()
    print(f"\ncProfile of compare at {len(items)} articles (top {top} by cumulative time):")
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        default=[250, 500, 1000, 2000],
        help="batch sizes in articles (default 250 500 1000 2000)",
    )
    parser.add_argument("--quick", action="store_true", help="sizes 100 and 200: a smoke run")
    parser.add_argument("--per-story", type=int, default=10, help="articles per story")
    parser.add_argument("--runs", type=int, default=1, help="timed runs of each size (median)")
    parser.add_argument("--seed", type=int, default=20260101, help="random seed for the batch")
    parser.add_argument(
        "--budget",
        type=float,
        default=600.0,
        help="seconds a phase may take before it is stopped and larger sizes skipped",
    )
    parser.add_argument(
        "--tracemalloc",
        action="store_true",
        help="also measure tracemalloc's peak over one extra run of the largest size",
    )
    parser.add_argument(
        "--profile", type=int, metavar="N", help="cProfile compare once at N articles"
    )
    parser.add_argument("--top", type=int, default=25, help="functions shown by --profile")
    args = parser.parse_args(argv)
    sizes = sorted(set([100, 200] if args.quick else args.sizes))
    if args.per_story < 1 or args.runs < 1 or min(sizes) < 1:
        parser.error("--per-story, --runs and --sizes must be at least 1")

    largest = max(sizes + ([args.profile] if args.profile else []))
    stories = -(-largest // args.per_story)
    start = time.perf_counter()
    batch = make_batch(stories, args.per_story, args.seed)
    made = time.perf_counter() - start
    items = [i for group in batch for i in group]
    chars = sum(len(i.text) for i in items)
    kinds = len({i.kind for i in items})
    # Warm-up: imports, regex compilation and caches are not what is measured.
    compare(prepare(load(batch[0] + batch[1]), OPTIONS), OPTIONS)

    print(
        f"batch: {len(items)} articles in {len(batch)} stories ({args.per_story} each, "
        f"{kinds} event types), {chars / 1000:.0f}k characters, seed {args.seed}, "
        f"generated in {made:.2f} s"
    )
    print(f"python {sys.version.split()[0]}; median of {args.runs} run(s) per size\n")
    header = (
        f"{'articles':>8} {'found/gen':>11} {'purity':>7} {'complete':>8} {'claims':>7} "
        f"{'prepare s':>9} {'group s':>9} {'compare s':>9} {'align s':>8} {'art/s':>7} "
        f"{'cmp xN/2':>8} {'grp xN/2':>8} {'aln xN/2':>8} {'prp xN/2':>8}"
    )
    print(header)
    print("-" * len(header))
    previous: Row | None = None
    done: list[Row] = []
    for size in sizes:
        subset = [i for group in batch[: -(-size // args.per_story)] for i in group][:size]
        try:
            row = measure(subset, args.runs, args.budget)
        except Overtime:
            print(f"{size:>8}  stopped: a phase took longer than {args.budget:.0f} s")
            break
        print_row(row, previous)
        done.append(row)
        previous = row
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rss_mib = rss / 2**20 if sys.platform == "darwin" else rss / 1024
    if done:
        print(f"\npeak RSS of the process (after {done[-1].articles} articles): {rss_mib:.0f} MiB")
    if args.tracemalloc and done:
        subset = items[: done[-1].articles]
        gc.collect()
        tracemalloc.start()
        try:
            compare(prepare(load(subset), OPTIONS), OPTIONS)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        print(
            f"tracemalloc peak, prepare + compare of {len(subset)} articles: {peak / 2**20:.0f} MiB"
        )
    if len(done) > 1:
        first, last = done[0], done[-1]
        scale = last.articles / first.articles
        for name, a, b in (
            ("compare", first.compare, last.compare),
            ("grouping", first.grouping, last.grouping),
            ("align+judge", first.compare - first.grouping, last.compare - last.grouping),
            ("prepare", first.prepare, last.prepare),
        ):
            exponent = math.log(b / a) / math.log(scale) if a > 0 and b > 0 else float("nan")
            print(
                f"{name:<12} {first.articles}->{last.articles} articles: time x{b / a:.1f} "
                f"(~n^{exponent:.2f})"
            )
    print(
        "\nfound/gen = stories found by the grouping / stories generated; purity = found stories "
        "whose articles\nall come from one generated story; complete = generated stories that "
        "land whole in one found story.\ncompare = grouping + align + judge; align s = compare "
        "less grouping; art/s = articles / (prepare + compare).\nxN/2 = time at N over time "
        "at N/2 (about 2 is linear, about 4 quadratic)."
    )
    if args.profile:
        profile(items[: args.profile], args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
