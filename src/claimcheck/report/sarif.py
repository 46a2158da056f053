"""SARIF 2.1.0: one result per finding. Its first claim is the result's location, the other sources its
`relatedLocations` (GitHub annotates the first location only); URIs are percent-encoded and relative to
`%SRCROOT%`, the project's root, given in `originalUriBaseIds`. The fingerprint is in
`partialFingerprints`, so code scanning follows a finding across edits."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from claimcheck.models import Claim, Finding, Report
from claimcheck.report.paths import ROOT_BASE_ID, artifact_uri, root_uri

LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "claimcheck/v1"
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


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


def _location(claim: Claim, root: Path, number: int | None = None) -> dict[str, Any]:
    uri, base = artifact_uri(claim.path, root)
    artifact: dict[str, Any] = {"uri": uri} | ({"uriBaseId": base} if base else {})
    location: dict[str, Any] = {"id": number} if number is not None else {}
    return location | {
        "physicalLocation": {
            "artifactLocation": artifact,
            "region": {"startLine": claim.line, "startColumn": claim.column, "snippet": {"text": claim.text}},
        },
        "message": {"text": f"{claim.doc.label}: {claim.text}"},
    }


def _result(finding: Finding, index: dict[str, int], root: Path) -> dict[str, object]:
    first, *others = finding.claims
    result: dict[str, object] = {
        "ruleId": finding.rule,
        "ruleIndex": index[finding.rule],
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [_location(first, root)],
    }
    if others:
        result["relatedLocations"] = [_location(claim, root, number) for number, claim in enumerate(others, 1)]
    return result | {
        "partialFingerprints": {FINGERPRINT_KEY: finding.id},
        "baselineState": "unchanged" if finding.status == "baselined" else "new",
        "properties": {
            "attributed": finding.attributed,
            "withinDocument": finding.within_document,
            "verdict": finding.verdict,
        },
    }


def render_sarif(report: Report, root: Path | None = None) -> str:
    """The report as SARIF; `root` (default: the current folder) is what URIs are relative to."""
    root = root or Path.cwd()
    rules = _rules(report)
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    document = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "claimcheck", "version": report.version, "rules": rules}},
                "originalUriBaseIds": {ROOT_BASE_ID: {"uri": root_uri(root)}},
                "results": [_result(f, index, root) for f in report.findings],
                "columnKind": "unicodeCodePoints",
            }
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
