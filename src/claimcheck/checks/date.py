"""date — dates given for the same event must agree at the granularity both give.

What it does: compares every pair of selected date claims at their common granularity ("September 2023"
agrees with "September 19"; "Sept. 20" and "September 19" for the same event do not). Relative dates
("on Tuesday", "last week") were resolved against each article's date when extracted. A date that
departs from the day most sources agree on is reported against a source that writes that day out ("on
June 8") before one that works it out from a weekday ("on Sunday"), and before one that only admits
that day ("Wednesday night" beside "September 17"). A month or a year gone by before its
article ("its deadliest eruption was in April 1979", "since 2011") dates another event than the story's days
and is compared only with such periods of its year (with `stories: same`, the default); a day of the event that
a page weeks later writes out ("the prisoners who broke out on September 16", in an October page) is of the story
of the pages that reported around that day, and compared with their days. Two dates of one
sentence are never compared: they are the ends of a span ("week 39 (23 to 29 September)"), which bound a
period, or the days of two events ("Lee's arrest last year and Park's detention in 2020"). Two days in a row
agree when the first is given as its late part ("late on Thursday", "Thursday night") or the second as its early
hours ("early on Friday", "in the early hours of Friday"): one moment told either side of midnight, or in two
time zones. Two dates whose sentences give the person the event befell ages no one person can have ("the
25-year-old was arrested on Wednesday", "a 46-year-old man, who was arrested on Friday") are the days of two
people's events, and not compared.

Why: a wrong day for an event spreads quickly from copy to copy.

Example::

    - id: offensive-start
      title: Date the offensive began
      kind: date
      select: {event: [offensive, military operation], not: [explosion]}
      compare: {tolerance: 0}
"""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.models import Claim, DateClaim, Finding, Verdict
from claimcheck.rules.model import Rule

from .base import ANY_BLOCK
from .frames import STORY_DAYS, article_day, date_moment, older_period, same_story, stories
from .pairs import candidate_pairs, finding, group_verdict, in_scope, reported_pairs

KIND = "date"
_ORDER = {"year": 4, "month": 7, "day": 10}


def block(rule: Rule, claim: Claim) -> str:
    """Every date a rule selects is compared with every other: one block."""
    return ANY_BLOCK


def _days_apart(a: str, b: str) -> int | None:
    if len(a) == len(b) == 10:
        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)
    return None


def _pair_verdict(rule: Rule, a: DateClaim, b: DateClaim) -> str:
    width = min(
        _ORDER[a.value.granularity], _ORDER[b.value.granularity], _ORDER.get(rule.compare.granularity or "day", 10)
    )
    da, db = (a.value.date or "")[:width], (b.value.date or "")[:width]
    if da == db:
        return "consistent"
    apart = _days_apart(da, db)
    if apart is not None and (apart <= rule.tolerance.amount or (apart == 1 and _across_midnight(a, b))):
        return "within-tolerance"
    return "discrepancy"


# The last minute of an evening's or a night's part of a day, and the first of a night's or a morning's early
# hours: a day's late part and the next day's early part lie either side of one midnight.
LATE_FROM = 20 * 60
EARLY_UNTIL = 6 * 60


def _across_midnight(a: DateClaim, b: DateClaim) -> bool:
    """Whether two dates a day apart may be one moment told either side of midnight: the earlier day's own words
    give its late part ("late on Thursday", "Thursday night") and the later day's none or its early hours, or the
    later day's give its early hours ("early on Friday", "in the early hours of Friday") and the earlier day's none
    or its late part; where it falls turns on the clock and the time zone it is told in."""
    earlier, later = (a, b) if (a.value.date or "") < (b.value.date or "") else (b, a)
    first, second = date_moment(earlier), date_moment(later)
    late = first is not None and first[1] >= LATE_FROM
    # a part of a day lies where most of it lies: "Sunday morning" (5 am to noon) is no early hours
    early = second is not None and sum(second) / 2 <= EARLY_UNTIL
    # a day's late part against the next day's own late part ("Monday night", "Tuesday night") is a day apart
    return (late and (second is None or early)) or (early and (first is None or late))


def _reported_together(a: DateClaim, b: DateClaim) -> bool:
    """Whether two dates come from pages of one reporting round (published within `STORY_DAYS` of each other):
    the days they give the story's event are one story's, even where one of them, written out, is placed
    among earlier reports ("on Dec. 18" a month later) and the other, a day nothing was reported from, stays
    with its page ("the Dec. 13 incident", the same month later)."""
    day_a, day_b = article_day(a), article_day(b)
    return day_a is not None and day_b is not None and abs((day_a - day_b).days) <= STORY_DAYS


def _other_times(a: DateClaim, b: DateClaim) -> bool:
    """Whether two dates are of different events by their times: a month or a year gone by before its article
    beside a day of the story, or two such periods of different years ("April 1979", "January 2023")."""
    older_a, older_b = older_period(a), older_period(b)
    if older_a and older_b:
        return (a.value.date or "")[:4] != (b.value.date or "")[:4]
    return older_a != older_b


# The age of a person told before a date in its sentence: "46-year-old", "38 year-old", "aged 46", "in his 20s".
_AGE_BEFORE = re.compile(
    r"\b(\d{1,3})[- ]years?[- ]old\b|\baged (\d{1,3})\b|\bin (?:his|her) (?:early |mid-?|late )?(\d)0s\b", re.I
)


def _age_told(claim: DateClaim) -> tuple[int, int] | None:
    """The ages (lowest, highest) of the person the last age told before a date in its sentence is of."""
    at = claim.sentence.find(claim.text)
    found = list(_AGE_BEFORE.finditer(claim.sentence[: max(at, 0)]))
    if not found:
        return None
    years, aged, decade = found[-1].groups()
    if decade:
        return int(decade) * 10, int(decade) * 10 + 9
    age = int(years or aged)
    return age, age


def _other_people(a: DateClaim, b: DateClaim) -> bool:
    """Whether two dates are the days of what befell two people, by the ages their sentences give them ("The
    25-year-old was arrested on October 16" and "a 46-year-old man, who was arrested at Stansted on Friday")."""
    age_a, age_b = _age_told(a), _age_told(b)
    return age_a is not None and age_b is not None and (age_a[1] < age_b[0] or age_b[1] < age_a[0])


def _firmness(claim: Claim) -> int:
    """How firmly a date states its day: by its number ("September 10", "10.09.2023") before by a weekday or
    a word counted from the article's date ("on Sunday", "yesterday"); a month or a year states none."""
    if not isinstance(claim, DateClaim) or claim.value.granularity != "day":
        return 0
    return 2 if any(ch.isdigit() for ch in claim.text) else 1


def check(rule: Rule, claims: list[Claim]) -> tuple[list[Verdict], list[Finding]]:
    group = [c for c in claims if isinstance(c, DateClaim) and c.value.date and c.value.granularity in _ORDER]
    verdicts: dict[tuple[str, str], str] = {}
    story = stories(group)
    for a, b in candidate_pairs(group, key=lambda c: 0.0):
        assert isinstance(a, DateClaim) and isinstance(b, DateClaim)
        if not in_scope(rule, a, b):
            continue
        if a.sentence == b.sentence and a.doc.id == b.doc.id:
            # the bounds of the periods one sentence lists, or the days of two events it tells ("Lee's arrest last
            # year and Park's detention in 2020"): a sentence does not give one event two days
            verdicts[(a.id, b.id)] = "not-comparable"
            continue
        one = same_story(story, a, b) or _reported_together(a, b)
        other_story = rule.compare.stories == "same" and (not one or _other_times(a, b))
        unrelated = other_story or _other_people(a, b)
        verdicts[(a.id, b.id)] = "not-comparable" if unrelated else _pair_verdict(rule, a, b)
    findings, notes = [], []
    for a, b, outlier, alike in reported_pairs(rule, group, verdicts, _firmness, firm_first=True):
        assert isinstance(a, DateClaim) and isinstance(b, DateClaim)
        apart = _days_apart(a.value.date or "", b.value.date or "")
        message = f"{a.doc.label}: “{a.text}” ({a.value.date}) vs {b.doc.label}: “{b.text}” ({b.value.date})" + (
            f": {apart} day(s) apart" if apart else ""
        )
        notes.append(message)
        detail = {
            "dates": [a.value.date, b.value.date],
            "days_apart": apart,
            "events": [a.event, b.event],
            "tolerance": rule.compare.tolerance,
        }
        findings.append(finding(rule, a, b, message, False, detail, rule.severity, outlier, alike))
    if not notes and verdicts:
        notes.append(f"{len(group)} dates agree at their common granularity")
    return [group_verdict(rule, group, list(verdicts.values()), notes)] if group else [], findings
