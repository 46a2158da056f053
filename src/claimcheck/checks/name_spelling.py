"""name-spelling (built-in) — one person's name spelled differently across sources.

What it does: compares person names found in different documents. Two names are taken as one person
spelled two ways when they have the same number of words, all words but one are identical once
accents and case are dropped, and the differing word is close (rapidfuzz ratio ≥ 80) and starts with
the same letter: "Samvel Shahramanyan" / "Samvel Shakhramanyan", "López" / "Lépez". Accents alone are
not a finding ("Lopez" / "López"), and people who share a surname but not a first name ("Araik
Arutyunyan" / "Artur Arutyunyan") are never merged.

Why: a misspelled name breaks search, archives and corrections.

Switch off in any rule file with ``builtins: {name-spelling: false}``.
"""

from __future__ import annotations

from collections import defaultdict

from rapidfuzz import fuzz

from claimcheck.models import Claim, Finding, NameClaim, Verdict
from claimcheck.rules.model import Rule

from .pairs import finding

RULE = Rule(id="name-spelling", title="Name spelled differently across sources", severity="warning", kind="name")


def variant_of(a: str, b: str) -> bool:
    """Whether folded names `a` and `b` are one name spelled two ways."""
    wa, wb = a.split(), b.split()
    if a == b or len(wa) != len(wb) or len(wa) < 2:
        return False
    differing = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(differing) != 1:
        return False
    x, y = differing[0]
    return x[0] == y[0] and min(len(x), len(y)) >= 3 and fuzz.ratio(x, y) >= 80


def block(claim: Claim) -> str | None:
    """The block a name is compared within (None: not read): its number of words and their initials.
    Two spellings of one name agree on both, so blocks can be checked, and kept, one by one."""
    return block_of_form(claim.normalized) if isinstance(claim, NameClaim) else None


def block_of_form(form: str) -> str:
    words = form.split()
    return f"{len(words)}:{''.join(word[0] for word in words)}"


def check(claims: list[Claim]) -> tuple[list[Verdict], list[Finding]]:
    names = [c for c in claims if isinstance(c, NameClaim)]
    by_form: dict[str, list[NameClaim]] = defaultdict(list)
    for claim in names:
        by_form[claim.normalized].append(claim)
    by_word: dict[str, set[str]] = defaultdict(set)
    for form in by_form:
        for word in form.split():
            by_word[word].add(form)
    findings, verdicts, seen = [], [], set()
    for form in sorted(by_form):
        candidates = sorted({other for word in form.split() for other in by_word[word]} - {form})
        for other in candidates:
            if (other, form) in seen or not variant_of(form, other):
                continue
            seen.add((form, other))
            a, b = _across(by_form[form], by_form[other])
            if a is None or b is None:
                continue
            message = f"{a.doc.outlet or a.doc.id} writes “{a.name}”, {b.doc.outlet or b.doc.id} writes “{b.name}”"
            findings.append(finding(RULE, a, b, message, False, {"forms": [a.name, b.name]}, RULE.severity))
            verdicts.append(Verdict(rule=RULE.id, verdict="discrepancy", reason=message, claims=sorted([a.id, b.id])))
    return verdicts, findings


def _across(first: list[NameClaim], second: list[NameClaim]) -> tuple[NameClaim | None, NameClaim | None]:
    """A pair of mentions from two different documents, first in document order."""
    for a in sorted(first, key=lambda c: (c.doc.id, c.start)):
        for b in sorted(second, key=lambda c: (c.doc.id, c.start)):
            if a.doc.id != b.doc.id:
                return a, b
    return None, None
