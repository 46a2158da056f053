"""Discovery: with no rules, group the claims that speak of the same fact and turn each group into a draft
rule, so that a new corpus shows its disagreements before anyone writes a rule file.

A fact is what a figure is a figure of, read from the lexicon (`facts:`): words in the figure's own phrase
("killed", "injured", "a depth of", "the strongest … in") and its dimension, told apart where the fact says
so by the place stated for the figure or by whom it belongs to. Figures are compared only within one story:
articles published within a few days of each other that share their main names and places, and follow-ups that
write out the day of such a story's event ("the Feb. 3, 2023, derailment" in June 2024). Dates are
grouped by the kind of event they date (`event_concepts:`).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from functools import cache

import regex
import yaml

from claimcheck.checks.frames import another_event, article_day, event_nouns, period_days, written_day, yearly_total
from claimcheck.checks.pairs import in_title
from claimcheck.checks.spellings import same_place
from claimcheck.extract.lexicon import FactRow, lexicon
from claimcheck.extract.names import SHORT_NAME_LETTERS, written_short
from claimcheck.extract.phrases import STOP
from claimcheck.extract.story_events import event_ended, event_kind
from claimcheck.extract.words import first_at, stem, words_of
from claimcheck.models import Claim, DateClaim, NameClaim, QuantityClaim, Report
from claimcheck.models.finding import SEVERITY_RANK, Severity
from claimcheck.models.text import clipped
from claimcheck.rules.facts import (
    CHANGE,
    age_holder,
    befallen,
    is_vague,
    kind_form,
    kinds_of_kin_aged,
    quantity_keys,
    sentence_facts,
    unnamed_holder,
)
from claimcheck.rules.facts import facts_of as facts_of
from claimcheck.rules.model import Compare, Rule, Select
from claimcheck.rules.select import RuleIndex, dated_event, terms_of

# Articles of one story are published within this many days of the next one.
STORY_DAYS = 3
# Share of their main names and places two articles must have in common to tell one story.
STORY_LIKENESS = 0.12
# Share of the shorter list of main names and places that two articles must have in common, naming two or more.
STORY_SHARE = 0.2
# Names and places per article that tell its story.
STORY_NOUNS = 15


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40]


def _quantity_rule(key: tuple[str, str, str, str], claims: list[QuantityClaim], story: int) -> Rule:
    fact, dimension, apart, who = key
    row = lexicon().facts[fact]
    select = Select(fact=[fact], unit=None if dimension in ("count", "money", "rate") else dimension)
    if who:
        part = "counted" if who in " ".join(words_of(claims[0].counted or "")) else "sentence"
        select = select.model_copy(update={part: [who]})
    if apart and row.by == "place":
        select = select.model_copy(update={"scope": [apart]})
    elif apart and row.by == "subject" and not any(claim.subject for claim in claims):
        # an age given for no named person ("a 32-year-old man"): the kind of person, in its sentence
        select = select.model_copy(update={"sentence": [apart.split(" from ")[0]]})
    elif apart and row.by == "subject":
        select = select.model_copy(update={"subject": [apart]})
    elif apart and (row.by in ("thing", "whole", "origin") or row.unnamed):  # a sum's: the noun that names it
        select = select.model_copy(update={"sentence": [apart]})
    return Rule(
        id=_slug(f"story{story + 1}-{fact}-{apart}-{who}"),
        title=f"{(row.title or fact).capitalize()}" + "".join(f" ({part})" for part in (apart, who) if part),
        severity="info",
        kind="quantity",
        select=select,
        compare=_compare_of(row),
        description=_examples(claims),
    )


def _compare_of(row: FactRow) -> Compare:
    """How a fact's figures are compared: a fact that changes with the news only within one time frame; one that
    does not (a town's population, a ship's length) across the whole story, whatever days its pages are of."""
    changing = row.changes or row.grows
    return Compare(
        tolerance="written",
        time="same" if changing else "any",
        stories="same" if changing else "any",
        grows=row.grows,
        attributed="off",
    )


def _date_rule(concept: str, claims: list[DateClaim], story: int, ended: bool = False) -> Rule:
    end = "end of the " if ended else ""
    return Rule(
        id=_slug(f"story{story + 1}-date-{end}{concept}"),
        title=f"Date of the {end}{concept}",
        severity="info",
        kind="date",
        select=Select(event_kind=[concept]),
        compare=Compare(tolerance="0"),
        description=_examples(claims),
    )


def _examples(claims: Iterable[Claim]) -> str:
    lines = [f"{c.doc.label}: {clipped(c.sentence, 160)}" for c in list(claims)[:6]]
    return "\n".join(lines)


_PROPER = re.compile(r"\b[A-Z][a-z]{3,}\b")


def _story_nouns(claims: Iterable[Claim]) -> dict[str, set[str]]:
    """Each document's main names and places: the capitalised words it uses most (its title's with each figure,
    a sentence's once, however many figures it holds: a list of victims' ages does not weigh their names many
    times over), but those that only open a sentence, with a person's given names taking no place of their
    own (a person ranks by the last word of the name, and brings the rest of it along), and the place the
    article is from (its dateline or the place it names first)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    places: dict[str, set[str]] = defaultdict(set)
    given: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    read: set[tuple[str, str]] = set()
    for claim in claims:
        opening = claim.sentence.split(maxsplit=1)[0] if claim.sentence.strip() else ""
        sentence = [] if (claim.doc.id, claim.sentence) in read else _PROPER.findall(claim.sentence)
        read.add((claim.doc.id, claim.sentence))
        counts[claim.doc.id].update(w for w in [*sentence, *_PROPER.findall(claim.doc.title)] if w != opening)
        places[claim.doc.id].update(_PROPER.findall(claim.doc.place or ""))
        if isinstance(claim, NameClaim) and len(claim.text.split()) > 1:
            given[claim.doc.id][claim.text.split()[-1]].update(claim.text.split()[:-1])
    return {doc: _main_names(c, given[doc]) | places[doc] for doc, c in counts.items()}


def _main_names(counts: Counter[str], given: dict[str, set[str]]) -> set[str]:
    """The `STORY_NOUNS` words most used, given names left out, with the given names of the surnames among them."""
    left_out = set().union(*given.values()) - set(given)
    ranked = sorted(((w, n) for w, n in counts.items() if w not in left_out), key=lambda kv: (-kv[1], kv[0]))
    top = {w for w, _ in ranked[:STORY_NOUNS]}
    return top.union(*(given[w] for w in top if w in given))


def _alike(a: set[str], b: set[str]) -> bool:
    """Whether two articles' main names and places tell one story: a share of all their names, or two names
    or more that make a share of the shorter list (a short article on the same march)."""
    shared = len(a & b)
    union, shorter = len(a | b), min(len(a), len(b))
    return bool(union) and (shared / union >= STORY_LIKENESS or (shared >= 2 and shared / shorter >= STORY_SHARE))


def stories(claims: list[Claim]) -> dict[str, int]:
    """Document id → story number. Two articles tell one story when they are published within `STORY_DAYS`
    of each other (by the day their text reports from) and share their main names and places; articles
    months or years apart are different stories whatever their words."""
    return _stories(claims, _article_days(claims), _story_nouns(claims))


def _article_days(claims: Iterable[Claim]) -> dict[str, dt.date | None]:
    days: dict[str, dt.date | None] = {}
    for claim in claims:
        days.setdefault(claim.doc.id, article_day(claim))
    return days


def _stories(claims: list[Claim], days: dict[str, dt.date | None], nouns: dict[str, set[str]]) -> dict[str, int]:
    """`stories`, from each document's day (`_article_days`) and main names and places (`_story_nouns`)."""
    docs = sorted(days, key=lambda d: (days[d] or dt.date.min, d))
    parent = {d: d for d in docs}

    def root(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    for i, a in enumerate(docs):
        for b in docs[i + 1 :]:
            if days[a] and days[b] and (days[b] - days[a]).days > STORY_DAYS:  # type: ignore[operator]
                break
            if _alike(nouns.get(a, set()), nouns.get(b, set())):
                parent[root(b)] = root(a)
    for later, earlier in _followed_up(claims, days):
        if _alike(nouns.get(later, set()), nouns.get(earlier, set())):
            parent[root(later)] = root(earlier)
    # Undated articles join a story by their words alone.
    roots = sorted({root(d) for d in docs})
    return {d: roots.index(root(d)) for d in docs}


def claim_stories(claims: list[Claim]) -> dict[str, int]:
    """Claim id → story number: its article's story, but for a figure the text dates to a day of another
    story on the same names and places ("A week earlier, as many as one million people demonstrated" in the
    report of the next week's march): a figure recalled from that story is compared with that story's."""
    days, nouns = _article_days(claims), _story_nouns(claims)
    story = _stories(claims, days, nouns)
    placed = {}
    for claim in claims:
        placed[claim.id] = story[claim.doc.id]
        recalled = _recalled_day(claim)
        if recalled is not None:
            placed[claim.id] = _story_of_day(recalled, claim.doc.id, days, nouns, story)
    return placed


def _recalled_day(claim: Claim) -> dt.date | None:
    """The day the text states for a figure, where it lies more than `STORY_DAYS` from its article's."""
    if not isinstance(claim, QuantityClaim) or not claim.as_of or len(claim.as_of) != 10:
        return None
    day, own = dt.date.fromisoformat(claim.as_of), article_day(claim)
    return day if own is not None and abs((day - own).days) > STORY_DAYS else None


def _story_of_day(
    day: dt.date, doc: str, days: dict[str, dt.date | None], nouns: dict[str, set[str]], story: dict[str, int]
) -> int:
    """The story of the article nearest to `day` (within `STORY_DAYS`) that shares `doc`'s names and places;
    `doc`'s own story where none does."""
    near = [
        (abs((published - day).days), story[other])
        for other, published in days.items()
        if published is not None
        and abs((published - day).days) <= STORY_DAYS
        and story[other] != story[doc]
        and _alike(nouns.get(doc, set()), nouns.get(other, set()))
    ]
    return min(near)[1] if near else story[doc]


def _followed_up(claims: list[Claim], days: dict[str, dt.date | None]) -> list[tuple[str, str]]:
    """(later, earlier) article pairs where the later one writes out the day of its story's event as a day long
    before its own, around the day the earlier one reports from ("the 219 prisoners who broke out on September
    16" in an October article): a follow-up of that story, when it dates no event of that kind near its own day
    (an article on a new earthquake that recalls an old one is a story of its own)."""
    past: dict[str, set[tuple[str, dt.date]]] = defaultdict(set)
    recent: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        own = days.get(claim.doc.id)
        if not isinstance(claim, DateClaim) or own is None or (concept := dated_event(claim)) is None:
            continue
        day = dt.date.fromisoformat(claim.value.date[:10]) if written_day(claim) and claim.value.date else None
        if day is not None and (own - day).days > STORY_DAYS:
            past[claim.doc.id].add((concept, day))
        else:
            recent[claim.doc.id].add(concept)
    pairs: list[tuple[str, str]] = []
    for later, dated in sorted(past.items()):
        for concept, day in sorted(dated):
            if concept in recent[later]:
                continue
            pairs += [(later, d) for d, at in days.items() if at and d != later and abs((at - day).days) <= STORY_DAYS]
    return pairs


def _incident_concepts(claims: list[Claim], story: dict[str, int]) -> dict[str, str]:
    """Date claim id → the kind of event of its story, for a date whose clause names the event only as "the
    incident" ("The incident happened on Thursday, March 8"): the story's event, the kind its other dates
    name most, unless the words before the noun make it another ("a similar incident"); "an event" that is
    still to come is none."""
    kinds: dict[int, Counter[str]] = defaultdict(Counter)
    loose: list[DateClaim] = []
    others: set[tuple[str, str | None]] = set()
    nouns = {"incident": [f"{the} {noun}" for the in ("the", "this") for noun in lexicon().incident_nouns]}
    for claim in claims:
        if isinstance(claim, DateClaim) and claim.value.granularity == "day":
            concept = dated_event(claim)
            if concept:
                kinds[story[claim.id]][concept] += 1
            elif _another_incident(claim.sentence):
                others.add((claim.doc.id, claim.value.date))
            elif _names_the_incident(claim, nouns):
                loose.append(claim)
    return {
        claim.id: kinds[story[claim.id]].most_common(1)[0][0]
        for claim in loose
        if kinds[story[claim.id]] and (claim.doc.id, claim.value.date) not in others
    }


def _story_event_days(claims: Iterable[Claim], story: dict[str, int]) -> dict[int, dt.date]:
    """Story number → the day its dates give its event most often (the day of its theft, crash or spill)."""
    days: dict[int, Counter[str]] = defaultdict(Counter)
    for claim in claims:
        if isinstance(claim, DateClaim) and claim.value.date and dated_event(claim):
            days[story[claim.id]][claim.value.date[:10]] += 1
    return {number: dt.date.fromisoformat(count.most_common(1)[0][0]) for number, count in days.items()}


def _earlier_event(claim: QuantityClaim, row: FactRow, event_day: dt.date | None) -> bool:
    """Whether a figure of a fact that holds once for an event (what a theft took, a quake's magnitude) is stated
    for a time that ended more than `STORY_DAYS` before its story's event ("Last month, thieves stole gold worth
    $700,000 from another museum" in the report of this month's heist): the figure of an earlier event."""
    if not row.once or event_day is None or not claim.as_of:
        return False
    end = period_days(claim.as_of)[1]
    return end is not None and (event_day - end).days > STORY_DAYS


def _names_the_incident(claim: DateClaim, nouns: dict[str, list[str]]) -> bool:
    """Whether a day's clause names the event only as "the incident", before or after it ("The incident
    happened on Thursday") or around it ("the Dec. 13 incident")."""
    return event_kind(claim.sentence, claim.text, nouns) is not None or _dated_incident(claim)


def _dated_incident(claim: DateClaim) -> bool:
    """Whether a day is written inside "the incident" as the noun's own date ("the Friday incident", "the
    Dec. 13, 2022, incident", "this Monday's incident"): the day of the story's event."""
    nouns = "|".join(map(re.escape, lexicon().incident_nouns))
    pattern = rf"\b(?:the|this)\s+{re.escape(claim.text)}(?:'s|’s)?,?\s+(?:{nouns})\b"
    return re.search(pattern, claim.sentence, re.I) is not None


def _another_incident(sentence: str) -> bool:
    """Whether the sentence names an incident or an event as another than the story's ("a similar incident",
    "another incident", "another lightning strike"); "the incident" on that day in its page is that one."""
    return _another_incident_pattern().search(sentence) is not None


@cache
def _another_incident_pattern() -> re.Pattern[str]:
    lex = lexicon()
    names = [*lex.incident_nouns, *(word for words in lex.event_concepts.values() for word in words)]
    markers = "|".join(map(re.escape, lex.other_event_markers))
    nouns = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.compile(rf"\b(?:{markers})\s+(?:[a-z]+\s+)?(?:{nouns})\b", re.I)


def discovered_groups(claims: list[Claim]) -> list[tuple[Rule, list[Claim]]]:
    """(draft rule, its claims) for every fact reported by two documents or more of one story."""
    story = claim_stories(claims)
    listed = _listed_dates(claims)
    quantities: QuantityGroups = defaultdict(list)
    dates: dict[tuple[str, bool, int], list[DateClaim]] = defaultdict(list)
    origins = _origin_parts(claims)
    kinds = _kind_parts(claims) | origins
    after = _list_facts(claims)
    scenes = _scene_parts(claims)
    clauses = _clause_parts(claims)
    echoes = _title_echoes(claims)
    incidents = _incident_concepts(claims, story)
    event_days = _story_event_days(claims, story)
    helped = _helped_parts(claims)
    elsewhere = _named_elsewhere(claims)
    referred = _referred_keys(claims)
    shares = _split_shares(claims)
    sums = _sums_of_parts(claims)
    for claim in claims:
        if isinstance(claim, QuantityClaim) and claim.id not in echoes:
            keys = _listed_keys(claim, kinds.get(claim.id, ""), after.get(claim.id)) or referred.get(claim.id, [])
            for fact, dimension, apart, who in keys:
                if _earlier_event(claim, lexicon().facts[fact], event_days.get(story[claim.id])):
                    continue
                if fact in helped.get(claim.id, ()):
                    continue
                if claim.id in clauses and lexicon().facts[fact].befalls:
                    who = clauses[claim.id]
                part = kinds.get(claim.id, "") or scenes.get(claim.id, "")
                kind = part if lexicon().facts[fact].befalls else ""
                who = origins.get(claim.id, "") if kind and claim.id in origins else who or kind
                who = elsewhere.get(claim.id, shares.get(claim.id, who)) or sums.get((claim.id, fact), "")
                who = who or _period_of_a_standing_fact(claim, lexicon().facts[fact])
                quantities[(fact, dimension, apart, who, story[claim.id])].append(claim)
        elif isinstance(claim, DateClaim) and claim.id not in listed:
            concept = dated_event(claim) or incidents.get(claim.id)
            if concept:  # the day an event ended is compared with the days of its end alone
                dates[(concept, event_ended(claim.sentence, claim.text), story[claim.id])].append(claim)
    groups: list[tuple[Rule, list[Claim]]] = []
    parts = _breakdown_parts(claims)
    joined = _surnames_joined(_superseded_joined(_one_place_joined(_spellings_joined(quantities), parts)))
    joined = _things_joined(joined)
    joined = _short_forms_joined(joined, short_forms(claims))
    named = _named_values(joined)
    kin: dict[tuple[str, str], Values] = defaultdict(set)
    for claim in claims:
        if isinstance(claim, QuantityClaim):
            for kind in kinds_of_kin_aged(claim):
                kin[(claim.doc.id, kind)].add((claim.value.low, claim.value.high))
    for (fact, dimension, apart, who, number), group in sorted(joined.items()):
        group = _unambiguous_holders(fact, group, named.get((fact, number), set()), kin)
        if len(group) >= 2:
            groups.append((_quantity_rule((fact, dimension, apart, who), group, number), list(group)))
    for (concept, ended, number), date_group in sorted(dates.items()):
        if len({c.doc.id for c in date_group}) >= 2:
            groups.append((_date_rule(concept, date_group, number, ended), list(date_group)))
    return groups


Values = set[tuple[float | None, float | None]]

# Ages given for no name further apart than this ratio ("a 34-year-old man", "a 50-year-old man") are taken for two
# people: one outlet's slip in the age of one person is a year or two ("27" and "28", "46" and "48").
UNNAMED_AGES_APART = 1.25


def _named_values(groups: QuantityGroups) -> dict[tuple[str, int], set[tuple[str, float | None, float | None]]]:
    """(fact, story) → the kinds of person and ages the story gives for someone it names or describes ("the lorry
    driver, a 25-year-old man from Northern Ireland": man from northern ireland, 25)."""
    named: dict[tuple[str, int], set[tuple[str, float | None, float | None]]] = defaultdict(set)
    for (fact, _, _, _, story), group in groups.items():
        if lexicon().facts[fact].by == "subject":
            for claim in group:
                holder = age_holder(claim) if claim.subject else ""
                if holder:
                    named[(fact, story)].add((holder, claim.value.low, claim.value.high))
    return named


def _unambiguous_holders(
    fact: str,
    group: list[QuantityClaim],
    named: set[tuple[str, float | None, float | None]],
    kin: dict[tuple[str, str], Values],
) -> list[QuantityClaim]:
    """A group of a fact told apart by whom it belongs to, without its figures given for no named person ("a
    32-year-old man") that are likely another's: the age of someone the story names or describes with that kind of
    person ("a 25-year-old man from Northern Ireland" beside "the lorry driver, a 25-year-old man from Northern
    Ireland"), and all of them where one article gives two ages for that kind of person, or one and another of its
    kin who may be of that kind (`kin`, by article and kind: "a 10-year-old girl and her 12-year-old sister"): it
    speaks of two people, so no article says which its figure is of; where two articles tell of different things
    befalling them ("was arrested", "was charged": two people) or where their ages are too far apart to be one
    person's."""
    if lexicon().facts[fact].by != "subject":
        return group
    group = [c for c in group if c.subject or (unnamed_holder(c), c.value.low, c.value.high) not in named]
    unnamed: dict[tuple[str, str], Values] = defaultdict(set)
    for claim in group:
        if not claim.subject:
            key = (claim.doc.id, unnamed_holder(claim).split(" from ")[0])
            unnamed[key].add((claim.value.low, claim.value.high))
    told = {told for told in (befallen(claim) for claim in group if not claim.subject) if told}
    ends = [end for values in unnamed.values() for value in values for end in value if end]
    if (
        all(len(values | kin.get(key, set())) < 2 for key, values in unnamed.items())
        and not any(a.isdisjoint(b) for a in told for b in told)
        and (not ends or max(ends) <= UNNAMED_AGES_APART * min(ends))
    ):
        return group
    return [claim for claim in group if claim.subject]


# Dates this few characters apart in one sentence are a list (", ", " and "), or the ends of a span.
LIST_GAP = 6


def _listed_dates(claims: list[Claim]) -> set[str]:
    """The ids of dates written in a list of dates ("marches on June 9, June 12 and June 16") or as the
    ends of a span: each dates one of several events, or none of them alone, so none is the event's day. A day
    written again right after itself ("early on Tuesday (March 23)") is one date, not a list."""
    dates = sorted((c for c in claims if isinstance(c, DateClaim)), key=lambda c: (c.doc.id, c.start))
    listed: set[str] = set()
    for a, b in itertools.pairwise(dates):
        if a.value.date == b.value.date:
            continue
        if a.doc.id == b.doc.id and a.sentence == b.sentence and 0 <= b.start - a.end <= LIST_GAP:
            listed.update((a.id, b.id))
    return listed


# (fact, dimension, what tells figures apart, part of the people counted, story) → the figures.
QuantityKey = tuple[str, str, str, str, int]
QuantityGroups = dict[QuantityKey, list[QuantityClaim]]


def _one_place_joined(groups: QuantityGroups, parts: set[str]) -> QuantityGroups:
    """The groups, with the counts of a fact that only one place is named for in a story joined to those
    that name none: "1,240 injured in Marsa" and "1,310 injured" speak of one toll ("inflation in Vessia hit 7.9%"
    and "consumer prices rose 8.4%" of one rate), while figures for
    Gansu and for Qinghai stay apart, and so do those of a place where the story names another for the fact in any
    part of the people it counts ("almost 6,000 homes in Cumbria", "3,100 people in Scotland"). A place's count
    given in a breakdown by place (`parts`: "1,200 in
    Arlo, 300 in Brenn") is that place's part, never joined. A distance from a named point is never joined
    to distances from none. Shares are joined the same way by the whole they are of ("52% of the vote" and
    "52%"), never by another part ("a second fire … is 60% contained")."""

    places: dict[tuple[str, str, int], set[str]] = defaultdict(set)
    for fact, dimension, apart, _, story in groups:
        if apart:
            places[(fact, dimension, story)].add(apart)

    def by_place(key: QuantityKey, group: list[QuantityClaim]) -> bool:
        fact, dimension = key[0], key[1]
        named_part = any(claim.id in parts for claim in group)
        one_place = len(places[(fact, dimension, key[4])]) == 1  # Cumbria's homes, Scotland's people: parts
        return lexicon().facts[fact].by == "place" and dimension != "length" and not named_part and one_place

    joined = _joined(groups, 2, by_place)
    return _joined(
        joined,
        3,
        lambda key, group: (
            key[1] == "ratio"
            and key[3] != CHANGE  # "by 50 basis points to 4.75%": the change is no share of the rate
            and not any(map(another_event, group))
        ),
    )


def _spellings_joined(groups: QuantityGroups) -> QuantityGroups:
    """The groups, with the places of a fact spelled two ways in a story made one ("71 km from Marrakesh",
    "74 km from Marrakech"); the joined group keeps the spelling first in order."""
    places: dict[tuple[str, str, str, int], list[str]] = defaultdict(list)
    for fact, dimension, apart, who, story in sorted(groups):
        if apart and lexicon().facts[fact].by == "place":
            places[(fact, dimension, who, story)].append(apart)
    out: QuantityGroups = defaultdict(list)
    for key, group in groups.items():
        fact, dimension, apart, who, story = key
        spelled = places.get((fact, dimension, who, story), [])
        one = _one_point if dimension == "length" else same_place
        first = next((other for other in spelled if one(other, apart)), apart) if apart else apart
        out[(fact, dimension, first, who, story)].extend(group)
    return {key: list({c.id: c for c in group}.values()) for key, group in out.items()}


def _one_point(a: str, b: str) -> bool:
    """Whether two points a distance is measured from are one: spelled two ways, or one named with a word more
    after it ("40 miles off Fort Pierce", "45 miles east of Fort Pierce Inlet")."""
    if same_place(a, b):
        return True
    wa, wb = a.split(), b.split()
    short, long = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    return bool(short) and len(long) == len(short) + 1 and long[: len(short)] == short


def _things_joined(groups: QuantityGroups) -> QuantityGroups:
    """The groups, with the measures of a thing a story names by a word for any such thing (`generic_things`:
    "the 40-foot vessel") joined to those of the one thing it names by its own noun ("a 25-foot boat"), where
    it names only one."""
    generic = {stem(word) for word in lexicon().generic_things}
    specific: dict[tuple[str, str, str, int], set[str]] = defaultdict(set)
    for fact, dimension, apart, who, story in groups:
        if apart and apart not in generic and lexicon().facts[fact].by == "thing":
            specific[(fact, dimension, who, story)].add(apart)
    out: QuantityGroups = defaultdict(list)
    for key, group in groups.items():
        fact, dimension, apart, who, story = key
        named = specific.get((fact, dimension, who, story), set())
        if apart in generic and len(named) == 1 and lexicon().facts[fact].by == "thing":
            apart = next(iter(named))
        out[(fact, dimension, apart, who, story)].extend(group)
    return {key: list({c.id: c for c in group}.values()) for key, group in out.items()}


def _sums_of_parts(claims: Iterable[Claim]) -> dict[tuple[str, str], str]:
    """(claim id, fact) → "sum of its parts" for a count of a fact that the counts of two of its parts or more on
    the same page add up to exactly ("death toll reaches 47, with 90 injured" where the page gives "32 people in
    critical condition and 58 seriously injured"): the page's sum of those parts, never all the fact counts. A part
    the page gives twice ("Ten were in critical condition … 10 remained in critical condition") is added once."""
    by_document: dict[str, list[tuple[QuantityClaim, set[str]]]] = defaultdict(list)
    for claim in claims:
        if isinstance(claim, QuantityClaim) and claim.unit is None and claim.value.point is not None:
            facts = {key[0] for key in quantity_keys(claim, ()) if key[1] == "count" and not key[3]}
            by_document[claim.doc.id].append((claim, facts))
    found: dict[tuple[str, str], str] = {}
    for counts in by_document.values():
        for claim, facts in counts:
            for fact in facts:
                parts: dict[str, set[float]] = defaultdict(set)
                for other, its in counts:
                    for part in its:
                        if other.id != claim.id and lexicon().facts[part].part_of == fact:
                            parts[part].add(other.value.point or 0.0)
                told = [value for values in parts.values() for value in values]
                if len(told) >= 2 and sum(told) == claim.value.point:
                    found[(claim.id, fact)] = "sum of its parts"
    return found


def _breakdown_parts(claims: Iterable[Claim]) -> set[str]:
    """The ids of the figures given in a breakdown by place: a sentence whose figures name two places or
    more ("1,604 in Al-Arin, 976 in Tessa and one in Bouna")."""
    places: dict[tuple[str, str], set[str]] = defaultdict(set)
    figures: dict[tuple[str, str], list[str]] = defaultdict(list)
    for claim in claims:
        if isinstance(claim, QuantityClaim) and claim.scope:
            key = (claim.doc.id, claim.sentence)
            places[key].add(claim.scope)
            figures[key].append(claim.id)
    return {claim_id for key, ids in figures.items() if len(places[key]) >= 2 for claim_id in ids}


def _superseded_joined(groups: QuantityGroups) -> QuantityGroups:
    """The groups, with a figure that one text of the story gives as an earlier stage ("revising an earlier
    estimate that put the toll at 174", "raising the toll from 129") taken for that stage wherever the story
    repeats it as it stands: a page that still carries a count its story has replaced is behind, not at odds
    with the count that replaced it."""
    earlier = {stem for phrase in lexicon().earlier_words for stem in [" ".join(words_of(phrase))]}
    stages: dict[tuple[str, str, str, int], dict[float, str]] = defaultdict(dict)
    for (fact, dimension, apart, who, story), group in groups.items():
        if " ".join(words_of(who)) in earlier:
            for claim in group:
                figure = _stated_figure(claim)
                if figure is not None:
                    stages[(fact, dimension, apart, story)].setdefault(figure, who)
    out: QuantityGroups = defaultdict(list)
    for key, group in groups.items():
        fact, dimension, apart, who, story = key
        replaced = stages.get((fact, dimension, apart, story), {}) if not who else {}
        for claim in group:
            stage = replaced.get(_stated_figure(claim) or -1.0)
            out[(fact, dimension, apart, stage, story) if stage else key].append(claim)
    return dict(out)


def _stated_figure(claim: QuantityClaim) -> float | None:
    """The number a figure states: its value, or the bound it gives ("at least 174")."""
    value = claim.value
    return value.point if value.point is not None else value.low if value.low is not None else value.high


def _title_echoes(claims: Iterable[Claim]) -> set[str]:
    """The ids of the exact figures a title gives that its own article's body gives with a bound, for one of
    the same facts ("Thirteen people die in Assam" over "At least 13 people … died … in Assam's Golaghat
    district"): a title drops the body's "at least", so the body's figure, with its bound, source and place,
    speaks for both, whatever group its place puts it in."""
    figures = [c for c in claims if isinstance(c, QuantityClaim)]
    titled = [c for c in figures if c.value.single and in_title(c)]
    documents = {c.doc.id for c in titled}
    bounded: set[tuple[str, float | None, str | None, str]] = {
        (c.doc.id, _stated_figure(c), c.unit, fact)
        for c in figures
        if c.doc.id in documents and not c.value.single and not in_title(c)
        for fact in facts_of(c)
    }
    return {c.id for c in titled if any((c.doc.id, _stated_figure(c), c.unit, fact) in bounded for fact in facts_of(c))}


def _listed_keys(
    claim: QuantityClaim, kind: str, listed_after: list[str] | None = None
) -> list[tuple[str, str, str, str]]:
    """A figure's keys; a part of the people listed right after a count that names what befell them takes
    that count's fact ("a ferry carrying 173 passengers and 14 crewmen": the crew were aboard too, whatever
    else its sentence counts); a count listed by kind that names no fact of its own takes what its sentence
    says befell them all ("53 Nepalis, five Indians and four Russians were on board")."""
    keys = quantity_keys(claim, listed_after or ())
    if keys or not kind or is_vague(claim):
        return keys
    return [(fact, "count", "", kind) for fact in sentence_facts(claim)]


# What may stand between a count and the next of its list: its noun and "and" or a comma ("173 passengers and").
_LIST_LINK = regex.compile(r"\s+(?:[\p{L}-]+\s+){1,3}(?:and|,)\s+|\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+,\s+")


# The previous count a figure can refer back to lies at most this many characters before it.
REFERENCE_REACH = 400


@cache
def _referring_opening() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in lexicon().referring_nouns)
    return re.compile(rf"^\s*(?:the|that|this)\s+(?:{nouns})\b(?!\s+of\b)", re.I)


def _referred_keys(claims: Iterable[Claim]) -> dict[str, list[tuple[str, str, str, str]]]:
    """Claim id → the keys of the count a figure refers back to, for a figure that counts nothing named in a
    sentence that opens with a referring noun (`referring_nouns`: "The figure has now been reported by Defra as
    2,617" after "… originally thought around 1,000 birds had died"): that count's fact and people, at the
    figure's own stage, not the earlier one's."""
    out: dict[str, list[tuple[str, str, str, str]]] = {}
    ordered = sorted((c for c in claims if isinstance(c, QuantityClaim)), key=lambda c: (c.doc.id, c.start))
    earlier = set(lexicon().earlier_words)
    for a, b in itertools.pairwise(ordered):
        if not _refers_back(a, b) or quantity_keys(b):
            continue
        keys = [(fact, dim, apart, "" if who in earlier else who) for fact, dim, apart, who in quantity_keys(a)]
        if keys:
            out[b.id] = keys
    return out


def _refers_back(before: QuantityClaim, figure: QuantityClaim) -> bool:
    """Whether a figure's sentence opens with a referring noun and counts nothing else ("The figure … put at
    412"), a sentence after the count of its document just before it, within `REFERENCE_REACH`."""
    counted = (figure.counted or "").lower()
    return (
        before.doc.id == figure.doc.id
        and before.sentence != figure.sentence
        and before.unit is None
        and figure.unit is None
        and (not counted or counted in lexicon().referring_nouns)
        and figure.start - before.end <= REFERENCE_REACH
        and bool(_referring_opening().match(figure.sentence))
        and not _compares(figure)
    )


def _compares(figure: QuantityClaim) -> bool:
    """Whether the words before a figure set it against the count referred to ("The figure compares with 25 at last
    season's derby", "is up from 12", "is double the 20 of"): another count, not the count's new value."""
    at = figure.sentence.find(figure.text)
    phrases = [words_of(word) for word in (*lexicon().comparison_openers, *lexicon().comparing_words)]
    return first_at(words_of(figure.sentence[: max(at, 0)]), phrases) is not None


def _list_facts(claims: Iterable[Claim]) -> dict[str, list[str]]:
    """Claim id → what befell the people of the count listed right before it, for each count so listed: the
    facts of "173 passengers" for "14 crewmen" in "carrying 173 passengers and 14 crewmen"."""
    out: dict[str, list[str]] = {}
    ordered = sorted((c for c in claims if isinstance(c, QuantityClaim)), key=lambda c: (c.doc.id, c.start))
    for a, b in itertools.pairwise(ordered):
        if a.doc.id != b.doc.id or a.sentence != b.sentence or a.unit is not None or b.unit is not None:
            continue
        at = a.sentence.find(a.text)
        link = a.sentence[at + len(a.text) : a.sentence.find(b.text, at + len(a.text))] if at >= 0 else ""
        if link and _LIST_LINK.fullmatch(link):
            facts = [key[0] for key in quantity_keys(a) if lexicon().facts[key[0]].befalls]
            if facts:
                out[b.id] = facts
    return out


def _kind_parts(claims: Iterable[Claim]) -> dict[str, str]:
    """Claim id → the kind of people a count counts, for the counts of a breakdown by kind: a sentence whose
    counts of one fact (or of none) name two kinds or more ("68 passengers and four crew members", "53
    Nepalis, five Indians and four Russians"). Each is that kind's part, compared only with counts of its
    kind; a count of people in general ("72 people, including 15 foreigners") stays the whole, as does a count
    of the part a count includes ("30 miners, including two engineers": the engineers are miners), and counts
    of two facts ("157 dead and 197 injured") are no breakdown."""
    heads: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    facts: dict[tuple[str, str], set[frozenset[str]]] = defaultdict(set)
    lex = lexicon()
    named = [*lex.generic_heads, *lex.thing_nouns, *(word for fact in lex.facts for word in lex.fact_words(fact))]
    not_kinds = set(words_of(" ".join(named)))
    trailers = set(words_of(" ".join(lex.head_trailers)))
    for claim in claims:
        if (
            isinstance(claim, QuantityClaim)
            and claim.unit is None
            and claim.counted
            and not is_vague(claim)
            and not _included(claim)
        ):
            words = list(words_of(claim.counted))
            while len(words) > 1 and words[-1] in trailers:
                words.pop()
            head = [kind_form(word) for word in words[-1:]]
            if head and head[0] not in not_kinds:
                heads[(claim.doc.id, claim.sentence)][claim.id] = head[0]
                facts[(claim.doc.id, claim.sentence)].add(frozenset(key[0] for key in quantity_keys(claim)))
    return {
        i: head
        for sentence, found in heads.items()
        if len(set(found.values())) >= 2 and len(facts[sentence] - {frozenset()}) <= 1
        for i, head in found.items()
    }


def _origin_parts(claims: Iterable[Claim]) -> dict[str, str]:
    """Claim id → where the people a count counts are from, for the counts of a breakdown by origin: a
    sentence whose counts, with no place of their own, each say what they are from or at, two of them or more
    ("kidnapped 187 students from a secondary school and 125 from a primary school"). Each is that origin's
    part, compared only with counts of the same."""
    found: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for claim in claims:
        if isinstance(claim, QuantityClaim) and claim.unit is None and not claim.scope:
            at = claim.sentence.find(claim.text)
            origin = _ORIGIN.match(claim.sentence[at + len(claim.text) :]) if at >= 0 else None
            if origin:
                found[(claim.doc.id, claim.sentence)][claim.id] = origin.group(1).lower()
    return {i: where for parts in found.values() if len(set(parts.values())) >= 2 for i, where in parts.items()}


# What a count is from, right after it and what it counts ("187 students from a secondary school and …"), or after
# the whole it is picked from ("nine of the killed tourists were from Hong Kong and four from Japan").
_ORIGIN = re.compile(
    r"^\s*(?:of\s+(?:the|those)\s+(?:[\w-]+\s+){1,3}?(?:were|are|came)\s+|(?:[\w-]+\s+){0,2}?)(?:from|at)\s+(?:the\s+|a\s+|an\s+)?((?:[\w-]+\s+){0,3}?[\w-]+)(?=\s+(?:and|while|but)\b|\s*[,;.]|$)",
    re.I,
)


def _included(claim: QuantityClaim) -> bool:
    """Whether a count is the part a count before it includes ("including two engineers", "among them 12
    children"), by the words that open its phrase (`part_openers`)."""
    words = claim.phrase.lower().split() if claim.phrase else []
    return any(words[: len(opener.split())] == opener.split() for opener in lexicon().part_openers)


# Counts of one fact in this many clauses of one sentence, set apart by semicolons, are a breakdown.
CLAUSE_PARTS = 3


def _clause_parts(claims: Iterable[Claim]) -> dict[str, str]:
    """Claim id → the circumstance a count is the part of, for the counts of a breakdown by circumstance: a
    sentence whose clauses, set apart by semicolons, each give a count, two of them or more of one thing that
    befell people ("12 were found in their cars; nine died at home; three died while clearing snow"). Each count
    is the part its clause names, compared only with a part worded alike, never with the whole."""
    sentences: dict[tuple[str, str], list[QuantityClaim]] = defaultdict(list)
    for claim in sorted((c for c in claims if isinstance(c, QuantityClaim)), key=lambda c: c.start):
        if claim.unit is None and ";" in claim.sentence:
            sentences[(claim.doc.id, claim.sentence)].append(claim)
    out: dict[str, str] = {}
    for (_, sentence), members in sentences.items():
        parts: dict[str, str] = {}
        befell: dict[str, set[str]] = {}
        at = 0
        for claim in members:
            at = sentence.find(claim.text, at)
            if at < 0:
                break
            start, end = sentence.rfind(";", 0, at) + 1, sentence.find(";", at)
            clause = sentence[start : end if end >= 0 else len(sentence)]
            at += len(claim.text)
            befell.update({claim.id: {k[0] for k in quantity_keys(claim) if lexicon().facts[k[0]].befalls}})
            parts[claim.id] = "in " + " ".join(w for w in words_of(clause) if w not in words_of(claim.text))
        shared = Counter(fact for facts in befell.values() for fact in facts)
        clauses = set(parts.values())
        if len(parts) >= CLAUSE_PARTS and len(clauses) == len(parts) and max(shared.values(), default=0) >= 2:
            out.update(parts)
    return out


@cache
def _scene_pattern() -> re.Pattern[str]:
    """ "in the bar shooting", "at the bowling alley shooting": an event noun after one or two words that name
    where it happened (not the words that only describe it, `event_epithets`)."""
    nouns = "|".join(re.escape(w) for w in sorted(lexicon().event_day_nouns, key=len, reverse=True))
    return re.compile(rf"\b(?:in|at)\s+the\s+((?:[a-z][a-z-]*\s+){{1,2}})(?:{nouns})\b")


def _helped_parts(claims: Iterable[Claim]) -> dict[str, set[str]]:
    """Claim id → the facts of doers (`helper_nouns`) it counts only a part of: a count of the doers whose
    sentence, or the next, counts those who helped them ("two masked thieves used a lift … fleeing with two
    accomplices"): the gang is more than those it counts."""
    helpers = {fact: [words_of(noun) for noun in nouns] for fact, nouns in lexicon().helper_nouns.items()}
    by_doc: dict[str, list[QuantityClaim]] = defaultdict(list)
    for claim in claims:
        if isinstance(claim, QuantityClaim):
            by_doc[claim.doc.id].append(claim)
    out: dict[str, set[str]] = defaultdict(set)
    for figures in by_doc.values():
        sentences = list(dict.fromkeys(c.sentence for c in sorted(figures, key=lambda c: c.start)))
        for fact, nouns in helpers.items():
            helped = {
                sentences.index(c.sentence) for c in figures if first_at(words_of(c.counted or ""), nouns) is not None
            }
            for claim in figures:
                at = sentences.index(claim.sentence)
                if helped & {at, at + 1} and first_at(words_of(claim.counted or ""), nouns) is None:
                    out[claim.id].add(fact)
    return out


def _period_of_a_standing_fact(claim: QuantityClaim, row: FactRow) -> str:
    """The period a figure of a fact that holds whenever it is given (what a seizure took) is the total of ("4,200kg
    was intercepted in the year to March 2020": per year): another total than the story's, compared only with
    totals of such a period. A fact that changes keeps its periods in its time frames."""
    return "" if row.changes or row.grows or not yearly_total(claim) else "per year"


SPLIT_SHARE = "share of a split"


def _split_shares(claims: Iterable[Claim]) -> dict[str, str]:
    """Claim id → a key of its own for each share of a count split in two: the rest (`split_rest_words`: "The other
    five were arrested at a farm") and the count right before it, in the same sentence or the one before that
    holds a figure, of a fact they share ("Officers arrested five men at the depot"). A share is a part, never the
    whole of the split, and whose share it is the words do not say: it is compared with nothing."""
    by_doc: dict[str, list[QuantityClaim]] = defaultdict(list)
    for claim in claims:
        if isinstance(claim, QuantityClaim) and claim.unit is None:
            by_doc[claim.doc.id].append(claim)
    out: dict[str, str] = {}
    for figures in by_doc.values():
        figures.sort(key=lambda c: c.start)
        sentences = list(dict.fromkeys(c.sentence for c in figures))
        for at, rest in enumerate(figures):
            if not at or not _opens_rest(rest):
                continue
            first = figures[at - 1]
            near = sentences.index(rest.sentence) - sentences.index(first.sentence) in (0, 1)
            if near and not _opens_rest(first) and set(facts_of(first)) & set(facts_of(rest)):
                out[first.id] = f"{SPLIT_SHARE} {first.id}"
                out[rest.id] = f"{SPLIT_SHARE} {rest.id}"
    return out


def _opens_rest(claim: QuantityClaim) -> bool:
    """Whether a count is the rest of a split, by the words right before it ("the other five", "the remaining 12")."""
    at = claim.sentence.find(claim.text)
    before = words_of(claim.sentence[: max(at, 0)])
    return any(
        len(words) <= len(before) and before[-len(words) :] == words
        for words in (words_of(phrase) for phrase in lexicon().split_rest_words)
    )


def _scene_parts(claims: Iterable[Claim]) -> dict[str, str]:
    """Claim id → the scene a count is placed at, for the counts of an article that names its event at two
    scenes or more ("seven people died at the bowling alley shooting", "eight died in the bar shooting"):
    each count is that scene's part of the toll, compared only with counts of that scene."""
    epithets = set(lexicon().event_epithets)
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for claim in claims:
        if isinstance(claim, QuantityClaim) and claim.unit is None:
            match = _scene_pattern().search(claim.phrase or "")
            scene = " ".join(match.group(1).split()) if match else ""
            if scene and not set(scene.split()) & epithets:
                found[claim.doc.id][claim.id] = scene
    return {i: scene for parts in found.values() if len(set(parts.values())) >= 2 for i, scene in parts.items()}


# An event named by a name of its own right before its noun, as what did what a count counts ("the Uttarakhand floods
# which killed almost 6,000", "the Lisbon earthquake that claimed 60,000"): the name, then the event's noun.
_NAMED_EVENT = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'-]+\s+){1,3})(?P<event>[a-z]+)\s*,?\s+(?:which|that)\s+(?:had\s+)?"
    r"(?:killed|claimed|left|injured|displaced)\s+(?:\w+\s+){0,2}$"
)


def _named_elsewhere(claims: list[Claim]) -> dict[str, str]:
    """Claim id → "another EVENT" for a count that an event named by a name its story does not use did ("the
    Uttarakhand floods which killed almost 6,000" in the report of a cyclone in Odisha): that event's count, compared
    only with its like. A name is its story's when another page of the story or another sentence of its own page
    uses it: "the Nepal earthquake, which killed 9,000" in a story on Nepal is the story's own."""
    story = stories(claims)
    used: dict[int, Counter[str]] = defaultdict(Counter)
    read: set[tuple[str, str]] = set()
    for claim in claims:
        for text in (claim.sentence, claim.doc.title):
            if (claim.doc.id, text) not in read:
                read.add((claim.doc.id, text))
                used[story[claim.doc.id]].update(set(_PROPER.findall(text)))
    found: dict[str, str] = {}
    for claim in claims:
        if not isinstance(claim, QuantityClaim) or claim.unit is not None:
            continue
        at = claim.sentence.find(claim.text)
        match = _NAMED_EVENT.search(claim.sentence[: max(at, 0)])
        if match is None or stem(match.group("event")) not in event_nouns():
            continue
        name = [word for word in match.group("name").split() if word.lower() not in STOP]  # not "The earthquake"
        if name and all(used[story[claim.doc.id]][word] <= 1 for word in name):
            found[claim.id] = f"another {match.group('event')}"
    return found


def _surnames_joined(groups: QuantityGroups) -> QuantityGroups:
    """The groups of a fact told apart by whom it belongs to, with the names of one person joined: a name whose
    words are all in the fullest name the story gives for them, and in no other full name, is that person
    ("Mendes, 58" and "Carlos Mendes, 61"; "Lai", "Lai Ching-te" and "William Lai Ching-te", whatever the
    order of given name and surname), while "Ahmed Khan, 45" and "Bilal Khan, 19" stay apart (and "Khan, 45"
    with neither). The joined group is keyed by the words all its names share, so that its draft rule selects
    every spelling."""
    names: dict[tuple[str, str, str, int], set[str]] = defaultdict(set)
    for (fact, dimension, apart, who, story), group in groups.items():
        # a kind of person an age is given for ("a 32-year-old man") is no name of anyone
        if lexicon().facts[fact].by == "subject" and apart and any(claim.subject for claim in group):
            names[(fact, dimension, who, story)].add(apart)
    person: dict[tuple[str, str, str, int, str], str] = {}
    for (fact, dimension, who, story), spellings in names.items():
        for name, shared in _one_person(spellings).items():
            person[(fact, dimension, who, story, name)] = shared
    out: QuantityGroups = defaultdict(list)
    for key, group in groups.items():
        fact, dimension, apart, who, story = key
        joined = person.get((fact, dimension, who, story, apart))
        out[(fact, dimension, joined, who, story) if joined else key].extend(group)
    return {key: list({c.id: c for c in group}.values()) for key, group in out.items()}


# A name followed by its short form in brackets: "the Nationalist Movement Party (MHP)".
_SHORT_FORM = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|and|for|the|de|del|du|des|la|le)\s+)*\p{Lu}[\p{L}'’.-]*){1,7})"
    r"\s+\((?P<short>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\)"
)


def short_forms(claims: Iterable[Claim]) -> dict[str, str]:
    """A name (its words, as a key of discovery) → the short form some article of the corpus gives it in
    brackets ("Nationalist Movement Party (MHP)"): one body, whichever of the two an article writes."""
    found: dict[str, set[str]] = defaultdict(set)
    for sentence in sorted({claim.sentence for claim in claims}):
        for match in _SHORT_FORM.finditer(sentence):
            name = list(words_of(match.group("name")))
            while name and name[0] == "the":
                name = name[1:]
            short = " ".join(words_of(match.group("short")))
            if name and short and " ".join(name) != short:
                found[" ".join(name)].add(short)
    return {name: next(iter(shorts)) for name, shorts in found.items() if len(shorts) == 1}


def _short_forms_joined(groups: QuantityGroups, forms: dict[str, str]) -> QuantityGroups:
    """The groups of a fact told apart by whom it belongs to, with a name and its short form joined under the
    short form; a figure of the name is held by the short form, as the article that gives both says."""
    written = {short: short for short in forms.values()}
    for key, group in groups.items():
        for claim in group:
            if claim.subject and " ".join(words_of(claim.subject)) == key[2] in written:
                written[key[2]] = claim.subject  # the short form as an article writes it ("FL", "AK Party")
    out: QuantityGroups = defaultdict(list)
    for key, group in groups.items():
        fact, dimension, apart, who, story = key
        short = forms.get(apart) if lexicon().facts[fact].by == "subject" else None
        if short:
            group = [c.model_copy(update={"subject": written[short]}) for c in group]
        out[(fact, dimension, short, who, story) if short else key].extend(group)
    return {key: list({c.id: c for c in group}.values()) for key, group in out.items()}


def _one_person(spellings: set[str]) -> dict[str, str]:
    """Each name (its words, as a key of discovery) → the words the names of its person share, for the names
    whose words are in exactly one fullest name (a name in no other's words), where that person has two names
    or more. A given name written short is in the name that writes it in full ("Jeff Bush" in "Jeffrey Bush",
    "Alex Novak" in "Alexander Novak"), and the words shared are then the full one's."""
    words = {name: set(name.split()) for name in spellings}
    fullest = [name for name in spellings if not any(_within(name, other) for other in spellings)]
    members: dict[str, list[str]] = defaultdict(list)
    for name in sorted(spellings):
        holders = [full for full in fullest if full == name or _within(name, full)]
        if len(holders) == 1:
            members[holders[0]].append(name)
    out: dict[str, str] = {}
    for full, names in members.items():
        if len(names) > 1:
            kept = [w for w in full.split() if all(w in words[n] or _written_short(w, n) for n in names)]
            out.update((n, " ".join(kept)) for n in names)
    return out


def _written_short(word: str, name: str) -> bool:
    """Whether a name writes a given name short: a word of it, but its last, that is the first letters of `word`."""
    return any(len(w) >= SHORT_NAME_LETTERS and w != word and word.startswith(w) for w in name.split()[:-1])


def _within(name: str, full: str) -> bool:
    """Whether a name is in a fuller one: all its words are among the fuller's, which has more, or it is the
    fuller with a given name written short (`written_short`)."""
    return set(name.split()) < set(full.split()) or written_short(name.split(), full.split())


def _joined(
    groups: QuantityGroups, slot: int, joins: Callable[[QuantityKey, list[QuantityClaim]], bool]
) -> QuantityGroups:
    """The groups, with the one group of a fact that fills key `slot` joined to the group of that fact that
    leaves it empty, where `joins` says the group may be joined so and only one group fills it. The joined
    group keeps the empty key, so that its draft rule selects all of its figures."""

    def emptied(key: QuantityKey) -> QuantityKey:
        parts = list(key)
        parts[slot] = ""
        return (str(parts[0]), str(parts[1]), str(parts[2]), str(parts[3]), key[4])

    named: dict[QuantityKey, int] = defaultdict(int)
    for key in groups:
        if key[slot]:
            named[emptied(key)] += 1
    out: QuantityGroups = defaultdict(list)
    for key, group in groups.items():
        alone = bool(key[slot]) and named.get(emptied(key)) == 1 and emptied(key) in groups and joins(key, group)
        out[emptied(key) if alone else key].extend(group)
    return {key: list({c.id: c for c in group}.values()) for key, group in out.items()}


def draft_rule_file(claims: list[Claim], report: Report | None = None) -> str:
    """A rule file for a person to review: one rule per discovered group, with the sentences behind it, that
    `claimcheck report --rules` runs to the same findings on the same corpus. Each rule selects what its group
    holds: the figures read as its fact (`fact:`), or the days of its kind of event (`event_kind:`), in the
    story's articles (`document:`), leaving out the places stated for figures it would select beyond its group
    (`not_scope:`, `not:`); a rule that still selects another set than its group says so in a comment. Its severity is
    the highest `report` (discovery's) gave a finding of the group, else info."""
    out = [
        "# Draft rules found by `claimcheck discover`. Review, edit, keep what holds. Each rule names the",
        "# articles of its story (`document:`): remove that key to check the fact in articles added later.",
        "",
    ]
    by_document: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_document[claim.doc.id].append(claim)
    found = _severities(report)
    out.append("rules:")
    for rule, group in discovered_groups(claims):
        drafted, note = _drafted(rule, group, by_document, found.get(rule.id, "info"))
        data = drafted.model_dump(
            mode="json", by_alias=True, exclude_none=True, exclude={"description", "source"}, exclude_defaults=True
        )
        data = {"id": drafted.id, "severity": drafted.severity, **data}
        body = yaml.safe_dump([data], sort_keys=False, allow_unicode=True)
        out += [f"  # {line}" for line in [*(rule.description or "").splitlines(), *note]]
        out += ["  " + line for line in body.rstrip().splitlines()]
    return "\n".join(out) + "\n"


def _drafted(
    rule: Rule, group: list[Claim], by_document: dict[str, list[Claim]], severity: Severity
) -> tuple[Rule, list[str]]:
    """`rule` as a draft that selects `group` in the corpus (`by_document`), and what a reviewer must know
    when it selects another set. The place stated for a figure it would select beyond the group is left out
    by `not_scope:` (which reads the article's place too), else by `not:` (the figure's own words), where
    that leaves out none of the group."""
    documents = sorted({c.doc.id for c in group})
    select = rule.select.model_copy(update={"document": documents})
    if rule.select.scope:  # each spelling of the place its figures state ("Rukum", "Rukam")
        stated = sorted({c.scope for c in group if isinstance(c, QuantityClaim) and c.scope})
        select = select.model_copy(update={"scope": stated or rule.select.scope})
    drafted = rule.model_copy(update={"severity": severity, "select": select})
    members = {c.id for c in group}
    selected = {c.id: c for c in _selected(drafted, by_document, documents)}
    kept = members & set(selected)
    places = sorted(
        {c.scope for i, c in selected.items() if i not in members and isinstance(c, QuantityClaim) and c.scope}
    )
    for place in places if rule.kind == "quantity" else []:
        for key in ("not_scope", "not_"):
            keys = drafted.select.model_copy(update={key: [*getattr(drafted.select, key), place]})
            tried = drafted.model_copy(update={"select": keys})
            if kept <= {c.id for c in _selected(tried, by_document, documents)}:
                drafted = tried
                break
    chosen = {c.id for c in _selected(drafted, by_document, documents)}
    note = []
    if chosen - members:
        note.append(f"Also selects {len(chosen - members)} claim(s) discovery did not group here.")
    if members - chosen:
        note.append(f"Leaves out {len(members - chosen)} claim(s) discovery grouped here.")
    return drafted, note


def _selected(rule: Rule, by_document: dict[str, list[Claim]], documents: list[str]) -> list[Claim]:
    """The claims of `documents` that `rule` selects, as a run of the rule selects them."""
    index = RuleIndex([(rule, terms_of(rule, {}))])
    chosen = []
    for document in documents:
        claims = by_document[document]
        chosen += [claims[p] for p in index.select(claims).get(0, [])]
    return chosen


def _severities(report: Report | None) -> dict[str, Severity]:
    """Rule id → the highest severity discovery gave one of its findings."""
    found: dict[str, Severity] = {}
    for finding in report.findings if report else ():
        if SEVERITY_RANK[finding.severity] > SEVERITY_RANK[found.get(finding.rule, "info")]:
            found[finding.rule] = finding.severity
        found.setdefault(finding.rule, finding.severity)
    return found
