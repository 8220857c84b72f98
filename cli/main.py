"""The `newscheck` command: options in, one library call, a renderer out, exit codes.

Exit codes: 0 done; 1 a finding at or above --fail-on; 2 bad usage or unreadable input.
Data goes to stdout; warnings and errors to stderr.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from checker.models import DEFAULT_MIN_SCORE
from checker.render import OutputFormat

if TYPE_CHECKING:
    from rich.console import Console

    from checker.models import ClaimKind, Options, Report

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2

app = typer.Typer(
    name="newscheck",
    rich_markup_mode="rich",
    no_args_is_help=True,
    add_completion=False,
    help=(
        "Cross-check news articles about the same event: dates and weekdays, figures and "
        "direct quotes, aligned across sources and judged [red]conflict[/red], "
        "[yellow]variant[/yellow], [green]agree[/green] or [cyan]single[/cyan].\n\n"
        "Exit codes: 0 done; 1 a finding at or above --fail-on; 2 bad usage or input."
    ),
)


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"


class FailOn(StrEnum):
    CONFLICT = "conflict"
    VARIANT = "variant"
    SINGLE = "single"
    NEVER = "never"


class GroupMode(StrEnum):
    AUTO = "auto"
    NONE = "none"


PathsArg = Annotated[
    list[str],
    typer.Argument(
        help="Article files (.txt, .md, .jsonl, .html), folders to scan for them, or - for stdin.",
        show_default=False,
    ),
]
FormatOpt = Annotated[
    Format,
    typer.Option(
        "--format", "-f", help="table for people, json for other tools.", case_sensitive=False
    ),
]
DateOpt = Annotated[
    str | None,
    typer.Option(
        "--date",
        help="Publication date (YYYY-MM-DD) for articles without a leading 'date' line; "
        "without either it is inferred from the latest full date the text reports.",
        show_default=False,
    ),
]
KindsOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--kinds",
        "--kind",
        "-k",
        help="Only these claim kinds: date, number, quote (comma-separated or repeated).",
        show_default="all",
    ),
]
NoColorOpt = Annotated[
    bool, typer.Option("--no-color", help="Plain output (NO_COLOR is honoured too).")
]


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        message = f"{value!r} is not a date like 2025-09-02"
        raise typer.BadParameter(message, param_hint="--date") from None


def _kinds(values: list[str]) -> frozenset[ClaimKind]:
    from checker.models import ClaimKind

    names = [part.strip().lower() for value in values for part in value.split(",") if part.strip()]
    unknown = [n for n in names if n not in {k.value for k in ClaimKind}]
    if unknown or not names:
        raise typer.BadParameter(
            f"{', '.join(unknown) or 'nothing'}: kinds are date, number and quote",
            param_hint="--kinds",
        )
    return frozenset(ClaimKind(n) for n in names)


def _options(
    date: str | None, kinds: list[str] | None, min_score: float, group: GroupMode = GroupMode.AUTO
) -> Options:
    from checker.models import ClaimKind, Options

    chosen = _kinds(kinds) if kinds else frozenset(ClaimKind)
    return Options(
        published=_parse_date(date),
        kinds=chosen,
        min_score=min_score,
        group_stories=group is GroupMode.AUTO,
    )


def _warn(messages: tuple[str, ...]) -> None:
    for message in messages:
        typer.echo(f"Warning: {message}", err=True)


def _console(no_color: bool) -> Console:
    from rich.console import Console

    # No markup or emoji codes: file names and quoted words are shown as written
    # ("wire[red]:smile:.txt" stays that, not a red emoji).
    return Console(
        no_color=no_color or None, highlight=False, soft_wrap=False, markup=False, emoji=False
    )


def _print(renderable: object, no_color: bool) -> None:
    _console(no_color).print(renderable)


def _fail(message: str) -> typer.Exit:
    typer.echo(f"Error: {message}", err=True)
    return typer.Exit(EXIT_USAGE)


@app.command()
def compare(
    paths: PathsArg,
    format: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            help="table for people; json (one document), jsonl (a finding a line), markdown "
            "(a pull-request comment), sarif (code-scanning dashboards) or github (workflow "
            "annotations) for tools.",
            case_sensitive=False,
        ),
    ] = OutputFormat.TABLE,
    date: DateOpt = None,
    fail_on: Annotated[
        FailOn,
        typer.Option(
            "--fail-on",
            help="Exit 1 when a finding this serious or worse exists "
            "(conflict > variant > single); findings in --baseline do not count.",
            case_sensitive=False,
        ),
    ] = FailOn.NEVER,
    kinds: KindsOpt = None,
    min_score: Annotated[
        float,
        typer.Option(
            "--min-score",
            min=0,
            max=100,
            help="How alike two claims' contexts must be (0-100) to be compared.",
        ),
    ] = DEFAULT_MIN_SCORE,
    group: Annotated[
        GroupMode,
        typer.Option(
            "--group",
            help="auto: first sort the articles into stories and compare only within a story; "
            "none: treat all articles as one story.",
            case_sensitive=False,
        ),
    ] = GroupMode.AUTO,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            help="Write the output to this file (atomically) instead of stdout.",
            show_default=False,
        ),
    ] = None,
    baseline: Annotated[
        str | None,
        typer.Option(
            "--baseline",
            help="A previous JSON report: its findings are marked known and do not fail the run.",
            show_default=False,
        ),
    ] = None,
    write_baseline: Annotated[
        str | None,
        typer.Option(
            "--write-baseline",
            help="Also write this run's JSON report here, to use as --baseline later.",
            show_default=False,
        ),
    ] = None,
    explain: Annotated[
        int | None,
        typer.Option(
            "--explain",
            help="Show only finding N, with its full sentences and reasons.",
            show_default=False,
            min=1,
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No warnings on stderr.")] = False,
    no_color: NoColorOpt = False,
) -> None:
    """Compare the claims of several articles and report agreements and conflicts.

    Articles about different events are first grouped into stories and compared only
    within their story. Each article is also checked on its own: parts that should add up
    to a stated total, a change against its two stated ends, a weekday against its date;
    a failed check is a conflict of that article.
    """
    from checker.baseline import BaselineError, mark_known, read_baseline
    from checker.models import CheckerError
    from checker.pipeline import check

    options = _options(date, kinds, min_score, group)
    try:
        known = read_baseline(_read_text(baseline)) if baseline else None
        with _progress(quiet) as progress:
            report = check(paths, options, progress)
    except (CheckerError, BaselineError) as error:
        raise _fail(str(error)) from None
    if known is not None:
        report = mark_known(report, known)
    if not quiet:
        _warn(report.warnings)
    if write_baseline:
        from checker.render.json_out import compare_document, dumps

        _write(write_baseline, dumps(compare_document(report)) + "\n")
    if explain is not None:
        from checker.render.table import explain_finding

        finding = next((f for f in report.findings if f.id == explain), None)
        if finding is None:
            raise _fail(f"--explain {explain}: there are {len(report.findings)} findings")
        _print(explain_finding(report, finding), no_color)
    elif format is OutputFormat.TABLE and output is None:
        from checker.render.table import compare_table

        console = _console(no_color)
        console.print(compare_table(report, console.width))
    else:
        from checker.render import text_renderer

        if format is OutputFormat.TABLE:
            from checker.render.table import compare_table

            text = _plain(compare_table(report, 120))
        else:
            text = text_renderer(format)(report)
        if output:
            _write(output, text + "\n")
        else:
            typer.echo(text)
    raise typer.Exit(_exit_code(report, fail_on))


@contextmanager
def _progress(quiet: bool) -> Iterator[Callable[[str, int, int], None] | None]:
    """A progress bar on stderr, only on a terminal and only once a run takes a moment."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    import time

    from rich.console import Console
    from rich.progress import Progress

    started = time.monotonic()
    bar = Progress(console=Console(stderr=True), transient=True)
    tasks: dict[str, int] = {}

    def update(stage: str, done: int, total: int) -> None:
        if time.monotonic() - started < 0.5 and not tasks:
            return  # small batches finish before a bar would help
        if not tasks:
            bar.start()
        if stage not in tasks:
            tasks[stage] = bar.add_task(stage, total=total)
        bar.update(tasks[stage], completed=done + 1)

    try:
        yield update
    finally:
        if tasks:
            bar.stop()


def _read_text(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except OSError as error:
        raise _fail(f"{path}: cannot read it ({error.strerror or error})") from None


def _write(path: str, text: str) -> None:
    """Write atomically: a reader never sees half a report, a failure leaves no file."""
    import tempfile

    folder = os.path.dirname(os.path.abspath(path))
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".newscheck-", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except OSError as error:
        raise _fail(f"{path}: cannot write it ({error.strerror or error})") from None


def _plain(renderable: object) -> str:
    import io

    from rich.console import Console

    console = Console(
        width=120, no_color=True, record=True, file=io.StringIO(), markup=False, emoji=False
    )
    console.print(renderable)
    return console.export_text()


def _exit_code(report: Report, fail_on: FailOn) -> int:
    if fail_on is FailOn.NEVER:
        return EXIT_OK
    from checker.models import Verdict

    threshold = Verdict(fail_on.value).rank
    failing = any(f.verdict.rank <= threshold and not f.known for f in report.findings)
    return EXIT_FINDINGS if failing else EXIT_OK


@app.command()
def claims(
    paths: PathsArg,
    format: FormatOpt = Format.TABLE,
    date: DateOpt = None,
    kinds: KindsOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """List the claims extracted from each article (no comparison)."""
    from checker.models import CheckerError
    from checker.pipeline import extract_paths

    try:
        extraction = extract_paths(paths, _options(date, kinds, 0.0))
    except CheckerError as error:
        raise _fail(str(error)) from None
    _warn(extraction.warnings)
    if format is Format.JSON:
        from checker.render.json_out import claims_document, dumps

        typer.echo(
            dumps(claims_document(extraction.sources, extraction.claims, extraction.warnings))
        )
    else:
        from checker.render.table import claims_table

        _print(claims_table(extraction.sources, extraction.claims), no_color)


@app.command()
def sentences(
    paths: PathsArg,
    format: FormatOpt = Format.TABLE,
    no_color: NoColorOpt = False,
) -> None:
    """List the sentences each article is split into (no extraction)."""
    from checker.models import CheckerError, Options
    from checker.pipeline import extract_paths

    try:
        extraction = extract_paths(paths, Options(kinds=frozenset()))
    except CheckerError as error:
        raise _fail(str(error)) from None
    _warn(extraction.warnings)
    summaries, split = extraction.sources, extraction.sentences
    if format is Format.JSON:
        from checker.render.json_out import dumps, sentences_document

        typer.echo(dumps(sentences_document(summaries, split)))
    else:
        from checker.render.table import sentences_table

        _print(sentences_table(summaries, split), no_color)


def run() -> None:
    """Console entry point: every error becomes one "Error: ..." line on stderr.

    Typer (which vendors its own Click in recent releases) is asked not to handle errors
    itself, so usage errors are recognised by Click's exception protocol rather than by
    class, which keeps this working across Typer versions.
    """
    try:
        code = app(standalone_mode=False)
    except KeyboardInterrupt:
        typer.echo("Interrupted", err=True)
        code = 130
    except BrokenPipeError:
        code = 0
    except Exception as error:  # every error gets one clear line, never a traceback
        code = _report_error(error)
    # The process ends here: moving every object to the permanent generation spares the
    # interpreter's exit-time collections a pass over all of them (about a tenth of a short
    # run's wall time, measured by bench/startup.py).
    gc.freeze()
    sys.exit(code if isinstance(code, int) else 0)


def _report_error(error: Exception) -> int:
    name = type(error).__name__
    context = getattr(error, "ctx", None)
    if name == "NoArgsIsHelpError":
        return EXIT_USAGE  # Typer has printed the help already
    if name == "Abort":
        typer.echo("Interrupted", err=True)
        return 130
    if hasattr(error, "format_message") and hasattr(error, "exit_code"):
        hint = f" (see '{context.command_path} --help')" if context is not None else ""
        message = " ".join(error.format_message().split())
        typer.echo(f"Error: {message}{hint}", err=True)
        return EXIT_USAGE
    if os.environ.get("NEWSCHECK_DEBUG"):
        raise error
    typer.echo(
        f"Error: internal error ({name}: {error}); set NEWSCHECK_DEBUG=1 for a traceback",
        err=True,
    )
    return EXIT_USAGE
