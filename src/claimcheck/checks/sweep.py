"""Which pairs of a group of figures can disagree, found without visiting every pair.

Figures that share everything a pair's verdict depends on but their values (their story, unit and time frame;
closed intervals whose ends are estimates) form a class. Two figures of a class from different documents
overlap, or lie apart by a gap that the tolerance absorbs or not: nothing else decides their verdict. So
within a class the figures are sorted by their high ends, and each figure meets only those whose high end
lies further below its low end than the tolerance reaches (`Span.reach`): the pairs that can disagree, each
then compared exactly. The verdicts of the other pairs of a class are counted, not visited: two exact figures
with the same ends are consistent, every other pair is within tolerance. Pairs across classes, inside one
document, or with a figure outside every class (an open or strict end) are compared one by one.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import NamedTuple

Pair = tuple[int, int]  # positions in the group, the earlier first


class Span(NamedTuple):
    """What the sweep needs of one figure."""

    kind: Hashable | None  # its class; None: compared one by one with every other figure
    doc: str
    low: float
    high: float
    exact: bool  # not approximate: two exact figures with the same ends are consistent
    reach: float  # the most a pair's allowance can be at this figure's size (tolerance and wording), or more


@dataclass(frozen=True)
class Sweep:
    one_by_one: list[Pair]  # pairs to compare one by one, in order
    candidates: list[Pair]  # pairs of one class that can disagree, in order: compare them exactly
    classes: list[list[int]]  # the positions of each class's figures


# Added to each figure's reach, relative to its size: the sweep may visit a pair more, never one less.
_MARGIN = 1e-6


def sweep(spans: Sequence[Span]) -> Sweep:
    members: dict[Hashable, list[int]] = {}
    loose = []
    for position, span in enumerate(spans):
        if span.kind is None:
            loose.append(position)
        else:
            members.setdefault(span.kind, []).append(position)
    classes = list(members.values())
    one_by_one = sorted({*_across(spans, classes, loose), *_within_documents(spans, classes)})
    candidates = sorted({pair for positions in classes for pair in _far_apart(spans, positions)})
    return Sweep(one_by_one, candidates, classes)


def _across(spans: Sequence[Span], classes: list[list[int]], loose: list[int]) -> Iterator[Pair]:
    """Every pair with a figure outside every class, and every pair of figures of two classes."""
    for position in loose:
        for other in range(len(spans)):
            if other != position:
                yield (min(position, other), max(position, other))
    for first, second in combinations(classes, 2):
        for a in first:
            for b in second:
                yield (min(a, b), max(a, b))


def _within_documents(spans: Sequence[Span], classes: list[list[int]]) -> Iterator[Pair]:
    """The pairs of one class whose figures are in one document."""
    for positions in classes:
        by_document: dict[str, list[int]] = {}
        for position in positions:
            by_document.setdefault(spans[position].doc, []).append(position)
        for together in by_document.values():
            yield from combinations(together, 2)


def _far_apart(spans: Sequence[Span], positions: list[int]) -> Iterator[Pair]:
    """The pairs of one class, from different documents, whose gap may be beyond what the tolerance allows:
    the lower figure's high end further below the upper's low end than the upper figure's reach."""
    by_high = sorted(positions, key=lambda p: spans[p].high)
    highs = [spans[p].high for p in by_high]
    for upper in positions:
        span = spans[upper]
        limit = span.low - span.reach + _MARGIN * (1.0 + abs(span.low) + span.reach)
        for lower in by_high[: bisect_left(highs, limit)]:
            if spans[lower].doc != span.doc:
                yield (min(lower, upper), max(lower, upper))


def agreeing_kinds(spans: Sequence[Span], classes: list[list[int]], discrepancies: int) -> set[str]:
    """The verdicts of the pairs of different documents within classes, other than their `discrepancies`."""
    pairs = consistent = 0
    for positions in classes:
        pairs += _pairs_apart(spans, positions)
        same_ends: dict[tuple[float, float], list[int]] = {}
        for position in positions:
            span = spans[position]
            if span.exact:
                same_ends.setdefault((span.low, span.high), []).append(position)
        consistent += sum(_pairs_apart(spans, together) for together in same_ends.values() if len(together) > 1)
    kinds = {"consistent"} if consistent else set()
    return kinds | {"within-tolerance"} if pairs - consistent - discrepancies > 0 else kinds


def _pairs_apart(spans: Sequence[Span], positions: list[int]) -> int:
    """The number of pairs of `positions` whose figures are in different documents."""
    per_document: dict[str, int] = {}
    for position in positions:
        doc = spans[position].doc
        per_document[doc] = per_document.get(doc, 0) + 1
    return len(positions) * (len(positions) - 1) // 2 - sum(n * (n - 1) // 2 for n in per_document.values() if n > 1)


def documents_agreeing_in_class(
    spans: Sequence[Span], per_document: Counter[str], position: int, against: set[int]
) -> set[str]:
    """The documents (other than its own) of a class (`per_document`: its figures per document) whose figures
    do not all disagree with the figure at `position` (`against`: the positions of those that do)."""
    disagreeing = Counter(spans[p].doc for p in against)
    every_one = {doc for doc, n in disagreeing.items() if n == per_document[doc]}
    return per_document.keys() - every_one - {spans[position].doc}
