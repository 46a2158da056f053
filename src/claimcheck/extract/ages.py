"""Ages: a figure that is a person's age ("Ali Karimov, 32", "the 44-year-old fisher Musa Bello"), and
whose age it is, so that ages compare across sources like any figure."""

from __future__ import annotations

import re
from functools import cache

import regex

from claimcheck.extract.context import DocumentContext, SentenceView
from claimcheck.extract.lexicon import concept_of_word, demonym_adjective_endings, lexicon, word_set
from claimcheck.extract.names import person_list_cue_pattern
from claimcheck.extract.numbers import RANGE_JOINS, NumberMention
from claimcheck.extract.phrases import CALENDAR, STOP
from claimcheck.extract.tokens import Token

_AGE_WORDS = {"aged", "age", "ages"}
# Words between a list of people and the one age they share: "Joanna and Thomas Maher, both 38".
_EACH = {"both", "each"}
_POSSESSIVES = {"his", "her", "their", "its", "my", "our", "your"}


def is_age(tokens: list[Token], m: NumberMention) -> bool:
    """Whether the figure is an age: "aged 32", "the 44-year-old", "Ali Karimov, 32,"."""
    i, j = m.first, m.last
    k = _before_bound(tokens, i)
    if k >= 0 and tokens[k].lower in _AGE_WORDS:  # "aged 32", "aged under 18"
        return True
    if k > 0 and tokens[k].lower == "of" and tokens[k - 1].lower == "age":  # "below the age of 10"
        return True
    if k > 0 and tokens[k].lower == "from" and tokens[k - 1].lower == "age":  # "range in age from 6 to 14"
        return True
    bound = next((b for b in range(i - 1, max(k, 0) - 1, -1) if tokens[b].lower in ("from", "between")), -1)
    if bound > 0 and _AGE_WORDS & {t.lower for t in tokens[max(bound - 3, 0) : bound]}:
        return True  # "the victims' ages vary from 16 to 24", "their ages ranged between 19 and 45"
    if m.vague and k > 0 and tokens[_past_decades(tokens, k)].lower in _POSSESSIVES:
        return tokens[_past_decades(tokens, k) - 1].lower == "in"  # "in his early 20s", "in their 50s and 60s"
    if old_unit_after(tokens, _last_joined(tokens, m)):
        return True  # "32 years old", and each of "18 and 19 years old", "20 to 25 years old", "40-50 years old"
    if _listed_after_an_age(tokens, i) and 0 < m.value < 120 and m.value == int(m.value):
        nxt = tokens[j + 1].lower if j + 1 < len(tokens) else "."
        return nxt in (",", ".", ")", ";", "and", "or")  # "aged 9, two days later": a time after it is none
    if i > 2 and tokens[i - 1].lower in _EACH and tokens[i - 2].text == ",":
        i -= 1  # "Joanna and Thomas Maher, both 38,": the age of each
    lead = _age_lead_before(tokens, i)
    if lead and tokens[i - lead - 1].text == ",":
        if tokens[i - 1].lower == "turned" and tokens[i - lead - 2].is_capitalized:
            return 0 < m.value < 120 and m.value == int(m.value)  # "Pavel Holub, who turned 50 in May,"
        i -= lead  # "Ana Costa, now 61,", "Ana Costa, who is 61,": the age, told with a word or two
    if i > 1 and tokens[i - 1].text == "," and tokens[i - 2].is_word:
        named = tokens[i - 2].is_capitalized  # "Ali Karimov, 32" (a described person only between commas)
        if not (named or _described_person(tokens, i - 2)):
            return False
        nxt = tokens[j + 1].text if j + 1 < len(tokens) else "."
        ends = (",", ".", ")", ";") if named else (",", ")")
        return nxt in ends and 0 < m.value < 120 and m.value == int(m.value)
    return False


# What joins figures that share the "years old" written after the last of them: a range's joins and a list's commas.
_JOINED_BY = RANGE_JOINS | {","}


def _last_joined(tokens: list[Token], m: NumberMention) -> int:
    """The last token of the last figure joined to the whole figure under 120 `m` by "and", "or", "to" or a dash
    ("18 and 19", "20 to 25", "40-50"), or by commas in a list closed by "and" or "or" ("17, 18 and 19"); else
    m.last. Not a comma alone ("rose to 45, 12 years old or younger", "52 to 48, 70 years old voters")."""
    j = k = m.last
    if not (0 < m.value < 120 and m.value == int(m.value)):
        return j
    joins = []
    while k + 2 < len(tokens) and tokens[k + 1].lower in _JOINED_BY and tokens[k + 2].is_number:
        joins.append(tokens[k + 1].lower)
        k += 2
    return j if "," in joins and joins[-1] not in ("and", "or") else k


def _age_lead_before(tokens: list[Token], i: int) -> int:
    """How many tokens before tokens[i] are words that lead to an age in apposition (`age_leads`: "now", "who
    is", "who turned"), or 0."""
    for phrase in _age_leads():
        n = len(phrase)
        if i > n and tuple(t.lower for t in tokens[i - n : i]) == phrase:
            return n
    return 0


@cache
def _age_leads() -> list[tuple[str, ...]]:
    return sorted((tuple(phrase.split()) for phrase in lexicon().age_leads), key=len, reverse=True)


def bracketed_age(ctx: DocumentContext, tokens: list[Token], m: NumberMention) -> bool:
    """Whether a figure alone in brackets right after a person's name is that person's age ("Mo Robinson (25)
    facing court", "Mary Byrne (34), of Tallaght"), as some newspapers write ages."""
    i, j = m.first, m.last
    if i < 2 or j + 1 >= len(tokens) or tokens[i - 1].text != "(" or tokens[j + 1].text != ")":
        return False
    if not (0 < m.value < 120 and m.value == int(m.value)) or m.vague:
        return False
    sentence = " ".join(t.lower for t in tokens)
    if any(re.search(rf"\b{re.escape(w)}\b", sentence) for w in word_set("score_words")):
        return False  # "Joe Root (87) and Ben Stokes (45) put on a century stand": scores
    if any(p.end == tokens[i - 2].end for p in ctx.people):
        return True
    listed = _listed_with_ages().search(ctx.text, tokens[0].start, tokens[i - 1].start)
    if listed is None:
        return False
    later = _listed_after().match(ctx.text, tokens[j + 1].start)  # the entries after this one
    names = [*listed.captures("name"), *(later.captures("name") if later else [])]
    return not all(_a_people(name) for name in names)


def _a_people(name: str) -> bool:
    """Whether a one-word entry of a list may be a people ("Britons (12), Germans (3), French (2)": a tally by
    nationality, where every entry is one; `demonym_endings` and those before a noun, "French", "British")."""
    return " " not in name and name.lower().endswith((*lexicon().demonym_endings, *demonym_adjective_endings()))


_LISTED_NAME = r"(?P<name>\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})"
# Who an entry of a list is to one before, before its name: "and his sister Sunita (11)", "their son Ali (3)".
_RELATION = r"(?:(?:his|her|their)\s+(?:\p{Ll}[\p{L}-]*\s+){1,2})?"


@cache
def _listed_after() -> regex.Pattern[str]:
    """From the bracket after an age, the entries of the list after it: '), Satish (28) and Anil (45)'."""
    return regex.compile(rf"\)(?:\s*(?:,|,?\s+and)\s+{_RELATION}{_LISTED_NAME}\s*\(\d{{1,3}}\))*")


@cache
def _listed_with_ages() -> regex.Pattern[str]:
    """A list a person-list cue opens, of names each with an age in brackets, up to the name before a bracket:
    "identified as Gopal (55), Pappanna (50) and his son Anil (" — a person each, however short the name."""
    name = _LISTED_NAME
    return regex.compile(
        rf"\b(?i:{person_list_cue_pattern()})\s*:?\s*"
        rf"(?:{name}\s*\(\d{{1,3}}\)\s*(?:,|,?\s+and)\s+{_RELATION})*{name}\s*$"
    )


def _listed_after_an_age(tokens: list[Token], i: int) -> bool:
    """Whether the figure at tokens[i] is listed after an age that "aged" opens ("Two men, aged 35 and 27, were
    arrested", "sisters aged 9, 11 and 14"): each figure of the list is an age."""
    k = i - 1
    while k >= 1 and tokens[k].lower in ("and", "or", ","):
        while k >= 1 and tokens[k].lower in ("and", "or", ","):
            k -= 1
        if k < 1 or not tokens[k].is_number:
            return False
        if tokens[k - 1].lower in _AGE_WORDS:
            return True
        k -= 1
    return False


AGE_UNITS = ("year", "month", "week", "day")  # what an age is counted in


def old_unit_after(tokens: list[Token], j: int) -> str | None:
    """The unit of time of an age written after tokens[j]: "-year-old", "years old", "-month-old", "weeks old",
    "a 10 day old calf", "32-years-old"."""
    after = [t.lower for t in tokens[j + 1 : j + 5]]
    for unit in AGE_UNITS:
        plural = unit + "s"
        if (
            after[:4] in (["-", unit, "-", "old"], ["-", plural, "-", "old"])
            or after[:3] in ([unit, "-", "old"], [plural, "-", "old"])  # "a 38 year-old man"
            or after[:2] in ([plural, "old"], [unit, "old"])
        ):
            return unit
    return None


def age_unit(tokens: list[Token], m: NumberMention, written: str | None) -> str:
    """What an age is counted in: the unit of "-month-old" or "weeks old", else the unit of time written after
    it ("aged 8 months"), else years ("aged 32")."""
    unit = old_unit_after(tokens, m.last)
    if unit is None and written is not None:
        unit = written.lower().removesuffix("s")
    return unit if unit in AGE_UNITS else "year"


def _past_decades(tokens: list[Token], k: int) -> int:
    """Back from tokens[k] past decades listed before a figure ("50s and", "40s,"): where the list starts."""
    while k >= 2:
        if tokens[k].lower in ("and", "or", ","):
            k -= 1
        if not (k >= 1 and tokens[k].text == "s" and tokens[k - 1].is_number):
            break
        k -= 2
        while k >= 0 and tokens[k].lower in ("early", "mid", "late", "-"):
            k -= 1
    return max(k, 1)


def _before_bound(tokens: list[Token], i: int) -> int:
    """The position of the word before a figure and the words of a bound before it ("aged under 18", "the age
    of about 60", "aged between 20 and 30")."""
    k = i - 1
    while k >= 0 and i - k <= 3 and tokens[k].lower in _bound_words():
        k -= 1
    return k


@cache
def _bound_words() -> frozenset[str]:
    return frozenset(word for phrase in lexicon().qualifiers for word in phrase.split()) | {"between"}


def _described_person(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] ends a person described by a determiner and a noun, not named: "the striker, 24,",
    "a teacher, 41,", "the Olympic champion, 31,". A word of what befell people ("the injured, 12, …"), a plural or a noun of an ordinal
    ("the third round") is no person."""
    noun = tokens[k]
    if not noun.text.islower() or noun.lower in concept_of_word() or noun.lower.endswith("s"):
        return False
    if noun.lower in lexicon().dates.ordinal_nouns:  # "in the third round, 24, …": a thing, not a person
        return False
    lead = k - 1
    while lead > 0 and k - lead < 6 and _describes(tokens[lead]) and tokens[lead].lower not in _DETERMINERS:
        lead -= 1
    return lead >= 0 and tokens[lead].lower in _DETERMINERS


def _describes(token: Token) -> bool:
    """Whether a word may stand between a determiner and the noun of a described person: a modifier in lower
    case ("the veteran striker"), a name used as one ("the Argentina World Cup-winner", "the Labour MP")."""
    return token.text.islower() or token.is_capitalized or token.text == "-"


def age_subject(ctx: DocumentContext, view: SentenceView, mention: NumberMention) -> str | None:
    """Whose age it is: "Ali Karimov, 32", "Ali Karimov, aged 32", "the 44-year-old fisher Musa Bello",
    "Musa Bello, a 44-year-old fisher"; else the person the paragraph last named before it."""
    tokens = view.tokens
    k = mention.first - 1 - _age_lead_before(tokens, mention.first)  # "Ana Costa, now 61": past "now"
    if k >= 0 and tokens[k].lower in _AGE_WORDS | _EACH | {"a", "an", "the"}:
        k -= 1
    name = _name_ending(tokens, k - 1) if k >= 1 and tokens[k].text in (",", "(") else None
    if name is not None:
        return _surname_only(tokens, k - len(name.split()) - 1, name) or fullest(ctx, name)
    j = mention.last + 1
    while j < len(tokens) and tokens[j].lower in _AGE_SPAN_WORDS:
        j += 1
    start = j
    while j < len(tokens) and j - start < 3 and tokens[j].is_word and tokens[j].text.islower():
        if tokens[j].lower in _ORIGIN_WORDS | _POSSESSIVES:
            break  # "a 25-year-old man from Northern Ireland": where he is from, not his name
        j += 1  # "the 44-year-old retired fisher Musa Bello"
    related = j < len(tokens) and tokens[j].lower in _POSSESSIVES  # "the 13-year-old led her sister Ana"
    determined = mention.first > 0 and tokens[mention.first - 1].lower in _DETERMINERS
    if j > start and j < len(tokens) and tokens[j].text == "," and determined:
        j += 1  # "his 35-year-old mother, Amina Haddad"
    name = _name_starting(tokens, j) if j >= len(tokens) or tokens[j].lower not in _ORIGIN_WORDS else None
    if name:
        return _surname_only(tokens, j - 1, name) or fullest(ctx, name)
    if mention.first > 0 and tokens[mention.first - 1].lower == "the":  # "the 34-year-old said": named before
        after = _after_age_words(tokens, mention.last + 1)
        if related:  # the people named after "her", "his" are others, of this person's kin or circle
            return person_in_paragraph(ctx, view, tokens[mention.first].start, ahead=False)
        return (
            person_in_paragraph(ctx, view, tokens[mention.first].start)
            or _title_holder(ctx, tokens, after)
            or _role_after(tokens, after)
        )
    return _role_before(tokens, k - 1) if k >= 1 and tokens[k].text == "," else None


def _surname_only(tokens: list[Token], k: int, name: str) -> str | None:
    """The person a surname gives alone where the word before it says the rest of the name is withheld
    (`surname_only_words`: "a man surnamed Chan, 41", "the 35-year-old man surnamed Chan"): "man surnamed Chan", with
    the noun before it ("a woman surnamed Chan" is another), whom no fuller name of that surname is known to be."""
    if k < 0 or tokens[k].lower not in word_set("surname_only_words"):
        return None
    noun = tokens[k - 1].lower if k >= 1 and tokens[k - 1].is_word else ""
    return f"{noun} {tokens[k].lower} {name}".lstrip()  # "a woman surnamed Chan" is no man surnamed Chan


def _role_after(tokens: list[Token], k: int) -> str | None:
    """The role "the N-year-old" names where the text names no one ("the 27-year-old suspect was detained"):
    its noun, which tells this person's age apart from others' in the story."""
    if k >= len(tokens) or not _is_role(tokens[k]):
        return None
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is not None and nxt.is_word and nxt.text.islower() and nxt.lower not in STOP and _is_role(nxt):
        return None  # "the 44-year-old retired fisher": the noun comes later
    return tokens[k].lower


def _role_before(tokens: list[Token], k: int) -> str | None:
    """The role "the …, N" names where the text names no one ("The suspect, 24, was arrested")."""
    if k < 1 or not _is_role(tokens[k]):
        return None
    j = k - 1
    while j > 0 and k - j <= 2 and _is_role(tokens[j]):
        j -= 1  # "The coach driver, 58": the driver
    return tokens[k].lower if tokens[j].lower == "the" else None


def _is_role(token: Token) -> bool:
    """Whether a word may name one person by what they are or do ("suspect", "driver", "gunman"), not a person
    at large ("man", "woman") nor a word of another kind."""
    word = token.lower
    return (
        token.is_word
        and token.text.islower()
        and word not in STOP
        and word not in word_set("generic_people")
        and not word.endswith(("ed", "ing", "ly"))
    )


def _after_age_words(tokens: list[Token], j: int) -> int:
    """The first token after "-year-old" or "-month-old" ("the 53-year-old president": "president")."""
    while j < len(tokens) and tokens[j].lower in _AGE_SPAN_WORDS:
        j += 1
    return j


def _title_holder(ctx: DocumentContext, tokens: list[Token], k: int) -> str | None:
    """The one person the document names with the title that follows "the N-year-old" ("the 53-year-old
    president" of a story about "President Juan Manuel Santos"); none where it names two or none with it."""
    if k >= len(tokens) or tokens[k].lower not in word_set("person_titles"):
        return None
    title = re.compile(rf"\b{re.escape(tokens[k].text)}\s+$", re.I)
    holders = {p.name for p in ctx.people if title.search(ctx.text[max(0, p.start - 40) : p.start])}
    return holders.pop() if len(holders) == 1 else None


_DETERMINERS = frozenset(["a", "an", "the", "his", "her", "their", "its", "our"])
# The words of an age's span ("-year-old", "-month-old", "six weeks old"), never the person's noun.
_AGE_SPAN_WORDS = frozenset(["-", "year", "years", "month", "months", "week", "weeks", "day", "days", "old"])
# Words after an age that open a place, never a name ("a 46-year-old man from Northern Ireland", "the 25-year-old
# will appear at Chelmsford Magistrates' Court"): the capitalised words after them are where, not who.
_ORIGIN_WORDS = frozenset(["from", "of", "in", "near", "at", "to", "on", "into", "outside"])
_PARTICLES = frozenset(["de", "da", "del", "der", "van", "von", "bin", "al", "el", "la", "le", "di", "du"])


def _name_ending(tokens: list[Token], k: int) -> str | None:
    """The capitalised name that ends at tokens[k] ("Ali Karimov" of "Ali Karimov, 32")."""
    words: list[str] = []
    while (
        k >= 0 and len(words) < 5 and tokens[k].is_word and (tokens[k].is_capitalized or tokens[k].lower in _PARTICLES)
    ):
        words.insert(0, tokens[k].text)
        k -= 1
    return _as_name(words)


def _name_starting(tokens: list[Token], k: int) -> str | None:
    words: list[str] = []
    while (
        k < len(tokens)
        and len(words) < 5
        and tokens[k].is_word
        and (tokens[k].is_capitalized or words and tokens[k].lower in _PARTICLES)
    ):
        words.append(tokens[k].text)
        k += 1
    return _as_name(words)


def _as_name(words: list[str]) -> str | None:
    titles = word_set("person_titles")
    while words and (words[0].lower() in _PARTICLES or words[0].lower() in titles):
        words.pop(0)  # "Captain Alejandro Cortez, 66": the title is not the name
    if not words or words[0].lower() in STOP or words[0].lower() in CALENDAR:
        return None
    if len(words) == 1 and words[0].lower() in word_set("not_name_words"):
        return None  # "Later, the 49-year-old mayor …": a word that opens the sentence, no one's name
    return " ".join(words)


def fullest(ctx: DocumentContext, name: str) -> str:
    """The fullest name the document gives the person ("Mensah" → "Grace Mensah"). People who share a family
    name are not one: a name of two words or more is extended only by a name with its first word ("Lesly
    Mucutuy" is not "Tien Noriel Mucutuy", her brother), and a family name alone that the document gives to
    people of different first names stays as written."""
    words = name.split()
    names = [p.name for p in ctx.people if p.name.split()[-1] == words[-1] or name in p.name]
    if len(words) > 1:
        names = [n for n in names if n.split()[0] == words[0] or name in n]
    elif len({n.split()[0] for n in names if n != name}) > 1:
        names = []
    return max(names + [name], key=lambda n: (len(n.split()), n == name))


def person_in_paragraph(ctx: DocumentContext, view: SentenceView, position: int, ahead: bool = True) -> str | None:
    """The person the paragraph last names before `position`, else (with `ahead`) the first its sentence
    names after it."""
    paragraph = ctx.text.rfind("\n", 0, view.sentence.start) + 1
    before = [p for p in ctx.people if paragraph <= p.start < position]
    if before:
        return before[-1].name
    after = [p for p in ctx.people if position <= p.start < view.sentence.end] if ahead else []
    return after[0].name if after else None
