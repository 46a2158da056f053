"""JSON Lines: one article per line, with the front-matter keys plus `text`."""

from __future__ import annotations

import json
import re
from pathlib import Path

from claimcheck.corpus.frontmatter import document_from_meta
from claimcheck.corpus.metadata import clean_field, title_span, without_lone_surrogates
from claimcheck.errors import CorpusError
from claimcheck.models import Document, TitleSpan


def parse_jsonl(text: str, path: Path) -> list[Document]:
    documents = []
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"not valid JSON: {exc.msg} (column {exc.colno})", path, number) from None
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
