"""The CI gate end to end: a new discrepancy fails, a baselined one passes, a removed one is resolved."""

from __future__ import annotations

import json

from .test_cli import run

FIRST = """Storm leaves town in ruins

Coast Herald
May 2 2024

The storm destroyed 40 homes in Harbourville on Monday, the mayor said.
"""

SECOND = """Harbourville counts the damage

Valley Times
May 3 2024

The storm destroyed 40 homes in Harbourville on Monday.

The town's lighthouse, built in 1902, survived.
"""

CONTRADICTING = """Storm damage worse than feared

Evening Post
May 3 2024

The storm destroyed 90 homes in Harbourville on Monday.
"""

RULES = """
rules:
  - id: homes-destroyed
    title: Homes destroyed by the storm
    kind: quantity
    severity: error
    select: {counted: [homes], predicate: [destroyed]}
    compare: {tolerance: 10%}
"""


def setup(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(FIRST, encoding="utf-8")
    (corpus / "b.txt").write_text(SECOND, encoding="utf-8")
    (tmp_path / "rules.yaml").write_text(RULES, encoding="utf-8")
    return corpus


def gate(tmp_path, *extra):
    return run("check", "corpus", "--rules", "rules.yaml", *extra, cwd=tmp_path)


def fingerprints(tmp_path):
    result = run("report", "corpus", "--rules", "rules.yaml", "--format", "json", cwd=tmp_path)
    return sorted(f["id"] for f in json.loads(result.stdout)["findings"])


def test_new_discrepancy_fails_baselined_passes_removed_is_resolved(tmp_path):
    corpus = setup(tmp_path)
    assert gate(tmp_path).returncode == 0
    (corpus / "c.txt").write_text(CONTRADICTING, encoding="utf-8")
    failing = gate(tmp_path)
    assert failing.returncode == 1
    assert "homes-destroyed" in failing.stdout and "Evening Post" in failing.stdout  # findings: stdout
    assert "1 new at or above warning" in failing.stderr and "Evening Post" not in failing.stderr
    assert run("baseline", "corpus", "--rules", "rules.yaml", cwd=tmp_path).returncode == 0
    baseline = (tmp_path / "baseline.yaml").read_text(encoding="utf-8")
    assert "reason:" in baseline and "homes-destroyed" in baseline
    passing = gate(tmp_path)
    assert passing.returncode == 0 and "baselined" in passing.stderr
    (corpus / "c.txt").unlink()
    resolved = gate(tmp_path)
    assert resolved.returncode == 0 and "resolved" in resolved.stderr
    assert gate(tmp_path, "--strict").returncode == 1


def test_fingerprints_survive_reordering_and_unrelated_edits(tmp_path):
    corpus = setup(tmp_path)
    (corpus / "c.txt").write_text(CONTRADICTING, encoding="utf-8")
    before = fingerprints(tmp_path)
    assert before
    (corpus / "b.txt").write_text(
        SECOND.replace("survived.", "survived, though its lamp was damaged.\n\nMore rain is expected."),
        encoding="utf-8",
    )
    (corpus / "z.txt").write_text((corpus / "a.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "a.txt").unlink()
    assert fingerprints(tmp_path) == before


def test_exit_zero_reports_without_failing(tmp_path):
    corpus = setup(tmp_path)
    (corpus / "c.txt").write_text(CONTRADICTING, encoding="utf-8")
    assert gate(tmp_path, "--exit-zero").returncode == 0
