"""The number grammar: digits with separators, number words, scales and vague amounts.

`find_numbers` scans tokens and returns every `NumberMention`; qualifiers, units and meaning are added
later by `quantities`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimcheck.extract.lexicon import lexicon
from claimcheck.extract.tokens import Token, match_phrase

_SMALL_SCALES = {"hundred": 100}


@dataclass(frozen=True)
class NumberMention:
    first: int  # index of the first token
    last: int  # index of the last token (inclusive)
    value: float
    low: float | None = None
    high: float | None = None
    vague: bool = False
    written: str = "digits"  # digits | words | vague


def parse_digits(text: str) -> float:
    """'100,000' → 100000.0, '42.35' → 42.35."""
    return float(text.replace(",", ""))


def words_to_number(words: list[str]) -> int | None:
    """['one', 'hundred', 'and', 'twenty-three'] → 123; None when the words are not a cardinal."""
    lex = lexicon()
    total, current, seen = 0, 0, False
    for raw in words:
        for word in re.split(r"-", raw.lower().strip(",")):
            if not word or word == "and":
                continue
            if word in lex.number_words:
                current += lex.number_words[word]
            elif word == "hundred":
                current = (current or 1) * 100
            elif word in lex.scales:
                total += (current or 1) * lex.scales[word]
                current = 0
            else:
                return None
            seen = True
    return total + current if seen else None


def _is_number_word(token: Token) -> bool:
    lex = lexicon()
    return token.lower in lex.number_words or token.lower == "hundred"


def _scale_after(tokens: list[Token], index: int) -> tuple[int, int]:
    """(multiplier, tokens used) for a scale word after tokens[index - 1]."""
    lex = lexicon()
    if index < len(tokens) and tokens[index].lower in lex.scales:
        word = tokens[index].lower
        # "2 m" is a length, not a million: single-letter scales are not listed.
        return lex.scales[word], 1
    return 1, 0


def _word_number(tokens: list[Token], index: int) -> NumberMention | None:
    """A run of number words starting at `index` ("twenty-five", "one hundred and five thousand")."""
    lex = lexicon()
    if not _is_number_word(tokens[index]):
        return None
    last, words, k = index, [tokens[index].text], index + 1
    while k < len(tokens):
        token = tokens[k]
        previous = tokens[k - 1].lower
        if token.text == "-" and k + 1 < len(tokens) and _is_number_word(tokens[k + 1]):
            words.append(tokens[k + 1].text)
            last = k = k + 1
        elif _is_number_word(token) or token.lower in ("thousand", "million", "billion", "trillion"):
            words.append(token.text)
            last = k
        elif (
            token.lower == "and"
            and previous in ("hundred", "thousand", "million")
            and k + 1 < len(tokens)
            and _is_number_word(tokens[k + 1])
            or token.text == ","
            and previous in ("thousand", "million", "billion")
            and k + 1 < len(tokens)
            and _is_number_word(tokens[k + 1])
        ):
            pass
        else:
            break
        k += 1
    value = words_to_number(words)
    if value is None:
        return None
    if tokens[last].lower in lex.scales and tokens[last].lower not in (
        "hundred",
        "thousand",
        "million",
        "billion",
        "trillion",
    ):
        return None
    return NumberMention(index, last, float(value), written="words")


def _phrase_amount(tokens: list[Token], index: int) -> NumberMention | None:
    lex = lexicon()
    phrase = match_phrase(tokens, index, lex.phrases(lex.vague_amounts))
    if phrase:
        low, high = lex.vague_amounts[" ".join(phrase)]
        last = index + len(phrase) - 1
        # "hundreds of" ends in "of": the mention is the amount, the counted thing follows.
        return NumberMention(index, last - 1, float(low), low=float(low), high=float(high), vague=True, written="vague")
    phrase = match_phrase(tokens, index, lex.phrases(lex.word_amounts))
    if phrase:
        value = float(lex.word_amounts[" ".join(phrase)])
        last = index + len(phrase) - 1
        if phrase[-1] == "of":
            last -= 1
        multiplier, used = _scale_after(tokens, last + 1)
        return NumberMention(index, last + used, value * multiplier, written="words")
    return None


@cache
def _starters() -> frozenset[str]:
    """Words a number in words can start with: the rest are passed over at once."""
    lex = lexicon()
    firsts = set(lex.phrases(lex.vague_amounts)) | set(lex.phrases(lex.word_amounts))
    return frozenset(firsts | set(lex.number_words) | {"hundred"})


def find_numbers(tokens: list[Token]) -> list[NumberMention]:
    """Every number in the token list, left to right, non-overlapping."""
    found: list[NumberMention] = []
    starters = _starters()
    index = 0
    while index < len(tokens):
        token = tokens[index]
        mention = None
        if token.is_number:
            multiplier, used = _scale_after(tokens, index + 1)
            mention = NumberMention(index, index + used, parse_digits(token.text) * multiplier)
        elif token.lower in starters:
            mention = _phrase_amount(tokens, index) or _word_number(tokens, index)
        if mention:
            found.append(mention)
            index = mention.last + 1
        else:
            index += 1
    return found
