"""Markdown or text files with YAML front matter: one article per file."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from claimcheck import bounded_yaml
from claimcheck.corpus.metadata import (
    build_document,
    parse_publication_date,
    title_span,
    without_lone_surrogates,
)
from claimcheck.corpus.reading import line_of
from claimcheck.errors import CorpusError
from claimcheck.models import Document, TitleSpan

_FENCE = re.compile(r"^---[ \t]*\r?$", re.M)


def has_front_matter(text: str) -> bool:
    return text.startswith("---") and bool(_FENCE.match(text))


def parse_front_matter(text: str, path: Path) -> list[Document]:
    if not has_front_matter(text):
        raise CorpusError("no YAML front matter (a file must start with a '---' line)", path, 1)
    closing = _FENCE.search(text, text.index("\n") + 1 if "\n" in text else len(text))
    if not closing:
        raise CorpusError("front matter is not closed by a '---' line", path, 1)
    header = text[text.index("\n") + 1 : closing.start()]
    meta, lines = _load_yaml(header, path)
    body_start = closing.end() + 1 if closing.end() < len(text) else closing.end()
    while body_start < len(text) and text[body_start] in "\r\n":
        body_start += 1
    body = text[body_start:].rstrip()
    body_line = line_of(text, body_start)
    title_at = _title_in_header(text, meta.get("title"), body_start, body_line)
    return [document_from_meta(meta, body, path, "markdown", body_start, body_line, lines, title_at=title_at)]


_TITLE_KEY = re.compile(r"^title[ \t]*:[ \t]*(?P<quote>['\"]?)", re.M)


def _title_in_header(text: str, title: Any, body_start: int, body_line: int) -> TitleSpan | None:
    """Where the `title:` value of the front matter stands, counted from the body."""
    match = _TITLE_KEY.search(text, 0, body_start)
    if match is None or not isinstance(title, str):
        return None
    start = match.end()
    line_start = text.rfind("\n", 0, start) + 1
    raw = text[start : text.find("\n", start) if "\n" in text[start:] else len(text)]
    return title_span(raw, title, line_of(text, start) - body_line, start - line_start + 1, start - body_start)


def _load_yaml(header: str, path: Path) -> tuple[dict[str, Any], dict[str, int]]:
    """The front matter's keys, and the file line of each (the header starts on line 2)."""
    try:
        node = bounded_yaml.compose(header)
        meta = bounded_yaml.construct(node)
    except yaml.YAMLError as exc:
        message, line = bounded_yaml.problem_of(exc, "front matter")
        raise CorpusError(message, path, line + 1 if line is not None else 1) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise CorpusError("front matter must be a mapping of keys (title, outlet, date, url, author)", path, 2)
    lines = (
        {str(key.value): key.start_mark.line + 2 for key, _ in node.value} if isinstance(node, yaml.MappingNode) else {}
    )
    return meta, lines


def _as_date(value: Any, path: Path, line: int) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    parsed = parse_publication_date(str(value)[:10]) or parse_publication_date(str(value))
    if parsed is None:
        raise CorpusError(
            f"date {value!r} is not a date (use 2023-10-03, 2023-10-03T14:05:00+02:00, 'Oct 3 2023' or "
            "'Tue, 03 Oct 2023 14:05:00 +0000')",
            path,
            line,
        )
    return parsed


def _line_of_date(meta: dict[str, Any], lines: dict[str, int] | int) -> int:
    if isinstance(lines, int):
        return lines
    key = "date" if meta.get("date") else "published"
    return lines.get(key, min(lines.values(), default=2))


def _as_authors(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    return [part.strip() for part in re.split(r"\s*(?:&|;| and )\s*", str(value)) if part.strip()]


def document_from_meta(
    meta: dict[str, Any],
    body: str,
    path: Path,
    fmt: str,
    offset: int,
    line: int,
    meta_lines: dict[str, int] | int,
    exact: bool = True,
    title_at: TitleSpan | None = None,
) -> Document:
    """A `Document` from front-matter-like keys (shared with JSON Lines); `meta_lines` is the line of each key
    (or of all of them)."""
    meta = {k: without_lone_surrogates(v) if isinstance(v, str) else v for k, v in meta.items()}
    url = str(meta["url"]).strip() if meta.get("url") else None
    return build_document(
        title=meta.get("title"),
        outlet=meta.get("outlet"),
        url=url,
        path=path,
        fmt=fmt,
        text=body,
        published=_as_date(meta.get("date") or meta.get("published"), path, _line_of_date(meta, meta_lines)),
        authors=_as_authors(meta.get("authors") or meta.get("author")),
        offset=offset,
        line=line,
        exact=exact,
        title_at=title_at,
    )
