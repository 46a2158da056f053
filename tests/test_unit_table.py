"""The table of unit conversions is what pint gives for every unit of the lexicon, and no run imports pint."""

from __future__ import annotations

import subprocess
import sys

import pytest

from claimcheck.extract.unit_table import from_pint, lexicon_units, render, unit_factors
from claimcheck.extract.units import factor


def test_the_table_holds_every_unit_of_the_lexicon_as_pint_converts_it():
    wanted = from_pint(lexicon_units())
    table = unit_factors()
    assert table.keys() == wanted.keys()
    for dimension, units in wanted.items():
        assert table[dimension].keys() == units.keys(), dimension
        for unit, (scale, offset) in units.items():
            assert table[dimension][unit] == pytest.approx((scale, offset), rel=1e-12, abs=1e-12), unit


def test_the_table_file_is_the_one_the_generator_writes():
    from importlib import resources

    from claimcheck.extract.unit_table import TABLE

    written = resources.files("claimcheck.extract").joinpath(TABLE).read_text(encoding="utf-8")
    assert written == render(from_pint(lexicon_units()))


@pytest.mark.parametrize(
    "unit, dimension, value, canonical",
    [
        ("mile", "length", 1.0, 1609.344),
        ("degree_Fahrenheit", "temperature", 212.0, 100.0),
        ("mile / hour", "speed", 165.0, 73.7616),
        ("acre", "area", 1.0, 4046.8564224),
    ],
)
def test_a_factor_converts_a_value_to_the_canonical_unit(unit, dimension, value, canonical):
    scale, offset = factor(unit, dimension)
    assert value * scale + offset == pytest.approx(canonical, rel=1e-4)


def test_a_unit_missing_from_the_table_is_named_in_the_error():
    with pytest.raises(LookupError, match="furlong.*unit_table"):
        factor("furlong", "length")


def test_extracting_figures_with_units_does_not_import_pint():
    code = (
        "import sys\n"
        "from claimcheck.extract import extract_document\n"
        "from claimcheck.corpus import Document\n"
        "doc = Document(id='d', outlet='o', title='t', path='p', format='text', text='Winds of 165 mph hit 40 km of coast.')\n"
        "claims = extract_document(doc)\n"
        "assert any(getattr(c, 'canonical', None) for c in claims)\n"
        "print('pint' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
