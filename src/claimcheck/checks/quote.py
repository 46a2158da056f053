"""quote — the quotes a rule selects are one statement: every source must give it the same speaker and
the same words.

What it does: the rule's `select` picks the quotes of one statement (by `speaker:`, `sentence:`,
`mentions:`). Selected direct quotes that are the same statement (rapidfuzz partial ratio of 65 or more,
accents, case and punctuation ignored, so a source quoting part of it still matches) are compared:

- speaker: where sources name different speakers (by surname) for it, each source that departs from the
  speaker most sources name is a finding. A speaker the article only describes ("a resident") is not
  compared, and a speaker whose name a source misspells is the same speaker (`kind: name` rules and
  `name-spelling` report the spelling);
- wording: a quote whose words depart from the most quoted wording by more than `tolerance` (a
  percentage of likeness, default 0: any change of words) is a finding.

Why: a quote is what someone said, to the word, and who said it matters as much as what.

Verdicts: consistent, within-tolerance (wording within the tolerance), not-comparable (other
statements), discrepancy (a finding).

Example::

    - id: mayor-rebuild-promise
      title: The mayor's promise to rebuild
      kind: quote
      select: {speaker: [Costa], sentence: [rebuild]}
      compare: {tolerance: 10%}
"""

from __future__ import annotations

from collections import Counter

import regex
from rapidfuzz import fuzz

from claimcheck.models import Claim, Finding, QuoteClaim, Verdict
from claimcheck.models.text import clipped
from claimcheck.rules.model import Rule

from .base import ANY_BLOCK
from .pairs import finding, group_verdict, in_scope, stable_key
from .quotes import folded, same_speaker, surname

KIND = "quote"
SAME_STATEMENT = 65


def block(rule: Rule, claim: Claim) -> str:
    """Every quote a rule selects may be the same statement as any other: one block."""
    return ANY_BLOCK


def words(quote: QuoteClaim) -> str:
    """The quote's words alone: no case, accents or punctuation."""
    return " ".join(regex.findall(r"[\p{L}\p{N}]+", folded(quote.quote)))


def likeness(a: QuoteClaim, b: QuoteClaim) -> float:
    return fuzz.partial_ratio(words(a), words(b))


def check(rule: Rule, claims: list[Claim]) -> tuple[list[Verdict], list[Finding]]:
    quotes = sorted((c for c in claims if isinstance(c, QuoteClaim) and c.direct), key=stable_key)
    allowed = 100 - rule.tolerance.amount
    verdicts, findings = [], []
    for statement in _statements(quotes):
        kinds, notes = [], []
        for a, b, kind, message in _speaker_outliers(rule, statement) + _wording_outliers(rule, statement, allowed):
            kinds.append(kind)
            if kind == "discrepancy":
                notes.append(message)
                findings.append(
                    finding(rule, a, b, message, False, {"likeness": round(likeness(a, b), 1)}, rule.severity)
                )
        verdicts.append(group_verdict(rule, statement, kinds or ["consistent"], notes))
    return verdicts, findings


def _statements(quotes: list[QuoteClaim]) -> list[list[QuoteClaim]]:
    """The quotes grouped by statement: each joins the first group whose first quote it is like."""
    groups: list[list[QuoteClaim]] = []
    for quote in quotes:
        home = next((g for g in groups if likeness(g[0], quote) >= SAME_STATEMENT), None)
        if home is None:
            groups.append([quote])
        else:
            home.append(quote)
    return groups


def _speaker_outliers(rule: Rule, statement: list[QuoteClaim]) -> list[tuple[QuoteClaim, QuoteClaim, str, str]]:
    named = [q for q in statement if q.speaker and q.speaker_named]
    votes = Counter(surname(q) for q in named)
    if len(votes) < 2:
        return []
    usual = max(sorted(votes), key=lambda name: votes[name])
    anchors = [q for q in named if surname(q) == usual]
    out = []
    for quote in named:
        anchor = next((a for a in anchors if a is not quote and in_scope(rule, a, quote)), None)
        if surname(quote) != usual and anchor is not None and not same_speaker(anchor, quote):
            message = (
                f"{anchor.doc.label}: “{clipped(anchor.quote, 80)}” by {anchor.speaker}; "
                f"{quote.doc.label}: by {quote.speaker}"
            )
            out.append((anchor, quote, "discrepancy", message))
    return out


def _wording_outliers(
    rule: Rule, statement: list[QuoteClaim], allowed: float
) -> list[tuple[QuoteClaim, QuoteClaim, str, str]]:
    wordings = Counter(words(q) for q in statement)
    usual = max(sorted(wordings), key=lambda w: (wordings[w], len(w)))
    anchors = [q for q in statement if words(q) == usual]
    out = []
    for quote in statement:
        anchor = next((a for a in anchors if a is not quote and in_scope(rule, a, quote)), None)
        if anchor is None or words(quote) == usual:
            continue
        score = likeness(anchor, quote)
        if score >= 100:
            out.append((anchor, quote, "consistent", ""))
        elif score >= allowed:
            out.append((anchor, quote, "within-tolerance", ""))
        else:
            message = (
                f"{anchor.doc.label}: “{clipped(anchor.quote, 70)}” vs "
                f"{quote.doc.label}: “{clipped(quote.quote, 70)}” (likeness {score:.0f})"
            )
            out.append((anchor, quote, "discrepancy", message))
    return out
