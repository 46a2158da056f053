"""The CI gate: whether a report passes `--fail-on` (and `--strict`), which rule decided it, and what the
baseline accepted and what of it is resolved."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from claimcheck.models import Report
from claimcheck.models.finding import SEVERITY_RANK, BaselineEntry, Severity


class GateResult(BaseModel):
    """The gate's decision on one report."""

    model_config = ConfigDict(frozen=True)

    passed: bool
    decided_by: str = Field(description="The rule that decided, in words, with the option behind it.")
    fail_on: Severity
    strict: bool = False
    exit_code: int = Field(description="0 or 1: what the run exits with (0 with --exit-zero).")
    new: int = Field(description="Findings the baseline does not accept, at any severity.")
    failing: list[str] = Field(default_factory=list, description="Ids of the new findings at or above `fail_on`.")
    baselined: int = 0
    resolved: list[BaselineEntry] = Field(
        default_factory=list, description="Baseline entries that match no finding now, with their reasons."
    )
    reasons: dict[str, str] = Field(default_factory=dict, description="Baselined finding id -> the baseline's reason.")
    baseline: str | None = Field(default=None, description="The baseline file read, if any.")


def gate(report: Report, fail_on: Severity, strict: bool = False, exit_zero: bool = False) -> GateResult:
    """Fail on a new finding at or above `fail_on`; with `strict`, on a resolved baseline entry too."""
    failing = [
        f.id for f in report.findings if f.status == "new" and SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on]
    ]
    entries = {entry.id: entry for entry in report.baseline.entries}
    resolved = [entries.get(i) or BaselineEntry(id=i, rule="", title="", message="") for i in report.baseline.resolved]
    baselined = [f.id for f in report.findings if f.status == "baselined"]
    if failing:
        passed, decided_by = (
            False,
            f"{_count(len(failing), 'new finding', 'new findings')} at or above {fail_on} (--fail-on {fail_on})",
        )
    elif strict and resolved:
        passed, decided_by = (
            False,
            f"{_count(len(resolved), 'resolved baseline entry', 'resolved baseline entries')} (--strict)",
        )
    else:
        passed, decided_by = True, f"no new finding at or above {fail_on} (--fail-on {fail_on})"
        if strict:
            decided_by += " and no resolved baseline entry (--strict)"
    return GateResult(
        passed=passed,
        decided_by=decided_by,
        fail_on=fail_on,
        strict=strict,
        exit_code=0 if passed or exit_zero else 1,
        new=sum(f.status == "new" for f in report.findings),
        failing=failing,
        baselined=len(baselined),
        resolved=resolved,
        reasons={i: entries[i].reason for i in baselined if i in entries},
        baseline=report.baseline.path,
    )


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number:,} {singular if number == 1 else plural}"
