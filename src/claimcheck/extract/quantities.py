"""Quantity claims: a number with the interval its wording commits to, its unit, what is counted,
what happened to it, who says so and when."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.extract.context import DocumentContext, SentenceView
from claimcheck.extract.lexicon import concept_of_word, lexicon
from claimcheck.extract.numbers import NumberMention, find_numbers
from claimcheck.extract.tokens import Token, match_phrase, match_phrase_before
from claimcheck.extract.units import canonical
from claimcheck.models import Interval, QuantityClaim

STOP = set(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "or",
        "but",
        "nor",
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "have",
        "has",
        "had",
        "were",
        "was",
        "are",
        "is",
        "be",
        "been",
        "being",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
        "in",
        "on",
        "at",
        "to",
        "from",
        "with",
        "by",
        "for",
        "as",
        "since",
        "after",
        "before",
        "during",
        "across",
        "into",
        "than",
        "while",
        "when",
        "where",
        "said",
        "say",
        "says",
        "told",
        "according",
        "per",
        "each",
        "including",
        "about",
        "around",
        "this",
        "these",
        "those",
        "it",
        "its",
        "their",
        "his",
        "her",
        "they",
        "them",
        "we",
        "our",
        "he",
        "she",
        "you",
        "i",
        "not",
        "no",
        "still",
        "also",
        "now",
        "more",
        "most",
        "reportedly",
        "all",
        "so",
        "such",
        "then",
        "there",
        "here",
        "if",
        "because",
        "though",
        "although",
        "whether",
        "only",
        "just",
        "over",
        "under",
        "up",
        "down",
        "out",
        "off",
        "some",
        "any",
        "many",
        "much",
        "other",
        "another",
        "both",
        "either",
        "neither",
        "every",
        "few",
        "several",
        "last",
        "next",
        "first",
        "second",
        "latest",
        "recent",
        "new",
        "already",
        "yet",
        "even",
        "very",
        "too",
        "almost",
        "nearly",
        "among",
        "between",
        "within",
        "without",
        "against",
        "via",
        "amid",
    ]
)
AUX = set(
    [
        "have",
        "has",
        "had",
        "been",
        "were",
        "was",
        "are",
        "is",
        "be",
        "being",
        "since",
        "now",
        "still",
        "already",
        "reportedly",
        "also",
        "all",
        "so",
        "far",
        "who",
        "that",
        "currently",
        "yet",
        "reported",
        "said",
        "believed",
        "thought",
        "feared",
        "estimated",
        "expected",
        "confirmed",
        "to",
        "as",
    ]
)
MEASURE_NOUNS = {
    "toll",
    "population",
    "turnout",
    "number",
    "total",
    "tally",
    "count",
    "figure",
    "rate",
    "share",
    "majority",
    "capacity",
    "damage",
    "cost",
    "losses",
    "bill",
    "budget",
}
CLAUSE_END = {
    ",",
    ";",
    ":",
    "(",
    ")",
    '"',
    "-",
    "and",
    "but",
    "while",
    "who",
    "which",
    "that",
    "as",
    "after",
    "since",
    "when",
    "where",
    "because",
    "although",
    "according",
}
_TIME_PHRASE = re.compile(
    r"\b(so far|to date|by (?:the end of (?:the )?(?:year|month|week|day)|now|then|midday|noon|(?:this|that) "
    r"(?:morning|afternoon|evening|time))|within the (?:last|past) [a-z]+ [a-z]+|"
    r"in the (?:last|past) [a-z]+ [a-z]+|before the [a-z]+(?: [a-z]+){0,3}|as of [a-z]+|"
    r"at the end of the [a-z-]+(?: [a-z]+){0,2})\b",
    re.I,
)
_AGE_WORDS = {"aged", "age", "ages"}


@dataclass
class Reading:
    """What the words around a number say about it."""

    interval: Interval
    qualifier: str | None
    first: int
    last: int


def _verbish(token: Token) -> bool:
    word = token.lower
    return token.is_word and (word in concept_of_word() or word.endswith(("ed", "ing")) and len(word) > 4)


def _qualified(tokens: list[Token], mention: NumberMention) -> Reading:
    lex = lexicon()
    point = mention.value
    first = mention.first
    if mention.vague:
        return Reading(Interval(low=mention.low, high=mention.high, approx=True), None, first, mention.last)
    look = first - 1 if first > 0 and tokens[first - 1].lower in ("only", "just") else first
    phrase = match_phrase_before(tokens, look, lex.phrases_ending(lex.qualifiers))
    last = mention.last
    bound, qualifier = "exact", None
    if phrase:
        qualifier = lex.key_of(lex.qualifiers, phrase)
        bound = lex.qualifiers[qualifier]
        first = look - len(phrase)
    post = match_phrase(tokens, last + 1, lex.phrases(lex.post_qualifiers))
    if post is None and last + 2 < len(tokens) and tokens[last + 1].text == "-":
        post = match_phrase(tokens, last + 2, {"odd": [("odd",)]})
        last += 1 if post else 0
    if post:
        post_word = lex.key_of(lex.post_qualifiers, post)
        qualifier = f"{qualifier} … {post_word}" if qualifier else post_word
        bound = lex.post_qualifiers[post_word] if bound == "exact" else bound
        last += len(post)
    return Reading(_interval(point, bound), qualifier, first, last)


def _interval(point: float, bound: str) -> Interval:
    if bound == "lower":
        return Interval(point=point, low=point, high=None)
    if bound == "upper":
        return Interval(point=point, low=None, high=point)
    if bound == "approx":
        return Interval(point=point, low=point, high=point, approx=True)
    if bound == "below":
        return Interval(point=point, low=point * (1 - lexicon().below_band), high=point, approx=True)
    return Interval(point=point, low=point, high=point)


def _attached(a: Token, b: Token) -> bool:
    return a.end == b.start


def _is_label(tokens: list[Token], m: NumberMention) -> bool:
    """COVID-19, G20, Category 5, 21st, 4:30 (as a count): numbers that are names or positions."""
    i = m.first
    token = tokens[i]
    if not token.is_number:
        return False
    if i > 0 and tokens[i - 1].is_word and _attached(tokens[i - 1], token):
        return True
    if (
        i > 1
        and tokens[i - 1].text in "-/"
        and _attached(tokens[i - 1], token)
        and tokens[i - 2].is_word
        and _attached(tokens[i - 2], tokens[i - 1])
    ):
        return True
    nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    if (
        nxt
        and nxt.text == "-"
        and _attached(token, nxt)
        and len(token.text) >= 3
        and m.last + 2 < len(tokens)
        and tokens[m.last + 2].is_number
        and len(tokens[m.last + 2].text) >= 3
    ):
        return True  # a phone or reference number
    if (
        i > 1
        and tokens[i - 1].text == "-"
        and tokens[i - 2].is_number
        and len(tokens[i - 2].text) >= 3
        and len(token.text) >= 3
        and _attached(tokens[i - 1], token)
    ):
        return True
    if nxt and _attached(token, nxt) and nxt.lower in ("st", "nd", "rd", "th"):
        return True
    if nxt and nxt.text in (":", "/") and _attached(token, nxt):
        return True
    if (
        i > 0
        and tokens[i - 1].lower in ("no", "number", "section", "article", "route", "flight", "page")
        and tokens[i - 1].text[0].isupper()
    ):
        return True
    if (
        i > 0
        and tokens[i - 1].is_capitalized
        and tokens[i - 1].lower not in lexicon().currency_prefixes
        and tokens[i - 1].text not in lexicon().currency_prefixes
        and tokens[i - 1].lower not in STOP
        and tokens[i - 1].lower not in lexicon().qualifiers
        and i - 1 > 0
    ):
        return True
    return False


def _is_year(tokens: list[Token], m: NumberMention) -> bool:
    token = tokens[m.first]
    if not (token.is_number and len(token.text) == 4 and token.text.isdigit() and 1800 <= int(token.text) <= 2100):
        return False
    nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    if nxt and nxt.lower == "s" and _attached(token, nxt):
        return True
    return not (nxt and nxt.is_word and nxt.text.islower() and (nxt.lower.endswith("s") or nxt.lower == "people"))


def _age(tokens: list[Token], m: NumberMention) -> bool:
    i, j = m.first, m.last
    if i > 0 and tokens[i - 1].lower in _AGE_WORDS:
        return True
    after = [t.lower for t in tokens[j + 1 : j + 5]]
    if after[:4] == ["-", "year", "-", "old"] or after[:2] == ["years", "old"] or after[:3] == ["-", "years", "-"]:
        return True
    if i > 1 and tokens[i - 1].text == "," and tokens[i - 2].is_capitalized and tokens[i - 2].is_word:
        nxt = tokens[j + 1].text if j + 1 < len(tokens) else "."
        return nxt in (",", ".", ")", ";") and m.value < 120 and m.value == int(m.value)
    return False


def _unit(tokens: list[Token], reading: Reading) -> tuple[str | None, int]:
    """(unit as written, index of its last token) after the number."""
    lex = lexicon()
    k = reading.last + 1
    if k < len(tokens) and tokens[k].text == "-" and k + 1 < len(tokens):
        k += 1
    phrase = match_phrase(tokens, k, lex.phrases(lex.units))
    if phrase:
        return lex.key_of(lex.units, phrase), k + len(phrase) - 1
    return None, reading.last


def _currency_before(tokens: list[Token], first: int) -> tuple[str | None, int]:
    prefixes = lexicon().currency_prefixes
    if (
        first > 1
        and tokens[first - 2].text + tokens[first - 1].text in prefixes
        and _attached(tokens[first - 2], tokens[first - 1])
    ):
        return prefixes[tokens[first - 2].text + tokens[first - 1].text], first - 2
    if first > 0 and tokens[first - 1].text in prefixes:
        return prefixes[tokens[first - 1].text], first - 1
    return None, first


def _noun_phrase(tokens: list[Token], k: int) -> tuple[str | None, int]:
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
    words: list[str] = []
    start = k
    while k < len(tokens) and len(words) < 4:
        token = tokens[k]
        if token.text == "-" and words and k + 1 < len(tokens) and tokens[k + 1].is_word:
            words[-1] += "-" + tokens[k + 1].text
            k += 2
            continue
        if not token.is_word or token.lower in STOP:
            break
        if words and _starts_predicate(words[-1], token):
            break  # "people killed", "troops played", "lawmakers voting": the verb starts the predicate
        words.append(token.text)
        k += 1
    if words and words[-1].lower() in ("s",):
        words.pop()
    return (" ".join(words) if words else None), (k if words else start)


def _starts_predicate(previous: str, token: Token) -> bool:
    word = token.lower
    if word.endswith(("ing", "ed")) and len(word) > 4:
        return True
    return previous.endswith("s") and token.text.islower() and not word.endswith("s")


def _skip_modifier(tokens: list[Token], k: int) -> int:
    """Past a short "of Karabakh" / "in Paris" / "from X" after the counted thing."""
    if k + 1 < len(tokens) and tokens[k].lower in ("of", "in", "from") and tokens[k + 1].is_capitalized:
        k += 1
        while k < len(tokens) and (tokens[k].is_capitalized or tokens[k].text in ("-", "'")):
            k += 1
    return k


def _predicate_after(tokens: list[Token], k: int) -> str | None:
    k = _skip_modifier(tokens, k)
    while k < len(tokens) and tokens[k].lower in AUX:
        k += 1
    if k >= len(tokens) or not _verbish(tokens[k]):
        return None
    words = [tokens[k].text]
    k += 1
    while k < len(tokens) and len(words) < 4 and tokens[k].is_word and tokens[k].lower not in CLAUSE_END:
        words.append(tokens[k].text)
        k += 1
    return " ".join(words)


def _predicate_before(tokens: list[Token], first: int) -> str | None:
    k = first - 1
    while k >= 0 and first - k <= 5 and tokens[k].text not in (",", ";", ":", '"', "("):
        if _verbish(tokens[k]):
            return " ".join(t.text for t in tokens[k:first] if t.is_word)
        k -= 1
    return None


def _measure_before(tokens: list[Token], first: int) -> str | None:
    """A measure noun before the number: "the death toll rose to 43", "a population of 65,000"."""
    for k in range(first - 1, max(-1, first - 11), -1):
        if tokens[k].text in (";", '"'):
            break
        word = tokens[k].lower
        if word in MEASURE_NOUNS:
            before = tokens[k - 1].lower if k > 0 else ""
            return f"{before} {word}" if before in ("death", "casualty", "injury", "voter") else word
    return None


_CALENDAR = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
}


def _fronted_scope(tokens: list[Token]) -> str | None:
    """A place the whole sentence is about: "In Paris, where the CGT estimated 400,000 demonstrators"."""
    if len(tokens) < 4 or tokens[0].lower not in ("in", "across", "throughout"):
        return None
    words, k = [], 1
    while k < len(tokens) and tokens[k].is_word and tokens[k].is_capitalized and len(words) < 3:
        words.append(tokens[k].text)
        k += 1
    if not words or k >= len(tokens) or tokens[k].text != "," or words[0].lower() in _CALENDAR:
        return None
    return " ".join(words)


def _scope(tokens: list[Token], k: int) -> str | None:
    if (
        k + 1 < len(tokens)
        and tokens[k].lower in ("in", "across", "throughout")
        and tokens[k + 1].is_capitalized
        and tokens[k + 1].is_word
    ):
        words = [tokens[k + 1].text]
        j = k + 2
        while j < len(tokens) and tokens[j].is_capitalized and tokens[j].is_word and len(words) < 3:
            words.append(tokens[j].text)
            j += 1
        return " ".join(words)
    return None


_SOURCE_AFTER = re.compile(
    r"\b(?:according to|citing|cited by|quoting|as quoted by|as reported by|data from|"
    r"figures from|as per)\s+(?P<src>[^,.;:()\"]{2,80})",
    re.I,
)
_INSTITUTIONS = (
    r"police|officials|organi[sz]ers|authorities|the government|the ministry|unions|rescuers|"
    r"the (?:governor|mayor|army|military|ministry|agency|company|union|unions|organi[sz]ers|police)"
)
_SOURCE_SAID = re.compile(
    rf"(?P<src>(?:the\s+)?[A-Z][\w'.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'.-]*){{0,5}}|(?i:{_INSTITUTIONS}))"
    r"\s+(?:said|says|told|reported|announced|estimated|estimates|put|puts|counted|confirmed|stated|claimed|"
    r"speaks of)\b"
)
_SOURCE_SAID_AFTER = re.compile(
    r"\b(?:said|says|according to)\s+(?P<src>(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,4}"
    r"|the\s+[a-z][\w -]{2,60}?(?:\s+[A-Z][\w'.-]*)*)(?=[,.;:]|$)"
)
_TIME_WORDS = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "on",
    "in",
    "by",
    "but",
    "and",
    "while",
    "meanwhile",
    "however",
    "earlier",
    "later",
    "when",
}
_NOT_SOURCE = {
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "which",
    "who",
    "an",
    "a",
    "the",
    "its",
    "his",
    "her",
    "their",
    "there",
    "as",
    "so",
}


def source_of(sentence: str) -> str | None:
    """Who a sentence attributes its figures to ("according to X", "X said"), if anyone."""
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
    base, text = view.sentence.start, view.sentence.text
    cuts = [0] + [m.start() for m in _CLAUSE_BREAK.finditer(text)] + [len(text)]
    return [(base + a, base + b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _time_of(view: SentenceView, start: int, end: int) -> tuple[str | None, object]:
    """The time frame the sentence gives this figure: in its own clause, else a fronted first clause."""
    clauses = _clauses(view)
    own = next(((a, b) for a, b in clauses if a <= start < b), clauses[0])
    places = [own] + ([clauses[0]] if clauses[0] != own else [])
    base = view.sentence.start
    for a, b in places:
        dates = [d for d in view.dates if a <= d.start < b and not (d.start < end and start < d.end)]
        if dates:
            nearest = min(dates, key=lambda d: min(abs(d.start - end), abs(start - d.end)))
            return nearest.text, nearest.date
        match = _TIME_PHRASE.search(view.sentence.text[a - base : b - base])
        if match:
            return match.group(0), None
    return None, None


def _in_dates(view: SentenceView, token: Token) -> bool:
    return any(d.start <= token.start < d.end for d in view.dates)


def quantities_in(ctx: DocumentContext, view: SentenceView) -> list[QuantityClaim]:
    tokens = view.tokens
    mentions = [m for m in find_numbers(tokens) if not _in_dates(view, tokens[m.first])]
    claims: list[QuantityClaim] = []
    skip: set[int] = set()
    for n, mention in enumerate(mentions):
        if n in skip or _is_label(tokens, mention) or _is_pronoun_one(tokens, mention):
            continue
        if _is_year(tokens, mention):
            continue
        partner = _range_partner(tokens, mentions, n)
        if partner is not None:
            skip.add(partner)
            claims.append(_range_claim(ctx, view, mention, mentions[partner]))
            continue
        claim = _claim(ctx, view, mention)
        if (
            claims
            and claim.counted is None
            and claim.unit is None
            and any(t.lower in ("from", "to") for t in tokens[max(0, mention.first - 3) : mention.first])
        ):
            previous = claims[-1]
            claim = claim.model_copy(update={"counted": previous.counted, "predicate": previous.predicate})
        claims.append(claim)
    return claims


def _is_pronoun_one(tokens: list[Token], m: NumberMention) -> bool:
    """'one' as a pronoun or article ("one of the", "one Armenian"), unless a unit or scale follows."""
    if tokens[m.first].lower != "one" or m.last != m.first:
        return False
    nxt = match_phrase(tokens, m.last + 1, lexicon().phrases(lexicon().units))
    return nxt is None


def _range_partner(tokens: list[Token], mentions: list[NumberMention], n: int) -> int | None:
    """The mention that closes a range opened by mentions[n] ("between 50 and 1,000", "10-12", "ten to 12")."""
    if n + 1 >= len(mentions):
        return None
    a, b = mentions[n], mentions[n + 1]
    gap = [t.lower for t in tokens[a.last + 1 : b.first]]
    before = tokens[a.first - 1].lower if a.first > 0 else ""
    before2 = tokens[a.first - 2].lower if a.first > 1 else ""
    if gap == ["and"] and "between" in (before, before2):
        return n + 1
    if before == "from" or before2 == "from":
        return None  # "from 62 to 64": a change, two claims
    if gap in (["to"], ["-"]) and b.value >= a.value and not a.vague and not b.vague:
        return n + 1
    return None


def _range_claim(ctx: DocumentContext, view: SentenceView, a: NumberMention, b: NumberMention) -> QuantityClaim:
    tokens = view.tokens
    first = a.first
    if first > 0 and tokens[first - 1].lower in ("only", "just"):
        first -= 1
    if first > 0 and tokens[first - 1].lower == "between":
        first -= 1
    reading = Reading(
        Interval(low=a.value, high=b.value),
        "between" if tokens[first].lower == "between" else "range",
        first,
        b.last,
    )
    return _build(ctx, view, reading, b)


def _claim(ctx: DocumentContext, view: SentenceView, mention: NumberMention) -> QuantityClaim:
    return _build(ctx, view, _qualified(view.tokens, mention), mention)


def _build(ctx: DocumentContext, view: SentenceView, reading: Reading, mention: NumberMention) -> QuantityClaim:
    tokens = view.tokens
    currency, money_first = _currency_before(tokens, reading.first)
    written_unit, unit_last = _unit(tokens, reading)
    age = _age(tokens, mention)
    interval = reading.interval
    first = min(reading.first, money_first)
    if currency and not written_unit:
        unit_name, canon = currency, canonical(currency, interval)[1]
    elif written_unit:
        unit_name, canon = canonical(written_unit, interval)
    else:
        unit_name, canon = None, None
    if currency and canon is None:
        from claimcheck.models import Canonical

        canon = Canonical(value=interval, unit=currency)
    last = max(reading.last, unit_last)
    counted, after = _noun_phrase(tokens, last + 1)
    if age:
        counted, unit_name, canon = "age", "year", None
    predicate = _predicate_after(tokens, after) if not age else None
    if counted and not predicate and counted.split()[0].lower() in concept_of_word():
        predicate = counted.split()[0]
    predicate = predicate or (None if age else _predicate_before(tokens, first))
    if not counted and not age:
        counted = _measure_before(tokens, first)
    scope = (_scope(tokens, after) if counted else None) or _fronted_scope(tokens)
    start, end = tokens[first].start, tokens[last].end
    text = view.sentence.text
    time_text, as_of = _time_of(view, start, end)
    confidence = 0.9 if counted or unit_name else 0.6
    return QuantityClaim(
        **ctx.base_fields("quantity", start, end, view.sentence, confidence),
        value=interval,
        qualifier=reading.qualifier,
        unit=unit_name,
        canonical=canon,
        counted=counted,
        predicate=predicate,
        scope=scope,
        source=source_of(text),
        time=time_text,
        as_of=as_of,
    )
