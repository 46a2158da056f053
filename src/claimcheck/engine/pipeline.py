"""run: documents and claims → verdicts and findings → one `Report` record."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Literal

from claimcheck.checks import BUILTINS, CHECKS
from claimcheck.checks.frames import remembered
from claimcheck.engine.tasks import Member, Selector, TaskStats, members_of, run_tasks
from claimcheck.models import Claim, Document, Finding, QuantityClaim, Report, Verdict
from claimcheck.models.finding import SEVERITY_RANK, CorpusSummary, DocumentEntry, Severity
from claimcheck.rules.model import RuleSet
from claimcheck.version import __version__

if TYPE_CHECKING:
    from claimcheck.engine.extraction import StoredCorpus


# While a check step runs, the young objects are collected after this many allocations, not Python's 700: the
# step makes millions of short-lived objects (figures, frames, verdicts) that reference counting frees anyway.
YOUNG_OBJECTS = 100_000


@contextmanager
def collected_apart() -> Iterator[None]:
    """The objects that exist now (the claims above all) kept out of garbage collection while the block runs:
    otherwise every full collection walks all of them again, and a check step over 10^6 claims spends a large
    share of its time there; and the young objects collected less often (`YOUNG_OBJECTS`). Left as it is when
    something else has already done so (`gc.freeze`)."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], YOUNG_OBJECTS), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def run_rules(rules: RuleSet, claims: list[Claim]) -> tuple[list[Verdict], list[Finding]]:
    """Every rule over its selected claims, then the built-in rules that are switched on (in memory)."""
    with collected_apart(), remembered():
        return _run_rules(rules, claims)


def _run_rules(rules: RuleSet, claims: list[Claim]) -> tuple[list[Verdict], list[Finding]]:
    selector = Selector(rules)
    per_document: dict[str, list[Claim]] = {}
    for claim in claims:
        per_document.setdefault(claim.doc.id, []).append(claim)
    groups = list(per_document.values())
    selections = [(p, _document_of(g[0]), selector.records(g, identities=False)) for p, g in enumerate(groups)]

    def load(members: Sequence[Member]) -> list[Claim]:
        return [groups[position][record[0]] for position, record in members]

    return run_tasks(selector.tasks, members_of(selections), load)


def _document_of(claim: Claim) -> Document:
    """Enough of a claim's document to order its claims by."""
    ref = claim.doc
    return Document(id=ref.id, title=ref.title, published=ref.published, path=ref.path, format="text", text="")


def build_report(
    documents: Sequence[Document],
    claim_count: int,
    verdicts: list[Verdict],
    findings: list[Finding],
    rule_ids: list[str],
    mode: Literal["report", "discover"] = "report",
    skipped: Sequence[str] = (),
    rank: Callable[[Finding], float] | None = None,
) -> Report:
    """The report record; findings by severity then rule, or by `rank` (highest first) where one is given."""
    unique = {f.id: f for f in findings}
    if rank is None:
        ordered = sorted(unique.values(), key=lambda f: (-SEVERITY_RANK[f.severity], f.rule, f.id))
    else:
        ordered = sorted(unique.values(), key=lambda f: (-SEVERITY_RANK[f.severity], -rank(f), f.rule, f.id))
    dates = sorted(d.published for d in documents if d.published)
    summary = CorpusSummary(
        documents=len(documents),
        outlets=sorted({d.outlet or "unknown" for d in documents}),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        skipped=list(skipped),
    )
    entries = [
        DocumentEntry(
            id=d.id,
            title=d.title,
            outlet=d.outlet,
            published=d.published,
            url=d.url,
            path=d.path,
            line=d.line,
        )
        for d in documents
    ]
    return Report(
        version=__version__,
        mode=mode,
        corpus=summary,
        documents=entries,
        rules=sorted(rule_ids),
        findings=ordered,
        verdicts=sorted(verdicts, key=lambda v: (v.rule, v.claims)),
        claim_count=claim_count,
    )


def _in_stable_order(documents: Sequence[Document], claims: list[Claim]) -> tuple[list[Document], list[Claim]]:
    ordered_docs = sorted(documents, key=lambda d: (d.path, d.line, d.id))
    ordered_claims = sorted(claims, key=lambda c: (c.path, c.line, c.start, c.kind, c.id))
    return ordered_docs, ordered_claims


def check(documents: Sequence[Document], claims: list[Claim], rules: RuleSet, skipped: Sequence[str] = ()) -> Report:
    """Apply the rules (and built-ins) to the claims of the documents; `skipped` lists unreadable files."""
    documents, claims = _in_stable_order(documents, claims)
    verdicts, findings = run_rules(rules, claims)
    return build_report(documents, len(claims), verdicts, findings, _rule_ids(rules), skipped=skipped)


def check_corpus(
    corpus: StoredCorpus,
    rules: RuleSet,
    skipped: Sequence[str] = (),
    stats: TaskStats | None = None,
    group_claims: dict[str, Claim] | None = None,
) -> Report:
    """`check` over a corpus in the claim store: each task reads only its own claims, and a task whose
    claims are the same as in an earlier run takes its result from the store (counted in `stats`). With
    `group_claims`, the claims of every group whose verdict is a discrepancy are put there, by id."""
    selector = Selector(rules, corpus.max_claims)
    with collected_apart():
        verdicts, findings = run_tasks(
            selector.tasks, corpus.members(selector), corpus.load, corpus.store, stats, group_claims
        )
    documents = sorted(corpus.documents, key=lambda d: (d.path, d.line, d.id))
    return build_report(documents, corpus.claim_count, verdicts, findings, _rule_ids(rules), skipped=skipped)


def _rule_ids(rules: RuleSet) -> list[str]:
    return [r.id for r in rules.rules] + [n for n in BUILTINS if rules.builtins.get(n, True)]


def discover(documents: Sequence[Document], claims: list[Claim], skipped: Sequence[str] = ()) -> Report:
    """Group the claims that speak of the same fact with no rules, and check each group."""
    from claimcheck.discover import discovered_groups

    documents, claims = _in_stable_order(documents, claims)
    verdicts: list[Verdict] = []
    findings: list[Finding] = []
    groups = discovered_groups(claims)
    reported: set[tuple[str, ...]] = set()  # a figure in two facts: each disagreeing pair is one finding
    for rule, group in groups:
        v, f = CHECKS[rule.kind].check(rule, group)
        verdicts += v
        for made in f:
            pair = tuple(sorted(c.id for c in made.claims))
            if pair not in reported:
                reported.add(pair)
                findings.append(made.model_copy(update={"severity": discovery_severity(made)}))
    for module in BUILTINS.values():
        v, f = module.check(claims)
        verdicts += v
        findings += f
    ids = [rule.id for rule, _ in groups] + list(BUILTINS)
    return build_report(
        documents, len(claims), verdicts, findings, ids, mode="discover", skipped=skipped, rank=discovery_rank
    )


# A discovered disagreement at least this large (its rank, see `discovery_rank`) is a warning; smaller ones,
# and an article that contradicts itself, are info.
WARNING_RANK = 0.1


def discovery_severity(finding: Finding) -> Severity:
    """How loud a discovered disagreement is: a warning when the grouping is sure and the gap large (a tenth
    of the figures or more, a stated bound broken, a day or more between dates), else info."""
    if finding.within_document:
        return "info"
    return "warning" if discovery_rank(finding) >= WARNING_RANK else "info"


def discovery_rank(finding: Finding) -> float:
    """How much a discovered disagreement deserves a look: how sure the grouping is times how large the gap.
    Two exact figures written with the same digits in another order ("948" and "984") are a slip of one of
    them however small the gap, and rank as a broken bound does; so are two exact ages in whole years of one
    person ("Jeff Bush, 37" and "Jeff Bush, 36"): an age is no rounding of another."""
    if finding.detail.get("bound_broken") or _transposed(finding) or _two_exact_ages(finding):
        return finding.confidence * 0.5
    gap = finding.detail.get("gap")
    if isinstance(gap, float | int):
        intervals = finding.detail.get("intervals")
        intervals = intervals if isinstance(intervals, list) else []
        sizes = [
            abs(i[key])
            for i in intervals
            if isinstance(i, dict)
            for key in ("point", "low", "high")
            if isinstance(i.get(key), float | int)
        ]
        size = max(sizes, default=0.0) or 1.0
        return finding.confidence * min(1.0, float(gap) / size)
    days = finding.detail.get("days_apart")
    if isinstance(days, int):
        return finding.confidence * min(1.0, 0.3 + days / 30)
    return finding.confidence * 0.5


def _two_exact_ages(finding: Finding) -> bool:
    """Whether a finding's two figures are ages in whole years, neither hedged ("about 40")."""
    quantities = [c for c in finding.claims if isinstance(c, QuantityClaim)]
    return len(quantities) == 2 and all(
        c.counted == "age" and c.value.point is not None and not c.value.approx and c.value.point.is_integer()
        for c in quantities
    )


def _transposed(finding: Finding) -> bool:
    """Whether a finding's two figures are exact and written with the same digits in another order; or, hedged
    ("some 3,524" and "some 3,254"), written to the unit with four digits or more of which two next to each
    other are swapped: a hedge does not make a figure land on its own digits swapped."""
    quantities = [c for c in finding.claims if isinstance(c, QuantityClaim)]
    if len(quantities) != 2 or any(c.value.point is None for c in quantities):
        return False
    a, b = ("".join(ch for ch in c.text if ch.isdigit()) for c in quantities)
    if any(c.value.approx for c in quantities):
        return len(a) >= 4 and len(a) == len(b) and a[-1] != "0" and _adjacent_swap(a, b)
    return len(a) >= 2 and a != b and sorted(a) == sorted(b)


def _adjacent_swap(a: str, b: str) -> bool:
    """Whether b is a with two neighbouring digits, which differ, swapped."""
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
