"""Baselines: findings of an earlier report that a CI run should not fail on again."""

from __future__ import annotations

import dataclasses
import json

from checker.models import Claim, ClaimKind, Finding, Report
from checker.render.json_out import COMPARE_SCHEMA


class BaselineError(Exception):
    """The baseline file is not a newscheck compare report."""


def read_baseline(text: str) -> frozenset[str]:
    """Fingerprints of the findings in a previous ``newscheck/compare/v1`` JSON report."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise BaselineError(f"baseline is not JSON ({error.msg}, line {error.lineno})") from None
    if not isinstance(document, dict) or document.get("schema") != COMPARE_SCHEMA:
        raise BaselineError(f"baseline is not a {COMPARE_SCHEMA} report")
    fingerprints = set()
    for item in document.get("findings", []):
        try:
            claims = tuple(
                Claim(c["source"], 0, ClaimKind(item["kind"]), c["text"], 0, 0, c["value"], "")
                for c in item["claims"]
            )
        except (KeyError, TypeError, ValueError):
            raise BaselineError("baseline has a finding without kind or claims") from None
        fingerprints.add(
            Finding(0, ClaimKind(item["kind"]), item["verdict"], "", "", claims).fingerprint
        )
    return frozenset(fingerprints)


def mark_known(report: Report, known: frozenset[str]) -> Report:
    findings = tuple(
        dataclasses.replace(f, known=True) if f.fingerprint in known else f for f in report.findings
    )
    return dataclasses.replace(report, findings=findings)
