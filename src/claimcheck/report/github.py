"""GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per new finding, on
the line of its first source (the other sources are named in the message), with the path relative to the
project's root, as the repository checkout has it."""

from __future__ import annotations

from pathlib import Path

from claimcheck.models import Report
from claimcheck.report.paths import new_findings, shown_path, where

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(report: Report, root: Path | None = None) -> str:
    root = root or Path.cwd()
    lines = []
    for finding in new_findings(report.findings):
        first, *others = finding.claims
        message = finding.message + (f" (also {', '.join(where(c, root) for c in others)})" if others else "")
        properties = ",".join(
            [
                f"file={_property(shown_path(first.path, root))}",
                f"line={first.line}",
                f"col={first.column}",
                f"title={_property(f'{finding.rule}: {finding.title}')}",
            ]
        )
        lines.append(f"::{LEVELS[finding.severity]} {properties}::{_data(message)}\n")
    return "".join(lines)
