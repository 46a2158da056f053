"""Quantity claims: a number with the interval its wording commits to, its unit, what is counted,
what happened to it, who says so and when."""

from __future__ import annotations

from claimcheck.extract.attribution import source_of, time_of
from claimcheck.extract.clock import TimeMention, find_times
from claimcheck.extract.context import DocumentContext, SentenceView
from claimcheck.extract.lexicon import concept_of_word, lexicon
from claimcheck.extract.numbers import NumberMention, find_numbers
from claimcheck.extract.phrases import (
    STOP,
    fronted_scope,
    measure_before,
    noun_phrase,
    predicate_after,
    predicate_before,
    scope_after,
)
from claimcheck.extract.qualifiers import Reading, interval_of, qualified, range_partner
from claimcheck.extract.tokens import Token, match_phrase, match_phrase_before
from claimcheck.extract.units import canonical
from claimcheck.models import Canonical, Interval, QuantityClaim

_AGE_WORDS = {"aged", "age", "ages"}


def _attached(a: Token, b: Token) -> bool:
    return a.end == b.start


def _is_label(tokens: list[Token], m: NumberMention) -> bool:
    """COVID-19, G20, Category 5, 21st, 4:30 (as a count): numbers that are names or positions."""
    i = m.first
    token = tokens[i]
    if not token.is_number:
        return False
    if i > 0 and tokens[i - 1].is_word and _attached(tokens[i - 1], token):
        return True
    if (
        i > 1
        and tokens[i - 1].text in "-/"
        and _attached(tokens[i - 1], token)
        and tokens[i - 2].is_word
        and _attached(tokens[i - 2], tokens[i - 1])
    ):
        return True
    nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    if (
        nxt
        and nxt.text == "-"
        and _attached(token, nxt)
        and len(token.text) >= 3
        and m.last + 2 < len(tokens)
        and tokens[m.last + 2].is_number
        and len(tokens[m.last + 2].text) >= 3
    ):
        return True  # a phone or reference number
    if (
        i > 1
        and tokens[i - 1].text == "-"
        and tokens[i - 2].is_number
        and len(tokens[i - 2].text) >= 3
        and len(token.text) >= 3
        and _attached(tokens[i - 1], token)
    ):
        return True
    if nxt and _attached(token, nxt) and nxt.lower in ("st", "nd", "rd", "th"):
        return True
    if nxt and nxt.text in (":", "/") and _attached(token, nxt):
        return True
    if (
        i > 0
        and tokens[i - 1].lower in ("no", "number", "section", "article", "route", "flight", "page")
        and tokens[i - 1].text[0].isupper()
    ):
        return True
    if (
        i > 0
        and tokens[i - 1].is_capitalized
        and tokens[i - 1].lower not in lexicon().currency_prefixes
        and tokens[i - 1].text not in lexicon().currency_prefixes
        and tokens[i - 1].lower not in STOP
        and tokens[i - 1].lower not in lexicon().qualifiers
        and i - 1 > 0
    ):
        return True
    return False


def _is_year(tokens: list[Token], m: NumberMention) -> bool:
    token = tokens[m.first]
    if not (token.is_number and len(token.text) == 4 and token.text.isdigit() and 1800 <= int(token.text) <= 2100):
        return False
    nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    if nxt and nxt.lower == "s" and _attached(token, nxt):
        return True
    return not (nxt and nxt.is_word and nxt.text.islower() and (nxt.lower.endswith("s") or nxt.lower == "people"))


def _age(tokens: list[Token], m: NumberMention) -> bool:
    i, j = m.first, m.last
    if i > 0 and tokens[i - 1].lower in _AGE_WORDS:
        return True
    after = [t.lower for t in tokens[j + 1 : j + 5]]
    if after[:4] == ["-", "year", "-", "old"] or after[:2] == ["years", "old"] or after[:3] == ["-", "years", "-"]:
        return True
    if i > 1 and tokens[i - 1].text == "," and tokens[i - 2].is_capitalized and tokens[i - 2].is_word:
        nxt = tokens[j + 1].text if j + 1 < len(tokens) else "."
        return nxt in (",", ".", ")", ";") and m.value < 120 and m.value == int(m.value)
    return False


def _unit(tokens: list[Token], reading: Reading) -> tuple[str | None, int]:
    """(unit as written, index of its last token) after the number, or a scale named before it."""
    lex = lexicon()
    before = reading.first - 1
    if before >= 0 and tokens[before].lower in lex.scale_prefixes:
        return lex.scale_prefixes[tokens[before].lower], reading.last
    k = reading.last + 1
    if k < len(tokens) and tokens[k].text == "-" and k + 1 < len(tokens):
        k += 1
    phrase = match_phrase(tokens, k, lex.phrases(lex.units))
    if phrase:
        return lex.key_of(lex.units, phrase), k + len(phrase) - 1
    return None, reading.last


def _currency_before(tokens: list[Token], first: int) -> tuple[str | None, int]:
    prefixes = lexicon().currency_prefixes
    if (
        first > 1
        and tokens[first - 2].text + tokens[first - 1].text in prefixes
        and _attached(tokens[first - 2], tokens[first - 1])
    ):
        return prefixes[tokens[first - 2].text + tokens[first - 1].text], first - 2
    if first > 0 and tokens[first - 1].text in prefixes:
        return prefixes[tokens[first - 1].text], first - 1
    return None, first


def _in_dates(view: SentenceView, token: Token) -> bool:
    return any(d.start <= token.start < d.end for d in view.dates)


def quantities_in(ctx: DocumentContext, view: SentenceView) -> list[QuantityClaim]:
    tokens = view.tokens
    times = find_times(view.sentence.text, view.sentence.start)
    claims: list[QuantityClaim] = [_time_claim(ctx, view, t) for t in times]
    mentions = [
        m
        for m in find_numbers(tokens)
        if not _in_dates(view, tokens[m.first]) and not any(t.start <= tokens[m.first].start < t.end for t in times)
    ]
    skip: set[int] = set()
    for n, mention in enumerate(mentions):
        if n in skip or _is_label(tokens, mention):
            continue
        ratio = _ratio_partner(tokens, mentions, n)
        if ratio is not None:  # "three in ten civil servants": a proportion, not two counts
            skip.add(ratio)
            continue
        if _is_pronoun_one(tokens, mention):
            continue
        if _is_year(tokens, mention):
            continue
        partner = range_partner(tokens, mentions, n)
        if partner is not None:
            skip.add(partner)
            claims.append(_range_claim(ctx, view, mention, mentions[partner]))
            continue
        claim = _claim(ctx, view, mention)
        if (
            claims
            and claim.counted is None
            and claim.unit is None
            and any(t.lower in ("from", "to") for t in tokens[max(0, mention.first - 3) : mention.first])
        ):
            previous = claims[-1]
            claim = claim.model_copy(update={"counted": previous.counted, "predicate": previous.predicate})
        claims.append(claim)
    return claims


def _time_claim(ctx: DocumentContext, view: SentenceView, time: TimeMention) -> QuantityClaim:
    """A time of day: minutes after midnight, in UTC where the zone is written."""
    tokens = view.tokens
    first = next(k for k, t in enumerate(tokens) if t.start >= time.start)
    phrase = match_phrase_before(tokens, first, lexicon().phrases_ending(lexicon().qualifiers))
    approx = phrase is not None and lexicon().qualifiers[lexicon().key_of(lexicon().qualifiers, phrase)] == "approx"
    start = tokens[first - len(phrase)].start if phrase else time.start
    value = Interval(point=time.minutes, low=time.minutes, high=time.minutes, approx=approx)
    minutes = time.utc_minutes if time.utc_minutes is not None else time.minutes
    unit = "minute of day UTC" if time.zone else "minute of day, local"
    canon = Canonical(value=Interval(point=minutes, low=minutes, high=minutes, approx=approx), unit=unit)
    return QuantityClaim(
        **ctx.base_fields("quantity", start, time.end, view.sentence, 0.8),
        value=value,
        qualifier=" ".join(phrase) if phrase else None,
        unit="time of day",
        canonical=canon,
        counted="time of day",
        predicate=predicate_before(tokens, first),
        source=source_of(view.sentence.text),
    )


def _ratio_partner(tokens: list[Token], mentions: list[NumberMention], n: int) -> int | None:
    """The "ten" of "three in ten" / "three out of ten"."""
    if n + 1 >= len(mentions):
        return None
    gap = [t.lower for t in tokens[mentions[n].last + 1 : mentions[n + 1].first]]
    if gap in (["in"], ["out", "of"]) and mentions[n + 1].value in (2, 3, 4, 5, 10, 20, 100, 1000):
        return n + 1
    return None


def _is_pronoun_one(tokens: list[Token], m: NumberMention) -> bool:
    """'one' as a pronoun or article ("one of the", "one Armenian"), unless a unit or scale follows."""
    if tokens[m.first].lower != "one" or m.last != m.first:
        return False
    nxt = match_phrase(tokens, m.last + 1, lexicon().phrases(lexicon().units))
    return nxt is None


def _range_claim(ctx: DocumentContext, view: SentenceView, a: NumberMention, b: NumberMention) -> QuantityClaim:
    tokens = view.tokens
    first = a.first
    if first > 0 and tokens[first - 1].lower in ("only", "just"):
        first -= 1
    if first > 0 and tokens[first - 1].lower == "between":
        first -= 1
    reading = Reading(
        Interval(low=a.value, high=b.value),
        "between" if tokens[first].lower == "between" else "range",
        first,
        b.last,
    )
    return _build(ctx, view, reading, b)


def _claim(ctx: DocumentContext, view: SentenceView, mention: NumberMention) -> QuantityClaim:
    return _build(ctx, view, qualified(view.tokens, mention), mention)


def _build(ctx: DocumentContext, view: SentenceView, reading: Reading, mention: NumberMention) -> QuantityClaim:
    tokens = view.tokens
    currency, money_first = _currency_before(tokens, mention.first)
    written_unit, unit_last = _unit(tokens, reading)
    age = _age(tokens, mention)
    interval = reading.interval
    first = min(reading.first, money_first)
    unit_name: str | None
    if currency and not written_unit:
        unit_name, canon = currency, canonical(currency, interval)[1]
    elif written_unit:
        unit_name, canon = canonical(written_unit, interval)
    else:
        unit_name, canon = None, None
    if currency and canon is None:
        canon = Canonical(value=interval, unit=currency)
    last = max(reading.last, unit_last)
    counted, after = noun_phrase(tokens, last + 1)
    post = match_phrase(tokens, after, lexicon().phrases(lexicon().post_qualifiers)) if counted else None
    if post and reading.qualifier is None:  # "120 soldiers or more"
        word = lexicon().key_of(lexicon().post_qualifiers, post)
        interval = interval_of(mention.value, lexicon().post_qualifiers[word])
        reading = Reading(interval, word, reading.first, after + len(post) - 1)
        last, after = reading.last, after + len(post)
    if age:
        counted, unit_name, canon = "age", "year", None
    predicate = predicate_after(tokens, after) if not age else None
    if counted and not predicate and counted.split()[0].lower() in concept_of_word():
        predicate = counted.split()[0]
    predicate = predicate or (None if age else predicate_before(tokens, first))
    if not counted and not age:
        counted = measure_before(tokens, first)
    measure = canon is not None and counted is None
    scope = (scope_after(tokens, after, measure) if counted or measure else None) or fronted_scope(tokens)
    start, end = tokens[first].start, tokens[last].end
    text = view.sentence.text
    time_text, as_of = time_of(view, start, end)
    confidence = 0.9 if counted or unit_name else 0.6
    return QuantityClaim(
        **ctx.base_fields("quantity", start, end, view.sentence, confidence),
        value=interval,
        qualifier=reading.qualifier,
        unit=unit_name,
        canonical=canon,
        counted=counted,
        predicate=predicate,
        scope=scope,
        source=source_of(text),
        time=time_text,
        as_of=as_of,
    )
