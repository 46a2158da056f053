"""A seeded generator of realistic news digests: figures with qualifiers, dates, quotes and names on
many subjects, so that benchmarks run on text shaped like the real thing, reproducibly.

    python benchmarks/synthetic.py --megabytes 10 --seed 1 -o /tmp/corpus.txt
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

EVENTS = [
    ("earthquake", "struck", "people", "killed", "the quake", ["Turkey", "Nepal", "Chile", "Japan", "Morocco"]),
    ("flood", "hit", "residents", "displaced", "the floods", ["Pakistan", "Libya", "Kenya", "Bavaria", "Assam"]),
    ("protest", "began", "protesters", "marched", "the march", ["Paris", "Lisbon", "Seoul", "Santiago", "Nairobi"]),
    ("storm", "made landfall", "homes", "destroyed", "the storm", ["Acapulco", "Florida", "Luzon", "Odisha", "Cuba"]),
    ("strike", "started", "workers", "walked out", "the strike", ["Detroit", "Lyon", "Leeds", "Ulsan", "Turin"]),
    ("election", "was held", "voters", "turned out", "the vote", ["Poland", "Ghana", "Peru", "Finland", "Taiwan"]),
]
QUALIFIERS = ["at least", "more than", "about", "some", "nearly", "up to", "an estimated", "around", "over", ""]
SOURCES = [
    "officials said",
    "according to the interior ministry",
    "police said",
    "organisers said",
    "the Red Cross said",
    "local media reported",
    "citing rescuers",
]
FIRST = ["Maria", "Ahmed", "Li", "Olga", "Carlos", "Amina", "Jonas", "Priya", "Samuel", "Fatima", "Ivan", "Grace"]
LAST = ["Okafor", "Petrov", "Garcia", "Nakamura", "Haddad", "Kowalski", "Mensah", "Silva", "Novak", "Rahman"]
ROLES = [
    "a spokesman for the ministry",
    "the regional governor",
    "a local resident",
    "the mayor",
    "a rescue coordinator",
    "a union leader",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# A quote is four phrases; each event in each place has its own three, said by its own spokesperson.
PHRASES = [
    [
        "We have",
        "The rescue teams have",
        "Our volunteers have",
        "The families here have",
        "The hospitals have",
        "Everyone in the valley has",
        "The fire crews have",
        "Our engineers have",
        "The schools have",
        "The farmers here have",
        "The old town has",
        "Our nurses have",
    ],
    [
        "never faced",
        "been waiting days for",
        "not been able to cope with",
        "not been prepared for",
        "asked again and again for help with",
        "been left alone with",
        "seen nothing to compare with",
        "been counting the cost of",
        "had no warning of",
        "lost patience with",
        "been overwhelmed by",
        "lived through",
    ],
    [
        "damage on this scale",
        "a night like the last one",
        "the loss of so many homes",
        "roads that simply vanished",
        "this much water",
        "the silence after the shock",
        "the queues for fuel",
        "a winter without heating",
        "the collapse of the old bridge",
        "the price of bread doubling",
        "power cuts every evening",
        "the smell of smoke everywhere",
    ],
    [
        "and we say so plainly",
        "whatever the officials claim",
        "even now",
        "in all our years here",
        "and it shows",
        "not here, not like this",
        "and the world should know it",
        "since the first hour",
        "with no end in sight",
        "and nobody came",
        "as the television showed",
        "before the rain returned",
    ],
]
MISATTRIBUTED = 0.01  # share of quotes a copy puts in the wrong mouth
OUTLETS = ["Daily Courier", "Morning Wire", "The Chronicle", "Global Report", "City Herald", "Evening Post"]


OUTLIERS = 0.02  # share of figures a source gets wrong


def true_figure(*fact: str) -> int:
    """The real value of one fact (an event in a place, and what is counted), the same in every article."""
    pick = random.Random("|".join(fact))
    return pick.choice([pick.randint(2, 99), pick.randint(100, 999), pick.randint(1, 300) * 1000])


def _figure(rng: random.Random, truth: int) -> str:
    """A figure as a source reports it: the value within 3%, rounded, with a qualifier; now and then wrong."""
    value = truth * rng.uniform(0.97, 1.03) * (rng.uniform(1.5, 3) if rng.random() < OUTLIERS else 1)
    digits = len(str(int(value)))
    value = round(value, -max(0, digits - 2)) if value >= 100 else round(value)
    qualifier = rng.choice(QUALIFIERS)
    return f"{qualifier} {int(value):,}".strip()


def spokesperson(event: tuple, place: str) -> tuple[str, str, list[str]]:
    """(name, role, statements) of the person every outlet quotes on one event in one place."""
    pick = random.Random(f"{event[0]}|{place}")
    statements = [" ".join(pick.choice(options) for options in PHRASES) for _ in range(3)]
    return f"{pick.choice(FIRST)} {pick.choice(LAST)}", pick.choice(ROLES), statements


def paragraph(rng: random.Random, event: tuple, place: str, published: dt.date) -> str:
    kind, verb, counted, predicate, subject, _ = event
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    speaker, role, statements = spokesperson(event, place)
    if rng.random() < MISATTRIBUTED:
        speaker = name
    statement = rng.choice(statements)
    day = published - dt.timedelta(days=rng.randint(1, 5))
    toll, helped = true_figure(kind, place, counted), true_figure(kind, place, "help")
    choices = [
        f"{_figure(rng, toll).capitalize()} {counted} were {predicate} after {subject} {verb} in {place} on "
        f"{rng.choice(WEEKDAYS)}, {rng.choice(SOURCES)}.",
        f"The {kind} {verb} on {day:%B} {day.day}, and {_figure(rng, toll)} {counted} have since {predicate}.",
        f'"{statement}," said {speaker}, {role}, adding that '
        f"{_figure(rng, helped)} people needed help within the first {rng.randint(2, 72)} hours.",
        f"By {day:%B}, {rng.randint(5, 95)}% of the {counted} in {place} had been reached, "
        f"{rng.choice(SOURCES)}, up from {rng.randint(1, 40)}% a week earlier.",
        f"Damage was estimated at ${rng.randint(1, 90)} million, and about {rng.randint(2, 40)} km of road "
        f"were closed, {rng.choice(SOURCES)}.",
        f"{name} told reporters that the response had been {rng.choice(['slow', 'swift', 'uneven'])}.",
    ]
    return " ".join(rng.sample(choices, k=3))


def article(rng: random.Random, number: int, paragraphs: tuple[int, int] = (4, 9)) -> str:
    event = rng.choice(EVENTS)
    place = rng.choice(event[5])
    published = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 360))
    title = f"{event[0].capitalize()} in {place}: toll and damage, report {number}"
    body = "\n\n".join(paragraph(rng, event, place, published) for _ in range(rng.randint(*paragraphs)))
    return f"{title}\n\n{rng.choice(OUTLETS)}\n{published:%b} {published.day} {published.year}\n\n{body}\n"


def generate(megabytes: float, seed: int = 1, articles: int | None = None, paragraphs: tuple[int, int] = (4, 9)) -> str:
    """A digest of about `megabytes` MB (or exactly `articles` articles)."""
    return "\n".join(article_texts(megabytes, seed, articles, paragraphs))


def article_texts(
    megabytes: float, seed: int = 1, articles: int | None = None, paragraphs: tuple[int, int] = (4, 9)
) -> list[str]:
    """The articles of `generate`, one text each."""
    rng = random.Random(seed)
    parts: list[str] = []
    size, number = 0, 0
    while (number < articles) if articles else (size < megabytes * 1_000_000):
        text = article(rng, number, paragraphs)
        parts.append(text)
        size += len(text.encode("utf-8")) + 1
        number += 1
    return parts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    args.output.write_text(generate(args.megabytes, args.seed), encoding="utf-8")


if __name__ == "__main__":
    main()
