"""Searches that stand for a pattern compiled per document or per call: each gives what that pattern gives."""

from __future__ import annotations

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
