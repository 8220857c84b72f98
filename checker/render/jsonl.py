"""JSON Lines: one finding a line, for streaming into other tools.

Each line is a finding object of the ``newscheck/compare/v1`` document with ``"schema":
"newscheck/finding/v1"`` added, so a consumer can tell a line's shape without a header.
"""

from __future__ import annotations

import json

from checker.models import Report
from checker.render.json_out import finding_json

FINDING_SCHEMA = "newscheck/finding/v1"


def render_jsonl(report: Report) -> str:
    lines = [
        json.dumps({"schema": FINDING_SCHEMA, **finding_json(f)}, ensure_ascii=False)
        for f in report.findings
    ]
    return "\n".join(lines)
