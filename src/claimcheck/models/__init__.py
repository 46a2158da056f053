"""The records that flow between stages: documents, claims, verdicts, findings, reports."""

from claimcheck.models.claim import (
    Canonical,
    Claim,
    DateClaim,
    DateValue,
    DocRef,
    Interval,
    NameClaim,
    QuantityClaim,
    QuoteClaim,
)
from claimcheck.models.document import Document, TitleSpan
from claimcheck.models.finding import Finding, Report, Verdict

__all__ = [
    "Canonical",
    "Claim",
    "DateClaim",
    "DateValue",
    "DocRef",
    "Document",
    "Finding",
    "Interval",
    "NameClaim",
    "QuantityClaim",
    "QuoteClaim",
    "Report",
    "TitleSpan",
    "Verdict",
]
