"""Documents → claims. Pure functions: the same document gives the same claims, anywhere."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from claimcheck.code_digest import code_digest
from claimcheck.extract.context import DocumentContext
from claimcheck.extract.events import dates_in
from claimcheck.extract.names import names_in, person_mentions
from claimcheck.extract.quantities import quantities_in
from claimcheck.extract.quotes import quotes_in
from claimcheck.models import Claim, Document
from claimcheck.models.claim import CLAIM_KINDS

# The modules extraction reads besides this package: the records it makes, how text is normalised for it
# and the month names of `corpus.metadata`.
EXTRACTION_MODULES = ("models/claim.py", "models/document.py", "corpus/normalize.py", "corpus/metadata.py")


@cache
def extractor_version() -> str:
    """A digest of the code and data extraction runs on (this package's modules and lexicon, and
    `EXTRACTION_MODULES`), so that a store never serves claims an older extractor made."""
    return code_digest(["extract", *EXTRACTION_MODULES])


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


__all__ = ["extract", "extract_document", "extractor_version"]
