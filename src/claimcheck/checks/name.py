"""name — the mentions of one person a rule selects must spell the name the same way.

What it does: the rule's `select` picks the mentions of one person, usually by `name:` (words of the
name, with `fuzzy:` below 100 to reach misspellings). Each spelling is compared with the one most
documents use, graded as `name-spelling` grades: a changed, dropped, added or transposed letter, or a
letter transliterated differently, is a finding at the rule's severity; standard romanisation variants
(-yev/-ev, ou/u) at `info` at most; accents, case and the dots of initials are not a difference.
Mentions that are not one name spelled two ways (another word count, another given name: a relative
who shares the surname) are not-comparable, never a finding. `compare: {scope: across | within | both}`
chooses between documents, inside one, or both.

Why: one person's name must read the same in every story, or search and corrections miss it.

Verdicts: consistent (every spelling agrees), not-comparable, discrepancy (a finding).

Example::

    - id: ministry-spokesperson
      title: Spelling of the ministry spokesperson's name
      kind: name
      select: {name: [Zakharova], fuzzy: 80}
"""

from __future__ import annotations

from collections import defaultdict

from claimcheck.models import Claim, Finding, NameClaim, Verdict
from claimcheck.rules.model import Rule

from .base import ANY_BLOCK
from .pairs import finding, group_verdict, in_scope, stable_key
from .spellings import spelling_difference

KIND = "name"


def block(rule: Rule, claim: Claim) -> str:
    """Every name a rule selects is compared with the spelling most documents use: one block."""
    return ANY_BLOCK


def check(rule: Rule, claims: list[Claim]) -> tuple[list[Verdict], list[Finding]]:
    names = sorted((c for c in claims if isinstance(c, NameClaim)), key=stable_key)
    if not names:
        return [], []
    by_form: dict[str, list[NameClaim]] = defaultdict(list)
    for claim in names:
        by_form[claim.normalized].append(claim)
    usual = max(sorted(by_form), key=lambda form: len({c.doc.id for c in by_form[form]}))
    kinds, notes, findings = [], [], []
    for form in sorted(by_form):
        if form == usual:
            kinds.append("consistent")
            continue
        difference = spelling_difference(usual, form)
        pair = _pair(rule, by_form[usual], by_form[form])
        if difference is None or pair is None:
            kinds.append("not-comparable")
            continue
        a, b = pair
        outlier = len({c.doc.id for c in by_form[usual]}) >= 2  # the usual spelling is a consensus: b departs
        a, b = (b, a) if outlier else (a, b)
        message = f"{a.doc.label} writes “{a.name}”, {b.doc.label} writes “{b.name}”: " + difference.describe()
        severity = "info" if difference.romanisation else rule.severity
        kinds.append("discrepancy")
        notes.append(message)
        detail = {"forms": [a.name, b.name], "romanisation": difference.romanisation}
        findings.append(finding(rule, a, b, message, False, detail, severity, outlier))
    return [group_verdict(rule, names, kinds, notes)], findings


def _pair(rule: Rule, usual: list[NameClaim], other: list[NameClaim]) -> tuple[NameClaim, NameClaim] | None:
    """The first mention of the usual spelling and of the other one that the rule's scope lets compare."""
    for b in other:
        for a in usual:
            if in_scope(rule, a, b):
                return a, b
    return None
