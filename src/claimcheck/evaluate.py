"""Measuring claimcheck against an annotated gold file: recall and precision of extraction and of findings.

The gold format (the one `README.md` documents) is YAML::

    articles:                       # the corpus, by id, with url (or outlet and title) to find each document
      - {id: a1, outlet: Daily, title: "Quake toll rises", url: "https://…", date: 2024-02-07}
    events:
      - id: E1
        claims:                     # what a careful reader would compare
          - {id: C1, article: a1, sentence: "At least 2,300 people died.", quantity: "At least 2,300", type: quantity}
          - {id: C2, article: a1, sentence: "…", quantity: "on Monday", type: date, normalized: {date: "2024-02-06"}}
          - {id: C3, article: a1, sentence: "…", quantity: "We will rebuild", type: quote,
             normalized: {speaker: "Carla Mendes"}}
          - {id: C4, article: a1, sentence: "…", quantity: "Carla Mendes", type: name}
        true_discrepancies:         # claim pairs a checker should flag (one finding holding both)
          - {id: D1, pairs: [[C1, C7]]}
        non_discrepancies:          # traps: pairs that must not be flagged
          - {id: N1, pairs: [[C1, C9]]}

Extraction: a gold claim is found when a claim of its kind from its article, in its sentence, carries its
figure (the number, the ISO date, the speaker's surname and the quote's opening, or the name). Precision
is counted over the claims of the annotated kinds that stand in annotated sentences, since the gold does
not list every figure of a text. Findings: a true discrepancy is found when one finding holds claims that
match both sides of one of its pairs; a finding is correct when it does so for any true discrepancy; a
trap is flagged when one finding holds both claims of one of its pairs.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field

from claimcheck import bounded_yaml
from claimcheck.errors import ClaimcheckError
from claimcheck.models import Claim, DateClaim, NameClaim, QuantityClaim, QuoteClaim, Report

_SEVERITY = {"info": 0, "warning": 1, "error": 2}
_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
}


def norm(text: Any) -> str:
    text = unicodedata.normalize("NFKC", str(text or ""))
    for a, b in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-")):
        text = text.replace(a, b)
    return " ".join(text.split()).lower()


def numbers_in(text: str) -> set[float]:
    found = {float(m.replace(",", "")) for m in re.findall(r"\d[\d,]*(?:\.\d+)?", text) if m.replace(",", "")}
    for value, scale in re.findall(r"(\d+(?:\.\d+)?)\s*(million|billion)", text, re.I):
        found.add(float(value) * (1e6 if scale.lower() == "million" else 1e9))
    for word, value in _WORDS.items():
        if re.search(rf"\b{word}\b", text, re.I):
            found.add(float(value))
    return found


class GoldClaim(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    article: str
    sentence: str
    quantity: str = ""
    type: str = "quantity"
    normalized: dict[str, Any] = Field(default_factory=dict)

    @property
    def kind(self) -> str:
        return "quote" if self.type.startswith("quote") else self.type if self.type in ("date", "name") else "quantity"


class GoldPairs(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    pairs: list[tuple[str, str]]


class GoldEvent(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    claims: list[GoldClaim]
    true_discrepancies: list[GoldPairs] = Field(default_factory=list)
    non_discrepancies: list[GoldPairs] = Field(default_factory=list)


class GoldArticle(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    outlet: str | None = None
    title: str | None = None
    url: str | None = None


class Gold(BaseModel):
    model_config = ConfigDict(extra="allow")

    articles: list[GoldArticle]
    events: list[GoldEvent]


class Score(BaseModel):
    """The measured result, per kind and overall."""

    extraction: dict[str, dict[str, float]]
    findings: dict[str, float]
    missed_claims: list[str]
    missed_discrepancies: list[str]
    flagged_traps: list[str]


def load_gold(path: Path) -> Gold:
    try:
        return Gold.model_validate(bounded_yaml.load(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise ClaimcheckError("no such gold file", path) from None
    except yaml.YAMLError as exc:
        message, line = bounded_yaml.problem_of(exc, "gold file")
        raise ClaimcheckError(message, path, line) from None
    except ValueError as exc:
        raise ClaimcheckError(f"not a gold file: {' '.join(str(exc).split())[:160]}", path) from None


def _same_article(article: GoldArticle, claim: Claim) -> bool:
    if article.url and claim.doc.url:
        return norm(article.url).rstrip("/") == norm(claim.doc.url).rstrip("/")
    return norm(article.outlet) == norm(claim.doc.outlet) and norm(article.title) == norm(claim.doc.title)


def _same_sentence(gold: GoldClaim, claim: Claim) -> bool:
    a, b = norm(gold.sentence), norm(claim.sentence)
    return bool(b) and (a in b or b in a)


def matches(gold: GoldClaim, article: GoldArticle, claim: Claim) -> bool:
    if claim.kind != gold.kind or not _same_article(article, claim) or not _same_sentence(gold, claim):
        return False
    if isinstance(claim, QuantityClaim):
        wanted = numbers_in(gold.quantity)
        got = {v for v in (claim.value.point, claim.value.low, claim.value.high) if v is not None}
        got |= numbers_in(claim.text)
        return any(abs(w - g) <= max(1.0, abs(w) * 1e-6) for w in wanted for g in got)
    if isinstance(claim, DateClaim):
        date = str(gold.normalized.get("date") or "")
        return bool(date) and str(claim.value.date or "").startswith(date[:10])
    if isinstance(claim, QuoteClaim):
        speaker = norm(gold.normalized.get("speaker") or "").split()
        opening = norm(gold.normalized.get("quote") or gold.quantity)[:20].strip(" \"'")
        return bool(speaker) and speaker[-1] in norm(claim.speaker) and opening in norm(claim.quote)
    if isinstance(claim, NameClaim):
        name, written = norm(claim.name), norm(gold.quantity)
        return bool(name) and (written in name or name in written)
    return False


def evaluate(gold: Gold, report: Report, claims_found: list[Claim], min_severity: str = "info") -> Score:
    """Score `claims_found` (the corpus' claims) and `report`'s findings against `gold`."""
    articles = {a.id: a for a in gold.articles}
    claims = {c.id: c for e in gold.events for c in e.claims}
    hits: dict[str, list[Claim]] = {
        gid: [c for c in claims_found if matches(g, articles[g.article], c)] for gid, g in claims.items()
    }
    extraction: dict[str, dict[str, float]] = {}
    for kind in sorted({g.kind for g in claims.values()}):
        ours = [g for g in claims.values() if g.kind == kind]
        found = sum(bool(hits[g.id]) for g in ours)
        in_sentences = [
            c
            for c in claims_found
            if c.kind == kind and any(_same_sentence(g, c) and _same_article(articles[g.article], c) for g in ours)
        ]
        correct = sum(any(c in hits[g.id] for g in ours) for c in in_sentences)
        extraction[kind] = {
            "gold": len(ours),
            "found": found,
            "recall": found / len(ours) if ours else 0.0,
            "precision": correct / len(in_sentences) if in_sentences else 0.0,
        }
    findings = [f for f in report.findings if _SEVERITY[f.severity] >= _SEVERITY[min_severity]]

    def holds(finding_claims: list[Claim], gid: str) -> bool:
        return any(c in hits.get(gid, []) for c in finding_claims)

    def flags(pair_sets: list[GoldPairs]) -> tuple[list[str], set[int]]:
        hit_ids, finding_ids = [], set()
        for entry in pair_sets:
            hitting = [
                i
                for i, f in enumerate(findings)
                if any(holds(f.claims, a) and holds(f.claims, b) for a, b in entry.pairs)
            ]
            if hitting:
                hit_ids.append(entry.id)
                finding_ids.update(hitting)
        return hit_ids, finding_ids

    true_found, good = flags([d for e in gold.events for d in e.true_discrepancies])
    traps, _ = flags([n for e in gold.events for n in e.non_discrepancies])
    all_true = [d.id for e in gold.events for d in e.true_discrepancies]
    all_traps = [n.id for e in gold.events for n in e.non_discrepancies]
    return Score(
        extraction=extraction,
        findings={
            "true_discrepancies": len(all_true),
            "found": len(true_found),
            "recall": len(true_found) / len(all_true) if all_true else 0.0,
            "findings": len(findings),
            "precision": len(good) / len(findings) if findings else 0.0,
            "traps": len(all_traps),
            "traps_flagged": len(traps),
        },
        missed_claims=sorted(gid for gid, found in hits.items() if not found),
        missed_discrepancies=sorted(set(all_true) - set(true_found)),
        flagged_traps=sorted(traps),
    )


def render_score(score: Score) -> str:
    lines = [
        "extraction:",
        "| kind | gold | found | recall | precision in annotated sentences |",
        "|---|---|---|---|---|",
    ]
    for kind, row in score.extraction.items():
        lines.append(
            f"| {kind} | {row['gold']:.0f} | {row['found']:.0f} | {row['recall']:.0%} | {row['precision']:.0%} |"
        )
    f = score.findings
    lines += [
        "",
        f"findings: {f['found']:.0f}/{f['true_discrepancies']:.0f} true discrepancies found (recall {f['recall']:.0%}); "
        f"{f['findings']:.0f} findings, precision {f['precision']:.0%}; traps flagged {f['traps_flagged']:.0f}/{f['traps']:.0f}",
    ]
    if score.missed_discrepancies:
        lines.append("missed discrepancies: " + ", ".join(score.missed_discrepancies))
    if score.flagged_traps:
        lines.append("traps flagged: " + ", ".join(score.flagged_traps))
    if score.missed_claims:
        lines.append("missed claims: " + ", ".join(score.missed_claims))
    return "\n".join(lines) + "\n"
