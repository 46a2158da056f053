"""Words as claimcheck compares them: folded (accents and case dropped), singular, without a possessive.
Extraction, rule selection and discovery all read words through these functions."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss", "ı": "i"})
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def unaccented(text: str) -> str:
    """Accents dropped, case kept: 'López' → 'Lopez', 'Đoković' → 'Dokovic'. A text of ASCII alone is its own
    decomposition, with no accents to drop."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Accents and case dropped: 'López' → 'lopez', 'Wałęsa' → 'walesa', 'Đoković' → 'dokovic'."""
    return unaccented(text).lower().replace("’", "'")


_BRITISH_IZ = re.compile(r"(?<=[a-z]{3})is(e|er|ed|ing|ation)$")
# Plurals whose crude singular is another word: "lives" (of "life") is not the verb "live", so "300 lives" is no
# count of those who "live in" a place.
_KEPT_PLURALS = frozenset({"lives"})


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude English singular, spelt the American way: 'inhabitants' → 'inhabitant', 'casualties' →
    'casualty', 'organisers' → 'organizer'."""
    if word in _KEPT_PLURALS:
        return word
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 4 and word.endswith(("ses", "xes", "ches", "shes")):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return _BRITISH_IZ.sub(r"iz\1", word)


@lru_cache(maxsize=65536)
def words_of(text: str) -> tuple[str, ...]:
    """The words of `text` as they are compared: folded, singular, without a possessive ("province's" and
    "provinces'" are "province")."""
    return tuple(stem(w.removesuffix("'s")) for w in _WORD.findall(fold(text).replace("-", " ")))


def may_stand_in(text: str, phrases: Iterable[str]) -> bool:
    """Whether one of `phrases` may stand, as `words_of` gives its words, in `text` or in any text made of pieces of
    it (cut anywhere, a span blanked out, joined with spaces): false only where `text` lacks, even inside a longer
    word, the start of each phrase's first word that `stem` never rewrites. A cheap test before a reading that cuts
    a sentence into parts and looks for the phrases in each."""
    pattern = _first_word_starts(tuple(phrases))
    return pattern is None or pattern.search(fold(text)) is not None


@lru_cache(maxsize=256)
def _first_word_starts(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """A pattern of the start of each phrase's first word that `stem` leaves as written (not the "y" it writes for
    "ies", nor the "z" of "ise"); None where a phrase has no such start, so that every text may hold it."""
    starts = set()
    for phrase in phrases:
        words = words_of(phrase)
        end = len(words[0]) - words[0].endswith("y") if words else 0
        if words and words[0].find("iz", 3) >= 0:
            end = min(end, words[0].find("iz", 3) + 1)
        if end <= 0:
            return None
        starts.add(words[0][:end])
    return re.compile("|".join(re.escape(start) for start in sorted(starts, key=len, reverse=True)) or "(?!)")


def first_at(words: tuple[str, ...], phrases: list[tuple[str, ...]]) -> int | None:
    """Where the first of `phrases` (each as `words_of` gives it) starts in `words`, if any does."""
    found = [
        k
        for phrase in phrases
        if phrase
        for k in range(len(words) - len(phrase) + 1)
        if words[k : k + len(phrase)] == phrase
    ]
    return min(found, default=None)
