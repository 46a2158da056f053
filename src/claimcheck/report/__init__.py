"""One `Report` record → each output format; writes are atomic (temporary file, then rename)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from claimcheck.models import Report
from claimcheck.report.html import render_html
from claimcheck.report.machine import render_json, render_markdown

FORMATS: dict[str, Callable[[Report], str]] = {
    "json": render_json,
    "md": render_markdown,
    "html": render_html,
}
SUFFIXES = {"json": ".json", "md": ".md", "html": ".html"}


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` so that a reader sees the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


__all__ = ["FORMATS", "SUFFIXES", "render_html", "render_json", "render_markdown", "write_atomic"]
