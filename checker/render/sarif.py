"""SARIF 2.1.0, so that code-scanning dashboards annotate the articles themselves.

Each finding is a result: its rule is the verdict, its level follows the verdict (conflict
an error, variant a warning, agree and single notes), and each claim is a location with the
article file, line and column.
"""

from __future__ import annotations

import json
from typing import Any

from checker.models import Report, Verdict

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {
    Verdict.CONFLICT: "error",
    Verdict.VARIANT: "warning",
    Verdict.AGREE: "note",
    Verdict.SINGLE: "note",
}
_RULES = {
    Verdict.CONFLICT: "Sources state incompatible values for the same thing.",
    Verdict.VARIANT: "Sources state compatible but different values.",
    Verdict.AGREE: "Two or more sources state the same value.",
    Verdict.SINGLE: "Only one source states this.",
}


def render_sarif(report: Report) -> str:
    sources = {s.id: s for s in report.sources}
    results: list[dict[str, Any]] = []
    for finding in report.findings:
        locations = []
        for claim in finding.claims:
            source = sources[claim.source]
            line, column = source.position(claim.start)
            end_line, end_column = source.position(claim.end)
            locations.append(
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": source.path},
                        "region": {
                            "startLine": line,
                            "startColumn": column,
                            "endLine": end_line,
                            "endColumn": end_column,
                            "snippet": {"text": claim.text},
                        },
                    },
                    "message": {"text": f"{claim.source}: {claim.text} = {claim.value}"},
                }
            )
        results.append(
            {
                "ruleId": finding.verdict.value,
                "level": _LEVELS[finding.verdict],
                "message": {"text": f"{finding.kind.value}: {finding.subject} — {finding.reason}"},
                "locations": locations,
                "properties": {
                    "finding": finding.id,
                    "kind": finding.kind.value,
                    "score": finding.score,
                    "story": finding.story,
                },
            }
        )
    document = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "newscheck",
                        "rules": [
                            {
                                "id": v.value,
                                "shortDescription": {"text": _RULES[v]},
                                "defaultConfiguration": {"level": _LEVELS[v]},
                            }
                            for v in Verdict
                        ],
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)
