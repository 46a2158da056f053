"""The attribution patterns: compiled one by one when first asked for, their long word lists given as named lists
that match as the words joined by "|" would."""

from __future__ import annotations

import regex

from claimcheck.extract.quotes import _Patterns, _patterns

SENTENCES = (
    ", the deputy fire chief told reporters outside the burnt-out warehouse.",
    ", said the union spokeswoman, Ana Costa.",
    '," the returning officer said after the second recount.',
    ", according to the Electoral Commission of Ghana (ECG) Chairperson Jean Mensa.",
    ",\" the club said in a statement on the striker's transfer fee.",
    ", one of the protesters declared.",
    ", a local shopkeeper said.",
)


def _joined(pattern: str, lists: dict[str, list[str]]) -> str:
    """`pattern` with each named list written out as its words joined by "|"."""
    for name, words in lists.items():
        pattern = pattern.replace(rf"\L<{name}>", "|".join(regex.escape(w) for w in words))
    return pattern


def test_a_pattern_is_compiled_only_when_asked_for() -> None:
    shared = _patterns()
    patterns = _Patterns(shared._sources, shared._lists)
    assert not patterns._compiled
    assert isinstance(patterns["told"], regex.Pattern)
    assert list(patterns._compiled) == ["told"]
    assert patterns["told"] is patterns["told"]
    assert len(patterns) == len(shared) > 30


def test_named_lists_match_as_the_joined_words_do() -> None:
    patterns = _patterns()
    for name in ("description", "verb_then_who", "who_then_verb", "according_after", "closing"):
        pattern, flags = patterns._sources[name]
        assert r"\L<" in pattern
        joined = regex.compile(_joined(pattern, patterns._lists), flags)
        for sentence in SENTENCES:
            for text in (sentence, sentence.lstrip('," ')):
                ours, theirs = patterns[name].search(text), joined.search(text)
                assert (ours and ours.span(), ours and ours.groupdict()) == (
                    theirs and theirs.span(),
                    theirs and theirs.groupdict(),
                ), (name, text)


def test_a_title_from_the_list_reads_as_a_description() -> None:
    patterns = _patterns()
    assert "mayor" in patterns._lists["titles"]
    assert "Mayor" in patterns._lists["capitalised_titles"]
    assert patterns["description"].fullmatch("the deputy mayor")
    assert patterns["description"].fullmatch("the deputy mayor of") is None
