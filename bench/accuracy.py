"""Accuracy of the extractor (and sentence splitter) on other projects' English test data.

Reads the peer suites in ``../shared/peer-suites`` (relative to the repo root; ``--suites PATH``
to point elsewhere), scored exactly as their README says:

- Claim suites (recognizers-text dates, money, percent; quantulum3 quantities): each case's
  input becomes an article of its own, prefixed by a `` date <reference_date>`` line when it has
  one (built in memory with ``make_article``: the same text as a file, offsets shifted past the
  header), and the extractor runs over all of them. Per suite:
  recall = expected items whose span overlaps a claim of the suite's category (date claims for
  dates, number claims for money/percent/quantities); value accuracy = of those, the share with
  an overlapping claim whose canonical value is one of the item's ``values`` (numbers compared
  numerically, units case-folded, a count without unit matching any unit); precision = claims
  of the category that overlap an expected item, among the claims that overlap no ``ignore``
  item. In negative cases (``expected: []``) every such claim is a false positive.
- Sentence suite (pySBD golden rules): ``split_text`` on each text; a case passes when the
  stripped sentences equal the expected list exactly.

When installed (``pip install -e '.[bench]'``), the peers run on the same cases and are scored
the same way: ``dateparser.search.search_dates`` on the dates suite (RELATIVE_BASE = the case's
reference date, languages=["en"] since every suite is English; each (substring, datetime) is a
claim valued by the datetime's date) and ``quantulum3.parser.parse`` on the number suites
(currency units -> ISO code, percentage -> %, dimensionless -> a plain number). Every tool is
timed per suite after one untimed warm-up call (the peers load data on their first call).
The suites' sentences are read at run time only; never copy them into the repo.

Run from the repo root:

    python bench/accuracy.py                     # tables and summary
    python bench/accuracy.py --show-misses 20    # plus up to 20 missed/wrong cases per suite
    python bench/accuracy.py --suites /path/to/peer-suites --no-peers
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import re
import statistics
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from checker.load import make_article
from checker.models import ClaimKind, Options
from checker.pipeline import prepare
from checker.split import split_text

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SUITES = ROOT.parent / "shared" / "peer-suites"
OPTIONS = Options()

# (label, file, category scored, the one dimension the suite annotates if any)
CLAIM_SUITES = [
    ("dates", "recognizers-text/dates.jsonl", "date", None),
    ("money", "recognizers-text/money.jsonl", "number", "money"),
    ("percent", "recognizers-text/percent.jsonl", "number", "percent"),
    ("quantities", "quantulum3/quantities.jsonl", "number", None),
]
SENTENCE_SUITE = ("sentences", "pysbd/english_sentences.jsonl")

# quantulum3 currency units that carry no ISO code of their own.
_CURRENCY_NAMES = {
    "dollar": ("USD", 1.0),
    "united states dollar": ("USD", 1.0),
    "euro": ("EUR", 1.0),
    "pound sterling": ("GBP", 1.0),
    "pound": ("GBP", 1.0),
    "cent": ("USD", 0.01),
    "euro cent": ("EUR", 0.01),
    "penny": ("GBP", 0.01),
    "dime": ("USD", 0.1),
}
_NUMBER_VALUE = re.compile(r"(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)(?:\s+(.+))?")


@dataclass(frozen=True)
class Item:
    text: str
    start: int
    end: int
    values: tuple[str, ...]


@dataclass(frozen=True)
class Case:
    input: str
    reference: str | None
    expected: tuple[Item, ...]
    ignore: tuple[tuple[int, int], ...]
    origin: str


@dataclass(frozen=True)
class Found:
    """One claim of a tool, as a span of the case's input and a canonical value."""

    start: int
    end: int
    text: str
    value: str
    dimension: str = ""  # "money", "percent", "count", ... ("" for dates)


@dataclass
class Score:
    expected: int = 0
    recalled: int = 0
    value_ok: int = 0
    hits: int = 0
    false_positives: int = 0
    negatives: int = 0
    negatives_clean: int = 0
    # The same, counting only claims of the dimension the suite annotates (money claims in the
    # money suite): a correct "27 %" in a money sentence is a false positive above, not here.
    dim_hits: int = 0
    dim_false_positives: int = 0
    seconds: float = 0.0

    def add(self, other: Score) -> None:
        for name in (
            "expected",
            "recalled",
            "value_ok",
            "hits",
            "false_positives",
            "negatives",
            "negatives_clean",
            "dim_hits",
            "dim_false_positives",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def recall(self) -> float | None:
        return _share(self.recalled, self.expected)

    @property
    def value_accuracy(self) -> float | None:
        return _share(self.value_ok, self.recalled)

    @property
    def precision(self) -> float | None:
        return _share(self.hits, self.hits + self.false_positives)

    @property
    def dim_precision(self) -> float | None:
        return _share(self.dim_hits, self.dim_hits + self.dim_false_positives)


@dataclass
class Verdict:
    """How one tool did on one case, for --show-misses."""

    score: Score
    missed: list[Item] = field(default_factory=list)
    wrong: list[tuple[Item, list[Found]]] = field(default_factory=list)
    false_positives: list[Found] = field(default_factory=list)

    @property
    def perfect(self) -> bool:
        return not (self.missed or self.wrong or self.false_positives)


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


# -- loading -----------------------------------------------------------------------------------


def _locate(text: str, needle: str, start: int | None, after: int = 0) -> tuple[int, int] | None:
    """The span of ``needle`` in ``text``: at ``start`` when it is there, else case-folded."""
    if start is not None and text[start : start + len(needle)].casefold() == needle.casefold():
        return start, start + len(needle)
    found = text.casefold().find(needle.casefold(), after)
    if found < 0:
        return None
    return found, found + len(needle)


def _all_spans(text: str, needle: str) -> list[tuple[int, int]]:
    spans = []
    folded, target = text.casefold(), needle.casefold()
    position = folded.find(target)
    while target and position >= 0:
        spans.append((position, position + len(target)))
        position = folded.find(target, position + 1)
    return spans


def load_claim_suite(path: Path) -> list[Case]:
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        raw = json.loads(line)
        text = raw["input"]
        items = []
        for entry in raw.get("expected", []):
            span = _locate(text, entry["text"], entry.get("start"))
            if span is None:
                raise SystemExit(f"{path}:{number}: expected text {entry['text']!r} not in input")
            items.append(Item(entry["text"], span[0], span[1], tuple(entry["values"])))
        ignore = tuple(s for needle in raw.get("ignore", []) for s in _all_spans(text, needle))
        cases.append(
            Case(text, raw.get("reference_date"), tuple(items), ignore, raw.get("origin", ""))
        )
    return cases


# -- tools -------------------------------------------------------------------------------------


def run_newscheck(cases: list[Case], category: str) -> list[list[Found]]:
    """All cases as articles of one run, as if each were a file in one folder."""
    kind = ClaimKind.DATE if category == "date" else ClaimKind.NUMBER
    articles = []
    shifts = []
    for index, case in enumerate(cases):
        header = f" date {case.reference}\n" if case.reference else ""
        name = f"case{index:04d}.txt"
        articles.append(make_article(name, name, header + case.input))
        shifts.append(len(header))
    # Only the kind the suite scores, as the peers only look for that kind.
    extraction = prepare(articles, Options(kinds=frozenset({kind})))
    found: list[list[Found]] = [[] for _ in cases]
    index_of = {a.id: i for i, a in enumerate(articles)}
    for claim in extraction.claims:
        if claim.kind is not kind:
            continue
        i = index_of[claim.source]
        shift = shifts[i]
        dimension = claim.quantity.dimension if claim.quantity else ""
        found[i].append(
            Found(claim.start - shift, claim.end - shift, claim.text, claim.value, dimension)
        )
    return found


def run_dateparser(cases: list[Case], category: str) -> list[list[Found]]:
    from dateparser.search import search_dates

    results = []
    for case in cases:
        settings = {}
        if case.reference:
            base = dt.date.fromisoformat(case.reference)
            settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
        pairs = search_dates(case.input, languages=["en"], settings=settings) or []
        found, cursor = [], 0
        for surface, moment in pairs:
            span = _locate(case.input, surface, None, cursor) or _locate(case.input, surface, None)
            if span is None:
                continue
            cursor = span[1]
            found.append(Found(span[0], span[1], surface, moment.date().isoformat(), ""))
        results.append(found)
    return results


def run_quantulum(cases: list[Case], category: str) -> list[list[Found]]:
    from quantulum3 import parser

    results = []
    for case in cases:
        found = []
        for quantity in parser.parse(case.input):
            start, end = quantity.span
            value, dimension = _quantulum_value(quantity)
            found.append(Found(start, end, quantity.surface, value, dimension))
        results.append(found)
    return results


def _quantulum_value(quantity: object) -> tuple[str, str]:
    """Canonical value and dimension of one quantulum3 result."""
    unit = quantity.unit  # type: ignore[attr-defined]
    value = float(quantity.value)  # type: ignore[attr-defined]
    name = (unit.name or "").lower()
    entity = (unit.entity.name or "").lower() if unit.entity else ""
    if entity == "currency":
        code = getattr(unit, "currency_code", None)
        factor = 1.0
        if not code and name in _CURRENCY_NAMES:
            code, factor = _CURRENCY_NAMES[name]
        return f"{_plain(value * factor)} {code or name}", "money"
    if name in ("percentage", "percent"):
        return f"{_plain(value)} %", "percent"
    if entity == "dimensionless" and name in ("dimensionless", ""):
        return _plain(value), "count"
    return f"{_plain(value)} {name}", entity or name


def _plain(value: float) -> str:
    return f"{value:.12g}"


def _importable(module: str) -> bool:
    try:
        __import__(module)
    except ImportError:
        return False
    return True


# -- scoring -----------------------------------------------------------------------------------


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _number(value: str) -> tuple[float, str | None] | None:
    match = _NUMBER_VALUE.fullmatch(value.strip())
    if not match:
        return None
    unit = match.group(2)
    return float(match.group(1)), unit.strip().casefold() if unit else None


def value_matches(found: str, wanted: str, category: str) -> bool:
    if category == "date":
        return found == wanted
    ours, theirs = _number(found), _number(wanted)
    if ours is None or theirs is None:
        return found.casefold() == wanted.casefold()
    if not math.isclose(ours[0], theirs[0], rel_tol=1e-9, abs_tol=1e-12):
        return False
    return theirs[1] is None or ours[1] == theirs[1]


def score_case(case: Case, found: list[Found], category: str, dimension: str | None) -> Verdict:
    score = Score(expected=len(case.expected))
    verdict = Verdict(score)
    for item in case.expected:
        touching = [f for f in found if _overlaps((f.start, f.end), (item.start, item.end))]
        if not touching:
            verdict.missed.append(item)
            continue
        score.recalled += 1
        if any(value_matches(f.value, v, category) for f in touching for v in item.values):
            score.value_ok += 1
        else:
            verdict.wrong.append((item, touching))
    for claim in found:
        span = (claim.start, claim.end)
        if any(_overlaps(span, ignored) for ignored in case.ignore):
            continue
        same = dimension is not None and claim.dimension == dimension
        if any(_overlaps(span, (item.start, item.end)) for item in case.expected):
            score.hits += 1
            score.dim_hits += same
        else:
            score.false_positives += 1
            score.dim_false_positives += same
            verdict.false_positives.append(claim)
    if not case.expected:
        score.negatives = 1
        score.negatives_clean = int(not verdict.false_positives)
    return verdict


def score_suite(
    cases: list[Case], results: list[list[Found]], category: str, dimension: str | None
) -> tuple[Score, list[Verdict]]:
    total = Score()
    verdicts = [score_case(c, f, category, dimension) for c, f in zip(cases, results, strict=True)]
    for verdict in verdicts:
        total.add(verdict.score)
    return total, verdicts


# -- output ------------------------------------------------------------------------------------


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def _cell(value: float | None, part: int, whole: int) -> str:
    return f"{_pct(value)} ({part}/{whole})"


def print_table(rows: list[tuple[str, Score]], dimension: str | None) -> None:
    extra = f"{'precision, ' + dimension + ' only':>24} " if dimension else ""
    header = (
        f"  {'tool':<11} {'recall':>17} {'value accuracy':>17} {'precision':>17} {extra}"
        f"{'negatives clean':>15} {'seconds':>8} {'vs ours':>8}"
    )
    print(header)
    print("  " + "-" * (len(header) - 2))
    ours = rows[0][1].seconds
    for tool, s in rows:
        ratio = f"x{s.seconds / ours:.1f}" if ours > 0 and tool != "newscheck" else ""
        negatives = f"{s.negatives_clean}/{s.negatives}" if s.negatives else "-"
        dim = s.dim_hits + s.dim_false_positives
        extra = f"{_cell(s.dim_precision, s.dim_hits, dim):>24} " if dimension else ""
        print(
            f"  {tool:<11} {_cell(s.recall, s.recalled, s.expected):>17} "
            f"{_cell(s.value_accuracy, s.value_ok, s.recalled):>17} "
            f"{_cell(s.precision, s.hits, s.hits + s.false_positives):>17} {extra}"
            f"{negatives:>15} {s.seconds:>8.3f} {ratio:>8}"
        )


def _headline_precision(score: Score, label: str) -> float | None:
    dimension = next((d for name, _, _, d in CLAIM_SUITES if name == label), None)
    return score.dim_precision if dimension else score.precision


def _clip(text: str, limit: int = 220) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def print_misses(cases: list[Case], verdicts: list[Verdict], limit: int) -> None:
    bad = [(c, v) for c, v in zip(cases, verdicts, strict=True) if not v.perfect]
    if not bad or limit <= 0:
        return
    print(f"  newscheck misses: {len(bad)} imperfect cases, showing {min(limit, len(bad))}")
    for case, verdict in bad[:limit]:
        reference = f" [ref {case.reference}]" if case.reference else ""
        print(f"  - input{reference}: {_clip(case.input)!r}  ({case.origin})")
        expected = "; ".join(f"{i.text!r} = {'|'.join(i.values)}" for i in case.expected)
        print(f"      expected: {expected or 'nothing (negative case)'}")
        for item in verdict.missed:
            print(f"      MISSED  {item.text!r}")
        for item, touching in verdict.wrong:
            got = ", ".join(f"{f.text!r} = {f.value}" for f in touching)
            print(f"      WRONG   {item.text!r}: found {got}; want {'|'.join(item.values)}")
        for claim in verdict.false_positives:
            print(f"      EXTRA   {claim.text!r} = {claim.value}")


# -- main --------------------------------------------------------------------------------------

Runner = Callable[[list[Case], str], list[list[Found]]]


# Each tool runs a suite this many times and its median time is reported: one run on a
# shared machine can be twice as slow as the next. The tools take turns, so that the machine's
# drift during a suite touches each alike.
TIMING_RUNS = 5


def timed_together(
    runners: dict[str, Runner], cases: list[Case], category: str, runs: int = TIMING_RUNS
) -> dict[str, tuple[list[list[Found]], float]]:
    """Each tool's results on ``cases`` and its median wall time over ``runs`` turns."""
    results: dict[str, list[list[Found]]] = {}
    times: dict[str, list[float]] = {name: [] for name in runners}
    for _ in range(runs):
        for name, run in runners.items():
            start = time.perf_counter()
            results[name] = run(cases, category)
            times[name].append(time.perf_counter() - start)
    return {name: (results[name], statistics.median(times[name])) for name in runners}


def warm_up(run: Runner, category: str) -> float:
    sample = [Case("It cost $5 million on Monday, March 3, 2016, up 4%.", "2016-03-07", (), (), "")]
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        run(sample, category)
    return time.perf_counter() - start


def sentence_suite(path: Path, show: int) -> tuple[int, int, float]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    start = time.perf_counter()
    got = [[row["text"][s:e].strip() for s, e in split_text(row["text"])] for row in rows]
    seconds = time.perf_counter() - start
    passed = 0
    failures = []
    for row, sentences in zip(rows, got, strict=True):
        wanted = [s.strip() for s in row["sentences"]]
        if sentences == wanted:
            passed += 1
        else:
            failures.append((row, sentences))
    print(f"\n== sentences ({path.name}): {len(rows)} cases; split_text vs pySBD golden rules")
    print(f"  {'tool':<11} {'exact':>17} {'seconds':>8}")
    print(
        f"  {'newscheck':<11} {_cell(_share(passed, len(rows)), passed, len(rows)):>17} "
        f"{seconds:>8.3f}"
    )
    print("  (pySBD itself is not run; it is not an optional dependency)")
    if show > 0 and failures:
        print(f"  newscheck misses: {len(failures)} cases, showing {min(show, len(failures))}")
        for row, sentences in failures[:show]:
            print(f"  - [{row.get('rule', '')}] {_clip(row['text'])!r}")
            print(f"      expected: {row['sentences']}")
            print(f"      found:    {sentences}")
    return passed, len(rows), seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--suites", type=Path, default=DEFAULT_SUITES, help="peer-suites folder")
    parser.add_argument(
        "--show-misses", type=int, default=0, metavar="N", help="print up to N bad cases a suite"
    )
    parser.add_argument("--no-peers", action="store_true", help="run newscheck only")
    parser.add_argument(
        "--runs",
        type=int,
        default=TIMING_RUNS,
        help=f"timed turns of each tool on each suite, median reported (default {TIMING_RUNS})",
    )
    args = parser.parse_args(argv)
    suites: Path = args.suites
    if not suites.is_dir():
        print(f"no peer suites at {suites}: nothing to measure (pass --suites PATH)")
        return 0

    peers: dict[str, tuple[Runner, str]] = {}
    if not args.no_peers:
        for name, module, run, category in (
            ("dateparser", "dateparser.search", run_dateparser, "date"),
            ("quantulum3", "quantulum3.parser", run_quantulum, "number"),
        ):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # quantulum3 warns about its optional classifier
                available = _importable(module)
            if available:
                peers[name] = (run, category)
            else:
                print(f"{name} is not installed: skipped (pip install -e '.[bench]')")
    loads = {"newscheck": warm_up(run_newscheck, "date")}
    for name, (run, category) in peers.items():
        loads[name] = warm_up(run, category)
    print(
        "first-call warm-up, not counted: "
        + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in loads.items())
    )

    summary: list[tuple[str, Score, list[tuple[str, Score]]]] = []
    for label, relative, category, dimension in CLAIM_SUITES:
        path = suites / relative
        if not path.is_file():
            print(f"\n== {label}: {path} not found, skipped")
            continue
        cases = load_claim_suite(path)
        runners = {"newscheck": run_newscheck} | {
            name: run for name, (run, peer_category) in peers.items() if peer_category == category
        }
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # quantulum3 warns about its optional classifier
            timings = timed_together(runners, cases, category, max(1, args.runs))
        rows = []
        for name, (results, seconds) in timings.items():
            score, tool_verdicts = score_suite(cases, results, category, dimension)
            score.seconds = seconds
            rows.append((name, score))
            if name == "newscheck":
                ours, verdicts = score, tool_verdicts
        negatives = sum(1 for c in cases if not c.expected)
        print(
            f"\n== {label} ({relative}): {len(cases)} cases, {ours.expected} expected "
            f"{category} items, {negatives} negative cases"
        )
        print_table(rows, dimension)
        print_misses(cases, verdicts, args.show_misses)
        summary.append((label, ours, rows[1:]))

    sentence = None
    path = suites / SENTENCE_SUITE[1]
    if path.is_file():
        sentence = sentence_suite(path, args.show_misses)
    else:
        print(f"\n== sentences: {path} not found, skipped")

    print("\n== summary (newscheck; best peer by recall x value accuracy)")
    total = Score()
    for label, ours, peer_rows in summary:
        total.add(ours)
        total.seconds += ours.seconds
        # A suite that labels one kind of figure (money) leaves the others in its sentences
        # unlabelled, not wrong: its precision is over claims of that kind. The precision over
        # every figure stays in the suite's table above.
        line = (
            f"  {label:<11} recall {_pct(ours.recall):>6}  value {_pct(ours.value_accuracy):>6}  "
            f"precision {_pct(_headline_precision(ours, label)):>6}"
        )
        if peer_rows:
            name, best = max(
                peer_rows, key=lambda r: (r[1].recall or 0) * (r[1].value_accuracy or 0)
            )
            speed = best.seconds / ours.seconds if ours.seconds else math.inf
            line += (
                f"  | {name}: recall {_pct(best.recall)}  value {_pct(best.value_accuracy)}  "
                f"precision {_pct(_headline_precision(best, label))}; "
                f"newscheck {speed:.0f}x faster"
            )
        print(line)
    if summary:
        print(
            f"  {'all claims':<11} recall {_pct(total.recall):>6}  "
            f"value {_pct(total.value_accuracy):>6}  precision {_pct(total.precision):>6}  "
            f"({total.expected} items, {total.seconds:.2f} s)"
        )
    if sentence:
        passed, count, _ = sentence
        print(f"  {'sentences':<11} exact {_pct(_share(passed, count)):>6} ({passed}/{count})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
