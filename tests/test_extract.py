"""Extraction: expected claims as data (tests/cases/*.json), run through parametrize."""

from __future__ import annotations

import json

import pytest

from checker.models import ClaimKind, Options
from checker.pipeline import prepare
from tests.conftest import CASES, article, extract

DATE_CASES = json.loads((CASES / "dates.json").read_text(encoding="utf-8"))
NUMBER_CASES = json.loads((CASES / "numbers.json").read_text(encoding="utf-8"))
QUOTE_CASES = json.loads((CASES / "quotes.json").read_text(encoding="utf-8"))


def _claims(text: str, kind: ClaimKind, published: str | None = None):
    from checker.models import Options
    from checker.pipeline import prepare

    extraction = prepare([article(text, published=published)], Options())
    return [c for c in extraction.claims if c.kind is kind]


@pytest.mark.parametrize("case", DATE_CASES, ids=lambda c: c["text"][:40])
def test_dates(case):
    found = [[c.text, c.value] for c in _claims(case["text"], ClaimKind.DATE, case["published"])]
    assert found == case["expect"]


@pytest.mark.parametrize("case", NUMBER_CASES, ids=lambda c: c["text"][:40])
def test_numbers(case):
    found = [[c.text, c.value] for c in _claims(case["text"], ClaimKind.NUMBER)]
    assert found == case["expect"]


@pytest.mark.parametrize("case", QUOTE_CASES, ids=lambda c: c["text"][:40])
def test_quotes(case):
    found = [[c.value, c.speaker] for c in _claims(case["text"], ClaimKind.QUOTE)]
    assert found == case["expect"]


def test_claims_keep_source_sentence_and_span():
    extraction = extract(" date 2025-09-02 OSLO: The envoys met on Monday. Trade rose 5%.")
    text = extraction.articles[0].text
    for claim in extraction.claims:
        assert text[claim.start : claim.end] == claim.text
        sentence = extraction.sentences["a.txt"][claim.sentence]
        assert sentence.start <= claim.start < claim.end <= sentence.end
        assert claim.context == sentence.text
        assert claim.source == "a.txt"


def test_dateline_is_not_a_claim():
    extraction = extract(" date 2025-09-02 NEW DELHI (Agency) — The minister met on Monday.")
    assert extraction.articles[0].dateline == "NEW DELHI (Agency)"
    assert [c.text for c in extraction.claims] == ["on Monday"]


def test_qualifiers_and_baselines_are_kept():
    (growth,) = _claims("Trade grew 100% from the previous year.", ClaimKind.NUMBER)
    assert growth.quantity is not None
    assert growth.quantity.baseline == "from the previous year"
    (count,) = _claims("Nearly 1,000 people fled.", ClaimKind.NUMBER)
    assert count.quantity is not None
    assert count.quantity.qualifier == "nearly"
    assert count.value == "1000 people"


def test_percent_and_points_are_different_units():
    percent, points = _claims(
        "Inflation rose 2% and rates rose 2 percentage points.", ClaimKind.NUMBER
    )
    assert (percent.value, points.value) == ("2 %", "2 pp")


def test_publication_date_is_inferred_from_the_latest_past_date():
    extraction = extract(
        "The talks ended on May 3, 2024.\n— A Person (@person) May 5, 2024\n"
        "The next round will be held on June 9, 2024."
    )
    source = extraction.articles[0]
    assert source.published is not None and source.published.isoformat() == "2024-05-05"
    assert source.published_from.value == "inferred"


def test_hostile_input_is_capped_with_a_warning():
    from checker.pipeline import MAX_CLAIMS_PER_ARTICLE

    extraction = prepare([article("May 5, " * 5000, published="2025-09-02")], Options())
    assert len(extraction.claims) == MAX_CLAIMS_PER_ARTICLE
    assert any("only the first" in w for w in extraction.warnings)


def test_every_date_pattern_names_existing_gates():
    import checker.extract.dates as dates

    named = {gate for *_, needs in dates._PATTERNS for need in needs for gate in need.split("+")}
    assert named <= dates._GATES.keys()
    assert all(needs for *_, needs in dates._PATTERNS)


def test_a_price_without_its_currency_is_in_the_one_currency_its_article_uses():
    """ "sold for 47.6 million" in a transcript that says dollars elsewhere is $47.6m; with
    two currencies in the article, or no price verb before it, it stays a number."""
    one = _claims(
        "The seller had hoped for $40 million. In the end the painting sold for 47.6 million.",
        ClaimKind.NUMBER,
    )
    assert [c.value for c in one] == ["40000000 USD", "47600000 USD"]
    two = _claims(
        "The seller had hoped for $40 million, or €37 million. It sold for 47.6 million.",
        ClaimKind.NUMBER,
    )
    assert two[-1].value == "47600000"
    visitors = _claims("Tickets cost $20. The museum had 1.2 million visitors.", ClaimKind.NUMBER)
    assert visitors[-1].quantity.dimension == "count"


def test_an_organisation_speaking_is_told_from_a_person():
    """'Tarlow, which runs 40 depots, said ...' is a firm speaking; 'Farmer Gwen Harrow, whose
    sheep graze the moor, said ...' and 'Kaye said it was ...' are people."""
    told = {
        c.speaker: c.speaker_is_organisation
        for text in (
            'Tarlow, which runs 40 depots, said it was "reviewing every option".',
            'Farmer Gwen Harrow, whose sheep graze the moor, said: "I heard three bangs."',
            'Council leader Deborah Kaye said it was "money well spent".',
        )
        for c in _claims(text, ClaimKind.QUOTE)
    }
    assert told == {"Tarlow": True, "Gwen Harrow": False, "Deborah Kaye": False}


def test_a_headlines_present_verb_before_a_bare_weekday_is_a_schedule():
    from tests.conftest import extract

    # Published on a Monday: the service departs on the Friday to come, not the one gone.
    claims = extract(
        "First sleeper service departs Friday\n\nThe new overnight train will carry its "
        "first passengers this week.",
        published="2029-12-10",
    ).claims
    assert ("Friday", "2029-12-14") in {(c.text, c.value) for c in claims}


def test_crowns_unnamed_by_country_are_money():
    found = _claims(
        "Closing the gap would cost half a billion kroner; the fee is 2,000 krona.",
        ClaimKind.NUMBER,
    )
    assert [c.quantity.dimension for c in found] == ["money", "money"]


def test_a_bound_told_after_the_figure_qualifies_it():
    found = _claims(
        "Residents face six weeks at the very least away; 40 homes or more are empty, and "
        "repairs take a year or so.",
        ClaimKind.NUMBER,
    )
    assert [(c.text, c.quantity.qualifier) for c in found] == [
        ("six weeks", "at least"),
        ("40 homes", "at least"),
    ]
