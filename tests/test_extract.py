from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from num2words import num2words

from claimcheck.extract import extract_document
from claimcheck.extract.numbers import words_to_number
from claimcheck.extract.qualifiers import interval_of as _interval
from claimcheck.extract.tokens import tokenize
from claimcheck.models import Document


def doc(text: str, published: dt.date = dt.date(2023, 10, 3)) -> Document:
    return Document(id="t", title="t", outlet="Test", published=published, path="t.txt", format="digest", text=text)


def quantities(text: str, **kw):
    return [c for c in extract_document(doc(text, **kw)) if c.kind == "quantity"]


def find(claims, text):
    return next(c for c in claims if c.text == text)


def test_seed_figures(seed_claims):
    q = [c for c in seed_claims if c.kind == "quantity"]
    fled = find(q, "An estimated 100,000")
    assert (fled.value.point, fled.value.approx, fled.counted) == (100000, True, "ethnic Armenians")
    assert fled.predicate.startswith("fled")
    inhabitants = find(q, "120,000 or so")
    assert (inhabitants.value.point, inhabitants.value.approx, inhabitants.counted) == (
        120000,
        True,
        "inhabitants",
    )
    remain = find(q, "between only 50 and 1,000")
    assert (remain.value.low, remain.value.high) == (50, 1000)
    killed = find(q, "At least 170")
    assert (killed.value.low, killed.value.high, killed.counted) == (170, None, "people")
    assert killed.predicate == "killed in the explosion"
    age = find(q, "78")
    assert age.counted == "age"
    assert not any(c.text.startswith("1990") for c in q)
    dates = {c.text: c.value.date for c in seed_claims if c.kind == "date"}
    assert dates["Sept. 20"] == "2023-09-20" and dates["September 19"] == "2023-09-19"
    assert dates["January 1, 2024"] == "2024-01-01"


def test_seed_quotes_and_names(seed_claims):
    quotes = [c for c in seed_claims if c.kind == "quote"]
    betrayed = next(c for c in quotes if c.quote.startswith("It is clear for everyone"))
    assert betrayed.speaker == "Charles Michel" and betrayed.direct
    succi = next(c for c in quotes if c.quote.startswith("The scene is quite surreal"))
    assert succi.speaker == "Marco Succi"
    names = {c.name for c in seed_claims if c.kind == "name"}
    assert {"Samvel Shahramanyan", "Samvel Shakhramanyan", "Artur Arutyunyan"} <= names


@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "approx", "counted"),
    [
        ("The quake killed at least 2,300 people in Turkey.", "at least 2,300", 2300, None, False, "people"),
        ("Up to 80,000 protesters marched in Lyon.", "Up to 80,000", None, 80000, False, "protesters"),
        ("Roughly 1.2 million voters turned out.", "Roughly 1.2 million", 1.2e6, 1.2e6, True, "voters"),
        ("Nearly 900 homes were flooded.", "Nearly 900", 810, 900, True, "homes"),
        ("Police said 10-12 officers were hurt.", "10-12", 10, 12, False, "officers"),
        ("Hundreds of people were evacuated.", "Hundreds", 100, 999, True, "people"),
        ("Turnout was 42.35% at noon.", "42.35%", 42.35, 42.35, False, None),
        ("The jury of twelve jurors deliberated for nine hours.", "twelve", 12, 12, False, "jurors"),
    ],
)
def test_figures_on_other_subjects(text, surface, low, high, approx, counted):
    claim = find(quantities(text), surface)
    assert claim.value.low == pytest.approx(low)
    assert claim.value.high == (pytest.approx(high) if high is not None else None)
    assert claim.value.approx is approx
    if counted:
        assert claim.counted == counted


def test_units_convert_through_pint():
    [miles] = quantities("The storm came ashore with winds of 165 mph.")
    [km] = quantities("The storm came ashore with winds of 266 km/h.")
    assert miles.canonical.unit == km.canonical.unit == "meter / second"
    assert miles.canonical.value.point == pytest.approx(73.76, abs=0.01)
    assert km.canonical.value.point == pytest.approx(73.89, abs=0.01)


@pytest.mark.parametrize(
    "text",
    [
        "He was treated for COVID-19 last year.",
        "The G20 summit opened.",
        "She lives on the fourth floor.",
        "The dam was built in 1994.",
        "Call 555-123-4567 now.",
    ],
)
def test_not_quantities(text):
    assert quantities(text) == []


def test_relative_dates_resolve_against_publication():
    claims = extract_document(doc("The strike began on Tuesday. Talks resume next Monday.", dt.date(2024, 3, 7)))
    dates = {c.text: c.value.date for c in claims if c.kind == "date"}
    assert dates["Tuesday"] == "2024-03-05"
    assert dates["next Monday"] == "2024-03-11"


@given(st.integers(min_value=0, max_value=10**9))
def test_numbers_in_digits_and_words_parse_back(n):
    from claimcheck.extract.numbers import find_numbers

    [mention] = find_numbers(tokenize(f"{n:,}"))
    assert mention.value == n
    words = num2words(n)
    assert words_to_number(words.replace(",", " ").split()) == n


@given(
    st.floats(min_value=0, max_value=1e9, allow_nan=False),
    st.sampled_from(["lower", "upper", "approx", "below", "exact"]),
)
def test_qualifier_intervals_contain_or_bound_the_point(point, bound):
    interval = _interval(point, bound)
    low = interval.low if interval.low is not None else -float("inf")
    high = interval.high if interval.high is not None else float("inf")
    assert low <= point <= high


def _clock(hour: int, minute: int, style: str) -> str:
    twelve = hour % 12 or 12
    suffix = "a.m." if hour < 12 else "p.m."
    return {
        "12h": f"{twelve}:{minute:02d} {suffix}",
        "12h-dot": f"{twelve}.{minute:02d}{suffix.replace('.', '')}",
        "12h-hour": f"{twelve} {suffix}",
        "24h": f"{hour:02d}:{minute:02d}",
        "24h-local": f"{hour}:{minute:02d} local time",
        "military": f"{hour:02d}{minute:02d} GMT",
        "oclock": f"{twelve} o'clock",
    }[style]


@given(
    st.integers(min_value=0, max_value=23),
    st.integers(min_value=0, max_value=59),
    st.sampled_from(["12h", "12h-dot", "12h-hour", "24h", "24h-local", "military", "oclock"]),
    st.integers(min_value=2, max_value=90_000),
    st.sampled_from([("The train left at {time}", "passengers"), ("Voting ended at {time}", "ballots")]),
)
def test_a_time_of_day_is_its_minute_and_never_a_count(hour, minute, style, count, template):
    opening, noun = template
    clock = _clock(hour, minute, style)
    text = f"{opening.format(time=clock)} and {count:,} {noun} were counted."
    start = text.index(clock)
    claims = [c for c in extract_document(doc(text)) if c.kind == "quantity"]
    at_clock = [c for c in claims if c.start < start + len(clock) and start < c.end]
    if style == "oclock":  # no a.m. or p.m.: no minute of the day the wording supports
        assert not at_clock, (text, at_clock)
    else:
        [time] = at_clock
        written = hour * 60 + (0 if style == "12h-hour" else minute)
        assert (time.text, time.unit, time.value.low, time.value.high) == (clock, "time of day", written, written)
    assert [(c.value.low, c.counted) for c in claims if c not in at_clock] == [(count, noun)], text


@given(st.text(max_size=300))
def test_extraction_never_raises_and_spans_slice_back(text):
    document = doc(text)
    for claim in extract_document(document):
        assert document.text[claim.start : claim.end] == claim.text


def test_spans_slice_back_to_the_seed_file(seed_claims):
    sources = {}
    for claim in seed_claims:
        source = sources.setdefault(claim.path, Path(claim.path).read_text(encoding="utf-8"))
        assert source[claim.start : claim.end] == claim.text
        assert source.split("\n")[claim.line - 1][claim.column - 1 :].startswith(claim.text.split("\n")[0])


CASES = [
    case
    for table in ("extract_cases.yaml", "number_cases.yaml")
    for case in yaml.safe_load((Path(__file__).parent / table).read_text(encoding="utf-8"))
]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_extractor_cases_on_other_subjects(case):
    published = dt.date.fromisoformat(str(case.get("published", "2024-01-15")))
    claims = extract_document(doc(case["text"], published))
    quantities_found = {c.text: c for c in claims if c.kind == "quantity"}
    for want in case.get("quantities", []):
        assert want["text"] in quantities_found, f"{want['text']!r} not in {sorted(quantities_found)}"
        got = quantities_found[want["text"]]
        for key in ("low", "high"):
            if key in want:
                assert getattr(got.value, key) == (pytest.approx(want[key]) if want[key] is not None else None), key
        if "approx" in want:
            assert got.value.approx is want["approx"]
        for key in ("counted", "predicate", "source"):
            if key in want and want[key] is None:
                assert getattr(got, key) is None, (key, getattr(got, key))
            elif key in want:
                assert (getattr(got, key) or "").lower().startswith(str(want[key]).lower()), (key, getattr(got, key))
        if "subject" in want:
            assert got.subject == want["subject"], got.subject
        if "scope" in want:
            assert got.scope == want["scope"], got.scope
        if "as_of" in want:
            assert got.as_of == (str(want["as_of"]) if want["as_of"] is not None else None), got.as_of
        if "unit" in want:
            units = {got.unit, got.canonical.unit if got.canonical else None}
            assert want["unit"] in units, (want["text"], units)
    for text, source in case.get("sources", {}).items():  # the whole source, not one that starts so
        assert quantities_found[text].source == source, (text, quantities_found[text].source)
    if case.get("complete"):  # the sentence holds these figures and no other
        assert set(quantities_found) == {want["text"] for want in case.get("quantities", [])}, sorted(quantities_found)
    for rejected in case.get("reject", []):
        assert not any(rejected == text or text.startswith(rejected + " ") for text in quantities_found), rejected
    dates = {c.text: c.value.date for c in claims if c.kind == "date"}
    for want in case.get("dates", []):
        assert dates.get(want["text"]) == want["date"], (want, dates)
    quotes = [c for c in claims if c.kind == "quote"]
    for want in case.get("quotes", []):
        assert any(q.speaker == want["speaker"] and q.quote.startswith(want["starts"]) for q in quotes), quotes
    names = {c.name for c in claims if c.kind == "name"}
    for want in case.get("names", []):
        assert want in names, names


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "whole"),
    [
        ("The Kolkata tram operator cut fares by 40 paise on Monday.", "40 paise", "INR", 0.4),
        ("A loaf of bread in Glasgow rose by 12 pence this year.", "12 pence", "GBP", 0.12),
        ("Stamps will cost 5 pence more from April.", "5 pence", "pound", 0.05),
    ],
)
def test_a_hundredth_of_a_currency_compares_in_its_whole_currency(sentence, surface, unit, whole):
    claim = find(quantities(sentence), surface)
    assert claim.canonical.unit == unit
    assert claim.canonical.value.point == pytest.approx(whole)


@pytest.mark.parametrize(
    ("sentence", "surface", "whole"),
    [
        # a cent, of no one family, is of the sentence's other sums where they are all of one
        ("Orvel Bank earned $1.10 a share ex-items vs. 95 cents expected.", "95 cents", 0.95),
        ("The fare rose to €1.20 from 85 cents last year.", "85 cents", 0.85),
    ],
)
def test_a_cent_beside_sums_of_one_currency_is_of_that_currency(sentence, surface, whole):
    claim = find(quantities(sentence), surface)
    assert claim.canonical is not None and claim.canonical.unit in {"dollar", "USD", "EUR"}
    assert claim.canonical.value.point == pytest.approx(whole)


def test_a_cent_alone_stays_as_written():
    claim = find(quantities("A stamp now costs 60 cents more."), "60 cents")
    assert claim.canonical is None or claim.canonical.unit == "cent"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The union has estimated that 40,000 nurses walked out.", "The union"),
        ("The fire service had put the number of homes lost at 60.", "The fire service"),
        ("Organisers have claimed that 90,000 marched.", "Organisers"),
        ("The city police has since given a far lower figure, saying 12,000 marched.", "The city police"),
        ("Officials responded late on Monday, saying 40 people were arrested.", "Officials"),
        ("Ana Ruiz, a police spokeswoman, said 40 people were arrested.", "Ana Ruiz"),
        ("The Red Cross, which runs the camp, said 3,000 people had arrived.", "The Red Cross"),
        ("The weather agency, known as Meteo, estimated that 90 mm of rain fell.", "The weather agency"),
        # a preposition that opens the sentence is no name
        ("From reports gathered in the valley, the flood killed 40 people, the governor said.", "the governor"),
        ("From estimates made on the ground, the storm left 2,000 homeless, the agency said.", "the agency"),
        # the agent of the clause a passive report opens is not who reported it
        ("It is estimated that 60 houses were buried by the landslide in Kora.", None),
        ("It was estimated that 300 homes were destroyed by the fire in Arlo.", None),
        # an adverb before the verb that reports is no part of who reports
        ("The fire chief later confirmed that 12 remain missing.", "The fire chief"),
        ("The health ministry also said 40 patients were in intensive care.", "The health ministry"),
        # a verb that puts a figure on a thing reports it only with "at" and the figure after it
        ("Officials placed the toll at more than 31 on Monday.", "Officials"),
        ("The insurer set the damage at $3.5bn.", "The insurer"),
        ("Mourners placed candles, letters and flowers by the gate where 12 pupils died.", None),
        ("The flat held a sofa, a TV set and a desk before the 30-metre crater opened.", None),
        ("The crew put the 14 casualties on a boat to the mainland.", None),
        # a participle with "by" says who gave the figure its noun holds
        ("That is well above the 240 flu cases reported by the regional health office.", "the regional health office"),
        (
            "The 75 arrests announced by Metropolitan Police Commander Jo Eade were all made overnight.",
            "Metropolitan Police Commander Jo Eade",
        ),
        ("Figures compiled by the Tallis Institute show 1,200 evictions.", "the Tallis Institute"),
        # but not one that names what found or measured a thing rather than who counted
        ("The 12 deaths confirmed by DNA tests were all of children.", None),
        ("The 36 goals recorded by Haaland set a league record.", None),
        ("The warehouse, which was recorded by a drone, held 300 pallets.", None),
        # an aside between who reports and the verb leaves the subject the source; the clause after "said" with a
        # figure in it is what was said, no one's name
        ("The port authority, for its part, said the spill covered 40 hectares.", "The port authority"),
        ("The Vessia health ministry, in a statement, said the toll reached 61.", "The Vessia health ministry"),
        ("The toll reached 61 on Monday, said the health ministry.", "the health ministry"),
    ],
)
def test_a_source_is_the_subject_that_reports(sentence, source):
    from claimcheck.extract.attribution import source_of

    assert source_of(sentence) == source


@pytest.mark.parametrize(
    ("text", "counted", "place"),
    [
        ("KUNMING - A magnitude 5.1 earthquake struck southern Yunnan on Sunday.", "earthquake", "KUNMING"),
        ("HARBIN - A 4.8 tremor shook the city before dawn.", "tremor", "HARBIN"),
        ("Reading, England - About 2,000 fans sang outside the ground.", "fans", "Reading"),
        ("Woking - Some 40 families fled as the river rose.", "families", "Woking"),
    ],
)
def test_what_happened_is_a_verb_not_a_place_and_an_irregular_past_ends_what_is_counted(text, counted, place):
    """A word's -ed/-ing ending makes it a verb only in lower case (a dateline or a town ending in -ing is a
    place), and an irregular past ("struck", "fled") ends the counted noun phrase."""
    claims = [c for c in extract_document(doc(text, dt.date(2024, 3, 5))) if c.kind == "quantity"]
    assert len(claims) == 1
    assert claims[0].counted == counted
    assert place.lower() not in (claims[0].predicate or "").lower(), claims[0].predicate


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Floodwaters rose 3 metres overnight in the valley.", "overnight"),
        ("The pipeline runs 40 km along the coast.", "along"),
        ("Share prices climbed 4% through the summer.", "through"),
        ("The squad trained for 6 hours today before the final.", "today"),
        ("The ferry sank 2 miles beyond the harbour wall.", "beyond"),
        ("Unemployment was 6.1 per cent compared to 5.4 per cent a year earlier.", "compared"),
        ("Exports rose 4% compared with the first quarter.", "compared"),
        ("A jobless rate of 6.2 percent compares with 5.9 percent in May.", "compare"),
    ],
)
def test_a_preposition_or_adverb_after_a_figure_is_not_what_it_counts(text, word):
    claims = [c for c in extract_document(doc(text, dt.date(2024, 3, 5))) if c.kind == "quantity"]
    assert claims
    for claim in claims:
        assert not (claim.counted or "").lower().startswith(word), claim.counted


@pytest.mark.parametrize(
    "text",
    [
        "The strike lasted 40 days from Oct. 3 to Nov. 12, the union said.",
        "About 300 workers were laid off in Feb. after the plant closed.",
        "The ferry service ran 12 km from Sept. 1 until the storm.",
    ],
)
def test_a_shortened_month_is_not_a_place(text):
    claims = [c for c in extract_document(doc(text, dt.date(2024, 3, 5))) if c.kind == "quantity"]
    assert claims
    assert all(c.scope is None for c in claims), [(c.text, c.scope) for c in claims]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("A court sentenced Karim Benali to 12 years in prison on Tuesday.", {"12 years": "Karim Benali"}),
        ("Marta Kowalczyk was jailed for six years after the trial.", {"six years": "Marta Kowalczyk"}),
        (
            "The league suspended Tomas Varga for six matches, Ilya Brunner for four and Ole Dahl for two.",
            {"six": "Tomas Varga", "four": "Ilya Brunner", "two": "Ole Dahl"},
        ),
        ("The tribunal banned Nadia Osei for 18 months.", {"18 months": "Nadia Osei"}),
    ],
)
def test_a_figure_given_to_a_person_is_that_persons(text, subjects):
    """A giving verb ("sentenced", "jailed", "banned") gives the figure after "to"/"for" to whom it names,
    and a list after one verb gives each figure to its own name."""
    claims = {c.text: c.subject for c in extract_document(doc(text, dt.date(2024, 3, 5))) if c.kind == "quantity"}
    assert {text: claims.get(text) for text in subjects} == subjects, claims


@pytest.mark.parametrize(
    ("text", "figure", "low", "high"),
    [
        ("The price of a loaf went up to $3 in the capital last month.", "$3", 3, 3),
        ("Unemployment has gone up to 7.2% in the northern region.", "7.2%", 7.2, 7.2),
        ("The number of stranded passengers shot up to 4,000 by the evening.", "4,000", 4000, 4000),
        ("Up to 80,000 people marched through the old town.", "Up to 80,000", None, 80000),
        ("The stadium holds up to 45,000 fans.", "45,000", None, 45000),
        # after a running count's noun, as headlines write a rise, or with the figure it rose from
        ("Landslide death toll up to 212 in Kerala hill district", "212", 212, 212),
        ("Ferry disaster toll up to 41 as divers search the hull", "41", 41, 41),
        ("The number of cholera cases is up to 380 from 240 last week.", "380", 380, 380),
        ("Petrol in Leeds is up to £1.62 from £1.48 a litre.", "£1.62", 1.62, 1.62),
        # guards: a limit or a measure before "up to" keeps the bound, and so does "from" before a place
        ("Fines up to $5,000 apply to late filers in Ohio.", "$5,000", None, 5000),
        ("Gusts up to 90 km/h are expected in the valley.", "90 km/h", None, 90),
        ("Up to 300 people were moved from Dunmore on Sunday.", "300", None, 300),
    ],
)
def test_up_to_after_a_verb_of_rising_is_the_figure_reached_not_a_bound(text, figure, low, high):
    """A count that "went up to 820" rose to 820: no upper bound; "up to 80,000" alone is one."""
    [claim] = [c for c in quantities(text) if figure in c.text]
    assert (claim.value.low, claim.value.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "figure", "scope"),
    [
        ("The chain employs 9,000 people in the U.K. and 4,000 in Ireland.", "9,000", "U.K."),
        ("Some 240,000 households in the U.S. lost power on Monday.", "Some 240,000", "U.S."),
        ("In the U.S.A., 70 stores will close by March.", "70", "U.S.A."),
        ("Police moved 1,200 people from a park in D.C. on Friday.", "1,200", "D.C."),
        ("Floods forced 600 families from their homes in St. Louis last week.", "600", "St. Louis"),
        ("The volcano lies 40 km north of Mt. Kenya.", "40 km", "Mt. Kenya"),
        # guards: a lone capital before a full stop is no initial of a place; names without stops are kept whole
        ("Some 30 tents were set up in Zone B. Another 12 went up later.", "Some 30", "Zone B"),
        ("The firm cut 500 jobs in the US and Canada.", "500", "US"),
        ("About 80 homes were flooded in St Ives on Tuesday.", "About 80", "St Ives"),
    ],
)
def test_a_place_written_with_initials_or_a_short_form_keeps_its_full_stops(text, figure, scope):
    """A place's initials ("U.K.", "D.C.") and short forms ("St.") keep their full stops, so that the place
    is not cut at its first letter ("U"), which would make the United Kingdom and the United States one place."""
    [claim] = [c for c in quantities(text) if c.text == figure]
    assert claim.scope == scope, claim.scope


@pytest.mark.parametrize(
    ("text", "figure", "scope"),
    [
        ("Most of the flooded area in Tarvo has seen the death of 41 people, including 12 children.", "41", "Tarvo"),
        ("The villages in Dornbach lost 300 homes to the landslide.", "300", "Dornbach"),
        ("Districts across Kessel reported 2,100 cases of cholera.", "2,100", "Kessel"),
        ("The toll in the Tarvo floods reached 63.", "63", None),
        ("The toll from the storm in Kessel rose to 43.", "43", None),
        ("Officials in the districts in Brenmoor said 57 people died.", "57", None),
    ],
)
def test_an_area_the_subject_of_a_clause_names_is_the_figures_place(text, figure, scope):
    """A figure whose clause's subject is an area of a named place ("the epicentre in Jajarkot has seen the
    death of 157") is that place's; a place that names an event, belongs to something else or whose clause
    reports what someone said is not."""
    [claim] = [c for c in quantities(text) if c.text == figure]
    assert claim.scope == scope


@pytest.mark.parametrize(
    ("text", "figure", "as_of"),
    [
        (
            "The valley has flooded often, with the 1999 floods the worst. They displaced 40,000 people.",
            "40,000",
            "1999",
        ),
        ("The island knows quakes. In 2011, one struck the north coast. It killed 300 people.", "300", "2011"),
        ("The region has had many fires, the 2018 blaze among them. It destroyed 1,400 homes.", "1,400", "2018"),
        ("The storm was the strongest since 2015. It killed 12 people.", "12", None),
        ("With the 2018 blaze in mind, crews worked fast. It took 4 hours to stop the fire.", "4 hours", None),
        # "that year", "the same year" take up the year the sentence before names
        ("Exports peaked in 2016 at record levels. Imports that year came to 52 shipments.", "52", "2016"),
        ("The league was founded in 1998. The same year, 14 clubs joined it.", "14", "1998"),
    ],
)
def test_a_pronoun_that_takes_up_an_older_event_takes_its_year(text, figure, as_of):
    """After "… the 2015 temblor …", the counts of "It claimed 9,000 lives", a sentence that takes up the event
    the sentence before dates by its year, are that year's; a span ("since 2015") dates no event."""
    [claim] = [c for c in quantities(text, published=dt.date(2024, 3, 5)) if c.text == figure]
    assert claim.as_of == as_of


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        (["Quake In Morocco Leaves 296 Dead", "A strong earthquake struck Morocco on Friday."], "Morocco"),
        (["Floods In Kerala Displace Thousands Overnight", "Rivers burst their banks across Kerala."], "Kerala"),
        (["Fire in Porto Alegre kills 10", "The fire broke out at a hostel."], "Porto Alegre"),
    ],
)
def test_a_title_case_headline_names_only_the_place_its_lead_writes(lead, place):
    """In a headline in title case a capitalised run after "in" runs on into the verb ("Morocco Leaves"): it is
    cut to what the rest of the lead writes too; a headline in sentence case is read as it stands."""
    from claimcheck.extract.article import article_place
    from claimcheck.extract.tokens import tokenize

    assert article_place([tokenize(line) for line in lead]) == place


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        (["Reservoir levels fall", "Stocks held 41% of capacity as of Sept. 30, the water board said."], None),
        (["Ferry sales climb", "Bookings made in Oct. reached 12,000, up 8% on the year."], None),
        (["Bridge toll rises", "Drivers pay $4 as of Jan. 1 on the crossing in Harwick."], "Harwick"),
        # guards: a place after the preposition is still read, and a full month name was never one
        (["Water rationing in Calverton", "Stocks fell to 41% of capacity."], "Calverton"),
        (["Prices climbed in March", "Fuel cost 9% more in Oldbury."], "Oldbury"),
        # a place whose name opens with a shortened month, with no "." or figure after it, is still the place
        (["Storm hits the coast", "In Mar del Plata the storm killed 12 people."], "Mar"),
        (["Storm hits the coast", "In Sept-Iles the storm killed 12 people."], "Sept"),
    ],
)
def test_a_shortened_month_after_a_preposition_is_no_place(lead, place):
    """A shortened month name ("as of Nov. 1", "made in Oct.") is a date, never the place a page reports
    from: the next place the lead names is."""
    from claimcheck.extract.article import article_place
    from claimcheck.extract.tokens import tokenize

    assert article_place([tokenize(line) for line in lead]) == place


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("About 300 homes were destroyed in south-western Nepal on Friday.", "Nepal"),
        ("Floods killed 40 people in north-eastern Brazil on Monday.", "Brazil"),
    ],
)
def test_a_direction_written_with_a_hyphen_leads_up_to_a_place(text, scope):
    [claim] = [c for c in extract_document(doc(text, dt.date(2024, 3, 5))) if c.kind == "quantity"]
    assert claim.scope == scope


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # a list in the subject ("involving X, Y, and Z") or an aside between two commas stays in it
        (
            "The death toll in the collision involving the night express, a local train, and a freight train has "
            "reached 212.",
            "212",
            "death toll",
        ),
        ("The death toll in the pile-up between a coach, a van and a lorry has risen to 30.", "30", "death toll"),
        ("The number of arrests in Arlo, Velden and Brenn has climbed to 62.", "62", "arrests"),
        ("The death toll, officials said, has reached 41.", "41", "death toll"),
        # a comma before a second clause with a verb of its own ends the first clause's subject
        ("The death toll rose to 30 on Monday, and the number of injured has reached 45.", "45", "injured"),
        # a verb that sets a counter noun's count "to" the figure: the figure counts what "of" names
        ("Health authorities expanded the number of affected counties to ten.", "ten", "affected counties"),
        ("The board raised the number of flooded villages to 40.", "40", "flooded villages"),
        ("The league lifted the tally of registered clubs to 212 this year.", "212", "registered clubs"),
        # a change of a counter's count "from" one figure "to" another: both ends count what "of" names
        ("The agency raised the number of confirmed cases from 40 to 52 on Friday.", "52", "confirmed cases"),
        ("The agency raised the number of confirmed cases from 40 to 52 on Friday.", "40", "confirmed cases"),
        ("Regulators lifted the count of grounded jets from twelve to 19.", "twelve", "grounded jets"),
        # guards: "of" names something else before the figure, or the figure is no count set by "to"
        ("The number of people went from 30 to 40.", "40", "number"),
        ("The firm raised the number of staff from Accra to 40.", "40", "number"),
        ("The ministry cut the number of flights to Oslo by 12.", "12", "number"),
    ],
)
def test_a_subject_with_a_list_or_an_aside_or_a_count_set_to_a_figure_still_names_what_it_counts(text, figure, counted):
    found = {c.text: c.counted for c in quantities(text)}
    assert found[figure] == counted, found


@pytest.mark.parametrize(
    ("text", "figure", "wrong"),
    [
        # a capitalised word of a kind of area in a name is no place of the figure: a person, a club, a district
        # of schools, an office
        ("Sam Parish scored 12 points in the final.", "12", "Sam Parish"),
        ("Derby County have won 5 of their last 6 games.", "5", "Derby County"),
        ("Austin Independent School District closed 50 schools.", "50", "Independent School District"),
        ("The Harris County Appraisal District valued 12,000 homes.", "12,000", "Harris County"),
        ("Prince George's County reported 40 cases.", "40", "George's County"),
    ],
)
def test_a_word_of_a_kind_of_area_in_a_name_makes_no_place_of_the_figure(text, figure, wrong):
    [claim] = [c for c in quantities(text) if c.text == figure]
    assert claim.scope is None or wrong not in claim.scope, claim.scope


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # what a share is of, past whose it is ("of Acme's global workforce")
        ("The cuts will affect nearly 8% of Acme's global workforce.", "nearly 8%", "global workforce"),
        ("The layoffs hit about 4 percent of the bank\u2019s staff, the union said.", "about 4 percent", "staff"),
        # a dash after the noun ends it ("workforce—in an email")
        (
            "The cuts are over 5 percent of the firm's workforce\u2014in a memo, the chief said so.",
            "over 5 percent",
            "workforce",
        ),
        ("Some 3% of the city's budget\u2014a record\u2014went to roads.", "Some 3%", "budget"),
    ],
)
def test_a_share_counts_the_noun_after_whose_it_is(text, figure, counted):
    assert find(quantities(text), figure).counted == counted


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("A partial toll of 577 deaths covered the two busiest days of the pilgrimage.", "two busiest days", "days"),
        ("Cases peaked in the first two epidemiological weeks of the outbreak.", "two epidemiological weeks", "weeks"),
        ("Staff get two additional weeks of pay for every year served.", "two additional weeks", "weeks"),
        ("The strike lasted three consecutive months.", "three consecutive months", "months"),
    ],
)
def test_a_unit_of_time_after_words_that_say_which_span_is_the_figures_unit(text, figure, unit):
    assert find(quantities(text), figure).unit == unit


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Some 40 people remained missing after a levee burst near the river town last Friday.", "Some 40"),
        ("Nine miners were still trapped after the shaft caved in on Sunday, the company said.", "Nine"),
        ("At least 300 were homeless following the rupture of the reservoir wall on Sunday.", "At least 300"),
        ("Twelve patients were still in hospital following the failure of the power grid on Sunday.", "Twelve"),
        ("About 2,000 residents had no water when the main pipe burst beneath the avenue last Friday.", "About 2,000"),
    ],
)
def test_the_day_of_an_event_a_count_follows_is_not_the_counts(text, figure):
    """A day in a clause that tells the event after "after", "following" or "when" ("after a levee burst last
    Friday") or names it by what failed ("following the failure of the grid on Sunday") is the event's: the
    count is given for its article's day."""
    [claim] = [c for c in quantities(text, published=dt.date(2024, 3, 6)) if c.text == figure]
    assert claim.as_of is None, (claim.time, claim.as_of)


@pytest.mark.parametrize(
    ("text", "figure", "as_of"),
    [
        ("Rescuers found 14 more bodies on Monday after the levee burst.", "14", "2024-03-04"),
        ("The toll rose to 31 on Monday after crews searched the flooded valley.", "31", "2024-03-04"),
    ],
)
def test_a_day_of_the_counts_own_clause_stays_its_frame(text, figure, as_of):
    """A day the count's own words take, before any clause that tells the event, stays the count's frame."""
    [claim] = [c for c in quantities(text, published=dt.date(2024, 3, 6)) if c.text == figure]
    assert claim.as_of == as_of


@pytest.mark.parametrize(
    ("text", "figure", "time", "as_of"),
    [
        (
            "At least 23 hikers have been rescued since Monday, the park service said.",
            "At least 23",
            "since Monday",
            "2024-03-04",
        ),
        ("Since February 2, some 1,400 ballots have been rejected.", "some 1,400", "Since February 2", "2024-02-02"),
        ("The clinic has treated 310 patients since January.", "310", "since January", "2024-01"),
        ("Twelve flights have been diverted since early Monday.", "Twelve", "since early Monday", "2024-03-04"),
        ("Some 90 roads have reopened since dawn on Sunday.", "Some 90", "since dawn on Sunday", "2024-03-03"),
    ],
)
def test_a_count_over_a_span_up_to_now_keeps_the_span_as_its_time(text, figure, time, as_of):
    """A count of what happened since a day ("rescued since Monday") keeps the whole span as its time, with the
    day it opens on: `frames.frame_of` reads it as a count up to the article's day."""
    [claim] = [c for c in quantities(text, published=dt.date(2024, 3, 6)) if c.text == figure]
    assert (claim.time, claim.as_of) == (time, as_of)


@pytest.mark.parametrize(
    ("text", "figure", "as_of"),
    [
        ("Rescuers found 14 bodies on Monday, the first since the levee burst.", "14", "2024-03-04"),
        ("The museum drew 80,000 visitors in January, its best month since 2019.", "80,000", "2024-01"),
        ("Ridership rose to 2.1 million on Monday from a low since Friday.", "2.1 million", "2024-03-04"),
    ],
)
def test_a_day_not_opened_by_since_stays_the_counts_frame(text, figure, as_of):
    """Guards: a day of the count's own words stays its frame where "since" opens another span or a record."""
    [claim] = [c for c in quantities(text, published=dt.date(2024, 3, 6)) if c.text == figure]
    assert claim.as_of == as_of, (claim.time, claim.as_of)


@pytest.mark.parametrize(
    ("text", "figure", "as_of", "other"),
    [
        # a clause set against the figure ("compared with", "as opposed to") holds the other figure's time
        (
            "Turnout stands at 41.2% at this hour, compared with 47.5% at the same hour in 2019.",
            "41.2%",
            None,
            ["2019"],
        ),
        ("Hotel bookings are at 63% for the season, as opposed to 81% in the summer of 2022.", "63%", None, ["2022"]),
        # a present marker in the figure's own clause ("now", "at the moment", "currently") is the article's day
        ("The fleet had 240 buses in March 2021, but now has only 190 on the road.", "190", None, ["2021-03"]),
        (
            "Wheat stocks were 12 million tonnes in 2020 and currently stand at 9 million tonnes.",
            "9 million",
            None,
            ["2020"],
        ),
        # "now" before no verb of the present ("now known as") leaves the clause's date the figure's
        ("In 2019 the firm now known as Vela employed 400 people.", "400", "2019", []),
        ("In 2010 the mill, now owned by a bank, employed 900 people.", "900", "2010", []),
        ("In 2016 the now famous striker scored 30 goals for the club.", "30", "2016", []),
        ("In 2019 the striker earned 40 goals; now he earns 9 a season.", "9", None, ["2019"]),
    ],
)
def test_a_figure_set_against_an_older_one_keeps_its_own_time(text, figure, as_of, other):
    """Another clause's date is not the time of a figure whose clause gives it as it stands now, nor of one the
    date's clause sets another figure against."""
    claims = quantities(text, published=dt.date(2024, 3, 6))
    [claim] = [c for c in claims if c.text.startswith(figure)]
    assert claim.as_of == as_of, (claim.time, claim.as_of)
    assert [c.as_of for c in claims if c is not claim] == other


@pytest.mark.parametrize(
    ("text", "figure", "as_of"),
    [
        (
            "The council approved a $40 million grant this year and a $25 million bridge loan in 2021.",
            "$25 million",
            "2021",
        ),
        ("The chain opened 12 stores in May and 4 larger flagship stores in June.", "4", "2023-06"),
        ("The agency counted 300 cases in 2022 and 450 confirmed cases in 2023.", "450", "2023"),
    ],
)
def test_a_date_that_opens_with_its_own_preposition_after_a_figure_is_its_frame(text, figure, as_of):
    """A date a few words after a figure that opens with its own preposition ("a $25 million loan in 2021") is the
    figure's, though another date lies as near before it."""
    [claim] = [c for c in quantities(text, published=dt.date(2024, 3, 6)) if c.text == figure]
    assert claim.as_of == as_of, (claim.time, claim.as_of)


@pytest.mark.parametrize(
    ("text", "figure", "earlier"),
    [
        ("The ministry firstly said there were 80 people missing in the hills.", "80", True),
        ("Organisers first put the crowd at 12,000 before the march began.", "12,000", True),
        ("The council originally said 45 homes were damaged by the hail.", "45", True),
        ("The first 20 victims of the fire were buried on Friday.", "20", False),
        ("Firefighters said 45 homes were damaged by the hail.", "45", False),
        # a change "from" one figure "to" another whose verb names what changed at length before the "from"
        (
            "The health board increased the number of patients it links to the tainted batch from nine to 16.",
            "nine",
            True,
        ),
        ("Police increased the count of homes looted in the riot on Saturday from 45 to 70.", "45", True),
        # guards: a figure or a mark between the verb and "from" ends the change's reach
        ("The toll rose on Monday, and the agency moved 45 families from 12 to 15 shelters.", "12", False),
        ("Prices rose in 3 markets where traders from 12 to 15 stalls sold fish.", "12", False),
    ],
)
def test_a_count_someone_first_gave_is_an_earlier_stage(text, figure, earlier):
    """A count a body "firstly said", "first put" or "originally said" is an earlier stage than the text's own,
    not what the day's later counts contradict; "the first 20 victims" are a part of a toll, not a stage."""
    from claimcheck.checks.frames import replaced

    [claim] = [c for c in quantities(text, published=dt.date(2024, 3, 6)) if c.text == figure]
    assert replaced(claim) is earlier


def test_a_figure_within_the_clause_that_tells_the_event_keeps_the_events_day():
    # "after two trucks crashed on Friday": the two trucks are of Friday, the 17 hurt are not
    text = "Some 17 people were hurt after two trucks crashed on the ring road on Friday."
    claims = {c.text: c for c in quantities(text, published=dt.date(2024, 3, 6))}
    assert claims["Some 17"].as_of is None and claims["two"].as_of == "2024-03-01"


@pytest.mark.parametrize(
    ("alone", "with_another", "role"),
    [
        (
            'The judge was blunt. "I am sorry," he said.',
            'The judge jailed the driver for six years. "I am sorry," he said.',
            "judge",
        ),
        (
            'The minister was blunt. "Why did you lie?" he asked.',
            'The minister was questioned by a reporter. "Why did you lie?" he asked.',
            "minister",
        ),
        (
            'The regulator issued a statement on Monday. "We will appeal," it said.',
            'The regulator fined the bank £45m on Monday. "We will appeal," it said.',
            "regulator",
        ),
    ],
)
def test_a_pronoun_is_a_role_only_when_the_sentence_before_names_no_other_actor(alone, with_another, role):
    # "he" after a sentence whose subject is an unnamed role is that role; after one that names another actor
    # (the driver, a reporter, the bank), either may speak
    def speakers(text: str) -> list[str | None]:
        return [c.speaker for c in extract_document(doc(text, dt.date(2024, 1, 15))) if c.kind == "quote"]

    assert speakers(alone) == [role]
    assert role not in speakers(with_another)


@pytest.mark.parametrize("sentence", ["She won in 22,96 seconds.", "Inflation slowed to 5,45% in March."])
def test_a_decimal_comma_is_written_to_its_last_decimal(sentence):
    from claimcheck.checks.base import written_spread

    claim = next(c for c in extract_document(doc(sentence)) if c.kind == "quantity")
    pointed = next(c for c in extract_document(doc(sentence.replace(",", "."))) if c.kind == "quantity")
    assert claim.value.point == pointed.value.point
    assert written_spread(claim) == pytest.approx(written_spread(pointed))


@pytest.mark.parametrize(
    ("sentence", "spread"),
    [
        # a span written in fields is written to its last field, a second, or to the fraction after it
        ("Her winning time in Velden was 2:18:40.", 0.5),
        ("The Orla rower finished in 1:04:07 on Sunday.", 0.5),
        ("Her winning time in Velden was 2:18:40.5.", 0.05),
        ("Berg swam the 200m freestyle in 1:52.36 on Sunday.", 0.005),
        # not a span in fields: to its last digit
        ("Berg swam the 50m freestyle in 24.1 seconds.", 0.05),
        # a measure in several units is written to one of its last unit: half a minute, half a second, half an inch
        ("The Orla ferry crossing took 2 hours 10 minutes on Sunday.", 30.0),
        ("The relief convoy needed eleven hours and forty minutes to reach the valley.", 30.0),
        ("The runner-up in Velden finished three minutes and 27 seconds behind.", 0.5),
        ("The record in Velden now stands at 2 hours 1 minute 39.5 seconds.", 0.05),
        ("The rescued calf stood 5 feet 2 inches at the shoulder.", 0.0254 / 2),
        # a measure in one unit keeps its own last digit, and so does one given again in another unit
        ("The Orla ferry crossing took 2 hours on Sunday.", 720.0),
        ("The 200-metre (650 feet) span of the Orla bridge fell.", 0.5),
        ("It was almost minus 20 degrees Celsius, or about minus 4 degrees Fahrenheit, in Velden.", 3.0),
        ("The relief convoy covered 40 kilometres.", 500.0),
    ],
)
def test_a_span_in_fields_is_written_to_its_last_field(sentence, spread):
    from claimcheck.checks.base import written_spread

    claim = [c for c in extract_document(doc(sentence)) if c.kind == "quantity"][-1]
    assert written_spread(claim) == pytest.approx(spread), claim.text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # Three figures set apart by dashes are a row's columns, each of its own.
        ("Leeds to Hull – £1,204 – £1,259 – £55", ["£1,204", "£1,259", "£55"]),
        ("Bus pass, adult – $640 – $672 – $32", ["$640", "$672", "$32"]),
        # Two figures joined by a dash stay a range, with an aside in dashes after them of another kind of figure.
        ("Tickets will cost £40 – £55 at the door.", ["£40 – £55"]),
        ("Highs of 30-35C - 10 degrees above normal - are forecast.", ["30-35C", "10 degrees"]),
        ("The club will pay £40m – £50m – 20 million more than it bid.", ["£40m – £50m", "20 million"]),
    ],
)
def test_figures_set_apart_by_dashes_in_a_row_are_columns_not_a_range(text, figures):
    assert [c.text for c in quantities(text)] == figures


def dates_of(text: str):
    return [c for c in extract_document(doc(text)) if c.kind == "date"]


@pytest.mark.parametrize(
    ("text", "day", "words"),
    [
        (
            "On May 3, the ban on river fishing was extended to include an additional 40 kilometres of the upper "
            "valley because stocks of trout have fallen sharply over the past decade.",
            "May 3",
            ["ban", "extended"],
        ),
        (
            "The council first closed two libraries on March 12, followed by a wider closure on April 30 to take in "
            "every branch library and mobile van across the northern half of the county.",
            "April 30",
            ["wider", "closure"],
        ),
    ],
)
def test_a_dates_event_keeps_the_words_nearest_the_date(text, day, words):
    claim = next(c for c in dates_of(text) if c.text == day)
    assert all(word in (claim.event or "").split() for word in words), claim.event


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # a speed on the scale of sound, restated in miles an hour: two figures, never a range from 2.5 to 1,900
        ("The test aircraft hit Mach 2.5, or 1,900 mph, over the Mojave.", {"2.5": "Mach number", "1,900 mph": "mph"}),
        ("Its glide reached Mach 5 or 3,800 mph at the top.", {"5": "Mach number", "3,800 mph": "mph"}),
    ],
)
def test_a_figure_on_a_scale_restated_in_another_measure_is_two_figures(sentence, figures):
    claims = quantities(sentence)
    assert {c.text: (c.canonical.unit if c.unit == "mach" else c.unit) for c in claims} == figures


def test_two_figures_on_one_scale_joined_by_or_stay_a_range():
    (claim,) = quantities("The tremor measured magnitude 4.1 or 4.3, the survey said.")
    assert (claim.value.low, claim.value.high) == (4.1, 4.3)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a country's adjective before a business's noun, in another sentence, says whose the business is, not
        # which dollar the story counts in
        ("The Canadian company Arvo Freight runs the route. The delay costs $2 million a day.", "dollar"),
        ("A Singaporean shipowner chartered the vessel. Repairs will cost $4 million.", "dollar"),
        # the country itself, or a place of its people, still decides
        ("Arvo Freight runs the route from Toronto. The delay costs $2 million a day.", "CAD"),
        ("Singapore's port authority said repairs will cost $4 million.", "SGD"),
    ],
)
def test_a_business_s_nationality_does_not_decide_the_dollar_of_a_story(text, unit):
    (money,) = [c for c in quantities(text) if c.text.startswith("$")]
    assert money.unit == unit


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("The siege lasted a week, and four of those days passed without food.", "four of those days", "days"),
        (
            "Of the 30-hour shift, just over nine of those hours were spent underground.",
            "just over nine of those hours",
            "hours",
        ),
        # a part of things, not of a span of time, keeps no unit
        ("Six of the 40 miners were hurt.", "Six", None),
    ],
)
def test_a_part_of_a_span_of_time_is_a_span_in_its_unit(sentence, surface, unit):
    assert find(quantities(sentence), surface).unit == unit


def test_a_country_s_businesses_in_the_plural_still_decide_its_dollar():
    # "the largest Canadian companies" speaks of the country's economy, whose dollar the story's sums are in
    text = "The index tracks the largest Canadian companies. Revenue rose to $3 billion."
    (money,) = [c for c in quantities(text) if c.text.startswith("$")]
    assert money.unit == "CAD"


def _one_figure(text: str):
    return quantities(text)[0]


@pytest.mark.parametrize(
    ("first", "second", "verdict"),
    [
        # days and hours counted come whole: their zeros are no rounding
        ("He spent 1,210 days in detention.", "He spent 1,214 days in detention.", "discrepancy"),
        ("The rescue took 2,190 hours in all.", "The rescue took 2,187 hours in all.", "discrepancy"),
        # a length's zeros under a hundredth of it are
        ("The summit stands 14,500 feet high.", "The summit stands 14,497 feet high.", "within-tolerance"),
    ],
)
def test_zeros_are_a_rounding_of_a_measure_but_not_of_days_counted(first, second, verdict):
    from claimcheck.checks.quantity import compared_as_written

    assert compared_as_written(_one_figure(first), _one_figure(second)).verdict == verdict


# A time of day written with full stops ends its sentence where a word that opens one follows it, never before a
# day, a place or a time zone.
@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "The ferry left at 6:40 a.m. In calm seas it reached the island.",
            ["The ferry left at 6:40 a.m.", "In calm seas it reached the island."],
        ),
        (
            "Polls closed at 10 p.m. The count began at once.",
            ["Polls closed at 10 p.m.", "The count began at once."],
        ),
        (
            'The dam gave way at 4 a.m. "We heard it from the village," a farmer said.',
            ["The dam gave way at 4 a.m.", '"We heard it from the village," a farmer said.'],
        ),
        ("Polls closed at 10 p.m. Sunday in every ward.", ["Polls closed at 10 p.m. Sunday in every ward."]),
        ("The rocket lifted off at 6 a.m. Moscow time.", ["The rocket lifted off at 6 a.m. Moscow time."]),
    ],
)
def test_a_time_of_day_ends_its_sentence_before_a_word_that_opens_one(text, sentences):
    from claimcheck.extract.sentences import split_sentences

    assert [s.text for s in split_sentences(text)] == sentences


# Every line is a sentence of its own: the rows of a table ("dead 27", "missing 4"), a caption or a byline are never
# one sentence with the line after them, and no sentence holds a line break.
@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Hurricane Otis toll\ndead 27\nmissing 4", ["Hurricane Otis toll", "dead 27", "missing 4"]),
        ("Photo by Ana Ruiz\nthe market reopened on Monday.", ["Photo by Ana Ruiz", "the market reopened on Monday."]),
    ],
)
def test_every_line_is_a_sentence_of_its_own(text, sentences):
    from claimcheck.extract.sentences import split_sentences

    assert [s.text for s in split_sentences(text)] == sentences


def test_a_figure_s_sentence_holds_no_line_break():
    text = "Floods hit the valley\n\nThe village of Arnby was\ncut off on Sunday when 40 homes were flooded."
    dates = [c for c in extract_document(doc(text, dt.date(2024, 3, 5))) if c.kind == "date"]
    assert dates
    assert all("\n" not in c.sentence for c in dates), [c.sentence for c in dates]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a number before a people's or a club's name and a collective noun is a count
        ("Air strikes killed 40 Tamil militia near the port on Tuesday.", "40"),
        ("The coach named 11 Porto players in his squad.", "11"),
        ("Police arrested 19 Neapolitan mafia in raids on Monday.", "19"),
    ],
)
def test_a_count_before_a_capitalised_word_and_a_collective_noun_stays_a_count(text, surface):
    assert find(quantities(text), surface).value.point == float(surface)


def test_a_length_in_pages_joined_by_a_hyphen_is_no_count_of_pages():
    # "a 30-page limit", "a 500-page-a-day pace", "a 1,000-page-plus bill": a limit, a rate, a lower bound
    text = "The judge set a 30-page limit on briefs, and the clerk kept a 500-page-a-day pace."
    assert not [c.text for c in quantities(text) if c.counted == "pages"]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # an adverb beside the holding verb is passed over back to the holder
        ("The Green Party has only won 8.2% of the vote in the north.", {"8.2%": "Green Party"}),
        ("The Liberal Front received only 11% of the vote.", {"11%": "Liberal Front"}),
        ("Marta Ruiz narrowly won 50.4% in the runoff.", {"50.4%": "Marta Ruiz"}),
        # guards: an adverb that opens the sentence, or one before no holding verb, names no holder
        ("Only 40% of voters backed the plan.", {"40%": None}),
        ("The Liberal Front said only 11% of ballots were spoilt.", {"11%": None}),
        # guards: a dash after a dateline, a source, a headline or a heading names no holder
        ("BERLIN – 12 killed", {"12": None}),
        ("Reuters – 40 people died.", {"40": None}),
        ("Quake Hits Turkey – 300 Dead", {"300": None}),
        ("Labour Wins Landslide – 412 Seats", {"412": None}),
        ("Population – 4.2 million", {"4.2 million": None}),
        ("The ANC - 159 seats", {"159": None}),
        ("KYIV – 12 people were killed in a strike on the city overnight.", {"12": None}),
    ],
)
def test_a_holder_past_an_adverb_and_none_after_a_dash(text, subjects):
    claims = {c.text: c.subject for c in extract_document(doc(text, dt.date(2024, 3, 5))) if c.kind == "quantity"}
    assert {text: claims.get(text) for text in subjects} == subjects, claims


@pytest.mark.parametrize(
    ("text", "time"),
    [
        # guards: the day of an election is the time of its shares, which other days' shares are not
        ("Labour won 40% in Thursday's election, up from 32% in the May 2 local elections.", {"32%": "May 2"}),
        (
            "The party won 29.5% in Sunday's election, while in the Azores election on February 4 it won 42%.",
            {"42%": "February 4"},
        ),
        ("Monday's polls showed Labour at 40%.", {"40%": "Monday"}),
        ("The Greens won 12.4% of the vote in Sunday's election.", {"12.4%": "Sunday"}),
    ],
)
def test_the_day_of_an_election_dates_its_shares(text, time):
    claims = {c.text: c.time for c in extract_document(doc(text, dt.date(2024, 3, 5))) if c.kind == "quantity"}
    assert {surface: claims.get(surface) for surface in time} == time, claims


@pytest.mark.parametrize(
    "text",
    [
        # guards: "almost all" the votes with no count in the phrase marks no stage of a count
        "The incumbent won almost all the votes in his home district, taking 91%.",
        "Nearly all votes went to the ruling party, which won 88%.",
        "Almost all the ballots were cast by post, and turnout was 58.3%.",
    ],
)
def test_almost_all_the_votes_with_no_count_is_no_time_of_a_share(text):
    [claim] = [c for c in extract_document(doc(text, dt.date(2024, 3, 5))) if c.kind == "quantity"]
    assert claim.time is None, claim.time


@pytest.mark.parametrize(
    "text",
    [
        # guards: a country's possessive before a firm's, a club's or a landmark's name makes it no person
        "France's Credit Agricole cut its forecast on Tuesday.",
        "Finland's Nokia Networks won the contract last week.",
        "Tourists flocked to Peru's Machu Picchu in record numbers.",
        "Austria's Red Bull Salzburg won the league again.",
    ],
)
def test_a_countrys_possessive_before_a_firm_or_a_place_makes_it_no_person(text):
    people = [c.name for c in extract_document(doc(text)) if c.kind == "name"]
    assert not people, people


@pytest.mark.parametrize(
    ("text", "figure", "low", "high"),
    [
        ("She was the first woman to finish faster than 2:15:00 on the course.", "faster than 2:15:00", None, 8100.0),
        ("His 2:03:10 was quicker than 2:04:00, the old course record.", "quicker than 2:04:00", None, 7440.0),
        (
            "The winner's 1:58:06 was slower than 1:57:30, the time he ran in spring.",
            "slower than 1:57:30",
            7050.0,
            None,
        ),
        ("He has run no slower than 2:10:00 in any race this year.", "no slower than 2:10:00", None, 7800.0),
        ("She ran no faster than 2:01:09 all season.", "no faster than 2:01:09", 7269.0, None),
        # guards: a margin before the word makes the time after it the time itself
        ("He finished 40 seconds faster than 2:05:10, his time from last year.", "2:05:10", 7510.0, 7510.0),
        ("The winner was two minutes faster than 2:06:30 a year ago.", "2:06:30", 7590.0, 7590.0),
        ("She was more than a minute faster than 2:07:00 on that course.", "2:07:00", 7620.0, 7620.0),
    ],
)
def test_a_faster_time_taken_is_a_shorter_one(text, figure, low, high):
    claims = {c.text: c.value for c in extract_document(doc(text)) if c.kind == "quantity"}
    assert figure in claims, claims
    assert (claims[figure].low, claims[figure].high) == (low, high)


def test_faster_than_a_speed_is_no_bound_on_a_time():
    # guard: "faster than" before a speed is read as before (no time taken is bounded)
    claims = [
        c for c in extract_document(doc("The train ran faster than 300 km/h on the test run.")) if c.kind == "quantity"
    ]
    assert [(c.unit, c.value.low, c.value.high) for c in claims] == [("km/h", 300.0, 300.0)], claims


@pytest.mark.parametrize(
    ("text", "figure", "as_of"),
    [
        # a day told as a shift after a noun's own participle or a who-clause is the noun's, not the figure's
        ("On Sunday police freed 8 hostages seized two days earlier.", "8", "2024-03-03"),
        ("The hospital on Sunday discharged 30 patients admitted the day before.", "30", "2024-03-03"),
        ("On Monday rescuers found 6 climbers who went missing three days earlier.", "6", "2024-03-04"),
    ],
)
def test_a_day_told_as_a_shift_after_a_figure_s_noun_is_not_the_figure_s(text, figure, as_of):
    [claim] = [c for c in quantities(text, published=dt.date(2024, 3, 5)) if c.text == figure]
    assert claim.as_of == as_of, claim.as_of


@pytest.mark.parametrize(
    ("text", "figure", "low", "high"),
    [
        # a qualifier set alone in quotation marks before its figure still bounds it
        ('The union said "nearly" 40,000 members walked out.', "40,000", 36000, 40000),
        ("Rescuers put the number still missing at “more than” 120.", "120", 120, None),
        ("The minister said 'nearly' 40 schools shut.", "40", 36, 40),
        ("The minister said ‘nearly’ 40 schools shut.", "40", 36, 40),
        ('The ministry counted "at least" 75 schools shut by the snow.', "75", 75, None),
        # guards: a quotation that ends on a qualifier but holds more words, and a quoted word that bounds nothing
        ('"We have lost nearly" 30 cattle, a farmer said.', "30", 30, 30),
        ('The mayor said "thanks" 200 times in the speech.', "200", 200, 200),
        ('Residents were asked "over" and over; 60 refused to leave.', "60", 60, 60),
    ],
)
def test_a_qualifier_quoted_alone_still_bounds_its_figure(text, figure, low, high):
    [claim] = [c for c in quantities(text) if figure in c.text]
    assert (claim.value.low, claim.value.high) == (low, high), claim.value


@pytest.mark.parametrize(
    ("text", "figure", "low", "high"),
    [
        # "over" after a noun of a dispute or a worry is what it is about: the figure itself
        ("The deal faces controversy over $164 million in pay for its chief.", "$164 million", 164e6, 164e6),
        ("Unions staged a protest over 300 job cuts at the plant.", "300", 300, 300),
        ("Fears over 2,000 jobs grew in the port town.", "2,000", 2000, 2000),
        # guards: "over" after a verb or a conjunction, and before a length of time, still bounds
        ("The lawsuit names over 40 defendants.", "over 40", 40, None),
        ("Controversy grew as over 300 people signed the letter.", "over 300", 300, None),
        ("The feud over 20 years split the family.", "over 20 years", 20, None),
    ],
)
def test_over_after_a_noun_of_a_dispute_names_what_it_is_about(text, figure, low, high):
    [claim] = [c for c in quantities(text) if c.text == figure]
    assert (claim.value.low, claim.value.high) == (low, high), claim.value


def test_a_quoted_qualifier_s_figure_is_written_from_its_opening_quotation_mark():
    [claim] = quantities("The airline cancelled “nearly” 90 per cent of its flights.")
    assert claim.text == "“nearly” 90 per cent", claim.text


# A count so far told by an ordinal: the count has reached the ordinal's value ("a ninth climber died": at least
# nine dead), read with what it counts and what befell them.
@pytest.mark.parametrize(
    ("sentence", "figure", "value", "counted"),
    [
        ("A ninth climber died on the glacier on Sunday.", "ninth", 9, "climber"),
        ("Rangers said a sixth suspect had been arrested near the reserve.", "sixth", 6, "suspect"),
        ("Medics said a third victim died overnight.", "third", 3, "victim"),
        ("A second body was found in the river on Tuesday.", "second", 2, "body"),
        ("Troops detained a third suspect at the border crossing.", "third", 3, "suspect"),
        ("The bus crash left a seventh passenger dead on Monday.", "seventh", 7, "passenger"),
        ("A second miner was injured when the shaft collapsed.", "second", 2, "miner"),
        ("A fifth case has been confirmed in the valley.", "fifth", 5, "case"),
    ],
)
def test_an_ordinal_tells_a_count_so_far(sentence, figure, value, counted):
    claim = find(quantities(sentence), figure)
    assert (claim.value.low, claim.value.high, claim.value.low_end) == (value, None, "bound")
    assert claim.counted.split()[0] == counted and claim.unit is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Rain flooded the square for the third time this week.",
        "Lyon is the second-largest city in the region.",
        "The town marked the 50th anniversary of the flood.",
        "She began her third term as mayor in the spring.",
        "Sales of the ferry line fell in the fourth quarter.",
        "First responders reached the flooded valley within minutes.",
        "It was the first of two storms to hit the coast.",
        "One in five homes along the river lost power.",
        "The bakery on Third Street was shut by the flood.",
        "The witness pleaded the Fifth Amendment at the hearing.",
        "His grandfather died in World War II.",
        "A sixth passenger was booked on the flight but never boarded.",
        "Police are still searching for a second suspect.",
        "The first person died on the ward on Monday.",
        "He was the second man to climb the peak in winter.",
        "The third patient was discharged on Friday.",
        "The fourth runner crossed the line in tears.",
        "In the second case, a man was arrested at his farm.",
        # "the" and an ordinal count over a wider scope than the event told
        "A Dorval officer was shot dead on Monday, the fifth officer killed in the line of duty.",
        "He was the third journalist killed in the state.",
        "The second death in the family devastated her.",
        "She was the 120th hiker to die in the desert this year.",
        # a victim is no death unless a word of death follows
        "The second victim was his brother and survived.",
        "A third victim was shot in the arm.",
        "Police said a third victim survived.",
        "A third victim came forward to accuse the coach.",
        "A second victim of the scam spoke to reporters.",
        # an ordinal before a noun of what is counted, with no verb after it, is none
        "A second death in the family devastated her.",
    ],
)
def test_an_ordinal_that_tells_no_count_so_far_is_none(sentence):
    assert not [c for c in quantities(sentence) if c.qualifier == "ordinal"]


# An arrest told by "the" and an ordinal is one of a series, not a figure.
@pytest.mark.parametrize("sentence", ["The fifth arrest came on Monday.", "It is the third arrest in the case."])
def test_the_ordinal_of_an_arrest_is_no_figure(sentence):
    assert quantities(sentence) == []


# A unit written as one capital letter right after its figure ("41°C.", "31 C.") ends a sentence where a capital
# opens the next one: after a degree sign always, after a bare figure where its clause names a temperature; a
# bracket after it restates it, and a letter after a figure of no temperature ("Room 12 C. Evans") is an initial.
@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Highs reached 41°C. The grid held.", ["Highs reached 41°C.", "The grid held."]),
        (
            "The pool's temperature hit 31 C. Crowds stayed home.",
            ["The pool's temperature hit 31 C.", "Crowds stayed home."],
        ),
        ("The mercury hit 104 F. Officials urged calm.", ["The mercury hit 104 F.", "Officials urged calm."]),
        (
            'Highs reached 49.6 C. "It was unbearable," she said.',
            ["Highs reached 49.6 C.", '"It was unbearable," she said.'],
        ),
        ("Temperatures fell to -5 C. Roads froze.", ["Temperatures fell to -5 C.", "Roads froze."]),
        (
            "Temperatures in Dawson reached 40 C. (104 F.) on Monday, the weather office said.",
            ["Temperatures in Dawson reached 40 C. (104 F.) on Monday, the weather office said."],
        ),
        ("Patients with Type 2 C. Smith said the drug helps.", ["Patients with Type 2 C. Smith said the drug helps."]),
        ("See Section 4 C. Jones wrote the opinion.", ["See Section 4 C. Jones wrote the opinion."]),
        ("Room 12 C. Evans answered the door.", ["Room 12 C. Evans answered the door."]),
        ("Player No. 7 F. Torres scored.", ["Player No. 7 F. Torres scored."]),
        ("Chapter 11 C. Johnson filed it.", ["Chapter 11 C. Johnson filed it."]),
        ("Woakes 45 C. Root did not bat.", ["Woakes 45 C. Root did not bat."]),
        ("In 1961 C. Wright Mills wrote a book.", ["In 1961 C. Wright Mills wrote a book."]),
        ("The talk by Agnes C. Ruiz drew 300.", ["The talk by Agnes C. Ruiz drew 300."]),
        ("Gate 4 B. Jones said it was shut.", ["Gate 4 B. Jones said it was shut."]),
    ],
)
def test_a_unit_letter_after_its_figure_ends_its_sentence(text, sentences):
    from claimcheck.extract.sentences import split_sentences

    assert [s.text for s in split_sentences(text)] == sentences


def test_a_date_after_a_unit_letter_takes_no_year_from_the_next_sentence():
    text = "On March 3, temperatures at the gauge reached 38 C. The old mark was set on May 9, 1952."
    [date] = [c for c in extract_document(doc(text)) if c.kind == "date" and c.text == "March 3"]
    assert not date.value.date.startswith("1952")


# A lone "one" before a person whose toll a clause then explains ("died while trying to escape") counts that person;
# "one man killed his wife" tells what one did, no toll.
@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Police say one climber died while descending the north face.", True),
        ("One worker was hurt when a crane arm swung loose.", True),
        ("One swimmer drowned because the lifeguard post was empty.", True),
        ("One resident died whilst sleeping.", True),
        ("One driver killed a cyclist on the bypass.", False),
        ("One passenger said the crew acted while the alarm rang.", False),
    ],
)
def test_a_lone_one_whose_toll_a_clause_explains_is_a_count(text, counted):
    assert any(c.text.lower() == "one" for c in quantities(text)) is counted


def test_a_clause_after_a_lone_ones_toll_is_no_part_of_what_it_counts():
    [one] = [c for c in quantities("One resident died whilst sleeping.") if c.text == "One"]
    assert "whilst" not in (one.counted or "")


@pytest.mark.parametrize(
    ("text", "figure", "as_of"),
    [
        # the day of a clause that tells the event with a verb of a structure's fall is the event's, not the count's
        ("Nine people died when the grandstand buckled on Saturday afternoon.", "Nine", None),
        ("Four workers were killed when the old viaduct came down last Friday.", "Four", None),
        ("Eleven people died when the mill wall crumbled on Monday.", "Eleven", None),
        # guards: a day the count's own clause states before the event's clause stays its frame
        ("Nine people had died by Sunday after the grandstand buckled.", "Nine", "2024-03-03"),
        ("Eleven people were rescued on Monday, days after the wall crumbled.", "Eleven", "2024-03-04"),
    ],
)
def test_the_day_a_structure_crumbled_or_buckled_is_the_events(text, figure, as_of):
    """The day of a clause after "when" that tells a structure's fall ("crumbled", "buckled", "came down") is the
    event's, not the time frame of the count before it."""
    [claim] = [c for c in quantities(text, published=dt.date(2024, 3, 7)) if c.text == figure]
    assert claim.as_of == as_of, (claim.time, claim.as_of)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a scale's noun before another noun after the colon: a count of things of that scale, no magnitude
        ("— 5: Magnitude 7 quakes recorded this year.", "5"),
        ("— 12: Magnitude-4 aftershocks since Monday.", "12"),
        ("• 8: Magnitude 3 tremors felt in the town since June.", "8"),
    ],
)
def test_a_figure_before_a_scale_named_with_its_own_figure_is_no_measure_of_that_scale(text, surface):
    figure = find(quantities(text, published=dt.date(2026, 3, 4)), surface)
    assert figure.unit is None and figure.canonical is None, (figure.unit, figure.canonical)


@pytest.mark.parametrize(
    ("text", "surface", "scale"),
    [
        ("— 6.1: Magnitude of the tremor under the dam.", "6.1", "magnitude"),
        ("— 4.4: Magnitude.", "4.4", "magnitude"),
        ("Magnitude of the aftershock: 5.2", "5.2", "magnitude"),
    ],
)
def test_a_scale_named_alone_or_before_of_is_the_figures_scale(text, surface, scale):
    figure = find(quantities(text, published=dt.date(2026, 3, 4)), surface)
    assert scale in {figure.unit, figure.canonical.unit if figure.canonical else None}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a measure's label with no unit names no count
        ("Containment: 40", "40"),
        ("Temperature: 41", "41"),
        ("Depth: 10", "10"),
        ("Magnitude of the quake: 6.8", "6.8"),
        ("Rainfall - 120", "120"),
        # a rate's label names no count either
        ("Price per night: $140", "$140"),
        ("Fee per pupil: 40", "40"),
    ],
)
def test_a_measure_or_a_rate_in_a_label_is_not_what_its_figure_counts(text, surface):
    figure = find(quantities(text, published=dt.date(2026, 3, 4)), surface)
    assert figure.counted is None, figure.counted


@pytest.mark.parametrize(
    ("text", "surface", "counted"),
    [("Deaths: 40", "40", "deaths"), ("Homes flooded - 120", "120", "homes flooded"), ("Arrests: 14", "14", "arrests")],
)
def test_a_count_in_a_label_is_still_what_its_figure_counts(text, surface, counted):
    figure = find(quantities(text, published=dt.date(2026, 3, 4)), surface)
    assert (figure.counted or "").lower() == counted


@pytest.mark.parametrize(
    ("text", "surface", "noun", "has"),
    [
        # two measures listed as attributes of one noun, a comma between: the noun is the first one's too
        ("The pilgrims reached Orsk after a 12-day, 300-mile march.", "12-day", "march", True),
        ("The probe ended an eight month, 350-million-mile flight on Sunday.", "eight month", "flight", True),
        ("The crew finished the uneventful nine-month, 240-kilometre trek in Velden.", "nine-month", "trek", True),
        # a span in the plural is no attribute: the comma ends its clause
        ("After six months, 12-year-old Ana was found alive in Orsk.", "six months", "Ana", False),
        ("The rescue took three days, 15-metre waves hampering the divers.", "three days", "waves", False),
        # nor a single unit with no hyphen ("a day")
        ("The rescue took a day, 15-metre waves hampering the divers.", "a day", "waves", False),
        ("The walkers began a 3-hour, 2-mile climb to the summit.", "3-hour", "climb", True),
        ("The bank sold $500 million of 2.5 percent, five-year notes on Tuesday.", "2.5 percent", "notes", True),
        ("The team made a one-day, 40-mile march to the border.", "one-day", "march", True),
        # no attribute after the comma: the comma still ends the phrase
        ("The strike lasted a day, and 300 flights were cancelled.", "300", "strike", False),
        # the object of a verb or a preposition is no attribute listed before another
        ("Winds reached 120 mph, 30-foot waves having initially been forecast.", "120 mph", "waves", False),
        ("After a wait of six months, 12-year-old Ana was found alive in Orsk.", "six months", "Ana", False),
        # nor a figure of one with no hyphen
        ("The team made a 1 day, 40-mile march to the border.", "1 day", "march", False),
    ],
)
def test_a_measure_listed_before_another_as_attribute_of_one_noun_reaches_that_noun(text, surface, noun, has):
    figure = find(quantities(text, published=dt.date(2026, 3, 4)), surface)
    assert (noun in (figure.phrase or "")) is has, figure.phrase


@pytest.mark.parametrize(
    ("text", "surface", "phrase"),
    [
        # the words after the next figure's noun are not the first figure's: no earlier stage of it
        (
            "The ship sailed a 12-day, 300-mile voyage originally planned to take 10 days.",
            "12-day",
            "The ship sailed a 12-day, 300-mile voyage",
        ),
        (
            "The probe ended an eight month, 350-million-mile flight first planned for 2025.",
            "eight month",
            "The probe ended an eight month, 350-million-mile flight",
        ),
        # a measure that is a verb's or a preposition's object ends at the comma
        ("Winds reached 120 mph, 30-foot waves having initially been forecast.", "120 mph", "Winds reached 120 mph"),
        (
            "The fire burned for 1 hour, 300-metre flames originally reported by witnesses.",
            "1 hour",
            "The fire burned for 1 hour",
        ),
    ],
)
def test_a_measure_listed_before_another_takes_no_words_past_the_noun(text, surface, phrase):
    from claimcheck.checks.frames import replaced

    figure = find(quantities(text, published=dt.date(2026, 3, 4)), surface)
    assert figure.phrase == phrase
    assert not replaced(figure)


def test_extraction_on_an_airport_s_cost_and_opening_dates_and_a_mars_rover_s_landing_keeps_its_floor():
    # `discrepancies-news-84`: 119 figures and dates. Missed: "six-billion-eùro" (a page's letters mangled), "2021" of
    # "for 2021 to 2024", "212 million euros" after "the main terminal", "2040" of "the master plan for 2040", "31.
    # October 2020", "week-long", "352 million: Miles", and "in December" of a plan told in May (read as the December
    # before).
    from claimcheck.corpus import load_corpus
    from claimcheck.evaluate import evaluate, load_gold
    from claimcheck.extract import extract

    corpus = Path(__file__).parent / "corpora" / "discrepancies-news-84"
    score = evaluate(load_gold(corpus / "gold.yaml"), None, extract(load_corpus([corpus / "corpus.txt"])))
    assert score.extraction["quantity"]["gold"] == 79 and score.extraction["date"]["gold"] == 40
    assert score.extraction["quantity"]["found"] >= 75 and score.extraction["date"]["found"] >= 36


# An editor's insertion in square brackets between a figure and its noun ("2 [pro-government] soldiers") leaves the
# noun after it the figure's.
@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        ('"We lost 12 [municipal] firefighters in the blaze," the mayor said.', "12", "firefighters"),
        ('"They sent 300 [riot] police to the square," she said.', "300", "police"),
        ('"Officers seized 40 [stolen] cars from the yard," he said.', "40", "cars"),
        ('"The firm hired 20 [seasonal] workers last year," she said.', "20", "workers"),
    ],
)
def test_a_bracketed_insertion_before_the_noun_leaves_it_the_figures(text, figure, counted):
    assert find(quantities(text), figure).counted == counted


# Brackets that are part of the figure (a number, a scale, a unit or currency), that open with a stop word, that hold
# many words, or that stand before a unit or currency, are no insertion: the figure is read as without them.
@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        ("We paid 5 [million] dollars for the land.", "5", None),
        ("Over 300 [thousand] people came to the rally.", "Over 300", None),
        ("We walked 20 [kilometres] miles that day.", "20", None),
        ("It cost 12 [US] dollars per person.", "12", "cost"),
        ("The 2 [two] sisters ran the shop.", "2", None),
        ("They bought 3 [1] houses in the town.", "3", None),
        ("at 5 [in the morning] police arrived.", "5", None),
        (
            "The council approved 15 [of the 20 proposals put forward by the mayor and her office] on Monday.",
            "15",
            None,
        ),
    ],
)
def test_brackets_that_are_part_of_the_figure_or_a_clause_are_no_insertion(text, figure, counted):
    assert find(quantities(text), figure).counted == counted


DISCREPANCIES_NEWS_87 = Path(__file__).parent / "corpora" / "discrepancies-news-87"


def test_extraction_on_a_landslide_s_toll_and_a_chipmaker_s_job_cuts_keeps_its_floor():
    # `discrepancies-news-87`: the landslide that buried Yambali in Papua New Guinea (May and June 2024) and Intel's
    # job cuts of August 2024. Every figure and date is read.
    from claimcheck import extract, load_corpus
    from claimcheck.evaluate import evaluate, load_gold

    documents = load_corpus([DISCREPANCIES_NEWS_87 / "corpus.txt"])
    score = evaluate(load_gold(DISCREPANCIES_NEWS_87 / "gold.yaml"), None, extract(documents, ["quantity", "date"]))
    assert score.extraction["quantity"]["found"] >= 101, score.missed_claims
    assert score.extraction["date"]["found"] >= 29, score.missed_claims


DISCREPANCIES_NEWS_89 = Path(__file__).parent / "corpora" / "discrepancies-news-89"


def test_extraction_on_a_uranium_plant_s_accident_and_a_locust_upsurge_keeps_its_floor():
    # `discrepancies-news-89`: the Tokaimura accident of 1999 (distances in miles and kilometres, multiples of normal
    # radiation, counts kept indoors, evacuated and exposed) and the locusts of 2020 (swarms in kilometres and miles,
    # hectares and acres, a length a day, months to come). Missed: "a mile or so", "One of the three workers", the
    # March of a sentence that a speaker's verb ends and the June of "fears that by June, the swarms could grow"
    # (a modal after a fronted date is as often a past: "Until March, visitors could enter").
    from claimcheck import extract, load_corpus
    from claimcheck.evaluate import evaluate, load_gold

    documents = load_corpus([DISCREPANCIES_NEWS_89 / "corpus.txt"])
    score = evaluate(load_gold(DISCREPANCIES_NEWS_89 / "gold.yaml"), None, extract(documents, ["quantity", "date"]))
    assert score.extraction["quantity"]["found"] >= 97, score.missed_claims
    assert score.extraction["date"]["found"] >= 14, score.missed_claims


DISCREPANCIES_NEWS_88 = Path(__file__).parent / "corpora" / "discrepancies-news-88"


def test_extraction_on_a_volcano_s_eruption_and_a_record_football_transfer_keeps_its_floor():
    # `discrepancies-news-88`: Mount Agung's eruption of November 2017 (heights in feet, metres and miles, counts of
    # passengers, flights and evacuees) and Neymar's transfer of August 2017 (sums in euros, pounds and dollars
    # written "£198million", "222 mn euros", "£89 mn"): every annotated figure and date is read.
    from claimcheck import extract, load_corpus
    from claimcheck.evaluate import evaluate, load_gold

    documents = load_corpus([DISCREPANCIES_NEWS_88 / "corpus.txt"])
    score = evaluate(load_gold(DISCREPANCIES_NEWS_88 / "gold.yaml"), None, extract(documents, ["quantity", "date"]))
    assert score.extraction["quantity"]["found"] >= 98, score.missed_claims
    assert score.extraction["date"]["found"] >= 23, score.missed_claims


DISCREPANCIES_NEWS_90 = Path(__file__).parent / "corpora" / "discrepancies-news-90"


def test_extraction_on_a_protest_crackdown_and_a_teachers_strike_keeps_its_floor():
    # `discrepancies-news-90`: the dead of Sudan's crackdown of June 2019, counted by a doctors' committee and the
    # health ministry, and the Chicago teachers' strike of October 2019. Missed: the lone "one case" of a state's
    # toll, a month used as an adjective ("a three-week June strike") and the year of "Lightfoot's 2020 budget".
    from claimcheck import extract, load_corpus
    from claimcheck.evaluate import evaluate, load_gold

    documents = load_corpus([DISCREPANCIES_NEWS_90 / "corpus.txt"])
    score = evaluate(load_gold(DISCREPANCIES_NEWS_90 / "gold.yaml"), None, extract(documents, ["quantity", "date"]))
    assert score.extraction["quantity"]["found"] >= 102, score.missed_claims
    assert score.extraction["date"]["found"] >= 38, score.missed_claims


DISCREPANCIES_NEWS_86 = Path(__file__).parent / "corpora" / "discrepancies-news-86"


def test_extraction_on_a_failed_coup_and_a_national_budget_keeps_its_floor():
    # `discrepancies-news-86`: the dead and arrests of Turkey's failed coup of July 2016 and India's budget of
    # 1 February 2018. Missed: financial years written "2017-18", "2018/19", "FY18-19" (no date of their own), the
    # year of "Budget 2018" in headlines, "10-yr", and sums after a garbled rupee sign ("J22 lakh crore").
    from claimcheck import extract, load_corpus
    from claimcheck.evaluate import evaluate, load_gold

    documents = load_corpus([DISCREPANCIES_NEWS_86 / "corpus.txt"])
    score = evaluate(load_gold(DISCREPANCIES_NEWS_86 / "gold.yaml"), None, extract(documents, ["quantity", "date"]))
    assert score.extraction["quantity"]["found"] >= 119, score.missed_claims
    assert score.extraction["date"]["found"] >= 21, score.missed_claims


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The herd walked 40 miles a day across the plain.", "40 miles a day", "miles per day"),
        ("The lava flow advanced 200 metres per day towards the village.", "200 metres per day", "metres per day"),
        ("The pilgrims covered 25 kilometres each day.", "25 kilometres each day", "kilometres per day"),
        # the other unit set off by commas between the length and its day
        (
            "Caribou can travel 55 kilometers, or 34 miles, each day in spring.",
            "55 kilometers, or 34 miles, each day",
            "kilometres per day",
        ),
    ],
)
def test_a_length_a_day_is_a_speed(text, figure, unit):
    """A length over a day is a speed of its own, not a bare count of kilometres: "40 miles a day" keeps its unit
    and agrees with "64 kilometres a day"."""
    claim = find(quantities(text), figure)
    assert (claim.unit, claim.counted) == (unit, None), claim
    assert claim.canonical is not None and claim.canonical.unit == "meter / second"


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The team ran 10 km each way.", "10 km", "km"),
        ("He swam 3 km each morning before work.", "3 km", "km"),
        (
            "The road runs 130 kilometers, or 80 miles, from the city to the coast.",
            "130 kilometers, or 80 miles",
            "kilometers",
        ),
        ("The shoreline retreated 2 metres a year ago.", "2 metres", "metres"),
        # a length over a time the lexicon names no speed for keeps its unit, whatever word joins them
        ("The herd moved 500 kilometres each month.", "500 kilometres", "kilometres"),
        ("Volunteers walked 10 miles each week to deliver food.", "10 miles", "miles"),
        ("The glacier slid 40 metres per month last summer.", "40 metres", "metres"),
        ("The couriers cycle 60 km a week across the city.", "60 km", "km"),
    ],
)
def test_a_length_without_a_day_after_it_stays_a_length(text, figure, unit):
    claim = find(quantities(text), figure)
    assert claim.unit == unit, claim


@pytest.mark.parametrize(
    ("text", "figure", "scope"),
    [
        ("The festival is held in Galway, whose population is 80,000.", "80,000", "Galway"),
        ("The mine is in Kiruna, which has a population of about 23,000.", "about 23,000", "Kiruna"),
        ("Most of the staff live in Port Talbot, which had a population of 37,000 in 2011.", "37,000", "Port Talbot"),
        ("The clinic opened in Tromso, which has a population of 77,000 people.", "77,000", "Tromso"),
    ],
)
def test_a_population_in_a_relative_clause_is_its_place(text, figure, scope):
    """ "in Kiruna, which has a population of about 23,000": the place the clause hangs on is the figure's, so that
    a town's people are not compared with those of a zone around it ("25,000 residents within a 10 km radius")."""
    claim = find(quantities(text), figure)
    assert claim.scope == scope, claim


@pytest.mark.parametrize(
    "text",
    [
        "Voters backed Smith, whose population is 80,000.",
        "On Monday, which has a population of 5,000, the fair opens.",
        "The storm hit Kerala, which had a population of 33 million in 2011.",
    ],
)
def test_a_relative_clause_after_no_place_names_none(text):
    [claim] = [c for c in quantities(text) if c.counted == "population"]
    assert claim.scope is None, claim


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Rangers counted lions in Kruger Park, which has a population of 300 lions.", "300"),
        ("Divers surveyed the reef near Coral Bay, which has a population of 2,000 turtles.", "2,000"),
    ],
)
def test_a_relative_clause_counting_no_people_gives_no_place(text, figure):
    """ "Kruger Park, which has a population of 300 lions": a noun after the figure that names no people makes it a
    count of something else, not the park's population."""
    claim = find(quantities(text), figure)
    assert claim.scope is None, claim
