from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.checks.base import compare_intervals
from claimcheck.corpus import load_corpus
from claimcheck.engine.pipeline import check
from claimcheck.extract import extract
from claimcheck.extract.qualifiers import interval_of
from claimcheck.models import Interval
from claimcheck.rules import load_rules

from .conftest import RULES, SEEDS


def slack(percent: float):
    return lambda magnitude: magnitude * percent / 100


values = st.floats(min_value=0, max_value=1e7, allow_nan=False)


@st.composite
def intervals(draw):
    point = draw(values)
    shape = draw(st.sampled_from(["exact", "lower", "above", "upper", "under", "nearly", "range", "approx"]))
    if shape in ("lower", "above", "upper", "under", "nearly", "approx"):
        return interval_of(point, {"nearly": "below"}.get(shape, shape))
    if shape == "range":
        return Interval(low=point, high=point + draw(values))
    return Interval(point=point, low=point, high=point)


@given(intervals(), intervals(), st.floats(min_value=0, max_value=50))
def test_agreement_is_symmetric(a, b, tolerance):
    assert compare_intervals(a, b, slack(tolerance)).verdict == compare_intervals(b, a, slack(tolerance)).verdict


@given(intervals(), st.floats(min_value=0, max_value=50))
def test_an_interval_agrees_with_itself(a, tolerance):
    assert compare_intervals(a, a, slack(tolerance)).verdict != "discrepancy"


@given(intervals(), intervals(), st.floats(min_value=0, max_value=50), st.floats(min_value=0, max_value=50))
def test_widening_tolerance_never_creates_a_finding(a, b, t1, t2):
    narrow, wide = sorted([t1, t2])
    if compare_intervals(a, b, slack(narrow)).verdict != "discrepancy":
        assert compare_intervals(a, b, slack(wide)).verdict != "discrepancy"


@given(values, values)
def test_a_lower_bound_never_disagrees_with_a_value_above_it(bound, extra):
    at_least = Interval(point=bound, low=bound)
    above = Interval(point=bound + extra, low=bound + extra, high=bound + extra)
    assert compare_intervals(at_least, above, slack(0)).verdict == "compatible-bound"


@given(st.floats(min_value=1, max_value=1e7), st.floats(min_value=0.001, max_value=0.5), st.floats(0, 1000))
def test_an_exact_figure_beyond_a_stated_bound_disagrees_whatever_the_tolerance(bound, shortfall, tolerance):
    exact_below = Interval(point=bound * (1 - shortfall), low=bound * (1 - shortfall), high=bound * (1 - shortfall))
    for stated in (interval_of(bound, "lower"), interval_of(bound, "above")):
        result = compare_intervals(stated, exact_below, slack(tolerance))
        assert result.verdict == "discrepancy" and result.bound_broken
    exactly = Interval(point=bound, low=bound, high=bound)
    for stated in (interval_of(bound, "above"), interval_of(bound, "below"), interval_of(bound, "under")):
        assert compare_intervals(stated, exactly, slack(tolerance)).verdict == "discrepancy"
    assert compare_intervals(interval_of(bound, "lower"), exactly, slack(tolerance)).verdict != "discrepancy"


@given(st.floats(min_value=1, max_value=1e7), st.floats(min_value=0, max_value=0.05))
def test_an_approximate_figure_beyond_a_bound_agrees_within_the_tolerance(bound, shortfall):
    about = interval_of(bound * (1 - shortfall), "approx")
    assert compare_intervals(interval_of(bound, "above"), about, slack(10)).verdict != "discrepancy"
    if shortfall > 0.001:
        assert compare_intervals(interval_of(bound, "above"), about, slack(0)).verdict == "discrepancy"


def test_two_bounds_that_exclude_each_other_disagree():
    at_most = interval_of(1_000_000, "upper")  # "as many as one million"
    more_than = interval_of(1_000_000, "above")  # "more than a million"
    assert compare_intervals(at_most, more_than, slack(50)).verdict == "discrepancy"
    assert compare_intervals(at_most, interval_of(1_000_000, "lower"), slack(0)).verdict == "compatible-bound"


def test_nearly_is_below_its_figure():
    nearly = interval_of(400, "below")
    assert compare_intervals(nearly, Interval(point=398, low=398, high=398), slack(0)).verdict != "discrepancy"
    assert compare_intervals(nearly, Interval(point=400, low=400, high=400), slack(10)).verdict == "discrepancy"
    assert compare_intervals(nearly, Interval(point=300, low=300, high=300), slack(10)).verdict == "discrepancy"
    colder = interval_of(-20, "below")  # "almost minus 20 degrees"
    assert colder.low == -20 and colder.low_end == "strict" and colder.high == -18


def test_qualifiers_decide_agreement():
    ten = slack(10)
    assert (
        compare_intervals(Interval(point=170, low=170), Interval(point=229, low=229, high=229), ten).verdict
        == "compatible-bound"
    )
    estimated = Interval(point=100000, low=100000, high=100000, approx=True)
    or_so = Interval(point=120000, low=120000, high=120000, approx=True)
    assert compare_intervals(estimated, or_so, ten).verdict == "discrepancy"
    assert compare_intervals(Interval(point=100000, low=100000), or_so, ten).verdict == "compatible-bound"


@pytest.fixture(scope="module")
def seed_report():
    documents = load_corpus([SEEDS])
    return check(documents, extract(documents), load_rules([RULES]))


def _texts(finding):
    return sorted(c.text for c in finding.claims)


def test_seed_findings(seed_report):
    by_rule = {}
    for f in seed_report.findings:
        by_rule.setdefault(f.rule, []).append(_texts(f))
    exodus = [" | ".join(pair) for pair in by_rule["exodus-count"]]
    assert any("120,000 or so" in pair and "100,000" in pair.replace("120,000", "") for pair in exodus)
    assert ["120,000 or so", "65,000"] in by_rule["population-before-exodus"] or [
        "65,000",
        "about 120,000",
    ] in by_rule["population-before-exodus"]
    assert ["Sept. 20", "September 19"] in by_rule["offensive-start"]
    assert len(by_rule["offensive-start"]) == 1, "one outlier against the date two sources agree on"
    assert ["Samvel Shahramanyan", "Samvel Shakhramanyan"] in by_rule["name-spelling"]
    for f in seed_report.findings:
        assert f.severity in ("warning", "error") and f.message and len(f.id) == 16


def test_seed_non_findings(seed_report):
    flagged = [" | ".join(_texts(f)) for f in seed_report.findings]
    assert not any("At least 170" in f and "229" in f for f in flagged)
    greater = ["more than 100,000", "Over 100,000"]
    assert not any(sum(g in f for g in greater) >= 1 and "An estimated 100,000" in f for f in flagged)
    assert not any("Arutyunyan" in f for f in flagged)
    assert not any("Stepanakert" in f for f in flagged)
    assert not any("January 1, 2024" in f for f in flagged)
    verdicts = {v.rule: v.verdict for v in seed_report.verdicts}
    assert verdicts["explosion-deaths"] == "compatible-bound"


def test_findings_do_not_depend_on_document_order():
    documents = load_corpus([SEEDS])
    rules = load_rules([RULES])
    shuffled = documents[:]
    random.Random(7).shuffle(shuffled)
    first = check(documents, extract(documents), rules)
    second = check(shuffled, extract(shuffled), rules)
    assert [f.id for f in first.findings] == [f.id for f in second.findings]
    assert [f.model_dump() for f in first.findings] == [f.model_dump() for f in second.findings]


PROTEST = """Thousands march against pension cuts

The Courier
March 5 2024

Organisers said 250,000 people marched in Lisbon on Tuesday. Police put the number at 80,000 people.

Unions march in Lisbon

Daily Wire
March 5 2024

Some 240,000 people marched in Lisbon on Tuesday, according to organisers.
"""

PROTEST_RULES = """
rules:
  - id: march-size
    title: Size of the Lisbon march
    kind: quantity
    severity: error
    select: {counted: [people, protesters], sentence: [marched, march, number]}
    compare: {tolerance: 10%, time: any, attributed: warning}
"""


def test_rule_format_carries_over_to_a_new_corpus(tmp_path):
    (tmp_path / "corpus.txt").write_text(PROTEST, encoding="utf-8")
    (tmp_path / "rules.yaml").write_text(PROTEST_RULES, encoding="utf-8")
    documents = load_corpus([tmp_path / "corpus.txt"])
    report = check(documents, extract(documents), load_rules([tmp_path / "rules.yaml"]))
    march = [f for f in report.findings if f.rule == "march-size"]
    assert march, "organisers and police disagree"
    pair = next(f for f in march if "80,000" in {c.text for c in f.claims})
    assert {c.source.lower() for c in pair.claims} == {"organisers", "police"}
    assert pair.attributed and pair.severity == "warning"
    assert not any({"250,000", "Some 240,000"} <= {c.text for c in f.claims} for f in march)


def test_units_compare_through_canonical_values(tmp_path):
    for name, front in [("One", "6 miles"), ("Two", "10 kilometres"), ("Three", "25 km")]:
        (tmp_path / f"{name}.md").write_text(
            f"---\ntitle: {name}\noutlet: {name}\ndate: 2024-04-01\n---\n"
            f"The fire spread along a front of {front} on Monday.\n",
            encoding="utf-8",
        )
    (tmp_path / "rules.yaml").write_text(
        "rules:\n  - {id: front, title: Fire front, kind: quantity, select: {unit: length, sentence: [fire]},"
        " compare: {tolerance: 5%}}\n",
        encoding="utf-8",
    )
    documents = load_corpus([tmp_path])
    report = check(documents, extract(documents), load_rules([tmp_path / "rules.yaml"]))
    flagged = [{c.text for c in f.claims} for f in report.findings if f.rule == "front"]
    assert {"6 miles", "10 kilometres"} not in flagged
    assert any("25 km" in pair for pair in flagged)


def test_same_quote_different_speaker_is_one_finding_per_departing_source():
    documents = load_corpus([Path(__file__).parent / "corpora" / "quote-speaker.txt"])
    report = check(documents, extract(documents), load_rules([]))
    [finding] = [f for f in report.findings if f.rule == "quote-speaker"]
    assert {c.speaker for c in finding.claims} == {"Dana Whitfield", "Omar Haddad"}


def test_a_speaker_whose_name_one_source_misspells_is_not_another_speaker(tmp_path):
    articles = [
        ("Harbour Echo", "Marta Kowalczyk", "Tomas Lindqvist"),
        ("Inland Ledger", "Marta Kowalczyk", "Tomas Lindqvist"),
        ("Ridge Weekly", "Marta Kowalczik", "Tomas Lindquist"),
        ("Delta Wire", "Marta Kowalczyk", "Omar Haddad"),
    ]
    for n, (outlet, architect, coach) in enumerate(articles):
        (tmp_path / f"{n}.md").write_text(
            f"---\ntitle: Bridge and stadium {n}\noutlet: {outlet}\ndate: 2025-06-0{n + 1}\n---\n"
            f'"The new bridge will carry trams across the river by spring," said architect {architect}.\n\n'
            f'"We lost the final in the last ten minutes of play," coach {coach} told reporters.\n',
            encoding="utf-8",
        )
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "quotes.yaml").write_text(
        "rules:\n"
        "  - {id: bridge-quote, title: Bridge, kind: quote, select: {sentence: [bridge]}}\n"
        "  - {id: final-quote, title: Final, kind: quote, select: {sentence: [final]}}\n",
        encoding="utf-8",
    )
    documents = load_corpus([tmp_path / f"{n}.md" for n in range(len(articles))])
    report = check(documents, extract(documents), load_rules([rules]))
    for rule in ("quote-speaker", "final-quote"):
        speakers = [{c.speaker for c in f.claims} for f in report.findings if f.rule == rule]
        assert speakers == [{"Tomas Lindqvist", "Omar Haddad"}], rule
    assert not [f for f in report.findings if f.rule == "bridge-quote"]
    spellings = [{c.text for c in f.claims} for f in report.findings if f.rule == "name-spelling"]
    assert {"Marta Kowalczyk", "Marta Kowalczik"} in spellings
    assert {"Tomas Lindqvist", "Tomas Lindquist"} in spellings


def test_a_verdict_gives_the_pairs_that_decided_it_and_no_more_than_ten():
    from claimcheck.checks import quantity
    from claimcheck.checks.pairs import NOTES_SHOWN
    from claimcheck.models import DocRef, QuantityClaim
    from claimcheck.rules.model import Rule

    def figure(n: int, value: float) -> QuantityClaim:
        doc = DocRef(id=f"d{n}", outlet=f"Outlet {n}", title="t", published="2024-05-02", path="a.md")
        return QuantityClaim(
            id=f"c{n}", doc=doc, text=f"{value:g}", sentence="s", path="a.md", line=n + 1, column=1, start=n, end=n + 1,
            value=Interval(point=value, low=value, high=value), counted="people",
        )  # fmt: skip

    rule = Rule(id="toll", title="Deaths", kind="quantity", select={"counted": ["people"]})
    agreeing = [figure(n, 100) for n in range(3)]
    (verdict,), _ = quantity.check(rule, agreeing + [figure(3 + n, 200 + 10 * n) for n in range(12)])
    assert verdict.verdict == "discrepancy"
    notes = verdict.reason.split("; ")
    assert all(note.startswith("discrepancy: ") for note in notes[:NOTES_SHOWN])
    assert notes[NOTES_SHOWN:] == [f"and {3 * 12 + 66 - NOTES_SHOWN} more"]  # 3×12 + 12·11/2 pairs disagree
    (verdict,), _ = quantity.check(rule, agreeing)
    assert verdict.verdict == "consistent" and "agree" in verdict.reason
