"""Bounded time on hostile input: every crafted text must go through the whole pipeline.

Each case is one article built in memory (a megabyte line without spaces, runs of quote
marks, thousands of figures or dates in one sentence, a 50 MB article of ordinary prose...),
run through prepare + compare once; the wall time and the number of claims are printed.
The regexes are written without nested quantifiers, so time should grow linearly with size:
the script also runs each case at half size and prints the ratio (about 2 means linear).

Run from the repo root: ``python bench/robustness.py`` (``--big`` adds the 50 MB article).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checker.load import make_article
from checker.models import Options
from checker.pipeline import compare, prepare

CASES = {
    "line without spaces": lambda n: "a" * n,
    "digits": lambda n: "1" * n,
    "dots": lambda n: "." * n,
    "straight quotes": lambda n: '"' * (n // 5),
    "curly quotes": lambda n: "“" * (n // 5),
    "comma numbers": lambda n: "1," * (n // 3),
    "dates in one sentence": lambda n: "May 5, " * (n // 10),
    "numbers and spaces": lambda n: "1 " * (n // 3),
    "capitals": lambda n: "A " * (n // 3),
    "attributions": lambda n: "Ana Diaz said “x” " * (n // 50),
    # Every quotation resolves "she" back to the person named last.
    "pronoun attributions": lambda n: "Ana Diaz came. “x,” she said. " * (n // 60),
    "abbreviations": lambda n: "Dr. U.S. H.E. " * (n // 40),
    "ellipses": lambda n: ". . . " * (n // 10),
    # Two outlets, each a sentence of like figures: one cluster grows to hundreds of claims
    # and every candidate pair comes back to it (was cubic: 228 s for 1,000 a side).
    "like figures, two articles": lambda n: (
        "sales rose 1% on the quarter and " * (n // 1000),
        "sales rose 2% on the year and " * (n // 1000),
    ),
    # Two outlets, each a sentence of days that name their event: every claim of a sentence
    # shares its text, and each outlet tells the same few values thousands of times (was
    # 87 s for two 380 KB articles: every text scored against every other, every telling
    # compared again with every other of its group).
    "possessive days, two articles": lambda n: (
        "Monday's storm, Tuesday's storm, Wednesday's flood, " * (n // 50),
        "Thursday's storm, Friday's flood, Saturday's storm, " * (n // 50),
    ),
}
PROSE = (
    "The council said on Monday that repairs to the bridge would cost €18 million, "
    "about 12% more than planned. “We will reopen it before October,” Mayor Ana Diaz said.\n"
)


def run(text: str | tuple[str, ...]) -> tuple[float, int]:
    """Seconds for prepare + compare of one article (or one per text), and the claims."""
    texts = (text,) if isinstance(text, str) else text
    start = time.perf_counter()
    articles = [make_article(f"{i}.txt", f"{i}.txt", t) for i, t in enumerate(texts)]
    extraction = prepare(articles, Options())
    compare(extraction, Options())
    return time.perf_counter() - start, len(extraction.claims)


CRAFTED = {
    "letters": "a",
    "digits": "1",
    "spaces": " ",
    "dots": ".",
    "digit dots": "1.",
    "comma digits": "1,",
    "capital words": "Ab ",
    "months": "May ",
    "quotes": "“",
    "dashes": "-",
}


def every_regex() -> list[tuple[str, re.Pattern[str]]]:
    """Every compiled pattern the checker defines at module level (and the date patterns)."""
    import checker.align
    import checker.compare
    import checker.extract.common
    import checker.extract.dates
    import checker.extract.numbers
    import checker.extract.quotes
    import checker.internal
    import checker.load
    import checker.split
    import checker.stories

    modules = [
        checker.align,
        checker.compare,
        checker.extract.common,
        checker.extract.dates,
        checker.extract.numbers,
        checker.extract.quotes,
        checker.internal,
        checker.load,
        checker.split,
        checker.stories,
    ]
    found = []
    for module in modules:
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found.append((f"{module.__name__.split('.')[-1]}.{name}", value))
    for pattern, handler, _, _ in checker.extract.dates._PATTERNS:
        found.append((f"dates.{handler.__name__}", pattern.regex))
    return found


def regex_linearity(size: int) -> None:
    """Each regex on each crafted input at two sizes: the worst time ratio (2 is linear)."""
    worst = []
    for name, pattern in every_regex():
        ratios = []
        slowest = 0.0
        for unit in CRAFTED.values():
            times = []
            for n in (size // 2, size):
                text = unit * (n // len(unit))
                start = time.perf_counter()
                for _ in pattern.finditer(text):
                    pass
                times.append(time.perf_counter() - start)
            slowest = max(slowest, times[1])
            if times[0] > 0.002:
                ratios.append(times[1] / times[0])
        worst.append((max(ratios, default=0.0), slowest, name))
    worst.sort(reverse=True)
    print(
        f"\n{len(worst)} regexes on {len(CRAFTED)} crafted inputs of {size:,} characters; "
        "the five with the highest doubling ratio:"
    )
    for ratio, slowest, name in worst[:5]:
        print(f"  {name:32} ratio {ratio:4.1f}  slowest {slowest:6.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters per case")
    parser.add_argument("--big", action="store_true", help="also a 50 MB article of prose")
    args = parser.parse_args()
    print(f"{'case':24} {'seconds':>8} {'half-size s':>12} {'ratio':>6} {'claims':>7}")
    for name, make in CASES.items():
        full, claims = run(make(args.size))
        half, _ = run(make(args.size // 2))
        ratio = full / half if half > 0 else float("nan")
        print(f"{name:24} {full:8.2f} {half:12.2f} {ratio:6.1f} {claims:7}")
    regex_linearity(args.size // 5)
    if args.big:
        text = PROSE * (50_000_000 // len(PROSE))
        seconds, claims = run(text)
        print(f"{'50 MB of prose':24} {seconds:8.2f} {'':>12} {'':>6} {claims:7}")


if __name__ == "__main__":
    main()
