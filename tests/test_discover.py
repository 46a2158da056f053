from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.corpus import load_corpus
from claimcheck.discover import draft_rule_file
from claimcheck.engine.pipeline import check, discover
from claimcheck.extract import extract
from claimcheck.rules import load_rules

from .conftest import DEV, ROOT, SEEDS
from .test_cli import run

CORPORA = Path(__file__).parent / "corpora"


def discovered(path):
    documents = load_corpus([path])
    claims = extract(documents)
    return documents, claims, discover(documents, claims)


def texts(finding):
    return " | ".join(sorted(c.text for c in finding.claims))


def test_seed_discovery_lists_the_known_disagreements_at_the_top():
    _, _, report = discovered(SEEDS)
    top = [texts(f) for f in report.findings[:6]]
    assert any("120,000 or so" in t and "100,000" in t.replace("120,000", "") for t in top), top
    assert any("65,000" in t and "120,000" in t for t in top), top
    assert any("Sept. 20" in t and "September 19" in t for t in top), top
    flagged = [texts(f) for f in report.findings]
    greater = ("more than 100,000", "Over 100,000")
    assert not any(sum(g in t for g in greater) == 2 for t in flagged)
    assert not any(g in t for g in greater for t in flagged)
    assert all(f.severity == "info" for f in report.findings)


def test_rising_toll_is_an_update_not_a_disagreement():
    _, _, report = discovered(CORPORA / "earthquake.txt")
    deaths = [v for v in report.verdicts if "deaths" in v.rule]
    assert deaths and any(v.verdict == "update" or "agree" in v.reason for v in deaths)
    assert not [f for f in report.findings if "deaths" in f.rule], [f.message for f in report.findings]


def test_organisers_and_police_are_an_attributed_disagreement():
    _, _, report = discovered(CORPORA / "protest.txt")
    [finding] = [f for f in report.findings if "35,000" in texts(f)]
    assert finding.attributed and "attributed disagreement" in finding.message
    assert {c.source.lower() for c in finding.claims} == {"organisers", "police"}
    assert "organisers" in finding.message.lower() and "police" in finding.message.lower()


def test_draft_rules_load_and_find_the_same_disagreement(tmp_path):
    documents, claims, report = discovered(CORPORA / "protest.txt")
    draft = tmp_path / "draft.yaml"
    draft.write_text(draft_rule_file(claims), encoding="utf-8")
    text = draft.read_text(encoding="utf-8")
    assert "# Harbour Gazette: Organisers said 120,000 people" in text
    rules = load_rules([draft])
    assert rules.rules
    again = check(documents, claims, rules)
    assert any("35,000" in texts(f) for f in again.findings)


def test_write_rules_from_the_command_line(tmp_path):
    target = tmp_path / "draft.yaml"
    result = run(
        "discover", str(CORPORA / "protest.txt"), "--format", "json", "--write-rules", str(target), "--no-store"
    )
    assert result.returncode == 0 and target.exists()
    assert run("rules", "check", str(target)).returncode == 0


def test_shipped_rule_tests_pass():
    result = run("rules", "test", "rules/")
    assert result.returncode == 0, result.stdout
    assert "PASS" in result.stdout and "0 missed" in result.stdout


def test_a_broken_rule_test_fails_with_a_clear_report(tmp_path):
    (tmp_path / "pack.yaml").write_text(
        (ROOT / "rules" / "nagorno-karabakh.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "pack.test.yaml").write_text(
        f"corpus: {SEEDS / '000_16909572bccc9cd7.txt'}\n"
        "expect:\n"
        "  - {rule: exodus-count, figures: ['120,000 or so']}\n"
        "  - {rule: exodus-count, figures: ['999,999']}\n"
        "expect_not:\n"
        "  - {rule: offensive-start, figures: ['Sept. 20']}\n",
        encoding="utf-8",
    )
    result = run("rules", "test", str(tmp_path))
    assert result.returncode == 1
    assert "FAIL" in result.stdout
    assert f"missed: {tmp_path / 'pack.test.yaml'}:4: exodus-count ['999,999']" in result.stdout
    assert f"must not be found: {tmp_path / 'pack.test.yaml'}:6: offensive-start" in result.stdout
    assert "unexpected:" in result.stdout  # population and name findings are not listed in `expect`


GOLD = """
articles:
  - {id: a, outlet: Harbour Gazette, title: Thousands march against fuel tax, date: 2024-03-09}
  - {id: b, outlet: Evening Standard-Bearer, title: Fuel tax protest fills city centre, date: 2024-03-09}
events:
  - id: E
    claims:
      - {id: C1, article: a, sentence: "Organisers said 120,000 people marched through the capital on Saturday.",
         quantity: "120,000", type: quantity}
      - {id: C2, article: a, sentence: "Police said 35,000 people marched.", quantity: "35,000", type: quantity}
      - {id: C3, article: b, sentence: "Some 118,000 people marched through the capital on Saturday, according to organisers.",
         quantity: "Some 118,000", type: quantity}
      - {id: C4, article: b, sentence: "Some 118,000 people marched through the capital on Saturday, according to organisers.",
         quantity: "on Saturday", type: date, normalized: {date: "2024-03-09"}}
    true_discrepancies:
      - {id: D1, pairs: [[C2, C3], [C1, C2]]}
    non_discrepancies:
      - {id: N1, pairs: [[C1, C3]]}
"""


def test_eval_measures_extraction_and_findings(tmp_path):
    gold = tmp_path / "gold.yaml"
    gold.write_text(GOLD, encoding="utf-8")
    result = run(
        "eval",
        str(CORPORA / "protest.txt"),
        "--gold",
        str(gold),
        "--format",
        "json",
        "--no-store",
        "--min-severity",
        "info",
    )
    assert result.returncode == 0, result.stderr
    import json

    score = json.loads(result.stdout)
    assert score["extraction"]["quantity"]["recall"] == 1.0 and score["extraction"]["date"]["recall"] == 1.0
    assert score["findings"]["found"] == 1 and score["findings"]["traps_flagged"] == 0


@pytest.mark.skipif(not DEV.exists(), reason="dev corpus not present")
def test_eval_reads_the_dev_gold():
    result = run("eval", str(DEV / "corpus.txt"), "--gold", str(DEV / "gold.yaml"), "--format", "json", "--no-store")
    import json

    score = json.loads(result.stdout)
    assert score["extraction"]["quantity"]["gold"] == 72
    assert score["extraction"]["quantity"]["recall"] >= 0.9
    assert score["findings"]["true_discrepancies"] == 11 and score["findings"]["traps"] == 20
