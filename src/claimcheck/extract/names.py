"""Person names as written, in any Latin script, so that spellings of one person can be compared across
sources.

A run of capitalised words is a person when something says so: a title or role next to it ("Interior Minister
Ana Costa", "Olga Ivanova, the agency's spokeswoman"), a speech verb, an age ("Ana Ruiz, 34", "19-year-old
Kevin Lund", "Oskar Lind, seven"), a relative "who", a nickname inside it ('Joaquín "El Chapo" Guzmán'), a
pronoun that takes it up ("... three of her own"), its surname used alone elsewhere where a person's would be
("Okonkwo said", "talks with Farhan"), a given name the lexicon knows opening it ("a goal by Marco Benetti"),
a list cue ("identified the driver as", "a farmer named"), or a list it shares with other people ("identified
as A, B and C"). An acronym closing a run is an organisation's ("English PEN"), left out. A run is never a
person when it holds an organisation or place word (the lexicon's `not_name_words`; but "St" inside a name,
"Amy St Eve", opens a surname, and a family name that is such a word, `word_surnames`, ends a name a known given
name opens where a title, a role or its own speech verb vouches for it: "Chris Bridge said"), opens with an
article particle in two words ("Le Monde", "Al Jazeera"), is the office of a capitalised title ("Minister of
Women and Family Welfare"), follows "the" or a place preposition anywhere in the document ("in Hong Kong"), is
a place the lexicon knows, or, without a title or role, holds a word the document also writes in lower case (a
common word, "Alarm Phone"). In a title-case line ("Quake Kills Hundreds In Remote Province") every word is
capitalised, so only names the rest of the document confirms are taken there. A people in the plural before a
run ("Kenyans Fred Kiprop and …") is where the people are from; the capitalised words after a newspaper or
broadcaster noun ("the Malay paper Utusan Malaysia") are its name; an initial without its full stop may open a
name ("D Gukesh").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

import regex

from claimcheck.extract.lexicon import demonym_adjective_endings, lexicon, word_set
from claimcheck.extract.phrases import CALENDAR, STOP, _words
from claimcheck.extract.words import fold
from claimcheck.models import NameClaim

if TYPE_CHECKING:
    from claimcheck.extract.context import DocumentContext  # context.py runs this module's `person_mentions`

_LETTERS = r"[\p{Ll}\p{M}]"
# A name word: "Márquez", "McDonald", "O'Brien", "D'amico", "Jean-Luc", "Yuet-ngor", "al-Assad"; or initials:
# "K.", "KS". An apostrophe after a capital joins it to the rest of the word ("I'll" aside).
# An apostrophe inside the word before lower-case letters stays in it ("Ng’ang’a", "Aming'a"), not a possessive or
# a contraction ("Kenya's", "Don’t").
_INNER = rf"(?:['’](?!(?:s|t|ll|re|ve|d|m)\b){_LETTERS}+)*"
_WORD = rf"(?:(?!I')\p{{Lu}}'\p{{L}}{_LETTERS}+|\p{{Lu}}{_LETTERS}+{_INNER}(?:\p{{Lu}}{_LETTERS}+)?)(?:-\p{{Lu}}?{_LETTERS}+)*"
# Initials joined by full stops may leave the last one's off before the surname ("K.A Nandasena", "M.S Dhoni").
_INITIALS = r"\p{Lu}\.(?:\s?\p{Lu}\.)*(?!\p{Lu}\p{Ll})(?:\p{Lu}(?=\s\p{Lu}\p{Ll}))?|\p{Lu}{2,3}(?![\p{L}.])"
# A given name with the initial of the father's name joined to it by a full stop, as Mongolian and some Central
# Asian news write names ("Kh.Nyambaatar", "L.Bold", "Ya.Sodbaatar"): one word, a name of itself. Not after a
# letter or a full stop ("U.S.Army").
_GLUED = rf"(?<![\p{{L}}.])\p{{Lu}}\p{{Ll}}{{0,2}}\.{_WORD}"
_PART = rf"(?:{_GLUED}|{_WORD}|{_INITIALS})"
# a nickname in quotes or brackets; an acronym in brackets is a body's ("(GKNB)"), never a nickname
_NICK = r'(?P<nicked>"(?P<nick>\p{Lu}[^"\n]{1,30}?)"|\((?P<nick>\p{Lu}(?=[^()\n]*\p{Ll})[^()\n]{1,30}?)\))'
_ROLE_STOP = _words(
    "said says told and or but with by to for from in on at as was were is are has had when while after before "
    "who which that than according quoted quoting cited citing reported added how why what where including like "
    "since against under over during about without until between among amid despite via behind toward towards "
    # verbs whose object a role and a name may be ("Witnesses included local fisherman Tamati Ngata")
    "include includes included met meets visited visits joined joins thanked praised accompanied replaced succeeded "
    "interviewed"
)
_HUMAN_PRONOUN = regex.compile(r"\b(?:he|she|his|her|him|himself|herself)\b", regex.I)
_OTHER_PRONOUN = regex.compile(r"\b(?:it|its|itself)\b", regex.I)
_NOT_BEFORE_A_PERSON = _words(
    "the a an in at near across outside inside into throughout around off to from of via toward towards on onto "
    "over under through between per this that these those its their our many some all most few several other"
)
_PLACE_PREPOSITION = r"\b(?i:in|at|near|across|outside|inside|into|throughout|around|off)\s+"
_PLACE_BEFORE = regex.compile(rf"{_PLACE_PREPOSITION}$")
_POSSESSIVE_NOUN = regex.compile(r"['’]s?\s+\p{L}")
_DETERMINER_BEFORE = regex.compile(r"\b(?:the|a|an)\s+$", regex.I)


@lru_cache(maxsize=256)
def _rx(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern)


def literal_matches(
    text: str, literals: list[str], not_before: regex.Pattern[str], not_after: regex.Pattern[str]
) -> list[tuple[int, int, str]]:
    """(start, end, literal) of each match, earliest first and none overlapping another, that the alternation of
    `literals` in their order gives in `text` where no character of `not_before` stands right before the match
    and none of `not_after` right after it: a search of the text for each literal, where compiling that
    alternation for each document's own names would cost more than the search."""
    hits: list[tuple[int, int, int]] = []  # (start, rank in `literals`, end)
    for rank, literal in enumerate(literals):
        at = text.find(literal) if literal else -1
        while at >= 0:
            end = at + len(literal)
            if not (at and not_before.match(text, at - 1)) and not (end < len(text) and not_after.match(text, end)):
                hits.append((at, rank, end))
            at = text.find(literal, at + 1)
    found: list[tuple[int, int, str]] = []
    for start, _, end in sorted(hits):
        if not found or start >= found[-1][1]:  # at one start, the first literal of the alternation wins
            found.append((start, end, text[start:end]))
    return found


@dataclass(frozen=True)
class PersonMention:
    """A person's name in the text: where, the name (nickname left out), and what marks it as a person;
    `written` is the name as the text writes it, a nickname inside it kept ('Joaquín "El Chapo" Guzmán').
    `cue` is how it was found: "title", "role", "speech" (a speech verb next to it), "source" ("according
    to"), "age", "who", "nickname", "pronoun", "surname" (used alone elsewhere), "given" (it opens with a
    given name the lexicon knows), "author" (of a work: "Enda Walsh's adaptation"), "initial" (an initial joined to a given name, "L.Bold"), "filial" (a parent's name inside it: "Abdullah bin
    Ali"), "people" (after where they are from: "Slovenian Anze
    Lanisek"), "apposed" (a part of it
    alone elsewhere with a person's role after it: "Sombat, a prominent social activist,"), "list" or "known" (the same name found as a person elsewhere), "label" (the speaker's label of an
    interview's transcript: "Jane Roe: …")."""

    start: int
    end: int
    name: str
    role: str | None
    cue: str
    nickname: str | None = None
    written: str = ""


def normalized_name(name: str) -> str:
    """The form names are compared in: folded, initials run together ("K. S. Anand" → "ks anand"), an article
    particle after the first word closed up to the word it opens ("Al Rashid", "al-Rashid" → "alrashid")."""
    words: list[str] = []
    initials = ""
    for word in fold(name).replace(".", ". ").split():
        if len(word.rstrip(".")) == 1:
            initials += word.rstrip(".")
            continue
        if initials:
            words.append(initials)
            initials = ""
        if len(words) > 1 and words[-1] in _JOINED_PARTICLES:
            words[-1] += word  # "Al Rashid" after a given name; "Al Gore" keeps "Al", a given name
            continue
        words.append(_JOINED_PARTICLE.sub(r"\1", word))  # "al-rashid": "alrashid"
    return " ".join(words + ([initials] if initials else []))


# Article particles written apart from the next word, with a hyphen or closed up ("Al Rashid", "al-Rashid",
# "Alrashid", "el-Sisi"): one spelling.
_JOINED_PARTICLES = frozenset({"al", "el"})
_JOINED_PARTICLE = regex.compile(r"^(al|el)-(?=\p{L})")


@cache
def speech_pattern() -> str:
    """The speech verbs as one alternation (longest first), matched whatever the case of their first letter."""
    verbs = sorted([*lexicon().speech_verbs, *lexicon().phrasal_speech_verbs], key=len, reverse=True)
    return "(?:" + "|".join(f"(?i:{v[0]}){regex.escape(v[1:])}" for v in verbs) + ")"


@cache
def speech_adverbs() -> str:
    """Up to two words that may stand between a speaker and the speech verb ("He further said")."""
    words = "|".join(regex.escape(w) for w in sorted(lexicon().speech_verb_adverbs, key=len, reverse=True))
    return rf"(?:(?:{words})\s+){{0,2}}"


@cache
def _feasts() -> frozenset[str]:
    """The names of the feasts the lexicon dates ("christmas eve", "easter monday"), folded."""
    words = lexicon().dates
    return frozenset(
        fold(w) for w in [*words.holidays, *words.easter_feasts, *words.orthodox_feasts, *words.weekday_feasts]
    )


@cache
def _aimed_at() -> regex.Pattern[str]:
    """What is aimed at someone right before "at": the run after it is aimed at, no place."""
    words = "|".join(regex.escape(w) for w in sorted(lexicon().aimed_at_words, key=len, reverse=True))
    return _rx(rf"\b(?i:{words})\s+at\s+$")


@cache
def _candidates() -> regex.Pattern[str]:
    particles = "|".join(sorted(lexicon().name_particles, key=len, reverse=True))
    gap = rf"(?: +(?:(?:{particles}) +){{0,2}}| +(?:{particles})-)"  # "Juan de la Fuente", "Hassan al-Turabi"
    # "Hanna K Lindberg"; a family name of one letter before a role set off by a comma ("Vivian U, an astronomer")
    # ... and one in a list of names, between commas or "and" ("Billy Nugent, John K, Alina Z and Ellen G")
    listed = r"\p{Lu}(?![\p{L}\p{N}'’.-])(?:(?=(?:,| +and) +\p{Lu})|(?<=(?:,| and) +\p{Lu}\p{Ll}+ +\p{Lu}))"
    middle = rf"(?:{_PART}|\p{{Lu}}(?= +\p{{Lu}}{_LETTERS})|\p{{Lu}}(?=, +(?:an?|the) +\p{{Ll}})|{listed})"
    # an initial without its full stop may open one too ("D Gukesh", "K Annamalai"), not "A" or "I" but after a
    # role in lower case ("DMK member A Raja")
    roles = "|".join(regex.escape(t) for t in sorted(lexicon().person_titles, key=len, reverse=True) if t.isalpha())
    opening = rf"(?:{_PART}|(?:(?![AI])|(?<=(?<![\p{{L}}-])(?:{roles}) ))\p{{Lu}}(?= +\p{{Lu}}{_LETTERS}))"
    return regex.compile(rf"\b(?:{opening}(?:(?: +{_NICK})?{gap}{middle}){{1,8}}|{_GLUED}(?:{gap}{middle}){{0,8}})\b")


def name_words(name: str) -> list[str]:
    """The words of a name, an initial joined to a given name ("Kh.Nyambaatar") set apart from it."""
    return [w for w in regex.split(r"\s+|(?<=\.)(?=\p{Lu}\p{Ll})", name) if w]


@cache
def _area_of() -> regex.Pattern[str]:
    """A kind of place and "of" right before a run ("the province of ", "the county of ")."""
    return regex.compile(rf"\b(?i:{'|'.join(regex.escape(w) for w in word_set('area_nouns'))})\s+of\s+$")


def rank_before_surname(text: str, run: str) -> tuple[str | None, str]:
    """("SP", "Chhetri") for "SP Chhetri" when `text` names a person of that surname ("Mohan Chhetri"): a short rank
    before one word is the title of that person; (None, run) otherwise ("SP Velumani" alone)."""
    words = run.split()
    if len(words) != 2 or fold(words[0]) not in word_set("short_ranks"):
        return None, run
    for named in _rx(rf"(\p{{Lu}}[\p{{L}}\p{{M}}'’-]+)[ ]+{regex.escape(words[1])}\b").finditer(text):
        if fold(named.group(1)) not in word_set("short_ranks"):
            return words[0], words[1]
    return None, run


@cache
def _place_kind_after() -> regex.Pattern[str]:
    """A kind of place in lower case right after a run ("… state", "… province")."""
    kinds = sorted(word_set("area_nouns") | word_set("country_part_nouns"), key=len, reverse=True)
    return regex.compile(rf"[ ]+(?:{'|'.join(regex.escape(w) for w in kinds)})\b")


def _part_of_country(text: str, start: int, end: int, line: int) -> bool:
    """Whether the run at [start, end) stands between a country's possessive and a kind of place in lower case
    ("India's Uttar Pradesh state", "Kenya's Turkana county"): a part of that country, whatever words it holds."""
    owner = _rx(r"(\p{Lu}[\p{L}\p{M}]*(?:[ ]\p{Lu}[\p{L}\p{M}]*)?)['’]s[ ]+$").search(
        text, max(line, start - 40), start
    )
    if owner is None or fold(owner.group(1)) not in _known_places():
        return False
    return _place_kind_after().match(text, end) is not None


@cache
def _publication_before() -> regex.Pattern[str]:
    """A medium's noun in lower case right before a capitalised run on its line ("the Malay paper Utusan
    Malaysia"); not one closing a headline or paragraph before it ("… bus station" over "Sheikh Hamdan bin …")."""
    nouns = "|".join(regex.escape(w) for w in sorted(lexicon().publication_nouns, key=len, reverse=True))
    return regex.compile(rf"\b(?:{nouns})[^\S\n]+\Z")


@cache
def _publication_after() -> regex.Pattern[str]:
    """A medium's noun in lower case right after a capitalised run ("France Info radio", "Kompas daily"): the run
    is the medium's name (`publication_nouns`)."""
    nouns = "|".join(regex.escape(w) for w in sorted(lexicon().publication_nouns, key=len, reverse=True))
    return regex.compile(rf"\s+(?:{nouns})\b(?!['’]s)")


@cache
def _not_name_words() -> frozenset[str]:
    # the words that close a building's, an age's or a firm's name are never a person's
    return frozenset(lexicon().not_name_words) | word_set("building_heads") | word_set("firm_heads") | CALENDAR


def _not_name_word(folded: str, written: str) -> bool:
    """Whether a word rules out the run it stands in as a person's name; an acronym's word ("UN", "US") does so only
    in capitals, a name's syllable in title case ("Kim Jong Un")."""
    if folded in word_set("acronym_words") and not written.isupper():
        return False
    return folded in _not_name_words()


def known_places() -> frozenset[str]:
    """The places and their peoples that the lexicon names, folded."""
    return _known_places()


@cache
def _known_places() -> frozenset[str]:
    """The places and their peoples that the lexicon names (`currency_places`, `country_names`, and the country
    each family of `place_aliases` is written as first): "china", "canadians", "costa rica", "czechia"."""
    places = {fold(p) for family in lexicon().currency_places.values() for ps in family.values() for p in ps}
    places |= {fold(p) for p in lexicon().place_aliases}
    return frozenset(places | {fold(p) for p in lexicon().country_names})


@cache
def _office_of() -> regex.Pattern[str]:
    """A capitalised title and the capitalised words of its office before a run: "Minister of Energy and "."""
    titles = "|".join(regex.escape(t.title()) for t in sorted(lexicon().person_titles, key=len, reverse=True))
    # the fields may be listed with commas before an "and": "Minister of Transport, Highways, Ports and ", never
    # the comma of an apposition ("Minister of Women and Family Welfare, Anita Rao, ")
    listed = r"(?:,(?=(?:\s+\p{Lu}[\p{L}\p{M}'-]*,?)+\s+(?:and|&)\s))?"
    words = rf"(?:\p{{Lu}}[\p{{L}}\p{{M}}'-]*{listed}\s+(?:and\s+|&\s+)?)*"
    # "Minister of State for Foreign Affairs ": an office of an office; "… for Barbados ", "Minister from the
    # Bahamas ": the place it is held for
    return regex.compile(
        rf"\b(?:{titles})\s+(?:of|for|from|in)\s+(?:the\s+)?{words}(?:(?:of|for|from)\s+(?:the\s+)?{words})?$"
    )


@cache
def _title_vocabulary() -> frozenset[str]:
    """Every word of every title, for a quick test before the title pattern runs."""
    return frozenset(w.rstrip(".") for title in lexicon().person_titles for w in title.split())


@cache
def _title_words() -> regex.Pattern[str]:
    titles = "|".join(regex.escape(t) for t in sorted(lexicon().person_titles, key=len, reverse=True))
    return regex.compile(rf"(?<![\w.])(?:{titles})(?![\w-])", regex.I)


# When a speaker spoke, between the name and the verb: "Okonkwo on Wednesday told journalists", "Costa yesterday
# said", "Lind last week announced".
_WHEN_SAID = (
    rf"(?:(?:on\s+)?(?i:{'|'.join(sorted(CALENDAR, key=len, reverse=True))})\s+(?:\d{{1,2}}\s+)?"
    r"|(?:yesterday|today|tonight|earlier|last\s+(?:week|month|year|night))\s+)?"
)


@cache
def person_list_cue_pattern() -> str:
    """The words after which a list of capitalised names is a list of people (`person_list_cues`), as one
    alternation; "identified as" may hold its object ("identified the climbers as")."""
    return "|".join(
        regex.escape(c).replace(r"\ as", r"(?:\s+[\w'-]+){0,6}\s+as")
        for c in sorted(lexicon().person_list_cues, key=len, reverse=True)
    )


@cache
def _cue_patterns() -> dict[str, regex.Pattern[str]]:
    speech = speech_pattern()
    followers = "|".join(regex.escape(w) for w in sorted(lexicon().name_followers, key=len, reverse=True))
    lists = person_list_cue_pattern()
    works = "|".join(regex.escape(w) for w in sorted(lexicon().authored_works, key=len, reverse=True))
    made_by = "|".join(regex.escape(w) for w in sorted(lexicon().made_by, key=len, reverse=True))
    work_followers = "|".join(sorted(STOP | {"titled", "called", "named", "set"}, key=lambda w: (-len(w), w)))
    heads = "|".join(regex.escape(w.title()) for w in sorted(lexicon().organisation_heads, key=len, reverse=True))
    return {
        # where the person works, a body's capitalised name, then the verb: "Ingela Hiltula at the Environmental
        # Protection Agency doubts", "Lars Eide at the Institute of Marine Research said"
        "works_at": regex.compile(
            rf"^\s+at\s+the\s+(?:\p{{Lu}}[\p{{L}}\p{{M}}'’-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){{0,5}}?"
            rf"(?:{heads})\b(?:\s+(?:of|for|on)\s+(?:the\s+)?(?:\p{{Lu}}[\p{{L}}\p{{M}}'’-]*\s*){{1,4}})?"
            rf"(?:\s*,|\s+{speech_adverbs()}(?:{speech}|\p{{Ll}}+s)\b)"
        ),
        # a regnal number closing the name of a ruler, a chief or a pope: "Togbe Afede XIV", "Osei Tutu II"
        "regnal": regex.compile(r"^\s+(?:X{0,3}(?:IX|IV|V?I{0,3}))(?<=[IVX])(?![\p{L}\p{N}])"),
        "speech_after": regex.compile(
            rf"^\s*,?\s*(?:herself |himself )?{_WHEN_SAID}{speech_adverbs()}{speech}\b"
            rf"|^\s*,[^.\"\n]{{0,90}}?,\s*(?:who\s+)?{speech}\b"
            # an aside in dashes between the name and the verb: "Esaw Garner — the widow of … — told the group"
            rf"|^\s+[—–-]\s+[^—–\"\n]{{2,120}}?\s+[—–-]\s+{speech_adverbs()}{speech}\b"
        ),
        # a party or a constituency in brackets between the name and the verb: "Sharad Yadav (JD-U) said",
        # "Ana Costa (Labour, Leeds North) told"; never a ticker with a figure or a dot ("Honda Motor (7267.T)")
        "speech_bracket": regex.compile(
            rf"^\s+\((?P<inside>[^()\"\n\d.]{{1,40}})\)\s*,?\s*(?:too\s+|also\s+)?{speech_adverbs()}{speech}\b"
        ),
        "speech_before": regex.compile(rf"\b{speech}\s*(?:,\s*)?$"),
        # 'said ESA glaciologist Ana Costa': a body's name and a lower-case role between the verb and the name
        "speech_role_before": regex.compile(
            rf"\b{speech}\s+(?:the\s+)?(?:\p{{Lu}}[\p{{L}}&.-]*\s+){{1,2}}(?:(?!(?:{followers})\b)\p{{Ll}}[\p{{L}}-]*\s+){{1,3}}$"
        ),
        "source": regex.compile(r"\baccording to\s*$", regex.I),
        "age": regex.compile(
            rf"^\s*,\s*(?:aged\s+)?(?:\d{{1,3}}|{_age_words()})(?:-year-old\b|\s*[,.;)])"
            # an age in brackets, as some newspapers write it: "Mo Robinson (25) facing court", "Mary Byrne (34), of"
            r"|^\s*\(\d{1,3}\)(?=\s*,|\s+(?-i:\p{Ll}))",
            regex.I,
        ),
        "age_before": regex.compile(
            rf"(?<!\b(?:a|an|the)\s+)(?<![\w.,-])(?:\d{{1,3}}|{_age_words()})-year-old\s+$", regex.I
        ),
        "who": regex.compile(r"^\s*(?:,\s*(?:\d{1,3}\s*,\s*)?)?who(?:se)?\b"),
        # the one who made a work: "Enda Walsh's adaptation", "a novel by Ana Costa", "directed by Deborah Warner"
        # (the work noun ends its phrase: "Nairobi Water's climate adaptation plan" is no one's adaptation)
        "author_after": regex.compile(
            rf"^['’]s?\s+(?:\p{{Ll}}+\s+)?(?:{works})(?=\s*[,.;:!?)\"“”’]|\s*$|\s+(?:\p{{Lu}}|(?:{work_followers})\b))"
        ),
        "author_before": regex.compile(rf"\b(?:{works}|{made_by})\s+by\s+$", regex.I),
        "chaired_before": regex.compile(
            rf"\b(?:{'|'.join(regex.escape(w) for w in lexicon().chaired_by)})\s+by\s+$", regex.I
        ),
        "work_of": regex.compile(rf"\b(?:{works}|{made_by})\s+of\s+$", regex.I),  # "an adaptation of Ana Costa's"
        # a plural role before a list of its members: "actors such as Ana Costa", "writers including Ana Costa"
        # ... the members before in the list too: "sherpas, including Nima Gyalzen, Dawa, Furi and Ngima Tendi"
        "case_of": regex.compile(
            rf"^\s+(?:(?i:{'|'.join(sorted(lexicon().person_case_nouns, key=len, reverse=True))})\s+)+"
            r"(?i:trial|case|inquest|hearing|inquiry|verdict)\b"
            rf"|^\s+(?i:{'|'.join(sorted(lexicon().person_case_nouns, key=len, reverse=True))})\b"
        ),
        "plural_role": regex.compile(
            r"\b(?P<role>[\p{L}-]+)\s*,?\s+(?:such\s+as|including|like)\s+"
            r"(?:\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3}\s*,\s*){0,8}(?:and\s+)?$"
        ),
        "list": regex.compile(rf"\b(?:{lists})\s*:?\s*$", regex.I),
        "appositive": regex.compile(
            r"^\s*,\s*(?:\d{1,3}\s*,\s*)?(?P<role>(?:(?:a|an|the|another|one)\s+|[\p{L}]+['’]s\s+)?"
            r"(?P<core>[^,.;:\"()\n—]{2,120}?)(?:\s+\(\p{Lu}\p{L}{1,9}\))?)\s*(?=[,.;:)—]|$|\s+(?:who|whose|which|that)\b"
            rf"|\s+{speech_adverbs()}{speech}\b)"
        ),  # or where the verb it is the subject of begins: "X, managing director of Y told Z"; the body's
        # abbreviation in brackets is part of it (", the commander of the Coast Guard (CG),"); the role ends where a relative clause about the person begins: ", a nurse who ran the ward"
        # the office the person took or left, later in the clause: "X stepped down as captain", "X as coach"
        "as_title": regex.compile(
            rf"^\s+(?:\p{{Ll}}+\s+){{0,3}}as\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{{Ll}}'’-]+\s+){{0,2}}?"
            rf"{_title_words().pattern}"
        ),
        "title_before": regex.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+$"),
        "named": regex.compile(rf"{_title_words().pattern}\s+(?:named|called)\s+$", regex.I),
        # a place's possessive right before the run ("Kenya's Faith Kipyegon", "Burundi’s Neema Nzohabonayo")
        "place_possessive": regex.compile(r"(?<![\p{L}\p{M}'’-])(?P<place>\p{Lu}[\p{L}\p{M}]+)['’]s\s+$"),
    }


def _age_words() -> str:
    """An age in words: "seven", "sixty-two"."""
    words = "|".join(sorted(lexicon().number_words, key=len, reverse=True))
    return rf"(?:{words})(?:-(?:{words}))?\b"


_ABBREVIATION = regex.compile(r"\p{Lu}{2,6}")


def split_title(name: str) -> tuple[str | None, str]:
    """("Armenian Prime Minister", "Nikol Pashinyan") for "Armenian Prime Minister Nikol Pashinyan": the
    words up to the last title word, and the name after them. A word that names one who does a thing by its
    ending may be the title ("Receptionist Jane Wells", "Pharmacist Ana Costa") when a given name the lexicon knows
    follows it and it is none itself ("Christian Bale")."""
    words = name.split()
    if len(words) >= 3 and fold(words[0]) in word_set("short_ranks") and all(w[:1].isupper() for w in words[1:3]):
        return words[0], " ".join(words[1:])  # "SP Mohan Chhetri", not "SP Velumani"
    opening = next((i for i, w in enumerate(words) if i and fold(w) in word_set("name_opening_titles")), None)
    # only an office's words before it: "Deputy Minister Sheikh Ali al-Sabah", never "President Hassan Sheikh Mohamud"
    office = opening is not None and all(
        fold(w).rstrip(".") in _title_vocabulary() and not known_given_name(w) for w in words[:opening]
    )
    if opening is not None and office and opening < len(words) - 1:
        return " ".join(words[:opening]), " ".join(words[opening:])
    if len(words) >= 3 and _agent_noun(words[0]) and not known_given_name(words[0]) and known_given_name(words[1]):
        return words[0], " ".join(words[1:])
    if len(words) >= 3 and _plural_title(words[0]):
        return words[0], " ".join(words[1:])  # "Survivors Farida Osmani and …", "Witnesses Ana Costa"
    compound = next((k for k in range(len(words) - 2, -1, -1) if _compound_title(words[k])), None)
    if compound is not None and len(words) - compound > 2 and known_given_name(words[compound + 1]):
        # only before a given name the lexicon knows: "the Booker Prize-winner Wolf Hall" is a book
        return " ".join(words[: compound + 1]), " ".join(words[compound + 1 :])
    if not any(_title_word(word) for word in words) or family_then_hyphenated_given(words):
        return None, name  # not "Son" the kin word in "Son Heung-min"
    last = None
    for match in _title_words().finditer(name):
        if match.start() and fold(match.group()) in word_set("opening_only_titles"):
            continue  # "General Mya Tun Oo": the "Tun" inside a name is no title, as the one opening it is
        end = match.end() + (1 if name[match.end() : match.end() + 1] == "." else 0)
        if name[end:].strip():
            last = end
    if last is None:
        return None, name
    last = _given_name_before_parent(name, last)
    if not name[:last].strip():
        return None, name
    while name[last : last + 1] in (")", "]"):
        last += 1  # "Cabinet Secretary (CS) Mithika Linturi": the bracket closes the title
    remark = _rx(r"\s*[(\[][^()\[\]]{1,60}[)\]]").match(name, last)
    if remark and name[remark.end() :].strip():  # "Deputy Commissioner (Revenue) Anita Sharma": the title's
        last = remark.end()
    return name[:last].strip(), name[last:].strip()


def _title_word(word: str) -> bool:
    """Whether a word is a title's, or a title's words joined by hyphens ("Lieutenant-general", "Vice-Admiral")."""
    lower = word.lower().rstrip(".")
    return lower in _title_vocabulary() or all(part in _title_vocabulary() for part in lower.split("-"))


def _compound_title(word: str) -> bool:
    """Whether a capitalised word joined by a hyphen to a role in lower case is a role ("Prize-winner",
    "Oscar-winner", "Olympic-champion"): what the person won or is, never a part of the name after it; not a
    hyphenated name ("Rees-Jones", "Ferrand-Prevot")."""
    head, _, tail = word.rpartition("-")
    return bool(head) and head[:1].isupper() and tail.islower() and fold(tail) in _title_vocabulary()


def _given_name_before_parent(name: str, last: int) -> int:
    """Where the title of `name` ends, given that it seemed to end at `last`: before its last word when that is a
    title that is also a given name and a filial particle follows it ("Sheikh Sultan bin Suhaim": "Sultan" is his
    given name, "Sheikh" the title)."""
    head, rest = name[:last].split(), name[last:].split()
    if (
        head
        and rest
        and fold(rest[0]) in word_set("filial_particles")
        and fold(head[-1]) in word_set("title_given_names")
    ):
        return name.rfind(head[-1], 0, last)
    return last


def _filial_name(name: str) -> bool:
    """Whether a filial particle joins capitalised words inside `name` ("Abdullah bin Ali Al-Thani"): only a person
    is named as a parent's child."""
    words = name.split()
    return any(fold(w) in word_set("filial_particles") for w in words[1:-1])


def _plural_title(word: str) -> bool:
    """Whether a word is the plural of a title or role ("Survivors", "Witnesses", "Residents"): one that opens a
    sentence before the names of some who are so."""
    lower = word.lower()
    singular = lower[:-2] if lower.endswith(("sses", "shes", "ches")) else lower[:-1]
    return lower.endswith("s") and singular in _title_vocabulary() and not known_given_name(word)


def _role_before(before: str) -> str | None:
    """The role phrase that ends right before a name: "railway minister", "the agency's spokeswoman",
    "Acapulco resident"; or one followed by a comma: "the general secretary of the CGT, ". It starts on the
    name's line: a headline above is not part of it."""
    before = before[before.rfind("\n") + 1 :]
    if before.endswith("(") and before[-2:-1].isspace():
        return _role_before(before[:-1])  # "her butler (Ana Costa)": a film's part, then who plays it
    styled = _address_style_after_comma().search(before)
    if styled:  # "The President of Somalia, HE Hassan Sheikh Mohamud": the office set off before the style
        before = before[: styled.start() + 1] + " "
    stripped = before.rstrip()
    comma = stripped.endswith(",")
    stripped = stripped.rstrip(",").rstrip()
    if comma:  # "the president of the Law Society of Kenya (LSK), Faith Odhiambo": the office's abbreviation
        stripped = _rx(r"\s*\(\p{Lu}[\p{L}]{1,9}\)$").sub("", stripped)
        # ... or set off by commas: "the head of public affairs, WAEC, Demianus Ojijeogu"
        stripped = _rx(r"(?<=\p{L})\s*,\s*\p{Lu}{2,8}$").sub("", stripped)
    if not comma and not before[-1:].isspace():
        return None  # "(Ana Costa" or '"Ana Costa': no phrase ends right before the name
    last = stripped[stripped.rfind(" ") + 1 :].lower().rstrip(".")
    if not comma and last not in _title_vocabulary() and not _other_title_form(last):
        office = _office_role().search(stripped[-160:]) or _lower_office_role().search(stripped[-160:])
        return " ".join(office.group("role").split()) if office else None
    titles = _title_words()
    words = _rx(r"[\p{L}\p{M}\d'’.-]+|[^\s\p{L}\p{M}\d]").findall(stripped[-120:])
    if comma:
        # "the general secretary of the CGT, Philippe Martinez": a title within the last few words
        for k in range(len(words) - 1, max(-1, len(words) - 10), -1):
            if _held_where(words, k, titles):
                continue  # "Fiji's Ambassador to Japan, Isikeli Mataitoga": the place an office is held for
            if _comes_from(words, k, titles):
                return _extend_role(words, k - 1, len(words))  # "his colleague from Osun Central, Ajibola Basiru"
            if _joins_fields(words, k):
                continue  # "Minister for Foreign Affairs and East African Cooperation, Palamagamba Kabudi"
            if not _rx(r"[\p{L}\p{M}]").match(words[k]) or words[k].lower() in _role_stops():
                break
            if (
                titles.fullmatch(words[k].rstrip("."))
                or titles.fullmatch(" ".join(words[k : k + 2]))
                or _other_title_form(words[k].lower())
            ):
                return _extend_role(words, k, len(words))
        return None
    for size in (3, 2, 1):
        tail = " ".join(words[-size:]) if len(words) >= size else ""
        if tail and (titles.fullmatch(tail) or titles.fullmatch(tail.rstrip("."))):
            return _extend_role(words, len(words) - size, len(words))
    if words and _other_title_form(words[-1].lower()):
        return _extend_role(words, len(words) - 1, len(words))
    return None


def _joins_fields(words: list[str], k: int) -> bool:
    """Whether words[k] is the "and" or "&" joining two capitalised words of an office's name ("Foreign Affairs and
    East African Cooperation"), which a role phrase holds, unlike an "and" between two clauses."""
    return (
        words[k] in ("and", "&")
        and 0 < k < len(words) - 1
        and words[k - 1][:1].isupper()
        and words[k + 1][:1].isupper()
    )


@cache
def _address_style_after_comma() -> regex.Pattern[str]:
    styles = "|".join(regex.escape(w) for w in sorted(lexicon().address_styles, key=len, reverse=True))
    return _rx(rf",\s*(?:{styles})(?<=[\p{{L}}.])\s+$")


def _held_where(words: list[str], k: int, titles: regex.Pattern[str]) -> bool:
    """Whether words[k] is the preposition between a title and the capitalised place or body it is held for or
    in: "Ambassador to Japan", "High Commissioner in London", "Minister for Lands", "a spokeswoman for the World
    Health Organization"."""
    return (
        words[k].lower() in _OFFICE_PREPOSITIONS
        and 0 < k < len(words) - 1
        and _named_after(words, k)
        and bool(titles.fullmatch(words[k - 1].rstrip(".")))
    )


def _named_after(words: list[str], k: int) -> bool:
    """Whether a capitalised place or body follows words[k] ("to Japan", "for the World Health Organization")."""
    return k + 1 < len(words) and (
        words[k + 1][:1].isupper()
        or (words[k + 1].lower() == "the" and k + 2 < len(words) and words[k + 2][:1].isupper())
    )


def _comes_from(words: list[str], k: int, titles: regex.Pattern[str]) -> bool:
    """Whether words[k] is the "from" after the title that heads a role saying where its person comes from: "his
    colleague from Osun Central", "the envoy from Malawi", "Senator from Kano"; not a "from" inside a longer role
    ("candidate for position of Kyiv's mayor from the BYuT")."""
    if not (words[k].lower() == "from" and 0 < k < len(words) - 1 and _named_after(words, k)):
        return False
    role = words[k - 1].rstrip(".")
    if not (titles.fullmatch(role) or role.lower() in word_set("origin_roles")):
        return False
    return k < 2 or not words[k - 2][:1].isalpha() or words[k - 2].lower() in _ROLE_OPENERS


_OFFICE_PREPOSITIONS = _words("to for in at")
# What may stand before the title a "from" follows (or nothing but punctuation: "… . Senator from Kano, …").
_ROLE_OPENERS = _words("the a an his her their its our my your another one")


@cache
def _role_stops() -> frozenset[str]:
    """Words a role phrase before a name never holds: function words, and the speech verbs ('," confirmed Deputy
    Chief of the District Police, Tran Manh Hieu': the role opens after the verb)."""
    return _ROLE_STOP | frozenset(v for v in lexicon().speech_verbs if " " not in v)


@cache
def _office_role() -> regex.Pattern[str]:
    """A lower-case title with its office in lower case before a name, the office closed by its abbreviation:
    "Central Bank governor and chairman of the monetary policy committee (MPC) ". Without the abbreviation the
    capitalised run is the office's own name ("the leader of the paramilitary Rapid Support Forces")."""
    titles = "|".join(regex.escape(t) for t in sorted(lexicon().person_titles, key=len, reverse=True))
    stop = "|".join(sorted(_ROLE_STOP, key=len, reverse=True))
    office_word = rf"(?!(?:{stop}|the|a|an)\b)\p{{Ll}}[\p{{L}}-]*"
    # or the body's own capitalised name, closed by its abbreviation: "head of the State Committee for National
    # Security (GKNB) "
    body_name = r"\p{Lu}[\p{L}\p{M}-]*(?:\s+(?:(?:of|for|and|on)\s+)?\p{Lu}[\p{L}\p{M}-]*){0,6}"
    # or an office written in capitals and lower case alike: "Assistant Director of Public prosecutions (DPP) "
    mixed = rf"(?:(?:{office_word}|\p{{Lu}}[\p{{L}}\p{{M}}-]*)\s+){{0,4}}(?:{office_word}|\p{{Lu}}[\p{{L}}\p{{M}}-]*)"
    return regex.compile(
        rf"(?P<role>(?:\p{{Lu}}[\p{{L}}-]*\s+){{0,3}}(?i:{titles})(?:\s+and\s+(?i:{titles}))?\s+(?:of|for)\s+(?:the\s+)?"
        rf"(?:(?:{office_word}\s+){{0,4}}{office_word}|{body_name}|{mixed}))\s+\(\p{{Lu}}{{2,8}}\)$"
    )


@cache
def _lower_office_role() -> regex.Pattern[str]:
    """A lower-case title with an office written wholly in lower case before a name: "director of public
    prosecutions ", "head of communications ". In lower case the office is no body's own name, which would be
    capitalised."""
    titles = "|".join(regex.escape(t) for t in sorted(lexicon().person_titles, key=len, reverse=True))
    stop = "|".join(sorted(_ROLE_STOP, key=len, reverse=True))
    office_word = rf"(?!(?:{stop}|the|a|an)\b)\p{{Ll}}[\p{{L}}-]*"
    return regex.compile(
        rf"(?P<role>(?:\p{{Lu}}[\p{{L}}-]*\s+){{0,2}}\b(?:{titles})\s+(?:of|for)\s+(?:{office_word}\s+){{0,2}}{office_word})$"
    )


def _other_title_form(word: str) -> bool:
    """Whether a word is a title in another form: a plural before the names it stands for ("actors Tahar Rahim
    and …", "his lead actors, …"), or a hyphenated word joining roles one of which is a title
    ("singer-songwriter", "actor-director-producer", "co-founder"; not "record-holder")."""
    titles = _title_words()
    if word.endswith("s") and (titles.fullmatch(word[:-1]) or (word.endswith("es") and titles.fullmatch(word[:-2]))):
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(parts) and any(titles.fullmatch(part) for part in parts)


def _extend_role(words: list[str], start: int, end: int) -> str:
    """The role phrase: the title words and the modifiers before them (up to four words, one determiner)."""
    k = start
    while k > 0 and start - k < 4:
        word = words[k - 1]
        if not _rx(r"[\p{L}\p{M}\d]").match(word) or word.lower() in _role_stops() or word.endswith("."):
            break
        k -= 1
        if word.lower() in ("the", "a", "an", "another", "his", "her", "their", "its", "our", "my", "your"):
            break  # a determiner or a possessive opens the role: "his screenwriter", "the club's coach"
    return " ".join(words[k:end]).replace(" ,", ",").replace(" 's", "'s")


def _stated_role(title: str, after: str) -> str:
    """The role of a person whose name follows `title`: the apposition after the name where the title is a
    courtesy title, which says no role ("Dr. Kemi Adeyemi, a spokeswoman for the ministry,")."""
    if title.lower() in word_set("honorifics"):
        return _role_after(after) or title
    return title


def _role_after(after: str) -> str | None:
    """The role in an apposition after a name: ", the agency's spokeswoman", ", a shopkeeper in Tarvo"."""
    match = _cue_patterns()["appositive"].match(after)
    if not match:
        return None
    role = match.group("role").strip()
    if len(match.group("core")) > _ROLE_REACH and not _opens_with_office(role):
        return None  # "Tom Lee, the coach and his players flew home …": a clause, not a role
    if _rx(r"(?i)^(?:and|or|but|nor|including|such\s+as|like|among|excluding|except|plus)\b").match(role):
        return None  # "Lena Brandt, 41, and her son", "the Lok Sabha, including Leader of Opposition …": others
        # follow, not a role
    if _rx(r"(?i)^(?:had|has|have|was|were|is|are|will|would|could|did|does)\b").match(role):
        return None  # "The person opposite, D Gukesh, had his head in his hands": the sentence's verb
    head = _rx(r"\s+(?:of|at|for|to|in|with|from|on)\s+").split(role, maxsplit=1)[0]
    if not _title_words().search(head) and not _agent_noun(head):
        return None
    for name in _candidates().finditer(role):  # a name in a role is the object of a preposition, never its head
        if _title_words().fullmatch(name.group().split()[-1]):
            continue  # the role itself, capitalised: ", Lead Partner, Strategy", ", Managing Director,"
        if not _rx(r"(?i)\b(?:of|to|for|at|in|with|from|the)\s+$").search(role[: name.start()]):
            return None
    return role


# How long a role after a name runs; an office named by its capitalised title may run to the appositive's full
# reach ("Minister of State in the Vice-President's Office responsible for Union and Environment").
_ROLE_REACH = 80


def _opens_with_office(role: str) -> bool:
    """Whether `role` opens with a capitalised office word of the title list ("Minister of State in …")."""
    office = _title_words().match(role)
    return bool(office) and role[:1].isupper()


def _agent_noun(head: str) -> bool:
    """Whether the head of an apposition, its last word, names one who does a thing by its ending ("an Olympian
    canoeist", "a retired librarian", "the ward's physician"): a person's role the title list need not hold; not a
    thing so ending ("a shortlist", "the median")."""
    words = head.split()
    last = fold(words[-1]) if words else ""
    return (
        len(last) >= 7
        and last.endswith(tuple(lexicon().agent_noun_endings))
        and last not in word_set("not_agent_nouns")
    )


@dataclass
class _Evidence:
    """What the whole document says about names, gathered in one pass each."""

    text: str
    places: frozenset[str]
    title_case: frozenset[int]  # starts of title-case lines
    lower: dict[str, bool]  # word -> whether the text also writes it in lower case
    speaking: dict[str, bool]  # surname -> whether the text has it speak alone ("Okonkwo said")

    def speaks(self, surname: str) -> bool:
        """Whether the text has `surname` speak alone ("Okonkwo said"), or stand alone where a person does."""
        if surname not in self.speaking:
            self.speaking[surname] = _surname_speaks(self.text, surname) or _surname_alone(self.text, surname)
        return self.speaking[surname]

    def written_lower(self, word: str) -> bool:
        """Whether the text writes `word` in lower case too (a common word, not a name): 'Alarm' / 'alarm'."""
        lowered = word.lower()
        if lowered not in self.lower:
            self.lower[lowered] = lowered not in word_set("name_particles") and _lower_occurrence(self.text, lowered)
        return self.lower[lowered]


def _evidence(text: str) -> _Evidence:
    title_case = frozenset(start for start, line in _lines(text) if _is_title_case(line))
    return _Evidence(text, frozenset(), title_case, {}, {})


def _lower_occurrence(text: str, word: str) -> bool:
    """Whether `word` (in lower case) stands as a whole word in `text`, outside a web address (a page's slug
    writes its headline's names in lower case: ".../tengku-zafrul-tells-dr-m/")."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        whole = (at == 0 or not text[at - 1].isalpha()) and (end == len(text) or not text[end].isalpha())
        if whole and not _in_address(text, at):
            return True
        at = text.find(word, at + 1)
    return False


def _in_address(text: str, at: int) -> bool:
    """Whether the position `at` falls inside a web or mail address (a run without spaces with a scheme, "www.", a
    dotted domain or a mail address)."""
    opening = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    closing = regex.search(r"\s|$", text[at:])
    token = text[opening : at + (closing.start() if closing else 0)]
    # a scheme, "www." or a dotted domain before the "/" (not "and/or", "km/h", "24/7", "cold/heat")
    return bool(_ADDRESS.search(token))


_ADDRESS = regex.compile(r"://|(?<![\w.])www\.|[\w-]+\.[A-Za-z]{2,}(?:[/:]|$)|[\w.+-]+@[\w-]+\.[\w.]+", regex.I)


def _surname_speaks(text: str, surname: str) -> bool:
    """Whether `surname` stands alone somewhere as a speaker: "Okonkwo said", "said Okonkwo", "Ms Okonkwo"."""
    patterns = _cue_patterns()
    at = text.find(surname)
    while at >= 0:
        end = at + len(surname)
        alone = (at == 0 or not text[at - 1].isalpha()) and (end == len(text) or not text[end].isalpha())
        before = text[max(0, at - 40) : at]
        if alone and (patterns["title_before"].search(before) or not _rx(r"\p{Lu}[\p{L}\p{M}]*\s$").search(before)):
            after = text[end : end + 120].removeprefix("'s")
            if (
                patterns["speech_after"].match(after)
                or patterns["speech_bracket"].match(after)
                or patterns["title_before"].search(before)
                or (patterns["speech_before"].search(before) and _person_follows(after))
            ):
                return True
        at = text.find(surname, at + 1)
    return False


def _surname_alone(text: str, surname: str) -> bool:
    """Whether `surname` stands alone somewhere after a lower-case word that is not a determiner or a place
    preposition, with no capitalised word after it: "the board replaced Haddad in March", "talks with Farhan";
    not "Visitors to Brava", "the Brava coast". A word the text also writes as a place ("in Acapulco") or as
    the plural of a capitalised word ("Armenians" beside "Armenian"), or a place the lexicon knows ("China"),
    is not a surname."""
    if fold(surname) in _known_places():
        return False
    if _rx(rf"{_PLACE_PREPOSITION}{regex.escape(surname)}\b(?!['’]s)").search(text):
        return False
    if surname.endswith("s") and _rx(rf"\b{regex.escape(surname[:-1])}\b").search(text):
        return False
    at = text.find(surname)
    while at >= 0:
        end = at + len(surname)
        before, after = text[max(0, at - 30) : at], text[end : end + 30]
        word = _rx(r"(?<![\p{L}\p{M}'-])(\p{L}+)\s+$").search(before)
        if _rx(r"(?<![\w-])\d{1,3}-year-old\s+$").search(before) and _rx(r"^(?:['’]s\b|\s*[.,;:]|\s+\p{Ll})").match(
            after
        ):
            return True  # "the 28-year-old Kiogara led"
        if (
            word
            and (
                word.group(1).islower()
                or (fold(word.group(1)) in _not_name_words() and _opens_sentence(before, word.start(1)))
            )
            and word.group(1).lower() not in _NOT_BEFORE_A_PERSON
            and (end == len(text) or not text[end].isalpha())
            and _person_follows(after)
            # "Vice-President and Ruler of Dubai": an office of a place, no one's surname; "Ulufale of the Samoan
            # delegation" is
            and not (fold(surname) in _title_vocabulary() and _rx(r"\s+of\s+(?:the\s+)?\p{Lu}").match(after))
        ):
            return True
        at = text.find(surname, at + 1)
    return False


def _person_follows(after: str) -> bool:
    """Whether what follows a lone capitalised word is what follows a person's surname: punctuation, "'s", a
    function word, a speech verb or a verb-like word ("Haddad in March", "Farhan.", "Okonkwo opened"), not a
    noun it qualifies ("Ghanaian parents") or a capitalised word ("Brava Coast")."""
    if _rx(r"^(?:['’]s\b|\s*[.,;:!?)—–])").match(after):
        return True
    word = _rx(r"^\s+(\p{Ll}+)\b").match(after)
    if word is None:
        return False
    following = word.group(1)
    return (
        following in STOP
        or following in lexicon().speech_verbs
        or (following.endswith(("ed", "ing")) and len(following) > 4)
    )


def _lines(text: str) -> Iterable[tuple[int, str]]:
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _is_title_case(line: str) -> bool:
    """A headline written in title case: every word of five letters or more (three at least) is capitalised,
    and it does not end as a sentence of a paragraph does ("Kelvin Oduya, 27, won in Paris.")."""
    if line.rstrip().endswith("."):
        return False
    long_words = 0
    for word in line.split():
        if len(word) >= 5 and word[0].isalpha():
            if not word[0].isupper():
                return False
            long_words += 1
    return long_words >= 3


def _line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def _initials_of(run: str, inside: str) -> bool:
    """Whether the letters in brackets after a run open with the initials of its words ("Royal Dutch Shell (RDSA)",
    "Green Valley Trust (GVT)"): the short name of a body, never a person's party."""
    initials = "".join(word[0] for word in regex.findall(r"\p{Lu}[\p{L}\p{M}'’-]*", run)).upper()
    letters = regex.sub(r"[^\p{L}]", "", inside).upper()
    return len(initials) >= 2 and letters.startswith(initials)


def _cue(text: str, start: int, end: int) -> tuple[str, str | None] | None:
    """What marks text[start:end] as a person, and the role stated next to it, if anything does."""
    before = text[max(0, start - 120) : start]
    after = text[end : end + 160]
    patterns = _cue_patterns()
    role = _role_before(before)
    if role and _apposed_to_the_one_before(before, role):
        role = _role_after(after) or role  # "A, deputy minister of energy, B, deputy minister of mines,": B's own
    if role:
        role = _stated_role(role, after)
    if role and not (before.rstrip().endswith(",") and _POSSESSOR_AFTER.match(after)):
        # not "Costa's father Robert, Noble Yeats' owner,": the run owns the role set off by commas, it is not
        # the one in apposition to the role before
        return "title", role
    role = _role_after(after)
    if role:
        return "role", role
    if patterns["age"].match(after) or patterns["age_before"].search(before[-30:]):
        return "age", None
    bracket = patterns["speech_bracket"].match(after)
    if bracket and _initials_of(text[start:end], bracket.group("inside")):
        bracket = None  # "Royal Dutch Shell (RDSA) said": the run's own initials, a body's short name
    if (
        patterns["speech_after"].match(after)
        or bracket
        or patterns["speech_before"].search(before[-40:])
        or patterns["speech_role_before"].search(before[-80:])
    ):
        return "speech", None
    if patterns["source"].search(before[-20:]):
        return "source", None
    if patterns["case_of"].match(after) and _rx(r"\b(?i:the)\s+$").search(before[-10:]):
        return "case", None  # "the Senzo Meyiwa murder trial": a person's name before what was done to them
    if patterns["who"].match(after):
        return "who", None
    if patterns["regnal"].match(after):
        return "regnal", None
    if patterns["works_at"].match(after):
        return "works at", None
    if patterns["as_title"].match(after):
        return "as", None
    if patterns["author_after"].match(after) or (
        # not a run that qualifies a noun: "repair work by Kenya Power engineers"
        _person_follows(after)
        and (
            patterns["author_before"].search(before[-40:])
            or (patterns["work_of"].search(before[-40:]) and _rx(r"^['’]s?\s").match(after))
        )
    ):
        return "author", None
    if (
        patterns["chaired_before"].search(before[-40:])
        and _person_follows(after)
        and fold(text[start:end].split()[0]) in word_set("given_names")
    ):
        return "author", None  # "a panel chaired by Ana Costa", not "the talks were chaired by Goldman Sachs"
    plural = patterns["plural_role"].search(before[-240:])
    if plural and _other_title_form(plural.group("role").lower()):
        return "list", None
    if patterns["list"].search(before[-80:]) or patterns["named"].search(before[-40:]):
        return "list", None  # "identified the driver as Gareth Pryce", "a farmer named Joaquim Teixeira"
    if _bulleted_under_people(text, start) and not _rx(r"\s*:").match(text, end):  # not "- Best Actor: …
        return "list", None  # "The other candidates were –\n- Jimmy Duncan (Alba Party) – 107"
    owner = patterns["place_possessive"].search(before[-40:])
    capitalised = all(part[:1].isupper() for word in text[start:end].split() for part in word.split("-"))
    if owner and capitalised and fold(owner.group("place")) in _known_places():  # not "China's Twitter-like Weibo"
        return "place", None  # "Ethiopia's Gudaf Tsegay": a country's own, in sport and politics, is a person
    return None


_BULLET_BEFORE = regex.compile(r"^[ \t]*[-–•*][ \t]+$")
_BULLET_LINE = regex.compile(r"[ \t]*[-–•*][ \t]+\S")
# The end of a list's item that gives a person's party in brackets or a count of votes ("Ana Costa (Green Party)",
# "Jimmy Duncan (Alba Party) – 107", "Ana Costa – 237").
_PERSON_ITEM_TAIL = regex.compile(r"(?:\(\s*\p{Lu}[^()\n]*\)|[–—-]\s*\d[\d,]*)\s*$")
# The line that brings in a list of people: a plural role, then "were", "are" or "include", a colon or a dash
# ("The other candidates were –", "Finalists:").
_PEOPLE_LEAD = regex.compile(
    r"\b(?P<role>\p{L}[\p{L}-]*)\s*(?:\b(?i:were|are|include|included|includes)\b)?\s*[:–—-]?\s*$"
)


def _bulleted_under_people(text: str, start: int) -> bool:
    """Whether the run at `start` opens an item of a bulleted list ("- Ana Costa (Green Party) – 237") whose
    lead-in line, above the list's other items, ends on a plural role or a list cue ("The candidates were –")."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _BULLET_BEFORE.search(text[line_start:start]):
        return False
    line_end = text.find("\n", start)
    item = text[start : line_end if line_end >= 0 else len(text)]
    if not (known_given_name(item.split()[0]) if item.split() else False) and not _PERSON_ITEM_TAIL.search(item):
        return False  # "- Hilltop Bakery" under "The winners were:": a given name, or a party or a count, marks one
    end = line_start - 1
    while end > 0:
        lead_start = text.rfind("\n", 0, end) + 1
        line = text[lead_start:end]
        if not line.strip():
            return False
        if not _BULLET_LINE.match(line):
            lead = _PEOPLE_LEAD.search(line)
            if lead is None or lead.group(0).strip() == lead.group("role"):
                return False  # the line must end on "were", "are", "include", a colon or a dash
            return _other_title_form(lead.group("role").lower()) or bool(
                _cue_patterns()["list"].search(line.rstrip(" :–—-"))
            )
        end = lead_start - 1
    return False


def _placed_address(text: str, start: int, title: str) -> bool:
    """Whether `title`, cut from the run before `start`, is a form of address also read as a rank ("U", "Daw")
    after a preposition of place: no cue of a person ("shot at Daw Mill Colliery", "residents of Daw Green Lane";
    not "held by U Kyaw Tin")."""
    if fold(title) not in word_set("address_ranks"):
        return False
    before = text[max(0, start - 40) : start].split()
    return len(before) >= 2 and fold(before[-2]) in word_set("place_prepositions")


def _apposed_to_the_one_before(before: str, role: str) -> bool:
    """Whether `role`, the phrase set off by a comma right before a name, is itself set off by a comma before it:
    the apposition of the name before in a list ("Aung Htoo, deputy minister of energy, Than Tun Aung, deputy minister
    of mines"), which the name after has only when it has no role of its own after it."""
    head = before.rstrip()
    if not head.endswith(","):
        return False
    head = " ".join(head[:-1].split())
    return head.endswith(role) and head[: len(head) - len(role)].rstrip().endswith(",")


# A possessive and a lower-case noun after a run: the run owns what follows ("Noble Yeats' owner").
_POSSESSOR_AFTER = regex.compile(r"^['’]s?\s+\p{Ll}")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the name at `start` opens its sentence, after function words at most ("And Kwame Boateng")."""
    # after a sentence's end, a line's start, or a dateline that opens a line ("NAIROBI, Kenya, Jul 19 – ")
    lead = _rx(
        r'(?:^|[.!?]["]?\s+|\n\s*|(?:^|\n)(?:[\p{Lu}\d][\p{L}\d.]*,?\s+){1,6}[–—-]\s*)((?:\p{L}+,?\s+)*)$'
    ).search(text, max(0, start - 60), start)
    return lead is not None and all(fold(w.rstrip(",")) in _not_name_words() for w in lead.group(1).split())


def _weak_cue(text: str, start: int, end: int, name: str, evidence: _Evidence) -> str | None:
    """Evidence that needs no cue word: its surname speaking elsewhere, a given name the lexicon knows opening
    it ("Richard Ofori tumbled"), or, for the subject that opens a sentence, a pronoun that takes it up in the
    rest of the sentence or the next one before any other name."""
    words = name.split()
    if len(words) == 1 and words[0][:1].islower():
        return None  # "As al-Shabaab is pushed out": a particle's word alone, a family name at most, no one's full name
    # a family name a particle opens stands alone as well ("Te Hiko said" for Whetu Te Hiko, "Van Dijk said")
    particled = len(words) > 2 and fold(words[-2]) in word_set("name_particles")
    if evidence.speaks(words[-1]) or (particled and evidence.speaks(" ".join(words[-2:]))):
        return "surname"
    if any(_apposed_as_person(text, word) for word in {name.split()[0], name.split()[-1]}):
        return "apposed"
    if known_given_name(name.split()[0]):
        return "given"
    if family_then_hyphenated_given(words):
        return "given"
    people = _rx(r"(\p{L}+)\s+$").search(text, max(0, start - 30), start)
    if (
        people
        and len(name.split()) == 2
        and people.group(1)[:1].isupper()
        and _people_of_known_place(fold(people.group(1)))
        and not _place_owns_run(text, people, start)
    ):
        return "people"  # "Slovenian Anze Lanisek": where a person is from
    if not _opens_sentence(text, start):
        return None
    following = text[end : end + 240]
    stop = _rx(r"[.!?](?:\s|$)").search(following)
    stop = _rx(r"[.!?](?:\s|$)").search(following, pos=stop.end()) if stop else None
    window = following[: stop.end() if stop else len(following)]
    human, other = _HUMAN_PRONOUN.search(window), _OTHER_PRONOUN.search(window)
    if human and (other is None or human.start() < other.start()) and not _person_like_before(window, human.start()):
        return "pronoun"
    return None


def family_then_hyphenated_given(words: list[str]) -> bool:
    """Whether a two-word run is a Korean name in its own order: a short family name, then a given name of two
    romanised syllables joined by a hyphen, the second in lower case ("Moon Jae-in", "Son Heung-min"); not a word
    and a compound ("New Year-end")."""
    return (
        len(words) == 2
        and _rx(r"\p{Lu}\p{Ll}{1,4}").fullmatch(words[0]) is not None
        and _rx(rf"(?i:{_SYLLABLE}-{_SYLLABLE})").fullmatch(words[1]) is not None
        and words[1][:1].isupper()
        and words[1].split("-")[1].islower()
        and fold(words[0]) not in _not_name_words()
    )


# A romanised Korean syllable: an initial, a vowel, a final ("heung", "min", "jae", "seok", "moon"), which "year",
# "day" or "half" is not.
_SYLLABLE = r"(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjhwy])?(?:yeo|yae|wae|eo|ae|ya|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|i|o|u)(?:ng|[kntlmpgb])?"


def known_given_name(word: str) -> bool:
    """Whether `word` is a given name the lexicon knows, or a hyphenated one whose every part is ("Esa-Pekka",
    "Hans-Peter", "Marie-Claire"), not a compound of other words ("Al-Qaeda", "Bin-Laden")."""
    given = word_set("given_names")
    return fold(word) in given or ("-" in word and all(fold(part) in given for part in word.split("-")))


def _apposed_as_person(text: str, word: str) -> bool:
    """Whether `word`, one part of a name, stands alone elsewhere with a person's role set off after it: "Sombat, a
    prominent social activist," (a given name alone, as Thai news uses it), "Haddad, the union's lawyer,"; not a
    place the lexicon knows."""
    if len(word) < 3 or fold(word) in _known_places() or f"{word}," not in text:
        return False  # (the word and its comma, written together, open every match: no pattern to compile)
    for match in _rx(
        rf"(?<![\p{{L}}\p{{M}}'’.-])(?<!\p{{Lu}}[\p{{L}}\p{{M}}]*\s){regex.escape(word)},\s+(?:a|an|the)\s+"
        r"(?P<role>[\p{Ll}\p{M}'’ -]{1,60}?)(?=\s*[,;.]|\s+\p{Lu})"
    ).finditer(text):
        if any(fold(w) in _title_vocabulary() for w in match.group("role").split()):
            return True
    return False


def _person_like_before(window: str, end: int) -> bool:
    """Whether a run that could be another person stands in `window` before `end`: a run holding an
    organisation's word ("the National Association of Head Teachers") is not one."""
    return any(
        not any(fold(w) in _not_name_words() for w in run.group().split())
        for run in _candidates().finditer(window, 0, end)
    )


def _opens_with_particle(name: str) -> bool:
    """Two words that open with a particle no full name opens with: "Le Monde", "Al Jazeera", "De Gaulle" (in
    three, a surname may come first: "Le Hong Luyen")."""
    words = name.split()
    first = fold(words[0])
    return len(words) == 2 and first in word_set("name_particles") and first not in lexicon().name_opening_particles


def _short_surname_tail(name: str) -> bool:
    """Whether what follows a name's second word lets it be a family name: nothing ("James To"), or a hyphenated
    Chinese given name alone ("James To Kun-sun", "Emily So Wai-man")."""
    tail = name.split()[2:]
    return not tail or (len(tail) == 1 and bool(_rx(r"\p{Lu}\p{Ll}+-\p{Ll}+").fullmatch(tail[0])))


# A preposition right before a run ("Residents of Elizabeth Street said"): the run is where, and whoever speaks is
# someone else; "said to be" after it ("Charles Bridge, a landmark, said to be 650 years old") is no one speaking.
@cache
def _place_preposition_before() -> regex.Pattern[str]:
    words = "|".join(regex.escape(w) for w in lexicon().run_place_prepositions)
    return _rx(rf"\b(?i:{words})\s+$")


@cache
def _dwellers_before() -> regex.Pattern[str]:
    """Who lives or works somewhere and where, right before a run ("residents of ", "shopkeepers along the ")."""
    nouns = "|".join(regex.escape(w) for w in lexicon().dweller_nouns)
    prepositions = "|".join(regex.escape(w) for w in lexicon().dweller_prepositions)
    return _rx(rf"\b(?i:{nouns})\s+(?i:{prepositions})\s+(?:(?i:the)\s+)?$")


def _start_with_title(text: str, start: int, title: str | None) -> int:
    """Where the run at `start` opens with the title cut from it, if the title stands right before it ("Daw" of
    "Daw Green Lane"); else `start`."""
    if title and text[max(0, start - len(title) - 1) : start].rstrip().endswith(title):
        return text.rfind(title, 0, start)
    return start


def _dwellers_place(text: str, start: int, title: str | None) -> bool:
    """Whether the run at `start` (with the title cut from it, if any) is where the dwellers a noun names live:
    "Residents of Daw Green Lane said", "shopkeepers along Grace Lane"."""
    start = _start_with_title(text, start, title)
    return bool(_dwellers_before().search(text, max(0, start - 40), start))


_SAID_TO_BE = regex.compile(r"\s*(?:,[^,.!?]{1,60},)?\s*said\s+to\s+(?:be|have)\b")


def _speaker_itself(text: str, start: int, end: int, title: str | None = None) -> bool:
    """Whether the run a speech verb vouches for is the one speaking: no preposition before it, nor before the
    title cut from it ("residents of Daw Green Lane said": "Daw" is a form of address and a place's word), and no
    "said to be" after it."""
    start = _start_with_title(text, start, title)
    before = _place_preposition_before().search(text, max(0, start - 12), start)
    return not before and not _SAID_TO_BE.match(text, end)


_NEXT_WORD = regex.compile(r"[ \t]+(\p{Lu}\p{Ll}+)\b")


def _opens_body_name(text: str, end: int) -> bool:
    """Whether the run ending at `end` goes on, with no mark between, with a capitalised word no person's name holds
    and that is a body's, a place's or a publication's word rather than a function word ("News", "Foundation",
    "Street"; not "The", nor a weekday)."""
    word = _NEXT_WORD.match(text, end)
    if not word:
        return False
    folded = fold(word.group(1))
    return folded in _not_name_words() and folded not in STOP and folded not in CALENDAR


def _plausible(text: str, start: int, name: str, evidence: _Evidence, strong: bool, vouched: bool = False) -> bool:
    """Whether a capitalised run can be a person's name at all; `strong`: a title or role vouches for it;
    `vouched`: a speech verb whose speaker it is, which, as a title or a role does, lets a family name that is a
    place's or a body's word end a name a given name opens ("Chris Bridge said")."""
    parts = _rx(r"[\s-]+|(?<=\.)(?=\p{Lu}\p{Ll})").split(name)
    words = [fold(w).strip(".'") for w in parts]
    if parts[0].endswith(".") and words[0] in _title_vocabulary():
        return False  # "Mr.Smith": a title joined to a surname
    # a family name that is also a short English word ends a name a given name opens, where a title or role vouches
    # for it ("lawmaker James To", "Councillor Emily So"), or stands before a hyphenated Chinese given name ("lawmaker
    # James To Kun-sun"): capitalised there, it is no function word
    short_surname = (
        strong
        and len(words) > 1
        and words[0] in word_set("given_names")
        and parts[1][:1].isupper()
        and _short_surname_tail(name)
    ) or (
        (strong or vouched)
        and len(words) == 2
        and words[0] in word_set("given_names")
        and words[1] in word_set("word_surnames")
        and parts[1][:1].isupper()
    )
    korean = family_then_hyphenated_given(name.split())  # "Moon Jae-in": a syllable ("in") is no function word
    inside = [
        (w, parts[k])
        for k, w in enumerate(words)
        if not (korean and k > 0)
        and not (0 < k < len(words) - 1 and w in word_set("surname_prefixes"))
        and not (k == 1 and short_surname)
        and not _rx(r"\p{Lu}\.").fullmatch(parts[k])  # an initial ("A. Xavier Jayakumar"), not the article
        and not (k == 0 < len(parts) - 1 and _rx(r"[AI]").fullmatch(parts[k]) and strong)  # "member A Raja"
    ]
    if len(words) < 2 or any(_not_name_word(w, part) for w, part in inside):
        return False
    if fold(name) in word_set("person_titles"):
        return False  # "a former First Lady, Patience Okafor": a title of two words, no name
    if _opens_body_name(text, start + len(name)) and fold(parts[-1]) not in word_set("name_particles"):
        # "told Pajhwok Afghan News", "the Ana Costa Foundation": the opening of a body's name; not "John du" of
        # "John du Pont", a surname's particle before it
        return False
    if all(w.isupper() for w in name.split()):
        return False
    if _opens_with_particle(name) and not (strong and words[0] in word_set("given_names")):
        return False  # "Al Jazeera", but "the Rev. Al Sharpton": a title vouches for a given name that is a particle
    if strong:
        return True
    # "the Peter Harburg-owned yacht": the article is the yacht's; a headline's last word ("… Hoi An") on the line
    # before is no article of the name opening the next one
    line = text.rfind("\n", 0, start) + 1
    determiner = _DETERMINER_BEFORE.search(text[max(line, start - 6) : start]) and not _joined_to_participle(
        text, start + len(name)
    )
    if determiner or fold(name) in evidence.places | _known_places():
        return False
    if _area_of().search(text, max(line, start - 40), start):
        return False  # "the central province of Quang Nam": a place of that kind, whatever given name opens it
    if _part_of_country(text, start, start + len(name), line):
        return False  # "India's Uttar Pradesh state", "Indonesia's Aceh province": a part of that country
    if _office_of().search(text[max(0, start - 80) : start]) and not _glued_name(name):
        return False  # "the Minister of Women and Family Welfare, Anita Rao": the office, not a person
    body = _rx(r"(\p{Lu}[\p{L}\p{M}]*)\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}]*\s+(?:and|&)\s+)?$").search(
        text, max(0, start - 60), start
    )
    if body and fold(body.group(1)) in _not_name_words() and fold(body.group(1)) not in STOP:
        return False  # "the Federation of Ugandan Fish Exporters", "Institute of Space and Astronautical Science":
        # the rest of a body's name; not "But for Ana Costa's goal", a function word opening the sentence
    given = name.split()[0] if _word_given_name(name, evidence) else None  # "Will Cornick" beside "will be"
    # a particle written in lower case inside the name ("bin", "van") is lower case anywhere
    return not any(evidence.written_lower(w) for w in name.split() if len(w) > 2 and w != given and w[:1].isupper())


Candidate = tuple[int, int, str, str | None, str | None]  # start, end, name as written, title role, '"nickname"'


def _raw_candidates(text: str, evidence: _Evidence) -> list[Candidate]:
    """Each capitalised run, with title words cut off, and the first word of a sentence dropped when the
    document writes it in lower case elsewhere ("Yesterday Ana Costa")."""
    out = []
    for whole in _candidates().finditer(text):
        for match in _unglued(text, whole):
            candidate = _candidate(text, match, whole.group("nicked"), evidence)
            if candidate:
                out.append(candidate)
    return out


class _Run:
    """A stretch of a capitalised run, read as a run of its own."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def group(self) -> str:
        return self._text[self._start : self._end]

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _unglued(text: str, run: regex.Match[str]) -> list[_Run]:
    """The run, or its two names when a copied page lost the space between them ("Billie TsienRobert A.M. Stern"
    → "Billie Tsien", "Robert A.M. Stern"): a word whose capital inside opens a given name the lexicon knows, and
    whose opening is no surname's ("McDonald", "FitzGerald" stay whole), nor a given name (a given name written as
    one, "LeeAnn Rimes", "Sarah LeeAnn Moore"; a surname that is a given name too is read so, "Elton JohnBernie")."""
    for word in _rx(r"(?<![\p{L}\p{M}])(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)(?![\p{L}\p{M}])").finditer(
        text, run.start(), run.end()
    ):
        head, tail = word.group(1), word.group(2)
        compound = word.start() == run.start() or known_given_name(head)  # "LeeAnn", "Sarah LeeAnn Moore"
        if known_given_name(tail) and not compound and fold(head) not in word_set("capitalised_surname_openings"):
            return [_Run(text, run.start(), word.end(1)), _Run(text, word.start(2), run.end())]
    return [_Run(text, run.start(), run.end())]


def _candidate(text: str, match: _Run, nickname: str | None, evidence: _Evidence) -> Candidate | None:
    """The candidate name of a run, its title cut off (see `_raw_candidates`)."""
    written = _before_compound(_without_closing_title(match.group(), text[match.end() : match.end() + 1]))
    if _rx(r"\s\p{Lu}").fullmatch(written[-2:]) and not _one_letter_surname(written):
        written = written[:-2]  # "Plan B, the fallback": a letter that ends a run is a surname only after one
        # given name
    if fold(written.split()[-1]) in _title_vocabulary() and _rx(r"\s*\(\p{Lu}{2,8}\)").match(text, match.end()):
        return None  # "Agriculture Cabinet Secretary (CS)": an office and its abbreviation
    title, rest = split_title(written)
    if title is None:
        title, rest = rank_before_surname(text, written)
    if title is None:
        title, rest = _title_across(text, match.start(), written)
    rest = rest if _apposed_to_role(text, match.start(), match.end(), rest) else _trim(rest)
    first = rest.split(" ", 1)[0]
    preceding = text[max(0, match.start() - 3) : match.start()].rstrip(" ")
    opens = not title and (not preceding or preceding[-1] in '.!?:"\n')
    if opens and (evidence.written_lower(first) or _sentence_adverb(first)) and not _word_given_name(rest, evidence):
        rest = rest[len(first) :].strip()
    rest = _without_demonym(rest)
    if not rest:
        return None
    title, rest = _before_glued(title, rest, evidence)
    if not title:
        title, rest = _after_branch(rest)
    if not title:
        lead = written[: written.find(rest)].split() if rest in written else []
        title, rest = _after_office(text, match.start(), rest, lead)
    if not title:
        rest = _after_named_body(rest)
    if not title:
        title, rest = _after_abbreviation(rest)
    start = match.start() + written.rfind(rest)
    return (start, start + len(rest), rest, title, nickname if nickname and nickname in rest else None)


def _word_given_name(run: str, evidence: _Evidence) -> bool:
    """Whether a sentence's first word that is also a common word is a given name here: one the lexicon lists as
    both ("Will", "Mark", "Grace"), before one surname that stands alone elsewhere as a speaker ("Will Cornick
    admitted …" beside "Cornick allegedly told")."""
    words = run.split()
    return len(words) == 2 and fold(words[0]) in word_set("word_given_names") and evidence.speaks(words[1])


def _after_abbreviation(run: str) -> tuple[str | None, str]:
    """("HDP", "Nasır Yağız") for "HDP Nasır Yağız": a party's or a body's abbreviation before a name of two words
    or more says whom the person stands for, and is no part of the name."""
    words = run.split()
    if len(words) >= 3 and _ABBREVIATION.fullmatch(words[0]) and not _ABBREVIATION.fullmatch(words[1]):
        return words[0], " ".join(words[1:])
    return None, run


def _apposed_to_role(text: str, start: int, end: int, run: str) -> bool:
    """Whether a given name the lexicon knows and one more word stand set off by commas right after a person's role
    ("another councillor, Christian Street, recommended", "the choir's soprano, Charlotte Church, sang"): a person
    whose family name is a word no name otherwise ends with."""
    words = run.split(" ")
    return (
        len(words) == 2
        and known_given_name(words[0])
        and text[end : end + 1] == ","
        and text[max(0, start - 2) : start] == ", "
        and _role_before(text[max(0, start - 120) : start]) is not None
    )


def _after_named_body(run: str) -> str:
    """The name in a run that goes on from the name of a body, a prize or a place with no mark between them ("the
    Stirling Prize Tony Chapman looks back", "the Premier League Harry Kane"): it opens at a given name the lexicon
    knows right after a word no name holds, two words at least, none of them such a word."""
    words = run.split(" ")
    for k in range(1, len(words) - 1):
        rest = words[k:]
        if (
            fold(words[k - 1]) in _not_name_words()
            and known_given_name(words[k])
            and not any(fold(w) in _not_name_words() for w in rest)
        ):
            return " ".join(rest)
    return run


def _one_letter_surname(run: str) -> bool:
    """Whether a run that ends in a letter alone is a given name the lexicon knows and a family name of one letter
    ("Vivian U", "Kim O"), as Chinese, Korean and Burmese names may have."""
    words = run.split()
    return len(words) == 2 and known_given_name(words[0])


def _before_compound(run: str) -> str:
    """A run cut where a hyphen joins a name to a participle ("the Peter Harburg-owned Black Jack", "a Roman
    Abramovich-backed club"): the name ends at the hyphen; what follows is what it owns, backs or leads."""
    words = run.split(" ")
    for k, word in enumerate(words):
        head, _, tail = word.rpartition("-")
        if head and tail in word_set("name_compound_participles"):
            return " ".join([*words[:k], head])
    return run


def _joined_to_participle(text: str, end: int) -> bool:
    """Whether a hyphen and a participle of `name_compound_participles` follow the run that ends at `end`."""
    joined = _rx(r"-(\p{Ll}+)\b").match(text, end)
    return joined is not None and joined.group(1) in word_set("name_compound_participles")


def _glued_name(name: str) -> bool:
    """Whether `name` is one word of an initial joined to a given name ("Ch.Batbold"), not a saint's place
    ("St.Petersburg")."""
    return bool(_rx(_GLUED).fullmatch(name)) and fold(name.split(".")[0]) not in word_set("surname_prefixes")


def _before_glued(title: str | None, run: str, evidence: _Evidence) -> tuple[str | None, str]:
    """(title, name) for a run whose name opens with an initial joined to a given name after other words ("FM
    L.Bold", "Mongolia O.Erdenebulgan"): that form opens the name (the initial is the father's), so the words
    before it are a title, or the place an office is held for, never part of it."""
    words = run.split(" ")
    k = next((j for j, w in enumerate(words) if j and _rx(_GLUED).fullmatch(w)), 0)
    if not k:
        return title, run
    lead = " ".join(words[:k])
    if fold(lead) in evidence.places | _known_places():
        return title, " ".join(words[k:])
    return " ".join(filter(None, [title, lead])), " ".join(words[k:])


def _after_branch(run: str) -> tuple[str | None, str]:
    """(body, name) for a run that opens with a body's abbreviation and the country of its branch ("NFU Scotland
    Allan Bowie", "WWF Kenya Amani Odhiambo"): the body speaks for the person who follows, it is no part of the
    name."""
    words = run.split(" ")
    if len(words) >= 4 and _rx(r"\p{Lu}{2,6}").fullmatch(words[0]) and fold(words[1]) in _known_places():
        return " ".join(words[:2]), " ".join(words[2:])
    return None, run


def _title_across(text: str, start: int, run: str) -> tuple[str | None, str]:
    """(title, name) when the word before the run and the run's first word are one title the run's words cannot
    show, the first ending in an apostrophe ("Dato' Sri Zulkifli Hamzah": "Sri Zulkifli Hamzah" is no name)."""
    before = _rx(r"(\p{L}+['’])\s+$").search(text, max(0, start - 20), start)
    words = run.split(" ", 1)
    if before is None or len(words) < 2:
        return None, run
    title = f"{before.group(1)} {words[0]}"
    titles = {t.replace("’", "'") for t in lexicon().person_titles}
    return (title, words[1]) if title.lower().replace("’", "'") in titles else (None, run)


class _OfficeFields:
    """The words of an office's field, folded: a minister's portfolio ("energy", "tourism") or a scholar's
    discipline, by its ending ("geophysics", "oncology", "chemistry")."""

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        endings = tuple(word_set("discipline_endings"))
        return word in word_set("portfolio_words") or (len(word) > 6 and word.isalpha() and word.endswith(endings))


def _after_office(text: str, start: int, run: str, lead: list[str]) -> tuple[str | None, str]:
    """(office, name) for a run that goes on from a capitalised title's "of" ("Head of Human Resource Stanley
    Zyambo", "Director of Public Prosecutions Noordin Haji"): the office's words end where a given name the
    lexicon knows opens the last two words or more, or after the words of a minister's field ("Minister for
    Energy Hammad Azhar"; `lead`: the words of the run left out before `run`, "Energy" there)."""
    office = _office_of().search(text, max(0, start - 80), start)
    words = run.split(" ")
    if office is None:
        return None, run
    fields = _OfficeFields()
    k = 0
    while k < len(words) - 2 and fold(words[k]) in fields:
        k += 1
    if (lead or k) and all(fold(w) in fields for w in lead) and len(words) - k >= 2:
        return " ".join([*office.group(0).split(), *lead, *words[:k]]), " ".join(words[k:])
    if lead and len(words) >= 2 and (fold(words[0]) in word_set("given_names") or fold(lead[-1]) in fields):
        # the office's words, never a name's, were left out of the run before a name a given name opens
        # ("Leader of Opposition Rahul Gandhi") or after a minister's field ("… for National Assembly Affairs
        # Fahad Al-Afasi")
        return " ".join([*office.group(0).split(), *lead]), run
    if len(words) < 3:
        return None, run
    ends = [
        j for j in range(len(words) - 2) if fold(words[j]) in fields or fold(words[j]) in word_set("organisation_heads")
    ]
    last_field = max(ends, default=-1)
    if last_field >= 0:
        # "Minister of State for Cabinet Affairs Barrak Al-Shitan": the office ends with a minister's field, or
        # with the head of the body it is held in ("Leader of the Majority Coalition Aden Duale")
        return " ".join([*office.group(0).split(), *words[: last_field + 1]]), " ".join(words[last_field + 1 :])
    if family_then_hyphenated_given(words[-2:]):
        # "Deputy Minister for Public Relations Noh Kyu-duk": a Korean name in its own order closes the run
        return " ".join([*office.group(0).split(), *words[:-2]]), " ".join(words[-2:])
    given = word_set("given_names")
    for k in range(1, len(words) - 1):
        if fold(words[k]) in given:
            return " ".join([*office.group(0).split(), *words[:k]]), " ".join(words[k:])
    held_for = _rx(r"\s(?:of|for)\s+(?P<fields>[^\n]+?)\s+(?:for|from)\s+(?:the\s+)?$").search(office.group(0))
    fields_only = held_for and all(
        fold(w) in fields or w in ("and", "&") for w in held_for.group("fields").replace(",", " ").split()
    )
    if fields_only and len(words) == 3:
        # "Minister of Tourism for Curacao Ruisandro Cijntje": the place the office is held for, then the name
        return " ".join([*office.group(0).split(), words[0]]), " ".join(words[1:])
    return None, run


def _without_demonym(run: str) -> str:
    """A run without a demonym that opens it before a given name the lexicon knows ("Kenyan Kelvin Kiptum",
    "Belgian Bashir Abdi"): where a person is from, not their name. A given name that ends as a demonym does
    ("Brian", "Adrian") stays."""
    words = run.split(" ")
    if len(words) >= 2 and (_plural_demonym(words[0]) or _people_noun(words[0])):
        return " ".join(words[1:])  # "Kenyans Fred Kiprop and …", "Kenyans Lonyangata and Saina win"
    if len(words) < 2 or not words[0].isalpha():
        return run
    first, given = fold(words[0]), word_set("given_names")
    if len(words) == 2:
        # "edging Serbian Jelacova": a people the lexicon knows before one word it knows as no given name is
        # where a person is from and their surname, no name of two words
        people = first in word_set("people_adjectives")  # a people, not a place ("Geneva Keaton")
        alone = people and first not in given and fold(words[1]) not in given
        return words[1] if alone else run
    demonym = first.endswith(demonym_adjective_endings()) and first not in given
    # a given name the lexicon does not know after a people it does, before a family name ("Norwegian Daniel-André
    # Tande"; not "Indian Concessionary Loan Scheme")
    people = len(words) == 3 and _people_of_known_place(first)
    return " ".join(words[1:]) if demonym and (fold(words[1]) in given or people) else run


def _abbreviated_title(text: str, run: str) -> bool:
    """Whether a run of two words opens with a title's abbreviation (`title_abbreviations`: "MD", "DG") whose
    spelled-out title the article writes beside the same surname ("Managing Director Ram Paudel", "Jane Okoro,
    Managing Director of"): an office before a surname, not initials ("KB Thapa")."""
    words = run.split()
    if len(words) != 2 or not words[0].isupper():
        return False
    title = lexicon().title_abbreviations.get(fold(words[0]))
    if title is None:
        return False
    # "MD Rahman, a worker" beside another managing director is Md (Mohammad) Rahman
    spelled = regex.escape(title.replace("-", " "))
    surname = regex.escape(fold(words[1]))
    near = r"\W+(?:\w+\W+){0,4}"
    pattern = rf"\b(?:{spelled}{near}{surname}|{surname}{near}{spelled})\b"
    return bool(_rx(pattern).search(fold(text).replace("-", " ")))


def _place_owns_run(text: str, before: regex.Match[str], start: int) -> bool:
    """Whether the word `before` a run is a place (no people's adjective) with an article before it: the run is
    the rest of what the place names ("the Chennai Grand Masters", "the Lagos Carnival"), no person from there."""
    place = fold(before.group(1))
    if place in word_set("people_adjectives") or place not in _known_places():
        return False
    return bool(
        _rx(r"\b(?i:the|a|an|this|that|its|their)\s+$").search(text, max(0, before.start(1) - 12), before.start(1))
    )


def _people_of_known_place(word: str) -> bool:
    """Whether the folded `word` is a people the lexicon knows, used before a name ("norwegian", "slovenian")."""
    return word in _known_places() or word in word_set("people_adjectives")


def _plural_demonym(word: str) -> bool:
    """Whether `word` names a people in the plural ("Kenyans", "Slovenians"): a people the lexicon knows, or a
    word in -ians whose singular is no given name."""
    folded = fold(word)
    if not folded.endswith("s") or folded in word_set("given_names"):
        return False
    return folded[:-1] in _known_places() or (folded.endswith("ians") and folded[:-1] not in word_set("given_names"))


def _people_noun(word: str) -> bool:
    """Whether `word` is a man or a woman of a people the lexicon knows, written as one word ("Dutchman",
    "Frenchwoman", "Englishmen"): where a person is from, never a part of the name after it."""
    stem = _rx(r"(?i)(\p{L}{3,})(?:wom[ae]n|m[ae]n)").fullmatch(word)
    return stem is not None and fold(stem.group(1)) in word_set("people_adjectives")


def _sentence_adverb(word: str) -> bool:
    """Whether a word opening a sentence is an adverb in -ly ("Obviously Madison is …", "Finally Ana Costa"), a
    participle of `opening_participles` ("Addressing Cann in court, the judge …", "Speaking Tuesday, …") or a greeting before whom
    it greets ("Congratulations Andrej!", "Welcome Ana Costa"), not a given name the lexicon knows ("Kimberly",
    "Irving")."""
    folded = fold(word)
    if folded in word_set("given_names"):
        return False
    return (
        (len(word) >= 7 and word.endswith("ly"))
        or folded in word_set("opening_participles")
        or _english_participle(folded)
        or folded in word_set("greetings")
    )


def _english_participle(word: str) -> bool:
    """Whether a word in -ing reads as an English participle ("mourning", "regarding", "addressing"): a consonant
    before "ing" with a consonant other than "n" or "g" before it. A romanised given name in -ing ("Jianming",
    "Xiaoping") has a vowel, an "n" or a "g" there, as the syllables of its language end."""
    if len(word) < 7 or not word.endswith("ing"):
        return False
    return word[-4] not in "aeiouy" and word[-5] not in "aeiouyng"


def _without_closing_title(run: str, next_char: str) -> str:
    """A run that ends in an abbreviated title ("Commander Full Gen" of "Full Gen. Umit Dundar") without it."""
    head, _, last = run.rpartition(" ")
    if last.lower() in word_set("name_suffixes"):
        return run  # "Ferdinand Marcos Sr.": the name's suffix
    return head if head and next_char == "." and f"{last.lower()}." in word_set("person_titles") else run


def _trim(name: str) -> str:
    """The name without leading or trailing words that are never part of one ("The", "On", "Thirty-year-old", an
    acronym: "Steve Scott ABC")."""
    words = name.split()
    while words and (
        (fold(words[0]) in _not_name_words() and not (words[0] in ("A", "I") and len(words) > 1))
        or _rx(rf"(?i){_age_words()}(?:-year-old)?").fullmatch(words[0])
    ):  # a bare "A" or "I" opens a run only as an initial after a role ("DMK member A Raja")
        words.pop(0)  # "Four Karabakh leaders", "Thirty-year-old Lucas Ferreira"
    while words and _not_name_word(fold(words[-1].rstrip(".")), words[-1]):
        if (
            len(words) == 2
            and fold(words[0]) in word_set("given_names")
            and (_rx(r"\p{Lu}\p{Ll}{1,2}").fullmatch(words[1]) or fold(words[1]) in word_set("word_surnames"))
        ):
            break  # "James To", "Chris Bridge": a family name that is a word after a given name; a cue must vouch
        if fold(words[-1]) in word_set("organisation_heads") | word_set("building_heads") | word_set("firm_heads"):
            return ""  # "United Grain Millers Association": a body's name, whatever its other words are
        words.pop()
    if len(words) > 1 and _rx(r"\p{Lu}{2,}").fullmatch(words[-1]) and fold(words[-1]) not in word_set("post_nominals"):
        words.pop()  # an acronym closes an organisation's name ("English PEN"), never a person's: initials open one
    while len(words) > 2 and fold(words[-1].rstrip(".")) in word_set("post_nominals"):
        words.pop()  # an honour, degree or fellowship after the name ("Tony Chapman Hon FRIBA", "Ama Owusu PhD")
    return " ".join(words)


# A paragraph's first word written in capitals as a lead-in, a capitalised word after it ("HAZEL Manning, widow
# of …", "AFISHA Glasgow is struggling"): read as the word it is, so a given name there is one.
_LEAD_IN_CAPITALS = regex.compile(r"(?:^|(?<=\n))(?P<word>\p{Lu}{2,})(?=[^\S\n]+(?P<next>\p{Lu}\p{Ll}[\p{L}'’-]*))")


def _lead_in_capitals_cased(text: str) -> str:
    """The text with each lead-in word in capitals written capitalised ("HAZEL" → "Hazel"), its length kept: a given
    name the lexicon knows, or one that is also a word where the text names the surname after it again ("HAZEL
    Manning" … "Manning"); a place or a body's abbreviation is not ("KAMPALA Museveni", "ANC Fikile Mbalula",
    "UNICEF Director …" stay)."""

    def cased(match: regex.Match[str]) -> str:
        word, after = match.group("word"), match.group("next")
        again = len(regex.findall(rf"(?<![\p{{L}}'’-]){regex.escape(after)}(?![\p{{L}}'’-])", text)) > 1
        lead = known_given_name(word.capitalize()) or (fold(word) in word_set("word_given_names") and again)
        return word.capitalize() if lead and len(word.capitalize()) == len(word) else word

    return _LEAD_IN_CAPITALS.sub(cased, text)


_NOUN_BEFORE_NAME = regex.compile(r"(?<![\p{L}'’-])(?P<noun>\p{Ll}[\p{Ll}-]*|\p{Lu}\p{Ll}+),?[^\S\n]+$")
_WORD_BEFORE_NOUN = regex.compile(r"(?<![\p{L}'’-])(?P<word>\p{L}+)[^\S\n]+$")


def noun_before_name(text: str, start: int) -> tuple[str, str]:
    """The noun written right before a name at `start`, lower-cased, and the word before that noun ("Another
    brother, Brian Nderura" → ("brother", "another"); "her husband Max Richards" → ("husband", "her")); empty
    strings where there is none."""
    match = _NOUN_BEFORE_NAME.search(text, max(0, start - 30), start)
    if not match:
        return "", ""
    before = _WORD_BEFORE_NOUN.search(text, max(0, match.start() - 20), match.start())
    return match.group("noun").lower(), before.group("word").lower() if before else ""


def person_mentions(ctx: DocumentContext) -> list[PersonMention]:
    """Every mention of a person's full name in the document."""
    text = _lead_in_capitals_cased(ctx.text)
    evidence = _evidence(text)
    raw = _raw_candidates(text, evidence)
    # a run after "in" or "at" is a place, unless "who" takes it up ("a swipe at Steve Eva, who had spoken")
    places = {
        fold(c[2])
        for c in raw
        if _PLACE_BEFORE.search(text[max(0, c[0] - 12) : c[0]])
        and not _cue_patterns()["who"].match(text[c[1] : c[1] + 20])
        and not _aimed_at().search(text, max(0, c[0] - 40), c[0])  # "firing questions at Ana Costa"
        # "in David Cronenberg's satire": a given name the lexicon knows, and what the run owns after it
        and not (known_given_name(c[2].split()[0]) and _POSSESSIVE_NOUN.match(text, c[1]))
    }
    evidence.places = frozenset(places)
    found: dict[int, PersonMention] = {}
    for start, end, name, title, nickname in raw:
        shown = _shown(name, nickname)
        # a body's abbreviation alone before the name ("HDP Nasır Yağız") says whom a person stands for, but not
        # that the run is a person ("FIS Ski Jumping"): the words around it must
        titled = title and not _ABBREVIATION.fullmatch(title) and not _placed_address(text, start, title)
        if titled and _address_style_after_comma().search(text, max(0, start - 120), start):
            # "The Speaker of the House, Rt Hon Ama Owusu": the office set off before the style is the role
            title = _role_before(text[max(0, start - 120) : start]) or title
        cue = ("title", _stated_role(title, text[end : end + 160])) if title and titled else _cue(text, start, end)
        if cue is not None and cue[1] and fold(cue[1]) in word_set("address_ranks"):
            # "U Win Shein said": a form of address alone is no role; the one set off after the name is
            cue = (cue[0], (_cue(text, start, end) or (None, None))[1])
        if cue is None and nickname:
            cue = ("nickname", None)  # 'Joaquín "El Chapo" Guzmán': only people are given nicknames
        strong = cue is not None and cue[0] in ("title", "role")
        if cue is not None and cue[0] == "role" and fold(shown) in evidence.places | _known_places():
            continue  # "his visit to Sri Lanka, the ministry said": a place before a body that speaks
        # "the Senzo Meyiwa murder trial": the determiner is the trial's, not the name's
        strong = strong or (
            cue is not None and cue[0] == "case" and fold(shown) not in evidence.places | _known_places()
        )
        vouched = cue is not None and cue[0] == "speech" and _speaker_itself(text, start, end, title)
        if _dwellers_place(text, start, title):
            continue  # "Residents of Daw Green Lane said": the place they live in, not a person
        # a parent's name inside it vouches as a title does ("Sheikh Abdullah bin Ali", "sheikh" lower case elsewhere)
        strong = strong or _filial_name(shown)
        if not _plausible(text, start, shown, evidence, strong, vouched) or fold(shown) in _feasts():
            continue  # "On Christmas Eve 2013": a feast's name, whatever given name it holds
        if not title and _abbreviated_title(text, shown):
            continue  # "MD Paudel added" after "Iswari Paudel, Managing Director at …": an office and a surname
        if not title and _publication_before().search(text, max(0, start - 30), start):
            continue  # "the Malay paper Utusan Malaysia": the publication's name
        if not title and _publication_after().match(text, end):
            continue  # "told France Info radio": the medium's name
        if cue is None:
            weak = _weak_cue(text, start, end, shown, evidence)
            cue = (weak, None) if weak else None
        if cue is None and _glued_name(shown):
            cue = ("initial", None)  # "a ranger, Ch.Batbold,": only people's names are written so
        if cue is None and _filial_name(shown):
            cue = ("filial", None)  # "Sheikh Abdullah bin Ali Al-Thani called on": a parent's name inside it
        if cue is not None:
            found[start] = _mention(start, end, name, cue[1], cue[0], nickname)
    _add_lists(text, raw, found, evidence)
    for start in [
        s for s in found if _line_start(text, s) in evidence.title_case and not _bulleted_under_people(text, s)
    ]:
        del found[start]  # in a title-case headline, only names the rest of the document confirms (below)
    _add_known(raw, found)
    if _add_lists(text, raw, found, evidence):
        _add_known(raw, found)  # a list holding a person named elsewhere ("A, B and C" after "B, the captain")
    _add_known_in_headlines(text, found, evidence)
    fuller = {fold(m.name) for m in found.values()}
    for start in [s for s, m in found.items() if any(opens_fuller_name(fold(m.name), f) for f in fuller)]:
        del found[start]  # "Sheikh Hamdan" after "Sheikh Hamdan bin Mohammed": the short form, no full name
    for start in [
        s
        for s, m in found.items()
        if (m.cue not in ("title", "role") or particle_surname(fold(m.name)))
        and any(ends_fuller_name(fold(m.name), f) for f in fuller)
    ]:
        del found[start]  # "Tiu Laurel" after "Francisco Tiu Laurel Jr.": a surname of two words, alone; not a
        # person of one's own with a title ("farmer Adjei Boateng" after "Kwame Adjei Boateng"), unless a particle
        # opens it ("minister Van der Steur" after "Ard van der Steur")
    for turn in transcript_turns(text):
        written = text[turn.label_start : turn.label_end] == turn.name  # not initials standing for the name
        if written and turn.name[:1].isupper() and not any(m.start <= turn.label_start < m.end for m in found.values()):
            found[turn.label_start] = _mention(turn.label_start, turn.label_end, turn.name, None, "label", None)
    _name_given_names_alone(found)
    return [found[s] for s in sorted(found)]


@dataclass(frozen=True)
class Turn:
    """A paragraph of an interview written as a transcript: the speaker's label (`label_start`/`label_end`, the
    name without its honorific), then a colon and the words the speaker said (`start`/`end`)."""

    label_start: int
    label_end: int
    name: str
    start: int
    end: int


# A paragraph that opens with a person's name and a colon, then what they said: "Dr. Jane Roe: We asked …". An
# honorific may stand before the name, and a lower-case particle inside it ("Professor van Velzen: …").
@cache
def _turn() -> regex.Pattern[str]:
    particles = "|".join(sorted(word_set("name_particles"), key=len, reverse=True))
    return regex.compile(
        r"(?:^|(?<=\n\n))(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?(?P<name>\p{Lu}[\p{L}\p{M}'’-]*"
        rf"(?:\s+(?:\p{{Lu}}\.|\p{{Lu}}[\p{{L}}\p{{M}}'’-]*|(?:{particles})(?=\s+\p{{Lu}}))){{1,3}}):[ \t]+"
        r"(?P<words>[^\n]+)(?=\n|$)"
    )


# A paragraph that opens with a speaker's initials and a colon: "ND: What's been your reaction?", "PvV: …".
_INITIALS_TURN = regex.compile(
    r"(?:^|(?<=\n\n))(?P<label>\p{Lu}(?:\p{Ll}?\p{Lu}){1,2}):[ \t]+(?P<words>[^\n]+)(?=\n|$)"
)
_LONG_TURN = 20  # a turn this long at least shows its label is a speaker's, not a heading's ("Note: see below")
# A paragraph that opens with a label of capitalised words and a colon and ends in a question: a questioner's turn
# at a briefing, labelled by their outlet ("AFP: …?", "Beijing Daily: …?").
# An agency writing its name in lower case labels its questions so too ("dpa: …?"), one the lexicon knows as such
# ("so: why now?" is no questioner's turn).
_QUESTION_TURN = regex.compile(
    r"(?:^|(?<=\n\n))(?P<label>\p{Lu}[\p{L}\p{M}'’.&-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.&-]*){0,3}|\p{Ll}{2,6}):[ \t]+"
    r"[^\n]*\?[ \t]*(?=\n|$)"
)
# A paragraph that opens with one capitalised word and a colon: a turn of the one person the text names in full
# whose surname that is ("Batbold: Yes, …" after "Prime Minister Sukhbaatar Batbold").
_SURNAME_TURN = regex.compile(r"(?:^|(?<=\n\n))(?P<label>\p{Lu}[\p{L}\p{M}'’-]+):[ \t]+(?P<words>[^\n]+)(?=\n|$)")


def _asked_by_others(text: str, spoken: set[str]) -> bool:
    """Whether a questioner whose label is no one's the text's turns give, and no heading's, asks in a turn of its
    own: the one person who answers at length then speaks in an exchange ("AFP: …?" then "Mao Ning: …")."""
    return any(
        fold(match.group("label")) not in spoken
        and (not match.group("label")[0].islower() or match.group("label") in word_set("lower_case_outlets"))
        and not any(fold(word) in word_set("heading_labels") for word in match.group("label").split())
        for match in _QUESTION_TURN.finditer(text)
    )


def transcript_turns(text: str, known: Iterable[str] = ()) -> list[Turn]:
    """The turns of a question-and-answer interview: paragraphs opened by a person's name and a colon, when two
    people at least speak so at length in the text (an exchange, not a heading like "Editor's Note: …" or "Key
    Facts: …"), and their shorter turns too. A label holds no word that is never part of a name nor a heading
    label. With the `known` names of the people the text names, a label of initials ("ND:", "PvV:") is the turn of
    the one whose name, or whose label elsewhere, those are the initials of ("Niall Dickson", "Professor van
    Velzen")."""
    named: list[tuple[str, Turn]] = []
    for match in _turn().finditer(text):
        _, name = split_title(match.group("name"))  # "Chef Tariq Haddad: …": the chef's name
        words = [fold(word.rstrip(".")) for word in name.split()]
        if len(words) < 2 or any(word in _not_name_words() or word in word_set("heading_labels") for word in words):
            continue
        start = match.end("name") - len(name)
        turn = Turn(start, match.end("name"), name, match.start("words"), match.end("words"))
        named.append((match.group("name"), turn))
    known = list(known)
    answers = _answer_turns(text, known)
    if answers:
        return answers  # "Q: …?" / "A: …": the one the text says it interviews answers
    turns = [turn for _, turn in named] + _initialled_turns(text, [label for label, _ in named], known)
    turns += _surname_turns(text, known)
    spoken = {fold(turn.name) for turn in turns if turn.end - turn.start >= _LONG_TURN}
    if len(spoken) < 2 and not (spoken and _asked_by_others(text, spoken)):
        return []
    return sorted((turn for turn in turns if fold(turn.name) in spoken), key=lambda turn: turn.start)


# A line that opens with an answer's label and a colon ("A: We can manage for a week."), and one that opens with a
# question's ("Q: How long can you cope?", "Question: …"), in an interview written as questions and answers.
_ANSWER_TURN = regex.compile(r"(?:^|(?<=\n))(?P<label>A|Answer|ANSWER):[ \t]+(?P<words>[^\n]+)(?=\n|$)")
_QUESTION_LINE = regex.compile(r"(?:^|(?<=\n))(?:\p{Lu}|Question|QUESTION):[ \t]+[^\n]*\?[ \t]*(?=\n|$)")


@cache
def _interviewing() -> regex.Pattern[str]:
    """Words that tell whom the text interviews, right before that person's name (a title or an office between):
    "we interviewed Dr Amara Nwosu", "spoke to the head coach, Ana Costa"."""
    words = "|".join(regex.escape(w) for w in sorted(lexicon().interview_cues, key=len, reverse=True))
    return regex.compile(rf"\b(?i:{words})\b[^.!?\n]{{0,80}}$")


def _answer_turns(text: str, known: list[str]) -> list[Turn]:
    """The answers of an interview written as questions and answers: each "A:" line, when a question line ("Q: …?")
    stands before the first of them, is the turn of the one person the paragraph right before that question (or the
    question's own) says that it interviews ("we spoke to Dr Amara Nwosu", "the opportunity to interview Alvaro
    Fernández"), when that person is the last one it names; with no such words, none (the questions are the
    interviewer's, whom such a text seldom names)."""
    answers = list(_ANSWER_TURN.finditer(text))
    question = _QUESTION_LINE.search(text, 0, answers[0].start()) if answers else None
    if question is None:
        return []
    lead = text[: question.start()].rstrip()
    breaks = [m.end() for m in regex.finditer(r"\n[ \t]*\n", lead)]
    lead = lead[breaks[-1] if breaks else 0 :]  # the paragraph right before the first question, or its own
    interviewed = set()
    last: tuple[int, str] | None = None
    for name in known:
        full = split_title(name)[1]
        if len(full.split()) < 2:
            continue
        for found in regex.finditer(rf"(?<![\p{{L}}]){regex.escape(full)}(?![\p{{L}}])", lead):
            if last is None or found.start() > last[0]:
                last = (found.start(), fold(full))
            if _interviewing().search(lead, max(0, found.start() - 90), found.start()):
                interviewed.add(fold(full))
    if len(interviewed) != 1 or last is None or last[1] not in interviewed:
        return []  # "interviewed the former mayor … This week the new mayor, Ingrid Solberg, answers": not whom
    who = next(name for name in known if fold(split_title(name)[1]) in interviewed)
    return [
        Turn(m.start("label"), m.end("label"), split_title(who)[1], m.start("words"), m.end("words")) for m in answers
    ]


def _surname_turns(text: str, known: list[str]) -> list[Turn]:
    """The turns labelled by a surname alone that exactly one of the `known` full names closes with (a name the
    text writes in capitals as a label, "UHURU KENYATTA:", is the one it writes so elsewhere)."""
    owners: dict[str, dict[str, str]] = {}
    for name in known:
        full = split_title(name)[1]
        if len(full.split()) >= 2:
            spellings = owners.setdefault(fold(full.split()[-1]), {})
            if fold(full) not in spellings or spellings[fold(full)].isupper():
                spellings[fold(full)] = full  # "Uhuru Kenyatta" over its label "UHURU KENYATTA": one person
    turns = []
    for match in _SURNAME_TURN.finditer(text):
        found = owners.get(fold(match.group("label")), {})
        if len(found) == 1:
            start, end = match.span("label")
            turns.append(Turn(start, end, next(iter(found.values())), match.start("words"), match.end("words")))
    return turns


def _initialled_turns(text: str, labels: list[str], known: Iterable[str]) -> list[Turn]:
    """The turns labelled by initials that stand for exactly one of the names the text labels turns with or
    `known` names (a title's initial counted, the title dropped from the name the turn is given). A known name
    that labels no turn needs its initials to open two turns at least, or to stand in an exchange with another's
    (one of them asks or speaks again): a note ("PS: …", "NB: …") speaks once and answers no one."""
    by_initials: dict[str, set[str]] = {}
    for name in [*labels, *known]:
        by_initials.setdefault(_initials(name), set()).add(split_title(name)[1])
    speakers = {split_title(label)[1] for label in labels}
    matches = list(_INITIALS_TURN.finditer(text))
    opened = Counter(match.group("label") for match in matches)
    owned = {label for label in opened if len(by_initials.get(label, ())) == 1}
    asked = any(m.group("words").rstrip().endswith("?") for m in matches if m.group("label") in owned)
    # two speakers' initials, one of them asking or speaking again: an exchange ("BT: …", "DL: …", "BT: I know.")
    exchange = len(owned) >= 2 and (asked or any(opened[label] >= 2 for label in owned))
    turns = []
    for match in matches:
        owners = by_initials.get(match.group("label"), set())
        if opened[match.group("label")] < 2 and not exchange:
            owners &= speakers
        if len(owners) == 1:
            start, end = match.span("label")
            turns.append(Turn(start, end, next(iter(owners)), match.start("words"), match.end("words")))
    return turns


def _initials(name: str) -> str:
    """The initials a transcript may label a speaker by: each word's first letter, a particle's in lower case
    ("Professor van Velzen" → "PvV")."""
    return "".join(word[0] for word in name.split() if word[0].isalpha())


def _name_given_names_alone(found: dict[int, PersonMention]) -> None:
    """Give the full name to each mention of a person's given names alone where the full name closes with a
    patronymic, as Icelanders are called: "Gunnar Bragi" after "Gunnar Bragi Sveinsson"."""
    full = {fold(m.name): m.name for m in found.values()}
    for start, mention in list(found.items()):
        short = fold(mention.name)
        names = [name for key, name in full.items() if len(short.split()) > 1 and closes_patronymic(short, key)]
        if len(names) == 1:
            found[start] = replace(mention, name=names[0])


def closes_patronymic(short: str, full: str) -> bool:
    """Whether the folded `full` is the folded `short` and one word more, a patronymic or matronymic
    ("gunnar bragi sveinsson", "katrin jakobsdottir")."""
    if not full.startswith(short + " "):
        return False
    rest = full[len(short) + 1 :].split()
    return len(rest) == 1 and any(
        rest[0].endswith(end) and len(rest[0]) > len(end) + 1 for end in word_set("patronymic_endings")
    )


def unsuffixed(name: str) -> str:
    """A name folded, without the generational suffix that may close it: "Francisco Tiu Laurel Jr." →
    "francisco tiu laurel"."""
    words = fold(name).split()
    while len(words) > 2 and words[-1].rstrip(".") in word_set("name_suffixes"):
        words.pop()
    return " ".join(words)


def ends_fuller_name(short: str, full: str) -> bool:
    """Whether `short` (two words or more, folded, opening with no given name the lexicon knows) is the surname
    that ends the fuller name `full`, which opens with one, a generational suffix aside: "tiu laurel" of
    "francisco tiu laurel jr", "garcia marquez" of "gabriel garcia marquez", "ramjohn richards" of "jean
    ramjohn-richards"; never "maria costa" of "ana maria costa"."""
    words = short.split()
    if len(words) < 2 or words[0] in word_set("given_names"):
        return False
    whole = unsuffixed(full).split()
    if whole and "-" in whole[-1] and whole[-1].split("-") == words:
        # "ramjohn richards" of "jean ramjohn-richards": the surname with a space for its hyphen
        return whole[0] in word_set("given_names")
    if len(whole) <= len(words) or whole[-len(words) :] != words:
        return False
    # the words before it open with a given name: not "Pasang Sherpa" of "Ang Pasang Sherpa", another person;
    # a particle no full name opens with says so itself ("van der steur" of "ard van der steur")
    return whole[0] in word_set("given_names") or particle_surname(short)


def particle_surname(short: str) -> bool:
    """Whether `short` (folded) opens with a particle that opens a surname but never a person's full name ("van
    der steur", "de la cruz"; not "bin salman", which may be a person's name by a father's)."""
    first = short.split()[0]
    return first in word_set("name_particles") and first not in lexicon().name_opening_particles


def opens_fuller_name(short: str, full: str) -> bool:
    """Whether `short` (two words or more, folded) opens the fuller name `full` before a particle that names a
    parent or a family, or one joined to it: "Sheikh Hamdan" of "Sheikh Hamdan bin Mohammed", "Sheikh Ali" of "Sheikh
    Ali al-Sabah", "Tamim Hamad" never of "Tamim Hamad Ali"."""
    if len(short.split()) < 2 or not full.startswith(short + " "):
        return False
    after = full[len(short) + 1 :].split()[0]
    # or, after an honorific and a given name alone, one joined to its particle: "Sheikh Ali" of "Sheikh Ali
    # al-Sabah" (not "Sultan bin Suhaim" of "Sultan bin Suhaim Al-Thani", a name of its own)
    honorific = len(short.split()) == 2 and short.split()[0] in word_set("name_opening_titles")
    return after in word_set("name_particles") or (honorific and bool(_JOINED_PARTICLE.match(after)))


def opens_family_name(short: str, full: str) -> bool:
    """Whether `short` (folded) is a name with a parent's ("sultan bin suhaim") that opens the fuller name `full`
    before the family's ("sultan bin suhaim al-thani"), or before a family name joined to its particle: the same
    person, though each is a name of its own."""
    if not full.startswith(short + " ") or len(short.split()) < 2:
        return False
    after = full[len(short) + 1 :].split()[0]
    return bool(_JOINED_PARTICLE.match(after)) or any(w in word_set("filial_particles") for w in short.split()[1:])


def _shown(name: str, nickname: str | None) -> str:
    """The name without its nickname (written with its quotes or brackets): 'Joaquín "El Chapo" Guzmán' →
    'Joaquín Guzmán'."""
    return " ".join(name.replace(nickname, " ").split()) if nickname else name


def _mention(start: int, end: int, written: str, role: str | None, cue: str, nickname: str | None) -> PersonMention:
    return PersonMention(
        start, end, _shown(written, nickname), role, cue, nickname[1:-1] if nickname else None, written
    )


# What stands between two names of a list: a comma or a conjunction, after the country or town each person is
# from, in brackets or after "from" ("Jason Partly (Canada), Ana Costa from Brazil and …").
@cache
def _list_gap() -> regex.Pattern[str]:
    """What stands between two members of a list of people: a comma or a conjunction, after a tag in brackets
    or a place after "from" ("A (Canada) and B", "A from Poland, B") or post-nominal letters ("A KC, B and C"),
    and before the role of the next member ("A (Team X) and new leader B")."""
    offices = "|".join(sorted(w for w in _title_vocabulary() if 2 <= len(w) <= 4 and w.isalpha()))
    return regex.compile(
        # post-nominal letters may close a member's name ("Colm Smyth SC, Garret Byrne BL and …"), not an office's
        # letters a place or a party may stand before ("Padang Serai MP, M. Karupaiya")
        r"(?:\s*\([^()\n]{1,30}\)|\s+from\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)?"
        rf"|\s+(?!(?i:{offices})(?![\p{{L}}\p{{M}}]))\p{{Lu}}{{2,4}}(?![\p{{L}}\p{{M}}]))?"
        r"\s*(?:,|,?\s+and|,?\s+or|,?\s+(?:along|together)\s+with|,?\s+as\s+well\s+as)\s*"
        # a member written by the surname alone may stand between two named in full ("A, Akanbi, and B")
        r"(?:\p{Lu}[\p{Ll}\p{M}'’-]+\s*(?:,|,?\s+and)\s+){0,2}"
        # the role may be of a body named in capitals ("A and Malawi Congress Party president B")
        rf"(?:(?:the\s+|his\s+|her\s+|their\s+)?(?:\p{{Lu}}[\p{{L}}\p{{M}}&-]*\s+){{0,4}}?(?:[\p{{Ll}}-]+\s+){{0,2}}?"
        rf"{_title_words().pattern}\s+)?"
    )


def _add_lists(text: str, raw: list[Candidate], found: dict[int, PersonMention], evidence: _Evidence) -> bool:
    """Names in a list ("A, B, C and D") are people when the list follows a list cue or holds a person; whether
    any was added."""
    before = len(found)
    runs: list[list[Candidate]] = []
    for item in raw:
        if _rx(r"\([^()\n]{0,30}$").search(text, max(0, item[0] - 31), item[0]) and _rx(r"[^()\n]{0,30}\)").match(
            text, item[1]
        ):
            continue  # "(New Zealand)": where the person before it is from
        if runs and _list_gap().fullmatch(text[runs[-1][-1][1] : item[0]]):
            runs[-1].append(item)
        else:
            runs.append([item])
    surnames = {fold(w) for m in found.values() if m.cue != "pronoun" for w in m.name.split()[1:]}
    for start, end, name, _, nickname in raw:
        # "blaming Odotei and Alahi Akanbi": a list of two whose first is a person the text has named in full,
        # written by a part of the name alone
        alone = _rx(r"\b(\p{Lu}[\p{Ll}\p{M}'’-]+)\s*,?\s+and\s+$").search(text, max(0, start - 40), start)
        if (
            alone
            and start not in found
            and fold(alone.group(1)) in surnames
            and _plausible(text, start, _shown(name, nickname), evidence, False)
        ):
            found[start] = _mention(start, end, name, None, "list", nickname)
    for run in runs:
        if len(run) < 2:
            continue
        cued = _cue_patterns()["list"].search(text[max(0, run[0][0] - 40) : run[0][0]])
        if not cued and not any(item[0] in found and found[item[0]].cue != "pronoun" for item in run):
            continue
        for start, end, name, _, nickname in run:
            shown = _shown(name, nickname)
            if fold(shown.split()[-1]) in _title_vocabulary() and _rx(r"\s+(?:at|of|for)\b").match(text, end):
                continue  # "Ana Costa, Managing Director at …": her office in apposition, not another person
            if start not in found and _plausible(text, start, shown, evidence, False):
                found[start] = _mention(start, end, name, None, "list", nickname)
    return len(found) > before


def _add_known(raw: list[Candidate], found: dict[int, PersonMention]) -> None:
    """Other mentions of a name already taken as a person's, with the role given at its first mention."""
    known: dict[str, PersonMention] = {}
    for start in sorted(found):
        known.setdefault(normalized_name(found[start].name), found[start])
    for start, end, name, _, nickname in raw:
        shown = _shown(name, nickname)
        person = known.get(normalized_name(shown))
        if start not in found and person is not None:
            found[start] = _mention(start, end, name, person.role, "known", nickname)


def _add_known_in_headlines(text: str, found: dict[int, PersonMention], evidence: _Evidence) -> None:
    """The full names of people the document names found inside a longer run of a title-case headline, where every
    word is capitalised: "Caroline Wozniacki Beats Eighth Seed Madison Keys to Reach …"."""
    known: dict[str, PersonMention] = {}
    for start in sorted(found):
        if len(found[start].name.split()) > 1:
            known.setdefault(found[start].name, found[start])
    if not known or not evidence.title_case:
        return
    pattern: regex.Pattern[str] | None = None  # compiled at the first run in a title-case line, if any
    for run in _candidates().finditer(text):
        if _line_start(text, run.start()) not in evidence.title_case:
            continue
        if pattern is None:
            names = "|".join(regex.escape(n) for n in sorted(known, key=len, reverse=True))
            pattern = _rx(rf"(?<![\p{{L}}\p{{M}}'-])(?:{names})(?![\p{{L}}\p{{M}}'-])")
        for match in pattern.finditer(text, run.start(), run.end()):
            if match.start() not in found:
                person = known[match.group()]
                found[match.start()] = _mention(match.start(), match.end(), match.group(), person.role, "known", None)


def names_in(ctx: DocumentContext, people: list[PersonMention] | None = None) -> list[NameClaim]:
    claims = []
    for person in people if people is not None else person_mentions(ctx):
        view = ctx.sentence_at(person.start)
        if view is None:
            continue
        claims.append(
            NameClaim(
                **ctx.base_fields("name", person.start, person.end, view.sentence, 0.8),
                name=person.written or person.name,
                normalized=normalized_name(person.name),
                role=person.role,
                nickname=person.nickname,
            )
        )
    return claims


# The fewest letters a given name written short keeps ("Jeff" of "Jeffrey", "Ben" of "Benjamin").
SHORT_NAME_LETTERS = 3


def written_short(name: Sequence[str], full: Sequence[str]) -> bool:
    """Whether a name (its words, in order) is a fuller one with a given name written short: as many words,
    the same last one, and each other word the fuller's or its first letters ("Jeff Bush" of "Jeffrey Bush",
    "Alex Novak" of "Alexander Novak")."""
    if tuple(name) == tuple(full) or len(name) != len(full) or not name or name[-1] != full[-1]:
        return False
    return all(
        x == y or (len(x) >= SHORT_NAME_LETTERS and y.startswith(x)) for x, y in zip(name[:-1], full[:-1], strict=True)
    )
