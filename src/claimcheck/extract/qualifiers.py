"""Qualifiers and ranges: the interval a wording commits to ("at least 170", "between 50 and 1,000")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from claimcheck.extract.currency import currency_before
from claimcheck.extract.lexicon import concept_of_word, lexicon, word_set
from claimcheck.extract.numbers import NumberMention, changed_before, plus_after
from claimcheck.extract.phrases import STOP, past_verb
from claimcheck.extract.tokens import Token, attached, match_phrase, match_phrase_before
from claimcheck.extract.units import UnitMatch, scale_prefix, scale_prefix_start, unit_after
from claimcheck.models import Interval

# The bounds a qualifier may give (see `interval_of`), as against an estimate ("about") or a figure from below.
_BOUNDS = ("lower", "above", "upper", "under")


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
    look = currency_before(tokens, first)[1]
    look = _past_scale(tokens, look)
    while look > 0 and tokens[look - 1].lower in ("only", "just"):
        look -= 1
    unquoted = _past_quoted(tokens, look)
    quoted = unquoted != look
    look = _past_article(tokens, _past_gap(tokens, unquoted), mention)
    phrase = match_phrase_before(tokens, look, lex.phrases_ending(lex.qualifiers))
    if phrase is None:  # "within the 147lb limit", "inside the 9st 9lb mark": a bound on the figure the mark is
        look, phrase = _bound_on_a_mark(tokens, look, mention)
    last = mention.last
    bound, qualifier = "exact", None
    prefix = _hyphen_prefix(tokens, look)
    if phrase is None and prefix:
        qualifier, bound, first = prefix, lex.prefix_qualifiers[prefix], look - 2
    if phrase and _rise_to(tokens, look - len(phrase), phrase, mention.last):
        phrase = None  # "the toll went up to 820", "toll up to 820 from 700": the count rose to 820, no bound
    if phrase and " ".join(phrase) in lex.stated_levels and _level_stated(tokens, look - len(phrase)):
        phrase = None  # "the ratio being as high as 31.2 pct", "dipping as low as $1,310": the level itself
    if phrase == ("under",) and look > 1 and tokens[look - 2].lower in lex.land_under_words:
        phrase = None  # "cultivated the wheat crop under 25 bighas": the crop's area, 25 bighas
    if phrase == ("over",) and _passed_over(tokens, look - 1, mention.last):
        phrase = None  # "drove over two large 20mph signs": the signs passed, two of them
    if phrase == ("over",) and _matter_over(tokens, look - 1, mention.last):
        phrase = None  # "controversy over $164 million in pay": what the dispute is about, $164 million
    if phrase == ("over",) and _spread_over(tokens, look - 1, mention.last):
        phrase = None  # "a rise of 9% over two years": the time the figure before is spread over, two years
    if phrase and " ".join(phrase) in lex.reference_comparatives and _reference_time_after(tokens, mention.last):
        phrase = None  # "higher than 145.5 million pounds a year ago": the figure a year ago, no bound
    hedged = False
    if phrase:
        table = lex.qualifiers if phrase in lex.phrases(lex.qualifiers).get(phrase[0], ()) else lex.mark_qualifiers
        qualifier = lex.key_of(table, phrase)
        bound = table[qualifier]
        first = look - len(phrase) - (1 if quoted and look == unquoted else 0)  # with its opening quotation mark
        outer = _bound_before_hedge(tokens, first, bound, last)
        if outer is not None:  # "in excess of approximately 74 mph": above about 74
            hedged, qualifier = True, f"{lex.key_of(lex.qualifiers, outer)} {qualifier}"
            bound, first = lex.qualifiers[lex.key_of(lex.qualifiers, outer)], first - len(outer)
    post = match_phrase(tokens, last + 1, lex.phrases(lex.post_qualifiers))
    if post is None and _plus_within(tokens, mention):  # "300+ members", "$400+ million": 300 or more
        qualifier, bound = "+", "lower" if bound in ("exact", "approx") else bound
        last += 0 if tokens[last].text == "+" or tokens[last].lower in lex.scales else 1
    if post is None and last + 2 < len(tokens) and tokens[last + 1].text == "-":
        post = match_phrase(tokens, last + 2, _hyphen_qualifiers())  # "200-odd", "40-plus", "five lakh-plus"
        last += 1 if post else 0
    if post:
        post_word = lex.key_of(lex.post_qualifiers, post)
        qualifier = f"{qualifier} … {post_word}" if qualifier else post_word
        after = lex.post_qualifiers[post_word]
        if bound == "approx" and after in _BOUNDS:  # "some 2,000-plus hectares": above about 2,000
            hedged = True
        bound = after if bound == "exact" or (bound == "approx" and after in _BOUNDS) else bound
        last += len(post)
    if phrase and bound in _DENIED and _denied(tokens, look - len(phrase)):
        bound = _DENIED[bound]  # "has never been above 70%": at most 70%
    interval = interval_of(point, bound)
    if hedged:
        interval = interval.model_copy(update={"approx": True})
    return Reading(interval, qualifier, first, last)


def _plus_within(tokens: list[Token], mention: NumberMention) -> bool:
    """Whether a plus sign of "or more" follows the figure's digits, before its scale or after it."""
    return any(plus_after(tokens, n) for n in range(mention.first, mention.last + 1))


def _bound_before_hedge(tokens: list[Token], start: int, bound: str, last: int) -> tuple[str, ...] | None:
    """The bound that a word of estimate at tokens[start] follows ("more than about 500", "in excess of
    approximately 74 mph", "up to around 20"): the figure is bounded, and the bound itself estimated."""
    if bound != "approx":
        return None
    lex = lexicon()
    outer = match_phrase_before(tokens, start, lex.phrases_ending(lex.qualifiers))
    if outer is None or lex.qualifiers[lex.key_of(lex.qualifiers, outer)] not in _BOUNDS:
        return None
    if _rise_to(tokens, start - len(outer), outer, last):
        return None  # "bumped up to around £194.50": risen to about £194.50, no bound
    return outer


def _past_gap(tokens: list[Token], look: int) -> int:
    """Where a qualifier before a figure would end, past words that may stand between them: "under the age of
    5", "at least the next six months"; "over the next five years" (during them) keeps no gap."""
    lex = lexicon()
    for gaps, free in ((lex.qualifier_gaps, True), (lex.qualifier_span_gaps, False)):
        gap = match_phrase_before(tokens, look, lex.phrases_ending(gaps))
        phrase = match_phrase_before(tokens, look - len(gap), lex.phrases_ending(lex.qualifiers)) if gap else None
        if gap and phrase and (free or _bounds_a_span(" ".join(phrase))):
            return look - len(gap)
    return look


def _bounds_a_span(phrase: str) -> bool:
    """Whether a qualifier before "the past", "the next" and a length of time bounds that length ("at least the next
    six months"); a preposition of when ("over the next five years") and a comparative of a measure ("greater than
    the past two years": than in those years) do not."""
    lex = lexicon()
    return phrase not in lex.span_gap_prepositions and phrase not in lex.reference_comparatives


def _between_past_gap(tokens: list[Token], opening: int) -> bool:
    """Whether "between" opens a range past words that may stand between it and its first figure (`qualifier_gaps`):
    "between the ages of 5 and 12"."""
    lex = lexicon()
    gap = match_phrase_before(tokens, opening, lex.phrases_ending(lex.qualifier_gaps))
    return gap is not None and opening - len(gap) > 0 and tokens[opening - len(gap) - 1].lower == "between"


# Quotation marks that may enclose a qualifier before its figure: (opening, closing).
_QUOTE_PAIRS = (('"', '"'), ("“", "”"), ("'", "'"), ("‘", "’"))


def _past_quoted(tokens: list[Token], look: int) -> int:
    """Where a qualifier before a figure would end, inside the quotation marks that enclose it alone (the Front
    said "almost" two million, put the toll at “about” 300): the quoted word still bounds the figure. A quotation
    that ends on a qualifier but holds more ("we lost about" 20) is someone's words, and the figure not theirs."""
    if look < 3:
        return look
    lex = lexicon()
    phrase = match_phrase_before(tokens, look - 1, lex.phrases_ending(lex.qualifiers))
    if phrase is None or look - 1 - len(phrase) < 1:
        return look
    pair = (tokens[look - 2 - len(phrase)].text, tokens[look - 1].text)
    return look - 1 if pair in _QUOTE_PAIRS else look


def _past_article(tokens: list[Token], look: int, mention: NumberMention) -> int:
    """Where a qualifier before a figure would end, past a stray article before a figure in digits ("more than a
    1,000 people", "just over a 1.8 million km"): the qualifier still bounds the figure. An article before a
    compound ("over a 10-year period", "under a 3-year deal"), a length of time ("over a 3 month period") or a
    measure before a noun ("over a 1,000 km route") is the article of its noun, and the qualifier no bound."""
    if look < 2 or tokens[look - 1].lower not in ("a", "an") or not tokens[mention.first].text[:1].isdigit():
        return look
    nxt = tokens[mention.last + 1] if mention.last + 1 < len(tokens) else None
    if nxt is not None and nxt.text in ("-", "–") and attached(tokens[mention.last], nxt):
        return look
    unit = unit_after(tokens, mention.last)
    if unit is not None and unit.row.dimension == "duration":
        return look
    after_unit = tokens[unit.last + 1] if unit is not None and unit.last + 1 < len(tokens) else None
    if after_unit is not None and after_unit.is_word and after_unit.text.islower() and after_unit.lower not in STOP:
        return look  # "over a 1,000 km route": the article of the noun the measure qualifies
    lex = lexicon()
    return look - 1 if match_phrase_before(tokens, look - 1, lex.phrases_ending(lex.qualifiers)) else look


def _bound_on_a_mark(tokens: list[Token], look: int, mention: NumberMention) -> tuple[int, tuple[str, ...] | None]:
    """(where the figure's reading starts, the qualifier) of a figure between "the" and a noun of a mark or a limit
    (`mark_nouns`) that a word of an upper bound stands before: "within the 147lb limit", "below the £85,000
    threshold", "inside the 9st 9lb mark" bound it as "within 147lb" does; so does a word of a lower bound after a
    verb of being or staying (`mark_state_words`: "has been consistently above the 90% mark"), but "over". A mark
    passed ("crossed the three-lakh mark", "closed above the 22,000-mark") is the level itself, no bound."""
    if look < 2 or tokens[look - 1].lower != "the":
        return look, None
    lex = lexicon()
    k = _past_units(tokens, mention.last + 1)
    if k < len(tokens) and tokens[k].is_word and tokens[k].lower not in word_set("mark_nouns"):
        k += 1  # "under the 30mph speed limit", "within the £100 million spending cap"
    if k >= len(tokens) or tokens[k].lower not in word_set("mark_nouns"):
        return look, None
    for table in (lex.qualifiers, lex.mark_qualifiers):
        phrase = match_phrase_before(tokens, look - 1, lex.phrases_ending(table))
        if phrase and look - 1 - len(phrase) == 0:
            return look, None  # "Under the 28-day limit, police must charge": the rule a sentence opens with
        if phrase and table[lex.key_of(table, phrase)] in ("upper", "under"):
            return look - 1, phrase
        held = phrase != ("over",) and _state_held(tokens, look - 1 - len(phrase)) if phrase else False
        if phrase and table[lex.key_of(table, phrase)] in _BOUNDS and held:
            return look - 1, phrase  # "has been consistently above the 90% mark": held beyond it
    return look, None


def _past_scale(tokens: list[Token], look: int) -> int:
    """Where the words before a figure's scale begin ("more than Mach 5", "up to magnitude 6": the bound is the
    figure's); not past a preposition of place or topic or an article before the scale ("worries over Mach 5
    missiles", "fears grew over a magnitude 7 aftershock"), whose figure qualifies a noun."""
    start = scale_prefix_start(tokens, look)
    if start == look or (start > 0 and tokens[start - 1].lower in _BEFORE_A_SCALED_NOUN):
        return look
    return start


_BEFORE_A_SCALED_NOUN = frozenset({"over", "under", "above", "below", "a", "an", "the"})


def _state_held(tokens: list[Token], start: int) -> bool:
    """Whether a verb of being or staying (`mark_state_words`) stands before tokens[start], past adverbs in -ly."""
    k = start - 1
    while k >= 0 and tokens[k].is_word and tokens[k].lower.endswith("ly") and tokens[k].lower not in STOP:
        k -= 1
    return k >= 0 and tokens[k].lower in word_set("mark_state_words")


def _past_units(tokens: list[Token], k: int) -> int:
    """Where the words after a figure's units and the parts of a compound ("9st 9lb", "1.5C", "160 km/h") end,
    from tokens[k] just after its number."""
    for _ in range(6):
        if k >= len(tokens):
            break
        if tokens[k].text == "-" or tokens[k].is_number:
            k += 1
            continue
        unit = unit_after(tokens, k - 1)
        if unit is None:
            break
        k = unit.last + 1
    return k


def _passed_over(tokens: list[Token], over: int, last: int) -> bool:
    """Whether "over" at tokens[over] is the place a verb of moving passes (`over_motion_words`) and the figure
    ending at tokens[last] counts things, no measure: "drove over two signs", never "drove over 70 miles"."""
    return over > 0 and tokens[over - 1].lower in word_set("over_motion_words") and unit_after(tokens, last) is None


def _matter_over(tokens: list[Token], over: int, last: int) -> bool:
    """Whether "over" at tokens[over] follows a noun of a dispute or a worry (`over_matter_nouns`) and the figure
    ending at tokens[last] is no length of time: what the dispute is about ("a row over 300 job cuts", "controversy
    over $164 million"), where "a feud over 20 years" may bound how long it lasted."""
    if over < 1 or tokens[over - 1].lower not in word_set("over_matter_nouns"):
        return False
    unit = unit_after(tokens, last)
    return unit is None or unit.row.dimension != "duration"


def _spread_over(tokens: list[Token], over: int, last: int) -> bool:
    """Whether "over" at tokens[over] follows another figure and comes before a length of time ending at
    tokens[last]: the time that figure is spread over ("9% over two years", "£40m over four years"), where "for
    over two years", "over two years ago" or a time before it ("35 seconds over 2 hours") bound it."""
    unit = unit_after(tokens, last)
    if over < 1 or unit is None or unit.row.dimension != "duration":
        return False
    after = tokens[unit.last + 1].lower if unit.last + 1 < len(tokens) else ""
    if after in lexicon().spread_over_breakers:
        return False
    before = tokens[over - 1]
    if before.text[:1].isdigit() or before.text == "%":
        return True
    k = over - 1
    while k > 0 and tokens[k].lower in lexicon().scales:
        k -= 1
    if k < over - 2 and tokens[k].text[:1].isdigit():
        return True  # "Rs 2.5 lakh crore over ten years": the sum, its scales stacked, spread over them
    if over < 2 or not before.is_word or not tokens[over - 2].text[:1].isdigit():
        return False
    if past_verb(before) and before.lower not in concept_of_word():
        return False  # "Some 200 queued over three hours": how long they queued; "300 perished over two weeks" spreads
    # a time before it is the excess: "35 seconds over 2 hours" is more than two hours
    first = unit_after(tokens, over - 2)
    return first is None or first.row.dimension != "duration"


def _level_stated(tokens: list[Token], start: int) -> bool:
    """Whether a form of "be" that no modal governs ("was as high as") or a verb of moving to a level ("dipped as
    low as", `level_verbs`) stands right before tokens[start]."""
    if start == 0:
        return False
    word = tokens[start - 1].lower
    return word in ("is", "are", "was", "were", "being", "been", "'s") or word in lexicon().level_verbs


def _reference_time_after(tokens: list[Token], last: int) -> bool:
    """Whether the figure ending at tokens[last] is dated, within its clause, to another time than the
    sentence's (`reference_times`, or "in" and a year): "145.5 million pounds in the same period a year ago"."""
    lex = lexicon()
    for k in range(last + 1, min(last + 5, len(tokens))):
        if tokens[k].text in (",", ";", ":", "(", ")") or tokens[k].lower in ("and", "but"):
            return False
        if match_phrase(tokens, k, lex.phrases(lex.reference_times)):
            return True
        nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
        if tokens[k].lower == "in" and len(nxt) == 4 and nxt.isdigit() and nxt[:2] in ("19", "20"):
            return True
    return False


def _hyphen_prefix(tokens: list[Token], look: int) -> str | None:
    """The prefix a hyphen joins to the front of a figure ("sub-two-hour", "sub-$500"), if it is a qualifier."""
    if look < 2 or tokens[look - 1].text != "-" or not attached(tokens[look - 1], tokens[look]):
        return None
    word = tokens[look - 2].lower
    return word if word in lexicon().prefix_qualifiers and attached(tokens[look - 2], tokens[look - 1]) else None


@cache
def _hyphen_qualifiers() -> dict[str, list[tuple[str, ...]]]:
    """The qualifiers after a number that a hyphen joins to it ("200-odd", "40-plus")."""
    lex = lexicon()
    return {word: [(word,)] for word in lex.hyphen_counts if word in lex.post_qualifiers}


# The bound a denied bound leaves: not above n is at most n, not below n at least n.
_DENIED = {"above": "upper", "lower": "under", "under": "lower", "upper": "above"}


def _denied(tokens: list[Token], start: int) -> bool:
    """Whether a word of denial stands right before the bound at tokens[start], or before one of the verbs that
    may stand between them ("has never been above 70%", "it hasn't fallen below 5%")."""
    lex = lexicon()
    k = start - 1
    while k >= 0 and tokens[k].lower in lex.negated_bound_gaps and k > start - 3:
        k -= 1
    return k >= 0 and (tokens[k].lower in lex.bound_negations or tokens[k].lower.endswith("n't"))


def _rise_to(tokens: list[Token], start: int, phrase: Sequence[str], last: int) -> bool:
    """Whether "up to" before a figure says a rise to it: after a verb of rising ("went up to 820", "has gone up
    to 7%") or a running count's noun ("Death toll up to 1,234"), or with the figure it rose from after it ("is up
    to 80 from 60"). The count reached the figure, which bounds nothing."""
    if tuple(phrase[:2]) != ("up", "to"):
        return False
    before = tokens[start - 1].lower if start > 0 else ""
    after = tokens[last + 1].text if last + 1 < len(tokens) else ""
    if before in lexicon().rise_up_to_verbs or before in lexicon().rise_up_to_nouns and not _CLOCK_AFTER.match(after):
        return True  # not "the toll up to 3 p.m. was 40": a time it ran to
    rose_from = [t for t in tokens[last + 2 : last + 4] if t.is_number or t.is_word]
    return after.lower() == "from" and bool(rose_from) and rose_from[0].is_number


_CLOCK_AFTER = re.compile(r"[ap]\.?m\b|:", re.IGNORECASE)


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


@dataclass
class Range:
    """Two figures that make one interval: "10 to 12", "2.5-3.0 million", "12 or 13 years"; or, for a
    change ("from 5 to 6 million"), the first figure with the scale the second gives it."""

    partner: int  # index of the mention that closes it
    kind: str  # range | between | alternative | change | spread
    low: float
    high: float


def range_partner(tokens: list[Token], mentions: list[NumberMention], n: int, unit: UnitMatch | None) -> Range | None:
    """The range mentions[n] opens, `unit` written after it: "between 50 and 1,000", "10-12", "ten to 12",
    "5% to 7%", "between $5 million and $7 million", "40, or 41 hours". A unit on both ends must be the same."""
    if n + 1 >= len(mentions):
        return None
    lex = lexicon()
    after, k = _past_restatement(tokens, mentions, n, unit.last if unit else mentions[n].last)
    if k >= len(mentions):
        return None
    a, b = mentions[n], mentions[k]
    if a.vague or b.vague or "share" in (a.written, b.written):
        return None
    connector = match_phrase(tokens, after + 1, lex.phrases(lex.range_connectors))
    if connector == ("-",) and _spaced(tokens, after + 1) and _dashed_column_after(tokens, mentions, k):
        return None  # "York to Leeds – £2,896 – £3,029 – £133": a row's columns, not a range
    closing_currency, closing_start = currency_before(tokens, b.first)
    signs = _range_signs(tokens, a, after + 1 + len(connector) if connector else -1, closing_start)
    if connector is None or closing_start != after + 1 + len(connector) + (signs is not None):
        return None
    if signs is not None:  # "down 3% to up 1%": from a fall to a rise
        joined = lex.range_connectors[lex.key_of(lex.range_connectors, connector)]
        opened = currency_before(tokens, a.first)[1] - 1  # the word of direction before the opening figure
        before = [t.lower for t in tokens[max(0, opened - 2) : opened]]
        if joined == "alternative" or (joined == "between") != ("between" in before) or "from" in before:
            return None  # "down 2% and up 4% at times": two figures; "from down $2 to up $3": a change
        if closing_currency != currency_before(tokens, a.first)[0]:
            return None
        closing = unit_after(tokens, b.last)
        if unit is not None and (closing is None or closing.key != unit.key):
            return None
        return Range(k, joined, signs[0] * a.value, signs[1] * b.value)
    opening_currency = currency_before(tokens, a.first)[0]
    if opening_currency and closing_currency and opening_currency != closing_currency:
        return None  # "US$2.7bil or RM11.70bil": one sum in two currencies
    kind = lex.range_connectors[lex.key_of(lex.range_connectors, connector)]
    if match_phrase_before(tokens, a.first, lex.phrases_ending(lex.tally_words_before)):
        return None  # "by a vote of 4 to 5": a tally
    opening = currency_before(tokens, a.first)[1]  # "from $5 to $9": the words before the sign
    before = [t.lower for t in tokens[max(0, opening - 3) : opening]]
    if kind == "between" and "between" not in before and not _between_past_gap(tokens, opening):
        return None
    closing = unit_after(tokens, b.last)
    if unit is not None and (closing is None or closing.key != unit.key):
        return None  # "0.5 percentage points to 4.25%"
    if _other_measure_after_scale(tokens, a, closing):
        return None  # "Mach 1.24, or 833.9 mph": one speed on two scales
    if kind == "alternative" and _closes_listed_measures(tokens, mentions, n, unit, closing):
        return None  # "doses of 1 mg, 4 mg, 8 mg or 12 mg": the last of a list of choices, each its own figure
    if unit is None and opening_currency and closing is not None and not (closing.row.currency or closing.currency):
        return None  # "$1.56, or 3.1%": the same change in money and as a share
    # "ranging from $40 to $95", "anywhere from 2 to 5", "range in age from 6 to 14", "ages vary from 16 to 24" span;
    # "raised the age from 62 to 64" and "cut the cost from $10 to $5" are changes
    spans = before[-1:] == ["from"] and (
        (
            len(before) > 1
            and before[-2] in word_set("span_words_before_from")
            and not changed_before(tokens, opening - 3)
        )
        or before[-3:-1] == ["in", "age"]
    )
    change = kind != "between" and ("from" in before[-2:] or "by" in before[-2:]) and not spans
    low = _scaled(a, b, change)
    if kind == "range" and not change and _after_change_verb(tokens, a) and b.value >= lex.change_level_ratio * low > 0:
        return None  # "claims rose 21,000 to 311,000": the rise, then the level it reached
    if kind == "range" and not change and _level_after_restated_change(tokens, a, low, b.value):
        return None  # "slipped 0.7% or 49.63 to 6,728": the fall restated in points, then the level
    if change:  # "from 62 to 64", "up by 5 to 7%": two claims; "from 5 to 6 million": the first is 5 million
        return Range(k, "change", low, b.value) if low != a.value else None
    if b.value < low < 0:  # "-5 to -10C", "between -5C and -10C": from the milder end to the colder
        return Range(k, kind, b.value, low)
    if not (low < b.value if kind == "alternative" else low <= b.value):
        return None
    return Range(k, kind, low, b.value)


def _closes_listed_measures(
    tokens: list[Token], mentions: list[NumberMention], n: int, unit: UnitMatch | None, closing: UnitMatch | None
) -> bool:
    """Whether mentions[n] and the figure after "or" end a list whose every figure writes its own unit, the same
    one, after a comma ("1 mg, 4 mg, 8 mg or 12 mg", "3 km, 5 km or 10 km"): choices listed, not the ends of an
    estimate ("two or three days", "5, 6 or 7 percent" with the unit written once keep their range)."""
    if n < 1 or unit is None or closing is None or closing.key != unit.key:
        return False
    a, before = mentions[n], mentions[n - 1]
    if a.first < 1 or tokens[a.first - 1].text != ",":
        return False
    listed = unit_after(tokens, before.last)
    return listed is not None and listed.key == unit.key and listed.last == a.first - 2


def _other_measure_after_scale(tokens: list[Token], opening: NumberMention, closing: UnitMatch | None) -> bool:
    """Whether a figure a scale's word opens ("Mach 1.24", "magnitude 6.1") is followed by one in a unit of
    another measure: the same quantity restated, never the other end of a range ("magnitude 6.1 or 6.2" is one)."""
    prefix = scale_prefix(tokens, opening.first)
    if prefix is None or closing is None:
        return False
    row = lexicon().units.get(prefix)
    return row is None or closing.row.dimension != row.dimension


# How many tokens a restatement in brackets of a range's opening figure may hold: "(130 mph)", "(about 56 miles)".
RESTATEMENT_REACH = 6


def _dashed_column_after(tokens: list[Token], mentions: list[NumberMention], k: int) -> bool:
    """Whether a dash and another figure follow the closing figure of a dashed pair, past its unit ("£2,896 –
    £3,029 – £133"): three figures set apart by dashes are the columns of a row, and none two of them a range."""
    if k + 1 >= len(mentions):
        return False
    end = mentions[k].last
    unit = unit_after(tokens, end)
    end = unit.last if unit else end
    sign, start = currency_before(tokens, mentions[k + 1].first)
    if start != end + 2 or tokens[end + 1].lower != "-" or not _spaced(tokens, end + 1):
        return False
    # the third a figure of the same kind: not "£40m – £50m – 20 million more", "30–35C – 10 degrees above"
    third = unit_after(tokens, mentions[k + 1].last)
    same_unit = (third.key if third else None) == (unit.key if unit else None)
    return sign == currency_before(tokens, mentions[k].first)[0] and same_unit


def _spaced(tokens: list[Token], dash: int) -> bool:
    """Whether the dash at tokens[dash] stands apart from the words on both sides of it ("£1,204 – £1,259")."""
    return (
        0 < dash < len(tokens) - 1
        and not attached(tokens[dash - 1], tokens[dash])
        and not attached(tokens[dash], tokens[dash + 1])
    )


def _past_restatement(tokens: list[Token], mentions: list[NumberMention], n: int, after: int) -> tuple[int, int]:
    """(the last token before a range's connector, the index of its closing mention) past the opening figure's
    restatement in brackets, when one follows it ("between 210 kph (130 mph) and 220 kph (137 mph)": the range is
    210 to 220 kph); else (`after`, n + 1)."""
    if after + 1 >= len(tokens) or tokens[after + 1].text != "(" or n + 2 >= len(mentions):
        return after, n + 1
    closing = next(
        (k for k in range(after + 2, min(len(tokens), after + 2 + RESTATEMENT_REACH)) if tokens[k].text == ")"), None
    )
    inside = mentions[n + 1]
    if closing is None or not after + 1 < inside.first <= inside.last < closing or mentions[n + 2].first < closing:
        return after, n + 1
    return closing, n + 2


def _range_signs(tokens: list[Token], a: NumberMention, at: int, closing: int) -> tuple[int, int] | None:
    """The signs of a range's ends where a word of direction stands before each and they differ ("down 3% to up
    1%"): the closing word at tokens[at], right before the closing figure (or its currency sign)."""
    words = lexicon().signed_range_words
    opening = currency_before(tokens, a.first)[1]
    if at < 0 or opening < 1 or closing != at + 1:
        return None
    first, last = words.get(tokens[opening - 1].lower), words.get(tokens[at].lower)
    return (first, last) if first is not None and last is not None and first < last else None


def _after_change_verb(tokens: list[Token], a: NumberMention) -> bool:
    """Whether a verb or an adverb of a change stands right before the figure (or its currency sign): "rose
    21,000", "down 8.1p to 154.65p"."""
    first = currency_before(tokens, a.first)[1]
    return first > 0 and _changes_amount(tokens[first - 1])


def _level_after_restated_change(tokens: list[Token], a: NumberMention, change: float, level: float) -> bool:
    """Whether a figure restates after "or" a change a verb gives before it, and the figure after "to" is the level
    the change reached: the level is as many times the change as the share before "or" says, a fall or a rise
    ("slipped 0.7% or 49.63 to 6,728": 6,728 is about 99.3 / 0.7 times 49.63; "jumped 150% or 30 to 50 cents"), or
    far more than the change where no share is given. Elsewhere "4%, or 20 to 120 cents" is a range."""
    first = currency_before(tokens, a.first)[1]
    k = first - 1
    while k >= 0 and tokens[k].text == ",":
        k -= 1
    if k < 1 or tokens[k].lower != "or" or change <= 0:
        return False
    for j in range(k - 1, max(-1, k - 1 - RESTATED_REACH), -1):  # past the restated figure's unit or sign
        if tokens[j].is_number:
            start = currency_before(tokens, j)[1]
            if start == 0 or not _changes_amount(tokens[start - 1]):
                return False
            share = _share_written(tokens, j)
            if share is None:
                return level >= RESTATED_LEVEL_RATIO * change
            if share <= 0:
                return False
            fell, rose = max(100 - share, 0.0) / share, (100 + share) / share  # the level after a fall, a rise
            # the change may take the level's scale ("slumped 60% or 30 to 20 million": 30 million)
            return any(fell / 2 <= level / (change * scale) <= rose * 2 for scale in (1.0, 1e3, 1e6, 1e9))
    return False


# How many tokens the figure before "or" that a figure restates may take, its unit and a comma included ("1.2%,").
RESTATED_REACH = 4
# How many times a restated change the level after it is at least, where no share tells the ratio.
RESTATED_LEVEL_RATIO = 10


def _share_written(tokens: list[Token], j: int) -> float | None:
    """The percentage the number at tokens[j] states ("0.7%", "1.2 per cent"), else None."""
    after = [t.lower for t in tokens[j + 1 : j + 3]]
    if not after or not (after[0] in ("%", "percent") or after[:2] == ["per", "cent"]):
        return None
    try:
        return float(tokens[j].text.replace(",", ""))
    except ValueError:
        return None


def _changes_amount(token: Token) -> bool:
    return token.lower in word_set("change_verbs") or token.lower in word_set("change_adverbs")


def spread_partner(tokens: list[Token], mentions: list[NumberMention], n: int, unit: UnitMatch | None) -> Range | None:
    """The spread of estimates mentions[n] opens, `unit` written after it: "some sources speak of 400 people,
    others 600 or 700", "one estimate put the crowd at 50,000, while another said 80,000". The text reports
    that sources disagree and commits to the spread only: one interval from the lowest to the highest."""
    lex = lexicon()
    a = mentions[n]
    if n + 1 >= len(mentions) or a.vague or not _opens_spread(tokens, a.first):
        return None
    turn_at = _spread_turn(tokens, (unit.last if unit else a.last) + 1)
    if turn_at is None:
        return None
    b = mentions[n + 1]
    gap = tokens[turn_at : currency_before(tokens, b.first)[1]]
    if len(gap) > lex.spread_reach or not all(t.text.isalpha() for t in gap) or b.vague:
        return None
    closing = unit_after(tokens, b.last)
    if (unit is None) != (closing is None) or (unit and closing and unit.key != closing.key):
        return None
    partner, values = n + 1, [a.value, b.value]
    other = range_partner(tokens, mentions, n + 1, closing)
    if other is not None and other.kind != "change":  # "others 600 or 700"
        partner, values = other.partner, values + [other.low, other.high]
    return Range(partner, "spread", min(values), max(values))


def _opens_spread(tokens: list[Token], first: int) -> bool:
    """Whether a spread's opener stands a few words before a figure, and not right by it ("some 700" is
    "about 700")."""
    lex = lexicon()
    for k in range(max(0, first - lex.spread_opener_reach), first - 1):
        opener = match_phrase(tokens, k, lex.phrases(lex.spread_openers))
        if opener and tokens[k + len(opener)].lower != "of":
            return True
    return False


def _spread_turn(tokens: list[Token], k: int) -> int | None:
    """The token after the turn to the others' figure (", others"), within a few words of what is counted."""
    lex = lexicon()
    for at in range(k, min(len(tokens), k + lex.spread_reach)):
        turn = match_phrase(tokens, at, lex.phrases(lex.spread_turns))
        if turn:
            return at + len(turn)
        if not tokens[at].text.isalpha():
            return None
    return None


def _scaled(a: NumberMention, b: NumberMention, change: bool) -> float:
    """The first figure with the scale only the second writes: "2.5-3.0 million", "two to three hundred",
    "from 2 to 1.5 billion"; not "500 to 2 million", "between 50 and one hundred"."""
    if a.scale != 1 or b.scale <= 1 or not a.value:
        return a.value
    base = b.value / b.scale
    near = 0.1 <= abs(a.value / base) <= 10 if change else abs(a.value) <= abs(base)
    return a.value * b.scale if near else a.value
