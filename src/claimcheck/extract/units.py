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
    return written, Canonical(value=value.scaled(scale, offset), unit=CANONICAL[row.dimension])
