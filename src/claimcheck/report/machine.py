"""Machine formats: JSON (the `Report` record itself) and a Markdown summary for pull requests."""

from __future__ import annotations

import re

from claimcheck.models import Report


def render_json(report: Report) -> str:
    return report.model_dump_json(indent=2, by_alias=True) + "\n"


def _md(text: str) -> str:
    """Corpus text made inert in Markdown: no links, no HTML, no table breaks."""
    text = re.sub(r"[\r\n]+", " ", text)
    return re.sub(r"([\\`*_{}\[\]()<>#|!~])", r"\\\1", text)


def render_markdown(report: Report) -> str:
    counts = {s: sum(f.severity == s for f in report.findings) for s in ("error", "warning", "info")}
    lines = [
        f"## claimcheck: {len(report.findings)} finding(s)",
        "",
        f"{report.corpus.documents} documents from {len(report.corpus.outlets)} outlets; "
        f"{report.claim_count} claims; errors {counts['error']}, warnings {counts['warning']}, info {counts['info']}.",
        "",
    ]
    if report.findings:
        lines += ["| severity | rule | finding | where |", "|---|---|---|---|"]
        for f in report.findings:
            where = ", ".join(f"{_md(c.path)}:{c.line}" for c in f.claims)
            lines.append(f"| {f.severity} | {_md(f.rule)} | {_md(f.message)} | {where} |")
    return "\n".join(lines) + "\n"
