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
from claimcheck.models import Claim, Document, QuantityClaim, QuoteClaim
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
    figures: list[QuantityClaim] = []
    for view in ctx.sentences:
        if "quantity" in kinds:
            figures += quantities_in(ctx, view)
        if "date" in kinds:
            claims += dates_in(ctx, view)
    if "quote" in kinds or "name" in kinds or figures:
        people = person_mentions(ctx)
        quotes = quotes_in(ctx, people)
        figures = quoted_figures(figures, quotes)
        if "quote" in kinds:
            claims += quotes
        if "name" in kinds:
            claims += names_in(ctx, people)
    return sorted([*claims, *figures], key=lambda c: (c.start, c.end, c.kind))


def quoted_figures(figures: list[QuantityClaim], quotes: list[QuoteClaim]) -> list[QuantityClaim]:
    """The figures, each one that its sentence attributes to no one but that stands in a direct quote whose
    speaker the article names ("The number of homeless has climbed to 3,060. … ," he said.) attributed to that
    speaker: the quote's words are the speaker's, whichever sentence of it names them."""
    spoken = [(q.start, q.end, q.speaker) for q in quotes if q.direct and q.speaker_named and q.speaker]
    if not spoken:
        return figures
    out = []
    for figure in figures:
        speaker = next((who for start, end, who in spoken if start <= figure.start and figure.end <= end), None)
        out.append(figure.model_copy(update={"source": speaker}) if speaker and not figure.source else figure)
    return out


def extract(documents: Iterable[Document], kinds: Sequence[str] = CLAIM_KINDS) -> list[Claim]:
    """Claims of many documents, in document order."""
    return [claim for document in documents for claim in extract_document(document, kinds)]


__all__ = ["extract", "extract_document", "extractor_version"]
