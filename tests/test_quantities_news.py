"""Figures in real news on subjects the extractor was not written on (`corpora/quantities-news/`): budgets,
inflation, dengue, elections, football, court cases, heat and rain, metro lines, phone shipments. Recall and
precision may not fall below what they reached."""

from __future__ import annotations

from pathlib import Path

from claimcheck import extract, load_corpus
from claimcheck.evaluate import evaluate, load_gold

CORPUS = Path(__file__).parent / "corpora" / "quantities-news"


def test_figures_in_real_news_keep_their_recall_and_precision():
    claims = extract(load_corpus([CORPUS / "corpus.txt"]), kinds=("quantity",))
    score = evaluate(load_gold(CORPUS / "gold.yaml"), None, claims)
    figures = score.extraction["quantity"]
    assert figures["gold"] == 186
    assert figures["found"] >= 185, score.missed_claims
    assert figures["precision"] >= 0.98, figures
