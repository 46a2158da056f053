"""What a figure counts, what happened to it, and where: the words around a number."""

from __future__ import annotations

import re
from functools import cache

from claimcheck.extract.lexicon import (
    concept_of_word,
    figure_label_heads,
    figure_naming_words,
    irregular_past,
    lexicon,
    measure_label_nouns,
    word_set,
)
from claimcheck.extract.tokens import (
    BULLETS,
    Token,
    attached,
    match_phrase,
    match_phrase_before,
    opens_list_line,
    title_case,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOP = _words(
    "the a an of and or but nor who whom whose which that have has had were was are is be been being "
    "will would could should may might can in on at to from with by for as since after before during "
    "across into than while whilst when where said say says told according per each including about around this "
    "these those it its their his her they them we our he she you i not no still also now more most "
    "reportedly all so such then there here if because though although whether only just over under up "
    "down out off some any many much other another both either neither every few several last next first "
    "second latest recent new already yet even very too almost nearly among between within without "
    "against via amid along alongside through throughout toward towards beyond near despite onto upon beneath "
    "above below behind beside inside outside overnight today tonight yesterday ago apiece until compared compare compares comparing versus vs worth"
)
# Words that stand before a counted noun without being it ("three other leaders", "200 additional troops").
BEFORE_NOUN = _words("other additional further")
AUX = _words(
    "have has had been were was are is be being since now still already reportedly also all so far who more "
    "that currently yet reported said believed thought feared estimated expected confirmed to as"
)
MEASURE_NOUNS = _words(
    "bill budget capacity cost count damage figure losses majority number population rate share tally "
    "toll total turnout"
)
CLAUSE_END = _words(
    '" ( ) , - : ; according after although and as because but since that when where which while whilst who'
)


def verbish(token: Token) -> bool:
    """A word that can carry what happened: a concept word, or a long -ed/-ing form."""
    word = token.lower
    if not token.is_word:
        return False
    if word in concept_of_word() or (token.text.islower() and word in word_set("count_verbs")):
        return True
    # By its ending alone only a lower-case word: "Beijing", "Reading" and a dateline's "KUNMING" are places.
    return token.text[0].islower() and word.endswith(("ed", "ing")) and len(word) > 4


def noun_phrase(tokens: list[Token], k: int) -> tuple[str | None, int]:
    """The counted noun phrase starting at tokens[k] ("ethnic Armenians", "of Moscow's troops")."""
    if k < len(tokens) and tokens[k].lower == "of":
        k += 1
        while k < len(tokens) and tokens[k].lower in (
            "the",
            "its",
            "their",
            "his",
            "her",
            "our",
            "these",
            "those",
        ):
            k += 1
        k = _past_possessor(tokens, k)
    words: list[str] = []
    start = k
    k = _past_insertion(tokens, k)
    k = _past_adverb_participle(tokens, k)
    if (
        k + 1 < len(tokens)
        and tokens[k].lower in BEFORE_NOUN
        and tokens[k + 1].is_word
        and tokens[k + 1].lower not in STOP
    ):
        k += 1
    while k < len(tokens) and len(words) < 4:
        token = tokens[k]
        if (
            token.text == "-"
            and words
            and k + 1 < len(tokens)
            and tokens[k + 1].is_word
            # "workforce—in an email" (a dash, once normalised); "middle- and high-school teachers" stays joined
            and (tokens[k + 1].lower not in STOP or tokens[k + 1].lower in ("and", "or"))
            # "Five dead - three children": a dash spaced on both sides sets the next words apart
            and (attached(tokens[k - 1], token) or attached(token, tokens[k + 1]))
        ):
            words[-1] += "-" + tokens[k + 1].text
            k += 2
            continue
        dotted = _dotted_abbreviation(tokens, k)
        if dotted > k and words:
            break  # "killed 40 civilians U.S. officials said": initials after the noun open another phrase
        if dotted > k:  # "209,000 U.S. consumers", "40 U.K. firms": the initials are one word of the phrase
            words.append("".join(t.text for t in tokens[k:dotted]))
            k = dotted
            continue
        if not token.is_word or token.lower in STOP or token.lower in DIRECTIONS or _state_link(tokens, k):
            break
        if words and (_starts_predicate(words[-1], token) or _degree_adverb(tokens, k, titled=True)):
            break  # "people killed", "troops played", "lawmakers voting": the verb starts the predicate
        if not words and token.text.islower() and token.lower in word_set("count_verbs"):
            break  # "35 needed hospital treatment": what befell a bare count
        if not words and (_adverb(tokens, k) or _degree_adverb(tokens, k)):
            break  # "4.7 shortly after midnight"; "41 seriously injured": how badly, then what befell them
        words.append(token.text)
        k += 1
    if words and words[-1].lower() in ("s",):
        words.pop()
    classifier = len(words) == 1 and words[0].lower() in word_set("classifier_nouns")
    if classifier and k < len(tokens) and tokens[k].lower == "of":
        return noun_phrase(tokens, k)  # "450 head of cattle": cattle
    if words and _joined_modifier(tokens, k, words[-1]):  # "36 passenger and crew injuries": injuries
        words, k = [*words, *(tokens[j].text for j in range(k, k + 3))], k + 3
    return (" ".join(words) if words else None), (k if words else start)


# The most words an editor's insertion in square brackets may hold ("41 [pro-government] police officers").
INSERTION_WORDS = 4


def _past_insertion(tokens: list[Token], k: int) -> int:
    """The index past an editor's insertion in square brackets that stands between a figure and its noun in a
    quote ("2 [pro-government] soldiers", "300 [riot] police"): the noun after it is the figure's. Only a few
    words in the brackets that do not open with a stop word and are no part of the figure ("5 [million]", "the 2
    [two]", "20 [kilometres]"), and a word after them that is no unit or currency ("12 [US] dollars"); else `k`."""
    if k >= len(tokens) or tokens[k].text != "[":
        return k
    close = next(
        (j for j in range(k + 1, min(len(tokens), k + 2 * INSERTION_WORDS + 2)) if tokens[j].text == "]"), None
    )
    inside = tokens[k + 1 : close] if close is not None else []
    if (
        not inside
        or not all(t.is_word or t.text == "-" for t in inside)
        or sum(t.is_word for t in inside) > INSERTION_WORDS
        or inside[0].lower in STOP
        or any(t.lower in _figure_words() for t in inside)
    ):
        return k
    after = close + 1 if close is not None else len(tokens)
    if after >= len(tokens) or not tokens[after].is_word:
        return k
    word = tokens[after].lower
    return k if word in STOP or word in _figure_words() else after


@cache
def _figure_words() -> frozenset[str]:
    """Words that are part of a figure, never what it counts: number words, scales, and the one-word units and
    currencies of the lexicon ("two", "million", "kilometres", "dollars")."""
    table = lexicon()
    words = {*table.number_words, *table.scales, *table.money_scales, *table.count_scales}
    words.update(unit for unit in table.units if " " not in unit)
    return frozenset(word.lower() for word in words)


def _dotted_abbreviation(tokens: list[Token], k: int) -> int:
    """The end (exclusive) of initials written with dots from tokens[k], two letters or more ("U.S.", "U.K.",
    "U.A.E."), else k."""
    end = k
    while (
        end + 1 < len(tokens)
        and len(tokens[end].text) == 1
        and tokens[end].text.isupper()
        and tokens[end + 1].text == "."
        and attached(tokens[end], tokens[end + 1])
        and (end == k or attached(tokens[end - 1], tokens[end]))
    ):
        end += 2
    return end if end - k >= 4 else k


def _joined_modifier(tokens: list[Token], k: int, last: str) -> bool:
    """Whether a singular noun before "and" at tokens[k] is the first of two that qualify the noun of a toll
    after them ("36 passenger and crew injuries", "12 driver and pedestrian deaths"): the count is of that
    noun, not of the first."""
    if k + 2 >= len(tokens) or tokens[k].lower != "and" or last.lower().endswith("s"):
        return False
    second, head = tokens[k + 1], tokens[k + 2]
    if second.lower in lexicon().number_words:  # "one pilot and four passengers": a count of its own
        return False
    return second.is_word and second.lower not in STOP and head.lower in concept_of_word()


def _past_possessor(tokens: list[Token], k: int) -> int:
    """The token after a possessor that opens an "of" phrase before a lower-case noun ("6% of Google's global
    workforce", "5% of the company's staff"): what is counted is the noun; the possessor only says whose it is."""
    if k + 1 < len(tokens) and tokens[k].is_word and tokens[k].text.endswith(("'s", "’s")):
        return k + 1 if tokens[k + 1].is_word and tokens[k + 1].text.islower() else k
    if (
        k + 3 < len(tokens)
        and tokens[k].is_word
        and tokens[k + 1].text in ("'", "’")
        and tokens[k + 2].lower == "s"
        and tokens[k + 3].is_word
        and tokens[k + 3].text.islower()
    ):
        return k + 3
    return k


def _state_link(tokens: list[Token], k: int) -> bool:
    """A word that links a count to its state ("200 remain trapped", "40 will be homeless"), not a noun."""
    token = tokens[k]
    hyphened = k + 1 < len(tokens) and tokens[k + 1].text == "-"  # "left-wing"
    return token.text.islower() and token.lower in word_set("state_links") and not hyphened


def _past_adverb_participle(tokens: list[Token], k: int) -> int:
    """Past an adverb and the participle it qualifies before a noun: "six newly reported deaths", "40
    critically injured patients" count deaths and patients."""
    if k + 2 >= len(tokens):
        return k
    adverb, participle, noun = tokens[k], tokens[k + 1], tokens[k + 2]
    if not (adverb.text.islower() and len(adverb.text) > 4 and adverb.lower.endswith("ly")):
        return k
    if not (participle.text.islower() and participle.lower.endswith(("ed", "ing")) and len(participle.text) > 4):
        return k
    return k + 2 if noun.is_word and noun.text.islower() and noun.lower not in STOP else k


def _adverb(tokens: list[Token], k: int) -> bool:
    """An -ly word that a function word or the end follows ("shortly after", "instantly."), not a noun
    ("family members")."""
    word = tokens[k].lower
    if word in MEASURE_NOUNS or word in concept_of_word():  # "the tally of votes", "a rally of 5,000"
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return len(word) > 4 and word.endswith("ly") and (after is None or not after.is_word or after.lower in STOP)


def _degree_adverb(tokens: list[Token], k: int, titled: bool = False) -> bool:
    """An -ly word that says how much of what a participle right after it names befell them ("seriously
    injured", "slightly hurt", "critically wounded"): part of what happened, not a noun. `titled`: written
    capitalised too where the line is in title case ("11 People Seriously Injured")."""
    word = tokens[k].lower
    if not (len(word) > 4 and word.endswith("ly")) or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    if not after.is_word:
        return False
    if not (tokens[k].text.islower() and after.text.islower()) and not (titled and title_case(tokens)):
        return False  # "Kelly Injured" names someone, but a headline in title case capitalises every word
    return (after.lower.endswith("ed") and len(after.lower) > 4) or after.lower in irregular_past()


def elided_degree(tokens: list[Token], first: int, last: int) -> str | None:
    """What befell a part of a count whose verb the sentence gives once, before it: "205 were injured,
    including 41 seriously", "65 people were hurt, 14 of them badly" count those seriously injured and
    badly hurt. The -ly word that ends the part's clause, with the participle nearest before the figure."""
    k = last + 1
    if k + 1 < len(tokens) and tokens[k].lower == "of" and tokens[k + 1].lower in ("them", "whom", "those"):
        k += 2
    if k >= len(tokens) or not (
        tokens[k].text.islower() and len(tokens[k].text) > 4 and tokens[k].lower.endswith("ly")
    ):
        return None
    if k + 1 < len(tokens) and tokens[k + 1].is_word:
        return None
    for m in range(first - 1, -1, -1):
        token = tokens[m]
        participle = token.lower.endswith("ed") or token.lower in irregular_past()
        if token.is_word and token.text.islower() and verbish(token) and participle:
            return f"{tokens[k].text} {token.text}"
    return None


def _starts_predicate(previous: str, token: Token) -> bool:
    word = token.lower
    if word.endswith(("ing", "ed")) and len(word) > 4 or token.text.islower() and word in irregular_past():
        return True
    # "people", "children", "sheep"
    plural = (
        previous.endswith("s")
        or previous.lower() in lexicon().generic_heads
        or previous.lower() in word_set("unchanging_plurals")
    )
    return plural and token.text.islower() and not word.endswith("s")


def _skip_modifier(tokens: list[Token], k: int) -> int:
    """Past a short "of Karabakh" / "in Paris" / "from X" after the counted thing."""
    if k + 1 < len(tokens) and tokens[k].lower in ("of", "in", "from") and tokens[k + 1].is_capitalized:
        k += 1
        while k < len(tokens) and (tokens[k].is_capitalized or tokens[k].text in ("-", "'")):
            k += 1
    return k


def predicate_after(tokens: list[Token], k: int) -> str | None:
    k = _past_aux(tokens, _skip_modifier(tokens, k))
    k = _past_state_links(tokens, k)
    if k < len(tokens) and _degree_adverb(tokens, k) and verbish(tokens[k + 1]):
        words = [tokens[k].text, tokens[k + 1].text]  # "were slightly injured", "have been seriously hurt"
        return " ".join(words)
    if k >= len(tokens) or not verbish(tokens[k]):
        return None
    words = [tokens[k].text]
    k += 1
    while k < len(tokens) and len(words) < 4 and tokens[k].is_word and tokens[k].lower not in CLAUSE_END:
        words.append(tokens[k].text)
        k += 1
    return " ".join(words)


def _past_aux(tokens: list[Token], k: int) -> int:
    while k < len(tokens) and tokens[k].lower in AUX:
        k += 1
    return k


def _past_state_links(tokens: list[Token], k: int) -> int:
    """Past the words that link a count to the state it is in, where a state follows them: "will also be
    homeless", "remain trapped", "were left stranded", "were registered as missing" (`state_links`,
    `listing_phrases`); else `k`, so that "200 remained" and "20 were registered" keep their verb."""
    lex = lexicon()
    links, listings = word_set("state_links"), lex.phrases(lex.listing_phrases)
    m = k
    while m < len(tokens):
        listing = match_phrase(tokens, m, listings)
        if listing:
            m = _past_aux(tokens, m + len(listing))
        elif tokens[m].lower in links:
            m = _past_aux(tokens, m + 1)
        else:
            break
    return m if m > k and m < len(tokens) and verbish(tokens[m]) else k


def reduced_relative(tokens: list[Token], k: int) -> bool:
    """Whether the words after a count's noun describe the things counted, not what befell them: a participle
    with its agent ("25 drones launched by India", "40 rockets fired by militants") or one that says how
    ("shot down 29 drones using jammers"), with no verb of its own before it. A word of what befalls those
    counted ("14 miners trapped by a collapse", "16 people missing") is what happened."""
    if k >= len(tokens) or not tokens[k].is_word or not tokens[k].text.islower():
        return False
    word = tokens[k].lower
    if word in concept_of_word():
        return False  # "14 miners trapped by a collapse", "16 people missing": what befell those counted
    if word.endswith("ed") and k + 1 < len(tokens) and tokens[k + 1].lower == "by":
        return True
    return word.endswith("ing") and len(word) > 4 and word not in word_set("part_openers")


def predicate_before(tokens: list[Token], first: int) -> str | None:
    k = first - 1
    while k >= 0 and first - k <= 5 and tokens[k].text not in (",", ";", ":", '"', "("):
        if verbish(tokens[k]):
            return " ".join(t.text for t in tokens[k:first] if t.is_word)
        k -= 1
    return None


def estimated_thing(tokens: list[Token], first: int) -> str | None:
    """What an estimate puts at the number: "police put the crowd at 40,000", "the agency estimated the
    magnitude at 5.4", "the survey reported the quake at a magnitude of 5.2" (an estimating verb, a few
    words, "at")."""
    at = first - 1
    if at >= 3 and tokens[at].lower == "of" and tokens[at - 2].lower in ("a", "an"):  # "at a magnitude of"
        at -= 3
    if at < 2 or tokens[at].lower != "at":
        return None
    verbs = word_set("estimate_verbs")
    for k in range(at - 1, max(-1, at - 6), -1):
        if tokens[k].lower in verbs:
            words = [t.text for t in tokens[k + 1 : at] if t.is_word]
            while words and words[0].lower() in STOP:
                words = words[1:]
            return " ".join(words) or None
        if not tokens[k].is_word:
            return None
    return None


def measure_before(tokens: list[Token], first: int) -> str | None:
    """A measure noun before the number: "the death toll rose to 43", "a population of 65,000"; not one that
    another figure already measures ("with a capacity of 35, was about 100m from the summit")."""
    for k in range(first - 1, max(-1, first - 11), -1):
        if tokens[k].text in (";", '"'):
            break
        if tokens[k].lower in MEASURE_NOUNS and not _indefinite_amount(tokens, k):
            return None if _measures_another(tokens, k, first) else _measure_at(tokens, k)
    return None


def _indefinite_amount(tokens: list[Token], k: int) -> bool:
    """Whether the noun at tokens[k] opens an indefinite amount ("a number of villages"; `indefinite_amount_nouns`)."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k - 1].lower in ("a", "an")
        and tokens[k + 1].lower == "of"
        and tokens[k].lower in lexicon().indefinite_amount_nouns
    )


def _measures_another(tokens: list[Token], k: int, first: int) -> bool:
    """Whether the measure noun at tokens[k] has its own figure after "of", before the one at `first`."""
    return k + 2 < first and tokens[k + 1].lower == "of" and tokens[k + 2].is_number


def _measure_at(tokens: list[Token], k: int) -> str:
    word, before = tokens[k].lower, tokens[k - 1].lower if k > 0 else ""
    return f"{before} {word}" if before in ("death", "casualty", "injury", "voter") else word


@cache
def _change_verbs() -> dict[str, list[tuple[str, ...]]]:
    lex = lexicon()
    return lex.phrases_ending([*lex.rising_count_words, *lex.standing_count_words, *lex.level_words])


# How many tokens before its verb the subject of a count's change may open ("Deaths blamed on the heatwave in
# the south rose to 140").
SUBJECT_REACH = 12


def counted_before_change(tokens: list[Token], first: int) -> str | None:
    """What a figure counts, named as the subject of the verb that brings the count to it: "Deaths blamed on
    the heatwave rose to 140", "The number of arrests has climbed to 62", "Cases linked to the outbreak
    reached 1,204" (`rising_count_words`, `standing_count_words`, `level_words`; a counter noun's "of" names
    what it counts, `counter_nouns`)."""
    verb = match_phrase_before(tokens, first, _change_verbs())
    if verb is None:
        return None
    k = first - len(verb)
    while k > 0 and tokens[k - 1].lower in AUX:
        k -= 1  # "has since climbed to"
    start = 0 if _opens_with_measure(tokens, k) else _clause_start(tokens, k)
    if start is None:
        return None
    while start < k and tokens[start].lower in _DETERMINERS:
        start += 1
    counted, after = noun_phrase(tokens, start)
    if counted is None or after > k:
        return None
    if counted.split()[-1].lower() in word_set("counter_nouns") and after < k and tokens[after].lower == "of":
        return noun_phrase(tokens, after)[0] or counted  # "the number of arrests": arrests
    return counted


def counted_of_a_counter(tokens: list[Token], first: int) -> str | None:
    """What a counter noun's "of" names right before "to" or "at" and the figure, where a verb sets the count
    rather than the count's own verb: "expanding the number of affected counties to ten", "raised the number of
    flooded villages to 40" (affected counties, flooded villages); or before the "from" of a change from one
    figure to another, for both its ends: "raised the number of crashes from 22 to 31" (crashes)."""
    stop = _counter_stop(tokens, first)
    if stop is None:
        return None
    counters = word_set("counter_nouns")
    for k in range(stop - 1, max(0, stop - 9), -1):
        if tokens[k].lower == "of" and tokens[k - 1].lower in counters:
            counted, after = noun_phrase(tokens, k + 1)
            return counted if counted and after == stop else None
    return None


def _counter_stop(tokens: list[Token], first: int) -> int | None:
    """Where the words of what a counter counts must end before the figure at tokens[first]: at the "to", "at"
    or "from" right before it, or, for the end of a change ("from 22 to 31"), at the "from" before its start."""
    if first < 4 or tokens[first - 1].lower not in ("to", "at", "from"):
        return None
    if tokens[first - 1].lower != "to":
        return first - 1
    lex = lexicon()
    for k in range(first - 2, max(0, first - 6), -1):
        if tokens[k].lower == "from":
            start = tokens[k + 1 : first - 1]
            figure = bool(start) and all(
                t.is_number or t.lower in lex.number_words or t.lower in lex.scales for t in start
            )
            return k if figure else first - 1
    return first - 1


_DETERMINERS = _words("the a an its their his her our this these those")


def _opens_with_measure(tokens: list[Token], k: int) -> bool:
    """Whether the sentence opens with a measure or counter noun ("The death toll …", "The number of …") that
    is the subject of the verb at tokens[k], however long: "The death toll from the fires that swept the old
    town has risen to 106" (no clause mark between them)."""
    m = 0
    while m < k and tokens[m].lower in _DETERMINERS:
        m += 1
    heads = MEASURE_NOUNS | word_set("counter_nouns")
    opening = next((n for n in range(m, min(k, m + 2)) if tokens[n].lower in heads), None)
    if opening is None or any(t.text in (";", ":", "(", ")") for t in tokens[opening:k]):
        return False
    commas = [n for n in range(opening, k) if tokens[n].text == ","]
    if not commas:
        return True
    # commas of a list ("involving the express, the local train, and a goods train") or of an aside set off by
    # two ("the death toll, officials said, has risen to 30") stay inside the subject; a verb between them does not
    listed = any(t.lower in ("and", "or") for t in tokens[commas[-1] + 1 : k])
    verb = any(past_verb(t) or t.lower in AUX for t in tokens[opening + 1 : k])
    return (listed or len(commas) % 2 == 0) and not verb


def _clause_start(tokens: list[Token], k: int) -> int | None:
    """Where the clause whose verb is at tokens[k] opens: after a mark, a word that opens a clause
    (`subject_openers`) or a speech verb, at most `SUBJECT_REACH` tokens back; None where it opens further off."""
    openers = word_set("subject_openers") | word_set("speech_verbs")
    for m in range(k - 1, max(-1, k - SUBJECT_REACH - 1), -1):
        if _relative(tokens, m):
            return None  # "the toll from the fires that swept the town has risen to": the subject is before it
        if tokens[m].text in _CLAUSE_MARKS or tokens[m].lower in openers:
            return m + 1 if m + 1 < k else None
    return 0 if k <= SUBJECT_REACH else None


def _relative(tokens: list[Token], m: int) -> bool:
    """Whether tokens[m] opens a relative clause: "that", "which" or "who" right before a verb in the past."""
    after = tokens[m + 1] if m + 1 < len(tokens) else None
    return tokens[m].lower in ("that", "which", "who") and after is not None and past_verb(after)


def past_verb(token: Token) -> bool:
    """A lower-case verb in the past ("queued", "waited", "spent")."""
    word = token.lower
    return token.text.islower() and (len(word) > 4 and word.endswith("ed") or word in irregular_past())


CALENDAR = _words(
    "april august december february friday january july june march may monday november october saturday "
    "september sunday thursday tuesday wednesday"
)
# Shortened month names: never a place ("from Sept. 19"), though "Jan" may be a given name.
MONTH_SHORT = _words("jan feb mar apr jun jul aug sep sept oct nov dec")


def calendar_word(word: str) -> bool:
    word = word.lower().removesuffix("'s")
    return word in CALENDAR or word in MONTH_SHORT


def fronted_scope(tokens: list[Token]) -> str | None:
    """A place the whole sentence is about: "In Paris, where the CGT estimated 400,000 demonstrators", also
    past the words that lead to it: "In the nearby Dasvik district, …", "In hard-hit areas like Corlen, …",
    and past a connective word before it: "Similarly, in Belmar, …"."""
    if len(tokens) > 2 and tokens[0].is_word and tokens[1].text == ",":
        tokens = tokens[2:]
    if len(tokens) < 4 or tokens[0].lower not in ("in", "at", "across", "throughout"):
        return None
    k = past_place_leads(tokens, 1, 0)
    words, k = place_words(tokens, _past_examples(tokens, _past_adjectives(tokens, k)))
    while k < len(tokens) and tokens[k].lower in _PLACE_NOUNS:
        k += 1  # "In Kolar district, …"
    if not words or k >= len(tokens) or words[0].lower() in CALENDAR:
        return None
    if tokens[k].text != "," and not _figure_follows(tokens, k):
        return None
    return " ".join(words)


# Short forms that open a place's name with a full stop: "St. Louis", "Mt. Kenya", "Ft. Myers".
_PLACE_SHORT_FORMS = frozenset({"st", "mt", "ft"})


def place_words(tokens: list[Token], k: int, most: int = 3) -> tuple[list[str], int]:
    """The capitalised words of a place's name from tokens[k] (at most `most`) and the index after them, with the
    full stops of its initials and short forms: "the U.K." is "U.K.", "Washington, D.C." names "D.C.", "St. Louis"."""
    words: list[str] = []
    while k < len(tokens) and tokens[k].is_word and tokens[k].is_capitalized and len(words) < most:
        word, k = _dotted_word(tokens, k)
        words.append(word)
    return words, k


def _dotted_word(tokens: list[Token], k: int) -> tuple[str, int]:
    """A capitalised word with the full stops written against it when it is a short form ("St.") or one of two or
    more initials ("U.K.", "D.C.", "U.S.A."); else the word alone ("Zone B." is "B")."""
    word = tokens[k].text
    if len(word) > 1:
        short = word.lower() in _PLACE_SHORT_FORMS and _stop_at(tokens, k + 1)
        return (word + ".", k + 2) if short else (word, k + 1)
    end = k
    while _stop_at(tokens, end + 1) and _initial_at(tokens, end + 2):
        end += 2  # "U" "." "K": the next initial
    if end == k:
        return word, k + 1
    last = end + 2 if _stop_at(tokens, end + 1) else end + 1
    return "".join(t.text for t in tokens[k:last]), last


def _stop_at(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is a full stop written against the word before it."""
    return k < len(tokens) and tokens[k].text == "." and attached(tokens[k - 1], tokens[k])


def _initial_at(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is a capital letter alone written against the full stop before it ("U.K.")."""
    return (
        k < len(tokens) and len(tokens[k].text) == 1 and tokens[k].is_capitalized and attached(tokens[k - 1], tokens[k])
    )


def _figure_follows(tokens: list[Token], k: int) -> bool:
    """Whether the sentence's figure follows a fronted place with no comma, right away or past the few lower-case
    words that qualify it: "In Cumbria almost 6,000 homes are without power", "In Kent 40 schools shut"."""
    for m in range(k, min(k + 3, len(tokens))):
        if tokens[m].is_number:
            return True
        if not (tokens[m].is_word and tokens[m].text.islower()):
            return False
    return False


# Words after a kind of place that introduce examples of it: "areas like Corlen", "towns such as Tarvo".
_EXAMPLE_LEADS = (("like",), ("such", "as"), ("including",))


def _past_examples(tokens: list[Token], m: int) -> int:
    """Past a few lower-case words and the words that introduce examples ("hardest-hit areas like"), else `m`."""
    for k in range(m, min(m + 6, len(tokens))):
        if not (tokens[k].text == "-" or tokens[k].is_word and tokens[k].text.islower()):
            return m
        for lead in _EXAMPLE_LEADS:
            if tuple(t.lower for t in tokens[k : k + len(lead)]) == lead:
                return k + len(lead)
    return m


DIRECTIONS = _words(
    "north south east west northeast northwest southeast southwest north-east north-west south-east south-west "
    "northern southern eastern western"
)


# Words between "in" and a place name: "in the city of Haidong", "in neighbouring Qinghai province".
PLACE_LEADS = _words(
    "the a neighbouring neighboring nearby remote rural central northern southern eastern western "
    "northeastern northwestern southeastern southwestern north-eastern north-western south-eastern "
    "south-western city town village county province state district region island capital of port coastal border "
    "coast shore provincial administrative headquarters"
)
# How many words may lead up to a place's name: "from the district headquarters town of Chhapra".
PLACE_LEADS_REACH = 6


def past_place_leads(tokens: list[Token], m: int, origin: int) -> int:
    """Past the lower-case words that lead up to a place ("in the remote south-western district of", "from the
    provincial capital city of"), at most `PLACE_LEADS_REACH` tokens past `origin`; a direction written with a
    hyphen ("south-western") is one of them."""
    while m < len(tokens) and m - origin <= PLACE_LEADS_REACH and not tokens[m].is_capitalized:
        if tokens[m].lower in PLACE_LEADS:
            m += 1
        elif (
            m + 2 < len(tokens)
            and tokens[m + 1].text == "-"
            and f"{tokens[m].lower}-{tokens[m + 2].lower}" in PLACE_LEADS
        ):
            m += 3
        else:
            break
    return m


# What may follow a place's name: "in Passau district", "in Gansu province".
_PLACE_NOUNS = _words("city town village county province state district region island prefecture municipality")
# Where a figure's clause ends, for the place it is in.
_CLAUSE_END = _words("and but while whereas who which where when including as")


def place_in_clause(tokens: list[Token], k: int) -> str | None:
    """The place a count's own clause puts it in, after what it counts and what happened: "12 people were
    killed in northern Bavaria", "died in the town of Marsh Bay". Of places chained with "in" ("in the city
    of Haidong in neighbouring Qinghai province") the last, the widest, is the one sources share."""
    found: str | None = None
    while k < len(tokens):
        token = tokens[k]
        if token.lower == "and" and _coordinated_figure(tokens, k + 1):
            k += 1  # "14 were killed and 198 injured in Qinghai": the place is both figures'
            continue
        if token.text in (",", ";", ":", "(", ")", '"', "-") or token.lower in _CLAUSE_END:
            break
        if token.lower in ("in", "across", "throughout") or token.lower == "from" and _listed_count(tokens, k):
            m = k + 1
            m = past_place_leads(tokens, m, k)
            m = _past_adjectives(tokens, m)  # "in impoverished Gansu province", "in mountainous Tyrol"
            m = _past_apposed_kind(tokens, m, k)  # "in the capital, Lilongwe"
            words, m = place_words(tokens, m)
            if words and not calendar_word(words[0]):
                found, k = " ".join(words), m
                owned = _owned_place(tokens, k, words)
                if owned:
                    return owned  # "in Kenya's port city of Mombasa"
                nouns = k
                while k < len(tokens) and tokens[k].lower in _PLACE_NOUNS:
                    k += 1  # "in Passau district in Bavaria"
                named = _named_after_of(tokens, k) if k > nouns else None
                if named:  # "in the southern Sudanese city of Kosti": the city's name, not what describes it
                    found, k = named
                if k < len(tokens) and tokens[k].lower in ("in", "across", "throughout"):
                    continue  # "in the city of Haidong in neighbouring Qinghai province"
                return found
        k += 1
    return found


def _past_apposed_kind(tokens: list[Token], m: int, origin: int) -> int:
    """Past a place named by its kind and a comma, to the name set beside it ("in the capital, Lilongwe", "in
    the port city, Mombasa"); `m` as it was otherwise."""
    if (
        m > origin + 1
        and m + 1 < len(tokens)
        and tokens[m].text == ","
        and tokens[m - 1].lower in PLACE_LEADS
        and tokens[m - 1].lower not in ("the", "a", "of")
        and tokens[m + 1].is_capitalized
        and tokens[m + 1].is_word
    ):
        end = m + 1
        while end < len(tokens) and end - m <= 3 and tokens[end].is_capitalized and tokens[end].is_word:
            end += 1
        # a name alone in its apposition, not the start of a clause ("in the capital, Police Chief Ode said")
        if end == len(tokens) or not tokens[end].is_word or tokens[end].lower in word_set("name_followers"):
            return m + 1
    return m


def _owned_place(tokens: list[Token], k: int, words: list[str]) -> str | None:
    """The place a possessive names by its kind and then by its name ("Iraq's capital, Baghdad", "Kenya's port city
    of Mombasa"): that name, not the owner's, ends a place that `words`, read up to tokens[k], opens."""
    if not words or not re.search(r"['’]s$", words[-1]):
        return None
    m = past_place_leads(tokens, k, k - 1)
    m = _past_apposed_kind(tokens, m, k - 1)
    if m == k:
        return None
    named: list[str] = []
    while m < len(tokens) and tokens[m].is_word and tokens[m].is_capitalized and len(named) < 3:
        named.append(tokens[m].text)
        m += 1
    return " ".join(named) if named and not calendar_word(named[0]) else None


def _named_after_of(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """The name after "of" at tokens[k] ("city of Kosti"), and where it ends."""
    if k + 1 >= len(tokens) or tokens[k].lower != "of":
        return None
    m = k + 1
    words: list[str] = []
    while m < len(tokens) and tokens[m].is_word and tokens[m].is_capitalized and len(words) < 3:
        words.append(tokens[m].text)
        m += 1
    return (" ".join(words), m) if words and not calendar_word(words[0]) else None


def _listed_count(tokens: list[Token], k: int) -> bool:
    """Whether "from" at tokens[k] follows a count with at most a noun between ("17 million from Colombia",
    "about 28 million affected accounts from Saudi Arabia"): a count by where they come from."""
    m = k - 1
    while m >= 0 and k - m <= 3 and tokens[m].is_word and tokens[m].text.islower():
        m -= 1
    return m >= 0 and m < k and (tokens[m].is_number or tokens[m].lower in lexicon().scales)


_EXISTENTIAL = _words("is are was were has have had be been remain remains remained 's")


def there_in_clause(tokens: list[Token], k: int) -> bool:
    """Whether a count's own clause says it happened "there" ("with 296 residents killed there"): in the
    place named before it. "There were 300 people" says nothing of a place."""
    for m in range(k, len(tokens)):
        token = tokens[m]
        if token.text in (",", ";", ":", "(", ")", '"', "-") or token.lower in _CLAUSE_END:
            return False
        if token.lower == "there":
            return not (m + 1 < len(tokens) and tokens[m + 1].lower in _EXISTENTIAL)
    return False


def place_noun_in_clause(tokens: list[Token], first: int, after: int) -> str | None:
    """A place the figure's clause names only by its kind, "the province's death toll", "killed 113 people in
    the province": the kind ("province"), for the place the article last named so."""
    k = first - 1
    while k > 0 and tokens[k].text not in (",", ";", ":", "(", ")", '"') and tokens[k].lower not in _CLAUSE_END:
        if tokens[k - 1].lower == "the" and tokens[k].lower.removesuffix("'s").removesuffix("’s") in _PLACE_NOUNS:
            return tokens[k].lower.removesuffix("'s").removesuffix("’s")
        k -= 1
    for k in range(after, min(len(tokens) - 2, after + 8)):
        if tokens[k].text in (",", ";", ":", "(", ")", '"') or tokens[k].lower in _CLAUSE_END:
            break
        if tokens[k].lower == "in" and tokens[k + 1].lower == "the" and tokens[k + 2].lower in _PLACE_NOUNS:
            return tokens[k + 2].lower
    return _opening_place_noun(tokens)


def _opening_place_noun(tokens: list[Token]) -> str | None:
    """A sentence that opens with a place named by its kind ("The province's death toll remained at 113
    while the number of injured rose to 782") speaks of that place in every clause."""
    if len(tokens) > 2 and tokens[0].lower == "the":
        kind = tokens[1].lower.removesuffix("'s").removesuffix("’s")
        if kind in _PLACE_NOUNS and kind != tokens[1].lower:
            return kind
    return None


def places_named_as(tokens: list[Token]) -> list[tuple[int, str, str]]:
    """(offset, kind, name) for each place a sentence names with its kind: "Gansu province", "the province of
    Gansu", "Marsh county"."""
    found = []
    for k, token in enumerate(tokens):
        kind = token.lower if token.lower in _PLACE_NOUNS else token.lower.removesuffix("s")
        if kind not in _PLACE_NOUNS:
            continue
        if k > 0 and _is_name(tokens[k - 1]):
            found.append((token.start, kind, tokens[k - 1].text.removesuffix("'s").removesuffix("’s")))
            if kind != token.lower and k > 2 and tokens[k - 2].lower == "and" and _is_name(tokens[k - 3]):
                found.append((token.start, kind, tokens[k - 3].text))  # "Gansu and Qinghai provinces"
        elif k + 2 < len(tokens) and tokens[k + 1].lower == "of" and tokens[k + 2].is_capitalized:
            found.append((token.start, kind, tokens[k + 2].text.removesuffix("'s").removesuffix("’s")))
    return found


def place_bracketed(tokens: list[Token], first: int, last: int) -> str | None:
    """The name a figure is set in brackets after, in a breakdown by place ("damages were reported in five
    regions – Calabarzon (P369,287,759); Bicol Region (P29,696,973)"): that place's part. The name opens
    an item of the list (after a dash, a comma, a semicolon, "and" or "or", or at the sentence's start)."""
    if first < 2 or tokens[first - 1].text != "(" or last + 1 >= len(tokens) or tokens[last + 1].text != ")":
        return None
    words: list[str] = []
    m = first - 2
    while m >= 0 and _is_name(tokens[m]) and len(words) < 3:
        words.insert(0, tokens[m].text)
        m -= 1
    if not words or (m >= 0 and tokens[m].lower not in _ITEM_OPENERS):
        return None
    return " ".join(words)


def name_opening_clause(tokens: list[Token], first: int) -> tuple[int, str] | None:
    """(offset, name) of the name that opens a sentence as the subject of a figure's verb ("Calabarzon alone
    incurred P349.2 million in damage", "Florida recorded 40 deaths"): one to three capitalised words, maybe
    "alone" or "itself", then a verb in the past, then the figure."""
    words: list[str] = []
    start = k = _past_dateline(tokens, first)
    while k < first and _is_name(tokens[k]) and len(words) < 3:
        words.append(tokens[k].text)
        k += 1
    if not words or k >= first:
        return None
    if tokens[k].lower in _SUBJECT_STRESS:
        k += 1
    verb = tokens[k] if k < first else None
    if verb is None or not verb.text.islower() or not (verb.lower.endswith("ed") or verb.lower in irregular_past()):
        return None
    if verb.lower in word_set("speech_verbs") or verb.lower == "reported":  # "Reuters reported that 125 died"
        return None
    # A place that saw what the figure counts holds it through its clause ("Italy witnessed its largest
    # demonstrations as nearly 2 million people joined", "Genoa saw 40,000 people marching").
    witnessed = verb.lower in word_set("place_witness_verbs") and not any(
        token.text in _CLAUSE_MARKS for token in tokens[k + 1 : first]
    )
    if first - k > 2 and not witnessed:
        return None
    return tokens[start].start, " ".join(words)


# Tokens a dateline may run to before the sentence proper opens: "Rome (Reuters/Agencies): Italy …".
DATELINE_TOKENS = 8


def _past_dateline(tokens: list[Token], first: int) -> int:
    """Where a sentence opens past a dateline that ends in a colon or a dash ("Rome (Reuters/Agencies): …",
    "ISLAMABAD — …"), else 0."""
    for k, token in enumerate(tokens[: min(first, DATELINE_TOKENS)]):
        if token.text in (":", "—", "–") and k > 0 and tokens[0].is_capitalized:
            return k + 1
    return 0


# Words that stress a subject between it and its verb: "Calabarzon alone incurred …".
_SUBJECT_STRESS = frozenset({"alone", "itself"})


# What opens an item of a list: "– Calabarzon (…)", "; Bicol Region (…)", "and Ilocos (…)".
_ITEM_OPENERS = frozenset({"-", "–", "—", ",", ";", ":", "and", "or"})


def _is_name(token: Token) -> bool:
    return token.is_word and token.is_capitalized and token.lower not in STOP


def _coordinated_figure(tokens: list[Token], k: int) -> bool:
    """Whether a figure follows "and" within a few words, so that one place closes both clauses: "and 198
    injured", "and injured more than 530"."""
    for token in tokens[k : k + 4]:
        if token.is_number or (token.lower in lexicon().number_words and token.lower not in ("one", "a", "an")):
            return True
        if not token.is_word or token.lower in _CLAUSE_END:
            return False
    return False


def _past_adjectives(tokens: list[Token], m: int) -> int:
    """Past one or two lower-case words before a capitalised name ("impoverished Gansu"), else `m`."""
    for skip in (1, 2):
        end = m + skip
        words = tokens[m:end]
        named = end < len(tokens) and tokens[end].is_capitalized and tokens[end].is_word
        if named and all(t.is_word and t.text.islower() and t.lower not in STOP for t in words):
            return end
    return m


def scope_after(tokens: list[Token], k: int, measure: bool = False) -> str | None:
    """The place a figure is about, after it: "80,000 in Paris"; for a measure also "250 km south of Kolkata",
    "30 km from Lyon", "40 miles off the coast of Fort Pierce" (for a count, "of Karabakh" belongs to what is counted, not to a place of its own). A figure
    that restates another in brackets is followed by the other's place: "35 miles (56 km) north of Portland"."""
    prepositions = ("in", "across", "throughout") + (("of", "from", "off") if measure else ())
    if k < len(tokens) and tokens[k].text == ")":
        k += 1
    directed = measure and k < len(tokens) and tokens[k].lower in DIRECTIONS
    if directed:
        k += 1
        while k + 1 < len(tokens) and tokens[k].text == "-" and tokens[k + 1].lower in DIRECTIONS:
            k += 2  # "west-southwest"
        if k >= len(tokens) or tokens[k].lower != "of":
            return None
    if k + 1 >= len(tokens) or tokens[k].lower not in prepositions:
        return None
    if tokens[k].lower not in ("of", "from", "off"):
        return place_in_clause(tokens, k)  # "in the city of Haidong in neighbouring Qinghai province"
    start = k
    k = past_place_leads(tokens, k + 1, start)  # "9 miles north of the town of Elmira"
    k = _past_apposed_kind(tokens, k, start)  # "40 km north of the capital, Lilongwe"
    words, k = place_words(tokens, k)
    if words and calendar_word(words[0]):
        return None  # "762 days from Sept. 19", "in March"
    owned = _owned_place(tokens, k, words)
    if owned:
        return owned
    if not words and (directed or tokens[start].lower in ("from", "off")):
        return _reference_point(tokens, start + 1)
    return " ".join(words) or None


def _reference_point(tokens: list[Token], k: int) -> str | None:
    """A point a distance is measured from that has no name: "23 km from the epicentre", "5 km from the
    provincial boundary", "north of the border"."""
    if k < len(tokens) and tokens[k].lower in ("the", "a", "an", "its", "their"):
        k += 1
    words: list[str] = []
    while k < len(tokens) and len(words) < 2 and tokens[k].is_word and tokens[k].lower not in STOP:
        words.append(tokens[k].lower)
        k += 1
    return " ".join(words) or None


def subject_of_figure(tokens: list[Token], first: int, after: int) -> str | None:
    """Whom a figure belongs to, named before the verb that gives it ("Rita Lopes won 52%", "the ruling
    party took 41.2%", "Her rival, Ivo Horvat, took 47%", "Horvat, 58, received 47%"), before the verb of a
    "with" that gives it ("Rita Lopes won the runoff with 52%"), as the winner declared with it ("declared
    Rita Lopes the winner with 52%"), or after it with "for" ("52% of the vote for Lopes"); or the body named
    before a verb that handles what the figure counts ("Mercy Hospital treated 85 people"): a name of two words
    or more, or one not opening the sentence ("Police arrested", "Officials treated" name no one)."""
    k = first - 1
    given = _given_to(tokens, k) or _elided_holder(tokens, first) or _line_label(tokens, first)
    if given:
        return given
    if k >= 2 and tokens[k].lower in ("a", "an"):
        k -= 1  # "Madoff received a 150-year sentence"
    if k >= 1 and tokens[k].lower in word_set("agent_verbs"):
        if tokens[k].lower == "off":  # "will lay off 11,000 workers"
            if tokens[k - 1].lower not in ("lay", "lays", "laid", "laying"):
                return None
            k -= 1
        while k >= 1 and tokens[k - 1].lower in _VERB_AUX:
            k -= 1  # "Meta will cut", "Alphabet plans to cut"
        if k >= 1 and tokens[k - 1].lower in ("it", "they"):
            return _speaker_of(tokens, k - 1)  # "Alphabet said Friday that it will cut"
        agent = _named_before(tokens, k)
        opening = _capitalised_run_before(tokens, k)[1]
        return agent if agent and _names_a_body(agent, opening) else None
    if k >= 1 and tokens[k].lower == "with":
        verb = _verb_of_with(tokens, k)
        if verb is None:
            return _winner_before(tokens, k) or _listed_holder(tokens, k)
        k = verb
    if k >= 2 and tokens[k].lower in word_set("holding_participles") and tokens[k - 1].text == ",":
        return _holder_before(tokens, k - 1)  # "Lai received 5.5 million votes, winning 40%"
    adverbs = word_set("holding_adverbs")
    if k >= 2 and tokens[k].lower in adverbs and tokens[k - 1].lower in word_set("holding_verbs"):
        k -= 1  # "Reed received only 12%"
    if k >= 1 and tokens[k].lower in word_set("holding_verbs"):
        while k >= 1 and (tokens[k - 1].lower in _VERB_AUX or tokens[k - 1].lower in adverbs):
            k -= 1  # "Hou had trailed with", "has won", "has only got"
        named = _named_before(tokens, k) or _described_before(tokens, k)
        if named:
            return named
    m = after
    if m + 3 < len(tokens) and tokens[m].lower == "of" and tokens[m + 1].lower == "the":
        m += 3  # "of the vote"
    if m + 2 < len(tokens) and f"{tokens[m].lower} {tokens[m + 1].lower}" in _CUSTODY:
        m += 2  # "20 years in prison for Victor Hale"
    if m + 2 < len(tokens) and tokens[m].lower in ("was", "were") and tokens[m + 2].lower == "by":
        m += 1  # "12% of the vote was garnered by Amos Reed"
    held_by = m + 1 < len(tokens) and tokens[m].lower in word_set("holding_verbs") and tokens[m + 1].lower == "by"
    m += 1 if held_by else 0  # "26% of the vote garnered by Ko Wen-je"
    if m + 1 < len(tokens) and (tokens[m].lower == "for" or held_by) and tokens[m + 1].is_capitalized:
        return _capitalised_starting(tokens, m + 1)
    return None


def _line_label(tokens: list[Token], first: int) -> str | None:
    """The name that heads a line of figures with a colon, where no other name stands between it and the
    figure: "Labour: 412 seats, 211 seats gained", "Lyon: 3 wins, 2 draws" (a heading word, "Update: 12
    died", or a day, "Monday: 3 dead", names no holder)."""
    colon = next((m for m in range(min(first, 5)) if tokens[m].text == ":"), None)
    if colon is None or colon == 0 or any(t.is_capitalized for t in tokens[colon + 1 : first]):
        return None
    label = tokens[:colon]
    if not all(t.is_word and t.is_capitalized for t in label):
        return None
    if label[0].lower in word_set("heading_labels") or any(t.lower in CALENDAR for t in label):
        return None
    return " ".join(t.text for t in label)


# How many words a label that opens a line of key figures may have ("Number of people moved from their homes").
LABEL_REACH = 8
# The marks that end such a label before its figure: a colon, or a dash set off by spaces ("Injured - 120").
_LABEL_ENDS = frozenset({":", "-", "–", "—"})


def counted_in_label(tokens: list[Token], first: int, last: int) -> str | None:
    """What a figure in a list of key figures counts, named by the label that opens its line before a colon or a
    dash ("People displaced: 600,000", "Homes damaged - 188,225", "Number of fatalities: 40": fatalities) or after
    the figure and its colon ("— 14: Number of countries hit": countries). Only a label whose words say what a
    figure is (`figure_naming_words`): "Lyon: 3 wins" names a holder, "He said: 40" a speaker, "Monday: 3" a day."""
    if first >= 2 and tokens[first - 1].text in _LABEL_ENDS:
        if tokens[first - 1].text != ":" and last + 1 < len(tokens) and tokens[last + 1].text not in ".(":
            return None  # "Most cases – 140 were reported": a dash inside a sentence, not a label's
        label = _without_brackets(tokens[_label_start(tokens, first - 1) : first - 1])
    elif last + 2 < len(tokens) and tokens[last + 1].text == ":" and opens_list_line(tokens, first):
        end = next((k for k in range(last + 2, len(tokens)) if not tokens[k].is_word), len(tokens))
        label = tokens[last + 2 : end]
        if label_head_after(tokens, last) is None:
            # "Below $4K: Bitcoin Price Hits …" (a headline), "— 2: Part of the series" (no figure's noun)
            return None
    else:
        return None
    if not 0 < len(label) <= LABEL_REACH or not all(t.is_word for t in label):
        return None
    words = [t.lower for t in label]
    if "per" in words:
        return None  # "Price per night: $140", "Cost per head - $40": a rate's label, which says no count
    if words[1 if words[0] == "the" and len(words) > 1 else 0] in measure_label_nouns():
        return None  # "Temperature: 41", "Depth: 10", "— 5: Magnitude 7 quakes": a measure, or a count of another noun
    if words[-1] in word_set("label_words"):
        return None  # "Account number: 1,204": a reference, no count
    if any(w in CALENDAR or w in lexicon().saying_verbs or w in lexicon().age_asides for w in words):
        return None  # "Monday: 3", "He said: 40", "Age: 34" (the age of someone the label does not name)
    if words[0] in word_set("counter_nouns") and len(words) > 1:
        of = 2 if words[1] == "of" else 1
        return " ".join(t.text for t in label[of:]) or None  # "Number of fatalities", "Total Votes Cast"
    if words[0] in word_set("heading_labels"):
        return None
    if not any(w in figure_naming_words() for w in words):
        return None
    return " ".join(words)


def label_head_after(tokens: list[Token], last: int) -> Token | None:
    """The first word (after "the") of the label after the figure ending at tokens[last] and its colon, when it
    names what a figure counts, sums or measures (`figure_label_heads`: "— 14: Number of countries hit", "— 40:
    Deaths reported"); None for "— 2: Part of the series", "— 7: Off the coast", "1: Introduction"."""
    if last + 2 >= len(tokens) or tokens[last + 1].text != ":" or not tokens[last + 2].is_word:
        return None
    head = tokens[last + 2]
    if head.lower == "the" and last + 3 < len(tokens) and tokens[last + 3].is_word:
        head = tokens[last + 3]
    return head if head.lower in figure_label_heads() else None


# Eight digits that write a date, year first ("20240304").
_DATE_DIGITS = re.compile(r"(1[89]|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])")


def glued_label_after(tokens: list[Token], first: int, last: int) -> bool:
    """Whether a figure after its label has the next label glued to it by a page's scrape ("Registered Voters:
    150743Total Votes Cast: 137578"): the capitalised words after it name the next figure, not what it counts."""
    nxt = last + 1
    if nxt >= len(tokens) or not (tokens[nxt].is_capitalized and attached(tokens[last], tokens[nxt])):
        return False
    if tokens[last].text[:1] == "0" or _DATE_DIGITS.fullmatch(tokens[last].text):
        return False  # "Departing from: 0830London" (a time), "Registered: 20240304Status" (a date)
    return counted_in_label(tokens, first, last) is not None


def _label_start(tokens: list[Token], colon: int) -> int:
    """Where the label before the colon at tokens[colon] starts: after the list's bullet that opens the line, or
    after the figure before it in a line of key figures that the page's scrape glued together ("Registered Voters:
    150743Total Votes Cast: 137578"); `colon` itself (no label) where anything else stands before its words."""
    k = colon
    while k > 0 and colon - k < LABEL_REACH + 2 and tokens[k - 1].text not in _LABEL_ENDS:
        before = tokens[k - 1]
        if before.text in BULLETS and opens_list_line(tokens, k - 1):
            return k
        if before.text == ")":  # "Federal deficit (2005):" — the bracket is passed over
            opening = next((n for n in range(k - 2, max(-1, k - 6), -1) if tokens[n].text == "("), None)
            if opening is None:
                return colon
            k = opening
            continue
        if before.is_number or before.text == "%":
            return k if attached(before, tokens[k]) else colon
        k -= 1
    return k if k == 0 else colon


def _without_brackets(label: list[Token]) -> list[Token]:
    """A label without a bracketed part at its end ("Federal deficit (2005)")."""
    if label and label[-1].text == ")":
        opening = next((k for k in range(len(label) - 1, -1, -1) if label[k].text == "("), None)
        if opening is not None:
            return label[:opening]
    return label


# Where a term is served, between the term and whom it is for ("20 years in prison for Victor Hale").
_CUSTODY = frozenset({"in prison", "in jail", "behind bars", "in custody", "in detention"})


def _names_a_body(agent: str, opening: int) -> bool:
    """Whether a name before a verb names a body: of two words or more, or not opening the sentence, or one
    word that is no plural ("Police arrested", "Officials treated" name no one; "Microsoft will cut" does)."""
    if len(agent.split()) > 1 or opening > 0:
        return True
    word = agent.lower()
    return not word.endswith("s") and word not in word_set("collective_nouns")


def _speaker_of(tokens: list[Token], pronoun: int) -> str | None:
    """Who "it" or "they" at tokens[pronoun] is, where the clause reports that body's own words: "Alphabet
    Inc., the parent company of Google, said Friday that it will cut"."""
    m = pronoun - 1
    while m >= 1 and (tokens[m].lower == "that" or tokens[m].lower in CALENDAR or tokens[m].lower in ("on", "today")):
        m -= 1
    if m < 1 or tokens[m].lower not in word_set("speech_verbs"):
        return None
    name = _named_before(tokens, m)
    return name if name and _names_a_body(name, _capitalised_run_before(tokens, m)[1]) else None


# What may stand between a holder or a body and its verb: "Hou had trailed", "Lai has also won", "Meta will
# lay off", "Alphabet plans to cut".
# Words between a subject and the verb it does, passed over back to it ("Meta will cut", "Halden Bank was ordered to
# pay", "the club has agreed to pay").
_VERB_AUX = _words(
    "will would could is are was were has have had been also to plan plans since reportedly already "
    "ordered agreed forced required obliged"
)


def holder_pronoun(tokens: list[Token], first: int) -> bool:
    """Whether the figure at tokens[first] is held by "he" or "she" ("He won about 40 per cent"), or given to
    "him" or "her" ("sentenced him to 25 years")."""
    k = first - 1
    if k >= 2 and tokens[k].lower in ("to", "for") and tokens[k - 1].lower in ("him", "her"):
        return tokens[k - 2].lower in word_set("giving_verbs")
    if k >= 3 and tokens[k].lower in ("to", "for") and tokens[k - 1].lower in word_set("giving_verbs"):
        m = k - 2  # "She was sentenced to 6 years", "he has been jailed for 4 years"
        while m >= 1 and tokens[m].lower in _VERB_AUX:
            m -= 1
        return m < k - 2 and tokens[m].lower in ("he", "she")
    if k >= 1 and tokens[k].lower == "with":
        k = _verb_of_with(tokens, k) or 0
    while k >= 1 and tokens[k - 1].lower in _VERB_AUX:
        k -= 1
    return k >= 1 and tokens[k].lower in word_set("holding_verbs") and tokens[k - 1].lower in ("he", "she")


def _holder_before(tokens: list[Token], comma: int) -> str | None:
    """The named holder of the clause that ends at tokens[comma] ("Lai received 5.5 million votes,")."""
    for m in range(comma - 1, max(-1, comma - WITH_REACH - 4), -1):
        if tokens[m].text in _CLAUSE_MARKS:
            return None
        if tokens[m].lower in word_set("holding_verbs"):
            return _named_before(tokens, m)
    return None


def _capitalised_starting(tokens: list[Token], k: int) -> str | None:
    """The capitalised name that starts at tokens[k] ("for Lopes", "by Ko Wen-je")."""
    words: list[str] = []
    while k < len(tokens) and tokens[k].is_word and tokens[k].is_capitalized and len(words) < 4:
        if tokens[k].lower in CALENDAR:
            break
        word = tokens[k].text
        hyphened = k + 2 < len(tokens) and tokens[k + 1].text == "-" and tokens[k + 2].text.islower()
        if hyphened and attached(tokens[k], tokens[k + 1]) and attached(tokens[k + 1], tokens[k + 2]):
            word, k = f"{word}-{tokens[k + 2].text}", k + 2
        words.append(word)
        k += 1
    return " ".join(words) or None


def _given_to(tokens: list[Token], k: int) -> str | None:
    """Whom a giving verb gives the figure after tokens[k] to: named between the verb and "to"/"for"
    ("sentenced Ana Ruiz to 12 years") or the figure ("fined Ana Ruiz $5,000"), or before the verb's "was"
    ("Ana Ruiz was jailed for 12 years")."""
    passive = _passive_given(tokens, k)
    if passive:
        return passive
    named_at = k
    while named_at >= 2 and tokens[named_at].lower in ("a", "an", "record"):
        named_at -= 1  # "fined Meta a record €1.2 billion"
    if named_at >= 1 and tokens[named_at].is_capitalized:  # "fined Ana Ruiz $5,000": the name before the figure
        named = _capitalised_ending(tokens, named_at + 1)
        start = _capitalised_run_before(tokens, named_at + 1)[1] if named else -1
        return named if start > 0 and _giving_verb_before(tokens, start) else None
    if k < 2 or tokens[k].lower not in ("to", "for"):
        return None
    end = k
    while end > 1 and tokens[end - 1].lower in CALENDAR:
        end -= 1  # "was sentenced Thursday to 25 years"
    if tokens[end - 1].lower in word_set("giving_verbs"):
        aux = end - 2
        while aux >= 0 and tokens[aux].lower in ("also", "later", "then", "been"):
            aux -= 1
        if aux >= 1 and tokens[aux].lower in ("was", "were", "is", "has", "had"):
            return _named_before(tokens, aux) or _described_before(tokens, aux)
        # a headline's passive: "Ana Ruiz sentenced to 12 years" (in title case, no word says it is a name)
        headline = aux >= 0 and tokens[aux].is_capitalized and not title_case(tokens)
        return _capitalised_ending(tokens, aux + 1) if headline else None
    named = _capitalised_ending(tokens, k)
    verb = _capitalised_run_before(tokens, k)[1] - 1 if named else -1
    if verb < 0:
        return _described_given(tokens, k)
    if tokens[verb].lower in word_set("giving_verbs"):
        return named
    # "sentenced Ana Ruiz to 12 years, Leo Ruiz to 8 and Eva Sol to 5": the verb given once for the list
    if tokens[verb].text == "," or tokens[verb].lower == "and":
        return named if _giving_list_before(tokens, verb, tokens[k].lower) else None
    return None


# How many words may describe the one a giving verb names before its name ("fined Facebook owner Meta").
_DESCRIPTION_REACH = 3


def _described_given(tokens: list[Token], k: int) -> str | None:
    """Whom a giving verb gives the figure after "to"/"for" at tokens[k] to, described, not named, between
    them: "sentenced the former governor to 15 years", "jailed the driver for six years"."""
    described = _described_before(tokens, k)
    if not described:
        return None
    verb = k - len(described.split()) - 2
    return described if verb >= 0 and tokens[verb].lower in word_set("giving_verbs") else None


def _giving_verb_before(tokens: list[Token], start: int) -> bool:
    """Whether a giving verb stands right before the name at tokens[start], or before a few words that describe
    the one named ("fined Facebook owner Meta", "ordered the carmaker Volta to pay")."""
    for verb in range(start - 1, max(start - 2 - _DESCRIPTION_REACH, -1), -1):
        if tokens[verb].lower in word_set("giving_verbs"):
            return True
        if not tokens[verb].is_word:
            return False
    return False


def _passive_given(tokens: list[Token], k: int) -> str | None:
    """Who was given the figure right after a giving verb in the passive: "Ana Ruiz was fined $5,000", "the
    club has been fined a record €2 million", a headline's "Ana Ruiz fined $5,000"."""
    while k >= 1 and tokens[k].lower in ("a", "an", "record"):
        k -= 1
    if k < 1 or tokens[k].lower not in word_set("giving_verbs"):
        return None
    aux = k - 1
    while aux >= 0 and tokens[aux].lower in ("also", "later", "then", "been"):
        aux -= 1
    if aux >= 1 and tokens[aux].lower in ("was", "were", "is", "has", "had", "have"):
        return _named_before(tokens, aux) or _described_before(tokens, aux)
    headline = tokens[aux].is_capitalized and aux == k - 1 and not title_case(tokens)
    return _capitalised_ending(tokens, aux + 1) if headline else None


def _giving_list_before(tokens: list[Token], k: int, preposition: str) -> bool:
    """Whether the list item ending at tokens[k] follows a giving verb's first "Name to figure"."""
    for m in range(k - 1, max(-1, k - GIVING_LIST_REACH), -1):
        if tokens[m].text in (";", ":", '"') or tokens[m].lower in ("said", "says"):
            return False
        if tokens[m].lower in word_set("giving_verbs"):
            after = m + 1 + _capitalised_run(tokens, m + 1)
            named = _capitalised_ending(tokens, after)
            return bool(named) and after < len(tokens) and tokens[after].lower == preposition
    return False


def _capitalised_run(tokens: list[Token], k: int) -> int:
    n = 0
    while k + n < len(tokens) and tokens[k + n].is_word and tokens[k + n].is_capitalized and n < 4:
        n += 1
    return n


# How far back from an item of a list the giving verb that heads the list may stand.
GIVING_LIST_REACH = 40


# How far back from a figure's "with" the verb that it completes may stand ("won Sunday's runoff with").
WITH_REACH = 6


def _verb_of_with(tokens: list[Token], k: int) -> int | None:
    """The holding verb a figure's "with" completes, a few words before it in the same clause."""
    for m in range(k - 1, max(-1, k - WITH_REACH - 1), -1):
        if tokens[m].lower in word_set("holding_verbs"):
            return m
        if not tokens[m].is_word:
            return None
    return None


def _winner_before(tokens: list[Token], k: int) -> str | None:
    """The name before "the winner" that a figure's "with" follows: "declared Rita Lopes the winner with"."""
    if k >= 3 and tokens[k - 1].lower in ("winner", "victor") and tokens[k - 2].lower == "the":
        return _named_before(tokens, k - 2)
    return None


def _described_before(tokens: list[Token], k: int) -> str | None:
    """A holder described, not named, right before tokens[k]: "the ruling party" took, "the club" was fined."""
    m = k - 1
    while m >= 0 and k - m <= 3 and tokens[m].is_word and tokens[m].lower not in STOP:
        m -= 1
    if m >= 0 and m < k - 1 and tokens[m].lower == "the":
        return " ".join(t.text for t in tokens[m + 1 : k])
    return None


def _listed_holder(tokens: list[Token], k: int) -> str | None:
    """The name of a list of results right before a figure's "with": "followed by the Greens with 12 seats and
    the Liberal Party (LP) with 9", "Ana Ruiz with 41%, Leo Sol with 38%"."""
    name = _capitalised_ending(tokens, k)
    if not name:
        return None
    start = _capitalised_run_before(tokens, k)[1] if tokens[k - 1].text != ")" else _bracket_start(tokens, k)
    m = start - 1
    if m >= 0 and tokens[m].lower == "the":
        m -= 1
    return name if m >= 0 and (tokens[m].text in (",", ";") or tokens[m].lower in ("and", "by")) else None


def _elided_holder(tokens: list[Token], first: int) -> str | None:
    """The name right before a figure in a list of results whose verb the list's first item gives ("Labour has
    won 412, Conservatives 121, Liberal Democrats 71"): the name after a comma or "and", with a verb of
    `holding_verbs` earlier in the sentence."""
    name = _capitalised_ending(tokens, first)
    if not name:
        return None
    start = _capitalised_run_before(tokens, first)[1]
    if start >= 1 and tokens[start - 1].lower == "the":
        start -= 1  # ", the Liberal Party 9"
    if start < 2 or not (tokens[start - 1].text == "," or tokens[start - 1].lower == "and"):
        return None
    holding = word_set("holding_verbs")
    return name if any(t.lower in holding for t in tokens[: start - 1]) else None


def _bracket_start(tokens: list[Token], k: int) -> int:
    """Where the name before a short form in brackets that ends right before tokens[k] starts."""
    opening = next((m for m in range(k - 2, max(0, k - 5), -1) if tokens[m].text == "("), k)
    return _capitalised_run_before(tokens, opening)[1]


# How many tokens an apposition between a name and its verb may take ("Sam Ruiz, the former head of the
# bankrupt exchange, was sentenced").
APPOSITION_REACH = 16


def _named_before(tokens: list[Token], k: int) -> str | None:
    """The capitalised name that ends right before tokens[k], past an apposition between commas ("Her rival,
    Ivo Horvat, took", "Horvat, 58, took"), a relative "who" ("Ivo Horvat, who took"), or the party or place
    the name is "of" ("Ko Wen-je of the People's Party (TPP) received"); without a title ("Mayor Ivo
    Horvat")."""
    if k >= 2 and tokens[k - 1].lower == "who" and tokens[k - 2].text == ",":
        return _capitalised_ending(tokens, k - 2)
    of = _of_phrase_start(tokens, k)
    if of is not None:
        return _capitalised_ending(tokens, of)
    if k >= 2 and tokens[k - 1].text == ",":
        opening = next((m for m in range(k - 2, max(-1, k - APPOSITION_REACH), -1) if tokens[m].text == ","), None)
        if opening is not None:
            inside = _capitalised_ending(tokens, k - 1)
            if inside and len(inside.split()) == k - 2 - opening:
                return inside  # "Her rival, Ivo Horvat, took": the name is the apposition
            return _capitalised_ending(tokens, opening)  # "Horvat, 58, took", "Horvat, the mayor, took"
    return _capitalised_ending(tokens, k)


def _of_phrase_start(tokens: list[Token], k: int) -> int | None:
    """Where "of the <Name> (<initials>)" that ends right before tokens[k] starts, if one does: "Ko Wen-je of
    the Taiwan People's Party (TPP) received" (at most six words after "of")."""
    m = k - 1
    if m >= 2 and tokens[m].text == ")":
        opening = next((n for n in range(m - 1, max(-1, m - 4), -1) if tokens[n].text == "("), None)
        if opening is None:
            return None
        m = opening - 1
    end = m
    while (
        m >= 0
        and end - m < 7
        and (tokens[m].is_capitalized or tokens[m].text in ("'", "’", "-") or tokens[m].lower == "s")
    ):
        m -= 1
    if m == end or m < 1 or tokens[m].lower not in ("the", "of"):
        return None
    if tokens[m].lower == "the":
        m -= 1
    return m if m >= 1 and tokens[m].lower == "of" and tokens[m - 1].is_word else None


def _capitalised_run_before(tokens: list[Token], k: int) -> tuple[list[str], int]:
    """The words of the run of capitalised words that ends right before tokens[k], a hyphened name joined
    ("Yu-ih", "Bankman-Fried"), and the index of its first token."""
    words: list[str] = []
    m = k - 1
    if m >= 1 and tokens[m].text == "." and attached(tokens[m - 1], tokens[m]) and len(tokens[m - 1].text) <= 4:
        m -= 1  # "Alphabet Inc.", "Acme Corp.": the abbreviation's full stop
    while m >= 0 and tokens[m].is_word and len(words) < 4:
        if m >= 2 and tokens[m - 1].text == "-" and tokens[m - 2].is_capitalized and tokens[m - 2].is_word:
            if not (attached(tokens[m - 2], tokens[m - 1]) and attached(tokens[m - 1], tokens[m])):
                break
            words.insert(0, f"{tokens[m - 2].text}-{tokens[m].text}")
            m -= 3
            continue
        if not tokens[m].is_capitalized:
            break
        words.insert(0, tokens[m].text)
        m -= 1
        if m >= 1 and tokens[m].text in ("'", "’") and attached(tokens[m - 1], tokens[m]) and tokens[m - 1].is_word:
            words.insert(0, f"{tokens[m - 1].text}{tokens[m].text}")  # "Farmers' League"
            m -= 2
    return words, m + 1


def _capitalised_ending(tokens: list[Token], k: int) -> str | None:
    """The name that ends right before tokens[k], without a title ("Mayor Ivo Horvat": Ivo Horvat); of a name
    followed by its short form in brackets, the short form outlets share ("the Republican People's Party (CHP)
    received": CHP)."""
    short = _bracketed_short_form(tokens, k)
    if short:
        return short
    words, _ = _capitalised_run_before(tokens, k)
    titles = _title_words()
    if len(words) > 2 and words[0] == "The":
        words.pop(0)  # "The Farmers' League won": the name after the sentence's article
    while len(words) > 1 and words[0].lower().rstrip(".") in titles:
        words.pop(0)  # "Mayor Ivo Horvat won", "Vice President Lai Ching-te": the name
    return " ".join(words) if words and words[0].lower() not in STOP else None


@cache
def _title_words() -> frozenset[str]:
    """The titles of `person_titles` in lower case, and the words of `title_modifiers`."""
    return frozenset(title.lower() for title in lexicon().person_titles) | word_set("title_modifiers")


def _bracketed_short_form(tokens: list[Token], k: int) -> str | None:
    """The short form in brackets that ends right before tokens[k] after a capitalised name: "CHP" of "the
    Republican People's Party (CHP)", "AK Party" of "the Justice and Development Party (AK Party)"."""
    if k < 4 or tokens[k - 1].text != ")":
        return None
    opening = next((m for m in range(k - 2, max(0, k - 5), -1) if tokens[m].text == "("), None)
    if opening is None:
        return None
    inside = tokens[opening + 1 : k - 1]
    named_before = tokens[opening - 1].is_word and tokens[opening - 1].is_capitalized
    if not inside or not named_before or not all(t.is_word and t.is_capitalized for t in inside):
        return None
    return " ".join(t.text for t in inside)


def place_in_subject(tokens: list[Token], first: int) -> str | None:
    """The place the subject of a figure's own clause is an area of, before its verb: "the epicentre in
    Jajarkot has seen the death of 157 people", "villages in Tarvo lost 300 homes" (a kind of place, `area_nouns`
    in the lexicon, just before "in"). Not a place that names an event ("the epicentre in the Tarvo
    earthquake"), nor one where the clause reports what someone said ("villages in Tarvo, officials said,
    …"), nor the place of anything else ("the toll from the storm in Tarvo rose to 43": the storm's)."""
    start = first
    while start > 0 and tokens[start - 1].text not in _CLAUSE_MARKS and tokens[start - 1].lower not in _CLAUSE_END:
        start -= 1
    clause = tokens[start:first]
    if _reports(clause):
        return None
    for k, token in enumerate(clause[:-1]):
        if token.lower not in ("in", "across", "throughout") or k == 0:
            continue
        measured = _heads_subject(clause, k - 1) and clause[k - 1].lower not in STOP
        if clause[k - 1].lower not in word_set("area_nouns") and not _event_heads(clause, k - 1) and not measured:
            continue
        m = k + 1
        m = past_place_leads(clause, m, k)
        words: list[str] = []
        while m < len(clause) and clause[m].is_word and clause[m].is_capitalized and len(words) < 3:
            words.append(clause[m].text.removesuffix("'s").removesuffix("’s"))
            m += 1
        named_event = m < len(clause) and clause[m].lower in event_words()
        area = clause[k - 1].lower in word_set("area_nouns") or _event_heads(clause, k - 1)
        if words and words[0].lower() not in CALENDAR and not named_event and (area or _level_after(clause, m)):
            return " ".join(words)
    return None


_CLAUSE_MARKS = (",", ";", ":", "(", ")", '"')


def _event_heads(clause: list[Token], k: int) -> bool:
    """Whether clause[k] is an event that is the clause's subject ("The flooding in Arlo has left 3,000
    homeless": what it did, it did there), not a word of another subject ("the toll from the storm in Tarvo":
    the storm's place, not the toll's)."""
    return clause[k].lower in event_words() and _heads_subject(clause, k)


def _heads_subject(clause: list[Token], k: int) -> bool:
    """Whether clause[k] is the head of the clause's subject: only its determiners and modifiers before it."""
    before = clause[:k]
    return all(
        t.is_word and (t.lower in _DETERMINERS or t.lower not in STOP) and t.lower not in event_words() for t in before
    ) and not any(t.lower in MEASURE_NOUNS for t in before)


def _level_after(clause: list[Token], m: int) -> bool:
    """Whether the words from clause[m] to the figure say the subject stands at it, rose or fell to it
    ("Temperatures in Arlo hit 46C", "The death toll in Tarvo rose to 43", "Unemployment in Belmar fell to
    11%"): the subject is what the figure measures, so the place in it is the figure's."""
    words = " ".join(t.lower for t in clause[m:])
    return bool(words) and any(words == phrase or words.startswith(phrase + " ") for phrase in _level_phrases())


@cache
def _level_phrases() -> frozenset[str]:
    lex = lexicon()
    verbs = [*lex.level_words, *lex.rising_count_words, *lex.standing_count_words, *lex.change_verbs]
    return frozenset([*verbs, *lex.resuming_verbs])


def _reports(clause: list[Token]) -> bool:
    """Whether a clause reports a statement: a speech verb or an attribution phrase in it."""
    words = f" {' '.join(t.lower for t in clause)} "
    return _reporting_words().search(words) is not None


@cache
def _reporting_words() -> re.Pattern[str]:
    """A speech verb or an attribution phrase as words of a clause that `_reports` spaces out."""
    lex = lexicon()
    phrases = "|".join(re.escape(phrase) for phrase in (*lex.speech_verbs, *lex.attribution_phrases))
    return re.compile(f" (?:{phrases}) ")


@cache
def event_words() -> frozenset[str]:
    """The one-word names of the story events ("earthquake", "floods", "strike"): after a place, they make it
    the name of an event ("the Tarvo earthquake")."""
    return frozenset(word for words in lexicon().event_concepts.values() for word in words if " " not in word)


def place_before_where(tokens: list[Token], first: int) -> str | None:
    """The place a "where" clause that holds a figure hangs on: "Similar scenes unfolded in Milan, where 80,000
    people rallied", "fighting spread to Kharkiv, where 12 were killed": one to three capitalised words after
    "in", "at" or "to", then a comma and "where", with no clause mark between "where" and the figure."""
    k = first - 1
    while k > 0 and tokens[k].lower != "where":
        if tokens[k].text in _CLAUSE_MARKS or tokens[k].lower in _CLAUSE_END:
            return None
        k -= 1
    if k < 3 or tokens[k].lower != "where" or tokens[k - 1].text != ",":
        return None
    end = k - 1
    m = end
    while m > 0 and end - m < 3 and tokens[m - 1].is_word and tokens[m - 1].is_capitalized:
        m -= 1
    if m == end or m == 0 or tokens[m - 1].lower not in ("in", "at", "to"):
        return None
    words = [token.text for token in tokens[m:end]]
    return None if calendar_word(words[0]) else " ".join(words)


_APPOSED_DETERMINERS = frozenset(["a", "an", "the"])


def place_apposed_before(tokens: list[Token], first: int) -> str | None:
    """The place a figure of its people stands in apposition to: "Donggala, a region of 300,000 people",
    "Palu, the provincial capital with a population of about 335,000": one to three capitalised words, a comma,
    a determiner, a place's noun (`apposed_place_nouns`, with up to two words before it) and "of" (or "with a
    population of"), right before the figure (and its qualifier). The name opens its clause or follows a place's
    preposition ("In Leeds, a city of 800,000"); one after a verb, or opened by another preposition ("After
    Katrina, a city of 500,000", "Under Putin"), names no place here."""
    lex = lexicon()
    k = first - 1
    while k > 0 and first - k <= 2 and tokens[k].lower != "of" and tokens[k].is_word and not tokens[k].is_capitalized:
        k -= 1  # "of about 335,000", "of just 8,000"
    if k < 4 or tokens[k].lower != "of":
        return None
    k -= 1
    if tokens[k].lower == "population" and k >= 3 and tokens[k - 1].lower == "a" and tokens[k - 2].lower == "with":
        k -= 3  # "the provincial capital with a population of"
    if tokens[k].lower not in lex.apposed_place_nouns:
        return None
    m = k - 1
    while m > 0 and k - m <= 2 and tokens[m].lower not in _APPOSED_DETERMINERS and tokens[m].is_word:
        m -= 1  # "a coastal region", "the provincial capital"
    if m < 2 or tokens[m].lower not in _APPOSED_DETERMINERS or tokens[m - 1].text != ",":
        return None
    end = m - 1
    n = end
    while n > 0 and end - n < 3 and tokens[n - 1].is_word and tokens[n - 1].is_capitalized:
        n -= 1
    if n < end and tokens[n].lower in lex.place_prepositions:
        n += 1  # "In Leeds, a city of 800,000": the preposition is no part of the name
    elif n > 0 and tokens[n - 1].is_word and tokens[n - 1].lower not in lex.place_prepositions:
        return None  # "Floods hit New Jersey, a state of 9 million": the name need not be all the place's
    words = [token.text for token in tokens[n:end]]
    if not words or words[0].lower() in lex.clause_prepositions or any(calendar_word(word) for word in words):
        return None  # "On Monday, a town of 9,000 people", "After Katrina, a city of 500,000"
    return " ".join(words)


def place_before_which(tokens: list[Token], first: int, last: int) -> str | None:
    """The place a relative clause that gives its population hangs on: "the plant is in Tokaimura, which has a
    population of about 34,000", "Galway, whose population is 80,000": one to three capitalised words, a comma,
    "which has (had) a population of" or "whose population is (was)", right before the figure and up to two words
    of its qualifier. The name follows a place's preposition or opens its clause, as in `place_apposed_before`.
    A noun after the figure (at `last`) that names no people (`generic_heads`, `people_by_sex_or_age`; a preposition
    or a conjunction may follow) makes it a count of something else ("Kruger Park, which has a population of 300 lions"): no place's population."""
    lex = lexicon()
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    people = word_set("generic_heads") | word_set("people_by_sex_or_age")
    links = (
        people | word_set("place_prepositions") | word_set("clause_prepositions") | word_set("sentence_conjunctions")
    )
    if after is not None and after.is_word and after.text.islower() and after.lower not in links:
        return None
    k = first - 1
    while k > 0 and first - k <= 2 and tokens[k].lower not in ("of", "is", "was") and tokens[k].is_word:
        k -= 1  # "of about 34,000", "is just over 80,000"
    lead = [token.lower for token in tokens[max(0, k - 4) : k + 1]]
    if lead[-5:] in (["which", "has", "a", "population", "of"], ["which", "had", "a", "population", "of"]):
        comma = k - 5
    elif lead[-3:] in (["whose", "population", "is"], ["whose", "population", "was"]):
        comma = k - 3
    else:
        return None
    if comma < 1 or tokens[comma].text != ",":
        return None
    n = comma
    while n > 0 and comma - n < 3 and tokens[n - 1].is_word and tokens[n - 1].is_capitalized:
        n -= 1
    if n == comma or (n > 0 and tokens[n - 1].lower not in lex.place_prepositions):
        return None  # "Voters backed Smith, whose population …": no place's name before it
    words = [token.text for token in tokens[n:comma]]
    if words[0].lower() in lex.clause_prepositions or any(calendar_word(word) for word in words):
        return None
    return " ".join(words)


def place_before_with(tokens: list[Token], first: int) -> str | None:
    """The place a figure given "with" another shares: "131 dead in Gansu with 782 injured"."""
    k = first - 1
    if k < 2 or tokens[k].lower != "with":
        return None
    m = k - 1
    while m > 0 and tokens[m].lower in _PLACE_NOUNS:
        m -= 1  # "in Gansu province with …"
    words: list[str] = []
    while m > 0 and tokens[m].is_word and tokens[m].is_capitalized and len(words) < 3:
        words.insert(0, tokens[m].text)
        m -= 1
    if words and tokens[m].lower in ("in", "across", "throughout") and words[0].lower() not in CALENDAR:
        return " ".join(words)
    return None
