"""Attributed quotes in real news the extractor was not written on (`corpora/quotes-news/`): recall and precision
may not fall below what they reached."""

from __future__ import annotations

from pathlib import Path

from claimcheck import extract, load_corpus
from claimcheck.evaluate import evaluate, load_gold

CORPUS = Path(__file__).parent / "corpora" / "quotes-news"


def test_quotes_in_real_news_keep_their_recall_and_precision():
    claims = extract(load_corpus([CORPUS / "corpus.txt"]), kinds=("quote",))
    score = evaluate(load_gold(CORPUS / "gold.yaml"), None, claims)
    quotes = score.extraction["quote"]
    assert quotes["gold"] == 68
    assert quotes["found"] >= 64, score.missed_claims
    assert quotes["precision"] >= 0.95, quotes
