"""Date expressions: absolute ("Sept. 20", "January 1, 2024", "in 1994") and relative to the article's
date ("on Tuesday", "last Friday", "last week"), each resolved to an ISO date at its granularity."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from claimcheck.corpus.metadata import MONTHS
from claimcheck.extract.notes import note

_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_FUTURE = re.compile(
    r"\b(will|would|is expected|are expected|expected to|scheduled|set to|plans? to|next|"
    r"is due|are due|to be held|upcoming|coming)\b",
    re.I,
)

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})\b")),
    ("month_day", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR}\b)?")),
    (
        "day_month",
        re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?"),
    ),
    ("month_year", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b")),
    (
        "weekday",
        re.compile(
            rf"\b(?P<rel>last|this|next|past|coming)?\s*{_WEEKDAY}\b"
            r"(?:\s*\((?P<pday>\d{1,2})\))?",
            re.I,
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?P<rel>yesterday|today|tonight|last week|this week|next week|last month|"
            r"this month|next month|last year|this year|next year)\b",
            re.I,
        ),
    ),
    (
        "nth",
        re.compile(
            r"\b(?:on\s+)?the\s+(?P<rel>last|past)?\s*(?P<day>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?"
            r"(?:century|anniversary|floor|time|place|day|year|round|edition))",
            re.I,
        ),
    ),
    (
        "month",
        re.compile(
            rf"\b(?P<prep>(?i:in|by|since|until|from|during|early|late|mid|last|this|next))[\s-]+{_MONTH}"
            r"(?!\s*\d)"
        ),
    ),
    (
        "year",
        re.compile(
            rf"(?:\b(?P<prep>(?i:in|since|by|until|from|before|after|during|of|early|late|mid|end of|"
            rf"through|to))\s+|\(){_YEAR}\b(?!\s*(?:people|%|percent|troops|km|[a-z]+s\b))"
        ),
    ),
]


# What a sentence must hold for each pattern to have a chance: a quick test that spares most sentences
# most of the patterns (every pattern needs all of its cues; the cues never rule out a real match).
NEEDS: dict[str, set[str]] = {
    "iso": {"digit"},
    "month_day": {"month", "digit"},
    "day_month": {"month", "digit"},
    "month_year": {"month", "digit"},
    "weekday": {"day"},
    "relative": {"relative"},
    "nth": {"digit"},
    "month": {"month"},
    "year": {"digit"},
}
_DIGIT = re.compile(r"\d")
_MONTH_START = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_RELATIVE_WORDS = ("day", "tonight", "week", "month", "year")


def _cues(text: str) -> set[str]:
    lower = text.lower()
    cues = set()
    if _DIGIT.search(text):
        cues.add("digit")
    if _MONTH_START.search(text):
        cues.add("month")
    if "day" in lower:
        cues.add("day")
    if any(word in lower for word in _RELATIVE_WORDS):
        cues.add("relative")
    return cues


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: str | None
    granularity: str
    resolved: bool
    day: dt.date | None  # the day, where the granularity is day
    impossible: bool = False  # shaped like a date but naming no day ("2023-02-30"): not a claim, nor figures


def _month(text: str) -> int:
    return MONTHS[text.lower()[:3]]


def _nearest_year(month: int, day: int, published: dt.date, future: bool) -> dt.date | None:
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if future:
        ahead = [c for c in candidates if c >= published]
        return min(ahead) if ahead else max(candidates)
    behind = [c for c in candidates if c <= published + dt.timedelta(days=7)]
    return max(behind) if behind else min(candidates)


def _weekday(name: str, rel: str | None, published: dt.date, future: bool) -> dt.date:
    target = _WEEKDAYS.index(name.lower())
    back = (published.weekday() - target) % 7
    rel = (rel or "").lower()
    if rel in ("last", "past"):
        return published - dt.timedelta(days=back or 7)
    if rel in ("next", "coming") or (future and rel != "last"):
        ahead = (target - published.weekday()) % 7
        return published + dt.timedelta(days=ahead or (7 if rel == "next" else 0))
    return published - dt.timedelta(days=back)


def _relative(rel: str, published: dt.date) -> tuple[str, str]:
    rel = rel.lower()
    shift = {"last": -1, "this": 0, "next": 1, "yesterday": -1, "today": 0, "tonight": 0}
    if rel in ("yesterday", "today", "tonight"):
        return (published + dt.timedelta(days=shift[rel])).isoformat(), "day"
    which, unit = rel.split()
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=shift[which])
        year, week, _ = monday.isocalendar()
        return f"{year}-W{week:02d}", "week"
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 + shift[which]
        return f"{month_index // 12}-{month_index % 12 + 1:02d}", "month"
    return str(published.year + shift[which]), "year"


def _resolve(kind: str, m: re.Match[str], published: dt.date | None, future: bool) -> tuple[str | None, str, bool]:
    groups = m.groupdict()
    if kind == "iso":
        return f"{groups['year']}-{groups['mnum']}-{groups['day']}", "day", False
    if kind in ("month_day", "day_month"):
        month, day = _month(groups["month"]), int(groups["day"])
        if groups.get("year"):
            try:
                return dt.date(int(groups["year"]), month, day).isoformat(), "day", False
            except ValueError:
                return None, "none", False
        if published is None:
            return None, "none", False
        found = _nearest_year(month, day, published, future)
        return (found.isoformat(), "day", True) if found else (None, "none", False)
    if kind == "month_year":
        return f"{groups['year']}-{_month(groups['month']):02d}", "month", False
    if kind == "year":
        return groups["year"], "year", False
    if published is None:
        return None, "none", False
    if kind == "weekday":
        if groups.get("pday"):
            found = _nearest_year(published.month, int(groups["pday"]), published, future)
            if found and found.weekday() == _WEEKDAYS.index(groups["weekday"].lower()):
                return found.isoformat(), "day", True
        return _weekday(groups["weekday"], groups.get("rel"), published, future).isoformat(), "day", True
    if kind == "relative":
        date, granularity = _relative(groups["rel"], published)
        return date, granularity, True
    if kind == "nth":
        day = int(groups["day"])
        month_index = published.year * 12 + published.month - 1
        for back in range(0, 3):
            index = month_index - back
            try:
                found = dt.date(index // 12, index % 12 + 1, day)
            except ValueError:
                continue
            if found <= published:
                return found.isoformat(), "day", True
        return None, "none", False
    if kind == "month":
        month = _month(groups["month"])
        year = published.year if month <= published.month or future else published.year - 1
        return f"{year}-{month:02d}", "month", True
    return None, "none", False


def _future_near(text: str, start: int, end: int) -> bool:
    """Whether the clause around text[start:end] speaks of the future ("talks will resume on Monday")."""
    if text[end : end + 2] in ("'s", "’s"):
        return False  # "Friday's crash": a day already past
    left = max(text.rfind(",", 0, start), text.rfind(";", 0, start), -1) + 1
    right_stops = [i for i in (text.find(",", end), text.find(";", end)) if i >= 0]
    right = min(right_stops) if right_stops else len(text)
    return bool(_FUTURE.search(text[left:right]))


def find_dates(text: str, published: dt.date | None, sentence: str | None = None) -> list[DateMention]:
    """Date mentions in `text` (a sentence), non-overlapping, earliest first; longest wins at a place."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    cues = _cues(text)
    for kind, pattern in PATTERNS:
        if not cues.issuperset(NEEDS[kind]):
            continue
        for m in pattern.finditer(text):
            start, end = m.span()
            while start < end and text[start] in " (":
                start += 1
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            try:
                date, granularity, resolved = _resolve(kind, m, published, _future_near(text, start, end))
                day = dt.date.fromisoformat(date) if date and granularity == "day" else None
            except (ValueError, OverflowError) as error:  # "2023-02-30", or a day past year 9999: no claim
                note(f"{text[start:end]!r} is not a date ({error}); not taken as a claim")
                found.append(DateMention(start, end, text[start:end], None, "none", False, None, impossible=True))
                continue
            found.append(DateMention(start, end, text[start:end], date, granularity, resolved, day))
    return sorted(found, key=lambda d: d.start)
