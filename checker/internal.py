"""Checks inside one article that need no other source.

A date written with its weekday must fall on that weekday ("Monday, September 2, 2025" is
wrong: September 2, 2025 was a Tuesday). Each failure is a conflict finding of one claim.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from checker.models import Claim, ClaimKind, Finding, Verdict

_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|nesday|urday)?\b", re.I)


def _named_weekday(text: str) -> int | None:
    match = _WEEKDAY.match(text)
    if not match:
        return None
    prefix = match.group(1).lower()[:3]
    return next(i for i, name in enumerate(_WEEKDAY_NAMES) if name.startswith(prefix))


def weekday_mismatches(claims: Sequence[Claim]) -> list[Finding]:
    """Dates written with a weekday they do not fall on."""
    findings = []
    for claim in claims:
        if claim.kind is not ClaimKind.DATE or not re.fullmatch(r"\d{4}-\d\d-\d\d", claim.value):
            continue
        named = _named_weekday(claim.text.lstrip())
        if named is None:
            continue
        actual = dt.date.fromisoformat(claim.value).weekday()
        if actual != named:
            findings.append(
                Finding(
                    id=0,
                    kind=ClaimKind.DATE,
                    verdict=Verdict.CONFLICT,
                    subject=claim.text,
                    reason=(
                        f"{claim.source} says {_WEEKDAY_NAMES[named].title()}, but {claim.value} "
                        f"is a {_WEEKDAY_NAMES[actual].title()}"
                    ),
                    claims=(claim,),
                )
            )
    return findings
