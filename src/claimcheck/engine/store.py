"""The claim store: extracted claims in SQLite, keyed by each document's content and the extractor version,
so that a run re-extracts only new or changed documents.

Safe under concurrent and interrupted runs: SQLite transactions in WAL mode, a busy timeout, and rows
written only whole. A file that is not a claimcheck store, or is corrupt, is reported in one line and
rebuilt; a store that cannot be written is reported in one line and a temporary one stands in for the
run, never a crash. Besides claims, the store keeps what each rule set selects in each document and the
results of check tasks (`tasks.py`).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import sys
import tempfile
import time
import zlib
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing, suppress
from itertools import islice
from pathlib import Path
from typing import TypeVar

from claimcheck.extract import extractor_version
from claimcheck.models import Document

SCHEMA = "claimcheck-claims/2"
TABLES = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS documents (id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, claims INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS claims (document INTEGER NOT NULL, idx INTEGER NOT NULL, payload BLOB NOT NULL,"
    " PRIMARY KEY (document, idx)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS selections (document INTEGER NOT NULL, rules TEXT NOT NULL, payload BLOB NOT NULL,"
    " PRIMARY KEY (document, rules)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, payload BLOB NOT NULL) WITHOUT ROWID",
)
DEFAULT_NAME = Path(".claimcheck") / "claims.sqlite"
T = TypeVar("T")


def document_key(document: Document) -> str:
    """What decides a document's claims: its text and metadata and the extractor. Not where it stands in its
    file: claims are stored at the start of an unnamed file and moved into place on the way out."""
    content = document.model_dump_json(exclude={"path", "offset", "line", "column"})
    payload = f"{extractor_version()}\n{content}".encode()
    return hashlib.sha256(payload).hexdigest()


def default_location(paths: Iterable[str | Path]) -> Path:
    """`.claimcheck/claims.sqlite` beside the corpus (in the first folder given, else beside the first file);
    for a corpus folder marked read-only, the user's cache folder instead, so a shared corpus stays untouched."""
    first = Path(next(iter(paths), "."))
    base = first if first.is_dir() else first.parent
    if (base / DEFAULT_NAME.parent).is_dir() or _writable(base):
        return base / DEFAULT_NAME
    cache_home = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    digest = hashlib.sha1(str(base.resolve()).encode("utf-8")).hexdigest()[:16]
    return cache_home / "claimcheck" / digest / DEFAULT_NAME.name


def _writable(folder: Path) -> bool:
    """Whether a folder is meant to be written: its write bits, not only the right to (root has that)."""
    try:
        return bool(folder.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) and os.access(folder, os.W_OK)
    except OSError:
        return False


BUSY_TIMEOUT = 30.0  # seconds a run waits for another one's write to finish
LOCK_RETRIES = 300  # tenths of a second to wait for a store another run is opening


def _busy(error: sqlite3.OperationalError) -> bool:
    return "locked" in str(error) or "busy" in str(error)


_CHECKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="claimcheck-store-check")


def _healthy(path: Path) -> bool:
    """`PRAGMA quick_check` on its own connection (SQLite lets other threads run while it reads). A store
    that stays locked by another run cannot be checked, but is in use, so it is not called damaged."""
    try:
        with closing(sqlite3.connect(path, timeout=BUSY_TIMEOUT)) as connection:
            return bool(connection.execute("PRAGMA quick_check").fetchone()[0] == "ok")
    except sqlite3.OperationalError as exc:
        return _busy(exc)
    except sqlite3.Error:
        return False


def _warn(message: str) -> None:
    print(f"claimcheck: {message}", file=sys.stderr)


class ClaimStore:
    """Claims of each document (one row per claim, so a check can read just the claims it needs), which
    claims each rule set selects in each document, and the results of check tasks. Use as a context
    manager. When the store cannot be opened where asked, a temporary one stands in for the run."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.connection: sqlite3.Connection | None = None
        self.temporary: tempfile.TemporaryDirectory[str] | None = None
        self.checking: Future[bool] | None = None
        self.hits = 0
        self.misses = 0
        self.results_asked = 0
        self.results_kept = 0

    def __enter__(self) -> ClaimStore:
        self.connection = self._open() if self.path is not None else None
        if self.connection is None:
            self._use_temporary()
        else:
            # The integrity check reads the whole store: it runs beside whatever the caller does next (reading
            # the corpus) and is waited for on the first use of the store.
            assert self.path is not None
            self.checking = _CHECKER.submit(_healthy, self.path)
        return self

    def _use_temporary(self) -> None:
        self.temporary = tempfile.TemporaryDirectory(prefix="claimcheck-")
        self.path = Path(self.temporary.name) / DEFAULT_NAME.name
        self.connection = self._connect()

    def __exit__(self, *exc: object) -> None:
        if self.checking is not None:
            self.checking.result()
            self.checking = None
        if self.connection is not None:
            self.connection.close()
            self.connection = None
        if self.temporary is not None:
            self.temporary.cleanup()
            self.temporary = None

    @property
    def db(self) -> sqlite3.Connection:
        if self.checking is not None:
            self._after_check(self.checking.result())
        if self.connection is None:
            raise RuntimeError("the claim store is used outside its `with` block")
        return self.connection

    def _connect(self) -> sqlite3.Connection:
        assert self.path is not None
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None)
        try:
            return self._prepared(connection)
        except BaseException:
            connection.close()
            raise

    def _prepared(self, connection: sqlite3.Connection) -> sqlite3.Connection:
        """The connection with WAL on, the schema in place and checked."""
        connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute("BEGIN IMMEDIATE")
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and "meta" not in tables:
            connection.execute("ROLLBACK")
            raise sqlite3.DatabaseError("tables without a claimcheck schema mark")
        for statement in TABLES:
            connection.execute(statement)
        row = connection.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None:
            connection.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA,))
        elif row[0] != SCHEMA:
            connection.execute("ROLLBACK")
            raise sqlite3.DatabaseError(f"store schema {row[0]!r}, expected {SCHEMA!r}")
        connection.execute("COMMIT")
        return connection

    def _after_check(self, healthy: bool) -> None:
        self.checking = None
        if healthy:
            return
        assert self.connection is not None
        self.connection.close()
        self.connection = self._rebuild(sqlite3.DatabaseError("integrity check failed"))
        if self.connection is None:
            self._use_temporary()

    def _connect_when_free(self) -> sqlite3.Connection:
        """`_connect`, waiting while another run holds a lock that SQLite's busy timeout does not cover
        (switching a new store to WAL): a locked store is in use, never damaged, so never rebuilt."""
        for _ in range(LOCK_RETRIES):
            try:
                return self._connect()
            except sqlite3.OperationalError as exc:
                if not _busy(exc):
                    raise
                time.sleep(0.1)
        return self._connect()

    def _open(self) -> sqlite3.Connection | None:
        assert self.path is not None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            _warn(f"{self.path}: cannot create the claim store ({exc.strerror}); using a temporary one for this run")
            return None
        try:
            return self._connect_when_free()
        except sqlite3.OperationalError as exc:
            if _busy(exc):
                _warn(f"{self.path}: the claim store stays locked by another run; using a temporary one for this run")
                return None
            if "readonly" in str(exc) or "unable to open" in str(exc):
                _warn(f"{self.path}: cannot write the claim store ({exc}); using a temporary one for this run")
                return None
            return self._rebuild(exc)
        except sqlite3.DatabaseError as exc:
            return self._rebuild(exc)

    def _rebuild(self, reason: Exception) -> sqlite3.Connection | None:
        _warn(f"{self.path}: not a usable claim store ({reason}); rebuilding it")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        try:
            return self._connect()
        except sqlite3.Error as exc:
            _warn(f"{self.path}: cannot rebuild the claim store ({exc}); using a temporary one for this run")
            return None

    def documents(self, keys: list[str]) -> dict[str, tuple[int, int]]:
        """(row, number of claims) of each stored document, by document key, for the keys present."""
        found: dict[str, tuple[int, int]] = {}
        for batch in batched(keys):
            marks = ",".join("?" * len(batch))
            for key, row, count in self.db.execute(
                f"SELECT key, id, claims FROM documents WHERE key IN ({marks})", batch
            ):
                found[key] = (row, count)
        self.hits += len(found)
        self.misses += len(keys) - len(found)
        return found

    def put_documents(self, rows: list[tuple[str, list[bytes]]]) -> dict[str, tuple[int, int]]:
        """Store (document key, claim JSON per claim) rows in one transaction; their (row, claims) by key."""
        placed: dict[str, tuple[int, int]] = {}
        with self.db:
            for key, claims in rows:
                self.db.execute("INSERT OR IGNORE INTO documents (key, claims) VALUES (?, ?)", (key, len(claims)))
                row = self.db.execute("SELECT id FROM documents WHERE key = ?", (key,)).fetchone()[0]
                self.db.executemany(
                    "INSERT OR REPLACE INTO claims VALUES (?, ?, ?)",
                    [(row, index, zlib.compress(payload, 1)) for index, payload in enumerate(claims)],
                )
                placed[key] = (row, len(claims))
        return placed

    def claims(self, refs: list[tuple[int, int]]) -> list[bytes]:
        """The claim JSON of each (document row, claim index), in the order asked."""
        found: dict[tuple[int, int], bytes] = {}
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (document INTEGER, idx INTEGER)")
        self.db.execute("BEGIN")
        self.db.execute("DELETE FROM wanted")
        self.db.executemany("INSERT INTO wanted VALUES (?, ?)", sorted(set(refs)))
        self.db.execute("COMMIT")
        for document, index, payload in self.db.execute(
            "SELECT c.document, c.idx, c.payload FROM wanted w JOIN claims c ON c.document = w.document AND c.idx = w.idx"
        ):
            found[(document, index)] = zlib.decompress(payload)
        return [found[ref] for ref in refs]

    def document_claims(self, row: int) -> list[bytes]:
        """The claim JSON of one document, in text order."""
        return [
            zlib.decompress(payload)
            for (payload,) in self.db.execute("SELECT payload FROM claims WHERE document = ? ORDER BY idx", (row,))
        ]

    def selections(self, rows: list[int], rules: str) -> dict[int, bytes]:
        """What the rule set `rules` selected in each document row, for the rows it has been applied to."""
        found: dict[int, bytes] = {}
        for batch in batched(rows):
            marks = ",".join("?" * len(batch))
            for row, payload in self.db.execute(
                f"SELECT document, payload FROM selections WHERE rules = ? AND document IN ({marks})", [rules, *batch]
            ):
                found[row] = payload
        return found

    def put_selections(self, rows: list[tuple[int, bytes]], rules: str) -> None:
        self._write(
            "INSERT OR REPLACE INTO selections VALUES (?, ?, ?)", [(row, rules, payload) for row, payload in rows]
        )

    def results(self, keys: list[str]) -> dict[str, bytes]:
        """The kept result of each unit key that has one; one that cannot be unpacked is left out (it is then
        worked out again)."""
        found: dict[str, bytes] = {}
        for batch in batched(keys):
            marks = ",".join("?" * len(batch))
            for key, payload in self.db.execute(f"SELECT key, payload FROM results WHERE key IN ({marks})", batch):
                with suppress(zlib.error):
                    found[key] = zlib.decompress(payload)
        self.results_asked += len(keys)
        self.results_kept += len(found)
        return found

    def put_results(self, rows: list[tuple[str, bytes]]) -> None:
        """Keep (unit key, result) rows, in one transaction."""
        self._write("INSERT OR REPLACE INTO results VALUES (?, ?)", [(k, zlib.compress(p, 1)) for k, p in rows])

    def _write(self, statement: str, rows: list[tuple[object, ...]]) -> None:
        if not rows:
            return
        try:
            with self.db:
                self.db.executemany(statement, rows)
        except sqlite3.Error as exc:
            _warn(f"{self.path}: could not update the claim store ({exc}); results are not affected")

    def count(self) -> int:
        """How many documents the store holds."""
        return int(self.db.execute("SELECT count(*) FROM documents").fetchone()[0])


def batched(items: Iterable[T], size: int = 500) -> Iterator[list[T]]:
    """`items` in lists of `size` (the last one shorter), read as they come."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def clear_store(path: Path) -> bool:
    """Delete the store (and its WAL files). True when there was one."""
    existed = path.exists()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return existed
