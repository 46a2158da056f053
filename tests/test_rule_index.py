"""The rule index selects exactly what each rule selects when it is tried on every claim (`selects`), and
tries a rule only on claims that have its words."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.models import DateClaim, DocRef, Interval, NameClaim, QuantityClaim, QuoteClaim
from claimcheck.models.claim import DateValue
from claimcheck.rules import select as select_module
from claimcheck.rules.model import Rule, Select
from claimcheck.rules.select import (
    RuleIndex,
    Terms,
    phrases_by_sentence,
    placed_in_document,
    selects,
    sentence_for,
    terms_of,
)

# Words in the forms selection must treat alike or apart: plurals, possessives, hyphens, accents, case.
WORDS = [
    "people",
    "People's",
    "residents",
    "resident",
    "killed",
    "kill",
    "flood-hit",
    "flood",
    "hit",
    "Café",
    "cafe",
    "O'Brien",
    "Brien",
    "Andes",
    "andes",
    "north-east",
    "north",
    "east",
    "boxes",
    "box",
    "the",
    "of",
    "12",
]
ENTITIES = {"highlands": ["Andes", "north east"], "shops": ["Café", "boxes of"]}
KINDS = ["quantity", "date", "quote", "name"]

phrase_text = st.lists(st.sampled_from(WORDS), max_size=4).map(" ".join)
maybe_text = st.none() | phrase_text
term = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)
terms = st.lists(term, max_size=3)
mention_terms = st.lists(term | st.sampled_from(sorted(ENTITIES)), max_size=2)


@st.composite
def rules(draw: st.DrawFn) -> Rule:
    fields = {
        key: draw(terms)
        for key in ("counted", "predicate", "subject", "scope", "source", "outlet", "event", "speaker", "name")
        if draw(st.integers(0, 3)) == 0
    }
    if draw(st.integers(0, 3)) == 0:
        fields["mentions"] = draw(mention_terms)
    for key in ("sentence", "not", "not_scope"):
        if draw(st.integers(0, 3)) == 0:
            fields[key] = draw(terms)
    select = Select.model_validate(
        fields
        | {
            "fuzzy": draw(st.sampled_from([100, 100, 100, 85])),
            "vague": draw(st.booleans()),
            "value": draw(st.none() | st.just((10.0, 500.0))),
            "after": draw(st.none() | st.sampled_from(["2024-03", "2024"])),
        }
    )
    return Rule(id="r", title="r", kind=draw(st.sampled_from(KINDS)), select=select)


@st.composite
def claims(draw: st.DrawFn, number: int) -> QuantityClaim | DateClaim | QuoteClaim | NameClaim:
    doc = DocRef(
        id=f"doc-{draw(st.integers(0, 2))}",
        outlet=draw(maybe_text),
        title=draw(phrase_text),
        path="news.txt",
        place=draw(maybe_text),
        published=dt.date(2024, draw(st.integers(1, 12)), 1),
    )
    sentence = draw(phrase_text)
    common = {"id": f"c{number}", "doc": doc, "text": "1", "sentence": sentence, "path": "news.txt"}
    common |= {"line": number + 1, "column": 1, "start": number, "end": number + 1}
    kind = draw(st.sampled_from(KINDS))
    if kind == "quantity":
        value = draw(st.sampled_from([5.0, 50.0, 5000.0]))
        return QuantityClaim(
            **common,
            value=Interval(point=value, low=value, high=value)
            if draw(st.booleans())
            else Interval(low=100, approx=True),
            counted=draw(maybe_text),
            predicate=draw(maybe_text),
            phrase=draw(st.none() | st.just(sentence[: len(sentence) // 2])),
            subject=draw(maybe_text),
            scope=draw(maybe_text),
            source=draw(maybe_text),
        )
    if kind == "date":
        return DateClaim(
            **common, value=DateValue(date="2024-05-01", granularity="day"), event=draw(maybe_text), resolved=False
        )
    if kind == "quote":
        return QuoteClaim(**common, quote=sentence, speaker=draw(maybe_text))
    name = draw(phrase_text)
    return NameClaim(**common, name=name, normalized=name.lower())


def documents(size: int = 8) -> st.SearchStrategy[list]:
    return st.integers(0, size).flatmap(lambda n: st.tuples(*(claims(k) for k in range(n))).map(list))


def plainly(rule: Rule, terms: Terms, claims: list) -> list[int]:
    """What `rule` selects, tried on every claim of the document as selection places them."""
    claims = list(placed_in_document(claims))
    phrases = phrases_by_sentence(claims)
    return [
        p for p, c in enumerate(claims) if selects(rule, c, terms, sentence_for(c, phrases) if terms.sentence else None)
    ]


@settings(max_examples=400, deadline=None)
@given(st.lists(rules(), min_size=1, max_size=5), documents())
def test_the_index_selects_what_each_rule_selects_on_every_claim(rules: list[Rule], claims: list) -> None:
    indexed = [(rule, terms_of(rule, ENTITIES)) for rule in rules]
    expected = {n: plainly(rule, t, claims) for n, (rule, t) in enumerate(indexed)}
    assert RuleIndex(indexed).select(claims) == {n: positions for n, positions in expected.items() if positions}


def _figure(number: int, counted: str, predicate: str, title: str) -> QuantityClaim:
    doc = DocRef(id="doc", title=title, path="news.txt", published=dt.date(2024, 5, 1))
    return QuantityClaim(
        id=f"c{number}",
        doc=doc,
        text="40",
        sentence=f"40 {counted} were {predicate}.",
        path="news.txt",
        line=number + 1,
        column=1,
        start=0,
        end=2,
        value=Interval(point=40, low=40, high=40),
        counted=counted,
        predicate=predicate,
    )


def test_the_index_tries_a_rule_only_on_claims_with_its_words(monkeypatch) -> None:
    """500 rules, each on a fact in a place; each claim is tried against the one rule its words all match."""
    places = [f"Province {chr(65 + k)}" for k in range(10)]
    things = ["sheep", "goats", "barns", "wells", "bridges", "ferries", "mills", "orchards", "kilns", "looms"]
    happened = ["lost", "saved", "counted", "sold", "rebuilt"]
    rules = [
        Rule(
            id=f"r{n}",
            title="r",
            kind="quantity",
            select=Select(counted=[thing], predicate=[what], mentions=[place]),
        )
        for n, (place, thing, what) in enumerate((p, t, w) for p in places for t in things for w in happened)
    ]
    claims = [_figure(n, things[n % 10], happened[n % 5], f"News from {places[n % 7]}") for n in range(40)]
    tried: list[tuple[str, str]] = []

    def counting(rule: Rule, claim, *args, **kwargs) -> bool:
        tried.append((rule.id, claim.id))
        return selects(rule, claim, *args, **kwargs)

    monkeypatch.setattr(select_module, "selects", counting)
    chosen = RuleIndex([(rule, terms_of(rule, {})) for rule in rules]).select(claims)
    assert len(tried) == len(claims)
    assert sorted(p for positions in chosen.values() for p in positions) == list(range(len(claims)))
    for number, positions in chosen.items():
        rule = rules[number]
        for p in positions:
            assert claims[p].counted in rule.select.counted and claims[p].predicate in rule.select.predicate
            assert rule.select.mentions[0] in claims[p].doc.title


# Words before a figure given as a count since replaced ("had initially put it at 19"): `predicate:` words are
# looked for in them too, and selection must read them exactly as `selects` does.
BEFORE = ["stranded", "hikers", "evacuated", "families", "officials", "the", "number", "of", "rose", "to", "40"]
STAGES = ["had initially put it at", "up from", "were", "said"]


def _count(number: int, sentence: str, predicate: str | None) -> QuantityClaim:
    doc = DocRef(id="doc", title="Weather", path="news.txt", published=dt.date(2024, 5, 1))
    at = sentence.rfind("19")
    return QuantityClaim(
        id=f"c{number}",
        doc=doc,
        text="19",
        sentence=sentence,
        path="news.txt",
        line=number + 1,
        column=1,
        start=at,
        end=at + 2,
        value=Interval(point=19, low=19, high=19),
        predicate=predicate,
        phrase=sentence[max(sentence.rfind(",") + 1, 0) :].strip(),
    )


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.lists(st.sampled_from(BEFORE), max_size=5).map(" ".join),
            st.sampled_from(STAGES),
            st.none() | st.sampled_from(["rescued", "evacuated"]),
        ),
        min_size=1,
        max_size=4,
    ),
    st.lists(st.lists(st.sampled_from(["evacuated", "stranded hikers", "rescued", "rose"]), min_size=1), min_size=1),
)
def test_the_index_reads_the_words_before_a_replaced_count_as_selects_does(figures: list, predicates: list) -> None:
    claims = [_count(n, f"{words}, {stage} 19 on Monday.", said) for n, (words, stage, said) in enumerate(figures)]
    rules = [Rule(id="r", title="r", kind="quantity", select=Select(predicate=each)) for each in predicates]
    indexed = [(rule, terms_of(rule, {})) for rule in rules]
    expected = {n: plainly(rule, t, claims) for n, (rule, t) in enumerate(indexed)}
    assert RuleIndex(indexed).select(claims) == {n: positions for n, positions in expected.items() if positions}


def _replaced_read(monkeypatch, sentence: str, predicate: str) -> tuple[list[str], dict[int, list[int]]]:
    read: list[str] = []
    replaced = select_module.replaced

    def counting(claim) -> bool:
        read.append(claim.id)
        return replaced(claim)

    monkeypatch.setattr(select_module, "replaced", counting)
    rule = Rule(id="r", title="r", kind="quantity", select=Select(predicate=[predicate]))
    return read, RuleIndex([(rule, terms_of(rule, {}))]).select([_count(0, sentence, None)])


def test_selection_reads_whether_a_count_was_replaced_only_where_the_words_before_could_select(monkeypatch) -> None:
    read, chosen = _replaced_read(
        monkeypatch, "Wardens had initially put the number of stranded hikers at 19.", "hikers"
    )
    assert read == ["c0"] and chosen == {0: [0]}
    read, chosen = _replaced_read(monkeypatch, "The ferry's crew count rose to 40 on Monday, up from 19.", "crew")
    assert read == ["c0"] and chosen == {0: [0]}


def test_selection_does_not_read_it_where_no_word_before_is_a_rule_word(monkeypatch) -> None:
    read, chosen = _replaced_read(
        monkeypatch, "Wardens had initially put the number of stranded hikers at 19.", "evacuated"
    )
    assert read == [] and chosen == {}
    read, chosen = _replaced_read(monkeypatch, "The ferry's crew count rose to 40 on Monday, up from 19.", "passengers")
    assert read == [] and chosen == {}
