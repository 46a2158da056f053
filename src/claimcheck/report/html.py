"""The HTML report: one self-contained file rendered by Jinja2 with autoescaping (corpus text is untrusted)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, select_autoescape

from claimcheck.checks.base import describe, value_of
from claimcheck.models import Claim, DateClaim, Finding, QuantityClaim, Report

WIDTH, LEFT, RIGHT = 760, 290, 740
# The claims view of a very large corpus would make a page no browser opens; `claimcheck extract` lists all.
CLAIMS_SHOWN = 5_000


@dataclass(frozen=True)
class Mark:
    """One source on a finding's number line (x positions in SVG units)."""

    label: str
    x1: float
    x2: float
    open_left: bool
    open_right: bool
    approx: bool
    y: int
    text: str


def _span(claim: Claim) -> tuple[float | None, float | None, bool] | None:
    if isinstance(claim, QuantityClaim):
        value = value_of(claim)
        return value.low, value.high, value.approx
    if isinstance(claim, DateClaim) and claim.value.date and len(claim.value.date) == 10:
        day = dt.date.fromisoformat(claim.value.date).toordinal()
        return float(day), float(day), False
    return None


def _scale(finding: Finding) -> tuple[float, float] | None:
    """The padded range a finding's number line shows."""
    finite = [v for c in finding.claims if (s := _span(c)) for v in s[:2] if v is not None]
    if not finite:
        return None
    lo, hi = min(finite), max(finite)
    pad = (hi - lo) * 0.25 or max(abs(hi) * 0.1, 1.0)
    return lo - pad, hi + pad


def number_line(finding: Finding) -> list[Mark]:
    spans = [(c, s) for c in finding.claims if (s := _span(c))]
    scale = _scale(finding)
    if scale is None:
        return []
    lo, hi = scale

    def x(v: float) -> float:
        return LEFT + (v - lo) / (hi - lo) * (RIGHT - LEFT)

    marks = []
    for row, (claim, (low, high, approx)) in enumerate(spans):
        left = x(low) if low is not None else LEFT
        right = x(high) if high is not None else RIGHT
        label = claim.doc.outlet or claim.doc.id
        if isinstance(claim, QuantityClaim):
            shown = describe(claim.value)
        else:
            shown = claim.value.date or "" if isinstance(claim, DateClaim) else ""
        marks.append(
            Mark(
                label,
                round(left, 1),
                round(right, 1),
                low is None,
                high is None,
                approx,
                18 + row * 22,
                shown,
            )
        )
    return marks


def axis(finding: Finding) -> tuple[str, str]:
    """Labels for the two ends of a finding's number line."""
    scale = _scale(finding)
    if scale is None:
        return "", ""
    lo, hi = scale
    if all(isinstance(c, DateClaim) for c in finding.claims):
        return dt.date.fromordinal(round(lo)).isoformat(), dt.date.fromordinal(round(hi)).isoformat()
    return f"{lo:,.6g}", f"{hi:,.6g}"


def highlight(claim: Claim) -> tuple[str, str, str]:
    """(before, claim text, after) within its sentence, for a <mark>."""
    index = claim.sentence.find(claim.text)
    if index < 0:
        return claim.sentence, "", ""
    return claim.sentence[:index], claim.text, claim.sentence[index + len(claim.text) :]


def _safe_url(url: str | None) -> str | None:
    return url if url and url.lower().startswith(("https://", "http://")) else None


def render_html(report: Report, listing: Sequence[Claim] = ()) -> str:
    """The page; `listing` is what the claims view shows (at most CLAIMS_SHOWN of the corpus' claims)."""
    return "".join(html_chunks(report, listing))


def html_chunks(report: Report, listing: Sequence[Claim] = ()) -> Iterator[str]:
    """The page of `render_html` a piece at a time, so that a large report is written without being held."""
    env = Environment(
        loader=PackageLoader("claimcheck.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    env.globals.update(number_line=number_line, axis=axis, highlight=highlight, safe_url=_safe_url)
    outlets = sorted({c.doc.outlet or c.doc.id for f in report.findings for c in f.claims})
    claims_by_doc: dict[str, list[Claim]] = {}
    for claim in listing[:CLAIMS_SHOWN]:
        claims_by_doc.setdefault(claim.doc.id, []).append(claim)
    counts = {s: sum(f.severity == s for f in report.findings) for s in ("error", "warning", "info")}
    statuses = {s: sum(f.status == s for f in report.findings) for s in ("new", "baselined")}
    return env.get_template("report.html.j2").generate(
        report=report,
        outlets=outlets,
        claims_by_doc=claims_by_doc,
        claims_shown=min(len(listing), CLAIMS_SHOWN),
        claims_left=report.claim_count - min(len(listing), CLAIMS_SHOWN),
        counts=counts,
        statuses=statuses,
        rules=sorted({f.rule for f in report.findings}),
        width=WIDTH,
    )
