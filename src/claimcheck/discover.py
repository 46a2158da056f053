"""Discovery: with no rules, group the claims that speak of the same fact and turn each group into a
draft rule, so that a new corpus shows its disagreements before anyone writes a rule file."""

from __future__ import annotations

import re
from collections import defaultdict

import yaml

from claimcheck.extract.lexicon import lexicon
from claimcheck.models import Claim, DateClaim, QuantityClaim
from claimcheck.rules.model import Compare, Rule, Select
from claimcheck.rules.select import has_term, stem, words_of

TOLERANCE = "10%"


GENERIC_HEADS = {
    "people",
    "person",
    "persons",
    "individual",
    "civilian",
    "men",
    "women",
    "child",
    "children",
    "adult",
    "citizen",
    "others",
    "other",
    "more",
}


def _concept_in(text: str | None) -> str | None:
    for concept, words in lexicon().concepts.items():
        if any(has_term(text, w) for w in words):
            return concept
    return None


def concept_of(claim: QuantityClaim) -> str | None:
    """What a figure counts: what happened to it ("inhabitants fled" → displaced), else the concept of its head
    noun ("refugees" → displaced), else None for a head of its own ("officers"); for a generic head
    ("people") or none, the concept of what happened ("people killed" → deaths); else None."""
    head = head_of(claim)
    counted = claim.counted or ""
    demonym = bool(counted) and counted.split()[-1][:1].isupper()  # "ethnic Armenians": people
    happened = _concept_in(claim.predicate)
    if head and head not in GENERIC_HEADS and not demonym:
        kind = _concept_in(head)
        # "120,000 inhabitants fled" counts who fled; "10,000 police officers mobilised" stays officers.
        return (happened or kind) if kind else None
    return happened or _concept_in(claim.counted)


def head_of(claim: QuantityClaim) -> str | None:
    words = words_of(claim.counted or "")
    return words[-1] if words else None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40]


def _verb_stem(predicate: str) -> str:
    word = words_of(predicate)[0] if words_of(predicate) else ""
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)]
    return word


def quantity_key(claim: QuantityClaim) -> tuple[str, str, str] | None:
    if claim.value.point is None or claim.counted == "age":
        return None
    dimension = claim.canonical.unit if claim.canonical else "count"
    concept = concept_of(claim)
    subject = concept or head_of(claim)
    if subject and not concept and claim.predicate:
        # A thing of its own ("trains"): what happened to it is part of the fact ("cancelled" vs "involved").
        subject = f"{subject} {_verb_stem(claim.predicate)}"
    if subject is None and claim.canonical and claim.scope:
        subject = "measure"  # "250 km south of Kolkata": a measure of something about a place
    if subject in GENERIC_HEADS:
        return None
    if not subject:
        return None
    return subject, dimension, stem((claim.scope or "").lower())


def _quantity_rule(key: tuple[str, str, str], claims: list[QuantityClaim], story: int) -> Rule:
    subject, dimension, scope = key
    words = lexicon().concepts.get(subject)
    head, _, verb = subject.partition(" ")
    said = [w for c in claims if c.predicate for w in words_of(c.predicate)[:1]]
    select = Select(predicate=words) if words else Select(counted=[head], predicate=said[:1] if verb else [])
    if dimension != "count":
        select = select.model_copy(update={"unit": dimension})
    title = f"{subject} ({dimension}{', ' + scope if scope else ''})"
    grows = subject in lexicon().growing_concepts
    return Rule(
        id=_slug(f"story{story + 1}-{subject}-{dimension}-{scope}"),
        title=f"Figures for {title}",
        severity="info",
        kind="quantity",
        select=select,
        compare=Compare(tolerance=TOLERANCE, time="same", grows=grows, attributed="info"),
        description=_examples(claims),
    )


def event_concept(claim: DateClaim) -> str | None:
    for concept, words in lexicon().event_concepts.items():
        if any(has_term(claim.event, w) for w in words):
            return concept
    return None


def _date_rule(concept: str, claims: list[DateClaim], story: int) -> Rule:
    return Rule(
        id=f"story{story + 1}-date-{concept}",
        title=f"Date of the {concept}",
        severity="info",
        kind="date",
        select=Select(event=lexicon().event_concepts[concept]),
        compare=Compare(tolerance="0"),
        description=_examples(claims),
    )


def _examples(claims: list) -> str:
    lines = [f"{c.doc.outlet or c.doc.id}: {c.sentence.strip()[:160]}" for c in claims[:6]]
    return "\n".join(lines)


_PROPER = re.compile(r"\b[A-Z][a-z]{3,}\b")


def stories(claims: list[Claim]) -> dict[str, int]:
    """Document id → story number: documents that share the proper nouns they use most tell one story."""
    nouns: dict[str, set[str]] = defaultdict(set)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for claim in claims:
        words = counts[claim.doc.id]
        for word in _PROPER.findall(claim.sentence + " " + claim.doc.title):
            words[word] += 1
    for doc, words in counts.items():
        nouns[doc] = {w for w, _ in sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:15]}
    docs = sorted(nouns)
    parent = {d: d for d in docs}

    def root(d: str) -> str:
        while parent[d] != d:
            d = parent[d]
        return d

    for i, a in enumerate(docs):
        for b in docs[i + 1 :]:
            union = nouns[a] | nouns[b]
            if union and len(nouns[a] & nouns[b]) / len(union) >= 0.12:
                parent[root(b)] = root(a)
    roots = sorted({root(d) for d in docs})
    return {d: roots.index(root(d)) for d in docs}


def discovered_groups(claims: list[Claim]) -> list[tuple[Rule, list[Claim]]]:
    """(draft rule, its claims) for every fact reported by two documents or more of one story."""
    story = stories(claims)
    quantities: dict[tuple[str, str, str, int], list[QuantityClaim]] = defaultdict(list)
    dates: dict[tuple[str, int], list[DateClaim]] = defaultdict(list)
    for claim in claims:
        if isinstance(claim, QuantityClaim) and (key := quantity_key(claim)):
            quantities[(*key, story[claim.doc.id])].append(claim)
        elif isinstance(claim, DateClaim) and claim.value.granularity == "day" and (concept := event_concept(claim)):
            dates[(concept, story[claim.doc.id])].append(claim)
    groups: list[tuple[Rule, list[Claim]]] = []
    for (subject, dimension, scope, number), group in sorted(quantities.items()):
        if len(group) >= 2:
            groups.append((_quantity_rule((subject, dimension, scope), group, number), list(group)))
    for (concept, number), date_group in sorted(dates.items()):
        if len({c.doc.id for c in date_group}) >= 2:
            groups.append((_date_rule(concept, date_group, number), list(date_group)))
    return groups


def draft_rule_file(claims: list[Claim]) -> str:
    """A rule file for a person to review: one rule per discovered group, with the sentences behind it."""
    out = ["# Draft rules found by `claimcheck discover`. Review, edit, keep what holds.", ""]
    rules = []
    for rule, _ in discovered_groups(claims):
        data = rule.model_dump(
            mode="json",
            by_alias=True,
            exclude_none=True,
            exclude={"description", "source"},
            exclude_defaults=False,
        )
        comment = "\n".join(f"  # {line}" for line in (rule.description or "").splitlines())
        rules.append((comment, yaml.safe_dump([data], sort_keys=False, allow_unicode=True)))
    out.append("rules:")
    for comment, body in rules:
        out.append(comment)
        out.append("\n".join("  " + line for line in body.rstrip().splitlines()))
    return "\n".join(out) + "\n"
