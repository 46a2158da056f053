"""Rule selection and comparison on articles written for these tests: what a rule's keys read, how a
tolerance is read per kind, and what a figure's own phrase decides."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from claimcheck.corpus import load_corpus
from claimcheck.engine.pipeline import check
from claimcheck.errors import RuleError
from claimcheck.extract import extract
from claimcheck.rules import load_rules
from claimcheck.rules.select import has_term


def article(title: str, outlet: str, date: str, *paragraphs: str) -> str:
    return f"{title}\n\n{outlet}\n{date}\n\n" + "\n\n".join(paragraphs) + "\n\n\n"


def run(tmp_path: Path, corpus: str, rules: str):
    (tmp_path / "corpus.txt").write_text(corpus, encoding="utf-8")
    (tmp_path / "rules.yaml").write_text(textwrap.dedent(rules), encoding="utf-8")
    documents = load_corpus([tmp_path / "corpus.txt"])
    claims = extract(documents)
    return check(documents, claims, load_rules([tmp_path / "rules.yaml"])), claims


def flagged(report, rule: str) -> list[set[str]]:
    return [{c.text for c in f.claims} for f in report.findings if f.rule == rule]


def selected(report, rule: str, claims) -> set[str]:
    ids = {i for v in report.verdicts if v.rule == rule for i in v.claims}
    return {c.text for c in claims if c.id in ids}


def rule_error(tmp_path: Path, rules: str) -> str:
    (tmp_path / "bad.yaml").write_text(textwrap.dedent(rules), encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_rules([tmp_path / "bad.yaml"])
    return str(info.value)


ELECTION = article(
    "Turnout up in regional vote",
    "Valley Courier",
    "May 12 2024",
    "Turnout reached 61 percent, the electoral commission said, and 48,000 people voted by post.",
) + article(
    "Regional poll draws voters",
    "Hill Gazette",
    "May 12 2024",
    "The electoral commission put turnout at 67% on Sunday, with 52,000 postal ballots.",
)


def test_a_unit_selects_only_figures_with_that_unit(tmp_path):
    report, claims = run(
        tmp_path,
        ELECTION,
        """
        rules:
          - id: turnout
            title: Turnout
            kind: quantity
            select: {sentence: [turnout], unit: percent}
            compare: {tolerance: 2%}
        """,
    )
    assert selected(report, "turnout", claims) == {"61 percent", "67%"}
    assert flagged(report, "turnout") == [{"61 percent", "67%"}]


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        ("select: {unit: kmz}", "unknown unit 'kmz' (did you mean 'km'?)"),
        ("select: {unit: cubits}", "unknown unit 'cubits'"),
        # the dimensions are named, so "time" finds its way to "duration"
        ("select: {unit: time}", "a dimension (area, charge, data, data rate, duration,"),
        ("compare: {tolerance: 2 furlongs}", "unknown unit 'furlongs' in tolerance"),
        ("kind: date\n    compare: {tolerance: 10%}", "a date rule's tolerance is a number of days"),
        ("kind: name\n    compare: {tolerance: '3'}", "a name rule has no tolerance"),
        ("select: {value: [50, 10]}", "value is [low, high] with low <= high"),
    ],
)
def test_rules_that_cannot_mean_anything_are_refused(tmp_path, rules, message):
    kind = "" if "kind:" in rules else "kind: quantity\n    "
    text = f"rules:\n  - id: r\n    title: R\n    {kind}{rules}\n"
    error = rule_error(tmp_path, text)
    assert message in error and "bad.yaml:" in error and "\n" not in error


FERRIES = (
    article(
        "Ferry routes extended",
        "Island Post",
        "Jun 3 2024",
        "The new ferry route runs 41 km from the harbour to the outer island.",
    )
    + article(
        "Longer crossings for islanders",
        "Coastal Daily",
        "Jun 3 2024",
        "The crossing now covers 42.5 kilometres from the harbour to the outer island.",
    )
    + article(
        "Islanders face longer trip",
        "Sound Weekly",
        "Jun 3 2024",
        "The route is 45 km from the harbour to the outer island.",
    )
)


def test_an_absolute_tolerance_can_carry_a_unit(tmp_path):
    report, _ = run(
        tmp_path,
        FERRIES,
        """
        rules:
          - id: route
            title: Route length
            kind: quantity
            select: {sentence: [harbour], unit: length}
            compare: {tolerance: 2 km, report: pairs}
        """,
    )
    pairs = flagged(report, "route")
    assert {"41 km", "45 km"} in pairs and {"42.5 kilometres", "45 km"} in pairs
    assert {"41 km", "42.5 kilometres"} not in pairs  # 1.5 km apart


FIRE = article(
    "Crews battle hillside blaze",
    "Ridge Herald",
    "Aug 9 2024",
    "Between 300 and 350 firefighters fought the blaze on Friday, the fire service said.",
) + article(
    "Wildfire spreads near town",
    "Canyon Times",
    "Aug 9 2024",
    "Some 120 firefighters fought the blaze on Friday, the fire service said.",
)


def test_an_explicit_range_is_compared_without_vague(tmp_path):
    report, _ = run(
        tmp_path,
        FIRE,
        """
        rules:
          - id: crews
            title: Firefighters at the blaze
            kind: quantity
            select: {counted: [firefighters]}
            compare: {tolerance: 10%}
        """,
    )
    assert flagged(report, "crews") == [{"Between 300 and 350", "Some 120"}]


DAM = article(
    "Dam inspection after floods",
    "Delta Observer",
    "Mar 4 2024",
    "Engineers said 64 homes were evacuated below the dam, based on calls from relatives of the residents.",
    "The district's engineers counted 12 cracks in the wall.",
) + article(
    "Families leave homes below dam",
    "Plains Tribune",
    "Mar 4 2024",
    "Authorities said 80 homes were evacuated below the dam.",
    "In a separate count, relatives reported 9 homes evacuated upstream.",
)


def test_not_reads_the_figures_own_phrase_and_words_match_possessives(tmp_path):
    report, claims = run(
        tmp_path,
        DAM,
        """
        rules:
          - id: evacuated
            title: Homes evacuated below the dam
            kind: quantity
            select: {counted: [homes], predicate: [evacuated], not: [relatives, upstream]}
            compare: {tolerance: 5%}
          - id: cracks
            title: Cracks counted by the district
            kind: quantity
            select: {sentence: [district], counted: [cracks]}
        """,
    )
    assert selected(report, "evacuated", claims) == {"64", "80"}  # "relatives" is not about 64
    assert flagged(report, "evacuated") == [{"64", "80"}]
    assert selected(report, "cracks", claims) == {"12"}  # "district's" is "district"


WRECK = article(
    "Wreck found off the cape",
    "Harbour Watch",
    "Feb 2 2025",
    "Divers found the wreck at a depth of 60 metres, 12 km south of the harbour.",
) + article(
    "Old trawler located",
    "Sea Reporter",
    "Feb 2 2025",
    "The trawler lies 85 metres deep, about 12 kilometres south of the harbour.",
)


def test_sentence_words_belong_to_the_figure_they_stand_by(tmp_path):
    report, claims = run(
        tmp_path,
        WRECK,
        """
        rules:
          - id: depth
            title: Depth of the wreck
            kind: quantity
            select: {sentence: [depth, deep], unit: length}
          - id: distance
            title: Distance from the harbour
            kind: quantity
            select: {sentence: [south, harbour], unit: length}
        """,
    )
    assert selected(report, "depth", claims) == {"60 metres", "85 metres"}
    assert selected(report, "distance", claims) == {"12 km", "about 12 kilometres"}
    assert flagged(report, "depth") == [{"60 metres", "85 metres"}] and not flagged(report, "distance")


BUDGET = article(
    "Councils set budgets",
    "County Ledger",
    "Jan 20 2025",
    "Northfield council approved a budget of 12 million euros, according to the finance office.",
    "Southfield council approved a budget of 9 million euros, according to the mayor.",
) + article(
    "Budget season ends",
    "Metro Bulletin",
    "Jan 20 2025",
    "Northfield council approved a budget of 14 million euros, according to the finance office.",
)


def test_outlet_document_and_value_keys(tmp_path):
    rules = """
        rules:
          - id: budget
            title: Council budget
            kind: quantity
            select: {sentence: [budget], value: [10000000, 20000000], outlet: [County Ledger, Metro Bulletin]}
          - id: ledger-only
            title: Budgets in one outlet
            kind: quantity
            select: {sentence: [budget], outlet: [ledger]}
          - id: by-document
            title: Budgets by document
            kind: quantity
            select: {sentence: [budget], document: ["metro-bulletin-*"]}
        """
    report, claims = run(tmp_path, BUDGET, rules)
    assert selected(report, "budget", claims) == {"12 million euros", "14 million euros"}
    assert selected(report, "ledger-only", claims) == {"12 million euros", "9 million euros"}
    assert selected(report, "by-document", claims) == {"14 million euros"}


FLOOD = article(
    "Floods kill dozens across the north",
    "River Post",
    "Apr 3 2025",
    "Floods have killed 54 people across the north, officials said.",
    "In Kessel province, the toll rose to 31 while the number of people injured reached 210.",
) + article(
    "Northern floods: toll climbs",
    "Plains Daily",
    "Apr 3 2025",
    "The floods have killed 54 people and injured 260, the civil defence agency said.",
    "Officials in Kessel province said 31 had died there and 210 were hurt in the province.",
)

WILDFIRE = article(
    "Wildfire forces thousands out",
    "Coast Herald",
    "Aug 9 2025",
    "The fire has destroyed 420 homes, the fire service said.",
    "Marlow county lost 150 of them; the county's sheriff said 35 people were treated for burns.",
) + article(
    "Fire destroys hundreds of homes",
    "Ridge Times",
    "Aug 9 2025",
    "The blaze has destroyed 420 homes and 61 people needed treatment for burns.",
)


@pytest.mark.parametrize(
    ("corpus", "rule", "kept", "left_out"),
    [
        (FLOOD, "select: {predicate: [injured, hurt], not: [Kessel]}", {"260"}, {"210"}),
        (WILDFIRE, "select: {predicate: [treated, treatment], not: [Marlow]}", {"61"}, {"35"}),
    ],
)
def test_not_reads_the_place_a_figure_states(tmp_path, corpus, rule, kept, left_out):
    """A place word in `not:` leaves out the figures stated for that place, also when the phrase itself
    only says "the province's" or "there"."""
    report, claims = run(
        tmp_path,
        corpus,
        f"""
        rules:
          - id: total
            title: The whole event's figure
            kind: quantity
            {rule}
        """,
    )
    chosen = selected(report, "total", claims)
    assert kept <= chosen and not (left_out & chosen)


@pytest.mark.parametrize(
    ("text", "term", "found"),
    [
        ("Nearly 2 million marched through the capital", "two million", True),
        ("two million voters stayed home", "2 million", True),
        ("The ferry carried 12 crew and forty passengers", "40 passengers", True),
        ("The ferry carried 12 crew and 14 passengers", "forty passengers", False),
    ],
)
def test_words_match_numbers_written_in_words_or_digits(text, term, found):
    assert has_term(text, term) is found


MARCHES = article(
    "Second march draws 2 million",
    "City Wire",
    "Jun 20 2025",
    "Organisers said 2 million people joined the march on Sunday.",
    "A week earlier, 900,000 people had marched along the same route.",
) + article(
    "Huge crowds march again",
    "Metro Voice",
    "Jun 20 2025",
    "About 1 million people marched a week earlier, organisers said.",
)


def test_a_not_word_in_words_leaves_out_a_figure_written_in_digits(tmp_path):
    report, claims = run(
        tmp_path,
        MARCHES,
        """
        rules:
          - id: first-march
            title: Turnout of the first march
            kind: quantity
            select: {sentence: [marched, march], unit: none, not: [two million]}
          - id: second-march
            title: Turnout of the second march
            kind: quantity
            select: {sentence: [two million], unit: none}
        """,
    )
    chosen = selected(report, "first-march", claims)
    assert "900,000" in chosen and "2 million" not in chosen
    assert selected(report, "second-march", claims) == {"2 million"}


STORM_BREAKDOWN = article(
    "Storm toll rises",
    "Coast Herald",
    "Feb 11 2025",
    "The toll in the Marlow storm reached 64 on Tuesday.",
    "The storm killed 41 people in Marlow and 23 in Brenmoor, the civil defence said.",
) + article(
    "Storm lashes Marlow",
    "Ridge Times",
    "Feb 11 2025",
    "The storm killed 38 people in Marlow, officials said.",
)

MARCH_BREAKDOWN = article(
    "Nurses march in Lyon",
    "Plains Daily",
    "May 2 2025",
    "Nurses marched in Lyon on Thursday as the union counted 250,000 marchers nationwide.",
    "Police counted 18,000 marchers in Lyon and 9,000 in Nantes.",
) + article(
    "Nurses take to the streets",
    "River Post",
    "May 2 2025",
    "Some 21,000 marchers filled the streets of Lyon, police said.",
)


@pytest.mark.parametrize(
    ("corpus", "select", "place", "whole", "part"),
    [
        (STORM_BREAKDOWN, "predicate: [killed, toll]", "Marlow", "64", "41"),
        (MARCH_BREAKDOWN, "counted: [marchers]", "Lyon", "250,000", "18,000"),
    ],
)
def test_an_unplaced_figure_beside_a_breakdown_by_place_is_the_whole(tmp_path, corpus, select, place, whole, part):
    """An article that gives a count for two places or more ("41 in Marlow and 23 in Brenmoor") gives its
    unplaced count as the whole they are parts of: the article's own place does not stand for it, so a rule
    for that place does not take it, and one that leaves the place out keeps it."""
    report, claims = run(
        tmp_path,
        corpus,
        f"""
        rules:
          - id: place
            title: The place's own figure
            kind: quantity
            select: {{{select}, scope: [{place}]}}
          - id: whole
            title: The whole event's figure
            kind: quantity
            select: {{{select}, not_scope: [{place}]}}
        """,
    )
    assert part in selected(report, "place", claims) and whole not in selected(report, "place", claims)
    assert whole in selected(report, "whole", claims) and part not in selected(report, "whole", claims)


def test_a_year_in_a_word_list_may_be_written_unquoted_and_a_time_of_day_selected_by_its_unit(tmp_path):
    """YAML reads `not: [2004]` as a number: it is the word "2004". `unit: time of day` selects the hour a
    figure gives ("11.47 p.m."), as extraction names its unit."""
    corpus = article(
        "Quake strikes at night",
        "Valley Courier",
        "Mar 5 2024",
        "The quake struck at 11.47 p.m. and killed 60 people.",
        "In 2004, a quake killed 80 people in the same valley.",
    ) + article("Night quake", "Hill Gazette", "Mar 5 2024", "The quake struck at 11.15 p.m., killing 60 people.")
    report, claims = run(
        tmp_path,
        corpus,
        """
        rules:
          - id: toll
            title: Deaths
            kind: quantity
            select: {predicate: [killed, killing], not: [2004]}
          - id: hour
            title: When the quake struck
            kind: quantity
            select: {unit: time of day}
        """,
    )
    assert selected(report, "toll", claims) == {"60"}
    assert selected(report, "hour", claims) == {"11.47 p.m.", "11.15 p.m."}
    assert flagged(report, "hour") == [{"11.47 p.m.", "11.15 p.m."}]


def test_a_rule_for_a_country_selects_its_figures_whatever_name_the_article_gives_it(tmp_path):
    corpus = article("Floods", "Daily One", "Mar 5 2024", "The floods affected 40,000 people in the UK.") + article(
        "Floods", "Daily Two", "Mar 5 2024", "Some 52,000 people in Britain were affected, and 9,000 in Ireland."
    )
    report, claims = run(
        tmp_path,
        corpus,
        """
        rules:
          - id: uk
            title: Those affected in the United Kingdom
            kind: quantity
            select: {predicate: [affected], scope: [United Kingdom]}
        """,
    )
    assert selected(report, "uk", claims) == {"40,000", "Some 52,000"}


def _in_window(tmp_path: Path, corpus: str, window: str) -> set[str]:
    report, claims = run(
        tmp_path,
        corpus,
        f"""
        rules:
          - id: window
            title: Figures of a time window
            kind: quantity
            select: {{sentence: [containers, revenue], {window}}}
        """,
    )
    return selected(report, "window", claims)


@pytest.mark.parametrize(
    ("window", "kept"),
    [
        ("before: 2025-10-01", True),  # the week of 15-21 September ends before October
        ("before: 2025-09-21", False),
        ("after: 2025-09-21", True),
        ("after: 2025-09-22", False),
    ],
)
def test_after_and_before_take_a_week_by_its_days(tmp_path, window, kept):
    corpus = article("Port busy", "Valley Courier", "Sep 24 2025", "Last week the port handled 41,000 containers.")
    corpus += article("Port traffic", "Hill Gazette", "Sep 25 2025", "The port handled 40,000 containers last week.")
    assert (_in_window(tmp_path, corpus, window) == {"41,000", "40,000"}) is kept


@pytest.mark.parametrize(
    ("window", "kept"),
    [
        ("after: 2025-07-01", True),
        ("after: 2025-09-30", True),
        ("after: 2025-10-01", False),  # the third quarter ended on 30 September
        ("before: 2025-10-01", True),
        ("before: 2025-09-30", False),
        ("after: 2025-01-01, before: 2026-01-01", True),
    ],
)
def test_after_and_before_take_a_quarter_by_its_days(tmp_path, window, kept):
    corpus = article(
        "Brewer results",
        "Valley Courier",
        "Nov 4 2025",
        "The brewer's revenue was 2.4 billion francs in the third quarter.",
    )
    corpus += article(
        "Brewer quarter",
        "Hill Gazette",
        "Nov 5 2025",
        "Third-quarter revenue at the brewer reached 2.5 billion francs.",
    )
    assert (_in_window(tmp_path, corpus, window) == {"2.4 billion francs", "2.5 billion francs"}) is kept


MOURNING = article(
    "Nation mourns mine victims",
    "Ridge Herald",
    "Aug 9 2024",
    "The government declared three days of national mourning after the mine blast in Tarsk.",
) + article(
    "Mine blast: mourning declared",
    "Canyon Times",
    "Aug 9 2024",
    "Five days of mourning began in Tarsk after the mine blast.",
)
ROADS = article(
    "Storm closes coast road",
    "Ridge Herald",
    "Aug 9 2024",
    "The storm closed 12 miles of the coast road near Varna.",
) + article(
    "Coast road shut",
    "Canyon Times",
    "Aug 9 2024",
    "The storm closed 20 miles of the coast road near Varna.",
)


@pytest.mark.parametrize(
    ("corpus", "unit", "words", "expected"),
    [
        (MOURNING, "day", "mourning", {"three days", "Five days"}),
        (ROADS, "mile", "coast road", {"12 miles", "20 miles"}),
    ],
)
def test_a_unit_named_in_the_singular_selects_its_plural(tmp_path, corpus, unit, words, expected):
    report, _ = run(
        tmp_path,
        corpus,
        f"""
        rules:
          - id: picked
            title: Picked by unit
            kind: quantity
            select: {{sentence: [{words}], unit: {unit}}}
            compare: {{tolerance: "0", time: any}}
        """,
    )
    assert expected in flagged(report, "picked"), flagged(report, "picked")


@pytest.mark.parametrize(
    "other",
    [
        "Relatives look at the wreckage of the train crash near Volen on Aug 9, 2024.",
        "Hundreds held a vigil for the victims of the train crash near Volen on Friday.",
    ],
)
def test_a_day_of_another_event_or_a_picture_is_not_the_event_s(tmp_path, other):
    corpus = article(
        "Train crash near Volen",
        "Ridge Herald",
        "Aug 9 2024",  # a Friday: the crash was on Wednesday 7 August
        "The train crash near Volen happened on Wednesday, killing 14 passengers.",
    ) + article("Volen mourns", "Canyon Times", "Aug 9 2024", other)
    report, _ = run(
        tmp_path,
        corpus,
        """
        rules:
          - id: crash-day
            title: Day of the crash
            kind: date
            select: {event: [crash]}
            compare: {tolerance: 0}
        """,
    )
    assert flagged(report, "crash-day") == [], flagged(report, "crash-day")


TOUR = article(
    "Stadium tour ends",
    "Music Weekly",
    "Sep 2 2024",
    "The tour grossed $412 million over its 60 dates, the promoter said.",
) + article(
    "Tour takings",
    "Stage Daily",
    "Sep 2 2024",
    "The promoter put the tour's gross at $398 million.",
)


@pytest.mark.parametrize(
    ("unit", "kept"), [("USD", set()), ("EUR", set()), ("dollar", {"$412 million", "$398 million"})]
)
def test_a_currency_code_does_not_select_a_dollar_sign_no_place_decided(tmp_path, unit, kept):
    # neither page names a country, so "$" may be any dollar (Canadian, Australian, Hong Kong…): a rule for US
    # dollars does not take it, whereas a rule for the family, "dollar", does
    report, claims = run(
        tmp_path,
        TOUR,
        f"""
        rules:
          - id: gross
            title: Tour gross
            kind: quantity
            select: {{sentence: [tour], unit: {unit}}}
            compare: {{tolerance: 1%}}
        """,
    )
    assert selected(report, "gross", claims) == kept


# "the previous estimate of", "an earlier estimate of": the sum an estimate was revised from, an earlier stage of it.
@pytest.mark.parametrize(
    "sentence",
    [
        "The updated estimate now stands at $1.453 billion, reflecting an increase from the previous estimate of "
        "$1.2 billion issued 90 days after the fire.",
        "The updated estimate now stands at $1.453 billion, up on an earlier estimate of $1.2 billion issued 90 days "
        "after the fire.",
    ],
)
def test_a_previous_estimate_is_an_earlier_stage_not_a_disagreement(tmp_path, sentence):
    corpus = article("Cost of the Ottawa museum's rebuild now at $1.45 billion", "Capital News", "Mar 9 2025", sentence)
    rules = """
        rules:
          - id: rebuild
            title: Cost of the rebuild
            kind: quantity
            select: {sentence: [rebuild, estimate], value: [1000000000, 2000000000]}
            compare: {tolerance: written, time: any, grows: true}
        """
    report, _ = run(tmp_path, corpus, rules)
    assert flagged(report, "rebuild") == []


# A currency's family ("dollar", "dollars") selects every currency of that family, the one a place decided
# ("$" in a Texas story is US dollars) as well as one no place decided; a code selects its own currency only.
STADIUM = article(
    "Arena plan approved",
    "Plains Herald",
    "Jun 3 2024",
    "Council members in Austin, Texas, approved the arena, which will cost $410 million.",
) + article(
    "Arena gets green light",
    "Metro Post",
    "Jun 3 2024",
    "The arena approved in Austin, Texas, will cost $460 million, officials said.",
)


@pytest.mark.parametrize(
    ("unit", "picked"),
    [("dollar", {"$410 million", "$460 million"}), ("dollars", {"$410 million", "$460 million"}), ("CAD", set())],
)
def test_a_currency_s_family_selects_every_currency_of_it(tmp_path, unit, picked):
    report, claims = run(
        tmp_path,
        STADIUM,
        f"""
        rules:
          - id: arena-cost
            title: Cost of the arena
            kind: quantity
            select: {{sentence: [arena], unit: {unit}}}
            compare: {{tolerance: "0"}}
        """,
    )
    assert {c.canonical.unit for c in claims if c.text.startswith("$")} == {"USD"}
    assert selected(report, "arena-cost", claims) == picked


def test_a_family_named_by_a_weight_s_word_selects_no_currency_a_place_decided(tmp_path):
    # "pound" is a weight too: a rule on pounds of a haul is no rule on sterling sums
    corpus = article(
        "Haul of cannabis seized",
        "Harbour News",
        "Feb 2 2025",
        "Officers in Leeds, England, seized £2 million of cannabis.",
    ) + article(
        "Cannabis haul found", "Dales Post", "Feb 2 2025", "Officers in Leeds, England, seized £5 million of cannabis."
    )
    rules = """
        rules:
          - id: haul-weight
            title: Weight of the cannabis seized
            kind: quantity
            select: {sentence: [cannabis], unit: pound}
            compare: {tolerance: "0"}
        """
    report, claims = run(tmp_path, corpus, rules)
    assert {c.canonical.unit for c in claims if c.text.startswith("£")} == {"GBP"}
    assert selected(report, "haul-weight", claims) == set()
