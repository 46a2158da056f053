"""Units as written → one canonical unit per dimension, through pint.

pint is asked once per unit (the factor is cached), so a corpus of millions of figures does not pay
for a pint conversion each.
"""

from __future__ import annotations

from functools import cache

from claimcheck.extract.lexicon import UnitRow, lexicon
from claimcheck.models import Canonical, Interval

# The unit each dimension is compared in.
CANONICAL = {
    "length": "meter",
    "speed": "meter / second",
    "area": "meter ** 2",
    "mass": "kilogram",
    "duration": "second",
    "ratio": "percent",
    "volume": "meter ** 3",
    "temperature": "degree_Celsius",
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
    """(unit as written, canonical value) for a unit as written; currencies become their code or family."""
    row = lexicon().units.get(written.lower()) or lexicon().units.get(written)
    if row is None:
        return written, None
    if row.currency and not row.unit:
        return row.currency, Canonical(value=value, unit=row.currency)
    return measured(written, row, value)


def measured(written: str, row: UnitRow, value: Interval) -> tuple[str | None, Canonical | None]:
    """(unit as written, canonical value) of a physical measure; a unit of no known kind ("degrees") is
    kept as written and converted to nothing."""
    if row.unit is None or row.dimension is None:
        return written, None
    if row.dimension not in CANONICAL:
        return written, Canonical(value=value, unit=row.unit)
    scale, offset = factor(row.unit, row.dimension)

    def convert(v: float | None) -> float | None:
        return None if v is None else round(v * scale + offset, 6)

    converted = Interval(
        point=convert(value.point), low=convert(value.low), high=convert(value.high), approx=value.approx
    )
    return written, Canonical(value=converted, unit=CANONICAL[row.dimension])
