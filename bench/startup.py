"""Start-up cost of the installed ``newscheck`` command, as a user feels it.

Runs, from the repo root and as subprocesses, ``newscheck compare seeds/ --format json`` and
``newscheck compare seeds/`` (the table, also without the regex cache) with stdout sent to
/dev/null, ``--runs`` times each
(default 15), and prints the median and minimum wall time of each. It also times
``python -c pass`` with the same interpreter and ``python -c "import checker.pipeline"`` as
baselines: the first minus the interpreter is the tool's own cost, and the import line shows how
much of that is importing the library rather than the CLI and its dependencies (typer, rich).

The machines are shared and noisy: a single run can be twice as slow as the next. Medians are the
figures to quote (minimums show the best case), and only runs on one machine compare.

Run from the repo root:

    python bench/startup.py            # 15 runs of each command
    python bench/startup.py --runs 30
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_once(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run of ``command``, in seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        command,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        check=False,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # 1 means "conflicts found" for compare; only 2 and up are errors.
    if done.returncode > 1:
        message = done.stderr.decode(errors="replace").strip().splitlines()
        raise SystemExit(
            f"{' '.join(command)} failed with exit {done.returncode}: "
            + (message[-1] if message else "no message")
        )
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each command (default 15)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    tool = shutil.which("newscheck")
    if tool is None:
        print("newscheck is not installed on PATH: run pip install -e . first")
        return 1
    if not (ROOT / "seeds").is_dir():
        print(f"no seeds/ folder in {ROOT}")
        return 1
    python = sys.executable
    commands = [
        ("python -c pass", [python, "-c", "pass"]),
        # -I: the installed package (and its .pyc files), not the source tree in the
        # current folder, which may have none.
        ("python -I -c 'import checker.pipeline'", [python, "-I", "-c", "import checker.pipeline"]),
        ("newscheck compare seeds/ --format json", [tool, "compare", "seeds/", "--format", "json"]),
        ("newscheck compare seeds/", [tool, "compare", "seeds/"]),
        # The same without the regex cache (cli/regex_cache.py): a first run, or one with
        # NEWSCHECK_NO_CACHE set, compiles every pattern.
        ("  ... without the regex cache", [tool, "compare", "seeds/"]),
    ]
    no_cache = {**os.environ, "NEWSCHECK_NO_CACHE": "1"}
    envs = {label: no_cache if "without" in label else None for label, _ in commands}
    # One untimed run of each warms the OS file cache and the .pyc files.
    for label, command in commands:
        run_once(command, envs[label])
    print(f"{args.runs} runs each, from {ROOT}, python {sys.version.split()[0]} ({python})")
    print(f"newscheck: {tool}; {os.cpu_count()} CPUs, load average {_load()}\n")
    # Round-robin, so that the machine's drift during the runs touches every command alike.
    walls: dict[str, list[float]] = {label: [] for label, _ in commands}
    cpus: dict[str, list[float]] = {label: [] for label, _ in commands}
    for _ in range(args.runs):
        for label, command in commands:
            wall, cpu = run_once(command, envs[label])
            walls[label].append(wall)
            cpus[label].append(cpu)
    header = (
        f"{'command':<40} {'median ms':>10} {'min ms':>8} {'max ms':>8} {'- python':>9}"
        f" {'cpu ms':>7}"
    )
    print(header)
    print("-" * len(header))
    baseline = statistics.median(walls[commands[0][0]]) * 1000
    for label, _ in commands:
        times = walls[label]
        median = statistics.median(times) * 1000
        own = "" if label == commands[0][0] else f"{median - baseline:+.0f}"
        print(
            f"{label:<40} {median:>10.0f} {min(times) * 1000:>8.0f} "
            f"{max(times) * 1000:>8.0f} {own:>9} {statistics.median(cpus[label]) * 1000:>7.0f}"
        )
    print(
        "\n'- python' = median minus the bare interpreter's median: the tool's own cost.\n"
        "'cpu ms' = median user + system CPU time of a run, less disturbed by other load.\n"
        "Machines are shared and noisy; quote medians, and compare runs of one machine only."
    )
    return 0


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


if __name__ == "__main__":
    raise SystemExit(main())
