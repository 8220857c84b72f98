"""Alignment and verdicts on small hand-written article pairs, and on hand-built groups."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.align import align
from checker.judge import judge
from checker.models import Claim, ClaimKind, Group, Options, Quantity, Verdict
from checker.pipeline import compare, prepare
from tests.conftest import ROOT, article, extract


def findings_of(*texts, published="2025-09-02", group=True):
    options = Options(group_stories=group)
    return compare(extract(*texts, published=published), options).findings


def findings_dated(*dated):
    """The findings across articles a.txt, b.txt, ... each (text, publication day)."""
    articles = [
        article(text, f"{chr(ord('a') + i)}.txt", day) for i, (text, day) in enumerate(dated)
    ]
    return compare(prepare(articles, Options()), Options()).findings


def conflicts_of(*texts, published="2025-09-02", group=True, kind=None):
    """The claim texts of each conflict (of ``kind``, if given) found across ``texts``
    (shown when an assert fails)."""
    return [
        sorted(c.text for c in f.claims)
        for f in findings_of(*texts, published=published, group=group)
        if f.verdict is Verdict.CONFLICT and (kind is None or f.kind is kind)
    ]


def conflict_values(findings, kind=None):
    """The sorted claim values of each conflict (of ``kind``, if given) among ``findings``."""
    return [
        sorted(c.value for c in f.claims)
        for f in findings
        if f.verdict is Verdict.CONFLICT and (kind is None or f.kind is kind)
    ]


def assert_found(findings, verdict, texts, exact=False):
    """Some finding of ``verdict`` holds the claims ``texts`` (only them, when ``exact``)."""
    wanted = set(texts)
    assert any(
        f.verdict is verdict
        and (
            {c.text for c in f.claims} == wanted if exact else {c.text for c in f.claims} >= wanted
        )
        for f in findings
    ), [(f.verdict.value, [c.text for c in f.claims]) for f in findings]


def test_weekday_against_date_conflict():
    findings = findings_of(
        "Fisheries ministers signed the Arctic quota pact on Monday in Tromso, officials said.",
        "The Arctic quota pact was signed by fisheries ministers in Tromso on September 3, 2025.",
    )
    (conflict,) = [f for f in findings if f.verdict is Verdict.CONFLICT]
    assert conflict.kind is ClaimKind.DATE
    assert {c.value for c in conflict.claims} == {"2025-09-01", "2025-09-03"}
    assert "quota pact" in conflict.subject


def test_same_figure_agrees_and_a_rounded_one_is_a_variant():
    findings = findings_of(
        "The port authority said cargo volumes reached 4.2 million tonnes in the first half.",
        "Cargo volumes at the port reached 4.2 million tonnes in the first half, it said.",
        "The port handled 4.23 million tonnes of cargo in the first half, its authority reported.",
    )
    (finding,) = [f for f in findings if f.kind is ClaimKind.NUMBER]
    assert finding.verdict is Verdict.VARIANT
    assert len({c.source for c in finding.claims}) == 3


def test_unrelated_figures_are_not_compared():
    assert not conflicts_of(
        "The ferry carried 212 passengers when it sank off the coast.",
        "Rescuers have pulled 40 bodies from the water near the wreck, police said.",
    )


def test_claims_of_one_source_never_agree():
    findings = findings_of(
        "The bridge reopened on Monday. Traffic returned to the bridge, reopened on Monday.",
    )
    assert all(f.verdict is not Verdict.AGREE for f in findings)


def _claim(source, value, kind=ClaimKind.DATE, text=None, quantity=None, speaker=None):
    return Claim(
        source,
        0,
        kind,
        text or value,
        0,
        len(text or value),
        value,
        f"context with {text or value}",
        speaker=speaker,
        quantity=quantity,
    )


def test_judge_verdicts_on_hand_built_groups():
    agree = judge(Group(ClaimKind.DATE, (_claim("a", "2025-11"), _claim("b", "2025-11")), 80))
    assert agree.verdict is Verdict.AGREE
    conflict = judge(
        Group(ClaimKind.DATE, (_claim("a", "2025-09-01"), _claim("b", "2025-09-02")), 80)
    )
    assert conflict.verdict is Verdict.CONFLICT
    assert "2025-09-01" in conflict.reason and "2025-09-02" in conflict.reason
    variant = judge(Group(ClaimKind.DATE, (_claim("a", "2025-09"), _claim("b", "2025-09-02")), 80))
    assert variant.verdict is Verdict.VARIANT
    single = judge(Group(ClaimKind.DATE, (_claim("a", "2025-09"), _claim("a", "2025-09")), 80))
    assert single.verdict is Verdict.SINGLE
    inner = judge(Group(ClaimKind.DATE, (_claim("a", "2024"), _claim("a", "2023")), 80))
    assert inner.verdict is Verdict.CONFLICT and "contradicts itself" in inner.reason


def test_judge_names_the_outlier_among_many_sources():
    claims = (*(_claim(s, "2025-03-04") for s in "abc"), _claim("d", "2025-03-05"))
    finding = judge(Group(ClaimKind.DATE, claims, 80))
    assert finding.verdict is Verdict.CONFLICT
    assert finding.agreeing == ("a", "b", "c") and finding.differing == ("d",)
    assert finding.reason.startswith("3 sources agree, 1 differs (d)")


def test_baselines_make_a_variant_within_one_source():
    base = {"amount": 100.0, "unit": "%", "dimension": "percent"}
    one = _claim(
        "a", "100 %", ClaimKind.NUMBER, "100%", Quantity(**base, baseline="from the previous year")
    )
    two = _claim(
        "a", "100 %", ClaimKind.NUMBER, "100%", Quantity(**base, baseline="from previous levels")
    )
    finding = judge(Group(ClaimKind.NUMBER, (one, two), 60))
    assert finding.verdict is Verdict.VARIANT
    assert "baselines" in finding.reason


SEED_LIKE = extract(
    "Officials met on Monday in Lisbon and agreed a $3 billion fund. "
    "The fund will open in March, the minister said.",
    "A $3.1 billion fund was agreed in Lisbon on September 1, 2025. It opens in March.",
    "Ministers meeting in Lisbon agreed to set up a fund worth $3 billion on Monday.",
)


@settings(max_examples=25, deadline=None)
@given(st.permutations(SEED_LIKE.claims))
def test_alignment_does_not_depend_on_input_order(claims):
    expected = {
        frozenset((c.source, c.start) for c in g.claims)
        for g in align(SEED_LIKE.claims, SEED_LIKE.sentences)
    }
    shuffled = {
        frozenset((c.source, c.start) for c in g.claims) for g in align(claims, SEED_LIKE.sentences)
    }
    assert shuffled == expected


def test_a_figure_that_changed_between_publication_dates_is_a_later_report():
    import datetime as dt

    early = _claim(
        "a", "12 people", ClaimKind.NUMBER, "12 people", Quantity(amount=12.0, unit="people")
    )
    late = _claim(
        "b", "19 people", ClaimKind.NUMBER, "19 people", Quantity(amount=19.0, unit="people")
    )
    published = {"a": dt.date(2026, 3, 3), "b": dt.date(2026, 3, 4)}
    finding = judge(Group(ClaimKind.NUMBER, (early, late), 60), published=published)
    assert finding.verdict is Verdict.CONFLICT
    assert finding.reason.startswith("later report: a (2026-03-03) gave 12 people")
    same_day = judge(
        Group(ClaimKind.NUMBER, (early, late), 60),
        published={"a": dt.date(2026, 3, 4), "b": dt.date(2026, 3, 4)},
    )
    assert not same_day.reason.startswith("later report")
    # An index level or a price of one day is not updated by a later article.
    levels = [
        _claim(s, text, ClaimKind.NUMBER, text, Quantity(amount=float(text), unit=""))
        for s, text in (("a", "3412.5"), ("b", "3421.5"))
    ]
    level = judge(Group(ClaimKind.NUMBER, tuple(levels), 60), published=published)
    assert level.verdict is Verdict.CONFLICT
    assert not level.reason.startswith("later report")


def test_an_early_lower_bound_passed_by_a_later_count_is_a_later_report():
    """ "at least 20 people have been hurt" on the night, "38 people were injured" the next
    day: the bound allows 38, but the reader is owed the update. On one day, or when the
    count is near the bound ("more than 12", then 14), the two stay compatible."""
    import datetime as dt

    def count(source, amount, qualifier=None):
        quantity = Quantity(amount=float(amount), unit="people", qualifier=qualifier)
        return _claim(source, f"{amount} people", ClaimKind.NUMBER, f"{amount}", quantity)

    bound, count_later = count("a", 20, "at least"), count("b", 38)
    published = {"a": dt.date(2026, 3, 3), "b": dt.date(2026, 3, 4)}
    finding = judge(Group(ClaimKind.NUMBER, (bound, count_later), 60), published=published)
    assert finding.verdict is Verdict.CONFLICT
    assert finding.reason.startswith("later report: a (2026-03-03)")
    same_day = {"a": dt.date(2026, 3, 4), "b": dt.date(2026, 3, 4)}
    assert (
        judge(Group(ClaimKind.NUMBER, (bound, count_later), 60), published=same_day).verdict
        is Verdict.VARIANT
    )
    near = (count("a", 12, "more than"), count("b", 14))
    assert judge(Group(ClaimKind.NUMBER, near, 60), published=published).verdict is Verdict.VARIANT


_STRANDED = (
    "The Ostvik ferry operator said 120 passengers were stranded at the port overnight after "
    "the storm."
)


@pytest.mark.parametrize(("other", "differs"), [("410", False), ("1,200", True), ("210", True)])
def test_a_figure_far_from_another_needs_more_likeness_to_be_one_fact(other, differs):
    """'120' and '410' in sentences alike only in part are two counts; '1,200' (the same
    digits) and '210' (transposed) are the slips one fact is told with."""
    findings = findings_of(
        _STRANDED,
        f"Some {other} passengers spent the night in the terminal, a spokesman told reporters.",
        published="2026-03-10",
        group=False,
    )
    conflicts = [f for f in findings if f.verdict is Verdict.CONFLICT]
    assert bool(conflicts) is differs, [f.reason for f in conflicts]


@pytest.mark.parametrize(("later", "differs"), [("b.txt", True), ("a.txt", False)])
def test_a_count_that_grew_far_by_a_later_article_is_a_later_report(later, differs):
    from tests.conftest import article

    texts = {
        "a.txt": _STRANDED,
        "b.txt": "Some 410 passengers spent the night in the terminal, a spokesman told reporters.",
    }
    articles = [
        article(text, source, "2026-03-11" if source == later else "2026-03-10")
        for source, text in texts.items()
    ]
    findings = compare(prepare(articles, Options()), Options(group_stories=False)).findings
    conflicts = [f for f in findings if f.verdict is Verdict.CONFLICT]
    assert bool(conflicts) is differs, [f.reason for f in conflicts]
    assert all(f.reason.startswith("later report") for f in conflicts)


def test_the_level_a_change_reached_is_not_the_level_it_left():
    """'from 4.25% to 5.00%' and 'by 75 basis points to 5.25%': the weekly's 5.25% is the
    new rate misreported, not the old one."""
    findings = findings_of(
        "The Ostmark central bank raised its policy rate by 75 basis points, from 4.25% to "
        "5.00%, on Thursday.",
        "On Thursday the Ostmark central bank lifted its benchmark rate by 75 basis points to "
        "5.25%.",
        "The Ostmark central bank took its policy rate to 5.00% from 4.25% on Thursday, a "
        "bigger step than expected.",
        published="2028-11-17",
        group=False,
    )
    conflicts = conflict_values(findings)
    assert conflicts == [["5 %", "5 %", "5.25 %"]], conflicts


def test_the_level_a_change_reached_past_a_comma_is_the_new_level():
    """'up by half a percentage point, to 3.75 percent': the level reached, told after a
    comma, is the new rate misreported, not the rate it left."""
    findings = findings_of(
        "The Halvic National Bank lifted its one-week deposit rate to 3.50% from 3.00%, "
        "effective Tuesday.",
        "At an extraordinary meeting this morning the board decided to raise the one-week "
        "deposit rate by 50 basis points, from 3.00 percent to 3.50 percent.",
        "The deposit rate went up 50 basis points, from 3.00% to 3.50%, and the bank sold "
        "reserves.",
        "The bank put its deposit rate up by half a percentage point, to 3.75 percent, and it "
        "did that at an emergency meeting.",
        published="2029-02-06",
        group=False,
    )
    conflicts = conflict_values(findings, ClaimKind.NUMBER)
    assert ["3.5 %", "3.5 %", "3.5 %", "3.75 %"] in conflicts, conflicts
    assert not any("3 %" in values for values in conflicts), conflicts


def test_one_precise_count_in_other_nouns_meets_however_its_sentence_is_worded():
    """A transcript's "2,318 people" is the trial's "2,318 patients": a number that precise
    does not meet by chance, though the sentences share no words."""
    findings = findings_of(
        "The Norvane trial of the asthma drug enrolled 2,318 patients at 96 hospitals, the "
        "company said.",
        "Researchers randomised 2,318 patients in nine countries, and 61% were women.",
        "So what did they find? They recruited 2,318 people and followed them for a whole year.",
        published="2029-05-21",
        group=False,
    )
    assert_found(findings, Verdict.AGREE, ["2,318 patients", "2,318 people"])


def test_a_count_told_in_another_noun_with_its_digits_swapped_conflicts():
    """'2,164 adults' in one report, '2,146 patients' in two: one enrolment misreported,
    though the nouns differ and 'The Phase 3 study' reads like a name holding the figure."""
    findings = findings_of(
        "The Phase 3 study, called BRIGHTLINE, tested the tablet in 2,164 adults whose "
        "migraines had resisted two earlier treatments.",
        "- BRIGHTLINE enrolled 2,146 patients at 140 sites in 11 countries, the company said; "
        "Phase 2 results came last year.",
        "The BRIGHTLINE study randomised 2,146 patients and more than 2,000 finished it.",
        published="2029-05-21",
        group=False,
    )
    assert ["2146 patients", "2146 patients", "2164 adults"] in conflict_values(findings)


def test_a_year_told_after_the_next_figure_is_that_figures_year():
    """'fall to 4.9% in 2031 and 4.6% in 2032': 2032 is the second forecast's year, so the
    first is the other outlet's '4.9 per cent in 2031', not a figure of a far year."""
    findings = findings_of(
        "The labour ministry forecasts the jobless rate will fall to 4.9% in 2031 and 4.6% in "
        "2032.",
        "The ministry expects the jobless rate to fall to 4.9 per cent in 2031, officials said.",
        "Unemployment in the Sallow region was 5.6% in the first quarter, the statistics "
        "office said on Wednesday.",
        published="2030-05-15",
        group=False,
    )
    assert_found(findings, Verdict.AGREE, ["4.9%", "4.9 per cent"], exact=True)


def test_a_weekday_written_with_the_wrong_date_meets_the_day_it_names():
    """'Tuesday, February 13, 2030' (a Wednesday) beside the others' Tuesday the 12th: the
    writer slipped in the date, and the sentence shares no words with the reports."""
    findings = findings_of(
        "The winning ticket was bought for the draw on Tuesday 12 February, the lottery "
        "operator said.",
        "Twelve cleaners shared the jackpot from last Tuesday's draw, the operator said on Monday.",
        "None of us checked our numbers on Tuesday, February 13, 2030, because the night shift "
        "ran late.",
        published="2030-02-18",
        group=False,
    )
    assert ["2030-02-12", "2030-02-12", "2030-02-13"] in conflict_values(findings)


def test_a_role_word_inside_a_name_is_no_role():
    """'Harford Fire and Rescue said 14 other homes were damaged': the homes were damaged,
    not rescued; the service's name says nothing of what the figure counts."""
    findings = findings_of(
        "Harford Fire and Rescue said 14 other homes were damaged, several of them badly.",
        "Fourteen homes were damaged by the blast on Elm Row, the council said on Tuesday.",
        "The gas explosion destroyed two houses and damaged 14 homes nearby, police said.",
        published="2028-05-16",
        group=False,
    )
    assert_found(findings, Verdict.AGREE, ["14 other homes", "Fourteen homes", "14 homes"])


@pytest.mark.parametrize(
    "texts, published, slipped",
    [
        # The writer kept the number and changed the unit: one height misreported, however
        # few words the sentences share.
        (
            (
                "A construction worker was killed on Monday when a 31-metre scaffold collapsed "
                "onto a shopping street in Holby, police said.",
                "The scaffold, which stood 31 metres high, was put up by a subcontractor last "
                "month.",
                "Witnesses described a roar as the 31-foot structure peeled away from the "
                "building.",
            ),
            "2029-05-14",
            ["31 ft", "31 m", "31 m"],
        ),
        # An energy's unit slipped by a thousand ("GWh" for "TWh"), the sentences worded apart.
        (
            (
                "The repair will reduce generation by approximately 1.9 TWh this year, the "
                "operator of the Brandmoor reactor said.",
                "Brandmoor's outage costs the grid about 1.9 TWh of output, analysts said.",
                "- Lost output: roughly 1.9 GWh over the extended outage",
            ),
            "2028-03-27",
            ["1.9 GWh", "1.9 TWh", "1.9 TWh"],
        ),
        # The digits kept and the scale slipped by a thousand: one projection misprinted,
        # though the figures are far apart.
        (
            (
                "The council projects tax revenue at £2.38bn for the year, £95m short of the "
                "budget.",
                "Finwire: Kelmoor's tax take is now projected at £2.38bn, the treasurer said.",
                "Revenue is projected at £2.38m this year, a shortfall the treasurer called "
                "manageable.",
            ),
            "2030-09-13",
            ["2380000 GBP", "2380000000 GBP", "2380000000 GBP"],
        ),
    ],
    ids=["unit", "energy", "scale"],
)
def test_a_figure_with_its_unit_or_scale_slipped_is_one_figure_misreported(
    texts, published, slipped
):
    findings = findings_of(*texts, published=published, group=False)
    assert conflict_values(findings) == [slipped]


def test_digits_swapped_are_a_slip_whatever_the_hedge_the_noun_or_the_day():
    """'some four hundred and twenty-one million pounds' against 'approximately £412m': a
    hedge allows rounding, not the digits in another order; '2,410 people' against '2,140
    jobs' is the one count in another noun; and a later article's swapped digits are a
    slip, not a count that grew."""
    articles = [
        article(text, name, day)
        for name, day, text in (
            (
                "a.txt",
                "2029-04-10",
                "The administrators put the chain's total debts at approximately £412m and said "
                "2,140 jobs would go.",
            ),
            (
                "b.txt",
                "2029-04-10",
                "Harcastle owes around £412m, the administrators said, and 2,140 jobs are to be "
                "cut.",
            ),
            (
                "c.txt",
                "2029-04-15",
                "So the chain owes some four hundred and twenty-one million pounds. That leaves "
                "2,410 people out of work.",
            ),
        )
    ]
    report = compare(prepare(articles, Options()), Options(group_stories=False))
    conflicts = [f for f in report.findings if f.verdict is Verdict.CONFLICT]
    assert conflict_values(conflicts) == [
        ["412000000 GBP", "412000000 GBP", "421000000 GBP"],
        ["2140 jobs", "2140 jobs", "2410 people"],
    ]
    assert not any(f.reason.startswith("later report") for f in conflicts)


@pytest.mark.parametrize(
    "texts, published, agreed",
    [
        # A trial's '41 emergency loans between May 2020 and October 2021' and another
        # report's '41 emergency loans' in an article that names 2021: one count of the past,
        # not an old figure against this week's.
        (
            (
                "Prosecutors said the pair obtained 41 emergency loans between May 2020 and "
                "October 2021 through shell companies.",
                "The couple took out 41 emergency loans, the court heard. The loan scheme closed "
                "to new applicants in 2021.",
                "The jury was told the couple spent £1.3m of the money on a villa.",
            ),
            "2028-03-17",
            "41 emergency loans",
        ),
        # "ended up in hospital" tells no close of trading.
        (
            (
                "Six people ended up in hospital; the company says all of them are stable this "
                "morning.",
                "Six people were hospitalised, which is frankly a small number given how cold it "
                "was.",
                "Rescuers brought 146 people down from the stranded cabins overnight.",
            ),
            "2029-02-19",
            "Six people",
        ),
    ],
    ids=["years named elsewhere", "ended up"],
)
def test_two_outlets_one_figure_agree_whatever_else_their_sentences_say(texts, published, agreed):
    findings = findings_of(*texts, published=published, group=False)
    # (An agreement holds two claims or more: these are the two outlets' figures.)
    assert_found(findings, Verdict.AGREE, [agreed], exact=True)


def test_a_unit_slip_meets_every_report_whatever_shape_each_tells():
    """'eleven miles into the sky' (a height) against three reports' 11 km, one of which
    tells no shape ('the ash column has reached 11 km'): the slipped unit is one fact with
    all of them, not a different measure of the shapeless one."""
    findings = findings_of(
        "08:00 - Skelby Airport has closed. The KMI says the ash column has reached 11 km.",
        "The eruption, which began at 03:52, produced an ash column reaching 11 km, the KMI said "
        "in a bulletin.",
        "Mount Varr erupted on Thursday, sending an ash column 11 km into the sky and forcing "
        "3,400 people from their homes.",
        "Mount Varr is still erupting tonight. The ash rose eleven miles into the sky, and three "
        "thousand four hundred people are out of their homes.",
        published="2029-06-08",
        group=False,
    )
    assert ["11 km", "11 km", "11 km", "11 mile"] in conflict_values(findings)


@pytest.mark.parametrize(
    "texts, published, conflict, agreeing",
    [
        # 'The 2027 survey found 2,213 nesting pairs' is the 2,213 the other articles date to
        # 2027, not their yearless (this year's) 2,412, however alike the sentences.
        (
            (
                "The survey found 2,412 nesting pairs on the Skerrow cliffs, up 9% from 2,213 in "
                "2027.",
                "The seabird survey, published on Thursday, found the colony growing again. The "
                "2027 survey found 2,213 nesting pairs.",
                "Volunteers counted 2,421 nesting pairs on the Skerrow cliffs this summer, up 9% "
                "from 2,213 last year.",
            ),
            "2028-10-12",
            ["2412 pairs", "2421 pairs"],
            ["2,213 nesting pairs", "2,213"],
        ),
        # The live blog's '57 pilot whales are on the beach' is not the wire's '30 whales had
        # now died': the blog's dead are its own '26 whales died today', which the 30 updates.
        (
            (
                "07:30 - Kells Marine Rescue says 57 pilot whales are on the beach at Kells Bay. "
                "21:30 - Kells Marine Rescue says 26 whales died today.",
                "Kells Marine Rescue said 30 whales had now died on the beach at Kells Bay, four "
                "more than on Tuesday.",
                "A pod of 57 pilot whales stranded at Kells Bay early on Tuesday, Kells Marine "
                "Rescue said.",
            ),
            "2028-09-13",
            ["26 whales", "30 whales"],
            ["57 pilot whales"],
        ),
    ],
    ids=["year", "head count"],
)
def test_a_figure_is_not_the_one_its_article_told_apart_elsewhere(
    texts, published, conflict, agreeing
):
    findings = findings_of(*texts, published=published, group=False)
    assert conflict_values(findings, ClaimKind.NUMBER) == [conflict]
    assert_found(findings, Verdict.AGREE, agreeing)


def test_a_part_of_a_named_group_is_not_another_count_of_its_noun():
    """'Seventeen of the miners ... walked out unaided' is a part of the shift, not the
    'Six miners were trapped' two other outlets report."""
    findings = findings_of(
        "Part of the roof collapsed at 02:20. Seventeen of the miners working in the district "
        "walked out unaided.",
        "Six coal miners were trapped underground after part of the roof gave way early on "
        "Wednesday, the operator said.",
        "Six miners were trapped when the roof of the district collapsed; the other miners "
        "walked out.",
        published="2028-10-13",
        group=False,
    )
    assert not conflict_values(findings, ClaimKind.NUMBER)
    assert_found(findings, Verdict.AGREE, ["Six coal miners", "Six miners"], exact=True)


def test_a_total_told_with_its_digits_swapped_is_the_total_not_its_part():
    """'£6.5m' against a release's '£5.6m scheme funded by £3.5m ... and £2.1m': the total
    misreported, however much the part's words are like it."""
    assert conflicts_of(
        "The £5.6m Orrin scheme is funded by £3.5m from the Regional Transport Fund and £2.1m "
        "from the council's capital programme.",
        "The Orrin repair bill is £6.5m, most of it from regional transport funding, with the "
        "rest from the council's capital budget.",
        published="2028-05-02",
        group=False,
    ) == [["£5.6m", "£6.5m"]]


def test_the_day_a_state_is_told_is_not_the_day_of_the_event():
    """'Fifteen people are still missing tonight' tells when the count stood, not when the
    landslide struck."""
    assert not conflicts_of(
        "The landslide that buried part of Vindra struck early on Saturday, and fifteen "
        "people are missing.",
        "In Vindra, where the landslide struck, fifteen people are still missing tonight.",
        published="2027-11-15",
        group=False,
        kind=ClaimKind.DATE,
    )


def test_transposed_digits_in_sentences_alike_in_few_words_are_one_fact():
    """'18,406 runners' and a radio's '18,604' share few words, but the slip itself says
    they are one count."""
    assert conflicts_of(
        "Organisers said 18,406 runners crossed the finish line in Harlow on Sunday.",
        "A record field of 18,604 took part, the race director told the local radio station.",
        published="2026-04-13",
        group=False,
    ) == [["18,406 runners", "18,604"]]


def test_a_blogs_first_event_day_is_weighed_against_the_reports_lede_day():
    """A blog that opens on its own story ('I never thought ...') and then dates the strike
    wrongly in its second sentence still disagrees with the reports' day."""
    assert conflicts_of(
        "Hundreds of Ostra Air flights were grounded on Tuesday as pilots began a three-day "
        "strike over pay. The union said talks had failed.",
        "Pilots at Ostra Air began a three-day walkout on Tuesday, grounding hundreds of flights "
        "across the network.",
        "I never thought a strike would ruin my holiday. Last Wednesday, the first day of the "
        "walkout, I turned up at the airport at 5am for my flight.",
        published="2027-07-16",
        group=False,
        kind=ClaimKind.DATE,
    ) == [["Last Wednesday", "on Tuesday", "on Tuesday"]]


def test_an_article_naming_two_years_for_two_forecasts_does_not_contradict_itself():
    assert not conflicts_of(
        "The ministry forecasts growth of 2.1% for 2029. It forecasts growth of 1.8% for 2030, "
        "the ministry said in its forecast.",
        published="2028-10-17",
        group=False,
        kind=ClaimKind.DATE,
    )


def test_two_kinds_of_one_measure_are_two_facts():
    """'grocery inflation ... 4.9%' is not 'core inflation ... 2.7%' misreported."""
    assert not conflicts_of(
        "In Ostmark, grocery inflation is still running at 4.9%, the statistics office said on "
        "Thursday.",
        "In Ostmark, core inflation eased to 2.7% in September, the statistics office said on "
        "Thursday.",
        "The statistics office said on Thursday that in Ostmark core inflation eased to 2.7% in "
        "September.",
        published="2028-10-27",
        group=False,
        kind=ClaimKind.NUMBER,
    )


def test_the_main_form_of_a_measure_is_one_measure_in_other_words():
    """'the policy rate ... 5.00%' and 'its benchmark rate ... 5.25%': one rate misreported."""
    findings = findings_of(
        "The Ostmark central bank raised its policy rate to 5.00% on Thursday.",
        "On Thursday the Ostmark central bank raised its benchmark rate to 5.25%.",
        published="2028-11-17",
        group=False,
    )
    figures = [f for f in findings if f.kind is ClaimKind.NUMBER and f.verdict is Verdict.CONFLICT]
    assert [sorted(c.text for c in f.claims) for f in figures] == [["5.00%", "5.25%"]]


def test_a_womans_age_is_never_compared_with_a_mans():
    from checker.align import compatible

    woman = _claim(
        "a",
        "83 years old woman",
        ClaimKind.NUMBER,
        quantity=Quantity(83, "years old woman", dimension="age"),
    )
    man = _claim(
        "b",
        "76 years old man",
        ClaimKind.NUMBER,
        quantity=Quantity(76, "years old man", dimension="age"),
    )
    plain = _claim(
        "c", "76 years old", ClaimKind.NUMBER, quantity=Quantity(76, "years old", dimension="age")
    )
    assert not compatible(woman, man)
    assert compatible(woman, plain) and compatible(man, plain)


def test_men_arrested_and_a_count_of_arrests_are_one_count():
    """ "Three men have been arrested" and "the total number of arrests to four" count one
    thing; three men who were injured are no arrests."""
    from checker.align import compatible

    def count(source, amount, unit, context):
        return Claim(
            source,
            0,
            ClaimKind.NUMBER,
            f"{amount} {unit}",
            0,
            5,
            f"{amount} {unit}",
            context,
            quantity=Quantity(amount, unit, step=0.0, dimension="count"),
        )

    arrests = count("a", 4, "arrests", "bringing the total number of arrests to four")
    arrested = count("b", 3, "men", "Three men have been arrested, police said.")
    injured = count("c", 3, "men", "Three men were injured, police said.")
    assert compatible(arrests, arrested) and compatible(arrested, arrests)
    assert not compatible(arrests, injured)


def test_a_table_of_batches_in_one_notice_is_no_self_contradiction():
    """A recall notice listing a count per batch gives many facts, not one told six ways."""
    lines = "\n".join(
        f"Batch {n}: {pots:,} pots of Greyfield yogurt recalled."
        for n, pots in zip(range(101, 107), (7200, 6800, 6400, 6000, 5800, 6200), strict=True)
    )
    findings = findings_of(lines, published="2028-07-18", group=False)
    conflicts = [f for f in findings if f.verdict is Verdict.CONFLICT]
    assert not conflicts, [f.reason for f in conflicts]


def test_a_close_told_as_the_end_of_the_session_is_one_figure():
    findings = findings_of(
        "The Norvik All-Share index closed down 4.2% at 2,118.40 on Friday, traders said.",
        "The Norvik All-Share index ended the session 4.2% lower at 2,118.4 points.",
        "The Norvik All-Share closed at 2,181.4, its lowest since March.",
        published="2026-10-17",
    )
    (conflict,) = [
        f for f in findings if f.verdict is Verdict.CONFLICT and f.kind is ClaimKind.NUMBER
    ]
    assert {c.source for c in conflict.claims} == {"a.txt", "b.txt", "c.txt"}


def test_doubled_agrees_with_a_hundred_percent_increase():
    findings = findings_of(
        "Rail freight between the two ports doubled last year, the transport ministry said.",
        "The transport ministry said rail freight between the ports rose 100% last year.",
    )
    (finding,) = [f for f in findings if any(c.value == "100 %" for c in f.claims)]
    assert finding.verdict is Verdict.AGREE
    assert {c.text for c in finding.claims} == {"doubled", "100%"}


def test_a_weekday_that_does_not_match_its_date_is_reported():
    findings = findings_of("The accord was signed on Monday, September 2, 2025, in Oslo.")
    (mismatch,) = [f for f in findings if "is a Tuesday" in f.reason]
    assert mismatch.verdict is Verdict.CONFLICT
    assert mismatch.reason == "a.txt says Monday, but 2025-09-02 is a Tuesday"
    assert not [
        f
        for f in findings_of("It was signed on Tuesday, September 2, 2025.")
        if "is a " in f.reason
    ]


def test_figures_held_by_differently_named_owners_are_not_one_fact():
    findings = findings_of(
        "The Harbour Party won 40 seats in the Norvik council vote on Sunday. "
        "The Green League, with 12 seats, could hold the balance of power.",
        "The Green League took 12 seats and may decide who governs Norvik. "
        "The Harbour Party won 40 seats in Sunday's council vote.",
        "The Harbour Party won 42 seats in Sunday's Norvik council vote, its best result. "
        "The Green League won 12 seats, according to the electoral board.",
    )
    for finding in findings:
        if finding.kind is ClaimKind.NUMBER and len(finding.claims) > 1:
            values = {c.value for c in finding.claims}
            assert not {"12 seats", "40 seats"} <= values, finding
            assert not {"12 seats", "42 seats"} <= values, finding
    (conflict,) = [f for f in findings if f.verdict is Verdict.CONFLICT]
    assert sorted(c.value for c in conflict.claims) == ["40 seats", "40 seats", "42 seats"]
    assert any(
        f.verdict is Verdict.AGREE and {c.value for c in f.claims} == {"12 seats"} for f in findings
    )


def test_the_name_acting_in_a_when_clause_holds_its_figure():
    # "Dunlow got good news when Marsh Mill Foods unveiled a plan that will create 64 jobs":
    # the town only hears of it; the firm's jobs are the firm's, told as 46 elsewhere.
    findings = findings_of(
        "Marsh Mill Foods today announced a new bakery line at its Dunlow site, creating 46 "
        "new jobs. The line opens in June.",
        "Dunlow got some welcome news on Thursday when Marsh Mill Foods unveiled a bakery "
        "expansion that will create 64 jobs. The line opens in June.",
    )
    assert ["46 jobs", "64 jobs"] in conflict_values(findings, ClaimKind.NUMBER)


def test_other_years_and_increments_are_other_facts():
    # Three short items on two topics: compared as one story, so alignment alone must keep
    # the years and the farm counts apart.
    texts = (
        "The Tarn viaduct, built in 1968, was last inspected in 2021. Bird flu has been found "
        "on five farms near Tarn, the ministry said.",
        "The viaduct was strengthened in 2009, engineers said. Two further farms near Tarn "
        "reported bird flu, bringing the outbreak to five farms.",
        "Inspectors last examined the Tarn viaduct in 2021. Bird flu has now reached five "
        "farms near Tarn, the ministry said.",
    )
    findings = findings_of(*texts, group=False)
    for finding in findings:
        values = {c.value for c in finding.claims}
        assert not {"2009", "2021"} <= values, finding.reason
        assert not ({"2 farms", "5 farms"} <= values), finding.reason
    assert any(
        f.verdict is Verdict.AGREE and [c.value for c in f.claims] == ["5 farms"] * 3
        for f in findings
    )


def test_what_happened_and_what_will_are_different_events():
    findings = findings_of(
        "Rescuers searched the Kallby coast after the Ostra ferry sank near the harbour on "
        "Tuesday, the coast guard said.",
        "The families of those lost when the Ostra ferry sank near Kallby harbour will gather "
        "on Saturday, the coast guard said, and about 400 people are expected to attend.",
        "The Ostra ferry sank near Kallby harbour on Tuesday night, killing 12 people, the "
        "coast guard said.",
        published="2026-03-12",
    )
    for finding in findings:
        values = {c.value for c in finding.claims}
        assert not ({"2026-03-10", "2026-03-14"} <= values), finding.reason
        assert not ({"12 people", "400 people"} <= values), finding.reason
    assert any(
        f.verdict is Verdict.AGREE and {c.value for c in f.claims} == {"2026-03-10"}
        for f in findings
    )


def test_a_cost_and_a_bill_are_one_figure():
    findings = findings_of(
        "The Moss Lane viaduct has been closed. Repairs will cost £9 million, engineers said.",
        "The Moss Lane viaduct remains shut. The repair bill is now put at £12 million.",
        "Moss Lane viaduct is closed to traffic. Repairs will cost £9 million.",
    )
    (conflict,) = [f for f in findings if f.verdict is Verdict.CONFLICT]
    assert sorted(c.value for c in conflict.claims) == [
        "12000000 GBP",
        "9000000 GBP",
        "9000000 GBP",
    ]


def test_the_day_something_was_said_is_not_the_day_it_happened():
    findings = findings_of(
        "Thieves broke into the Varn gallery on Sunday night and took four paintings.",
        "Police said on Tuesday that thieves broke into the Varn gallery and took five paintings.",
        "The Varn gallery was robbed on Sunday night, police said.",
        published="2026-04-22",
    )
    for finding in findings:
        values = {c.value for c in finding.claims}
        assert not ({"2026-04-19", "2026-04-21"} <= values), finding.reason


def test_two_days_told_with_two_verbs_are_two_events():
    # The sentences share the firm, the inhaler and the recall; the verb tells the first
    # recall from its widening a day later.
    findings = findings_of(
        "Orvane Labs on Wednesday recalled 30 batches of its asthma inhaler Brevair after "
        "routine tests found that some valves could stick, the company said.",
        "The Drug Safety Office on Thursday widened the recall of Orvane Labs' asthma inhaler "
        "Brevair, saying 34 batches were now affected after further checks at its warehouses.",
        "Pharmacists said supplies were short after Orvane Labs recalled batches of the asthma "
        "inhaler Brevair on Wednesday.",
        published="2026-05-08",
    )
    for finding in findings:
        values = {c.value for c in finding.claims}
        assert not ({"2026-05-06", "2026-05-07"} <= values), finding.reason
    assert any(
        f.verdict is Verdict.AGREE and {c.value for c in f.claims} == {"2026-05-06"}
        for f in findings
    )


def test_one_verb_on_two_days_is_still_a_conflict():
    findings = findings_of(
        "Orvane Labs on Wednesday recalled 30 batches of its asthma inhaler Brevair.",
        "Orvane Labs on Tuesday recalled 30 batches of its asthma inhaler Brevair.",
        published="2026-05-08",
    )
    (conflict,) = [f for f in findings if f.verdict is Verdict.CONFLICT]
    assert {c.value for c in conflict.claims} == {"2026-05-05", "2026-05-06"}


def test_a_further_figure_is_an_increment_only_right_before_it():
    findings = findings_of(
        "Pellor Foods recalled 20 lots of its baby formula Nutrimil on Monday. A further 5 lots "
        "are still being checked.",
        "The food safety agency widened the recall of Pellor Foods' baby formula Nutrimil, "
        "saying 26 lots are now affected after further tests.",
        "Pellor Foods has recalled 20 lots of the baby formula Nutrimil.",
        published="2026-02-04",
    )
    for finding in findings:
        values = {c.value for c in finding.claims}
        assert not ({"5 lots", "26 lots"} <= values), finding.reason
    assert any(
        f.verdict is Verdict.CONFLICT and {c.value for c in f.claims} == {"20 lots", "26 lots"}
        for f in findings
    )


def test_neighbouring_sentences_of_one_source_are_compared_by_their_own_words():
    # Each sentence's neighbours make the two profiles alike; only their own words count
    # when one source would contradict itself.
    findings = findings_of(
        "The 2,100 kg Orla-3 probe separated from the Vanta rocket's upper stage 48 minutes "
        "after liftoff and was placed in an orbit 600 km above the Earth, Kessler Launch said. "
        "The rocket's first stage landed on a barge 500 km downrange a little under eight "
        "minutes into the flight.",
        "The Orla-3 probe, which weighs 2.1 tonnes, separated from the upper stage 48 minutes "
        "after liftoff and is now circling the Earth.",
        published="2026-09-20",
    )
    for finding in findings:
        values = {c.value for c in finding.claims}
        assert not ({"48 minutes", "8 minutes"} <= values), finding.reason


def test_figures_an_order_of_magnitude_apart_are_not_one_fact():
    findings = findings_of(
        "Dana Kerr won the Holmvik mayoral election with 31,204 votes, officials said.",
        "Kerr won the Holmvik mayoral election with 31,204 votes on Sunday.",
        "Dana Kerr won the Holmvik mayoral election by 2,524 votes, officials said.",
        published="2026-11-03",
    )
    for finding in findings:
        values = {c.value for c in finding.claims}
        assert not ({"31204 votes", "2524 votes"} <= values), finding.reason


def test_what_is_told_before_an_and_belongs_to_the_figure_before_it():
    findings = findings_of(
        "Four people died and 31 people were injured when a 45-metre section of the Brenn "
        "viaduct fell onto the railway line on Tuesday.",
        "Four people were killed and 31 people were hurt when part of the Brenn viaduct fell "
        "onto the railway line.",
        "A 45-metre section of the Brenn viaduct gave way on Tuesday, injuring 31 people.",
        published="2026-03-05",
    )
    assert any(
        f.verdict is Verdict.AGREE
        and {c.value for c in f.claims} == {"31 people"}
        and len({c.source for c in f.claims}) == 3
        for f in findings
    )
    assert any(
        f.verdict is Verdict.AGREE and {c.value for c in f.claims} == {"45 m"} for f in findings
    )


def test_prices_of_two_days_and_an_intraday_high_are_three_facts():
    findings = findings_of(
        "Harwell Foods will pay $30 a share, a 40% premium to Copsey Dairies' closing price "
        "of $21.40 on Friday.",
        "Copsey shares touched $27.95 in early trading on the news before closing up 26.6% at "
        "$27.10.",
        "Copsey Dairies closed on Monday at $27.10, still short of the $30 offer.",
        published="2026-07-14",
        group=False,
    )
    conflicts = [f for f in findings if f.verdict is Verdict.CONFLICT]
    assert not conflicts, [f.reason for f in conflicts]
    assert any(
        f.verdict is Verdict.AGREE and {c.value for c in f.claims} == {"27.1 USD"} for f in findings
    )


def test_a_year_that_opens_a_sentence_dates_its_figures():
    findings = findings_of(
        "Turnout in the Ostby mayoral race was 58.2%. In 2021, turnout was 49.7%.",
        "Turnout in the Ostby mayoral race reached 58.2%, officials said.",
        "About 58 percent of Ostby voters took part in the mayoral race.",
        published="2026-11-03",
        group=False,
    )
    for finding in findings:
        values = {c.value for c in finding.claims}
        assert not ({"58.2 %", "49.7 %"} <= values), finding.reason


@pytest.mark.parametrize("opening", ["In 2021,", "In March 2021,", "Back in early 2021,"])
def test_a_month_and_year_that_open_a_sentence_date_it_too(opening):
    findings = findings_of(
        "A fault at the Harlow exchange has cut service to 60,000 customers.",
        f"{opening} a fault at the Harlow exchange cut service to 90,000 customers.",
        published="2024-05-14",
        group=False,
    )
    conflicts = [f for f in findings if f.verdict is Verdict.CONFLICT]
    assert not conflicts, [f.reason for f in conflicts]


def test_employees_and_people_can_be_one_workforce():
    findings = findings_of(
        "Tamsby Mills, which employs 2,700 people at three sites, agreed to the takeover.",
        "Tamsby Mills and its 2,700 employees will keep their name after the takeover.",
        published="2026-07-14",
        group=False,
    )
    assert_found(findings, Verdict.AGREE, {"2,700 people", "2,700 employees"}, exact=True)


def test_a_light_verb_does_not_tell_another_event():
    from checker.align import _event_verb, _events_differ, _Profile

    collapsed = "The Lindow footbridge collapsed into the canal on Tuesday, police said."
    came_down = "The Lindow footbridge came down on Monday morning, police said."
    widened = "The agency on Thursday widened the recall of the inhaler."
    day = {text: text.index(" on ") + 1 for text in (collapsed, came_down, widened)}
    events = {
        text: _event_verb(text, day[text], day[text] + len("on Monday"))
        for text in (collapsed, came_down, widened)
    }
    assert events[collapsed] == "collaps"
    assert events[widened] == "widen"
    assert events[came_down] == "came"
    door = "Officers went door to door on Monday evening."
    assert _event_verb(door, door.index("on M"), door.index("on M") + 9) == "went"

    def told_by(verb):
        return _Profile({}, {}, {}, "", event=verb)

    assert _events_differ(told_by("recall"), told_by("widen"))
    assert not _events_differ(told_by("came"), told_by("collaps"))
    assert not _events_differ(told_by(""), told_by("collaps"))
    # "came" is light: it may tell the collapse, so it costs the pair nothing.
    findings = findings_of(collapsed, came_down, published="2026-04-09", group=False)
    assert any(
        f.verdict is Verdict.CONFLICT
        and {c.value for c in f.claims} == {"2026-04-06", "2026-04-07"}
        for f in findings
    )


def test_a_headline_count_and_its_noun_later_are_one_claim():
    findings = findings_of(
        "Three hurt as fire guts Brask joinery\n\nA fire that destroyed the Brask joinery on "
        "Tuesday injured three workers, the company said.",
        "A fire at the Brask joinery on Tuesday injured two workers, the company said.",
        published="2026-06-10",
        group=False,
    )
    assert_found(findings, Verdict.CONFLICT, {"Three", "three workers", "two workers"})


def test_a_precise_bare_count_and_a_name_right_before_it():
    findings = findings_of(
        "Holm won 31,204 votes and Sandt 28,950, and 64,117 valid votes were cast.",
        "Holm took 31,204 votes. Sandt received 28,950 votes. A total of 64,117 valid votes "
        "were cast.",
        published="2026-11-03",
        group=False,
    )
    agreed = [{c.text for c in f.claims} for f in findings if f.verdict is Verdict.AGREE]
    assert {"28,950", "28,950 votes"} in agreed, agreed
    assert {"64,117 valid votes"} <= set().union(*agreed), agreed


def test_whose_votes_the_winner_first_and_the_name_after_for():
    findings = findings_of(
        "Kerr won 31,204 votes against 28,950 votes for Sandt, a margin of 2,254 votes.",
        "In the end Kerr beat Sandt by a margin of 2,524 votes. Kerr took 31,204 votes and "
        "Sandt 28,950.",
        published="2026-11-03",
        group=False,
    )
    by_verdict = {(f.verdict, frozenset(c.text for c in f.claims)) for f in findings}
    assert (Verdict.CONFLICT, frozenset({"2,254 votes", "2,524 votes"})) in by_verdict
    assert (Verdict.AGREE, frozenset({"28,950 votes", "28,950"})) in by_verdict


def test_a_bare_count_and_a_count_of_things_an_order_apart_are_not_one_fact():
    from checker.align import compatible

    bare = _claim("a", "25", ClaimKind.NUMBER, "25", Quantity(amount=25.0, unit=""))
    units = _claim(
        "b",
        "1500000 units",
        ClaimKind.NUMBER,
        "1.5 million units",
        Quantity(amount=1_500_000.0, unit="units"),
    )
    close = _claim(
        "b", "30 units", ClaimKind.NUMBER, "30 units", Quantity(amount=30.0, unit="units")
    )
    assert not compatible(bare, units)
    assert compatible(bare, close)


def test_two_clock_times_of_one_article_are_a_timeline():
    assert not conflicts_of(
        "Power went off at 2.40pm for 60,000 homes in the east of Dunmere, and traffic lights "
        "failed across the east of the city. By 9pm power was back in the east of Dunmere for "
        "all but a few streets.",
        published="2027-06-15",
        group=False,
    )


def test_no_role_word_is_in_two_classes():
    from collections import Counter

    from checker.align import _ROLE_CLASSES

    counts = Counter(word for words in _ROLE_CLASSES for word in words)
    assert [word for word, n in counts.items() if n > 1] == []


def test_a_part_of_a_total_is_not_another_outlet_s_total():
    findings = findings_of(
        "About 5,200 hospital porters and cleaners walked out in Tarvel on Monday. The 5,200 "
        "strikers comprised 3,900 porters and 1,300 cleaners, the union said.",
        "More than 5,000 porters walked out at Tarvel's hospitals on Monday, the union said. "
        "Some 5,200 porters joined the strike.",
        published="2027-03-09",
        group=False,
    )
    for finding in findings:
        values = {c.value for c in finding.claims}
        assert not ({"3900 porters", "5200 porters"} <= values), finding.reason


def test_lengths_of_time_said_of_different_things_are_not_compared():
    findings = findings_of(
        "Mayor Ilse Kaur, who sat on the Brenn city council for six years, promised cheaper "
        "bus fares and a finished Brenn tram line.",
        "Mayor Ilse Kaur will inherit the Brenn tram line, which is two years behind schedule, "
        "and promised cheaper bus fares.",
        published="2026-11-05",
        group=False,
    )
    for finding in findings:
        values = {c.value for c in finding.claims}
        assert not ({"6 years", "2 years"} <= values), finding.reason


def test_counts_of_people_in_other_words_are_still_an_order_of_magnitude_apart():
    """'Three people were kept in hospital' and 'about 2,400 residents' of one town are not
    one count told twice, though both count people."""
    findings = findings_of(
        "Three people were kept in hospital overnight at Holm Cottage Hospital after the crash. "
        "The council meets on Friday. Holm has about 2,400 permanent residents.",
        "Three people were kept in hospital in Holm after the crash, the council said.",
        published="2027-02-10",
    )
    for finding in findings:
        values = {c.value for c in finding.claims}
        assert not ({"3 people", "2400 residents"} <= values), finding.reason


def test_two_excerpts_of_one_quotation_agree_through_the_source_that_gives_it_whole():
    findings = findings_of(
        'Mayor Ilse Varn said: "Our thoughts are with the families who lost their homes tonight."',
        'Varn said: "Our thoughts are with the families."',
        'Varn said her thoughts were "with the families who lost their homes tonight".',
        published="2027-02-10",
    )
    quotes = [f for f in findings if f.kind is ClaimKind.QUOTE and len(f.claims) == 3]
    assert quotes and quotes[0].verdict is Verdict.AGREE, [f.reason for f in findings]


def test_the_dates_of_two_ledes_tell_one_main_event_in_other_verbs():
    """Each article opens on its main event in its own words ("fire gutted", "flames swept
    through"): the two days are compared, though the verbs differ."""
    findings = findings_of(
        "Fire gutted the Dunloe paper mill outside Kessing early on Tuesday, and 40 workers got "
        "out unhurt.\n\nThe company said production would move to its plant in Arva. "
        "Investigators will visit the site on Friday.",
        "Flames swept through Kessing's biggest employer on Wednesday morning, destroying the "
        "main hall of the Dunloe mill.\n\nCrews from three towns were called. The owners plan "
        "to rebuild next year.",
        published="2027-05-13",
    )
    dates = [f for f in findings if f.kind is ClaimKind.DATE and len(f.claims) > 1]
    assert [(f.verdict, {c.value for c in f.claims}) for f in dates] == [
        (Verdict.CONFLICT, {"2027-05-11", "2027-05-12"})
    ]


def test_people_who_needed_treatment_are_the_injured():
    findings = findings_of(
        "A bus carrying 52 people overturned on the Varna pass on Sunday, and 14 people were "
        "injured, police said.",
        "All 52 people aboard the overturned bus were brought down from the Varna pass, "
        "although 14 people needed treatment for injuries.",
        "The Varna pass bus crash left 14 people hurt and closed the road for six hours.",
        published="2027-08-02",
        group=False,
    )
    assert any(
        f.verdict is Verdict.AGREE
        and {c.value for c in f.claims} == {"14 people"}
        and len({c.source for c in f.claims}) == 3
        for f in findings
    ), [(f.verdict, [c.text for c in f.claims]) for f in findings]


def test_a_headline_figure_told_again_in_the_body_is_one_fact():
    """The headline's "$3.2 million" and the body's "$3.2 million" of one article are one
    claim, so another outlet's "$2.3 million" conflicts with both, not with one of them."""
    findings = findings_of(
        "Hackers hit Orlen council; gang demands $3.2 million\n\nThe council's payroll and "
        "planning systems went dark on Monday. A group calling itself Nightjar claimed the "
        "attack and asked for $3.2 million in bitcoin within three days.",
        "The Orlen council ransomware gang wants $3.2m, officials confirmed, after the attack "
        "on Monday took payroll systems offline.",
        "Radio Orlen: the council was hit on Monday, and the criminals, a group called "
        "Nightjar, demanded $2.3 million.",
        published="2027-04-14",
        group=False,
    )
    money = [f for f in findings if f.kind is ClaimKind.NUMBER and "USD" in f.claims[0].value]
    assert len(money) == 1, [(f.verdict, [c.text for c in f.claims]) for f in money]
    assert money[0].verdict is Verdict.CONFLICT and len(money[0].claims) == 4


def test_a_figure_told_for_one_stretch_of_time_is_not_one_told_for_another():
    findings = findings_of(
        "Nurses at Calder General accepted a 9% pay rise over three years on Tuesday.",
        "The Calder General deal gives nurses a pay rise of 4% this year, 3% in 2028 and 2% "
        "in 2029.",
        "Calder General nurses will get 9% over three years under the deal agreed on Tuesday.",
        published="2027-06-02",
        group=False,
    )
    for finding in findings:
        values = {c.value for c in finding.claims}
        assert not ({"9 %", "4 %"} <= values), finding.reason


def test_the_same_year_named_two_ways_still_compares():
    findings = findings_of(
        "Exports from the port of Saltmere grew 4% in 2026, the harbour board said.",
        "The harbour board said exports from Saltmere grew 6% last year.",
        published="2027-02-10",
        group=False,
    )
    assert any(
        f.verdict is Verdict.CONFLICT and {c.value for c in f.claims} == {"4 %", "6 %"}
        for f in findings
    ), [(f.verdict, [c.text for c in f.claims]) for f in findings]


def test_the_figures_two_headlines_lead_with_are_compared():
    """Each outlet heads its story with the figure it finds most important; two headlines'
    figures of one unit are compared even when little else in the two sentences is shared.
    ("from Castellan jeweller" after the figure is not the earlier value of "up from".)"""
    findings = findings_of(
        "Burglars take rings and a brooch worth €6.3 million from Castellan jeweller\n\nThe "
        "shop on Castellan's main square was raided on Sunday night. The rings were valued at "
        "€5.1 million and the brooch at €1.2 million, a total of €6.3 million.",
        "Insurers on alert as Castellan loss put at €3.6 million\n\nThe haul is valued at €3.6 "
        "million in all, according to figures shared with the trade. The rings were insured "
        "for €5.1m and the brooch for €1.2m.",
        published="2027-01-12",
        group=False,
    )
    assert any(
        f.verdict is Verdict.CONFLICT
        and {c.value for c in f.claims} == {"6300000 EUR", "3600000 EUR"}
        and len(f.claims) == 4
        for f in findings
    ), [(f.verdict, [c.text for c in f.claims]) for f in findings]


def test_counts_over_different_windows_of_time_are_different_facts():
    findings = findings_of(
        "Seismologists recorded more than 90 aftershocks in the first twelve hours after the "
        "Tessen earthquake on Monday.",
        "More than 300 aftershocks have shaken Tessen in the first four days since Monday's "
        "earthquake, seismologists said.",
        published="2027-05-14",
        group=False,
    )
    for finding in findings:
        values = {c.value for c in finding.claims}
        assert not ({"90 aftershocks", "300 aftershocks"} <= values), finding.reason


def test_a_figure_the_size_of_one_part_is_not_the_total_made_of_it():
    findings = findings_of(
        "Harwick Foods, which employs 2,600 people, agreed on Monday to be bought by Orla "
        "Group for $1.9 billion.",
        "Orla Group will buy Harwick Foods. The combined group will employ 9,800 people: "
        "Orla's 7,200 and Harwick's 2,600.",
        published="2027-06-02",
        group=False,
    )
    for finding in findings:
        values = {c.value for c in finding.claims}
        assert not ({"2600 people", "9800 people"} <= values), finding.reason


def test_the_days_of_two_different_prices_are_two_facts():
    findings = findings_of(
        "Varrow will pay $18.00 a share, a 45% premium to Holt Mills' closing price of $12.40 "
        "on Friday.",
        "Holt Mills shares closed on Monday at $15.10, below Varrow's offer price.",
        published="2027-03-16",
        group=False,
    )
    dates = [f for f in findings if f.kind is ClaimKind.DATE]
    assert {c.value for f in dates for c in f.claims} == {"2027-03-12", "2027-03-15"}
    assert not [f for f in dates if f.verdict is Verdict.CONFLICT], [f.reason for f in dates]


def test_a_statement_day_takes_the_event_told_beside_it():
    """'officials said on Wednesday, as crews battled ...': the day crews battled, not the day
    the fire broke out; and a day told right after 'said' is not the story's main event, so
    it gets no lede's benefit."""
    from checker.align import _event_verb

    text = (
        "The Marrin grass fire has now burned 2,300 hectares, officials said on Wednesday, as "
        "crews battled to hold the ridge."
    )
    at = text.index("on Wednesday")
    assert _event_verb(text, at, at + len("on Wednesday")) == "battl"
    findings = findings_of(
        "A grass fire that broke out on Monday in the scrub above Marrin had burned 800 "
        "hectares by Tuesday morning and forced 1,100 people out of their homes.\n\nFire "
        "crews from three towns were called in.",
        "MARRIN - The grass fire in the hills above Marrin has now burned 2,300 hectares and "
        "destroyed 12 farms, officials said on Wednesday, as crews battled to hold the fire "
        "line above the town.\n\nNo one has been hurt.",
        published="2027-08-05",
        group=False,
    )
    dates = [f for f in findings if f.kind is ClaimKind.DATE]
    assert not [f for f in dates if f.verdict is Verdict.CONFLICT], [
        (f.reason, [c.text for c in f.claims]) for f in dates
    ]


def test_two_populations_of_one_country_compare():
    findings = findings_of(
        "Veldria's population reached 4.21 million in the 2026 census, the statistics office "
        "said on Thursday.",
        "The census puts Veldria's population at 4.12 million, the statistics office said.",
        published="2027-06-25",
        group=False,
    )
    assert any(
        f.verdict is Verdict.CONFLICT and {c.value for c in f.claims} == {"4210000", "4120000"}
        for f in findings
    ), [(f.verdict, [c.text for c in f.claims]) for f in findings]


def test_a_plan_for_next_year_does_not_make_its_day_future():
    """'approved a budget for next year late on Thursday' is last Thursday: 'for next year'
    says what the budget covers, not when the approving happens."""
    findings = findings_of(
        "Orlen Vale's council approved a €610 million budget for next year late on Thursday "
        "after a six-hour debate.",
        "Orlen Vale's council will debate the harbour plan for next year on Thursday.",
        published="2027-11-19",
        group=False,
    )
    days = {
        c.source: c.value
        for f in findings
        for c in f.claims
        if c.kind is ClaimKind.DATE and "Thursday" in c.text
    }
    assert days == {"a.txt": "2027-11-18", "b.txt": "2027-11-25"}


def test_approving_passing_and_voting_through_are_one_event():
    """Outlets tell a council's budget vote in different verbs; it is one event, so the
    outlier's day is a conflict, not a separate fact."""
    findings = findings_of(
        "Property taxes in Tarrow will rise by 4%. The county council approved the budget on "
        "Thursday after a long debate.",
        "Drivers will see more pothole repairs. Councillors passed it on Thursday night.",
        "Tarrow's tax rise is the steepest in years. The council voted its budget through on "
        "Wednesday, November 17.",
        published="2027-11-22",
        group=False,
    )
    conflict = [f for f in findings if f.kind is ClaimKind.DATE and f.verdict is Verdict.CONFLICT]
    assert [sorted(c.value for c in f.claims) for f in conflict] == [
        ["2027-11-17", "2027-11-18", "2027-11-18"]
    ], [(f.verdict, [c.text for c in f.claims]) for f in findings]


def test_a_rate_named_before_an_aside_keeps_its_subject():
    """'inflation, now 2.9%, would fall to 2.4%': 2.4% is inflation, not unemployment."""
    findings = findings_of(
        "The bank said inflation, now 2.9%, would fall to 2.4% in 2028, and held its rate.",
        "Unemployment is 4.8% and inflation is 2.9%, the bank said as it held its rate.",
        "The jobless rate stands at 4.8%, the bank noted when it held its rate.",
        published="2027-06-10",
        group=False,
    )
    for finding in findings:
        values = {c.value for c in finding.claims}
        assert not ({"2.4 %", "4.8 %"} <= values), finding.reason
    assert any(
        f.verdict is Verdict.AGREE and [c.value for c in f.claims] == ["4.8 %", "4.8 %"]
        for f in findings
    ), [(f.verdict, [c.text for c in f.claims]) for f in findings]


def test_two_windows_of_counting_are_not_one_length_of_time():
    """'in the first twelve hours' and 'in the first three days' are the windows two counts
    were made in; they are never a conflict of durations, while the counts still compare."""
    findings = findings_of(
        "The quake near Tolvan was followed by more than 120 aftershocks in the first twelve "
        "hours, the seismic service said.",
        "The seismic service counted more than 400 aftershocks near Tolvan in the first three "
        "days after the quake.",
        "The strike at the Tolvan smelter lasted three days, the union said.",
        "The union said the strike at the Tolvan smelter lasted four days.",
        published="2027-05-18",
        group=False,
    )
    durations = [f for f in findings if any(c.value.endswith(("hours", "days")) for c in f.claims)]
    assert not any({"12 hours", "3 days"} <= {c.value for c in f.claims} for f in durations), [
        (f.verdict, [c.text for c in f.claims]) for f in durations
    ]
    assert any(
        f.verdict is Verdict.CONFLICT and {c.value for c in f.claims} == {"3 days", "4 days"}
        for f in durations
    ), [(f.verdict, [c.text for c in f.claims]) for f in durations]


def test_finishing_times_compare_to_the_second():
    findings = findings_of(
        "Osei won the Harlow City Marathon on Sunday in 2:07:12, a course record.",
        "On Sunday Osei won the Harlow City Marathon in 2:07:12 in light rain.",
        "Osei won the Harlow City Marathon in 2:07:21, breaking the course record.",
        "Osei won the Harlow City Marathon in two hours, seven minutes and twelve seconds.",
        published="2028-04-10",
        group=False,
    )
    (conflict,) = [f for f in findings if f.verdict is Verdict.CONFLICT]
    assert sorted(c.value for c in conflict.claims) == [
        "7632 seconds",
        "7632 seconds",
        "7632 seconds",
        "7641 seconds",
    ], [(f.verdict, [c.text for c in f.claims]) for f in findings]


def test_forecast_horizons_and_a_days_extreme_are_other_facts():
    """'2.4% by the end of this year' and '2.1% by the end of next year' are two forecasts; an
    index that 'jumped as much as 1.9%' peaked there and closed elsewhere."""
    findings = findings_of(
        "The central bank expects inflation to fall to 2.4% by the end of this year, it said, "
        "and the Marro 40 index jumped as much as 1.9% after the decision.",
        "Inflation will ease to 2.1% by the end of next year, the central bank forecast, while "
        "the Marro 40 index closed up 1.2% after the decision.",
        "The bank sees inflation at 2.4% by the end of this year; the Marro 40 index closed "
        "up 1.2%.",
        published="2028-03-09",
        group=False,
    )
    for finding in findings:
        values = {c.value for c in finding.claims}
        assert not ({"2.4 %", "2.1 %"} <= values or {"1.9 %", "1.2 %"} <= values), [
            c.text for c in finding.claims
        ]
    agreed = [sorted(c.value for c in f.claims) for f in findings if f.verdict is Verdict.AGREE]
    assert ["2.4 %", "2.4 %"] in agreed and ["1.2 %", "1.2 %"] in agreed, agreed


def test_a_forecast_with_a_horizon_is_not_the_current_figure():
    findings = findings_of(
        "Inflation in Marro is running at 2.9%, the central bank said as it cut rates.",
        "The central bank said as it cut rates that inflation in Marro would ease to 2.1% by "
        "the end of 2029.",
        published="2028-03-09",
        group=False,
    )
    assert not [f for f in findings if f.verdict is Verdict.CONFLICT], [
        [c.text for c in f.claims] for f in findings
    ]


def test_two_bare_counts_told_beside_the_same_word_agree():
    """'35 got out unaided' and '35 reached the surface unaided' count one group, though
    neither names a counted noun or a role word; a bare count beside other words stays apart."""
    findings = findings_of(
        "Of the 46 workers underground at the Velden mine, 35 got out unaided.",
        "At the Velden mine 35 reached the surface unaided, the company said.",
        "At the Velden mine 35 were questioned by police, the company said.",
        published="2027-09-17",
        group=False,
    )
    agreed = [
        sorted(c.source for c in f.claims)
        for f in findings
        if f.verdict is Verdict.AGREE and {c.value for c in f.claims} == {"35"}
    ]
    assert agreed == [["a.txt", "b.txt"]], [
        (f.verdict, [c.text for c in f.claims]) for f in findings
    ]


def test_days_of_statements_running_counts_and_repeats_are_not_the_events_day():
    """A radio bulletin's 'this morning' is the day something was said, a count was taken or
    a move happened again; none of them is the day of the event the others date."""
    findings = findings_of(
        "The Orme footbridge collapsed on Thursday, killing three people, police said.\n\n"
        "Shares in Ormeline fell 4% on Thursday.",
        "REPORTER: Divers searched the river through the night, and this morning five people "
        "have now died after the Orme footbridge collapse.\n\nThe council leader said this "
        'morning: "We will rebuild the Orme footbridge."\n\nOrmeline shares are down again '
        "this morning.",
        published="2027-02-20",
        group=False,
    )
    conflicts = [f for f in findings if f.kind is ClaimKind.DATE and f.verdict is Verdict.CONFLICT]
    assert not conflicts, [[c.text for c in f.claims] for f in conflicts]


def test_revenue_for_one_year_is_not_revenue_for_another():
    findings = findings_of(
        "Orvel Space reported revenue of €412 million for 2026, up 31% from a year earlier. "
        "It had guided for revenue of €480 million this year.",
        "Orvel Space expects revenue of €480 million this year, the company said.",
        published="2027-10-18",
        group=False,
    )
    assert not [f for f in findings if f.verdict is Verdict.CONFLICT], [
        [c.text for c in f.claims] for f in findings if f.verdict is Verdict.CONFLICT
    ]


def test_a_part_told_alike_by_two_outlets_agrees_though_its_digits_are_the_totals():
    """'€126 million' of a '€612 million' total is no slip of that total (126 and 612 share
    their digits): another outlet's '€126 million' from the same funder is the same part."""
    findings = findings_of(
        "The observatory's total cost has reached €612 million. Of the €612 million, "
        "€281 million came from the science ministry, €205 million from European partners "
        "and €126 million from private foundations.",
        "The observatory cost €621 million in the end. Private foundations put in €126 "
        "million and European partners €205 million.",
        published="2031-03-11",
        group=False,
    )
    assert any(
        f.verdict is Verdict.AGREE
        and {c.value for c in f.claims} == {"126000000 EUR"}
        and len(f.claims) == 2
        for f in findings
    )


def test_a_fall_told_as_a_share_in_words_meets_the_same_fall_in_figures():
    """'down by about a third' and 'fell 35 per cent' are one fall told two ways (a share in
    words is round, and a fall is told by its size either way); 'fell 50 per cent' is not."""
    findings = findings_of(
        "Apple output at Vell orchards is down by about a third this year, growers said.",
        "Apple output at Vell orchards fell 35 per cent this year, growers said.",
        published="2030-05-05",
        group=False,
    )
    assert conflict_values(findings, ClaimKind.NUMBER) == []
    assert any(
        {c.value for c in f.claims} == {"33.33 %", "35 %"} for f in findings if len(f.claims) == 2
    )
    halved = findings_of(
        "Apple output at Vell orchards fell by a third this year, growers said.",
        "Apple output at Vell orchards fell 50 per cent this year, growers said.",
        published="2030-05-05",
        group=False,
    )
    assert conflict_values(halved, ClaimKind.NUMBER) == [["33.33 %", "50 %"]]


def test_a_figure_nearer_a_total_than_its_part_is_the_totals_rival():
    """'421,000 members' against '412,000 members - 390,000 current members and 22,000
    former members' is the total told differently: it may meet the total, never the part."""
    from checker.align import build_profiles, pair_scores
    from checker.internal import internal_checks
    from checker.pipeline import _wholes

    extraction = extract(
        "The breach at Harbour Mutual exposed the records of 412,000 members - 390,000 current "
        "members and 22,000 former members.",
        "Attackers took records relating to 421,000 members of Harbour Mutual.",
        published="2028-05-18",
    )
    claims = [c for c in extraction.claims if c.kind is ClaimKind.NUMBER]
    wholes = _wholes(internal_checks(claims, extraction.sentences))
    profiles = build_profiles(claims, extraction.sentences, None, wholes)
    scores = pair_scores(claims, profiles, 0.0001, set())
    index = {c.text: i for i, c in enumerate(claims)}
    other = index["421,000 members"]
    assert (index["412,000 members"], other) in scores
    assert (index["390,000 current members"], other) not in scores


def test_each_articles_only_figure_of_a_unit_is_weighed_against_the_others():
    """Among seventy counts told in sentences more like the union's than the company's, the
    only depth in each article is still a candidate pair: it is scored, whatever the words."""
    from checker.align import build_profiles, pair_scores

    filler = " ".join(
        f"In Tregarth, shift {n} of the mine company said {n} people were found on Friday."
        for n in range(11, 80)
    )
    extraction = extract(
        "The trapped miners were found 640 metres below the surface, the mine company said on "
        "Friday. " + filler,
        "Rescuers worked through the night to reach the men, stuck some 580 metres underground, "
        "the union said.",
        published="2029-06-18",
    )
    claims = [c for c in extraction.claims if c.kind is ClaimKind.NUMBER]
    profiles = build_profiles(claims, extraction.sentences, None, {})
    scores = pair_scores(claims, profiles, 0.0001, set())
    index = {c.text: i for i, c in enumerate(claims)}
    assert (index["640 metres"], index["some 580 metres"]) in scores


def test_figures_half_again_apart_are_weighed_as_less_likely_one_fact():
    """One fact told wrongly is mostly told near its value; a figure half again another's
    (6.3 million against 9.8 million) is more often another count in a like sentence, so the
    pair scores lower than the same sentences with figures near each other."""
    from checker.align import build_profiles, pair_scores

    def score(other: str) -> float:
        extraction = extract(
            "The stolen data set covers 9.8 million accounts, the Tessary company said.",
            f"The stolen data set covers {other} million accounts, the Tessary company said.",
            published="2029-06-18",
        )
        claims = [c for c in extraction.claims if c.kind is ClaimKind.NUMBER]
        profiles = build_profiles(claims, extraction.sentences, None, {})
        return pair_scores(claims, profiles, 0.0001, set())[(0, 1)]

    assert score("9.4") - score("6.3") >= 9.0
    assert score("9.4") == score("6.7")  # (within half again: no weight)


def test_a_slip_of_one_side_of_a_disagreement_joins_it():
    """'1.2 km' and '2.1 km' disagree; a transcript's 'one point two miles', alike with the
    '1.2 km' sentence only, keeps that side's number in another unit: the same figure
    misreported, so it joins the disagreement (not a group told three ways)."""
    from collections import defaultdict

    from checker.align import _join_lone_slips

    def figure(source: str, amount: float, unit: str) -> Claim:
        text = f"{amount} {unit}"
        quantity = Quantity(amount, unit, step=0.1, dimension="length")
        return Claim(source, 0, ClaimKind.NUMBER, text, 0, len(text), text, text, quantity=quantity)

    claims = [figure("a.txt", 1.2, "km"), figure("b.txt", 2.1, "km"), figure("c.txt", 1.2, "mile")]
    neighbours: dict[int, dict[int, float]] = defaultdict(dict)
    neighbours[0][2] = neighbours[2][0] = 30.0
    neighbours[0][1] = neighbours[1][0] = 40.0
    members = {0: [0, 1], 2: [2]}
    _join_lone_slips(members, claims, neighbours, 26.0, {})
    assert sorted(members.values()) == [[0, 1, 2]]
    told_three_ways = [*claims, figure("d.txt", 3.5, "km")]
    members = {0: [0, 1, 3], 2: [2]}
    neighbours[0][3] = neighbours[3][0] = 40.0
    _join_lone_slips(members, told_three_ways, neighbours, 26.0, {})
    assert sorted(members.values()) == [[0, 1, 3], [2]]


def test_rates_of_different_things_do_not_meet_and_one_rate_still_conflicts():
    """A policy rate, a bond yield and a deposit rate of one decision are told in sentences
    of one shape ('fell N basis points to X%'); what each rate measures tells them apart,
    while two outlets' figures for the one cash rate still conflict."""
    findings = findings_of(
        "The Marro central bank cut its cash rate by 25 basis points to 3.50% on Wednesday. "
        "The two-year government bond yield fell 11 basis points to 3.28%.",
        "The Marro central bank cut its cash rate by 25 basis points to 3.25% on Wednesday. "
        "It also lowered the interest rate paid on settlement balances by 25 basis points to "
        "3.40%.",
        "On Wednesday the Marro central bank cut its cash rate by 25 basis points to 3.50%. "
        "The Marro shares index closed up 1.2%.",
        published="2028-03-09",
        group=False,
    )
    conflicts = conflict_values(findings, ClaimKind.NUMBER)
    assert conflicts == [["3.25 %", "3.5 %", "3.5 %"]], conflicts


def test_what_a_rate_measures_is_read_back_over_its_verb():
    from checker.align import _measured

    assert {"bond", "yield"} <= _measured(
        "The two-year government bond yield fell 11 basis points to "
    )
    assert {"cash", "rate"} <= _measured("The bank cut its cash rate by 25 basis points to ")
    # A word after "a" describes the figure itself, not the thing it measures.
    assert _measured("the union agreed a cumulative ") == frozenset()
    # Role classes stand for their words: the jobless rate and unemployment meet.
    assert _measured("the jobless rate rose to ") & _measured("Unemployment is ")
    # "shares" and "stock" name one thing.
    assert _measured("The shares closed up ") & _measured("The stock closed up ")
    # A place or a time read first is passed over for the measure before it.
    assert {"lamb", "price"} <= _measured("Lamb prices at Hobbet mart fell ")
    assert "occup" in str(_measured("Hotel occupancy across the festival fortnight averaged "))
    assert "@hobbet" not in _measured("Lamb prices at Hobbet mart fell ")


def test_a_change_in_points_told_in_per_cent_is_one_change_misreported():
    """'fell twelve percentage points' against 'fell 12 per cent': the number kept, the
    measure slipped; a level in per cent is not a change in points."""
    findings = findings_of(
        "Lamb prices at Hobbet mart fell 12 per cent at the last sale before the closure.",
        "At the last sale before the marts shut, lamb prices fell twelve percentage points.",
        "Lamb prices fell 12 per cent at Hobbet's final sale before the closure, traders said.",
        published="2029-08-14",
        group=False,
    )
    assert conflict_values(findings, ClaimKind.NUMBER) == [["12 %", "12 %", "12 pp"]]
    level = findings_of(
        "Inflation is 3% in Hobbet, the statistics office said on Tuesday.",
        "Inflation rose 3 percentage points in a year in Hobbet, the statistics office said.",
        published="2029-08-14",
        group=False,
    )
    assert conflict_values(level, ClaimKind.NUMBER) == []


def test_a_change_named_after_its_size_is_a_change_even_beside_a_longer_figure():
    """'from 30 per cent to 36 per cent, a 6 per cent rise' against 'an increase of six
    percentage points': the rise is named after its size, and its '6 per cent' is read where
    it stands, not inside '36 per cent'."""
    findings = findings_of(
        "Visiting crews' share of berths goes from 30 per cent to 36 per cent, a 6 per cent "
        "rise agreed in the new Tollan harbour deal.",
        "Under the Tollan harbour deal, visiting crews' share of berths rises from 30% to 36%, "
        "an increase of six percentage points.",
        published="2029-08-14",
        group=False,
    )
    assert ["6 %", "6 pp"] in conflict_values(findings, ClaimKind.NUMBER)


def test_a_claim_is_found_where_it_stands_in_its_sentence():
    findings = findings_of("Its share rose from 40 per cent to 46 per cent, a 6 per cent rise.")
    six = next(c for f in findings for c in f.claims if c.value == "6 %")
    assert six.context[six.context_at - 1 : six.context_at + len(six.text)] == " 6 per cent"


def test_the_day_a_spell_ends_is_not_the_day_of_the_event():
    """'pages remain open until Saturday 11 May' is not the day of 'yesterday's regatta',
    though both sentences tell of its fundraising."""
    findings = findings_of(
        "NEWSREADER: The fundraising total from yesterday's Corran Water regatta has reached "
        "thirty-one thousand pounds for the hospice, organisers said this morning.",
        "CORRAN WATER REGATTA - RESULTS RELEASE\n\nRecord fleet in light winds\n\n"
        "Saturday 4 May 2030\n\nBoats: 140\n\nThe regatta is held in aid of the hospice. "
        "Fundraising pages remain open until Saturday 11 May 2030.",
        published="2030-05-05",
        group=False,
    )
    assert conflict_values(findings, ClaimKind.DATE) == []
    # "will not reopen until Monday" is when something starts, and meets its day.
    reopening = findings_of(
        "The Corran Water bridge will not reopen until Monday, engineers said.",
        "Engineers said the Corran Water bridge will reopen on Tuesday.",
        published="2030-05-05",
        group=False,
    )
    assert conflict_values(reopening, ClaimKind.DATE) == [["2030-05-06", "2030-05-07"]]


def test_a_year_told_by_its_end_is_no_length_of_time():
    """'in the year to March 2027' names when, not a span 'the year' long that would part it
    from 'last year'."""
    findings = findings_of(
        "Dunmoor Buses carried 41.3 million journeys last year, the operator's report said.",
        "Dunmoor Buses carried 43.1 million journeys in the year to March 2027, its annual "
        "report said.",
        published="2027-06-02",
        group=False,
    )
    assert ["41300000 journeys", "43100000 journeys"] in conflict_values(findings, ClaimKind.NUMBER)


def test_a_gap_from_an_average_in_points_and_in_per_cent_is_one_gap_misreported():
    """'19 percentage points above the 8 per cent industry average' against '19 per cent
    higher than the industry average': one gap, its measure slipped; and a gap is not the
    average it is measured from."""
    findings = findings_of(
        "Of the boilers sold, 27 per cent broke within a year, against an industry average of "
        "about 8 per cent for similar models, the inquiry heard.",
        "The inquiry put the failure rate at 27 per cent within a year - 19 percentage points "
        "above the 8 per cent industry average for similar models.",
        "The inquiry heard that 27 per cent of the boilers broke, a failure rate 19 per cent "
        "higher than the industry average.",
        published="2029-08-14",
        group=False,
    )
    assert conflict_values(findings, ClaimKind.NUMBER) == [["19 %", "19 pp"]]


def test_a_name_and_a_plain_noun_for_one_party_still_meet():
    """'The Civic Alliance took just over 41%' and 'the party taking 41.3%': what each rate
    measures is named once and described once, so they are not told apart by it."""
    findings = findings_of(
        "Voters handed the Civic Alliance a clear win on Sunday, with the party taking 41.3% "
        "of the vote.",
        "The Civic Alliance took just over 41% of the vote in Sunday's election.",
        published="2027-05-10",
        group=False,
    )
    assert any({c.value for c in f.claims} == {"41.3 %", "41 %"} for f in findings), [
        (f.verdict, [c.text for c in f.claims]) for f in findings
    ]


def test_an_article_contradicts_itself_only_on_strong_evidence():
    """Two different figures of one article make it contradict itself, the first thing a
    reader notices, so they need more than a restatement does: the same shelter count told
    twice differently is reported; a week's two different newsletter plans are not."""
    findings = findings_of(
        "The Riverside school shelter housed 340 people on Tuesday night, the council said.\n\n"
        "Volunteers served hot meals until late.\n\n"
        "The council said 430 people were staying at the Riverside school shelter on Tuesday "
        "night.",
        published="2027-08-12",
        group=False,
    )
    assert any(
        f.verdict is Verdict.CONFLICT
        and {c.value for c in f.claims} == {"340 people", "430 people"}
        for f in findings
    ), [(f.verdict, [c.text for c in f.claims]) for f in findings]
    findings = findings_of(
        "I had planned to write about drug pricing this week, but Norrow Biologics had other "
        "ideas.\n\nNorrow's trial results came out on Thursday.\n\nNext week: back to drug "
        "pricing.",
        published="2028-05-19",
        group=False,
    )
    assert not [f for f in findings if f.verdict is Verdict.CONFLICT], [
        [c.text for c in f.claims] for f in findings if f.verdict is Verdict.CONFLICT
    ]


def test_a_count_something_rose_to_is_of_that_thing_however_far_back_named():
    findings = findings_of(
        "Two people were killed when an avalanche struck the Tarn Ridge ski area on Sunday, "
        "police said.",
        "The death toll from Sunday's avalanche at the Tarn Ridge ski area has risen to three.",
        "Three people were killed in Sunday's avalanche at the Tarn Ridge ski area.",
        published="2028-02-14",
        group=False,
    )
    toll = [f for f in findings if {"2 people", "3", "3 people"} <= {c.value for c in f.claims}]
    assert toll, [(f.verdict, [c.text for c in f.claims]) for f in findings]


def test_colleagues_and_staff_count_one_workforce():
    findings = findings_of(
        "The combined Harlow and Pike group will employ 9,800 staff across 214 stores.",
        "Harlow and Pike said the combined group's approximately 9,800 colleagues would keep "
        "their jobs across 214 stores.",
        "The combined Harlow and Pike group will have 8,900 staff across 214 stores.",
        published="2027-11-17",
        group=False,
    )
    assert any(
        f.verdict is Verdict.CONFLICT
        and sorted(c.value for c in f.claims) == ["8900 staff", "9800 colleagues", "9800 staff"]
        for f in findings
    ), [(f.verdict, [c.text for c in f.claims]) for f in findings]


def test_the_ill_and_those_admitted_to_hospital_are_different_counts():
    findings = findings_of(
        "Health officials in Tarrow are investigating an outbreak after 64 people fell ill "
        "following the food festival, and 9 people were admitted to hospital.",
        "The number of people made ill in the Tarrow food festival outbreak has risen to 127, "
        "officials said, with 23 people admitted to hospital.",
        published="2028-05-19",
        group=False,
    )
    for finding in findings:
        values = {c.value for c in finding.claims}
        # ("The number of people made ill ... has risen to 127" counts 127 people.)
        assert not ({"64 people", "23 people"} <= values or {"127 people", "9 people"} <= values), [
            c.text for c in finding.claims
        ]
    assert any(
        f.verdict is Verdict.CONFLICT and {c.value for c in f.claims} == {"64 people", "127 people"}
        for f in findings
    ), [(f.verdict, [c.text for c in f.claims]) for f in findings]


def test_jobs_roles_and_posts_count_one_thing():
    findings = findings_of(
        "Kestral Foods will cut 1,200 jobs as it closes its Marlow bakery, the company said.",
        "The company said Kestral Foods would cut 1,200 roles when it closes its Marlow bakery.",
        "Kestral Foods will cut 1,400 posts when its Marlow bakery closes, the union said.",
        published="2028-08-09",
        group=False,
    )
    assert any(
        f.verdict is Verdict.CONFLICT
        and sorted(c.value for c in f.claims) == ["1200 jobs", "1200 roles", "1400 posts"]
        for f in findings
    ), [(f.verdict, [c.text for c in f.claims]) for f in findings]


def test_widths_depths_and_intervals_are_not_other_lengths():
    """A slide '400 metres wide' did not 'run 1,200 feet'; a ban 'reviewed every two weeks'
    did not last 'seven weeks'; but '61 cm wide' and 'a 61-centimetre borehole' agree."""
    findings = findings_of(
        "The avalanche on Tarn Ridge was 400 metres wide and ran for 1.2 kilometres, the "
        "resort said. Rescuers reached the men through a borehole 61 cm wide. The water ban "
        "will be reviewed every two weeks.",
        "On Tarn Ridge the avalanche ran some 1,200 feet down the mountain, the resort said. "
        "Rescuers used a 61-centimetre borehole. The last water ban ran for seven weeks.",
        published="2028-02-11",
        group=False,
    )
    for finding in findings:
        values = {c.value for c in finding.claims}
        assert not ({"400 m", "1200 ft"} <= values or {"2 weeks", "7 weeks"} <= values), [
            c.text for c in finding.claims
        ]
    assert any(
        f.verdict is Verdict.AGREE and {c.value for c in f.claims} == {"61 cm"} for f in findings
    ), [(f.verdict, [c.text for c in f.claims]) for f in findings]


def test_ages_compare_only_with_ages_of_the_same_kind_of_person():
    findings = findings_of(
        "A 41-year-old man from Tarnby died in hospital overnight after the avalanche.",
        "The 41-year-old man from Tarnby who was pulled from the snow died in hospital.",
        "A 44-year-old man from Tarnby died in hospital after the avalanche; the other "
        "victims, a 34-year-old woman and a 29-year-old man, were visitors.",
        published="2028-02-11",
        group=False,
    )
    conflicts = conflict_values(findings)
    assert ["41 years old man", "41 years old man", "44 years old man"] in conflicts, conflicts
    for values in conflicts:
        assert "34 years old woman" not in values, conflicts


def test_one_source_s_death_toll_told_twice_far_apart_is_one_claim():
    # A bulletin gives its toll at the top and again minutes later: one claim, so that a
    # source whose words match only the second mention still meets the first.
    findings = findings_of(
        "The death toll from the Orvell quarry landslide has risen to four. Crews worked "
        "through the night. The road to the village is closed. Engineers are checking the "
        "slope. Four have now died, and the search for a missing driver goes on.",
        "Four have now died in the Orvell quarry landslide, rescuers said on Tuesday.",
        "Three people were killed when the slope above Orvell quarry gave way on Monday.",
        published="2027-05-11",
        group=False,
    )
    bulletin = [
        f
        for f in findings
        if any(c.source == "a.txt" and c.value.startswith("4") for c in f.claims)
    ]
    assert len(bulletin) == 1, [(f.verdict, [c.text for c in f.claims]) for f in findings]
    assert bulletin[0].verdict is Verdict.CONFLICT
    assert {c.source for c in bulletin[0].claims} == {"a.txt", "b.txt", "c.txt"}


def test_a_custodial_sentence_told_with_other_verbs_and_units_is_one_fact():
    findings = findings_of(
        "Tomas Reiner, the former harbour master, was sentenced to six years and six months "
        "at Calder Crown Court on Friday for taking bribes.",
        "Reiner, 58, received six and a half years for corruption, the court heard.",
        "The former harbour master Tomas Reiner was given six years at Calder Crown Court.",
        published="2027-11-13",
        group=False,
    )
    sentence = [f for f in findings if any(c.value == "78 months" for c in f.claims)]
    assert len(sentence) == 1, [(f.verdict, [c.text for c in f.claims]) for f in findings]
    assert sentence[0].verdict is Verdict.CONFLICT
    assert {c.source for c in sentence[0].claims} == {"a.txt", "b.txt", "c.txt"}
    assert sentence[0].differing == ("c.txt",)


def test_a_precise_bare_count_meets_the_same_count_with_its_noun():
    findings = findings_of(
        "A crowd of 23,518 at Holm Park stood for a minute's silence before the kick-off of "
        "the Westmarch Shield final on Saturday.",
        "The final drew 23,518 spectators, short of the ground's 26,000 capacity.",
        published="2028-04-16",
        group=False,
    )
    assert_found(findings, Verdict.AGREE, {"23,518", "23,518 spectators"})


def test_the_height_of_a_fire_is_no_height_of_a_count():
    # "at the height of the fire" says when; only a length can be a height.
    findings = findings_of(
        "The fire service had 60 firefighters at the height of the blaze at the Orla "
        "paint works in Dunmere, it said.",
        "Some 75 firefighters were fighting the blaze at the Orla paint works in Dunmere "
        "overnight.",
        published="2028-06-03",
        group=False,
    )
    assert any(
        f.verdict is Verdict.CONFLICT
        and {c.value for c in f.claims} == {"60 firefighters", "75 firefighters"}
        for f in findings
    ), [(f.verdict, [c.text for c in f.claims]) for f in findings]


def test_the_minute_of_a_winning_goal_is_compared():
    findings = findings_of(
        "Mira Hale volleyed in a 97th-minute winner as Corran Town beat Westby 2-1 in the "
        "Shield final on Saturday.",
        "Hale's winner in the 97th minute sent the Corran Town fans wild at the Shield final.",
        "Then Hale smashes in the winner in the 99th minute and Corran Town have the Shield.",
        published="2028-05-14",
        group=False,
    )
    assert any(
        f.verdict is Verdict.CONFLICT
        and {c.value for c in f.claims} == {"97 minute of play", "99 minute of play"}
        and len({c.source for c in f.claims}) == 3
        for f in findings
    ), [(f.verdict, [c.text for c in f.claims]) for f in findings]


def test_a_figure_with_its_digits_transposed_is_the_same_fact_misreported():
    findings = findings_of(
        "The Orvane trial enrolled 14,820 people aged over 60 at 212 sites in nine countries, "
        "the company said in its statement on Wednesday. It employs 900 people.",
        "Shares jumped after results from 14,280 people were published. Some 300 people work "
        "at its lab.",
        published="2029-03-15",
        group=False,
    )
    assert any(
        f.verdict is Verdict.CONFLICT
        and {c.value for c in f.claims} == {"14820 people", "14280 people"}
        for f in findings
    ), [(f.verdict, [c.text for c in f.claims]) for f in findings]


def test_a_bare_count_with_its_digits_transposed_meets_the_counted_one():
    findings = findings_of(
        "The airline has cancelled 130 flights today and 85 tomorrow, 215 in total.",
        "Over the two days of the strike the airline cancelled 251 flights.",
        published="2029-05-12",
        group=False,
    )
    assert any(
        f.verdict is Verdict.CONFLICT and {c.value for c in f.claims} == {"215", "251 flights"}
        for f in findings
    ), [(f.verdict, [c.text for c in f.claims]) for f in findings]


def test_what_a_figure_is_and_how_it_is_told_do_not_part_it():
    # "deficit" says what the figure is, "projected" how it is told: one figure.
    findings = findings_of(
        "The Vessland budget deficit is €640 million next year, the finance ministry said.",
        "Next year's Vessland budget gap is projected at €640m by the finance ministry.",
        published="2028-10-17",
        group=False,
    )
    assert any(
        f.verdict is Verdict.AGREE and len({c.source for c in f.claims}) == 2
        for f in findings
        if f.kind.value == "number"
    ), [(f.verdict, [c.text for c in f.claims]) for f in findings]


def test_a_change_on_the_quarter_is_not_a_change_on_the_year():
    """Economic releases give one measure's change against two bases: '1.1% on the previous
    quarter' and '3.4% higher than a year earlier' are two facts, however alike their
    sentences, while a wrong annual figure is still the annual figure's rival."""
    findings = findings_of(
        "Factory output in Dalmoor grew 1.1% from the previous three months, the statistics "
        "bureau said on Tuesday.",
        "Factory output in Dalmoor grew 3.4% on a year earlier, the statistics bureau said on "
        "Tuesday.",
        "Factory output in Dalmoor grew 3.9% year on year, the statistics bureau said on Tuesday.",
        "Compared with the second quarter of 2027, factory output in Dalmoor grew 3.4%, the "
        "statistics bureau said on Tuesday.",
        published="2028-07-25",
        group=False,
    )
    for finding in findings:
        values = {c.value for c in finding.claims}
        assert "1.1 %" not in values or values == {"1.1 %"}, [c.text for c in finding.claims]
    conflicts = conflict_values(findings)
    assert conflicts == [["3.4 %", "3.4 %", "3.9 %"]], conflicts


@pytest.mark.parametrize(
    "sentence, base",
    [
        ("Sales rose 0.8% on the quarter.", "quarter"),
        ("Sales were 2.4% higher than a year earlier.", "year"),
        ("Annual house price growth slowed to 4.2%.", "year"),
        ("Prices rose 4.9% in the twelve months to September.", "year"),
        ("Sales were up 2.6% on the same quarter of 2027.", "year"),
        ("Sales climbed 0.8% between the second and third quarters.", "quarter"),
        ("Compared with the third quarter of 2027, sales were 2.4% higher.", "year"),
        # The quarter just before the one reported is no year back.
        ("Compared with the second quarter of 2028, sales were 0.8% higher.", ""),
        ("Prices rose 0.3% on the month.", "month"),
        # "a month earlier" after an earlier figure dates that figure.
        ("Core inflation was 2.7%, down from 2.9% a month earlier.", ""),
        ("Sales rose 3%, the annual report said.", ""),
    ],
)
def test_what_a_percentage_change_is_measured_against(sentence, base):
    import datetime as dt

    from checker.align import _change_base, _change_bases

    start = sentence.index("%") - 3
    found = _change_bases(sentence, dt.date(2028, 10, 26))
    assert _change_base(found, 0, len(sentence), start) == base


def test_an_outlet_that_gives_the_majority_value_elsewhere_is_not_the_outlier():
    """Three outlets say attacks fell 40%; the fourth says so too, in other words, and
    gives 22% for teenagers in words like theirs. Its 22% is another fact, not a rival."""
    findings = findings_of(
        "The Halvard Labs drug cut severe asthma attacks by 40% over a year, the company said "
        "on Monday.",
        "Halvard Labs said on Monday its drug cut severe asthma attacks by 40% over a year.",
        "Halvard Labs said on Monday that its drug cut severe asthma attacks by 40% over a year.",
        "Patients on the drug had 40% fewer attacks than those given a dummy injection. Among "
        "teenagers, the drug cut severe asthma attacks by 22% over a year, Halvard Labs said "
        "on Monday.",
        published="2028-05-22",
        group=False,
    )
    figures = [f for f in findings if "%" in f.claims[0].value]
    assert not [f for f in figures if f.verdict is Verdict.CONFLICT], [
        [c.text for c in f.claims] for f in figures
    ]
    agreed = [f for f in figures if f.verdict is Verdict.AGREE]
    assert [sorted(c.source[0] for c in f.claims) for f in agreed] == [["a", "b", "c", "d"]]


def test_a_second_value_of_an_outlet_that_agrees_leaves_the_group():
    from checker.align import _settle_outliers

    def figure(source, amount):
        return _claim(
            source, f"{amount} flights", ClaimKind.NUMBER, quantity=Quantity(amount, "flights")
        )

    claims = [figure("a", 1164), figure("a", 530), figure("b", 1164), figure("c", 1164)]
    members = {0: [0, 1, 2, 3]}
    _settle_outliers(members, claims)
    assert sorted(sorted(m) for m in members.values()) == [[0, 2, 3], [1]]


def test_transposed_digits_are_one_fact_whatever_the_other_words_say():
    """'at an altitude of 2,370 metres' and 'at 2,730 metres': the same digits in another
    order are one figure misreported, though only one sentence names what the length is."""
    findings = findings_of(
        "Rescuers reached the Orvel hut, at an altitude of 2,370 metres, on Friday.",
        "The Orvel hut, at 2,370 metres, was reached by rescuers on Friday.",
        "Rescuers reached the Orvel hut, at 2,730 metres, on Friday.",
        published="2029-02-10",
        group=False,
    )
    conflicts = conflict_values(findings)
    assert ["2370 m", "2370 m", "2730 m"] in conflicts, conflicts


def test_ages_are_compared_person_by_person():
    """'Ilse Varga, 38' and 'Ilse, who is 83' are one person's age told two ways (a
    conflict); 'Tomas Brandt, 29' is another climber's and no rival of either."""
    findings = findings_of(
        "The rescued climbers, Ilse Varga, 38, and Tomas Brandt, 29, were flown to Korvel.",
        "Helicopter crews flew 38-year-old Ilse Varga and Tomas Brandt, 29, to Korvel.",
        "We were four: Tomas, Ilse, who is 83 and the most experienced of us, and the twins.",
        published="2029-09-20",
        group=False,
    )
    ages = [f for f in findings if f.claims[0].quantity and f.claims[0].quantity.dimension == "age"]
    conflicts = [sorted(c.value for c in f.claims) for f in ages if f.verdict is Verdict.CONFLICT]
    assert conflicts == [["38 years old", "38 years old", "83 years old"]], conflicts
    agreed = [sorted(c.value for c in f.claims) for f in ages if f.verdict is Verdict.AGREE]
    assert agreed == [["29 years old", "29 years old"]], agreed


def test_the_age_of_a_building_is_no_persons_age():
    """'the 120-year-old Gorse Lane Infirmary' and 'an 87-year-old patient' are ages of two
    things of different kinds; two outlets giving the infirmary's age still agree."""
    findings = findings_of(
        "The new hospital opens on Monday, replacing the 120-year-old Gorse Lane Infirmary.",
        "The first ambulance has left. On board is an 87-year-old patient from Ward 4.",
        "Patients move on Monday from the 120-year-old infirmary on Gorse Lane.",
        published="2029-09-20",
        group=False,
    )
    assert conflict_values(findings, ClaimKind.NUMBER) == []
    assert_found(findings, Verdict.AGREE, {"120-year-old"})


def test_a_crowd_expected_is_not_the_crowd_that_came():
    """'About 4,000 visitors are expected' before an open day and 'drew 6,100 visitors'
    after it are a forecast and an outcome, not one count told two ways; two outlets giving
    the outcome still agree."""
    findings = findings_of(
        "The quarry museum opens its doors on Saturday. About 4,000 visitors are expected.",
        "Saturday's open day at the quarry museum drew 6,100 visitors, the organisers said.",
        "The quarry museum open day on Saturday attracted 6,100 visitors.",
        published="2029-09-20",
        group=False,
    )
    assert conflict_values(findings, ClaimKind.NUMBER) == []


def test_two_deadlines_worded_apart_are_one_deadline():
    """'applications must be lodged by Friday 28 June' and 'All forms have to be submitted
    by 28 July 2030': one deadline told two ways, a conflict; the day the scheme opens is
    another date."""
    findings = findings_of(
        "Growers can apply for the storm grant from 1 April, and applications must be lodged "
        "by Friday 28 June.",
        "Everything has to be submitted by 28 July 2030. Don't leave it late.",
        "The storm grant opens on 1 April. Officials said paperwork needs to be in by 28 June.",
        published="2030-03-20",
        group=False,
    )
    assert conflict_values(findings, ClaimKind.DATE) == [["2030-06-28", "2030-06-28", "2030-07-28"]]


def test_a_crowd_of_spectators_and_of_people_is_one_crowd():
    """'watched by some 3,000 spectators' and 'in front of around four thousand people' count
    one crowd (a conflict); a police estimate of those watching is that crowd too."""
    findings = findings_of(
        "The lifeboat Morwenna Clare was launched at Penhallow slipway on Saturday, watched by "
        "some 3,000 spectators lining the quay in driving rain.",
        "The new lifeboat went down the slipway on Saturday in front of around four thousand "
        "people. Our reporter was there.",
        published="2030-04-14",
        group=False,
    )
    assert conflict_values(findings, ClaimKind.NUMBER) == [["3000 spectators", "4000 people"]]
    estimate = findings_of(
        "Police estimate about 2,000 people are on the quay watching the launch on Saturday.",
        "An estimated 3,500 people watched the lifeboat launch on Saturday, police said.",
        published="2030-04-14",
        group=False,
    )
    assert conflict_values(estimate, ClaimKind.NUMBER) == [["2000 people", "3500 people"]]


def test_a_ship_docked_and_a_ship_returned_to_port_are_one_homecoming():
    """'The ship docked on Saturday, 8 July' and 'returned to Porthwen on Sunday, 9 July
    2028': one day the ship came home, told two ways (a conflict)."""
    findings = findings_of(
        "The survey ship docked on Saturday, 8 July after more than five weeks at sea, having "
        "sailed on 2 June.",
        "PORTHWEN - The survey vessel Tern returned to Porthwen on Sunday, 9 July 2028, "
        "completing a 37-day voyage to the Skerrow Deep.",
        published="2028-07-12",
        group=False,
    )
    assert conflict_values(findings, ClaimKind.DATE) == [["2028-07-08", "2028-07-09"]]


def test_a_fact_sheets_date_line_is_its_events_day():
    """A fact sheet's 'Date: Saturday 11 May 2030' names the day of the final the reports
    date to Sunday: one day told two ways (a conflict), however few words the line shares."""
    sheet = (
        "MATCH FACT SHEET - Corrin Open 2030 - Men's Singles Final\n\n"
        "Date: Saturday 11 May 2030\nAttendance: 9,800\nDuration: 3h 02m\n"
        "Result: Arno Vell d. Tomas Ruiz 7-6, 4-6, 6-3"
    )
    findings = findings_of(
        "Arno Vell won the Corrin Open on Sunday, beating Tomas Ruiz in three sets in front of "
        "a full house on the main court.",
        "Vell took the Corrin Open title on Sunday after three hours on court against Ruiz.",
        sheet,
        published="2030-05-13",
        group=False,
    )
    assert conflict_values(findings, ClaimKind.DATE) == [["2030-05-11", "2030-05-12", "2030-05-12"]]


def test_a_margin_in_points_and_in_per_cent_is_one_margin_misreported():
    """'clearing the required majority by 4.2 percentage points' and 'clearing the 75%
    needed by 4.2 per cent': one margin, its measure slipped (a conflict); so are 'eighteen
    percentage points below where they should be' and '18 per cent below normal'."""
    findings = findings_of(
        "The members' vote passed, clearing the required majority by 4.2 percentage points.",
        "In all, 79.2% voted in favour, clearing the 75% majority needed by 4.2 per cent.",
        published="2029-08-14",
        group=False,
    )
    assert conflict_values(findings, ClaimKind.NUMBER) == [["4.2 %", "4.2 pp"]]
    gap = findings_of(
        "Reservoirs stood at 44%, which the firm said was 18 per cent below normal for June.",
        "The reservoirs are at forty-four percent. They would normally be at sixty-two percent. "
        "So that's eighteen percentage points below where they should be.",
        published="2029-08-14",
        group=False,
    )
    assert ["18 %", "18 pp"] in conflict_values(gap, ClaimKind.NUMBER)


def test_an_organisations_words_are_its_spokespersons():
    """'Tarlow, which runs 40 depots, said it was "reviewing every option"' and 'Tarlow's
    spokeswoman Ines Moya said: "We are reviewing every option."': the firm speaks through
    her, no misattribution; two people given one quotation still are."""
    findings = findings_of(
        'Tarlow, which runs 40 depots, said it was "reviewing every option".',
        'Tarlow\'s spokeswoman Ines Moya said: "We are reviewing every option."',
        published="2029-08-14",
        group=False,
    )
    assert conflict_values(findings, ClaimKind.QUOTE) == []
    people = findings_of(
        'Union official Aled Price said the ruling was "a day for every worker at Tarlow".',
        'Shop steward Rosa Veen said the ruling was "a day for every worker at Tarlow".',
        published="2029-08-14",
        group=False,
    )
    assert len(conflict_values(people, ClaimKind.QUOTE)) == 1


def test_two_speakers_sharing_a_phrase_are_not_a_misattribution():
    """An agent's 'Buyers have stopped waiting for rates to fall' and an economist's longer
    answer that uses the phrase are two things said; the agent's words given whole to the
    economist are a misattribution."""
    agent = (
        "Estate agent Colm Reddy said: “Buyers have stopped waiting for rates to fall. They "
        "have done their sums and they are getting on with it.”"
    )
    answer = (
        "Economist Sunita Ware said: “Rates are still high, and two-year deals cost more than "
        "five-year ones, but buyers have stopped waiting for rates to fall, and lenders know "
        "it.”"
    )
    misattributed = (
        "“Buyers have stopped waiting for rates to fall. They have done their sums and they "
        "are getting on with it,” said economist Sunita Ware."
    )

    def conflicts(*texts):
        findings = findings_of(*texts, published="2028-04-20", group=False)
        return [
            sorted(c.speaker for c in f.claims)
            for f in findings
            if f.kind is ClaimKind.QUOTE and f.verdict is Verdict.CONFLICT
        ]

    assert conflicts(agent, answer) == []
    assert conflicts(agent, misattributed) == [["Colm Reddy", "Sunita Ware"]]


def test_two_clock_times_of_one_day_need_strong_evidence():
    """A timeline names many moments: the alarm 'at 02:40' in one outlet and the all-clear
    'at 07:05' in another, told in like sentences, are two events, not one misreported."""
    findings = findings_of(
        "The alarm was raised at 02:40 and crews from three stations went to the Dunmere "
        "depot, the fire service said.",
        "The last crews left the Dunmere depot at 07:05, officials said.",
        published="2028-03-17",
        group=False,
    )
    assert not [f for f in findings if f.verdict is Verdict.CONFLICT], [
        [c.text for c in f.claims] for f in findings
    ]


def test_a_lone_claim_of_a_groups_value_joins_it_through_one_alike_member():
    """Complete linkage asks every pair to look alike; a transcript's '1,250' alike with one
    outlet's sentence joins the agreement, and so does a source telling the group's value
    again; not a source that tells the group another value, nor a claim nothing in the group
    is alike enough with."""
    from checker.align import _join_lone_restatements

    def figure(source, amount):
        return _claim(
            source, f"{amount} posts", ClaimKind.NUMBER, quantity=Quantity(amount, "posts")
        )

    claims = [figure("a", 1250), figure("b", 1250), figure("c", 1250), figure("a", 1250)]
    neighbours = {0: {1: 80.0, 2: 30.0, 3: 40.0}, 1: {0: 80.0}, 2: {0: 30.0}, 3: {0: 40.0}}
    members = {0: [0, 1], 2: [2], 3: [3]}
    _join_lone_restatements(members, claims, neighbours, min_score=26.0)
    assert sorted(sorted(m) for m in members.values()) == [[0, 1, 2, 3]]
    # A value this precise joins on the looser likeness linkage allows (35 x 0.65 < 30) ...
    members = {0: [0, 1], 2: [2], 3: [3]}
    _join_lone_restatements(members, claims, neighbours, min_score=35.0)
    assert sorted(sorted(m) for m in members.values()) == [[0, 1, 2, 3]]
    # ... but not below it, and a bare count ("1,250" with no noun) only above the threshold.
    members = {0: [0, 1], 2: [2], 3: [3]}
    _join_lone_restatements(members, claims, neighbours, min_score=50.0)
    assert sorted(sorted(m) for m in members.values()) == [[0, 1, 3], [2]]
    bare = [_claim(c.source, "1250", ClaimKind.NUMBER, quantity=Quantity(1250, "")) for c in claims]
    members = {0: [0, 1], 2: [2], 3: [3]}
    _join_lone_restatements(members, bare, neighbours, min_score=35.0)
    assert sorted(sorted(m) for m in members.values()) == [[0, 1, 3], [2]]
    # "more than 1,250 posts" tells another value than "1,250 posts": it stays out.
    more = _claim(
        "c",
        "1250 posts",
        ClaimKind.NUMBER,
        text="more than 1,250 posts",
        quantity=Quantity(1250, "posts", qualifier="more than"),
    )
    members = {0: [0, 1], 2: [2], 3: [3]}
    _join_lone_restatements(members, [*claims[:2], more, claims[3]], neighbours, min_score=26.0)
    assert [2] in members.values()
    claims[0] = figure("a", 1300)  # a tells the group another value: its 1,250 stays out
    neighbours = {1: {3: 40.0}, 3: {1: 40.0}, 0: {}, 2: {}}
    members = {0: [0, 1], 2: [2], 3: [3]}
    _join_lone_restatements(members, claims, neighbours, min_score=26.0)
    assert [3] in members.values()


def test_claims_of_one_value_link_through_a_third_but_a_differing_one_must_look_alike():
    """Linkage asks likeness only of the pairs that would be reported as differing: a
    radio's '3.1 percent' joins two outlets' '3.1%' through the one it is alike with, while
    a '2.9%' alike with only one of them stays out."""
    from checker.align import _all_units_alike, _Clusters, _Likeness

    values = ["3.1 %", "3.1 %", "3.1 %", "2.9 %"]
    clusters = _Clusters.of_units(
        {unit: {value} for unit, value in enumerate(values)}, {unit: [unit] for unit in range(4)}
    )
    clusters.merge(0, 1)
    cluster_of = [0, 0, 2, 3]
    unit_of = [0, 1, 2, 3]
    neighbours = {0: {1: 70.0}, 1: {0: 70.0, 2: 40.0, 3: 40.0}, 2: {1: 40.0}, 3: {1: 40.0}}
    likeness = _Likeness(neighbours, 17.0, {(0, 1), (1, 2), (1, 3), (0, 3)})
    group = ([0, 1], 0)
    assert _all_units_alike(group, ([2], 2), clusters, unit_of, cluster_of, likeness)
    assert not _all_units_alike(group, ([3], 3), clusters, unit_of, cluster_of, likeness)
    neighbours[3][0] = neighbours[0][3] = 20.0
    likeness = _Likeness(neighbours, 17.0, likeness.examined)  # (scores are fixed per run)
    assert _all_units_alike(group, ([3], 3), clusters, unit_of, cluster_of, likeness)


def test_a_differing_claim_may_miss_one_like_claim_it_was_never_weighed_against():
    """ "64 residents" is alike with two outlets' "62 residents" and was never weighed
    against a third's "Sixty-two residents" (crowded out of its candidates): it links. Had
    that pair been weighed and found unlike, it would not; nor when only one is alike."""
    from checker.align import _all_units_alike, _Clusters, _Likeness

    values = ["62 residents", "62 residents", "62 residents", "64 residents"]
    clusters = _Clusters.of_units(
        {unit: {value} for unit, value in enumerate(values)}, {unit: [unit] for unit in range(4)}
    )
    clusters.merge(0, 1)
    clusters.merge(0, 2)
    cluster_of = [0, 0, 0, 3]
    unit_of = [0, 1, 2, 3]
    neighbours = {0: {3: 36.0}, 1: {3: 23.0}, 2: {}, 3: {0: 36.0, 1: 23.0}}
    weighed = {(0, 1), (0, 2), (1, 2), (0, 3), (1, 3)}
    group, lone = ([0, 1, 2], 0), ([3], 3)
    likeness = _Likeness(neighbours, 17.0, weighed)
    assert _all_units_alike(group, lone, clusters, unit_of, cluster_of, likeness)
    likeness = _Likeness(neighbours, 17.0, weighed | {(2, 3)})
    assert not _all_units_alike(group, lone, clusters, unit_of, cluster_of, likeness)
    neighbours = {0: {3: 36.0}, 1: {}, 2: {}, 3: {0: 36.0}}
    likeness = _Likeness(neighbours, 17.0, weighed)
    assert not _all_units_alike(group, lone, clusters, unit_of, cluster_of, likeness)


def test_a_day_and_a_time_on_it_tell_one_value_for_linkage():
    """'Jan 13' and '02:40 this morning' agree on the day, and '15,400 employees' and
    'stands at 15,400' on the count: linkage asks no likeness of them; 'Jan 12' differs."""
    from checker.align import _told_value

    day = _claim("a", "2029-01-13", text="Jan 13")
    time = _claim("b", "2029-01-13T02:40", text="02:40 this morning")
    other = _claim("c", "2029-01-12", text="last Friday")
    assert _told_value(day) == _told_value(time) != _told_value(other)
    staff = _claim("a", "15400 employees", ClaimKind.NUMBER, quantity=Quantity(15400, "employees"))
    bare = _claim("b", "15400", ClaimKind.NUMBER, quantity=Quantity(15400, ""))
    assert _told_value(staff) == _told_value(bare)


def test_a_lone_time_on_a_groups_day_joins_it_as_the_day_would():
    """'02:40 this morning' tells the day two outlets' 'Jan 13' tell: it joins them through
    the one it is alike with, as a lone 'Jan 13' would."""
    from checker.align import _join_lone_restatements

    claims = [
        _claim("a", "2029-01-13", text="Jan 13"),
        _claim("b", "2029-01-13", text="on Saturday"),
        _claim("c", "2029-01-13T02:40", text="02:40 this morning"),
    ]
    neighbours = {0: {1: 80.0, 2: 30.0}, 1: {0: 80.0}, 2: {0: 30.0}}
    members = {0: [0, 1], 2: [2]}
    _join_lone_restatements(members, claims, neighbours, min_score=26.0)
    assert sorted(sorted(m) for m in members.values()) == [[0, 1, 2]]


def test_a_transposed_figure_is_weighed_however_many_figures_word_like_it():
    """Among seventy percentages told in sentences more like the blog's than the release's,
    the blog's '74.1%' is still weighed against the releases' '71.4%' (the same digits):
    candidates are not only the sentences most alike in words."""
    filler = " ".join(
        f"In the Lumen trial, group {n} of the vaccine cut serious cases by {n}.{n % 9 + 1}% "
        "against placebo."
        for n in range(11, 80)
    )
    findings = findings_of(
        "The Lumen vaccine showed 71.4% efficacy. " + filler,
        "The Lumen vaccine showed 71.4% efficacy, its maker said. " + filler,
        "The Lumen vaccine cut serious cases by 74.1%, a volunteer wrote on her blog.",
        published="2029-03-15",
        group=False,
    )
    with_blog = [f for f in findings if any(c.value == "74.1 %" for c in f.claims)]
    assert [sorted(c.value for c in f.claims) for f in with_blog] == [
        ["71.4 %", "71.4 %", "74.1 %"]
    ]
    assert with_blog[0].verdict is Verdict.CONFLICT


def test_one_disagreement_told_twice_is_one_finding():
    """'Nine people died' / 'Twelve people' and, further down, 'nine died' / '12 died' from
    the same outlets are one disagreement; two agreements of one value are left apart."""
    from checker.align import _join_twin_disagreements

    def figure(source, amount, unit="people"):
        return _claim(source, f"{amount} {unit}", ClaimKind.NUMBER, quantity=Quantity(amount, unit))

    claims = [
        figure("a", 9),
        figure("b", 12),
        figure("c", 9),
        figure("a", 9, ""),
        figure("b", 12, ""),
        figure("c", 9, ""),
        figure("a", 4),
        figure("b", 4),
        figure("a", 4, "injured"),
        figure("b", 4, "injured"),
    ]
    members = {0: [0, 1, 2], 3: [3, 4, 5], 6: [6, 7], 8: [8, 9]}
    _join_twin_disagreements(members, claims)
    assert sorted(sorted(m) for m in members.values()) == [[0, 1, 2, 3, 4, 5], [6, 7], [8, 9]]


@pytest.mark.parametrize(
    "told_a, told_b, texts",
    [
        (
            "Sixty-two residents were living there at the time.",
            "Eleven staff were on the night shift, caring for 62 residents.",
            {"Sixty-two residents", "62 residents"},
        ),
        (
            "Ministers approved the £4.8bn project for the residents.",
            "Eleven staff were on the night shift when the money came: £4.8bn.",
            {"£4.8bn"},
        ),
    ],
)
def test_figures_with_units_or_in_millions_are_candidates_among_many_like_sentences(
    told_a, told_b, texts
):
    """ "Sixty-two residents" and "caring for 62 residents" share few words, and a long
    article's other sentences crowd them out of each other's best candidates; a count told
    with its unit or noun, or a figure in the millions, is as rare in a story as a precise
    figure."""
    filler = " ".join(
        f"Some {n} visitors were living with residents there at the time. Eleven cooks were "
        f"on the night shift, caring for {n} guests."
        for n in range(101, 140)
    )
    findings = findings_of(
        told_a + " It is registered for 70 residents.\n\n" + filler,
        filler + "\n\n" + told_b + "\n\nThe home was registered for 70 residents.",
        published="2026-07-14",
        group=False,
    )
    assert any(
        f.verdict is Verdict.AGREE and len(f.claims) == 2 and {c.text for c in f.claims} == texts
        for f in findings
    )


def test_a_death_toll_told_with_and_without_its_noun_is_one_fact_of_its_source():
    """ "Three hikers were killed" and "the three people who died" tell one source's toll,
    as "has risen to four" and "all four hikers who lost their lives" tell the other's: one
    disagreement, met once with every wording."""
    findings = findings_of(
        "Three hikers were killed when the footbridge gave way at Oxley Gorge on Saturday, "
        "rangers said. The park was closed to visitors. The three people who died were all "
        "from the valley.",
        "Rangers said the death toll from Saturday's footbridge collapse at Oxley Gorge has "
        "risen to four. Park staff said they had met the families of all four hikers who lost "
        "their lives.",
        published="2026-07-14",
        group=False,
    )
    (conflict,) = [f for f in findings if f.verdict is Verdict.CONFLICT]
    assert {c.text for c in conflict.claims} == {
        "Three hikers",
        "three people",
        "four",
        "four hikers",
    }


def test_a_short_quote_is_inside_a_longer_one_only_where_its_words_stand_together():
    """A headline's "They climbed back into the flood" is not in a chief's "... pulled people
    out of the flood water. Some of the crew climbed back in four times": its words are there,
    scattered and out of order. Reworded but gathered, it is the same speech."""
    from checker.align import _quote_similarity

    headline = _claim("a", "They climbed back into the flood", ClaimKind.QUOTE)
    scattered = _claim(
        "b",
        "The bridge was already under water when we got there, and the crew pulled people out "
        "of the flood water. Some of the crew climbed back in four times.",
        ClaimKind.QUOTE,
    )
    gathered = _claim(
        "c",
        "Some of the crew climbed straight back into the rising flood water four times.",
        ClaimKind.QUOTE,
    )
    assert _quote_similarity(headline, scattered) < 60
    assert _quote_similarity(headline, gathered) >= 85


def test_value_twins_are_figures_with_a_unit_or_precise_or_in_millions():
    from checker.align import _twin_key

    def key(amount, unit="", dimension="count"):
        quantity = Quantity(amount, unit, dimension=dimension)
        return _twin_key(_claim("a", f"{amount} {unit}", ClaimKind.NUMBER, quantity=quantity))

    assert key(15, "MW", "power") is not None
    assert key(15, "MW", "power") != key(51, "MW", "power")
    assert key(4.5, "%", "percent") is not None
    assert key(62, "residents") == key(62, "residents") != key(62, "MW")
    assert key(4.8e9, "GBP", "money") is not None
    assert key(12) is None  # a bare "12" is everywhere
    assert key(412, "") == key(421, "")  # digits in another order: a typist's slip


def test_money_told_in_an_old_years_prices_is_todays_figure():
    """ "£58.20 per megawatt hour in 2022 prices" is this week's strike price told in old
    money: neither the year nor the word "prices" makes it another fact."""
    findings = findings_of(
        "The scheme won a contract at a strike price of £58.20 per megawatt hour, in 2022 "
        "prices, which guarantees it a fixed revenue for 15 years.",
        "Its contract carries a strike price of £52.80 per megawatt hour in 2022 prices, "
        "indexed to inflation over 15 years.",
        published="2027-03-02",
        group=False,
    )
    (conflict,) = [f for f in findings if f.verdict is Verdict.CONFLICT]
    assert {c.text for c in conflict.claims} == {"£58.20", "£52.80"}


def test_the_day_a_tally_stands_at_is_not_the_day_of_the_event():
    """ "The death toll ... stands at six this morning" tells when a tally was told, not
    when the storm came ashore ("early on Tuesday")."""
    assert not conflicts_of(
        "Hurricane Mara came ashore early on Tuesday near Selby, killing six people, the "
        "weather office said.",
        "The death toll from Hurricane Mara near Selby stands at six this morning, the weather "
        "office said.",
        published="2028-09-14",
        group=False,
    )


def test_a_source_telling_a_groups_day_again_joins_it_where_alike():
    """An article that dates its event "today" in its lede and "Thursday, 19 August" further
    down tells one day twice: the finding shows both sentences beside the other outlet's."""
    articles = [
        article(
            "The Kestle exam authority published its figures today.\n\nSchools said pupils "
            "were pleased.\n\nTeachers said the marking had been fair.\n\nResults released on "
            "Thursday, 19 August, showed the pass rate rose again to a record.",
            "a.txt",
            "2027-08-19",
        ),
        article(
            "Kestle's exam authority published its figures yesterday. The pass rate rose again "
            "to a record, the results showed.",
            "b.txt",
            "2027-08-20",
        ),
    ]
    report = compare(prepare(articles, Options()), Options(group_stories=False))
    (day,) = [f for f in report.findings if f.kind is ClaimKind.DATE]
    assert day.verdict is Verdict.AGREE
    assert {c.text for c in day.claims} == {"today", "Thursday, 19 August", "yesterday"}


def test_an_articles_first_day_left_alone_joins_the_main_event_most_first_days_tell():
    """Most articles open on the day withdrawals froze (Monday); a blog opens "Last Tuesday,
    at about ten past six in the morning, my phone buzzed", sharing few words with them: it
    tells the main event's day, wrongly. A first day of another event ("Divers resumed the
    search on Wednesday") stays apart."""
    articles = [
        article(
            "The Halvor crypto exchange Coinmere froze all customer withdrawals early on "
            "Monday, the company said.\n\nIts token fell 60%.",
            "a.txt",
            "2029-04-16",
        ),
        article(
            "Coinmere froze all customer withdrawals on 16 April, the Halvor Financial "
            "Authority said.",
            "b.txt",
            "2029-04-17",
        ),
        article(
            "Last Tuesday, at about ten past six in the morning, my phone buzzed with an email. "
            "My savings were stuck.\n\nI have been a customer for three years.",
            "c.txt",
            "2029-04-22",
        ),
        article(
            "Coinmere locked its customers out on Monday, and its token fell 60% by the evening.",
            "e.txt",
            "2029-04-17",
        ),
        article(
            "Divers resumed the search on Wednesday morning, the coastguard said.\n\nCoinmere's "
            "token fell 60%.",
            "d.txt",
            "2029-04-18",
        ),
    ]
    report = compare(prepare(articles, Options()), Options(group_stories=False))
    (conflict,) = [
        f for f in report.findings if f.kind is ClaimKind.DATE and f.verdict is Verdict.CONFLICT
    ]
    assert {c.text for c in conflict.claims} == {
        "early on Monday",
        "16 April",
        "on Monday",
        "Last Tuesday",
    }


def test_a_tally_still_standing_is_not_the_peak_but_the_still_missing_are_the_missing():
    """ "268,000 customers were still without power" is the tally as it stood, not the
    412,000 at the peak; but "15 are still missing" is the count that was 21."""
    assert not conflicts_of(
        "At the height of the storm 412,000 customers were without power across the region.",
        "By Wednesday evening 268,000 customers were still without power across the region.",
        published="2028-09-14",
        group=False,
    )
    rescue = (
        "Rescuers pulled 40 people from the rubble, leaving 21 missing, officials said.",
        "Rescuers have pulled 46 people from the rubble and 15 are still missing, officials said.",
    )
    assert_found(findings_of(*rescue, published="2028-09-14"), Verdict.CONFLICT, {"21", "15"})


def test_a_storms_gusts_are_not_its_sustained_winds():
    """Gusts are a peak, sustained winds a role of their own; and the words after an "and"
    are the next figure's: "sustained winds of 215 km/h and gusts of up to 260 km/h" gives
    215 km/h no gusts."""
    from checker.align import _ROLE_OF, _role

    sustained = _role(["maximum", "sustained", "winds", "of"], ["and", "gusts", "of", "up", "to"])
    gusts = _role(["and", "gusts", "of", "up", "to"], ["according", "to", "the", "service"])
    assert sustained == _ROLE_OF["sustained"]
    assert gusts == _ROLE_OF["peak"] != sustained


def test_a_length_into_the_sky_is_a_height():
    """ "hurling ash 11 kilometres into the sky" and "the column went up 14 kilometres" tell
    the plume's height, as "a maximum height of 11 km" does."""
    findings = findings_of(
        "Mount Orla erupted late on Sunday, hurling ash 11 kilometres into the sky, officials "
        "said.",
        "On the first night the column of Mount Orla went up 14 kilometres, our reporter said.",
        "Radar data show the eruption column of Mount Orla reached a maximum height of 11 km "
        "above sea level during the first night.",
        published="2029-06-12",
        group=False,
    )
    assert_found(
        findings, Verdict.CONFLICT, {"11 kilometres", "14 kilometres", "11 km"}, exact=True
    )


def test_a_source_telling_one_value_over_and_over_joins_a_group_only_a_few_times():
    """A list that repeats "1%" a thousand times is not one fact told again: a source's lone
    claims of the group's value join it up to three claims of that source."""
    from checker.align import _RESTATED_AT_MOST, _join_lone_restatements

    claims = [
        _claim(s, "1 %", ClaimKind.NUMBER, quantity=Quantity(1, "%", dimension="percent"))
        for s in ["a", "b"] + ["a"] * 6
    ]
    neighbours = {i: {0: 40.0} for i in range(1, 8)}
    neighbours[0] = {i: 40.0 for i in range(1, 8)}
    members = {0: [0, 1], **{i: [i] for i in range(2, 8)}}
    _join_lone_restatements(members, claims, neighbours, min_score=26.0)
    group = members[0]
    assert sum(claims[i].source == "a" for i in group) == _RESTATED_AT_MOST


def test_millions_with_their_two_digits_swapped_are_one_figure_misreported():
    """ "£6.8m" and "£8.6m" for one repair bill: a figure in the millions is precise enough
    for its swapped digits to be a slip; a share of another total is not ("the region €720m"
    of a €2.4bn bill against "€270 million" of an overrun)."""
    assert_found(
        findings_of(
            "Engineers say the repairs to the Kell footbridge will take 14 weeks and cost £6.8m.",
            "The council will try to recover the £8.6m for the Kell footbridge from the barge "
            "owner's insurers.",
            published="2028-11-15",
            group=False,
        ),
        Verdict.CONFLICT,
        {"£6.8m", "£8.6m"},
        exact=True,
    )
    assert not conflicts_of(
        "The Orlen tramway bill of €2.4bn is split three ways: the state €1.44bn, the region "
        "€720m and the city €240m.",
        "The Orlen tramway's €800 million overrun is made up of €310 million for ground "
        "conditions, €220 million of inflation and €270 million of design changes.",
        published="2028-11-15",
        group=False,
    )


def test_sums_in_the_hundreds_of_thousands_with_two_digits_swapped_are_one_figure():
    """ "£630,000" and "£360,000" for one valuation: precise enough for the swap to be a
    slip, as "£6.8m" and "£8.6m" are."""
    findings = findings_of(
        "An independent valuer has put a provisional figure of £630,000 on the Harlby "
        "chalice found in a garden in Ostby.",
        "The Harlby chalice, unearthed in an Ostby garden, has been valued at £630,000 by "
        "an independent expert.",
        "Ostby detectorists are celebrating. The finder, a retired teacher, told us a "
        "provisional £360,000 is being talked about, which would change his life.",
        published="2028-11-15",
        group=False,
    )
    assert conflict_values(findings, ClaimKind.NUMBER) == [
        ["360000 GBP", "630000 GBP", "630000 GBP"]
    ]


def test_two_close_lengths_of_one_ordeal_conflict():
    """ "after 51 hours underground" and "41 hours after the cave-in" tell how long the
    same miners were trapped, in other words: a length this close is one fact misreported,
    not two durations of other things (which still stay apart: "six years on the council"
    and "two years behind schedule")."""
    texts = (
        "The five cavers trapped in the Dunlow pothole were lifted out on Friday night after "
        "51 hours underground, rescuers said.",
        "Rescuers brought the five trapped cavers out of the Dunlow pothole on Friday, 41 hours "
        "after the cave-in sealed the passage.",
        "The last of the five Dunlow cavers was lifted out at 21:40 on Friday, 41 hours after "
        "the cave-in, the rescue team said.",
    )
    assert_found(findings_of(*texts), Verdict.CONFLICT, {"51 hours", "41 hours"})
    assert not conflicts_of(
        "Councillor Mina Roth, who has served six years on the council, opened the bypass.",
        "The bypass, opened by Councillor Mina Roth, is two years behind schedule.",
        kind=ClaimKind.NUMBER,
    )


def test_one_round_count_told_bare_and_with_its_noun_agrees():
    """ "2,300 services" and a transcript's bare "2,300" in a sentence about the same strike
    are one count: two significant digits in the thousands, equal, in one story, meet by
    chance too seldom to keep apart ("35 got out" and "35 were questioned" still need a
    shared word)."""
    findings = findings_of(
        "The Orlin Rail strike on Monday cancelled 2,300 services across the network, the "
        "operator said.",
        "Managers at Orlin Rail said 2,300 were called off on Monday because of the strike.",
        "Orlin Rail cancelled 2,300 services on Monday as its drivers walked out.",
    )
    assert_found(findings, Verdict.AGREE, {"2,300", "2,300 services"})


def test_one_precise_figure_told_with_and_without_its_year_agrees():
    """ "bought it in 1987 for £318,000" and "had paid £318,000 for it": one precise price,
    its year told by one outlet only, is one fact, not a figure of another time."""
    findings = findings_of(
        "The seller, a Bremen collector, bought the canvas in 1987 for £318,000, the auction "
        "house said on Tuesday.",
        "The Bremen collector who sold the canvas had paid £318,000 for it, the auction house "
        "said.",
        published="2028-05-17",
    )
    assert_found(findings, Verdict.AGREE, {"£318,000"})
    assert any(
        f.verdict is Verdict.AGREE and len({c.source for c in f.claims}) == 2 for f in findings
    ), [(f.verdict.value, [c.text for c in f.claims]) for f in findings]


def test_one_precise_number_counted_in_other_words_agrees():
    """ "48,260 candidates" and "48,260 young people" sat the exams: one precise number,
    each outlet counting it in its own word, agrees; a round "500 candidates"
    and "500 young people" stay two counts."""
    findings = findings_of(
        "A record 48,260 candidates sat the Ardley leaving exams this summer, the board said.",
        "The Ardley exam board said 48,260 young people took the leaving exams this summer.",
        published="2027-08-19",
    )
    assert_found(findings, Verdict.AGREE, {"48,260 candidates", "48,260 young people"})
    rounded = findings_of(
        "A record 500 candidates sat the Ardley leaving exams this summer, the board said.",
        "The Ardley exam board said 500 young people took the leaving exams this summer.",
        published="2027-08-19",
    )
    assert not any(
        f.kind is ClaimKind.NUMBER and len({c.source for c in f.claims}) == 2 for f in rounded
    )


def test_an_opening_day_met_by_another_articles_later_entry_still_tells_the_main_event():
    """A weekly opens "When Mirel Grid listed in Torvik on Thursday", a day late; a live
    blog's later entry about a bond listing that Thursday shares its words and its day. Most
    articles open on the debut (Wednesday), so the weekly's opening day is the debut's, told
    wrong, not the bond listing's."""
    findings = findings_of(
        "date 2028-05-18\nMirel Grid rises on debut\n\nMirel Grid shares began trading on "
        "Wednesday in Torvik and closed 20% higher, the exchange said.\n",
        "date 2028-05-18\nStrong start for Mirel Grid\n\nMirel Grid made its stock market "
        "debut in Torvik yesterday, and its shares closed 20% above the offer price.\n",
        "date 2028-05-20\nThe week in markets\n\nWhen Mirel Grid listed in Torvik on "
        "Thursday, its bankers had already done the work.\n",
        "date 2028-05-17\nLive: Mirel Grid debut\n\n09:05 Mirel Grid begins trading in Torvik "
        "today.\n\n16:40 Mirel Grid bankers in Torvik say the company will list its bonds on "
        "Thursday, when its bankers will have done the work.\n",
        published=None,
    )
    assert_found(findings, Verdict.CONFLICT, {"on Wednesday", "yesterday", "on Thursday"})


def test_pairs_of_one_value_link_before_pairs_that_differ():
    """When linking, a pair telling one value (or its digits slipped: "18,604" for
    "18,406") ranks ahead of a differing pair a few points more alike, so agreements form
    first and a differing figure must then look like every one of them: across the labelled
    sets this removed 21 false conflicts for 6 true ones."""
    from checker.align import _ONE_VALUE_FIRST, _one_value_first

    def crowd(source, amount):
        quantity = Quantity(amount=amount, unit="people", dimension="count")
        return _claim(source, f"{amount:g} people", ClaimKind.NUMBER, quantity=quantity)

    claims = [crowd("a.txt", 18406), crowd("b.txt", 18406), crowd("c.txt", 18604)]
    claims.append(crowd("d.txt", 17200))
    assert _one_value_first(claims, 0, 1) == _ONE_VALUE_FIRST > 0
    assert _one_value_first(claims, 0, 2) == _ONE_VALUE_FIRST  # the digits slipped
    assert _one_value_first(claims, 2, 3) == 0.0


def test_a_price_written_to_the_penny_with_its_digits_swapped_is_transposed():
    """ "22.80" and "22.08", both written to two decimals: the zero is one of the digits, so
    they are the same digits in another order; "22.50" is not."""
    from checker.align import _transposed

    def price(amount):
        return Quantity(amount=amount, unit="marks", step=0.01, dimension="money")

    assert _transposed(price(22.8), price(22.08))
    assert not _transposed(price(22.8), price(22.5))
    assert not _transposed(price(22.8), Quantity(amount=22.08, unit="marks", dimension="money"))


def test_a_count_written_to_the_unit_keeps_its_nought_among_the_swapped_digits():
    """ "11,860 fans" and "11,806 supporters": the nought is a digit typed in another place,
    so the crowd was misreported; "12,000" and "10,200" share little but noughts."""
    from checker.compare import digits_swapped

    def crowd(amount, unit="fans"):
        return Quantity(amount=float(amount), unit=unit, step=0.0, dimension="count")

    assert digits_swapped(crowd(11860), crowd(11806))
    assert not digits_swapped(crowd(12000), crowd(10200))
    findings = findings_of(
        "The Harriers beat Oldport 3-2 in extra time in front of 11,806 supporters at the "
        "Kelder Stadium on Saturday.",
        "A sell-out crowd of 11,806 at the Kelder Stadium saw the Harriers win the cup final.",
        "Saturday's final drew 11,860 fans to the Kelder Stadium, where the Harriers won 3-2.",
        published="2031-04-14",
        group=False,
    )
    assert any("11860 fans" in values for values in conflict_values(findings, ClaimKind.NUMBER))


def test_a_sum_counted_since_a_year_long_past_is_todays_total():
    """ "has cost €52 million since work began in 2027": the year starts the count, it does
    not make the sum that year's, so a radio guest's "sixty-two million" of the whole
    project is the same total misreported."""
    findings = findings_of(
        "The Harnby tidal barrage, backed by four regional councils, has cost €52 million "
        "since construction began in March 2027.",
        "Building the Harnby tidal barrage has cost €52m, the four councils backing it said.",
        "GUEST: Over the whole Harnby barrage project we're talking about sixty-two million "
        "euros, split between four councils.",
        published="2030-06-04",
        group=False,
    )
    assert any("62000000 EUR" in values for values in conflict_values(findings, ClaimKind.NUMBER))


def test_a_year_with_two_digits_swapped_is_one_date_misreported():
    """ "built in 1894" and "built in 1849": the same year's digits in another order, a slip
    on one fact, however little else the two sentences share."""
    findings = findings_of(
        "Harnby council has won a £2.1m grant to restore the town's Victorian bandstand. The "
        "bandstand, built in 1894, is one of only two listed in the county.",
        "HOST: The bandstand was built in 1849 and seats a brass band of thirty. The work "
        "starts in May.",
        published="2031-01-10",
        group=False,
    )
    assert ["1849", "1894"] in conflict_values(findings, ClaimKind.DATE)


def labelled_date_conflicts_found(folder):
    """Whether every labelled date conflict of a labelled set's folder is among the date
    conflicts found there (its values within a found conflict's)."""
    from checker.pipeline import check

    path = ROOT / "tests" / folder
    report = check([str(path)], Options())
    expected = json.loads((path / "expected.json").read_text(encoding="utf-8"))
    wanted = [
        sorted(c["value"] for c in f["claims"])
        for f in expected["findings"]
        if f["kind"] == "date" and f["verdict"] == "conflict"
    ]
    found = [set(values) for values in conflict_values(report.findings, ClaimKind.DATE)]
    return bool(wanted) and all(any(set(w) <= values for values in found) for w in wanted)


def test_a_lone_day_telling_the_groups_uncommon_sum_in_another_verb_is_that_day():
    """A local paper's "ruled on Thursday that ... pay $214.7 million" against three
    outlets' Friday verdict ("found", "returned", "hit"): other verbs, and too few words in
    common with all three, but the same uncommon sum says it is that event, misdated."""
    assert labelled_date_conflicts_found("heldout33/patent_verdict_kestrel_luminara")


def test_the_day_news_was_heard_is_not_the_day_of_its_event():
    """ "this morning we're hearing for the first time how long the river could be shut",
    four days after the lock gate failed: the day the news came, which no outlet's day of
    the failure contradicts."""
    findings = findings_of(
        "The lower gate at Brill Lock collapsed early on Thursday, stranding 30 barges.",
        "Brill Lock's lower gate gave way on Thursday, the waterways authority said.",
        "The gate at Brill Lock collapsed on Wednesday, stranding barges on the Ouse.",
        "PRESENTER: It's now four days since the lower gate at Brill Lock collapsed, and this "
        "morning we're hearing for the first time how long the river could be shut.",
        published="2028-11-13",
        group=False,
    )
    days = conflict_values(findings, ClaimKind.DATE)
    assert ["2028-11-08", "2028-11-09", "2028-11-09"] in days
    assert not any("2028-11-13" in values for values in days)
    # What was said at the event is dated with it: "said on Monday, as he met ...".
    findings = findings_of(
        "The prime minister said on Monday, as he met the visiting president in Orvik, that "
        "trade would double.",
        "The prime minister met the visiting president in Orvik on Tuesday, September 2.",
        published="2025-09-02",
        group=False,
    )
    assert ["2025-09-01", "2025-09-02"] in conflict_values(findings, ClaimKind.DATE)


def test_an_age_in_a_list_of_several_peoples_ages_contradicts_no_other_age():
    """ "The men, aged 24, 31 and 36": three people's ages; a later report's "The
    thirty-eight-year-old", a fourth man, is none of them, and "24" is no conflict with it."""
    findings = findings_of(
        "Police in Selby arrested three men on Tuesday over a string of burglaries. The men, "
        "aged 24, 31 and 36, are being held on suspicion of conspiracy to commit burglary.",
        "NEWSREADER: A fourth man has been arrested by police investigating a series of "
        "burglaries in Selby. The thirty-eight-year-old was detained yesterday at an address "
        "in Hornby.",
        "Officers carried out warrants at three addresses in Selby early this morning. Three "
        "men, aged 24, 31 and 36, were arrested on suspicion of conspiracy to commit burglary.",
        published="2030-03-08",
        group=False,
    )
    assert not conflict_values(findings, ClaimKind.NUMBER)


def test_an_article_opens_on_its_first_day_not_on_a_year_told_before_it():
    """A blog that begins "I've owned Halcyra since the dark days of 2021, so you can imagine
    I opened Wednesday's results with ... dread" opens on Wednesday: its main event's day,
    which four other outlets give as Thursday (a year told first is no day to open on)."""
    assert labelled_date_conflicts_found("heldout13/earnings_halcyra_airlines")


def test_each_articles_only_sum_in_a_currency_meets_the_others_on_little_likeness():
    """The only dollar sum of each of three articles ("The $41 million mission", "worth
    $41m to Orbex", "The mission cost $47 million"): there is nothing else the third could
    be told against, so its few shared words are enough for a conflict."""
    findings = findings_of(
        "The $41 million mission is the agency's most important launch in a decade. Kestra-3 "
        "replaces a satellite launched in 2011 that has been losing sensors one by one.",
        "The launch contract was worth $41m to Orbex, which is competing for a larger share "
        "of government launches after years of relying on commercial customers.",
        'Mission director Ana Ruiz described the flight as "a textbook ascent". The mission '
        "cost $47 million, a sum critics of the space programme say could have bought more "
        "weather radars.",
        published="2030-04-02",
        group=False,
    )
    assert ["41000000 USD", "41000000 USD", "47000000 USD"] in conflict_values(
        findings, ClaimKind.NUMBER
    )


def test_two_articles_opening_a_day_apart_on_one_event_conflict():
    """A story of two articles, each opening on a lone day a day from the other's and in no
    other verb: the main event's day, told two ways (a mixed week's two-article story)."""
    assert labelled_date_conflicts_found("heldout6/mixed_castellmere_week")


def test_a_lone_opening_day_near_the_day_two_articles_open_on_is_the_main_events():
    """A report opening on "the crush on Saturday night" (as the weekly described it) a day
    from the Friday two other articles open on: the main event's day, whatever the verb."""
    assert labelled_date_conflicts_found("heldout14/mixed_draymoor_week")


def test_centimetres_told_as_inches_are_one_depth_misreported():
    findings = findings_of(
        "A walker found a Roman pot in a field near Sallow Cross. It lay 30cm below the "
        "plough line, the county archaeologist said.",
        "The Roman pot found near Sallow Cross was buried at a depth of 30 centimetres, "
        "according to the county archaeologist.",
        "Our walker's Roman pot near Sallow Cross sat a whole 30 inches down, the county "
        "archaeologist says.",
    )
    assert ["30 cm", "30 cm", "30 inch"] in conflict_values(findings, ClaimKind.NUMBER)


def test_the_only_lengths_of_two_articles_in_far_apart_units_are_not_one_measure():
    findings = findings_of(
        "Storm Ilse brought 260 mm of rain to Carrowby over two days, forecasters said, "
        "and flooded the harbour road.",
        "Storm Ilse hit Carrowby with gusts that flooded the harbour road and a surge of "
        "more than two metres, forecasters said.",
    )
    assert conflict_values(findings, ClaimKind.NUMBER) == []


def test_taken_to_hospital_is_its_own_head_count():
    """ "five people were taken to hospital", a bare "nine were taken to hospital" and
    "three people were treated in hospital" count the same people (a conflict); those
    "treated at the airport" are others."""
    texts = (
        "Flight SL212 made an emergency landing at Corrow airport on Sunday. Paramedics "
        "treated 12 people at the airport and five people were taken to hospital with minor "
        "injuries.",
        "Flight SL212 made an emergency landing at Corrow airport on Sunday. Of the "
        "passengers, twelve were treated at the airport and nine were taken to hospital.",
        "After the SL212 emergency landing at Corrow on Sunday, three people were treated in "
        "hospital, the airline said.",
    )
    values = conflict_values(findings_of(*texts, published="2029-03-05"), ClaimKind.NUMBER)
    assert values == [["3 people", "5 people", "9"]]


def test_days_years_apart_are_two_events_not_one_misdated():
    """A stranding "on 3 August 1987" and one "on Monday" this week are two strandings,
    however alike their sentences."""
    findings = findings_of(
        "Forty pilot whales came ashore at Tolley Sands on 3 August 1987, the last mass "
        "stranding on this coast.",
        "Pilot whales came ashore at Tolley Sands on Monday, the coastguard said.",
        published="2028-09-13",
        group=False,
    )
    assert conflict_values(findings, ClaimKind.DATE) == []


def test_a_lone_figure_that_is_a_slip_of_what_a_group_agrees_on_joins_it():
    """Three outlets agree on "37C"; a blog's "37 degrees Fahrenheit" is the same temperature
    with its unit slipped (and 37 °F is 2.8 °C: no order of magnitude keeps them apart)."""
    findings = findings_of(
        "Astronomers at the Kessel Observatory said the surface of planet Varro-9b is about "
        "37C, warm enough for liquid water.",
        "The Kessel team estimates Varro-9b's surface temperature at 37C, which could allow "
        "oceans, the observatory said.",
        "Planet Varro-9b, studied from the Kessel Observatory, has a surface temperature of "
        "about 37C.",
        "Why I'm excited: Varro-9b sits at about 37 degrees Fahrenheit, warm enough for liquid "
        "water, if the Kessel numbers are right.",
        published="2029-09-13",
        group=False,
    )
    assert ["37 °C", "37 °C", "37 °C", "37 °F"] in conflict_values(findings, ClaimKind.NUMBER)


def test_join_lone_slips_takes_only_a_slip_of_an_agreed_value_from_another_source():
    from checker.align import _join_lone_slips

    def money(source, amount):
        return _claim(source, f"{amount} GBP", ClaimKind.NUMBER, quantity=Quantity(amount, "GBP"))

    def joined(outlier):
        claims = [money("a", 1926), money("b", 1926), money("c", 1926), outlier]
        neighbours = {0: {3: 30.0}, 1: {}, 2: {}, 3: {0: 30.0}}
        members = {0: [0, 1, 2], 3: [3]}
        _join_lone_slips(members, claims, neighbours, 26.0, {})
        return [3] not in members.values()

    assert joined(money("d", 1962))  # digits swapped: the agreed charge misreported
    assert not joined(money("d", 1700))  # another sum, alike with one member only
    assert not joined(money("a", 1962))  # a source of the group tells it elsewhere


def test_join_agreeing_groups_merges_an_agreement_into_the_disagreement_on_its_value():
    from checker.align import _join_agreeing_groups

    def count(source, amount):
        return _claim(
            source, f"{amount} people", ClaimKind.NUMBER, quantity=Quantity(amount, "people")
        )

    def merged(b_amount=164, c_source="c"):
        claims = [count("a", 146), count("b", b_amount), count(c_source, 146), count("d", 146)]
        neighbours = {0: {1: 40.0, 2: 30.0}, 1: {0: 40.0}, 2: {3: 50.0, 0: 30.0}, 3: {2: 50.0}}
        members = {0: [0, 1], 2: [2, 3]}
        _join_agreeing_groups(members, claims, neighbours, 26.0)
        return len(members) == 1

    # c and d agree on 146; c is alike with a, which tells 146 against b's 164: one fact.
    assert merged()
    # Two agreements on one value may be two facts ("146 trapped", "146 rescued") ...
    assert not merged(b_amount=146)
    # ... and an outlet already in the other group tells its value there.
    assert not merged(c_source="b")


def test_a_height_told_in_other_units_joins_the_disagreement_on_it():
    """Three outlets put a plume at 11 km, one at "eleven miles"; an aviation newsletter's
    "at its peak ... about 36,000 feet" is the same 11 km: a peak of a length is a height,
    and a value that meets the group's after conversion shares its disagreements."""
    findings = findings_of(
        "Radar observations show an ash column from Mount Kettava reaching 11 km above sea "
        "level, the Institute of Geophysics said.",
        "The ash column over Mount Kettava has reached 11 km, scientists at the Institute of "
        "Geophysics said on Thursday.",
        "Mount Kettava sent an ash column 11 km into the sky, the Institute of Geophysics said.",
        "Mount Kettava is hurling ash eleven miles into the sky, the Institute of Geophysics "
        "told viewers.",
        "Flights were grounded around Mount Kettava. At its peak the ash column "
        "reached about 36,000 feet, squarely in the cruising band of long-haul traffic.",
        published="2029-06-08",
        group=False,
    )
    assert ["11 km", "11 km", "11 km", "11 mile", "36000 ft"] in conflict_values(
        findings, ClaimKind.NUMBER
    )


def test_a_measure_that_meets_the_agreed_one_after_conversion_needs_no_likeness_with_it():
    """Outlets agree on 212 km and one slipped to "212 miles"; a fifth's "some 130 miles up"
    is 209 km, the agreed figure told in miles. Like a unit telling the same value, it needs no
    likeness of its own with the units that tell it (complete linkage asks it only of values
    that would newly differ): alike with one of them and with the slip, it joins."""
    from checker.align import _all_units_alike, _Clusters, _Likeness

    def length(source, amount, unit):
        quantity = Quantity(amount, unit, dimension="length")
        return _claim(source, f"{amount} {unit}", ClaimKind.NUMBER, quantity=quantity)

    def joins(lone):
        claims = [length("a", 212, "km"), length("b", 212, "km"), length("c", 212, "mile"), lone]
        clusters = _Clusters.of_units(
            {i: {c.value} for i, c in enumerate(claims)}, {i: [i] for i in range(4)}
        )
        clusters.merge(0, 1)
        clusters.merge(0, 2)
        neighbours = {0: {}, 1: {3: 30.0}, 2: {3: 30.0}, 3: {1: 30.0, 2: 30.0}}
        likeness = _Likeness(neighbours, 17.0, {(0, 3), (1, 3), (2, 3)})
        walked, other = ([3], 3), ([0, 1, 2], 0)
        return _all_units_alike(
            walked, other, clusters, [0, 1, 2, 3], [0, 0, 0, 3], likeness, claims
        )

    assert joins(length("d", 130, "mile"))  # 209 km: the agreed figure in miles
    assert not joins(length("d", 150, "mile"))  # 241 km: a third value, unlike one outlet


def test_a_lone_claim_close_to_a_disagreeing_groups_value_joins_it():
    """Where outlets already differ (1,248 against a slip's 1,284), a blog's "more than 1,200
    patients", alike with one of the 1,248s, stands with them: it adds no verdict. In a group
    that agrees it would turn the agreement into a variant, so it stays out there; and "up to
    2,000", a bound far from the figure, is no restatement of it. One value in other units
    ("54 months", "four and a half years") joins either way."""
    from checker.align import _join_lone_restatements

    def patients(source, amount, qualifier=None, unit="patients", dimension="count"):
        quantity = Quantity(amount, unit, qualifier=qualifier, dimension=dimension)
        return _claim(source, f"{amount} {unit}", ClaimKind.NUMBER, quantity=quantity)

    def joined(lone, slip=1284):
        claims = [patients("a", 1248), patients("b", 1248), patients("c", slip), lone]
        neighbours = {0: {1: 80.0, 2: 40.0, 3: 30.0}, 1: {0: 80.0}, 2: {0: 40.0}, 3: {0: 30.0}}
        members = {0: [0, 1, 2], 3: [3]}
        _join_lone_restatements(members, claims, neighbours, min_score=26.0)
        return [3] not in members.values()

    assert joined(patients("d", 1200, "more than"))
    assert not joined(patients("d", 1200, "more than"), slip=1248)  # an agreement
    assert not joined(patients("d", 2000, "up to"))

    def years(source, amount, unit):
        quantity = Quantity(amount, unit, dimension="time")
        return _claim(source, f"{amount} {unit}", ClaimKind.NUMBER, quantity=quantity)

    claims = [years("a", 54, "month"), years("b", 54, "month"), years("c", 4.5, "year")]
    neighbours = {0: {1: 80.0, 2: 30.0}, 1: {0: 80.0}, 2: {0: 30.0}}
    members = {0: [0, 1], 2: [2]}
    _join_lone_restatements(members, claims, neighbours, min_score=26.0)
    assert sorted(sorted(m) for m in members.values()) == [[0, 1, 2]]


def test_outlets_agreeing_on_a_close_value_join_a_disagreement_on_it():
    """Two outlets' "about 1,250" (alike with a wire's 1,248, which a slip's 1,284 differs
    from) join that group: close to a value outlets already dispute, they add no verdict. Two
    outlets' "about 1,250" beside a group that agrees stay apart (they would make a variant
    of it), as do two outlets' "about 1,500", too far from 1,248 to be it."""
    from checker.align import _join_agreeing_groups

    def count(source, amount, qualifier=None):
        quantity = Quantity(amount, "people", qualifier=qualifier)
        return _claim(source, f"{amount} people", ClaimKind.NUMBER, quantity=quantity)

    def merged(about=1250, slip=1284):
        claims = [count("a", 1248), count("b", slip), count("c", about, "about")]
        claims.append(count("d", about, "about"))
        neighbours = {0: {1: 40.0, 2: 30.0}, 1: {0: 40.0}, 2: {3: 50.0, 0: 30.0}, 3: {2: 50.0}}
        members = {0: [0, 1], 2: [2, 3]}
        _join_agreeing_groups(members, claims, neighbours, 26.0)
        return len(members) == 1

    assert merged()
    assert not merged(slip=1248)
    assert not merged(about=1500)


def test_a_verb_after_and_is_the_next_thing_done_not_the_days_event():
    from checker.align import _event_verb

    lost = "The ship lost 63 containers in the Kerrow Strait on Thursday morning and reached port."
    at = lost.index("on Thursday")
    assert _event_verb(lost, at, at + len("on Thursday morning")) == "lost"
    # With no verb before the day, the one after it is still the day's.
    sailed = "On Thursday morning she sailed into port."
    assert _event_verb(sailed, 0, len("On Thursday morning")) == "sail"


def test_an_event_told_as_a_participle_is_not_acted_on():
    """ "On Sunday became the fastest ..., crossing the finish line" and "crossed the finish
    line on Saturday": one crossing in two verbs (the other sentence tells it as a verb of its
    own), not an act on it, as "widened the recall" is on "recalled"."""
    findings = findings_of(
        "Norwegian sailor Kessa Lund on Sunday became the fastest woman to sail solo around the "
        "world, crossing the finish line off Varde Point aboard her yacht Tern.",
        "Crowds cheered Kessa Lund on the quay at Varde Point when she crossed the finish line "
        "aboard Tern on Saturday afternoon.",
        published="2030-03-04",
        group=False,
    )
    assert ["2030-03-02", "2030-03-03"] in conflict_values(findings, ClaimKind.DATE)


def test_one_precise_value_is_one_figure_whatever_role_words_beside_it_say():
    """ "the 298.5p at which the stock closed" and "298.5 pence, the high before the bid",
    "a further €220m" and "€220m of extra costs": a value this precise told in two outlets is
    one figure; role words part only figures of other values, or round ones."""
    from checker.align import _INCREMENT, _ROLE_OF, _Profile, _profiles_clash

    def told(role):
        return _Profile({}, {}, {}, "", role=role)

    close, high = told(_ROLE_OF["close"]), told(_ROLE_OF["high"])
    assert _profiles_clash(close, high)
    assert not _profiles_clash(close, high, one_precise_value=True)
    further, plain = told(_INCREMENT), told(None)
    assert _profiles_clash(further, plain)
    assert not _profiles_clash(further, plain, one_precise_value=True)


def test_a_bare_count_meets_its_number_in_a_much_alike_sentence():
    """A bare "four" (what it counts is in "of them") and "Four people" tell one count
    when their sentences are much alike, though no role word ties them; other numbers in
    such sentences stay apart."""
    findings = findings_of(
        "Several people were hurt when fire broke out on the Bellport ferry Corran Star on "
        "Tuesday night, four of them seriously enough to be taken to Bellport General.",
        "Four people from the Bellport ferry Corran Star were taken to Bellport General after "
        "Tuesday night's fire, the ferry company said.",
        published="2029-03-08",
        group=False,
    )
    assert_found(findings, Verdict.AGREE, {"four", "Four people"}, exact=True)


def test_one_day_told_as_a_statement_and_as_an_event_is_one_day():
    """ "announced on Tuesday" and "the company said on Tuesday": one day, whatever each
    calls it; a statement's day still parts from an event's day of another value."""
    from checker.align import _STATEMENT, _one_precise_value, _Profile, _profiles_clash

    tuesday_a = _claim("a", "2029-03-13", ClaimKind.DATE, text="on Tuesday")
    tuesday_b = _claim("b", "2029-03-13", ClaimKind.DATE, text="on Tuesday")
    monday = _claim("b", "2029-03-12", ClaimKind.DATE, text="on Monday")
    said, done = _Profile({}, {}, {}, "", role=_STATEMENT), _Profile({}, {}, {}, "")
    assert not _profiles_clash(said, done, _one_precise_value(tuesday_a, tuesday_b))
    assert _profiles_clash(said, done, _one_precise_value(tuesday_a, monday))


def test_a_part_of_a_named_owners_group_is_not_the_whole():
    from checker.align import _other_part

    def libraries(source, amount, text):
        quantity = Quantity(amount, "libraries")
        return _claim(source, f"{amount} libraries", ClaimKind.NUMBER, text=text, quantity=quantity)

    whole = libraries("a", 7, "seven libraries")
    assert _other_part(libraries("a", 2, "Two of Hollinsbeck's seven libraries"), whole)
    assert _other_part(libraries("b", 2, "Two of its libraries"), whole)
    assert not _other_part(libraries("b", 7, "Seven of its libraries"), whole)  # one value


def test_found_and_detected_tell_one_event():
    """'found the attack on Sunday' and 'detected the encryption on January 13': one
    discovery, its day misreported, not two events told in two verbs."""
    findings = findings_of(
        "The company found the attack on Sunday, and a gang is asking for $45 million.",
        "Brindle said the attack was discovered on Sunday and that a gang had demanded $45m.",
        "Timeline. Brindle detected the encryption on January 13, in the small hours.",
        published="2029-01-16",
        group=False,
    )
    assert conflict_values(findings, ClaimKind.DATE) == [["2029-01-13", "2029-01-14", "2029-01-14"]]
    from checker.align import _stem

    # The verbs of one finding share a stem, so that no event seems to differ.
    assert _stem("found") == _stem("detected") == _stem("discovered") == _stem("unearthed")


def test_a_count_told_years_ago_is_that_year_s_count():
    """'began three years ago with four students' is the team then; 'Eight students' won
    the title now. A count far from the words, or with a figure between, is today's."""
    findings = findings_of(
        "On Saturday the Orrel High Gearhounds won the state robotics championship. Eight "
        "students, one robot called Bolt, and a final score of 187-142 over Lakeview Tech.",
        "The Orrel High Gearhounds won the state robotics championship on Saturday. The team "
        "began only three years ago with four students and a borrowed toolbox.",
        published="2030-09-22",
        group=False,
    )
    assert conflict_values(findings, ClaimKind.NUMBER) == []
    from checker.align import _years_ago

    day = dt.date(2030, 9, 22)
    text = "The team began only three years ago with four students."
    assert _years_ago(text, 0, len(text), text.index("four"), 4, day) == {"2027"}
    far = "It brings 900 jobs to a site that has stood empty since the yard closed 40 years ago."
    assert _years_ago(far, 0, len(far), far.index("900"), 3, day) == set()


def test_two_agreements_of_one_precise_value_told_twice_by_one_outlet_are_one():
    """A fact sheet tells '212' twice ('Footprints recorded: 212', '212 in total'); each
    line is joined by another outlet's 212: one count, one finding."""
    findings = findings_of(
        "Footprints recorded: 212\nTrackways: three trackways (118, 61 and 33 prints, 212 in "
        "total)\nTeam: 24 volunteers",
        "Scientists from the University of Tarnmouth have since counted 212 prints, arranged "
        "in three separate trackways, on a slab of limestone.",
        "A working limestone quarry has yielded a trackway of 212 footprints left by sauropod "
        "dinosaurs, researchers said this week.",
        published="2030-05-23",
        group=False,
    )
    holding = [f for f in findings if f.verdict is Verdict.AGREE and "212" in f.claims[0].value]
    assert len(holding) == 1, [[c.text for c in f.claims] for f in holding]
    assert {c.source for c in holding[0].claims} == {"a.txt", "b.txt", "c.txt"}


def test_an_outlet_telling_one_value_in_two_groups_does_not_keep_them_apart():
    """A statement's 'today' sits with an outlier's Thursday, its dateline with two outlets'
    Friday: one day of judgment, one finding. Not when the outlet tells each group another
    day."""
    from checker.align import _join_agreeing_groups

    def day(source, value, text):
        return _claim(source, value, text=text)

    claims = [
        day("a", "2031-02-07", "today"),
        day("b", "2031-02-06", "on Thursday"),
        day("a", "2031-02-07", "7 February 2031"),
        day("c", "2031-02-07", "on Friday"),
        day("d", "2031-02-07", "Friday 7 February 2031"),
    ]
    neighbours = {
        0: {1: 41.0, 3: 50.0, 4: 51.0},
        1: {0: 41.0, 3: 35.0},
        2: {3: 60.0, 4: 60.0},
        3: {0: 50.0, 1: 35.0, 2: 60.0},
        4: {0: 51.0, 2: 60.0},
    }
    members = {0: [0, 1], 2: [2, 3, 4]}
    _join_agreeing_groups(members, claims, neighbours, min_score=26.0)
    assert sorted(sorted(m) for m in members.values()) == [[0, 1, 2, 3, 4]]
    claims[0] = day("a", "2031-02-08", "tomorrow")
    members = {0: [0, 1], 2: [2, 3, 4]}
    _join_agreeing_groups(members, claims, neighbours, min_score=26.0)
    assert sorted(sorted(m) for m in members.values()) == [[0, 1], [2, 3, 4]]


def test_an_increment_told_as_itself_meets_the_same_number():
    """'A further 46 shops will shut' and '46 shops would be closed': the increment and the
    count it is, one fact (the first 32 shops are another)."""
    findings = findings_of(
        "Greaves & Holt will close 32 shops this month. A further 46 shops will shut in the "
        "spring unless buyers are found, the administrators said.",
        "The administrators said 46 shops would be closed in the spring if no buyer for the "
        "stores can be found.",
        published="2028-01-12",
        group=False,
    )
    assert_found(findings, Verdict.AGREE, ["46 shops", "46 shops"])


def test_days_weeks_apart_are_two_events_unless_a_slip():
    """A day told wrongly is a day or a week off, or its month or year slipped; days weeks
    apart in like sentences are two events (setting off, a top speed)."""
    from checker.align import _days_far_apart

    assert _days_far_apart("2030-01-21", "2030-02-09")
    assert not _days_far_apart("2030-01-21", "2030-01-22")
    assert not _days_far_apart("2030-01-21", "2030-01-28")  # "next Monday", a week out
    assert not _days_far_apart("2029-06-01", "2029-07-01")  # the month slipped
    assert not _days_far_apart("1916-10-22", "1961-10-22")  # the year's digits swapped
    assert not _days_far_apart("2030-01", "2030-03")  # months say too little
    findings = findings_of(
        "Marrable, who set off on January 21, sailed 28,340 nautical miles at an average "
        "speed of 28.6 knots, far more than the course.",
        "Distance sailed: 28,340 nautical miles\nAverage speed: 28.6 knots\nTop speed: 38.2 "
        "knots (Southern Ocean, 9 February)",
        published="2030-02-20",
        group=False,
    )
    assert conflict_values(findings, ClaimKind.DATE) == []


def test_a_gap_from_normal_is_no_level():
    """'31 per cent below normal' is a gap; a fact sheet's 'Normal reservoir stocks for early
    August: 69%' is a level (a read labelled set, where the two were a false conflict)."""
    from checker.pipeline import check

    folder = ROOT / "tests" / "heldout28" / "drought_hosepipe_ban_westmarch"
    report = check([str(folder)], Options())
    gap = [c for f in report.findings for c in f.claims if c.text == "31 per cent"]
    assert gap, "the gap is read"
    assert not any(
        f.verdict is Verdict.CONFLICT
        and any(c.text == "31 per cent" for c in f.claims)
        and any(c.text == "69%" for c in f.claims)
        for f in report.findings
    )


def test_a_wreck_located_on_another_day_is_a_date_conflict():
    """'located the hull on Wednesday of last week' and 'found on Thursday 12 July': one
    discovery, misdated; 'located' and 'sighted' tell a finding as 'found' and 'spotted' do."""
    findings = findings_of(
        "The wreck of the steamer Marten Hale was found on Thursday 12 July 2029 by the "
        "survey vessel RV Kittiwake during a sonar survey 11 km south-west of Corran Point.",
        "The wreck of the Marten Hale, which went down in a gale in 1887, was located on "
        "Thursday, 12 July by the survey ship RV Kittiwake, around 11km off Corran Point.",
        "A research ship located the hull of the Marten Hale on Wednesday of last week about "
        "seven miles off Corran Point, the institute said.",
        published="2029-07-18",
        group=False,
    )
    assert ["2029-07-11", "2029-07-12", "2029-07-12"] in conflict_values(findings, ClaimKind.DATE)
    from checker.align import _stem

    assert _stem("located") == _stem("found") == _stem("sighted") == _stem("spotted")


def test_a_fact_sheet_labels_year_dates_its_figure():
    # "Milk delivered 2027: 9.12 billion litres" is last year's figure: the reports' 2028
    # figures are set against the sheet's 2028 line, not against the nearer value.
    sheet = (
        "DAIRY OUTPUT: FIRST ESTIMATE\n\nMilk delivered 2028: 8.64 billion litres\n"
        "Milk delivered 2027: 9.12 billion litres\nDairy herds: 14,350\n"
    )
    wire = (
        "Brenvale's dairy farmers delivered 9.0 billion litres of milk in 2028, the "
        "statistics office said, blaming a wet summer."
    )
    paper = (
        "Milk deliveries in Brenvale came to 8.64 billion litres in 2028, the statistics "
        "office said on Tuesday, as herds shrank."
    )
    found = findings_of(sheet, wire, paper, published="2029-03-05", group=False)
    assert conflict_values(found) == [["8640000000 litre", "8640000000 litre", "9000000000 litre"]]


def test_ages_of_two_people_with_one_surname_are_not_compared():
    # The victim's age and his daughter's: one surname, other first names.
    wire = "Martin Ashgrove, 58, was convicted of killing Edwin Tally, 71, in his shop."
    tv = "Edwin Tally was seventy-one. His daughter said the family had lost him twice."
    paper = "The victim's daughter, Sandra Tally, 49, said the family had lost him twice."
    found = findings_of(wire, tv, paper, group=False)
    assert conflict_values(found) == []
    assert_found(found, Verdict.AGREE, ["71", "seventy-one"])


def test_a_speed_beside_damaged_is_no_count_of_damaged_things():
    # "gusts of 70 mph damaged stages": "damaged" names what was counted, never a speed.
    wire = (
        "Organisers cancelled the last day after an overnight storm with gusts of 70 mph "
        "damaged stages and flattened tents."
    )
    paper = "Gusts reached 70mph on the exposed hilltop site, bringing down a stage canopy."
    blog = "Gusts of 70km/h, the organisers said, though it felt like more from our tent."
    found = findings_of(wire, paper, blog, group=False)
    assert_found(found, Verdict.CONFLICT, ["70 mph", "70mph", "70km/h"])


def test_what_was_won_is_no_owner_of_the_figure_after_it():
    # "won the National Schools Final, beating 48 teams": the final holds no teams, so the
    # count is not kept apart from another report's "beating 84 teams".
    school = (
        "Team Gannet, Dunmore Academy's robotics team, won the National Schools Robotics "
        "Final in Aldenport yesterday, beating 48 teams from across the country."
    )
    paper = (
        "A team of Dunmore Academy pupils are national robotics champions after beating 84 "
        "teams at the National Schools Robotics Final in Aldenport on Tuesday."
    )
    found = findings_of(school, paper, published="2030-03-11", group=False)
    assert conflict_values(found, ClaimKind.NUMBER) == [["48 teams", "84 teams"]]


def test_a_date_that_says_its_tense_keeps_it():
    # "The fine handed to X last Wednesday is likely to reset expectations": "last" puts the
    # day in the past whatever "is likely to" says, so it meets the court reports' Thursday.
    wire = "Wyvern Water was fined £6.8m at Marbury Crown Court on Thursday for dumping sewage."
    paper = (
        "Wyvern Water was sentenced at Marbury Crown Court yesterday after admitting 11 offences."
    )
    journal = (
        "The £6.8m fine handed to Wyvern Water last Wednesday is likely to reset expectations "
        "across the sector, lawyers said."
    )
    found = findings_of(wire, paper, journal, published="2030-06-14", group=False)
    assert_found(found, Verdict.CONFLICT, ["on Thursday", "yesterday", "last Wednesday"])


def test_the_only_figures_of_a_unit_three_times_apart_are_not_taken_for_one():
    # Each article's only "crowns": alike sentences, but one figure is over six times the
    # other, so being each article's only one of the unit says nothing of their being one.
    minimum = (
        "Under the pension reform, the guaranteed minimum pension rises to 14,000 crowns, "
        "the ministry said."
    )
    earner = (
        "Under the pension reform, contributions for a typical earner climb to 93,000 "
        "crowns, the union said."
    )
    assert conflict_values(findings_of(minimum, earner, group=False)) == []


def test_one_value_in_two_units_counts_as_one_value_told_twice():
    # A fact sheet's "187 Ml/d" is the report's "187 million litres a day" exactly: as
    # likely one fact as the same digits in the same unit.
    sheet = (
        "WATER SUPPLY FACT SHEET\n\nReservoir stocks: 41%\nDaily demand: 1,905 Ml/d\n"
        "Leakage: 187 Ml/d\nStored: 9,450 Ml\n"
    )
    wire = (
        "Westmere Water loses 187 million litres a day through leaks, the regulator said, "
        "while demand has reached 1,905 million litres a day."
    )
    paper = (
        "The company still loses 178 million litres a day to leaks, campaigners said, as "
        "demand hit 1,950 million litres a day."
    )
    found = findings_of(sheet, wire, paper, group=False)
    assert_found(found, Verdict.CONFLICT, ["187 Ml/d", "187 million litres", "178 million litres"])


def test_a_bare_count_one_digit_off_a_precise_count_is_that_count_misreported():
    # (A crowd or an attendance counts people; "the official figure" counts nothing named.)
    paper = "Gullhaven Stadium's official figure of 31,418 saw Rovers win the cup."
    wire = "The official figure of 31,418 was the biggest at Gullhaven this season."
    radio = "REPORTER: The official figure was 33,418, and most of them are still here."
    found = findings_of(paper, wire, radio, group=False)
    assert conflict_values(found) == [["31418", "31418", "33418"]]
    crowds = findings_of(
        "A crowd of 31,418 at Gullhaven Stadium saw Rovers win the cup.",
        "The official crowd of 31,418 was the biggest at Gullhaven this season.",
        "REPORTER: The official attendance was 33,418, and most of them are still here.",
        group=False,
    )
    assert conflict_values(crowds) == [["31418 people", "31418 people", "33418 people"]]


def test_a_counted_noun_says_what_the_figure_is_before_a_verb_beside_it():
    # "The march ended with 41 arrests": the arrests are counted, the march "ended"; the
    # count is the other outlets' 14 arrests with its digits swapped.
    live = "16:05 - Police confirm 17 arrests so far, most for public order offences."
    paper = "On Saturday the march shut the bridge for six hours. Police made 17 arrests."
    trade = "Saturday's march blocked the bridge for six hours and ended with 71 arrests."
    found = findings_of(live, paper, trade, published="2031-05-12", group=False)
    assert conflict_values(found, ClaimKind.NUMBER) == [["17 arrests", "17 arrests", "71 arrests"]]


def test_one_precise_value_of_one_unit_left_alone_in_two_outlets_is_one_fact():
    # A fact sheet's label line shares few words with a wire's sentence; the same precise
    # area in both is one fact, too precise to meet by chance.
    sheet = (
        "Tarn Glacier retreat: key figures (provisional)\n\n"
        "- Surface area (radar, preliminary): approximately 2,640 square kilometres\n"
        "- Length: 71 kilometres\n- Thickness: about 310 metres\n\n"
        "The glacier covered about 3,100 square kilometres in 1990, when a lake of 40 square "
        "kilometres formed at its snout. Survey flights continue this week.\n"
    )
    wire = (
        "OSLEN, May 4 (Wire) - A slab covering 2,640 square kilometres has split from the "
        "shelf, scientists said on Monday, after a crack that had been widening for years "
        "finally cut through."
    )
    found = findings_of(sheet, wire, published="2031-05-04", group=False)
    assert_found(
        found, Verdict.AGREE, ["approximately 2,640 square kilometres", "2,640 square kilometres"]
    )


def test_a_change_named_by_a_noun_before_its_size_meets_its_points_slip():
    # "a reduction of 18 per cent" and "a cut of 18 percentage points" name one change (the
    # grant from €500 to €410): told in points by one outlet, a slip on that one fact.
    union = (
        "The union wants the ministry to drop its plan to cut the grant from €500 to €410 "
        "per pupil, a reduction of 18 per cent."
    )
    paper = (
        "Under the plan the grant falls from €500 to €410 per pupil next year, a reduction "
        "of 18 per cent, and teachers will strike on Thursday."
    )
    trade = "- Pupil grant: cut from €500 to €410 per pupil, a cut of 18 percentage points."
    found = findings_of(union, paper, trade, published="2030-03-02", group=False)
    assert_found(found, Verdict.CONFLICT, ["18 per cent", "18 percentage points"])


def test_an_estimate_of_a_count_and_a_later_latest_count_are_one_count_updated():
    # The authority's first-day estimate and the later "latest count" are one toll; the
    # estimate was the earlier report (a conflict, reason later report), not another fact.
    statement = (
        "Dead birds have been found along the estuary since Monday. We estimate that around "
        "600 birds have died so far, most of them gulls and terns."
    )
    paper = (
        "The agency's latest count is 1,450 dead birds along the estuary, where the oil "
        "first washed up on Monday."
    )
    radio = "PRESENTER: The agency now says 1,450 birds have died along the estuary since Monday."
    docs = [
        article(statement, source="agency_statement.txt", published="2031-06-03"),
        article(paper, source="daily_paper.txt", published="2031-06-06"),
        article(radio, source="radio_news.txt", published="2031-06-06"),
    ]
    options = Options(group_stories=False)
    found = compare(prepare(docs, options), options).findings
    assert_found(found, Verdict.CONFLICT, ["around 600 birds", "1,450 dead birds"])


def test_a_firm_named_first_in_its_sentence_keeps_its_name_as_the_figures_owner():
    # "Marrow Press has raised the print run ... to 45,000": the owner is Marrow Press, not
    # "Press" (the sentence's first word is kept when what follows is a generic firm word),
    # so it is the same owner as the radio's "Her publisher, Marrow, ..." and the two values
    # are one print run told differently.
    radio = (
        "CRITIC: It is a fine debut. Her publisher, Marrow, has already ordered a print run "
        "of thirty thousand copies. The book is published by Marrow Press."
    )
    trade = (
        "Marrow Press has raised the print run of Ada Quist's Low Tide to 45,000 copies "
        "after the novel won the Fenn Award. Marrow said demand had surprised it."
    )
    found = findings_of(radio, trade, published="2030-11-02", group=False)
    assert conflict_values(found, ClaimKind.NUMBER) == [["30000 copies", "45000 copies"]]


def test_a_lower_bound_told_again_by_an_outlet_in_both_groups_lets_them_join():
    # The radio's lede "more than six thousand homes" and its reporter's "six thousand two
    # hundred properties" tell one count twice; the blog's early 5,000 homes and the
    # others' 6,200 properties are one count that grew (homes and properties count alike).
    blog = (
        "09:10 - The power company says around 5,000 homes in Tarrow are without electricity "
        "after the substation fire this morning."
    )
    statement = (
        "A fire at our Tarrow substation this morning cut supply to 6,200 properties. "
        "Engineers restored power to all 6,200 properties by 9pm."
    )
    radio = (
        "PRESENTER: Our top story: more than six thousand homes in Tarrow lost power after a "
        "substation fire this morning.\n\nREPORTER: The company now says six thousand two "
        "hundred properties were cut off, more than it first thought."
    )
    trade = "The substation fire in Tarrow this morning left 6,200 properties without power."
    found = findings_of(blog, statement, radio, trade, published="2032-01-14", group=False)
    assert_found(
        found,
        Verdict.CONFLICT,
        ["around 5,000 homes", "6,200 properties", "six thousand two hundred properties"],
    )


def test_the_day_a_statement_was_made_before_a_comma_and_why_is_no_event_day():
    # "engineers said on Tuesday, after ..." is when they spoke; the bridge closed on
    # Sunday 9 March, as the council and the paper say.
    wire = (
        "A road bridge over the Lenn has been shut after cracks were found in its main span, "
        "engineers said on Tuesday, after a routine inspection turned up the damage."
    )
    council = "The council closed Lenn Bridge on Sunday, 9 March 2031 after cracks were found."
    paper = "Lenn Bridge has been closed since 9 March, when inspectors found cracks in the span."
    found = findings_of(wire, council, paper, published="2031-03-11", group=False)
    assert conflict_values(found, ClaimKind.DATE) == []


def test_one_number_told_with_and_without_its_noun_is_not_parted_by_who_is_named():
    # "Of the 2,900 trains VSR runs, 1,850 will be cancelled" and "Velmar State Railways
    # cancelled 1,850 trains" name their owners differently (each article names both); told
    # with and without the noun, the number is one value whoever each sentence names first.
    statement = (
        "Velmar State Railways (VSR) expects the drivers' strike to go ahead on Monday. Of "
        "the 2,900 trains VSR normally runs on a weekday, 1,850 will be cancelled."
    )
    weekly = (
        "Velmar State Railways cancelled 1,850 trains on Monday as drivers walked out. VSR "
        "said talks would resume."
    )
    found = findings_of(statement, weekly, published="2031-09-16", group=False)
    assert_found(found, Verdict.AGREE, ["1,850", "1,850 trains"])


def test_a_lone_day_one_off_the_day_outlets_agree_on_is_that_day_misdated():
    """Two outlets agree the slide began on Monday 3 March; a broadcast's lone "on Sunday",
    alike with one of them (complete linkage asked it to look alike with both), is that day
    misdated and joins them; two days off, or told by an outlet already in the group, it
    stays a day of its own."""
    from collections import defaultdict

    from checker.align import _join_lone_days, _Profile

    def day(source: str, value: str) -> Claim:
        return Claim(source, 0, ClaimKind.DATE, "on Monday", 0, 9, value, "on Monday")

    def joined(lone: Claim) -> list[list[int]]:
        claims = [day("wire.txt", "2031-03-03"), day("weekly.txt", "2031-03-03"), lone]
        profiles = [_Profile(weights={}, own={}, local={}, text="") for _ in claims]
        neighbours: dict[int, dict[int, float]] = defaultdict(dict)
        neighbours[0][1] = neighbours[1][0] = 50.0
        neighbours[0][2] = neighbours[2][0] = 30.0
        members = {0: [0, 1], 2: [2]}
        _join_lone_days(members, claims, neighbours, profiles, {}, 26.0)
        return sorted(members.values())

    assert joined(day("radio.txt", "2031-03-02")) == [[0, 1, 2]]
    assert joined(day("radio.txt", "2031-03-01")) == [[0, 1], [2]]
    assert joined(day("weekly.txt", "2031-03-02")) == [[0, 1], [2]]


def test_a_lone_figure_near_the_value_outlets_agree_on_is_that_figure_misreported():
    """Two outlets agree on 58%; a blog's lone 48%, alike with one of them, is that figure
    misreported and joins them (a conflict). Not a figure told roughly, one a third or
    more away, a fall told against a rise of the same size, nor one whose own article
    tells the group's value too (its figure is of something else)."""
    from collections import defaultdict

    from checker.align import _join_lone_outliers, _Profile

    def percent(source: str, amount: float, text: str = "", qualifier=None) -> Claim:
        text = text or f"{amount:g}%"
        quantity = Quantity(amount, "%", step=1, dimension="percent", qualifier=qualifier)
        sentence = f"It cut attacks by {text} in the trial."
        at = sentence.index(text)
        return Claim(
            source,
            0,
            ClaimKind.NUMBER,
            text,
            at,
            at + len(text),
            f"{amount:g} %",
            sentence,
            quantity=quantity,
        )

    def joined(*lone: Claim) -> list[list[int]]:
        claims = [percent("wire.txt", 58), percent("paper.txt", 58), *lone]
        profiles = [_Profile(weights={}, own={}, local={}, text="") for _ in claims]
        neighbours: dict[int, dict[int, float]] = defaultdict(dict)
        neighbours[0][1] = neighbours[1][0] = 50.0
        neighbours[0][2] = neighbours[2][0] = 30.0
        members = {0: [0, 1], **{k: [k] for k in range(2, len(claims))}}
        _join_lone_outliers(members, claims, neighbours, profiles, 26.0, {})
        return sorted(members.values())

    assert joined(percent("blog.txt", 48)) == [[0, 1, 2]]
    assert joined(percent("blog.txt", 40)) == [[0, 1], [2]]
    assert joined(percent("blog.txt", 48, "about 48%", "about")) == [[0, 1], [2]]
    assert joined(percent("blog.txt", -58)) == [[0, 1], [2]]
    assert joined(percent("blog.txt", 48), percent("blog.txt", 58)) == [[0, 1], [2], [3]]


def test_a_gas_flow_in_mmscf_a_day_is_the_same_flow_in_million_cubic_feet():
    release = "The Harth-2 well flowed at 27 million standard cubic feet per day during testing."
    trade = "Harth-2 flowed at 27 MMscf/d on test, the operator said."
    found = findings_of(release, trade, published="2031-02-10", group=False)
    assert_found(found, Verdict.AGREE, ["27 million standard cubic feet", "27 MMscf/d"])


def test_a_day_that_names_its_event_is_not_a_day_another_sentence_dates_apart():
    """A trade weekly's "The fire of Wednesday 4 March" is the same day as a local paper's
    "this morning", but that paper's sentence dates the fire to yesterday ("cleared debris
    this morning after yesterday's fire"): the weekly's day is the fire's, misdated, not the
    clean-up's."""
    from checker.load import make_article

    texts = {
        "wire.txt": "date 2031-03-03\nA fire destroyed the Holm Road warehouse in Brindle on "
        "Tuesday afternoon, the fire service said. Forty firefighters attended.",
        "paper.txt": "date 2031-03-04\nTraders in Brindle spent this morning clearing debris "
        "after yesterday's fire at the Holm Road warehouse. The owner, Cass Mayhew, said the "
        "stock was insured.",
        "radio.txt": "date 2031-03-04\nPRESENTER: Brindle is still clearing up tonight after "
        "yesterday's fire at the Holm Road warehouse, which forty firefighters fought.",
        "weekly.txt": "date 2031-03-11\nThe fire of Wednesday 4 March destroyed the Holm Road "
        "warehouse in Brindle, and its owner Cass Mayhew says the stock was insured.",
    }
    articles = [make_article(name, name, text) for name, text in texts.items()]
    findings = compare(prepare(articles, Options()), Options(group_stories=False)).findings
    days = conflict_values(findings, ClaimKind.DATE)
    assert any("2031-03-04" in values and "2031-03-03" in values for values in days), days


def test_a_signed_figure_or_a_shift_in_points_is_a_change_told_in_per_cent_elsewhere():
    """A fact sheet's "Change since 2027: +5 percentage points" and a column's "a shift of
    five percentage points" are changes, whatever word (or none) names them: a weekly's
    "a rise of 5 per cent" for either is the slip."""
    sheet = findings_of(
        "Flood share of household claims, 2031: 17%\nFlood share of household claims, 2027: "
        "12%\nChange since 2027: +5 percentage points",
        "Floods are a growing share of the Tarrow insurers' claims: 17 per cent of household "
        "claims in 2031 against 12 per cent in 2027 - a rise of 5 per cent.",
        published="2032-03-14",
        group=False,
    )
    assert ["5 %", "5 pp"] in conflict_values(sheet, ClaimKind.NUMBER)
    column = findings_of(
        "Ticket sales now make up 71 per cent of Tarrow Zoo's income, a shift of nine "
        "percentage points since the lynx arrived.",
        "Ticket income at Tarrow Zoo has risen by 9 per cent as a share of its income since "
        "the lynx arrived.",
        published="2032-03-14",
        group=False,
    )
    assert ["9 %", "9 pp"] in conflict_values(column, ClaimKind.NUMBER)


def test_a_duration_or_range_with_its_unit_slipped_is_one_figure_misreported():
    """ "10 to 12 days after exposure" told as "10 to 12 hours", "at least six weeks" as "six
    months": the number kept, the unit slipped, on one fact."""
    findings = findings_of(
        "Measles symptoms usually appear around 10 to 12 days after exposure, the Brenley "
        "health team said.",
        "Symptoms of measles usually show up 10 to 12 days after someone is exposed, doctors "
        "in Brenley said.",
        "In Brenley, doctors say measles symptoms appear around 10 to 12 hours after exposure.",
        published="2030-02-12",
        group=False,
    )
    assert ["10-12 days", "10-12 days", "10-12 hours"] in conflict_values(
        findings, ClaimKind.NUMBER
    )
    closed = findings_of(
        "The Ashby footbridge will stay closed for at least six weeks while engineers work.",
        "Engineers say the Ashby footbridge will be closed for at least six weeks.",
        "The Ashby footbridge will be shut for six months while engineers work, we're told.",
        published="2030-02-12",
        group=False,
    )
    assert any("6 months" in values for values in conflict_values(closed, ClaimKind.NUMBER))


def test_the_first_since_a_year_dates_the_last_such_thing_not_a_bound():
    """ "the first ferry built at Tolvane since 1987" says the last was built in 1987: against
    "Tolvane last built a ferry in 1998", the years disagree (read as a bound, "since 1987"
    would allow 1998). Such a year is no day of the story's events: "the first fare change
    since January last year" is not the new fares' "from September 12"."""
    findings = findings_of(
        "The order is the first ferry for the Tolvane yard since 1987, the trade review said.",
        "Tolvane last built a passenger ferry in 1998, the yard's owners said.",
        "The Tolvane yard last built a passenger ferry in 1998, before the slump.",
        published="2033-01-05",
        group=False,
    )
    assert ["1987", "1998", "1998"] in conflict_values(findings, ClaimKind.DATE)
    fares = findings_of(
        "Varn Transit's new fares apply from Sunday, 12 September. This is the first general "
        "fare change since January last year.",
        "Varn Transit announced its new fares this week, and they kick in from September 12.",
        published="2027-08-16",
        group=False,
    )
    assert not any("2026-01" in values for values in conflict_values(fares, ClaimKind.DATE))


def test_two_tolls_of_one_kind_are_not_told_apart_by_the_names_before_them():
    """ "... near the market town of Carrow on Sunday, and four people were injured" (a wire
    on the day) and "The hard landing of a Skylark Flights balloon near Carrow, in which six
    people were injured" (a digest a week on): the names before the counts are a place and
    the operator, not two holders of two tolls; the first count was raised later."""
    import datetime as dt

    from checker.load import make_article

    texts = {
        "wire.txt": "A hot-air balloon carrying 16 passengers made a hard landing in a field "
        "near the market town of Carrow on Sunday, and four people were injured, emergency "
        "services said. The balloon was operated by Skylark Flights.",
        "paper.txt": "Six people were injured when a Skylark Flights balloon came down near "
        "Carrow on Sunday evening, two of them seriously.",
        "radio.txt": "Six people were hurt when the balloon landed near Carrow on Sunday.",
        "digest.txt": "The hard landing of a Skylark Flights balloon near Carrow on 14 August, "
        "in which six people were injured, has reopened the debate on gust limits.",
    }
    days = {"wire.txt": 14, "paper.txt": 15, "radio.txt": 15, "digest.txt": 21}
    articles = [
        make_article(name, name, text, dt.date(2028, 8, days[name])) for name, text in texts.items()
    ]
    findings = compare(prepare(articles, Options()), Options(group_stories=False)).findings
    values = conflict_values(findings, ClaimKind.NUMBER)
    assert any("4 people" in found and "6 people" in found for found in values), values


def labelled_finding_found(folder, why):
    """Whether the labelled finding of a labelled set's folder whose reason holds ``why`` is
    found whole: one finding of its kind and verdict holds a claim of each labelled one (the
    same source, one text within the other)."""
    from checker.pipeline import check

    path = ROOT / "tests" / folder
    report = check([str(path)], Options())
    expected = json.loads((path / "expected.json").read_text(encoding="utf-8"))
    (want,) = [f for f in expected["findings"] if why in f["why"]]

    def holds(claim, label):
        within = label["text"] in claim.context and claim.text in label["text"]
        return claim.source == label["source"] and (within or label["text"] in claim.text)

    return any(
        f.kind.value == want["kind"]
        and f.verdict.value == want["verdict"]
        and all(any(holds(c, label) for c in f.claims) for label in want["claims"])
        for f in report.findings
    )


def test_a_lone_rough_telling_joins_a_group_once_a_slip_makes_it_disagree():
    """ "warm water from nearly five kilometres down" beside outlets' "4.7 km" well: while
    they agreed it stood apart (its sentence tells of the first heat reaching homes); once a
    blog's "4,700 feet" (the number kept, the unit slipped) joins them, the group disagrees,
    and the rough telling close to its value belongs in it."""
    assert labelled_finding_found("heldout26/geothermal_kirrinfell_switch_on", "4,700 feet")


def test_a_lone_telling_of_a_day_or_year_joins_after_the_day_joiners_have_run():
    """Five outlets' "first gas in 2031" ("targeting", "expects", "will begin in 2031"):
    the joiners of lone days reshape the date groups, and a lone restatement of the year is
    asked again after them."""
    assert labelled_finding_found("heldout32/gas_discovery_sornholm", "First gas targeted for 2031")


def test_a_day_that_names_its_event_leaves_a_group_of_what_happened_next():
    """A weekly's "The sale last Thursday was meant to be routine" meets, by its value, the
    day after the bond auction (the central bank's emergency hike "this morning"); it names
    its event, and the outlets' "Wednesday's auction", "yesterday's auction" name it too: it
    is the auction's day, misdated."""
    assert labelled_date_conflicts_found("heldout14/bond_auction_rellany")


@pytest.mark.parametrize(
    ("sentence", "day", "happening"),
    [
        ("after yesterday afternoon's hailstorm, the worst", "yesterday", {"hailstorm"}),
        ("The hailstorm of Wednesday 11 June destroyed", "Wednesday 11 June", {"hailstorm"}),
        ("The sale last Thursday was meant to be routine.", "last Thursday", {"sale"}),
        ("Wednesday's auction really showed the strain.", "Wednesday", {"auction"}),
        (
            "open today after yesterday's teachers' strike, which",
            "yesterday",
            {"teacher", "strike"},
        ),
        ("after Saturday's fans’", "Saturday", {"fan"}),
        ("Speaking at the substation on Wednesday, he said", "Wednesday", set()),
        ("The plant opened on Monday.", "Monday", set()),
    ],
)
def test_the_thing_a_day_names_as_its_own(sentence, day, happening):
    from checker.align import _happening

    start = sentence.index(day)
    assert _happening(sentence, start, start + len(day)) == happening


def test_two_lone_days_telling_one_event_verb_a_day_apart_at_most_meet():
    """A water company's "Supply was restored at 6.40pm today" and a trade newsletter's
    "restored on the evening of Wednesday 13 February": few words alike, but one verb of
    one event on one day, each left alone by the others' days."""
    assert labelled_finding_found(
        "heldout32/water_main_burst_pontraven", "Supply was restored on the evening"
    )


@pytest.mark.parametrize(
    ("sentence", "point"),
    [
        ("It is the first ferry for the yard since 1989.", True),
        ("It was the largest single hail loss in the region since 1996.", True),
        ("The interest rate has been unchanged since 2019.", False),
        ("The protest camp has stood since 2021.", False),
    ],
)
def test_a_first_or_a_superlative_before_since_makes_the_year_a_point(sentence, point):
    from checker.compare import first_since

    assert first_since(sentence, sentence.index("since")) is point


def test_a_figure_dated_by_its_own_last_year_is_not_dated_by_the_articles_other_years():
    """ "sold 3.6 million cans last year" in an article that dates another count to 2030 is
    of 2030 by its own words: the other outlets' "3.1 million cans in 2030" is the same fact
    misreported, not a figure of another year."""
    conflicts = conflicts_of(
        "The Harlow brewery sold 3.1 million cans in 2030. It had 140 staff in 2030. The "
        "Dunmore group agreed to buy it on Monday.",
        "Harlow sold 3.1 million cans in 2030, the brewery said. Dunmore agreed to buy it on "
        "Monday.",
        "Dunmore agreed on Monday to buy Harlow. The brewery sold 3.6 million cans last year "
        "and had 140 staff in 2030.",
        published="2031-03-04",
    )
    assert ["3.1 million cans", "3.1 million cans", "3.6 million cans"] in conflicts, conflicts


def test_members_who_turned_out_tell_a_turnout():
    """ "Only 46 per cent of members turned out" is the ballot's turnout, as "on a turnout of
    64 per cent" is; what "turned out to be" so is not."""
    from checker.align import _ROLE_OF, _role

    assert _role(["only"], ["of", "members", "turned", "out"]) == _ROLE_OF["turnout"]
    assert _role(["on", "a", "turnout", "of"], ["in", "the", "ballot"]) == _ROLE_OF["turnout"]
    assert _role([], ["of", "it", "turned", "out", "to", "be", "wasted"]) is None
    assert labelled_finding_found(
        "heldout35/teachers_strike_maddoch", "the column transposes it to 46 per cent"
    )


def test_a_day_naming_its_own_event_is_not_told_again_with_the_reporting_day():
    """ "open again this morning after Wednesday's crash", broadcast the next day: the
    "again" tells this morning's state, not the crash, whose day (a day early) is the one to
    weigh against the others'."""
    dated = [
        (
            "A tanker overturned on the B912 near Carrow this morning, spilling 9,000 litres of "
            "milk across the road.",
            "2030-03-14",
        ),
        (
            "At 7.10am on Thursday 14 March, officers attended a collision on the B912 near "
            "Carrow in which a milk tanker overturned.",
            "2030-03-14",
        ),
        (
            "PRESENTER: The B912 near Carrow is open again this morning after Wednesday's crash, "
            "when a milk tanker overturned and emptied its load.",
            "2030-03-15",
        ),
    ]
    findings = findings_dated(*dated)
    assert_found(
        findings,
        Verdict.CONFLICT,
        {"this morning", "7.10am on Thursday 14 March", "after Wednesday"},
        exact=True,
    )


def test_a_gap_from_last_years_figure_in_per_cent_and_in_points_is_the_slip():
    """ "2 percentage points higher than last year's increase" and "2 per cent more than
    last year's rise" are one change told in two units: the slip between points and per
    cent, not two unrelated figures."""
    findings = findings_of(
        "Brinmoor bus fares will rise by 6.5 per cent in April, the transport authority said. "
        "The rise is 2 percentage points higher than last year's increase of 4.5 per cent.",
        "Bus fares in Brinmoor are going up 6.5 per cent from April. It is 2 per cent more than "
        "last year's rise of 4.5 per cent, the authority said.",
        "Brinmoor fares rise 6.5% in April, after a 4.5% increase last year.",
        published="2029-02-20",
    )
    assert_found(findings, Verdict.CONFLICT, {"2 percentage points", "2 per cent"}, exact=True)


def test_last_years_takings_are_not_this_years_nor_the_target():
    """An organiser's "Last year's fair ... raised £41,000 ... This year the organisers hope
    to raise £45,000" against a paper's "raised £47,500 on Saturday, beating its £45,000
    target ... up from £41,000 last year": three sums, each told twice, none misreported."""
    dated = [
        (
            "The Brinmoor Fair returns on Saturday. Last year's fair drew 9,000 visitors and "
            "raised £41,000 for the hospice. This year the organisers hope to raise £45,000.",
            "2030-06-10",
        ),
        (
            "The Brinmoor Fair raised £47,500 for the hospice on Saturday, beating its £45,000 "
            "target, as 11,000 visitors came. The total is up from £41,000 last year.",
            "2030-06-16",
        ),
        (
            "PRESENTER: The Brinmoor Fair made forty-seven thousand five hundred pounds for the "
            "hospice at the weekend.",
            "2030-06-17",
        ),
    ]
    findings = findings_dated(*dated)
    for sums in ({"£41,000"}, {"£45,000"}, {"£47,500", "forty-seven thousand five hundred pounds"}):
        assert_found(findings, Verdict.AGREE, sums)
    assert not any("£" in v for c in conflict_values(findings) for v in c), findings


@pytest.mark.parametrize(
    ("left", "right", "role"),
    [
        (["the", "organisers", "hope", "to", "raise"], ["for", "the", "hospice"], "target"),
        (["hoping", "to", "raise"], [], "target"),
        (["the", "fair", "raised"], ["for", "the", "hospice"], None),
        (["the", "bank", "raised", "it", "to"], ["for", "the", "year"], "revised"),
    ],
)
def test_money_raised_is_no_revision_and_money_hoped_for_is_a_target(left, right, role):
    from checker.align import _ROLE_OF, _role

    assert _role(left, right) == (_ROLE_OF[role] if role else None)


def test_a_year_before_a_present_predicate_does_not_date_its_figure():
    """ "was founded in 1888 and has about 240 members": the year is the founding's; the
    members are counted now, as the other outlets count them."""
    findings = findings_of(
        "The Carrow rowing club was founded in 1888 and has about 240 members. It lost £30,000 "
        "in the fraud.",
        "The Carrow club, which has about 240 members, said the £30,000 fraud by its treasurer "
        "had forced it to raise fees.",
        "Carrow rowing club, with some 240 members, was defrauded of £30,000 by its treasurer.",
        published="2030-06-12",
    )
    assert_found(
        findings,
        Verdict.AGREE,
        {"about 240 members", "some 240 members"},
    )
    (members,) = [f for f in findings if any(c.text == "some 240 members" for c in f.claims)]
    assert {c.source for c in members.claims} == {"a.txt", "b.txt", "c.txt"}


@pytest.mark.parametrize(
    ("sentence", "figure", "dated"),
    [
        ("The club was founded in 1921 and has around 320 members.", "around 320 members", False),
        ("The club was founded in 1921 with around 320 members.", "around 320 members", True),
        ("In 2020 the firm had 40 staff and has 90 now.", "40 staff", True),
    ],
)
def test_which_figures_a_year_before_them_dates(sentence, figure, dated):
    from checker.align import build_profiles

    extraction = extract(sentence, published="2030-06-12")
    claims = [c for c in extraction.claims if c.text == figure]
    published = {"a.txt": dt.date(2030, 6, 12)}
    (profile,) = build_profiles(claims, extraction.sentences, published, {})
    assert bool(profile.years) is dated


def test_sums_in_two_currencies_of_like_worth_far_apart_are_two_sums():
    """The buyer's "revenue of $2.3 billion" and the distillery's "revenue of £31.2m": dollars
    and pounds are worth within a few times of each other, so sums seventy times apart are
    not one sum converted; the price in both currencies ($189 million, £146m) still is."""
    findings = findings_of(
        "Halvorsen Brands agreed to buy the Kelvie distillery for $189 million. Halvorsen, "
        "which reported revenue of $2.3 billion for its last fiscal year, said the deal would "
        "add to earnings.",
        "The Kelvie distillery's accounts show revenue of £31.2m in 2031, up from £27.5m in "
        "2030. Halvorsen Brands is buying it for £146m.",
        "Halvorsen Brands is buying Kelvie for £146m. Kelvie's revenue last year was £31.2m.",
        published="2032-11-03",
    )
    assert_found(findings, Verdict.AGREE, {"£31.2m"}, exact=True)
    assert_found(findings, Verdict.VARIANT, {"$189 million", "£146m"})


def test_a_day_announced_and_the_same_day_reported_after_are_one_event():
    """ "will reopen at 9am on Saturday 6 April" and, a week on, "on Saturday as they
    reopened": what was to happen and what happened, on one day, told with and without its
    hour, are one event; only other days of other tenses are two."""
    dated = [
        (
            "The Harrowgate swimming baths will reopen to the public at 9am on Saturday 6 April "
            "after a £2.1m refit.",
            "2030-04-01",
        ),
        (
            "More than 800 swimmers passed through the doors of Harrowgate baths on Saturday as "
            "they reopened after a £2.1m refit.",
            "2030-04-08",
        ),
    ]
    findings = findings_dated(*dated)
    assert_found(findings, Verdict.AGREE, {"9am on Saturday 6 April", "on Saturday"}, exact=True)


@pytest.mark.parametrize(
    ("sentence", "day", "event"),
    [
        (
            "More than 800 people passed through the doors on Saturday as it reopened.",
            "on Saturday",
            "reopen",
        ),
        ("The council passed the budget on Tuesday.", "on Tuesday", "approv"),
    ],
)
def test_people_passing_through_approve_nothing(sentence, day, event):
    from checker.align import _event_verb

    start = sentence.index(day)
    assert _event_verb(sentence, start, start + len(day)) == event


def test_a_day_told_with_its_hour_is_the_same_day_for_the_rules_that_part_two_days():
    """ "launched at 4.12am today" and a radio's "yesterday" the morning after are one day,
    told with and without its hour: the rules that keep two days' events apart (other
    verbs, a day told as said or as of) weigh days, not the hour one of them adds."""
    assert labelled_finding_found(
        "heldout34/mixed_crannoch_week", "The rescue was on Saturday 15 November 2031."
    )
    assert labelled_finding_found(
        "heldout21/corvina_star_container_loss", "the 6th was a Wednesday"
    )


def test_a_time_of_a_day_is_as_fine_as_the_day():
    """ "02:14 this morning" is a day told to the minute, not a coarse date like a month:
    against a bare day it loses nothing for its grain."""
    from checker.align import _granularity

    assert _granularity("2029-04-13T02:14") == _granularity("2029-04-13") == 0
    assert _granularity("2029-04") == 2


def test_a_match_result_told_three_ways_and_once_wrongly_is_a_conflict():
    """ "beat Ardley Rovers 3-1", a radio's "three-one", a result line "Kessel Town 3-1 Ardley
    Rovers" and a blog's "a 3-2 win": one result, the blog's score wrong; the goals on
    each side are not counts of their own."""
    conflicts = conflicts_of(
        "Kessel Town beat Ardley Rovers 3-1 on Saturday, with two goals from Mia Strand.",
        "PRESENTER: Kessel Town beat Ardley Rovers three-one on Saturday, Mia Strand with two.",
        "Result: Kessel Town 3-1 Ardley Rovers. Mia Strand scored twice on Saturday.",
        "What a 3-2 win for Kessel Town over Ardley Rovers on Saturday, Mia Strand scoring twice.",
        published="2030-10-13",
    )
    assert ["3-1", "3-1", "3-2", "three-one"] in conflicts, conflicts


def test_a_day_whose_verb_names_another_groups_event_moves_to_it():
    """ "The prints were found on Wednesday, 15 May" in a wire, grouped by its value with
    other Wednesday news, names the discovery the others date a day earlier: it is that
    event misdated (a light verb, "came" or "made", names nothing)."""
    assert labelled_finding_found("heldout27/fossil_trackway_ambleforth", "the wire is one day off")
    assert labelled_finding_found(
        "heldout17/mixed_brackenmouth_week", "the blog (published Saturday"
    )


@pytest.mark.parametrize(
    ("noun", "verb"),
    [
        ("publication", "published"),
        ("investigation", "investigated"),
        ("announcement", "announced"),
        ("collision", "collided"),
        ("explosion", "exploded"),
        ("closure", "closed"),
        ("eruption", "erupted"),
    ],
)
def test_a_noun_and_its_verb_are_one_word_to_likeness(noun, verb):
    """ "since its publication in March 2030" and "was published in March 2030": the suffix
    stripper alone reads "public" and "publish"."""
    from checker.align import _stem

    assert _stem(noun) == _stem(verb)


def test_a_days_verb_names_its_event_only_by_the_same_verb():
    """A compound noun's head is the thing ("hailstorm", "storm"); a verb is only itself:
    "discovered" is no "covered"."""
    from checker.align import _VERB_NAME, _same_happening

    assert _same_happening(frozenset({"hailstorm"}), frozenset({"storm"}))
    assert _same_happening(frozenset({_VERB_NAME + "found"}), frozenset({_VERB_NAME + "found"}))
    assert not _same_happening(
        frozenset({_VERB_NAME + "discover"}), frozenset({_VERB_NAME + "cover"})
    )


def test_a_present_perfect_after_a_day_is_not_the_days_verb():
    """ "Kayakers who were swept out to sea on Saturday afternoon have thanked the crew":
    a present perfect takes no day of its own, so the day is the sweeping's, the rescue the
    other outlets date to Sunday, not a later act of thanks."""
    dated = [
        (
            "The inshore lifeboat rescued three kayakers who had been swept out to sea off "
            "Hollin Point on Sunday afternoon, the station said.",
            "2030-06-03",
        ),
        (
            "PRESENTER: Three kayakers are safe after being rescued by the lifeboat off Hollin "
            "Point yesterday afternoon.",
            "2030-06-03",
        ),
        (
            "Three kayakers who were swept out to sea off Hollin Point on Saturday afternoon "
            "have thanked the volunteer crew who pulled them from the water.",
            "2030-06-06",
        ),
    ]
    findings = findings_dated(*dated)
    assert_found(
        findings,
        Verdict.CONFLICT,
        {"on Sunday afternoon", "yesterday", "on Saturday afternoon"},
        exact=False,
    )


def test_improved_by_per_cent_is_a_change_slipped_from_points():
    """ "survival has improved by 9 per cent" against "up nine percentage points": one change
    told in two units, whichever way "improved" points."""
    conflicts = conflicts_of(
        "Hatching success at the Tarrow colony rose from 52% to 61% this decade, up nine "
        "percentage points, the wardens said.",
        "The wardens say hatching success at the Tarrow colony has improved by 9 per cent in a "
        "decade.",
    )
    assert ["9 per cent", "nine percentage points"] in conflicts, conflicts


def test_a_figure_is_not_set_against_another_value_of_an_article_that_states_it():
    """The weekly states the close, 318p, and a broker's fair value, 372p; the blog's second
    "318p" (an analyst's) is the close again, not set against the weekly's fair value."""
    conflicts = conflicts_of(
        "The market agrees there is room. Hartfield closed at 318p on Monday and has since "
        "drifted only to 311p, a narrow discount to the offer. Casterby Securities puts fair "
        "value at 372p.",
        "16:35 Closing bell. Hartfield finished at 318p, up 22.4% on the day, still 6p short "
        'of the offer. 16:50 A last word from an analyst at Casterby Securities: "Nobody pays '
        '318p for a stock they think will be bid at 324p unless they expect more."',
        "Hartfield shares touched 341p in the first minutes of trading and closed 22.4% higher "
        "at 318p.",
        group=False,
    )
    assert not any("372p" in texts for texts in conflicts), conflicts


def test_the_day_a_thing_was_announced_is_the_day_it_was_said():
    """ "both sides said on Tuesday" dates a statement, which is what an announcement is:
    the weekly's "announced on Tuesday, 12 March" (a Wednesday that year) is that day told
    wrongly, not another event."""
    dated = [
        (
            "HALLOWAY, March 11 (Orrin Press) - Halloway College has agreed a £36m settlement "
            "with the Orrin Funding Council, ending a three-year dispute over teaching grants "
            "that the council withheld in 2028, both sides said on Tuesday.",
            "2031-03-11",
        ),
        (
            "Halloway College is pleased to announce that today it has reached a settlement "
            "with the Orrin Funding Council over teaching grants withheld in 2028.",
            "2031-03-11",
        ),
        (
            "The deal, announced on Tuesday, 12 March, gives Halloway College £36m - well short "
            "of the £52m it had sought from the Orrin Funding Council, but enough to save most "
            "of its courses.",
            "2031-03-14",
        ),
    ]
    findings = findings_dated(*dated)
    assert_found(findings, Verdict.CONFLICT, {"on Tuesday", "today", "Tuesday, 12 March"})


def test_a_day_written_out_after_publication_is_still_to_come_whatever_the_past_verbs():
    """ "The plan had its first reading yesterday, and councillors vote on it on Tuesday,
    September 25", written on the 18th: the vote is to come, as in the other outlets, and
    its day is a day off theirs."""
    dated = [
        (
            "The Marlow Vale budget had its first reading yesterday, and councillors vote on it "
            "on Tuesday, September 25.",
            "2030-09-18",
        ),
        (
            "REPORTER: The Marlow Vale budget goes to a final vote on Tuesday the 24th, and I'd "
            "expect a long night in the council chamber.",
            "2030-09-18",
        ),
        (
            "Councillors will hold the final vote on the Marlow Vale budget on Tuesday 24 "
            "September.",
            "2030-09-19",
        ),
    ]
    findings = findings_dated(*dated)
    assert_found(findings, Verdict.CONFLICT, {"Tuesday, September 25", "Tuesday the 24th"})


def test_a_rise_in_per_cent_and_a_fall_in_points_are_not_one_change_slipped():
    """ "a 0.5% rise" and "a fall of half a percentage point": a change up and a change down
    are no slip between points and per cent, however alike their sentences."""
    conflicts = conflicts_of(
        "Retail sales in Norvale grew 0.8% in the quarter, beating the 0.5% rise economists "
        "had forecast for Norvale retail sales.",
        "Norvale inflation: that's a fall of half a percentage point in Norvale retail "
        "prices in a month.",
        group=False,
    )
    assert not any("half a percentage point" in texts for texts in conflicts), conflicts
