"""The claim store: extracted claims in SQLite, keyed by each document's content and the extractor version,
so that a run re-extracts only new or changed documents. Besides claims, it keeps what each rule set selects
in each document and the results of check tasks (`tasks.py`).

What the store may be trusted with (see SECURITY.md):

- It is ours or it is left alone. A file is a claimcheck store when it is SQLite with our `application_id`
  (or an older store of ours, marked by its `meta` table). Any other file named as the store is refused,
  never modified or deleted; a store of ours that is damaged is rebuilt.
- It lives outside the corpus: by default in the user's cache folder, in a folder of its own for each corpus
  (keyed by the corpus's absolute path), created readable by the user only.
- Every row is sealed with a digest of its inputs (a document's key for its claims and claim count, the
  document and the rule set for a selection, the task and its members for a result) and checked when read:
  a damaged row is worked out again, never taken; a run never fails because of derived data.
- In CI mode a store that a change under review could have written (inside the working directory or a
  corpus, or writable by others) is not used (`run_store`).
- A store that cannot be opened or written (locked, read-only, a full disk) gives way to a temporary one,
  in a temporary folder or, failing that, in memory; the run goes on.

SQLite transactions in WAL mode, a busy timeout and rows written only whole keep concurrent and interrupted
runs safe.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import sqlite3
import stat
import sys
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing, contextmanager, suppress
from itertools import islice
from pathlib import Path
from typing import Literal, TypeVar

from claimcheck.corpus.reading import special_kind
from claimcheck.errors import ClaimcheckError
from claimcheck.extract import extractor_version
from claimcheck.models import Document
from claimcheck.temporary import temporary_folder

SCHEMA = "claimcheck-claims/3"
APPLICATION_ID = 0x636C6D63  # "clmc", in the SQLite header: what marks a file as a store of ours
USER_VERSION = 3
SQLITE_MAGIC = b"SQLite format 3\x00"
TABLES = {
    "meta": "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "documents": "CREATE TABLE IF NOT EXISTS documents (id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, claims INTEGER NOT NULL,"
    " seal BLOB NOT NULL)",
    "claims": "CREATE TABLE IF NOT EXISTS claims (document INTEGER NOT NULL, idx INTEGER NOT NULL, payload BLOB NOT NULL,"
    " PRIMARY KEY (document, idx)) WITHOUT ROWID",
    "selections": "CREATE TABLE IF NOT EXISTS selections (document INTEGER NOT NULL, rules TEXT NOT NULL, payload BLOB NOT NULL,"
    " PRIMARY KEY (document, rules)) WITHOUT ROWID",
    "results": "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, payload BLOB NOT NULL) WITHOUT ROWID",
}
STORE_NAME = "claims.sqlite"
TEMPORARY_KIND = "claimcheck-store-"
SEAL_SIZE = 16
T = TypeVar("T")
# Where the store says it was set aside, rebuilt or not updated: a child of the `claimcheck` logger, whose
# warnings the CLI shows on stderr.
LOG = logging.getLogger(__name__)


class StoreRefused(ClaimcheckError):
    """A file named as the claim store that is not one: it is left as it is."""


def document_key(document: Document) -> str:
    """What decides a document's claims: its text and metadata and the extractor. Not where it stands in its
    file: claims are stored at the start of an unnamed file and moved into place on the way out."""
    content = document.model_dump_json(exclude={"path", "offset", "line", "column"})
    payload = f"{extractor_version()}\n{content}".encode()
    return hashlib.sha256(payload).hexdigest()


def seal(*parts: str | bytes | int) -> bytes:
    """The digest a row is stored with: of its inputs and its content, checked when the row is read."""
    digest = hashlib.blake2b(digest_size=SEAL_SIZE)
    for part in parts:
        data = part if isinstance(part, bytes) else str(part).encode()
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.digest()


def sealed(payload: bytes, *inputs: str | int) -> bytes:
    """`payload` compressed, after its seal."""
    return seal(*inputs, payload) + zlib.compress(payload, 1)


def unsealed(stored: bytes, *inputs: str | int) -> bytes | None:
    """The payload of a `sealed` row; None when the row is damaged or was made from other inputs."""
    try:
        payload = zlib.decompress(stored[SEAL_SIZE:])
    except (zlib.error, TypeError):
        return None
    return payload if stored[:SEAL_SIZE] == seal(*inputs, payload) else None


# Where a store lives


def user_cache_folder() -> Path:
    """claimcheck's folder in the user's cache folder ($XDG_CACHE_HOME, ~/Library/Caches, %LOCALAPPDATA%)."""
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and Path(xdg).is_absolute():
        base = Path(xdg)
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    elif os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        base = Path(os.environ["LOCALAPPDATA"])
    else:
        base = Path.home() / ".cache"
    return base / "claimcheck"


def default_location(paths: Iterable[str | Path]) -> Path:
    """The store of a corpus: in the user's cache folder, in a folder keyed by the corpus's absolute path (the
    first folder given, else the folder of the first file), so that nothing is written into the corpus."""
    first = Path(next(iter(paths), "."))
    base = first if first.is_dir() else first.parent
    digest = hashlib.sha256(str(base.resolve()).encode("utf-8")).hexdigest()[:16]
    return user_cache_folder() / digest / STORE_NAME


def ci_mode(flag: bool = False) -> bool:
    """Whether the run is in CI mode: `--ci`, or the `CI` variable that CI services set."""
    return flag or os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def distrust(path: Path, corpus: Sequence[str | Path]) -> str | None:
    """Why a store at `path` could have been written by a change under review (so CI mode does not use it),
    or None: inside the working directory or a corpus path, or a file or folder other users can write."""
    where = path.absolute().resolve()
    for base in (Path.cwd(), *(Path(p) for p in corpus)):
        folder = base.resolve() if base.is_dir() else base.resolve().parent
        if where.is_relative_to(folder):
            return f"it lies in {folder}, which the change being checked can write"
    for item in (where, where.parent):
        try:
            info = item.stat()
        except OSError:
            continue
        if hasattr(os, "getuid") and info.st_uid != os.getuid():
            return f"{item} belongs to another user"
        if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH) and not info.st_mode & stat.S_ISVTX:
            return f"{item} can be written by other users"
    return None


def run_store(paths: Sequence[str | Path], explicit: str | Path | None = None, ci: bool = False) -> ClaimStore:
    """The claim store for a run over `paths` (use it as a context manager): `explicit` when given (`--store`,
    or a configured location), else the default location. In CI mode a store that is not trusted
    (`distrust`) is set aside for a temporary one, with a warning logged."""
    path = Path(explicit) if explicit is not None else default_location(paths)
    reason = distrust(path, paths) if ci else None
    if reason is not None:
        LOG.warning(f"{path}: the claim store is not trusted in CI mode ({reason}); using a temporary one for this run")
        return ClaimStore(None)
    return ClaimStore(path, owned=explicit is None)


# What a file is


Kind = Literal["none", "ours", "foreign"]


def kind_of(path: Path) -> Kind:
    """Whether `path` holds nothing yet, a store of ours, or something else. A store of ours is SQLite with our
    `application_id` (or an older store of ours: SQLite whose `meta` table names our schema). Only the
    header is read; a special file (a FIFO, a device) is refused by its type."""
    try:
        info = path.stat()
    except OSError:  # nothing there, or nothing that can be reached: opening will say so
        return "none"
    kind = special_kind(info.st_mode)
    if kind is not None:
        raise StoreRefused(f"not a claimcheck store ({kind}); it is left as it is", path)
    if info.st_size == 0:
        return "none"
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise StoreRefused(f"cannot read the claim store ({exc.strerror or exc}); it is left as it is", path) from None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return "foreign"
    if int.from_bytes(header[68:72], "big") == APPLICATION_ID:
        return "ours"
    return "ours" if _older_store(path) else "foreign"


def _older_store(path: Path) -> bool:
    """Whether a SQLite file without our `application_id` is a store of an earlier claimcheck (read only)."""
    try:
        with closing(sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)) as connection:
            row = connection.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    except sqlite3.Error:
        return False
    return bool(row and isinstance(row[0], str) and row[0].startswith("claimcheck-claims/"))


def _refuse(path: Path) -> StoreRefused:
    return StoreRefused(
        "not a claimcheck store; it is left as it is (name another file with --store, or use --no-store)", path
    )


# Opening


BUSY_TIMEOUT = 30.0  # seconds a run waits for another one's write to finish
LOCK_RETRIES = 300  # tenths of a second to wait for a store another run is opening


def _busy(error: sqlite3.Error) -> bool:
    return "locked" in str(error) or "busy" in str(error)


def _cannot_write(error: sqlite3.Error) -> bool:
    """An error of the place the store is in, not of the store: nothing to rebuild, somewhere else to go."""
    text = str(error)
    return any(words in text for words in ("readonly", "unable to open", "disk is full", "disk I/O", "out of memory"))


_CHECKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="claimcheck-store-check")


def _healthy(path: Path) -> bool:
    """`PRAGMA quick_check` on its own connection (SQLite lets other threads run while it reads). A store
    that stays locked by another run cannot be checked, but is in use, so it is not called damaged."""
    try:
        with closing(sqlite3.connect(path, timeout=BUSY_TIMEOUT)) as connection:
            return bool(connection.execute("PRAGMA quick_check").fetchone()[0] == "ok")
    except sqlite3.OperationalError as exc:
        return _busy(exc) or _cannot_write(exc)
    except sqlite3.Error:
        return False


class _Foreign(sqlite3.DatabaseError):
    """Tables that are not ours, found once the file was opened."""


class ClaimStore:
    """Claims of each document (one row per claim, so a check can read just the claims it needs), which
    claims each rule set selects in each document, and the results of check tasks. Use as a context
    manager. `path` None: a temporary store for the run. `owned`: the path is in claimcheck's own cache
    folder, where a file that is not a usable store is rebuilt rather than refused."""

    def __init__(self, path: Path | None, owned: bool = False) -> None:
        self.path = path
        self.owned = owned
        self.connection: sqlite3.Connection | None = None
        self.temporary: Path | None = None
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

    def __exit__(self, *exc: object) -> None:
        if self.checking is not None:
            self.checking.result()
            self.checking = None
        if self.connection is not None:
            self.connection.close()
            self.connection = None
        if self.temporary is not None:
            shutil.rmtree(self.temporary, ignore_errors=True)
            self.temporary = None

    def _use_temporary(self) -> None:
        """A temporary store for the run: in a temporary folder, or in memory when even that fails."""
        try:
            self.temporary = temporary_folder(TEMPORARY_KIND)
            self.path = self.temporary / STORE_NAME
            self.connection = self._connect()
        except (OSError, sqlite3.Error):
            if self.temporary is not None:
                shutil.rmtree(self.temporary, ignore_errors=True)
                self.temporary = None
            self.path = None
            self.connection = self._prepared(sqlite3.connect(":memory:", isolation_level=None))

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
        """The connection with our tables in place (created, or made anew for another schema version), then
        WAL on. Tables of anyone else are never touched."""
        connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
        connection.execute("BEGIN IMMEDIATE")
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            ours = connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
            if tables and not ours and not self._older(connection, tables):
                raise _Foreign("tables that are not a claimcheck store's")
            anew = not ours or connection.execute("PRAGMA user_version").fetchone()[0] != USER_VERSION
            for table in tables & set(TABLES) if anew else ():
                connection.execute(f"DROP TABLE {table}")
            for statement in TABLES.values():  # a table missing from a store of ours is made again too
                connection.execute(statement)
            if anew:
                connection.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA,))
                connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                connection.execute(f"PRAGMA user_version = {USER_VERSION}")
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        return connection

    @staticmethod
    def _older(connection: sqlite3.Connection, tables: set[str]) -> bool:
        if "meta" not in tables:
            return False
        row = connection.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        return bool(row and str(row[0]).startswith("claimcheck-claims/"))

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
        if kind_of(self.path) == "foreign":
            if not self.owned:
                raise _refuse(self.path)
            return self._rebuild(sqlite3.DatabaseError("not a claimcheck store"))
        try:
            self._make_folder(self.path.parent)
        except OSError as exc:
            LOG.warning(
                f"{self.path}: cannot create the claim store ({exc.strerror}); using a temporary one for this run"
            )
            return None
        try:
            return self._connect_when_free()
        except _Foreign:
            if not self.owned:
                raise _refuse(self.path) from None
            return self._rebuild(sqlite3.DatabaseError("not a claimcheck store"))
        except sqlite3.OperationalError as exc:
            if _busy(exc):
                LOG.warning(
                    f"{self.path}: the claim store stays locked by another run; using a temporary one for this run"
                )
                return None
            if _cannot_write(exc):
                LOG.warning(f"{self.path}: cannot write the claim store ({exc}); using a temporary one for this run")
                return None
            return self._rebuild(exc)
        except sqlite3.DatabaseError as exc:
            return self._rebuild(exc)

    def _make_folder(self, folder: Path) -> None:
        """The store's folder; in claimcheck's own cache folder, readable by the user only."""
        if not self.owned:
            folder.mkdir(parents=True, exist_ok=True)
            return
        folder.parent.parent.mkdir(parents=True, exist_ok=True)
        for level in (folder.parent, folder):
            if not level.is_dir():
                level.mkdir(mode=0o700, exist_ok=True)

    def _rebuild(self, reason: Exception) -> sqlite3.Connection | None:
        """Start a store of ours (or a file in our own cache folder) afresh."""
        LOG.warning(f"{self.path}: not a usable claim store ({reason}); rebuilding it")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        try:
            return self._connect()
        except sqlite3.Error as exc:
            LOG.warning(f"{self.path}: cannot rebuild the claim store ({exc}); using a temporary one for this run")
            return None

    # Writing: whole transactions; a full disk moves the run to a temporary store and the write is made there.

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def _writing(self, write: Callable[[sqlite3.Connection], T]) -> T:
        """`write` in one transaction; where the store cannot be written (a full disk), in a copy of it
        elsewhere: a temporary folder, else memory."""
        while True:
            try:
                with self._transaction() as db:
                    return write(db)
            except sqlite3.OperationalError as exc:
                if not _cannot_write(exc) or self.path is None:
                    raise
                self._move_elsewhere(exc)

    def _move_elsewhere(self, reason: sqlite3.Error) -> None:
        """Go on with a copy of this store in a temporary folder, or in memory if that fails too."""
        LOG.warning(f"{self.path}: cannot write the claim store ({reason}); going on with a temporary one for this run")
        old, old_folder = self.db, self.temporary
        self.connection, self.temporary, self.path = None, None, None
        if old_folder is None:
            with suppress(OSError, sqlite3.Error):
                self._copy_into_folder(old)
        if self.connection is None:
            self.connection = sqlite3.connect(":memory:", isolation_level=None)
            old.backup(self.connection)
        old.close()
        if old_folder is not None:
            shutil.rmtree(old_folder, ignore_errors=True)

    def _copy_into_folder(self, old: sqlite3.Connection) -> None:
        folder = temporary_folder(TEMPORARY_KIND)
        try:
            copy = sqlite3.connect(folder / STORE_NAME, timeout=BUSY_TIMEOUT, isolation_level=None)
            try:
                old.backup(copy)
            except sqlite3.Error:
                copy.close()
                raise
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        self.temporary, self.path, self.connection = folder, folder / STORE_NAME, copy

    # Documents and their claims

    def documents(self, keys: list[str]) -> dict[str, tuple[int, int]]:
        """(row, number of claims) of each stored document, by document key, for the keys present whose row
        is whole (one that is not is extracted again and replaced)."""
        found: dict[str, tuple[int, int]] = {}
        for batch in batched(keys):
            marks = ",".join("?" * len(batch))
            for key, row, count, check in self.db.execute(
                f"SELECT key, id, claims, seal FROM documents WHERE key IN ({marks})", batch
            ):
                if check == seal(key, count):
                    found[key] = (row, count)
        self.hits += len(found)
        self.misses += len(keys) - len(found)
        return found

    def put_documents(self, rows: list[tuple[str, list[bytes]]]) -> dict[str, tuple[int, int]]:
        """Store (document key, claim JSON per claim) rows in one transaction; their (row, claims) by key. A
        document already there (whose row was damaged) is replaced."""

        def write(db: sqlite3.Connection) -> dict[str, tuple[int, int]]:
            placed: dict[str, tuple[int, int]] = {}
            for key, claims in rows:
                db.execute(
                    "INSERT INTO documents (key, claims, seal) VALUES (?, ?, ?)"
                    " ON CONFLICT (key) DO UPDATE SET claims = excluded.claims, seal = excluded.seal",
                    (key, len(claims), seal(key, len(claims))),
                )
                row = db.execute("SELECT id FROM documents WHERE key = ?", (key,)).fetchone()[0]
                placed[key] = (row, self._put_claims(db, row, key, claims))
            return placed

        return self._writing(write)

    @staticmethod
    def _put_claims(db: sqlite3.Connection, row: int, key: str, claims: list[bytes]) -> int:
        db.execute("DELETE FROM claims WHERE document = ? AND idx >= ?", (row, len(claims)))
        db.executemany(
            "INSERT OR REPLACE INTO claims VALUES (?, ?, ?)",
            [(row, index, sealed(payload, key, index)) for index, payload in enumerate(claims)],
        )
        return len(claims)

    def replace_claims(self, row: int, key: str, claims: list[bytes]) -> None:
        """Put a document's claims, worked out again, in place of damaged ones."""
        self._writing(lambda db: self._put_claims(db, row, key, claims))

    def claims(self, refs: list[tuple[int, int]], keys: dict[int, str]) -> dict[tuple[int, int], bytes]:
        """The claim JSON of each (document row, claim index), for those whose row is whole (`keys`: each
        document row's key, which its claims are sealed with)."""
        found: dict[tuple[int, int], bytes] = {}
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (document INTEGER, idx INTEGER)")
        self.db.execute("BEGIN")
        self.db.execute("DELETE FROM wanted")
        self.db.executemany("INSERT INTO wanted VALUES (?, ?)", sorted(set(refs)))
        self.db.execute("COMMIT")
        for document, index, stored in self.db.execute(
            "SELECT c.document, c.idx, c.payload FROM wanted w JOIN claims c ON c.document = w.document AND c.idx = w.idx"
        ):
            payload = unsealed(stored, keys[document], index)
            if payload is not None:
                found[(document, index)] = payload
        return found

    def document_claims(self, row: int, key: str, count: int) -> list[bytes] | None:
        """The claim JSON of one document, in text order; None when its rows are not whole."""
        payloads: list[bytes] = []
        for index, stored in self.db.execute("SELECT idx, payload FROM claims WHERE document = ? ORDER BY idx", (row,)):
            payload = unsealed(stored, key, index) if index == len(payloads) else None
            if payload is None:
                return None
            payloads.append(payload)
        return payloads if len(payloads) == count else None

    # Selections and results

    def selections(self, keys: dict[int, str], rules: str) -> dict[int, bytes]:
        """What the rule set `rules` selected in each document row (`keys`: row -> document key), for the
        rows it has been applied to and whose stored selection is whole."""
        found: dict[int, bytes] = {}
        for batch in batched(sorted(keys)):
            marks = ",".join("?" * len(batch))
            for row, stored in self.db.execute(
                f"SELECT document, payload FROM selections WHERE rules = ? AND document IN ({marks})", [rules, *batch]
            ):
                payload = unsealed(stored, keys[row], rules)
                if payload is not None:
                    found[row] = payload
        return found

    def put_selections(self, rows: list[tuple[int, str, bytes]], rules: str) -> None:
        """Keep (document row, document key, selection) rows for the rule set `rules`."""
        self._put(
            "INSERT OR REPLACE INTO selections VALUES (?, ?, ?)",
            [(row, rules, sealed(payload, key, rules)) for row, key, payload in rows],
        )

    def results(self, keys: list[str]) -> dict[str, bytes]:
        """The kept result of each unit key that has a whole one (any other is worked out again)."""
        found: dict[str, bytes] = {}
        for batch in batched(keys):
            marks = ",".join("?" * len(batch))
            for key, stored in self.db.execute(f"SELECT key, payload FROM results WHERE key IN ({marks})", batch):
                payload = unsealed(stored, key)
                if payload is not None:
                    found[key] = payload
        self.results_asked += len(keys)
        self.results_kept += len(found)
        return found

    def put_results(self, rows: list[tuple[str, bytes]]) -> None:
        """Keep (unit key, result) rows, in one transaction."""
        self._put("INSERT OR REPLACE INTO results VALUES (?, ?)", [(k, sealed(p, k)) for k, p in rows])

    def _put(self, statement: str, rows: list[tuple[object, ...]]) -> None:
        if not rows:
            return
        try:
            self._writing(lambda db: db.executemany(statement, rows))
        except sqlite3.Error as exc:
            LOG.warning(f"{self.path}: could not update the claim store ({exc}); results are not affected")

    def count(self) -> int:
        """How many documents the store holds."""
        return int(self.db.execute("SELECT count(*) FROM documents").fetchone()[0])


def batched(items: Iterable[T], size: int = 500) -> Iterator[list[T]]:
    """`items` in lists of `size` (the last one shorter), read as they come."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


# The `claimcheck store` commands: they read only the header of a file that is not a store of ours.


def describe_store(path: Path, owned: bool = False) -> str:
    """One line on the store at `path`: where it is and how many documents it holds. Creates nothing."""
    kind = kind_of(path)
    if kind == "none":
        return f"no store at {path}"
    if kind == "foreign" and not owned:
        raise _refuse(path)
    try:
        with closing(sqlite3.connect(path, timeout=BUSY_TIMEOUT)) as connection:
            if connection.execute("PRAGMA user_version").fetchone()[0] != USER_VERSION:
                return f"{path}: a store of another claimcheck version (made anew on the next run)"
            documents = connection.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error as exc:
        return f"{path}: not a usable claim store ({exc}; made anew on the next run)"
    return f"{path}: {documents} document(s) of claims"


def clear_store(path: Path, owned: bool = False) -> bool:
    """Delete the store (and its WAL files). True when there was one. A file that is not a store of ours is
    refused (unless it is in claimcheck's own cache folder); an empty file is left alone."""
    kind = kind_of(path)
    if kind == "foreign" and not owned:
        raise _refuse(path)
    if kind == "none":
        return False
    for suffix in ("", "-wal", "-shm"):
        with suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
    return True
