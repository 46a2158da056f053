"""Text shortened for a reader: cut at a word boundary, with an ellipsis, never inside a word."""

from __future__ import annotations

ELLIPSIS = "…"


def clipped(text: str, limit: int) -> str:
    """`text` (its runs of spaces made one) in at most `limit` characters: whole, or cut after the last whole
    word that fits and ended with "…". A first word longer than `limit` is cut where the limit falls."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    room = text[: limit - len(ELLIPSIS) + 1]
    cut = room.rfind(" ")
    kept = room[:cut] if cut > 0 else room[:-1]
    return kept.rstrip(" ,;:-–—") + ELLIPSIS
