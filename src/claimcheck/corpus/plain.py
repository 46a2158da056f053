"""Plain text articles (`.txt` with no date line): the first line is the title, the rest the body, the
date comes from the file name (`2024-03-05-storm.txt`, `20240305_storm.txt`)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from claimcheck.corpus.metadata import build_document, title_span
from claimcheck.corpus.reading import STDIN
from claimcheck.errors import CorpusError
from claimcheck.models import Document

_NAME_DATE = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)([-_.]?)(?P<month>\d\d)\2(?P<day>\d\d)(?!\d)")
HOW_TO_DATE = (
    "give it a date in the file name (2024-03-05-title.txt), on a line under the headline (March 5 2024) "
    "or in front matter (date: 2024-03-05)"
)
HOW_TO_DATE_STDIN = (
    "standard input has no file name: give a date on a line under the headline (March 5 2024) or in front "
    "matter (date: 2024-03-05); a CSV or TSV table on standard input needs --columns"
)


def date_from_name(path: Path) -> dt.date | None:
    for match in _NAME_DATE.finditer(path.stem):
        try:
            return dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
        except ValueError:
            continue
    return None


def parse_plain(text: str, path: Path) -> list[Document]:
    published = date_from_name(path)
    if published is None:
        raise CorpusError("no date for this article", path, hint=HOW_TO_DATE_STDIN if path == STDIN else HOW_TO_DATE)
    lines = text.split("\n")
    first = next(index for index, line in enumerate(lines) if line.strip())
    raw = lines[first]
    title = raw.strip()
    offset = sum(len(line) + 1 for line in lines[: first + 1])
    body = text[offset:]
    start = len(body) - len(body.lstrip())
    body = body.strip()
    if not body:
        raise CorpusError("the article has a title line but no text under it", path, first + 1)
    line = text.count("\n", 0, offset + start) + 1
    lead = len(raw) - len(raw.lstrip())
    title_start = sum(len(text_line) + 1 for text_line in lines[:first]) + lead
    at = title_span(raw[lead:], title, first + 1 - line, lead + 1, title_start - (offset + start))
    return [
        build_document(
            title=title,
            outlet=None,
            published=published,
            authors=[],
            url=None,
            path=path,
            fmt="text",
            text=body,
            offset=offset + start,
            line=line,
            title_at=at,
        )
    ]
