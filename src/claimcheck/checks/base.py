"""Interval comparison: the arithmetic every check shares, property-tested.

Two intervals agree when the distance between them is within the tolerance, where the tolerance is
computed from the larger magnitude. Open ends (None) reach to infinity.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pydantic import BaseModel

from claimcheck.extract.lexicon import lexicon
from claimcheck.extract.units import TIME_OF_DAY, dimension, from_canonical, scale_to, unit_name
from claimcheck.models import Claim, Interval, QuantityClaim

INF = math.inf
# The block of a claim that may be compared with claims of every block (see `quantity.block`).
ANY_BLOCK = "*"


@dataclass(frozen=True)
class Comparison:
    verdict: str  # consistent | within-tolerance | compatible-bound | discrepancy
    gap: float
    allowed: float
    bound_broken: bool = False  # a discrepancy because a figure lies beyond a bound the other wording states


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


def overlap(a: Interval, b: Interval) -> bool:
    """Whether some value satisfies both wordings (a strict end excludes its own value)."""
    (a_low, a_high), (b_low, b_high) = bounds(a), bounds(b)
    low, high = max(a_low, b_low), min(a_high, b_high)
    if low != high:
        return low < high
    low_strict = (a_low == low and a.low_end == "strict") or (b_low == low and b.low_end == "strict")
    high_strict = (a_high == high and a.high_end == "strict") or (b_high == high and b.high_end == "strict")
    return not (low_strict or high_strict)


def compare_intervals(
    a: Interval, b: Interval, slack: Callable[[float], float], spread: tuple[float, float] = (0.0, 0.0)
) -> Comparison:
    """Compare two intervals; `slack(magnitude)` is the tolerance at the larger magnitude, and `spread` what
    each side's own wording leaves open (see `written_spread`), added where that side may move."""
    (a_low, a_high), (b_low, b_high) = bounds(a), bounds(b)
    allowed = slack(max(magnitude(a), magnitude(b)))
    if overlap(a, b):
        if a_low == b_low and a_high == b_high and not a.approx and not b.approx:
            return Comparison("consistent", 0.0, allowed)
        open_ended = None in (a.low, a.high, b.low, b.high)
        return Comparison("compatible-bound" if open_ended else "within-tolerance", 0.0, allowed)
    (lower, lower_spread), (upper, upper_spread) = ((a, spread[0]), (b, spread[1]))
    if a_high > b_low:
        (lower, lower_spread), (upper, upper_spread) = (upper, upper_spread), (lower, lower_spread)
    gap = max(0.0, a_low - b_high, b_low - a_high)
    if gap <= 1e-9 and lower.high_end == "strict" and upper.low_end == "strict":
        return Comparison("within-tolerance", 0.0, allowed)  # "nearly 530" and "more than 530" meet at 530
    lower_moves = lower.high_end == "estimate" and (upper.low_end == "estimate" or lower.approx)
    upper_moves = upper.low_end == "estimate" and (lower.high_end == "estimate" or upper.approx)
    movable = lower_moves or upper_moves
    rounding = (lower_spread if lower_moves else 0.0) + (upper_spread if upper_moves else 0.0)
    allowed += rounding
    # Two exact figures whose rounding alone closes the gap just meet at a half-step, which is neither's
    # value ("6.2" and "6.3", "2.3 million" and "2.4 million"): they disagree.
    exact = allowed == rounding and not lower.approx and not upper.approx
    meet = exact and rounding > 0 and gap >= allowed - 1e-9
    if movable and gap <= allowed + 1e-9 and not meet:
        return Comparison("within-tolerance", gap, allowed)
    return Comparison("discrepancy", gap, allowed, bound_broken=not movable)


# How far an approximate figure ("about 250 km", "some 7,000") may be from the true value.
APPROX_SHARE = 0.05
# The most a figure's rounding may leave open, as a share of the figure ("seven million": 10%, not 500,000).
ROUNDING_CAP = 0.10
# A measure's trailing zeros that stand for less than this share of it are a rounding ("128,100 feet", to the
# hundred feet, beside "128,097 ft"), however the figure beside it is written; a coarser round figure ("1,500
# metres", "20 km") keeps the precision of its last digit, since its zeros may be exact.
FINE_ZEROS_SHARE = 0.01
# Dimensions whose figures are never read as rounded by their zeros: counts come whole, and so do days and hours
# counted ("1,210 days in detention"); sums and shares are given as decided.
_EXACT_DIMENSIONS = frozenset({"count", "money", "ratio", "duration"})
# digits with their decimals, after a point or a decimal comma ("22,96": a group of thousands has three digits)
_NUMBER = re.compile(r"(\d{1,3}(?=,\d\d?(?![\d,]))|\d[\d,]*)(?:[.,](\d+))?")


def written_spread(claim: QuantityClaim, own_unit: bool = False, converted: bool = False) -> float:
    """What a figure's wording leaves open around its value, in the unit it is compared in: half of the last
    step it is written to ("1.1 million": 50,000; "6 miles": half a mile; "seven million": at most 10%), and
    5% more for an approximate figure ("about 250 km"). A count written to its last unit ("1,891",
    "thirteen") is exact: people and houses come whole, and so do ages in years ("Jeff Bush, 37"). A time of day is measured from no zero (see
    `clock_spread`). `own_unit`: in the unit the figure is written in. `converted`: against a figure in
    another unit, of which it may be a conversion rounded in its own: written to its last digit that is not a
    zero ("260ft" beside "80 metres" is to the ten feet)."""
    if claim.unit == TIME_OF_DAY:
        return clock_spread(claim)
    value = claim.value.point if claim.value.point is not None else claim.value.low or claim.value.high or 0.0
    share = _last_unit_share(claim)
    step = _last_step(claim.text, value, converted, share)
    if not converted and _measure(claim):
        fine = _last_step(claim.text, value, True, share)
        step = fine if fine <= abs(value) * FINE_ZEROS_SHARE else step
    # an age in whole years is whole too: 36 is 36 until the birthday, never 36.5 rounded
    exact_count = (claim.unit is None or claim.counted == "age") and step == 1.0
    rounding = 0.0 if exact_count else min(step / 2, abs(value) * ROUNDING_CAP)
    spread = rounding + (abs(value) * APPROX_SHARE if claim.value.approx else 0.0)
    # the spread is scaled by the end its value is read from, converted ("32 to 40F": 0 to 4.4C, scaled by 32F's 0C)
    end = "point" if claim.value.point is not None else "low" if claim.value.low else "high"
    compared = getattr(value_of(claim), end)
    factor = compared / value if compared is not None and value and not own_unit else 1.0
    return abs(spread * factor)


def _measure(claim: QuantityClaim) -> bool:
    """Whether a figure is a physical measure (a length, a speed, a mass, …), not a count, a sum, a share or a
    time of day."""
    if claim.unit is None or claim.unit == TIME_OF_DAY or claim.counted == "age":
        return False
    kind = dimension(claim.unit)
    return kind is not None and kind not in _EXACT_DIMENSIONS


def two_units(a: QuantityClaim, b: QuantityClaim) -> bool:
    """Whether two measures are written in two units of one dimension ("80 metres" and "260ft"), where one may
    be the other converted and rounded; spans of the calendar are not converted figures."""
    units = {unit_name(a.unit), unit_name(b.unit)}
    calendar = units & set(lexicon().calendar_spans)
    return None not in units and len(units) == 2 and not calendar and TIME_OF_DAY not in (a.unit, b.unit)


def one_calendar_unit(a: QuantityClaim, b: QuantityClaim) -> bool:
    """Whether two spans are written in one unit of the calendar ("25 years" and "a 24-year term"): compared
    as written, since how long such a unit may be ("two months" is 59 to 62 days) only matters against another
    unit."""
    unit = unit_name(a.unit)
    return unit is not None and unit == unit_name(b.unit) and unit in lexicon().calendar_spans


# Minutes in the hour a time of day written without its minutes is given to ("at 3 pm").
_HOUR = 60.0
_MINUTES = re.compile(r"\d[:.h]\d\d|\b\d{4}\b")  # "1:28", "13.05", "0830 GMT"


def clock_spread(claim: QuantityClaim) -> float:
    """What a time of day's wording leaves open, in minutes: half a minute for one written to the minute
    ("1:28 am"), half an hour for one written to the hour ("3 pm"), and 5% of an hour more for an approximate
    one ("about 1:27 a.m.": 3 minutes, at any hour; not 5% of the minutes since midnight)."""
    step = 1.0 if _MINUTES.search(claim.text) else _HOUR
    return step / 2 + (_HOUR * APPROX_SHARE if claim.value.approx else 0.0)


# A span written in fields, hours and minutes or minutes and seconds ("2:01:09", "4:20"), read to its last field,
# or to the fraction written after it ("2:01:09.5", "1:52.30").
_FIELDS = re.compile(r"\d:\d\d(?:[.,](\d+))?(?![\d:])")


def _last_step(text: str, value: float, zeros_round: bool = False, share: float = 1.0) -> float:
    """The step of the last digit a figure is written to, in the figure's own unit (1 for "1,891", 0.1 for
    "6.1", 100,000 for "1.1 million", 1,000,000 for "seven million"); with `zeros_round`, of its last digit
    that is not a zero (10 for "260"). `share`: how much of the figure's unit one of the unit its last number
    is written in is (`_last_unit_share`), which then sets the step alone ("5 feet 2 inches": 1/12 foot)."""
    fields = _FIELDS.search(text)
    if fields:  # "2:01:09": to its last field, one of the unit its value is in (seconds); "2:01:09.5": to 0.1
        return 10.0 ** -len(fields.group(1)) if fields.group(1) else 1.0
    numbers = list(_NUMBER.finditer(text))
    if share < 1:
        return share * 10.0 ** -len(numbers[-1].group(2) or "") if numbers else share
    if not numbers:  # in words: as precise as its last word ("thirteen": 1, "two million": 1,000,000)
        whole = int(abs(value)) if float(value).is_integer() else 0
        place = 1
        while whole and whole % (place * 10) == 0:
            place *= 10
        return float(place)
    last = numbers[-1]
    written = float(last.group(1).replace(",", "") + ("." + last.group(2) if last.group(2) else ""))
    step = 10.0 ** -len(last.group(2)) if last.group(2) else 1.0
    digits = last.group(1).replace(",", "")
    if zeros_round and not last.group(2) and digits.strip("0"):
        step = 10.0 ** (len(digits) - len(digits.rstrip("0")))
    scale = abs(value) / written if written else 1.0
    return step * scale if scale >= 1 else step


_WORD = re.compile(r"[^\W\d_]+")
_CONVERSION = re.compile(r"[(/\[]|\bor\b", re.IGNORECASE)


def _last_unit_share(claim: QuantityClaim) -> float:
    """How much of the figure's unit one of the unit its last number is written in is: 1/60 for "2 hours 10
    minutes" (in hours) and for "three minutes and 27 seconds" (in minutes), 1/12 for "5 feet 2 inches"; 1 where
    the figure ends in its own unit."""
    kind = dimension(claim.unit)
    # "200-metre (650 feet)", "minus 20C, or about minus 4F": one measure twice; no temperature adds up in parts
    if kind is None or kind == "temperature" or _CONVERSION.search(claim.text):
        return 1.0
    last = next((w for w in reversed(_WORD.findall(claim.text)) if dimension(w) is not None), None)
    if last is None or dimension(last) != kind or unit_name(last) == unit_name(claim.unit):
        return 1.0
    share = scale_to(last) / scale_to(claim.unit or "")
    return share if 0 < share < 1 else 1.0


def ceiling_only(claim: Claim) -> bool:
    """Whether a figure is given only as a ceiling ("up to 400", "as many as 9 million")."""
    if not isinstance(claim, QuantityClaim):
        return False
    value = value_of(claim)
    return value.low is None and value.high is not None and value.high_end == "bound"


def value_of(claim: QuantityClaim) -> Interval:
    """The interval to compare: the canonical one where units were converted. A span of calendar months or
    years converted to days or seconds is as long as its months or years can be ("two months" is 59 to 62
    days, so "at least two months' notice" holds a "60-day notice"), from `calendar_spans`."""
    if not claim.canonical:
        return claim.value
    value = claim.canonical.value
    span = lexicon().calendar_spans.get(unit_name(claim.unit) or "")
    if span is None or not claim.unit:
        return value
    mean, shortest, longest = scale_to(claim.unit), span[0] * DAY, span[1] * DAY
    low = None if value.low is None else value.low * shortest / mean
    high = None if value.high is None else value.high * longest / mean
    return value.model_copy(update={"low": low, "high": high})


# Seconds in a day: `calendar_spans` gives months and years in days.
DAY = 86400.0


# What a finding about one claim that departs from a consensus is called in its fingerprint.
OUTLIER = "outlier"


def fingerprint(rule: str, claims: list[Claim], about: str = "") -> str:
    """From the rule and the claims' documents, values and text (and `about`, what the finding is about, when
    it is not a pair: `OUTLIER`): not lines, order or run time."""
    parts = sorted(f"{c.doc.id}|{c.kind}|{c.text}|{_value_key(c)}" for c in claims)
    head = f"{rule}|{about}" if about else rule
    return hashlib.sha1(("\n".join([head, *parts])).encode("utf-8")).hexdigest()[:16]


def _value_key(claim: Claim) -> str:
    value: BaseModel | None = getattr(claim, "value", None)
    if value is not None:
        return value.model_dump_json()
    written: str | None = getattr(claim, "quote", None) or getattr(claim, "normalized", None)
    return written or ""


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

    return value.model_copy(
        update={"point": convert(value.point), "low": convert(value.low), "high": convert(value.high)}
    )


def amount_in(amount: float, unit: str | None) -> float:
    """A canonical difference (a gap, a tolerance) in `unit`."""
    return amount / scale_to(unit) if unit else amount


def number(v: float) -> str:
    """A number as every message and the report write it: thousands separators, at most two decimals,
    never an exponent."""
    text = f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def large(v: float) -> str:
    """A number of a million or more as its millions or billions ("700 million", "1.25 billion"), else as
    `number` writes it."""
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if abs(v) >= size:
            return f"{number(v / size)} {word}"
    return number(v)


def describe(value: Interval, unit: str | None = None) -> str:
    fmt = large
    suffix = ("" if unit == "%" else " ") + unit if unit else ""
    if value.high_end == "strict" and value.high is not None and value.point == value.high:
        return f"< {fmt(value.high)}{suffix}"  # "almost 540": just under 540
    if value.low_end == "strict" and value.low is not None and value.point == value.low:
        return f"> {fmt(value.low)}{suffix}"  # "just over 530"
    if value.low is not None and value.high is not None and value.low != value.high:
        top = "< " if value.high_end == "strict" else ""
        return f"{fmt(value.low)}–{top}{fmt(value.high)}{suffix}"
    if value.low is None and value.high is not None:
        return f"{'<' if value.high_end == 'strict' else '≤'} {fmt(value.high)}{suffix}"
    if value.high is None and value.low is not None:
        return f"{'>' if value.low_end == 'strict' else '≥'} {fmt(value.low)}{suffix}"
    point = value.point if value.point is not None else value.low
    return ("≈ " if value.approx else "") + (fmt(point) if point is not None else "?") + suffix
