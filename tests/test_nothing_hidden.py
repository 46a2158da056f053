"""Nothing found is hidden: every group whose verdict is a discrepancy has a finding, in every format."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from claimcheck.corpus import load_corpus
from claimcheck.engine.pipeline import check, discover
from claimcheck.extract import extract
from claimcheck.models import Report
from claimcheck.report import render_junit, render_markdown, render_sarif
from claimcheck.rules import load_rules

from .conftest import DEV, ROOT, RULES, SEEDS
from .test_report import HOSTILE, HOSTILE_RULES

CORPORA = ROOT / "tests" / "corpora"


def hidden_groups(report: Report) -> list[str]:
    """The discrepancy verdicts no finding of their rule speaks for (a finding whose claims are all in the
    group), and the findings that stand in no discrepancy group."""
    groups = [(v.rule, set(v.claims)) for v in report.verdicts if v.verdict == "discrepancy"]
    shown = [(f.rule, {c.id for c in f.claims}) for f in report.findings]
    hidden = [
        f"{rule}: {sorted(ids)}"
        for rule, ids in groups
        if not any(rule == found_rule and found <= ids for found_rule, found in shown)
    ]
    orphans = [
        f"finding {rule}: {sorted(ids)}"
        for rule, ids in shown
        if not any(rule == group_rule and ids <= group for group_rule, group in groups)
    ]
    return hidden + orphans


def _checked(paths, rules=None) -> Report:
    documents = load_corpus(paths)
    claims = extract(documents)
    return check(documents, claims, load_rules(rules)) if rules else discover(documents, claims)


FIXTURES = {
    "seeds with rules": lambda tmp: _checked([SEEDS], [RULES]),
    "seeds discovered": lambda tmp: _checked([SEEDS]),
    "test corpora discovered": lambda tmp: _checked(sorted(CORPORA.glob("*.txt"))),
}


@pytest.mark.parametrize("name", FIXTURES)
def test_the_verdicts_and_the_findings_agree(name, tmp_path):
    report = FIXTURES[name](tmp_path)
    assert any(v.verdict == "discrepancy" for v in report.verdicts), "the fixture has something to find"
    assert hidden_groups(report) == []


def test_synthetic_corpus_verdicts_and_findings_agree(synthetic_run):
    folder, result = synthetic_run
    assert result.returncode == 1, result.stderr  # findings at warning, --fail-on warning
    report = Report.model_validate_json((folder / "out" / "report.json").read_text(encoding="utf-8"))
    assert sum(v.verdict == "discrepancy" for v in report.verdicts) > 100
    assert sum(f.within_document for f in report.findings) > 0
    assert hidden_groups(report) == []


def test_hostile_corpus_verdicts_and_findings_agree(tmp_path):
    (tmp_path / "corpus.txt").write_text(HOSTILE, encoding="utf-8")
    (tmp_path / "rules.yaml").write_text(HOSTILE_RULES, encoding="utf-8")
    assert hidden_groups(_checked([tmp_path / "corpus.txt"], [tmp_path / "rules.yaml"])) == []


@pytest.mark.skipif(not DEV.exists(), reason="dev corpus not present")
def test_dev_discovery_verdicts_and_findings_agree():
    assert hidden_groups(_checked([DEV / "corpus.txt"])) == []


# A document that contradicts itself while another source agrees with one of its figures: before, the
# outlier was only ever reported against the other documents, which do not disagree with it.
FERRY = """Ferry sinks off the cape

Harbour Gazette
June 3 2024

About 760 passengers were rescued from the ferry on Sunday, the coast guard said.

Officials also said that some 2,200 passengers were rescued from the ferry on Sunday.

Rescue at sea

Island Courier
June 3 2024

At least 780 passengers were rescued from the ferry on Sunday.
"""

WILDFIRE = """Wildfire spreads through the valley

Ridge Tribune
August 12 2025

Firefighters said about 40 homes were destroyed by the wildfire on Monday.

By evening the count had changed: some 130 homes were destroyed by the wildfire on Monday.

Valley fire update

Canyon Ledger
August 12 2025

More than 38 homes were destroyed by the wildfire on Monday.
"""

CONTRADICTION_RULES = """
rules:
  - id: passengers-rescued
    title: Passengers rescued from the ferry
    kind: quantity
    select: {counted: [passengers], predicate: [rescued]}
    compare: {tolerance: 10%}
  - id: homes-destroyed
    title: Homes destroyed by the wildfire
    kind: quantity
    select: {counted: [homes], predicate: [destroyed]}
    compare: {tolerance: 10%}
"""


@pytest.mark.parametrize(
    ("text", "rule", "figures"),
    [
        (FERRY, "passengers-rescued", {"About 760", "some 2,200"}),
        (WILDFIRE, "homes-destroyed", {"about 40", "some 130"}),
    ],
)
def test_a_document_contradicting_itself_is_a_finding_labelled_in_every_format(tmp_path, text, rule, figures):
    (tmp_path / "news.txt").write_text(text, encoding="utf-8")
    (tmp_path / "rules.yaml").write_text(CONTRADICTION_RULES, encoding="utf-8")
    report = _checked([tmp_path / "news.txt"], [tmp_path / "rules.yaml"])
    assert [v.verdict for v in report.verdicts if v.rule == rule] == ["discrepancy"]
    assert hidden_groups(report) == []
    (finding,) = [f for f in report.findings if f.rule == rule]
    assert {c.text for c in finding.claims} == figures
    assert finding.within_document and len({c.doc.id for c in finding.claims}) == 1
    assert finding.message.endswith("within one document")
    assert json.loads(report.model_dump_json())["findings"][0]["within_document"] is True
    assert "within one document" in render_markdown(report)
    (result,) = json.loads(render_sarif(report))["runs"][0]["results"]
    assert result["properties"]["withinDocument"] is True and "within one document" in result["message"]["text"]
    failure = ET.fromstring(render_junit(report)).find(".//failure")
    assert failure is not None and "within one document" in (failure.text or "")


def test_findings_across_documents_are_not_labelled_within_one(seed_documents, seed_claims):
    report = check(seed_documents, seed_claims, load_rules([RULES]))
    across = [f for f in report.findings if len({c.doc.id for c in f.claims}) > 1]
    assert across and not any(f.within_document or "within one document" in f.message for f in across)


# Sources that agree with the value most give, but not with each other: no outlier stands against that
# value, yet the group is a discrepancy, so its disagreeing pairs are reported.
SPREAD = """{title}

{outlet}
May 6 2024

{figure} volunteers joined the clean-up of the river on Saturday.
"""


def test_a_spread_without_an_outlier_is_still_a_finding(tmp_path):
    texts = [
        SPREAD.format(title=f"River clean-up {n}", outlet=outlet, figure=figure)
        for n, (outlet, figure) in enumerate(
            [("North Star", "About 100"), ("South Wire", "About 100"), ("East News", "91"), ("West Post", "109")]
        )
    ]
    (tmp_path / "news.txt").write_text("\n".join(texts), encoding="utf-8")
    (tmp_path / "rules.yaml").write_text(
        "rules:\n  - {id: volunteers, title: Volunteers, kind: quantity, select: {counted: [volunteers]},"
        " compare: {tolerance: 10%}}\n",
        encoding="utf-8",
    )
    report = _checked([tmp_path / "news.txt"], [tmp_path / "rules.yaml"])
    assert [v.verdict for v in report.verdicts] == ["discrepancy"]
    assert [sorted(c.text for c in f.claims) for f in report.findings] == [["109", "91"]]


def test_attributed_off_makes_figures_citing_different_sources_not_comparable(tmp_path):
    texts = [
        "Bridge closed after crash\n\nLake Times\nApril 2 2024\n\n"
        "Forty cars were damaged in the pile-up on Monday, police said.\n",
        "Pile-up on the bridge\n\nHill Daily\nApril 2 2024\n\n"
        "Ninety cars were damaged in the pile-up on Monday, according to the fire brigade.\n",
    ]
    (tmp_path / "news.txt").write_text("\n".join(texts), encoding="utf-8")
    rule = "{id: cars, title: Cars damaged, kind: quantity, select: {counted: [cars]}, compare: {attributed: '%s'}}"
    for attributed, verdict, findings in (("info", "discrepancy", 1), ("off", "not-comparable", 0)):
        (tmp_path / "rules.yaml").write_text(f"rules:\n  - {rule % attributed}\n", encoding="utf-8")
        report = _checked([tmp_path / "news.txt"], [tmp_path / "rules.yaml"])
        assert [v.verdict for v in report.verdicts] == [verdict]
        assert len(report.findings) == findings and hidden_groups(report) == []
