"""GitHub Actions workflow commands: one annotation a claim of each conflict or variant.

Agreements and single-source claims are summed in a closing notice rather than annotated,
so that a pull request shows what needs a look.
"""

from __future__ import annotations

from checker.models import Report, Verdict

_COMMANDS = {Verdict.CONFLICT: "error", Verdict.VARIANT: "warning"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(report: Report) -> str:
    sources = {s.id: s for s in report.sources}
    lines = []
    for finding in report.findings:
        command = _COMMANDS.get(finding.verdict)
        if command is None:
            continue
        for claim in finding.claims:
            source = sources[claim.source]
            line, column = source.position(claim.start)
            end_line, end_column = source.position(claim.end)
            title = f"newscheck {finding.verdict.value}: {finding.subject}"
            lines.append(
                f"::{command} file={_escape_property(source.path)},line={line},col={column},"
                f"endLine={end_line},endColumn={end_column},title={_escape_property(title)}::"
                f"{_escape_data(f'{claim.text} = {claim.value}. {finding.reason}')}"
            )
    counts = report.summary
    summary = ", ".join(f"{counts[v.value]} {v.value}" for v in Verdict)
    lines.append(f"::notice title=newscheck::{_escape_data(summary)}")
    return "\n".join(lines)
