"""Interval comparison: the arithmetic every check shares, property-tested.

Two intervals agree when the distance between them is within the tolerance, where the tolerance is
computed from the larger magnitude. Open ends (None) reach to infinity.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable
from dataclasses import dataclass

from claimcheck.models import Claim, Interval, QuantityClaim

INF = math.inf
# The block of a claim that may be compared with claims of every block (see `quantity.block`).
ANY_BLOCK = "*"


@dataclass(frozen=True)
class Comparison:
    verdict: str  # consistent | within-tolerance | compatible-bound | discrepancy
    gap: float
    allowed: float
    bound_broken: bool = False  # a discrepancy because a figure lies beyond a bound the other wording states


def bounds(value: Interval) -> tuple[float, float]:
    low = -INF if value.low is None else value.low
    high = INF if value.high is None else value.high
    return low, high


def magnitude(value: Interval) -> float:
    largest = 0.0
    for v in (value.point, value.low, value.high):
        if v is not None and abs(v) > largest:
            largest = abs(v)
    return largest


def overlap(a: Interval, b: Interval) -> bool:
    """Whether some value satisfies both wordings (a strict end excludes its own value)."""
    (a_low, a_high), (b_low, b_high) = bounds(a), bounds(b)
    low, high = max(a_low, b_low), min(a_high, b_high)
    if low != high:
        return low < high
    low_strict = (a_low == low and a.low_end == "strict") or (b_low == low and b.low_end == "strict")
    high_strict = (a_high == high and a.high_end == "strict") or (b_high == high and b.high_end == "strict")
    return not (low_strict or high_strict)


def _movable(facing: str, other_facing: str, other: Interval) -> bool:
    """Whether a tolerance may close the gap at two facing ends: always between estimates; across a stated
    bound only when the figure facing it is itself approximate ("about 700" vs "more than 700")."""
    if facing == "estimate" and other_facing == "estimate":
        return True
    if facing == "estimate":
        return False  # an estimate faces the other wording's bound: the bound does not move
    return other_facing == "estimate" and other.approx


def compare_intervals(a: Interval, b: Interval, slack: Callable[[float], float]) -> Comparison:
    """Compare two intervals; `slack(magnitude)` is the tolerance at the larger magnitude."""
    (a_low, a_high), (b_low, b_high) = bounds(a), bounds(b)
    allowed = slack(max(magnitude(a), magnitude(b)))
    if overlap(a, b):
        if a_low == b_low and a_high == b_high and not a.approx and not b.approx:
            return Comparison("consistent", 0.0, allowed)
        open_ended = None in (a.low, a.high, b.low, b.high)
        return Comparison("compatible-bound" if open_ended else "within-tolerance", 0.0, allowed)
    lower, upper = (a, b) if a_high <= b_low else (b, a)
    gap = max(0.0, a_low - b_high, b_low - a_high)
    movable = _movable(lower.high_end, upper.low_end, upper) or _movable(upper.low_end, lower.high_end, lower)
    if movable and gap <= allowed + 1e-9:
        return Comparison("within-tolerance", gap, allowed)
    return Comparison("discrepancy", gap, allowed, bound_broken=not movable)


def value_of(claim: QuantityClaim) -> Interval:
    """The interval to compare: the canonical one where units were converted."""
    return claim.canonical.value if claim.canonical else claim.value


def fingerprint(rule: str, claims: list[Claim]) -> str:
    """From the rule and the claims' documents, values and text: not lines, order or run time."""
    parts = sorted(f"{c.doc.id}|{c.kind}|{c.text}|{_value_key(c)}" for c in claims)
    return hashlib.sha1(("\n".join([rule, *parts])).encode("utf-8")).hexdigest()[:16]


def _value_key(claim: Claim) -> str:
    value = getattr(claim, "value", None)
    if value is not None:
        return value.model_dump_json()
    return getattr(claim, "quote", None) or getattr(claim, "normalized", "") or ""


def describe(value: Interval, unit: str | None = None) -> str:
    def fmt(v: float) -> str:
        return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")

    suffix = f" {unit}" if unit else ""
    if value.low is not None and value.high is not None and value.low != value.high:
        top = "< " if value.high_end == "strict" else ""
        return f"{fmt(value.low)}–{top}{fmt(value.high)}{suffix}"
    if value.low is None and value.high is not None:
        return f"{'<' if value.high_end == 'strict' else '≤'} {fmt(value.high)}{suffix}"
    if value.high is None and value.low is not None:
        return f"{'>' if value.low_end == 'strict' else '≥'} {fmt(value.low)}{suffix}"
    point = value.point if value.point is not None else value.low
    return ("≈ " if value.approx else "") + (fmt(point) if point is not None else "?") + suffix
