"""The baseline: findings a reviewer has accepted, in a YAML file meant to be read in a diff."""

from __future__ import annotations

import io
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from claimcheck import bounded_yaml
from claimcheck.errors import ClaimcheckError
from claimcheck.models import Report
from claimcheck.models.finding import BaselineEntry, BaselineState


class Baseline(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int = 1
    findings: list[BaselineEntry] = Field(default_factory=list)


def load_baseline(path: Path) -> Baseline:
    try:
        data = bounded_yaml.load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise ClaimcheckError("no such baseline file", path) from None
    except yaml.YAMLError as exc:
        message, line = bounded_yaml.problem_of(exc, "baseline")
        raise ClaimcheckError(message, path, line) from None
    try:
        return Baseline.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"])
        raise ClaimcheckError(f"baseline {where}: {error['msg']}", path) from None


def baseline_from(report: Report, previous: Baseline | None = None) -> Baseline:
    """The report's findings as a baseline; reasons already written are kept."""
    reasons = {entry.id: entry.reason for entry in previous.findings} if previous else {}
    entries = [
        BaselineEntry(id=f.id, rule=f.rule, title=f.title, message=f.message, reason=reasons.get(f.id, ""))
        for f in report.findings
    ]
    return Baseline(findings=sorted(entries, key=lambda e: (e.rule, e.id)))


def dump_baseline(baseline: Baseline) -> str:
    header = (
        "# claimcheck baseline: accepted findings. Fill in each `reason`; a finding listed here does not\n"
        "# fail the gate. Entries that no longer match a finding are reported as resolved.\n"
    )
    return header + yaml.safe_dump(baseline.model_dump(), sort_keys=False, allow_unicode=True, width=110)


def apply_baseline(report: Report, baseline: Baseline, path: Path) -> Report:
    """Mark accepted findings `baselined`; list the entries that matched nothing as resolved; keep every
    entry, with its reason."""
    accepted = {entry.id for entry in baseline.findings}
    found = {f.id for f in report.findings}
    findings = [f.model_copy(update={"status": "baselined"}) if f.id in accepted else f for f in report.findings]
    resolved = sorted(accepted - found)
    entries = sorted(baseline.findings, key=lambda e: (e.rule, e.id))
    state = BaselineState(path=str(path), resolved=resolved, entries=entries)
    return report.model_copy(update={"findings": findings, "baseline": state})


def updated_baseline_text(previous: str | None, baseline: Baseline) -> str:
    """The baseline file's new text. A new file is written as `dump_baseline` writes it; an existing one is
    updated in place (ruamel.yaml's round trip), so the reviewer's comments, the order of the entries and
    the way their reasons are written stay: entries that no longer match a finding are dropped, the titles
    and messages of the others brought up to date, and new findings added at the end."""
    if previous is None:
        return dump_baseline(baseline)
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    yaml_rt = YAML(typ="rt")
    yaml_rt.preserve_quotes = True
    yaml_rt.width = 110
    document = yaml_rt.load(previous)
    if not isinstance(document, CommentedMap) or not isinstance(document.get("findings"), CommentedSeq | None):
        return dump_baseline(baseline)
    if document.get("findings") is None:
        document["findings"] = CommentedSeq()
    entries: CommentedSeq = document["findings"]
    current = {entry.id: entry for entry in baseline.findings}
    for index in reversed(range(len(entries))):
        item = entries[index]
        entry = current.get(str(item.get("id"))) if isinstance(item, CommentedMap) else None
        if entry is None:
            del entries[index]
            continue
        for key in ("rule", "title", "message"):
            if item.get(key) != getattr(entry, key):
                item[key] = getattr(entry, key)
    present = {str(item.get("id")) for item in entries}
    for entry in baseline.findings:
        if entry.id not in present:
            entries.append(CommentedMap(entry.model_dump()))
    out = io.StringIO()
    yaml_rt.dump(document, out)
    return out.getvalue()
