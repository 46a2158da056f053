"""`not:` words and the subject a figure shares with the figure that opens its sentence."""

from __future__ import annotations

import pytest

from claimcheck.extract.figures import _after_last_turn, clause_lead
from claimcheck.extract.tokens import tokenize

from .test_selection import article, flagged, run, selected

TURNOUT_RULE = """
rules:
  - id: turnout
    title: Turnout in the capital
    kind: quantity
    select: {unit: percent, sentence: [turnout], not: [other, rural]}
    compare: {tolerance: "0", time: any}
"""

RESERVOIR_RULE = """
rules:
  - id: reservoir
    title: How full the main reservoir is
    kind: quantity
    select: {unit: percent, sentence: [full], not: [smaller, other]}
    compare: {tolerance: "0", time: any}
"""


@pytest.mark.parametrize(
    ("corpus", "rule", "kept", "left_out"),
    [
        (
            article("Polls close", "City Post", "Jun 2 2025", "Turnout in the capital reached 61%.")
            + article(
                "Polls close",
                "Daily Ledger",
                "Jun 2 2025",
                "Turnout in the capital was 61%. Three rural districts saw turnout of 48% and 52%.",
            ),
            TURNOUT_RULE,
            {"61%"},
            {"48%", "52%"},
        ),
        (
            article("Drought deepens", "Basin News", "Aug 8 2025", "The main reservoir is 34% full, engineers said.")
            + article(
                "Drought deepens",
                "Valley Star",
                "Aug 8 2025",
                "The main reservoir is 34% full. Two smaller reservoirs upstream were 12% and 20% full.",
            ),
            RESERVOIR_RULE,
            {"34%"},
            {"12%", "20%"},
        ),
    ],
)
def test_a_not_word_in_the_subject_a_sentence_opens_with_leaves_out_every_figure_said_of_it(
    tmp_path, corpus, rule, kept, left_out
):
    report, claims = run(tmp_path, corpus, rule)
    rule_id = report.verdicts[0].rule
    chosen = selected(report, rule_id, claims)
    assert kept <= chosen and not left_out & chosen
    assert not flagged(report, rule_id)


@pytest.mark.parametrize(
    ("sentence", "phrase", "lead"),
    [
        (
            "Two smaller reservoirs upstream were 12% and 20% full.",
            "20% full.",
            "Two smaller reservoirs upstream were 12% and",
        ),
        # the sentence does not open with a figure: the figure's own phrase is all
        ("A drone filmed the 2-mile convoy before a 40-tonne lorry hit it.", "40-tonne lorry hit it.", ""),
        # a clause break between the opening figure and this one: a new subject
        ("Forty people died and 12 were injured.", "12 were injured.", ""),
        ("Five boats sank, while 30 reached the harbour.", "30 reached the harbour.", ""),
    ],
)
def test_the_lead_of_a_figure_is_the_subject_of_a_sentence_that_opens_with_a_figure(sentence, phrase, lead):
    assert clause_lead(sentence, phrase) == lead


def test_a_turn_that_counts_only_after_a_comma_is_none_at_a_sentence_s_start():
    # "Yet" opening the text has no comma before it, whatever the text ends with
    tokens = tokenize("Yet 300 houses were saved,")
    assert _after_last_turn(tokens, 1) == 0
