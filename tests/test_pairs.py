"""Which claims a check pairs and reports: a title that repeats its own article, one counter named two
ways, and the words that name what a figure counts."""

from __future__ import annotations

import pytest

from claimcheck.corpus import Document
from claimcheck.discover import facts_of
from claimcheck.extract import extract_document
from claimcheck.extract.words import stem, words_of
from claimcheck.models import QuantityClaim

from .test_selection import article, flagged, run

FLOOD_RULE = """
rules:
  - id: fled
    title: People who fled the floods
    kind: quantity
    select: {predicate: [fled, flee, evacuated]}
    compare: {tolerance: 5%, time: any, attributed: "off"}
"""


def test_a_title_that_repeats_its_body_is_reported_through_the_body(tmp_path):
    corpus = article(
        "Nearly 3,000 Flee Rising River",
        "Delta Times",
        "Apr 2 2025",
        "Nearly 3,000 people fled the rising river overnight, the fire service said.",
    )
    corpus += article(
        "River floods town", "Plains Herald", "Apr 2 2025", "About 4,500 people fled the town, the fire service said."
    )
    report, claims = run(tmp_path, corpus, FLOOD_RULE)
    [finding] = [f for f in report.findings if f.rule == "fled"]
    delta = next(c for c in finding.claims if c.doc.outlet == "Delta Times")
    assert delta.sentence.startswith("Nearly 3,000 people fled")  # the body, with its source
    assert {c.text for c in claims if c.doc.outlet == "Delta Times"} >= {"Nearly 3,000"}


def test_a_title_figure_the_body_does_not_repeat_is_compared(tmp_path):
    corpus = article("5,000 Evacuated As Dam Cracks", "Delta Times", "Apr 2 2025", "The dam cracked on Tuesday.")
    corpus += article("Dam cracks", "Plains Herald", "Apr 2 2025", "Some 1,200 people were evacuated, police said.")
    report, _ = run(tmp_path, corpus, FLOOD_RULE)
    assert flagged(report, "fled") == [{"5,000", "Some 1,200"}]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("estimates by union organisers", "the union organizer"),
        ("the fire brigade's own tally", "the fire brigade"),
    ],
)
def test_one_counter_named_two_ways_is_one_source(tmp_path, one, other):
    """With `attributed: off` figures of different counters are not compared; the same counter named with
    other words, or spelt the British way, is still one counter."""
    corpus = article("Strike", "Delta Times", "Apr 2 2025", f"Around 9,000 people fled the valley, according to {one}.")
    corpus += article(
        "Strike", "Plains Herald", "Apr 2 2025", f"Some 14,000 people fled the valley, according to {other}."
    )
    report, _ = run(tmp_path, corpus, FLOOD_RULE)
    assert flagged(report, "fled") == [{"Around 9,000", "Some 14,000"}]


def test_two_counters_stay_two(tmp_path):
    corpus = article(
        "Strike", "Delta Times", "Apr 2 2025", "Around 9,000 people fled the valley, according to organisers."
    )
    corpus += article(
        "Strike", "Plains Herald", "Apr 2 2025", "Some 14,000 people fled the valley, according to the police."
    )
    report, _ = run(tmp_path, corpus, FLOOD_RULE)
    assert not flagged(report, "fled")


def test_words_are_compared_singular_and_with_american_spelling():
    assert stem("organisers") == stem("organizers") == "organizer"
    assert words_of("mobilised civilisations") == words_of("mobilized civilizations")
    assert stem("advertised") == stem("advertized")


def figures(text: str) -> list[QuantityClaim]:
    """The quantity claims of one article made of `text`."""
    document = Document(id="d", outlet="Wire", title="t", format="digest", text=text, path="d.txt")
    return [c for c in extract_document(document, ["quantity"]) if isinstance(c, QuantityClaim)]


def counted(sentence: str) -> dict[str, str | None]:
    return {c.text: c.counted for c in figures(sentence)}


@pytest.mark.parametrize(
    ("sentence", "figure", "noun"),
    [
        ("Three other senior officials resigned on Friday.", "Three", "senior officials"),
        ("Police sent 200 additional officers to the border.", "200", "officers"),
        ("About 40 people drowned when the boat capsized.", "About 40", "people"),
        ("Some 12 children fell ill after the meal.", "Some 12", "children"),
    ],
)
def test_what_a_figure_counts_is_its_noun(sentence, figure, noun):
    assert counted(sentence)[figure] == noun


def test_residents_who_fled_are_displaced_and_the_remains_of_the_dead_are_no_population():
    found = facts(
        "Almost all of the 8,000 residents have fled the island. Rescuers recovered the remains of 31 people."
    )
    assert "displaced" in found["8,000"]
    assert "population" not in found["31"] and "deaths" in found["31"]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("the NWS", "the National Weather Service"),
        ("the U.N. refugee agency UNHCR", "the UN High Commissioner for Refugees"),
    ],
)
def test_an_acronym_and_the_name_it_stands_for_are_one_source(tmp_path, one, other):
    corpus = article("Storm", "Delta Times", "Apr 2 2025", f"Around 9,000 people fled the coast, according to {one}.")
    corpus += article(
        "Storm", "Plains Herald", "Apr 2 2025", f"Some 14,000 people fled the coast, according to {other}."
    )
    report, _ = run(tmp_path, corpus, FLOOD_RULE)
    assert flagged(report, "fled") == [{"Around 9,000", "Some 14,000"}]


RECORD_RULE = """
rules:
  - id: record
    title: Worst in how many years
    kind: quantity
    select: {sentence: [worst, deadliest], unit: duration}
    compare: {tolerance: "0", time: any}
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "At least 60 dead in the deadliest fire in 25 years.",
        "Some 3,000 homes lost in worst wildfire season in 25 years",
    ],
)
def test_a_superlative_belongs_to_the_span_after_it(tmp_path, sentence):
    corpus = article("Fire", "Delta Times", "Aug 2 2025", sentence)
    corpus += article("Fire", "Plains Herald", "Aug 2 2025", "It was the deadliest fire in 30 years, officials said.")
    report, _ = run(tmp_path, corpus, RECORD_RULE)
    assert flagged(report, "record") == [{"25 years", "30 years"}]


def facts(text: str) -> dict[str, list[str]]:
    return {c.text: facts_of(c) for c in figures(text)}


def test_what_happened_to_people_is_not_how_many_live_there_unless_the_figure_is_the_whole():
    found = facts(
        "Floods killed 52 residents of the valley. Marsh Bay, a town of some 40,000 people, was cut off. "
        "The 6,500 inhabitants of the island have been evacuated."
    )
    assert "deaths" in found["52"] and "population" not in found["52"]
    assert found["some 40,000"] == ["population"]
    assert {"displaced", "population"} <= set(found["6,500"])


def test_what_befalls_people_whoever_they_are_unless_their_noun_names_another_fact():
    found = facts(
        "Thirteen miners were killed in the blast. Police arrested 40 fans after the match. "
        "Some 300 were injured, with 5,000 survivors moving to shelters. In all, 12 tourists were rescued "
        "from the rubble."
    )
    assert found["Thirteen"] == ["deaths"]
    assert found["40"] == ["arrests"]
    assert "injured" not in found["5,000"] and found["5,000"] == ["displaced"]  # where they went, not who
    assert "rescued" in found["12"]


def test_a_whole_is_what_its_relative_clause_says_and_the_part_what_the_sentence_says():
    found = facts(
        "Four of the 25 miners who were trapped in the shaft have been rescued. "
        "Two of the 12 prisoners who escaped on Monday were recaptured. "
        "By noon, two of the 11 were captured."
    )
    assert found["Four"] == ["rescued"] and found["25"] == ["trapped"]
    assert found["Two"] == ["captured"] and found["12"] == ["escaped"]
    assert found["11"] == []  # a whole with no noun refers back to a count named before


def test_what_befell_a_count_is_read_after_the_clause_joined_before_it():
    found = facts(
        "One worker is dead and more than 40 were hurt in the blast. "
        "Gas leak kills three, injures 41 at fertiliser plant. "
        "Two crew members are missing but 18 were rescued by a trawler."
    )
    assert found["more than 40"] == ["injured"]
    assert found["41"] == ["injured"] and found["three"] == ["deaths"]
    assert found["18"] == ["rescued"]


def test_a_length_measures_what_is_named_beside_it_not_what_its_clause_speaks_of():
    found = facts(
        "The truck plunged into a deep ravine near the pass, about 40 km from the nearest town. "
        "The wreck lay at a depth of 30 metres, close to the southern shore. "
        "The ferry sank in deep water some 12 miles off the coast."
    )
    assert found["about 40 km"] == ["distance"]
    assert found["30 metres"] == ["depth"]
    assert found["some 12 miles"] == ["distance"]


def test_a_count_of_an_occupation_is_a_part_of_the_people_counted():
    from claimcheck.rules.facts import _subgroup, stem

    claims = {
        c.text: c
        for c in figures(
            "The fire killed 14 people, among them two nurses. Three journalists and a driver were hurt in the "
            "ambush, which wounded 11 people."
        )
    }
    assert _subgroup(claims["two"]) == stem("nurses")
    assert _subgroup(claims["Three"]) == stem("journalists")
    assert _subgroup(claims["14"]) == "" and _subgroup(claims["11"]) == ""


def test_the_whole_of_a_partitive_is_how_many_live_there_not_what_happened():
    found = facts(
        "Some 12,000 of the town's 20,000 residents fled the fire. Nearly half of Lisbon's 500,000 people "
        "took part in the strike rally. About 300 of the 4,000 workers were arrested."
    )
    assert found["20,000"] == found["500,000"] == ["population"]
    # a group's whole that no place owns is no one's population: "the 4,000 workers"
    assert found["4,000"] == []
    # the part reads what happened from the whole's clause
    assert found["Some 12,000"] == ["displaced"] and found["About 300"] == ["arrests"]


def test_a_crowd_is_counted_whatever_word_says_it_gathered():
    found = facts(
        "Police said 12,000 people took part in the rally. "
        "Organisers said 90,000 had gathered outside parliament. More than 5,000 people turned out in Porto."
    )
    assert all("demonstrators" in found[figure] for figure in ("12,000", "90,000", "More than 5,000"))


def test_a_number_that_describes_a_noun_counts_nothing():
    from claimcheck.discover import quantity_keys

    found = {
        c.text: c
        for c in figures(
            "A new two-story house collapsed. Some 40 homes were destroyed near the 12-lane highway. "
            "A 40-strong crew and 200-odd volunteers wrote a 300-page report on the 10-km dyke."
        )
    }
    # a storey count is the building's; the lanes of a road and the pages of a report are counted as its parts
    assert set(found) == {"two-story", "Some 40", "40", "200-odd", "10-km", "12-lane", "300-page"}
    assert found["12-lane"].counted == "lanes" and found["300-page"].counted == "pages"
    assert quantity_keys(found["Some 40"]) == [("destroyed buildings", "count", "", "")]
    assert found["200-odd"].value.approx and found["10-km"].unit == "km"


def test_a_distance_is_from_the_place_after_the_kind_of_place():
    found = places("The epicentre was 22 miles south of the town of Arles, and 40 km from the city of Nimes.")
    assert found == {"22 miles": "Arles", "40 km": "Nimes"}


def places(text: str) -> dict[str, str | None]:
    return {c.text: c.scope for c in figures(text)}


def test_the_place_a_counts_clause_puts_it_in():
    found = places(
        "Twelve people were killed in northern Bavaria. At least 40 people died in the town of Marsh Bay on Monday. "
        "Nine people in the city of Tyre in neighbouring Lebanon were also hurt. Five people died in March. "
        "Officials said 30 people died in the state of Tyrol and another 8 in neighbouring Bavaria. "
        "The storm injured more than 60 in mountainous Vorarlberg province."
    )
    assert found == {
        "Twelve": "Bavaria",
        "At least 40": "Marsh Bay",
        "Nine": "Lebanon",
        "Five": None,
        "30": "Tyrol",
        "8": "Bavaria",
        "more than 60": "Vorarlberg",
    }


def test_one_place_closes_coordinated_figures_and_chains_past_place_nouns():
    found = places(
        "Twenty people were killed and 85 injured in Lombardy, the agency said. "
        "The blast killed at least 60 and injured more than 300 in rural Oaxaca state. "
        "Seven miners died in Friday's collapse in Kolar district in Karnataka. "
        "At least 11 were hurt in the worst storm in a decade - after a levee broke in Porto. "
        "Four patients died and one nurse was hurt; 19 others fled in panic."
    )
    assert found == {
        "Twenty": "Lombardy",
        "85": "Lombardy",
        "at least 60": "Oaxaca",
        "more than 300": "Oaxaca",
        "Seven": "Karnataka",
        "At least 11": None,
        "Four": None,
        "one": None,
        "19": None,
    }


def test_a_place_named_by_its_kind_is_the_one_the_article_last_named_so():
    found = places(
        "Heavy rain hit Cordoba province and the state of Parana on Monday. "
        "The province's death toll rose to 31, officials said. Storms had killed 12 people in the state by noon. "
        "Nine people died in the capital."
    )
    assert found == {"31": "Cordoba", "12": "Parana", "Nine": None}


def test_exact_counts_one_apart_disagree_while_round_and_approximate_ones_do_not(tmp_path):
    corpus = article("Mine", "Delta Times", "May 5 2025", "Thirteen miners were killed in Kolar, officials said.")
    corpus += article("Mine", "Plains Herald", "May 5 2025", "Fourteen miners were killed in Kolar, officials said.")
    corpus += article("Fire", "Hill Post", "May 5 2025", "About 1,200 homes burned in Sonoma, firefighters said.")
    corpus += article("Fire", "Coast Daily", "May 5 2025", "Some 1,230 homes burned in Sonoma, firefighters said.")
    assert discovered_pairs(tmp_path, corpus) == [{"Thirteen", "Fourteen"}]


def discovered_pairs(tmp_path, corpus: str) -> list[set[str]]:
    from claimcheck.corpus import load_corpus
    from claimcheck.engine.pipeline import discover
    from claimcheck.extract import extract

    (tmp_path / "c.txt").write_text(corpus, encoding="utf-8")
    documents = load_corpus([tmp_path / "c.txt"])
    return [{c.text for c in f.claims} for f in discover(documents, extract(documents)).findings]


def test_discovery_joins_a_toll_named_for_one_place_to_the_tolls_named_for_none(tmp_path):
    corpus = article("Storm", "Delta Times", "Apr 2 2025", "The storm injured 1,801 people in Marsh county.")
    corpus += article("Storm", "Plains Herald", "Apr 2 2025", "The storm injured 1,891 people, officials said.")
    assert {"1,801", "1,891"} in discovered_pairs(tmp_path, corpus)


def test_discovery_keeps_tolls_of_two_named_places_apart(tmp_path):
    corpus = article("Storm", "Delta Times", "Apr 2 2025", "Some 40 people were injured in Kent, officials said.")
    corpus += article("Storm", "Plains Herald", "Apr 2 2025", "At least 12 people were injured in Surrey.")
    corpus += article("Storm", "Hill Post", "Apr 2 2025", "About 41 people were injured in Kent.")
    assert discovered_pairs(tmp_path, corpus) == []


def test_two_news_agencies_passing_on_a_count_are_relays_that_disagree(tmp_path):
    corpus = article("Storm", "Delta Times", "Apr 2 2025", "Around 9,000 people fled the coast, Reuters reported.")
    corpus += article("Storm", "Plains Herald", "Apr 2 2025", "Some 14,000 people fled the coast, according to AFP.")
    report, _ = run(tmp_path, corpus, FLOOD_RULE)
    assert flagged(report, "fled") == [{"Around 9,000", "Some 14,000"}]


def test_two_bounds_that_meet_at_one_figure_agree_but_a_bound_and_that_figure_do_not():
    from claimcheck.checks.base import compare_intervals
    from claimcheck.models import Interval

    nearly = Interval(point=530, low=477, high=530, approx=True, high_end="strict")
    more_than = Interval(point=530, low=530, high=None, low_end="strict")
    exactly = Interval(point=530, low=530, high=530)
    none = lambda magnitude: 0.0  # noqa: E731
    assert compare_intervals(nearly, more_than, none).verdict == "within-tolerance"
    broken = compare_intervals(nearly, exactly, lambda magnitude: magnitude * 0.1)
    assert broken.verdict == "discrepancy" and broken.bound_broken


DEPTH_RULE = """
rules:
  - id: depth
    title: Depth of the wreck
    kind: quantity
    select: {sentence: [depth]}
    compare: {tolerance: written, time: any}
"""


def test_an_outlier_is_reported_against_the_firmest_figure_of_the_consensus(tmp_path):
    """ "about 3,800 metres" agrees with as many sources as "3,800 metres" does, but the exact figure
    anchors the consensus and is what the outlier is reported against."""
    corpus = article("Wreck", "Delta Times", "Apr 2 2025", "The wreck lies at a depth of about 3,800 metres.")
    corpus += article("Wreck", "Plains Herald", "Apr 2 2025", "The wreck lies at a depth of 3,800 metres.")
    corpus += article("Wreck", "Hill Post", "Apr 2 2025", "Divers said the wreck is at a depth of 3,800 metres.")
    corpus += article("Wreck", "Coast Daily", "Apr 2 2025", "The wreck lies at a depth of 900 metres.")
    report, _ = run(tmp_path, corpus, DEPTH_RULE)
    [pair] = flagged(report, "depth")
    assert pair == {"3,800 metres", "900 metres"}


def test_a_fact_word_after_a_negation_is_not_what_a_figure_counts():
    found = facts(
        "Around 30 of the hikers had no visible injuries. Some 25 passengers escaped without injury. "
        "Twelve climbers were not hurt, while 40 passengers died in the fire."
    )
    assert all("injured" not in found[figure] for figure in ("Around 30", "Some 25", "Twelve"))
    assert found["40"] == ["deaths"]  # who they were does not say what befell them


def test_a_title_that_drops_the_qualifier_of_its_body_echoes_it(tmp_path):
    rule = FLOOD_RULE.replace("[fled, flee, evacuated]", "[killed, dead]")
    corpus = article("Bus Crash Leaves 52 Dead", "Delta Times", "Apr 2 2025", "The crash killed at least 52 people.")
    corpus += article("Bus crash", "Plains Herald", "Apr 2 2025", "The crash killed at least 55 people, police said.")
    report, _ = run(tmp_path, corpus, rule)
    assert flagged(report, "fled") == []


def test_there_is_the_place_named_before_it_but_there_were_is_no_place():
    found = places(
        "Floods swept Marsh county and the town of Elmore on Sunday. Elmore was the worst hit, with 41 "
        "residents killed there while 6 died in Marsh county. There were 300 people in the shelter. "
        "In Kolar district, 12 miners are trapped and 3 more died there overnight."
    )
    assert found == {"41": "Elmore", "6": "Marsh", "300": None, "12": "Kolar", "3": "Kolar"}


def test_destroyed_is_a_part_of_damaged_and_a_figure_for_both_is_the_damaged_count():
    found = facts(
        "About 3,000 houses collapsed in the quake. Some 9,000 homes were destroyed or damaged by the storm. "
        "The fire damaged 450 buildings."
    )
    assert found["About 3,000"] == ["destroyed buildings"]
    assert found["Some 9,000"] == found["450"] == ["damaged buildings"]


def test_a_distance_is_from_the_point_named_after_it_with_or_without_a_name():
    found = places(
        "The village lies 23 km from the epicentre and 102 km west-southwest of Lyon. "
        "The camp is about 5 kilometres from the provincial boundary with Chad, 40 km north of the border."
    )
    assert found == {
        "23 km": "epicentre",
        "102 km": "Lyon",
        "about 5 kilometres": "provincial boundary",
        "40 km": "border",
    }


def test_discovery_never_joins_a_distance_from_a_named_point_to_distances_from_none(tmp_path):
    corpus = article(
        "Quake", "Delta Times", "Apr 2 2025", "A user in Elmore, 23 kilometres from the epicentre, felt it."
    )
    corpus += article("Quake", "Plains Herald", "Apr 2 2025", "The quake struck about 7 miles from the coast.")
    corpus += article("Quake", "Hill Post", "Apr 2 2025", "The quake struck 11 km away.")
    assert discovered_pairs(tmp_path, corpus) == []


def test_what_befell_those_a_figure_counts_is_named_right_by_it():
    found = facts(
        "Survivors face the cold after the storm kills over 40 in the hills. "
        "Rescuers said the injured were flown out, while 16 hikers died on the ridge."
    )
    assert found["over 40"] == ["deaths"] and found["16"] == ["deaths"]


@pytest.mark.parametrize(
    ("sentences", "pairs"),
    [
        pytest.param(
            [
                "The ferry was carrying 400 people, officials said.",
                "Some 120 children were also on board the ferry.",
                "About 60 children were on board the ferry.",
            ],
            [{"Some 120", "About 60"}],
            id="a count of children only with counts of children",
        ),
        pytest.param(
            [
                "About 60% of nurses went on strike on Tuesday.",
                "Only 28% of hospital doctors went on strike on Tuesday.",
                "Some 45% of nurses went on strike on Tuesday.",
            ],
            [{"About 60%", "Some 45%"}],
            id="shares only of the same whole",
        ),
        pytest.param(
            ["Rita Lopes won 52% of the vote on Sunday.", "Rita Lopes won 47% on Sunday."],
            [{"52%", "47%"}],
            id="a share of no named whole with the one whole named",
        ),
        pytest.param(
            [
                "The bus was carrying 48 people when it left the road, police said.",
                "Three Germans were among those on board the bus.",
                "Five Germans were on board the bus.",
            ],
            [{"Three", "Five"}],
            id="people named by their country only with people so named",
        ),
        pytest.param(
            [
                "The train crash killed 31 people, officials said.",
                "Four Japanese were killed in the train crash.",
                "Two Japanese were killed in the train crash.",
            ],
            [{"Four", "Two"}],
            id="nationals killed only with the same nationals",
        ),
        pytest.param(
            [
                "Police said 40 people were injured in the riot.",
                "Police said 16 people were hospitalised after the riot.",
                "Police said 11 people were hospitalised after the riot.",
            ],
            [{"16", "11"}],
            id="those in hospital only with those in hospital",
        ),
        pytest.param(
            [
                "The gas leak at the plant injured 35 workers.",
                "Doctors said 12 patients were being treated after the gas leak at the plant.",
                "Doctors said 20 patients were being treated after the gas leak at the plant.",
            ],
            [{"12", "20"}],
            id="patients being treated only with patients",
        ),
    ],
)
def test_discovery_compares_parts_and_wholes_only_with_their_own(tmp_path, sentences, pairs):
    outlets = ["Delta Times", "Plains Herald", "Hill Post"]
    corpus = "".join(
        article("News", outlet, "Oct 6 2024", text)
        for outlet, text in zip(outlets[: len(sentences)], sentences, strict=True)
    )
    assert discovered_pairs(tmp_path, corpus) == pairs


@pytest.mark.parametrize(
    ("title", "part"),
    [
        ("Bus Plunges Into Gorge, 3 Germans Among 48 Dead", "german"),
        ("Rebels Free 4 Americans After Talks", "american"),
        ("Ferry Sinks With 200 Passengers On Board", "passenger"),
        ("Storm Leaves 40 Villagers Homeless", ""),
        ("Quake Kills 234 People", ""),
    ],
)
def test_a_title_names_people_by_their_country_by_a_demonym_ending(title, part):
    from claimcheck.rules.facts import _subgroup

    document = Document(id="d", outlet="o", title=title, path="p", format="text", text=f"{title}\n\nNo figure.")
    [claim, *_] = [c for c in extract_document(document) if isinstance(c, QuantityClaim)]
    assert _subgroup(claim) == part


def test_the_words_before_a_turn_of_the_sentence_are_not_the_first_figures():
    found = facts(
        "The governor declared a state of emergency, but gave no details of how the 19 villagers died. "
        "The city of Brno was spared; 12 people were hurt in the town of Zlin."
    )
    assert found["19"] == ["deaths"] and found["12"] == ["injured"]


def test_a_figure_given_with_another_in_a_place_and_a_sentence_opening_on_a_place_share_it():
    found = places(
        "Storms hit Cordoba province on Monday. Officials said 31 died in Cordoba with 240 injured, "
        "and 9 died in Salta. The province's toll stood at 31 while the number of injured rose to 255. "
        "Nationwide, 40 died with 300 hurt."
    )
    assert found == {"31": "Cordoba", "240": "Cordoba", "9": "Salta", "255": "Cordoba", "40": None, "300": None}


def test_the_kind_of_place_stands_for_the_one_last_named_of_that_kind_even_in_a_plural():
    found = places(
        "Floods hit Salta and Jujuy provinces on Monday. Officials said 12 died in Salta and another "
        "80 were injured in the province. In Jujuy, 5 died; the province's toll may rise."
    )
    assert found == {"12": "Salta", "80": "Salta", "5": "Jujuy"}


def test_a_toll_restricted_to_a_cause_is_a_part_unless_the_cause_is_the_event():
    from claimcheck.discover import quantity_keys

    found = {
        c.text: quantity_keys(c)
        for c in figures(
            "Some 30 bodies had no injuries and are believed to have died of hypothermia. "
            "About 12 hikers may have died from exposure. "
            "The flood killed 120 people. Officials confirmed 60 deaths from the flood."
        )
    }
    assert found["Some 30"] == [("deaths", "count", "", "of hypothermia")]
    assert found["About 12"] == [("deaths", "count", "", "from exposure")]
    assert found["120"] == found["60"] == [("deaths", "count", "", "")]


def test_whoever_a_boat_carries_is_aboard_but_an_arrest_for_carrying_is_an_arrest():
    found = facts(
        "The ferry, reportedly carrying 500 migrants, capsized at dawn. Police made 12 arrests for carrying "
        "knives. Some 40 passengers died in the fire, and the plane had 160 passengers on board."
    )
    assert found["500"] == ["aboard"] and found["12"] == ["arrests"]
    assert found["Some 40"] == ["deaths"] and found["160"] == ["aboard"]


def test_a_clause_on_who_they_are_belongs_to_the_figure_and_what_befell_them_follows_it():
    found = facts(
        "So far, 60 people who were aboard the bus from Quito have been rescued. "
        "Nearly 300 people who were injured had been taken to hospitals in Lima."
    )
    # who they are (aboard, injured), then what befell them: rescued, taken to hospital (the injured in hospital)
    assert found["60"] == ["rescued"] and found["Nearly 300"] == ["hospitalised"]


def test_a_sentence_of_a_two_sentence_title_that_its_body_repeats_is_reported_through_the_body(tmp_path):
    rule = FLOOD_RULE.replace("[fled, flee, evacuated]", "[arrested, arrests]")
    corpus = article(
        "Over 9,000 march in Lyon. Clashes, 20 arrested by police",
        "Delta Times",
        "Apr 2 2025",
        "Police have made at least 20 arrests, officials said.",
    )
    corpus += article("March in Lyon", "Plains Herald", "Apr 2 2025", "Police made 44 arrests, officials said.")
    report, _ = run(tmp_path, corpus, rule)
    assert flagged(report, "fled") == []


def test_an_outlier_is_reported_against_its_own_counter_where_the_consensus_quotes_it(tmp_path):
    rule = """
rules:
  - id: march
    title: Marchers
    kind: quantity
    select: {predicate: [marched]}
    compare: {tolerance: 5%, time: any}
"""
    corpus = article("March", "Delta Times", "Apr 2 2025", "Some 12,000 people marched, the union said.")
    corpus += article("March", "Plains Herald", "Apr 2 2025", "Police said about 12,000 people marched.")
    corpus += article("March", "Hill Post", "Apr 2 2025", "Police said 9,000 people marched.")
    report, _ = run(tmp_path, corpus, rule)
    [finding] = [f for f in report.findings if f.rule == "march"]
    assert {c.doc.outlet for c in finding.claims} == {"Plains Herald", "Hill Post"}


def test_a_figure_after_a_clause_naming_its_whole_counts_a_part_not_the_whole():
    # "Out of the injured, …": the injured are whom the figure is picked from, not what it counts
    found = facts(
        "Out of the injured, 12 people have been sent home. Among the arrested, 9 were released on bail. "
        "Of the dead, 4 have not been named. Hospitals said 40 people were injured in the crush."
    )
    assert "injured" not in found["12"]
    assert "arrests" not in found["9"]
    assert "deaths" not in found["4"]
    assert "injured" in found["40"]


@pytest.mark.parametrize(
    "rule, sentences, outlier, counter",
    [
        (
            """
rules:
  - id: burned
    title: Area burned
    kind: quantity
    select: {sentence: [burned]}
    compare: {tolerance: 0, time: any}
""",
            [
                ("Delta Times", "The fire burned 4,200 hectares, the national news agency said."),
                ("Plains Herald", "The fire burned 4,200 hectares, according to the forestry service."),
                ("Hill Post", "The forestry service said the fire burned 4,200 hectares."),
                ("Coast Daily", "The fire burned 5,100 hectares."),
            ],
            "5,100 hectares",
            "forestry service",
        ),
        (
            """
rules:
  - id: aboard
    title: Passengers aboard
    kind: quantity
    select: {sentence: [aboard]}
    compare: {tolerance: 0, time: any}
""",
            [
                ("Delta Times", "The ferry had 212 passengers aboard, a wire service reported."),
                ("Plains Herald", "The ferry had 212 passengers aboard, the coast guard said."),
                ("Hill Post", "According to the coast guard, 212 passengers were aboard the ferry."),
                ("Coast Daily", "The ferry had 260 passengers aboard."),
            ],
            "260",
            "coast guard",
        ),
    ],
)
def test_an_outlier_is_reported_against_the_counter_most_of_the_consensus_cites(
    tmp_path, rule, sentences, outlier, counter
):
    """A consensus passed on by a relay in one article and from the counter itself in others speaks through
    the counter: the outlier is set against a figure that names the counter most of its sources cite."""
    corpus = "".join(article("Event", outlet, "Apr 2 2025", text) for outlet, text in sentences)
    report, _ = run(tmp_path, corpus, rule)
    [finding] = [f for f in report.findings if f.claims[0].text.startswith(outlier)]
    assert counter in (finding.claims[1].source or "")


def test_what_a_count_counts_is_the_subject_of_the_verb_that_brings_it_to_the_figure():
    found = facts(
        "Deaths linked to the cholera outbreak rose to 212. The number of arrests after the riot has climbed to "
        "84. Injuries treated at the stadium stood at 57."
    )
    assert found["212"] == ["deaths"]
    assert found["84"] == ["arrests"]
    assert found["57"] == ["injured"]
    assert counted("The tally of detainees released by the army stood at 46.")["46"] == "detainees"


def test_a_state_after_a_word_that_links_a_count_to_it_is_what_befell_them():
    found = facts(
        "About 90 miners remain trapped below ground. Some 2,000 families were left homeless by the cyclone. "
        "Twelve hikers are still unaccounted for. Forty climbers were left stranded on the glacier."
    )
    assert found["About 90"] == ["trapped"]
    assert found["Some 2,000"] == ["displaced"]
    assert found["Twelve"] == ["missing"]
    assert found["Forty"] == ["trapped"]  # stranded, not "left" as in fleeing


def test_a_verb_that_lists_a_count_under_a_state_gives_way_to_the_state():
    found = facts(
        "Some 300 fishermen were registered as missing after the typhoon. Seventeen nurses were listed as "
        "injured. Nine passengers were confirmed as killed. About 4,500 villagers were classified as displaced."
    )
    assert found["Some 300"] == ["missing"]
    assert found["Seventeen"] == ["injured"]
    assert found["Nine"] == ["deaths"]
    assert found["About 4,500"] == ["displaced"]


def test_the_place_of_an_event_that_is_its_clause_s_subject_is_its_count_s():
    [storm] = figures("The flooding in eastern Odisha has left 12,000 people homeless.")
    [fire] = figures("The wildfire in Tarvo destroyed 300 homes.")
    [toll] = figures("The toll from the storm in Tarvo rose to 43.")
    assert (storm.scope, fire.scope, toll.scope) == ("Odisha", "Tarvo", None)


HOMELESS_RULE = """
rules:
  - id: homeless
    title: People left homeless
    kind: quantity
    select: {predicate: [homeless]}
    compare: {tolerance: 5%, time: any}
"""


def test_a_projection_is_not_compared_with_a_count(tmp_path):
    corpus = article("Cyclone", "Delta Times", "Oct 2 2025", "The cyclone has left 12,000 people homeless.")
    corpus += article("Cyclone", "Plains Herald", "Oct 2 2025", "Some 40,000 people will be homeless by winter.")
    corpus += article("Cyclone", "Coast Post", "Oct 2 2025", "About 20,000 people were homeless on Thursday.")
    report, _ = run(tmp_path, corpus, HOMELESS_RULE)
    assert flagged(report, "homeless") == [{"12,000", "About 20,000"}]


@pytest.mark.parametrize(
    "first, second, unit, word",
    [
        ("The new stadium will cost £300 million.", "The stadium is budgeted at £340 million.", "pound", "stadium"),
        (
            "The airline will pay €2 million in compensation.",
            "The airline agreed to pay €3 million in compensation.",
            "EUR",
            "compensation",
        ),
    ],
)
def test_a_future_verb_alone_makes_no_projection_in_a_rule(tmp_path, first, second, unit, word):
    rule = f"""
rules:
  - id: cost
    title: Cost
    kind: quantity
    select: {{sentence: [{word}], unit: {unit}}}
    compare: {{tolerance: 5%, time: any}}
"""
    corpus = article("Cost", "Delta Times", "Apr 2 2025", first)
    corpus += article("Cost", "Plains Herald", "Apr 2 2025", second)
    report, _ = run(tmp_path, corpus, rule)
    assert [f.rule for f in report.findings] == ["cost"]


HEIGHT_RULE = """
rules:
  - id: height
    title: Height of the tower
    kind: quantity
    select: {sentence: [tall]}
    compare: {tolerance: 0, time: any}
"""


def test_an_outlier_is_reported_against_a_second_camp_too_and_a_camp_once(tmp_path):
    """Three sources say 312 metres, two the surveyors' 318: the 318 side is one finding, not one per source,
    and a lone 305 is set against both values, since it matches neither."""
    sentences = [
        ("Delta Times", "The tower is 312 metres tall."),
        ("Plains Herald", "The tower stands 312 metres tall."),
        ("Hill Post", "At 312 metres tall, the tower dominates the skyline."),
        ("Coast Daily", "The tower is 318 metres tall, the surveyors' office said."),
        ("Valley News", "The tower is 318 metres tall."),
        ("River Star", "The tower is 305 metres tall."),
    ]
    corpus = "".join(article("Tower", outlet, "Apr 2 2025", text) for outlet, text in sentences)
    report, _ = run(tmp_path, corpus, HEIGHT_RULE)
    pairs = [
        {c.text for c in f.claims} | {c.doc.outlet or "" for c in f.claims}
        for f in report.findings
        if f.rule == "height"
    ]
    second = [p for p in pairs if "318 metres" in p and "312 metres" in p]
    assert len(second) == 1 and "Coast Daily" in second[0]  # the member that names whose value it is
    [camp] = [f for f in report.findings if {c.text for c in f.claims} == {"318 metres", "312 metres"}]
    assert camp.message.endswith("the same value in Valley News")  # no source of the value is left unnamed
    lone = [p for p in pairs if "305 metres" in p]
    assert len(lone) == 2
    assert any("312 metres" in p for p in lone) and any("318 metres" in p for p in lone)


def test_a_figure_of_the_anchors_own_article_that_other_sources_contradict_is_an_outlier(tmp_path):
    """With `scope: across` the anchor's article is never compared with itself: its other figure ("64 kg" in
    the text of an article whose caption says 61 kg) still departs from the value, once."""
    rule = """
rules:
  - id: weight
    title: Weight of the meteorite
    kind: quantity
    select: {sentence: [weighs, weighed, weighing]}
    compare: {tolerance: 0, time: any, scope: across}
"""
    corpus = article(
        "Meteorite", "Delta Times", "Apr 2 2025", "The meteorite weighs 61 kg.", "Experts said it weighed 64 kg."
    )
    corpus += article("Meteorite", "Plains Herald", "Apr 2 2025", "The meteorite weighs 61 kg, the museum said.")
    corpus += article("Meteorite", "Hill Post", "Apr 2 2025", "The rock, weighing 61 kg, went on show.")
    report, _ = run(tmp_path, corpus, rule)
    found = [f for f in report.findings if f.rule == "weight"]
    assert len(found) == 1
    assert {c.text for c in found[0].claims} == {"64 kg", "61 kg"}
    assert found[0].claims[0].text == "64 kg"


def test_figures_only_within_tolerance_of_an_outlier_are_sides_of_their_own(tmp_path):
    """48 and 52 are each within 5% of 50 but not of each other: no camp folds them together as one value, and
    each of them is in a finding."""
    rule = """
rules:
  - id: toll
    title: Deaths in the bus crash
    kind: quantity
    select: {sentence: [killed]}
    compare: {tolerance: 5%, time: any, scope: across}
"""
    sentences = [
        ("Delta Times", "The bus crash killed 40 people."),
        ("Plains Herald", "The bus crash killed 40 people."),
        ("Hill Post", "The bus crash killed 40 people."),
        ("Lake Courier", "The bus crash killed 40 people."),
        ("Coast Daily", "The bus crash killed 50 people, the health ministry said."),
        ("Valley News", "The bus crash killed 52 people."),
        ("River Star", "The bus crash killed 48 people."),
    ]
    corpus = "".join(article("Crash", outlet, "Apr 2 2025", text) for outlet, text in sentences)
    report, _ = run(tmp_path, corpus, rule)
    shown = {c.text for f in report.findings if f.rule == "toll" for c in f.claims}
    assert {"50", "52", "48"} <= shown
    named = [f.message.partition("the same value in ")[2] for f in report.findings]
    assert not any("Valley News" in n or "River Star" in n or "Coast Daily" in n for n in named), named
