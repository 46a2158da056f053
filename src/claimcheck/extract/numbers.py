"""The number grammar: digits with separators and signs, number words, scales, vague amounts and fractions.

`find_numbers` scans tokens and returns every `NumberMention`; qualifiers, units and meaning are added
later by `quantities`.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, replace
from functools import cache

from claimcheck.extract.currency import code_after, currency_before
from claimcheck.extract.lexicon import lexicon, word_set
from claimcheck.extract.phrases import STOP
from claimcheck.extract.tokens import Token, attached, match_phrase, match_phrase_before
from claimcheck.extract.units import unit_after

_GROUP = re.compile(r"[0-9]{3}")  # a thousands group after a space: "40 000"
_LEAD = re.compile(r"[0-9]{1,3}")
_SMALL = re.compile(r"[0-9]{1,3}")  # a numerator or denominator written with a slash: at most 100
_EXPONENT = re.compile(r"[0-9]{1,2}")  # a power of ten a measure can have
_DIGITS = re.compile(r"[0-9]+")


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
    """'100,000' → 100000.0, '42.35' → 42.35, '.08' → 0.08; a comma before one or two digits is a decimal comma,
    as South African and European writers put it ('22,96' → 22.96): a group of thousands has three."""
    if _DECIMAL_COMMA.fullmatch(text):
        return float(text.replace(",", "."))
    return float(text.replace(",", ""))


_DECIMAL_COMMA = re.compile(r"[0-9]{1,3},[0-9]{1,2}")


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
            elif word in lex.scales and not current and total and lex.scales[word] > total:
                total *= lex.scales[word]  # "three lakh crore", "a thousand million": scales multiply
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
        money = currency_before(tokens, first)[0] is not None or _money_range_end(tokens, first)
        table = lex.money_scales if money else lex.attached_scales
        if token.text in table:
            return table[token.text], 1
        if _magnitude_letter(tokens, index):
            return 1, 1  # "a magnitude 6.4M earthquake": the M names the scale, it multiplies nothing
        # "2m people", but "the 10,000m races" are metres: no count is written in thousands of millions
        small = parse_digits(tokens[index - 1].text) < 1000
        if (
            token.text in lex.count_scales
            and small
            and (
                (_plural_noun(tokens, index + 1) and tokens[index + 1].lower not in lex.race_plurals)
                or _named_plural(tokens, index + 1)
                or _acronym_plural(tokens, index + 1)
                or _unit_of_words(tokens, index + 1)
                or _scale_capital_after_decimals(tokens, index)
                or _range_to_counted(tokens, index)
            )
        ):
            return lex.count_scales[token.text], 1
    if _hyphened_scale(tokens, index):  # "12.3-billion light-years", "a $5-million contract"
        scale = lex.scales[tokens[index + 1].lower]
        if _stacked_scale(tokens, index + 2, scale):  # "₹1.04-lakh crore"
            return scale * lex.scales[tokens[index + 2].lower], 3
        return scale, 2
    if token.lower in lex.mass_scales and _mass_after(tokens, index, first):
        return 1, 0  # "500 tn of steel": tonnes, where "$1.2tn", "2.5tn" and "2 tn yen" are trillions
    # "2 m" is a length, not a million: single-letter scales are never words of their own.
    if token.lower in lex.scales:
        scale = lex.scales[token.lower]
        if _stacked_scale(tokens, index + 1, scale):  # "2 lakh crore"
            return scale * lex.scales[tokens[index + 1].lower], 2
        return scale, 1
    return 1, 0


def _mass_after(tokens: list[Token], index: int, first: int) -> bool:
    """Whether the scale at tokens[index] that is also a unit of mass (`mass_scales`) is the unit: set apart from
    the digits and followed by "of" or by a noun that is no unit nor currency ("500 tn of steel", "a 40,000 tn
    carrier"), after a figure that is no money and closes no range whose other end is ("between $2 and 3 tn"). At
    the end of a clause or before any other word it stays a trillion ("reached 370 tn at the end of March", "hit 4
    tn, analysts said", "650 tn won")."""
    if attached(tokens[index - 1], tokens[index]) or index + 1 >= len(tokens):
        return False
    if currency_before(tokens, first)[0] is not None or _currency_range_end(tokens, first):
        return False
    after = tokens[index + 1]
    if after.lower == "of":
        return True
    verbs = word_set("holding_verbs") | word_set("saying_verbs") | word_set("count_verbs")
    return (
        after.is_word
        and after.text.islower()
        and after.lower not in STOP
        and after.lower not in verbs
        and not after.lower.endswith(("ly", "ed"))
        and not _measured_after(tokens, index + 1)
    )


def _currency_range_end(tokens: list[Token], first: int) -> bool:
    """Whether the figure at tokens[first] closes a range ("and", "or", "to", a dash) whose other end has a
    currency before it ("between $2 and 3 tn", "€4 to 5 tn")."""
    k = first - 1
    if k < 1 or tokens[k].lower not in RANGE_JOINS:
        return False
    k -= 1
    if not tokens[k].is_number and k > 0 and tokens[k - 1].is_number and attached(tokens[k - 1], tokens[k]):
        k -= 1  # past the first end's own letter: "$2bn to 3 tn"
    return tokens[k].is_number and currency_before(tokens, k)[0] is not None


def _measured_after(tokens: list[Token], index: int) -> bool:
    """Whether a unit or a currency is written at tokens[index] ("tn cubic feet", "tn yen", "tn USD"), which a scale
    before it multiplies."""
    return index < len(tokens) and (
        match_phrase(tokens, index, lexicon().phrases(lexicon().units)) is not None
        or code_after(tokens, index) is not None
    )


def _stacked_scale(tokens: list[Token], index: int, scale: int) -> bool:
    """Whether tokens[index] is a larger scale that the scale before it multiplies ("2 lakh crore", "three hundred
    million", "5 thousand crore"). Only a scale under a million stacks so: no figure is written in millions of
    billions, and after one "tn" is tonnes ("150 mn tn"); a short scale stacks on none (`unstacked_scales`: "2 lakh
    tn" is tonnes)."""
    lex = lexicon()
    if index >= len(tokens) or tokens[index].lower in lex.unstacked_scales:
        return False
    return scale < 1_000_000 and lex.scales.get(tokens[index].lower, 0) > scale


def _code_scaled(tokens: list[Token], mention: NumberMention) -> NumberMention:
    """The mention scaled by a scale word after a currency code written after it ("75 USD million"): the code stays
    the unit, its scale is the figure's."""
    k = mention.last + 1
    code = code_after(tokens, k) if k < len(tokens) and mention.scale == 1 and not mention.vague else None
    if code is None or code[1] == 1 or mention.written not in ("digits", "words"):
        return mention

    def scaled(value: float | None) -> float | None:
        return None if value is None else float(f"{value * code[1]:.15g}")

    value = float(f"{mention.value * code[1]:.15g}")
    return replace(mention, value=value, low=scaled(mention.low), high=scaled(mention.high), scale=code[1])


def _range_to_counted(tokens: list[Token], index: int) -> bool:
    """Whether the scale letter at tokens[index] opens a range whose other end has the same letter and then what it
    counts ("1.5m to 2m people", "between 1.5m and 2m voters", "1.5m-2m people"): a count in millions at both ends,
    never metres at one."""
    k = index + 1
    if k + 2 >= len(tokens) or tokens[k].lower not in RANGE_JOINS or not tokens[k + 1].is_number:
        return False
    letter = tokens[k + 2]
    return (
        letter.text == tokens[index].text
        and attached(tokens[k + 1], letter)
        and (_plural_noun(tokens, k + 3) or _named_plural(tokens, k + 3) or _unit_of_words(tokens, k + 3))
    )


RANGE_JOINS = frozenset({"to", "-", "–", "and", "or"})


def _money_range_end(tokens: list[Token], first: int) -> bool:
    """Whether the digits at tokens[first] close a range of money whose sign stands only before its first end
    ("£15m-20m", "£15-20m", "$2bn to 3bn"): the letter against them scales money, as it does at the first end."""
    k = first - 1
    if k < 2 or tokens[k].lower not in RANGE_JOINS or tokens[k].lower in ("and", "or"):
        return False
    k -= 1
    if not tokens[k].is_number and k > 0 and tokens[k - 1].is_number and attached(tokens[k - 1], tokens[k]):
        k -= 1  # past the first end's own letter: "£15m-"
    return tokens[k].is_number and currency_before(tokens, k)[0] is not None


def _hyphened_scale(tokens: list[Token], index: int) -> bool:
    """Whether a hyphen joins digits to a scale word written out ("an 800-million-year-old star", "a
    $2-billion fund"): the scale multiplies the digits, as "800 million" would. Letters ("5-m") are no scale."""
    if index + 1 >= len(tokens) or tokens[index].text != "-" or not tokens[index - 1].is_number:
        return False
    word = tokens[index + 1]
    return (
        attached(tokens[index - 1], tokens[index])
        and attached(tokens[index], word)
        and word.is_word
        and len(word.text) > 2
        and lexicon().scales.get(word.lower, 0) >= 1000
    )


def _unit_of_words(tokens: list[Token], index: int) -> bool:
    """Whether a unit of two words or more starts at tokens[index] ("square kilometres", "sq km"): "3.41m sq
    km" is 3.41 million of them, as no length is written before another unit."""
    phrase = match_phrase(tokens, index, lexicon().phrases(lexicon().units))
    return phrase is not None and len(phrase) > 1 and all(word.isalpha() for word in phrase)


# The plural of a name in capitals ("NEMs", "SUVs", "ATMs", "MPs"): things counted, never a unit.
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


def _acronym_plural(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] is the plural of a name in capitals ("2m SUVs", "523m NEMs"), after a figure that no
    count stands before ("two 7m RIBs" are boats seven metres long)."""
    before = tokens[index - 3] if index >= 3 else None
    counted_before = before is not None and (before.text.isdigit() or before.lower in lexicon().number_words)
    return index < len(tokens) and bool(_ACRONYM_PLURAL.fullmatch(tokens[index].text)) and not counted_before


def _named_plural(tokens: list[Token], index: int) -> bool:
    """Whether a plural noun follows one word of a place or people ("15m UK households", "2m British voters")."""
    if index >= len(tokens):
        return False
    token = tokens[index]
    return token.is_word and token.text[:1].isupper() and _plural_noun(tokens, index + 1)


def _scale_capital_after_decimals(tokens: list[Token], index: int) -> bool:
    """Whether a scale letter that is no unit follows digits with decimals ("averaged 3.9M", "a 1.2B deficit",
    "3.5b in assets"): no name is so written ("3M" may be a firm, "4b" a flat) and a unit ("10.5m", metres)
    keeps its own reading, so it is the multiplier."""
    letter = tokens[index].text
    return (letter.isupper() or letter not in lexicon().units) and "." in tokens[index - 1].text


def _magnitude_letter(tokens: list[Token], index: int) -> bool:
    """Whether a capital M against digits with decimals is a quake's magnitude, by the words beside it ("a
    magnitude 6.4M earthquake", "a 4.6M aftershock")."""
    if tokens[index].text != "M" or "." not in tokens[index - 1].text:
        return False
    beside = tokens[max(0, index - 4) : index - 1] + tokens[index + 1 : index + 3]
    return any(t.lower in word_set("magnitude_words") for t in beside)


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


def _and_a_fraction(tokens: list[Token], last: int) -> tuple[float, int]:
    """(fraction, tokens used) of an "and a half" after tokens[last] ("two and a half million", "four and a
    half hours", "five and three quarters", "one million and a quarter"); (0, 0) when there is none."""
    hyphened = _hyphened_fraction(tokens, last)
    if hyphened:
        return hyphened
    if last + 3 >= len(tokens) or tokens[last + 1].lower != "and":
        return 0, 0
    lex = lexicon()
    if tokens[last + 2].lower == "half" and (
        tokens[last + 3].lower in lex.scales or tokens[last + 3].lower in lex.units or _plural_noun(tokens, last + 3)
    ):
        return 0.5, 2  # "six and half years": the article left out
    fraction = _proper_fraction(tokens, last + 2)
    if fraction is None:
        return 0, 0
    end = last + 2 + fraction[1]
    ordinal = tokens[last + 2].lower in ("a", "an") and tokens[end - 1].lower in lex.ordinal_fractions
    following = tokens[end] if end < len(tokens) else None
    measured = following is not None and (following.lower in lex.scales or following.lower in lex.units)
    if ordinal and following is not None and following.is_word and not measured:
        return 0, 0  # "two were arrested and a third is sought": an ordinal, no fraction
    return fraction[0], fraction[1] + 1


def _hyphened_fraction(tokens: list[Token], last: int) -> tuple[float, int] | None:
    """(fraction, tokens used) of "-and-a-half" written against tokens[last] ("a two-and-a-half-year deal",
    "an eight-and-a-half-hour shift")."""
    words = tokens[last + 1 : last + 7]
    if len(words) < 6 or any(words[i].text != "-" for i in (0, 2, 4)) or words[1].lower != "and":
        return None
    if not all(attached(a, b) for a, b in zip([tokens[last], *words], words, strict=False)):
        return None
    denominator = lexicon().fractions.get(words[5].lower)
    if words[3].lower not in ("a", "an") or denominator is None or words[5].lower.endswith("s"):
        return None
    return 1 / denominator, 6


def _proper_fraction(tokens: list[Token], k: int) -> tuple[float, int] | None:
    """(value, tokens used) of a fraction below one written in words at tokens[k]: "a half", "one third",
    "three quarters", "two-thirds"."""
    lex = lexicon()
    if k + 1 >= len(tokens):
        return None
    word = tokens[k].lower
    numerator = 1 if word in ("a", "an") else lex.number_words.get(word)
    step = 2 if tokens[k + 1].text == "-" and attached(tokens[k], tokens[k + 1]) else 1
    if numerator is None or k + step >= len(tokens):
        return None
    denominator = lex.fractions.get(tokens[k + step].lower)
    plural = tokens[k + step].lower.endswith("s")
    if denominator is None or numerator >= denominator or plural != (numerator > 1):
        return None
    return numerator / denominator, step + 1


def _negative(tokens: list[Token], index: int) -> int | None:
    """Index of a minus sign before tokens[index]: "-10C" (a hyphen against the digits, after a space),
    "minus 5 degrees"; not the minus of a margin ("plus or minus 3 points")."""
    if index == 0:
        return None
    sign = tokens[index - 1]
    if _sign_word(tokens, index - 1) and lexicon().sign_words[sign.lower] < 0:
        return None if _margin_at(tokens, index - 1) else index - 1
    if sign.text != "-" or not attached(sign, tokens[index]) or index > 1 and tokens[index - 2].is_number:
        return None  # "75 -300mm" is a range, not minus 300
    if index == 1 or not attached(tokens[index - 2], sign) or tokens[index - 2].text in "([":
        return index - 1
    return None


def _digits(tokens: list[Token], index: int, blocked: Container[int]) -> NumberMention:
    """Digits at tokens[index], with thousands groups after spaces ("40 000"), a decimal comma before a scale
    ("$1,3 billion"), a scale and a sign."""
    text, last = tokens[index].text, index
    if _decimal_comma(tokens, index):
        text, last = f"{text}.{tokens[index + 2].text}", index + 2
    while (
        last + 1 < len(tokens)
        and tokens[last + 1].start == tokens[last].end + 1
        and tokens[last + 1].is_number
        and last + 1 not in blocked
        and _GROUP.fullmatch(tokens[last + 1].text)
        and _LEAD.fullmatch(tokens[index].text)
        and not model_after(tokens, last + 1)
    ):
        last += 1
        text += tokens[last].text
    while _LEAD.fullmatch(tokens[index].text) and _spaced_zeros(tokens, last, blocked):
        last += 2  # "35, 000": a thousands comma with a stray space, before a group no figure starts with
        text += tokens[last].text
    value = parse_digits(text)
    slash = _slash_fraction(tokens, index) if last == index else None
    if slash and tokens[slash[1] + 1].lower == "of":  # "3/4 of the vote": a share
        share = 100 * slash[0]
        return NumberMention(index, slash[1], share, low=share, high=share, written="share")
    if slash:  # "1/4 mile"
        value, last = slash
    elif last + 1 < len(tokens) and tokens[last + 1].start == tokens[last].end + 1:
        after = _slash_fraction(tokens, last + 1)  # "10 1/2 miles"
        if after and text.isdigit():
            value, last = value + after[0], after[1]
    elif last + 2 < len(tokens) and tokens[last + 1].text == "-" and attached(tokens[last], tokens[last + 1]):
        after = _slash_fraction(tokens, last + 2) if attached(tokens[last + 1], tokens[last + 2]) else None
        if after and text.isdigit() and tokens[after[1] + 1].lower != "of":  # "6-1/2 years", "an 8-1/2 hour flight"
            value, last = value + after[0], after[1]
    vulgar = lexicon().vulgar_fractions
    if last + 1 < len(tokens) and tokens[last + 1].text in vulgar and attached(tokens[last], tokens[last + 1]):
        last += 1  # "2½ hours"
        value += vulgar[tokens[last].text]
    power = _power_of_ten(tokens, last)
    if power:  # "1.3e6", "6.23x10^-4": a value in scientific notation
        value, last = value * 10.0 ** power[0], power[1]
    fraction, used = _and_a_fraction(tokens, last)
    value, last = value + fraction, last + used
    first = _negative(tokens, index)
    plus = (
        1 if plus_after(tokens, last) and last + 2 < len(tokens) and tokens[last + 2].lower in lexicon().scales else 0
    )
    scale, used = _scale_after(tokens, last + 1 + plus, index if first is None else first)
    used += plus if used else 0  # "$400+ million": the scale after the sign of "or more"
    if used and not fraction:  # "3 million and a half": half of the scale
        fraction, more = _and_a_fraction(tokens, last + used)
        beyond = last + used + more + 1
        if more and not (beyond < len(tokens) and tokens[beyond].lower in lexicon().scales):  # "a half dozen"
            value, used = value + fraction, used + more
    if first is not None:
        value = -value
    scaled = float(f"{value * scale:.15g}")  # "16.4 million" is 16400000, not 16399999.999999998
    return NumberMention(index if first is None else first, last + used, scaled, scale=scale)


def plus_after(tokens: list[Token], index: int) -> bool:
    """Whether a plus sign against tokens[index] and apart from what follows says "or more" ("300+ members",
    "$400+ million"), not a sum ("2+2") nor a sign ("+5")."""
    if index + 1 >= len(tokens) or tokens[index + 1].text != "+" or not attached(tokens[index], tokens[index + 1]):
        return False
    return index + 2 >= len(tokens) or not attached(tokens[index + 1], tokens[index + 2])


def _decimal_comma(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] is the whole part of a figure written with a decimal comma before a scale word
    ("$1,3 billion", "€2,75 millones" in English text translated from another language): one or two digits
    after a comma can be no thousands group, and a scale after them makes the figure one amount."""
    if index + 3 >= len(tokens) or not _LEAD.fullmatch(tokens[index].text):
        return False
    comma, decimals = tokens[index + 1], tokens[index + 2]
    if comma.text != "," or not (attached(tokens[index], comma) and attached(comma, decimals)):
        return False
    if not (decimals.text.isdigit() and len(decimals.text) <= 2):
        return False
    scale, used = _scale_after(tokens, index + 3, index)
    return used > 0 and scale >= 1000


def model_after(tokens: list[Token], group: int) -> bool:
    """Whether the digits at tokens[group] name a model with the word after them, which a thousands group never
    has: letters against them ("25 777X jets") or a name ("30 737 MAX 8s", "12 A320 Neo"), so two figures."""
    if group + 1 >= len(tokens) or not tokens[group + 1].is_word or unit_after(tokens, group) is not None:
        return False  # "12 500 MW", "40 000 GB": a unit, however written
    nxt = tokens[group + 1]
    if attached(tokens[group], nxt):
        return True
    shouting = all(t.text.isupper() for t in tokens if t.is_word and len(t.text) > 1)
    return nxt.text[:1].isupper() and not shouting


def _spaced_zeros(tokens: list[Token], last: int, blocked: Container[int]) -> bool:
    """Whether "000" follows the digits at tokens[last] after a comma and one space ("35, 000 people")."""
    if last + 2 >= len(tokens) or last + 2 in blocked:
        return False
    comma, group = tokens[last + 1], tokens[last + 2]
    return (
        comma.text == "," and comma.start == tokens[last].end and group.start == comma.end + 1 and group.text == "000"
    )


def _slash_fraction(tokens: list[Token], index: int) -> tuple[float, int] | None:
    """(value, last token) of a fraction written with a slash before a unit or "of": "1/4 mile", "3/4 of
    the vote". Otherwise digits around a slash are a date, a label or a score ("9/11", "24/7")."""
    if index + 3 >= len(tokens) or tokens[index + 1].text != "/":
        return None
    top, bottom = tokens[index], tokens[index + 2]
    if not (_SMALL.fullmatch(top.text) and _SMALL.fullmatch(bottom.text) and attached(top, tokens[index + 1])):
        return None
    if not attached(tokens[index + 1], bottom) or not 0 < int(top.text) < int(bottom.text) <= 100:
        return None
    if tokens[index + 3].lower not in lexicon().units and tokens[index + 3].lower != "of":
        return None  # "on 3/4 the team won": a date
    return int(top.text) / int(bottom.text), index + 2


def _power_of_ten(tokens: list[Token], last: int) -> tuple[int, int] | None:
    """(exponent, its last token) of scientific notation written against the digits at tokens[last]:
    "1.3e6", "9.83e-3", "1.3x10^6", "6.23×10^-4"."""
    k = last + 1
    end = len(tokens)
    if k + 1 < end and tokens[k].lower == "e" and attached(tokens[last], tokens[k]):
        k += 1
    elif k + 3 < end and tokens[k].lower in ("x", "×") and tokens[k + 1].text == "10" and tokens[k + 2].text == "^":
        if not (attached(tokens[last], tokens[k]) and attached(tokens[k + 1], tokens[k + 2])):
            return None
        k += 3
    else:
        return None
    sign = 1
    if k + 1 < end and tokens[k].text in "+-" and attached(tokens[k], tokens[k + 1]):
        sign, k = (-1 if tokens[k].text == "-" else 1), k + 1
    if not (attached(tokens[k - 1], tokens[k]) and _EXPONENT.fullmatch(tokens[k].text)):
        return None  # an exponent of three digits is no measure ("1e400" would not fit a float)
    return sign * int(tokens[k].text), k


def _notation_end(tokens: list[Token], index: int) -> int | None:
    """The last token of digits that are part of a notation, not a figure: a dotted sequence
    ("192.168.1.2", "version 2.1.3"), an exponent ("km^2", "2^10") or a power of ten no measure has
    ("1e400")."""
    token = tokens[index]
    if index > 0 and tokens[index - 1].text == "^" and attached(tokens[index - 1], token):
        return index
    if index + 2 < len(tokens) and tokens[index + 1].lower == "e" and attached(token, tokens[index + 1]):
        k = index + 2 + (tokens[index + 2].text in "+-" and index + 3 < len(tokens))
        if _DIGITS.fullmatch(tokens[k].text) and len(tokens[k].text) > 2 and attached(tokens[k - 1], tokens[k]):
            return k  # "1e400": beyond any measure
    last = index
    while (
        last + 2 < len(tokens)
        and tokens[last + 1].text == "."
        and attached(tokens[last], tokens[last + 1])
        and attached(tokens[last + 1], tokens[last + 2])
        and tokens[last + 2].is_number
    ):
        last += 2
    return last if last > index else None


def _word_number(tokens: list[Token], index: int, after_article: bool = False) -> NumberMention | None:
    """A run of number words starting at `index` ("twenty-five", "one hundred and five thousand"); after
    an article the run may open on a scale ("a thousand and one": `index` at "thousand")."""
    lex = lexicon()
    if not (_is_number_word(tokens[index]) or after_article and tokens[index].lower in lex.scales):
        return None
    last, words, k = index, [tokens[index].text], index + 1
    while k < len(tokens):
        token = tokens[k]
        previous = tokens[k - 1].lower
        if token.text == "-" and k + 1 < len(tokens) and _hyphen_number_word(tokens[k + 1]):
            words.append(tokens[k + 1].text)  # "twenty-five", "two-lakh", "a two-million-strong crowd"
            last = k = k + 1
        elif token.lower in lex.scales or _is_number_word(token) and _follows_in_one_number(tokens[k - 1], token):
            words.append(token.text)
            last = k
        elif not (
            token.lower == "and"
            and _spelled_scale(previous)
            and k + 1 < len(tokens)
            and _is_number_word(tokens[k + 1])
            and not _proper_fraction(tokens, k + 1)
            and not (lex.scales[previous] >= 1000 and _one_of(tokens, k + 1))
            or token.text == ","
            and previous in ("thousand", "million", "billion")
            and k + 1 < len(tokens)
            and _is_number_word(tokens[k + 1])
        ):
            break
        k += 1
    if _compound_denominator_at(tokens, last + 1):
        return None  # "three twenty-firsts": a fraction this reader does not take apart, so no figure
    value = words_to_number(words)
    if value is None:
        return None
    scale = float(lex.scales.get(tokens[last].lower, 1))
    scale = scale if scale >= 1000 else 1.0  # "one hundred and three quarters" is 100.75
    over = _over_denominator(tokens, index, last, value)
    if over:
        return over
    at_point = index > 0 and tokens[index - 1].lower in lex.point_noun_cues  # "at one point two men left"
    decimals = None if at_point else _point_decimals(tokens, last)
    if decimals:  # "two point two million": a scale after the decimals multiplies the whole
        multiplier, more = _scale_after(tokens, decimals[1] + 1, index) if scale <= 1 else (1, 0)
        whole = (value + decimals[0]) * multiplier
        return NumberMention(index, decimals[1] + more, whole, written="words", scale=multiplier)
    fraction, used = _and_a_fraction(tokens, last)
    following = lex.scales.get(tokens[last + used + 1].lower, 0) if used and last + used + 1 < len(tokens) else 0
    if used and scale > 1 and following >= 1000:  # "one billion and a half million"
        return NumberMention(index, last + used + 1, value + fraction * following, written="words", scale=scale)
    if used and scale > 1 and not following:  # "one million and a half": half a million
        return NumberMention(index, last + used, value + fraction * scale, written="words", scale=scale)
    if used and not (scale > 1 and following):  # "two million and a half dozen": the dozen is its own
        multiplier, more = _scale_after(tokens, last + used + 1, index)
        value_ = (value + fraction) * multiplier
        return NumberMention(index, last + used + more, value_, written="words", scale=multiplier)
    return NumberMention(index, last, float(value), written="words", scale=scale)


def _spelled_scale(word: str) -> bool:
    """Whether a word is a scale spelled out from a hundred on ("hundred", "billion", "lakh"), which "and" and a
    smaller number go on ("nineteen billion and nineteen"); not "dozen", nor a shorthand ("bn", "mn")."""
    return lexicon().scales.get(word, 0) >= 100 and len(word) >= 4 and word.isalpha()


def _one_of(tokens: list[Token], k: int) -> bool:
    """Whether "one of" starts at tokens[k] ("two million and one of its backers"): the pronoun of a part of a
    group after a scale of a thousand or more, no part of the number before "and" ("three hundred and one of
    them" and "two thousand and twenty of the applicants" stay one number)."""
    return k + 1 < len(tokens) and tokens[k].lower == "one" and tokens[k + 1].lower == "of"


def _follows_in_one_number(previous: Token, token: Token) -> bool:
    """Whether a number word goes on the number the word before it ends: after a scale or "and" ("hundred
    twenty", "and five"), or as the units after the tens ("twenty one"); "one twenty two" and "nineteen ninety"
    are no one number."""
    words = lexicon().number_words
    if previous.lower not in words or token.lower == "hundred":
        return True
    tens, units = words[previous.lower], words.get(token.lower, 0)
    return tens % 10 == 0 and 20 <= tens <= 90 and 1 <= units <= 9


def _compound_denominator_at(tokens: list[Token], k: int) -> bool:
    """Whether a tens word joined to an ordinal starts at tokens[k] ("twenty-firsts", "thirty-seconds")."""
    return (
        k + 2 < len(tokens)
        and _is_number_word(tokens[k])
        and tokens[k + 1].text == "-"
        and tokens[k + 2].lower.removesuffix("s") in {*lexicon().fractions, "first", "second"}
    )


def _hyphen_number_word(token: Token) -> bool:
    return _is_number_word(token) or token.lower in lexicon().scales


def _over_denominator(tokens: list[Token], index: int, last: int, value: int) -> NumberMention | None:
    """Number words over a plural fraction word: "twenty-three fifths" is 4.6, "seven tenths" a share of
    70%; never the numerator alone. Fractions that are also things counted ("two quarters in a row")
    are left to be counted."""
    lex = lexicon()
    if last + 1 >= len(tokens) or value < 2:
        return None
    word = tokens[last + 1].lower
    denominator = lex.fractions.get(word)
    if denominator is None or not word.endswith("s") or word in lex.fraction_nouns:
        return None
    if value < denominator:
        share = 100 * value / denominator
        return NumberMention(index, last + 1, share, low=share, high=share, written="share")
    return NumberMention(index, last + 1, value / denominator, written="words")


def _point_decimals(tokens: list[Token], last: int) -> tuple[float, int] | None:
    """(decimals, last token) of "point" and number words after tokens[last]: "five point five" (.5),
    "two hundred point zero three" (.03), "ten point seventy-one" (.71)."""
    lex = lexicon()
    if last + 2 >= len(tokens) or tokens[last + 1].lower != "point":
        return None
    digits, k, zeros = "", last + 2, word_set("decimal_zero_words")
    while k < len(tokens) and (tokens[k].lower in lex.number_words or tokens[k].lower in zeros):
        word_value = lex.number_words.get(tokens[k].lower, 0)
        if k + 2 < len(tokens) and tokens[k + 1].text == "-" and tokens[k + 2].lower in lex.number_words:
            word_value += lex.number_words[tokens[k + 2].lower]
            k += 2
        digits += str(word_value)
        k += 1
    return (float(f"0.{digits}"), k - 1) if digits else None


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
        if len(phrase) == 2 and phrase[0] in ("a", "an"):  # "a hundred and two", "a thousand and one"
            run = _word_number(tokens, index + 1, after_article=True)
            if run is not None and run.last > last:
                return NumberMention(index, run.last, run.value, written="words", scale=run.scale)
        multiplier, used = _scale_after(tokens, last + 1, index)
        scale = multiplier if used else float(lex.scales.get(tokens[last].lower, 1))
        return NumberMention(index, last + used, value * multiplier, written="words", scale=scale)
    return None


def _fraction(tokens: list[Token], index: int) -> NumberMention | None:
    """A fraction that is a share of what follows, in percent: "two thirds of", "half the", "a quarter of"."""
    lex = lexicon()
    k, numerator = index, 1
    token = tokens[index]
    if index > 0 and tokens[index - 1].lower in lex.part_positions:
        # "the first half of the year", "the first three quarters of fiscal 2020": parts of a period, no share
        return None
    if token.lower not in lex.fractions:
        if token.lower in ("a", "an"):
            pass
        elif token.lower in lex.number_words:
            numerator = lex.number_words[token.lower]
        elif token.is_number and _SMALL.fullmatch(token.text):
            numerator = int(token.text)
        else:
            return None
        k += 1
        if k < len(tokens) and tokens[k].text == "-":
            k += 1
        if k >= len(tokens) or tokens[k].lower not in lex.fractions:
            return None
        if tokens[k].lower in ("half", "halves") and _fraction_of_unit(tokens, k + 1) is None:
            return None  # "one half of the team" stays a pronoun and a share; "one-half mile" is half a mile
    elif token.lower != "half" and not _fraction_of_scale(tokens, k + 1):  # "quarter million"
        return None
    denominator = lex.fractions[tokens[k].lower]
    measured = _fraction_of_unit(tokens, k + 1)
    if numerator >= denominator and measured is None:  # "11 tenths of a second" is 1.1 seconds
        return None
    scaled = _fraction_of_scale(tokens, k + 1)
    if scaled:  # "three quarters of a billion", "a quarter million", "half a million"
        scale, last = scaled
        return NumberMention(index, last, scale * numerator / denominator, written="words", scale=scale)
    if measured is not None:  # "a quarter of a percentage point", "half an hour", "one-quarter percentage point"
        return NumberMention(index, measured, numerator / denominator, written="words")
    if _hyphened_unit(tokens, k + 1):
        return None  # "raised rates by a quarter-percentage point": part of a unit, no share
    alone = token.lower == "one" and tokens[k].lower not in lex.fraction_nouns  # "cut by one fifth"
    if (
        not alone
        and not _change_by(tokens, index, k)
        and (k + 1 >= len(tokens) or tokens[k + 1].lower not in lex.share_followers)
    ):
        return None
    value = 100 * numerator / denominator
    return NumberMention(index, k, value, low=value, high=value, written="share")


def _hyphened_unit(tokens: list[Token], k: int) -> bool:
    """Whether a hyphen at tokens[k] joins a unit of measure to the fraction before it ("a quarter-point")."""
    if k + 1 >= len(tokens) or tokens[k].text != "-" or not attached(tokens[k - 1], tokens[k]):
        return False
    unit = unit_after(tokens, k)
    return (unit is not None and unit.first == k + 1) or tokens[k + 1].lower in word_set("measure_nouns")


def _change_by(tokens: list[Token], index: int, last: int) -> bool:
    """Whether a fraction from tokens[index] to tokens[last] is the size of a change after a verb of change and
    "by", with nothing after it that it could be the ordinal of ("rose by a fifth over the year", "cut by a
    third.", "cut the risk of a stroke by a third"; not "hit by a third car", "followed by a third in June")."""
    if index < 2 or tokens[index - 1].lower != "by" or not changed_before(tokens, index - 2):
        return False  # "followed by a third in June": an ordinal
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    return after is None or not after.is_word or after.lower in lexicon().share_change_followers


def changed_before(tokens: list[Token], k: int) -> bool:
    """Whether a verb of change ends at tokens[k] or stands a few words before it with only its object between
    ("cut the risk of a stroke by"); a verb of another clause between ("rose after one bank was followed by") or a
    word that opens one ends the search."""
    for j in range(k, max(-1, k - _CHANGE_OBJECT_WORDS - 1), -1):
        if _changes(tokens[j].lower):
            return True
        if not tokens[j].is_word or tokens[j].lower in _other_clause_words():
            return False
    return False


@cache
def _other_clause_words() -> frozenset[str]:
    """Words that end a change's object going back from "by": an auxiliary, or a word that opens another clause
    ("after one bank was followed by"); "and" joins objects ("cut deaths and strokes by a third")."""
    return (word_set("auxiliaries") | word_set("subject_openers")) - {"and"}


_CHANGE_OBJECT_WORDS = 5


def _changes(word: str) -> bool:
    """Whether a word is a verb that changes an amount ("rose", "cut", "slashed"): `change_verbs`, or one that
    cuts or raises it (`share_change_verbs`)."""
    return word in lexicon().change_verbs or word in lexicon().share_change_verbs


def _fraction_of_scale(tokens: list[Token], k: int) -> tuple[float, int] | None:
    """(scale, its token) of a scale word at tokens[k], maybe after "a" or "of a": the whole a fraction
    before it is a part of ("a quarter million", "half a million", "two thirds of a billion")."""
    lex = lexicon()
    for gap in ((), ("a",), ("of", "a")):
        at = k + len(gap)
        if at < len(tokens) and all(tokens[k + i].lower == w for i, w in enumerate(gap)):
            scale = lex.scales.get(tokens[at].lower, 0)
            if scale >= 1000:
                return float(scale), at
    return None


def _fraction_of_unit(tokens: list[Token], k: int) -> int | None:
    """The last token before a unit of measure at tokens[k], maybe after "a" or "of a" ("half an hour", "a
    quarter of a mile"), or the measure noun itself ("a quarter of a point"): the fraction before it is a part
    of one unit, not a share. None when no unit follows, or a currency does (money takes its fraction from the
    digits)."""
    for gap in ((), ("a",), ("an",), ("of", "a"), ("of", "an")):
        at = k + len(gap)
        if at < len(tokens) and all(tokens[k + i].lower == w for i, w in enumerate(gap)):
            unit = unit_after(tokens, at - 1)
            if unit is not None and unit.first == at and unit.row.unit and not unit.row.currency:
                return at - 1
            if at < len(tokens) and tokens[at].lower in word_set("measure_nouns"):  # "a quarter of a point"
                return at
    return None


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
        follow.setdefault(article, set()).update(lex.fractions, lex.lone_units, lex.lone_unit_additions)
    follow.setdefault("another", set()).update(lex.lone_units)  # "closed for another month"
    follow.setdefault("half", set()).update(lex.share_followers, ("a", "an"))  # "half an hour"
    follow["half"].update(lex.share_change_followers, (".", ",", ";"))  # "cut by half.", `_change_by` decides
    for fraction in ("half", "quarter"):  # "half million", "quarter million"
        follow.setdefault(fraction, set()).update(lex.scales)
    for sign in lex.sign_words:
        follow[sign] = set(lex.number_words)
    for zero in lex.decimal_zero_words:  # "nought point five"
        follow[zero] = {"point"}
    return {word: None if word in alone else frozenset(nexts) for word, nexts in follow.items()} | dict.fromkeys(alone)


def may_hold_number(tokens: list[Token]) -> bool:
    """Whether any token could start a number: a sentence where none does has no figure to read."""
    starters = _starters()
    vulgar = lexicon().vulgar_fractions
    multiples = lexicon().hyphen_multiples
    return any(
        token.is_number or token.lower in starters or token.text in vulgar or token.lower in multiples
        for token in tokens
    )


def _hyphen_multiple(tokens: list[Token], index: int) -> NumberMention | None:
    """A word of a multiple joined by a hyphen to what a thing holds or is made of (`hyphen_multiples` before a
    word of `hyphen_count_nouns`: "the double-deck ferry", "a single-storey house"): that many of it."""
    lex = lexicon()
    if index + 2 >= len(tokens) or tokens[index + 1].text != "-":
        return None
    joined = attached(tokens[index], tokens[index + 1]) and attached(tokens[index + 1], tokens[index + 2])
    if not joined or tokens[index + 2].text not in lex.hyphen_count_nouns:
        return None
    return NumberMention(index, index, float(lex.hyphen_multiples[tokens[index].lower]), written="words")


def find_numbers(tokens: list[Token], blocked: Container[int] = ()) -> list[NumberMention]:
    """Every number in the token list, left to right, non-overlapping; none starts on a `blocked` token
    (one inside a date or a time of day)."""
    found: list[NumberMention] = []
    starters = _starters()
    fractions = lexicon().fractions
    vulgar = lexicon().vulgar_fractions
    index = 0
    while index < len(tokens):
        token = tokens[index]
        mention = None
        if index in blocked:
            pass
        elif token.is_number and (notation := _notation_end(tokens, index)) is not None:
            index = notation + 1
            continue
        elif token.is_number:
            # a fraction word after the digits, or after a hyphen against them ("17 hundredths", "17-hundredths")
            fraction = index + 1 < len(tokens) and tokens[index + 1].lower in fractions
            fraction = fraction or (
                index + 2 < len(tokens) and tokens[index + 1].text == "-" and tokens[index + 2].lower in fractions
            )
            mention = (
                _decade(tokens, index) or (fraction and _fraction(tokens, index)) or _digits(tokens, index, blocked)
            )
        elif token.text in vulgar:  # "½ mile"
            scale, used = _scale_after(tokens, index + 1, index)
            mention = NumberMention(index, index + used, vulgar[token.text] * scale, written="words", scale=scale)
        elif token.lower in lexicon().hyphen_multiples:
            mention = _hyphen_multiple(tokens, index)
        elif token.lower in starters:
            nexts = starters[token.lower]
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if nexts is None or following is not None and (following.lower in nexts or following.is_number):
                mention = _starters_at(tokens, index, blocked)
        if mention:
            found.append(_code_scaled(tokens, mention))
            index = mention.last + 1
        else:
            index += 1
    return found


# The part of a decade a word before it names ("in his early 20s", "her mid-40s", "their late 30s").
DECADE_PARTS = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}


def _decade(tokens: list[Token], index: int) -> NumberMention | None:
    """A decade written as its tens and "s" ("in their 50s", "his early 20s", "her mid-40s", "30's"): every
    figure from the tens to the next tens, or the part of them a word before names."""
    token = tokens[index]
    if not re.fullmatch(r"[1-9]0", token.text):
        return None
    last = index + 1
    if last < len(tokens) and tokens[last].text in ("'", "’") and attached(token, tokens[last]):
        last += 1
    if last >= len(tokens) or tokens[last].text != "s" or not attached(tokens[last - 1], tokens[last]):
        return None
    first, (start, end) = index, (0, 9)
    if index >= 2 and tokens[index - 1].text == "-" and tokens[index - 2].lower in DECADE_PARTS:
        first, (start, end) = index - 2, DECADE_PARTS[tokens[index - 2].lower]
    elif index >= 1 and tokens[index - 1].lower in DECADE_PARTS:
        first, (start, end) = index - 1, DECADE_PARTS[tokens[index - 1].lower]
    tens = float(token.text)
    return NumberMention(first, last, tens + start, low=tens + start, high=tens + end, vague=True, written="vague")


@cache
def _margin_phrases() -> dict[str, list[tuple[str, ...]]]:
    lex = lexicon()
    return lex.phrases_ending([key for key, bound in lex.qualifiers.items() if bound == "margin"])


def _sign_word(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] is a word of a sign ("minus 5 degrees", "negative 1.5G", "positive 1.5G"), not a
    test's result ("tested negative 14 days later": `test_result_words`)."""
    lex = lexicon()
    word = tokens[index].lower
    if word not in lex.sign_words:
        return False
    return word == "minus" or index == 0 or tokens[index - 1].lower not in lex.test_result_words


def _margin_at(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] ends the words of a margin ("plus or minus", "+/-"): no sign of the figure after it."""
    return match_phrase_before(tokens, index + 1, _margin_phrases()) is not None


def _starters_at(tokens: list[Token], index: int, blocked: Container[int]) -> NumberMention | None:
    if _sign_word(tokens, index) and not _margin_at(tokens, index):
        nxt = index + 1
        if nxt >= len(tokens) or nxt in blocked:
            return None
        inner = _digits(tokens, nxt, blocked) if tokens[nxt].is_number else _word_number(tokens, nxt)
        if inner is None:
            return None
        value = inner.value if inner.first == index else lexicon().sign_words[tokens[index].lower] * inner.value
        return NumberMention(index, inner.last, value, written=inner.written, scale=inner.scale)
    return (
        _phrase_amount(tokens, index)
        or _fraction(tokens, index)
        or _word_number(tokens, index)
        or _lone_unit(tokens, index)
        or _zero_point(tokens, index)
    )


def _zero_point(tokens: list[Token], index: int) -> NumberMention | None:
    """A decimal whose whole is a word that is zero only there ("nought point five")."""
    if tokens[index].lower not in word_set("decimal_zero_words"):
        return None
    decimals = _point_decimals(tokens, index)
    return None if decimals is None else NumberMention(index, decimals[1], decimals[0], written="words")


def _lone_unit(tokens: list[Token], index: int) -> NumberMention | None:
    """One, written as "a" or "an" before a unit of time after a word that leads to a length ("for an hour",
    "lasted about a week", "delayed by a day"); none when the unit goes on ("an hour and a half", "an hour and
    20 minutes", read whole where the smaller unit stands, and "a day-long strike"), nor before a word that tells a
    time from another ("a year after the floods", "a week earlier", "a month on"), or makes it something else
    than a length (`lone_unit_stops`: "a day longer than forecast", "a week or two", "after a day of talks")."""
    lex = lexicon()
    if index == 0 or index + 1 >= len(tokens) or tokens[index].lower not in ("a", "an", "another"):
        return None
    last = index  # "a further month", "an extra week": one unit more, read as one
    if tokens[index].lower != "another" and tokens[index + 1].lower in lex.lone_unit_additions:
        last += 1
    if last + 1 >= len(tokens) or tokens[last + 1].lower not in lex.lone_units:
        return None
    if tokens[index - 1].lower not in lex.lone_unit_leads:
        return None
    if tokens[index].lower == "another" and tokens[index - 1].lower in lex.another_stops:
        return None  # "just another day at the office": one of a kind, no length
    if unit_after(tokens, last) is None:  # a word the unit table does not hold ("a decade") is no figure's unit
        return None
    after = tokens[last + 2].lower if last + 2 < len(tokens) else ""
    if after in lex.dates.directions or after in lex.lone_unit_stops:  # "a year after the floods", "a day longer"
        return None
    if after in lex.lone_unit_stops_before_numbers and _joined_more(tokens, last + 3):
        return None  # "an hour and 20 minutes", "a week to ten days", "a year and more", "a year to the day"
    return NumberMention(index, last, 1.0, written="words")


def _joined_more(tokens: list[Token], k: int) -> bool:
    """Whether the words at tokens[k], after "and" or "to" past a lone unit, go on with it: a number or a fraction
    ("and 20 minutes", "and a half", "to ten days"), a word of more than the unit ("and more", "and several days",
    `lone_unit_open_words`) or "the" and a unit, a date a whole unit from another ("a year to the day")."""
    if k >= len(tokens):
        return False
    lex = lexicon()
    if tokens[k].lower in lex.lone_unit_open_words:
        return True
    if tokens[k].lower == "the" and k + 1 < len(tokens) and tokens[k + 1].lower in lex.lone_units:
        return True
    return _number_at(tokens, k)


def _number_at(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] opens a number or a fraction: digits, a number word, "a", "an" or a fraction's word."""
    if k >= len(tokens):
        return False
    lex = lexicon()
    word = tokens[k].lower
    return tokens[k].is_number or word in lex.number_words or word in ("a", "an") or word in lex.fractions
