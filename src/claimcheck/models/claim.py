"""Claim records: what an article commits to, and where it says it.

All comparison logic works on `Interval`; a range is an interval, never a mean and a spread.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class Interval(BaseModel):
    """The values a wording commits to. `low`/`high` of None are open ends."""

    model_config = ConfigDict(frozen=True)

    point: float | None = None
    low: float | None = None
    high: float | None = None
    approx: bool = False

    def scaled(self, factor: float) -> Interval:
        def mul(v: float | None) -> float | None:
            return None if v is None else v * factor

        return Interval(point=mul(self.point), low=mul(self.low), high=mul(self.high), approx=self.approx)


class Canonical(BaseModel):
    """A value converted to one unit per dimension (metres, seconds, metres per second, ...)."""

    model_config = ConfigDict(frozen=True)

    value: Interval
    unit: str


class DocRef(BaseModel):
    """The document a claim comes from, as a reader needs it."""

    model_config = ConfigDict(frozen=True)

    id: str
    outlet: str | None = None
    title: str
    published: dt.date | None = None
    url: str | None = None
    path: str


class ClaimBase(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    doc: DocRef
    text: str = Field(description="The surface text exactly as in the source file.")
    sentence: str
    path: str
    line: int
    column: int
    start: int = Field(description="Character offset of `text` in the source file.")
    end: int
    confidence: float = 1.0


class QuantityClaim(ClaimBase):
    kind: Literal["quantity"] = "quantity"
    value: Interval
    qualifier: str | None = None
    unit: str | None = None
    canonical: Canonical | None = None
    counted: str | None = None
    predicate: str | None = None
    scope: str | None = None
    source: str | None = None
    time: str | None = None
    as_of: str | None = Field(default=None, description="ISO date (at its granularity) the time frame resolves to.")


class DateValue(BaseModel):
    model_config = ConfigDict(frozen=True)

    date: str | None = Field(description="ISO date, cut to the granularity: 2023-09-19, 2023-09, 2023.")
    granularity: Literal["day", "week", "month", "year", "none"]


class DateClaim(ClaimBase):
    kind: Literal["date"] = "date"
    value: DateValue
    event: str | None = None
    resolved: bool = Field(
        description="True when worked out from the publication date (on Tuesday, last week) or from another date of "
        "the text (two days later), not written out."
    )


class QuoteClaim(ClaimBase):
    kind: Literal["quote"] = "quote"
    quote: str
    speaker: str | None = None
    verb: str | None = None
    direct: bool = True


class NameClaim(ClaimBase):
    kind: Literal["name"] = "name"
    name: str
    normalized: str
    role: str | None = None


Claim = Annotated[QuantityClaim | DateClaim | QuoteClaim | NameClaim, Field(discriminator="kind")]
ClaimKind = Literal["quantity", "date", "quote", "name"]
CLAIM_KINDS: tuple[str, ...] = ("quantity", "date", "quote", "name")
