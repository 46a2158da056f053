"""A count that grows through one day, reported at several times of that day ("by 4:15pm", "as of 10 a.m.",
"at noon", "by nightfall", "this evening", "early on Tuesday"): the time of day is part of the figure's frame. With
`grows: true` a later, higher figure is an update and a later, lower one a discrepancy unless the text says the
count was revised; figures of one stated time, or with no time of day, compare as they are."""

from __future__ import annotations

import pytest

from .test_selection import article, flagged, run, selected

BUS_RULE = """
rules:
  - id: toll
    title: Deaths in the bus crash
    kind: quantity
    select: {predicate: [died, dead, killed, toll]}
    compare: {tolerance: "0", time: same, grows: true}
"""

POISONING_RULE = """
rules:
  - id: sick
    title: Guests taken to hospital after the wedding meal
    kind: quantity
    select: {counted: [guests]}
    compare: {tolerance: "0", time: same, grows: true}
"""

MINE_RULE = """
rules:
  - id: toll
    title: Miners dead in the flooded mine
    kind: quantity
    select: {counted: [miners]}
    compare: {tolerance: "0", time: same, grows: true}
"""


def bus(outlet: str, *sentences: str) -> str:
    return article("Bus plunges into gorge", outlet, "Aug 12 2025", *sentences)


def wedding(outlet: str, *sentences: str) -> str:
    return article("Food poisoning at village wedding", outlet, "Nov 2 2025", *sentences)


def mine(outlet: str, *sentences: str) -> str:
    return article("Flooded coal mine", outlet, "Feb 10 2026", *sentences)  # a Tuesday


@pytest.mark.parametrize(
    ("corpus", "rule", "rule_id", "figures"),
    [
        (
            bus("Hill Times", "Nine passengers had died by 4:15pm, police said.")
            + bus("Valley Post", "The toll in the bus crash rose to 16 by 7:15pm."),
            BUS_RULE,
            "toll",
            {"Nine", "16"},
        ),
        (
            bus("Hill Times", "By 4.15pm, 12 passengers had died in the crash.")
            + bus("Valley Post", "At 19:40 police said 20 passengers had died in the crash."),
            BUS_RULE,
            "toll",
            {"12", "20"},
        ),
        (
            wedding("County Echo", "As of 10 a.m. local time, 23 guests had been taken to hospital.")
            + wedding("Plains Daily", "By nightfall, 41 guests had been taken to hospital."),
            POISONING_RULE,
            "sick",
            {"23", "41"},
        ),
        (
            wedding("County Echo", "At noon, 14 guests were in hospital after the meal.")
            + wedding("Plains Daily", "Later in the afternoon, 30 guests were in hospital after the meal."),
            POISONING_RULE,
            "sick",
            {"14", "30"},
        ),
        (
            mine("Coalfield News", "Early on Tuesday, rescuers said 6 miners had died underground.")
            + mine("Basin Herald", "By this evening, 11 miners had died underground, the company said."),
            MINE_RULE,
            "toll",
            {"6", "11"},
        ),
    ],
)
def test_a_higher_figure_at_a_later_time_of_the_same_day_is_an_update(tmp_path, corpus, rule, rule_id, figures):
    report, claims = run(tmp_path, corpus, rule)
    assert selected(report, rule_id, claims) >= figures
    assert not flagged(report, rule_id)


@pytest.mark.parametrize(
    ("corpus", "rule", "rule_id", "figures"),
    [
        # a lower figure at a later time of the day
        (
            bus("Hill Times", "By 9 a.m., 40 passengers had died in the crash.")
            + bus("Valley Post", "By 6 p.m., 32 passengers had died in the crash, police said."),
            BUS_RULE,
            "toll",
            {"40", "32"},
        ),
        (
            wedding("County Echo", "At noon, 30 guests were in hospital after the meal.")
            + wedding("Plains Daily", "In the evening, 22 guests were in hospital after the meal."),
            POISONING_RULE,
            "sick",
            {"30", "22"},
        ),
        # the same stated time
        (
            bus("Hill Times", "As of 10 a.m., 23 passengers had died in the crash.")
            + bus("Valley Post", "As of 10 a.m., 30 passengers had died in the crash."),
            BUS_RULE,
            "toll",
            {"23", "30"},
        ),
        (
            wedding("County Echo", "By noon, 14 guests were in hospital after the meal.")
            + wedding("Plains Daily", "By midday, 19 guests were in hospital after the meal."),
            POISONING_RULE,
            "sick",
            {"14", "19"},
        ),
        # no time of day on either side, as before
        (
            mine("Coalfield News", "Rescuers said 6 miners had died underground.")
            + mine("Basin Herald", "The company said 11 miners had died underground."),
            MINE_RULE,
            "toll",
            {"6", "11"},
        ),
        (
            bus("Hill Times", "Police said 40 passengers had died in the crash.")
            + bus("Valley Post", "Officials said 32 passengers had died in the crash."),
            BUS_RULE,
            "toll",
            {"40", "32"},
        ),
        # a time of day on one side only: the other may be of any moment of the day
        (
            mine("Coalfield News", "By this evening, 6 miners had died underground, rescuers said.")
            + mine("Basin Herald", "The company said 11 miners had died underground."),
            MINE_RULE,
            "toll",
            {"6", "11"},
        ),
        (
            wedding("County Echo", "As of 10 a.m., 30 guests were in hospital after the meal.")
            + wedding("Plains Daily", "Doctors said 22 guests were in hospital after the meal."),
            POISONING_RULE,
            "sick",
            {"30", "22"},
        ),
    ],
)
def test_a_lower_later_figure_or_figures_of_one_moment_disagree(tmp_path, corpus, rule, rule_id, figures):
    report, _ = run(tmp_path, corpus, rule)
    assert flagged(report, rule_id) == [figures]


@pytest.mark.parametrize(
    ("corpus", "rule", "rule_id"),
    [
        (
            bus("Hill Times", "By 9 a.m., 40 passengers had died in the crash.")
            + bus("Valley Post", "By 6 p.m., police revised the number of passengers who died to 32."),
            BUS_RULE,
            "toll",
        ),
        (
            wedding("County Echo", "At noon, 30 guests were in hospital after the meal.")
            + wedding("Plains Daily", "In the evening, doctors corrected the number of guests in hospital to 22."),
            POISONING_RULE,
            "sick",
        ),
    ],
)
def test_a_lower_later_figure_the_text_says_was_revised_is_a_correction(tmp_path, corpus, rule, rule_id):
    report, _ = run(tmp_path, corpus, rule)
    assert not flagged(report, rule_id)


@pytest.mark.parametrize(
    ("corpus", "rule", "rule_id", "figures"),
    [
        # the time an event's verb takes is the event's, not the moment of the count
        (
            bus("Hill Times", "A fire broke out at 6 am, and 12 passengers died in the crash.")
            + bus("Valley Post", "By 4pm, 18 passengers had died in the crash."),
            BUS_RULE,
            "toll",
            {"12", "18"},
        ),
        (
            mine("Coalfield News", "Water struck the lower shaft at 3:20 a.m., and 9 miners died underground.")
            + mine("Basin Herald", "As of 8 a.m., 5 miners had died underground."),
            MINE_RULE,
            "toll",
            {"9", "5"},
        ),
    ],
)
def test_the_time_of_an_event_is_not_the_moment_of_its_count(tmp_path, corpus, rule, rule_id, figures):
    report, _ = run(tmp_path, corpus, rule)
    assert flagged(report, rule_id) == [figures]
