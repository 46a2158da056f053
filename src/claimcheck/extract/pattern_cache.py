"""Compiled patterns kept between runs, in claimcheck's folder of the user's cache.

The `regex` module parses and optimises a pattern in Python: the longest attribution patterns take a tenth of a
second each, seconds for all of them, in every process that extracts. A compiled pattern pickles as the program
`regex` built (no source to parse again), so it is written once, by its source, flags, named lists and the
versions of `regex` and Python, and read back in later runs. Only `regex`'s own constructor may be called from
such a file; one that cannot be read, or holds anything else, is compiled afresh and written again. In CI, and
from a file or folder another user owns or can write, nothing is read: patterns are compiled afresh, as they are
where the cache folder cannot be written.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
import sys
import tempfile
from contextlib import suppress
from pathlib import Path

import regex

# The most files the folder keeps: past it, the oldest written are removed (those of patterns a change replaced).
MAX_FILES = 256

# What a cached pattern's file may call when it is read: `regex`'s constructor of a compiled pattern, nothing else.
_ALLOWED = frozenset({("regex._regex", "compile")})


class _PatternUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> object:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not a compiled pattern")
        return super().find_class(module, name)


def cache_folder() -> Path:
    from claimcheck.engine.store import user_cache_folder  # the store module imports extraction's own

    return user_cache_folder() / "patterns"


def compiled(pattern: str, flags: int = 0, lists: dict[str, list[str]] | None = None) -> regex.Pattern[str]:
    """`regex.compile(pattern, flags, ignore_unused=True, **lists)`, read from the cache when a run before this one
    compiled it."""
    lists = lists or {}
    path = cache_folder() / f"{_key(pattern, flags, lists)}.pickle"
    found = _read(path, pattern)
    if found is not None:
        return found
    made = regex.compile(pattern, flags, ignore_unused=True, cache_pattern=None, **lists)
    _write(path, made)
    return made


def _key(pattern: str, flags: int, lists: dict[str, list[str]]) -> str:
    versions = [regex.__version__, list(sys.version_info[:3]), sys.implementation.name]
    text = json.dumps([versions, pattern, flags, sorted(lists.items())], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _read(path: Path, pattern: str) -> regex.Pattern[str] | None:
    if not _trusted(path):
        return None
    try:
        loaded = _PatternUnpickler(io.BytesIO(path.read_bytes())).load()
    except Exception:  # absent, damaged or not ours: compiled afresh
        return None
    return loaded if isinstance(loaded, regex.Pattern) and loaded.pattern == pattern else None


def _trusted(path: Path) -> bool:
    """Whether a cached file may be read: not in CI (where the user's cache folder may have been restored from
    what a change under review wrote), and, where files have owners, the user's own in a folder of the user's
    own that no one else can write."""
    from claimcheck.engine.store import ci_mode

    if ci_mode():
        return False
    if not hasattr(os, "getuid"):
        return True
    try:
        stats = [path.stat(), path.parent.stat()]
    except OSError:
        return False
    return all(s.st_uid == os.getuid() and not s.st_mode & 0o022 for s in stats)


def _write(path: Path, made: regex.Pattern[str]) -> None:
    """`made` into `path`, whole or not at all (a file renamed into place), in a folder only its user can read."""
    with suppress(OSError, pickle.PicklingError):
        path.parent.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        path.parent.mkdir(mode=0o700, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".part", delete=False) as part:
            part.write(pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL))
        try:
            os.replace(part.name, path)
        finally:
            with suppress(OSError):
                os.unlink(part.name)
        _prune(path.parent)


def _prune(folder: Path) -> None:
    """The oldest files of `folder` removed past `MAX_FILES`."""
    files = sorted(folder.glob("*.pickle"), key=lambda f: (f.stat().st_mtime_ns, f.name))
    for old in files[: max(0, len(files) - MAX_FILES)]:
        with suppress(OSError):
            old.unlink()
