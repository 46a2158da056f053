"""Numbers that are not figures: labels and positions ("COVID-19", "Flight 370", "21st"), phone and
reference numbers, scores and year spans written with hyphens, years, and figures side by side that
cannot be read ("6 3 strong")."""

from __future__ import annotations

import re
from functools import cache

from claimcheck.extract.currency import currency_before, rate_base
from claimcheck.extract.lexicon import lexicon
from claimcheck.extract.numbers import NumberMention, find_numbers
from claimcheck.extract.phrases import STOP, event_words, glued_label_after, label_head_after
from claimcheck.extract.tokens import (
    BULLETS,
    Token,
    attached,
    match_phrase,
    match_phrase_before,
    opens_list_line,
    ordinal_ending,
    title_case,
)
from claimcheck.extract.units import is_measure_symbol, unit_after

_LEADING_ZERO = re.compile(r"0[0-9]")


_PLAIN = re.compile(r"[0-9]+")


def is_label(tokens: list[Token], m: NumberMention) -> bool:
    """COVID-19, G20, Flight 370, Category 5, 21st, 24/7, call 911: numbers that are names, positions or
    references. A capitalised word before a number is not enough ("Quake Kills 234", "Norway's 5.55 million")."""
    i = m.first + (tokens[m.first].text == "-" and m.last > m.first)  # the digits of "-4/5"
    token = tokens[i]
    if match_phrase(tokens, m.last + 1, lexicon().phrases(lexicon().unit_name_numbers)) is not None:
        return True  # "twenty-foot equivalent units": the name of a unit
    if _unit_definition(tokens, m):
        return True  # "One AU is the average distance between Earth and the Sun": a unit defined, no figure
    if _numbered_thing(tokens, m):
        return True  # "an 18 wheeler", "a two seater": one thing named by how many parts it has
    if _list_marker(tokens, m):
        return True  # "1." or "2)" before a list's item: its place in the list
    if _reference_after_its_label(tokens, m):
        return True  # "Account number: 40", "Flight number: 447": a reference a label names, no count
    if _compass_position(tokens, m):
        return True  # "15.1°N", "113.5 degrees east": a latitude or longitude, a place and no measure
    if not token.is_number:
        # "Category four Cyclone Debbie", "phase two", "Day Zero"; not "Causeway Bay two hours after" (a unit follows)
        return unit_after(tokens, m.last) is None and (
            _label_word_before(tokens, i) or _position(tokens, i, m) or _named_number_word(tokens, i)
        )
    lex = lexicon()
    prev = tokens[i - 1] if i > 0 else None
    if prev is not None and prev.is_word and attached(prev, token):
        money = currency_before(tokens, i)[0] is not None
        return not money and prev.lower not in lex.scale_prefixes  # "G20", "MH370"; not "€5", "N1.2tn"
    if (
        prev is not None
        and i > 1
        and prev.text in "-/"
        and attached(prev, token)
        and tokens[i - 2].is_word
        and attached(tokens[i - 2], prev)
    ):
        word = tokens[i - 2].lower  # COVID-19, F-16; not "magnitude-5.9" or "sub-10-second"
        return word not in lex.scale_prefixes and word not in lex.prefix_qualifiers
    if prev is not None and prev.text == "/" and attached(prev, token) and i > 1 and tokens[i - 2].is_number:
        return True  # the 11 of 9/11, the 7 of 24/7
    if _year_span_end(tokens, i):
        return True  # the 17 of "2016-17", a year span whose first year is read as a date
    if _short_year(tokens, i, m):
        return True  # "in ’24", "the '90s"
    if (
        prev is not None
        and prev.text.isupper()
        and _acronym(prev)
        and prev.text not in lex.currency_prefixes
        and currency_before(tokens, i)[0] is None
        and not _shouting(tokens)
        and not _hyphened_unit(tokens, m)
    ):
        # "PM 2.5", "AC 3 tier", "COVID 19"; not "$US 7.3 million", a sign and its code, nor "UK 18-year-olds"
        return True
    if prev is not None and prev.lower in ("and", "or", ",") and _code_at(tokens, i - 2):
        return True  # the 7 of "lines 2A and 7"
    if _coordinated_label(tokens, i) or _plural_label_pair(tokens, i):
        return True  # the 11 of "Grade 10 and 11 years", the 3 and the 4 of "chapters 3 and 4"
    nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    if nxt is not None and attached(tokens[m.last], nxt):
        if ordinal_ending(tokens[m.last].text, nxt.text) or _code_at(tokens, m.last + 1):
            return True
        if nxt.text == ":" and not _bound_or_sum(tokens, i) and not _figure_before_its_label(tokens, m):
            return True  # "Step 1:", "Day 3:"; not "Below $4K: Bitcoin Hits Lows", a bound on a sum
        if nxt.lower == "x" and m.last + 2 < len(tokens) and tokens[m.last + 2].is_number:
            return True  # "4x100m"
        if tokens[m.last].text + nxt.text in lex.resolution_labels and any(
            t.lower in lex.picture_words for t in tokens
        ):
            return True  # "1080p movie files", "a 4K television": a picture's resolution; "lower at 720p" is pence
        if _name_after(nxt) and unit_after(tokens, m.last) is None and not glued_label_after(tokens, i, m.last):
            return True  # "1News", "4Kids": digits that open a name; not "Votes Cast: 137578Percentage: …"
        after = tokens[m.last + 2] if m.last + 2 < len(tokens) else None
        if nxt.text == "/" and after is not None and after.is_number and rate_base(tokens, m.last + 1) is None:
            return True  # 24/7, 9/11; "83/dollar" and "$15/hour" are rates
    if prev is not None and prev.text in _label_words_as_written():
        return True
    if match_phrase_before(tokens, i, lex.phrases_ending(lex.rate_base_words)) is not None:
        return True  # the 100,000 of "121.1 cases per 100,000 people": the rate's base
    if _model_number(tokens, i, m) or _named_after_the(tokens, i, m):
        return True
    if _PLAIN.fullmatch(token.text) and match_phrase(tokens, m.last + 1, lex.phrases(lex.reference_words_after)):
        return True  # "a 911 call", "the 999 emergency line": a phone number
    if (
        len(token.text) >= 5
        and m.last == m.first
        and _PLAIN.fullmatch(token.text)
        and not _counts_after(tokens, m)
        and not glued_label_after(tokens, i, m.last)
    ):
        return True  # "the Nightliner 50321": counts that large are written "50,321"
    return match_phrase_before(tokens, i, lex.phrases_ending(_words_before_labels())) is not None


def _figure_before_its_label(tokens: list[Token], m: NumberMention) -> bool:
    """Whether a figure that opens its line (maybe after a dash or a bullet) stands before a colon and words that
    say what it is, as lists of key figures give them ("— 14: Number of countries hit", "9.1: Magnitude of the
    quake", "$4.5 billion: Estimated damage"): a count, a measure or a sum named in the first words after the colon
    (`figure_label_heads`, the label's first word after "the"). Not "Step 1:" (a word before it), "1: Introduction"
    or "— 2: Part of the series" (a title that names no figure) nor "3:1" or "John 3:16" (no word after the
    colon)."""
    if not opens_list_line(tokens, m.first):
        return False
    return label_head_after(tokens, m.last) is not None


def _reference_after_its_label(tokens: list[Token], m: NumberMention) -> bool:
    """Whether a plain whole number ends its line after a label that opens the line and ends in a word of
    `label_words` and a colon ("Account number: 40", "Gate: 12"): the reference, not a count of numbers."""
    first = m.first
    if (
        first < 2
        or tokens[first - 1].text != ":"
        or m.last + 1 != len(tokens)
        or not _PLAIN.fullmatch(tokens[m.last].text)
    ):
        return False
    if tokens[first - 2].lower not in lexicon().label_words:
        return False
    start = next((k for k in range(first - 1) if tokens[k].text not in BULLETS), first - 1)
    return all(t.is_word for t in tokens[start : first - 1])


def _list_marker(tokens: list[Token], m: NumberMention) -> bool:
    """Whether a small whole number opens its sentence as a list's marker: alone with its full stop ("1." before
    "Lives lost over, 350", which the full stop splits off) or before a bracket and a capital or a figure ("2)
    Bridges destroyed", "3) 40 dead"). Not "45 died." nor "3) of the act" (a word in lower case after the
    bracket)."""
    token = tokens[m.first]
    if m.first != 0 or m.last != 0 or not token.text.isdigit() or len(token.text) > 2 or len(tokens) < 2:
        return False
    mark = tokens[1]
    if not attached(token, mark):
        return False
    if mark.text == ".":
        return len(tokens) == 2
    return mark.text == ")" and len(tokens) > 2 and (tokens[2].is_capitalized or tokens[2].is_number)


def _unit_definition(tokens: list[Token], m: NumberMention) -> bool:
    """Whether "one" (or "1") and a unit open a definition of the unit ("One AU is ...", "1 mile equals ...")."""
    if m.first != m.last or tokens[m.first].lower not in ("one", "1"):
        return False
    unit = unit_after(tokens, m.last)
    verb = tokens[unit.last + 1] if unit is not None and unit.last + 1 < len(tokens) else None
    if verb is None or verb.lower not in lexicon().unit_definition_verbs or unit is None:
        return False
    # what it is equal to: another amount and its unit in its clause ("is the average distance between Earth and
    # the Sun: about 93 million miles"), not "is the target rate, one metre …"
    ahead = list(tokens[unit.last + 2 : unit.last + 18])
    ahead = ahead[: next((k for k, token in enumerate(ahead) if token.text in ",;."), len(ahead))]
    return any(unit_after(ahead, number.last) is not None for number in find_numbers(ahead))


def _compass_position(tokens: list[Token], m: NumberMention) -> bool:
    """Whether degrees and a point of the compass follow the number: a latitude or longitude ("15.1°N", "20.7
    degrees north"), never a temperature ("28°C", "44 degrees south of Madrid") nor a turn ("a 180-degree turn")."""
    unit = unit_after(tokens, m.last)
    if unit is None or unit.last + 1 >= len(tokens) or tokens[unit.last].lower not in lexicon().degree_signs:
        return False
    point = tokens[unit.last + 1]
    if point.text in lexicon().compass_letters:
        return attached(tokens[unit.last], point)
    # "44 degrees south of Madrid" is a temperature somewhere south of a place: "of" makes the word a direction,
    # but for the equator ("12 degrees south of the equator")
    following = " ".join(t.lower for t in tokens[unit.last + 2 : unit.last + 5])
    return point.lower in lexicon().compass_words and (not following.startswith("of ") or following == "of the equator")


def _numbered_thing(tokens: list[Token], m: NumberMention) -> bool:
    """Whether a noun that names one thing by how many parts it has follows the number ("an 18 wheeler", "a two
    seater", "three 18 wheelers"): a compound written without its hyphen."""
    nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    if nxt is None or not nxt.is_word:
        return False
    if nxt.lower in lexicon().numbered_thing_nouns:
        return True
    # in the plural, only after the count of those things ("three 18 wheelers")
    prev = tokens[m.first - 1] if m.first > 0 else None
    counted = prev is not None and (prev.is_number or prev.lower in lexicon().number_words)
    return counted and nxt.lower.endswith("s") and nxt.lower[:-1] in lexicon().numbered_thing_nouns


def _label_word_before(tokens: list[Token], i: int) -> bool:
    """Whether a label word stands before the number word at tokens[i] ("Category four", "phase two")."""
    if i > 0 and tokens[i - 1].text in _label_words_as_written():
        return True
    return match_phrase_before(tokens, i, lexicon().phrases_ending(_words_before_labels())) is not None


def _coordinated_label(tokens: list[Token], i: int) -> bool:
    """Whether the number at tokens[i] is joined by "and", "or", "&" or "to" to a number a label word names ("Grade
    10 and 11", "Expedition 48 and 49"), or its plural ("chapters 3 and 4", "Grades 7 to 9"): a label too, where
    nothing it could count follows it or it goes on the series ("Grade 7 and 8 pupils"). One with its own noun
    that does not ("after Game 7 and 40 people were arrested") is a count."""
    if i < 2 or tokens[i - 1].lower not in ("and", "or", "&", "to") or not _PLAIN.fullmatch(tokens[i - 2].text):
        return False
    k = i - 2
    counts = _word_after(tokens, i)
    if counts and not (_PLAIN.fullmatch(tokens[i].text) and 0 < int(tokens[i].text) - int(tokens[k].text) <= 10):
        return False
    if k > 0 and tokens[k - 1].text in _label_words_as_written():
        return True
    if match_phrase_before(tokens, k, lexicon().phrases_ending(_words_before_labels())) is not None:
        return True
    return _plural_label(tokens, k - 1) and (not counts or _label_noun(tokens, k - 1))


def _plural_label_pair(tokens: list[Token], i: int) -> bool:
    """Whether a label word in the plural stands before the number at tokens[i] and a joined number follows it
    ("chapters 3 and 4"); alone, or after a subject and before what it counts, the plural may be a verb ("reports
    5 deaths", "the ministry issues 3 or 4 warnings")."""
    joined = i + 2 < len(tokens) and tokens[i + 1].lower in ("and", "or", "&", "to")
    if not joined or _PLAIN.fullmatch(tokens[i + 2].text) is None:
        return False
    return _plural_label(tokens, i - 1) and (not _word_after(tokens, i + 2) or _label_noun(tokens, i - 1))


def _label_noun(tokens: list[Token], k: int) -> bool:
    """Whether the plural label word at tokens[k] is a noun for sure: written with a capital ("Grades 9 to 11") or
    after a small word ("in chapters 3 and 4"), not after a subject whose verb it may be ("the agency reports 5 or 6
    new cases", "it reports 5 or 6")."""
    before = tokens[k - 1].lower if k > 0 else ""
    return tokens[k].text[:1].isupper() or (before in STOP and before not in lexicon().subject_pronouns)


def _word_after(tokens: list[Token], i: int) -> bool:
    """Whether a lower-case word that may be what a number counts stands in the two words after the token at `i`
    ("5 or 6 new cases"): no small word and no word that goes on a verb ("chapters 3 and 4 tonight", "sections 4
    and 5 of the plan")."""
    for token in tokens[i + 1 : i + 3]:
        if not token.is_word or not token.text.islower():
            return False
        if token.lower not in STOP and token.lower not in lexicon().adverbs_after_verbs:
            return True
    return False


def _plural_label(tokens: list[Token], k: int) -> bool:
    word = tokens[k].lower if k >= 0 else ""
    return word.endswith("s") and word[:-1] in _words_before_labels()


def _named_number_word(tokens: list[Token], i: int) -> bool:
    """Whether a number word written with a capital inside a sentence follows a capitalised word, as part of a
    name ("Day Zero could move", "Air Force One landed"); not in a headline in title case ("Quake Kills Two")."""
    if i < 1 or not tokens[i].text[:1].isupper() or not tokens[i - 1].is_word:
        return False
    return tokens[i - 1].text[:1].isupper() and not title_case(tokens)


def _position(tokens: list[Token], i: int, m: NumberMention) -> bool:
    """Whether a number word is a position in a run of days or weeks ("day two", "week three of the trial"): a
    word of `position_words` before it, and no word after it but "of"."""
    after = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    return (
        i > 0
        and tokens[i - 1].lower in lexicon().position_words
        and (after is None or not after.is_word or after.lower == "of")
    )


def _name_after(word: Token) -> bool:
    """Whether a word written against the digits before it is the rest of a name: a capital, then lower-case
    letters ("1News"); a unit so written ("5Mbps", "30Hz") never comes here."""
    text = word.text
    return word.is_word and len(text) >= 3 and text[0].isupper() and text[1:].isalpha() and text[1:].islower()


def _model_number(tokens: list[Token], i: int, m: NumberMention) -> bool:
    """Whether a whole number is part of the name of a model, index or mission ("the Nikkei 225 index", "a used
    Falcon 9 booster", "the Apollo 11 mission"): written after a capitalised word inside the sentence and before
    a noun in the singular, which no count of more than one takes ("225 index"); not money, a unit or a scale."""
    token = tokens[i]
    if m.last != m.first or not _PLAIN.fullmatch(token.text) or int(token.text) < 2:
        return False
    nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    return _after_a_name(tokens, i) and _singular_after(tokens, m.last, nxt)


def _after_a_name(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] follows a word written as a name inside the sentence ("Falcon 9"), not money."""
    if i < 2:
        return False
    prev = tokens[i - 1]
    return (
        prev.is_word and _name_cased(prev.text) and not prev.text.endswith("'s") and not currency_before(tokens, i)[0]
    )


def _singular_after(tokens: list[Token], last: int, nxt: Token | None) -> bool:
    """Whether a noun in the singular, which no count of more than one takes, follows the figure ending at
    tokens[last] ("225 index"); no unit."""
    lex = lexicon()
    if nxt is None or not nxt.is_word or not nxt.text.isalpha() or not nxt.text.islower() or len(nxt.text) < 3:
        return False
    if nxt.lower.endswith("s") or nxt.lower in STOP or nxt.lower in lex.scales or nxt.lower in lex.number_words:
        return False
    if nxt.lower in lex.unchanging_plurals:
        return False  # "Storm Kills 2 sheep": a plural without an s
    if nxt.lower in lex.generic_heads or nxt.lower in lex.subgroups or nxt.lower in lex.collective_nouns:
        return False  # "In Kenya 300 people died", "Gaza 40 police": plurals without an s
    return unit_after(tokens, last) is None


def _name_cased(word: str) -> bool:
    """Whether a word is written as a name: a capital first ("Falcon"), or a capital inside a word that opens in
    lower case ("iPhone", "eReader"); not a word in capitals ("US")."""
    if word.isupper():
        return False
    return word[:1].isupper() or (word[:1].islower() and any(c.isupper() for c in word[1:]))


def _named_after_the(tokens: list[Token], i: int, m: NumberMention) -> bool:
    """Whether a whole number ends a name after "the" ("atop the Merdeka 118 in Kuala Lumpur", "the Boeing 737,
    which"): "the", a capitalised word in the singular, the number, then no noun it counts (a word of `STOP` or
    punctuation); not a list of counts ("the Democrats 51, the Republicans 49"), nor money or a unit."""
    if i < 2 or m.last != m.first or not _PLAIN.fullmatch(tokens[i].text):
        return False
    name, article = tokens[i - 1], tokens[i - 2]
    if article.lower != "the" or not (name.is_word and name.text[:1].isupper() and name.text[1:].islower()):
        return False
    if name.lower.endswith("s") or name.lower in lexicon().number_words:
        return False
    nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    ends = nxt is None or not nxt.is_word and not nxt.is_number or nxt.lower in STOP
    # a tally against another figure ("passed the Senate 51 to 49", "cleared the House 220-215") is a count
    tally = (
        nxt is not None and nxt.text in ("to", "-", "–") and m.last + 2 < len(tokens) and tokens[m.last + 2].is_number
    )
    return ends and not tally and unit_after(tokens, m.last) is None and currency_before(tokens, i)[0] is None


_APOSTROPHES = ("'", "’", "‘")


def _year_span_end(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] is the two digits that end a year span written against its first year ("2016-17",
    "2023-’24")."""
    token = tokens[i]
    k = i - 1 if i > 0 and tokens[i - 1].text in _APOSTROPHES and attached(tokens[i - 1], token) else i
    if k < 2 or len(token.text) != 2 or not token.text.isdigit() or tokens[k - 1].text not in ("-", "–", "/"):
        return False
    return _year_like(tokens[k - 2]) and attached(tokens[k - 2], tokens[k - 1]) and attached(tokens[k - 1], tokens[k])


def _short_year(tokens: list[Token], i: int, m: NumberMention) -> bool:
    """Whether tokens[i] is a year or a decade cut to its last two digits by an apostrophe ("in ’24", "the '90s",
    "the class of '99"); not a figure in single quotes ("'24 hours a day'": a unit follows)."""
    token = tokens[i]
    if i == 0 or len(token.text) != 2 or not token.text.isdigit():
        return False
    mark = tokens[i - 1]
    if mark.text not in _APOSTROPHES or not attached(mark, token) or (i > 1 and attached(tokens[i - 2], mark)):
        return False
    return unit_after(tokens, m.last) is None


def _code_at(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is a capital letter written against the digits before it that makes them a code
    ("2B", "4G", "1040A", "a 10K race"): no unit so written ("35C" is a temperature); a scale ("10K followers",
    "$5M") is part of its figure and never comes here."""
    if k < 1 or k >= len(tokens):
        return False
    letter, digits = tokens[k], tokens[k - 1]
    if not (digits.is_number and attached(digits, letter) and len(letter.text) == 1 and letter.text.isupper()):
        return False
    if k + 1 < len(tokens) and attached(letter, tokens[k + 1]) and tokens[k + 1].is_word:
        return False
    lex = lexicon()
    if letter.text in lex.attached_scales:
        return False
    unit = unit_after(tokens, k - 1)
    return unit is None or unit.key != letter.text


@cache
def _words_before_labels() -> tuple[str, ...]:
    """Label and reference words ("flight", "call"), but those written with a capital ("No")."""
    lex = lexicon()
    return tuple(w for w in lex.label_words if w == w.lower()) + tuple(lex.reference_words)


@cache
def _label_words_as_written() -> frozenset[str]:
    return frozenset(w for w in lexicon().label_words if w != w.lower())


def _counts_after(tokens: list[Token], m: NumberMention) -> bool:
    """Whether a word in lower case follows the figure: what it counts or its unit ("50321 people")."""
    nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    return nxt is not None and nxt.is_word and nxt.text.islower()


def _acronym(token: Token) -> bool:
    return token.is_word and 2 <= len(token.text) <= 5 and token.text.isupper()


def _hyphened_unit(tokens: list[Token], m: NumberMention) -> bool:
    """Whether a unit of measure is joined to the figure by a hyphen ("18-year-olds", "a 5-day wait"): a measure,
    whatever the capitals before it; not a share ("the FTSE 100-share index" names an index)."""
    nxt = m.last + 1
    if nxt >= len(tokens) or tokens[nxt].text != "-":
        return False
    unit = unit_after(tokens, m.last)
    return unit is not None and unit.row.dimension not in (None, "ratio")


def _shouting(tokens: list[Token]) -> bool:
    """A sentence in capitals ("QUAKE KILLS 234"), where a word in capitals is no acronym."""
    return all(t.text.isupper() for t in tokens if t.is_word and len(t.text) > 1)


def _bound_or_sum(tokens: list[Token], i: int) -> bool:
    """Whether the digits at tokens[i] are a sum (a currency before them) or bounded (a qualifier before them),
    but for an age group's label that opens its line ("Under 21:", "Over 50:", `age_group_bounds`), a bound of fewer
    than `AGE_GROUP_TOP`."""
    sign, look = currency_before(tokens, i)
    if sign is not None:
        return True
    lex = lexicon()
    bound = match_phrase_before(tokens, look, lex.phrases_ending(lex.qualifiers))
    if bound is None:
        return False
    age_group = look == len(bound) and " ".join(bound) in lex.age_group_bounds  # the bound opens its sentence
    return not (age_group and tokens[i].text.isdigit() and int(tokens[i].text) < AGE_GROUP_TOP)


# A bound below this that opens a line before a colon names an age group ("Under 21: squad named"), not a figure.
AGE_GROUP_TOP = 100


def hyphen_chain(tokens: list[Token], mentions: list[NumberMention], n: int) -> int:
    """How many mentions from mentions[n] on are joined by hyphens written against them ("555-123-4567")."""
    k = n
    while k + 1 < len(mentions):
        a, b = mentions[k], mentions[k + 1]
        if b.first != a.last + 2 or tokens[a.last + 1].text != "-":
            break
        if not (attached(tokens[a.last], tokens[a.last + 1]) and attached(tokens[a.last + 1], tokens[b.first])):
            break
        k += 1
    return k - n + 1


def labelled_number(tokens: list[Token], mentions: list[NumberMention], n: int) -> int:
    """How many mentions from mentions[n] on, after a word that makes a figure a label ("call 555-0162"), are the
    groups of one phone or reference number: groups of plain digits joined by hyphens that read as a reference;
    only the first for a range ("call 3,000-4,000 workers out") or a figure of several tokens."""
    chain = hyphen_chain(tokens, mentions, n)
    group = mentions[n : n + chain]
    if chain < 2 or any(m.first != m.last or not _PLAIN.fullmatch(tokens[m.first].text) for m in group):
        return 1
    return chain if is_reference(tokens, mentions, n, chain) else 1


def is_reference(tokens: list[Token], mentions: list[NumberMention], n: int, length: int) -> bool:
    """Whether hyphen-joined figures are a phone, reference or score rather than a range: three groups or
    more, a group with a leading zero, the 555-1234 shape, a year span ("2019-20", "1990-1995"), or a
    second figure below the first ("won 3-1", "a 5-4 vote") or equal to it ("1-1"), or score words around them
    ("drew 2-3", "a 2-3 defeat")."""
    if length >= 3:
        return True
    if currency_before(tokens, mentions[n].first)[0] is not None or mentions[n].scale != 1:
        return False  # "a $2m-3m loss", "a 1.5m-2m drop": money or a scaled count, never a score
    a, b = tokens[mentions[n].first], tokens[mentions[n + 1].first]
    if any(_LEADING_ZERO.match(t.text) and "." not in t.text for t in (a, b)):
        return True
    if _PLAIN.fullmatch(a.text) and _PLAIN.fullmatch(b.text) and len(a.text) == 3 and len(b.text) == 4:
        return not _measured(tokens, mentions[n + 1])  # "600-1400m wide", "250-1000 tonnes": a range
    if _year_like(a) and (_year_like(b) and is_year(tokens, mentions[n + 1]) or len(b.text) == 2):
        return True
    if _life_years(tokens, mentions[n], mentions[n + 1]):
        return True  # "Sir Anthony van Dyck (1599-1641)": the years of a life or a reign
    if mentions[n + 1].value <= mentions[n].value:
        return True  # "won 3-1"; "drew 1-1"
    if match_phrase_before(tokens, mentions[n].first, lexicon().phrases_ending(lexicon().score_words_before)):
        return True  # "the score was 1-3"
    if _after_result_verb(tokens, mentions[n].first) and _ends_a_result(tokens, mentions[n + 1].last):
        return True  # "lost 1-3 at home", "were beaten 0-2 by the champions"
    after = mentions[n + 1].last + 1
    if after < len(tokens) and tokens[after].lower in lexicon().score_words_after:
        return True  # "from 4-5 down", "a 2-3 defeat"
    return any(mentions[k + 1].value < mentions[k].value for k in _listed_pairs(tokens, mentions, n))


def area_code(tokens: list[Token], mentions: list[NumberMention], n: int) -> bool:
    """Whether mentions[n] is three digits in brackets right before a phone number read as a reference ("(202)
    555-0147", "(020) 7946 0018"): the area code, no figure."""
    m = mentions[n]
    if m.first < 1 or m.last + 2 >= len(tokens) or n + 1 >= len(mentions):
        return False
    if tokens[m.first - 1].text != "(" or tokens[m.last + 1].text != ")" or mentions[n + 1].first != m.last + 2:
        return False
    if not (_PLAIN.fullmatch(tokens[m.first].text) and len(tokens[m.first].text) in (3, 4) and m.first == m.last):
        return False
    chain = hyphen_chain(tokens, mentions, n + 1)
    return (chain > 1 and is_reference(tokens, mentions, n + 1, chain)) or side_by_side(tokens, mentions, n + 1)


def _measured(tokens: list[Token], m: NumberMention) -> bool:
    """Whether a unit of measure (no currency) is written right after the figure: a phone number never has one."""
    unit = unit_after(tokens, m.last)
    return unit is not None and not unit.currency and not unit.row.currency


def _after_result_verb(tokens: list[Token], first: int) -> bool:
    """Whether a verb of a result comes right before tokens[first], or with its object between ("beat them 98-104",
    "beat the Celtics 112-108")."""
    verbs = lexicon().result_verbs
    for k in range(first - 1, max(-1, first - 4), -1):
        if tokens[k].lower in verbs:
            return True
        if not (tokens[k].is_word and (tokens[k].is_capitalized or tokens[k].lower in ("them", "the", "their", "us"))):
            return False
    return False


def _ends_a_result(tokens: list[Token], last: int) -> bool:
    """Whether a result's figures end at tokens[last]: the clause ends, or a word of `result_followers` comes."""
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    return nxt is None or (not nxt.is_word and nxt.text != "%") or nxt.lower in lexicon().result_followers


def _pair_at(tokens: list[Token], mentions: list[NumberMention], k: int) -> bool:
    """Whether mentions[k] and mentions[k + 1] are two figures joined by a hyphen and no more ("6-4")."""
    if k < 0 or k + 1 >= len(mentions) or hyphen_chain(tokens, mentions, k) != 2:
        return False
    return k == 0 or hyphen_chain(tokens, mentions, k - 1) == 1


def _listed_pairs(tokens: list[Token], mentions: list[NumberMention], n: int) -> list[int]:
    """The hyphen-joined pairs listed with the one at mentions[n] by commas ("7-5, 4-6, 6-1"): a list of set
    scores holds a pair whose second figure is the higher, which read alone would be a range."""

    def comma_between(k: int, j: int) -> bool:  # the pair at k, then a comma, then the pair at j
        last, first = mentions[k + 1].last, mentions[j].first
        return first == last + 2 and tokens[last + 1].text == ","

    pairs, k = [], n
    while _pair_at(tokens, mentions, k - 2) and comma_between(k - 2, k):
        k -= 2
        pairs.append(k)
    k = n
    while _pair_at(tokens, mentions, k + 2) and comma_between(k, k + 2):
        k += 2
        pairs.append(k)
    return pairs


def _life_years(tokens: list[Token], a: NumberMention, b: NumberMention) -> bool:
    """Whether two years a lifetime apart stand alone in brackets right after a name ("van Dyck (1599-1641)", "the
    Ming emperor Yongle (1360-1424)"): the years of a life or a reign, never a range of counts."""
    if a.first < 2 or b.last + 1 >= len(tokens) or tokens[a.first - 1].text != "(" or tokens[b.last + 1].text != ")":
        return False
    first, last = tokens[a.first].text, tokens[b.first].text
    if not all(len(t) == 4 and t.isdigit() and 1000 <= int(t) <= 2100 for t in (first, last)):
        return False
    return 0 < int(last) - int(first) <= 130 and tokens[a.first - 2].is_capitalized


def _year_like(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit() and 1800 <= int(token.text) <= 2100


# A quarter or half of a year written as a label before its year ("Q3 2025", "H1 2024", "2Q 2023").
_YEAR_PART = re.compile(r"q[1-4]|[1-4]q|h[12]|[12]h")

_DETERMINERS = frozenset(("the", "its", "their", "this", "that", "his", "her"))


def is_year(tokens: list[Token], m: NumberMention) -> bool:
    token = tokens[m.first]
    if not _year_like(token) or m.last != m.first or currency_before(tokens, m.first)[0]:
        return False
    nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    if nxt and nxt.lower == "s" and attached(token, nxt):
        return True
    unit = unit_after(tokens, m.last)
    if unit is not None and not unit.currency and is_measure_symbol(unit.key, unit.row):
        return False  # "2003 mm", "1999 km": a measure
    if nxt is None or not nxt.is_word or not nxt.text.islower() or nxt.lower in STOP:  # "1996 was", "2010 as"
        return True
    before = tokens[m.first - 1].lower if m.first else ""
    label = (
        tokens[m.first - 2].lower + before
        if m.first >= 2 and attached(tokens[m.first - 2], tokens[m.first - 1])
        else ""
    )
    if _YEAR_PART.fullmatch(label or before) or before in (w.lower() for w in lexicon().fiscal_words):
        return True  # "H1 2024 margins", "Q3 2025 sales", "fiscal 2024 sales": the year of a part of a year
    named = nxt.lower in event_words() or nxt.lower.removesuffix("s") in event_words()  # "earthquakes"
    if named and (before in _DETERMINERS or before.endswith(("'s", "’s")) or before == "s"):
        return True  # "the 1999 floods", "Turkey's 2023 earthquakes": an event named by its year
    if nxt.lower in lexicon().year_baselines:
        return True  # "above 2019 levels": the year compared with
    if nxt.lower in lexicon().year_records and before in lexicon().year_record_comparisons:
        return True  # "up 5-fold from 2014 numbers": the year compared with
    return not (nxt.lower.endswith("s") or nxt.lower == "people")  # "2000 homes"


def side_by_side(tokens: list[Token], mentions: list[NumberMention], n: int) -> bool:
    """Two figures in digits with only a space between ("6 3 strong"): neither can be read."""
    if n + 1 >= len(mentions):
        return False
    a, b = mentions[n], mentions[n + 1]
    return (
        b.first == a.last + 1
        and tokens[a.last].is_number
        and tokens[b.first].is_number
        and not attached(tokens[a.last], tokens[b.first])
    )
