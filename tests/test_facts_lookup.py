"""A figure's facts and phrases are looked up by first word: the lookups find what reading every phrase and every
fact of the lexicon finds, and a check step's per-claim memory gives what working each claim out again gives."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.checks import frames
from claimcheck.checks.frames import frame_of, remembered, replaced
from claimcheck.extract.words import words_of
from claimcheck.models import DocRef, Interval, QuantityClaim
from claimcheck.rules import facts

WORDS = [
    "the",
    "toll",
    "could",
    "reach",
    "may",
    "have",
    "died",
    "deaths",
    "death",
    "at",
    "least",
    "were",
    "not",
    "killed",
]


def _first_phrase_read_in_full(text: str, phrases: list[str]) -> str:
    """`_first_phrase` as every phrase read in turn gives it."""
    words = words_of(text)
    for phrase in phrases:
        needle = words_of(phrase)
        if needle and any(words[k : k + len(needle)] == needle for k in range(len(words) - len(needle) + 1)):
            return phrase
    return ""


phrases = st.lists(st.lists(st.sampled_from(WORDS), max_size=3).map(" ".join), max_size=8)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join), phrases)
def test_phrases_found_by_first_word_are_those_found_reading_them_all(text, listed):
    assert facts._first_phrase(text, listed) == _first_phrase_read_in_full(text, listed)


DOC = DocRef(id="d1", outlet="Outlet", title="Floods in the valley", path="c.txt", published=dt.date(2025, 5, 2))
SENTENCES = [
    "Floods have killed 40 people and injured 120 in the valley, officials said.",
    "The storm destroyed 300 homes and left 2,000 residents homeless on Tuesday.",
    "Some 15 miners were trapped after the collapse, and 3 of them have died.",
    "The fire, which broke out at a market, could kill 50 traders, a spokesman warned.",
    "A bridge of 450 metres was closed after 12 vehicles fell into the river.",
]
COUNTED = [None, "people", "residents", "homes", "miners", "traders", "vehicles", "survivors", "metres"]
PREDICATES = [None, "killed", "injured", "destroyed", "died", "trapped", "homeless", "closed", "evacuated"]


@st.composite
def figures(draw: st.DrawFn) -> QuantityClaim:
    sentence = draw(st.sampled_from(SENTENCES))
    text = draw(st.sampled_from([w for w in sentence.replace(",", " ").split() if w[:1].isdigit()]))
    counted, predicate = draw(st.sampled_from(COUNTED)), draw(st.sampled_from(PREDICATES))
    phrase = draw(st.sampled_from([None, sentence[: sentence.find(text) + len(text) + 12]]))
    return figure(sentence, text, counted, predicate, phrase)


def figure(
    sentence: str, text: str, counted: str | None, predicate: str | None, phrase: str | None = None, doc: DocRef = DOC
) -> QuantityClaim:
    """A figure of `doc`, with the value its digits write."""
    value = float(text.replace(",", ""))
    return QuantityClaim(
        id="c1",
        doc=doc,
        text=text,
        sentence=sentence,
        path=doc.path,
        line=1,
        column=1,
        start=0,
        end=len(text),
        confidence=0.9,
        value=Interval(point=value, low=value, high=value),
        counted=counted,
        predicate=predicate,
        phrase=phrase,
    )


@settings(max_examples=200, deadline=None)
@given(figures())
def test_facts_found_by_first_word_are_those_found_reading_every_fact(claim):
    found = facts.facts_of(claim)
    every = set(facts.lexicon().facts)
    original = facts._facts_named_in
    try:
        facts._facts_named_in = lambda text: every  # type: ignore[assignment]
        assert facts.facts_of(claim) == found
    finally:
        facts._facts_named_in = original  # type: ignore[assignment]


@settings(max_examples=50, deadline=None)
@given(figures())
def test_a_claim_s_frame_is_kept_only_while_a_check_step_runs(claim):
    alone = frame_of(claim), replaced(claim)
    with remembered():
        first = frame_of(claim)
        assert frame_of(claim) is first
        assert (first, replaced(claim)) == alone
        copy = claim.model_copy(update={"as_of": "2024"})  # another claim object: worked out for itself
        assert frame_of(copy) == frame_of.__wrapped__(copy)  # type: ignore[attr-defined]
    assert all(not memo for memo in frames._MEMOS)
    assert frame_of(claim) == first
