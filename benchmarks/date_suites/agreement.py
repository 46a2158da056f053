"""Agreement of claimcheck's date extraction with public date test suites: the English date specs of Microsoft
Recognizers-Text (DateParser, DatePeriodParser, DateTimeModel) and the English cases of dateparser's date search
tests, vendored in `cases.jsonl` (MIT and BSD, see LICENSES.md). Each case is read as an article published on the case's reference date.

Each date the suite expects (a day, a week, a month, a year or a range of days, with its past and its future
reading where the words leave the year open) is one of:
  agree        a date claim on its span is one of the suite's readings (for a range of days: a day or days
               inside it, which is how claimcheck reads "from 3 to 5 March")
  coarser      a claim on its span holds one of the readings, or an end of a range, but says less ("2016" for
               "04/05/2016", whose order of day and month the text does not show): less than the suite says,
               never something else
  wrong value  a claim on its span dates another period, whatever the others on it say: the worst, a false
               discrepancy between two sources
  miss         no date claim on its span
A date claim on no span the suite marks (of any type, times and durations included) is an `extra`, as bad as
a wrong value. `scope.yaml` names the disagreements outside what claimcheck reads, with the reason.

python benchmarks/date_suites/agreement.py [--show CLASS ...] [--suite NAME]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter
from pathlib import Path

import yaml

from claimcheck.extract import extract_document
from claimcheck.extract.dates import period_of
from claimcheck.models import DateClaim, Document

HERE = Path(__file__).parent
Key = tuple[str, str]  # (case, date)
CLASSES = ("agree", "coarser", "wrong value", "miss", "extra")
Period = tuple[dt.date, dt.date]


def document(text: str, reference: str) -> Document:
    published = dt.date.fromisoformat(reference)
    return Document(id="s", title="", outlet="suite", published=published, path="s.txt", format="digest", text=text)


def claim_period(claim: DateClaim) -> Period | None:
    value = claim.value
    return period_of(value.date, value.granularity) if value.date else None


def _grade(expected: dict, period: Period) -> str:
    readings = [[dt.date.fromisoformat(day) for day in days] for days in expected["periods"]]
    if any(period == (days[0], days[1]) for days in readings):
        return "agree"
    if any(len(days) == 3 and days[0] <= period[0] and period[1] <= days[2] for days in readings):
        return "agree"  # a day or a month inside a range
    if any(period[0] <= days[0] and days[1] <= period[1] for days in readings):
        return "coarser"
    if any(len(days) == 3 and any(period[0] <= day <= period[1] for day in days) for days in readings):
        return "coarser"  # an end of a range, read as its month or year ("2015" of "between 2015 June and …")
    return "wrong value"


def judge(expected: dict, claims: list[DateClaim]) -> tuple[str, DateClaim | None]:
    """The class of one expected date, and the claim it was judged on: a wrong value if any claim on its span
    dates another period (it is compared all the same), else the best of them."""
    start, end = expected["start"], expected["end"]
    graded = [
        (CLASSES.index(_grade(expected, period)), claim)
        for claim in claims
        if claim.start < end and start < claim.end and (period := claim_period(claim))
    ]
    if not graded:
        return "miss", None
    wrong = CLASSES.index("wrong value")
    rank, claim = next(((r, c) for r, c in graded if r == wrong), min(graded, key=lambda pair: pair[0]))
    return CLASSES[rank], claim


def _scope() -> dict[Key, str]:
    rows = yaml.safe_load((HERE / "scope.yaml").read_text(encoding="utf-8")) or []
    return {(row["case"], row["date"]): row["why"] for row in rows}


def read_cases() -> list[dict]:
    return [json.loads(line) for line in (HERE / "cases.jsonl").read_text(encoding="utf-8").splitlines()]


def _claims(case: dict) -> list[DateClaim]:
    claims = extract_document(document(case["text"], case["reference"]), ("date",))
    return [c for c in claims if isinstance(c, DateClaim) and claim_period(c)]


def _results(case: dict) -> list[tuple[str, str, str]]:
    """(class, the suite's date, what claimcheck read) for each judged date of a case, and each extra claim."""
    claims = _claims(case)
    rows = []
    for expected in case["expect"]:
        if expected["periods"]:
            grade, claim = judge(expected, claims)
            got = f"{claim.text!r} {claim.value.date}" if claim else "-"
            rows.append((grade, expected["text"], f"{expected['periods']} :: {got}"))
    for claim in claims:
        if not any(claim.start < e["end"] and e["start"] < claim.end for e in case["expect"]):
            rows.append(("extra", claim.text, f"- :: {claim.value.date}"))
    return rows


def agreement(suite: str | None = None, show: tuple[str, ...] = ()) -> tuple[dict[str, Counter[str]], set[Key]]:
    """Counts of each class per suite, and the scope.yaml entries that match no disagreement (stale)."""
    scope = _scope()
    totals: dict[str, Counter[str]] = {}
    used: set[Key] = set()
    for case in read_cases():
        if suite and case["suite"] != suite:
            continue
        counts = totals.setdefault(case["suite"], Counter())
        counts["no date"] += sum(not e["periods"] for e in case["expect"])
        for grade, text, detail in _results(case):
            key = (case["text"], text)
            shown = grade in show
            if grade != "agree" and key in scope:
                used.add(key)
                counts["out of scope"] += 1
                counts[f"out of scope: {grade}"] += 1
                shown = "out of scope" in show
            else:
                counts[grade] += 1
            if shown:
                print(f"[{grade}] {case['suite']} {case['reference']}: {case['text']!r} :: {text!r} {detail}")
    return totals, (set(scope) - used if suite is None else set())


def total(totals: dict[str, Counter[str]]) -> Counter[str]:
    overall: Counter[str] = Counter()
    for counts in totals.values():
        overall.update(counts)
    return overall


def _table(totals: dict[str, Counter[str]]) -> None:
    heads = ("suite", "dates", *CLASSES, "out of scope", "agreement", "in scope")
    print("| " + " | ".join(heads) + " |")
    print("|" + "---|" * len(heads))
    for suite, counts in [*sorted(totals.items()), ("all", total(totals))]:
        dates = sum(counts[c] for c in (*CLASSES[:-1], "out of scope")) - counts["out of scope: extra"]
        within = dates - counts["out of scope"] + counts["out of scope: extra"]
        cells = [suite, str(dates), *(str(counts[c]) for c in CLASSES), str(counts["out of scope"])]
        cells.append(f"{counts['agree'] / dates:.1%}" if dates else "-")
        cells.append(f"{counts['agree'] / within:.1%}" if within else "-")
        print("| " + " | ".join(cells) + " |")
    overall = total(totals)
    print("\nout of scope: " + ", ".join(f"{overall[f'out of scope: {c}']} {c}" for c in CLASSES[1:]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", nargs="*", default=[], help="print the dates of these classes")
    parser.add_argument(
        "--suite", help="only this suite (recognizers-date, recognizers-dateperiod, dateparser-search, ...)"
    )
    args = parser.parse_args()
    totals, stale = agreement(args.suite, tuple(args.show))
    _table(totals)
    if stale:
        print(f"{len(stale)} scope.yaml entries match no disagreement: {sorted(stale)[:3]}")


if __name__ == "__main__":
    main()
