"""The quantity check finds the same verdicts and findings whether it compares every pair of a group one by one
or sweeps each class of figures by value: random groups, with open and strict ends, approximate figures,
units, sources, several figures in one article, stated days and every way of comparing."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.checks import quantity
from claimcheck.models import Canonical, DocRef, Interval, QuantityClaim
from claimcheck.rules.model import Compare, Rule, Select

DAY = dt.date(2025, 3, 10)
DOCS = [
    DocRef(id=f"d{i}", outlet=f"Outlet {i % 3}", title=f"Story {i}", path="c.txt", published=DAY + dt.timedelta(i % 2))
    for i in range(5)
]


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    value = draw(st.sampled_from([90.0, 95.0, 100.0, 100.0, 104.0, 110.0, 150.0, 0.0, -20.0]))
    shape = draw(st.sampled_from(["point"] * 6 + ["range", "at least", "more than", "nearly", "up to"]))
    approx = draw(st.booleans())
    if shape == "range":
        return Interval(point=value, low=value, high=value + draw(st.sampled_from([0.0, 5.0, 30.0])), approx=approx)
    if shape == "at least":
        return Interval(point=value, low=value, low_end="bound")
    if shape == "more than":
        return Interval(point=value, low=value, low_end="strict")
    if shape == "nearly":
        return Interval(point=value, low=value * 0.9, high=value, high_end="strict")
    if shape == "up to":
        return Interval(point=value, high=value, high_end="bound")
    return Interval(point=value, low=value, high=value, approx=approx)


def _claim(number: int, doc: DocRef, value: Interval, **fields: object) -> QuantityClaim:
    return QuantityClaim(
        id=f"c{number}",
        doc=doc,
        text=f"{value.point:,.0f}",
        sentence=fields.pop("sentence", "One sentence."),
        path="c.txt",
        line=number + 1,
        column=1,
        start=number * 10,
        end=number * 10 + 3,
        confidence=0.9,
        value=value,
        counted="people",
        predicate="displaced",
        **fields,
    )


@st.composite
def figures(draw: st.DrawFn, number: int) -> QuantityClaim:
    value = draw(intervals())
    unit = draw(st.sampled_from([None] * 5 + ["km"]))
    return _claim(
        number,
        draw(st.sampled_from(DOCS)),
        value,
        sentence=draw(st.sampled_from(["One sentence.", "Another sentence."])),
        unit=unit,
        canonical=Canonical(value=value, unit="meter") if unit else None,
        source=draw(st.sampled_from([None] * 4 + ["the police", "the Red Cross"])),
        time=draw(st.sampled_from([None] * 5 + ["so far"])),
        as_of=draw(st.sampled_from([None] * 6 + [(DAY + dt.timedelta(days=9)).isoformat(), "2024"])),
    )


compares = st.builds(
    Compare,
    tolerance=st.sampled_from(["10%", "0", "5", "written", "3%"]),
    time=st.sampled_from(["same", "any"]),
    grows=st.booleans(),
    stories=st.sampled_from(["same", "any"]),
    attributed=st.sampled_from(["same", "off", "info"]),
    report=st.sampled_from(["consensus", "pairs"]),
)


def _swept_and_every_pair(rule: Rule, claims: list[QuantityClaim]) -> tuple[object, object]:
    """The check's result as it sweeps classes by value, and as it compares every pair one by one (as a group past
    the limit is not)."""
    swept = quantity.check(rule, list(claims))
    limit = quantity.PAIRWISE_LIMIT
    quantity.PAIRWISE_LIMIT = -1
    try:
        return swept, quantity.check(rule, list(claims))
    finally:
        quantity.PAIRWISE_LIMIT = limit


@settings(max_examples=300, deadline=None)
@given(st.integers(2, 12).flatmap(lambda n: st.tuples(*(figures(i) for i in range(n)))), compares)
def test_sweeping_by_value_gives_what_comparing_every_pair_gives(claims, compare):
    rule = Rule(id="r", title="r", kind="quantity", select=Select(counted=["people"]), compare=compare)
    swept, every_pair = _swept_and_every_pair(rule, list(claims))
    assert swept == every_pair


def _figure(number: int, doc: DocRef, value: float, approx: bool = False) -> QuantityClaim:
    interval = Interval(point=value, low=value, high=value, approx=approx, low_end="estimate", high_end="estimate")
    return _claim(number, doc, interval)


def test_a_second_camp_is_the_same_whether_pairs_are_swept_or_visited():
    # "95" and "about 95" in two articles are no camp of one value, whether their pair was only counted as
    # agreeing or compared: the findings do not depend on how the pairs were visited
    first, second = DOCS[0], DOCS[1]
    claims = [
        _figure(0, first, 90),
        _figure(1, second, 90),
        _figure(2, second, 95),
        _figure(3, first, 95, approx=True),
        _figure(4, first, 100),
    ]
    rule = Rule(
        id="r",
        title="r",
        kind="quantity",
        select=Select(counted=["people"]),
        compare=Compare(tolerance="0", time="any"),
    )
    swept, every_pair = _swept_and_every_pair(rule, claims)
    assert swept == every_pair
    assert swept[1], "the group disagrees"
