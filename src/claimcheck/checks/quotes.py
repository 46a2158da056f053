"""Shared pieces of the two quote checks: which quotes are worth comparing and how alike they are."""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz

from claimcheck.extract.names import normalized_name
from claimcheck.extract.words import fold
from claimcheck.models import Claim, QuoteClaim

from .spellings import variant_of

MIN_WORDS = 5


def attributed_quote(claim: Claim) -> bool:
    """A direct quote long enough to compare, with its speaker named: what both quote rules read."""
    return (
        isinstance(claim, QuoteClaim)
        and bool(claim.speaker)
        and claim.speaker_named
        and claim.direct
        and len(claim.quote.split()) >= MIN_WORDS
    )


def comparable_quotes(claims: list[Claim]) -> list[QuoteClaim]:
    """The attributed quotes among `claims`, in document order."""
    return sorted((c for c in claims if attributed_quote(c)), key=lambda c: (c.doc.id, c.start))  # type: ignore[misc]


@lru_cache(maxsize=65536)
def folded(text: str) -> str:
    return fold(text)


def likeness(a: QuoteClaim, b: QuoteClaim, cutoff: float = 0) -> float:
    """How alike two quotes read (0-100): the best-matching stretch of the longer one against the shorter."""
    return fuzz.partial_ratio(folded(a.quote), folded(b.quote), score_cutoff=cutoff)


def surname(quote: QuoteClaim) -> str:
    """The speaker's last name, folded: how both quote rules tell speakers apart."""
    return fold(quote.speaker or "").split()[-1]


def same_speaker(a: QuoteClaim, b: QuoteClaim) -> bool:
    """Whether two quotes name one speaker: the same surname, or one name spelled two ways (a misspelling
    is `name-spelling`'s to report, not a quote in another mouth)."""
    return surname(a) == surname(b) or variant_of(normalized_name(a.speaker or ""), normalized_name(b.speaker or ""))
