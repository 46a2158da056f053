"""The check step from the claim store: tasks re-checked only when their claims change, results that move
with their documents, and the same report as a check in memory."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.checks import BUILTINS, quantity
from claimcheck.checks.base import ANY_BLOCK
from claimcheck.checks.frames import frame_of, same_frame
from claimcheck.checks.name_spelling import block_of_form, variant_of
from claimcheck.corpus import load_corpus
from claimcheck.engine.extraction import ExtractionStats, extract_into
from claimcheck.engine.pipeline import check, check_corpus
from claimcheck.engine.store import ClaimStore, sealed
from claimcheck.engine.tasks import Task
from claimcheck.extract import extract
from claimcheck.models import DocRef, Interval, QuantityClaim
from claimcheck.rules import load_rules
from claimcheck.rules.model import Rule

from .conftest import ROOT, RULES, SEEDS

# The lead gives the article's toll, its reporting stage, which every claim's document carries; the figure
# the tests change is a later one, so a change to it leaves the article's other claims as they were.
ARTICLE = """---
title: Flood report {n}
outlet: Outlet {n}
date: 2024-03-05
---

Rescue crews searched the river banks for a second day. The flood has killed 40 people so far.

"We will rebuild every house in this town, street by street," said Mayor Ana Costa.

Officials said {toll} people died in the flood.
"""

RULE_FILE = """
rules:
  - id: flood-toll
    title: Deaths in the flood
    kind: quantity
    select: {{counted: [people], predicate: [died]}}
    compare: {{tolerance: {tolerance}}}
"""


def write_corpus(folder, tolls=(40, 41, 90)):
    folder.mkdir(exist_ok=True)
    for n, toll in enumerate(tolls):
        (folder / f"a{n}.md").write_text(ARTICLE.format(n=n, toll=toll), encoding="utf-8")
    return folder


def write_rules(path, tolerance="5%"):
    path.write_text(RULE_FILE.format(tolerance=tolerance), encoding="utf-8")
    return load_rules([path])


@pytest.fixture
def checked_tasks(monkeypatch):
    """The ids of the tasks actually checked (not taken from the store), run by run."""
    runs: list[str] = []
    original = Task.run

    def recording(self, claims):
        runs.append(self.id)
        return original(self, claims)

    monkeypatch.setattr(Task, "run", recording)
    return runs


def stored_report(paths, rules, store, stats=None):
    documents = load_corpus(paths)
    with ClaimStore(store) as opened:
        corpus = extract_into(opened, documents, 1, rules, stats=stats)
        return check_corpus(corpus, rules)


def test_a_second_run_takes_every_unit_from_the_store(tmp_path, checked_tasks):
    folder = write_corpus(tmp_path / "corpus")
    rules = write_rules(tmp_path / "rules.yaml")
    first = stored_report([folder], rules, tmp_path / "s.sqlite")
    assert sorted(checked_tasks) == [
        "flood-toll/2024-03-05",  # figures day by day (the articles of 5 March, none stating a day),
        "name-spelling/2:k",  # built-ins are checked block by block: names by word count and surname sound,
        "quote-speaker/we will rebuild",  # quotes by their first words
        "quote-wording/costa",  # and by their speaker
    ]
    assert [f.rule for f in first.findings] == ["flood-toll"]
    checked_tasks.clear()
    again = stored_report([folder], rules, tmp_path / "s.sqlite")
    assert checked_tasks == []
    assert again.model_dump_json() == first.model_dump_json()


def test_a_changed_figure_rechecks_only_the_rule_it_belongs_to(tmp_path, checked_tasks):
    folder = write_corpus(tmp_path / "corpus")
    rules = write_rules(tmp_path / "rules.yaml")
    stored_report([folder], rules, tmp_path / "s.sqlite")
    checked_tasks.clear()
    write_corpus(folder, tolls=(40, 41, 42))
    stats = ExtractionStats()
    report = stored_report([folder], rules, tmp_path / "s.sqlite", stats)
    assert (stats.cached, stats.extracted) == (2, 1)
    assert checked_tasks == ["flood-toll/2024-03-05"]  # the quote and name tasks have the same claims as before
    assert report.findings == []
    documents = load_corpus([folder])
    assert report.model_dump_json() == check(documents, extract(documents), rules).model_dump_json()


def test_a_rule_change_rechecks_without_extracting(tmp_path, checked_tasks):
    folder = write_corpus(tmp_path / "corpus")
    stored_report([folder], write_rules(tmp_path / "rules.yaml"), tmp_path / "s.sqlite")
    checked_tasks.clear()
    stats = ExtractionStats()
    looser = stored_report([folder], write_rules(tmp_path / "rules.yaml", "200%"), tmp_path / "s.sqlite", stats)
    assert stats.extracted == 0 and checked_tasks == ["flood-toll/2024-03-05"]
    assert looser.findings == []


def test_kept_findings_follow_their_documents_down_the_file(tmp_path, checked_tasks):
    digest = tmp_path / "digest.txt"
    articles = [
        f"Flood toll report {n}\n\nWire {n}\nMay 2 2024\n\nOfficials said {toll} people died in the flood.\n\n"
        for n, toll in enumerate([40, 41, 90])
    ]
    digest.write_text("".join(articles), encoding="utf-8")
    rules = write_rules(tmp_path / "rules.yaml")
    stored_report([digest], rules, tmp_path / "s.sqlite")
    # A new article at the top moves every other one down; their claims are the same.
    digest.write_text("Storm warning\n\nWire X\nMay 9 2024\n\nWinds rose.\n\n" + "".join(articles), encoding="utf-8")
    checked_tasks.clear()
    report = stored_report([digest], rules, tmp_path / "s.sqlite")
    assert checked_tasks == []
    source = digest.read_text(encoding="utf-8")
    lines = source.split("\n")
    claims = [c for f in report.findings for c in f.claims]
    assert [c.text for c in claims] == ["90", "40"]  # the outlier first, then the consensus it departs from
    for claim in claims:
        assert source[claim.start : claim.end] == claim.text
        assert lines[claim.line - 1][claim.column - 1 :].startswith(claim.text)
    documents = load_corpus([digest])
    assert report.model_dump_json() == check(documents, extract(documents), rules).model_dump_json()


def test_the_store_gives_the_report_a_check_in_memory_gives(tmp_path):
    rules = load_rules([RULES])
    documents = load_corpus([SEEDS])
    in_memory = check(documents, extract(documents), rules).model_dump_json()
    assert stored_report([SEEDS], rules, tmp_path / "s.sqlite").model_dump_json() == in_memory
    assert stored_report([SEEDS], rules, tmp_path / "s.sqlite").model_dump_json() == in_memory
    assert stored_report([SEEDS], rules, None).model_dump_json() == in_memory


def test_damaged_selections_and_results_are_worked_out_again(tmp_path, checked_tasks):
    folder = write_corpus(tmp_path / "corpus")
    rules = write_rules(tmp_path / "rules.yaml")
    store = tmp_path / "s.sqlite"
    first = stored_report([folder], rules, store).model_dump_json()
    with sqlite3.connect(store) as db:
        db.execute("UPDATE results SET payload = x'00'")
        db.execute("UPDATE selections SET payload = x'7b7d0a01'")
    checked_tasks.clear()
    assert stored_report([folder], rules, store).model_dump_json() == first
    assert sorted(checked_tasks) == [
        "flood-toll/2024-03-05",
        "name-spelling/2:k",
        "quote-speaker/we will rebuild",
        "quote-wording/costa",
    ]


def test_a_kept_result_that_does_not_read_back_is_checked_again_and_kept_again(tmp_path, checked_tasks):
    folder = write_corpus(tmp_path / "corpus")
    rules = write_rules(tmp_path / "rules.yaml")
    store = tmp_path / "s.sqlite"
    first = stored_report([folder], rules, store).model_dump_json()
    # Whole JSON whose verdicts are not verdicts, sealed as the store seals a row: found only when the
    # records are made.
    wrong = b'{"verdicts":[{"claims":[0],"verdict":"no such verdict"}],"findings":[]}'
    with sqlite3.connect(store) as db:
        for (key,) in db.execute("SELECT key FROM results").fetchall():
            db.execute("UPDATE results SET payload = ? WHERE key = ?", (sealed(wrong, key), key))
    checked_tasks.clear()
    assert stored_report([folder], rules, store).model_dump_json() == first
    assert len(checked_tasks) == 4
    checked_tasks.clear()
    assert stored_report([folder], rules, store).model_dump_json() == first
    assert checked_tasks == []  # what was checked again was kept


# Ways one name is spelled twice: a letter changed, dropped or swapped, a letter transliterated two ways
# (first letters too), a romanisation variant, another first vowel.
RESPELLINGS = st.sampled_from(
    ["change", "drop", "swap", "kh/h", "y/i", "ye/e", "ou/u", "yev/ev", "first vowel", "accent"]
)


def _two_spellings(word: str, how: str, at: int, letter: str) -> tuple[str, str]:
    # A letter past the first two: a change there may alter the sound a name starts with ("Khan" / "Kxan").
    index = 2 + at % (len(word) - 3)
    if how == "change":
        return word, word[:index] + letter + word[index + 1 :]
    if how == "drop":
        return word, word[:index] + word[index + 1 :]
    if how == "swap":
        return word, word[:index] + word[index + 1] + word[index] + word[index + 2 :]
    if how == "first vowel":  # "Oleksandr" / "Aleksandr"
        return "o" + word[1:], "a" + word[1:]
    if how == "accent":
        return word, word  # accents are folded away before names are compared: the same form
    one, other = how.split("/")
    if how in ("ou/u", "yev/ev"):  # inside or at the end of a word
        return word + one, word + other
    return one + word[1:], other + word[1:]  # the first letter: "Khamenei" / "Hamenei", "Yuri" / "Iuri"


@given(
    st.lists(st.text(alphabet="abdeghiklmnoprstu", min_size=5, max_size=9), min_size=2, max_size=4),
    st.integers(min_value=0, max_value=3),
    RESPELLINGS,
    st.integers(min_value=0, max_value=8),
    st.sampled_from("xzw"),
)
def test_two_spellings_of_a_name_share_a_block(words, at, how, char_at, letter):
    original, respelled = [*words], [*words]
    original[at % len(words)], respelled[at % len(words)] = _two_spellings(words[at % len(words)], how, char_at, letter)
    form, other = " ".join(original), " ".join(respelled)
    if form == other:
        return
    assert variant_of(form, other), (form, other)
    assert block_of_form(form) == block_of_form(other)


@given(
    st.text(alphabet="abehikostuy ", min_size=3, max_size=30), st.text(alphabet="abehikostuy ", min_size=3, max_size=30)
)
def test_names_compared_as_one_person_always_share_a_block(form, other):
    form, other = " ".join(form.split()), " ".join(other.split())
    if variant_of(form, other):
        assert block_of_form(form) == block_of_form(other)


def test_built_ins_find_block_by_block_what_they_find_over_all_claims():
    documents = load_corpus([SEEDS, ROOT / "tests" / "corpora"])
    claims = extract(documents)
    found = {}
    for name, module in BUILTINS.items():
        blocks = defaultdict(list)
        for claim in claims:
            key = module.block(claim)
            if key is not None:
                blocks[key].append(claim)
        by_block = sorted(f.id for group in blocks.values() for f in module.check(group)[1])
        found[name] = sorted(f.id for f in module.check(claims)[1])
        assert by_block == found[name]
    assert found["name-spelling"] and found["quote-speaker"]


def _figure(published, as_of, time, headline=None):
    toll = Interval(point=headline, low=headline, high=headline) if headline else None
    doc = DocRef(id="d", title="t", published=published, path="a.md", headline_count=toll)
    return QuantityClaim(
        id="c", doc=doc, text="5", sentence="5", path="a.md", line=1, column=1, start=0, end=1,
        value=Interval(point=5, low=5, high=5), as_of=as_of, time=time,
    )  # fmt: skip


DAYS = st.dates(min_value=dt.date(2023, 12, 25), max_value=dt.date(2024, 2, 5))
FRAMES = st.one_of(
    st.none(),
    DAYS.map(dt.date.isoformat),
    DAYS.map(lambda d: d.isoformat()[:7]),
    st.sampled_from(["2023", "2024", "1991", "1991-03"]),
)


@given(
    st.lists(
        st.tuples(
            st.one_of(st.none(), DAYS),
            FRAMES,
            st.sampled_from([None, "so far", "on Monday"]),
            st.sampled_from([None, 367, 380, 381, 400]),
        ),
        min_size=2,
    )
)
def test_figures_of_one_time_frame_share_a_block(frames):
    rule = Rule(id="toll", title="Deaths", kind="quantity", select={"counted": ["people"]})
    figures = [_figure(*frame) for frame in frames]
    for a in figures:
        if frame_of(a).is_day and frame_of(a).stage is None:
            assert quantity.block(rule, a) != ANY_BLOCK
        for b in figures:
            if same_frame(frame_of(a), frame_of(b)):
                blocks = {quantity.block(rule, a), quantity.block(rule, b)}
                assert len(blocks) == 1 or ANY_BLOCK in blocks


DAY_ARTICLE = """---
title: Storm report {n}
outlet: Outlet {n}
date: {date}
---

Officials said {toll} people died in the flood{when}.
"""


def test_a_rule_is_checked_day_by_day_with_an_outlier_on_each_day(tmp_path, checked_tasks):
    folder = tmp_path / "corpus"
    folder.mkdir()
    articles = [("2024-03-05", 40, ""), ("2024-03-05", 40, ""), ("2024-03-05", 70, "")]
    articles += [("2024-03-09", 120, ""), ("2024-03-09", 120, ""), ("2024-03-09", 300, "")]
    articles += [("2024-03-12", 45, " in March 2019")]  # an old month: compared with every day
    for n, (date, toll, when) in enumerate(articles):
        text = DAY_ARTICLE.format(n=n, date=date, toll=toll, when=when)
        (folder / f"a{n}.md").write_text(text, encoding="utf-8")
    rules = write_rules(tmp_path / "rules.yaml", "10%")
    report = stored_report([folder], rules, tmp_path / "s.sqlite")
    assert sorted(u for u in checked_tasks if u.startswith("flood-toll")) == [
        "flood-toll/2024-03-05",
        "flood-toll/2024-03-09",
    ]
    # Each day has its consensus, and each day's outlier is reported against it.
    outliers = sorted(f.claims[0].text for f in report.findings if f.rule == "flood-toll")
    assert outliers == ["300", "70"]
    documents = load_corpus([folder])
    claims = extract(documents)
    old_figure = next(c.id for c in claims if c.text == "45")
    assert all(old_figure in v.claims for v in report.verdicts if v.rule == "flood-toll")
    assert report.model_dump_json() == check(documents, claims, rules).model_dump_json()
