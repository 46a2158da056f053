"""What a run is asked to do: one typed record the command line builds once, from its options and the
configuration, and the library takes (`extraction.stored_corpus`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.corpus import MAX_DOCUMENT_CHARS, ReadOptions

MAX_CLAIMS = 5_000  # claims kept per document unless a run says otherwise


@dataclass(frozen=True)
class RunOptions:
    """How a run reads, extracts and stores its corpus.

    `read`: how files are read and folders walked. `strict`: a file that cannot be read is an error, not
    skipped (and the gate fails on resolved baseline entries). `max_document_size`: characters a document
    may have; `max_claims`: claims kept per document. `jobs`: extraction processes (None: the CPUs this
    process may use). `store`: the claim store's file (None: its default location for the corpus, in the
    user's cache folder); `temporary_store`: extract everything afresh into a temporary store instead.
    `ci`: CI mode (also when the `CI` variable is set), where a store the change could write is not used."""

    read: ReadOptions = field(default_factory=ReadOptions)
    strict: bool = False
    max_document_size: int = MAX_DOCUMENT_CHARS
    max_claims: int = MAX_CLAIMS
    jobs: int | None = None
    store: Path | None = None
    temporary_store: bool = False
    ci: bool = False
