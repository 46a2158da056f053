"""Verdicts, findings and the report that carries them to every output format."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from claimcheck.models.claim import Claim, document_label

Severity = Literal["info", "warning", "error"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}
VerdictKind = Literal["consistent", "within-tolerance", "compatible-bound", "update", "not-comparable", "discrepancy"]
Status = Literal["new", "baselined"]


class Verdict(BaseModel):
    """What a rule concluded about one group of claims that speak of the same fact."""

    model_config = ConfigDict(frozen=True)

    rule: str
    verdict: VerdictKind
    reason: str
    claims: list[str] = Field(description="Ids of the claims in the group.")


class Finding(BaseModel):
    """A verdict of `discrepancy`, with the claims that disagree and why."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(
        description=(
            "Stable fingerprint: rule id and the claims' documents, values and text; for a source that departs"
            " from a consensus, its own claim's alone."
        )
    )
    rule: str
    severity: Severity
    title: str
    message: str
    verdict: VerdictKind = "discrepancy"
    attributed: bool = Field(default=False, description="Each side cites a different source.")
    within_document: bool = Field(
        default=False, description="The claims come from one document: it contradicts itself."
    )
    detail: dict[str, object] = Field(default_factory=dict)
    claims: list[Claim] = Field(
        description="The claims that disagree: the one the finding is about (an outlier) first, else in stable order."
    )
    status: Status = "new"
    confidence: float = 1.0


class CorpusSummary(BaseModel):
    model_config = ConfigDict(frozen=True)

    documents: int
    outlets: list[str]
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    skipped: list[str] = Field(default_factory=list)


class DocumentEntry(BaseModel):
    """A document as listed in a report, without its text."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    outlet: str | None
    published: dt.date | None
    url: str | None
    path: str
    line: int

    @property
    def label(self) -> str:
        """What a reader knows the document by (`document_label`)."""
        return document_label(self.outlet, self.title, self.path) or self.id


class BaselineEntry(BaseModel):
    """A finding a reviewer has accepted, as the baseline file keeps it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    rule: str
    title: str
    message: str
    reason: str = Field(default="", description="Why this finding is accepted: for the reviewer to fill in.")


class BaselineState(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: str | None = None
    resolved: list[str] = Field(default_factory=list, description="Baseline entries that match no finding now.")
    entries: list[BaselineEntry] = Field(
        default_factory=list, description="The baseline's entries, each with its reason."
    )


class Report(BaseModel):
    """Everything a run concluded; every output format renders this record."""

    model_config = ConfigDict(frozen=True)

    schema_version: Literal["1"] = "1"
    tool: str = "claimcheck"
    version: str
    mode: Literal["report", "discover"] = "report"
    corpus: CorpusSummary
    documents: list[DocumentEntry]
    rules: list[str]
    findings: list[Finding]
    verdicts: list[Verdict]
    claim_count: int = Field(description="Claims extracted from the corpus (`claimcheck extract` lists them).")
    baseline: BaselineState = Field(default_factory=BaselineState)


class RunFacts(BaseModel):
    """How a run went, as the HTML report's header tells it. Not part of `Report`, whose bytes depend on
    neither the claim store nor the clock."""

    model_config = ConfigDict(frozen=True)

    rule_files: list[str] = Field(default_factory=list)
    documents_extracted: int | None = Field(
        default=None, description="Documents extracted afresh; the rest came from the store."
    )
    tasks_checked: int | None = Field(default=None, description="Check tasks (rule blocks) checked afresh.")
    tasks_kept: int | None = Field(default=None, description="Check tasks whose result came from the store.")
    generated: str | None = Field(default=None, description="When the report was made, from SOURCE_DATE_EPOCH only.")
