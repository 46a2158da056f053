"""Writes `cases.jsonl` from the English date specs of Microsoft Recognizers-Text (MIT, see LICENSES.md): one
case a line, its input, its reference date and what the suite expects as spans of the input.

python benchmarks/date_suites/vendor.py RECOGNIZERS_CHECKOUT

Each expected span has its type and, for the types that date a day, a week, a month or a year, the periods
the suite resolves it to (`periods`: first and last day; two where it gives a past and a future reading). The
other types (times of day, durations, sets such as "every Monday", time zones) are kept with no period: a date
read on their span is judged against them all the same.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from calendar import monthrange
from pathlib import Path

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


def main() -> None:
    cases, no_reference = _cases(Path(sys.argv[1]))
    out = Path(__file__).with_name("cases.jsonl")
    out.write_text("".join(json.dumps(case, ensure_ascii=False) + "\n" for case in cases), encoding="utf-8")
    print(f"{len(cases)} cases → {out} ({no_reference} without a reference date left out)")


if __name__ == "__main__":
    main()
