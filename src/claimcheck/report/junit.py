"""JUnit XML, valid under the strict xUnit schema (Jenkins' junit-10.xsd): one test case per finding, its
classname the rule and its text the `path:line` of each source. Only new findings at or above the gate's
threshold (`--fail-on`) fail; those below pass, with the finding as output; baselined ones are skipped. A
rule with no finding is one passing case, so a clean run still shows what was checked."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from claimcheck.models import Finding, Report
from claimcheck.models.finding import SEVERITY_RANK, Severity
from claimcheck.report.paths import where

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _details(finding: Finding, root: Path) -> str:
    sources = [f"{where(c, root)}: {c.doc.label}: {c.text}" for c in finding.claims]
    return _clean("\n".join([f"[{finding.severity}] {finding.message} ({finding.id})", *sources]))


def _case(suite: ET.Element, finding: Finding, fail_on: Severity, root: Path) -> str:
    """Adds the finding's test case; says whether it failed, was skipped or passed."""
    first = finding.claims[0]
    name = _clean(f"{where(first, root)}: {finding.title}")
    case = ET.SubElement(suite, "testcase", classname=finding.rule, name=name)
    if finding.status == "baselined":
        ET.SubElement(case, "skipped", message="accepted in the baseline").text = _details(finding, root)
        return "skipped"
    if SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[fail_on]:
        failure = ET.SubElement(case, "failure", type=finding.severity, message=_clean(finding.message))
        failure.text = _details(finding, root)
        return "failed"
    ET.SubElement(case, "system-out").text = _details(finding, root)
    return "passed"


def render_junit(report: Report, fail_on: Severity = "warning", root: Path | None = None) -> str:
    root = root or Path.cwd()
    suite = ET.Element("testsuite", name="claimcheck")
    outcomes = [_case(suite, finding, fail_on, root) for finding in report.findings]
    for rule in sorted(set(report.rules) - {f.rule for f in report.findings}):
        ET.SubElement(suite, "testcase", classname=rule, name="no discrepancy")
        outcomes.append("passed")
    counts = {
        "tests": str(len(outcomes)),
        "failures": str(outcomes.count("failed")),
        "errors": "0",
        "skipped": str(outcomes.count("skipped")),
    }
    suite.attrib.update(counts)
    root_element = ET.Element("testsuites", name="claimcheck", tests=counts["tests"], failures=counts["failures"])
    root_element.set("errors", "0")
    root_element.append(suite)
    ET.indent(root_element)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root_element, encoding="unicode") + "\n"
