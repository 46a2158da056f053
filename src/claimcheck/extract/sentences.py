"""Sentence spans in normalised text: lines are paragraphs; abbreviations do not end sentences.

A sentence is at most `MAX_SENTENCE` characters: longer text without a full stop (a list, a table flattened
into one line, a hostile file) is cut into windows of that size, after a clause mark or a space where one
falls in the second half of the window. Every extractor works within a sentence, so its work per figure is
bounded and extraction stays linear in the length of a line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimcheck.extract.lexicon import lexicon

ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "gov",
    "sen",
    "rep",
    "gen",
    "col",
    "capt",
    "lt",
    "sgt",
    "maj",
    "prof",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "no",
    "vs",
    "etc",
    "inc",
    "ltd",
    "co",
    "jr",
    "sr",
    "mt",
    "ft",
    "approx",
    "est",
    "fig",
    "vol",
    "p.m",
    "a.m",
    "u.s",
    "u.n",
    "u.k",
    "e.g",
    "i.e",
}
_END = re.compile(r"[.!?]+[\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9])")


# Twice the longest sentence in the corpora this project is measured on (437 characters).
MAX_SENTENCE = 1_000


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def ends_sentence(text: str, stop: int) -> bool:
    """Whether the punctuation at `stop` closes a sentence (not 'Sept.', 'U.S.', 'K. S.')."""
    if text[stop] != ".":
        return True
    word = re.search(r"([\w.]+)$", text[max(0, stop - 40) : stop])
    if not word:
        return True
    before = word.group(1).lower()
    if _INITIALS.fullmatch(word.group(1)) and _OPENER_AFTER.match(text, stop + 1):
        return True  # "a bank in the U.S. Her successor said": a pronoun or "The" opens the next sentence
    if before.rstrip(".") in _CLOCK_ABBREVIATIONS and _clock_opener().match(text, stop + 1):
        return True  # "fell at 8:49 p.m. In advance of the storm": a word that opens a sentence follows the time
    if before in ABBREVIATIONS or before.rstrip(".") in ABBREVIATIONS:
        return False
    if f"{word.group(1)}." in _dotted_currency_signs() and text[stop + 1 : stop + 3].strip()[:1].isdigit():
        return False  # "Rs. 57.46 crore": a currency sign written with a full stop, its amount after it
    if f"{before}." in _dotted_units() and text[stop + 1 : stop + 3].strip()[:1] == "(":
        return False  # "80 m.p.h. (130 km/h)": a unit written with full stops, its restatement in brackets after it
    if _INITIALS.fullmatch(word.group(1)):
        return False  # "the L.G. Polymers plant", "R.R. Venkatapuram": capitals with full stops name something
    if word.group(1) in _letter_units() and (measure := _MEASURE_BEFORE.search(text, 0, stop - 1)):
        return _ends_at_letter_unit(text, stop, measure.start(), measure.group(1) is not None)
    return not (len(before) == 1 and before.isalpha() and text[stop - 1].isupper())


# Words that open a sentence and never follow initials inside one ("the U.S. Her …"): a pronoun, a possessive or
# "The"; after a word's abbreviation they may ("England vs. The Netherlands").
_OPENER_AFTER = re.compile(r"\s+(?:He|She|It|They|We|His|Her|Its|Their|Our|This|These|Those|The)\b")


# The abbreviations of a time of day, after which a sentence may end (`clock_sentence_openers`).
_CLOCK_ABBREVIATIONS = frozenset({"p.m", "a.m"})


@cache
def _clock_opener() -> re.Pattern[str]:
    """A word of `clock_sentence_openers` after the space that follows a time of day's full stop, maybe after the
    mark that opens a quotation or a bracket ('at 3 a.m. "We lost power'), as `_END` allows."""
    words = "|".join(map(re.escape, lexicon().clock_sentence_openers))
    return re.compile(rf"\s+[\"'(\[]?(?:{words})\b")


# Capital letters each with its full stop ("L.G", the last one's stop being the one judged).
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")


# What stands right before a unit written as one capital letter: a degree sign, or its figure, maybe with a space
# (never four digits, a year's: "In 1961 C. Wright Mills wrote").
_MEASURE_BEFORE = re.compile(r"(?:(?<!\d)\d{1,3}(?:\.\d+)? ?|([°˚º]))$")
# Where the clause of a figure opens: after a full stop, a semicolon or a colon before it.
_CLAUSE_OPENS = re.compile(r"[.!?;:\n][^.!?;:\n]*$")


def _ends_at_letter_unit(text: str, stop: int, figure: int, degree: bool) -> bool:
    """Whether a unit's letter after its figure ("40°C.", "104 F.") ends a sentence: never before a bracket, which
    restates it ("40 C. (104 F.) on Monday"); after a degree sign always ("it reached 41°C. The grid held"); after
    a bare figure only where its clause names a temperature ("The mercury hit 104 F. Officials"), since a letter
    after a number is as often an initial ("Room 12 C. Evans answered", "Woakes 45 C. Root did not bat")."""
    if text[stop + 1 : stop + 3].strip()[:1] == "(":
        return False
    if degree:
        return True
    opens = _CLAUSE_OPENS.search(text, 0, figure)
    clause = text[opens.start() + 1 if opens else 0 : figure].lower()
    return _temperature_words().search(clause) is not None


@cache
def _temperature_words() -> re.Pattern[str]:
    """The words of the lexicon's facts of temperature ("temperatures", "the mercury", "highs"), as one pattern."""
    lex = lexicon()
    words = {w for name, row in lex.facts.items() if row.dimension == "temperature" for w in lex.fact_words(name)}
    words |= set(lex.air_temperature_words)
    return re.compile(r"\b(?:" + "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True)) + r")\b")


@cache
def _letter_units() -> frozenset[str]:
    """Units written as one capital letter ("C", "F"), which no initial after a figure is."""
    return frozenset(key for key in lexicon().units if len(key) == 1 and key.isupper())


@cache
def _dotted_units() -> frozenset[str]:
    """Units written with a full stop after each letter ("m.p.h.", "p.p.")."""
    return frozenset(key.lower() for key in lexicon().units if key.endswith(".") and "." in key[:-1])


@cache
def _dotted_currency_signs() -> frozenset[str]:
    """Currency signs written with a full stop ("Rs.")."""
    return frozenset(sign for sign in lexicon().currency_prefixes if sign.endswith("."))


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    position = 0
    for line in text.split("\n"):
        line_start = position
        position += len(line) + 1
        begin = 0
        for match in _END.finditer(line):
            if ends_sentence(line, match.start()):
                _add(sentences, line, line_start, begin, match.end())
                begin = match.end()
        _add(sentences, line, line_start, begin, len(line))
    return sentences


def _add(sentences: list[Sentence], line: str, line_start: int, begin: int, end: int) -> None:
    chunk = line[begin:end]
    stripped = chunk.strip()
    if not stripped:
        return
    start = line_start + begin + len(chunk) - len(chunk.lstrip())
    while len(stripped) > MAX_SENTENCE:
        cut = _cut(stripped)
        window = stripped[:cut].rstrip()
        sentences.append(Sentence(start, start + len(window), window))
        rest = stripped[cut:]
        stripped = rest.lstrip()
        start += cut + len(rest) - len(stripped)
    if stripped:
        sentences.append(Sentence(start, start + len(stripped), stripped))


def _cut(text: str) -> int:
    """Where the first window of an over-long text ends: after the last clause mark in the second half of
    `MAX_SENTENCE` characters, else after the last space there, else at the limit."""
    half = MAX_SENTENCE // 2
    for marks in ((",", ";", ":"), (" ",)):
        cut = max(text.rfind(mark, half, MAX_SENTENCE) for mark in marks)
        if cut > 0:
            return cut + 1
    return MAX_SENTENCE
