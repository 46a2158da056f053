"""Agreement with public date suites (Recognizers-Text's English date specs, dateparser's English search cases
and datefinder's date finding tests, vendored in benchmarks/date_suites/): a floor for what claimcheck reads as
the suite does, and no date in scope read as another period, nor a date read where the suite marks none."""

from __future__ import annotations

import importlib.util
from types import ModuleType

from .conftest import ROOT


def _agreement() -> ModuleType:
    path = ROOT / "benchmarks" / "date_suites" / "agreement.py"
    spec = importlib.util.spec_from_file_location("date_suite_agreement", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_suites_dates_in_scope_come_out_as_the_suite_reads_them():
    agreement = _agreement()
    totals, stale = agreement.agreement()
    overall = agreement.total(totals)
    assert not stale, f"scope.yaml names disagreements that are gone: {sorted(stale)[:3]}"
    assert overall["wrong value"] == 0, overall
    assert overall["extra"] == 0, overall
    assert overall["agree"] >= 523, overall
    dates = sum(overall[c] for c in ("agree", "coarser", "wrong value", "miss", "out of scope"))
    assert dates - overall["out of scope: extra"] == 1051, overall  # every dated case of the vendored sample is read
    recognizers = sum((totals[name] for name in totals if name.startswith("recognizers")), start=agreement.Counter())
    assert recognizers["agree"] >= 477, recognizers
    assert totals["dateparser-search"]["agree"] >= 15, totals["dateparser-search"]
    assert totals["datefinder"]["agree"] >= 31, totals["datefinder"]
