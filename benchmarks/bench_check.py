"""The check step alone (selection, grouping, comparison) on synthetic claims: 10^4, 10^5, 10^6, with 50 rules
(one per thing counted and what happened to it) or 500 (the same in each of ten places, as `mentions:`).

python benchmarks/bench_check.py [--claims 1000000] [--rules 500]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time

from synthetic import OUTLIERS, true_figure

from claimcheck.models import DocRef, Interval, QuantityClaim
from claimcheck.rules.model import Compare, Rule, RuleSet, Select

try:
    from claimcheck.engine.pipeline import run_rules
except ImportError:  # the layout before engine/, so that older code can be measured with this script
    from claimcheck.pipeline import run_rules  # type: ignore[import-not-found,no-redef]

COUNTED = [
    "people",
    "residents",
    "homes",
    "protesters",
    "workers",
    "voters",
    "refugees",
    "patients",
    "troops",
    "passengers",
    "students",
    "teachers",
    "farmers",
    "buildings",
    "vehicles",
    "schools",
]
PLACES = ["Turkey", "Chile", "Nepal", "Peru", "Japan", "Kenya", "Haiti", "Italy", "Mexico", "Greece"]
PREDICATES = [
    "killed",
    "injured",
    "missing",
    "displaced",
    "arrested",
    "evacuated",
    "destroyed",
    "marched",
    "voted",
    "rescued",
]


def synthetic_claims(count: int, seed: int = 1) -> list[QuantityClaim]:
    rng = random.Random(seed)
    docs = [
        DocRef(
            id=f"doc-{i}",
            outlet=f"Outlet {i % 50}",
            title=f"Story {i} in {PLACES[i % len(PLACES)]}",
            path="corpus.txt",
            published=dt.date(2024, 1, 1) + dt.timedelta(days=i % 300),
        )
        for i in range(max(1, count // 20))
    ]
    claims = []
    for n in range(count):
        counted, predicate = rng.choice(COUNTED), rng.choice(PREDICATES)
        value = float(true_figure(counted, predicate)) * rng.uniform(0.97, 1.03)
        value = round(value * (rng.uniform(1.5, 3) if rng.random() < OUTLIERS else 1))
        interval = Interval.model_construct(point=value, low=value, high=value, approx=rng.random() < 0.3)
        claims.append(
            QuantityClaim.model_construct(
                id=f"c{n}",
                kind="quantity",
                doc=rng.choice(docs),
                text=f"{value:,.0f}",
                sentence="s",
                path="corpus.txt",
                line=n + 1,
                column=1,
                start=n * 10,
                end=n * 10 + 5,
                confidence=0.9,
                value=interval,
                qualifier=None,
                unit=None,
                canonical=None,
                counted=counted,
                predicate=predicate,
                scope=None,
                source=None,
                time=None,
                as_of=None,
            )
        )
    return claims


def rules(count: int = 50) -> RuleSet:
    """`count` rules: up to 50, one per thing counted and what happened to it; past 50, the same for each place
    (`mentions:` the place, which is in the title of each article about it)."""
    facts = [(c, p) for c in COUNTED[:10] for p in PREDICATES[:5]]
    if count <= len(facts):
        made = [_rule(f"{c}-{p}", Select(counted=[c], predicate=[p])) for c, p in facts[:count]]
    else:
        if count > len(facts) * len(PLACES):
            raise SystemExit(f"at most {len(facts) * len(PLACES)} rules")
        made = [
            _rule(f"{c}-{p}-{place.lower()}", Select(counted=[c], predicate=[p], mentions=[place]))
            for place in PLACES
            for c, p in facts
        ][:count]
    return RuleSet(rules=made, builtins={"name-spelling": False, "quote-speaker": False, "quote-wording": False})


def _rule(rule_id: str, select: Select) -> Rule:
    return Rule(
        id=rule_id,
        title=rule_id.replace("-", " "),
        kind="quantity",
        select=select,
        compare=Compare(tolerance="10%", time="same"),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--rules", type=int, default=50, help="50 (the default) or up to 500")
    args = parser.parse_args()
    rule_set = rules(args.rules)
    for count in args.claims:
        claims = synthetic_claims(count)
        start, cpu = time.perf_counter(), time.process_time()
        verdicts, findings = run_rules(rule_set, claims)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        print(
            f"{count:>9,} claims, {len(rule_set.rules)} rules: check step {seconds:6.2f} s, CPU {cpu:6.2f} s "
            f"({len(verdicts)} verdicts, {len(findings)} findings)",
            flush=True,
        )


if __name__ == "__main__":
    main()
