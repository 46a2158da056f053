"""Writing output files so that nothing is lost: a reader sees the old file or the new one, never half of one.

- A regular file (or a new one) is written beside itself and renamed into place, with the old file's
  permissions. A symlink is followed: its target is written that way and the link stays a link.
- A device, a FIFO or `-` (standard output) is written through, never replaced (`-o /dev/null` run as root
  must not turn /dev/null into a regular file).
- Several outputs are all written first, then all put in place: a failure or an interrupt before that leaves
  every old file as it was. A temporary file left by a killed run is removed by the next run that writes
  to the same place (`claimcheck.temporary`).
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from claimcheck.interrupts import raise_if_interrupted
from claimcheck.temporary import temporary_file

STDOUT = Path("-")


@dataclass
class _Staged:
    """An output written to `temporary`, waiting to be put in place at `target`."""

    temporary: Path
    target: Path | None  # None: standard output
    through: bool  # written through the target (a device, a FIFO, stdout), not renamed over it

    def commit(self) -> None:
        if not self.through:
            assert self.target is not None
            os.replace(self.temporary, self.target)
            return
        with self.temporary.open("rb") as source:
            if self.target is None:
                sys.stdout.flush()
                _copy(source, sys.stdout.buffer)
            else:
                with self.target.open("wb") as sink:
                    _copy(source, sink)

    def discard(self) -> None:
        self.temporary.unlink(missing_ok=True)


def _copy(source: BinaryIO, sink: BinaryIO) -> None:
    shutil.copyfileobj(source, sink)
    sink.flush()


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` so that a reader sees the old file or the new one, never half of one."""
    write_all_atomic([(path, [text])])


def write_all_atomic(outputs: Iterable[tuple[Path, Iterable[str]]]) -> None:
    """Write each (path, pieces of text), one after the other, then put them all in place: a failure or an
    interrupt before that leaves every old file as it was and no temporary behind."""
    staged: list[_Staged] = []
    try:
        for path, pieces in outputs:
            staged.append(_stage(path, pieces))
        raise_if_interrupted()
        for output in staged:
            output.commit()
    finally:
        for output in staged:
            output.discard()


def _stage(path: Path, pieces: Iterable[str]) -> _Staged:
    if path == STDOUT:
        folder, target, through = Path(tempfile.gettempdir()), None, True
    else:
        target = path.resolve()  # a symlink's target: the link itself stays
        mode = _mode_of(target)
        through = mode is not None and not stat.S_ISREG(mode)
        folder = Path(tempfile.gettempdir()) if through else target.parent
        folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = temporary_file(folder, f".{target.name if target else 'stdout'}.claimcheck-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.writelines(pieces)
        if not through:
            os.chmod(temporary, _permissions(target))
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return _Staged(temporary, target, through)


def _mode_of(path: Path) -> int | None:
    try:
        return path.stat().st_mode
    except FileNotFoundError:
        return None


def _permissions(target: Path | None) -> int:
    """The old file's permissions, or those a new file gets."""
    mode = _mode_of(target) if target is not None else None
    if mode is not None:
        return stat.S_IMODE(mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
