"""Machine formats: JSON (the `Report` record itself) and a Markdown summary for pull requests."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel

from claimcheck.models import Report


def render_json(report: Report) -> str:
    return report.model_dump_json(indent=2, by_alias=True) + "\n"


def json_chunks(report: Report) -> Iterator[str]:
    """`render_json` a piece at a time (a list of records an item at a time), the same bytes, so that a large
    report is written without its whole text in memory."""
    fields = list(type(report).model_fields.items())
    yield "{\n"
    for number, (name, field) in enumerate(fields):
        end = ",\n" if number < len(fields) - 1 else "\n"
        value = getattr(report, name)
        if isinstance(value, list) and value and all(isinstance(item, BaseModel) for item in value):
            yield f'  "{field.alias or name}": [\n'
            for index, item in enumerate(value):
                text = item.model_dump_json(indent=2, by_alias=True).replace("\n", "\n    ")
                yield "    " + text + (",\n" if index < len(value) - 1 else "\n")
            yield "  ]" + end
        else:  # the field alone, as the whole dump writes it: its lines between the braces
            alone = report.model_dump_json(indent=2, by_alias=True, include={name})
            yield alone[2:-2] + end
    yield "}\n"


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
