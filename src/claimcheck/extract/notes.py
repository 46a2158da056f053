"""Notes on what extraction leaves out and why ("'2023-02-30' is not a date"), logged for `--verbose` on the
`claimcheck` logger with the file and line they concern."""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextvars import ContextVar

LOG = logging.getLogger("claimcheck")
# Where the text being read stands: (path, line) in the document being extracted, worked out only when a
# note is logged.
WHERE: ContextVar[Callable[[], tuple[str, int]] | None] = ContextVar("where", default=None)
# Where a document extracted "at the start of an unnamed file" really is: (path, lines before it).
MOVED: ContextVar[tuple[str, int] | None] = ContextVar("moved", default=None)


def note(message: str) -> None:
    if not LOG.isEnabledFor(logging.INFO):
        return
    where, moved = WHERE.get(), MOVED.get()
    path, line = where() if where is not None else ("", 0)
    if moved is not None:
        path, line = moved[0], line + moved[1]
    LOG.info("%s:%d: %s", path, line, message)
