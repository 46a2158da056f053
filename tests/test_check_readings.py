"""The readings the check step makes of a figure once (its facts, the part of the people it counts) give what
reading every fact word and every fact in turn gives, and what the same readings give outside a check step."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from types import SimpleNamespace
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.checks.frames import _REMEMBERING, _replaced_by_its_words, follows_a_place, remembered, replaced
from claimcheck.engine.tasks import _checked
from claimcheck.extract import words
from claimcheck.extract.lexicon import lexicon
from claimcheck.extract.words import may_stand_in
from claimcheck.models import DocRef, QuantityClaim
from claimcheck.rules import facts
from claimcheck.rules.terms import has_any_term, has_term

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


# Words that `words_of` writes otherwise than the text does ("organised" → "organized", "casualties" → "casualty"),
# words that hold others ("mayor", "willing"), and the first words of the phrases the readings look for.
PIECE_WORDS = [
    *[
        "the",
        "of",
        "a",
        "and,",
        "said;",
        "were",
        "(who)",
        "40",
        "1,200",
        "mayor",
        "willing",
        "byword",
        "earlier-than",
        "previously",
        "Could",
    ],
    *[
        "organised",
        "casualties",
        "studies",
        "at",
        "first",
        "will",
        "may",
        "be",
        "by",
        "sea",
        "on",
        "the",
        "spot",
        "on",
        "arrival",
        "plans",
        "to",
    ],
]
PHRASE_LISTS = [
    lexicon().projection_words,
    lexicon().earlier_words,
    lexicon().future_verbs,
    lexicon().means_words,
    lexicon().scene_words,
    ["organise", "casualty", "study", "by-election"],
]


@st.composite
def pieces(draw: st.DrawFn) -> tuple[str, str]:
    """A text and a text made of pieces of it, as the readings make them: cut anywhere, spans blanked out, the
    pieces joined with spaces or as they stand."""
    text = " ".join(draw(st.lists(st.sampled_from(PIECE_WORDS), max_size=12)))
    made = []
    for _ in range(draw(st.integers(1, 3))):
        start = draw(st.integers(0, len(text)))
        piece = text[start : draw(st.integers(start, len(text)))]
        if piece and draw(st.booleans()):
            blank = draw(st.integers(0, len(piece)))
            piece = piece[:blank] + " " + piece[draw(st.integers(blank, len(piece))) :]
        made.append(piece)
    return text, draw(st.sampled_from([" ", ""])).join(made)


@settings(max_examples=400, deadline=None)
@given(pieces(), st.sampled_from(PHRASE_LISTS))
def test_a_phrase_the_cheap_test_rules_out_stands_in_no_piece_of_the_text(made, phrases):
    text, piece = made
    if not may_stand_in(text, phrases):
        assert facts._first_phrase(piece, phrases) == ""
        assert facts._first_phrase(text, phrases) == ""


def test_the_cheap_test_rules_out_only_a_text_without_a_phrase_s_first_word():
    assert not may_stand_in("Officials counted 40 ballots in the town hall.", ["previously", "at first"])
    assert not may_stand_in("Ferries carried 300 cars to the island.", ["by sea", "by air"])
    assert may_stand_in("The count had previously been 40.", ["previously"])
    assert may_stand_in("The mayor said 40 homes flooded.", ["may"])  # inside a longer word: read in full
    # what `words_of` writes otherwise than the text: its start is looked for
    assert may_stand_in("The casualties rose to 12.", ["casualty"])
    assert may_stand_in("Unions organised 30 marches.", ["organise"])
    assert not may_stand_in("Unions held 30 marches.", [])


SUBJECT_SENTENCES = [
    "The toll could rise to 60 as rescuers search the collapsed mine, officials said.",
    "Officials had previously put the number of displaced residents at 4,000.",
    "The airline plans to cut 1,500 jobs by next spring.",
    "About 2,300 tourists were evacuated by sea from the island on Sunday.",
    "Fourteen climbers died on the spot and 3 more were found later.",
    "A court heard that the firm paid 12 workers less than the minimum wage.",
]


@st.composite
def subject_figures(draw: st.DrawFn) -> QuantityClaim:
    sentence = draw(st.sampled_from(SUBJECT_SENTENCES))
    numbers = [w.strip(",.") for w in sentence.split() if w[:1].isdigit()]
    text = draw(st.sampled_from(numbers or ["Fourteen"]))
    return _figure(sentence, text, draw(st.sampled_from(COUNTED)), draw(st.sampled_from(PREDICATES)))


READINGS = [facts.projection, facts._earlier, facts._still_to_come, facts._by_means, facts._on_the_spot]


@settings(max_examples=150, deadline=None)
@given(st.one_of(figures(), subject_figures()))
def test_readings_with_the_cheap_test_give_what_they_give_without_it(claim):
    cheap = [reading(claim) for reading in READINGS]
    with patch.object(facts, "may_stand_in", lambda text, phrases: True):
        assert [reading(claim) for reading in READINGS] == cheap


def test_the_readings_still_find_their_words_past_the_cheap_test():
    assert facts.projection(_figure(SUBJECT_SENTENCES[0], "60", None, "rise")) == "could rise"
    assert facts._earlier(_figure(SUBJECT_SENTENCES[1], "4,000", "residents", "displaced")) == "previously"
    assert facts._still_to_come(_figure(SUBJECT_SENTENCES[2], "1,500", "jobs", "cut")) == "will"
    assert facts._by_means(_figure(SUBJECT_SENTENCES[3], "2,300", "tourists", "evacuated")) == "by sea"
    assert facts.projection(_figure(SUBJECT_SENTENCES[5], "12", "workers", "paid")) == ""


@settings(max_examples=300, deadline=None)
@given(texts, st.lists(st.sampled_from([*TEXT_WORDS, *FACT_WORDS, "two million", "2 million", ""]), max_size=6))
def test_terms_read_together_are_found_as_each_read_alone(text, terms):
    assert has_any_term(text, tuple(terms)) == any(has_term(text, term) for term in terms)


def _unaccented_in_full(text: str) -> str:
    """Accents dropped by decomposing every text, ASCII or not."""
    decomposed = unicodedata.normalize("NFKD", text.translate(words._UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(), st.text(alphabet=st.characters(max_codepoint=127)), st.sampled_from(["Łódź", "Ærø"])))
def test_a_text_s_accents_are_dropped_as_decomposing_it_drops_them(text):
    assert words.unaccented(text) == _unaccented_in_full(text)


def test_ascii_is_kept_and_other_letters_lose_their_accents():
    assert words.unaccented("Flights to Oslo resumed at 9:40, the airline said.") == (
        "Flights to Oslo resumed at 9:40, the airline said."
    )
    assert words.unaccented("São Tomé, Zürich and Kraków") == "Sao Tome, Zurich and Krakow"
    assert words.unaccented("Đà Lạt") == "Da Lat"
    assert words.fold("Ærøskøbing’s 2,100 residents") == "æroskobing's 2,100 residents"


TO_PIECES = ["to", "To", "TO", "toward", " ", "  ", "\u00a0", "\t", "4.75%", "4.7", "5 km", "5 \u212am", "ſ", "s"]
FIGURE_TEXTS = ["4.75%", "4.7", "5 km", "$2.5bn", "ſ", "S", "İ", "i", " 12", "12"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TO_PIECES), max_size=5).map("".join), st.sampled_from(FIGURE_TEXTS))
def test_a_phrase_opening_with_to_and_the_figure_is_found_as_the_pattern_finds_it(phrase, text):
    pattern = re.match(rf"to\s+{re.escape(text)}", phrase, re.I) is not None
    assert facts._opens_with_to(phrase, text) == pattern


def test_a_level_after_a_change_opens_with_to_and_the_figure():
    assert facts._opens_with_to("to 4.75% from 5%", "4.75%")
    assert facts._opens_with_to("To $2.5BN", "$2.5bn")
    assert facts._opens_with_to("to 5 \u212am", "5 km")  # the Kelvin sign folds to "k", as a pattern folds it
    assert not facts._opens_with_to("to 4.7% from 5%", "4.75%")
    assert not facts._opens_with_to("toward 4.75%", "4.75%")
    assert not facts._opens_with_to("up 4.75%", "4.75%")


def test_a_count_joined_to_a_count_of_another_kind_is_read_from_one_pattern_per_noun():
    assert facts._listed_with_another_count(_figure("38 adults and 2 teenagers have died.", "38", "adults", "died"))
    assert facts._listed_with_another_count(
        _figure("The ship carried 120 tourists and 14 sailors.", "120", "tourists", "carried")
    )
    assert not facts._listed_with_another_count(
        _figure("38 adults and their families have left.", "38", "adults", "left")
    )
    assert not facts._listed_with_another_count(_figure("The ship carried 120 tourists.", "120", "tourists", None))
    assert facts._counted_and_another("adults") is facts._counted_and_another("adults")


def test_a_task_checks_its_block_with_the_readings_of_each_claim_kept():
    seen = []

    def run(claims):
        seen.append(_REMEMBERING[0])
        return [], []

    _checked(SimpleNamespace(id="t", run=run), [], lambda group: [], keep=False)  # type: ignore[arg-type]
    assert seen == [1]
    assert _REMEMBERING[0] == 0


@pytest.mark.parametrize(
    ("sentence", "text", "earlier"),
    [
        # a figure in an apposition after a comma ("…, the first of 10 …") is not given by the clause before it
        ("The Orsk stadium was originally due to open in March 2019, the first of 10 dates that slipped.", "10", False),
        ("The dam was initially planned for 2020, one of 12 projects now delayed.", "12", False),
        ("The bridge was first due in May, the last of 4 dates it missed.", "4", False),
        # the clause's own figure, or one after an earlier-stage word in its own stretch, stays an earlier stage
        ("Officials had initially put the toll at 19, the first of several counts.", "19", True),
        ("Police initially said 19 people died in Velden.", "19", True),
        ("The toll, initially 30, rose to 41 on Monday.", "30", True),
        # a comma that only sets off an earlier-stage word opens no apposition
        ("Initially, one of 30 passengers was reported missing.", "30", True),
        ("At first, one of 12 miners was said to be trapped.", "12", True),
    ],
)
def test_a_figure_in_an_apposition_is_no_earlier_stage_of_the_clause_before_it(sentence, text, earlier):
    assert replaced(_figure(sentence, text, None, None, sentence)) is earlier
