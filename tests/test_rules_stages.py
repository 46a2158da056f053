"""A growing count's stages within one day, as a rule with `grows: true` reads them: a figure given as the
mark the count has risen to, dated by its page alone, is an earlier stage of a higher figure of that day,
unless that higher figure is itself given as an early count or as a count that stays put, and so is any lower
figure of that day that says nothing of where the count stands against a higher one given as risen to; a figure the text
says the count rose to on a day it names is that day's count."""

from __future__ import annotations

import pytest

from .test_selection import article, flagged, run, selected

FERRY_RULE = """
rules:
  - id: toll
    title: Deaths in the ferry sinking
    kind: quantity
    select: {predicate: [died, dead, killed, drowned, toll]}
    compare: {tolerance: "0", time: same, grows: true}
"""

HEAT_RULE = """
rules:
  - id: toll
    title: Deaths in the heatwave
    kind: quantity
    select: {predicate: [died, dead, killed, deaths, toll]}
    compare: {tolerance: "0", time: same, grows: true}
"""


def ferry(outlet: str, *sentences: str) -> str:
    return article("Ferry capsizes off the coast", outlet, "May 4 2025", *sentences)


def heat(outlet: str, *sentences: str) -> str:
    return article("Heatwave grips the south", outlet, "Jul 19 2025", *sentences)


@pytest.mark.parametrize(
    ("corpus", "rule", "figures"),
    [
        (
            ferry("Harbour News", "The death toll from the ferry sinking has climbed to 23, the coast guard said.")
            + ferry("Island Post", "The sinking killed 31 people, divers said late in the day."),
            FERRY_RULE,
            {"23", "31"},
        ),
        (
            heat("Valley Daily", "The death toll from the heatwave rose to 140, health officials said.")
            + heat("Plains Herald", "At least 162 people have died in the heat, hospitals reported."),
            HEAT_RULE,
            {"140", "At least 162"},
        ),
        # a headline's present tense: "toll hits", "toll soars to"
        (
            ferry("Harbour News", "Ferry death toll hits 23 as divers search the hull.")
            + ferry("Island Post", "The toll from the ferry sinking has climbed to 31, divers said."),
            FERRY_RULE,
            {"23", "31"},
        ),
        (
            heat("Valley Daily", "Heatwave death toll soars to 140 as hospitals fill.")
            + heat("Plains Herald", "The heatwave toll has grown to 162 dead, hospitals reported."),
            HEAT_RULE,
            {"140", "162"},
        ),
        # a lower count that says nothing of where the count stands, against one the count has risen to: the
        # higher passed it on the way up
        (
            ferry("Harbour News", "Twenty-three people drowned in the sinking, the coast guard said.")
            + ferry("Island Post", "The toll from the ferry sinking has risen to 31, divers said."),
            FERRY_RULE,
            {"Twenty-three", "31"},
        ),
        (
            heat("Valley Daily", "At least 140 people died in the heat, health officials said.")
            + heat("Plains Herald", "Heatwave death toll jumps to 162 as hospitals fill."),
            HEAT_RULE,
            {"At least 140", "162"},
        ),
        # a time before the figure hides no "risen to" right before it
        (
            ferry("Harbour News", "The ferry sinking killed 8 people, the coast guard said.")
            + ferry("Island Post", "At a briefing at 12.30pm, divers said the toll from the sinking has risen to 12."),
            FERRY_RULE,
            {"8", "12"},
        ),
        # "in all likelihood" gives no whole count
        (
            ferry("Harbour News", "The ferry sinking has in all likelihood killed 23 people, the coast guard said.")
            + ferry("Island Post", "The toll from the ferry sinking has risen to 31, divers said."),
            FERRY_RULE,
            {"23", "31"},
        ),
    ],
)
def test_a_count_given_as_risen_to_is_an_earlier_stage_of_a_higher_one_that_day(tmp_path, corpus, rule, figures):
    report, claims = run(tmp_path, corpus, rule)
    assert selected(report, "toll", claims) >= figures
    assert not flagged(report, "toll")


@pytest.mark.parametrize(
    ("corpus", "rule", "figures"),
    [
        (
            ferry("Harbour News", "The death toll from the ferry sinking has climbed to 23, the coast guard said.")
            + ferry("Island Post", "The toll from the sinking remained at 31, divers said."),
            FERRY_RULE,
            {"23", "31"},
        ),
        (
            heat("Valley Daily", "The death toll from the heatwave rose to 140, health officials said.")
            + heat("Plains Herald", "An initial count put the heatwave toll at 162 dead."),
            HEAT_RULE,
            {"140", "162"},
        ),
        (
            ferry(
                "Harbour News", "The death toll from the ferry sinking climbed to 23 on Sunday, the coast guard said."
            )
            + ferry("Island Post", "The sinking killed 31 people, divers said."),
            FERRY_RULE,
            {"23", "31"},
        ),
        (
            heat("Valley Daily", "The heatwave death toll stood at 140, health officials said.")
            + heat("Plains Herald", "The heatwave toll has risen to 162, hospitals reported."),
            HEAT_RULE,
            {"140", "162"},
        ),
        # nor is one given as the whole count
        (
            ferry("Harbour News", "The ferry sinking killed a total of 23 people, the coast guard said.")
            + ferry("Island Post", "The toll from the ferry sinking has risen to 31, divers said."),
            FERRY_RULE,
            {"23", "31"},
        ),
        (
            ferry("Harbour News", "The ferry sinking has killed 23 people in all, the coast guard said.")
            + ferry("Island Post", "The toll from the ferry sinking has risen to 31, divers said."),
            FERRY_RULE,
            {"23", "31"},
        ),
        # a lower count the text says was revised is no stage the higher one passed
        (
            ferry("Harbour News", "The coast guard revised the death toll to 23, divers said.")
            + ferry("Island Post", "The toll from the ferry sinking has risen to 31, divers said."),
            FERRY_RULE,
            {"23", "31"},
        ),
    ],
)
def test_a_risen_count_against_a_higher_one_given_as_early_or_standing_or_a_lower_one_given_as_it_stands_disagree(
    tmp_path, corpus, rule, figures
):
    report, _ = run(tmp_path, corpus, rule)
    assert flagged(report, "toll") == [figures]


def test_an_early_stage_that_the_later_sources_contradict_is_one_finding_not_one_per_source(tmp_path):
    corpus = (
        ferry("Harbour News", "The death toll from the ferry sinking has risen to 31, the coast guard said.")
        + ferry("Island Post", "At least 31 people died in the sinking, divers said.")
        + ferry("Coast Weekly", "Thirty-one passengers were killed when the ferry went down.")
        + ferry("Gulf Times", "The sinking killed 31 people, the navy said.")
        + ferry("Bay Radio", "Twelve people drowned in the sinking, a rescuer said.")
    )
    report, claims = run(tmp_path, corpus, FERRY_RULE)
    assert selected(report, "toll", claims) >= {"31", "At least 31", "Thirty-one", "Twelve"}
    # the twelve passed on the way to 31 is no disagreement with the risen toll, but the three other sources break it
    with_twelve = [found for found in flagged(report, "toll") if "Twelve" in found]
    assert len(with_twelve) == 1, flagged(report, "toll")


def test_a_figure_its_page_gives_elsewhere_as_a_risen_mark_is_a_risen_mark(tmp_path):
    # the page says the count rose to 31 on Sunday; its plain "31 people" that day is that same mark, so a lower
    # mark of that Sunday on another page is an earlier stage, not a contradiction
    corpus = ferry("Harbour News", "The death toll from the ferry sinking rose to 23 on Sunday, the coast guard said.")
    corpus += ferry(
        "Island Post",
        "The death toll in the sinking of the ferry off the rocky northern cape climbed to 31 on Sunday.",
        "Divers said 31 people died in the sinking.",
    )
    report, claims = run(tmp_path, corpus, FERRY_RULE)
    assert selected(report, "toll", claims) >= {"23", "31"}
    assert not flagged(report, "toll")


def test_a_page_s_plain_figure_is_no_risen_mark_when_its_page_gives_no_such_mark_of_that_value(tmp_path):
    corpus = ferry("Harbour News", "The death toll from the ferry sinking rose to 23 on Sunday, the coast guard said.")
    corpus += ferry(
        "Island Post",
        "The death toll in the sinking of the ferry climbed to 29 on Sunday.",
        "Divers said 31 people died in the sinking.",
    )
    report, _ = run(tmp_path, corpus, FERRY_RULE)
    assert {"23", "31"} in flagged(report, "toll")
