"""JSON Lines: one finding a line, for streaming into other tools.

Each line is a finding object of the ``newscheck/compare/v1`` document with ``"schema":
"newscheck/finding/v1"`` added, so a consumer can tell a line's shape without a header.
"""

from __future__ import annotations

import json

from checker.models import Report
from checker.render.json_out import finding_json

FINDING_SCHEMA = "newscheck/finding/v1"


# Characters that some line splitters (Python's str.splitlines among them) take for line
# breaks; escaped, so that a record never spans two lines whatever splits them.
_LINE_BREAKS = {
    "\u0085": "\\u0085",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
    "\x0b": "\\u000b",
    "\x0c": "\\u000c",
    "\x1c": "\\u001c",
    "\x1d": "\\u001d",
    "\x1e": "\\u001e",
}
_LINE_BREAK_TABLE = str.maketrans(_LINE_BREAKS)


def render_jsonl(report: Report) -> str:
    lines = [
        json.dumps({"schema": FINDING_SCHEMA, **finding_json(f)}, ensure_ascii=False).translate(
            _LINE_BREAK_TABLE
        )
        for f in report.findings
    ]
    return "\n".join(lines)
