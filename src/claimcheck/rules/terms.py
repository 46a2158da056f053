"""Rule words matched in a text: tolerant of case, plurals, hyphens, accents, fuzzy spellings and of
numbers written in words or digits."""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz

from claimcheck.extract.lexicon import lexicon
from claimcheck.extract.words import words_of


def has_term(text: str | None, term: str, fuzzy: int = 100) -> bool:
    """Whether `term` (one or more words) occurs in `text`, tolerant of case, plurals, hyphens, accents, and
    of numbers written in words or digits ("two million" is "2 million")."""
    if not text:
        return False
    haystack, needle = term_words(text), term_words(term)
    if not needle:
        return False
    n = len(needle)
    if n == 1 and fuzzy == 100:
        return needle[0] in haystack
    for k in range(len(haystack) - n + 1):
        window = haystack[k : k + n]
        if window == needle:
            return True
        if fuzzy < 100 and fuzz.ratio(" ".join(window), " ".join(needle)) >= fuzzy:
            return True
    return False


def has_any_term(text: str | None, terms: tuple[str, ...]) -> bool:
    """Whether one of `terms` occurs in `text`, each read as `has_term` reads it (no fuzzy spelling), the words
    of `text` read once: a term of one word is looked up among them, only longer ones are matched in turn."""
    if not text:
        return False
    haystack = term_words(text)
    single, longer = _term_needles(terms)
    if not single.isdisjoint(haystack):
        return True
    return any(
        haystack[k : k + len(needle)] == needle for needle in longer for k in range(len(haystack) - len(needle) + 1)
    )


@lru_cache(maxsize=1024)
def _term_needles(terms: tuple[str, ...]) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """The words of `terms` as `has_term` matches them: those of one word, and the others; a term with no words is
    left out (it occurs nowhere)."""
    needles = [term_words(term) for term in terms]
    return frozenset(n[0] for n in needles if len(n) == 1), tuple(n for n in needles if len(n) > 1)


@lru_cache(maxsize=65536)
def term_words(text: str) -> tuple[str, ...]:
    """The words of `text` as rule words are matched: `words_of`, with each number word written in digits."""
    numbers = lexicon().number_words
    return tuple(str(numbers[w]) if w in numbers else w for w in words_of(text))
