"""Stage 6: turn a report (or an extraction) into output, one module per format.

Text formats return a string; the table returns a Rich renderable. Only this package imports
Rich. ``RENDERERS`` maps each text format to its function, so the CLI picks one in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from checker.models import Report


class OutputFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    MARKDOWN = "markdown"
    SARIF = "sarif"
    GITHUB = "github"


def text_renderer(fmt: OutputFormat) -> Callable[[Report], str]:
    """The function that renders a report in a text format (every format but the table)."""
    if fmt is OutputFormat.JSON:
        from checker.render.json_out import compare_document, dumps

        return lambda report: dumps(compare_document(report))
    if fmt is OutputFormat.JSONL:
        from checker.render.jsonl import render_jsonl

        return render_jsonl
    if fmt is OutputFormat.MARKDOWN:
        from checker.render.markdown import render_markdown

        return render_markdown
    if fmt is OutputFormat.SARIF:
        from checker.render.sarif import render_sarif

        return render_sarif
    if fmt is OutputFormat.GITHUB:
        from checker.render.github import render_github

        return render_github
    raise ValueError(f"{fmt} is not a text format")
