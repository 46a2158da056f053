"""What every extractor needs about one document: normalised text, sentences, tokens, positions.

The title is text too: where the file holds it (`Document.title_at`), `text` is the title, a line break
and the body, so every extractor reads the title as a sentence of its own, and `base_fields` maps a
position in it back to where the title is written."""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property, partial
from typing import TYPE_CHECKING, TypedDict

from claimcheck.corpus.normalize import NormalizedText, normalize
from claimcheck.extract.article import (
    article_place,
    headline_count,
    text_date,
    toll_raised_to,
    toll_revised,
    toll_rising,
)
from claimcheck.extract.currency import Places, places_named
from claimcheck.extract.dates import DateMention, find_dates, numeric_order
from claimcheck.extract.notes import WHERE
from claimcheck.extract.phrases import places_named_as
from claimcheck.extract.sentences import Sentence, split_sentences
from claimcheck.extract.tokens import Token, tokenize
from claimcheck.extract.units import DefinedUnit, defined_units
from claimcheck.models import DocRef, Document

if TYPE_CHECKING:
    from claimcheck.extract.names import PersonMention


# The sentences of a body that make its lead: what the article is about, where and when.
LEAD_SENTENCES = 2


# Words after which a name is a place: "in Calabarzon", "across Bicol", "from Albay".
_PLACE_WORDS = frozenset({"in", "across", "from", "of", "throughout"})


@dataclass
class SentenceView:
    sentence: Sentence
    tokens: list[Token]
    dates: list[DateMention]


class BaseFields(TypedDict):
    """The fields of `ClaimBase` every claim shares, as `DocumentContext.base_fields` makes them."""

    id: str
    doc: DocRef
    text: str
    sentence: str
    path: str
    line: int
    column: int
    start: int
    end: int
    confidence: float


@dataclass
class DocumentContext:
    document: Document
    norm: NormalizedText = field(init=False)  # the body
    title: NormalizedText | None = field(init=False)  # the title, where the file holds it
    body_start: int = field(init=False)  # where the body starts in `text`
    text: str = field(init=False)  # the normalised title (if any), a line break and the normalised body
    _written: dict[int, str] = field(init=False, default_factory=dict, repr=False)  # sentences as written

    def __post_init__(self) -> None:
        self.norm = normalize(self.document.text)
        self.title = normalize(self.document.title) if self.document.title_at is not None else None
        self.body_start = len(self.title.text) + 1 if self.title is not None else 0
        self.text = f"{self.title.text}\n{self.norm.text}" if self.title is not None else self.norm.text

    @cached_property
    def _places_by_kind(self) -> list[tuple[int, str, str]]:
        return [place for view in self.sentences for place in places_named_as(view.tokens)]

    def place_named_as(self, kind: str, before: int) -> str | None:
        """What "the province" stands for at offset `before`: of the places the document names as a `kind`
        ("Gansu province", "Gansu and Qinghai provinces"), the one it names last before that offset, in
        any way ("113 died in Gansu and another 536 were injured in the province")."""
        names = {name for _, noun, name in self._places_by_kind if noun == kind}
        return self._last_named(names, before)

    def _last_named(self, names: set[str], before: int) -> str | None:
        named = [t for view in self.sentences for t in view.tokens if t.start < before and t.text in names]
        return named[-1].text if named else None

    def named_as_place(self, name: str) -> bool:
        """Whether the document names `name` as a place somewhere: after "in", "across", "from" or "of", alone or
        in a list of names ("in Central Luzon, Calabarzon, Mimaropa and Bicol")."""
        return name in self._names_after_place_words

    @cached_property
    def _names_after_place_words(self) -> frozenset[str]:
        found: set[str] = set()
        for view in self.sentences:
            tokens, k = view.tokens, 0
            while k < len(tokens):
                if tokens[k].lower not in _PLACE_WORDS:
                    k += 1
                    continue
                k += 1
                words: list[str] = []
                while k < len(tokens) and (
                    tokens[k].is_capitalized or tokens[k].text == "," or tokens[k].lower == "and"
                ):
                    if tokens[k].is_capitalized and tokens[k].is_word:
                        words.append(tokens[k].text)
                    elif words:
                        found.add(" ".join(words))
                        words = []
                    k += 1
                if words:
                    found.add(" ".join(words))
        return frozenset(found)

    def place_named_before(self, before: int) -> str | None:
        """The last place, of those the document names with their kind ("Marsa county"), that it names in
        any way before offset `before`: the place "there" stands for."""
        return self._last_named({name for _, _, name in self._places_by_kind}, before)

    @cached_property
    def defined_units(self) -> dict[str, DefinedUnit]:
        """The short forms the story defines for units in brackets ("9.4 million tonnes (MT)"; `units.defined_units`)."""
        return defined_units([view.tokens for view in self.sentences])

    @cached_property
    def places(self) -> Places:
        """What the places the document names say about ambiguous currencies (`currency.places_named`): a
        place that only says whose a business is decides nothing for the whole document."""
        return places_named((view.tokens for view in self.sentences), firms_too=False)

    @cached_property
    def people(self) -> list[PersonMention]:
        from claimcheck.extract.names import person_mentions  # names reads this context

        return person_mentions(self)

    @cached_property
    def doc_ref(self) -> DocRef:
        """The document as its claims name it, with what its title and lead say of it (`extract.article`)."""
        lead = self.sentences[: len(self._lead)]
        toll = headline_count([(v.sentence.text, v.tokens, v.sentence.start) for v in lead])
        if toll is None:  # an article that gives its toll further down still reports from that stage
            toll = headline_count([(v.sentence.text, v.tokens, v.sentence.start) for v in self.sentences])
        return self.document.ref().model_copy(
            update={
                "text_date": self.text_date,
                "place": article_place([view.tokens for view in lead]),
                "headline_count": toll,
                "toll_raised_to": toll_raised_to(
                    [(v.sentence.text, v.tokens, v.sentence.start) for v in self.sentences]
                ),
                "toll_revised": any(toll_revised(view.sentence.text) for view in self.sentences),
                "toll_rising": any(toll_rising(view.sentence.text) for view in self.sentences),
            }
        )

    @cached_property
    def _split(self) -> list[Sentence]:
        """The sentences of `text`, split once for the lead and for every extractor."""
        return split_sentences(self.text)

    @cached_property
    def _lead(self) -> list[Sentence]:
        """The title (where the file holds it) and the first `LEAD_SENTENCES` sentences of the body."""
        sentences = self._split
        titles = [s for s in sentences if s.start < self.body_start]
        return titles + [s for s in sentences if s.start >= self.body_start][:LEAD_SENTENCES]

    @cached_property
    def text_date(self) -> dt.date | None:
        """The day the lead reports from, where it contradicts the page's date (`article.text_date`)."""
        published = self.document.published
        lead = [(s.text, find_dates(s.text, published, day_first=lambda: self.date_order)) for s in self._lead]
        return text_date(published, lead)

    @property
    def today(self) -> dt.date | None:
        """The day relative dates count from: the text's own day, else the page's."""
        return self.text_date or self.document.published

    @cached_property
    def sentences(self) -> list[SentenceView]:
        views: list[SentenceView] = []
        # the paragraph's last date so far ("two days earlier", "four days before" count from it); where a story
        # gives each sentence a paragraph of its own, the paragraphs before are its paragraph
        before: DateMention | None = None
        today = self.text_date or self.document.published  # relative dates count from the text's own day
        opened = 0  # where the paragraph opened, in `views`
        paragraph_day: DateMention | None = None  # the last date of the sentence's own paragraph
        for sentence in self._split:
            if views and "\n" in self.text[views[-1].sentence.end : sentence.start]:
                if len(views) - opened > 1 or sentence.start <= self.body_start:
                    before = None
                opened, paragraph_day = len(views), None
            where = WHERE.set(partial(self.where, sentence.start))
            try:
                dates = find_dates(
                    sentence.text,
                    today,
                    offset=sentence.start,
                    day_first=lambda: self.date_order,
                    before=before,
                    page=self.document.published,
                    paragraph_day=paragraph_day,
                )
            finally:
                WHERE.reset(where)
            before = next((d for d in reversed(dates) if d.claim and d.date), before)
            paragraph_day = next((d for d in reversed(dates) if d.claim and d.date), paragraph_day)
            views.append(SentenceView(sentence, tokenize(sentence.text, sentence.start), dates))
        return views

    def view_before(self, view: SentenceView) -> SentenceView | None:
        """The sentence before `view` in its paragraph, if any."""
        at = bisect_right(self._sentence_starts, view.sentence.start) - 1
        if at < 1:
            return None
        before = self.sentences[at - 1]
        return None if "\n" in self.text[before.sentence.end : view.sentence.start] else before

    def view_just_before(self, view: SentenceView) -> SentenceView | None:
        """The sentence right before `view`, in its paragraph or ending the one before (a news paragraph is often
        one sentence), if any."""
        at = bisect_right(self._sentence_starts, view.sentence.start) - 1
        return self.sentences[at - 1] if at >= 1 else None

    def where(self, start: int) -> tuple[str, int]:
        """(path, line) of normalised position `start` of `text`, for notes."""
        source, o_start, _ = self._original(start, start + 1)
        d = self.document
        if source is d.text or d.title_at is None:
            return d.path, self.position(o_start)[0]
        return d.path, d.line + d.title_at.line

    @cached_property
    def date_order(self) -> bool | None:
        """Whether the document writes numeric dates day first (None: it does not show)."""
        return numeric_order(self.text)

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

    def _original(self, start: int, end: int) -> tuple[str, int, int]:
        """(original text, its start, its end) of normalised span [start, end) of `text`: in the title when
        it starts before the body, else in the body."""
        if start < self.body_start and self.title is not None:
            o_start, o_end = self.title.span(start, min(end, self.body_start - 1))
            return self.document.title, o_start, o_end
        o_start, o_end = self.norm.span(start - self.body_start, end - self.body_start)
        return self.document.text, o_start, o_end

    def original(self, start: int, end: int) -> str:
        """The source text of normalised span [start, end)."""
        text, o_start, o_end = self._original(start, end)
        return text[o_start:o_end]

    def original_sentence(self, sentence: Sentence) -> str:
        written = self._written.get(sentence.start)
        if written is None:
            source, start, end = self._original(sentence.start, sentence.end)
            written = self._written[sentence.start] = source[start:end]
        return written

    def base_fields(self, kind: str, start: int, end: int, sentence: Sentence, confidence: float) -> BaseFields:
        """The fields every claim shares, for normalised span [start, end) of `text`."""
        source, o_start, o_end = self._original(start, end)
        d = self.document
        text = source[o_start:o_end]
        base = d.offset if d.exact_positions else 0
        at = d.title_at
        if source is d.text or at is None:
            line, column = self.position(o_start)
            where, f_start, f_end = "", base + o_start, base + o_end
        elif at.verbatim:
            line, column = d.line + at.line, at.column + o_start
            where, f_start, f_end = "title|", base + at.offset + o_start, base + at.offset + o_end
        else:  # the file holds the title in another form: every position in it is the title's start
            line, column = d.line + at.line, at.column
            where, f_start, f_end = "title|", base + at.offset, base + at.offset
        key = f"{d.id}|{kind}|{where}{o_start}|{o_end}|{text}"
        return {
            "id": hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
            "doc": self.doc_ref,
            "text": text,
            "sentence": self.original_sentence(sentence),
            "path": d.path,
            "line": line,
            "column": column,
            "start": f_start,
            "end": f_end,
            "confidence": round(confidence, 2),
        }
