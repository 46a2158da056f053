"""Counts that opposing sides give: what each side says it shot down, who a figure is attributed to, and the
place a figure of a strike or a march is for (sentences of their own, on several subjects)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimcheck.corpus import load_corpus
from claimcheck.engine.pipeline import discover
from claimcheck.extract import extract, extract_document
from claimcheck.extract.attribution import source_of
from claimcheck.models import Document, QuantityClaim


def _quantities(text: str) -> list[QuantityClaim]:
    document = Document(
        id="t", title="t", outlet="Test", published=dt.date(2025, 3, 6), path="t.txt", format="digest", text=text
    )
    return [c for c in extract_document(document) if isinstance(c, QuantityClaim)]


def _claim(text: str, figure: str) -> QuantityClaim:
    return next(c for c in _quantities(text) if c.text == figure)


def _findings(tmp_path: Path, first: str, second: str) -> list[str]:
    articles = (("News", "Daily One", "Mar 6 2025", first), ("News", "Daily Two", "Mar 6 2025", second))
    text = "".join(f"{title}\n\n{outlet}\n{date}\n\n{body}\n\n\n" for title, outlet, date, body in articles)
    (tmp_path / "corpus.txt").write_text(text, encoding="utf-8")
    documents = load_corpus([tmp_path / "corpus.txt"])
    report = discover(documents, extract(documents))
    return [" | ".join(sorted(c.text for c in f.claims)) for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        # What one side says it shot down on one day is one count: outlets that give it differently disagree.
        (
            "The air force said it shot down 18 drones over the Narva region on Wednesday.",
            "Air defences downed 24 drones over the Narva region on Wednesday, the air force said.",
            ["18 | 24"],
        ),
        (
            "The navy intercepted 40 missiles fired at the port of Sorell on Wednesday.",
            "On Wednesday the navy intercepted 35 missiles fired at Sorell, its commander said.",
            ["35 | 40"],
        ),
        # Each side's own drones are another count: one side's downed drones are not the other's.
        (
            "Ostland said its air defences shot down 40 Westlandian drones on Wednesday.",
            "Westland said it had downed 120 Ostlandian drones on Wednesday.",
            [],
        ),
        (
            "Our air defence neutralised 300 Pak drones on Wednesday.",
            "The army said it had shot down 25 Indian drones on Wednesday.",
            [],
        ),
        # What was shot down in one night is that night's count, not the day's.
        (
            "The ministry said 14 drones were shot down overnight near Tarvo.",
            "The ministry said on Wednesday that 30 drones had been shot down near Tarvo.",
            [],
        ),
        (
            "Nine rockets were intercepted overnight over the coast, the army said.",
            "The army said it intercepted 22 rockets over the coast on Wednesday.",
            [],
        ),
    ],
)
def test_what_a_side_says_it_shot_down_is_compared_with_that_side_s_count_of_that_day(tmp_path, first, second, figures):
    assert _findings(tmp_path, first, second) == figures


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # a body that belongs to a name: "Pakistan's military", "the city's police"
        ("Ukraine's air force said on Sunday it had downed 40 drones.", "Ukraine's air force"),
        ("Lagos's fire service announced that 12 people were rescued.", "Lagos's fire service"),
        # a day between who reports and the verb
        ("The Interior Ministry on Friday said 400 people were detained.", "The Interior Ministry"),
        ("The Indian government on Friday confirmed that 36 sites were targeted.", "The Indian government"),
        # a name set off by commas after another that names the same one
        (
            "During a briefing, Chief of Police, Commissioner Ana Ruiz, confirmed that 12 people were arrested.",
            "Commissioner Ana Ruiz",
        ),
        ("At the site, the fire chief of Orla, Tomas Berg, revealed that nine homes burned.", "Tomas Berg"),
    ],
)
def test_who_reports_a_figure_is_found_past_a_possessive_a_day_or_an_apposition(sentence, source):
    assert source_of(sentence) == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "The health ministry said 40 people were taken to hospital. It added that 12 remained in intensive care.",
            "12",
            "The health ministry",
        ),
        (
            "Commissioner Ana Ruiz said 80 people were arrested on Saturday. She also reported that 14 officers were hurt.",
            "14",
            "Commissioner Ana Ruiz",
        ),
    ],
)
def test_a_pronoun_that_reports_carries_the_source_of_the_sentence_before(text, figure, source):
    assert _claim(text, figure).source == source


def test_a_pronoun_report_in_a_new_paragraph_takes_no_source_from_the_one_before():
    text = "The health ministry said 40 people were taken to hospital.\n\nIt added that 12 remained in intensive care."
    assert _claim(text, "12").source is None


@pytest.mark.parametrize(
    ("text", "figure", "scope"),
    [
        # the place a "where" clause hangs on
        ("Protests spread to Lyon, where 20,000 people marched on Saturday.", "20,000", "Lyon"),
        ("Fighting reached the outskirts of Kharkiv, where 12 civilians were killed.", "12", None),
        ("Shelling moved on to Kharkiv, where 12 civilians were killed.", "12", "Kharkiv"),
        # a place that saw what its clause counts, past a dateline
        (
            "Athens (AP): Greece witnessed its largest strike in years as nearly 1 million workers joined the strike."
            " Ferries stayed in port across Greece.",
            "nearly 1 million",
            "Greece",
        ),
        (
            "Lisbon saw 50,000 people marching on Saturday. Shops closed in Lisbon and Porto.",
            "50,000",
            "Lisbon",
        ),
    ],
)
def test_the_place_a_figure_of_a_clause_is_for(text, figure, scope):
    assert _claim(text, figure).scope == scope


@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        # "Authorities" name no counter of their own: they may be the hospital's official, so the two disagree.
        (
            "Authorities confirmed that 31 people died in the crash of the Orla bus.",
            "An official at the Orla hospital, Maria Sousa, said 29 people died in the Orla bus crash.",
            ["29 | 31"],
        ),
        (
            "Local authorities said 14 miners were killed in the Tarvo mine blast.",
            "The mine's owner, Dalen Coal, said 11 miners were killed in the Tarvo mine blast.",
            ["11 | 14"],
        ),
        # "officials" speak for a body of their own: another counter than the mine's owner
        (
            "Officials said 14 miners were killed in the Tarvo mine blast.",
            "The mine's owner, Dalen Coal, said 11 miners were killed in the Tarvo mine blast.",
            [],
        ),
    ],
)
def test_a_source_that_names_no_counter_of_its_own_is_compared_with_any(tmp_path, first, second, figures):
    assert _findings(tmp_path, first, second) == figures


@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        # a general strike's marchers: those who "had taken to the streets" and those who "joined" are one count
        (
            "The union said over two million people across Portugal had taken to the streets on Wednesday.",
            "Portugal witnessed its largest protests as 1.5 million people joined a general strike across Portugal"
            " on Wednesday.",
            ["1.5 million | over two million"],
        ),
        (
            "Organisers said 300,000 people had taken to the streets of Lima on Wednesday.",
            "In Lima, 120,000 people took to the streets on Wednesday, the organisers said.",
            ["120,000 | 300,000"],
        ),
    ],
)
def test_those_who_took_to_the_streets_or_joined_a_strike_are_compared(tmp_path, first, second, figures):
    assert _findings(tmp_path, first, second) == figures


@pytest.mark.parametrize(
    ("text", "figure", "predicate"),
    [
        # a participle after the noun describes what is counted; what happened is the verb before the figure
        ("The navy intercepted 40 rockets fired by militants near Sorell.", "40", "intercepted"),
        ("Police arrested 30 men carrying knives near the Orla stadium.", "30", "arrested"),
        # a word of what befell them after the noun is what happened
        ("Teams were still looking for 16 people missing near the Tarvo dam.", "16", "missing near the Tarvo"),
        # with a verb of its own, the words after the noun are what happened
        ("Officials said 25 drones were launched by the rebels.", "25", "launched by the rebels"),
    ],
)
def test_what_happened_to_a_count_is_not_a_participle_that_describes_it(text, figure, predicate):
    assert _claim(text, figure).predicate == predicate
