"""Date claims: each date mention with the event it pins down."""

from __future__ import annotations

import re

from claimcheck.extract.context import DocumentContext, SentenceView
from claimcheck.extract.dates import DateMention
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


def event_of(sentence: str, start: int, end: int) -> str | None:
    """The clause around a date, without the date: "a lightning military operation" for "... on Sept. 20"; the
    clauses after it too while that has fewer than three words that are not fillers."""
    cuts = [(m.start(), m.end()) for m in _CLAUSE.finditer(sentence)]
    bounds = [0] + [cut_end for _, cut_end in cuts]
    stops = [cut_start for cut_start, _ in cuts] + [len(sentence)]
    holds = [begin <= start < stop + 1 for begin, stop in zip(bounds, stops, strict=True)]
    index = holds.index(True) if True in holds else 0
    words: list[str] = []
    for k in range(index, len(stops)):
        begin, stop = bounds[k], stops[k]
        words += _content(sentence[begin:start] + " " + sentence[end:stop] if holds[k] else sentence[begin:stop])
        if sum(w.lower() not in _FILLER for w in words) >= 3:
            break
    return " ".join(words[-14:]) if words else None


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


def _claim(ctx: DocumentContext, view: SentenceView, mention: DateMention) -> DateClaim:
    sentence = view.sentence
    local_start, local_end = mention.start - sentence.start, mention.end - sentence.start
    confidence = mention.confidence if mention.granularity != "none" else 0.4
    return DateClaim(
        **ctx.base_fields("date", mention.start, mention.end, sentence, confidence),
        value=DateValue(date=mention.date, granularity=mention.granularity),  # type: ignore[arg-type]
        event=event_of(sentence.text, local_start, local_end),
        resolved=mention.resolved,
    )
