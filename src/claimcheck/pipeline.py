"""run: documents and claims → verdicts and findings → one `Report` record."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

from claimcheck import __version__
from claimcheck.checks import BUILTINS, CHECKS
from claimcheck.models import Claim, Document, Finding, Report, Verdict
from claimcheck.models.finding import SEVERITY_RANK, CorpusSummary, DocumentEntry
from claimcheck.rules.model import RuleSet
from claimcheck.rules.select import ClaimIndex


def run_rules(rules: RuleSet, claims: list[Claim]) -> tuple[list[Verdict], list[Finding]]:
    """Every rule over its selected claims, then the built-in rules that are switched on."""
    verdicts: list[Verdict] = []
    findings: list[Finding] = []
    index = ClaimIndex(claims)
    for rule in rules.rules:
        selected = index.select(rules, rule)
        if rule.kind in CHECKS:
            v, f = CHECKS[rule.kind].check(rule, selected)
            verdicts += v
            findings += f
    for name, module in BUILTINS.items():
        if rules.builtins.get(name, True):
            v, f = module.check(claims)
            verdicts += v
            findings += f
    return verdicts, findings


def build_report(
    documents: Sequence[Document],
    claims: list[Claim],
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
        documents=entries,  # type: ignore[arg-type]
        rules=sorted(rule_ids),
        findings=ordered,
        verdicts=sorted(verdicts, key=lambda v: (v.rule, v.claims)),
        claims=claims,
    )


def _in_stable_order(documents: Sequence[Document], claims: list[Claim]) -> tuple[list[Document], list[Claim]]:
    ordered_docs = sorted(documents, key=lambda d: (d.path, d.line, d.id))
    ordered_claims = sorted(claims, key=lambda c: (c.path, c.line, c.start, c.kind, c.id))
    return ordered_docs, ordered_claims


def check(documents: Sequence[Document], claims: list[Claim], rules: RuleSet, skipped: Sequence[str] = ()) -> Report:
    """Apply the rules (and built-ins) to the claims of the documents; `skipped` lists unreadable files."""
    documents, claims = _in_stable_order(documents, claims)
    verdicts, findings = run_rules(rules, claims)
    ids = [r.id for r in rules.rules] + [n for n in BUILTINS if rules.builtins.get(n, True)]
    return build_report(documents, claims, verdicts, findings, ids, skipped=skipped)


def discover(documents: Sequence[Document], claims: list[Claim], skipped: Sequence[str] = ()) -> Report:
    """Group the claims that speak of the same fact with no rules, and check each group."""
    from claimcheck.discover import discovered_groups

    documents, claims = _in_stable_order(documents, claims)
    verdicts: list[Verdict] = []
    findings: list[Finding] = []
    groups = discovered_groups(claims)
    for rule, group in groups:
        v, f = CHECKS[rule.kind].check(rule, group)
        verdicts += v
        findings += f
    for module in BUILTINS.values():
        v, f = module.check(claims)
        verdicts += v
        findings += [x.model_copy(update={"severity": "info"}) for x in f]
    ids = [rule.id for rule, _ in groups] + list(BUILTINS)
    return build_report(
        documents, claims, verdicts, findings, ids, mode="discover", skipped=skipped, rank=discovery_rank
    )


def discovery_rank(finding: Finding) -> float:
    """How much a discovered disagreement deserves a look: how sure the grouping is times how large the gap."""
    gap = finding.detail.get("gap")
    if isinstance(gap, float | int):
        intervals = finding.detail.get("intervals")
        intervals = intervals if isinstance(intervals, list) else []
        sizes = [abs(v) for i in intervals if isinstance(i, dict) for v in i.values() if isinstance(v, float | int)]
        size = max(sizes, default=0.0) or 1.0
        return finding.confidence * min(1.0, float(gap) / size)
    days = finding.detail.get("days_apart")
    if isinstance(days, int):
        return finding.confidence * min(1.0, 0.3 + days / 30)
    return finding.confidence * 0.5
