"""The number grammar: digits with separators and signs, number words, scales, vague amounts and fractions.

`find_numbers` scans tokens and returns every `NumberMention`; qualifiers, units and meaning are added
later by `quantities`.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass
from functools import cache

from claimcheck.extract.currency import currency_before
from claimcheck.extract.lexicon import lexicon
from claimcheck.extract.tokens import Token, attached, match_phrase

_GROUP = re.compile(r"[0-9]{3}")  # a thousands group after a space: "40 000"
_LEAD = re.compile(r"[0-9]{1,3}")


@dataclass(frozen=True)
class NumberMention:
    first: int  # index of the first token
    last: int  # index of the last token (inclusive)
    value: float
    low: float | None = None
    high: float | None = None
    vague: bool = False
    written: str = "digits"  # digits | words | vague | share
    scale: float = 1.0  # the multiplier written with it ("2.5 million": 1e6)


def parse_digits(text: str) -> float:
    """'100,000' → 100000.0, '42.35' → 42.35, '.08' → 0.08."""
    return float(text.replace(",", ""))


def words_to_number(words: list[str]) -> int | None:
    """['one', 'hundred', 'and', 'twenty-three'] → 123; None when the words are not a cardinal."""
    lex = lexicon()
    total, current, seen = 0, 0, False
    for raw in words:
        for word in raw.lower().strip(",").split("-"):
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
    return token.lower in lexicon().number_words or token.lower == "hundred"


def _scale_after(tokens: list[Token], index: int, first: int) -> tuple[float, int]:
    """(multiplier, tokens used) for a scale written after tokens[index - 1]: a word ("million", "bn"),
    or letters against the digits ("10k"; after a currency before tokens[first] also "€10M", "$5bn")."""
    lex = lexicon()
    if index >= len(tokens):
        return 1, 0
    token = tokens[index]
    if attached(tokens[index - 1], token) and tokens[index - 1].is_number:
        money = currency_before(tokens, first)[0] is not None
        table = lex.money_scales if money else lex.attached_scales
        if token.text in table:
            return table[token.text], 1
        if token.text in lex.count_scales and _plural_noun(tokens, index + 1):
            return lex.count_scales[token.text], 1
    # "2 m" is a length, not a million: single-letter scales are never words of their own.
    if token.lower in lex.scales:
        return lex.scales[token.lower], 1
    return 1, 0


def _plural_noun(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] is a plural noun as written in lower case ("people", "barrels", "tonnes")."""
    if index >= len(tokens):
        return False
    token = tokens[index]
    return (
        token.is_word
        and token.text.islower()
        and (token.lower.endswith("s") and len(token.text) > 2 or token.lower == "people")
    )


def _and_a_half(tokens: list[Token], last: int) -> int:
    """Tokens of an "and a half" after tokens[last] ("two and a half million", "four and a half hours")."""
    if last + 3 < len(tokens) and tokens[last + 1].lower == "and" and tokens[last + 3].lower == "half":
        return 3 if tokens[last + 2].lower == "a" else 0
    return 0


def _negative(tokens: list[Token], index: int) -> int | None:
    """Index of a minus sign before tokens[index]: "-10C" (a hyphen against the digits, after a space),
    "minus 5 degrees"."""
    if index == 0:
        return None
    sign = tokens[index - 1]
    if sign.lower == "minus":
        return index - 1
    if sign.text != "-" or not attached(sign, tokens[index]):
        return None
    if index == 1 or not attached(tokens[index - 2], sign) or tokens[index - 2].text in "([":
        return index - 1
    return None


def _digits(tokens: list[Token], index: int, blocked: Container[int]) -> NumberMention:
    """Digits at tokens[index], with thousands groups after spaces ("40 000"), a scale and a sign."""
    text, last = tokens[index].text, index
    while (
        last + 1 < len(tokens)
        and tokens[last + 1].start == tokens[last].end + 1
        and tokens[last + 1].is_number
        and last + 1 not in blocked
        and _GROUP.fullmatch(tokens[last + 1].text)
        and _LEAD.fullmatch(tokens[index].text)
    ):
        last += 1
        text += tokens[last].text
    value = parse_digits(text)
    half = _and_a_half(tokens, last)
    value, last = value + 0.5 * bool(half), last + half
    first = _negative(tokens, index)
    scale, used = _scale_after(tokens, last + 1, index if first is None else first)
    if first is not None:
        value = -value
    return NumberMention(index if first is None else first, last + used, value * scale, scale=scale)


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
        elif _is_number_word(token) or token.lower in lex.scales:
            words.append(token.text)
            last = k
        elif not (
            token.lower == "and"
            and previous in ("hundred", "thousand", "million")
            and k + 1 < len(tokens)
            and _is_number_word(tokens[k + 1])
            or token.text == ","
            and previous in ("thousand", "million", "billion")
            and k + 1 < len(tokens)
            and _is_number_word(tokens[k + 1])
        ):
            break
        k += 1
    value = words_to_number(words)
    if value is None:
        return None
    half = _and_a_half(tokens, last)
    if half:
        multiplier, used = _scale_after(tokens, last + half + 1, index)
        return NumberMention(index, last + half + used, (value + 0.5) * multiplier, written="words", scale=multiplier)
    scale = float(lex.scales.get(tokens[last].lower, 1))
    return NumberMention(index, last, float(value), written="words", scale=scale)


def _phrase_amount(tokens: list[Token], index: int) -> NumberMention | None:
    lex = lexicon()
    phrase = match_phrase(tokens, index, lex.phrases(lex.vague_amounts))
    if phrase:
        low, high = lex.vague_amounts[lex.key_of(lex.vague_amounts, phrase)]
        # "scores of" ends in "of": the mention is the amount, the counted thing follows.
        last = index + len(phrase) - 1 - (phrase[-1] == "of")
        return NumberMention(index, last, float(low), low=float(low), high=float(high), vague=True, written="vague")
    phrase = match_phrase(tokens, index, lex.phrases(lex.word_amounts))
    if phrase:
        value = float(lex.word_amounts[lex.key_of(lex.word_amounts, phrase)])
        last = index + len(phrase) - 1 - (phrase[-1] == "of")
        multiplier, used = _scale_after(tokens, last + 1, index)
        scale = multiplier if used else float(lex.scales.get(tokens[last].lower, 1))
        return NumberMention(index, last + used, value * multiplier, written="words", scale=scale)
    return None


def _fraction(tokens: list[Token], index: int) -> NumberMention | None:
    """A fraction that is a share of what follows, in percent: "two thirds of", "half the", "a quarter of"."""
    lex = lexicon()
    k, numerator = index, 1
    token = tokens[index]
    if token.lower not in lex.fractions:
        if token.lower in ("a", "an"):
            pass
        elif token.lower in lex.number_words:
            numerator = lex.number_words[token.lower]
        elif token.is_number and token.text.isdigit():
            numerator = int(token.text)
        else:
            return None
        k += 1
        if k < len(tokens) and tokens[k].text == "-":
            k += 1
        if k >= len(tokens) or tokens[k].lower not in lex.fractions or tokens[k].lower in ("half", "halves"):
            return None
    elif token.lower != "half":
        return None
    denominator = lex.fractions[tokens[k].lower]
    if k + 1 >= len(tokens) or tokens[k + 1].lower not in lex.share_followers or numerator >= denominator:
        return None
    value = 100 * numerator / denominator
    return NumberMention(index, k, value, low=value, high=value, written="share")


@cache
def _starters() -> dict[str, frozenset[str] | None]:
    """Words a number in words can start with, and the words that must follow those that are no number on
    their own ("a" → "dozen", "million", "third"…; None: the word may stand alone). Other words are passed
    over at once."""
    lex = lexicon()
    tables = (lex.vague_amounts, lex.word_amounts)
    alone = {
        phrase[0]
        for table in tables
        for phrases in lex.phrases(table).values()
        for phrase in phrases
        if len(phrase) == 1
    }
    alone |= set(lex.number_words) | {"hundred"}
    follow: dict[str, set[str]] = {}
    for table in tables:
        for first, phrases in lex.phrases(table).items():
            follow.setdefault(first, set()).update(phrase[1] for phrase in phrases if len(phrase) > 1)
    for article in ("a", "an"):
        follow.setdefault(article, set()).update(lex.fractions)
    follow.setdefault("half", set()).update(lex.share_followers)
    follow["minus"] = set(lex.number_words)
    return {word: None if word in alone else frozenset(nexts) for word, nexts in follow.items()} | dict.fromkeys(alone)


def may_hold_number(tokens: list[Token]) -> bool:
    """Whether any token could start a number: a sentence where none does has no figure to read."""
    starters = _starters()
    return any(token.is_number or token.lower in starters for token in tokens)


def find_numbers(tokens: list[Token], blocked: Container[int] = ()) -> list[NumberMention]:
    """Every number in the token list, left to right, non-overlapping; none starts on a `blocked` token
    (one inside a date or a time of day)."""
    found: list[NumberMention] = []
    starters = _starters()
    fractions = lexicon().fractions
    index = 0
    while index < len(tokens):
        token = tokens[index]
        mention = None
        if index in blocked:
            pass
        elif token.is_number:
            fraction = index + 1 < len(tokens) and tokens[index + 1].lower in fractions
            mention = (fraction and _fraction(tokens, index)) or _digits(tokens, index, blocked)
        elif token.lower in starters:
            nexts = starters[token.lower]
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if nexts is None or following is not None and (following.lower in nexts or following.is_number):
                mention = _starters_at(tokens, index, blocked)
        if mention:
            found.append(mention)
            index = mention.last + 1
        else:
            index += 1
    return found


def _starters_at(tokens: list[Token], index: int, blocked: Container[int]) -> NumberMention | None:
    if tokens[index].lower == "minus":
        nxt = index + 1
        if nxt >= len(tokens) or nxt in blocked:
            return None
        inner = _digits(tokens, nxt, blocked) if tokens[nxt].is_number else _word_number(tokens, nxt)
        if inner is None:
            return None
        value = inner.value if inner.first == index else -inner.value
        return NumberMention(index, inner.last, value, written=inner.written, scale=inner.scale)
    return _phrase_amount(tokens, index) or _fraction(tokens, index) or _word_number(tokens, index)
