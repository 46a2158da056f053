"""Typed errors raised deep in the library and printed as one line by the CLI."""

from __future__ import annotations

from pathlib import Path


class ClaimcheckError(Exception):
    """An error a user can act on: it names the file, and the line where one applies."""

    def __init__(
        self,
        message: str,
        path: str | Path | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.column = column
        self.hint = hint

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = self.path
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        text = f"{where}{self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text.replace("\n", " ")


class CorpusError(ClaimcheckError):
    """A corpus file that cannot be read as articles."""


class RuleError(ClaimcheckError):
    """A rule file that is not valid."""


class UsageError(ClaimcheckError):
    """Arguments that do not fit together."""


def printable(text: str) -> str:
    """Text made safe for a terminal: control and other non-printable characters shown as escapes."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)
