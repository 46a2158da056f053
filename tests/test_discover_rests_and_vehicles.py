"""Counts that are the rest of the people beside a kind, or a sex of them, the vehicles something fell on, those
on a conveyance, the size a number joined to a noun gives each thing, and an age beside a count."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.rules.facts import facts_of

from .test_discover import _corpus, discovered, texts
from .test_selection import article, flagged, run


def _findings(tmp_path: Path, *articles: tuple[str, str, str]) -> list[str]:
    """The discovery report's findings, as their figures, on articles (outlet, date, text) of one story."""
    path = _corpus(tmp_path, *((f"Story {i}", outlet, day, text) for i, (outlet, day, text) in enumerate(articles)))
    return [texts(f) for f in discovered(path)[2].findings]


@pytest.mark.parametrize(
    "breakdown",
    [
        # a breakdown by sex, each sex its own part however it is written
        "One woman and four men died when the coach left the mountain road near Tarvel on Sunday.",
        "The coach left the mountain road near Tarvel on Sunday; one female and four males were dead at the scene.",
        # a kind and the rest of the people, in general words
        "Two mechanics who were under the coach and three people in a passing car were killed near Tarvel on Sunday.",
        # the rest of a whole after a part picked from it
        "Two of the dead were mechanics while the three others killed were passengers of the coach near Tarvel.",
    ],
)
def test_the_parts_of_the_dead_are_never_the_toll(tmp_path, breakdown):
    whole = "A coach left the mountain road near Tarvel on Sunday, killing five people."
    assert _findings(tmp_path, ("Daily One", "Jun 2 2024", whole), ("Daily Two", "Jun 2 2024", breakdown)) == []


def test_a_general_count_the_kinds_add_up_to_stays_the_whole(tmp_path):
    # "Four people died: two mechanics and two drivers": the people are the whole, set against another toll
    whole = "Four people died near Tarvel on Sunday when the coach crashed: two mechanics and two drivers."
    other = "A coach crashed near Tarvel on Sunday, killing six people."
    found = _findings(tmp_path, ("Daily One", "Jun 2 2024", whole), ("Daily Two", "Jun 2 2024", other))
    assert found == ["Four | six"], found


def test_those_taken_to_a_hospital_are_a_part_of_the_injured(tmp_path):
    hurt = "The gas explosion at the bakery on Tuesday injured seven people."
    taken = "Three others were taken to a local hospital after the gas explosion at the bakery on Tuesday."
    assert _findings(tmp_path, ("Daily One", "May 7 2024", hurt), ("Daily Two", "May 7 2024", taken)) == []


def test_the_vehicles_something_fell_on_are_compared(tmp_path):
    first = "The storm toppled a billboard in Ardley on Monday, crushing four cars parked below."
    second = "Three cars were crushed when the billboard fell in Ardley on Monday."
    found = _findings(tmp_path, ("Daily One", "Mar 4 2024", first), ("Daily Two", "Mar 4 2024", second))
    assert found == ["Three | four"], found


def test_those_on_the_conveyance_are_who_was_aboard(tmp_path):
    first = "There were about 90 people on the train when it derailed near Ostby on Friday."
    second = "The derailment near Ostby on Friday: there were about 140 people on the train at the time."
    found = _findings(tmp_path, ("Daily One", "Aug 9 2024", first), ("Daily Two", "Aug 9 2024", second))
    assert found == ["about 140 | about 90"], found


@pytest.mark.parametrize(
    ("sentence", "figure", "fact", "present"),
    [
        # a number joined to a noun before another noun is each thing's size: the gondolas carry no one counted
        ("Five two-passenger gondolas fell from the cable on Sunday.", "Five", "aboard", False),
        ("Three 40-seat buses collided on the ring road.", "Three", "aboard", False),
        # the size itself keeps its own fact
        ("Five two-passenger gondolas fell from the cable on Sunday.", "two-passenger", "capacity", True),
        # and a count of people on board stays theirs
        ("The ferry was carrying 212 passengers when it sank.", "212", "aboard", True),
    ],
)
def test_a_number_joined_to_a_noun_is_the_size_of_each_thing(tmp_path, sentence, figure, fact, present):
    path = _corpus(tmp_path, ("News", "Daily One", "Jun 9 2024", sentence))
    facts = [facts_of(c) for c in discovered(path)[1] if c.kind == "quantity" and c.text == figure]
    assert facts and all((fact in found) == present for found in facts), facts


VEHICLE_RULE = """
rules:
  - id: buses
    title: Buses in the depot fire
    kind: quantity
    select: {sentence: [buses, fire], value: [1, 20]}
    compare: {tolerance: "0", time: any, stories: any}
"""


def test_an_age_is_never_set_against_a_count(tmp_path):
    corpus = article(
        "Depot fire",
        "Daily One",
        "Oct 2 2024",
        "The depot fire destroyed five buses; a driver's 3-month-old son was unhurt.",
    ) + article("Depot fire", "Daily Two", "Oct 2 2024", "The fire at the depot destroyed six buses.")
    report, _ = run(tmp_path, corpus, VEHICLE_RULE)
    assert flagged(report, "buses") == [{"five", "six"}], flagged(report, "buses")
