"""CSV and TSV exports: one article per row, the columns named by a mapping (`--columns
title=headline,text=body`, or `columns:` in the configuration). Without one, columns named like the
fields (title, text, date, outlet, url, author) or as news exports often name them (headline, body,
published, source, link, byline) are used."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from pathlib import Path

from claimcheck.corpus.frontmatter import document_from_meta
from claimcheck.errors import CorpusError, UsageError
from claimcheck.models import Document

FIELDS = ("title", "text", "date", "outlet", "url", "author")
# Column names that mean a field when no mapping names one: data, not code.
USUAL_NAMES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "heading"),
    "text": ("text", "body", "content", "article", "full_text"),
    "date": ("date", "published", "publication_date", "pubdate", "published_at"),
    "outlet": ("outlet", "source", "publication", "publisher", "site"),
    "url": ("url", "link", "permalink"),
    "author": ("author", "authors", "byline"),
}
csv.field_size_limit(max(csv.field_size_limit(), 50_000_000))


def parse_columns(spec: str) -> dict[str, str]:
    """`title=headline,text=body` as a mapping from field to column name."""
    mapping: dict[str, str] = {}
    for item in (part.strip() for part in spec.split(",")):
        if not item:
            continue
        field, sep, column = (piece.strip() for piece in item.partition("="))
        if not sep or not column:
            raise UsageError(f"--columns: '{item}' is not FIELD=COLUMN (e.g. text=body)")
        if field not in FIELDS:
            raise UsageError(f"--columns: unknown field '{field}' (use {', '.join(FIELDS)})")
        mapping[field] = column
    return mapping


def _delimiter(text: str, path: Path) -> str:
    if path.suffix.lower() == ".tsv":
        return "\t"
    try:
        return csv.Sniffer().sniff(text[:8192], delimiters=",;\t").delimiter
    except csv.Error:
        return ","


def _header_map(header: list[str], columns: Mapping[str, str], path: Path) -> dict[str, int]:
    """Field → column index."""
    by_name = {name.strip().lower(): index for index, name in enumerate(header)}
    listed = ", ".join(name.strip() for name in header)
    found: dict[str, int] = {}
    for field in FIELDS:
        if field in columns:
            index = by_name.get(columns[field].strip().lower())
            if index is None:
                raise CorpusError(f"no column '{columns[field]}' for {field} (columns: {listed})", path, 1)
            found[field] = index
        else:
            index = next((by_name[n] for n in USUAL_NAMES[field] if n in by_name), None)
            if index is not None:
                found[field] = index
    if "text" not in found:
        raise CorpusError(f"no text column (columns: {listed})", path, 1, hint="name it with --columns text=COLUMN")
    return found


def parse_table(text: str, path: Path, columns: Mapping[str, str] | None = None) -> list[Document]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text, path), strict=True)
    documents: list[Document] = []
    try:
        header = next(reader, None)
        if not header or not any(cell.strip() for cell in header):
            raise CorpusError("no header row (the first row names the columns)", path, 1)
        fields = _header_map(header, columns or {}, path)
        start = reader.line_num + 1
        for row in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise CorpusError(f"row has {len(row)} fields, the header {len(header)}", path, line)
            body = row[fields["text"]]
            if not body.strip():
                raise CorpusError(f"row has no text in column '{header[fields['text']].strip()}'", path, line)
            meta = {field: row[index] for field, index in fields.items() if field != "text"}
            documents.append(document_from_meta(meta, body, path, "csv", 0, line, line, exact=False))
    except csv.Error as exc:
        raise CorpusError(f"not valid CSV: {exc}", path, reader.line_num or 1) from None
    if not documents:
        raise CorpusError("no article found: the table has a header but no rows", path)
    return documents
