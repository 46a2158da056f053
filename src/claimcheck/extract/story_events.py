"""Which event of a story a date dates: the earthquake's day, the crash's day, a protest's day, as the kinds of
event of the lexicon's `event_concepts` name them, and not the day something was said or done about it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, lru_cache

from claimcheck.corpus.metadata import MONTH_NAMES
from claimcheck.extract.lexicon import irregular_past, lexicon
from claimcheck.extract.phrases import STOP
from claimcheck.extract.words import first_at, words_of


def event_kind(sentence: str, date: str, concepts: Mapping[str, list[str]] | None = None) -> str | None:
    """The kind of story event (`event_concepts` of the lexicon) that the date `date` in `sentence` dates, from
    the words of its own clause: the event named before the date ("the quake struck on Monday") or right after
    it ("Friday's crash", which other days of the clause do not change). None when the clause reports ("officials said on Tuesday"), dates something else by
    reference to the event ("rescuers dug on Monday after the quake"), names an event of its own first ("a
    visit to the crash site on Saturday") or holds other dates (a list of days is not one event's day).
    `concepts` reads other kinds of event than the lexicon's (their words by kind). A date that ends on a
    comma and a word of its year ("On September 16, this year the inmates escaped") is read as its day."""
    sentence = _months_blanked(sentence, date)
    restated = _restated_day(sentence, date)
    if restated is not None:  # "early on Tuesday (March 23)": the day before the brackets, in its clause
        return _event_kind(sentence, restated, concepts)
    head, comma, tail = date.partition(",")
    if comma and head.strip() and tail.strip() and not any(ch.isdigit() for ch in tail):
        kind = _event_kind(sentence, date, concepts)
        return kind if kind is not None else _event_kind(sentence, head, concepts)
    return _event_kind(sentence, date, concepts)


def _restated_day(sentence: str, date: str) -> str | None:
    """The day a date in brackets restates, written right before them ("early on Tuesday (March 23)", "on Sunday
    (April 6)"): the bracketed date is that day written out, and dates what it dates. None for a date not in
    brackets, or in brackets after no day."""
    at = sentence.find(date)
    if at < 1 or not sentence[:at].rstrip().endswith("(") or not sentence[at + len(date) :].lstrip().startswith(")"):
        return None
    head = sentence[:at].rstrip()[:-1].rstrip()
    days = list(_DAY_WORDS.finditer(head))
    return days[-1].group() if days and days[-1].end() == len(head) else None


# A month's name after a word that makes it a time (`month_time_words`: "cut jobs by the end of March", "reopen in
# March"): never an event's word ("march"), whatever the lexicon's concepts hold; a name that is an event's own
# ("the Women's March", "the Independence March") is no month.
@cache
def _month_name() -> re.Pattern[str]:
    times = "|".join(re.escape(w) for w in lexicon().month_time_words)
    months = "|".join(name.capitalize() for name in MONTH_NAMES)
    return re.compile(rf"\b(?:{times})(\s+)({months})\b", re.I)


def _months_blanked(sentence: str, date: str) -> str:
    """`sentence` with the month names outside the date itself blanked out, each to as many spaces."""
    at = sentence.find(date)
    end = at + len(date) if at >= 0 else -1

    def blank(match: re.Match[str]) -> str:
        if not match.group(2)[:1].isupper() or (at >= 0 and at <= match.start(2) < end):
            return match.group()
        return match.group()[: match.start(2) - match.start()] + " " * len(match.group(2))

    return _month_name().sub(blank, sentence)


def _event_kind(sentence: str, date: str, concepts: Mapping[str, list[str]] | None) -> str | None:
    if span_end(sentence, date) or reporting_day(sentence, date):
        return None  # "3,500 flights through Saturday", "ANKARA, August 2 - …": no event's day
    if _further_group(sentence[: max(sentence.find(date), 0)]):
        return None  # "Two others … died on Wednesday": those further deaths' day, not the story event's
    clause = _through_places(sentence, _own_clause(sentence, date), date)
    at = clause.find(date)
    following = clause[at + len(date) :]
    possessive = following[:2] in ("'s", "’s")
    following = following[2:] if possessive else following
    # the first two words after it that are no figures ("Monday's 7.8-magnitude tremor")
    before, after = words_of(clause[: max(at, 0)]), tuple(w for w in words_of(following) if not w.isdigit())[:2]
    opens = not words_of(sentence[: max(sentence.find(clause), 0)])
    if before[:1] == ("which",) and before[1:2] and (before[1].endswith("ed") or before[1] in irregular_past()):
        # "The strike, which started on June 5, …": the noun it is set off after, whose own verb follows "which"
        # ("The ceasefire, which the rebels violated on Monday": the rebels' act, not the ceasefire's day)
        before = _set_off_noun(sentence[: max(sentence.find(clause), 0)]) + before
    subject = _set_off_subject(sentence, clause) if not after and set(before) <= _OPENING_WORDS else None
    if not after and set(before) <= _OPENING_WORDS and (opens or subject):  # "On September 19, forces launched …"
        rest = sentence[sentence.find(clause) + len(clause) :]
        if subject:  # what the subject does, not what a clause after tells ("… who said the …", "… after it ran …")
            rest = _CLAUSE_BREAK.split(_clause_opener().split(rest.lstrip(" ,"))[0])[0]
        before = (subject or ()) + words_of(_CLAUSE_BREAK.sub(" ", rest))
    if _state_held(before):
        return None  # "was swept away in the flood and remained missing on Monday": the day the state held
    before, after = _relative_start(_after_span_start(_without_participles(before))), _without_participles(after)
    concepts = lexicon().event_concepts if concepts is None else concepts
    named = _guarded(sentence, concepts)
    right_after = next((concept for concept, phrases in named if first_at(after, phrases) is not None), None)
    if right_after is not None and possessive:  # "Friday's crash": whatever other days the clause holds
        return right_after
    if _names_other_event(before, named):  # "a similar accident took place on Friday when lightning struck"
        return None
    if _other_dates(clause, date):
        return None
    if right_after is not None:  # "Friday's deadly crash", "the Friday crash"
        return right_after
    reports = [k for k, word in enumerate(before) if word in _reporting_words() and not _event_noun(before, k, named)]
    if reports:  # "officials said on Tuesday"; but "he said the talks would resume on March 7" dates the talks
        if _confirmed_object(before[reports[-1] :], named):
            return None  # "which confirmed their kidnapping in a statement on Sunday": the day of the telling
        before = before[reports[-1] + 1 :]
        if not any(first_at(before, phrases) is not None for _, phrases in named):
            return _brought_about(sentence, date, named) if set(before) - _OPENING_WORDS else None
    if first_at(before, _rising_to()) is not None or first_at(after, _rising_to()) == 0:
        return None  # "the toll rose to 41 on Saturday", "the toll in the crash on Friday rose to 41": a count's day
    others = [words_of(w) for w in lexicon().other_events]
    before = _after_cause(before)
    for concept, phrases in named:
        first = first_at(before, phrases)
        if first is not None:
            other = first_at(before, others)
            return None if other is not None and other < first else _widened(concept, before)
    return _brought_about(sentence, date, named) if set(before) - _OPENING_WORDS else None


# The most words a place set off by commas may have ("Enga Province", "East Java", "Nepal").
_PLACE_WORDS = 4
_PLACE = re.compile(rf"^\s*(?:[A-Z][\w'’.-]*\s+){{0,{_PLACE_WORDS - 1}}}[A-Z][\w'’.-]*\s*$")


@lru_cache(maxsize=64)
def _last_word_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern of one of `words` ending a text (with the spaces after it)."""
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\s*$", re.I)


def _through_places(sentence: str, clause: str, date: str) -> str:
    """A date's clause, reaching back through the places set off by commas right before it to the clause they
    place ("the landslide in Mulitaka, Enga Province on 24 May", "in a stampede after a match in Malang regency,
    East Java, on Saturday"): a region or a country after a place is no clause of its own, and the date is of
    what the clause before it tells. The clause as it is where no such place stands before the date."""
    start = sentence.find(clause)
    at = clause.find(date)
    if start < 0 or at < 0:
        return clause
    lead = clause[:at]
    if not _last_word_of(tuple(lexicon().place_day_leads)).search(lead) and not date.lower().startswith(
        ("last ", "this ")
    ):
        return clause  # a caption's "…, Kentucky, September 17, 2019" dates the picture, not what the clause tells
    own = _last_word_of(tuple(lexicon().place_day_prepositions)).sub("", lead.strip()).strip()
    if own and not _PLACE.match(own):
        return clause
    if not sentence[:start].endswith(","):
        return clause  # only a comma sets off a place ("(SEC) on Thursday" is no place's)
    pieces = re.split(r",(?!\d)", sentence[:start])
    pieces.pop()  # the empty piece after the comma that opens the date's clause
    placed = bool(own)
    while len(pieces) > 1 and _PLACE.match(pieces[-1]):
        pieces.pop()
        placed = True
    if not placed or len(pieces) < 1 or not pieces[-1].strip():
        return clause
    head = _CLAUSE_BREAK.split(pieces[-1])[-1]
    if not any(word[:1].isupper() for word in head.split()[-2:]):
        return clause  # the clause before must end on the place the commas go on placing ("in Mulitaka,")
    return sentence[sentence.rfind(head, 0, start) : start + len(clause)]


@cache
def _clause_opener() -> re.Pattern[str]:
    """A word of `clause_openers`, that opens a clause of its own after a subject's verb."""
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, lexicon().clause_openers))})\b", re.I)


def _guarded(sentence: str, concepts: Mapping[str, list[str]]) -> list[tuple[str, list[tuple[str, ...]]]]:
    """The phrases of each kind of event, as `words_of` gives them, that may name their event in `sentence`: a phrase
    of `event_phrase_guards` only with a word of its `needs` in the sentence and none of its `unless`."""
    words = words_of(sentence)
    barred: set[tuple[str, ...]] = set()
    for guard in lexicon().event_phrase_guards:
        needs, unless = [words_of(w) for w in guard.needs], [words_of(w) for w in guard.unless]
        if (needs and first_at(words, needs) is None) or (unless and first_at(words, unless) is not None):
            barred.update(words_of(p) for p in guard.phrases)
    return [(concept, [p for p in map(words_of, names) if p not in barred]) for concept, names in concepts.items()]


def _past_or_copula(word: str) -> bool:
    """Whether `word` is a verb's past ("-ed" or irregular) or a copula: a verb of a clause's own."""
    return word.endswith("ed") or word in irregular_past() or word in _COPULAS


def _set_off_subject(sentence: str, clause: str) -> tuple[str, ...]:
    """The words of the subject a date's clause is set off after, where that subject opens the sentence and has no
    verb ("A jury, on Friday, awarded …", "The company, on Monday, recalled …"): the date is of what the subject does
    in the clause that follows; none where the sentence opens otherwise ("Officials said, on Friday, …")."""
    start = sentence.find(clause)
    head = sentence[:start]
    if not head.rstrip().endswith(",") or _CLAUSE_BREAK.search(head.rstrip()[:-1]):
        return ()
    words = words_of(head)
    if not words or len(words) > EVENT_SUBJECT_WORDS or words[0] not in _NOUN_DETERMINERS:
        return ()
    if any(_past_or_copula(w) or w in _reporting_words() for w in words):
        return ()
    return words


def event_kinds() -> list[str]:
    """Every kind of event a date may give the day of: the lexicon's `event_concepts`, each also widened."""
    return sorted([*lexicon().event_concepts, *(f"{concept} widened" for concept in lexicon().event_concepts)])


def _widened(concept: str, before: tuple[str, ...]) -> str:
    """The kind of event a date's clause names, as its widening when a word of `widening_words` stands in it ("the
    recall was expanded on July 30", "the ceasefire was extended on Monday"): a later stage, with a day of its own."""
    return f"{concept} widened" if set(before) & set(lexicon().widening_words) else concept


_POSSESSIVES = frozenset(("its", "their", "his", "her", "our"))
_NOUN_DETERMINERS = frozenset(("the", "a", "an", "this", "that")) | _POSSESSIVES


def _event_noun(words: tuple[str, ...], k: int, named: list[tuple[str, list[tuple[str, ...]]]]) -> bool:
    """Whether the word at `k`, one of a verb of saying, is the noun of an event after a determiner ("the
    recall of the salmon was issued on Monday", not "the firm recalled on Monday that …"), or opens a phrase of an
    event's own ("the firm recalled its frozen peas on Monday")."""
    if any(first_at(words[k:], phrases) == 0 for _, phrases in named):
        return True
    if k == 0 or words[k - 1] not in _NOUN_DETERMINERS:
        return False
    return any(0 in (first_at(words[k:], phrases), first_at(words[k - 1 :], phrases)) for _, phrases in named)


def _confirmed_object(words: tuple[str, ...], named: list[tuple[str, list[tuple[str, ...]]]]) -> bool:
    """Whether `words`, from a verb of `confirming_verbs` up to a date, give an event as the verb's object, with no
    verb of its own after it ("confirmed their kidnapping in a statement", "reported the shooting"; not "confirmed
    the quake struck", where a clause tells the event, nor "reported an eruption", news of the event itself). Only an
    event known already, after "the" or a possessive, is told of."""
    if not words or words[0] not in lexicon().confirming_verbs:
        return False
    rest = words[1:]
    if not rest or rest[0] not in _POSSESSIVES | {"the"}:
        return False
    rest = rest[1:]
    lengths = [len(phrase) for _, phrases in named for phrase in phrases if rest[: len(phrase)] == phrase]
    if not lengths:
        return False
    after = rest[max(lengths) :]
    return not any(_past_or_copula(word) for word in after)


# How many words before a date a word of a state that held on it (`state_held_words`) may stand.
_STATE_REACH = 4


def _state_held(before: tuple[str, ...]) -> bool:
    """Whether the words right before a date tell of a state that still held on that day (`state_held_words`:
    "remained missing on Monday", "stayed closed on Thursday", "was still in hospital on Friday"): the day is
    the state's, not that of the event the clause names before it."""
    window = before[-_STATE_REACH:]
    if set(window) & set(lexicon().state_held_words):
        return True
    # "was still in hospital on Friday"; not "collapsed with 12 miners still inside on Sunday"
    first = len(before) - len(window)
    return any(before[k] == "still" and k > 0 and before[k - 1] in _COPULAS for k in range(first, len(before)))


_COPULAS = frozenset({"was", "were", "is", "are", "been", "be"})


def _names_other_event(before: tuple[str, ...], named: list[tuple[str, list[tuple[str, ...]]]]) -> bool:
    """Whether the words of a date's clause before it name an event, or an incident, after a word that makes it
    another than the story's (`other_event_markers`: "a similar accident took place on Friday", "another quake
    struck on Monday", "a separate deadly fire"): the day is that other event's, whatever the rest of the clause
    names."""
    names = [phrase for _, phrases in named for phrase in phrases] + [words_of(w) for w in lexicon().incident_nouns]
    for marker in (words_of(w) for w in lexicon().other_event_markers):
        for k in range(len(before) - len(marker) + 1):
            at = first_at(before[k + len(marker) :], names) if before[k : k + len(marker)] == marker else None
            if at is not None and at <= 1:  # "another deadly quake": one word may stand between
                return True
    return False


# How far after a participle of bringing about the event it names may come ("causing a major spill").
_BROUGHT_REACH = 3


def _brought_about(sentence: str, date: str, named: list[tuple[str, list[tuple[str, ...]]]]) -> str | None:
    """The kind of event a participle of bringing about (`brought_about_participles`) names in a clause after the
    date's, with no other day between ("a tanker was unloading fuel on Sunday when waves pushed it, causing a
    spill"): what the happening of that day brought about."""
    words = brought_about_words(sentence, date)
    return next((concept for concept, phrases in named if first_at(words, phrases) is not None), None)


def brought_about_words(sentence: str, date: str) -> tuple[str, ...]:
    """The first words after a participle of bringing about that opens a clause after the date's, with no other
    day between ("…, causing a spill": "a", "spill"); none where there is no such clause."""
    at = sentence.find(date)
    rest = sentence[at + len(date) :] if at >= 0 else ""
    match = _consequence_pattern().search(rest)
    if match is None or _DAY_WORDS.search(rest[: match.start()]):
        return ()
    return words_of(_CLAUSE_BREAK.split(rest[match.end() :])[0])[:_BROUGHT_REACH]


@cache
def _consequence_pattern() -> re.Pattern[str]:
    """A comma and a participle of bringing about that opens a clause ("…, causing a spill")."""
    verbs = "|".join(re.escape(w) for w in sorted(lexicon().brought_about_participles, key=len, reverse=True))
    return re.compile(rf",\s+(?:{verbs})\b", re.I)


def _after_cause(before: tuple[str, ...]) -> tuple[str, ...]:
    """The words after the last verb by which one event brings about another (`bringing_about_verbs`: "a derailment
    prompted evacuation orders Saturday", "the storm triggered a landslide on Tuesday"): the date is the day of
    what was brought about."""
    causes = [words_of(w) for w in lexicon().bringing_about_verbs]
    ends = [k + len(c) for c in causes for k in range(len(before) - len(c) + 1) if before[k : k + len(c)] == c]
    return before[max(ends) :] if ends else before


def _after_span_start(before: tuple[str, ...]) -> tuple[str, ...]:
    """The words before a date from the last that opens a span on ("since"): what comes before it has lasted
    from that day on ("the largest march since the war began on Oct. 7") and is not the day's event."""
    starts = [words_of(w) for w in lexicon().span_start_words]
    for k in range(len(before) - 1, -1, -1):
        opened = [len(start) for start in starts if before[k : k + len(start)] == tuple(start)]
        if opened:
            return before[k + max(opened) :]
    return before


@cache
def _further_group_pattern() -> re.Pattern[str]:
    lex = lexicon()
    numbers = "|".join(re.escape(w) for w in sorted(lex.number_words, key=len, reverse=True))
    further = "|".join(re.escape(w) for w in lex.further_group_words)
    leads = "|".join(re.escape(w) for w in lex.further_group_leads)
    return re.compile(
        rf"(?<!\bwith )\b(?:\d[\d,]*|{numbers})\s+(?:{further})\b|\b(?:{leads})\s+(?:\d[\d,]*|{numbers})\b", re.I
    )


def _further_group(head: str) -> bool:
    """Whether the words before a date count a group beyond those told before (`further_group_words`: "Two
    others, a Briton and an Algerian, died on", "three more people died on"; `further_group_leads`: "A further 186
    died"): the day is of those further ones, unless an event's noun stands between ("13 more remain missing in
    the fire that razed a factory on Wednesday" dates the fire)."""
    found = list(_further_group_pattern().finditer(head))
    if not found:
        return False
    nouns = {w for noun in lexicon().event_day_nouns for w in words_of(noun)}
    return not nouns & set(words_of(head[found[-1].end() :]))


# Words of the noun a relative clause of a start tells of ("a tense stand-off that began on"): its last two.
_START_NOUN_WORDS = 2


def _set_off_noun(head: str) -> tuple[str, ...]:
    """The last words of the clause before a relative clause set off by commas ("The strike, which started on
    June 5": "the strike"), up to `_START_NOUN_WORDS`."""
    return words_of(_CLAUSE_BREAK.split(head.rstrip(" ,"))[-1])[-_START_NOUN_WORDS:]


def _relative_start(before: tuple[str, ...]) -> tuple[str, ...]:
    """The words before a date from the noun of a relative clause that ends right before it and tells when that
    noun's event began (`relative_start_verbs`: "29 died in a stand-off that began on Wednesday", "a fire that
    started on Friday"): the day is that noun's start, not the day of what the sentence tells before it."""
    verbs = [words_of(w) for w in lexicon().relative_start_verbs]
    words = _without_day_leads(before)
    for verb in verbs:
        k = len(words) - len(verb)
        if k >= 2 and tuple(words[k:]) == verb and words[k - 1] in ("that", "which"):
            return before[max(0, k - 1 - _START_NOUN_WORDS) :]
    return before


# How many words before a day, past the words that lead to it ("late on"), a word of an event's end may stand
# ("ended their hunger strike Saturday", "extinguished the warehouse blaze on Thursday").
_END_REACH = 6


def event_ended(sentence: str, date: str) -> bool:
    """Whether `date` is the day the event its clause names ended (`event_end_words` right before it: "the
    prisoners ended their hunger strike on Saturday", "the siege was lifted on Monday"), not the day it began or
    happened; a relative clause of its start between ("ended the strike that began on April 17") dates the
    start, and so does a verb of its happening after the end's word ("talks to end the strike began on Monday")."""
    clause = _own_clause(sentence, date)
    words = _without_day_leads(_relative_start(words_of(clause[: max(clause.find(date), 0)])))
    window = tuple(words[-_END_REACH:])
    for end, size in _end_words_at(window):
        after = window[end + size :]
        if (end and window[end - 1] == "the") or after[:1] in (("of",), ("up",)):
            continue  # "at the end of the day", "the dead-end road", "voters ended up choosing him"
        return first_at(after, _happening_verbs()) is None
    return False


def _end_words_at(words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where each of `event_end_words` stands in `words`, and how many words it has, in the order they stand."""
    return sorted(
        (k, len(end))
        for end in _end_words()
        for k in range(len(words) - len(end) + 1)
        if words[k : k + len(end)] == end
    )


def _without_day_leads(words: tuple[str, ...]) -> list[str]:
    """`words` without the words that lead to a day at their end ("late on", "last")."""
    kept = list(words)
    while kept and kept[-1] in _DAY_LEADS:
        kept.pop()
    return kept


@cache
def _happening_verbs() -> list[tuple[str, ...]]:
    return [words_of(w) for w in (*lexicon().event_day_verbs, *lexicon().relative_start_verbs)]


@cache
def _end_words() -> list[tuple[str, ...]]:
    return [words_of(w) for w in lexicon().event_end_words]


def other_event_day(sentence: str, date: str) -> bool:
    """Whether the date's own clause names an event of its own before the story's event ("a visit to the crash
    site on Saturday", "Men look at the site of the stampede on July 3"): the day is that event's, or the
    moment a picture shows, not the story event's."""
    clause = _own_clause(sentence, date)
    before = words_of(clause[: max(clause.find(date), 0)])
    other = first_at(before, [words_of(w) for w in lexicon().other_events])
    if other is None:
        return False
    named = (first_at(before, [words_of(w) for w in names]) for names in lexicon().event_concepts.values())
    return any(first is not None and other < first for first in named)


# The most words the subject of an event clause may have ("after the mine's old roof collapsed on Monday"): further
# off, the verb is as often another clause's ("after the company said its sales hit a record on Monday").
EVENT_SUBJECT_WORDS = 4


@cache
def event_clause_pattern() -> re.Pattern[str]:
    """A clause that tells the story's event after "after", "following", "when" or "since" with a past verb of
    `event_clause_verbs`, up to a day at its end ("after a dam collapsed which flooded 13 villages last Monday",
    "when a bus veered off the road and toppled down a hill Wednesday", "rescued since it collapsed Wednesday"):
    that day is the event's."""
    past = "|".join(re.escape(w) for w in sorted(lexicon().event_clause_verbs, key=len, reverse=True))
    opener = "after|following|when|since"  # the innermost clause tells the event: "after 39 died when it collapsed"
    return re.compile(
        rf"\b(?:{opener})\s+(?:(?!(?:{opener})\b)[\w’'-]+\s+){{1,{EVENT_SUBJECT_WORDS}}}?(?:{past})\b[^.;,\d]{{0,80}}?"
        rf"(?:\b(?:on|last|this|early|late)\s+)?$",
        re.I,
    )


def in_event_clause(sentence: str, date: str) -> bool:
    """Whether `date` ends a clause of `sentence` that tells the event (`event_clause_pattern`)."""
    at = sentence.find(date)
    return at >= 0 and event_clause_pattern().search(sentence[:at]) is not None


# Words that may open a sentence with its date ("But on September 19, …"), the event coming after.
_OPENING_WORDS = frozenset(["but", "and", "on", "in", "at", "by", "early", "late", "then", "so", "yet", "also"])
_DAY_WORDS = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\s+\d{1,2}|\d{1,2}\s+(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.\s*\d{1,2})\b",
    re.I,
)
_CLAUSE_BREAK = re.compile(r",(?!\d)|[;()]|:(?!\d)|\s[-–—]\s")


@cache
def _relative_event() -> re.Pattern[str]:
    """The space before the noun a relative clause tells of whose verb tells the story's event
    (`event_clause_verbs`): "a 25-foot| boat that capsized off the coast on Saturday" is a clause of its own."""
    verbs = "|".join(re.escape(w) for w in sorted(lexicon().event_clause_verbs, key=len, reverse=True))
    return re.compile(rf"\s(?=[\w-]+\s+(?:that|which|who)\s+(?:{verbs})\b)")


def _other_dates(clause: str, date: str) -> bool:
    return any(m.group().strip() and m.group().strip() not in date for m in _DAY_WORDS.finditer(clause))


def _without_participles(words: tuple[str, ...]) -> tuple[str, ...]:
    """Words without the past participles an article or a count makes adjectives of ("rescued a man from a
    capsized vessel on Tuesday", "the derailed train", "two convicted murderers who escaped three weeks ago"):
    they name a thing or people, not the event the day is of."""
    return tuple("" if word.endswith("ed") and _adjective(words, k) else word for k, word in enumerate(words))


def _adjective(words: tuple[str, ...], k: int) -> bool:
    """Whether the past participle words[k] is an adjective: after an article ("the derailed train"), or after a
    count and before the noun it describes ("two convicted murderers"; not "17 kidnapped on Saturday", "two died
    in the crash", where the count is whom the verb befell)."""
    if k == 0:
        return False
    lead = words[k - 1]
    if lead in ("a", "an", "the"):
        return True
    counted = lead.isdigit() or lead in lexicon().number_words
    return counted and k + 1 < len(words) and words[k + 1] not in STOP and not words[k + 1].isdigit()


def _own_clause(sentence: str, date: str) -> str:
    """The clause of `sentence` that holds `date` (between commas, semicolons or dashes; a relative clause whose
    verb tells the event, "… people who were on a boat that capsized off the coast on Saturday", is one too)."""
    at = sentence.find(date)
    if at < 0:
        return ""
    breaks = [*_CLAUSE_BREAK.finditer(sentence), *_relative_event().finditer(sentence)]
    cuts = [0] + [m.end() for m in breaks] + [len(sentence) + 1]
    start = max(c for c in cuts if c <= at)
    end = min(c for c in cuts if c > at + len(date) - 1)
    return sentence[start : end - 1]


@cache
def _rising_to() -> list[tuple[str, ...]]:
    """The words of a count rising to a figure ("rose to", "climbed to"): a day in their clause is the count's."""
    return [words_of(phrase) for phrase in lexicon().rising_count_words if phrase.endswith(" to")]


def count_day(sentence: str, date: str) -> bool:
    """Whether `date` is the day a count rose to its figure, after the words of its rising in its own clause
    ("the death toll … rose to 15 on Tuesday", "jumped to 39 on Thursday"): the count's day, no event's."""
    clause = _own_clause(sentence, date)
    at = clause.find(date)
    return at > 0 and first_at(words_of(clause[:at]), _rising_to()) is not None


def reporting_day(sentence: str, date: str) -> bool:
    """Whether `date` in `sentence` is the day something was said or reported ("officials said on Tuesday",
    "local media reported on Saturday that …"): a reporting word right before it ("residents said the fire
    broke out on Saturday" gives the fire's day)."""
    if dateline_day(sentence, date):
        return True
    clause = _own_clause(sentence, date)
    at = clause.find(date)
    before = _without_day_leads(words_of(clause[: max(at, 0)]))
    return bool(before) and before[-1] in _reporting_words()


# A dateline: the place a report was filed from and its day, opening the text ("ANKARA, August 2 - …", "Lagos,
# March 3 (Reuters) -", "SAN JUAN, Puerto Rico, Sept. 21 -").
_DATELINE_PLACE = re.compile(r"^\s*(?:[A-Z][\w'’.-]*,?\s+){0,4}[A-Z][\w'’.-]*,\s*$")
_DATELINE_END = re.compile(r"^\s*(?:[-–—]|\()")


def dateline_day(sentence: str, date: str) -> bool:
    """Whether `date` is a dateline's day: the day of the report, not of what it tells."""
    at = sentence.find(date)
    return (
        at > 0 and bool(_DATELINE_PLACE.match(sentence[:at])) and bool(_DATELINE_END.match(sentence[at + len(date) :]))
    )


def span_end(sentence: str, date: str) -> bool:
    """Whether `date` ends a span ("cancelled 3,500 flights through Saturday", "closed until June 4"): the last
    day a count or a state runs to, not the day of an event."""
    at = sentence.find(date)
    before = words_of(sentence[: max(at, 0)])
    ends = [words_of(w) for w in lexicon().span_end_words]
    return at > 0 and any(len(before) >= len(end) and before[len(before) - len(end) :] == end for end in ends)


# Words between a verb and the day it is done on ("said on Tuesday", "reported late Monday").
_DAY_LEADS = frozenset(["on", "late", "early", "last", "this"])


@cache
def _reporting_words() -> frozenset[str]:
    words = [*lexicon().speech_verbs, "reported", "reports", "according"]
    events = {w for phrase in lexicon().event_day_verbs for w in words_of(phrase)}  # "the truce began": no report
    return frozenset(w for phrase in words for w in words_of(phrase)) - events
