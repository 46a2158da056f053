"""What a new user meets first: `init` then `discover`, where a finding points, baselines that hold when
articles that agree are added, drafted rules that find what discovery found, quotes shortened at a word,
and documents named as a person knows them. Every corpus here is of our own wording, on two subjects."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from claimcheck.baseline import apply_baseline, baseline_from
from claimcheck.corpus import load_corpus
from claimcheck.discover import draft_rule_file
from claimcheck.engine.pipeline import check, discover
from claimcheck.extract import extract
from claimcheck.models.text import clipped
from claimcheck.report import render
from claimcheck.rules import load_rules

from .test_cli import run

# Two stories, each with two sources that agree and one that departs: (file, outlet or None, date, title, text).
FERRY = [
    (
        "ferry-1.md",
        "Harbour Gazette",
        "2024-05-02",
        "Ferry capsizes off Kelvport",
        "A passenger ferry capsized off Kelvport on Tuesday. The coast guard said 42 people died in the accident.",
    ),
    (
        "ferry-2.md",
        "Coastal Times",
        "2024-05-03",
        "Kelvport ferry disaster",
        "Rescue teams worked off Kelvport after the ferry sank on Tuesday. The coast guard said 42 people died.",
    ),
    (
        "ferry-3.md",
        None,
        "2024-05-03",
        "Ferry sinks near Kelvport as storm hits the northern coast",
        "The coast guard said 67 people died when the ferry went down off Kelvport on Tuesday.",
    ),
]
MINE = [
    (
        "mine-1.md",
        "Ridge Observer",
        "2023-11-20",
        "Collapse at the Dornholt mine",
        "Part of the Dornholt copper mine collapsed on Sunday. Officials said 9 miners were killed.",
    ),
    (
        "mine-2.md",
        "Valley Tribune",
        "2023-11-21",
        "Dornholt mine collapse",
        "Officials said 9 miners were killed when a gallery of the Dornholt mine collapsed on Sunday.",
    ),
    (
        "mine-3.md",
        "Northern Star",
        "2023-11-21",
        "Miners die at Dornholt",
        "Officials said 15 miners were killed at the Dornholt copper mine on Sunday.",
    ),
]
# An article that agrees with each consensus, published before the others.
AGREEING = [
    (
        "ferry-0.md",
        "Island Radio",
        "2024-05-01",
        "Kelvport ferry lost",
        "The coast guard said 42 people died after the ferry capsized off Kelvport on Tuesday.",
    ),
    (
        "mine-0.md",
        "Mining Weekly",
        "2023-11-19",
        "Dornholt mine accident",
        "Officials said 9 miners were killed when the Dornholt mine collapsed on Sunday.",
    ),
]
OUTLIERS = {"ferry-3.md": "67", "mine-3.md": "15"}


def write(folder: Path, articles) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, outlet, date, title, text in articles:
        head = f"title: {title}\n" + (f"outlet: {outlet}\n" if outlet else "") + f"date: {date}\n"
        (folder / name).write_text(f"---\n{head}---\n{text}\n", encoding="utf-8")


def discovered(folder: Path):
    documents = load_corpus([folder])
    claims = extract(documents)
    return documents, claims, discover(documents, claims)


@pytest.fixture
def corpus(tmp_path) -> Path:
    write(tmp_path / "corpus", FERRY + MINE)
    return tmp_path / "corpus"


# 1. `claimcheck init`, then `claimcheck discover`: no report file written over, no gate unless asked.


def test_discover_after_init_writes_no_report_file_and_is_no_gate(tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    assert run("init", cwd=project).returncode == 0
    write(project / "corpus", FERRY + MINE)
    result = run("discover", "--no-store", cwd=project)
    assert result.returncode == 0, result.stderr
    assert not (project / "reports").exists()  # the configured report.html and report.sarif are `report`'s
    lines = result.stdout.splitlines()
    assert any("corpus/ferry-3.md" in line and "67" in line for line in lines), lines
    assert any("corpus/mine-3.md" in line and "15" in line for line in lines), lines
    assert "no gate" in result.stderr


def test_discover_is_a_gate_when_asked_and_writes_html_beside_the_report(tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    assert run("init", cwd=project).returncode == 0
    write(project / "corpus", FERRY + MINE)
    assert run("discover", "--no-store", "--fail-on", "warning", cwd=project).returncode == 1
    assert run("discover", "--no-store", "--fail-on", "error", cwd=project).returncode == 0
    assert run("discover", "--no-store", "--format", "html", cwd=project).returncode == 0
    assert (project / "reports" / "discovery.html").is_file()
    assert not (project / "reports" / "report.html").exists()


# 2. A finding points at the claim it is about: the one that departs from what the others agree on.


def test_a_finding_points_at_the_outlier_not_the_earliest_article(corpus):
    _, _, report = discovered(corpus)
    firsts = {Path(f.claims[0].path).name: f.claims[0].text for f in report.findings}
    assert firsts == OUTLIERS, [f.message for f in report.findings]


def test_sarif_and_github_annotate_the_outlier(corpus):
    result = run("discover", str(corpus), "--no-store", "--format", "sarif")
    sarif = json.loads(result.stdout)
    located = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]}
    assert {Path(uri).name for uri in located} == set(OUTLIERS)
    github = run("discover", str(corpus), "--no-store", "--format", "github").stdout.splitlines()
    assert {line.split("file=", 1)[1].split(",", 1)[0].rsplit("/", 1)[-1] for line in github} == set(OUTLIERS)


# 3. A baselined disagreement stays baselined when an article that agrees with the consensus comes.


def test_an_agreeing_article_leaves_baselined_findings_baselined(tmp_path, corpus):
    documents, claims, report = discovered(corpus)
    accepted = baseline_from(report)
    assert len(accepted.findings) == len(OUTLIERS)
    write(corpus, AGREEING)
    _, _, again = discovered(corpus)
    marked = apply_baseline(again, accepted, tmp_path / "baseline.yaml")
    assert [f.status for f in marked.findings] == ["baselined"] * len(OUTLIERS), [f.message for f in marked.findings]
    assert not marked.baseline.resolved


def test_a_changed_outlier_value_is_a_new_finding(tmp_path, corpus):
    _, _, report = discovered(corpus)
    accepted = baseline_from(report)
    text = (corpus / "ferry-3.md").read_text(encoding="utf-8")
    (corpus / "ferry-3.md").write_text(text.replace("67 people", "71 people"), encoding="utf-8")
    _, _, again = discovered(corpus)
    marked = apply_baseline(again, accepted, tmp_path / "baseline.yaml")
    assert {f.claims[0].text: f.status for f in marked.findings} == {"71": "new", "15": "baselined"}


# 4. The drafted rules find what discovery found.


@pytest.mark.parametrize("extra", [[], AGREEING])
def test_drafted_rules_find_what_discovery_found(tmp_path, corpus, extra):
    write(corpus, extra)
    documents, claims, report = discovered(corpus)
    draft = tmp_path / "draft.yaml"
    draft.write_text(draft_rule_file(claims, report), encoding="utf-8")
    again = check(documents, claims, load_rules([draft]))
    pairs = {frozenset(c.id for c in f.claims): f.severity for f in report.findings}
    assert pairs and {frozenset(c.id for c in f.claims): f.severity for f in again.findings} == pairs


def test_drafted_rules_run_from_the_command_line_to_the_same_findings(tmp_path, corpus):
    draft = tmp_path / "draft.yaml"
    found = run("discover", str(corpus), "--no-store", "--format", "json", "--write-rules", str(draft))
    assert found.returncode == 0, found.stderr
    ruled = run("report", str(corpus), "--rules", str(draft), "--no-store", "--format", "json", "--exit-zero")
    assert ruled.returncode == 0, ruled.stderr

    def pairs(text: str) -> set[tuple[str, ...]]:
        return {tuple(sorted(c["id"] for c in f["claims"])) for f in json.loads(text)["findings"]}

    assert pairs(found.stdout) and pairs(ruled.stdout) == pairs(found.stdout)
    rules = yaml.safe_load(draft.read_text(encoding="utf-8"))["rules"]
    assert all("fact" in r["select"] or "event_kind" in r["select"] for r in rules)
    assert all(r["select"]["document"] for r in rules)


# 6. Quotes are shortened at a word, with an ellipsis.

QUOTES = [
    (
        "q-1.md",
        "Highland Post",
        "2024-02-06",
        "Minister on the new dam",
        "“The new dam will hold back the spring floods and bring water to every farm in the eastern districts "
        "by next autumn,” Minister Lena Varga said.",
    ),
    (
        "q-2.md",
        "Lowland Courier",
        "2024-02-06",
        "Varga defends dam",
        "“The new dam will hold back the floods and bring water and power to the farms of the east by "
        "the autumn,” Minister Lena Varga said.",
    ),
]


def test_markdown_cuts_a_long_quote_at_a_word_with_an_ellipsis(tmp_path):
    write(tmp_path / "quotes", QUOTES)
    _, _, report = discovered(tmp_path / "quotes")
    wording = [f for f in report.findings if f.rule == "quote-wording"]
    assert wording, [f.message for f in report.findings]
    markdown = render("md", report, root=tmp_path)
    shown = [part for part in markdown.split("“")[1:] if "…" in part.split("”")[0]]
    assert shown, markdown
    quotes = [c.quote for f in wording for c in f.claims]
    for part in shown:
        kept = part.split("”")[0].removesuffix("…")
        # a whole quote's opening, cut where a word ends
        assert any(q.startswith(kept) and q[len(kept)] == " " for q in quotes), kept


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("The talks will resume on Monday in the capital", 20, "The talks will…"),
        ("Rescuers reached the village at dawn", 80, "Rescuers reached the village at dawn"),
        ("Supercalifragilistic", 10, "Supercali…"),
        ("Prices rose, wages fell", 14, "Prices rose…"),
    ],
)
def test_clipped_keeps_whole_words(text, limit, expected):
    assert clipped(text, limit) == expected
    assert len(clipped(text, limit)) <= limit


# 7. A document without an outlet is named by its title, never by its internal id.


def test_a_document_without_an_outlet_is_named_by_its_title(corpus):
    documents, _, report = discovered(corpus)
    anonymous = next(d for d in documents if d.outlet is None)
    [finding] = [f for f in report.findings if any(c.doc.id == anonymous.id for c in f.claims)]
    assert anonymous.id not in finding.message
    assert "“Ferry sinks near Kelvport as storm hits the…”" in finding.message
    for fmt in ("sarif", "gitlab", "junit", "concise", "md"):
        assert anonymous.id not in render(fmt, report, root=corpus.parent), fmt
