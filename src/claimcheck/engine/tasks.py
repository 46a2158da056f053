"""Check tasks: each rule of a rule set, and each built-in rule switched on, is one task per block of the
claims it selects (blocks are what its check never compares across: days for a quantity rule with
`time: same`, name shapes and quote openings or speakers for the built-ins).

A task's verdicts and findings depend only on the claims it selects (its members), in their order. So a
task is checked once per distinct set of members: its result is kept under a digest of the task and its
members' identities (what each claim says, not where it stands), and a later run that finds the same
members reuses it, moving the claims of its findings to where they now stand. A run after one changed
article re-checks only the tasks that article's changed sentences belong to.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import struct
from array import array
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, partial
from itertools import repeat
from typing import Any, Protocol

from claimcheck.checks import BUILTINS, CHECKS
from claimcheck.checks.base import ANY_BLOCK
from claimcheck.checks.frames import remembered
from claimcheck.code_digest import code_digest
from claimcheck.models import Claim, Document, Finding, Verdict
from claimcheck.rules.model import Rule, RuleSet
from claimcheck.rules.select import RuleIndex, terms_of

TASKS_VERSION = "6"
# The code a task's result depends on: the checks, how rules select, the records and the words they use.
CHECK_CODE = ("checks", "rules", "models", "extract")
TASKS_AT_ONCE = 500  # tasks whose members are expanded, and kept results fetched, together
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
class Task:
    """A rule (YAML) or a built-in rule, as the check step runs it. Its claims come in blocks (`block` in
    its check's module) that are checked one by one, each as a task `rule-id/block`."""

    id: str
    definition: str
    rule: Rule | None = None
    builtin: str | None = None

    def run(self, claims: list[Claim]) -> tuple[list[Verdict], list[Finding]]:
        if self.builtin is not None:
            return BUILTINS[self.builtin].check(claims)  # type: ignore[no-any-return]
        assert self.rule is not None
        return CHECKS[self.rule.kind].check(self.rule, claims)  # type: ignore[no-any-return]


# A document's selections as kept in the store: a JSON line {task: number of members}, then one record per
# member, task after task: claim index, identity (8 bytes digesting what the claim says), claim id.
RECORD = struct.Struct("<I8s16s")
Record = tuple[int, bytes, bytes]
Selection = dict[str, bytes]  # task -> its members' records, packed


# One claim a task selected: (document, record), where `document` indexes the corpus' documents and the
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
    """The tasks of a rule set and which claims of a document each one selects. Everything it derives from
    the rules is worked out when it is made, so that nothing changes once threads or processes see it."""

    rules: RuleSet
    max_claims: int | None = None
    tasks: list[Task] = field(init=False, compare=False, repr=False)
    index: RuleIndex = field(init=False, compare=False, repr=False)  # the rules of the first tasks, in order
    key: str = field(init=False, compare=False)  # what decides the selections: the tasks and the claim limit

    def __post_init__(self) -> None:
        entities = json.dumps(self.rules.entities, sort_keys=True)
        tasks = [
            Task(rule.id, rule.model_dump_json() + entities, rule=rule)
            for rule in self.rules.rules
            if rule.kind in CHECKS
        ]
        tasks += [Task(name, name, builtin=name) for name in BUILTINS if self.rules.builtins.get(name, True)]
        index = RuleIndex([(task.rule, terms_of(task.rule, self.rules.entities)) for task in tasks if task.rule])
        text = "\n".join([checker_version(), str(self.max_claims), *(task.definition for task in tasks)])
        object.__setattr__(self, "tasks", tasks)
        object.__setattr__(self, "index", index)
        object.__setattr__(self, "key", hashlib.sha256(text.encode("utf-8")).hexdigest())

    def select(self, claims: list[Claim]) -> dict[str, list[int]]:
        """The positions in `claims` (one document's) that each block of each task selects (as
        `task/block`); blocks that select none left out."""
        claims = claims[: self.max_claims] if self.max_claims is not None else claims
        selected = self.index.select(claims)
        everything = list(range(len(claims)))
        chosen: dict[str, list[int]] = {}
        # The rule tasks come first, in the index's order: a rule's number there is its task's.
        for number in [*sorted(selected), *range(len(self.index.rules), len(self.tasks))]:
            task = self.tasks[number]
            if task.rule is not None:
                block = partial(CHECKS[task.rule.kind].block, task.rule)
            else:
                block = BUILTINS[task.builtin].block
            for position in selected.get(number, everything):
                key = block(claims[position])
                if key is not None:
                    chosen.setdefault(f"{task.id}/{key}", []).append(position)
        return chosen

    def records(self, claims: list[Claim], identities: bool = True) -> Selection:
        """One document's selections as packed member records; without `identities` (no store), empty digests."""
        chosen = self.select(claims)
        digests = identities_of(claims) if identities else [b""] * len(claims)
        return {
            task: b"".join([RECORD.pack(p, digests[p], claims[p].id.encode()) for p in positions])
            for task, positions in chosen.items()
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
        {task: len(records) // RECORD.size for task, records in selection.items()}, separators=(",", ":")
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
    for task, count in counts.items():
        end = start + int(count) * RECORD.size
        selection[task] = body[start:end]
        start = end
    return selection


def within(selection: Selection, count: int) -> bool:
    """Whether every member of a stored selection is one of its document's `count` claims."""
    return all(index < count for body in selection.values() for index, _, _ in RECORD.iter_unpack(body))


@dataclass
class Members:
    """What each block of each task selects, packed (a document index and a record: 32 bytes a member)
    and expanded one block at a time, in the order checks compare claims in: by date, document and place
    (`pairs.stable_key`). The members of a task's `ANY_BLOCK` are members of each of its blocks."""

    rank: list[int]  # document index -> its place in that order
    documents: dict[str, array[int]]
    records: dict[str, bytearray]

    def blocks(self) -> list[str]:
        """Every `task/block` that has members; an any-block only where its task has no other block."""
        blocks_per_task = Counter(key.partition("/")[0] for key in self.documents)
        return sorted(
            key
            for key in self.documents
            if key.partition("/")[2] != ANY_BLOCK or blocks_per_task[key.partition("/")[0]] == 1
        )

    def _own(self, key: str) -> list[Member]:
        if key not in self.documents:
            return []
        return list(zip(self.documents[key], RECORD.iter_unpack(self.records[key]), strict=True))

    def of(self, key: str) -> list[Member]:
        """The members of one block, with those of its task's any-block."""
        task, _, block = key.partition("/")
        own = self._own(key)
        shared = self._own(f"{task}/{ANY_BLOCK}") if block != ANY_BLOCK else []
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
        for task, body in selection.items():
            if task not in records:
                documents[task], records[task] = array("I"), bytearray()
            documents[task].extend(repeat(position, len(body) // RECORD.size))
            records[task] += body
    return Members(rank, documents, records)


def blocks_of(tasks: Sequence[Task], members: Members) -> list[Task]:
    """The tasks as they are checked: one per block of the claims each selects (`task/block` in
    `members`), which it compares separately, so that no check needs every claim of a corpus at once."""
    by_task: dict[str, list[str]] = {}
    for key in members.blocks():
        by_task.setdefault(key.partition("/")[0], []).append(key)
    return [
        Task(key, f"{task.definition}/{key}", rule=task.rule, builtin=task.builtin)
        for task in tasks
        for key in by_task.get(task.id, [])
    ]


@cache
def checker_version() -> str:
    """The task format and a digest of `CHECK_CODE`: a store never serves a result older checks gave."""
    return f"{TASKS_VERSION}/{code_digest(CHECK_CODE)}"


def task_key(task: Task, members: Sequence[Member]) -> str:
    digest = hashlib.sha256(f"{checker_version()}\n{task.definition}\n".encode())
    digest.update(b"".join([record[1] for _, record in members]))
    return digest.hexdigest()


@dataclass
class TaskStats:
    """How many tasks (blocks) a run checked afresh and how many results it took from the store."""

    kept: int = 0
    checked: int = 0


def run_tasks(
    tasks: Sequence[Task],
    members: Members,
    load: Load,
    results: ResultStore | None = None,
    stats: TaskStats | None = None,
    group_claims: dict[str, Claim] | None = None,
) -> tuple[list[Verdict], list[Finding]]:
    """Every task over its members, block by block; a result found in `results` is reused, a new one is
    kept there (and counted in `stats`). Kept results are fetched, and the claims of their findings loaded,
    in one go each; with `group_claims`, so are the claims of every group whose verdict is a discrepancy,
    put there by id."""
    checked = blocks_of(tasks, members)
    parts: list[tuple[str, Kept]] = []
    fresh: list[tuple[str, bytes]] = []
    for start in range(0, len(checked), TASKS_AT_ONCE):
        groups = [(task, members.of(task.id)) for task in checked[start : start + TASKS_AT_ONCE]]
        keys = [task_key(task, group) for task, group in groups]
        found = results.results(keys) if results is not None else {}
        for (task, group), key in zip(groups, keys, strict=True):
            part = kept_of(found[key], group) if key in found else None
            if part is None:
                payload, part = _checked(task, group, load, results is not None)
                fresh.append((key, payload))
            parts.append((key, part))
    wanted = {member for _, part in parts for member in part.wanted.values()}
    if group_claims is not None:
        wanted.update(member for _, part in parts for member in part.grouped)
    loaded = dict(zip(sorted(wanted), load(sorted(wanted)), strict=True))
    if group_claims is not None:
        group_claims.update((loaded[m].id, loaded[m]) for _, part in parts for m in part.grouped)
    verdicts: list[Verdict] = []
    findings: list[Finding] = []
    for task, (key, part) in zip(checked, parts, strict=True):
        try:
            made = part.made(loaded)
        except ValueError:  # a kept result that does not read back (a damaged store): checked afresh
            payload, part = _checked(task, members.of(task.id), load)
            fresh.append((key, payload))
            made = part.made(dict(zip(part.wanted.values(), load(list(part.wanted.values())), strict=True)))
        verdicts += made[0]
        findings += made[1]
    if results is not None:
        results.put_results(fresh)
    if stats is not None:
        stats.checked += len(fresh)
        stats.kept += len(checked) - len(fresh)
    return verdicts, findings


def _checked(task: Task, group: Sequence[Member], load: Load, keep: bool = True) -> tuple[bytes, Kept]:
    """A task checked now: its result as kept (only read back, not written out, without `keep`). What the
    readings of a claim give is worked out once per claim while its block is checked (`remembered`), as it is
    for the whole step where the claims are held in memory."""
    claims = load(group)
    with remembered():
        made = task.run(claims)
    data = result_data(*made, positions={c.id: p for p, c in enumerate(claims)})
    payload = encode(data) if keep else b""
    part = kept_from(data, group)
    assert part is not None, task.id
    return payload, part


@dataclass
class Kept:
    """A task's result as kept (see `result_data`), with the members its findings name."""

    verdicts: list[dict[str, Any]]
    findings: list[dict[str, Any]]
    wanted: dict[int, Member]  # position among the task's members -> member
    grouped: list[Member]  # the members of the groups whose verdict is a discrepancy

    def made(self, loaded: dict[Member, Claim]) -> tuple[list[Verdict], list[Finding]]:
        """The verdicts and findings, with `loaded` claims (by member) where they now stand."""
        verdicts = [Verdict.model_validate(v) for v in self.verdicts]
        findings = [
            Finding.model_validate(f | {"claims": [loaded[self.wanted[p]] for p in f["claims"]]}) for f in self.findings
        ]
        return verdicts, findings


def kept_of(payload: bytes, members: Sequence[Member]) -> Kept | None:
    """A kept result read back against the task's members; None when it cannot be (a damaged store)."""
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    return kept_from(data, members)


def kept_from(data: Any, members: Sequence[Member]) -> Kept | None:
    """A result (see `result_data`) against the task's members; None when it does not fit them."""
    try:
        verdicts = [v | {"claims": sorted(claim_id(members[p]) for p in v["claims"])} for v in data["verdicts"]]
        findings = data["findings"]
        wanted = {p: members[p] for f in findings for p in f["claims"]}
        grouped = [members[p] for v in data["verdicts"] if v["verdict"] == "discrepancy" for p in v["claims"]]
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return Kept(verdicts, findings, wanted, grouped)


def result_data(verdicts: list[Verdict], findings: list[Finding], positions: dict[str, int]) -> dict[str, Any]:
    """A task's result with every claim given as its position among the members, so that it holds anywhere."""
    return {
        "verdicts": [v.model_dump(mode="json") | {"claims": [positions[i] for i in v.claims]} for v in verdicts],
        "findings": [
            f.model_dump(mode="json", exclude={"claims"}) | {"claims": [positions[c.id] for c in f.claims]}
            for f in findings
        ],
    }


def encode(data: dict[str, Any]) -> bytes:
    """A task's result (see `result_data`) as kept in the store."""
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
