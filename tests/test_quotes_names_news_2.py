"""Quotes and person names in real news on nine more subjects none of the extractors were written on
(`corpora/quotes-names-news-2/`: space, crime and policing, agriculture, rail strikes, religion, music,
technology, weather, education): the gold quotes its corpus, and recall and precision may not fall below what
they reached."""

from __future__ import annotations

from pathlib import Path

from claimcheck import extract, load_corpus
from claimcheck.evaluate import evaluate, load_gold

CORPUS = Path(__file__).parent / "corpora" / "quotes-names-news-2"


def test_the_gold_quotes_its_corpus():
    corpus = (CORPUS / "corpus.txt").read_text(encoding="utf-8")
    gold = load_gold(CORPUS / "gold.yaml")
    claims = [c for event in gold.events for c in event.claims]
    assert len(gold.articles) == 16 and len({a.event for a in gold.articles}) == 15
    assert sum(c.kind == "quote" for c in claims) == 58 and sum(c.kind == "name" for c in claims) == 30
    for claim in claims:
        assert claim.sentence in corpus and claim.quantity in claim.sentence, claim.id


def test_quotes_and_names_in_unseen_news_keep_their_recall_and_precision():
    claims = extract(load_corpus([CORPUS / "corpus.txt"]), kinds=("quote", "name"))
    score = evaluate(load_gold(CORPUS / "gold.yaml"), None, claims)
    quotes, names = score.extraction["quote"], score.extraction["name"]
    assert quotes["found"] >= 55, score.missed_claims  # of 58
    assert quotes["precision"] >= 0.94, quotes
    assert names["found"] >= 28, score.missed_claims  # of 30
    assert names["precision"] >= 1.0, names
