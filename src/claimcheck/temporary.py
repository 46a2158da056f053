"""Temporary files and folders named after the process that made them, so that a later run can remove
what a killed one (`kill -9`, a power cut) left behind, and never what a running one still uses."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path


def prefix_of(kind: str) -> str:
    """The start of the name of this process's temporary files of one kind ("claimcheck-store-4242-")."""
    return f"{kind}{os.getpid()}-"


def _alive(pid: int) -> bool:
    if os.name == "nt":  # no harmless way to ask there: keep everything
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process
        return True
    return True


def remove_stale(folder: Path, kind: str) -> None:
    """Remove the files and folders of this `kind` in `folder` whose process has ended."""
    pattern = re.compile(rf"{re.escape(kind)}(\d+)-")
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        match = pattern.match(entry.name)
        if not match or _alive(int(match.group(1))):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                os.unlink(entry.path)
        except OSError:
            pass


def temporary_file(folder: Path, kind: str, suffix: str = ".tmp") -> tuple[int, Path]:
    """A new temporary file of this `kind` in `folder`, open (descriptor, path), after removing stale ones."""
    remove_stale(folder, kind)
    handle, name = tempfile.mkstemp(prefix=prefix_of(kind), suffix=suffix, dir=folder)
    return handle, Path(name)


def temporary_folder(kind: str) -> Path:
    """A new temporary folder of this `kind` in the system's temporary folder, after removing stale ones."""
    base = Path(tempfile.gettempdir())
    remove_stale(base, kind)
    return Path(tempfile.mkdtemp(prefix=prefix_of(kind), dir=base))
