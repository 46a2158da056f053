"""Agreement of claimcheck's quantity extraction with public number test suites: the English specs of
Microsoft Recognizers-Text (Number, Percentage, NumberWithUnit: age, currency, dimension, temperature),
quantulum3's test cases (both MIT) and Duckling's English amounts of money (BSD), vendored in `cases.jsonl`
(see LICENSES.md).

Each figure a suite expects is one of:
  agree        a claim on its span states its value in a unit of its kind
  wrong value  a claim on its span states another value (the worst: a false discrepancy between sources)
  wrong unit   the value, in a unit of another kind or currency (as bad: compared with the wrong figures)
  unit missed  the value, with no unit, or a duration where the suite reads an age (compared with nothing
               it should not be)
  miss         no claim on its span
`scope.yaml` names the disagreements that are outside what claimcheck reads, with the reason.

python benchmarks/number_suites/agreement.py [--show CLASS ...] [--suite NAME]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
from collections import Counter
from functools import cache
from pathlib import Path

import yaml

from claimcheck.extract import extract_document
from claimcheck.models import Document, QuantityClaim

HERE = Path(__file__).parent
Key = tuple[str, str]  # (case, figure)
CLASSES = ("agree", "wrong value", "wrong unit", "unit missed", "miss")

# A currency as the suites name it → (claimcheck's currency, how many of the suite's units it is).
CURRENCIES: dict[str, list[tuple[str, float]]] = {
    "dollar": [("USD", 1), ("dollar", 1)],
    "united states dollar": [("USD", 1)],
    "canadian dollar": [("CAD", 1)],
    "australian dollar": [("AUD", 1)],
    "hong kong dollar": [("HKD", 1)],
    "new zealand dollar": [("NZD", 1)],
    "euro": [("EUR", 1)],
    "pound": [("GBP", 1), ("pound", 1)],
    "british pound": [("GBP", 1)],
    "pound sterling": [("GBP", 1), ("pound", 1)],
    "chinese yuan": [("CNY", 1)],
    "japanese yen": [("JPY", 1)],
    "franc": [("franc", 1), ("CHF", 1)],
    "swiss franc": [("CHF", 1)],
    "rupee": [("rupee", 1), ("INR", 1)],
    "sri lankan rupee": [("LKR", 1)],
    "mexican peso": [("MXN", 1)],
    "turkish lira": [("TRY", 1)],
    "bitcoin": [("BTC", 1)],
    "cent": [("USD", 0.01), ("dollar", 0.01), ("EUR", 0.01), ("cent", 1)],
    "penny": [("GBP", 0.01), ("pound", 0.01), ("penny", 1)],
    "pence": [("GBP", 0.01), ("pound", 0.01), ("pence", 1)],
    "dime": [("USD", 0.1), ("dollar", 0.1), ("dime", 1)],
    "indian rupee": [("INR", 1), ("rupee", 1)],
    "kuwaiti dinar": [("KWD", 1)],
    "lebanese pound": [("LBP", 1)],
    "egyptian pound": [("EGP", 1)],
    "qatari riyal": [("QAR", 1)],
    "saudi riyal": [("SAR", 1)],
    "bulgarian lev": [("BGN", 1)],
    "malaysian ringgit": [("MYR", 1)],
    "dinar": [("dinar", 1)],
    "israeli shekel": [("ILS", 1)],
    "riyal": [("riyal", 1)],
    "rial": [("rial", 1)],
    "mongolian tugrik": [("MNT", 1)],
    "ukrainian hryvnia": [("UAH", 1)],
}
# quantulum3's units that are counts: how many each is.
COUNTS = {"dimensionless": 1, "dozen": 12, "baker's dozen": 13, "gross": 144}
# A unit as the suites name it → the pint expression claimcheck's canonical value is compared through.
RENAMED = {
    "metric ton": "tonne",
    "ton": "ton",
    "c": "degC",
    "f": "degF",
    "degree celsius": "degC",
    "degree fahrenheit": "degF",
    "pound-mass": "pound",
}


def document(text: str) -> Document:
    return Document(
        id="s", title="", outlet="suite", published=dt.date(2024, 1, 1), path="s.txt", format="digest", text=text
    )


@cache
def _registry():  # type: ignore[no-untyped-def]
    import pint

    return pint.UnitRegistry()


def _pint_name(unit: str) -> str:
    name = unit.lower()
    if name in RENAMED:
        return RENAMED[name]
    for word, power in (("square ", "**2"), ("cubic ", "**3")):
        if name.startswith(word):
            name = name.removeprefix(word) + power
    return " / ".join(part.strip().replace(" ", "_") for part in name.split(" per "))


def _canonical_of(unit: str, value: float, target: str) -> float | None:
    """`value` of the suite's unit in claimcheck's canonical unit, None where pint cannot say."""
    import pint

    try:
        return float(_registry().Quantity(value, _pint_name(unit)).to(target).magnitude)
    except (pint.errors.PintError, AttributeError, ValueError, TypeError, AssertionError):
        return None


def _same(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _states(claim: QuantityClaim, value: float) -> bool:
    """Whether the claim states `value`: as its point or an end of its range; a range as its middle (how
    quantulum3 reports one); a fraction as a share in percent (how claimcheck reports one)."""
    v = claim.value
    stated = [v.point, v.low, v.high]
    if v.low is not None and v.high is not None:
        stated.append((v.low + v.high) / 2)
    if claim.unit == "share":
        stated = [x / 100 if x is not None else None for x in stated]
    return any(_same(x, value) for x in stated)


def judge(kind: str, expected: dict, claims: list[QuantityClaim]) -> tuple[str, QuantityClaim | None]:
    """The class of one expected figure, and the claim it was judged on."""
    start, end, value = expected["start"], expected["end"], expected["value"]
    on_span = [c for c in claims if c.start < end and start < c.end]
    if not on_span:
        return "miss", None
    best: tuple[int, QuantityClaim] | None = None
    for claim in on_span:
        grade = _grade(kind, expected, claim, value)
        if best is None or CLASSES.index(grade) < best[0]:
            best = (CLASSES.index(grade), claim)
    assert best is not None
    return CLASSES[best[0]], best[1]


def _grade(kind: str, expected: dict, claim: QuantityClaim, value: float) -> str:
    """The class of a claim for an expected figure; an interval or a bound (Duckling's "between 10 and 20
    dollars", "under seven euros") must come out as one, its ends and its open end as the suite reads them."""
    grade = _grade_value(kind, expected, claim, value)
    if grade == "agree" and not _same_shape(expected, claim):
        return "wrong value"
    return grade


def _same_shape(expected: dict, claim: QuantityClaim) -> bool:
    v, high, bound = claim.value, expected.get("high"), expected.get("bound")
    unit = expected["unit"] or ""
    if high is not None and claim.canonical is not None and unit.lower() not in CURRENCIES:  # a measure's range
        c, target = claim.canonical.value, claim.canonical.unit
        low, top = _canonical_of(unit, expected["value"], target), _canonical_of(unit, high, target)
        return _same(c.low, low) and _same(c.high, top)
    if high is not None:
        rows = CURRENCIES.get((expected["unit"] or "").lower(), [("", 1.0)])
        return any(_same(v.low, expected["value"] * s) and _same(v.high, high * s) for _, s in rows)
    if bound == "under":
        return v.low is None and v.high is not None
    if bound == "above":
        return v.high is None and v.low is not None
    return True


def _grade_value(kind: str, expected: dict, claim: QuantityClaim, value: float) -> str:
    unit = (expected["unit"] or "").lower()
    if kind == "quantity" and unit in COUNTS:
        kind, value = "number", value * COUNTS[unit]
    elif kind == "quantity" and unit == "percentage":
        kind = "percent"
    elif kind == "quantity" and unit in CURRENCIES:
        kind = "currency"
    if kind == "currency":
        rows = CURRENCIES.get(unit, [])
        if any(claim.unit == code and _states(claim, value * scale) for code, scale in rows):
            return "agree"
        if not _states(claim, value) and not any(_states(claim, value * s) for _, s in rows):
            return "wrong value"
        family = claim.unit is not None and claim.unit.lower() in unit.split()
        # A currency no place decides ("dollar") or a word read as money or weight ("pounds") is compared
        # with nothing of another country: less than the suite says, not something else.
        return "unit missed" if claim.canonical is None or family else "wrong unit"
    if kind == "number":
        return "agree" if _states(claim, value) else "wrong value"
    if kind in ("dimension", "temperature") and claim.canonical is not None and expected.get("high") is not None:
        return "agree" if _states_exactly(claim, _canonical_of(unit, value, claim.canonical.unit)) else "wrong value"
    if not _states(claim, value) and not _converted_states(kind, expected, claim, value):
        return "wrong value"
    if kind == "percent":
        return "agree" if claim.canonical and claim.canonical.unit == "percent" else _unit_class(claim)
    if kind == "age":
        wanted = {"year": "year", "month": "month", "week": "week", "day": "day"}.get(unit)
        if claim.counted == "age" and (wanted is None or (claim.unit or "").startswith(wanted)):
            return "agree"
        if claim.unit and wanted and not claim.unit.lower().startswith(wanted):
            return "wrong unit"
        return "unit missed"
    # dimension, temperature, quantulum3's units: the canonical value must be the suite's value converted
    if claim.canonical is None:
        return _unit_class(claim)
    target = claim.canonical.unit
    converted = _canonical_of(expected["unit"] or "", value, target)
    if converted is None and kind == "temperature" and unit == "degree":
        converted = claim.canonical.value.point
    if converted is not None and (_states_canonical(claim, converted) or _calendar_states(unit, claim, converted)):
        return "agree"
    return "wrong unit"


def _converted_states(kind: str, expected: dict, claim: QuantityClaim, value: float) -> bool:
    """Whether a measure states the suite's value in another unit of its kind ("0.002 kg" for 2 grams), a duration
    in months or years in Duckling's calendar where the suite counts it in days or less (`_calendar_states`)."""
    if kind not in ("dimension", "temperature") or claim.canonical is None:
        return False
    unit = expected["unit"] or ""
    converted = _canonical_of(unit, value, claim.canonical.unit)
    return _states_exactly(claim, converted) or _calendar_states(unit, claim, converted)


# Duckling's month is 30 days and its year 365; claimcheck's are a twelfth of 365.25 days and 365.25 days.
CALENDAR = {"month": (30 * 86400, 365.25 / 12 * 86400), "year": (365 * 86400, 365.25 * 86400)}
SHORT_TIMES = ("second", "minute", "hour", "day", "week")


def _calendar_states(unit: str, claim: QuantityClaim, value: float | None) -> bool:
    """Whether a duration counted in months or years states `value` (in seconds) once its months or years are
    Duckling's, where the suite counts it in days or less ("a month and a half" for 45 days): to `_same`'s
    precision, so that "68 months" never states 67 months nor "101 years" 100 years."""
    assert claim.canonical is not None
    if claim.canonical.unit != "second" or not unit.lower().startswith(SHORT_TIMES) or value is None:
        return False
    grain = next((g for g in CALENDAR if (claim.unit or "").lower().startswith(g)), None)
    if grain is None:
        return False
    duckling, ours = CALENDAR[grain]
    v = claim.canonical.value
    return any(x is not None and _same(x / ours * duckling, value) for x in (v.point, v.low, v.high))


def _states_exactly(claim: QuantityClaim, value: float | None) -> bool:
    """Whether the claim's canonical value states `value` to `_same`'s precision, as its point, an end or the
    middle of its range: no rounding allowed ("2 kilometer" is not "2 kilometer, 1 metre")."""
    assert claim.canonical is not None
    v = claim.canonical.value
    middle = (v.low + v.high) / 2 if v.low is not None and v.high is not None else None
    return value is not None and any(_same(x, value) for x in (v.point, v.low, v.high, middle))


def _states_canonical(claim: QuantityClaim, value: float | None) -> bool:
    assert claim.canonical is not None
    if value is None:
        return False
    v = claim.canonical.value
    middle = (v.low + v.high) / 2 if v.low is not None and v.high is not None else None
    return any(
        _same(x, value) or (x is not None and math.isclose(x, value, rel_tol=1e-3))
        for x in (v.point, v.low, v.high, middle)
    )


def _unit_class(claim: QuantityClaim) -> str:
    return "unit missed" if claim.canonical is None else "wrong unit"


def _scope() -> dict[Key, str]:
    rows = yaml.safe_load((HERE / "scope.yaml").read_text(encoding="utf-8")) or []
    return {(row["case"], row["figure"]): row["why"] for row in rows}


def agreement(suite: str | None = None, show: tuple[str, ...] = ()) -> tuple[dict[str, Counter[str]], set[Key]]:
    """Counts of each class per suite, and the scope.yaml entries that match no disagreement (stale)."""
    scope = _scope()
    totals: dict[str, Counter[str]] = {}
    used: set[Key] = set()
    for line in (HERE / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        if suite and case["suite"] != suite:
            continue
        claims = [c for c in extract_document(document(case["text"]), ("quantity",)) if isinstance(c, QuantityClaim)]
        counts = totals.setdefault(case["suite"], Counter())
        for expected in case["expect"]:
            if expected["value"] is None:
                counts["no value"] += 1
                continue
            grade, claim = judge(case["kind"], expected, claims)
            key = (case["text"], expected["text"])
            shown = grade in show
            if grade != "agree" and key in scope:
                used.add(key)
                counts["out of scope"] += 1
                counts[f"out of scope: {grade}"] += 1
                shown = "out of scope" in show
            else:
                counts[grade] += 1
            if shown:
                got = f"{claim.text!r} {claim.value.point} {claim.unit}" if claim else "-"
                print(
                    f"[{grade}] {case['suite']}: {case['text']!r} :: {expected['text']!r} {expected['value']} "
                    f"{expected['unit']} :: {got}"
                )
    return totals, (set(scope) - used if suite is None else set())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", nargs="*", default=[], help="print the figures of these classes")
    parser.add_argument("--suite", help="only this suite (recognizers-number, quantulum3, ...)")
    args = parser.parse_args()
    totals, stale = agreement(args.suite, tuple(args.show))
    _table(totals)
    if stale:
        print(f"{len(stale)} scope.yaml entries match no disagreement: {sorted(stale)[:3]}")


def total(totals: dict[str, Counter[str]]) -> Counter[str]:
    overall: Counter[str] = Counter()
    for counts in totals.values():
        overall.update(counts)
    return overall


def _table(totals: dict[str, Counter[str]]) -> None:
    heads = ("suite", "figures", *CLASSES, "out of scope", "agreement", "in scope")
    print("| " + " | ".join(heads) + " |")
    print("|" + "---|" * len(heads))
    for suite, counts in [*sorted(totals.items()), ("all", total(totals))]:
        figures = sum(counts[c] for c in (*CLASSES, "out of scope"))
        within = figures - counts["out of scope"]
        cells = [suite, str(figures), *(str(counts[c]) for c in CLASSES), str(counts["out of scope"])]
        cells.append(f"{counts['agree'] / figures:.1%}" if figures else "-")
        cells.append(f"{counts['agree'] / within:.1%}" if within else "-")
        print("| " + " | ".join(cells) + " |")
    overall = total(totals)
    print("\nout of scope: " + ", ".join(f"{overall[f'out of scope: {c}']} {c}" for c in CLASSES[1:]))


if __name__ == "__main__":
    main()
