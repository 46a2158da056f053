"""Agreement with public number suites (Recognizers-Text's English specs, quantulum3's cases, Duckling's
English amounts of money, numbers, distances, volumes, quantities, temperatures and durations, and number-parser's
English numbers in words, vendored in benchmarks/number_suites/): a floor for what claimcheck reads as the suites do, and no figure in scope with a
value or a unit the suite contradicts."""

from __future__ import annotations

import importlib.util
from types import ModuleType

from .conftest import ROOT


def _agreement() -> ModuleType:
    path = ROOT / "benchmarks" / "number_suites" / "agreement.py"
    spec = importlib.util.spec_from_file_location("number_suite_agreement", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_suites_figures_in_scope_come_out_with_their_value_and_unit():
    agreement = _agreement()
    totals, stale = agreement.agreement()
    overall = agreement.total(totals)
    assert not stale, f"scope.yaml names disagreements that are gone: {sorted(stale)[:3]}"
    assert overall["wrong value"] == 0, overall
    assert overall["wrong unit"] <= 1, overall  # "$15.4/hour": money, not yet a wage per hour
    assert overall["agree"] >= 1167, overall  # a duration in parts is one: the suite reads three (scope.yaml)
    figures = sum(overall[c] for c in (*agreement.CLASSES, "out of scope"))
    assert figures == 1620, overall  # every case of the vendored sample is read


def _grade(agreement: ModuleType, text: str, value: float, unit: str) -> str:
    """The judge's class for the figure making up the whole of `text` where the suite reads `value` `unit`."""
    claims = [c for c in agreement.extract_document(agreement.document(text), ("quantity",))]
    expected = {"text": text, "start": 0, "end": len(text), "value": value, "unit": unit}
    return agreement.judge("dimension", expected, claims)[0]


def test_a_duration_in_months_or_years_agrees_only_to_the_day_of_the_suites_calendar():
    agreement = _agreement()
    assert _grade(agreement, "68 months", 67, "month") != "agree"
    assert _grade(agreement, "68 months", 67 * 30, "day") != "agree"
    assert _grade(agreement, "101 years", 100, "year") != "agree"
    assert _grade(agreement, "101 years", 100 * 365, "day") != "agree"
    assert _grade(agreement, "1.5 years", 18.2 * 30 * 86400, "second") != "agree"
    assert _grade(agreement, "68 months", 68 * 30, "day") == "agree"  # Duckling's month is 30 days
    assert _grade(agreement, "2 years", 2 * 365 * 86400, "second") == "agree"  # and its year 365
