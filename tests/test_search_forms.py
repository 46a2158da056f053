"""Searches that stand for a pattern compiled per document or per call: each gives what that pattern gives."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest
import regex

from claimcheck.extract.attribution import _may_hold
from claimcheck.extract.lexicon import lexicon
from claimcheck.extract.names import literal_matches
from claimcheck.extract.phrases import _reports
from claimcheck.extract.tokens import tokenize

_BEFORE = regex.compile(r"[\p{L}\p{M}'-]")
_AFTER = regex.compile(r"[\p{L}\p{M}-]")


def _by_alternation(text: str, literals: list[str]) -> list[tuple[int, int, str]]:
    alternation = "|".join(regex.escape(w) for w in literals)
    pattern = regex.compile(rf"(?<![\p{{L}}\p{{M}}'-])(?:{alternation})(?![\p{{L}}\p{{M}}-])")
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("text", "literals"),
    [
        # a chess report: surnames alone after the full names, a possessive, a hyphenated pair
        (
            "Gukesh beat Ding. Ding's reply came late; Ding-Gukesh was the pairing. Nepomniachtchi watched Ding.",
            ["Nepomniachtchi", "Gukesh", "Ding"],
        ),
        # a council story: one surname inside another ("Lee" in "Leeson"), accents, a name at the very end
        ("Leeson told Lee that Lee and Núñez would vote. Núñez", ["Leeson", "Núñez", "Lee"]),
        # a longer surname and a shorter one starting at the same place: the first listed wins
        ("Van Dyke and Van spoke", ["Van Dyke", "Van"]),
        # overlapping occurrences of one surname
        ("Anana anan Ana", ["Ana", "ana"]),
    ],
)
def test_literal_matches_give_what_the_alternation_of_their_literals_gives(text, literals):
    assert literal_matches(text, literals, _BEFORE, _AFTER) == _by_alternation(text, literals)


def test_literal_matches_agree_with_the_alternation_on_random_texts():
    rng = random.Random(7)
    alphabet = ["Ana", "Li", "Ola", "an", "-", "'", " ", ".", "é", "\u0301", "s"]
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        words = sorted({rng.choice(["Ana", "Li", "Ola", "Li Ola", "Anan", "a"]) for _ in range(3)}, key=len)
        literals = words[::-1]
        assert literal_matches(text, literals, _BEFORE, _AFTER) == _by_alternation(text, literals), (text, literals)


@pytest.mark.parametrize(
    "text",
    [
        "The regulator said on Friday that 40 flights were cancelled.",  # aviation
        "Turnout reached 61%, according to the electoral commission.",  # an election
        "The fleet of 12 trawlers returned to port.",  # fishing: no cue
        "SHARES FELL 3 PER CENT AS OF MONDAY.",  # capitals
        "Exports rose by this measure in the past year.",
    ],
)
def test_a_cue_search_finds_what_a_substring_test_finds(text):
    needles = ("said", "according to", "%", "per cent", "as of ", "in the past ", "by this ")
    for k in range(1, len(needles) + 1):
        for chosen in itertools.combinations(needles, k):
            assert _may_hold(text, chosen) == any(n in text.lower() for n in chosen)


@pytest.mark.parametrize(
    ("clause", "reports"),
    [
        ("the coast guard said on Sunday", True),  # a rescue at sea
        ("according to the league's statement", True),  # a football transfer
        ("the harvest was late this year", False),  # farming
        ("the museum reopened", False),
    ],
)
def test_a_clause_reports_when_a_speech_verb_or_an_attribution_phrase_is_among_its_words(clause, reports):
    tokens = tokenize(clause)
    lex = lexicon()
    words = f" {' '.join(t.lower for t in tokens)} "
    assert _reports(tokens) is reports
    assert _reports(tokens) == any(f" {p} " in words for p in (*lex.speech_verbs, *lex.attribution_phrases))


_PERIOD_TEXTS = [
    "Net profit fell in the third quarter of 2025 and in Q2 2024, the company said.",  # a bank's results
    "Rainfall in the April-June quarter and between January and June was the lowest since 1990.",  # weather
    "Fiscal 2024 sales and FY25 guidance; the year to March; the twelve months ended September.",
    "First-half revenue rose; H1 2024 and 2H23 margins; the first half of 2023.",
    "The quarter to June, the three months ended September 30, 2025, and the March quarter.",
    "Exports in the July to September period rose; the October–December quarter.",
    "The team lost the second half 2-1 in the season opener.",  # football: a half of a match
]


@pytest.mark.parametrize("text", _PERIOD_TEXTS)
def test_each_period_pattern_runs_only_where_its_cue_is_and_finds_the_same(text):
    from claimcheck.extract.periods import _month, _pattern_cues, _patterns

    for index, (pattern, cue) in enumerate(zip(_patterns(), _pattern_cues(), strict=True)):
        for m in pattern.finditer(text):
            if index == 3 and _month(m.group("m1")) % 3 != 1:
                continue  # a span of months that opens no quarter or half gives no period
            assert cue.search(text), (index, m.group())


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The ferry sailed on 22/04/23, the port said.", "2023-04-22"),  # shipping
        ("The vote was held over the weekend, officials said.", None),  # an election
        ("Dated 4.22.23, the letter reached the court.", None),
    ],
)
def test_a_date_whose_cue_is_its_separator_or_its_weekend_is_still_read(text, date):
    from claimcheck.extract.dates import find_dates

    found = find_dates(text, dt.date(2023, 4, 25), day_first=lambda: True)
    assert found, text
    if date:
        assert found[0].date == date


@pytest.mark.parametrize(
    ("lead", "low"),
    [
        (["Flash floods in the valley have killed at least 14 people, rescuers said."], 14.0),  # a flood
        (["The mine collapse left 9 dead.", "Crews worked through the night."], 9.0),  # a mine
        (["The council approved 40 new homes.", "Officials said 3 people died in the fire."], 3.0),
        (["Turnout was 61 percent in the vote."], None),  # an election: no toll
    ],
)
def test_a_toll_is_read_from_the_sentences_that_name_one(lead, low):
    from claimcheck.extract.article import headline_count

    toll = headline_count([(text, tokenize(text), 0) for text in lead])
    assert (toll.low if toll else None) == low
