"""Quantity claims: a number with the interval its wording commits to, its unit, what is counted,
what happened to it, who says so and when."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from claimcheck.extract.ages import age_subject, age_unit, bracketed_age, fullest, is_age, person_in_paragraph
from claimcheck.extract.attribution import (
    day_taken_up,
    source_of,
    source_of_contrasted,
    source_of_report,
    time_of,
    year_taken_up,
)
from claimcheck.extract.clock import Elapsed, TimeMention, blocked_spans, find_elapsed, find_times
from claimcheck.extract.context import DocumentContext, SentenceView
from claimcheck.extract.currency import (
    currency_before,
    is_code,
    is_currency,
    is_weight,
    named_currency,
    places_named,
    rate_base,
    rate_base_before,
    resolved,
)
from claimcheck.extract.figures import past_set_off_part, phrase_texts
from claimcheck.extract.labels import (
    area_code,
    hyphen_chain,
    is_label,
    is_reference,
    is_year,
    labelled_number,
    side_by_side,
)
from claimcheck.extract.lexicon import concept_of_word, demonym_adjective_endings, lexicon, word_set
from claimcheck.extract.names import known_places
from claimcheck.extract.numbers import NumberMention, find_numbers, may_hold_number, model_after
from claimcheck.extract.phrases import (
    counted_before_change,
    counted_in_label,
    counted_of_a_counter,
    elided_degree,
    estimated_thing,
    fronted_scope,
    glued_label_after,
    holder_pronoun,
    measure_before,
    name_opening_clause,
    noun_phrase,
    place_apposed_before,
    place_before_where,
    place_before_which,
    place_before_with,
    place_bracketed,
    place_in_clause,
    place_in_subject,
    place_noun_in_clause,
    predicate_after,
    predicate_before,
    reduced_relative,
    scope_after,
    subject_of_figure,
    there_in_clause,
)
from claimcheck.extract.qualifiers import Range, Reading, interval_of, qualified, range_partner, spread_partner
from claimcheck.extract.ranks import RunningCount, odds_in, ranks_in, running_counts
from claimcheck.extract.tokens import Token, attached, match_phrase, match_phrase_before, skip_words
from claimcheck.extract.units import (
    TIME_OF_DAY,
    UnitMatch,
    canonical,
    measured,
    quake_scale,
    scale_named_after,
    scale_named_before,
    scale_prefix,
    scale_to,
    unit_after,
)
from claimcheck.extract.words import fold
from claimcheck.models import Canonical, Interval, QuantityClaim

# A quantity claim's fields before its phrase is known: the claim is made once, when it is
# (`_with_phrases`), rather than made and then copied with it.
Fields = dict[str, Any]
RANK = "rank"  # the unit of a place in a ranked list
ODDS = "odds"  # the unit of betting odds, as one number: 5000 for "5000/1"
ORDINAL = "ordinal"  # the qualifier of a count so far told by an ordinal ("a 12th person died")
_START = "_start"  # where the claim starts in the normalised text: a field of `Fields` only


def _tokens_in(tokens: list[Token], spans: list[tuple[int, int]]) -> set[int]:
    """Indices of the tokens that start inside one of the spans (dates, times of day, scores)."""
    if not spans:
        return set()
    starts = [token.start for token in tokens]
    return {k for start, end in spans for k in range(bisect_left(starts, start), bisect_left(starts, end))}


def _counts_back(text: str) -> bool:
    """Whether a date is a count of units from another point ("30 days ago", "two months from now", "six weeks
    earlier", "three days later"): its count is a figure of its own too, the time between the two. The count comes right before its unit and
    the unit right before its direction, so a day of the month ("the week after 12 March") is no count."""
    dates = lexicon().dates
    words = text.lower().split()
    for k in range(2, len(words)):
        count, unit = words[k - 2], words[k - 1].rstrip("s")
        counted = count.replace(",", "").replace(".", "").isdigit() or count in lexicon().number_words
        if (
            counted
            and unit in dates.units
            and any(words[k : k + len(d.split())] == d.split() for d in dates.directions)
        ):
            return True  # "six weeks earlier", "the five weeks before Christmas"
    return False


def quantities_in(ctx: DocumentContext, view: SentenceView) -> list[QuantityClaim]:
    tokens = view.tokens
    if not may_hold_number(tokens) and not running_counts(tokens, set()):
        return []  # every figure and time of day starts on a digit or a number word, or is an ordinal's count
    text, offset = view.sentence.text, view.sentence.start
    times, margins = _times_and_margins(view, find_times(text, offset))
    elapsed = [e for e in find_elapsed(text, offset) if not any(t.start < e.end and e.start < t.end for t in times)]
    elapsed = sorted(elapsed + margins, key=lambda e: e.start)
    claims: list[Fields] = [_time_claim(ctx, view, t) for t in times] + [_elapsed_claim(ctx, view, e) for e in elapsed]
    read = [(t.start, t.end) for t in times] + [(e.start, e.end) for e in elapsed]
    spans = [_token_span(tokens, start, end) for start, end in read]  # each claim's first and last token
    ranks = ranks_in(tokens)
    birthdays, anniversaries, runs = lexicon().birthday_nouns, lexicon().anniversary_nouns, lexicon().run_nouns
    named = birthdays + anniversaries + runs
    placed = [(r.first, r.last, float(r.value), RANK, r.noun) for r in ranks if r.noun not in named]
    placed += [(r.first, r.last, float(r.value), "years", "age") for r in ranks if r.noun in birthdays]
    placed += [(r.first, r.last, float(r.value), "years", r.noun) for r in ranks if r.noun in anniversaries]
    placed += [(r.first, r.last, float(r.value), f"{r.noun}s", r.noun) for r in ranks if r.noun in runs]
    placed += [(o.first, o.last, o.value, ODDS, None) for o in odds_in(tokens)]
    for first, last, value, unit, noun in placed:
        if not any(a <= last and first <= b for a, b in spans):
            claims.append(_placed_claim(ctx, view, (first, last), value, unit, noun))
            read.append((tokens[first].start, tokens[last].end))
            spans.append((first, last))
    dated = _tokens_in(tokens, [(d.start, d.end) for d in view.dates] + read)
    for count in running_counts(tokens, dated):
        claims.append(_ordinal_count(ctx, view, count))
        read.append((tokens[count.first].start, tokens[count.last].end))
        spans.append((count.first, count.last))
    taken = [(d.start, d.end) for d in view.dates if not _counts_back(d.text)] + read
    taken += blocked_spans(text, times, offset)
    blocked = _tokens_in(tokens, taken)
    mentions = _articles_of_a_half(tokens, find_numbers(tokens, blocked))
    skip: set[int] = set()
    used = -1  # the last token a claim took
    for n, mention in enumerate(mentions):
        if n in skip or mention.first <= used:
            continue
        if is_label(tokens, mention):
            skip.update(range(n, n + labelled_number(tokens, mentions, n)))  # "call 555-1234": the rest of it
            continue
        if n + 1 < len(mentions) and mentions[n + 1].first <= mention.last + 2:  # the next figure is close
            chain = hyphen_chain(tokens, mentions, n)
            if chain > 1 and is_reference(tokens, mentions, n, chain):
                skip.update(range(n, n + chain))
                continue
            if area_code(tokens, mentions, n):
                continue  # the 202 of "(202) 555-0147"
            if side_by_side(tokens, mentions, n):
                run = n + 1  # "0800 555 0199": every group of a number written in groups
                while side_by_side(tokens, mentions, run):
                    run += 1
                skip.update(range(n + 1, run + 1))
                if run > n + 1 or not model_after(tokens, mentions[n + 1].last):  # "30 737 MAX jets": 30 of a model
                    continue
            elif mentions[n + 1].first == mention.last + 1 and model_after(tokens, mentions[n + 1].last):
                skip.add(n + 1)  # "six 737 MAX aircraft": the model's digits are no figure
        if len(tokens[mention.first].text) == 4 and is_year(tokens, mention):
            continue
        claim, used = _figure(ctx, view, mentions, n, skip)
        if claim is None:
            continue
        if (
            claims
            and claim["counted"] is None
            and claim["unit"] is None
            and spans[-1][1] < mention.first <= spans[-1][1] + 3  # "from 62 to 64": the figure just before
            and any(t.lower in ("from", "to") for t in tokens[max(0, mention.first - 3) : mention.first])
        ):
            previous = claims[-1]
            claim = {**claim, "counted": previous["counted"], "predicate": previous["predicate"]}
        if claims and _converted_in_brackets(tokens, spans[-1], mention, claims[-1], claim):
            claim = {**claim, **{f: claim[f] or claims[-1][f] for f in ("subject", "counted", "predicate")}}
        claims.append(claim)
        spans.append((mention.first, used))
    claims, spans = _without_restatements(ctx, view, claims, spans)
    _bound_share_into_brackets(view.tokens, claims, spans)
    _share_the_closing_place(view, claims, spans)
    return _with_phrases(view, claims, spans)


# Words that join a clause giving one count to a clause giving another ("five drowned while six remain missing").
_CLAUSE_JOINERS = frozenset({"and", "while", "whereas"})
_PLACE_WORDS = frozenset({"in", "at", "across", "near", "throughout", "outside", "inside"})


def _share_the_closing_place(view: SentenceView, claims: list[Fields], spans: list[tuple[int, int]]) -> None:
    """The place a sentence ends on, given for the last count of clauses joined by "and" or "while", for the counts
    before it that give no place ("five persons drowned while six fishermen remain missing in Bicol": both in
    Bicol)."""
    order = sorted(range(len(claims)), key=lambda n: spans[n])
    if len(order) < 2:
        return
    last = claims[order[-1]]
    place = last.get("scope")
    text = view.sentence.text.rstrip(" .!\"”’'")
    if not place or last.get("unit") is not None or not text.endswith(str(place)):
        return
    tokens = view.tokens
    for n in order[:-1]:
        claim, between = claims[n], tokens[spans[n][1] + 1 : spans[order[-1]][0]]
        if claim.get("scope") or claim.get("unit") is not None or not claim.get("counted"):
            continue
        joiner = next((k for k, t in enumerate(between) if t.lower in _CLAUSE_JOINERS), None)
        # "Five died in the capital and six …": a clause with a place of its own keeps it
        if joiner is not None and not any(t.text in ";:" or t.lower in _PLACE_WORDS for t in between[:joiner]):
            claim["scope"] = place


def _converted_in_brackets(
    tokens: list[Token], before: tuple[int, int], mention: NumberMention, previous: Fields, claim: Fields
) -> bool:
    """Whether a sum in brackets right after another is that sum in another currency ("fined 250 million
    rupiah ($16,398)"): it is the same fine, whoever's the first is."""
    gap = [t.text for t in tokens[before[1] + 1 : mention.first]]
    money = all(_money(c) for c in (previous, claim))
    return money and bool(gap) and gap[0] == "(" and len(gap) <= 3


def _money(claim: Fields) -> bool:
    return is_currency(str(claim["unit"] or ""))


# How a figure restates the one before it in another unit: "10 kilometres (six miles)", "minus 20° Celsius,
# or about minus 4° Fahrenheit", "almost three out of ten (28%)".
_RESTATING = (("(",), (",", "or"), ("or",))
_ROUNDING = 0.05  # a restatement rounds: six miles is 9.66 km for 10 km


def _without_restatements(
    ctx: DocumentContext, view: SentenceView, claims: list[Fields], spans: list[tuple[int, int]]
) -> tuple[list[Fields], list[tuple[int, int]]]:
    """One claim for a figure and its restatement in another unit of the same measure, written as both
    ("10 kilometres (six miles)"). Its value is the figure written first, or the restatement where it is
    the one in digits ("three out of ten (28%)") or the one with a time zone ("4:30 pm (0830 GMT)")."""
    tokens = view.tokens
    dropped: set[int] = set()
    order = sorted(range(len(claims)), key=lambda n: spans[n])
    a = order[0] if order else 0
    for b in order[1:]:  # a figure restated twice ("7 kelvins (minus 447 F, or minus 266 C)") is still one
        if not _restates(tokens, spans[a][1], spans[b][0], claims[a], claims[b]):
            a = b
            continue
        keep = b if _less_exact(claims[a], claims[b]) else a
        # the bracket closes with the claim where it opens inside it ("10 kilometres (six miles)"), never where it
        # opens before it ("(41.2 lb. or 18.7 kg)")
        inside = [t.text for t in tokens[spans[a][0] : spans[b][0]]]
        opened = inside.count("(") > inside.count(")")
        last = spans[b][1] + (opened and spans[b][1] + 1 < len(tokens) and tokens[spans[b][1] + 1].text == ")")
        start, end = claims[a][_START], tokens[last].end
        whole = ctx.base_fields("quantity", start, end, view.sentence, claims[keep]["confidence"])
        other = claims[a if keep == b else b]
        claims[a] = {**claims[keep], **whole, _START: start}
        for field in ("counted", "predicate", "subject", "scope", "qualifier"):
            claims[a][field] = claims[a].get(field) or other.get(field)
        if not claims[a]["counted"] and _joined_measure(tokens, spans[a]) and last + 1 < len(tokens):
            claims[a]["counted"] = noun_phrase(tokens, last + 1)[0]  # "a 200-metre (650 feet) section"
        if other["value"].approx and not claims[a]["value"].approx:  # "about 5:27 p.m. local time (0127 GMT)"
            claims[a]["value"] = claims[a]["value"].model_copy(update={"approx": True})
            canon = claims[a]["canonical"]
            value = canon.value.model_copy(update={"approx": True})
            claims[a]["canonical"] = canon.model_copy(update={"value": value})
        last = _bound_after_brackets(ctx, view, claims[a], last)
        spans[a] = (spans[a][0], last)
        dropped.add(b)
    kept = [n for n in range(len(claims)) if n not in dropped]
    return [claims[n] for n in kept], [spans[n] for n in kept]


def _placed_claim(
    ctx: DocumentContext, view: SentenceView, span: tuple[int, int], point: float, unit: str, noun: str | None
) -> Fields:
    """A rank in a ranked list ("the 30th spot", "Canada at No. 2") in the unit `rank`, an age told by a birthday
    ("his 116th birthday") or years told by an anniversary ("the 40th anniversary") in years, a run of periods
    ("the 17th straight month") in its period, or betting odds
    ("5000/1") in the unit `odds`."""
    tokens = view.tokens
    first, last = span
    start, end = tokens[first].start, tokens[last].end
    value = Interval(point=point, low=point, high=point)
    return dict(
        **ctx.base_fields("quantity", start, end, view.sentence, 0.8),
        **{_START: start},
        value=value,
        qualifier=None,
        unit=unit,
        canonical=None if noun == "age" else canonical(unit, value)[1] or Canonical(value=value, unit=unit),
        counted=noun,
        predicate=predicate_before(tokens, first),
        subject=subject_of_figure(tokens, first, last + 1),
        scope=None,
        source=source_of_report(view.sentence.text, None),
        time=None,
        as_of=None,
    )


def _ordinal_count(ctx: DocumentContext, view: SentenceView, count: RunningCount) -> Fields:
    """A count so far told by an ordinal ("a 12th person died": at least 12 dead), read as a figure of its noun is:
    what it counts, what befell them, where and when; the count has reached the ordinal's value, so that is its
    lowest (`ranks.running_counts`)."""
    mention = NumberMention(count.first, count.last, float(count.value), low=count.value, high=count.value)
    reading = Reading(interval_of(mention.value, "lower"), ORDINAL, count.first, count.last)
    return _build(ctx, view, reading, mention, None)[0]


def _bounded(canon: Canonical | None, bound: str) -> Canonical | None:
    """The canonical value of a figure given the bound a qualifier after it sets ("50 knots or higher")."""
    if canon is None or canon.value.point is None:
        return canon
    return canon.model_copy(update={"value": interval_of(canon.value.point, bound)})


def _bound_share_into_brackets(tokens: list[Token], claims: list[Fields], spans: list[tuple[int, int]]) -> None:
    """A share with a bound before it, restated as an amount alone in brackets right after it ("a weight loss of up
    to 17.5% (41.2 lb)", "cut by more than 10% ($2bn)"): the amount is bounded as the share is (changed in place).
    An amount in brackets after a share with no bound, or with words of its own ("(41.2 lb in men)"), keeps its value."""
    for a, b in zip(range(len(claims)), range(1, len(claims)), strict=False):
        share, amount = claims[a], claims[b]
        (_, closed), (first, last) = spans[a], spans[b]
        value = share["value"]
        if share["canonical"] is None or share["canonical"].unit != "percent" or share["qualifier"] is None:
            continue
        if (value.low is None) == (value.high is None) or amount["qualifier"] is not None:
            continue
        if not amount["value"].single or amount["canonical"] is None or amount["canonical"].unit == "percent":
            continue
        if closed + 1 >= len(tokens) or tokens[closed + 1].text != "(":
            continue
        if currency_before(tokens, first)[1] != closed + 2 or not _closes_brackets(tokens, last):
            continue
        point = amount["value"].point
        if point is None:
            continue
        if value.low is None:
            bound = "upper" if value.high_end == "bound" else "under"
        else:
            bound = "lower" if value.low_end == "bound" else "above"
        amount["value"] = interval_of(point, bound)
        amount["canonical"] = _bounded(amount["canonical"], bound)
        amount["qualifier"] = share["qualifier"]


def _closes_brackets(tokens: list[Token], last: int) -> bool:
    """Whether the brackets close right after the amount's unit at tokens[last] ("(41.2 lb)", "($2bn)"), with no
    words of their own ("(10 mg dose)", "(200 jobs in Leeds)")."""
    return last + 1 < len(tokens) and tokens[last + 1].text == ")"


def _bound_after_brackets(ctx: DocumentContext, view: SentenceView, claim: Fields, last: int) -> int:
    """A qualifier after a figure's restatement in brackets bounds both ("50 knots (58 mph) or higher"): the
    claim (changed in place) takes it, and the last token it now takes is returned."""
    tokens = view.tokens
    post = match_phrase(tokens, last + 1, lexicon().phrases(lexicon().post_qualifiers))
    if post is None or claim["qualifier"] is not None or claim["value"].point is None:
        return last
    word = lexicon().key_of(lexicon().post_qualifiers, post)
    bound = lexicon().post_qualifiers[word]
    last += len(post)
    claim.update(ctx.base_fields("quantity", claim[_START], tokens[last].end, view.sentence, claim["confidence"]))
    claim.update(value=interval_of(claim["value"].point, bound), canonical=_bounded(claim["canonical"], bound))
    claim["qualifier"] = word
    return last


def _joined_measure(tokens: list[Token], span: tuple[int, int]) -> bool:
    """Whether a measure is joined to its unit before a noun ("a 200-metre (650 feet) section"): its noun
    comes after the restatement in brackets."""
    return any("-" in token.text for token in tokens[span[0] : span[1] + 1])


def _less_exact(a: Fields, b: Fields) -> bool:
    if a["unit"] == TIME_OF_DAY:
        return bool(b["canonical"].unit.endswith("UTC"))
    # a share in words restated in digits keeps the digits ("three out of ten (28%)"); a measure restated in
    # another unit keeps the unit it was written in ("nine metres (29-feet)": the feet are its conversion)
    return _in_words(a) and not _in_words(b) and (a["unit"] is None or a["canonical"].unit == "percent")


def _restates(tokens: list[Token], last: int, first: int, a: Fields, b: Fields) -> bool:
    one, other = a["canonical"], b["canonical"]
    if one is None or other is None:
        return False
    times = a["unit"] == b["unit"] == TIME_OF_DAY and one.unit != other.unit  # local, then UTC
    if not times and (one.unit != other.unit or a["unit"] == b["unit"]):
        return False
    gap = tokens[last + 1 : first]
    if gap and gap[0].text == "." and attached(tokens[last], gap[0]):  # "41.2 lb. or 18.7 kg": the unit's full stop
        gap = gap[1:]
    counted = (a["counted"] or "").lower().split()  # "three out of ten employees (28%)"
    if counted and [t.lower for t in gap[: len(counted)]] == counted:
        gap = gap[len(counted) :]
    if len(gap) > 2 and gap[0].text == "-" and attached(gap[0], gap[1]):  # "30 metre-long (100-foot)"
        gap = gap[2:]
    if times:  # "8:04 p.m. Moscow time (1604 GMT)": the city whose time it is
        named = next((n for n, t in enumerate(gap) if not t.is_capitalized), len(gap))
        if 0 < named < len(gap) and gap[named].lower == "time":
            gap = gap[named + 1 :]
    opener = next((o for o in _RESTATING if tuple(t.lower for t in gap[: len(o)]) == o), None)
    if opener is None:
        return False
    rest = gap[len(opener) :]
    if rest and len(rest) != len(match_phrase(tokens, first - len(rest), _qualifier_phrases()) or ()):
        return False
    return times or _overlap(one.value, other.value)


def _overlap(x: Interval, y: Interval) -> bool:
    def widened(v: Interval) -> tuple[float, float]:
        low, high = (v.low, v.high) if v.low is not None and v.high is not None else (v.point, v.point)
        if low is None or high is None:
            return (float("-inf"), float("inf"))
        margin = _ROUNDING * max(abs(low), abs(high))
        return low - margin, high + margin

    (a_low, a_high), (b_low, b_high) = widened(x), widened(y)
    return a_low <= b_high and b_low <= a_high


def _in_words(claim: Fields) -> bool:
    return not any(ch.isdigit() for ch in claim["text"])


def _qualifier_phrases() -> dict[str, list[tuple[str, ...]]]:
    return lexicon().phrases(lexicon().qualifiers)


def _token_span(tokens: list[Token], start: int, end: int) -> tuple[int, int]:
    inside = [k for k, token in enumerate(tokens) if start <= token.start < end] or [0]
    return inside[0], inside[-1]


# A clause joined after a figure's own: ", and Marrakesh Menara reported …".
_LATER_CLAUSE = re.compile(r",\s+(?:and|while|whereas|but)\s+")
# Words after a speech verb that only say when it spoke ("officials said on Monday"): it reports the sentence.
_WHEN_SPOKEN = frozenset({"on", "in", "at", "late", "early", "this", "last", "yesterday", "today", "earlier"})


def _reports_a_later_clause(sentence: str, phrase: str | None, source: str) -> bool:
    """Whether the sentence's source speaks in a clause joined after the figure's and reports something else
    there ("Casablanca led with 10,306,293 passengers, and Marrakesh Menara reported growth of 21%"): its verb
    has words after it, so it does not report the whole sentence ("…, and 12 were hurt, police said" does)."""
    if not phrase:
        return False
    end = sentence.find(phrase) + len(phrase)
    at = sentence.find(source, max(end, 0))
    if end <= 0 or at < 0 or not _LATER_CLAUSE.search(sentence[end:at]):
        return False
    after_verb = sentence[at + len(source) :].split()[1:]
    return bool(after_verb) and after_verb[0].lower().strip(".,;") not in _WHEN_SPOKEN


def _with_phrases(view: SentenceView, claims: list[Fields], spans: list[tuple[int, int]]) -> list[QuantityClaim]:
    """Each figure with its own phrase (`figures.phrase_texts`), and the source its phrase names where it
    names one ("While police estimated 240,000, organisers said 1 million": each its own)."""
    if not claims:
        return []
    order = sorted(range(len(claims)), key=lambda n: spans[n])
    phrases = phrase_texts(view.sentence.text, view.tokens, [spans[n] for n in order], view.sentence.start)
    out: list[QuantityClaim | None] = [None] * len(claims)
    for n, phrase in zip(order, phrases, strict=True):
        fields = {key: value for key, value in claims[n].items() if key != _START}
        fields["phrase"] = phrase
        own_source = source_of(phrase) if phrase else None
        whole = fields.get("source")
        if own_source and isinstance(whole, str) and whole.endswith(f" {own_source}"):
            pass  # a phrase cut inside the name the sentence gives ("… of Machinists and Aerospace Workers announced")
        elif own_source:
            fields["source"] = own_source
        elif phrase and (contrasted := source_of_contrasted(view.sentence.text, phrase)) and contrasted != whole:
            fields["source"] = contrasted  # "Miller said about 150 …, but the operator estimated about 400 …"
        elif fields.get("source") and _reports_a_later_clause(view.sentence.text, phrase, fields["source"]):
            fields["source"] = None
        out[n] = QuantityClaim(**fields)
    return [claim for claim in out if claim is not None]


def _figure(
    ctx: DocumentContext, view: SentenceView, mentions: list[NumberMention], n: int, skip: set[int]
) -> tuple[Fields | None, int]:
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
    unit = unit_after(tokens, mention.last) or _age_in_years(tokens, mentions, n)
    if unit is None:
        mention, unit = _defined_unit_after(ctx, tokens, mention)
    compound = _compound_measure(tokens, mentions, n, unit)
    while compound is not None:  # "5 feet 2 inches", "2 hours, 13 minutes and 44 seconds": in its first unit
        extra, unit, partner = compound
        skip.add(partner)
        mention = replace(mention, value=mention.value + extra)
        compound = _compound_measure(tokens, mentions, partner, unit)
    mention = _one_larger_unit_before(tokens, mention, unit) or mention
    span = spread_partner(tokens, mentions, n, unit) or range_partner(tokens, mentions, n, unit)
    if span is not None and span.kind == "change":  # "from 5 to 6 million": the first is 5 million
        mention = replace(mention, value=span.low, scale=mentions[span.partner].scale)
    elif span is not None:
        skip.update(range(n + 1, span.partner + 1))
        return _range_claim(ctx, view, mention, mentions[span.partner], span)
    unit = unit or _shared_unit(tokens, mentions, n) or _span_after_words(tokens, mention)
    held = _held_count(tokens, mention) if unit is None else None
    if held is not None:  # "a 300-bed hospital": 300 beds
        reading = qualified(tokens, mention)
        return _build(ctx, view, replace(reading, last=mention.last + 2), mention, None, held=held)
    if _is_pronoun_one(tokens, mention, unit) or _describes_a_noun(tokens, mention, unit):
        return None, mention.last
    half = _half_after(tokens, unit.last) if unit else 0
    if half and mention.value == int(mention.value) and mention.low == mention.high:  # "an hour and a half"
        mention = replace(mention, value=mention.value + 0.5, low=mention.value + 0.5, high=mention.value + 0.5)
    reading = _share_reading(tokens, mention) if mention.written == "share" else qualified(tokens, mention)
    if unit and half and mention.value != int(mention.value):
        reading = replace(reading, last=unit.last + half)
    mention, reading = _side_of_zero(tokens, mention, unit, reading)
    return _build(ctx, view, reading, mention, unit)


def _defined_unit_after(
    ctx: DocumentContext, tokens: list[Token], mention: NumberMention
) -> tuple[NumberMention, UnitMatch | None]:
    """A short form the story defines for a unit, written after a figure with no scale ("6.9 MT" where the story
    wrote "9.4 million tonnes (MT)"): the figure takes the defined scale, and the unit."""
    k = mention.last + 1
    if k >= len(tokens) or mention.scale != 1 or mention.written != "digits":
        return mention, None
    defined = ctx.defined_units.get(tokens[k].text)
    if defined is None:
        return mention, None
    row, scale = defined.unit, defined.scale
    low, high = (None if v is None else v * scale for v in (mention.low, mention.high))
    scaled = replace(mention, value=mention.value * scale, low=low, high=high, scale=scale)
    return scaled, UnitMatch(row.key, row.row, k, k, row.currency)


def _side_of_zero(
    tokens: list[Token], mention: NumberMention, unit: UnitMatch | None, reading: Reading
) -> tuple[NumberMention, Reading]:
    """A point figure, of no unit or of a temperature, before `zero_sides` ("20 degrees below zero": -20), with
    the words taken; not a bound ("more than 30 below zero"), another measure ("10 days below zero") nor before a
    noun they describe ("12 below zero days")."""
    end = unit.last if unit else mention.last
    side = match_phrase(tokens, end + 1, lexicon().phrases(lexicon().zero_sides))
    warmth = unit is None or unit.row.dimension in (None, "temperature")
    closed = reading.interval.low is not None and reading.interval.high is not None
    if side is None or not warmth or not closed or mention.value <= 0 or not _closes(tokens, end + 1 + len(side)):
        return mention, reading
    if lexicon().zero_sides[" ".join(side)] < 0:
        low, high = mention.low, mention.high
        mention = replace(
            mention,
            value=-mention.value,
            low=-high if high is not None else None,
            high=-low if low is not None else None,
        )
        reading = qualified(tokens, mention)
    return mention, replace(reading, last=end + len(side))


def _half_after(tokens: list[Token], last: int) -> int:
    """How many tokens of `unit_halves` follow tokens[last] ("an hour and a half"), 0 if none, if a scale or a
    hyphen follows them ("two years and a half-dozen cases", "and a half million") or a noun ("the 10,000 metres
    and a half marathon")."""
    half = match_phrase(tokens, last + 1, lexicon().phrases(lexicon().unit_halves))
    after = last + 1 + len(half) if half else 0
    if not half or (after < len(tokens) and (tokens[after].text == "-" or tokens[after].lower in lexicon().scales)):
        return 0
    return len(half) if _closes(tokens, after) else 0


def _closes(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] may follow words that close a figure: the end, a sign, a capitalised word or one of
    `figure_closers`; not another word in lower case, a noun the figure describes ("12 below zero days")."""
    if k >= len(tokens) or not tokens[k].text[:1].islower():
        return True
    return tokens[k].lower in lexicon().figure_closers


def _articles_of_a_half(tokens: list[Token], mentions: list[NumberMention]) -> list[NumberMention]:
    """The mentions, with "a" or "an" before a unit and `unit_halves` read as one of the unit ("an hour and a half",
    "a mile and a half"): a figure the article alone counts nowhere else."""
    if not any(t.lower == "half" for t in tokens):
        return mentions
    found = [
        NumberMention(k, k, 1.0, low=1.0, high=1.0, written="words")
        for k, token in enumerate(tokens)
        if token.lower in ("a", "an")
        and not any(m.first <= k <= m.last for m in mentions)
        and (unit := unit_after(tokens, k)) is not None
        and _half_after(tokens, unit.last)
    ]
    return sorted([*mentions, *found], key=lambda m: m.first) if found else mentions


def _age_in_years(tokens: list[Token], mentions: list[NumberMention], n: int) -> UnitMatch | None:
    """The years, left unwritten, of an age that its months, weeks or days follow after a comma ("aged 70, seven
    months and 13 days"): its parts add to it as they do to "70 years, seven months and 13 days"."""
    mention = mentions[n]
    if n + 1 >= len(mentions) or not is_age(tokens, mention):
        return None
    part = mentions[n + 1]
    if [t.text for t in tokens[mention.last + 1 : part.first]] != [","]:
        return None
    smaller = unit_after(tokens, part.last)
    if smaller is None or smaller.row.unit not in ("month", "week", "day"):
        return None
    after = tokens[smaller.last + 1].text if smaller.last + 1 < len(tokens) else "."
    if after not in (",", ".", ";", ")", "and"):  # "aged 2, three months later": a time after, no part of the age
        return None
    return UnitMatch("years", lexicon().units["years"], mention.last, mention.last)


# The dimensions whose parts a comma may join: a duration's any ("2 hours, 35 seconds"), a length's or a weight's
# only its conventional smaller part (`unwritten_smaller_units`: "7 feet, 3 inches", never "1 mile, 800 metres").
_PARTS_AFTER_COMMA = frozenset({"duration", "length", "mass"})


def _compound_measure(
    tokens: list[Token], mentions: list[NumberMention], n: int, unit: UnitMatch | None
) -> tuple[float, UnitMatch, int] | None:
    """(what the second part adds in the first unit, the unit to the end of the second part, the second
    part's mention) of a measure written in two units of one dimension, the larger first: "5 feet 2
    inches", "7 pounds 3 ounces", "1 hour and 20 minutes", "3 dollars and 50 cents"; after a comma, a duration's
    parts ("2 hours, 35 seconds") and a length's or a weight's conventional smaller part ("7 feet, 3 inches")."""
    if unit is None or n + 1 >= len(mentions):
        return None
    second = mentions[n + 1]
    gap = [t.lower for t in tokens[unit.last + 1 : second.first]]
    between = gap == ["and"] and "between" in (
        t.lower for t in tokens[max(0, mentions[n].first - 3) : mentions[n].first]
    )
    hyphened = _hyphen_joins(tokens, unit, second)  # "a 6-foot-2 guard"
    if hyphened:
        second, gap = replace(second, value=abs(second.value)), []  # the hyphen is no minus sign
    # "2 hours, 35 seconds", "7 feet, 3 inches"
    joined = gap in ([], ["and"]) or (gap == [","] and unit.row.dimension in _PARTS_AFTER_COMMA) or hyphened
    smaller = unit_after(tokens, second.last) if joined and not between else None
    if smaller is None and joined and not between and unit.row.dimension == "duration":
        smaller = _duration_after_comma(tokens, second.last)  # "2 hours, 23, minutes 15 seconds"
    if smaller is None and joined and not between and gap != [","]:
        smaller = _unwritten_smaller_unit(tokens, unit, second, hyphened)
        if smaller is None and not hyphened and not gap:
            smaller = _unwritten_hundredth(tokens, unit, second)
    if smaller is None or second.value < 0:
        return None
    if gap == [","] and unit.row.dimension != "duration" and not _conventional_part(unit, smaller):
        return None  # "legs of 1 mile, 800 metres and 400 metres", "20 pounds, 10 pence more": a list
    subunits = lexicon().currency_subunits
    if unit.row.currency and smaller.row.currency in subunits:
        if unit.row.currency in subunits:  # "167.30p and 179.72p": two sums in pence, a list
            return None
        return second.value / subunits[smaller.row.currency], replace(unit, last=smaller.last), n + 1
    if unit.row.dimension is None or smaller.row.dimension != unit.row.dimension or not smaller.row.unit:
        return None
    big, small = scale_to(unit.key), scale_to(smaller.key)
    if not 0 < small < big or second.value * small >= big:
        return None  # "1,200 barrels—50,400 gallons": a part of a whole larger unit or more is a restatement
    return second.value * small / big, replace(unit, last=smaller.last), n + 1


def _conventional_part(unit: UnitMatch, smaller: UnitMatch) -> bool:
    """Whether `smaller` is the part a measure in `unit` is conventionally written with (feet and inches, stones
    and pounds)."""
    part = lexicon().unwritten_smaller_units.get(unit.row.unit or "")
    return part is not None and smaller.row.unit == lexicon().units[part[0]].unit


def _hyphen_joins(tokens: list[Token], unit: UnitMatch, second: NumberMention) -> bool:
    """Whether the figure after a unit is joined to it by a hyphen ("6-foot-2"), read as a minus sign or not."""
    hyphen = unit.last + 1
    if hyphen >= len(tokens) or tokens[hyphen].text != "-" or not attached(tokens[unit.last], tokens[hyphen]):
        return False
    if second.first == hyphen:
        return second.value < 0
    return second.first == hyphen + 1 and attached(tokens[hyphen], tokens[second.first])


def _unwritten_smaller_unit(
    tokens: list[Token], unit: UnitMatch, second: NumberMention, hyphened: bool
) -> UnitMatch | None:
    """The smaller unit a bare whole number after a larger one counts, left unwritten ("7 foot 3", "a 6-foot-2
    guard", "13 stone 4": inches, pounds), where it is fewer than make one larger unit and nothing after it makes it
    a count of something else ("6 feet 3 times"); spaced, only before the end of a clause, a word of size ("7 foot
    3 tall") or a word that opens the next part of the sentence (`unwritten_part_followers`: "6 foot 3 and 15
    stone")."""
    lex = lexicon()
    part = lex.unwritten_smaller_units.get(unit.row.unit or "")
    if part is None or not 0 < second.value < part[1] or second.value != int(second.value):
        return None
    after = tokens[second.last + 1] if second.last + 1 < len(tokens) else None
    if not hyphened and not _part_ends(after, lex.size_measures):
        return None
    if after is not None and after.text == "-" and attached(tokens[second.last], after):
        return None  # "6-foot-2-inch": the unit is written
    key = part[0]
    return UnitMatch(key, lex.units[key], second.last, second.last)


def _part_ends(after: Token | None, also: Iterable[str] = ()) -> bool:
    """Whether the token after a bare smaller part ends it: the end of a clause, or a word that opens the next
    part of the sentence (`unwritten_part_followers`) or is one of `also`; any other word makes it a count."""
    if after is None or not after.is_word:
        return True
    return after.lower in word_set("unwritten_part_followers") or after.lower in also


def _unwritten_hundredth(tokens: list[Token], unit: UnitMatch, second: NumberMention) -> UnitMatch | None:
    """The hundredth a bare whole number below a hundred counts right after a sum in its whole currency, as money is
    said ("15 dollars 50", "17 USD 25."), where nothing after it makes it a count of something else ("15 dollars 50
    times"); in digits, only two of them ("20 dollars 5" is no way to write five cents). Not after "and": "prizes of
    30 dollars and 20" are two sums."""
    lex = lexicon()
    key = lex.unwritten_hundredths.get(unit.currency or unit.row.currency or "")
    if key is None or unit.row.dimension is not None or second.written not in ("digits", "words"):
        return None
    if not 0 < second.value < 100 or second.value != int(second.value):
        return None
    if second.written == "digits" and (second.first != second.last or len(tokens[second.first].text) != 2):
        return None
    after = tokens[second.last + 1] if second.last + 1 < len(tokens) else None
    if not _part_ends(after) or (after is not None and after.text in ("%", "-", "/")):
        return None
    return UnitMatch(key, lex.units[key], second.last, second.last)


def _duration_after_comma(tokens: list[Token], last: int) -> UnitMatch | None:
    """The unit of time after a comma misplaced between a duration's count and its unit, within a duration written
    in parts ("in 2 hours, 23, minutes 15 seconds"): its parts are still one time."""
    if last + 1 >= len(tokens) or tokens[last + 1].text != ",":
        return None
    unit = unit_after(tokens, last + 1)
    return unit if unit is not None and unit.row.dimension == "duration" else None


def _one_larger_unit_before(
    tokens: list[Token], mention: NumberMention, unit: UnitMatch | None
) -> NumberMention | None:
    """A measure whose larger part is one unit written with an article before it ("an hour and 45 minutes", "a
    day and 12 hours", "a foot and 3 inches"): the whole of it, in the smaller unit."""
    i = mention.first
    if unit is None or unit.row.dimension is None or i < 3 or mention.low is not None or mention.high is not None:
        return None
    if tokens[i - 3].lower not in ("a", "an") or tokens[i - 1].lower != "and":
        return None
    if i >= 4 and tokens[i - 4].lower in ("between", "from"):  # "between a day and 36 hours": a range's ends
        return None
    row = lexicon().units.get(tokens[i - 2].lower)
    if row is None or row.dimension != unit.row.dimension or not row.unit or row.currency:
        return None
    big, small = scale_to(tokens[i - 2].lower), scale_to(unit.key)
    return replace(mention, first=i - 3, value=mention.value + big / small) if 0 < small < big else None


def _share_reading(tokens: list[Token], share: NumberMention) -> Reading:
    """A fraction or ratio read as a share: approximate by nature ("two thirds" of 68% is no discrepancy)."""
    reading = qualified(tokens, share)
    interval = reading.interval.model_copy(update={"approx": True})
    return Reading(interval, reading.qualifier, reading.first, reading.last)


def _time_claim(ctx: DocumentContext, view: SentenceView, time: TimeMention) -> Fields:
    """A time of day: minutes after midnight, in UTC where the zone is written."""
    tokens = view.tokens
    first = next(k for k, t in enumerate(tokens) if t.start >= time.start)
    phrase = match_phrase_before(tokens, first, lexicon().phrases_ending(lexicon().qualifiers))
    approx = phrase is not None and lexicon().qualifiers[lexicon().key_of(lexicon().qualifiers, phrase)] == "approx"
    start = tokens[first - len(phrase)].start if phrase else time.start
    value = Interval(point=time.minutes, low=time.minutes, high=time.minutes, approx=approx)
    minutes = time.utc_minutes if time.utc_minutes is not None else time.minutes
    if time.zone and time.utc_minutes is None:  # "3:10 p.m. ET": another zone, whose offset is not known
        unit = f"minute of day, {time.zone.upper()}"
    else:
        unit = "minute of day UTC" if time.zone else "minute of day, local"
    canon = Canonical(value=Interval(point=minutes, low=minutes, high=minutes, approx=approx), unit=unit)
    return dict(
        **ctx.base_fields("quantity", start, time.end, view.sentence, 0.8),
        **{_START: start},
        value=value,
        qualifier=" ".join(phrase) if phrase else None,
        unit=TIME_OF_DAY,
        canonical=canon,
        counted=TIME_OF_DAY,
        predicate=predicate_before(tokens, first),
        source=source_of(view.sentence.text),
    )


def _times_and_margins(view: SentenceView, times: list[TimeMention]) -> tuple[list[TimeMention], list[Elapsed]]:
    """The times of day, and the clock readings with no a.m., p.m. or zone that a word of a margin follows
    ("finished 1:30 behind"): times taken, in minutes and seconds."""
    lex = lexicon()
    kept: list[TimeMention] = []
    taken: list[Elapsed] = []
    for t in times:
        written = view.sentence.text[t.start - view.sentence.start : t.end - view.sentence.start]
        after = next((k for k in view.tokens if k.start >= t.end), None)
        before = next((k for k in reversed(view.tokens) if k.end <= t.start), None)
        margin = after is not None and after.lower in lex.time_margin_words
        if before is not None and before.lower in lex.clock_prepositions:
            margin = False  # "left at 10:30 behind schedule": a time of day
        told_in = lex.clock_length_units.get(after.lower) if after is not None else None
        if not _clock_length_led(view, t.start) or written.startswith("0") or written.endswith(":00"):
            told_in = None  # "attacked at 04:30 hours", "departs 16:45 hrs", "scheduled for 15:00 hours"
        if t.zone is None and written.replace(":", "").isdigit() and margin:
            taken.append(Elapsed(t.start, t.end, float(t.minutes)))  # "1:30" is 1 minute 30 seconds
        elif t.zone is None and written.replace(":", "").isdigit() and told_in and after is not None:
            # "fought for 6:04 hours": 6 hours 4 minutes; "3:20 minutes": 3 minutes 20 seconds
            seconds = t.minutes * (60 if told_in == "hours" else 1)
            taken.append(Elapsed(t.start, after.end, float(seconds), told_in))
        else:
            kept.append(t)
    return kept, taken


def _clock_length_led(view: SentenceView, start: int) -> bool:
    """Whether a word of lasting stands before the clock reading at `start` ("lasted 4:32 hours", "in a time of 3:20
    minutes"), maybe past words of a bound ("fought for more than 5:10 hours"), and no preposition of a time of day
    right before it ("at 16:45 hours")."""
    lex = lexicon()
    words = [k.lower for k in view.tokens if k.end <= start]
    if not words or words[-1] in lex.clock_prepositions:
        return False
    while words and words[-1] in lex.clock_length_bounds:
        words.pop()
    return any(words[-len(lead.split()) :] == lead.split() for lead in lex.clock_length_leads)


def _margin_before(tokens: list[Token], k: int) -> bool:
    """Whether a margin ends right before token `k` ("two minutes", "a minute", "40 seconds", "1:20")."""
    if k == 0:
        return False
    before = tokens[k - 1]
    row = lexicon().units.get(before.lower)
    return before.is_number or (row is not None and row.dimension == "duration")


def _elapsed_claim(ctx: DocumentContext, view: SentenceView, elapsed: Elapsed) -> Fields:
    """A time taken written as a clock reading ("2:00:35"): a duration in seconds, bounded as its qualifier says
    ("less than 2:01:00")."""
    tokens = view.tokens
    first = next(k for k, t in enumerate(tokens) if t.start >= elapsed.start)
    lex = lexicon()
    table = lex.qualifiers
    phrase = match_phrase_before(tokens, first, lex.phrases_ending(table))
    if phrase is None:  # "faster than 2:01:00": a faster time is a shorter one
        table = lex.time_taken_qualifiers
        phrase = match_phrase_before(tokens, first, lex.phrases_ending(table))
        if phrase and _margin_before(tokens, first - len(phrase)):
            phrase = None  # "40 seconds faster than 2:05:10": a margin on a time that is itself exact
    qualifier = lex.key_of(table, phrase) if phrase else None
    factor = {"hours": 3600, "minutes": 60}.get(elapsed.unit, 1)
    value = interval_of(float(f"{elapsed.seconds / factor:.12g}"), table[qualifier] if qualifier else "exact")
    start = tokens[first - len(phrase)].start if phrase else elapsed.start
    unit, canon = measured(elapsed.unit, lex.units[elapsed.unit], value)
    return dict(
        **ctx.base_fields("quantity", start, elapsed.end, view.sentence, 0.8),
        **{_START: start},
        value=value,
        qualifier=qualifier,
        unit=unit,
        canonical=canon,
        counted=None,
        predicate=predicate_before(tokens, first),
        source=source_of(view.sentence.text),
    )


def _ratio_partner(tokens: list[Token], mentions: list[NumberMention], n: int) -> int | None:
    """The "ten" of "three in ten" / "one out of five": a whole number above the first, no unit after it
    ("5 in 3 years" is not a share), no money before the first ("$5 million in 3 years")."""
    if n + 1 >= len(mentions):
        return None
    a, b = mentions[n], mentions[n + 1]
    between = tokens[a.last : b.first + 1]
    hyphened = all(attached(x, y) for x, y in itertools.pairwise(between))  # "a one-in-three chance"
    gap = " ".join(t.lower for t in between[1:-1] if not (hyphened and t.text == "-"))
    if (
        gap not in word_set("ratio_links")
        or a.written not in ("digits", "words")
        or b.written not in ("digits", "words")
    ):
        return None
    if not (0 < a.value < b.value and a.value == int(a.value) and b.value == int(b.value)):
        return None
    if currency_before(tokens, a.first)[0] or unit_after(tokens, a.last) or unit_after(tokens, b.last):
        return None
    return n + 1


def _describes_a_noun(tokens: list[Token], m: NumberMention, unit: UnitMatch | None) -> bool:
    """A number joined by a hyphen to a word it makes an adjective of ("a two-story house", "the 12-lane
    highway"): it counts nothing. With a unit ("a 10-km run", "a 6.1-magnitude quake") it is a measure, and
    with a currency before it a sum ("the £84-a-year cut", "a $15-an-hour wage")."""
    k = m.last
    if unit is not None or k + 2 >= len(tokens) or tokens[k + 1].text != "-":
        return False
    if currency_before(tokens, m.first)[0] is not None:
        return False
    word = tokens[k + 2]
    joined = attached(tokens[k], tokens[k + 1]) and attached(tokens[k + 1], word)
    counts = word.lower in lexicon().number_words or word.lower in lexicon().hyphen_counts
    level = (
        word.lower in lexicon().hyphen_levels
        and m.written == "digits"
        and (m.first == 0 or tokens[m.first - 1].lower not in ("a", "an"))
    )
    return joined and word.is_word and word.text.islower() and not counts and not level


def _shared_unit(tokens: list[Token], mentions: list[NumberMention], n: int) -> UnitMatch | None:
    """The unit written once after figures joined by "and", "or" or commas ("2 and 3 percent", "12, 18 and
    30 km"), or after the second of "from … to …" ("rose from 12 to 20 percent", "winds from 166 to 200 mph"),
    as the unit of mentions[n] too; it takes no words of its own. Not a currency or a weight."""
    k = n
    opened = mentions[n].first > 0 and tokens[mentions[n].first - 1].lower == "from"
    while k + 1 < len(mentions):
        a, b = mentions[k], mentions[k + 1]
        joiners = ("and", "or", ",", "to") if opened and k == n else ("and", "or", ",")
        if b.first != a.last + 2 or tokens[a.last + 1].lower not in joiners:
            return None
        unit = unit_after(tokens, b.last)
        if unit is not None:
            return None if unit.row.currency else replace(unit, first=mentions[n].last, last=mentions[n].last)
        k += 1
    return None


def _span_after_words(tokens: list[Token], m: NumberMention) -> UnitMatch | None:
    """A unit of time after words that only say which span it is ("the two busiest days", "the first two
    epidemiological weeks", "two additional weeks"), from `span_adjectives`: the figure is that span, not a
    count of people."""
    k = m.last
    adjectives = word_set("span_adjectives")
    while k + 1 < len(tokens) and tokens[k + 1].lower in adjectives and k - m.last < 2:
        k += 1
    if k == m.last:
        return None
    unit = unit_after(tokens, k)
    if unit is None or unit.row.dimension != "duration" or unit.row.currency:
        return None
    if m.value != 1 and not tokens[unit.last].lower.endswith("s"):
        return None  # "sold 3 million last year", "200 next month": a date after the count, not its unit
    return unit


def _held_count(tokens: list[Token], m: NumberMention) -> str | None:
    """What a number joined by a hyphen to a thing's seats, beds or members counts ("a 600-seat parliament":
    seats), from `hyphen_count_nouns`, or to things a group holds ("a 500-aircraft order": aircraft); none where
    more is joined on ("a 500-page-a-day pace") or a limit follows (`mark_nouns`: "a 30-page limit")."""
    k = m.last
    if k + 2 >= len(tokens) or tokens[k + 1].text != "-":
        return None
    word = tokens[k + 2]
    if not (attached(tokens[k], tokens[k + 1]) and attached(tokens[k + 1], word)):
        return None
    group = _hyphened_word(tokens, k + 3)
    if word.is_word and group in lexicon().hyphen_groups:
        return word.lower  # "a 500-aircraft order": 500 aircraft, "a 100-vehicle pile-up": 100 vehicles
    joined_on = k + 3 < len(tokens) and tokens[k + 3].text == "-" and attached(word, tokens[k + 3])
    if joined_on or group in lexicon().mark_nouns:
        return None  # "a 500-page-a-day pace", "a 1,000-page-plus bill", "a 30-page limit": a rate, a bound, a limit
    return lexicon().hyphen_count_nouns.get(word.text)


def _hyphened_word(tokens: list[Token], k: int) -> str:
    """The word at tokens[k], lower-cased, with the words hyphens join to it ("pile-up"); "" past the end."""
    if k >= len(tokens):
        return ""
    text = tokens[k].lower
    while k + 2 < len(tokens) and tokens[k + 1].text == "-" and attached(tokens[k], tokens[k + 1]):
        if not attached(tokens[k + 1], tokens[k + 2]):
            break
        text, k = f"{text}-{tokens[k + 2].lower}", k + 2
    return text


def _is_pronoun_one(tokens: list[Token], m: NumberMention, unit: UnitMatch | None) -> bool:
    """'one' as a pronoun or article ("one of the", "one Armenian"), unless a unit or scale follows, or it counts
    beside other counts (`_counted_one`)."""
    return tokens[m.first].lower == "one" and m.last == m.first and unit is None and not _counted_one(tokens, m)


# How many words of a toll's state (`toll_state_links`) may stand between a lone "one" and the word of its toll.
TOLL_LINK_REACH = 3


def _toll_state(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k], maybe after words that link a subject to its state (`toll_state_links`: "was", "remains",
    "was later found"), is a word of a toll (`toll_concepts`: "dead", "killed", "injured", "missing") that tells
    the state of the person before it: after a form of "be" or "remain" (`toll_passive_links`: "one person was
    killed when the roof fell"), or ending what it says of them ("one man dead and 26 hurt", "one person died
    while trying to escape"; not "one man killed his wife"); never one more beside others told
    (`toll_addition_links`: "one civilian was also killed")."""
    lex = lexicon()
    word = skip_words(tokens, k, set(lex.toll_state_links), TOLL_LINK_REACH)
    if word >= len(tokens) or not _toll_word(tokens[word]):
        return False
    links = {t.lower for t in tokens[k:word]}
    if links & set(lex.toll_addition_links):
        return False  # "one civilian was also killed": one more beside others told
    if links & set(lex.toll_passive_links):
        return True  # "was killed when the roof fell": a state, no object after it
    after = tokens[word + 1] if word + 1 < len(tokens) else None
    return (
        after is None
        or not after.is_word
        or after.lower in ("and", *lex.counted_one_followers, *lex.toll_clause_openers)
    )


def _person_after(tokens: list[Token], k: int) -> int | None:
    """The index of a noun of one person at tokens[k] (`single_person_nouns`), or one word after a word that
    qualifies it ("one crew member", "one British citizen"), or of a demonym standing for one ("one Canadian");
    else None."""
    nouns = lexicon().single_person_nouns
    for at in (k, k + 1):
        if at < len(tokens) and tokens[at].lower in nouns and tokens[k].is_word:
            return at
    if k < len(tokens) and tokens[k].text[:1].isupper() and tokens[k].lower.endswith(demonym_adjective_endings()):
        return k
    return None


def _counted_one(tokens: list[Token], m: NumberMention) -> bool:
    """Whether a lone "one" is a count: shared out ("one each", "one apiece"); before a noun of one person whose
    state a word of a toll tells ("one man dead", "one person was killed"); or one of a list of counts of the
    same things: with its noun, joined by "and" to another count ("38 adults and one teenager", "16 nationals and
    one Canadian"); with no noun of its own, after a figure of its sentence, joined to it by "and" or a comma with
    a word of `counted_one_followers`, a toll's state or a clause's end after it ("two tries from Read and one
    from Whitelock", "two died and one was injured", "six from Lilongwe, five from Blantyre, one from Dowa"), or
    the object of a verb in the past or of a toll that ends its clause ("killed four and injured one", "lost just
    one", "struck 18 students, killing one"; not "followed one at a magnitude of 4.8")."""
    lex = lexicon()
    nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    if nxt is not None and nxt.lower in lex.shared_out_words:
        return True
    moved = m.first > 0 and tokens[m.first - 1].lower in lex.rank_move_words
    if moved and nxt is not None and nxt.lower in lex.rank_move_nouns:
        return True  # "slipped one spot", "improved by one position"
    person = _person_after(tokens, m.last + 1)
    if person is not None and _toll_state(tokens, person + 1):
        return True  # "ended with one man dead", "one person was killed", "one crew member was injured"
    if person == m.last + 1 and _listed_with_a_count(tokens, m, person):
        return True  # "38 adults and one teenager", "16 nationals and one Canadian"; not "one young boy and ..."
    ends = nxt is None or nxt.text in (",", ".", ";", ")") or _toll_state(tokens, m.last + 1)
    if m.first == 0 or not (ends or (nxt is not None and nxt.lower in lex.counted_one_followers)):
        return False
    at = m.first - 1
    while at > 0 and tokens[at].lower in lex.counted_one_limiters:  # "won 19, drew three and lost just one"
        at -= 1
    before = tokens[at]
    if not (before.lower in lex.counted_one_openers or (ends and (_past_verb(before) or _toll_word(before)))):
        return False
    return any(_count_word(t) for t in tokens[max(0, m.first - 12) : m.first])


def _toll_word(token: Token) -> bool:
    """Whether a word is a word of a toll (`toll_concepts`: "killing", "injured")."""
    return concept_of_word().get(token.lower) in lexicon().toll_concepts


def _count_word(token: Token) -> bool:
    """Whether a token is a count other than one: digits not opening on zero, or a number word."""
    return (token.is_number and not token.text.startswith("0")) or (
        token.lower in lexicon().number_words and token.lower != "one"
    )


def _listed_with_a_count(tokens: list[Token], m: NumberMention, person: int) -> bool:
    """Whether "one" and its noun (ending at tokens[person]) are joined by "and" to a count and its noun, before
    or after them ("38 adults and one teenager", "11 Indian nationals and one Georgian", "one pilot and four
    passengers")."""
    before = m.first >= 3 and tokens[m.first - 1].lower == "and"
    if before:
        run = tokens[max(0, m.first - 4) : m.first - 1]
        words = list(reversed(run))
        for k, token in enumerate(words):
            if _count_word(token):
                return k > 0 and all(w.is_word for w in words[:k])
    after = person + 2 < len(tokens) and tokens[person + 1].lower == "and"
    return after and _count_word(tokens[person + 2])


def _past_verb(token: Token) -> bool:
    """Whether a word is a verb in the past ("acquitted", "won")."""
    lex = lexicon()
    if token.lower in lex.dates.past_markers:
        return True
    return token.is_word and token.lower.endswith("ed") and token.lower not in lex.dates.not_past


def _range_claim(
    ctx: DocumentContext, view: SentenceView, a: NumberMention, b: NumberMention, span: Range
) -> tuple[Fields, int]:
    tokens = view.tokens
    first = currency_before(tokens, a.first)[1]
    if first > 0 and tokens[first - 1].lower in ("only", "just"):
        first -= 1
    if first > 0 and tokens[first - 1].lower == "between":
        first -= 1
    qualifier = {"between": "between", "alternative": "or", "spread": "some … others"}.get(span.kind, "range")
    approx = span.kind == "spread"  # each end is what some sources estimate
    lex = lexicon()
    phrase = match_phrase_before(tokens, first, lex.phrases_ending(lex.qualifiers))
    if phrase and lex.qualifiers[lex.key_of(lex.qualifiers, phrase)] == "approx":  # "some 700 to 750"
        first, approx = first - len(phrase), True
        qualifier = f"{lex.key_of(lex.qualifiers, phrase)} … {qualifier}"
    reading = Reading(Interval(low=span.low, high=span.high, approx=approx), qualifier, first, b.last)
    claim, last = _build(ctx, view, reading, b, unit_after(tokens, b.last), opening=a)
    if span.kind == "spread" and claim["counted"] is None:  # "400 people, others 600": what the first counts
        claim["counted"] = noun_phrase(tokens, (unit_after(tokens, a.last) or a).last + 1)[0]
    return claim, last


def _build(
    ctx: DocumentContext,
    view: SentenceView,
    reading: Reading,
    mention: NumberMention,
    unit: UnitMatch | None,
    opening: NumberMention | None = None,
    held: str | None = None,
) -> tuple[Fields, int]:
    """The claim's fields, and the last token it takes (`held`: what a hyphenated count counts)."""
    tokens = view.tokens
    currency, money_first = currency_before(tokens, (opening or mention).first)
    if currency is None and opening is not None:
        currency, _ = currency_before(tokens, mention.first)
    interval = reading.interval
    first = min(reading.first, money_first)
    last = max(reading.last, unit.last if unit else reading.last)
    age = is_age(tokens, opening or mention) or bracketed_age(ctx, tokens, opening or mention)
    unit_name, canon, counted = _measure(ctx, view, reading, mention, unit, currency, first)
    counted = held or counted
    rate = rate_base(tokens, last + 1) if (currency or unit is None or unit.row.currency) else None
    base_before = rate_base_before(tokens, first) if rate is None and (currency or unit) else None
    if base_before is not None:  # "($1 = 0.7133 pounds)": the figure's own tokens end it
        rate = (base_before[0], last)
    if rate is not None:
        unit_name, canon, counted, last = _rate(ctx, view, first, interval, currency, unit, rate)
    counted_after, after = (counted, last + 1) if counted else noun_phrase(tokens, last + 1)
    glued = not counted and glued_label_after(tokens, first, last)
    if glued:  # "Voters: 150743Total Votes Cast: …": the words after it are the next label's
        counted_after, after = None, last + 1
    counted = counted or counted_after
    trails = counted_after or unit is not None  # "120 soldiers or more", "5% or so"
    post = match_phrase(tokens, after, lexicon().phrases(lexicon().post_qualifiers)) if trails else None
    if post and reading.qualifier is None and opening is None:
        word = lexicon().key_of(lexicon().post_qualifiers, post)
        interval = interval_of(mention.value, lexicon().post_qualifiers[word])
        canon = _bounded(canon, lexicon().post_qualifiers[word])
        reading = Reading(interval, word, reading.first, after + len(post) - 1)
        last, after = reading.last, after + len(post)
    if age and post is None and reading.qualifier is None and opening is None:
        reading, last, after = _age_bound(tokens, mention, reading, last, after)
        interval = reading.interval
    subject = subject_of_figure(tokens, first, after)
    if subject is None and holder_pronoun(tokens, first):  # "He won about 40 per cent"
        subject = person_in_paragraph(ctx, view, tokens[first].start, ahead=False)
    elif subject is not None and " " not in subject:
        subject = fullest(ctx, subject)  # "Lai" of "William Lai Ching-te"
    if age:
        written = unit.key if unit is not None and unit.row.dimension == "duration" else None
        counted, unit_name, canon = "age", age_unit(tokens, opening or mention, written), None
        subject = age_subject(ctx, view, mention)
    if not counted and not age:
        counted = estimated_thing(tokens, first)  # "police put the crowd at 40,000"
    verb_at = past_set_off_part(tokens, after)  # "30 miners, including two engineers, were killed"
    predicate = predicate_after(tokens, verb_at) if not (age or glued) else None
    if predicate and counted and reduced_relative(tokens, verb_at):
        # "Pakistan shot down 25 drones launched by India": what happened is the verb the figure is the object of
        predicate = predicate_before(tokens, first) or predicate
    if counted and not predicate and counted.split()[0].lower() in concept_of_word():
        predicate = counted.split()[0]
    elided = None if age or counted or unit_name else elided_degree(tokens, first, last)
    predicate = elided or predicate or (None if age else predicate_before(tokens, first))
    if not counted and not age and not elided:
        counted = _counted_before(tokens, first, unit_name)
    if (
        not age
        and (unit_name is None or currency is not None)
        and (not counted or counted in word_set("counter_nouns"))
    ):
        # a count or a sum after its label ("People displaced: 600,000"); a measure's label may be a place's name
        # ("Buffalo: 49.2 inches")
        counted = counted_in_label(tokens, first, last) or counted
    measure = canon is not None and counted is None
    scope = (scope_after(tokens, verb_at, measure) if counted or measure else None) or fronted_scope(tokens)
    if scope is None:
        scope = place_in_clause(tokens, verb_at)  # "44.1C was recorded in Montoro"
    start, end = tokens[first].start, tokens[last].end
    kind = place_noun_in_clause(tokens, first, verb_at) if scope is None and not measure else None
    scope = ctx.place_named_as(kind, start) if kind else scope
    if scope is None and not measure and there_in_clause(tokens, verb_at):
        scope = ctx.place_named_before(start)
    if scope is None and not measure:
        scope = (
            place_before_with(tokens, first)
            or place_in_subject(tokens, first)
            or place_before_where(tokens, first)
            or place_apposed_before(tokens, first)
            or place_before_which(tokens, first, last)
        )
    elif scope is None:
        scope = place_in_subject(tokens, first)  # "Temperatures in Seville hit 46C"
    if scope is None and not age:
        scope = place_bracketed(tokens, first, last)
    if scope is None and not age and (currency is not None or unit_name is None):  # a count or a sum, not a measure
        scope = _place_opening(ctx, tokens, first)
    text = view.sentence.text
    time_text, as_of = time_of(view, start, end, ctx.today)
    if time_text is None and unit_name is None:  # a count; "It took 4 hours" is no event's figure
        time_text, as_of = year_taken_up(ctx.view_before(view), view)
    if time_text is None:  # "Temperatures that day had soared to 103F"
        time_text, as_of = day_taken_up(ctx.view_just_before(view), view)
    if not age and currency is None and (unit_name is None or unit_name == "degrees"):
        unit_name, canon = _air_reading(tokens, first, counted, predicate, interval) or (unit_name, canon)
    confidence = 0.9 if counted or unit_name else 0.6
    claim = dict(
        **ctx.base_fields("quantity", start, end, view.sentence, confidence),
        **{_START: start},
        value=interval,
        qualifier=reading.qualifier,
        unit=unit_name,
        canonical=canon,
        counted=counted,
        predicate=predicate,
        subject=subject,
        scope=scope,
        source=source_of_report(text, before.sentence.text if (before := ctx.view_before(view)) else None),
        time=time_text,
        as_of=as_of,
    )
    return claim, last


# How many words before a figure may name the air's temperature it gives ("temperatures in the area soared to 101").
_AIR_LEAD = 6


def _air_reading(
    tokens: list[Token], first: int, counted: str | None, predicate: str | None, interval: Interval
) -> tuple[str, Canonical] | None:
    """(unit, canonical value) of a temperature of the air written with no scale, or with "degrees" alone, that
    the words right before it name ("Temperatures climbed to 101", "the mercury hit 104 degrees"; the figure
    counts nothing else and no other verb takes it), where its value is one only Fahrenheit gives the air
    (`fahrenheit_air`): read in Fahrenheit. None for any other figure."""
    words = lexicon().air_temperature_words
    if (counted or predicate) and (counted or "").lower() not in words:
        return None  # "bitter temperatures after quake kills over 120"
    lead = " ".join(t.lower for t in tokens[max(0, first - _AIR_LEAD) : first])
    if not any(re.search(rf"\b{re.escape(w)}\b", lead) for w in words):
        return None
    low, high = lexicon().fahrenheit_air
    point = interval.point
    if point is None or not low <= point <= high:
        return None
    unit, canon = measured("°F", lexicon().units["°F"], interval)
    return (unit, canon) if unit is not None and canon is not None else None


def _place_opening(ctx: DocumentContext, tokens: list[Token], first: int) -> str | None:
    """The place that opens the sentence as the subject of the figure's verb ("Calabarzon alone incurred P349.2
    million in damage"): a name no person of the document bears."""
    found = name_opening_clause(tokens, first)
    if found is None:
        return None
    _, name = found
    if any(name in person.name or person.name in name for person in ctx.people):
        return None
    return name if ctx.named_as_place(name) or fold(name) in known_places() else None


def _counted_before(tokens: list[Token], first: int, unit_name: str | None) -> str | None:
    """What a figure counts, named before it: a measure noun ("the death toll rose to 43"), or for a count
    the subject of the verb that brings it to the figure ("deaths blamed on the heat rose to 140", "the
    number of arrests has climbed to 62": arrests)."""
    measure = measure_before(tokens, first)
    if unit_name is not None or (measure is not None and measure.split()[-1] not in word_set("counter_nouns")):
        return measure
    found = counted_before_change(tokens, first)
    if not found and measure is not None:  # past the test above, a measure is a counter noun ("the number of")
        found = counted_of_a_counter(tokens, first)
    return found or measure


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
    prefix = scale_prefix(tokens, mention.first) or (
        quake_scale(tokens, mention.first, mention.last)
        or (scale_named_before(tokens, first) if noun_phrase(tokens, mention.last + 1)[0] is None else None)
        or scale_named_after(tokens, first, mention.last)
        if unit is None and not currency
        else None
    )
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
    if money in lexicon().subunit_currencies:
        return money, _in_whole_currency(ctx, view, money, interval), None
    whole = _whole_beside(view.tokens, money) if money else None
    if money and whole:  # "$2.18 vs. 3 cents": a cent of the sentence's dollars
        code = _resolved(ctx, view, whole)
        return money, Canonical(value=interval.scaled(1 / lexicon().currency_subunits[money]), unit=code), None
    if money:
        code = _resolved(ctx, view, money)
        return code, Canonical(value=interval, unit=code), None
    if unit is not None:
        return _physical(unit, interval)
    return None, None, None


def _whole_beside(tokens: list[Token], subunit: str) -> str | None:
    """The one currency of the sums of a sentence a hundredth of several families may be of (`subunit_families`:
    "$2.18 vs. 3 cents" holds dollars), or None where it holds none or several."""
    families = lexicon().subunit_families.get(subunit, [])
    found = {currency_before(tokens, k)[0] for k in range(len(tokens)) if tokens[k].is_number}
    wholes = {currency for currency in found if currency in families}
    return next(iter(wholes)) if len(wholes) == 1 else None


def _in_whole_currency(ctx: DocumentContext, view: SentenceView, subunit: str, interval: Interval) -> Canonical:
    """A sum in a currency's hundredth ("8 paise") compared in its whole currency (0.08 rupees)."""
    code = _resolved(ctx, view, lexicon().subunit_currencies[subunit])
    return Canonical(value=interval.scaled(1 / lexicon().currency_subunits[subunit]), unit=code)


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


def _age_bound(
    tokens: list[Token], mention: NumberMention, reading: Reading, last: int, after: int
) -> tuple[Reading, int, int]:
    """An age with the words that open its range after it ("aged 65 and over", "aged five and under"): the bound,
    the last token it takes and the one after it."""
    table = lexicon().age_post_qualifiers
    post = match_phrase(tokens, after, lexicon().phrases(table))
    if post is None:
        return reading, last, after
    word = lexicon().key_of(table, post)
    last = after + len(post) - 1
    return Reading(interval_of(mention.value, table[word]), word, reading.first, last), last, last + 1
