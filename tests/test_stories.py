"""Stories: a batch of articles about several events is compared one story at a time."""

from __future__ import annotations

import json

from checker.load import load_articles
from checker.models import Options
from checker.pipeline import check, compare, prepare
from checker.stories import group_stories
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"


def _stories(paths):
    extraction = prepare(load_articles([str(p) for p in paths]).articles, Options())
    return extraction, group_stories(extraction.articles, extraction.sentences)


def test_mixed_folder_is_split_into_its_stories():
    expected = json.loads((CORPUS / "mixed_batch" / "expected.json").read_text())
    _, stories = _stories([CORPUS / "mixed_batch"])
    assert sorted(sorted(s.sources) for s in stories) == sorted(
        sorted(group) for group in expected["stories"]
    )


def test_every_corpus_event_is_one_story_when_all_are_mixed():
    folders = sorted(
        p.parent for p in CORPUS.glob("*/expected.json") if p.parent.name != "mixed_batch"
    )
    extraction, stories = _stories(folders)
    folder_of = {a.id: a.path.split("/")[-2] for a in extraction.articles}
    for story in stories:
        assert len({folder_of[s] for s in story.sources}) == 1, story
    assert len(stories) == len(folders)


def test_no_finding_crosses_stories():
    extraction = prepare(load_articles([str(CORPUS / "mixed_batch")]).articles, Options())
    report = compare(extraction, Options())
    story_of = {s: story.id for story in report.stories for s in story.sources}
    for finding in report.findings:
        assert {story_of[c.source] for c in finding.claims} == {finding.story}


def test_group_none_treats_the_batch_as_one_story():
    extraction = prepare(load_articles([str(CORPUS / "mixed_batch")]).articles, Options())
    report = compare(extraction, Options(group_stories=False))
    assert len(report.stories) == 1
    assert {f.story for f in report.findings} == {1}


def test_the_seeds_are_one_story():
    _, stories = _stories([ROOT / "seeds"])
    assert len(stories) == 1


def test_two_floods_in_one_week_are_two_stories():
    # The same kind of event in the same week, told in the words floods are told in: only
    # the names tell the two apart.
    arlen = (
        "The Vossa burst its banks in Arlen on Sunday after two days of heavy rain, flooding "
        "{homes} homes. Mayor Ines Harlow said rescue crews had worked through the night, and "
        "shelters were opened in Arlen's schools. Forecasters warned that more rain was "
        "expected and the Vossa was still rising."
    )
    bressa = (
        "Residents of Bressa were taken from their homes by boat on Monday as the Kell "
        "flooded {homes} houses along its lower reaches. Tomas Orrin, who leads the county "
        "council, promised emergency funds for families whose homes were damaged by the "
        "flood water, which was expected to fall slowly as the rain eased."
    )
    texts = {
        "a1.txt": " date 2026-04-12\n" + arlen.format(homes=300),
        "a2.txt": " date 2026-04-13\n" + arlen.format(homes=320),
        "b1.txt": " date 2026-04-13\n" + bressa.format(homes=150),
        "b2.txt": " date 2026-04-14\n" + bressa.format(homes=150),
    }
    assert _grouped(texts) == [
        ["a1.txt", "a2.txt"],
        ["b1.txt", "b2.txt"],
    ]


def test_two_central_banks_in_one_week_are_told_apart_by_what_each_names_most():
    # Two emergency rate rises in one week, told in the same words by the same kinds of
    # outlet, sharing "National Bank", "Governor Ilse" and "Finance Minister": each
    # article names its own country again and again, and never the other's.
    texts = {
        "ost_wire.txt": (
            " date 2029-11-14\nThe Ostravian National Bank raised its main interest rate by "
            "50 basis points to 4.75% at an emergency meeting on Tuesday and sold foreign "
            "reserves to support the crown, Governor Ilse Brandt said. Inflation in "
            "Ostravia is running at 7.1%, the bank said, and the crown has lost 6% against "
            "the euro this month. Finance Minister Pavel Orr backed the decision. The "
            "Ostravian National Bank will meet again in December."
        ),
        "ost_paper.txt": (
            " date 2029-11-15\nMortgage holders in Ostravia face higher costs after the "
            "National Bank lifted its main rate to 4.75%. Governor Ilse Brandt told "
            "reporters that the crown's slide had left the bank no choice and that reserves"
            " would be used again if needed. Inflation is at 7.1%. Finance Minister Pavel "
            "Orr said the economy of Ostravia was sound."
        ),
        "dal_wire.txt": (
            " date 2029-11-15\nThe Dalmeric National Bank raised its main interest rate by "
            "75 basis points to 5.00% at an emergency meeting on Wednesday and sold foreign"
            " reserves to support the mark, Governor Ilse Varga said. Inflation in "
            "Dalmerica is running at 8.3%, the bank said, and the mark has lost 9% against "
            "the euro this month. Finance Minister Tomas Hell backed the decision. The "
            "Dalmeric National Bank will meet again in December."
        ),
        "dal_paper.txt": (
            " date 2029-11-16\nMortgage holders in Dalmerica face higher costs after the "
            "National Bank lifted its main rate to 5.00%. Governor Ilse Varga told "
            "reporters that the mark's slide had left the bank no choice and that reserves "
            "would be used again if needed. Inflation is at 8.3%. Finance Minister Tomas "
            "Hell said the economy of Dalmerica was sound."
        ),
    }
    assert _grouped(texts) == [
        ["dal_paper.txt", "dal_wire.txt"],
        ["ost_paper.txt", "ost_wire.txt"],
    ]


def test_a_blog_that_names_only_the_town_joins_the_story_it_is_like():
    # The blog names nothing but the town the reports name; a fire in the same town that
    # week is another story, told in other words.
    texts = {
        "release.txt": (
            " date 2030-09-12\nKelmoor City Council today published its mid-year budget "
            "update, which shows a tax shortfall of £84m against the budget. City "
            "treasurer Anan Osei said business rates and the tourist levy had both fallen"
            " short. The council in Kelmoor will draw £20m from reserves."
        ),
        "wire.txt": (
            " date 2030-09-12\nKelmoor faces a budget shortfall of £84m this year, "
            "treasurer Anan Osei told councillors on Thursday, blaming weak business "
            "rates. The city of Kelmoor plans to use £20m of reserves and freeze hiring."
        ),
        "paper.txt": (
            " date 2030-09-13\nKelmoor's finances are £84m short of the budget, the city "
            "treasurer Anan Osei said yesterday. Councillors in Kelmoor called for an "
            "inquiry into the forecasts."
        ),
        "blog.txt": (
            " date 2030-09-18\nThe £84m gap, and what the headline hides\n\nWhen the "
            "treasurer presented the mid-year numbers last Thursday, the headline was a "
            "shortfall of £84m. That is a big hole for a city this size. The plan leans "
            "on £20m from reserves and a freeze on hiring. Business rates are the weak "
            "spot, and the tourist levy is not far behind. I think Kelmoor can ride this "
            "out."
        ),
        "fire1.txt": (
            " date 2030-09-14\nA fire destroyed a timber yard on the edge of Kelmoor on "
            "Saturday, and firefighters from Rendale and Oxby spent six hours bringing it"
            " under control. Fire officer Dana Price said no one was hurt."
        ),
        "fire2.txt": (
            " date 2030-09-15\nThe Kelmoor timber yard fire was started deliberately, "
            "Rendale police said on Sunday. Dana Price of the fire service said the blaze"
            " had spread to two sheds in Oxby Lane."
        ),
    }
    assert _grouped(texts) == [
        ["blog.txt", "paper.txt", "release.txt", "wire.txt"],
        ["fire1.txt", "fire2.txt"],
    ]


def test_two_events_in_one_street_in_one_week_are_two_stories():
    # A fire and a tram crash in one town in one week share the street, the hospital and the
    # police chief; what happened is told in other words.
    fire = (
        "A fire tore through the Holm bakery on Kessel Street in Varn on {day}, and {n} "
        "workers were taken to St Lucan Hospital with smoke inhalation. Firefighters fought "
        "the blaze for six hours before the roof collapsed, said police chief Anna Roth. The "
        "ovens were thought to have overheated, and the bakery's owner said the flames had "
        "spread through the flour store within minutes."
    )
    fire_again = (
        "Investigators said on {day} that an overheated oven probably started the blaze that "
        "gutted the Holm bakery on Kessel Street in Varn. The {n} workers treated at St Lucan "
        "Hospital for smoke inhalation have gone home, and the owner said the bakery would be "
        "rebuilt. Firefighters stayed at the scene overnight to damp down the flour store."
    )
    tram = (
        "A tram left the rails on Kessel Street in Varn on {day} and hit a bus shelter, "
        "injuring {n} passengers, who were taken to St Lucan Hospital, police chief Anna Roth "
        "said. The driver told investigators the brakes had failed on the slope, and the "
        "tram operator has taken its oldest carriages out of service while the track is "
        "checked."
    )
    tram_again = (
        "The tram operator in Varn said on {day} that faulty brakes caused the derailment on "
        "Kessel Street, in which {n} passengers were hurt. Three remain at St Lucan Hospital. "
        "Its oldest carriages will stay out of service until engineers have checked every "
        "brake on the network, and the track has been relaid."
    )
    texts = {
        "f1.txt": " date 2026-05-12\n" + fire.format(day="Monday", n=4),
        "f2.txt": " date 2026-05-13\n" + fire.format(day="Monday", n=5),
        "f3.txt": " date 2026-05-14\n" + fire_again.format(day="Wednesday", n=4),
        "t1.txt": " date 2026-05-14\n" + tram.format(day="Wednesday", n=11),
        "t2.txt": " date 2026-05-15\n" + tram_again.format(day="Thursday", n=11),
    }
    assert _grouped(texts) == [
        ["f1.txt", "f2.txt", "f3.txt"],
        ["t1.txt", "t2.txt"],
    ]


def test_an_undated_article_takes_its_days_year_from_its_story(tmp_path):
    """A radio transcript without a date line says "March 9": the year that puts it nearest
    its story's dated reports is taken, so it compares, and its weekdays can be checked."""
    (tmp_path / "wire.txt").write_text(
        "date 2027-03-10\nTanker aground off Holm\n\nThe tanker Brisa Vell ran aground off "
        "Holm on March 9, the coastguard said. Salvage teams will try to refloat the Brisa "
        "Vell at high tide.\n",
        encoding="utf-8",
    )
    (tmp_path / "paper.txt").write_text(
        "date 2027-03-11\nHolm waits for salvage\n\nThe Brisa Vell has been stuck on the rocks "
        "off Holm since it ran aground on March 9. Divers inspected the hull of the Brisa Vell "
        "on Wednesday.\n",
        encoding="utf-8",
    )
    (tmp_path / "radio.txt").write_text(
        "Radio Holm transcript\n\nPRESENTER: The tanker Brisa Vell ran aground off Holm on "
        "March 9. A first attempt to refloat the Brisa Vell is planned for Thursday, March 17.\n",
        encoding="utf-8",
    )
    report = check([str(tmp_path)])
    radio = [c for f in report.findings for c in f.claims if c.source == "radio.txt"]
    assert any(c.text == "March 9" and c.value == "2027-03-09" for c in radio)
    (weekday,) = [c for c in report.checks if c.check == "weekday" and c.source == "radio.txt"]
    assert not weekday.holds and "Wednesday" in weekday.reason


def test_an_undated_articles_month_takes_its_year_from_its_story(tmp_path):
    """'in August' in an undated newsletter is the August of its story (2027-08), so it
    agrees with the dated reports' August instead of standing apart as a yearless month."""
    for name, text in {
        "wire.txt": "date 2027-09-14\nMiners trapped at Velden\n\nInspectors raised concerns "
        "about the roof at the Velden copper mine in August, the union said.\n",
        "paper.txt": "date 2027-09-15\nVelden waits\n\nThe union said inspectors at the "
        "Velden copper mine raised concerns about the roof in August.\n",
        "newsletter.txt": "Union newsletter\n\nInspectors raised concerns about the roof at "
        "the Velden copper mine in August, and nothing was done.\n",
    }.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = check([str(tmp_path)])
    months = [f for f in report.findings if any(c.text == "in August" for c in f.claims)]
    assert [(f.verdict.value, sorted(c.value for c in f.claims)) for f in months] == [
        ("agree", ["2027-08", "2027-08", "2027-08"])
    ]


def test_an_article_dated_only_by_inference_is_not_kept_out_of_its_story(tmp_path):
    """An undated explainer's latest past-tense day is the end of an old ban, years back: that
    inferred date must not keep it away from the notice it explains."""
    (tmp_path / "notice.txt").write_text(
        "date 2027-07-19\nTarnwell Water announces hosepipe ban\n\nTarnwell Water today "
        "announced a hosepipe ban for all customers in the Tarnwell supply area, starting on "
        "Friday, 23 July 2027. Reservoir stocks in Tarnwell stand at 41%. Tarnwell Water said "
        "customers should not use hosepipes to water gardens or wash cars.\n",
        encoding="utf-8",
    )
    (tmp_path / "explainer.txt").write_text(
        "Tarnwell's hosepipe ban: what it means\n\nTarnwell Water has announced a hosepipe "
        "ban, starting on Friday 23 July 2027. Reservoir stocks in Tarnwell are down to 41%. "
        "Customers must not use hosepipes to water gardens or wash cars. The last ban in "
        "Tarnwell was lifted on Monday 4 October 2022.\n",
        encoding="utf-8",
    )
    (tmp_path / "race.txt").write_text(
        "date 2027-07-18\nSprint win for Okafor\n\nDaniel Okafor won the third stage of the "
        "Tour of Velmark on Sunday, beating Piet Aalders in a sprint at Harrowby.\n",
        encoding="utf-8",
    )
    report = check([str(tmp_path)])
    groups = sorted(sorted(story.sources) for story in report.stories)
    assert groups == [["explainer.txt", "notice.txt"], ["race.txt"]], groups


def test_an_inferred_date_far_from_its_story_is_dropped(tmp_path):
    """The explainer's only past-tense full date is an old ban's end, in 2022; read from
    that, its 'in September' was 2023. Its story's dated notice puts it in 2027."""
    (tmp_path / "notice.txt").write_text(
        "date 2027-07-19\nTarnwell Water announces hosepipe ban\n\nTarnwell Water today "
        "announced a hosepipe ban for the Tarnwell supply area. Tarnwell Water will review "
        "the hosepipe ban in September, when reservoir stocks in Tarnwell are measured.\n",
        encoding="utf-8",
    )
    (tmp_path / "explainer.txt").write_text(
        "Tarnwell's hosepipe ban: what it means\n\nTarnwell Water has announced a hosepipe "
        "ban for the Tarnwell supply area. Tarnwell Water will review the hosepipe ban in "
        "September, when reservoir stocks in Tarnwell are measured. The last ban in "
        "Tarnwell was lifted on Monday 4 October 2022.\n",
        encoding="utf-8",
    )
    report = check([str(tmp_path)])
    (explainer,) = [s for s in report.sources if s.id == "explainer.txt"]
    assert explainer.published is None
    assert any("explainer.txt" in w and "inferred" in w for w in report.warnings)
    septembers = [f for f in report.findings if any(c.text == "in September" for c in f.claims)]
    assert [(f.verdict.value, sorted(c.value for c in f.claims)) for f in septembers] == [
        ("agree", ["2027-09", "2027-09"])
    ]


def test_a_split_leaves_each_article_on_the_side_it_is_most_alike_with():
    """A police statement on a festival is alike with the festival review and little else,
    but the festival blog hardly shares its words: the cut that keeps the blog's side most
    coherent puts the statement with the court case. Settling moves it back."""
    from checker.stories import _settled

    review, blog, police, court, agency, weekly = range(6)
    pairs = {
        (review, blog): 0.14,
        (review, police): 0.145,
        (blog, police): 0.03,
        (court, agency): 0.35,
        (court, weekly): 0.25,
        (agency, weekly): 0.3,
        (police, court): 0.05,
        (police, agency): 0.046,
        (police, weekly): 0.042,
        (review, court): 0.065,
    }

    def alike(a, b):
        return pairs.get((min(a, b), max(a, b)), 0.02)

    assert _settled([review, blog], [police, court, agency, weekly], alike) == (
        [review, blog, police],
        [court, agency, weekly],
    )
    # Halves that are already right stay as they are, and no half falls below two.
    assert _settled([review, blog], [court, agency], alike) == ([review, blog], [court, agency])


def test_an_article_left_alone_joins_the_story_it_clearly_belongs_to():
    """A blog naming the firm and its town, alike with one report in few words, joins that
    report's story; not when another story is nearly as near, nor when too unlike."""
    from checker.stories import _adopt_strays

    layoffs, bridge, blog = [0, 1], [2, 3], 4

    def adopted(near_layoffs, near_bridge):
        nearness = [{} for _ in range(5)]
        nearness[blog] = {0: near_layoffs, 2: near_bridge}
        return sorted(_adopt_strays([layoffs, bridge, [blog]], nearness))

    assert adopted(0.087, 0.03) == [[0, 1, 4], [2, 3]]
    assert adopted(0.087, 0.07) == [[0, 1], [2, 3], [4]]
    assert adopted(0.05, 0.0) == [[0, 1], [2, 3], [4]]


def test_a_story_splits_alike_alone_and_in_a_larger_batch():
    """Whether a linked story is two stories is weighed on its own articles' words: the
    corpus's mixed folder groups the same alone and beside every other corpus folder."""
    folders = sorted(p.parent for p in (ROOT / "tests" / "corpus").glob("*/expected.json"))
    mixed = [f for f in folders if json.loads((f / "expected.json").read_text()).get("stories")]
    assert mixed
    for folder in mixed:
        alone = check([str(folder)], Options())
        together = check([str(f) for f in folders], Options())
        names = {s.id: s.path for s in together.sources}
        inside = str(folder)
        grouped = sorted(
            sorted(names[s] for s in story.sources if names[s].startswith(inside))
            for story in together.stories
            if any(names[s].startswith(inside) for s in story.sources)
        )
        alone_names = {s.id: s.path for s in alone.sources}
        assert grouped == sorted(sorted(alone_names[s] for s in st.sources) for st in alone.stories)


def test_a_story_spans_a_week_whatever_chains_it():
    """An undated article alike with two stories a year apart joins one of them, never both:
    the week applies to a story's first and last days, not only to each linked pair."""
    import datetime as dt

    from checker.stories import _joined_span

    july_2027 = (dt.date(2027, 7, 19), dt.date(2027, 7, 21))
    july_2028 = (dt.date(2028, 7, 18), dt.date(2028, 7, 19))
    undated = (None, None)
    assert _joined_span(july_2027, undated) == july_2027
    assert _joined_span(undated, july_2028) == july_2028
    assert _joined_span(july_2027, july_2028) is None
    assert _joined_span(july_2027, (dt.date(2027, 7, 24), None)) == (
        dt.date(2027, 7, 19),
        dt.date(2027, 7, 24),
    )


def _grouped(texts):
    from checker.load import make_article

    articles = [make_article(name, name, text) for name, text in texts.items()]
    extraction = prepare(articles, Options())
    stories = group_stories(extraction.articles, extraction.sentences)
    return sorted(sorted(s.sources) for s in stories)


def test_a_follow_up_that_names_the_story_joins_it_after_a_week():
    """A regulator's fine and a blog on it, twelve days after a hack, name the firm and the
    gang every report named: they are the hack's story, though a story otherwise spans a
    week."""
    report = (
        "Hackers from the Ashwolf gang broke into Qorvane Telecom's billing systems, taking "
        "the records of {n} million customers. Qorvane said engineers at its Lindqvist data "
        "centre had shut the systems down and that Ashwolf had demanded a ransom."
    )
    # A follow-up retells the story before its news (the fine), as follow-ups do.
    follow_up = "The data regulator fined Qorvane Telecom £8m on Monday. " + report
    # Each outlet adds words of its own, as outlets do.
    outlets = [
        ("wire.txt", "2031-03-03", report, 4, "Shares fell 6% in early trade."),
        ("paper.txt", "2031-03-04", report, 4, "Shops could not take card payments."),
        ("radio.txt", "2031-03-08", report, 5, "Listeners told us their bills had not arrived."),
        ("fine.txt", "2031-03-15", follow_up, 4, "The penalty is the largest it has imposed."),
        ("blog.txt", "2031-03-16", follow_up, 4, "Researchers expect gangs to copy the method."),
    ]
    texts = {
        name: f" date {day}\n" + text.format(n=n) + " " + extra
        for name, day, text, n, extra in outlets
    }
    assert _grouped(texts) == [["blog.txt", "fine.txt", "paper.txt", "radio.txt", "wire.txt"]]


def test_a_follow_up_names_what_the_story_names_between_its_articles():
    """A trade weekly nine days after a storm names the nursery, its owner and the insurers'
    forum; the wire of the day named only the town and a cafe owner it quoted. No single
    article of the story shares two names with every later one, but each later article
    shares two with what the story names: it is the storm's follow-up. Two towns' stories
    share only what a town's stories each say (nothing but a title's nouns), and stay apart."""
    from checker.stories import _names_alike

    names = {
        "wire": {"glenbury", "ludo", "marsh"},
        "paper": {"glenbury", "fernside", "nurseries", "olwen", "insurers", "forum"},
        "tv": {"glenbury", "fernside", "nurseries", "amos"},
        "sheet": {"glenbury", "insurers", "forum"},
        "weekly": {"glenbury", "fernside", "nurseries", "olwen", "forum"},
        "other_town": {"tarrowby", "forum", "quillan"},
    }

    def proper(name):
        return frozenset(names[name])

    assert _names_alike(["wire", "paper", "tv"], ["sheet", "weekly"], proper)
    assert not _names_alike(["wire", "paper", "tv"], ["other_town"], proper)
    assert not _names_alike(["wire"], ["sheet", "weekly"], proper)


def test_two_wage_decisions_more_than_a_week_apart_stay_two_stories():
    """Two towns' wage boards, a week apart, share only their title's common nouns ("Wage
    Board"), which their articles also write in lower case: the longer span a named follow-up
    may take is not theirs. (An institution's name never written in lower case, "Chamber of
    Commerce", would still count as a name.)"""
    decision = (
        "The {town} Wage Board raised the hourly minimum wage to {rate} from July, and "
        "employers in {town} said the board had ignored small firms. {person}, who chairs "
        "the board, said the wage rise was fair to workers."
    )
    texts = {
        "a1.txt": " date 2031-05-01\n"
        + decision.format(town="Pellbrook", rate="£12.10", person="Ada Voss"),
        "a2.txt": " date 2031-05-02\n"
        + decision.format(town="Pellbrook", rate="£12.10", person="Ada Voss"),
        "b1.txt": " date 2031-05-09\n"
        + decision.format(town="Ruthwaite", rate="£11.40", person="Col Brannagh"),
        "b2.txt": " date 2031-05-10\n"
        + decision.format(town="Ruthwaite", rate="£11.40", person="Col Brannagh"),
    }
    assert _grouped(texts) == [["a1.txt", "a2.txt"], ["b1.txt", "b2.txt"]]


def test_a_fact_sheet_a_week_and_a_day_after_the_release_joins_its_story():
    """A utility's fact sheet of the first week of a ban, eight days after its press release,
    names little but what the release names (its label lines open with capitals, which no
    name test reads): alone it would be compared with nothing. The story's own span stays
    a week; only a stray reaches two to the article it is alike with."""
    release = (
        "date 2031-06-02\nBrackenhall Water today announced a Temporary Use Ban covering all "
        "2.3 million customers from Friday. Reservoir stocks stand at 44%, against a normal "
        "level of 70% for the time of year. Rainfall since March has been 41% of the "
        "long-term average. Leakage is 210 megalitres a day. The Temporary Use Ban will be "
        "reviewed at the end of September, said Orla Pennick, the chief executive."
    )
    wire = (
        "date 2031-06-03\nA hosepipe ban for 2.3 million Brackenhall Water customers starts "
        "on Friday, the company said, after the driest spring since 1976 left reservoirs at "
        "44%. Orla Pennick, the chief executive of Brackenhall Water, said customers had "
        "been asked to save water for weeks. Gardeners in Tollerby said they were furious."
    )
    paper = (
        "date 2031-06-05\nGardeners in Tollerby have vowed to fight the Brackenhall Water "
        "hosepipe ban, which starts tomorrow. The firm loses 210 megalitres a day through "
        "leaks, campaigners said, while Orla Pennick told customers to use watering cans."
    )
    sheet = (
        "date 2031-06-10\nDROUGHT FACT SHEET\nWeek 1 of the Temporary Use Ban\n"
        "Customers covered: 2.3 million\nReservoir stocks: 42%\n"
        "Normal reservoir stocks for early June: 69%\nRainfall March-May: 41% of long-term "
        "average\nLeakage: 210 megalitres a day\nReports of suspected breaches received: 340\n"
        "Thank you to customers for reducing their use in the first days of the ban."
    )
    texts = {"release.txt": release, "wire.txt": wire, "paper.txt": paper, "sheet.txt": sheet}
    assert _grouped(texts) == [["paper.txt", "release.txt", "sheet.txt", "wire.txt"]]


def test_articles_each_alone_get_a_hint_to_compare_them_as_one_story():
    """Three short pieces on one heatwave share one name: each is a story of its own, and
    the report says how to compare them anyway; grouped together, no hint."""
    from checker.load import make_article

    texts = {
        "wire.txt": "date 2031-07-15\nTemperatures reached 44.7C at the airport on Monday, "
        "said meteorologist Hanne Brisk.",
        "blog.txt": "date 2031-07-15\nFor readers who think in Fahrenheit: it hit 112 "
        "degrees on Monday, Brisk told reporters.",
        "sheet.txt": "date 2031-07-16\nPeople treated: 1,300\nNormal July high: 31C",
    }
    articles = [make_article(name, name, text) for name, text in texts.items()]
    grouped = compare(prepare(articles, Options()), Options())
    assert len(grouped.stories) == 3
    assert any("--group none" in w for w in grouped.warnings)
    together = compare(prepare(articles, Options()), Options(group_stories=False))
    assert not any("--group none" in w for w in together.warnings)


def test_a_fact_sheet_that_names_little_joins_the_reports_that_share_its_figures():
    # A statistics office's sheet is labels and figures: the only capitals after its
    # labels' colons are a region and a status. Its precise figures are the reports' own.
    texts = {
        "sheet.txt": (
            " date 2029-03-05\nMILK OUTPUT 2028: FIRST ESTIMATE\n\nStatus: Provisional\n"
            "Coverage: Brenvale, all dairy regions\n\nMilk delivered 2028: 8.64 billion "
            "litres\nMilk delivered 2027: 9.12 billion litres\nDairy herds: 14,350\n"
            "Average yield per cow: 7,420 litres\nFarm-gate price, December: 38.6 cents "
            "per litre\n\nNotes:\n1. Estimates come from a survey of 1,180 holdings "
            "carried out in January.\n2. Deliveries exclude milk used on the farm.\n3. "
            "Figures may not sum due to rounding.\n\nEnquiries: dairy.stats@ostral.example\n"
        ),
        "wire.txt": (
            " date 2029-03-05\nBrenvale's dairy farmers delivered 8.64 billion litres of "
            "milk last year, down from 9.12 billion in 2027, the statistics office Ostral "
            "said on Tuesday. The average cow gave 7,420 litres, and the December farm-gate "
            "price was 38.6 cents a litre, the office said. Farmers blamed a wet summer "
            "and the cost of feed, and the farmers' union chair Tomas Reiner called on "
            'ministers to help. "We have lost a season," he said in Kalloway.'
        ),
        "paper.txt": (
            " date 2029-03-06\nMilk output in Brenvale fell to 8.64 billion litres in "
            "2028, figures from Ostral showed yesterday. There are now 14,350 dairy herds, "
            "and the farm-gate price ended the year at 38.6 cents a litre. Tomas Reiner of "
            "the farmers' union said the wet summer and dear feed had driven small farms "
            "out, and the minister in Kalloway promised a review of support."
        ),
        "fire.txt": (
            " date 2029-03-05\nA fire at a cheese plant in Brenvale forced 120 workers "
            "out on Tuesday, and crews from Dunmark spent four hours on the roof, "
            "fire chief Lena Voss said. The plant makes 2.5 tonnes of cheese a day."
        ),
    }
    assert _grouped(texts) == [["fire.txt"], ["paper.txt", "sheet.txt", "wire.txt"]]


def test_two_towns_alike_stories_that_name_nothing_in_common_are_two_stories():
    """Two towns' councils vote the same week on seafront parking, and each town's release,
    paper and radio write it up as the other town's do (one figure even matches): by their
    words a release is nearer the other town's release than its own town's radio, but no
    article of one town names what an article of the other names, so they are two stories."""
    release = (
        "{town} Borough Council today approved new seafront parking charges of £2.40 an "
        "hour from 1 June, which will raise an estimated £640,000 a year for repairs to "
        "{street}. Councillor {person}, cabinet member for transport, said the decision "
        "was difficult but necessary."
    )
    paper = (
        "Traders on {street} have reacted with fury after councillors voted through a rise "
        "in seafront parking charges. Shop owner {trader} said visitors would stay away, "
        "while {person} insisted the money was needed."
    )
    radio = (
        "PRESENTER: Parking by the sea in {town} is going up. Our reporter has been on "
        "{street} talking to {trader}, who says the charge will kill the summer trade."
    )
    towns = {
        "a": ("Hexley", "Dora Pryce", "Lighthouse Esplanade", "Gwen Ashby"),
        "b": ("Quilmouth", "Bernie Tuttle", "Marine Parade", "Sol Varga"),
    }
    texts = {}
    for key, (town, person, street, trader) in towns.items():
        for n, (day, template) in enumerate(
            (("2029-05-08", release), ("2029-05-09", paper), ("2029-05-09", radio))
        ):
            texts[f"{key}{n}.txt"] = f" date {day}\n" + template.format(
                town=town, person=person, street=street, trader=trader
            )
    assert _grouped(texts) == [["a0.txt", "a1.txt", "a2.txt"], ["b0.txt", "b1.txt", "b2.txt"]]


def test_a_name_told_in_the_possessive_is_the_name_an_article_repeats():
    # The police statement names the church again and again ("St Aled's"); the radio's most
    # named names are its presenter and reporter, and it says "St Aled's" once. Its word
    # "aled's" must read as the name "aled", or the two read as strangers naming apart.
    texts = {
        "police.txt": (
            " date 2031-03-04\nPolice News\n\nThe organ pipes stolen from St Aled's Church, "
            "Brynford, were found today in a lock-up garage in Marrow Lane. Officers said the "
            "212 pipes, taken from St Aled's in October, were undamaged. Two men were "
            "arrested. The pipes are valued at £40,000. The vicar of St Aled's "
            "thanked the public for its help."
        ),
        "radio.txt": (
            " date 2031-03-05\nBrynford Radio - Breakfast (transcript)\n\nPRESENTER (Gwen "
            "Tallis): The organ pipes stolen from St Aled's Church in Brynford have been "
            "found in a lock-up garage, and two men were arrested. Dewi Harker is there.\n\n"
            "DEWI HARKER: Morning, Gwen. Police say the 212 pipes were undamaged. They are "
            "valued at about £40,000, and the vicar is thanking the public.\n\nGWEN TALLIS: "
            "Dewi Harker, thank you. Gwen Tallis here until nine."
        ),
    }
    assert _grouped(texts) == [["police.txt", "radio.txt"]]


def test_a_name_an_explainer_only_opens_its_answers_with_is_a_name_in_common():
    # The explainer's answers open with the giraffe's name ("Amara carried him ...") and
    # name the park's town mid-sentence only once: it names two things the reports name.
    texts = {
        "park.txt": (
            " date 2032-06-10\nThe giraffe Amara gave birth to a male calf at Quenby "
            "Wildlife Park on Monday night, keeper Rosa Pike said. The calf stood within an "
            "hour and is feeding well. Amara, who is nine, came to Quenby from Lisbon in "
            "2029. Keeper Rosa Pike said the birth went smoothly."
        ),
        "paper.txt": (
            " date 2032-06-11\nA giraffe calf has been born at Quenby Wildlife Park. His "
            "mother Amara was in labour for two hours, keeper Rosa Pike said. The calf is "
            "feeding well. It is the second giraffe born at the park in Quenby."
        ),
        "explainer.txt": (
            " date 2032-06-12\nYour questions on the giraffe calf\n\nWhen was he born?\n"
            "On Monday night, in the giraffe house.\n\nWho is his mother?\nAmara carried "
            "him for 15 months.\n\nIs he healthy?\nYes. The calf is feeding well, the keepers "
            "at Quenby say.\n\nWhy does it matter?\nWild giraffes are in decline in Kenya and "
            "Uganda.\n\nCan I see him?\nNot yet. The giraffe house is closed."
        ),
    }
    assert _grouped(texts) == [["explainer.txt", "paper.txt", "park.txt"]]
