"""The table of unit conversions (`data/unit_factors.yaml`): for each unit of the lexicon that has a
canonical unit, the scale and offset that take it there, as pint gives them.

The table is made from pint once, when the lexicon's units change, so that no run has to import pint
(about 0.4 s in every process). `tests/test_unit_table.py` checks that it is what pint gives for every unit
of the lexicon. Remake it with `python -m claimcheck.extract.unit_table`.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from claimcheck.bounded_yaml import load_packaged

TABLE = "data/unit_factors.yaml"

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
    "data": "byte",
    "data rate": "bit / second",
    "frequency": "hertz",
    "charge": "milliampere_hour",
    "power": "watt",
    "energy": "kilowatt_hour",
    "pressure": "hectopascal",
}

Factors = dict[str, dict[str, tuple[float, float]]]


@cache
def unit_factors() -> Factors:
    """dimension → unit (pint's name, as the lexicon writes it) → (scale, offset) to the canonical unit."""
    raw = resources.files("claimcheck.extract").joinpath(TABLE).read_text(encoding="utf-8")
    table = load_packaged(raw)
    return {dim: {unit: (float(s), float(o)) for unit, (s, o) in units.items()} for dim, units in table.items()}


def from_pint(units: set[tuple[str, str]]) -> Factors:
    """The table for `units` ((pint unit, dimension) pairs), worked out by pint."""
    import pint

    registry: pint.UnitRegistry[float] = pint.UnitRegistry()
    registry.define("basis_point = 0.01 * percent")  # "raised rates by 25 basis points": 0.25 of a percent
    table: Factors = {}
    for unit, dimension in sorted(units, key=lambda pair: (pair[1], pair[0])):
        target = CANONICAL[dimension]
        zero = registry.Quantity(0.0, unit).to(target).magnitude
        one = registry.Quantity(1.0, unit).to(target).magnitude
        table.setdefault(dimension, {})[unit] = (float(one - zero), float(zero))
    return table


def lexicon_units() -> set[tuple[str, str]]:
    """The (pint unit, dimension) pairs of the lexicon's units that have a canonical unit."""
    from claimcheck.extract.lexicon import lexicon

    rows = lexicon().units.values()
    return {(r.unit, r.dimension) for r in rows if r.unit and r.dimension in CANONICAL}


def render(table: Factors) -> str:
    header = "# Made by `python -m claimcheck.extract.unit_table` from pint; do not edit by hand.\n"
    plain = {dim: {unit: [s, o] for unit, (s, o) in units.items()} for dim, units in table.items()}
    return header + yaml.safe_dump(plain, sort_keys=True, allow_unicode=True, default_flow_style=None)


def main() -> None:
    path = Path(__file__).parent / TABLE
    path.write_text(render(from_pint(lexicon_units())), encoding="utf-8")


if __name__ == "__main__":
    main()
