"""The facts a figure is a figure of, as the lexicon's `facts:` read them: the words in the figure's own phrase
("killed", "injured", "a depth of", "the strongest … in") and its dimension, told apart where the fact says so
by the place stated for the figure or by whom it belongs to, and the part of the people it counts. Discovery
groups figures by them; a rule selects by them with `fact:`."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache

from claimcheck.checks.frames import (
    another_event,
    follows_a_place,
    other_event,
    per_claim,
    place_of_words,
    stems_of,
    without_elapsed,
)
from claimcheck.extract.figures import first_break, past_set_off_part, phrase_at
from claimcheck.extract.lexicon import (
    FactRow,
    alternatives,
    demonym_adjective_endings,
    irregular_past,
    lexicon,
    word_set,
)
from claimcheck.extract.phrases import CALENDAR, STOP, past_verb
from claimcheck.extract.quantities import ORDINAL
from claimcheck.extract.tokens import Token, tokenize
from claimcheck.extract.unit_table import CANONICAL
from claimcheck.extract.words import first_at, may_stand_in, stem, words_of
from claimcheck.models import QuantityClaim
from claimcheck.rules.terms import has_any_term, has_term

# The last word of the qualifier of a range written out with its two ends ("700 to 750", "between 20 and 30").
_WRITTEN_RANGES = ("range", "between", "or")


def is_vague(claim: QuantityClaim) -> bool:
    """A vague amount ("hundreds of", "tens of thousands"): no figure, only an order of magnitude. An explicit
    range ("700 to 750") is not vague; a hedged one ("some 600 to 700") is, for a rule (`vague: true` selects it),
    though `discover` groups it (`written_range`)."""
    return claim.value.point is None and claim.value.approx


def written_range(claim: QuantityClaim) -> bool:
    """Whether a figure is a range written out with its two ends, hedged or not ("some 600,000-700,000")."""
    return claim.value.point is None and (claim.qualifier or "").split(" … ")[-1] in _WRITTEN_RANGES


_DIMENSIONS = {unit: dimension for dimension, unit in CANONICAL.items()}


def dimension_of(claim: QuantityClaim) -> str:
    """What a figure measures: count, ratio, length, speed, …, magnitude, money or rate."""
    if claim.unit is None and claim.canonical is None:
        return "count"
    unit = claim.canonical.unit if claim.canonical else claim.unit or ""
    if unit in _DIMENSIONS:
        return _DIMENSIONS[unit]
    if unit in lexicon().currency_places and any(sign in claim.text for sign in _currency_signs()):
        return "money"  # "£2.4 million" where no place decides which pound: money, never a weight
    row = lexicon().units.get((claim.unit or "").lower())
    if row is not None and row.dimension:
        return row.dimension
    if "/" in unit:
        return "rate"
    if unit in lexicon().currency_places:  # a family no place decided ("$", "pesos") is money all the same
        return "money"
    return "money" if unit.isupper() and len(unit) == 3 else unit


@cache
def _currency_signs() -> tuple[str, ...]:
    """The signs written before a sum ("£", "$", "€"), not the letters of a code."""
    return tuple(sign for sign in lexicon().currency_prefixes if not any(ch.isalpha() for ch in sign))


# A figure, a word or two, and "vs." right before another figure ("$2.18 ex-items vs. 3 cents"): the second is set
# against the first, a figure of the same thing.
_SET_AGAINST = re.compile(r"[$€£¥₹]?\s*\d[\d.,]*\s*(?:[^\W\d_][\w-]*\s*){0,2}?\b(?:vs\.?|versus)\s*[$€£¥₹]?\s*$", re.I)


def _about(claim: QuantityClaim) -> str:
    """The words a figure's fact is read from (`_read_from`), without a compound that names what the figure
    outdoes ("inflation-busting 4.6%", "a record-beating 9.1 seconds": `outdone_compound_heads`): a fare rise, a time,
    not inflation or a record."""
    return _outdone_compound().sub(" ", _read_from(claim))


@cache
def _outdone_compound() -> re.Pattern[str]:
    heads = "|".join(map(re.escape, lexicon().outdone_compound_heads))
    return re.compile(rf"\b[\w'’]+-(?:{heads})\b", re.I)


def _read_from(claim: QuantityClaim) -> str:
    """The words a figure's fact is read from: its own phrase, or what it counts and what happened. The part
    of a partitive reads the whole's clause too: "12,000 of the town's 20,000 residents fled". A clause that
    opens with the whole the figure is picked from ("Out of the injured, 12 were sent home") is left out."""
    if claim.phrase and claim.phrase.rstrip().endswith(" of"):
        at = phrase_at(claim.sentence, claim.phrase)
        rest = re.split(r"[,;:]\s", claim.sentence[at + len(claim.phrase) :] if at >= 0 else "", maxsplit=1)[0]
        return claim.phrase + _without_relative(rest)
    at = claim.sentence.find(claim.text)
    if at > 0 and claim.sentence[:at].rstrip().endswith("("):  # "fined 250 million rupiah ($16,398)"
        before = claim.sentence[:at].rstrip()[:-1].rstrip()
        if claim.scope and before.endswith(claim.scope):  # "… damages were reported in Calabarzon (P369,287,759);
            before = claim.sentence[: claim.sentence.find(" (")]  # Bicol (…)": every item, the list's lead words
        return re.split(r"[,;:]\s", before)[-1]  # the figure it converts, its words
    set_against = _SET_AGAINST.search(claim.sentence[:at]) if at > 0 else None
    if set_against:  # "Earnings: $2.18 vs. 3 cents per share": what the figure it is set against is
        return f"{claim.sentence[: set_against.start()]} {claim.phrase or claim.text}"
    if claim.phrase:
        phrase = _after_kicker(claim, claim.phrase)
        phrase = _whole_opening().sub("", _with_counted(claim, _level_after_change(claim, phrase)), count=1)
        phrase = _with_verb_after_ages(claim, _with_shared_verb(claim, phrase))
        phrase = _own_place_clause(claim, _with_verb_after_relative(claim, _with_gapped_verb(claim, phrase)))
        phrase = _with_participle_before_a_measure(claim, phrase)
        return _before_anothers_verb(claim, _with_elided_participle(_own_subordinate(claim, phrase), claim.predicate))
    return f"{claim.counted or ''} {claim.predicate or ''}"


# What follows a figure that says only where, up to its place's name ("and five in the northern suburbs of Lyon").
_ONLY_WHERE = re.compile(r"\s+(?:in|at|across|from|on|near|outside|inside)\s+(?:[\w'’-]+\s+){0,4}", re.I)
_CLAUSE_END = re.compile(r"[,;:]\s|\.\s*$")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def _has_a_verb(text: str) -> bool:
    """Whether words after a figure's place hold a verb of its own ("in Herat lost their homes", "in Lyon departed
    late"), not only more of where or when ("in the Beacon Hill suburb in the south end", "in Ohio last week")."""
    return any(past_verb(token) or token.lower in lexicon().auxiliaries for token in tokenize(text))


def _with_gapped_verb(claim: QuantityClaim, phrase: str) -> str:
    """A figure with no noun nor verb of its own, only where, after "and" and another figure's clause ("12 died
    in the town and five in the villages", "killed 40 people in the capital and 12 in the north"): that clause's
    verb, said once, is its too, where it names its place (a part by place is compared only with that place's
    counts). One with a verb of its own after its place ("and 300 in Herat lost their homes") is not."""
    at = phrase_at(claim.sentence, phrase)
    own_noun = claim.counted is not None and claim.counted in phrase  # not one taken from the figure before
    if own_noun or not claim.scope or at < 0 or not phrase.startswith(claim.text):
        return phrase
    rest = _CLAUSE_END.split(phrase[len(claim.text) :], maxsplit=1)[0]
    place = rest.find(claim.scope)
    if place < 0 or not _ONLY_WHERE.fullmatch(rest[:place]) or _has_a_verb(rest[place + len(claim.scope) :]):
        return phrase
    before = re.split(r"[,;:]\s", claim.sentence[:at])[-1]
    lead = re.fullmatch(r"(.*\S)\s+and\s+", before, re.S)
    if lead is None or not (re.search(r"\d", lead.group(1)) or _amounts() & set(words_of(lead.group(1)))):
        return phrase
    # "four at the Dalen airport and three at a hotel in Dalen" are not split by place ("40 in West Virginia and 12
    # in Virginia" are)
    if claim.scope in _CAPITALISED_RUN.findall(lead.group(1)):
        return phrase
    return f"{before}{phrase}"


# A conjunction that opens a clause of its own with a pronoun as its subject ("after it was hacked", "because
# they had"): what the sentence tells before it is another deed than the one of a figure inside that clause.
_SUBORDINATE = re.compile(r"\b(?:after|before|because|since|until|when|while)\s+(?:it|they|he|she|we)\b", re.I)


def _own_subordinate(claim: QuantityClaim, phrase: str) -> str:
    """A figure's phrase from the last subordinate clause with a pronoun subject that opens in it: "to pay back
    customers after it was hacked and lost coins worth some $530 million" is read from "it was hacked and lost
    coins worth some $530 million", never from the paying back."""
    at = phrase.find(claim.text)
    opened = [match for match in _SUBORDINATE.finditer(phrase) if 0 <= match.start() < at]
    return phrase[opened[-1].start() :] if opened else phrase


def _after_kicker(claim: QuantityClaim, phrase: str) -> str:
    """A figure's phrase without the words before a colon, where the figure has its own words after it ("Essex
    lorry deaths: Three bailed", "Storm Ciaran: 12 flights cancelled"): those name the story, not what it counts.
    A figure alone after one ("Death toll: 39") is read from them, and so is one in a body's sentence ("Evacuated:
    3,000 residents"): a kicker heads a headline."""
    if " ".join(claim.sentence.split()) != " ".join((claim.doc.title or "").split()):
        return phrase
    at = phrase.find(claim.text)
    colon = phrase.rfind(": ", 0, max(at, 0))
    return phrase[colon + 2 :] if colon >= 0 and claim.counted else phrase


def _level_after_change(claim: QuantityClaim, phrase: str) -> str:
    """A figure's phrase that opens with "to" right after the figure of a change ("raised its key rate by 50
    basis points to 4.75%", "rose 0.3 percentage points to 4.2%"), or with what a thing is worth ("seized 2.5
    tonnes of cocaine worth $100 million"): taken back to its clause's start, whose words say what the level or
    the value is of."""
    at = phrase_at(claim.sentence, phrase)
    if at <= 0:
        return phrase
    clause = re.split(r"[,;:]\s", claim.sentence[:at])[-1]
    if _value_opening().match(phrase):  # "2.5 tonnes of cocaine | worth $100 million": the value of what was seized
        return clause + phrase
    if not _opens_with_to(phrase, claim.text):
        return phrase
    last = clause.split()[-CHANGE_WORDS:]
    return clause + phrase if "by" in last or any(re.search(r"\d", word) for word in last) else phrase


_TO_BEFORE = re.compile(r"to\s+", re.I)


def _opens_with_to(phrase: str, figure: str) -> bool:
    """Whether `phrase` opens with "to" and then the figure's text (any case): "to 4.75%". Where both are ASCII the
    text is compared as it is, lowered; otherwise it is matched as a pattern is, with Unicode's case folding."""
    to = _TO_BEFORE.match(phrase)
    if to is None:
        return False
    rest = phrase[to.end() : to.end() + len(figure)]
    if figure[:1].strip() and figure.isascii() and rest.isascii():
        return rest.lower() == figure.lower()
    return re.match(rf"to\s+{re.escape(figure)}", phrase, re.I) is not None


@lru_cache(maxsize=4096)
def _word_pattern(word: str) -> re.Pattern[str]:
    """`word` as a whole word (a pattern made once per word, not once per figure)."""
    return re.compile(rf"\b{re.escape(word)}\b")


@lru_cache(maxsize=4096)
def _word_at_end(word: str) -> re.Pattern[str]:
    """`word` as the last word of a text, with nothing but punctuation after it."""
    return re.compile(rf"\b{re.escape(word)}\W*$")


@cache
def _value_opening() -> re.Pattern[str]:
    """The words that open the phrase of what a thing named before them is worth (`value_openers`)."""
    return re.compile(r"(?:" + "|".join(map(re.escape, lexicon().value_openers)) + r")\s", re.I)


# Words before a level's "to" that the figure of a change stands in ("by a quarter of a point").
CHANGE_WORDS = 6


def _before_anothers_verb(claim: QuantityClaim, phrase: str) -> str:
    """A count of two or more read up to a verb after it that agrees with one subject only (`singular_auxiliaries`):
    in "The captain of a liner that ran aground with some 4,000 passengers on board has been detained" the captain
    was detained, not the passengers. A count a group is made of ("a crew of 12 was arrested") keeps its verb, and so
    does a count told by an ordinal, whose noun is one person ("a fifth person has died")."""
    at = phrase.find(claim.text)
    low = claim.value.low if claim.value.low is not None else claim.value.point
    if at < 0 or low is None or low < 2 or dimension_of(claim) != "count" or claim.qualifier == ORDINAL:
        return phrase
    start = claim.sentence.find(claim.text)
    if list(words_of(claim.sentence[: max(start, 0)]))[-1:] == ["of"]:
        return phrase
    verbs = "|".join(map(re.escape, lexicon().singular_auxiliaries))
    after = phrase[at + len(claim.text) :]
    found = re.search(rf"(?<![\w'])(?:{verbs})(?![\w'])", after, re.I)
    if found is None or _RELATIVE_WORD.search(after[: found.start()]):  # "aboard the ship, which is now towed, were"
        return phrase
    return phrase[: at + len(claim.text) + found.start()]


_RELATIVE_WORD = re.compile(r"\b(?:which|who|whom|whose|that|where|when)\b", re.I)


def _own_place_clause(claim: QuantityClaim, phrase: str) -> str:
    """A figure's phrase from the relative adverb that opens its own clause ("made their escape from the prison,
    where 620 people were held"): what the clause before it tells belongs to others than those counted."""
    at = phrase.find(claim.text)
    adverbs = "|".join(map(re.escape, lexicon().relative_adverbs))
    opened = [m.start(1) for m in re.finditer(rf",\s*({adverbs})\s", phrase[: max(at, 0)], re.I)]
    return phrase[opened[-1] :] if opened else phrase


def _with_verb_after_relative(claim: QuantityClaim, phrase: str) -> str:
    """A figure's phrase that ends on a relative clause set off by a comma, taken on to the verb group after it
    ("three inmates who escaped on Wednesday, have been killed"): what befell those counted, which the relative
    clause alone does not say."""
    at = phrase_at(claim.sentence, phrase)
    own = phrase[phrase.find(claim.text) :]
    participle = bool(claim.predicate) and own.rstrip().endswith(claim.predicate or "")
    if at < 0 or not (participle or re.search(r"\s(?:who|that|which)\s", own, re.I)):
        return phrase
    auxiliaries = "|".join(map(re.escape, lexicon().auxiliaries))
    rest = claim.sentence[at + len(phrase) :]
    # the verb group right after the comma, or after the place the clause ends on ("abducted from Kuriga, Kaduna
    # State have been released")
    verb = re.match(
        rf",\s*(?:[A-Z][\w-]*(?:\s+[\w-]+){{0,{APPOSITION_WORDS - 1}}}?\s+)?((?:{auxiliaries})\b[^,;:]*)", rest
    )
    return f"{phrase} {_JOINED_VERB.split(verb.group(1), maxsplit=1)[0]}" if verb else phrase


def _with_verb_after_ages(claim: QuantityClaim, phrase: str) -> str:
    """A figure's phrase that ends on what it counts, or inside the ages that follow it (`_age_aside`), taken on
    past those ages to the verb after them ("23 children, aged four to 12, died", "23 children between the ages of
    5 and 12 had died"): what befell them, which their ages do not say."""
    at = phrase_at(claim.sentence, phrase)
    counted = claim.counted or ""
    start = claim.sentence.find(claim.text, max(at, 0))
    end = claim.sentence.find(counted, start + len(claim.text)) if counted and start >= 0 else -1
    if at < 0 or end < 0 or end > at + len(phrase):
        return phrase
    end += len(counted)
    rest = claim.sentence[end:]
    aside = _age_aside().match(rest)
    if not aside or len(claim.sentence[end : at + len(phrase)].strip()) > aside.end():
        return phrase
    verb = re.split(r"[,;:]", rest[aside.end() :], maxsplit=1)[0]
    return f"{claim.sentence[at:end]} {_JOINED_VERB.split(verb, maxsplit=1)[0].strip()}"


def _with_shared_verb(claim: QuantityClaim, phrase: str) -> str:
    """A figure's phrase that is its clause's subject and ends on what it counts, before "and" and another
    subject that share one verb ("Three miners and a rescuer were killed", "two hostages and the gunman died"),
    or before a comma and another subject with no amount that share a headline's last word ("Two hostages, lone
    gunman dead"): taken on to that verb group, what befell them all."""
    at = phrase_at(claim.sentence, phrase)
    counted = claim.counted or ""
    if at < 0 or not counted or not phrase.rstrip().endswith(counted) or not _opens_its_clause(claim, phrase):
        return phrase
    rest = claim.sentence[at + len(phrase) :]
    auxiliaries = "|".join(map(re.escape, lexicon().auxiliaries))
    verb = re.match(
        rf"\s+and\s+(?:[^\W\d_][\w'-]*\s+){{1,{COORDINATE_WORDS}}}?"
        rf"((?:(?:{auxiliaries})\s+[^\W\d_]+|[^\W\d_]+ed)\b[^,;:]*)",
        rest,
    )
    if verb:
        return f"{phrase} {_JOINED_VERB.split(verb.group(1), maxsplit=1)[0]}"
    listed = re.fullmatch(rf",\s+((?:[^\W\d_][\w'-]*\s+){{1,{COORDINATE_WORDS}}})([^\W\d_]+)\W*", rest)
    if listed and not _amounts().intersection(words_of(listed.group(1))):
        return f"{phrase} {listed.group(2)}"
    return phrase


@cache
def _amounts() -> frozenset[str]:
    """Words that give an amount of their own: numbers, vague amounts ("dozens"), quantifiers ("many")."""
    lex = lexicon()
    vague = [word for phrase in lex.vague_amounts for word in phrase.split()]
    return frozenset([*lex.number_words, *lex.quantifier_pronouns, *vague])


def _opens_its_clause(claim: QuantityClaim, phrase: str) -> bool:
    """Whether a figure's phrase stands first in its clause, with no verb before it: its subject. A word that opens
    a clause of its own (`clause_openers`) opens its clause too ("the hospital where 24 children and the cook were
    being treated")."""
    at = phrase_at(claim.sentence, phrase)
    figure = claim.sentence.find(claim.text, max(at, 0))
    ahead = claim.sentence[: max(figure, 0)]
    ahead = ahead[max(ahead.rfind(mark) for mark in ",;:") + 1 :]
    words = words_of(ahead)
    openers = lexicon().dates.clause_openers
    ahead = " ".join(words[max((k + 1 for k, word in enumerate(words) if word in openers), default=0) :])
    return figure >= 0 and all(
        word in lexicon().total_markers or word in ("the", "a", "an") for word in words_of(ahead)
    )


# Words of the other subject a figure's noun is joined to by "and" before the verb they share ("and a lone
# gunman died").
COORDINATE_WORDS = 3


# Words of a place set off by a comma between a clause about those counted and the verb of what befell them.
APPOSITION_WORDS = 5


_JOINED_VERB = re.compile(r"\s(?:and|but|while|whereas)\s", re.I)


def _with_counted(claim: QuantityClaim, phrase: str) -> str:
    """A figure's phrase taken on to the end of what it counts, where the phrase stops short of it ("Three
    masked | robbers stole 14 paintings": the phrase ends halfway to the next figure), or back to it, where what
    it counts is its verb's subject, in the same clause, ahead of another figure's phrase ("The death toll in the
    collapse of the five-storey mill at | Karvon rose to 112")."""
    counted = claim.counted or ""
    if not counted or counted in phrase:
        return phrase
    at = phrase_at(claim.sentence, phrase)
    if at < 0:
        return phrase
    end = claim.sentence.find(counted, at)
    if at <= end <= at + len(phrase) + 1:
        return claim.sentence[at : end + len(counted)]
    before = [m.start() for m in _word_pattern(counted).finditer(claim.sentence[:at])]
    if not before or _CLAUSE_BREAK.search(claim.sentence[before[-1] + len(counted) : at]):
        return phrase
    return claim.sentence[before[-1] : at + len(phrase)]


# A participle and the measure after it, up to the measure's figure ("trapped nearly 1,000 feet below ground").
_PARTICIPLE_THEN_MEASURE = r"\s+{verb}\s+(?:[^\W\d][\w'’-]*\s+){{0,2}}\d"


def _with_participle_before_a_measure(claim: QuantityClaim, phrase: str) -> str:
    """A count's phrase that ends on its noun, before the participle whose measure is the next figure ("34
    workers trapped nearly 1,000 feet below ground", "nine climbers stranded 2,000 metres up"): the participle
    tells what befell those counted, though the measure's phrase holds it, unless the phrase's own verb already
    does ("freed 12 of the workers trapped 300 metres below ground" are the freed)."""
    verb = (claim.predicate or "").split(" ", 1)[0]  # "trapped nearly": the measure's hedge is not the verb's
    if not verb or verb in phrase or not claim.counted or not phrase.endswith(claim.counted):
        return phrase
    at = phrase_at(claim.sentence, phrase)
    rest = claim.sentence[at + len(phrase) :] if at >= 0 else ""
    if not re.match(_PARTICIPLE_THEN_MEASURE.format(verb=re.escape(verb)), rest) or _befallen(claim, phrase):
        return phrase
    return f"{phrase} {verb}"


def _befallen(claim: QuantityClaim, phrase: str) -> bool:
    """Whether a count's phrase already tells what befell those counted, by a verb of its own ("freed 12 of the
    workers", "killed 5 people"): a participle after it is only what they were before."""
    rows = lexicon().facts
    return any(rows[name].befalls and _matches(name, rows[name], claim, phrase) for name in _facts_named_in(phrase))


def _with_elided_participle(phrase: str, predicate: str | None) -> str:
    """A part's phrase that ends on how badly, with the participle its sentence gives once before it
    ("including 41 seriously" of "205 were injured, including 41 seriously"): what befell them."""
    words = (predicate or "").split()
    if predicate is None or len(words) != 2 or predicate in phrase:
        return phrase
    cut = _word_at_end(words[0]).search(phrase)
    return phrase[: cut.start()] + predicate if cut else phrase


@cache
def _lasting_pattern() -> re.Pattern[str]:
    lasting = "|".join(re.escape(w) for w in sorted(lexicon().lasting_words, key=len, reverse=True))
    return re.compile(rf"\b(?:{lasting})\s+(?:(?:about|around|nearly|almost|more than|over|some|at least)\s+)?$", re.I)


def _elapsed(claim: QuantityClaim) -> bool:
    """Whether a span is time gone by between two moments ("two days after the heist", "three weeks ago"); one
    after "for" is how long something went on ("deliberated for 14 hours before reaching a verdict")."""
    if _span_clause(claim):
        return False
    at = claim.sentence.find(claim.text)
    after = words_of(claim.sentence[at + len(claim.text) :])[:1] if at >= 0 else ()
    return bool(after) and after[0] in lexicon().elapsed_words


@cache
def _span_amount_pattern() -> re.Pattern[str]:
    """A possessive ending, or none, and a word of `span_amount_words` right after a span ("' worth", "'s worth"); or
    a possessive ending or "of", and a word of `span_pay_words` ("' pay", "of lost pay")."""
    lex = lexicon()
    pay = alternatives(lex.span_pay_words)
    kinds = alternatives(lex.span_pay_kinds)
    return re.compile(
        rf"(?:['’]s?)?\s+(?:{alternatives(lex.span_amount_words)})\b"
        rf"|(?:['’]s?\s+|\s+of\s+)(?:(?:{kinds})\s+)?(?:{pay})\b",
        re.I,
    )


def _span_s_worth(claim: QuantityClaim) -> bool:
    """Whether a span is the measure of an amount, the words after it making it as much as that time brings ("two
    years' worth of rain", "a week's worth of food", "six months worth of supplies"), or the pay that much time earns
    ("lost six days of pay during the strike", "three days' wages"), not how long anything took."""
    at = claim.sentence.find(claim.text)
    return at >= 0 and _span_amount_pattern().match(claim.sentence, at + len(claim.text)) is not None


def _span_clause(claim: QuantityClaim) -> str:
    """The words of a span's clause up to it, for a span of time after "for" or a verb of lasting (`lasting_words`:
    "were trapped in the tunnel for 17 days", "the siege lasted 36 hours"): what lasted that long is told before it,
    or in an of-phrase with no article after it ("opted for six days of national mourning"; "shelled for 40 days of
    the siege" is a part of the siege)."""
    at = claim.sentence.find(claim.text)
    if at < 0 or not _lasting_pattern().search(claim.sentence[:at]):
        return ""
    of_phrase = re.match(
        r"\s+of\s+(?!(?:the|a|an|its|their|his|her|this|that)\b)[^,;:.]*", claim.sentence[at + len(claim.text) :], re.I
    )
    return re.split(r"[,;:]\s", claim.sentence[:at])[-1] + claim.text + (of_phrase.group(0) if of_phrase else "")


def _without_relative(whole: str) -> str:
    """The words of a whole's clause without the relative clause that says what befell the whole ("the 10
    inmates who escaped from the jail have been recaptured": the part was recaptured)."""
    found = re.search(r"\s(?:who|that|which)\s", whole, re.I)
    if not found:
        return whole
    relative = _RELATIVE.match(whole[found.start() :])
    return whole[: found.start()] + whole[found.start() + len(relative.group(1)) :] if relative else whole


@cache
def _whole_opening() -> re.Pattern[str]:
    """An opening clause naming the whole a figure is picked from, with no figure of its own."""
    openers = "|".join(map(re.escape, lexicon().whole_openers))
    return re.compile(rf"^\s*(?:{openers})\s+(?:the|those)\s+[^,\d]+,", re.I)


def _affirmed(text: str, term: str) -> bool:
    """Whether `term` stands in `text` with no negation just before it: "40 bodies had no visible injury
    marks" does not say anyone was injured, nor "non-fatal" that anyone died."""
    haystack, needle = words_of(text), words_of(term)
    if not needle or not _present(text).issuperset(needle):  # most terms fail here, before any window is read
        return False
    denials, reach, n = _negations(), lexicon().negation_reach, len(needle)
    return any(
        (haystack[k : k + n] == needle or _split_by_place(haystack, k, needle))
        and not denials.intersection(haystack[max(0, k - reach) : k])
        and haystack[k - 1 : k] != ("non",)  # "non-fatal": the prefix denies its own word only
        for k in range(len(haystack) - n + 1)
    )


# Words a place may take between a fact's phrase and its last word ("brought out of the old mine shaft alive").
PLACE_SPLIT_WORDS = 5


def _split_by_place(haystack: tuple[str, ...], k: int, needle: tuple[str, ...]) -> bool:
    """Whether a fact's phrase stands at `k` split by a place before its last word (`after_place_words`:
    "brought out of the mine alive" is "brought out alive")."""
    lex = lexicon()
    n = len(needle)
    if n < 2 or needle[-1] not in lex.after_place_words or haystack[k : k + n - 1] != needle[:-1]:
        return False
    rest = haystack[k + n - 1 : k + n + PLACE_SPLIT_WORDS]
    return bool(rest) and rest[0] in lex.place_prepositions and needle[-1] in rest[1:]


def _facts_named_in(text: str) -> set[str]:
    """The facts the first word of one of whose words is in `text`: only those can match it."""
    by_word = _facts_by_first_word()
    return {fact for word in _present(text) for fact in by_word.get(word, ())}


@cache
def _facts_by_dimension() -> dict[str, list[tuple[str, FactRow]]]:
    """The facts of the lexicon (name and row, in the lexicon's order) under the dimension of their figures."""
    by_dimension: dict[str, list[tuple[str, FactRow]]] = {}
    for name, row in lexicon().facts.items():
        by_dimension.setdefault(row.dimension, []).append((name, row))
    return by_dimension


def _facts_to_read(dimension: str, candidates: set[str]) -> list[tuple[str, FactRow]]:
    """The facts of `dimension` a figure's words may match, in the lexicon's order: those among `candidates` and
    those read beside the figure."""
    rows = lexicon().facts
    named = [name for name in candidates if rows[name].dimension == dimension]
    beside = _beside_facts().get(dimension, [])
    if not named:
        return [(name, rows[name]) for name in beside]
    order = _fact_order()
    return [(name, rows[name]) for name in sorted({*named, *beside}, key=order.__getitem__)]


@cache
def _beside_facts() -> dict[str, list[str]]:
    """The facts read beside a figure (`beside`), in the lexicon's order, under their dimension."""
    return {dimension: [name for name, row in rows if row.beside] for dimension, rows in _facts_by_dimension().items()}


@cache
def _fact_order() -> dict[str, int]:
    """Each fact's place in the lexicon."""
    return {name: number for number, name in enumerate(lexicon().facts)}


@cache
def _facts_by_first_word() -> dict[str, list[str]]:
    """The facts of the lexicon under the first word of each of their words."""
    by_word: dict[str, list[str]] = {}
    for fact in lexicon().facts:
        for word in _first_words_of_fact(fact):
            by_word.setdefault(word, []).append(fact)
    return by_word


@lru_cache(maxsize=256)
def _first_words_of_fact(fact: str) -> frozenset[str]:
    """The first word of each of a fact's words: a text with none of them names the fact nowhere."""
    return frozenset(needle[0] for needle in map(words_of, lexicon().fact_words(fact)) if needle)


@lru_cache(maxsize=4096)
def _present(text: str) -> frozenset[str]:
    """The words of `text` (as `words_of` gives them), as a set."""
    return frozenset(words_of(text))


@cache
def _negations() -> frozenset[str]:
    return frozenset(stem(word) for word in lexicon().negations)


@cache
def _people_stems() -> frozenset[str]:
    """The nouns that name people by what they are: generic heads, subgroups, the population's words and trades
    or offices (`person_titles`: nurses, farmers, officers)."""
    lex = lexicon()
    trades = [w for w in lex.person_titles if " " not in w]
    return frozenset(
        stem(w) for w in [*lex.generic_heads, *lex.subgroups, *lex.concepts.get("population", []), *trades]
    )


@cache
def _event_word_stems() -> frozenset[str]:
    """Every word of the lexicon's event concepts ("earthquake", "fire"), as `stem` gives it."""
    phrases = lexicon().event_concepts.values()
    return frozenset(stem(word) for table in phrases for phrase in table for word in phrase.split())


def _matches(fact: str, row: FactRow, claim: QuantityClaim, text: str) -> bool:
    words = lexicon().fact_words(fact)
    if row.beside:
        text = _beside(claim)
    if _first_words_of_fact(fact).isdisjoint(_present(text)):
        return False
    if row.before and not _joined_count_noun(claim) and not _after_a_word_before(row, claim):
        return False
    if not _stated_in(claim, text, fact):
        closed = _closed_over_the_count(claim, text)  # "pulled 17 people alive": read only when nothing else matched
        if not _stated_any(claim, closed, _fact_terms(fact), lambda word: " " in word):
            return False
    if row.with_ and not has_any_term(text, tuple(row.with_)):
        return False
    if row.with_ and not claim.counted and _object_of_its_verb(text, row, claim.text):
        return False  # "15 were taken to local hospitals": the hospitals are where the 15 went, not what it counts
    if row.without and _affirmed_any(text, _terms_of(tuple(row.without))):  # "non-fatal injuries" are injuries
        return False
    if row.dimension != "count":
        return True
    if row.befalls:
        return _befell(fact, claim, text)
    if row.things:
        return _done_to_things(claim, text, words)
    return _counts_what_the_fact_counts(claim, words)


def _figure_or_text_at(claim: QuantityClaim) -> int:
    """Where a figure stands in its sentence, found from its own phrase or else from its text ("from around 16
    countries": its phrase is "16 countries"); -1 when neither is found."""
    at = _figure_at(claim)
    return at if at >= 0 else claim.sentence.find(claim.text)


def _words_before_figure(claim: QuantityClaim) -> list[str]:
    """The words before a figure in its sentence (`_figure_or_text_at`)."""
    at = _figure_or_text_at(claim)
    return list(words_of(claim.sentence[:at])) if at > 0 else []


def _after_a_word_before(row: FactRow, claim: QuantityClaim) -> bool:
    """Whether one of a fact's `before` words stands right before the figure, not opening its clause ("With 20 rooms
    still closed, …"), with what that word asks of the count (`before_nouns`: "of" only before "nationalities";
    `before_people`: "from" only after a noun of people, "prisoners from 16 countries", never "drawn from 12
    nations"; `before_clause_end`: after "has" the count's noun ends its clause, "the hotel has 80 rooms.", never
    "had 12 rooms flooded")."""
    before = _words_before_figure(claim)
    word = before[-1].lower() if before else ""
    if word not in row.before:
        return False
    at = _figure_or_text_at(claim)
    opening = claim.sentence[:at].rstrip()
    if _OPENS_A_SENTENCE_OR_CLAUSE.search(opening[: len(opening) - len(before[-1])]):
        return False  # "With 20 rooms still closed, the hotel reopened"
    named = (claim.counted or claim.text).split()
    noun = named[-1].lower() if named else ""
    if word in row.before_nouns and noun not in row.before_nouns[word]:
        return False
    if word in row.before_people and not (len(before) > 1 and _people_noun(before[-2])):
        return False
    if word in row.before_clause_end:
        end = claim.sentence.lower().find(noun, at) if noun else -1
        rest = claim.sentence[end + len(noun) :] if end >= 0 else ""
        return end >= 0 and re.match(r"\s*(?:[,;.!?]|and\b|$)", rest, re.I) is not None
    return True


# What may stand before a word that opens its sentence or clause: nothing, a semicolon or a colon, "and" or "but"
# (a comma may set off what follows a noun: "The palace, with 700 rooms, …").
_OPENS_A_SENTENCE_OR_CLAUSE = re.compile(r"(?:^\s*|[;:]\s*|\s(?:and|but)\s*)$", re.I)


@cache
def _people_nouns() -> frozenset[str]:
    """Nouns of people, as `stem` gives them: those a count of one names (`single_person_nouns`), the parts of the
    people a story counts (`subgroups`), people at large (`generic_heads`) and those counted by where they come
    from (`origin_people`)."""
    lex = lexicon()
    return frozenset(
        stem(word) for word in [*lex.single_person_nouns, *lex.subgroups, *lex.generic_heads, *lex.origin_people]
    )


def _people_noun(word: str) -> bool:
    return stem(word.lower()) in _people_nouns()


def _stated_in(claim: QuantityClaim, text: str, fact: str) -> bool:
    """Whether one of a fact's words is `_stated` in `text`; a word it names only of what did it ("sludge
    escaped", `subject_fact_words`) is read before the verb, in the words after the figure."""
    terms = _fact_terms(fact)
    after = lexicon().subject_fact_words.get(fact)
    if not after:
        return _stated_any(claim, text, terms)
    return _stated_any(claim, text, terms, lambda word: word not in after) or _stated_any(
        claim, _after_figure(claim, text), terms, lambda word: word in after
    )


# A fact's words (`fact_words`), each with its words as `words_of` gives them, under the first of those.
_Terms = dict[str, list[tuple[str, tuple[str, ...]]]]


def _stated_any(claim: QuantityClaim, text: str, terms: _Terms, keep: Callable[[str], bool] | None = None) -> bool:
    """Whether one of `terms` (those `keep` keeps) is `_stated` in `text`. A term some of whose words the text lacks
    is not stated, and is not read."""
    present = _present(_without_idioms(text))
    return any(
        (keep is None or keep(word)) and present.issuperset(needle) and _stated(claim, text, word)
        for word, needle in _terms_in(present, terms)
    )


def _affirmed_any(text: str, terms: _Terms) -> bool:
    """Whether one of `terms` is `_affirmed` in `text`, read as `_stated_any` reads them."""
    present = _present(text)
    return any(present.issuperset(needle) and _affirmed(text, word) for word, needle in _terms_in(present, terms))


def _terms_in(present: frozenset[str], terms: _Terms) -> Iterator[tuple[str, tuple[str, ...]]]:
    """The terms whose first word is among the words `present`."""
    if len(present) < len(terms):
        return (term for word in present for term in terms.get(word, ()))
    return (term for word, each in terms.items() if word in present for term in each)


@lru_cache(maxsize=256)
def _fact_terms(fact: str) -> _Terms:
    """A fact's words as `_stated_any` reads them; a word with no words of its own is never stated."""
    return _terms_of(tuple(lexicon().fact_words(fact)))


@lru_cache(maxsize=256)
def _terms_of(words: tuple[str, ...]) -> _Terms:
    """`words` as `_stated_any` and `_affirmed_any` read them; a word with no words of its own is never stated."""
    terms: _Terms = {}
    for word in words:
        needle = words_of(word)
        if needle:
            terms.setdefault(needle[0], []).append((word, needle))
    return terms


def _after_figure(claim: QuantityClaim, text: str) -> str:
    """The words of `text` after the figure."""
    at = text.find(claim.text)
    return text[at + len(claim.text) :] if at >= 0 else text


def _object_of_its_verb(text: str, row: FactRow, figure: str) -> bool:
    """Whether a word of a fact counted with a verb of its own stands a few words after that verb and its
    preposition, after the figure ("15 were taken to local hospitals", "treated at the city's hospitals"): where
    the people went, so not what a figure with no noun of its own counts. A figure after them restates them
    ("taken to hospitals across the state, 11 in all")."""
    pattern = _object_pattern(tuple(row.with_), tuple(row.words))
    found = pattern.search(text) if pattern else None
    return found is not None and text.rfind(figure) < found.start()  # the figure, not "Route 11" before it


_PLACE_PREPOSITIONS = frozenset({"to", "at", "in", "into", "across"})


@lru_cache(maxsize=64)
def _object_pattern(verbs: tuple[str, ...], nouns: tuple[str, ...]) -> re.Pattern[str] | None:
    placing = [verb for verb in verbs if verb.split()[-1] in _PLACE_PREPOSITIONS]
    if not placing:
        return None
    either = "|".join(re.escape(verb) for verb in sorted(placing, key=len, reverse=True))
    # a noun in the singular too ("taken to hospital")
    objects = "|".join(re.escape(noun.removesuffix("s")) + "s?" for noun in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"\b(?:{either})\s+(?:[\w’'-]+\s+){{0,2}}(?:{objects})\b", re.I)


def _stated(claim: QuantityClaim, text: str, word: str) -> bool:
    """Whether a fact's word stands in `text` with no negation before it, nor in a phrasal use that names no
    fact (`fact_word_idioms`: "carrying out an autopsy", "a fire broke out"), and one ending in "of" not only
    before a name ("the city of Kyiv"). A place "of" its people ("a town of 8,000") names them only right before
    the figure (`follows_a_place`): "five in neighbourhoods of the city" are not who live there."""
    if word in place_of_words():
        return False
    return _affirmed(_without_idioms(text), word) and (not word.endswith(" of") or not _before_a_name(claim, word))


@lru_cache(maxsize=4096)
def _without_idioms(text: str) -> str:
    """`text` with the fact words of its phrasal uses that name no fact (`fact_word_idioms`) blanked out."""
    for pattern in _idiom_patterns():
        text = pattern.sub(lambda m: m.group(1) + "~" * len(m.group(2)), text)
    return text


@cache
def _idiom_patterns() -> list[re.Pattern[str]]:
    """One pattern per idiom of the lexicon: group 1 what comes before the fact word, group 2 the word."""
    lex = lexicon()
    patterns = []
    for row in lex.fact_word_idioms:
        words = "|".join(map(re.escape, sorted(row.words, key=len, reverse=True)))
        if row.after:
            after = "|".join(map(re.escape, row.after))
            patterns.append(re.compile(rf"()\b({words})(?=\s+(?:{after})\b)", re.I))
        if row.subjects:
            subjects = "|".join(map(re.escape, row.subjects))
            # no figure between: "during the riot 40 inmates broke out" tells who escaped
            gap = rf"(?:\s+[^\W\d][\w'’-]*){{0,{lex.idiom_reach - 1}}}"
            patterns.append(re.compile(rf"(\b(?:{subjects}){gap}\s+)({words})\b", re.I))
    return patterns


def _closed_over_the_count(claim: QuantityClaim, text: str) -> str:
    """`text` without a figure and what it counts, where they stand between a verb and the word that ends it
    ("pulled 17 people alive", "dug 12 miners out alive", "left 40,000 homes without power"): the verb and that
    word read as one phrase."""
    at = text.find(claim.text)
    if at < 0 or words_of(text[:at])[-1:] in [(word,) for word in lexicon().locating_verbs]:
        return text  # "rescuers found some 50 people alive at the back": a group located, not those rescued
    end = at + len(claim.text)
    counted = claim.counted or ""
    rest = text[end:]
    if counted and rest.lstrip().startswith(counted):
        end += len(rest) - len(rest.lstrip()) + len(counted)
    return f"{text[:at]} {text[end:]}"


def _done_to_things(claim: QuantityClaim, text: str, words: list[str]) -> bool:
    """Whether a count of things is what a `things` fact was done to: a noun of things, not of people, with the
    fact's words right by it ("made off with nine pieces", "the eight stolen pieces")."""
    counted = (claim.counted or "").split()
    if counted and _names_people(claim.counted or ""):
        return False
    near = " ".join([_near(claim, text), *counted[:-1]])
    return any(_affirmed(near, word) for word in words)


def _before_a_name(claim: QuantityClaim, word: str) -> bool:
    """Whether a fact's word that ends in "of" stands only before a name ("the island of Rhodes", "the city of
    Kyiv"), never before a figure or a common noun ("a town of 8,000", "at the time of the blast")."""
    found = [m.end() for m in re.finditer(rf"\b{re.escape(word)}\s+", claim.sentence, re.I)]
    return bool(found) and all(claim.sentence[at : at + 1].isupper() for at in found)


# Words before a figure, and after it up to a clause break, that say what the figure itself is of.
BESIDE_BEFORE = 3
BESIDE_AFTER = 4
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:followed|and|while|which|that|who)\b", re.I)


def _joined_count_noun(claim: QuantityClaim) -> str:
    """What a count written joined to its noun counts ("a 12-storey block", "the three-decked ferry": storeys,
    decks), read as its own word: the noun is in the figure's text, not beside it."""
    last = claim.text.rsplit("-", 1)[-1].lower() if "-" in claim.text else ""
    nouns = lexicon().hyphen_count_nouns
    return nouns[last] if last in nouns and claim.counted == nouns[last] else ""


def _beside(claim: QuantityClaim) -> str:
    """The words right beside a figure ("a 4.9 magnitude aftershock", "a second of magnitude 5.5"), not
    those of a clause after it ("magnitude 6.3, followed by several aftershocks")."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return claim.text
    after = _CLAUSE_BREAK.split(claim.sentence[at + len(claim.text) :], maxsplit=1)[0]
    return " ".join(words_of(claim.sentence[:at])[-BESIDE_BEFORE:] + words_of(after)[:BESIDE_AFTER])


def _befell(fact: str, claim: QuantityClaim, text: str) -> bool:
    """Whether a figure counts those a `befalls` fact happened to: whoever its head noun names ("13 miners
    were killed", "40 passengers died"). A noun that names another thing that befalls people ("87,000
    survivors") keeps the fact only when the words right by the figure say so ("87,000 survivors moving to
    shelters" are displaced; in "300 were injured, with 87,000 survivors …" the survivors are not the injured).
    """
    counted = (claim.counted or "").split()
    if not counted:
        return True
    head = _head_noun(claim)
    if stem(head.lower()) in stems_of("generic_heads"):
        return True  # "52 residents killed": who they are is not another fact
    if stem(head.lower()) in _things() or _stemmed(counted[-2:]) in _things():
        return False  # "victims of the fire that destroyed 1,000 buildings": buildings befall nothing
    own, another = _head_names(head, fact)
    if own:
        return True  # "resulted in 2,300 deaths"
    if (
        another
        and _rules_out_the_heads(fact, head)
        and _affirmed_any(_before_the_head(claim, text, head), _fact_terms(fact))
    ):
        return True  # "the two critically injured passengers": the words before the noun say what befell them
    if _object_of_preposition(claim) and not _names_people(claim.counted or ""):
        # "they fled on two motorbikes", "a tiara set with 1,200 pearls": the verb before befell someone else
        told = " ".join(_told_after(claim, text))
        return _affirmed_any(told, _fact_terms(fact))
    if not another:
        return True
    near = _near(claim, text)
    return _affirmed_any(near, _fact_terms(fact))


def _head_noun(claim: QuantityClaim) -> str:
    """The noun of what a count counts, the last word of `counted` ("two critically injured passengers":
    "passengers"), or "" where it counts nothing named."""
    counted = (claim.counted or "").split()
    return counted[-1] if counted else ""


# The most words that may stand between a figure and the noun of what it counts and still describe it.
_HEAD_MODIFIERS = 3
# Words that join two states before a noun ("the 30 killed and injured passengers"): the count is of both, no one
# state's.
_JOINED_STATES = frozenset({"and", "or"})


def _before_the_head(claim: QuantityClaim, text: str, head: str) -> str:
    """The words between a figure and the noun of what it counts ("two critically injured passengers":
    "critically injured"), where they are few and name one state: what they say befell those the noun names."""
    at = text.find(claim.text)
    after = text[at + len(claim.text) :] if at >= 0 else ""
    found = _word_pattern(head).search(after) if head else None
    words = words_of(after[: found.start()]) if found else []
    if len(words) > _HEAD_MODIFIERS or _JOINED_STATES & {word.lower() for word in words}:
        return ""
    return " ".join(words)


def _rules_out_the_heads(fact: str, head: str) -> bool:
    """Whether a state before a noun that names other facts makes the count a part of those they name: the fact, or
    the whole it is a part of, rules out what the noun names ("the two injured passengers" are no count aboard;
    "the 300 stranded passengers" are still those aboard, stranded rules nothing out)."""
    rows = lexicon().facts
    ruled_out = {fact} | ({whole} if (whole := rows[fact].part_of) else set())
    named = [name for name, row in rows.items() if name != fact and row.befalls and _head_names(head, name)[0]]
    return any(ruled_out & ruled_out_by(name) for name in named)


@lru_cache(maxsize=8192)
def _head_names(head: str, fact: str) -> tuple[bool, bool]:
    """Whether a count's head noun names a fact that befalls people, and whether it names another such fact
    ("survivors"): read once per noun and fact, not once per figure."""
    own = any(has_term(head, word) for word in lexicon().fact_words(fact))
    others = [name for name, row in lexicon().facts.items() if name != fact and row.befalls]
    return own, any(has_term(head, word) for name in others for word in lexicon().fact_words(name))


@cache
def _things() -> frozenset[str]:
    """Nouns that count things, not people: `thing_nouns`, places (`area_nouns`: "six villages were affected")
    and the nouns of the facts counted with a verb of their own (`with`: "homes destroyed")."""
    nouns = [word for row in lexicon().facts.values() if row.with_ for word in row.words if word not in row.with_]
    return frozenset(_stemmed(word.split()) for word in [*lexicon().thing_nouns, *lexicon().area_nouns, *nouns])


def _stemmed(words: list[str]) -> str:
    return " ".join(stem(word.lower()) for word in words)


def _near(claim: QuantityClaim, text: str, told: bool = True) -> str:
    """The words right by a figure that say what befell those it counts: a few before it ("kills over 120",
    "carrying 400 refugees") and, with `told`, a few after what it counts ("40 passengers may have died")."""
    at = text.find(claim.text)
    after = _told_after(claim, text) if told else []
    ahead = text[: max(at, 0)]
    ahead = ahead[max(ahead.rfind(mark) for mark in ",;:") + 1 :]  # "one person died, 12 are missing"
    before = words_of(ahead)[-BEFALLS_BEFORE:]
    joined = max((k for k, word in enumerate(before) if word in _JOINERS), default=-1)
    return " ".join([*before[joined + 1 :], *after])  # "one is dead and 60 were injured": not the dead's words


@per_claim  # read by `_on_the_spot`, `_by_means` and `_scene_is_the_fact` for one figure
def _near_the_figure(claim: QuantityClaim) -> str:
    """`_near` in the figure's own sentence."""
    return _near(claim, claim.sentence)


# An aside set off by dashes or brackets right after what a figure counts ("five deaths – including three of one
# family – that could be related"): what it says is not what befell them all.
_ASIDE = re.compile(r"^\s*(?:[–—]|\s-\s|\()[^–—()]*?(?:[–—]|\s-\s|\))")


def _told_after(claim: QuantityClaim, text: str) -> list[str]:
    """The words after what a figure counts that say what befell them ("40 passengers may have died")."""
    following = _after_counted(claim, text)
    # "104 people who were aboard the boat have been rescued": who they are, then what befell them.
    if following[:1] in (["who"], ["which"], ["that"]):
        return following[-BEFALLS_AFTER:]
    return following[:BEFALLS_AFTER] + _past_the_place(following)[:BEFALLS_AFTER]


def _relative_opening(claim: QuantityClaim) -> str:
    """The first words of a relative clause right after what a figure counts ("five deaths that could be
    related to the blackout": "could be related"), where a hedge on them all is told."""
    following = _after_counted(claim, claim.sentence)
    return " ".join(following[1 : 1 + BEFALLS_BEFORE]) if following[:1] in (["who"], ["which"], ["that"]) else ""


def _after_counted(claim: QuantityClaim, text: str) -> list[str]:
    """The words of a figure's clause after what it counts, past an aside set off by dashes or brackets."""
    at = text.find(claim.text)
    counted = claim.counted or ""
    after = text[at + len(claim.text) :] if at >= 0 else ""
    if counted and counted in after:
        after = after[after.find(counted) + len(counted) :]
    after = _ASIDE.sub(" ", after, count=1)  # "five deaths – three of them children – that may be linked": skipped
    after = _age_aside().sub(" ", after, count=1)  # "23 children, aged four to 12, died": their ages, skipped
    after = _reason().split(after, maxsplit=1)[0]  # "44 arrests for carrying a weapon": why, not what befell
    # "27 people, including 19 women, and the death toll may rise": a comma and a joiner open another clause
    after = _JOINED_CLAUSE.split(after, maxsplit=1)[0]
    return list(words_of(after))


@cache
def _age_aside() -> re.Pattern[str]:
    """The ages of those a count names right after its noun (`age_asides`): "23 children, aged four to 12, died",
    "23 children between the ages of 5 and 12 had died"."""
    openers = alternatives(lexicon().age_asides)
    # set off by commas, all of it ("aged between 11 and 13,"); else the opener and one figure or a range of two
    return re.compile(
        rf"^\s*(?:,\s*(?:{openers})\s[^,;:]*,|(?:{openers})\s+[\w.]+(?:\s*(?:to|and|-|–)\s*[\w.]+)?)", re.I
    )


def _past_the_place(following: list[str]) -> list[str]:
    """The words after a counted noun from the verb group that follows where they are from or a participle
    clause on them ("30 escapees from the town's jail have been re-arrested", "nine climbers trapped on the
    ridge have been rescued": "have been …"); none where neither comes first."""
    lex = lexicon()
    if not following or not (following[0] in lex.place_prepositions or following[0].endswith("ed")):
        return []
    verb = next((k for k, word in enumerate(following[:PLACE_WORDS]) if word in lex.auxiliaries), None)
    return following[verb:] if verb is not None else []


# Words a counted noun's place may take before the verb that says what befell them.
PLACE_WORDS = 8


def _object_of_preposition(claim: QuantityClaim) -> bool:
    """Whether a figure follows a preposition that makes what it counts a means, a vehicle or a part ("fled
    on two motorbikes", "escaped in three cars", "a crown set with 1,354 diamonds")."""
    at = claim.sentence.find(claim.text)
    before = list(words_of(claim.sentence[: max(at, 0)])[-4:])
    while before and before[-1] in lexicon().total_markers:
        before.pop()  # "with their two cars", "on the three boats"
    return bool(before) and before[-1] in lexicon().means_prepositions


_JOINERS = frozenset(["and", "but", "while", "whereas"])
_JOINED_CLAUSE = re.compile(r"[,;]\s*(?:" + "|".join(sorted(_JOINERS)) + r")\b", re.I)


# Another figure and the one word after it, right before a figure ("At Least 56 Killed 700 Injured"): that word is the
# other figure's verb, not one that befell those this figure counts.
_OTHER_FIGURES_VERB = re.compile(r"\d[\d,.]*\s+[^\W\d_]+\s*$")


def _verb_counted(claim: QuantityClaim) -> str:
    """The verb right after a figure that no noun follows ("Eleven die in gas leak", "seven dead in a blast",
    "four died due to the leak"): what befell those it counts, over what the rest of the sentence names (the
    leak, the blast); "" where a noun says who they are."""
    counted, predicate = words_of(claim.counted or ""), words_of(claim.predicate or "")
    if not (counted and predicate and counted[0] == predicate[0]):
        return ""
    word = predicate[0]
    if not (word in lexicon().cause_verbs or word.endswith(("ed", "ing")) or word in ("hurt", "missing")):
        return ""  # "131 passengers and 12 crew arrived": a noun that says who they are, not what befell them
    at = claim.sentence.find(claim.text)
    ahead = claim.sentence[: max(at, 0)]
    own = _OTHER_FIGURES_VERB.sub("", ahead[max(ahead.rfind(mark) for mark in ",;:") + 1 :])
    before = " ".join(words_of(own)[-BEFALLS_BEFORE:])
    befalls = [name for name, row in lexicon().facts.items() if row.befalls]
    if any(_affirmed_any(before, _fact_terms(name)) for name in befalls):
        return ""  # "the derailment killed 13 passengers": the verb before it says what befell them
    return predicate[0]


def _state_after_participle(claim: QuantityClaim, text: str) -> str:
    """The state a count's clause puts those it counts in after a participle on how they came to it and a word
    that links the state ("14 children injured in the blast remained in hospital", "40 miners trapped by the
    flood remain missing"): what befell them since, over the participle; "" where the clause has no such link
    ("left hospital" is no state they are in)."""
    following = _after_counted(claim, text)
    if not following or not (following[0].endswith("ed") or following[0] == "hurt"):
        return ""
    lex = lexicon()
    links = set(lex.state_links) - set(lex.resultative_verbs)
    at = next((k for k, word in enumerate(following[1:], 1) if word in links), 0)
    return " ".join(following[at + 1 :]) if at else ""


def _linked_state(claim: QuantityClaim) -> str:
    """The state a count's predicate names after a word that links it ("40 were left stranded", "listed as
    injured"): what befell them, over the linking word's own sense ("left": fled); "" where none links it."""
    predicate = claim.predicate or ""
    at = claim.sentence.find(predicate) if predicate else -1
    if at < 0:
        return ""
    before = f" {' '.join(words_of(claim.sentence[:at])[-2:])}"
    lex = lexicon()
    links = [*lex.state_links, *(phrase for phrase in lex.listing_phrases if " " in phrase)]
    return predicate if any(before.endswith(f" {' '.join(words_of(link))}") for link in links) else ""


@cache
def _reason() -> re.Pattern[str]:
    # "treated for injuries": what befell them, not a reason (each word its own fixed-width look-behind)
    unless = "".join(f"(?<!\\b{re.escape(word)} )" for word in lexicon().reason_exceptions)
    return re.compile(unless + r"\b(?:" + "|".join(map(re.escape, lexicon().reason_words)) + r")\b", re.I)


def _counts_what_the_fact_counts(claim: QuantityClaim, words: list[str]) -> bool:
    """Whether what a count counts fits the fact: a head noun of its own ("10,000 police officers were
    mobilised") is not the fact a verb names ("mobilised": demonstrators), unless the fact names it too."""
    counted = (claim.counted or "").split()
    if not counted:
        return True
    head = counted[-1]
    if _names_people(head) and _counts_things(words):
        return False  # "forcing 80,000 people out" in a sentence of homes destroyed: people are no homes
    if any(has_term(claim.counted, word) for word in words):
        return True
    if _agent_of_the_count(claim, words):
        return False  # "Firefighters evacuated 300 people": the people are no firefighters
    if head[:1].isupper() or stem(head.lower()) in stems_of("generic_heads"):
        return True  # "ethnic Armenians", "people": who they are is not what happened to them
    if len(counted) == 1 and (head.endswith("ed") or head in irregular_past()) and not _facts_named_in(head):
        return True  # "a crowd of 81,000 watched": a verb that names no fact, and no noun of who they are
    if _names_people(head):
        return _done_by_them(claim, words) or _object_of_the_fact(claim, words)
    # things doing what a present participle says, of the things the fact's own words name ("799 flights were
    # cancelled departing", beside "outbound flights"; never "400 cows living" nor "six ferries arriving")
    named = stem(head.lower()) in {stem(w) for word in words for w in word.lower().split()}
    participles = [word for word in words if word.endswith("ing")] if named else []
    return _done_by_them(claim, participles) or _object_of_the_fact(claim, words)


def _object_of_the_fact(claim: QuantityClaim, words: list[str]) -> bool:
    """Whether a fact's verb stands right before a figure whose noun says who they are ("The marathon drew 45,000
    runners", "the festival attracted 80,000 visitors"), or its noun and "by" ("the strike by 4,000 drivers"):
    they are what the verb counts, or who did what the noun names."""
    at = claim.sentence.find(claim.text)
    ahead = words_of(claim.sentence[: max(at, 0)])
    return at > 0 and any(
        needle and ahead[-len(needle) :] == needle and (_is_verb(needle[-1]) or needle[-1] == "by")
        for word in words
        for needle in [words_of(word)]
    )


def _agent_of_the_count(claim: QuantityClaim, words: list[str]) -> bool:
    """Whether a fact's nouns of people stand in a figure's clause only before it, with a verb between: they
    name who did something to those counted or who told the count ("Firefighters evacuated 300 people",
    "Soldiers rescued 40 villagers", "Rescuers said 17 people …"), not who they are. Words of what happened
    ("The rally drew 50,000 people") are not read so."""
    at = claim.sentence.find(claim.text)
    if at < 0 or any(_affirmed(claim.sentence[at + len(claim.text) :], word) for word in words):
        return False  # "Protesters said 50,000 people marched": what those counted did names the fact
    words = [word for word in words if _plural_noun(word)]
    before = claim.sentence[:at]
    ahead = words_of(before[max(before.rfind(mark) for mark in ",;:") + 1 :])
    ends = [
        k + len(needle)
        for needle in map(words_of, words)
        if needle
        for k in range(len(ahead) - len(needle) + 1)
        if ahead[k : k + len(needle)] == needle
    ]
    return bool(ends) and any(_is_verb(word) for word in ahead[max(ends) :])


def _plural_noun(word: str) -> bool:
    """Whether a fact's word is one plural noun ("rescuers", "troops"), not a verb or an event's noun."""
    return (
        " " not in word
        and word.endswith("s")
        and not word.endswith(("ss", "ed", "ing"))
        and stem(word.lower()) not in _event_word_stems()
    )


def _is_verb(word: str) -> bool:
    """Whether a word (as `words_of` gives it) is a verb of a clause: a past form, an auxiliary or a verb of
    speech."""
    return (
        word.endswith("ed")
        or word in irregular_past()
        or word in word_set("auxiliaries")
        or word in word_set("speech_verbs")
    )


def _counts_things(words: list[str]) -> bool:
    """Whether every word of a fact is a noun of things ("homes", "buildings", "structures"), so that the fact
    never counts people."""
    return bool(words) and all(_stemmed(word.split()) in _things() for word in words)


_BE_BEFORE = frozenset({"be", "been", "being", "is", "are", "was", "were"})


def _done_by_them(claim: QuantityClaim, words: list[str]) -> bool:
    """Whether the people a count counts do what the fact's words say, in the active voice ("9,000 nurses went on
    strike", "4,000 farmers marched"): a participle after a form of "be" is done to them ("10,000 police officers
    were mobilised" to keep order are no demonstrators). Things do what a present participle says ("799 flights
    were cancelled departing UK airports"): the kind of those things it names."""
    after = words_of(claim.sentence[claim.sentence.find(claim.text) + len(claim.text) :])[: BESIDE_AFTER + 2]
    for word in words:
        needle = words_of(word)
        for k in range(len(after) - len(needle) + 1):
            if after[k : k + len(needle)] == needle:
                participle = needle[0].endswith(("ed", "en", "ised", "ized"))
                return not (participle and _BE_BEFORE.intersection(after[max(0, k - 2) : k]))
    return False


def facts_of(claim: QuantityClaim) -> list[str]:
    """The facts of the lexicon a figure's words and dimension name: every one it matches but those whose
    `unless` facts it matches too ("296 residents killed" is a toll, not a population), or the first it
    matches of those marked `alone`. A figure written as a known whole keeps every fact. The figure of a whole
    an opening clause picks the sentence's count from ("Out of around 150,000 pilgrims, Pakistan has recorded
    58 deaths") keeps only the facts that clause names itself ("Out of 75 victims, …"): what the rest of the
    sentence tells befell a part of it."""
    if _counts_who_say(claim):
        return []
    found = _facts_read(claim)
    opening = _figured_whole_opening().match(claim.sentence)
    at = _figure_at(claim)
    if opening is None or not opening.start("figure") <= at < opening.end("figure"):
        return found
    return [fact for fact in found if _affirmed_any(opening.group(0), _fact_terms(fact))]


def _figure_at(claim: QuantityClaim) -> int:
    """Where a figure stands in its sentence, found from its own phrase: "Of 40 passengers, 40 were rescued" has the
    second 40 where its phrase "40 were rescued" starts, not at the first."""
    return claim.sentence.find(claim.text, max(phrase_at(claim.sentence, claim.phrase or claim.text), 0))


# What may stand before a figure that opens its clause: nothing, a break, or "and" or "but".
_OPENS_A_CLAUSE = re.compile(r"(?:^\s*|[,;:]\s+|\s(?:and|but)\s+)$", re.I)


@cache
def _saying_after() -> re.Pattern[str]:
    """The words after a figure up to a verb of saying (`saying_verbs`), within its clause."""
    verbs = "|".join(map(re.escape, lexicon().saying_verbs))
    # not a verb of saying in a passive or a report of oneself: "residents told to evacuate", "12 people said to be
    # trapped", "20 more said they were hurt"
    passive = r"\s+(?:to|that)\b|\s+(?:they|he|she|we|i)\s+(?:were|was|had|have)\b"
    return re.compile(rf"(?P<between>(?:\s+[\w'’-]+){{1,7}}?)\s+(?:{verbs})\b(?!{passive})", re.I)


def _counts_who_say(claim: QuantityClaim) -> bool:
    """Whether a figure counts those who tell what its sentence says: it opens its clause, and its noun, with
    words that describe them but no verb of their own ("coordinating the response", not "injured in the blast"
    or "were killed"), is followed by a verb of saying: "…, two diplomats coordinating the response told AFP",
    "Three officials said …". Those are sources, no fact's count."""
    at = _figure_at(claim)
    if at < 0 or claim.unit is not None or not _OPENS_A_CLAUSE.search(claim.sentence[:at]):
        return False
    said = _saying_after().match(claim.sentence, at + len(claim.text))
    if said is None:
        return False
    return not any(past_verb(t) or t.lower in lexicon().auxiliaries for t in tokenize(said.group("between")))


def _facts_read(claim: QuantityClaim) -> list[str]:
    """`facts_of` for any figure, read from its own words."""
    dimension, text = dimension_of(claim), _about(claim)
    if dimension == "ratio" and _other_side_of_a_split(claim):
        return []  # "approved by 61% to 39%": the 39% is the other side's share, of a fact its words do not name
    if dimension == "duration" and _span_s_worth(claim):
        return []  # "two years' worth of rain": an amount that much time brings, no span of anything
    if dimension == "duration" and _elapsed(claim):
        return _gone_by_facts(claim, text)  # "two days after the heist": time gone by, no fact's length
    if dimension == "duration":
        text = _span_clause(claim) or text
    added = dimension == "money" and _an_addition(claim)  # "a further £150m over five years": a part of a sum
    if claim.counted == "age":
        return ["ages"]
    if dimension == "count" and _measure_of_before(claim):  # "a temperature of 105": degrees, counting no one
        return []
    if _is_partitive_whole(claim):  # "12,000 of the town's 20,000 residents fled": 20,000 live there
        return _facts_of_a_whole(claim, dimension)
    if dimension == "count" and _place_of_before(claim):  # "cut off Tessa, a community of 3,500": who live there
        return ["population"]
    attributive = _attributive(claim)
    if attributive:  # "a 10-minute-long earthquake": the measure of the thing after it
        text = f"{_beside(claim)} {_joined_count_noun(claim)}".strip()
    elif dimension != "count":
        text = f"{_lead_of_its_change(claim)} {_without_the_whole(claim, text)}".strip()
    candidates = _facts_named_in(text)  # only these can match, and those read beside the figure
    straight = _named_straight_after(claim, dimension)  # "700 metres below ground": a depth by the words after it
    # a measure joined to a thing's noun may be of a fact its words do not name: every fact of its dimension is read
    rows = _facts_by_dimension().get(dimension, []) if attributive and dimension != "count" else None
    found = [
        name
        for name, row in rows or _facts_to_read(dimension, candidates | straight)
        if not (added and row.whole_sum and not _names_the_sum(claim, row))
        and (
            name in straight
            or ((row.beside or name in candidates) and _matches(name, row, claim, text))
            # a measure joined to a thing's noun is its size whatever the words ("the 300-foot ship"); a count so
            # joined ("a 14-member crew") is a fact only by its own noun ("a 12-storey block")
            or (attributive and row.by == "thing" and not row.things and not row.with_ and dimension != "count")
        )
    ]
    found = [name for name in found if not _headline_rules_out(claim, lexicon().facts[name])]
    if dimension == "money" and _falls_due(claim):  # "$25 billion in debt to be repaid over five years"
        found = [name for name in found if not lexicon().facts[name].stock]
    if any(lexicon().facts[name].held for name in found) and not (_joined_count_noun(claim) or _subject_having(claim)):
        found = [name for name in found if not lexicon().facts[name].held]  # "searched 12 floors": none it has
    if attributive and dimension == "count" and claim.counted and not _names_people(claim.counted):
        # "the 12-storey factory": its storeys, which nothing befalls
        found = [name for name in found if not lexicon().facts[name].befalls]
    if dimension == "count":
        found = _not_only_in_a_purpose(claim, text, found)
    alone = [name for name in found if lexicon().facts[name].alone]
    if alone:
        return alone[:1]
    found = _what_happened_over_who(claim, text, found)
    found = _others_befallen(claim, text, found)
    found = _doers_acting_on(claim, found)
    found = _measure_beside(claim, found, attributive)
    if _is_total(claim):  # "the 120,000 inhabitants have fled": the figure is still the population
        return _described_part(claim, text, found)
    # a fact told apart by whom it belongs to rules no other out for a figure that belongs to no one named ("the
    # hall has 700 seats" is what the hall holds, not seats won)
    named = (claim.subject or "")[:1].isupper()
    found = _parts_make_their_whole(found)
    held = {name for name in found if lexicon().facts[name].by != "subject" or named}
    return _without_ruled_out(found, held)


def _without_ruled_out(found: list[str], held: set[str]) -> list[str]:
    """`found` without the facts whose `unless` names one `held`, or the whole a held part is of: "two critically
    injured passengers" are no count aboard, as "two injured passengers" are none."""
    rows = lexicon().facts
    held = held | {whole for name in held if (whole := rows[name].part_of)}
    return [name for name in found if not ruled_out_by(name) & held]


@lru_cache(maxsize=512)
def ruled_out_by(fact: str) -> frozenset[str]:
    """The facts that rule `fact` out of a figure that matches both: its `unless`, and every fact that befalls people
    if it is `unless_befalls` ("1,563 soldiers were arrested" are no troops a force sends)."""
    rows = lexicon().facts
    row = rows[fact]
    befalls = {name for name, other in rows.items() if other.befalls} if row.unless_befalls else set()
    return frozenset(row.unless) | frozenset(befalls)


@cache
def _purpose_verbs() -> frozenset[str]:
    """The plain forms of the past participles among the words of facts that befall people ("arrest", "free",
    "rescue", "bury"): the verb of a purpose clause ("sent to arrest the rebels")."""
    bases: set[str] = set()
    for name, row in lexicon().facts.items():
        if not row.befalls:
            continue
        for word in lexicon().fact_words(name):
            for part in words_of(word):
                if part.endswith("ied"):
                    bases.add(part[:-3] + "y")
                elif part.endswith("ed") and len(part) > 4:
                    bases.update({part[:-2], part[:-1]})
    return frozenset(bases)


def _not_only_in_a_purpose(claim: QuantityClaim, text: str, found: list[str]) -> list[str]:
    """`found` without the facts that befall people read only in a purpose clause after the figure's verb of
    sending ("Some 5,000 troops were sent to Karvia to arrest the rebels"): what the figure's people went to do, not
    what befell them. After any other verb the clause tells what befell them ("nine managed to escape")."""
    at = text.find(claim.text)
    if at < 0 or not any(lexicon().facts[name].befalls for name in found):
        return found
    tokens = tokenize(text)
    verb = ""
    for k, token in enumerate(tokens):
        if token.start < at + len(claim.text):
            continue
        if not verb and past_verb(token):
            verb = token.lower
            if verb not in lexicon().sending_verbs:
                return found
        if verb and token.lower == "to" and k + 1 < len(tokens) and tokens[k + 1].lower in _purpose_verbs():
            before = text[: token.start]
            rows = lexicon().facts
            return [name for name in found if not rows[name].befalls or _matches(name, rows[name], claim, before)]
    return found


def _described_part(claim: QuantityClaim, text: str, found: list[str]) -> list[str]:
    """The facts of a figure written as a whole ("the two injured passengers"), without those the words between it
    and its noun rule out: they name what befell the part of the passengers it counts, not all aboard."""
    between = _before_the_head(claim, text, _head_noun(claim))
    held = {name for name in found if lexicon().facts[name].befalls and _affirmed_any(between, _fact_terms(name))}
    return _without_ruled_out(found, held) if held else found


@cache
def _addition_lead() -> re.Pattern[str]:
    """Words that end right before a sum added to another (`further_group_leads`: "a further", "another")."""
    return re.compile(rf"(?<![\w-])(?:{alternatives(lexicon().further_group_leads)})\s+$", re.I)


def _an_addition(claim: QuantityClaim) -> bool:
    """Whether a sum is led by words that add it to another ("followed by a further £150m", "another $2 billion
    in aid"): a part of what is paid, not what is paid in all."""
    at = claim.sentence.find(claim.text)
    return at > 0 and _addition_lead().search(claim.sentence[:at]) is not None


@cache
def _falling_due() -> re.Pattern[str]:
    """The words that make a sum fall due (`falling_due_words`)."""
    words = alternatives(lexicon().falling_due_words)
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.I)


# "due" that gives a cause or what is to come ("is due to decades of overspending", "is due mainly to war
# spending", "are due to meet on Friday", "is due for renegotiation", "due in large part to oil prices"), never a
# sum falling due; "is due to be repaid" still falls due.
_DUE_NOT_FALLING = re.compile(
    r"(?<![\w-])(?:(?:is|are|was|were)\s+due(?:\s+\w+ly)?\s+(?:to|for)(?![\w-])(?!\s+be\s+(?:re)?paid(?![\w-]))"
    r"|due\s+in\s+(?:large\s+)?part(?![\w-]))",
    re.I,
)


def _falls_due(claim: QuantityClaim) -> bool:
    """Whether a sum is a part of what is owed that falls due at a time ("$25 billion in external debt to be
    repaid over the next five years", "$7 billion is due this year"), not what is owed in all: told by the words
    after it up to its clause's end or the next figure ("owes $6 billion and a payment is due next week" is the
    debt)."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return False
    after = claim.sentence[at + len(claim.text) :]
    tokens = tokenize(after)
    stop = next((k for k, token in enumerate(tokens) if token.is_number), len(tokens))
    cut = first_break(tokens, 0, stop)
    end = cut if cut is not None else stop
    clause = after[: tokens[end].start] if end < len(tokens) else after
    return _falling_due().search(_DUE_NOT_FALLING.sub(" ", clause)) is not None


def _named_straight_after(claim: QuantityClaim, dimension: str) -> set[str]:
    """The facts of `dimension` one of whose `straight_after` words stands straight after the figure ("700 metres
    below ground", "1,000 feet underground"), unless a word of `straight_after_without` stands before the figure in
    its clause ("tunnels run 5 km underground" is a length); elsewhere in its phrase they name nothing ("laid 300
    metres of pipe underground")."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return set()
    after = words_of(claim.sentence[at + len(claim.text) :])
    clause = re.split(r"[,;:]\s", claim.sentence[:at])[-1]  # "the tunnels run": a length, not a depth
    return {
        name
        for name, row in _facts_by_dimension().get(dimension, [])
        if any(after[: len(needle)] == needle for needle in map(words_of, row.straight_after) if needle)
        and not (row.straight_after_without and has_any_term(clause, tuple(row.straight_after_without)))
    }


def _names_the_sum(claim: QuantityClaim, row: FactRow) -> bool:
    """Whether the word right after a sum is one of the fact's own ("another $90m signing"): one more thing of
    that price, not a sum added to one."""
    at = claim.sentence.find(claim.text)
    following = re.match(r"[\s-]*([\w-]+)", claim.sentence[at + len(claim.text) :]) if at >= 0 else None
    return following is not None and following.group(1).lower() in row.words


def _parts_make_their_whole(found: list[str]) -> list[str]:
    """The facts of a figure, with two parts of one whole (`part_of`) it matches together made that whole: "260
    flights departing or arriving" are the flights cancelled, neither the departures nor the arrivals alone."""
    rows = lexicon().facts
    if sum(1 for name in found if rows[name].part_of) < 2:  # no two parts: no whole they make
        return found
    wholes = Counter(rows[name].part_of for name in found if rows[name].part_of)
    whole = next(
        (name for name, parts in wholes.items() if parts >= 2 and name in rows and not rows[name].befalls), None
    )
    if whole is None:
        return found
    return [name for name in found if rows[name].part_of != whole and name != whole] + [whole]


def _gone_by_facts(claim: QuantityClaim, text: str) -> list[str]:
    """The facts a time gone by between two moments is (`gone_by`: "lost contact 40 minutes after take-off"),
    read from its phrase up to it: what follows "after" is the moment it is counted from ("reported missing
    seven hours after it lost contact" is no time to the loss of contact)."""
    at = text.find(claim.text)
    text = text[: at + len(claim.text)] if at >= 0 else text
    return [
        name
        for name, row in lexicon().facts.items()
        if row.gone_by and row.dimension == "duration" and _matches(name, row, claim, text)
    ]


def _headline_rules_out(claim: QuantityClaim, row: FactRow) -> bool:
    """Whether the headline of a figure's article names what rules a fact out (`title_without`): the seats of
    an article headed "Election 2024" are no venue's capacity."""
    return bool(row.title_without) and any(has_term(claim.doc.title or "", word) for word in row.title_without)


_ATTRIBUTIVE = re.compile(r"\d\s?-\s?[^\W\d_]+$")
_JOINED_WORDS = re.compile(r"^([^\W\d_]+)-([^\W\d_]+)$")


def _attributive(claim: QuantityClaim) -> bool:
    """Whether a measure is joined to its unit before a noun ("a 10-minute-long earthquake", "the 300-foot
    ship", "a five-member committee"): it measures that thing, so only the words right beside it say what it
    is."""
    at = claim.sentence.find(claim.text)
    after = claim.sentence[at + len(claim.text) :] if at >= 0 else ""
    if _UNIT_AGAINST.fullmatch(claim.text) and dimension_of(claim) == "length":  # "the 25ft boat", "a 40m yacht"
        following = re.match(r"\s+(?:[A-Z][\w-]*\s+){0,3}([^\W\d_A-Z][\w-]*)", after)  # "the 1.5km Varna pier"
        return following is not None and following.group(1) not in STOP  # not "plummeted 65ft to the ground"
    if _UNIT_SPACED.fullmatch(claim.text) and dimension_of(claim) == "length" and _determined(claim, at):
        # "the 1.5 km bridge", "a 40 km stretch", "the 1.5 km Tarvo bridge"
        following = re.match(r"\s+(?:[A-Z][\w-]*\s+){0,3}([^\W\d_A-Z][\w-]*)", after)
        return following is not None and following.group(1) not in STOP | word_set("length_not_things")
    if _before_a_group(after):  # "a 100-vehicle pile-up": 100 vehicles, not a measure of the pile-up
        return False
    joined = _RESTATED.sub("", claim.text)  # "a 200-metre (650 feet) section": the measure before the brackets
    if _joined_count_noun(claim):  # "the double-deck bus", "a 12-storey block"
        return bool(re.match(r"\s+[^\W\d_]", after))
    return _joined_to_a_noun(joined) and bool(re.match(r"-|\s+[^\W\d_]", after))


def _before_a_group(after: str) -> bool:
    """Whether the words after a figure joined to a noun open a group of those things (`hyphen_groups`: "a
    500-aircraft order", "a 20-vehicle convoy", "a 100-vehicle pile-up"): the figure counts them."""
    found = re.match(r"\s+([^\W\d_][\w-]*)", after)
    return found is not None and found.group(1).lower() in lexicon().hyphen_groups


# A restatement of a figure in another unit, in brackets after it: "200-metre (650 feet)".
_RESTATED = re.compile(r"\s*\([^()]*\)$")

# A figure written against its unit with no space: "25ft", "40m".
_UNIT_AGAINST = re.compile(r"\d[\d.,]*[^\W\d_]+")
# ... or with one: "1.5 km".
_UNIT_SPACED = re.compile(r"\d[\d.,]*\s[^\W\d_]+")
_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|each)\s+(?:(?P<word>[a-z]+)\s+)?$", re.I)


def _determined(claim: QuantityClaim, at: int) -> bool:
    """Whether a determiner stands right before a figure, maybe past one word ("the 1.5 km bridge", "a new 40 km
    road"): the figure and its unit then stand before the noun they measure."""
    found = _DETERMINER.search(claim.sentence[:at]) if at > 0 else None
    return found is not None and (found.group("word") or "").lower() not in word_set("length_part_words")


def _joined_to_a_noun(text: str) -> bool:
    """Whether a figure is written joined to a noun by a hyphen ("300-foot", "five-member"), not a number
    written in words ("thirty-six")."""
    if _ATTRIBUTIVE.search(text):
        return True
    words = _JOINED_WORDS.match(text.lower())
    numbers = lexicon().number_words
    return bool(words) and words.group(1) in numbers and words.group(2) not in numbers  # type: ignore[union-attr]


# Words before a figure, and after what it counts, that say what befell those it counts ("kills over 120",
# "40 passengers may have died").
BEFALLS_BEFORE = 3
BEFALLS_AFTER = 6


def _others_befallen(claim: QuantityClaim, text: str, found: list[str]) -> list[str]:
    """A figure whose own noun names people who act (`rescuers`, `troops`) does not count those its words name only
    as others, with "the" ("20,000 rescue workers were sent to help the injured", "troops sent to search for the
    missing"): what befell those others is not what befell the figure's people ("three firefighters were
    injured" still is)."""
    doers = [name for name in found if not lexicon().facts[name].befalls and _names_fact(claim.counted or "", name)]
    if not doers:
        return found
    return [name for name in found if not (lexicon().facts[name].befalls and _only_as_others(text, name))]


def _doers_acting_on(claim: QuantityClaim, found: list[str]) -> list[str]:
    """A figure with no noun of its own right after a verb doers do to others (`acted_on_verbs`: "Rescuers in
    fading bid to save 31", "firefighters struggle to free four") counts those acted on, not the doers: the
    facts of people who act (`befalls: false`) are not its own."""
    if claim.counted and any(_names_fact(claim.counted, name) for name in found):
        return found
    at = claim.sentence.find(claim.text)
    before = " ".join(words_of(claim.sentence[: max(at, 0)])[-2:])
    verbs = lexicon().acted_on_verbs
    if not any(before == verb or before.endswith(" " + verb) for verb in verbs):
        return found
    return [name for name in found if lexicon().facts[name].befalls or lexicon().facts[name].dimension != "count"]


def _names_fact(words: str, fact: str) -> bool:
    """Whether `words` hold one of a fact's words."""
    return _affirmed_any(words, _fact_terms(fact))


def _only_as_others(text: str, fact: str) -> bool:
    """Whether every word of a fact in `text` stands as a noun of people after "the" or "those" ("the injured",
    "those missing"): people other than a figure's own. A noun of what befell them with "of" after it is what
    befell those it names ("forced the evacuation of 1,500 residents")."""
    words = words_of(text)
    present = _present(text)
    hits = [
        (k, k + len(needle))
        for needle in _fact_needles(fact)
        if present.issuperset(needle)  # a term some of whose words the text lacks stands nowhere in it
        for k in range(len(words))
        if words[k : k + len(needle)] == needle
    ]
    return bool(hits) and all(
        k > 0 and words[k - 1] in ("the", "those") and "of" not in words[end - 1 : end + 1] for k, end in hits
    )


@lru_cache(maxsize=256)
def _fact_needles(fact: str) -> tuple[tuple[str, ...], ...]:
    """The words of each of a fact's words (`fact_words`), as `words_of` gives them."""
    return tuple(words_of(term) for term in lexicon().fact_words(fact))


def _what_happened_over_who(claim: QuantityClaim, text: str, found: list[str]) -> list[str]:
    """Of the things that befall people a figure matches, those named right by it ("quake kills over 120",
    "40 passengers died") win over those named further off ("survivors face the cold after …"); and those
    its noun alone names ("87,000 survivors") give way to one the rest of its words name ("moving to
    shelters"): what happened to them, not who they are."""
    befalls = [name for name in found if lexicon().facts[name].befalls]
    if len(befalls) < 2:
        return found
    counted = claim.counted or ""
    rest = text.replace(counted, " ", 1) if counted else text
    at = text.find(claim.text)
    before = words_of(text[: max(at, 0)])
    if claim.qualifier == ORDINAL and before[-1:] in (("a",), ("an",)):
        before = before[:-1]  # "left a second passenger dead": the article of a count told by an ordinal
    left_as = counted and _first_phrase(" ".join(before[-1:]), lexicon().resultative_verbs)
    # "left 1,000 unaccounted for", "left 260,000 people dead": what they were left as, not the verb
    states = (counted, " ".join(_told_after(claim, text)))
    ordered = (_verb_counted(claim), _linked_state(claim), _state_after_participle(claim, text), _near(claim, text))
    for words in states if left_as else (*ordered, rest):
        told = [name for name in befalls if _affirmed_any(words, _fact_terms(name))]
        if told:
            # a state further off that rules out a nearer one of the same whole stays ("15 were taken to hospitals
            # in critical condition": critical, of which being in hospital is no count of its own)
            told += [name for name in befalls if any(_overrides(name, near) for near in told)]
            return [name for name in found if name in told or not lexicon().facts[name].befalls]
    return found


def _overrides(fact: str, near: str) -> bool:
    """Whether `fact` rules out `near` (its `unless`) and both are parts of one whole (`part_of`): the seriously
    injured over the hospitalised, both of the injured."""
    rows = lexicon().facts
    return fact in ruled_out_by(near) and bool(rows[near].part_of) and rows[fact].part_of == rows[near].part_of


def _measure_beside(claim: QuantityClaim, found: list[str], attributive: bool = False) -> list[str]:
    """Of the facts of a measure (a length, a duration …) that a figure's clause names, the one named nearest
    to it, right beside it ("a deep gorge … about 100 km from the town": a distance, not a depth; "in deep
    water some 12 miles off the coast"; "a depth of 10 km, near the border"): what the figure itself
    measures, over what its clause speaks of. A measure joined to the noun of a thing ("the 240-metre ferry …
    off Kessel") is nearest to that thing's size."""
    # a fact told apart by whom it belongs to rules no other out for a figure that belongs to no one named ("an
    # amount of €100 million plus bonuses" is a fee, not pay)
    named = (claim.subject or "")[:1].isupper()
    measures = [
        name for name in found if not lexicon().facts[name].befalls and (lexicon().facts[name].by != "subject" or named)
    ]
    if len(measures) < 2 or dimension_of(claim) == "count":
        return found
    reach = {
        name: 0 if attributive and lexicon().facts[name].by == "thing" else _reach(claim, lexicon().fact_words(name))
        for name in measures
    }
    nearest = min(reach.values())
    told = [name for name in measures if reach[name] == nearest]
    if nearest == INFINITE_REACH or len(told) == len(measures):
        return found
    return [name for name in found if name in told or name not in measures]


INFINITE_REACH = 99


def _reach(claim: QuantityClaim, terms: list[str]) -> int:
    """How many words from a figure, within the words beside it, the nearest of `terms` stands."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return INFINITE_REACH
    after = _CLAUSE_BREAK.split(claim.sentence[at + len(claim.text) :], maxsplit=1)[0]
    before = words_of(claim.sentence[:at])
    # a term whose word nearest the figure lies within reach counts, though its other words lie beyond ("core
    # inflation fell to 5.1%")
    sides = [(list(reversed(before)), True, BESIDE_BEFORE), (list(words_of(after)), False, BESIDE_AFTER)]
    best = INFINITE_REACH
    for words, reversed_, reach in sides:
        for term in terms:
            needle = words_of(term)
            n = len(needle)
            for k in range(min(reach, len(words) - n + 1)):
                if (list(reversed(words[k : k + n])) if reversed_ else words[k : k + n]) == list(needle):
                    best = min(best, k + 1)
    return best


@cache
def _partitive() -> re.Pattern[str]:
    """A part picked from a whole, up to where the whole's figure stands: "12,000 of the town's", "two of the",
    "most of the village's", "half the town's"."""
    words = {*lexicon().number_words, *lexicon().partitive_quantifiers, "half", "third", "thirds", "quarter"}
    quantifiers = alternatives(words - {"a", "an"})
    return re.compile(
        rf"(?:(?:\d|\b(?:{quantifiers})\b)\S*(?:\s+\S+){{0,2}}\s+of|\bhalf(?=\s+(?:the|its|their|his|her)\s))\s+"
        r"(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:(?-i:[A-Z])\S*\s+){0,2}(?:\S+['’]s\s+)?$",
        re.I,
    )


def _is_partitive_whole(claim: QuantityClaim) -> bool:
    """Whether a figure is the whole that another figure is a part of: "nearly two million of Hong Kong's
    seven million people", "12,000 of the town's 20,000 residents", "two of the 11"."""
    at = claim.sentence.find(claim.text)
    return at > 0 and bool(_partitive().search(claim.sentence[max(0, at - 60) : at]))


# A relative clause right after what a figure counts: its opening words, which say what befell those counted
# ("the 10 inmates who escaped from the jail have been recaptured": they escaped; the rest is the sentence's).
RELATIVE_WORDS = 4
_RELATIVE = re.compile(rf"^(\s*(?:who|that|which)(?:\s+[^\s,;:]+){{1,{RELATIVE_WORDS}}})", re.I)
# The same clause without its pronoun: a word in "-ed" right after the noun ("many of the 2,617 birds killed in the
# outbreak", "two of the 40 miners trapped underground"), read with the words after it.
_REDUCED_RELATIVE = re.compile(rf"^(\s+[a-z]+ed(?:\s+[^\s,;:]+){{0,{RELATIVE_WORDS - 1}}})")


def _reduced_relative(claim: QuantityClaim, rest: str) -> re.Match[str] | None:
    """A participle clause right after a whole's noun (`_REDUCED_RELATIVE`: "Rescuers reached some of the 40
    miners trapped underground"). Where the part opens its clause, at the sentence's start or after a speech verb
    or a word that opens a clause (`subject_openers`: "Officials said two of the 40 miners died in the blast"),
    the word is the part's own verb, unless an auxiliary of the clause's verb follows ("Many of the 26 buildings
    destroyed in the blast could be seen")."""
    found = _REDUCED_RELATIVE.match(rest)
    if not found:
        return None
    at = claim.sentence.find(claim.text)
    start = max(0, at - 60)
    part = _partitive().search(claim.sentence[start:at])
    before = words_of(claim.sentence[: start + part.start()].lower()) if part is not None else ()
    openers = word_set("subject_openers") | word_set("speech_verbs")
    opens = part is not None and (len(before) <= 1 or before[-1] in openers)
    after = set(words_of(_CLAUSE_BREAK.split(rest[found.end() :], maxsplit=1)[0].lower()))
    return found if not opens or after & set(lexicon().auxiliaries) else None


def _place_of_before(claim: QuantityClaim) -> bool:
    """Whether a figure of people follows a place "of" it ("a town of 9,000", "a farming community of 3,500
    residents"): how many live there, whatever the rest of the sentence says befell the place."""
    if claim.counted and not _names_people(claim.counted):  # "a district of 40 villages"
        return False
    return follows_a_place(claim)


def _measure_of_before(claim: QuantityClaim) -> bool:
    """Whether a figure written with no unit follows a measure's noun and "of" ("a temperature of 105", "a depth of
    10", "an altitude of 3,000"): a measure whose unit the text leaves out, not a count."""
    at = claim.sentence.find(claim.text)
    before = words_of(claim.sentence[: max(at, 0)])[-2:]
    return at > 0 and len(before) == 2 and before[1] == "of" and before[0] in lexicon().unitless_measure_nouns


def _facts_of_a_whole(claim: QuantityClaim, dimension: str) -> list[str]:
    """The facts of a figure that is the whole a part is picked from: those of its own relative clause ("three
    of the 10 inmates who escaped": the escaped; "many of the 2,617 birds killed in the outbreak": the killed),
    else how many live there where its noun says who they are ("of the town's 20,000 residents"); a whole with no
    noun ("two of the 11 were caught") refers back to a count named before and is none; a measure, what the words
    right beside it name."""
    if dimension != "count":
        return _measure_facts_beside(claim, dimension)
    if not claim.counted:
        return []
    at = claim.sentence.find(claim.text)
    rest = claim.sentence[at + len(claim.text) :] if at >= 0 else ""
    rest = rest[rest.find(claim.counted) + len(claim.counted) :] if claim.counted in rest else ""
    relative = _RELATIVE.match(rest) or _reduced_relative(claim, rest)
    if relative:
        own = f"{claim.text} {claim.counted}{relative.group(1)}"
        whole = claim.model_copy(update={"phrase": own, "sentence": own, "predicate": None})
        return [name for name in facts_of(whole) if name != "population"]
    named = _facts_its_noun_names(claim.counted) or _groups_its_noun_names(claim.counted)
    if named:  # "38 of the 39 bodies", "two of the 12 hostages", "many of the 3,000 demonstrators"
        return named
    lives_there = _head_names(claim.counted.split()[-1], "population")[0] or _owned_by_a_place(claim)
    return ["population"] if lives_there and _names_people(claim.counted) else []


def _groups_its_noun_names(counted: str) -> list[str]:
    """The counts of a group that a whole's head noun names by itself ("demonstrators", "employees", "troops"),
    not those that need a verb of their own (`with`) nor a place's population."""
    head = counted.split()[-1]
    return [
        name
        for name, row in lexicon().facts.items()
        if row.dimension == "count"
        and not (row.befalls or row.with_ or row.things or row.by == "thing")
        and name != "population"
        and _head_names(head, name)[0]
    ]


_POSSESSOR = re.compile(r"(\S+)['’]s?\s*$")


def _owned_by_a_place(claim: QuantityClaim) -> bool:
    """Whether a place's possessive stands right before a figure ("the town's 8,000 residents", "Lisbon's 500,000
    people"): a whole that lives there, not "the company's 5,000 staff" or "the prison's 1,200 inmates"."""
    at = claim.sentence.find(claim.text)
    owner = _POSSESSOR.search(claim.sentence[:at]) if at > 0 else None
    if owner is None:
        return False
    word = owner.group(1)
    return word[:1].isupper() or stem(word.lower()) in stems_of("area_nouns") | _places_of_a_population()


@cache
def _places_of_a_population() -> frozenset[str]:
    """The kinds of place the population's words name before "of" ("a town of", "the island of"): town, island."""
    phrases = lexicon().concepts.get("population", [])
    return frozenset(stem(phrase.removesuffix(" of")) for phrase in phrases if phrase.endswith(" of"))


def _measure_facts_beside(claim: QuantityClaim, dimension: str) -> list[str]:
    """The facts of a measure that is the whole a part is picked from, read only from the words right beside it
    ("48.6 metres out of the estimated 57 metres of rubble": the rubble), never from its clause, which tells
    what was done to the part."""
    beside = _beside(claim)
    return [
        name
        for name, row in lexicon().facts.items()
        if row.dimension == dimension and _matches(name, row, claim, beside)
    ]


# What follows a measure that is picked from a larger one: "45 metres of the around 65 metre blockage", "48.6
# metres out of the estimated 57 metres".
_OF_A_WHOLE = re.compile(r"\s*(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?(?:[^\W\d_]+\s+){0,2}?\d")


_REACHED = re.compile(r"\bfrom\s+[^,;:()]{1,30}?\s+to\s+$", re.I)


def _lead_of_its_change(claim: QuantityClaim) -> str:
    """The words that lead to a change a sum or a measure is where it reached ("cut the punitive damages from $250
    million to $39 million", "lowered the fine from €40 million to €25 million"): what changed is the fact of both
    figures, though only the first stands beside the words that name it. Empty for a figure that ends no such
    change."""
    at = claim.sentence.find(claim.text)
    reached = _REACHED.search(claim.sentence[: max(at, 0)]) if at > 0 else None
    if reached is None:
        return ""
    clause = re.split(r"[,;:]\s", claim.sentence[: reached.start()])[-1]
    # "profit rose 10% as sales climbed from $3 billion to": the change is the sales', not the profit's
    return re.split(r"\b(?:as|while|after|and|but|when|because|whereas)\s", clause, flags=re.I)[-1]


def _without_the_whole(claim: QuantityClaim, text: str) -> str:
    """A measure's words up to the larger measure it is a part of, which names what the whole measures ("drilled
    45 metres of the 65 metre blockage": the blockage is 65 metres, not 45)."""
    at = text.find(claim.text)
    if at < 0 or not _OF_A_WHOLE.match(text, at + len(claim.text)):
        return text
    return text[: at + len(claim.text)]


def _facts_its_noun_names(counted: str) -> list[str]:
    """The facts that befall people which a count's head noun names by itself ("bodies", "victims",
    "hostages")."""
    head = counted.split()[-1]
    return [
        name
        for name, row in lexicon().facts.items()
        if row.befalls and row.dimension == "count" and _head_names(head, name)[0]
    ]


def _names_people(counted: str) -> bool:
    """Whether what a count counts is people by what they are: people, residents, children, nurses, Armenians
    ("one of over 120 active volcanoes", "the third of four alert levels" count no one)."""
    head = counted.split()[-1]
    return head[:1].isupper() or stem(head.lower()) in _people_stems()


def _is_total(claim: QuantityClaim) -> bool:
    """Whether a figure is written as a known whole ("the 8,000 residents", "all its 300 staff")."""
    phrase = claim.phrase or claim.sentence
    before = phrase[: phrase.find(claim.text)] if claim.text in phrase else ""
    words = before.lower().split()
    return bool(words) and words[-1] in lexicon().total_markers and not _restricted(claim)


_RESTRICTIVE = re.compile(r"\s*(?:who|that|whose)\b", re.I)


def _restricted(claim: QuantityClaim) -> bool:
    """Whether a clause with no comma before it narrows what a figure counts ("the nearly 25,000 residents who
    are still trapped", "the 300 workers that remain"): those it names are a part, not the whole."""
    at = claim.sentence.find(claim.text)
    after = claim.sentence[at + len(claim.text) :] if at >= 0 else ""
    counted = (claim.counted or "").split()
    words = after.split()
    if not counted or [w.lower() for w in words[: len(counted)]] != [w.lower() for w in counted]:
        return False
    rest = after.lstrip()[len(" ".join(words[: len(counted)])) :]
    return bool(_RESTRICTIVE.match(rest))


def _told_apart_by(row: FactRow, claim: QuantityClaim) -> str:
    if row.by == "place":
        place = stem(" ".join(words_of(claim.scope or "")))
        return _place_names().get(place, place)
    if row.by == "subject":
        return " ".join(words_of(claim.subject or "")) or unnamed_holder(claim)
    if row.by == "recipient":
        return _recipient(row, claim)
    if row.by == "thing":
        if row.things or row.with_:  # "nine pieces", "12 rifles", "300 cattle": what was done to them
            noun = stem((claim.counted or "").split()[-1].lower()) if claim.counted else ""
            return next((group[0] for group in lexicon().thing_synonym_groups if noun in group), noun)
        # "the 1.2km bridge"; "the bridge is 1.2km long", a size word and no noun after the measure
        attributive = _thing(claim) if _attributive(claim) else ""
        if row.before:  # "a hotel with 200 rooms", "the hotel had opened in 2018 with 80 rooms": the hotel
            return attributive or _holder_before(claim)
        return attributive or _subject_measured(claim) or _subject_having(claim)
    if row.by == "whole":
        return _whole_after_of(claim, row)
    if row.by == "origin":
        return _people_from(claim)
    return ""


# What follows an age written before its noun ("-old man from Northern Ireland"): up to one word (a demonym:
# "British") before the noun, the lower-case word after it, and the place after "from" (capitalised words, up to a
# possessive's "'s": "from Belfast's west").
_AGE_HOLDER = re.compile(
    r"\s*-?\s*old\s+(?:(?P<adjective>[A-Z][\w'-]*)\s+)?(?P<noun>[a-z]+)\b(?=(?P<next>\s+[a-z]+\b)?)"
    r"(?:\s+from\s+(?P<place>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*))*))?"
)


def unnamed_holder(claim: QuantityClaim) -> str:
    """The kind of person an age is of when no name is given, from the noun written right after it, one of the
    lexicon's `unnamed_age_holders`, with the place after "from" ("a 46-year-old man from Northern Ireland": "man
    from northern ireland"; "the 11-month-old boy": "boy"); "" for any other age ("a 35-year-old chairlift", "the
    25-year-old", "was eight years old")."""
    return "" if claim.subject else age_holder(claim)


def age_holder(claim: QuantityClaim) -> str:
    """The kind of person an age is of, as `unnamed_holder` reads it, whether or not a name is given too ("the
    driver, a 25-year-old man from Northern Ireland": "man from northern ireland")."""
    if claim.counted != "age":
        return ""
    at = _figure_at(claim)
    if at < 0:
        return ""
    found = _AGE_HOLDER.match(claim.sentence, at + len(claim.text))
    kind = _age_holder_kinds().get(found.group("noun")) if found else None
    if found is None or kind is None:
        return ""
    after = (found.group("next") or "").strip()
    modified = after and after not in STOP and not after.endswith("ed") and not past_verb(tokenize(after)[0])
    if found.group("noun") in lexicon().subgroup_modifiers and modified:
        return ""  # "a 41-year-old male nurse": a nurse, a kind of person of its own
    place = " ".join(words_of(found.group("place") or ""))
    if CALENDAR.intersection(place.split()):
        return kind  # "a 40-year-old man from Monday's crash", "from Tuesday": a day, no place
    return f"{kind} from {place}" if place else kind


def kinds_of_kin_aged(claim: QuantityClaim) -> frozenset[str]:
    """The kinds of person (of `unnamed_age_holders`) an age given for no name before a noun of kin may be of
    (`unnamed_age_kin`: "her 12-year-old sister" may be a girl, a woman or a baby); none for other nouns."""
    if claim.subject or claim.counted != "age":
        return frozenset()
    at = _figure_at(claim)
    found = _AGE_HOLDER.match(claim.sentence, at + len(claim.text)) if at >= 0 else None
    if found is None:
        return frozenset()
    return frozenset(kind for kind, words in lexicon().unnamed_age_kin.items() if found.group("noun") in words)


def befallen(claim: QuantityClaim) -> frozenset[str]:
    """The facts that befall people which a figure's sentence names ("A 30-year-old man from Leeds was arrested":
    arrests): what befell the person an age is given for, as far as its sentence tells."""
    return frozenset(
        fact
        for fact in _facts_named_in(claim.sentence)
        if lexicon().facts[fact].befalls and _affirmed_any(claim.sentence, _fact_terms(fact))
    )


@cache
def _age_holder_kinds() -> dict[str, str]:
    """Each noun of a kind of person an age may be given for → that kind."""
    return {word: kind for kind, words in lexicon().unnamed_age_holders.items() for word in words}


def _people_from(claim: QuantityClaim) -> str:
    """The people whose countries a count after "from" or "of" counts, the noun right before that word, with the
    noun "and" or "or" joins to it, in lower case ("Prisoners from 14 nations": prisoners; "crew and prisoners from
    16 countries": crew and prisoners, another count than the prisoners')."""
    before = [word.lower() for word in _words_before_figure(claim)[-5:-1]]
    if not before:
        return ""
    if len(before) >= 3 and before[-2] in ("and", "or"):
        return " ".join(before[-3:])
    return before[-1]


@cache
def _record_word_patterns() -> list[re.Pattern[str]]:
    """One pattern per word of a record span ("worst", "deadliest", "first time"), in the lexicon's order."""
    return [re.compile(rf"\b{re.escape(word)}\b", re.I) for word in lexicon().fact_words("record span")]


def record_noun(claim: QuantityClaim) -> str:
    """The thing a record's superlative names, the word right after it ("the worst drought in 60 years": drought;
    "the deadliest storm to hit the island": storm; "the first time that the country has seen famine": famine, the
    last word before the span), stemmed, and named by the first of its kind where `record_noun_groups` holds it
    (a typhoon's record is a storm's); "" where it names none ("the strongest to hit Yunnan in 14 years") or no
    word of the record stands before the figure."""
    at = claim.sentence.find(claim.text)
    before = claim.sentence[: max(at, 0)]
    marks = [m for pattern in _record_word_patterns() for m in pattern.finditer(before)]
    if not marks:
        return ""
    mark = max(marks, key=lambda m: m.end())
    if mark.group().lower() == "first time":  # "the first time that the country has seen famine in 19 years"
        seen = [w for w in words_of(before[mark.end() :]) if w.lower() not in STOP]
        last = seen[-1] if len(seen) > 1 else ""
        return stem(last.lower()) if last[:1].islower() else ""
    following = [w for w in words_of(before[mark.end() :])[:2] if w.lower() != "ever"][:1]  # "the worst-ever drought"
    if not following or following[0].lower() in STOP:
        return ""
    noun = stem(following[0].lower())
    return next((group[0] for group in lexicon().record_noun_groups if noun in group), noun)


def _whole_after_of(claim: QuantityClaim, row: FactRow) -> str:
    """The whole named after "of" right after what a figure counts, up to a word of the fact or one that ends it
    (`whole_ends`): "10-12 coaches of the Coromandel Express derailed": the Coromandel Express."""
    at = claim.sentence.find(claim.text)
    after = claim.sentence[at + len(claim.text) :] if at >= 0 else ""
    counted = (claim.counted or "").split()
    words = after.split()
    if counted and [w.lower() for w in words[: len(counted)]] == [w.lower() for w in counted]:
        words = words[len(counted) :]
    if not words or words[0].lower() != "of":
        return ""
    ends = {*lexicon().whole_ends, *(w for phrase in row.with_ for w in phrase.split()[:1])}
    whole: list[str] = []
    for word in words[1:]:
        if word.strip("“”\"',.;:()").lower() in ends:
            break
        whole.append(word)
        if word.endswith((".", ";", ":")):
            break
    named = words_of(" ".join(whole))
    return " ".join(named[1:] if named[:1] in (("the",), ("a",), ("an",)) else named)


# A sum written with its currency: a sign before the digits, or a currency word after them.
_SUM = re.compile(r"[£$€¥₹]\s?\d|\d\s*(?:[a-z]+\s+)?(?:pounds|euros|dollars|yen|rupees)\b", re.IGNORECASE)


def _recipient(row: FactRow, claim: QuantityClaim) -> str:
    """Who receives a sum handed out and what it is ("pensioners payment"): the one its own words name, else the
    nearest its sentence names where the sentence writes no other sum; "" where none is named (compared with
    nothing)."""
    kinds = [words_of(word) for word in row.words]
    own = words_of(_about(claim))
    kind = next((" ".join(k) for k in kinds if first_at(own, [k]) is not None), "")
    at = claim.sentence.find(claim.text)
    if not kind or at < 0:
        return ""
    who = _recipient_in(own)
    if not who and len(_SUM.findall(claim.sentence)) == 1:
        before, after = words_of(claim.sentence[:at]), words_of(claim.sentence[at + len(claim.text) :])
        who = _recipient_in(tuple(reversed(before))) or _recipient_in(after)
    return f"{who} {kind}" if who else ""


def _recipient_in(words: tuple[str, ...]) -> str:
    recipients = _recipients()
    return next((recipients[word] for word in words if word in recipients), "")


@cache
def _recipients() -> dict[str, str]:
    """Each word that names who receives a sum handed out, as `words_of` gives it → who they are."""
    return {
        word: who for who, names in lexicon().handout_recipients.items() for name in names for word in words_of(name)
    }


@cache
def _place_names() -> dict[str, str]:
    """A country's other names (as keys of discovery) → its name (`place_aliases`)."""
    return {
        stem(" ".join(words_of(alias))): stem(" ".join(words_of(name)))
        for name, aliases in lexicon().place_aliases.items()
        for alias in aliases
    }


_WORD_AFTER = re.compile(r"[^\W\d_][\w'’]*|[\d,.;:()\[\]\"“”]")


_PHRASE_APART = re.compile(r"[,;:()\u2013\u2014\u2015]|\s-\s")


def _thing(claim: QuantityClaim) -> str:
    """The noun an attributive measure is the size of: the last of the lower-case words after it ("the
    984-foot ship has …": ship; "a 948-foot-long container ship named …": ship), past the size words, up to
    a word that opens a clause, a verb or a name. A size word that measures upward or across (`size_measures`:
    "a 50-metre high section") makes the measure one of its own: "high section", never the section's length."""
    at = claim.sentence.find(claim.text)
    # up to a mark that sets a phrase apart, a dash closed up too ("the 22-foot vessel—along with its crew")
    rest = _PHRASE_APART.split(claim.sentence[at + len(claim.text) :], maxsplit=1)[0] if at >= 0 else ""
    tokens = _WORD_AFTER.findall(rest)
    sizes, stops = set(lexicon().facts["size"].words) | set(lexicon().size_measures), _thing_stops()
    measure, sized = "", False
    while tokens and tokens[0].lower() in sizes:
        measure = measure or lexicon().size_measures.get(tokens[0].lower(), "")
        sized, tokens = True, tokens[1:]
    named = 0
    while len(tokens) > 1 and tokens[0][:1].isupper() and tokens[0].isalpha():
        named, tokens = named + 1, tokens[1:]  # "the 280-metre Orlen mast": a name before the thing's noun
    noun: list[str] = []
    for token in tokens:
        if token in _DETERMINERS:
            # "the 280-metre tower dominates the skyline", "the 300-metre Shard dominates the skyline": a word in
            # -s after a noun or a name, right before "the", is a verb; "the 8-km mountain pass the army used",
            # "the 984-foot ship the Dali": the noun, then what is said of it or its name
            noun = noun[:-1] if noun and (len(noun) > 1 or named) and _verb_in_s(noun[-1]) else noun
            break
        # a word in -ing or -ed is a verb unless it is a noun of things ("an eight-storey building")
        if not token.islower() or token in stops or token.endswith(("ing", "ed")) and stem(token) not in _things():
            break
        noun.append(token)
    if not noun:
        return ""
    thing = stem(noun[-1])
    lex = lexicon()
    if len(noun) > 1 and thing in lex.nested_things and noun[-2].lower() in lex.nesting_modifiers:
        thing = f"{stem(noun[-2])} {thing}"  # "a 3km protection zone" is not the surveillance zone
    if not sized and thing in lexicon().upright_things:
        measure = "high"  # "a 280-metre tower" stands that high; "a 40-metre-long monument" is long
    return " ".join(filter(None, [measure, thing]))


def _verb_in_s(word: str) -> bool:
    """Whether a word may be a verb in -s after its subject ("dominates", "overlooks"), not a noun so ending
    ("pass", "bus", "axis")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "these", "those"})


# The subject a measure is stated of with a linking verb, right before the figure: "The bridge is 2.6 km long",
# "the tower stood 300 metres high", "its new runway measures 3,200 metres".
# The thing a measure is stated of, and its linking verb, past a relative clause set off by commas ("The bridge,
# which opened in 1982, is 1.2 km long").
_MEASURED_SUBJECT = re.compile(
    r"\b(?:the|a|an|its|their|this|that)\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"(?:\s+of\s+(?:the\s+)?(?P<of>[\w-]+(?:\s+[\w-]+)?))?"  # "The statue of the saint stands 55 metres tall"
    r"(?:,\s+(?:which|that|who)\s+[^,]*,)?\s+(?:is|was|are|were|stands|stood|"
    r"measures|measured|stretches|stretched|spans|spanned|runs|ran|reaches|reached)\s+$",
    re.I,
)


def _subject_measured(claim: QuantityClaim) -> str:
    """The thing a measure is stated of after a linking verb, when a size word follows the figure ("The bridge is
    2.6 km long": bridge; "the tower stood 300 metres high": high tower), as `_thing` reads a measure before its
    noun."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return ""
    subject = _MEASURED_SUBJECT.search(claim.sentence[:at])
    after = _WORD_AFTER.findall(claim.sentence[at + len(claim.text) :])[:1]
    size = after[0].lower() if after else ""
    if subject is None or size not in lexicon().facts["size"].words:
        return ""
    noun = subject.group(1).split()[-1].lower()
    if subject.group("of") and (noun.endswith("est") or noun in _PICKING_WORDS):
        noun = subject.group("of").split()[-1].lower()  # "The tallest of the towers is 300 metres high": a tower
    return " ".join(filter(None, [lexicon().size_measures.get(size, ""), stem(noun)]))


# Words before "of" that pick one of what follows ("one of the towers", "the highest of the peaks").
_PICKING_WORDS = frozenset({"one", "top", "rest", "part", "half", "most", "some", "each", "all", "any"})


# The thing that has the parts a count counts, right before "has" or "had" and the figure ("The tower block has 24
# storeys", "the building, which had 14 floors, …").
_HAVING_SUBJECT = re.compile(
    r"\b(?:the|a|an|its|their|this|that)\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?:,\s+(?:which|that))?\s+(?:has|had|have)\s+$",
    re.I,
)


def _subject_having(claim: QuantityClaim) -> str:
    """The thing a count of its parts is stated of with "has" or "had" ("The tower block has 24 storeys": block),
    as `_subject_measured` reads a measure's thing."""
    at = claim.sentence.find(claim.text)
    subject = (
        _HAVING_SUBJECT.search(claim.sentence[: max(at, 0)]) if at > 0 and dimension_of(claim) == "count" else None
    )
    return stem(subject.group(1).split()[-1].lower()) if subject else ""


def _holder_before(claim: QuantityClaim) -> str:
    """The noun of what has the parts a count counts, read before the "with" or "has" right before its figure: the
    last word of the run of words after the last determiner, up to a verb, a preposition or a break ("The hotel,
    which had 40 rooms": hotel; "the hotel had opened in June 2018 with 80 rooms": hotel; "The Alder Lodge has 120
    rooms": lodge; "The hospital on Kirov Street, with 300 rooms": hospital)."""
    tokens = _WORD_AFTER.findall(claim.sentence[: max(_figure_or_text_at(claim), 0)])[:-1]
    starts = [i for i, token in enumerate(tokens) if token.lower() in _DETERMINERS]
    if not starts:
        return ""
    stops, noun = _holder_stops(), []
    for token in tokens[starts[-1] + 1 :]:
        word = token.lower()
        if not token[:1].isalpha() or word in stops or word.endswith("ed") and stem(word) not in _things():
            break
        noun.append(word)
    return stem(noun[-1]) if noun else ""


@cache
def _holder_stops() -> frozenset[str]:
    """Words that end the noun of what has a count's parts: those that end a measure's thing, prepositions and the
    words that may follow a name."""
    lex = lexicon()
    return _thing_stops() | frozenset([*lex.clause_prepositions, *lex.run_place_prepositions, *lex.name_followers])


@cache
def _thing_stops() -> frozenset[str]:
    """Words that end the noun an attributive measure is the size of."""
    lex = lexicon()
    hedges = [word for word in lex.qualifiers if " " not in word]  # "a 25-foot vessel approximately 45 miles …"
    return frozenset(
        [*lex.name_followers, *lex.clause_breaks, *lex.dates.past_markers, *lex.characterising_verbs, *hedges]
    )


def _agent(fact: str, claim: QuantityClaim) -> str:
    """Who did what a fact's count counts, where the fact is told apart by who does it (`agent:`): in an
    exchange each side's release is a count of its own ("the rebels released 40 soldiers" and "the army
    released 120 fighters")."""
    if not lexicon().facts[fact].agent or not claim.subject:
        return ""
    return "by " + " ".join(words_of(claim.subject))


# A base a count is a rate of, right after it or its noun ("5.4 deaths per 1,000 live births", "4.5 per 100,000
# residents", "three for every 10 voters", "2.1 per capita").
_RATE_BASE = re.compile(
    r"^\s*(?:[^\W\d_][\w-]*\s+){0,3}?((?:per|for every|out of every)\s+(?:\d[\d,.]*(?:\s+(?:thousand|million))?"
    r"|a (?:thousand|million|hundred)|one (?:thousand|million|hundred)|capita|head|person|inhabitant|resident))\b",
    re.I,
)


# A sentence that opens by picking from a whole named before ("Of those taken to hospital, …", "Of them, …", "Of
# those... hospitals reported two fatalities"): its counts are a part of that whole.
_OF_THOSE = re.compile(r"\s*Of\s+(?:those|them|these)\b[^,.…]{0,80}(?:,|\.{3}|…)", re.I)


def _rate_base(claim: QuantityClaim) -> str:
    """The base a count is a rate of, as written after it ("per 100,000"), or ""."""
    at = claim.sentence.find(claim.text)
    base = _RATE_BASE.match(claim.sentence[at + len(claim.text) :]) if at >= 0 else None
    return " ".join(base.group(1).lower().split()) if base else ""


def _who(claim: QuantityClaim, dimension: str) -> str:
    """What keeps a figure apart from the story's count of its fact: the part of the people it counts, where
    its noun names one ("100 children were also on board");
    for a count, also a cause, a projection, a deed still to come, what someone asked for, a condition, a
    place elsewhere, an earlier stage, a part of a whole, the size of a group, an inclusion, an addition, a part of the scene
    or another event; the whole a share is of ("46.3% of the employees", "70 percent of primary school
    teachers"); for any other figure, a projection, what someone asked for or a condition ("could face up
    to 20 years", "prosecutors sought 40 years", "when winds exceed 252 km/h"): such a figure is compared only
    with figures of that part or whole."""
    counted = (claim.counted or "").split()
    head = stem(counted[-1].lower()) if counted else ""
    other = other_event(claim) if dimension == "count" else ""
    if other:  # "the 2015 crush, killing over 2,400 pilgrims": whoever they were, that event's count
        return other
    base = _rate_base(claim) if dimension == "count" else ""
    if base:  # "3.2 deaths per 100,000 people": a rate, compared only with rates of that base
        return base
    if dimension == "count" and _OF_THOSE.match(claim.sentence):
        return "of those"  # "Of those taken to hospital, two died": a part of a whole named before
    if dimension == "count" and head in _households():  # "968 families were evacuated": not 968 people
        return "households"

    part = _complement_kind(claim) or _subgroup(claim) or _part_before(claim)
    # "Two of the passengers died", "Two men were pronounced dead at the scene": a part of that kind; not "14 of
    # the dead were children", the count of that kind among all the dead
    narrower = ((_part_of(claim) if head == part else "") or _on_the_spot(claim)) if part else ""
    if narrower:
        return f"{part} {narrower}"
    if part and part == _named_kind(claim):  # "10 Thai citizens", in a breakdown or not: the Thai
        return part
    if part:  # "100 children", "four crew members"; "including 12 children": a part of that other figure
        added = _added(claim)  # "two fewer passengers": a change to that part's count, not the count
        return _included(claim) or (f"{added} {part}" if added else part)
    if dimension == "ratio" and _ratio_change(claim):  # "by 50 basis points to 4.75%": the change, not the rate
        return _ratio_change(claim)
    if dimension == "ratio" and _share_of(claim) and not another_event(claim):
        return _share_of(claim)  # the whole a share is of, unless it is another event's share
    if dimension != "count":
        told = (
            _comparand(claim)
            or projection(claim)
            or _expected(claim)
            or _asked_for(claim)
            or threshold(claim)
            or _conditional(claim)
            or another_event(claim)
            # "prices rose 6.7%" is the rate itself; "plunged 65ft", how far something fell
            or ("" if dimension in ("ratio", "length", "duration") else _change(claim))
        )
        if dimension == "money":
            told = _money_kind(claim) or told
        return told or (_with_add_ons(claim) or _earlier(claim) or _another_year(claim) if dimension == "money" else "")
    if _place_of_before(claim):  # "restored across the country of 48 million by tonight": how many live there
        return ""
    if _combined(claim):  # "the two towns, with a combined population of 12,000": no one place's count
        return "combined"
    # a cause is the narrowest part: "12 hikers may have died from exposure" is a toll of exposure
    return (
        _cause(claim)
        or _comparand(claim)
        or projection(claim)
        or _still_to_come(claim)
        or _asked_for(claim)
        or threshold(claim)
        or _conditional(claim)
        or _elsewhere(claim)
        or _spread(claim)
        or _earlier(claim)
        or _part_of(claim)
        or _opened_whole(claim)
        or _members_of(claim)
        or _group_of(claim)
        or _included(claim)
        or _joined_to_another(claim)
        or _count_change(claim)
        or _added(claim)
        or _on_the_spot(claim)
        or _by_means(claim)
        or other_event(claim)
    )


# A sum per unit right after the figure: "per share", "a share", "/share", "-per-share" (the unit after "a" or "an"
# one of `unit_of_sale_nouns`, after "per" or "/" any word but a figure's); a unit of two words too ("a square foot").
_PER_UNIT = re.compile(r"^\s*(?:-\s*)?(?:(?P<per>per|/)\s*-?\s*|(?P<a>an?)\s+)(?P<unit>[a-z]+(?:\s+[a-z]+)?)", re.I)

# "for each" or "for every" and the unit, in the figure's clause after it, past a name or two ("$38.8 worth of
# Entegris stock for each Versum share").
_FOR_EACH = re.compile(r"^[^.]*?\bfor\s+(?:each|every)\s+(?:[A-Z][\w-]*\s+){0,2}(?P<unit>[a-z]+)\b")


def _per_unit(claim: QuantityClaim) -> str:
    """ "per share" for a sum that is the price of one unit ("$48 per share", "$53 a share", "$48-per-share
    proposal", "₹78.57 a litre"): the price of one share is compared only with prices of one share, never with a
    deal's total ("valued at $5.9 billion"), a fee or anything else; "$17 billion a decade ago" is no such price."""
    at = claim.sentence.find(claim.text)
    after = claim.sentence[at + len(claim.text) :] if at >= 0 else ""
    each = _FOR_EACH.match(re.split(r"[,;:]\s", after, maxsplit=1)[0])
    if each:  # "$38.8 worth of Entegris stock for each Versum share", "£300 for every household"
        return f"per {stem(each.group('unit').lower())}"
    restated = _RESTATED_SUM.match(after)
    past = after[restated.end() :] if restated else after  # "865,000 euros (£782,000) a week": its unit is past them
    found = _PER_UNIT.match(past) or _PER_UNIT.match(_past_compared_figure(after))
    if found is None:
        return _per_unit_before(claim)
    words = found.group("unit").lower().split()
    lex = lexicon()
    if found.group("per"):
        return f"per {stem(words[0])}"
    nouns = set(lex.unit_of_sale_nouns)
    unit = " ".join(words) if " ".join(words) in nouns else words[0]
    rest = found.string[found.start("unit") + len(unit) :]
    if unit not in nouns or _time_back(rest):
        return ""
    return f"per {stem(unit)}"


# The sum restated in another currency in brackets right after a figure ("865,000 euros (£782,000) a week").
_RESTATED_SUM = re.compile(r"^\s*\([^()]*\d[^()]*\)")


def _time_back(rest: str) -> bool:
    """Whether the words right after a sum's "a" and unit make it a time back ("$17 billion a decade ago", "$5 a year
    earlier"), not a price of one unit: a stop word of `per_unit_stops` right after the unit, with no mark between
    ("£782,000 a week – before tax" is a wage of one week), and not one that opens what the sum is before or after
    ("a week before tax")."""
    lex = lexicon()
    words = words_of(rest)
    if not words or words[0] not in lex.per_unit_stops or not re.match(r"\s+[^\W\d_]", rest):
        return False
    return not any(tuple(words[: len(words_of(p))]) == tuple(words_of(p)) for p in lex.per_unit_stop_exceptions)


# A figure a sum is set against right after it, up to the unit they share ("$2.18 vs. 3 cents per share").
_COMPARED_FIGURE = re.compile(
    r"^[^,;]*?\b(?:vs\.?|versus)\s+[^\W\d_]{0,3}\s*[$€£¥₹]?\s*\d[\d.,]*\s*(?:cents?|pence|p|[mb]illion|bn|m)?\b", re.I
)

# "per" and the unit in a sum's clause before it, with no other figure between ("earnings per share were $2.18").
_PER_BEFORE = re.compile(r"\bper\s+(?P<unit>[a-z]+)\b(?P<rest>[^\d]*)$", re.I)


def _past_compared_figure(after: str) -> str:
    """What follows the figure a sum is set against right after it ("$2.18 vs. 3 cents per share": " per share"),
    or "": the unit written after the second figure is the first's too."""
    found = _COMPARED_FIGURE.match(after)
    return after[found.end() :] if found else ""


def _per_unit_before(claim: QuantityClaim) -> str:
    """The unit a sum is for where its clause names it before the figure ("Adjusted earnings per share were $2.18",
    "revenue per user rose to $12", "EPS of $0.91": `per_unit_abbreviations`), or ""."""
    at = claim.sentence.find(claim.text)
    clause = _CLAUSE_BREAK.split(claim.sentence[: max(at, 0)])[-1]
    found = _PER_BEFORE.search(clause)
    hundredths = found is not None and found.group("unit").lower() in ("cent", "centum")  # "3 per cent": a share
    if found and not hundredths and not (set(words_of(found.group("rest"))) & set(lexicon().per_unit_stops)):
        return f"per {stem(found.group('unit').lower())}"
    units = lexicon().per_unit_abbreviations
    named = [units[word] for word in words_of(clause.lower()) if word in units]
    return f"per {stem(named[-1])}" if named else ""


def _money_kind(claim: QuantityClaim) -> str:
    """What keeps a sum apart from the one its story reports: a forecast of it, a figure adjusted for items left out,
    a line of business, the price or earnings of one unit; together where several hold ("3 cents per share,
    expected"). A forecast is never told apart by "adjusted": analysts forecast the adjusted figure mostly, and
    their wording seldom says so."""
    forecast = _forecast(claim)
    adjusted = "" if forecast else _adjusted(claim)
    kinds = [kind for kind in (forecast, adjusted, _segment(claim), _per_unit(claim)) if kind]
    return " ".join(kinds)


@lru_cache(maxsize=16)
def _phrase_pattern(field: str) -> re.Pattern[str]:
    """The phrases of a lexicon list as whole words, a hyphen or a letter on either side ending none."""
    return re.compile(rf"(?<![\w-])(?:{alternatives(word_set(field))})(?![\w-])", re.I)


@cache
def _spread_pattern() -> re.Pattern[str]:
    """The phrases of `forecast_range_phrases`, a few words allowed between their first word and the rest ("estimates
    for Marlow varied")."""
    phrases = []
    for phrase in lexicon().forecast_range_phrases:
        first, _, rest = phrase.partition(" ")
        phrases.append(rf"{re.escape(first)}\s+(?:\S+\s+){{0,4}}?{re.escape(rest)}")
    return re.compile(rf"\b(?:{'|'.join(phrases)})\b", re.I)


def _clause_before(claim: QuantityClaim) -> str:
    """The figure's clause before it, with the clause before that where its own opens by setting the figure against
    another ("…, compared to a loss of $1.12 per share last year": `comparison_openers`)."""
    at = claim.sentence.find(claim.text)
    clauses = re.split(r"[,;:()]", claim.sentence[: max(at, 0)])
    own = clauses[-1]
    opened = _phrase_pattern("comparison_openers").match(own.strip())
    return " ".join(clauses[-2:]) if opened and len(clauses) > 1 else own


def _forecast(claim: QuantityClaim) -> str:
    """ "forecast" for a sum that analysts, markets or a company expected (`forecast_words` in its clause before it,
    or right after it past a comma: "Analysts had expected revenue of $5.37 billion", "$5.37 billion, expected"),
    "forecast range" for an end of the spread of forecasts (`forecast_range_phrases` before it in its sentence):
    compared only with forecasts of that kind, never with the figure reported."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return ""
    if _spread_pattern().search(claim.sentence[:at]):
        return "forecast range"
    clause = _CLAUSE_BREAK.split(claim.sentence[:at])[-1]
    if any(not _beaten(clause, found) for found in _phrase_pattern("forecast_words").finditer(clause)):
        return "forecast"
    after = claim.sentence[at + len(claim.text) :].split(",", 1)
    if len(after) == 2 and not re.search(r"\d", after[0]) and _phrase_pattern("forecast_words").match(after[1].strip()):
        return "forecast"
    return ""


def _beaten(clause: str, found: re.Match[str]) -> bool:
    """Whether a forecast word is what the reported figure is set against, not what the figure is of ("profit beat
    expectations at $2.1 billion", "raised its outlook after revenue rose to"; `forecast_beaters`), where no "of"
    or "for" leads from it to the figure ("beat estimates of $5.15bn" gives the estimate), nor "to" ("cut its
    outlook to $48 billion" gives the forecast changed)."""
    rest = clause[found.end() :].strip().lower()
    leading = set(words_of(clause[: found.start()])[-3:])
    # "cut its revenue outlook to $48 billion": the forecast itself, changed
    return bool(rest) and not re.match(r"(?:of|for|to)\b", rest) and bool(leading & word_set("forecast_beaters"))


def _segment(claim: QuantityClaim) -> str:
    """The line of business a sum of what a company took in is narrowed to by the lowercase word before its noun,
    in its clause before it or right after it past "in" or "of" ("$5.18 billion in second-quarter automotive
    revenue", "services revenue of $24 billion": "automotive revenue"), or "": a part of the whole, never compared
    with the whole."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return ""
    after = _SEGMENT_AFTER.match(claim.sentence[at + len(claim.text) :])
    before = _CLAUSE_BREAK.split(claim.sentence[:at])[-1]
    nouns, wholes = word_set("segment_measure_nouns"), word_set("whole_measure_modifiers")
    for stretch in (after.group(1) if after else "", before):
        for found in _MODIFIED_NOUN.finditer(stretch):
            word, noun = found.group(1), found.group(2).lower()
            if noun in nouns and word not in wholes and not _PERIOD_WORD.search(word) and not _verb_or_link(word):
                return f"{word} {noun}"
    return ""


def _verb_or_link(word: str) -> bool:
    """A word before a sum's noun that is a verb or a function word ("said revenue", "posted revenue", "after
    revenue"), never a line of business."""
    return word in STOP or word.endswith("ed") or word in irregular_past() or word in word_set("speech_verbs")


# What right after a sum names what it is of ("… in second-quarter automotive revenue").
_SEGMENT_AFTER = re.compile(r"\s+(?:in|of|from)\s+((?:[\w-]+\s+){1,2}[A-Za-z]+)\b")
# A lowercase word standing alone (no hyphen or apostrophe joins it to the word before) and the noun after it.
_MODIFIED_NOUN = re.compile(r"(?<![\w'’-])([a-z]{3,})\s+(?=([A-Za-z]+)\b)")
_PERIOD_WORD = re.compile(r"(?:quarter|year|month|half|week|day|annual|ly)$")


def _adjusted(claim: QuantityClaim) -> str:
    """ "adjusted" for a company's figure adjusted for items it leaves out (`adjusted_measure_words` in its clause
    before it, or right after it, or in a short phrase that opens its sentence: "adjusted earnings of $2.18", "$2.18
    ex-items", "Excluding items, earnings were $2.18"; a clause that sets it against the figure before reads that
    one's: "…, compared to a loss of $1.12")."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return ""
    pattern = _phrase_pattern("adjusted_measure_words")
    after = claim.sentence[at + len(claim.text) :]
    right_after = " ".join(after.split()[:2])
    opening, _, between = claim.sentence[:at].partition(",")
    # "Excluding items, earnings were …", the figure in the first clause after the phrase
    fronted = bool(between) and not re.search(r"[,;]", between) and len(opening.split()) <= 5
    fronted = fronted and bool(pattern.search(opening))
    return "adjusted" if fronted or pattern.search(_clause_before(claim)) or pattern.match(right_after) else ""


# Words before a figure, back to its clause, that a word making it several places' or groups' sum is read in.
COMBINED_REACH = 4


def _combined(claim: QuantityClaim) -> bool:
    """Whether a count is written as the sum of several places or groups ("the two towns' combined population
    of 12,000", "a joint population of almost 60 million"): compared only with such sums, never with one
    place's count."""
    at = claim.sentence.find(claim.text)
    clause = _CLAUSE_BREAK.split(claim.sentence[: max(at, 0)])[-1]
    return bool(set(words_of(clause)[-COMBINED_REACH:]) & word_set("combined_words"))


# The part of a measure's or a share's figures that are changes, not levels.
CHANGE = "change"

_CONVERTED = re.compile(r"(?:\bby\s+)?[-−]?[\d.,]+\s*(?:[^\W\d_]+\s*){0,2}\(\s*$")


def _change(claim: QuantityClaim) -> str:
    """A measure of a change or a difference, not a level ("rising by 0.4C", "rose 2C overnight", "climb by a
    further £800", "3C warmer than usual", "1.5C above pre-industrial levels"; "(0.72 degrees Fahrenheit)" after such a change): compared
    only with other changes."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return ""
    ahead = _CONVERTED.sub("", claim.sentence[:at])  # the figure a bracketed one converts stands for it
    before = list(words_of(ahead)[-5:])
    increments = word_set("change_increments")
    while before and before[-1] in increments:
        before.pop()  # "climb by a further £800", "fell another 3 metres"
    if before[-1:] == ["by"]:
        before.pop()
    after = words_of(claim.sentence[at + len(claim.text) :])[:1]
    changed = bool(before) and _change_word(before[-1])
    return CHANGE if changed or (after and after[0] in lexicon().difference_words) else ""


def _change_word(word: str) -> bool:
    """Whether a word as `words_of` gives it is one of `change_verbs`, whose words are compared stemmed alike:
    "rises" and "increases" are read as "ris" and "increas"."""
    return word in stems_of("change_verbs")


def is_change(claim: QuantityClaim) -> bool:
    """Whether a measure is a change or a difference, not a level ("rising by 0.4 degrees Celsius")."""
    return _change(claim) == CHANGE


def _ratio_change(claim: QuantityClaim) -> str:
    """A share or a rate's change, not its level: one written in points ("0.3 percentage points", "50 basis
    points"), or one after "by" that a level follows ("raised by 2% to 5.1%"); "prices rose 6.7%" is the rate
    itself."""
    unit = (claim.unit or "").lower()
    if unit in word_set("difference_units"):
        return CHANGE
    at = claim.sentence.find(claim.text)
    if at < 0:
        return ""
    if _rate_moved(words_of(_CLAUSE_BREAK.split(claim.sentence[:at])[-1])):
        return CHANGE
    before = words_of(claim.sentence[:at])[-2:]
    after = claim.sentence[at + len(claim.text) :]
    level = re.match(r"\s+to\s+\D{0,12}?(\d+(?:\.\d+)?)", after)
    if level and _split_of_a_whole(claim.value.point, float(level.group(1))):
        return ""  # "approved by 61% to 39%": how a vote split, not a change
    return CHANGE if "by" in before and level else ""


def _rate_moved(before: tuple[str, ...]) -> bool:
    """Whether the words before a figure make it the move of a rate that is their subject ("the unemployment
    rate is down .1% from last month", "the jobless rate rose 0.2%", "interest rates were up 0.5%"): the rate
    moved by the figure; "fell to 3.4%" or "consumer prices rose 6.7%" give the level itself."""
    words = list(before)
    if words[-1:] == ["by"]:
        words.pop()
    lex = lexicon()
    if not words or (words[-1] not in lex.change_verbs and words[-1] not in lex.change_adverbs):
        return False
    words.pop()
    while words and words[-1] in lex.rate_links:
        words.pop()
    return bool(set(words[-RATE_SUBJECT_REACH:]) & set(lex.rate_nouns))


# Words before a verb of change that the rate it moves may be among ("the jobless rate in Ontario is down 0.3%").
RATE_SUBJECT_REACH = 4


# How far from 100 the two sides of a split may add up ("61% to 39%", "50.1% to 49.8%").
SPLIT_SLACK = 1.0


def _split_of_a_whole(first: float | None, second: float) -> bool:
    return first is not None and abs(first + second - 100.0) <= SPLIT_SLACK


def _other_side_of_a_split(claim: QuantityClaim) -> bool:
    """Whether a share is the second of a split written "X% to Y%" that adds up to the whole ("approved by 61% to
    39%"): the other side's share."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return False
    opening = re.search(r"(?<!\bfrom )(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)\s+to\s+\D{0,3}$", claim.sentence[:at])
    point = claim.value.point
    return opening is not None and point is not None and _split_of_a_whole(float(opening.group(1)), point)


@cache
def _households() -> frozenset[str]:
    return frozenset(stem(word) for word in lexicon().household_nouns)


def _share_of(claim: QuantityClaim) -> str:
    """The whole a share's noun says it is of ("46.3% of the employees": the employee; "52% of the vote"), in the
    words `_whole` keeps; "" for no noun, a word of people at large that names no part of them (`subgroups`), or
    a state that is the share itself ("85% contained")."""
    counted = (claim.counted or "").split()
    if not counted or counted[-1].endswith("ed"):
        return ""
    head = stem(counted[-1].lower())
    if head in stems_of("generic_heads") and head not in stems_of("subgroups"):
        return ""  # "60% of people", "58% of residents"; "40% of children" is a share of the children
    return _whole(claim.counted or "")


def _whole(counted: str) -> str:
    """The whole a share is of, in words, without what only says it is the whole or a share of it: "the
    national vote", "the vote share" and "total votes" are the vote."""
    words = list(words_of(counted))
    modifiers = word_set("whole_modifiers")
    while len(words) > 1 and words[-1] in ("share", "shares", "percentage"):
        words.pop()
    while len(words) > 1 and words[0] in modifiers:
        words.pop(0)
    return " ".join([*words[:-1], stem(words[-1])]) if words else ""


# "of the dead were children", "of those killed were foreigners": the whole a part is picked from, then what they were.
_COMPLEMENT = re.compile(r"\s+of\s+(?:the|those|them|whom)\b[^,;:]{0,40}?\s(?:were|are)\s+(?:all\s+)?([^\W\d_][\w-]*)")


def _complement_kind(claim: QuantityClaim) -> str:
    """The part of the people a figure picked from a whole says they were ("At least 14 of the dead were children",
    "Six of those killed were Britons"): compared with counts of that part ("Nine children were among the dead")."""
    at = claim.sentence.find(claim.text)
    found = _COMPLEMENT.match(claim.sentence, at + len(claim.text)) if at >= 0 else None
    if found is None:
        return ""
    word = found.group(1)
    head = kind_form(stem(word.lower()))
    return head if head in stems_of("subgroups") or word[:1].isupper() else ""


@per_claim  # read several times for one figure by `quantity_keys` and `people_parts`
def _subgroup(claim: QuantityClaim) -> str:
    """The part of the people a count's noun names ("100 children", "four crew members", "seven male victims"), if
    one does: its head, the noun before "members" or "onboard", or the word that names their sex; none for two
    kinds joined ("241 passengers and crew", "passengers or crew": everyone)."""
    subgroups = stems_of("subgroups")
    trailers = stems_of("head_trailers")
    words = [stem(word.lower()) for word in (claim.counted or "").split()]
    while len(words) > 1 and words[-1] in trailers:
        words = words[:-1]
    pair = " ".join(words[-2:]) if len(words) > 1 else ""
    head = pair if pair in subgroups else kind_form(words[-1]) if words else ""  # "police officers", not "officers"
    at = claim.sentence.find(claim.counted or claim.text)
    after = words_of(claim.sentence[at + len(claim.counted or claim.text) :])[:2] if at >= 0 else ()
    joined = {"and", "or"} & set(words) or (len(after) == 2 and after[0] in ("and", "or") and _joined_noun(after[1]))
    if joined:
        return ""
    modifier = next((word for word in words[:-1] if word in lexicon().subgroup_modifiers), "")
    if modifier:  # "six female students": a part of the students
        return f"{modifier} {head}"
    named = _named_kind(claim)
    if head in subgroups and named and named != head:  # "1,000 Italian passengers": a part of the passengers
        return f"{named} {head}"
    if head in subgroups or _identity(claim):
        return head
    return named


def _members_of(claim: QuantityClaim) -> str:
    """The group whose members a count counts ("two members of a business family"): a part of the people,
    compared only with counts of that group's members."""
    if [stem(word.lower()) for word in (claim.counted or "").split()] != [stem("members")]:
        return ""
    at = claim.sentence.find(claim.counted or "")
    group = _group_after(claim.sentence[at + len(claim.counted or "") :] if at >= 0 else "")
    return f"members of {group}" if group else ""


_GROUP_AFTER = re.compile(
    r"^\s+of\s+([^,;:()]+?)(?=\s+(?:and|or|who|that|which|in|on|at|from|with|were|was)\b|[,;:()]|$)", re.I
)


def _group_after(after: str) -> str:
    """The head noun of the group "of …" names right after a count of its members ("of an iconic business
    family and …": family)."""
    found = _GROUP_AFTER.match(after)
    words = words_of(found.group(1)) if found else ()
    return stem(words[-1]) if words else ""


def kind_form(word: str) -> str:
    """The kind of people a noun names, in the word the lexicon reads it as ("crewmen" is the crew)."""
    return lexicon().kind_forms.get(word, word)


def _joined_noun(word: str) -> bool:
    """Whether the word after "and" or "or" that follows a count's noun opens another noun the count also
    counts ("241 passengers and crew", "12 Germans and Russian activists were freed": everyone), not a count or
    a phrase of its own ("five Germans and seven Russians", "30 Britons and their families")."""
    numbers = stems_of("number_words")
    return stem(word) in stems_of("subgroups") or not (
        word[:1].isdigit() or stem(word) in numbers or word in lexicon().phrase_determiners
    )


def _part_before(claim: QuantityClaim) -> str:
    """The people named right before a verb that makes a count their part of the whole ("Egyptians accounted
    for 658 deaths", "children made up 40 of the dead"): a part the lexicon knows, or a capitalised plural
    where the sentence is not a title's."""
    at = claim.sentence.find(claim.text)
    before = list(words_of(claim.sentence[:at])[-4:]) if at >= 0 else []
    if not before:
        return ""
    for verb in _part_verb_words():
        if len(before) > len(verb) and before[-len(verb) :] == verb:
            word = claim.sentence[:at].split()[-len(verb) - 1].strip(",;:")
            people = stem(word.lower())
            if people in stems_of("subgroups"):
                return people
            named = word[:1].isupper() and word[1:].islower() and word.endswith("s") and len(word) > 3
            return people if named and not _title_cased(claim.sentence) else ""
    return ""


@cache
def _part_verb_words() -> tuple[list[str], ...]:
    """The words of each of `part_verbs`, in the lexicon's order."""
    return tuple(list(words_of(phrase)) for phrase in lexicon().part_verbs)


def _named_kind(claim: QuantityClaim) -> str:
    """The people a count's noun names by a capitalised word before it, where the sentence around it is not
    capitalised ("12 Thai national hostages", "13 Israeli citizens", "39 Palestinian prisoners"): people by
    nationality, faith or party, a part of those a story is about, whatever noun follows."""
    counted = (claim.counted or "").split()
    if len(counted) < 2 or _title_cased(claim.sentence) or not counted[0][:1].isupper() or counted[0].isupper():
        return ""
    word = counted[0]
    if not (word[1:].islower() and word.isalpha() and word.lower().endswith(demonym_adjective_endings())):
        return ""  # "Hong Kong protesters", "Red Cross workers": a place's or a body's, not a people's
    return stem(word.lower())


def _identity(claim: QuantityClaim) -> bool:
    """Whether a count's noun, a bare plural, is capitalised where the sentence around it is not ("five Indians
    were on board", "three Republicans voted against"): people by nationality, faith or party, a part of
    those a story is about. In a title that capitalises every word, only a noun with a demonym's ending."""
    counted = (claim.counted or "").split()
    if len(counted) != 1 or not counted[0].isalpha():
        return False
    word = counted[0]
    if not (word[0].isupper() and word[1:].islower() and len(word) > 3):
        return False
    demonym = word.lower().endswith(tuple(lexicon().demonym_endings))
    return demonym if _title_cased(claim.sentence) else demonym or word.endswith("s")


def _title_cased(sentence: str) -> bool:
    """Whether most of a sentence's words of four letters or more are capitalised, as in a title."""
    long_words = re.findall(r"[^\W\d_]{4,}", sentence)
    return bool(long_words) and sum(w[0].isupper() for w in long_words) * 2 > len(long_words)


def _first_phrase(text: str, phrases: Iterable[str]) -> str:
    """The first of `phrases` that stands in `text` as whole words, or ""."""
    words = words_of(text)
    if not words:
        return ""
    by_first, needles = _phrase_index(tuple(phrases))
    present = _present(text)
    # only the phrases whose first word is in the text are read, in their order
    candidates = sorted(n for word in present for n in by_first.get(word, ()))
    for number in candidates:
        phrase, needle = needles[number]
        if not present.issuperset(needle):
            continue
        if any(words[k : k + len(needle)] == needle for k in range(len(words) - len(needle) + 1)):
            return phrase
    return ""


@lru_cache(maxsize=256)
def _phrase_index(phrases: tuple[str, ...]) -> tuple[dict[str, list[int]], list[tuple[str, tuple[str, ...]]]]:
    """A list of phrases as `_first_phrase` reads it: each phrase's words, and the phrases (by number) under
    their first word; a phrase with no words is left out."""
    needles = [(phrase, words_of(phrase)) for phrase in phrases]
    by_first: dict[str, list[int]] = {}
    for number, (_, needle) in enumerate(needles):
        if needle:
            by_first.setdefault(needle[0], []).append(number)
    return by_first, needles


@cache
def _figure_start() -> re.Pattern[str]:
    """Where a figure's own number starts in its text: a digit, a currency sign or a number word ("might top 300",
    "could exceed three hundred")."""
    words = "|".join(re.escape(w) for w in sorted(lexicon().number_words, key=len, reverse=True) if len(w) > 2)
    return re.compile(rf"[\d$£€¥₹]|\b(?:{words})\b", re.I)


@per_claim  # read by the checks of a pair and by `_who`
def projection(claim: QuantityClaim) -> str:
    """The words that make a figure a projection ("the toll could reach 20,000", "20,000 people may have
    died", "30,000 will be homeless"): what a count could come to is compared only with projections worded
    alike. A figure in a clause of what is still to be done ("will take out the five bodies") is no
    projection of a count, but `discover` keeps it apart too (`_still_to_come`); a future verb alone ("the
    bridge will cost €48 million") makes no projection, nor any future verb of a sum handed out ("pensioners will
    receive a one-off £300 payment"), nor one of a place "of" its people."""
    if _place_of_before(claim):  # "restored across the country of 48 million by tonight": how many live there
        return ""
    if claim.counted == "age":  # "Jeff Bush, 37, was presumed dead": what is feared of a person, not of an age
        return ""
    words = lexicon().projection_words
    if not may_stand_in(f"{claim.sentence} {claim.text}", words):  # every part read below is a piece of these
        return ""
    sentence = _MODAL_ADVERB.sub(r"\1 ", claim.sentence)  # "30 could hopefully be saved": could be
    sentence = _sensed_modals().sub(" ", sentence)  # "the 2,617 birds … could be seen": what was seen then
    # with the bound written as part of the figure ("might top 300", "could exceed 300"), whose verb ends the phrase
    ahead = (sentence[: max(sentence.find(claim.text), 0)] + _figure_start().split(claim.text, maxsplit=1)[0]).rstrip()
    if ahead.endswith("("):  # "could reach 133.9m euros (£115m)": the figure before, restated, in its clause
        ahead = ahead[:-1]
    before = " ".join(words_of(_CLAUSE_BREAK.split(ahead)[-1])[-PROJECTION_REACH:])
    at = claim.sentence.find(claim.text)
    # "The 200,000-tonne ship is capable of carrying …": what is told after the ship is what the ship does
    near = "" if _of_other_people(claim) else _near(claim, sentence, told=not _attribute_measure(claim))
    found = (
        _first_phrase(near, words)
        or _first_phrase(_relative_opening(claim), words)
        or _first_phrase(before, words)
        or _first_phrase(_including_clause(claim, at), words)
        or _first_phrase(_past_part(claim, at), words)
    )
    if found.startswith("will ") and any(lexicon().facts[fact].by == "recipient" for fact in facts_of(claim)):
        return ""  # a sum handed out is announced for the future: "will be paid", "will receive" project nothing
    return found


# A measure joined by a hyphen to its unit ("200,000-tonne", "400-metre", "12-mile"): written so before a noun.
_JOINED_MEASURE = re.compile(r"\d-[^\W\d_]+$")


def _attribute_measure(claim: QuantityClaim) -> bool:
    """Whether a figure is a measure joined to its unit before a thing's noun ("the 200,000-tonne ship", "a
    400-metre vessel"): the size of the thing, so the verbs told after the noun say what the thing does or may
    do, not what the measure may come to."""
    return claim.unit is not None and claim.counted != "age" and bool(_JOINED_MEASURE.search(claim.text))


def _expected(claim: QuantityClaim) -> str:
    """For a measure, the word of expectation anywhere in its clause before it (`expectation_phrases`: "was expected to
    strike the coast by nightfall with winds of 210 kph"): what was expected, compared only with what was
    expected worded alike, never with what was measured."""
    at = claim.sentence.find(claim.text)
    clause = _CLAUSE_BREAK.split(claim.sentence[: max(at, 0)])[-1]
    return _first_phrase(" ".join(words_of(clause)), lexicon().expectation_phrases)


def _of_other_people(claim: QuantityClaim) -> bool:
    """Whether a count is what its kin are "of" (`kin_nouns`: "the families of the 21 missing people would have to
    wait"): the verb after it tells what those others do or may do, not what befell those counted."""
    at = claim.sentence.find(claim.text)
    before = list(words_of(claim.sentence[: max(at, 0)]))
    if before[-1:] in (["the"], ["those"], ["these"]):
        before = before[:-1]
    return len(before) >= 2 and before[-1] == "of" and stem(before[-2]) in stems_of("kin_nouns")


@cache
def _sensed_modals() -> re.Pattern[str]:
    """A modal with a verb of the senses (`sensed_modals`: "could be seen"): no projection."""
    phrases = "|".join(re.escape(p) for p in sorted(lexicon().sensed_modals, key=len, reverse=True))
    return re.compile(rf"\b(?:{phrases})\b", re.I)


# An adverb between a modal verb and the verb it goes with ("could hopefully be", "may eventually reach"); "only"
# restricts rather than hedges ("could only be reached by boat").
_MODAL_ADVERB = re.compile(
    r"\b(could|can|may|might|will|would|should)\s+(?!only\b)(?:[a-z]+ly|still|also|even|yet|soon|now|thus|therefore)\s+(?=[a-z])"
)


def _past_part(claim: QuantityClaim, at: int) -> str:
    """The words that go on a count after a part of it set off by commas ("All 72 people on the plane, including
    five Indian nationals, are feared dead": "are feared dead …"), where the sentence sets one off."""
    if at < 0:
        return ""
    tokens = tokenize(claim.sentence)
    after = at + len(claim.text)
    comma = next((k for k, t in enumerate(tokens) if t.start >= after and t.text in (",", ";")), None)
    if comma is None or tokens[comma].text != ",":
        return ""
    verb = past_set_off_part(tokens, comma)
    return " ".join(t.text for t in tokens[verb : verb + BEFALLS_AFTER]) if verb != comma else ""


def _including_clause(claim: QuantityClaim, at: int) -> str:
    """For a count included in another ("… appears to have been more than 200, including 18 crew members"), the
    words that lead up to the count it is included in: a part of a projection is a projection too."""
    if at <= 0 or not _included(claim):
        return ""
    before = claim.sentence[:at]
    found = [m.start() for m in _inclusion_word().finditer(before)]
    if not found:
        return ""
    whole = _CLAUSE_BREAK.split(before[: found[-1]].rstrip(" ,;:(\u2013\u2014-"))[-1]
    return " ".join(words_of(whole)[-PROJECTION_REACH:])


@cache
def _inclusion_word() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(lexicon().inclusion_words, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.I)


# Words before a figure, in its clause, read for a projection past a qualifier ("expected to dip as low as").
PROJECTION_REACH = 7


# Words before a figure, in its clause, read for a verb still to come ("crews will bring out the 7 bodies").
FUTURE_REACH = 5


def _still_to_come(claim: QuantityClaim) -> str:
    """ "will" where a figure stands in a clause of what is still to be done ("we will take out the five bodies",
    "rescuers would recover the 9 bodies", "the firm plans to shed 1,500 jobs"): what is yet to happen is no count
    of what has, and every such figure is one stage of the plan."""
    if not may_stand_in(claim.sentence, lexicon().future_verbs):
        return ""
    at = claim.sentence.find(claim.text)
    clause = _CLAUSE_BREAK.split(claim.sentence[: max(at, 0)])[-1]
    words = words_of(clause)[-FUTURE_REACH:]
    denials = _negations()
    present = set(words)
    for phrase in _future_phrases():
        if phrase and phrase[0] not in present:  # a phrase whose first word the clause lacks stands nowhere in it
            continue
        n = len(phrase)
        for k in range(len(words) - n + 1):
            # "officials would not confirm the 40 deaths": a verb denied is no deed still to come
            if words[k : k + n] == phrase and not (k + n < len(words) and words[k + n] in denials):
                return "will"
    return ""


@cache
def _future_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(words_of(phrase) for phrase in lexicon().future_verbs)


# "than" and a determiner or a possessive right before a figure, past up to two words that describe it: "less than
# the US$330 million launch insurance", "more than last year's 1.2 million", "fewer than its estimated 40,000".
_COMPARAND = re.compile(
    r"\bthan\s+(?:the|its|their|his|her|our|this|that|these|those|an?|last\s+\w+['’]s|[A-Za-z]+['’]s)\s+"
    r"(?:[a-z-]+\s+){0,2}$",
    re.I,
)


def _comparand(claim: QuantityClaim) -> str:
    """ "than" for a figure a sentence sets another against, named with a determiner after "than" ("the amount
    insured was less than the $330 million launch insurance", "sales beat the $4bn analysts expected and more than
    last year's $3.1bn"), or after words of `comparand_leads` ("topped only by a three-week strike in Union
    City"): the measure of another thing, or of the same at another time, that the sentence says differs from its
    own. A bound has no determiner ("more than 200 people") and is no comparand."""
    at = claim.sentence.find(claim.text)
    if at <= 0:
        return ""
    before = claim.sentence[:at]
    return "than" if _COMPARAND.search(before) or _ranked_against().search(before) else ""


@cache
def _ranked_against() -> re.Pattern[str]:
    """`comparand_leads` and a determiner or a possessive right before a figure, past up to two words that describe
    it, a year or a possessive among them: "topped only by a three-week strike", "second only to the 1998 flood's 4,000
    dead"."""
    leads = alternatives(lexicon().comparand_leads)
    return re.compile(
        rf"(?<![\w-])(?:{leads})\s+(?:the|its|their|his|her|our|this|that|an?|[A-Za-z0-9]+['’]s)\s+"
        r"(?:[\w-]+(?:['’]s)?\s+){0,2}$",
        re.I,
    )


def _conditional(claim: QuantityClaim) -> str:
    """The word that makes a figure a condition, not something that happened: its clause opens with "if",
    "whenever" or "when" and a verb in the present, none in the past ("a category used when winds exceed 252
    km/h", "schools close if winds reach 45 mph"; not "if the union has pushed its count of 2 million")."""
    at = claim.sentence.find(claim.text)
    before = claim.sentence[: max(at, 0)]
    clause = re.split(r"[,;:()]", before)[-1]
    words = words_of(f"{clause} {claim.text}")  # its own words too: a bound's verb ("exceed 209 km/h")
    opener = next((n for n in range(len(words) - 1, -1, -1) if words[n] in _CONDITION_OPENERS), None)
    if opener is None:
        return ""
    now = word_set("present_verbs")
    verbs = [w for w in words[opener + 1 :] if w in now or (w.endswith("s") and w[:-1] in now)]
    past = [w for w in words[opener + 1 :] if w not in now and (w in irregular_past() or w.endswith("ed"))]
    return words[opener] if verbs and not past else ""


_CONDITION_OPENERS = frozenset({"if", "whenever", "when"})


# Words before a figure, in its clause, and after what it counts, read for a threshold.
THRESHOLD_BEFORE, THRESHOLD_AFTER = 4, 3


def threshold(claim: QuantityClaim) -> str:
    """The word that makes a figure a threshold, what is needed for something to happen ("a two-thirds majority
    was required for the strike", "the bill needed 60 votes", "a quorum of 50"), not what happened: compared
    only with thresholds worded alike. A span right after "needed" is how long something took."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return ""
    after = claim.sentence[at + len(claim.text) :]
    counted = claim.counted or ""
    if counted and counted in after:
        after = after[after.find(counted) + len(counted) :]
    following = words_of(_CLAUSE_BREAK.split(after, maxsplit=1)[0])[:THRESHOLD_AFTER]
    before = words_of(_CLAUSE_BREAK.split(claim.sentence[:at])[-1])[-THRESHOLD_BEFORE:]
    words = lexicon().threshold_words
    found = _first_phrase(" ".join(before), words["before"]) or _first_phrase(" ".join(following), words["after"])
    if found == "needed" and before[-1:] == ("needed",) and dimension_of(claim) == "duration":
        return ""  # "crews needed 14 hours to put out the fire": how long it took
    return found


def _asked_for(claim: QuantityClaim) -> str:
    """The words that make a figure what someone asked for, before it in its clause ("prosecutors had called
    for 40 years", "the defence's plea for a six-year term"): no figure of what was decided."""
    at = claim.sentence.find(claim.text)
    clause = _CLAUSE_BREAK.split(claim.sentence[: max(at, 0)])[-1]
    return _first_phrase(clause, lexicon().demand_words) or _asked_for_after(claim, at)


# A bracket right after a figure that holds the same figure in another unit or currency ("$2trn (€1.8trn)"), or
# the bracket's end after a figure inside one: no clause break between the figure and its noun.
_CONVERTED_AFTER = re.compile(r"^\s*(?:\)\s*)?(?:\([^()]*\d[^()]*\)\s*)?")

# Words read after a figure for a demand's participle (`demand_participles`): its noun and a word of time
# ("price-tag long sought by") before it.
ASKED_AFTER = 5


def _asked_for_after(claim: QuantityClaim, at: int) -> str:
    """The participle after a sum's or a span's noun that makes it what someone asked for ("the $2 trillion
    valuation sought by the crown prince", "the 12 years requested by prosecutors"); a count is left alone
    ("three men sought by police" are the men wanted), and so is a participle after a preposition
    (`demand_participle_stops`) that brings in another noun ("paid $5 million for the painting sought by
    collectors": the painting was sought, the sum was paid)."""
    if at < 0 or dimension_of(claim) == "count":
        return ""
    rest = claim.sentence[at + len(claim.text) :]
    rest = rest[_CONVERTED_AFTER.match(rest).end() :]  # type: ignore[union-attr]
    words = words_of(_CLAUSE_BREAK.split(rest, maxsplit=1)[0])[:ASKED_AFTER]
    stops = frozenset(lexicon().demand_participle_stops)
    participles = [(phrase, words_of(phrase)) for phrase in lexicon().demand_participles]
    for i, word in enumerate(words):
        for phrase, needle in participles:
            if words[i : i + len(needle)] == needle:
                return phrase
        if word in stops:
            return ""
    return ""


def _elsewhere(claim: QuantityClaim) -> str:
    """The words that place a figure outside the story's main place ("killed 170 people elsewhere in the
    country"), read after it up to the end of its clause."""
    at = claim.sentence.find(claim.text)
    after = claim.sentence[at + len(claim.text) :] if at >= 0 else ""
    return _first_phrase(_CLAUSE_BREAK.split(after, maxsplit=1)[0], lexicon().elsewhere_words)


def _spread(claim: QuantityClaim) -> str:
    """The places a count is spread over, where its clause counts them after it ("26 deaths have been confirmed
    across eight states", "killed 40 people in three provinces"): a count over several places, compared only
    with counts spread over places of that kind."""
    at = claim.sentence.find(claim.text)
    after = claim.sentence[at + len(claim.text) :] if at >= 0 else ""
    words = words_of(_CLAUSE_BREAK.split(after, maxsplit=1)[0])
    numbers = lexicon().number_words
    spread = stems_of("spread_nouns")
    for k in range(len(words) - 2):
        number = words[k + 1][:1].isdigit() or words[k + 1] in numbers
        if words[k] in ("across", "in", "over") and number and words[k + 2] in spread:
            return f"across {words[k + 2]}"
    return ""


def _earlier(claim: QuantityClaim) -> str:
    """The word that gives a figure as an earlier stage ("officials previously put the toll at 5,500",
    "Earlier Wednesday, the mayor had put it at six"), read in the figure's own clause and in a phrase that
    opens the sentence, unless that phrase is set against the figure's clause ("While officials initially said
    …, they now put it at 24"; "… had said 280 were taken, but the army said 137 were freed"); a clause between
    them dates something else ("which struck two days earlier")."""
    if not may_stand_in(claim.sentence, lexicon().earlier_words):
        return ""
    at = claim.sentence.find(claim.text)
    parts = re.split(r"[,;:]\s", without_elapsed(claim.sentence[: max(at, 0)]))
    against = _sets_against(parts[0]) or words_of(parts[-1])[:1] in [(w,) for w in lexicon().contrast_joiners]
    read = parts[-1:] + (parts[:1] if len(parts) > 1 and not against else [])
    found = _first_phrase(" ".join(read), lexicon().earlier_words)
    # "the previous world record" and "the existing record": one record broken, however it is worded
    return (
        "earlier record" if found in lexicon().earlier_record_words and not _record_qualified(claim, found) else found
    )


def _record_qualified(claim: QuantityClaim, found: str) -> bool:
    """Whether words after an earlier record narrow it (`record_qualifiers`: "the previous world record fee for a
    female player", "the existing record for the state"), right after "record" and its noun, or a sum's payer
    after the figure ("a record fee of £6m paid by a Scottish club")."""
    lex = lexicon()
    sentence = claim.sentence.lower()
    at = re.search(rf"\b{re.escape(found)}\b", sentence)
    after = words_of(sentence[at.end() :]) if at else []
    after = after[1:] if after[:1] and after[0] in lex.record_nouns else after
    figure = claim.sentence.find(claim.text)
    past = words_of(re.split(r"[,;:]\s", sentence[figure + len(claim.text) :], maxsplit=1)[0]) if figure >= 0 else []
    for phrase in lex.record_qualifiers:
        needle = words_of(phrase)
        if tuple(after[: len(needle)]) == tuple(needle):
            return True
        if len(needle) > 1 and tuple(past[: len(needle)]) == tuple(needle):
            return True
    return False


def _with_add_ons(claim: QuantityClaim) -> str:
    """ "with add-ons" for a sum whose brackets right after it name what it may grow by ("a fee of £60m (with £45m
    up front and £15m in add-ons)"): the most that may be paid, not the sum paid up front."""
    at = claim.sentence.find(claim.text)
    after = claim.sentence[at + len(claim.text) :].lstrip() if at >= 0 else ""
    if not after.startswith("("):
        return ""
    inside = after[1 : after.find(")")] if ")" in after else after[1:]
    return "with add-ons" if any(has_term(inside, word) for word in lexicon().add_on_words) else ""


def _another_year(claim: QuantityClaim) -> str:
    """The year a sum is dated to when it is earlier than its article's ("bought for $80m in 2013", "moved for £12m
    in the summer of 2019"): money of another year is another sale, fine or deal, compared only with its like."""
    published = claim.doc.published
    year = (claim.as_of or "")[:4]
    return f"in {year}" if year.isdigit() and published is not None and int(year) < published.year else ""


def _sets_against(clause: str) -> bool:
    """Whether a clause that opens the sentence is set against the main one ("While officials initially said 51
    had died, they now put the toll at 24"): what it says earlier is its own, not the main clause's figures'."""
    words = list(words_of(clause))
    return any(words[: len(opener.split())] == opener.split() for opener in lexicon().contrast_openers)


_PART_OF = re.compile(r"\s+of\s+(?:(?:the|its|their|those|these)\s+|(?:them|whom)\b\s*)", re.I)
# Words of the whole that name a part with no noun of its own ("two of those who died").
PART_WORDS = 3


def _part_of(claim: QuantityClaim) -> str:
    """The whole a figure is picked from when "of the …" or "of them" follows it ("1,100 of the flood's victims
    were buried unidentified", "seven died, three of them by drowning"): a part, compared only with parts of
    that whole."""
    at = claim.sentence.find(claim.text)
    after = claim.sentence[at + len(claim.text) :] if at >= 0 else ""
    opening, counted = _PART_OF.match(after), (claim.counted or "").split()
    if opening and not counted:  # "Two of those who died were policemen": a part of whoever that is
        return " ".join([*after[: opening.end()].split(), *words_of(after[opening.end() :])[:PART_WORDS]])
    whole = after[opening.end() :].split()[: len(counted)] if opening else []
    if not counted or words_of(" ".join(whole)) != words_of(" ".join(counted)):
        return ""
    return " ".join(after[: opening.end() if opening else 0].split() + whole)


def _opened_whole(claim: QuantityClaim) -> str:
    """The whole a figure is picked from when a clause that opens the sentence names it with its own figure and
    the figure is of no fact but the whole's ("Of the 220 seats on the jet, 49 seats were empty"): a part,
    compared only with parts of that whole, never with what the whole is a count of. A figure of a fact the
    whole does not name is that fact's count ("Of the 12 climbers on the ridge, three died", "Out of 75 victims,
    over 30 remain unnamed"); the whole's own figure is no part."""
    opening = _figured_whole_opening().match(claim.sentence)
    if opening is None or claim.sentence.find(claim.text) < opening.end():
        return ""
    whole = opening.group(0)
    if not all(_affirmed_any(whole, _fact_terms(fact)) for fact in facts_of(claim)):
        return ""
    words = re.split(r"\s+(?:on|in|at|aboard|from|who|that|which|with)\s", opening.group("whole"), maxsplit=1)[
        0
    ].split()
    return f"of {stem(words[-1].lower())}" if words else ""


@cache
def _figured_whole_opening() -> re.Pattern[str]:
    """An opening clause naming a whole with its figure, up to the comma that ends it."""
    openers = "|".join(map(re.escape, lexicon().whole_openers))
    numbers = "|".join(map(re.escape, sorted(set(lexicon().number_words) - {"a", "an"}, key=len, reverse=True)))
    # the figure as written with its qualifier: "Out of around 150,000 pilgrims", "Of some 300 passengers"
    qualifiers = "|".join(map(re.escape, sorted(lexicon().qualifiers, key=len, reverse=True)))
    return re.compile(
        rf"^\s*(?:{openers})\s+(?:(?:the|its|their|those|these)\s+)?"
        rf"(?P<figure>(?:(?:{qualifiers})\s+)?(?:\d[\d,.]*|(?:{numbers})\b))\s+"
        r"(?P<whole>[^,\d;:]+?),\s",
        re.I,
    )


def _group_of(claim: QuantityClaim) -> str:
    """The group whose size a figure is, when it follows one with "of" ("a team of 300", "a crew of 22"): the
    members of that group, compared only with sizes of such groups."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return ""
    before = words_of(claim.sentence[:at])[-2:]
    groups = stems_of("group_nouns")
    return f"{before[0]} of" if len(before) == 2 and before[1] == "of" and before[0] in groups else ""


# A clause that opens with a thing named with a determiner and "and" right before the figure ("The driver and four
# passengers were killed", "the bus and four vehicles fell into the river"): the figure's subject shares its verb.
_JOINED_TO_ANOTHER = re.compile(r"(?:^|[,;:]\s)\s*(?:the|a|an|its|their|his|her)\s+((?:[\w-]+\s+){1,3})and\s+$", re.I)


def _describes(words: list[Token], k: int) -> bool:
    """Whether the word in -ed at words[k] describes the noun after it, standing right after the determiner or after
    adverbs only ("the retired teacher", "the badly injured driver"), not after a noun whose verb it is ("A bomb
    exploded", "The team played well")."""
    return k + 1 < len(words) and all(word.lower.endswith("ly") for word in words[:k])


def _joined_to_another(claim: QuantityClaim) -> str:
    """ "and others" where the figure's subject is joined to another thing named before it that shares its verb
    ("The driver and four passengers were killed"): those the verb befell are more than the figure counts."""
    at = claim.sentence.find(claim.text)
    if at <= 0 or any(ch.isdigit() for ch in claim.sentence[:at]):
        return ""
    joined = _JOINED_TO_ANOTHER.search(claim.sentence[:at])
    words = tokenize(joined[1]) if joined else []
    # "A bomb exploded and 12 people died", "The storm weakened overnight and": two clauses, not one subject of two
    # things; "The retired teacher and 3 neighbours" is one ("retired" describes)
    clause = any(word.lower in lexicon().auxiliaries for word in words) or any(
        past_verb(word) and not _describes(words, k) for k, word in enumerate(words)
    )
    if joined is None or clause:
        return ""
    return "and others"


def _included(claim: QuantityClaim) -> str:
    """The part a figure is when words before it include it in another ("72 people, including 10
    foreigners", "125 died, among them 17 children", "including 72 women and 33 men"): compared only with
    parts included so, of its noun, whatever the word that includes it."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return ""
    before = words_of(claim.sentence[:at])
    for phrase in lexicon().inclusion_words:
        needle = words_of(phrase)
        ends = [k + len(needle) for k in range(len(before) - len(needle) + 1) if before[k : k + len(needle)] == needle]
        if ends and _LISTED.fullmatch("".join(f"{word} " for word in before[ends[-1] :])):
            return "" if _includes_another_fact(claim, before[: ends[-1] - len(needle)]) else _inclusion_label(claim)
    return _inclusion_label(claim) if _fronted_inclusion(before) else ""


def _includes_another_fact(claim: QuantityClaim, whole: tuple[str, ...]) -> bool:
    """Whether the included figure's noun names a fact of its own that the whole before the including word does not
    ("57 hospitalizations, including eight deaths", "34 cases, including two deaths"): all of that fact there is,
    not a part of it; "72 killed, including 10 foreigners" and "40 injuries, including 3 serious injuries" stay
    parts."""
    counted = words_of(claim.counted or "")[-1:]
    own = [fact for fact in facts_of(claim) if counted and counted[0] in _one_word_names(fact)]
    told = " ".join(whole)  # "left 72 people dead in villages along the coast …, including 10 deaths": a part
    return bool(own) and not any(has_term(told, word) for fact in own for word in lexicon().fact_words(fact))


@lru_cache(maxsize=256)
def _one_word_names(fact: str) -> frozenset[str]:
    """The one-word names of a fact, as `words_of` gives them ("deaths", "dead": "death", "dead")."""
    return frozenset(words_of(word)[0] for word in lexicon().fact_words(fact) if len(words_of(word)) == 1)


def _inclusion_label(claim: QuantityClaim) -> str:
    """The part an included figure is, by its noun ("including women"), or "including" where it has none."""
    counted, including = words_of(claim.counted or ""), lexicon().inclusion_words[0]
    return f"{including} {counted[-1]}" if counted else including


def _fronted_inclusion(before: list[str] | tuple[str, ...]) -> bool:
    """Whether a whole named up front includes the figure's list ("Among the dead were 40 men and 13 women",
    "Among those hurt are 12 children"): "among", the whole in a few words, a verb of being, then the list."""
    words = list(before)
    opens = [k for k, word in enumerate(words) if word in lexicon().fronted_inclusion_words]
    if not opens:
        return False
    rest = words[opens[-1] + 1 :]
    verbs = [k for k, word in enumerate(rest[:7]) if word in lexicon().fronted_inclusion_verbs]
    return bool(verbs) and verbs[0] > 0 and bool(_LISTED.fullmatch("".join(f"{w} " for w in rest[verbs[0] + 1 :])))


# What may stand between an including word and a figure of its list: earlier items ("72 women and").
_LISTED = re.compile(r"(?:\d[\d.]*(?: [^\W\d_]+){1,2} (?:and )?)*")


def _count_change(claim: QuantityClaim) -> str:
    """How far a count moved, for a figure a verb of change and its "by" lead to ("the population has gone up by
    72 million", "arrivals fell by a further 2,000", "rises by 2,000"; `change_verbs`, `change_adverbs` after one of
    `change_adverb_links`): not the count, and compared only with moves the same way (`falling_change_words`)."""
    at = claim.sentence.find(claim.text)
    before = list(words_of(claim.sentence[: max(at, 0)])[-6:])
    while before and before[-1] in word_set("change_increments"):
        before.pop()  # "fell by a further 2,000"
    if at < 0 or len(before) < 2 or before[-1] != "by":
        return ""
    verb = before[-2]
    if verb in stems_of("change_adverbs"):  # "has gone up by", not "backed up by 4,000 troops": who did it
        moved = len(before) > 2 and before[-3] in stems_of("change_adverb_links")
    else:
        moved = _change_word(verb)
    if not moved:
        return ""
    return "fallen by" if verb in stems_of("falling_change_words") else "risen by"


def _added(claim: QuantityClaim) -> str:
    """The word that makes a figure an addition to a count, not the count ("14 more bodies were removed",
    "another 58 escaped"): compared only with additions worded alike."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return ""
    before = words_of(claim.sentence[:at])[-2:]
    following = claim.sentence[at + len(claim.text) :].lstrip()
    after = words_of(following)[:1]
    words = lexicon().addition_words
    added = next((w for w in words["before"] if words_of(w) == before[-len(words_of(w)) :]), "") or next(
        (w for w in words["after"] if after == words_of(w)), ""
    )
    if added == "new" and (not following[:1].islower() or len(claim.as_of or "") in (4, 7)):
        return ""  # a name ("3 New York hospitals"), or a period's count ("450 new cases this year")
    if added in words["beyond_another_fact"] and _beyond_another_fact(claim, at):
        return ""
    return (
        lexicon().addition_alike.get(added, added)
        or ("added" if _running_total().search(claim.sentence[at + len(claim.text) :]) else "")
        or ("added" if _raises_its_total(claim, claim.sentence[:at]) else "")
    )


def _raises_its_total(claim: QuantityClaim, before: str) -> bool:
    """Whether the words before a figure carried a count of the figure's own fact to a new figure, then "after"
    ("updated the death toll to five after the finding of three bodies"): the figure is what was added. "raised the
    toll to 40 after 300 rescuers searched" adds no rescuers to the toll."""
    raised = _raised_total().search(before)
    if raised is None:
        return False
    total = raised.group()[: raised.group().lower().find(" to ")]
    return any(any(has_term(total, word) for word in lexicon().fact_words(fact)) for fact in facts_of(claim))


# What opens the clause of a figure after another ("…, with 28 others", "… and injuring 12 others").
_CLAUSE_JOIN = re.compile(r"[,;]|\b(?:and|while|with)\b", re.I)


def _beyond_another_fact(claim: QuantityClaim, at: int) -> bool:
    """Whether "others" set a count beside what befell other people before it in its sentence, and never beside
    its own fact there ("killing 6 and injuring 12 others", "The toll may rise, with 28 others missing"): the
    others are people beyond those, and the figure is the whole count of its own fact."""
    own = [fact for fact in facts_of(claim) if lexicon().facts[fact].befalls]
    joins = list(_CLAUSE_JOIN.finditer(claim.sentence[:at]))
    told = claim.sentence[: joins[-1].start()] if joins else ""  # not the figure's own verb ("and injuring 12")
    named = [
        name
        for name, row in lexicon().facts.items()
        if row.befalls and any(has_term(told, word) for word in lexicon().fact_words(name))
    ]
    return bool(own) and bool(named) and not set(own) & set(named)


@cache
def _running_total() -> re.Pattern[str]:
    """A clause that carries a running count on to a new figure: "…, taking the rescue tally to 88"."""
    verbs = "|".join(map(re.escape, lexicon().running_total_verbs))
    nouns = "|".join(map(re.escape, lexicon().running_total_nouns))
    return re.compile(
        rf"^[^;:.]*?[,–—-]\s*(?:{verbs})\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})(?:\s+[\w-]+)?\s+to\s+\S*\d",
        re.I,
    )


@cache
def _raised_total() -> re.Pattern[str]:
    """A clause before a figure that carried a count to a new figure, then "after" and what did it: "the bureau
    updated the death toll to five later in the evening after the finding of" (three bodies)."""
    verbs = "|".join(map(re.escape, lexicon().raised_total_verbs))
    nouns = "|".join(map(re.escape, lexicon().running_total_nouns))
    total = rf"(?:(?:{verbs})\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})|(?:{nouns})\s+(?:{verbs}))"
    return re.compile(rf"\b{total}\s+to\s+[\w,.-]*\w\b[^;:.]*?\bafter\b[^;:.,]*$", re.I)


def _on_the_spot(claim: QuantityClaim) -> str:
    """The words that place a count at one part of the scene ("34 people died at the venue", "the immediate
    deaths of 34 people"), read right by the figure or in what befell those it counts ("35 people who were declared
    dead on arrival at four hospitals"): a part of the toll, compared only with counts placed so."""
    if _whole_of_a_part(claim):
        return ""  # "Fourteen of the sixteen victims were killed on the spot": the fourteen were
    scenes = lexicon().scene_words
    scene = (
        _first_phrase(f"{_near_the_figure(claim)} {claim.predicate or ''} {_relative_clause(claim)}", scenes)
        if may_stand_in(f"{claim.sentence} {claim.predicate or ''}", scenes)
        else ""
    )
    same = lexicon().scene_synonyms
    return next((first for first, others in same.items() if scene in others), scene)


def _relative_clause(claim: QuantityClaim) -> str:
    """The whole relative clause with "that" or "which" right after what a figure counts ("seven fatalities that
    we know of at this time on the tarmac"): where it places them, however far into the clause. A clause with
    "who" tells what the people did ("14 people who had been visiting relatives in the hospital"), not where
    the count placed them."""
    following = _after_counted(claim, claim.sentence)
    return " ".join(following) if following[:1] in (["which"], ["that"]) else ""


def _whole_of_a_part(claim: QuantityClaim) -> bool:
    """Whether a figure is the whole a part that opens its clause is picked from ("Fourteen of the sixteen
    victims were killed on the spot", "…, and 3 of 12 climbers died at the scene"): what the clause says befell
    them befell the part. A part inside the clause ("a baby was one of 35 people who were declared dead on
    arrival") leaves what befell to the whole."""
    at = claim.sentence.find(claim.text)
    return at > 0 and _part_opening().search(claim.sentence[:at]) is not None


@cache
def _part_opening() -> re.Pattern[str]:
    """A part that opens a clause, right before the whole it is picked from: "Fourteen of the", "…, and 3 of"."""
    numbers = "|".join(map(re.escape, sorted(set(lexicon().number_words) - {"a", "an"}, key=len, reverse=True)))
    return re.compile(rf"(?:^|[,;:(]\s*|\b(?:and|but|while)\s+)(?:\d[\d,]*|{numbers})\s+of\s+(?:the\s+)?$", re.I)


def _by_means(claim: QuantityClaim) -> str:
    """The means by which those a count counts were moved ("3,000 were evacuated by sea", "16,000 people across
    land"), read right by the figure: a part of a breakdown by means, compared only with counts moved so."""
    means = lexicon().means_words
    return _first_phrase(_near_the_figure(claim), means) if may_stand_in(claim.sentence, means) else ""


def _premises_counted(claim: QuantityClaim, fact: str) -> str:
    """ "households" where a count's noun counts premises for its fact as homes do (`premises`: a power company's
    "450,000 customers lost power"), elsewhere people ("the bank's 5 million customers")."""
    return "households" if _head_in(claim, lexicon().facts[fact].premises) else ""


def _head_in(claim: QuantityClaim, nouns: list[str]) -> bool:
    """Whether the head noun of what a count counts is one of `nouns`, as `stem` gives them."""
    counted = (claim.counted or "").split()
    return bool(counted) and stem(counted[-1].lower()) in {stem(word) for word in nouns}


def _whole_of_the_fact(claim: QuantityClaim, who: str, fact: str) -> bool:
    """Whether the part a count's noun or scene names is all its fact counts: the scene is the fact ("350 were
    sent to hospitals"), or the noun is one of the fact's own ("four masked thieves", "three intruders": those
    who did it, however each outlet names them)."""
    if _scene_is_the_fact(claim, who, fact):
        return True
    row = lexicon().facts[fact]
    if who == "households":  # "1,200 homes destroyed": a fact of buildings counts homes among them
        return _head_in(claim, row.whole)
    if row.dimension == "ratio":
        # "58% of voters cast ballots": the turnout, a share of all the voters there are; "40% of children are
        # vaccinated" a share of the children
        return who in {stem(word) for word in row.whole}
    if row.befalls:  # "17 hostages" are all those held hostage; "two hostages died" a part of the dead
        return bool(who) and who == _subgroup(claim) and who in {stem(word) for word in row.whole}
    # a count's noun may be a word of its fact's concept ("5,000 soldiers" of the troops); a share's noun is the
    # whole it is of ("28% of hospital doctors" on strike), never the fact itself
    words = lexicon().fact_words(fact) if row.dimension == "count" else row.words
    return bool(who) and who == _subgroup(claim) and _counts_what_the_fact_counts(claim, words)


def _names_the_fact(claim: QuantityClaim, dimension: str, who: str, fact: str) -> bool:
    """Whether what a share is "of" is only a word of a fact its words alone name ("41% of capacity", "55 percent
    full"): the share itself, not a whole it is a part of; and whether the group a count is the size of is ("a
    workforce of 2,400" is the workforce, as "employs 2,400" is). A fact named by a noun and what was done to it
    ("5% of its workforce" cut) has a whole, the one of whoever it belongs to; a share before its own noun that
    joins the fact's words to those of its context ("a 5% pay rise", "a 4.5% rise") is the fact itself."""
    row = lexicon().facts[fact]
    if dimension == "count" and who.endswith(" of"):
        who = who.removesuffix(" of")
    elif dimension != "ratio":
        return False
    if not who:
        return False
    own = {stem(word) for phrase in lexicon().fact_words(fact) for word in words_of(phrase)}
    if not row.with_:
        return set(who.split()) <= own
    if dimension != "ratio" or _share_is_of(claim):
        return False
    context = {stem(word) for phrase in row.with_ for word in words_of(phrase)}
    return set(who.split()) <= own | context


def _share_is_of(claim: QuantityClaim) -> bool:
    """Whether a share is written "of" a whole right after it ("5% of its workforce"), not before its own noun."""
    at = claim.sentence.find(claim.text)
    return at >= 0 and claim.sentence[at + len(claim.text) :].lstrip().lower().startswith("of ")


def _tells_what_was_done(who: str, fact: str) -> bool:
    """Whether the part a count seems to be of is only a word of what its fact says was done ("209 more seats"
    gained, "12 more jobs" cut): the change itself, not a further group of those counted."""
    row = lexicon().facts[fact]
    return bool(who) and bool(row.with_) and set(who.split()) <= {w.lower() for w in row.with_}


def _scene_is_the_fact(claim: QuantityClaim, who: str, fact: str) -> bool:
    """Whether the part of the scene a count is placed at (`who`, from `scene_words`) is what its fact counts:
    "350 were sent to different hospitals" are those in hospital, not a part of them, while "34 died at the
    venue" is a part of the toll. One of the fact's words overlaps the scene's words right by the figure and
    reaches past them."""
    if not who or who != _on_the_spot(claim):
        return False
    near = words_of(_near_the_figure(claim))
    scene = words_of(who)
    spans = [range(k, k + len(scene)) for k in range(len(near)) if near[k : k + len(scene)] == scene]
    for word in lexicon().fact_words(fact):
        term = words_of(word)
        for k in range(len(near) - len(term) + 1):
            here = set(range(k, k + len(term)))
            if near[k : k + len(term)] == term and any(here & set(span) and not here <= set(span) for span in spans):
                return True  # and reaches past it: "brought dead" is a part of the toll, whose word is "dead"
    return False


def _cause(claim: QuantityClaim) -> str:
    """The cause a toll is restricted to ("40 passengers may have died of electrocution", "40 bodies had no
    injuries and are believed to have died of electrocution"), read up to the next figure of its sentence: a
    part of the toll, unless the cause is the story's event itself ("300 deaths from the quake")."""
    at = claim.sentence.find(claim.text)
    after = claim.sentence[at + len(claim.text) :] if at >= 0 else ""
    words = words_of(re.split(r"\d", after, maxsplit=1)[0])
    figures = _figure_words()  # the next figure ends the reading, in words as in digits ("the death of four")
    words = words[: next((k for k, word in enumerate(words) if word in figures), len(words))]
    verbs, events = stems_of("cause_verbs"), _event_word_stems()
    for k in range(len(words) - 2):
        if words[k] in verbs and words[k + 1] in ("of", "from"):
            rest = [w for w in words[k + 2 : k + 4] if w not in ("the", "their", "his", "her", "its", "a")]
            if rest and rest[0] not in events:
                return f"{words[k + 1]} {rest[0]}"
    return ""


@cache
def _figure_words() -> frozenset[str]:
    """The number words that write a figure ("four", "twenty"), not the articles that may stand for one."""
    return frozenset(word.lower() for word in lexicon().number_words) - {"a", "an"}


def quantity_keys(claim: QuantityClaim, listed: Iterable[str] = ()) -> list[tuple[str, str, str, str]]:
    """(fact, dimension, what tells its figures apart, the part of the people counted) for each fact
    `discover` can group a figure in; `listed`: the facts of the count a part is listed after, for a part that
    names none of its own ("carrying 173 passengers and 14 crewmen")."""
    if (is_vague(claim) and not written_range(claim)) or (
        claim.value.point is None and claim.value.low is None and claim.value.high is None
    ):
        return []
    dimension = dimension_of(claim)
    # A fact named only beside the figure ("a 4.9 magnitude aftershock") takes it out of the others and is
    # compared with nothing: one aftershock is not another.
    facts = [fact for fact in facts_of(claim) if not lexicon().facts[fact].beside]
    if not facts and dimension == "count" and _subgroup(claim):
        facts = list(listed)
    if not facts and dimension == "count" and (_subgroup(claim) or _included(claim)):
        facts = sentence_facts(claim)
    if not facts and dimension in ("money", "mass"):
        named = amount_named(claim)  # "the $95 million satellite", "a recall of 7 million pounds": by its own words
        return [(AMOUNT_NAMED, dimension, named, _who(claim, dimension))] if named else []
    if not facts:
        return []
    who = _who(claim, dimension)
    keys = [
        (
            fact,
            dimension,
            _told_apart_by(lexicon().facts[fact], claim),
            " ".join(
                filter(
                    None,
                    (
                        ""
                        if _whole_of_the_fact(claim, who, fact)
                        or _part_by_fact(claim, who, fact)
                        or _names_the_fact(claim, dimension, who, fact)
                        or _tells_what_was_done(who, fact)
                        or _owned_pick(claim, who, fact)
                        else _premises_counted(claim, fact) or _stage_of_a_thing(fact, who),
                        _agent(fact, claim),
                    ),
                )
            ),
        )
        for fact in facts
    ]
    owner = _owner_of_things(claim)
    if owner:  # "25 Indian drones" and "300 Pakistani drones": each side's own, never one count
        keys = [(fact, dim, apart, owner if lexicon().facts[fact].things else part) for fact, dim, apart, part in keys]
    # A fact told apart by whom it belongs to (an age, a vote share) or by the thing it measures needs to know it.
    return [key for key in keys if key[2] or lexicon().facts[key[0]].by not in ("subject", "thing", "recipient")]


def _stage_of_a_thing(fact: str, who: str) -> str:
    """`who`, but for an earlier-stage word (`earlier_words`) before the measure of a thing ("Earlier on Thursday:
    … the eight-storied building"): a building's storeys or a ship's length are no count that moves as the news
    comes in, so the word dates the report, not a stage of the figure."""
    row = lexicon().facts[fact]
    measured = row.by == "thing" and not (row.things or row.with_ or row.changes or row.grows)
    return "" if measured and who in lexicon().earlier_words else who


def _owned_pick(claim: QuantityClaim, who: str, fact: str) -> bool:
    """Whether a figure of a fact told apart by whom it belongs to is picked from a whole its text gives a
    figure of ("the ruling party won 162 of the 300 seats"): the whole is all there is, the figure its owner's
    own count, compared with the owner's other figures."""
    if lexicon().facts[fact].by != "subject" or not claim.subject or who != _part_of(claim):
        return False
    return bool(re.search(r"\d", who)) or bool(_figure_words().intersection(words_of(who)))


def _owner_of_things(claim: QuantityClaim) -> str:
    """Whose the things a count counts are, by a word of a people before their noun ("29 Indian drones", "40
    Russian missiles", "300 Pak drones"; `demonym_short_forms`), not by who made them ("Israeli-made drones")."""
    counted = (claim.counted or "").split()
    short = {word.lower() for word in lexicon().demonym_short_forms}
    for word in counted[:-1]:
        if not (word.isalpha() and word[:1].isupper() and word[1:].islower()):
            continue
        if word.lower() in short or word.lower().endswith(demonym_adjective_endings()):
            return stem(word.lower())
    return ""


def _part_by_fact(claim: QuantityClaim, who: str, fact: str) -> bool:
    """Whether a count a sentence includes in another names no people and is of a fact that is itself a part
    of another ("205 were injured, including 41 seriously": those seriously injured are a part of the
    injured): its fact already keeps it apart from the whole, and it is that fact's count."""
    return bool(who) and not claim.counted and who == _included(claim) and lexicon().facts[fact].part_of is not None


def people_parts(claim: QuantityClaim) -> dict[str, tuple[str, bool]]:
    """Fact → (the part of the people the figure counts of it, as `quantity_keys` reads it, "" for the whole;
    whether that part is only the kind of people its noun names, "40 pilgrims", "five Germans", which may be
    everyone a story counts) for each fact the figure is read as a count of; for a sum, the kind of sum
    `_money_kind` reads ("forecast", "per share"), never the sum reported."""
    keys = quantity_keys(claim)
    counts = [(fact, who) for fact, dimension, _, who in keys if dimension == "count"]
    kind = "" if not counts or _listed_with_another_count(claim) else _subgroup(claim) or _part_before(claim)
    parts = {fact: (who, bool(who) and who == kind) for fact, who in counts}
    money = _money_kind(claim) if any(dimension == "money" for _, dimension, _, _ in keys) else ""
    return parts | {fact: (money, False) for fact, dimension, _, _ in keys if dimension == "money"}


def _listed_with_another_count(claim: QuantityClaim) -> bool:
    """Whether a count of a kind of people is joined by "and" to a count of another kind ("38 adults and one
    teenager have died", "one pilot and four passengers"): a breakdown, each a part, never all the story counts."""
    counted = claim.counted or ""
    at = claim.sentence.find(claim.text)
    if at < 0 or not counted:
        return False
    after = _counted_and_another(counted).match(claim.sentence[at + len(claim.text) :])
    before = re.search(rf"{_count_and_noun()}\s+and\s+$", claim.sentence[:at])
    return any(found is not None and _a_count(found.group(1), found.group(2)) for found in (after, before))


@lru_cache(maxsize=4096)
def _counted_and_another(counted: str) -> re.Pattern[str]:
    """The words right after a count of `counted` that join it to a count of another kind: " residents and 12
    workers"."""
    return re.compile(rf"\s+{re.escape(counted)}\s+and\s+{_count_and_noun()}")


@cache
def _count_and_noun() -> str:
    """A pattern of a number, in digits or words, and the word after it."""
    numbers = "|".join(re.escape(word) for word in lexicon().number_words)
    return rf"(\d[\d,]*|(?i:{numbers}))\s+([^\W\d_][\w-]*)"


def _a_count(number: str, noun: str) -> bool:
    """Whether a number and the noun after it are a count, as extraction reads them: a lone "one" only before a noun
    of one person ("one teenager", not "one guide")."""
    return number.lower() != "one" or noun.lower() in lexicon().single_person_nouns


def sentence_facts(claim: QuantityClaim) -> list[str]:
    """The facts that befall people which a part's sentence names, for a part that names none of its own: a
    count included in another or listed by kind takes what befell them all ("72 people, including 10
    foreigners, were on board"; "53 Nepalis, five Indians and four Russians were on board"), where the sentence
    names one such fact: of two ("59 dead and 140 rescued"), which befell the part is not said. A clause set
    against the part's own ("280 children were taken, but the army said 137 were freed") is not read."""
    whole = claim.model_copy(update={"phrase": _contrasted_clause(claim)})
    found = [fact for fact in facts_of(whole) if lexicon().facts[fact].befalls]
    # "the 59 dead and 140 rescued … its manifest had 173 passengers and 16 crew": which befell the crew is not said
    return found if len(found) == 1 else []


def _contrasted_clause(claim: QuantityClaim) -> str:
    """The part of a figure's sentence that holds it, between commas that open a clause set against another
    (`contrast_joiners`: ", but", ", whereas"); the whole sentence where none does."""
    joiners = "|".join(map(re.escape, lexicon().contrast_joiners))
    at = claim.sentence.find(claim.text)
    for clause in re.split(rf",\s*(?=(?:{joiners})\b)", claim.sentence, flags=re.I):
        start = claim.sentence.find(clause)
        if at < 0 or start <= at < start + len(clause):
            return clause
    return claim.sentence


@lru_cache(maxsize=4096)
def grouped_facts(claim: QuantityClaim) -> frozenset[str]:
    """The facts discovery groups a figure in (those of `quantity_keys`): what `fact:` in a rule selects."""
    return frozenset(key[0] for key in quantity_keys(claim))


# The fact of a sum or a weight that no fact of the lexicon names, told apart by the noun its own words
# name it by.
AMOUNT_NAMED = "amount named"

# What may stand between a sum and a figure it restates in brackets: the figure and its currency's word ("a deposit
# of £13m ($16m)", "a fine of 304 trillion dong ($12.5 billion)").
_RESTATED_BEFORE = re.compile(r"\S*\d[\d.,]*[^\W\d]*(?:\s+[^\W\d]+){0,2}\s*\(\s*$")
# A sum's noun before "of" ("a deposit of £13m", "a recall of 7 million pounds").
_NOUN_BEFORE = re.compile(r"\b([a-z]+)\s+of\s+$")
# A sum's noun joined right after it, a hyphen or a space between and no word ("the $95 million satellite", "a
# 220,000-tonne vessel"), not one that opens a phrase of its own.
_NOUN_AFTER = re.compile(r"^(?:\s+|-)([a-z]+)\b(?![-'’])")
# A mark of a currency: what makes a figure a sum.
_CURRENCY_MARK = re.compile(r"[^\w\s.,()'’-]")


def amount_named(claim: QuantityClaim) -> str:
    """What a sum (or a weight) no fact of the lexicon names is named by in its own words, as one stemmed noun: the
    noun joined right after it ("a $95 million satellite": satellite, "a 220,000-tonne vessel": vessel) or the noun
    it is "of" ("a deposit of £13m", "a recall of 7 million pounds"); "" where its words name it by none. Two
    figures of one story named alike are one thing's; one so named is never compared with one named otherwise."""
    at = _figure_at(claim)
    if at < 0:
        return ""
    after = _NOUN_AFTER.match(claim.sentence[at + len(claim.text) :])
    if after and _may_name(after.group(1)) and not _verb_in_s(after.group(1)):
        return _named_by(stem(after.group(1)))
    restated = _RESTATED_BEFORE.search(claim.sentence[:at])
    if restated and _CURRENCY_MARK.search(restated.group(0)):
        return ""  # "a deposit of £13m ($16m)": the sum before the brackets speaks for both
    of = _NOUN_BEFORE.search(claim.sentence[:at])
    return _named_by(stem(of.group(1))) if of and _may_name(of.group(1)) else ""


def _may_name(word: str) -> bool:
    """Whether a word beside a sum may be the noun that names it: not a word of grammar, an adverb, a word of time
    ("$4m today", "$12m overnight") or of comparison ("$2bn more"), nor a verb in -ed or -ing."""
    return not (word in STOP or word in _not_names_of_sums() or word.endswith(("ly", "ed", "ing")) or word in CALENDAR)


@cache
def _not_names_of_sums() -> frozenset[str]:
    lex = lexicon()
    return (
        _thing_stops()
        | word_set("adverbs_after_verbs")
        | word_set("day_times_alone")
        | word_set("comparing_words")
        | word_set("change_adverbs")
        | word_set("difference_words")
        | word_set("season_words")
        | frozenset(lex.frequency_adverbs)
        | frozenset(word for phrase in lex.reference_comparatives for word in phrase.split())
    )


def _named_by(noun: str) -> str:
    """A sum's noun, but one that names no thing of its own (`amount_vague_nouns`: "a record of $257 million", "the
    $5 million total"): a story's records and totals are of many things."""
    return "" if noun in _amount_vague_nouns() else noun


@cache
def _amount_vague_nouns() -> frozenset[str]:
    return frozenset(stem(word) for word in lexicon().amount_vague_nouns)
