"""quote-wording (built-in) — one speaker's quote worded differently between sources.

What it does: for direct quotes of five words or more by the same speaker (by surname) in two
documents, flags pairs that are clearly the same statement (rapidfuzz partial ratio ≥ 65) yet
differ in wording (< 90). Two different statements by one speaker are below the first
threshold and are not compared.

Why: a reworded quote is no longer what the person said.

Switch off with ``builtins: {quote-wording: false}``.
"""

from __future__ import annotations

from collections import defaultdict

from claimcheck.models import Claim, Finding, QuoteClaim, Verdict
from claimcheck.models.text import clipped
from claimcheck.rules.model import Rule

from .pairs import finding
from .quotes import attributed_quote, comparable_quotes, folded, likeness, surname

RULE = Rule(id="quote-wording", title="Same speaker, quote worded differently", severity="info", kind="quote")
SAME_STATEMENT = 65
SAME_WORDING = 90
# Each quote is compared with the next WINDOW quotes of the same speaker (in document order): bounded cost
# when one speaker is quoted thousands of times.
WINDOW = 200


def _distinct(group: list[QuoteClaim]) -> list[QuoteClaim]:
    """One quote per wording (the first in document order): identical wordings need no comparing."""
    seen: dict[str, QuoteClaim] = {}
    for quote in group:
        seen.setdefault(folded(quote.quote), quote)
    return list(seen.values())


def block(claim: Claim) -> str | None:
    """The block a quote is compared within (None: not read): its speaker's surname, for attributed direct
    quotes of five words or more. Blocks are checked, and kept, one by one."""
    return surname(claim) if isinstance(claim, QuoteClaim) and attributed_quote(claim) else None


def check(claims: list[Claim]) -> tuple[list[Verdict], list[Finding]]:
    by_speaker: dict[str, list[QuoteClaim]] = defaultdict(list)
    for quote in comparable_quotes(claims):
        by_speaker[surname(quote)].append(quote)
    findings, verdicts = [], []
    for speaker in sorted(by_speaker):
        best: dict[tuple[str, str], tuple[float, QuoteClaim, QuoteClaim]] = {}
        group = _distinct(by_speaker[speaker])
        for i, a in enumerate(group):
            for b in group[i + 1 : i + 1 + WINDOW]:
                if a.doc.id == b.doc.id:
                    continue
                score = likeness(a, b, SAME_STATEMENT)
                key = (a.doc.id, b.doc.id)
                if score >= SAME_STATEMENT and (key not in best or score > best[key][0]):
                    best[key] = (score, a, b)
        for key in sorted(best):
            score, a, b = best[key]
            if score < SAME_WORDING:
                message = f"{a.doc.label}: “{clipped(a.quote, 70)}” vs {b.doc.label}: “{clipped(b.quote, 70)}” (likeness {score:.0f})"
                findings.append(finding(RULE, a, b, message, False, {"likeness": round(score, 1)}, RULE.severity))
                verdicts.append(
                    Verdict(rule=RULE.id, verdict="discrepancy", reason=message, claims=sorted([a.id, b.id]))
                )
    return verdicts, findings
