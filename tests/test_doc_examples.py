"""Every rule example in the README, in docs/rules.md (the check modules' docstrings) and in the starter rule
file loads, and does what its text says on a corpus written for it: it selects the claims its title speaks of
and finds the disagreement among them (and leaves out what its `not:` or `not_scope:` leave out)."""

from __future__ import annotations

import re

import pytest
import yaml

from claimcheck.config import starter_files
from claimcheck.corpus import load_corpus
from claimcheck.engine.pipeline import check
from claimcheck.extract import extract
from claimcheck.rules import load_rules

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
REFERENCE = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")


def readme_rules() -> list[str]:
    """The README's YAML blocks that are rules (a rule file, or rules as a file lists them)."""
    return [
        block
        for block in re.findall(r"```yaml\n(.*?)```", README, flags=re.S)
        if re.search(r"- id: ", block) and "kind: " in block
    ]


def reference_rules() -> list[str]:
    """The `Example::` blocks of docs/rules.md: indented rules after the line."""
    return re.findall(r"Example::\n\n((?:    .*\n|\n)+)", REFERENCE)


def rule_file(block: str) -> str:
    """A block as a rule file: a block of rules alone is put under `rules:`."""
    return block if re.search(r"^rules:", block, flags=re.M) else "rules:\n" + block


def examples() -> dict[str, str]:
    """Rule id → the rule file its example makes, from every place rules are shown."""
    files = [*readme_rules(), *reference_rules(), starter_files()["rules/example.yaml"]]
    found: dict[str, str] = {}
    for block in files:
        text = rule_file(block)
        for rule in yaml.safe_load(text)["rules"]:
            found[rule["id"]] = text
    return found


def test_every_example_is_collected():
    # the README's rule file, a toll, a name; the check modules' five; the starter file's one
    assert len(examples()) >= 9, sorted(examples())


@pytest.mark.parametrize("rule_id", sorted(examples()))
def test_every_example_loads(tmp_path, rule_id):
    path = tmp_path / "rules.yaml"
    path.write_text(examples()[rule_id], encoding="utf-8")
    assert rule_id in [r.id for r in load_rules([path]).rules]


# Articles of our own wording for each example that speaks of one fact: (outlet, date, text) each, the
# wordings of the claims the finding must hold, and wordings the rule must leave out of every finding.
CORPORA: dict[str, tuple[list[tuple[str, str, str]], set[str], set[str]]] = {
    "displaced-count": (
        [
            ("Valley Herald", "2024-04-02", "The floods displaced 12,000 people in the river valley, officials said."),
            ("Plains Daily", "2024-04-02", "About 12,000 residents were evacuated from the valley."),
            ("Lakeside News", "2024-04-02", "Officials said 20,000 people were displaced by the floods."),
        ],
        {"20,000", "12,000"},
        set(),
    ),
    "bridge-cost": (
        [
            ("Loire Courier", "2024-06-10", "The new bridge over the Loire in Nantes will cost €48 million."),
            ("Atlantic Post", "2024-06-11", "The bridge in Nantes is now budgeted at €55 million."),
            ("Rhone Weekly", "2024-06-11", "In Lyon, repairs to an old bridge cost €3 million."),
        ],
        {"€48 million", "€55 million"},
        {"€3 million"},
    ),
    "offensive-start": (
        [
            (
                "Morning Ledger",
                "2024-03-06",
                "The army launched its offensive on March 3, officials said. A depot explosion on March 1 "
                "killed two guards.",
            ),
            ("Evening Courier", "2024-03-06", "The military operation began on March 4, the defence ministry said."),
        ],
        {"March 3", "March 4"},
        {"March 1"},
    ),
    "mayor-rebuild-promise": (
        [
            (
                "Harbour Times",
                "2024-09-02",
                "“We will rebuild every school and every clinic before the winter comes,” Mayor Ana Costa said.",
            ),
            (
                "City Wire",
                "2024-09-02",
                "“We will rebuild every school and every road before the summer ends,” Mayor Ana Costa said.",
            ),
        ],
        {"Costa"},
        set(),
    ),
    "ministry-spokesperson": (
        [
            ("Capital Post", "2024-05-14", "Ministry spokeswoman Maria Zakharova said the talks would resume."),
            ("River Gazette", "2024-05-14", "Spokeswoman Maria Zakharova told reporters the talks were over."),
            ("Border News", "2024-05-14", "Spokeswoman Maria Zakharowa declined to comment on the talks."),
        ],
        {"Maria Zakharowa", "Maria Zakharova"},
        set(),
    ),
    "landslide-toll": (
        [
            ("Hill Courier", "2024-07-08", "The landslide in Green Valley killed 14 people on Sunday, rescuers said."),
            (
                "Mountain Post",
                "2024-07-08",
                "Rescuers said 11 people died in Green Valley when the landslide hit on Sunday.",
            ),
        ],
        {"14", "11"},
        set(),
    ),
    "envoy-name": (
        [
            ("Steppe Times", "2024-02-20", "The envoy, Rustam Abdulkarimov, arrived in the capital on Monday."),
            ("Desert Daily", "2024-02-20", "Envoy Rustam Abdulkarimov met the foreign minister."),
            ("Oasis News", "2024-02-20", "Envoy Rustam Abdulkarinov left the talks early."),
        ],
        {"Rustam Abdulkarinov", "Rustam Abdulkarimov"},
        set(),
    ),
    "flood-deaths": (
        [
            ("Rivertown Echo", "2024-10-01", "The flood in Rivertown killed 30 people, the mayor said."),
            ("County Times", "2024-10-01", "Officials said 41 residents died in Rivertown's flood."),
        ],
        {"30", "41"},
        set(),
    ),
}


def test_every_example_of_one_fact_has_a_corpus():
    # The README's first rule file shows every key at once (a subject, a place, a speaker...), which no one
    # figure has: it is an example of the keys, checked by loading it.
    assert set(examples()) - set(CORPORA) == {"exodus-count"}


@pytest.mark.parametrize("rule_id", sorted(CORPORA))
def test_every_example_finds_what_its_title_speaks_of(tmp_path, rule_id):
    articles, expected, left_out = CORPORA[rule_id]
    for number, (outlet, date, text) in enumerate(articles):
        (tmp_path / f"{number}.md").write_text(
            f"---\ntitle: Article {number}\noutlet: {outlet}\ndate: {date}\n---\n{text}\n", encoding="utf-8"
        )
    (tmp_path / "rules.yaml").write_text(examples()[rule_id], encoding="utf-8")
    documents = load_corpus(sorted(tmp_path.glob("*.md")))
    report = check(documents, extract(documents), load_rules([tmp_path / "rules.yaml"]))
    found = [f for f in report.findings if f.rule == rule_id]
    said = [{getattr(c, "name", None) or getattr(c, "speaker", None) or c.text for c in f.claims} for f in found]
    if rule_id == "mayor-rebuild-promise":  # the two sides of a quote finding are quotes by Costa
        said = [{s.split()[-1] for s in words} for words in said]
    assert expected in said, [f.message for f in found]
    assert not any(c.text in left_out for f in found for c in f.claims), [f.message for f in found]
