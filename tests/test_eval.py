"""`claimcheck eval` measures what an independent scorer of the JSON output measures, exactly."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck import extract, load_corpus
from claimcheck.errors import ClaimcheckError
from claimcheck.evaluate import GoldArticle, GoldClaim, evaluate, load_gold, matches, numbers_in

from .conftest import DEV, REAL_A, SCORER
from .test_cli import run

ARTICLE = GoldArticle(id="a", outlet="Harbour Gazette", url="https://harbour.example/fuel-march")


def claim(**fields):
    base = {
        "kind": "quantity",
        "doc": {"id": "harbour-1", "outlet": "Harbour Gazette", "title": "Fuel march", "url": ARTICLE.url, "path": "x"},
        "sentence": "At least 2,300 people marched on Saturday.",
        "text": "At least 2,300",
        "value": {"point": 2300.0, "low": 2300.0, "high": None, "approx": False},
    }
    return base | fields


GOLD_FIGURE = GoldClaim(
    id="C1", article="a", sentence="At least 2,300 people marched on Saturday.", quantity="At least 2,300"
)


def test_a_figure_must_be_the_gold_figure_not_one_near_it():
    assert matches(GOLD_FIGURE, ARTICLE, claim())
    near = claim(text="2,301", value={"point": 2301.0, "low": 2301.0, "high": 2301.0, "approx": False})
    assert not matches(GOLD_FIGURE, ARTICLE, near)


def test_a_figure_counts_only_in_its_own_sentence_and_article():
    assert not matches(GOLD_FIGURE, ARTICLE, claim(sentence="Police said 2,300 people marched."))
    elsewhere = claim(
        doc={"id": "d", "outlet": "Valley Courier", "title": "t", "url": "https://valley.example/", "path": "x"}
    )
    assert not matches(GOLD_FIGURE, ARTICLE, elsewhere)


def test_without_a_url_an_article_is_found_by_its_outlet_and_title_or_by_its_title_alone():
    morning = {"id": "m", "outlet": "Harbour Gazette", "title": "Fuel march draws thousands", "url": None, "path": "x"}
    evening = {"id": "e", "outlet": "Harbour Gazette", "title": "Police break up fuel march", "url": None, "path": "y"}
    by_title = GoldArticle(id="a", outlet="Harbour Gazette", title="Police break up fuel march")
    assert matches(GOLD_FIGURE, by_title, claim(doc=evening))
    assert not matches(GOLD_FIGURE, by_title, claim(doc=morning))
    untitled = {"id": "p", "outlet": None, "title": "Ferry strike enters third day", "url": None, "path": "z.txt"}
    title_only = GoldArticle(id="b", title="Ferry strike enters third day")
    assert matches(GOLD_FIGURE, title_only, claim(doc=untitled))
    assert not matches(GOLD_FIGURE, title_only, claim(doc=morning))


def test_a_gold_file_with_a_wrong_field_says_which_field_in_a_line(tmp_path: Path):
    gold = tmp_path / "gold.yaml"
    gold.write_text("articles:\n  - {id: a1, date: 2025-01-02}\nevents: []\n", encoding="utf-8")
    with pytest.raises(ClaimcheckError) as caught:
        load_gold(gold)
    assert str(caught.value).endswith("gold file articles.0: needs a url, an outlet or a title to find its document")
    gold.write_text("articles:\n  - {title: Ferry strike}\nevents: []\n", encoding="utf-8")
    with pytest.raises(ClaimcheckError) as caught:
        load_gold(gold)
    assert str(caught.value).endswith("gold file articles.0.id: Field required")


def test_a_quote_is_matched_by_surname_and_opening_with_the_speaker_from_the_attribution():
    gold = GoldClaim(
        id="Q",
        article="a",
        type="quote",
        sentence="“We will rebuild,” Carla Mendes said.",
        quantity="We will rebuild",
        attribution="Carla Mendes",
    )
    quote = claim(kind="quote", quote="We will rebuild", speaker="Carla Mendes", sentence=gold.sentence)
    assert matches(gold, ARTICLE, quote)
    assert not matches(gold, ARTICLE, quote | {"speaker": "Carla Souza"})
    assert not matches(gold, ARTICLE, quote | {"quote": "We shall rebuild"})


def test_numbers_are_read_as_written():
    assert {2300.0, 1.12e6, 12.0, 2e6} <= set(numbers_in("2,300 then 1.12 million, a dozen, two million"))


def _scored_line(output: str) -> str:
    return output.strip().splitlines()[-1]


def _our_line(score: dict) -> str:
    rows = score["extraction"]
    parts = ", ".join(f"{kind} {row['found']:.0f}/{row['gold']:.0f}" for kind, row in sorted(rows.items()))
    return (
        f"gold recall {sum(r['found'] for r in rows.values()):.0f}/{sum(r['gold'] for r in rows.values()):.0f}: {parts}"
    )


def _findings_line(score: dict) -> str:
    f = score["findings"]
    return (
        f"findings {f['findings']:.0f} at >= {f['min_severity']}; true discrepancies found "
        f"{f['found']:.0f}/{f['true_discrepancies']:.0f}; traps flagged {f['traps_flagged']:.0f}/{f['traps']:.0f}"
    )


@pytest.fixture(scope="module")
def claims_of(tmp_path_factory):
    """A corpus → its claims (`extract --format jsonl`, extracted afresh) and the store they were extracted
    into, which the corpus's other commands then read: one extraction per corpus."""
    made: dict[Path, tuple[Path, Path]] = {}

    def claims(corpus: Path) -> tuple[Path, Path]:
        if corpus not in made:
            folder = tmp_path_factory.mktemp(corpus.name)
            store, jsonl = folder / "claims.db", folder / "claims.jsonl"
            result = run(
                "extract", str(corpus / "corpus.txt"), "--store", str(store), "--format", "jsonl", "-o", str(jsonl)
            )
            assert result.returncode == 0, result.stderr
            made[corpus] = (jsonl, store)
        return made[corpus]

    return claims


@pytest.mark.skipif(not SCORER.exists() or not DEV.exists(), reason="the shared scorer and corpora are not here")
@pytest.mark.parametrize(
    ("corpus", "rules", "severity"),
    [
        (DEV, None, "info"),
        (DEV, None, "warning"),
        (REAL_A, None, "info"),
        (REAL_A, "user-rules", "info"),
        (REAL_A, "user-rules", "warning"),
    ],
)
def test_eval_agrees_with_the_scorer(tmp_path, claims_of, corpus, rules, severity):
    text, gold = corpus / "corpus.txt", corpus / "gold.yaml"
    claims, store = claims_of(corpus)
    findings = tmp_path / "findings.json"
    command = ["report", str(text), "--rules", str(corpus / rules), "--exit-zero"] if rules else ["discover", str(text)]
    assert run(*command, "--store", str(store), "--format", "json", "-o", str(findings)).returncode == 0
    scorer = [sys.executable, str(SCORER)]
    extraction = subprocess.run([*scorer, "extract", str(gold), str(claims)], capture_output=True, text=True).stdout
    found = subprocess.run(
        [*scorer, "findings", str(gold), str(findings), "--min-severity", severity], capture_output=True, text=True
    ).stdout
    ours = run(
        "eval",
        str(text),
        "--gold",
        str(gold),
        "--format",
        "json",
        "--store",
        str(store),
        "--min-severity",
        severity,
        *(["--rules", str(corpus / rules)] if rules else []),
    )
    score = json.loads(ours.stdout)
    assert _our_line(score) in _scored_line(extraction)
    theirs = _scored_line(found)
    assert _findings_line(score) in theirs
    matched = int(re.search(r"findings matching gold (\d+)/", theirs).group(1))
    assert round(score["findings"]["precision"] * score["findings"]["findings"]) == matched


DATES_NEWS = Path(__file__).parent / "corpora" / "dates-news"


def test_dates_of_real_news_hold_their_measured_recall_and_precision():
    # 25 news excerpts on 22 stories, none the development set's; the floors are what extraction reaches today
    documents = load_corpus([DATES_NEWS / "corpus.txt"])
    score = evaluate(load_gold(DATES_NEWS / "gold.yaml"), None, extract(documents, ["date"]))
    dates = score.extraction["date"]
    assert dates["gold"] == 107
    assert dates["found"] >= 104, score.missed_claims
    assert dates["precision"] >= 0.98


DATES_NEWS_2 = Path(__file__).parent / "corpora" / "dates-news-2"


def test_dates_of_a_second_set_of_real_news_hold_their_measured_recall_and_precision():
    # 16 news excerpts on 13 stories (launches, court timetables, elections, an outbreak, strikes, an inquiry,
    # transfers), none of dates-news's; the floors are what extraction reaches today
    documents = load_corpus([DATES_NEWS_2 / "corpus.txt"])
    score = evaluate(load_gold(DATES_NEWS_2 / "gold.yaml"), None, extract(documents, ["date"]))
    dates = score.extraction["date"]
    assert dates["gold"] == 86
    assert dates["found"] >= 85, score.missed_claims
    assert dates["precision"] >= 0.96
