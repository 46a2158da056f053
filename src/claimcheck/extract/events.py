"""Date claims: each date mention with the event it pins down."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from claimcheck.extract.context import DocumentContext, SentenceView
from claimcheck.extract.dates import DateMention
from claimcheck.extract.lexicon import lexicon
from claimcheck.models import DateClaim, DateValue

_CLAUSE = re.compile(r",(?!\d)|[;()]|:(?!\d)|\s-\s|\s--\s")
_FILLER = {
    "on",
    "in",
    "of",
    "by",
    "since",
    "at",
    "the",
    "and",
    "but",
    "as",
    "from",
    "until",
    "to",
    "last",
    "early",
    "late",
    "this",
    "that",
    "which",
    "who",
    "was",
    "is",
    "it",
}


_WORD = re.compile(r"[\w'-]+")


def event_of(sentence: str, start: int, end: int, others: Sequence[tuple[int, int]] = ()) -> str | None:
    """The clause around a date, without the date: "a lightning military operation" for "... on Sept. 20"; the
    clauses after it too while that has fewer than three words that are not fillers. Where the clause holds
    another date (`others`, their spans), the date's own stretch of it, up to the word that opens the other's
    event ("reached the site where the bridge collapsed on Sunday")."""
    cuts = [(m.start(), m.end()) for m in _CLAUSE.finditer(sentence)]
    bounds = [0] + [cut_end for _, cut_end in cuts]
    stops = [cut_start for cut_start, _ in cuts] + [len(sentence)]
    holds = [begin <= start < stop + 1 for begin, stop in zip(bounds, stops, strict=True)]
    index = holds.index(True) if True in holds else 0
    bounds[index], stops[index] = _own_stretch(sentence, start, end, bounds[index], stops[index], others)
    words: list[str] = []
    for k in range(index, len(stops)):
        begin, stop = bounds[k], stops[k]
        words += _content(sentence[begin:start] + " " + sentence[end:stop] if holds[k] else sentence[begin:stop])
        if sum(w.lower() not in _FILLER for w in words) >= 3:
            break
    return " ".join(_nearest(words, _lead(sentence[bounds[index] : start]))) if words else None


# How many words an event keeps, and how many of them after its date at least, where the words run on.
_EVENT_WORDS = 14
_WORDS_AFTER = 5


def _lead(before: str) -> int:
    """How many of an event's words come before its date: those of its clause, past the fillers that open it."""
    words = _WORD.findall(before)
    while words and words[0].lower() in _FILLER:
        words.pop(0)
    return len(words)


def _nearest(words: list[str], lead: int) -> list[str]:
    """The words of an event nearest its date, where there are too many: those right before it, and at least
    `_WORDS_AFTER` right after it ("On July 30, the recall … broadened to include an additional 7 million pounds
    of products because …": "the recall … broadened", not the clause's last words)."""
    if len(words) <= _EVENT_WORDS:
        return words
    lead = min(lead, len(words))
    after = min(len(words) - lead, max(_WORDS_AFTER, _EVENT_WORDS - lead))
    return words[lead - min(lead, _EVENT_WORDS - after) : lead + after]


def _own_stretch(
    sentence: str, start: int, end: int, begin: int, stop: int, others: Sequence[tuple[int, int]]
) -> tuple[int, int]:
    """The part of a date's clause [begin, stop) that tells its own event: cut at a word that opens another
    event's clause (`event_openers`) between it and another date of the clause."""
    for other_start, other_end in others:
        if begin <= other_start and other_end <= stop and other_start >= end:
            opener = _opener(sentence, end, other_start)
            stop = opener if opener is not None else stop
        elif begin <= other_start and other_end <= stop and other_end <= start:
            opener = _last_opener(sentence, other_end, start)
            begin = opener if opener is not None else begin
    return begin, stop


@cache
def _openers() -> re.Pattern[str]:
    words = "|".join(map(re.escape, lexicon().event_openers))
    return re.compile(rf"\b(?:{words})\b", re.I)


def _opener(sentence: str, begin: int, stop: int) -> int | None:
    found = _openers().search(sentence, begin, stop)
    return found.start() if found else None


def _last_opener(sentence: str, begin: int, stop: int) -> int | None:
    found = list(_openers().finditer(sentence, begin, stop))
    return found[-1].start() if found else None


def _content(text: str) -> list[str]:
    words = _WORD.findall(text)
    while words and words[0].lower() in _FILLER:
        words.pop(0)
    while words and words[-1].lower() in _FILLER:
        words.pop()
    return words


def dates_in(ctx: DocumentContext, view: SentenceView) -> list[DateClaim]:
    # A date that cannot exist or be placed is no claim.
    return [_claim(ctx, view, mention) for mention in view.dates if mention.claim]


def _other_dates(view: SentenceView, mention: DateMention) -> list[tuple[int, int]]:
    """The spans, in the sentence, of its other dates."""
    at = view.sentence.start
    return [(m.start - at, m.end - at) for m in view.dates if m is not mention and m.claim]


def _claim(ctx: DocumentContext, view: SentenceView, mention: DateMention) -> DateClaim:
    sentence = view.sentence
    local_start, local_end = mention.start - sentence.start, mention.end - sentence.start
    confidence = mention.confidence if mention.granularity != "none" else 0.4
    return DateClaim(
        **ctx.base_fields("date", mention.start, mention.end, sentence, confidence),
        value=DateValue(date=mention.date, granularity=mention.granularity),  # type: ignore[arg-type]
        event=event_of(sentence.text, local_start, local_end, _other_dates(view, mention)),
        resolved=mention.resolved,
    )
