"""Stage 3: typed claims from sentences, one module per claim kind."""

from __future__ import annotations

from checker.extract.dates import extract_dates
from checker.extract.numbers import extract_numbers
from checker.extract.quotes import extract_quotes
from checker.models import Article, Claim, ClaimKind, Sentence

__all__ = ["extract_claims"]


def extract_claims(
    article: Article,
    sentences: tuple[Sentence, ...],
    kinds: frozenset[ClaimKind] = frozenset(ClaimKind),
) -> tuple[Claim, ...]:
    """Every claim of the article, ordered by position then kind."""
    claims: list[Claim] = []
    for sentence in sentences:
        dates = extract_dates(sentence, article.published)
        taken = [(c.start - sentence.start, c.end - sentence.start) for c in dates]
        if ClaimKind.DATE in kinds:
            claims.extend(dates)
        if ClaimKind.NUMBER in kinds:
            claims.extend(extract_numbers(sentence, taken))
    if ClaimKind.QUOTE in kinds:
        claims.extend(extract_quotes(article, sentences))
    claims.sort(key=lambda c: (c.start, c.end, c.kind.value))
    return tuple(claims)
