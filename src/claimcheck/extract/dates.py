"""Date expressions, each resolved to an ISO date at the granularity its words commit to.

- Written dates: "Sept. 20", "september 19", "20 September 2023", "Dec. 31 , 1994", "Tuesday, Oct. 3", "Wed, 22 Jan",
  "the Fourth of July", "May first", "in March", "in 1998, 2004 and 2012" (each year its own date), "the 10th and
  11th of March", "March 10 and 11, 2019" (each day its own date, in the month and year written once).
- Numeric dates: "2023-04-22", "22.04.2023" (always day first), "22/04/2023" and "4/22/2023" (a part over 12 says
  which is the day). Where no part is over 12 ("04/05/2023") the order is the one the document's other numeric
  dates show; where they show none, only the year is claimed: both readings share it, and a day or a month would
  be a guess that a check could then report as a discrepancy.
- Relative to the article's date: "on Tuesday" (the nearest such day up to the article's date, or the next one
  when the clause speaks of the future: "talks will resume on Tuesday", "they'll vote on Friday", "ballots must
  arrive by Monday"), "Tuesday last week", "Saturday the 13th" (the last 13th that was a Saturday), "last week",
  "in June last year", "last June", "March 3, this year", "three months ago", "two years and three months ago"
  (not "jailed for ten years two months ago", two counts), "two weeks from now". A day without its year ("19th
  November") is the last one up to the article's date, the next one when the clause speaks of the future, and the
  nearer of the two when its clause says no tense, a present one ("the last date is 19th November") or it ends a
  span ("delayed until November 26"). A weekday beside the day it falls on ("4th December (Sunday)", "Monday
  i.e. 7th November") is no date of its own. A year naming its event ("the 2016 election") is a date.
- Relative to a date of the same sentence: "two days later", "the previous day", "a week earlier" (the nearest
  date before the phrase; without one, "earlier" counts back from the article's date and "later" says nothing),
  "a day after the June 5 vote" (the date of the event named after it; not "three weeks after Christmas on
  Friday", whose Friday dates something else), "three weeks from tomorrow" (not "the ten days from March 1 to
  March 10", a span).
- "the first Friday of July", "the last Monday in May 2019", "Thursday the twenty-first"; a year written once at
  the end of a range ("from January to April 2015"), in words or in two digits after a date ("13 Sept nineteen
  seventy two", "April of 87"), "the 20th of next month", "next week on Friday". The weekdays of a range come in
  order ("shut Tuesday through Thursday", "from next Monday to Friday"). A weekday in another day's name ("Black
  Friday", "Easter Monday") is no date.
- A qualified count: a bound ("more than three weeks ago", "just over a week ago") dates nothing; an approximate
  count ("about three months ago", "some ten days ago", "nearly a month ago") is taken give or take a quarter
  of it, and gives only the period that range cannot leave ("2024", "2024-05").

A date that cannot exist ("2023-02-30", "31 April") or that cannot be placed ("two days later" with nothing to count
from, or beyond the years 1 to 9999) is a mention but not a claim: its digits are not counts either. Nothing here
raises on any text or any article date.
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from claimcheck.corpus.metadata import MONTH_NAMES, MONTH_WORD, MONTHS
from claimcheck.extract.clock import ZONES, find_times
from claimcheck.extract.lexicon import UnitRow, lexicon, word_set
from claimcheck.extract.notes import note
from claimcheck.extract.phrases import STOP, event_words
from claimcheck.extract.tokens import ORDINAL_ENDING
from claimcheck.extract.units import is_measure_symbol

GRANULARITIES = ("day", "week", "month", "year")  # finest first
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# A month's name; the period after an abbreviation is part of it ("Sept."), a full stop after a whole name is not.
_MONTH = (
    rf"(?P<month>(?i:{MONTH_WORD}))\b(?:(?<=\b(?i:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec))\.|(?<=\b(?i:sept))\.)?"
)
_WEEKDAY = rf"(?P<weekday>(?i:{'|'.join(WEEKDAYS)}))"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
# After a day and month, an older year too ("5 December 1391"), but not a count ("On 3 May, 1500 troops")
_WRITTEN_YEAR = r"(?P<year>1[89]\d\d|20\d\d|1[0-7]\d\d(?!\s+[a-z]+s\b))"
# "June last year", "March 3, this year" (not "May 5, this year's winner")
_RYEAR = r"(?:(?:\s*,\s*|\s+)(?:of\s+)?(?P<ryear>(?i:last|this|next))\s+(?i:year)\b(?!['’]s))"
# A year written after a day, near or detached ("Dec. 31, 1994", "Dec. 31 , 1994", "December 31,1994", "July 4th of
# 1995", "28 June in 2020"), or said ("June 5 last year"); not a figure that follows a date ("On June 5, 2000 people marched").
_YEAR_TAIL = rf"(?:(?:\s*,\s*|\s+)(?:(?i:of|in)\s+(?=\d{{4}}\b(?!\s+[a-z]+s\b)))?{_WRITTEN_YEAR}\b(?!\s*(?:people\b|%|percent\b|per\s?cent\b)|[.,]\d)|{_RYEAR})"
# "the 23rd day of September", "the third day of March": "day" between an ordinal and "of" and its month, which is
# no other thing's month: the month ends the clause or is followed by its year or a word that names no thing ("the
# second day of March's summit", "the fifth day of June floods" are the summit's and the floods' days)
_DAY_OF = r"(?P<dayof>\s+(?i:day)(?=\s+(?i:of)\s))?"
# words that may follow a date that ends its clause and name no thing of it ("on 3 May and", "in March at noon")
_CLAUSE_FOLLOWERS = "in|at|on|when|while|and|or|but|to|for|as|after|before|until|since|with|by|from"
# a month word and then its year that ends its clause, as a lookahead: "November 2023.", "Nov. 2023 at noon",
# "November, 2023”"; not a year that a word after it makes a thing's ("May 2024 standings", "January 2024 being")
_MONTH_THEN_YEAR = (
    rf"(?i:{MONTH_WORD})\b\.?\s*,?\s*(?:1[89]|20)\d\d\b(?![.,]\d)"
    rf"(?=\s*(?:$|[,;:.!?)\n]|[\"”’'](?!s\b))|\s+(?i:{_CLAUSE_FOLLOWERS})\b)"
)
_YEAR_TAIL_AHEAD = re.sub(r"\(\?P<\w+>", "(?:", _YEAR_TAIL)  # the year after a date, as a lookahead (no named groups)
_MONTH_ALONE = rf"(?=\s*(?:$|[,;:.!?)\n])|{_YEAR_TAIL_AHEAD}|\s+(?i:{_CLAUSE_FOLLOWERS}|was|were|is|will|had|has)\b)"
# "Tuesday, Oct. 3", "Wed, 22 Jan": one date (an abbreviation written as one, and not "The Sun, 22 Jan")
_WEEKDAY_BEFORE = re.compile(
    rf"\b(?:{_WEEKDAY}|(?<!The )(?P<short>Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b\.?)\s*,?\s+(?:the\s+)?$"
)


@cache
def _not_counted() -> str:
    """What may not follow a year or a day: a plural noun, "people", "percent", or a unit written as a symbol
    or an abbreviation ("in 2019 elections", "and 2003 mm" are no dates). Not a currency ("in 2010 dollars" is
    a year), nor a duration or a word ("in 2019 share prices"), nor a word ending in s that is no plural ("the
    flight in 1966 was a test")."""
    rows = lexicon().units.items()
    symbols = sorted((key for key, row in rows if is_measure_symbol(key, row)), key=len, reverse=True)
    glued = [key for key in symbols if _glued_only(lexicon().units[key])]  # "2in": an inch only against its digits
    written = "|".join(re.escape(u) for u in symbols if u not in glued)
    singular = "|".join(re.escape(w) for w in lexicon().dates.not_plural)
    against = "|".join(re.escape(u) for u in glued) or "(?!)"
    return rf"(?!\s*(?:(?:people|troops|percent|(?!(?:{singular})\b)[a-z]+s|{written})(?!\w)|%))(?!(?:{against})(?!\w))"


def _glued_only(row: UnitRow) -> bool:
    """Whether a unit is one only written against its digits ("6ft 2in"), so that spaced it is another word."""
    return row.attached and not row.spaced_end


_UNIT = r"(?P<unit>(?i:day|week|fortnight|month|year))"
_NUMERIC = (
    r"(?<![\w.,/-])(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second>\d{1,2})(?P=sep)(?P<year>[12]\d{3})(?![\w/-]|[.,]\d)"
)


@cache
def _count_words() -> dict[str, int]:
    return {"a": 1, "an": 1} | lexicon().number_words


@cache
def _count_pattern() -> str:
    """A count of units in digits or words: "3", "three", "a", and tens with their units ("fifty-six", "Twenty
    one"), read whole, not as their last word."""
    words = lexicon().number_words
    units = "|".join(w for w, n in words.items() if 1 <= n <= 9)
    tens = "|".join(w for w, n in words.items() if n >= 20 and n % 10 == 0 and n < 100)
    count = "|".join(sorted(_count_words(), key=len, reverse=True))
    return rf"(?i:\d{{1,3}}|(?:{tens})(?:-|\s+)(?:{units})\b|{count})"


def _count_value(count: str) -> int:
    """The number a count of `_count_pattern` says ("3", "a", "fifty-six", "twenty one")."""
    if count.isdigit():
        return int(count)
    words = re.split(r"[-\s]+", count.lower())
    return sum(_count_words()[word] for word in words)


@cache
def count_before() -> re.Pattern[str]:
    """The count before a unit ("two" in "two days later"): searched back from a "counted" match, which is faster
    than a pattern that starts with any number word."""
    return re.compile(rf"\b(?P<count>{_count_pattern()})\s+$")


def _feast_names() -> list[str]:
    words = lexicon().dates
    return [*words.holidays, *words.easter_feasts, *words.orthodox_feasts, *words.weekday_feasts]


def _holiday_names() -> str:
    """The feast days of the lexicon as a pattern, longest first, in any case, with either apostrophe."""
    names = sorted(_feast_names(), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w).replace("'", "['’]") for w in n.split()) for n in names).join(
        ("(?i:", ")")
    )


@cache
def _other_months() -> str:
    """The months of other calendars (`other_calendar_months`), in any case, with either apostrophe and any hyphen
    or space between their words."""
    names = sorted(lexicon().dates.other_calendar_months, key=len, reverse=True)
    parts = [r"[-\s]+".join(re.escape(w).replace("'", "['’]?") for w in re.split(r"[-\s]+", n)) for n in names]
    return "(?i:" + "|".join(parts) + r")\b"


@cache
def _other_era() -> re.Pattern[str]:
    """An era of another calendar just after a year ("2080 BS", "2016 E.C."): that year is none of ours."""
    eras = sorted(lexicon().dates.other_calendar_eras, key=len, reverse=True)
    return re.compile(r"\s*\(?(?:" + "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in eras) + r")(?![\w.])")


def easter(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return dt.date(year, month, day + 1)


def orthodox_easter(year: int) -> dt.date:
    """The Orthodox Easter Sunday (the Julian computus), as a day of the Gregorian calendar."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian_gap = year // 100 - year // 400 - 2
    return dt.date(year, month, day + 1) + dt.timedelta(days=julian_gap)


def feast_day(name: str, year: int) -> dt.date | None:
    """The day a feast of the lexicon falls on in a year."""
    words = lexicon().dates
    if name in words.holidays:
        return _day(year, *words.holidays[name])
    if name in words.easter_feasts:
        return easter(year) + dt.timedelta(days=words.easter_feasts[name])
    if name in words.orthodox_feasts:
        return orthodox_easter(year) + dt.timedelta(days=words.orthodox_feasts[name])
    month, weekday, nth, after = words.weekday_feasts[name]
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(WEEKDAYS.index(weekday) - first.weekday()) % 7 + 7 * (nth - 1) + after)


# A feast named as the subject of a past verb ("Christmas Day began ...") is the one just gone only within this
# many days of the article's date; further back the sentence more likely speaks of any such feast ("Christmas
# was once a quiet day").
RECENT_FEAST_DAYS = 14


def _holiday(fields: dict[str, str | None], published: dt.date | None, future: bool) -> _Reading:
    """The day of a feast: of the year written with it ("Easter 2018"); else the one a direction says ("last
    Easter": the latest before the article's date); else, after "on" or another of `feast_prepositions`, the one
    nearest the article's date in the tense of its clause ("on Christmas day", "restored by Boxing Day"); else, as
    the subject of a verb of the past ("Christmas Day began without power"), the one just gone, if it is recent.
    "On the eve of" a feast is the day before it. A bare name dates nothing."""
    if fields.get("eve"):  # "on the eve of Easter": the day before the feast
        reading = _holiday(fields | {"eve": None}, published, future)
        day = dt.date.fromisoformat(reading.date) - dt.timedelta(days=1) if reading.date else None
        return reading._replace(date=day.isoformat()) if day else reading
    name = " ".join((fields.get("holiday") or "").lower().replace("’", "'").split())
    if fields.get("hyear"):
        day = feast_day(name, int(fields["hyear"] or 0))
        return _Reading(day.isoformat(), "day") if day else _NOT_A_CLAIM
    if not (fields.get("on") or fields.get("hdir") or fields.get("hpast")):
        return _NOT_A_CLAIM
    if published is None:
        return _NONE
    around = [d for year in range(published.year - 1, published.year + 2) if (d := feast_day(name, year))]
    if not (fields.get("on") or fields.get("hdir")):  # "Christmas Day began ...": the feast just gone, if recent
        recent = max((d for d in around if d <= published), default=None)
        if recent is None or (published - recent).days > RECENT_FEAST_DAYS:
            return _NOT_A_CLAIM
        return _Reading(recent.isoformat(), "day", resolved=True)
    direction = (fields.get("hdir") or "").lower()
    if direction == "this":
        found = next((d for d in around if d.year == published.year), None)
    elif direction:
        ahead = _WEEK_SHIFT[direction] > 0
        found = min((d for d in around if d > published), default=None) if ahead else None
        found = found or (None if ahead else max((d for d in around if d < published), default=None))
    else:
        limit = published + dt.timedelta(days=7)
        past, coming = [d for d in around if d <= limit], [d for d in around if d >= published]
        found = min(coming, default=None) if future else max(past, default=None)
    return _Reading(found.isoformat(), "day", resolved=True) if found else _NOT_A_CLAIM


@cache
def patterns() -> list[tuple[str, re.Pattern[str]]]:
    """The date patterns by name, in the order they take their text: a later pattern never takes text an earlier
    one took. A name is the kind of date it reads, but for the few in `KIND_OF`."""
    words = lexicon().dates
    directions = "|".join(words.directions)
    comparisons = "|".join(words.direction_comparisons)
    neighbours = "|".join(words.neighbours)
    ordinal = "|".join(w.replace("-", r"[-\s]") for w in sorted(words.ordinal_days, key=len, reverse=True))
    weekend = "|".join(w.replace(" ", r"\s+") for w in sorted(words.weekend_words, key=len, reverse=True))
    modifiers = "|".join(w.replace(" ", r"\s+") for w in sorted(words.weekend_modifiers, key=len, reverse=True))
    kind_of_weekend = rf"(?:(?:(?i:{modifiers})|(?P<wfeast>{_holiday_names()}))\s+){{0,3}}"
    nouns = "|".join(words.ordinal_nouns)
    short_preps = "|".join(words.short_numeric_prepositions)
    clock = _not_clock()
    # a season dates a year after a word that leads to it ("in spring 2025", "the summer of 2022") or as a capital
    # opening a sentence ("Spring 2025 will see..."), never after a verb ("prices fall 1999 yen")
    season_leads = "|".join(rf"(?<=\b(?i:{w})\s)" for w in words.year_season_leads)
    seasons = rf"(?:{season_leads}|(?:(?<![^\n])|(?<=[.!?]\s))(?=(?-i:[A-Z])))(?:{'|'.join(words.year_seasons)})"
    season_shifts = "|".join(w.replace(" ", r"\s+") for w in sorted(words.season_shifts, key=len, reverse=True))
    season_not_after = "".join(rf"(?<!\b(?i:{w})\s)" for w in words.season_not_after) + r"(?<!['’]s\s)"
    change_nouns = "|".join(words.season_change_nouns)
    season_nouns = "|".join(
        rf"(?<=(?i:{season}))\s+(?:{'|'.join(followers)})\b"
        for season, followers in words.season_noun_followers.items()
    )
    possessive_contractions = "|".join(words.possessive_contractions)
    possessive_comparatives = "|".join(words.possessive_year_comparatives)
    possessive_followers = "|".join(words.possessive_year_followers)
    moving_feasts = "|".join(w.replace(" ", r"[\s-]+") for w in sorted(words.year_feasts, key=len, reverse=True))
    year_events = "|".join(w.replace(" ", r"\s+") for w in sorted(words.year_event_plurals, key=len, reverse=True))
    one_event = "|".join(re.escape(w) for w in sorted(event_words(), key=len, reverse=True))
    # the words of a unit that are no currency ("metre", "tonne"): "their 2000 metre climb" counts, it dates nothing
    unit_words = "|".join(
        re.escape(k).replace(r"\ ", r"\s+")
        for k, row in sorted(lexicon().units.items(), key=lambda kv: len(kv[0]), reverse=True)
        if not row.currency and k.replace(" ", "").isalpha()
    )
    feast_preps = "|".join(
        p.replace(" ", r"\s+") for p in sorted(words.feast_prepositions + words.range_openers, key=len, reverse=True)
    )
    past = "|".join(p.replace(" ", r"\s+") for p in sorted(words.past_markers, key=len, reverse=True))
    not_past = "|".join(words.not_past)
    span_to = "|".join(rf"(?<=\b(?i:{w})\s)" for w in words.span_to_month_nouns)
    span_to = f"(?:{span_to})" if span_to else "(?!)"
    # "postponed to April", "pushed back to September": "to" after a verb of `moved_to`, the month a thing is moved to
    # (one "\s" between the words, not "\s+": a look-behind is of fixed width)
    heads = [r"\s".join(map(re.escape, w.split()[:-1])) for w in words.moved_to if w.endswith(" to")]
    moved_to = "|".join(rf"(?<=\b(?i:{head})\s)" for head in heads)
    moved_to = f"(?:{moved_to})" if moved_to else "(?!)"
    pair_nouns = _pair_nouns()
    # "into" before a year that ends its clause or a word of `into_year_followers` ("will remain into 2025", "well
    # into 1945, and"), never before a word it may count ("split into 2024 equal shares", "crashed into 2019 Honda")
    # nor right after a figure, which it turns into another ("turned 1000 into 2000, and"), its scale written against
    # it or as a word ("put $5m into 2000, officials said", "€2 million into 2019,")
    into_ends = "|".join(words.into_year_followers)
    into = rf"(?<![\d%]\s){_after_no_scaled_figure()}into(?=\s+\d{{4}}(?:\s*(?:[,.;:!?)\n]|$)|\s+(?:{into_ends})\b))"
    # words that lead to a day of the month whose month follows a comma (`comma_day_leads`: "between 26th and 28th,
    # November 2023")
    day_leads = "|".join(rf"(?<=\b(?i:{w})\s)" for w in words.comma_day_leads)
    # the comma between such a day and its month: only after an ordinal ("28th", never "the 5") led by one of them,
    # and only before a month whose year ends its clause ("28th, November 2023.", not "to 4th, May 2024 standings")
    comma_sep = rf"(?(ordinal)(?(led)\s*,\s*(?={_MONTH_THEN_YEAR})|(?!))|(?!))"
    quarter_leads = "in|for|during|since|by|of|from|until|through|to|and|or|the|over|after|before|between"
    # "the 5th floor", "the May second round", "the 30th and final day", "the 10th of Muharram"
    no_day = rf"(?!(?:\s+|-)(?:of\s+)?(?:{nouns})s?\b|\s+(?:and|or)\s+[a-z]+\s+(?:{nouns})s?\b|\s+of\s+(?:the\s+)?{_other_months()})"
    # a day of the month is followed by a word of `day_followers` or by no word ("on the 15th, police said")
    noun_after = rf"(?!\s+(?!(?:{'|'.join(words.day_followers)})\b)(?-i:[a-z]))"
    not_ranks = "|".join(words.not_ranks)
    hedges = "|".join(words.month_hedges)
    of_shifted_month = r"(?:\s+day)?\s+of\s+(?:this|next|last)\s+month\b(?!['’])"
    rank = rf"(?!\s+(?:{'|'.join(words.rank_words)}|(?!(?:{not_ranks})\b)[a-z]+{words.rank_ending})\b)"  # "the 10th highest"
    return [
        (
            "iso",
            re.compile(
                r"(?<![\w.,/-])(?P<year>[12]\d{3})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)"
                r"(?P<day>\d{1,2})(?!\d|[/.,-]\d)"
            ),
        ),
        ("numeric", re.compile(_NUMERIC)),
        (
            "numeric_short",  # "on 22/04/23", "dated 4.22.23": a two-digit year only after a date preposition
            re.compile(
                rf"\b(?i:{short_preps})\s+(?P<first>\d{{1,2}})(?P<sep>[/.-])(?P<second>\d{{1,2}})(?P=sep)"
                r"(?P<short2>\d\d)(?![\w/-]|[.,]\d)"
            ),
        ),
        (
            # "the first Friday of July", "the last Sunday in May 2019", "the second Monday of next month"; not "a
            # second Sunday"
            "weekday_of_month",
            re.compile(
                rf"(?<!\b[aA]\s)\b(?:(?i:the)\s+)?(?P<nth>(?i:first|second|third|fourth|fifth)|(?i:last)"
                rf"(?=\s+\w+\s+(?i:of|in)\s+(?:(?i:{MONTH_WORD})\b|(?i:this|next|last)\s+(?i:month)\b(?!['’]))))\s+{_WEEKDAY}\b"
                rf"(?:\s+(?i:of|in)\s+(?:{_MONTH}(?:\s*,?\s*{_YEAR}\b)?|(?P<mshift>(?i:this|next|last))\s+(?i:month)\b(?!['’])))?"
            ),
        ),
        (
            "day_month_joined",  # "14.Apr.2023", "3-Mar-2021"
            re.compile(
                rf"(?<![\w.,/-])(?P<day>\d{{1,2}})(?P<sep>[-./])(?P<month>(?i:{MONTH_WORD}))(?P=sep)"
                r"(?P<year>[12]\d{3})(?![\w/-]|[.,]\d)"
            ),
        ),
        (
            "month_day",
            # not the month of a day before it: "On 3 June 12 people died" is 3 June; "June the 28th"
            re.compile(
                r"(?:(?<=\d:\d\d\s)|(?<!\d\s))(?<!\d(?:st|nd|rd|th)\s)(?<!\d\sof\s)(?<!\d(?:st|nd|rd|th)\sof\s)"
                rf"\b{_MONTH}(?:\s*|\s+(?i:the)\s+(?=\d{{1,2}}{ORDINAL_ENDING}))(?P<day>\d{{1,2}})(?P<ordinal>{ORDINAL_ENDING})?\b"
                # not a month's share: "with June 15 per cent and July 18 per cent"
                r"(?!\s*(?:%|(?i:percent|per\s?cent|pc)\b))"
                rf"(?:{_YEAR_TAIL}|(?![.,]\d))"
            ),
        ),
        (
            "day_month",
            # not the minutes of a time nor an amount of money: "at 12:30 December 27", "for $12 December 27"; a
            # comma between an ordinal day and its month where the month's year follows ("held between 26th and
            # 28th, November 2023"), never between a bare figure and a month ("on the 5, November sales rose"),
            # nor after a rank ("finished 5th, November 2023 was his best month"): only after a word that leads to a
            # day, and before a year that ends its clause ("climbed to 4th, May 2024 standings show" is a rank)
            re.compile(
                rf"(?<![\d.,$£€])(?<!\d:)(?<![$£€]\s)\b(?P<led>{day_leads})?(?P<day>\d{{1,2}})"
                rf"(?P<ordinal>{ORDINAL_ENDING})?(?(ordinal){_DAY_OF}|)"
                rf"(?:\s+(?P<of>of\s+)?|{comma_sep}){_MONTH}(?(dayof){_MONTH_ALONE}|){_YEAR_TAIL}?"
            ),
        ),
        (
            "day_word_month",
            re.compile(
                # "the last day of June"; not of February, whose last day the year sets
                rf"\b(?:(?i:the)\s+)?(?P<dayword>(?i:{ordinal})|(?i:last)(?=\s+(?i:day\s+of)\s+(?!(?i:feb))))"
                rf"{_DAY_OF}\s+(?P<of>(?i:of)\s+){_MONTH}"
                rf"(?(dayof){_MONTH_ALONE}|){_YEAR_TAIL}?"
            ),
        ),
        (
            "month_day_word",  # "April twenty-first"; "April the twenty-first" where the clause ends or a year follows
            re.compile(  # (not "May the fourth be with you")
                rf"\b{_MONTH}(?P<mthe>\s+(?i:the))?\s+(?P<dayword>(?i:{ordinal}))\b(?![-\w]){no_day}"
                rf"(?(mthe)(?=\s*(?:$|[;:.!?)]|,(?!\s*\d)|,?\s+(?:1[89]|20)\d\d\s*(?:$|[,;:.!?)])))|){_YEAR_TAIL}?"
            ),
        ),
        # "March 2015", "May of 2019", "April in 2016", "November, 2016" (not "In May, 2000 people marched")
        (
            "month_year",
            re.compile(
                rf"\b{_MONTH}(?P<comma>\s*,\s*)?(?(comma)|\s+(?:(?i:of|in)\s+)?){_YEAR}\b(?(comma){_not_counted()}|)"
            ),
        ),
        (
            "month",
            re.compile(
                # "in both January and February": the first of a pair; a word of a guess ("until about June") only
                # after a preposition of time: not "this about May", "of about May's"
                rf"(?:\b(?!(?i:early|late|mid|last|this|next|of)[\s-]+(?i:{hedges})\b)"
                rf"(?P<prep>(?i:in|into|by|since|until|from|during|early|late|mid|last|this|next|of)"
                # "in the three months to June": "to" where a span of months or weeks ends (`span_to_month_nouns`)
                rf"|{span_to}(?i:to)|{moved_to}(?i:to))[\s-]+"
                rf"(?:(?i:both|{hedges})\s+)?"
                # or the first month of a pair joined by a dash, with no word before it, where the pair names a
                # period of accounts or results, the noun right after it (`month_pair_nouns`: "the April-June
                # quarter", "Toyota's April-June profit"); not a spaced dash, which sets off a clause, nor a pair
                # before another noun ("a May-December romance", "the June-September rains", the months of every
                # year), nor a pair with no noun after it ("the main season October-March")
                rf"|(?<![\w-])(?=(?i:{MONTH_WORD})\.?[-–](?i:{MONTH_WORD})\s+(?-i:(?:{pair_nouns})s?\b)))"
                rf"{_MONTH}{_RYEAR}?(?!\s*\d)"
            ),
        ),
        ("month_said_year", re.compile(rf"\b{_MONTH}{_RYEAR}")),
        # "two days later", not "eight years later than planned" (and `count_before`)
        ("counted", re.compile(rf"\b{_UNIT}s?\s+(?P<direction>(?i:{directions}))\b(?!\s+(?i:{comparisons})\b)")),
        (
            "after_next",  # "the week after next", "the year after next"; not "the week after next Tuesday's vote"
            re.compile(
                r"\b(?i:the)\s+(?P<rel>(?P<after_next>(?i:day|week|month|year))\s+(?i:after)\s+(?:(?i:the)\s+)?(?i:next))\b"
                + r"(?!\s+(?-i:[A-Z])|[’']s\b)"
                + noun_after
            ),
        ),
        (
            "shift",
            re.compile(
                rf"\b(?i:the)\s+(?:(?P<neighbour>(?i:{neighbours}))\s+{_UNIT}"
                r"|(?P<unit2>(?i:day|week|month|year))\s+(?P<direction>(?i:before|after)))\b"
            ),
        ),
        (
            "nth",
            re.compile(
                rf"\b(?:{_WEEKDAY}\s*,?\s+)?(?:on\s+)?the\s+"
                rf"(?P<rel>last|past)?\s*(?P<day>\d{{1,2}}){ORDINAL_ENDING}\b"
                rf"(?:\s+day(?={of_shifted_month}))?"  # "the 15th day of next month"
                + no_day
                + rank
                + r"(?!\s+(?-i:[A-Z]))"  # nor before a name: "the 82nd Airborne", "the 17th Door"
                + noun_after  # nor before a noun it ranks: "the 15th victory", "the 3rd title"
                + r"(?:\s+(?:of\s+)?(?P<nmonth>this|next|last)\s+month\b)?",  # "the 20th of next month"
                re.I,
            ),
        ),
        (
            "weekday_day",  # "Monday 4 to Sunday 10", "closed Friday 8th": a weekday before its day of the month
            re.compile(
                rf"\b{_WEEKDAY}\s+(?P<day>[1-9]|[12]\d|3[01])"
                # with an ordinal's ending ("closed on Sunday 25th after …"), or where no word follows the number but
                # one of a span or a place's name, which would make it a count ("on Friday 12 people died", "On
                # Monday 14 at the care home were …", "By Tuesday 12 or more had died"; not "on Saturday 15 at Wembley")
                rf"(?:{ORDINAL_ENDING}\b|\b(?P<bare>)(?=\s*(?:$|[,;:.)(]|[-–]|\s(?i:to|and|through|until|till)\b"
                r"|\s(?i:at|in)\s+[A-Z])))"
                r"(?![.,:/\u2013-]\d)"  # nor a date in digits: "Friday 7-6", "Friday 7/6"
                # nor a score, a ratio or a range: "beat City on Saturday 2 to 1", "On Thursday 3 in 10 voters"
                r"(?!\s*(?i:to|in|and|or|of|out\s+of|[-–])\s*\d)"
            ),
        ),
        (
            "nth_word",  # "Thursday the twenty-first"; after a comma, only where the clause ends or "of" follows
            re.compile(  # ("on Monday, the first since the flood" ranks what happened on Monday)
                rf"\b{_WEEKDAY}(?:\s+|\s*,\s+(?=(?i:the)\s+(?:{ordinal})(?:\s*(?:$|[,;:.)])|\s+(?i:of)\b)))"
                rf"(?i:the)\s+(?P<dayword>(?i:{ordinal}))\b{no_day}"
            ),
        ),
        (
            "holiday",  # "on Christmas day", "on New Year's Eve"
            re.compile(
                rf"\b(?:(?P<on>(?i:{feast_preps}))\s+(?:(?i:the)\s+)?(?:(?P<eve>(?i:eve))\s+(?i:of)\s+)?|(?P<hdir>(?i:last|this|next|previous|following|coming))\s+)?"
                # not inside a word written with an apostrophe ("the Nor'easter in 2003"), nor its weekend
                rf"(?<![A-Za-z]['’])(?P<holiday>{_holiday_names()})\b(?!(?:\s+(?i:{modifiers}))*\s+(?i:weekend)\b)"
                rf"(?!\s+(?i:{'|'.join(words.feast_place_nouns)})\b)"
                # the subject of a verb of the past: "Christmas Day began without power", "Easter Sunday saw crowds"
                rf"(?:(?=\s+(?P<hpast>(?:{past})\b|(?!(?:{not_past})\b)[a-z]{{2,}}ed\b)))?"
                # else not a noun it names a kind of ("the following Christmas market attack", "Easter egg hunts",
                # "Christmas early-bird deals")
                rf"(?(hpast)|(?!\s+(?!(?:{'|'.join(words.holiday_times)})\b(?!-))(?-i:[a-z])))"
                rf"(?:\s*,?\s+(?:(?i:of|in)\s+)?(?P<hyear>1[89]\d\d|20\d\d)\b{_not_counted()})?"
            ),
        ),
        (
            "weekday",
            re.compile(
                # "next week on Friday", "Wednesday evening next week", "Monday of the following week"
                r"\b(?:(?P<week2>(?i:last|this|next))\s+(?i:week)\s+(?:(?i:on)\s+)?)?"
                # "following Sunday's fire" is "after Sunday's fire", unless "the" makes it the next Sunday
                r"(?:(?P<rel>(?i:last|this|next|past|coming|previous|following(?!\s+[A-Za-z]+day['’]s\b)"
                r"|(?<=[Tt]he\s)following))\s+)?"
                rf"{_WEEKDAY}\b"
                # "Friday after next": the one a week after the next ("Monday after next to hear it"); not
                # "Friday after next week's break", "Friday after next to no debate"
                rf"(?:\s+(?P<wafter>(?i:after\s+next))\b(?!\s+(?-i:[A-Z])|['’]s\b|\s+(?i:to\s+(?:no|nothing|none))\b){noun_after})?"
                r"(?:\s*\((?P<pday>\d{1,2})\))?"
                r"(?:(?:\s+(?i:morning|afternoon|evening|night))?\s+(?:(?i:of)\s+)?(?:(?i:the)\s+)?"
                r"(?P<week>(?i:last|this|next|following|previous))\s+(?i:week)\b)?"
            ),
        ),
        (
            "weekend",  # "over the weekend", "last weekend's final"; not "the weekend of June 3"
            re.compile(rf"\b(?P<wrel>(?i:{weekend}))\s+{kind_of_weekend}(?i:weekend)\b(?!\s+(?i:of)\b)"),
        ),
        (
            # "this summer's results", "last summer", "next spring": the year of that season (`season_starts`);
            # not "the last summer before the war" nor "one last spring fling" (`season_not_after`), a season's
            # own year ("this summer of 2018",
            # which "year" reads), nor a noun of another sense ("this fall in prices")
            "season",
            re.compile(
                rf"{season_not_after}\b(?!(?i:this)\s+(?i:{change_nouns})\b)(?P<srel>(?i:{season_shifts}))\s+(?P<season>(?i:{'|'.join(words.year_seasons)}))\b"
                rf"(?!\s+(?:(?i:of)\s+)?[12]\d{{3}}\b|{season_nouns})"
            ),
        ),
        (
            "relative",
            re.compile(
                # not a part of another period: "the last week of 2015", "the last month of the war"
                r"\b(?P<rel>(?i:yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)|"
                r"(?:last|this|next|coming|upcoming)\s+(?:week|month|year)))\b"
                r"(?!\s+(?i:of)\b)",
            ),
        ),
        (
            "period_end",
            # a deadline by the end of the article's week, month or year: "due by the end of the month", "will
            # close at the end of the year", "by end of year"; not "the end of the month's sales", "the end of the
            # year to March"
            re.compile(
                rf"\b(?P<eprep>(?i:{'|'.join(lexicon().dates.period_end_prepositions)}))\s+(?:(?i:the)\s+)?"
                r"(?P<rel>(?i:end\s+of\s+(?:the\s+)?(?:week|month|year)|(?:week|month|year)(?:['’]s\s+|-)end))"
                r"\b(?![’']s\b|\s+(?i:of|to|before|after)\b|-|\s+\d{4}\b)"
            ),
        ),
        (
            "period_rest",
            # what is left of the article's week, month or year: "closed for the rest of the week", "the remainder
            # of the year"; not "the rest of the week's games", "the rest of the year to March", "the rest of the
            # month of Ramadan", "the rest of the week starting March 9" (a week of another day)
            re.compile(
                rf"\b(?P<rest>(?i:{'|'.join(lexicon().dates.period_rest_words)}))\s+(?i:of)\s+(?:(?i:the)\s+)?"
                r"(?P<rel>(?i:week|month|year))"
                r"\b(?![’']s\b|\s+(?i:of|to|before|after|starting|beginning|from|ending)\b|-|\s+\d{4}\b)"
            ),
        ),
        (
            "new_year",
            # the year after the article's, written in lower case (no feast): "fares rise in the new year"; in
            # January the year just begun
            re.compile(
                r"\b(?i:in|into|early\s+in|by)\s+the\s+(?P<rel>new\s+year)\b(?![’']s\b|\s+(?i:holiday|break)\b)"
            ),
        ),
        (
            "year",
            re.compile(
                rf"(?:\b(?P<prep>(?i:in|{into}|since|by|until|from|before|after|during|of|early|late|mid|end of|between|starting|beginning|"
                # or naming its event: "the 2016 election", "the 2011 end of the programme"
                # "mid-2025", "late-2026": a part of the year joined to it by a hyphen; "in spring 2025": a season
                # after a word that leads to it, so not the second of a pair that names a fashion collection
                # ("spring/summer 2020 styles")
                rf"through|to|{seasons}(?:\s+of)?))(?:\s+|(?:(?<=(?i:mid))|(?<=(?i:early))|(?<=(?i:late)))-(?=\d{{4}}\b))|\(|"
                rf"\b(?i:the)\s+(?=\d{{4}}\s+(?:[a-z]|(?i:{year_events})\b))|"
                # "a 2007 election", "a 2016 referendum": one event that its year names
                rf"\b(?i:a)\s+(?=\d{{4}}\s+(?i:{one_event})\b(?!-))|"
                # or a possessive's: "its 2013 forecast", "their 2019 album"; not before a unit's word or an
                # abbreviation of one or two letters ("its 2000 hp engine", "their 2000 metre climb")
                rf"\b(?i:its|their|his|her|our)\s+(?=\d{{4}}\s+(?!(?i:{unit_words})\b|[a-z]{{1,2}}\b)"
                rf"(?:[a-z]|(?i:{year_events})\b))|"
                # or a noun's possessive before a noun in the singular: "the state's 2016 law", "the band's 1999
                # tour"; not a count of a plural ("the company's 2000 employees") or a unit ("Smith's 2000 m race")
                # and a stop or a word of `possessive_year_followers` after that noun ("the union's 2000 member
                # branch", "the world's 2000 largest companies", "it's 2000 extra homes" count)
                rf"\b(?!(?i:{possessive_contractions})['’])[A-Za-z]+['’]s\s+(?=\d{{4}}\s+"
                rf"(?!(?i:{unit_words})\b|[a-z]{{1,2}}\b|(?:{possessive_comparatives})\b|[a-z]+est\b)"
                rf"(?:[a-z][a-z-]*(?<!s)\b(?![’'-])(?=\s*(?:[^\sA-Za-z]|$)|\s+(?:{possessive_followers})\b)"
                rf"|(?i:{year_events})\b))|"
                # or the name of a feast of another calendar, whose day the year alone gives ("Diwali 2022", "Eid
                # 2023", "Hanukkah 2021")
                rf"\b(?i:{moving_feasts})\s+(?=\d{{4}}\b)|"
                # "in the year 2000.", "by the year 2050,", "The year 2016 was": the year where a stop, a comma or "was"/"is"
                # follows it; not "the fiscal year 2014", whose year is not the calendar's, nor a count after it ("over the
                # year 2000 new homes were built"), a fiscal year's end ("the year 2023 to March") or a range ("2021-22")
                rf"\b(?i:the\s+year)\s+(?=\d{{4}}(?:\s*(?:[,.;:!?)\n]|$)|\s+(?:was|is)\b))|"
                # "in calendar year 2024": the calendar's year, as against a fiscal one
                rf"\b(?i:calendar\s+year)\s+|"
                # a quarter or a half before its year, opening a clause or after a word that leads to it ("in Q3
                # 2020", "H1 2021 sales fell"), or after its year ("2019 Q3"): that year; not a model's name ("the
                # Audi Q3 2020")
                rf"(?:^|(?<=[.!?(,;:\n])\s*|\b(?i:{quarter_leads})\s+)(?-i:Q[1-4]|H[12])(?:\s+|-)(?=\d{{4}}\b(?![-–/]\d{{2,4}}\b))|"
                rf"(?<![\w.,/-])(?=\d{{4}}(?:\s+|-)(?-i:Q[1-4]|H[12])\b)){_YEAR}\b{clock}"
                # or events in the plural after "the": "the 1998 floods", "the 2019 elections"
                rf"(?:(?<=(?i:the)\s\d{{4}})(?=\s+(?i:{year_events})\b)|{_not_counted()})"
            ),
        ),
        (
            # a year before 1800, where a word that only leads to a time stands before it ("founded in 1066",
            # "has stood since 1540", "built circa 1620"), and any year after "circa" ("painted c. 1910"); not
            # after "to", "by" or "from", which lead to counts too ("rose to 1500"), nor before what it counts ("in
            # 1200 homes"), nor in the odds of one figure in another ("1 in 1000", "one in 1500")
            "old_year",
            re.compile(
                r"(?<![\d>]\s)(?<!\b(?i:one)\s)\b(?P<prep>(?i:in|since|until|during|circa|ca\.|c\.))\s+"
                r"(?P<year>1[0-7]\d\d|(?:(?<=(?i:circa)\s)|(?<=(?i:ca\.)\s)|(?<=(?i:c\.)\s))(?:1[89]\d\d|20\d\d))\b(?![.,:]\d)"
                rf"{_not_counted()}"
            ),
        ),
    ]


# What a sentence must hold for each pattern to have a chance: a quick test that spares most sentences
# most of the patterns (every pattern needs all of its cues; the cues never rule out a real match).
NEEDS: dict[str, set[str]] = {
    "iso": {"year"},
    "numeric": {"year"},
    "numeric_short": {"digit", "separated"},
    "day_month_joined": {"month", "year"},
    "month_day": {"month", "digit"},
    "day_month": {"month", "digit"},
    "day_word_month": {"month"},
    "month_day_word": {"month"},
    "month_year": {"month", "year"},
    "month": {"month"},
    "month_said_year": {"month", "relative"},
    "counted": {"relative", "direction"},
    "shift": {"relative", "direction"},
    "after_next": {"relative"},
    "weekday": {"day"},
    "relative": {"relative"},
    "period_end": {"relative"},
    "period_rest": {"relative"},
    "new_year": {"relative"},
    "weekend": {"relative", "weekend"},
    "season": {"season"},
    "nth": {"ordinal"},
    "nth_word": {"day"},
    "weekday_day": {"day", "digit"},
    "weekday_of_month": {"day"},
    "year": {"year"},
    "old_year": {"year"},
    "holiday": {"holiday"},
}
KIND_OF = {
    "old_year": "year",
    "numeric_short": "numeric",
    "day_month_joined": "day_month",
    "month_said_year": "month",
    "counted": "shift",
    "day_word_month": "day_month",
    "month_day_word": "month_day",
    "nth_word": "nth",
    "weekday_day": "nth",
    "period_end": "relative",
    "period_rest": "relative",
    "new_year": "relative",
    "after_next": "relative",
}
CUES = (
    "digit",
    "year",
    "ordinal",
    "month",
    "day",
    "relative",
    "direction",
    "holiday",
    "separated",
    "weekend",
    "season",
)
_BIT = {cue: 1 << i for i, cue in enumerate(CUES)}
_DIGIT = re.compile(r"\d")
_YEAR_CUE = re.compile(r"[12]\d\d\d")  # every year a date may hold (1000 to 2999)
_ORDINAL_CUE = re.compile(r"\d(?:st|nd|rd|th)\b")  # these and the next, in lower-case text: faster
_SEPARATED_CUE = re.compile(r"\d[/.-]\d")  # digits on both sides of a date's separator: "22/04/23"
_MONTH_CUE = re.compile(rf"\b{MONTH_WORD}\b")
_RELATIVE_CUE = re.compile("day|night|tomorrow|week|fortnight|month|year|morning|afternoon|evening")


@cache
def _direction_cue() -> re.Pattern[str]:
    words = lexicon().dates
    return re.compile("|".join((*words.directions, *words.neighbours)))


@cache
def _season_cue() -> re.Pattern[str]:
    """Any season of `year_seasons`, in lower-case text."""
    return re.compile(r"\b(?:" + "|".join(lexicon().dates.year_seasons) + r")\b")


@cache
def _holiday_cue() -> re.Pattern[str]:
    """The first word of any feast day of the lexicon, in lower-case text."""
    firsts = sorted({name.split()[0].split("'")[0] for name in _feast_names()})
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in firsts) + r")")


def _cues(text: str, lower: str) -> int:
    """The cues a sentence holds, one bit each (`CUES`)."""
    cues = 0
    if _holiday_cue().search(lower):
        cues |= _BIT["holiday"]
    if _DIGIT.search(text):
        cues |= _BIT["digit"]
        if _YEAR_CUE.search(text):
            cues |= _BIT["year"]
        if _ORDINAL_CUE.search(lower):
            cues |= _BIT["ordinal"]
        if _SEPARATED_CUE.search(text):
            cues |= _BIT["separated"]
    if _MONTH_CUE.search(lower):
        cues |= _BIT["month"]
    if _season_cue().search(lower):
        cues |= _BIT["season"]
    if "day" in lower:
        cues |= _BIT["day"]
    if _RELATIVE_CUE.search(lower):
        cues |= _BIT["relative"]
        if _direction_cue().search(lower):
            cues |= _BIT["direction"]
        if "weekend" in lower:
            cues |= _BIT["weekend"]
    return cues


@lru_cache(maxsize=256)
def _active(cues: int) -> list[tuple[str, re.Pattern[str]]]:
    """The patterns a sentence with these cues needs."""
    return [(name, p) for name, p in patterns() if all(cues & _BIT[cue] for cue in NEEDS[name])]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: str | None
    granularity: str
    resolved: bool
    day: dt.date | None  # the day, where the granularity is day
    claim: bool = True  # False for a date that cannot exist or cannot be placed: a mention, not a claim
    confidence: float = 0.9
    future: bool = False  # said of the future ("talks will resume on Monday")
    counted: bool = False  # counted from the article's date by its words alone ("yesterday", "last Monday")


class _Reading(NamedTuple):
    """What a mention says: its date at a granularity, and how it was reached."""

    date: str | None
    granularity: str
    resolved: bool = False
    claim: bool = True
    confidence: float = 0.9
    why: str | None = None  # why a date as written cannot exist, for `--verbose`
    future: bool = False  # placed ahead of the article's date because its clause speaks of the future


_NONE = _Reading(None, "none")
_NOT_A_CLAIM = _Reading(None, "none", claim=False)
_GUESS = 0.6  # the confidence of a reading the words leave open


class _Found(NamedTuple):
    """A pattern's match, before it is read."""

    kind: str
    start: int
    end: int
    fields: dict[str, str | None]


class _Setting(NamedTuple):
    """What reading a sentence's dates needs besides the mentions."""

    text: str
    lower: str
    published: dt.date | None
    day_first: Callable[[], bool | None]
    before: DateMention | None
    page: dt.date | None = None  # the page's own date, where relative dates count from another (its text's day)
    paragraph_day: DateMention | None = None  # the last date of the sentence's own paragraph before it


# --- calendar arithmetic: None where a date cannot exist or would leave the years 1 to 9999 ---


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _why_not(year: int, month: int, day: int) -> str:
    try:
        dt.date(year, month, day)
    except ValueError as error:
        return str(error)
    return "out of the calendar"


def _add(day: dt.date, unit: str, amount: int) -> dt.date | None:
    """`day` moved by `amount` days, weeks, months or years (the day of the month kept where it can be)."""
    try:
        if unit in ("day", "week"):
            return day + dt.timedelta(days=amount * (7 if unit == "week" else 1))
        months = amount * (12 if unit == "year" else 1)
        year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
        return dt.date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))
    except (OverflowError, ValueError):
        return None


def _at(day: dt.date, granularity: str) -> str:
    """The ISO form of the period at `granularity` that holds `day`."""
    if granularity == "day":
        return day.isoformat()
    if granularity == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


def period_of(date: str, granularity: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of an ISO date at its granularity."""
    try:
        if granularity == "day":
            day = dt.date.fromisoformat(date)
            return day, day
        if granularity == "week":
            first = dt.date.fromisocalendar(int(date[:4]), int(date[6:8]), 1)
            last = _add(first, "day", 6)
            return (first, last) if last else None
        year = int(date[:4])
        if granularity == "month":
            month = int(date[5:7])
            return dt.date(year, month, 1), dt.date(year, month, monthrange(year, month)[1])
        if granularity == "year":
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None
    return None


Step = tuple[str, int]  # a unit and how many of them, back (negative) or forward


def _moved(
    period: tuple[dt.date, dt.date], steps: list[Step], spread: tuple[int, int] = (0, 0)
) -> tuple[str, str] | None:
    """A period moved by `steps`, the last of them give or take `spread` (its least and most added), at the finest
    granularity (not finer than the steps' finest unit) at which its first and last days land in the same place:
    "two days later" than "in March" can only say the year, "about three months ago" the year."""
    *coarse, (unit, amount) = steps
    first = _moved_day(period[0], [*coarse, (unit, amount + spread[0])])
    last = _moved_day(period[1], [*coarse, (unit, amount + spread[1])])
    if first is None or last is None:
        return None
    finest = min((unit for unit, _ in steps), key=GRANULARITIES.index)
    for granularity in GRANULARITIES[GRANULARITIES.index(finest) :]:
        if _at(first, granularity) == _at(last, granularity):
            return _at(first, granularity), granularity
    return None


def _moved_day(day: dt.date | None, steps: list[Step]) -> dt.date | None:
    for unit, amount in steps:
        day = _add(day, unit, amount) if day else None
    return day


def _month_number(word: str | None) -> int:
    return MONTHS[(word or "")[:3].lower()] if word and not word.isdigit() else int(word or 0)


# --- whether a clause speaks of the future ---


@cache
def _tense_phrases() -> dict[str, list[tuple[tuple[str, ...], bool]]]:
    """Tense markers by their first word, longest first: each as words, True for the future, False for the past."""
    words = lexicon().dates
    marks = [(p, False) for p in words.past_markers + lexicon().speech_verbs] + [
        (p, True) for p in words.future_markers
    ]
    index: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    for phrase, future in sorted(marks, key=lambda m: -len(m[0].split())):
        index.setdefault(phrase.split()[0], []).append((tuple(phrase.split()), future))
    return index


@cache
def _future_cue() -> re.Pattern[str]:
    """Any future marker, in lower-case text: a sentence without one needs no closer look."""
    phrases = sorted(lexicon().dates.future_markers, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p.lower()).replace(r"\ ", r"\s+") for p in phrases) + r")\b")


_WORD = re.compile(r"[A-Za-z]+")
_BE = ("be", "been", "being", "is", "are", "am")
_NEGATIONS = ("not", "never")
_HAVE = ("has", "have")


def _names_a_plan(phrase: str) -> bool:
    """Whether a future marker names a plan (`plan_markers`, "due to" also in "due to be", "due to open")."""
    return any(phrase == marker or phrase.startswith(f"{marker} ") for marker in lexicon().dates.plan_markers)


def _markers(text: str, start: int, end: int, present: bool = False, deadline: bool = False) -> list[bool | None]:
    """Tense markers in text[start:end], in order: True for the future, False for the past (a word ending in -ed
    counts as the past, unless it is no verb, "a hundred", or a passive, "will be released", "will be held");
    None for a plan since changed ("was originally scheduled for Tuesday"), whose day may be either side of the
    article's; with `present`, None for a verb of the present ("the last date is 19th November"); with `deadline`
    (the date follows "by", "before" or "until"), no past for a present perfect in a condition ("if it has not paid
    by May 31")."""
    index = _tense_phrases()
    now = lexicon().dates.present_markers if present else []
    matches = list(_WORD.finditer(text, start, end))
    words = [m.group().lower() for m in matches]
    names = {n for n, m in enumerate(matches) if _named(text, m)}
    found: list[bool | None] = []
    ahead = False  # a future marker stands earlier in this clause
    condition = False  # this clause opens a condition ("if Congress has not acted by June 1")
    i = 0
    while i < len(words):
        word = words[i]
        if i and _opens_clause(text, matches[i - 1], matches[i]):
            ahead = False
            condition = deadline and word in lexicon().dates.conditional_openers
        elif not i:
            condition = deadline and word in lexicon().dates.conditional_openers
        phrase = next((p for p in index.get(word, ()) if tuple(words[i : i + len(p[0])]) == p[0]), None)
        if phrase and phrase[1] and words[i + len(phrase[0]) : i + len(phrase[0]) + 1]:
            unless = lexicon().dates.future_markers_not_before.get(" ".join(phrase[0]), [])
            if words[i + len(phrase[0])] in unless:  # "is likely to have peaked": no future
                i += len(phrase[0])
                continue
        if phrase:
            if phrase[1] and _names_a_plan(" ".join(phrase[0])) and _superseded(words, i):
                found.append(None)  # "was originally scheduled for Tuesday": a plan since changed, either side
            elif phrase[1] or not (_after_be(words, i) or condition and _perfect(words, i)):
                found.append(phrase[1])  # not "will be held", "is not paid" (a passive) nor "if it has paid"
            ahead = ahead or phrase[1]
            i += len(phrase[0])
            continue
        if word in now:
            found.append(None)
        elif _past_participle(word, i, names, words) and not ahead and not (condition and _perfect(words, i)):
            # after "will" in the same clause, a word in -ed describes ("will make landfall with sustained winds")
            found.append(False)
        i += 1
    return found


# Words that open a noun phrase: after "agreed to" they make "to" a preposition ("agreed to a deal in June").
_NOUN_OPENERS = frozenset(["a", "an", "the", "its", "their", "his", "her", "this", "that", "these", "those"])


def _alternatives(phrases: list[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


@cache
def _decision_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternatives(lexicon().dates.decision_markers)})\s+(?P<next>[a-z]+)\b")


@cache
def _decision_forward_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternatives(lexicon().dates.decision_forward_words)})\s+$")


def _decided_before(setting: _Setting, start: int, prep: str | None) -> bool:
    """Whether the month at `start` is in the clause of what a body agreed, decided or voted to do
    (`decision_markers`: "agreed to cut output from November", "decides to reduce production by 2 million barrels a
    day, starting from November"): the marker is the last before it, with no tense marker between them, and a word
    of `decision_forward_words` right before the month ("voted to approve the budget in September" may be the
    vote's own month)."""
    lead = setting.lower[max(0, start - 40) : start] + (f"{prep.lower()} " if prep else "")
    if not _decision_forward_pattern().search(lead):
        return False
    found = [m for m in _decision_pattern().finditer(setting.lower, 0, start) if m["next"] not in _NOUN_OPENERS]
    return bool(found) and not _markers(setting.text, found[-1].end(), start)


def _opens_clause(text: str, before: re.Match[str], word: re.Match[str]) -> bool:
    """Whether a new clause opens at `word`: a comma or the like before it, or a word of `clause_openers`."""
    return word.group().lower() in lexicon().dates.clause_openers or bool(
        _TENSE_BREAK.search(text, before.end(), word.start())
    )


def _past_participle(word: str, i: int, names: set[int], words: list[str]) -> bool:
    """Whether words[i] ends in -ed as a verb of the past would: not a listed word ("hundred", "speed"), not in a
    name, not a passive ("will be held")."""
    not_past = lexicon().dates.not_past
    return word.endswith("ed") and len(word) > 3 and word not in not_past and i not in names and not _passive(words, i)


def _named(text: str, word: re.Match[str]) -> bool:
    """Whether a word is capitalised inside its sentence, and so part of a name ("Manchester United", "Red
    Ted"), no verb of the past."""
    before = text[: word.start()].rstrip()
    return word.group()[0].isupper() and bool(before) and before[-1] not in ".!?\"“‘'("


def _superseded(words: list[str], i: int) -> bool:
    """Whether the plan at words[i] is one since changed: an adverb of `superseded_plan_words` just before it
    ("was originally scheduled", "initially slated")."""
    return i > 0 and words[i - 1] in lexicon().dates.superseded_plan_words


def _passive(words: list[str], i: int) -> bool:
    """Whether words[i], a participle, follows a form of "be" that makes it no past: "will be held", "is
    scheduled", "is tentatively scheduled"; or one with a negation between ("if a deal is not reached")."""
    back = words[max(0, i - 2) : i]
    return _after_be(words, i) or (len(back) == 2 and back[-1].endswith("ly") and back[0] in _BE)


def _perfect(words: list[str], i: int) -> bool:
    """Whether words[i] follows "has" or "have" (`_after_be`'s way): "has acted", "have not paid"."""
    return _after_be(words, i, _HAVE)


def _after_be(words: list[str], i: int, forms: tuple[str, ...] = _BE) -> bool:
    """Whether words[i] follows a form of "be" (or one of `forms`), right before it or with "not" or "never"
    between ("is paid", "is not paid")."""
    back = words[max(0, i - 2) : i]
    return bool(back) and (back[-1] in forms or (len(back) == 2 and back[-1] in _NEGATIONS and back[0] in forms))


_CLAUSE_BREAK = re.compile(r"[,;:()]|\s-\s")
# What ends a clause for its tense: a comma or colon between digits ("1:30 Tuesday morning", "1,000 homes") is
# part of a number, no break
_TENSE_BREAK = re.compile(r"(?<!\d)[,:]|[,:](?!\d)|[;()]|\s-\s")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _TENSE_BREAK.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _TENSE_BREAK.finditer(text, end)), len(text))
    return left, right


_DOUBLE_QUOTE = re.compile(r"[\"“”]")


def _quotation_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The inside of the quotation the date at text[start:end] stands in, where the sentence opens one before it
    and closes it after it: an odd number of double quote marks before it, one after it."""
    marks = [m.start() for m in _DOUBLE_QUOTE.finditer(text)]
    before = [at for at in marks if at < start]
    after = [at for at in marks if at >= end]
    return (before[-1] + 1, after[0]) if len(before) % 2 == 1 and after else None


def _future(setting: _Setting, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is said of the future (`_tense`)."""
    return bool(_future_cue().search(setting.lower)) and _tense(setting, start, end) is True


def _tense(setting: _Setting, start: int, end: int, present: bool = False) -> bool | None:
    """Whether the date at text[start:end] is said of the future (True) or the past (False), or None where its
    clause has no tense marker ("the last date for nominations is 19th November") or where it bounds a span
    ("delayed the hearing until November 26": the span runs from the past, its end may lie ahead): the tense
    marker nearest to it in its clause decides, the one before it first ("said on Monday that talks will resume"
    is past, "talks will resume on Monday" and "said talks will resume on Monday" are future); a fronted date ("On
    Monday, the court will rule") takes the next clause's, and one in a clause with no tense that goes on from a
    clause of the future ("will be paid in two parts, one in July") is the future. A possessive ("Monday's vote",
    "Tuesday night's draw") names a day whatever the clause's tense: only a marker just before it ("ahead of
    Monday's vote") makes it the future, and one before the noun of a decision ("will appeal the August 13th
    ruling") is put ahead by no verb of the future. With `present`, a verb of the present nearest before it leaves
    the tense unsaid too."""
    text = setting.text
    if possessive_at(text, end):
        return any(_markers(text, max(0, start - 12), start))
    if _attributive(text, start, end) and not any(_markers(text, max(0, start - 12), start)):
        # "will appeal the August 13th ruling": the day of the thing it names, which a verb of the future does not
        # put ahead (the thing may be done already); one of the past still puts it behind ("jumped a day after the
        # June 5 vote"), and a marker just before it ahead ("ahead of the May 5 vote")
        return False if _tense_of_clause(setting, start, end, present) is False else None
    return _tense_of_clause(setting, start, end, present)


def _tense_of_clause(setting: _Setting, start: int, end: int, present: bool = False) -> bool | None:
    """`_tense` as the markers of the date's clause give it."""
    text = setting.text
    if _moved_to(setting.lower, start):
        return None  # "has now moved to 9 July", "was previously set at June 4": a target either side of today
    if _after_phrase(setting.lower, start, lexicon().dates.age_dates, 24):
        return False  # "The manuscript dates to April 2": the day a thing is as old as, behind the article
    left, right = _clause(text, start, end)
    if _status_date(setting.lower, left, start):
        return False  # "had 12,000 staff as of June 30": the day a figure was taken on, not after the article's
    first = 0  # where the date's words open: the sentence's, or the quotation's
    if quoted := _quotation_around(text, start, end):
        # '"Do they change on August 1?" asked one reporter': the speaker's verb outside the marks tells when it
        # was said, not when what is said falls; the quotation's own words alone give the tense
        first, left, right = quoted[0], max(left, quoted[0]), min(right, quoted[1])
    before = _markers(text, left, start, present, _after_deadline(setting.lower, start))
    opened = _reported_clause(setting.lower, left, start)
    if before and opened is not None and not _markers(text, opened, start, present):
        # "said that for six months from April the cap will rise": the date opens what was said, whose own verb
        # (after it) gives its tense; the reporting verb's does only where the reported clause has none
        after = _markers(text, end, right)
        if after:
            return after[0]
    if before:
        return None if not before[-1] and _bounds_span(setting.lower, start) else before[-1]
    after = _markers(text, end, right) or (
        _markers(text, right, quoted[1] if quoted else len(text)) if left == first else []
    )
    if after:
        return after[0]
    # a clause with no tense of its own that goes on from a clause of the future ("will be paid in two lump sums -
    # one from July", "will come in two parts, one in July and one in August") speaks of that future too
    if _cited(text, start):
        return None  # "hot by the end of August (News, July 15)": the date of a source, of no tense of the text
    earlier = _markers(text, first, left, present) if left > first else []
    return True if earlier and earlier[-1] is True else None


# A bracket that cites a source before its date: "(News, July 15)", "(Transit Weekly, 14 May)"
_CITATION = re.compile(r"\(\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*\s*,\s*$")


def _cited(text: str, start: int) -> bool:
    """Whether the date at `start` is a source's in brackets, a name before a comma ("(News, July 15)", "(Reuters,
    3 May)"): not a part of what the sentence tells. A date alone in brackets ("in the spring (February 14)") or
    with words of the sentence ("(and another in October)", "(7:36 a.m. local time, July 7)") goes on with it."""
    opened = text.rfind("(", max(0, start - 60), start)
    return opened > text.rfind(")", 0, start) and _CITATION.search(text, opened, start) is not None


_POSSESSIVE = re.compile(r"(?:\s+([A-Za-z]+))?['’](?i:s)\b")


def possessive_at(text: str, end: int) -> bool:
    """Whether the date that ends at `end` is a possessive, alone or through a time of its day ("Monday's vote",
    "Tuesday night's draw", "Friday evening's game")."""
    found = _POSSESSIVE.match(text, end)
    if found is None:
        return False
    time = found.group(1)
    return time is None or time.lower() in lexicon().day_times


_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|his|her|this)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+([a-z][a-z-]+)\b")


def _attributive(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] stands between a determiner and the noun of a decision it dates ("the
    August 13th ruling", "its March 3 order": `decision_nouns`), as an adjective does: a thing that may be done
    already, whatever a verb of the future does to it. A meeting or a deadline so dated is still to come."""
    if not _DETERMINER_BEFORE.search(text[max(0, start - 8) : start]):
        return False
    noun = _NOUN_AFTER.match(text, end)
    return noun is not None and noun.group(1) in word_set("decision_nouns")


_THAT = re.compile(r"\bthat\b")


def _reported_clause(lower: str, left: int, start: int) -> int | None:
    """Where the clause that "that" opens before `start` begins ("Ofgem said that ..."), if one does."""
    found = [m.end() for m in _THAT.finditer(lower, left, start)]
    return found[-1] if found else None


def opens_span(lower: str, start: int) -> bool:
    """Whether the date at `start` opens a span: "from Wednesday", "since Monday", "starting Sunday"."""
    words = _WORD.findall(lower, max(0, start - 16), start)
    return bool(words) and words[-1] in lexicon().dates.span_starts


def looks_back_from(lower: str, start: int, end: int) -> int | None:
    """Where the word begins that makes the date at [start, end) open a span up to the time of writing ("have died
    since Monday", "since July this year"; a word of `span_starts` of value -1, before the date or as its first
    word, or before a time of that day: "since midnight on Sunday", "since early Monday"), if one does."""
    starts = lexicon().dates.span_starts
    own = _WORD.match(lower, start, end)
    if own is not None and starts.get(own.group()) == -1:
        return start
    words = list(_WORD.finditer(lower, max(0, start - 40), start))
    at = len(words) - 1
    while at >= 0 and words[at].group() in _time_of_day_words():
        at -= 1
    last = words[at] if at >= 0 else None
    if last is None or starts.get(last.group()) != -1 or not _ONLY_WORDS.fullmatch(lower, last.end(), start):
        return None
    return last.start()


_ONLY_WORDS = re.compile(r"[a-z\s-]*")


@cache
def _time_of_day_words() -> frozenset[str]:
    """The words of a time of day between "since" and its day ("since midnight on Sunday", "since late on Friday"):
    the words of `day_times` and `day_edges`, and the words that join them to the day."""
    words = lexicon()
    times = [*words.day_times, *words.day_edges]
    return frozenset(w for time in times for w in time.split()) | {"on", "the", "of"}


def _opens_span_untensed(found: _Found, setting: _Setting) -> bool:
    """Whether a date opens a span that may lie either side of the article's date: after a word of `span_starts`
    that does not look back, in a clause with no tense of its own ("fares rise from Monday")."""
    words = _WORD.findall(setting.lower, max(0, found.start - 16), found.start)
    if not words or words[-1] not in (starts := lexicon().dates.span_starts) or starts[words[-1]] is not None:
        return False
    return setting.published is not None and _tense(setting, found.start, found.end, present=True) is None


# Words that end the stretch from a plan to its day: a clause joined on, a relative clause or another finite verb
# may tell what happened instead ("was scheduled to start at noon but heavy rain fell on Thursday", "was set to
# replace the bridge that the flood swept away on Thursday").
_PLAN_STRETCH_BREAK = (
    r"(?!\S*\s+(?:but|and|or|while|when|after|because|as|until|before|that|which|who|whom|where"
    r"|was|were|is|are|has|have|had|did)\b)"
)


@cache
def _plan_in_past_pattern() -> re.Pattern[str]:
    """A plan told with a past form of "be" (`plan_markers` after "was", "were" or "had been"), then the words up
    to the date, with no break and no conjunction. "Due to" after "was" names a cause as often as a plan ("the
    delays were due to a signal failure on Thursday"): only the verbs of `future_markers` after it make a plan
    ("was due to take place", "were due to resume")."""
    words = lexicon().dates
    due = [p for p in words.future_markers if p.startswith("due to ")]
    markers = [p for p in words.plan_markers if p != "due to"] + due
    plans = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in markers)
    return re.compile(rf"\b(?:was|were|had\s+been)\s+(?:{plans})\b(?:{_PLAN_STRETCH_BREAK}[^,;:()])*$", re.I)


def _plan_told_in_past(setting: _Setting, start: int, end: int) -> bool:
    """Whether a date is the day of a plan told in the past tense ("the satellite that was set to launch on
    Saturday", "talks were due to resume on Monday"): the plan was made before the article was written, and its
    day may lie either side of the article's (a launch two days off, or one a rocket's explosion on the eve of it
    called off), so the nearer such day stands for it."""
    left, _ = _clause(setting.text, start, end)
    return _plan_in_past_pattern().search(setting.text[left:start]) is not None


def _after_phrase(lower: str, start: int, phrases: list[str], reach: int) -> bool:
    """Whether the words in the `reach` characters before `start` end with one of `phrases`."""
    words = " ".join(_WORD.findall(lower, max(0, start - reach), start))
    return any(words == phrase or words.endswith(f" {phrase}") for phrase in phrases)


def _month_at(found: _Found) -> int:
    """Where the month word of a month phrase opens: after its preposition ("to April": at "April")."""
    prep = found.fields.get("prep") or ""
    return found.start + len(prep) + 1 if prep else found.start


def _moved_to(lower: str, start: int) -> bool:
    """Whether the date at `start` is one a thing is moved to or set at (`moved_to`: "moved to", "set at"), or one
    the dates of a plan are changed from or to (`date_change_verbs`: "revised the exam dates to June 26")."""
    return _after_phrase(lower, start, lexicon().dates.moved_to, 24) or bool(
        _dates_changed().search(lower, max(0, start - 80), start)
    )


@cache
def _dates_changed() -> re.Pattern[str]:
    verbs = "|".join(re.escape(w) for w in lexicon().dates.date_change_verbs)
    return re.compile(
        rf"\b(?:{verbs})\s+(?:the\s+)?(?:[a-z-]+\s+){{0,3}}dates?\s+(?:from\s+[\w ,-]{{1,30}}?\s+)?(?:from|to)\s+$"
    )


# A figure: a number of digits, with the month before it when it is a day of one ("March 3")
_FIGURE = re.compile(rf"(?:\b(?P<month>{MONTH_WORD})\.?\s+)?(?<![\w,.])\d[\d,.]*")


def _status_date(lower: str, left: int, start: int) -> bool:
    """Whether the date at `start` is the day a figure of its clause (from `left`) was taken on: after "as of" or
    "as at" (`status_dates`) with a figure before them ("affect 900 of its employees as of March 31", "had 12,000
    staff as of June 30"). Without a figure ("the new fares will apply as of December 1") it is the day a thing
    starts, whose tense the clause gives."""
    if not _after_phrase(lower, start, lexicon().dates.status_dates, 12):
        return False
    figures = _FIGURE.finditer(lower, left, start)
    return any(not found.group("month") and not _is_year(found.group(0)) for found in figures)


def _is_year(number: str) -> bool:
    """Whether a number of digits alone reads as a year ("2024")."""
    return len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2100


def _moved_from(lower: str, start: int) -> bool:
    """Whether the month phrase at `start` opens with "from" after a verb of a move (`moved_from`: "pushed back
    again from April", "postponed from March"), an adverb of `move_adverbs` allowed between."""
    if not lower.startswith("from ", start):
        return False
    words = " ".join(_WORD.findall(lower, max(0, start - 40), start))
    for adverb in sorted(lexicon().dates.move_adverbs, key=len, reverse=True):
        words = words.removesuffix(f" {adverb}")
    return any(words == phrase or words.endswith(f" {phrase}") for phrase in lexicon().dates.moved_from)


@cache
def _move_verbs() -> frozenset[str]:
    """The verbs of a move: those of `moved_from`, and those of `moved_to` without their "to" ("moved", "shifted")."""
    dates = lexicon().dates
    return frozenset(dates.moved_from) | {
        phrase.removesuffix(" to") for phrase in dates.moved_to if phrase.endswith(" to")
    }


def _moved_from_day(lower: str, start: int) -> bool:
    """Whether the date at `start` is one a thing is moved from: after "from" (its own or just before it) after one
    of `_move_verbs`, an adverb of `move_adverbs` allowed between ("will be moved from June 25 to Monday")."""
    words = _WORD.findall(lower, max(0, start - 48), start) + (["from"] if lower.startswith("from ", start) else [])
    if words[-1:] != ["from"]:
        return False
    before = " ".join(words[:-1])
    for adverb in sorted(lexicon().dates.move_adverbs, key=len, reverse=True):
        before = before.removesuffix(f" {adverb}")
    return any(before == verb or before.endswith(f" {verb}") for verb in _move_verbs())


def _after_deadline(lower: str, start: int) -> bool:
    """Whether the date at `start` opens with, or follows, a word of `deadline_prepositions` ("by early June", "by
    May 31", "until Friday"): a time by which a condition is to be met."""
    before = _WORD.findall(lower, max(0, start - 12), start)
    at = _WORD.match(lower, start)
    deadline = lexicon().dates.deadline_prepositions
    return (bool(before) and before[-1] in deadline) or (at is not None and at.group() in deadline)


def _bounds_span(lower: str, start: int) -> bool:
    """Whether the date at `start` ends a span: "until November 26", "till Tuesday"."""
    words = _WORD.findall(lower, max(0, start - 12), start)
    return bool(words) and words[-1] in lexicon().dates.span_ends


# --- readings of each kind of mention ---


_NAMED_DAY = re.compile(r"(?:^|\s)(?i:the|a|an)\s+$")


@cache
def _after_no_scaled_figure() -> str:
    """Lookbehinds that a figure with its scale does not end right before (`scales` as words, "2 million ", and the
    letters written against the digits, "5m ", "3bn "): what follows such a figure is no date's preposition."""
    lex = lexicon()
    letters = {*lex.money_scales, *lex.count_scales, *lex.attached_scales}
    words = {word for word in lex.scales if word.isalpha()}
    behind = [rf"(?<!\d{re.escape(letter)}\s)" for letter in sorted(letters)]
    behind += [rf"(?<!\d\s{re.escape(word)}\s)" for word in sorted(words)]
    return "".join(behind)


def _reads_as_date(found: _Found, text: str) -> bool:
    """Whether a weekday or month name is meant as one: "The Sunday Times" is a name (a weekday after an article
    and before a capitalised word); for month names see `_month_word_ok`."""
    if found.kind == "weekday" and _named_weekday(found, text):
        return False
    if found.kind == "holiday" and _other_calendar_feast(found, text):
        return False
    if found.kind == "weekday" and not found.fields.get("rel"):
        if _any_such_day(found, text) or _counted_from_another_day(found, text):
            return False
        named = _NAMED_DAY.search(text, max(0, found.start - 5), found.start)
        return not (named and re.match(r"\s+[A-Z]", text[found.end : found.end + 2]))
    if found.kind == "month" and not found.fields.get("prep"):
        if _whole_year_pair(found, text):
            return False  # "the 2022-23 crop year (July-June)": the months of any such year
        if _PAIR_END.match(text, found.end) and _habitual_pair().search(text, *_clause(text, found.start, found.end)):
            return False  # "in the September-November period every year": the months of any year
    if found.kind == "month" and (found.fields.get("prep") or "").lower() == "to":
        # "in the three months to June", not "extended by three months to June", where "to" moves a thing; but the
        # month a thing is moved to is one ("postponed to April"), unless a name's or a noun's ("moved to June's
        # flat", "moved to March Air Reserve Base", "extended to June customers")
        moved = (
            _moved_to(text.lower(), _month_at(found))
            and not possessive_at(text, found.end)
            and not _CAPITAL_AFTER.match(text, found.end)  # not a name: "moved to March Air Reserve Base"
            and not _noun_after_day(text, found.end)  # nor a noun's word: "extended to June customers"
        )
        lead = _span_to_lead().search(text, 0, found.start) is not None or moved
        return lead and _month_word_ok(found, text)
    return _month_word_ok(found, text)


@cache
def _habitual_pair() -> re.Pattern[str]:
    """A word of `month_pair_habitual_words`, which makes a pair of months those of any year."""
    words = "|".join(w.replace(" ", r"\s+") for w in lexicon().dates.month_pair_habitual_words)
    return re.compile(rf"(?i)\b(?:{words})\b")


@cache
def _habitual() -> re.Pattern[str]:
    """A word of `habitual_words` or `month_pair_habitual_words`, which makes the days of a range or a weekend those
    of any year or week."""
    found = lexicon().dates.month_pair_habitual_words + lexicon().dates.habitual_words
    words = "|".join(w.replace(" ", r"\s+") for w in sorted(found, key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:{words})\b")


def _habitual_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause of text[start:end] has a word of `_habitual` ("from March 1 to October 31 each year")."""
    return _habitual().search(text, *_clause(text, start, end)) is not None


@cache
def _span_to_lead() -> re.Pattern[str]:
    """A count of months or weeks after a word of `span_to_determiners` and at most one other word, right before
    "to" ("the three months", "the past 12 weeks")."""
    words = lexicon().dates
    dets = "|".join(re.escape(w) for w in words.span_to_determiners)
    nouns = "|".join(re.escape(w) for w in words.span_to_month_nouns)
    return re.compile(rf"(?i)\b(?:{dets})\s+(?:[\w-]+\s+){{1,2}}(?:{nouns})\s+$")


def _whole_year_pair(found: _Found, text: str) -> bool:
    """Whether a month opens a pair joined by a dash that runs a whole year ("July-June", "April-March")."""
    pair = _PAIR_END.match(text, found.end)
    return pair is not None and (_month_number(pair["month"]) - _month_number(found.fields["month"])) % 12 == 11


_PAIR_END = re.compile(rf"[-–]{_MONTH}")


def _year_span_end(found: _Found, text: str) -> list[_Found]:
    """The second year of a span of years that "from" or a bracket opens ("From 1950-54", "(2017-2021)"): a
    claim of its own, the first year after the first that ends in those digits; not the year right after the
    first ("(2023-24)", "from 2019-20"), one season or financial year."""
    opened = (found.fields.get("prep") or "").lower() == "from" or text[max(0, found.start - 1) : found.start] == "("
    m = _year_span_end_pattern().match(text, found.end) if opened and found.fields.get("year") else None
    if m is None:
        return []
    first, digits = int(found.fields["year"] or 0), m["yend"]
    last = int(digits) if len(digits) == 4 else first // 100 * 100 + int(digits)
    if not first + 1 < last < first + 100:
        # "(2023-24)": the year after the first, a season or a financial year, which its first year names; "from
        # 1950-49": an end before its first
        return []
    return [_Found("year", m.start("yend"), m.end(), found.fields | {"year": str(last), "prep": None})]


@cache
def _year_span_end_pattern() -> re.Pattern[str]:
    # not two times of day ("from 1830-1900 GMT", "1830-1900 on Friday") nor two sums ("from 1900-1950 yen")
    currencies = "|".join(re.escape(key) for key, row in lexicon().units.items() if row.currency)
    days = "|".join([*WEEKDAYS, "today", "tonight", "tomorrow"])
    return re.compile(
        rf"\s*[-–]\s*(?P<yend>\d\d(?:\d\d)?)\b(?![-–/.,:]?\d){_not_counted()}{_not_clock()}"
        rf"(?!\s+(?:(?i:on|this|next)\s+)?(?i:{days})\b)(?!\s*(?:{currencies})(?!\w))"
    )


@cache
def _not_clock() -> str:
    """What may not follow a year: what makes it a time of day ("(1815 GMT Thursday)", "at 2030 local time",
    "2100 hours")."""
    return rf"(?!\s*(?i:{'|'.join(sorted(ZONES, key=len, reverse=True))})\b|\s+(?i:local\s+time|hours|hrs)\b)"


_NEXT_WORD = re.compile(r"\s*([A-Za-z]*)")
_ANY_WEEKDAY = "(?i:" + "|".join(WEEKDAYS) + ")"
# "the Monday or Tuesday after": the weekday's partner before or after it, then the word that relates it to a day
_RELATED_AFTER = re.compile(rf"(?:\s+(?:or|and)\s+{_ANY_WEEKDAY})?\s+(?i:before|after)\b")
_NO_OBJECT = re.compile(r"\s*(?:[.;:!?)]|$)")  # not a comma: "after, he said, months of abuse"


@cache
def _feasts_after() -> re.Pattern[str]:
    """A feast's name, of any list (`holidays` ... `unplaced_feasts`), at the start of the text after "before" or
    "after"."""
    names = sorted([*_feast_names(), *lexicon().dates.unplaced_feasts], key=len, reverse=True)
    words = "|".join(r"\s+".join(re.escape(w).replace("'", "['’]") for w in n.split()) for n in names)
    return re.compile(rf"\s+(?:(?i:the)\s+)?(?i:{words})\b")


def _counted_from_another_day(found: _Found, text: str) -> bool:
    """Whether a weekday is counted from another day (see `unplaced_feasts`): before or after a feast ("the
    Wednesday before Thanksgiving", "the Sunday after the holiday"), or after a day named earlier ("the Monday or
    Tuesday after."); not "the Sunday before the vote" nor "on Monday after the vote". Without "the" before it, only
    a named feast counts it ("on Wednesday before Thanksgiving"): "resumes on Tuesday after the holiday" is the next
    such day, counted from the page."""
    related = _RELATED_AFTER.match(text, found.end)
    if related is None:
        return False
    at = related.end()
    the = _THE_BEFORE.search(text, max(0, found.start - 24), found.start) is not None
    if _NO_OBJECT.match(text, at):
        return the
    feast = _feasts_after().match(text, at)
    if feast is None:
        return False
    return the or feast.group(0).split()[-1].lower() not in _GENERIC_HOLIDAYS


_GENERIC_HOLIDAYS = frozenset({"holiday", "holidays"})


# "the" before a weekday, or before its partner ("the Sunday or Monday after")
_THE_BEFORE = re.compile(rf"\bthe\s+(?:{_ANY_WEEKDAY}\s+(?:or|and)\s+)?$", re.I)


def _any_such_day(found: _Found, text: str) -> bool:
    """Whether a weekday means any such day, not a date: after "every", "any" ("every Monday"), or after "a" with
    no noun of its own after it ("the highest for a Sunday since the 1940s"; not "at a Tuesday news conference"), nor
    after a part of the day that follows it ("on a Sunday morning in May"; not "a Tuesday afternoon press conference")."""
    words = lexicon().dates
    if _generic_weekday_list().search(text, max(0, found.start - 60), found.start):
        return True  # "on every Tuesday, Thursday and Saturday": each day of the list
    before = text[max(0, found.start - 8) : found.start].split()
    if _runs_on(found, text, before):
        return True
    if not before or before[-1].lower() not in (*words.generic_weekday_words, "a", "an"):
        return False
    if before[-1].lower() in words.generic_weekday_words:
        return True
    after = _NEXT_WORD.match(text, found.end)
    following = after.group(1) if after else ""
    if following.lower() in lexicon().day_times and after is not None:  # "a Tuesday afternoon press conference"
        beyond = _NEXT_WORD.match(text, after.end())
        noun = beyond.group(1) if beyond else ""
        return not noun or noun[:1].isupper() or noun.lower() in words.generic_weekday_followers
    return not following or following in words.generic_weekday_followers


@cache
def _generic_weekday_list() -> re.Pattern[str]:
    """The start of a list of weekdays after a word of `generic_weekday_words`, up to the next weekday of the list
    ("every Tuesday, Thursday and "): the list's later days mean any such day as its first one does."""
    generic = "|".join(lexicon().dates.generic_weekday_words)
    return re.compile(rf"\b(?i:{generic})\s+(?:{_WEEKDAY}\s*(?:,\s*(?:(?i:and|or)\s+)?|\s+(?i:and|or)\s+))+$")


def _runs_on(found: _Found, text: str, before: list[str]) -> bool:
    """Whether a weekday names the days a thing that runs to a timetable runs on (`weekday_schedule_nouns`): "the
    number of Saturday trains", "Sunday services"; not after a word that dates it ("on Sunday trains ran late")."""
    words = lexicon().dates
    after = _NEXT_WORD.match(text, found.end)
    if (
        after is None
        or after.group(1).lower() not in words.weekday_schedule_nouns
        or text[found.end : found.end + 1] != " "
    ):
        return False
    return not before or before[-1].lower() not in words.weekday_dating_words


def _word_before(found: _Found, text: str, field: str) -> str:
    """The word just before the text of one of a date's fields, as written ("" if none)."""
    at = text.lower().find((found.fields.get(field) or "").lower(), found.start)
    before = text[max(0, at - 16) : at].split()
    return before[-1] if before else ""


def _named_weekday(found: _Found, text: str) -> bool:
    """Whether a weekday is part of another day's name ("Black Friday", "Easter Monday", "Super Tuesday"): a word
    of `weekday_names` in capitals just before it, not the same word in lower case ("a remembrance Sunday")."""
    word = _word_before(found, text, "weekday")
    return word[:1].isupper() and word.lower() in lexicon().dates.weekday_names


def _other_calendar_feast(found: _Found, text: str) -> bool:
    """Whether a feast's name is part of the name of another calendar's feast ("Lunar New Year's Day", "the
    Chinese New Year's Eve"): a word of `feast_qualifiers` just before it."""
    return _word_before(found, text, "holiday").lower() in lexicon().dates.feast_qualifiers


def _month_word_ok(found: _Found, text: str) -> bool:
    """A month name not written as a name ("march", "MAY", "sept") is a month only where nothing else can be meant:
    a full name in a month phrase ("in march"); with a day, unless it is a word too ("all 5 may leave", "a march 5 km
    long") without a year, an ordinal, "of" or a date preposition before it."""
    word = found.fields.get("month") or ""
    if not word or word[:1].isupper() and word[1:].islower() or word.isdigit():
        return True
    name, words = word.lower(), lexicon().dates
    if found.kind == "month":
        prep = (found.fields.get("prep") or "").lower()
        if name in words.month_words and prep not in words.month_word_preps:
            return False  # "This may take weeks", "next march"
        return name in MONTH_NAMES or name == "sept"
    if name not in words.month_words:
        return True
    if found.fields.get("year") or found.fields.get("ryear") or found.fields.get("ordinal") or found.fields.get("of"):
        return True
    before = text[max(0, found.start - 8) : found.start].split()
    return bool(before) and before[-1].lower() in words.date_prepositions


def _checked_weekday(day: dt.date, fields: dict[str, str | None], reading: _Reading) -> _Reading:
    """A date written with its weekday ("Tuesday, Oct. 3") that the weekday contradicts is less sure."""
    weekday = fields.get("weekday")
    if weekday and day.weekday() != WEEKDAYS.index(weekday.lower()):
        return reading._replace(confidence=_GUESS)
    return reading


def _written_day(year: int, month: int, day: int, fields: dict[str, str | None], resolved: bool = False) -> _Reading:
    found = _day(year, month, day)
    if found is None:
        return _NOT_A_CLAIM._replace(why=_why_not(year, month, day))
    return _checked_weekday(found, fields, _Reading(found.isoformat(), "day", resolved))


def _numeric(fields: dict[str, str | None], setting: _Setting) -> _Reading:
    first, second = int(fields["first"] or 0), int(fields["second"] or 0)
    if fields.get("short2"):  # "on 4.22.23": the century nearest the article's date; a part over 12 is the day
        if setting.published is None:
            return _NONE
        year = _short_year(fields["short2"] or "", setting.published)
        if fields["sep"] == "." and first <= 12 < second:
            return _written_day(year, first, second, fields)
    else:
        year = int(fields["year"] or 0)
    if fields["sep"] == ".":
        return _written_day(year, second, first, fields)
    day_first, month_first = _day(year, second, first), _day(year, first, second)
    day = day_first or month_first
    if day_first and month_first and day_first != month_first:  # "04/05/2023": the parts do not say
        order = setting.day_first()
        if order is None:
            return _Reading(f"{year:04d}", "year", confidence=_GUESS)
        day = day_first if order else month_first
    if day is None:
        return _NOT_A_CLAIM
    return _checked_weekday(day, fields, _Reading(day.isoformat(), "day"))


# A day this close to the article's date is that day, whatever weekday is written beside it.
WEEKDAY_SLIP_DAYS = 7
# A day of the future this few days before the article's date is this year's, not next year's: a plan copied from
# a text written the day before its page ("a letter is to be sent June 30" on a page of July 1), where a year
# ahead would be written with its year.
PLAN_LAG_DAYS = 1


def _nearest_year(
    month: int, day: int, published: dt.date, future: bool | None, weekday: str | None = None
) -> dt.date | None:
    """The day of that month nearest the article's date: the last one up to a week after it, or the first one from
    `PLAN_LAG_DAYS` before it on for the future, or the nearer of the two where the tense is not said (None); one
    whose weekday is written beside it ("Tuesday, Oct. 3") where a year around has one, unless the day nearest the
    article is within `WEEKDAY_SLIP_DAYS` of it: a wrong weekday beside a day of the article's own week is a slip,
    not another year ("Wednesday, October 26" on a page of Saturday 28 October 2023, when 26 October was a
    Thursday)."""
    plain = _nearest_year(month, day, published, future) if weekday else None
    if plain is not None and abs((plain - published).days) <= WEEKDAY_SLIP_DAYS:
        return plain
    if future is None:
        back, on = (
            _nearest_year(month, day, published, False, weekday),
            _nearest_year(month, day, published, True, weekday),
        )
        if back is None or on is None:
            return back or on
        return on if (on - published) < (published - back) else back
    limit = _add(published, "day", 7) or published
    around_new_year = published.month == 12 and month == 1  # next January may be within the week
    if not weekday and not around_new_year and (this := _day(published.year, month, day)):
        if future:  # this year's, or the one next to it; a plan's day just gone is this year's (`PLAN_LAG_DAYS`)
            near = this if (published - this).days <= PLAN_LAG_DAYS else _day(published.year + 1, month, day)
        else:
            near = this if this <= limit else _day(published.year - 1, month, day)
        if near:
            return near
    around = 1 if _day(2001, month, day) else 8  # February 29: the leap years around
    candidates = [
        d for year in range(published.year - around, published.year + around + 1) if (d := _day(year, month, day))
    ]
    if weekday:
        matching = [c for c in candidates if c.weekday() == WEEKDAYS.index(weekday.lower())]
        candidates = [c for c in matching if abs(c.year - published.year) <= 1] or candidates
    if not candidates:
        return None
    if future:
        ahead = [c for c in candidates if c >= published]
        return min(ahead) if ahead else max(candidates)
    behind = [c for c in candidates if c <= limit]
    return max(behind) if behind else min(candidates)


_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1, "coming": 1, "upcoming": 1}
_WEEK_SHIFT = _YEAR_SHIFT | {"previous": -1, "following": 1}


def _month_day(fields: dict[str, str | None], setting: _Setting, future: bool | None) -> _Reading:
    month, day = _month_number(fields["month"]), _day_number(fields)
    if _day(2000, month, day) is None:  # no year has it ("31 April")
        return _NOT_A_CLAIM
    if fields.get("year"):
        return _written_day(int(fields["year"] or 0), month, day, fields)
    published = setting.published
    if published is None:
        return _NONE
    if fields.get("ryear"):
        year = published.year + _YEAR_SHIFT[(fields["ryear"] or "").lower()]
        return _written_day(year, month, day, fields, resolved=True)
    found = _nearest_year(month, day, published, future, fields.get("weekday"))
    return _Reading(found.isoformat(), "day", resolved=True) if found else _NOT_A_CLAIM


# A day written with its year in the sentence: "on August 13, 2012", "on 13 August 2012".
_FULL_DATE = re.compile(
    rf"(?:{_MONTH}\s+(?P<day>\d{{1,2}}){ORDINAL_ENDING}?,?\s+{_YEAR}|(?P<day2>\d{{1,2}}){ORDINAL_ENDING}?\s+"
    rf"{_MONTH.replace('month', 'month2')}\s+{_YEAR.replace('year', 'year2')})\b"
)
# How near a day written without its year must stand to one the sentence writes with it to take that year, and
# how far from it the article's date must have put it.
SAME_YEAR_REACH = 31
OTHER_YEAR_FAR = 180


def _with_sentence_year(reading: _Reading, fields: dict[str, str | None], text: str) -> _Reading:
    """A day written without its year that the article's date put a year away from a day the same sentence
    writes with its year, within a month of it, takes that year: "Payable on August 16, the dividend goes to
    holders of record on August 13, 2012" in an article of July 2012."""
    if not reading.resolved or not reading.date or len(reading.date) != 10:
        return reading
    guessed = dt.date.fromisoformat(reading.date)
    month, day = _month_number(fields["month"]), _day_number(fields)
    for m in _FULL_DATE.finditer(text):
        year = int(m["year"] or m["year2"])
        written = _day(year, _month_number(m["month"] or m["month2"]), int(m["day"] or m["day2"]))
        same = _day(year, month, day)
        near = written and same and abs((same - written).days) <= SAME_YEAR_REACH
        if near and written and same and abs((guessed - written).days) > OTHER_YEAR_FAR:
            return reading._replace(date=same.isoformat())
    return reading


def _day_number(fields: dict[str, str | None]) -> int:
    """The day of the month, written in digits ("4") or as a word ("fourth", "twenty first")."""
    word = "-".join((fields.get("dayword") or "").lower().split())
    if word == "last":  # "the last day of June" (never of February)
        return monthrange(2001, _month_number(fields["month"]))[1]
    return lexicon().dates.ordinal_days.index(word) + 1 if word else int(fields.get("day") or 0)


# The end of a range that writes the year once, at its end: "from January to April 2015", "June-August 1992",
# "from 3 March to 5 April 2015".
_RANGE_END = re.compile(
    # "in March, April and May last year": the months of a list between
    rf"(?:\s*,\s*(?i:{MONTH_WORD})\b(?!\s*\d))*"
    rf"\s*,?\s*(?:[-–]|(?i:to|through|until|till|and)\b)\s*(?:(?i:the)\s+)?(?:\d{{1,2}}{ORDINAL_ENDING}?\s+(?:(?i:of)\s+)?)?"
    rf"{_MONTH}(?:\s*\d{{1,2}}{ORDINAL_ENDING}?\b)?(?:(?:\s*,?\s*|\s+(?i:of|in)\s+){_YEAR}\b|{_RYEAR})"
)


def _range_year(found: _Found, text: str, month: int, published: dt.date | None) -> int | None:
    """The year of a month or day that opens a range whose end writes the year, or says it ("from July to October
    last year", "in November and January last year"): the end's year, or the year before where the range crosses a
    new year ("from November to February 2017")."""
    m = _RANGE_END.match(text, found.end)
    if m is None:
        return None
    if m["year"]:
        end = int(m["year"])
    elif published is not None:
        end = published.year + _YEAR_SHIFT[m["ryear"].lower()]
    else:
        return None
    return end - (month > _month_number(m["month"]))


def _month(fields: dict[str, str | None], published: dt.date | None, future: bool, nearest: bool = False) -> _Reading:
    """ "in March" (the last March up to the article's month, the next one for the future), "last June" (the last
    one before the article's month), "next June", "this June", "in June last year"; with `nearest`, the nearer
    such month either side of the article's ("could move back into June", "moved to June")."""
    if published is None:
        return _NONE
    month = _month_number(fields["month"])
    prep = (fields.get("prep") or "").lower()
    if nearest and not fields.get("ryear"):
        year = min(
            (published.year + s for s in (-1, 0, 1)),
            key=lambda y: abs((y - published.year) * 12 + month - published.month),
        )
    elif fields.get("ryear"):
        year = published.year + _YEAR_SHIFT[(fields["ryear"] or "").lower()]
    elif prep == "this":
        year = published.year
    elif prep == "last":
        year = published.year - (month >= published.month)
    elif prep == "next" or future:
        year = published.year + (month < published.month or (prep == "next" and month == published.month))
    else:
        year = published.year - (month > published.month)
    if not 1 <= year <= 9999:
        return _NOT_A_CLAIM
    return _Reading(f"{year:04d}-{month:02d}", "month", resolved=True)


def _weekday(fields: dict[str, str | None], published: dt.date | None, future: bool, nearest: bool = False) -> _Reading:
    """The day a weekday names (see the module's notes); with `nearest`, the nearer such day either side of the
    article's date ("switch to winter hours from Thursday": a span opened in a clause with no tense)."""
    if published is None:
        return _NONE
    target = WEEKDAYS.index((fields["weekday"] or "").lower())
    if fields.get("pday"):  # "Monday (5)"
        found = _nearest_year(published.month, int(fields["pday"] or 0), published, future)
        if found and found.weekday() == target:
            return _Reading(found.isoformat(), "day", resolved=True)
    rel = (fields.get("rel") or "").lower()
    back = (published.weekday() - target) % 7
    week = (fields.get("week") or fields.get("week2") or "").lower()
    if week:  # "on Tuesday last week": that weekday of the week before the article's
        shift = _WEEK_SHIFT[week] * 7
        day = _add(published, "day", shift - published.weekday() + target)
    elif rel in ("last", "past", "previous"):
        day = _add(published, "day", -(back or 7))
    elif nearest and rel in ("", "this"):  # "was set to expire this Wednesday": the nearer Wednesday
        day = _add(published, "day", min(-back, (target - published.weekday()) % 7, key=abs))
    elif fields.get("wafter"):  # "Friday after next": a week after the next Friday
        day = _add(published, "day", ((target - published.weekday()) % 7 or 7) + 7)
    elif rel in ("next", "coming", "following") or (future and rel not in ("last", "past", "previous")):
        ahead = (target - published.weekday()) % 7
        day = _add(published, "day", ahead or (7 if rel else 0))  # "next Monday" said on a Monday: a week on
    else:
        day = _add(published, "day", -back)
    return _Reading(day.isoformat(), "day", resolved=True) if day else _NOT_A_CLAIM


def _shifted_month(published: dt.date | None, which: str) -> dt.date | None:
    """The first day of the month "this", "next" or "last" names from the article's date."""
    return _add(published.replace(day=1), "month", _YEAR_SHIFT[which.lower()]) if published else None


def _weekday_of_month(fields: dict[str, str | None], published: dt.date | None, future: bool) -> _Reading:
    """ "the first Friday of July" (of the July `_month` gives), "the last Sunday in May 2019"; with no month
    ("the second Sunday") no claim: which month's is not said."""
    if fields.get("mshift"):  # "the first Friday of next month": the month counted from the article's
        start = _shifted_month(published, fields["mshift"] or "")
        if start is None:
            return _NONE
        year, month = start.year, start.month
    elif not fields.get("month"):
        return _NOT_A_CLAIM
    elif fields.get("year"):
        year, month = int(fields["year"] or 0), _month_number(fields["month"])
    else:
        period = _month(fields | {"prep": None}, published, future).date
        if period is None:
            return _NONE
        year, month = int(period[:4]), int(period[5:7])
    target = WEEKDAYS.index((fields["weekday"] or "").lower())
    nth = (fields["nth"] or "").lower()
    if nth == "last":
        last = dt.date(year, month, monthrange(year, month)[1])
        day = _add(last, "day", -((last.weekday() - target) % 7))
    else:
        first = dt.date(year, month, 1)
        day = _add(first, "day", (target - first.weekday()) % 7 + 7 * lexicon().dates.ordinal_days.index(nth))
    if day is None or day.month != month:
        return _NOT_A_CLAIM._replace(why=f"no {nth} {fields['weekday']} in that month")
    return _Reading(day.isoformat(), "day", resolved=not fields.get("year"))


_DAY_WORDS = {
    "yesterday": -1,
    "last night": -1,
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tomorrow": 1,
}


def _relative(fields: dict[str, str | None], published: dt.date | None) -> _Reading:
    if published is None:
        return _NONE
    rel = " ".join((fields["rel"] or "").lower().split())
    if rel in _DAY_WORDS:
        day = _add(published, "day", _DAY_WORDS[rel])
        return _Reading(day.isoformat(), "day", resolved=True) if day else _NOT_A_CLAIM
    if rel == "new year":  # "in the new year": the next, or in January the one just begun
        return _Reading(str(published.year + (published.month > 1)), "year", resolved=True)
    if fields.get("after_next"):  # "the week after next": two on from the article's
        unit = (fields["after_next"] or "").lower()
        moved = _add(published, unit, 2)
        return _Reading(_at(moved, unit), unit, resolved=True) if moved else _NOT_A_CLAIM
    if rel.startswith("end of ") or fields.get("rest"):  # "by the end of the month", "the rest of the year": its own
        rel = f"this {rel.split()[-1]}"
    elif rel.endswith("end"):  # "by year's end", "at month-end": the same
        rel = f"this {next(unit for unit in ('week', 'month', 'year') if rel.startswith(unit))}"
    which, unit = rel.split()
    moved = _add(published, unit, _YEAR_SHIFT[which])
    return _Reading(_at(moved, unit), unit, resolved=True) if moved else _NOT_A_CLAIM


def _weekend(fields: dict[str, str | None], published: dt.date | None, ahead: bool) -> _Reading:
    """The ISO week whose Saturday opens the weekend the words name (`weekend_words`)."""
    if published is None:
        return _NONE
    words = lexicon().dates.weekend_words
    shift = words[" ".join((fields["wrel"] or "").lower().split())]
    if fields.get("wfeast"):  # "over the Easter weekend": the weekend the feast falls in or next to
        name = " ".join((fields["wfeast"] or "").lower().replace("’", "'").split())
        around = [d for year in range(published.year - 1, published.year + 2) if (d := feast_day(name, year))]
        feast: dt.date | None
        if shift == 0:
            feast = next((d for d in around if d.year == published.year), None)
        elif ahead and shift is None:
            feast = min((d for d in around if d >= published), default=None)
        else:
            feast = max((d for d in around if d <= published + dt.timedelta(days=7)), default=None)
        if feast is None:
            return _NOT_A_CLAIM
        nearest_saturday = feast + dt.timedelta(days=(5 - feast.weekday() + 3) % 7 - 3)
        return _Reading(_at(nearest_saturday, "week"), "week", resolved=True)
    weekday = published.weekday()
    if shift is None:
        shift = (0 if weekday <= 5 else 1) if ahead else (0 if weekday >= 5 else -1)
    saturday = _add(published, "day", 5 - weekday + 7 * shift)
    return _Reading(_at(saturday, "week"), "week", resolved=True) if saturday else _NOT_A_CLAIM


_TITLE_WORD_BEFORE = re.compile(r"\b[A-Z][\w'’]*[ \t]+$")


def _season(fields: dict[str, str | None], published: dt.date | None, before: str) -> _Reading:
    """The year of the season "this", "last" or "next" names (`season_shifts`): the article's year's, or the last
    one over by the article's month, or the next one still to open from it; none inside a run of capitalised words
    (`before` is the text before it), a title's ("I Know What You Did Last Summer")."""
    if published is None:
        return _NONE
    if (fields["season"] or "")[:1].isupper() and _TITLE_WORD_BEFORE.search(before):
        return _NOT_A_CLAIM
    words = lexicon().dates
    first = words.season_starts[(fields["season"] or "").lower()]
    shift = words.season_shifts[" ".join((fields["srel"] or "").lower().split())]
    year = published.year
    if shift < 0:
        year -= published.month <= first + 2  # not over yet this year: last year's
    elif shift > 0:
        year += published.month >= first  # open already this year: next year's
    return _Reading(str(year), "year", resolved=True)


def _nth(fields: dict[str, str | None], published: dt.date | None, ahead: bool = False) -> _Reading:
    """ "the 10th": the last such day up to the article's date, or, said of the future ("will reopen on the 14th"),
    the first from it on; "Wednesday the 27th": the one nearest the article's date that is a Wednesday, from a
    year before to two months after it (none: no claim)."""
    if published is None:
        return _NONE
    day, weekday = _day_number(fields), fields.get("weekday")
    if fields.get("nmonth"):  # "the 20th of next month"
        first = _shifted_month(published, fields["nmonth"] or "")
        found = _day(first.year, first.month, day) if first else None
        return _Reading(found.isoformat(), "day", resolved=True) if found else _NOT_A_CLAIM
    # a weekday before a bare day number ("Monday 4") names a day of the month around the article's; further off,
    # the number is no day of that weekday but a count after it
    months = range(-1, 2) if fields.get("bare") is not None else range(-2, 12) if weekday else range(0, 3)
    candidates = [
        found
        for back in months
        if (first := _add(published.replace(day=1), "month", -back)) and (found := _day(first.year, first.month, day))
    ]
    if weekday:
        matching = [c for c in candidates if c.weekday() == WEEKDAYS.index(weekday.lower())]
        nearest = min(matching, key=lambda c: abs((c - published).days), default=None)
        return _Reading(nearest.isoformat(), "day", resolved=True) if nearest else _NOT_A_CLAIM
    if ahead:
        later = [
            c
            for fwd in range(3)
            if (first := _add(published.replace(day=1), "month", fwd)) and (c := _day(first.year, first.month, day))
        ]
        coming = next((c for c in later if c >= published), None)
        return _Reading(coming.isoformat(), "day", resolved=True) if coming else _NOT_A_CLAIM
    past = next((c for c in candidates if c <= published), None)
    return _Reading(past.isoformat(), "day", resolved=True) if past else _NOT_A_CLAIM


def _reading(found: _Found, setting: _Setting) -> _Reading:
    """The reading of a mention that needs no other date of its sentence."""
    fields, published, kind = found.fields, setting.published, found.kind
    if fields.get("short"):  # "April of 87"
        if published is None:
            return _NONE
        fields = fields | {"year": str(_short_year(fields["short"] or "", published))}
    if kind == "month" and fields.get("year"):
        return _Reading(f"{int(fields['year'] or 0):04d}-{_month_number(fields['month']):02d}", "month")
    if kind == "iso":
        return _written_day(int(fields["year"] or 0), int(fields["month"] or 0), int(fields["day"] or 0), fields)
    if kind == "numeric":
        return _numeric(fields, setting)
    if kind == "month_year":
        return _Reading(f"{fields['year']}-{_month_number(fields['month']):02d}", "month")
    if kind == "year":
        return _Reading(fields["year"], "year")
    ends = fields.get("eprep") or fields.get("rest")
    if kind == "relative" and ends and _tense(setting, found.start, found.end) is False:
        return _NOT_A_CLAIM  # "had fallen by the end of the year": which year the clause leaves to its context
    if kind == "relative" and fields.get("rest") and _period_rest_unless().search(setting.text):
        return _NOT_A_CLAIM  # "said he would stay for the rest of the year": the year he said it in
    new_year = kind == "relative" and (fields.get("rel") or "").lower().split() == ["new", "year"]
    if new_year and published is not None and _tense(setting, found.start, found.end) is False:
        return _Reading(str(published.year), "year", resolved=True)  # "cut 500 jobs in the new year": the one begun
    if kind == "relative":
        return _relative(fields, published)
    if kind == "season":
        return _season(fields, published, setting.text[max(0, found.start - 40) : found.start])
    if kind == "weekend":
        if " ".join((fields.get("wrel") or "").lower().split()) in lexicon().dates.weekend_habitual_words and (
            _habitual_clause(setting.text, found.start, found.end)
        ):
            return _NOT_A_CLAIM  # "shops usually stay open through the weekend": any weekend
        return _weekend(fields, published, published is not None and _future(setting, found.start, found.end))
    if kind == "nth":
        return _nth(fields, published, published is not None and _future(setting, found.start, found.end))
    if kind == "weekday_of_month":
        return _weekday_of_month(fields, published, _future(setting, found.start, found.end))
    if kind == "month" and fields.get("months_on"):
        return _month_after_first(found, setting)
    if kind in ("month_day", "day_month", "month") and not fields.get("year") and not fields.get("ryear"):
        year = _range_year(found, setting.text, _month_number(fields["month"]), published)
        if year is not None:
            fields = fields | {"year": str(year)}
            if kind == "month":
                return _Reading(f"{year:04d}-{_month_number(fields['month']):02d}", "month")
            return _month_day(fields, setting, False)
    future = published is not None and _future(setting, found.start, found.end)
    if kind == "holiday":
        if (fields.get("on") or "").lower() in lexicon().dates.range_openers and (
            _habitual_clause(setting.text, found.start, found.end)
            or not fields.get("hyear")
            and _tense(setting, found.start, found.end) is None
        ):
            return _NOT_A_CLAIM  # "between Christmas and New Year many offices close": any year's feasts
        return _holiday(fields, published, future)._replace(future=future)
    if kind in ("month_day", "day_month"):
        tense = _tense(setting, found.start, found.end, present=True) if published is not None else False
        told: bool | None = future or tense
        if future and _before_a_past_clause(setting, found.start, found.end):
            future, told = False, None  # either side of the article's date: the nearest
        if told and looks_back_from(setting.lower, found.start, found.end) is not None:
            future, told = False, False  # "will reopen the bridge closed since March 3": a span up to now, behind
        reading = _with_sentence_year(_month_day(fields, setting, told), fields, setting.text)
    elif kind == "month":
        future = future or (published is not None and _decided_before(setting, found.start, fields.get("prep")))
        future = future and looks_back_from(setting.lower, found.start, found.end) is None  # not "closed since March"
        moved = (
            _moved_to(setting.lower, found.start)
            or _moved_to(setting.lower, _month_at(found))
            or (_moved_from(setting.lower, found.start) and not _SAID_YEAR.search(setting.text))
        )
        nearest = (fields.get("prep") or "").lower() == "into" or moved
        ahead = _may_lie_ahead(setting, found.start) if published is not None else None
        if (
            ahead is not None
            and not future
            and not nearest
            and looks_back_from(setting.lower, found.start, found.end) is None
            and not _markers(setting.text, *_clause(setting.text, found.start, found.end), present=True)
        ):
            # a time something may come to, in a clause with no tense marker of its own (a speaker's verb in
            # another clause tells when it was said): after a modal of what may be, the month ahead ("the swarms
            # could grow 500 times by June, the UN said")
            future = ahead
        reading = _month(fields, published, future, nearest and not future)
        told_year = fields.get("ryear")
        if (
            not (future or told_year)
            and (fields.get("prep") or "").lower() == "to"
            and _moved_to(setting.lower, _month_at(found))
        ):
            # "has been pushed back to September", "was postponed to March": told after the move, or long after
            # it, the month may lie either side of the page's; only a move still to come says which
            reading = _NOT_A_CLAIM
    else:
        either_side = _plan_told_in_past(setting, found.start, found.end)
        untensed = not future and _opens_span_untensed(found, setting)
        reading = _weekday(fields, published, future and not either_side, either_side or untensed)
        reading = _on_the_page_day(reading, fields, setting)
    return reading._replace(future=future)


def _may_lie_ahead(setting: _Setting, start: int) -> bool | None:
    """Whether a month without a year is given as a time something may come to: True after a modal of what may be
    in its clause (`possibility_modals`, written in lower case and not denied, put in the past or narrowed by a word
    of `modal_blockers` right after it: "cases may peak in March", not the month "May", "could not", "could have",
    "could barely walk"), None otherwise. A deadline's preposition alone ("By March, 200 had died") says nothing
    of which side of the article's date its month lies, nor does a modal after a fronted date ("Until March,
    visitors could enter the park for free")."""
    words = lexicon().dates
    left, _ = _clause(setting.text, start, start)
    modals = "|".join(re.escape(m) for m in words.possibility_modals)
    blockers = "|".join(re.escape(b).replace(r"\ ", r"\s+") for b in words.modal_blockers)
    if re.search(rf"\b(?:{modals})\s+(?!(?:{blockers})\b)[a-z]", setting.text[left:start]):
        return True
    return None


# A year said in a sentence, written or told from the page's ("in 2019", "last year"); not in a longer number
_SAID_YEAR = re.compile(r"(?<![\d,.])[12]\d{3}(?![\d,.]?\d)|\b(?i:last|this|next)\s+(?i:year)\b")


def _month_after_first(found: _Found, setting: _Setting) -> _Reading:
    """A month joined to the month phrase before it ("in both June and July", "in November-February", "in March,
    April and May"): the month so many months after that phrase's own reading, the first such month from it on.
    Where a year said elsewhere in the sentence leaves that reading a guess ("Exports in 2019 rose in April-May"),
    or a span told in the past would end after the page ("rose in June and April"), a month joined by "and" is
    read as the first is, and one joined by a dash is no claim."""
    plain = {k: v for k, v in found.fields.items() if k not in ("first", "months_on", "dash")}
    fallback = _NOT_A_CLAIM if found.fields.get("dash") else _reading(found._replace(fields=plain), setting)
    said = _RANGE_END.match(setting.text, found.end)  # the year said after the last month of the list
    if said is not None and not said["year"] and not said["ryear"]:
        said = None
    text, end = setting.text, said.end() if said else found.end
    if _SAID_YEAR.search(text, 0, found.start) or _SAID_YEAR.search(text, end):
        return fallback
    first = _reading(found._replace(fields=plain | {"month": found.fields["first"]}), setting)
    if not first.claim or first.date is None or first.granularity != "month":
        return fallback
    month = _add(dt.date.fromisoformat(f"{first.date}-01"), "month", int(found.fields["months_on"] or 0))
    if month is None:
        return fallback
    published = setting.published
    if said is None and published is not None and month > published and not first.future:
        return fallback  # a span told in the past does not end after the page: its first month is a guess
    return first._replace(date=month.isoformat()[:7])


def _before_a_past_clause(setting: _Setting, start: int, end: int) -> bool:
    """Whether the date at text[start:end] dates what a relational future marker right before it names, in a
    clause a clause of the past follows ("Ahead of the May 29 elections, 27.7 million people registered"): the
    event comes after what is told, not necessarily after the article."""
    before = " ".join(_WORD.findall(setting.lower, max(0, start - 24), start))
    marked = any(
        re.search(rf"\b{re.escape(marker)}(?: the| its| their| this)?$", before)
        for marker in lexicon().dates.relational_future_markers
    )
    if not marked:
        return False
    right = _clause(setting.text, start, end)[1]
    after = _markers(setting.text, right, len(setting.text))
    return bool(after) and after[0] is False


def _on_the_page_day(reading: _Reading, fields: dict[str, str | None], setting: _Setting) -> _Reading:
    """A bare weekday that names the page's own day, in a text that reports from the day before it ("said in a
    briefing on Thursday" on a Thursday page whose lead tells Wednesday's news): the page's day, never the same
    weekday a week before it."""
    page, today = setting.page, setting.published
    if page is None or today is None or (page - today).days != 1 or reading.date is None:
        return reading
    if fields.get("rel") or fields.get("week") or fields.get("week2") or fields.get("pday"):
        return reading
    week_before = (page - dt.timedelta(days=7)).isoformat()
    return reading._replace(date=page.isoformat()) if reading.date == week_before else reading


# --- dates counted from another date: "three months ago", "two days later", "a day after the June 5 vote" ---


def _shift(
    found: _Found, readings: list[tuple[_Found, _Reading]], setting: _Setting
) -> tuple[_Reading, _Found | None] | None:
    """The date a counted phrase gives, and the date of the event it counts from where it names one ("a day after
    the June 5 vote"); None where it names an event the sentence gives no date for ("a day after the quake")."""
    steps = _steps(found.fields)
    if steps[-1][0] == "year" and found.fields.get("bound") in ("approx", "below"):
        steps[-1] = ("month", 12 * steps[-1][1])  # "about a year ago": give or take a quarter of it, three months
    amount = steps[-1][1]
    spread = _spread(found.fields.get("bound"), amount)
    if spread is None:
        return _NOT_A_CLAIM._replace(why="its count is a bound, which dates nothing"), None
    event: tuple[_Found, _Reading] | None = None
    word = " ".join((found.fields.get("direction") or "").lower().split())
    if word in ("before", "after", "prior", "from") and setting.text[found.end :].lstrip()[:1].isalnum():
        event = _event_anchor(found, readings, setting.text)
        if event is None or word == "from" and not _counted_from_day(found, event, setting.text):
            return None
        anchor: _Reading | None = event[1]
    elif word in lexicon().dates.from_article:  # "three weeks ago", "two months from now"
        own = _own_period_after(found, readings, setting) if spread == (0, 0) else None
        if own is not None:  # "46 years ago today": that day of that year
            day = _moved_day(dt.date.fromisoformat(own[1].date or ""), steps)
            granularity = own[1].granularity
            return (_Reading(_at(day, granularity), granularity, resolved=True) if day else _NOT_A_CLAIM), own[0]
        anchor = _article_anchor(setting.published, 0.9)
    else:  # "earlier", "later", "the previous day": from the date before it, else back from the article's date
        anchor = _earlier_anchor(found, readings) or _paragraph_anchor(setting.before)
        if anchor is None and amount > 0:
            return _NOT_A_CLAIM, None  # "two days later", with nothing before it to count from
    anchor = anchor or _article_anchor(setting.published, 0.7)
    period = period_of(anchor.date, anchor.granularity) if anchor.date else None
    moved = _moved(period, steps, spread) if period else None
    event_found = event[0] if event else None
    if moved is None:
        return (_NONE if anchor.date is None else _NOT_A_CLAIM), event_found
    return _Reading(moved[0], moved[1], resolved=True, confidence=anchor.confidence), event_found


def _own_period_after(
    found: _Found, readings: list[tuple[_Found, _Reading]], setting: _Setting
) -> tuple[_Found, _Reading] | None:
    """The article's own day, week or month written right after a count back from it ("46 years ago today", "fifty
    years ago this week"), read as the article's day at its granularity: the count moves that day, and the date
    keeps the granularity of the words after it, not the count's unit; not a year, which the count's unit says
    already, nor a date after a break ("ten years ago, today ...")."""
    after = next(((f, r) for f, r in readings if f.start >= found.end), None)
    if after is None or setting.published is None or setting.text[found.end : after[0].start].strip():
        return None
    reading = after[1]
    if not reading.claim or not reading.date or reading.granularity not in ("day", "week", "month"):
        return None
    period = period_of(reading.date, reading.granularity)
    if period is None or not period[0] <= setting.published <= period[1]:
        return None
    return after[0], reading._replace(date=setting.published.isoformat())


_SPAN_END = re.compile(r"\s*(?:[-–]|(?i:to|until|till|through|and)\b)")


def _counted_from_day(found: _Found, event: tuple[_Found, _Reading], text: str) -> bool:
    """Whether "N days from <date>" counts forward from a day ("three weeks from tomorrow", "two days from
    Tuesday"), not a span that starts there ("the ten days from March 1 to March 10", "for a week from Monday")."""
    after, reading = event
    return (
        reading.granularity == "day"
        and not text[found.end : after.start].strip()
        and not _SPAN_END.match(text, after.end)
        and not _lasting(text, found.start)
        and not re.search(r"\b(?i:the|a|an|those|these)\s+$", text[max(0, found.start - 8) : found.start])
    )


def _steps(fields: dict[str, str | None]) -> list[Step]:
    """The units a phrase counts in and how many of each, back (negative) or forward, coarsest first: "two weeks
    earlier" is [("day", -14)], "two years and three months ago" [("year", -2), ("month", -3)], "the previous
    week" [("week", -1)]."""
    words = lexicon().dates
    unit = (fields.get("unit") or fields.get("unit2") or "").lower()
    neighbour = (fields.get("neighbour") or "").lower()
    direction = (
        words.neighbours[neighbour]
        if neighbour
        else words.directions[" ".join((fields["direction"] or "").lower().split())]
    )
    if not fields.get("count"):  # "the previous week", "the day after": the calendar period next to it
        return [(unit, direction)]
    counts = [item.split() for item in (fields.get("more") or "").split("|") if item]
    return [_step(count, more_unit, direction) for count, more_unit in counts] + [
        _step(fields["count"] or "", unit, direction)
    ]


def _step(count: str, unit: str, direction: int) -> Step:
    step, length = lexicon().dates.units[unit.lower()]
    count = count.lower()
    return step, direction * length * _count_value(count)


def _spread(bound: str | None, amount: int) -> tuple[int, int] | None:
    """How far a qualified count may be from `amount`, in its unit, as (least, most) added: "about three months"
    (-1, 1), "nearly three months ago" (0, 1), toward the date counted from; None for a bound, "more than three
    weeks ago", which dates nothing."""
    if bound is None:
        return 0, 0
    if bound not in ("approx", "below"):
        return None
    give = max(1, -(-abs(amount) // 4))  # a quarter of the count, rounded up
    if bound == "approx":
        return -give, give
    return (0, give) if amount < 0 else (-give, 0)


def _article_anchor(published: dt.date | None, confidence: float) -> _Reading:
    return _Reading(published.isoformat(), "day", confidence=confidence) if published else _NONE


def _paragraph_anchor(before: DateMention | None) -> _Reading | None:
    """The last date the paragraph gave before the sentence: "Mexico on Sunday stepped up efforts. ... Just a day
    earlier the toll was at 39" counts from that Sunday, not from the article's date."""
    if before is None or before.date is None:
        return None
    return _Reading(before.date, before.granularity, confidence=min(before.confidence, 0.7))


def _earlier_anchor(found: _Found, readings: list[tuple[_Found, _Reading]]) -> _Reading | None:
    """The nearest date before the phrase in its sentence."""
    return next((r for f, r in reversed(readings) if f.end <= found.start and r.claim), None)


def _event_anchor(found: _Found, readings: list[tuple[_Found, _Reading]], text: str) -> tuple[_Found, _Reading] | None:
    """The date of the event after "before"/"after", in the same clause ("a day after the June 5 vote")."""
    after = next(((f, r) for f, r in readings if f.start >= found.end and r.claim), None)
    if after is None or _CLAUSE_BREAK.search(text, found.end, after[0].start):
        return None
    between = text[found.end : after[0].start].split()
    if len(between) > 1 and between[-1].lower() in _DATE_LINKS and not _markers(text, found.end, after[0].start):
        # "three weeks after Christmas on Friday": counted from Christmas, which has no date here; but "four
        # months after the city got its monorail on February 1" counts from a clause that the date dates
        return None
    return after


_DATE_LINKS = ("on", "in", "at", "of", "by", "from", "since")


def _coordinated(found: _Found, text: str) -> list[_Found]:
    """The years or months joined to a year or month phrase: "in 2007 and 2009", "in 1998, 2004 and 2012",
    "in March 2007 and 2009", "in March and April", "in both June and July", "due in April-May": each its own date,
    read as the first; a month so joined is the first such month from the one before it on ("months_on")."""
    years = found.kind in ("year", "month_year")
    joined = _and_year() if years else _MONTH_JOINED if found.kind == "month" else None
    kind = "year" if years else found.kind
    more: list[_Found] = []
    end = found.end
    months_on, month = 0, _month_number(found.fields.get("month")) if found.kind == "month" else 0
    while joined is not None and (m := joined.match(text, end)):
        item = _Found(kind, m.start("item"), m.end(), found.fields | m.groupdict())
        if found.kind == "month":
            # a word of `month_words` joined in lower case is that word: "rose in April and may fall"
            word = m["month"]
            if not _month_word_ok(item, text) or word.islower() and word in lexicon().dates.month_words:
                break
            months_on += (_month_number(m["month"]) - month) % 12
            month = _month_number(m["month"])
            if m["ryear"]:  # "between July and October last year": the year said is the month's own
                item = item._replace(fields=found.fields | {"month": m["month"], "ryear": m["ryear"]})
            else:  # "in June last year and July": read on from the first, with its own year
                dash = "dash" if not re.search(r"\w", text[end : m.start("item")]) else None
                first = {"first": found.fields["month"], "months_on": str(months_on), "dash": dash}
                item = item._replace(fields=found.fields | {"month": m["month"]} | first)
        more.append(item)
        end = m.end()
    return more or (_year_span_end(found, text) if years else [])


def _days_joined(found: _Found, text: str) -> list[_Found]:
    """A day and month with the days joined to it that share its month (and year): "the 10th and 11th of March",
    "3, 4 and 5 June", "from 3 to 5 March", "March 10 and 11, 2019", "March 3-5", "the night of February 13/14 2016": each day its own date."""
    if found.kind == "day_month":
        before: list[_Found] = []
        start = found.start
        while m := _DAYS_BEFORE.search(text, max(0, start - 16), start):
            if before and "/" in text[m.end("item") : start]:
                break  # a slash joins a day to the one it stands against ("13/14 June"), not to a list ("11/20, 12")
            before.insert(0, _Found(found.kind, m.start(), m.end("item"), found.fields | _day_fields(m)))
            start = m.start()
        return [*before, found]
    if found.kind == "nth" and not any(found.fields.get(k) for k in ("weekday", "nmonth", "rel")):
        # "on the 22nd and 23rd": ordinals joined to a bare ordinal, each its own day of the same month
        joined: list[_Found] = []
        end = found.end
        while (m := _days_after().match(text, end)) and m["ordinal"] and "/" not in text[end : m.start("day")]:
            joined.append(_Found(found.kind, m.start("day"), m.end("item"), found.fields | _day_fields(m)))
            end = m.end()
        rank = re.match(rf"{_DAY_JOIN}\d{{1,2}}(?:{ORDINAL_ENDING})\b", text[end:])
        last = end + rank.end() if rank else joined[-1].end if joined else None
        if last is not None and _noun_after_day(text, last):
            # "the 2nd and 3rd rounds", "the 5th and 6th graders": ranks of a noun, no days at all
            return [found._replace(end=last, fields=found.fields | {"ranks": "1"})]
        if joined and _between_untensed(text, found.start, end):
            return [found]  # "set something up between the 21st and 23rd": no past to say which month
        return [found, *joined]
    if found.kind != "month_day" or found.fields.get("year") or found.fields.get("ryear"):
        return [found]
    after: list[_Found] = []
    end = found.end
    while m := _days_after().match(text, end):
        if after and "/" in text[end : m.start("day")]:
            break
        lead: dict[str, str | None] = {"lead": str(found.start)}
        after.append(_Found(found.kind, m.start("day"), m.end("item"), found.fields | _day_fields(m) | lead))
        end = m.end()
    tail = _YEAR_AFTER.match(text, end) if after else None
    if tail is None:
        return [found, *after]
    year = {"year": tail["year"], "ryear": tail["ryear"]}  # "March 10 and 11, 2019": the year of every day
    after[-1] = after[-1]._replace(end=tail.end())
    return [item._replace(fields=item.fields | year) for item in (found, *after)]


_WORD_AFTER = re.compile(r"\s+([a-z][a-z-]*)\b")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
_BETWEEN = re.compile(r"\b(?i:between)\s+(?:(?i:the)\s+)?$")


def _between_untensed(text: str, start: int, end: int) -> bool:
    """Whether ordinals joined at text[start:end] follow "between" in a clause with no verb of the past."""
    lead, close = _clause(text, start, end)
    return bool(_BETWEEN.search(text, lead, start)) and False not in _markers(text, lead, close)


def _noun_after_day(text: str, end: int) -> bool:
    """Whether a lower-case word other than one of `day_followers` follows a day number: a noun it ranks."""
    m = _WORD_AFTER.match(text, end)
    return m is not None and m[1] not in lexicon().dates.day_followers


def _day_fields(m: re.Match[str]) -> dict[str, str | None]:
    return {"day": m["day"], "ordinal": m["ordinal"], "dayword": None}


_DAY_JOIN = r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|to|through|until)\s+|\s*[-–/]\s*)"  # "13/14 June": a night
_DAYS_BEFORE = re.compile(
    rf"(?<![\d.,])\b(?:(?i:the)\s+)?(?P<day>\d{{1,2}})(?P<ordinal>{ORDINAL_ENDING})?(?P<item>){_DAY_JOIN}(?:(?i:the)\s+)?$"
)


@cache
def _days_after() -> re.Pattern[str]:
    change = "|".join(re.escape(w) for w in lexicon().addition_words["after"])
    return re.compile(
        rf"{_DAY_JOIN}(?P<day>\d{{1,2}})(?P<ordinal>{ORDINAL_ENDING})?\b(?P<item>)(?![.,:]?\d)(?![-‑][A-Za-z]){_not_counted()}"
        rf"(?!\s+(?:{change})\b(?!\s+than\b))(?!\s*(?i:[ap]\.m\.|[ap]m\b))"
    )  # "On December 14, 12-year-old Anitha": an age after the day, not a day of a list, nor an hour ("Sunday,
    # November 20, 6 pm"); nor a count told as a
    # change ("between March 28 and April 4, and 16 more people were hospitalized", "and 3 new cases"), where a
    # comparison after the day ("On May 3 and 4 more than 300 flights were cancelled") keeps it a day


_YEAR_AFTER = re.compile(_YEAR_TAIL)
_AND = r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"


@cache
def _and_year() -> re.Pattern[str]:
    return re.compile(rf"{_AND}(?P<item>){_YEAR}\b{_not_counted()}")


# A month joined to a month phrase by "and" or "or", or by the dash of a range ("due in April-May", "this
# January – March"); not after a spaced hyphen, which sets off a clause, nor after "to" or "through", which
# may move a thing rather than span ("brought forward from June to April")
_MONTH_JOINED = re.compile(rf"(?:{_AND}|[-–]|\s+–\s+)(?P<item>){_MONTH}(?:{_RYEAR}|(?!\s*\d)(?![-\w]))")


@cache
def _spoken_year() -> re.Pattern[str]:
    """A year written in words or in two digits after a date: "nineteen ninety nine", "two thousand and five",
    "seventeen hundred thirty three", "nineteen oh one", "of 87", "'87"."""
    words = lexicon().number_words
    units = "|".join(w for w, n in words.items() if 1 <= n <= 9)
    teens = "|".join(w for w, n in words.items() if 10 <= n <= 19)
    tens = "|".join(w for w, n in words.items() if n >= 20)
    below_100 = rf"(?:(?:{tens})(?:[-\s](?:{units}))?|{teens}|{units})"
    return re.compile(
        rf"(?:\s*,\s*|\s+)(?:(?i:of)\s+)?(?P<spoken>(?i:two\s+thousand(?:\s+(?:and\s+)?{below_100})?"
        rf"|(?:{teens}|twenty)\s+(?:hundred(?:\s+(?:and\s+)?{below_100})?|(?:oh|zero)\s+(?:{units})"
        rf"|(?:{tens})(?:[-\s](?:{units}))?|{teens})))\b(?![-\w])"
        r"|(?:\s+(?i:of)\s+|\s*['’])(?P<short>\d\d)\b(?![\d%]|[.,]\d)"
    )


def _year_of_words(spoken: str) -> int:
    """The year that words say ("nineteen ninety nine": 1999, "two thousand and five": 2005)."""
    words = lexicon().number_words | {"oh": 0}
    tokens = [w for w in re.split(r"[-\s]+", spoken.lower()) if w != "and"]
    scale = {"thousand": 1000, "hundred": 100}.get(tokens[1], 100)
    rest = tokens[2:] if tokens[1] in ("thousand", "hundred") else tokens[1:]
    return words[tokens[0]] * scale + sum(words[t] for t in rest)


def _short_year(short: str, published: dt.date) -> int:
    """The year a two-digit year names: the last one ending so up to a year after the article's."""
    year = published.year // 100 * 100 + int(short)
    return year if year <= published.year + 1 else year - 100


def _with_spoken_year(found: _Found, text: str) -> _Found:
    """A day or month with the year written after it in words or in two digits ("13 Sept nineteen seventy two",
    "April of 87"): its year (a two-digit year is the last such year up to a year after the article's)."""
    if found.kind not in ("month_day", "day_month", "month") or found.fields.get("year") or found.fields.get("ryear"):
        return found
    m = _spoken_year().match(text, found.end)
    if m is None or re.match(_not_counted(), text[m.end() :]) is None:
        return found
    year = str(_year_of_words(m["spoken"])) if m["spoken"] else None
    return found._replace(end=m.end(), fields=found.fields | {"year": year, "short": m["short"]})


def _widened(found: _Found, name: str, text: str) -> _Found | None:
    """A written date with the weekday written before it ("Tuesday, Oct. 3"); a counted unit with its count ("two
    days later"), or None without one ("days later")."""
    if name == "counted":
        m = count_before().search(text, max(0, found.start - 20), found.start)
        if m is None or (found.fields.get("direction") or "").lower() == "from" and _rate_of(text, m):
            return None
        count = "-".join(m["count"].split())  # "twenty one" as one word, as `_steps` splits the counts
        return _counted(found._replace(start=m.start(), fields=found.fields | {"count": count}), text)
    if found.kind not in ("iso", "numeric", "month_day", "day_month"):
        return found
    m = _WEEKDAY_BEFORE.search(text, max(0, found.start - 16), found.start)
    if m is None:
        return found
    weekday = m["weekday"] or next(w for w in WEEKDAYS if w.startswith(m["short"][:3].lower()))
    return found._replace(start=m.start(), fields=found.fields | {"weekday": weekday})


_FIGURE_BEFORE = re.compile(r"(?:\d\S*|\b(?i:times|once|twice))\s+$")
_FIGURE_WORD_BEFORE = re.compile(r"\d\S*\s+(?P<word>[a-z]+)\s+$")


def _rate_of(text: str, count: re.Match[str]) -> bool:
    """Whether "a" before a unit makes it the base of a rate after a figure ("an extra $29 a week from July 1",
    "three times a week from Monday"), or after a figure and the word of a change or the plural noun it counts
    ("265,000 more a year from next Sunday", "40 flights a week from May"): no count of weeks to move a date by;
    "fell 3% a week earlier" is one."""
    if count["count"].lower() not in ("a", "an"):
        return False
    if _FIGURE_BEFORE.search(text, 0, count.start()):
        return True
    m = _FIGURE_WORD_BEFORE.search(text, 0, count.start())
    if m is None:
        return False
    word = m["word"]  # "more", or a plural noun; not a verb ("$5m was a year from completion") nor places ("polls
    # in 12 districts a week from Sunday": `area_nouns`)
    plural = word.endswith("s") and word not in STOP and word not in word_set("area_nouns")
    return word in lexicon().addition_words["after"] or plural


def _counted(found: _Found, text: str) -> _Found:
    """A counted phrase with the counts of coarser units before it ("two years and" three months ago) and the
    qualifier of its first count ("about", "more than")."""
    more: list[str] = []
    unit = (found.fields.get("unit") or "").lower()
    start = found.start
    units = list(lexicon().dates.units)  # finest first
    while m := _more_units().search(text, max(0, start - 40), start):
        if units.index(m["unit"].lower()) <= units.index(unit) or _lasting(text, m.start()):
            break  # "three months, two years ago", "jailed for 10 years two months ago": no one count
        more.insert(0, f"{'-'.join(m['count'].split())} {m['unit']}")
        unit, start = m["unit"].lower(), m.start()
    fields = found.fields | {"more": "|".join(more)}
    if q := _qualifier_before().search(text, max(0, start - 24), start):
        fields |= {"bound": lexicon().qualifiers[" ".join(q["qualifier"].lower().split())]}
        start = q.start("qualifier")
    return found._replace(start=start, fields=fields)


def _lasting(text: str, start: int) -> bool:
    """Whether the count at `start` is a duration of its own ("for 10 years"): a preposition of duration before it."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lower() in lexicon().dates.duration_prepositions


@cache
def _more_units() -> re.Pattern[str]:
    """A count of units right before another ("two years and", "1 month,")."""
    return re.compile(
        rf"\b(?P<count>{_count_pattern()})\s+(?P<unit>(?i:day|week|fortnight|month|year))s?"
        r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)$"
    )


@cache
def _qualifier_before() -> re.Pattern[str]:
    """A qualifier of the lexicon right before a count ("about", "more than", "nearly")."""
    words = sorted(lexicon().qualifiers, key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<!\w)(?P<qualifier>(?i:{alternatives}))\s+$")


def _undecided() -> bool | None:
    return None


def find_dates(
    text: str,
    published: dt.date | None,
    *,
    offset: int = 0,
    day_first: Callable[[], bool | None] = _undecided,
    before: DateMention | None = None,
    page: dt.date | None = None,
    paragraph_day: DateMention | None = None,
) -> list[DateMention]:
    """Date mentions in `text` (a sentence), non-overlapping, earliest first; at a place, the first pattern wins.
    Positions are `offset` + their place in `text`; `day_first` tells the document's order of numeric dates
    (`numeric_order`), asked only when a numeric date needs it; `before` is the last date its paragraph gave before
    it, which "two days later" counts from when the sentence gives none; `page`, the page's own date where
    `published` is the day its text reports from instead."""
    lower = text.lower()
    setting = _Setting(text, lower, published, day_first, before, page, paragraph_day)
    taken: list[_Found] = []
    cues = _cues(text, lower)
    for name, pattern in _active(cues):
        kind = KIND_OF.get(name, name)
        for m in pattern.finditer(text):
            start, end = m.span()
            while start < end and text[start] in " (":
                start += 1
            found = _widened(_Found(kind, start, end, m.groupdict()), name, text)
            if found is None or any(found.start < t.end and t.start < end for t in taken):
                continue
            found = _with_spoken_year(found, text)
            if not _reads_as_date(found, text):
                continue
            for item in [*_days_joined(found, text), *_coordinated(found, text)]:
                if not any(item.start < t.end and t.start < item.end for t in taken):
                    taken.append(item)
    taken.sort(key=_start)
    readings = [
        (f, _NOT_A_CLAIM if f.fields.get("ranks") else _other_year(f, text) or _reading(f, setting))
        for f in taken
        if f.kind != "shift"
    ]
    for found in taken:  # counted dates last: they count from the others
        shifted = _shift(found, readings, setting) if found.kind == "shift" else None
        if shifted is None:
            continue
        reading, event = shifted
        if event and not text[found.end : event.start].strip():  # "the day before yesterday": one date
            readings = [(f, r) for f, r in readings if f is not event]
            found = found._replace(end=event.end)
        readings = sorted([*readings, (found, reading)], key=lambda pair: pair[0].start)
    readings = _weekday_ranges(_anchored(_joined_moved(readings, setting), text, setting), text, setting.published)
    readings = _day_ranges(_period_pairs(readings, text, setting.published), setting)
    readings = _weekday_after_day(_ends_after_start(readings, text), text)
    readings = _rest_alone(_apposed_weekdays(readings, text))
    return [_mention(found, reading, text, offset) for found, reading in _weeks_of(readings, text)]


_WEEK_OF = re.compile(r"\b(?i:the)\s+(?i:week)\s+(?i:of)\s+$")


def _weeks_of(readings: list[tuple[_Found, _Reading]], text: str) -> list[tuple[_Found, _Reading]]:
    """A day after "the week of" dates its week ("the week of March 4", "during the week of 6 October"), the
    week that starts the day after where the day is a Sunday, which starts a week in the United States; not a
    day after "a week of" or "within a week of" (a week either side of it), nor after more words ("the week of
    his arrest on March 4")."""
    out = []
    for found, reading in readings:
        week_of = _WEEK_OF.search(text, max(0, found.start - 20), found.start)
        if week_of and reading.claim and reading.date and reading.granularity == "day":
            written = dt.date.fromisoformat(reading.date)
            day = _add(written, "day", 1) if written.weekday() == 6 else written
            if day:
                found = found._replace(start=week_of.start())
                reading = reading._replace(date=_at(day, "week"), granularity="week")
        out.append((found, reading))
    return out


@cache
def _period_rest_unless() -> re.Pattern[str]:
    """A word that leaves what is left of a period to the time its sentence is told from ("would")."""
    return re.compile(rf"\b(?i:{'|'.join(re.escape(w) for w in lexicon().dates.period_rest_unless)})\b")


def _joined_moved(readings: list[tuple[_Found, _Reading]], setting: _Setting) -> list[tuple[_Found, _Reading]]:
    """Days joined to a day a thing is moved to take its year ("moved the fixture dates to April 12 and 13"): the
    first is the nearer such day, and the rest of the list fall with it."""
    firsts = {f.start: r for f, r in readings}
    out: list[tuple[_Found, _Reading]] = []
    for found, reading in readings:
        if out and found.kind == "month" and (joined := _month_joined_to_moved(out[-1], found, setting)):
            # "could be delayed to May or June": the month joined to one a thing is moved to is read as that one
            if not joined.claim or not joined.date or not reading.date or len(reading.date) != 7:
                out.append((found, _NOT_A_CLAIM))
                continue
            year = int(joined.date[:4]) + (reading.date[5:] < joined.date[5:7])
            out.append((found, reading._replace(date=f"{year}-{reading.date[5:]}")))
            continue
        lead = found.fields.get("lead")
        first = firsts.get(int(lead)) if lead and _moved_to(setting.lower, int(lead)) else None
        if first is not None and first.date and reading.date and len(first.date) == len(reading.date) == 10:
            day = _day(int(first.date[:4]), int(reading.date[5:7]), int(reading.date[8:]))
            reading = reading._replace(date=day.isoformat()) if day else reading
        out.append((found, reading))
    return out


_MONTH_JOIN = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)")


def _month_joined_to_moved(before: tuple[_Found, _Reading], found: _Found, setting: _Setting) -> _Reading | None:
    """The reading of a month a thing is moved to that `found`, a month, is joined to ("delayed to May or June")."""
    first, reading = before
    if first.kind != "month" or (first.fields.get("prep") or "").lower() != "to" or not found.fields.get("first"):
        return None
    if not _MONTH_JOIN.fullmatch(setting.text, first.end, found.start):
        return None
    return reading if _moved_to(setting.lower, _month_at(first)) else None


def _rest_alone(readings: list[tuple[_Found, _Reading]]) -> list[tuple[_Found, _Reading]]:
    """What is left of a period is the article's only where its sentence gives no other date: "In 2020, the theatre
    stayed dark for the rest of the year", "Last week, the mayor said the road stays shut for the rest of the
    month" leave it to the date they give."""
    if all(f.fields.get("rest") for f, _ in readings):
        return readings
    return [(f, _NOT_A_CLAIM if f.fields.get("rest") else r) for f, r in readings]


_PARAGRAPH_REACH = 62  # days between the page's date and a day of its paragraph a bare ordinal may count from


def _paragraph_day(setting: _Setting) -> _Reading | None:
    """The day the sentence's own paragraph gave last before it, as the day after which a bare ordinal falls: "the
    27th" after "the 25th and 26th of February" in the sentence before. Only a day written with its month (not one
    itself counted from another, "returned on the 2nd"), in the page's year and within `_PARAGRAPH_REACH` days of
    the page's date (not "On the 22nd" after "founded on March 3, 1901"); one of the page's year further off leaves
    the ordinal no date (`_NOT_A_CLAIM`). Not a month, which may end a span, and never that day itself ("on June 14
    and 20" before "July had one peak on the 20th")."""
    before, page = setting.paragraph_day, setting.page or setting.published
    if before is None or page is None or not before.claim or not before.date or before.granularity != "day":
        return None
    if not _MONTH_CUE.search(before.text.lower()):
        return None
    day = dt.date.fromisoformat(before.date)
    if day.year != page.year:
        return None
    if abs((day - page).days) > _PARAGRAPH_REACH:
        return _NOT_A_CLAIM  # "the 20th and 21st of April" on a January page: "On the 22nd" is no day of January
    after = _add(day, "day", 1)
    return _Reading(after.isoformat(), "day") if after else None


def _anchored(
    readings: list[tuple[_Found, _Reading]], text: str, setting: _Setting | None = None
) -> list[tuple[_Found, _Reading]]:
    """Days counted from a day the sentence wrote before them, not from the article's date: "the following
    Tuesday" after "June 2" is the first Tuesday after it, "the previous Friday" the last Friday before it; "the
    21st" after "3rd March" is the first 21st from it on (21 March; after "28 March", "the 2nd" is 2 April), where
    a weekday written with it falls on the day so found ("March 3 ... Sunday, the 9th"). A bare ordinal with no such
    day before it in its sentence counts from the day its paragraph gave (`_paragraph_day`), but in a clause of the
    past never to a day after the article's ("Campaigning had ended on the 6th" after "held on March 8")."""
    out: list[tuple[_Found, _Reading]] = []
    for found, reading in readings:
        anchor = next(
            (r for f, r in reversed(out) if f.end <= found.start and r.claim and r.granularity == "day"), None
        )
        day = _from_anchor(found, text, anchor) if anchor and anchor.date else None
        if anchor is None and found.kind == "nth" and setting and (anchor := _paragraph_day(setting)):
            if not anchor.claim and not (found.fields.get("nmonth") or found.fields.get("rel")):
                out.append((found, _NOT_A_CLAIM))
                continue
            day = _from_anchor(found, text, anchor) if anchor.date else None
            markers = _markers(text, *_clause(text, found.start, found.end))
            past = False in markers and True not in markers
            if day and setting.published and past and day > setting.published:
                day = None
        out.append((found, reading._replace(date=day.isoformat(), resolved=True) if day else reading))
    return out


def _from_anchor(found: _Found, text: str, anchor: _Reading) -> dt.date | None:
    """The day a weekday after "the following"/"the previous", or a bare ordinal, names from `anchor`."""
    base, fields = dt.date.fromisoformat(anchor.date or ""), found.fields
    rel = (fields.get("rel") or "").lower()
    if found.kind == "weekday" and rel in ("following", "previous") and not fields.get("week"):
        if not re.search(r"(?i:\bthe)\s+$", text[max(0, found.start - 5) : found.start]):
            return None  # "following Sunday's fire" is "after Sunday's fire"
        target = WEEKDAYS.index((fields.get("weekday") or "").lower())
        if rel == "following":
            return _add(base, "day", (target - base.weekday()) % 7 or 7)
        return _add(base, "day", -((base.weekday() - target) % 7 or 7))
    if found.kind == "nth" and not (fields.get("nmonth") or fields.get("rel")):
        number, weekday = _day_number(fields), fields.get("weekday")
        for step in range(2):
            first = _add(base.replace(day=1), "month", step)
            day = _day(first.year, first.month, number) if first else None
            if day and day >= base:  # with its weekday ("Sunday, the 24th"), only a day that falls on it
                return day if not weekday or day.weekday() == WEEKDAYS.index(weekday.lower()) else None
    return None


def _other_year(found: _Found, text: str) -> _Reading | None:
    """No claim for a year of another calendar, its era written after it ("in 2080 BS", "2016 E.C."): a mention
    still, so its digits are no count."""
    if found.fields.get("year") and _other_era().match(text, found.end):
        return _NOT_A_CLAIM._replace(why="a year of another calendar")
    return None


# What may stand between a day and its weekday written beside it: "4th December (Sunday)", "Monday i.e. 7th
# November", "Monday - 7 November".
_APPOSED = re.compile(r"\s*(?:\(|\)|,|[-–]|(?i:i\.e\.?|viz\.?|that is))?\s*\(?")


def _apposed_weekdays(readings: list[tuple[_Found, _Reading]], text: str) -> list[tuple[_Found, _Reading]]:
    """Without a weekday written beside a day that falls on it ("4th December (Sunday)", "Monday i.e. 7th
    November", "from tomorrow (Sunday)"): the day's mention says it, and the weekday read alone would be another
    day."""
    kinds = ("month_day", "day_month", "relative", "nth")
    days = [(f, r) for f, r in readings if f.kind in kinds and r.date and len(r.date) == 10]
    weekdays = [f for f, _ in readings if f.kind == "weekday"]
    refused = [(f, r) for f, r in readings if f.kind == "nth" and not r.claim]

    def apposed(found: _Found) -> bool:
        if found.kind != "weekday" or found.fields.get("rel") or found.fields.get("week"):
            return False
        target = WEEKDAYS.index((found.fields["weekday"] or "").lower())
        for day, reading in days:
            gap = text[found.end : day.start] if found.end <= day.start else text[day.end : found.start]
            if _APPOSED.fullmatch(gap) and dt.date.fromisoformat(reading.date or "").weekday() == target:
                return True
        return listed(found, target) or listed_after(found, target)

    def listed_after(found: _Found, target: int) -> bool:
        """ "on the 20th and 21st of April - Wednesday and Thursday": weekdays listed after the days they fall on,
        set off as those are ("-", "(", ","), those days only; after bare ordinals left no date ("On the 22nd and
        23rd - Friday and Saturday" on a page months before), any weekday, which would be a day of its own."""
        at = weekdays.index(found)
        while at and _WEEKDAYS_LISTED.fullmatch(text[weekdays[at - 1].end : weekdays[at].start]):
            at -= 1
        first = weekdays[at]
        before = sorted([(f, r) for f, r in days + refused if f.end <= first.start], key=lambda pair: pair[0].start)
        if not before or not _APPOSED.fullmatch(text[before[-1][0].end : first.start]):
            return False
        run = before[-1:]
        for day in reversed(before[:-1]):
            if not _WEEKDAYS_LISTED.fullmatch(text[day[0].end : run[0][0].start]):
                break
            run.insert(0, day)
        return any(not r.date or dt.date.fromisoformat(r.date).weekday() == target for _, r in run)

    def listed(found: _Found, target: int) -> bool:
        """ "on Friday and Saturday May 13 and 14": weekdays listed before the days they fall on, those days
        only (not "a week after the March 6 strike" later in the sentence)."""
        after = [(f, r) for f, r in days if f.start >= found.end]
        if not after or not _WEEKDAYS_LISTED.fullmatch(text[found.end : after[0][0].start]):
            return False
        if not _WEEKDAY_AT.match(text, after[0][0].start):
            return False
        run = after[:1]
        for day in after[1:]:
            if not _WEEKDAYS_LISTED.fullmatch(text[run[-1][0].end : day[0].start]):
                break
            run.append(day)
        return any(dt.date.fromisoformat(r.date or "").weekday() == target for _, r in run)

    return [(f, r) for f, r in readings if not apposed(f)]


_WEEKDAYS_LISTED = re.compile(r"\s*,\s*|\s+(?i:and|or)\s+")
_WEEKDAY_AT = re.compile(_WEEKDAY + r"\b")


_WEEKDAY_TO = re.compile(r"\s*(?:[-–]|(?i:to|through|until|till|thru)\b)\s*")


def _weekday_ranges(
    readings: list[tuple[_Found, _Reading]], text: str, published: dt.date | None
) -> list[tuple[_Found, _Reading]]:
    """The two weekdays of a range ("from next Monday to Friday", "shut Tuesday through Thursday", "Monday to
    Friday last week") in order: the end is the first such day after a start said of the future, with its week
    or on the article's own day ("canceled flights from Wednesday through Friday" on a Wednesday), the start the
    last such day before an end in the past or with its week."""
    out = list(readings)
    for i in range(1, len(out)):
        (first, start), (found, end) = out[i - 1], out[i]
        if not (
            first.kind == found.kind == "weekday"
            and start.date
            and end.date
            and start.granularity == end.granularity == "day"
            and _WEEKDAY_TO.fullmatch(text[first.end : found.start]) is not None
        ):
            continue
        if _week_said(found) and not _week_said(first) and not first.fields.get("rel"):  # "Monday to Friday last week"
            day = dt.date.fromisoformat(end.date)
            back = (day.weekday() - WEEKDAYS.index((first.fields["weekday"] or "").lower())) % 7
            moved = _add(day, "day", -back)
            out[i - 1] = (first, start._replace(date=moved.isoformat())) if moved else out[i - 1]
        elif _week_said(found) or found.fields.get("rel"):
            continue
        elif (
            first.fields.get("rel")
            or _week_said(first)
            or start.future
            or end.future
            or (published is not None and start.date == published.isoformat())
        ):  # "from next Monday to Friday"; "from Wednesday through Friday" written on the Wednesday
            day = dt.date.fromisoformat(start.date)
            ahead = (WEEKDAYS.index((found.fields["weekday"] or "").lower()) - day.weekday()) % 7 or 7
            moved = _add(day, "day", ahead)
            out[i] = (found, end._replace(date=moved.isoformat())) if moved else out[i]
        elif not first.fields.get("rel"):  # "shut Tuesday through Thursday": the last such days up to the page
            day = dt.date.fromisoformat(end.date)
            back = (day.weekday() - WEEKDAYS.index((first.fields["weekday"] or "").lower())) % 7 or 7
            moved = _add(day, "day", -back)
            out[i - 1] = (first, start._replace(date=moved.isoformat())) if moved else out[i - 1]
    return out


@cache
def _pair_nouns() -> str:
    """The nouns of `month_pair_nouns` as alternatives of a pattern."""
    return "|".join(re.escape(w) for w in lexicon().dates.month_pair_nouns) or "(?!)"


@cache
def _pair_noun() -> re.Pattern[str]:
    """A noun of `month_pair_nouns` right after a pair of months ("the April-June quarter")."""
    return re.compile(rf"\s+(?:{_pair_nouns()})s?\b")


def _period_pairs(
    readings: list[tuple[_Found, _Reading]], text: str, published: dt.date | None
) -> list[tuple[_Found, _Reading]]:
    """The months of a pair naming a period of accounts in a clause of the future, with no year written or said:
    those of the first such period ending at most `month_pair_report_lag` months before the article's month, whose
    results are still to be told ("will announce its results for the October-December quarter on January 11")."""
    if published is None:
        return readings
    out = list(readings)
    for i in range(1, len(out)):
        (first, start), (found, end) = out[i - 1], out[i]
        if not (
            first.kind == found.kind == "month"
            and found.fields.get("dash")
            and start.resolved
            and end.resolved
            and start.date
            and end.date
            and (start.future or end.future)
            and _pair_noun().match(text, found.end)
        ):
            continue
        first_month, last_month = _month_number(first.fields["month"]), _month_number(found.fields["month"])
        floor = published.year * 12 + published.month - 1 - lexicon().dates.month_pair_report_lag
        year = next(y for y in range(published.year - 1, published.year + 2) if y * 12 + last_month - 1 >= floor)
        begin = year - (first_month > last_month)
        if not 1 <= begin <= 9999:
            continue
        out[i - 1] = (first, start._replace(date=f"{begin:04d}-{first_month:02d}"))
        out[i] = (found, end._replace(date=f"{year:04d}-{last_month:02d}"))
    return out


_RANGE_JOIN = re.compile(r"\s*,?\s*(?:[-–]|(?i:to|through|thru|until|till|and)\b)\s*(?:(?i:the)\s+)?")


@cache
def _range_open() -> re.Pattern[str]:
    """A word of `range_openers` ending the text before a date ("from ", "between the ")."""
    return re.compile(rf"\b(?i:{'|'.join(lexicon().dates.range_openers)})\s+(?:(?i:the)\s+)?$")


def _opens_range(found: _Found, text: str) -> bool:
    """Whether a date opens a range after a word of `range_openers`, before it or as a feast's own first word
    ("from Christmas Eve")."""
    own = found.fields.get("on") if found.kind == "holiday" else None
    return bool(_range_open().search(text, max(0, found.start - 14), found.start)) or (
        own is not None and own.lower() in lexicon().dates.range_openers
    )


def _day_ranges(readings: list[tuple[_Found, _Reading]], setting: _Setting) -> list[tuple[_Found, _Reading]]:
    """The two days of a range opened by a word of `range_openers` ("from December 1 until March 3", "between
    Christmas Day and 5 January") in order and less than a year apart, where a year is left to the reader: an end
    the words read alone gives none ("to New Year's Day") is the first such feast from the start on, in a clause of
    the past or the future; a pair read a year or more apart, or backwards, keeps the end written with its year,
    else the end nearer the article's date, and takes the other end from it (on 18 November, "will close from
    December 1 until March 3" read December of the year before: it is the December before that March); in a
    clause with no future marker (nor a body's decision, `_decided_before`), a range whose end would then fall
    after the article's date lies a year back, both its days past ("ran from 1 November to 31 January" on 20
    November). A word of `_habitual` in the clause makes them any year's days: no date ("from March 1 to October
    31 each year")."""
    text, published = setting.text, setting.published
    out = list(readings)
    for i in range(1, len(out)):
        (first, start), (found, end) = out[i - 1], out[i]
        if (
            first.kind == "weekday"
            or found.kind == "weekday"
            or not (start.date and start.granularity == "day")
            or _RANGE_JOIN.fullmatch(text, first.end, found.start) is None
            or not _opens_range(first, text)
        ):
            continue
        if _habitual_clause(text, first.start, found.end):  # "from March 1 to October 31 each year"
            out[i - 1], out[i] = (first, _NOT_A_CLAIM), (found, _NOT_A_CLAIM)
            continue
        begin = dt.date.fromisoformat(start.date)
        if found.kind == "holiday" and not end.claim:  # "from Christmas Eve to New Year's Day"
            if _tense(setting, found.start, found.end) is None:
                continue  # "the fair runs from 20 December to Christmas Eve": any year's
            name = " ".join((found.fields.get("holiday") or "").lower().replace("’", "'").split())
            day = next((d for y in (begin.year, begin.year + 1) if (d := feast_day(name, y)) and d >= begin), None)
            if day is not None:
                out[i] = (found, _Reading(day.isoformat(), "day", resolved=True, future=start.future))
            continue
        if not (end.date and end.granularity == "day" and (start.resolved or end.resolved)):
            continue
        close = dt.date.fromisoformat(end.date)
        if begin <= close < _add(begin, "year", 1):  # type: ignore[operator]
            continue
        near = published is not None and abs((close - published).days) <= abs((begin - published).days)
        if start.resolved and (not end.resolved or near):  # the start, the last such day up to the end
            moved = _add(begin, "year", close.year - begin.year)
            begin = (_add(moved, "year", -1) if moved and moved > close else moved) or begin
        elif end.resolved:  # the end, the first such day from the start on
            moved = _add(close, "year", begin.year - close.year)
            close = (_add(moved, "year", 1) if moved and moved < begin else moved) or close
        if (
            published is not None
            and close > published
            and start.resolved
            and end.resolved
            and not (
                start.future
                or end.future
                or True in _markers(text, *_clause(text, first.start, found.end))
                or _decided_before(setting, first.start, None)  # "has decided to cancel trains from December 1"
                or _moved_to(setting.lower, first.start)  # "has changed the dates from June 20 to 23": either side
            )
        ):  # "ran from 1 November to 31 January" on 20 November: both days past
            begin, close = _add(begin, "year", -1) or begin, _add(close, "year", -1) or close
        out[i - 1] = (first, start._replace(date=begin.isoformat()))
        out[i] = (found, end._replace(date=close.isoformat()))
    return out


_TO = r"(?:[-–]|(?i:to|through|thru|until|till)\b)"  # what joins a range's start to its end
_RANGE_TO = re.compile(rf"\s*,?\s*{_TO}\s*(?:(?i:the)\s+)?")


def _ends_after_start(readings: list[tuple[_Found, _Reading]], text: str) -> list[tuple[_Found, _Reading]]:
    """The end of a range written without its year that its reading put before the range's start, a day or a
    month with its year ("on August 26 to November 8" read 26 August 2024 and 8 November 2023; "from October 2024
    to January 3"): the first such day from the start on, a range never ending before it begins. Not where the
    start is a day a thing is moved from ("moved from June 25 to June 3"), nor in a clause of every year."""
    out = list(readings)
    for i in range(1, len(out)):
        (first, start), (found, end) = out[i - 1], out[i]
        if (
            found.kind not in ("month_day", "day_month", "nth")
            or first.kind == "weekday"
            or found.fields.get("year")
            or found.fields.get("ryear")
            or not (start.claim and end.claim and start.date and end.date and end.granularity == "day")
            or start.granularity not in ("day", "month")
            or _RANGE_TO.fullmatch(text, first.end, found.start) is None
            or _moved_from_day(text.lower(), first.start)
            or _habitual_clause(text, first.start, found.end)
        ):
            continue
        begin = dt.date.fromisoformat(start.date if start.granularity == "day" else f"{start.date[:7]}-01")
        close: dt.date | None = dt.date.fromisoformat(end.date)
        if close is not None and close.month == begin.month:
            continue  # "12 March to 5 March": an end before its start within one month is no year's turn
        while close is not None and close < begin and begin.year - close.year <= 1:
            close = _add(close, "year", 1)
        if close is not None and close >= begin:
            out[i] = (found, end._replace(date=close.isoformat()))
    return out


_DAY_TO = re.compile(rf"\s*{_TO}\s*(?P<clock>.*?)(?:\s+(?i:on))?\s*")


def _clock_or_nothing(text: str) -> bool:
    """Whether `text` is empty or one time of day ("7 a.m.")."""
    if not text:
        return True
    times = find_times(text)
    return len(times) == 1 and times[0].start == 0 and times[0].end == len(text)


def _weekday_after_day(readings: list[tuple[_Found, _Reading]], text: str) -> list[tuple[_Found, _Reading]]:
    """A bare weekday that ends a range opened by a day of another kind ("runs from 7 a.m. today to 7 a.m.
    Monday", "from December 17 until Monday"), a time of day between them or none: the first such weekday after
    the start, where the clause's tense put it before the start (a range never ends before it begins). Not a day
    a thing is moved from ("moved from June 25 to Monday"): the day it is moved to may come before it."""
    out, lower = list(readings), text.lower()
    for i in range(1, len(out)):
        (first, start), (found, end) = out[i - 1], out[i]
        joined = _DAY_TO.fullmatch(text[first.end : found.start])
        if not (
            found.kind == "weekday"
            and first.kind != "weekday"
            and joined is not None
            and _clock_or_nothing(joined["clock"])
            and not any(found.fields.get(k) for k in ("rel", "week", "week2", "wafter", "pday"))
            and start.date
            and end.date
            and start.granularity == end.granularity == "day"
            and end.date < start.date
            and not _moved_from_day(lower, first.start)
        ):
            continue
        day = dt.date.fromisoformat(start.date)
        ahead = (WEEKDAYS.index((found.fields["weekday"] or "").lower()) - day.weekday()) % 7 or 7
        moved = _add(day, "day", ahead)
        out[i] = (found, end._replace(date=moved.isoformat())) if moved else out[i]
    return out


def _week_said(found: _Found) -> bool:
    return bool(found.fields.get("week") or found.fields.get("week2"))


def _start(found: _Found) -> int:
    return found.start


def _mention(found: _Found, reading: _Reading, text: str, offset: int) -> DateMention:
    if reading.why:
        note(f"{text[found.start : found.end]!r} is not a date ({reading.why}); not taken as a claim")
    day = dt.date.fromisoformat(reading.date) if reading.date and reading.granularity == "day" else None
    return DateMention(
        found.start + offset,
        found.end + offset,
        text[found.start : found.end],
        reading.date,
        reading.granularity,
        reading.resolved,
        day,
        reading.claim,
        reading.confidence,
        reading.future,
        _counted_from_article(found),
    )


def _counted_from_article(found: _Found) -> bool:
    """Whether a mention's words count it from the article's date ("yesterday", "three days ago", "the day
    before", "last Monday"): such a date agrees with the article's date whatever that is, so it cannot show
    that date to be wrong."""
    return found.kind in ("relative", "shift") or bool(found.kind == "weekday" and found.fields.get("rel"))


def numeric_order(text: str) -> bool | None:
    """Whether a document writes numeric dates day first ("22/04/2023": True) or month first ("4/22/2023": False),
    from those where a part over 12 shows it; None where none do, or both orders occur."""
    orders = set()
    for m in _NUMERIC_DATE.finditer(text):
        first, second = int(m["first"]), int(m["second"])
        if m["sep"] != "." and (first > 12) != (second > 12):
            orders.add(first > 12)
    return orders.pop() if len(orders) == 1 else None


_NUMERIC_DATE = re.compile(_NUMERIC)
