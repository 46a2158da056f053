"""One `Report` record → each output format; writes cannot destroy (`writing.py`)."""

from __future__ import annotations

from collections.abc import Callable
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
from claimcheck.report.writing import STDOUT, write_all_atomic, write_atomic

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


__all__ = [
    "FORMATS",
    "STDOUT",
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
