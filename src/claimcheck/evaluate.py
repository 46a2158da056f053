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
figure exactly (the number, the ISO date, the speaker's surname and the quote's opening, or the name).
Precision is counted over the claims of the annotated kinds that stand in annotated sentences, since the
gold does not list every figure of a text. Findings (from `min_severity` up, `warning` unless told): a true
discrepancy is found when one finding holds claims that match both sides of one of its pairs; a finding is
correct when it does so for any true discrepancy; a trap is flagged when one finding holds both claims of
one of its pairs.

The matching is done on each claim's JSON form, the same way for claims in memory and claims read from a
file, so that these figures are the ones any scorer of the JSON output computes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from claimcheck import bounded_yaml
from claimcheck.errors import ClaimcheckError
from claimcheck.models import Claim, Finding, Report

SEVERITY_FLOOR = "warning"
_SEVERITY = {"info": 0, "note": 0, "warning": 1, "error": 2}
_QUOTE_MARKS = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ", "\u2013": "-", "\u2014": "-"}
_WORDS = {
    word: n + 1
    for n, word in enumerate(
        [
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
} | {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_WORDS |= {"hundred": 100, "dozen": 12}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_SCALED_WORD = re.compile(
    r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\s+(thousand|million|billion)\b",
    re.I,
)
QUANTITY_KINDS = ("quantity", "count", "number", "amount", "percentage", "duration")


def norm(text: Any) -> str:
    """Text as compared: NFKC, straight quotes and dashes, one space, lower case."""
    text = unicodedata.normalize("NFKC", str(text or ""))
    for mark, plain in _QUOTE_MARKS.items():
        text = text.replace(mark, plain)
    return re.sub(r"\s+", " ", text).strip().lower()


def numbers_in(text: str) -> list[float]:
    """Every figure a text writes: digits, digits with a scale word, number words (with a scale word)."""
    found = [float(m.replace(",", "")) for m in re.findall(r"\d[\d,]*(?:\.\d+)?", text) if m.replace(",", "")]
    found += [
        float(v) * _SCALES[s.lower()]
        for v, s in re.findall(r"(\d+(?:\.\d+)?)\s*(thousand|million|billion)\b", text, re.I)
    ]
    found += [_WORDS.get(w.lower(), 1) * _SCALES[s.lower()] for w, s in _SCALED_WORD.findall(text)]
    found += [float(v) for w, v in _WORDS.items() if re.search(rf"\b{w}\b", text, re.I)]
    return found


class GoldClaim(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    article: str
    sentence: str
    quantity: str = ""
    type: str = "quantity"
    normalized: dict[str, Any] = Field(default_factory=dict)
    attribution: str | None = None

    @property
    def kind(self) -> str:
        return "quote" if self.type.startswith("quote") else self.type if self.type in ("date", "name") else "quantity"

    @property
    def speaker(self) -> str:
        return str(self.normalized.get("speaker") or self.attribution or "")

    @property
    def opening(self) -> str:
        return str(self.normalized.get("quote") or self.quantity or "")


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

    @model_validator(mode="after")
    def _findable(self) -> GoldArticle:
        if not (self.url or self.outlet or self.title):
            raise ValueError("needs a url, an outlet or a title to find its document")
        return self


class Gold(BaseModel):
    model_config = ConfigDict(extra="allow")

    articles: list[GoldArticle]
    events: list[GoldEvent]


class Score(BaseModel):
    """The measured result, per kind and overall."""

    extraction: dict[str, dict[str, float]]
    findings: dict[str, float | str]
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
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"])
        message = str(error["msg"]).removeprefix("Value error, ")
        raise ClaimcheckError(f"gold file {where}: {message}".replace(" : ", ": "), path) from None
    except ValueError as exc:
        raise ClaimcheckError(f"not a gold file: {' '.join(str(exc).split())[:160]}", path) from None


ClaimData = dict[str, Any]


def _document_text(claim: ClaimData) -> str:
    doc = claim.get("doc") or {}
    return norm(" ".join(str(doc.get(k) or "") for k in ("id", "outlet", "title", "url", "path")))


def _same_title(article: GoldArticle, claim: ClaimData) -> bool:
    """The gold article's title and the claim's document's title: one holds the other."""
    wanted, title = norm(article.title), norm((claim.get("doc") or {}).get("title"))
    return bool(wanted) and bool(title) and (wanted in title or title in wanted)


def _same_article(article: GoldArticle, claim: ClaimData) -> bool:
    """The article's URL (or its domain) in what the claim says of its document; without a URL, its
    outlet and its title (each when given), so that two articles of one outlet are told apart."""
    text = _document_text(claim)
    if not article.url:
        outlet = not article.outlet or norm(article.outlet) in text
        return outlet and (not article.title or _same_title(article, claim))
    for key in (article.url, article.outlet):
        if key and norm(key) in text:
            return True
        if key and "://" in key and len(norm(key).split("/")) > 2 and norm(key).split("/")[2] in text:
            return True
    return False


def _same_sentence(gold: GoldClaim, claim: ClaimData) -> bool:
    wanted, sentence = norm(gold.sentence), norm(claim.get("sentence"))
    return bool(sentence) and (wanted in sentence or sentence in wanted)


def _figures(claim: ClaimData) -> list[float]:
    value = claim.get("value")
    found = [
        float(value[k])
        for k in ("point", "low", "high")
        if isinstance(value, dict) and isinstance(value.get(k), int | float)
    ]
    return found + numbers_in(claim.get("text") or "")


def _quantity_matches(gold: GoldClaim, claim: ClaimData) -> bool:
    wanted, got = numbers_in(gold.quantity), _figures(claim)
    text, written = norm(claim.get("text")), norm(gold.quantity)
    exact = any(abs(w - g) < 1e-6 for w in wanted for g in got)
    if not _same_sentence(gold, claim) or not (not text or exact or text in written or written in text):
        return False
    return any(abs(w - g) <= max(1.0, abs(w) * 1e-6) for w in wanted for g in got)


def matches(gold: GoldClaim, article: GoldArticle, claim: ClaimData) -> bool:
    """Whether `claim` (its JSON form) is the gold claim: its kind, article, sentence and figure."""
    kind = str(claim.get("kind") or "")
    if not _same_article(article, claim):
        return False
    if gold.kind == "quantity":
        return kind in QUANTITY_KINDS and _quantity_matches(gold, claim)
    if gold.kind == "date":
        date = str(gold.normalized.get("date") or "")
        value = claim.get("value")
        found = str(value.get("date") or "") if isinstance(value, dict) else str(value or "")
        return kind == "date" and _same_sentence(gold, claim) and bool(date) and found.startswith(date[:10])
    if gold.kind == "quote":
        surname = norm(gold.speaker).split()
        said = norm(claim.get("quote") or claim.get("text"))
        opening = norm(gold.opening)[:20].strip(" \"'")
        return kind == "quote" and bool(surname) and surname[-1] in norm(claim.get("speaker")) and opening in said
    if gold.kind == "name":
        name, written = norm(claim.get("name") or claim.get("text")), norm(gold.quantity)
        return kind == "name" and _same_sentence(gold, claim) and bool(name) and (written in name or name in written)
    return False


def claim_data(claims: Iterable[Claim]) -> list[ClaimData]:
    return [claim.model_dump(mode="json") for claim in claims]


def evaluate(
    gold: Gold, report: Report | None, claims_found: Iterable[Claim], min_severity: str = SEVERITY_FLOOR
) -> Score:
    """Score `claims_found` (the corpus' claims) and `report`'s findings (if any) against `gold`."""
    found = claim_data(claims_found)
    findings = [f for f in (report.findings if report else []) if _SEVERITY[f.severity] >= _SEVERITY[min_severity]]
    return score(gold, found, [(f, claim_data(f.claims)) for f in findings], min_severity)


def score(
    gold: Gold, claims: list[ClaimData], findings: list[tuple[Finding | None, list[ClaimData]]], min_severity: str
) -> Score:
    articles = {a.id: a for a in gold.articles}
    golds = {c.id: c for e in gold.events for c in e.claims}
    hits = {gid: [i for i, c in enumerate(claims) if matches(g, articles[g.article], c)] for gid, g in golds.items()}
    extraction: dict[str, dict[str, float]] = {}
    for kind in sorted({g.kind for g in golds.values()}):
        ours = [g for g in golds.values() if g.kind == kind]
        recalled = sum(bool(hits[g.id]) for g in ours)
        standing = [
            i
            for i, c in enumerate(claims)
            if c.get("kind") == kind
            and any(_same_sentence(g, c) and _same_article(articles[g.article], c) for g in ours)
        ]
        right = sum(any(i in hits[g.id] for g in ours) for i in standing)
        extraction[kind] = {
            "gold": len(ours),
            "found": recalled,
            "recall": recalled / len(ours) if ours else 0.0,
            "in_annotated_sentences": len(standing),
            "precision": right / len(standing) if standing else 0.0,
        }

    def holds(finding_claims: list[ClaimData], gid: str) -> bool:
        gold_claim = golds.get(gid)
        return gold_claim is not None and any(
            matches(gold_claim, articles[gold_claim.article], c) for c in finding_claims
        )

    def flagged(entries: list[GoldPairs]) -> tuple[list[str], set[int]]:
        hit_ids, finding_ids = [], set()
        for entry in entries:
            hitting = [
                i for i, (_, fc) in enumerate(findings) if any(holds(fc, a) and holds(fc, b) for a, b in entry.pairs)
            ]
            if hitting:
                hit_ids.append(entry.id)
                finding_ids.update(hitting)
        return hit_ids, finding_ids

    true = [d for e in gold.events for d in e.true_discrepancies]
    traps = [n for e in gold.events for n in e.non_discrepancies]
    true_found, good = flagged(true)
    traps_flagged, _ = flagged(traps)
    return Score(
        extraction=extraction,
        findings={
            "min_severity": min_severity,
            "true_discrepancies": len(true),
            "found": len(true_found),
            "recall": len(true_found) / len(true) if true else 0.0,
            "findings": len(findings),
            "precision": len(good) / len(findings) if findings else 0.0,
            "traps": len(traps),
            "traps_flagged": len(traps_flagged),
        },
        missed_claims=sorted(gid for gid, found in hits.items() if not found),
        missed_discrepancies=sorted({d.id for d in true} - set(true_found)),
        flagged_traps=sorted(traps_flagged),
    )


def render_score(score: Score) -> str:
    lines = [
        "extraction:",
        "| kind | gold | found | recall | claims in annotated sentences | precision there |",
        "|---|---|---|---|---|---|",
    ]
    for kind, row in score.extraction.items():
        lines.append(
            f"| {kind} | {row['gold']:.0f} | {row['found']:.0f} | {row['recall']:.0%} | "
            f"{row['in_annotated_sentences']:.0f} | {row['precision']:.0%} |"
        )
    f = score.findings
    lines += [
        "",
        f"findings at >= {f['min_severity']}: {f['found']:.0f}/{f['true_discrepancies']:.0f} true discrepancies found "
        f"(recall {float(f['recall']):.0%}); {f['findings']:.0f} findings, precision {float(f['precision']):.0%}; "
        f"traps flagged {f['traps_flagged']:.0f}/{f['traps']:.0f}",
    ]
    if score.missed_discrepancies:
        lines.append("missed discrepancies: " + ", ".join(score.missed_discrepancies))
    if score.flagged_traps:
        lines.append("traps flagged: " + ", ".join(score.flagged_traps))
    if score.missed_claims:
        lines.append("missed claims: " + ", ".join(score.missed_claims))
    return "\n".join(lines) + "\n"
