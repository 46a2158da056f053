"""Who a figure is attributed to, and the time frame it is given for."""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.extract.context import SentenceView
from claimcheck.extract.lexicon import lexicon
from claimcheck.extract.phrases import _words

_TIME_PHRASE = re.compile(
    r"\b(so far|to date|by (?:the end of (?:the )?(?:year|month|week|day)|now|then|midday|noon|(?:this|that) "
    r"(?:morning|afternoon|evening|time))|within the (?:last|past) [a-z]+ [a-z]+|"
    r"in the (?:last|past) [a-z]+ [a-z]+|before the [a-z]+(?: [a-z]+){0,3}|as of [a-z]+|"
    r"at the end of the [a-z-]+(?: [a-z]+){0,2})\b",
    re.I,
)

_COUNTED_SHARE = re.compile(
    r"\b(?:with\s+)?(?:almost\s+|nearly\s+|about\s+|over\s+|more than\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per cent)\s+of\s+"
    r"(?:the\s+)?(?:precincts|polling stations|votes|ballots|the vote|districts|constituencies)\s+"
    r"(?:reporting|counted|in|tallied|declared)\b",
    re.I,
)


@lru_cache(maxsize=1)
def _partial_phrase() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(lexicon().partial_frames, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.I)


_PHRASES = "|".join(re.escape(p) for p in sorted(lexicon().attribution_phrases, key=len, reverse=True))
# A source runs to the next punctuation, but through the dots of initials ("the U.S. Geological Survey").
_SOURCE_AFTER = re.compile(
    rf"\b(?:{_PHRASES})\s+(?P<src>(?:[^,.;:()\"]|(?<=\b(?-i:[A-Z]))\.(?=(?-i:[A-Z ]))){{2,80}})", re.I
)
_INSTITUTIONS = (
    r"police|officials|organi[sz]ers|authorities|unions|rescuers|witnesses|residents|doctors|"
    r"the(?:\s+[a-z][a-z-]+){1,3}"
)
_SAID = r"said|says|told|reported|announced|estimated|estimates|put|puts|counted|confirmed|stated|claimed|speaks of"
_SOURCE_SAID = re.compile(
    rf"(?P<src>(?:the\s+)?[A-Z][\w'.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'.-]*){{0,5}}|(?i:{_INSTITUTIONS}))"
    rf"\s+(?:{_SAID})\b"
)
_SOURCE_SAID_AFTER = re.compile(
    r"\b(?:said|says|according to)\s+(?P<src>(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,4}"
    r"|the\s+[a-z][\w -]{2,60}?(?:\s+[A-Z][\w'.-]*)*)(?=[,.;:]|$)"
)
# Every source pattern needs one of these words: a sentence without them is passed over in one scan.
_SOURCE_CUE = re.compile(rf"\b(?:{_PHRASES}|{_SAID})\b", re.I)
_TIME_WORDS = _words(
    "and but by earlier friday however in later meanwhile monday on saturday sunday thursday tuesday "
    "wednesday when while"
)
_NOT_SOURCE = _words("a an as he her his i it its she so that the their there they this we which who you")


@lru_cache(maxsize=4096)
def source_of(sentence: str) -> str | None:
    """Who a sentence attributes its figures to ("according to X", "X said"), if anyone."""
    if not _SOURCE_CUE.search(sentence):
        return None
    for pattern in (_SOURCE_AFTER, _SOURCE_SAID, _SOURCE_SAID_AFTER):
        for match in pattern.finditer(sentence):
            src = " ".join(match["src"].split()).strip(" '\"")
            words = src.split()
            head = words[1] if len(words) > 1 and words[0].lower() == "the" else words[0] if words else ""
            if head and head.lower() not in _NOT_SOURCE and head.lower() not in _TIME_WORDS and not head[0].isdigit():
                return src
    return None


_CLAUSE_BREAK = re.compile(r",(?!\d)|[;()]|:(?!\d)|\s-\s|\s(?:as|while|but|whereas|although)\s")


def _clauses(view: SentenceView) -> list[tuple[int, int]]:
    """Clause spans (absolute offsets) of the sentence."""
    return [(view.sentence.start + a, view.sentence.start + b) for a, b in _clause_cuts(view.sentence.text)]


@lru_cache(maxsize=4096)
def _clause_cuts(text: str) -> list[tuple[int, int]]:
    cuts = [0] + [m.start() for m in _CLAUSE_BREAK.finditer(text)] + [len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def time_of(view: SentenceView, start: int, end: int) -> tuple[str | None, str | None]:
    """The time frame the sentence gives this figure, as (wording, ISO date): a date or time phrase in its own
    clause, else in a clause that opens the sentence, else the date a clause reports on ("…, officials said on
    Tuesday"). A share of a count that is still going on ("with 80% of precincts reporting") is a frame too."""
    text, base = view.sentence.text, view.sentence.start
    share = _counted_share(text)
    if share and not (share[0] + base <= start < share[1] + base):
        return share[2], None
    clauses = _clauses(view)
    own = next(((a, b) for a, b in clauses if a <= start < b), clauses[0])
    places = [own] + ([clauses[0]] if clauses[0] != own else [])
    for a, b in places:
        dates = [d for d in view.dates if a <= d.start < b and not (d.start < end and start < d.end) and d.claim]
        if dates:
            nearest = min(dates, key=lambda d: min(abs(d.start - end), abs(start - d.end)))
            return nearest.text, nearest.date
        phrase = _time_phrase(text[a - base : b - base])
        if phrase:
            return phrase, None
    return _reported_on(view, own)


# A sentence's figures share its share-of-count frame and its clauses' time phrases: each is read once.
@lru_cache(maxsize=4096)
def _counted_share(text: str) -> tuple[int, int, str] | None:
    share = _COUNTED_SHARE.search(text)
    return (share.start(), share.end(), share.group(0).strip()) if share else None


@lru_cache(maxsize=4096)
def _time_phrase(clause: str) -> str | None:
    match = _TIME_PHRASE.search(clause) or _partial_phrase().search(clause)
    return match.group(0) if match else None


def _reported_on(view: SentenceView, own: tuple[int, int]) -> tuple[str | None, str | None]:
    """The date of a clause that reports the sentence ("…, the ministry said on Tuesday")."""
    base = view.sentence.start
    for a, b in _clauses(view):
        if (a, b) == own:
            continue
        clause = view.sentence.text[a - base : b - base]
        dates = [d for d in view.dates if a <= d.start < b and d.granularity == "day"]
        if dates and _REPORTING.search(clause):
            return dates[0].text, dates[0].date
    return None, None


_REPORTING = re.compile(
    r"\b(?:said|says|told|reported|reports|announced|confirmed|stated|according to|added|estimated|put the)\b", re.I
)
