"""One `Report` record → each output format; writes are atomic (temporary file, then rename)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from claimcheck.models import Report
from claimcheck.models.finding import Severity
from claimcheck.report.concise import render_concise
from claimcheck.report.github import render_github
from claimcheck.report.gitlab import render_gitlab
from claimcheck.report.html import html_chunks, render_html
from claimcheck.report.junit import render_junit
from claimcheck.report.machine import json_chunks, render_json, render_markdown
from claimcheck.report.sarif import render_sarif

FORMATS: dict[str, Callable[[Report], str]] = {
    "html": render_html,
    "json": render_json,
    "sarif": render_sarif,
    "md": render_markdown,
    "junit": render_junit,
    "github": render_github,
    "gitlab": render_gitlab,
    "concise": render_concise,
}
SUFFIXES = {
    "html": ".html",
    "json": ".json",
    "sarif": ".sarif",
    "md": ".md",
    "junit": ".junit.xml",
    "github": ".github.txt",
    "gitlab": ".gitlab.json",
    "concise": ".txt",
}


def render(
    fmt: str, report: Report, *, root: Path | None = None, fail_on: Severity = "warning", colour: bool = False
) -> str:
    """One format of the report. `root` is what CI formats make paths relative to (default: the current
    folder), `fail_on` which JUnit cases fail, `colour` whether the concise lines are coloured."""
    if fmt == "sarif":
        return render_sarif(report, root)
    if fmt == "github":
        return render_github(report, root)
    if fmt == "gitlab":
        return render_gitlab(report, root)
    if fmt == "junit":
        return render_junit(report, fail_on, root)
    if fmt == "concise":
        return render_concise(report, colour)
    return FORMATS[fmt](report)


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` so that a reader sees the old file or the new one, never half of one."""
    write_all_atomic([(path, [text])])


def write_all_atomic(outputs: Iterable[tuple[Path, Iterable[str]]]) -> None:
    """Write each (path, pieces of text) beside its path, one after the other, then put them all in place:
    a failure or an interrupt before that leaves every old file as it was and no temporary behind."""
    staged: list[tuple[Path, Path]] = []
    try:
        for path, pieces in outputs:
            staged.append((_staged(path, pieces), path))
        for temporary, path in staged:
            os.replace(temporary, path)
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)


def _staged(path: Path, pieces: Iterable[str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.writelines(pieces)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


__all__ = [
    "FORMATS",
    "SUFFIXES",
    "render",
    "render_concise",
    "render_github",
    "render_gitlab",
    "html_chunks",
    "json_chunks",
    "render_html",
    "render_json",
    "render_junit",
    "render_markdown",
    "render_sarif",
    "write_all_atomic",
    "write_atomic",
]
