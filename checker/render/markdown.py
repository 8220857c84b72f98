"""Markdown for a pull-request comment: a summary line and a table of findings."""

from __future__ import annotations

from checker.models import Claim, Report, Verdict

_ICONS = {
    Verdict.CONFLICT: "🔴 conflict",
    Verdict.VARIANT: "🟡 variant",
    Verdict.AGREE: "🟢 agree",
    Verdict.SINGLE: "⚪ single",
}


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(text.replace("|", "\\|").split())


def _claim(claim: Claim) -> str:
    shown = f"“{claim.value}”" if claim.kind.value == "quote" else f"`{claim.text}`"
    if claim.kind.value != "quote" and claim.value != claim.text:
        shown += f" → `{claim.value}`"
    return f"**{_cell(claim.source)}**: {_cell(shown)}"


def render_markdown(report: Report) -> str:
    counts = report.summary
    lines = [
        "### newscheck",
        "",
        " · ".join(f"{counts[v.value]} {v.value}" for v in Verdict)
        + f" — {len(report.sources)} sources",
        "",
    ]
    if not report.findings:
        lines.append("No claims to compare.")
        return "\n".join(lines + _checks(report))
    lines += ["| # | verdict | kind | what | claims | why |", "|---|---|---|---|---|---|"]
    for finding in report.findings:
        claims = "<br>".join(_claim(c) for c in finding.claims)
        lines.append(
            f"| {finding.id} | {_ICONS[finding.verdict]} | {finding.kind.value} | "
            f"{_cell(finding.subject)} | {claims} | {_cell(finding.reason)} |"
        )
    return "\n".join(lines + _checks(report))


def _checks(report: Report) -> list[str]:
    if not report.checks:
        return []
    lines = ["", "Checked inside one article:", ""]
    for check in report.checks:
        mark = "✅" if check.holds else "❌"
        lines.append(f"- {mark} **{_cell(check.source)}** {check.check}: {_cell(check.reason)}")
    return lines
