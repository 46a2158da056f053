"""name-spelling (built-in) — one person's name spelled differently across sources.

What it does: compares the person names found in different documents. Two names are one person spelled
two ways when they have the same number of words, every word is the same or a variant of it, and at
most one word is misspelt:

- a changed, dropped, added or transposed letter, or different vowels, in one word ("López" /
  "Lépez", "Anubhav" / "Anubha", "Melvin" / "Kelvin"): a finding at `warning`;
- a letter transliterated two ways (Kh/H, Y/I, Ye/E, a Cyrillic letter written two ways: "Shakhramanyan"
  / "Shahramanyan", "Yuri" / "Iuri"), even as the first letter: a finding at `warning`;
- only standard romanisation variants (-yev/-ev, ou/u, an umlaut or ß spelled out: "Müller" / "Mueller"): a
  finding at `info`;
- accents or case alone ("Lopez" / "López"), or initials written with or without dots ("K. S." / "KS"):
  no finding.

Every word may be misspelt ("Sarina Wiegman" / "Serina Weighman") when the texts give both spellings the same
role ("England coach Sarina Wiegman", "coach Serina Weighman").

People who share only a surname ("Araik Arutyunyan" / "Artur Arutyunyan", a father and his son) are
never merged. The message says what differs ("o for e", "v left out", "letters swapped").

Why: a misspelled name breaks search, archives and corrections.

Switch off in any rule file with ``builtins: {name-spelling: false}``.
"""

from __future__ import annotations

from collections import defaultdict

from claimcheck.extract.lexicon import lexicon
from claimcheck.extract.names import normalized_name
from claimcheck.extract.words import words_of
from claimcheck.models import Claim, Finding, NameClaim, Verdict
from claimcheck.rules.model import Rule

from .pairs import finding
from .spellings import SpellingDifference, block_of_form, skeleton, spelled_out, spelling_difference, variant_of

RULE = Rule(id="name-spelling", title="Name spelled differently across sources", severity="warning", kind="name")

__all__ = ["RULE", "block", "block_of_form", "check", "variant_of"]


def block(claim: Claim) -> str | None:
    """The block a name is compared within (None: not read): its number of words and the sound its last word
    starts with. Two spellings of one name agree on both, so blocks can be checked, and kept, one by one."""
    return block_of_form(claim.normalized) if isinstance(claim, NameClaim) else None


def check(claims: list[Claim]) -> tuple[list[Verdict], list[Finding]]:
    by_form: dict[str, list[NameClaim]] = defaultdict(list)
    for claim in claims:
        if isinstance(claim, NameClaim):
            by_form[claim.normalized].append(claim)
    by_word: dict[str, set[str]] = defaultdict(set)
    # a role's head within a block: only two spellings of one block can be one name, so a common role
    # ("minister") is not compared across every name that has it
    by_role: dict[tuple[str, str], set[str]] = defaultdict(set)
    roles = {
        form: {(head, block_of_form(form)) for head in _role_heads(mentions)} for form, mentions in by_form.items()
    }
    for form in by_form:
        for word in form.split():
            by_word[skeleton(word)].add(form)
        for role in roles[form]:
            by_role[role].add(form)
    findings, verdicts, seen = [], [], set()
    for form in sorted(by_form):
        spelled = {other for word in form.split() for other in by_word[skeleton(word)]}
        same_role = {other for role in roles[form] for other in by_role[role]}
        for other in sorted((spelled | same_role) - {form}):
            if (other, form) in seen:
                continue
            difference = spelling_difference(form, other) or (
                spelling_difference(form, other, every_word=True) if other in same_role else None
            )
            if difference is None:
                continue
            seen.add((form, other))
            a, b = _across(by_form[form], by_form[other])
            if a is None or b is None:
                continue
            if _spelled_out_alike(a, b):  # "Müller" / "Mueller"
                difference = SpellingDifference(True, (_spelled_out_letters(a.name + b.name),))
            message = f"{a.doc.label} writes “{a.name}”, {b.doc.label} writes “{b.name}”: " + difference.describe()
            severity = "info" if difference.romanisation else RULE.severity
            detail = {"forms": [a.name, b.name], "romanisation": difference.romanisation}
            findings.append(finding(RULE, a, b, message, False, detail, severity))
            verdicts.append(Verdict(rule=RULE.id, verdict="discrepancy", reason=message, claims=sorted([a.id, b.id])))
    return verdicts, findings


def _spelled_out_alike(a: NameClaim, b: NameClaim) -> bool:
    """Whether one name is the other with the letters it writes spelled out ("Jürgen Müller" / "Jurgen Mueller")."""
    wa, wb = a.name.split(), b.name.split()
    if len(wa) != len(wb):
        return False
    forms = [
        ({normalized_name(x), normalized_name(spelled_out(x))}, {normalized_name(y), normalized_name(spelled_out(y))})
        for x, y in zip(wa, wb, strict=True)
    ]
    return all(fx & fy for fx, fy in forms)


def _spelled_out_letters(names: str) -> str:
    letters = lexicon().spelled_out_letters
    shown = ", ".join(f"{ch} as {letters[ch]}" for ch in sorted(set(names) & letters.keys()))
    return f"{shown} spelled out: a standard romanisation variant"


def _role_heads(mentions: list[NameClaim]) -> set[str]:
    """The last words of the roles the texts give a name ("England coach", "since coach Serina Weighman's
    takeover": coach): two spellings that share one are given the same role."""
    return {words[-1] for c in mentions if c.role for words in [words_of(c.role)] if words}


def _across(first: list[NameClaim], second: list[NameClaim]) -> tuple[NameClaim | None, NameClaim | None]:
    """A pair of mentions from two different documents, first in document order."""
    for a in sorted(first, key=lambda c: (c.doc.id, c.start)):
        for b in sorted(second, key=lambda c: (c.doc.id, c.start)):
            if a.doc.id != b.doc.id:
                return a, b
    return None, None
