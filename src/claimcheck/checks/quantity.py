"""quantity — figures for the same fact must agree within a tolerance.

What it does: every pair of selected quantity claims is compared as intervals: the wording's qualifiers decide the interval ("at least 170" is [170, ∞),
"between 50 and 1,000" is [50, 1000], "about 100,000" is the point, marked approximate). Two figures
agree when the gap between their intervals is within `tolerance` of the larger one. Units are compared
through their canonical values (6 miles agrees with 10 km within rounding; with `tolerance: written`, a figure
beside one in another unit is as precise as its last digit that is not a zero, since it may be the other
converted and rounded: "260ft" and "80 metres", "150ft" and "up to 45 metres" agree). A bound the wording states
outright holds whatever the tolerance: "nearly 2 million" (under 2,000,000) and "2 million" disagree,
"one breaks a bound the other states". `tolerance: written` lets each figure be as imprecise as it is
written ("1.1 million" covers 1,050,000 to 1,150,000, "about" another 5%), and a round figure an outlet gives
in its own voice may be its rounding of the figure another hedges: "nearly 24,000" and "24,000", "nearly 8.5
million" and "8.5 million" agree, "nearly 2 million" and "2.1 million", "more than 530" and "530" do not, nor
do two figures that both cite one counter ("nearly 2 million, organisers said" and "2 million, the
organisers said": one of them did not give it as that counter did); two exact figures written to
one step that differ in their last digit ("6.2" and "6.3", "1.1 million" and "1.2 million") only meet at the
half-step between them, and disagree. A time of day is as precise as its minutes ("1:28 am" to the minute,
"3 pm" to the hour), and "about" lets it move 3 minutes at any hour.

A figure in an article's title that its own body repeats is judged once, through the body's sentence
(which carries its source and context).

Currencies: sums in two currencies are compared only through an article of the group that states one sum in
both, the second right after the first in brackets or after "or" ("€1.2 billion ($1.3 billion)"); no exchange
rate is held or worked out. A figure that agrees with that sum in its own currency is compared with the other
as the article restates it: "$1.3 billion" and "€1.2bn" agree through it, "$1.2 billion" and "€1.2bn" do not.
Two conversions of one sum that disagree are still a disagreement on the conversion; one such article is
crossed at a time (dollars and pounds are not compared through euros), and a sum of an earlier year ("sold for
£45 ($59) in 1958") bridges nothing, the article converting it at the rate of its own day; without one, sums
in two currencies are not comparable.

Time frames (`time: same`, the default): a figure speaks for the day its sentence states ("on Saturday"),
else for its article's date, which also stands for a month or year the article is in or has just left
("by September" in October); an older period is a frame of its own ("in 1991"), and words that mark a
count as unfinished ("so far", "at the time of writing") make one too, as does a span from a day up to the
time of writing ("have died since Monday": the count since that day, on the article's day). A quarter or half
of a calendar year is the frame of a business or economic figure ("in the third quarter of 2025", "Q2 revenue", "third-quarter sales", "the April-June
quarter", "the quarter to June", "the first half of 2024", "H1 2024"), written `2025-Q3`, `2024-H1`; one
without its year is the latest that began by the article's date ("the fourth quarter" in a February article
is last year's). Figures of two different quarters or halves are never one frame; a quarter or half lies
within its year, as a day within its month. A fiscal period ("fiscal 2024", "FY24", "the fiscal first
quarter", "the year to March") has its company's or government's own months: it gives its figure no frame of
its own (the article's date stands for it) rather than a calendar one. A time of day the text gives a count for is part of its frame:
a clock time or a time in words after a word that makes it the count's moment ("nine had died by 4:15pm",
"as of 10 a.m. local time, 23 were missing", "by 16:15", "4.15pm", "at noon", "by midnight", "by nightfall",
"this evening", "overnight", "early on Tuesday"), in the count's own clause, in a phrase that opens the
sentence, or in the clause that reports it ("…, the mayor said Friday morning"); a time an event's verb takes
("the fire broke out at 6 am") is the event's, not the count's. Two figures of one day at moments that do
not overlap are two frames, the later the one at the later moment ("in the morning", then "at noon", then
"later in the afternoon"); figures of one stated moment ("10:42 pm" is within "Wednesday night"), or with
no time of day, compare as figures of one day do ("by midday" still keeps a figure apart from one with no
time, as before). Figures for different frames are
not-comparable, except that with `grows: true` a later, higher figure is an update (a later, lower one a
discrepancy unless its sentence says the count was revised); and with `grows: true`,
two figures of one day are two stages of the count when the lower one's wording says it is an early count
("the preliminary toll", "initial information") or it is a death toll below the one its own page says the toll
rose to ("Eleven people are known dead" on a page that goes on "raising the death toll to 12"), or both say the
count has risen to them ("has risen to 1,037", "went up to 820", "reached"; a figure its page gives elsewhere that
day as such a mark is that mark), or the higher one says so and the lower says nothing of where the count
stands (neither "stood at 140", "remained at", nor revised), or both say it is still running ("32 bodies have been recovered so
far"), or the lower one says it has risen, or gives the count as it stands ("the toll stands at 34"), with no
day of its own (its page's date alone dates it) and the higher one is neither an early count nor one that
stays put ("remained at"): an update, not a discrepancy. Within one frame, a figure the words right around it
say was revised ("260,000 in December (upward revision)", "an upwardly revised 14,000") and a different one that
says nothing of it are the count as revised and as first given: not comparable. Two figures each given only as
a ceiling ("up to 2.8 million", "as many as 9 million") admit each other as bounds, but disagree where their
ceilings do ("two ceilings set apart").
`time: any` compares the figures of every time frame, within one story (below). So with `time: same` a rule
is checked day by day: the figures of one day, with those whose frame is a month, a year or unknown, which may match any day.

Reporting (`report: consensus`, the default): when two sources or more agree on a value (for that
day; a later count that grew from a figure is an update of it, not an agreement with it), each source that
departs from it is one finding, against that value as its own counter gives it
where the consensus quotes that counter, else as the firmest of them states it ("10 km" before "about 6
miles"), and so is a source the consensus holds as an earlier stage of the value but three others of it
contradict. Sources that depart from it with one value between them are one side and one finding, shown by
a source that names whose value it is ("6.5, the national seismic centre said" in two articles beside a
consensus of 6.1); a source whose value matches neither is also set against each such second value. Without
a consensus every disagreeing pair is one. A group whose verdict is discrepancy always has a finding; when the figures that disagree
come from one article, the finding is marked as a contradiction within one document.

Stories (`stories: same`, the default): figures whose days are more than a few days apart with no figure
of a day between them belong to different stories (two marches a week apart, two earthquakes years apart)
and are not compared, whatever `time:` says; `stories: any` compares them too. A fact that does not change
with the news (a town's population, a ship's length, the year a law passed) needs `time: any, stories:
any`: two pages that give it a week apart, with no other page of the rule's between, are otherwise two
stories.

Why: sources that report the same count differently are the first thing a fact-checker looks for.

Parts of the people: where two figures are read as counts of one fact (`fact:` names the facts), a part of
the people counted is compared only with that part, as `claimcheck discover` tells them apart: two kinds of
people ("five Britons" and "eight Austrians"), what each side of an exchange released, or a part the wording
makes one ("including 6 students", "14 more bodies", "died of exposure") and the whole. A kind of people its
noun alone names ("40 pilgrims died") may be everyone the story counts, and is compared with the whole; a part
named in a sentence that gives two facts ("59 dead and 140 rescued … 173 passengers and 16 crew") takes
neither.

Verdicts: consistent, within-tolerance, compatible-bound (a bound that admits the other figure),
update (with `grows: true`, a later higher figure; the same figure later is consistent), not-comparable
(different time frames; two parts of the people; one of the figures a sentence lists in one unit and another
figure that is their sum, "1.74 sq. km of coastline and 1.18 sq. km of ocean" beside "nearly 3 sq. km"; or a projection of what a count could come to, "could reach
20,000", "30,000 will be homeless", with a count included in it ("appears to have been more than 200, including
18 crew members"), or what a thing is made to do, "designed to dive as deep as 4,000 meters", or a threshold, what is needed for something to happen, "a two-thirds
majority was required", "the bill needed 60 votes", beside a figure that is not one worded alike),
discrepancy (a finding). When each side cites a different source, the finding is an attributed
disagreement at the `attributed` severity; with `attributed: off` such figures are not-comparable.
Sources are one counter when one's naming words are among the other's ("the protest organiser" and
"estimates by protest organizers") or one is the other's acronym ("USGS", "the U.S. Geological Survey");
a news agency or broadcaster passing on a count is a relay, never a counter of its own.

Example::

    - id: displaced-count
      title: Number of people displaced by the flood
      kind: quantity
      select: {counted: [people, residents], predicate: [displaced, evacuated]}
      compare: {tolerance: 10%, time: same}

    - id: bridge-cost
      title: Cost of the new bridge
      kind: quantity
      select: {sentence: [bridge], unit: EUR, not_scope: [Lyon]}
      compare: {tolerance: written, time: any, stories: any}
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, cached_property, lru_cache

from claimcheck.extract.currency import one_currency
from claimcheck.extract.lexicon import word_set
from claimcheck.extract.names import written_short
from claimcheck.extract.phrases import CALENDAR
from claimcheck.extract.units import TIME_OF_DAY, scale_to
from claimcheck.extract.words import words_of
from claimcheck.models import Claim, Finding, Interval, QuantityClaim, Verdict
from claimcheck.rules.model import Rule, Tolerance

from .base import (
    ANY_BLOCK,
    INF,
    Comparison,
    amount_in,
    bounds,
    ceiling_only,
    common_unit,
    compare_intervals,
    describe,
    magnitude,
    one_calendar_unit,
    two_units,
    value_of,
    written_spread,
)
from .currencies import StatedSum, Through, money_unit, stated_sums, through_stated_sum
from .frames import (
    Frame,
    at_a_level,
    behind_its_page,
    early,
    frame_of,
    later,
    one_story,
    replaced,
    revised,
    risen,
    risen_to_it,
    running,
    said_revised,
    same_frame,
    standing,
    stories,
    unfinished,
)
from .pairs import (
    AGREEING,
    PAIRWISE_LIMIT,
    candidate_pairs,
    different_sources,
    finding,
    group_verdict,
    in_scope,
    reported_pairs,
    severity_for,
    stable_key,
    without_echoes,
    worst_of,
)
from .sweep import Pair, Span, agreeing_kinds, documents_agreeing_in_class, sweep

KIND = "quantity"


def block(rule: Rule, claim: Claim) -> str:
    """The block a figure is compared within. With `time: same` (and no `grows`) figures of different days
    are never compared, so each day (with its partial-count words) is a block; a figure whose frame is a
    month, a year or unknown may match any day, and one given beside a headline toll matches that toll's
    stage whatever the day: both belong to every block (`ANY_BLOCK`). Otherwise the rule's figures are one
    block. Blocks are checked, and kept, one by one."""
    if rule.compare.time != "same" or rule.compare.grows or not isinstance(claim, QuantityClaim):
        return ANY_BLOCK
    frame = frame_of(claim)
    return f"{frame.period} {unfinished(frame.partial)}".rstrip() if frame.is_day and frame.stage is None else ANY_BLOCK


@dataclass(frozen=True)
class _Figure:
    """A figure with what every pair it is in needs: worked out once per figure, not once per pair."""

    claim: QuantityClaim
    frame: Frame
    unit: str | None
    # given as a count since replaced, by its own text or by another page of its day ("up from 13 earlier in the day")
    earlier_stage: bool = False
    # the sums the group's articles state in two currencies, through which a sum is compared with another currency
    bridges: tuple[StatedSum, ...] = ()
    # the sum of the figures its sentence lists with it in its unit, where it lists two or more ("1.74 sq. km of
    # coastline and 1.18 sq. km of ocean"): a breakdown, whose sum another figure may be
    listed_sum: float | None = None
    # its page gives the same figure elsewhere as the mark a rising count has reached ("rose to 265 on Thursday")
    risen_on_page: bool = False

    @cached_property
    def risen(self) -> bool:
        """Whether the figure is given, here or elsewhere on its page, as the mark a rising count has reached."""
        return self.risen_on_page or risen(self.claim)

    @cached_property
    def projection(self) -> str:
        """The words that make the figure a projection ("could reach", "will be"), or ""."""
        from claimcheck.rules.facts import projection

        return projection(self.claim)

    @cached_property
    def threshold(self) -> str:
        """The word that makes the figure a threshold ("a two-thirds majority was required"), or ""."""
        from claimcheck.rules.facts import threshold

        return threshold(self.claim)

    @cached_property
    def parts(self) -> dict[str, tuple[str, bool]]:
        """Fact → the part of the people the figure counts of it, as discovery reads it ("five Germans", "eight
        Russians" the West released, "including 18 crew members"; "" for the whole), and whether that part is
        only the kind of people its noun names."""
        from claimcheck.rules.facts import people_parts

        return people_parts(self.claim)

    @cached_property
    def record(self) -> str:
        """The thing a span since a record names ("the worst drought in 60 years": drought), or "" for a figure that
        is no such span or names no thing."""
        from claimcheck.rules.facts import facts_of, record_noun

        thing = record_noun(self.claim)  # the cheap test first: a record's word before the figure
        return thing if thing and "record span" in facts_of(self.claim) else ""

    @cached_property
    def side(self) -> str:
        """How a note names the figure (only pairs compared one by one have notes)."""
        return _side(self.claim)


def _side(claim: QuantityClaim) -> str:
    who = claim.doc.label
    source = f" (per {claim.source})" if claim.source else ""
    return f"{who}: “{claim.text}” {claim.counted or ''}".rstrip() + source


def _pair_verdict(rule: Rule, tolerance: Tolerance, x: _Figure, y: _Figure) -> tuple[str, str]:
    """(verdict, note) for one pair. With `grows`, a figure for a later frame may only be higher: a later
    higher figure is an update, a later lower one a discrepancy unless its sentence says the count was
    revised. Figures of one frame are compared as they are, `grows` or not, but for a figure its text gives as a
    count since replaced ("had initially said 131"): an earlier stage, without `grows` whichever way it went."""
    a, b = x.claim, y.claim
    through = None
    if _raw_units_apart(a, b):  # "the 24-month-old" and "2": an age in months and one in years
        return _ages_in_two_units(x, y) or ("not-comparable", "different units")
    if not one_currency(x.unit, y.unit):
        through = _through(tolerance, a, b, x.bridges)
        if through is None:
            return "not-comparable", "different units"
        if {a.id, b.id} == {through.bridge.first.id, through.bridge.restated.id}:
            return "consistent", f"one sum stated in two currencies: {x.side} and {y.side}"
    if x.projection != y.projection:
        return "not-comparable", f"a projection and another figure: {x.side} and {y.side}"
    if x.threshold != y.threshold:
        return "not-comparable", f"a threshold and another figure: {x.side} and {y.side}"
    part = _parts_apart(x, y) or _records_apart(x, y)
    if part:
        return "not-comparable", f"{part}: {x.side} and {y.side}"
    if _sum_of_parts(x, y) or _sum_of_parts(y, x):
        return "not-comparable", f"a sum and one of its parts: {x.side} and {y.side}"
    apart = _apart_in_one_article(rule, a, b)
    if apart:
        return "not-comparable", f"{apart}: {x.side} and {y.side}"
    if different_owners(a, b):
        return "not-comparable", f"figures of two bodies ({a.subject}, {b.subject}): {x.side} and {y.side}"
    if rule.compare.time == "same" and not same_frame(x.frame, y.frame):
        order = later(y.frame, x.frame)
        if rule.compare.grows and order and through is None:
            earlier, latest = (x, y) if order > 0 else (y, x)
            grown = _growth(tolerance, earlier, latest)
            if grown[0] == "discrepancy" and _counters_apart(rule, a, b):
                return "not-comparable", f"different counters: {earlier.side} then {latest.side}"
            return grown
        frames = " vs ".join(str(f.frame) for f in (x, y))
        return "not-comparable", f"different time frames: {frames}"
    if through is not None:
        return _through_verdict(x, y, through)
    verdict = _compared(tolerance, a, b).verdict
    if verdict == "compatible-bound" and _ceilings_apart(tolerance, a, b):
        return "discrepancy", f"two ceilings: {x.side} vs {y.side}"
    if verdict == "discrepancy" and rule.compare.grows:
        stages = _stages_of_one_count(x, y)
        if stages:
            return "update", stages
    if verdict == "discrepancy" and not rule.compare.grows and x.earlier_stage != y.earlier_stage:
        # a count that may fall as well as rise ("firstly said 131 were missing … decreased to 120"): the one its
        # text gives as since replaced is an earlier stage, whichever way the count went
        earlier, then = (x, y) if x.earlier_stage else (y, x)
        return "update", f"revision: {earlier.side}, a count since replaced, then {then.side}"
    if verdict == "discrepancy" and _counters_apart(rule, a, b):
        return "not-comparable", f"different counters: {x.side} vs {y.side}"
    if verdict == "discrepancy" and said_revised(a) != said_revised(b):
        # "260,000 in December (upward revision)" beside "223,000 in December": the count as revised and as
        # first given, two stages of one count
        replaced, then = (y, x) if said_revised(a) else (x, y)
        return "not-comparable", f"revised: {replaced.side}, then as revised {then.side}"
    return verdict, f"{verdict}: {x.side} vs {y.side}"


def _raw_units_apart(a: QuantityClaim, b: QuantityClaim) -> bool:
    """Whether two figures with no canonical value (an age, a rank) are written in different units."""
    if a.canonical is not None or b.canonical is not None or not (a.unit and b.unit):
        return False
    return a.unit.lower().rstrip("s") != b.unit.lower().rstrip("s")


# An age's unit in months; an age in whole units ("2", "six weeks") runs until the next one.
_AGE_MONTHS = {"year": 12.0, "month": 1.0, "week": 12.0 / 52.0, "day": 12.0 / 365.0}


def _ages_in_two_units(x: _Figure, y: _Figure) -> tuple[str, str] | None:
    """The verdict on two ages in different units ("the 18-month-old" and "2"), each read as the span of months
    its whole number of units covers ("2" years: 24 to 36 months): a discrepancy where the spans do not meet."""
    spans = []
    for claim in (x.claim, y.claim):
        months = _AGE_MONTHS.get((claim.unit or "").lower().rstrip("s"))
        point = claim.value.point
        if claim.counted != "age" or months is None or point is None:
            return None
        spans.append((point * months, (point + 1) * months))
    (a_low, a_high), (b_low, b_high) = spans
    if a_low < b_high and b_low < a_high:
        return "consistent", f"one age in two units: {x.side} and {y.side}"
    return "discrepancy", f"discrepancy: {x.side} vs {y.side}"


def _ceilings_apart(tolerance: Tolerance, a: QuantityClaim, b: QuantityClaim) -> bool:
    """Whether two figures each given only as a ceiling ("up to 2.8 million people", "as many as 9 million") put
    it at different heights: each source's figure for how many it may be, which admit each other as bounds
    but disagree on the figure."""
    if not (ceiling_only(a) and ceiling_only(b)):
        return False
    tops = [Interval(point=v.high, low=v.high, high=v.high) for v in (value_of(a), value_of(b))]
    spread = (written_spread(a), written_spread(b)) if tolerance.written else (0.0, 0.0)
    return compare_intervals(tops[0], tops[1], tolerance.slack, spread).verdict == "discrepancy"


def _records_apart(x: _Figure, y: _Figure) -> str | None:
    """Why two spans since a record are of two things, if they are: each superlative names its thing, and they
    differ ("the worst drought in 60 years", "the worst famine in 20 years")."""
    if x.record and y.record and x.record != y.record:
        return f"records of two things ({x.record}, {y.record})"
    return None


def _counters_apart(rule: Rule, a: QuantityClaim, b: QuantityClaim) -> bool:
    """Whether two figures that disagree are each another counter's, where the rule leaves those out
    (`attributed: off`): no discrepancy, whether of one moment or of a count that fell from one to the next."""
    return rule.compare.attributed == "off" and different_sources(a, b)


def _through(
    tolerance: Tolerance, a: QuantityClaim, b: QuantityClaim, bridges: tuple[StatedSum, ...]
) -> Through | None:
    """Two sums in two currencies compared through a sum an article states in both (`currencies`), if one decides."""
    return through_stated_sum(a, b, bridges, lambda one, other: _compared(tolerance, one, other).verdict in AGREEING)


def _through_verdict(x: _Figure, y: _Figure, through: Through) -> tuple[str, str]:
    bridge = through.bridge
    stated = f"“{bridge.first.text}” restated as “{bridge.restated.text}” by {bridge.first.doc.label}"
    if through.agree:
        return "consistent", f"consistent through a sum stated in both currencies ({stated}): {x.side} and {y.side}"
    return "discrepancy", f"discrepancy: {x.side} vs {y.side}, through {stated}"


def _parts_apart(x: _Figure, y: _Figure) -> str | None:
    """Why two figures a rule selects count different people, if they do: each is read as a count of one fact
    (deaths, people released), and of it they count different parts, as discovery tells them apart: two kinds
    of people ("five Germans" and "eight Russians"), one side's and the other's (seven Russians Moscow freed,
    eight the West freed), or a part the wording makes one ("including 18 crew members", "14 more bodies", "12
    died of exposure") and the whole. A kind of people its noun alone names ("40 pilgrims died") may be
    everyone the story counts: it is compared with the whole. A figure read as no fact's may be of any part."""
    shared = x.parts.keys() & y.parts.keys()
    for fact in sorted(shared):
        (first, first_kind), (second, second_kind) = x.parts[fact], y.parts[fact]
        if first == second or (not first and second_kind) or (not second and first_kind):
            return None
    if not shared:
        return None
    fact = min(shared)
    return f"two parts of the {fact} ({x.parts[fact][0] or 'all'}, {y.parts[fact][0] or 'all'})"


def _stages_of_one_count(x: _Figure, y: _Figure) -> str | None:
    """The note for two figures of one frame that a growing count gives at two stages, if they are: the lower one's
    wording says it is an early count ("the preliminary toll", "initial information"); or both say the count has risen
    to them ("has risen to 1,037", "went up to 820", here or elsewhere on their page that day); or the higher says so
    and the lower says nothing of where the count stands (not "stood at 140", "remained at", nor revised); or the lower
    says so, is dated by its page alone (no day of its own: the page caught a count on its way up, at an hour its date
    does not tell) and the higher is neither an early count nor one that stays put ("remained at 113"). The lower is
    then the earlier stage of that day, not a contradiction; a figure given as it stands against a higher risen count is
    not, nor is a count the text says rose to a figure "on Sunday" against a higher one of that Sunday. A figure its
    text gives as a count since replaced ("had initially put the toll at 19", "revised the toll to 275 from 288") is an
    earlier stage than one given as it stands."""
    lower, higher = (x, y) if bounds(value_of(x.claim))[1] < bounds(value_of(y.claim))[0] else (y, x)
    if bounds(value_of(lower.claim))[1] >= bounds(value_of(higher.claim))[0]:
        return None
    own = replaced(higher.claim), replaced(lower.claim)
    if own[0] != own[1] or higher.earlier_stage != lower.earlier_stage:
        earlier, then = (higher, lower) if (own[0] if own[0] != own[1] else higher.earlier_stage) else (lower, higher)
        return f"revision: {earlier.side}, a count since replaced, then {then.side}"
    settled = early(higher.claim) or standing(higher.claim)
    # a rising count its page caught on its way up; a count of a span the text names ("in the first two days")
    # is that span's whole
    caught = not lower.frame.stated and not settled and not lower.frame.partial.startswith("per ")
    # the higher says the count rose to it, the lower says nothing of where the count stands: passed on the way up
    stands = standing(lower.claim) or at_a_level(lower.claim) or revised(lower.claim)
    passed = risen_to_it(higher.claim) and not (settled or stands)
    if (
        early(lower.claim)
        or behind_its_page(lower.claim)
        or passed
        or ((lower.risen or running(lower.claim)) and (higher.risen or caught))
        or (running(lower.claim) and running(higher.claim))
    ):
        return f"update: {lower.side} then {higher.side} (stages of one day)"
    return None


def _compared(tolerance: Tolerance, a: QuantityClaim, b: QuantityClaim) -> Comparison:
    as_written = tolerance.written and one_calendar_unit(a, b)  # "25 years" and "a 24-year term", as written
    converted = two_units(a, b)  # "80 metres" and "260ft": one may be the other, rounded in its own unit
    spread = (
        (written_spread(a, as_written, converted), written_spread(b, as_written, converted))
        if tolerance.written
        else (0.0, 0.0)
    )
    values = (a.value, b.value) if as_written else (value_of(a), value_of(b))
    result = compare_intervals(*values, tolerance.slack, spread)
    if as_written and a.canonical:  # the gap in the unit figures are compared in
        scale = scale_to(a.unit or "")
        result = replace(result, gap=result.gap * scale, allowed=result.allowed * scale)
    if tolerance.written and result.bound_broken and not (a.source and b.source and not different_sources(a, b)):
        # "nearly 24,000" and "24,000": a figure given in an outlet's own voice may be its rounding of what
        # another hedges ("up to 45 metres" and "150ft", rounded in feet); two relays of one counter's figure
        # should give it alike
        rounded = [claim for claim in (a, b) if _round(claim)]
        if any(result.gap <= max(written_spread(claim, converted=converted), 0.0) + 1e-9 for claim in rounded):
            return Comparison("within-tolerance", result.gap, result.allowed)
    return result


def compared_as_written(a: QuantityClaim, b: QuantityClaim) -> Comparison:
    """How two figures compare with `tolerance: written`: each as precise as its wording."""
    return _compared(Tolerance(0.0, False, written=True), a, b)


# A figure written in digits that is a multiple of this is round: it may stand for a figure near it.
ROUND_FIGURE = 100


def _round(claim: QuantityClaim) -> bool:
    """Whether a figure is one round value ("24,000", "8.5 million", "two million"), not a bound or an exact
    count ("530", "1,891")."""
    value = claim.value
    if value.point is None or value.low != value.high or value.low_end != "estimate" or value.high_end != "estimate":
        return False
    return (value.point % ROUND_FIGURE == 0 and value.point != 0) or written_spread(claim) > 0


def _apart_in_one_article(rule: Rule, a: QuantityClaim, b: QuantityClaim) -> str | None:
    """Why two figures of one article are not two versions of one fact, if they are not: a sentence that
    gives both speaks of a change or a breakdown ("from 62 to 64", "13 in Gansu and 4 in Qinghai"); an
    article that marks one of them with its own moment ("before the war", "by September") tells a story
    over time; two sentences that each name something, and nothing the other names ("Calgary airport" and
    "Cologne Bonn Airport", a ministry's figure and a railway's), are about two things; and where the rule
    does not compare different counters (`attributed: off`), an article that gives one figure as a named
    counter's and the other in its own voice reports two counts. Two figures of one article with nothing to
    tell them apart contradict each other."""
    if a.doc.id != b.doc.id:
        return None
    if a.sentence == b.sentence and a.line == b.line:
        return "one sentence gives both"
    if _listed_with(a, b) or _listed_with(b, a):
        return "one sentence lists both, each of its own thing"
    if (a.time or b.time) and a.time != b.time:
        return "one article's figures for two moments"
    if _names_apart(a, b):
        return "one article's figures for two named things"
    if rule.compare.attributed == "off" and bool(a.source) != bool(b.source):
        return "one article's count from a named counter and one in its own voice"
    return None


# A value listed right before a figure that writes the unit once for both: "800 and 900-mm", "20 or 40-foot".
_LISTED_BEFORE = re.compile(r"(\d[\d,]*(?:\.\d+)?)-?\s+(?:and|or)\s+$")


def _listed_with(a: QuantityClaim, b: QuantityClaim) -> bool:
    """Whether `a`'s sentence lists `b`'s value right before `a`, the unit written once for both ("insert 800 and
    900-mm diameter pipes" beside "an 800mm diameter pipe"): the article gives both measures, each of its own
    thing."""
    at = a.sentence.find(a.text)
    listed = _LISTED_BEFORE.search(a.sentence[:at]) if at > 0 else None
    if listed is None or a.canonical is None or b.canonical is None or a.canonical.unit != b.canonical.unit:
        return False
    mine, theirs, written = a.canonical.value.point, b.canonical.value.point, a.value.point
    if mine is None or theirs is None or not written:
        return False
    value = float(listed.group(1).replace(",", "")) * mine / written
    return abs(value - theirs) <= 1e-9 * max(abs(theirs), 1.0)


def different_owners(a: QuantityClaim, b: QuantityClaim) -> bool:
    """Whether two figures belong to two named bodies or people ("Mercy Hospital treated 85", "St Luke's Clinic
    treated 40"): each names whom it belongs to, and neither name's words are all in the other's ("Alphabet"
    and "Alphabet Inc." are one) nor is one the other with a given name written short ("Jeff Bush" and
    "Jeffrey Bush"). A figure that names no one may be anyone's."""
    first, second = _owner(a), _owner(b)
    if not (first and second) or first <= second or second <= first:
        return False
    one, other = words_of(a.subject or ""), words_of(b.subject or "")
    return not (written_short(one, other) or written_short(other, one))  # "Jeff Bush" and "Jeffrey Bush"


def _owner(claim: QuantityClaim) -> frozenset[str]:
    subject = claim.subject or ""
    return frozenset(words_of(subject)) if subject[:1].isupper() else frozenset()  # not "the ferry"


def _names_apart(a: QuantityClaim, b: QuantityClaim) -> bool:
    """Whether each claim's sentence names something (its source aside) and none of those names is, or is
    part of, one the other names."""
    first, second = _named_things(a.sentence, a.source), _named_things(b.sentence, b.source)
    return bool(first and second) and not any(x <= y or y <= x for x in first for y in second)


_WORD_TOKEN = re.compile(r"[^\W\d_][\w’'-]*")


@cache
def _name_joiners() -> frozenset[str]:
    """Lower-case words that join the capitalised words of one name ("Ministry of Health", "Chemins de fer"):
    "of" and the lexicon's name particles."""
    return frozenset({"of", *word_set("name_particles")})


@lru_cache(maxsize=4096)
def _named_things(sentence: str, source: str | None) -> tuple[frozenset[str], ...]:
    """The names a sentence holds (runs of capitalised words, with the lower-case words that join one name),
    each as its set of words: not the word that opens the sentence alone, month and day names, or the words
    of the figure's own source (who says it is not what it is about)."""
    said = set(words_of(source or ""))
    runs: list[list[str]] = []
    last_end, open_run = -1, False
    for match in _WORD_TOKEN.finditer(sentence):
        word, between = match.group(), sentence[last_end : match.start()] if last_end >= 0 else ""
        adjacent = last_end >= 0 and between.isspace()
        if word[0].isupper():
            if not (open_run and adjacent):
                runs.append([])
            runs[-1].append(word)
            open_run = True
        else:
            open_run = open_run and adjacent and word in _name_joiners()
        last_end = match.end()
    things = []
    for run in runs:
        while run and run[-1] in _name_joiners():
            run.pop()
        words = frozenset(w for w in words_of(" ".join(run)) if w not in said and w not in CALENDAR)
        if words and not (len(run) == 1 and sentence.lstrip().startswith(run[0])):
            things.append(words)
    return tuple(things)


def _growth(tolerance: Tolerance, earlier: _Figure, latest: _Figure) -> tuple[str, str]:
    """A growing count given for two frames: the same figure, an update, a correction or a contradiction."""
    same = _compared(tolerance, earlier.claim, latest.claim).verdict
    if same in ("consistent", "within-tolerance"):
        return same, f"{same}: {earlier.side} then {latest.side}"
    first, then = value_of(earlier.claim), value_of(latest.claim)
    low_then = then.low if then.low is not None else then.point
    high_first = first.high if first.high is not None else first.point
    if low_then is None or high_first is None or low_then >= high_first:
        return "update", f"update: {earlier.side} then {latest.side}"
    if revised(latest.claim):
        return "not-comparable", f"revised: {earlier.side} then {latest.side}"
    verdict = _compared(tolerance, earlier.claim, latest.claim).verdict
    return verdict, f"{verdict}: {latest.side} is lower than the earlier {earlier.side}"


def _stated(claim: QuantityClaim) -> object:
    """What a figure states, as a title echoes it: its number where it is compared and its unit. A title
    drops the body's qualifiers ("367 dead" over "killing at least 367 people"), so they do not count."""
    return (value_of(claim).point, claim.canonical.unit if claim.canonical else claim.unit)


def _firmness(claim: Claim) -> int:
    """How firmly a figure states its value: 2 for an exact single figure, 1 for an approximate one ("about
    6 miles"), 0 for a range, a bound or "nearly", which agree with too much to anchor a consensus."""
    if not isinstance(claim, QuantityClaim):
        return 0
    value = claim.value
    return 0 if not value.single else 1 if value.approx else 2


def check(rule: Rule, claims: list[Claim]) -> tuple[list[Verdict], list[Finding]]:
    group = without_echoes([c for c in claims if isinstance(c, QuantityClaim)], _stated)
    if len(group) == 1:  # nothing to compare, so nothing more to read of the figure
        return [group_verdict(rule, group, [], [])], []
    bridges = stated_sums(group)
    sums = _listed_sums(group)
    figures = _with_earlier_stages([_figure(c, bridges, sums.get(c.id)) for c in sorted(group, key=stable_key)])
    figures = _with_risen_on_page(figures)
    story = stories(group, {f.claim.id: f.frame for f in figures})
    compared, kinds, agreeing = _compare(rule, figures, story)
    verdicts = {(figures[i].claim.id, figures[j].claim.id): verdict for (i, j), verdict, _ in compared}
    worst = worst_of(set(verdicts.values()) | kinds)
    notes = [note for _, verdict, note in compared if verdict == worst]  # the reason tells what decided the verdict
    findings = []
    for a, b, outlier, alike in reported_pairs(rule, group, verdicts, _firmness, agreeing):
        assert isinstance(a, QuantityClaim) and isinstance(b, QuantityClaim)
        made = _finding(rule, a, b, outlier, bridges, alike)
        if made:
            findings.append(made)
    aside = [note for _, verdict, note in compared if verdict == "not-comparable"]
    return [group_verdict(rule, group, [*verdicts.values(), *kinds], notes, aside)] if group else [], findings


def _listed_sums(group: list[QuantityClaim]) -> dict[str, float]:
    """Claim id → the sum of the figures of one sentence in one unit, for each figure of a sentence that gives two
    or more of them (`_Figure.listed_sum`)."""
    by_sentence: dict[tuple[str, int, str, str], list[QuantityClaim]] = {}
    for claim in group:
        if claim.canonical is not None and claim.canonical.value.point is not None:
            key = (claim.doc.id, claim.line, claim.sentence, claim.canonical.unit)
            by_sentence.setdefault(key, []).append(claim)
    sums: dict[str, float] = {}
    for listed in by_sentence.values():
        if len({c.text for c in listed}) > 1:
            total = sum(c.canonical.value.point or 0.0 for c in listed if c.canonical)
            sums.update((c.id, total) for c in listed)
    return sums


# How far a whole may be from the sum of the parts a sentence lists and still be that sum ("nearly 3 sq. km" for
# 1.74 and 1.18), beyond what its own wording allows.
SUM_SLACK = 0.05


def _sum_of_parts(part: _Figure, whole: _Figure) -> bool:
    """Whether `whole` is the sum of the figures `part`'s sentence lists, `part` among them, in one unit: one of
    those parts, never a version of the whole."""
    if part.listed_sum is None or whole.listed_sum is not None or whole.claim.canonical is None:
        return False
    if part.claim.canonical is None or part.claim.canonical.unit != whole.claim.canonical.unit:
        return False
    low, high = bounds(whole.claim.canonical.value)
    return low * (1 - SUM_SLACK) <= part.listed_sum <= high * (1 + SUM_SLACK)


def _figure(claim: QuantityClaim, bridges: tuple[StatedSum, ...] = (), listed_sum: float | None = None) -> _Figure:
    unit = claim.canonical.unit if claim.canonical else None
    return _Figure(claim, frame_of(claim), unit, replaced(claim), bridges if money_unit(claim) else (), listed_sum)


def _with_earlier_stages(figures: list[_Figure]) -> list[_Figure]:
    """The figures, with a figure that one page gives as a count since replaced ("jumped to 22 on Tuesday, up
    from 13 earlier in the day") taken for that earlier stage wherever another page gives it for the same day
    ("Thirteen climbers have died, officials said on Tuesday"): that page caught the count before it moved."""
    standing = {_on_its_page(f) for f in figures if not f.earlier_stage}
    stages = {
        (f.frame.period, point)
        for f in figures
        if f.earlier_stage
        and (point := value_of(f.claim).point)
        and _on_its_page(f) not in standing  # not also given as it stands
    }
    return [
        replace(f, earlier_stage=True) if (f.frame.period, value_of(f.claim).point) in stages else f for f in figures
    ]


def _with_risen_on_page(figures: list[_Figure]) -> list[_Figure]:
    """The figures, each read as a risen count where its page gives the same value, for the same day, as the mark a
    rising count has reached ("The toll rose to 265 on Thursday … 265 bodies have been retrieved"): one page, one
    count, however often it restates it."""
    marks = {_on_its_page(f) for f in figures if risen(f.claim)}
    return [replace(f, risen_on_page=True) if _on_its_page(f) in marks else f for f in figures]


def _on_its_page(figure: _Figure) -> tuple[str, str, str, float | None]:
    """A figure as its page gives it for a day: its page, its frame's period and partial-count words ("since
    2024-03-04": a count since a day is not the day's whole), and its value."""
    return figure.claim.doc.id, figure.frame.period, figure.frame.partial, value_of(figure.claim).point


Compared = list[tuple[Pair, str, str]]  # (positions, verdict, note) of the pairs compared one by one, in order


def _compare(
    rule: Rule, figures: list[_Figure], story: dict[str, int]
) -> tuple[Compared, set[str], Callable[[Claim], int] | None]:
    """The pairs compared one by one (every pair that disagrees among them), the verdicts of the pairs only
    counted, and how many documents agree with each claim, where the pairs compared do not tell it."""
    swept = None
    if len(figures) <= PAIRWISE_LIMIT and rule.compare.scope == "both" and rule.tolerance.amount >= 0:
        spans = _spans(rule, figures, story)
        swept = sweep(spans)
        pairs = swept.one_by_one
    else:
        position = {f.claim.id: i for i, f in enumerate(figures)}
        claims = [f.claim for f in figures]
        pairs = [
            (position[a.id], position[b.id]) for a, b in candidate_pairs(claims, key=_point) if in_scope(rule, a, b)
        ]
    compared = _verdicts(rule, story, figures, pairs)
    if swept is None:
        return compared, set(), None
    tolerance = rule.tolerance
    apart = [((i, j), *_pair_verdict(rule, tolerance, figures[i], figures[j])) for i, j in swept.candidates]
    disagreeing = [found for found in apart if found[1] == "discrepancy"]
    compared = sorted(compared + disagreeing, key=lambda found: found[0])
    kinds = agreeing_kinds(spans, swept.classes, len(disagreeing))
    # a figure of the class that is not comparable with another (a projection, a part, a threshold) agrees with
    # none of it: it must not stand for the value the class agrees on
    unlike = [pair for pair, verdict, _ in apart if verdict == "not-comparable"]
    return compared, kinds, _agreement(figures, spans, swept.classes, compared, unlike)


def _point(claim: Claim) -> float:
    return value_of(claim).point or 0.0  # type: ignore[arg-type]


_APART = ("not-comparable", "different stories: days apart with no report between")


def _verdicts(rule: Rule, story: dict[str, int], figures: list[_Figure], pairs: list[Pair]) -> Compared:
    """The verdict of each pair; a pair of two stories is not compared (many such pairs in a group that spans
    several stories, so the story of each figure is looked up once)."""
    tolerance = rule.tolerance
    if rule.compare.stories != "same":
        return [((i, j), *_pair_verdict(rule, tolerance, figures[i], figures[j])) for i, j in pairs]
    of = [story.get(f.claim.id, -1) for f in figures]
    return [
        ((i, j), *(_pair_verdict(rule, tolerance, figures[i], figures[j]) if one_story(of[i], of[j]) else _APART))
        for i, j in pairs
    ]


def _spans(rule: Rule, figures: list[_Figure], story: dict[str, int]) -> list[Span]:
    """What the sweep needs of each figure; in a class only with closed ends that are estimates (and, where
    different counters are not compared, no source)."""
    tolerance, by_story, by_frame = rule.tolerance, rule.compare.stories == "same", rule.compare.time == "same"
    sourced_apart = rule.compare.attributed == "off"
    spans = []
    for figure in figures:
        claim = figure.claim
        value = value_of(claim)
        low, high = bounds(value)
        size = magnitude(value)
        kind = None
        if (
            value.low_end == value.high_end == "estimate"
            and -INF < low <= high < INF
            and size < INF
            and not (sourced_apart and claim.source)
        ):
            kind = (story.get(claim.id) if by_story else None, figure.unit, figure.frame if by_frame else None)
        reach = tolerance.slack(size) + (written_spread(claim) if tolerance.written else 0.0)
        spans.append(Span(kind, claim.doc.id, low, high, not value.approx, reach))
    return spans


def _agreement(
    figures: list[_Figure], spans: list[Span], classes: list[list[int]], compared: Compared, unlike: list[Pair]
) -> Callable[[Claim], int]:
    """A claim → the number of documents that agree with it, its own included: through the pairs compared one
    by one, and through its class's pairs that do not disagree and are not `unlike` (not comparable)."""
    position = {f.claim.id: i for i, f in enumerate(figures)}
    class_of = {p: number for number, positions in enumerate(classes) for p in positions}
    documents_of = [Counter(spans[p].doc for p in positions) for positions in classes]
    agreeing: dict[int, set[str]] = {}
    against: dict[int, set[int]] = {}  # the figures of its class that disagree with a figure
    for (i, j), verdict, _ in compared:
        for at, other in ((i, j), (j, i)):
            if verdict in AGREEING:
                agreeing.setdefault(at, set()).add(figures[other].claim.doc.id)
            elif verdict == "discrepancy" and spans[at].kind is not None and spans[other].kind == spans[at].kind:
                against.setdefault(at, set()).add(other)
    for i, j in unlike:
        against.setdefault(i, set()).add(j)
        against.setdefault(j, set()).add(i)

    def documents(claim: Claim) -> int:
        at = position[claim.id]
        found = {claim.doc.id} | agreeing.get(at, set())
        if at not in class_of:
            return len(found)
        in_class = documents_agreeing_in_class(spans, documents_of[class_of[at]], at, against.get(at, set()))
        return len(found) + len(in_class) if len(found) == 1 else len(found | in_class)

    return documents


def _finding(
    rule: Rule,
    a: QuantityClaim,
    b: QuantityClaim,
    outlier: bool = False,
    bridges: tuple[StatedSum, ...] = (),
    alike: tuple[Claim, ...] = (),
) -> Finding | None:
    pair, via = (a, b), ""
    if not one_currency(money_unit(a), money_unit(b)) and money_unit(a) and money_unit(b):
        through = _through(rule.tolerance, a, b, bridges)
        if through is None:
            return None
        pair = through.compared  # the sum that departs, and the bridge's sum in its currency
        bridge = through.bridge
        via = f" (through “{bridge.first.text}” restated as “{bridge.restated.text}” by {bridge.first.doc.label})"
    result = _compared(rule.tolerance, *pair)
    attributed = different_sources(a, b)
    severity = severity_for(rule, attributed)
    if not severity:
        return None
    unit = common_unit(list(pair))  # the gap in the unit the sources write, not the canonical one
    # a sum's gap is in its currency as written: "£" with no place to decide is no weight of pounds
    converted = pair[0].canonical is not None and pair[1].canonical is not None and not money_unit(pair[0])
    shown = amount_in(result.gap, unit) if converted else result.gap  # ages are compared as written
    gap = describe(Interval(point=shown, low=shown, high=shown), "min" if unit == TIME_OF_DAY else unit)
    why = (
        "two ceilings set apart"
        if result.verdict != "discrepancy" and _ceilings_apart(rule.tolerance, *pair)
        else "one breaks a bound the other states"
        if result.bound_broken
        else f"gap {gap} beyond what their wording allows"
        if rule.tolerance.written
        else f"gap {gap} beyond the tolerance of {rule.compare.tolerance}"
    )
    if _raw_units_apart(a, b):  # "18-month" and "2" (years): their spans of months, not their figures
        why = "ages in two units whose spans do not meet"
    message = f"{_side(a)} vs {_side(b)}{via}: {why}" + (" — attributed disagreement" if attributed else "")
    detail = {
        "intervals": [value_of(a).model_dump(), value_of(b).model_dump()],
        "gap": result.gap,
        "allowed": result.allowed,
        "bound_broken": result.bound_broken,
        "tolerance": rule.compare.tolerance,
        "sources": [a.source, b.source],
        "time_frames": [a.time, b.time],
    }
    return finding(rule, a, b, message, attributed, detail, severity, outlier, alike)
