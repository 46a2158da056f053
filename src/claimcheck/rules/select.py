"""Selecting the claims a rule speaks of: tolerant word matching (case, plural, possessive, hyphens, accents,
fuzzy), on the part of the text each key speaks of (a figure's own phrase, its sentence, its article)."""

from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatchcase

from rapidfuzz import fuzz

from claimcheck.checks.frames import frame_of
from claimcheck.extract.units import CANONICAL
from claimcheck.extract.words import words_of
from claimcheck.models import Claim, DateClaim, Interval, NameClaim, QuantityClaim, QuoteClaim
from claimcheck.rules.model import Rule


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
    subject: tuple[str, ...]
    scope: tuple[str, ...]
    not_scope: tuple[str, ...]
    source: tuple[str, ...]
    outlet: tuple[str, ...]
    name: tuple[str, ...]


def terms_of(rule: Rule, entities: dict[str, list[str]]) -> Terms:
    s = rule.select
    lists = (s.not_, s.sentence, s.mentions, s.counted, s.predicate, s.event, s.speaker, s.subject, s.scope) + (
        s.not_scope,
        s.source,
        s.outlet,
        s.name,
    )
    return Terms(*(_expand(terms, entities) for terms in lists))


def _unit_ok(claim: Claim, unit: str | None) -> bool:
    if unit is None or not isinstance(claim, QuantityClaim):
        return True
    wanted = unit.lower()
    if wanted == "none":
        return claim.unit is None
    canonical = claim.canonical.unit if claim.canonical else None
    if canonical is None and claim.unit is None:
        return False
    written = (claim.unit or "").lower()
    return wanted in (written, (canonical or "").lower()) or CANONICAL.get(wanted) == canonical


def is_vague(claim: QuantityClaim) -> bool:
    """A vague amount ("hundreds of", "tens of thousands"): no figure, only an order of magnitude. An explicit
    range ("700 to 750") is not vague."""
    return claim.value.point is None and claim.value.approx


def place_of(claim: Claim) -> str:
    """Where a claim stands for selection: its stated place, else its article's place."""
    return getattr(claim, "scope", None) or claim.doc.place or ""


def _own_words(claim: Claim) -> str:
    """The text a `not:` word must be in to exclude the claim: a figure's own phrase (with the phrase that
    opens its sentence), the whole sentence for other claims."""
    phrase = getattr(claim, "phrase", None)
    return phrase if phrase is not None else claim.sentence


def _in_range(value: Interval, wanted: tuple[float | None, float | None]) -> bool:
    low, high = wanted
    return not (
        (low is not None and value.high is not None and value.high < low)
        or (high is not None and value.low is not None and value.low > high)
    )


def _document_matches(claim: Claim, patterns: list[str]) -> bool:
    where = [claim.doc.id, claim.doc.path, claim.doc.url or ""]
    return any(fnmatchcase(place, pattern) for pattern in patterns for place in where)


def selects(rule: Rule, claim: Claim, terms: Terms, sentence: str | None = None) -> bool:
    """Whether `rule` (its words as `terms`) selects `claim`. `sentence` is the part of its sentence that
    `sentence:` words are looked for in (see `ClaimIndex.sentence_for`), the whole sentence by default."""
    s = rule.select
    if claim.kind != rule.kind:
        return False
    fuzzy = s.fuzzy
    if terms.not_ and _any(_own_words(claim), terms.not_, 100):
        return False
    if terms.sentence and not _any(claim.sentence if sentence is None else sentence, terms.sentence, fuzzy):
        return False
    if terms.mentions and not _any(f"{claim.sentence} {claim.doc.title} {place_of(claim)}", terms.mentions, fuzzy):
        return False
    if terms.outlet and not _any(claim.doc.outlet, terms.outlet, fuzzy):
        return False
    if s.document and not _document_matches(claim, s.document):
        return False
    if isinstance(claim, QuantityClaim) and not _quantity_selected(rule, claim, terms):
        return False
    if isinstance(claim, DateClaim) and terms.event and not _any(claim.event, terms.event, fuzzy):
        return False
    if isinstance(claim, QuoteClaim) and terms.speaker and not _any(claim.speaker, terms.speaker, fuzzy):
        return False
    if isinstance(claim, NameClaim) and terms.name and not _any(claim.name, terms.name, fuzzy):
        return False
    if s.after or s.before:
        period = frame_of(claim).period
        if period and s.after and period < s.after[: len(period)]:
            return False
        if period and s.before and period >= s.before[: len(period)]:
            return False
    return _unit_ok(claim, s.unit)


def _quantity_selected(rule: Rule, claim: QuantityClaim, terms: Terms) -> bool:
    s, fuzzy = rule.select, rule.select.fuzzy
    if is_vague(claim) and not s.vague:
        return False
    if s.value is not None and not _in_range(claim.value, s.value):
        return False
    if terms.counted and not _any(claim.counted, terms.counted, fuzzy):
        return False
    if terms.predicate and not _any(f"{claim.predicate or ''} {claim.counted or ''}", terms.predicate, fuzzy):
        return False
    if terms.subject and not _any(claim.subject, terms.subject, fuzzy):
        return False
    if terms.source and not _any(claim.source, terms.source, fuzzy):
        return False
    if terms.scope and not _any(place_of(claim), terms.scope, fuzzy):
        return False
    return not (terms.not_scope and _any(place_of(claim), terms.not_scope, 100))


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
        self._phrases: dict[str, list[str]] = {}  # sentence -> the phrases of its figures
        for position, claim in enumerate(claims):
            self.by_kind.setdefault(claim.kind, []).append(position)
            for word in set(words_of(_indexed_text(claim))):
                self.by_word.setdefault((claim.kind, word), []).append(position)
            if isinstance(claim, QuantityClaim) and claim.phrase:
                self._phrases.setdefault(claim.sentence, []).append(claim.phrase)

    def sentence_for(self, claim: Claim) -> str:
        """A figure's sentence as its `sentence:` words are looked for in: without the phrases of the other
        figures it shares the sentence with (in "at a depth of 35 km, 102 km west of the city", "depth" is
        about 35 km only). Other claims: the whole sentence."""
        phrase = getattr(claim, "phrase", None)
        others = [p for p in self._phrases.get(claim.sentence, []) if p != phrase]
        if not phrase or not others:
            return claim.sentence
        rest = claim.sentence
        for other in others:
            rest = rest.replace(other, " | ")
        return f"{phrase} | {rest}"

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
        return [
            p
            for p in self.candidates(rule, terms)
            if selects(rule, self.claims[p], terms, self.sentence_for(self.claims[p]) if terms.sentence else None)
        ]
