"""Ctrl-C and SIGTERM, remembered. A signal's KeyboardInterrupt can be lost where Python ignores exceptions
(a handler that runs when a worker process is forked, a finaliser): the run would go on and put its files in
place. The signal is also kept as a flag, which a run checks before it replaces any file."""

from __future__ import annotations

import signal
import threading
from types import FrameType

_interrupted = threading.Event()


def _stop(signum: int, frame: FrameType | None) -> None:
    _interrupted.set()
    raise KeyboardInterrupt


def install() -> None:
    """Ctrl-C (unless the shell started the run with it ignored) and SIGTERM raise KeyboardInterrupt and are
    remembered."""
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)


def raise_if_interrupted() -> None:
    """Raise KeyboardInterrupt if the run was interrupted, even where the signal's own exception was lost."""
    if _interrupted.is_set():
        raise KeyboardInterrupt


def clear() -> None:
    """Forget an interrupt: for a process that goes on to run another command (the library in a notebook)."""
    _interrupted.clear()
