"""unit-conversion (built-in) — a measure and its conversion in brackets that disagree.

What it does: reads a measure followed right away by the same measure in another unit in brackets ("about
90 km (124 miles) off the coast", "a 300-metre (984ft) tower") and reports it when the two are not one
quantity, each as precise as it is written ("90 km (56 miles)" and "80 metres (260ft)" agree; "90 km (124
miles)" does not: 124 miles is 200 km). Sums of money are left out, since no exchange rate is held, and so are
times of day (a local time and its UTC) and shares; a change of temperature is converted as a change, and
brackets that restate a list of measures ("3ft 1in x 4ft 2in (93cm x 1.26m)") are read by no pair. A finding
at `warning`, within one document.

Why: a conversion that does not match its figure means one of the two is wrong, and readers of either unit
get a different figure.

Switch off with ``builtins: {unit-conversion: false}``.
"""

from __future__ import annotations

import re
from collections import defaultdict

from claimcheck.extract.units import TIME_OF_DAY
from claimcheck.models import Claim, Finding, QuantityClaim, Verdict
from claimcheck.rules.facts import dimension_of, is_change
from claimcheck.rules.model import Rule

from .pairs import finding
from .quantity import compared_as_written

RULE = Rule(id="unit-conversion", title="Measure and its conversion disagree", severity="warning", kind="quantity")
# What stands between a measure and its conversion: an opening bracket.
_OPENING = re.compile(r"\s*\(\s*")
# Dimensions whose figures are never a conversion of one another here.
_LEFT_OUT = frozenset({"money", "ratio", "count", "rate"})


def block(claim: Claim) -> str | None:
    """The block a figure is compared within (None: not read): its sentence, for a measure in a unit."""
    return _sentence_key(claim) if _measure(claim) else None


def _sentence_key(claim: Claim) -> str:
    return f"{claim.doc.id}:{claim.line}:{claim.sentence}"


def _measure(claim: Claim) -> bool:
    if not isinstance(claim, QuantityClaim) or claim.canonical is None or not claim.unit:
        return False
    return claim.unit != TIME_OF_DAY and dimension_of(claim) not in _LEFT_OUT


def _restated(a: QuantityClaim, b: QuantityClaim) -> bool:
    """Whether `b` is `a` restated in brackets right after it, in another unit of one dimension."""
    start, end = a.sentence.find(a.text), a.sentence.find(b.text)
    if start < 0 or end < 0 or a.unit == b.unit or a.canonical is None or b.canonical is None:
        return False
    between, after = a.sentence[start + len(a.text) : end], a.sentence[end + len(b.text) :]
    if a.canonical.unit != b.canonical.unit or _OPENING.fullmatch(between) is None:
        return False
    # the brackets hold `b` alone ("3ft 1in x 4ft 2in (93cm x 1.26m)" restates a list, figure by figure), and a
    # change of temperature is converted as a change ("rising by 0.4 degrees Celsius (0.72 degrees Fahrenheit)")
    return after.lstrip().startswith(")") and not (dimension_of(a) == "temperature" and is_change(a))


def check(claims: list[Claim]) -> tuple[list[Verdict], list[Finding]]:
    by_sentence: dict[str, list[QuantityClaim]] = defaultdict(list)
    for claim in claims:
        if _measure(claim):
            by_sentence[_sentence_key(claim)].append(claim)  # type: ignore[arg-type]
    verdicts: list[Verdict] = []
    findings: list[Finding] = []
    for key in sorted(by_sentence):
        group = sorted(by_sentence[key], key=lambda c: c.start)
        for a, b in zip(group, group[1:], strict=False):
            if not _restated(a, b) or compared_as_written(a, b).verdict != "discrepancy":
                continue
            message = f"{a.doc.label}: “{a.text}” is given as “{b.text}”, another quantity"
            findings.append(finding(RULE, a, b, message, False, {}, RULE.severity))
            verdicts.append(Verdict(rule=RULE.id, verdict="discrepancy", reason=message, claims=sorted([a.id, b.id])))
    return verdicts, findings
