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


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'-]+", text)


def event_of(sentence: str, start: int, end: int) -> str | None:
    """The clause around a date, without the date: "a lightning military operation" for "... on Sept. 20"."""
    clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(sentence)]
    bounds = [0] + [e for _, e in clauses] + [len(sentence)]
    stops = [s for s, _ in clauses] + [len(sentence)]
    pieces = []
    for begin, stop in zip(bounds, stops, strict=False):
        piece = sentence[begin:stop]
        if begin <= start < stop + 1:
            piece = sentence[begin:start] + " " + sentence[end:stop]
        pieces.append((begin <= start < stop + 1, piece))
    index = next((i for i, (has, _) in enumerate(pieces) if has), 0)
    words = _content(pieces[index][1])
    k = index + 1
    while sum(w.lower() not in _FILLER for w in words) < 3 and k < len(pieces):
        words += _content(pieces[k][1])
        k += 1
    if not words:
        return None
    return " ".join(words[-14:])


def _content(text: str) -> list[str]:
    words = _words(text)
    while words and words[0].lower() in _FILLER:
        words.pop(0)
    while words and words[-1].lower() in _FILLER:
        words.pop()
    return words


def dates_in(ctx: DocumentContext, view: SentenceView) -> list[DateClaim]:
    return [_claim(ctx, view, mention) for mention in view.dates if not mention.impossible]


def _claim(ctx: DocumentContext, view: SentenceView, mention: DateMention) -> DateClaim:
    sentence = view.sentence
    local_start, local_end = mention.start - sentence.start, mention.end - sentence.start
    confidence = 0.9 if mention.granularity != "none" else 0.4
    return DateClaim(
        **ctx.base_fields("date", mention.start, mention.end, sentence, confidence),
        value=DateValue(date=mention.date, granularity=mention.granularity),  # type: ignore[arg-type]
        event=event_of(sentence.text, local_start, local_end),
        resolved=mention.resolved,
    )
