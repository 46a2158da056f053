"""Extraction over a corpus into the claim store: from the store where it can, in worker processes where it
must, streamed into the store a batch at a time so that memory holds only the documents in flight."""

from __future__ import annotations

import logging
import signal
import sys
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import TypeAdapter
from pydantic_core import from_json

from claimcheck.corpus import corpus_files, file_size, iter_documents, load_file
from claimcheck.engine.cpus import available_cpus
from claimcheck.engine.options import RunOptions
from claimcheck.engine.store import ClaimStore, batched, ci_mode, document_key, run_store
from claimcheck.engine.tasks import Member, Members, Selector, members_of, packed, unpacked, within
from claimcheck.errors import CorpusError
from claimcheck.extract import extract_document
from claimcheck.extract.notes import MOVED
from claimcheck.models import Claim, DocRef, Document
from claimcheck.rules.model import RuleSet

CLAIM: TypeAdapter[Claim] = TypeAdapter(Claim)
_PLACE = {"path": "", "offset": 0, "line": 1, "column": 1}
BATCH = 64  # documents written to the store per transaction

Tick = Callable[[int], None]
# What shows a run's progress: given the corpus's size in bytes, it gives what the characters read are ticked to.
Progress = Callable[[int], AbstractContextManager[Tick]]
# Documents over the claim limit: a child of the `claimcheck` logger, whose warnings the CLI shows on stderr.
LOG = logging.getLogger(__name__)


@dataclass
class ExtractionStats:
    """What a run read, took from the store and extracted afresh (in how many processes)."""

    files: int = 0
    cached: int = 0
    extracted: int = 0
    jobs: int = 1


def stored_form(document: Document, selector: Selector | None = None) -> tuple[list[bytes], bytes | None]:
    """What a worker sends back for one document: each claim's JSON, extracted at the start of an unnamed
    file and without its document (the store knows it), and what `selector`'s rules select among them.
    `placed` moves a claim to where the document really is, so an edit earlier in its file changes nothing."""
    moved = MOVED.set((document.path, document.line - 1))  # notes name the real file and line
    try:
        claims = extract_document(document.model_copy(update=_PLACE))
    finally:
        MOVED.reset(moved)
    payloads = [claim.model_dump_json(exclude={"doc": DOCUMENT_FIELDS}).encode("utf-8") for claim in claims]
    return payloads, (selector.payload(claims) if selector is not None else None)


LOADED_CLAIMS = 16_384

K = TypeVar("K")
V = TypeVar("V")

# What a claim's `doc` takes from its document (the rest, what the document's text says of itself, is
# worked out with the claims and kept with them).
DOCUMENT_FIELDS = {"id", "outlet", "title", "published", "url", "path"}


class Recent(Generic[K, V]):
    """A mapping that keeps the `limit` entries used last."""

    def __init__(self, limit: int) -> None:
        self._entries: OrderedDict[K, V] = OrderedDict()
        self._limit = limit

    def get(self, key: K) -> V | None:
        found = self._entries.get(key)
        if found is not None:
            self._entries.move_to_end(key)
        return found

    def put(self, key: K, value: V) -> None:
        self._entries[key] = value
        if len(self._entries) > self._limit:
            self._entries.popitem(last=False)


class DocRefs:
    """The `DocRef` of each document, made once per document and what its text says of itself, for the
    documents met last (a check loads a document's claims once for each rule that selects them)."""

    def __init__(self, limit: int = 16_384) -> None:
        self._made: Recent[tuple[int, str], DocRef] = Recent(limit)

    def of(self, document: Document, derived: dict[str, object]) -> DocRef:
        key = (id(document), repr(sorted(derived.items())))
        found = self._made.get(key)
        if found is None:
            found = DocRef.model_validate(document.ref().model_dump() | derived)
            self._made.put(key, found)
        return found


def placed(payload: bytes, document: Document, refs: DocRefs) -> Claim:
    """A stored claim, moved to `document`'s file, line and offset."""
    data = from_json(payload)
    if data["line"] == 1:
        data["column"] += document.column - 1
    data["line"] += document.line - 1
    data["start"] += document.offset
    data["end"] += document.offset
    data["path"] = document.path
    data["doc"] = refs.of(document, data.get("doc") or {})
    return CLAIM.validate_python(data)


@dataclass
class StoredCorpus:
    """A corpus whose claims are all in the store: read a document, or a few claims, at a time. Its
    `documents` are the corpus' documents without their text, which nothing after extraction reads.

    Every stored row is checked against the document key it was sealed with; a document whose claims do
    not read back (a damaged store) is read from its file again and extracted afresh."""

    documents: list[Document]
    store: ClaimStore
    rows: list[int]
    counts: list[int]
    keys: list[str]
    max_claims: int | None = None
    doc_refs: DocRefs = field(default_factory=DocRefs)
    # the claims loaded last: 16,384 of them (about 65 MB) served 85% of the loads of a check of 2,000 articles
    loaded: Recent[tuple[int, int], Claim] = field(default_factory=lambda: Recent(LOADED_CLAIMS))

    @property
    def claim_count(self) -> int:
        return sum(self.kept_counts)

    @property
    def kept_counts(self) -> list[int]:
        """The claims of each document, as many as are kept (at most `max_claims`)."""
        limit = self.max_claims
        return [count if limit is None else min(count, limit) for count in self.counts]

    def _payloads(self, position: int) -> list[bytes]:
        """One document's claim JSON, from the store, or worked out again where its rows are damaged."""
        found = self.store.document_claims(self.rows[position], self.keys[position], self.counts[position])
        return found if found is not None else self._worked_out_again(position)

    def _worked_out_again(self, position: int) -> list[bytes]:
        """A document's claims extracted afresh from its file (its stored rows are damaged), and stored."""
        stub, key = self.documents[position], self.keys[position]
        document = next((d for d in load_file(Path(stub.path), sys.maxsize) if document_key(d) == key), None)
        if document is None:
            raise CorpusError("changed while claimcheck was reading it; run again", stub.path, stub.line)
        payloads, _ = stored_form(document)
        self.store.replace_claims(self.rows[position], key, payloads)
        self.counts[position] = len(payloads)
        return payloads

    def claims_of(self, position: int) -> list[Claim]:
        document, refs = self.documents[position], self.doc_refs
        try:
            return [placed(payload, document, refs) for payload in self.stored_claims(position)]
        except (ValueError, KeyError, TypeError):  # a row that reads back but is not a claim
            return [placed(payload, document, refs) for payload in self._worked_out_again(position)[: self.max_claims]]

    def stored_claims(self, position: int) -> list[bytes]:
        """One document's claims as the store keeps them: JSON, without their document, placed at the start
        of an unnamed file (line 1, column 1; `placed` moves them to where the document is)."""
        return self._payloads(position)[: self.max_claims]

    def claims(self) -> Iterator[Claim]:
        """Every claim, in document order."""
        for position in range(len(self.documents)):
            yield from self.claims_of(position)

    def load(self, members: Sequence[Member]) -> list[Claim]:
        """The claims of `members`, in their order: those loaded last from `loaded`, the others from the store
        (a check loads a claim once for every task that selects it, most often soon after the last time)."""
        refs = [(self.rows[position], record[0]) for position, record in members]
        out = [self.loaded.get(ref) for ref in refs]
        missing = [n for n, claim in enumerate(out) if claim is None]
        if missing:
            fresh = self._load([members[n] for n in missing], [refs[n] for n in missing])
            for n, claim in zip(missing, fresh, strict=True):
                out[n] = claim
                self.loaded.put(refs[n], claim)
        return [claim for claim in out if claim is not None]

    def _load(self, members: Sequence[Member], refs: list[tuple[int, int]]) -> list[Claim]:
        """The claims of `members` (their store rows and indexes `refs`), from the store."""
        keys = {self.rows[position]: self.keys[position] for position, _ in members}
        found = self.store.claims(refs, keys)
        again: set[int] = set()

        def work_out_again(position: int) -> None:
            row = self.rows[position]
            found.update({(row, index): payload for index, payload in enumerate(self._worked_out_again(position))})
            again.add(position)

        for position in sorted(
            {position for (position, _), ref in zip(members, refs, strict=True) if ref not in found}
        ):
            work_out_again(position)
        doc_refs = self.doc_refs
        out = []
        for (position, _), ref in zip(members, refs, strict=True):
            document = self.documents[position]
            try:
                out.append(placed(found[ref], document, doc_refs))
            except (ValueError, KeyError, TypeError):  # a row that reads back but is not a claim
                if position in again:
                    raise
                work_out_again(position)
                out.append(placed(found[ref], document, doc_refs))
        return out

    def members(self, selector: Selector) -> Members:
        """What each unit of `selector` selects, from the store; documents it has not seen are selected now."""
        keys = dict(zip(self.rows, self.keys, strict=True))
        stored = self.store.selections(keys, selector.key)
        counts = dict(zip(self.rows, self.counts, strict=True))
        selections = {
            row: s for row, payload in stored.items() if (s := unpacked(payload)) is not None and within(s, counts[row])
        }
        fresh: list[tuple[int, str, bytes]] = []
        for position, row in enumerate(self.rows):
            if row not in selections:
                selections[row] = selector.records(self.claims_of(position))
                fresh.append((row, keys[row], packed(selections[row])))
        self.store.put_selections(fresh, selector.key)
        return members_of(
            [(p, d, selections[row]) for p, (d, row) in enumerate(zip(self.documents, self.rows, strict=True))]
        )


def default_jobs() -> int:
    """The CPUs this process may use (its affinity, capped by a container's CPU quota)."""
    return available_cpus()


# What each worker process selects with: given once, when the worker starts (not with every task, where a
# large rule set would be copied again and again, and copied while the main thread might still use it).
_WORKER_SELECTOR: Selector | None = None


def _worker_init(selector: Selector | None = None) -> None:
    """Workers leave Ctrl-C and SIGTERM to the parent, which stops them and cleans up."""
    global _WORKER_SELECTOR
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _WORKER_SELECTOR = selector


CHUNK = 16  # documents a worker extracts per task
WINDOW = 4  # tasks in flight per worker: what bounds the documents held for extraction


Stored = tuple[list[bytes], bytes | None]  # what `stored_form` makes of a document


class _Extraction:
    """Documents sent to be extracted, in order, and what `stored_form` makes of each, given back in the same
    order. Worker processes are started only when there is more than one task's worth of documents; at most
    `jobs * WINDOW` tasks are in flight, so only those documents keep their text."""

    def __init__(self, jobs: int, selector: Selector | None) -> None:
        self.jobs, self.selector = jobs, selector
        self.chunk: list[tuple[str, Document]] = []
        self.pool: ProcessPoolExecutor | None = None
        self.window: deque[tuple[list[str], Future[list[Stored]]]] = deque()

    def send(self, key: str, document: Document) -> Iterator[tuple[str, Stored]]:
        """Take one document; give back the results that are due (so that the window stays bounded)."""
        self.chunk.append((key, document))
        if len(self.chunk) < CHUNK:
            return
        if self.jobs <= 1:
            yield from self._here()
            return
        if self.pool is None:
            self.pool = ProcessPoolExecutor(max_workers=self.jobs, initializer=_worker_init, initargs=(self.selector,))
        self._submit()
        if len(self.window) >= self.jobs * WINDOW:
            chunk_keys, future = self.window.popleft()
            yield from zip(chunk_keys, future.result(), strict=True)

    def finish(self) -> Iterator[tuple[str, Stored]]:
        """The results still due, in order; then the workers are stopped."""
        if self.pool is None:
            yield from self._here()
            return
        if self.chunk:
            self._submit()
        while self.window:
            chunk_keys, future = self.window.popleft()
            yield from zip(chunk_keys, future.result(), strict=True)
        self.pool.shutdown()

    def stop(self) -> None:
        if self.pool is not None:
            _stop_now(self.pool)

    def _here(self) -> Iterator[tuple[str, Stored]]:
        chunk, self.chunk = self.chunk, []
        for key, document in chunk:
            yield key, stored_form(document, self.selector)

    def _submit(self) -> None:
        assert self.pool is not None
        chunk, self.chunk = self.chunk, []
        self.window.append(([key for key, _ in chunk], self.pool.submit(_extract_chunk, [d for _, d in chunk])))


STOP_WAIT = 30.0  # seconds a stopped worker may take to finish the chunk it is on


def _stop_now(pool: ProcessPoolExecutor) -> None:
    """Stop the workers (Ctrl-C, SIGTERM, an error): work not started is dropped, and each worker finishes the
    chunk it is on. A worker killed while it sends its result would leave the executor's thread waiting for
    the rest of it for ever, and the interpreter's exit with it; so workers are killed only if they do not
    stop in `STOP_WAIT`. The executor's thread has ended when this returns, and nothing of the pool is left
    for the interpreter's exit."""
    processes = list(getattr(pool, "_processes", {}).values())  # the executor offers no public handle
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    if manager is None:
        return
    manager.join(STOP_WAIT)
    if manager.is_alive():
        for process in processes:
            if process.is_alive():
                process.terminate()
        manager.join(STOP_WAIT)


def _extract_chunk(documents: list[Document]) -> list[Stored]:
    return [stored_form(document, _WORKER_SELECTOR) for document in documents]


@dataclass
class _Placed:
    """A document whose claims are in the store: its stub (without text), key, row and number of claims."""

    stub: Document
    key: str
    row: int
    count: int


def _into_store(
    store: ClaimStore,
    documents: Iterable[Document],
    jobs: int,
    selector: Selector | None,
    tick: Tick,
    stats: ExtractionStats,
) -> Iterator[_Placed]:
    """Each document of `documents`, in order, as soon as the store holds its claims: taken from the store
    where it has them, else extracted (`_Extraction`) and written to it `BATCH` documents at a time. Only the
    documents between the first one not stored yet and the last one read are held, and only those in flight
    with their text."""
    waiting: deque[tuple[Document, str]] = deque()  # read, in order, not given back yet
    held: Counter[str] = Counter()  # keys in `waiting`
    known: dict[str, tuple[int, int]] = {}  # (row, claims) of keys in `waiting` that the store holds
    wanted: set[str] = set()  # keys sent for extraction, not yet in the store
    pending: list[tuple[str, list[bytes], bytes | None]] = []
    extraction = _Extraction(jobs, selector)

    def flush() -> None:
        placed_rows = store.put_documents([(key, payloads) for key, payloads, _ in pending])
        known.update(placed_rows)
        wanted.difference_update(placed_rows)
        if selector is not None:
            chosen = [(placed_rows[key][0], key, sel) for key, _, sel in pending if sel is not None]
            store.put_selections(chosen, selector.key)
        pending.clear()

    def take(results: Iterable[tuple[str, Stored]]) -> None:
        for key, (payloads, selection) in results:
            pending.append((key, payloads, selection))
            if len(pending) >= BATCH:
                flush()

    def ready() -> Iterator[_Placed]:
        while waiting and waiting[0][1] in known:
            stub, key = waiting.popleft()
            row, count = known[key]
            held[key] -= 1
            if not held[key]:
                del held[key], known[key]
            yield _Placed(stub, key, row, count)

    try:
        for batch in batched(documents, BATCH):
            batch_keys = [document_key(d) for d in batch]
            known.update(store.documents([k for k in batch_keys if k not in known and k not in wanted]))
            for key, document in zip(batch_keys, batch, strict=True):
                waiting.append((document.model_copy(update={"text": ""}), key))  # the store has what the text says
                held[key] += 1
                tick(len(document.text))
                if key not in known and key not in wanted:
                    wanted.add(key)
                    stats.extracted += 1
                    take(extraction.send(key, document))
            yield from ready()
        take(extraction.finish())
        if pending:
            flush()
        yield from ready()
    except BaseException:
        extraction.stop()
        raise


def extract_into(
    store: ClaimStore,
    documents: Iterable[Document],
    jobs: int = 1,
    rules: RuleSet | None = None,
    max_claims: int | None = None,
    tick: Tick = lambda n: None,
    stats: ExtractionStats | None = None,
) -> StoredCorpus:
    """Make sure the store holds every document's claims, reading `documents` as a stream: only the
    documents in flight keep their text. With `rules`, what they select in each new document is worked out
    by the worker that extracts it, while its claims are at hand. `tick` gets the characters of text read; a
    document with more than `max_claims` claims is logged as a warning."""
    selector = Selector(rules, max_claims) if rules is not None else None
    stats = stats if stats is not None else ExtractionStats()
    corpus = StoredCorpus([], store, [], [], [], max_claims)
    for placed_document in _into_store(store, documents, jobs, selector, tick, stats):
        corpus.documents.append(placed_document.stub)
        corpus.keys.append(placed_document.key)
        corpus.rows.append(placed_document.row)
        corpus.counts.append(placed_document.count)
    stats.cached = len(corpus.documents) - stats.extracted
    _warn_over_limit(corpus)
    return corpus


def streamed_claims(
    store: ClaimStore,
    documents: Iterable[Document],
    jobs: int = 1,
    max_claims: int | None = None,
    tick: Tick = lambda n: None,
    stats: ExtractionStats | None = None,
) -> Iterator[list[Claim]]:
    """Each document's claims, in document order, as soon as the store holds them: what `extract_into` then
    `StoredCorpus.claims_of` give, without keeping anything of a document once its claims are given."""
    stats = stats if stats is not None else ExtractionStats()
    count = 0
    for placed_document in _into_store(store, documents, jobs, None, tick, stats):
        one = StoredCorpus(
            [placed_document.stub], store, [placed_document.row], [placed_document.count], [placed_document.key],
            max_claims,
        )  # fmt: skip
        _warn_over_limit(one)
        count += 1
        yield one.claims_of(0)
    stats.cached = count - stats.extracted


def _warn_over_limit(corpus: StoredCorpus) -> None:
    limit = corpus.max_claims
    for document, count in zip(corpus.documents, corpus.counts, strict=True):
        if limit is not None and count > limit:
            LOG.warning(
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
) -> list[Claim]:
    """Every document's claims, in document order; the same whatever `jobs` and the store hold. Without a
    store path, a temporary store is used for the run."""
    with ClaimStore(store_path) as store:
        corpus = extract_into(store, documents, jobs, None, max_claims, tick, stats)
        return list(corpus.claims())


def _no_progress(size: int) -> AbstractContextManager[Tick]:
    return nullcontext(lambda n: None)


@contextmanager
def stored_corpus(
    paths: Sequence[str | Path],
    options: RunOptions,
    rules: RuleSet | None = None,
    stats: ExtractionStats | None = None,
    progress: Progress = _no_progress,
) -> Iterator[tuple[StoredCorpus, list[CorpusError]]]:
    """The corpus of `paths` in the claim store `options` name, read a file at a time and extracted where
    needed (`extract_into`), with the files that could not be read (with `options.strict`, the first is
    raised instead), for the length of the `with` block."""
    stats = stats if stats is not None else ExtractionStats()
    with _run_input(paths, options, stats) as (store, documents, size, skipped):
        with progress(size) as tick:
            corpus = extract_into(store, documents, stats.jobs, rules, options.max_claims, tick, stats)
        yield corpus, skipped


@contextmanager
def streamed_corpus(
    paths: Sequence[str | Path],
    options: RunOptions,
    stats: ExtractionStats | None = None,
    progress: Progress = _no_progress,
) -> Iterator[tuple[Iterator[list[Claim]], list[CorpusError], ClaimStore]]:
    """`stored_corpus` as a stream: each document's claims in document order (`streamed_claims`), the files
    that could not be read (known once the stream has ended) and the store, for the length of the `with`
    block."""
    stats = stats if stats is not None else ExtractionStats()
    with _run_input(paths, options, stats) as (store, documents, size, skipped), progress(size) as tick:
        yield streamed_claims(store, documents, stats.jobs, options.max_claims, tick, stats), skipped, store


@contextmanager
def _run_input(
    paths: Sequence[str | Path], options: RunOptions, stats: ExtractionStats
) -> Iterator[tuple[ClaimStore, Iterator[Document], int, list[CorpusError]]]:
    """What a run reads from: its store (open), its documents (read a file at a time), their size in bytes,
    and the list the files that could not be read go to (none with `options.strict`: raised)."""
    skipped: list[CorpusError] = []
    unreadable = None if options.strict else skipped
    files = corpus_files(paths, options.read, unreadable)
    documents = iter_documents(files, unreadable, options.max_document_size, options.read)
    store = ClaimStore(None) if options.temporary_store else run_store(paths, options.store, ci_mode(options.ci))
    stats.files, stats.jobs = len(files), options.jobs or default_jobs()
    with store:
        yield store, documents, sum(file_size(file) for file in files if file.is_file() or str(file) == "-"), skipped
