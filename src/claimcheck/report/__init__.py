"""One `Report` record → each output format; writes cannot destroy (`writing.py`)."""

from __future__ import annotations

from collections.abc import Callable

from claimcheck.models import Report
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
}
SUFFIXES = {"html": ".html", "json": ".json", "sarif": ".sarif", "md": ".md", "junit": ".junit.xml"}


__all__ = [
    "FORMATS",
    "STDOUT",
    "SUFFIXES",
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
