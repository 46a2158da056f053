"""Quantity claims: a number with the interval its wording commits to, its unit, what is counted,
what happened to it, who says so and when."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimcheck.extract.attribution import source_of, time_of
from claimcheck.extract.clock import TimeMention, find_times
from claimcheck.extract.context import DocumentContext, SentenceView
from claimcheck.extract.currency import (
    currency_before,
    is_code,
    is_weight,
    named_currency,
    places_named,
    rate_base,
    resolved,
)
from claimcheck.extract.lexicon import UnitRow, concept_of_word, lexicon
from claimcheck.extract.numbers import NumberMention, find_numbers
from claimcheck.extract.phrases import (
    CALENDAR,
    STOP,
    fronted_scope,
    measure_before,
    noun_phrase,
    predicate_after,
    predicate_before,
    scope_after,
)
from claimcheck.extract.qualifiers import Range, Reading, interval_of, qualified, range_partner
from claimcheck.extract.tokens import Token, attached, match_phrase, match_phrase_before, tokenize
from claimcheck.extract.units import canonical, measured
from claimcheck.models import Canonical, Interval, QuantityClaim

_AGE_WORDS = {"aged", "age", "ages"}
_LEADING_ZERO = re.compile(r"0[0-9]")
_PLAIN = re.compile(r"[0-9]+")


@dataclass
class UnitMatch:
    """A unit written after a figure: its lexicon key, its row, where it ends, and the currency a place
    written with it decides ("Hong Kong dollars")."""

    key: str
    row: UnitRow
    first: int
    last: int
    currency: str | None = None


def _is_label(tokens: list[Token], m: NumberMention) -> bool:
    """COVID-19, G20, Flight 370, Category 5, 21st, 24/7, call 911: numbers that are names, positions or
    references. A capitalised word before a number is not enough ("Quake Kills 234", "Kong's 7.48 million")."""
    i = m.first
    token = tokens[i]
    if not token.is_number:
        return False
    lex = lexicon()
    prev = tokens[i - 1] if i > 0 else None
    if prev is not None and prev.is_word and attached(prev, token):
        return prev.text not in lex.currency_prefixes and prev.lower not in lex.scale_prefixes  # "G20", "MH370"
    if (
        prev is not None
        and i > 1
        and prev.text in "-/"
        and attached(prev, token)
        and tokens[i - 2].is_word
        and attached(tokens[i - 2], prev)
    ):
        return tokens[i - 2].lower not in lex.scale_prefixes  # COVID-19, F-16; not "magnitude-6.1"
    if prev is not None and _acronym(prev) and prev.text not in lex.currency_prefixes and not _shouting(tokens):
        return True  # "PM 2.5", "AC 3 tier", "COVID 19"
    nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    if nxt is not None and attached(tokens[m.last], nxt):
        if nxt.lower in ("st", "nd", "rd", "th") or nxt.text == ":":
            return True
        if nxt.text == "/" and rate_base(tokens, m.last + 1) is None:
            return True  # 24/7, 9/11; "83/dollar" is a rate
    if prev is not None and prev.text in _label_words_as_written():
        return True
    if _PLAIN.fullmatch(token.text) and len(token.text) >= 5 and m.last == m.first and not _counts_after(tokens, m):
        return True  # "Coromandel Express 12841": counts that large are written "12,841"
    return bool(
        match_phrase_before(tokens, i, lex.phrases_ending(_label_words()))
        or match_phrase_before(tokens, i, lex.phrases_ending(lex.reference_words))
    )


@cache
def _person_titles() -> frozenset[str]:
    return frozenset(lexicon().person_titles)


@cache
def _label_words() -> tuple[str, ...]:
    return tuple(w for w in lexicon().label_words if w == w.lower())


@cache
def _label_words_as_written() -> frozenset[str]:
    return frozenset(w for w in lexicon().label_words if w != w.lower())


def _counts_after(tokens: list[Token], m: NumberMention) -> bool:
    """Whether a word in lower case follows the figure: what it counts or its unit ("12841 people")."""
    nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    return nxt is not None and nxt.is_word and nxt.text.islower()


def _acronym(token: Token) -> bool:
    return token.is_word and 2 <= len(token.text) <= 5 and token.text.isupper()


def _shouting(tokens: list[Token]) -> bool:
    """A sentence in capitals ("QUAKE KILLS 234"), where a word in capitals is no acronym."""
    return all(t.text.isupper() for t in tokens if t.is_word and len(t.text) > 1)


def _hyphen_chain(tokens: list[Token], mentions: list[NumberMention], n: int) -> int:
    """How many mentions from mentions[n] on are joined by hyphens written against them ("555-123-4567")."""
    k = n
    while k + 1 < len(mentions):
        a, b = mentions[k], mentions[k + 1]
        if b.first != a.last + 2 or tokens[a.last + 1].text != "-":
            break
        if not (attached(tokens[a.last], tokens[a.last + 1]) and attached(tokens[a.last + 1], tokens[b.first])):
            break
        k += 1
    return k - n + 1


def _is_reference(tokens: list[Token], mentions: list[NumberMention], n: int, length: int) -> bool:
    """Whether hyphen-joined figures are a phone, reference or score rather than a range: three groups or
    more, a group with a leading zero, the 555-1234 shape, a year span ("2019-20", "1990-1995"), or a
    second figure below the first ("won 3-1", "a 5-4 vote")."""
    if length >= 3:
        return True
    a, b = tokens[mentions[n].first], tokens[mentions[n + 1].first]
    if any(_LEADING_ZERO.match(t.text) and "." not in t.text for t in (a, b)):
        return True
    if _PLAIN.fullmatch(a.text) and _PLAIN.fullmatch(b.text) and len(a.text) == 3 and len(b.text) == 4:
        return True
    if _year_like(a) and (_year_like(b) and _is_year(tokens, mentions[n + 1]) or len(b.text) == 2):
        return True
    return mentions[n + 1].value < mentions[n].value


def _year_like(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit() and 1800 <= int(token.text) <= 2100


def _is_year(tokens: list[Token], m: NumberMention) -> bool:
    token = tokens[m.first]
    if not _year_like(token) or m.last != m.first or currency_before(tokens, m.first)[0]:
        return False
    nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    if nxt and nxt.lower == "s" and attached(token, nxt):
        return True
    return not (nxt and nxt.is_word and nxt.text.islower() and (nxt.lower.endswith("s") or nxt.lower == "people"))


def _side_by_side(tokens: list[Token], mentions: list[NumberMention], n: int) -> bool:
    """Two figures in digits with only a space between ("6 3 strong"): neither can be read."""
    if n + 1 >= len(mentions):
        return False
    a, b = mentions[n], mentions[n + 1]
    return (
        b.first == a.last + 1
        and tokens[a.last].is_number
        and tokens[b.first].is_number
        and not attached(tokens[a.last], tokens[b.first])
    )


def _age(tokens: list[Token], m: NumberMention) -> bool:
    i, j = m.first, m.last
    if i > 0 and tokens[i - 1].lower in _AGE_WORDS:
        return True
    after = [t.lower for t in tokens[j + 1 : j + 5]]
    if after[:4] == ["-", "year", "-", "old"] or after[:2] == ["years", "old"] or after[:3] == ["-", "years", "-"]:
        return True
    if i > 1 and tokens[i - 1].text == "," and tokens[i - 2].is_capitalized and tokens[i - 2].is_word:
        nxt = tokens[j + 1].text if j + 1 < len(tokens) else "."
        return nxt in (",", ".", ")", ";") and 0 < m.value < 120 and m.value == int(m.value)
    return False


_SPACING: dict[str, tuple[bool, ...]] = {}


def _spaced_as_written(tokens: list[Token], k: int, key: str) -> bool:
    """Whether the unit at tokens[k] is spaced as its lexicon key ("km2" is not "km 2")."""
    gaps = _SPACING.get(key)
    if gaps is None:
        written = tokenize(key)
        gaps = _SPACING[key] = tuple(attached(a, b) for a, b in zip(written, written[1:], strict=False))
    return all(attached(tokens[k + i], tokens[k + i + 1]) == gap for i, gap in enumerate(gaps))


def _unit_after(tokens: list[Token], last: int) -> UnitMatch | None:
    """The unit written after the figure ending at tokens[last] ("km", "-magnitude", "Hong Kong dollars")."""
    lex = lexicon()
    k = last + 1
    if k + 1 < len(tokens) and tokens[k].text == "-" and attached(tokens[last], tokens[k]):
        k += 1  # "6.1-magnitude", "10-km"
    if k >= len(tokens):
        return None
    named = named_currency(tokens, k)
    if named and tokens[k].is_capitalized and named[1].currency != named[0]:
        return UnitMatch(lex.key_of(lex.units, (tokens[named[2]].lower,)), named[1], k, named[2], named[0])
    for phrase in lex.phrases(lex.units).get(tokens[k].lower, ()):
        end = k + len(phrase)
        if end > len(tokens) or any(tokens[k + i].lower != word for i, word in enumerate(phrase)):
            continue
        key = lex.key_of(lex.units, phrase)
        row = lex.units[key]
        if not _spaced_as_written(tokens, k, key):
            continue
        if row.attached and not (attached(tokens[last], tokens[k]) and tokens[k].text == key):
            continue
        return UnitMatch(key, row, k, end - 1)
    return None


def _scale_prefix(tokens: list[Token], first: int) -> str | None:
    """A word before the figure that makes it a measure on a scale: "magnitude 7.8", "magnitude-6.1",
    "a magnitude of 6.1"."""
    lex = lexicon()
    if first > 0 and tokens[first - 1].text == "-" and attached(tokens[first - 1], tokens[first]):
        first -= 1
    phrase = match_phrase_before(tokens, first, lex.phrases_ending(lex.scale_prefixes))
    return lex.scale_prefixes[lex.key_of(lex.scale_prefixes, phrase)] if phrase else None


def _in_spans(token: Token, spans: list[tuple[int, int]]) -> bool:
    return any(start <= token.start < end for start, end in spans)


def quantities_in(ctx: DocumentContext, view: SentenceView) -> list[QuantityClaim]:
    tokens = view.tokens
    times = find_times(view.sentence.text, view.sentence.start)
    claims: list[QuantityClaim] = [_time_claim(ctx, view, t) for t in times]
    spans = [(d.start, d.end) for d in view.dates] + [(t.start, t.end) for t in times]
    blocked = {k for k, token in enumerate(tokens) if _in_spans(token, spans)} if spans else set()
    mentions = find_numbers(tokens, blocked)
    skip: set[int] = set()
    used = -1  # the last token a claim took
    for n, mention in enumerate(mentions):
        if n in skip or mention.first <= used or _is_label(tokens, mention):
            continue
        chain = _hyphen_chain(tokens, mentions, n)
        if chain > 1 and _is_reference(tokens, mentions, n, chain):
            skip.update(range(n, n + chain))
            continue
        if _side_by_side(tokens, mentions, n):
            skip.add(n + 1)
            continue
        if _is_year(tokens, mention):
            continue
        claim, used = _figure(ctx, view, mentions, n, skip)
        if claim is None:
            continue
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


def _figure(
    ctx: DocumentContext, view: SentenceView, mentions: list[NumberMention], n: int, skip: set[int]
) -> tuple[QuantityClaim | None, int]:
    """The claim mentions[n] opens (the mention that closes its range or ratio goes to `skip`), and the
    last token it takes."""
    tokens = view.tokens
    mention = mentions[n]
    ratio = _ratio_partner(tokens, mentions, n)
    if ratio is not None:  # "three in ten civil servants": a share, not two counts
        skip.add(ratio)
        closing = mentions[ratio]
        value = 100 * mention.value / closing.value
        share = NumberMention(mention.first, closing.last, value, low=value, high=value, written="share")
        return _build(ctx, view, _share_reading(tokens, share), share, None)
    unit = _unit_after(tokens, mention.last)
    span = range_partner(tokens, mentions, n, unit.last if unit else mention.last)
    if span is not None:
        skip.add(span.partner)
        return _range_claim(ctx, view, mention, mentions[span.partner], span)
    if _is_pronoun_one(tokens, mention, unit):
        return None, mention.last
    reading = _share_reading(tokens, mention) if mention.written == "share" else qualified(tokens, mention)
    return _build(ctx, view, reading, mention, unit)


def _share_reading(tokens: list[Token], share: NumberMention) -> Reading:
    """A fraction or ratio read as a share: approximate by nature ("two thirds" of 68% is no discrepancy)."""
    reading = qualified(tokens, share)
    interval = reading.interval.model_copy(update={"approx": True})
    return Reading(interval, reading.qualifier, reading.first, reading.last)


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
    """The "ten" of "three in ten" / "one out of five": a whole number above the first, no unit after it
    ("5 in 3 years" is not a share), no money before the first ("$5 million in 3 years")."""
    if n + 1 >= len(mentions):
        return None
    a, b = mentions[n], mentions[n + 1]
    gap = [t.lower for t in tokens[a.last + 1 : b.first]]
    if (
        gap not in (["in"], ["out", "of"])
        or a.written not in ("digits", "words")
        or b.written not in ("digits", "words")
    ):
        return None
    if not (0 < a.value < b.value and a.value == int(a.value) and b.value == int(b.value)):
        return None
    if currency_before(tokens, a.first)[0] or _unit_after(tokens, a.last) or _unit_after(tokens, b.last):
        return None
    return n + 1


def _is_pronoun_one(tokens: list[Token], m: NumberMention, unit: UnitMatch | None) -> bool:
    """'one' as a pronoun or article ("one of the", "one Armenian"), unless a unit or scale follows."""
    return tokens[m.first].lower == "one" and m.last == m.first and unit is None


def _range_claim(
    ctx: DocumentContext, view: SentenceView, a: NumberMention, b: NumberMention, span: Range
) -> tuple[QuantityClaim, int]:
    tokens = view.tokens
    first = currency_before(tokens, a.first)[1]
    if first > 0 and tokens[first - 1].lower in ("only", "just"):
        first -= 1
    if first > 0 and tokens[first - 1].lower == "between":
        first -= 1
    qualifier = {"between": "between", "alternative": "or"}.get(span.kind, "range")
    reading = Reading(Interval(low=span.low, high=span.high), qualifier, first, b.last)
    return _build(ctx, view, reading, b, _unit_after(tokens, b.last), opening=a)


def _build(
    ctx: DocumentContext,
    view: SentenceView,
    reading: Reading,
    mention: NumberMention,
    unit: UnitMatch | None,
    opening: NumberMention | None = None,
) -> tuple[QuantityClaim, int]:
    """The claim, and the last token it takes."""
    tokens = view.tokens
    currency, money_first = currency_before(tokens, (opening or mention).first)
    if currency is None and opening is not None:
        currency, _ = currency_before(tokens, mention.first)
    interval = reading.interval
    first = min(reading.first, money_first)
    last = max(reading.last, unit.last if unit else reading.last)
    age = _age(tokens, mention)
    unit_name, canon, counted = _measure(ctx, view, reading, mention, unit, currency, first)
    rate = rate_base(tokens, last + 1) if (currency or unit is None or unit.row.currency) else None
    if rate is not None:
        unit_name, canon, counted, last = _rate(ctx, view, first, interval, currency, unit, rate)
    counted_after, after = (counted, last + 1) if counted else noun_phrase(tokens, last + 1)
    counted = counted or counted_after
    post = match_phrase(tokens, after, lexicon().phrases(lexicon().post_qualifiers)) if counted_after else None
    if post and reading.qualifier is None and opening is None:  # "120 soldiers or more"
        word = lexicon().key_of(lexicon().post_qualifiers, post)
        interval = interval_of(mention.value, lexicon().post_qualifiers[word])
        reading = Reading(interval, word, reading.first, after + len(post) - 1)
        last, after = reading.last, after + len(post)
    subject = None
    if age:
        counted, unit_name, canon = "age", "year", None
        subject = _age_subject(ctx, view, mention)
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
    claim = QuantityClaim(
        **ctx.base_fields("quantity", start, end, view.sentence, confidence),
        value=interval,
        qualifier=reading.qualifier,
        unit=unit_name,
        canonical=canon,
        counted=counted,
        predicate=predicate,
        subject=subject,
        scope=scope,
        source=source_of(text),
        time=time_text,
        as_of=as_of,
    )
    return claim, last


def _measure(
    ctx: DocumentContext,
    view: SentenceView,
    reading: Reading,
    mention: NumberMention,
    unit: UnitMatch | None,
    currency: str | None,
    first: int,
) -> tuple[str | None, Canonical | None, str | None]:
    """(unit, canonical value, what is counted where the unit says it) of a figure."""
    tokens = view.tokens
    interval = reading.interval
    if mention.written == "share":
        return "share", canonical("share", interval)[1], None
    prefix = _scale_prefix(tokens, mention.first)
    if prefix and (unit is None or unit.row.currency is None):
        return (*canonical(prefix, interval), None)
    if unit is not None and unit.row.currency and unit.row.unit:  # "pounds": a weight or money
        if is_weight(tokens, first, unit.first, unit.last):
            return _physical(unit, interval)
        code = _resolved(ctx, view, unit.row.currency)
        if code == unit.row.currency:
            return unit.key, None, None  # neither place nor wording decides: not compared with anything
        return code, Canonical(value=interval, unit=code), None
    money = currency or (unit.currency or unit.row.currency if unit else None)
    if money:
        code = _resolved(ctx, view, money)
        return code, Canonical(value=interval, unit=code), None
    if unit is not None:
        return _physical(unit, interval)
    return None, None, None


def _physical(unit: UnitMatch, interval: Interval) -> tuple[str | None, Canonical | None, str | None]:
    name, canon = measured(unit.key, unit.row, interval)
    return unit.row.name or name, canon, None


def _resolved(ctx: DocumentContext, view: SentenceView, currency: str) -> str:
    """A currency code, or the family no place decides (the places are read only for a family)."""
    return currency if is_code(currency) else resolved(currency, places_named([view.tokens]), ctx.places)


def _rate(
    ctx: DocumentContext,
    view: SentenceView,
    first: int,
    interval: Interval,
    currency: str | None,
    unit: UnitMatch | None,
    rate: tuple[str, int],
) -> tuple[str, Canonical, str, int]:
    """An exchange rate, in both currencies: "1,100 naira per dollar", "now at 83/dollar" (the currency
    counted is then the one the sentence names before it, "the rupee")."""
    base, last = rate
    quote = (
        currency or (unit.currency or unit.row.currency if unit else None) or _currency_before_in(view.tokens, first)
    )
    base = _resolved(ctx, view, base)
    name = f"{_resolved(ctx, view, quote)} per {base}" if quote else f"per {base}"
    return name, Canonical(value=interval, unit=name), "exchange rate", last


def _currency_before_in(tokens: list[Token], first: int) -> str | None:
    """The nearest currency word the sentence names before tokens[first] ("the rupee is now at ...")."""
    for k in range(first - 1, -1, -1):
        named = named_currency(tokens, k)
        if named and named[2] < first and not named[1].unit:
            return named[0]
    return None


def _age_subject(ctx: DocumentContext, view: SentenceView, mention: NumberMention) -> str | None:
    """Whose age it is: "Ali Karimov, 32", "Ali Karimov, aged 32", "the 44-year-old fisher Musa Bello",
    "Musa Bello, a 44-year-old fisher"; else the person the paragraph last named before it."""
    tokens = view.tokens
    k = mention.first - 1
    if k >= 0 and tokens[k].lower in _AGE_WORDS | {"a", "an", "the"}:
        k -= 1
    name = _name_ending(tokens, k - 1) if k >= 1 and tokens[k].text == "," else None
    if name is None:
        j = mention.last + 1
        while j < len(tokens) and tokens[j].lower in ("-", "year", "years", "old"):
            j += 1
        start = j
        while j < len(tokens) and j - start < 3 and tokens[j].is_word and tokens[j].text.islower():
            j += 1  # "the 44-year-old retired fisher Musa Bello"
        name = _name_starting(tokens, j)
    if name:
        return _fullest(ctx, name)
    if mention.first > 0 and tokens[mention.first - 1].lower == "the":  # "the 34-year-old said": named before
        return _person_in_paragraph(ctx, view, tokens[mention.first].start)
    return None


_PARTICLES = frozenset(["de", "da", "del", "der", "van", "von", "bin", "al", "el", "la", "le", "di", "du"])


def _name_ending(tokens: list[Token], k: int) -> str | None:
    """The capitalised name that ends at tokens[k] ("Ali Karimov" of "Ali Karimov, 32")."""
    words: list[str] = []
    while (
        k >= 0 and len(words) < 5 and tokens[k].is_word and (tokens[k].is_capitalized or tokens[k].lower in _PARTICLES)
    ):
        words.insert(0, tokens[k].text)
        k -= 1
    return _as_name(words)


def _name_starting(tokens: list[Token], k: int) -> str | None:
    words: list[str] = []
    while (
        k < len(tokens)
        and len(words) < 5
        and tokens[k].is_word
        and (tokens[k].is_capitalized or words and tokens[k].lower in _PARTICLES)
    ):
        words.append(tokens[k].text)
        k += 1
    return _as_name(words)


def _as_name(words: list[str]) -> str | None:
    titles = _person_titles()
    while words and (words[0].lower() in _PARTICLES or words[0].lower() in titles):
        words.pop(0)  # "Captain Alejandro Cortez, 66": the title is not the name
    if not words or words[0].lower() in STOP or words[0].lower() in CALENDAR:
        return None
    return " ".join(words)


def _fullest(ctx: DocumentContext, name: str) -> str:
    """The fullest name the document gives the person ("Lozoya" → "Carlos Lozoya")."""
    last = name.split()[-1]
    names = [p.name for p in ctx.people if p.name.split()[-1] == last or name in p.name]
    return max(names + [name], key=lambda n: (len(n.split()), n == name))


def _person_in_paragraph(ctx: DocumentContext, view: SentenceView, position: int) -> str | None:
    paragraph = ctx.text.rfind("\n", 0, view.sentence.start) + 1
    before = [p for p in ctx.people if paragraph <= p.start < position]
    if before:
        return before[-1].name
    after = [p for p in ctx.people if position <= p.start < view.sentence.end]
    return after[0].name if after else None
