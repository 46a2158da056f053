"""A date that departs from the day the other sources agree on is reported against the source that writes
that day out ("on June 8"), before one that works it out from a weekday ("on Sunday")."""

from __future__ import annotations

import pytest

from .test_selection import article, run

WAREHOUSE_RULE = """
rules:
  - id: fire-date
    title: Day the warehouse fire broke out
    kind: date
    select: {event: [fire, blaze, warehouse]}
    compare: {tolerance: 0}
"""

LANDSLIP_RULE = """
rules:
  - id: landslip-date
    title: Day the hillside gave way
    kind: date
    select: {event: [landslip, hillside, gave way]}
    compare: {tolerance: 0}
"""


@pytest.mark.parametrize(
    ("corpus", "rule", "outlier", "written"),
    [
        (
            article(
                "Warehouse fire",
                "Port Herald",
                "Jun 10 2025",
                "Residents said the warehouse fire broke out on Saturday.",
            )
            + article(
                "Warehouse fire", "City Lens", "Jun 10 2025", "Residents said the warehouse fire broke out on Sunday."
            )
            + article(
                "Warehouse fire", "Dock Times", "Jun 11 2025", "Crews fought the blaze at the warehouse from June 8."
            ),
            WAREHOUSE_RULE,
            "Saturday",
            "June 8",
        ),
        (
            article("Road shut", "Hill Post", "Feb 6 2026", "Villagers said the hillside gave way on Monday.")
            + article("Road shut", "Vale News", "Feb 6 2026", "Villagers said the hillside gave way on Tuesday.")
            + article("Road shut", "Ridge Daily", "Feb 7 2026", "Engineers mapped the landslip of 3 February."),
            LANDSLIP_RULE,
            "Monday",
            "3 February",
        ),
    ],
)
def test_an_outlying_day_is_reported_against_the_day_a_source_writes_out(tmp_path, corpus, rule, outlier, written):
    report, _ = run(tmp_path, corpus, rule)
    [finding] = report.findings
    assert [c.text for c in finding.claims] == [outlier, written]
