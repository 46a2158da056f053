"""A report narrowed to changed files, as a pre-commit hook wants it: the whole corpus is checked, since a
changed article can contradict any other, but only the findings that involve a changed article count.
When a rule file, the baseline or the configuration changed, every finding counts; when no changed file
is in the corpus or its set-up, none does."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from claimcheck.models import Report


def _key(path: str | Path) -> str:
    return os.path.abspath(path)


def about_changed_files(report: Report, changed: Sequence[Path], setup: Sequence[Path]) -> Report:
    changed_keys = {_key(path) for path in changed}
    if changed_keys & {_key(path) for path in setup}:
        return report
    in_corpus = changed_keys & {_key(document.path) for document in report.documents}
    findings = [f for f in report.findings if any(_key(claim.path) in in_corpus for claim in f.claims)]
    return report.model_copy(update={"findings": findings})
