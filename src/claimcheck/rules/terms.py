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


@lru_cache(maxsize=65536)
def term_words(text: str) -> tuple[str, ...]:
    """The words of `text` as rule words are matched: `words_of`, with each number word written in digits."""
    numbers = lexicon().number_words
    return tuple(str(numbers[w]) if w in numbers else w for w in words_of(text))
