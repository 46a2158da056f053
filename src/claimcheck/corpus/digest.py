"""News digests: plain text holding many articles one after another.

Each article is a headline line, a blank line, an optional outlet line, a date line, an optional byline
(`By ...`, a bare name, `• FROM AFP NEWS`), then body paragraphs and an optional URL line. The date line
is what marks an article: a short subheading inside a body does not start a new one.
"""

from __future__ import annotations

import datetime as dt
import re
from array import array
from itertools import accumulate, islice
from pathlib import Path
from typing import NamedTuple, overload

from claimcheck.corpus.metadata import build_document, parse_publication_date, title_span
from claimcheck.errors import CorpusError
from claimcheck.models import Document

_URL_LINE = re.compile(r"^\s*(https?://\S+)\s*$")
_BYLINE = re.compile(r"^\s*(?:[•·*-]\s*)?(?:by|from)\s+(?P<who>.+?)\s*$", re.I)
_BARE_NAME = re.compile(r"^\s*[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3}\s*$")
_LABEL = re.compile(r"^\s*[A-Z][A-Z &'-]{1,24}\s*$")


class _Line(NamedTuple):
    number: int  # 0-based
    start: int
    text: str
    blank: bool


class _Lines:
    """The lines of a digest, kept as where each starts and whether it is blank (9 bytes a line, where the
    lines themselves would take the size of the text again and more), made into `_Line` records when read."""

    CHUNK = 1 << 20  # characters split into lines at a time

    def __init__(self, text: str) -> None:
        self.text = text
        self.carriage_returns = "\r" in text
        self.starts = array("q")
        self.blanks = bytearray()
        position = 0
        while True:
            end = text.find("\n", position + self.CHUNK)
            parts = (text[position:] if end < 0 else text[position:end]).split("\n")
            self.starts.extend(islice(accumulate(map((1).__add__, map(len, parts)), initial=position), len(parts)))
            self.blanks.extend(not part or part.isspace() for part in parts)
            if end < 0:
                break
            position = end + 1

    def __len__(self) -> int:
        return len(self.starts)

    def text_of(self, number: int) -> str:
        stop = self.starts[number + 1] - 1 if number + 1 < len(self.starts) else len(self.text)
        line = self.text[self.starts[number] : stop]
        return line.rstrip("\r") if self.carriage_returns else line

    @overload
    def __getitem__(self, number: int) -> _Line: ...
    @overload
    def __getitem__(self, numbers: slice) -> list[_Line]: ...
    def __getitem__(self, key: int | slice) -> _Line | list[_Line]:
        if isinstance(key, slice):
            return [self[number] for number in range(*key.indices(len(self)))]
        number = key if key >= 0 else len(self) + key
        if not 0 <= number < len(self):
            raise IndexError(key)
        return _Line(number, self.starts[number], self.text_of(number), bool(self.blanks[number]))

    def date_lines(self) -> list[int]:
        """The lines that are a publication date (short, and parsed as one)."""
        found = []
        for number, blank in enumerate(self.blanks):
            if blank:
                continue
            text = self.text_of(number)
            if _short(text) and parse_publication_date(text):
                found.append(number)
        return found


def looks_like_digest(text: str) -> bool:
    return any(parse_publication_date(line) for line in text.split("\n", 400)[:400])


def _block_start(lines: _Lines, date_index: int, previous: tuple[int, int] | None) -> int:
    """The first line of the run of non-blank lines holding `date_index`. `previous` is the (date line, block
    start) found before it: a run of date lines is walked once, not once per date line."""
    start = date_index
    while start > 0 and not lines.blanks[start - 1]:
        if previous is not None and start - 1 == previous[0]:
            return previous[1]
        start -= 1
    return start


def _header_of(lines: _Lines, date_index: int, block_start: int) -> tuple[int, str, str | None]:
    """(first line index, headline, outlet) for the article whose date line is `date_index`."""
    size = date_index - block_start
    if size >= 2:
        return block_start, lines.text_of(block_start).strip(), lines.text_of(block_start + 1).strip()
    previous = block_start - 1
    while previous >= 0 and lines.blanks[previous]:
        previous -= 1
    headline_ok = previous >= 0 and not _URL_LINE.match(lines.text_of(previous))
    if size == 1:
        first = lines.text_of(block_start).strip()
        if headline_ok and len(first) <= 60 and len(first.split()) <= 6:
            return previous, lines.text_of(previous).strip(), first
        return block_start, first, None
    if headline_ok:
        return previous, lines.text_of(previous).strip(), None
    return date_index, "", None


def _byline(text: str) -> list[str] | None:
    match = _BYLINE.match(text)
    if match and _names_only(match["who"]):
        who = re.sub(r"\b(news|reporters?)\b", "", match["who"], flags=re.I).strip()
        return [part.strip() for part in re.split(r"\s*(?:&|,| and )\s*", who) if part.strip()] or []
    if _BARE_NAME.match(text) and len(text.strip()) <= 40 and not text.strip().endswith((".", ":")):
        return [text.strip()]
    return None


def _names_only(who: str) -> bool:
    """Whether what follows "By" is names, not a sentence ("By noon, police had made 20 arrests.")."""
    words = who.split()
    return (
        bool(words)
        and words[0][:1].isupper()
        and len(words) <= LONGEST_BYLINE_WORDS
        and not any(c.isdigit() for c in who)
        and not who.rstrip().endswith((".", "!", "?"))
    )


LONGEST_BYLINE_WORDS = 12
LONGEST_DATE_LINE = 40


def _short(text: str) -> bool:
    """Short enough to be a date line (a quick test before the date patterns)."""
    return len(text) <= LONGEST_DATE_LINE or len(text.strip()) <= LONGEST_DATE_LINE


def parse_digest(text: str, path: Path) -> list[Document]:
    lines = _Lines(text)
    date_lines = lines.date_lines()
    if not date_lines:
        raise CorpusError("no article found: a digest article needs a date line such as 'Oct 3 2023'", path)
    headers = []
    previous: tuple[int, int] | None = None
    for date_index in date_lines:
        block_start = _block_start(lines, date_index, previous)
        previous = (date_index, block_start)
        headers.append(_header_of(lines, date_index, block_start))
    documents = []
    for k, date_index in enumerate(date_lines):
        end = headers[k + 1][0] if k + 1 < len(date_lines) else len(lines)
        first, title, outlet = headers[k]
        published = parse_publication_date(lines.text_of(date_index))
        documents.append(_article(lines, text, path, date_index, end, (first, title), outlet, published))
    return documents


def _article(
    lines: _Lines,
    text: str,
    path: Path,
    date_index: int,
    end: int,
    headline: tuple[int, str],
    outlet: str | None,
    published: dt.date | None,
) -> Document:
    cursor = date_index + 1
    authors: list[str] = []
    while cursor < end and lines.blanks[cursor]:
        cursor += 1
    while cursor < end and not lines.blanks[cursor]:
        names = _byline(lines.text_of(cursor))
        if names is None and not _LABEL.match(lines.text_of(cursor)):
            break
        authors += names or []
        cursor += 1
    last = _last_non_blank(lines, cursor, end - 1)
    url = None
    if last >= cursor and (match := _URL_LINE.match(lines.text_of(last))):
        url = match.group(1)
        last = _last_non_blank(lines, cursor, last - 1)
    first = cursor
    while first <= last and lines.blanks[first]:
        first += 1
    if first <= last:
        start = lines.starts[first]
        stop = lines.starts[last] + len(lines.text_of(last))
        line_number = first + 1
    else:
        start = stop = lines.starts[date_index] + len(lines.text_of(date_index))
        line_number = date_index + 1
    number, title = headline  # the headline is the first line of the article's header
    raw = lines[number].text
    lead = len(raw) - len(raw.lstrip())
    at = title_span(raw[lead:], title, number + 1 - line_number, lead + 1, lines[number].start + lead - start)
    return build_document(
        title=title,
        outlet=outlet,
        published=published,
        authors=authors,
        url=url,
        path=path,
        fmt="digest",
        text=text[start:stop],
        offset=start,
        line=line_number,
        title_at=at,
    )


def _last_non_blank(lines: _Lines, first: int, last: int) -> int:
    """The last non-blank line in [first, last], or `first - 1` when there is none."""
    while last >= first and lines.blanks[last]:
        last -= 1
    return last
