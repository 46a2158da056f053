"""Corpus files → `Document` records: one loader per format, chosen by file type."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from claimcheck.corpus.digest import looks_like_digest, parse_digest
from claimcheck.corpus.frontmatter import has_front_matter, parse_front_matter
from claimcheck.corpus.jsonl import parse_jsonl
from claimcheck.corpus.reading import read_text, walk
from claimcheck.errors import CorpusError
from claimcheck.models import Document

Loader = Callable[[str, Path], list[Document]]

LOADERS: dict[str, Loader] = {"digest": parse_digest, "markdown": parse_front_matter, "jsonl": parse_jsonl}
SUFFIXES: dict[str, str] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "digest",
}
# Files a corpus folder often holds that are not articles.
_NOT_ARTICLES = {"readme", "license", "licence", "changelog", "contributing", "security"}


def sniff_format(text: str, path: Path) -> str:
    """The loader for a file: front matter and JSON are recognised whatever the suffix."""
    stripped = text.lstrip()
    if has_front_matter(text):
        return "markdown"
    if stripped.startswith("{"):
        return "jsonl"
    suffix = SUFFIXES.get(path.suffix.lower())
    if suffix == "markdown":
        return "markdown"
    if looks_like_digest(text) or suffix == "digest":
        return "digest"
    return suffix or "digest"


def _is_article_file(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES and path.stem.lower() not in _NOT_ARTICLES


def corpus_files(paths: Iterable[str | Path], unlisted: list[CorpusError] | None = None) -> list[Path]:
    """The files named, with folders walked (hidden names and non-article names left out). A folder that
    cannot be listed goes to `unlisted` when given, else is an error."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = []
            for item in walk(path, _is_article_file):
                if isinstance(item, Path):
                    found.append(item)
                elif unlisted is None:
                    raise item
                else:
                    unlisted.append(item)
            if not found:
                raise CorpusError("no article files (.txt, .md, .jsonl) in this folder", path)
            files += found
        elif path.exists() or path.is_symlink():
            files.append(path)
        else:
            raise CorpusError("no such file or directory", path)
    return sorted(set(files), key=lambda p: p.as_posix())


# A document longer than this (in characters) is refused: an article, not a dump of a database.
MAX_DOCUMENT_CHARS = 2_000_000


def load_file(
    path: Path, max_chars: int = MAX_DOCUMENT_CHARS, too_long: list[CorpusError] | None = None
) -> list[Document]:
    """The documents of one file. A document over `max_chars` is an error, or, when a `too_long` list is
    given, left out and its error put there (the other documents of the file are kept)."""
    text = read_text(path)
    if not text.strip():
        raise CorpusError("empty file: no article in it", path)
    try:
        documents = LOADERS[sniff_format(text, path)](text, path)
    except (ValueError, OverflowError, RecursionError) as exc:  # a defect of ours still names the file
        raise CorpusError(f"cannot be read ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})", path) from None
    kept = []
    for document in documents:
        if len(document.text) <= max_chars:
            kept.append(document)
            continue
        error = CorpusError(
            f"document of {len(document.text):,} characters is over the limit of {max_chars:,}",
            path,
            document.line,
            hint="raise it with --max-document-size",
        )
        if too_long is None:
            raise error
        too_long.append(error)
    return kept


def iter_documents(
    paths: Iterable[str | Path],
    skipped: list[CorpusError] | None = None,
    max_chars: int = MAX_DOCUMENT_CHARS,
) -> Iterator[Document]:
    """Every document in the given files and folders, a file at a time, in a stable order (by path, then
    line): memory holds one file's documents, not the corpus.

    A file that cannot be read (or a document over `max_chars`, or a folder that cannot be listed) raises
    `CorpusError`; when a `skipped` list is given, the error is put there instead and everything else is
    still read (nothing is dropped without a trace). With no readable document at all, the first error is
    raised either way.
    """
    errors = skipped if skipped is not None else None
    before = len(skipped) if skipped is not None else 0
    found = False
    for path in corpus_files(paths, errors):
        try:
            documents = load_file(path, max_chars, errors)
        except CorpusError as error:
            if errors is None:
                raise
            errors.append(error)
            continue
        found = found or bool(documents)
        yield from sorted(documents, key=lambda d: (d.line, d.id))
    if errors is not None and len(errors) > before and not found:
        raise errors[before]


def load_corpus(
    paths: Iterable[str | Path],
    skipped: list[CorpusError] | None = None,
    max_chars: int = MAX_DOCUMENT_CHARS,
) -> list[Document]:
    """Every document in the given files and folders, in a stable order (by path, then line); see
    `iter_documents` for unreadable files."""
    return sorted(iter_documents(paths, skipped, max_chars), key=lambda d: (d.path, d.line, d.id))


__all__ = ["LOADERS", "corpus_files", "iter_documents", "load_corpus", "load_file", "sniff_format"]
