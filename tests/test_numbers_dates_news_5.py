"""Figures and dates in real news on subjects the extractor was not written on (`corpora/numbers-dates-news-5/`):
census counts, tourist arrivals, heat records, port volumes, university admissions, energy bills and budgets. Recall and precision may not fall below what they reached, and no
figure the gold holds may come out with another value or bound."""

from __future__ import annotations

from pathlib import Path

from claimcheck import extract, load_corpus
from claimcheck.evaluate import evaluate, load_gold, matches

CORPUS = Path(__file__).parent / "corpora" / "numbers-dates-news-5"


def test_figures_and_dates_on_new_subjects_keep_their_recall_and_precision():
    claims = extract(load_corpus([CORPUS / "corpus.txt"]), kinds=("quantity", "date"))
    score = evaluate(load_gold(CORPUS / "gold.yaml"), None, claims)
    figures, dates = score.extraction["quantity"], score.extraction["date"]
    assert figures["gold"] == 99 and dates["gold"] == 28
    assert figures["found"] >= 99, score.missed_claims
    # 101 of 102: "20-foot equivalent units" (a unit's name) is read as 20 feet
    assert figures["precision"] >= 0.99, figures
    assert dates["found"] >= 28, score.missed_claims
    # 28 of 36: the point a count is taken at and the period a figure covers are dates the gold leaves out
    assert dates["precision"] >= 0.77, dates


def _stated(value: dict, normalized: dict) -> bool:
    """Whether a claim's value is the gold's: its point, or its interval with the same open ends."""
    if "interval" in normalized:
        low, high = normalized["interval"]
        return (low is None) == (value.get("low") is None) and (high is None) == (value.get("high") is None)
    wanted = normalized.get("value", normalized.get("approx"))
    got = value.get("point")
    return got is not None and abs(float(got) - float(wanted)) <= abs(float(wanted)) * 1e-3


def test_figures_found_carry_the_value_or_bound_the_text_commits_to():
    claims = [c.model_dump(mode="json") for c in extract(load_corpus([CORPUS / "corpus.txt"]), kinds=("quantity",))]
    gold = load_gold(CORPUS / "gold.yaml")
    articles = {a.id: a for a in gold.articles}
    wrong = []
    for event in gold.events:
        for want in event.claims:
            if want.kind != "quantity":
                continue
            found = [c for c in claims if matches(want, articles[want.article], c)]
            if found and not any(_stated(c["value"], want.normalized) for c in found):
                wrong.append((want.id, want.quantity, [c["text"] for c in found]))
    assert not wrong, wrong
