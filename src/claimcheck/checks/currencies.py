"""Sums in two currencies: compared only through a sum an article states in both.

No exchange rate is written into claimcheck, and none is worked out: rates move from day to day, and a rate
taken from one day would judge another's conversion wrong. A sum in one currency is compared with a sum in
another only where an article of the group states one sum in both, the second restating the first right after
it, in brackets or after "or" ("€1.2 billion ($1.3 billion)", "£40m, or about $52m"): that article is the
bridge. A figure that agrees with the bridge's sum in its own currency is compared with the other figure as the
bridge writes that sum in the other's currency: "$1.3 billion" and "€1.2bn" agree through "€1.2 billion ($1.3
billion)", "$1.2 billion" and "€1.2bn" do not. Where neither figure agrees with the bridge's sum, the bridge is
of another sum and decides nothing; where no article states both currencies, the figures are not comparable.
One bridge is crossed at a time: dollars and pounds are not compared through euros. A sum of an earlier year
("sold for £45 ($59) in 1958") bridges nothing: the article converts it at the rate of its own day.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

from claimcheck.extract.currency import is_currency, one_currency
from claimcheck.models import QuantityClaim

from .frames import article_day, frame_of

# What stands between a sum and its restatement in another currency: "(", "[", ", or", "or".
_RESTATING = re.compile(r"\s*(?:[(\[]|,?\s*or)\s*")


class StatedSum(NamedTuple):
    """One sum an article states in two currencies: as written first, and restated."""

    first: QuantityClaim
    restated: QuantityClaim


class Through(NamedTuple):
    """Two figures in two currencies compared through a stated sum: the pair compared in one currency (the figure
    that departs from the bridge, and the bridge's figure in its currency), and whether both agree with it."""

    agree: bool
    compared: tuple[QuantityClaim, QuantityClaim]
    bridge: StatedSum


def money_unit(claim: QuantityClaim) -> str | None:
    """The currency of a sum (a code, or a family no place decided), or None for any other figure."""
    unit = claim.canonical.unit if claim.canonical else claim.unit
    return unit if unit and is_currency(unit) else None


def stated_sums(claims: Iterable[QuantityClaim]) -> tuple[StatedSum, ...]:
    """The sums the claims' articles state in two currencies, each a sum and its restatement right after it."""
    by_sentence: dict[tuple[str, str], list[tuple[int, QuantityClaim]]] = {}
    for claim in claims:
        at = claim.sentence.find(claim.text)
        if money_unit(claim) and at >= 0 and not _of_an_earlier_year(claim):
            by_sentence.setdefault((claim.doc.id, claim.sentence), []).append((at, claim))
    found = []
    for (_, sentence), placed in by_sentence.items():
        starting: dict[int, list[QuantityClaim]] = {}
        for position, claim in placed:  # a title that repeats its body's sentence gives each figure twice
            starting.setdefault(position, []).append(claim)
        starts = sorted(starting)
        for here, then in zip(starts, starts[1:], strict=False):
            for first in starting[here]:
                between = sentence[here + len(first.text) : then]
                found += [
                    StatedSum(first, restated)
                    for restated in starting[then]
                    if not one_currency(money_unit(first), money_unit(restated)) and _RESTATING.fullmatch(between)
                ]
    return tuple(found)


def _of_an_earlier_year(claim: QuantityClaim) -> bool:
    """Whether a sum is of a year before its article's ("sold for £45 ($59) in 1958"): an article converts at the
    rate of its own day, which says nothing of what that sum was worth in the other currency then."""
    frame, day = frame_of(claim), article_day(claim)
    return frame.stated and day is not None and frame.period[:4] < f"{day.year:04d}"


def through_stated_sum(
    x: QuantityClaim,
    y: QuantityClaim,
    bridges: Iterable[StatedSum],
    agrees: Callable[[QuantityClaim, QuantityClaim], bool],
) -> Through | None:
    """Two sums in two currencies compared through a bridge that states one sum in both, if one decides: both
    agree with the bridge (they agree), or one does and the other does not (they disagree). A bridge by which
    they agree is preferred to one by which they do not (two bridges may round a conversion apart)."""
    verdicts = []
    for bridge in bridges:
        for own, other in ((bridge.first, bridge.restated), (bridge.restated, bridge.first)):
            if not (one_currency(money_unit(own), money_unit(x)) and one_currency(money_unit(other), money_unit(y))):
                continue
            x_agrees, y_agrees = x is own or agrees(x, own), y is other or agrees(y, other)
            if x_agrees or y_agrees:
                compared = (x, own) if not x_agrees else (y, other)
                verdicts.append(Through(x_agrees and y_agrees, compared, bridge))
    return max(verdicts, key=lambda through: through.agree, default=None)
