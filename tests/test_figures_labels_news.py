"""Figures given after a label in lists and fact boxes of real news pages (`corpora/figures-labels-news/`): "People
displaced: 600,000", "— 14: Number of countries …", "Injuries: 71 to firefighters", lines a page's scrape glued
together. Recall and precision may not fall below what they reached, nor may the labels stop saying what their
figures count."""

from __future__ import annotations

from pathlib import Path

from claimcheck import extract, load_corpus
from claimcheck.evaluate import evaluate, load_gold
from claimcheck.models import QuantityClaim

CORPUS = Path(__file__).parent / "corpora" / "figures-labels-news"


def test_figures_after_labels_in_real_news_keep_their_recall_and_precision():
    claims = extract(load_corpus([CORPUS / "corpus.txt"]), kinds=("quantity", "date"))
    score = evaluate(load_gold(CORPUS / "gold.yaml"), None, claims)
    figures, dates = score.extraction["quantity"], score.extraction["date"]
    assert figures["gold"] == 158 and dates["gold"] == 5
    # missed: the figures of an election's table glued into one line, side by side with no label between them
    # ("BDM 1186 0.86% IND 3208 2.33%"), and "one died in Kenya"
    assert figures["found"] >= 145, score.missed_claims
    # read beyond the gold: the places of a prize list ("1st place", ranks), "hundreds of other structures"
    assert figures["precision"] >= 0.96, figures
    assert dates["found"] >= 5, score.missed_claims


def test_labels_say_what_their_figures_count():
    claims = [
        c for c in extract(load_corpus([CORPUS / "corpus.txt"]), kinds=("quantity",)) if isinstance(c, QuantityClaim)
    ]
    counted = {(c.text, c.sentence): (c.counted or "").lower() for c in claims}
    assert counted[("600,000", "People displaced: 600,000")] == "people displaced"
    assert counted[("40", "Number of fatalities: 40")] == "fatalities"
    assert counted[("About 230,000", "— About 230,000: Number of people killed.")] == "people killed"
    magnitude = next(c for c in claims if c.text == "9.1")
    assert magnitude.unit == "magnitude"
    assert not any(c.sentence in {"1.", "2.", "3."} for c in claims)  # a list's numbers
