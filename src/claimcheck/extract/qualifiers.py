"""Qualifiers and ranges: the interval a wording commits to ("at least 170", "between 50 and 1,000")."""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.extract.lexicon import lexicon
from claimcheck.extract.numbers import NumberMention
from claimcheck.extract.tokens import Token, match_phrase, match_phrase_before
from claimcheck.models import Interval


@dataclass
class Reading:
    """What the words around a number say about it."""

    interval: Interval
    qualifier: str | None
    first: int
    last: int


def qualified(tokens: list[Token], mention: NumberMention) -> Reading:
    lex = lexicon()
    point = mention.value
    first = mention.first
    if mention.vague:
        return Reading(Interval(low=mention.low, high=mention.high, approx=True), None, first, mention.last)
    look = first
    prefixes = lex.currency_prefixes
    while look > 0 and (tokens[look - 1].text in prefixes or tokens[look - 1].lower in ("only", "just", "us")):
        look -= 1
    phrase = match_phrase_before(tokens, look, lex.phrases_ending(lex.qualifiers))
    last = mention.last
    bound, qualifier = "exact", None
    if phrase:
        qualifier = lex.key_of(lex.qualifiers, phrase)
        bound = lex.qualifiers[qualifier]
        first = look - len(phrase)
    post = match_phrase(tokens, last + 1, lex.phrases(lex.post_qualifiers))
    if post is None and last + 2 < len(tokens) and tokens[last + 1].text == "-":
        post = match_phrase(tokens, last + 2, {"odd": [("odd",)]})
        last += 1 if post else 0
    if post:
        post_word = lex.key_of(lex.post_qualifiers, post)
        qualifier = f"{qualifier} … {post_word}" if qualifier else post_word
        bound = lex.post_qualifiers[post_word] if bound == "exact" else bound
        last += len(post)
    return Reading(interval_of(point, bound), qualifier, first, last)


def interval_of(point: float, bound: str) -> Interval:
    """The interval a qualifier's bound gives `point` (see `Interval` for the kinds of end)."""
    if bound in ("lower", "above"):
        return Interval(point=point, low=point, high=None, low_end="bound" if bound == "lower" else "strict")
    if bound in ("upper", "under"):
        return Interval(point=point, low=None, high=point, high_end="bound" if bound == "upper" else "strict")
    if bound == "approx":
        return Interval(point=point, low=point, high=point, approx=True)
    band = point * (1 - lexicon().below_band)
    if bound == "below" and band != point:  # "nearly 400": not quite 400; "almost minus 20": not quite as cold
        if point > 0:
            return Interval(point=point, low=band, high=point, approx=True, high_end="strict")
        return Interval(point=point, low=point, high=band, approx=True, low_end="strict")
    if bound == "below":
        return Interval(point=point, low=point, high=point, approx=True)
    return Interval(point=point, low=point, high=point)


def range_partner(tokens: list[Token], mentions: list[NumberMention], n: int) -> int | None:
    """The mention that closes a range opened by mentions[n] ("between 50 and 1,000", "10-12", "ten to 12")."""
    if n + 1 >= len(mentions):
        return None
    a, b = mentions[n], mentions[n + 1]
    gap = [t.lower for t in tokens[a.last + 1 : b.first]]
    before = tokens[a.first - 1].lower if a.first > 0 else ""
    before2 = tokens[a.first - 2].lower if a.first > 1 else ""
    if gap == ["and"] and "between" in (before, before2):
        return n + 1
    if before == "from" or before2 == "from":
        return None  # "from 62 to 64": a change, two claims
    if gap in (["to"], ["-"]) and b.value >= a.value and not a.vague and not b.vague:
        return n + 1
    return None
