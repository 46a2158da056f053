"""Agreement with public number suites (Recognizers-Text's English specs, quantulum3's cases and Duckling's
English amounts of money, numbers, distances, volumes, quantities, temperatures and durations, vendored in
benchmarks/number_suites/): a floor for what claimcheck reads as the suites do, and no figure in scope with a
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
    assert overall["agree"] >= 820, overall  # a duration in parts is one: the suite reads three (scope.yaml)
    figures = sum(overall[c] for c in (*agreement.CLASSES, "out of scope"))
    assert figures == 1266, overall  # every case of the vendored sample is read
