"""Extraction over a corpus into the claim store: from the store where it can, in worker processes where it
must, streamed into the store a batch at a time so that memory holds only the documents in flight."""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from pydantic import TypeAdapter
from pydantic_core import from_json

from claimcheck.engine.store import ClaimStore, batched, document_key
from claimcheck.engine.tasks import Member, Members, Selector, members_of, packed, unpacked
from claimcheck.extract import extract_document
from claimcheck.models import Claim, DocRef, Document
from claimcheck.rules.model import RuleSet

CLAIM: TypeAdapter[Claim] = TypeAdapter(Claim)
_PLACE = {"path": "", "offset": 0, "line": 1, "column": 1}
BATCH = 64  # documents written to the store per transaction

Tick = Callable[[int], None]
Warn = Callable[[str], None]


@dataclass
class ExtractionStats:
    """What a run took from the store and what it extracted afresh."""

    cached: int = 0
    extracted: int = 0


def stored_form(document: Document, selector: Selector | None = None) -> tuple[list[bytes], bytes | None]:
    """What a worker sends back for one document: each claim's JSON, extracted at the start of an unnamed
    file and without its document (the store knows it), and what `selector`'s rules select among them.
    `placed` moves a claim to where the document really is, so an edit earlier in its file changes nothing."""
    claims = extract_document(document.model_copy(update=_PLACE))
    payloads = [claim.model_dump_json(exclude={"doc"}).encode("utf-8") for claim in claims]
    return payloads, (selector.payload(claims) if selector is not None else None)


def placed(payload: bytes, document: Document, ref: DocRef) -> Claim:
    """A stored claim, moved to `document`'s file, line and offset."""
    data = from_json(payload)
    if data["line"] == 1:
        data["column"] += document.column - 1
    data["line"] += document.line - 1
    data["start"] += document.offset
    data["end"] += document.offset
    data["path"] = document.path
    data["doc"] = ref
    return CLAIM.validate_python(data)


@dataclass
class StoredCorpus:
    """A corpus whose claims are all in the store: read a document, or a few claims, at a time. Its
    `documents` are the corpus' documents without their text, which nothing after extraction reads."""

    documents: list[Document]
    store: ClaimStore
    rows: list[int]
    counts: list[int]
    max_claims: int | None = None

    @property
    def claim_count(self) -> int:
        return sum(self.kept_counts)

    @property
    def kept_counts(self) -> list[int]:
        """The claims of each document, as many as are kept (at most `max_claims`)."""
        limit = self.max_claims
        return [count if limit is None else min(count, limit) for count in self.counts]

    def claims_of(self, position: int) -> list[Claim]:
        document = self.documents[position]
        ref = document.ref()
        return [placed(payload, document, ref) for payload in self.stored_claims(position)]

    def stored_claims(self, position: int) -> list[bytes]:
        """One document's claims as the store keeps them: JSON, without their document, placed at the start
        of an unnamed file (line 1, column 1; `placed` moves them to where the document is)."""
        return self.store.document_claims(self.rows[position])[: self.max_claims]

    def claims(self) -> Iterator[Claim]:
        """Every claim, in document order."""
        for position in range(len(self.documents)):
            yield from self.claims_of(position)

    def load(self, members: Sequence[Member]) -> list[Claim]:
        """The claims of `members`, in their order."""
        payloads = self.store.claims([(self.rows[position], record[0]) for position, record in members])
        refs: dict[int, DocRef] = {}
        out = []
        for (position, _), payload in zip(members, payloads, strict=True):
            document = self.documents[position]
            ref = refs.get(position) or refs.setdefault(position, document.ref())
            out.append(placed(payload, document, ref))
        return out

    def members(self, selector: Selector) -> Members:
        """What each unit of `selector` selects, from the store; documents it has not seen are selected now."""
        stored = self.store.selections(sorted(set(self.rows)), selector.key)
        selections = {row: s for row, payload in stored.items() if (s := unpacked(payload)) is not None}
        fresh: list[tuple[int, bytes]] = []
        for position, row in enumerate(self.rows):
            if row not in selections:
                selections[row] = selector.records(self.claims_of(position))
                fresh.append((row, packed(selections[row])))
        self.store.put_selections(fresh, selector.key)
        return members_of(
            [(p, d, selections[row]) for p, (d, row) in enumerate(zip(self.documents, self.rows, strict=True))]
        )


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)


def _worker_init() -> None:
    """Workers leave Ctrl-C and SIGTERM to the parent, which stops them and cleans up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


CHUNK = 16  # documents a worker extracts per task
WINDOW = 4  # tasks in flight per worker: what bounds the documents held for extraction


Stored = tuple[list[bytes], bytes | None]  # what `stored_form` makes of a document


def _extracted(
    documents: Iterable[tuple[str, Document]], jobs: int, selector: Selector | None
) -> Iterator[tuple[str, Stored]]:
    """Each (key, document) as (key, what `stored_form` makes of it), in order. Worker processes are started
    only when there is more than one task's worth of documents; at most `jobs * WINDOW` tasks are in flight."""
    chunks = batched(documents, CHUNK)
    first = next(chunks, [])
    if jobs <= 1 or len(first) < CHUNK:
        for key, document in chain(first, chain.from_iterable(chunks)):
            yield key, stored_form(document, selector)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init) as pool:
        window: deque[tuple[list[str], Future[list[Stored]]]] = deque()
        for chunk in chain([first], chunks):
            window.append(([key for key, _ in chunk], pool.submit(_extract_chunk, [d for _, d in chunk], selector)))
            if len(window) >= jobs * WINDOW:
                chunk_keys, future = window.popleft()
                yield from zip(chunk_keys, future.result(), strict=True)
        for chunk_keys, future in window:
            yield from zip(chunk_keys, future.result(), strict=True)


def _extract_chunk(documents: list[Document], selector: Selector | None) -> list[Stored]:
    return [stored_form(document, selector) for document in documents]


def extract_into(
    store: ClaimStore,
    documents: Iterable[Document],
    jobs: int = 1,
    rules: RuleSet | None = None,
    max_claims: int | None = None,
    tick: Tick = lambda n: None,
    stats: ExtractionStats | None = None,
    warn: Warn = lambda line: None,
) -> StoredCorpus:
    """Make sure the store holds every document's claims, reading `documents` as a stream: only the
    documents in flight keep their text. With `rules`, what they select in each new document is worked out
    by the worker that extracts it, while its claims are at hand. `tick` gets the characters of text read."""
    selector = Selector(rules, max_claims) if rules is not None else None
    stats = stats if stats is not None else ExtractionStats()
    stubs: list[Document] = []
    keys: list[str] = []
    known: dict[str, tuple[int, int]] = {}
    wanted: set[str] = set()  # keys sent for extraction, not yet in the store

    def fresh() -> Iterator[tuple[str, Document]]:
        """The documents the store does not hold yet, once each; every document leaves a stub behind."""
        for batch in batched(documents, BATCH):
            batch_keys = [document_key(d) for d in batch]
            known.update(store.documents([k for k in batch_keys if k not in known and k not in wanted]))
            for key, document in zip(batch_keys, batch, strict=True):
                keys.append(key)
                stubs.append(document.model_copy(update={"text": ""}))  # the store has what the text says
                tick(len(document.text))
                if key not in known and key not in wanted:
                    wanted.add(key)
                    stats.extracted += 1
                    yield key, document

    pending: list[tuple[str, list[bytes], bytes | None]] = []

    def flush() -> None:
        placed_rows = store.put_documents([(key, payloads) for key, payloads, _ in pending])
        known.update(placed_rows)
        wanted.difference_update(placed_rows)
        if selector is not None:
            chosen = [(placed_rows[key][0], sel) for key, _, sel in pending if sel is not None]
            store.put_selections(chosen, selector.key)
        pending.clear()

    for key, (payloads, selection) in _extracted(fresh(), jobs, selector):
        pending.append((key, payloads, selection))
        if len(pending) >= BATCH:
            flush()
    if pending:
        flush()
    stats.cached = len(keys) - stats.extracted
    corpus = StoredCorpus(stubs, store, [known[k][0] for k in keys], [known[k][1] for k in keys], max_claims)
    _warn_over_limit(corpus, warn)
    return corpus


def _warn_over_limit(corpus: StoredCorpus, warn: Warn) -> None:
    limit = corpus.max_claims
    for document, count in zip(corpus.documents, corpus.counts, strict=True):
        if limit is not None and count > limit:
            warn(
                f"{document.path}:{document.line}: {count:,} claims in one document; kept the first "
                f"{limit:,} (raise it with --max-claims)"
            )


def extract_corpus(
    documents: Sequence[Document],
    jobs: int = 1,
    store_path: Path | None = None,
    tick: Tick = lambda n: None,
    stats: ExtractionStats | None = None,
    max_claims: int | None = None,
    warn: Warn = lambda line: None,
) -> list[Claim]:
    """Every document's claims, in document order; the same whatever `jobs` and the store hold. Without a
    store path, a temporary store is used for the run."""
    with ClaimStore(store_path) as store:
        corpus = extract_into(store, documents, jobs, None, max_claims, tick, stats, warn)
        return list(corpus.claims())
