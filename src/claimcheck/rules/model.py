"""Rule files: `entities:` (shared alias lists) and `rules:`, validated by these models."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Severity = Literal["info", "warning", "error"]


class Select(BaseModel):
    """Which claims speak of this fact. Every key given must match; each lists alternatives."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    counted: list[str] = Field(default_factory=list, description="Words in what is counted.")
    predicate: list[str] = Field(default_factory=list, description="Words in what happened (or what is counted).")
    event: list[str] = Field(default_factory=list, description="Words in a date's event.")
    sentence: list[str] = Field(default_factory=list, description="Words anywhere in the sentence.")
    speaker: list[str] = Field(default_factory=list, description="Speaker names (quotes).")
    name: list[str] = Field(default_factory=list, description="Words of a person's name (names).")
    mentions: list[str] = Field(
        default_factory=list, description="Entity ids from `entities:` or words; in the sentence or title."
    )
    not_: list[str] = Field(default_factory=list, alias="not", description="Words that exclude a claim.")
    unit: str | None = Field(default=None, description="'none', a unit (percent, km) or a dimension (length).")
    after: str | None = Field(default=None, description="Only time frames on or after this ISO date.")
    before: str | None = Field(default=None, description="Only time frames before this ISO date.")
    vague: bool = Field(default=False, description="Also compare vague amounts ('hundreds of').")
    fuzzy: int = Field(default=100, ge=50, le=100, description="rapidfuzz score (0-100) a word match needs.")


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


class RuleSet(BaseModel):
    model_config = ConfigDict(frozen=True)

    entities: dict[str, list[str]] = Field(default_factory=dict)
    builtins: dict[str, bool] = Field(default_factory=dict)
    rules: list[Rule] = Field(default_factory=list)
    files: list[str] = Field(default_factory=list)
