"""What the HTML report carries (its data block), checked without a browser: every source of a fact on its
card, figures in the sources' own unit, every claim in the claims view, links, and the same bytes each run."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.corpus import load_corpus
from claimcheck.engine.pipeline import check
from claimcheck.extract import extract
from claimcheck.models import Report
from claimcheck.report import render_html
from claimcheck.report.page_data import highlight, pack, unpack
from claimcheck.rules import load_rules

from .conftest import ROOT, RULES, SEEDS, read_page
from .test_cli import run as run_cli

UNITS = """Storm batters the coast

Shore Daily
October 24 2023

The storm brought winds of 165 mph to the bay on Tuesday, forecasters said.

Hurricane hits bay

Bay Herald
October 24 2023

The storm brought winds of 266 km/h to the bay on Tuesday.

Bay hurricane update

Port News
October 24 2023

The storm brought winds of 190 km/h to the bay on Tuesday.

Highway closed

Shore Daily
March 4 2024

About 30 km of the coastal highway was closed by landslides on Monday.

Landslides close highway

Bay Herald
March 4 2024

Some 19 miles of the coastal highway was closed by landslides on Monday.

Coast road shut

Port News
March 4 2024

Landslides closed 60 km of the coastal highway on Monday.
"""

UNIT_RULES = """
rules:
  - {id: wind-speed, title: Wind speed of the storm, kind: quantity,
     select: {sentence: [winds], unit: speed}, compare: {tolerance: 10%}}
  - {id: highway-closed, title: Length of highway closed, kind: quantity,
     select: {sentence: [highway], unit: length}, compare: {tolerance: 10%}}
"""


def _page_of(tmp_path, text: str, rules: str) -> tuple[Report, dict]:
    (tmp_path / "news.txt").write_text(text, encoding="utf-8")
    (tmp_path / "rules.yaml").write_text(rules, encoding="utf-8")
    documents = load_corpus([tmp_path / "news.txt"])
    claims = extract(documents)
    report = check(documents, claims, load_rules([tmp_path / "rules.yaml"]))
    return report, read_page(render_html(report, claims))


def _card(page: dict, rule: str) -> tuple[dict, list[list]]:
    (card,) = [f for f in page["main"]["findings"] if f["rule"] == rule]
    return card, [page["main"]["claims"][n] for n in card["claims"]]


def test_figures_read_in_the_unit_most_sources_write(tmp_path):
    report, page = _page_of(tmp_path, UNITS, UNIT_RULES)
    messages = {f.rule: f.message for f in report.findings}
    assert "gap 76 km/h" in messages["wind-speed"] and "meter" not in json.dumps(messages)
    wind, rows = _card(page, "wind-speed")
    assert wind["line"]["unit"] == "km/h"
    # [document, kind, line, column, text, label, low, high, ...]: plotted in km/h, in order of value
    assert [(r[4], r[5]) for r in rows] == [
        ("190 km/h", "190 km/h"),
        ("165 mph", "265.54 km/h (165 mph)"),
        ("266 km/h", "266 km/h"),
    ]
    assert [r[6] for r in rows] == sorted(r[6] for r in rows) and rows[1][6] == pytest.approx(265.54, abs=0.01)
    highway, rows = _card(page, "highway-closed")
    assert highway["line"]["unit"] == "km"
    assert {r[4]: r[5] for r in rows}["Some 19 miles"] == "≈ 30.58 km (≈ 19 miles)"


def test_a_card_holds_every_claim_of_its_group_and_the_band_around_the_reference(seed_documents, seed_claims):
    report = check(seed_documents, seed_claims, load_rules([RULES]))
    page = read_page(render_html(report, seed_claims))
    ids = {c.id: c for c in seed_claims}
    by_text = {(c.doc.id, c.line, c.column, c.text): c.id for c in seed_claims}
    documents = [d.id for d in report.documents]
    for finding, card in zip(report.findings, page["main"]["findings"], strict=True):
        group = next(
            v.claims
            for v in report.verdicts
            if v.rule == finding.rule and v.verdict == "discrepancy" and {c.id for c in finding.claims} <= set(v.claims)
        )
        shown = [page["main"]["claims"][n] for n in card["claims"]]
        assert sorted(by_text[(documents[r[0]], r[2], r[3], r[4])] for r in shown) == sorted(group)
        assert card["id"] == finding.id and card["message"] == finding.message  # placeholders filled back in
        named = [page["main"]["claims"][n] for n in card["named"]]
        assert sorted(r[4] for r in named) == sorted(c.text for c in finding.claims)
        assert all(r[12] and r[12][1] for r in named)  # the two it names come with their sentence
        if "line" in card and card["line"]["band"]:
            reference = shown[card["line"]["ref"]]
            low, high = card["line"]["band"]
            assert (low is None or low <= reference[6]) and (
                high is None or reference[7] is None or high >= reference[7]
            )
    exodus = next(c for c in page["main"]["findings"] if c["rule"] == "exodus-count")
    assert len(exodus["claims"]) >= 6 and ids  # six sources speak of the exodus


AMOUNT = r"-?\d{1,3}(,\d{3})*(\.\d{1,2})?"
FIGURE = re.compile(
    rf"(≈ |≥ |≤ |< |> )?{AMOUNT}(–(< )?{AMOUNT})?(%| [^\d\s(][^()]*)?( \((≈ |≥ |≤ |< |> )?{AMOUNT}(–(< )?{AMOUNT})?(%| .+)?\))?"
)


def _figures(page: dict) -> list[str]:
    """Every figure the page writes: the cards' labels and the claims view's readings of quantities."""
    figures = [row[5] for row in page["main"]["claims"] if row[1] == 0]
    for documents in page["claims"]:
        figures += [c["reading"] for claims in documents for c in claims if c["kind"] == "quantity"]
    return figures


def test_figures_are_written_for_people_everywhere(synthetic_run, seed_documents, seed_claims):
    folder, _ = synthetic_run
    synthetic = read_page((folder / "out" / "report.html").read_text(encoding="utf-8"))
    seed = read_page(render_html(check(seed_documents, seed_claims, load_rules([RULES])), seed_claims))
    for page in (synthetic, seed):
        figures = _figures(page)
        assert len(figures) > 40
        assert [f for f in figures if not FIGURE.fullmatch(f)] == []
        assert not [f for f in figures if re.search(r"\d\.0\b|None|e[+-]\d", f)]
    messages = " ".join(f["message"] for f in synthetic["main"]["findings"])
    assert not re.search(r"\d\.0\b|None|e[+-]\d|meter|second", messages)


def test_the_claims_view_holds_every_claim(synthetic_run):
    folder, _ = synthetic_run
    report = Report.model_validate_json((folder / "out" / "report.json").read_text(encoding="utf-8"))
    page = read_page((folder / "out" / "report.html").read_text(encoding="utf-8"))
    counts = [d[6] for d in page["main"]["documents"]]
    assert sum(counts) == report.claim_count > 5_000
    starts = page["main"]["chunks"] + [len(counts)]
    for number, documents in enumerate(page["claims"]):
        assert len(documents) == starts[number + 1] - starts[number]
        for position, claims in enumerate(documents):
            assert len(claims) == counts[starts[number] + position]
            assert all(c["text"] and c["reading"] and c["line"] >= 1 for c in claims)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ('"The pier is safe again.', "The pier is safe again. We checked every beam twice"),
        ('Mira Osei added: "Seeds go in next week.', "Seeds go in next week. The old orchard stays"),
    ],
)
def test_a_quote_over_several_sentences_is_highlighted_whole(seed_claims, sentence, text):
    quote = next(c for c in seed_claims if c.kind == "quote")
    before, marked, after = highlight(quote.model_copy(update={"sentence": sentence, "text": text}))
    assert marked == text and sentence.startswith(before) and before + text.split(".")[0] in sentence + "."


def test_source_url_links_path_and_line(tmp_path):
    template = "https://example.org/corpus/blob/main/{path}#L{line}"
    out = tmp_path / "r.html"
    result = run_cli("report", "seeds", "--rules", "rules", "-o", str(out), "--no-store", "--source-url", template)
    assert result.returncode == 0, result.stderr
    assert read_page(out.read_text(encoding="utf-8"))["main"]["links"] == {"template": template, "base": ""}
    relative = run_cli("report", "seeds", "--rules", "rules", "-o", str(tmp_path / "a" / "b.html"), "--no-store")
    base = read_page((tmp_path / "a" / "b.html").read_text(encoding="utf-8"))["main"]["links"]["base"]
    assert relative.returncode == 0 and (tmp_path / "a" / base / "seeds").resolve() == SEEDS
    for bad in ("javascript:alert(1)//{path}", "https://example.org/no-path"):
        refused = run_cli("report", "seeds", "--rules", "rules", "-o", str(out), "--no-store", "--source-url", bad)
        assert refused.returncode == 2 and refused.stderr.count("\n") == 1 and "--source-url" in refused.stderr


def test_the_page_is_the_same_bytes_whatever_the_order_and_jobs_and_says_when_only_if_asked(tmp_path):
    paths = [str(p) for p in sorted((ROOT / "tests" / "corpora").glob("*.txt"))] + ["seeds"]
    pages = []
    for order, jobs in ((paths, "1"), (paths[::-1], "2")):
        out = tmp_path / f"r{jobs}.html"
        result = run_cli(
            "report",
            *order,
            "--rules",
            "rules",
            "-o",
            str(out),
            "--no-store",
            "--jobs",
            jobs,
            env={"SOURCE_DATE_EPOCH": "1700000000"},
        )
        assert result.returncode == 0, result.stderr
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]
    assert read_page(pages[0].decode("utf-8"))["main"]["run"]["generated"] == "2023-11-14 22:13 UTC"
    plain = run_cli("report", "seeds", "--rules", "rules", "-o", str(tmp_path / "p.html"), "--no-store")
    assert read_page((tmp_path / "p.html").read_text(encoding="utf-8"))["main"]["run"]["generated"] is None
    assert plain.returncode == 0
    wrong = run_cli(
        "report",
        "seeds",
        "--rules",
        "rules",
        "-o",
        str(tmp_path / "w.html"),
        "--no-store",
        env={"SOURCE_DATE_EPOCH": "yesterday"},
    )
    assert wrong.returncode == 2 and "SOURCE_DATE_EPOCH" in wrong.stderr and "Traceback" not in wrong.stderr


def test_a_kept_claims_view_is_the_view_made_afresh(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("earthquake", "protest", "quote-speaker"):
        (corpus / f"{name}.txt").write_text(
            (ROOT / "tests" / "corpora" / f"{name}.txt").read_text(encoding="utf-8"), encoding="utf-8"
        )
    store = ["--store", str(tmp_path / "store.sqlite")]

    def view(*extra):
        out = tmp_path / "r.html"
        result = run_cli("report", str(corpus), "--rules", "rules", "-o", str(out), *extra)
        assert result.returncode == 0, result.stderr
        page = read_page(out.read_text(encoding="utf-8"))
        return page["claims"], page["main"]["documents"], page["main"]["run"]

    first = view(*store)
    again = view(*store)
    assert again[:2] == first[:2] and again[2]["extracted"] == 0 and again[2]["checked"] == 0
    text = (corpus / "protest.txt").read_text(encoding="utf-8")
    changed = text.replace("\n\n", "\n\nTwo hundred police officers were deployed on Friday.\n\n", 1)
    (corpus / "protest.txt").write_text(changed, encoding="utf-8")
    kept = view(*store)
    assert kept[:2] == view("--no-store")[:2] and kept[2]["extracted"] == 1


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20,
)


@given(JSON)
def test_a_packed_part_reads_back_and_cannot_end_its_script_element(data):
    packed = pack(data)
    assert unpack(packed) == data
    assert not set(packed) & set('<"\\') and packed.isascii()  # nothing JSON escapes, no '</script'
