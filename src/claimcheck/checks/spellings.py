"""How two spellings of a name differ, shared by `name-spelling` and `kind: name` rules.

Names are compared word by word, in their normalised form (accents, case and the dots of initials
dropped). A word may differ by a standard romanisation variant (the lexicon's `romanisation_variants`:
"Sergeyev" / "Sergeev", "Oustinov" / "Ustinov"), by a transliteration (the lexicon's `transliteration`:
"Shakhramanyan" / "Shahramanyan", "Yuri" / "Iouri"), or, in one word at most, by a changed, dropped, added
or transposed letter or by its vowels ("Lépez" / "López", "Anubha" / "Anubhav"). Anything more and the two
are different people: "Araik Arutyunyan" and "Artur Arutyunyan" share only a surname.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import lru_cache

import regex
from rapidfuzz.distance import OSA

from claimcheck.extract.lexicon import lexicon

_VOWELS = frozenset("aeiouy")


@dataclass(frozen=True)
class SpellingDifference:
    """How two spellings of one name differ: `romanisation` when only by standard romanisation variants
    (at most `info`), and a description of each differing word for the message."""

    romanisation: bool
    details: tuple[str, ...]

    def describe(self) -> str:
        return "; ".join(self.details)


@lru_cache(maxsize=16)
def _rewrites(table: str) -> tuple[regex.Pattern[str], dict[str, str]]:
    mapping: dict[str, str] = getattr(lexicon(), table)
    keys = sorted(mapping, key=len, reverse=True)  # "yev$": only at the end of a word
    alternation = "|".join(regex.escape(k[:-1]) + "$" if k.endswith("$") else regex.escape(k) for k in keys)
    return regex.compile(alternation), mapping


def _rewrite(word: str, table: str) -> str:
    pattern, mapping = _rewrites(table)
    return pattern.sub(lambda m: mapping.get(m.group()) or mapping[m.group() + "$"], word)


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A word as its transliterations all read: 'shakhramanyan' and 'shahramanyan' → 'shahramanian'."""
    rewritten = _rewrite(word, "transliteration")
    return regex.sub(r"(.)\1+", r"\1", rewritten)


@lru_cache(maxsize=65536)
def romanised(word: str) -> str:
    """A word with the standard romanisation variants made one: 'sergeyev' → 'sergeev'."""
    return _rewrite(word, "romanisation_variants")


def spelled_out(name: str) -> str:
    """A name as written with its letters that are spelled out elsewhere spelled out ("Müller" → "Mueller")."""
    letters = lexicon().spelled_out_letters
    return "".join(letters.get(ch, ch) for ch in name)


def initial(word: str) -> str:
    """The sound a word starts with, the same for its transliterations: vowels, y, i and j all count as
    one ('Yevgeny' / 'Evgeny', 'Oleksandr' / 'Aleksandr')."""
    first = skeleton(word)[:1]
    return "a" if first in _VOWELS else first


def block_of_form(form: str) -> str:
    """Number of words and the initial sound of the last: two spellings of one name always agree on it, a
    given name with its first letter changed too ("Melvin" / "Kelvin Kiptum")."""
    words = form.split()
    return f"{len(words)}:{initial(words[-1]) if words else ''}"


def _consonants(word: str) -> str:
    return "".join(c for c in skeleton(word) if c not in _VOWELS)


def _word_difference(x: str, y: str) -> tuple[str, str] | None:
    """('romanisation' | 'transliteration' | 'letter', description) for two spellings of one word."""
    if romanised(x) == romanised(y):
        return "romanisation", f"“{x}” / “{y}”: a standard romanisation variant"
    if skeleton(x) == skeleton(y):
        return "transliteration", f"“{x}” / “{y}”: transliterated differently ({_changes(x, y)})"
    if min(len(x), len(y)) < 3:
        return None
    if OSA.distance(x, y) == 1 or (len(_consonants(x)) >= 2 and _consonants(x) == _consonants(y)):
        return "letter", f"“{x}” / “{y}”: {_changes(x, y)}"
    return None


# Two letters changed leave a word of this length or longer recognisable ("Weighman" / "Wiegman").
TWO_LETTERS_MIN = 6


def _two_letters(x: str, y: str) -> tuple[str, str] | None:
    """('letter', description) for two spellings of a long word two letters apart."""
    if min(len(x), len(y)) >= TWO_LETTERS_MIN and x[:1] == y[:1] and OSA.distance(x, y) == 2:
        return "letter", f"“{x}” / “{y}”: {_changes(x, y)}"
    return None


def _changes(x: str, y: str) -> str:
    """What turns one spelling into the other, in words: "o for e", "v left out", "letters swapped"."""
    if len(x) == len(y) and OSA.distance(x, y) == 1 and sorted(x) == sorted(y):
        return "letters swapped"
    parts = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, x, y, autojunk=False).get_opcodes():
        if op == "replace":
            parts.append(f"{x[a1:a2]} for {y[b1:b2]}")
        elif op == "delete":
            parts.append(f"{x[a1:a2]} left out")
        elif op == "insert":
            parts.append(f"{y[b1:b2]} added")
    return ", ".join(parts) or "spelt differently"


@lru_cache(maxsize=65536)
def spelling_difference(a: str, b: str, every_word: bool = False) -> SpellingDifference | None:
    """How normalised names `a` and `b` differ when they are one name spelled two ways; None when they are
    the same spelling, or different names. Unless `every_word` (something else ties the two to one person),
    at most one word may be misspelt and one word must be the same."""
    wa, wb = a.split(), b.split()
    if a == b or len(wa) != len(wb) or len(wa) < 2 or block_of_form(a) != block_of_form(b):
        return None
    kinds, details = [], []
    for x, y in zip(wa, wb, strict=True):
        if x == y:
            continue
        found = _word_difference(x, y) or (_two_letters(x, y) if every_word else None)
        if found is None:
            return None
        kinds.append(found[0])
        details.append(found[1])
    if not every_word and (kinds.count("letter") > 1 or len(kinds) == len(wa)):
        return None  # more than one misspelt word, or no word in common: other people
    return SpellingDifference(all(k == "romanisation" for k in kinds), tuple(details))


def variant_of(a: str, b: str) -> bool:
    """Whether normalised names `a` and `b` are one name spelled two ways."""
    return spelling_difference(a, b) is not None


# A place's name spelled with one letter changed is still that place only when it is this long or longer
# and keeps its first letter ("Marrakesh" / "Marrakech"): shorter names differ by a letter ("Iran", "Iraq").
PLACE_LETTER_MIN = 7


def same_place(a: str, b: str) -> bool:
    """Whether normalised place names `a` and `b` are one place spelled two ways: the same words but one,
    which differs by a romanisation or transliteration variant, or, in a long name or a name of several
    words ("Rukum West" / "Rukam West"), by one letter."""
    wa, wb = a.split(), b.split()
    if a == b or len(wa) != len(wb):
        return a == b
    differing = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(differing) != 1:
        return False
    x, y = differing[0]
    found = _word_difference(x, y)
    if found is None or found[0] != "letter":
        return found is not None
    return x[:1] == y[:1] and (len(wa) > 1 or min(len(x), len(y)) >= PLACE_LETTER_MIN)
