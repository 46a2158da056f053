"""How badly people were hurt, counts given as they now stand, a day that names its event and a feast's name
before a noun, as `discover` and extraction read them."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.checks.frames import frame_of
from claimcheck.corpus import load_corpus
from claimcheck.extract import extract
from claimcheck.models import DateClaim, QuantityClaim

from .test_discover import _two_outlets, texts


def _claims(tmp_path: Path, body: str, day: str = "Jan 7 2025"):
    (tmp_path / "c.txt").write_text(f"News\n\nDaily One\n{day}\n\n{body}\n", encoding="utf-8")
    return extract(load_corpus([tmp_path / "c.txt"]))


# How badly they were hurt ("26 seriously injured", "were slightly injured", "including 12 critically", "nine of
# them badly") makes a count a part of the injured: compared with counts of that part, never with the whole.
HURT = [
    (
        "A bus overturned near Velden; police reported three dead and 26 seriously injured.",
        "The bus crash near Velden injured 90 people, police said.",
        [],
    ),
    (
        "Twelve passengers were slightly injured when the tram derailed in Oster.",
        "The tram derailment in Oster injured 40 people, the operator said.",
        [],
    ),
    (
        "The gas blast in Marlow injured 65 people, 12 of them critically, the mayor said.",
        "The gas blast in Marlow injured 65 people, officials said.",
        [],
    ),
    # the part against the part: a finding
    (
        "The gas blast in Marlow injured 65 people, including 12 critically.",
        "More than 30 people have been critically injured in the Marlow gas blast, the mayor said.",
        ["12 | More than 30"],
    ),
    (
        "The ferry fire off Kessa left two dead and 14 seriously injured.",
        "Twenty-five people were seriously injured in the ferry fire off Kessa.",
        ["14 | Twenty-five"],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), HURT)
def test_how_badly_people_were_hurt_makes_a_part_of_the_injured(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("sentence", "figure", "predicate"),
    [
        ("Twelve passengers were slightly injured when the tram derailed.", "Twelve", "slightly injured"),
        ("More than 200 have been seriously injured, the governor said.", "More than 200", "seriously injured"),
        ("Police reported three dead and 26 critically wounded.", "26", "critically wounded"),
        ("The blast injured 65 people, including 12 critically.", "12", "critically injured"),
    ],
)
def test_how_badly_is_part_of_what_befell_them(tmp_path, sentence, figure, predicate):
    (claim,) = [c for c in _claims(tmp_path, sentence) if isinstance(c, QuantityClaim) and c.text == figure]
    assert claim.predicate == predicate and claim.counted in (None, "passengers")


# A count given as it now stands ("four people are now dead") is a stage of its day: a higher count another
# outlet says the toll has risen to that day is an update, not a disagreement.
NOW = [
    (
        "Rescuers say four people are now dead after the flood in Brenn.",
        "The death toll from the flood in Brenn has risen to five, officials said.",
    ),
    (
        "Police are now reporting seven fatalities in the Arlo mine collapse.",
        "The toll of the Arlo mine collapse has climbed to nine.",
    ),
]


@pytest.mark.parametrize(("first", "second"), NOW)
def test_a_count_as_it_now_stands_is_an_earlier_stage_of_a_risen_one(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    assert report.findings == [], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        (
            "The death toll from the December 20 car-ramming attack in Brenn has climbed to six, as a woman died "
            "on January 6, officials said.",
            "six",
        ),
        ("The toll of the March 3 explosion at the Velka refinery has risen to 14, the company said.", "14"),
        ("The June 12 storm in Oster has left 40 people homeless, the council said.", "40"),
    ],
)
def test_a_day_that_names_its_event_is_not_the_day_of_a_count(tmp_path, body, figure):
    # "the December 20 attack": the day of the attack, not the day the toll of six is given for
    (claim,) = [c for c in _claims(tmp_path, body) if isinstance(c, QuantityClaim) and c.text == figure]
    assert claim.as_of is None and str(frame_of(claim)).startswith("2025-01")


@pytest.mark.parametrize(
    ("body", "dates"),
    [
        ("The toll rose to six following the Christmas market attack in Brenn.", []),
        ("Death toll rises to six following Christmas market attack in Brenn", []),
        ("Crowds packed the Easter egg hunt in Oster, police said.", []),
        ("The shop in Oster reopened on Christmas morning.", ["2024-12-25"]),
        ("The parade in Arlo was held last Easter.", ["2024-03-31"]),
    ],
)
def test_a_feast_s_name_before_a_noun_dates_nothing(tmp_path, body, dates):
    found = [c.value.date for c in _claims(tmp_path, body) if isinstance(c, DateClaim)]
    assert found == dates


def test_two_days_for_one_avalanche_are_a_finding(tmp_path):
    report = _two_outlets(
        tmp_path,
        "The avalanche near Alta struck on Tuesday, burying four climbers.",
        "The avalanche near Alta hit on Monday, the rescue service said.",
        "Feb 12 2025",
    )
    assert [texts(f) for f in report.findings] == ["Monday | Tuesday"], [f.message for f in report.findings]


def test_two_days_for_one_ramming_are_a_finding(tmp_path):
    report = _two_outlets(
        tmp_path,
        "A driver rammed a van into the carnival parade in Oster on Sunday afternoon, injuring 30.",
        "A driver rammed a van into the carnival parade in Oster on Saturday afternoon, police said.",
        "Feb 17 2025",
    )
    assert [texts(f) for f in report.findings] == ["Saturday | Sunday"], [f.message for f in report.findings]
