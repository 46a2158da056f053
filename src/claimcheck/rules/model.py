"""Rule files: `entities:` (shared alias lists) and `rules:`, validated by these models."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator
from rapidfuzz import fuzz, process

from claimcheck.extract.lexicon import lexicon
from claimcheck.extract.story_events import event_kinds
from claimcheck.extract.unit_table import CANONICAL
from claimcheck.extract.units import TIME_OF_DAY, factor
from claimcheck.extract.words import words_of

Severity = Literal["info", "warning", "error"]
_PARTIAL_DATE = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")


def _with_words(terms: list[str]) -> list[str]:
    """Words to match: each must hold a word (a term of punctuation alone would never match)."""
    for term in terms:
        if not words_of(term):
            raise ValueError(f"{term!r} has no word to match (letters or digits)")
    return terms


def _known(what: str, names: list[str], known: list[str]) -> list[str]:
    """`names`, each one of `known` (the lexicon's names of something); else a ValueError with a "did you
    mean" and the names there are."""
    for name in names:
        if name not in known:
            best = process.extractOne(name, known, scorer=fuzz.ratio, score_cutoff=60)
            hint = f" (did you mean '{best[0]}'?)" if best else ""
            raise ValueError(f"unknown {what} '{name}'{hint}: use one of {', '.join(known)}")
    return names


def _first_day(text: str) -> dt.date:
    """The first day of `2024`, `2024-05` or `2024-05-01`; ValueError for anything else."""
    match = _PARTIAL_DATE.fullmatch(text)
    if not match:
        raise ValueError(f"{text!r} is not a date such as 2024, 2024-05 or 2024-05-01")
    try:
        return dt.date(int(match["year"]), int(match["month"] or 1), int(match["day"] or 1))
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a real date ({exc})") from None


class Select(BaseModel):
    """Which claims speak of this fact. Every key given must match; each lists alternatives."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    counted: list[str] = Field(default_factory=list, description="Words in what is counted.")
    predicate: list[str] = Field(default_factory=list, description="Words in what happened (or what is counted).")
    fact: list[str] = Field(
        default_factory=list,
        description=(
            "Facts of the lexicon (deaths, injured, displaced, population, magnitude, depth, …) a figure is read"
            " as, as `claimcheck discover` reads them."
        ),
    )
    subject: list[str] = Field(
        default_factory=list,
        description=(
            "Words in who or what the figure belongs to (a person, party, group, place, or the body that handles"
            " what it counts: 'Mercy Hospital treated 85 people')."
        ),
    )
    scope: list[str] = Field(
        default_factory=list,
        description=(
            "Words in the place the figure is for (stated, else the article's place); a country's other names"
            " count too ('UK' for 'United Kingdom')."
        ),
    )
    not_scope: list[str] = Field(
        default_factory=list,
        description="Places whose figures must not mix with this rule's: their figures are left out.",
    )
    source: list[str] = Field(default_factory=list, description="Words in who the figure is attributed to.")
    value: tuple[float | None, float | None] | None = Field(
        default=None, description="[low, high]: the figure, in its own unit, overlaps this range (null: open)."
    )
    outlet: list[str] = Field(default_factory=list, description="Words in the outlet's name.")
    document: list[str] = Field(
        default_factory=list, description="Document ids, or glob patterns matched against the document's path or URL."
    )
    event: list[str] = Field(default_factory=list, description="Words in a date's event.")
    event_kind: list[str] = Field(
        default_factory=list,
        description=(
            "Kinds of event of the lexicon (earthquake, crash, protest, …) a date gives the day of, as"
            ' `claimcheck discover` reads them; the kind followed by "widened" ("recall widened") for the day it'
            " was expanded or extended."
        ),
    )
    sentence: list[str] = Field(
        default_factory=list,
        description=(
            "Words anywhere in the sentence (for a date in a sentence that dates two events, in its own stretch"
            " where that names someone: 'Lee's arrest last year and Park's detention in 2020')."
        ),
    )
    speaker: list[str] = Field(default_factory=list, description="Speaker names (quotes).")
    name: list[str] = Field(default_factory=list, description="Words of a person's name (names).")
    mentions: list[str] = Field(
        default_factory=list, description="Entity ids from `entities:` or words; in the sentence or title."
    )
    not_: list[str] = Field(
        default_factory=list,
        alias="not",
        description=(
            "Words that exclude a claim when they are in its own phrase (with a place or time phrase that opens"
            " its sentence, 'In Marsa, …', and a subject that opens it with a figure, 'Two other fires were"
            " 80% and 50% contained'; and, for a share of 'its' or 'their' whole, the words before it that name"
            " whose: 'Meta … hitting 13% of its workforce'; in a sentence whose clauses semicolons set apart, the"
            " rest of the figure's clause: '…; three died when ambulances were delayed') or in the place it states."
        ),
    )
    unit: str | None = Field(
        default=None,
        description="'none', a unit (percent, km), a dimension (length, speed, area, mass, duration for spans of"
        " time, ratio, volume, temperature, …), a currency code (USD, EUR) or 'time of day'. A sum whose currency"
        " no place decided ('£' or '$' on a page that names no country) has its family as its unit: 'pound' or"
        " 'dollar' selects it; 'dollar' selects every currency of its family too (USD, CAD, AUD), 'pound' does not"
        " (it is a weight too); a code selects only its own currency. An age is selected by its unit as written"
        " (year, month), never by a dimension.",
    )
    after: str | None = Field(
        default=None,
        description="Only time frames on or after this ISO date: that end on or after it, by the days they span.",
    )
    before: str | None = Field(
        default=None,
        description="Only time frames before this ISO date: that end before it (a week 2025-W38 is before 2025-10-01).",
    )
    vague: bool = Field(default=False, description="Also compare vague amounts ('hundreds of').")
    fuzzy: int = Field(default=100, ge=50, le=100, description="rapidfuzz score (0-100) a word match needs.")

    @field_validator(
        "counted",
        "predicate",
        "subject",
        "scope",
        "not_scope",
        "source",
        "outlet",
        "event",
        "sentence",
        "speaker",
        "name",
        "mentions",
        "not_",
        mode="before",
    )
    @classmethod
    def _numbers_as_words(cls, terms: object) -> object:
        """A number in a word list (`not: [2004]`, as YAML reads an unquoted year) is its digits."""
        if isinstance(terms, list):
            return [str(t) if isinstance(t, int | float) and not isinstance(t, bool) else t for t in terms]
        return terms

    @field_validator("counted", "predicate", "event", "sentence", "speaker", "mentions", "not_")
    @classmethod
    def _words(cls, terms: list[str]) -> list[str]:
        return _with_words(terms)

    @field_validator("fact")
    @classmethod
    def _known_facts(cls, facts: list[str]) -> list[str]:
        return _known("fact", facts, sorted(lexicon().facts))

    @field_validator("event_kind")
    @classmethod
    def _known_event_kinds(cls, kinds: list[str]) -> list[str]:
        return _known("kind of event", kinds, event_kinds())

    @field_validator("after", "before", mode="before")
    @classmethod
    def _date(cls, value: Any) -> Any:
        """`2024`, `2024-05` or `2024-05-01` (YAML may read the last as a date and the first as a number)."""
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, str):
            _first_day(value.strip())
            return value.strip()
        return value

    @model_validator(mode="after")
    def _after_before_before(self) -> Select:
        if self.after and self.before and _first_day(self.before) <= _first_day(self.after):
            raise ValueError(f"before ({self.before}) must be later than after ({self.after}): nothing is both")
        return self

    @field_validator("unit")
    @classmethod
    def _known_unit(cls, value: str | None) -> str | None:
        if value is None or value.lower() in known_units():
            return value
        # plain edit likeness: the default scorer rates one-letter units ('c') close to any word containing them
        best = process.extractOne(value.lower(), sorted(known_units()), scorer=fuzz.ratio, score_cutoff=60)
        hint = f" (did you mean '{best[0]}'?)" if best else ""
        dimensions = ", ".join(sorted(CANONICAL))
        raise ValueError(
            f"unknown unit '{value}'{hint}: use none, a unit (percent, km), a dimension ({dimensions}), a currency"
            " code or time of day"
        )

    @field_validator("value")
    @classmethod
    def _range(cls, value: tuple[float | None, float | None] | None) -> tuple[float | None, float | None] | None:
        if value is not None and None not in value and value[0] > value[1]:  # type: ignore[operator]
            raise ValueError("value is [low, high] with low <= high")
        return value


@cache
def known_units() -> frozenset[str]:
    """What `unit:` may name: none, a unit as written, its pint unit, a dimension, a currency code."""
    rows = lexicon().units
    names = {"none", TIME_OF_DAY, *CANONICAL, *CANONICAL.values()}
    for written, row in rows.items():
        names |= {written.lower(), *(x.lower() for x in (row.unit, row.dimension, row.currency) if x)}
    return frozenset(names | {code.lower() for code in lexicon().currency_prefixes.values()})


class Compare(BaseModel):
    """How the selected claims must agree."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    tolerance: str = Field(
        default="0",
        description="Relative ('10%'), absolute ('5', '2 km'; days for dates), or 'written': as precise as each "
        "figure is written ('1,891' to the unit, '1.1 million' to 100,000, 'about' within 5%; a measure to its "
        "last digit that is not a zero where its zeros are under 1% of it, '128,100 feet' to 100 feet; a time of "
        "day to its minute or hour, 'about' within 3 minutes).",
    )
    time: Literal["same", "any"] = Field(
        default="same", description="same: only figures for one time frame (stated, else the article's date)."
    )
    grows: bool = Field(default=False, description="Values may only grow: a later higher figure is an update.")
    stories: Literal["same", "any"] = Field(
        default="same",
        description="same: figures of different stories (days apart with no report between) are not compared.",
    )
    scope: Literal["across", "within", "both"] = Field(
        default="both", description="Across sources, within one, or both."
    )
    attributed: Severity | Literal["off", "same"] = Field(
        default="info", description="Severity when each side cites a different source."
    )
    granularity: Literal["day", "month", "year"] | None = Field(default=None, description="Dates: compare at this.")
    report: Literal["consensus", "pairs"] = Field(
        default="consensus",
        description="consensus: each outlier against the value most sources agree on; pairs: every disagreeing pair.",
    )

    @field_validator("tolerance", mode="before")
    @classmethod
    def _tolerance_number(cls, value: Any) -> Any:
        """`tolerance: 5` (a YAML number) is the same as `tolerance: "5"`."""
        if isinstance(value, int | float) and not isinstance(value, bool):
            return f"{value:g}" if isinstance(value, float) else str(value)
        return value

    @field_validator("tolerance")
    @classmethod
    def _tolerance(cls, value: str) -> str:
        if str(value).strip() != WRITTEN and not re.fullmatch(r"\s*\d+(\.\d+)?\s*(%|[^\W\d][\w /°]*)?\s*", str(value)):
            raise ValueError(
                "tolerance is a number ('5'), a percentage ('10%'), an amount with a unit ('2 km') or 'written'"
            )
        return " ".join(str(value).split())


WRITTEN = "written"


class Tolerance(NamedTuple):
    """A rule's tolerance, read once for its kind: a share of the larger figure, or an amount (in the canonical
    unit of the figures' dimension for quantities, in days for dates); `written`: what each figure's own
    wording leaves open (see `checks.base.written_spread`)."""

    amount: float
    relative: bool
    written: bool = False

    def slack(self, magnitude: float) -> float:
        return abs(magnitude) * self.amount / 100 if self.relative else self.amount


def parse_tolerance(text: str, kind: str) -> Tolerance:
    """The tolerance `text` ('10%', '5', '2 km', '1 day') for a rule of `kind` (quantities: an amount or a share;
    dates: days; quotes: a percentage of likeness; names: none); ValueError when it makes no sense for the kind."""
    if text == WRITTEN:
        if kind != "quantity":
            raise ValueError(f"'{WRITTEN}' is a tolerance for quantity rules only")
        return Tolerance(0.0, False, written=True)
    number, _, unit = text.replace("%", " %").partition(" ")
    amount = float(number)
    if kind == "date":
        if unit.strip() not in ("", "day", "days"):
            raise ValueError(f"a date rule's tolerance is a number of days, not '{text}'")
        return Tolerance(amount, False)
    if kind == "quote":
        if unit not in ("", "%"):
            raise ValueError(f"a quote rule's tolerance is a percentage of likeness, not '{text}'")
        return Tolerance(amount, True)
    if kind != "quantity":
        if amount:
            raise ValueError(f"a {kind} rule has no tolerance")
        return Tolerance(0.0, False)
    if unit == "%":
        return Tolerance(amount, True)
    if not unit:
        return Tolerance(amount, False)
    row = lexicon().units.get(unit.lower()) or lexicon().units.get(unit)
    if row is None or row.unit is None or row.dimension not in CANONICAL:
        raise ValueError(f"unknown unit '{unit}' in tolerance '{text}'")
    scale, _ = factor(row.unit, row.dimension)
    return Tolerance(amount * scale, False)


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    title: str
    severity: Severity = "warning"
    kind: Literal["quantity", "date", "quote", "name"]
    select: Select = Field(default_factory=Select)
    compare: Compare = Field(default_factory=Compare)
    description: str | None = None
    source: str | None = Field(default=None, description="The file and line the rule comes from.", exclude=True)
    _tolerance: Tolerance = PrivateAttr()

    @model_validator(mode="after")
    def _tolerance_for_kind(self) -> Rule:
        try:
            self._tolerance = parse_tolerance(self.compare.tolerance, self.kind)
        except ValueError as error:
            raise ValueError(f"compare.tolerance: {error}") from None
        return self

    @property
    def tolerance(self) -> Tolerance:
        """The tolerance, read for this rule's kind (see `parse_tolerance`)."""
        return self._tolerance


class RuleFile(BaseModel):
    """One YAML file of rules."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    entities: dict[str, list[str]] = Field(default_factory=dict)
    builtins: dict[str, bool] = Field(default_factory=dict, description="Switch built-in rules on or off.")
    rules: list[Rule] = Field(default_factory=list)

    @field_validator("entities")
    @classmethod
    def _aliases(cls, entities: dict[str, list[str]]) -> dict[str, list[str]]:
        for name, aliases in entities.items():
            if not aliases:
                raise ValueError(f"entity {name!r} has no aliases: a rule naming it would select anything")
            _with_words(aliases)
        return entities


class RuleSet(BaseModel):
    model_config = ConfigDict(frozen=True)

    entities: dict[str, list[str]] = Field(default_factory=dict)
    builtins: dict[str, bool] = Field(default_factory=dict)
    rules: list[Rule] = Field(default_factory=list)
    files: list[str] = Field(default_factory=list)
