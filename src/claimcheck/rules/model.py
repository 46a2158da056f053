"""Rule files: `entities:` (shared alias lists) and `rules:`, validated by these models."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Severity = Literal["info", "warning", "error"]
_PARTIAL_DATE = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")


def _with_words(terms: list[str]) -> list[str]:
    """Words to match: each must hold a word (a term of punctuation alone would never match)."""
    from claimcheck.rules.select import words_of  # select.py imports this module

    for term in terms:
        if not words_of(term):
            raise ValueError(f"{term!r} has no word to match (letters or digits)")
    return terms


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
    event: list[str] = Field(default_factory=list, description="Words in a date's event.")
    sentence: list[str] = Field(default_factory=list, description="Words anywhere in the sentence.")
    speaker: list[str] = Field(default_factory=list, description="Speaker names (quotes).")
    mentions: list[str] = Field(
        default_factory=list, description="Entity ids from `entities:` or words; in the sentence or title."
    )
    not_: list[str] = Field(default_factory=list, alias="not", description="Words that exclude a claim.")
    unit: str | None = Field(default=None, description="'none', a unit (percent, km) or a dimension (length).")
    after: str | None = Field(default=None, description="Only time frames on or after this ISO date.")
    before: str | None = Field(default=None, description="Only time frames before this ISO date.")
    vague: bool = Field(default=False, description="Also compare vague amounts ('hundreds of').")
    fuzzy: int = Field(default=100, ge=50, le=100, description="rapidfuzz score (0-100) a word match needs.")

    @field_validator("counted", "predicate", "event", "sentence", "speaker", "mentions", "not_")
    @classmethod
    def _words(cls, terms: list[str]) -> list[str]:
        return _with_words(terms)

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


class Compare(BaseModel):
    """How the selected claims must agree."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    tolerance: str = Field(default="0", description="Relative ('10%') or absolute ('5') slack.")
    time: Literal["same", "any"] = Field(
        default="same", description="same: only figures for one time frame (stated, else the article's date)."
    )
    grows: bool = Field(default=False, description="Values may only grow: a later higher figure is an update.")
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
        if not re.fullmatch(r"\s*\d+(\.\d+)?\s*%?\s*", str(value)):
            raise ValueError("tolerance is a number ('5') or a percentage ('10%')")
        return str(value).strip()

    def slack(self, magnitude: float) -> float:
        amount, percent = _tolerance_parts(self.tolerance)
        return abs(magnitude) * amount / 100 if percent else amount


@lru_cache(maxsize=256)
def _tolerance_parts(text: str) -> tuple[float, bool]:
    """('10%' -> (10.0, True), '5' -> (5.0, False)): a percentage of the larger figure, or an amount."""
    return (float(text[:-1]), True) if text.endswith("%") else (float(text), False)


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
