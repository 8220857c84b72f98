"""Stage 3: typed claims from sentences, one module per claim kind."""

from __future__ import annotations

from dataclasses import replace

from checker.extract.common import content_words
from checker.extract.dates import extract_dates
from checker.extract.numbers import extract_numbers
from checker.extract.quotes import extract_quotes
from checker.models import Article, Claim, ClaimKind, Sentence

__all__ = ["extract_claims"]

# A sentence with fewer content words than this borrows the one before it as context.
_SHORT_SENTENCE = 5


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
    claims = [_with_neighbour(c, sentences) for c in claims]
    claims.sort(key=lambda c: (c.start, c.end, c.kind.value))
    return tuple(claims)


def _with_neighbour(claim: Claim, sentences: tuple[Sentence, ...]) -> Claim:
    if claim.kind is ClaimKind.QUOTE or not 0 < claim.sentence < len(sentences):
        return claim
    sentence = sentences[claim.sentence]
    if sentence.role != "post" and len(content_words(sentence.text)) >= _SHORT_SENTENCE:
        return claim
    return replace(claim, neighbour=sentences[claim.sentence - 1].text)
