"""quantity — figures for the same fact must agree within a tolerance.

What it does: every pair of selected quantity claims is compared as intervals: the wording's qualifiers decide the interval ("at least 170" is [170, ∞),
"between 50 and 1,000" is [50, 1000], "about 100,000" is the point, marked approximate). Two figures
agree when the gap between their intervals is within `tolerance` of the larger one. Units are compared
through their canonical values (6 miles agrees with 10 km within rounding).

Time frames (`time: same`, the default): a figure speaks for the day its sentence states ("on Saturday"),
else for its article's date, which also stands for a month or year the article is in or has just left
("by September" in October); an older period is a frame of its own ("in 1991"), and words that mark a
count as unfinished ("so far", "by midday") make one too. Figures for different frames are
not-comparable, except that with `grows: true` a later, higher figure is an update. `time: any`
compares everything the rule selects. So with `time: same` a rule is checked day by day: the figures of
one day, with those whose frame is a month, a year or unknown, which may match any day.

Reporting (`report: consensus`, the default): when two sources or more agree on a value (for that
day), each source that departs from it is one finding, against that value; otherwise every disagreeing
pair is one. A group whose verdict is discrepancy always has a finding; when the figures that disagree
come from one article, the finding is marked as a contradiction within one document.

Why: sources that report the same count differently are the first thing a fact-checker looks for.

Verdicts: consistent, within-tolerance, compatible-bound (a bound that admits the other figure),
update (with `grows: true`, a later higher figure), not-comparable (different time frames),
discrepancy (a finding). When each side cites a different source, the finding is an attributed
disagreement at the `attributed` severity; with `attributed: off` such figures are not-comparable.

Example::

    - id: displaced-count
      title: Number of people displaced by the flood
      kind: quantity
      select: {counted: [people, residents], predicate: [displaced, evacuated]}
      compare: {tolerance: 10%, time: same}
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.extract.lexicon import lexicon
from claimcheck.models import Claim, Finding, Interval, QuantityClaim, Verdict
from claimcheck.rules.model import Rule

from .base import ANY_BLOCK, amount_in, common_unit, compare_intervals, describe, value_of
from .pairs import (
    candidate_pairs,
    different_sources,
    effective_day,
    finding,
    group_verdict,
    in_scope,
    reported_pairs,
    severity_for,
    worst_of,
)

KIND = "quantity"


def frame_of(claim: QuantityClaim) -> tuple[str, str]:
    """(day, partial) of the time frame a figure speaks for.

    The day is the one the sentence states ("on Saturday"); else the article's date, which also stands for
    a stated month or year that the article is still in or has just left ("by September" in October);
    an older period is its own frame ("in 1991"). `partial` keeps words that mark a count as unfinished
    ("so far", "by midday"), which make it a frame of its own.
    """
    published = claim.doc.published.isoformat() if claim.doc.published else ""
    stated = claim.as_of or ""
    day = stated if len(stated) == 10 or (stated and not _recent(stated, published)) else published
    wording = (claim.time or "").lower()
    partial = next((marker for marker in lexicon().partial_frames if marker in wording), "")
    return day, partial


def _recent(period: str, published: str) -> bool:
    """Whether a month or year is the article's own or the one just before it."""
    if not published:
        return False
    if len(period) == 4:
        return period == published[:4]
    year, month = int(published[:4]), int(published[5:7])
    previous = f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"
    return period[:7] in (published[:7], previous)


def block(rule: Rule, claim: Claim) -> str:
    """The block a figure is compared within. With `time: same` (and no `grows`) figures of different days
    are never compared, so each day (with its partial-count words) is a block; a figure whose frame is a
    month, a year or unknown may match any day and belongs to every block (`ANY_BLOCK`). Otherwise the
    rule's figures are one block. Blocks are checked, and kept, one by one."""
    if rule.compare.time != "same" or rule.compare.grows or not isinstance(claim, QuantityClaim):
        return ANY_BLOCK
    day, partial = frame_of(claim)
    return f"{day} {partial}".rstrip() if len(day) == 10 else ANY_BLOCK


def comparable_frames(a: QuantityClaim, b: QuantityClaim) -> bool:
    """Same time frame: the same day (or period) and the same partial-count words, if any."""
    return _same_frame(frame_of(a), frame_of(b))


def _same_frame(a: tuple[str, str], b: tuple[str, str]) -> bool:
    (da, pa), (db, pb) = a, b
    return pa == pb and (da.startswith(db) or db.startswith(da))


@dataclass(frozen=True)
class _Figure:
    """A figure with what every pair it is in needs: worked out once per figure, not once per pair."""

    claim: QuantityClaim
    frame: tuple[str, str]
    side: str
    unit: str | None


def _side(claim: QuantityClaim) -> str:
    who = claim.doc.outlet or claim.doc.id
    source = f" (per {claim.source})" if claim.source else ""
    return f"{who}: “{claim.text}” {claim.counted or ''}".rstrip() + source


def _pair_verdict(rule: Rule, x: _Figure, y: _Figure) -> tuple[str, str]:
    """(verdict, note) for one pair."""
    a, b = x.claim, y.claim
    if rule.compare.time == "same" and not _same_frame(x.frame, y.frame):
        if rule.compare.grows and _grown(a, b):
            return "update", f"update: {x.side} then {y.side}"
        frames = " vs ".join(" ".join(part for part in f.frame if part) for f in (x, y))
        return "not-comparable", f"different time frames: {frames}"
    if x.unit != y.unit:
        return "not-comparable", "different units"
    result = compare_intervals(value_of(a), value_of(b), rule.compare.slack)
    verdict = result.verdict
    if verdict == "discrepancy" and rule.compare.grows:
        verdict = _grown(a, b) or verdict
    if verdict == "discrepancy" and rule.compare.attributed == "off" and different_sources(a, b):
        return "not-comparable", f"different sources (attributed: off): {x.side} vs {y.side}"
    return verdict, f"{verdict}: {x.side} vs {y.side}"


def _is_point(claim: Claim) -> bool:
    return isinstance(claim, QuantityClaim) and claim.value.low is not None and claim.value.high is not None


def check(rule: Rule, claims: list[Claim]) -> tuple[list[Verdict], list[Finding]]:
    group = [c for c in claims if isinstance(c, QuantityClaim)]
    figures = {c.id: _Figure(c, frame_of(c), _side(c), c.canonical.unit if c.canonical else None) for c in group}
    verdicts: dict[tuple[str, str], str] = {}
    noted: list[tuple[str, str]] = []
    for a, b in candidate_pairs(group, key=lambda c: value_of(c).point or 0.0):  # type: ignore[arg-type]
        if in_scope(rule, a, b):
            verdicts[(a.id, b.id)], note = _pair_verdict(rule, figures[a.id], figures[b.id])
            noted.append((verdicts[(a.id, b.id)], note))
    worst = worst_of(set(verdicts.values()))
    notes = [note for verdict, note in noted if verdict == worst]  # the reason tells what decided the verdict
    findings = []
    for a, b in reported_pairs(rule, group, verdicts, _is_point):  # type: ignore[arg-type]
        assert isinstance(a, QuantityClaim) and isinstance(b, QuantityClaim)
        made = _finding(rule, a, b)
        if made:
            findings.append(made)
    return [group_verdict(rule, group, list(verdicts.values()), notes)] if group else [], findings


def _finding(rule: Rule, a: QuantityClaim, b: QuantityClaim) -> Finding | None:
    result = compare_intervals(value_of(a), value_of(b), rule.compare.slack)
    attributed = different_sources(a, b)
    severity = severity_for(rule, attributed)
    if not severity:
        return None
    unit = common_unit([a, b])  # the gap in the unit the sources write, not the canonical one
    shown = amount_in(result.gap, unit)
    gap = describe(Interval(point=shown, low=shown, high=shown), unit)
    message = f"{_side(a)} vs {_side(b)}: gap {gap} beyond the tolerance of {rule.compare.tolerance}" + (
        " — attributed disagreement" if attributed else ""
    )
    detail = {
        "intervals": [value_of(a).model_dump(), value_of(b).model_dump()],
        "gap": result.gap,
        "allowed": result.allowed,
        "tolerance": rule.compare.tolerance,
        "sources": [a.source, b.source],
        "time_frames": [a.time, b.time],
    }
    return finding(rule, a, b, message, attributed, detail, severity)


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
