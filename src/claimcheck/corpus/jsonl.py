"""JSON Lines: one article per line, with the front-matter keys plus `text`."""

from __future__ import annotations

import json
from pathlib import Path

from claimcheck.corpus.frontmatter import document_from_meta
from claimcheck.corpus.metadata import without_lone_surrogates
from claimcheck.errors import CorpusError
from claimcheck.models import Document


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
        documents.append(document_from_meta(record, body, path, "jsonl", 0, number, number, exact=False))
    if not documents:
        raise CorpusError("no article found: the file has no JSON records", path)
    return documents
