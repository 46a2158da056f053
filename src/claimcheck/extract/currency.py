"""Money: currency signs and codes, currency words, the places that decide an ambiguous one, and
exchange rates.

A currency is a code ("EUR") or the name of a family ("dollar", "pound", "peso") that several countries
use. A family is resolved from the places the story names (`currency_places` in the lexicon): a place
written right before the currency word ("Canadian dollars"), else the places of the sentence, else those
of the document, when they point to one currency only. Where no place decides, the family is kept as it
is: a guessed country would make false discrepancies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from claimcheck.extract.lexicon import UnitRow, lexicon, word_set
from claimcheck.extract.tokens import Token, attached, match_phrase, tokenize

Places = dict[str, frozenset[str]]  # family → the codes the places named point to

# Digits grouped in thousands with commas, with or without decimals: "429,726,344", "12,500.50".
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def currency_before(tokens: list[Token], first: int) -> tuple[str | None, int]:
    """(currency, index of its first token) of a sign or code written just before tokens[first]."""
    prefixes = lexicon().currency_prefixes
    if first > 1 and attached(tokens[first - 2], tokens[first - 1]):
        joined = tokens[first - 2].text + tokens[first - 1].text
        if joined in prefixes:  # "US$", "HK$", "Rs."
            return prefixes[joined], first - 2
    if first > 0 and tokens[first - 1].text in prefixes:
        return prefixes[tokens[first - 1].text], first - 1
    letters = lexicon().letter_currency_signs
    if first > 0 and tokens[first - 1].text in letters and _scaled_letter_amount(tokens, first):
        return letters[tokens[first - 1].text], first - 1
    words = lexicon().currency_words_before
    if first > 0 and tokens[first - 1].text in words and _word_sign(tokens, first):
        return words[tokens[first - 1].text], first - 1
    return None, first


def _word_sign(tokens: list[Token], first: int) -> bool:
    """Whether the currency word before digits is their sign: "pounds 600", not "10 pounds 6 ounces" nor "paid in
    pounds 10 years ago" (the digits have a unit of their own)."""
    if not tokens[first].is_number or (first > 1 and tokens[first - 2].is_number):
        return False
    after = tokens[first + 1] if first + 1 < len(tokens) else None
    if after is None or after.text in lexicon().money_scales or after.lower in lexicon().scales:
        return True  # "pounds 1.5m", "pounds 2 million"
    return after.lower not in _unit_words()


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    """The first words of the units of the lexicon that are no currency ("years", "km", "feet")."""
    return frozenset(tokenize(key)[0].lower for key, row in lexicon().units.items() if not row.currency and key)


def _scaled_letter_amount(tokens: list[Token], first: int) -> bool:
    """Whether tokens[first] is digits written against the letter before them, on a word boundary, and a
    scale follows the digits ("N1.2tn", "R12.5m", "P2.3 billion", "R2.5-billion") or the digits are grouped in thousands
    ("P429,726,344", "R12,500"): a label's digits ("N95", "P45 forms") are never grouped."""
    sign, digits = tokens[first - 1], tokens[first]
    if not digits.is_number or not attached(sign, digits):
        return False
    if first > 1 and attached(tokens[first - 2], sign) and tokens[first - 2].is_word:
        return False
    if _THOUSANDS.fullmatch(digits.text):
        return True
    if first + 1 >= len(tokens):
        return False
    lex, scale = lexicon(), tokens[first + 1]
    if scale.text == "-" and first + 2 < len(tokens) and attached(digits, scale) and attached(scale, tokens[first + 2]):
        scale = tokens[first + 2]  # "R2.5-billion", the scale hyphened to the digits
        return lex.scales.get(scale.lower, 0) >= 1000
    return scale.lower in lex.scales or (attached(digits, scale) and scale.text in lex.money_scales)


def code_after(tokens: list[Token], k: int) -> tuple[str, float, int] | None:
    """(code, what it scales the figure before it by, its last token) of a currency code written after a figure, at
    tokens[k]: "USD", or with a scale word after it ("75 USD million"). A scale letter in one word with a code
    ("120 MEUR") is not read: "3 MSAR teams" are search-and-rescue teams."""
    lex = lexicon()
    code = lex.currency_prefixes.get(tokens[k].text)
    if code is None or not is_code(code):
        return None
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if after is not None and after.is_word and len(after.text) > 2 and lex.scales.get(after.lower, 0) >= 1000:
        return code, float(lex.scales[after.lower]), k + 1
    return code, 1.0, k


def is_code(currency: str) -> bool:
    return len(currency) == 3 and currency.isupper()


def is_currency(unit: str) -> bool:
    """Whether a unit is money: a currency code, or a family no place decided ("dollar", "pound")."""
    return unit in lexicon().currency_places or is_code(unit)


def one_currency(first: str | None, second: str | None) -> bool:
    """Whether two money units may be one currency: the same, or a family no place decided ("dollar": "$" in
    a story that names no country of the dollar) and one of its codes ("USD")."""
    if first == second:
        return True
    if first is None or second is None:
        return False
    families = lexicon().currency_places
    return second in families.get(first, {}) or first in families.get(second, {})


@lru_cache(maxsize=2)  # as written, and in lower case: always called with `folded` by position, one key each
def _place_phrases(folded: bool) -> dict[str, list[tuple[tuple[str, ...], str, str]]]:
    """(place as tokens, family, code) by the place's first token, as written (or in lower case when
    `folded`), longest first."""
    index: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for family, codes in lexicon().currency_places.items():
        for code, places in codes.items():
            for place in places:
                words = tuple(t.lower if folded else t.text for t in tokenize(place))
                index.setdefault(words[0], []).append((words, family, code))
    for rows in index.values():
        rows.sort(key=lambda row: -len(row[0]))
    return index


def place_at(tokens: list[Token], k: int, any_case: bool = False) -> list[tuple[int, str, str]]:
    """The places starting at tokens[k], a possessive on their last word or not ("Argentina's"): (index of
    their last token, family, code), longest first. In the case they are written in, unless `any_case`."""
    if k >= len(tokens):
        return []

    def word(i: int) -> str:
        return tokens[i].lower if any_case else tokens[i].text

    found = []
    for words, family, code in _place_phrases(any_case).get(_unpossessed(word(k)), ()):
        end = k + len(words)
        if end <= len(tokens) and all(
            word(k + i) == w or (k + i == end - 1 and _unpossessed(word(k + i)) == w) for i, w in enumerate(words)
        ):
            found.append((end - 1, family, code))
    return found


def may_start_place(token: Token) -> bool:
    """Whether a place of `currency_places` may start at this token, in any case."""
    return token.is_capitalized or _unpossessed(token.lower) in _place_phrases(True)


def _unpossessed(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def places_named(sentences: Iterable[list[Token]], firms_too: bool = True) -> Places:
    """What the places named in these sentences say about each family ("peso" → {"MXN"}); unless `firms_too`,
    leaving out a place that only says whose a business is ("the Taiwanese company Evergreen Marine")."""
    named: dict[str, set[str]] = {}
    firsts = _place_phrases(False)
    firms = word_set("firm_nouns")
    for tokens in sentences:
        k = 0
        while k < len(tokens):
            if _unpossessed(tokens[k].text) not in firsts:
                k += 1
                continue
            found = place_at(tokens, k)
            for last, family, code in found:
                if firms_too or not _names_a_firm(tokens, last, firms):
                    named.setdefault(family, set()).add(code)
            k = found[0][0] + 1 if found else k + 1
    return {family: frozenset(codes) for family, codes in named.items()}


def _names_a_firm(tokens: list[Token], last: int, firms: frozenset[str]) -> bool:
    """Whether the place ending at tokens[last] is written before a business's noun ("Taiwanese company",
    "a Japanese-owned firm" is not: only the noun right after it)."""
    following = tokens[last + 1 : last + 3]
    words = [t.lower for t in following]
    return bool(words) and (words[0] in firms or " ".join(words) in firms)


def resolved(currency: str, sentence: Places, document: Places) -> str:
    """A code for a family where the sentence's places, else the document's, point to one currency."""
    if is_code(currency):
        return currency
    for places in (sentence, document):
        codes = places.get(currency, frozenset())
        if len(codes) == 1:
            return next(iter(codes))
        if codes:
            return currency  # places of several countries: not decided
    return currency


def named_currency(tokens: list[Token], k: int) -> tuple[str, UnitRow, int] | None:
    """A currency word at tokens[k], maybe after the place that decides it ("Canadian dollars", "US dollar";
    in any case there, since the currency word that follows leaves no other reading: "swiss francs"):
    (currency, its unit row, index of its last token)."""
    lex = lexicon()
    for last, family, code in place_at(tokens, k, any_case=True):
        phrase = match_phrase(tokens, last + 1, lex.phrases(lex.units))
        if phrase:
            row = lex.units[lex.key_of(lex.units, phrase)]
            if row.currency in (family, code):  # "Canadian dollars"; "Chinese yuan", "Malaysian ringgit"
                return code, row, last + len(phrase)
    phrase = match_phrase(tokens, k, lex.phrases(lex.units))
    if phrase:
        row = lex.units[lex.key_of(lex.units, phrase)]
        if row.currency:
            return row.currency, row, k + len(phrase) - 1
    return None


def rate_base(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """The currency an exchange rate is counted against, after the figure: "/dollar", "per dollar",
    "to the US dollar", "against the euro", "per $1". (currency, index of its last token)."""
    lex = lexicon()
    connector = match_phrase(tokens, k, lex.phrases(lex.rate_connectors))
    if not connector:
        return None
    k += len(connector)
    for one in (k + 1, k + 2):  # "per $1", "to US$1"
        if one < len(tokens) and tokens[one].text == "1":
            sign, start = currency_before(tokens, one)
            if sign and start == k:
                return sign, one
    named = named_currency(tokens, k)
    if named and not (named[1].unit and named[1].currency):  # "per pound" of weight is a price, not a rate
        return named[0], named[2]
    return None


def rate_base_before(tokens: list[Token], first: int) -> tuple[str, int] | None:
    """The currency an exchange rate is counted against, written before the figure as one unit of it and "="
    ("($1 = 0.7133 pounds)", "(1 euro = 1.08 dollars)"): (currency, index of the figure's first token)."""
    if first < 2 or tokens[first - 1].text != "=":
        return None
    end = first - 2  # the base's last token
    if tokens[end].text == "1":
        sign, _ = currency_before(tokens, end)
        if sign:
            return sign, first
    for one in (end - 1, end - 2):
        named = named_currency(tokens, one + 1) if one >= 0 and tokens[one].text == "1" else None
        if named and named[2] == end:
            return named[0], first
    return None


def is_weight(tokens: list[Token], first: int, unit_first: int, unit_last: int) -> bool:
    """Whether a word that is a weight or money ("pounds") is a weight here: "weighed 12 pounds",
    "500 pounds of explosives", "a 500-pound bomb", "2,300 kg (5,070 pounds)"; in brackets beside a figure, also
    when the same word was a weight earlier in the sentence ("lost 6% of their weight (13 pounds) and 9% (20
    pounds)"), where a figure in brackets restates its neighbour in the way the first one did."""
    if _weight_here(tokens, first, unit_first, unit_last):
        return True
    if first == 0 or tokens[first - 1].text != "(":
        return False
    restated = lexicon().units.get(tokens[first - 2].lower) if first > 1 else None
    signed = first > 1 and tokens[first - 2].is_number and currency_before(tokens, first - 2)[0] is not None
    if signed or (restated is not None and restated.currency is not None):
        return False  # "fined 5,000 euros (4,300 pounds)", "$5,000 (3,900 pounds)": the sum in another currency
    word = tokens[unit_first].lower
    return any(
        tokens[k].lower == word and tokens[k - 1].is_number and _weight_here(tokens, k - 1, k, k)
        for k in range(1, unit_first)
    )


def _weight_here(tokens: list[Token], first: int, unit_first: int, unit_last: int) -> bool:
    cues = lexicon().weight_cues
    if any(t.lower in cues for t in tokens[max(0, first - 4) : first]):
        return True
    if first > 1 and tokens[first - 1].text == "(" and _is_mass(tokens[first - 2].lower):
        return True
    if any(t.lower in cues for t in tokens[unit_last + 1 : unit_last + 3]):
        return True
    nxt = tokens[unit_last + 1] if unit_last + 1 < len(tokens) else None
    if nxt is not None and nxt.lower == "of":
        return True
    return unit_first > 0 and tokens[unit_first - 1].text == "-" and nxt is not None and nxt.is_word


def _is_mass(word: str) -> bool:
    row = lexicon().units.get(word)
    return row is not None and row.dimension == "mass" and row.currency is None
