"""Selecting the claims a rule speaks of: tolerant word matching (case, plural, hyphens, accents, fuzzy)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from claimcheck.extract.names import fold
from claimcheck.extract.units import CANONICAL
from claimcheck.models import Claim, DateClaim, NameClaim, QuantityClaim, QuoteClaim
from claimcheck.rules.model import Rule


def stem(word: str) -> str:
    """A crude English singular: 'inhabitants' → 'inhabitant', 'casualties' → 'casualty'."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@cache
def words_of(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in re.findall(r"[a-z0-9']+", fold(text).replace("-", " ")))


def has_term(text: str | None, term: str, fuzzy: int = 100) -> bool:
    """Whether `term` (one or more words) occurs in `text`, tolerant of case, plurals, hyphens, accents."""
    if not text:
        return False
    haystack, needle = words_of(text), words_of(term)
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


def _any(text: str | None, terms: tuple[str, ...], fuzzy: int) -> bool:
    return any(has_term(text, term, fuzzy) for term in terms)


def _expand(terms: list[str], entities: dict[str, list[str]]) -> tuple[str, ...]:
    out: list[str] = []
    for term in terms:
        out += entities.get(term, [term])
    return tuple(out)


@dataclass(frozen=True)
class Terms:
    """A rule's `select` words with entity ids replaced by their aliases: worked out once per rule."""

    not_: tuple[str, ...]
    sentence: tuple[str, ...]
    mentions: tuple[str, ...]
    counted: tuple[str, ...]
    predicate: tuple[str, ...]
    event: tuple[str, ...]
    speaker: tuple[str, ...]
    name: tuple[str, ...]


def terms_of(rule: Rule, entities: dict[str, list[str]]) -> Terms:
    s = rule.select
    lists = (s.not_, s.sentence, s.mentions, s.counted, s.predicate, s.event, s.speaker, s.name)
    return Terms(*(_expand(terms, entities) for terms in lists))


def _frame(claim: Claim) -> str | None:
    if isinstance(claim, QuantityClaim):
        return claim.as_of
    if isinstance(claim, DateClaim):
        return claim.value.date
    return None


def _unit_ok(claim: Claim, unit: str | None) -> bool:
    if unit is None or not isinstance(claim, QuantityClaim):
        return True
    if unit == "none":
        return claim.unit is None
    canonical = claim.canonical.unit if claim.canonical else None
    return unit in (claim.unit, canonical) or CANONICAL.get(unit) == canonical


def selects(rule: Rule, claim: Claim, terms: Terms) -> bool:
    """Whether `rule` (its words as `terms`) selects `claim`."""
    s = rule.select
    if claim.kind != rule.kind:
        return False
    fuzzy = s.fuzzy
    if terms.not_ and _any(claim.sentence, terms.not_, 100):
        return False
    if terms.sentence and not _any(claim.sentence, terms.sentence, fuzzy):
        return False
    if terms.mentions and not _any(claim.sentence + " " + claim.doc.title, terms.mentions, fuzzy):
        return False
    if isinstance(claim, QuantityClaim):
        if claim.value.point is None and not s.vague:
            return False
        if terms.counted and not _any(claim.counted, terms.counted, fuzzy):
            return False
        both = f"{claim.predicate or ''} {claim.counted or ''}"
        if terms.predicate and not _any(both, terms.predicate, fuzzy):
            return False
    if isinstance(claim, DateClaim) and terms.event and not _any(claim.event, terms.event, fuzzy):
        return False
    if isinstance(claim, QuoteClaim) and terms.speaker and not _any(claim.speaker, terms.speaker, fuzzy):
        return False
    if isinstance(claim, NameClaim) and terms.name and not _any(claim.name, terms.name, fuzzy):
        return False
    frame = _frame(claim)
    if frame and s.after and frame < s.after[: len(frame)]:
        return False
    if frame and s.before and frame >= s.before[: len(frame)]:
        return False
    return _unit_ok(claim, s.unit)


def _indexed_text(claim: Claim) -> str:
    if isinstance(claim, QuantityClaim):
        return f"{claim.counted or ''} {claim.predicate or ''}"
    if isinstance(claim, DateClaim):
        return claim.event or ""
    if isinstance(claim, QuoteClaim):
        return claim.speaker or ""
    if isinstance(claim, NameClaim):
        return claim.name
    return ""


def _keyed_terms(rule: Rule, terms: Terms) -> tuple[str, ...] | None:
    """The terms of the key every selected claim must match in its indexed text, if the rule has one."""
    for keyed in (terms.counted, terms.predicate, terms.event, terms.speaker, terms.name):
        if keyed and rule.select.fuzzy == 100:
            return keyed
    return None


class ClaimIndex:
    """Claims by kind and by the words of what they count, what happened, their event, speaker or name, so that
    a rule looks only at the claims that can match it (blocking) instead of the whole corpus."""

    def __init__(self, claims: list[Claim]) -> None:
        self.by_kind: dict[str, list[int]] = {}
        self.by_word: dict[tuple[str, str], list[int]] = {}
        self.claims = claims
        for position, claim in enumerate(claims):
            self.by_kind.setdefault(claim.kind, []).append(position)
            for word in set(words_of(_indexed_text(claim))):
                self.by_word.setdefault((claim.kind, word), []).append(position)

    def candidates(self, rule: Rule, terms: Terms) -> list[int]:
        keyed = _keyed_terms(rule, terms)
        if keyed is None:
            positions: set[int] | list[int] = self.by_kind.get(rule.kind, [])
        else:
            positions = set()
            for term in keyed:
                words = words_of(term)
                if words:
                    positions.update(self.by_word.get((rule.kind, words[0]), []))
        return sorted(positions)

    def select_positions(self, rule: Rule, terms: Terms) -> list[int]:
        """The positions (in the indexed list) of the claims `rule` (its words as `terms`) selects."""
        return [p for p in self.candidates(rule, terms) if selects(rule, self.claims[p], terms)]
