"""Ranks in a ranked list, ages told by a birthday ("his 116th birthday": 116 years, `birthday_nouns`), years told
by an anniversary ("the 40th anniversary": 40 years, `anniversary_nouns`), runs of periods ("the 17th straight
month": 17 months, `run_nouns`), betting odds (`odds_in`), and running counts told by an ordinal (`running_counts`: "a 12th person died", "a
fourth suspect was arrested", "a second body was found"). Ranks: "the
30th spot", "second place", "the 31st position", "the 19th wettest March", "ranks 73rd", "Canada at No. 2", "(No.
6)". An ordinal before a noun of a rank (`rank_nouns`) or a superlative, or after a verb of ranking (`rank_verbs`),
or "No." before digits where a list is spoken of: after a word that places something in one (`rank_openers`), or
after a determiner with a lower-case noun after it that is no label's ("the No. 1 nation"; not "the No. 10 bus")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from claimcheck.corpus.metadata import MONTH_NAMES
from claimcheck.extract.lexicon import lexicon
from claimcheck.extract.numbers import parse_digits
from claimcheck.extract.tokens import (
    Token,
    attached,
    match_phrase,
    match_phrase_before,
    ordinal_ending,
    skip_words,
    title_case,
)
from claimcheck.extract.words import stem

_MONTH_NAMES = frozenset(MONTH_NAMES) | {name[:3] for name in MONTH_NAMES}


@dataclass(frozen=True)
class Rank:
    first: int  # index of the first token
    last: int  # index of the last token (inclusive)
    value: int
    noun: str | None  # the rank's noun ("spot", "place"), where one is written


def ranks_in(tokens: list[Token]) -> list[Rank]:
    found: list[Rank] = []
    k = 0
    while k < len(tokens):
        rank = _ordinal_rank(tokens, k) or _numbered_rank(tokens, k)
        if rank is not None:
            found.append(rank)
            k = rank.last + 1
        else:
            k += 1
    return found


def ordinal_at(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """(value, last token) of an ordinal at tokens[k]: "30th", "second", "twenty-first"."""
    token = tokens[k]
    if token.is_number and token.text.isdigit() and k + 1 < len(tokens):
        suffix = tokens[k + 1]
        if ordinal_ending(token.text, suffix.text) and attached(token, suffix):
            return int(token.text), k + 1
        return None
    words = lexicon().dates.ordinal_days
    if token.lower in words:
        return words.index(token.lower) + 1, k
    return None


def _ordinal_rank(tokens: list[Token], k: int) -> Rank | None:
    ordinal = ordinal_at(tokens, k)
    if ordinal is None or ordinal[1] + 1 >= len(tokens) or (k > 0 and tokens[k - 1].lower in _MONTH_NAMES):
        return None  # "July 21st hottest day": a day of the month
    value, last = ordinal
    after = last + 2 if tokens[last + 1].text == "-" and last + 2 < len(tokens) else last + 1  # "third-highest"
    superlative = _superlative_at(tokens, after)
    if superlative is not None:
        return Rank(k, superlative, value, tokens[superlative].lower)
    run = _run_noun_at(tokens, after)
    if run is not None:
        return Rank(k, run, value, tokens[run].lower)
    noun = tokens[last + 1].lower
    lex = lexicon()
    if _after_rank_verb(tokens, k):
        return Rank(k, last, value, None)
    if noun not in lex.rank_nouns and noun not in lex.birthday_nouns and noun not in lex.anniversary_nouns:
        return None
    back = [t.lower for t in tokens[max(0, k - 2) : k]]
    if back == ["in", "the"] and value == 1 and noun == "place":
        return None  # "in the first place": a turn of phrase
    return Rank(k, last + 1, value, noun)


def _run_noun_at(tokens: list[Token], k: int) -> int | None:
    """The period noun that a word of a run at tokens[k] leads to (`run_words`, `run_nouns`), which makes an ordinal
    before it the length of a run of periods: "the 17th straight month", "the third consecutive year"."""
    lex = lexicon()
    if k + 1 >= len(tokens) or tokens[k].lower not in lex.run_words or tokens[k + 1].lower not in lex.run_nouns:
        return None
    return k + 1


def _after_rank_verb(tokens: list[Token], k: int) -> bool:
    """Whether a verb that places something in a ranked list (`rank_verbs`) stands before the ordinal at tokens[k],
    right before it or with "a"/"an" and one lower-case word between: "ranks 73rd", "finished ninth", "ranks an
    embarrassing 27th", "came a distant third"."""
    verbs = lexicon().rank_verbs
    if k > 0 and tokens[k - 1].lower in verbs:
        return True
    if k < 3 or tokens[k - 2].lower not in ("a", "an"):
        return False
    between = tokens[k - 1]
    return between.is_word and not between.is_capitalized and tokens[k - 3].lower in verbs


def _superlative_at(tokens: list[Token], k: int) -> int | None:
    """The last token of a superlative at tokens[k] ("wettest", "most visited"), which makes an ordinal before it a
    rank in a ranked list ("the 19th wettest March", "the third-highest total", "the 2nd most visited city")."""
    words = lexicon().dates
    token = tokens[k]
    if not token.is_word or token.is_capitalized and k > 0 and tokens[k - 1].text != "-":
        return None  # "the 5th West" (a name)
    if token.lower in words.rank_words:
        return k + 1 if k + 1 < len(tokens) and tokens[k + 1].is_word else None
    word = token.lower
    if word.endswith(words.rank_ending) and word not in words.not_ranks and len(word) > len(words.rank_ending) + 2:
        return k
    return None


def _numbered_rank(tokens: list[Token], k: int) -> Rank | None:
    """ "No. 2" where a list is spoken of."""
    if tokens[k].text not in ("No", "no") or k + 2 >= len(tokens) or tokens[k + 1].text != ".":
        return None
    digits = tokens[k + 2]
    if not (digits.is_number and digits.text.isdigit()):
        return None
    lex = lexicon()
    before = tokens[k - 1].lower if k > 0 else ""
    if before in lex.rank_openers:
        return Rank(k, k + 2, int(digits.text), None)
    after = tokens[k + 3] if k + 3 < len(tokens) else None
    named = after is not None and after.is_word and not after.is_capitalized and not title_case(tokens)
    if before in lex.rank_determiners and named and after is not None and after.lower not in lex.number_label_nouns:
        return Rank(k, k + 2, int(digits.text), None)
    return None


@dataclass(frozen=True)
class RunningCount:
    first: int  # index of the ordinal's first token
    last: int  # index of the ordinal's last token
    value: int


# Articles before an ordinal that tell the count so far of the event told ("a 12th person died"); never "the", whose
# ordinal counts over a wider scope ("the fifth officer killed in the line of duty", "the second death in the
# family"), nor a possessive ("his third term").
_ARTICLES = frozenset({"a", "an"})
# How many words of a toll's state (`toll_state_links`) may stand between the noun and the word of a growing count.
STATE_REACH = 4


def running_counts(tokens: list[Token], taken: set[int]) -> list[RunningCount]:
    """Counts so far told by an ordinal (from the second on) after "a" or "an", before a noun, maybe after one word
    that describes it ("a fourth British tourist"): the count has reached the ordinal's value. The noun is one of a
    person (`single_person_nouns`, `ordinal_count_nouns`) that a word of a count that only grows
    (`ordinal_count_facts`) follows, maybe after words of a toll's state ("a 12th person died", "a fourth suspect had
    been arrested", "a third victim died"), or that is its object ("police arrested a fourth suspect"); or one such a
    word names in the plural, with a verb after it ("a second body was found", "a fifth case was confirmed"). Tokens
    in `taken` (ranks, dates) are none; nor is a noun in title case ("a Fifth Amendment plea"), a repetition, or one
    of those told in turn ("in a second case")."""
    found: list[RunningCount] = []
    for k in range(1, len(tokens) - 1):
        if k in taken or tokens[k - 1].lower not in _ARTICLES or k > 1 and tokens[k - 2].lower == "in":
            continue  # "In a second case, a man was arrested": one of those told in turn
        ordinal = ordinal_at(tokens, k)
        if ordinal is None or ordinal[0] < 2:
            continue
        value, last = ordinal
        noun = _counted_noun(tokens, last + 1)
        if noun is None:
            continue
        if _grows_after(tokens, noun + 1) or _grows_before(tokens, k - 1) or _told_alone(tokens, noun):
            found.append(RunningCount(k, last, value))
    return found


def _told_alone(tokens: list[Token], noun: int) -> bool:
    """Whether a noun a word of a growing count names in the plural, and no noun of a person, starts a clause with a
    verb after it ("a second body was found"): no noun of a person, of whom a word of what befell them must tell
    ("a third victim survived" counts no death)."""
    lex, word = lexicon(), tokens[noun].lower
    if word not in _growing_nouns() or word in lex.single_person_nouns or word in lex.ordinal_count_nouns:
        return False
    return noun + 1 < len(tokens) and tokens[noun + 1].lower in lex.auxiliaries


def _counted_noun(tokens: list[Token], k: int) -> int | None:
    """The index of a noun a running count may count at tokens[k], or one word after it."""
    lex = lexicon()
    for at in (k, k + 1):
        if at >= len(tokens) or not tokens[at].is_word or tokens[at].is_capitalized:
            return None
        word = tokens[at].lower
        if word in _growing_nouns() or word in lex.single_person_nouns or word in lex.ordinal_count_nouns:
            return at
    return None


def _grows_after(tokens: list[Token], k: int) -> bool:
    at = skip_words(tokens, k, set(lexicon().toll_state_links), STATE_REACH)
    return match_phrase(tokens, at, lexicon().phrases(_growing_words())) is not None


def _grows_before(tokens: list[Token], k: int) -> bool:
    return match_phrase_before(tokens, k, lexicon().phrases_ending(_growing_words())) is not None


@cache
def _growing_words() -> tuple[str, ...]:
    """The words of the facts whose count an ordinal tells (`ordinal_count_facts`): "died", "killed", "injured",
    "arrested", "tested positive", "deaths", "cases"."""
    lex = lexicon()
    return tuple(sorted({word for fact in lex.ordinal_count_facts for word in lex.fact_words(fact)}))


@cache
def _growing_nouns() -> frozenset[str]:
    """The singulars of the plural nouns among `_growing_words`: "death", "victim", "body", "case", "arrest"."""
    plurals = [word for word in _growing_words() if word.isalpha() and word.endswith("s")]
    return frozenset(single for word in plurals for single in (word[:-1], stem(word)) if single != word)


@dataclass(frozen=True)
class Odds:
    first: int
    last: int
    value: float  # the odds as one number: 5000 for "5000/1", 2.6 for "13/5"


def odds_in(tokens: list[Token]) -> list[Odds]:
    """Betting odds: "5000/1" in a sentence of bets (`odds_words`), "5,000-1" or "5,000-to-1" with a word of odds
    right before or after it ("odds of 5,000-1", "a 500-1 shot"); a score ("a 1-0 win") is none."""
    lex = lexicon()
    cued = any(t.lower in lex.odds_words for t in tokens)
    found: list[Odds] = []
    for k, token in enumerate(tokens):
        if not token.is_number or (found and k <= found[-1].last):
            continue
        tail = _odds_tail(tokens, k)
        if tail is None:
            continue
        last, slash = tail
        near = {tokens[j].lower for j in (k - 2, k - 1, last + 1) if 0 <= j < len(tokens)}
        if (slash and cued) or near & set(lex.odds_words):
            against, on = _number(tokens[k]), _number(tokens[last])
            written = "".join(t.text for t in tokens[k : last + 1])
            if against and on and written not in lex.slashed_labels:
                found.append(Odds(k, last, against / on))
    return found


def _odds_tail(tokens: list[Token], k: int) -> tuple[int, bool] | None:
    """(last token, whether written with a slash) of odds opening at tokens[k]: "5000/1", "5,000-1", "5,000-to-1"."""
    parts = [t.text.lower() for t in tokens[k + 1 : k + 5]]
    joined = all(attached(a, b) for a, b in zip(tokens[k : k + 4], tokens[k + 1 : k + 5], strict=False))
    if len(parts) >= 2 and parts[0] in ("/", "-") and tokens[k + 2].is_number and attached(tokens[k], tokens[k + 1]):
        return (k + 2, parts[0] == "/") if attached(tokens[k + 1], tokens[k + 2]) else None
    if len(parts) >= 4 and parts[:3] == ["-", "to", "-"] and tokens[k + 4].is_number and joined:
        return k + 4, False
    return None


def _number(token: Token) -> float | None:
    try:
        return parse_digits(token.text)
    except ValueError:
        return None
