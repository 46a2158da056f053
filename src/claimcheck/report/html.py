"""The HTML report: one self-contained file. The page is a fixed frame (Jinja2, autoescaped) with the report's
data in one JSON block (`page_data`), which its script renders on demand, always as text: corpus text is
untrusted. The Content-Security-Policy lets only the page's own script and style (by hash) run."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from claimcheck.gate import GateResult
from claimcheck.models import Claim, Report
from claimcheck.models.finding import RunFacts
from claimcheck.report.page_data import ClaimsView, Links, claims_view_of, page_data


@lru_cache(maxsize=8)  # the page's few asset files
def _asset(name: str) -> str:
    text = resources.files("claimcheck.report").joinpath(f"templates/{name}").read_text(encoding="utf-8")
    closing = "</script" if name.endswith(".js") else "</style"
    assert closing not in text.lower(), name
    return text


def _hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


@cache
def _template():  # type: ignore[no-untyped-def]
    env = Environment(
        loader=PackageLoader("claimcheck.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    return env.get_template("report.html.j2")


@dataclass(frozen=True)
class HtmlInputs:
    """What the page shows beyond the `Report` record: every claim of the corpus (the claims view), the claims
    of each finding's group, and how the run went."""

    view: ClaimsView | None = None
    groups: Mapping[str, Claim] = field(default_factory=dict)
    facts: RunFacts | None = None


def render_html(
    report: Report,
    claims: Iterable[Claim] = (),
    inputs: HtmlInputs | None = None,
    gate: GateResult | None = None,
    links: Links | None = None,
) -> str:
    """The page. `claims` (every claim of the corpus, in memory) give the claims view and each card's group;
    a run over the claim store gives them in `inputs` instead."""
    return "".join(html_chunks(report, claims, inputs, gate, links))


def html_chunks(
    report: Report,
    claims: Iterable[Claim] = (),
    inputs: HtmlInputs | None = None,
    gate: GateResult | None = None,
    links: Links | None = None,
) -> Iterator[str]:
    """The page of `render_html` a piece at a time, so that a large report is written without being held."""
    inputs = inputs or HtmlInputs()
    held = list(claims)
    if held:
        inputs = HtmlInputs(
            inputs.view or claims_view_of(report.documents, held),
            inputs.groups or {c.id: c for c in held},
            inputs.facts,
        )
    data = page_data(report, inputs.view, inputs.groups, gate, inputs.facts, links)
    style, script = _asset("report.css"), _asset("report.js")
    page = _template().render(
        mode=report.mode,
        style=Markup(style),
        script=Markup(script),
        style_hash=_hash(style),
        script_hash=_hash(script),
        data=Markup("\x00"),
    )
    head, _, tail = page.partition("\x00")
    yield head
    yield from _block(data)
    yield tail


def _block(data: dict[str, object]) -> Iterator[str]:
    """The JSON block, a packed part at a time. Its text is JSON with '<' escaped, so that nothing in it
    can end the <script> element that holds it."""
    lists = {key: value for key, value in data.items() if isinstance(value, list)}
    head = {key: value for key, value in data.items() if key not in lists}
    yield _json(head)[:-1]
    for key, parts in lists.items():
        yield f',"{key}":['
        for number, part in enumerate(parts):
            yield ("," if number else "") + _json(part)
        yield "]"
    yield "}"


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=True, separators=(",", ":")).replace("<", "\\u003c")
