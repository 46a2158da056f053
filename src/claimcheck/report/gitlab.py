"""GitLab Code Quality (a subset of the Code Climate format): a JSON list with one issue per new finding,
at the line of its first source, the path relative to the project's root; the fingerprint is the finding's
stable id, so GitLab tells new findings from those already on the target branch."""

from __future__ import annotations

import json
from pathlib import Path

from claimcheck.models import Report
from claimcheck.report.paths import new_findings, shown_path, where

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def render_gitlab(report: Report, root: Path | None = None) -> str:
    root = root or Path.cwd()
    issues = []
    for finding in new_findings(report.findings):
        first = finding.claims[0]
        sources = "\n".join(f"- {where(c, root)}: {c.doc.label}: “{c.text}”" for c in finding.claims)
        issues.append(
            {
                "type": "issue",
                "check_name": finding.rule,
                "description": finding.message,
                "content": {"body": f"{finding.title}\n\n{sources}"},
                "categories": ["Bug Risk"],
                "fingerprint": finding.id,
                "severity": SEVERITIES[finding.severity],
                "location": {"path": shown_path(first.path, root), "lines": {"begin": first.line}},
            }
        )
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
