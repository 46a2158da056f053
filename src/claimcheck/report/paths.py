"""Where a claim's file is, as CI systems want it: relative to the project's root (the configuration's
folder, else the current one), with `/` separators; a file outside the root keeps its absolute path."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

from claimcheck.models import Claim, Finding

ROOT_BASE_ID = "%SRCROOT%"


def from_root(path: str, root: Path) -> str | None:
    """`path` relative to `root` in POSIX form, or None when it lies outside `root` (or is standard input)."""
    if path == "-":
        return None
    try:
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(root)).as_posix()
    except ValueError:
        return None


def shown_path(path: str, root: Path) -> str:
    """The path a CI annotation names: relative to the root where it can be, else as given."""
    return from_root(path, root) or Path(path).as_posix()


def artifact_uri(path: str, root: Path) -> tuple[str, str | None]:
    """A SARIF artifact URI and its base id: percent-encoded and relative to `%SRCROOT%` under the root,
    an absolute `file:` URI elsewhere (a relative reference for standard input)."""
    relative = from_root(path, root)
    if relative is not None:
        return quote(relative, safe="/"), ROOT_BASE_ID
    if path == "-":
        return "-", None
    return Path(os.path.abspath(path)).as_uri(), None


def root_uri(root: Path) -> str:
    return Path(os.path.abspath(root)).as_uri().rstrip("/") + "/"


def new_findings(findings: list[Finding]) -> list[Finding]:
    """The findings line formats list: those the baseline has not accepted."""
    return [finding for finding in findings if finding.status == "new"]


def where(claim: Claim, root: Path) -> str:
    return f"{shown_path(claim.path, root)}:{claim.line}"
