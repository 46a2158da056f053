"""What every extractor needs about one document: normalised text, sentences, tokens, positions."""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import cached_property, partial

from claimcheck.corpus.normalize import NormalizedText, normalize
from claimcheck.extract.dates import DateMention, find_dates
from claimcheck.extract.notes import WHERE
from claimcheck.extract.sentences import Sentence, split_sentences
from claimcheck.extract.tokens import Token, tokenize
from claimcheck.models import DocRef, Document


@dataclass
class SentenceView:
    sentence: Sentence
    tokens: list[Token]
    dates: list[DateMention]


@dataclass
class DocumentContext:
    document: Document
    norm: NormalizedText = field(init=False)

    def __post_init__(self) -> None:
        self.norm = normalize(self.document.text)

    @property
    def text(self) -> str:
        return self.norm.text

    @cached_property
    def doc_ref(self) -> DocRef:
        return self.document.ref()

    @cached_property
    def sentences(self) -> list[SentenceView]:
        views = []
        for sentence in split_sentences(self.text):
            where = WHERE.set(partial(self.where, sentence.start))
            try:
                found = find_dates(sentence.text, self.document.published, sentence.text)
            finally:
                WHERE.reset(where)
            dates = [replace(m, start=m.start + sentence.start, end=m.end + sentence.start) for m in found]
            views.append(SentenceView(sentence, tokenize(sentence.text, sentence.start), dates))
        return views

    def where(self, start: int) -> tuple[str, int]:
        """(path, line) of normalised position `start`, for notes."""
        return self.document.path, self.position(self.norm.span(start, start + 1)[0])[0]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [view.sentence.start for view in self.sentences]

    def sentence_at(self, position: int) -> SentenceView | None:
        """The sentence holding normalised `position` (or ending just before it)."""
        index = bisect_right(self._sentence_starts, position) - 1
        if index < 0:
            return None
        view = self.sentences[index]
        return view if position <= view.sentence.end else None

    @cached_property
    def _line_starts(self) -> list[int]:
        text = self.document.text
        starts = [0]
        newline = text.find("\n")
        while newline >= 0:
            starts.append(newline + 1)
            newline = text.find("\n", newline + 1)
        return starts

    def position(self, index: int) -> tuple[int, int]:
        """(line, column) in the source file of original body character `index` (as `Document.position`)."""
        d = self.document
        if not d.exact_positions:
            return d.line, d.column
        row = bisect_right(self._line_starts, index) - 1
        column = index - self._line_starts[row] + 1
        return d.line + row, column + (d.column - 1 if row == 0 else 0)

    def original_sentence(self, sentence: Sentence) -> str:
        start, end = self.norm.span(sentence.start, sentence.end)
        return self.document.text[start:end]

    def base_fields(self, kind: str, start: int, end: int, sentence: Sentence, confidence: float) -> dict:
        """The fields every claim shares, for normalised span [start, end)."""
        o_start, o_end = self.norm.span(start, end)
        d = self.document
        line, column = self.position(o_start)
        text = d.text[o_start:o_end]
        key = f"{d.id}|{kind}|{o_start}|{o_end}|{text}"
        return {
            "id": hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
            "doc": self.doc_ref,
            "text": text,
            "sentence": self.original_sentence(sentence),
            "path": d.path,
            "line": line,
            "column": column,
            "start": d.offset + o_start if d.exact_positions else o_start,
            "end": d.offset + o_end if d.exact_positions else o_end,
            "confidence": round(confidence, 2),
        }
