"""Time frames: the one place that decides which moment a claim speaks for.

A figure speaks for the period its sentence states ("on Saturday", "in March", "a week earlier"); else
for the day its article's own text reports from (`DocRef.text_date`, when the text contradicts the page's
date), else for the article's date. A stated month or year that the article is in, or has just left,
stands for the article's day ("by September" in October); an older period is a frame of its own ("in
1991"). A count over a span from a day up to the time of writing ("have died since Monday") speaks for its
article's day, as the count since that day: a frame of its own, apart from the story's whole count of that day
and from a count since another day, and, on a later page, the later stage of one since the same day. Words
that mark a count as unfinished ("so far", "by midday", "with 80% of precincts reporting") make a frame of
their own too, as do words that make a count one period's ("23 cases in week 40"). The time of
day a text gives a count for ("by 4:15pm", "as of 10 a.m.", "by nightfall", `time_of_day`) is part of its frame:
of two figures of one day, the one at the later moment is the later stage; a figure with no time of day may be
of any moment of its day (a time of day in words of `partial_frames`, "by midday", keeps a figure apart from one
with no time, as those words always did). A count
of another event named by its year ("a 2015 stampede that killed 2,300") speaks for that year.

A count an article gives beside its headline death toll (the injured, the missing) belongs to that
toll's reporting stage: two such counts compare when their articles give the same headline toll, whatever
their pages' dates, and not when the tolls differ (the toll rose between the two reports). A count whose
sentence states the article's own day ("reported early Monday" in Monday's paper) keeps that stage. Two
such counts whose tolls are not in their pages' order (a page dated later carrying a lower toll) are not
put in order, neither an update of the other, unless the later page's text gives its own day.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache, wraps
from typing import TypeVar

from claimcheck.extract.article import HEADLINE_CONCEPT, spaced_words
from claimcheck.extract.dates import looks_back_from
from claimcheck.extract.lexicon import alternatives, lexicon
from claimcheck.extract.numbers import words_to_number
from claimcheck.extract.periods import period_bounds
from claimcheck.extract.story_events import event_kind
from claimcheck.extract.words import first_at, stem, words_of
from claimcheck.models import Claim, DateClaim, QuantityClaim

T = TypeVar("T")
C = TypeVar("C", bound=Claim)
_MEMOS: list[dict[int, tuple[Claim, object]]] = []  # one per function `per_claim` keeps results of
_REMEMBERING = [0]  # how many `remembered` blocks are open


def per_claim(function: Callable[[C], T]) -> Callable[[C], T]:
    """`function` of a claim, worked out once per claim object while a `remembered` block runs (selection and
    the checks both read a claim's frame); as it is elsewhere."""
    memo: dict[int, tuple[Claim, object]] = {}
    _MEMOS.append(memo)

    @wraps(function)
    def remembered_value(claim: C) -> T:
        if not _REMEMBERING[0]:
            return function(claim)
        found = memo.get(id(claim))
        if found is not None and found[0] is claim:  # the claim is held, so its id is no other's
            return found[1]  # type: ignore[return-value]
        value = function(claim)
        memo[id(claim)] = (claim, value)
        return value

    return remembered_value


@contextmanager
def remembered() -> Iterator[None]:
    """A block (a check step over claims held in memory) in which what `per_claim` functions give for a claim is
    kept: the claims it met are held until the outermost block ends."""
    _REMEMBERING[0] += 1
    try:
        yield
    finally:
        _REMEMBERING[0] -= 1
        if not _REMEMBERING[0]:
            for memo in _MEMOS:
                memo.clear()


@dataclass(frozen=True)
class Frame:
    period: str  # ISO date at its granularity: 2023-09-19, 2023-09, 2023; "" when nothing dates the claim
    partial: str  # the words that mark an unfinished count, "" for none
    stated: bool  # whether the text states the period (else it is the article's date)
    stage: float | None = None  # the headline toll of the claim's article, for a count given beside it
    own_day: bool = False  # whether the article's own text gives the day it reports from (`DocRef.text_date`)
    clock: tuple[int, int] | None = None  # the time of day the text gives the figure for, in minutes (first, last)

    @property
    def is_day(self) -> bool:
        return len(self.period) == 10

    def __str__(self) -> str:
        stage = "" if self.stage is None else f" (headline toll {self.stage:,.0f})"
        clock = (
            ""
            if self.clock is None
            else f" {_hhmm(self.clock[0])}" + (f"-{_hhmm(self.clock[1])}" if self.clock[1] != self.clock[0] else "")
        )
        return f"{self.period}{clock} {self.partial}".strip() + stage


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def article_day(claim: Claim) -> dt.date | None:
    """The day the claim's article reports from: its text's own date where that contradicts the page's."""
    return claim.doc.text_date or claim.doc.published


@per_claim
def frame_of(claim: Claim) -> Frame:
    """The time frame a claim speaks for (see the module's documentation)."""
    day = article_day(claim)
    published = day.isoformat() if day else ""
    if isinstance(claim, DateClaim):
        return Frame(claim.value.date or published, "", bool(claim.value.date))
    stated = claim.as_of or "" if isinstance(claim, QuantityClaim) else ""
    if stated and _up_to_now(claim):
        return Frame(published, f"since {stated}", False, None, claim.doc.text_date is not None)
    if len(stated) == 10 or (stated and not (_recent(stated, published) and not _ends_a_span(claim))):
        # A day the text states that is the article's own keeps the article's headline stage.
        stage = stage_of(claim) if stated == published else None
        moment = _moment_on(claim, stated, day)
        return Frame(stated, partial_of(claim), True, stage, claim.doc.text_date is not None, moment)
    year = _year_of(other_event(claim)) if isinstance(claim, QuantityClaim) and not stated else ""
    if year:  # "a 2015 stampede that resulted in up to 2,300 deaths": that year's count, whenever it is told
        return Frame(year, partial_of(claim), True, None, claim.doc.text_date is not None)
    moment = _moment_on(claim, published, day)
    return Frame(published, partial_of(claim), False, stage_of(claim), claim.doc.text_date is not None, moment)


def _up_to_now(claim: Claim) -> bool:
    """Whether the time a count is stated for is a span from a day up to the time of writing ("since Monday")."""
    time = (claim.time or "") if isinstance(claim, QuantityClaim) else ""
    return bool(time) and looks_back_from(time.lower(), 0, len(time)) == 0


def _moment_on(claim: Claim, day: str, article: dt.date | None) -> tuple[int, int] | None:
    """The count's time of day on `day` (an ISO date; none for a month or a year)."""
    if not isinstance(claim, QuantityClaim) or len(day) != 10:
        return None
    return time_of_day(claim, dt.date.fromisoformat(day), article)


@cache
def _day_time_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The times of day in words with what makes them a count's moment (`time_of_day`), and the words of an
    opener right before a clock time ("by 4:15pm", "as of 10 a.m.", "until Sunday 10:30pm")."""
    lex = lexicon()
    words = alternatives(lex.day_times)
    openers = alternatives(lex.day_time_openers)
    weekdays = alternatives(_weekdays())
    alone = alternatives(lex.day_times_alone)
    edges = alternatives(lex.day_edges)
    spoken = re.compile(
        rf"\b(?:(?:{openers})\s+(?:the\s+)?(?:(?:on\s+)?(?:{weekdays})\s+)?(?P<word>{words})"
        rf"|(?:{weekdays})(?:['’]s)?\s+(?P<dayword>{words})|(?P<alone>{alone})"
        rf"|(?P<edge>{edges})\s+(?:on\s+)?(?:{weekdays}|today|yesterday))\b",
        re.I,
    )
    before_clock = re.compile(rf"\b(?:{openers})\s+(?:(?:on\s+)?(?:{weekdays}),?\s+)?$", re.I)
    return spoken, before_clock


@cache
def _weekdays() -> tuple[str, ...]:
    return ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


# A time of day and what may stand between it and the comma that ends its opening phrase ("As of 10 a.m. local
# time, 23 were missing", "By Tuesday evening, …").
_TO_COMMA = re.compile(r"^(?:\s+(?:today|local time|on\s+\w+|\w+day))*\s*,", re.I)
_EVENT_BEFORE = 40  # how far before a time of day an event's verb makes it the event's time ("broke out at 6 am")


def time_of_day(
    claim: QuantityClaim, day: dt.date | None = None, article: dt.date | None = None
) -> tuple[int, int] | None:
    """The moment of its day a count is given for, as minutes after midnight (first, last): a clock time or a
    time of day in words after a word that makes it the count's moment ("nine had died by 4:15pm", "as of 10
    a.m.", "at noon", "by nightfall", "this evening", "overnight", "early on Tuesday"), in the count's own clause,
    in a phrase that opens the sentence before it ("As of 10 a.m. local time, 23 were missing"), or in the clause
    that reports it ("…, the mayor said Friday morning"). A time that an event's verb takes ("the fire broke out at
    6 am") is the event's, not the count's, and so is one of another day than `day` (the count's, when known;
    `article` is its article's): "have died after the storm hit on Friday evening" in Saturday's paper. None when
    the text gives no time of day."""
    sentence = claim.sentence
    at = sentence.find(claim.text)
    if at < 0:
        return None
    spans = _clause_spans(sentence)
    own = next(((a, b) for a, b in spans if a <= at < b), (0, len(sentence)))
    found = [
        t[:4]
        for t in _times_of_day(sentence)
        if not _dates_an_event(sentence, t[0], own) and _on_day(t[4], day, article)
    ]
    fits = [t for t in found if own[0] <= t[0] < own[1]]
    fits = fits or [t for t in found if t[1] <= at and _TO_COMMA.match(sentence[t[1] :])]
    fits = fits or [t for t in found if t[0] >= own[1] and _reports(sentence[own[1] : t[0]])]
    if not fits:
        return None
    nearest = min(fits, key=lambda t: abs(t[0] - at))
    return nearest[2], nearest[3]


def date_moment(claim: Claim) -> tuple[int, int] | None:
    """The part of its day a date's own words give, as minutes after midnight (first, last): a time of day that
    holds the date or stands right by it ("late on Thursday", "Thursday night", "in the early hours of Friday",
    "around midnight on Sunday"). None when they give none."""
    sentence = claim.sentence
    at = sentence.find(claim.text)
    if at < 0:
        return None
    end = at + len(claim.text)
    for start, stop, first, last, _ in _times_of_day(sentence):
        holds = start <= at < stop or at <= start < end
        if (
            holds
            or (stop <= at and _BY_DATE.fullmatch(sentence[stop:at]))
            or (start >= end and not sentence[end:start].strip())
        ):
            return first, last
    return None


# What may stand between a time of day and the date after it ("around midnight on Sunday", "the early hours of Friday").
_BY_DATE = re.compile(r"\s*(?:on|of)?\s*", re.I)


def _clause_spans(sentence: str) -> list[tuple[int, int]]:
    cuts = [0] + [m.start() for m in re.finditer(r",(?!\d)|[;()]|\s[-–—]\s", sentence)] + [len(sentence)]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


@lru_cache(maxsize=4096)
def _times_of_day(sentence: str) -> tuple[tuple[int, int, int, int, str], ...]:
    """(start, end, first minute, last minute, the day it names or "") of each time of day the sentence names as
    a count's moment: "by Friday 4pm", "Tuesday evening" and "late yesterday" name a day (`_named_day`)."""
    from claimcheck.extract.clock import find_times

    spoken, before_clock = _day_time_patterns()
    found = []
    for time in find_times(sentence):
        opener = before_clock.search(sentence[max(0, time.start - 40) : time.start])
        if opener:
            found.append((time.start, time.end, time.minutes, time.minutes, _named_day(opener.group(0))))
    lex = lexicon()
    for match in spoken.finditer(sentence):
        if any(t[0] <= match.start() < t[1] or match.start() <= t[0] < match.end() for t in found):
            continue
        word = (match["word"] or match["dayword"] or match["alone"] or match["edge"]).lower()
        first, last = lex.day_edges[word] if match["edge"] else lex.day_times[word]
        found.append((match.start(), match.end(), round(first * 60), round(last * 60), _named_day(match.group(0))))
    return tuple(found)


@cache
def _named_day_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b({'|'.join(_weekdays())}|today|yesterday)\b", re.I)


def _named_day(words: str) -> str:
    """The day the words of a time of day name: a weekday, "today" or "yesterday" (lower case), or ""."""
    found = _named_day_pattern().search(words)
    return found.group(1).lower() if found else ""


def _on_day(named: str, day: dt.date | None, article: dt.date | None) -> bool:
    """Whether a time of day that names the day `named` (`_named_day`) can be of `day`: a weekday must be
    `day`'s, "today" the article's day and "yesterday" the day before it. Any, when a day is unknown."""
    if not named or day is None:
        return True
    if named in _weekdays():
        return _weekdays().index(named) == day.weekday()
    if article is None:
        return True
    return day == (article if named == "today" else article - dt.timedelta(days=1))


def _dates_an_event(sentence: str, start: int, own: tuple[int, int]) -> bool:
    """Whether an event's verb right before a time of day takes it ("broke out around 6 am", "struck at 4:15pm")."""
    before = sentence[max(own[0] if own[0] <= start else 0, start - _EVENT_BEFORE) : start]
    return bool(_event_verb_pattern().search(before))


@cache
def _event_verb_pattern() -> re.Pattern[str]:
    return _words_pattern(lexicon().event_day_verbs)


def _reports(text: str) -> bool:
    """Whether the words between a count's clause and a time of day report it ("…, the mayor said")."""
    words = set(words_of(text))
    return any(verb in words for verb in lexicon().speech_verbs)


_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


def _year_of(event: str) -> str:
    """The year that names another event ("2015 stampede", "in 2015"), or ""."""
    found = _YEAR.search(event)
    return found.group(0) if found else ""


def stage_of(claim: Claim) -> float | None:
    """The headline toll a count is given beside: none for a date, a figure with a time of its own, or a
    death toll (which is the stage itself), unless the toll is one place's part of the headline's ("14
    were killed in the neighbouring province")."""
    headline = claim.doc.headline_count
    if headline is None or not isinstance(claim, QuantityClaim) or claim.unit is not None:
        return None
    about = claim.phrase or " ".join(part for part in (claim.counted, claim.predicate) if part)
    words = spaced_words(about)
    toll = any(f" {word} " in words for word in lexicon().concepts[HEADLINE_CONCEPT]) and not any(
        f" {word} " in words for word in _facts_apart_from_the_toll()
    )
    if toll and (claim.scope is None or claim.value == headline) and not _names_a_part(claim):
        return None
    stage = headline.point if headline.point is not None else headline.low
    return stage if stage is not None and stage >= MIN_STAGE_TOLL else None


@lru_cache(maxsize=64)
def stems_of(table: str) -> frozenset[str]:
    """The words of one of the lexicon's word lists (`generic_heads`, `subgroups`, …) as `stem` gives them,
    worked out once: every figure a check or discovery reads is read against them."""
    words: Iterable[str] = getattr(lexicon(), table)  # a list, or a table by word (`number_words`)
    return frozenset(stem(word) for word in words)


def _names_a_part(claim: QuantityClaim) -> bool:
    """Whether a count's noun names people by sex or age (`people_by_sex_or_age`: "Twelve men were among the
    victims", "17 women"): a part of the toll, given beside it, not the toll itself."""
    counted = words_of(claim.counted or "")
    return bool(counted) and stem(counted[-1]) in stems_of("people_by_sex_or_age")


# A headline toll below this marks no reporting stage: a single death is no toll still being counted, and the
# other counts of its story move without it ("one dead, 30 injured" on Tuesday, "one dead, over 100 injured" on
# Wednesday).
MIN_STAGE_TOLL = 2


@cache
def _facts_apart_from_the_toll() -> tuple[str, ...]:
    """The words of the facts that stand alone (`alone: true`, "unidentified"): a count they name is not the
    toll even when it counts the dead ("83 bodies remain unidentified")."""
    return tuple(word for name, row in lexicon().facts.items() if row.alone for word in lexicon().fact_words(name))


def partial_of(claim: Claim) -> str:
    """The words that mark the claim's count as unfinished, with any share they give ("80% … reporting"), or
    the period it is the count of ("23 cases in week 40": per week)."""
    wording = (getattr(claim, "time", None) or "").lower()
    found = (" ".join(wording.split()) for marker in lexicon().partial_frames if marker in wording)
    marked = next(found, "") if wording else ""  # most figures state no time: no marker to look for
    return marked or (per_period(claim) if isinstance(claim, QuantityClaim) else "")


# Two figures whose days are this far apart, with no figure of a day between, belong to different stories.
STORY_DAYS = 3


def story_day(claim: Claim, frame: Frame | None = None, reported: Collection[dt.date] = ()) -> dt.date | None:
    """The day that places a claim in a story: the day its frame (`frame`, if worked out already) states,
    the start of an older period it states ("in 1991") or the end of a week ("over the weekend"), else its
    article's day (a period still to come places nothing). A date claim is placed by its article's day, or, for
    the day of a story's event (an earthquake, a jailbreak), by the earlier day it writes out where articles
    reported from around then (`reported`: "the 219 prisoners who broke out on September 16" in an October
    article, beside the reports of September 17): the day of an event told later is placed among the first
    reports of it, while a wrong day nothing was reported from stays with its article."""
    day = article_day(claim)
    if written_day(claim) and event_kind(claim.sentence, claim.text):
        own = dt.date.fromisoformat(claim.value.date[:10])  # type: ignore[union-attr,index]
        near = any(abs((own - other).days) <= STORY_DAYS for other in reported)
        return own if near and (day is None or (day - own).days > STORY_DAYS) else day
    if isinstance(claim, QuantityClaim):
        period = (frame or frame_of(claim)).period
        start, end = period_days(period)
        if start is not None and end is not None and (day is None or end <= day):
            return end if "-W" in period else start  # a week's figure ("over the weekend") is told as it ends
    return day


def written_day(claim: Claim) -> bool:
    """Whether a claim is a day written out with its number ("September 16", "March 7"), not worked out from a
    weekday or a word ("this Saturday", "yesterday")."""
    return (
        isinstance(claim, DateClaim)
        and claim.value.granularity == "day"
        and bool(claim.value.date)
        and any(ch.isdigit() for ch in claim.text)
    )


def period_days(period: str) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day of a stated period ("2024", "2024-05", "2024-05-03", a quarter "2024-Q2", a half
    "2024-H1", a week "2024-W19"); (None, None) for none."""
    bounds = period_bounds(period)
    if bounds is not None:
        return bounds
    try:
        if len(period) == 10:
            day = dt.date.fromisoformat(period)
            return day, day
        if len(period) == 7:
            start = dt.date(int(period[:4]), int(period[5:7]), 1)
            return start, (start + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
        if len(period) == 4:
            return dt.date(int(period), 1, 1), dt.date(int(period), 12, 31)
    except ValueError:
        pass
    return None, None


def stories(claims: Sequence[Claim], frames: Mapping[str, Frame] | None = None) -> dict[str, int]:
    """Claim id → story number: claims whose days follow each other within `STORY_DAYS` tell one story
    (single linkage); an undated claim belongs to every story (number -1). `frames`: the claims' frames by
    id, where worked out already."""
    known = frames or {}
    reported = {day for c in claims if (day := article_day(c)) is not None}
    days = sorted((day, c.id) for c in claims if (day := story_day(c, known.get(c.id), reported)) is not None)
    found: dict[str, int] = {claim.id: -1 for claim in claims}
    number, previous = 0, None
    for day, claim_id in days:
        if previous is not None and (day - previous).days > STORY_DAYS:
            number += 1
        found[claim_id], previous = number, day
    return found


def same_story(stories_of: dict[str, int], a: Claim, b: Claim) -> bool:
    return one_story(stories_of.get(a.id, -1), stories_of.get(b.id, -1))


def one_story(x: int, y: int) -> bool:
    """Whether two story numbers (-1: a claim no story holds) are one story."""
    return x == y or -1 in (x, y)


# Two headline tolls this close (a share of the larger) are one reporting stage ("more than 380" and 381).
SAME_STAGE = 0.005


def same_frame(a: Frame, b: Frame) -> bool:
    """The same period (a day is in its month and year) and the same partial-count words; for counts given
    beside a headline toll, the same toll instead of the same day (within a few days: a toll that stays put
    for a week does not hold the other counts still)."""
    if not _same_partial(a, b):
        return False
    if a.period == b.period and clock_order(a.clock, b.clock):
        return False
    if a.stage is not None and b.stage is not None and _days_apart(a, b) <= STORY_DAYS:
        return _one_stage(a.stage, b.stage)
    return a.period.startswith(b.period) or b.period.startswith(a.period)


def _days_apart(a: Frame, b: Frame) -> int:
    if not (a.is_day and b.is_day):
        return 0
    return abs((dt.date.fromisoformat(a.period) - dt.date.fromisoformat(b.period)).days)


# Two days this far apart or more are not two moments of one unfolding count (a toll, a tally).
ONE_COUNT_DAYS = 31


def later(a: Frame, b: Frame) -> int:
    """1 when `a` is a later day than `b` in one unfolding count (less than `ONE_COUNT_DAYS` apart), -1 when
    earlier, 0 when neither can be said (as when one of them is marked unfinished: "in the first hours", "so
    far", whose moment is not its article's day). Counts given beside two different headline tolls whose
    order is not their pages' order (a page dated later that carries a lower toll: an earlier stage posted
    late, or a later page behind the count) cannot be put in order either, unless the later page's own text
    gives the day it reports from ("a massive search Thursday" on a Friday page): it was written that day,
    not posted late, and its counts are that day's."""
    if a.is_day and a.period == b.period and _same_partial(a, b):
        return clock_order(a.clock, b.clock)
    if not (a.is_day and b.is_day) or a.period == b.period or a.partial != b.partial:
        return 0
    apart = (dt.date.fromisoformat(a.period) - dt.date.fromisoformat(b.period)).days
    if abs(apart) >= ONE_COUNT_DAYS:
        return 0
    staged = a.stage is not None and b.stage is not None and not _one_stage(a.stage, b.stage)
    if staged and ((a.stage or 0.0) > (b.stage or 0.0)) != (apart > 0) and not (a if apart > 0 else b).own_day:
        return 0
    return 1 if apart > 0 else -1


def unfinished(partial: str) -> str:
    """The partial-count words of a frame that do not name a time of day: "by midday", "in the morning" mark a
    moment of the day (`time_of_day`), "so far" a count left unfinished."""
    words = partial.split()
    return "" if words and words[-1] in lexicon().day_times else partial


def _same_partial(a: Frame, b: Frame) -> bool:
    """The same partial-count words; for two figures that each give a time of day, the same apart from the words of
    that time ("by midday" and "at 4pm": their moments decide)."""
    if a.partial == b.partial:
        return True
    return a.clock is not None and b.clock is not None and unfinished(a.partial) == unfinished(b.partial)


def clock_order(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int:
    """1 when the moment `a` of a day is after `b`, -1 when before, 0 when either is not given, they are the same
    or they overlap ("10:42 pm" is within "Wednesday night": one moment at the grain the texts give). Spans that
    only touch follow each other ("in the morning", then "at noon", then "in the afternoon")."""
    if a is None or b is None or a == b:
        return 0
    return 1 if a[0] >= b[1] else -1 if a[1] <= b[0] else 0


def _one_stage(a: float, b: float) -> bool:
    return abs(a - b) <= SAME_STAGE * max(abs(a), abs(b)) + 0.5


def older_period(claim: DateClaim) -> bool:
    """Whether a date is a month or a year gone by before its article's ("its deadliest eruption was in April
    1979", "since 2011" in a 2023 article): the time of another event than the story's days."""
    day = article_day(claim)
    period = claim.value.date or ""
    return (
        claim.value.granularity != "day" and bool(period) and day is not None and not _recent(period, day.isoformat())
    )


# A span's opening end and its joining word right before the time a count is stated for ("Between May and" mid-July).
_SPAN_OPENING = re.compile(r"\b(?:between|from)\s+(?:[\w-]+\s+){1,3}?(?:and|to|until|till|through)\s+$", re.I)


def _ends_a_span(claim: Claim) -> bool:
    """Whether the time a count is stated for closes a span its sentence opens ("Between May and mid-July, the
    outbreak was tied to 34 people"): the count of that span, which ended then, even in the month before the
    article's."""
    time = claim.time if isinstance(claim, QuantityClaim) else None
    at = claim.sentence.find(time) if time else -1
    return at > 0 and _SPAN_OPENING.search(claim.sentence, max(0, at - 60), at) is not None


def _recent(period: str, published: str) -> bool:
    """Whether a month or year is the article's own or the one just before it."""
    if not published:
        return False
    if len(period) == 4:
        return period == published[:4]
    year, month = int(published[:4]), int(published[5:7])
    previous = f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"
    return period[:7] in (published[:7], previous)


@cache
def _revision_pattern() -> re.Pattern[str]:
    return _words_pattern(lexicon().revision_words)


def said_revised(claim: Claim) -> bool:
    """Whether the words right around a figure say it was revised: before it, in its clause ("an upwardly
    revised 260,000", "was revised to 78"), or after it up to the next figure or the end of its clause
    ("260,000 in December (upward revision)"); "the revised toll … noted that 83 bodies remain unidentified"
    revises the toll, not the 83."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return False
    ahead = re.split(r"[,;:.]", claim.sentence[:at])[-1].split()[-REVISED_REACH:]
    after = re.split(r"[,;:]|\.(?!\d)|\d", claim.sentence[at + len(claim.text) :], maxsplit=1)[0]
    return _revision_pattern().search(" ".join(ahead) + " " + after) is not None


# Words before a figure that a word saying it was revised may be among.
REVISED_REACH = 4


def revised(claim: Claim) -> bool:
    """Whether the claim's sentence says its count was revised ("revised the toll from 79 to 78"), or the
    claim is a death toll of an article that says its toll was revised ("revises death toll to 17" in its
    title, "corrected the death count" in another sentence)."""
    if _revision_pattern().search(claim.sentence):
        return True
    return claim.doc.toll_revised and isinstance(claim, QuantityClaim) and _counts_the_toll(claim)


def _counts_the_toll(claim: QuantityClaim) -> bool:
    """Whether a count's own words name the death toll (and no fact apart from it, "unidentified")."""
    about = claim.phrase or " ".join(part for part in (claim.counted, claim.predicate) if part)
    words = spaced_words(about)
    return any(f" {word} " in words for word in lexicon().concepts[HEADLINE_CONCEPT]) and not any(
        f" {word} " in words for word in _facts_apart_from_the_toll()
    )


def _words_pattern(words: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.I)


@cache
def _rising_pattern() -> re.Pattern[str]:
    return _words_pattern(lexicon().rising_count_words)


@cache
def _early_pattern() -> re.Pattern[str]:
    return _words_pattern(lexicon().early_count_words)


def _own_text(claim: Claim) -> str:
    return getattr(claim, "phrase", None) or claim.sentence


def risen(claim: Claim) -> bool:
    """Whether the figure's own phrase gives it as the mark a rising count has reached ("has risen to 1,037",
    "went up to 820", "the toll reached 157")."""
    return bool(_rising_pattern().search(_own_text(claim)))


@cache
def _risen_to_pattern() -> re.Pattern[str]:
    return re.compile(rf"{_rising_pattern().pattern}(?:\s+[\w'’-]+){{0,2}}\s*$", re.I)


def risen_to_it(claim: Claim) -> bool:
    """Whether the words right before the figure say a rising count reached it ("has risen to 31", "reached 157",
    "soars to 140"), not a verb of the sentence about something else ("The flood reached the valley town, where
    14 had drowned")."""
    text = getattr(claim, "text", "")
    # the figure as a whole number, not inside a time or a date ("at 12.30pm", "on March 12")
    found = re.finditer(rf"(?<![\w.,]){re.escape(text)}(?![\w]|[.,:]\d)", claim.sentence) if text else ()
    return any(_risen_to_pattern().search(claim.sentence[: m.start()]) for m in found)


@cache
def _standing_pattern() -> re.Pattern[str]:
    return _words_pattern(lexicon().standing_count_words)


def standing(claim: Claim) -> bool:
    """Whether the figure's own phrase gives it as a count that stays put ("remained at 113")."""
    return bool(_standing_pattern().search(_own_text(claim)))


@cache
def _level_pattern() -> re.Pattern[str]:
    return _words_pattern(lexicon().level_words)


@cache
def _whole_count_pattern() -> re.Pattern[str]:
    words = _words_pattern(lexicon().whole_count_words).pattern
    closers = "|".join(re.escape(w) for w in sorted(lexicon().whole_count_closers, key=len, reverse=True))
    # a closer ends its clause: "killed 23 people in all," but not "in all likelihood", "in all five districts"
    return re.compile(rf"{words}|\b(?:{closers})\b(?!\s+[\w])", re.I)


def at_a_level(claim: Claim) -> bool:
    """Whether the figure's own phrase gives it as the level a count stands at ("the toll stood at 140", "is now at
    31", "totalled 212") or as its whole ("killed a total of 40 people", "40 in all"): the count as it stands, not a
    stage passed on the way up."""
    own = _own_text(claim)
    return bool(_level_pattern().search(own) or _whole_count_pattern().search(own))


@cache
def _running_pattern() -> re.Pattern[str]:
    return _words_pattern(lexicon().running_count_words)


def running(claim: Claim) -> bool:
    """Whether the figure's own phrase gives it as a count still running ("32 bodies have been recovered so
    far", "to date"): two such counts of one day that differ are two moments of it."""
    return bool(_running_pattern().search(_own_text(claim)))


def early(claim: Claim) -> bool:
    """Whether the figure's own phrase gives it as an early count ("the preliminary toll", "initial
    information indicates"), or it is a death toll of an article that says its toll is still to rise
    ("confirmed 8 deaths … Officials said the death toll will likely rise")."""
    if _early_pattern().search(_own_text(claim)) or _named_early_after(claim):
        return True
    return claim.doc.toll_rising and isinstance(claim, QuantityClaim) and _counts_the_toll(claim)


@cache
def _named_early_pattern() -> re.Pattern[str]:
    """What an early count is named as, after the figures it gives ("as a preliminary toll", "as an initial
    count")."""
    alternatives = "|".join(re.escape(w) for w in sorted(lexicon().early_count_words, key=len, reverse=True))
    return re.compile(rf"\bas\s+(?:a|an|the|its|their)\s+(?:{alternatives})\b", re.I)


def _named_early_after(claim: Claim) -> bool:
    """Whether the rest of the figure's clause names what it gives as an early count, after the figures listed
    with it ("recorded 100 deaths and more than 150 injuries as a preliminary toll")."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return False
    end = next((b for a, b in _clause_spans(claim.sentence) if a <= at < b), len(claim.sentence))
    return bool(_named_early_pattern().search(claim.sentence[at + len(claim.text) : end]))


def behind_its_page(claim: Claim) -> bool:
    """Whether a death toll is below the figure its own page says the toll rose to ("Eleven people are known dead"
    on a page that goes on "raising the death toll to 12"): that page's earlier stage. A toll of a place of its own
    ("the province's death toll … 113") or one that stays put ("remained unchanged at 113") is no stage of the
    page's toll."""
    raised = claim.doc.toll_raised_to
    if raised is None or not isinstance(claim, QuantityClaim) or not _counts_the_toll(claim):
        return False
    if claim.scope or standing(claim):
        return False
    high = claim.value.high if claim.value.high is not None else claim.value.point
    return high is not None and high < raised


@cache
def _replaced_pattern() -> re.Pattern[str]:
    return _words_pattern(lexicon().earlier_words)


@cache
def _elapsed_pattern() -> re.Pattern[str]:
    """A span of time counted back ("A week earlier", "two days before", "the month previously"): it dates what
    the figure counts, it does not give the figure as an earlier stage of a count."""
    units = "|".join(sorted(lexicon().dates.units, key=len, reverse=True))
    back = "|".join(re.escape(w) for w, step in lexicon().dates.directions.items() if step < 0 and " " not in w)
    return re.compile(rf"\b(?:{units})s?\s+(?:{back})\b", re.I)


def without_elapsed(text: str) -> str:
    """`text` with each span of time counted back blanked out (`_elapsed_pattern`), and each earlier-stage word
    right after a relative adverb (`_relative_earlier_pattern`)."""
    return _relative_earlier_pattern().sub(" ", _elapsed_pattern().sub(" ", text))


@cache
def _relative_earlier_pattern() -> re.Pattern[str]:
    """A word of what happened before right after a relative adverb (`relative_earlier_words`: "the mine where
    earlier 115 miners had been pulled to safety", "the ward, when previously 14 patients had died"): what happened
    there before, not an earlier count of it ("where initially three gunmen were reported" is one)."""
    adverbs = "|".join(re.escape(w) for w in lexicon().relative_adverbs)
    words = "|".join(re.escape(w) for w in sorted(lexicon().relative_earlier_words, key=len, reverse=True))
    return re.compile(rf"\b(?:{adverbs})\s+(?:{words})\b", re.I)


def follows_a_place(claim: QuantityClaim) -> bool:
    """Whether a figure follows a place "of" it ("the country of 48 million", "a town of 9,000 residents"):
    a standing count of that place, which no verb of its clause revises or projects."""
    at = claim.sentence.find(claim.text)
    if at <= 0:
        return False
    words = list(words_of(claim.sentence[:at])[-5:])
    while words and words[-1].lower() in lexicon().place_size_adverbs:  # "a town of just 8,000"
        words.pop()
    before = " ".join(words[-2:])
    return any(before == w or before.endswith(f" {w}") for w in place_of_words())


@cache
def place_of_words() -> tuple[str, ...]:
    """The population's words that name a place "of" its people ("a town of", "a community of")."""
    return tuple(w for w in lexicon().fact_words("population") if w.endswith(" of"))


@per_claim
def replaced(claim: Claim) -> bool:
    """Whether the figure's own phrase gives it as a count since replaced ("authorities had initially put the
    toll at 19", "previously 30", or right after it: "not the 190 or 191 as earlier declared"), or as the count a
    revision started from ("revised the toll to 275 from 288"):
    it is an earlier stage of its day, not what the day's other figures contradict."""
    # "had said … the country of 48 million": read only of a figure its words give as replaced, which few are
    return _replaced_by_its_words(claim) and not (isinstance(claim, QuantityClaim) and follows_a_place(claim))


def _replaced_by_its_words(claim: Claim) -> bool:
    """`replaced` as the words of the figure's phrase and those right after it tell it."""
    own = without_elapsed(_without_outset(claim, _own_text(claim)))
    if _replaced_pattern().search(own) or (own.lower().startswith("from ") and revised(claim)):
        return True
    # "and not the 190 or 191 as earlier declared": the words right after a count (a span of time is dated instead)
    at = claim.sentence.find(claim.text)
    if at < 0:
        return False
    after = claim.sentence[at + len(claim.text) :]
    if _change_start(claim.sentence[:at], after):  # a measure's too: "turnout rose from 45% to 55%"
        return True
    return getattr(claim, "unit", None) is None and bool(_replaced_after().match(after))


def _without_outset(claim: Claim, own: str) -> str:
    """`own` with the word that says what a count counts befell them at the outset (`outset_words`, right after the
    count or its noun: "950,000 originally affected households") blanked out: no earlier stage of the count."""
    at = own.find(claim.text)
    if at < 0:
        return own
    end = at + len(claim.text)
    found = _outset_pattern().match(own, end)
    return own if found is None else own[: found.start(1)] + " " + own[found.end(1) :]


@cache
def _outset_pattern() -> re.Pattern[str]:
    words = alternatives(lexicon().outset_words)
    reports = alternatives([*lexicon().outset_report_verbs, *lexicon().outset_states])
    return re.compile(rf"\s+(?:[^\W\d]+\s+)?({words})\s+(?!(?:been\s+|be\s+)?(?:{reports})\b)[^\W\d]", re.I)


def _change_start(before: str, after: str) -> bool:
    """Whether a count is where a change its sentence tells started, between a verb of change and "from" and
    before "to" and the count it reached ("the toll had risen from 19 to 22", "arrests rose overnight from seven
    suspects to 12", "the herd fell from 40 to 31"): the count before the change, an earlier stage."""
    started, reached = _change_patterns()
    if started.search(before) and reached.match(after):
        return True
    # the thing changed named between the two figures ("slashed his $289 million award to $78 million", "cut its
    # 5% growth forecast to 3%"): the first is where the change started too
    bare, named = _named_change_patterns()
    return bool(bare.search(before) and named.match(after))


@cache
def _named_change_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()
    verbs = alternatives([*lex.change_verbs, *lex.share_change_verbs])
    # "slashed the singer's $30 million award to …", never "rose by 12 people to 40" (a change, not its start)
    bare = re.compile(rf"\b(?:{verbs})\s+(?!by\b)(?:[^\s\d]+\s+){{1,2}}$", re.I)
    # after "to" only a word of bound or estimate before the figure, never a verb ("cut 500 jobs to save $20m")
    bounds = alternatives(lex.qualifiers)
    named = re.compile(rf"(?:\s+[^\W\d]+){{1,2}}\s+to\s+(?:(?:{bounds})\s+)?(?:[^\w\s]{{1,2}}\s?)?\d", re.I)
    return bare, named


# How many words may name what changed between a verb of change and the "from" of its start.
CHANGE_START_REACH = 10


@cache
def _change_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()
    numbers = alternatives(lex.number_words)
    verbs = alternatives([*lex.change_verbs, *lex.share_change_verbs])
    # what changed may be named at length between the verb and "from", in words alone ("increased the number of
    # deaths it links to the problem from six to 13"); a figure or a mark between them ends the change's reach
    started = re.compile(
        rf"\b(?:{verbs})\b(?:\s+[^\W\d]+){{0,{CHANGE_START_REACH}}}\s+from\s+(?:[^\W\d]+\s+)?$",  # "from about 19"
        re.I,
    )
    # a sum reached has its currency's sign before it ("cut the award from $289 million to $78 million")
    reached = re.compile(
        rf"(?:\s+[^\W\d]+){{0,2}}\s+to\s+(?:[^\W\d]+\s+){{0,2}}(?:[^\w\s]{{1,2}}\s?)?(?:\d|(?:{numbers})\b)", re.I
    )
    return started, reached


@cache
def _replaced_after() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(lexicon().earlier_after_words, key=len, reverse=True))
    return re.compile(rf"[\s,]*(?:{words})\b", re.I)


_NUMBER = re.compile(r"(?<![\w.,])\d")
_DATED_EVENT = re.compile(r"\b(?:a|an|the|its|that)\s+((?:1[5-9]|20)\d\d)\s+([^\W\d_]+)", re.I)
_IN_YEAR = re.compile(r"\b(in)\s+((?:1[5-9]|20)\d\d)\b(?!\s*[-–]\s*\d)", re.I)
# A past year right after "since" or "in" and right before a "when" clause that holds the figure ("the most since
# 2015 when more than a dozen died", "the worst since 1999 when 40 drowned"): the figure is of that year's event.
# Not after a month or a day ("on December 30, 2025 when 14 died" is the story's own day), nor past an "and" or a
# "but" that opens another clause ("since 2019 when crowds formed and this year 11 died").
_YEAR_WHEN = re.compile(r"\b(?:since|in)\s+((?:1[5-9]|20)\d\d)\s+when\b(?:(?!\b(?:and|but)\b)[^,;:])*$", re.I)
_FRONTED_YEAR = re.compile(r"(?:[^\W\d_]+\s+)?(in)\s+((?:1[5-9]|20)\d\d)", re.I)
# An event of a period gone by, named by that period's possessive: "last year's flood", "2015's quake".
_PAST_POSSESSIVE = re.compile(
    r"\b((?:last|previous|past)\s+(?:year|month|week|winter|summer|spring|autumn|fall|season)|(?:1[5-9]|20)\d\d)"
    r"['’]s\s+(?:(?:deadly|devastating|massive|major|huge|catastrophic|similar)\s+)?([^\W\d_]+)",
    re.I,
)


@per_claim  # read by a figure's frame and twice by what keeps it apart (`facts._who`)
def other_event(claim: QuantityClaim) -> str:
    """Another event, named by its year, that a figure belongs to ("the 85 people who were killed in a 2018
    fire", "the 2011 tsunami killed 61"): read in the figure's clause before it and after it up to the next
    figure, it is compared only with figures of that event. A figure in a relative clause ("…, where 301
    people died", "…, which led to the deaths of 97") belongs to what the clauses before it name, "a 1989
    crush" or a disaster "in 2014"; so does one in a clause a participle of what the event did opens ("the 1998
    flood being the worst, killing over 4,000"). A year that opens the sentence as a phrase of its own ("In
    2015, a crush …") dates what follows it."""
    at = claim.sentence.find(claim.text)
    day = article_day(claim)
    if at < 0 or day is None:
        return ""
    another = another_event(claim)
    if another:
        return another
    clauses = re.split(r"[,;:]\s", claim.sentence[:at])
    before = clauses[-1]
    fronted = [m for c in clauses[:-1] if (m := _FRONTED_YEAR.fullmatch(c.strip())) and int(m.group(2)) < day.year]
    if fronted:  # "In 2015, a crush near the shrine killed 2,070 people"
        return f"in {fronted[-1].group(2)}"
    when = _YEAR_WHEN.search(before)
    if when and int(when.group(1)) < day.year:  # "the most since 2015 when more than a dozen died"
        return f"in {when.group(1)}"
    if len(clauses) > 1 and _opens_relative_clause(before):
        dated = [m for m in _IN_YEAR.finditer(" ".join(clauses[:-1])) if int(m.group(2)) < day.year]
        if dated:
            return f"{dated[-1].group(1).lower()} {dated[-1].group(2)}"
        before = " ".join(clauses)
    after = claim.sentence[at + len(claim.text) :]
    years = {m.start(1) for m in _DATED_EVENT.finditer(after)}
    figures = [m.start() for m in _NUMBER.finditer(after) if m.start() not in years]
    after = after[: figures[0]] if figures else after
    for found in _DATED_EVENT.finditer(f"{before} … {after}"):
        if int(found.group(1)) < day.year:
            return f"{found.group(1)} {found.group(2).lower()}"
    for found in _PAST_POSSESSIVE.finditer(f"{before} … {after}"):  # "last year's flood", "2015's quake"
        past = not found.group(1)[:1].isdigit() or int(found.group(1)) < day.year
        if past and stem(found.group(2).lower()) in event_nouns():  # not "last year's toll"
            return f"{found.group(1).lower()} {found.group(2).lower()}"
    return ""


def another_event(claim: Claim) -> str:
    """Another event of the story's kind that a figure's clause names as such ("a separate theft of gold valued
    at $70,000", "In an unrelated attack, gunmen killed five"): read in the figure's clause, before it and
    after it up to the next figure, and in a phrase that opens the sentence; or an event a span of time away
    that the figure's clause tells ("comes two weeks after 140 kg was seized"). That event's figure."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return ""
    clauses = re.split(r"[,;:]\s", claim.sentence[:at])
    if _SPAN_BEFORE_FIGURE.search(clauses[-1]):  # "comes two weeks after 140 kg was seized"
        return "another event"
    away = _LONG_SPAN_AWAY.search(clauses[-1])
    if away:  # "came five months after a blaze killed 112": that blaze's figure
        return f"another {_event_noun_around(clauses[-1], away.start(), away.end())}"
    after = re.split(r"[,;:]\s|\d", claim.sentence[at + len(claim.text) :], maxsplit=1)[0]
    for text in (clauses[-1], clauses[0] if len(clauses) > 1 else "", after):
        words = words_of(text)
        for k in range(len(words) - 1):
            marker = next((m for m in _event_markers() if words[k : k + len(m)] == m), None)
            if marker is None:
                continue
            # "another fire", "the nearby Vell fire": the event's noun, after a marker of place at most two
            # words of its name ("another person died" names no other event)
            at = k + len(marker)
            reach = 1 if marker == ("another",) else 3
            event = next((w for w in words[at : at + reach] if stem(w) in event_nouns()), None)
            if event:
                return f"another {event}"
    return ""


# A span of time, then "after" or "before", right before a figure: the figure's clause tells an event that span
# away from the story's ("This seizure comes two weeks after 140 kg was seized", "a month before 40 died").
_SPAN_BEFORE_FIGURE = re.compile(r"\b(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before)\s*$", re.I)

# A span of weeks or more, then "after", "before", "earlier" or "ago", anywhere in a figure's clause before it: the
# clause tells an event that far from the story's, whose figure it is ("The disaster came less than five months
# after a blaze killed 112 people", "surpassing a fire five months earlier that killed 112", "eight years after the
# collapse of a factory that left 64 dead"). A span of hours or days may be the story's own ("three days after the
# collapse rescuers had pulled out 2,000"), and needs the figure right after it, as above.
_LONG_SPAN_AWAY = re.compile(r"\b(?:weeks?|months?|years?|decades?)\s+(?:after|before|earlier|ago)\b", re.I)


def _event_noun_around(clause: str, start: int, end: int) -> str:
    """The event a span of time away names, after the span ("five months after a blaze killed") or else last
    before it ("a fire five months earlier that killed"): told apart by its noun, "event" where none is named."""
    after = [w for w in words_of(clause[end:]) if w in event_nouns()]
    before = [w for w in words_of(clause[:start]) if w in event_nouns()]
    return (after[:1] or before[-1:] or ["event"])[0]


@cache
def _event_markers() -> tuple[tuple[str, ...], ...]:
    return tuple(words_of(marker) for marker in lexicon().other_event_markers)


@cache
def event_nouns() -> frozenset[str]:
    """The nouns an event may be named by: the lexicon's event concepts and their one-word names, and
    `incident_nouns`."""
    concepts = lexicon().event_concepts
    names = [word for name, table in concepts.items() for word in [name, *table] if " " not in word]
    names = [word for word in names if not word.endswith("ed")]  # nouns, not verbs: "died", "exploded"
    return frozenset(stem(word) for word in [*names, *lexicon().incident_nouns])


def _opens_relative_clause(clause: str) -> bool:
    """Whether a clause opens with a relative word ("where 301 people died", "which led to …", "when 40
    were killed"): it says more of what the clause before it names."""
    words = words_of(clause)
    return bool(words) and words[0] in {
        *lexicon().relative_pronouns,
        *lexicon().relative_adverbs,
        *lexicon().consequence_participles,
    }


# How many words after a count's noun a word of a period may stand ("26 cases reported in epidemiological week").
PERIOD_REACH = 5


def per_period(claim: QuantityClaim) -> str:
    """The period a count is the count of, where words right after its noun give one ("23 cases in week 40",
    "12 new admissions per day"): one week's or one day's count, not the running total, a frame of its own."""
    following = _after_noun(claim)
    if following is None:
        return ""
    return (
        _period_phrase(following[:PERIOD_REACH])
        or _window(following[:WINDOW_REACH])
        or _opening_period(claim.sentence[: max(claim.sentence.find(claim.text), 0)])
    )


def _after_noun(claim: QuantityClaim) -> list[str] | None:
    """The words after what a count counts (or after the figure), None where its sentence does not hold it."""
    counted = claim.counted or claim.text
    at = claim.sentence.find(counted, max(claim.sentence.find(claim.text), 0))
    return None if at < 0 else list(words_of(claim.sentence[at + len(counted) :]))


def _period_phrase(words: list[str]) -> str:
    """The period one of `period_count_words` in `words` names ("per day", "in the last 24 hours"): "per day"."""
    for phrase in lexicon().period_count_words:
        wanted = list(words_of(phrase))
        if any(words[k : k + len(wanted)] == wanted for k in range(len(words) - len(wanted) + 1)):
            return f"per {wanted[-1]}"
    return ""


# How many words after a count's noun the words of a year's total may end ("4,200kg of the drug was intercepted in
# the year to March").
YEARLY_REACH = 8


def yearly_total(claim: QuantityClaim) -> bool:
    """Whether words after a figure's noun make it the total of a year (`yearly_total_words`: "in the year to
    March", "every year"), before a clause of another noun opens (`period_clause_stops`: "in a van used every day",
    "loans due each year")."""
    following = _after_noun(claim)
    if following is None:
        return False
    stops = {word for phrase in lexicon().period_clause_stops for word in words_of(phrase)}
    words = list(itertools.takewhile(lambda word: word not in stops, following[:YEARLY_REACH]))
    phrases = [words_of(phrase) for phrase in lexicon().yearly_total_words]
    return first_at(tuple(words), phrases) is not None


# How many words after a count's noun a span of time it was counted in may end ("200,000 refugees arrived in
# Bangladesh in six days").
WINDOW_REACH = 8


def _window(words: list[str]) -> str:
    """The span of time `words` say a count was counted in ("in six days", "within 3 weeks", "in only 48
    hours", from `window_words`): "per 6 day", a frame of its own, so that only counts of spans of one length
    compare."""
    table = lexicon().window_words
    units = {stem(unit) for unit in table["units"]}
    for k, word in enumerate(words):
        if word not in table["openers"]:
            continue
        rest = words[k + 1 :]
        while rest and rest[0] in table["adverbs"]:
            rest = rest[1:]
        figure = _span_figure(rest[:1])
        if figure and len(rest) > 1 and rest[1] in units:
            return f"per {_in_largest_unit(figure * _SPAN_HOURS[rest[1]])}"
    return ""


# The hours of each unit of a span a count was counted in.
_SPAN_HOURS = {"hour": 1, "day": 24, "week": 168}


def _in_largest_unit(hours: int) -> str:
    """A span in the largest unit that measures it whole: 48 hours and two days are "2 day", 14 days "2 week"."""
    unit = max((name for name, size in _SPAN_HOURS.items() if hours % size == 0), key=_SPAN_HOURS.__getitem__)
    return f"{hours // _SPAN_HOURS[unit]} {unit}"


def _span_figure(words: list[str]) -> int | None:
    """The figure of a span's one word, in digits or a number word ("6", "six")."""
    if words and words[0].isdigit():
        return int(words[0])
    return words_to_number(words) if words else None


def _opening_period(before: str) -> str:
    """The period a phrase that opens the sentence, set off by a comma right before the count's clause, names
    ("In the last 24 hours alone, 10,000 people crossed"; "Within three days, 5,000 had fled")."""
    clauses = re.split(r"[,;:]\s", before)
    if not (len(clauses) == 2 and not _NUMBER.search(clauses[1]) or _goes_on(clauses)):
        return ""
    words = list(words_of(clauses[0]))
    return _period_phrase(words) or _window(words) or _frequency(words)


def _goes_on(clauses: list[str]) -> bool:
    """Whether the count's clause carries on the one right after the opening phrase with a participle of what it
    led to ("Annually, 1,600 people suffer from listeria, resulting in" 260 deaths): the opening phrase governs
    both."""
    last = words_of(clauses[-1])[:1]
    return len(clauses) == 3 and last in _consequence_participles() and not _NUMBER.search(clauses[-1])


@cache
def _consequence_participles() -> frozenset[tuple[str, ...]]:
    return frozenset(words_of(word) for word in lexicon().consequence_participles)


def _frequency(words: list[str]) -> str:
    """The period an opening phrase of how often names, whole ("Annually", "Each year"): "per year"."""
    adverbs, yearly = _frequency_words()
    if len(words) == 1 and words[0] in adverbs:
        return f"per {adverbs[words[0]]}"
    return "per year" if tuple(words) in yearly else ""


@cache
def _frequency_words() -> tuple[dict[str, str], frozenset[tuple[str, ...]]]:
    """The adverbs of how often by stem, with their unit, and the phrases of a yearly total, as words."""
    adverbs = {stem(word): unit for word, unit in lexicon().frequency_adverbs.items()}
    return adverbs, frozenset(words_of(phrase) for phrase in lexicon().yearly_total_words)
