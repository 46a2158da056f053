"""Time frames from the text: which moment a figure speaks for, and what a count that grows may do."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.checks.frames import Frame, frame_of, same_frame
from claimcheck.models import DocRef, Interval, QuantityClaim

from .test_selection import article, flagged, run, selected

TOLL_RULE = """
rules:
  - id: toll
    title: Landslide deaths
    kind: quantity
    select: {predicate: [died, dead, killed]}
    compare: {tolerance: "0", time: same, grows: true}
"""


def landslide(date: str, sentence: str, outlet: str) -> str:
    return article("Landslide buries village", outlet, date, sentence)


def test_a_later_lower_count_contradicts_the_earlier_one(tmp_path):
    corpus = landslide("Mar 5 2024", "Officials said 40 people died in the landslide.", "Valley Courier")
    corpus += landslide("Mar 6 2024", "Officials said 35 people died in the landslide.", "Hill Gazette")
    report, _ = run(tmp_path, corpus, TOLL_RULE)
    assert flagged(report, "toll") == [{"40", "35"}]


def test_a_later_lower_count_the_text_says_was_revised_is_a_correction(tmp_path):
    corpus = landslide("Mar 5 2024", "Officials said 40 people died in the landslide.", "Valley Courier")
    corpus += landslide(
        "Mar 6 2024", "Officials revised the number of people who died down to 35 after a recount.", "Hill Gazette"
    )
    report, _ = run(tmp_path, corpus, TOLL_RULE)
    assert not flagged(report, "toll")
    assert any("revised" in v.reason or v.verdict == "not-comparable" for v in report.verdicts if v.rule == "toll")


def test_a_later_higher_count_is_an_update_and_years_apart_nothing(tmp_path):
    corpus = landslide("Mar 5 2024", "Officials said 40 people died in the landslide.", "Valley Courier")
    corpus += landslide("Mar 7 2024", "Officials said 52 people died in the landslide.", "Hill Gazette")
    corpus += landslide("Jun 2 2019", "Officials said 9 people died in the landslide.", "Old Ledger")
    report, _ = run(tmp_path, corpus, TOLL_RULE)
    assert not flagged(report, "toll")
    [verdict] = [v for v in report.verdicts if v.rule == "toll"]
    assert verdict.verdict == "update"


def test_grows_never_turns_one_days_disagreement_into_an_update(tmp_path):
    corpus = landslide("Mar 5 2024", "On Monday, officials said 40 people died in the landslide.", "Valley Courier")
    corpus += landslide("Mar 5 2024", "On Monday, officials said 46 people died in the landslide.", "Hill Gazette")
    report, _ = run(tmp_path, corpus, TOLL_RULE)
    assert flagged(report, "toll") == [{"40", "46"}]


VOTE_RULE = """
rules:
  - id: share
    title: Lopes's share of the vote
    kind: quantity
    select: {sentence: [Lopes], unit: percent}
    compare: {tolerance: "0", time: same, report: pairs}
"""


def test_a_partial_count_is_compared_only_with_the_same_partial_count(tmp_path):
    corpus = article(
        "Lopes ahead in early count", "Coast Herald", "Oct 6 2024", "Lopes had 52% with 80% of precincts reporting."
    )
    corpus += article("Lopes wins", "Plains Daily", "Oct 6 2024", "Lopes won 48% of the vote.")
    corpus += article(
        "Lopes leads",
        "River Post",
        "Oct 6 2024",
        "Lopes had 55 percent with 80% of precincts reporting, officials said.",
    )
    report, claims = run(tmp_path, corpus, VOTE_RULE)
    assert selected(report, "share", claims) >= {"52%", "48%", "55 percent"}
    assert flagged(report, "share") == [{"52%", "55 percent"}]


def test_a_date_a_clause_reports_on_is_the_frame_of_the_sentence(tmp_path):
    corpus = article(
        "Floods hit coast", "Coast Herald", "Sep 11 2024", "The floods have killed 23 people, officials said on Monday."
    )
    corpus += article("Coast floods", "Bay Times", "Sep 11 2024", "The floods have killed 23 people.")
    report, claims = run(tmp_path, corpus, TOLL_RULE.replace("Landslide deaths", "Flood deaths"))
    monday = next(c for c in claims if c.text == "23" and c.doc.outlet == "Coast Herald")
    assert monday.as_of == "2024-09-09" and monday.time == "Monday"


def figure(published: dt.date, text_date: dt.date | None = None, as_of: str | None = None, time: str | None = None):
    doc = DocRef(id="d", title="t", published=published, text_date=text_date, path="a.md")
    return QuantityClaim(
        id="c", doc=doc, text="5", sentence="5", path="a.md", line=1, column=1, start=0, end=1,
        value=Interval(point=5, low=5, high=5), as_of=as_of, time=time,
    )  # fmt: skip


def test_the_texts_own_date_outranks_the_pages():
    page_early = figure(dt.date(2024, 8, 3), text_date=dt.date(2024, 8, 4))
    next_day = figure(dt.date(2024, 8, 4))
    assert frame_of(page_early).period == "2024-08-04"
    assert same_frame(frame_of(page_early), frame_of(next_day))
    assert not same_frame(frame_of(figure(dt.date(2024, 8, 3))), frame_of(next_day))


def test_a_recent_month_stands_for_the_articles_day_and_an_old_period_for_itself():
    october = dt.date(2023, 10, 3)
    assert frame_of(figure(october, as_of="2023-09", time="by September")).period == "2023-10-03"
    assert frame_of(figure(october, as_of="1991", time="in 1991")).period == "1991"
    assert frame_of(figure(october, time="so far")).partial == "so far"


COST_RULE = """
rules:
  - id: cost
    title: Cost of the stadium roof
    kind: quantity
    select: {sentence: [roof], unit: EUR}
    compare: {tolerance: 5%, time: any}
"""


def test_a_period_still_to_come_does_not_move_a_figure_out_of_its_story(tmp_path):
    """'will open in September' is when the roof opens, not the day the figure was reported: the two
    reports a day apart are one story, and their costs disagree."""
    corpus = article(
        "Roof works approved",
        "Civic Post",
        "Mar 4 2025",
        "The new roof will open in September and cost 12 million euros.",
    )
    corpus += article(
        "Roof contract signed", "Town Ledger", "Mar 5 2025", "The roof contract is worth 19 million euros."
    )
    report, _ = run(tmp_path, corpus, COST_RULE)
    assert flagged(report, "cost") == [{"12 million euros", "19 million euros"}]


def test_figures_a_fortnight_apart_with_nothing_between_are_different_stories(tmp_path):
    corpus = article("Roof works approved", "Civic Post", "Mar 4 2025", "The new roof will cost 12 million euros.")
    corpus += article("Second roof planned", "Town Ledger", "Mar 19 2025", "A second roof will cost 19 million euros.")
    report, _ = run(tmp_path, corpus, COST_RULE)
    assert not flagged(report, "cost")
    assert [v.verdict for v in report.verdicts if v.rule == "cost"] == ["not-comparable"]


def test_an_unfinished_count_from_a_later_article_is_not_a_later_lower_count(tmp_path):
    """ "In the first hours" is when the count was given, not the article's day: a lower figure in it is not
    the later report contradicting the earlier one."""
    corpus = landslide("Mar 5 2024", "Officials said 40 people died in the landslide.", "Valley Courier")
    corpus += landslide(
        "Mar 6 2024",
        "In the first hours after the landslide, officials said 12 people died, a number that later tripled.",
        "Hill Gazette",
    )
    report, _ = run(tmp_path, corpus, TOLL_RULE)
    assert not flagged(report, "toll")


INJURED_RULE = """
rules:
  - id: injured
    title: People injured in the crash
    kind: quantity
    select: {predicate: [injured]}
    compare: {tolerance: "0", time: same, grows: true}
"""


def test_a_toll_that_stays_put_for_days_does_not_hold_other_counts_still(tmp_path):
    corpus = article("Ferry crash kills 120", "Valley Courier", "Mar 5 2024", "Some 300 people were injured.")
    corpus += article("Ferry crash kills 120", "Hill Gazette", "Mar 10 2024", "At least 410 people were injured.")
    report, _ = run(tmp_path, corpus, INJURED_RULE.replace("grows: true", "grows: true, stories: any"))
    assert not flagged(report, "injured")
    assert [v.verdict for v in report.verdicts if v.rule == "injured"] == ["update"]


def test_counts_beside_one_headline_toll_the_same_week_are_one_stage(tmp_path):
    corpus = article("Ferry crash kills 120", "Valley Courier", "Mar 5 2024", "Some 300 people were injured.")
    corpus += article("Ferry crash kills 120", "Hill Gazette", "Mar 6 2024", "At least 410 people were injured.")
    report, _ = run(tmp_path, corpus, INJURED_RULE)
    assert flagged(report, "injured") == [{"Some 300", "At least 410"}]


PART_RULE = """
rules:
  - id: part
    title: Deaths in the border province
    kind: quantity
    select: {predicate: [killed, died], scope: [Cordoba]}
    compare: {tolerance: "0", time: same, grows: true}
"""


def test_one_places_toll_belongs_to_its_articles_headline_stage(tmp_path):
    corpus = article("Floods kill 40", "Valley Courier", "Mar 5 2024", "Another 9 people were killed in Cordoba.")
    corpus += article("Floods kill 58", "Hill Gazette", "Mar 5 2024", "Another 12 people were killed in Cordoba.")
    corpus += article("Floods kill 58", "Plains Daily", "Mar 5 2024", "Another 14 people died in Cordoba.")
    report, _ = run(tmp_path, corpus, PART_RULE)
    assert flagged(report, "part") == [{"12", "14"}]  # 9 was the count of an earlier stage


def test_a_headline_that_rounds_the_toll_stands_for_the_leads_own_figure(tmp_path):
    corpus = article(
        "Quake kills over 50",
        "Valley Courier",
        "Mar 5 2024",
        "At least 57 people were killed.",
        "Some 300 were injured.",
    )
    corpus += article("Quake kills 57", "Hill Gazette", "Mar 5 2024", "At least 410 people were injured.")
    report, _ = run(tmp_path, corpus, INJURED_RULE)
    assert flagged(report, "injured") == [{"Some 300", "At least 410"}]


def test_a_count_dated_the_articles_own_day_keeps_its_headline_stage(tmp_path):
    corpus = article(
        "Quake kills 57", "Valley Courier", "Mar 5 2024", "Some 300 were injured, officials said on Tuesday."
    )
    corpus += article("Quake kills 88", "Hill Gazette", "Mar 5 2024", "On Tuesday, 410 people were injured.")
    corpus += article("Quake kills 88", "Plains Daily", "Mar 5 2024", "Officials said 380 people were injured.")
    report, _ = run(tmp_path, corpus, INJURED_RULE)
    assert flagged(report, "injured") == [{"410", "380"}]  # 300 was counted at the toll of 57


CROWD_RULE = """
rules:
  - id: crowd
    title: Size of the march
    kind: quantity
    select: {counted: [people, marchers, protesters]}
    compare: {tolerance: 10%, time: same}
"""


def test_a_count_at_its_peak_is_compared_only_with_counts_at_the_peak(tmp_path):
    corpus = article("March", "Coast Herald", "Oct 6 2024", "Police said 60,000 marchers took part in the march.")
    corpus += article(
        "March", "Plains Daily", "Oct 6 2024", "Police said 21,000 marchers were on the streets at its peak."
    )
    corpus += article("March", "River Post", "Oct 6 2024", "At its peak, 35,000 protesters filled the square.")
    corpus += article("March", "Hill Times", "Oct 6 2024", "Organisers said 64,000 people took part in the march.")
    report, _ = run(tmp_path, corpus, CROWD_RULE)
    assert flagged(report, "crowd") == [{"21,000", "35,000"}]


MISSING_RULE = """
rules:
  - id: missing
    title: Missing after the landslide
    kind: quantity
    select: {predicate: [missing]}
    compare: {tolerance: "0", time: same}
"""


def test_an_article_whose_lead_gives_no_toll_reports_from_the_stage_of_the_first_toll_it_gives(tmp_path):
    corpus = article(
        "Landslide buries village",
        "Valley Courier",
        "Mar 6 2024",
        "Rescuers dug through the night. Roads to the valley were closed.",
        "Officials said 40 people died, while 12 people are missing.",
    )
    corpus += landslide("Mar 7 2024", "Officials said 40 people died. Some 30 people are missing.", "Hill Gazette")
    report, _ = run(tmp_path, corpus, MISSING_RULE)
    assert flagged(report, "missing") == [{"12", "Some 30"}]


def test_bodies_yet_to_be_identified_are_not_the_toll_and_speak_for_its_stage(tmp_path):
    from .test_pairs import discovered_pairs

    corpus = article(
        "Ferry toll reaches 212",
        "Valley Courier",
        "Mar 6 2024",
        "The ferry sinking has killed 212 people. Over 100 bodies are yet to be identified, officials said.",
    )
    corpus += article(
        "Ferry toll reaches 212",
        "Hill Gazette",
        "Mar 7 2024",
        "The ferry sinking has killed 212 people. Officials said 83 bodies remain unidentified.",
    )
    assert discovered_pairs(tmp_path, corpus) == [{"Over 100", "83"}]


FLOOD_TOLL = """
rules:
  - id: toll
    title: Flood deaths
    kind: quantity
    select: {predicate: [died, dead, killed, toll]}
    compare: {tolerance: "0", time: same, grows: true}
"""


def flood(sentence: str, outlet: str) -> str:
    return article("Floods sweep the delta", outlet, "Apr 9 2025", sentence)


def test_one_days_tolls_given_as_stages_of_a_rising_count_are_updates(tmp_path):
    """Through one day a toll is reported at several stages: "the preliminary toll", "has risen to", "went up
    to". Such figures of one day are an update of each other, not a contradiction."""
    corpus = flood("The preliminary toll stood at 18 dead, the civil defence said.", "Delta Post")
    corpus += flood("The death toll has risen to 31, officials said.", "Coast Herald")
    corpus += flood("The death toll went up to 44 by the evening news.", "River Times")
    report, claims = run(tmp_path, corpus, FLOOD_TOLL)
    assert selected(report, "toll", claims) >= {"18", "31", "44"}
    assert not flagged(report, "toll")


def test_a_risen_toll_against_one_given_as_it_stands_is_still_a_contradiction(tmp_path):
    """Only the wording of both says they are stages: "has risen to 131" against "remained at 113" the same
    day, or an early count higher than a later one, still disagree."""
    corpus = article("Mine collapse", "Ridge Times", "Nov 2 2025", "The toll from the mine collapse has risen to 26.")
    corpus += article("Mine collapse", "Valley Courier", "Nov 2 2025", "The mine collapse toll remained at 19.")
    corpus += article("Mine collapse", "Hill Gazette", "Nov 2 2025", "An initial count put the toll at 40 dead.")
    report, _ = run(
        tmp_path,
        corpus,
        """
        rules:
          - id: toll
            title: Mine collapse deaths
            kind: quantity
            select: {predicate: [toll, dead]}
            compare: {tolerance: "0", time: same, grows: true, report: pairs}
        """,
    )
    assert sorted(map(sorted, flagged(report, "toll"))) == [["19", "26"], ["19", "40"], ["26", "40"]]


@pytest.mark.parametrize(
    ("subject", "counted", "agreed", "outlier", "later"),
    [
        ("Landslide buries village", "people died in the landslide", "40", "35", "52"),
        ("River floods farm towns", "residents were evacuated from the towns", "1,200", "900", "3,000"),
    ],
)
def test_a_later_count_that_only_grew_is_not_the_value_sources_agree_on(
    tmp_path, subject, counted, agreed, outlier, later
):
    """Two sources agree on a day's count and a third departs from it; the next day's higher count is an
    update of all three, which makes it agree with none of them: the outlier is one finding, against the
    value the two agree on, not one against each."""
    corpus = "".join(
        article(subject, outlet, date, f"Officials said {figure} {counted}.")
        for outlet, date, figure in [
            ("Valley Courier", "Mar 5 2024", agreed),
            ("Hill Gazette", "Mar 5 2024", agreed),
            ("Plains Daily", "Mar 5 2024", outlier),
            ("River Post", "Mar 6 2024", later),
        ]
    )
    rule = TOLL_RULE.replace("predicate: [died, dead, killed]", "predicate: [died, evacuated]")
    report, claims = run(tmp_path, corpus, rule)
    assert selected(report, "toll", claims) == {agreed, outlier, later}
    assert flagged(report, "toll") == [{agreed, outlier}]


def test_the_same_count_a_day_later_is_consistent_not_an_update(tmp_path):
    corpus = landslide("Mar 5 2024", "Officials said 40 people died in the landslide.", "Valley Courier")
    corpus += landslide("Mar 6 2024", "Officials said 40 people died in the landslide.", "Hill Gazette")
    report, _ = run(tmp_path, corpus, TOLL_RULE)
    assert [v.verdict for v in report.verdicts if v.rule == "toll"] == ["consistent"]


def _count_moment(tmp_path, sentence: str, figure: str) -> tuple[int, int] | None:
    from claimcheck.checks.frames import time_of_day
    from claimcheck.corpus import load_corpus
    from claimcheck.extract import extract

    (tmp_path / "a.txt").write_text(article("Storm news", "Coast Daily", "Mar 3 2026", sentence), encoding="utf-8")
    claims = extract(load_corpus([tmp_path / "a.txt"]))
    (claim,) = [c for c in claims if isinstance(c, QuantityClaim) and c.text == figure]
    return time_of_day(claim)


@pytest.mark.parametrize(
    ("sentence", "figure", "moment"),
    [
        ("Nine people had died by 4:15pm, the coastguard said.", "Nine", (975, 975)),
        ("By 4.15pm, 12 boats had sunk in the harbour.", "12", (975, 975)),
        ("At 16:15 the coastguard said 30 people were missing.", "30", (975, 975)),
        ("As of 10 a.m. local time, 23 people were missing.", "23", (600, 600)),
        ("The shelters held 400 people at noon, officials said.", "400", (720, 720)),
        ("By midnight, 61 homes had lost their roofs.", "61", (1440, 1440)),
        ("By nightfall, 40 roads were closed across the island.", "40", (1080, 1200)),
        ("The number of evacuees reached 2,000 this evening.", "2,000", (1080, 1380)),
        ("Overnight, 7 more fishermen were reported missing.", "7", (0, 360)),
        ("Early on Tuesday, 15 villages were still cut off.", "15", (0, 600)),
        ("Four people are now confirmed dead, the governor said Tuesday morning.", "Four", (300, 720)),
    ],
)
def test_a_counts_time_of_day_is_read_as_a_moment_of_its_day(tmp_path, sentence, figure, moment):
    assert _count_moment(tmp_path, sentence, figure) == moment


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # the time an event's verb takes is the event's
        ("The storm struck at 4:15pm, and 12 boats sank in the harbour.", "12"),
        ("A fire broke out around 6 am in the shelter, where 40 people slept.", "40"),
        # no time of day
        ("Officials said 23 people were missing on Tuesday.", "23"),
        # a time in a later clause that does not report the count
        ("Police found 14 cars in the river, and the road reopened at 6 pm.", "14"),
    ],
)
def test_a_time_that_is_not_the_counts_moment_gives_none(tmp_path, sentence, figure):
    assert _count_moment(tmp_path, sentence, figure) is None


QUARTER_RULE = """
rules:
  - id: revenue
    title: Quarterly revenue
    kind: quantity
    select: {sentence: [revenue]}
    compare: {tolerance: "1%", time: same}
"""


def test_figures_of_two_different_quarters_are_not_compared_and_two_of_one_quarter_are(tmp_path):
    corpus = article(
        "Carmaker results",
        "Valley Courier",
        "Nov 5 2025",
        "The carmaker's revenue was 14.2 billion euros in the third quarter.",
    )
    corpus += article(
        "Carmaker sales slow",
        "Hill Gazette",
        "Nov 6 2025",
        "The carmaker's revenue was 13.1 billion euros in the second quarter.",
    )
    report, _ = run(tmp_path, corpus, QUARTER_RULE)
    assert not flagged(report, "revenue")
    corpus += article(
        "Carmaker quarter",
        "Bay Times",
        "Nov 6 2025",
        "Third-quarter revenue at the carmaker came to 15.0 billion euros.",
    )
    report, _ = run(tmp_path, corpus, QUARTER_RULE)
    assert flagged(report, "revenue") == [{"14.2 billion euros", "15.0 billion euros"}]


def test_a_half_year_figure_is_not_compared_with_a_quarter_or_with_another_half(tmp_path):
    rule = QUARTER_RULE.replace("revenue]", "passengers]")
    corpus = article(
        "Airline traffic",
        "Valley Courier",
        "Aug 20 2024",
        "The airline carried 30.5 million passengers in the first half of 2024.",
    )
    corpus += article(
        "Airline grows",
        "Hill Gazette",
        "Aug 21 2024",
        "The airline flew 16.0 million passengers in the second quarter of 2024.",
    )
    corpus += article(
        "Airline traffic up",
        "Bay Times",
        "Aug 21 2024",
        "The airline carried 27.9 million passengers in the first half of 2023.",
    )
    report, _ = run(tmp_path, corpus, rule)
    assert not flagged(report, "revenue")
    corpus += article(
        "Airline H1", "Coast Herald", "Aug 22 2024", "In H1 2024 the airline carried 32.0 million passengers."
    )
    report, _ = run(tmp_path, corpus, rule)
    assert flagged(report, "revenue") == [{"30.5 million", "32.0 million"}]


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("2025-Q3", "2025-Q3", True),
        ("2025-Q3", "2025-Q2", False),
        ("2025-Q3", "2024-Q3", False),
        ("2025-Q3", "2025", True),  # a quarter lies within its year
        ("2024-H1", "2024", True),
        ("2024-H1", "2024-H2", False),
        ("2024-H1", "2024-Q1", False),
        ("2025-Q3", "2025-08", False),
    ],
)
def test_a_quarter_or_half_is_its_own_frame_within_its_year(one, other, same):
    published = dt.date(2026, 3, 1)
    a, b = figure(published, as_of=one, time="x"), figure(published, as_of=other, time="y")
    assert same_frame(frame_of(a), frame_of(b)) is same


def _frame(tmp_path, sentence: str, figure: str) -> Frame:
    from claimcheck.corpus import load_corpus
    from claimcheck.extract import extract

    # Tuesday 3 March 2026
    (tmp_path / "a.txt").write_text(article("Storm news", "Coast Daily", "Mar 3 2026", sentence), encoding="utf-8")
    claims = extract(load_corpus([tmp_path / "a.txt"]))
    (claim,) = [c for c in claims if isinstance(c, QuantityClaim) and c.text == figure]
    return frame_of(claim)


def _frame_clock(tmp_path, sentence: str, figure: str) -> tuple[str, tuple[int, int] | None]:
    frame = _frame(tmp_path, sentence, figure)
    return frame.period, frame.clock


@pytest.mark.parametrize(
    ("sentence", "figure", "period", "clock"),
    [
        # the evening of another day is the event's time, not the moment of the count Tuesday's paper gives
        ("Twelve boats have sunk since the storm hit the harbour on Monday evening.", "Twelve", "2026-03-03", None),
        (
            "Thirty cattle have died after floodwater swept through the valley Monday evening.",
            "Thirty",
            "2026-03-03",
            None,
        ),
        # a time of day that names the count's own day is its moment
        ("Twelve boats had sunk by Tuesday evening, the coastguard said.", "Twelve", "2026-03-03", (1080, 1380)),
        ("Twelve boats had sunk by Monday evening, the coastguard said.", "Twelve", "2026-03-02", (1080, 1380)),
        ("Officials counted 30 injured late yesterday.", "30", "2026-03-02", (1080, 1440)),
        ("By Tuesday 4pm, 11 people were missing.", "11", "2026-03-03", (960, 960)),
    ],
)
def test_a_time_of_day_that_names_another_day_is_not_the_counts_moment(tmp_path, sentence, figure, period, clock):
    assert _frame_clock(tmp_path, sentence, figure) == (period, clock)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two figures of one day that one counter is said to give still disagree: an outlet may have misquoted it,
        # and no word says the count rose
        ("The Red Cross said 18 people died in the landslide.", "The Red Cross said 45 people died in the landslide."),
        # nor are two bodies whose names share words one counter
        (
            "The Ministry of Health said 18 people died in the landslide.",
            "The Ministry of Interior said 45 people died in the landslide.",
        ),
        (
            "Mayor Ana Ruiz said 18 people died in the landslide.",
            "Mayor Luis Ruiz said 45 people died in the landslide.",
        ),
    ],
)
def test_two_figures_of_one_day_said_to_come_from_one_counter_still_disagree(tmp_path, first, second):
    corpus = landslide("Mar 5 2024", first, "Valley Courier") + landslide("Mar 5 2024", second, "Hill Gazette")
    report, _ = run(tmp_path, corpus, TOLL_RULE)
    assert flagged(report, "toll") == [{"18", "45"}]


@pytest.mark.parametrize(
    ("sentence", "figure", "period"),
    [
        # a count since a recent day is what the days since then added, up to the article's day (Tuesday 3 March
        # 2026), not the story's whole count as it stands that day: a frame of its own, the count since that day
        (
            "Doctors in Belgrade have treated 46 people for frostbite since Monday.",
            "46",
            ("2026-03-03", "since 2026-03-02"),
        ),
        ("Doctors have treated 120 people for frostbite since the freeze began.", "120", ("2026-03-03", "")),
        ("Police have arrested 212 protesters since Sunday.", "212", ("2026-03-03", "since 2026-03-01")),
        ("Rescuers have pulled 30 people from cars since Monday at noon.", "30", ("2026-03-03", "since 2026-03-02")),
        ("Rescuers have pulled 30 people from cars since Monday at 6 p.m.", "30", ("2026-03-03", "since 2026-03-02")),
        (
            "Rescuers have pulled 30 people from cars since midnight on Sunday.",
            "30",
            ("2026-03-03", "since 2026-03-01"),
        ),
        ("Crews have cleared 40 roads since late on Sunday.", "40", ("2026-03-03", "since 2026-03-01")),
        # a day an event of its own dates after "since" is that event's: no span from it
        ("Rescuers have pulled 30 people from cars since the river rose on Sunday.", "30", ("2026-03-01", "")),
        ("The toll has risen by 30 since Monday's 6 a.m. update.", "30", ("2026-03-03", "since 2026-03-02")),
        ("The toll has risen by 30 since Monday evening's update.", "30", ("2026-03-03", "since 2026-03-02")),
        # a count in a clause that ranks the day against the one since then keeps that span apart too, and a count
        # since the start of a spell is no count of the span a later "since" opens: the day the spell began dates
        # it, as the river's rising above ("and 5 more" is a count, no day of a list)
        (
            "It was the deadliest day since February 10, with 17 people killed.",
            "17",
            ("2026-03-03", "since 2026-02-10"),
        ),
        (
            "Twenty people have died since the cold snap began on February 1 and 5 more since Sunday.",
            "Twenty",
            ("2026-02-01", ""),
        ),
    ],
)
def test_a_count_since_a_recent_day_is_no_count_of_the_articles_day(tmp_path, sentence, figure, period):
    frame = _frame(tmp_path, sentence, figure)
    assert (frame.period, frame.partial) == period


@pytest.mark.parametrize(
    ("first", "second", "want"),
    [
        # two pages of one day that count since the same day disagree
        (
            ("Mar 5 2024", "Eighteen people have died since Sunday in the landslide."),
            ("Mar 5 2024", "Forty-five people have died since Sunday in the landslide."),
            [{"Eighteen", "Forty-five"}],
        ),
        # a later page's count since the same day is a later stage
        (
            ("Mar 4 2024", "Eighteen people have died since Sunday in the landslide."),
            ("Mar 6 2024", "Forty-five people have died since Sunday in the landslide."),
            [],
        ),
        # a count since a day is not the story's whole count of the page's day
        (
            ("Mar 5 2024", "Eighteen people have died since Sunday in the landslide."),
            ("Mar 5 2024", "Forty-five people died in the landslide."),
            [],
        ),
        # nor a count of the day the span opens on
        (
            ("Mar 5 2024", "Eighteen people have died since Sunday in the landslide."),
            ("Mar 5 2024", "Forty-five people died on Sunday in the landslide."),
            [],
        ),
    ],
)
def test_counts_since_a_day_compare_on_their_pages_day(tmp_path, first, second, want):
    corpus = landslide(first[0], first[1], "Valley Courier") + landslide(second[0], second[1], "Hill Gazette")
    report, _ = run(tmp_path, corpus, TOLL_RULE)
    assert flagged(report, "toll") == want
