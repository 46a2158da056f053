"""quote-speaker (built-in) — the same quote attributed to different speakers.

What it does: finds direct quotes of five words or more that are nearly the same text (rapidfuzz
token-set ratio ≥ 90) in two documents, and flags those whose speakers differ (by surname, accents
and case ignored). Quotes with no speaker found are not compared.

Why: a quote put in the wrong mouth is one of the most damaging errors a copy can carry.

Switch off with ``builtins: {quote-speaker: false}``.
"""

from __future__ import annotations

from claimcheck.models import Claim, Finding, Verdict
from claimcheck.rules.model import Rule

from .pairs import finding
from .quotes import comparable_quotes, likeness, same_speaker

RULE = Rule(id="quote-speaker", title="Same quote, different speaker", severity="warning", kind="quote")


def check(claims: list[Claim]) -> tuple[list[Verdict], list[Finding]]:
    quotes = [q for q in comparable_quotes(claims) if q.speaker]
    findings, verdicts = [], []
    for i, a in enumerate(quotes):
        for j in range(i + 1, len(quotes)):
            b = quotes[j]
            if a.doc.id == b.doc.id or likeness(a, b) < 90 or same_speaker(a, b):
                continue
            message = f"{a.doc.outlet}: “{a.quote[:80]}” by {a.speaker}; {b.doc.outlet}: by {b.speaker}"
            findings.append(finding(RULE, a, b, message, False, {"speakers": [a.speaker, b.speaker]}, RULE.severity))
            verdicts.append(Verdict(rule=RULE.id, verdict="discrepancy", reason=message, claims=sorted([a.id, b.id])))
    return verdicts, findings
