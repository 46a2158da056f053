"""Extraction over a corpus: from the claim store where it can, in parallel processes where it must."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from pydantic import TypeAdapter

from claimcheck.cache import ClaimStore, document_key
from claimcheck.extract import extract_document
from claimcheck.models import Claim, Document

_CLAIMS = TypeAdapter(list[Claim])


@dataclass
class ExtractionStats:
    """What a run took from the store and what it extracted afresh."""

    cached: int = 0
    extracted: int = 0


_PLACE = {"path": "", "offset": 0, "line": 1, "column": 1}


def claims_json(document: Document) -> bytes:
    """One document's claims as JSON, placed at the start of an unnamed file: what a worker sends back and
    what the store keeps. `rebase` moves them to where the document really is, so that an edit earlier in
    the same file does not make the document new."""
    return _CLAIMS.dump_json(extract_document(document.model_copy(update=_PLACE)))


def rebase(claims: list[Claim], document: Document) -> list[Claim]:
    """Claims extracted at the start of an unnamed file, moved to `document`'s file, line and offset."""
    doc_ref = document.ref()
    moved = []
    for claim in claims:
        column = claim.column + document.column - 1 if claim.line == 1 else claim.column
        moved.append(
            claim.model_copy(
                update={
                    "doc": doc_ref,
                    "path": document.path,
                    "line": claim.line + document.line - 1,
                    "column": column,
                    "start": claim.start + document.offset,
                    "end": claim.end + document.offset,
                }
            )
        )
    return moved


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)


def _worker_init() -> None:
    """Workers leave Ctrl-C and SIGTERM to the parent, which stops them and cleans up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _extract_missing(documents: list[Document], jobs: int, tick: Callable[[int], None]) -> list[bytes]:
    if jobs <= 1 or len(documents) < 8:
        out = []
        for document in documents:
            out.append(claims_json(document))
            tick(1)
        return out
    results = []
    chunk = max(1, min(32, len(documents) // (jobs * 4)))
    with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init) as pool:
        for payload in pool.map(claims_json, documents, chunksize=chunk):
            results.append(payload)
            tick(1)
    return results


def extract_corpus(
    documents: Sequence[Document],
    jobs: int = 1,
    store_path: Path | None = None,
    tick: Callable[[int], None] = lambda n: None,
    stats: ExtractionStats | None = None,
    max_claims: int | None = None,
    warn: Callable[[str], None] = lambda line: None,
) -> list[Claim]:
    """Every document's claims, in document order; the same result whatever `jobs` and the store hold."""
    keys = [document_key(d) for d in documents]
    if store_path is None:
        cached: dict[str, bytes] = {}
        store = None
    else:
        store = ClaimStore(store_path).__enter__()
        cached = store.get(keys)
    try:
        missing = [(k, d) for k, d in zip(keys, documents, strict=True) if k not in cached]
        tick(len(documents) - len(missing))
        if stats is not None:
            stats.cached, stats.extracted = len(documents) - len(missing), len(missing)
        fresh = _extract_missing([d for _, d in missing], jobs, tick)
        rows = [(k, d.id, payload) for (k, d), payload in zip(missing, fresh, strict=True)]
        if store is not None:
            store.put(rows)
        cached.update({k: payload for k, _, payload in rows})
    finally:
        if store is not None:
            store.__exit__(None, None, None)
    claims: list[Claim] = []
    for key, document in zip(keys, documents, strict=True):
        found = rebase(_CLAIMS.validate_json(cached[key]), document)
        if max_claims is not None and len(found) > max_claims:
            warn(
                f"{document.path}:{document.line}: {len(found):,} claims in one document; kept the first "
                f"{max_claims:,} (raise it with --max-claims)"
            )
            found = found[:max_claims]
        claims += found
    return claims
