"""A time of day compared as written: "about" lets it move by a few minutes at any hour, not by a share of
the minutes since midnight."""

from __future__ import annotations

import pytest

from .test_selection import article, flagged, run

DERAILMENT_RULE = """
rules:
  - id: derailment-hour
    title: Hour the freight train derailed
    kind: quantity
    select: {counted: [time of day], sentence: [derailed]}
    compare: {tolerance: written, time: any}
"""

OUTAGE_RULE = """
rules:
  - id: outage-hour
    title: Hour the power went out
    kind: quantity
    select: {counted: [time of day], sentence: [power]}
    compare: {tolerance: written, time: any}
"""


def derailment(outlet: str, hour: str) -> str:
    return article("Freight train derails", outlet, "Oct 14 2025", f"The freight train derailed at {hour} on Monday.")


def outage(outlet: str, hour: str) -> str:
    return article("Blackout hits the city", outlet, "Jan 9 2026", f"The power went out at {hour}, the utility said.")


@pytest.mark.parametrize(
    ("corpus", "rule", "figures"),
    [
        (
            derailment("Rail Post", "about 4:10 p.m.") + derailment("Track News", "around 4:12 p.m."),
            DERAILMENT_RULE,
            [],
        ),
        (
            derailment("Rail Post", "about 4:10 p.m.") + derailment("Track News", "around 4:19 p.m."),
            DERAILMENT_RULE,
            [{"about 4:10 p.m.", "around 4:19 p.m."}],
        ),
        (
            outage("City Wire", "about 11:05 p.m.") + outage("Grid Times", "11:40 p.m."),
            OUTAGE_RULE,
            [{"about 11:05 p.m.", "11:40 p.m."}],
        ),
        (outage("City Wire", "about 11:05 p.m.") + outage("Grid Times", "11:07 p.m."), OUTAGE_RULE, []),
    ],
)
def test_an_approximate_time_of_day_moves_by_minutes_at_any_hour(tmp_path, corpus, rule, figures):
    report, _ = run(tmp_path, corpus, rule)
    rule_id = report.verdicts[0].rule
    assert flagged(report, rule_id) == figures


def test_the_gap_between_two_times_of_day_is_given_in_minutes(tmp_path):
    corpus = outage("City Wire", "about 11:05 p.m.") + outage("Grid Times", "11:40 p.m.")
    report, _ = run(tmp_path, corpus, OUTAGE_RULE)
    [finding] = report.findings
    assert "gap 35 min beyond what their wording allows" in finding.message, finding.message
