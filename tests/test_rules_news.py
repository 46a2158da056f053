"""The rules a fact-checker wrote for real news the tool was not developed on (`corpora/discrepancies-news/`,
its `user-rules/`, written from the README and the rule reference before the gold was read): the true
discrepancies they find, the traps they flag and their precision may not fall back from what they reached."""

from __future__ import annotations

from pathlib import Path

from claimcheck import check, extract, load_corpus, load_rules
from claimcheck.evaluate import evaluate, load_gold

CORPUS = Path(__file__).parent / "corpora" / "discrepancies-news"


def test_a_fact_checkers_rules_on_real_news_keep_their_recall_traps_and_precision():
    documents = load_corpus([CORPUS / "corpus.txt"])
    claims = extract(documents)
    report = check(documents, claims, load_rules([CORPUS / "user-rules"]))
    score = evaluate(load_gold(CORPUS / "gold.yaml"), report, claims, "info")
    assert score.findings["true_discrepancies"] == 5 and score.findings["traps"] == 29
    assert score.findings["found"] >= 4, score.missed_discrepancies
    assert score.findings["traps_flagged"] <= 1, score.flagged_traps
    assert score.findings["precision"] >= 0.19, score.findings


CORPUS_2 = Path(__file__).parent / "corpora" / "discrepancies-news-2"


def test_a_fact_checkers_rules_on_a_flood_a_wildfire_and_a_bridge_collapse_keep_their_recall_traps_and_precision():
    # `discrepancies-news-2/user-rules`, written from the corpus, the README and the rule reference alone
    documents = load_corpus([CORPUS_2 / "corpus.txt"])
    claims = extract(documents)
    report = check(documents, claims, load_rules([CORPUS_2 / "user-rules"]))
    score = evaluate(load_gold(CORPUS_2 / "gold.yaml"), report, claims, "info")
    assert score.findings["true_discrepancies"] == 3 and score.findings["traps"] == 26
    assert score.findings["found"] >= 3, score.missed_discrepancies
    assert score.findings["traps_flagged"] == 0, score.flagged_traps
    assert score.findings["precision"] >= 0.33, score.findings
