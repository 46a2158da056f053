"""quote-speaker (built-in) — the same quote attributed to different speakers.

What it does: groups direct quotes of five words or more that are nearly the same text (rapidfuzz
partial ratio ≥ 90, accents and case ignored) across documents. Where the documents of a group name
different speakers (by surname), each document that departs from the speaker most documents name is
reported once, against one document that names that speaker. A speaker whose name a document misspells
("Kowalczik" for "Kowalczyk") is the same speaker: `name-spelling` reports the spelling. Quotes with no
speaker found, or whose speaker the article only describes ("a resident"), are not compared.

Why: a quote put in the wrong mouth is one of the most damaging errors a copy can carry.

Switch off with ``builtins: {quote-speaker: false}``.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from claimcheck.extract.words import fold
from claimcheck.models import Claim, Finding, QuoteClaim, Verdict
from claimcheck.models.text import clipped
from claimcheck.rules.model import Rule

from .pairs import finding
from .quotes import attributed_quote, comparable_quotes, likeness, same_speaker, surname

RULE = Rule(id="quote-speaker", title="Same quote, different speaker", severity="warning", kind="quote")
SAME_QUOTE = 90


def same_quote_groups(quotes: list[QuoteClaim]) -> list[list[QuoteClaim]]:
    """Groups of nearly identical quotes; blocked on their first words so the cost stays near-linear."""
    blocks: dict[str, list[QuoteClaim]] = defaultdict(list)
    for quote in quotes:
        blocks[_opening(quote)].append(quote)
    groups: list[list[QuoteClaim]] = []
    for key in sorted(blocks):
        clusters: list[list[QuoteClaim]] = []
        for quote in blocks[key]:
            home = next((c for c in clusters if likeness(c[0], quote) >= SAME_QUOTE), None)
            if home is None:
                clusters.append([quote])
            else:
                home.append(quote)
        groups += [c for c in clusters if len({q.doc.id for q in c}) >= 2]
    return groups


def block(claim: Claim) -> str | None:
    """The block a quote is compared within (None: not read): the first three words of an attributed
    direct quote of five words or more. Blocks are checked, and kept, one by one."""
    return _opening(claim) if isinstance(claim, QuoteClaim) and attributed_quote(claim) else None


def _opening(quote: QuoteClaim) -> str:
    return " ".join(fold(quote.quote).split()[:3])


def check(claims: list[Claim]) -> tuple[list[Verdict], list[Finding]]:
    quotes = comparable_quotes(claims)
    findings, verdicts = [], []
    for group in same_quote_groups(quotes):
        by_doc: dict[str, QuoteClaim] = {}
        for quote in group:
            by_doc.setdefault(quote.doc.id, quote)
        votes = Counter(surname(q) for q in by_doc.values())
        if len(votes) < 2:
            continue
        majority = max(sorted(votes), key=lambda name: votes[name])
        anchor = next(q for q in by_doc.values() if surname(q) == majority)
        for quote in by_doc.values():
            if same_speaker(quote, anchor):
                continue
            message = (
                f"{anchor.doc.label}: “{clipped(anchor.quote, 80)}” by {anchor.speaker}; "
                f"{quote.doc.label}: by {quote.speaker}"
            )
            findings.append(
                finding(
                    RULE, anchor, quote, message, False, {"speakers": [anchor.speaker, quote.speaker]}, RULE.severity
                )
            )
            verdicts.append(
                Verdict(rule=RULE.id, verdict="discrepancy", reason=message, claims=sorted([anchor.id, quote.id]))
            )
    return verdicts, findings
