"""Tokens with their positions in the (normalised) text."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cache, partial
from typing import NamedTuple

from claimcheck.extract.token_pattern import TOKEN


@cache
def _token_pattern() -> re.Pattern[str]:
    """The tokens' pattern, where a multiple written as one word ("tenfold", "Threefold") is its number word and
    its ending (`multiple_endings`), as "ten-fold" is."""
    from claimcheck.extract.lexicon import lexicon  # the lexicon's own loading reads no tokens

    lex = lexicon()
    words = "|".join(sorted((re.escape(w) for w in lex.number_words if w.isalpha()), key=len, reverse=True))
    endings = "|".join(re.escape(e) for e in lex.multiple_endings)
    multiples = rf"|\b(?i:{words})(?=(?i:{endings})\b)" if words and endings else ""
    return re.compile(TOKEN.replace("<multiples>", multiples), re.UNICODE)


class Token(NamedTuple):
    text: str
    start: int
    end: int
    lower: str

    @property
    def is_number(self) -> bool:
        return self.text[-1] in "0123456789"

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha() and not self.is_number

    @property
    def is_capitalized(self) -> bool:
        return self.text[0].isupper()


def attached(a: Token, b: Token) -> bool:
    """Whether `b` follows `a` with no space between ("COVID-19", "10k", "$5")."""
    return a.end == b.start


# The ordinal ending each last digit takes ("1st", "22nd", "43rd"); "th" after any ("11th", "12th", "13th").
_ORDINAL_ENDINGS = {"1": "st", "2": "nd", "3": "rd"}
# The same in a pattern, after a day's digits: "9st" of "9st 9lb" is no ordinal, but a weight in stones.
ORDINAL_ENDING = r"(?:(?<=(?<!1)1)st|(?<=(?<!1)2)nd|(?<=(?<!1)3)rd|th)"


def ordinal_ending(digits: str, ending: str) -> bool:
    """Whether `ending` is the ordinal ending of the number `digits` ("21" "st", "12" "th"; not "19" "st"): a
    mismatched one is a unit written against the digits ("19st 7lbs")."""
    ending = ending.lower()
    if ending == "th":
        return True
    return digits[-2:-1] != "1" and _ORDINAL_ENDINGS.get(digits[-1:]) == ending


def title_case(tokens: Sequence[Token]) -> bool:
    """Whether a line capitalises its words as a headline in title case does (most words of four letters or
    more)."""
    long = [t for t in tokens if t.is_word and len(t.text) >= 4]
    return len(long) >= 3 and sum(t.is_capitalized for t in long) >= 0.8 * len(long)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    # tuple.__new__ skips the Python-level constructor of a named tuple: tokenising is a hot loop.
    new = partial(tuple.__new__, Token)
    return [
        new((word, m.start() + offset, m.end() + offset, word.lower()))
        for m in _token_pattern().finditer(text)
        for word in (m.group(),)
    ]


Phrases = dict[str, list[tuple[str, ...]]]


def match_phrase(tokens: list[Token], index: int, phrases: Phrases) -> tuple[str, ...] | None:
    """The longest phrase that starts at tokens[index] (`phrases` by first word, longest first)."""
    if index >= len(tokens):
        return None
    for phrase in phrases.get(tokens[index].lower, ()):
        end = index + len(phrase)
        if end <= len(tokens) and all(tokens[index + k].lower == word for k, word in enumerate(phrase)):
            return phrase
    return None


def match_phrase_before(tokens: list[Token], index: int, phrases: Phrases) -> tuple[str, ...] | None:
    """The longest phrase that ends just before tokens[index] (`phrases` by last word, longest first)."""
    if index < 1:
        return None
    for phrase in phrases.get(tokens[index - 1].lower, ()):
        start = index - len(phrase)
        if start >= 0 and all(tokens[start + k].lower == word for k, word in enumerate(phrase)):
            return phrase
    return None


def skip_words(tokens: list[Token], index: int, words: Collection[str], reach: int) -> int:
    """The index of the first token from tokens[index] on that is not one of `words`, passing at most `reach` of
    them ("was later found" before "dead"); `len(tokens)` when they run to the end."""
    end = min(len(tokens), index + reach)
    while index < end and tokens[index].lower in words:
        index += 1
    return index


# What may stand before the first word of a line of a list: a dash or a bullet.
BULLETS = frozenset({"-", "–", "—", "•", "*", "·", "▪", "►"})


def opens_list_line(tokens: Sequence[Token], index: int) -> bool:
    """Whether tokens[index] opens its sentence, maybe after a list's dash or bullet ("— 14: Number of …")."""
    return all(t.text in BULLETS for t in tokens[:index])
