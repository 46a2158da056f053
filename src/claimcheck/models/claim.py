"""Claim records: what an article commits to, and where it says it.

All comparison logic works on `Interval`; a range is an interval, never a mean and a spread.
"""

from __future__ import annotations

import datetime as dt
from pathlib import PurePath
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from claimcheck.models.text import clipped

End = Literal["estimate", "bound", "strict"]


class Interval(BaseModel):
    """The values a wording commits to. `low`/`high` of None are open ends.

    Each end says how the wording commits to it: an `estimate` (a figure as given, a range's end, the band
    below "nearly"), a `bound` the wording states ("at least 170", "up to 80,000": the end is included) or a
    `strict` bound ("more than 380", "nearly 2,000": the end itself is excluded). A tolerance absorbs the
    rounding of estimates; it never excuses a figure on the wrong side of a stated bound."""

    model_config = ConfigDict(frozen=True)

    point: float | None = None
    low: float | None = None
    high: float | None = None
    approx: bool = False
    low_end: End = "estimate"
    high_end: End = "estimate"

    @property
    def single(self) -> bool:
        """One value, stated with no bound and no range: "13", "about 6 miles"."""
        return self.low is not None and self.low == self.high and self.low_end == self.high_end == "estimate"

    def scaled(self, factor: float, offset: float = 0.0) -> Interval:
        def convert(v: float | None) -> float | None:  # 10 significant digits: "120 μg" is not 0 kg
            return None if v is None else float(f"{v * factor + offset:.10g}")

        # A new record rather than `model_copy`: twice as fast, and every figure with a unit is scaled.
        return Interval(
            point=convert(self.point),
            low=convert(self.low),
            high=convert(self.high),
            approx=self.approx,
            low_end=self.low_end,
            high_end=self.high_end,
        )


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
    text_date: dt.date | None = Field(
        default=None,
        description="The day the article's own text reports from, where it contradicts `published` (the page's date).",
    )
    url: str | None = None
    path: str
    place: str | None = Field(default=None, description="The place the article is about, from its title and lead.")
    headline_count: Interval | None = Field(
        default=None,
        description=(
            "The death toll the article's title or lead gives, else the first its body gives: the reporting "
            "stage its other counts belong to."
        ),
    )
    toll_rising: bool = Field(
        default=False,
        description=(
            "Whether the article says its death toll is still to rise ('the death toll will likely rise'): the "
            "tolls it gives are early counts of their day."
        ),
    )
    toll_raised_to: float | None = Field(
        default=None,
        description=(
            "The highest figure the article says its death toll rose to ('raising the death toll to 12'): a lower "
            "toll it gives ('Eleven people are known dead') is an earlier stage of its own page."
        ),
    )
    toll_revised: bool = Field(
        default=False,
        description=(
            "Whether the article says its death toll was revised or corrected ('revises death toll to 17', "
            "'corrected the death count'): a lower toll it gives later than another's is that revision."
        ),
    )

    @property
    def label(self) -> str:
        """What a reader knows the document by (`document_label`)."""
        return document_label(self.outlet, self.title, self.path) or self.id


# The most characters of a title that stands for its document where the outlet is not known.
LABEL_LIMIT = 48


def document_label(outlet: str | None, title: str, path: str) -> str:
    """What a reader knows a document by, where a message or a report names it: its outlet, else its title
    (shortened, in quotes), else its file name; never its internal id."""
    if outlet:
        return outlet
    if title.strip():
        return f"“{clipped(title, LABEL_LIMIT)}”"
    return PurePath(path).name


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
    phrase: str | None = Field(
        default=None, description="The words of the sentence that belong to this figure (its own phrase)."
    )
    subject: str | None = Field(
        default=None,
        description="Who or what the figure belongs to: a person (an age), a party (a vote share), a group or a place.",
    )
    scope: str | None = None
    source: str | None = None
    time: str | None = None
    as_of: str | None = Field(
        default=None,
        description=(
            "ISO date (at its granularity: 2024-05-03, 2024-05, 2024), ISO week (2024-W19), or quarter (2024-Q2)"
            " or half (2024-H1) of a calendar year the time frame resolves to; none for a fiscal period."
        ),
    )


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
    quote: str = Field(description="The quoted words; a quote that runs over paragraphs, its paragraphs joined.")
    speaker: str | None = Field(
        default=None,
        description="Who said it: a person's fullest name in the article, an organisation, or, when the article "
        "names nobody, the phrase that describes the speaker ('Tarvo shopkeeper').",
    )
    speaker_named: bool = Field(default=False, description="True when `speaker` is a name, not a description.")
    speaker_role: str | None = Field(
        default=None, description="What the article says the speaker is ('a shopkeeper in Tarvo', 'the mayor')."
    )
    source: str | None = Field(
        default=None, description="Who the quote was given to or relayed by ('told Xinhua', '(Via BBC)')."
    )
    verb: str | None = None
    direct: bool = True


class NameClaim(ClaimBase):
    kind: Literal["name"] = "name"
    name: str = Field(description="The name as written, a nickname inside it kept ('Joaquín \"El Chapo\" Guzmán').")
    normalized: str = Field(
        description="The name without its nickname, accents, case and the dots of initials dropped: 'ks anand'."
    )
    role: str | None = Field(
        default=None, description="The role stated next to the name ('the agency's spokeswoman', 'Interior Minister')."
    )
    nickname: str | None = Field(default=None, description="A nickname written inside the name ('El Chapo').")


Claim = Annotated[QuantityClaim | DateClaim | QuoteClaim | NameClaim, Field(discriminator="kind")]
ClaimKind = Literal["quantity", "date", "quote", "name"]
CLAIM_KINDS: tuple[str, ...] = ("quantity", "date", "quote", "name")
