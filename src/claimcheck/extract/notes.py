"""Notes on what extraction leaves out and why ("'2023-02-30' is not a date"), logged for `--verbose` on the
`claimcheck` logger with the file and line they concern."""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextvars import ContextVar

LOG = logging.getLogger("claimcheck")
# Where the text being read stands in its file ("path:line"), worked out only when a note is logged.
WHERE: ContextVar[Callable[[], str] | None] = ContextVar("where", default=None)


def note(message: str) -> None:
    if LOG.isEnabledFor(logging.INFO):
        where = WHERE.get()
        LOG.info("%s%s", f"{where()}: " if where is not None else "", message)
