"""Documents → claims. Pure functions: the same document gives the same claims, anywhere."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from claimcheck.extract.context import DocumentContext
from claimcheck.extract.events import dates_in
from claimcheck.extract.names import names_in, person_mentions
from claimcheck.extract.quantities import quantities_in
from claimcheck.extract.quotes import quotes_in
from claimcheck.models import Claim, Document
from claimcheck.models.claim import CLAIM_KINDS

EXTRACTOR_VERSION = "1"


def extract_document(document: Document, kinds: Sequence[str] = CLAIM_KINDS) -> list[Claim]:
    """Every claim in one document, in text order."""

    ctx = DocumentContext(document)
    claims: list[Claim] = []
    for view in ctx.sentences:
        if "quantity" in kinds:
            claims += quantities_in(ctx, view)
        if "date" in kinds:
            claims += dates_in(ctx, view)
    if "quote" in kinds or "name" in kinds:
        people = person_mentions(ctx)
        if "quote" in kinds:
            claims += quotes_in(ctx, people)
        if "name" in kinds:
            claims += names_in(ctx, people)
    return sorted(claims, key=lambda c: (c.start, c.end, c.kind))


def extract(documents: Iterable[Document], kinds: Sequence[str] = CLAIM_KINDS) -> list[Claim]:
    """Claims of many documents, in document order."""
    return [claim for document in documents for claim in extract_document(document, kinds)]


__all__ = ["EXTRACTOR_VERSION", "extract", "extract_document"]
