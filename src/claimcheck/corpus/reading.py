"""Reading corpus files as text, with one clear error for what cannot be read."""

from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path

from claimcheck.errors import CorpusError

STDIN = Path("-")  # the path that names standard input

# A saved page may say which encoding it uses; only these early bytes are looked at.
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
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
    """A regular file's bytes (standard input for `-`). Anything else (a FIFO, a device, a socket) is refused
    by its type before a byte is read: opening does not wait for a writer, and nothing is read from a device
    that never ends."""
    if path == STDIN:
        return sys.stdin.buffer.read()
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
    """The file's text as UTF-8 (a BOM is dropped). Binary and non-UTF-8 files are errors; an HTML page
    that declares another encoding (`<meta charset=...>`) is read in that one."""
    return decode_text(read_bytes(path), path)


def decode_text(data: bytes, path: Path) -> str:
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise CorpusError("binary file (NUL byte), not a text corpus", path, line)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        declared = _declared_text(data)
        if declared is not None:
            return declared
        line = data[: exc.start].count(b"\n") + 1
        raise CorpusError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            path,
            line,
            hint="convert the file to UTF-8",
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def _declared_text(data: bytes) -> str | None:
    """An HTML page's text in the encoding its `<meta charset>` names, when it names a known one."""
    match = _DECLARED_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        return data.decode(match.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
