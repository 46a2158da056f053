"""Pairwise comparison inside one group of claims, shared by the quantity and date checks."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from functools import cache, lru_cache
from itertools import combinations
from typing import NamedTuple, TypeVar

from rapidfuzz import fuzz

from claimcheck.extract.lexicon import lexicon
from claimcheck.extract.words import fold, words_of
from claimcheck.models import Claim, Finding, Verdict
from claimcheck.rules.model import Rule

from .base import OUTLIER, ceiling_only, fingerprint

# Past this many claims, a group is compared through its extremes only (linear, not quadratic).
PAIRWISE_LIMIT = 60


def different_sources(a: Claim, b: Claim) -> bool:
    """Whether two claims cite different counters: each names its source, the two differ, and neither is a
    relay (a news agency, newspaper or broadcaster passing on someone else's count, as "state media" do)."""
    sa, sb = getattr(a, "source", None), getattr(b, "source", None)
    if not (sa and sb) or is_relay(sa) or is_relay(sb):
        return False
    a_words, b_words = _counter_words(sa), _counter_words(sb)
    if a_words and b_words and (a_words <= b_words or b_words <= a_words):
        return False  # "the protest organiser" and "estimates by protest organizers"
    generic = set(lexicon().generic_sources)
    if (a_words and a_words <= generic) or (b_words and b_words <= generic):
        return False  # "Authorities confirmed" names no counter apart from "a hospital official, Ana Ruiz"
    if _acronyms(sa) & _initials(sb) or _acronyms(sb) & _initials(sa):
        return False  # "the USGS" and "the U.S. Geological Survey"
    return fuzz.token_set_ratio(fold(sa), fold(sb)) < 80


def _same_counter(a: Claim, b: Claim) -> bool:
    """Whether two claims both name their source and it is one counter."""
    return bool(getattr(a, "source", None) and getattr(b, "source", None)) and not different_sources(a, b)


def _acronyms(source: str) -> set[str]:
    return {w for w in re.findall(r"\b[A-Z]{2,}\b", source.replace(".", ""))}


def _initials(source: str) -> set[str]:
    """The initials of a name's capitalised words, an all-capitals word standing for its letters: "the US
    Geological Survey" → "USGS"; for a name of two parts joined by "and", also those of its first part, which
    its short form often keeps alone ("the International Association of Machinists and Aerospace Workers":
    IAMAW and IAM)."""
    whole = _initials_of(source)
    first = re.split(r"\s+and\s+", source, maxsplit=1)[0]
    return {whole, _initials_of(first)} if first != source and len(_initials_of(first)) >= 2 else {whole}


def _initials_of(name: str) -> str:
    words = re.findall(r"[A-Za-z]+", name.replace(".", " "))
    return "".join(w if w.isupper() else w[0] for w in words if w[0].isupper() and fold(w) not in _FUNCTION_WORDS)


_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "and", "for"})


def _counter_words(source: str) -> frozenset[str]:
    """The words that name who counted, without those that only say it is a count ("estimates by")."""
    fillers = set(lexicon().source_fillers)
    return frozenset(w for w in words_of(source) if w not in fillers)


@cache
def _relay_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(lexicon().relay_words, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.I)


def is_relay(source: str) -> bool:
    return bool(_relay_pattern().search(source))


def in_scope(rule: Rule, a: Claim, b: Claim) -> bool:
    scope = rule.compare.scope
    return scope == "both" or (a.doc.id == b.doc.id) == (scope == "within")


C = TypeVar("C", bound=Claim)


def in_title(claim: Claim) -> bool:
    """Whether a claim is written in its article's title, or in one sentence of a title that has two
    ("Over 2 million march. Clashes, 20 arrested")."""
    return bool(claim.doc.title) and _sentence_of(claim.sentence, claim.doc.title)


@lru_cache(maxsize=4096)
def _sentence_of(sentence: str, title: str) -> bool:
    said, whole = fold(" ".join(sentence.split())), fold(" ".join(title.split()))
    return said == whole or (len(said) >= MIN_TITLE_SENTENCE and said in whole)


# The fewest characters a sentence of a title has, so that a short fragment of a body is not taken for one.
MIN_TITLE_SENTENCE = 12


def without_echoes(claims: Sequence[C], said: Callable[[C], object]) -> list[C]:
    """The claims without those a title makes that its own article's body makes too (`said`: what a claim
    states): the body's claim, with its source and context, speaks for both, so one statement is judged once."""
    titled = [in_title(c) for c in claims]
    if not any(titled):
        return list(claims)
    stated = {(c.doc.id, said(c)) for c, title in zip(claims, titled, strict=True) if not title}
    return [c for c, title in zip(claims, titled, strict=True) if not (title and (c.doc.id, said(c)) in stated)]


def stable_key(claim: Claim) -> tuple[str, str, int, str]:
    """Order by date, document and place: never by the order documents were given in."""
    return (str(claim.doc.published), claim.doc.id, claim.start, claim.id)


def candidate_pairs(claims: Sequence[Claim], key: Callable[[Claim], float]) -> list[tuple[Claim, Claim]]:
    """All pairs of a small group; the extreme pair of a large one. Pairs come in a stable order."""
    claims = sorted(claims, key=stable_key)
    if len(claims) <= PAIRWISE_LIMIT:
        return list(combinations(claims, 2))
    ordered = sorted(claims, key=key)
    return [(ordered[0], ordered[-1])]


def severity_for(rule: Rule, attributed: bool) -> str | None:
    if not attributed or rule.compare.attributed == "same":
        return rule.severity
    return None if rule.compare.attributed == "off" else rule.compare.attributed


def finding(
    rule: Rule,
    a: Claim,
    b: Claim,
    message: str,
    attributed: bool,
    detail: Mapping[str, object],
    severity: str,
    outlier: bool = False,
    alike: Sequence[Claim] = (),
) -> Finding:
    """The finding that `a` and `b` disagree. With `outlier`, `a` departs from a value other sources agree on
    and `b` speaks for them: the finding is about `a`, which comes first (its location is the finding's), and
    its fingerprint is `a`'s alone, so that it stays the same whichever source speaks for the consensus.
    Otherwise the two come in their stable order and the fingerprint is the pair's. `alike`: the other sources
    of `a`'s value, which the message names."""
    pair = [a, b] if outlier else sorted([a, b], key=stable_key)
    within = a.doc.id == b.doc.id
    labels = list(dict.fromkeys(c.doc.label for c in alike if c.doc.id != a.doc.id))
    if labels:
        message += f" — the same value in {', '.join(labels)}"
    return Finding(
        id=fingerprint(rule.id, [a], OUTLIER) if outlier else fingerprint(rule.id, pair),
        rule=rule.id,
        severity=severity,  # type: ignore[arg-type]
        title=rule.title,
        message=message + (" — within one document" if within else ""),
        attributed=attributed,
        within_document=within,
        detail=dict(detail),
        claims=pair,
        confidence=round(min(c.confidence for c in pair), 2),
    )


VERDICT_ORDER = ["discrepancy", "update", "within-tolerance", "compatible-bound", "consistent", "not-comparable"]
NOTES_SHOWN = 10  # pair notes a verdict's reason lists


def worst_of(kinds: Collection[str]) -> str:
    return next((k for k in VERDICT_ORDER if k in kinds), "consistent")


def group_verdict(
    rule: Rule, claims: Sequence[Claim], kinds: list[str], notes: list[str], aside: Sequence[str] = ()
) -> Verdict:
    """One verdict for the whole group: the worst of its pairs, with (at most `NOTES_SHOWN` of) `notes`, and
    `aside` (pairs left uncompared, such as different counters) where the group otherwise agrees."""
    worst = worst_of(set(kinds))
    distinct = list(dict.fromkeys(notes))
    more = f"; and {len(distinct) - NOTES_SHOWN} more" if len(distinct) > NOTES_SHOWN else ""
    reason = "; ".join(distinct[:NOTES_SHOWN]) + more or f"{len(claims)} claim(s), nothing to compare"
    if worst in ("consistent", "within-tolerance", "compatible-bound"):
        outlets = {c.doc.outlet or c.doc.id for c in claims}
        said = sorted({c.text for c in claims})
        reason = f"{len(outlets)} outlet(s) agree: " + ", ".join(said[:4]) + (" …" if len(said) > 4 else "")
        apart = list(dict.fromkeys(aside))
        if apart:
            reason += "; not compared: " + "; ".join(apart[:3]) + (" …" if len(apart) > 3 else "")
    return Verdict(rule=rule.id, verdict=worst, reason=reason, claims=sorted(c.id for c in claims))  # type: ignore[arg-type]


Verdicts = dict[tuple[str, str], str]


class Reported(NamedTuple):
    """A disagreeing pair to report: with `outlier`, `first` departs from the consensus `second` speaks for."""

    first: Claim
    second: Claim
    outlier: bool = False
    alike: tuple[Claim, ...] = ()  # the other claims of the outlier's camp, which state its value too


def reported_pairs(
    rule: Rule,
    claims: Sequence[Claim],
    verdicts: Verdicts,
    firmness: Callable[[Claim], int],
    agreeing: Callable[[Claim], int] | None = None,
    firm_first: bool = False,
) -> list[Reported]:
    """The disagreeing pairs to report. With `report: consensus`, when two sources or more agree on a value
    that a claim states narrowly (`firmness` above 0: a single figure or day, never a range, a bound or
    "nearly"), each outlier is reported once, against that value, instead of against every source: against
    its own counter where the consensus quotes it, else the source that speaks of the fact most like the
    outlier does and, among those, states its figure most firmly ("10 km" before "about 6 miles"); the outlier
    comes first. A member that agrees with the value (an earlier stage it grew from) but that three other members
    or more contradict is reported once too, against a member no other contradicts. Outliers that agree with
    each other are one camp, reported once (`_camp`), and an outlier is also set against each other camp of two
    documents or more it disagrees with (`_other_camps`). Every other disagreeing pair is reported as it is (a
    pair inside one article too), so no claim that disagrees is left out of the findings.

    `verdicts` (in the order the pairs were compared) must hold every pair that disagrees or was not
    compared; a pair it leaves out counts as agreeing only through `agreeing` (a claim → the number of
    documents that agree with it, its own included), which is worked out from `verdicts` when not given.
    With `firm_first`, the source that states the value most firmly is chosen before the one that speaks of
    the fact most alike (dates: a day the text writes before one worked out from a weekday)."""
    by_id = {c.id: c for c in claims}
    ordered = sorted(claims, key=stable_key)
    disagreeing = [Reported(by_id[a], by_id[b]) for (a, b), v in verdicts.items() if v == "discrepancy"]
    if rule.compare.report == "pairs" or not disagreeing:
        return disagreeing
    best = _consensus_anchor(ordered, agreeing or agreeing_documents(ordered, verdicts), firmness)
    if best is None:
        return disagreeing
    consensus = _consensus(ordered, best, verdicts)
    chosen: list[Reported] = []
    covered: set[str] = set()  # outliers reported against the consensus
    position = {c.id: i for i, c in enumerate(ordered)}
    likeness = _Likeness()
    members = [by_id[c] for c in sorted(consensus)]
    corroborated = _Corroboration(members)

    def representative(outlier: Claim, candidates: list[Claim]) -> Claim | None:
        # Against its own counter if the consensus quotes it, else the counter most of the consensus cites,
        # then the source that speaks of the fact most like the outlier does ("fled", not "arriving") and
        # states the value most firmly (`firm_first`: most firmly first).
        # With `firm_first`, a member only within tolerance of the value does not state it ("Wednesday night"
        # beside "September 17").
        # A figure that breaks the outlier's bound is firmer against it than another ceiling only set higher.
        ranks = {
            c.id: (
                not (ceiling_only(c) and ceiling_only(outlier)),
                _same_counter(c, outlier),
                corroborated(c),
                not firm_first or c is best or _verdict(verdicts, best, c) != "within-tolerance",
                *_likest(c, outlier, likeness, firmness, firm_first),
            )
            + (-position[c.id],)
            for c in candidates
        }
        return max(candidates, key=lambda c: ranks[c.id], default=None)

    def against(outlier: Claim) -> list[Claim]:
        return [
            c
            for c in members
            if c.doc.id != outlier.doc.id
            and c.id not in covered
            and c is not outlier
            and _verdict(verdicts, c, outlier) == "discrepancy"
        ]

    contradicted = _contradicted(disagreeing, consensus, best, position)
    doubtful = {c.id for c in contradicted}

    def firm(candidates: list[Claim]) -> list[Claim]:
        """The candidates no other members contradict, if any: they speak for the value."""
        return [c for c in candidates if c.id not in doubtful] or candidates

    speakers: list[Claim] = []  # the member each camp of outliers is reported by
    for outlier in ordered:
        if outlier.id in consensus or outlier.id in covered or _verdict(verdicts, best, outlier) == "not-comparable":
            continue
        camp = _camp(outlier, ordered, consensus | covered, verdicts, firmness)
        named = [c for c in camp if _counter(c) and _verdict(verdicts, best, c) != "not-comparable"]
        for speaker in dict.fromkeys([*named[:1], outlier]):
            rep = representative(speaker, firm(against(speaker)))
            if rep is not None:
                alike = tuple(c for c in camp if c is not speaker)
                chosen.append(Reported(speaker, rep, outlier=True, alike=alike))
                covered.update(c.id for c in camp)
                speakers.append(speaker)
                break
    # A member that agrees with the value but that other members contradict (an early stage of a count the value
    # grew from, which later sources' figures break) departs from them: one finding too, not one per source.
    for outlier in contradicted:
        candidates = against(outlier)
        rep = (
            representative(outlier, firm(candidates))
            if outlier.id not in covered and len(candidates) >= CONTRADICTED_BY
            else None
        )
        if rep is not None:
            chosen.append(Reported(outlier, rep, outlier=True))
            covered.add(outlier.id)
    for outlier in speakers:
        for rep in _other_camps(outlier, ordered, consensus, verdicts, firmness, representative):
            if not any({a.id, b.id} == {outlier.id, rep.id} for a, b, *_ in chosen):
                chosen.append(Reported(outlier, rep))  # a pair's finding: the outlier's own is against the consensus
    reported = {(a.id, b.id) for a, b, *_ in chosen}
    for a, b, *_ in disagreeing:
        # The same disagreement as a reported outlier's with the consensus, or two outliers both reported.
        explained = (a.id in covered and (b.id in consensus or b.id in covered)) or (
            b.id in covered and a.id in consensus
        )
        if not explained and (a.id, b.id) not in reported and (b.id, a.id) not in reported:
            chosen.append(Reported(a, b))
            reported.add((a.id, b.id))
    return chosen


def _consensus(ordered: list[Claim], best: Claim, verdicts: Verdicts) -> set[str]:
    """The claims that agree with the anchor's value: those it was compared with that do not disagree (an
    update too), those a verdict leaves out as agreeing, and those of its own article it was never compared
    with (`scope: across`) unless they disagree with a member of another article ("5.9" in the text of an
    article whose headline says "6.2", where two other sources say 6.2)."""
    members = {
        c.id for c in ordered if c is best or _verdict(verdicts, best, c) not in ("discrepancy", "not-comparable")
    }
    by_id = {c.id: c for c in ordered}
    unknown = [c for c in ordered if c is not best and c.doc.id == best.doc.id and _verdict(verdicts, best, c) is None]
    return members - {
        c.id
        for c in unknown
        if any(by_id[m].doc.id != c.doc.id and _verdict(verdicts, c, by_id[m]) == "discrepancy" for m in members)
    }


def _camp(
    outlier: Claim, ordered: list[Claim], taken: set[str], verdicts: Verdicts, firmness: Callable[[Claim], int]
) -> list[Claim]:
    """An outlier stated narrowly and the claims of other articles outside the consensus that state the same
    value and agree with it: one side of the disagreement, reported once ("5.9" in three articles beside a
    consensus of "6.2"), by a member that names whose value it is where one does. Values only within tolerance of
    each other are sides of their own (48 and 52 beside 50 may disagree with each other), and so is a bound or a
    range: "more than 15" admits both 60 and 620."""
    if firmness(outlier) <= 0:
        return [outlier]
    return [outlier] + [
        c
        for c in ordered
        if c.id not in taken and c is not outlier and c.doc.id != outlier.doc.id and _alike(verdicts, c, outlier)
    ]


def _stated_value(claim: Claim) -> object:
    """The value a claim states, compared across its units where it has a canonical one ("10 km", "10,000 m")."""
    canonical = getattr(claim, "canonical", None)
    return canonical if canonical is not None else getattr(claim, "value", None)


def _alike(verdicts: Verdicts, a: Claim, b: Claim) -> bool:
    """Whether two claims state the same value and were not found apart: a pair left out of the verdicts is one
    the sweep only counted as agreeing, the same whether or not pairs are visited one by one."""
    verdict = _verdict(verdicts, a, b)
    return _stated_value(a) == _stated_value(b) and (verdict is None or verdict in AGREEING)


def _other_camps(
    outlier: Claim,
    ordered: list[Claim],
    consensus: set[str],
    verdicts: Verdicts,
    firmness: Callable[[Claim], int],
    representative: Callable[[Claim, list[Claim]], Claim | None],
) -> list[Claim]:
    """One member of each other camp the outlier disagrees with: a value outside the consensus that two
    documents or more state narrowly and alike (a bound that admits it does not make a camp), shown by a member that
    names whose value it is where one does. An outlier reported only against the largest camp would hide that
    it matches neither ("6.3" beside a consensus of "6.1" and a second camp of "6.5")."""
    narrow = [c for c in ordered if c.id not in consensus and firmness(c) > 0]
    left = [
        c
        for c in narrow
        if c.doc.id != outlier.doc.id
        and _verdict(verdicts, c, outlier) == "discrepancy"
        and any(m.doc.id != c.doc.id and _alike(verdicts, m, c) for m in narrow)
    ]
    found: list[Claim] = []
    while left:
        rep = representative(outlier, [c for c in left if _counter(c)] or left)
        if rep is None:
            break
        found.append(rep)
        left = [c for c in left if c is not rep and _verdict(verdicts, c, rep) == "discrepancy"]
    return found


class _Corroboration:
    """How many other documents of a consensus cite a claim's own counter (a relay such as a news agency passing
    on someone else's count, or no source, counts for none): the counter the consensus rests on."""

    def __init__(self, members: list[Claim]) -> None:
        self._members = [m for m in members if _counter(m)]
        self._counts: dict[str, int] = {}

    def __call__(self, claim: Claim) -> int:
        if claim.id not in self._counts:
            self._counts[claim.id] = (
                len({m.doc.id for m in self._members if m.doc.id != claim.doc.id and _same_counter(m, claim)})
                if _counter(claim)
                else 0
            )
        return self._counts[claim.id]


# How many other members of a consensus, of other documents, contradict a member it holds as an earlier stage of
# its value before that member departs from it: two may be a pair of sources that disagree, not the member.
CONTRADICTED_BY = 3


def _contradicted(
    disagreeing: list[Reported], consensus: set[str], best: Claim, position: dict[str, int]
) -> list[Claim]:
    """The members of a consensus other than its anchor that `CONTRADICTED_BY` other members or more, of other
    documents, contradict: most contradicted first."""
    against: dict[str, set[str]] = defaultdict(set)
    by_id: dict[str, Claim] = {}
    for a, b, *_ in disagreeing:
        if a.id in consensus and b.id in consensus and a.doc.id != b.doc.id:
            against[a.id].add(b.id)
            against[b.id].add(a.id)
            by_id.update({a.id: a, b.id: b})
    found = [i for i, others in against.items() if len(others) >= CONTRADICTED_BY and i != best.id]
    return [by_id[i] for i in sorted(found, key=lambda i: (-len(against[i]), position[i]))]


def _counter(claim: Claim) -> bool:
    """Whether a claim names a source that is a counter, not a relay."""
    source = getattr(claim, "source", None)
    return isinstance(source, str) and bool(source) and not is_relay(source)


def _likest(
    c: Claim, outlier: Claim, likeness: _Likeness, firmness: Callable[[Claim], int], firm_first: bool
) -> tuple[float, float]:
    """How alike `c` speaks of the fact as `outlier` does and how firmly it states its value, in the order
    they count (firmness first with `firm_first`)."""
    alike, firm = likeness(c, outlier), float(firmness(c))
    return (firm, alike) if firm_first else (alike, firm)


class _Likeness:
    """How alike two claims speak of their fact (`_about`), each wording and each pair of them read once."""

    def __init__(self) -> None:
        self._about: dict[str, str] = {}
        self._ratio: dict[tuple[str, str], float] = {}

    def __call__(self, a: Claim, b: Claim) -> float:
        pair = (self._words(a), self._words(b))
        if pair not in self._ratio:
            self._ratio[pair] = fuzz.token_set_ratio(*pair)
        return self._ratio[pair]

    def _words(self, claim: Claim) -> str:
        if claim.id not in self._about:
            self._about[claim.id] = _about(claim)
        return self._about[claim.id]


# The verdicts of two claims that agree on a value: a bound that admits the other figure does, an update (a
# count that grew from one figure to the other) does not.
AGREEING = frozenset({"consistent", "within-tolerance", "compatible-bound"})


def agreeing_documents(claims: Sequence[Claim], verdicts: Verdicts) -> Callable[[Claim], int]:
    """A claim → the number of documents that agree with it (its own included), from every pair's verdict."""
    agreeing: dict[str, set[str]] = {c.id: {c.doc.id} for c in claims}
    by_id = {c.id: c for c in claims}
    for (a, b), verdict in verdicts.items():
        if verdict in AGREEING:
            agreeing[a].add(by_id[b].doc.id)
            agreeing[b].add(by_id[a].doc.id)
    return lambda claim: len(agreeing[claim.id])


def _consensus_anchor(
    ordered: list[Claim], agreeing: Callable[[Claim], int], firmness: Callable[[Claim], int]
) -> Claim | None:
    """The narrow claim that the most documents agree with, if two documents or more do; of two that as many
    agree with, the one stated more firmly."""
    counts = {c.id: agreeing(c) for c in ordered if firmness(c) > 0}
    best = max((c for c in ordered if c.id in counts), key=lambda c: (counts[c.id], firmness(c)), default=None)
    return best if best is not None and counts[best.id] >= 2 else None


def _about(claim: Claim) -> str:
    """What a claim speaks of, in words: what is counted and what happened, or a date's event."""
    parts = [getattr(claim, name, None) for name in ("counted", "predicate", "event")]
    return " ".join(p for p in parts if isinstance(p, str)).lower()


def _verdict(verdicts: Verdicts, a: Claim, b: Claim) -> str | None:
    return verdicts.get((a.id, b.id)) or verdicts.get((b.id, a.id))
