"""Who a figure is attributed to, and the time frame it is given for."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from functools import cache, lru_cache

from claimcheck.extract.context import SentenceView
from claimcheck.extract.dates import DateMention, looks_back_from
from claimcheck.extract.lexicon import alternatives, lexicon
from claimcheck.extract.periods import year_parts
from claimcheck.extract.phrases import _words, event_words
from claimcheck.extract.story_events import event_clause_pattern

_TIME_PHRASE = re.compile(
    r"\b(so far|to date|by (?:the end of (?:the )?(?:year|month|week|day)|now|then|midday|noon|(?:this|that) "
    r"(?:morning|afternoon|evening|time))|within the (?:last|past) [a-z]+ [a-z]+|"
    r"in the (?:last|past) [a-z]+ [a-z]+|before the [a-z]+(?: [a-z]+){0,3}|"
    # "as of" takes a determiner's whole phrase when a comma or a full stop closes it ("As of the latest update, 5,000 …").
    r"as of (?:(?:the|its|their|this|that) )?[a-z]+(?: [a-z]+){0,2}(?=\s*(?:[,.;]|$))|"
    r"as of (?:(?:the|its|their|this|that) )?[a-z]+|"
    r"at the end of the [a-z-]+(?: [a-z]+){0,2})\b",
    re.I,
)

_COUNTED_SHARE = re.compile(
    r"\b(?:with\s+)?(?:almost\s+|nearly\s+|about\s+|over\s+|more than\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per cent)\s+of\s+"
    r"(?:the\s+)?(?:precincts|polling stations|votes|ballots|the vote|districts|constituencies)\s+"
    r"(?:reporting|counted|in|tallied|declared)\b",
    re.I,
)


# Words every match of `_TIME_PHRASE` and `_COUNTED_SHARE` holds, in lower case.
_TIME_NEEDLES = (
    "so far",
    "to date",
    "by the end of ",
    "by now",
    "by then",
    "by midday",
    "by noon",
    "by this ",
    "by that ",
    "within the last ",
    "within the past ",
    "in the last ",
    "in the past ",
    "before the ",
    "as of ",
    "at the end of the ",
)
_SHARE_NEEDLES = ("%", "percent", "per cent")
# The only letters outside ASCII that a case-blind pattern of ASCII words matches and `str.lower` does not
# turn into that ASCII letter alone: capital I with a dot, dotless i and long s.
_FOLDED_APART = ("\u0130", "\u0131", "\u017f")


def _may_hold(text: str, needles: tuple[str, ...]) -> bool:
    """False only when no case-blind pattern that needs one of `needles` (lower-case ASCII) can match `text`:
    a substring test is far cheaper than running such a pattern over every sentence."""
    return _needle_pattern(needles).search(text.lower()) is not None or any(c in text for c in _FOLDED_APART)


@lru_cache(maxsize=16)
def _needle_pattern(needles: tuple[str, ...]) -> re.Pattern[str]:
    """Any of `needles`, as one search of the text instead of one substring test for each."""
    return re.compile("|".join(re.escape(needle) for needle in needles))


@lru_cache(maxsize=1)
def _partial_needles() -> tuple[str, ...]:
    return tuple(w.lower() for w in lexicon().partial_frames)


@lru_cache(maxsize=1)
def _partial_phrase() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(lexicon().partial_frames, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.I)


_PHRASES = "|".join(re.escape(p) for p in sorted(lexicon().attribution_phrases, key=len, reverse=True))
# A source runs to the next punctuation, but through the dots of initials ("the U.S. Geological Survey").
# Each source pattern opens with a lookahead for the letters its matches can start with: the same matches,
# but most places in a sentence are passed over at once.
_PHRASE_INITIALS = "".join(sorted({re.escape(p[0]) for p in lexicon().attribution_phrases}))
_SOURCE_AFTER = re.compile(
    rf"(?=[{_PHRASE_INITIALS}])\b(?:{_PHRASES})\s+(?P<src>(?:[^,.;:()\"]|(?<=\b(?-i:[A-Z]))\.(?=(?-i:[A-Z ]))){{2,80}})",
    re.I,
)
# An institution: a plural body, or "the" and a few words that end on no determiner ("the breach exposed the
# records of …" is no source: "records" there is a noun).
_INSTITUTIONS = (
    r"police|officials|organi[sz]ers|authorities|unions|rescuers|witnesses|residents|doctors|"
    r"the(?:\s+(?!(?:the|a|an|its|their|his|her)\s)[a-z][a-z'’-]*[a-z]['’]?){1,3}"
)
# A verb that reports only with "at" and a figure after it in its clause ("put the crowd at about 40,000").
_AT_FIGURE = r"(?=[^,;:]{0,80}?\bat\s+(?:[a-z]+\s+){0,2}[$€£]?\d)"
_SAID_WORDS = ["said", "says", "told", "announced", "confirmed", "stated", "claimed", "revealed", "speaks of"]
# A verb of measuring with its figure right after it says what its subject measures, not who measured it ("the
# earthquake measured 5.7", "the fish measured about 2 metres").
_NO_FIGURE_NEXT = r"(?!\s+(?:[a-z]+\s+)?[$€£]?\d)"
_SAID = "|".join(
    [
        re.escape(verb)
        for verb in _SAID_WORDS + lexicon().estimate_verbs
        if verb not in lexicon().at_estimate_verbs and verb not in lexicon().scale_verbs
    ]
    + [rf"{re.escape(verb)}\b{_AT_FIGURE}" for verb in lexicon().at_estimate_verbs]
    + [rf"{re.escape(verb)}\b{_NO_FIGURE_NEXT}" for verb in lexicon().estimate_verbs if verb in lexicon().scale_verbs]
)
# "claimed 453 lives", "claimed the lives of 61 people": a toll, not a report.
_LIVES_TAKEN = r"\s+(?:the\s+lives\b|(?:\S+\s+){0,2}lives\b)"
# The initials a name gives itself in brackets: "the Civil Defence Agency (CDA) said".
_ACRONYM = r"(?:\s+\((?-i:[A-Z][A-Za-z.&]{1,9})\))?"
# A day between who reports and the verb: "The ministry on Thursday said", "the army yesterday announced".
_DAY_BETWEEN = (
    r"(?:\s+(?:on\s+)?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\s+(?-i:yesterday|today))?"
)
# A name, "the", a name's body ("Pakistan's military"), or an institution below, with the place it is in
# ("Officials in Kyiv said": the officials, not Kyiv).
_SOURCE_SAID = re.compile(
    rf"(?=[A-Zadoprtuw])(?P<src>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’.-]*){{0,6}}{_ACRONYM}"
    rf"(?<![’'])(?:['’]s(?:\s+(?-i:[a-z][a-z-]*[a-z])){{1,3}})?"
    rf"|(?i:{_INSTITUTIONS})(?:\s+(?:in|at|from)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){{0,2}})?)"
    rf"{_DAY_BETWEEN}(?:\s+(?:has|have|had))?\s+(?:{_SAID})\b(?!{_LIVES_TAKEN})"
)
# A name set off by commas right before the verb, after another that names the same one ("Director General of
# ISPR, Lieutenant General Ahmed Chaudhry, confirmed that …", "The mayor, Ana Ruiz, said"): the name is the source.
_SOURCE_SET_OFF = re.compile(
    rf",\s+(?P<src>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{1,6}}),\s+(?:(?:has|have|had)\s+)?(?:{_SAID})\b(?!{_LIVES_TAKEN})"
)
# "…, said the health ministry.": who said it, after the verb; words with a figure are what was said ("said the toll
# reached 61"), no one's name.
_SOURCE_SAID_AFTER = re.compile(
    r"\b(?:said|says|according to)\s+(?P<src>(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,4}"
    r"|the\s+[a-z](?:[^\W\d]|[ -]){2,60}?(?:\s+[A-Z][\w'.-]*)*)(?=[,.;:]|$)"
)
# The subject of a sentence that reports with a participle: "The city police has since given a lower figure,
# saying there were 338,000 protesters".
_SOURCE_SAYING = re.compile(
    r"^(?P<src>(?:[Tt]he\s+)?(?:[A-Z][\w'.-]*\s+){0,4}[A-Za-z][\w'.-]*(?:\s+[a-z][\w'.-]*)?)\s+(?:(?:has|have|had)\s+)?"
    r"(?:(?:since|also|later)\s+)?[a-z]+(?:ed|en)\b[^;:]*?,\s+saying\b"
)
# The subject of a sentence with an apposition or a clause between it and its verb: "Ana Ruiz, a police
# spokeswoman, said …", "The U.N. migration agency, known as IOM, estimated …".
_SOURCE_APPOSED = re.compile(
    r"^(?P<src>(?:[Tt]he\s+)?(?:[A-Z][\w'.-]*\s+){0,4}[A-Za-z][\w'.-]*(?:\s+[a-z][\w'.-]*){0,2})"
    rf"\s*,\s*[^,;:]{{2,60}}?,\s+(?:(?:has|have|had)\s+)?(?:{_SAID})\b"
)
# The agent of a passive report: "Damage was estimated at $1.4 billion by the state's emergency agency", and
# in a figure's own phrase "… and at 120,000 by organisers"; not the agent of the clause a report opens ("it is
# estimated that 60 houses were covered by the landslide").
_SOURCE_BY = re.compile(
    rf"(?:\b(?:was|were|is|are|been|being)\s+(?:{_SAID})\b|^\s*(?:and\s+)?at\b)(?:(?!\bthat\b)[^;:\"]){{0,60}}?\bby\s+"
    r"(?P<src>(?:the\s+)?(?:(?:[A-Z]\.){2,}|[A-Za-z][\w'’-]*)(?:\s+(?:(?:[A-Z]\.){2,}|[\w'’-]+)){0,4}?)"
    r"(?=\s+(?:on|in|at|after|before|during|as|with|from|and)\b|[,.;:]|$)"
)
# Who gave the figure a participle's noun or clause holds: "the 162 deaths reported by West Java Governor Ridwan
# Kamil", "figures compiled by Reuters show", "the 240 cases reported by the regional health office.".
_SOURCE_PARTICIPLE_BY = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, lexicon().report_participles))})\s+by\s+"
    r"(?P<src>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’.-]*){0,6}"
    r"|the\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?"
    r"(?=\s+(?:on|in|at|after|before|during|as|with|from|and|last|this|earlier)\b|[,.;:]|$))"
)
# A passive verb's subject is what was reported, not who reported it: "the Keys was estimated at".
_PASSIVE_END = _words("was were is are be been being")
# Every source pattern needs one of these words: a sentence without them is passed over.
_SOURCE_NEEDLES = (
    tuple(p.lower() for p in lexicon().attribution_phrases)
    + tuple(_SAID_WORDS + lexicon().estimate_verbs)
    + ("saying",)
)
_TIME_WORDS = _words(
    "and but by earlier friday however in later meanwhile monday on saturday sunday thursday tuesday "
    "wednesday when while"
)
_NOT_SOURCE = _words(
    "a an as he her his i it its she so that the their there they this we which who you"
    # a preposition that opens a sentence is no name: "From reports gathered on the ground, …"
    " from in on at with for of to by after before since during under over"
)


# A verb inside a would-be source ends it: what follows is the clause, not the name.
_CLAUSE_VERB = re.compile(r"\s+(?:is|are|was|were|will|would)\s+")
_ON_AT_END = re.compile(r"\s+on$", re.I)
_AUXILIARY_AT_END = re.compile(r"\s+(?:has|have|had)(?:\s+also)?$", re.I)
# An adverb between who reports and the verb: "the health minister later confirmed", "the ministry also said".
_ADVERB_AT_END = re.compile(
    r"(?:\s+(?:" + "|".join(re.escape(w) for w in lexicon().speech_verb_adverbs) + r"))+$", re.I
)


# The comma before a company's legal suffix ("The GEO Group, Inc., the operator, estimated"): not a clause break.
_COMPANY_SUFFIX = re.compile(
    r"(?<=[A-Za-z]),\s+(?=(?-i:"
    + "|".join(re.escape(s) for s in sorted(lexicon().company_suffixes, key=len, reverse=True))
    + r")(?:,|\s|$))"
)


@lru_cache(maxsize=4096)
def source_of(sentence: str) -> str | None:
    """Who a sentence attributes its figures to ("according to X", "X said"), if anyone."""
    patterns: tuple[re.Pattern[str], ...]
    sentence = _COMPANY_SUFFIX.sub(" ", sentence)
    if _may_hold(sentence, _SOURCE_NEEDLES):
        patterns = (
            _SOURCE_AFTER,
            _SOURCE_SAID,
            _SOURCE_SAID_AFTER,
            _SOURCE_APPOSED,
            _SOURCE_SET_OFF,
            _SOURCE_SAYING,
            _SOURCE_BY,
            _SOURCE_PARTICIPLE_BY,
        )
    elif " by " in sentence:
        # a figure's own phrase: "… and at 120,000 by organisers", "the 240 cases reported by the health office"
        patterns = (_SOURCE_BY, _SOURCE_PARTICIPLE_BY)
    else:
        return None
    for pattern in patterns:
        for match in pattern.finditer(sentence):
            src = _AUXILIARY_AT_END.sub("", " ".join(match["src"].split()).strip(" '\""))  # "the CGT has"
            src = _ADVERB_AT_END.sub("", src) or src  # "the health minister later"
            src = _ON_AT_END.sub("", src) or src  # "the Indian government on (Friday confirmed)"
            src = _CLAUSE_VERB.split(src, maxsplit=1)[0]  # "the U.S. Geological Survey is about 18 miles …"
            words = src.split()
            head = words[1] if len(words) > 1 and words[0].lower() == "the" else words[0] if words else ""
            key = head.lower().rstrip(".,;:")  # "a local official said Sunday.": a day, not who said it
            named = head and key not in _NOT_SOURCE and key not in _TIME_WORDS
            named = named and words[-1].lower() not in _PASSIVE_END
            named = named and words[-1].lower() != "information"  # "according to (initial) information": no one
            named = named and not (len(words) == 1 and head.lower() in lexicon().report_qualifiers)  # "Early reports"
            if pattern is _SOURCE_SAID_AFTER and _spells_a_number(src):
                continue  # "said the toll had reached sixty-one": what was said, no one's name
            if named and not head[0].isdigit() and not _counts_or_qualifies(words):
                return src
    return None


# A sentence whose report a pronoun makes, after who made the one before: "The ministry said … It added that 40
# …", "He also reported that four soldiers were injured".
_PRONOUN_REPORT = re.compile(
    r"^(?:[^,;:]{2,60},\s+)?(?:He|She|It|They|he|she|it|they)\s+(?:(?:also|later|further|then)\s+)?"
    r"(?:said|says|added|adds|reported|told|confirmed|stated|announced|noted|revealed|estimated)\b"
)


def source_of_report(sentence: str, before: str | None) -> str | None:
    """Who a sentence attributes its figures to, or, where a pronoun reports them ("He also reported that …"),
    who the sentence before it in its paragraph attributes its own to."""
    found = source_of(sentence)
    if found is None and before is not None and _PRONOUN_REPORT.match(sentence):
        return source_of(before)
    return found


@cache
def _contrast_opening() -> re.Pattern[str]:
    """A joiner that opens a clause set against the one before it (`contrast_joiners`: ", but", "while")."""
    joiners = "|".join(map(re.escape, lexicon().contrast_joiners))
    return re.compile(rf"(?:,\s*|\s+)(?:{joiners})\s+", re.I)


def source_of_contrasted(sentence: str, phrase: str) -> str | None:
    """Who the clause that holds a figure's phrase names as its own source, where a contrast joiner opens that
    clause ("Miller said about 150 inmates were involved, but The GEO Group, Inc., the operator, estimated that
    about 400 …"): the source of the clause before is not this figure's."""
    at = sentence.find(phrase)
    opens = list(_contrast_opening().finditer(sentence, 0, at + len(phrase))) if at > 0 else []
    return source_of(sentence[opens[-1].end() : at + len(phrase)]) if opens else None


def _counts_or_qualifies(words: list[str]) -> bool:
    """Whether a lower-case word of a would-be source is a number or an -ly adverb: "the six newly reported
    deaths" names what is counted, not who reports it."""
    numbers = lexicon().number_words
    return any(w.islower() and (w in numbers or len(w) > 4 and w.endswith("ly")) for w in words[1:])


_CLAUSE_BREAK = re.compile(r",(?!\d)|[;()]|:(?!\d)|\s-\s|\s(?:as|while|but|whereas|although)\s")


def _clauses(view: SentenceView) -> tuple[tuple[int, int], ...]:
    """Clause spans (absolute offsets) of the sentence."""
    return _clauses_at(view.sentence.text, view.sentence.start)


@lru_cache(maxsize=4096)
def _clauses_at(text: str, base: int) -> tuple[tuple[int, int], ...]:
    cuts = [0] + [m.start() for m in _CLAUSE_BREAK.finditer(text) if not _sets_off_region(text, m)] + [len(text)]
    return tuple((base + a, base + b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a)


# The commas around the region a place named before them is in ("in Ambleside, Cumbria, on Friday", "at Brizlee
# Wood, Northumberland, on Friday"): one clause, whose day is the place's too.
_REGION_AFTER = re.compile(r",\s(?:[A-Z][\w’'-]+\s){0,2}[A-Z][\w’'-]+,\s")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|off)\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s){0,3}[A-Z][\w’'-]+$")


# A bracket that holds only a figure in other units ("98mph (158kmh)", "2,300kg (5,070 pounds)", "($258 million)").
_CONVERSION = re.compile(r"\(\s*[$€£¥]?\d[\d.,]*\s*[^\W\d_]*\.?(?:\s+[^\W\d_]+){0,2}\s*\)")


def _sets_off_region(text: str, cut: re.Match[str]) -> bool:
    """Whether a cut is none: a comma that opens or closes the region of a place named right before it
    (`_REGION_AFTER`), or a bracket around a figure in other units (`_CONVERSION`), which stays in its clause."""
    if cut.group() in "()":
        opening = text.rfind("(", 0, cut.start() + 1)
        found = _CONVERSION.match(text, opening) if opening >= 0 else None
        return found is not None and found.start() <= cut.start() < found.end()
    if cut.group() != ",":
        return False
    at = cut.start()
    opens = _REGION_AFTER.match(text, at) is not None and _PLACE_BEFORE.search(text[:at]) is not None
    start = text.rfind(",", 0, at)
    region = _REGION_AFTER.match(text, start) if start >= 0 else None
    closes = region is not None and region.end() == at + 2 and _PLACE_BEFORE.search(text[:start]) is not None
    return opens or closes


# A clause that only frames the next one in time, after a conjunction mid-sentence ("…, but as of April 5, 114
# had been lifted", "…, and by Monday, 30 had died").
_FRAMING_LEAD = re.compile(r"^[\s,;]*(?:but|and|while|yet|though)\s+(?:as of|as at|by|until|up to)\s", re.I)


def _framing_clause(text: str, base: int, clauses: tuple[tuple[int, int], ...], at: int) -> list[tuple[int, int]]:
    """The clause right before a figure's own, past the sentence's first, when it only frames the figure's
    clause in time (`_FRAMING_LEAD`): its date is the figure's time frame, as an opening clause's is."""
    if at < 2:
        return []
    a, b = clauses[at - 1]
    return [(a, b)] if _FRAMING_LEAD.match(text[a - base : b - base]) else []


def time_of(view: SentenceView, start: int, end: int, today: dt.date | None = None) -> tuple[str | None, str | None]:
    """The time frame the sentence gives this figure, as (wording, ISO date): a date or time phrase in its own
    clause, else in a clause that opens the sentence, else the date a clause reports on ("…, officials said on
    Tuesday"). A share of a count that is still going on ("with 80% of precincts reporting") is a frame too.
    A quarter or half of a year in the clause ("third-quarter revenue", "in the first half of 2024") is the
    frame before any date there (`periods.year_parts`; `today`, the article's date, gives the year of one
    written without it): "2025-Q3", "2024-H1". A fiscal period ("fiscal 2024", "the year to March") is a frame
    with no ISO date: its months are not the calendar's."""
    text, base = view.sentence.text, view.sentence.start
    share = _counted_share(text)
    if share and not (share[0] + base <= start < share[1] + base):
        return share[2], None
    clauses = _clauses(view)
    at = next((n for n, (a, b) in enumerate(clauses) if a <= start < b), 0)
    last = next((n for n, (a, b) in enumerate(clauses) if a < end <= b), at)
    own = (clauses[at][0], clauses[max(at, last)][1])  # a break inside the figure ("As many as 500") cuts nothing
    places = [own] + _framing_clause(text, base, clauses, at) + ([clauses[0]] if at else [])
    if _RANKED_ENTRY.match(text):  # "3. $758.7 million, Powerball, Aug. 23, 2017": the entry's date is its figure's
        places.append((base, base + len(text)))
    if at and _WHEN.match(text[own[0] - base : own[1] - base]):  # "since 1989, when a million marched"
        a, b = clauses[at - 1]
        named = [d for d in view.dates if a <= d.start < b and d.date]
        if named and not any(own[0] <= d.start < own[1] and d.claim for d in view.dates):
            return named[-1].text, named[-1].date
    for a, b in places:
        part = _year_part(text, base, a, b, start, end, today)
        if part is not None:
            return part
        dates = [
            d
            for d in view.dates
            if a <= d.start < b
            and not (d.start < end and start < d.end)
            and d.claim
            and not ((a, b) == own and _dates_its_event(text, base, d, start))
            and not ((a, b) != own and _follows_in_its_clause(text[a - base : d.start - base]))
            and not _modifies_its_event(text[: d.start - base], d, text[d.end - base :])
            and not _baseline(text, base, d, view.dates, start)
            and not (d.end <= start and _stands_between(text[d.end - base : start - base]))
        ]
        if dates:
            own_date = [d for d in dates if d.start >= end and _states_date(text[end - base : d.start - base], d.text)]
            nearest = min(own_date or dates, key=lambda d: min(abs(d.start - end), abs(start - d.end)))
            span = _span_of(text, base, dates, nearest)
            return (span, None) if span else (_span_to_now(text, base, nearest) or nearest.text, nearest.date)
        phrase = _time_phrase(text[a - base : b - base])
        if phrase:
            return phrase, None
        if (a, b) == own and _as_it_stands().search(text[a - base : b - base]):
            return None, None  # "but is now only 31.7%": the article's own day, not another clause's date
    listed = _list_period(view, clauses, max(at, last), start)
    if listed is not None:
        return listed
    # a quarter or half another clause names ("in the first half of 2024 … – there was an increase of 7.8%")
    part = _year_part(text, base, base, base + len(text), start, end, today)
    return part if part is not None else _reported_on(view, own)


# An entry of a ranked list, its rank first: "1. $1.586 billion, Powerball, Jan. 13, 2016 (three tickets)".
_RANKED_ENTRY = re.compile(r"^\s*\d{1,3}[.)]\s+\S")


# A clause that goes on a list of counts: "…, injured 61 and killed 48 livestock in 2016", "…, and another 61
# injured", "…, in accidents in 2016".
_LIST_GOES_ON = re.compile(r"[\s,]*(?:and\s|in\s|during\s|over\s|[a-z]+ed\s)", re.I)


@cache
def _comparison_opener() -> re.Pattern[str]:
    """A clause that opens by setting its figure against the one before ("…, compared with 89.2% last year")."""
    return re.compile(rf"[\s,]*(?:{alternatives(lexicon().comparison_openers)})\b", re.I)


# An aside set off by commas ("the works, now owned by Tata, employed 8,000"): what it says is not the figure's.
_ASIDE = re.compile(r",[^,]*,")


def _stands_between(words: str) -> bool:
    """Whether words between a date and a figure give the figure as it stands now ("in 2020 and currently stand
    at"), outside any aside set off by commas."""
    return _as_it_stands().search(_ASIDE.sub(" ", words)) is not None


@cache
def _as_it_stands() -> re.Pattern[str]:
    """Words that give a figure as it stands when written (`as_it_stands_words`: "is now", "at the moment"), or
    "now" ("now he earns $9 million", "but now just 90 million"), but for "now" after a determiner ("the now famous
    striker") or before a name it goes by ("now known as", `renaming_words`)."""
    words = alternatives(lexicon().as_it_stands_words)
    determiners = "".join(rf"(?<!\b{d}\s)" for d in ("the", "a", "an", "its", "his", "her", "their"))
    renamed = alternatives(lexicon().renaming_words)
    return re.compile(rf"(?<![\w-])(?:{words}|{determiners}now(?!\s+(?:{renamed})\b))(?![\w-])", re.I)


def _list_period(
    view: SentenceView, clauses: tuple[tuple[int, int], ...], own: int, figure: int
) -> tuple[str, str | None] | None:
    """The year or month that closes a list of counts the figure opens ("lightning has killed 30 people, injured
    61 and killed 48 livestock in 2016"; "As many as 30 people were killed, and another 61 injured, in accidents
    in 2016"): the period of every count of the list, not only of the last."""
    text, base = view.sentence.text, view.sentence.start
    for a, b in clauses[own + 1 :]:
        clause = text[a - base : b - base]
        if not _LIST_GOES_ON.match(clause) or _comparison_opener().match(clause):
            return None  # "…, compared with 89.2% at the same time last year": the other figure's time
        dates = [
            d
            for d in view.dates
            if a <= d.start < b
            and d.claim
            and d.date
            and d.granularity in ("year", "month")
            and not _baseline(text, base, d, view.dates, figure)
        ]
        if dates:
            return dates[-1].text, dates[-1].date
    return None


@lru_cache(maxsize=1)
def _event_day_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()
    nouns = "|".join(re.escape(w) for w in sorted(lex.event_day_nouns, key=len, reverse=True))
    verbs = "|".join(re.escape(w) for w in sorted(lex.event_day_verbs, key=len, reverse=True))
    # a place between the noun and its day: "a landslide in Papua New Guinea's highlands on Friday"
    place = r"(?:(?:in|at|near|off)\s+(?:the\s+)?(?-i:[A-Z][\w’'-]*\s+){1,4}(?:[a-z]+\s+){0,2})?"
    # what failed or burned between the noun and its day: "the failure of the dam on Monday"
    of = r"(?:of\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w’'-]+\s+){1,3})?"
    # or what the event struck, after a verb in the past: "the earthquake that affected numerous provinces on
    # Friday", "the storm which hit the coast last Monday"
    struck = r"(?:[a-z]+ed|hit|struck|swept|tore)\s+(?:[\w’'-]+\s+){1,5}?"
    before = re.compile(
        rf"\b(?:{nouns})\s+{of}{place}(?:(?:that|which)\s+(?:had\s+)?(?:(?:{verbs})\s+|{struck}))?"
        rf"(?:(?:on|last|this|early|late)\s+)?$",
        re.I,
    )
    clause = event_clause_pattern()
    after = re.compile(
        rf"^(?:\s+(?:morning|afternoon|evening|night))?['’]s\s+(?:[a-z-]+\s+){{0,2}}?(?:{nouns})\b", re.I
    )
    return before, after, clause


# "after" or "following" within a clause, up to the words that name an event ("remain in hospital following the
# bombing at the arena on"), with a word of the clause before it.
_FOLLOWING_IN_CLAUSE = re.compile(r"\S\s+(?:after|following|since)\s+(?:[\w’'-]+\s+){0,3}$", re.I)


def _follows_in_its_clause(head: str) -> bool:
    """Whether the words of a clause up to a day end with an event the clause tells after "after" or "following"
    mid-clause, with its day ("Ten remain in critical condition following the bombing at the arena on Monday, in
    which 22 were killed"): that day is the event's, and a figure of a later clause is not counted on it. A clause
    that opens with the event and its day ("The tragedy on Saturday, which left 180 injured") sets the scene."""
    before = _event_day_patterns()[0]
    named = before.search(head)
    return named is not None and _FOLLOWING_IN_CLAUSE.search(head[: named.start()]) is not None


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|this|that)\s+$", re.I)


def _modifies_its_event(head: str, date: DateMention, rest: str) -> bool:
    """Whether a day written with its number stands before the noun of an event as its modifier, after a
    determiner ("the December 20 car-ramming attack", "the March 3 explosion"): the day is the event's."""
    if not (date.text[-1:].isdigit() and _DETERMINER_BEFORE.search(head)):
        return False
    return _event_noun_after().match(rest) is not None


@lru_cache(maxsize=1)
def _event_noun_after() -> re.Pattern[str]:
    nouns = "|".join(re.escape(w) for w in sorted(lexicon().event_day_nouns, key=len, reverse=True))
    return re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:{nouns})\b", re.I)


def _dates_its_event(text: str, base: int, date: DateMention, figure: int) -> bool:
    """Whether a day is the day of the event a noun right before it names ("the crash on Friday", "the accident
    that occurred on Friday evening", "a blaze a day earlier") or that follows it ("Sunday's fire"): in the
    figure's own clause, that day is the event's, not the one a count of it is given for (a clause that opens
    the sentence with the event and its day, "The tragedy on Saturday, which left 180 injured", sets its scene).
    So is the day of a clause that tells the event after "after", "following" or "when" ("120 remained missing
    after a dam collapsed last Monday") or names it with what failed ("following the failure of the dam on
    Monday"), for a figure `figure` (its offset) before that clause: a figure within it ("after two trains derailed
    on Friday") is of the event's day."""
    before, after, clause = _event_day_patterns()
    head = text[: date.start - base]
    told, named = clause.search(head), before.search(head)
    named_around = named is not None and named.start() + base <= figure < date.start  # "the blaze that killed 12 on
    # Friday": the figure tells the event of that day
    started = _relative_start_pattern().search(head)
    return bool(
        (named and not named_around)
        or after.match(text[date.end - base :])
        or (told and figure < told.start() + base)
        or (started and figure < started.start() + base)
    )


@lru_cache(maxsize=1)
def _relative_start_pattern() -> re.Pattern[str]:
    """A noun and a relative clause up to a day at its end that tells when the noun's event began
    (`relative_start_verbs`: "a tense stand-off that began on", "the strike which started last"): that day is the
    start of what the noun names, not the time frame of a count told before it."""
    verbs = "|".join(re.escape(w) for w in sorted(lexicon().relative_start_verbs, key=len, reverse=True))
    return re.compile(rf"\b[\w’'-]+\s+(?:that|which)\s+(?:{verbs})\s+(?:(?:on|last|this|early|late)\s+)?$", re.I)


# What lies between a figure and the date it is stated for: a few words ending in a preposition ("4.5 percent
# by September", "12 people on Monday"); such a date is the figure's own, though another is as near before it.
_DATE_AFTER = re.compile(r"[^\d;:()\"“”]{0,30}?\b(?:in|on|by|at|of|until|through|since)\s+(?:the\s+)?", re.I)
_DATE_AFTER_WORDS = re.compile(r"[^\d;:()\"“”]{0,30}")
_DATE_PREPOSITION = re.compile(r"(?:in|on|by|at|of|until|through|since)\s", re.I)


def _states_date(between: str, date: str) -> bool:
    """Whether a date after a figure is the one it is stated for: a few words and a preposition lie between them,
    or a few words before a date that opens with its own ("a €405 million charge in 2022")."""
    if _DATE_AFTER.fullmatch(between):
        return True
    return _DATE_PREPOSITION.match(date) is not None and _DATE_AFTER_WORDS.fullmatch(between) is not None


def year_taken_up(before: SentenceView | None, view: SentenceView) -> tuple[str | None, str | None]:
    """The year of an event the sentence before names, for a sentence that takes that event up by a pronoun
    ("…, with the 2015 temblor being particularly devastating. It claimed the lives of 9,000 people"): the
    counts of "It claimed …" are that year's. (None, None) when the sentence opens otherwise or the one
    before names no year of an event ("In 2015, …", "the 1999 floods"). A sentence that says "that year" or
    "the same year" takes up the year the sentence before names the same way; its figures are of "that year"
    even where the sentence before names none."""
    phrase = _taking_up_phrase(view.sentence.text)
    if phrase is None and (
        before is None or not view.tokens or view.tokens[0].lower not in lexicon().taking_up_pronouns
    ):
        return None, None
    if before is None:
        return phrase, None
    years = [d for d in before.dates if d.claim and d.granularity == "year" and d.date and _dates_an_event(d.text)]
    if years:
        return phrase or years[-1].text, years[-1].date
    if phrase:
        return phrase, None
    tokens = before.tokens
    events = event_words()  # a year before one dates that event
    named = [
        t.text
        for t, after in zip(tokens, tokens[1:], strict=False)
        if len(t.text) == 4 and t.text.isdigit() and 1800 <= int(t.text) <= 2100 and after.lower in events
    ]
    return (named[-1], named[-1]) if named else (None, None)


def day_taken_up(before: SentenceView | None, view: SentenceView) -> tuple[str | None, str | None]:
    """The day the sentence before names, for a sentence that takes it up ("… was found abandoned on Monday.
    Temperatures in the area that day had soared to 103F"): the figures are of that day. (None, None) when the
    sentence says no "that day" or the one before names no single day."""
    match = _day_taking_up_pattern().search(view.sentence.text)
    if match is None or before is None:
        return None, None
    if _SPAN_BACK_AFTER.match(view.sentence.text[match.end() :]):  # "on the same day a decade ago": another year's
        return None, None
    days = {d.date for d in before.dates if d.claim and d.granularity == "day" and d.date}
    return (match.group(0), days.pop()) if len(days) == 1 else (None, None)


# A span counted back right after "the same day" ("on the same day a decade ago", "that day two years earlier").
_SPAN_BACK_AFTER = re.compile(
    r"\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?:years?|decades?|centur(?:y|ies)|months?)\s+(?:ago|earlier|before|previously)\b|\s+(?:last|in)\s+(?:year|\d{4})\b",
    re.I,
)


@lru_cache(maxsize=1)
def _day_taking_up_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(lexicon().taking_up_days, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.I)


@lru_cache(maxsize=1)
def _taking_up_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(lexicon().taking_up_times, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.I)


@lru_cache(maxsize=4096)
def _taking_up_phrase(sentence: str) -> str | None:
    match = _taking_up_pattern().search(sentence) if " year" in sentence.lower() else None
    return match.group(0) if match else None


def _dates_an_event(text: str) -> bool:
    """Whether a year's wording dates what happened ("in 2015", "of 2015"), not a span ("since 2015")."""
    words = text.lower().split()
    return len(words) == 1 or words[0] in ("in", "of", "during")


# What joins the two ends of a span of days ("from August 8 to 9", "between Monday and Wednesday").
_SPAN_JOIN = re.compile(r"\s*(?:to|through|until|till|and|-|–)\s*", re.I)


@lru_cache(maxsize=1)
def _baseline_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a comparison word and up to four words before a date, a change and its baseline word a few words
    before it), each with the word and the words between."""
    lex = lexicon()
    gap = r"(?P<gap>(?:\S+\s+){0,4})$"
    compared = re.compile(rf"\b(?P<word>{alternatives(lex.date_baselines)})\s+{gap}", re.I)
    changes = alternatives(lex.change_verbs + lex.change_adverbs)
    changed = re.compile(rf"\b(?:{changes})\b.*\b(?P<word>{alternatives(lex.change_baselines)})\s+{gap}", re.I)
    return compared, changed


@lru_cache(maxsize=1)
def _baseline_ends() -> frozenset[str]:
    """The last words of the comparison and baseline words, which a date's own words may open with ("compared
    to 2019", "up from last year")."""
    lex = lexicon()
    return frozenset(word.split()[-1].lower() for word in [*lex.date_baselines, *lex.change_baselines])


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    lex = lexicon()
    return frozenset([*lex.number_words, *lex.scales, *(k.split()[0] for k in lex.vague_amounts)])


def _spells_a_number(words: str) -> bool:
    """Whether words hold a figure in digits or a number spelled out, also one joined by a hyphen ("sixty-one")."""
    lex = lexicon()
    spelled = {*lex.number_words, *lex.scales}
    return any(c.isdigit() for c in words) or any(
        w.strip("’',.").lower() in spelled for w in re.split(r"[\s-]+", words)
    )


def _holds_figure(words: str) -> bool:
    return any(c.isdigit() for c in words) or any(w.strip("’',").lower() in _number_words() for w in words.split())


def _baseline(text: str, base: int, date: DateMention, dates: list[DateMention], figure: int) -> bool:
    """Whether a date is the point the figure at `figure` is compared with, not its time: a date a few words
    after a comparison word ("40 seats more than in 2019", "compared with the vote of June 7"), or right after
    the baseline word of a change ("fell 8% from a year earlier"). A figure between the word and the date takes
    the date ("compared with 58% in 2019", "up from 35,000 a year earlier"), so for any other figure it is a
    baseline, unless the word is a bound's ("more than 2,000 on Monday"). The first day of a span ("from May 2
    to May 9") is no baseline."""
    head = text[: date.start - base]
    lead = re.match(r"\S+\s+", date.text)
    if lead and lead.group(0).strip().lower() in _baseline_ends():  # the date's words open with "from", "to 2019"
        head += lead.group(0)  # of "compared to 2019"
    compared, changed = _baseline_patterns()
    match = compared.search(head) or changed.search(head)
    if match is None or match.start("word") + base <= figure < date.start:
        return False
    word, gap = match.group("word").lower(), match.group("gap")
    if _holds_figure(gap):
        return word != "than"
    if match.re is changed and gap.strip().lower() not in ("", "the"):
        return False
    return not any(_SPAN_JOIN.fullmatch(text[date.end - base : d.start - base]) for d in dates if d.start >= date.end)


def _span_of(text: str, base: int, dates: list[DateMention], date: DateMention) -> str | None:
    """The words of a span of days that `date` is one end of ("wildfire from August 8 to 9 killed 80"): a
    figure over a span is dated by none of its days."""
    for first, second in itertools.pairwise(sorted(dates, key=lambda d: d.start)):
        if date in (first, second) and _SPAN_JOIN.fullmatch(text[first.end - base : second.start - base]):
            return text[first.start - base : second.end - base]
    return None


def _span_to_now(text: str, base: int, date: DateMention) -> str | None:
    """The words of a span from `date` up to the time of writing ("41 people have died since Monday", "82 cases
    since July"), the wording of a count's time that `frames.frame_of` reads as such a span."""
    opening = looks_back_from(text.lower(), date.start - base, date.end - base)
    if opening is None:
        since = _since_an_event().search(text[: date.start - base])
        opening = since.start() if since else None
    return None if opening is None else text[opening : date.end - base]


@cache
def _since_an_event() -> re.Pattern[str]:
    """A word of `span_start_words` and the event it names as a noun of its start ("the toll since the outbreak of
    the crackdown on June 3 is 118", "since the start of the floods on Friday"), right before the event's day: the
    count runs from that day up to the time of writing, as after "since Monday". An event told by a clause of its
    own ("since the river rose on Sunday") dates the count by its day instead (`frames.frame_of`)."""
    starts = alternatives(lexicon().span_start_words)
    det = "(?:the|a|an|its|their|this|last)"
    return re.compile(
        rf"(?<![\w-])(?:{starts})\s+{det}\s+(?:[A-Za-z-]+\s+){{0,2}}?of\s+(?:{det}\s+)?(?:[A-Za-z-]+\s+){{0,5}}?(?:on|of)\s+$",
        re.I,
    )


# A clause that speaks of the time the clause before it names.
_WHEN = re.compile(r"[\s,;(-]*when\b", re.I)


# A sentence's figures share its share-of-count frame and its clauses' time phrases: each is read once.
@lru_cache(maxsize=4096)
def _counted_share(text: str) -> tuple[int, int, str] | None:
    share = _COUNTED_SHARE.search(text) if _may_hold(text, _SHARE_NEEDLES) else None
    return (share.start(), share.end(), share.group(0).strip()) if share else None


def _year_part(
    text: str, base: int, a: int, b: int, start: int, end: int, today: dt.date | None
) -> tuple[str, str | None] | None:
    """The quarter, half or fiscal period the clause [a, b) names nearest the figure [start, end), if any."""
    parts = [
        p
        for p in year_parts(text, today)
        if a <= p.start + base < b and not (p.start + base < end and start < p.end + base)
    ]
    if not parts:
        return None
    nearest = min(parts, key=lambda p: min(abs(p.start + base - end), abs(start - p.end - base)))
    return nearest.text, nearest.period


@lru_cache(maxsize=4096)
def _time_phrase(clause: str) -> str | None:
    match = _TIME_PHRASE.search(clause) if _may_hold(clause, _TIME_NEEDLES) else None
    if match is None and _may_hold(clause, _partial_needles()):
        match = _partial_phrase().search(clause)
    return match.group(0) if match else None


def _reported_on(view: SentenceView, own: tuple[int, int]) -> tuple[str | None, str | None]:
    """The date of a clause that reports the sentence ("…, the ministry said on Tuesday")."""
    base = view.sentence.start
    for a, b in _clauses(view):
        if own[0] <= a < own[1]:
            continue
        clause = view.sentence.text[a - base : b - base]
        dates = [d for d in view.dates if a <= d.start < b and d.granularity == "day"]
        if dates and _reports(clause):
            return dates[0].text, dates[0].date
    return None, None


_REPORTING = re.compile(
    r"\b(?:said|says|told|reported|reports|announced|confirmed|stated|according to|added|estimated|put the)\b", re.I
)


@lru_cache(maxsize=4096)
def _reports(clause: str) -> bool:
    return _REPORTING.search(clause) is not None
