"""Units as written → one canonical unit per dimension, through pint.

pint is asked once per unit (the factor is cached), so a corpus of millions of figures does not pay
for a pint conversion each.
"""

from __future__ import annotations

from functools import cache

from claimcheck.extract.lexicon import lexicon
from claimcheck.models import Canonical, Interval

# The unit each dimension is compared in.
CANONICAL = {
    "length": "meter",
    "speed": "meter / second",
    "area": "meter ** 2",
    "mass": "kilogram",
    "duration": "second",
    "ratio": "percent",
}


@cache
def _registry():  # pint is slow to import: only when a unit is met
    import pint

    return pint.UnitRegistry()


@cache
def factor(unit: str, dimension: str) -> tuple[float, float]:
    """(scale, offset) converting `unit` to the dimension's canonical unit."""
    if dimension not in CANONICAL:
        return 1.0, 0.0
    registry = _registry()
    target = CANONICAL[dimension]
    zero = registry.Quantity(0.0, unit).to(target).magnitude
    one = registry.Quantity(1.0, unit).to(target).magnitude
    return one - zero, zero


def canonical(written: str, value: Interval) -> tuple[str | None, Canonical | None]:
    """(unit as written, canonical value) for a unit as written; currencies become their code."""
    row = lexicon().units.get(written.lower()) or lexicon().units.get(written)
    if row is None:
        return written, None
    if row.currency:
        return row.currency, Canonical(value=value, unit=row.currency)
    assert row.unit is not None and row.dimension is not None
    if row.dimension not in CANONICAL:
        return written, Canonical(value=value, unit=row.unit)
    scale, offset = factor(row.unit, row.dimension)

    def convert(v: float | None) -> float | None:
        return None if v is None else round(v * scale + offset, 6)

    converted = Interval(
        point=convert(value.point), low=convert(value.low), high=convert(value.high), approx=value.approx
    )
    return written, Canonical(value=converted, unit=CANONICAL[row.dimension])


def unit_name(written: str | None) -> str | None:
    """What a unit as written stands for ("km" and "kilometres" are both "kilometer"); a unit the lexicon
    does not know stands for itself."""
    if written is None:
        return None
    row = lexicon().units.get(written.lower()) or lexicon().units.get(written)
    return row.unit if row is not None and row.unit is not None else written


def dimension(written: str | None) -> str | None:
    """The dimension a unit as written measures (length, speed, ...), or None."""
    row = lexicon().units.get(written.lower()) or lexicon().units.get(written) if written else None
    return row.dimension if row is not None else None


def scale_to(written: str) -> float:
    """How many canonical units one `written` unit is (1 for a unit not converted)."""
    row = lexicon().units.get(written.lower()) or lexicon().units.get(written)
    if row is None or row.unit is None or row.dimension is None:
        return 1.0
    return factor(row.unit, row.dimension)[0]


def from_canonical(value: float, written: str) -> float:
    """A canonical value in the unit `written` (the inverse of `canonical`)."""
    row = lexicon().units.get(written.lower()) or lexicon().units.get(written)
    if row is None or row.unit is None or row.dimension is None:
        return value
    scale, offset = factor(row.unit, row.dimension)
    return (value - offset) / scale
