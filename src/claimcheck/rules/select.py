"""Selecting the claims a rule speaks of: tolerant word matching (case, plural, possessive, hyphens, accents,
fuzzy), on the part of the text each key speaks of (a figure's own phrase, its sentence, its article)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from functools import cache
from itertools import product
from operator import attrgetter
from typing import Any

from claimcheck.checks.frames import frame_of, period_days, replaced
from claimcheck.extract.figures import clause_lead, phrase_at
from claimcheck.extract.lexicon import lexicon
from claimcheck.extract.story_events import (
    brought_about_words,
    count_day,
    dateline_day,
    event_kind,
    other_event_day,
    reporting_day,
    span_end,
)
from claimcheck.extract.unit_table import CANONICAL
from claimcheck.extract.units import dimension as unit_dimension
from claimcheck.extract.words import words_of
from claimcheck.models import Claim, DateClaim, Interval, NameClaim, QuantityClaim, QuoteClaim
from claimcheck.rules.facts import grouped_facts, is_vague
from claimcheck.rules.model import Rule
from claimcheck.rules.terms import has_term, term_words


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
    terms = [_expand(terms, entities) for terms in lists]
    terms[8], terms[9] = _country_names(terms[8]), _country_names(terms[9])  # scope, not_scope
    return Terms(*terms)


def _country_names(places: tuple[str, ...]) -> tuple[str, ...]:
    """Places with every other name of a country among them (`place_aliases`: "US" for "United States")."""
    out = list(places)
    for place in places:
        for names in _countries().get(place.lower(), ()):
            out += [name for name in names if name not in out]
    return tuple(out)


@cache
def _countries() -> dict[str, list[list[str]]]:
    """A country's name or other name, in lower case → all its names."""
    found: dict[str, list[list[str]]] = {}
    for name, aliases in lexicon().place_aliases.items():
        names = [name, *aliases]
        for written in names:
            found.setdefault(written.lower(), []).append(names)
    return found


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
    # "unit: day" selects "seven days", "unit: mile" "60 miles": a unit named in the singular is its plural too
    # a currency code names no dimension: "unit: EUR" never selects a figure that has no canonical unit ("17")
    dimension = CANONICAL.get(wanted)
    return (
        wanted in (written, written.removesuffix("s"), (canonical or "").lower())
        or (dimension is not None and dimension == canonical)
        or _of_family(canonical or claim.unit or "", wanted)
    )


def _of_family(unit: str, family: str) -> bool:
    """Whether a currency is one of a family's ("unit: dollar" or "dollars" selects US, Canadian and Australian
    dollars), so a rule need not know which country's money a page means. A family named by a word that is also a
    physical unit ("pound") keeps its word's own readings: a rule on a weight in pounds selects no sterling."""
    family = family.removesuffix("s")
    return unit_dimension(family) is None and unit in lexicon().currency_places.get(family, {})


def dated_event(claim: DateClaim) -> str | None:
    """The kind of story event a date gives the day of (`event_kind`); None for a date that is no day."""
    return event_kind(claim.sentence, claim.text) if claim.value.granularity == "day" else None


def event_text(claim: DateClaim) -> str:
    """What `event:` words are looked for in: the words a date's event is given in, and the name of the kind
    of story event the date gives the day of ("shots rang out … Wednesday" is a shooting's day); nothing for
    the day something was said or reported ("local media reported on Saturday that … the landslide", a
    dateline) and the last day of a span ("3,500 flights through Saturday"), which are no event's day."""
    if reporting_day(claim.sentence, claim.text) or span_end(claim.sentence, claim.text):
        return ""
    if other_event_day(claim.sentence, claim.text):  # "a vigil for the quake's victims on Sunday"
        return ""
    if count_day(claim.sentence, claim.text):  # "the death toll from the tragedy … rose to 15 on Tuesday"
        return ""
    kind = dated_event(claim)
    brought = " ".join(brought_about_words(claim.sentence, claim.text)) if kind else ""  # "…, causing a spill"
    return f"{_before_a_reference(claim)} {brought} {kind or ''}".strip()


_REFERENCE = re.compile(r"\b(?:after|following|since|while)\b", re.I)


def _before_a_reference(claim: DateClaim) -> str:
    """A date's event without the words of an event the sentence names after the date by reference to it
    ("were found dead on Monday after the volcano erupted": the day is the finding's, not the eruption's;
    "died after two dams collapsed on September 10" keeps the collapse, named before its day), or of what was
    going on around it ("died Friday while helping rescue a team trapped in a cave": the day is the death's,
    not the one the team was trapped on)."""
    event = claim.event or ""
    at = claim.sentence.find(claim.text)
    cut = _REFERENCE.search(claim.sentence, at + len(claim.text)) if at >= 0 else None
    if cut is None:
        return event
    before = set(words_of(claim.sentence[: cut.start()]))
    after = set(words_of(claim.sentence[cut.start() :])) - before
    return " ".join(word for word in event.split() if word.lower() not in after)


def place_of(claim: Claim) -> str:
    """Where a claim stands for selection: its stated place, else its article's place."""
    return getattr(claim, "scope", None) or claim.doc.place or ""


def placed_in_document(claims: Sequence[Claim]) -> Sequence[Claim]:
    """One document's claims as selection reads their places. Where the document gives counts for two places
    or more ("105 died in Jajarkot and 52 in Rukum"), a count of it that states no place is the whole those
    are parts of: its article's place does not stand for it (it is that place's count no more than the
    other's), and it is given with none."""
    places = {c.scope for c in claims if isinstance(c, QuantityClaim) and c.scope and c.unit is None}
    if len(places) < 2:
        return claims
    unplaced = None
    placed: list[Claim] = []
    for claim in claims:
        if isinstance(claim, QuantityClaim) and not claim.scope and claim.unit is None and claim.doc.place:
            unplaced = unplaced or claim.doc.model_copy(update={"place": None})
            claim = claim.model_copy(update={"doc": unplaced})
        placed.append(claim)
    return placed


def _mentions_text(claim: Claim) -> str:
    return f"{claim.sentence} {claim.doc.title} {place_of(claim)}"


def _predicate_text(claim: QuantityClaim) -> str:
    """What `predicate:` words are looked for in: what happened and what is counted; for a figure given as the
    count a change started from ("the death toll jumped to 22, …, up from 13 earlier in the day"), which names
    neither, the words of its sentence before it too: it counts what the count that changed counts."""
    own = _happened_and_counted(claim)
    return f"{own} {_words_before(claim)}" if replaced(claim) else own


def _happened_and_counted(claim: QuantityClaim) -> str:
    return f"{claim.predicate or ''} {claim.counted or ''}"


def _words_before(claim: QuantityClaim) -> str:
    """What `_predicate_text` adds for a figure given as the count a change started from: its sentence before it
    (its phrase where the sentence does not hold it)."""
    at = claim.sentence.find(claim.text)
    return claim.sentence[:at] if at > 0 else claim.phrase or ""


def own_words(claim: Claim) -> str:
    """The text a `not:` word must be in to exclude the claim: a figure's own phrase (with the phrase that
    opens its sentence), the words of its clause that lead up to it (the subject it shares with the figures
    listed with it: "Two other fires were 80% and 50% contained"), the words before it where its phrase says
    the whole is someone's ("Meta … hitting 13% of its workforce": Meta's), and the place it states ("the
    province's toll", "282 injured there" stand for the place named before), the whole sentence for other
    claims."""
    phrase = getattr(claim, "phrase", None)
    if phrase is None:
        return claim.sentence
    # "Meta revealed 11,000 layoffs, hitting 13% of its workforce": whose workforce the sentence named before
    owner = claim.sentence[: max(phrase_at(claim.sentence, phrase), 0)] if _OWNED.search(phrase) else ""
    scope = getattr(claim, "scope", None) or ""
    return f"{clause_lead(claim.sentence, phrase)} {owner} {phrase} {_told_after(claim, phrase)} {scope}"


def _told_after(claim: Claim, phrase: str) -> str:
    """In a sentence whose clauses semicolons set apart, the rest of a figure's clause after its phrase ("…; three
    died when the ambulances were delayed"): what the sentence says of that count alone."""
    at = claim.sentence.find(claim.text)
    if at < 0 or ";" not in claim.sentence:
        return ""
    found = claim.sentence.find(phrase, max(at - len(phrase), 0))
    rest = claim.sentence[max(at + len(claim.text), found + len(phrase) if found >= 0 else 0) :]
    return rest[: rest.find(";")] if ";" in rest else rest if ";" in claim.sentence[:at] else ""


# A possessive pronoun in a figure's phrase ("13% of its workforce"): the whole is of whom the sentence named before.
_OWNED = re.compile(r"\b(?:its|their)\b", re.I)


def _in_range(value: Interval, wanted: tuple[float | None, float | None]) -> bool:
    low, high = wanted
    return not (
        (low is not None and value.high is not None and value.high < low)
        or (high is not None and value.low is not None and value.low > high)
    )


def _document_matches(claim: Claim, patterns: list[str]) -> bool:
    where = [claim.doc.id, claim.doc.path, claim.doc.url or ""]
    return any(fnmatchcase(place, pattern) for pattern in patterns for place in where)


def selects(
    rule: Rule, claim: Claim, terms: Terms, sentence: str | None = None, proven: frozenset[str] = frozenset()
) -> bool:
    """Whether `rule` (its words as `terms`) selects `claim`. `sentence` is the part of its sentence that
    `sentence:` words are looked for in (see `sentence_for`), the whole sentence by default. The keys in
    `proven` are known to match (see `RuleIndex`) and are not looked at."""
    s = rule.select
    if claim.kind != rule.kind:
        return False
    fuzzy = s.fuzzy
    if terms.not_ and _any(own_words(claim), terms.not_, 100):
        return False
    if terms.sentence and not _any(claim.sentence if sentence is None else sentence, terms.sentence, fuzzy):
        return False
    if terms.mentions and "mentions" not in proven and not _any(_mentions_text(claim), terms.mentions, fuzzy):
        return False
    if terms.outlet and "outlet" not in proven and not _any(claim.doc.outlet, terms.outlet, fuzzy):
        return False
    if s.document and not _document_matches(claim, s.document):
        return False
    if isinstance(claim, QuantityClaim) and not _quantity_selected(rule, claim, terms, proven):
        return False
    if (
        isinstance(claim, DateClaim)
        and terms.event
        and "event" not in proven
        and not _any(event_text(claim), terms.event, fuzzy)
    ):
        return False
    if isinstance(claim, DateClaim) and s.event_kind and dated_event(claim) not in s.event_kind:
        return False
    if (
        isinstance(claim, QuoteClaim)
        and terms.speaker
        and "speaker" not in proven
        and not _any(claim.speaker, terms.speaker, fuzzy)
    ):
        return False
    if isinstance(claim, NameClaim) and terms.name and "name" not in proven and not _any(claim.name, terms.name, fuzzy):
        return False
    if (s.after or s.before) and not _in_time(frame_of(claim).period, s.after, s.before):
        return False
    return _unit_ok(claim, s.unit)


def _in_time(period: str, after: str | None, before: str | None) -> bool:
    """Whether a claim's period meets `after:`/`before:` by the days it spans: it ends on or after `after` and
    before `before` (a quarter, half or week by its days: "2025-W38" ends before 2025-10-01)."""
    if not period:
        return True
    last = period_days(period)[1]
    if last is None:  # no days to compare: compare the ISO strings at the period's granularity
        return not (after and period < after[: len(period)]) and not (before and period >= before[: len(period)])
    if after and (bound := period_days(after)[0]) is not None and last < bound:
        return False
    return not (before and (bound := period_days(before)[0]) is not None and last >= bound)


def _quantity_selected(rule: Rule, claim: QuantityClaim, terms: Terms, proven: frozenset[str]) -> bool:
    s, fuzzy = rule.select, rule.select.fuzzy
    if is_vague(claim) and not s.vague:
        return False
    if s.value is not None and not _in_range(claim.value, s.value):
        return False
    if terms.counted and "counted" not in proven and not _any(claim.counted, terms.counted, fuzzy):
        return False
    if terms.predicate and "predicate" not in proven and not _any(_predicate_text(claim), terms.predicate, fuzzy):
        return False
    if s.fact and not grouped_facts(claim).intersection(s.fact):
        return False
    if terms.subject and "subject" not in proven and not _any(claim.subject, terms.subject, fuzzy):
        return False
    if terms.source and "source" not in proven and not _any(claim.source, terms.source, fuzzy):
        return False
    if terms.scope and "scope" not in proven and not _any(place_of(claim), terms.scope, fuzzy):
        return False
    return not (terms.not_scope and _any(place_of(claim), terms.not_scope, 100))


# The phrases of the figures of each sentence, and the texts of its dates in text order (see `sentence_for`).
Phrases = tuple[dict[str, list[str]], dict[str, list[str]]]


def phrases_by_sentence(claims: Sequence[Claim]) -> Phrases:
    """The phrases of the figures, and the dates, of each sentence of one document's claims (see
    `sentence_for`)."""
    phrases: dict[str, list[str]] = {}
    dates: dict[str, list[str]] = {}
    for claim in sorted(claims, key=attrgetter("start")):
        if isinstance(claim, QuantityClaim) and claim.phrase:
            phrases.setdefault(claim.sentence, []).append(claim.phrase)
        elif isinstance(claim, DateClaim):
            dates.setdefault(claim.sentence, []).append(claim.text)
    return phrases, dates


def sentence_for(claim: Claim, found: Phrases) -> str:
    """A claim's sentence as its `sentence:` words are looked for in. A figure's: without the phrases of the other
    figures it shares the sentence with (in "at a depth of 35 km, 102 km west of the city", "depth" is about 35
    km only). A date's, in a sentence that dates two events or more: the stretch that leads up to it from the
    date before, with what follows the last date, where that stretch names someone or something of its own
    ("Lee's arrest last year and Park's detention in 2020": "last year" is Lee's); else the whole sentence
    ("Park was detained in 2020 and freed in 2024"). Other claims: the whole sentence."""
    phrases, dates = found
    if isinstance(claim, DateClaim):
        return _date_stretch(claim, dates.get(claim.sentence, []))
    phrase = getattr(claim, "phrase", None)
    others = [p for p in phrases.get(claim.sentence, []) if p != phrase]
    if not phrase or not others:
        return claim.sentence
    rest = claim.sentence
    for other in others:
        rest = rest.replace(other, " | ")
    return f"{phrase} | {rest}"


def _date_stretch(claim: DateClaim, texts: list[str]) -> str:
    """See `sentence_for`: the stretch of its sentence a date's `sentence:` words are looked for in. A dateline's
    day ("BOGOTA, Colombia, Oct. 3 (UPI) — Colombians rejected …"): the dateline alone, since the day is the
    report's, never that of what the sentence tells."""
    sentence = claim.sentence
    if dateline_day(sentence, claim.text):
        return sentence[: sentence.find(claim.text) + len(claim.text)]
    spans: list[tuple[int, int]] = []
    at = 0
    for text in texts:
        start = sentence.find(text, at)
        if start < 0:
            return sentence
        spans.append((start, start + len(text)))
        at = start + len(text)
    mine = [n for n, (start, _) in enumerate(spans) if texts[n] == claim.text]
    if len(spans) < 2 or len(mine) != 1:
        return sentence
    n = mine[0]
    own = sentence[spans[n - 1][1] if n else 0 : spans[n][1]]
    if n and not _NAMED.search(own):
        return sentence
    return f"{own} | {sentence[spans[-1][1] :]}"


# A capitalised word, not at the start of the text: a name.
_NAMED = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w'’-]+")


# The keys a claim must match word for word at `fuzzy: 100`, each with the kind of claim `selects` reads it for
# (None: every kind) and the text it is looked for in. `mentions:` is left out: its text is a whole sentence.
_KEYS: dict[str, tuple[str | None, Callable[[Any], str | None]]] = {
    "counted": ("quantity", attrgetter("counted")),
    "predicate": ("quantity", _predicate_text),
    "subject": ("quantity", attrgetter("subject")),
    "source": ("quantity", attrgetter("source")),
    "scope": ("quantity", place_of),
    "event": ("date", lambda claim: event_text(claim)),
    "speaker": ("quote", attrgetter("speaker")),
    "name": ("name", attrgetter("name")),
    "outlet": (None, attrgetter("doc.outlet")),
}


def _first_words(terms: tuple[str, ...]) -> frozenset[str]:
    """The first word of each term: a text without one of them matches none of the terms."""
    return frozenset(words[0] for words in map(term_words, terms) if words)


def _mention_words(claim: Claim) -> frozenset[str]:
    """The words of `_mentions_text` (a word never spans the spaces that join its parts)."""
    return frozenset(term_words(claim.sentence)).union(term_words(claim.doc.title), term_words(place_of(claim)))


@dataclass
class _Filed:
    """The rules filed under one combination of first words: those without `mentions:` words, and the others
    by the first word of each of their `mentions:` terms."""

    plain: list[int]
    by_mention: dict[str, list[int]]


class RuleIndex:
    """Rules by the words of their keys, so that selection is one pass over a document's claims whatever the
    number of rules: each claim looks up the rules whose every key has a term with all its words among the
    claim's own words, and only those are tried (`selects`).

    A rule's keys (`_KEYS`, at `fuzzy: 100`) form its signature; it is filed under each combination of a term's
    first word per key, and there under the first word of each of its `mentions:` terms (looked up in the
    claim's sentence, title and place). A claim looks up, for each signature of its kind, each combination of
    its own words; a rule with no key is filed under the empty signature, which every claim of its kind looks
    up. Then the other words of terms of several words are checked as sets. A key whose terms are single words
    is matched by the lookup itself, and `selects` does not read it again."""

    def __init__(self, rules: Sequence[tuple[Rule, Terms]]) -> None:
        self.rules = list(rules)
        self._plans: dict[str, dict[tuple[str, ...], dict[tuple[str, ...], _Filed]]] = {}
        self._wanted: list[list[tuple[str, list[frozenset[str]]]]] = []  # per rule: key -> each term's words
        self._proven: list[frozenset[str]] = []
        for number, (rule, terms) in enumerate(self.rules):
            exact = rule.select.fuzzy == 100
            signature = tuple(
                key for key, (kind, _) in _KEYS.items() if exact and getattr(terms, key) and kind in (None, rule.kind)
            )
            plan = self._plans.setdefault(rule.kind, {}).setdefault(signature, {})
            for words in product(*(sorted(_first_words(getattr(terms, key))) for key in signature)):
                filed = plan.setdefault(words, _Filed([], {}))
                if exact and terms.mentions:
                    for word in sorted(_first_words(terms.mentions)):
                        filed.by_mention.setdefault(word, []).append(number)
                else:
                    filed.plain.append(number)
            looked_up = [*signature, "mentions"] if exact and terms.mentions else list(signature)
            words_of_terms = {key: [term_words(term) for term in getattr(terms, key)] for key in looked_up}
            single = {key for key, each in words_of_terms.items() if all(len(words) <= 1 for words in each)}
            self._wanted.append(
                [(key, [frozenset(w) for w in each if w]) for key, each in words_of_terms.items() if key not in single]
            )
            self._proven.append(frozenset(single))
        self._some_wanted = any(self._wanted)  # whether any rule has a key with terms of several words
        # every word of the rules' `predicate:` terms: words of a figure's that are none of these select no rule
        self._predicate_words = frozenset(
            word for _, terms in self.rules for t in terms.predicate for word in term_words(t)
        )

    def select(self, claims: Sequence[Claim]) -> dict[int, list[int]]:
        """The positions in `claims` (one document's) each rule selects, by its number in the order given;
        rules that select none left out."""
        chosen: dict[int, list[int]] = {}
        phrases: Phrases | None = None
        claims = placed_in_document(claims)
        for position, claim in enumerate(claims):
            for number in self._candidates(claim):
                rule, terms = self.rules[number]
                sentence = None
                if terms.sentence:
                    phrases = phrases_by_sentence(claims) if phrases is None else phrases
                    sentence = sentence_for(claim, phrases)
                if selects(rule, claim, terms, sentence, self._proven[number]):
                    chosen.setdefault(number, []).append(position)
        return chosen

    def _candidates(self, claim: Claim) -> list[int]:
        """The rules that may select `claim`, in order."""
        words: dict[str, tuple[str, ...]] = {}
        sets: dict[str, frozenset[str]] = {}
        found: set[int] = set()
        for signature, plan in self._plans.get(claim.kind, {}).items():
            lists = []
            for key in signature:
                if key not in words:
                    text: str | None
                    if key == "predicate" and isinstance(claim, QuantityClaim):
                        text = self._predicate_text(claim)
                    else:
                        text = _KEYS[key][1](claim)
                    words[key] = term_words(text) if text else ()
                lists.append(words[key])
            for combination in product(*lists):
                filed = plan.get(combination)
                if filed is None:
                    continue
                found.update(filed.plain)
                if filed.by_mention:
                    if "mentions" not in sets:
                        sets["mentions"] = _mention_words(claim)
                    mentioned = sets["mentions"]
                    if len(mentioned) < len(filed.by_mention):
                        found.update(n for word in mentioned for n in filed.by_mention.get(word, ()))
                    else:
                        found.update(n for word, rules in filed.by_mention.items() if word in mentioned for n in rules)
        out = sorted(found)
        if self._some_wanted and any(self._wanted[number] for number in out):
            out = [number for number in out if self._has_words(claim, number, words, sets)]
        return out

    def _predicate_text(self, claim: QuantityClaim) -> str:
        """`_predicate_text`, as far as the index's lookups can tell it apart: whether the figure is a count since
        replaced (which takes reading its words) is asked only where the sentence before it holds a word of a
        rule's `predicate:` terms, since other words it would add select nothing."""
        if self._predicate_words.isdisjoint(term_words(_words_before(claim))):
            return _happened_and_counted(claim)
        return _predicate_text(claim)

    def _has_words(
        self, claim: Claim, number: int, words: dict[str, tuple[str, ...]], sets: dict[str, frozenset[str]]
    ) -> bool:
        """Whether, for each key with terms of several words, all the words of one of rule `number`'s terms are
        among `claim`'s (`words` and `sets`: its words per key, as far as worked out)."""
        for key, wanted in self._wanted[number]:
            if key not in sets:
                sets[key] = _mention_words(claim) if key == "mentions" else frozenset(words[key])
            if not any(term <= sets[key] for term in wanted):
                return False
        return True
