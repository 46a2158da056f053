"""Which words of a sentence belong to which figure: each figure's own phrase.

A sentence that gives several figures says what each is about in the words around it: in "at a depth of 35
km with its epicentre 102 km west of Lanzhou", "depth" is about 35 km and "epicentre" about 102 km. The
words between two figures are split at the first clause break after the first figure (a comma, a
semicolon, "and", "while", "with", ...), or before a superlative said of the span that follows ("1,900
injured in the strongest quake in 18 years"); the words after the last figure run to the next break; a phrase
that opens the sentence and sets its place or time ("In Qinghai, …", "In the first hours after the quake,
…") belongs to every figure of the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from claimcheck.extract.lexicon import irregular_past, lexicon, word_set
from claimcheck.extract.numbers import find_numbers
from claimcheck.extract.phrases import STOP as STOP_WORDS
from claimcheck.extract.tokens import Token, match_phrase, match_phrase_before, opens_list_line, tokenize
from claimcheck.extract.units import dimension

Span = tuple[int, int]  # first and last token of a figure


@cache
def _breaks() -> frozenset[str]:
    """Clause breaks, as a token's lower-case form: the lexicon's words and the punctuation that cuts."""
    return frozenset(lexicon().clause_breaks) | {",", ";", ":", "(", ")", "—", "–"}


def _is_break(token: Token) -> bool:
    return token.lower in _breaks()


def first_break(tokens: Sequence[Token], start: int, stop: int) -> int | None:
    """The first clause break in tokens[start:stop]; a relative pronoun right after a word opens a clause
    about that word, not a new one, and a relative clause set off by commas before the verb it interrupts
    ("six others, who had been stranded, have since been rescued") is passed over."""
    breaks, relatives = _breaks(), word_set("relative_pronouns")
    k = start
    while k < stop:
        if (
            tokens[k].lower in breaks
            and not (tokens[k].lower in relatives and k > start and tokens[k - 1].is_word)
            and not _ends_listing(tokens, k)
            and not _joins_modifiers(tokens, k, stop)
            and not _with_harm(tokens, k, stop)
        ):
            after = _past_set_off_relative(tokens, k, stop)
            if after is None:
                return k
            k = after
        k += 1
    return None


# Words that may stand between "with" and the noun of a harm ("with serious burn injuries").
WITH_HARM_REACH = 3
# Words a verb of leaving may stand before "with": the figure, its hedge and its noun ("left over 200 others with").
LEAVING_REACH = 5


def _with_harm(tokens: Sequence[Token], k: int, stop: int) -> bool:
    """Whether tokens[k] is a "with" that gives the harm a count's people were left with ("left 30 people with
    serious injuries"): a verb of leaving (`leaving_verbs`) a few words before it, and a noun of `with_harm_nouns`
    a few lower-case words on, before the next figure. Elsewhere "with" opens a clause of its own ("missed 14
    games with injuries", "killed 30, with injuries reported in 12 provinces")."""
    if tokens[k].lower != "with" or not any(
        token.lower in word_set("leaving_verbs") for token in tokens[max(0, k - LEAVING_REACH) : k]
    ):
        return False
    harms = word_set("with_harm_nouns")
    for m in range(k + 1, min(k + 1 + WITH_HARM_REACH, stop)):
        if tokens[m].lower in harms:
            return True
        if not (tokens[m].is_word and tokens[m].text.islower()):
            return False
    return False


def _past_set_off_relative(tokens: Sequence[Token], k: int, stop: int) -> int | None:
    """The closing comma of a relative clause that opens with the comma at tokens[k] and after which the
    subject's own verb goes on, else None."""
    if tokens[k].text != "," or k + 1 >= stop or tokens[k + 1].lower not in word_set("relative_pronouns"):
        return None
    return _resumed_after(tokens, k + 2, stop)


def past_set_off_part(tokens: Sequence[Token], k: int) -> int:
    """Where a count's own words go on after a part of it at tokens[k], set off by commas ("30 miners,
    including two engineers, were killed", "40 people, among them 12 children, drowned") or not ("13 people
    including eight women died"): the token where the count's verb is; else k."""
    if k + 1 >= len(tokens):
        return k
    lex = lexicon()
    if tokens[k].text != ",":
        opener = match_phrase(list(tokens), k, lex.phrases(lex.part_openers))
        return _verb_after_part(tokens, k + len(opener)) or k if opener else k
    opener = match_phrase(list(tokens), k + 1, lex.phrases(lex.part_openers))
    closing = _resumed_after(tokens, k + 1 + len(opener), len(tokens)) if opener else None
    return closing + 1 if closing is not None else k


def _verb_after_part(tokens: Sequence[Token], k: int, reach: int = 4) -> int | None:
    """The verb after a part that is a count and its noun at tokens[k] ("eight women died"), within `reach`
    words of the count; None where no count opens it or no verb follows."""
    single = k < len(tokens) and tokens[k].lower in word_set("single_part_articles")
    if single:
        last = 0  # "including a public bus fell": a part of one
    else:
        numbers = find_numbers(list(tokens[k : k + 6]))
        if not numbers or numbers[0].first != 0:
            return None
        last = numbers[0].last
    for j in range(k + last + 1, min(len(tokens), k + last + 1 + reach)):
        if not (tokens[j].is_word and tokens[j].text.islower()) or _is_break(tokens[j]):
            return None
        if _resumes(tokens[j]) and not (single and tokens[j].lower.endswith("ed")):
            return j  # "including a teenager arrested last year": what the one was, not what befell the count
    return None


def _resumes(token: Token) -> bool:
    """Whether a word goes on a subject's own clause: `resuming_verbs`, `state_links`, a verb in the past
    ("were", "fled", "lost")."""
    return (
        token.lower in word_set("resuming_verbs")
        or token.lower in word_set("state_links")
        or token.lower.endswith("ed")
        or token.lower in irregular_past()
    )


def _resumed_after(tokens: Sequence[Token], start: int, stop: int) -> int | None:
    """The comma that closes words set off from tokens[start] on, where the subject's own verb goes on after
    it (`resuming_verbs`, `state_links`, a verb in the past); else None."""
    closing = next((m for m in range(start, stop) if tokens[m].text in (",", ";", ".")), None)
    if closing is None or tokens[closing].text != "," or closing + 1 >= stop:
        return None
    resumed = _resumes(tokens[closing + 1]) or _participle_with_place(tokens, closing + 1)
    return closing if resumed and tokens[closing + 1].text.islower() else None


def _participle_with_place(tokens: Sequence[Token], k: int) -> bool:
    """Whether tokens[k] is a verb in -ing with where it went right after it (`participle_place_words`: "plunging
    into the canal", "sleeping in the open"): what befell the count before the part set off."""
    return (
        tokens[k].lower.endswith("ing")
        and tokens[k].lower not in word_set("speech_verbs")  # "…, saying in a statement": the subject's own clause
        and k + 1 < len(tokens)
        and tokens[k + 1].lower in word_set("participle_place_words")
    )


def _joins_modifiers(tokens: Sequence[Token], k: int, stop: int) -> bool:
    """Whether the "and" at tokens[k] joins two words before one noun that ends the phrase, after a preposition
    ("P429 million in agricultural and infrastructure damages", "$12 million in residential and commercial
    losses in Ohio"): one thing, not a new clause. The noun after them must close the phrase (a break, a
    small word, the end of the sentence or the next figure) and be no verb ("in cars and trucks collided" is a clause of its own)."""
    if tokens[k].lower != "and" or k < 2 or k + 3 > stop:
        return False
    before, first, second, noun = tokens[k - 2], tokens[k - 1], tokens[k + 1], tokens[k + 2]
    words = (first, second, noun)
    if before.lower not in _MODIFIED_AFTER or not all(t.is_word and t.text.islower() for t in words):
        return False
    if any(t.lower in _breaks() or t.lower in STOP_WORDS or _resumes(t) or t.lower.endswith("ing") for t in words):
        return False
    after = tokens[k + 3] if k + 3 < stop else None
    return after is None or not after.is_word or _is_break(after) or after.lower in STOP_WORDS | _PLACE_WORDS


# Prepositions after which two joined words name one thing: "in agricultural and infrastructure damages".
_MODIFIED_AFTER = frozenset({"in", "of"})


def _ends_listing(tokens: Sequence[Token], k: int) -> bool:
    """Whether tokens[k] ends a verb that lists a count under a state ("registered as missing"): the state
    after it is the count's, not a new clause's."""
    lex = lexicon()
    return match_phrase_before(list(tokens), k + 1, lex.phrases_ending(lex.listing_phrases)) is not None


@cache
def _superlatives() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The superlatives' words, by their first word."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in lexicon().fact_words("record span"):
        words = tuple(phrase.split())
        by_first.setdefault(words[0], []).append(words)
    return {first: tuple(phrases) for first, phrases in by_first.items()}


def _superlative(tokens: Sequence[Token], start: int, stop: int) -> int | None:
    """Where a superlative between two figures starts ("the strongest quake … in 18 years"): it is said of
    the span that follows it, so the words from it on belong to the next figure."""
    superlatives = _superlatives()
    for k in range(start, stop):
        phrases = superlatives.get(tokens[k].lower)
        if phrases and any(tuple(t.lower for t in tokens[k : k + len(w)]) == w for w in phrases):
            return k - 1 if k - 1 >= start and tokens[k - 1].lower in ("the", "a", "its", "their") else k
    return None


def fronted(tokens: Sequence[Token], first_figure: int) -> int:
    """The end (exclusive token index) of a phrase that opens the sentence and sets its place or time, else 0."""
    if not tokens or tokens[0].lower not in word_set("fronting_words"):
        return 0
    comma = next((k for k in range(first_figure) if tokens[k].text == ","), None)
    return comma if comma is not None else 0


def figure_phrases(tokens: Sequence[Token], spans: Sequence[Span]) -> list[tuple[int, int]]:
    """For each figure (its first and last token, in sentence order), the token range [start, end) of its
    own phrase; the sentence's opening phrase is given separately by `fronted`."""
    bounds: list[tuple[int, int]] = []
    start = _after_last_turn(tokens, spans[0][0]) if spans else 0
    resume: tuple[int, int] | None = None  # a count's verb after a part set off by commas, and where to go on
    for n, (first, last) in enumerate(spans):
        if resume is not None and first >= resume[0]:
            start, resume = resume[1], None
        later = [span for span in spans[n + 1 :] if not _attributive(tokens, span)]
        following = later[0][0] if later else len(tokens)
        cut = first_break(tokens, last + 1, following)
        # "an eight month, 352-million-mile journey": the journey is the eight months' too, and no more of the
        # next figure's words ("a 12-day, 300-mile voyage originally planned…": the plan is not the 12 days')
        listed = _listed_attribute(tokens, (first, last), spans[n + 1 :], cut)
        if listed is not None:
            noun = listed + 1 if listed + 1 < len(tokens) and tokens[listed + 1].is_word else listed
            bounds.append((min(_after_last_turn(tokens, first, start), first), noun + 1))
            start = last + 2
            continue
        verb = past_set_off_part(tokens, cut) if cut is not None and resume is None else cut
        if cut is not None and verb is not None and verb != cut:  # "30 miners, including two engineers, were killed"
            end, go_on = _phrase_end(tokens, verb, [span for span in later if span[0] >= verb])
            bounds.append((min(start, first), max(end, last + 1)))
            opened = tokens[cut].text == ","
            start, resume = cut + 1 if opened else cut, (verb, go_on)  # the part's own figures start after it
            continue
        if cut == last + 1 and tokens[cut].text == ":" and _opens_its_line(tokens, first):
            # "— 14: Number of countries hit": the words after the colon say what the figure is, but for a rate
            # ("$7,100: Amount raised per affected person"), of which they do not say the whole
            label_end = first_break(tokens, cut + 1, following) or following
            if not any(t.lower == "per" for t in tokens[cut + 1 : label_end]):
                cut = label_end
        end, go_on = _phrase_end(tokens, last + 1, later, cut)
        bounds.append((min(_after_last_turn(tokens, first, start), first), max(end, last + 1)))
        start = go_on
    return bounds


def _opens_its_line(tokens: Sequence[Token], first: int) -> bool:
    """Whether the figure at tokens[first] opens its line, maybe after a list's dash, a hedge and a currency sign
    ("— About 230,000", "• $4.5 billion")."""
    lex = lexicon()
    k = first
    while k > 0 and tokens[k - 1].text in lex.currency_prefixes:
        k -= 1
    hedge = match_phrase_before(list(tokens[:k]), k, lex.phrases_ending(lex.qualifiers))
    return opens_list_line(tokens, k - len(hedge) if hedge else k)


def _phrase_end(tokens: Sequence[Token], after: int, later: Sequence[Span], cut: int | None = None) -> tuple[int, int]:
    """Where the phrase of a figure whose words go on at tokens[after] ends (exclusive), and where the next
    figure's phrase starts: at the first clause break before the next figure, else before a superlative, else
    at the end of the sentence or halfway to the next figure. `cut`: the first break, if already found."""
    following = later[0][0] if later else len(tokens)
    if cut is None:
        cut = first_break(tokens, after, following)
    if cut is None and later:
        cut = _superlative(tokens, after, following)
    if cut is None and later and following - 1 >= after and tokens[following - 1].lower in _ALTERNATIVES:
        return following - 1, following  # "some 3,524 persons or 968 families were evacuated": one count, twice
    if cut is None and later and _place_object(tokens, after, following):
        end, _ = _phrase_end(tokens, later[0][1] + 1, later[1:])
        return end, following  # "70,000 people remain in over 800 evacuation centres": where the 70,000 are
    if cut is None:
        cut = following if not later else _past_joined_modifiers(tokens, after, (after + following) // 2, following)
        cut = _past_closing_state(tokens, cut, following)
    return cut, cut + 1 if cut < following and _is_break(tokens[cut]) else cut


def _past_closing_state(tokens: Sequence[Token], cut: int, following: int) -> int:
    """A cut halfway between two figures moved past a word that closes the phrase before it, further on before the
    next figure (`after_place_words`: "115 miners were brought out of the mine alive | after being trapped for
    more than a week"): the place and the word are the first figure's."""
    closing = lexicon().after_place_words
    return next((k + 1 for k in range(cut, following) if tokens[k].lower in closing), cut)


def _place_object(tokens: Sequence[Token], after: int, following: int) -> bool:
    """Whether the next figure, at tokens[following], counts the places the words before it put this figure's
    people in ("remain in over 800 evacuation centres", "were held in 12 camps"): the object of its clause."""
    k = following - 1
    while k >= after and tokens[k].lower in _HEDGE_WORDS:
        k -= 1
    if k >= after and tokens[k].lower == "from":  # "missing from two villages", never "rose from 12 to 20"
        return not _changes().intersection(t.lower for t in tokens[:k])
    return k >= after and tokens[k].lower in _PLACING


@cache
def _changes() -> frozenset[str]:
    """The words that make "from" a change's starting point ("rose from", "up from", "revised … from")."""
    lex = lexicon()
    return frozenset([*lex.change_verbs, *lex.change_adverbs, "revised", "raised", "lowered", "cut", "changed"])


# Words that put people in places, and hedges that may stand between them and a figure ("in over 800").
_PLACING = frozenset({"in", "into", "across"})
_HEDGE_WORDS = frozenset({"over", "about", "around", "some", "nearly", "almost", "than", "more", "least", "up"})


def _past_joined_modifiers(tokens: Sequence[Token], after: int, cut: int, following: int) -> int:
    """A cut halfway between two figures moved past two joined words and their noun it would split ("P429,726,344
    in agricultural and infrastructure | damages were reported in five regions")."""
    for k in range(after, following):
        if tokens[k].lower == "and" and k - 2 < cut <= k + 2 and _joins_modifiers(tokens, k, following):
            return k + 3
    return cut


def _listed_attribute(tokens: Sequence[Token], span: Span, later: Sequence[Span], cut: int | None) -> int | None:
    """Where the next figure ends when a figure used as an attribute is listed before it, a comma between, and
    both describe the noun after it ("an eight month, 352-million-mile journey", "a nine-month, 240-million-kilometre
    trek", "a 12-day, 300-mile march", "$500 million of 2.5 percent, five-year securities"): the comma joins two
    attributes of one noun, not two clauses. The figure must read as an attribute itself: joined to its unit by a
    hyphen, or after a word that opens a noun phrase (`attribute_leads`: "an eight month") and of more than one
    unit; never the object of a verb or a preposition ("Winds reached 120 mph, 30-foot waves…", "After six months,
    12-year-old Ana was found") nor a single unit ("The rescue took a day, 15-metre waves hampering the divers")."""
    first, last = span
    if cut is None or cut != last + 1 or tokens[cut].text != "," or not later or later[0][0] != cut + 1:
        return None
    if last <= first or not tokens[last].is_word or not dimension(tokens[last].lower):  # a unit, never an age's "old"
        return None
    if tokens[last - 1].text != "-" and (
        first == 0
        or tokens[first - 1].lower not in word_set("attribute_leads")
        or tokens[first].lower in word_set("single_part_articles")
        or tokens[first].text == "1"
    ):
        return None
    return later[0][1] if _attributive(tokens, later[0]) else None


def _attributive(tokens: Sequence[Token], span: Span) -> bool:
    """Whether a figure is joined by a hyphen to its unit before a noun ("the guided three-day trip", "the
    12-storey factory"): it describes that noun, so the clause's verb is not its own and it cuts no other
    figure's phrase ("Six others from the guided three-day trip were rescued": the six were)."""
    last = span[1]
    return (
        last >= 1
        and tokens[last - 1].text == "-"
        and tokens[last].is_word
        and last + 1 < len(tokens)
        and tokens[last + 1].is_word
        and (tokens[last + 1].text.islower() or _named_compound(tokens, last + 1))
    )


def _named_compound(tokens: Sequence[Token], k: int) -> bool:
    """Whether tokens[k] opens a compound modifier led by a name ("Soviet-era", "US-made", "Chinese-built"):
    a word of the noun phrase ("the 10-floor Soviet-era housing block"), not the name of what comes next."""
    return k + 2 < len(tokens) and tokens[k + 1].text == "-" and tokens[k + 2].is_word and tokens[k + 2].text.islower()


def _after_last_turn(tokens: Sequence[Token], first: int, start: int = 0) -> int:
    """Where the clause of a figure starts, from tokens[start] on: after the last turn before it ("The state
    declared an emergency, but has said little of how the 27 people died"; "30 cabins were destroyed, but 398
    houses were saved": the 398's clause opens after "but", the words the figure before left over are not its)."""
    turns, after_comma = word_set("clause_turns"), word_set("comma_turns")
    return next(
        (
            k + 1
            for k in range(first - 1, start - 1, -1)
            if tokens[k].lower in turns
            and (tokens[k].lower not in after_comma or (k > 0 and tokens[k - 1].text in (",", ";")))
        ),
        start,
    )


_PLACE_WORDS = frozenset({"in", "across", "throughout", "at"})
_COORDINATION = frozenset({"and", "or"})
# A word that gives the same count another way right before the next figure ("3,524 persons or 968 families").
_ALTERNATIVES = frozenset({"or"})


def _place_tail(tokens: Sequence[Token], start: int, end: int, after: int) -> int | None:
    """Where a place phrase ("in Qinghai", "across northern Gansu") starts in tokens[after:end], if one does."""
    for k in range(max(start, after), end - 1):
        if tokens[k].lower in _PLACE_WORDS and any(t.is_capitalized and t.is_word for t in tokens[k + 1 : k + 4]):
            return k
    return None


def _shared_tails(tokens: Sequence[Token], spans: Sequence[Span], bounds: list[tuple[int, int]]) -> list[int | None]:
    """For each figure, where the words it shares with the figures it is coordinated with start: the verb of a
    later figure, for a figure with no verb of its own ("The 131 passengers and 12 crew arrived on a relief
    flight": both arrived), else the place phrase ("Fourteen were killed and 198 injured in Qinghai": both in
    Qinghai). A figure with a place of its own, or joined by "while", "but" or "with" ("210 killed in Marsa while
    40 died in Okoro"), shares none."""
    tails: list[int | None] = [None] * len(spans)
    n = len(spans) - 1
    while n > 0:
        start, end = bounds[n]
        verb = _verb_at(tokens, spans[n][1] + 1, end)
        place = _place_tail(tokens, start, end, spans[n][1] + 1)
        k = n - 1
        while k >= 0:
            joint = [t.lower for t in tokens[bounds[k][1] : bounds[k + 1][0]]]
            if not joint or not set(joint) <= _COORDINATION:
                break
            if (
                verb is not None
                and bounds[k + 1][0] == spans[k + 1][0]
                and _bare(tokens, *_own_clause(tokens, bounds[k], spans[k]))
            ):
                tails[k] = verb
            elif place is not None and _place_tail(tokens, *bounds[k], spans[k][1] + 1) is None:
                tails[k] = place
            else:
                break
            k -= 1
        n -= 1
    return tails


def _own_clause(tokens: Sequence[Token], bounds: tuple[int, int], span: Span) -> tuple[int, int]:
    """A figure's phrase without the clause set off by a comma before it ("With power cuts reported in
    Quezon, some 3,524 persons or 968 families were evacuated": the words from "some" on), nor the words that
    report the clause it opens after "that" ("A spokesman told the agency that 35 hostages and 15 militants had
    been killed": the words from "35" on)."""
    start = next(
        (k + 1 for k in range(span[0] - 1, bounds[0] - 1, -1) if tokens[k].lower in _CLAUSE_OPENERS), bounds[0]
    )
    return start, bounds[1]


# What opens a figure's own clause inside its phrase: a comma, or "that" after the words that report it.
_CLAUSE_OPENERS = frozenset({",", "that"})


def _bare(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether tokens[start:end], a figure's phrase, names only what it counts: no verb and no word of a state
    (`state_words`: "The 131 passengers", not "18 dead" nor "has climbed to 3,060")."""
    states = word_set("state_words")
    return _verb_at(tokens, start, end) is None and not any(t.lower in states for t in tokens[start:end])


def _verb_at(tokens: Sequence[Token], start: int, end: int) -> int | None:
    """Where the first word that goes on a subject's clause (`_resumes`) stands in tokens[start:end]."""
    return next((k for k in range(start, end) if tokens[k].text.islower() and _resumes(tokens[k])), None)


def phrase_texts(text: str, tokens: Sequence[Token], spans: Sequence[Span], offset: int = 0) -> list[str]:
    """Each figure's phrase as text (`text` is the sentence, `offset` where it starts in the token positions),
    with the sentence's opening phrase before it where the figure is not the first, and the place phrase it
    shares with the figures it is coordinated with after it."""
    if not spans:
        return []
    opening = fronted(tokens, spans[0][0])
    bounds = figure_phrases(tokens, spans)
    tails = _shared_tails(tokens, spans, bounds)

    def words(first: int, last: int) -> str:
        return text[tokens[first].start - offset : tokens[last].end - offset]

    out = []
    for n, (start, end) in enumerate(bounds):
        if start >= end:
            out.append("")
            continue
        # the opening keeps the comma that closes it: "According to police, …" is not "police in Okoro"
        closed = opening < len(tokens) and tokens[opening].text == ","
        pieces = [words(0, opening if closed else opening - 1)] if opening and n else []
        pieces.append(words(start, end - 1))
        tail = tails[n]
        if tail is not None:
            owner = next(m for m in range(n + 1, len(bounds)) if tails[m] is None or m == len(bounds) - 1)
            pieces.append(words(tail, bounds[owner][1] - 1))
        out.append(" ".join(pieces).strip())
    return out


# What may stand between two figures of one list ("80% and 50%", "12, 18 or 30 km").
_LIST_JOINS = frozenset({"and", "or", ",", "&"})


def phrase_at(sentence: str, phrase: str) -> int:
    """Where a figure's phrase starts in its sentence, -1 if nowhere: a phrase that takes words it shares from a
    later figure ("80% contained" of "were 80% and 50% contained") is found by its own words, those it opens
    with."""
    words = phrase.split(" ")
    at = sentence.find(phrase)
    while at < 0 and len(words) > 1:
        words.pop()
        at = sentence.find(" ".join(words))
    return at


def clause_lead(sentence: str, phrase: str) -> str:
    """The subject a figure shares with the figure that opens its sentence: "Two other fires on the island
    were 80% and 50% contained" says both shares of "two other fires", so the words from the sentence's start
    to the figure's own phrase lead up to it. Only where the sentence opens with a figure and no clause
    break stands between the two (figures listed with "and", "or" or commas share their clause); "" else."""
    at = phrase_at(sentence, phrase)
    if at <= 0:
        return ""
    tokens = tokenize(sentence[:at])
    numbers = find_numbers(tokens)
    if not numbers or numbers[0].first != 0:
        return ""
    for k in range(numbers[0].last + 1, len(tokens)):
        listed = tokens[k].lower in _LIST_JOINS and _listed_figure(tokens, k - 1)
        if _is_break(tokens[k]) and not listed:
            return ""
    return sentence[:at].strip()


def _listed_figure(tokens: Sequence[Token], k: int) -> bool:
    """Whether tokens[k] ends a figure: its number, or a unit right after it ("80%", "30 km")."""
    return tokens[k].is_number or (k > 0 and tokens[k - 1].is_number and dimension(tokens[k].text) is not None)
