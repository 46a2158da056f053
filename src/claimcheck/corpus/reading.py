"""Reading corpus files as text, with one clear error for what cannot be read."""

from __future__ import annotations

from pathlib import Path

from claimcheck.errors import CorpusError


def read_text(path: Path) -> str:
    """The file's text as UTF-8 (a BOM is dropped). Binary and non-UTF-8 files are errors."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CorpusError("no such file or directory", path) from None
    except OSError as exc:
        raise CorpusError(f"cannot read: {exc.strerror or exc}", path) from None
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
