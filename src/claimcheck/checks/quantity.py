"""quantity — figures for the same fact must agree within a tolerance.

What it does: every pair of selected quantity claims (from the same time frame when `time: same`) is
compared as intervals: the wording's qualifiers decide the interval ("at least 170" is [170, ∞),
"between 50 and 1,000" is [50, 1000], "about 100,000" is the point, marked approximate). Two figures
agree when the gap between their intervals is within `tolerance` of the larger one. Units are compared
through their canonical values (6 miles agrees with 10 km within rounding).

Why: sources that report the same count differently are the first thing a fact-checker looks for.

Verdicts: consistent, within-tolerance, compatible-bound (a bound that admits the other figure),
update (with `grows: true`, a later higher figure), not-comparable (different time frames),
discrepancy (a finding). When each side cites a different source, the finding is an attributed
disagreement at the `attributed` severity.

Example::

    - id: displaced-count
      title: Number of people displaced by the flood
      kind: quantity
      select: {counted: [people, residents], predicate: [displaced, evacuated]}
      compare: {tolerance: 10%, time: same}
"""

from __future__ import annotations

from claimcheck.models import Claim, Finding, QuantityClaim, Verdict
from claimcheck.rules.model import Rule

from .base import compare_intervals, describe, value_of
from .pairs import (
    candidate_pairs,
    different_sources,
    effective_day,
    finding,
    group_verdict,
    in_scope,
    severity_for,
)

KIND = "quantity"


def comparable_frames(a: QuantityClaim, b: QuantityClaim) -> bool:
    """Stated time frames that differ make two figures not comparable; a prefix (2023-09 vs 2023-09-19) does not."""
    fa, fb = a.as_of, b.as_of
    if fa and fb:
        return fa.startswith(fb) or fb.startswith(fa)
    if bool(a.time) != bool(b.time) and (a.as_of or b.as_of):
        stated = a if a.as_of else b
        other = b if stated is a else a
        published = other.doc.published.isoformat() if other.doc.published else ""
        return bool(published) and (
            published.startswith(stated.as_of or "") or (stated.as_of or "").startswith(published)
        )
    if a.time and b.time and not (a.as_of or b.as_of):
        return a.time.lower() == b.time.lower()
    return True


def _side(claim: QuantityClaim) -> str:
    who = claim.doc.outlet or claim.doc.id
    source = f" (per {claim.source})" if claim.source else ""
    return f"{who}: “{claim.text}” {claim.counted or ''}".rstrip() + source


def check(rule: Rule, claims: list[Claim]) -> tuple[list[Verdict], list[Finding]]:
    group = [c for c in claims if isinstance(c, QuantityClaim)]
    findings: list[Finding] = []
    kinds: list[str] = []
    notes: list[str] = []
    for a, b in candidate_pairs(group, key=lambda c: value_of(c).point or 0.0):  # type: ignore[arg-type]
        assert isinstance(a, QuantityClaim) and isinstance(b, QuantityClaim)
        if not in_scope(rule, a, b):
            continue
        if rule.compare.time == "same" and not comparable_frames(a, b):
            kinds.append("not-comparable")
            notes.append(f"different time frames: {a.time or a.doc.published} vs {b.time or b.doc.published}")
            continue
        if (a.canonical and a.canonical.unit) != (b.canonical and b.canonical.unit):
            kinds.append("not-comparable")
            notes.append("different units")
            continue
        result = compare_intervals(value_of(a), value_of(b), rule.compare.slack)
        verdict = result.verdict
        if verdict == "discrepancy" and rule.compare.grows:
            verdict = _grown(a, b) or verdict
        kinds.append(verdict)
        if verdict != "discrepancy":
            notes.append(f"{verdict}: {describe(a.value)} vs {describe(b.value)}")
            continue
        attributed = different_sources(a, b)
        severity = severity_for(rule, attributed)
        unit = a.canonical.unit if a.canonical else None
        message = (
            f"{_side(a)} vs {_side(b)}: gap {describe(value_of(a).model_copy(update={'low': result.gap, 'high': result.gap, 'point': result.gap, 'approx': False}), unit)}"
            f" beyond the tolerance of {rule.compare.tolerance}" + (" — attributed disagreement" if attributed else "")
        )
        notes.append(message)
        if severity:
            detail = {
                "intervals": [value_of(a).model_dump(), value_of(b).model_dump()],
                "gap": result.gap,
                "allowed": result.allowed,
                "tolerance": rule.compare.tolerance,
                "sources": [a.source, b.source],
            }
            findings.append(finding(rule, a, b, message, attributed, detail, severity))
    return [group_verdict(rule, group, kinds, notes)] if group else [], findings


def _grown(a: QuantityClaim, b: QuantityClaim) -> str | None:
    """'update' when the later figure is the higher one."""
    da, db = effective_day(a), effective_day(b)
    if not da or not db or da == db:
        return None
    earlier, later = (a, b) if da < db else (b, a)
    low_later = later.value.low if later.value.low is not None else later.value.point
    high_earlier = earlier.value.high if earlier.value.high is not None else earlier.value.point
    if low_later is not None and high_earlier is not None and low_later >= high_earlier:
        return "update"
    return None
