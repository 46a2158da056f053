"""What an article says of itself in its headline and lead: the day its text reports from, the place it is
about, and the count its headline gives.

- The day: the page's date, unless the lead places its news on the day before or after it ("officials said
  on Thursday" on a Friday page, "rescuers dug through the rubble on Monday" on a Sunday page). The day of
  the event the story is about ("the quake struck on Sunday", "Monday's 7.8-magnitude tremor") does not
  count: it is not the day of the report; nor does a day said of the future ("ballots must arrive by
  Wednesday"), one that opens a span ("Muslims to mark Eid from Wednesday") or one of the evening or night
  ("the moon was not sighted on Monday night", told the morning after). The text's own evidence outranks the
  page's date; both are kept (`DocRef.published`, `DocRef.text_date`).
- The place: the first place the headline or lead names after a preposition ("in Yunnan province", "off
  the coast of Crete"), for figures whose own sentence names none.
- The headline count: the death toll (a count that only grows) the headline or lead gives, in figures or by an
  ordinal before a noun of the dead in the headline ("12th body found"). Other counts that an article gives
  beside the same headline toll belong to the same reporting stage of the story.
- The toll raised to: the highest figure the article says its toll rose to ("raising the death toll to 12"); a
  lower toll the same page gives is its earlier stage.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from functools import cache

from claimcheck.extract.dates import DateMention, opens_span, possessive_at
from claimcheck.extract.figures import phrase_texts
from claimcheck.extract.lexicon import lexicon
from claimcheck.extract.numbers import find_numbers
from claimcheck.extract.phrases import CALENDAR, DIRECTIONS, MONTH_SHORT, STOP
from claimcheck.extract.qualifiers import qualified, range_partner
from claimcheck.extract.ranks import ordinal_at
from claimcheck.extract.story_events import event_kind, in_event_clause
from claimcheck.extract.tokens import Token, skip_words, title_case
from claimcheck.models import Interval

# What the headline count is a count of: the concept whose figures mark a story's reporting stages.
HEADLINE_CONCEPT = "deaths"
_PLACE_PREPOSITIONS = frozenset({"in", "of", "near", "off", "across", "outside", "throughout"})
_SKIPPED_BEFORE_PLACE = frozenset({"the", "coast", "of"}) | DIRECTIONS


def text_date(published: dt.date | None, lead: Sequence[tuple[str, list[DateMention]]]) -> dt.date | None:
    """The day the article's lead reports from, where the lead contradicts the page's date; else None.

    `lead` holds the headline and lead sentences with their date mentions, resolved against `published`."""
    if published is None or published in (dt.date.min, dt.date.max):
        return None  # no day before or after it to read
    near = {published + dt.timedelta(days=shift): shift for shift in (-1, 0, 1)}
    # a day the lead also names by a word counted from the page's date ("yesterday's outage … stranded on
    # Monday") is read the same way from that date: it confirms the page's date, and moves the text's day nowhere
    confirmed = _counted_days(lead) - {published}
    found: set[int] = set()
    for sentence, mentions in lead:
        for previous, mention in zip([None, *mentions], mentions, strict=False):
            if mention.future or mention.counted:  # a deadline or a plan ("ballots must arrive by Monday") is
                continue  # no day of report, and "yesterday" is the day before whatever day the page has
            if previous is not None and previous.counted and mention.start - previous.end <= RESTATED_GAP:
                continue  # "from tomorrow (Sunday)": the weekday names the day the word before it counts
            if opens_span(sentence.lower(), mention.start):
                continue  # "Muslims to mark Eid from Wednesday": the day something begins, not the report's
            if _at_night(sentence, mention):
                continue  # "the moon was not sighted on Monday night": reported the morning after, on any page
            if _possessive(sentence, mention) or _before_its_noun(sentence, mention):
                continue  # "Wednesday's hooch tragedy", "the Jan. 4 storm": the day of what it names, not the report's
            shifts = {near[day] for day in _readings(mention, published) if day in near and day not in confirmed}
            if shifts and not _is_event_day(sentence, mention):  # the cheaper test first
                found |= shifts
    if not found or 0 in found and 1 not in found:
        return None
    latest = max(found)
    return published + dt.timedelta(days=latest) if latest else None


def _counted_days(lead: Sequence[tuple[str, list[DateMention]]]) -> set[dt.date]:
    """The days the lead names by words counted from the page's date ("yesterday", "last Monday"), not said of
    the future."""
    return {m.day for _, mentions in lead for m in mentions if m.counted and not m.future and m.day}


def _at_night(sentence: str, mention: DateMention) -> bool:
    """Whether a date is of the evening or night ("on Monday night", "Sunday evening", "late on Saturday";
    `night_words`): what happens then is told the next day, so it says nothing of the page's day."""
    night = lexicon().dates.night_words
    after = re.match(r"\W*([A-Za-z]+)", sentence[mention.end :])
    before = re.findall(r"[A-Za-z]+", sentence[max(0, mention.start - 12) : mention.start])
    before = [w.lower() for w in before if w.lower() not in ("on", "the")]
    return bool(after and after.group(1).lower() in night.after) or bool(before and before[-1] in night.before)


def _possessive(sentence: str, mention: DateMention) -> bool:
    """Whether a day is written in the possessive, alone or through a time of its day ("Wednesday's hooch
    tragedy", "Sunday's vote", "Tuesday morning's eclipse"): it names the day of the thing it owns, whatever that
    is, never the day the article reports from."""
    return possessive_at(mention.text, len(mention.text) - 2) or possessive_at(sentence, mention.end)


_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|this|that)\s+$", re.I)
_WORD_AFTER = re.compile(r"\s+([a-z][a-z'’-]*)\b")


def _before_its_noun(sentence: str, mention: DateMention) -> bool:
    """Whether a date stands between an article and the noun it qualifies ("the Jan. 4 nor'easter", "the March 3
    vote"): like a possessive, it names the day of that thing, never the day the article reports from."""
    after = _WORD_AFTER.match(sentence, mention.end)
    return (
        bool(_ARTICLE_BEFORE.search(sentence[max(0, mention.start - 6) : mention.start]))
        and after is not None
        and after.group(1) not in STOP
    )


# At most this many characters (" (", ", ") between a day counted from the article's date and the weekday that
# names it.
RESTATED_GAP = 3


def _readings(mention: DateMention, published: dt.date) -> list[dt.date]:
    """The days a mention may name: as resolved, and a bare weekday ("on Monday") also as the day after the
    page's date, which is what it names when the page's date is a day early."""
    days = [mention.day] if mention.day else []
    weekday = mention.text.strip().split()[-1].lower().rstrip(".,'s’")
    tomorrow = published + dt.timedelta(days=1)
    if mention.resolved and weekday in _WEEKDAYS and _WEEKDAYS.index(weekday) == tomorrow.weekday():
        days.append(tomorrow)
    return days


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _is_event_day(sentence: str, mention: DateMention) -> bool:
    """Whether a date is the day of an event the story is about (the quake, the crash, the march), or ends a
    clause that tells it ("killed when a bus veered off the road Wednesday")."""
    return event_kind(sentence, mention.text) is not None or in_event_clause(sentence, mention.text)


def article_place(lead: Sequence[list[Token]]) -> str | None:
    """The first place the headline or lead names after a preposition, if any. In a headline written in
    title case ("Quake In Morocco Leaves 296 Dead") a capitalised run is cut to the longest start of it that
    the rest of the lead writes too ("Morocco"); one the rest never writes is no place."""
    for n, tokens in enumerate(lead):
        rest = " ".join(t.text for other in lead[n + 1 :] for t in other) if title_case(tokens) else None
        for k, token in enumerate(tokens[:-1]):
            if token.lower not in _PLACE_PREPOSITIONS:
                continue
            place = _capitalised_run(tokens, k + 1)
            if place and rest is not None:
                place = _written_in(place, rest)
            if place:
                return place
    return None


def _written_in(place: str, text: str) -> str | None:
    words = place.split()
    for n in range(len(words), 0, -1):
        if re.search(rf"\b{re.escape(' '.join(words[:n]))}\b", text):
            return " ".join(words[:n])
    return None


def _capitalised_run(tokens: Sequence[Token], k: int) -> str | None:
    while k < len(tokens) and tokens[k].lower in _SKIPPED_BEFORE_PLACE:
        k += 1
    words: list[str] = []
    while k < len(tokens) and tokens[k].is_word and tokens[k].is_capitalized and len(words) < 3:
        if _calendar_at(tokens, k) or tokens[k].text.isupper() and len(tokens[k].text) > 3:
            break
        words.append(tokens[k].text.removesuffix("'s").removesuffix("’s"))
        k += 1
    return " ".join(words) or None


def _calendar_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether the word at `k` names a day or a month: a shortened month only with a "." or a figure after it
    ("as of Sept. 30", "on Oct 12"), for "Mar del Plata" and "Sept-Iles" are places."""
    word = tokens[k].lower.removesuffix("'s")
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return word in CALENDAR or word in MONTH_SHORT and after is not None and (after.text == "." or after.is_number)


@cache
def _headline_words() -> tuple[str, ...]:
    return tuple(lexicon().concepts[HEADLINE_CONCEPT])


@cache
def _headline_firsts() -> tuple[str, ...]:
    """The first word of each of `_headline_words`: a sentence without one has no phrase of a toll."""
    return tuple(dict.fromkeys(words.split()[0] for words in _headline_words()))


def headline_count(lead: Sequence[tuple[str, list[Token], int]]) -> Interval | None:
    """The death toll the headline, else the lead, gives: the first figure whose own phrase counts deaths,
    or the lead's own figure where the headline rounds it ("kills over 120", then "At least 127 people were
    killed"). `lead` holds each sentence's text, tokens and the offset its tokens are counted from."""
    tolls = _tolls(lead)
    first = next(tolls, None)
    if first is None or first.low == first.high and not first.approx:
        return first
    return next((toll for toll in tolls if toll.low is not None and _holds(first, toll.low)), first)


def _tolls(lead: Sequence[tuple[str, list[Token], int]]) -> Iterator[Interval]:
    words = _headline_words()
    for number, (text, tokens, offset) in enumerate(lead):
        if number == 0:
            yield from _ordinal_toll(tokens)
        lower = text.lower()
        if not any(first in lower for first in _headline_firsts()):
            continue  # a phrase is pieces of its sentence: without a toll's first word, no phrase holds a toll
        mentions = [m for m in find_numbers(tokens) if not m.vague]
        spans = [(m.first, m.last) for m in mentions]
        phrases = _own_words(tokens, spans, phrase_texts(text, tokens, spans, offset))
        closing = -1
        for n, (mention, phrase) in enumerate(zip(mentions, phrases, strict=True)):
            if n == closing:
                continue  # the second end of a range the figure before opened
            lowered = spaced_words(phrase)
            span = range_partner(tokens, mentions, n, None)
            closed = spaced_words(phrases[span.partner]) if span is not None and span.kind in RANGE_KINDS else ""
            if span is not None and any(f" {word} " in closed for word in words):
                closing = span.partner  # "250 to 300 were dead": the closing figure is stated as the toll
                yield Interval(low=span.low, high=span.high, approx=qualified(tokens, mention).interval.approx)
            elif any(f" {word} " in lowered for word in words):
                yield qualified(tokens, mention).interval


# The ranges a toll may be given as ("250 to 300 were dead", "between 12 and 15 killed"): one toll, both ends,
# where the closing figure's own words state the toll ("kills 12 - 3,000 displaced" is a toll and another count).
RANGE_KINDS = ("range", "between")


def _own_words(tokens: list[Token], spans: list[tuple[int, int]], phrases: list[str]) -> list[str]:
    """Each figure's phrase, where one word alone stands between two figures ("At Least 56 Killed 700 Injured"), with
    that word given to the figure before it: it is what befell those, not the next figure's verb."""
    owned = list(phrases)
    for k in range(1, len(spans)):
        between = tokens[spans[k - 1][1] + 1 : spans[k][0]]
        if len(between) != 1 or not between[0].text.isalpha() or between[0].lower in STOP:
            continue
        word = between[0].text
        if owned[k].startswith(word):
            owned[k] = owned[k][len(word) :].lstrip()
            owned[k - 1] = f"{owned[k - 1]} {word}"
    return owned


def _ordinal_toll(tokens: list[Token]) -> Iterator[Interval]:
    """The toll a headline gives by an ordinal before a noun of the dead (`ordinal_toll_nouns`): "12th body found
    in cruise ship disaster" reports from a toll of 12; so does one before a noun of a person whose death the
    next words tell (`single_person_nouns`): "Fifth person dies in toxic sludge disaster", "Third climber killed"."""
    nouns = lexicon().ordinal_toll_nouns
    for k in range(len(tokens) - 1):
        found = ordinal_at(tokens, k)
        if found is None or found[1] + 1 >= len(tokens):
            continue
        if tokens[found[1] + 1].lower in nouns or _person_dies(tokens, found[1] + 1):
            yield Interval(point=found[0], low=found[0], high=found[0])
            return


# How many words after a person's noun may tell that the person died ("person has now died").
DEATH_REACH = 3


def _person_dies(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is a noun of one person (`single_person_nouns`) that a word of the dead follows closely,
    with at most words of a toll's state between (`toll_state_links`: "person has now died"); never another
    verb's object ("Second man charged over death of teenager", "Third driver admits killing cyclist")."""
    lex = lexicon()
    if tokens[k].lower not in lex.single_person_nouns:
        return False
    at = skip_words(tokens, k + 1, set(lex.toll_state_links), DEATH_REACH)
    return at < min(len(tokens), k + 1 + DEATH_REACH) and tokens[at].lower in _death_words()


@cache
def _death_words() -> frozenset[str]:
    return frozenset(word for word in _headline_words() if " " not in word)


def toll_raised_to(sentences: Sequence[tuple[str, list[Token], int]]) -> float | None:
    """The highest figure an article's sentences say its death toll rose to ("raising the death toll to 12", "the
    toll has risen to 37"): a figure whose own phrase holds a word of the toll and one of `rising_count_words`."""
    words, rising = _headline_words(), _risen_to()
    raised: list[float] = []
    for text, tokens, offset in sentences:
        if rising.search(text) is None:
            continue
        mentions = [m for m in find_numbers(tokens) if not m.vague]
        spans = [(m.first, m.last) for m in mentions]
        for mention, phrase in zip(mentions, phrase_texts(text, tokens, spans, offset), strict=True):
            lowered = spaced_words(phrase)
            value = qualified(tokens, mention).interval
            if rising.search(phrase) and any(f" {w} " in lowered for w in words) and value.low is not None:
                raised.append(value.low)
    return max(raised, default=None)


@cache
def _risen_to() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(lexicon().rising_count_words, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.I)


def toll_revised(sentence: str) -> bool:
    """Whether a sentence says the death toll was revised ("New York mayor revises death toll to 17", "the
    mayor corrected the death count to reflect two fewer deaths"): a revision word and a word of the toll."""
    if _revision().search(sentence) is None:
        return False
    lowered = spaced_words(sentence)
    return any(f" {word} " in lowered for word in _headline_words())


def toll_rising(sentence: str) -> bool:
    """Whether a sentence says the death toll is still to rise ("Officials said the death toll will likely
    rise", "the number of dead is expected to climb"): a word of `toll_rising_words` and a word of the toll."""
    if _rising().search(sentence) is None:
        return False
    lowered = spaced_words(sentence)
    return any(f" {word} " in lowered for word in _headline_words())


@cache
def _rising() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(lexicon().toll_rising_words, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.I)


@cache
def _revision() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(lexicon().revision_words, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.I)


def spaced_words(text: str) -> str:
    """`text` in lower case without its punctuation, a space at each end: for finding a word or phrase in it
    (" killed " in "… were killed.")."""
    return f" {' '.join(_PLAIN_WORD.findall(text.lower()))} "


_PLAIN_WORD = re.compile(r"[\w'’-]+")


def _holds(bound: Interval, value: float) -> bool:
    return (bound.low is None or bound.low <= value) and (bound.high is None or value <= bound.high)
