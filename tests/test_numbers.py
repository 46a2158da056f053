"""Figures: no value the wording does not support, vague amounts with and without "of", currencies the
story's places decide, ages that belong to a person, and titles read as text with their positions."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from num2words import num2words

from claimcheck.corpus import load_corpus
from claimcheck.extract import extract_document
from claimcheck.extract.lexicon import lexicon
from claimcheck.models import Document, QuantityClaim


def document(text: str, title: str = "t") -> Document:
    return Document(
        id="n", title=title, outlet="Test", published=dt.date(2024, 5, 6), path="n.txt", format="digest", text=text
    )


def quantities(text: str) -> list[QuantityClaim]:
    return [c for c in extract_document(document(text)) if isinstance(c, QuantityClaim)]


# ---- the property: every quantity claim stands on a figure of the text and keeps the value it states ----


@dataclass(frozen=True)
class Figure:
    """A figure as a sentence writes it: `wording` (qualifier included), `core` (the digits or number
    words that must be in the claim's text) and the values the words state (`low` to `high`)."""

    wording: str
    core: str
    low: float
    high: float


def _digits(n: int, spaced: bool) -> str:
    """A whole number as news writes it: commas from 1,000 on (or spaces: "40 000"); never a bare 4-digit
    number, which is a year."""
    return f"{n:,}".replace(",", " ") if spaced and n >= 1000 else f"{n:,}"


@st.composite
def points(draw) -> Figure:
    n = draw(st.integers(min_value=2, max_value=999_999))
    forms = ["digits", "spaced", "words", "scaled", "negative", "money", "fraction", "article", "compound", "point"]
    form = draw(st.sampled_from(forms))
    if form == "words":
        core = num2words(n)
        return Figure(core, core, n, n)
    if form in ("fraction", "article", "compound", "point"):
        return draw(composite_figures(form, n))
    if form == "scaled":
        whole, tenth = draw(st.integers(1, 99)), draw(st.integers(0, 9))
        scales = [(1e3, "thousand"), (1e6, "million"), (1e9, "billion"), (1e9, "bn"), (1e9, "bln"), (1e6, "mln")]
        scale, word = draw(st.sampled_from(scales))
        core = f"{whole}.{tenth}"
        value = (whole + tenth / 10) * scale
        return Figure(f"{core} {word}", core, value, value)
    if form == "negative":
        m = n % 60 + 1
        wording = draw(st.sampled_from([f"-{m}C", f"minus {m} degrees"]))
        return Figure(wording, str(m), -m, -m)
    if form == "money":
        sign, scale, word = draw(st.sampled_from([("$", 1e6, "M"), ("€", 1e6, "m"), ("£", 1e9, "bn"), ("€", 1, "")]))
        return Figure(f"{sign}{n % 999 + 1}{word}", str(n % 999 + 1), (n % 999 + 1) * scale, (n % 999 + 1) * scale)
    core = _digits(n, form == "spaced")
    return Figure(core, core, n, n)


@st.composite
def composite_figures(draw, form: str, n: int) -> Figure:
    """Figures whose value is more than their first number: a fraction after a whole or a scale ("12 and
    a half", "3 million and a quarter", "7½"), "a hundred and N", "5 feet 2 inches", "six point two"."""
    whole = n % 99 + 1
    if form == "fraction":
        words, part = draw(
            st.sampled_from([("and a half", 0.5), ("and a quarter", 0.25), ("and three quarters", 0.75)])
        )
        scale, scale_word = draw(st.sampled_from([(1, ""), (1e6, " million"), (1e9, " billion")]))
        if draw(st.booleans()) and scale == 1:
            return Figure(f"{whole}½", f"{whole}½", whole + 0.5, whole + 0.5)
        wording = f"{whole}{scale_word} {words}"
        return Figure(wording, wording, (whole + part) * scale, (whole + part) * scale)
    if form == "article":
        wording = f"a {draw(st.sampled_from(['hundred', 'thousand']))} and {num2words(whole)}"
        value = (100 if "hundred" in wording else 1000) + whole
        return Figure(wording, wording, value, value)
    if form == "compound":
        inches = n % 11 + 1
        wording = f"{whole} feet {inches} inches"
        return Figure(wording, wording, whole + inches / 12, whole + inches / 12)
    tenth = n % 10
    wording = f"{num2words(whole)} point {num2words(tenth)}"
    return Figure(wording, wording, whole + tenth / 10, whole + tenth / 10)


@st.composite
def qualified(draw) -> Figure:
    figure = draw(points())
    qualifier = draw(st.sampled_from(["", *sorted(lexicon().qualifiers)]))
    if not qualifier:
        return figure
    return Figure(f"{qualifier} {figure.wording}", figure.core, figure.low, figure.high)


@st.composite
def ranges(draw) -> Figure:
    a = draw(st.integers(min_value=2, max_value=50_000))
    b = draw(st.integers(min_value=a + 1, max_value=a * 3 + 10))
    low, high = _digits(a, False), _digits(b, False)
    template = draw(st.sampled_from(["{a}-{b}", "{a} to {b}", "between {a} and {b}", "{a} or {b}", "{a}% to {b}%"]))
    return Figure(template.format(a=low, b=high), low, a, b)


@st.composite
def shares(draw) -> Figure:
    words, value = draw(
        st.sampled_from(
            [("two thirds of", 200 / 3), ("half of", 50.0), ("a quarter of", 25.0), ("three quarters of", 75.0)]
            + [("one in five", 20.0), ("three out of ten", 30.0)]
        )
    )
    core = words.removesuffix(" of")
    return Figure(words, core, value, value)


@st.composite
def vague(draw) -> Figure:
    phrase = draw(st.sampled_from(sorted(lexicon().vague_amounts)))
    low, high = lexicon().vague_amounts[phrase]
    core = phrase.removesuffix(" of")
    return Figure(phrase if phrase.endswith(" of") else phrase + draw(st.sampled_from(["", " of"])), core, low, high)


LEADS = ["officials said", "the agency counted", "reports cited", "Storm Kills", "Poll Finds", "Maria Okafor saw"]
NOUNS = ["people", "homes", "workers", "flights", "sheep"]
TAILS = ["in Lyon", "on Monday", "after the G20 summit", "despite COVID-19 rules", "near Route 66", "in 2019", ""]


@st.composite
def sentences(draw) -> tuple[str, list[tuple[int, Figure]]]:
    """A sentence of clauses, each with one figure, and where each figure starts."""
    text, placed = "", []
    for _ in range(draw(st.integers(1, 4))):
        figure = draw(st.one_of(qualified(), ranges(), shares(), vague()))
        lead, noun, tail = draw(st.sampled_from(LEADS)), draw(st.sampled_from(NOUNS)), draw(st.sampled_from(TAILS))
        text += f"{'; ' if text else ''}{lead} "
        placed.append((len(text), figure))
        text += f"{figure.wording} {noun} {tail}".rstrip()
    return text + ".", placed


@given(sentences())
def test_no_value_the_wording_does_not_support(written):
    """Every quantity claim's text holds the digits or number words of a figure the sentence writes, and its
    interval holds the values those words state."""
    text, placed = written
    claims = quantities(text)
    for claim in claims:
        start = claim.start
        figure = next((f for at, f in placed if at <= start < at + len(f.wording) + 1), None)
        assert figure is not None, f"{claim.text!r} stands on no figure of {text!r}"
        assert figure.core in claim.text, (claim.text, figure)
    for at, figure in placed:
        found = [c for c in claims if at <= c.start < at + len(figure.wording)]
        assert len(found) == 1, (figure, [c.text for c in claims], text)
        value = found[0].value
        low = value.low if value.low is not None else -float("inf")
        high = value.high if value.high is not None else float("inf")
        slack = 1e-9 * max(1.0, abs(figure.low), abs(figure.high))  # float rounding: 32.2 × 10⁹ two ways
        assert low <= figure.low + slack and figure.high - slack <= high, (figure, value, text)


# ---- classes that need more than one sentence ----


@pytest.mark.parametrize("phrase", sorted(lexicon().vague_amounts))
@pytest.mark.parametrize("template", ["{Amount} of volunteers cleaned the beach.", "Officials said {amount} fled."])
def test_every_vague_amount_with_and_without_of(phrase, template):
    amount = phrase.removesuffix(" of")
    text = template.format(Amount=amount[0].upper() + amount[1:], amount=phrase if phrase.endswith(" of") else amount)
    if phrase.endswith(" of") and "{Amount}" not in template:
        text = text.replace(" fled", " refugees fled")  # "scores of" needs what it counts
    [claim] = quantities(text)
    low, high = lexicon().vague_amounts[phrase]
    assert (claim.value.low, claim.value.high, claim.value.approx) == (low, high, True)
    assert claim.text.lower() == amount


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Officials in Toronto opened the bridge. It cost $12 million.", "CAD"),
        ("Flooding hit Queensland on Monday. Repairs will cost 30 million dollars.", "AUD"),
        ("The peso fell again, traders in Bogota said. A loaf now costs 4,000 pesos.", "COP"),
        ("Markets in Cairo were calm. The bond raised 2 billion pounds.", "EGP"),
        # Places of several countries decide nothing, and neither does a story with none.
        ("Talks in Ottawa and Washington ended. The deal is worth $3 billion.", "dollar"),
        ("The deal is worth $3 billion, the company said.", "dollar"),
        ("Ministers from Mexico and Chile met. Each pledged 500 million pesos.", "peso"),
    ],
)
def test_an_ambiguous_currency_is_resolved_from_the_story_s_places(text, currency):
    [claim] = [c for c in quantities(text) if c.canonical is not None]
    assert claim.unit == claim.canonical.unit == currency


def test_a_place_in_the_sentence_decides_before_the_document_s():
    claims = quantities("The fund in Sydney raised $5 million. In Auckland it raised $2 million.")
    assert [c.unit for c in claims] == ["AUD", "NZD"]


def test_ages_belong_to_a_person_whatever_the_wording():
    first = quantities("Maria Okafor, 32, a nurse from Lagos, was rescued on Friday.")
    second = quantities("The 33-year-old nurse Maria Okafor was rescued, her brother said.")
    third = quantities("Maria Okafor told reporters she swam for an hour. The 32-year-old was unhurt.")
    ages = [next(c for c in claims if c.counted == "age") for claims in (first, second, third)]
    assert [a.subject for a in ages] == ["Maria Okafor"] * 3
    assert [a.value.point for a in ages] == [32, 33, 32]


def _ages(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.value.point, c.subject) for c in quantities(text) if c.counted == "age"]


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        # siblings share a family name, never an age: each age is the name's before it
        (
            "Amara Osei, 12, Kofi Mensah Osei, 8, and Efua Osei, 5, were pulled from the river.",
            [(12, "Amara Osei"), (8, "Kofi Mensah Osei"), (5, "Efua Osei")],
        ),
        (
            "The brothers Tomas Novak, 34, and Jan Petr Novak, 29, ran the bakery.",
            [(34, "Tomas Novak"), (29, "Jan Petr Novak")],
        ),
    ],
)
def test_people_who_share_a_family_name_keep_their_own_ages(text, ages):
    assert _ages(text) == ages


@pytest.mark.parametrize(
    ("names", "short", "full"),
    [
        # one person's shorter name is that person's fullest one
        (["William Lai Ching-te"], "Lai", "William Lai Ching-te"),
        (["Grace Ama Mensah"], "Grace Mensah", "Grace Ama Mensah"),
        (["Grace Ama Mensah", "Kofi Mensah"], "Grace Mensah", "Grace Ama Mensah"),
        # a relative's name of the same family is another person's
        (["Tien Noriel Ranoque Mucutuy", "Lesly Mucutuy"], "Lesly Mucutuy", "Lesly Mucutuy"),
        (["Jan Petr Novak"], "Tomas Novak", "Tomas Novak"),
        (["Jan Petr Novak", "Tomas Novak"], "Novak", "Novak"),
    ],
)
def test_the_fullest_name_is_one_person_s(names, short, full):
    from types import SimpleNamespace

    from claimcheck.extract.ages import fullest

    ctx = SimpleNamespace(people=[SimpleNamespace(name=name) for name in names])
    assert fullest(ctx, short) == full


def test_a_family_name_alone_that_several_people_bear_stays_as_written():
    [(age, subject)] = _ages("Amara Osei and Efua Osei were rescued. Osei, 12, led the way.")
    assert (age, subject) == (12, "Osei")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the name after "her" or "his" is a relative's, not the age's person
        ("Leila Haddad was found on Sunday. The 9-year-old had led her cousin Omar to a hut.", "Leila Haddad"),
        ("Divers reached the cave on Monday. The 15-year-old carried his brother Tariq out.", None),
        # guards: a role and a name right after the age, and a possessive before it, still name the person
        ("The 44-year-old retired fisher Musa Bello was rescued.", "Musa Bello"),
        ("Rescuers found her 35-year-old mother, Amina Haddad, alive.", "Amina Haddad"),
    ],
)
def test_an_age_is_not_the_relative_s_named_after_a_possessive(text, subject):
    [(_, found)] = _ages(text)
    assert found == subject


@pytest.mark.parametrize(
    ("text", "figure", "age"),
    [
        # a bound after a group of people is no age unless the text says it is one: a count, a share or a size
        ("The survey found support among adults over 60% in the north.", "over 60%", False),
        ("Those over 100 were taken to hospital.", "over 100", False),
        ("The boat carried people up to 50 at a time.", "up to 50", False),
        ("Patients about 40 were treated.", "about 40", False),
        ("Participants nearly 44 were enrolled.", "nearly 44", False),
        # the age words still make it one
        ("Children aged under 5 were vaccinated first.", "under 5", True),
        # guards: a span or a length after the bound, and a count before its people, are no ages
        ("Police questioned protesters over 3 days.", "over 3 days", False),
        ("Residents over 30 kilometres away heard the blast.", "over 30 kilometres", False),
        ("More than 200 people were moved.", "More than 200", False),
        ("Crowds of over 500 gathered.", "over 500", False),
    ],
)
def test_a_bound_after_a_group_of_people_is_no_age_by_itself(text, figure, age):
    claim = next(c for c in quantities(text) if c.text == figure)
    assert (claim.counted == "age") is age


# ---- titles are text, with the position the file gives them ----


def _title_claims(path: Path, content: str) -> tuple[str, list]:
    """The claims of the one document `content` holds, written at `path`, that stand in its title."""
    path.write_text(content, encoding="utf-8")
    [doc] = load_corpus([path])
    return content, [c for c in extract_document(doc) if c.sentence == doc.title]


def _digest(headline: str) -> str:
    return f"{headline}\n\nMorning Wire\nMay 7 2024\n\nRivers rose 2 metres and 40 families fled.\n"


def test_a_digest_title_gives_claims_with_its_line_and_column(tmp_path):
    source, claims = _title_claims(tmp_path / "news.txt", _digest("Floods Kill 34 In Bavaria On Monday"))
    figure = next(c for c in claims if c.kind == "quantity")
    assert (figure.text, figure.value.point, figure.line, figure.column) == ("34", 34, 1, 13)
    assert source[figure.start : figure.end] == "34"
    assert any(c.kind == "date" and c.value.date == "2024-05-06" for c in claims)


def test_names_in_a_title_are_found_there(tmp_path):
    source, claims = _title_claims(tmp_path / "news.txt", _digest("President Maria Okafor visits flooded towns"))
    [name] = [c for c in claims if c.kind == "name"]
    assert (name.name, name.line, name.column) == ("Maria Okafor", 1, 11)
    assert source[name.start : name.end] == "Maria Okafor"


def test_a_plain_text_title_gives_claims_with_its_line_and_column(tmp_path):
    source, claims = _title_claims(
        tmp_path / "2024-05-07-ferry.txt", "\n  Ferry Sinking Leaves 61 Missing\n\nDivers searched.\n"
    )
    figure = next(c for c in claims if c.kind == "quantity")
    assert (figure.text, figure.value.point, figure.line, figure.column) == ("61", 61, 2, 24)
    assert source[figure.start : figure.end] == "61"


def test_a_front_matter_title_gives_claims_with_its_line_and_column(tmp_path):
    front = '---\ndate: 2024-05-07\ntitle: "Poll Finds 38% Back New Tax"\n---\n\nThe survey asked 1,200 adults.\n'
    source, [figure] = _title_claims(tmp_path / "story.md", front)
    assert (figure.text, figure.line, figure.column) == ("38%", 3, 20)
    assert source[figure.start : figure.end] == "38%"


def test_a_json_lines_title_gives_claims_on_its_record_s_line(tmp_path):
    path = tmp_path / "news.jsonl"
    records = [
        {"title": "Quake hits Peru", "date": "2024-05-07", "text": "No one was hurt."},
        {"title": "Strike Halts 1,300 Flights", "date": "2024-05-07", "text": "Unions said pay talks failed."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    docs = load_corpus([path])
    [figure] = [c for c in extract_document(docs[1]) if c.kind == "quantity"]
    line = path.read_text(encoding="utf-8").split("\n")[1]
    assert (figure.text, figure.line) == ("1,300", 2)
    assert line[figure.column - 1 :].startswith("1,300 Flights")


def test_a_title_the_file_does_not_hold_verbatim_points_at_its_start(tmp_path):
    _, [figure] = _title_claims(tmp_path / "story.md", '---\ntitle: "Storm \\"Brenna\\" Kills 14"\n---\n\nBody.\n')
    assert figure.text == "14" and (figure.line, figure.column) == (2, 9)


def test_an_untitled_document_reads_no_title(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"date": "2024-05-07", "text": "Some 40 homes flooded."}) + "\n", encoding="utf-8")
    [doc] = load_corpus([path])
    assert doc.title_at is None
    assert [c.text for c in extract_document(doc) if c.kind == "quantity"] == ["Some 40"]


# ---- the same property on word soup: any mix of figures, units, connectors, labels and punctuation ----

SOUP = (
    ["5", "12", "300", "1,200", "2.5", "40", "000", "2019", "0800", "-", "/", ",", ".", "%", "to", "and", "or"]
    + ["between", "from", "in", "of", "out", "million", "bn", "k", "m", "km", "km2", "pounds", "$", "€", "°", "C"]
    + ["two", "thirds", "half", "a", "dozen", "hundreds", "thousands", "tens", "one", "minus", "nearly", "about"]
    + ["more", "than", "up", "people", "homes", "Flight", "COVID", "G20", "year", "old", "years", "aged", "Ali"]
    + ["per", "dollar", "naira", "magnitude", "Richter", "scale", "on", "the", "said", "Monday", "May", "x"]
)
_WORDS = (
    set(lexicon().number_words) | {w for k in lexicon().vague_amounts for w in k.split()} | set(lexicon().fractions)
)
_WORDS |= {w for k in lexicon().word_amounts for w in k.split()} | {"hundred", "thousand", "million", "billion"}


@given(st.lists(st.sampled_from(SOUP), min_size=1, max_size=14), st.lists(st.booleans(), min_size=14, max_size=14))
def test_any_figure_found_in_word_soup_is_written_there(words, spaces):
    text = "".join(word + (" " if space else "") for word, space in zip(words, spaces, strict=False))
    for claim in quantities(text):
        written = claim.text.lower()
        assert any(ch.isdigit() for ch in written) or set(re.findall(r"[a-z]+", written)) & _WORDS, claim.text
        value = claim.value
        if value.low is not None and value.high is not None:
            assert value.low <= value.high, (claim.text, value)
        plain = written.replace(",", "")
        if plain.replace(".", "", 1).isdigit() and claim.unit is None and claim.counted != "age":
            assert value.point == float(plain), (claim.text, value, text)


@pytest.mark.parametrize(
    ("text", "surface", "kilograms"),
    [
        ("Fine dust in Lahore reached 240 μg per cubic metre.", "240 μg", 2.4e-7),
        ("The tablets held 2 mg of the drug each.", "2 mg", 2e-6),
        ("The freighter carried 36,500 tonnes of grain.", "36,500 tonnes", 3.65e7),
    ],
)
def test_a_small_or_large_measure_keeps_its_value_in_the_canonical_unit(text, surface, kilograms):
    """Canonical values keep significant digits, not decimal places: 240 μg is not 0 kg."""
    claim = next(c for c in quantities(text) if c.text == surface)
    assert claim.canonical is not None and claim.canonical.unit == "kilogram"
    assert claim.canonical.value.point == pytest.approx(kilograms, rel=1e-9)


@pytest.mark.parametrize(
    ("text", "written", "low", "high"),
    [
        # a plus sign against the digits is "or more", before a scale word or after the figure
        ("The choir has 300+ members.", "300+", 300.0, None),
        ("The studio spent $2.5+ billion on the film.", "$2.5+ billion", 2.5e9, None),
        # a sum or a sign is no bound
        ("The pupils wrote 7+5 on the board.", "7", 7.0, 7.0),
    ],
)
def test_a_plus_sign_after_a_figure_is_a_lower_bound(text, written, low, high):
    figure = quantities(text)[0]
    assert (figure.text, figure.value.low, figure.value.high) == (written, low, high)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The carmaker recalled 2m SUVs in March.", 2_000_000.0),
        ("The bank has installed 1.5m ATMs worldwide.", 1_500_000.0),
        ("The tower is 300m tall.", 300.0),
    ],
)
def test_a_letter_scale_before_a_plural_in_capitals_counts_them(text, value):
    assert quantities(text)[0].value.point == value


@pytest.mark.parametrize("fine", ["5,000 euros", "$5,000"])
def test_a_bracketed_sum_in_pounds_after_another_currency_is_no_weight(fine):
    text = f"The boxer weighed in at 160 pounds and was fined {fine} (4,300 pounds) after the bout."
    weights = {q.text: q.canonical.unit if q.canonical else None for q in quantities(text)}
    assert weights["160 pounds"] == "kilogram"
    assert weights["4,300 pounds"] != "kilogram"
