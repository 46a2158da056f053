"""JUnit XML: one test case per rule; a case fails when the rule has new findings."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from claimcheck.models import Report

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def render_junit(report: Report) -> str:
    rules = sorted(set(report.rules) | {f.rule for f in report.findings})
    failing = {rule: [f for f in report.findings if f.rule == rule and f.status == "new"] for rule in rules}
    suite = ET.Element(
        "testsuite", name="claimcheck", tests=str(len(rules)), failures=str(sum(bool(v) for v in failing.values()))
    )
    for rule in rules:
        case = ET.SubElement(suite, "testcase", classname="claimcheck", name=rule)
        findings = failing[rule]
        if findings:
            failure = ET.SubElement(case, "failure", message=_clean(f"{len(findings)} new finding(s)"))
            failure.text = _clean("\n".join(f"[{f.severity}] {f.message} ({f.id})" for f in findings))
    root = ET.Element("testsuites")
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
