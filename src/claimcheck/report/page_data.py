"""What the HTML report carries: one JSON block with the findings, the groups behind them, the verdicts,
the documents and every claim, which the page renders on demand.

The block holds parts, each deflated JSON in base 85, inflated by the browser when needed: the index (what
the first view, the filters and the sorts read, a column per field), inflated on load; the findings' cards,
a chunk of findings at a time (a fact's findings together), inflated for the page that shows them and then in
idle time; the verdicts, when listed; each document's claims, a chunk of documents at a time, when opened.
Strings that repeat are kept once in a table, and a message quotes the claims it names by placeholder.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from claimcheck.checks.base import amount_in, common_unit, describe, magnitude, value_in, written_spread
from claimcheck.errors import UsageError
from claimcheck.gate import GateResult
from claimcheck.models import Claim, DateClaim, Document, Finding, Interval, NameClaim, QuantityClaim, QuoteClaim
from claimcheck.models.finding import DocumentEntry, Report, RunFacts, Verdict
from claimcheck.rules.model import parse_tolerance

PAGE_FORMAT = 2
KINDS = ["quantity", "date", "quote", "name"]
VERDICTS = ["discrepancy", "not-comparable", "update", "within-tolerance", "compatible-bound", "consistent"]
EPOCH = dt.date(1970, 1, 1).toordinal()


def pack(data: object) -> str:
    """JSON, deflated, in base 85 (RFC 1924's digits, '.' for '<', which the page's JSON would escape): what
    the page decodes and inflates with the browser's DecompressionStream."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return base64.b85encode(zlib.compress(text.encode("utf-8"), 9)).decode("ascii").translate(_WRITTEN)


def unpack(packed: str) -> Any:
    """The inverse of `pack` (for tests and tools that read a report's page)."""
    return json.loads(zlib.decompress(base64.b85decode(packed.translate(_READ))).decode("utf-8"))


_WRITTEN, _READ = str.maketrans("<", "."), str.maketrans(".", "<")


def read_block(block: dict[str, Any]) -> dict[str, Any]:
    """A page's JSON block read back as plain records (for tests and tools): `main` with the documents and
    findings as lists of rows and dicts and every card's claim as one row [document, kind, line, column,
    text, label, low, high, marks, about, time frame, source, (before, text, after) or 0]; `verdicts`;
    `claims`, the claims view's chunks."""
    index = unpack(block["index"])
    docs = index.pop("documents")
    columns = ("path", "line", "outlet", "published", "title", "url", "claims")
    documents = [list(row) for row in zip(*(docs[c] for c in columns), strict=True)]
    listed = index.pop("findings")
    rows: list[list[Any]] = []
    cards: dict[int, dict[str, Any]] = {}

    def quote(row: int) -> str:
        return f"{index['outlets'][docs['outlet'][rows[row][0]]]}: “{rows[row][4]}”"

    for number, chunk in enumerate(unpack(part) for part in block["cards"]):
        offset, strings, found = len(rows), chunk["strings"], chunk["rows"]
        for r in range(len(found["doc"])):
            row: list[Any] = [found[k][r] for k in _Cards.ROWS]
            row[2] += docs["line"][row[0]]
            for at in (4, 5, 9, 10, 11):
                row[at] = strings[row[at]]
            before = found["before"][r]
            rows.append([*row, [strings[before], row[4], strings[found["after"][r]]] if before != NO_STRING else 0])
        held = [n for n, c in enumerate(listed["card"]) if c == number]
        for position, n in enumerate(held):
            card = {k: chunk["cards"][k][position] for k in _Cards.FINDINGS}
            group = chunk["groups"][card["group"]]
            named = [group[p] if p >= 0 else -1 - p for p in card["named"]]
            line: dict[str, Any] = {}
            if card["line"]:
                kind, unit, measured, tolerance, band, ref = card["line"]
                line = {"kind": kind, "unit": strings[unit], "measured": bool(measured), "band": band}
                line |= {"tolerance": strings[tolerance]} | ({"ref": ref} if ref != NO_STRING else {})
            cards[n] = {
                "claims": [offset + r for r in group],
                "named": [offset + r for r in named],
                "message": _filled(card["message"], [quote(offset + r) for r in named])
                if card["flags"] & 4
                else card["message"],
                "gap": strings[card["gap"]],
                "attributed": bool(card["flags"] & 1),
                "within": bool(card["flags"] & 2),
                **({"line": line} if line else {}),
                **({"reason": card["reason"]} if card["reason"] is not None else {}),
            }
    findings = []
    for n, finding_id in enumerate(listed["id"].split(" ") if listed["id"] else []):
        card = cards[n]
        findings.append(
            {
                "id": finding_id,
                "rule": index["rules"][listed["rule"][n]][0],
                "severity": SEVERITIES[listed["severity"][n]],
                "status": STATUSES[listed["status"][n]],
                **card,
                "gap": [listed["gapKind"][n], listed["gapSize"][n], card["gap"]],
            }
        )
    main = index | {"documents": documents, "findings": findings, "claims": rows}
    starts = [*index["chunks"], len(documents)]
    view = [
        _view_chunk(unpack(part), docs["claims"][starts[n] : starts[n + 1]]) for n, part in enumerate(block["claims"])
    ]
    return {"main": main, "verdicts": unpack(block["verdicts"]), "claims": view}


def _view_chunk(chunk: list[list[Any]], counts: list[int]) -> list[list[dict[str, Any]]]:
    """A chunk of the claims view as [per document: {kind, line, text, reading} for each claim]."""
    kinds, texts, readings, steps, entries = chunk
    documents, at = [], 0
    for count in counts:
        claims, line = [], 0
        for step, entry in zip(steps[at : at + count], entries[at : at + count], strict=True):
            line += step
            reading = readings[entry] if readings[entry] is not None else texts[entry]
            claims.append({"kind": KINDS[kinds[entry]], "line": line, "text": texts[entry], "reading": reading})
        documents.append(claims)
        at += count
    assert at == len(steps) == len(entries), "the chunk holds its documents' claims"
    return documents


# The claims view


VIEW_VERSION = "3"  # change it whenever what a chunk holds changes: kept chunks are then made again
VIEW_CHUNK = 1600  # documents whose claims are packed (and inflated in the browser) together, on average


class KeptChunks(Protocol):
    """Where packed chunks of the claims view are kept between runs (the claim store's results)."""

    def results(self, keys: list[str]) -> dict[str, bytes]: ...
    def put_results(self, rows: list[tuple[str, bytes]]) -> None: ...


@dataclass(frozen=True)
class ClaimsView:
    """Every claim of a corpus, as the claims view lists them: per document in report order (path, line),
    packed a chunk of documents at a time. A chunk is [kinds, texts, readings, steps, entries]: the first
    three list its entries (a claim's kind, text and reading; the reading None where it is the text), the
    most used first; `steps` and `entries` give each claim of its documents in turn (`counts` says how
    many each has) its line, counted from the document's start as a step from the claim before, and its
    entry."""

    counts: list[int]  # claims per document
    starts: list[int]  # the first document of each chunk
    packed: list[str]


def report_order(documents: Sequence[Document | DocumentEntry]) -> list[int]:
    """Positions of `documents` in the order reports list them."""
    return sorted(range(len(documents)), key=lambda p: (documents[p].path, documents[p].line, documents[p].id))


def chunked(keys: Sequence[str]) -> list[list[int]]:
    """Documents (by their content keys, in report order) cut into chunks where the content says so, not
    by count: a document changed or added elsewhere leaves the other chunks as they were (and kept)."""
    chunks: list[list[int]] = [[]]
    for position, key in enumerate(keys):
        chunks[-1].append(position)
        ends = int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % VIEW_CHUNK == 0
        if ends or len(chunks[-1]) >= 2 * VIEW_CHUNK:
            chunks.append([])
    return [chunk for chunk in chunks if chunk]


def claims_view(
    documents: Sequence[Document],
    stored: Callable[[int], Sequence[bytes]],
    rows: Sequence[int],
    counts: Sequence[int],
    kept: KeptChunks | None = None,
) -> ClaimsView:
    """The view of a corpus in the claim store: `stored(position)` gives a document's claims as the store
    keeps them (JSON counted from the document's start), `rows` its row in the store (what its content is)
    and `counts` how many claims it has. A chunk made before for the same documents is taken from `kept`,
    and a new one put there; so is each document's part of a chunk, so that a chunk with one changed document
    reads only that document's claims again."""
    order = report_order(documents)
    chunks = chunked([str(rows[p]) for p in order])
    keys = [_chunk_key([(rows[order[n]], counts[order[n]]) for n in chunk]) for chunk in chunks]
    found = kept.results(keys) if kept is not None else {}
    packed, fresh = [], []
    for chunk, key in zip(chunks, keys, strict=True):
        if key in found:
            packed.append(found[key].decode("ascii"))
            continue
        positions = [order[n] for n in chunk]
        packed.append(_pack_chunk(_entries_of(positions, stored, rows, counts, kept)))
        fresh.append((key, packed[-1].encode("ascii")))
    if kept is not None and fresh:
        kept.put_results(fresh)
    return ClaimsView([counts[p] for p in order], [chunk[0] for chunk in chunks], packed)


Entry = tuple[int, str, str, int]  # a claim as the view lists it: kind, text, reading, line


def _entries_of(
    positions: list[int],
    stored: Callable[[int], Sequence[bytes]],
    rows: Sequence[int],
    counts: Sequence[int],
    kept: KeptChunks | None,
) -> list[list[Entry]]:
    """The entries of each document at `positions`: kept from a run before, else read from its claims."""
    keys = [_document_key(rows[p], counts[p]) for p in positions]
    found = kept.results(keys) if kept is not None else {}
    out, fresh = [], []
    for position, key in zip(positions, keys, strict=True):
        if key in found:
            out.append([tuple(entry) for entry in json.loads(found[key])])
            continue
        out.append([_entry(json.loads(c)) for c in stored(position)])
        fresh.append((key, json.dumps(out[-1], ensure_ascii=False, separators=(",", ":")).encode("utf-8")))
    if kept is not None and fresh:
        kept.put_results(fresh)
    return out


def _chunk_key(documents: list[tuple[int, int]]) -> str:
    """What decides a chunk: the documents' rows in the store (their content) and claims kept of each."""
    text = f"claims-view/{VIEW_VERSION}/{PAGE_FORMAT}\n" + ",".join(f"{row}:{count}" for row, count in documents)
    return "view:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def _document_key(row: int, count: int) -> str:
    """What decides a document's entries: its row in the store (its content) and the claims kept of it."""
    return f"view-document:{VIEW_VERSION}/{PAGE_FORMAT}/{row}:{count}"


def claims_view_of(documents: Sequence[Document | DocumentEntry], claims: Iterable[Claim]) -> ClaimsView:
    """The view of claims held in memory (placed where their documents are)."""
    by_document: dict[str, list[Claim]] = {}
    for claim in claims:
        by_document.setdefault(claim.doc.id, []).append(claim)
    order = report_order(documents)

    def relative(claim: Claim, line: int) -> Entry:
        data = claim.model_dump(mode="json", exclude={"doc", "sentence"})
        data["line"] = claim.line - line + 1
        return _entry(data)

    chunks = chunked([documents[p].id for p in order])
    packed = [
        _pack_chunk(
            [
                [relative(c, documents[order[n]].line) for c in by_document.get(documents[order[n]].id, [])]
                for n in chunk
            ]
        )
        for chunk in chunks
    ]
    counts = [len(by_document.get(documents[p].id, [])) for p in order]
    return ClaimsView(counts, [chunk[0] for chunk in chunks], packed)


def _entry(claim: dict[str, Any]) -> Entry:
    """A claim (its JSON form) as the view lists it."""
    return KINDS.index(claim["kind"]), claim["text"], _reading(claim), claim["line"]


def _pack_chunk(documents: list[list[Entry]]) -> str:
    entries: dict[tuple[int, str, str], int] = {}
    steps: list[int] = []
    used: list[int] = []
    for claims in documents:
        line = 0
        for kind, text, reading, at in claims:
            used.append(entries.setdefault((kind, text, reading), len(entries)))
            steps.append(at - line)
            line = at
    # the entries most claims use first, so that their numbers are short
    uses = Counter(used)
    order = sorted(range(len(entries)), key=lambda e: (-uses[e], e))
    place = {e: n for n, e in enumerate(order)}
    listed = list(entries)
    kinds = [listed[e][0] for e in order]
    texts = [listed[e][1] for e in order]
    readings = [None if listed[e][2] == listed[e][1] else listed[e][2] for e in order]
    return pack([kinds, texts, readings, steps, [place[e] for e in used]])


def _reading(claim: dict[str, Any]) -> str:
    """What extraction made of a claim's value, in words (from its JSON form): a figure's interval in its
    unit, a date at its granularity, a quote's speaker, a name as written. What is counted, and the rest,
    show on the cards; `claimcheck extract` gives every field."""
    kind = claim["kind"]
    if kind == "quantity":
        return describe(Interval.model_validate(claim["value"]), claim.get("unit"))
    if kind == "date":
        value = claim["value"]
        return f"{value.get('date') or '?'} ({value['granularity']})"
    if kind == "quote":
        return str(claim.get("speaker") or "no speaker")
    return str(claim["name"])


def _frame(claim: dict[str, Any]) -> str:
    time, as_of = claim.get("time"), claim.get("as_of")
    if time and as_of:
        return f"{time} ({as_of})"
    return time or as_of or ""


# Links


@dataclass(frozen=True)
class Links:
    """Where `path:line` points: `template` with {path} and {line} (`--source-url`), else the file, by a
    path relative to the folder the report is written to (`base`, ending in '/', or '')."""

    template: str | None = None
    base: str = ""


SOURCE_URL_SCHEMES = ("https://", "http://", "file://")


def links_for(template: str | None, report_folder: str | None) -> Links:
    """The links of a report written into `report_folder` (None: the current folder)."""
    if template is not None and (not template.lower().startswith(SOURCE_URL_SCHEMES) or "{path}" not in template):
        raise UsageError("--source-url must be an http(s):// or file:// URL with {path} (and optionally {line})")
    if template is not None:
        return Links(template)
    folder = os.path.relpath(".", report_folder or ".")
    return Links(None, "" if folder == "." else folder.replace(os.sep, "/") + "/")


def source_date() -> str | None:
    """SOURCE_DATE_EPOCH as a UTC time, the only clock a report shows (so that its bytes stay the same)."""
    value = os.environ.get("SOURCE_DATE_EPOCH")
    if value is None or value == "":
        return None
    if not value.isdigit():
        raise UsageError(f"SOURCE_DATE_EPOCH must be a number of seconds, not {value!r}")
    return dt.datetime.fromtimestamp(int(value), dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


# The index and the cards


CARD_CHUNK = 1200  # findings whose cards are packed (and inflated in the browser) together, at least
SEVERITIES = ["error", "warning", "info"]
STATUSES = ["new", "baselined"]
NO_STRING = -1
UNKNOWN_OUTLET = "unknown outlet"


@dataclass
class _Tables:
    """Strings that repeat (outlets, paths) kept once, and documents, referred to by number."""

    outlets: dict[str, int]
    paths: dict[str, int]
    documents: dict[str, int]
    lines: list[int]  # the line each document starts on, by number

    def outlet(self, name: str | None) -> int:
        return self.outlets.setdefault(name or UNKNOWN_OUTLET, len(self.outlets))

    def path(self, path: str) -> int:
        return self.paths.setdefault(path, len(self.paths))


def page_data(
    report: Report,
    view: ClaimsView | None,
    groups: Mapping[str, Claim],
    gate: GateResult | None = None,
    facts: RunFacts | None = None,
    links: Links | None = None,
) -> dict[str, Any]:
    """The JSON block of the page, every part packed: the index (what the page draws first and what its
    filters and sorts read), the cards (a chunk of findings' cards at a time, inflated when shown), the
    verdicts and the claims view."""
    assert view is None or len(view.counts) == len(report.documents), "the view lists the report's documents"
    tables = _Tables({}, {}, {}, [d.line for d in report.documents])
    documents = _documents(report.documents, tables, view)
    tables.documents = {d.id: n for n, d in enumerate(report.documents)}
    verdicts = report.verdicts
    rules = _rules(report)
    rule_index = {rule: n for n, rule in enumerate(rules)}
    reasons = gate.reasons if gate is not None else {e.id: e.reason for e in report.baseline.entries}
    chunks, placed = _card_chunks(report, _groups_of(report.findings, verdicts), groups, tables, reasons)
    index = {
        "format": PAGE_FORMAT,
        "mode": report.mode,
        "version": report.version,
        "corpus": {
            "documents": report.corpus.documents,
            "claims": report.claim_count,
            "outlets": len(report.corpus.outlets),
            "first": str(report.corpus.first_date or ""),
            "last": str(report.corpus.last_date or ""),
            "skipped": report.corpus.skipped,
        },
        "run": _run(facts),
        "gate": _gate(gate) if gate is not None else None,
        "links": {"template": (links or Links()).template, "base": (links or Links()).base},
        "kinds": KINDS,
        "verdictKinds": VERDICTS,
        "severities": SEVERITIES,
        "statuses": STATUSES,
        "rules": [[rule, title] for rule, title in rules.items()],
        "outlets": list(tables.outlets),
        "paths": list(tables.paths),
        "documents": documents,
        "findings": _finding_index(report.findings, rule_index, tables, placed),
        "verdictCounts": _verdict_counts(verdicts, list(rules)),
        "chunks": view.starts if view is not None else [],
    }
    return {
        "format": PAGE_FORMAT,
        "index": pack(index),
        "cards": [pack(chunk) for chunk in chunks],
        "verdicts": pack(_verdict_rows(verdicts, report.findings, rule_index)),
        "claims": view.packed if view is not None else [],
    }


def _documents(entries: Sequence[DocumentEntry], tables: _Tables, view: ClaimsView | None) -> dict[str, list[Any]]:
    """The documents, a column per field: path, line, outlet, published, title, url, claims (None: not known)."""
    columns: dict[str, list[Any]] = {k: [] for k in ("path", "line", "outlet", "published", "title", "url", "claims")}
    for position, d in enumerate(entries):
        url = d.url if d.url and d.url.lower().startswith(("https://", "http://")) else None
        columns["path"].append(tables.path(d.path))
        columns["line"].append(d.line)
        columns["outlet"].append(tables.outlet(d.label))
        columns["published"].append(str(d.published) if d.published else "")
        columns["title"].append(d.title)
        columns["url"].append(url)
        columns["claims"].append(view.counts[position] if view is not None else None)
    return columns


def _finding_index(
    findings: Sequence[Finding], rule_index: dict[str, int], tables: _Tables, placed: list[int]
) -> dict[str, Any]:
    """What the filters and sorts read of each finding, a column per field (the ids as one text, space
    between); `card` is the chunk of its card."""
    gaps = [_gap(f) for f in findings]
    assert not any(" " in f.id for f in findings)
    return {
        "id": " ".join(f.id for f in findings),
        "rule": [rule_index[f.rule] for f in findings],
        "severity": [SEVERITIES.index(f.severity) for f in findings],
        "status": [STATUSES.index(f.status) for f in findings],
        "outlets": [sorted({tables.outlet(c.doc.label) for c in f.claims}) for f in findings],
        "gapKind": [g[0] for g in gaps],
        "gapSize": [g[1] for g in gaps],
        "card": placed,
    }


def _card_chunks(
    report: Report,
    grouped: list[list[str]],
    groups: Mapping[str, Claim],
    tables: _Tables,
    reasons: Mapping[str, str],
) -> tuple[list[dict[str, Any]], list[int]]:
    """The cards, packed a chunk at a time, and the chunk of each finding. A fact's findings (one group of
    claims) share a chunk, so that its claims are written once; chunks follow the findings' order."""
    by_group: dict[tuple[str, tuple[str, ...]], list[int]] = {}
    for n, finding in enumerate(report.findings):
        by_group.setdefault((finding.rule, tuple(grouped[n])), []).append(n)
    placed = [0] * len(report.findings)
    chunks: list[list[int]] = [[]]
    for members in by_group.values():
        if len(chunks[-1]) >= CARD_CHUNK:
            chunks.append([])
        chunks[-1] += members
    packed = []
    for number, chunk in enumerate(chunks):
        cards = _Cards(tables, groups, reasons)
        for n in sorted(chunk):
            placed[n] = number
            cards.add(report.findings[n], grouped[n])
        packed.append(cards.packed())
    return (packed if report.findings else []), placed


class _Cards:
    """One chunk of cards: the claims they show, each once (a column per field, strings in a table), the
    groups of claims, and each finding's card (a column per field)."""

    ROWS = ("doc", "kind", "line", "column", "text", "label", "lo", "hi", "marks", "about", "time", "source")
    FINDINGS = ("group", "named", "message", "gap", "flags", "reason", "line")

    def __init__(self, tables: _Tables, groups: Mapping[str, Claim], reasons: Mapping[str, str]) -> None:
        self.tables = tables
        self.groups = groups
        self.reasons = reasons
        self.strings: dict[str, int] = {}
        self.rows: dict[str, list[Any]] = {k: [] for k in (*self.ROWS, "before", "after")}
        self.row_of: dict[tuple[str, str | None], int] = {}
        self.group_of: dict[tuple[int, ...], int] = {}
        self.group_rows: list[list[int]] = []
        self.cards: dict[str, list[Any]] = {k: [] for k in self.FINDINGS}

    def string(self, text: str) -> int:
        return self.strings.setdefault(text, len(self.strings))

    def add(self, f: Finding, group_ids: list[str]) -> None:
        named = {c.id: c for c in f.claims}
        members = [named.get(i) or self.groups.get(i) for i in group_ids]
        group = [c for c in members if c is not None] or list(f.claims)
        unit = common_unit(group) if all(isinstance(c, QuantityClaim) for c in group) else None
        spans = {c.id: _plotted(c, unit) for c in [*group, *f.claims]}
        group.sort(key=lambda c: (_position(spans[c.id]), c.doc.outlet or "", c.path, c.line, c.id))
        rows = tuple(self.row(c, unit, spans[c.id]) for c in group)
        if rows not in self.group_of:
            self.group_of[rows] = len(self.group_rows)
            self.group_rows.append(list(rows))
        for claim in f.claims:
            self.sentence(self.row(claim, unit, spans[claim.id]), claim)
        gap = _gap(f)
        self.cards["group"].append(self.group_of[rows])
        self.cards["named"].append([_place(rows, self.row(c, unit, spans[c.id])) for c in f.claims])
        message, shortened = _shortened(f.message, f.claims)
        self.cards["message"].append(message)
        self.cards["gap"].append(self.string(str(gap[2])))
        self.cards["flags"].append(int(f.attributed) + 2 * int(f.within_document) + 4 * int(shortened))
        self.cards["reason"].append(self.reasons.get(f.id, "") if f.status == "baselined" else None)
        line = _line_of(f, group, unit, spans)
        self.cards["line"].append(self.number_line(line) if line else 0)

    def number_line(self, line: dict[str, Any]) -> list[Any]:
        """[kind, unit, measured, tolerance, band or None, reference or NO_STRING], strings by number."""
        band = line["band"]
        return [
            line["kind"],
            self.string(line["unit"]),
            int(line["measured"]),
            self.string(line["tolerance"]),
            None if band is None else [_number(v) for v in band],
            line.get("ref", NO_STRING),
        ]

    def row(self, claim: Claim, unit: str | None, span: Span) -> int:
        """The number of the claim's row (as plotted in `unit`)."""
        key = (claim.id, unit)
        if key in self.row_of:
            return self.row_of[key]
        lo, hi, marks, label = span
        document = self.tables.documents[claim.doc.id]
        time = _frame({"time": claim.time, "as_of": claim.as_of}) if isinstance(claim, QuantityClaim) else ""
        values: list[Any] = [
            document,
            KINDS.index(claim.kind),
            claim.line - self.tables.lines[document],
            claim.column,
            self.string(claim.text),
            self.string(label),
            _number(lo),
            _number(hi),
            marks,
            self.string(_about(claim)),
            self.string(time),
            self.string(getattr(claim, "source", None) or ""),
            NO_STRING,
            NO_STRING,
        ]
        for key_, value in zip((*self.ROWS, "before", "after"), values, strict=True):
            self.rows[key_].append(value)
        self.row_of[key] = len(self.rows["doc"]) - 1
        return self.row_of[key]

    def sentence(self, row: int, claim: Claim) -> None:
        """The claim's sentence on its row (for the claims a finding names): what comes before and after it."""
        if self.rows["before"][row] == NO_STRING:
            before, _, after = highlight(claim)
            self.rows["before"][row] = self.string(before)
            self.rows["after"][row] = self.string(after)

    def packed(self) -> dict[str, Any]:
        return {"strings": list(self.strings), "rows": self.rows, "groups": self.group_rows, "cards": self.cards}


PLACEHOLDERS = ("\x01", "\x02")  # in a message: the outlet and wording of the first, second claim it names


def quoted(claim: Claim) -> str:
    """How a message quotes a claim (and how the page writes it back): 'Outlet: “wording”'."""
    return f"{claim.doc.label}: “{claim.text}”"


def _shortened(message: str, named: Sequence[Claim]) -> tuple[str, bool]:
    """The message with where it quotes the claims it names (`quoted`) written as a placeholder each, which
    the page fills in from the claims; (message, False) unchanged where that could not be read back."""
    if any(p in message for p in PLACEHOLDERS) or len(named) > len(PLACEHOLDERS):
        return message, False
    shortened = message
    for placeholder, claim in zip(PLACEHOLDERS, named, strict=False):
        shortened = shortened.replace(quoted(claim), placeholder, 1)
    if _filled(shortened, [quoted(c) for c in named]) != message:
        return message, False
    return shortened, shortened != message


def _filled(message: str, quotes: Sequence[str]) -> str:
    for placeholder, quote in zip(PLACEHOLDERS, quotes, strict=False):
        message = message.replace(placeholder, quote)
    return message


def _place(group: tuple[int, ...], row: int) -> int:
    """Where a named claim's row is in its group; -1 - the row for one outside it."""
    return group.index(row) if row in group else -1 - row


def _number(value: float | None) -> float | int | None:
    """A value as JSON writes it shortest: 520, not 520.0."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _rules(report: Report) -> dict[str, str]:
    titles = {f.rule: f.title for f in report.findings}
    return {rule: titles.get(rule, rule) for rule in sorted(set(report.rules) | set(titles))}


def _run(facts: RunFacts | None) -> dict[str, Any]:
    facts = facts or RunFacts()
    return {
        "ruleFiles": facts.rule_files,
        "extracted": facts.documents_extracted,
        "checked": facts.tasks_checked,
        "kept": facts.tasks_kept,
        "generated": facts.generated,
    }


def _gate(gate: GateResult) -> dict[str, Any]:
    return {
        "passed": gate.passed,
        "decidedBy": gate.decided_by,
        "failOn": gate.fail_on,
        "strict": gate.strict,
        "exitCode": gate.exit_code,
        "new": gate.new,
        "failing": len(gate.failing),
        "baselined": gate.baselined,
        "resolved": [[e.id, e.rule, e.title, e.message, e.reason] for e in gate.resolved],
        "baseline": gate.baseline,
    }


def _groups_of(findings: Sequence[Finding], verdicts: Sequence[Verdict]) -> list[list[str]]:
    """The claims of each finding's group: the discrepancy verdict of its rule that holds all its claims."""
    holding: dict[tuple[str, str], list[int]] = {}
    for n, verdict in enumerate(verdicts):
        if verdict.verdict == "discrepancy":
            for claim in verdict.claims:
                holding.setdefault((verdict.rule, claim), []).append(n)
    groups = []
    for finding in findings:
        ids = [c.id for c in finding.claims]
        candidates = set(holding.get((finding.rule, ids[0]), []))
        for claim_id in ids[1:]:
            candidates &= set(holding.get((finding.rule, claim_id), []))
        groups.append(verdicts[min(candidates)].claims if candidates else ids)
    return groups


def _verdict_counts(verdicts: Sequence[Verdict], rules: list[str]) -> list[list[int]]:
    """Per rule (in the order of `rules`), the number of groups of each verdict kind (in `VERDICTS` order)."""
    counts: Counter[tuple[str, str]] = Counter((v.rule, v.verdict) for v in verdicts)
    return [[counts[(rule, kind)] for kind in VERDICTS] for rule in rules]


def _verdict_rows(
    verdicts: Sequence[Verdict], findings: Sequence[Finding], rule_index: dict[str, int]
) -> list[list[object]]:
    """Every verdict: [rule, kind, reason, claims, [findings that stand for it]], by kind then rule."""
    by_claim: dict[tuple[str, str], list[int]] = {}
    for n, finding in enumerate(findings):
        for claim in finding.claims:
            by_claim.setdefault((finding.rule, claim.id), []).append(n)
    rows = []
    for verdict in sorted(verdicts, key=lambda v: (VERDICTS.index(v.verdict), v.rule, v.claims)):
        members = set(verdict.claims)
        near = sorted({n for c in verdict.claims for n in by_claim.get((verdict.rule, c), [])})
        standing = [n for n in near if {c.id for c in findings[n].claims} <= members]
        rows.append([rule_index[verdict.rule], VERDICTS.index(verdict.verdict), verdict.reason, len(members), standing])
    return rows


Span = tuple[float | None, float | None, int, str]
APPROX, LOW_STRICT, HIGH_STRICT = 1, 2, 4  # how a claim's mark is drawn (its span's third member: their sum)


def _position(span: Span) -> float:
    """Where a claim stands on its line: its lowest finite end."""
    ends = [v for v in span[:2] if isinstance(v, int | float)]
    return min(ends) if ends else 0.0


def _plotted(claim: Claim, unit: str | None) -> Span:
    """(low, high, marks, label) of a claim on its card's number line: a figure in `unit`, a date as days
    since 1970-01-01; (None, None, 0, label) for what has no place on a line. `marks` adds APPROX for an
    approximate figure and LOW_STRICT, HIGH_STRICT for an end the figure excludes ("nearly 2 million")."""
    if isinstance(claim, QuantityClaim):
        value = value_in(claim, unit)
        label = describe(value, unit if claim.unit else None)
        if unit and claim.unit and value is not claim.value:
            label += f" ({describe(claim.value, claim.unit)})"
        low, high = value.low, value.high
        if low is None and high is None and value.point is not None:
            low = high = value.point
        marks = APPROX * value.approx
        marks += LOW_STRICT * (value.low_end == "strict" and low is not None)
        marks += HIGH_STRICT * (value.high_end == "strict" and high is not None)
        return _round(low), _round(high), marks, label
    if isinstance(claim, DateClaim) and claim.value.date:
        start, end = _days(claim.value.date)
        return start, end, 0, f"{claim.value.date} ({claim.value.granularity})"
    if isinstance(claim, QuoteClaim):
        return None, None, 0, f"{claim.speaker or 'no speaker'}: “{claim.quote}”"
    if isinstance(claim, NameClaim):
        return None, None, 0, claim.name
    return None, None, 0, claim.text


def _round(value: float | None) -> float | None:
    return None if value is None else float(f"{value:.6g}")


def _days(date: str) -> tuple[int, int]:
    """The first and last day (since 1970-01-01) of an ISO date, month or year."""
    parts = [int(p) for p in date.split("-")]
    first = dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    if len(parts) == 3:
        last = first
    elif len(parts) == 2:
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    else:
        last = dt.date(parts[0], 12, 31)
    return first.toordinal() - EPOCH, last.toordinal() - EPOCH


def _about(claim: Claim) -> str:
    if isinstance(claim, QuantityClaim):
        return " ".join(p for p in (claim.counted, claim.predicate) if p)
    if isinstance(claim, DateClaim):
        return claim.event or ""
    if isinstance(claim, NameClaim):
        return claim.role or ""
    return ""


def highlight(claim: Claim) -> tuple[str, str, str]:
    """(before, the claim's text, after) in its sentence, for a <mark>. A quote that runs over several
    sentences is highlighted whole: its sentence holds only where it starts."""
    index = claim.sentence.find(claim.text)
    if index >= 0:
        return claim.sentence[:index], claim.text, claim.sentence[index + len(claim.text) :]
    head = claim.text[: max(12, len(claim.text) // 3)]
    start = claim.sentence.find(head)
    if start >= 0:
        return claim.sentence[:start], claim.text, ""
    return "", claim.text, ""


def _gap(finding: Finding) -> list[object]:
    """[kind, size, label] for sorting by the size of a gap: figures by the gap relative to the larger one,
    dates by days apart, quotes by how unlike they are; names have none."""
    detail = finding.detail
    gap, intervals = detail.get("gap"), detail.get("intervals")
    if isinstance(gap, int | float) and isinstance(intervals, list):
        largest = max((magnitude(Interval.model_validate(i)) for i in intervals), default=0.0) or 1.0
        share = float(gap) / largest
        return [0, round(share, 4), f"{share:.0%}" if share >= 0.01 else f"{share:.1%}"]
    days = detail.get("days_apart")
    if isinstance(days, int):
        return [1, days, f"{days:,} day{'s' if days != 1 else ''}"]
    likeness = detail.get("likeness")
    if isinstance(likeness, int | float):
        return [2, round(1 - float(likeness) / 100, 3), f"likeness {likeness:.0f}"]
    return [3, 0, ""]


def _line_of(finding: Finding, group: list[Claim], unit: str | None, spans: dict[str, Span]) -> dict[str, Any] | None:
    """The number line's unit, axis kind and agreement band (around the reference: the named claim nearest
    the group's middle), or None when the claims have no place on a line."""
    if all(isinstance(c, QuantityClaim) for c in group):
        kind, shown = "amount", unit or common_about(group) or "count"  # a count of nothing named: "count"
    elif all(isinstance(c, DateClaim) for c in group):
        kind, shown = "date", "date"
    else:
        return None
    tolerance = str(finding.detail.get("tolerance", "0"))
    reference, band = _band(finding, group, unit, kind, tolerance, spans)
    line: dict[str, Any] = {"kind": kind, "unit": shown, "measured": bool(unit), "band": band, "tolerance": tolerance}
    if reference is not None:
        line["ref"] = group.index(reference)
    if kind == "date" and tolerance.rstrip("%") not in ("", "0"):
        line["tolerance"] = f"{tolerance.rstrip('%')} day(s)"
    return line


def common_about(group: list[Claim]) -> str:
    """What most figures of a group count ("people"), to label an axis of counts."""
    counted = Counter(c.counted for c in group if isinstance(c, QuantityClaim) and c.counted)
    return counted.most_common(1)[0][0] if counted else ""


Band = list[float | None]


def _band(
    finding: Finding, group: list[Claim], unit: str | None, kind: str, tolerance: str, spans: dict[str, Span]
) -> tuple[Claim | None, Band | None]:
    """(reference, band): the values that agree with the reference within the tolerance. The reference is
    the claim the finding names that stands nearest the middle of its group. As in the check, only an end the
    reference estimates moves by the tolerance: a bound ("at least 280,000") or an end its wording excludes
    ("nearly 2 million") stays where it is, and a figure beyond it breaks it."""
    placed = [(c, spans[c.id]) for c in finding.claims if spans[c.id][0] is not None or spans[c.id][1] is not None]
    if not placed:
        return None, None
    middle = sorted(_position(spans[c.id]) for c in group)[len(group) // 2]
    reference, (low, high, _, _) = min(placed, key=lambda cs: abs(_position(cs[1]) - middle))
    read = parse_tolerance(tolerance, "quantity" if kind != "date" else "date")
    amount = read.amount
    if kind == "date":
        return reference, [None if low is None else low - amount, None if high is None else high + amount]
    moves = (True, True)
    if isinstance(reference, QuantityClaim):
        moves = (reference.value.low_end == "estimate", reference.value.high_end == "estimate")
    if read.written and isinstance(reference, QuantityClaim):
        amount = written_spread(reference)  # what the reference's own wording leaves open
    elif read.relative:
        share = amount / 100
        below = None if low is None else _round(low * (1 - share)) if moves[0] else low
        above = None if high is None or (moves[1] and share >= 1) else _round(high / (1 - share)) if moves[1] else high
        return reference, [below, above]
    if isinstance(reference, QuantityClaim) and reference.canonical is not None:
        amount = amount_in(amount, unit)
    return reference, [
        None if low is None else _round(low - amount) if moves[0] else low,
        None if high is None else _round(high + amount) if moves[1] else high,
    ]


__all__ = [
    "ClaimsView",
    "Links",
    "claims_view",
    "claims_view_of",
    "links_for",
    "page_data",
    "read_block",
    "source_date",
    "unpack",
]
