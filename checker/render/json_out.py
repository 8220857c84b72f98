"""JSON documents: ``newscheck/compare/v1`` and ``newscheck/claims/v1``.

These are contracts other tools pipe on: fields may be added, never renamed or dropped
without a new schema version.
"""

from __future__ import annotations

import json
from typing import Any

from checker.models import Check, Claim, Finding, Report, Sentence, SourceSummary

COMPARE_SCHEMA = "newscheck/compare/v1"
CLAIMS_SCHEMA = "newscheck/claims/v1"
SENTENCES_SCHEMA = "newscheck/sentences/v1"


def source_json(source: SourceSummary) -> dict[str, Any]:
    return {
        "id": source.id,
        "path": source.path,
        "published": source.published.isoformat() if source.published else None,
        "published_from": source.published_from.value,
        "dateline": source.dateline,
        "sentences": source.sentences,
        "claims": source.claims,
    }


def claim_json(claim: Claim) -> dict[str, Any]:
    data: dict[str, Any] = {
        "source": claim.source,
        "sentence": claim.sentence,
        "kind": claim.kind.value,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "value": claim.value,
        "speaker": claim.speaker,
        "speaker_is_organisation": claim.speaker_is_organisation,
        "context": claim.context,
        "resolved": claim.resolved,
    }
    if claim.quantity is not None:
        quantity = claim.quantity
        data.update(
            unit=quantity.unit,
            dimension=quantity.dimension,
            qualifier=quantity.qualifier,
            baseline=quantity.baseline,
        )
        if quantity.against is not None:
            data["against"] = quantity.against  # a score's other side: 3-1 is 3 against 1
    if claim.neighbour:
        data["neighbour"] = claim.neighbour
    return data


def finding_json(finding: Finding) -> dict[str, Any]:
    return {
        "id": finding.id,
        "kind": finding.kind.value,
        "verdict": finding.verdict.value,
        "subject": finding.subject,
        "reason": finding.reason,
        "score": finding.score,
        "story": finding.story,
        "agreeing": list(finding.agreeing),
        "differing": list(finding.differing),
        "known": finding.known,
        "claims": [claim_json(c) for c in finding.claims],
    }


def check_json(check: Check) -> dict[str, Any]:
    return {
        "source": check.source,
        "check": check.check,
        "holds": check.holds,
        "subject": check.subject,
        "reason": check.reason,
        "story": check.story,
        "inferred": check.inferred,
        "claims": [claim_json(c) for c in check.claims],
    }


def compare_document(report: Report) -> dict[str, Any]:
    return {
        "schema": COMPARE_SCHEMA,
        "sources": [source_json(s) for s in report.sources],
        "stories": [
            {"id": s.id, "sources": list(s.sources), "title": s.title} for s in report.stories
        ],
        "findings": [finding_json(f) for f in report.findings],
        # Checks inside one article (sums, changes, weekdays), held or not; a failed one is
        # also a conflict finding.
        "checks": [check_json(c) for c in report.checks],
        "summary": report.summary,
        "warnings": list(report.warnings),
    }


def claims_document(
    sources: tuple[SourceSummary, ...], claims: tuple[Claim, ...], warnings: tuple[str, ...]
) -> dict[str, Any]:
    return {
        "schema": CLAIMS_SCHEMA,
        "sources": [source_json(s) for s in sources],
        "claims": [claim_json(c) for c in claims],
        "warnings": list(warnings),
    }


def sentences_document(
    sources: tuple[SourceSummary, ...], sentences: dict[str, tuple[Sentence, ...]]
) -> dict[str, Any]:
    return {
        "schema": SENTENCES_SCHEMA,
        "sources": [source_json(s) for s in sources],
        "sentences": [
            {
                "source": s.source,
                "index": s.index,
                "text": s.text,
                "start": s.start,
                "end": s.end,
                "role": s.role,
            }
            for source in sources
            for s in sentences[source.id]
        ],
    }


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2)
