"""The readings the check step makes of a figure once (its facts, the part of the people it counts) give what
reading every fact word and every fact in turn gives, and what the same readings give outside a check step."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.checks.frames import _replaced_by_its_words, follows_a_place, remembered, replaced
from claimcheck.extract.lexicon import lexicon
from claimcheck.models import DocRef, QuantityClaim
from claimcheck.rules import facts

from .test_facts_lookup import figure

DOC = DocRef(id="d7", outlet="Wire", title="Blaze at a textile plant", path="w.txt", published=dt.date(2025, 9, 14))
SENTENCES = [
    "The blaze at the textile plant killed 23 workers and injured 61, the fire brigade said.",
    "Initially 14 employees were reported missing, but the toll later rose to 19.",
    "The ruling party won 162 of the 300 seats, while turnout fell from 71% to 64%.",
    "The club paid a fee of £48 million for the striker, who could earn £200,000 a week.",
    "A ferry carrying 173 passengers and 14 crew sank off the coast of a town of 9,000.",
    "Rescuers pulled 8 people alive from the rubble, and no deaths were reported.",
]
COUNTED = [None, "workers", "employees", "seats", "passengers", "crew", "people", "deaths"]
PREDICATES = [None, "killed", "injured", "missing", "won", "paid", "sank", "pulled"]
FACT_WORDS = sorted({word for name in lexicon().facts for word in lexicon().fact_words(name)})[:400]
TEXT_WORDS = ["the", "no", "not", "were", "at", "of", "non", "in", "plant", "town", "dead", "said"]


@st.composite
def figures(draw: st.DrawFn) -> QuantityClaim:
    sentence = draw(st.sampled_from(SENTENCES))
    numbers = [w.strip(",.%£") for w in sentence.split() if w.strip("£")[:1].isdigit()]
    text = draw(st.sampled_from(numbers))
    phrase = draw(st.sampled_from([None, sentence[max(sentence.find(text) - 20, 0) : sentence.find(text) + 20]]))
    return _figure(sentence, text, draw(st.sampled_from(COUNTED)), draw(st.sampled_from(PREDICATES)), phrase)


texts = st.lists(st.sampled_from([*TEXT_WORDS, *FACT_WORDS]), max_size=10).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(sorted(lexicon().facts)))
def test_a_fact_s_words_looked_up_by_first_word_are_those_read_one_by_one(text, fact):
    words = lexicon().fact_words(fact)
    assert facts._affirmed_any(text, facts._fact_terms(fact)) == any(facts._affirmed(text, w) for w in words)


@settings(max_examples=200, deadline=None)
@given(figures(), texts, st.sampled_from(sorted(lexicon().facts)))
def test_a_fact_stated_in_a_text_is_one_of_its_words_stated_there(claim, text, fact):
    after = lexicon().subject_fact_words.get(fact, [])
    one_by_one = any(
        facts._stated(claim, facts._after_figure(claim, text) if word in after else text, word)
        for word in lexicon().fact_words(fact)
    )
    assert facts._stated_in(claim, text, fact) == one_by_one


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted({row.dimension for row in lexicon().facts.values()})), st.data())
def test_the_facts_read_for_a_figure_keep_the_lexicon_s_order(dimension, data):
    named = set(data.draw(st.lists(st.sampled_from(sorted(lexicon().facts)), max_size=12)))
    read = facts._facts_to_read(dimension, named)
    expected = [
        (name, row)
        for name, row in lexicon().facts.items()
        if row.dimension == dimension and (row.beside or name in named)
    ]
    assert read == expected


@settings(max_examples=100, deadline=None)
@given(figures())
def test_a_figure_s_parts_are_the_same_inside_a_check_step_and_out(claim):
    alone = facts.people_parts(claim), facts.quantity_keys(claim), facts.projection(claim)
    with remembered():
        assert (facts.people_parts(claim), facts.quantity_keys(claim), facts.projection(claim)) == alone
        assert facts.people_parts(claim) == alone[0]  # read again from what the step kept


@settings(max_examples=100, deadline=None)
@given(figures())
def test_a_figure_is_replaced_only_by_its_words_and_never_after_a_place_of_it(claim):
    expected = _replaced_by_its_words(claim) and not follows_a_place(claim)
    assert replaced(claim) == expected


def _figure(
    sentence: str, text: str, counted: str | None, predicate: str | None, phrase: str | None = None
) -> QuantityClaim:
    return figure(sentence, text, counted, predicate, phrase, DOC)


def test_a_figure_that_opens_its_sentence_follows_no_place():
    assert not follows_a_place(_figure("9,000 live in the town of Mirna.", "9,000", "people", "live"))
    assert follows_a_place(_figure("The flood cut off a town of 9,000 on Monday.", "9,000", None, None))


def test_a_figure_of_no_fact_has_no_keys_and_no_parts():
    claim = _figure("The stadium has 41 gates on its north side.", "41", "gates", None)
    assert facts.facts_of(claim) == []
    assert facts.quantity_keys(claim) == []
    assert facts.people_parts(claim) == {}


def test_a_part_of_the_workers_killed_is_told_apart_from_the_whole():
    part = _figure("The blaze killed 23 workers, including 4 women.", "4", "women", "killed")
    whole = _figure("The blaze killed 23 workers, including 4 women.", "23", "workers", "killed")
    with remembered():
        assert facts.people_parts(part) == {"deaths": ("including women", False)}
        assert facts.people_parts(whole) == {"deaths": ("", False)}
