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


def _finding(fid: str, severity: str, status: str = "new"):
    from claimcheck.models import Finding

    return Finding(id=fid, rule="r", severity=severity, title="t", message="m", claims=[], status=status)


def _report(findings, resolved=(), entries=()):
    from claimcheck.models import Report
    from claimcheck.models.finding import BaselineState, CorpusSummary

    state = BaselineState(path="baseline.yaml" if entries else None, resolved=list(resolved), entries=list(entries))
    return Report(
        version="0",
        corpus=CorpusSummary(documents=0, outlets=[]),
        documents=[],
        rules=["r"],
        findings=findings,
        verdicts=[],
        claim_count=0,
        baseline=state,
    )


def test_the_gate_says_what_decided_it():
    from claimcheck.gate import gate
    from claimcheck.models.finding import BaselineEntry

    accepted = BaselineEntry(id="b", rule="r", title="t", message="m", reason="known wire-copy error")
    gone = BaselineEntry(id="gone", rule="r", title="t", message="old", reason="fixed upstream")
    report = _report(
        [_finding("a", "warning"), _finding("b", "error", "baselined"), _finding("c", "info")],
        resolved=["gone"],
        entries=[accepted, gone],
    )
    failing = gate(report, "warning")
    assert (failing.passed, failing.exit_code, failing.failing) == (False, 1, ["a"])
    assert failing.decided_by == "1 new finding at or above warning (--fail-on warning)"
    assert (failing.new, failing.baselined) == (2, 1)
    assert failing.reasons == {"b": "known wire-copy error"}
    assert [(e.id, e.reason) for e in failing.resolved] == [("gone", "fixed upstream")]
    assert gate(report, "warning", exit_zero=True).exit_code == 0
    passing = gate(report, "error")
    assert passing.passed and passing.exit_code == 0 and "no new finding at or above error" in passing.decided_by
    strict = gate(report, "error", strict=True)
    assert not strict.passed and strict.decided_by == "1 resolved baseline entry (--strict)"


def test_the_gate_line_and_the_exit_code_agree(tmp_path):
    corpus = setup(tmp_path)
    (corpus / "c.txt").write_text(CONTRADICTING, encoding="utf-8")
    for extra, code in (((), 1), (("--exit-zero",), 0), (("--fail-on", "error"), 1)):
        result = gate(tmp_path, *extra)
        assert result.returncode == code
        assert "gate: failed: 1 new finding at or above" in result.stderr
