"""Figure extraction on single sentences: tokenised text, signs, sub-units and what is no figure.

These call ``extract_numbers`` on one sentence directly, so that they do not depend on how the
splitter cuts tokenised text ("6 . 2 %").
"""

from __future__ import annotations

import pytest

from checker.extract.numbers import extract_numbers
from checker.models import Sentence


def _figures(text: str, taken: list[tuple[int, int]] | None = None) -> list[tuple[str, str]]:
    claims = extract_numbers(Sentence("s.txt", 0, text, 0, len(text)), taken or [])
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
    return [(c.text, c.value) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Tokenised text spaces out decimal points, thousands separators and fractions.
        (
            "profit rose 4 . 5 % to $ 3.2 billion",
            [("4 . 5 %", "4.5 %"), ("$ 3.2 billion", "3200000000 USD")],
        ),
        ("some 45 , 000 fans attended", [("some 45 , 000 fans", "45000 fans")]),
        ("the notes pay 8 1 / 4 % a year", [("8 1 / 4 %", "8.25 %")]),
        ("the bid was 1 / 2 billion dollars", [("1 / 2 billion dollars", "500000000 USD")]),
        # A no-break space always joins thousands; a plain one only with money or "000".
        ("The town has 12\u00a0400 residents.", [("12\u00a0400 residents", "12400 residents")]),
        ("The hall seats 2 400 people.", [("2", "2"), ("400 people", "400 people")]),
        ("It raised €1 500 in a day.", [("€1 500", "1500 EUR")]),
        ("Rates stood at -0.5% after the cut.", [("-0.5%", "-0.5 %")]),
        ("Temperatures fell to minus 12 degrees.", [("minus 12 degrees", "-12 degrees")]),
        ("A loss of -$40 million was booked.", [("-$40 million", "-40000000 USD")]),
        # A dash between figures is a range or a score, never a sign.
        (
            "The index moved 5% -7% and the vote was 52 -48.",
            [("5%", "5 %"), ("7%", "7 %"), ("52", "52 votes"), ("48", "48 votes")],
        ),
        ("Pay rose by 12-15 per cent.", [("12-15 per cent", "12-15 %")]),
        ("Each coupon is worth 5 euros and 20 cents.", [("5 euros and 20 cents", "5.2 EUR")]),
        ("A pint costs four pounds fifty.", [("four pounds fifty", "4.5 GBP")]),
        # A spaced dash ends the clause the pence stand in.
        (
            "The bill goes up to ninety-one pounds twenty - about a pound a week more.",
            [("up to ninety-one pounds twenty", "91.2 GBP")],
        ),
        (
            "The stamp cost 2 pounds 30 years ago.",
            [("2 pounds", "2 GBP"), ("30 years", "30 years")],
        ),
        (
            "It sold 3 million dollars 40 cents worth.",
            [("3 million dollars", "3000000 USD"), ("40 cents", "0.4 USD")],
        ),
        # A length told in two units is one length, unless the smaller part is the larger.
        (
            "He was jailed for four years and six months.",
            [("four years and six months", "54 months")],
        ),
        (
            "They spent two years, 18 months of it abroad.",
            [("two years", "2 years"), ("18 months", "18 months")],
        ),
        # "one" is a count when its fate follows; alone it is mostly a pronoun.
        ("One person has died and a woman is missing.", [("One person", "1 person")]),
        ("Seven were injured and one died.", [("Seven", "7"), ("one", "1")]),
        ("Three have now died.", [("Three", "3")]),
        ("We are sorry to report that one worker died.", [("one worker", "1 worker")]),
        ("Three were taken to Ellery General Hospital.", [("Three", "3")]),
        ("Five others were injured.", [("Five", "5")]),  # "others" is no noun counted
        # When in a match something happened.
        ("Hale volleyed in a 97th-minute winner.", [("97th-minute", "97 minute of play")]),
        # A broadcast transcript spells the minute out.
        (
            "Hale scored in the eighty-eighth minute.",
            [("eighty-eighth minute", "88 minute of play")],
        ),
        ("a ninetieth-minute penalty", [("ninetieth-minute", "90 minute of play")]),
        ("a goal in the first minute", [("first minute", "1 minute of play")]),
        ("she was the second minute-taker", []),
        # A goal "on 67 minutes" is the minute of play too; a notice is not.
        ("Okoro put them ahead on 67 minutes.", [("67 minutes", "67 minute of play")]),
        ("level on sixty-seven minutes", [("sixty-seven minutes", "67 minute of play")]),
        ("with five minutes' notice", [("five minutes", "5 minutes")]),
        # An age set off after a name, as news gives it; not a fronted place or day.
        ("Arthur Lindqvist, 67, was swept away.", [("67", "67 years old")]),
        ("Police named him as Pavel Dudek, 44.", [("44", "44 years old")]),
        ("In Brennock, 67 were rescued.", [("67", "67")]),
        # An age in words around it: "who is", "aged".
        ("Stefan, who is 54 and the most experienced, led.", [("54", "54 years old")]),
        ("A man aged 41 was arrested.", [("41", "41 years old man")]),  # whose age: a man's
        ("Turnout was 41 and falling.", [("41", "41")]),
    ],
)
def test_figures(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "won" after a bare count is the verb, not Korean won.
        ("The other two won seats in the final round.", [("two won seats", "2 seats")]),
        ("A penny-pinching council cut the budget.", []),
        ("The multi-billion-dollar plan was shelved.", []),
        ("He hosts a 24 / 7 news channel.", []),
        ("Nearly 1 / 3 of voters stayed home.", []),  # a share, not a count of voters
        ("The summit, COP 28, closed late.", []),
        # Currency codes that are also words count only in capitals.
        ("He will try 3 pens and a cad 4 model.", [("3 pens", "3 pens"), ("4 model", "4 model")]),
        ("The 1997 merger and the 2008 crash shaped the firm.", []),
        ("She clocked 06 in the heat.", []),
        ("No one came; one of them left.", []),
        # (Not "one": a count of none.)
        ("No one was hurt, and not a single one was killed.", [("No one was hurt", "0 people")]),
        ("One of the injured was flown out.", []),
        ("Orders were due sept . 30 and on 1 may that year.", []),
    ],
)
def test_not_figures(text, expected):
    assert _figures(text) == expected


def test_ambiguous_units_keep_their_symbol():
    assert _figures("It paid 900 francs, 12 rupees and 300 Belgian francs.") == [
        ("900 francs", "900 francs"),
        ("12 rupees", "12 rupees"),
        ("300 Belgian francs", "300 BEF"),
    ]


def test_long_digit_runs_do_not_raise():
    digits = "9999999999999998483608109057123"  # longer than the decimal context's 28 digits
    ((text, value),) = _figures(f"A figure of {digits} pages.")
    assert text == f"{digits} pages"
    assert value.endswith(" pages")


def test_taken_spans_are_skipped():
    text = "On May 5 200 people left and 300 stayed, then 40 more."
    assert _figures(text, [(3, 8), (0, 2)]) == [
        ("200 people", "200 people"),
        ("300", "300"),
        ("40", "40"),
    ]


def test_many_figures_in_one_sentence():
    text = "1 " * 3000 + "and 7 cars"
    found = _figures(text, [(i, i + 1) for i in range(0, 600, 2)])
    assert len(found) == 3000 - 300 + 1
    assert found[-1] == ("7 cars", "7 cars")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bid of 412p is a 38% premium to 298.5p.",
            [("412p", "4.12 GBP"), ("38%", "38 %"), ("298.5p", "2.985 GBP")],
        ),
        ("A stamp now costs 85p.", [("85p", "0.85 GBP")]),
        ("The 1080p screen went on sale.", []),  # a screen, not £10.80
    ],
)
def test_pence_glued_to_a_figure(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A log's or a results table's letters: days, hours, minutes, seconds.
        ("She crossed the line after 41d 07h 12m at sea.", [("41d 07h 12m", "59472 minutes")]),
        ("Winning time: 2h45m, a course record.", [("2h45m", "165 minutes")]),
        ("The stage took 3h 05m 20s.", [("3h 05m 20s", "11120 seconds")]),
        ("The 3D printer ran for 4h.", []),  # one part alone stays unread, as before
        # "c." and "ca." are circa.
        ("Reinjection temperature: c.65°C", [("c.65°C", "65 °C")]),
        ("ca. 300 people came.", [("ca. 300 people", "300 people")]),
        # A unit's power written as a digit: an area or a volume, never a length.
        ("Volume: approx. 210,000m3 of silt", [("approx. 210,000m3", "210000 cubic metres")]),
        ("The fire burned 12 km2 of forest.", [("12 km2", "12 km2")]),
        (
            "a 40m2 flat and a 3,000 square feet house",
            [("40m2", "40 m2"), ("3,000 square feet", "3000 sq ft")],
        ),
        # A bare "C" is degrees where the sentence speaks of frost, heat or a low.
        ("A minimum of -4.5C was logged at the farm.", [("-4.5C", "-4.5 °C")]),
        ("The plant taps water heated to 196C.", [("196C", "196 °C")]),
        ("He sits in Room 12C.", []),
    ],
)
def test_written_short_durations_circa_powers_and_degrees(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Short units in their own capitals stay units after a space.
        ("It is a 42 MW plant.", [("42 MW", "42 MW")]),
        ("The station will produce 42 MW of electricity.", [("42 MW", "42 MW")]),
        ("a 42 MWe binary plant and 60 MWth of heat", [("42 MWe", "42 MW"), ("60 MWth", "60 MW")]),
        ("The phone has 64 GB of memory.", [("64 GB", "64 GB")]),
        ("It added a 5 kW heat pump.", [("5 kW", "5 kW")]),
    ],
)
def test_short_units_in_their_own_capitals_after_a_space(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Output fell by 1.9 TWh, or 1,900 gigawatt hours.",
            [("1.9 TWh", "1.9 TWh"), ("1,900 gigawatt hours", "1900 GWh")],
        ),
        ("The plant sold 40 MWh.", [("40 MWh", "40 MWh")]),
        ("It struck the atmosphere at 17 km/s.", [("17 km/s", "17 km/s")]),
        ("It entered at seventeen miles a second.", [("seventeen miles a second", "17 mi/s")]),
        # "pounds" is money unless the words weigh it.
        ("A 1,204-pound pumpkin won the show.", [("1,204-pound", "1204 lb")]),
        ("The pumpkin weighed in at 1,204 pounds.", [("1,204 pounds", "1204 lb")]),
        ("It tipped the scales at nine hundred pounds.", [("nine hundred pounds", "900 lb")]),
        ("She bought five pounds of flour.", [("five pounds", "5 lb")]),
        ("New pay scales are worth 2,000 pounds a year.", [("2,000 pounds", "2000 GBP")]),
        ("The fine was 40 pounds.", [("40 pounds", "40 GBP")]),
        ("He found a ten-pound note.", [("ten-pound", "10 GBP")]),
        ("She made a fifty-pound donation.", [("fifty-pound", "50 GBP")]),
        ("The eight-student team won.", [("eight-student", "8 student")]),
        ("Darren Hale, who's 34, was charged.", [("34", "34 years old")]),
        ("He was nineteen years of age.", [("nineteen years of age", "19 years old")]),
        ("The lease ran for 19 years.", [("19 years", "19 years")]),
        ("There were some 45,000 of us in the ground.", [("some 45,000 of us", "45000 people")]),
        ("A 14-vehicle pile-up shut the road.", [("14-vehicle", "14 vehicle")]),
        ("The 14,000-square-foot station opens.", [("14,000-square-foot", "14000 sq ft")]),
        ("The heaviest pumpkin won £2,500.", [("£2,500", "2500 GBP")]),
        (
            "They raised one and a half million pounds.",
            [("one and a half million pounds", "1500000 GBP")],
        ),
    ],
)
def test_energy_units_and_pounds_of_weight_or_money(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("The fair was held over three days.", None),  # the span across which
        ("The trial ran over 52 weeks.", None),
        ("The abbey has stood for over 200 years.", "more than"),  # a long span: more than
        ("Bidding went on for more than 14 minutes.", "more than"),
        ("The fair ran for c. 3 days.", "about"),  # circa before a span of time
    ],
)
def test_over_a_short_span_of_time_is_the_span(text, qualifier):
    (claim,) = extract_numbers(Sentence("s.txt", 0, text, 0, len(text)), [])
    assert claim.quantity.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three of the injured were admitted.", [("Three of the injured", "3 people")]),
        # An adverb is no counted noun.
        (
            "Three people died and nine more seriously hurt.",
            [("Three people", "3 people"), ("nine", "9")],
        ),
    ],
)
def test_what_a_share_of_the_injured_and_an_adverb_count(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A glued "m" with what it counts after it is millions, with no currency too.
        ("The town has 1.2m residents.", [("1.2m residents", "1200000 residents")]),
        ("The port handled 4.2m tonnes of cargo.", [("4.2m tonnes", "4200000 tonne")]),
        # Alone, in a sentence of levels and heights, it is metres ...
        (
            "The river peaked at 5.62m, above the previous high-water mark of 5.31m.",
            [("5.62m", "5.62 m"), ("5.31m", "5.31 m")],
        ),
        ("Firefighters say the hole is 12m across.", [("12m", "12 m")]),
        ("Storms brought 5m waves to the coast.", [("5m", "5 m")]),
        # ... and otherwise no scale or unit is guessed.
        ("He ran 5m before falling.", [("5", "5")]),
    ],
)
def test_a_glued_m_without_a_currency(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "step"),
    [("about a million homes", 1e6), ("four thousand fans", 1000.0), ("six ships", 0.0)],
)
def test_a_number_spelled_round_is_as_rounded_as_its_digits(text, step):
    (claim,) = extract_numbers(Sentence("s.txt", 0, text, 0, len(text)), [])
    assert claim.quantity.step == step


@pytest.mark.parametrize(
    ("text", "dimension"),
    [("Altitude: 2,870 m", "length"), ("Mirror: 8.4 m diameter", "length"), ("3 m users", "count")],
)
def test_a_spaced_m_with_no_money_before_it_is_metres(text, dimension):
    (claim,) = extract_numbers(Sentence("s.txt", 0, text, 0, len(text)), [])
    assert claim.quantity.dimension == dimension


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A transcript spells the age print sets in digits, after the name or after "was".
        (
            "Martin Ashgrove, now fifty-eight, was convicted in 2009.",
            [("fifty-eight", "58 years old")],
        ),
        ("Edwin Tally was seventy-one.", [("seventy-one", "71 years old")]),
        ("Edwin Tally was 71 when he died.", [("71", "71 years old")]),
        ("He was seventy-seven.", [("seventy-seven", "77 years old")]),
        ("He was 3 under par.", [("3", "3")]),
        ("Rosa Lind, now 34, said she would appeal.", [("34", "34 years old")]),
        # Not ages: a pronoun "one", a count "of whose", a score, a count after a place.
        ("Ms Hale, one of the jurors, wept.", []),
        ("Kelso Town was 3 up at half-time.", [("3", "3")]),
        ("In Brennock, sixty-seven were rescued.", [("sixty-seven", "67")]),
    ],
)
def test_ages_spelled_or_told_with_was(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Copper Lantern, a 40-1 outsider, was never in the race.",
        "The club runs sessions for children aged 5-11 on Saturdays.",
        "The council voted 14-5 in favour of the plan.",
        "The 2023-24 season was the club's best.",
        "He was sent off in the 58th minute, twenty-one minutes from time.",
    ],
)
def test_odds_ages_votes_and_seasons_are_no_scores(text):
    """A score is read only where a result is told: odds, ages, votes and seasons have the
    same dash between two numbers and are none."""
    claims = extract_numbers(Sentence("s.txt", 0, text, 0, len(text)), [])
    assert not [c.text for c in claims if c.quantity and c.quantity.dimension == "score"]
