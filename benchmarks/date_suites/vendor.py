"""Writes `cases.jsonl` from the English date specs of Microsoft Recognizers-Text, the English cases of
dateparser's date search tests and datefinder's date finding tests (MIT, BSD and MIT, see LICENSES.md): one case a
line, its input, its reference date and what the suite expects as spans of the input.

python benchmarks/date_suites/vendor.py RECOGNIZERS_CHECKOUT [DATEPARSER_CHECKOUT [DATEFINDER_CHECKOUT]]

dateparser's cases (`tests/test_search.py`, suite `dateparser-search`) are the English texts of its tests that
find dates in running text and give each date's value. Their values are points in time: a day where the test
fixes the day; a month or a year where the test fills the day, or the month and day, from the day it runs
("May 2020", "2014"). A case's reference date is the test's `RELATIVE_BASE`, else 2000-01-01, the base its
other cases use (those cases date only by the years they write). A decade ("last decade") is kept with no period.

datefinder's cases (suite `datefinder`) are the texts of its tests read with the month first (its default) or in
strict mode, and the dates it finds in them, read the same way (a span: the text, or its parts between "to" or
"-"; a year the test fills from the day it runs: the year's digits), on 2000-01-01.

Each expected span has its type and, for the types that date a day, a week, a month or a year, the periods
the suite resolves it to (`periods`: first and last day; two where it gives a past and a future reading). The
other types (times of day, durations, sets such as "every Monday", time zones) are kept with no period: a date
read on their span is judged against them all the same.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
import sys
from calendar import monthrange
from pathlib import Path
from types import SimpleNamespace

SPECS = {
    "DateTime/English/DateParser.json": "recognizers-date",
    "DateTime/English/DatePeriodParser.json": "recognizers-dateperiod",
    "DateTime/English/DateTimeModel.json": "recognizers-datetimemodel",
}
# Types that date something on the calendar; a datetime's or a datetime range's date is read for its day.
DATED = {"date", "daterange", "datetime", "datetimerange"}
_CALENDAR = {  # timex of a calendar period → its granularity
    r"\d{4}": "year",
    r"(?:\d{4}|XXXX)-\d{2}": "month",
    r"\d{4}-W\d{2}": "week",
}
_DATE_PART = re.compile(r"^(?:\d{4}|XXXX)-(?:\d{2}-\d{2}|WXX-\d)")


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text[:10])


def granularity(kind: str, timex: str) -> str | None:
    """What the suite's value commits to: day, week, month, year, or a range of days; None for no date."""
    if kind in ("date",) or (kind in ("datetime", "datetimerange") and _DATE_PART.match(timex)):
        return "day"
    if kind != "daterange":
        return None
    for pattern, name in _CALENDAR.items():
        if re.fullmatch(pattern, timex):
            return name
    return "range" if timex.startswith("(") else None


def _periods(grain: str, timex: str, values: list[dict[str, str]]) -> list[list[str]]:
    """The first and last day of each reading (a calendar period's end is exclusive in the suite). A range of
    days has two last days: its end read as exclusive and as inclusive, and a range counted in months or years
    ("Jan-Feb 2017", "2014 to 2018") ends with its end's month or year."""
    periods: list[list[str]] = []
    for value in values:
        if grain == "day":
            first = value.get("value") or value.get("start") or ""
            if re.match(r"\d{4}-\d{2}-\d{2}", first) and not first.startswith("0001"):  # 0001: no such date
                periods.append([first[:10], first[:10]])
        elif value.get("start") and value.get("end"):
            first, end = _day(value["start"]), _day(value["end"])
            inner = max(first, end - dt.timedelta(days=1))
            if grain != "range":
                periods.append([first.isoformat(), inner.isoformat()])
            else:
                periods.append([first.isoformat(), inner.isoformat(), _outer(end, timex).isoformat()])
    return [p for i, p in enumerate(periods) if p not in periods[:i]]


def _outer(end: dt.date, timex: str) -> dt.date:
    """The last day a range may reach: its end, or the end of its end's month or year for a range counted in
    months or years."""
    unit = re.search(r",P\d+([DWMY])\)$", timex)
    if unit and unit[1] == "Y":
        return dt.date(end.year, 12, 31)
    if unit and unit[1] == "M":
        return dt.date(end.year, end.month, monthrange(end.year, end.month)[1])
    return end


def _expected(text: str, start: int, end: int, kind: str, timex: str, values: list[dict[str, str]]) -> dict:
    grain = granularity(kind, timex) if kind in DATED else None
    periods = _periods(grain, timex, values) if grain else []
    return {
        "text": text,
        "start": start,
        "end": end,
        "type": kind,
        "timex": timex,
        "granularity": grain if periods else None,
        "periods": periods,
    }


def _model_result(result: dict) -> dict:
    kind = (result.get("TypeName") or result.get("Typename") or "").removeprefix("datetimeV2.")
    values = (result.get("Resolution") or {}).get("values") or []
    timex = next((v.get("timex") for v in values if v.get("timex")), "") or ""
    return _expected(result["Text"], result["Start"], result["End"] + 1, kind, timex, values)


def _parser_result(result: dict) -> dict:
    value = result["Value"]
    readings = []
    for key in ("PastResolution", "FutureResolution"):
        resolution = value.get(key) or {}
        if "date" in resolution:
            readings.append({"value": resolution["date"]})
        elif "startDate" in resolution:
            readings.append({"start": resolution["startDate"], "end": resolution.get("endDate", "")})
    start = result["Start"]
    return _expected(result["Text"], start, start + result["Length"], result["Type"], value.get("Timex", ""), readings)


def _cases(root: Path) -> tuple[list[dict[str, object]], int]:
    cases, no_reference = [], 0
    for spec, suite in SPECS.items():
        for case in json.loads((root / "Specs" / spec).read_text(encoding="utf-8-sig")):
            reference = (case.get("Context") or {}).get("ReferenceDateTime")
            if not reference:  # resolved against the day the suite runs: nothing to compare with
                no_reference += 1
                continue
            read = _model_result if suite.endswith("model") else _parser_result
            expect = [read(result) for result in case["Results"]]
            cases.append({"suite": suite, "text": case["Input"], "reference": reference[:10], "expect": expect})
    return cases, no_reference


DATEPARSER_SEARCH = "tests/test_search.py"
DATEPARSER_BASE = dt.date(2000, 1, 1)
_MONTH_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)


class _Clock:
    """Stands in for the `datetime` module when a test's expected values are evaluated: `datetime(...)` gives its
    fields, `now()` a day the caller chooses, so that fields filled from the day the test runs can be told apart."""

    def __init__(self, today: dt.datetime) -> None:
        self.today = today
        self.timezone = dt.timezone
        self.timedelta = dt.timedelta
        self.datetime = self

    def __call__(self, year: int, month: int = 1, day: int = 1, *rest: object, **_: object) -> tuple[int, int, int]:
        return (year, month, day)

    def now(self, tz: object = None) -> dt.datetime:
        return self.today


def _evaluate(node: ast.expr, today: dt.datetime) -> object:
    clock = _Clock(today)
    names = {"datetime": clock, "today": today, "pytz": SimpleNamespace(utc=dt.UTC), "StaticTzInfo": lambda *a: None}
    return eval(compile(ast.Expression(node), "<test>", "eval"), {"__builtins__": {}}, names)  # noqa: S307


def _dateparser_expected(found: str, start: int, one: tuple, other: tuple) -> dict:
    """One dated span: its fields as evaluated on two different days the test might run on; a field that
    differs came from that day, so the date says only the month, or only the year."""
    end = start + len(found)
    if "decade" in found.lower():  # a point the suite gives for a decade ("last decade": 1 January 1990)
        return {
            "text": found,
            "start": start,
            "end": end,
            "type": "decade",
            "timex": "",
            "granularity": None,
            "periods": [],
        }
    year, month, day = one
    if one == other:
        first = last = dt.date(year, month, day)
        grain, timex = "day", first.isoformat()
    elif one[1] == other[1] and _MONTH_WORD.search(found):
        first, last = dt.date(year, month, 1), dt.date(year, month, monthrange(year, month)[1])
        grain, timex = "month", f"{year:04d}-{month:02d}"
    else:
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        grain, timex = "year", f"{year:04d}"
    return {
        "text": found,
        "start": start,
        "end": end,
        "type": "date" if grain == "day" else "daterange",
        "timex": timex,
        "granularity": grain,
        "periods": [[first.isoformat(), last.isoformat()]],
    }


def _dateparser_cases(root: Path) -> list[dict[str, object]]:
    """The English cases of dateparser's search tests that give a text and its dates' values: those whose language
    is the positional "en"; cases written with `languages=["en"]` (a list, as in "9/3/2017  , ") are left out."""
    tree = ast.parse((root / DATEPARSER_SEARCH).read_text(encoding="utf-8"))
    days = (dt.datetime(2031, 3, 5), dt.datetime(2032, 8, 17))  # two days a test might run on
    cases = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "param" and node.args):
            continue
        fields = dict(zip(("language", "text", "expected"), node.args, strict=False))
        fields.update({k.arg: k.value for k in node.keywords if k.arg})
        language, text, expected = (fields.get(k) for k in ("language", "text", "expected"))
        if not (isinstance(language, ast.Constant) and language.value == "en" and expected is not None):
            continue
        source = _evaluate(text, days[0])
        reference = DATEPARSER_BASE
        if isinstance(settings := fields.get("settings"), ast.Dict):
            for key, value in zip(settings.keys, settings.values, strict=True):
                if isinstance(key, ast.Constant) and key.value == "RELATIVE_BASE":
                    reference = dt.date(*_evaluate(value, days[0]))
                elif isinstance(key, ast.Constant) and key.value == "PARSERS":
                    reference = None  # a test of one parser left out, not of what a reader gets
        if reference is None:
            continue
        readings = zip(_evaluate(expected, days[0]), _evaluate(expected, days[1]), strict=True)
        expect, position = [], 0
        for (found, one), (_, other) in readings:
            start = source.index(found, position)
            position = start + len(found)
            expect.append(_dateparser_expected(found, start, one, other))
        cases.append(
            {"suite": "dateparser-search", "text": source, "reference": reference.isoformat(), "expect": expect}
        )
    return cases


DATEFINDER_TESTS = ("tests/test_find_dates.py", "tests/test_find_dates_strict.py")
_DATEFINDER_JOIN = re.compile(r"\s+(?:to|-)\s+")


def _datefinder_spans(source: str, values: list[tuple], others: list[tuple]) -> list[dict]:
    """The dated spans of one of datefinder's texts: the text, or its parts between "to" or "-" where it gives
    more than one date; a year the test fills with the day it runs on is the year's digits."""
    parts = _DATEFINDER_JOIN.split(source.strip()) if len(values) > 1 else [source.strip()]
    if len(parts) != len(values):
        return []
    expect, position = [], 0
    for part, one, other in zip(parts, values, others, strict=True):
        found = str(one[0]) if one != other else part
        start = source.index(found, position)
        position = start + len(found)
        expect.append(_dateparser_expected(found, start, one, other))
    return expect


def _datefinder_cases(root: Path) -> list[dict[str, object]]:
    """The texts of datefinder's date finding tests and the dates it finds in them: those read with the month
    first (its default) or in strict mode; a text the test finds no date in under a setting ("June 2018" where
    strict mode wants a day) is left out, since the setting, not the text, rules the date out."""
    days = (dt.datetime(2031, 3, 5), dt.datetime(2032, 8, 17))  # two days a test might run on
    cases = []
    for name in DATEFINDER_TESTS:
        tree = ast.parse((root / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "parametrize"):
                continue
            rows = node.args[1]
            for row in rows.elts if isinstance(rows, ast.List) else []:
                text, expected, *first = row.elts
                if first and _evaluate(first[0], days[0]) != "month":
                    continue
                source = _evaluate(text, days[0])
                values, others = _evaluate(expected, days[0]), _evaluate(expected, days[1])
                if not values:
                    continue
                values, others = (values, others) if isinstance(values, list) else ([values], [others])
                if expect := _datefinder_spans(source, values, others):
                    reference = DATEPARSER_BASE.isoformat()
                    cases.append({"suite": "datefinder", "text": source, "reference": reference, "expect": expect})
    return cases


def main() -> None:
    cases, no_reference = _cases(Path(sys.argv[1]))
    if len(sys.argv) > 2:
        cases += _dateparser_cases(Path(sys.argv[2]))
    if len(sys.argv) > 3:
        cases += _datefinder_cases(Path(sys.argv[3]))
    out = Path(__file__).with_name("cases.jsonl")
    out.write_text("".join(json.dumps(case, ensure_ascii=False) + "\n" for case in cases), encoding="utf-8")
    print(f"{len(cases)} cases → {out} ({no_reference} without a reference date left out)")


if __name__ == "__main__":
    main()
