"""Units: the unit written after a figure (or the scale named before it), and its value in one canonical
unit per dimension, from the table of conversions pint gives (`unit_table.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimcheck.extract.currency import code_after, may_start_place, named_currency
from claimcheck.extract.lexicon import UnitRow, lexicon, word_set
from claimcheck.extract.tokens import BULLETS, Token, attached, match_phrase_before, opens_list_line, tokenize
from claimcheck.extract.unit_table import CANONICAL, TABLE, unit_factors
from claimcheck.models import Canonical, Interval

# The unit of a time of day ("11.47 p.m."), which rules may select by: `unit: time of day`.
TIME_OF_DAY = "time of day"


def factor(unit: str, dimension: str) -> tuple[float, float]:
    """(scale, offset) converting `unit` to the dimension's canonical unit."""
    if dimension not in CANONICAL:
        return 1.0, 0.0
    try:
        return unit_factors()[dimension][unit]
    except KeyError:
        raise LookupError(
            f"unit {unit!r} ({dimension}) is not in {TABLE}: remake it with python -m claimcheck.extract.unit_table"
        ) from None


def canonical(written: str, value: Interval) -> tuple[str | None, Canonical | None]:
    """(unit as written, canonical value) for a unit as written; currencies become their code or family."""
    row = lexicon().units.get(written.lower()) or lexicon().units.get(written)
    if row is None:
        return written, None
    if row.currency and not row.unit:
        return row.currency, Canonical(value=value, unit=row.currency)
    return measured(written, row, value)


def measured(written: str, row: UnitRow, value: Interval) -> tuple[str | None, Canonical | None]:
    """(unit as written, canonical value) of a physical measure; a unit of no known kind ("degrees") is
    kept as written and converted to nothing."""
    if row.unit is None or row.dimension is None:
        return written, None
    if row.dimension not in CANONICAL:
        return written, Canonical(value=value, unit=row.unit)
    scale, offset = factor(row.unit, row.dimension)
    return written, Canonical(value=value.scaled(scale, offset), unit=CANONICAL[row.dimension])


def is_measure_symbol(key: str, row: UnitRow) -> bool:
    """Whether a unit is written as a symbol or an abbreviation of a measure ("mm", "km", "kg", "MW", "%"),
    which makes a year-shaped number before it a measure ("2003 mm"): not a currency ("in 2010 dollars"), a
    duration or a word ("the 2019 share sale")."""
    return not row.currency and row.dimension != "duration" and (len(key) <= 3 or not key.isalpha())


@dataclass
class UnitMatch:
    """A unit written after a figure: its lexicon key, its row, where it ends, and the currency a place
    written with it decides ("Canadian dollars")."""

    key: str
    row: UnitRow
    first: int
    last: int
    currency: str | None = None


@cache
def _unit_index() -> dict[str, list[tuple[tuple[str, ...], str, UnitRow, tuple[bool, ...]]]]:
    """The units by first word, longest first: (words, key, row, whether each word is written against the
    next one in the key: "km2" is not "km 2")."""
    index: dict[str, list[tuple[tuple[str, ...], str, UnitRow, tuple[bool, ...]]]] = {}
    for key, row in lexicon().units.items():  # by key, not by lower-case phrase: "MB" and "mb" are two units
        written = tokenize(key)
        gaps = tuple(attached(a, b) for a, b in zip(written, written[1:], strict=False))
        phrase = tuple(t.lower for t in written)
        index.setdefault(phrase[0], []).append((phrase, key, row, gaps))
    for rows in index.values():
        rows.sort(key=lambda entry: -len(entry[0]))
    return index


def unit_after(tokens: list[Token], last: int) -> UnitMatch | None:
    """The unit written after the figure ending at tokens[last] ("km", "-magnitude", "Canadian dollars")."""
    k = last + 1
    if k + 1 < len(tokens) and tokens[k].text == "-" and attached(tokens[last], tokens[k]):
        k += 1  # "5.4-magnitude", "10-km"
    if k >= len(tokens):
        return None
    partitive = _partitive_span(tokens, k)
    if partitive is not None:
        return partitive
    token = tokens[k]
    named = named_currency(tokens, k) if may_start_place(token) else None
    if named and (named[1].currency != named[0] or named[2] > k):  # a place decides it or stands before it:
        # "Canadian dollars", "Chinese yuan"
        lex = lexicon()
        return UnitMatch(lex.key_of(lex.units, (tokens[named[2]].lower,)), named[1], k, named[2], named[0])
    code = code_after(tokens, k)
    if code is not None:  # a code after the figure: "50 million USD", "75 USD million", "120 MEUR"
        return UnitMatch(token.text, UnitRow(currency=code[0]), k, code[2])
    for phrase, key, row, gaps in _unit_index().get(token.lower, ()):
        end = k + len(phrase)
        if gaps and (
            end > len(tokens)
            or any(tokens[k + i].lower != word for i, word in enumerate(phrase))
            or any(attached(tokens[k + i], tokens[k + i + 1]) != gap for i, gap in enumerate(gaps))
        ):
            continue
        against = attached(tokens[last], token) and token.text == key
        if row.attached and not against and not (row.spaced_end and token.text == key and _ends_figure(tokens, end)):
            continue
        if row.cased and token.text != key:  # "940 mb" is no megabyte
            continue
        if row.closing and _describes_what_follows(tokens, end):
            continue
        if row.ordinal and end < len(tokens) and tokens[end].text == "-" and attached(tokens[end - 1], tokens[end]):
            continue  # "second-place"
        if row.dimension == "length":
            return _speed_after(UnitMatch(key, row, k, end - 1), tokens)
        return UnitMatch(key, row, k, end - 1)
    return None


# What leads from a figure to the span of time it is a part of: "five of those minutes", "two of the days".
_PARTITIVE_LEADS = (("of", "those"), ("of", "these"), ("of", "the"))


def _partitive_span(tokens: list[Token], k: int) -> UnitMatch | None:
    """The unit of time a figure counts its part of, from tokens[k] ("just under five of those minutes spent in
    freefall", "three of the days"): so many of them is a span of that unit."""
    for lead in _PARTITIVE_LEADS:
        end = k + len(lead)
        if end < len(tokens) and tuple(t.lower for t in tokens[k:end]) == lead:
            key = tokens[end].lower
            row = lexicon().units.get(key)
            if row is not None and row.dimension == "duration" and row.unit:
                return UnitMatch(key, row, k, end)
    return None


def _describes_what_follows(tokens: list[Token], k: int) -> bool:
    """Whether a word before tokens[k] describes it ("12 stone cottages", "10 Stone Street"): a word follows that
    is neither a unit nor one that opens the next part of the sentence ("13 stone and 4lb", "9 stone in 2019")."""
    if k >= len(tokens) or not tokens[k].is_word:
        return False
    word = tokens[k].lower
    return word not in lexicon().units and word not in word_set("unwritten_part_followers")


def _ends_figure(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] closes the phrase of a figure before it: a bracket, a comma, a semicolon, "or", a full
    stop or nothing ("110 F (43 C)", "minus 298 F, or minus 183 C")."""
    return k >= len(tokens) or tokens[k].text in ("(", ")", ",", ";", ".") or tokens[k].lower == "or"


def _speed_after(length: UnitMatch, tokens: list[Token]) -> UnitMatch | None:
    """A length over a duration is a speed: "150 miles an hour" is the lexicon's "mph", "80 km/hr" its
    "km/h". A length over a duration the lexicon names no speed for ("500 kilometres each month") keeps its length. "a year" before a word of a
    time back (`speed_stops`: "rose 2 metres a year ago") is no rate."""
    k = length.last + 1
    if k < len(tokens) and tokens[k].text == "(":  # "165 miles (270 kilometers) per hour"
        closing = next((m for m in range(k + 1, min(len(tokens), k + 6)) if tokens[m].text == ")"), None)
        k = closing + 1 if closing is not None else k
    elif k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].lower == "or":
        # the other unit set off by commas: "130 kilometers, or 80 miles, each day"
        closing = next((m for m in range(k + 2, min(len(tokens), k + 7)) if tokens[m].text == ","), None)
        if closing is not None and closing + 1 < len(tokens) and tokens[closing + 1].lower in lexicon().per_words:
            k = closing + 1
    hyphened = _hyphen_at(tokens, k)  # "60 mile-per-hour winds", "a 100-kilometre-an-hour gust"
    k += hyphened
    if k + 1 >= len(tokens) or tokens[k].lower not in lexicon().per_words:
        return length
    start = k + 1 + (hyphened and _hyphen_at(tokens, k + 1))
    for phrase, _key, row, _gaps in _unit_index().get(tokens[start].lower if start < len(tokens) else "", ()):
        end = start + len(phrase)
        if row.dimension != "duration" or any(
            end > len(tokens) or tokens[start + i].lower != w for i, w in enumerate(phrase)
        ):
            continue
        if tokens[k].lower in ("a", "an") and end < len(tokens) and tokens[end].lower in lexicon().speed_stops:
            return length  # "rose 2 metres a year ago": a time before, no speed
        speed = _speeds().get(f"{length.row.unit} / {row.unit}")
        if speed:
            return UnitMatch(speed, lexicon().units[speed], length.first, end - 1)
        return length  # "a 30-mile-a-day pace", "moved 500 kilometres each month": the length, a rate of no speed
    return length


def _hyphen_at(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is a hyphen joined to the word before it, as in a unit written as one word."""
    return 0 < k < len(tokens) and tokens[k].text == "-" and attached(tokens[k - 1], tokens[k])


@cache
def _speeds() -> dict[str, str]:
    """The lexicon's speeds by their pint expression ("mile / hour" → "mph"), the first key of each."""
    speeds: dict[str, str] = {}
    for key, row in lexicon().units.items():
        if row.dimension == "speed" and row.unit:
            speeds.setdefault(row.unit, key)
    return speeds


def scale_prefix(tokens: list[Token], first: int) -> str | None:
    """A word before the figure that makes it a measure on a scale: "magnitude 7.8", "magnitude-5.9",
    "a magnitude of 4.8"."""
    lex = lexicon()
    phrase = _scale_phrase(tokens, first)
    return lex.scale_prefixes[lex.key_of(lex.scale_prefixes, phrase)] if phrase else None


def scale_prefix_start(tokens: list[Token], first: int) -> int:
    """Where the words of a scale before the figure at tokens[first] begin ("more than Mach 5": at "Mach"), or
    `first` with none: a bound before them bounds the figure."""
    phrase = _scale_phrase(tokens, first)
    if phrase is None:
        return first
    hyphen = first > 0 and tokens[first - 1].text == "-" and attached(tokens[first - 1], tokens[first])
    return first - int(hyphen) - len(phrase)


def _scale_phrase(tokens: list[Token], first: int) -> tuple[str, ...] | None:
    lex = lexicon()
    if first > 0 and tokens[first - 1].text == "-" and attached(tokens[first - 1], tokens[first]):
        first -= 1
    return match_phrase_before(tokens, first, lex.phrases_ending(lex.scale_prefixes))


# Words that may follow a quake's noun before the verb it is the subject of: a place phrase or a clause set off.
_AFTER_THE_QUAKE = frozenset({",", "which", "that", "in", "off", "near", "at", "on", "of", "under", "beneath", "along"})


def quake_scale(tokens: list[Token], first: int, last: int) -> str | None:
    """A figure with one decimal that a quake's noun follows ("a 6.1 quake", "a 5.8 aftershock") or that a quake
    "measured" or "registered" in its clause ("the earthquake measured 5.9", "the tremor, which registered 4.7"):
    a magnitude left unnamed. Counts of quakes have no decimals ("two quakes")."""
    written = "".join(t.text for t in tokens[first : last + 1])
    if not re.fullmatch(r"\d\.\d", written):
        return None
    nouns = word_set("quake_nouns")
    if last + 1 < len(tokens) and tokens[last + 1].lower in nouns:
        return "magnitude"
    if first == 0 or tokens[first - 1].lower not in word_set("scale_verbs"):
        return None
    # the quake heads the verb's subject: right before it, or before a phrase of place or "which" that follows it
    # ("The quake in Turkey measured", "The quake, which the USGS said measured"); "After the quake the river level
    # measured 4.5" measures the river
    for k in range(first - 2, max(-1, first - 12), -1):
        if tokens[k].text in (".", ";", ":") or tokens[k].lower in ("and", "but"):
            return None
        if tokens[k].lower in nouns:
            return "magnitude" if k == first - 2 or tokens[k + 1].lower in _AFTER_THE_QUAKE else None
    return None


# How many tokens before a figure a scale's noun that it is the value of may stand ("its magnitude was later
# revised down to 5.6").
SCALE_REACH = 8


def scale_named_before(tokens: list[Token], first: int) -> str | None:
    """The scale of a figure written with no unit that a scale's noun before it in its clause is given as ("put
    the magnitude at 5.8", "the quake's magnitude was 6.0", "revised the magnitude to 5.6", "its magnitude was
    upgraded from 5.5 to 5.8", "revised to 5.6 from 5.9"): only the words of `scale_links`, `estimate_verbs` and
    `scale_verbs` between, or the other end of a change. The caller makes sure no noun follows the figure ("the
    magnitude was put at 1,200 deaths" counts deaths)."""
    nouns, links = _scale_nouns_and_links()
    if first >= 2 and tokens[first - 1].text == ":":
        # "Magnitude: 6.8", "Magnitude of the quake: 6.8": the label of a line of key figures, the scale's noun
        # opening it, alone or before "of" what it measures
        head = next((k for k in range(first - 1) if tokens[k].text not in BULLETS), first - 1)
        whole = head == first - 2 or (head < first - 2 and tokens[head + 1].lower == "of")
        if whole and tokens[head].lower in nouns and all(t.is_word for t in tokens[head : first - 1]):
            return nouns[tokens[head].lower]
        if tokens[first - 2].lower in nouns:
            return None
    for k in range(first - 1, max(-1, first - SCALE_REACH - 1), -1):
        token = tokens[k]
        if token.lower in nouns:
            return nouns[token.lower] if k < first - 1 else None
        if token.is_number and k > 0 and tokens[k - 1].lower in ("from", "to"):
            continue
        if not token.is_word or token.lower not in links:
            return None
    return None


def scale_named_after(tokens: list[Token], first: int, last: int) -> str | None:
    """The scale of a figure that opens its line before a colon and the scale's noun, as lists of key figures give
    it ("— 9.1: Magnitude of the earthquake", "— 6.2: Magnitude"); not "6.8: the quake's magnitude", "Step 1:
    magnitude" nor "— 5: Magnitude 7 quakes this year" (a count of quakes of that scale)."""
    nouns = _scale_nouns_and_links()[0]
    if last + 2 >= len(tokens) or tokens[last + 1].text != ":" or not opens_list_line(tokens, first):
        return None
    after = tokens[last + 3] if last + 3 < len(tokens) else None
    if after is not None and after.lower != "of" and after.text not in {".", ",", ";", "("}:
        return None  # the scale's noun is the whole label, or "of" what it measures follows it
    return nouns.get(tokens[last + 2].lower)


@cache
def _scale_nouns_and_links() -> tuple[dict[str, str], frozenset[str]]:
    """The one-word scale nouns (`scale_prefixes`) with their scales, and the words that may link one to a figure."""
    lex = lexicon()
    nouns = {key: lex.scale_prefixes[key] for key in lex.scale_prefixes if " " not in key}
    return nouns, word_set("scale_links") | word_set("estimate_verbs") | word_set("scale_verbs")


def unit_name(written: str | None) -> str | None:
    """What a unit as written stands for ("km" and "kilometres" are both "kilometer"); a unit the lexicon
    does not know stands for itself."""
    if written is None:
        return None
    row = lexicon().units.get(written.lower()) or lexicon().units.get(written)
    return row.unit if row is not None and row.unit is not None else written


def dimension(written: str | None) -> str | None:
    """The dimension a unit as written measures (length, speed, ...), or None."""
    row = lexicon().units.get(written.lower()) or lexicon().units.get(written) if written else None
    return row.dimension if row is not None else None


def scale_to(written: str) -> float:
    """How many canonical units one `written` unit is (1 for a unit not converted)."""
    row = lexicon().units.get(written.lower()) or lexicon().units.get(written)
    if row is None or row.unit is None or row.dimension is None:
        return 1.0
    return factor(row.unit, row.dimension)[0]


def from_canonical(value: float, written: str) -> float:
    """A canonical value in the unit `written` (the inverse of `canonical`)."""
    row = lexicon().units.get(written.lower()) or lexicon().units.get(written)
    if row is None or row.unit is None or row.dimension is None:
        return value
    scale, offset = factor(row.unit, row.dimension)
    return (value - offset) / scale


@dataclass(frozen=True)
class DefinedUnit:
    """A short form a story defines in brackets after a unit written out ("9.4 million tonnes (MT)"): the scale
    and the unit it stands for wherever the story writes it after a figure ("6.9 MT")."""

    scale: float
    unit: UnitMatch


# A short form a story may define: capitals, maybe with a closing "s" ("BCM", "MTs"), no digits.
_SHORT_FORM = re.compile(r"([A-Z]{2,5})s?")


def defined_units(sentences: list[list[Token]]) -> dict[str, DefinedUnit]:
    """The short forms the story defines for a unit, with a scale or not, each in brackets right after a figure
    written in full ("rose to 9.4 million tonnes (MT)", "12 billion cubic metres (BCM)"): a form in capitals whose
    letters are the initials of the scale's and the unit's words, that no unit of the lexicon holds already, defined
    once or each time alike (two meanings of one form define none). A name in brackets is none ("800 km (KCNA)",
    "42 kilometres (Kenya)")."""
    lex = lexicon()
    found: dict[str, DefinedUnit | None] = {}
    for tokens in sentences:
        for k, token in enumerate(tokens):
            if not token.is_number:
                continue
            last, scale = k, 1.0
            if k + 1 < len(tokens) and tokens[k + 1].is_word and len(tokens[k + 1].text) > 2:
                scale = float(lex.scales.get(tokens[k + 1].lower, 1))
                last += scale != 1.0
            unit = unit_after(tokens, last)
            if unit is None or unit.row.currency or unit.currency or unit.last + 3 >= len(tokens):
                continue
            opening, form, closing = tokens[unit.last + 1 : unit.last + 4]
            if (opening.text, closing.text) != ("(", ")") or form.text in lex.units or form.lower in lex.units:
                continue
            short = _SHORT_FORM.fullmatch(form.text)
            words = [t.lower for t in tokens[k + 1 : unit.last + 1] if t.is_word]
            if short is None or short.group(1).lower() != "".join(word[0] for word in words):
                continue
            defined = DefinedUnit(scale, unit)
            seen = found.setdefault(form.text, defined)
            if seen is not None and (seen.scale, seen.unit.key) != (scale, unit.key):
                found[form.text] = None
    return {form: defined for form, defined in found.items() if defined is not None}
