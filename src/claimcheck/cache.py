"""The claim store: extracted claims in SQLite, keyed by each document's content and the extractor version,
so that a run re-extracts only new or changed documents.

Safe under concurrent and interrupted runs: SQLite transactions in WAL mode, a busy timeout, and rows
written only whole. A file that is not a claimcheck store, or is corrupt, is reported in one line and
rebuilt; a store that cannot be written (a read-only corpus) is skipped with one line, never a crash.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import sys
import zlib
from collections.abc import Iterable
from pathlib import Path

from claimcheck.extract import EXTRACTOR_VERSION
from claimcheck.models import Document

SCHEMA = "claimcheck-claims/1"
DEFAULT_NAME = Path(".claimcheck") / "claims.sqlite"


def document_key(document: Document) -> str:
    """What decides a document's claims: its text and metadata and the extractor. Not where it stands in its
    file: claims are stored at the start of an unnamed file and moved into place on the way out."""
    content = document.model_dump_json(exclude={"path", "offset", "line", "column"})
    payload = f"{EXTRACTOR_VERSION}\n{content}".encode()
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


def _warn(message: str) -> None:
    print(f"claimcheck: {message}", file=sys.stderr)


class ClaimStore:
    """Claims as compressed JSON per document key. Use as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.connection: sqlite3.Connection | None = None
        self.hits = 0
        self.misses = 0

    def __enter__(self) -> ClaimStore:
        self.connection = self._open()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        connection.execute("PRAGMA busy_timeout = 30000")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        connection.execute(
            "CREATE TABLE IF NOT EXISTS claims (key TEXT PRIMARY KEY, document TEXT NOT NULL, payload BLOB NOT NULL)"
        )
        row = connection.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None:
            foreign = connection.execute("SELECT count(*) FROM claims").fetchone()[0]
            if foreign:
                connection.execute("ROLLBACK")
                raise sqlite3.DatabaseError("claims table without a claimcheck schema mark")
            connection.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA,))
        elif row[0] != SCHEMA:
            connection.execute("ROLLBACK")
            raise sqlite3.DatabaseError(f"store schema {row[0]!r}, expected {SCHEMA!r}")
        connection.execute("COMMIT")
        if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("integrity check failed")
        return connection

    def _open(self) -> sqlite3.Connection | None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            _warn(f"{self.path}: cannot create the claim store ({exc.strerror}); running without it")
            return None
        try:
            return self._connect()
        except sqlite3.OperationalError as exc:
            if "readonly" in str(exc) or "unable to open" in str(exc):
                _warn(f"{self.path}: cannot write the claim store ({exc}); running without it")
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
            _warn(f"{self.path}: cannot rebuild the claim store ({exc}); running without it")
            return None

    def get(self, keys: list[str]) -> dict[str, bytes]:
        """Cached claim JSON by document key, for the keys present."""
        if self.connection is None or not keys:
            return {}
        found: dict[str, bytes] = {}
        for start in range(0, len(keys), 500):
            batch = keys[start : start + 500]
            marks = ",".join("?" * len(batch))
            for key, payload in self.connection.execute(
                f"SELECT key, payload FROM claims WHERE key IN ({marks})", batch
            ):
                found[key] = zlib.decompress(payload)
        self.hits += len(found)
        self.misses += len(keys) - len(found)
        return found

    def put(self, rows: list[tuple[str, str, bytes]]) -> None:
        """Store (key, document id, claim JSON) rows in one transaction."""
        if self.connection is None or not rows:
            return
        packed = [(key, doc, zlib.compress(payload, 1)) for key, doc, payload in rows]
        try:
            with self.connection:
                self.connection.executemany("INSERT OR REPLACE INTO claims VALUES (?, ?, ?)", packed)
        except sqlite3.Error as exc:
            _warn(f"{self.path}: could not update the claim store ({exc}); results are not affected")

    def count(self) -> int:
        if self.connection is None:
            return 0
        return int(self.connection.execute("SELECT count(*) FROM claims").fetchone()[0])


def clear_store(path: Path) -> bool:
    """Delete the store (and its WAL files). True when there was one."""
    existed = path.exists()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return existed
