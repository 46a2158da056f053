"""Check units: each rule of a rule set, and each built-in rule switched on, is one unit per block of the
claims it selects (blocks are what its check never compares across: days for a quantity rule with
`time: same`, name shapes and quote openings or speakers for the built-ins).

A unit's verdicts and findings depend only on the claims it selects (its members), in their order. So a
unit is checked once per distinct set of members: its result is kept under a digest of the unit and its
members' identities (what each claim says, not where it stands), and a later run that finds the same
members reuses it, moving the claims of its findings to where they now stand. A run after one changed
article re-checks only the units that article's changed sentences belong to.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import struct
from array import array
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property, partial
from itertools import repeat
from typing import Any, Protocol

from claimcheck.checks import BUILTINS, CHECKS
from claimcheck.checks.base import ANY_BLOCK
from claimcheck.models import Claim, Document, Finding, Verdict
from claimcheck.rules.model import Rule, RuleSet
from claimcheck.rules.select import ClaimIndex, Terms, terms_of

UNITS_VERSION = "5"
UNITS_AT_ONCE = 500  # units whose members are expanded, and kept results fetched, together
# What a claim says, without where it stands: the part of a claim a check may depend on.
PLACE_FIELDS: dict[str, Any] = {
    "id": True,
    "path": True,
    "line": True,
    "column": True,
    "start": True,
    "end": True,
    "doc": {"path"},
}


@dataclass(frozen=True)
class Unit:
    """A rule (YAML) or a built-in rule, as the check step runs it. Its claims come in blocks (`block` in
    its check's module) that are checked one by one, each as a unit `rule-id/block`."""

    id: str
    definition: str
    rule: Rule | None = None
    builtin: str | None = None

    def run(self, claims: list[Claim]) -> tuple[list[Verdict], list[Finding]]:
        if self.builtin is not None:
            return BUILTINS[self.builtin].check(claims)  # type: ignore[no-any-return]
        assert self.rule is not None
        return CHECKS[self.rule.kind].check(self.rule, claims)  # type: ignore[no-any-return]


# A document's selections as kept in the store: a JSON line {unit: number of members}, then one record per
# member, unit after unit: claim index, identity (8 bytes digesting what the claim says), claim id.
RECORD = struct.Struct("<I8s16s")
Record = tuple[int, bytes, bytes]
Selection = dict[str, bytes]  # unit -> its members' records, packed


# One claim a unit selected: (document, record), where `document` indexes the corpus' documents and the
# record is as stored. Plain tuples: a large corpus has millions of them.
Member = tuple[int, Record]


def claim_id(member: Member) -> str:
    return member[1][2].decode("ascii")


Load = Callable[[Sequence[Member]], list[Claim]]


class ResultStore(Protocol):
    def results(self, keys: list[str]) -> dict[str, bytes]: ...
    def put_results(self, rows: list[tuple[str, bytes]]) -> None: ...


@dataclass(frozen=True)
class Selector:
    """The units of a rule set and which claims of a document each one selects."""

    rules: RuleSet
    max_claims: int | None = None

    @cached_property
    def units(self) -> list[Unit]:
        entities = json.dumps(self.rules.entities, sort_keys=True)
        units = [
            Unit(rule.id, rule.model_dump_json() + entities, rule=rule)
            for rule in self.rules.rules
            if rule.kind in CHECKS
        ]
        units += [Unit(name, name, builtin=name) for name in BUILTINS if self.rules.builtins.get(name, True)]
        return units

    @cached_property
    def terms(self) -> dict[str, Terms]:
        """Each rule's words, with entity ids replaced by their aliases."""
        return {unit.id: terms_of(unit.rule, self.rules.entities) for unit in self.units if unit.rule is not None}

    @cached_property
    def key(self) -> str:
        """What decides the selections: the units and the claim limit."""
        text = "\n".join([UNITS_VERSION, str(self.max_claims), *(u.definition for u in self.units)])
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def select(self, claims: list[Claim]) -> dict[str, list[int]]:
        """The positions in `claims` (one document's) that each block of each unit selects (as
        `unit/block`); blocks that select none left out."""
        claims = claims[: self.max_claims] if self.max_claims is not None else claims
        index = ClaimIndex(claims)
        chosen: dict[str, list[int]] = {}
        for unit in self.units:
            if unit.rule is not None:
                block = partial(CHECKS[unit.rule.kind].block, unit.rule)
                positions = index.select_positions(unit.rule, self.terms[unit.id])
            else:
                block = BUILTINS[unit.builtin].block  # type: ignore[index]
                positions = list(range(len(claims)))
            for position in positions:
                key = block(claims[position])
                if key is not None:
                    chosen.setdefault(f"{unit.id}/{key}", []).append(position)
        return chosen

    def records(self, claims: list[Claim], identities: bool = True) -> Selection:
        """One document's selections as packed member records; without `identities` (no store), empty digests."""
        chosen = self.select(claims)
        digests = identities_of(claims) if identities else [b""] * len(claims)
        return {
            unit: b"".join([RECORD.pack(p, digests[p], claims[p].id.encode()) for p in positions])
            for unit, positions in chosen.items()
        }

    def payload(self, claims: list[Claim]) -> bytes:
        """One document's selections, as kept in the store (see RECORD)."""
        return packed(self.records(claims))


def identities_of(claims: list[Claim]) -> list[bytes]:
    """What each claim of one document says, as a digest; a repeated claim's digest counts its occurrence."""
    seen: dict[str, int] = {}
    out = []
    for claim in claims:
        said = claim.model_dump_json(exclude=PLACE_FIELDS)
        seen[said] = seen.get(said, 0) + 1
        out.append(hashlib.sha1(f"{said}#{seen[said]}".encode()).digest()[:8])
    return out


def packed(selection: Selection) -> bytes:
    """A document's selection as kept in the store (see RECORD)."""
    header = json.dumps(
        {unit: len(records) // RECORD.size for unit, records in selection.items()}, separators=(",", ":")
    )
    return b"".join([header.encode("utf-8"), b"\n", *selection.values()])


def unpacked(payload: bytes) -> Selection | None:
    """A stored selection (see RECORD); None when it is not whole (a damaged store)."""
    head, _, body = payload.partition(b"\n")
    try:
        counts = json.loads(head)
        if not isinstance(counts, dict) or len(body) != RECORD.size * sum(int(n) for n in counts.values()):
            return None
    except (ValueError, TypeError):
        return None
    selection: Selection = {}
    start = 0
    for unit, count in counts.items():
        end = start + int(count) * RECORD.size
        selection[unit] = body[start:end]
        start = end
    return selection


@dataclass
class Members:
    """What each block of each unit selects, packed (a document index and a record: 32 bytes a member)
    and expanded one block at a time, in the order checks compare claims in: by date, document and place
    (`pairs.stable_key`). The members of a unit's `ANY_BLOCK` are members of each of its blocks."""

    rank: list[int]  # document index -> its place in that order
    documents: dict[str, array[int]]
    records: dict[str, bytearray]

    def blocks(self) -> list[str]:
        """Every `unit/block` that has members; an any-block only where its unit has no other block."""
        blocks_per_unit = Counter(key.partition("/")[0] for key in self.documents)
        return sorted(
            key
            for key in self.documents
            if key.partition("/")[2] != ANY_BLOCK or blocks_per_unit[key.partition("/")[0]] == 1
        )

    def _own(self, key: str) -> list[Member]:
        if key not in self.documents:
            return []
        return list(zip(self.documents[key], RECORD.iter_unpack(self.records[key]), strict=True))

    def of(self, key: str) -> list[Member]:
        """The members of one block, with those of its unit's any-block."""
        unit, _, block = key.partition("/")
        own = self._own(key)
        shared = self._own(f"{unit}/{ANY_BLOCK}") if block != ANY_BLOCK else []
        if not shared:
            return own
        rank = self.rank
        return list(heapq.merge(own, shared, key=lambda m: (rank[m[0]], m[1][0])))


def members_of(selections: Sequence[tuple[int, Document, Selection]]) -> Members:
    """Each block's members, from (document index, document, its selection)."""
    order = sorted(selections, key=lambda s: (str(s[1].published), s[1].id, s[0]))
    rank = [0] * (max((s[0] for s in selections), default=-1) + 1)
    documents: dict[str, array[int]] = {}
    records: dict[str, bytearray] = {}
    for place, (position, _, selection) in enumerate(order):
        rank[position] = place
        for unit, body in selection.items():
            if unit not in records:
                documents[unit], records[unit] = array("I"), bytearray()
            documents[unit].extend(repeat(position, len(body) // RECORD.size))
            records[unit] += body
    return Members(rank, documents, records)


def blocks_of(units: Sequence[Unit], members: Members) -> list[Unit]:
    """The units as they are checked: one per block of the claims each selects (`unit/block` in
    `members`), which it compares separately, so that no check needs every claim of a corpus at once."""
    by_unit: dict[str, list[str]] = {}
    for key in members.blocks():
        by_unit.setdefault(key.partition("/")[0], []).append(key)
    return [
        Unit(key, f"{unit.definition}/{key}", rule=unit.rule, builtin=unit.builtin)
        for unit in units
        for key in by_unit.get(unit.id, [])
    ]


def unit_key(unit: Unit, members: Sequence[Member]) -> str:
    digest = hashlib.sha256(f"{UNITS_VERSION}\n{unit.definition}\n".encode())
    digest.update(b"".join([record[1] for _, record in members]))
    return digest.hexdigest()


def run_units(
    units: Sequence[Unit], members: Members, load: Load, results: ResultStore | None = None
) -> tuple[list[Verdict], list[Finding]]:
    """Every unit over its members, block by block; a result found in `results` is reused, a new one is
    kept there. Kept results are fetched, and the claims of their findings loaded, in one go each."""
    checked = blocks_of(units, members)
    parts: list[tuple[str, Kept]] = []
    fresh: list[tuple[str, bytes]] = []
    for start in range(0, len(checked), UNITS_AT_ONCE):
        groups = [(unit, members.of(unit.id)) for unit in checked[start : start + UNITS_AT_ONCE]]
        keys = [unit_key(unit, group) for unit, group in groups]
        found = results.results(keys) if results is not None else {}
        for (unit, group), key in zip(groups, keys, strict=True):
            part = kept_of(found[key], group) if key in found else None
            if part is None:
                payload, part = _checked(unit, group, load)
                fresh.append((key, payload))
            parts.append((key, part))
    wanted = sorted({member for _, part in parts for member in part.wanted.values()})
    loaded = dict(zip(wanted, load(wanted), strict=True))
    verdicts: list[Verdict] = []
    findings: list[Finding] = []
    for unit, (key, part) in zip(checked, parts, strict=True):
        try:
            made = part.made(loaded)
        except ValueError:  # a kept result that does not read back (a damaged store): checked afresh
            payload, part = _checked(unit, members.of(unit.id), load)
            fresh.append((key, payload))
            made = part.made(dict(zip(part.wanted.values(), load(list(part.wanted.values())), strict=True)))
        verdicts += made[0]
        findings += made[1]
    if results is not None:
        results.put_results(fresh)
    return verdicts, findings


def _checked(unit: Unit, group: Sequence[Member], load: Load) -> tuple[bytes, Kept]:
    """A unit checked now: its result as kept, and read back."""
    claims = load(group)
    payload = encode(*unit.run(claims), positions={c.id: p for p, c in enumerate(claims)})
    part = kept_of(payload, group)
    assert part is not None, unit.id
    return payload, part


@dataclass
class Kept:
    """A unit's result as kept (see `encode`), with the members its findings name."""

    verdicts: list[dict[str, Any]]
    findings: list[dict[str, Any]]
    wanted: dict[int, Member]  # position among the unit's members -> member

    def made(self, loaded: dict[Member, Claim]) -> tuple[list[Verdict], list[Finding]]:
        """The verdicts and findings, with `loaded` claims (by member) where they now stand."""
        verdicts = [Verdict.model_validate(v) for v in self.verdicts]
        findings = [
            Finding.model_validate(f | {"claims": [loaded[self.wanted[p]] for p in f["claims"]]}) for f in self.findings
        ]
        return verdicts, findings


def kept_of(payload: bytes, members: Sequence[Member]) -> Kept | None:
    """A kept result read back against the unit's members; None when it cannot be (a damaged store)."""
    try:
        data = json.loads(payload)
        verdicts = [v | {"claims": sorted(claim_id(members[p]) for p in v["claims"])} for v in data["verdicts"]]
        findings = data["findings"]
        wanted = {p: members[p] for f in findings for p in f["claims"]}
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return Kept(verdicts, findings, wanted)


def encode(verdicts: list[Verdict], findings: list[Finding], positions: dict[str, int]) -> bytes:
    """A unit's result with every claim given as its position among the members, so that it holds anywhere."""
    data = {
        "verdicts": [v.model_dump(mode="json") | {"claims": [positions[i] for i in v.claims]} for v in verdicts],
        "findings": [
            f.model_dump(mode="json", exclude={"claims"}) | {"claims": [positions[c.id] for c in f.claims]}
            for f in findings
        ],
    }
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
