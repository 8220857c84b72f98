"""The whole run: load -> split -> extract -> align -> judge, as one call."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from checker.align import align
from checker.extract import extract_claims, stamp_dates
from checker.extract.dates import latest_past_full_date, year_for_day
from checker.internal import check_findings, internal_checks
from checker.judge import judge
from checker.load import load_articles
from checker.models import (
    Article,
    Check,
    Claim,
    ClaimKind,
    DateSource,
    Finding,
    Options,
    Report,
    Sentence,
    SourceSummary,
    StorySummary,
)
from checker.split import split_sentences
from checker.stories import group_stories

MAX_CLAIMS_PER_ARTICLE = 2000


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything known before alignment: the articles, their sentences and claims."""

    articles: tuple[Article, ...]
    sentences: dict[str, tuple[Sentence, ...]]
    claims: tuple[Claim, ...]
    warnings: tuple[str, ...]
    # The dates of stamp lines ("Posted Sunday 11 November 2029"): no claims, but their
    # weekdays are checked inside each article (see extract.stamp_dates).
    stamps: tuple[Claim, ...] = ()

    @property
    def sources(self) -> tuple[SourceSummary, ...]:
        per_source: dict[str, int] = {}
        for claim in self.claims:
            per_source[claim.source] = per_source.get(claim.source, 0) + 1
        return tuple(
            SourceSummary(
                id=a.id,
                path=a.path,
                published=a.published,
                published_from=a.published_from,
                sentences=len(self.sentences[a.id]),
                claims=per_source.get(a.id, 0),
                dateline=a.dateline,
                line_starts=line_starts(a.text),
            )
            for a in self.articles
        )


def line_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    position = text.find("\n")
    while position >= 0:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return tuple(starts)


def with_publication_date(article: Article) -> Article:
    """Infer a missing publication date from the latest full date the text reports as past."""
    if article.published is not None:
        return article
    inferred = latest_past_full_date(article.text[article.body_start :])
    if inferred is None:
        return article
    return dataclasses.replace(article, published=inferred, published_from=DateSource.INFERRED)


# Told (stage, done, total) as a run goes, so that a caller can show progress; the library
# itself never prints.
Progress = Callable[[str, int, int], None]


def prepare(
    articles: Sequence[Article], options: Options, progress: Progress | None = None
) -> Extraction:
    """Split and extract every article (already loaded)."""
    dated = tuple(with_publication_date(a) for a in articles)
    sentences = {a.id: split_sentences(a) for a in dated}
    claims: list[Claim] = []
    warnings: list[str] = []
    stamps: list[Claim] = []
    for done, article in enumerate(dated):
        if progress is not None:
            progress("extracting", done, len(dated))
        claims.extend(_claims_of(article, sentences[article.id], options, warnings))
        if ClaimKind.DATE in options.kinds:
            stamps.extend(stamp_dates(sentences[article.id]))
    return Extraction(dated, sentences, tuple(claims), tuple(warnings), tuple(stamps))


def _claims_of(
    article: Article, sentences: tuple[Sentence, ...], options: Options, warnings: list[str]
) -> list[Claim]:
    found = extract_claims(article, sentences, options.kinds, limit=MAX_CLAIMS_PER_ARTICLE)
    if len(found) > MAX_CLAIMS_PER_ARTICLE:
        # No article states thousands of checkable facts; this is a table dump or junk,
        # and comparing all of it would take minutes for nothing.
        warnings.append(
            f"{article.path}: more than {MAX_CLAIMS_PER_ARTICLE} claims; only the first "
            f"{MAX_CLAIMS_PER_ARTICLE} are compared"
        )
        found = found[:MAX_CLAIMS_PER_ARTICLE]
    return found


def extract_paths(
    paths: Sequence[str], options: Options, progress: Progress | None = None
) -> Extraction:
    loaded = load_articles(paths, options.published)
    extraction = prepare(loaded.articles, options, progress)
    return dataclasses.replace(extraction, warnings=loaded.warnings + extraction.warnings)


def compare(extraction: Extraction, options: Options, progress: Progress | None = None) -> Report:
    """Align and judge the claims of each story separately (all one story when
    ``options.group_stories`` is off)."""
    if options.group_stories:
        stories = tuple(
            StorySummary(s.id, s.sources, s.title)
            for s in group_stories(extraction.articles, extraction.sentences)
        )
    else:
        stories = (StorySummary(1, tuple(a.id for a in extraction.articles)),)
    extraction = _without_stray_inferred_dates(extraction, stories, options)
    published = {a.id: a.published for a in extraction.articles}
    story_of = {source: story.id for story in stories for source in story.sources}
    by_story: dict[int, list[Claim]] = {story.id: [] for story in stories}
    for claim in extraction.claims:
        by_story[story_of[claim.source]].append(claim)
    stamps_of: dict[int, list[Claim]] = {story.id: [] for story in stories}
    for stamp in extraction.stamps:
        stamps_of[story_of[stamp.source]].append(stamp)
    for story in stories:
        by_story[story.id] = _years_from_story(by_story[story.id], story.sources, published)
    findings = []
    checks: list[Check] = []
    for done, story in enumerate(stories):
        if progress is not None:
            progress("comparing", done, len(stories))
        story_checks = [
            dataclasses.replace(c, story=story.id)
            for c in internal_checks(
                by_story[story.id],
                extraction.sentences,
                stamps_of[story.id],
            )
        ]
        groups = align(
            by_story[story.id],
            extraction.sentences,
            options.min_score,
            story=story.id,
            published=published,
            wholes=_wholes(story_checks),
        )
        findings.extend(judge(group, published=published) for group in groups)
        checks.extend(story_checks)
        findings.extend(
            dataclasses.replace(f, story=story.id) for f in check_findings(story_checks)
        )
    findings.sort(key=_finding_order)
    numbered = tuple(dataclasses.replace(f, id=i) for i, f in enumerate(findings, start=1))
    warnings = extraction.warnings
    if options.group_stories and len(stories) > 1 and len(stories) == len(extraction.articles):
        # Short pieces on one event may share too few names to be told as one story; say
        # what to do rather than leave the reader with nothing compared.
        warnings += (
            f"each of the {len(stories)} articles is a story of its own (they share too few "
            "names to be grouped); if they report one event, run with --group none",
        )
    return Report(
        sources=extraction.sources,
        findings=numbered,
        warnings=warnings,
        stories=stories,
        checks=tuple(checks),
    )


# An inferred publication date further than this from its story's stated dates is wrong.
_INFERRED_REACH = 31  # days


def _without_stray_inferred_dates(
    extraction: Extraction, stories: Sequence[StorySummary], options: Options
) -> Extraction:
    """An undated article's date is inferred from the latest day it reports in the past
    tense, which may be years old (an explainer recalling the last ban, in 2022). Where its
    story's dated articles put it elsewhere, the inferred date is dropped and the article's
    claims are read again without one (their days then take the story's years)."""
    articles = {a.id: a for a in extraction.articles}
    stated = {a.id: a.stated_published for a in extraction.articles if a.stated_published}
    stray: dict[str, Article] = {}
    warnings = list(extraction.warnings)
    for story in stories:
        days = sorted(stated[s] for s in story.sources if s in stated)
        if not days:
            continue
        anchor = days[len(days) // 2]
        for source in story.sources:
            article = articles[source]
            if article.published_from is not DateSource.INFERRED or article.published is None:
                continue
            if abs((article.published - anchor).days) > _INFERRED_REACH:
                stray[source] = dataclasses.replace(
                    article, published=None, published_from=DateSource.NONE
                )
                warnings.append(
                    f"{article.path}: the date inferred from its text ({article.published}) is "
                    f"far from its story's ({anchor}); its dates are read without one"
                )
    if not stray:
        return extraction
    kept: dict[str, list[Claim]] = {}
    for claim in extraction.claims:
        if claim.source not in stray:
            kept.setdefault(claim.source, []).append(claim)
    claims: list[Claim] = []
    for article in extraction.articles:
        if article.id in stray:
            # (A cut at the claim limit was already reported when it was first read.)
            claims.extend(
                _claims_of(stray[article.id], extraction.sentences[article.id], options, [])
            )
        else:
            claims.extend(kept.get(article.id, ()))
    return dataclasses.replace(
        extraction,
        articles=tuple(stray.get(a.id, a) for a in extraction.articles),
        claims=tuple(claims),
        warnings=tuple(warnings),
    )


def _years_from_story(
    claims: list[Claim], sources: Sequence[str], published: Mapping[str, dt.date | None]
) -> list[Claim]:
    """An undated article's "March 9" takes the year that puts it nearest the publication
    dates of its story's other articles (a radio transcript among dated reports), when one
    lies within half a year; otherwise it stays a day without a year."""
    days = sorted(day for source in sources if (day := published.get(source)) is not None)
    if not days:
        return claims
    anchor = days[len(days) // 2]
    dated = []
    for claim in claims:
        undated = claim.kind is ClaimKind.DATE and published.get(claim.source) is None
        value = year_for_day(claim.value, anchor) if undated else None
        dated.append(dataclasses.replace(claim, value=value, resolved=True) if value else claim)
    return dated


def check(
    paths: Sequence[str], options: Options | None = None, progress: Progress | None = None
) -> Report:
    """Read the articles at ``paths`` and cross-check their claims."""
    options = options or Options()
    return compare(extract_paths(paths, options, progress), options, progress)


def _wholes(checks: Sequence[Check]) -> dict[tuple[str, int], float]:
    """(source, start) of each part of a sum checked inside an article -> its total."""
    wholes = {}
    for check in checks:
        total, *parts = check.claims
        # (Not of sums found by the figures alone: "€9,000 and €6,000" beside "€15,000" in
        # a list of prizes are no parts of it, though they come to it.)
        if check.check == "sum" and total.quantity is not None and not check.inferred:
            for part in parts:
                wholes[(part.source, part.start)] = total.quantity.amount
    return wholes


def _finding_order(finding: Finding) -> tuple[int, int, int, int, str, int]:
    sources = len({c.source for c in finding.claims})
    first = finding.claims[0]
    kind_rank = list(type(finding.kind)).index(finding.kind)
    return (finding.verdict.rank, finding.story, -sources, kind_rank, first.source, first.start)
