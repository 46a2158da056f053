"""The quarters and halves of a year that business and economic figures speak for.

"net profit fell in the third quarter of 2025", "Q2 revenue", "third-quarter sales", "the April-June quarter",
"the quarter to June", "the first half of 2024", "H1 2024": a calendar period, written `YYYY-Qn` (a quarter) or
`YYYY-Hn` (a half). A quarter or half without its year is the latest such period that began by the article's
date ("the fourth quarter" in a February article is last year's). A fiscal period ("fiscal 2024", "FY24", "the
fiscal first quarter", "the year to March") has the company's own months: it is found, so that it is not read
as a calendar period or a plain year, but it resolves to no date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from claimcheck.corpus.metadata import MONTH_WORD, MONTHS
from claimcheck.extract.lexicon import alternatives, lexicon

_MONTH = rf"{MONTH_WORD}\.?"
_YEAR = r"(?:19|20)\d\d"


@dataclass(frozen=True)
class YearPart:
    start: int  # offsets in the searched text
    end: int
    text: str
    period: str | None  # "2025-Q3", "2024-H1"; None for a fiscal period


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    lex = lexicon()
    quarters, halves, fiscal = (
        alternatives(lex.quarter_ordinals),
        alternatives(lex.half_ordinals),
        alternatives(lex.fiscal_words),
    )
    year_after = rf"(?:\s+(?:of\s+)?(?:the\s+year\s+)?(?P<year>{_YEAR})\b|\s+of\s+(?P<rel>this|last|the)\s+year\b|\s+(?P<rel2>this|last)\s+year\b)?"
    year_before = rf"(?:(?P<year0>{_YEAR})(?:['’]s)?\s+)?"
    return (
        # fiscal: "fiscal 2024", "fiscal year 2023-24", "FY24", "FY2024", "the fiscal first quarter",
        # "Q3 FY24", "the third quarter of its fiscal year", "the year to March", "the year ended March 31", "the six
        # months ended Sept. 30"
        re.compile(
            rf"\b(?:Q[1-4]\s*|[1-4]Q\s*|H[12]\s*)?(?:{fiscal})[\s-]*(?:year\s*)?(?:{_YEAR}|\d\d)(?:[/-]\d{{2,4}})?\b"
            rf"|\b(?:{fiscal})\s+(?:year\s+)?(?:(?:{quarters})[\s-]+quarter|(?:{halves})[\s-]+half)\b"
            rf"|\b(?:{quarters})[\s-]+quarter\s+of\s+(?:its|the|their|this|last|next)\s+(?:{fiscal})\s+year\b"
            rf"|\b(?:(?:{halves})[\s-]+half\s+of\s+)?(?:the|its|their|this|last)\s+(?:{fiscal})\s+year\b"
            rf"|\b(?:year|season|(?:twelve|12|six|6|nine|9)\s+months|half[\s-]year)\s+(?:to|ended|ending|through)\s+"
            rf"(?i:{_MONTH})(?!\w)",
            re.I,
        ),
        # "the third quarter of 2025", "2025 third-quarter", "the final quarter of last year"
        re.compile(rf"{year_before}\b(?P<ord>{quarters})[\s-]+quarter\b{year_after}", re.I),
        # "Q2 2024", "Q2'24", "2Q24", "Q3/2025"
        re.compile(
            rf"\b(?:Q(?P<n>[1-4])|(?P<n2>[1-4])Q)(?:(?:\s+|\s*[/'’-]\s*)(?P<y>{_YEAR}|\d\d)\b|(?P<y2>\d\d)\b)?(?!\w)"
        ),
        # "the April-June quarter", "the July to September quarter", "during January-March", "the January-June
        # period" (months that make up a calendar quarter or half)
        re.compile(
            rf"\b(?P<m1>{_MONTH})\s*(?:-|–|to|through)\s*(?P<m2>{_MONTH})(?:\s+(?:quarter|period)\b)?{year_after}",
            re.I,
        ),
        # "between January and June"
        re.compile(rf"\bbetween\s+(?P<m1>{_MONTH})\s+and\s+(?P<m2>{_MONTH})(?!\w){year_after}", re.I),
        # "the March quarter", "the June quarter of 2023": the quarter that ends in that month
        re.compile(rf"\b(?P<mend>{_MONTH})\s+quarter\b{year_after}", re.I),
        # "the quarter to June", "the three months ended September 30, 2025"
        re.compile(
            rf"\b(?:quarter|three\s+months|3\s+months)\s+(?:to|ended|ending|through)\s+(?P<mend>{_MONTH})"
            rf"(?:\s+\d{{1,2}})?(?:,?\s+(?P<year>{_YEAR}))?(?!\w)",
            re.I,
        ),
        # "the first half of 2024", "first-half profit" (with its year, or "of the year"), "H1 2024", "1H24"
        re.compile(
            rf"{year_before}\b(?P<hord>{halves})[\s-]+half\b(?:\s+(?:of\s+)?(?P<year>{_YEAR})\b|\s+of\s+"
            rf"(?P<rel>this|last|the)\s+year\b)",
            re.I,
        ),
        re.compile(
            rf"{year_before}\b(?P<hord>{halves})[\s-]+half\b(?=[\s-]+(?:{alternatives(lex.half_year_nouns)})\b)", re.I
        ),
        re.compile(
            rf"\b(?:H(?P<h>[12])|(?P<h2>[12])H)(?:(?:\s+|\s*[/'’-]\s*)(?P<y>{_YEAR}|\d\d)\b|(?P<y2>\d\d)\b)?(?!\w)"
        ),
    )


@cache
def _pattern_cues() -> tuple[re.Pattern[str], ...]:
    """For each pattern of `_patterns`, in its order, what a text needs for it to find a period there: a fiscal
    word or a span's noun; "quarter"; a quarter's code; a month a quarter or half opens with ("April-June");
    "between"; "quarter"; "quarter" or "months"; "half" twice; a half's code."""
    fiscal = alternatives(lexicon().fiscal_words)
    opening_months = re.compile("ja|ap|ju|oc", re.I)  # January, April, July, October: the others read as none
    quarter, half = re.compile("quarter", re.I), re.compile("half", re.I)
    return (
        re.compile(rf"{fiscal}|year|season|months", re.I),
        quarter,
        re.compile(r"Q[1-4]|[1-4]Q"),
        opening_months,
        re.compile("between", re.I),
        quarter,
        re.compile("quarter|months", re.I),
        half,
        half,
        re.compile(r"H[12]|[12]H"),
    )


def _month(word: str) -> int:
    return MONTHS[word.lower()[:3]]


def _year(written: str | None, rel: str | None, part: int, size: int, today: dt.date | None) -> int | None:
    """The year of part `part` of a year cut in parts of `size` months: the written one, "this"/"last" year's,
    else the latest such part that began by `today`."""
    if written:
        return int(written) if len(written) == 4 else 2000 + int(written)
    if today is None:
        return None
    if rel == "last":
        return today.year - 1
    if rel == "this":
        return today.year
    first_month = (part - 1) * size + 1
    return today.year if first_month <= today.month else today.year - 1


# What every pattern of `_patterns` needs somewhere in a text: most sentences are passed over at once.
_MAY_NAME_PART = re.compile(
    r"quarter|half|fiscal|financial|FY|months|year|season|Q[1-4]|[1-4]Q|H[12]|[12]H|ja|ap|ju|oc", re.I
)


@lru_cache(maxsize=4096)
def year_parts(text: str, today: dt.date | None) -> tuple[YearPart, ...]:
    """The quarters, halves and fiscal periods `text` names, in order, none overlapping another."""
    found: list[YearPart] = []
    if not _MAY_NAME_PART.search(text):
        return ()
    lex = lexicon()
    for index, (pattern, cue) in enumerate(zip(_patterns(), _pattern_cues(), strict=True)):
        if not cue.search(text):
            continue  # the words this pattern needs are not in the text: it can take nothing
        for m in pattern.finditer(text):
            if any(m.start() < p.end and p.start < m.end() for p in found):
                continue
            groups = m.groupdict()
            period: str | None = None
            if index == 0:
                period = None
            elif groups.get("ord") or groups.get("n") or groups.get("n2") or groups.get("m1") or groups.get("mend"):
                if groups.get("ord"):
                    n = lex.quarter_ordinals[groups["ord"].lower()]
                elif groups.get("m1"):
                    first, last = _month(groups["m1"]), _month(groups["m2"])
                    if first % 6 == 1 and last == first + 5:  # "January-June": a half
                        half = (first + 5) // 6
                        year = _year(groups.get("year"), (groups.get("rel") or groups.get("rel2")), half, 6, today)
                        period = f"{year:04d}-H{half}" if year else None
                        found.append(YearPart(m.start(), m.end(), m.group(0).strip(), period))
                        continue
                    if first % 3 != 1 or last != first + 2:
                        continue
                    n = (first + 2) // 3
                elif groups.get("mend"):
                    last = _month(groups["mend"])
                    if last % 3:
                        continue
                    n = last // 3
                else:
                    n = int(groups.get("n") or groups.get("n2") or 0)
                written = groups.get("year") or groups.get("year0") or groups.get("y") or groups.get("y2")
                year = _year(written, (groups.get("rel") or groups.get("rel2")), n, 3, today)
                period = f"{year:04d}-Q{n}" if year else None
                if year is None:
                    found.append(YearPart(m.start(), m.end(), m.group(0).strip(), None))
                    continue
            else:
                n = (
                    lex.half_ordinals[groups["hord"].lower()]
                    if groups.get("hord")
                    else int(groups.get("h") or groups.get("h2") or 0)
                )
                written = groups.get("year") or groups.get("year0") or groups.get("y") or groups.get("y2")
                year = _year(written, (groups.get("rel") or groups.get("rel2")), n, 6, today)
                period = f"{year:04d}-H{n}" if year else None
            found.append(YearPart(m.start(), m.end(), m.group(0).strip(), period))
    return tuple(sorted(found + _relative_parts(text, found), key=lambda p: p.start))


# A period named by reference to a quarter or half the text names before it: "the previous quarter", "a quarter
# ago", "the previous three-month period" (the one before), "the same period last year", "the year-ago period",
# "the corresponding period of 2023" (the same part of another year).
_RELATIVE = re.compile(
    r"\b(?:(?P<before>(?:the\s+)?(?:previous|preceding|prior)\s+(?:quarter|three-month\s+period|half)|a\s+quarter\s+"
    r"(?:ago|earlier))|(?P<ago>(?:the\s+)?(?:year-ago|year-earlier)\s+(?:period|quarter|half)|(?:the\s+)?(?:same|"
    r"corresponding)\s+(?:period|quarter|half)\s+(?:last\s+year|a\s+year\s+(?:ago|earlier)|of\s+(?:the\s+)?previous\s+"
    r"year|of\s+(?P<year>(?:19|20)\d\d)\b)))",
    re.I,
)


def _relative_parts(text: str, named: list[YearPart]) -> list[YearPart]:
    found: list[YearPart] = []
    for m in _RELATIVE.finditer(text):
        if any(m.start() < p.end and p.start < m.end() for p in named):
            continue
        anchors = [p for p in named if p.end <= m.start()]
        if not anchors:
            continue
        anchor = anchors[-1].period
        period = None if anchor is None else _shifted(anchor, bool(m.group("before")), m.group("year"))
        found.append(YearPart(m.start(), m.end(), m.group(0).strip(), period))
    return found


def _shifted(period: str, previous: bool, year: str | None) -> str:
    """The part of a year before `period` ("2025-Q1" → "2024-Q4"), or the same part of `year` or the year before."""
    start, kind, n = int(period[:4]), period[5], int(period[6:])
    if not previous:
        return f"{int(year) if year else start - 1:04d}-{kind}{n}"
    if n > 1:
        return f"{start:04d}-{kind}{n - 1}"
    return f"{start - 1:04d}-{kind}{4 if kind == 'Q' else 2}"


def period_bounds(period: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a quarter ("2025-Q3"), a half ("2024-H1") or an ISO week ("2025-W38")."""
    m = re.fullmatch(r"(\d{4})-([QHW])(\d{1,2})", period)
    if m is None:
        return None
    year, kind, n = int(m.group(1)), m.group(2), int(m.group(3))
    try:
        if kind == "W":
            start = dt.date.fromisocalendar(year, n, 1)
            return start, start + dt.timedelta(days=6)
        size = 3 if kind == "Q" else 6
        if not 1 <= n <= 12 // size:
            return None
        first = dt.date(year, (n - 1) * size + 1, 1)
        following = dt.date(year + 1, 1, 1) if n * size == 12 else dt.date(year, n * size + 1, 1)
        return first, following - dt.timedelta(days=1)
    except ValueError:
        return None
