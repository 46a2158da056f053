"""SARIF 2.1.0: one result per finding, each claim a location, the fingerprint in partialFingerprints."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from claimcheck.models import Finding, Report

LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "claimcheck/v1"


def _uri(path: str) -> str:
    return Path(path).as_posix()


def _rules(report: Report) -> list[dict[str, Any]]:
    titles = {f.rule: (f.title, f.severity) for f in report.findings}
    rules = []
    for rule_id in sorted(set(report.rules) | set(titles)):
        title, severity = titles.get(rule_id, (rule_id, "warning"))
        rules.append(
            {
                "id": rule_id,
                "name": rule_id,
                "shortDescription": {"text": title},
                "defaultConfiguration": {"level": LEVELS[severity]},
            }
        )
    return rules


def _result(finding: Finding, index: dict[str, int]) -> dict[str, object]:
    locations = [
        {
            "physicalLocation": {
                "artifactLocation": {"uri": _uri(claim.path)},
                "region": {"startLine": claim.line, "startColumn": claim.column, "snippet": {"text": claim.text}},
            },
            "message": {"text": f"{claim.doc.outlet or claim.doc.id}: {claim.text}"},
        }
        for claim in finding.claims
    ]
    return {
        "ruleId": finding.rule,
        "ruleIndex": index[finding.rule],
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": locations,
        "partialFingerprints": {FINGERPRINT_KEY: finding.id},
        "baselineState": "unchanged" if finding.status == "baselined" else "new",
        "properties": {
            "attributed": finding.attributed,
            "withinDocument": finding.within_document,
            "verdict": finding.verdict,
        },
    }


def render_sarif(report: Report) -> str:
    rules = _rules(report)
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "claimcheck", "version": report.version, "rules": rules}},
                "results": [_result(f, index) for f in report.findings],  # type: ignore[arg-type]
                "columnKind": "unicodeCodePoints",
            }
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
