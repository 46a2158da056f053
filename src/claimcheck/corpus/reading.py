"""Reading corpus files as text, with one clear error for what cannot be read."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from claimcheck.errors import CorpusError

_KINDS = {
    stat.S_IFIFO: "a FIFO",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a directory",
}


def special_kind(mode: int) -> str | None:
    """What a file of this mode is when it is not a regular file ("a FIFO"), else None."""
    return None if stat.S_ISREG(mode) else _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def read_bytes(path: Path) -> bytes:
    """A regular file's bytes. Anything else (a FIFO, a device, a socket) is refused by its type before a byte
    is read: opening does not wait for a writer, and nothing is read from a device that never ends."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise CorpusError("no such file or directory", path) from None
    except OSError as exc:
        raise CorpusError(f"cannot read: {exc.strerror or exc}", path) from None
    with os.fdopen(descriptor, "rb") as handle:
        kind = special_kind(os.fstat(descriptor).st_mode)
        if kind is not None:
            raise CorpusError(f"not a regular file ({kind}), not read", path)
        try:
            return handle.read()
        except OSError as exc:
            raise CorpusError(f"cannot read: {exc.strerror or exc}", path) from None


def read_text(path: Path) -> str:
    """The file's text as UTF-8 (a BOM is dropped). Binary and non-UTF-8 files are errors."""
    data = read_bytes(path)
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise CorpusError("binary file (NUL byte), not a text corpus", path, line)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CorpusError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            path,
            line,
            hint="convert the file to UTF-8",
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def walk(folder: Path, keep: Callable[[Path], bool]) -> Iterator[Path | CorpusError]:
    """The files under `folder` that `keep` accepts (any type but folders: a FIFO is named, to be refused
    when read), leaving out hidden names; a folder that cannot be listed is a `CorpusError` in the stream.
    Iterative, so that a folder nested thousands of levels deep is walked like any other."""
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as entries:
                listed = sorted(entries, key=lambda e: e.name, reverse=True)
        except OSError as exc:
            yield CorpusError(f"cannot list this folder: {exc.strerror or exc}", current)
            continue
        for entry in listed:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            if entry.is_dir(follow_symlinks=False):
                pending.append(path)
            elif keep(path):
                yield path
