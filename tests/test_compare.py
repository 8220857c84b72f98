"""Value relations: dates as intervals, figures with qualifiers and rounding, quotes."""

from __future__ import annotations

import pytest

from checker.compare import Relation, compare_claims, compare_dates, compare_figures, compare_quotes
from checker.models import Claim, ClaimKind, Quantity


@pytest.mark.parametrize(
    "a, b, relation",
    [
        ("2025-09-01", "2025-09-01", Relation.SAME),
        ("2025-09-01", "2025-09-02", Relation.DIFFERENT),
        ("2025-09", "2025-09-02", Relation.COMPATIBLE),
        ("2025", "2025-11", Relation.COMPATIBLE),
        ("2023/2024", "2024", Relation.COMPATIBLE),
        ("2024-12", "2025-01", Relation.DIFFERENT),
        ("2025-W36", "2025-09-02", Relation.COMPATIBLE),
        ("weekday:Monday", "2025-09-01", Relation.INCOMPARABLE),
        ("weekday:Monday", "weekday:Monday", Relation.SAME),
        ("2027-10-04T06:00", "2027-10-04", Relation.SAME),  # the day, with its time
        ("2027-10-04T06:00", "2027-10-05", Relation.DIFFERENT),
        # Clock times a few minutes apart are one moment, rounded; not a quarter of an hour.
        ("T02:40", "2029-05-07T02:43", Relation.COMPATIBLE),
        ("T23:58", "T00:02", Relation.COMPATIBLE),
        ("T02:40", "T02:55", Relation.DIFFERENT),
        # "until midnight on Thursday" (Friday 00:00) ends Thursday.
        ("2027-07-16T00:00", "2027-07-15", Relation.COMPATIBLE),
        ("2027-07-16T00:00", "2027-07-14", Relation.DIFFERENT),
        # "02:14 on Friday" is in the night that began on Thursday evening; 9am is not.
        ("2027-07-16T02:14", "2027-07-15", Relation.COMPATIBLE),
        ("2027-07-16T09:00", "2027-07-15", Relation.DIFFERENT),
        ("2027-07-16T02:14", "2027-07-17", Relation.DIFFERENT),
        # A time on the hour may be rounded: "declared at 3am", "at 3.10 a.m.".
        ("T03:00", "2028-03-17T03:10", Relation.COMPATIBLE),
        ("T03:00", "T03:20", Relation.DIFFERENT),
    ],
)
def test_dates(a, b, relation):
    assert compare_dates(a, b).relation is relation
    assert compare_dates(b, a).relation is relation


def q(amount, unit="people", **kw) -> Quantity:
    return Quantity(amount=float(amount), unit=unit, **kw)


def m(amount, unit, dimension, step=1.0, **kw) -> Quantity:
    """A measure: a quantity of a unit of ``dimension``."""
    return Quantity(amount=float(amount), unit=unit, dimension=dimension, step=step, **kw)


@pytest.mark.parametrize(
    "a, b, relation",
    [
        (q(12), q(12), Relation.SAME),
        (q(12), q(19), Relation.DIFFERENT),
        (q(1000, qualifier="nearly"), q(987), Relation.COMPATIBLE),
        (q(12, qualifier="more than"), q(14), Relation.COMPATIBLE),
        (q(9.6e9, "EUR", qualifier="about", step=1e8), q(9.6e9, "EUR", step=1e8), Relation.SAME),
        (q(12, qualifier="more than"), q(12), Relation.COMPATIBLE),
        (q(12, qualifier="more than"), q(9), Relation.DIFFERENT),
        # "More than" is told near the figure; "at least" is a floor a count soon passes.
        (q(90000, qualifier="more than", step=10000), q(214000), Relation.DIFFERENT),
        (q(90000, qualifier="more than", step=10000), q(180000), Relation.DIFFERENT),
        (q(90000, qualifier="more than", step=10000), q(112000), Relation.COMPATIBLE),
        (q(20, qualifier="at least"), q(38), Relation.COMPATIBLE),
        (q(1.8e9, "USD", step=1e8), q(1.81e9, "USD", step=1e7), Relation.COMPATIBLE),
        (q(1.8e9, "USD", step=1e8), q(2.1e9, "USD", step=1e8), Relation.DIFFERENT),
        # A round figure is rounded, but not by a quarter of itself.
        (q(2e9, "USD", step=1e9), q(2.1e9, "USD", step=1e8), Relation.COMPATIBLE),
        (q(2e9, "USD", step=1e9), q(2.5e9, "USD", step=1e8), Relation.DIFFERENT),
        (q(300, step=100), q(320), Relation.COMPATIBLE),
        # "About" allows a step of the figure's rounding, or a twentieth: "around 22,000"
        # is not 24,000, "about a dozen" may be 11, "about 120" may be 110.
        (
            q(22000, "vehicles", qualifier="about", step=1000),
            q(24000, "vehicles"),
            Relation.DIFFERENT,
        ),
        (q(12, "vehicles", qualifier="about"), q(11, "vehicles"), Relation.COMPATIBLE),
        (q(120, qualifier="about", step=10), q(110), Relation.COMPATIBLE),
        # Two loose figures: each must be one the other allows, not only touch at the edges.
        (
            q(4000, qualifier="about", step=1000),
            q(4500, qualifier="about", step=100),
            Relation.DIFFERENT,
        ),
        (q(120, qualifier="about", step=10), q(125, qualifier="about"), Relation.COMPATIBLE),
        (q(300, step=100), q(340), Relation.DIFFERENT),
        (q(10, "workers", high=12.0), q(11, "workers"), Relation.COMPATIBLE),
        (q(5, "%"), q(5, "pp"), Relation.INCOMPARABLE),
        (q(3e6, "EUR"), q(3e6, "USD"), Relation.INCOMPARABLE),
        # One precise count in each outlet's own noun, or a figure that allows it, is one
        # count; other numbers of other nouns, or round ones, are not comparable.
        (q(48260, "candidates"), q(48260, "young people"), Relation.SAME),
        (q(29450, "fans"), q(30000, "people", qualifier="nearly"), Relation.COMPATIBLE),
        (q(29450, "fans"), q(31000, "people"), Relation.INCOMPARABLE),
        (q(500, "candidates"), q(500, "young people"), Relation.INCOMPARABLE),
        (q(90, "minute", dimension="time"), q(1.5, "hour", dimension="time"), Relation.SAME),
        (q(10, "km", dimension="length"), q(9, "mile", dimension="length"), Relation.DIFFERENT),
        # "112 degrees" of no named scale is whichever scale the other figure allows.
        (m(44.7, "°C", "temperature", 0.1), m(112, "degrees", "temperature"), Relation.COMPATIBLE),
        (m(44.7, "degrees", "temperature", 0.1), m(44.7, "°C", "temperature", 0.1), Relation.SAME),
        (m(40, "degrees", "temperature"), m(44.7, "°C", "temperature", 0.1), Relation.DIFFERENT),
        # "187 Ml/d" and "187 million litres a day"; "178 Ml" is another figure.
        (m(187, "megalitre", "volume"), m(1.87e8, "litre", "volume", 1e6), Relation.SAME),
        (m(178, "megalitre", "volume"), m(1.87e8, "litre", "volume", 1e6), Relation.DIFFERENT),
        # A month is 28 to 31 days: three months may be told as 90 days, not as 120.
        (
            q(3, "month", dimension="time", qualifier="at least"),
            q(90, "day", dimension="time"),
            Relation.COMPATIBLE,
        ),
        (q(4, "month", dimension="time"), q(90, "day", dimension="time"), Relation.DIFFERENT),
        # A converted measure is rounded: 80 km/h is 49.7 mph, written "50 mph".
        (q(80, "km/h", dimension="speed"), q(50, "mph", dimension="speed"), Relation.COMPATIBLE),
        (q(80, "km/h", dimension="speed"), q(70, "mph", dimension="speed"), Relation.DIFFERENT),
        # An age told without whose it is meets the man's or the woman's; those two never meet.
        (
            q(41, "years old", dimension="age"),
            q(41, "years old man", dimension="age"),
            Relation.SAME,
        ),
        (
            q(41, "years old woman", dimension="age"),
            q(41, "years old man", dimension="age"),
            Relation.INCOMPARABLE,
        ),
        (
            q(100, "%", baseline="from the previous year"),
            q(100, "%", baseline="from previous levels"),
            Relation.COMPATIBLE,
        ),
        # °F and °C are an offset apart: 37 °F is 2.8 °C, 98.6 °F is 37 °C.
        (m(37, "°C", "temperature"), m(37, "°F", "temperature"), Relation.DIFFERENT),
        (m(37, "°C", "temperature"), m(98.6, "°F", "temperature", 0.1), Relation.SAME),
        # The number kept and the unit changed is a slip, not a conversion rounded: a
        # 200-metre cordon is 219 yards, which no one writes "200 yards".
        (m(200, "m", "length", 100), m(200, "yard", "length", 100), Relation.DIFFERENT),
        (m(200, "m", "length", 100), m(220, "yard", "length", 10), Relation.COMPATIBLE),
        # Energy and power are measures too: "1.9 GWh" for "1.9 TWh" is the unit slipped.
        (m(1.9, "TWh", "energy", 0.1), m(1.9, "GWh", "energy", 0.1), Relation.DIFFERENT),
        (m(1.9, "TWh", "energy", 0.1), m(1900, "GWh", "energy", 100), Relation.SAME),
        (m(1.2, "GW", "power", 0.1), m(1200, "MW", "power"), Relation.SAME),
        # A change in points is not a change in per cent: the number kept is the slip.
        (m(12, "pp", "points"), m(12, "%", "percent"), Relation.DIFFERENT),
        (m(0.25, "pp", "points", 0.01), m(25, "bp", "points"), Relation.SAME),
        # Two estimate ranges stated are two figures, though they overlap; a figure inside
        # a range is what the range allows.
        (
            m(2.5e7, "USD", "money", high=3.5e7),
            m(2e7, "USD", "money", high=3e7),
            Relation.DIFFERENT,
        ),
        (m(2.5e7, "USD", "money", high=3.5e7), m(3e7, "USD", "money"), Relation.COMPATIBLE),
        # "about a million homes" may be 1.1 million; "around four thousand" is not "some
        # 3,000", though each is rounded to its one digit.
        (
            q(1e6, "homes", dimension="count", step=1e6, qualifier="about"),
            q(1.1e6, "homes", dimension="count", step=1e5),
            Relation.COMPATIBLE,
        ),
        (
            q(4000, dimension="count", step=1000, qualifier="about"),
            q(3000, dimension="count", step=1000, qualifier="about"),
            Relation.DIFFERENT,
        ),
        # One limit told at two values ("under €50,000", "under €60,000") is two limits;
        # "at least three months" is "at least 90 days".
        (
            m(5e4, "EUR", "money", 1e4, qualifier="less than"),
            m(6e4, "EUR", "money", 1e4, qualifier="less than"),
            Relation.DIFFERENT,
        ),
        (
            q(3, "month", dimension="time", qualifier="at least"),
            q(90, "day", dimension="time", qualifier="at least"),
            Relation.COMPATIBLE,
        ),
        # "up 6%" may be another outlet's 6.2%, not its 6.6%; 5% is never 6%.
        (m(6, "%", "percent", 0), m(6.2, "%", "percent", 0.1), Relation.COMPATIBLE),
        (m(6, "%", "percent", 0), m(6.6, "%", "percent", 0.1), Relation.DIFFERENT),
        (m(5, "%", "percent", 0), m(6, "%", "percent", 0), Relation.DIFFERENT),
        (
            q(120, dimension="count", step=10, qualifier="about"),
            q(130, dimension="count"),
            Relation.COMPATIBLE,
        ),
    ],
)
def test_figures(a, b, relation):
    assert compare_figures(a, b).relation is relation
    assert compare_figures(b, a).relation is relation


def quote(value, speaker=None, source="a.txt") -> Claim:
    return Claim(
        source, 0, ClaimKind.QUOTE, f"“{value}”", 0, len(value) + 2, value, value, speaker=speaker
    )


def test_quotes():
    assert (
        compare_quotes(quote("traditional partner"), quote("a traditional partner")).relation
        is Relation.SAME
    )
    assert (
        compare_quotes(
            quote("in the right direction"), quote("moving in the right direction")
        ).relation
        is Relation.SAME
    )
    assert (
        compare_quotes(quote("we are on track"), quote("we are in the right direction")).relation
        is Relation.COMPATIBLE
    )
    misattributed = compare_quotes(
        quote("we will win", "Ana Diaz"), quote("we will win", "Lee Chang")
    )
    assert misattributed.relation is Relation.DIFFERENT
    # A role ("the minister") is not a name; it cannot contradict one.
    assert (
        compare_quotes(
            quote("we will win", "the minister"), quote("we will win", "Ana Diaz")
        ).relation
        is Relation.SAME
    )


def date_claim(text: str, value: str, source: str = "a.txt") -> Claim:
    return Claim(source, 0, ClaimKind.DATE, text, 0, len(text), value, text)


@pytest.mark.parametrize(
    "a, b, relation",
    [
        # A bound allows every day on its side: "before October" is any day to September 30.
        (("before October", "2026-10"), ("next month", "2026-05"), Relation.COMPATIBLE),
        (("before October", "2026-10"), ("on October 3", "2026-10-03"), Relation.DIFFERENT),
        (("until 2025", "2025"), ("in March 2025", "2025-03"), Relation.COMPATIBLE),
        (("since 2013", "2013"), ("in 2011", "2011"), Relation.DIFFERENT),
        (("after May 4", "2026-05-04"), ("on May 9", "2026-05-09"), Relation.COMPATIBLE),
        # Two bounds open on one side disagree where their edges do: both cannot be the start.
        (("since October", "2030-10"), ("since November", "2030-11"), Relation.DIFFERENT),
        (("before May", "2031-05"), ("before June", "2031-06"), Relation.DIFFERENT),
        (("since 2013", "2013"), ("since March 2013", "2013-03"), Relation.COMPATIBLE),
        (("by May 20", "2026-05-20"), ("by May", "2026-05"), Relation.COMPATIBLE),
        # "from Friday" starts on Friday; it is no bound that allows Thursday.
        (("from Friday", "2026-06-12"), ("on Thursday", "2026-06-11"), Relation.DIFFERENT),
        (("by May 20", "2026-05-20"), ("20 May", "2026-05-20"), Relation.SAME),
        # Halves of months: "the end of July" and "early August" are one turn of the month;
        # "early August" rules out August 25 as "mid-July" does July 3.
        (("the end of July", "2030-07"), ("for early August", "2030-08"), Relation.COMPATIBLE),
        (("early August", "2030-08"), ("on August 25", "2030-08-25"), Relation.DIFFERENT),
        (("early August", "2030-08"), ("late August", "2030-08"), Relation.DIFFERENT),
        (("mid-July", "2030-07"), ("on July 3", "2030-07-03"), Relation.DIFFERENT),
        (("late July", "2030-07"), ("on July 28", "2030-07-28"), Relation.COMPATIBLE),
        (("late July", "2030-07"), ("in late July", "2030-07"), Relation.SAME),
        (("in July", "2030-07"), ("late July", "2030-07"), Relation.SAME),
    ],
)
def test_date_bounds(a, b, relation):
    first, second = date_claim(*a), date_claim(*b, source="b.txt")
    assert compare_claims(first, second).relation is relation
    assert compare_claims(second, first).relation is relation


def test_a_time_in_a_named_zone_may_be_a_local_time_restated():
    """ "3.12am local time" and "22:12 GMT" share their minutes: one moment in two zones, not
    two times; without the shared minutes, or with two zones named, times still differ."""
    assert compare_dates("T03:12", "T22:12 GMT").relation is Relation.INCOMPARABLE
    assert compare_dates("2031-03-04T03:12", "2031-03-03T22:12 GMT").relation is (
        Relation.INCOMPARABLE
    )
    assert compare_dates("T03:12", "T22:15 GMT").relation is Relation.DIFFERENT
    assert compare_dates("T15:00", "T14:00 GMT").relation is Relation.DIFFERENT


@pytest.mark.parametrize(
    "a, b, relation",
    [
        ("houses", "homes", Relation.SAME),  # "flattened 14 houses", "14 homes destroyed"
        ("households", "homes", Relation.SAME),
        ("shops", "outlets", Relation.SAME),  # "around 210 shops", "210 retail outlets"
        ("employees", "people", Relation.SAME),
        ("homes", "people", Relation.INCOMPARABLE),
        ("residents", "people", Relation.SAME),
        ("staff", "colleagues", Relation.SAME),
        ("residents", "staff", Relation.INCOMPARABLE),  # a care home's 62 residents, 11 staff
        ("crew", "fishermen", Relation.SAME),  # "nine crew", "Nine fishermen" of one trawler
        ("crewmates", "crew", Relation.SAME),
        ("officers", "police", Relation.SAME),  # "Some 120 police", "120 officers"
        ("scientists", "researchers", Relation.SAME),
        ("birders", "birdwatchers", Relation.SAME),
        ("crew", "passengers", Relation.INCOMPARABLE),
        ("jobs", "staff", Relation.SAME),  # "keep all 86 jobs", "All 86 staff"
        ("jobs", "homes", Relation.INCOMPARABLE),
        ("children", "pupils", Relation.SAME),  # a school's "38 students", "38 children"
        ("children", "patients", Relation.INCOMPARABLE),
        ("officers", "residents", Relation.INCOMPARABLE),
    ],
)
def test_count_nouns_that_count_one_thing(a, b, relation):
    assert compare_figures(Quantity(14, a), Quantity(14, b)).relation is relation


def test_one_count_noun_in_singular_and_plural_is_one_unit():
    from checker.compare import same_count_noun

    assert same_count_noun("mark", "marks")
    assert same_count_noun("points", "point")
    assert not same_count_noun("marks", "points")


def test_people_are_counted_as_men_miners_or_skiers_but_those_never_as_one_another():
    from checker.compare import same_count_noun

    assert same_count_noun("people", "men")
    assert same_count_noun("miners", "people")
    assert same_count_noun("skiers", "climbers")
    assert not same_count_noun("men", "women")
    assert not same_count_noun("miners", "residents")
    assert not same_count_noun("passengers", "people")  # everyone on board is more
    # The dead and the arrested are people, counted as deaths, lives or arrests.
    assert same_count_noun("deaths", "people")
    assert same_count_noun("lives", "fatalities")
    assert same_count_noun("arrests", "people")
    assert not same_count_noun("deaths", "arrests")
    assert same_count_noun("cases", "people")  # "21 confirmed cases", "21 people fell ill"
    assert not same_count_noun("cases", "deaths")


def test_one_thing_counted_in_other_words():
    from checker.compare import same_count_noun

    assert same_count_noun("engines", "appliances")
    assert same_count_noun("trucks", "engines")
    assert same_count_noun("objects", "items")
    assert same_count_noun("boats", "vessels")
    assert same_count_noun("companies", "firms")
    assert same_count_noun("roles", "jobs")
    assert not same_count_noun("boats", "engines")
    assert not same_count_noun("jobs", "homes")


def test_one_large_count_told_exactly_in_two_nouns_is_the_same_count():
    from checker.compare import Relation, compare_figures
    from checker.models import Quantity

    def count(amount, noun, qualifier=None):
        return Quantity(amount, noun, qualifier=qualifier, dimension="count")

    same = compare_figures(count(45000, "marchers"), count(45000, "people"))
    assert same.relation is Relation.SAME
    # Small counts, other values, or one hedged, say nothing of what is counted.
    for a, b in (
        (count(12, "marchers"), count(12, "people")),
        (count(45000, "marchers"), count(46000, "people")),
        (count(45000, "marchers", "about"), count(45000, "people")),
    ):
        assert compare_figures(a, b).relation is Relation.INCOMPARABLE


def test_two_digits_swapped_in_the_hundreds_in_other_nouns_differ():
    from checker.compare import Relation, compare_figures, counted_with_digits_swapped
    from checker.models import Quantity

    def count(amount, noun, qualifier=None):
        return Quantity(amount, noun, qualifier=qualifier, dimension="count")

    assert counted_with_digits_swapped(count(340, "jobs"), count(430, "employees"))
    assert counted_with_digits_swapped(count(3400, "accounts"), count(4300, "customers"))
    different = compare_figures(count(340, "jobs"), count(430, "employees"))
    assert different.relation is Relation.DIFFERENT
    assert not counted_with_digits_swapped(count(34, "jobs"), count(43, "employees"))
    assert not counted_with_digits_swapped(count(340, "jobs"), count(430, "staff", "about"))


def test_a_bound_before_a_possessive_is_the_day_of_the_thing():
    """'after Saturday's tornado' dates the tornado; it is no bound that allows Sunday."""
    context = "Officials asked for aid after Saturday's tornado killed two people."
    text = "after Saturday"
    at = context.index(text)
    possessive = Claim("a.txt", 0, ClaimKind.DATE, text, at, at + len(text), "2030-05-18", context)
    sunday = date_claim("on Sunday", "2030-05-19", source="b.txt")
    assert compare_claims(possessive, sunday).relation is Relation.DIFFERENT
    assert compare_claims(date_claim(text, "2030-05-18"), sunday).relation is Relation.COMPATIBLE


def test_one_sentence_quoted_by_both_each_quoting_more_is_the_same_quote():
    """Each outlet quotes the speaker's first sentence (one cut short) and another of her
    sentences: nothing is quoted differently. A sentence reworded stays a variant."""
    first = quote(
        "We recorded eighty-seven miles an hour on the harbour anemometer at ten past two. "
        "I've never seen the outer basin like it."
    )
    second = quote(
        "We recorded eighty-seven miles an hour on the harbour anemometer. The crews who "
        "came in overnight did an extraordinary job."
    )
    assert compare_quotes(first, second).relation is Relation.SAME
    reworded = quote(
        "We recorded eighty-seven miles an hour on the harbour anemometer. I have never "
        "seen the outer basin like that."
    )
    assert compare_quotes(first, reworded).relation is Relation.COMPATIBLE


def test_those_who_went_are_attendees_and_people():
    from checker.compare import same_count_noun

    assert same_count_noun("festival-goers", "people")
    assert same_count_noun("racegoers", "spectators")
    assert not same_count_noun("festival-goers", "stages")


def test_one_digit_struck_wrong_in_a_precise_whole_figure():
    from checker.compare import one_digit_off

    assert one_digit_off(Quantity(31418, ""), Quantity(33418, ""))
    assert not one_digit_off(Quantity(31418, ""), Quantity(31419, ""))  # the last digit
    assert not one_digit_off(Quantity(371000, ""), Quantity(361000, ""))  # three digits
    assert not one_digit_off(Quantity(14.18, "%"), Quantity(14.48, "%"))  # decimals
    assert not one_digit_off(Quantity(31418, "fans"), Quantity(33418, "seats"))


def test_a_bound_on_a_figure_below_zero_reaches_the_right_way():
    """ "rarely climb above -31C" and "around -31°C": a bound on a cold reading reaches up
    towards zero, so the two allow each other; "at least -20C" does not allow "-25C", and "up
    to -20C" allows "-25C" but not "-12C"."""

    def celsius(amount, qualifier=None):
        return Quantity(amount=amount, unit="°C", qualifier=qualifier, dimension="temperature")

    assert (
        compare_figures(celsius(-31, "more than"), celsius(-31, "about")).relation
        is Relation.COMPATIBLE
    )
    assert compare_figures(celsius(-20, "at least"), celsius(-25)).relation is Relation.DIFFERENT
    assert compare_figures(celsius(-20, "up to"), celsius(-25)).relation is Relation.COMPATIBLE
    assert compare_figures(celsius(-20, "up to"), celsius(-12)).relation is Relation.DIFFERENT


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        # A state begun on the day named: it closed on Monday, not on Tuesday.
        ("The footbridge has been closed since Monday, the council said.", Relation.DIFFERENT),
        ("Two climbers have been missing since Monday.", Relation.DIFFERENT),
        # A count to now allows a later day's event.
        ("Six people have died since Monday, officials said.", Relation.COMPATIBLE),
    ],
)
def test_a_state_since_a_day_began_that_day(sentence, relation):
    text = "since Monday"
    start = sentence.index(text)
    since = Claim(
        "a.txt", 0, ClaimKind.DATE, text, start, start + len(text), "2027-09-13", sentence
    )
    on_tuesday = date_claim("on Tuesday", "2027-09-14", source="b.txt")
    assert compare_claims(since, on_tuesday).relation is relation


def test_scores_compare_as_results():
    """ "3-1" and "three-one" are one result; "3-1" and "3-2" are two; a score is no figure."""
    three_one = Quantity(3, "score", dimension="score", against=1)
    three_two = Quantity(3, "score", dimension="score", against=2)
    assert (
        compare_figures(three_one, Quantity(3, "score", dimension="score", against=1)).relation
        is Relation.SAME
    )
    assert compare_figures(three_one, three_two).relation is Relation.DIFFERENT
    assert compare_figures(three_one, Quantity(3, "goals")).relation is Relation.INCOMPARABLE
