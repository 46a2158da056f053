"""Corpus files → `Document` records: one loader per format, chosen by file type."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.corpus.digest import looks_like_digest, parse_digest
from claimcheck.corpus.feed import looks_like_feed, parse_feed
from claimcheck.corpus.frontmatter import has_front_matter, parse_front_matter
from claimcheck.corpus.html import parse_html, parse_web_archive
from claimcheck.corpus.jsonl import parse_jsonl
from claimcheck.corpus.plain import parse_plain
from claimcheck.corpus.reading import STDIN, read_text
from claimcheck.corpus.tabular import parse_table
from claimcheck.corpus.walk import exclusions, walk
from claimcheck.errors import CorpusError
from claimcheck.models import Document

Loader = Callable[[str, Path], list[Document]]

LOADERS: dict[str, Loader] = {
    "digest": parse_digest,
    "text": parse_plain,
    "markdown": parse_front_matter,
    "jsonl": parse_jsonl,
    "html": parse_html,
    "web-archive": parse_web_archive,
    "table": parse_table,
    "feed": parse_feed,
}
SUFFIXES: dict[str, str] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "digest",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".mhtml": "web-archive",
    ".mht": "web-archive",
    ".csv": "table",
    ".tsv": "table",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}
# Formats a file's suffix decides (their content is not sniffed).
_BY_SUFFIX = {"html", "web-archive", "table", "feed"}


@dataclass(frozen=True)
class ReadOptions:
    """How a corpus is read: `columns` maps fields to CSV columns; `exclude` holds gitignore patterns,
    relative to `root` (default: the current folder), for files found in folders, as does each `.gitignore`
    when `gitignore` is on."""

    columns: Mapping[str, str] = field(default_factory=dict)
    exclude: Sequence[str] = ()
    root: Path | None = None
    gitignore: bool = True


# Files a corpus folder often holds that are not articles.
_NOT_ARTICLES = {"readme", "license", "licence", "changelog", "contributing", "security"}


def sniff_format(text: str, path: Path) -> str:
    """The loader for a file: front matter and JSON are recognised whatever the suffix; HTML, web archives,
    tables and feeds by their suffix, or (standard input, other suffixes) by their first characters. A text
    file with a date line is a digest, without one a plain article."""
    stripped = text.lstrip()
    if has_front_matter(text):
        return "markdown"
    suffix = SUFFIXES.get(path.suffix.lower())
    if suffix in _BY_SUFFIX:
        return suffix
    if stripped.startswith("{"):
        return "jsonl"
    if suffix is None and stripped.startswith("<"):
        return "feed" if looks_like_feed(stripped) else "html"
    if suffix is None and stripped[:300].lower().startswith(("mime-version:", "from:")):
        return "web-archive" if "multipart/related" in stripped[:2000] else "text"
    if suffix == "markdown":
        return "markdown"
    return "digest" if looks_like_digest(text) else "text"


def _article_files(folder: Path, options: ReadOptions, unlisted: list[CorpusError] | None) -> list[Path]:
    """The article files under `folder`; a folder inside that cannot be listed goes to `unlisted` when given,
    else is an error."""
    excluded = exclusions(options.exclude, options.root or Path.cwd())
    found = []
    for item in walk(folder, excluded, options.gitignore):
        if isinstance(item, CorpusError):
            if unlisted is None:
                raise item
            unlisted.append(item)
        elif item.suffix.lower() in SUFFIXES and item.stem.lower() not in _NOT_ARTICLES:
            found.append(item)
    return sorted(found)


def corpus_files(
    paths: Iterable[str | Path], options: ReadOptions | None = None, unlisted: list[CorpusError] | None = None
) -> list[Path]:
    """The files named, with folders walked (hidden folders, non-article names, `--exclude` patterns and
    `.gitignore` rules left out); `-` is standard input. A folder that cannot be listed goes to `unlisted`
    when given, else is an error."""
    options = options or ReadOptions()
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path == STDIN:
            files.append(path)
        elif path.is_dir():
            found = _article_files(path, options, unlisted)
            if not found:
                raise CorpusError(f"no article files ({', '.join(SUFFIXES)}) in this folder", path)
            files += found
        elif path.exists() or path.is_symlink():
            files.append(path)
        else:
            raise CorpusError("no such file or directory", path)
    return sorted(set(files), key=lambda p: p.as_posix())


def file_size(path: Path) -> int:
    """Bytes in a corpus file (0 for standard input, which cannot be measured before it is read)."""
    return 0 if path == STDIN else path.stat().st_size


# A document longer than this (in characters) is refused: an article, not a dump of a database.
MAX_DOCUMENT_CHARS = 2_000_000


def load_file(
    path: Path,
    max_chars: int = MAX_DOCUMENT_CHARS,
    columns: Mapping[str, str] | None = None,
    too_long: list[CorpusError] | None = None,
) -> list[Document]:
    """The documents of one file. A document over `max_chars` is an error, or, when a `too_long` list is
    given, left out and its error put there (the other documents of the file are kept)."""
    text = read_text(path)
    if not text.strip():
        raise CorpusError("empty file: no article in it", path)
    try:
        fmt = sniff_format(text, path)
        if fmt == "table" or (path == STDIN and columns and fmt in ("digest", "text")):
            documents = parse_table(text, path, columns)
        else:
            documents = LOADERS[fmt](text, path)
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
    options: ReadOptions | None = None,
) -> Iterator[Document]:
    """Every document in the given files and folders, a file at a time, in a stable order (by path, then
    line): memory holds one file's documents, not the corpus.

    A file that cannot be read (or a document over `max_chars`, or a folder that cannot be listed) raises
    `CorpusError`; when a `skipped` list is given, the error is put there instead and everything else is
    still read (nothing is dropped without a trace). With no readable document at all, the first error is
    raised either way. `options` say how folders are walked and tables read.
    """
    options = options or ReadOptions()
    before = len(skipped) if skipped is not None else 0
    found = False
    for path in corpus_files(paths, options, skipped):
        try:
            documents = load_file(path, max_chars, options.columns, skipped)
        except CorpusError as error:
            if skipped is None:
                raise
            skipped.append(error)
            continue
        found = found or bool(documents)
        yield from sorted(documents, key=lambda d: (d.line, d.id))
    if skipped is not None and len(skipped) > before and not found:
        raise skipped[before]


def load_corpus(
    paths: Iterable[str | Path],
    skipped: list[CorpusError] | None = None,
    max_chars: int = MAX_DOCUMENT_CHARS,
    options: ReadOptions | None = None,
) -> list[Document]:
    """Every document in the given files and folders, in a stable order (by path, then line); see
    `iter_documents` for unreadable files."""
    return sorted(iter_documents(paths, skipped, max_chars, options), key=lambda d: (d.path, d.line, d.id))


__all__ = [
    "LOADERS",
    "ReadOptions",
    "corpus_files",
    "file_size",
    "iter_documents",
    "load_corpus",
    "load_file",
    "sniff_format",
]
