"""Person names as written, found by the cues news text gives them (a title, a speech verb, an
apposition), so that spellings of one person can be compared across sources."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from claimcheck.extract.context import DocumentContext
from claimcheck.extract.lexicon import lexicon
from claimcheck.extract.phrases import CALENDAR
from claimcheck.models import NameClaim

_PART = r"(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)?|[A-Z]{2,3}|[A-Z]\.)"
_PARTICLE = r"(?:de|da|del|der|van|von|bin|al|el|la|le|di|du)"
_NAME = re.compile(rf"\b{_PART}(?:\s+(?:{_PARTICLE}\s+)?{_PART}){{1,6}}\b")
_NOT_NAME_WORDS = {
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "of",
    "and",
    "but",
    "for",
    "with",
    "from",
    "by",
    "to",
    "as",
    "it",
    "this",
    "that",
    "he",
    "she",
    "they",
    "we",
    "his",
    "her",
    "their",
    "our",
    "its",
    "there",
    "after",
    "before",
    "when",
    "while",
    "if",
    "since",
    "during",
    "despite",
    "however",
    "meanwhile",
    "then",
    "also",
    "many",
    "some",
    "most",
    "sept",
    "oct",
    "express",
    "ministry",
    "council",
    "union",
    "court",
    "committee",
    "institute",
    "agency",
    "service",
    "church",
    "republic",
    "state",
    "station",
    "press",
    "news",
    "party",
    "army",
    "forces",
    "corridor",
    "coast",
    "government",
    "parliament",
    "commission",
    "office",
    "department",
    "university",
    "hospital",
    "bank",
    "company",
    "group",
    "association",
    "organization",
    "organisation",
    "federation",
    "national",
    "international",
    "world",
    "united",
    "nations",
    "european",
    "general",
    "secretary",
    "minister",
    "president",
    "prime",
    "street",
    "city",
    "county",
    "district",
    "province",
    "region",
    "island",
    "river",
    "mountain",
    "mountains",
    "war",
    "statute",
    "railway",
    "railways",
    "airport",
    "center",
    "centre",
    "foundation",
    "times",
    "post",
    "daily",
    "herald",
    "telegraph",
    "journal",
    "review",
    "magazine",
    "tribune",
    "cross",
    "crescent",
    "guard",
    "police",
    "media",
    "superfast",
    "central",
    "east",
    "west",
    "north",
    "south",
    "eastern",
    "western",
    "northern",
    "southern",
    "global",
    "conversation",
    "apostolic",
    "heritage",
    "watch",
    "lemkin",
    "free",
    "day",
    "gulf",
    "category",
} | CALENDAR
SPEECH = "(?:" + "|".join(sorted(lexicon().speech_verbs, key=len, reverse=True)) + ")"


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    name: str
    role: str | None


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Accents and case dropped: 'López' → 'lopez'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().replace("’", "'")


@cache
def _title_pattern() -> re.Pattern[str]:
    titles = sorted(lexicon().person_titles, key=len, reverse=True)
    alternation = "|".join(re.escape(t) for t in titles)
    return re.compile(rf"(?:^|[\s,(])(?P<title>{alternation})\s*,?\s*$", re.I)


@cache
def _title_endings() -> tuple[str, ...]:
    return tuple(title.lower() for title in lexicon().person_titles)


def _ends_with_title(text: str) -> bool:
    """A quick test before `_title_pattern`: whether `text` ends with a title (then maybe a comma)."""
    tail = text.rstrip()
    if tail.endswith(","):
        tail = tail[:-1].rstrip()
    return tail.lower().endswith(_title_endings())


def split_title(name: str) -> tuple[str | None, str]:
    """("prime minister", "Nikol Pashinyan") for "Armenian Prime Minister Nikol Pashinyan"."""
    words = name.split()
    titles = set(lexicon().person_titles)
    for k in range(len(words) - 1, -1, -1):
        pair = " ".join(w.lower() for w in words[k - 1 : k + 1]) if k > 0 else ""
        if pair in titles:
            return pair, " ".join(words[k + 1 :])
        if words[k].lower().rstrip(".") in titles or words[k].lower() in titles:
            return words[k].lower(), " ".join(words[k + 1 :])
    return None, name


@cache
def _role_before_pattern() -> re.Pattern[str]:
    titles = "|".join(re.escape(t) for t in sorted(lexicon().person_titles, key=len, reverse=True))
    return re.compile(rf"\b(?P<title>{titles})\b[^.,;:\"]{{0,40}},\s*$", re.I)


def _clean(name: str) -> str | None:
    words = name.split()
    while words and fold(words[0]) in _NOT_NAME_WORDS:
        words.pop(0)
    while words and fold(words[-1]) in _NOT_NAME_WORDS:
        words.pop()
    if len(words) < 2 or any(fold(w.rstrip(".")) in _NOT_NAME_WORDS for w in words):
        return None
    if all(w.isupper() for w in words):
        return None
    return " ".join(words)


def _cue(text: str, start: int, end: int) -> str | None:
    """The role or verb that marks text[start:end] as a person, if any."""
    before = text[max(0, start - 60) : start]
    after = text[end : end + 120]
    if re.match(rf"^\s*,?\s*(?:has |had |also |then )?{SPEECH}\b", after) or re.match(
        rf"^\s*,[^.\"\n]{{0,90}}?,\s*{SPEECH}\b", after
    ):
        return "speaker"
    title = _title_pattern().search(before) if _ends_with_title(before) else None
    if title:
        return title.group("title").lower()
    if re.search(r"\baccording to\s*$", before):
        return "source"
    # The pattern ends in a comma: most windows are ruled out without running it.
    role_before = _role_before_pattern().search(before) if before.rstrip().endswith(",") else None
    if role_before:  # "the general secretary of the CGT, Philippe Martinez"
        return role_before.group("title").lower()
    if re.search(rf"\b{SPEECH}\s*$", before):
        return "speaker"
    appositive = re.match(r"^\s*,\s*(?:a|an|the)?\s*(?:[\w'-]+\s+){0,4}?(?P<role>[a-z-]+)\b", after)
    if appositive and appositive.group("role") in lexicon().person_titles:
        return appositive.group("role")
    if re.match(r"^\s*,\s*(?:\d{1,3})\s*[,.]", after):
        return "age given"
    return None


def person_mentions(ctx: DocumentContext) -> list[PersonMention]:
    """Every mention of a person's full name in the document, cued or already known."""
    text = ctx.text
    candidates = []
    for match in _NAME.finditer(text):
        title, rest = split_title(match.group())
        cleaned = _clean(rest)
        if not cleaned:
            continue
        where = match.group().rfind(cleaned)
        if where < 0:  # the name ran across a line break: not one name
            continue
        start = match.start() + where
        candidates.append((start, start + len(cleaned), cleaned, title))
    known = {fold(name): title or _cue(text, s, e) for s, e, name, title in candidates if title or _cue(text, s, e)}
    mentions = []
    for start, end, name, title in candidates:
        cue = _cue(text, start, end)
        role = "speaker" if cue == "speaker" else title or cue or known.get(fold(name))
        if role:
            mentions.append(PersonMention(start, end, name, role))
    return mentions


def names_in(ctx: DocumentContext, people: list[PersonMention] | None = None) -> list[NameClaim]:
    claims = []
    for person in people if people is not None else person_mentions(ctx):
        view = ctx.sentence_at(person.start)
        if view is None:
            continue
        claims.append(
            NameClaim(
                **ctx.base_fields("name", person.start, person.end, view.sentence, 0.8),
                name=person.name,
                normalized=fold(person.name),
                role=person.role,
            )
        )
    return claims
