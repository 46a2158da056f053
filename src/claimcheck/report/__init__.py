"""One `Report` record → each output format; writes are atomic (temporary file, then rename)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from claimcheck.models import Report
from claimcheck.report.html import render_html
from claimcheck.report.junit import render_junit
from claimcheck.report.machine import render_json, render_markdown
from claimcheck.report.sarif import render_sarif

FORMATS: dict[str, Callable[[Report], str]] = {
    "html": render_html,
    "json": render_json,
    "sarif": render_sarif,
    "md": render_markdown,
    "junit": render_junit,
}
SUFFIXES = {"html": ".html", "json": ".json", "sarif": ".sarif", "md": ".md", "junit": ".junit.xml"}


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` so that a reader sees the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


__all__ = [
    "FORMATS",
    "SUFFIXES",
    "render_html",
    "render_json",
    "render_junit",
    "render_markdown",
    "render_sarif",
    "write_atomic",
]
