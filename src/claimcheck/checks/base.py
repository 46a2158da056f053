"""Interval comparison: the arithmetic every check shares, property-tested.

Two intervals agree when the distance between them is within the tolerance, where the tolerance is
computed from the larger magnitude. Open ends (None) reach to infinity.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from claimcheck.extract.units import dimension, from_canonical, scale_to, unit_name
from claimcheck.models import Claim, Interval, QuantityClaim

INF = math.inf
# The block of a claim that may be compared with claims of every block (see `quantity.block`).
ANY_BLOCK = "*"


@dataclass(frozen=True)
class Comparison:
    verdict: str  # consistent | within-tolerance | compatible-bound | discrepancy
    gap: float
    allowed: float


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


def compare_intervals(a: Interval, b: Interval, slack: Callable[[float], float]) -> Comparison:
    """Compare two intervals; `slack(magnitude)` is the tolerance at the larger magnitude."""
    (a_low, a_high), (b_low, b_high) = bounds(a), bounds(b)
    gap = max(0.0, a_low - b_high, b_low - a_high)
    allowed = slack(max(magnitude(a), magnitude(b)))
    if gap == 0:
        if a_low == b_low and a_high == b_high and not a.approx and not b.approx:
            return Comparison("consistent", 0.0, allowed)
        open_ended = None in (a.low, a.high, b.low, b.high)
        return Comparison("compatible-bound" if open_ended else "within-tolerance", 0.0, allowed)
    if gap <= allowed + 1e-9:
        return Comparison("within-tolerance", gap, allowed)
    return Comparison("discrepancy", gap, allowed)


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


def common_unit(claims: Sequence[Claim]) -> str | None:
    """The unit (as written) most of the figures use, counting "km" and "kilometres" as one and taking its
    most common spelling; ties go to the unit met first. None when most figures have no unit (counts)."""
    written = [c.unit for c in claims if isinstance(c, QuantityClaim)]
    if not written:
        return None
    names = Counter(unit_name(u) for u in written)
    name = max(names, key=lambda n: (names[n], -[unit_name(u) for u in written].index(n)))
    if name is None:
        return None
    spellings = Counter(u for u in written if unit_name(u) == name)
    return max(spellings, key=lambda u: (spellings[u], -written.index(u)))


def value_in(claim: QuantityClaim, unit: str | None) -> Interval:
    """A figure's value in `unit` (a unit as written): as written when it uses that unit or a unit of another
    dimension, else converted from its canonical value."""
    if unit is None or claim.unit is None or claim.canonical is None or unit_name(claim.unit) == unit_name(unit):
        return claim.value
    if dimension(claim.unit) is None or dimension(claim.unit) != dimension(unit):
        return claim.value
    value = claim.canonical.value

    def convert(v: float | None) -> float | None:
        return None if v is None else from_canonical(v, unit)

    return Interval(point=convert(value.point), low=convert(value.low), high=convert(value.high), approx=value.approx)


def amount_in(amount: float, unit: str | None) -> float:
    """A canonical difference (a gap, a tolerance) in `unit`."""
    return amount / scale_to(unit) if unit else amount


def number(v: float) -> str:
    """A number as every message and the report write it: thousands separators, at most two decimals,
    never an exponent."""
    text = f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def describe(value: Interval, unit: str | None = None) -> str:
    fmt = number
    suffix = ("" if unit == "%" else " ") + unit if unit else ""
    if value.low is not None and value.high is not None and value.low != value.high:
        return f"{fmt(value.low)}–{fmt(value.high)}{suffix}"
    if value.low is None and value.high is not None:
        return f"≤ {fmt(value.high)}{suffix}"
    if value.high is None and value.low is not None:
        return f"≥ {fmt(value.low)}{suffix}"
    point = value.point if value.point is not None else value.low
    return ("≈ " if value.approx else "") + (fmt(point) if point is not None else "?") + suffix
