"""Pairwise comparison inside one group of claims, shared by the quantity and date checks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping, Sequence
from itertools import combinations

from rapidfuzz import fuzz

from claimcheck.extract.names import fold
from claimcheck.models import Claim, Finding, QuantityClaim, Verdict
from claimcheck.rules.model import Rule

from .base import fingerprint

# Past this many claims, a group is compared through its extremes only (linear, not quadratic).
PAIRWISE_LIMIT = 60


def effective_day(claim: Claim) -> dt.date | None:
    """The day a figure speaks for: its own stated day, else the article's date."""
    if isinstance(claim, QuantityClaim) and claim.as_of and len(claim.as_of) == 10:
        return dt.date.fromisoformat(claim.as_of)
    return claim.doc.published


def different_sources(a: Claim, b: Claim) -> bool:
    sa, sb = getattr(a, "source", None), getattr(b, "source", None)
    return bool(sa and sb and fuzz.token_set_ratio(fold(sa), fold(sb)) < 80)


def in_scope(rule: Rule, a: Claim, b: Claim) -> bool:
    scope = rule.compare.scope
    return scope == "both" or (a.doc.id == b.doc.id) == (scope == "within")


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
    rule: Rule, a: Claim, b: Claim, message: str, attributed: bool, detail: Mapping[str, object], severity: str
) -> Finding:
    pair = sorted([a, b], key=stable_key)
    within = a.doc.id == b.doc.id
    return Finding(
        id=fingerprint(rule.id, pair),
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


def group_verdict(rule: Rule, claims: Sequence[Claim], kinds: list[str], notes: list[str]) -> Verdict:
    """One verdict for the whole group: the worst of its pairs, with (at most `NOTES_SHOWN` of) `notes`."""
    worst = worst_of(set(kinds))
    distinct = list(dict.fromkeys(notes))
    more = f"; and {len(distinct) - NOTES_SHOWN} more" if len(distinct) > NOTES_SHOWN else ""
    reason = "; ".join(distinct[:NOTES_SHOWN]) + more or f"{len(claims)} claim(s), nothing to compare"
    if worst in ("consistent", "within-tolerance", "compatible-bound"):
        outlets = {c.doc.outlet or c.doc.id for c in claims}
        said = sorted({c.text for c in claims})
        reason = f"{len(outlets)} outlet(s) agree: " + ", ".join(said[:4]) + (" …" if len(said) > 4 else "")
    return Verdict(rule=rule.id, verdict=worst, reason=reason, claims=sorted(c.id for c in claims))  # type: ignore[arg-type]


Verdicts = dict[tuple[str, str], str]


def reported_pairs(
    rule: Rule, claims: list[Claim], verdicts: Verdicts, anchor: Callable[[Claim], bool]
) -> list[tuple[Claim, Claim]]:
    """The disagreeing pairs to report. With `report: consensus`, when two sources or more agree on a value,
    each outlier is reported once, against that value, instead of against every source: against another
    source where one disagrees, else against its own document (a contradiction within one document). When no
    outlier departs from that value (the sources that agree with it disagree among themselves), every
    disagreeing pair is reported: a group with a discrepancy always has a finding."""
    by_id = {c.id: c for c in claims}
    disagreeing = [(by_id[a], by_id[b]) for (a, b), v in verdicts.items() if v == "discrepancy"]
    if rule.compare.report == "pairs" or not disagreeing:
        return disagreeing
    agreeing: dict[str, set[str]] = {c.id: {c.doc.id} for c in claims}
    for (a, b), verdict in verdicts.items():
        if verdict not in ("discrepancy", "not-comparable"):
            agreeing[a].add(by_id[b].doc.id)
            agreeing[b].add(by_id[a].doc.id)
    anchors = [c for c in sorted(claims, key=stable_key) if anchor(c)]
    if not anchors:
        return disagreeing
    best = max(anchors, key=lambda c: len(agreeing[c.id]))
    if len(agreeing[best.id]) < 2:
        return disagreeing
    consensus = [best] + [
        c
        for c in sorted(claims, key=stable_key)
        if c is not best and _verdict(verdicts, best, c) not in ("discrepancy", "not-comparable")
    ]
    chosen = []
    for outlier in sorted(claims, key=stable_key):
        if _verdict(verdicts, best, outlier) != "discrepancy":
            continue
        candidates = [c for c in consensus if _verdict(verdicts, c, outlier) == "discrepancy"]
        candidates = [c for c in candidates if c.doc.id != outlier.doc.id] or candidates
        # Against the source that speaks of the fact most like the outlier does ("fled", not "arriving").
        rep = max(candidates, key=lambda c: fuzz.token_set_ratio(_about(c), _about(outlier)))
        chosen.append((rep, outlier))
    return chosen or disagreeing


def _about(claim: Claim) -> str:
    """What a claim speaks of, in words: what is counted and what happened, or a date's event."""
    parts = [getattr(claim, name, None) for name in ("counted", "predicate", "event")]
    return " ".join(p for p in parts if isinstance(p, str)).lower()


def _verdict(verdicts: Verdicts, a: Claim, b: Claim) -> str | None:
    return verdicts.get((a.id, b.id)) or verdicts.get((b.id, a.id))
