"""Throughput of the library: how fast ``prepare`` + ``compare`` get through a batch of articles.

Generates a deterministic batch of invented news articles in memory (no files, no real news
text): by default 40 stories told by 5 sources each, about 25 sentences per article mixing
full dates, weekdays, relative dates, money, percentages, counts, ranges and quotes in varied
wording. The sources of a story share their facts with small disagreements (a count off by one,
a rounded or different amount, another weekday), as real coverage does.

Two modes, each timed ``--repeat`` times (median and minimum wall time, articles per second,
claims per second) with the peak memory (tracemalloc) of one extra, untimed run:

- per story: ``prepare`` + ``compare`` once for each story's articles (the normal use);
- whole batch: one ``prepare`` + ``compare`` over every article at once. Alignment compares
  claims across the whole batch and grows faster than linearly, so this mode runs on batches
  doubling from 5 stories up to ``--articles`` within ``--budget`` seconds (default 50); a run
  that would overrun the budget is stopped and reported, and the growth between sizes printed.

The machines are shared and noisy: quote medians, and compare runs on one machine only.

Run from the repo root:

    python bench/throughput.py                      # 200 articles: 40 stories x 5 sources
    python bench/throughput.py --articles 50 --sources 5 --repeat 3 --seed 7
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import math
import random
import signal
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from checker.load import make_article
from checker.models import Article, Options
from checker.pipeline import compare, prepare
from checker.split import split_sentences

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
SYLLABLES = (
    "ka lor ven mi dra tho sel ur an bel cor fen gal hin jor kel mar nor pel quin ros tal vir "
    "wen zan ostra idu ema rav sul tev oka lin bra"
).split()
NUMBER_WORDS = {
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    12: "twelve",
}
CURRENCIES = [("$", "dollars"), ("€", "euros"), ("£", "pounds")]
ORG_KINDS = ["Port Authority", "Water Board", "Transit Agency", "Grain Council", "Energy Office"]
PROJECTS = ["bridge", "rail link", "desalination plant", "grain terminal", "power line"]
BODIES = ["workers", "residents", "passengers", "volunteers", "engineers"]
MOODS = ["steady", "careful", "bold", "long-delayed", "fragile"]
SOURCES = ["Daily Lantern", "Harbor Wire", "Morning Ledger", "Valley Courier", "Northstar Post"]


T = TypeVar("T")
Runner = Callable[[list[list[Article]], Options], tuple[int, int]]
OPTIONS = Options()


def invented_word(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def invented_person(rng: random.Random) -> tuple[str, str]:
    return invented_word(rng, 2), invented_word(rng, rng.choice((2, 3)))


@dataclass(frozen=True)
class Story:
    """The facts one event is reported with; each source retells them with small changes."""

    city: str
    region: str
    org: str
    project: str
    body: str
    minister: tuple[str, str]
    critic: tuple[str, str]
    published: dt.date
    event: dt.date
    signed: dt.date
    founded: int
    money: float  # millions
    currency: int
    percent: float
    injured: int
    crowd: int
    leaders: int
    low: int
    high: int
    mood: str


def make_story(rng: random.Random) -> Story:
    published = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))
    low = rng.randrange(8, 40)
    return Story(
        city=invented_word(rng, 3),
        region=invented_word(rng, 2),
        org=f"{invented_word(rng, 2)} {rng.choice(ORG_KINDS)}",
        project=rng.choice(PROJECTS),
        body=rng.choice(BODIES),
        minister=invented_person(rng),
        critic=invented_person(rng),
        published=published,
        event=published - dt.timedelta(days=rng.randrange(1, 6)),
        signed=published - dt.timedelta(days=rng.randrange(30, 200)),
        founded=rng.randrange(1950, 2015),
        money=rng.choice((1810.0, 240.0, 3.5, 75.0, 412.5, 96.0, 1250.0)),
        currency=rng.randrange(len(CURRENCIES)),
        percent=rng.choice((12.0, 4.5, 35.0, 18.0, 61.0, 7.25)),
        injured=rng.randrange(3, 30),
        crowd=rng.randrange(2, 60) * 100,
        leaders=rng.choice((2, 3, 4, 5, 12)),
        low=low,
        high=low + rng.randrange(2, 9),
        mood=rng.choice(MOODS),
    )


def retold(story: Story, rng: random.Random) -> Story:
    """One source's version: each fact has a small chance of a small disagreement."""
    changes: dict[str, object] = {}
    if rng.random() < 0.25:
        changes["injured"] = story.injured + rng.choice((-1, 1, 2))
    if rng.random() < 0.2:
        changes["event"] = story.event + dt.timedelta(days=rng.choice((-1, 1)))
    if rng.random() < 0.2:
        changes["money"] = round(story.money * rng.choice((0.9, 1.1, 1.0004)), 1)
    if rng.random() < 0.2:
        changes["percent"] = story.percent + rng.choice((-1, 1, 0.5))
    if rng.random() < 0.15:
        changes["crowd"] = story.crowd + 100
    if rng.random() < 0.1:
        changes["high"] = story.high + 1
    return Story(**{**story.__dict__, **changes})


def money_text(rng: random.Random, millions: float, currency: int) -> str:
    symbol, word = CURRENCIES[currency]
    if millions >= 1000:
        amount, scale = f"{millions / 1000:g}", "billion"
    else:
        amount, scale = f"{millions:g}", "million"
    style = rng.randrange(4)
    if style == 0:
        return f"{symbol}{amount} {scale}"
    if style == 1:
        return f"{amount} {scale} {word}"
    if style == 2 and millions < 1000 and millions == int(millions):
        return f"{symbol}{int(millions * 1_000_000):,}"
    return f"about {symbol}{amount} {scale}"


def percent_text(rng: random.Random, value: float) -> str:
    return f"{value:g}" + rng.choice(("%", " percent", " per cent", "%"))


def count_text(rng: random.Random, value: int) -> str:
    if value in NUMBER_WORDS and rng.random() < 0.6:
        return NUMBER_WORDS[value]
    return f"{value:,}"


def date_text(rng: random.Random, day: dt.date, published: dt.date) -> str:
    month = MONTHS[day.month - 1]
    style = rng.randrange(6)
    if style == 0:
        return f"on {WEEKDAYS[day.weekday()]}"
    if style == 1:
        return f"on {WEEKDAYS[day.weekday()]}, {month} {day.day}"
    if style == 2:
        return f"on {month} {day.day}, {day.year}"
    if style == 3:
        return f"on {day.day} {month} {day.year}"
    if style == 4 and (published - day).days == 1:
        return "yesterday"
    return (
        f"on {month[:3]}. {day.day}"
        if month not in ("May", "June", "July")
        else f"on {month} {day.day}"
    )


def quote(rng: random.Random, story: Story) -> str:
    openers = ["We have", "This is", "Nobody has", "Our teams have", "The city has"]
    middles = [
        f"waited a long time for the {story.project}",
        f"a {story.mood} step for {story.region}",
        "kept every promise we made",
        f"worked through the night in {story.city}",
        "to answer for the delays",
    ]
    closers = ["and we will not stop now", "and the numbers show it", "whatever the critics say"]
    return f"{rng.choice(openers)} {rng.choice(middles)}, {rng.choice(closers)}"


def fact_sentences(rng: random.Random, s: Story) -> list[str]:
    first, last = s.minister
    c_first, c_last = s.critic
    money = money_text(rng, s.money, s.currency)
    event = date_text(rng, s.event, s.published)
    signed = date_text(rng, s.signed, s.published)
    pct = percent_text(rng, s.percent)
    injured = count_text(rng, s.injured)
    leaders = count_text(rng, s.leaders)
    options = [
        [
            f"The {s.org} opened the {s.project} in {s.city} {event}, "
            f"officials said, after years of delays.",
            f"Officials in {s.city} opened the long-awaited {s.project} {event}.",
            f"{s.city} finally opened its {s.project} {event}, the {s.org} said.",
        ],
        [
            f"The project cost {money}, according to the {s.org}.",
            f"According to budget papers, the {s.project} cost {money} in total.",
            f"Its final bill came to {money}, the {s.org} said in a statement.",
        ],
        [
            f"Traffic through the area rose by {pct} in the first month, the agency estimated.",
            f"Early figures show use up {pct} compared with the year before.",
            f"The {s.org} expects demand to grow {pct} a year.",
        ],
        [
            f"{injured.capitalize()} {s.body} were injured during construction, "
            f"the regional inspector said.",
            f"During the works, {injured} {s.body} were hurt, according to the inspector.",
        ],
        [
            f"About {s.crowd:,} people attended the ceremony, police said.",
            f"Police put the crowd at roughly {s.crowd:,}.",
            f"A crowd of more than {s.crowd:,} watched the opening.",
        ],
        [
            f"{leaders.capitalize()} regional leaders attended, along with {first} {last}.",
            f"{first} {last} was joined by {leaders} regional leaders.",
        ],
        [
            f"The contract was signed {signed} after a tender that drew {s.low} to {s.high} bids.",
            f"Between {s.low} and {s.high} firms bid for the work before the deal was signed "
            f"{signed}.",
        ],
        [
            f"“{quote(rng, s)},” said {first} {last}, the regional minister.",
            f"Minister {first} {last} told reporters: “{quote(rng, s)}.”",
        ],
        [
            f"“{quote(rng, s)},” {c_first} {c_last}, a council member, said.",
            f"{c_last}, who has opposed the plan since {s.founded}, said it was "
            f"“{quote(rng, s).lower()}.”",
        ],
        [
            f"The {s.org} was founded in {s.founded} and employs {s.crowd // 10:,} staff.",
            f"Set up in {s.founded}, the {s.org} now has {s.crowd // 10:,} employees.",
        ],
        [
            f"Work is due to finish by {MONTHS[(s.published.month + 2) % 12]} "
            f"{s.published.year + 1}.",
            f"A second phase is planned for {s.published.year + 2}.",
        ],
        [
            f"On {WEEKDAYS[s.published.weekday()]}, {last} said the {s.project} would "
            f"cut journey times by {s.leaders * 5} minutes.",
            f"Journey times should fall by {s.leaders * 5} minutes, {last} said on "
            f"{WEEKDAYS[(s.event.weekday() + 1) % 7]}.",
        ],
    ]
    return [rng.choice(group) for group in options]


def filler_sentences(rng: random.Random, s: Story, count: int) -> list[str]:
    last = s.minister[1]
    pool = [
        f"Residents of {s.city} had long complained about the old crossing.",
        f"The {s.region} region has seen steady growth in recent years.",
        "Critics said the planning process had been rushed and opaque.",
        f"{last} has championed the {s.project} since taking office.",
        "Local businesses welcomed the news but asked for more parking.",
        f"The {s.org} did not respond to a request for further comment.",
        "Engineers said the design had been revised several times.",
        "Environmental groups raised concerns about the nearby wetlands.",
        "The opening was broadcast live on regional television.",
        f"Some {s.body} said they had not been paid on time.",
        "A spokesperson said safety checks would continue this week.",
        f"The {s.project} is part of a wider plan for {s.region}.",
        "Opposition members called for an independent audit.",
        "Shops near the site stayed open late for the occasion.",
        "Further details are expected next month.",
        "The weather held for most of the ceremony.",
        "Several roads were closed for the day.",
        "The regional assembly will debate the budget later this year.",
    ]
    rng.shuffle(pool)
    return pool[:count]


def article_text(story: Story, source: int, rng: random.Random) -> str:
    version = retold(story, rng)
    facts = fact_sentences(rng, version)
    filler = filler_sentences(rng, version, 13)
    lead, rest = facts[0], facts[1:] + filler
    rng.shuffle(rest)
    paragraphs: list[str] = [lead]
    i = 0
    while i < len(rest):
        size = rng.choice((1, 2, 3))
        paragraphs.append(" ".join(rest[i : i + size]))
        i += size
    headline = f"{story.city} opens {story.project} after long wait"
    dateline = story.city.upper()
    body = "\n\n".join(paragraphs)
    published = story.published + dt.timedelta(days=rng.choice((0, 0, 0, 1)))
    return f" date {published.isoformat()}\n{headline}\n\n{dateline}: {body}\n"


def make_batch(articles: int, sources: int, seed: int) -> list[list[Article]]:
    """``articles`` articles as stories of ``sources`` articles each (the last may be short)."""
    rng = random.Random(seed)
    stories: list[list[Article]] = []
    made = 0
    story_index = 0
    while made < articles:
        story = make_story(rng)
        group = []
        for source in range(min(sources, articles - made)):
            name = f"story{story_index:03d}/{SOURCES[source % len(SOURCES)]}-{source}.txt"
            group.append(make_article(name, name, article_text(story, source, rng)))
            made += 1
        stories.append(group)
        story_index += 1
    return stories


def run_per_story(stories: list[list[Article]], options: Options) -> tuple[int, int]:
    claims = findings = 0
    for group in stories:
        extraction = prepare(group, options)
        report = compare(extraction, options)
        claims += len(extraction.claims)
        findings += len(report.findings)
    return claims, findings


def run_whole(stories: list[list[Article]], options: Options) -> tuple[int, int]:
    everything = [a for group in stories for a in group]
    extraction = prepare(everything, options)
    report = compare(extraction, options)
    return len(extraction.claims), len(report.findings)


class Overtime(Exception):
    """A run went past its deadline and was stopped."""


def with_deadline(seconds: float, work: Callable[[], T]) -> T:
    """Run ``work``; raise Overtime once ``seconds`` have passed (where SIGALRM exists)."""
    if seconds <= 0:
        raise Overtime
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


def timed_once(run: Runner, stories: list[list[Article]], deadline: float) -> Timing:
    gc.collect()
    start = time.perf_counter()
    claims, findings = with_deadline(deadline, lambda: run(stories, OPTIONS))
    return Timing(time.perf_counter() - start, claims, findings)


def peak_memory(run: Runner, stories: list[list[Article]], deadline: float) -> int:
    """tracemalloc's peak (bytes) over one run; the articles themselves are already made."""
    gc.collect()
    tracemalloc.start()
    try:
        with_deadline(deadline, lambda: run(stories, OPTIONS))
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@dataclass(frozen=True)
class Timing:
    seconds: float
    claims: int
    findings: int


def row(label: str, articles: int, times: list[Timing], peak: str) -> str:
    median = statistics.median(t.seconds for t in times)
    last = times[-1]
    return (
        f"{label:<24} {articles:>8} {len(times):>4} {median:>9.3f} "
        f"{min(t.seconds for t in times):>8.3f} {articles / median:>10.1f} "
        f"{last.claims / median:>9.0f} {last.claims:>7} {last.findings:>8} {peak:>8}"
    )


def ladder(articles: int, first: int) -> list[int]:
    """Batch sizes for the whole-batch mode: doubling from ``first`` up to ``articles``."""
    sizes = []
    size = min(first, articles)
    while size < articles:
        sizes.append(size)
        size *= 2
    sizes.append(articles)
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200, help="articles in the batch")
    parser.add_argument("--sources", type=int, default=5, help="sources (articles) per story")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each mode")
    parser.add_argument("--seed", type=int, default=20250902, help="random seed for the batch")
    parser.add_argument(
        "--budget",
        type=float,
        default=50.0,
        help="seconds allowed for the whole-batch runs (default 50); a run past it is stopped",
    )
    args = parser.parse_args(argv)
    if args.articles < 1 or args.sources < 1 or args.repeat < 1:
        parser.error("--articles, --sources and --repeat must be at least 1")

    start = time.perf_counter()
    stories = make_batch(args.articles, args.sources, args.seed)
    made = time.perf_counter() - start
    articles = [a for group in stories for a in group]
    chars = sum(len(a.text) for a in articles)
    sentences = sum(len(split_sentences(a)) for a in articles)
    # Warm-up: imports, regex compilation and caches are not what is measured.
    run_per_story(stories[:1], OPTIONS)

    print(
        f"batch: {len(articles)} articles in {len(stories)} stories ({args.sources} sources "
        f"each), {chars / 1000:.0f}k characters (~{sentences / len(articles):.0f} sentences "
        f"an article), seed {args.seed}, generated in {made:.2f} s"
    )
    print(f"python {sys.version.split()[0]}; medians of up to {args.repeat} timed runs\n")
    header = (
        f"{'mode':<24} {'articles':>8} {'runs':>4} {'median s':>9} {'min s':>8} "
        f"{'articles/s':>10} {'claims/s':>9} {'claims':>7} {'findings':>8} {'peak MiB':>8}"
    )
    print(header)
    print("-" * len(header))

    per_story = [timed_once(run_per_story, stories, 600.0) for _ in range(args.repeat)]
    peak = peak_memory(run_per_story, stories, 600.0)
    print(row("per story", len(articles), per_story, f"{peak / 2**20:.1f}"), flush=True)

    # One prepare + compare over every article: alignment compares claims across the whole
    # batch, so its cost grows faster than linearly. Sizes double up to --articles, within
    # --budget seconds; a run that would go past the budget is stopped and reported.
    spent = 0.0
    previous: tuple[int, float] | None = None
    growth: list[str] = []
    largest_quick: tuple[int, list[list[Article]]] | None = None
    for size in ladder(len(articles), 5 * args.sources):
        subset = stories[: -(-size // args.sources)]
        count = sum(len(g) for g in subset)
        times: list[Timing] = []
        try:
            for _ in range(args.repeat):
                if times and spent + times[-1].seconds > args.budget:
                    break
                times.append(timed_once(run_whole, subset, args.budget - spent))
                spent += times[-1].seconds
        except Overtime:
            spent = args.budget
            if not times:
                print(f"{'whole batch':<24} {count:>8}  stopped: longer than the budget left")
                break
        median = statistics.median(t.seconds for t in times)
        print(row("whole batch at once", count, times, ""), flush=True)
        if previous:
            exponent = math.log(median / previous[1]) / math.log(count / previous[0])
            growth.append(
                f"{previous[0]}->{count}: time x{median / previous[1]:.1f} (~n^{exponent:.1f})"
            )
        previous = (count, median)
        if median * 4 < 30:
            largest_quick = (count, subset)
        if spent >= args.budget:
            break
    if largest_quick:
        count, subset = largest_quick
        try:
            peak = peak_memory(run_whole, subset, 30.0)
            print(f"whole batch peak memory ({count} articles): {peak / 2**20:.1f} MiB")
        except Overtime:
            print(f"whole batch peak memory ({count} articles): stopped after 30 s")
    if growth:
        print("whole batch growth: " + "; ".join(growth))
    print(
        "\nper story = prepare + compare once for each story's articles (the normal use);\n"
        "whole batch = one prepare + compare over all the articles of that many stories.\n"
        "peak MiB = tracemalloc peak of one extra untimed run (Python allocations only).\n"
        "Machines are shared and noisy: compare medians, and runs of the same machine only."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
