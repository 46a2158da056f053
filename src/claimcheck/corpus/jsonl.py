"""JSON Lines: one article per line, with the front-matter keys plus `text`.

Records are read with the bounds of YAML input (`bounded_yaml`): nesting at most `MAX_DEPTH` levels and
numbers at most `MAX_NUMBER_CHARS` characters, each checked in time linear in the line.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from claimcheck.bounded_yaml import MAX_DEPTH, MAX_NUMBER_CHARS
from claimcheck.corpus.frontmatter import document_from_meta
from claimcheck.corpus.metadata import clean_field, title_span, without_lone_surrogates
from claimcheck.errors import CorpusError
from claimcheck.models import Document, TitleSpan

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = str.maketrans({"[": "+", "{": "+", "]": "-", "}": "-"})


class _NumberTooLong(ValueError):
    pass


def _number(text: str) -> str:
    if len(text) > MAX_NUMBER_CHARS:
        raise _NumberTooLong(f"a number of {len(text):,} characters is over the limit of {MAX_NUMBER_CHARS:,}")
    return text


def _too_deep(raw: str) -> bool:
    """Whether a JSON text nests more than `MAX_DEPTH` levels (brackets inside strings do not count)."""
    if raw.count("[") + raw.count("{") <= MAX_DEPTH:
        return False  # the common case, without a scan
    depth = 0
    for step in _NOT_BRACKET.sub("", _STRING.sub("", raw)).translate(_STEP):
        depth += 1 if step == "+" else -1
        if depth > MAX_DEPTH:
            return True
    return False


def _record(raw: str, path: Path, number: int) -> Any:
    if _too_deep(raw):
        raise CorpusError(f"nested more than {MAX_DEPTH} levels deep", path, number)
    try:
        return json.loads(raw, parse_int=lambda s: int(_number(s)), parse_float=lambda s: float(_number(s)))
    except json.JSONDecodeError as exc:
        raise CorpusError(f"not valid JSON: {exc.msg} (column {exc.colno})", path, number) from None
    except _NumberTooLong as exc:
        raise CorpusError(str(exc), path, number) from None


def parse_jsonl(text: str, path: Path) -> list[Document]:
    documents = []
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        record = _record(raw, path, number)
        if not isinstance(record, dict):
            raise CorpusError("a JSON Lines record must be an object with a 'text' key", path, number)
        body = record.get("text")
        if not isinstance(body, str):
            raise CorpusError("record has no 'text' string", path, number)
        body = without_lone_surrogates(body)
        title_at = _title_in_record(raw, record.get("title"))
        documents.append(
            document_from_meta(record, body, path, "jsonl", 0, number, number, exact=False, title_at=title_at)
        )
    if not documents:
        raise CorpusError("no article found: the file has no JSON records", path)
    return documents


_TITLE_KEY = re.compile(r'"title"\s*:\s*"')


def _title_in_record(raw: str, title: object) -> TitleSpan | None:
    """Where the title stands on the record's line. JSON Lines positions count in the decoded text, so
    the title counts as if written just before it (a negative offset)."""
    if not isinstance(title, str):
        return None
    match = _TITLE_KEY.search(raw)
    column = match.end() + 1 if match else 1
    written = clean_field(title) or ""
    return title_span(raw[match.end() :] if match else "", title, 0, column, -(len(written) + 1))
