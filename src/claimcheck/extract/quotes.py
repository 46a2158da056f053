"""Attributed speech: direct quotes with their speaker, and reported speech ("X said that ...").

A quote's speaker is found next to it: after it ('," said Ana Costa', '," she added', '," Interior Minister
Ana Costa told RFI', '," according to Ana Costa', '," a nurse who asked not to be named said'), before it in
its sentence ('Ana Costa said: "', 'According to Ana Costa, "', 'In a speech, the prime minister said "',
'Costa called the plan a "disgrace"', 'Costa, who had called the plan a "disgrace"'), closing its sentence
('The dam that engineers "never expected to fail" gave way, governor Marta Ilic said.'), or as the subject of
a participle ('..., telling Xinhua: "'). A place after "in" or "of" is where the speakers are, not who
("villagers in Nepal said"). A pronoun is the person the paragraph is about, named up to three paragraphs back
(the one its latest sentence reports, not one it speaks of; a surname alone counts), "it" the body that spoke
last; "the prime minister" is the person the article gives that role, else the description itself stands as
the speaker (not a name), unless the article writes that one-word role as a title before one name ("the pope"
→ "Pope Francis"). A person named in a sentence a pronoun speaks ('He said the order came from the
commissioner, X') is spoken of, not the person a later pronoun stands for. After the verb a body's name may
stand before a lower-case role ('said ESA glaciologist Ana Costa'); a passive verb ('Costa was asked: "')
gives no speaker. The agent of a passive ('praised by X for its "…"') and the name before an
apposition ('X, the agency's expert, who said') speak. A quote with no attribution goes on from the last one
in its paragraph, or, opening a paragraph, from the last speaker or the person the paragraph before
introduces; one that no one is said to have said takes the speaker of an attributed quote that holds its words
(a headline quoting the body). A quote of one to four words is kept only when a named person or an
organisation ("the army") is said to have said it, or when it is a whole sentence going on from an attributed
quote, or a second quote in a sentence going on from the first; a longer one is kept without a speaker. A
capitalised title right after "told" is whom the speaker told, not speech, nor the subject of the participle
after it ('he told Reuters, saying …'). "The Slovenian" or "the 25-year-old" after a quote stands for the person
the paragraph is about, as a pronoun does; a phrase "according to a report by" a body is that body's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from claimcheck.extract.context import DocumentContext
from claimcheck.extract.lexicon import lexicon, word_set
from claimcheck.extract.names import (
    PersonMention,
    _title_vocabulary,
    closes_patronymic,
    ends_fuller_name,
    family_then_hyphenated_given,
    known_given_name,
    known_places,
    literal_matches,
    name_words,
    noun_before_name,
    opens_family_name,
    opens_fuller_name,
    rank_before_surname,
    speech_adverbs,
    speech_pattern,
    split_title,
    transcript_turns,
    unsuffixed,
)
from claimcheck.extract.phrases import CALENDAR, _words
from claimcheck.extract.sentences import ends_sentence
from claimcheck.extract.words import fold, unaccented
from claimcheck.models import QuoteClaim

_PRONOUNS = {"he", "she", "they"}
_BODY_PRONOUN = "it"
_POSSESSIVES = {"he": "his", "she": "her", "they": "their"}
# How many paragraphs back a pronoun speaker looks for the person it stands for, the nearest first: news
# paragraphs are short, and a speaker is often named a few paragraphs of narration before "she said".
_PRONOUN_REACH = 3
# nor "All will be feted", nor the empty subject of "There were rows after one claimed …" or "Here is what …", nor
# the first person, the speaker's own word inside a quotation before ('“I must ask …”, said the chair, and said: “…”')
# nor a question's word ("Who ‘funded’ the protest?")
_NOT_WHO = {"this", "that", "which", "what", "who", "whom", "there", "here", "i", *lexicon().quantifier_pronouns}
_DETERMINERS = ("the", "a", "an", "another", "one", "two", "three", "several", "many", "some")
# One person by any lower-case noun, as the speaker before or after a speech verb ("one tenant", "a local baker").
# The noun is never a pronoun: "a list he described as" is his.
_ONE_BY_NOUN = regex.compile(
    r"(?i:one|another|a|an)\s+(?:\p{Ll}[\p{L}-]*\s+)?(?!(?:he|she|they|it|we|i|you|who|which|that)\b)\p{Ll}[\p{L}-]*"
)
_FRONTED = _words(
    "in on at after before during speaking asked earlier later meanwhile however while when as despite with for "
    "from according addressing writing responding reacting since"
)
# Speech verbs that do not put their speaker after them ('," said Ana Costa' but never '," told Ana Costa').
_NOT_INVERTED = _words(
    "told tells informed urged accused threatened promised asked described characterized characterised denied "
    "pledged vowed vows warns suggested"
)
# ... but right after a quotation's closing mark the one who informed, vowed or asked speaks ('," informed police
# inspector Ana Costa', as English in South Asia writes it; '"We will rebuild," vows mayor', as headlines do;
# '"Why now?" asked the coach'); elsewhere 'informed Costa' is whom a speaker told.
_INVERTED_AFTER_QUOTATION = _words("informed vows vowed warns pledged promised urged asked suggested threatened")
_NOT_MODIFIER = "as|in|on|at|by|to|and|or|but|with|for|from|of|that|which|who|whom|whose|while|when|after|before|said|says|told|was|is"
# A particle joined by a hyphen to the capitalised part after it is one part of a name ("al-Maneh", "el-Sisi").
_JOINED_PARTICLE = (
    rf"(?:{'|'.join(sorted(lexicon().name_particles, key=len, reverse=True))})-\p{{Lu}}[\p{{L}}\p{{M}}'.-]*"
)
_NAME_PART = rf"(?:\p{{Lu}}[\p{{L}}\p{{M}}'.-]*|{_JOINED_PARTICLE}|(?:de|da|del|van|von|al|bin|ibn|la|le|du|di)\b)"
# A message and who it is from: "a statement from the Red Cross", "the letter issued by the ministry".
_MESSAGES = rf"(?i:{'|'.join(regex.escape(w) for w in sorted(lexicon().message_nouns, key=len, reverse=True))})"
_MESSAGE_OF = (
    rf"(?i:the|a|an)\s+(?:\p{{Ll}}[\p{{L}}-]*\s+){{0,2}}?{_MESSAGES}\s+"
    r"(?:(?i:issued|released|posted|published|sent|put\s+out)\s+)?(?i:by|from)\s+"
)
_MESSAGE_VERBS = "(?i:said|says|read|reads|stated|states|added|adds)"
# A body's message or report, by the possessive of the pronoun that stands for the body, before the quotation: "Its
# report said: …", "its statement read,".
_ITS_MESSAGE_BEFORE = regex.compile(
    rf"(?:^|[.!?]\s+)(?P<owner>(?i:its|their|his|her))\s+(?:\p{{Ll}}[\p{{L}}-]*\s+){{0,2}}?(?:{_MESSAGES}|(?i:reports?|findings))\s+(?P<verb>{_MESSAGE_VERBS})\s*[,:]?\s*$"
)
# A document or message by the name of the body that issued it, before the quotation: "The Ofsted report said:", "The
# Pentagon statement read,".
_NAMED_DOCUMENT_BEFORE = regex.compile(
    r"(?:^|[.!?]\s+)(?i:the)\s+(?P<owner>\p{Lu}[\p{L}\p{M}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}&.'’-]*){0,3})\s+"
    rf"(?:{_MESSAGES}|(?i:{'|'.join(regex.escape(w) for w in sorted(lexicon().document_nouns, key=len, reverse=True))}))"
    rf"\s+(?P<verb>{_MESSAGE_VERBS})\s*[,:]?\s*$"
)
_AUTHOR = (
    r"(?:(?i:the)\s+)?(?:\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{M}'’&.-]*){0,4}"
    r"|(?:\p{Ll}[\p{L}'’-]*\s+){0,2}?\p{Ll}[\p{L}'’-]*)"
)
# Who issued a message, right after its noun: "the statement that was issued by the party", "a letter sent by Ana
# Costa"; not where it was published or posted, an outlet's act.
_ISSUED_BY = regex.compile(
    r"\s+(?:(?i:that|which)\s+(?i:was|were|had\s+been|has\s+been)\s+)?"
    rf"(?i:issued|released|sent|put\s+out)\s+(?i:by)\s+(?:(?i:the|a|an)\s+)?(?P<who>{_AUTHOR})"
    # the author ends where the clause goes on: a mark, a word of time or place, or the sentence's verb
    r"(?=\s*[,.;:!?)]|\s*$|\s+(?i:on|in|at|to|last|this|yesterday|earlier|and|after|before|which|that|who)\b"
    r"|\s+\p{Ll}+ed\b)"
)

# A speaker described in lower case: "the zookeeper", "a harbour master", "its longest-serving keeper", "Costa's
# rival".
_LOWER_DESCRIPTION = (
    r"(?:(?i:the|a|an|its|their|his|her)|\p{Lu}[\p{L}\p{M}-]*['’]s)\s+"
    r"(?:(?!(?:for|of|to|with|at|in|on|from|by)\s)\p{Ll}[\p{L}'’-]*\s+){0,3}?"
    r"(?!(?:for|of|to|with|at|in|on|from|by)\b)\p{Ll}[\p{L}'’-]*"
)
# A place by its capitalised name: "Munger", "the Gaza Strip", "Port Moresby".
_PLACE_NAME = r"(?:the\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}"
_NAME_RUN = rf"(?!(?:The|A|An|This|That|These|Those|It|Its|In|On|At|As|But|And|If|When|While)\b){_NAME_PART}(?:[ ]+{_NAME_PART}){{0,5}}"
# One or some of a group, the speaker unnamed: "One of the protesters declared," (a member, not the number).
_ONE_OF = (
    r"(?i:one|some|several|two|three)\s+of\s+(?:(?i:the|his|her|their|its|our|those)|\p{Lu}[\p{L}\p{M}-]*['’]s)\s+"
    r"(?:\p{Ll}[\p{L}'’-]*\s+){0,2}?\p{Ll}[\p{L}'’-]*"
)

# A group by its number: "the hundreds of striking workers", "thousands of fans"; the group speaks.
_COUNT_OF = (
    r"(?:(?i:the)\s+)?(?i:hundreds|thousands|dozens|scores|millions)\s+of\s+"
    r"(?:\p{Ll}[\p{L}'’-]*\s+){0,2}?\p{Ll}[\p{L}'’-]*"
)


@dataclass(frozen=True)
class Quoted:
    """A quotation: `start`/`end` with its marks, `parts` the inner spans, one per paragraph it runs over."""

    start: int
    end: int
    parts: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Attribution:
    who: str | None
    verb: str | None
    source: str | None = None
    role: str | None = None  # a role stated in the attribution: '," Laurent Escure, secretary general of X, said'


def _source(pattern: str, flags: int = 0) -> tuple[str, int]:
    return pattern, flags


class _Patterns(Mapping[str, "regex.Pattern[str]"]):
    """The attribution patterns by name, each compiled the first time it is asked for: compiling all of them
    takes seconds (their lexicon alternations are long), and a text that quotes no one, or only in the common
    ways, needs few of them."""

    def __init__(self, sources: dict[str, tuple[str, int]], lists: dict[str, list[str]]) -> None:
        self._sources = sources
        self._lists = lists
        self._compiled: dict[str, regex.Pattern[str]] = {}

    def __getitem__(self, name: str) -> regex.Pattern[str]:
        compiled = self._compiled.get(name)
        if compiled is None:
            pattern, flags = self._sources[name]
            compiled = regex.compile(pattern, flags, ignore_unused=True, cache_pattern=None, **self._lists)
            self._compiled[name] = compiled
        return compiled

    def __iter__(self) -> Iterator[str]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)


@cache
def _patterns() -> _Patterns:
    speech = speech_pattern()
    closing = "|".join(regex.escape(v) for v in sorted(lexicon().closing_verbs, key=len, reverse=True))
    # a name's particles, lower case between its capitalised words ("Ursula von der Leyen")
    particles = "|".join(regex.escape(p) for p in sorted(lexicon().name_particles, key=len, reverse=True))
    characterising = "|".join(sorted(lexicon().characterising_verbs, key=len, reverse=True))
    # The long word lists are named lists (`\L<name>`, given to `regex.compile`): the same program as their words
    # joined by "|", longest first, without parsing each word again in every pattern that holds it.
    by_length = sorted(lexicon().person_titles, key=len, reverse=True)
    lists = {
        "titles": by_length,
        # a title in -man has its plural in -men ('," said fishermen', 'spokesmen for both sides said')
        "plural_titles": [t[:-3] + "men" for t in by_length if t.endswith("man")],
        "capitalised_titles": [t.title() for t in by_length if t[:1].isalpha()],
        "bodies": sorted(lexicon().organisation_heads, key=len, reverse=True),
        "plural_bodies": sorted(_body_plurals(), key=len, reverse=True),
        "crowds": sorted(lexicon().crowd_nouns, key=len, reverse=True),
    }
    titles, plural_titles, capitalised_titles, bodies, plural_bodies, crowds = (rf"\L<{name}>" for name in lists)
    # a modifier ends in a letter or a plural's apostrophe ("the victims’ lawyer"), never in a closing mark
    modifier = r"[\p{L}\d'’-]*(?:[\p{L}\d]|s['’])"
    modifiers = rf"(?:(?:{'|'.join(_DETERMINERS)})\s+)?(?:(?!(?i:{_NOT_MODIFIER})\b){modifier}\s+){{0,3}}?"
    # a title word before a body's noun qualifies it ("the specialist salvage company"): the body is the speaker
    attributive = (
        rf"(?!\s+(?:(?!(?i:{_NOT_MODIFIER}|the|a|an)\b)\p{{Ll}}[\p{{L}}-]*\s+){{0,2}}(?i:{bodies})(?![\p{{L}}]))"
    )
    description = (
        rf"{modifiers}(?i:{plural_titles}|(?:{titles})(?:e?s)?)(?![\p{{L}}]|'s\b){attributive}|{modifiers}(?i:{bodies})(?![\p{{L}}])"
        # several bodies that speak together, the article before them ("the UN agencies said in a joint statement")
        rf"|(?i:the)\s+(?:(?!(?i:{_NOT_MODIFIER})\b)[\p{{L}}\d'’-]+\s+){{0,2}}?(?i:{plural_bodies})(?![\p{{L}}])"
        r"|(?i:police|officials|authorities|rescuers|witnesses|residents|survivors|organi[sz]ers|doctors)"
        rf"|(?:(?:the|a|an)\s+)?(?i:{crowds})(?![\p{{L}}'’])"  # not "locals' favourite baker"
        # one person by any noun, where the speech verb is right by it ('," one tenant said', 'said a local baker.'),
        # not the object of a preposition ("During a press conference, Payne said"); a document, a thing that bears
        # words or a pronoun is left out when the speaker is resolved (`_not_a_speaker`)
        r"|(?<!\p{L})(?<!\b(?i:during|in|at|on|after|before|from|to|with|by|for|of|into|over|about|through|amid)\s)"
        rf"{_ONE_BY_NOUN.pattern}(?=\s*[,.;:]|\s+\p{{Ll}}|\s*$)"
    )
    # A capitalised office with what it is of, then the name: "ESA Director of Human and Robotic Exploration David
    # Parker", "Minister for Lands and Housing Ana Costa".
    office_name = (
        rf"(?:the\s+)?(?:\p{{Lu}}[\p{{L}}&.-]*\s+){{0,2}}(?:(?:{capitalised_titles})\s+(?:of|for)\s+(?:the\s+)?"
        rf"(?:\p{{Lu}}[\p{{L}}&.-]*\s+(?:(?:and|&|of|for)\s+(?:the\s+)?)?){{1,5}}?"
        # or in lower case: "head of programming Lars Eide"
        rf"|(?:{titles})\s+(?:of|for)\s+(?:the\s+)?(?:(?!(?:the|a|an)\s)\p{{Ll}}[\p{{L}}&-]*\s+(?:(?:and|&|of|for)\s+)?){{1,3}}?)"
        # the name ends the phrase: not "Nuclear Safety" of "Nuclear Safety and Radiation Protection Helen Okafor"
        rf"{_NAME_RUN}(?=\s*[,.;:!?\"]|\s*$|\s+(?!(?:and|of|for)\b)\p{{Ll}})"
    )
    # a body's name with what it is of, all capitalised: "the Georgia Department of Natural Resources", "the
    # Ministry of Health" (a description alone would stop at "Department")
    body_of = (
        rf"(?:the\s+)?(?:\p{{Lu}}[\p{{L}}\p{{M}}&.-]*\s+){{0,3}}(?i:{bodies})\s+(?:of|for)\s+(?:the\s+)?"
        r"\p{Lu}[\p{L}\p{M}'’&-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*\p{Lu}[\p{L}\p{M}'’&-]*)*"
        r"(?=\s*[,.;:!?\"”’]|\s*$|\s+\p{Ll})"
    )
    # a body's full name with its abbreviation: "the Department of Foreign Affairs (DFA)"
    who = (
        rf"\b(?P<who>{_ONE_OF}|{_COUNT_OF}|(?i:he|she|they|it)\b|{_THE_DOCUMENT.pattern}(?![\p{{L}}-])|(?:the\s+)?{_BODY_RUN.pattern}|{body_of}|(?:{description})\s+{_NAME_RUN}|{description}"
        rf"|(?:the\s+)?{_NAME_RUN})"
    )
    # One person by a role, a body's capitalised name before it: '," a Santa Barbara County Sheriff's spokeswoman
    # said.', '," a Lagos State Police Command spokesman said.'; the article makes it one person, not the body.
    body_role = rf"(?i:a|an)\s+(?:\p{{Lu}}[\p{{L}}\p{{M}}&.-]*(?:['’]s)?\s+){{1,6}}(?:{titles})"
    # A description with what it is of ('the governor of Hatay province'), before the verb after a quote.
    described_of = rf"(?:{description})\s+(?:of|for|at)\s+(?:the\s+)?(?:[\p{{L}}'’.-]+\s+){{0,3}}?[\p{{L}}'’.-]+"
    # ... or a lower-case office of a body, then the name, titles and all ('director general of health services Prof
    # Dr Ana Costa told')
    office_of_name = (
        rf"(?:{description})\s+(?:of|for|at)\s+(?:the\s+)?(?:(?!(?:{_NOT_MODIFIER})\b)\p{{Ll}}[\p{{L}}'’-]*\s+){{1,3}}?"
        rf"(?:(?i:{titles})\.?\s+){{0,3}}{_NAME_RUN}"
    )
    inverting = "|".join(
        regex.escape(v)
        for v in sorted(
            [*lexicon().speech_verbs, *lexicon().phrasal_speech_verbs, *lexicon().closing_verbs], key=len, reverse=True
        )
        if not v.endswith("ing") and (v not in _NOT_INVERTED or v in _INVERTED_AFTER_QUOTATION)
    )
    # A speaker may be described in lower case before the name ('said the 26-year-old Lozoya', 'two-time finalist
    # Ana Costa said'); an age or a count written in figures opens such a word too.
    lower_words = rf"(?:(?!(?:{_NOT_MODIFIER})\b)(?:\p{{Ll}}|\d+-\p{{Ll}})[\p{{L}}\d'’-]*\s+)"
    # Before the verb, lower-case words and a body's or an event's capitalised name may describe the speaker
    # ('two-time US Open finalist Costa said', 'veteran UN envoy Ana Costa told').
    described_before = (
        rf"(?:the\s+)?{lower_words}{{0,2}}(?:\p{{Lu}}[\p{{L}}&.-]*\s+){{0,2}}{lower_words}{{1,3}}?{_NAME_RUN}"
    )
    # A body's name with its abbreviation, then a capitalised office and the name: "Alpine Club of Norway (ACN)
    # Secretary Ana Costa".
    body_office_name = (
        rf"(?:the\s+)?{_BODY_RUN.pattern.replace('(?P<abbr>', '(?:')}\s+(?:{capitalised_titles})\s+{_NAME_RUN}"
    )
    # After a verb a body's name may stand before a lower-case role ('said ESA glaciologist Ana Costa', 'said Texas
    # A&M University agronomist Ana Costa'), a stray semicolon a copied page leaves after an ampersand's letters
    # ("A&M;") kept; read before a description alone, which would stop at the body ("Texas A&M University").
    capitalised_then_role = (
        r"(?:the\s+)?(?:\p{Lu}[\p{L}&.-]*(?:(?<=&\p{Lu}{1,3});)?\s+){1,3}"
        rf"{lower_words}{{1,3}}?{_NAME_RUN}"
    )
    # A body's full name with what it is of, then a lower-case role and the name: "California Department of
    # Transportation spokeswoman Ana Costa" (the body alone would stop before the role).
    body_of_role_name = rf"{body_of}\s+{lower_words}{{1,3}}?{_NAME_RUN}"
    who_after = (
        rf"(?P<who>{_AGED.pattern}(?=\s*[,.;:!?)]|\s*$)|{office_name}|{body_office_name}|{body_of_role_name}|{body_of}|{_COUNT_OF}"
        # two roles joined ("said former CEO and now board member Ana Costa")
        rf"|(?:{description})\s+and\s+(?:(?:now|also|current|later)\s+)?(?:{description})\s+{_NAME_RUN}"
        rf"|(?:{description})\s+{_NAME_RUN}|{capitalised_then_role}|{description}"
        rf"|(?:the\s+)?{lower_words}{{0,3}}?{_NAME_RUN}|(?i:he|she|they|it)\b)"
    )
    # after "according to" a pronoun is in its object form ("According to him, …")
    according_who = who_after.replace(
        "(?i:he|she|they|it)\\b)", '(?i:he|she|they|it)\\b|(?i:him|her|them)(?=\\s*[,.;:!?"]|\\s*$))'
    )
    return _Patterns(
        {
            "description": _source(rf"(?:{description})|{described_of}"),
            "body_role": _source(body_role),
            # A described speaker, then a clause by which they give their name ('a stallholder who gave her name as
            # Okafor told', 'said a voter who gave only his first name, Tomasz'): `_self_naming` reads the clause.
            "self_described": _source(
                rf"^\s*,?\s*(?:(?P<verb>(?i:{inverting}))\s+)?(?i:a|an|the|one)\s+(?:[\p{{Ll}}\d'’-]+\s+){{0,3}}?"
                r"\p{Ll}[\p{Ll}'’-]+(?=\s*,?\s+\p{Ll})"
            ),
            "verb_after_clause": _source(rf"\s*,?\s*{speech_adverbs()}(?P<verb>{speech})\b"),
            "verb_then_who": _source(
                rf"^\s*,?\s*(?P<verb>(?i:{inverting}))\s+{who_after}"
                rf"(?:\s*,\s*(?P<role>[^,\"\n]{{3,90}}?)\s*(?=[,.;]|$))?"
            ),
            # one of a group, then the name in apposition: '," said one of the volunteers, Linda Younes.'
            "verb_then_one_of": _source(
                rf"^\s*,?\s*(?P<verb>(?i:{inverting}))\s+(?P<role>(?i:one|two|three|some)\s+of\s+"
                rf"(?i:the|his|her|their|its|our)\s+(?:[\p{{L}}'’-]+\s+){{0,3}}?[\p{{L}}'’-]+)\s*,\s*(?P<who>{_NAME_RUN})"
                r"(?=\s*[,.;!?]|\s*$)"
            ),
            # a described speaker, then the name in apposition, whatever the noun that describes them: '," the
            # zookeeper, Marta Kowalczyk, told reporters.', '," said the harbour master, Ian Ross.'
            "role_then_name_verb": _source(
                rf"^\s*,?\s*(?P<role>{_LOWER_DESCRIPTION})\s*,\s*(?P<who>{_NAME_RUN})\s*,\s*"
                rf"{speech_adverbs()}(?P<verb>{speech})\b"
            ),
            "verb_then_role_name": _source(
                rf"^\s*,?\s*(?P<verb>(?i:{inverting}))\s+(?P<role>{_LOWER_DESCRIPTION})\s*,\s*(?P<who>{_NAME_RUN})"
                r"(?=\s*[,.;!?]|\s*$)"
            ),
            # The words of a statement, a letter or a post are its author's: '," read a statement from the Red Cross.',
            # '," a statement issued by the ministry said.', '," the club's statement read.'
            "verb_then_message": _source(
                rf"^\s*,?\s*(?P<verb>{_MESSAGE_VERBS})\s+{_MESSAGE_OF}(?P<who>{_AUTHOR})"
                r"(?=\s*[,.;!?]|\s*$|\s+(?i:on|late|early|after|in|at|to)\b)"
            ),
            "message_then_verb": _source(rf"^\s*,?\s*{_MESSAGE_OF}(?P<who>{_AUTHOR})\s+(?P<verb>{_MESSAGE_VERBS})\b"),
            # ... or the message the text has spoken of, by its noun alone ('," read the statement in part.'): whose
            # it is `_Resolver.resolve` tells from where the text brought it in
            "verb_then_the_message": _source(
                rf"^\s*,?\s*(?P<verb>{_MESSAGE_VERBS})\s+(?P<who>(?i:the)\s+{_MESSAGES})"
                r"(?=\s*[,.;!?]|\s*$|\s+(?i:in\s+part|in\s+full|on|late|early|after|at)\b)"
            ),
            "owner_message_verb": _source(
                rf"^\s*,?\s*(?P<who>{_AUTHOR})['’]s\s+(?:\p{{Ll}}[\p{{L}}-]*\s+){{0,2}}?{_MESSAGES}\s+(?P<verb>{_MESSAGE_VERBS})\b"
            ),
            "message_before": _source(
                rf"(?:^|[.!?]\s+){_MESSAGE_OF}(?P<who>{_AUTHOR})\s+(?P<verb>{_MESSAGE_VERBS})\s*[,:]?\s*$"
            ),
            # '"Unacceptable," was how opposition leader Ana Costa described the tally.'
            "how": _source(
                rf"^\s*,?\s*(?i:is|was|were|are)\s+how\s+{who_after}\s+{speech_adverbs()}"
                rf"(?P<verb>{speech}|{characterising}|put|puts|summed|sums|summarised|summarized)\b"
            ),
            # a passive that names who the quotation is of: '," Tite was quoted by Goal.', '," she was quoted as
            # saying.' (the outlet after "by" relays the words)
            "quoted_passive": _source(
                rf"^\s*,?\s*{who}\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?P<verb>quoted)\b"
                r"(?=\s+(?:by|in|as|on)\b|\s*[,.;]|\s*$)"
            ),
            "who_then_verb": _source(
                rf"^\s*,?\s*(?:(?P<who>{office_of_name})|(?P<who>{described_of})|(?P<who>{body_role})(?=\s+\p{{Ll}})|{who}|(?P<who>{described_before}))\s*(?:,\s*(?P<role>[^,\"\n]{{3,150}}(?:,\s*\p{{Lu}}[^,\"\n]{{2,60}}){{0,2}}),|,\s*(?P<role>\p{{Ll}}[^,\"\n]{{2,90}}?)(?=\s+{speech_adverbs()}(?:{speech})\b)|\s+(?:who|whose)\s+[^,.;\"\n]{{1,60}}?"
                # the body a named speaker is of, between the name and the verb ("Erik Johansson of the coast guard said")
                rf"|\s+(?P<role>(?:of|from|at)\s+[^,.;\"\n]{{2,60}}?)(?=\s+{speech_adverbs()}(?:{speech})\b)"
                # the place where the speaker is, by its name, no role ('," an official in Munger said.')
                rf"|\s+(?i:in|near|outside)\s+{_PLACE_NAME}(?=\s+{speech_adverbs()}(?:{speech})\b)"
                # an aside in dashes: '," Esaw Garner — the widow of Eric Garner, killed in July — told the group.'
                r"|\s+[—–-]\s+(?P<role>[^—–\"\n]{3,120}?)\s+[—–-](?=\s))?\s+"
                # a verb that closes the words ('"…?" he posed', '"…," she finished, smiling'), `attribution` taking
                # it only after a clause the quotation ends, and only where its clause ends too: with an object or a
                # complement it is the verb of a clause of its own ('"the Invincibles," Arsenal finished the season')
                rf"{speech_adverbs()}(?P<verb>{speech}|(?i:{closing})(?=\s*[.!?;]|\s*$|\s*,\s+\p{{Ll}}+(?:ly|ing)\b))\b"
            ),
            # a verb's form right after a possessive is an adjective ("Iceland's continued whale hunting", "her stated
            # aim"), not the verb of a clause
            "verb_before": _source(
                rf"(?<!['’]s\s)(?<!\b(?i:his|her|its|their|our)\s)(?P<verb>\b(?:{speech}|{characterising}))\b(?P<obj>(?:[^\"\n.!?]|[.!?](?!\s)|\"[^\"\n]{{0,60}}\"){{0,200}}?)$",
                regex.REVERSE,
            ),
            # an aside in dashes between the speaker and the verb is no role ("the curator — who is the founder of
            # design firm Kiln Works — describes …"), but not after one the speaker is "of" or "for" ("The family of
            # Ella Price — who died aged 9 — said": the family speaks)
            "who_at_end": _source(
                rf"{who}\s*(?:,\s*(?P<role>[^,\"\n]{{3,90}}),)?\s*,?\s*{speech_adverbs()}$"
                rf"|(?<!\b(?i:of|for)\s+(?:\p{{Lu}}[\p{{L}}'’.-]*\s+)*)(?<!\p{{Lu}}[\p{{L}}'’.-]*\s){who}\s+[—–-]\s+[^—–\"\n]{{3,120}}?\s+[—–-]\s*,?\s*{speech_adverbs()}$"
            ),
            # The agent of a passive characterising verb: 'was praised by chair of judges Ana Costa for its "…"'.
            "by_agent": _source(
                rf"^\s*by\s+(?:(?P<who>{description})|(?:[\p{{Ll}}'-]+\s+){{0,5}}?(?P<who>{_NAME_RUN}))"
                r"\s+(?:for|as|in)\b"
            ),
            # A name right before an apposition: "Dr Ana Costa, " of "Dr Ana Costa, the agency's expert, who said".
            "name_before_apposition": _source(rf"(?P<who>{_NAME_RUN})\s*,\s*(?:[^,;:\"\n]{{0,60}}?\s)?$"),
            "apposed_relative": _source(
                rf"(?P<who>{_NAME_RUN})\s*,\s*[^,;:\"\n]{{2,60}}?,\s*(?:who|whose)\s+[^,.;\"\n]{{0,60}}?$"
            ),
            "colon": _source(rf"(?:^|[.!?]\s+|\n){who}\s*:\s*$"),
            # A noun for what was said, of or from a described person, then a colon: 'Verdict of party leader Ana
            # Costa: "…"', 'Reaction from coach Ana Costa: "…"'; the person speaks, not the noun.
            "noun_of_colon": _source(
                rf"(?:^|[.!?]\s+|\n)\p{{Lu}}\p{{Ll}}+\s+(?:of|from)\s+(?:the\s+)?"
                rf"(?P<who>(?:{description})\s+{_NAME_RUN})\s*:\s*$"
            ),
            # A name opening a sentence whose verb in the past leads to a colon before the quotation: 'Costa talked
            # about the defeat in her news conference: "'.
            "colon_clause": _source(
                rf"(?:^|[.!?]\s+|\n)(?P<who>{_NAME_RUN})\s+(?:\p{{Ll}}+ed|spoke|wrote|gave|made|took)\b[^.!?\"\n:]{{0,90}}:\s*$"
            ),
            # A document and who wrote it: ', according to a June report by the World Bank' (the body, not the month).
            "according_document": _source(
                rf"^\s*,?\s*(?P<verb>(?i:according\s+to))\s+(?i:a|an|the)\s+(?:[\p{{L}}\d'’-]+\s+){{0,3}}?"
                rf"(?i:{'|'.join(sorted(lexicon().document_nouns, key=len, reverse=True))})\s+(?i:by|from|of)\s+(?:the\s+)?"
                r"(?P<who>\p{Lu}[\p{L}\p{M}'’&-]*(?:\s+(?:(?:of|on|in|and|for|the|de)\s+)*\p{Lu}[\p{L}\p{M}'’&-]*)*"
                r"(?:\s+\(\p{Lu}{2,}\))?)"
            ),
            # a speaker in an aside after the quotation: '“the 65” – as a Czech TV reporter put it –', '"…", as Costa
            # put it'
            "as_put": _source(
                r"^\s*[,–—-]*\s*as\s+(?P<who>(?:(?i:the|a|an|one)\s+)?(?:[\p{L}\p{M}'’.-]+\s+){0,4}?[\p{L}\p{M}'’.-]+)"
                r"\s+(?P<verb>put|puts|called|calls|described|describes)\s+it\b"
            ),
            "according_after": _source(rf"^\s*,?\s*(?P<verb>(?i:according\s+to))\s+{according_who}"),
            # One who relays another's words: 'State media quoted the minister as saying: "…"', '"…," Costa cited the
            # farmer as saying.' The one quoted speaks, not the one who quotes.
            "cited_before": _source(
                rf"\b(?P<verb>{_CITING})\s+{who_after}(?:\s*,\s*(?P<role>[^,\"\n]{{3,90}}?)\s*,)?\s+as\s+"
                rf"(?:{_AS_SAYING})\s*[,:]?\s*$"
            ),
            "cited_after": _source(
                rf"^\s*,?\s*(?:[^,.;:\"“”\n]{{1,60}}?\s+)?(?P<verb>{_CITING})\s+{who_after}"
                rf"(?:\s*,\s*(?P<role>[^,\"\n]{{3,90}}?)\s*,)?\s+as\s+(?:{_AS_SAYING})\b"
            ),
            "according_before": _source(rf"(?:^|[.!?]\s+)(?P<verb>(?i:according\s+to))\s+{according_who}\s*,?\s*$"),
            # a sentence that opens with its source, the quotation later in it: 'According to Ana Costa, the lead
            # biologist, the find was "incredibly exciting".'
            "according_opening": _source(
                rf"(?:^|[.!?]\s+)(?P<verb>(?i:according\s+to))\s+{who_after}\s*(?:,\s*(?P<role>[^,\"\n]{{3,90}}?)\s*)?,"
                r"[^\"“”\n.!?]{1,160}$"
            ),
            # the relative clause may close with a comma before the verb ("Mr Eze, who chairs the board, said")
            "relative": _source(rf"{who}\s*,\s*(?:who|whose)\s+[^,.;\"\n]{{0,60}}?,?\s*$"),
            # What a person's reply was: 'The reply given by the director of services, Mr Joe Kane, was "…"', 'the
            # response from Ana Costa is: "…"'.
            "reply": _source(
                rf"\b(?i:{'|'.join(sorted(lexicon().reply_nouns, key=len, reverse=True))})\s+(?:\p{{Ll}}+\s+)?(?:by|from)\s+"
                rf"(?:(?:the\s+)?[^,\"\n]{{1,80}},\s+)?(?P<who>{_NAME_RUN}|(?:{description})(?:\s+{_NAME_RUN})?)\s*,?\s*"
                r"(?i:was|is|were|are)\s*:?\s*$"
            ),
            # a body or a place named before "which" and the verb: "Beijing, which claimed that …"
            "which": _source(
                rf"(?P<who>(?:the\s+)?{_BODY_RUN.pattern}|(?<!\p{{Lu}}[\p{{L}}\p{{M}}'.-]*\s+){_NAME_RUN})\s*,\s*which\s+{speech_adverbs()}$"
            ),
            "closing": _source(
                rf",\s+(?:(?i:according\s+to)\s+{who}|{who}\s*(?:,\s*(?P<role>[^,\"\n]{{3,90}}),)?\s+(?:has\s+|had\s+)?"
                rf"(?P<verb>{speech})\b[^,.;:\"\n]{{0,40}})[.!?](?=\s|$)"
            ),
            "subject": _source(rf"^\s*{who}(?:\b|(?<=\)))"),
            "via": _source(r"^[\s,.]*\(\s*(?i:via|source:?|credit:?)\s+(?P<src>[^)\n]{2,80})\)"),
            # an outlet credited after a dash ("– Kuwait Times", "- Voice of America"): capitalised words, never a
            # headline's clause ("‘No rains’ – Kuwaitis deprived of delicacy")
            "dash": _source(
                rf"^[\s,.]*[—–-]\s*(?P<src>(?=[^\n]{{2,41}}(?:\n|$))\p{{Lu}}[\p{{L}}\p{{M}}&'.-]*"
                rf"(?:[ ]+(?:(?:of|the|and|{particles})[ ]+)*\p{{Lu}}[\p{{L}}\p{{M}}&'.-]*)*)\s*(?:\n|$)"
            ),
            "told": _source(
                r"^\s*(?:the\s+)?(?:(?:\p{Lu}[\p{L}\p{M}'’-]*|[\p{Ll}-]+)\s+){0,4}?"
                r"(?P<src>\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3})"
                r"(?=\s*(?:[,.;:\"]|$)|\s+(?:that|the|a|in|on|at|after|before|when|while|as|about|by|from|with|during|and|but)\b)"
            ),
            "interview": _source(
                r"\b(?:interview|speaking|talking)\s+(?:with|to)\s+(?P<src>\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3})"
            ),
        },
        lists,
    )


# Reported speech: "Costa said that the dam would hold.", not what "said this" or "said so" refers back to ("Costa
# said this after a tour of the site."). The speaker's name stands on one line, in one sentence. The standard `re` here, faster over every text.
# Capital letters of the Latin scripts (Basic Latin to Latin Extended-B, Latin Extended Additional).
_CAPITALS = "".join(c for c in map(chr, [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper())
# What is said starts after a phrase saying how or where it was said ("said in an interview that ..."), never with it.
_ADVERBIAL = "|".join(re.escape(w) for w in sorted(lexicon().speech_adverbial_words, key=len, reverse=True))
# What a scorer adds in a match report ("Salah added a third goal", "added a late penalty", "added another"): an
# amount after "added", not words.
_ADDED_AMOUNT = "|".join(re.escape(w) for w in sorted(lexicon().part_positions, key=len, reverse=True))
_REPORTED = re.compile(
    rf"(?P<who>[{_CAPITALS}][\w'.-]*(?:[ \t]+[{_CAPITALS}][\w'.-]*){{0,3}})\s+(?:has\s+|had\s+)?(?:(?P<verb>said|says|"
    rf"insisted|warned|announced|added|claimed|denied)\s+(?:(?:{_ADVERBIAL})\b[^\"\n.;]{{1,60}}?\s+that\s+|that\s+)?"
    r"|(?P<told>told) [\w' ]{1,30}? that\s+)"
    rf"(?!(?:{_ADVERBIAL})\b)(?!(?:this|so)\s+(?:{_ADVERBIAL}|when|while|as|after|before)\b)"
    rf"(?!(?<=added )(?:(?:a|an)\s+(?:{_ADDED_AMOUNT})|another)\b)"
    rf"(?P<q>[^\W\d_{_CAPITALS}][^\"\n]{{15,300}}?)[.]"
)
# Reported speech an outlet relays: "Xinhua quoted provincial official Li Wei as saying rescue work went on."
_QUOTED_AS_SAYING = re.compile(
    rf"\bquoted\s+(?:[a-z][\w'-]*\s+){{0,4}}?(?P<who>[{_CAPITALS}][\w'.-]*(?:[ \t]+[{_CAPITALS}][\w'.-]*){{0,3}})"
    rf"\s+as\s+(?P<verb>saying)\s+(?:that\s+)?(?!(?:{_ADVERBIAL})\b)(?P<q>[^\W_{_CAPITALS}][^\"\n]{{15,300}}?)[.]"
)


def quoted_spans(text: str) -> list[Quoted]:
    """Each quotation, paragraph by paragraph. A paragraph that leaves a quotation open continues it into the
    next paragraph when that one opens with a quote mark, as news style does; the quotation is one, from its
    first mark to its closing one. Single quotes ('...') count outside double ones when they cannot be
    apostrophes."""
    spans: list[Quoted] = []
    open_parts: list[tuple[int, int]] = []
    open_start = -1
    position = 0
    for paragraph in text.split("\n"):
        marks = _marks(paragraph, position)
        end = position + len(paragraph.rstrip())
        if open_parts:
            if paragraph.lstrip().startswith('"') and marks:
                opener = marks.pop(0)
                marks = _without_inner_pair(text, opener, marks)
                if marks:
                    close = marks.pop(0)
                    spans.append(Quoted(open_start, close + 1, (*open_parts, (opener + 1, close))))
                    open_parts = []
                else:
                    open_parts.append((opener + 1, end))
            elif paragraph.strip() and len(marks) % 2 == 1:
                # the quotation closes inside this paragraph, which opens with no mark of its own: 'the speaker
                # said: "… whether it is constitutional.' then 'The assembly has consented." "…," he added.'
                close = marks.pop(0)
                lead = len(paragraph) - len(paragraph.lstrip())
                spans.append(Quoted(open_start, close + 1, (*open_parts, (position + lead, close))))
                open_parts = []
            elif paragraph.strip():
                spans.append(Quoted(open_start, open_parts[-1][1], tuple(open_parts)))
                open_parts = []
        if not open_parts and not marks:
            dashed = _dash_quotation().match(paragraph)
            if dashed:  # '– The attack is serious, says Ana Costa.': words a dash opens, with no marks
                a, b = position + dashed.start("q"), position + dashed.end("q")
                spans.append(Quoted(position + dashed.start(), b, ((a, b),)))
        if not open_parts:
            odd = len(marks) % 2 == 1
            while len(marks) >= 2:
                if len(marks) >= 4 and text[marks[0] + 1 : marks[1]].rstrip().endswith(":"):
                    # '"… jump up and down, shouting: "We've won!" But …myself."': a mark right after a colon
                    # inside a quotation opens one inside it; the outer one closes at the fourth mark
                    a, _inner, _closed, b = (marks.pop(0) for _ in range(4))
                    spans.append(Quoted(a, b + 1, ((a + 1, b),)))
                    continue
                a, b = marks.pop(0), marks.pop(0)
                cut = _attribution_before_reopening(text, a, b) if odd else None
                if cut is not None:
                    # '“… severely affected, said Koyi, “These areas …”': the first quotation ended unclosed before
                    # the attribution between the two opening marks
                    spans.append(Quoted(a, cut, ((a + 1, cut),)))
                    marks.insert(0, b)
                    odd = False
                    continue
                if odd and _reopens(text, a, b):
                    # 'said, "… already admitted. "Only yesterday …," the DG said.': a mark that opens after a
                    # finished sentence starts a quotation of its own; the one before it ended unclosed
                    end_of_first = a + 1 + len(text[a + 1 : b].rstrip())
                    spans.append(Quoted(a, end_of_first, ((a + 1, end_of_first),)))
                    marks.insert(0, b)
                    odd = False
                    continue
                spans.append(Quoted(a, b + 1, ((a + 1, b),)))
            unopened = _unopened(text, position, marks[0]) if len(marks) == 1 else None
            if unopened is not None:
                # '… was obtained. We told them to go home," he said.': a closing mark whose opening one the text
                # left out; the quotation is the sentence it closes
                spans.append(Quoted(unopened, marks[0] + 1, ((unopened, marks[0]),)))
            elif marks and marks[0] + 1 < end:
                closing = _single_close(text, marks[0] + 1, end)
                if closing is not None:
                    # '"We have set up a task force …,' Clark said.': a double mark closed by a single one
                    spans.append(Quoted(marks[0], closing + 1, ((marks[0] + 1, closing),)))
                else:
                    open_start, open_parts = marks[0], [(marks[0] + 1, end)]
        # a quotation left open at the paragraph's end holds the single marks after its opening mark too
        still_open = [Quoted(open_start, end, ())] if open_parts else []
        spans += _single_quoted(text, position, end, spans + still_open)
        position += len(paragraph) + 1
    if open_parts:
        spans.append(Quoted(open_start, open_parts[-1][1], tuple(open_parts)))
    return sorted(spans, key=lambda q: q.start)


# A closing mark: after a sentence's last word and its comma or stop, before the speaker and a speech verb on the
# same line (a mark that ends its paragraph closes nothing the next paragraph's "Mr Wilson said" could own).
# The speaker may be described before the name, in lower case after a place's or a body's name ('," West Bengal
# animal resource development minister Ana Costa said').
_CLOSES_BEFORE_SPEAKER = regex.compile(
    rf"(?<=[\p{{L}}\p{{N}}][,.!?])\"[^\S\n]+(?:(?i:he|she|they)|(?:\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*\s+){{0,3}}"
    rf"(?!(?:and|but|or|as|while|which|who|that|when|if)\b)\p{{Ll}}[\p{{L}}'’-]*"
    rf"(?:\s+(?!(?:and|but|or|as|while|which|who|that|when|if)\b)\p{{Ll}}[\p{{L}}'’-]*){{0,2}}"
    rf"\s+\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*(?:\s+\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*){{0,3}}"
    rf"|\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*(?:\s+\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*){{0,3}})"
    rf"\s+{speech_pattern()}\b"
)
_SENTENCE_OPENS = regex.compile(r"(?<=[.!?])\s+(?=\p{Lu})")


def _unopened(text: str, paragraph: int, mark: int) -> int | None:
    """Where the quotation a lone mark at `mark` closes begins, when the mark closes one (a speaker and a speech
    verb after it) and the paragraph opened none: the start of the sentence it ends, past any blank."""
    if not _CLOSES_BEFORE_SPEAKER.match(text, mark):
        return None
    opens = [m.end() for m in _SENTENCE_OPENS.finditer(text, paragraph, mark)]
    start = opens[-1] if opens else paragraph
    return start + len(text[start:mark]) - len(text[start:mark].lstrip())


_SINGLE_OPENS = regex.compile(r"(?<![\p{L}\p{N}])'(?=\p{L})")
_SINGLE_CLOSES = regex.compile(r"(?<=[\p{L}\p{N}][,.!?])'(?=\s+\p{L})")


def _single_close(text: str, start: int, end: int) -> int | None:
    """Where a single mark closes a quotation a double mark opened at `start`, in a paragraph with no double mark to
    close it: after a comma or a full stop and before the words that follow ('"Nobody was hurt,' said Costa."),
    with no single mark opened before it (not '"We call it 'give and take,' and …', a phrase quoted inside)."""
    close = _SINGLE_CLOSES.search(text, start, end)
    if close is None or _SINGLE_OPENS.search(text, start, close.start()):
        return None
    return close.start()


def _without_inner_pair(text: str, opener: int, marks: list[int]) -> list[int]:
    """The marks after the opening mark of a paragraph that goes on with a quotation, without a pair that quotes
    words inside it ('"We think he "lost his way", and it shows.'): the first opens after a space, no sentence's
    end nor an attribution before it, and the second closes it before a space, a comma, a full stop, a line's end or
    the text's end."""
    if len(marks) < 2 or _reopens(text, opener, marks[0]) or _attribution_before_reopening(text, opener, marks[0]):
        return marks
    first, second = marks[0], marks[1]
    opens = text[first - 1 : first].isspace() and text[first + 1 : first + 2].isalpha()
    closes = text[second + 1 : second + 2] in ("", " ", ",", ".", "\n")
    return marks[2:] if opens and closes else marks


def _attribution_before_reopening(text: str, opened: int, mark: int) -> int | None:
    """Where a quotation opened at `opened` ended unclosed when an attribution stands right before the mark at
    `mark`, which opens the next one: '“… affected, said Koyi, “These …' (the comma before "said")."""
    if not (text[mark - 1 : mark].isspace() and text[mark + 1 : mark + 2].isalpha()):
        return None
    match = _ATTRIBUTION_BEFORE_MARK.search(text, opened + 1, mark)
    return match.start() if match else None


_ATTRIBUTION_BEFORE_MARK = regex.compile(
    rf",\s+(?:{speech_pattern()}\s+(?:\p{{Lu}}[\p{{L}}\p{{M}}.'’-]*\s*){{1,4}}"
    rf"|(?:\p{{Lu}}[\p{{L}}\p{{M}}.'’-]*\s+){{1,4}}{speech_pattern()}\s*|(?i:he|she)\s+{speech_pattern()}\s*)[,:]\s*$"
)


def _reopens(text: str, opened: int, mark: int) -> bool:
    """Whether the quote mark at `mark`, after one that opened at `opened`, opens a quotation rather than closing
    it: a space before it, a letter after it, and a finished sentence between the two marks."""
    return (
        text[mark - 1 : mark].isspace()
        and text[mark + 1 : mark + 2].isalpha()
        and text[opened + 1 : mark].rstrip().endswith((".", "!", "?"))
    )


@cache
def _dash_quotation() -> regex.Pattern[str]:
    """A paragraph a dash opens, as Nordic and other European news sets out speech with no quote marks, whose
    last clause says who spoke ('– NATO is concerned, says Stoltenberg.', '– …, Costa told TV 2 on Tuesday.'):
    `q` is the words said. The text is normalised: the dash is a hyphen here."""
    return regex.compile(
        rf"^\s*[–—-]\s+(?P<q>\p{{Lu}}[^\n]*?[\p{{L}}\p{{N}}.!?)])\s*,\s+"
        rf"(?:[\p{{L}}\p{{M}}'’.-]+\s+){{0,6}}?{speech_adverbs()}{speech_pattern()}\b[^,\n]{{0,90}}[.!?]\s*$"
    )


def _marks(paragraph: str, offset: int) -> list[int]:
    """Where the double quote marks of a paragraph are, `offset` added."""
    marks = []
    at = paragraph.find('"')
    while at >= 0:
        marks.append(offset + at)
        at = paragraph.find('"', at + 1)
    return marks


_SINGLE = regex.compile(
    r"(?<![\p{L}\p{N}])'(?=\p{L})(?P<q>[^'\n]*?(?:\p{L}'\p{L}[^'\n]*?)*?)(?<=[\p{L}\p{N}.,!?])'(?![\p{L}\p{N}])"
)


def _single_quoted(text: str, start: int, end: int, doubles: list[Quoted]) -> list[Quoted]:
    if "'" not in text[start:end]:
        return []
    inside = [(q.start, q.end) for q in doubles if q.end > start and q.start < end]
    out = []
    for match in _SINGLE.finditer(text, start, end):
        if not any(a <= match.start() < b for a, b in inside) and len(match.group("q").split()) <= 60:
            out.append(Quoted(match.start(), match.end(), ((match.start() + 1, match.end() - 1),)))
    if not out and not inside and _SINGLE_LEFT_OPEN.match(text, start, end) and _SINGLE_REOPENS.match(text, end):
        out.append(Quoted(start, end, ((start + 1, end),)))
        return out
    taken = [*inside, *((q.start, q.end) for q in out)]
    left_open = _single_left_open(text, start, end, taken)
    return out + ([left_open] if left_open else _single_left_open_after_verb(text, start, end, taken))


def _single_left_open(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> Quoted | None:
    """A quotation a single mark opens after a colon, a comma or a finished sentence and never closes in its
    paragraph (its other marks apostrophes inside words), after every quotation the paragraph closed: 'said on
    winning: 'Schools can …' — it ends where the next paragraph, which opens with no mark, closes it ('… investing
    in.'), else at its paragraph's end."""
    opened = _SINGLE_OPENED.search(text, start, end)
    if opened is None or any(a <= opened.start() < b or opened.start() < a for a, b in taken):
        return None
    if len(text[opened.start() + 1 : end].split()) < 3 or _SINGLE_REOPENS.match(text, end):
        return None
    if _NAME_OPENED_BY_MARK.match(text, opened.start()):
        return None  # "'Ofa Moala, whose husband … died, says": a name the mark (a glottal stop) opens, no quotation
    parts = [(opened.start() + 1, end)]
    following = _NEXT_PARAGRAPH_CLOSES.match(text, end)
    if following:
        parts.append((following.start("q"), following.end("q")))
        return Quoted(opened.start(), following.end("q") + 1, tuple(parts))
    return Quoted(opened.start(), end, tuple(parts))


def _single_left_open_after_verb(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[Quoted]:
    """A single mark a speech verb and its comma or colon open, that nothing closes before the paragraph's end
    ("Costa added: 'The first days were hard." and the words going on in the next paragraphs with no marks): the
    quotation runs to the end of its paragraph."""
    opened = _single_opened_after_verb().search(text, start, end)
    if opened is None or any(a <= opened.start() < b for a, b in taken):
        return []
    mark = opened.end() - 1
    if _SINGLE_CLOSES_ANYWHERE.search(text, mark + 1, end):
        return []
    return [Quoted(mark, end, ((mark + 1, end),))]


@cache
def _single_opened_after_verb() -> regex.Pattern[str]:
    return regex.compile(rf"\b(?:{speech_pattern()})\s*[,:]\s+'(?=\p{{Lu}})")


_SINGLE_CLOSES_ANYWHERE = regex.compile(r"(?<=[\p{L}\p{N}.,!?])'(?![\p{L}\p{N}])")


# A paragraph a single mark opens and never closes (its other marks apostrophes inside words), before a paragraph a
# single mark opens: a quotation in single marks going on into the next paragraph, as in double ones.
_SINGLE_LEFT_OPEN = regex.compile(r"'(?=\p{Lu})(?:[^'\n]|(?<=\p{L})'(?=\p{L}))*$")
# A name whose first letter a mark for the glottal stop comes before ("'Ofa Moala", "'Akilisi Pohiva"), as the
# subject of narration: a relative clause or a speech verb after it.
_NAME_OPENED_BY_MARK = regex.compile(
    rf"'\p{{Lu}}\p{{Ll}}+(?:\s+\p{{Lu}}[\p{{L}}'’-]+){{1,2}}(?:\s*,\s+(?:who|whose)\b|\s+{speech_pattern()}\b)"
)
_SINGLE_REOPENS = regex.compile(r"\s*\n\s*'\p{Lu}")
_SINGLE_OPENED = regex.compile(r"(?:^|(?<=[:.!?,]\s))'(?=\p{Lu})(?:[^'\n]|(?<=\p{L})'(?=\p{L}))*$", regex.M)
# The next paragraph, no mark opening it, closing a single-mark quotation at its end after a stop or a comma.
_NEXT_PARAGRAPH_CLOSES = regex.compile(r"\s*\n\s*(?P<q>(?=\p{Lu})(?:[^'\"\n]|(?<=\p{L})'(?=\p{L}))*[.!?,])'\s*(?=\n|$)")


def _quote_text(text: str, quoted: Quoted) -> str:
    return " ".join(text[a:b] for a, b in (_trimmed(text, *part) for part in quoted.parts))


class SpeakerResolver:
    """Resolves 'he', 'Ma', 'the prime minister' or 'another resident' to who said it."""

    def __init__(self, ctx: DocumentContext, people: list[PersonMention]) -> None:
        self.text = ctx.text
        self.people = sorted([*people, *_kin_named(ctx.text, people)], key=lambda p: p.start)
        self.starts = [p.start for p in self.people]
        # the relatives named as kin of one of their surname ("Mele Taufa, whose husband Sione Taufa"): the surname
        # alone stands for the other one
        self.kin = {
            p.name for p in self.people if _kin_of_own_surname(p) or _kin_in_relative_clause(self.text, p, self.people)
        }
        # The names the article gives persons and the speakers heard so far, and each of their words ('Green'
        # for Josh Green), folded.
        self.names = frozenset(fold(p.name) for p in self.people)
        self.known = set(self.names) | {w for p in self.people for w in fold(p.name).split()}
        self.sentence_starts = [view.sentence.start for view in ctx.sentences]
        self.sentence_texts = [view.sentence.text for view in ctx.sentences]
        self.heard: list[tuple[int, str]] = []  # (position, speaker) of the quotes resolved so far
        # (start, end, speaker, named, role) of every quote given a speaker so far, people and bodies alike
        self.voices: list[tuple[int, int, str, bool, str | None]] = []
        # Every mention of a person: the full names, and a surname standing alone for the one person of that
        # surname named before it ("Hughton expressed his disappointment"), or a given name the one person of that
        # given name ("Amy said she hopes"), as (start, end, full name).
        self.mentions = sorted(
            [(p.start, p.end, _family_name_of(p.name, self.people)) for p in self.people]
            + _surnames_alone(self.text, self.people)
            + _given_names_alone(self.text, self.people)
            + _titled_surnames(self.text, self.known)
        )
        self.mention_starts = [m[0] for m in self.mentions]
        self.mentioned = {start: name for start, _end, name in self.mentions}
        self.genders = self._genders()
        # Person → the gender an apposition's noun gives them ("Sandra Egyed, his wife,"): the pronoun of that
        # gender may stand for them whatever other pronouns their sentence holds ("joined him").
        self.apposed_genders = {
            name: gender
            for _start, end, name in reversed(self.mentions)
            if (gender := apposed_gender(self.text, end)) is not None
        }
        # ... or the noun written before their name ("Another brother, Brian Nderura", "her husband Max Richards")
        for start, _end, name in reversed(self.mentions):
            if (gender := preposed_gender(self.text, start)) is not None:
                self.apposed_genders.setdefault(name, gender)
        # The bodies the article names with their abbreviation ("the Department of Health (DOH)"): the
        # abbreviation alone later stands for the body.
        self.abbreviated = {
            m.group("abbr"): regex.sub(r"^(?:The|THE)\s+", "", m.group(0))
            for m in _ABBREVIATED.finditer(self.text)
            if _initials_of(m.group("abbr"), m.group("full"))
        }

    def _genders(self) -> dict[str, str]:
        """Person → the pronoun written right after a mention of them ("told Nassar he should"), where the article
        writes one: no other pronoun stands for them."""
        forms = {form: gender for gender, words in lexicon().pronoun_genders.items() for form in words}
        possessives = set(_POSSESSIVES.values())
        found: dict[str, str] = {}
        for _start, end, name in self.mentions:
            following = regex.match(r"\s+(\p{L}+)", self.text[end : end + 20])
            word = following.group(1).lower() if following else ""
            if word in forms and word not in possessives:
                found.setdefault(name, forms[word])
        return found

    def voice(self, start: int, end: int, speaker: str, named: bool, role: str | None) -> None:
        """Note the speaker given to the quote at [start, end), a person's or a body's."""
        self.voices.append((start, end, speaker, named, role))

    def voice_in_paragraph(self, position: int) -> tuple[str, bool] | None:
        """The speaker of the last quote before `position` in its paragraph, when no named speaker was heard after
        it: a description ("the moderator") or a body, whose words an unattributed quotation there goes on."""
        floor = self.text.rfind("\n", 0, position) + 1
        earlier = [v for v in self.voices if floor <= v[0] and v[1] <= position]
        if not earlier or any(earlier[-1][1] < at <= position for at, _ in self.heard):
            return None
        return earlier[-1][2], earlier[-1][3]

    def voice_going_on(self, position: int) -> tuple[str, bool] | None:
        """The speaker of the last quote in the paragraph before `position` when that quote ends it and is a
        description's or a body's ('"…," a spokesman for the museum said.' then '"…"'), no one named since: the
        words of a quotation opening the next paragraph go on from them."""
        floor = self._paragraphs_back(position, 1)
        start = self.text.rfind("\n", 0, position) + 1
        earlier = [v for v in self.voices if v[1] <= position]
        if not earlier or not floor <= earlier[-1][0] < start or earlier[-1][3]:
            return None
        after = earlier[-1][1]
        if self.text[after:start].count(".") > 1 or any(after <= m[0] < position for m in self.mentions):
            return None  # a sentence of narration, or a person named, after it
        return earlier[-1][2], earlier[-1][3]

    def in_sentence(self, position: int) -> tuple[str | None, bool, str | None]:
        """The speaker of the quote before `position` in its sentence, whose words a short quote with no
        attribution of its own goes on ('X said the defence "fought hard" and will "keep fighting"')."""
        sentence = self._sentence(position)
        for start, end, speaker, named, role in reversed(self.voices):
            if end <= position and self._sentence(start) == sentence and (named or _body(speaker)):
                return speaker, named, role
        return None, False, None

    def body_before(self, position: int) -> str | None:
        """What "it" stands for as a speaker at `position`: the body (a company, a ministry) that spoke last, in
        this paragraph or the one before, when no person spoke after it."""
        floor = self._paragraphs_back(position, 1)
        earlier = [v for v in self.voices if floor <= v[1] <= position]
        if not earlier:
            return self._body_reporting(floor, position)
        speaker, named = earlier[-1][2], earlier[-1][3]
        if not (named or _body(speaker)):
            return None
        is_person = any(fold(speaker) in (fold(p.name), unsuffixed(p.name).split()[-1]) for p in self.people)
        return None if is_person else speaker

    def group_voice_before(self, position: int) -> str | None:
        """What "they" stands for as a speaker at `position`: the body or group (a family, a club) heard last within
        the pronoun's reach, a person heard since or not ('Costa's family said their hearts are "…"', the presenter
        then quoted, then 'Their message said: "…"'): "they" is a person's pronoun only when no group spoke; none
        where two people or more are named since, whom "they" may stand for."""
        floor = self._paragraphs_back(position, _PRONOUN_REACH)
        groups = [v for v in self.voices if floor <= v[1] <= position and not v[3] and _body(v[2])]
        if not groups:
            return None
        since = bisect_right(self.mention_starts, groups[-1][1])
        people = {m[2] for m in self.mentions[since:] if m[0] < position}
        # two people named since ("Two firefighters, John Reed and Sam Holt, …"): "they" may be them, not the group
        return None if len(people) >= 2 else groups[-1][2]

    def _body_reporting(self, floor: int, position: int) -> str | None:
        """The named body whose words the latest sentence from `floor` to `position` reports ("BHP said it had
        activated a contingency plan"), when no person is named after it: what "it said" stands for next."""
        found = list(_BODY_SAYS.finditer(self.text, floor, position))
        if not found:
            return None
        body = found[-1]
        if fold(body.group("body")) in self.known or any(
            body.start() <= start < position for start in self.mention_starts
        ):
            return None  # a person, or a person named since
        return body.group("body")

    def mention_in(self, start: int, end: int) -> str | None:
        """The person the last mention within [start, end) stands for, if one does."""
        inside = [m for m in self.mentions[bisect_right(self.mention_starts, start - 1) :] if m[0] < end]
        return inside[-1][2] if inside else None

    def hear(self, position: int, speaker: str, pronoun: str = "") -> None:
        """Note a named speaker as heard at `position` (a quote's end); `pronoun`, the "he" or "she" the quote was
        given to them by ('"…," he says.'), is their gender from then on, where the article wrote none before."""
        self.heard.append((position, speaker))
        if pronoun in ("he", "she"):
            self.genders.setdefault(speaker, pronoun)
        self.known |= {fold(speaker), *fold(speaker).split()}

    def full_name(self, name: str, position: int) -> str:
        """The fullest name the article gives for `name`, the latest mentioned before `position` first."""
        words = [w.rstrip(".") for w in name.split() if w[:1].isupper() or _particle(w)]
        # a particle opening the run goes ("de la Cruz": Cruz), not one joined to the name by a hyphen ("al-Masri")
        while words and not words[0][:1].isupper() and regex.fullmatch(_JOINED_PARTICLE, words[0]) is None:
            words.pop(0)
        key = fold(" ".join(words))
        if not key:
            return name
        named = [
            p
            for p in self.people
            if fold(p.name) == key
            or fold(p.name).replace(".", "") == key  # "Karen J. Meech", its initial's full stop dropped above
            or fold(p.name).endswith(" " + key)
            or unsuffixed(p.name).endswith(" " + key)  # "Tiu Laurel": Francisco Tiu Laurel Jr.
            or (len(words) > 1 and ends_fuller_name(key, fold(p.name)))  # "Ramjohn Richards": Jean Ramjohn-Richards
            or (len(words) == 1 and key in regex.split(r"[\s.-]+", fold(p.name)))  # "Mr Wadood": Abdel-Wadood
            or (len(words) > 2 and key.endswith(" " + fold(p.name)))  # "Human Resource Stanley Zyambo"
            or opens_fuller_name(key, fold(p.name))  # "Sheikh Hamdan": Sheikh Hamdan bin Mohammed
            or opens_family_name(key, fold(p.name))  # "Sultan bin Suhaim": Sultan bin Suhaim Al-Thani
            or (len(words) > 1 and closes_patronymic(key, fold(p.name)))  # "Gunnar Bragi": Gunnar Bragi Sveinsson
            or (p.nickname is not None and fold(p.nickname) == key)  # "Jokowi": Joko "Jokowi" Widodo
        ]
        if not named and len(words) == 1:
            # "McNarama: …" after "reporter Claire McNamara": a surname with two of its letters swapped
            named = [p for p in self.people if _swapped(key, fold(p.name).split()[-1])]
        if not named:
            return " ".join(words)
        before = [p for p in named if p.start < position]
        if len(words) == 1:
            # "Fernández said" after "President Alberto Fernández and … Cristina Fernández de Kirchner": of the names
            # before, one the word ends stands before one it is only a part of
            before = [p for p in before if _holds_surname(p.name, key)] or before
        pool = before or named
        if len(words) == 1 and any(p.name not in self.kin for p in pool):
            pool = [p for p in pool if p.name not in self.kin]
        if len(words) == 1:
            return respelled((pool[-1] if before else pool[0]).name, words)
        return respelled(max(pool, key=lambda p: len(p.name)).name, words)

    def person(self, name: str) -> PersonMention | None:
        key = fold(name)
        return next((p for p in self.people if fold(p.name) == key), None)

    def with_role(self, description: str) -> str | None:
        """The one person the article gives this role ('the prime minister' → 'Elisabeth Borne'), if one."""
        names = self.holders(description)
        return names.pop() if len(names) == 1 else None

    def latest_holder(self, description: str, position: int) -> str | None:
        """Of the people the article gives this role, the one it names last before `position`, by full name or
        surname, within the paragraphs a pronoun reaches back ('President Chakwera … Mr Mnangagwa described him …
        "…," the president said': Mnangagwa)."""
        holders = self.holders(description)
        if len(holders) < 2:
            return None
        floor = self._paragraphs_back(position, _PRONOUN_REACH)
        latest: dict[str, int] = {}
        for name in holders:
            mentions = list(_word_pattern(name.split()[-1]).finditer(self.text, floor, position))
            if mentions:
                latest[name] = mentions[-1].start()
        if not latest:
            return None
        ranked = sorted(latest.items(), key=lambda item: -item[1])
        return ranked[0][0] if len(ranked) == 1 or ranked[0][1] != ranked[1][1] else None

    def doer_of(self, description: str, position: int) -> str | None:
        """The person the text names, within a pronoun's reach before `position`, as doing what the role does
        (`role_deeds`): "the curator" after "curated by Lena Marsh"."""
        words = [w for w in description.split() if fold(w) != "the"]
        # "the curator" alone: "the new director" or "a former curator" is someone else the text does not name
        deeds = lexicon().role_deeds.get(fold(words[-1]), []) if len(words) == 1 else []
        if not deeds:
            return None
        floor = self._paragraphs_back(position, _PRONOUN_REACH)
        done_by = _done_by(tuple(deeds))
        for person in reversed(self.people):
            if floor <= person.start < position and done_by.search(
                self.text[max(floor, person.start - 40) : person.start]
            ):
                return self.full_name(person.name, position)
        return None

    def holders(self, description: str) -> set[str]:
        """The people the article gives this role; of those, the ones in office when the role is no past one and
        the article also names a former holder ("the prime minister" beside "former prime minister X")."""
        words = fold(description).split()
        while words and words[0] in _DETERMINERS:
            words.pop(0)
        key = " ".join(words)
        if not key:
            return set()
        # an abbreviated office stands for the office written out ("the former VP": "Former vice-president")
        spelled = " ".join(_spelled_out().get(w, w) for w in words)
        forms = {fold(f).rstrip(".") for f in lexicon().role_titles.get(key, [])}  # "the doctor": "Dr Leila Haddad"
        # the roles the names are written with, and those the attributions of their quotes give them
        roles = [(p.name, p.role) for p in self.people if p.role]
        roles += [(speaker, role) for _s, _e, speaker, named, role in self.voices if named and role]
        # the other words for the role ("the skipper": "India captain Ana Costa")
        synonyms = {" ".join([*words[:-1], fold(s)]) for s in lexicon().role_synonyms.get(words[-1], [])}
        held = [
            (name, role)
            for name, role in roles
            if any(_holds_office(role, k) for k in {key, spelled, *synonyms}) or _addressed_title(role) in forms
        ]
        names = {name for name, _role in held}
        current = {name for name, role in held if not _past_office(role)}
        if current and not _past_office(description):
            # "the prime minister" is the one in office, not the "former prime minister" the article also names
            names = current
        if not names and len(words) > 1 and words[-1] in word_set("head_titles"):
            # "the border guard chief": the one person heading a body of those words ("the commander of the
            # State Border Guard Service")
            names = {name for name, role in roles if _heads(words[:-1], role)}
        ranked = word_set("office_modifiers") | word_set("head_titles")
        if not names and len(words) > 1 and words[-1] in word_set("person_titles") and ranked.isdisjoint(words[:-1]):
            # "a happy Ugandan coach": the one person the article gives the role's head word; but a "Chief Minister"
            # or a "Deputy Governor" holds another office than the minister or the governor the article names
            return self.holders(words[-1])
        return names

    def titled_before(self, description: str, position: int) -> str | None:
        """The person written with this role as a capitalised title before one name, the latest before
        `position` ("the pope" → "Pope Francis", "the king" → "King Harald"), when the role is one word."""
        words = fold(description).split()
        while words and words[0] in _DETERMINERS:
            words.pop(0)
        if len(words) != 1:
            return None
        # the titles a role is written with before a name: "the judge" is "Justice Naqvi"
        forms = [words[0], *lexicon().role_titles.get(words[0], [])]
        written = "|".join(regex.escape(f.rstrip(".").capitalize()) for f in forms)
        titled = regex.compile(rf"\b(?:{written})\.?\s+(\p{{Lu}}[\p{{Ll}}\p{{M}}'’-]+)\b(?!\s+\p{{Lu}})")
        found = list(titled.finditer(self.text, 0, position))
        return found[-1].group(0) if found else None

    def subject_before(self, position: int, pronoun: str = "", paragraphs: int = _PRONOUN_REACH) -> str | None:
        """The person the paragraph is about at `position`: the first person of the latest sentence before it
        that names one (a quote's speaker counts), in this paragraph or the `paragraphs` before it, passing over
        a person whose sentence speaks of them only with pronouns of the other gender than `pronoun`."""
        floor = self._paragraphs_back(position, paragraphs)
        mentions = [
            (start, end, name)
            for start, end, name in self.mentions[: bisect_right(self.mention_starts, position)]
            if start >= floor and not self._spoken_of_beside(start, position, pronoun)
        ]
        mentions += [(at, at, who) for at, who in self.heard if floor <= at < position]
        mentions += self._titled_mentions(floor, position)
        mentions = [
            m
            for m in mentions
            if self.agrees(m[0], pronoun, m[1], m[2])
            and not self._spoken_of_by_pronoun(m, pronoun)
            and not self._theirs(m[0], pronoun)
        ]
        if not mentions:
            return None
        mentions.sort()
        latest_sentence = self._sentence(mentions[-1][0])
        latest = [m for m in mentions if self._sentence(m[0]) == latest_sentence]
        index = latest_sentence - 1  # `_sentence` counts from one
        said = _PRONOUN_SAYS_AT_END.search(self.sentence_texts[index]) if pronoun in ("he", "she") else None
        opening = self.sentence_starts[index]
        if said and said.group("p").lower() == pronoun and all(m[0] != m[1] and m[0] > opening for m in latest):
            # "It was not his job to correct reports that misquoted Ana Costa, he said." then '"…," he said': the
            # one named is spoken of; the pronoun that says it, and the one after, stand for whom it does
            earlier = self.subject_before(opening, pronoun, paragraphs - self._paragraphs_between(opening, position))
            if earlier:
                return earlier
        if pronoun == "they" and len({m[2] for m in latest}) >= 2:
            return None  # "John Reed and Sam Holt pulled the boy out. "…," they said": both, no one person
        # "Prior to Zacha's goal, Pastrňák had a chance": a person named in the possessive is spoken of beside
        # the one the sentence is about
        latest = [m for m in latest if not _POSSESSIVE_AFTER.match(self.text, m[1])] or latest
        # "Trump attorney Ana Costa was quick to insist …": a name qualifying the office of the person named after
        # it is spoken of beside the one the sentence is about
        latest = [m for m in latest if not self._qualifies_next(m, latest)] or latest
        # "Reports linked to Prime Minister Ana Costa are false, council member Peter Lind." then '"…," he said':
        # a person named as a preposition's object is spoken of beside the one the sentence is about
        latest = [m for m in latest if not _object_of_preposition(self.text, m[0])] or latest
        speaking = [m for m in latest if m[0] == m[1] or self._speaks(m[0], m[1])]
        # "The judge cautioned everyone but a dissatisfied Costa continued." then '"…," she said': the one whose
        # speech verb ends the sentence goes on speaking in the quotation after it
        going_on = [m for m in speaking if m[0] != m[1] and _ENDS_SPEAKING.match(self.text, m[1])]
        return (going_on or speaking or latest)[0][2]

    def _qualifies_next(self, mention: tuple[int, int, str], others: list[tuple[int, int, str]]) -> bool:
        """Whether the name at `mention` is written right before an office and the name of another of `others`
        ("Trump attorney Ana Costa", "Obama deputy chief of staff …" not): it qualifies that person's office."""
        start, end, name = mention
        titles = word_set("person_titles") | word_set("office_modifiers")
        for other_start, _other_end, other in others:
            gap = _OFFICE_GAP.fullmatch(self.text, end, other_start) if other_start > end and other != name else None
            if gap and start != end and all(fold(w) in titles for w in gap.group("office").split()):
                return True
        return False

    def _spoken_of_beside(self, start: int, position: int, pronoun: str) -> bool:
        """Whether the person mentioned at `start` is spoken of in the sentence of the pronoun at `position`, so not
        whom it stands for: named after a pronoun that opens the sentence ('She claimed Mr Roe had her in a headlock
        …, saying: "…"': not Roe), or after a preposition, a title or two between ("Speaking of the work of Ana
        Costa, she said", "calls for Prime Minister Ana Costa to go, he described as …")."""
        if self._sentence(start) != self._sentence(position):
            return False
        opened = bool(pronoun) and self._opens_sentence(self._sentence(position), pronoun)
        # "As for the claims Costa brought forward, she said": the topic the sentence opens with, not its speaker
        topic = _topic_opening().match(self.text, self.sentence_starts[self._sentence(start) - 1], start)
        return opened or topic is not None or bool(_PREPOSITION_BEFORE.search(self.text, max(0, start - 40), start))

    def role_opening_before(self, position: int, pattern: regex.Pattern[str]) -> str | None:
        """The role of an unnamed person or body (as `pattern` reads it) who opens the sentence before the one at
        `position`, in its paragraph or the one before, as its subject ("The minister was blunt. '…,' he said",
        "The ministry issued a statement. '…,' it said"): whom a pronoun stands for when the article names no one
        it could."""
        previous = self._sentence(position) - 2
        if previous < 0 or self.sentence_starts[previous] < self._paragraphs_back(position, 1):
            return None
        sentence = self.sentence_texts[previous]
        opening = pattern.match(sentence)
        if opening is None or _OTHER_ACTOR.search(sentence, opening.end()):
            return None  # "The judge jailed the driver …", "… was questioned by a reporter": either may speak
        return opening.group("role").lower()

    def _titled_mentions(self, floor: int, position: int) -> list[tuple[int, int, str]]:
        """Each one-word role from `floor` to `position` that stands for the person the article writes it before as
        a title ("the Pope" → "Pope Francis"), as (start, end, that person): a person a pronoun may take up."""
        found = []
        for match in _THE_ROLE.finditer(self.text, floor, position):
            if match.group("role").lower() not in word_set("person_titles"):
                continue
            person = self.titled_before(match.group(0), match.start())
            if person and fold(person) not in self.known:
                found.append((match.start("role"), match.end("role"), person))
        return found

    def other_gender_in_sentence(self, position: int, pronoun: str) -> str | None:
        """Whom a subject pronoun of the other gender earlier in the sentence at `position` stands for ("She said
        she told William …, and he replied"): someone "he" is not."""
        genders = lexicon().pronoun_genders
        others = [p for p in ("he", "she") if p != pronoun and p in genders] if pronoun in ("he", "she") else []
        if not others:
            return None
        start = self.sentence_starts[self._sentence(position) - 1] if self._sentence(position) else 0
        if not regex.search(rf"\b(?i:{others[0]})\b", self.text[start:position]):
            return None
        return self.subject_before(start, others[0])

    def speaking_opener(self, position: int, pronoun: str) -> str | None:
        """The name that opens the sentence at `position` as the subject of a speech verb, when the pronoun stands
        in a clause the sentence goes on with ("Trump said some points remained, but he also called the meeting
        "…""): the subject speaks on, not whoever the sentence before named. None when the sentence opens with
        the pronoun, the opener is no person the document names (a body, a plural) or the name is of a person the
        pronoun cannot stand for."""
        index = self._sentence(position) - 1
        if index < 0:
            return None
        start = self.sentence_starts[index]
        opening = _SPEAKING_OPENER.match(self.text, start, position)
        if not opening or not _GOES_ON_WITH.search(self.text, opening.end(), position):
            return None
        if not self._a_person(opening.group("who"), opening.start("who")):
            return None  # "Police said the suspect had fled, but he told …": a body, never "he"
        if not self.agrees(opening.start("who"), pronoun, opening.end("who")):
            return None
        return self.full_name(opening.group("who"), position)

    def _a_person(self, who: str, start: int) -> bool:
        """Whether the words at `start` are a person the document names: a mention, the surname of one, or a name
        a title stands before somewhere in it ("President Okafor")."""
        if start in self.mentioned or who.split()[-1] in {name.split()[-1] for _, _, name in self.mentions}:
            return True
        return any(
            _TITLE_BEFORE.search(self.text, max(0, m.start() - 40), m.start())
            for m in regex.finditer(rf"\b{regex.escape(who)}\b", self.text)
        )

    def sole_person_before(self, position: int, pronoun: str) -> str | None:
        """The one person the document has named before `position`, however many paragraphs back, when it names
        no other the pronoun could stand for: "he said" after paragraphs on the museum's plans, its director the
        only person named. A person the pronoun's own sentence speaks of (`_spoken_of_beside`) is none."""
        names = {
            name
            for start, end, name in self.mentions[: bisect_right(self.mention_starts, position)]
            if self.agrees(start, pronoun, end)
            and not self._spoken_of_beside(start, position, pronoun)
            and not self._spoken_of_by_pronoun((start, end, name), pronoun)  # "He met Keir Starmer": not Starmer
        }
        names |= {who for at, who in self.heard if at < position and self.agrees(at, pronoun, at, who)}
        return next(iter(names)) if len(names) == 1 else None

    def _theirs(self, start: int, pronoun: str) -> bool:
        """Whether the person at `start` is named as someone of the pronoun's person ("thanked his screenwriter
        Ana Costa. He also said"): "his" is who "he" stands for, not the person it qualifies."""
        possessive = _POSSESSIVES.get(pronoun)
        return bool(possessive) and bool(
            regex.search(
                rf"\b(?i:{possessive})\s+(?:[\p{{L}}'’-]+\s+){{0,3}}?[\p{{L}}'’-]+\s*,?\s*$",
                self.text[max(0, start - 60) : start],
            )
        )

    def _spoken_of_by_pronoun(self, mention: tuple[int, int, str], pronoun: str) -> bool:
        """Whether the mention stands after the pronoun that speaks in its sentence ("He said the order came from
        the commissioner, Ana Costa"): the person is spoken of there, and the pronoun is someone named before. So
        after `pronoun` itself when it thinks or stands past a fronted phrase ("Asked about it, she considered
        that the bid by Ana Costa …" for a later "she"), not after another ("They judged that Tom Ward …" for a
        later "he"). A person named in the phrase before the pronoun may be whom it stands for ("After Judge Ana
        Costa read the verdict, she told them")."""
        start, end, _ = mention
        if start == end or self._speaks(start, end):
            return False
        index = self._sentence(start) - 1
        opening = self.sentence_texts[index] if index >= 0 else ""
        speaking = _PRONOUN_SPEAKS.match(opening)
        if speaking is None:
            # "He met Keir Starmer on Monday." then '"…," he said': the pronoun that is the sentence's subject is
            # the one a later pronoun of its gender stands for; whom it met, thanked or praised is spoken of
            # ... but one named right after "by" ("He stood by Tom Ward", "He was questioned by detective Ray
            # Cole") may be its actor
            acting = _PRONOUN_ACTS.match(opening)
            return (
                acting is not None
                and acting.group("pronoun").lower() == pronoun
                and (start - self.sentence_starts[index] >= acting.end())
                and not _BY_BEFORE.search(self.text, max(0, start - 40), start)
            )
        if start - self.sentence_starts[index] < speaking.end():
            return False
        widened = speaking.group("fronted") or speaking.group("thought")
        said_by = speaking.group("pronoun").lower()
        if said_by != pronoun and {said_by, pronoun} <= {"he", "she"}:
            return False  # "She thanked Peter Holm." then '"…," he said': he is whom she spoke of
        return not widened or said_by == pronoun

    def speaks(self, start: int, end: int) -> bool:
        return self._speaks(start, end)

    def _speaks(self, start: int, end: int) -> bool:
        """Whether the person mentioned at [start, end) is who its sentence reports ("according to X", "X said",
        "said X"), not someone it speaks of ("The conviction of X …, according to Y")."""
        return bool(_SPEAKS_AFTER.match(self.text, end) or _SPEAKS_BEFORE.search(self.text, max(0, start - 40), start))

    def reporter_before(self, position: int) -> str | None:
        """The person whose words the writer's sentence right before a quotation in its paragraph reports ('The
        pier may stay shut, Ross said.', 'Ross says the crew will be paid.', 'No one, Ross said, saw it coming.'),
        the quotation following with no attribution of its own: that person speaks on in it."""
        opening = _paragraph_start(self.text, position)
        lead = self.text[opening:position].rstrip()
        if not lead.endswith((".", "!", "?")) or regex.search(r"[\"“”‘]", lead):
            return None
        last = self._sentence(position - 1 - (len(self.text[opening:position]) - len(lead)))
        mentions = [m for m in self.mentions[: bisect_right(self.mention_starts, position)] if m[0] >= opening]
        # the latest sentence of the paragraph that names anyone, the writer's sentences after it naming no one
        # ('According to Ross, the pier may stay shut. Repairs take months. "…"'): its reporter speaks on
        named = max((self._sentence(m[0]) for m in mentions), default=last)
        reporting = [m for m in mentions if self._sentence(m[0]) == named and self._speaks(m[0], m[1])]
        return reporting[0][2] if reporting else None  # "Ross says Costa will …": the first, who reports

    def introduced(self, position: int) -> tuple[int, str] | None:
        """The person the paragraph before `position` names (where, who): the first of its last sentence that
        names one."""
        floor = self._paragraphs_back(position, 1)
        mentions = [m for m in self.mentions[: bisect_right(self.mention_starts, position)] if m[0] >= floor]
        if not mentions:
            return None
        latest_sentence = self._sentence(mentions[-1][0])
        latest = [m for m in mentions if self._sentence(m[0]) == latest_sentence]
        # "Prior to Zacha's goal, Pastrňák had a chance": a person named in the possessive is spoken of beside
        # the one the sentence is about
        latest = [m for m in latest if not _POSSESSIVE_AFTER.match(self.text, m[1])] or latest
        speaking = [m for m in latest if self._speaks(m[0], m[1])]  # "…, revealed Erasmus."
        first = (speaking or latest)[0]
        return first[0], first[2]

    def _person_ending(self, who: str) -> tuple[str, bool, str | None] | None:
        """(name, True, office) when `who` is an office written out before the name of a person the article names
        ("ESA Director of Human and Robotic Exploration David Parker")."""
        if not regex.search(r"\s(?:of|for)\s", who):
            return None
        key = fold(who.rstrip("."))
        for person in self.people:
            name = fold(person.name)
            # "a lawyer for Sam Green": whom the office acts for, not who holds it
            if key.endswith(" " + name) and len(name.split()) >= 2 and not _speaks_for(who, self.names):
                return person.name, True, who.rstrip(".")[: -len(person.name)].strip() or None
        return None

    def introduced_speaker(self, position: int) -> str | None:
        """The person the paragraph before a quotation that opens its paragraph at `position` says is speaking
        ("ESA Director General Josef Aschbacher says the mission …"), with no quotation of theirs in it."""
        if position != _paragraph_start(self.text, position):
            return None
        introduced = self.introduced(position)
        if introduced is None:
            return None
        start = introduced[0]
        end = next((m[1] for m in self.mentions if m[0] == start), start)
        floor = self._paragraphs_back(position, 1)
        if any(floor <= v[0] < position for v in self.voices) or not _SPEAKS_AFTER.match(self.text, end):
            return None
        return introduced[1]

    def document_speaks(self, noun: str, position: int) -> bool:
        """Whether the document "the petition" or "the letter" stands for speaks for itself: the text's last mention
        of it, within two paragraphs before the sentence at `position`, brought it in as a thing many put their
        names to or a group made public (`document_gathering_verbs`: "had signed a petition", "published a letter
        they had sent"), not as what someone wrote, issued or spoke in ("wrote a letter", "said in a statement",
        "Dana Wu's letter"), whose words it then is."""
        floor = self._paragraphs_back(position, 2)
        index = self._sentence(position) - 1
        before = self.sentence_starts[index] if index >= 0 else position
        mentions = list(_noun_pattern(noun).finditer(self.text, pos=floor, endpos=before))
        if not mentions:
            return False
        return _GATHERED.search(self.text, max(floor, mentions[-1].start() - 60), mentions[-1].start()) is not None

    def issuer_of(self, noun: str, position: int) -> str | None:
        """Who issued the message "the statement" stands for, when the text's last mention of it, within two
        paragraphs before the sentence at `position`, says so ("In the statement that was issued by the party, …",
        "a statement released by Acme Mining on Monday"): the body or person, without its article."""
        floor = self._paragraphs_back(position, 2)
        index = self._sentence(position) - 1
        before = self.sentence_starts[index] if index >= 0 else position
        mentions = list(_noun_pattern(noun).finditer(self.text, pos=floor, endpos=before))
        issued = _ISSUED_BY.match(self.text, mentions[-1].end()) if mentions else None
        if issued is None or any(fold(word) in word_set("relay_words") for word in issued.group("who").split()):
            return None  # "a statement carried by state media": the outlet that relays it is not its issuer
        return issued.group("who")

    def _paragraphs_between(self, start: int, end: int) -> int:
        """How many non-blank paragraphs start after `start` and up to `end`."""
        return sum(1 for line in self.text[start:end].split("\n")[1:] if line.strip())

    def _paragraphs_back(self, position: int, paragraphs: int) -> int:
        """Where the paragraph `paragraphs` non-blank paragraphs before the one at `position` starts."""
        floor = self.text.rfind("\n", 0, position) + 1
        for _ in range(paragraphs):
            previous = self.text.rfind("\n", 0, max(0, floor - 1))
            while previous > 0 and not self.text[previous + 1 : floor].strip():
                previous = self.text.rfind("\n", 0, previous)
            floor = previous + 1 if previous >= 0 else 0
        return floor

    def agrees(self, position: int, pronoun: str, end: int | None = None, who: str = "") -> bool:
        """Whether the sentence at `position` may speak of someone `pronoun` stands for: it does not refer to
        its people only with pronouns of another gender ("Monika … from her village" is not "he"). When the
        person mentioned at [position, end) speaks there ("Her lawyer, Ahmed Hossain, said she would appeal"),
        what they say and the possessive before their role speak of others: only the words before the name
        count, possessives left out."""
        genders = lexicon().pronoun_genders
        if pronoun not in genders:
            return True
        other = {w for gender, forms in genders.items() if gender != pronoun for w in forms}
        mentioned = self.mentioned.get(position, who)
        named = self.genders.get(mentioned, self.apposed_genders.get(mentioned))
        if named is not None and named != pronoun:
            return False  # "told Nassar he should never walk free": he, whoever "she" is
        if self.apposed_genders.get(mentioned) == pronoun:
            return True  # "Sandra Egyed, his wife, joined him": she, though the sentence says "his" and "him"
        index = self._sentence(position) - 1
        sentence = self.sentence_texts[index] if index >= 0 else ""
        if index >= 0 and end is not None and end > position and _SAYS_NEXT.match(self.text, end):
            before = self.text[self.sentence_starts[index] : position]
            words = set(regex.findall(r"\p{L}+", before.lower())) - set(_POSSESSIVES.values())
        elif end is not None and end > position and _INVERTED_BEFORE.search(self.text, max(0, position - 60), position):
            # "… her lost property, said her lawyer, Sheldon Starke.": what they say and their role speak of others;
            # only what the sentence goes on to say of them counts ("said Maria Oduya, who walked from her village")
            stop = self.text.find(".", end)
            after = self.text[end : stop if stop >= 0 else len(self.text)]
            words = set(regex.findall(r"\p{L}+", after.lower()))
        else:
            # "She thanked engineer Peter Holm.": the pronoun the sentence opens with is its subject, who is not
            # the person named after it, so it says nothing of that person's gender
            acting = _PRONOUN_ACTS.match(sentence) if end is not None and end > position else None
            if acting and position - self.sentence_starts[index] >= acting.end():
                sentence = sentence[acting.end() :]
            words = set(regex.findall(r"\p{L}+", sentence.lower()))
            if (
                index >= 0
                and end is not None
                and end > position
                and _CAPITALISED_ONLY.fullmatch(self.text, self.sentence_starts[index], position)
            ):
                # the sentence's subject: a pronoun only ever an object there is someone else ("described him")
                words -= word_set("object_only_pronouns")
        return not (words & other) or bool(words & set(genders[pronoun]))

    def _opens_sentence(self, sentence: int, pronoun: str) -> bool:
        """Whether the `sentence`-th sentence (as `_sentence` counts) opens with `pronoun`."""
        if not 0 < sentence <= len(self.sentence_texts):
            return False
        first = self.sentence_texts[sentence - 1].lstrip(" \"“‘'").split(" ", 1)[0]
        return first.lower() == pronoun

    def _sentence(self, position: int) -> int:
        return bisect_right(self.sentence_starts, position)

    def resolve(self, who: str, position: int) -> tuple[str | None, bool, str | None]:
        """(speaker, whether it is a name, the role the words give) for `who` as written before `position`."""
        who = " ".join(who.split())
        full = who[4:] if who[:4].lower() == "the " else who
        if regex.fullmatch(_ONE_OF, who):
            return who, False, None  # "One of the protesters": a member of a group the text does not name
        if regex.fullmatch(_COUNT_OF, who):
            return who.split(" of ", 1)[1], False, None  # "the hundreds of striking workers": the workers
        if _BODY_RUN.fullmatch(full):
            return full, True, None  # "the Convention on International Trade in Endangered Species (CITES)"
        if fold(full) in _spelled_out():
            holder = self.with_role(who)  # "the DG said": the one person the article calls director general
            if holder:
                return holder, True, who
        named = self._person_ending(who)
        if named:
            return named  # "head of programming Lars Eide": the person the office is written before
        if full in self.abbreviated:
            return self.abbreviated[full], True, None  # "the DOH said": the Department of Health (DOH)
        if who.lower() == _BODY_PRONOUN:
            body = self.body_before(position)
            if body is None and (role := self.role_opening_before(position, _BODY_OPENING)):
                return role, False, f"the {role}"  # "The ministry released a statement. '…,' it said"
            return (body, _named(body), None) if body else (None, False, None)
        group = self.group_voice_before(position) if who.lower() == "they" else None
        if group:
            return group, False, None  # "Sir Ana Costa's family said … . Their message said: '…'": the family
        if who.lower() in _PRONOUNS:
            opener = self.speaking_opener(position, who.lower())
            if opener:
                return opener, True, None
            subject = self.subject_before(position, who.lower()) or self.sole_person_before(position, who.lower())
            if subject and self.other_gender_in_sentence(position, who.lower()) is not None:
                # 'She said she told William: "…," and he replied "…"': not her, and whom she told rather than
                # anyone named before her
                return None, False, None
            if subject:
                return subject, True, None
            role = self.role_opening_before(position, _ROLE_OPENING) if who.lower() != "they" else None
            return (role, False, f"the {role}") if role else (None, False, None)
        if _anaphoric(who):
            # "the Slovenian", "the 25-year-old": a person the article has named, described by where they are
            # from or their age, as a pronoun would stand for them
            subject = self.subject_before(position)
            return (subject, True, None) if subject else (who.split(" ", 1)[1], False, who)
        owner = _document_owner(who)
        if owner:
            return owner, False, None  # "A family statement said": the family's words, "a club statement": the club's
        document = _THE_DOCUMENT.fullmatch(who)
        if document and self.document_speaks(document.group("noun"), position):
            return document.group("noun"), False, None  # "had signed a petition" then '"…," the petition stated'
        issuer = self.issuer_of(document.group("noun"), position) if document else None
        if issuer:
            return (
                issuer,
                _named(issuer),
                None,
            )  # "the statement that was issued by the party" then '," read the statement'
        if _ONE_BY_NOUN.fullmatch(who) and _not_a_speaker(who):
            return None, False, None  # "a report", "a sign": no one who speaks
        if _patterns()["body_role"].fullmatch(who):
            # "a Santa Barbara County Sheriff's spokeswoman": one person by a role, the body's name before it
            return who.split(" ", 1)[1], False, who
        if _patterns()["description"].fullmatch(who.rstrip(".")):  # "says the Secretary General."
            who = who.rstrip(".")
            # a body speaks for itself: "the parliament said" is not its "chief administrator"
            person = (
                None
                if _body(who)
                else self.with_role(who)
                or self.titled_before(who, position)
                or self.latest_holder(who, position)
                or self.doer_of(who, position)
            )
            if person is None and _anaphoric_role(who):
                person = self.subject_before(position)  # "the Russian church leader said": the person written of
            if person:
                return person, True, who
            words = who.split()
            while len(words) > 1 and words[0].lower() in _DETERMINERS:
                words.pop(0)
            return " ".join(words), False, who
        if _ONE_BY_NOUN.fullmatch(who):  # "one tenant", "a local baker": described, never named
            return who.split(" ", 1)[1], False, who
        if _speaks_for(who, self.names):
            return who, False, None  # "Relatives of Tom Ward said": the relatives, not the man
        role, name = split_title(who)
        if role is None:
            role, name = rank_before_surname(self.text, who)  # "SP Chhetri said" after "Mohan Chhetri"
        if role is None:
            role, name = _lower_case_role(who)
        full = self.full_name(name, position)
        mention = self.person(full)
        # a form of address alone ("U Kyaw Min Oo said") is no role: the one given before stands
        return full, True, _role(role) or (mention.role if mention else None)


def _holds_surname(name: str, key: str) -> bool:
    """Whether the folded word `key` is the surname of `name`: its last word ("Alberto Fernández", not "Cristina
    Fernández de Kirchner"), a hyphenated one whole ("Ban Ki-moon" holds no "moon"), or the family name a Korean name
    opens with ("Kim Min-seok")."""
    words = unsuffixed(name).split()
    return fold(words[-1]).rstrip(".") == key or (family_then_hyphenated_given(words) and fold(words[0]) == key)


def _split_rest(
    text: str, quoted: Quoted, previous: tuple[Quoted, Attribution] | None, people: Sequence[PersonMention]
) -> Attribution | None:
    """The attribution of a quotation split by it ('“…,” said Ana Costa, 56, who took over as coach, “and …”'): the
    words after it are the same speaker's, when only a clause naming that speaker, ending in a comma, stands between
    the two parts, one line, and the second goes on in lower case. The clause may hold no other name and no other
    speech verb after the speaker ('“…,” said Costa, and Reed added, “…”': Reed's)."""
    if previous is None or previous[1].who is None or previous[1].verb is None:
        return None
    first, said = previous
    who, gap = said.who or "", text[first.end : quoted.start]
    if "\n" in gap or not gap.rstrip().endswith(",") or len(gap) > 160 or '"' in gap or "“" in gap:
        return None
    at = gap.find(who)
    if at < 0 or regex.search(rf"\b{speech_pattern()}\b", gap[at + len(who) :]):
        return None
    if any(first.end + at + len(who) <= p.start < quoted.start for p in people):
        return None  # another person named between ('said Maria Reed, and Tom Hale, who agreed, "…"')
    if not _quote_text(text, quoted).lstrip()[:1].islower():
        return None  # a title the clause names ('said Ana Costa, whose latest film, "Silent Fields," opens …')
    return said


def _family_name_of(name: str, people: Sequence[PersonMention]) -> str:
    """The one fuller name the article gives a name with a parent's ("Sultan bin Suhaim": "Sultan bin Suhaim
    Al-Thani"), or the name itself."""
    fuller = {p.name for p in people if opens_family_name(fold(name), fold(p.name))}
    return fuller.pop() if len(fuller) == 1 else name


_NO_ONE_WORDS = ("he", "she", "they", "it", "we", "who", "which", "that")
# A name opening its sentence as the subject of a speech verb ("Trump said …"), and a clause the sentence goes on
# with, its subject a pronoun (", but he also called …").
_SPEAKING_OPENER = regex.compile(
    rf"\s*[\"']?(?!(?:He|She|They|It|We|I|You)\b)(?P<who>{_NAME_RUN})\s+{speech_adverbs()}{speech_pattern()}\b"
)
_GOES_ON_WITH = regex.compile(
    r",\s*(?:(?i:but|and|while|although|though)\s+)?(?i:he|she)\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+\s+[^.!?]*$"
)


# A document or a message the attribution names with no one it is of: '," the petition stated'.
_THE_DOCUMENT = regex.compile(
    rf"(?i:the)\s+(?P<noun>(?i:{'|'.join(regex.escape(w) for w in sorted({*lexicon().document_nouns, *lexicon().message_nouns}, key=len, reverse=True))}))"
)
# A verb that brings in a document as a thing many sign or a group makes public, right before its noun: "had
# signed a petition", "published an open letter".
_GATHERED = regex.compile(
    rf"\b(?i:{'|'.join(regex.escape(v) for v in sorted(lexicon().document_gathering_verbs, key=len, reverse=True))})"
    r"\s+(?i:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}$"
)


@lru_cache(maxsize=64)
def _noun_pattern(noun: str) -> regex.Pattern[str]:
    return regex.compile(rf"\b(?i:{regex.escape(noun)})\b")


@lru_cache(maxsize=64)
def _done_by(deeds: tuple[str, ...]) -> regex.Pattern[str]:
    """A deed and "by" right before a name: "is curated by "."""
    return regex.compile(rf"\b(?i:{'|'.join(regex.escape(deed) for deed in deeds)})\s+by\s+$")


def _not_a_speaker(who: str) -> bool:
    """Whether one described by a noun ("a police statement", "a sign", "a letter he") is a document, a thing that
    bears words (`document_nouns`, `message_nouns`, `word_bearers`) or a pronoun: no one who speaks."""
    return bool(set(who.lower().split()[1:]) & _not_speakers())


def _document_owner(who: str) -> str | None:
    """The body a document or message is described by ("a club statement" → "club", "A family statement" →
    "family"): the words before the noun that bears words, when their last is a body's noun (`_body`); "a brief
    statement" has none."""
    words = who.split()
    if len(words) < 3 or words[0].lower() not in _DETERMINERS:
        return None
    owner, noun = " ".join(words[1:-1]), words[-1].lower()
    if owner.islower():
        # a message is its sender's; a filing, a study or a survey is no body's own voice
        return owner if noun in lexicon().message_nouns and _body(owner) else None
    # a document a named body issued ("The Ofsted report said", "the Pentagon statement said") is the body's
    # words; not a date's ("the January report")
    named = all(word[:1].isupper() for word in words[1:-1]) and not _of_a_time(owner)
    return owner if named and (noun in lexicon().message_nouns or noun in lexicon().document_nouns) else None


def _of_a_time(owner: str) -> bool:
    """Whether a document's name holds a month, a weekday or a season ("the January report", "the Autumn
    Statement"): it names when the document came, not who issued it."""
    return any(fold(word) in CALENDAR or fold(word) in word_set("season_words") for word in owner.split())


@cache
def _not_speakers() -> frozenset[str]:
    lex = lexicon()
    return frozenset([*lex.document_nouns, *lex.message_nouns, *lex.word_bearers, *_NO_ONE_WORDS])


_APPOSITION = regex.compile(r"\s*,\s*(?P<apposition>[^,.;:!?\n\"“”]{1,60}?)\s*[,.;]")
_RELATIVE_OPENERS = frozenset({"who", "whose", "which", "where", "when", "whom"})


def apposed_gender(text: str, end: int) -> str | None:
    """The gender the apposition after a name at `end` gives its person by a noun among its first words
    ("Sandra Egyed, his wife,": she; "Adam Kowalczyk, her husband,": he), if one; a relative clause gives none
    ("Ana Costa, whose husband …")."""
    match = _APPOSITION.match(text, end)
    if not match:
        return None
    words = regex.findall(r"[\p{L}'’-]+", match.group("apposition"))[:4]
    if not words or words[0].lower() in _RELATIVE_OPENERS:
        return None
    nouns = _gender_of_noun()
    return next((nouns[w] for w in words if w in nouns), None)


_CAPITALISED_ONLY = regex.compile(r"(?:\p{Lu}[\p{L}.'’-]*\s+)*")


def preposed_gender(text: str, start: int) -> str | None:
    """The gender a noun written right before a name at `start` gives its person ("her husband Max Richards",
    "Another brother, Brian Nderura", "Queen Margrethe": he, he, she), if one."""
    return _gender_of_noun().get(noun_before_name(text, start)[0])


@cache
def _gender_of_noun() -> dict[str, str]:
    """Each gendered noun of the lexicon → its pronoun ("wife" → "she")."""
    return {noun: gender for gender, forms in lexicon().gendered_nouns.items() for noun in forms}


@lru_cache(maxsize=4096)
def _past_office(role: str) -> bool:
    """Whether a role is one held no longer ("former prime minister", "ex-president", "the late king"): a whole word
    of `past_office_words`, or one opening with an entry that ends with "-" ("ex-"); not "late-night presenter"."""
    past = word_set("past_office_words")
    openings = tuple(word for word in past if word.endswith("-"))
    return any(word in past or word.startswith(openings) for word in fold(role).split())


@lru_cache(maxsize=4096)
def _holds_office(role: str, office: str) -> bool:
    """Whether a person written with `role` holds `office` ("Health Minister" holds "minister"); not one whose
    role makes the office's words another office (`office_modifiers`: "Prime Minister", "Vice President" and
    "Deputy Mayor" are no minister, president or mayor)."""
    # an abbreviated title holds the office written out ("Minnesota Gov." holds "governor")
    written = " ".join(_spelled_out().get(w.rstrip("."), w) for w in fold(role).split()).replace("-", " ")
    for match in regex.finditer(rf"\b{regex.escape(office.replace('-', ' '))}\b", written):
        before = written[: match.start()].split()[-1:]
        if (
            not before
            or before[0] not in word_set("office_modifiers")
            or office.split()[0] in word_set("office_modifiers")
        ):
            return True
    return False


def _word_pattern(word: str) -> regex.Pattern[str]:
    """`word` as a whole word."""
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(word)}(?![\p{{L}}\p{{M}}])")


def _heads(body_words: list[str], role: str) -> bool:
    """Whether `role` is the head of a body named by `body_words`: "commander of the State Border Guard Service"
    for "border guard", "director general of health services" for "health service" (a plural's -s aside)."""
    role_words = regex.findall(r"\p{L}+", fold(role))
    stems = {w.removesuffix("s") for w in role_words}
    heads = word_set("head_titles")
    return bool(set(role_words) & heads) and all(w.removesuffix("s") in stems for w in body_words)


_AGED = regex.compile(r"(?i:the)\s+\d{1,3}-year[-\s]old")


def _anaphoric(who: str) -> bool:
    """Whether `who` describes a person already named by age or by where they are from: "the 25-year-old",
    "the Slovenian", "the Kenyan" (a people the lexicon knows, or a word ending as demonyms in -ian, -ese, -ish
    or -i do)."""
    if _AGED.fullmatch(who):
        return True
    words = who.split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1][:1].isupper():
        return False
    word = fold(words[1])
    return word in known_places() or word.endswith(("ian", "ese", "ish", "i"))


def _anaphoric_role(who: str) -> bool:
    """Whether `who` is a role that describes a person already named by where they are from, the role matching no
    office the article gives anyone: "the Russian church leader", "the Ghanaian coach" (as "the Slovenian" does)."""
    words = who.split()
    if len(words) < 3 or words[0].lower() != "the" or not words[1][:1].isupper():
        return False
    return _anaphoric(" ".join(words[:2])) and fold(words[-1]) in word_set("person_titles")


# A body's name with the lower-case words of its title and its abbreviation in brackets: "Convention on
# International Trade in Endangered Species (CITES)", "Food and Agriculture Organization (FAO)".
_BODY_RUN = regex.compile(
    r"\p{Lu}[\p{L}\p{M}'’&-]*(?:\s+(?:(?:of|on|in|and|for|the|de)\s+)*\p{Lu}[\p{L}\p{M}'’&-]*)*\s+\((?P<abbr>\p{Lu}(?:\p{Ll}{0,3}\p{Lu})+\p{Ll}{0,2})\)"
)


# A body's name and the abbreviation it is given in brackets, which may hold lower-case letters ("National
# Meteorological Agency (NiMet)", "Court of Appeal (CoA)").
_ABBREVIATED = regex.compile(
    r"(?P<full>\p{Lu}[\p{L}\p{M}'’&-]*(?:\s+(?:(?:of|on|in|and|for|the|de)\s+)*\p{Lu}[\p{L}\p{M}'’&-]*)*)"
    r"\s+\((?P<abbr>\p{Lu}\p{L}*\p{Lu}\p{L}*)\)"
)


def _initials_of(abbreviation: str, full: str) -> bool:
    """Whether the capitals of `abbreviation` are, in order, initials of the words of `full` ("DOH" of "Department
    of Health", "NiMet" of "National Meteorological Agency"; not "McLaren" of "Ana Costa")."""
    initials = iter(w[0].lower() for w in full.split())
    return all(any(c == i for i in initials) for c in (ch.lower() for ch in abbreviation if ch.isupper()))


def _particle(word: str) -> bool:
    """Whether a word in lower case belongs to a name: a particle ("bin", "van"), or one joined by a hyphen to
    the capitalised part after it ("al-Maneh")."""
    return word in word_set("name_particles") or regex.fullmatch(_JOINED_PARTICLE, word) is not None


def _lower_case_role(who: str) -> tuple[str | None, str]:
    """("ESA glaciologist", "Ana Costa") for "ESA glaciologist Ana Costa": the words up to the last lower-case
    one (a name particle aside) are a role the title words do not know."""
    words = who.split()
    lower = [i for i, w in enumerate(words) if w[:1].islower() and not _particle(w)]
    if not lower or lower[-1] == len(words) - 1 or lower[-1] == 0 and words[0].lower() == "the":
        return None, who
    return " ".join(words[: lower[-1] + 1]), " ".join(words[lower[-1] + 1 :])


def _kin_named(text: str, people: list[PersonMention]) -> list[PersonMention]:
    """Each relative named by a given name alone after the person they are kin to ("Shannon Moore, 15, … Her
    mother Kelly said"), as a mention of the full name the family's surname makes ("Kelly Moore"): whom "Ms
    Moore" may then stand for. The family is the person named last before, in that paragraph or the one before."""
    found = []
    named = sorted((p for p in people if len(name_words(p.name)) > 1), key=lambda p: p.start)
    starts = [p.start for p in named]
    for match in _KIN_GIVEN.finditer(text):
        if any(p.start <= match.start("given") < p.end for p in people):
            continue  # "her son Tom Field": a full name of his own
        family = match.group("family")
        if family:  # "Costa's father Robert": Robert Costa, when a person of that surname is named before
            if not any(p.start < match.start() and name_words(p.name)[-1] == family for p in named):
                continue
            full = f"{match.group('given')} {family}"
            # the role says whose kin they are ("Costa's father"): "Costa" alone is the other one
            role = f"{family}'s {match.group('kin')}"
            found.append(PersonMention(match.start("given"), match.end("given"), full, role, "kin"))
            continue
        index = bisect_right(starts, match.start()) - 1
        paragraph = text.rfind("\n\n", 0, text.rfind("\n\n", 0, match.start()))
        if index < 0 or named[index].start < paragraph:
            continue
        full = f"{match.group('given')} {name_words(named[index].name)[-1]}"
        found.append(PersonMention(match.start("given"), match.end("given"), full, match.group("kin"), "kin"))
    return found


# A possessive, a relative and the relative's given name alone: "her mother Kelly", "his brother, Tomas,",
# "Costa's father Robert" (the family's surname the possessive).
_KIN_GIVEN = regex.compile(
    rf"\b(?:(?i:his|her|their)|(?P<family>\p{{Lu}}[\p{{L}}\p{{M}}-]*)['’]s)\s+(?P<kin>(?i:{'|'.join(sorted(lexicon().kin_singulars, key=len, reverse=True))}))"
    r"\s*,?\s+(?P<given>\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)(?![\p{L}\p{M}])(?!\s*[-‐]?\s*\p{Lu})"
)


def _name_word_owners(people: list[PersonMention], at: int) -> tuple[dict[str, set[str]], dict[str, int]]:
    """For the word at `at` of each full name (0: the given name, -1: the surname), the names that have it and where
    the first of them starts."""
    owners: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for person in people:
        words = name_words(person.name)
        if len(words) > 1:
            owners.setdefault(words[at], set()).add(person.name)
            first.setdefault(words[at], person.start)
    return owners, first


def _surnames_alone(text: str, people: list[PersonMention]) -> list[tuple[int, int, str]]:
    """Each surname standing alone after the full name of the one person the text gives it ("Chris Hughton …
    Hughton said"), as (start, end, full name); a surname a family shares ("Shannon Moore" and "her mother Kelly")
    stands for the one of them named last before it, with an honorific before it ("Ms Moore, a teaching assistant,
    said"), and else for neither."""
    # 'Vande Hei's father, Tom Vande Hei': a relative named as the kin of the one the surname stands for
    # … and the relatives named after them by a given name ("his wife, Mary"): the family is told around that one
    kin = {p.name for p in people if _kin_of_own_surname(p) or _kin_in_relative_clause(text, p, people)}
    families = {name_words(name)[-1] for name in kin}
    people = [p for p in people if p.name not in kin and not (p.cue == "kin" and name_words(p.name)[-1] in families)]
    owners, first = _name_word_owners(people, -1)
    shared = _shared_surnames(text, people, [s for s, names in owners.items() if len(names) > 1])
    single = sorted((s for s, names in owners.items() if len(names) == 1), key=len, reverse=True)
    if not single:
        return shared
    spans = sorted((p.start, p.end) for p in people)
    # the surname written with the accents the full name was given without ("Pastrňák" after "David Pastrnak")
    variants = _accented_variants(text, single)
    found = []
    for start, end, written in literal_matches(text, single + sorted(variants), _LETTER_OR_JOIN, _LETTER_OR_HYPHEN):
        surname = variants.get(written, written)
        inside = bisect_right(spans, (start, len(text))) - 1
        if start > first[surname] and not (inside >= 0 and spans[inside][1] > start):
            found.append((start, end, respelled(next(iter(owners[surname])), [written])))
    return sorted(found + shared)


def _titled_surnames(text: str, known: AbstractSet[str]) -> list[tuple[int, int, str]]:
    """Each surname after a capitalised title of a person the text never names in full ("Cr Gangell denied it",
    "Senator Okafor"), as (start, end, surname): a person a pronoun may take up."""
    return [
        (m.start("surname"), m.end("surname"), m.group("surname"))
        for m in _titled_surname().finditer(text)
        if fold(m.group("surname")) not in known and not _not_a_surname(m.group("surname").lower())
    ]


def _not_a_surname(word: str) -> bool:
    """Whether a capitalised word after a title is another title or a word of no name ("Minister With")."""
    return word in word_set("person_titles") or word in word_set("not_name_words")


@cache
def _titled_surname() -> regex.Pattern[str]:
    titles = "|".join(regex.escape(t.title()) for t in sorted(lexicon().surname_titles, key=len, reverse=True))
    # one capitalised word after the title, no other after it ("Cr Bob Brown" is a full name, found as one)
    return regex.compile(
        rf"(?<![\p{{L}}.])(?:{titles})\.?[ \t]+(?P<surname>\p{{Lu}}\p{{Ll}}[\p{{L}}\p{{M}}'’-]*)(?![\p{{L}}\p{{M}}])(?![ \t]+\p{{Lu}})"
    )


def _kin_of_own_surname(person: PersonMention) -> bool:
    """Whether a person is introduced as the relative of one who bears their surname ("Vande Hei's father, Tom
    Vande Hei", "Ana Costa's son Pedro"): the article calls the other one by the surname alone."""
    surname = name_words(person.name)[-1]
    kin = "|".join(sorted(lexicon().kin_singulars, key=len, reverse=True))
    return bool(person.role) and bool(regex.search(rf"\b{regex.escape(surname)}['’]s\s+(?i:{kin})$", person.role or ""))


def _kin_in_relative_clause(text: str, person: PersonMention, people: list[PersonMention]) -> bool:
    """Whether a person is named as the relative of one of their surname in a relative clause right after that one
    ("Mele Taufa, whose husband Sione Taufa died,", "Ana Costa, whose son, Captain Pedro Costa,"), or in full after
    "another" or "other" and a relative's noun once one of their surname was named ("Helena Nderura … Another
    brother, Brian Nderura"; not "His widow, Ana Reed", who may speak as "Reed" herself): the article calls the
    other one by the surname alone."""
    kin = "|".join(sorted(lexicon().kin_singulars, key=len, reverse=True))
    surname = name_words(person.name)[-1]
    noun, before = noun_before_name(text, person.start)
    if person.cue != "kin" and noun in lexicon().kin_singulars and before in word_set("other_kin_words"):
        return any(
            other.end <= person.start and other.name != person.name and name_words(other.name)[-1] == surname
            for other in people
        )
    if not regex.search(
        rf"\bwhose\s+(?i:{kin}),?\s+(?:\p{{Lu}}[\p{{L}}.]*\s+){{0,3}}$", text[max(0, person.start - 60) : person.start]
    ):
        return False
    return any(
        0 < person.start - other.end < 60 and other.name != person.name and name_words(other.name)[-1] == surname
        for other in people
    )


def _shared_surnames(text: str, people: list[PersonMention], shared: list[str]) -> list[tuple[int, int, str]]:
    """Each surname two people share, after an honorific ("Ms Moore"), as the one of them named last before it."""
    found = []
    for surname in shared:
        for match in regex.finditer(
            rf"\b{_honorific_alternation()}\.?\s+(?P<s>{regex.escape(surname)})\b(?![\p{{L}}])", text
        ):
            before = [p for p in people if p.end <= match.start() and name_words(p.name)[-1:] == [surname]]
            if before:
                latest = max(before, key=lambda p: p.start)
                found.append((match.start("s"), match.end("s"), latest.name))
    return found


@cache
def _honorific_alternation() -> str:
    """The lexicon's honorifics written as a name's are ("Ms", "Dr"), as one group."""
    words = sorted({h.rstrip(".").capitalize() for h in lexicon().honorifics}, key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w) for w in words) + ")"


def _given_names_alone(text: str, people: list[PersonMention]) -> list[tuple[int, int, str]]:
    """Each given name standing alone before a speech verb, after the full name of the one person the text gives
    it ("Amy Bell … Amy said she hopes"), as (start, end, full name): a given name alone elsewhere ("I played
    Serena") is often another's words of them, not the subject a pronoun after it stands for."""
    owners, first = _name_word_owners(people, 0)
    single = sorted((g for g, names in owners.items() if len(names) == 1 and len(g) > 2), key=len, reverse=True)
    spans = sorted((p.start, p.end) for p in people)
    found = []
    for start, end, written in literal_matches(text, single, _LETTER_OR_JOIN, _LETTER_OR_HYPHEN) if single else []:
        inside = bisect_right(spans, (start, len(text))) - 1
        if (
            start > first[written]
            and not (inside >= 0 and spans[inside][1] > start)
            and (_GIVEN_NAME_SAYS.match(text, end) or _opens_narration(text, start, end))
        ):
            found.append((start, end, next(iter(owners[written]))))
    return found


_GIVEN_NAME_SAYS = regex.compile(rf"\s+{speech_adverbs()}{speech_pattern()}\b")
_SENTENCE_OPENING = regex.compile(r"(?:^|\n|[.!?]\s+)$")
# a verb, or a relative clause set off by a comma that the verb follows ("Indra, who had a stint in Korea, has …")
_VERB_AFTER = regex.compile(r"\s+(?!(?:and|or|of|in|at|on|to|for|from|with)\b)\p{Ll}|,\s+who\s")


def _opens_narration(text: str, start: int, end: int) -> bool:
    """Whether a given name at [start, end) opens a sentence of the writer's as its subject ("Ananya won the bee on
    Thursday.", "Ananya, who won the bee, …"), outside any quotation: the person a pronoun later stands for."""
    if not (_SENTENCE_OPENING.search(text, max(0, start - 3), start) and _VERB_AFTER.match(text, end)):
        return False
    before = text[text.rfind("\n", 0, start) + 1 : start]
    return before.count("“") == before.count("”") and before.count('"') % 2 == 0


def _accented_variants(text: str, surnames: list[str]) -> dict[str, str]:
    """The words of `text` that are one of `surnames` written with more accents ("Pastrňák" of "Pastrnak"), each
    with the surname it spells."""
    folded = {fold(s): s for s in surnames if " " not in s}
    return {
        word: folded[fold(word)]
        for word in set(regex.findall(r"\p{Lu}[\p{L}\p{M}]+", text))
        if fold(word) in folded and _accents(word) > _accents(folded[fold(word)])
    }


def _accents(text: str) -> int:
    """How many letters of `text` carry a mark or are not plain ASCII."""
    return sum(1 for c in text if not c.isascii())


def _swapped(written: str, surname: str) -> bool:
    """Whether `written` is `surname` misspelt by two of its letters swapped ("mcnarama", "mcnamara"): the same
    letters, the same first one, two places apart; in a surname long enough that no other name is so close."""
    if (
        len(written) < 6
        or len(written) != len(surname)
        or written[0] != surname[0]
        or sorted(written) != sorted(surname)
    ):
        return False
    return sum(a != b for a, b in zip(written, surname, strict=True)) == 2


def respelled(full: str, written: list[str]) -> str:
    """`full` with its last words as `written` spells them, when they are the same words but for their accents:
    the name as the text writes it where it is used, with its marks ("Pastrňák" → "David Pastrňák" where a
    headline wrote "David Pastrnak") or without them ("Mr Le Hai Binh" → "Le Hai Binh" where the text also wrote
    "Lê Hải Bình")."""
    words = full.split()
    if not written or len(written) > len(words):
        return full
    tail = words[-len(written) :]
    if " ".join(tail) == " ".join(written) or unaccented(" ".join(tail)) != unaccented(" ".join(written)):
        return full  # the same spelling, or other letters or other capitals ("van Dijk" and "Van Dijk")
    return " ".join(words[: -len(written)] + written)


# What may not stand right before a surname alone (a letter, a mark, an apostrophe, a hyphen), and right after
# it (the same but an apostrophe: "Hughton's").
_POSSESSIVE_AFTER = regex.compile(r"['’]s?\b")
# One to three lower-case words between two names: the office the second holds, which the first may qualify.
_OFFICE_GAP = regex.compile(r"\s+(?P<office>\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2})\s+")
_LETTER_OR_JOIN = regex.compile(r"[\p{L}\p{M}'-]")
_LETTER_OR_HYPHEN = regex.compile(r"[\p{L}\p{M}-]")


# A person named right after a preposition, a title or two between ("calls for Crown Prince Ana Costa to go"), is
# spoken of in that sentence, not its subject ("Speaking of the work of Ana Costa, she said"): a pronoun in the same
# sentence does not stand for them.
_PREPOSITION_BEFORE = regex.compile(
    r"\b(?i:of|about|to|with|for|on|from|by|at|like|unlike|than)\s+(?:the\s+)?$"
    # ... but one "by" brings in with a title may be the sentence's actor ("At a rally organised by Senator Ana
    # Costa, she said")
    r"|\b(?i:of|about|to|with|for|on|from|at|like|unlike|than)\s+(?:the\s+)?(?:\L<titles>\.?\s+){1,2}$",
    titles=sorted(
        {form for t in lexicon().person_titles for form in (t, t.capitalize(), t.title())}, key=len, reverse=True
    ),
)


@cache
def _topic_opening() -> regex.Pattern[str]:
    """A phrase that opens a sentence with what it is about, up to a point inside the noun phrase after it, past a
    lower-case word of that phrase and before its first comma ("As for the claims Costa brought forward", "Regarding
    the ban Reid was given"); a name right after the opener, titles or not, is what the sentence is about and may be
    its subject ("Regarding Ms Costa, she told reporters", "Concerning Reid's own future, he said")."""
    openers = "|".join(
        regex.escape(w).replace("\\ ", r"\s+") for w in sorted(lexicon().topic_openers, key=len, reverse=True)
    )
    return regex.compile(rf"[\s\"“]*(?i:{openers})\s+(?:[^\s,;.!?]+\s+)*?\p{{Ll}}[^,;.!?\n]*$")


# A preposition after a lower-case word, and capitalised words, right before a name ("linked to Prime Minister …");
# not "according to", which gives a source, nor an office's own ("Minister of Information …").
_OBJECT_OF_PREPOSITION = regex.compile(
    r"(?<=\b\p{Ll}+\s)(?<!\b(?i:according)\s)(?:to|of|by|on|with|against|about|from)\s+"
    r"(?P<title>(?:\p{Lu}[\p{L}'’.-]*\s+){0,5})$"
)


def _object_of_preposition(text: str, start: int) -> bool:
    """Whether the name at `start` is a preposition's object, with only a title's words between ("linked to Prime
    Minister …"); not where other words come between ("on Friday Prime Minister …": the name is the subject)."""
    found = _OBJECT_OF_PREPOSITION.search(text, max(0, start - 80), start)
    return found is not None and all(fold(w).rstrip(".") in _title_vocabulary() for w in found.group("title").split())


# A sentence whose words a pronoun says at its end (", he said.", ", she added on Monday."): reported speech of whom
# the pronoun stands for.
_PRONOUN_SAYS_AT_END = regex.compile(
    rf",\s+(?P<p>[Hh]e|[Ss]he)\s+{speech_adverbs()}{speech_pattern()}\b[^,.;:!?\"“”\n]{{0,40}}[.!?]?\s*$"
)
_ENDS_SPEAKING = regex.compile(rf"['’]?\s*{speech_adverbs()}{speech_pattern()}\s*[.:]")
_SPEAKS_AFTER = regex.compile(rf"['’]?\s*(?:,[^.,\n]{{0,90}},\s*)?{speech_adverbs()}{speech_pattern()}\b")
# A speech verb right after a name, past the comma that closes an apposition ("Ahmed Hossain, said").
# ... an age or a role set off by commas may stand between ("Peggy Butcher, 89 and a retired dry cleaner, said")
_SAYS_NEXT = regex.compile(rf"['’]?\s*(?:,\s*[^,.;:\"“”‘’\n]{{1,90}}?,)?\s*,?\s*{speech_adverbs()}{speech_pattern()}\b")
# Prepositions that make the words after a speech verb about someone, not the speaker ("said the killing of Mr X").
_OBJECT_PREPOSITIONS = "(?:of|to|for|with|about|by|from|in|on|at|against)"
# A sentence whose subject is a pronoun that speaks or thinks, past a phrase set before it by a comma ("Asked about
# the bill, she said", "In his reply, he considered that …").
_PRONOUN_SPEAKS = regex.compile(
    rf"\s*(?P<fronted>[^,.;:\"“”\n]{{1,80}},\s*)?(?P<pronoun>(?i:he|she|they))\s+{speech_adverbs()}"
    rf"(?:{speech_pattern()}|(?P<thought>{'|'.join(lexicon().thought_verbs)}))\b"
)
# A sentence a pronoun opens as its subject, a verb after it ("He met", "She also thanked"); not one it shares
# with a person named beside it ("He and Costa agreed", "She, like Costa,").
# A passive sentence ("He was replaced by Tom Ward", "She had been questioned by police") is not the pronoun acting.
_PRONOUN_ACTS = regex.compile(
    r"[\s\"“‘']*(?P<pronoun>(?i:he|she))\s+(?!(?i:and|or|nor|&)\b)(?=\p{Ll})"
    r"(?!(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:\s+\p{Ll}+){0,2}?\s+by\b)"
)
# "by" before a name, a lower-case word or a short title between ("by Tom Ward", "by detective Ray Cole", "by Dr
# Ana Costa"): whoever is named there acts.
_BY_BEFORE = regex.compile(r"\b(?i:by)\s+(?:(?:\p{Ll}+|\p{Lu}\p{Ll}{0,3}\.?)\s+){0,2}$")
# A verb that puts its speaker after it ("said Costa", "revealed Costa"), not one whose object follows ("asked
# Costa", "told Costa").
_INVERTING = "|".join(
    regex.escape(v)
    for v in sorted([*lexicon().speech_verbs, *lexicon().phrasal_speech_verbs], key=len, reverse=True)
    if v not in _NOT_INVERTED
)
# An inverted speech verb and the role of the person named right after it ("said her lawyer, ").
_INVERTED_BEFORE = regex.compile(rf"\b(?i:{_INVERTING})\s+(?:[\p{{Ll}}'’-]+\s+){{0,4}}?[\p{{Ll}}'’-]*,?\s*$")
_TITLES = "|".join(regex.escape(t) for t in sorted(lexicon().person_titles, key=len, reverse=True))
_TITLE_BEFORE = regex.compile(rf"\b(?i:{_TITLES})\.?\s+$")  # "President " right before a name
_SPEAKS_BEFORE = regex.compile(
    rf"\b(?i:according\s+to|{_INVERTING})\s+(?:(?:the\s+)?(?:(?!{_OBJECT_PREPOSITIONS}\b)[\p{{Ll}}'’-]+\s+){{0,2}}?"
    rf"(?i:{_TITLES})\s+)?(?:\p{{Lu}}[\p{{L}}.]*\s+){{0,3}}$"
)  # "revealed Costa", "explained coach Ana Costa"; not "said the killing of Mr Costa", whom the words are about


def _named(text: str) -> bool:
    """Whether `text` is a capitalised name (person or organisation), not a description."""
    words = [w for w in text.split() if w.lower() != "the"]
    return bool(words) and all(w[:1].isupper() or w in ("de", "da", "van", "von", "al", "bin") for w in words)


def _source_after_verb(rest: str) -> str | None:
    """Who a speaker told: 'told Xinhua', 'told the Spanish newspaper El País'; or 'in an interview with AFP'."""
    match = _patterns()["told"].match(rest)
    if match:
        return match.group("src")
    match = _patterns()["interview"].search(rest[:80])
    return match.group("src") if match else None


@cache
def _infinitive_speech() -> regex.Pattern[str]:
    """A person after "enough … for" who spoke, the quotation closing the clause: "enough for Mr Walsh to conclude
    that …", "sufficient evidence for the judge to rule that …"; one who is only waited for or has no reason to
    ("waiting for the club to confirm") said nothing. The verbs are the base forms of the lexicon's past speech
    verbs."""
    bases = {"say", "tell"}
    for verb in lexicon().speech_verbs:
        if verb.endswith("ied"):
            bases.add(verb[:-3] + "y")  # "replied" → "reply"
        elif verb.endswith("ed"):
            bases |= {verb[:-1], verb[:-2]}  # "concluded" → "conclude", "warned" → "warn"
    verbs = "|".join(regex.escape(v) for v in sorted(bases, key=len, reverse=True))
    return regex.compile(
        rf"\b(?i:enough|sufficient)(?:\s+[\p{{L}}'’-]+){{0,3}}?\s+(?i:for)\s+(?P<who>(?:(?:the\s+)?\p{{Ll}}+|(?:(?i:{_TITLES})\.?\s+)?{_NAME_RUN}))\s+to\s+"
        rf"(?P<verb>{verbs})\b[^\"\n.!?]{{0,200}}$"
    )


def _sentence_subject(text: str, start: int, people: AbstractSet[str]) -> str | None:
    """The subject of the sentence that `text[:start]` is in, past a fronted phrase ('In a speech, ...')."""
    opening = max(_full_stop_before(text, start), text.rfind("\n", 0, start), text.rfind('" ', 0, start - 1))
    sentence = text[opening + 1 if opening >= 0 else 0 : start].lstrip(' ."')
    if _GOES_ON.match(sentence):  # 'X accepted he "…" and said he was "…"': the clause goes on from X
        clause = opening
        opening = max(_full_stop_before(text, start), text.rfind("\n", 0, start))
        shared = _shared_subject(text[opening + 1 if opening >= 0 else 0 : clause + 1])
        if shared:
            return shared
        sentence = text[opening + 1 if opening >= 0 else 0 : start].lstrip(' ."')
    first, _, rest = sentence.partition(" ")
    if first.lower().strip(",") in word_set("sentence_conjunctions") and rest[:1].isupper():
        # "But, Costa was more cautious, saying: …", "And Mayor Costa said …": the conjunction joins the sentence
        # to the one before; the subject comes after it
        sentence = rest
        first, _, rest = sentence.partition(" ")
    if first.endswith(",") and first.lower().strip(",") in word_set("sentence_connectives"):
        # "Still, Costa is hopeful: …", "Furthermore, the coach thought …": the subject after the adverb
        sentence = rest
        first, _, rest = sentence.partition(" ")
    first = first.lower().strip(",")
    fronted = False
    if (first in _FRONTED or _participle(first) or _past_participle_phrase(first, rest)) and "," in sentence:
        sentence = sentence.split(",", 1)[1]
        fronted = True
    elif _participle(first):
        return None  # "Reacting to a rumour that … a statement from her spokesman said": no comma shows the subject
    imperative = _imperative_aside().match(sentence)
    if imperative and fold(imperative.group(1)) not in people:
        sentence = sentence[imperative.end() :]  # "Take, for example, the chief executive, who …": what follows
    match = _patterns()["subject"].match(sentence)
    if match is None:
        return None
    who = match.group("who").strip()
    titled = _name_after_office(sentence, people) if fold(who) in word_set("person_titles") else None
    if titled:
        return titled  # "Minister for EU Affairs and Chief Negotiator Ömer Çelik said": the person the titles end on
    pronoun = fronted and who.lower() in _PRONOUNS
    if " " not in who and not pronoun and fold(who) not in people and _DESCRIBING.match(sentence, match.end()):
        # "Social media users pledged": a capitalised first word of a description, not a name; a pronoun after a
        # fronted phrase is its clause's subject ("According to him, he found …, saying": the one "he" stands for)
        return None
    apposed = _APPOSED_NAME.match(sentence, match.end())
    if apposed and not _named(who) and fold(split_title(apposed.group("name"))[1]) in people:
        return apposed.group("name")  # "the health minister, Dr. Aisha Bello, was blunt": the person named
    return who


def _full_stop_before(text: str, start: int) -> int:
    """Where the full stop that ends the sentence before `start` is, past the dots of abbreviations ("the U.S.
    company's"), or -1."""
    stop = text.rfind(". ", 0, start)
    while stop >= 0 and not ends_sentence(text, stop):
        stop = text.rfind(". ", 0, stop)
    return stop


@cache
def _imperative_aside() -> regex.Pattern[str]:
    """A word and an aside between commas before a capitalised run ("Take, for example, Ana Costa"): the word is
    no subject, the run after the aside is."""
    asides = "|".join(regex.escape(a) for a in sorted(lexicon().discourse_asides, key=len, reverse=True))
    return regex.compile(rf"(\p{{Lu}}\p{{Ll}}+),\s+(?i:{asides}),\s+(?=\p{{Lu}}|(?:the|a|an)\s)")


def _participle_clause(before: str, verb: regex.Match[str]) -> bool:
    """Whether the speech verb is a participle opening a clause after a comma ('…, saying: "…"'), not a progressive
    ("was saying") nor one after a finite speech verb ("said, adding")."""
    if not verb.group("verb").lower().endswith("ing"):
        return False
    if not before[: verb.start()].rstrip().endswith(",") and not _OBJECT_BEFORE_GERUND.search(before, 0, verb.start()):
        return False
    if _PROGRESSIVE.search(before, 0, verb.start()):
        return False
    finite = _FINITE_BEFORE.search(before, 0, verb.start())
    # a verb's form after a possessive is a noun ("to Roe's comments on Twitter, saying"), no finite verb
    return finite is None or bool(_OWNED.search(before, 0, finite.start()))


# A finite verb and its object right before a speech verb's "-ing" form, no comma between ("The coach praised his
# defenders saying"): the clause's subject speaks, not the object; but one heard or seen doing it speaks ("police
# heard the crowd chanting").
_OBJECT_BEFORE_GERUND = regex.compile(
    r"(?<!\b(?i:\L<perceived>)\s+(?:[\p{L}'’-]+\s+){0,3})"
    # ... an "-ed" word after a determiner or "with" is an adjective ("with one retired teacher saying")
    r"(?<!\b(?i:with|one|a|an|the|his|her|its|their|our|some|each|every|another|any|no)\s+)"
    r"\b(?!(?i:\L<perceived>)\b)\p{Ll}+ed\s+(?:(?i:the|a|an|his|her|its|their|our)\s+)?(?:\p{Ll}[\p{L}'’-]*\s+){0,2}?\p{Ll}[\p{L}'’-]*\s+$",
    perceived=lexicon().perception_verbs,
)
_OWNED = regex.compile(r"(?:['’]s|\b(?i:his|her|its|their|our|my|your))$")


def _gerund_subject(who: str | None, verb: str) -> str | None:
    """The subject of a speech verb's gerund after a preposition: 'Despite Costa saying "…"', 'After the mayor
    insisting "…"' — the name or description the preposition governs speaks, the preposition left out."""
    if who is None or not verb.lower().endswith("ing"):
        return who
    first, _, rest = who.partition(" ")
    if first.lower() not in _FRONTED or not rest or rest.lower() in _NOT_WHO:
        return who
    return rest


def _shared_subject(earlier: str) -> str | None:
    """The subject of the speech verb nearest before "and" in the sentence so far, which a verb after "and" shares
    ('after a councillor called her "girl" and yelled that he might "…"': the councillor yelled), if one stands
    right before that verb."""
    verb = _patterns()["verb_before"].search(_abbreviations_masked(earlier))
    subject = _patterns()["who_at_end"].search(earlier[: verb.start()]) if verb else None
    if subject is None or subject.group("who").lower() in _NOT_WHO:
        return None
    return subject.group("who")


@cache
def _spelled_out() -> dict[str, str]:
    """Abbreviated offices and the office written out, folded ("vp": "vice-president")."""
    return {fold(k): fold(v) for k, v in lexicon().title_abbreviations.items()}


def _participle(word: str) -> bool:
    """Whether a sentence's first word opens a participle clause before its subject ("Announcing the news to her
    fans, Alade …"): a word in -ing that is no given name the lexicon knows ("Manning")."""
    return len(word) > 5 and word.endswith("ing") and word.isalpha() and fold(word) not in word_set("given_names")


# The capitalised words that open a sentence, with the function words an office holds ("Minister for EU Affairs
# and Chief Negotiator Ömer Çelik"), up to the first word in lower case that is none of them; after "of" or "for"
# the office may name its body in one or two words in lower case ("Chairman of the prize judges John Burnside").
_TITLED_OPENING = regex.compile(
    r"^\s*\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?(?:\p{Ll}[\p{L}\p{M}'’-]*\s+){1,2}"
    r"|(?:(?:of|for|and|the|&)\s+)*)\p{Lu}[\p{L}\p{M}'’.-]*)*"
)


def _name_after_office(sentence: str, people: AbstractSet[str]) -> str | None:
    """The person's name that closes a title and its office opening a sentence: the longest run of its last words
    of two words or more that the article names as a person."""
    opening = _TITLED_OPENING.match(sentence)
    words = opening.group(0).split() if opening else []
    # an office naming its body in lower case ("Head of the investment bank Goldman Sachs Europe") may close on
    # the body's name: the run is a person's only by a given name the lexicon knows or a person's title before it
    lower_office = any(w[:1].islower() and w not in ("of", "for", "and", "the") for w in words)
    for k in range(max(0, len(words) - 4), len(words) - 1):
        if fold(" ".join(words[k:])) in people and fold(words[k]) not in word_set("person_titles"):
            if lower_office and not (
                known_given_name(words[k]) or k > 0 and fold(words[k - 1].rstrip(".")) in word_set("person_titles")
            ):
                continue
            return " ".join(words[k:])
    return None


def _past_participle_phrase(word: str, rest: str) -> bool:
    """Whether a sentence opens on a past participle and its preposition before its subject ("Dressed in black
    suits, the three …", "Pressed on the deal, the minister …"): a word in -ed that is no given name the lexicon
    knows ("Ahmed"), a preposition after it."""
    following = rest.split(" ", 1)[0].lower()
    return (
        len(word) > 4
        and word.endswith("ed")
        and word.isalpha()
        and fold(word) not in word_set("given_names")
        and following in word_set("participle_phrase_prepositions")
    )


# A name in commas right after a description: ", Dr. Aisha Bello," of "the health minister, Dr. Aisha Bello, …".
_APPOSED_NAME = regex.compile(rf"\s*,\s*(?P<name>{_NAME_RUN})\s*,")


_GOES_ON = regex.compile(r"(?:and|but|then)\b(?!\s+\p{Lu})")


# A lower-case word after a one-word subject that makes the subject a description ('Security forces',
# 'Social media users'), unlike the words a name is followed by ('Costa on Monday', 'Ruto also').
_DESCRIBING = regex.compile(rf"\s+(?!(?:{'|'.join(regex.escape(w) for w in lexicon().name_followers)})\b)\p{{Ll}}")


# The patterns that may give a quotation's speaker after a full stop inside its marks.
_ALONE_PATTERNS = (
    "verb_then_message",
    "message_then_verb",
    "verb_then_the_message",
    "owner_message_verb",
    "verb_then_one_of",
    "verb_then_role_name",
    "role_then_name_verb",
    "verb_then_who",
    "who_then_verb",
)


def attribution(text: str, quoted: Quoted, people: AbstractSet[str] = frozenset()) -> Attribution:
    """Who said the quotation, with what verb, and to whom or through whom, from the words around it. `people`
    holds the names of persons the article names or quotes, and their words, folded."""
    patterns = _patterns()
    after = text[quoted.end : quoted.end + 200].split("\n")[0]
    source = None
    for name in ("via", "dash"):
        match = patterns[name].match(after)
        if match:
            source = match.group("src").strip()
    inside = _attribution_inside(text, quoted) or _self_described(after, patterns, source)
    if inside:
        return inside
    signed = _DASH_SIGNED.match(after) if _standalone(text, quoted) else None
    if signed:  # "‘…’ – France captain Ana Costa on the red card.": a quotation signed after a dash
        signer = regex.sub(r"['’]s$", "", signed.group("who"))  # "… – coach Ana Costa’s reaction to the haka."
        return Attribution(signer, None, source, (signed.group("role") or "").strip() or None)
    headline = _HEADLINE_SIGNED.match(after) if "\n" not in text[: quoted.start] else None
    signer = headline.group("who") if headline else ""
    if signer and (_by_office(signer) or (_named(signer) and fold(signer) in people)):
        # "Floods: 'We will rebuild' - mayor", "Budget: 'No new taxes' – Costa": a headline's quotation signed
        # after a dash by an office or a person the article names, not by the topic before the colon
        return Attribution(signer, None, None)
    relayed = _relayed(text, quoted, after, patterns, source)
    if relayed:
        return relayed
    ends_sentence = text[quoted.parts[-1][0] : quoted.end].rstrip('" ').endswith(".") or after.startswith(".")
    # a dash may stand between the closing mark and its attribution: '„…” – said the coach, Ana Costa.'
    dashed = _DASH_LEAD.match(after)
    attributed = after[dashed.end() :] if dashed else after
    names = (*_ALONE_PATTERNS, "quoted_passive", "how", "as_put", "according_document", "according_after")
    # after a full stop inside the marks, only a sentence that names the speaker and ends at the verb gives the
    # words ('“… for both teams.” Keith Briggs, team leader for the team, said.'), not one that goes on ('Costa
    # said the talks …')
    alone = ends_sentence and not dashed
    for name in _ALONE_PATTERNS if alone else names:
        match = patterns[name].match(attributed)
        if match and alone and not _VERB_ENDS_SENTENCE.match(attributed, match.end()):
            match = None
        if match and match.groupdict().get("verb") and match.group("verb").lower() in word_set("closing_verbs"):
            # a closing verb gives the words only when they end a clause: '"…," ended Costa', not 'the "war" ended'
            closed = text[quoted.parts[-1][0] : quoted.end].rstrip("\"”»’' ").endswith((",", ".", "!", "?", "…"))
            match = match if dashed or closed or after.lstrip().startswith(",") else None
        if match and match.group("who").lower() not in _NOT_WHO and not _dated(match.group("who")):
            rest = attributed[match.end() :]
            told = _source_after_verb(rest) if match.group("verb").lower().startswith(("told", "tell")) else None
            interview = patterns["interview"].search(rest[:80])
            role = match.groupdict().get("role")
            who = match.group("who")
            if role and fold(split_title(role.strip())[1]) in people and fold(who) not in people:
                # '," confirmed Deputy Chief of the District Police, Tran Manh Hieu.': the office, then the person
                # it is held by in apposition
                who, role = role.strip(), who
            office = role and role.startswith("of ") and fold(split_title(who)[1]) not in people
            run = " ".join(f"{who} {role}".split()) if role and office else ""
            held = _name_after_office(run, people) if run else None
            if held:
                # '," Secretary General of the Supreme Council of Antiquities Zahi Hawas told': the office's
                # second "of" is no body the speaker is of; the person the article names closes the run, the
                # office before the name is the speaker's role
                who, role = held, run[: run.rfind(held)].strip() or None
            relaying = _relaying_named_speaker(text, quoted, who, people)
            if relaying:
                return Attribution(relaying.who, relaying.verb, who, relaying.role)
            return Attribution(
                _subject_form(_before_break(who)),
                match.group("verb"),
                told or (interview.group("src") if interview else None) or source,
                role.strip() if role and _role_like(role) else None,
            )
    line_start = text.rfind("\n", 0, quoted.start) + 1
    before = text[max(line_start, quoted.start - 240) : quoted.start]
    message = patterns["message_before"].search(before)
    if message:  # 'A statement from the ministry said: "…"': the ministry's words
        return Attribution(_subject_form(message.group("who")), message.group("verb"), source)
    owned = _ITS_MESSAGE_BEFORE.search(before)
    if owned:  # 'Its report said: "…"': the words of the body "its" stands for; "Her letter said:" hers, "Their message said:" theirs
        owner = owned.group("owner").lower()
        pronoun = next((p for p, form in _POSSESSIVES.items() if form == owner), _BODY_PRONOUN)
        return Attribution(pronoun, owned.group("verb"), source)
    issued = _NAMED_DOCUMENT_BEFORE.search(before)
    if issued and not _of_a_time(issued.group("owner")):
        return Attribution(issued.group("owner"), issued.group("verb"), source)  # "The Ofsted report said:"
    said_of = patterns["noun_of_colon"].search(before)
    if said_of:
        return Attribution(said_of.group("who"), None, source)
    written = _MESSAGE_READ.search(before)
    if written:  # "Santa's note to Michael read, “…”": the note's writer
        return Attribution(written.group("who"), written.group("verb"), source)
    bare = _BARE_LABEL.fullmatch(text, line_start, quoted.start)
    if bare and fold(bare.group("who")) in people:
        # 'Hansen "I'm not sure where you are going with this?"': a transcript's line whose colon the text left
        # out, the label a person the article names
        return Attribution(bare.group("who"), None, source)
    colon = patterns["colon"].search(before)
    # "A tenant said:" is a speaker and a verb, read as such below, not a speaker "tenant said"
    said_last = colon is not None and colon.group("who").rsplit(" ", 1)[-1].lower() in word_set("speech_verbs")
    if colon and not said_last and not colon.group("who").lower().startswith(tuple(_FRONTED)):
        fronted, named = _verb_first(colon.group("who"))
        return Attribution(named, fronted, source)
    clause = patterns["colon_clause"].search(before)
    if clause and not clause.group("who").lower().startswith(tuple(_FRONTED)):
        return Attribution(clause.group("who"), None, source)
    reply = patterns["reply"].search(before)
    if reply:
        return Attribution(reply.group("who"), None, source)
    deed = _SUBJECT_QUOTING.search(before)
    if deed and deed.group("who").lower() not in _NOT_WHO and _opens_with_deed(_quote_text(text, quoted)):
        # 'The ministry "requested Belarus to …"', '… "also condemned …" and "called for …"': the quotation is the
        # predicate of the subject it follows, its verb inside the marks
        return Attribution(deed.group("who"), None, source)
    according = patterns["according_before"].search(before)
    if according:
        return Attribution(_subject_form(according.group("who")), according.group("verb"), source)
    document = _DOCUMENT_SAYING.search(before)
    if document:
        # 'decried a foreign media report saying that the prime minister "hinted at …"': the report's words, not
        # those of whoever decried it, nor of the one it speaks of
        return Attribution(document.group("who"), document.group("verb"), source)
    verb = patterns["verb_before"].search(_abbreviations_masked(before))
    if verb and fold(verb.group("verb")) in word_set("bare_speech_verbs") and regex.search(r"\p{L}", verb.group("obj")):
        verb = None  # "Trouble began when Naqvi, replying to …": "began" says words only right before them
    infinitive = _infinitive_speech().search(before) if verb is None else None
    if infinitive:  # "enough for Mr Walsh to conclude that the baby died from “…”": the one who is to say it
        return Attribution(infinitive.group("who"), infinitive.group("verb"), source)
    progressive = verb is not None and verb.group("verb").lower().endswith("ing")
    if (
        verb
        and not progressive
        and _PASSIVE.search(before, 0, verb.start())
        and not patterns["by_agent"].match(verb.group("obj"))
    ):
        return Attribution(None, verb.group("verb"), source)  # "Costa was asked: '…'": put to the subject, not said
    if verb:
        obj = verb.group("obj")
        told = _source_after_verb(obj) if verb.group("verb").lower().startswith(("told", "tell")) else None
        relative = patterns["relative"].search(before[: verb.start()]) or patterns["which"].search(
            before[: verb.start()]
        )
        subject_end = verb.start()
        if verb.group("verb").lower().endswith("ing"):
            # a progressive: "Protesters are chanting «…»", "the crowd was shouting “…”"
            progressive = _PROGRESSIVE.search(before, 0, subject_end)
            subject_end = progressive.start() if progressive else subject_end
            # a participle after a speech verb: 'the chief said adding, "…"', 'Costa said, adding: "…"'
            finite = _FINITE_BEFORE.search(before, 0, subject_end)
            subject_end = finite.start() if finite and not progressive else subject_end
        subject = patterns["who_at_end"].search(before[:subject_end])
        teller = _LISTENER.search(before, max(0, subject.start() - 20), subject.start()) if subject else None
        if teller:  # '"…," he told Reuters, saying …': whom he told is not who speaks, the one who told is
            subject, subject_end = patterns["who_at_end"].search(before[: teller.start()]), teller.start()
        who = subject.group("who") if subject and subject.end() == subject_end else None
        if who is None:
            who = _coordinated_subject(before[:subject_end], patterns)
        apposed_name = subject.group("role") if who and subject and subject.group("role") else None
        # "One of Costa's lawyers, Jim Parkman of Dothan, said": the person, the place they are from left out
        apposed_name = _PLACE_AFTER_NAME.sub("", apposed_name) if apposed_name else None
        if apposed_name and _named(apposed_name) and fold(split_title(apposed_name)[1]) in people:
            who = apposed_name  # "The head of the university, Stephen Kiama, said": the person in apposition
        if who and subject and subject.group("role") and not _role_like(subject.group("role")):
            who = None  # "GM, in a statement … in Wentzville, Mo., were called out, said": a clause, not a role
        broken = who is not None and _after_break(who) != who
        who = _after_break(who)
        officer = _NAME_OFFICE_BEFORE.search(before, 0, subject.start()) if who and subject and not broken else None
        if who and officer and fold(split_title(officer.group("who"))[1]) in people:
            # 'Dr Ana Costa, Director, City Museum said, "…"': the person the article names, her office between
            # commas, then the body it is of with no comma before the verb; the person speaks, not the body
            office = officer.group("office")
            body = _named(who) and fold(split_title(who)[1]) not in people and who.lower() not in _NOT_WHO
            body = body and _by_office(office) and office.split()[0].lower() not in _DETERMINERS
            who = officer.group("who") if body else who
        member = _MEMBER_OF.search(before, 0, subject.start()) if who and subject and not broken else None
        member = member if member and fold(split_title(member.group("who"))[1]) in people else None
        if member:
            who = member.group("who")  # "Michael Mulford of RAF Search and Rescue said": the person, not his body
        named_last = who is not None and subject is not None and who == subject.group("who") and not member
        acting = _acting_for(before, subject, people) if named_last and subject else None
        if acting is None and named_last and subject and who and not _a_person_alone(split_title(who)[1], people):
            acting = _acting_for_body(before[: subject.start()], who)
        who = acting or who
        # the place before the run, unless the run crossed into a new sentence ("on Monday. The CoA said")
        placed = _PLACED.search(before, 0, subject.start()) if who and subject and not broken and not acting else None
        if who and placed and not _person_or_body(who, people, placed.group(0)):
            who = None  # "villagers in Nepal said": the place is where the speakers are
        if relative:
            who = _apposed(before, relative, people)
        apposed = (
            patterns["apposed_relative"].search(before[: verb.start()]) if who is None or not _named(who) else None
        )
        if apposed and fold(split_title(apposed.group("who"))[1]) in people:
            who = apposed.group("who")  # "according to Dr Ana Costa, the ward's chief nurse, who said"
        agent = patterns["by_agent"].match(obj)
        if agent:
            who = agent.group("who")
        who = _gerund_subject(who, verb.group("verb"))
        if _ISSUED_BEFORE.search(before, 0, verb.start()):
            who = None  # "Costa has released a statement saying that she …": the one who issued it, found below
        if _participle_clause(before, verb):
            # 'Costa was first to react, according to Variety, to Roe's comments, saying she was "…"': the clause
            # after the comma is the sentence subject's, not that of a name in the phrase before it
            subject_of = _sentence_subject(text, max(line_start, quoted.start - 240) + verb.start(), people)
            # a possessive opens a longer subject ("Cllr Roe's fellow councillor, Cllr Ana Costa, backed …"): left
            # to the apposition
            who = subject_of if subject_of and not subject_of.endswith(("'s", "’s")) else who
        by_saying = _CLAUSE_SUBJECT_BY.search(before, 0, verb.start()) if verb.group("verb").endswith("ing") else None
        if by_saying and by_saying.group("who").lower() not in _NOT_WHO:
            # 'Ahn criticized Chung, and the prime minister countered by saying, "…"': the subject of the clause
            # whose verb the gerund's "by" closes speaks, not the sentence's first subject
            who = by_saying.group("who")
        if who is None or who.lower().split()[0] in _FRONTED or who.lower() in _NOT_WHO:
            who = _sentence_subject(text, max(line_start, quoted.start - 240) + verb.start(), people)
        if who and who.lower() not in _NOT_WHO:
            role = subject.group("role") if subject and subject.group("who") == who else None
            return Attribution(who, verb.group("verb"), told or source, role if role and _role_like(role) else None)
    if verb is None and before.rstrip().endswith(":"):
        # 'On staffing, the health minister, Dr. Aisha Bello, was blunt: "…"': the clause before the colon is
        # the speaker's
        speaker = _sentence_subject(text, quoted.start, people)
        if speaker and speaker.lower() not in _NOT_WHO and speaker.lower().split()[0] not in _FRONTED:
            return Attribution(speaker, None, source)
    opening = patterns["according_opening"].search(before) if verb is None else None
    if opening:
        role = opening.group("role")
        return Attribution(
            opening.group("who"), opening.group("verb"), source, role if role and _role_like(role) else None
        )
    labelled = _HEADLINE_LABEL.match(before) if line_start == 0 and verb is None else None
    line_end = text.find("\n", quoted.end)
    asked = text[quoted.end : line_end if line_end >= 0 else len(text)].rstrip().endswith("?")
    if labelled and _speaker_label(labelled.group("who")) and not asked:
        # ... but not before a question the headline asks: 'Chile: was the fire a "natural" disaster?' is the
        # writer's, "Chile" its topic
        # a headline's label before a colon: 'Government spokesman: PM "did not hint at …"', 'Police: suspect
        # "fled on foot"' — the label speaks, as the body tells
        return Attribution(labelled.group("who"), None, source)
    return _closing(text, quoted.end, source)


# A clause's subject, a description or a name, then its verb and "by" right before a speech verb's gerund ("…, and
# the prime minister countered by saying", "; Costa responded by asking"): the clause opens the sentence or follows
# "and", "but" or a semicolon. Never a passive ("The proposal was defended by saying"): no form of "be" in it.
_NOT_BE = r"(?!(?:was|were|is|are|be|been|being)\b)"
_CLAUSE_SUBJECT_BY = regex.compile(
    rf"(?:^|[,;]\s+(?:(?:and|but|while)\s+)?|\b(?:and|but|while)\s+)(?P<who>(?i:the|a|an)\s+(?:{_NOT_BE}[\p{{Ll}}-]+\s+){{0,3}}"
    rf"{_NOT_BE}[\p{{Ll}}-]+|{_NAME_RUN})\s+(?:\p{{Ll}}+ly\s+)?\p{{Ll}}+ed\s+by\s+$"
)


# A name opening its sentence or clause, then an office between commas, right before a body's name and its speech
# verb: "Dr Ana Costa, Director, " of "Dr Ana Costa, Director, City Museum said"; never a name the sentence speaks to
# or of ("In a letter to Ana Costa, Director, Arts Council England said").
_NAME_OFFICE_BEFORE = regex.compile(
    rf"(?<=(?:^|[.!?;:,(][\"'”’)]?)\s*)(?P<who>{_NAME_RUN})\s*,\s*(?P<office>[^,;:\"“”\n]{{2,40}}?)\s*,\s*$"
)


# A document its subject issues, right before the participle that brings in its words ("has released a statement
# saying", "issued a letter, stating"): the words are the issuer's.
_ISSUED_BEFORE = regex.compile(
    r"\b(?i:issued|issues|released|releases|published|publishes|posted|posts|sent|sends)\s+"
    r"(?i:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?"
    rf"(?i:{'|'.join(sorted(lexicon().document_nouns, key=len, reverse=True))})\s*,?\s*$"
)


# A document and what it says, the quotation later in the clause: 'rejected a report saying that the minister
# "…"'; not one its author issued ('the union published a statement claiming …': the union speaks).
_DOCUMENT_SAYING = regex.compile(
    r"(?<!\b(?i:issued|issues|issuing|published|publishes|released|releases|posted|posts|sent|sends|made)\s+)"
    r"\b(?i:a|an|the)\s+(?P<who>(?:(?!(?i:a|an|the)\b)[\p{L}\d'’-]+\s+){0,3}?"
    rf"(?i:{'|'.join(sorted(lexicon().document_nouns, key=len, reverse=True))}))\s+(?:that\s+)?"
    r"(?P<verb>(?i:saying|said|says|claiming|claimed|stating|stated|suggesting|alleging|alleged|warning|warned))\s+"
    r"(?:that\s+)?[^\"“”.!?;\n]{0,120}$"
)


# A headline that opens with its speaker and a colon, the quotation later in it.
_HEADLINE_LABEL = regex.compile(r"^(?P<who>[^:\n\"“”‘’']{2,60}?)\s*:\s+[^:\n]*$")


def _relaying_named_speaker(text: str, quoted: Quoted, who: str, people: AbstractSet[str]) -> Attribution | None:
    """The person whose clause holds a quoted phrase, when the attribution after it names a body or an outlet
    that relays the sentence ('Egypt's chief archaeologist Ana Costa said that the mummies "might be royals",
    BBC adds.'): Costa's words, BBC their source. Only a phrase inside its sentence, after a named person's speech
    verb, and only a capitalised name that is no person the article names."""
    if not who[:1].isupper() or fold(split_title(who)[1]) in people or _opens_its_sentence(text, quoted):
        return None
    inner = attribution(text[: quoted.end], quoted, people)
    return inner if inner.who and fold(split_title(inner.who)[1]) in people else None


def _speaker_label(label: str) -> bool:
    """Whether a headline's label names who speaks: a person's or a body's description ("Government spokesman",
    "Police"), or a name; not a heading label ("Live:", "Watch:")."""
    if fold(label.split()[0]) in word_set("heading_labels"):
        return False
    return bool(_patterns()["description"].fullmatch(label) or regex.fullmatch(_NAME_RUN, label))


# The verbs by which one relays another's words, and the participle that then introduces them.
_CITING = r"(?i:quoted|quotes|quoting|cited|cites|citing)"
_AS_SAYING = r"(?i:saying|stating|telling\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?|writing|declaring|remarking)"


# A sentence's subject right before a quotation that holds its predicate ("The Foreign Ministry "also condemned …"),
# or before an earlier such quotation and "and" ('The union "rejected …" and "called for …"').
_SUBJECT_QUOTING = regex.compile(
    rf"(?:^|[.!?]\s+)(?P<who>(?:(?i:the)\s+)?(?:{_NAME_RUN}|\p{{Ll}}[\p{{L}}-]*(?:\s+\p{{Ll}}[\p{{L}}-]*){{0,2}}))\s*"
    r"(?:[\"“][^\"“”\n]{3,300}[\"”],?\s+(?:and|but|or)\s+)?$"
)


_AND_BEFORE = regex.compile(r"\s*,?\s+(?:and|but)\s+(?:then\s+|later\s+|also\s+)?$")


# A place after a name in apposition ("Jim Parkman of Dothan"): where the person is from, not part of the name.
# A person's name, then the body or place they are of, up to the words before a speech verb: "Michael Mulford of
# RAF Search and ", "Ana Costa of the ".
_MEMBER_OF = regex.compile(
    rf"(?:^|(?<=[.!?;:,\"”’]\s)|(?<=\n))(?P<who>{_NAME_RUN})\s+(?:of|from|at)\s+(?:the\s+)?"
    r"(?:\p{Lu}[\p{L}\p{M}&.'’-]*\s+(?:(?:and|&|of|for)\s+(?:the\s+)?)?){0,5}$"
)
# Who a subject is of or acts for, as its head noun leaves it: "A lawyer for ", "Senior officials of the ",
# "Top envoys of Japan and the ".
_ACTING_FOR = regex.compile(
    r"(?:^|(?<=[.!?;:,\"”’]\s)|(?<=\n))(?:(?i:a|an|the|one|some|two|three|several)\s+)?"
    r"(?P<noun>(?:\p{Lu}\p{Ll}+\s+)?(?:\p{Ll}[\p{L}'’-]*\s+){0,3}?\p{Ll}[\p{Ll}'’-]*|(?!\L<titles>\s)\p{Lu}\p{Ll}+)"
    r"\s+(?P<link>of|for)\s+"
    r"(?:(?:the\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}\s+and\s+)?(?:the\s+)?$",
    titles=[t.capitalize() for t in lexicon().person_titles],
)


# Where a clause opens: the text's or a line's start, a sentence's end, or a quotation's closing mark ('," ').
_CLAUSE_OPENING = regex.compile(r"(?:^|\n|[.!?]\s+|[\"”’]\s+)$")


def _person_noun(noun: str) -> bool:
    """Whether `noun` ends in a person's title or role ("spokesman", "board member", "chief executive", "lawyers"),
    not a thing ("website", "ruling")."""
    words = fold(noun).split()
    titles = word_set("person_titles") | word_set("head_titles")
    last = words[-1] if words else ""
    singular = {last, last.removesuffix("s"), regex.sub(r"men$", "man", last), regex.sub(r"women$", "woman", last)}
    return " ".join(words[-2:]) in titles or bool(singular & titles)


def _acting_for_body(before: str, who: str) -> str | None:
    """The one speaking for the body `who` named right before the verb, when `before` (the text up to it) opens
    its clause with a person's noun and "of" or "for" ('A spokesman for the agency said: "…"', '"…," a member of
    the board said, "…"'): that description with the body; None when the noun is no person's ("The website of the
    embassy said") or the body speaks itself."""
    body_name = regex.sub(r"^(?i:the)\s+", "", who)[:1].isupper()
    head = _ACTING_FOR.search(before) if _body(who) or body_name else None
    if head is None or not _person_noun(head.group("noun")):
        return None
    # the description opens its clause ("A spokesman for", '," a member of'), not an office set in apposition after
    # a name ("Ana Costa, chief executive of Lidya, said")
    if _CLAUSE_OPENING.search(before[: head.start()]) is None:
        return None
    # "Members of the European Parliament called …": the named body speaks through its members, as before
    noun = head.group("noun").split()[-1]
    if body_name and noun.endswith("s") and not noun.endswith("ss"):
        return None
    return before[head.start("noun") :] + who


def _acting_for(before: str, subject: regex.Match[str], people: AbstractSet[str]) -> str | None:
    """The one who speaks when the name before the verb is the person they are of or act for ("A lawyer for Sam
    Green said", "Relatives of Tom Ward said"): the lawyer, the relatives; None otherwise, and when the name is
    set in apposition to what it is of ("The head of the port, Lina Moreau, said")."""
    who = subject.group("who")
    acting = _acting(before[: subject.start()])
    if acting is None or not _a_person_alone(split_title(who)[1], people):
        return None
    return before[acting.start("noun") : subject.start()] + who


def _speaks_for(who: str, names: AbstractSet[str]) -> bool:
    """Whether `who` is someone of or acting for a person the article names (`names`, folded), their title and
    all ("a lawyer for Sam Green", "Supporters of Mayor Ana Costa"), not an office written before a name ("chief
    executive of OpenAI Sam Altman")."""
    link = _OF_OR_FOR.search(who)
    if link is None or not _acting(who[: link.end()]):
        return False
    return all(_a_person_alone(split_title(one.strip())[1], names) for one in who[link.end() :].split(" and "))


def _acting(before: str) -> regex.Match[str] | None:
    """Who the words ending `before` say acts for or belongs to what follows: anyone "for" ("A lawyer for "), and
    "of" a group or kin ("Supporters of ", "the widow of "); not one holding an office "of" a body ("chief
    executive of ", "founder of "), whose name follows the body's."""
    acting = _ACTING_FOR.search(before)
    if acting is None or acting.group("link") == "for":
        return acting
    head = acting.group("noun").split()[-1].lower()
    kin = head in word_set("kin_nouns") or head in word_set("kin_singulars")
    return acting if kin or (head.endswith("s") and not head.endswith("ss")) else None


def _a_person_alone(run: str, people: AbstractSet[str]) -> bool:
    """Whether a capitalised run is a person the article names (`people`, folded), not a body's name before one
    ("Tesco Ken Murphy", where the article names Ken Murphy): what an office before it is "of"."""
    words = fold(run).split()
    return " ".join(words) in people and not any(" ".join(words[i:]) in people for i in range(1, len(words) - 1))


_OF_OR_FOR = regex.compile(r"\s(?:of|for)\s+(?:the\s+)?(?=\p{Lu})")


_PLACE_AFTER_NAME = regex.compile(r"\s+(?:of|from)\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}$")


def _coordinated_subject(before: str, patterns: Mapping[str, regex.Pattern[str]]) -> str | None:
    """The subject of a speech verb coordinated with an earlier one ("he confirmed the end of his fast and vowed to
    ensure “…”"): who the first verb's clause opens with, when "and" stands right before the second."""
    joined = _AND_BEFORE.search(before)
    if not joined:
        return None
    first = patterns["verb_before"].search(_abbreviations_masked(before[: joined.start()]))
    subject = patterns["who_at_end"].search(before[: first.start()]) if first else None
    if subject and first and subject.end() == first.start():
        return subject.group("who")
    pronoun = _PRONOUN_CLAUSE.search(before, 0, joined.start())  # "she thanked the players and urged …"
    return pronoun.group("who") if pronoun else None


# A subject pronoun and the verb of its clause, to the end of the text before it in one sentence.
_PRONOUN_CLAUSE = regex.compile(
    r"\b(?P<who>[Hh]e|[Ss]he|[Tt]hey)\s+(?:\p{Ll}+ly\s+)?\p{Ll}[\p{L}'’-]*\b[^.!?;:\"“”\n]*$"
)


def _relayed(
    text: str, quoted: Quoted, after: str, patterns: Mapping[str, regex.Pattern[str]], source: str | None
) -> Attribution | None:
    """The one whose words another relays: 'quoted the minister as saying: "…"' before the quotation in its
    sentence, or '," Costa cited the farmer as saying' after it."""
    line_start = text.rfind("\n", 0, quoted.start) + 1
    before = text[max(line_start, quoted.start - 240) : quoted.start]
    match = patterns["cited_after"].match(after) or patterns["cited_before"].search(before)
    if match is None or match.group("who").lower() in _NOT_WHO:
        return None
    role = match.group("role")
    return Attribution(
        _subject_form(match.group("who")), match.group("verb"), source, role if role and _role_like(role) else None
    )


@cache
def _self_naming() -> regex.Pattern[str]:
    verbs = "|".join(sorted(lexicon().self_naming_verbs, key=len, reverse=True))
    only = r"(?:(?:only|just)\s+)?"
    name = r"(?P<name>\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2})(?![\p{L}\p{M}])"
    return regex.compile(
        rf"\s*,?\s*(?:who\s+)?{only}(?:has\s+|had\s+)?(?:{verbs})\s+{only}(?:"
        rf"(?:(?:his|her|their)\s+)?{only}(?:(?:first|last|family|given|full)\s+)?(?:name|surname)(?:\s+(?:only|just))?"
        rf"\s*(?:as\s+|,\s*)?|as\s+){name}"
    )


def _self_described(after: str, patterns: Mapping[str, regex.Pattern[str]], source: str | None) -> Attribution | None:
    """The speaker after a quotation who is described and then gives their own name ('," a stallholder who only
    gave her surname as Okafor told reporters'): the name, with the verb before or after the description."""
    described = patterns["self_described"].match(after)
    named = _self_naming().match(after, described.end()) if described else None
    if described is None or named is None:
        return None
    verb = described.group("verb") or None
    later = patterns["verb_after_clause"].match(after, named.end())
    if verb is None and later is None:
        return None
    if verb is None and later is not None:
        verb = later.group("verb")
    rest = after[later.end() :] if later else after[named.end() :]
    told = _source_after_verb(rest) if verb and verb.lower().startswith(("told", "tell")) else None
    return Attribution(named.group("name"), verb, told or source)


def _opens_with_deed(quote: str) -> bool:
    """Whether a quotation opens with a verb in the past or a speech verb, after up to two adverbs ("requested
    Belarus to …", "also condemned …"): the predicate of a subject, not words of its own."""
    words = [w.strip(",;") for w in quote.split()[:3]]
    adverbs = word_set("speech_verb_adverbs")
    while words and words[0] in adverbs:
        words.pop(0)
    if not words or not words[0].isalpha() or not words[0].islower():
        return False
    return words[0].endswith("ed") or words[0] in word_set("speech_verbs")


_SUBJECT_FORMS = {"him": "he", "her": "she", "them": "they"}


def _verb_first(who: str) -> tuple[str | None, str]:
    """The speech verb put before the speaker who opens a sentence ahead of a colon ('Said Mayers: "…"', 'Added
    the coach: "…"'), and the speaker, the rest; else no verb and `who` as it is."""
    first, _, rest = who.partition(" ")
    verb = first.lower()
    if rest and first[:1].isupper() and verb in word_set("speech_verbs") and not verb.endswith("ing"):
        return first, rest
    return None, who


def _subject_form(who: str) -> str:
    """A pronoun after "according to" as a subject: "him" is who "he" stands for."""
    return _SUBJECT_FORMS.get(who.lower(), who)


# A speech verb in the passive: its subject is spoken to ("Costa was asked:", "the crowd was told").
_PASSIVE = regex.compile(r"\b(?i:was|were|is|are|been|being|be)\s+(?:\p{Ll}+ly\s+)?$")


def _abbreviations_masked(text: str) -> str:
    """`text` with the dots of abbreviations ("U.S. ", "7 p.m. ", "Gov. ") made a mark that ends nothing, so that a
    speech verb reaches a quotation past them ('said the U.S. economy was "in good shape"')."""
    if ". " not in text:
        return text
    stops = [m.start() for m in regex.finditer(r"\.(?=\s)", text) if not ends_sentence(text, m.start())]
    chars = list(text)
    for stop in stops:
        chars[stop] = "\u2024"
    return "".join(chars)


def _after_break(who: str | None) -> str | None:
    """`who` from its last sentence on: a run of capitalised words may cross a full stop ("Thursday. It")."""
    if who is None:
        return None
    for match in reversed(list(_BREAK.finditer(who))):
        if fold(match.group("word")) + "." not in _title_forms():
            return who[match.end() :]
    return who


# a closing mark may stand before or after the stop ("adds 'Variety'. She said")
_BREAK = regex.compile(r"(?P<word>\p{L}*\p{Ll})['’\"”]?[.!?]['’\"”]?\s+(?=\p{Lu})")


def _before_break(who: str) -> str:
    """`who` up to the end of its sentence: a name after the verb may run on into the next one ("said
    Tuagben. Four other rangers")."""
    for match in _BREAK.finditer(who):
        if fold(match.group("word")) + "." not in _title_forms():
            return who[: match.end("word")]
    return who


def _dated(who: str) -> bool:
    """Whether `who` opens with a calendar word ("a June report"): a date, never who spoke."""
    words = [w for w in who.split() if w.lower() not in _DETERMINERS]
    return bool(words) and fold(words[0]) in CALENDAR


@cache
def _title_forms() -> frozenset[str]:
    return frozenset(fold(t) for t in lexicon().person_titles)


def _apposed(before: str, relative: regex.Match[str], people: AbstractSet[str]) -> str:
    """The speaker of "…, who said": the description before "who", or the person it stands in apposition to
    ("Dr Ana Costa, the agency's expert, who said")."""
    who = relative.group("who")
    if _named(who):
        return who
    name = _patterns()["name_before_apposition"].search(before, 0, relative.start())
    if name and fold(split_title(name.group("who"))[1]) in people:
        return name.group("who")
    return who


def _closing(text: str, end: int, source: str | None) -> Attribution:
    """The attribution that closes the sentence a quotation stands in: 'The dam that engineers "never expected to
    fail" gave way, governor Marta Ilic said on Tuesday.', '…, according to health director Ingrid Solberg.'"""
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)]
    match = _patterns()["closing"].search(rest)
    if match is None or _SENTENCE_BREAK.search(rest, 0, match.start()):
        return Attribution(None, None, source)
    role = match.group("role")
    return Attribution(
        match.group("who"), match.group("verb") or "according to", source, role if role and _role_like(role) else None
    )


def _attribution_inside(text: str, quoted: Quoted) -> Attribution | None:
    """The attribution a quotation left open holds at its end, the closing mark forgotten: '"Now that you have a
    democratic government, it's all over, said PM Tuilaepa.' (the paragraph ends there)."""
    start, end = quoted.parts[-1]
    if text[quoted.end - 1 : quoted.end] in _CLOSING_MARKS:
        return None
    inner = text[start:end].rstrip()
    comma = inner.rfind(",")
    if comma < 0:
        return None
    tail = " " + inner[comma + 1 :]
    for name in ("verb_then_who", "who_then_verb"):
        match = _patterns()[name].match(tail)
        if match and _ENDS_PARAGRAPH.fullmatch(tail, match.end()) and match.group("who").lower() not in _NOT_WHO:
            role = match.groupdict().get("role")
            who = match.group("who")
            return Attribution(_subject_form(who), match.group("verb"), None, role.strip() if role else None)
    return None


_CLOSING_MARKS = frozenset("\"”»’'")
_ENDS_PARAGRAPH = regex.compile(r"\s*[.!]?\s*")
# The sentence ends right after an attribution ('Costa said.', 'said Costa:'), a closing mark's space and all.
_VERB_ENDS_SENTENCE = regex.compile(r"\s*[.:]")
# A finite speech verb before a participle that quotes ('Costa said, adding: "…"'), or with the listener, the place
# or the time between them and a comma ('he told journalists via a link to Stockholm, describing the honour as "…"')
_FINITE_BEFORE = regex.compile(rf"\s+{speech_adverbs()}{speech_pattern()}(?:\s*,?\s*|\s+[^,.;:!?\"\n]{{1,80}}?,\s*)$")
_PROGRESSIVE = regex.compile(r"(?<=\S)\s+(?i:is|are|was|were)\s+$")
# A dash between a quotation and the clause that attributes it, its verb within a few words ("– said the coach",
# "— Ana Costa added"); not a source's name alone ('"…" — Reuters').
_CLOSING_VERBS = "|".join(regex.escape(v) for v in sorted(lexicon().closing_verbs, key=len, reverse=True))
_DASH_LEAD = regex.compile(
    rf"^(?:\s*[—–]|\s+-)\s+(?=(?:[\p{{L}}\p{{M}}.'’-]+,?\s+){{0,6}}?{speech_adverbs()}(?:{speech_pattern()})\b"
    rf"|(?i:{_CLOSING_VERBS})\s+\p{{L}})"
)
# A paragraph that opens with a name alone before the quotation, as a transcript's line with no colon.
_BARE_LABEL = regex.compile(rf"(?P<who>{_NAME_RUN})[ \t]+")
# A quotation that makes a paragraph of its own, signed after a dash by its speaker, a team or a country and a role
# before the name, what it was said about after it: "‘…’ – Wales coach Ana Costa on the escape.", "‘…’ – Costa
# rated the performance.", "‘…’ – All Blacks coach Ana Costa’s reaction to the haka."
_DASH_SIGNED = regex.compile(
    r"^(?:\s*[—–]|\s+-)\s+(?P<role>(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}?(?:\p{Ll}[\p{L}'’-]*\s+){0,2}?"
    rf"(?i:{'|'.join(regex.escape(t) for t in sorted(lexicon().person_titles, key=len, reverse=True))})\s+)?"
    rf"(?P<who>{_NAME_RUN})(?:['’]s)?(?=\s+\p{{Ll}}|\s*[,.;]|\s*$)"
)
_HEADLINE_SIGNED = regex.compile(r"^[\s,]*(?:[—–]|-(?=\s))\s*(?P<who>[\p{L}][\p{L}\p{M}'’. -]{1,40}?)\s*$")
_PLACED = regex.compile(rf"\b(?i:{'|'.join(regex.escape(w) for w in lexicon().speaker_place_words)})\s+(?:the\s+)?$")
_SENTENCE_BREAK = regex.compile(r"[.!?][\"']?\s+[\"']?\p{Lu}")


def _role_like(phrase: str) -> bool:
    """Whether an apposition names a role ('head of the CFDT'), not a clause ('who was there')."""
    words = phrase.split()
    aside = " ".join(words).lower() in word_set("discourse_asides")  # "Putin, for his part, praised …"
    return bool(words) and words[0].lower() not in _CLAUSE_OPENERS and not aside


_CLAUSE_OPENERS = frozenset(
    ("who", "whose", "which", "that", "when", "where", "as", "and", "but", "was", "were", "is", "are", "had", "has")
)


# A sentence that opens with an unnamed person's role as its subject: "The minister was blunt.", "The club's head
# coach admitted …", not "The minister's office …" nor "The minister Ana Costa …".
_ROLE_OPENING = regex.compile(
    rf"^(?i:the)\s+(?:[\p{{Ll}}'’-]+\s+){{0,2}}?(?P<role>(?i:{_TITLES}))(?![\p{{L}}'’])"
    r"(?=\s+(?:\p{Ll}+ed|was|is|had|has|did|said|says|told|spoke|gave|made|took|went|came|stood|kept|felt|seemed)\b)"
)
_BODIES = "|".join(regex.escape(t) for t in sorted(lexicon().organisation_heads, key=len, reverse=True))
_BODY_OPENING = regex.compile(
    rf"^(?i:the)\s+(?:[\p{{Ll}}'’-]+\s+){{0,2}}?(?P<role>(?i:{_BODIES}))(?![\p{{L}}'’])"
    r"(?=\s+(?:\p{Ll}+ed|was|is|had|has|did|said|says|gave|made|took|issued|put)\b)"
)
_CALENDAR_WORDS = f"(?i:{'|'.join(sorted(CALENDAR))})"
# Another who may speak, after the subject of that sentence: a role, a body, a name, or the agent of a passive.
_OTHER_ACTOR = regex.compile(
    rf"\b(?i:{_TITLES}|{_BODIES})(?:e?s)?\b|(?<=\s)(?!{_CALENDAR_WORDS}\b)\p{{Lu}}\p{{Ll}}+"
    r"|\b(?i:by)\s+(?:the|a|an|his|her|its|their)\b"
)
_THE_ROLE = regex.compile(r"\b(?i:the)\s+(?P<role>\p{L}+)\b(?!\s+\p{Lu})")


# A named body opening a sentence as the subject of a speech verb ("BHP said it had …", "Gazprom says …"), its
# words reported: what a later "it said" stands for.
_BODY_SAYS = regex.compile(
    rf"(?:^|(?<=[.!?][\"”’']?\s)|(?<=\n))(?!(?:It|He|She|They|We|I|The|This|That)\b)"
    rf"(?P<body>\p{{Lu}}[\p{{L}}\p{{M}}&'’.-]*(?:[ ]+\p{{Lu}}[\p{{L}}\p{{M}}&'’.-]*){{0,4}})\s+"
    rf"(?:{speech_pattern()})\b(?!\s*[,:]?\s*[\"“‘])",
    regex.M,
)


def quotes_in(ctx: DocumentContext, people: list[PersonMention]) -> list[QuoteClaim]:
    text = ctx.text
    resolver = SpeakerResolver(ctx, people)
    claims: list[QuoteClaim] = []
    unheard: list[tuple[Quoted, list[str], Attribution, QuoteFields | None]] = []
    going_on: dict[int, QuoteFields] = {}  # paragraph start: who a quotation there "added" to
    inside_names = [(p.start, p.end) for p in people if p.nickname]
    plain = _nicknames_blanked(text, people)  # '," support player Seung-Tae “Bdosin” Choi said': the name speaks
    last_said: tuple[int, QuoteFields] | None = None  # where the latest quotation given a speaker ends, and its fields
    spoken: list[tuple[int, QuoteFields]] = []  # where each quotation given a speaker starts, and its fields
    turns = transcript_turns(text, [person.name for person in people])
    for turn in turns:  # "Jane Roe: We asked …": the words of an interview's transcript are the labelled speaker's
        speaker, named, role = resolver.resolve(turn.name, turn.start)
        fields = QuoteFields(speaker or turn.name, True, role, None, None, True)
        claims.append(_claim(ctx, ((turn.start, turn.end),), fields, 0.8))
    previous: tuple[Quoted, Attribution] | None = None
    for quoted in quoted_spans(text):
        words = _quote_text(text, quoted).split()
        if not words or any(a < quoted.start and quoted.end <= b for a, b in inside_names):
            continue  # a nickname inside a name ('Joaquín "El Chapo" Guzmán') is no quotation
        if any(turn.start <= quoted.start < turn.end for turn in turns):
            continue  # a quotation inside a speaker's turn is one inside their words
        said = _split_rest(plain, quoted, previous, people) or attribution(plain, quoted, resolver.known)
        previous = (quoted, said)
        document = _THE_DOCUMENT.fullmatch(said.who or "")
        if (
            document
            and not resolver.document_speaks(document.group("noun"), quoted.start)
            and not resolver.issuer_of(document.group("noun"), quoted.start)
        ):
            said = Attribution(None, None, said.source, said.role)  # "the letter" someone wrote: theirs
        speaker, named, role = resolver.resolve(said.who, quoted.start) if said.who else (None, False, None)
        epithet = _EPITHET_BEFORE.search(text, max(0, quoted.start - 40), quoted.start)
        if (
            _MENTION_BEFORE.search(text, max(0, quoted.start - 40), quoted.start)
            or _WRITTEN_ON.search(text, max(0, quoted.start - 60), quoted.start)
            or _GLOSS_BEFORE.search(text, max(0, quoted.start - 80), quoted.start)
            or _WORK_TITLE_BEFORE.search(text, max(0, quoted.start - 60), quoted.start)
            or (_title_cased(words) and _WORK_APPOSED_BEFORE.search(text, max(0, quoted.start - 60), quoted.start))
            or _VOICED_AFTER.match(text, quoted.end)
            or _source_in_marks(text, quoted, words)
        ):
            continue  # 'the term "religious extremism"', 'banners warning "no farmers, no food"': words talked
            # about or written on something, not said
        voiced = said.who is None and _VOICE_OF_BEFORE.search(text, max(0, quoted.start - 160), quoted.start)
        if voiced:  # "The hotel ballroom broke into chants of “U-S-A”": the chant of the sentence's subject
            speaker, named, role = voiced.group("who"), False, None
        elif (
            _title_cased(words)
            and not _labelled_line(text, quoted)
            and (
                said.verb is None
                or _listener(text, quoted)
                or _characterising(said.verb)
                or epithet
                or _NAMES_THING_AFTER.match(text, quoted.end)
                or _PREPOSITION_RIGHT_BEFORE.search(text, max(0, quoted.start - 12), quoted.start)
                or _RENAMED_BEFORE.search(text, max(0, quoted.start - 20), quoted.start)
            )
        ):
            continue  # titles of works, names, nicknames and epithets ('hailed as the "Queen of Afro-Pop"') are not
            # speech, nor whom a speaker told
        listed = last_said if speaker is None and said.who is None else None
        if listed and _LIST_GAP.fullmatch(text, listed[0], quoted.start):
            # '… slogans including "A" (a gloss), "B," "C"': a quotation listed after another has its speaker
            claims.append(_claim(ctx, quoted.parts, listed[1], 0.8))
            last_said = (quoted.end, listed[1])
            continue
        confidence = 0.9 if speaker else 0.5
        if speaker is None and len(words) <= 4 and said.who is None:
            speaker, named, role = resolver.in_sentence(quoted.start)
        if speaker is None and (len(words) > 4 or _standalone(text, quoted)):
            speaker, named, confidence = _continued(text, quoted, resolver, (said.who or "").lower())
        if speaker is None:
            unheard.append((quoted, words, said, None))
            continue
        chanted = voiced or (said.verb is not None and said.verb.lower() in word_set("chant_verbs"))
        if len(words) <= 4 and not (
            named
            or _body(speaker)
            or chanted
            or _opens_its_sentence(text, quoted)
            or _said_sentence(text, quoted, said)
        ):
            # a short quoted phrase is speech only when a named person or an organisation said it, here or where
            # a quote holds its words; else when one person by office did ("the minister replied: 'No.'")
            office = QuoteFields(speaker, False, _role(role) or _role(said.role), said.source, said.verb, True)
            unheard.append((quoted, words, said, office if _by_office(speaker) else None))
            continue
        if said.verb is None or said.verb.lower() not in _READ_VERBS or not named:
            # what a note read is its writer's, but no one speaks on from it ('Santa's note read, "…"' then '"That
            # was the real Santa!"', the boy's reaction); a body's statement goes on ('," read the statement in
            # part.' then '"…"')
            if named:
                resolver.hear(quoted.end, speaker, (said.who or "").lower())
            resolver.voice(quoted.start, quoted.end, speaker, named, role)
        fields = QuoteFields(speaker, named, _role(role) or _role(said.role), said.source, said.verb, True)
        earlier = resolver.introduced_speaker(quoted.start) if named and len(quoted.parts) > 1 else None
        if earlier and fold(earlier) != fold(speaker):
            # '{X says …}\n\n"… (left open)\n\n"…," adds Y.': the paragraphs before Y's are the words of X, who the
            # paragraph before them said was speaking
            before = QuoteFields(earlier, True, None, said.source, None, True)
            claims.append(_claim(ctx, quoted.parts[:-1], before, 0.6))
            claims.append(_claim(ctx, quoted.parts[-1:], fields, confidence))
            continue
        claims.append(_claim(ctx, quoted.parts, fields, confidence))
        spoken.append((quoted.start, fields))
        last_said = (quoted.end, fields)
        if said.verb and said.verb.lower() in word_set("continuing_verbs"):
            going_on[_paragraph_start(text, quoted.start)] = fields
    unheard = _listed(ctx, unheard, spoken, claims)
    claims += [claim for claim in (_unheard(ctx, quote, claims, going_on) for quote in unheard) if claim]
    claims = _heard_again(claims)
    claims += _reported(ctx, resolver)
    return claims


def _nicknames_blanked(text: str, people: list[PersonMention]) -> str:
    """`text` with each nickname inside a person's name, marks and all, written as spaces ('Manny “Pac-Man”
    Pacquiao' → 'Manny            Pacquiao'): the name reads as one run of capitalised words, every offset kept."""
    chars = list(text)
    for person in people:
        if not person.nickname:
            continue
        at = text.find(person.nickname, person.start, person.end)
        if at <= person.start or at + len(person.nickname) >= person.end:
            continue
        start, end = at - 1, at + len(person.nickname) + 1  # the marks or brackets around it
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _heard_again(claims: list[QuoteClaim]) -> list[QuoteClaim]:
    """A quotation the article repeats gives its words to the speaker its attributed telling names: a standfirst
    quotation on its own ('“It's not Opposition questions …”') whose speaker the text names later ('Commons speaker
    Ana Costa … told Sunak: “It's not Opposition questions …”'), not to whoever the paragraphs near it are about."""
    told: dict[str, QuoteClaim] = {}
    for claim in claims:
        key = fold(claim.quote)
        if claim.confidence >= _ATTRIBUTED and claim.speaker and len(key.split()) >= 4:
            told.setdefault(key, claim)
    return [
        claim.model_copy(
            update={
                "speaker": told[fold(claim.quote)].speaker,
                "speaker_named": told[fold(claim.quote)].speaker_named,
                "speaker_role": told[fold(claim.quote)].speaker_role,
            }
        )
        if claim.confidence < _ATTRIBUTED and fold(claim.quote) in told
        else claim
        for claim in claims
    ]


_ATTRIBUTED = 0.9  # the confidence of a quotation its own attribution gives a speaker


# A characterising verb right before a quotation ('dubbed the "Eye of the Andes"', 'hailed as the "Queen of …"'):
# what follows is a name given, not words said.
_EPITHET_BEFORE = regex.compile(
    rf"\b(?i:{'|'.join(sorted(lexicon().characterising_verbs, key=len, reverse=True))})\s+(?:as\s+)?(?:(?:the|a|an)\s+)?$"
)


# A preposition right before a title-cased quotation makes it the name of a thing ('a post on "X"', 'an interview
# with "Vogue"'), not words said; but not one a speech verb governs ('answered with "Absolutely Not"').
_PREPOSITION_RIGHT_BEFORE = regex.compile(
    rf"(?<!\b{speech_pattern()}\s+)\b(?i:on|in|at|to|from|via|with|by|for|of)\s+$"
)
# A word of naming right before a title-cased quotation ('formed a rebel group named "Uganda Lords' Salvation
# Army"', 'a storm known as "The Beast"'): the quotation is what the thing is called, not words said.
_RENAMED_BEFORE = regex.compile(
    rf"\b(?i:{'|'.join(sorted(lexicon().renaming_words, key=len, reverse=True))})(?:\s+as)?\s*,?\s*$"
)
# A noun right after a quotation that names it ('the "One Country, Two Systems" principle').
_NAMES_THING_AFTER = regex.compile(
    rf"\s+(?i:{'|'.join(sorted(set(lexicon().named_thing_nouns), key=len, reverse=True))})\b(?!['’]s)"
)


# "the term", "the word", "the slogan" right before a quotation: the words are named, not said.
_MENTION_BEFORE = regex.compile(
    rf"\b(?i:the|a|an|this|that|its|his|her|their)\s+(?:\p{{Ll}}+\s+)?"
    rf"(?i:{'|'.join(sorted(lexicon().mention_nouns, key=len, reverse=True))})\s*:?\s*$"
)


# A name or a word and what it means right before a quotation ('whose surname in Turkish means "…"'): a gloss.
_GLOSS_BEFORE = regex.compile(
    rf"\b(?i:{'|'.join(sorted(lexicon().gloss_nouns, key=len, reverse=True))})\b[^\"“”.!?\n]{{0,40}}?"
    rf"\b(?i:{'|'.join(sorted(lexicon().gloss_verbs, key=len, reverse=True))})\s*:?\s*$"
)


# A thing words are written on, then what it says: 'placards reading "…"', 'a banner that said "…"'.
_WRITTEN_ON = regex.compile(
    rf"\b(?i:{'|'.join(regex.escape(w) for w in sorted(lexicon().sign_nouns, key=len, reverse=True))})"
    r"\s+(?:(?:that|which)\s+)?(?i:reading|read|reads|saying|said|says|warning|declaring|proclaiming|bearing|"
    r"demanding|with\s+the\s+words)\s*:?\s*$"
)


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


_READ_VERBS = frozenset({"read", "reads"})
# A person's message and what it read or said, right before the quotation: "Santa's note to Michael read,".
_MESSAGE_READ = regex.compile(
    r"(?:^|[.!?]\s+|\n)(?P<who>(?:(?i:the|his|her|their|our|my)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{L}[\p{L}\p{M}.-]*"
    r"(?:\s+\p{Lu}[\p{L}\p{M}.-]*){0,3})['’]s\s+(?:\p{Ll}[\p{L}-]*\s+)?"
    rf"(?i:{_alternation(lexicon().message_nouns)})(?:\s+(?:to|for)\s+[^,:;\"\n]{{1,50}}?)?\s+"
    r"(?P<verb>(?i:read|reads|said|says))\s*[,:]?\s*$"
)


# Between two quotations of one list, in one paragraph: a gloss in brackets, a comma, "and" or "or" ('"A" (a gloss), "B," and "C"').
_LIST_GAP = regex.compile(r"[ \t]*(?:\([^()\n]{0,120}\))?[ \t]*[,;]?[ \t]*(?:(?:and|or)[ \t]+)?")


# A crowd's sound after the quotation ('"U.S.A., U.S.A." cheers'), or before it and "of" ('chants of "…"').
_VOICED_AFTER = regex.compile(rf"\s+(?i:{_alternation(lexicon().voice_nouns)})\b")
_VOICE_OF_BEFORE = regex.compile(
    r"(?:^|[.!?]\s+|\n)(?P<who>[^.!?\n,\"]{2,60}?)\s+(?i:broke|burst|bursts|breaks|erupted|erupts)\s+(?i:into|in)\s+"
    rf"(?:\p{{Ll}}+\s+)?(?i:{_alternation(lexicon().voice_nouns)})\s+of\s*$"
)


# A work and its title: 'the hymn "…"', 'a sermon entitled, "…"', 'the singing of "…"'; after a comma ('the song,
# "…"') only a title-cased one, since a quotation may follow a phrase about a work ('Asked about the album, "…"').
_WORK_NOUN = rf"\b(?i:the|a|an)\s+(?:\p{{Ll}}[\p{{L}}-]*\s+)?(?i:{_alternation(lexicon().titled_works)})"
_WORK_APPOSED_BEFORE = regex.compile(rf"{_WORK_NOUN}\s*,\s*$")
_WORK_TITLE_BEFORE = regex.compile(
    rf"(?:{_WORK_NOUN}"
    rf"|\b(?i:{_alternation(lexicon().work_title_verbs)})\s*,?"
    rf"|\b(?i:{_alternation(lexicon().performance_nouns)})\s+of(?:\s+(?i:the|a|an))?)\s*:?\s*$"
)


def _characterising(verb: str) -> bool:
    """Whether `verb` puts words in a mouth ("dubbed", "hailed") without reporting speech."""
    folded = verb.lower()
    return folded in lexicon().characterising_verbs and folded not in lexicon().speech_verbs


def _labelled_line(text: str, quoted: Quoted) -> bool:
    """Whether the quotation is the whole of a transcript's line after its speaker's label ('Roe: “No”.'): said
    words, however short and capitalised."""
    start = _paragraph_start(text, quoted.start)
    return bool(_LABEL_BEFORE.fullmatch(text, start, quoted.start) and _LINE_ENDS.match(text, quoted.end))


_LABEL_BEFORE = regex.compile(rf"{_NAME_RUN}\s*:\s*")
_LINE_ENDS = regex.compile(r"[.!?]?\s*(?:\n|$)")


def _source_in_marks(text: str, quoted: Quoted, words: list[str]) -> bool:
    """Whether the quotation names the source of what is reported, a publication in marks right after a speech
    verb or "according to" and closing its clause ("said Triet, noted 'Variety',", "adds 'Variety'."): a name, not
    words said."""
    if len(words) > 3 or not _title_cased(words) or not _CLAUSE_ENDS.match(text, quoted.end):
        return False
    return bool(_source_verb_before().search(text, max(0, quoted.start - 40), quoted.start))


_CLAUSE_ENDS = regex.compile(r"\s*(?:[,.;:)]|$)")


@cache
def _source_verb_before() -> regex.Pattern[str]:
    return regex.compile(rf"\b(?:{speech_pattern()}|noted|notes|(?i:according\s+to))\s+$")


def _title_cased(words: list[str]) -> bool:
    """Whether quoted words are capitalised as a title or a name is ("The Measure of a Man", "Crew-1"): every
    word but the short ones a title leaves in lower case, the first included."""
    lettered = [w for w in words if w[:1].isalpha()]
    minor = word_set("title_minor_words")
    return all(w[:1].isupper() or (k > 0 and w.lower() in minor) for k, w in enumerate(lettered))


def _person_or_body(who: str, people: AbstractSet[str], placed: str) -> bool:
    """Whether `who`, after the preposition `placed`, is a person the article names, or an organisation its
    members speak for ('members of the European Parliament')."""
    return fold(split_title(who)[1]) in people or (placed.split()[0].lower() == "of" and _body(who))


def _by_office(speaker: str) -> bool:
    """Whether a speaker described, not named, is one person by office or trade ('the minister', 'the coach', 'a
    resident of the village')."""
    head = regex.split(r"\s+(?:of|from|at)\s+", speaker, maxsplit=1)[0]
    return bool(head) and head.split()[-1].lower() in word_set("person_titles")


def _body(speaker: str) -> bool:
    """Whether a speaker described, not named, is an organisation ('the foreign ministry', 'the Ministry of
    Health': the head noun before what it is of)."""
    head = regex.split(r"\s+(?:of|for)\s+", speaker, maxsplit=1)[0].split()
    return (bool(head) and fold(head[-1]) in _bodies()) or fold(speaker.split()[-1]) in _bodies()


@cache
def _bodies() -> frozenset[str]:
    return frozenset(fold(w) for w in _body_heads())


@cache
def _body_heads() -> tuple[str, ...]:
    """The nouns that head a body's name, and their plurals."""
    return (*lexicon().organisation_heads, *_body_plurals())


@cache
def _body_plurals() -> tuple[str, ...]:
    """The plurals of the nouns that head a body's name: several bodies speak together ("the two agencies said",
    "the UN agencies said in a joint statement")."""
    return tuple(_plural(h) for h in lexicon().organisation_heads if " " not in h and h.isalpha() and h.islower())


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


def _role(role: str | None) -> str | None:
    """A role has words, and more than a form of address: an age after a name ('Pérez, 41,') is none, nor
    'Mr'."""
    if not role or not regex.search(r"\p{L}", role) or fold(role) in _honorifics():
        return None
    return role


def _addressed_title(role: str) -> str:
    """The title a role is written with, folded, without the forms of address before it ("Mr Justice" →
    "justice", "Madam Justice" → "justice", "Dr" → "dr")."""
    words = fold(role).rstrip(".").split()
    while len(words) > 1 and words[0] in _honorifics():
        words.pop(0)
    return " ".join(words)


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon().honorifics + lexicon().address_ranks)


def _unheard(
    ctx: DocumentContext,
    quote: tuple[Quoted, list[str], Attribution, QuoteFields | None],
    heard: list[QuoteClaim],
    going_on: dict[int, QuoteFields],
) -> QuoteClaim | None:
    """A quotation no one is said to have said: the speaker of the quotation opening the next paragraph when
    that one goes on from it ('"…"' then '"…," he added.'), else the speaker of an attributed quotation that
    holds its words (a headline quoting the body), else the outlet credited for it ("… (Via BBC)"), else no one;
    a short one is kept only with a named speaker, or one person by office (`office`)."""
    quoted, words, said, office = quote
    text = ctx.text
    line_end = text.find("\n", quoted.end)
    follows = going_on.get(line_end + 1 + _blank_lines(text, line_end + 1)) if line_end >= 0 else None
    whole = _paragraph_start(text, quoted.start) == quoted.start and not text[quoted.end : line_end].strip()
    if follows and whole and said.who is None:
        fields = QuoteFields(follows.speaker, follows.named, follows.role, said.source, None, True)
        return _claim(ctx, quoted.parts, fields, 0.6)
    echoed = next((claim for claim in heard if claim.speaker_named and _holds(claim.quote, words)), None)
    if echoed:
        fields = QuoteFields(echoed.speaker, True, echoed.speaker_role, said.source, None, True)
        return _claim(ctx, quoted.parts, fields, 0.6)
    if len(words) <= 4:
        return _claim(ctx, quoted.parts, office, 0.6) if office else None
    # The outlet credited for a quote no one is said to have said; never whom a speaker no one stands for
    # told it ('"…," she told the AP' with no "she" found: the AP heard it, it did not say it).
    credited = said.source if said.who is None else None
    fields = QuoteFields(credited, False, said.role, said.source, said.verb, True)
    return _claim(ctx, quoted.parts, fields, 0.5)


def _listed(
    ctx: DocumentContext,
    unheard: list[tuple[Quoted, list[str], Attribution, QuoteFields | None]],
    spoken: list[tuple[int, QuoteFields]],
    claims: list[QuoteClaim],
) -> list[tuple[Quoted, list[str], Attribution, QuoteFields | None]]:
    """Give each quotation with no attribution of its own that a list leads to an attributed one ('“A,” “B” and
    “C,” the workers chanted') the speaker of that one, adding its claim; the quotations still unheard."""
    for quoted, _said_words, said, _office in reversed(unheard):  # the last of a list first
        fields = _listed_before(ctx.text, quoted, spoken) if said.who is None else None
        if fields:
            fields = QuoteFields(fields.speaker, fields.named, fields.role, said.source, fields.verb, True)
            claims.append(_claim(ctx, quoted.parts, fields, 0.8))
            spoken.append((quoted.start, fields))
    listed_at = {at for at, _fields in spoken}
    return [quote for quote in unheard if quote[0].start not in listed_at]


def _listed_before(text: str, quoted: Quoted, spoken: list[tuple[int, QuoteFields]]) -> QuoteFields | None:
    """Who speaks the quotation that a list of quotations leads to from `quoted` ('“A,” “B” and “C,” the workers
    chanted'), when only the list's commas and "and", or a full stop, stand between them."""
    after = [(at, fields) for at, fields in spoken if at >= quoted.end]
    if not after:
        return None
    at, fields = min(after, key=lambda item: item[0])
    if not fields.speaker:
        return None
    gap = _LIST_GAP.fullmatch(text, quoted.end, at) or _SENTENCE_GAP.fullmatch(text, quoted.end, at)
    return fields if gap or _one_clause_gap(text, quoted.end, at) else None


# Only a full stop between two quotations of one paragraph ('"No tension". "Contacts go on," said Costa'): the
# speaker of the second goes on from the first.
_SENTENCE_GAP = regex.compile(r"[ \t]*[.!?][ \t]+")


def _one_clause_gap(text: str, start: int, end: int) -> bool:
    """Whether the words between two quotations belong to one clause that names no speaker ('The "exceptionally
    preserved" fossil showed "unimaginable detail," said Ana Costa'): the speaker the later quotation is given
    after it speaks the earlier one too; not across a sentence's end, a turn ("but", "while") or a speech verb."""
    gap = _CLAUSE_GAP.fullmatch(text, start, end)
    return gap is not None and _OTHER_VOICE.search(gap.group(0)) is None


_CLAUSE_GAP = regex.compile(r"[^.!?;:\"“”‘’\n]{1,160}")
_OTHER_VOICE = regex.compile(
    rf"\b(?:(?i:but|while|whereas|although|though|yet|unlike|who|which|than)|{speech_pattern()}|\p{{Lu}}\p{{Ll}}+)\b"
)


def _blank_lines(text: str, start: int) -> int:
    """How many characters of blank lines stand at `start`."""
    return len(text[start:]) - len(text[start:].lstrip("\n"))


def _tokens(text: str) -> list[str]:
    return regex.findall(r"[\p{L}\p{N}]+", fold(text))


def _holds(quote: str, words: list[str]) -> bool:
    """Whether `quote` holds these words of at least three, in their order, with at most three words dropped
    between them ('We heard huge explosion' in '… we heard a huge explosion …'); two words only where the quote
    opens with them ('Nobody came' of 'Nobody came for two days')."""
    wanted, said = _tokens(" ".join(words)), _tokens(quote)
    if len(wanted) < 3:
        return len(wanted) == 2 and said[:2] == wanted
    for start in (i for i, word in enumerate(said) if word == wanted[0]):
        found = 1
        for word in said[start + 1 : start + len(wanted) + 3]:
            if found < len(wanted) and word == wanted[found]:
                found += 1
        if found == len(wanted):
            return True
    return False


def _listener(text: str, quoted: Quoted) -> bool:
    """Whether the quotation stands where a speech verb names whom it was said to ('told "CBS Mornings"')."""
    return _LISTENER.search(text, max(0, quoted.start - 20), quoted.start) is not None


# Whom a subject spoke to, between it and its verb ('Costa speaking to Sky Sports, said:') as after it ('he told
# Reuters'): the listener, never the speaker.
_LISTENER = regex.compile(r"\b(?i:told|tells|telling|informed|(?:speaking|talking|writing)\s+to)\s*$")


def _standalone(text: str, quoted: Quoted) -> bool:
    """Whether a quotation is a whole sentence of its own ('"Then it went."'), not a phrase inside one."""
    inner = text[quoted.parts[-1][0] : quoted.parts[-1][1]].rstrip()
    before = text[_paragraph_start(text, quoted.start) : quoted.start].rstrip()
    return inner.endswith((".", "!", "?")) and (not before or before.endswith((".", "!", "?", '"')))


def _said_sentence(text: str, quoted: Quoted, said: Attribution) -> bool:
    """Whether a quotation is a whole sentence its speech verb brings in after a colon or a comma ('Residents
    said: "We were not warned."'): said words, however short, never a phrase talked about."""
    inner = text[quoted.parts[0][0] : quoted.parts[-1][1]].strip()
    before = text[_paragraph_start(text, quoted.start) : quoted.start].rstrip()
    verb = (said.verb or "").lower()
    # the colon right after the verb or after the verb and the one it speaks to ("told reporters:"), as the comma
    # right after it: never a colon further on ('said the plan had one goal: "Lower rents."')
    addressee = r"(?:\s+(?:to\s+)?(?:the\s+)?[\p{L}\d'’.-]+)?"
    brought = regex.search(rf"\b{regex.escape(verb)}(?:{addressee}\s*:|\s*,)$", before, regex.IGNORECASE)
    return bool(verb) and brought is not None and inner[:1].isupper() and inner.endswith((".", "!", "?"))


def _opens_its_sentence(text: str, quoted: Quoted) -> bool:
    """Whether a quotation opens its sentence and the attribution closes it ('"We had no warning," one survivor
    said.'): said words, however short, never a phrase talked about."""
    inner = text[quoted.parts[-1][0] : quoted.parts[-1][1]].rstrip()
    before = text[_paragraph_start(text, quoted.start) : quoted.start].rstrip()
    return inner.endswith((",", ".", "!", "?")) and (not before or before.endswith((".", "!", "?", '"', "”")))


def _continued(text: str, quoted: Quoted, resolver: SpeakerResolver, pronoun: str) -> tuple[str | None, bool, float]:
    """The speaker of an unattributed quote that goes on from the last one: in the same paragraph, or opening a
    paragraph soon after it ('"..." said Ana Costa. "..."') — unless the paragraph before introduces someone
    else, whose words a quotation opening the next paragraph then is. A quote whose pronoun ("she said") found
    no one goes on only from a speaker that pronoun may stand for."""
    opening = _paragraph_start(text, quoted.start)
    opens = (
        quoted.start == opening
        or bool(_ASIDE.fullmatch(text, opening, quoted.start))
        or _after_narration(text, opening, quoted.start, resolver)
    )
    introduced = resolver.introduced(quoted.start) if opens else None
    voice = resolver.voice_in_paragraph(quoted.start)
    if voice and not pronoun:  # '"…" the moderator said. "…"': the description, or the body, goes on
        return voice[0], voice[1], 0.6
    reporter = resolver.reporter_before(quoted.start) if not pronoun else None
    if reporter:  # 'The pier may stay shut, Ross said. "…"': the one whose words the sentence before reports
        return reporter, True, 0.6
    going_on = resolver.voice_going_on(quoted.start) if opens and not pronoun else None
    if going_on:
        return going_on[0], going_on[1], 0.6
    if (
        resolver.heard
        and resolver.agrees(resolver.heard[-1][0], pronoun, None, resolver.heard[-1][1])
        and resolver.heard[-1][1] != resolver.other_gender_in_sentence(quoted.start, pronoun)
    ):  # not from the one a pronoun of the other gender in its sentence stands for ("she told …, and he replied")
        at, speaker = resolver.heard[-1]
        if text.rfind("\n", 0, quoted.start) < at:
            return speaker, True, 0.6
        if opens and quoted.start - at < 600:
            return (introduced[1] if introduced and _takes_over(resolver, introduced, at) else speaker), True, 0.6
    if introduced:
        return introduced[1], True, 0.6
    return None, False, 0.5


def _after_narration(text: str, opening: int, start: int, resolver: SpeakerResolver) -> bool:
    """Whether a quotation at `start` follows only the writer's own whole sentences in its paragraph, which name
    no one and report no speech ("However, eruptions have also ended suddenly. “But this is …”"): it opens the
    paragraph's speech as if it opened the paragraph."""
    lead = text[opening:start].rstrip()
    if not lead or not lead.endswith((".", "!", "?")) or regex.search(r"[\"“”‘’']", lead):
        return False
    if any(opening <= m[0] < start for m in resolver.mentions):
        return False
    return not regex.search(rf"\b(?i:{speech_pattern()})\b", lead)


def _takes_over(resolver: SpeakerResolver, introduced: tuple[int, str], at: int) -> bool:
    """Whether the person the paragraph before names after the last quote heard (at `at`) is the one a quotation
    opening the next paragraph goes on from: one named in a later paragraph, or one who speaks in the quote's own
    ('"…," said Kipyegon. Hull said she was beaten.'); not one the attribution only speaks of ('"…," said Kipyegon,
    who joined Shelly-Ann Fraser-Pryce as a four-time champion.')."""
    start, _ = introduced
    if start <= at:
        return False
    text = resolver.text
    if text.rfind("\n", 0, start) != text.rfind("\n", 0, at):
        return True
    end = next((m[1] for m in resolver.mentions if m[0] == start), start)
    return resolver.speaks(start, end)


# A quotation opening its paragraph and broken by an aside, before the quotation that goes on from it: '"I lost
# some time" – on stage 6, when a rider crashed – "'.
_ASIDE = regex.compile(r'"[^"\n]+"\s*(?:[–—]|--?)[^"\n]{1,160}?(?:[–—]|--?)\s*|"[^"\n]+"\s*\([^()"\n]{1,160}\)\s*')


def _paragraph_start(text: str, position: int) -> int:
    start = text.rfind("\n", 0, position) + 1
    return start + len(text[start:position]) - len(text[start:position].lstrip())


@dataclass(frozen=True)
class QuoteFields:
    speaker: str | None
    named: bool
    role: str | None
    source: str | None
    verb: str | None
    direct: bool


_OTHER_SPEECH = regex.compile(rf"\b(?:{speech_pattern()})\b")


def _reported(ctx: DocumentContext, resolver: SpeakerResolver) -> list[QuoteClaim]:
    known = {unsuffixed(p.name).split()[-1] for p in resolver.people}
    quoted = [(q.start, q.end) for q in quoted_spans(ctx.text)]
    claims = []
    for match in [*_REPORTED.finditer(ctx.text), *_QUOTED_AS_SAYING.finditer(ctx.text)]:
        if any(a < match.start() < b for a, b in quoted):
            continue  # 'said: "… which is why the union said it would …"': the speaker's words, not the writer's
        who = _after_break(match.group("who")) or ""  # "on Saturday. Arum said that …": Arum
        if fold(who.split()[-1]) not in known:
            continue
        if match.group("verb") and _OTHER_SPEECH.search(ctx.text, match.end("verb"), match.start("q")):
            continue  # "Hinman said when a deputy warned him that …": what follows "that" is the deputy's
        title, name = split_title(who)
        # the person a surname alone there stands for, where the text tells ("de Wit said", the climber, not the
        # brother named since), else the fullest name for it
        speaker = resolver.mention_in(match.start("who"), match.end("who")) or resolver.full_name(name, match.start())
        mention = resolver.person(speaker)
        fields = QuoteFields(
            speaker,
            True,
            _role(title) or (mention.role if mention else None),
            None,
            match.group("verb") or match.groupdict().get("told"),
            False,
        )
        claims.append(_claim(ctx, ((match.start("q"), match.end("q")),), fields, 0.6))
    return claims


def _claim(
    ctx: DocumentContext, parts: tuple[tuple[int, int], ...], fields: QuoteFields, confidence: float
) -> QuoteClaim:
    spans = [_trimmed(ctx.text, a, b) for a, b in parts]
    view = ctx.sentence_at(spans[0][0]) or ctx.sentences[0]
    base = ctx.base_fields("quote", spans[0][0], spans[-1][1], view.sentence, confidence)
    quote = base["text"] if len(spans) == 1 else " ".join(ctx.original(a, b) for a, b in spans)
    return QuoteClaim(
        **base,
        quote=quote,
        speaker=fields.speaker,
        speaker_named=fields.named,
        speaker_role=fields.role,
        source=fields.source,
        verb=fields.verb,
        direct=fields.direct,
    )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the spaces and the trailing comma a quotation's words end with before 'he said'."""
    while end > start and text[end - 1] in " ,\n":
        end -= 1
    while start < end and text[start] in " \n":
        start += 1
    return start, end
