"""Rich tables for people at a terminal."""

from __future__ import annotations

import re

from rich.console import Group as RichGroup
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from checker.compare import quote_words
from checker.models import (
    Check,
    Claim,
    ClaimKind,
    Finding,
    Report,
    Sentence,
    SourceSummary,
    Verdict,
)

VERDICT_STYLES = {
    Verdict.CONFLICT: "bold red",
    Verdict.VARIANT: "bold yellow",
    Verdict.AGREE: "bold green",
    Verdict.SINGLE: "cyan",
}
_SNIPPET = 110  # characters of sentence shown around a claim


def _published(source: SourceSummary) -> str:
    if source.published is None:
        return "no date"
    note = {"inferred": ", inferred", "option": ", from --date"}.get(
        source.published_from.value, ""
    )
    return f"{source.published.isoformat()}{note}"


def sources_line(sources: tuple[SourceSummary, ...]) -> Text:
    line = Text("Sources: ", style="bold")
    for index, source in enumerate(sources):
        if index:
            line.append("; ")
        line.append(source.id, style="bold")
        line.append(
            f" ({_published(source)}, {source.sentences} sentences, {source.claims} claims)",
            style="dim",
        )
    return line


def stories_line(report: Report) -> Text:
    line = Text(f"Stories ({len(report.stories)}, compared separately): ", style="bold")
    for index, story in enumerate(report.stories):
        if index:
            line.append("; ")
        line.append(f"{story.id}", style="bold magenta")
        line.append(f" {', '.join(story.sources)}", style="dim")
    return line


def summary_line(report: Report) -> Text:
    counts = report.summary
    line = Text("Summary: ", style="bold")
    parts = []
    for verdict in Verdict:
        parts.append((f"{counts[verdict.value]} {verdict.value}", VERDICT_STYLES[verdict]))
    for index, (part, style) in enumerate(parts):
        if index:
            line.append(" · ")
        line.append(part, style=style)
    return line


def _snippet(claim: Claim, highlight: str) -> Text:
    """The claim's sentence, shortened around the claim, with the claim emphasised."""
    context = claim.context
    position = claim.context_at
    if position < 0:
        return Text(context[:_SNIPPET], style="dim")
    start = max(0, position - (_SNIPPET - len(claim.text)) // 2)
    end = min(len(context), start + max(_SNIPPET, len(claim.text) + 20))
    start = max(0, min(start, end - _SNIPPET))
    text = Text(style="dim")
    text.append(("…" if start else "") + context[start:position])
    text.append(claim.text, style=highlight)
    text.append(context[position + len(claim.text) : end] + ("…" if end < len(context) else ""))
    return text


def _claim_text(claim: Claim, finding: Finding, others: list[Claim]) -> Text:
    style = "bold"
    if finding.verdict in (Verdict.CONFLICT, Verdict.VARIANT):
        style = "bold " + VERDICT_STYLES[finding.verdict].split()[-1]
    head = Text()
    if claim.kind is ClaimKind.QUOTE:
        head.append_text(_quote_diff(claim, others, style))
        if claim.speaker:
            head.append(f" — {claim.speaker}", style="italic")
    else:
        head.append(claim.text, style=style)
        if not _same_text(claim.text, claim.value):
            head.append(f" → {claim.value}", style="cyan")
        quantity = claim.quantity
        if quantity is not None and quantity.baseline:
            head.append(f" ({quantity.baseline})", style="dim")
    head.append("\n")
    if claim.kind is not ClaimKind.QUOTE:
        head.append_text(_snippet(claim, "underline"))
    else:
        head.append_text(Text(_shorten(claim.context), style="dim"))
    return head


def _shorten(text: str) -> str:
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…"


def _quote_diff(claim: Claim, others: list[Claim], style: str) -> Text:
    """The quotation with the words no other source quotes highlighted."""
    elsewhere = set()
    for other in others:
        if other.source != claim.source:
            elsewhere.update(quote_words(other.value).split())
    text = Text("“")
    for token in re.split(r"(\s+)", claim.value):
        plain = quote_words(token)
        if elsewhere and plain and plain not in elsewhere:
            text.append(token, style=style + " underline")
        else:
            text.append(token)
    text.append("”")
    return text


def compare_table(report: Report, width: int = 120) -> RenderableType:
    """One row a finding: verdict, subject and reason, then each source's claims."""
    sources = [s.id for s in report.sources]
    side_by_side = 2 <= len(sources) <= 4 and width >= 50 + 34 * len(sources)
    table = Table(show_lines=True, expand=True, header_style="bold")
    table.add_column("#", justify="right", no_wrap=True, ratio=None, width=3)
    table.add_column("Verdict", no_wrap=True, width=9)
    table.add_column("What", ratio=3, min_width=18)
    if side_by_side:
        for source in sources:
            table.add_column(source, ratio=4, overflow="fold")
    else:
        table.add_column("Claims", ratio=8, overflow="fold")
    compared = [f for f in report.findings if f.verdict is not Verdict.SINGLE]
    singles = [f for f in report.findings if f.verdict is Verdict.SINGLE]
    for finding in compared:
        verdict = Text(finding.verdict.value, style=VERDICT_STYLES[finding.verdict])
        if finding.known:
            verdict.append("\nknown", style="dim")
        what = Text(finding.subject, style="bold")
        what.append(f"\n{finding.kind.value}", style="magenta")
        if len(report.stories) > 1:
            what.append(f" · story {finding.story}", style="magenta")
        what.append(f" · {finding.reason}", style="dim")
        claims = list(finding.claims)
        if side_by_side:
            cells: list[Text] = []
            for source in sources:
                own = [c for c in claims if c.source == source]
                cell = Text()
                for index, claim in enumerate(own):
                    if index:
                        cell.append("\n")
                    cell.append_text(_claim_text(claim, finding, claims))
                cells.append(cell)
            table.add_row(str(finding.id), verdict, what, *cells)
        else:
            cell = Text()
            for index, claim in enumerate(claims):
                if index:
                    cell.append("\n")
                cell.append(f"{claim.source}: ", style="bold blue")
                cell.append_text(_claim_text(claim, finding, claims))
            table.add_row(str(finding.id), verdict, what, cell)
    parts: list[RenderableType] = [sources_line(report.sources)]
    if len(report.stories) > 1:
        parts.append(stories_line(report))
    if compared:
        parts.append(table)
    if singles:
        parts.append(_singles_list(singles))
    held = [c for c in report.checks if c.holds]
    if held:
        parts.append(_held_checks(held))
    if not report.findings:
        parts.append(Text("No claims to compare.", style="dim"))
    parts.append(summary_line(report))
    return RichGroup(*parts)


def _singles_list(findings: list[Finding]) -> Text:
    """Claims only one source makes: a line each, nothing to set side by side (a list, not a
    table: there is nothing to line up, and it renders in a fraction of the time)."""
    lines = Text("Stated by one source only (uncorroborated):", style="bold cyan")
    for finding in findings:
        lines.append(f"\n{finding.id:>4} ", style="dim")
        lines.append(f"{finding.kind.value:<7}", style="magenta")
        if finding.kind is ClaimKind.QUOTE:
            lines.append(finding.subject)  # the speaker and the start of the quotation
        else:
            lines.append(f"{finding.subject}: ")
            for index, claim in enumerate(finding.claims):
                if index:
                    lines.append("; ")
                lines.append(claim.text, style="bold")
                if not _same_text(claim.text, claim.value):
                    lines.append(f" → {claim.value}", style="cyan")
        lines.append(f"  {', '.join(sorted({c.source for c in finding.claims}))}", style="dim")
    return lines


def _held_checks(checks: list[Check]) -> Text:
    """Checks inside one article that hold (the failed ones are conflicts in the table)."""
    lines = Text("Checked inside one article, and holding:", style="bold cyan")
    for check in checks:
        lines.append("\n  ✓ ", style="green")
        lines.append(f"{check.source} ", style="bold")
        lines.append(f"{check.check}: ", style="magenta")
        lines.append(check.reason)
    return lines


def _same_text(text: str, value: str) -> bool:
    """Whether the value only restates the text ("100%" and "100 %", "In 2023" and "2023")."""
    plain_text = re.sub(r"[\s,]", "", text.lower())
    plain_value = re.sub(r"[\s,]", "", value.lower())
    return plain_text == plain_value or plain_text.endswith(plain_value)


def claims_table(sources: tuple[SourceSummary, ...], claims: tuple[Claim, ...]) -> RenderableType:
    table = Table(show_lines=False, expand=True, header_style="bold")
    table.add_column("Source", overflow="fold", ratio=2)
    table.add_column("Sent.", justify="right", width=5)
    table.add_column("Kind", width=6)
    table.add_column("Text", ratio=4, overflow="fold")
    table.add_column("Value", ratio=3, overflow="fold")
    table.add_column("Speaker", ratio=2, overflow="fold")
    for claim in claims:
        text = claim.text if len(claim.text) <= 160 else claim.text[:159] + "…"
        value = claim.value if len(claim.value) <= 120 else claim.value[:119] + "…"
        qualifier = claim.quantity.qualifier if claim.quantity else None
        shown = f"{qualifier}: {value}" if qualifier else value
        table.add_row(
            claim.source, str(claim.sentence), claim.kind.value, text, shown, claim.speaker or ""
        )
    return RichGroup(sources_line(sources), table, Text(f"{len(claims)} claims", style="bold"))


def sentences_table(
    sources: tuple[SourceSummary, ...], sentences: dict[str, tuple[Sentence, ...]]
) -> RenderableType:
    table = Table(expand=True, header_style="bold")
    table.add_column("Source", overflow="fold", ratio=2)
    table.add_column("#", justify="right", width=4)
    table.add_column("Role", width=8)
    table.add_column("Sentence", ratio=8, overflow="fold")
    total = 0
    for source in sources:
        for sentence in sentences[source.id]:
            table.add_row(source.id, str(sentence.index), sentence.role, sentence.text)
            total += 1
    return RichGroup(sources_line(sources), table, Text(f"{total} sentences", style="bold"))


def explain_finding(report: Report, finding: Finding) -> RenderableType:
    """One finding in full: verdict, reason, alignment score and every claim's sentence."""
    header = Text(f"Finding {finding.id}: ", style="bold")
    header.append(finding.verdict.value, style=VERDICT_STYLES[finding.verdict])
    header.append(f" ({finding.kind.value})", style="magenta")
    body = Table.grid(padding=(0, 1))
    body.add_column(style="bold", no_wrap=True)
    body.add_column(overflow="fold")
    body.add_row("What", finding.subject)
    body.add_row("Why", finding.reason)
    body.add_row("Alignment", f"score {finding.score:g} of 100 (story {finding.story})")
    if finding.agreeing or finding.differing:
        body.add_row(
            "Sources",
            f"agree: {', '.join(finding.agreeing) or '-'}; "
            f"differ: {', '.join(finding.differing) or '-'}",
        )
    if finding.known:
        body.add_row("Baseline", "already reported in the baseline")
    sources = {s.id: s for s in report.sources}
    for claim in finding.claims:
        line, column = sources[claim.source].position(claim.start)
        cell = Text()
        cell.append(claim.text, style="bold")
        if claim.value != claim.text:
            cell.append(f" → {claim.value}", style="cyan")
        if claim.speaker:
            cell.append(f" — {claim.speaker}", style="italic")
        cell.append(f"\n{claim.context}", style="dim")
        if claim.neighbour:
            cell.append(f"\n(after: {claim.neighbour})", style="dim")
        body.add_row(f"{claim.source}:{line}:{column}", cell)
    return RichGroup(header, body)
