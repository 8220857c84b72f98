"""Stage 5: a verdict for each aligned group, with the reason for it.

- conflict: two claims cannot both be true (across sources, or inside one source);
- agree: two or more sources state the same thing (and nothing differs);
- variant: compatible but not the same (rounded, a month against its day, other words,
  another baseline), or not comparable (other currencies);
- single: one source only, so nothing corroborates it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from itertools import combinations

from rapidfuzz import fuzz

from checker.compare import (
    LOWER_BOUNDS,
    Comparison,
    Relation,
    compare_claims,
    digits_swapped,
    quote_words,
)
from checker.models import Claim, ClaimKind, Finding, Group, Verdict
from checker.subject import write_subject


def judge(
    group: Group,
    finding_id: int = 0,
    published: Mapping[str, dt.date | None] | None = None,
) -> Finding:
    """The verdict on one group; ``published`` (source -> date) lets a count that grew
    between two publication dates be reported as a later report."""
    claims = group.claims
    sources = list(dict.fromkeys(c.source for c in claims))
    comparisons: list[tuple[Claim, Claim, Comparison]] = [
        (a, b, compare_claims(a, b))
        for a, b in combinations(claims, 2)
        # Parts of one source's statement are not compared with each other.
        if not (group.kind is ClaimKind.QUOTE and a.source == b.source)
    ]
    if group.kind is ClaimKind.QUOTE:
        comparisons = [_parts_of_one(item, claims) for item in comparisons]
    comparisons = [_overtaken(item, published or {}) for item in comparisons]
    # Reasons cite a pair across sources first, the most alike pair first among those.
    comparisons.sort(
        key=lambda item: (item[0].source == item[1].source, -_likeness(item[0], item[1]))
    )
    different = [item for item in comparisons if item[2].relation is Relation.DIFFERENT]
    loose = [item for item in comparisons if item[2].relation is not Relation.SAME]
    agreeing, differing = _majority(claims, sources)
    if different:
        verdict = Verdict.CONFLICT
        reason = _later_report(different, published or {}) or _conflict_reason(
            different, len(sources)
        )
    elif len(sources) == 1:
        if loose:
            verdict = Verdict.VARIANT
            a, b, comparison = loose[0]
            reason = f"only {sources[0]} states this, twice and not alike: {comparison.why}"
        else:
            verdict = Verdict.SINGLE
            times = f" ({len(claims)} times)" if len(claims) > 1 else ""
            reason = f"only {sources[0]} states this{times}; no other source corroborates it"
    elif not loose:
        verdict = Verdict.AGREE
        reason = f"{len(sources)} sources state {_shown(claims[0])}"
    else:
        verdict = Verdict.VARIANT
        a, b, comparison = loose[0]
        reason = f"{comparison.why} ({a.source}: {_shown(a)}; {b.source}: {_shown(b)})"
    if len(sources) >= 3 and verdict in (Verdict.CONFLICT, Verdict.VARIANT) and differing:
        agree_words = "source agrees" if len(agreeing) == 1 else "sources agree"
        differ_word = "differs" if len(differing) == 1 else "differ"
        reason = (
            f"{len(agreeing)} {agree_words}, {len(differing)} {differ_word} "
            f"({', '.join(differing)}); " + reason
        )
    return Finding(
        id=finding_id,
        kind=group.kind,
        verdict=verdict,
        subject=write_subject(claims),
        reason=reason,
        claims=claims,
        score=group.score,
        story=group.story,
        agreeing=tuple(agreeing) if len(sources) > 1 else (),
        differing=tuple(differing) if len(sources) > 1 else (),
    )


def _parts_of_one(
    item: tuple[Claim, Claim, Comparison], claims: tuple[Claim, ...]
) -> tuple[Claim, Claim, Comparison]:
    """Two excerpts of one longer quotation that a third source gives whole ("Our first
    thought is with the passengers" and "with the passengers who went through a frightening
    night") quote the same words, though neither contains the other."""
    a, b, comparison = item
    if comparison.relation is not Relation.COMPATIBLE:
        return item
    left, right = f" {quote_words(a.value)} ", f" {quote_words(b.value)} "
    for whole in claims:
        words = f" {quote_words(whole.value)} "
        if whole is not a and whole is not b and left in words and right in words:
            return a, b, Comparison(Relation.SAME, f"both quote parts of {whole.source}'s words")
    return item


def _likeness(a: Claim, b: Claim) -> float:
    return fuzz.ratio(a.value, b.value)


_OVERTAKEN = 1.5  # how far a later count must pass an earlier lower bound


def _overtaken(
    item: tuple[Claim, Claim, Comparison], published: Mapping[str, dt.date | None]
) -> tuple[Claim, Claim, Comparison]:
    """ "at least 20 people have been hurt" in an early report, and 38 in a later one: the
    bound allows 38, but a reader is owed the update, not a variant. (On one day, "more than
    a dozen" and 14 stay compatible.)"""
    a, b, comparison = item
    if comparison.relation is not Relation.COMPATIBLE or not (_whole_count(a) and _whole_count(b)):
        return item
    day_a, day_b = published.get(a.source), published.get(b.source)
    if day_a is None or day_b is None or day_a == day_b:
        return item
    earlier, later = (a, b) if day_a < day_b else (b, a)
    bound, count = earlier.quantity, later.quantity
    assert bound is not None and count is not None
    if bound.qualifier not in LOWER_BOUNDS or count.qualifier:
        return item
    if count.amount < _OVERTAKEN * bound.amount:
        return item
    why = f"an earlier lower bound, since passed ({comparison.why})"
    return a, b, Comparison(Relation.DIFFERENT, why)


def _whole_count(claim: Claim) -> bool:
    quantity = claim.quantity
    return (
        claim.kind is ClaimKind.NUMBER
        and quantity is not None
        and quantity.dimension == "count"
        and float(quantity.amount).is_integer()
    )


def _shown(claim: Claim) -> str:
    if claim.kind is ClaimKind.QUOTE:
        words = claim.value.split()
        return "“" + " ".join(words[:10]) + ("…" if len(words) > 10 else "") + "”"
    if claim.value != claim.text:
        return f"{claim.text} = {claim.value}"
    return claim.value


def _later_report(
    different: list[tuple[Claim, Claim, Comparison]],
    published: Mapping[str, dt.date | None],
) -> str | None:
    """ "later report: ..." when every disagreement is a count that changed between two
    publication dates (a death toll rising overnight), not two sources at odds. Only whole
    counts are updated so: a closing price or an index level of one day stays what it was."""
    steps = []
    for a, b, _ in different:
        day_a, day_b = published.get(a.source), published.get(b.source)
        if not (_whole_count(a) and _whole_count(b)):
            return None
        if day_a is None or day_b is None or day_a == day_b:
            return None
        if a.quantity and b.quantity and digits_swapped(a.quantity, b.quantity):
            return None  # "146" then "164": digits swapped are a slip, not a count that grew
        earlier, later = (a, b) if day_a < day_b else (b, a)
        steps.append((earlier, later))
    earlier, later = steps[0]
    return (
        f"later report: {earlier.source} ({published[earlier.source]}) gave "
        f"{_shown(earlier)}, {later.source} ({published[later.source]}) gives {_shown(later)}"
    )


def _conflict_reason(different: list[tuple[Claim, Claim, Comparison]], sources: int) -> str:
    a, b, comparison = different[0]
    if a.source == b.source:
        return f"{a.source} contradicts itself: {_shown(a)} vs {_shown(b)} ({comparison.why})"
    return f"{a.source}: {_shown(a)} vs {b.source}: {_shown(b)} ({comparison.why})"


def _majority(claims: tuple[Claim, ...], sources: list[str]) -> tuple[list[str], list[str]]:
    """Sources holding the most common value, and the rest."""
    first_value = {}
    for claim in claims:
        first_value.setdefault(claim.source, claim)
    counts = Counter(c.value for c in first_value.values())
    if not counts:
        return [], []
    top = max(counts.items(), key=lambda item: (item[1], -list(counts).index(item[0])))[0]
    reference = next(c for c in first_value.values() if c.value == top)
    agreeing, differing = [], []
    for source in sources:
        claim = first_value[source]
        same = claim.value == top or compare_claims(reference, claim).relation is Relation.SAME
        (agreeing if same else differing).append(source)
    return agreeing, differing
