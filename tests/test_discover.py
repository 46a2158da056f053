from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.corpus import load_corpus
from claimcheck.discover import draft_rule_file
from claimcheck.engine.pipeline import check, discover
from claimcheck.extract import extract
from claimcheck.models import QuantityClaim
from claimcheck.rules import load_rules
from claimcheck.rules.facts import amount_named, facts_of, unnamed_holder

from .conftest import DEV, ROOT, SEEDS
from .test_cli import run

CORPORA = Path(__file__).parent / "corpora"


def discovered(path):
    documents = load_corpus([path])
    claims = extract(documents)
    return documents, claims, discover(documents, claims)


def texts(finding):
    return " | ".join(sorted(c.text for c in finding.claims))


def assert_discover_floor(corpus: Path, *, true: int, traps: int, found: int, flagged: int, findings: int) -> None:
    """Discover at info on a real test corpus, scored against its gold: it finds at least `found` of its `true`
    discrepancies, flags at most `flagged` of its `traps` and makes at most `findings` findings."""
    from claimcheck.evaluate import evaluate, load_gold

    _, claims, report = discovered(corpus / "corpus.txt")
    score = evaluate(load_gold(corpus / "gold.yaml"), report, claims, "info")
    assert score.findings["true_discrepancies"] == true and score.findings["traps"] == traps
    assert score.findings["found"] >= found, score.missed_discrepancies
    assert score.findings["traps_flagged"] <= flagged, score.flagged_traps
    assert score.findings["findings"] <= findings, [texts(f) for f in report.findings]


def test_seed_discovery_lists_the_known_disagreements_at_the_top():
    _, _, report = discovered(SEEDS)
    top = [texts(f) for f in report.findings[:6]]
    # The exodus is a count that grows: a day-earlier "over 100,000" then "120,000 or so" is an update, but
    # "about 100,000" and "120,000 or so" on one day disagree.
    exodus = [v for v in report.verdicts if "displaced" in v.rule and "120,000 or so" in v.reason]
    assert [v.verdict for v in exodus] == ["discrepancy"], exodus
    assert any("about 100,000" in t and "120,000 or so" in t for t in top), top
    assert any("65,000" in t and "120,000" in t for t in top), top
    assert any("Sept. 20" in t and "September 19" in t for t in top), top
    flagged = [texts(f) for f in report.findings]
    greater = ("more than 100,000", "Over 100,000")
    assert not any(sum(g in t for g in greater) == 2 for t in flagged)
    assert not any(g in t for g in greater for t in flagged)
    # A day between two dates of one event is a gap large enough to be a warning, not a note.
    assert [f.severity for f in report.findings if "Sept. 20" in texts(f)] == ["warning"]


def test_rising_toll_is_an_update_not_a_disagreement():
    _, _, report = discovered(CORPORA / "earthquake.txt")
    deaths = [v for v in report.verdicts if "deaths" in v.rule]
    assert deaths and any(v.verdict == "update" or "agree" in v.reason for v in deaths)
    assert not [f for f in report.findings if "deaths" in f.rule], [f.message for f in report.findings]


def test_organisers_and_police_are_different_counters_not_a_finding():
    _, claims, report = discovered(CORPORA / "protest.txt")
    assert not [f for f in report.findings if "35,000" in texts(f)]
    police = next(c.id for c in claims if c.text == "35,000")
    [verdict] = [v for v in report.verdicts if police in v.claims]
    assert "different counters" in verdict.reason
    assert "organisers" in verdict.reason.lower() and "police" in verdict.reason.lower()


def test_two_outlets_that_disagree_on_who_was_aboard_are_a_finding():
    _, _, report = discovered(CORPORA / "ferry.txt")
    flagged = [texts(f) for f in report.findings]
    assert any("214" in t and "241" in t for t in flagged), flagged
    assert not any("31" in t for t in flagged)  # both outlets say 31 died
    assert not any("12 km" in t for t in flagged)  # 12 km and about 12 kilometres agree


def test_draft_rules_load_and_find_the_same_disagreement(tmp_path):
    documents, claims, report = discovered(CORPORA / "ferry.txt")
    draft = tmp_path / "draft.yaml"
    draft.write_text(draft_rule_file(claims), encoding="utf-8")
    text = draft.read_text(encoding="utf-8")
    assert "# Nordic Coast Herald: A passenger ferry carrying 214 people" in text
    rules = load_rules([draft])
    assert rules.rules
    again = check(documents, claims, rules)
    assert any("214" in texts(f) and "241" in texts(f) for f in again.findings)


def test_write_rules_from_the_command_line(tmp_path):
    target = tmp_path / "draft.yaml"
    result = run(
        "discover", str(CORPORA / "protest.txt"), "--format", "json", "--write-rules", str(target), "--no-store"
    )
    assert result.returncode == 0 and target.exists()
    assert run("rules", "check", str(target)).returncode == 0


def test_shipped_rule_tests_pass():
    result = run("rules", "test", "rules/")
    assert result.returncode == 0, result.stdout
    assert "PASS" in result.stdout and "0 missed" in result.stdout


def test_a_broken_rule_test_fails_with_a_clear_report(tmp_path):
    (tmp_path / "pack.yaml").write_text(
        (ROOT / "rules" / "nagorno-karabakh.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "pack.test.yaml").write_text(
        f"corpus: {SEEDS / '000_16909572bccc9cd7.txt'}\n"
        "expect:\n"
        "  - {rule: exodus-count, figures: ['120,000 or so']}\n"
        "  - {rule: exodus-count, figures: ['999,999']}\n"
        "expect_not:\n"
        "  - {rule: offensive-start, figures: ['Sept. 20']}\n",
        encoding="utf-8",
    )
    result = run("rules", "test", str(tmp_path))
    assert result.returncode == 1
    assert "FAIL" in result.stdout
    assert f"missed: {tmp_path / 'pack.test.yaml'}:4: exodus-count ['999,999']" in result.stdout
    assert f"must not be found: {tmp_path / 'pack.test.yaml'}:6: offensive-start" in result.stdout
    assert "unexpected:" in result.stdout  # population and name findings are not listed in `expect`


GOLD = """
articles:
  - {id: a, outlet: Nordic Coast Herald, title: "Ferry sinks off Lindholm, dozens missing", date: 2025-04-14}
  - {id: b, outlet: Baltic Morning Post, title: Dozens feared dead as ferry goes down near Lindholm, date: 2025-04-14}
events:
  - id: E
    claims:
      - {id: C1, article: a, sentence: "A passenger ferry carrying 214 people sank off the island of Lindholm on Sunday, the coast guard said.",
         quantity: "214", type: quantity}
      - {id: C2, article: b, sentence: "The ferry, carrying 241 passengers and crew, went down off Lindholm on Sunday, the coast guard said.",
         quantity: "241", type: quantity}
      - {id: C3, article: a, sentence: "At least 31 people died and 19 are still missing, the coast guard said on Monday.",
         quantity: "At least 31", type: quantity}
      - {id: C4, article: b, sentence: "Rescuers pulled 164 survivors from the cold water, and 31 people died, officials said on Monday.",
         quantity: "31", type: quantity}
      - {id: C5, article: b, sentence: "The ferry, carrying 241 passengers and crew, went down off Lindholm on Sunday, the coast guard said.",
         quantity: "on Sunday", type: date, normalized: {date: "2025-04-13"}}
    true_discrepancies:
      - {id: D1, pairs: [[C1, C2]]}
    non_discrepancies:
      - {id: N1, pairs: [[C3, C4]]}
"""


def test_eval_measures_extraction_and_findings(tmp_path):
    gold = tmp_path / "gold.yaml"
    gold.write_text(GOLD, encoding="utf-8")
    result = run(
        "eval",
        str(CORPORA / "ferry.txt"),
        "--gold",
        str(gold),
        "--format",
        "json",
        "--no-store",
        "--min-severity",
        "info",
    )
    assert result.returncode == 0, result.stderr
    import json

    score = json.loads(result.stdout)
    assert score["extraction"]["quantity"]["recall"] == 1.0 and score["extraction"]["date"]["recall"] == 1.0
    assert score["findings"]["found"] == 1 and score["findings"]["traps_flagged"] == 0


@pytest.mark.skipif(not DEV.exists(), reason="dev corpus not present")
def test_eval_reads_the_dev_gold():
    result = run("eval", str(DEV / "corpus.txt"), "--gold", str(DEV / "gold.yaml"), "--format", "json", "--no-store")
    import json

    score = json.loads(result.stdout)
    assert score["extraction"]["quantity"]["gold"] == 72
    assert score["extraction"]["quantity"]["recall"] >= 0.9
    assert score["findings"]["true_discrepancies"] == 11 and score["findings"]["traps"] == 20


def test_a_short_article_naming_two_of_a_storys_main_names_joins_that_story(tmp_path):
    from claimcheck.discover import stories

    from .test_selection import article

    long_one = (
        "Flooding in Valencia and Murcia forced 3,000 people from their homes, Spain's civil protection agency said. "
        "In Valencia, 12 people died. The Jucar river burst its banks near Alzira, flooding 400 homes. Murcia's "
        "mayor Lopez asked Madrid for 50 pumps. The agency said 900 homes in Alzira, Sueca and Cullera were worst "
        "hit. Prime Minister Sanchez visited 6 towns in Murcia and Alzira. The Red Cross sent 80 volunteers to "
        "Sueca, Cullera, Gandia, Oliva and Denia."
    )
    corpus = article("Floods in Spain", "Iberia Daily", "Oct 3 2024", long_one)
    corpus += article(
        "Rain toll rises",
        "Coast Wire",
        "Oct 3 2024",
        (
            "The toll in Valencia rose to 14, Murcia officials said, as rescuers from Portugal, France, Italy, Morocco "
            "and Andorra arrived with help from Brussels."
        ),
    )
    corpus += article("Election called", "Nordic Post", "Oct 3 2024", "Some 4,000 voters in Oslo queued, Sanchez said.")
    (tmp_path / "c.txt").write_text(corpus, encoding="utf-8")
    claims = extract(load_corpus([tmp_path / "c.txt"]))
    numbers = stories(claims)
    story = {c.doc.outlet: numbers[c.doc.id] for c in claims}
    assert story["Iberia Daily"] == story["Coast Wire"] != story["Nordic Post"]


def test_a_date_in_a_list_of_dates_is_not_the_day_of_one_event(tmp_path):
    from .test_selection import article

    corpus = article(
        "Strike wave",
        "Iberia Daily",
        "Mar 20 2025",
        "Dockers went on strike at the port of Bilbao on Monday, March 17.",
    )
    corpus += article(
        "Strikes",
        "Coast Wire",
        "Mar 20 2025",
        "Dockers in Bilbao held three strikes -- March 3, March 10 and March 17.",
    )
    corpus += article("Port strike", "Plains Daily", "Mar 20 2025", "Dockers in Bilbao went on strike on March 17.")
    (tmp_path / "c.txt").write_text(corpus, encoding="utf-8")
    _, _, report = discovered(tmp_path / "c.txt")
    assert report.findings == []


def _corpus(tmp_path: Path, *articles: tuple[str, str, str, str]) -> Path:
    text = "".join(f"{title}\n\n{outlet}\n{date}\n\n{body}\n\n\n" for title, outlet, date, body in articles)
    (tmp_path / "corpus.txt").write_text(text, encoding="utf-8")
    return tmp_path / "corpus.txt"


def _two_outlets(tmp_path: Path, first: str, second: str, day: str):
    """The discovery report on two outlets' articles of one day."""
    path = _corpus(tmp_path, ("News", "Daily One", day, first), ("News", "Daily Two", day, second))
    return discovered(path)[2]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # One full name in the story for the surname: the surname alone is that person.
        ("Grace Mensah, 47, chairs the board.", "Mensah, 52, has led the board since 2019.", True),
        ("The coach, Pavel Dvorak, 61, was sacked.", "Dvorak, 56, said he would appeal.", True),
        # Two people of one surname: a surname alone is neither, and they are never one person.
        ("Ahmed Khan, 45, and his son Bilal Khan, 19, were charged.", "Khan, 46, denied the charges.", False),
    ],
)
def test_a_surname_alone_is_the_one_person_of_that_name_in_the_story(tmp_path, first, second, flagged):
    path = _corpus(
        tmp_path,
        ("Board shake-up", "Daily One", "May 3 2025", first),
        ("Board news", "Daily Two", "May 3 2025", second),
    )
    _, _, report = discovered(path)
    ages = [f for f in report.findings if "ages" in f.rule]
    assert bool(ages) is flagged, [f.message for f in report.findings]
    for finding in ages:
        assert "gap 5 year" in finding.message or "gap 5 years" in finding.message, finding.message


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # a person given by surname alone ("surnamed"), the rest withheld, is not the one full name of that surname
        ("A 52-year-old man surnamed Wong was detained at the border.", "Teresa Wong, 34, runs the shop.", False),
        ("A driver surnamed Lee, 61, was arrested after the crash.", "Jenny Lee, 27, was a passenger.", False),
        ("A 41-year-old man surnamed Au Yeung was charged.", "Winnie Au Yeung, 29, testified.", False),
        # a woman surnamed Chan is no man surnamed Chan
        ("A woman surnamed Chan, 38, was arrested.", "A man surnamed Chan, 41, was arrested.", False),
        # two pages that both give the surname alone are one person, and so is a surname alone without "surnamed"
        ("A man surnamed Chen, 45, was charged on Monday.", "The suspect, a man surnamed Chen, 47, denied it.", True),
        ("Teresa Wong, 34, runs the shop.", "Wong, 38, said she would reopen.", True),
    ],
)
def test_a_person_given_by_surname_alone_is_no_full_name_of_that_surname(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "May 3 2025")
    ages = [f for f in report.findings if "ages" in f.rule]
    assert bool(ages) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # a given name written short is the same person's; what is feared of them is no projection of the age
        ("Alex Novak, 52, is feared dead after the avalanche.", "Alexander Novak, 51, a ski guide, is missing.", True),
        ("Ben Carter, 29, was presumed dead after the trawler sank.", "Benjamin Carter, 28, was the skipper.", True),
        ("Ben Carter, 29, was presumed dead after the trawler sank.", "Benjamin Carter, 29, was the skipper.", False),
        # two given names, neither the other's first letters, are two people
        ("Jeremy Holt, 36, was rescued from the shaft.", "Jerome Holt, 35, was still missing.", False),
    ],
)
def test_an_age_is_the_person_s_whatever_is_feared_and_however_the_given_name_is_written(
    tmp_path, first, second, flagged
):
    report = _two_outlets(tmp_path, first, second, "May 3 2025")
    ages = [f for f in report.findings if "ages" in f.rule]
    assert bool(ages) is flagged, [f.message for f in report.findings]
    # two exact ages of one person are a slip of one of them, however small the gap
    assert all(f.severity == "warning" for f in ages), [(f.severity, f.message) for f in ages]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The footbridge over the river collapsed on Tuesday evening, killing four people.",
            "Four people died in the town. The tragedy happened on Thursday, the mayor said.",
        ),
        (
            "A gas tanker exploded on the highway on Monday, killing 12 people.",
            "Twelve people died near the depot. The disaster struck on Wednesday.",
        ),
    ],
)
def test_the_day_of_the_disaster_or_tragedy_is_the_day_of_the_story_s_event(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "May 9 2025")
    days = [f for f in report.findings if "date" in f.rule]
    assert days, [f.message for f in report.findings]


# A place's figure is that place's part, never the story's total:
PLACE_PARTS = [
    # the sentence's place, past the words that lead to it ("In the nearby X district, 37 …")
    (
        "Floods killed 48 people across the province, officials said.",
        "In the neighbouring Tarvo district, 21 people died. In the remote Belmar district, 27 people died.",
    ),
    (
        "The storm injured 130 people in the state, the governor said.",
        "In the hardest-hit areas like Corlen county, which lies on the coast, 64 people were injured. "
        "In the nearby Dasvik county, 66 people were injured.",
    ),
    # the only place whose figure counts something is still one of the places a breakdown lists
    (
        "Cyclone Maren killed 1,390 people across the country, officials said.",
        "By province, Cyclone Maren killed 1,250 people in Arlo, 100 in Brenn and 40 in Cosk, officials said.",
    ),
    (
        "Police said 267 people were arrested during the riots.",
        "Police arrested 210 people in Velden, 45 in Marsa and 12 in Oltra during the riots.",
    ),
    # a connective before a fronted place does not hide it ("Similarly, in X, …")
    (
        "Landslides killed 48 people across the province, officials said.",
        "Meanwhile, in Tarvo district, 21 people died. Similarly, in Belmar, 27 people died.",
    ),
    (
        "The gas blasts injured 130 people in the region, officials said.",
        "Elsewhere, in Corlen county, 64 people were injured. Separately, in Dasvik, 66 people were injured.",
    ),
]


@pytest.mark.parametrize(("total", "breakdown"), PLACE_PARTS)
def test_a_place_s_figure_is_that_place_s_part_not_the_total(tmp_path, total, breakdown):
    report = _two_outlets(tmp_path, total, breakdown, "May 6 2025")
    assert report.findings == [], [f.message for f in report.findings]


# Two outlets that disagree, and the one finding that says so:
DISAGREEMENTS = [
    # a place spelled two ways is one place
    (
        "The quake's epicentre was 30 km north of Tskhinvali, seismologists said.",
        "The quake's epicentre was 36 km north of Tshinvali, seismologists said.",
        "30 km | 36 km",
    ),
    (
        "Shelling killed 12 people in Kharkiv and 3 in Odesa, officials said.",
        "Shelling killed 15 people in Kharkov and 3 in Odesa, officials said.",
        "12 | 15",
    ),
    # two figures written to one step that differ in their last digit only meet at the half-step between them
    ("A magnitude 5.9 quake struck Velden, seismologists said.", "A magnitude 6.0 quake struck Velden.", "5.9 | 6.0"),
    (
        "Floods cut off Oltra, a city of 2.3 million people, officials said.",
        "Floods cut off Oltra, a city of 2.4 million people.",
        "2.3 million | 2.4 million",
    ),
    # a group a count is the size of, named by a word of its fact, is that fact
    ("The Ferrol shipyard employs 2,000 workers.", "The Ferrol shipyard has a workforce of 2,400.", "2,000 | 2,400"),
    ("The Aldane mine employs 640 people.", "The Aldane mine, with a workforce of 700, will close.", "640 | 700"),
    # how many storeys a building has, attributive or with "had"
    (
        "An eight-storey building collapsed in the Savar district.",
        "The nine-storey building collapsed in the Savar district.",
        "eight-storey | nine-storey",
    ),
    (
        "The Marlow hotel, which had 14 floors, burned down.",
        "The 16-storey hotel in Marlow burned down.",
        "14 | 16-storey",
    ),
    # a walk-out is a strike, however it is written
    (
        "About 12,000 Ostra dock workers joined the walkout.",
        "Some 9,000 Ostra dock workers are on strike.",
        "About 12,000 | Some 9,000",
    ),
    (
        "The strike by 4,000 Delmar bus drivers entered its third day.",
        "Some 6,500 Delmar bus drivers are on strike.",
        "4,000 | Some 6,500",
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), DISAGREEMENTS)
def test_a_disagreement_is_one_finding(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Jul 3 2025")
    assert [texts(f) for f in report.findings] == [figures], [f.message for f in report.findings]


@pytest.mark.parametrize(("a", "b"), [("iran", "iraq"), ("zambia", "gambia"), ("niger", "nigeria"), ("gaza", "giza")])
def test_places_a_letter_apart_that_are_other_places_stay_apart(a, b):
    from claimcheck.checks.spellings import same_place

    assert not same_place(a, b)
    assert same_place("marrakesh", "marrakech") and same_place("rukum west", "rukam west")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "A magnitude 6.1 earthquake struck Velden on Monday. A 4.2 magnitude aftershock was felt an hour later.",
            "The magnitude 6.1 quake shook Velden on Monday.",
        ),
        (
            "The magnitude 5.4 quake in Corlen was followed by a second of magnitude 4.8. Seismologists "
            "counted 40 later tremors in Corlen, with a magnitude of 2.9 on average.",
            "A magnitude 5.4 quake hit Corlen.",
        ),
    ],
)
def test_the_magnitude_of_another_shock_is_not_the_quake_s(tmp_path, first, second):
    # an aftershock, a second shock or an average of later tremors named right by the figure
    report = _two_outlets(tmp_path, first, second, "Jun 2 2025")
    assert report.findings == [], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("early", "repost"),
    [
        (
            ("Ferry toll rises to 40", "Harbour Daily", "Jun 10 2025", "The ferry toll rose to 40, with 25 injured."),
            ("Ferry capsizes, 31 dead", "Coast Post", "Jun 12 2025", "The ferry capsized: 31 dead and 18 injured."),
        ),
        (
            ("Mine blast kills 12", "Valley Times", "Mar 3 2025", "The mine blast killed 12 and injured 30."),
            ("Mine blast kills 9", "Ridge News", "Mar 5 2025", "The mine blast killed 9 and injured 21."),
        ),
    ],
)
def test_counts_beside_headline_tolls_whose_order_is_not_their_pages_order_are_not_put_in_order(
    tmp_path, early, repost
):
    # a page dated later that still carries a lower toll: which count came first cannot be told
    path = _corpus(tmp_path, early, repost)
    _, _, report = discovered(path)
    assert not [f for f in report.findings if "injured" in f.rule], [f.message for f in report.findings]


DISCREPANCIES_NEWS = CORPORA / "discrepancies-news"


def test_discovery_on_real_news_holds_its_measured_recall_traps_and_precision():
    # 16 news excerpts on 3 earthquakes, none the development set's; the floors are what discover reaches today
    from claimcheck.evaluate import evaluate, load_gold

    documents, claims, report = discovered(DISCREPANCIES_NEWS / "corpus.txt")
    score = evaluate(load_gold(DISCREPANCIES_NEWS / "gold.yaml"), report, claims, "info")
    assert score.findings["true_discrepancies"] == 5 and score.findings["traps"] == 29
    assert score.findings["found"] >= 5, score.missed_discrepancies
    assert score.findings["traps_flagged"] == 0, score.flagged_traps
    assert score.findings["precision"] >= 0.27


# Figures that look like one fact's but are not its count: each only with its like.
NOT_THE_COUNT = [
    # a count that a verb of change and its "by" lead to is how far the count moved, not the count: compared with
    # moves the same way only
    (
        "The population of Brenford has grown by 4,000 since the last count.",
        "Brenford has a population of 62,000.",
        [],
    ),
    (
        "The death toll in Marun went up by 12 on Tuesday.",
        "At least 85 people have died in Marun.",
        [],
    ),
    # a rise and a fall are different moves
    (
        "The population of Kestow fell by 800 in the decade.",
        "The population of Kestow rose by 1,500 in the decade.",
        [],
    ),
    # two rises that differ still disagree
    (
        "The population of Kestow rose by 1,200 in the decade.",
        "The population of Kestow increased by 2,500 in the decade.",
        ["1,200 | 2,500"],
    ),
    # guards: "by" after a verb that moves no count, and a level the move brings the count to
    (
        "The rally in Lanfeld was attended by 2,000 people.",
        "Some 5,000 people attended the rally in Lanfeld.",
        ["2,000 | Some 5,000"],
    ),
    (
        "The population of Brenford rose to 62,000.",
        "The population of Brenford is 70,000.",
        ["62,000 | 70,000"],
    ),
    # a verb of change in the present is one too ("rises", "decreases"), and "up" or "down" moves a count only after
    # "is", "was", "gone" and the like
    (
        "Kestow's population rises by 2,000 in a decade.",
        "The population of Kestow is 30,000.",
        [],
    ),
    (
        "The population of Kestow rises by 300 this year.",
        "The population of Kestow decreases by 250 this year.",
        [],
    ),
    (
        "The population of Kestow increases by 300 this year.",
        "The population of Kestow rose by 450 this year.",
        ["300 | 450"],
    ),
    (
        "The population of Brenford was down by 900 on the year.",
        "Brenford has a population of 62,000.",
        [],
    ),
    # guards: after another verb, "up by" and "down by" name who did it, and the figure is the count
    (
        "The offensive in Lanfeld was backed up by 4,000 troops.",
        "Some 6,000 troops took part in the offensive in Lanfeld.",
        ["4,000 | Some 6,000"],
    ),
    (
        "The government in Lanfeld is propped up by 3,000 foreign troops.",
        "Some 5,000 foreign troops are in Lanfeld.",
        ["3,000 | Some 5,000"],
    ),
    (
        "The drone was shot down by 2 fighter jets over Lanfeld.",
        "Four fighter jets intercepted the drone over Lanfeld.",
        ["2 | Four"],
    ),
    # a projection of what a toll could come to
    (
        "The mudslide killed 85 people in Arlo. The mayor said the toll could reach 400.",
        "The mudslide killed 58 people in Arlo, officials said.",
        ["58 | 85"],
    ),
    (
        "The death toll from the ferry sinking could climb to 150, the coast guard said.",
        "The ferry sinking killed 61 people.",
        [],
    ),
    # a count placed elsewhere than the story's main place
    (
        "The cyclone killed 230 people. It also killed about 40 people elsewhere in the region.",
        "The cyclone killed 230 people, officials said.",
        [],
    ),
    (
        "The heatwave has killed 1,200 people. It killed 300 people in other parts of the country.",
        "The heatwave has killed 1,200 people, the ministry said.",
        [],
    ),
    # an earlier stage the text itself gives
    (
        "The landslide has killed 52 people in Tarvo. Officials had initially put the death toll at 19.",
        "The Tarvo landslide killed 52 people, officials said.",
        [],
    ),
    (
        "Health officials previously put the cholera toll in Brenn at 120. The outbreak has now killed 310 people.",
        "The cholera outbreak in Brenn has killed 310 people, the ministry said.",
        [],
    ),
    # a part of a whole a clause opening the sentence names with its own figure, of which nothing befell the part
    (
        "Of the 1,200 seats in the theatre, fewer than 600 seats were sold.",
        "The theatre has 1,500 seats.",
        ["1,200 | 1,500"],
    ),
    ("Of the 60 seats on the bus, only 20 seats were taken.", "The bus has 52 seats.", ["52 | 60"]),
    # what befell a part of such a whole is that fact's count all the same
    ("Of the 12 climbers on the ridge, three died.", "Seven climbers died on the ridge.", ["Seven | three"]),
    (
        "Of the 300 passengers on the Orsa ferry, 200 were rescued.",
        "Rescuers saved 260 people from the Orsa ferry.",
        ["200 | 260"],
    ),
    # the members of a group "of" names: a part of the people
    (
        "Aboard the yacht were a skipper, two members of a banking family and a chef.",
        "Five people were aboard the yacht.",
        [],
    ),
    ("Four members of a farming family died in the Tell floods.", "The Tell floods killed 23 people.", []),
    # the yearly rise in consumer prices, headline and core, apart from a month's change, one kind of prices and a goal
    (
        "Annual inflation in Norland rose to 4.2% in March, the statistics office said.",
        "Inflation in Norland reached 4.6% in March.",
        ["4.2% | 4.6%"],
    ),
    (
        "Inflation in Vessia hit 7.9% in June, the central bank said.",
        "Vessia's consumer price index rose 8.4% in June.",
        ["7.9% | 8.4%"],
    ),
    (
        "Core inflation in Vessia eased to 5.2% in June.",
        "Core inflation in Vessia stood at 5.0% in June.",
        ["5.0% | 5.2%"],
    ),
    ("Core inflation in Norland fell to 3.1% in March.", "Inflation in Norland reached 4.6% in March.", []),
    (
        "On a monthly basis, consumer prices in Norland rose 0.4% in March.",
        "Inflation in Norland reached 4.6% in March.",
        [],
    ),
    ("Food inflation in Norland hit 11.5% in March.", "Inflation in Norland reached 4.6% in March.", []),
    (
        "The central bank aims to bring inflation down to 2% by next year.",
        "Inflation in Norland reached 4.6% in March.",
        [],
    ),
    # what a clause after it carries a running count on from is what was added
    (
        "Twelve bodies were recovered on Monday, taking the death toll to 61.",
        "The floods killed 40 people on Monday.",
        ["40 | 61"],
    ),
    (
        "Police freed 7 hostages on Sunday, bringing the total freed to 25.",
        "Police freed 19 hostages on Sunday.",
        ["19 | 25"],
    ),
    # and so is what "after" gives as having carried a count on to the figure before it
    (
        "Officials updated the death toll to 31 late on Sunday after the recovery of nine bodies from the lake.",
        "The ferry sinking on the lake killed 31 people on Sunday.",
        [],
    ),
    (
        "The toll rose to 14 on Monday after divers found three bodies in the mud.",
        "The landslide killed 17 people on Monday.",
        ["14 | 17"],
    ),
    # an adverb between a modal verb and its verb keeps a projection one
    ("About 40 miners could possibly be rescued alive, officials said.", "Rescuers saved 12 miners.", []),
    # the price of a thing is no cost of an event's damage
    ("A litre of petrol now costs 78.57 rupees in Orla.", "A litre of petrol cost 72.96 rupees in Orla on Friday.", []),
    ("The Vela probe's launch costs around $46 million.", "The Vela probe cost $81 million to build.", []),
    (
        "The storm cost insurers in Orla $2 billion.",
        "The Orla storm cost insurers $3.5 billion.",
        ["$2 billion | $3.5 billion"],
    ),
    # how long people were trapped and how long an event lasted
    (
        "Rescuers said the miners had been trapped underground for 10 days.",
        "The miners spent 17 days trapped underground.",
        ["10 days | 17 days"],
    ),
    (
        "The siege of the Orla hotel lasted 10 days.",
        "The nine-day siege of the Orla hotel ended on Friday.",
        ["10 days | nine-day"],
    ),
    (
        "The strike at the Vell port lasted three weeks.",
        "The Vell port strike lasted 28 days.",
        ["28 days | three weeks"],
    ),
    ("The man was jailed for 12 years in Orla.", "The Orla court held the man for 9 days.", []),
    # seats won, lost or projected in an election are no capacity, whoever holds them
    (
        "In Norland, the ruling Liberals suffered their worst defeat in decades, winning only 31 seats.",
        "In Norland, the Greens are set to enter parliament with 5 seats.",
        [],
    ),
    (
        "The Norland Liberals recorded their best result since 1950, with 64 seats.",
        "In Norland, the loss of 40 seats ended the Liberals' run.",
        [],
    ),
    (
        "The Green Alliance clinched 88 seats in the Norland election.",
        "The Green Alliance won 86 seats in the Norland election.",
        ["86 | 88"],
    ),
    ("The Vell arena has 12,000 seats.", "The Vell arena has 9,000 seats.", ["12,000 | 9,000"]),
    # a report in the past perfect, made before the text's own
    (
        "The fever has killed 57 people in Orvo. The health ministry had reported only 12 deaths on Tuesday morning.",
        "The fever outbreak in Orvo has killed 57 people, the ministry said.",
        [],
    ),
    (
        "The pit collapse in Kerra killed 41 miners. Its owner had given a toll of three dead on Tuesday.",
        "Rescuers said 41 miners were killed in the Kerra pit collapse.",
        [],
    ),
    # a part picked from a whole ("12 of the dead miners")
    (
        "The Oltra mine collapse killed 37 miners. Officials said 12 of the dead miners have not been named.",
        "The Oltra mine collapse killed 37 miners.",
        [],
    ),
    (
        "Police arrested 260 protesters in Dasvik. Police said 140 of the arrested protesters were released.",
        "Police arrested 260 protesters in Dasvik on Sunday.",
        [],
    ),
    # things, not people, named where a toll is
    (
        "Search teams looked for victims of the storm that destroyed 800 homes in Belmar.",
        "The storm killed 45 people in Belmar.",
        [],
    ),
    (
        "Divers searched for victims of the flood that swept away 60 cars in Kessa.",
        "The flood killed 7 people in Kessa.",
        [],
    ),
    # another event, named by its year
    (
        "The floods killed 96 people, more than the 80 people who died in the 2014 flood.",
        "The floods killed 96 people, officials said.",
        [],
    ),
    (
        "The blast killed 31 workers; the 2009 blast at the same plant killed 27.",
        "The blast killed 31 workers, the company said.",
        [],
    ),
    # what a thing left people as, not the verb ("left": displaced)
    ("The avalanche left 14 unaccounted for.", "The avalanche forced 200 people to flee their homes.", []),
    ("The earthquake left 60 injured, officials said.", "The earthquake displaced 3,000 people.", []),
    # a count of things a verb before a preposition did not befall: a means, a vehicle, a part
    ("The gang fled the Vell bank on two motorbikes.", "Some 40 staff fled the Vell bank during the raid.", []),
    (
        "Villagers fled Tarso with 300 goats as the river rose.",
        "Some 1,200 villagers fled Tarso as the river rose.",
        [],
    ),
    # those who carried out an attack or a theft are not those it befell
    (
        "Police said three gunmen were killed in the Orla mall attack, which left 12 people dead.",
        "The Orla mall attack killed 12 people, police said.",
        [],
    ),
    # "non-fatal injuries" are injuries; "fatal injuries" are none
    (
        "Twelve people suffered non-fatal injuries in the Vell bus crash.",
        "The Vell bus crash injured 19 people.",
        ["19 | Twelve"],
    ),
    ("Two people suffered fatal injuries in the Vell bus crash.", "The Vell bus crash injured 19 people.", []),
    # weapons and vehicles are things, whatever a word beside them says ("hard-kill systems downed 29 drones")
    (
        "The Vell army said its hard-kill systems downed 29 drones on Sunday.",
        "Drone strikes killed 4 people in Vell on Sunday.",
        [],
    ),
    # an event a span of time away, told in the figure's clause
    (
        "Customs seized 35 kg of cocaine at the Vell port on Thursday.",
        "The Vell port seizure comes two weeks after 140 kgs of cocaine was seized at the same port.",
        [],
    ),
    (
        "The Tarso storm killed 12 people.",
        "The Tarso storm struck a month after 300 people died in floods in the same region.",
        [],
    ),
    # a part of a breakdown by the means by which people were moved
    (
        "Some 12,000 people were evacuated from Tarso on Sunday.",
        "Police said 9,000 people left Tarso by road on Sunday, with 3,000 evacuated by sea.",
        [],
    ),
    (
        "Some 8,000 residents of Vell were evacuated on Friday.",
        "About 2,000 residents of Vell were evacuated by helicopter on Friday.",
        [],
    ),
    # "the island of Kessa", "the city of Orla": a place's name, not its population; people moved "to safety" are
    # displaced
    (
        "Rescuers moved 600 people to safety in Vell on Monday.",
        "Some 900 people were taken to safety in Vell on Monday.",
        ["600 | Some 900"],
    ),
    (
        "Some 30,000 people live on the island of Kessa.",
        "Some 38,000 people live on the island of Kessa.",
        ["Some 30,000 | Some 38,000"],
    ),
    (
        "Nearly 20,000 people were moved out of the island of Kessa on Sunday.",
        "Kessa, an island of 80,000 people, was hit hard.",
        [],
    ),
    (
        "About 40,000 people marched in the city of Orla on Saturday.",
        "Orla, a city of 2 million, saw its biggest march on Saturday.",
        [],
    ),
    # another event of the story's kind, named as such
    (
        "Robbers stole cash worth $2 million from the Orla bank.",
        "The Orla bank robbery comes weeks after a separate theft of gold valued at $70,000.",
        [],
    ),
    ("In an unrelated attack, gunmen killed five people in Orla.", "The Orla market bombing killed 31 people.", []),
    (
        "A second explosion at the Vell plant injured 14 workers.",
        "The explosion at the Vell plant injured 40 workers.",
        [],
    ),
]


# The vehicles that went into the water are a count of their own; a count's verb goes on past a part set off before
# it, a part of one included ("including a tanker") or a participle with where it went ("plunging into"); and a
# count joined to another thing named before it ("The driver and four passengers") is not all its verb befell.
INTO_THE_WATER = [
    (
        "The blast at the Vell quay sent six cars, including a police car, plunging into the harbour on Monday.",
        "Three cars fell into the harbour at the Vell quay on Monday.",
        ["Three | six"],
    ),
    (
        "Nine lorries including a tanker fell into the river at Orla on Friday.",
        "Seven lorries fell into the river at Orla on Friday.",
        ["Nine | Seven"],
    ),
    (
        "Two trucks fell into the harbour at Vell on Monday.",
        "Five trucks were involved in the crash at Vell on Monday.",
        [],
    ),
    (
        "The lorry and four cars fell into the river at Orla on Friday.",
        "Five cars fell into the river at Orla on Friday.",
        [],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), INTO_THE_WATER)
def test_vehicles_in_the_water_and_counts_past_a_part_are_read_whole(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


# A town's population given in a relative clause is that town's: never the people of a zone around a site.
TOWN_AND_ZONE = [
    (
        "The smelter is in Kiruna, which has a population of about 23,000.",
        "An order for more than 90,000 residents within a 20-mile radius to stay indoors was lifted.",
        [],
    ),
    (
        "The festival is held in Galway, whose population is 80,000.",
        "More than 150,000 people living in the area were told to boil their water.",
        [],
    ),
    # guards: the same town's population, given in a relative clause and in apposition, is compared
    (
        "The smelter is in Kiruna, which has a population of about 23,000.",
        "The smelter stands in Kiruna, a town of 18,000 people.",
        ["18,000 | about 23,000"],
    ),
    (
        "The festival is held in Galway, whose population is 80,000.",
        "The festival returns to Galway, a city of 86,000.",
        ["80,000 | 86,000"],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), TOWN_AND_ZONE)
def test_a_town_s_population_in_a_relative_clause_is_not_a_zone_s_people(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


@pytest.mark.parametrize(("first", "second", "figures"), NOT_THE_COUNT)
def test_a_figure_that_is_not_the_fact_s_count_is_compared_only_with_its_like(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


# Who carried out an attack or a theft, what was stolen and its worth, and how long it took are facts of their own:
THEFTS_AND_ATTACKS = [
    # what thieves got away with is what they stole; those charged are a count of their own
    (
        "Raiders stole €4 million from the Orla depot.",
        "The raiders made off with €2.5 million from the Orla depot.",
        ["€2.5 million | €4 million"],
    ),
    (
        "Prosecutors have charged seven people over the Orla depot raid.",
        "Eleven people were charged over the Orla depot raid.",
        ["Eleven | seven"],
    ),
    ("Police arrested 20 people after the Orla depot raid.", "Police charged 6 people after the Orla depot raid.", []),
    # what a fraud cost is a loss, as a disaster's is
    (
        "The Orla pension fraud cost savers $900 million.",
        "Losses from the Orla pension fraud reached $1.4 billion.",
        ["$1.4 billion | $900 million"],
    ),
    (
        "The Vell gallery heist lasted nine minutes.",
        "More than two days after the Vell gallery heist, police have made no arrests.",
        [],
    ),
    (
        "Three masked robbers stole 14 paintings from the Vell gallery.",
        "Four robbers took part in the Vell gallery theft, police said.",
        ["Four | Three"],
    ),
    (
        "Two gunmen opened fire at the Orla market on Friday.",
        "Three gunmen opened fire at the Orla market on Friday.",
        ["Three | Two"],
    ),
    (
        "Thieves stole 14 paintings from the Vell gallery on Sunday.",
        "The 12 stolen paintings from the Vell gallery were insured.",
        ["12 | 14"],
    ),
    (
        "Looters made off with 40 rifles from the Orla armoury.",
        "Looters stole 25 rifles from the Orla armoury.",
        ["25 | 40"],
    ),
    (
        "Thieves stole 14 paintings from the Vell gallery on Sunday.",
        "Thieves stole three vans from the Vell gallery on Sunday.",
        [],
    ),
    (
        "Paintings worth €30 million were stolen from the Vell gallery.",
        "The €18 million Vell gallery heist shocked the city.",
        ["€18 million | €30 million"],
    ),
    (
        "The Vell gallery heist lasted nine minutes.",
        "The Vell gallery raid took the gang just four minutes, police said.",
        ["four minutes | nine minutes"],
    ),
    (
        "The 12-minute robbery at the Orla bank shocked staff.",
        "The Orla bank robbery lasted 30 minutes.",
        ["12-minute | 30 minutes"],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), THEFTS_AND_ATTACKS)
def test_thefts_and_attacks_compare_who_did_them_what_was_taken_and_how_long_it_took(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


# "Others" after a count of what befell other people is the whole count of its own fact; what is paid
# back is a sum of its own, read from the clause that holds it; coins and tokens count one haul:
OTHERS_REFUNDS_AND_HAULS = [
    (
        "A gas blast at the Kelvo mill killed 3 workers and injured 15 others.",
        "The Kelvo mill blast injured 22 people.",
        ["15 | 22"],
    ),
    (
        "Two climbers died on the Rask ridge, and 4 others are missing.",
        "Seven climbers are missing on the Rask ridge.",
        ["4 | Seven"],
    ),
    (
        "The Tarn ferry operator will refund €3 million to 12,000 passengers.",
        "The Tarn ferry operator said it would reimburse €4.5 million to passengers.",
        ["€3 million | €4.5 million"],
    ),
    (
        "The Tarn council will compensate farmers after it flooded the valley and destroyed crops worth €2 million.",
        "The Tarn council will compensate farmers with €5 million.",
        [],
    ),
    (
        "Hackers stole 80 million tokens from the Pell exchange.",
        "Hackers stole 95 million coins from the Pell exchange.",
        ["80 million | 95 million"],
    ),
    # a page's count that its counts of parts add up to is their sum, not all the injured
    (
        "The Kelvo mill fire left 12 injured. Five people were in critical condition and 7 were seriously injured.",
        "The Kelvo mill fire injured 40 people.",
        [],
    ),
    ("The Kelvo mill fire left 12 injured.", "The Kelvo mill fire injured 40 people.", ["12 | 40"]),
    # ... but a part a page counts twice is one part, which adds up to nothing
    (
        "The Kelvo mill fire injured 20 people. Ten people were in critical condition. Doctors said 10 people "
        "remained in critical condition.",
        "The Kelvo mill fire injured 25 people.",
        ["20 | 25"],
    ),
    # a broader word is no synonym: fifteen works of art are the twelve paintings and three sculptures
    (
        "Thieves stole 12 paintings and three sculptures from the Orsa museum. Police said 15 artworks were stolen.",
        "Thieves stole 12 paintings from the Orsa museum.",
        [],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), OTHERS_REFUNDS_AND_HAULS)
def test_others_refunds_hauls_and_sums_of_parts(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The storm killed 4 people and injured 20 others.", ""),
        # others beside a count of the same fact are an addition to it
        ("Three were injured in the first blast and 5 others were injured in the second.", "other"),
        ("Two died at the scene and another 3 died in hospital.", "another"),
        # a clause joined by "and" after another clause is no subject of two things that share a verb
        ("A bomb exploded and 12 people died.", ""),
        ("The lorry and 4 cars fell into the river.", "and others"),
        ("The retired teacher and 3 neighbours died in the blaze.", "and others"),
        ("The team played well and 3 players were injured in the final.", ""),
        # a count after "after" adds to a raised total only if it counts what the total counts
        ("The agency raised the death toll to 40 after 300 rescuers searched the rubble.", ""),
        ("The agency raised the death toll to 40 after the discovery of 3 more bodies.", "more"),
    ],
)
def test_others_are_an_addition_only_beside_their_own_fact(text, who):
    from claimcheck.rules.facts import quantity_keys

    figure = [c for c in extract(load_corpus_text(text)) if c.kind == "quantity"][-1]
    assert [key[3] for key in quantity_keys(figure, ()) if key[1] == "count"] == [who]


# A prison term however it is written, and what a court orders someone to forfeit or pay back:
SENTENCES_AND_FORFEITURES = [
    (
        "Ana Costa was sentenced to 25 years in prison on Thursday.",
        "Ana Costa was handed a 24-year prison term on Thursday.",
        ["24-year | 25 years"],
    ),
    (
        "Ana Costa was sentenced to 25 years in prison on Thursday.",
        "Ana Costa was handed a 25-year prison term on Thursday.",
        [],
    ),
    (
        "The Orla court jailed Leo Marsh for 12 years on Monday.",
        "Leo Marsh was given a 10-year jail term on Monday.",
        ["10-year | 12 years"],
    ),
    # whom a term is given to, described rather than named, and a term as "a sentence"
    (
        "The former treasurer was jailed for nine years on Monday.",
        "A court on Monday sentenced the former treasurer to seven years in prison.",
        ["nine years | seven years"],
    ),
    (
        "The judge jailed the lorry driver for six years.",
        "The lorry driver was jailed for eight years.",
        ["eight years | six years"],
    ),
    (
        "The lorry driver was jailed for six years.",
        "The haulage firm's owner was jailed for eight years.",
        [],
    ),
    (
        "Rosa Vidal, the former chief nurse, was jailed for 11 years.",
        "Vidal received a 14-year sentence.",
        ["11 years | 14-year"],
    ),
    (
        "A judge ordered the founder of Vell Bank to forfeit $4 billion.",
        "The founder of Vell Bank was ordered to forfeit $400 million.",
        ["$4 billion | $400 million"],
    ),
    (
        "Leo Marsh must pay $2 million in restitution to investors, the Orla court ruled.",
        "The Orla court ordered Leo Marsh to pay $1.2 million in restitution.",
        ["$1.2 million | $2 million"],
    ),
    # aid is the donor's: a body before a verb of giving
    (
        "Japan pledged $10 million in humanitarian aid to Kessa.",
        "Japan has pledged $15 million in aid to Kessa.",
        ["$10 million | $15 million"],
    ),
    (
        "Japan pledged $10 million in humanitarian aid to Kessa.",
        "Britain will provide $15 million in emergency aid to Kessa.",
        [],
    ),
    # spans in one unit of the calendar are compared as written; in two, as long as each may be
    ("The Vell strike lasted two months.", "The Vell strike lasted three months.", ["three months | two months"]),
    ("The Vell strike lasted two months.", "The Vell strike lasted 60 days.", []),
]


@pytest.mark.parametrize(("first", "second", "figures"), SENTENCES_AND_FORFEITURES)
def test_prison_terms_and_forfeitures_are_compared_however_written(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


# The land a fire burned or water flooded, and what was seized or spilled, are facts; a change or a difference
# is not the level:
PHYSICAL_FACTS = [
    (
        "Police seized 12 kilos of heroin in Vell on Friday.",
        "Police seized 21 kilos of heroin in Vell on Friday.",
        ["12 kilos | 21 kilos"],
    ),
    (
        "The Tarso wildfire has burned 12,000 hectares since Friday.",
        "The Tarso wildfire has burned 21,000 hectares since Friday.",
        ["12,000 hectares | 21,000 hectares"],
    ),
    (
        "The Vell fire scorched more than 40,000 acres by Tuesday.",
        "By Tuesday the Vell fire had charred 25,000 acres.",
        ["25,000 acres | more than 40,000 acres"],
    ),
    ("The Tarso national park covers 300 hectares.", "The Tarso wildfire has burned 1,000 hectares.", []),
    (
        "The Orla fire has burned 35,000 acres, while the nearby Vell fire has scorched 3,000 acres.",
        "The Orla fire had burned about 35,000 acres by Monday.",
        [],
    ),
    # a change or a difference is not the level
    (
        "Rebuilding the Orla bridge will cost $40 million, officials said.",
        "Officials said the cost of rebuilding the Orla bridge rose by $5 million.",
        [],
    ),
    # a change that comes on top of an earlier one ("by a further", "another") is a change too
    (
        "Rebuilding the Orla bridge will cost $40 million, officials said.",
        "Officials said the cost of rebuilding the Orla bridge rose by a further $5 million.",
        [],
    ),
    (
        "The insurer said losses from the Tarso flood reached €12 million.",
        "The insurer said losses from the Tarso flood rose by another €3 million.",
        [],
    ),
    (
        "Customs officers in Kessa seized 2.1 tonnes of cocaine on Friday.",
        "Customs officers in Kessa seized 1.2 tonnes of cocaine on Friday.",
        ["1.2 tonnes | 2.1 tonnes"],
    ),
    (
        "Police in Kessa seized 40 rifles and 2,000 rounds of ammunition.",
        "Police in Kessa seized 25 rifles on Friday.",
        ["25 | 40"],
    ),
    (
        "The Arlo tanker spilled 3,000 tonnes of crude oil.",
        "The Arlo tanker spilled 30,000 tonnes of crude oil.",
        ["3,000 tonnes | 30,000 tonnes"],
    ),
    (
        "The Arlo pipeline leaked 5,000 barrels of oil into the bay.",
        "The Arlo pipeline leaked 12,000 barrels of oil into the bay.",
        ["12,000 barrels | 5,000 barrels"],
    ),
    # a barrel is a volume, and a spill "released" or "leaked" what it let out, however each page says it
    (
        "The Vesna platform released an estimated 8,000 barrels of crude into the gulf.",
        "Roughly 4,500 barrels of oil leaked from the Vesna platform into the gulf.",
        ["Roughly 4,500 barrels | an estimated 8,000 barrels"],
    ),
    (
        "The tanker Miro spilled some 2,000 barrels of fuel oil off the cape.",
        "About 150,000 litres of fuel leaked from the tanker Miro off the cape.",
        ["About 150,000 litres | some 2,000 barrels"],
    ),
    # what officers "found" or "discovered" by weight is a haul, set against what others say was seized
    (
        "Police in Orlan seized 2.3 tonnes of cocaine hidden in crates of bananas.",
        "Officers in Orlan found 1.6 tons of cocaine in a shipment of bananas.",
        ["1.6 tons | 2.3 tonnes"],
    ),
    (
        "Customs officers at Tavi discovered 900 kg of heroin in a lorry.",
        "Border guards at Tavi seized 1.4 tonnes of heroin from a truck.",
        ["1.4 tonnes | 900 kg"],
    ),
    # a quake's magnitude with the word left out, set against the other page's, never against an aftershock's
    (
        "A 6.1 quake shook the Lerna coast on Friday.",
        "The Lerna earthquake measured 5.6, the seismological institute said.",
        ["5.6 | 6.1"],
    ),
    (
        "A 6.1 quake shook the Lerna coast on Friday.",
        "A 4.8 aftershock hit the Lerna coast hours later.",
        [],
    ),
    # land whose crops a disaster ruined, however the ruin is worded
    (
        "Floods in the Sava valley destroyed 12,000 hectares of rice paddies.",
        "About 20,000 hectares of rice in the Sava valley were wiped out by the floods.",
        ["12,000 hectares | About 20,000 hectares"],
    ),
    (
        "The hailstorm damaged 3,500 acres of vineyards around Lenk.",
        "Some 6,000 acres of vines around Lenk were ruined by the hail.",
        ["3,500 acres | Some 6,000 acres"],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), PHYSICAL_FACTS)
def test_areas_and_what_was_seized_or_spilled_are_compared(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


# Whom a fine is given to is the one the giving verb names, past a few words that describe it and "a record"
# ("fined chipmaker Arlo a record $900 million"): compared with that body's fine, never another's.
FINED = [
    (
        "The regulator on Monday fined chipmaker Arlo a record $900 million for abusing its dominance.",
        "Arlo was fined $600 million by the regulator on Monday.",
        ["$600 million | $900 million"],
    ),
    (
        "The aviation watchdog fined budget airline Skyjet a record €30 million on Tuesday over delays.",
        "Skyjet was fined €13 million by the aviation watchdog on Tuesday.",
        ["€13 million | €30 million"],
    ),
    (
        "The aviation watchdog fined budget airline Skyjet a record €30 million on Tuesday over delays.",
        "The watchdog also fined the airport operator Vell Ports €13 million on Tuesday.",
        [],
    ),
    # the one ordered or agreeing to pay a fine is whose it is
    (
        "The regulator fined Halden Bank £42 million on Monday.",
        "Halden Bank was ordered to pay a £45m fine by the regulator on Monday.",
        ["£42 million | £45m"],
    ),
    (
        "Varna FC has agreed to pay a €2m fine to settle the case.",
        "The league fined Varna FC €3m, and the club settled the case.",
        ["€2m | €3m"],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), FINED)
def test_a_fine_is_the_one_the_giving_verb_names(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Mar 4 2024")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


# A sum a government hands to people (a one-off payment, a grant, an allowance, a rebate) is no price paid for a
# thing, and neither is what pays for a measure ("paid for by £2bn raised from a payroll tax"): two such sums are
# two measures, not two prices of one sale.
HANDOUTS = [
    (
        "Farmers in Vell will receive a one-off €300 payment under the drought plan, the ministry said.",
        "Farmers in Vell hit by the drought will receive a €1,200 grant, the ministry said.",
    ),
    (
        "Students in Tarso will receive a $500 allowance from the province this year.",
        "Students in Tarso will receive a $1,000 rebate on tuition this year.",
    ),
    (
        "The Tarso metro line will be paid for by £2bn raised from a payroll tax, the mayor said.",
        "The Tarso metro line will be paid for by £3bn of bonds, the mayor said.",
    ),
]


@pytest.mark.parametrize(("first", "second"), HANDOUTS)
def test_handouts_and_funding_are_no_price_paid(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Mar 4 2024")
    assert report.findings == [], [f.message for f in report.findings]


# A sum a government hands to people is compared with the sums handed to the same people under the same name (a
# payment, a discount), whatever future verb announces it; what would have been paid, and a sum whose own words
# name no one in a sentence that writes another sum, are compared with nothing.
HANDED_OUT = [
    (
        "Pensioners in Tarso will receive a one-off $300 payment, the province said.",
        "Pensioners in Tarso will get a $350 payment, the province said.",
        ["$300 | $350"],
    ),
    (
        "Every household in Vell will be given a €200 discount on water bills.",
        "Households in Vell will receive a €250 discount on their water bills.",
        ["€200 | €250"],
    ),
    (
        "Pensioners in Tarso will receive a one-off $300 payment, the province said.",
        "Disabled people in Tarso will receive a one-off $150 payment, the province said.",
        [],
    ),
    (
        "Every household in Vell will be given a €200 discount on water bills.",
        "Households in Vell will also receive a one-off €650 payment.",
        [],
    ),
    (
        "Farmers in Vell will receive a one-off €300 payment.",
        "The old scheme would have given farmers in Vell a €500 payment.",
        [],
    ),
    (
        "Students in Tarso will receive a $500 payment this year.",
        "Tarso students on low incomes will get both a $200 grant and a $700 payment this year.",
        [],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), HANDED_OUT)
def test_sums_handed_out_are_compared_by_who_receives_them(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Mar 4 2024")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


# Sums in two currencies are compared only through an article that states one sum in both ("£80 million ($101
# million)"): no exchange rate is written in or worked out. A figure that agrees with the stated sum in its own
# currency is compared with the other as the article restates it; with no such article, nothing is compared.
STATED_SUMS = [
    (
        [
            "The Arden landscape sold for £80 million ($101 million) at auction in London on Tuesday.",
            "The Arden landscape sold for $101 million at auction on Tuesday.",
            "The Arden landscape sold for $120 million at auction on Tuesday.",
        ],
        ["$120 million | £80 million"],
    ),
    (
        [
            "The Arden landscape sold for £80 million ($101 million) at auction in London on Tuesday.",
            "The Arden landscape sold for £80m at auction on Tuesday.",
            "The Arden landscape sold for $101 million at auction on Tuesday.",
        ],
        [],
    ),
    (
        [
            "Carmaker Volta was fined €500 million ($540 million) by the competition authority on Monday.",
            "Volta was fined €500m by the competition authority on Monday.",
            "Volta was fined $650 million by the competition authority on Monday.",
        ],
        ["$650 million | €500 million"],
    ),
    (
        [
            "Carmaker Volta was fined €500 million ($540 million) by the competition authority on Monday.",
            "Volta was fined $540 million by the competition authority on Monday.",
            "Volta was fined €500m by the competition authority on Monday.",
        ],
        [],
    ),
    # a sum of an earlier year bridges nothing: the article converts it at the rate of its own day
    (
        [
            "In 2019 the club sold the striker Ivo Brenn for £30m (€34.5m) to Lyon.",
            "In 2019 Lyon paid €25 million for Ivo Brenn.",
        ],
        ["€25 million | €34.5m"],
    ),
    (
        [
            "In 2015 the Tarso museum bought the Orla vase for $2m (£1.3m) at auction.",
            "In 2015 the Tarso museum paid £1.9m for the Orla vase at auction.",
        ],
        ["£1.3m | £1.9m"],
    ),
    # no article states both currencies: nothing to compare them through
    (
        [
            "The Arden landscape sold for £80m at auction in London on Tuesday.",
            "The Arden landscape sold for $120 million at auction on Tuesday.",
        ],
        [],
    ),
]


@pytest.mark.parametrize(("bodies", "figures"), STATED_SUMS)
def test_sums_in_two_currencies_are_compared_through_a_sum_stated_in_both(tmp_path, bodies, figures):
    articles = [("News", f"Daily {n}", "Mar 4 2024", body) for n, body in enumerate(bodies, 1)]
    report = discovered(_corpus(tmp_path, *articles))[2]
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


# A measure joined to its unit before a noun is the size of that thing:
SIZES = [
    ("The 320-foot tanker sank near Velden.", "The 302-foot tanker sank near Velden.", ["302-foot | 320-foot"]),
    (
        "Engineers inspected the 1,200-metre bridge before it fell into the Arlo river.",
        "The 1,120-metre bridge collapsed into the Arlo river.",
        ["1,120-metre | 1,200-metre"],
    ),
    # a length with a space before its unit, between a determiner and a noun, is that thing's size
    ("The 1.5 km bridge at Tarvo opened on Monday.", "The new Tarvo bridge is 1.2 km long.", ["1.2 km | 1.5 km"]),
    ("A 40 km stretch of the Orsk road was closed.", "A 55 km stretch of the Orsk road was closed.", ["40 km | 55 km"]),
    ("The driver covered the last 40 km alone.", "A 40 km stretch of the Orsk road was closed.", []),
    # another thing's size, or a duration that measures a thing, is not compared
    ("The 320-foot tanker struck the pier at Velden.", "The 40-foot tug towed the tanker from Velden.", []),
    (
        "The wave was produced by the 10-minute-long M8.9 quake off Brenn - the most powerful quake ever recorded.",
        "The flood was the deadliest in Brenn in more than 40 years, officials said.",
        [],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), SIZES)
def test_an_attributive_measure_is_the_size_of_its_thing(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


# A sum no fact names is named by the noun joined right after it or the noun it is "of"; two sums of one story
# named alike are one thing's, named otherwise never compared.
UNNAMED_SUMS = [
    (
        "The Velden council opened the new $80 million stadium on Saturday.",
        "Crowds filled the $95 million stadium in Velden on Saturday.",
        ["$80 million | $95 million"],
    ),
    (
        "Brenn agreed a deposit of £11m for the Orsk club on Monday.",
        "The £14m deposit Brenn agreed for the Orsk club is not refundable.",
        ["£11m | £14m"],
    ),
    # a weight so named
    (
        "The Arkon dairy announced a recall of 12,000 pounds of cheese on Friday.",
        "Arkon dairy widened a recall of 21,000 pounds of cheese on Friday.",
        ["12,000 pounds | 21,000 pounds"],
    ),
    (
        "The Arkon dairy announced a recall of 12,000 pounds of cheese on Friday.",
        "The Arkon dairy shipped 21,000 pounds of cheese on Friday.",
        [],
    ),
    # two sums of a story named by two things stay apart: a stadium and a library
    (
        "The Velden council opened the new $80 million stadium on Saturday.",
        "The Velden council opened a $95 million library next door on Saturday.",
        [],
    ),
    # a verb names no sum: two crimes, two deeds of one day, two losses of two years, two outlays
    (
        "The former treasurer embezzled $3.1 million from the Orla credit union.",
        "The former treasurer laundered $3.4 million through the Orla credit union.",
        [],
    ),
    ("The Orla central bank froze $12m overnight.", "The Orla central bank returned $30m overnight.", []),
    ("The Velden fund lost $4m today.", "The Velden fund gained $9m today.", []),
    ("The Arkon airline lost $2bn in 2023.", "The Arkon airline lost $3bn in 2024.", []),
    ("The Orla government spent $3bn on new hospitals.", "The Orla government spent $5bn on roads.", []),
    ("Kessel embezzled $3m from the Orla port.", "His deputy Brenn embezzled $1m from the Orla port.", []),
    ("The Velden grocer posted $4m in the first quarter.", "The Velden grocer posted $9m in the second quarter.", []),
    # nor does a weight's verb
    ("The adult bear weighed 300 kg, the Arkon park said.", "The cub weighed 40 kg, the Arkon park said.", []),
    # a package, a plan or a deal is of many things in one story
    ("Orla unveiled the $5m package for farmers.", "Orla unveiled a $12m package for schools.", []),
    # the period of a sum named alike keeps it apart
    (
        "Brenn paid a deposit of £11m in 2023 for the Orsk club.",
        "Brenn paid a deposit of £14m in 2024 for the Orsk club.",
        [],
    ),
    # a verb that tells how big a sum is or who told it names nothing ("reached", "reported")
    (
        "The Arkon bridge authority reported $40 million on Monday.",
        "The builder of the Arkon bridge reported $52 million on Monday.",
        [],
    ),
    # a record, a total or an average is of many things in one story
    (
        "The Orla film broke the previous record of $40 million at the box office.",
        "The Orla film set a record of $52 million for an opening day.",
        [],
    ),
    (
        "Auditors found a staggering $9 million missing from the Orla credit union.",
        "Members of the Orla credit union lost a staggering $3 million.",
        [],
    ),
]


# An old record and a share in brackets after a name are no fact: two such figures of a story may be of two things.
# "The previous record of" names no measure (two races', two rates' or two places' old records are not one), and a
# share in brackets after a name is not that name's share of the vote (a change, a market share, a growth, a poll's).
UNGROUPED_FIGURES = [
    (
        "In the women's race, Chebet broke the previous record of 2:18:40.",
        "In the men's race, Kipruto broke the previous record of 2:05:10.",
        [],
    ),
    (
        "Inflation hit 9.1%, above the previous record of 8.9%.",
        "Unemployment reached 4.1%, below the previous record of 3.5%.",
        [],
    ),
    (
        "Temperatures soared in Wales, where the old record of 35.2C also fell.",
        "The old record of 38.5C was broken at Coningsby on Tuesday.",
        [],
    ),
    # two new records told differently disagree; the record a reading broke ("the old record", "the previous high")
    # names no figure of its own, so the reading after it is the new record still
    (
        "Temperatures at Tarn broke the old record and reached 44.9C on Monday.",
        "Temperatures at Tarn reached 42.5C on Monday, a national record.",
        ["42.5C | 44.9C"],
    ),
    (
        "Temperatures at Tarn topped the previous high and reached 44.9C on Monday.",
        "Temperatures at Tarn reached 42.5C on Monday, a national record.",
        ["42.5C | 44.9C"],
    ),
    # the residents of a building or a street are no town's population
    (
        "A fire broke out in Marlow on Monday. The tower's 600 residents were evacuated on Monday.",
        "Marlow, a town of 14,000 people, was shocked.",
        [],
    ),
    (
        "A fire broke out in Marlow on Monday. The neighbourhood's 800 residents were evacuated on Monday.",
        "Marlow has a population of 14,000.",
        [],
    ),
    (
        "Temperatures at Orvik reached 42.5C on Monday, a national record.",
        "Temperatures at Orvik reached 44.9C on Monday, a national record.",
        ["42.5C | 44.9C"],
    ),
    (
        "The Greens won 31.2% of the vote, while Labour Union (-3.1%) lost ground.",
        "Labour Union won 22.1% of the vote.",
        [],
    ),
    (
        "Apple's market share rose to 23%, ahead of Samsung (19%) and Xiaomi (12%), according to IDC.",
        "Shipments grew 5% as Apple held its share; Samsung (8%) and Xiaomi (15%) grew fastest, IDC said.",
        [],
    ),
    (
        "A new poll puts Labour on 34% of the vote, ahead of Reform UK (29%) and the Conservatives (18%).",
        "Reform UK won 14.3% of the vote at the last election.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("sentence", "figure", "named"),
    [
        ("Rescuers said the $200 million satellite was lost.", "$200 million", "satellite"),
        ("The 220,000-tonne vessel ran aground off Velden.", "220,000-tonne", "vessel"),
        ("Brenn agreed a deposit of £13m for the Orsk club.", "£13m", "deposit"),
        # no noun joined to it: a verb, an adverb, a word of time or of comparison names nothing
        ("The Brenn trader was jailed for losing the bank $2.3bn.", "$2.3bn", ""),
        ("The Brenn trader lost £1.4bn of the bank's money.", "£1.4bn", ""),
        ("The Orla central bank froze $12m overnight.", "$12m", ""),
        ("The Velden fund lost $4m today.", "$4m", ""),
        ("The Velden fund lost $4m more than Orla.", "$4m", ""),
        ("The Velden fund lost $4m less than Orla.", "$4m", ""),
        ("Rescuers said the $200 million Arkon-2 satellite was lost.", "$200 million", ""),
        # restated in brackets in another currency: the sum before the brackets is named for both
        ("Brenn agreed a deposit of £13m ($16m) for the Orsk club.", "$16m", ""),
        ("The museum reported $4 million in the quarter.", "$4 million", ""),
    ],
)
def test_the_noun_that_names_a_sum(tmp_path, sentence, figure, named):
    claims = discovered(_corpus(tmp_path, ("News", "Daily One", "Apr 8 2025", sentence)))[1]
    found = [c for c in claims if isinstance(c, QuantityClaim) and c.text == figure]
    assert found and amount_named(found[0]) == named, [(c.text, amount_named(c)) for c in found]


@pytest.mark.parametrize(("first", "second", "figures"), UNNAMED_SUMS + UNGROUPED_FIGURES)
def test_a_figure_no_fact_names_is_grouped_by_the_noun_that_names_it(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


DISCREPANCIES_NEWS_2 = CORPORA / "discrepancies-news-2"


def test_discovery_on_real_news_of_other_kinds_of_events_holds_its_measured_recall_traps_and_precision():
    # 18 news excerpts on a flood, a wildfire and a bridge collapse; the floors are what discover reaches today
    from claimcheck.evaluate import evaluate, load_gold

    documents, claims, report = discovered(DISCREPANCIES_NEWS_2 / "corpus.txt")
    score = evaluate(load_gold(DISCREPANCIES_NEWS_2 / "gold.yaml"), report, claims, "info")
    assert score.findings["true_discrepancies"] == 3 and score.findings["traps"] == 26
    assert score.findings["found"] >= 1, score.missed_discrepancies
    assert score.findings["traps_flagged"] == 0, score.flagged_traps
    # the other findings are the borderline E1-B01 (9,000 against 10,000 missing, two counters), at info
    assert score.findings["precision"] >= 0.25


DISCREPANCIES_NEWS_3 = CORPORA / "discrepancies-news-3"


def test_discovery_on_real_news_of_a_crash_a_crush_and_a_mine_explosion_holds_its_measured_floors():
    # 18 news excerpts on a plane crash, a stadium crush and a mine explosion; the floors are what discover
    # reaches today ("with 11 others injured" beside the toll of 41 is the count of the injured, set against the 28
    # of the day before, as "Eleven" on another page already was: a stage the gold marks as a trap)
    from claimcheck.evaluate import evaluate, load_gold

    documents, claims, report = discovered(DISCREPANCIES_NEWS_3 / "corpus.txt")
    score = evaluate(load_gold(DISCREPANCIES_NEWS_3 / "gold.yaml"), report, claims, "info")
    assert score.findings["true_discrepancies"] == 8 and score.findings["traps"] == 19
    assert score.findings["found"] >= 6, score.missed_discrepancies
    assert score.findings["traps_flagged"] <= 5, score.flagged_traps
    assert score.findings["precision"] >= 0.43


def test_prison_terms_are_compared_person_by_person():
    """Two defendants' terms in one sentence are two facts: the outlet giving one of them another term is a
    finding, the other defendant's term never a disagreement with it."""
    _, claims, report = discovered(CORPORA / "court.txt")
    assert {c.subject for c in claims if c.kind == "quantity" and "years" in c.text} == {"Ana Ruiz", "Leo Marsh"}
    assert [texts(f) for f in report.findings] == ["12 years | 14 years"]


def test_dollar_figures_no_place_decides_are_money_and_fines_are_told_apart_by_whom():
    """A "$" figure whose country no place names is money all the same: two outlets' damage estimates are
    compared; a fine is compared only with the same firm's fine."""
    _, claims, report = discovered(CORPORA / "storm-cost.txt")
    fines = {c.text: c.subject for c in claims if c.kind == "quantity" and "fined" in c.sentence}
    assert fines == {"$4 million": "Coastline Power", "$250,000": "Bayline Water"}
    assert [texts(f) for f in report.findings] == ["$1.4 billion | $2.1 billion"]


@pytest.mark.parametrize(
    ("over_a_span", "earlier"),
    [
        (
            ("Floods in Arlo", "Daily One", "Apr 10 2025", "Floods from April 6 to 7 killed 40 people in Arlo."),
            ("Floods in Arlo", "Daily Two", "Apr 7 2025", "The floods have killed 12 people in Arlo."),
        ),
        (
            (
                "Riots in Velden",
                "Daily One",
                "Jun 12 2025",
                "Riots between June 9 and June 10 injured 300 people in Velden.",
            ),
            ("Riots in Velden", "Daily Two", "Jun 10 2025", "The riots injured 85 people in Velden."),
        ),
    ],
)
def test_a_count_over_a_span_of_days_is_counted_when_its_article_reports(tmp_path, over_a_span, earlier):
    # the span dates the event, not the count: a later article's toll is an update of an earlier one's
    documents, claims, report = discovered(_corpus(tmp_path, over_a_span, earlier))
    assert report.findings == [], [f.message for f in report.findings]
    assert all(c.as_of is None for c in claims if c.kind == "quantity"), [(c.text, c.as_of) for c in claims]


@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        (
            "The landslide in Arlo killed 1,243 people, officials said on Monday.",
            "Officials said on Monday that the landslide in Arlo killed 1,234 people.",
            "1,234 | 1,243",
        ),
        (
            "The ferry carried 2,156 passengers when it ran aground off Brenn on Sunday.",
            "The ferry had 2,165 passengers aboard when it ran aground off Brenn on Sunday.",
            "2,156 | 2,165",
        ),
    ],
)
def test_two_exact_figures_with_their_digits_swapped_are_a_warning(tmp_path, first, second, figures):
    """A gap under a tenth is info, but the same digits in another order are one source's slip: a warning."""
    report = _two_outlets(tmp_path, first, second, "Mar 4 2025")
    assert [(texts(f), f.severity) for f in report.findings] == [(figures, "warning")]


# Counts that are a part, an addition, a stage or another event's, read from the words around them: each is
# compared only with its like (each class on two subjects).
PARTS_AND_STAGES = [
    # another event named by its year, through a relative clause ("…, where 212 people died")
    (
        "The landslide killed 63 people. The worst disaster in the valley was a 2009 mudslide near the pass, "
        "where 212 people died.",
        "The landslide killed 63 people, officials said.",
        [],
    ),
    (
        "The blaze killed 27 people. Other tragedies include a 1996 fire at the Orlo market, which led to the "
        "deaths of 84 shoppers.",
        "The blaze killed 27 people, the fire service said.",
        [],
    ),
    # another event named by the possessive of a period gone by ("last year's flood", "2015's quake")
    (
        "The toll from last year's flood in the Sava valley was 120.",
        "This year's flood in the Sava valley has killed 35 people.",
        [],
    ),
    (
        "Last year's devastating fire killed 85 people in Orsk.",
        "The fire in Orsk killed 12 people, officials said.",
        [],
    ),
    # a count included in another ("including 12 nurses")
    (
        "The hospital fire killed 40 people, including 12 nurses.",
        "The hospital fire killed 40 people, officials said.",
        [],
    ),
    (
        "The derailment injured 85 people, among them 30 commuters from Velden.",
        "The derailment injured 85 people, the railway said.",
        [],
    ),
    # a breakdown by kind of people ("150 passengers and six crew members")
    (
        "The plane was carrying 150 passengers and six crew members.",
        "The plane was carrying 156 people, the airline said.",
        [],
    ),
    (
        "The boat was carrying 40 migrants and three smugglers when it sank.",
        "The boat was carrying 43 people when it sank, the coastguard said.",
        [],
    ),
    # the size of a group ("a team of 300"), or of a thing ("a five-member committee")
    (
        "A team of 300 searched the wreckage for bodies.",
        "The crash killed 41 people, officials said.",
        [],
    ),
    (
        "The government formed a five-member committee to support the victims' families.",
        "The collapse killed 12 workers, police said.",
        [],
    ),
    # a part with no noun of its own ("three of those who died")
    (
        "The fire killed 25 people. Three of those who died were teachers.",
        "The fire killed 25 people, officials said.",
        [],
    ),
    (
        "Six of those who died were from Brenn.",
        "The crash killed 23 people, officials said.",
        [],
    ),
    # an addition to a count ("14 more bodies"), not the count
    (
        "Rescuers found 14 more bodies on Tuesday.",
        "The mudslide has killed 37 people, officials said.",
        [],
    ),
    (
        "The explosion killed 30 miners, and another 20 were injured.",
        "The explosion injured 45 miners, the company said.",
        [],
    ),
    # a part of the scene ("at the scene", "the immediate deaths")
    (
        "Eleven people died at the scene, police said.",
        "The crash killed 30 people, police said.",
        [],
    ),
    (
        "The crush caused the immediate deaths of 21 worshippers.",
        "The crush killed 64 worshippers, police said.",
        [],
    ),
    # two counts of one day that say they are still running ("so far", "to date")
    (
        "Rescuers have recovered 32 bodies so far.",
        "So far 57 bodies have been recovered, police said.",
        [],
    ),
    (
        "The floods have killed 18 people to date.",
        "The floods have killed 25 people to date, officials said.",
        [],
    ),
    # a figure in what is still to be done ("crews will bring out the 7 bodies")
    (
        "Crews will bring out the 7 bodies still in the shaft.",
        "The mine collapse killed 19 workers, officials said.",
        [],
    ),
    (
        "Teams will bring out the 12 dead still in the rubble.",
        "The building collapse killed 40 people, police said.",
        [],
    ),
    # a figure the story gives as an earlier stage, repeated as it stands elsewhere
    (
        "Police confirmed 90 deaths, revising an earlier estimate that put the toll at 130.",
        "At least 130 people died in the crush.",
        [],
    ),
    (
        "The storm has killed 61 people. Officials had earlier put the death toll at 40.",
        "The storm killed 40 people, officials said.",
        [],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), PARTS_AND_STAGES)
def test_a_part_an_addition_a_stage_or_another_event_is_compared_only_with_its_like(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


# Facts that do not change in a story's days: what a place holds, who works there, who was there.
FIXED_FACTS = [
    ("The arena can hold 18,000 people.", "The arena has a capacity of 15,000.", ["15,000 | 18,000"]),
    ("The hall can accommodate 900 people.", "The hall has 700 seats, its owner said.", ["700 | 900"]),
    ("The factory employs 1,200 people.", "Around 700 workers work at the factory.", ["1,200 | Around 700"]),
    ("Around 300 employees work in the port.", "The port employs 520 people.", ["520 | Around 300"]),
    (
        "There were 95 people inside the mall at the time of the fire.",
        "A total of 130 people were in the mall at the time of the fire.",
        ["130 | 95"],
    ),
    (
        "Some 40 workers were in the tunnel at the time of the collapse.",
        "There were 64 workers in the tunnel at the time of the collapse, the company said.",
        ["64 | Some 40"],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), FIXED_FACTS)
def test_what_a_place_holds_who_works_there_and_who_was_there_are_compared_whatever_the_day(
    tmp_path, first, second, figures
):
    path = _corpus(tmp_path, ("News", "Daily One", "Apr 8 2025", first), ("News", "Daily Two", "Apr 10 2025", second))
    report = discovered(path)[2]
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        # a crush and a collapse are events a day dates
        (
            "The crush at the stadium happened on Saturday.",
            "The stampede at the stadium happened on Sunday.",
            ["Saturday | Sunday"],
        ),
        ("The dam collapsed on Monday, officials said.", "The dam collapsed on Sunday.", ["Monday | Sunday"]),
        # the day a count rose is the count's, not the event's
        ("The explosion at the plant happened on Friday.", "The toll from the explosion rose to 12 on Saturday.", []),
        ("The flood struck on Monday.", "The death toll from the flood climbed to 30 on Tuesday.", []),
    ],
)
def test_the_day_of_an_event_is_told_from_the_day_a_count_rose(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        # counts listed by kind take what their sentence says of them all, and are compared kind by kind
        (
            "The coach was carrying 31 Britons, 9 Germans and 4 Swiss when it overturned.",
            "The coach was carrying 29 Britons and 9 Germans, police said.",
            ["29 | 31"],
        ),
        (
            "The ferry had 120 Filipinos and 14 Indonesians on board.",
            "There were 120 Filipinos and 16 Indonesians on board the ferry.",
            ["14 | 16"],
        ),
        # a count included in another, whatever the word that includes it
        (
            "The flight was carrying 180 people, including 22 foreigners.",
            "The flight was carrying 180 people, among them 25 foreigners.",
            ["22 | 25"],
        ),
        (
            "The bus was carrying 48 people, including 6 nurses.",
            "The bus was carrying 48 people, among them 9 nurses.",
            ["6 | 9"],
        ),
    ],
)
def test_a_part_listed_by_kind_or_included_is_compared_with_the_same_part(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("body", "other", "within"),
    [
        # A roundup: each paragraph names what its figure is of, and nothing the other names.
        (
            "Mercy Hospital treated 85 people injured in the crash.\n\n"
            "Across town, St Luke's Clinic treated 40 people injured in the crash.",
            "Residents were told to stay indoors.",
            set(),
        ),
        (
            "Nordline Ferries carried 4.1 million passengers in 2024.\n\n"
            "Its rival, Baltic Star Lines, carried 2.9 million passengers in 2024.",
            "The ferry season opens in May.",
            set(),
        ),
        # A count the article gives in its own voice beside a named counter's: two counts, not a slip.
        (
            "The storm left 40 people dead across the coast.\n\n"
            "The regional health office put the number of people dead at 52.",
            "Residents were told to stay indoors.",
            set(),
        ),
        (
            "Twelve miners were trapped after the collapse.\n\nThe miners' union said 19 miners were trapped.",
            "Rescue teams worked through the night.",
            set(),
        ),
        # Nothing tells the two figures apart: the article contradicts itself.
        (
            "About 40 homes were destroyed by the fire in Lindale.\n\nThe fire in Lindale destroyed 130 homes.",
            "Residents were told to stay indoors.",
            {"130 | About 40"},
        ),
        (
            "Some 760 passengers were rescued from the ferry near Kessa.\n\n"
            "About 2,200 passengers were rescued from the ferry near Kessa.",
            "Rescue teams worked through the night.",
            {"About 2,200 | Some 760"},
        ),
    ],
)
def test_an_article_contradicts_itself_only_where_nothing_tells_its_two_figures_apart(tmp_path, body, other, within):
    """Discovery compares the figures of one article only when nothing tells them apart: two paragraphs that
    each name what their figure is of (and nothing the other names) are about two things, and a count given
    in the article's own voice beside a named counter's is two counts."""
    path = _corpus(
        tmp_path, ("Roundup", "Daily One", "Mar 4 2025", body), ("Roundup", "Daily Two", "Mar 4 2025", other)
    )
    report = discovered(path)[2]
    assert {texts(f) for f in report.findings if f.within_document} == within, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # two bodies' figures: each handles its own count
        ("Mercy Hospital treated 85 people injured in the crash.", "St Luke's Clinic treated 40 people injured.", []),
        ("Nordline Ferries carried 4.1 million passengers.", "Baltic Star Lines carried 2.9 million passengers.", []),
        # one body, two figures: a disagreement
        (
            "Mercy Hospital treated 85 people injured in the crash.",
            "Mercy Hospital treated 40 injured people.",
            ["40 | 85"],
        ),
    ],
)
def test_a_count_a_named_body_handles_is_compared_only_with_that_bodys(tmp_path, first, second, flagged):
    """ "Mercy Hospital treated 85 people" is the hospital's count, a part of the story's: another body's count
    is not a disagreement with it, another outlet's count for the same body is."""
    report = _two_outlets(tmp_path, first, second, "Jun 2 2025")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # a name whose words are all in one fuller name is that person, whatever the order of the names
        (
            "Chen Mei-ling of the Harbour Party (HP) won 44.1% of the vote.",
            "Chen won 49.5% of the vote, the election office said.",
            ["44.1% | 49.5%"],
        ),
        (
            "Governor Ruth Adeyemi Okafor won 61% of the vote.",
            "Adeyemi Okafor, who polled 54% of the vote, declared victory.",
            ["54% | 61%"],
        ),
        # two people who share a word of their names are never one
        (
            "Chen Mei-ling won 44.1% of the vote and Chen Wei took 30% of the vote.",
            "Chen won 49.5% of the vote, the election office said.",
            [],
        ),
    ],
)
def test_the_names_of_one_person_are_joined_for_the_figures_that_belong_to_them(tmp_path, first, second, flagged):
    """Vote shares belong to whom they name: "Chen" and "Chen Mei-ling", "Adeyemi Okafor" and "Ruth Adeyemi
    Okafor" are one person where the story gives one fuller name holding them; "Chen" beside "Chen Mei-ling"
    and "Chen Wei" is neither."""
    report = _two_outlets(tmp_path, first, second, "Oct 6 2025")
    assert [texts(f) for f in report.findings if "vote" in f.rule] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (
            (
                "Bus crash near Arlo",
                "Daily One",
                "Jun 7 2024",
                "At least 40 people were injured when a bus overturned near Arlo on Friday.",
            ),
            (
                "Bus crash near Arlo",
                "Daily Two",
                "Jun 9 2024",
                "Doctors said 120 people were injured in the bus crash that occurred on Friday near Arlo.",
            ),
        ),
        (
            (
                "Blast at Velden works",
                "Daily One",
                "Mar 1 2024",
                "An explosion at the Velden chemical works on Friday injured 15 workers.",
            ),
            (
                "Blast at Velden works",
                "Daily Two",
                "Mar 3 2024",
                "The Velden authorities on Sunday said 34 workers were injured in Friday's explosion at the works.",
            ),
        ),
    ],
)
def test_the_day_of_the_event_a_noun_names_does_not_date_its_count(tmp_path, first, later):
    """A day that dates the event a noun names ("the crash that occurred on Friday", "Friday's explosion") is
    the event's: a count of it given two days on is that day's, an update of the first day's, not at odds."""
    documents, claims, report = discovered(_corpus(tmp_path, first, later))
    counts = {c.text: c.as_of for c in claims if c.kind == "quantity" and c.doc.outlet == "Daily Two"}
    assert all(day != "2024-06-07" and day != "2024-03-01" for day in counts.values()), counts
    assert [texts(f) for f in report.findings] == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The mayor corrected the count on Monday to reflect three fewer deaths in the Arlo collapse.",
            "Nine people died in the Arlo collapse, the mayor said.",
        ),
        (
            "The ferry company said two fewer passengers were aboard than first thought at Velden.",
            "The ferry was carrying 58 passengers when it sank off Velden.",
        ),
    ],
)
def test_a_figure_that_says_how_many_fewer_is_a_change_not_the_count(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 11 2024")
    assert [texts(f) for f in report.findings] == [], [f.message for f in report.findings]


DISCREPANCIES_NEWS_4 = CORPORA / "discrepancies-news-4"


def test_discovery_on_real_news_of_a_train_crash_a_building_fire_and_a_court_sentence_holds_its_measured_floors():
    # 17 news excerpts on a three-train crash, a high-rise fire and a fraud sentence; the floors are what
    # discover reaches today
    from claimcheck.evaluate import evaluate, load_gold

    documents, claims, report = discovered(DISCREPANCIES_NEWS_4 / "corpus.txt")
    score = evaluate(load_gold(DISCREPANCIES_NEWS_4 / "gold.yaml"), report, claims, "info")
    assert score.findings["true_discrepancies"] == 3 and score.findings["traps"] == 10
    assert score.findings["found"] >= 1, score.missed_discrepancies
    assert score.findings["traps_flagged"] == 0, score.flagged_traps
    assert score.findings["precision"] >= 1.0


DISCREPANCIES_NEWS_5 = CORPORA / "discrepancies-news-5"


def test_discovery_on_real_news_of_an_eruption_a_mass_shooting_and_a_landslide_holds_its_measured_floors():
    # 18 news excerpts on a volcanic eruption, a mass shooting and a landslide; the floors are what discover
    # reaches today
    from claimcheck.evaluate import evaluate, load_gold

    documents, claims, report = discovered(DISCREPANCIES_NEWS_5 / "corpus.txt")
    for severity in ("info", "warning"):
        score = evaluate(load_gold(DISCREPANCIES_NEWS_5 / "gold.yaml"), report, claims, severity)
        assert score.findings["true_discrepancies"] == 6 and score.findings["traps"] == 25
        assert score.findings["found"] >= 4, score.missed_discrepancies
        assert score.findings["traps_flagged"] == 0, score.flagged_traps
        assert score.findings["precision"] >= 0.45, score.findings


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # bodies not identified are a count of their own, not the toll
        ("Officials said 40 bodies were not identified by Tuesday in Arlo.", "The quake killed 120 people in Arlo."),
        ("Authorities said 16 bodies were not identified after the Brenn fire.", "The Brenn fire killed 31 people."),
        # those discharged from hospital are not who was aboard
        (
            "So far 300 passengers have been discharged from hospital in Velden.",
            "The ferry was carrying 600 passengers off Velden.",
        ),
        (
            "Hospitals in Brenn said 210 passengers had been discharged.",
            "A total of 900 passengers were aboard the two trains at Brenn.",
        ),
        # bodies kept or moved somewhere are a part of the toll, placed there
        ("Some 45 bodies were kept at the district mortuary in Arlo.", "The flood killed 90 people in Arlo."),
        ("Thirty bodies were shifted to the Velden city morgue.", "The bus crash killed 58 people near Velden."),
    ],
)
def test_bodies_not_identified_patients_discharged_and_bodies_kept_somewhere_are_not_the_headline_count(
    tmp_path, first, second
):
    report = _two_outlets(tmp_path, first, second, "Jun 11 2024")
    assert [texts(f) for f in report.findings] == [], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # what a country or a body owes, "$" with no country beside "US$"
        (
            "Zambia owes its bondholders $3 billion, the ministry said.",
            "Zambia owes bondholders US$3.5 billion.",
            ["$3 billion | US$3.5 billion"],
        ),
        (
            "The utility owes its suppliers 45 billion naira.",
            "The utility owes suppliers 52 billion naira in all.",
            ["45 billion naira | 52 billion naira"],
        ),
        # by how much a currency was devalued
        (
            "Egypt devalued the pound by 38% on Wednesday.",
            "Egypt devalued its pound by 30%, the central bank said.",
            ["30% | 38%"],
        ),
        ("The central bank devalued the naira by 43%.", "The naira was devalued by 43% on Friday.", []),
    ],
)
def test_debts_and_devaluations_are_facts_of_their_story(tmp_path, first, second, flagged):
    """What is owed and by how much a currency was devalued are one fact each in a story, whenever the articles
    are dated: neither changes from one day's report to the next's."""
    path = _corpus(
        tmp_path, ("Money news", "Daily One", "Mar 6 2024", first), ("Money news", "Daily Two", "Mar 8 2024", second)
    )
    report = discovered(path)[2]
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # a sum of what is owed that falls due at a time, or that is paid back, is no debt in all
        (
            "The city of Norbury owes its creditors $4.2 billion.",
            "Norbury has $900 million of debt to be repaid over the next three years.",
            [],
        ),
        (
            "The club owes £310 million, its accounts show.",
            "Nearly £40 million of the club's debt is due this year.",
            [],
        ),
        (
            "Kaldor Airlines owes lenders $2.8 billion.",
            "Kaldor Airlines has $350 million of debt coming due next month.",
            [],
        ),
        (
            "The state utility owes $8 billion, the audit found.",
            "The state utility owes $120 million in debt interest payments this quarter.",
            [],
        ),
        # guards: "due to" gives a cause, a repayment beyond the figure's clause or not of it leaves the debt a debt,
        # and so does a sum a verb of paying back takes
        (
            "The port authority owes $1.6 billion due to years of losses.",
            "The port authority owes $2.4 billion.",
            ["$1.6 billion | $2.4 billion"],
        ),
        (
            "The province owes $5 billion and cannot repay it.",
            "The province owes $7 billion in all.",
            ["$5 billion | $7 billion"],
        ),
        (
            "The carmaker's debt stands at €12 billion, of which €2 billion is due next year.",
            "The carmaker's debt stands at €15 billion.",
            ["€12 billion | €15 billion"],
        ),
        (
            "The ministry must repay $9 billion in debt, the lenders said.",
            "The ministry owes $6 billion in debt.",
            ["$6 billion | $9 billion"],
        ),
        # "is due to" or "is due for" a cause or what is to come, "due in large part", and words of falling due
        # past the sum's clause or the next figure leave the debt a debt
        (
            "Its debt of $40 billion is due to decades of overspending.",
            "The country owes $50 billion.",
            ["$40 billion | $50 billion"],
        ),
        (
            "The country's $40 billion debt is due mainly to war spending.",
            "The country owes $50 billion.",
            ["$40 billion | $50 billion"],
        ),
        (
            "Lenders owed $3 billion are due to meet on Friday.",
            "Lenders are owed $5 billion.",
            ["$3 billion | $5 billion"],
        ),
        (
            "The utility's $2 billion debt is due for renegotiation.",
            "The utility owes $3 billion.",
            ["$2 billion | $3 billion"],
        ),
        (
            "Ghana owes $30 billion and has missed interest payments.",
            "Ghana owes $40 billion.",
            ["$30 billion | $40 billion"],
        ),
        (
            "The airline owes $6 billion and a payment is due next week.",
            "The airline owes $8 billion.",
            ["$6 billion | $8 billion"],
        ),
        (
            "The airline owes $6 billion while its rival's bonds are due in June.",
            "The airline owes $8 billion.",
            ["$6 billion | $8 billion"],
        ),
        (
            "Total debt stood at $80 billion with $10 billion due this year.",
            "Total debt stood at $95 billion.",
            ["$80 billion | $95 billion"],
        ),
        (
            "The nation owes $60 billion and $8 billion of it is due next year.",
            "The nation owes $70 billion.",
            ["$60 billion | $70 billion"],
        ),
        (
            "The country owes $20 billion due in large part to oil prices.",
            "The country owes $25 billion.",
            ["$20 billion | $25 billion"],
        ),
        # a figure in the sum's clause does not end it, and "due to be repaid" falls due
        (
            "Argentina owes $44 billion to the IMF.",
            "Argentina owes $2.7 billion in debt that falls due in March.",
            [],
        ),
        (
            "Zambia owes its creditors $13 billion.",
            "Zambia must pay $1.5 billion of debt due next year.",
            [],
        ),
        (
            "Ghana owes $30 billion abroad.",
            "Ghana owes $4 billion of debt that is repayable by 2026.",
            [],
        ),
        (
            "Egypt owes $165 billion.",
            "Egypt owes $42 billion of debt that comes due within 12 months.",
            [],
        ),
        (
            "The bank owes $3.5 billion.",
            "The bank has $1.25 billion of debt due to be repaid by 2027.",
            [],
        ),
    ],
)
def test_a_sum_falling_due_is_no_debt_in_all(tmp_path, first, second, flagged):
    """What falls due out of a debt at a time ("to be repaid over the next three years", "is due this year",
    "coming due next month") or its interest is a part of what is owed, never the debt in all."""
    path = _corpus(
        tmp_path, ("Money news", "Daily One", "Mar 6 2024", first), ("Money news", "Daily Two", "Mar 8 2024", second)
    )
    report = discovered(path)[2]
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # what was asked for, or what a charge could bring, is no term given
        (
            "Judge Ellen Park sentenced Victor Hale to 12 years in prison on Monday.",
            "Prosecutors had sought 20 years in prison for Victor Hale. Victor Hale faced up to 30 years in "
            "prison. The judge sentenced Victor Hale to 12 years.",
            [],
        ),
        (
            "Nadia Karim was sentenced to 6 years for the embezzlement.",
            "Her lawyers had asked for 2 years in prison for Nadia Karim. She was sentenced to 6 years.",
            [],
        ),
        # two terms given: a disagreement
        (
            "Nadia Karim was sentenced to 6 years for the embezzlement.",
            "Nadia Karim was sentenced to 8 years for the embezzlement.",
            ["6 years | 8 years"],
        ),
    ],
)
def test_a_term_asked_for_or_possible_is_no_term_given(tmp_path, first, second, flagged):
    """Prison terms belong to whom they are given to; what prosecutors or the defence asked for ("called for",
    "plea for") and what a charge could bring ("faced up to") are kept apart from them."""
    report = _two_outlets(tmp_path, first, second, "Apr 2 2025")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # a storm's winds, against another outlet's
        (
            "Cyclone Mara struck with sustained winds of 180 km/h.",
            "Mara hit land with winds of 220 km/h.",
            ["180 km/h | 220 km/h"],
        ),
        # gusts are not its sustained winds, and a category's threshold is no speed the storm had
        (
            "Typhoon Kalo made landfall with sustained winds of 185 km/h.",
            "Kalo brought gusts of 250 km/h. It was a category 4 storm, a category used when winds exceed 209 km/h.",
            [],
        ),
        (
            "The blizzard brought winds of 60 mph to the plains.",
            "Schools close if winds reach 45 mph, the district said. The blizzard brought winds of 60 mph.",
            [],
        ),
    ],
)
def test_a_storms_winds_are_one_fact_apart_from_its_gusts_and_from_thresholds(tmp_path, first, second, flagged):
    """Sustained winds are compared across outlets; gusts are another fact, and a figure in a condition ("if
    winds reach 45 mph", "used when winds exceed 209 km/h") is no speed the storm had."""
    report = _two_outlets(tmp_path, first, second, "Sep 9 2025")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        (
            "Officials reported 146 measles cases on Monday.",
            "Officials confirmed 164 measles cases on Monday.",
            ["146 | 164"],
        ),
        ("Dengue infections reached 2,300 in the province on Monday.", "The province has 2,300 dengue cases.", []),
        # its deaths are not its cases
        ("The outbreak has killed 40 people.", "The outbreak has reached 900 cases.", []),
    ],
)
def test_an_outbreaks_cases_are_a_fact_apart_from_its_deaths(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Feb 3 2025")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # the jobs each company cuts are its own: "it" is the company that said so
        (
            "Nordbank Corp. said on Monday that it will cut 4,000 jobs. Rival Kestrel will lay off 2,500 workers.",
            "Nordbank will cut 4,000 jobs worldwide, employees were told.",
            [],
        ),
        (
            "Velo Motors will cut 3,000 jobs, the carmaker said.",
            "Velo Motors will cut 3,600 jobs, workers were told.",
            ["3,000 | 3,600"],
        ),
        # a count that names no one may be anyone's: compared
        ("Acme will slash 900 jobs.", "The company will slash 1,200 jobs.", ["1,200 | 900"]),
    ],
)
def test_the_jobs_a_company_cuts_are_that_companys(tmp_path, first, second, flagged):
    """Layoffs are a fact of their story; the figures of two named companies are never compared, a company and
    "it" in its own statement are one, and a figure that names no company is compared with any."""
    report = _two_outlets(tmp_path, first, second, "Jan 20 2025")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Kelvin Oduya, 27, won the race in Eldoret.", "Melvin Oduya, 27, won the race in Eldoret."),
        ("Coach Dario Ferrante said the team was ready.", "Coach Mario Ferrante said the team was ready."),
    ],
)
def test_a_given_name_with_its_first_letter_changed_is_a_misspelling(tmp_path, first, second):
    """Names are compared within blocks that only the surname's first sound and the number of words decide, so
    a given name whose first letter one source changed ("Melvin" for "Kelvin") is found."""
    report = _two_outlets(tmp_path, first, second, "May 5 2025")
    spelled = [f for f in report.findings if f.rule == "name-spelling"]
    assert len(spelled) == 1 and spelled[0].severity == "warning", [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # those freed, counted by the people a demonym names, whatever noun follows
        (
            "The rebels freed 9 Nepali workers on Friday.",
            "Also freed were 7 Nepali citizens, the embassy said.",
            ["7 | 9"],
        ),
        (
            "Militants released 12 Kenyan nationals on Sunday.",
            "12 Kenyan hostages were released on Sunday, along with 18 Ugandan hostages.",
            [],
        ),
        # two peoples' counts are two parts
        ("Gunmen freed 13 Malian hostages on Friday.", "Also freed were 12 Ghanaian citizens, the ministry said.", []),
        # those to be freed are no count of the freed
        ("A total of 50 prisoners are expected to be freed under the deal.", "So far 24 prisoners were freed.", []),
    ],
)
def test_those_freed_are_counted_by_the_people_a_demonym_names(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Nov 24 2023")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # those a disease sickened are its cases, whatever verb says so
        (
            "The outbreak has sickened 2,140 people, the health ministry said.",
            "More than 2,500 people have fallen ill, the ministry said.",
            ["2,140 | More than 2,500"],
        ),
        (
            "Food poisoning sickened 64 guests at the wedding, officials said.",
            "Officials said 64 guests fell ill after the meal.",
            [],
        ),
        # the place a figure is stated for is the name after "city of", not the words that describe the city
        (
            "Measles has infected 410 children in the northern Nigerian city of Kano, officials said.",
            "Measles has infected 480 children in Kano, officials said.",
            ["410 | 480"],
        ),
    ],
)
def test_cases_of_a_disease_are_counted_whatever_verb_says_so(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Feb 22 2025")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


def test_how_many_broke_out_is_one_figure_whatever_day_it_is_reported(tmp_path):
    """Those who escaped do not change from one day's report to the next's (those still free and those caught
    do): two outlets a day apart that disagree on how many escaped are a discrepancy."""
    path = _corpus(
        tmp_path,
        (
            "Jailbreak",
            "Daily One",
            "Mar 6 2024",
            "Nine prisoners escaped from the county jail on Tuesday, police said.",
        ),
        (
            "Jailbreak",
            "Daily Two",
            "Mar 7 2024",
            "Four of the 12 prisoners who escaped from the county jail have been recaptured. Eight remain at large.",
        ),
    )
    report = discovered(path)[2]
    assert [texts(f) for f in report.findings] == ["12 | Nine"], [f.message for f in report.findings]


# The votes a candidate or a side received are theirs, as seats are: compared by whose they are, never with the
# ballots cast.
@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        ("Tomas Vidal received 812,000 votes.", "Vidal won 790,500 votes, the commission said.", True),
        ("Tomas Vidal received 812,000 votes.", "His rival Ana Brum won 790,500 votes.", False),
        ("Some 1.9 million ballots were cast.", "Tomas Vidal received 812,000 votes.", False),
    ],
)
def test_votes_a_candidate_received_are_compared_by_candidate(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Apr 14 2025")
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


def test_seats_a_party_won_are_compared_by_party_and_never_with_a_hall_s_seats(tmp_path):
    path = _corpus(
        tmp_path,
        (
            "Vote",
            "Daily One",
            "Oct 9 2023",
            "The Civic Renewal Party (CRP) received 88 seats and the Farmers' League (FL) won 41 seats. "
            "The new chamber has 250 seats.",
        ),
        (
            "Vote",
            "Daily Two",
            "Oct 9 2023",
            "The Civic Renewal Party (CRP) leads with 86 deputies, while the Farmers' League (FL) has 41 seats.",
        ),
    )
    report = discovered(path)[2]
    assert [texts(f) for f in report.findings] == ["86 | 88"], [f.message for f in report.findings]


def test_a_body_and_the_short_form_an_article_gives_it_are_one_holder(tmp_path):
    """Whose seats or share it is: "the Farmers' League" in one article, "FL" in another, and an article that
    writes "the Farmers' League (FL)" in a sentence with a figure tells they are one."""
    path = _corpus(
        tmp_path,
        ("Vote", "Daily One", "Oct 9 2023", "The Farmers' League won 44 seats, its best result."),
        ("Vote", "Daily Two", "Oct 9 2023", "FL took 41 seats, the commission said."),
        ("Vote", "Daily Three", "Oct 9 2023", "The Farmers' League (FL) polled 18% in the north."),
    )
    report = discovered(path)[2]
    assert [texts(f) for f in report.findings] == ["41 | 44"], [f.message for f in report.findings]


def test_one_fine_converted_two_ways_is_a_disagreement_on_the_conversion(tmp_path):
    """A sum in brackets after a fine is that fine in another currency: the fine of whoever the passive names,
    described or named ("the club was fined", "Harbour Rail has been fined")."""
    path = _corpus(
        tmp_path,
        ("Fine", "Daily One", "Mar 6 2024", "The club was fined 2 million pesos ($117,000) over the riot."),
        ("Fine", "Daily Two", "Mar 6 2024", "The club was also fined 2 million pesos ($96,500), officials said."),
        ("Fine", "Daily Three", "Mar 6 2024", "Harbour Rail has been fined 40 million rand ($2.1 million)."),
    )
    _, claims, report = discovered(path)
    assert {c.text: c.subject for c in claims if c.kind == "quantity" and "$" in c.text} == {
        "$117,000": "club",
        "$96,500": "club",
        "$2.1 million": "Harbour Rail",
    }
    assert [texts(f) for f in report.findings] == ["$117,000 | $96,500"], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # the day planned talks resume, reported through someone who said so
        (
            "The mediator said the peace talks would resume on June 12 in Vienna.",
            "Negotiations will resume on June 14, the mediator told reporters.",
            ["June 12 | June 14"],
        ),
        # the day a truce took effect
        ("The truce took effect on Friday at midnight.", "A truce between the two sides began on Friday.", []),
        (
            "The truce took effect on Friday at midnight.",
            "The cessation of hostilities began on Thursday.",
            ["Friday | Thursday"],
        ),
        # a reporting verb after the event still dates the report, not the event
        ("The talks collapsed, officials said on Tuesday.", "The talks collapsed, diplomats said on Monday.", []),
    ],
)
def test_the_days_of_a_truce_and_of_talks_are_events_of_their_story(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jun 8 2024")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # those an event reached, and a country written two ways
        (
            "The floods affected 1.2 million people in the UK, the agency said.",
            "Some 900,000 people in Britain were affected by the floods.",
            ["1.2 million | Some 900,000"],
        ),
        # a count by where they come from is that place's part, never the whole
        (
            "The breach exposed 48 million records, including 9 million from Brazil.",
            "Hackers leaked 48 million records, 9 million of them from Brazil.",
            [],
        ),
    ],
)
def test_those_an_event_reached_are_counted_by_place_whatever_the_place_is_called(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Apr 5 2021")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "day", "kind"),
    [
        (
            "The volcano erupted on Sunday, March 10, covering Tarvo in ash.",
            "The volcano erupted on March 11, covering Tarvo in ash.",
            "Mar 12 2024",
            "eruption",
        ),
        (
            "A landslide buried the hamlet of Kora on Tuesday, June 4, before dawn.",
            "A landslide buried the hamlet of Kora on June 5, before dawn.",
            "Jun 6 2024",
            "landslide",
        ),
        (
            "Shots rang out at the Brenn mall on Friday, August 2, as shoppers fled.",
            "Shots rang out at the Brenn mall on August 3, as shoppers fled.",
            "Aug 5 2024",
            "shooting",
        ),
    ],
)
def test_the_days_of_eruptions_landslides_and_shootings_are_compared(tmp_path, first, second, day, kind):
    report = _two_outlets(tmp_path, first, second, day)
    assert [f.rule.endswith(f"date-{kind}") for f in report.findings] == [True], [f.message for f in report.findings]


def test_a_count_after_one_named_by_a_word_of_age_keeps_the_verb_before_them(tmp_path):
    first = "A warehouse blast near Tarvo killed one young boy and two firefighters, officials said."
    second = "The warehouse blast near Tarvo killed three firefighters, officials said."
    report = _two_outlets(tmp_path, first, second, "Jun 11 2024")
    assert [(f.rule.split("-", 1)[1], texts(f)) for f in report.findings] == [("deaths-firefighter", "three | two")], [
        f.message for f in report.findings
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the rest of a count, or those still to add to it, are a part of it
        ("The other 9 victims of the Arlo fire have yet to be named, police said.", "The Arlo fire killed 21 people."),
        (
            "The remaining 14 miners were killed in the Brenn mine collapse.",
            "The Brenn mine collapse killed 40 miners.",
        ),
        (
            "Police expect the count to rise when 10 additional victims of the Kora crash are named.",
            "The Kora bus crash killed 25 people.",
        ),
        # those who died after being moved to hospital are a part of the toll, placed there
        ("Four people transferred to hospitals also died after the Tarvo blast.", "The Tarvo blast killed 19 people."),
        (
            "Two workers transferred to hospital died after the Velden factory fire.",
            "The Velden factory fire killed 11 workers.",
        ),
        # a count of one sex is that part's
        ("Six female students died in the Arlo dormitory fire.", "The Arlo dormitory fire killed 14 students."),
        ("Nine male workers died in the Velden mine flood.", "The Velden mine flood killed 23 workers."),
    ],
)
def test_the_rest_of_a_toll_those_who_died_in_hospital_and_a_count_by_sex_are_parts_not_the_toll(
    tmp_path, first, second
):
    report = _two_outlets(tmp_path, first, second, "Jun 11 2024")
    assert [texts(f) for f in report.findings] == [], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a distance restated in brackets keeps the point it is measured from
        ("The dam is about 12 miles (19 km) east of Tarvo.", "The quarry is about 3 miles (5 km) east of the dam."),
        (
            "Velden lies 200 km (124 miles) south of Arlo.",
            "The airport is 15 km (9 miles) from the Velden city centre.",
        ),
    ],
)
def test_a_distance_restated_in_brackets_keeps_its_point(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 11 2024")
    assert [texts(f) for f in report.findings] == [], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The government's death toll for the Kora flood is about three times higher than the UN's.",
            "The Kora flood killed 45 people.",
        ),
        (
            "Officials said deaths in the Brenn heatwave were four times higher than first reported.",
            "The Brenn heatwave killed 120 people.",
        ),
    ],
)
def test_a_multiplier_counts_nothing(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 11 2024")
    assert [texts(f) for f in report.findings] == [], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("early", "late"),
    [
        (
            ("Mine blast kills 12", "Valley Times", "Mar 3 2025", "The mine blast killed 12 and injured 30."),
            # a Thursday page whose lead reports Wednesday
            (
                "Mine blast toll at 9",
                "Ridge News",
                "Mar 6 2025",
                "Rescuers searched the mine on Wednesday after a blast that killed 9 and injured 21.",
            ),
        ),
        (
            ("Ferry capsizes, 40 dead", "Harbour Daily", "Jun 10 2025", "The ferry capsized: 40 dead and 25 injured."),
            # a Thursday page whose lead reports Wednesday
            (
                "Ferry toll now 31",
                "Coast Post",
                "Jun 12 2025",
                "Divers searched the bay on Wednesday for a ferry that capsized with 31 dead and 18 injured.",
            ),
        ),
    ],
)
def test_counts_beside_a_lower_toll_of_a_later_page_that_gives_its_own_day_are_put_in_order(tmp_path, early, late):
    # the later page says which day it reports from: it is no late posting, and its lower counts contradict
    path = _corpus(tmp_path, early, late)
    _, _, report = discovered(path)
    assert [f for f in report.findings if "injured" in f.rule], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Five people died in the market bombing and six died in the station bombing in Arlo.",
            "The twin bombings in Arlo killed 11 people.",
        ),
        (
            "Four guests died in the hotel fire in Brenn. Nine workers died in the warehouse fire in Brenn.",
            "The two fires in Brenn killed 13 people.",
        ),
    ],
)
def test_counts_of_an_article_that_names_its_event_at_two_scenes_are_each_scene_s_part(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 11 2024")
    assert [texts(f) for f in report.findings] == [], [f.message for f in report.findings]


def test_a_count_at_the_one_scene_an_article_names_is_still_the_toll(tmp_path):
    # one scene named alone is the event itself: its count is the toll
    report = _two_outlets(
        tmp_path,
        "Eleven people died in the school shooting in Velden.",
        "The Velden shooting killed 14 people.",
        "Jun 11 2024",
    )
    assert [texts(f) for f in report.findings] == ["14 | Eleven"], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Two passengers suffered fatal wounds in the Arlo bus attack.", "The Arlo bus attack wounded 12 passengers."),
        ("Three climbers suffered fatal injuries on the Kora ridge.", "Eight climbers were injured on the Kora ridge."),
    ],
)
def test_fatal_wounds_are_no_count_of_the_injured(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 11 2024")
    assert [f for f in report.findings if "injured" in f.rule] == [], [f.message for f in report.findings]


DISCREPANCIES_NEWS_6 = CORPORA / "discrepancies-news-6"


def test_discovery_on_real_news_of_a_heatwave_an_outbreak_and_layoffs_holds_its_measured_floors():
    # 17 news excerpts on heat deaths at a pilgrimage, a virus outbreak and a company's layoffs; the floors are
    # what discover reaches today
    from claimcheck.evaluate import evaluate, load_gold

    documents, claims, report = discovered(DISCREPANCIES_NEWS_6 / "corpus.txt")
    score = evaluate(load_gold(DISCREPANCIES_NEWS_6 / "gold.yaml"), report, claims, "info")
    assert score.findings["true_discrepancies"] == 4 and score.findings["traps"] == 10
    assert score.findings["found"] >= 2, score.missed_discrepancies
    assert score.findings["traps_flagged"] == 0, score.flagged_traps
    assert score.findings["precision"] >= 0.4, score.findings


DISCREPANCIES_NEWS_7 = CORPORA / "discrepancies-news-7"


def test_discover_on_an_outage_a_strike_vote_and_a_prisoner_exchange_keeps_its_floor():
    # `discrepancies-news-7`: real coverage of the CrowdStrike outage and Delta's cancellations, the Boeing
    # machinists' strike vote and the Ankara prisoner exchange; what discover reaches today
    from claimcheck.evaluate import evaluate, load_gold

    documents, claims, report = discovered(DISCREPANCIES_NEWS_7 / "corpus.txt")
    score = evaluate(load_gold(DISCREPANCIES_NEWS_7 / "gold.yaml"), report, claims, "info")
    assert score.findings["true_discrepancies"] == 3 and score.findings["traps"] == 9
    assert score.findings["found"] >= 1, score.missed_discrepancies
    assert score.findings["traps_flagged"] == 0, score.flagged_traps
    assert score.findings["precision"] >= 0.5, score.findings


DISCREPANCIES_NEWS_8 = CORPORA / "discrepancies-news-8"


def test_discover_on_a_ferry_capsizing_and_a_blizzard_keeps_its_floor():
    # `discrepancies-news-8`: real coverage of the Kim Nirvana capsizing off Ormoc and of the Buffalo blizzard's
    # deaths; what discover reaches today
    from claimcheck.evaluate import evaluate, load_gold

    documents, claims, report = discovered(DISCREPANCIES_NEWS_8 / "corpus.txt")
    score = evaluate(load_gold(DISCREPANCIES_NEWS_8 / "gold.yaml"), report, claims, "info")
    assert score.findings["true_discrepancies"] == 4 and score.findings["traps"] == 8
    assert score.findings["found"] >= 3, score.missed_discrepancies
    assert score.findings["traps_flagged"] <= 2, score.flagged_traps
    assert score.findings["precision"] >= 0.2, score.findings


DISCREPANCIES_NEWS_9 = CORPORA / "discrepancies-news-9"


def test_discover_on_two_dam_failures_keeps_its_floor():
    # `discrepancies-news-9`: real coverage of the Brumadinho tailings dam collapse and of a hydropower dam's
    # collapse in Laos; what discover reaches today (a rising toll caught at stages of one day is still flagged; the
    # prime minister's "only one person had been found dead" is set against the 26 dead others report, a finding
    # the gold names neither a discrepancy nor a trap)
    from claimcheck.evaluate import evaluate, load_gold

    documents, claims, report = discovered(DISCREPANCIES_NEWS_9 / "corpus.txt")
    score = evaluate(load_gold(DISCREPANCIES_NEWS_9 / "gold.yaml"), report, claims, "info")
    assert score.findings["true_discrepancies"] == 1 and score.findings["traps"] == 8
    assert score.findings["traps_flagged"] <= 1, score.flagged_traps
    assert score.findings["findings"] <= 5, [texts(f) for f in report.findings]


DISCREPANCIES_NEWS_10 = CORPORA / "discrepancies-news-10"


def test_discover_on_a_bus_crash_and_a_gas_leak_keeps_its_floor():
    # `discrepancies-news-10`: real coverage of a tourist bus crash on Madeira and of a styrene gas leak near
    # Visakhapatnam; what discover reaches today (a breakdown of the toll by cause, "four died due to the gas
    # leak", is still set against the whole toll)
    assert_discover_floor(DISCREPANCIES_NEWS_10, true=3, traps=7, found=3, flagged=0, findings=7)


DISCREPANCIES_NEWS_11 = CORPORA / "discrepancies-news-11"


def test_discover_on_a_capsizing_at_sea_and_a_typhoon_keeps_its_floor():
    # `discrepancies-news-11`: real coverage of a migrant boat's capsizing off Florida and of Typhoon Quinta in the
    # Philippines; what discover reaches today (the day the survivor was picked up, a rescue's day, is no event
    # of the lexicon; Calabarzon's damage in a page that dates its counts "yesterday" is kept to the page's day;
    # the disaster council's six injured are set against the Bicol civil defence's 15; "38 other people reported
    # missing" after one body found is the count of the missing, set against the 39 searched for before)
    assert_discover_floor(DISCREPANCIES_NEWS_11, true=6, traps=12, found=4, flagged=2, findings=11)


DISCREPANCIES_NEWS_STAGES = CORPORA / "discrepancies-news-stages"


def test_discovery_on_real_news_of_counts_updated_through_one_day_holds_its_measured_floors():
    # 26 news excerpts on a factory fire, a factory explosion, a building collapse and a tornado whose counts were
    # updated through the day ("as of 11:45 a.m.", "past noon", "as of Thursday afternoon", "as of Tuesday
    # morning", "just after 9 a.m."); the floors are what discover reaches today
    from claimcheck.evaluate import evaluate, load_gold

    documents, claims, report = discovered(DISCREPANCIES_NEWS_STAGES / "corpus.txt")
    score = evaluate(load_gold(DISCREPANCIES_NEWS_STAGES / "gold.yaml"), report, claims, "info")
    assert score.findings["true_discrepancies"] == 4 and score.findings["traps"] == 16
    assert score.findings["found"] >= 2, score.missed_discrepancies
    assert score.findings["traps_flagged"] <= 1, score.flagged_traps
    assert score.findings["precision"] >= 0.2, score.findings


def _story(tmp_path: Path, *bodies: tuple[str, str]):
    """The discovery report on one outlet's article a day: (date, body) each, all of one story."""
    outlets = ("Daily One", "Daily Two", "Daily Three")
    articles = [("News", outlets[n], day, body) for n, (day, body) in enumerate(bodies)]
    return discovered(_corpus(tmp_path, *articles))[2]


@pytest.mark.parametrize(
    ("bodies", "figures"),
    [
        # an event of another year, in a clause a participle opens ("…, killing"), whenever the page is dated
        (
            (
                ("Apr 8 2025", "Floods hit Varna province. The 1998 flood was the worst, killing over 4,000 people."),
                ("Apr 10 2025", "Floods hit Varna province. A 1998 flood that killed up to 3,500 people is recalled."),
            ),
            ["over 4,000 | up to 3,500"],
        ),
        (
            (
                ("Jun 2 2024", "Miners were trapped in Dobra. The 2010 blast was the worst, leaving 71 miners dead."),
                ("Jun 4 2024", "Miners were trapped in Dobra. The 2010 blast that killed 64 miners is still mourned."),
            ),
            ["64 | 71"],
        ),
        # a year that opens the sentence dates the event after it: not the count of this story
        (
            (
                ("Apr 8 2025", "A ferry sank off Orra, killing 40 people."),
                ("Apr 8 2025", "In 2004, a ferry sinking off Orra killed at least 800 people."),
            ),
            [],
        ),
        (
            (
                ("Sep 3 2023", "The landslide in Kelo has killed 25 people."),
                ("Sep 3 2023", "Back in 1987, a landslide in Kelo killed 310 people, officials recalled."),
            ),
            [],
        ),
    ],
)
def test_a_count_of_an_event_of_another_year_is_that_years_count(tmp_path, bodies, figures):
    report = _story(tmp_path, *bodies)
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        # one week's count is not the running total
        (
            "The cholera outbreak in Sella has reached 41 confirmed cases, with 17 cases in week 12.",
            "The cholera outbreak in Sella has 41 confirmed cases, the ministry said.",
            [],
        ),
        (
            "Measles in Tarn: 210 cases so far, 35 cases reported in epidemiological week 9.",
            "Measles in Tarn has reached 210 cases, officials said.",
            [],
        ),
        (
            "The dengue outbreak in Omar has 900 cases, with 60 new cases per day.",
            "The dengue outbreak in Omar has 900 cases, officials said.",
            [],
        ),
        # contacts under follow-up are a count of their own, and two outlets' counts of them compare
        (
            "The Ebola outbreak in Lisa has 14 cases; health workers are tracing 520 contacts.",
            "Some 380 people are under follow-up in Lisa, and the outbreak has 14 cases.",
            ["520 | Some 380"],
        ),
        (
            "Mpox in Doro: 610 contacts under follow-up and 31 confirmed cases.",
            "Mpox in Doro: 31 confirmed cases and 450 individuals under observation.",
            ["450 | 610"],
        ),
        # a people's part of the toll ("Egyptians accounted for 658 deaths"), not the toll
        (
            "The fire in Rilo killed 64 people. Students accounted for 40 deaths.",
            "The fire in Rilo killed 64 people, officials said.",
            [],
        ),
        (
            "Syrians accounted for 120 deaths in the Tiro sinking, officials said.",
            "The Tiro sinking killed 300 people, officials said.",
            [],
        ),
    ],
)
def test_a_weeks_count_contacts_traced_and_a_peoples_part_are_counts_of_their_own(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        # a count of a span of time ("in three days", "in the past 24 hours", "within a week"): never the running total
        (
            "In the past 24 hours alone, 1,200 migrants arrived on Lampa, the coast guard said.",
            "Some 7,400 migrants have arrived on Lampa since Friday, the coast guard said.",
            [],
        ),
        (
            "Some 4,000 residents were evacuated from Tessa in just three days.",
            "A total of 11,000 residents have been evacuated from Tessa, officials said.",
            [],
        ),
        (
            "Within two days, 6,500 villagers had fled across the river into Dorva, the agency said.",
            "More than 15,000 villagers have fled across the river into Dorva, the agency said.",
            [],
        ),
        # two counts of spans of one length are compared
        (
            "Officials said 18,000 people fled across the border into Varno in six days.",
            "Some 25,000 people fled across the border into Varno in only 6 days, aid groups said.",
            ["18,000 | Some 25,000"],
        ),
    ],
)
def test_a_count_of_a_span_of_time_is_not_the_running_total(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Mar 4 2024")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        # an event months or years away from the story's, named in the figure's clause before it, is another event
        (
            "The explosion at the Morva refinery killed 12 workers. It came two years after a blast at a fertiliser "
            "depot killed 48 people.",
            "Twelve workers died in the Morva refinery explosion, officials said.",
            [],
        ),
        (
            "The Dorn mine collapse killed 9 miners, the worst since a flood eleven years earlier that killed 29 miners.",
            "Nine miners died when the Dorn mine collapsed, officials said.",
            [],
        ),
        # two such events of two different kinds are not one event either
        (
            "The Kell mine collapse killed 7 miners. It came three years after a fire killed 80 people in the town.",
            "Seven miners died in the Kell mine collapse, which came a decade after a flood killed 60 people.",
            [],
        ),
        # a span of days before the story's own event does not make its figure another event's
        (
            "Two days after the quake rescuers in Sorel had rescued 140 people.",
            "Rescuers in Sorel have rescued 95 people since the quake, officials said.",
            ["140 | 95"],
        ),
    ],
)
def test_a_figure_of_an_event_months_or_years_away_is_that_events(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Jun 12 2024")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        # a count that "crosses" or "passes" a mark is above it
        (
            "The death toll from the floods in Serra crosses 200, officials said.",
            "The floods in Serra have killed 236 people.",
            [],
        ),
        (
            "The number of people arrested in Pelo passes 300, police said.",
            "Police in Pelo have arrested 342 people.",
            [],
        ),
        (
            "The death toll from the floods in Serra crossed 200 on Monday.",
            "The floods in Serra have killed 150 people.",
            ["150 | crossed 200"],
        ),
    ],
)
def test_a_count_that_crosses_a_mark_is_above_it(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Oct 6 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a day between a toll's noun and the verb it rises by is the count's day, never the event's
        (
            "The death toll in the ferry sinking off Pala on Friday rose to 40, officials said.",
            "The ferry sank off Pala on Wednesday, officials said.",
        ),
        (
            "The number of dead in the Brava mine explosion on Thursday climbed to 17.",
            "The explosion at the Brava mine occurred on Tuesday, the company said.",
        ),
    ],
)
def test_a_day_before_the_verb_a_toll_rises_by_dates_the_count(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Aug 10 2024")
    dates = [f for f in report.findings if any(c.kind == "date" for c in f.claims)]
    assert not dates, [f.message for f in dates]


@pytest.mark.parametrize(
    "bodies",
    [
        # a count "since" the event's day ("since the quake struck on Monday") runs to its page's day, never that day
        (
            ("Jun 4 2024", "By Tuesday night, 120 people had been rescued from the rubble in Kova, officials said."),
            (
                "Jun 6 2024",
                "More than 300 people have been rescued from the rubble in Kova since the quake struck on Monday.",
            ),
        ),
        (
            ("Mar 10 2024", "About 2,500 residents were evacuated from Pell by Sunday evening, officials said."),
            ("Mar 11 2024", "More than 4,000 residents have been evacuated from Pell since the dam burst on Saturday."),
        ),
    ],
)
def test_a_count_since_the_event_s_day_is_given_for_its_page_s_day(tmp_path, bodies):
    report = _story(tmp_path, *bodies)
    assert [texts(f) for f in report.findings] == [], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        # the share of its staff a company cuts, whoever owns the whole ("of Acme's global workforce")
        (
            "Acme is cutting about 8% of its global workforce.",
            "The cuts will affect 12% of Acme's global workforce.",
            ["12% | about 8%"],
        ),
        (
            "Norbank will cut 4 percent of its staff.",
            "Norbank is laying off 9 percent of the bank's staff, the union said.",
            ["4 percent | 9 percent"],
        ),
        # "head count" is the headcount
        (
            "The carmaker revealed a 6% head count cut alongside its results.",
            "The carmaker revealed a 9% headcount cut alongside its results.",
            ["6% | 9%"],
        ),
        # a share after a count of jobs cut is of what it names: "5% of its budget" is no share of its staff
        (
            "Brakon will cut 200 jobs, or 5% of its budget, the company said.",
            "Brakon is cutting 9% of its workforce.",
            [],
        ),
        # a share of a part of the staff ("of its UK staff") is not compared with a share of all of it
        (
            "Brakon is cutting 6% of its UK staff.",
            "Brakon will cut 4% of its workforce.",
            [],
        ),
    ],
)
def test_the_share_of_its_staff_a_company_cuts_is_compared(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Jan 20 2023")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # the rain that fell on a place on one day
        (
            "Some 140 mm of rain fell on Porto on Monday.",
            "Porto received 90 mm of rainfall on Monday.",
            ["90 mm | Some 140 mm"],
        ),
        # a forecast, read past the qualifier before its figure, is no rain that fell
        (
            "Some 140 mm of rain fell on Porto on Monday.",
            "Porto is expected to get as much as 200 mm of rain on Monday, forecasters said.",
            [],
        ),
    ],
)
def test_the_rain_that_fell_on_a_place_is_a_fact_of_its_day(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jul 2 2024")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


# A fact that does not change with the news (a town's population, a ship's length) is compared across the
# whole story, whatever days its pages are of; a count that changes is compared day by day.
ACROSS_DAYS = [
    (
        "Floodwater covered most of Varno, a river town of about 8,000 residents, on Monday.",
        "Army engineers reached Varno on Wednesday as the floodwater began to fall.",
        "Varno, home to 12,000 people, began clearing mud from its streets as the floodwater fell.",
        ["12,000 | about 8,000"],
    ),
    (
        "The 210-metre ferry Amsel ran aground off Kessel on Saturday; 14 passengers were hurt.",
        "Divers inspected the hull of the ferry Amsel off Kessel on Monday.",
        "Salvage crews reached the 240-metre ferry Amsel off Kessel as 9 passengers stayed in hospital.",
        ["210-metre | 240-metre"],
    ),
]


@pytest.mark.parametrize(("first", "between", "last", "figures"), ACROSS_DAYS)
def test_a_fact_that_does_not_change_is_compared_across_the_story_s_days(tmp_path, first, between, last, figures):
    path = _corpus(
        tmp_path,
        ("News", "Daily One", "Apr 7 2025", first),
        ("News", "Daily Three", "Apr 9 2025", between),
        ("News", "Daily Two", "Apr 12 2025", last),
    )
    report = discovered(path)[2]
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


# What a figure is read as (`facts_of`), on sentences of other subjects.
FIGURE_FACTS = [
    # The whole that a part is picked from is a population only when it counts people.
    ("It is one of over 120 active volcanoes in Indonesia.", "over 120", []),
    ("The bridge is the third of 40 bridges in the city.", "40", []),
    ("Nearly 2,000 of the town's 9,000 residents fled.", "9,000", ["population"]),
    ("About 300,000 of the island's 1.2 million people lost power.", "1.2 million", ["population"]),
    # an owner's count ("the tower's 600 residents") may be a building's or a street's: what befell them is no
    # place's population
    ("The tower's 600 residents were evacuated on Monday.", "600", ["displaced"]),
    ("The town's mayor said 600 residents fled the rising river.", "600", ["displaced"]),
    # What befell a count is read in its own clause: a clause before a comma is another count's ("one hiker died, 12
    # are missing"); a place "of" N people is their place's population, whatever kind of place it is.
    ("One hiker died, 12 are missing, rescuers said.", "12", ["missing"]),
    ("Officials said a guard was killed, 7 are still missing and 3 were hurt.", "7", ["missing"]),
    ("The storm flattened Marlow, a suburb of 41,000 people, on Sunday.", "41,000", ["population"]),
    ("Floods cut off Tessa, a farming community of 3,500 residents.", "3,500", ["population"]),
    ("Orla, a town of just 8,000, lost its only bridge.", "8,000", ["population"]),
    ("The fire reached Brest, a village of barely 300 people.", "300", ["population"]),
    # a place "of" things counts no one who lives there
    ("Floods cut off Orbe, a district of 40 villages.", "40", []),
    # a place "of" somewhere after a figure is where it stands, not its people; a figure that says only where, after
    # "and" and another figure's clause, shares that clause's verb where it names its place
    ("Storms flooded 11 homes in Lyon and four in the eastern suburbs of Grenoble.", "four", []),
    ("Storms killed 11 people in Lyon and four in Grenoble on Sunday.", "four", ["deaths"]),
    ("Landslides killed 30 people in the hills and 9 in villages of the south.", "9", []),
    ("The blast injured 14 workers in Tema and six in Accra, officials said.", "six", ["injured"]),
    ("The blast injured 14 workers in Tema and six in Accra were sent home.", "six", []),
    ("Turnout was 61% in Dublin and 55% in Cork, officials said.", "55%", ["turnout"]),
    ("Storms killed 40 people in Texas and 12 in Ohio last week.", "12", ["deaths"]),
    ("Storms killed 40 people in West Virginia and 12 in Virginia.", "12", ["deaths"]),
    ("The government must repay $40 billion in debt by 2030.", "$40 billion", ["debt"]),
    ("The storm killed 40 people in Kabul and 300 in Herat lost their homes.", "300", []),
    # a part of one set off after a count, then what the part itself was or said, lends the count no verb; a clause
    # joined by "and" after another clause is no subject of two things; a count after "after" adds to a raised
    # total only if it counts what the total counts
    (
        "Police questioned 40 villagers, including a teenager, saying in a statement that the blast had killed people.",
        "40",
        [],
    ),
    ("The clinic treated 30 patients including a man injured in the blast.", "30", ["hospitalised"]),
    # who "succumbed" died; places affected are no people affected
    ("Three more patients succumbed to their injuries overnight, doctors said.", "Three", ["deaths"]),
    ("Two climbers succumbed to the cold before rescuers arrived.", "Two", ["deaths"]),
    ("Officials said the landslide had affected six villages.", "six", ["places affected"]),
    ("The storm surge affected 14 towns along the coast.", "14", ["places affected"]),
    # A relative clause set off by commas does not cut a count from the verb that says what befell it; responders
    # and searchers are rescuers.
    (
        "One diver is still unaccounted for, while four others, who had been stranded, have since been rescued.",
        "four",
        ["rescued"],
    ),
    ("The 12 pupils, who were stuck in the lift, remain in hospital.", "12", ["hospitalised"]),
    ("Nine traders, who were at the market, died, and 20 were hurt.", "Nine", ["deaths"]),
    ("Some 300 first responders and 40 sniffer dogs combed the rubble.", "Some 300", ["rescuers"]),
    ("More than 120 searchers walked the riverbank on Sunday.", "More than 120", ["rescuers"]),
    # Snow that fell on a place is a fact of its own, apart from rain; those left without power fled nowhere: they
    # are a count of their own.
    ("The storm dumped 45 cm of snow on Sapporo overnight.", "45 cm", ["snowfall"]),
    ("Heavy rain brought 120 mm to Genoa, while 30 cm of snow fell in the Alps.", "120 mm", ["rainfall"]),
    ("Heavy rain brought 120 mm to Genoa, while 30 cm of snow fell in the Alps.", "30 cm", ["snowfall"]),
    ("Nearly 90,000 homes were left without power after the ice storm.", "Nearly 90,000", ["without power"]),
    ("About 2,000 residents were left without electricity in Tver.", "About 2,000", ["without power"]),
    # a measure joined to a noun ("the 20-storey hotel") describes it: the clause's verb is the count's before it,
    # and nothing befalls storeys: they are the hotel's storeys
    ("Nine others from the two-week expedition were rescued on Friday.", "Nine", ["rescued"]),
    ("About 60 guests at the 20-storey hotel were hurt.", "About 60", ["injured"]),
    ("About 60 guests at the 20-storey hotel were hurt.", "20-storey", ["storeys"]),
    ("A 14-member crew was rescued off Cape Verde.", "14-member", ["rescued"]),
    # a share price is no share of the vote
    ("Shares in the miner jumped 8.5% in early trading.", "8.5%", []),
    ("The bank's stock slid 4% after the results, traders said.", "4%", []),
    ("The Farmers' Party won 38.6% of the vote, its best result since 1998.", "38.6%", ["vote share"]),
    # the cars of a train that left the rails, whatever the cars are called
    ("Twelve wagons of the coal train derailed near Tarn on Monday.", "Twelve", ["derailed cars"]),
    ("Six carriages came off the tracks outside Marlow station.", "Six", ["derailed cars"]),
    ("The tram had 40 passengers when it left the rails.", "40", ["aboard"]),
    # "at the time of" someone's appeal or warning is when that was said, not who was there when it happened
    ("Some 80 climbers were on the ridge at the time of the avalanche.", "Some 80", ["aboard"]),
    ("He said about 30 guests were still inside at the time of his appeal.", "about 30", []),
    # a sum "in cash" or "as a lump sum" is a prize's cash value only beside a prize, a jackpot or a lottery
    ("The winner can take the jackpot as a lump sum of $410 million.", "$410 million", ["prize cash value"]),
    ("The builder won a contract worth $2 billion in cash and shares.", "$2 billion", []),
    ("Retirees can take their pension as a lump sum of $200,000.", "$200,000", []),
    # a passenger ship's size is its capacity, not those aboard; an aircraft's cruising height is its altitude
    ("The 1,200-passenger ferry was built in 1998.", "1,200-passenger", ["capacity"]),
    ("The airliner was cruising at 35,000 feet over the sea.", "35,000 feet", ["altitude"]),
    ("The village lies at an altitude of 2,000 metres.", "2,000 metres", ["elevation"]),
    # "left … with" a harm is the state those counted were left in: the harm befell them, and "left" is no flight
    ("The gas blast left 45 tenants with serious burn injuries.", "45", ["injured"]),
    ("The riot left over 200 others with wounds, medics said.", "over 200", ["injured"]),
    ("The gunman killed two and left 14 with gunshot wounds.", "14", ["injured"]),
    ("The storm killed five people with winds of 100 mph.", "five", ["deaths"]),
    # the hospitals a count with no noun of its own was taken to are where its people went, not what it counts
    ("Some 25 were rushed to local hospitals, the fire service said.", "Some 25", ["hospitalised"]),
    ("About 40 were taken to hospital after the crush.", "About 40", ["hospitalised"]),
    ("The injured were treated at five hospitals across the region.", "five", ["hospitals receiving"]),
    (
        "The hurt were taken to hospitals across the county, nine in all.",
        "nine",
        ["hospitalised", "hospitals receiving"],
    ),
    ("Fifteen were taken to the county’s hospitals.", "Fifteen", []),
    # "with" a harm is a state only after a verb of leaving: elsewhere it opens a clause of its own
    ("The winger has missed 14 games with hamstring injuries this season.", "14", []),
    # two parts of one whole named together are the whole; a participle names only the things its fact counts
    ("Some 260 flights departing or arriving at Orly were cancelled on Thursday.", "Some 260", ["flights cancelled"]),
    ("A farm with 400 goats living in sheds was cut off by the snow.", "400", []),
    # what escaped is spilled only when it escaped: before its figure the verb is someone else's
    ("Villagers escaped as 2 million cubic metres of mud swept down.", "2 million cubic metres", []),
    ("Some 900 cubic metres of slurry escaped from the lagoon.", "Some 900 cubic metres", ["volume spilled"]),
    # ... which leaves "escaped" said of inmates as it was
    ("Among those who escaped were 12 inmates serving life terms, guards said.", "12", ["escaped"]),
    # a sum never found, or the whole that a part came back of, is still what was taken
    ("The $8 million stolen from the depot has never been recovered.", "$8 million", ["value stolen"]),
    ("None of the £6m stolen in the robbery has been recovered.", "£6m", ["value stolen"]),
    ("Thieves made off with cash worth $1.5 million from the armoured van.", "$1.5 million", ["value stolen"]),
    ("The stolen Picasso, valued at $20 million, was recovered in a raid on Friday.", "$20 million", ["value stolen"]),
    # "recovered" and "recouped" say no theft: takings earned back, a price rising again, a claim paid out
    ("It has recouped $150 million at the box office.", "$150 million", ["revenue"]),
    ("Oil prices recovered to $80 a barrel.", "$80", ["price paid"]),
    ("Bitcoin recovered to $60,000 on Tuesday.", "$60,000", []),
    ("The insurer recovered $30 million in damages.", "$30 million", ["insured losses"]),
    ("The studio has recouped its $200 million budget.", "$200 million", []),
    ("The city recovered $10 million in costs.", "$10 million", []),
    ("None of the $3m has been recovered.", "$3m", []),
    # a word between a determiner and a noun can be the noun itself, and the verb after the thing names no fact of
    # the figure's
    ("The FBI seized $2.3 million of the ransom paid to the hackers.", "$2.3 million", ["ransom paid"]),
    ("Prosecutors say $6 million of the loot sold in Dubai came from the vault.", "$6 million", ["value stolen"]),
    ("The company earned $3 million in the profit share from the deal.", "$3 million", ["profit"]),
    ("Some 500 hectares of the burned forest were later flooded.", "Some 500 hectares", ["area burned"]),
    ("About 300 hectares of the flooded land burned in the second fire.", "About 300 hectares", ["area flooded"]),
    # A count so far told by an ordinal is read as the fact of what befell its noun, whose number its verb agrees with.
    ("A ninth climber died on the glacier on Sunday.", "ninth", ["deaths"]),
    ("A fifth hiker has died of the heat, rangers said.", "fifth", ["deaths"]),
    ("Troops detained a third suspect at the border crossing.", "third", ["arrests"]),
    ("A second miner was injured when the shaft collapsed.", "second", ["injured"]),
    # a victim is a death only where a word of death follows; "left" a count dead is a death, not the displaced
    ("A third victim died on the ward on Sunday.", "third", ["deaths"]),
    ("The bus crash left a second passenger dead.", "second", ["deaths"]),
    # a count of people after "and" and another count keeps its own verb
    ("The blast injured 12 workers and two others died later.", "two", ["deaths"]),
    # a count's participle whose measure is the next figure tells what befell those counted
    ("Rescuers dug out 34 mine workers trapped nearly 300 metres below ground.", "34", ["trapped"]),
    ("Nine climbers stranded 2,000 metres up the mountain were airlifted.", "Nine", ["trapped"]),
    ("The 30 cars parked 100 metres from the site were towed.", "30", []),
    # how far below ground is a depth
    ("Rescuers dug out 34 mine workers trapped nearly 300 metres below ground.", "nearly 300 metres", ["depth"]),
    ("The 12 miners were trapped 300 metres underground.", "300 metres", ["depth"]),
    # the ground's words make a measure a depth only straight after it
    ("The cavers were stranded about 400 metres underground.", "about 400 metres", ["depth"]),
    ("The bunker lies 30 metres below ground.", "30 metres", ["depth"]),
    ("Crews laid 300 metres of pipe underground to pump air to the miners.", "300 metres", []),
    ("Workers laid 300 metres of cable underground.", "300 metres", []),
    ("The mine's tunnels run 5 km underground.", "5 km", []),
    ("The pipeline stretches 40 km underground beneath the city.", "40 km", []),
    # a count its own verb tells what befell keeps it; the participle before the measure is only what they were
    ("Rescuers freed 12 of the workers trapped 300 metres below ground.", "12", ["released"]),
    ("The storm killed 5 people injured 2 km from the coast.", "5", ["deaths"]),
    ("Police arrested 12 fans injured 200 metres from the stadium.", "12", ["arrests"]),
]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # a count of people after "and" and a count a verb takes, with no verb of its own, is no count of that verb
        ("The fire killed 10 residents and two elderly residents.", "two"),
        ("The blast killed 17 miners and three rescue workers.", "three"),
    ],
)
def test_a_count_listed_after_another_takes_no_verb_of_it(tmp_path, sentence, figure):
    path = _corpus(tmp_path, ("News", "Daily One", "Apr 8 2025", sentence))
    [claim] = [c for c in discovered(path)[1] if c.kind == "quantity" and c.text.startswith(figure)]
    assert "deaths" not in facts_of(claim)


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # a span in a coarser unit is still set against one in a finer unit that is well off it
        ("The hostages were freed after a month in captivity.", "The hostages had been held for six weeks.", True),
        ("The strike lasted a year.", "The strike lasted 18 months.", True),
        ("The hearing lasted one hour.", "The hearing lasted 90 minutes.", True),
    ],
)
def test_spans_in_two_units_well_apart_disagree(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jul 12 2021")
    assert bool(report.findings) == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(("sentence", "figure", "facts"), FIGURE_FACTS)
def test_the_facts_a_figure_is_read_as(tmp_path, sentence, figure, facts):
    path = _corpus(tmp_path, ("News", "Daily One", "Apr 8 2025", sentence))
    [claim] = [c for c in discovered(path)[1] if c.kind == "quantity" and c.text.startswith(figure)]
    assert facts_of(claim) == facts


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # Each side of an exchange, named, releases a count of its own.
        ("The Ardan Front released 13 hostages on Friday.", "Velmora released 39 prisoners on Friday.", False),
        ("The Free Daran Army freed 40 soldiers on Sunday.", "Tarsk freed 120 soldiers on Sunday.", False),
        # One side's release told twice: one count.
        ("The Ardan Front released 13 hostages on Friday.", "The Ardan Front released 17 hostages on Friday.", True),
        ("The Free Daran Army freed 40 soldiers on Sunday.", "The Free Daran Army freed 46 soldiers on Sunday.", True),
    ],
)
def test_who_releases_tells_the_counts_of_an_exchange_apart(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jun 9 2025")
    released = [f for f in report.findings if "released" in f.rule]
    assert bool(released) is flagged, [f.message for f in report.findings]


# Two outlets' figures of one fact, in words the other corpora here do not use: each pair is one finding of that
# fact, and of no other.
FACTS_IN_OTHER_WORDS = [
    # taken into custody: arrests
    ("Some 45 fans were taken into custody after the derby.", "Police arrested 70 fans after the derby.", "arrests"),
    ("Police rounded up 60 protesters in the square.", "Some 45 protesters were arrested in the square.", "arrests"),
    # found alive: rescued
    (
        "Thirty miners were found alive in the flooded shaft.",
        "Rescuers saved 26 miners from the flooded shaft.",
        "rescued",
    ),
    ("Four hikers were found alive in the ravine.", "Rescuers saved seven hikers from the ravine.", "rescued"),
    # ordered or told to leave: displaced
    (
        "About 4,000 residents were ordered to leave the valley.",
        "Some 7,500 people were evacuated from the valley.",
        "displaced",
    ),
    (
        "About 900 families were forced from their homes.",
        "About 1,400 families were displaced by the flood.",
        "displaced",
    ),
    # burned to the ground: destroyed
    ("Some 85 houses were burnt to the ground in the blaze.", "The blaze destroyed 120 homes.", "destroyed-buildings"),
    (
        "The militia demolished 40 homes in the village.",
        "Some 65 houses in the village were destroyed.",
        "destroyed-buildings",
    ),
    # an outage: homes, customers or households without power
    (
        "The ice storm left 300,000 homes without power.",
        "Some 450,000 customers lost power in the ice storm.",
        "without-power",
    ),
    (
        "About 9,000 households lost power on Friday.",
        "The cyclone knocked out power to 14,000 households on Friday.",
        "without-power",
    ),
    # a crowd of a match or a concert
    ("The match was watched by a crowd of 52,000.", "Attendance at the match was 61,000.", "demonstrators"),
    ("Some 20,000 fans attended the concert.", "The concert was attended by 35,000 people.", "demonstrators"),
    # a jackpot, a reward, prize money
    (
        "The lucky ticket holder takes home a jackpot of $640 million.",
        "One ticket matched all six numbers to win the $700 million jackpot.",
        "prize",
    ),
    ("Police offered a reward of £20,000 for information.", "A £50,000 reward is on offer for information.", "prize"),
    # how full: a share of capacity, written with the fact's own word
    ("The dam is at 41% of capacity.", "The dam is 55 percent full.", "share-of-capacity"),
    ("The jail is operating at 140% of capacity.", "The jail is at 165 percent of its capacity.", "share-of-capacity"),
    # the share of a people vaccinated
    (
        "Some 58% of adults in Ghana are fully vaccinated.",
        "In Ghana, 64% of adults have been vaccinated.",
        "vaccination",
    ),
    ("Of the over-65s, 81% have had a booster.", "Among over-65s, 74 percent are boosted.", "vaccination"),
    # personal data of people: those a breach affected
    (
        "The hack exposed the personal data of 2.3 million patients.",
        "Hackers stole the personal information of about 3.9 million patients.",
        "affected",
    ),
    (
        "The leak revealed the personal details of 40,000 voters.",
        "The personal data of 65,000 voters was leaked.",
        "affected",
    ),
    # a company's or a film's takings, and what a company kept
    (
        "The chain reported revenue of $4.1 billion for the quarter.",
        "Quarterly revenue came in at $3.9 billion.",
        "revenue",
    ),
    (
        "The film grossed $120 million in its opening weekend.",
        "The film took $135 million at the box office.",
        "revenue",
    ),
    (
        "The bank posted a net profit of €2.3 billion for the year.",
        "The bank's annual net profit rose to €2.6 billion.",
        "profit",
    ),
    ("The airline made a pre-tax profit of £410 million.", "The airline's pre-tax profit was £380 million.", "profit"),
    # how hot a place got, and how much of a fire is under control
    ("The heatwave pushed temperatures to 47.2C in Seville.", "Temperatures in Seville hit 46C.", "temperature"),
    (
        "Temperatures in Nagpur peaked at 45.6C on Friday.",
        "The mercury in Nagpur touched 47C on Friday.",
        "temperature",
    ),
    ("The Creek fire is 30% contained.", "The Creek fire is 45 percent contained.", "containment"),
    ("Crews have the Ridge blaze 60% contained.", "Containment of the Ridge blaze stands at 72%.", "containment"),
    # how high water stood at a place; homes buried are destroyed
    (
        "The river rose to 8.7 metres in Dresden on Tuesday.",
        "The river peaked at 9.4 metres in Dresden on Tuesday.",
        "water-level",
    ),
    (
        "Floodwaters in the old town stood at 1.2 metres.",
        "Flood waters in the old town reached 1.6 metres.",
        "water-level",
    ),
    ("The landslide buried 30 houses.", "At least 45 homes were buried by the landslide.", "destroyed-buildings"),
    (
        "The mudslide buried 18 homes in the village.",
        "Some 25 houses in the village were destroyed.",
        "destroyed-buildings",
    ),
    # a fact named by a concept's word as its noun ("5,000 soldiers" of the troops) counts all of it
    (
        "The government deployed 5,000 soldiers to the region.",
        "Some 8,000 troops were deployed to the region.",
        "troops",
    ),
    (
        "The UN deployed 1,200 peacekeepers along the border.",
        "About 2,000 troops were deployed along the border.",
        "troops",
    ),
    # those a crisis leaves needing help ("left … in need" names no one who left)
    (
        "The drought has left 2.1 million people in need of food aid.",
        "Nearly 3 million people need food assistance because of the drought.",
        "in-need",
    ),
    (
        "The UN says 4.5 million people in the region are food insecure.",
        "Some 6 million people there face starvation.",
        "in-need",
    ),
    # how long a road or an airport was closed, and how long firefighters fought a fire
    (
        "The protesters blocked the motorway for three hours.",
        "The motorway was blocked for five hours.",
        "closure-length",
    ),
    ("The storm shut the airport for two days.", "The airport was shut for three days by the storm.", "closure-length"),
    (
        "Firefighters battled the blaze for 14 hours.",
        "It took crews 11 hours to bring the fire under control.",
        "event-length",
    ),
    ("Crews fought the fire for six hours.", "The fire raged for nine hours.", "event-length"),
    # how fast something came about, its span stressed as short
    (
        "The storm grew into a Category 5 hurricane in just 12 hours.",
        "The storm strengthened in only six hours.",
        "time-taken",
    ),
    ("The tickets sold out in just 40 minutes.", "The tickets sold out in only 15 minutes.", "time-taken"),
    # a thing measured after a relative clause set off by commas
    ("The bridge, which opened in 1982, is 1.2 km long.", "The 1.4-kilometre bridge opened in 1982.", "size"),
    ("The tunnel, which opened in 1994, is 50 km long.", "The 53-kilometre tunnel opened in 1994.", "size"),
    # an irregular past tense is a count's own verb: "lost their lives" is not "were hurt" after it
    (
        "Nine climbers lost their lives and 31 were hurt on the mountain.",
        "Eleven climbers died and 31 were injured on the mountain.",
        "deaths",
    ),
    (
        "Twelve villagers fled and 40 were injured in the shelling.",
        "Twelve villagers fled and 52 were injured in the shelling.",
        "injured",
    ),
]


@pytest.mark.parametrize(("first", "second", "fact"), FACTS_IN_OTHER_WORDS)
def test_a_fact_in_other_words_is_one_finding_of_that_fact(tmp_path, first, second, fact):
    report = _two_outlets(tmp_path, first, second, "Jun 9 2025")
    assert [f.rule.split("-", 1)[1].startswith(fact) for f in report.findings] == [True], [
        f"{f.rule}: {f.message}" for f in report.findings
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The Lahaina fire was 85% contained. A second fire, known as Upcountry, is 60% contained.",
            "The Lahaina fire was 85% contained.",
        ),
        (
            "Turnout in the first round was 61%. In a separate vote, turnout was 48%.",
            "Turnout in the first round was 61%.",
        ),
    ],
)
def test_a_share_of_another_event_is_not_joined_to_the_story_s(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 9 2025")
    assert report.findings == [], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "concept"),
    [
        # a building that "came down" collapsed; workers who "walked out" went on strike; a ship that sank is no crash
        ("The factory collapsed on April 24.", "The building came down on April 23.", "collapse"),
        ("The grandstand collapsed on May 2.", "The stand came crashing down on May 3.", "collapse"),
        ("The strike began on March 3.", "Workers walked out on March 5.", "labour-strike"),
        ("Dockers went on strike on July 8.", "The dockers downed tools on July 9.", "labour-strike"),
        ("The ferry sank on June 14, officials said.", "The vessel capsized on June 13.", "sinking"),
        ("The trawler capsized on October 2.", "The trawler sank on October 3.", "sinking"),
    ],
)
def test_two_days_of_one_event_in_other_words_are_a_finding_of_its_kind(tmp_path, first, second, concept):
    report = _two_outlets(tmp_path, first, second, "Jun 20 2025")
    assert [f.rule.split("-", 1)[1] for f in report.findings] == [f"date-{concept}"], [
        f"{f.rule}: {f.message}" for f in report.findings
    ]


def test_a_short_span_and_a_bound_that_holds_it_agree(tmp_path):
    report = _two_outlets(
        tmp_path, "The tour sold out in under an hour.", "The tour sold out in just 20 minutes.", "Jun 9 2025"
    )
    assert report.findings == [], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "More than 100 houses were destroyed by the landslide, the aid agency said.",
            "Some 60 houses were destroyed by the landslide, the district council said.",
        ),
        (
            "The floods destroyed at least 300 homes, according to the Red Cross.",
            "The floods destroyed 180 homes, according to the provincial government.",
        ),
    ],
)
def test_a_count_that_fell_between_two_counters_is_no_discrepancy_without_a_finding(tmp_path, first, second):
    """Two counters' figures of a growing count, the later one lower: left out as another counter's, as figures of
    one moment are (`attributed: off`), never a discrepancy no finding shows."""
    path = _corpus(tmp_path, ("News", "Daily One", "May 5 2025", first), ("News", "Daily Two", "May 6 2025", second))
    report = discovered(path)[2]
    assert report.findings == [], [f.message for f in report.findings]
    assert [v.reason for v in report.verdicts if v.verdict == "discrepancy"] == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Some 35 people who were declared dead on arrival at hospitals in Ormoc were identified.",
            "The toll rose to 52.",
        ),
        (
            "Eleven people who were pronounced dead on arrival at Mercy Hospital were miners.",
            "The mine blast killed 30.",
        ),
    ],
)
def test_a_count_placed_at_the_scene_by_what_befell_them_is_a_part_of_the_toll(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 9 2025")
    assert report.findings == [], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Four passengers died while being taken to hospital after the bus overturned.",
            "The bus crash killed 11 passengers.",
        ),
        (
            "Three miners died while being rushed to the district hospital, officials said.",
            "The mine blast killed 14 miners.",
        ),
        ("Two of the workers died en route to the hospital.", "The factory fire killed nine workers."),
    ],
)
def test_a_count_that_died_on_the_way_to_hospital_is_a_part_of_the_toll(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 9 2025")
    assert report.findings == [], [f.message for f in report.findings]


def test_a_toll_of_those_taken_somewhere_else_than_hospital_is_the_toll(tmp_path):
    # "while being ferried to" an island or "taken to court" places no count on the way to hospital
    report = _two_outlets(
        tmp_path,
        "At least 40 migrants drowned while being ferried to the island, the coastguard said.",
        "The capsizing killed 25 migrants, the coastguard said.",
        "Jun 9 2025",
    )
    assert len(report.findings) == 1, [f.message for f in report.findings]


def test_counts_that_died_on_the_way_to_hospital_meet_however_written(tmp_path):
    report = _two_outlets(
        tmp_path,
        "Four passengers died while being taken to hospital after the bus overturned.",
        "Six passengers died on the way to hospital after the bus overturned.",
        "Jun 9 2025",
    )
    assert len(report.findings) == 1, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The Lotto Max jackpot of C$70 million was won by a ticket bought in Toronto.",
            "The Toronto winner can claim the prize as C$42 million in cash, lottery officials said.",
        ),
        (
            "A nurse from Leeds won the £1 million prize in the magazine's sweepstakes.",
            "The nurse can take the prize as £600,000 in cash or £40,000 a year, the organisers said.",
        ),
    ],
)
def test_a_prize_taken_at_once_in_cash_is_no_figure_of_the_prize_it_is_worth(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 9 2025")
    assert report.findings == [], [f.message for f in report.findings]


def test_two_cash_values_of_one_jackpot_are_compared(tmp_path):
    report = _two_outlets(
        tmp_path,
        "The winner can claim the jackpot as a lump sum of $411 million.",
        "The winner can opt for the cash option of $455 million instead of the annuity.",
        "Jun 9 2025",
    )
    assert len(report.findings) == 1, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "At least 17 miners, aged 20 to 58, died after the shaft flooded on Tuesday, officials and relatives said.",
            "The flooded mine killed 12 miners, officials said.",
            "“At least 17” miners",
        ),
        (
            "Nine climbers between the ages of 19 and 34 were killed by the avalanche.",
            "The avalanche killed six climbers.",
            "“Nine” climbers",
        ),
    ],
)
def test_the_ages_between_a_count_and_its_verb_leave_it_a_count_of_what_befell_them(tmp_path, first, second, expected):
    report = _two_outlets(tmp_path, first, second, "Jun 9 2025")
    assert len(report.findings) == 1, [f.message for f in report.findings]
    assert expected in report.findings[0].message


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "As inspectors checked the boiler, Dr Omar Haddad, head of the district hospital where 11 students and the "
            "night porter were being treated, said the cause of death was carbon monoxide.",
            "Carbon monoxide killed two students at the hostel.",
        ),
        (
            "As firefighters searched the school, Dr Ruth Kim, head of the district hospital where 9 pupils and the "
            "caretaker were being treated, said the cause of death was smoke.",
            "Smoke killed three pupils at the school.",
        ),
    ],
)
def test_a_count_that_opens_a_clause_of_where_is_read_by_that_clauses_verb(tmp_path, first, second):
    # "the hospital where 11 students and the night porter were being treated": those treated, not the dead the
    # rest of the sentence speaks of
    report = _two_outlets(tmp_path, first, second, "Jun 9 2025")
    assert report.findings == [], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The quake struck 40 km from the provincial capital city of Kandahar, officials said.",
            "The quake struck 20 km from Kandahar, officials said.",
        ),
        (
            "The flooded camp lies 30 miles from the district headquarters town of Sylhet.",
            "The flooded camp lies 12 miles from Sylhet.",
        ),
    ],
)
def test_a_distance_from_a_place_named_after_what_kind_of_place_it_is_is_from_that_place(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 9 2025")
    assert len(report.findings) == 1, [f.message for f in report.findings]


def test_a_crowd_is_titled_by_its_size_whatever_gathered(tmp_path):
    report = _two_outlets(
        tmp_path, "Some 20,000 fans attended the concert.", "The concert was attended by 35,000 people.", "Jun 9 2025"
    )
    assert [f.title for f in report.findings] == ["Crowd size"], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # A count whose noun is joined by "and" to another with no figure of its own counts both.
        (
            "Twelve Britons and Irish climbers were rescued from the glacier.",
            "Five Britons were rescued from the glacier.",
            False,
        ),
        ("Forty Filipinos and Indonesian sailors were rescued at sea.", "Nine Filipinos were rescued at sea.", False),
        # Each with a figure of its own: each is its people's part.
        (
            "Twelve Britons and three Irish climbers were rescued from the glacier.",
            "Five Britons were rescued from the glacier.",
            True,
        ),
    ],
)
def test_a_count_of_two_nouns_joined_by_and_is_no_part_of_the_first(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Feb 2 2025")
    parts = [f for f in report.findings if "rescued" in f.rule]
    assert bool(parts) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("vote", "strike"),
    [
        (
            "About 4,000 nurses walked out on Friday, after voting to strike on Tuesday.",
            "The nurses' strike began on Friday.",
        ),
        (
            "Some 900 dockers walked out on Monday, after voting to strike on Saturday.",
            "The dockers' strike started on Monday.",
        ),
    ],
)
def test_the_day_of_a_vote_to_strike_is_the_votes_not_the_strikes(tmp_path, vote, strike):
    report = _two_outlets(tmp_path, vote, strike, "Mar 14 2025")
    assert not [f for f in report.findings if f.claims[0].kind == "date"], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # The share against a motion, told two ways: compared.
        (
            "Teachers rejected the pay deal with a vote of 81%, the union said.",
            "The offer was voted down by 87% of voting teachers.",
            True,
        ),
        (
            "Shareholders rejected the merger with a vote of 61%.",
            "In the end 68% of shareholders voted against the merger.",
            True,
        ),
        # The share against the motion and the share for a strike are two facts of one vote.
        (
            "Teachers rejected the pay deal with a vote of 81%, the union said.",
            "Some 92% of teachers approved the strike.",
            False,
        ),
        (
            "In the end 61% of shareholders voted against the merger.",
            "The board's plan was approved by 77% of shareholders.",
            False,
        ),
        # What the motion would have done is no share of the vote.
        (
            "Teachers rejected a deal that would have raised pay by 9%.",
            "The deal was voted down by 81% of voting teachers.",
            False,
        ),
    ],
)
def test_the_shares_for_and_against_a_motion_are_facts_of_their_own(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Oct 2 2025")
    votes = [f for f in report.findings if "votes" in f.rule]
    assert bool(votes) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The plane was carrying 180 people when it crashed.",
            "Some 40 relatives had gathered at the airport at the time of writing.",
        ),
        (
            "The bus was packed with 60 pupils when it crashed.",
            "At the time of writing, 25 pupils were still waiting for their parents at the school.",
        ),
    ],
)
def test_a_count_at_the_time_of_writing_is_no_count_of_who_was_aboard(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Nov 3 2025")
    assert not [f for f in report.findings if "aboard" in f.rule], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # a higher count at a later time of the same day: the count grew
        (
            "The derailment killed 7 passengers by 11 a.m., rail officials said.",
            "By 8pm, the derailment had killed 13 passengers, rail officials said.",
            False,
        ),
        (
            "As of 9 a.m. local time, cholera had killed 31 people in the camp.",
            "By nightfall, cholera had killed 44 people in the camp, health workers said.",
            False,
        ),
        # a lower count later that day, or two counts of one moment: they disagree
        (
            "The derailment killed 13 passengers by 11 a.m., rail officials said.",
            "By 8pm, the derailment had killed 7 passengers, rail officials said.",
            True,
        ),
        (
            "As of 9 a.m. local time, cholera had killed 31 people in the camp.",
            "As of 9 a.m., cholera had killed 44 people in the camp, health workers said.",
            True,
        ),
    ],
)
def test_discovery_reads_a_later_time_of_the_day_as_a_later_stage_of_a_growing_count(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Sep 14 2025")
    deaths = [f for f in report.findings if "death" in f.rule]
    assert bool(deaths) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # what a toll "might top" or "may hit" is a projection, not a count
        ("Officials warned that the death toll from the floods might top 300.", "The floods killed 120 people."),
        ("Doctors said deaths from the measles outbreak may hit 90.", "The measles outbreak has killed 41 children."),
        # the bodies at one morgue or mortuary are that place's part of the toll
        (
            "The mine blast killed at least 31 workers, officials said.",
            "A doctor said 14 bodies were in the town mortuary and 9 at the district hospital.",
        ),
        (
            "The stampede at the stadium killed 46 fans, police said.",
            "Police said 19 bodies lay at the city morgue after the stampede at the stadium.",
        ),
    ],
)
def test_discovery_keeps_a_projected_toll_and_one_places_bodies_apart_from_the_toll(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 3 2025")
    assert not report.findings, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        (
            "While officials initially said 12 people had died in the crash, they now put the toll at 9.",
            "The crash killed 14 people, police said.",
            {"9", "14"},
        ),
        (
            "Although the company initially said 30 miners were injured, it now says 22 miners were injured.",
            "Rescuers said 27 miners were injured in the blast.",
            {"22", "27"},
        ),
    ],
)
def test_an_earlier_word_in_a_clause_set_against_the_main_one_is_that_clauses_own(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Jul 7 2025")
    assert figures in [{c.text for c in f.claims} for f in report.findings], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        (
            "The Tarla, carrying 212 passengers and 14 crewmen, sank off Vesk on Monday.",
            "The Tarla sank off Vesk on Monday with 212 passengers and 18 crew members on board.",
            "14 | 18",
        ),
        (
            "The bus from Ossa was carrying 40 pupils and 3 teachers when it overturned on Friday.",
            "The bus from Ossa overturned on Friday with 40 pupils and 5 teachers on board.",
            "3 | 5",
        ),
    ],
)
def test_a_part_listed_after_a_count_takes_what_befell_that_count(tmp_path, first, second, figures):
    # "carrying 212 passengers and 14 crewmen": the crew were aboard too, and "crewmen" are the crew
    report = _two_outlets(tmp_path, first, second, "Mar 3 2025")
    assert [texts(f) for f in report.findings] == [figures], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("part", "whole"),
    [
        (
            "The floods in Marno have killed 41 people. The last 12 deaths were all in the town of Dalt.",
            "The floods in Marno have killed 41 people, officials said.",
        ),
        (
            "The first 20 victims of the blast at the Orsk mine were named on Tuesday.",
            "The blast at the Orsk mine killed 52 miners.",
        ),
        (
            "Police gave no details of the three deaths reported overnight in Lumo.",
            "The heatwave in Lumo has killed 18 people.",
        ),
        (
            "Rescuers said nine bodies recovered overnight in Tessin were taken to the morgue.",
            "The avalanche in Tessin has killed 31 people.",
        ),
    ],
)
def test_the_first_or_last_of_a_toll_and_a_nights_finds_are_no_toll(tmp_path, part, whole):
    # "the last 12 deaths", "the first 20 victims": some of the dead; "three deaths reported overnight": that
    # night's, not the running toll
    report = _two_outlets(tmp_path, part, whole, "Aug 2 2025")
    assert report.findings == [], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("breakdown", "whole"),
    [
        (
            "In Varn, 14 people drowned in their homes; six died in cars swept away; four were killed by landslides.",
            "The storm killed 24 people in Varn.",
        ),
        (
            "In Ostrava, 11 people were found dead outdoors; seven died in unheated homes; three died shovelling snow.",
            "The cold snap has killed 21 people in Ostrava.",
        ),
    ],
)
def test_counts_in_clauses_set_apart_by_semicolons_are_a_breakdown(tmp_path, breakdown, whole):
    # each clause's count is the part its clause names, never the toll
    report = _two_outlets(tmp_path, breakdown, whole, "Jan 9 2025")
    assert report.findings == [], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("spread", "one_place"),
    [
        (
            "The heatwave has killed 40 people across six provinces, the ministry said.",
            "The heatwave has killed 12 people in Corva province, the ministry said.",
        ),
        (
            "Floods have killed 65 people in four states since Sunday.",
            "Floods have killed 20 people in Bauchi since Sunday.",
        ),
    ],
)
def test_a_count_spread_over_several_places_is_not_one_places_count(tmp_path, spread, one_place):
    report = _two_outlets(tmp_path, spread, one_place, "Jul 14 2025")
    assert report.findings == [], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("reckoned", "counted"),
    [
        (
            "Counting the dead and the rescued, the boat off Lampa appears to have been carrying more than 150 migrants.",
            "The boat that sank off Lampa was carrying 120 migrants, the coast guard said.",
        ),
        (
            "From the dead and the survivors, the minibus near Lerma seems to have been carrying more than 30 pilgrims.",
            "The minibus that overturned near Lerma was carrying 22 pilgrims, police said.",
        ),
    ],
)
def test_a_count_reckoned_from_others_is_no_count(tmp_path, reckoned, counted):
    # "appears to have been more than 200" aboard, reckoned from the dead and the survivors, is no manifest
    report = _two_outlets(tmp_path, reckoned, counted, "Jun 3 2025")
    assert report.findings == [], [f.message for f in report.findings]


# "The rest" of a toll is a part of it.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The warehouse fire killed at least 19 people.",
            "Twelve died on the spot and the rest seven succumbed to their burns later.",
        ),
        (
            "The bus plunge killed 31 passengers on Tuesday.",
            "Twenty died at the scene and the rest 11 succumbed to their injuries on Tuesday.",
        ),
    ],
)
def test_the_rest_of_a_toll_is_a_part_of_it(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Sep 10 2025")
    assert not [f for f in report.findings if "death" in f.rule], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            (
                "Nine killed in Velden mine blast",
                "Daily One",
                "Jun 7 2024",
                "At least nine miners were killed in the blast at a coal mine in Arlo province's Velden county.",
            ),
            (
                "14 miners killed in Velden blast",
                "Daily Two",
                "Jun 7 2024",
                "At least 14 miners were killed in the blast at a coal mine in Arlo province's Velden county.",
            ),
        ),
        (
            (
                "Ferry capsizes off Lindholm, 20 drown",
                "Daily One",
                "Mar 1 2024",
                "At least 20 passengers drowned when the ferry capsized off Lindholm's northern cape.",
            ),
            (
                "Lindholm ferry disaster: 31 drown",
                "Daily Two",
                "Mar 1 2024",
                "At least 31 passengers drowned when the ferry capsized off Lindholm's northern cape.",
            ),
        ),
    ],
)
def test_a_title_s_figure_that_its_body_states_with_a_bound_takes_the_body_s_bound(tmp_path, first, second):
    """A title drops the body's "at least" ("Nine killed" over "At least nine miners were killed"): the body's
    figure speaks for both, so two rising counts of one day that both say "at least" are no disagreement."""
    report = discovered(_corpus(tmp_path, first, second))[2]
    assert [texts(f) for f in report.findings] == [], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Thirty miners, including two engineers, were killed in the blast in Arlo province.",
            "Forty-five miners were killed in the blast in Arlo province, officials said.",
        ),
        (
            "Forty passengers, among them 12 children, drowned when the ferry sank near Velden.",
            "Sixty passengers drowned when the ferry sank near Velden, the coastguard said.",
        ),
        (
            "Twelve climbers including two guides died on the ridge above Lindholm.",
            "Nineteen climbers died on the ridge above Lindholm, rescuers said.",
        ),
    ],
)
def test_a_count_whose_part_is_set_off_before_its_verb_keeps_its_verb(tmp_path, first, second):
    """ "Thirty miners, including two engineers, were killed": the verb after the part is the count's own, so
    the count is a toll like any other and two outlets' tolls are compared."""
    report = _two_outlets(tmp_path, first, second, "Jun 11 2024")
    assert any(f.severity == "warning" and not f.within_document for f in report.findings), [
        f.message for f in report.findings
    ]


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (
            ("Storm hits Arlo", "Daily One", "Jun 7 2024", "The storm killed 12 people in Arlo on Friday."),
            (
                "Storm toll rises",
                "Daily Two",
                "Jun 10 2024",
                "The death toll from the storm that battered Arlo and its suburbs on Friday has risen to 31.",
            ),
        ),
        (
            ("Velden quake", "Daily One", "Mar 1 2024", "The earthquake killed 40 people in Velden on Friday."),
            (
                "Velden quake toll climbs",
                "Daily Two",
                "Mar 4 2024",
                "The number of dead from the earthquake which hit Velden province on Friday has climbed to 95.",
            ),
        ),
    ],
)
def test_the_day_a_relative_clause_gives_its_event_does_not_date_a_later_count(tmp_path, first, later):
    """ "the storm that battered Arlo on Friday has risen to 31": Friday is the storm's day; the count is the
    article's, a later stage than Friday's 12, not a same-day disagreement."""
    documents, claims, report = discovered(_corpus(tmp_path, first, later))
    later_counts = [c for c in claims if c.kind == "quantity" and c.doc.outlet == "Daily Two"]
    assert later_counts and all(c.as_of is None for c in later_counts), [(c.text, c.as_of) for c in later_counts]
    assert [f for f in report.findings if f.severity == "warning"] == [], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # how far a thing fell is a fact of its own
        (
            "The bus plunged about 200 metres into a gorge near Velden on the mountain road.",
            "The bus fell some 80 metres into the gorge near Velden after its brakes failed.",
            True,
        ),
        (
            "The lift cabin plummeted 65ft to the ground above Arlo.",
            "The lift cabin fell around 20 feet to the ground above Arlo.",
            True,
        ),
        # a medical event is no one who died, and a height above the sea is no distance
        (
            "A climber died in Arlo after suffering two cardiac arrests.",
            "Fourteen climbers died in Arlo on the ridge.",
            False,
        ),
        (
            "The hut stands 2,400 metres above sea level, 30 km from Velden.",
            "The hut lies 30 km from Velden, at an altitude of 2,100 metres.",
            False,
        ),
    ],
)
def test_a_fall_is_a_fact_and_a_medical_event_or_a_height_above_the_sea_is_none(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jun 11 2024")
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # munitions fired or dropped are things, none of those aboard or killed, whatever words stand near
        (
            "The submarine, unaware of the prisoners on board, fired four torpedoes into the freighter off Velden.",
            "The freighter sunk off Velden was carrying about 300 prisoners.",
            False,
        ),
        (
            "The jet, unaware of the refugees on board, dropped four bombs onto the ferry near Arlo.",
            "The ferry hit near Arlo was carrying about 300 refugees.",
            False,
        ),
        # guard: people aboard are still counted and compared
        (
            "The submarine was carrying 40 sailors when it sank off Velden.",
            "The submarine sank off Velden with 52 sailors on board.",
            True,
        ),
    ],
)
def test_munitions_fired_are_things_not_people(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jun 11 2024")
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # the first of two counts joined before one verb shares it: 131 passengers arrived, not were aboard
        (
            "The 131 passengers and 12 crew arrived in Velden on a relief flight.",
            "The plane was carrying 211 passengers when it dropped over the sea near Velden.",
            False,
        ),
        (
            "Some 300 workers and 40 managers were evacuated from the plant in Arlo.",
            "About 1,200 workers were evacuated from the plant in Arlo, the company said.",
            True,
        ),
        # those hurt badly are a part of the injured
        (
            "Seven people who were critically injured were flown to hospitals in Arlo.",
            "Around 30 people were hurt in Arlo, the health ministry said.",
            False,
        ),
        (
            "Nine people were in intensive care in Velden hospitals.",
            "About 25 people were injured in the crash near Velden.",
            False,
        ),
    ],
)
def test_counts_joined_before_one_verb_share_it_and_the_badly_hurt_are_a_part(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jun 11 2024")
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


def test_a_single_death_marks_no_reporting_stage(tmp_path):
    """Two pages of two days that both give one death do not hold the other counts at one stage: 30 in hospital
    on Tuesday and 12 on Wednesday are two days of a count that changes."""
    report = discovered(
        _corpus(
            tmp_path,
            (
                "Turbulence hits Arlo flight",
                "Daily One",
                "May 21 2024",
                "One passenger died and 30 passengers were in hospital in Arlo.",
            ),
            (
                "Turbulence flight: patients go home",
                "Daily Two",
                "May 22 2024",
                "One passenger died and 12 passengers remain in hospital in Arlo.",
            ),
        )
    )[2]
    assert [f for f in report.findings if not f.within_document] == [], [f.message for f in report.findings]


# A leak or a spill is an event whose day outlets give: a day a month off is a finding, and a name written in
# capitals with full stops ("the A.B. Chemicals works") does not end the sentence that names the event.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Ammonia leaked from the storage tank of the K.P. Fertilisers works in Ranipur on Tuesday.",
            "Nine workers fell ill when ammonia leaked at the K.P. Fertilisers works in Ranipur on 11th March.",
        ),
        (
            "The chemical spill at the D.M. Tanneries site near the Ostra river happened on Tuesday, officials said.",
            "The chemical spill at the D.M. Tanneries site near the Ostra river happened on 11 March.",
        ),
    ],
)
def test_a_leak_s_day_a_month_off_is_a_finding(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Apr 10 2025")  # Tuesday 8 April 2025
    dates = [f for f in report.findings if "date" in f.rule]
    assert len(dates) == 1 and "leak" in dates[0].rule, [f.message for f in report.findings]


# The radius an event reached around its place is one figure, whatever point each outlet measures it from.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Families within a radius of 8 km from the refinery were told to stay indoors.",
            "Police sealed off the streets in a radius of 2 km around the refinery.",
        ),
        (
            "Farmers within a radius of 10 miles of the reactor were told to keep cattle indoors.",
            "Grazing was banned in a 4-mile radius around the reactor.",
        ),
    ],
)
def test_two_radii_of_one_event_are_one_figure(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 3 2025")
    assert [f.rule for f in report.findings] == ["story1-radius"], [f.message for f in report.findings]


# A figure followed right by what befell them ("Nine die in gas leak") counts the dead, not those the leak,
# the blast or the spill touched: it is compared with the other tolls.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Nine die in chlorine leak at Dorvan water works.", "Six people died in the chlorine leak at Dorvan."),
        (
            "Four dead in fuel spill blaze near Kessa.",
            "Fourteen people were killed by the fuel spill blaze near Kessa, police said.",
        ),
    ],
)
def test_a_figure_followed_by_what_befell_them_is_a_toll(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 3 2025")
    assert [f.rule for f in report.findings] == ["story1-deaths"], [(f.rule, f.message) for f in report.findings]


# Those "sent to different hospitals", "taken to the hospital" are those in hospital.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Some 350 residents had been sent to different hospitals after the ammonia leak at Perlo.",
            "About 90 residents were admitted to the hospital after the ammonia leak at Perlo.",
        ),
        (
            "Some 40 fans were taken to hospitals after the stand at Vasko stadium gave way.",
            "Twelve fans were rushed to the hospital after the stand at Vasko stadium gave way.",
        ),
    ],
)
def test_those_sent_to_hospitals_are_those_in_hospital(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 3 2025")
    assert [f.rule for f in report.findings] == ["story1-hospitalised"], [(f.rule, f.message) for f in report.findings]


# Those "treated for injuries" were injured, not a count of who was aboard; those "brought dead" to a hospital
# are a part of the toll.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The ferry was carrying 120 passengers when it struck the reef.",
            "Of the 40 passengers treated for injuries, three are critical.",
        ),
        (
            "The coach was carrying 48 pupils on the school trip.",
            "Of the 19 pupils treated for injuries, two remain in hospital.",
        ),
        (
            "The blast at the Orvik refinery killed 14 workers.",
            "Six workers were brought dead to the Orvik district hospital.",
        ),
        ("The mine flood killed 23 miners.", "Nine miners were declared brought dead at the Tarsk general hospital."),
    ],
)
def test_the_treated_and_those_brought_dead_are_parts(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 3 2025")
    assert report.findings == [], [(f.rule, f.message) for f in report.findings]


# The day of a clause that tells the event ("killed when a minibus plunged into a ravine Tuesday") is not the day
# the article reports from: a higher toll on the next day's page is an update of the lower one of the day before.
@pytest.mark.parametrize(
    ("later", "earlier"),
    [
        (
            (
                "Ravine",
                "Daily One",
                "Jun 4 2025",
                "At least 12 people were killed when a minibus plunged into a ravine near Tarn Tuesday.",
            ),
            (
                "Ravine",
                "Daily Two",
                "Jun 3 2025",
                "Nine people were killed after a minibus plunged into a ravine near Tarn.",
            ),
        ),
        (
            (
                "Leak",
                "Daily One",
                "Jun 4 2025",
                "Six workers died when chlorine leaked at the Sava water plant on Tuesday.",
            ),
            ("Leak", "Daily Two", "Jun 3 2025", "Four workers died after chlorine leaked at the Sava water plant."),
        ),
    ],
)
def test_the_day_of_a_clause_telling_the_event_is_not_the_day_of_the_report(tmp_path, later, earlier):
    _, _, report = discovered(_corpus(tmp_path, later, earlier))
    assert report.findings == [], [f.message for f in report.findings]


# An article that says its death toll is still to rise gives early counts: a higher toll of the same day
# elsewhere is a later stage, not a contradiction.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Fire officials confirmed 6 deaths at the Harlow paint works. Officials said the death toll will likely rise.",
            "Eleven people have died in the fire at the Harlow paint works.",
        ),
        (
            "Police confirmed 14 deaths after the ferry sank off Kaleva. The toll is expected to rise as divers search the hull.",
            "At least 23 people died when the ferry sank off Kaleva.",
        ),
    ],
)
def test_a_toll_its_article_says_will_rise_is_an_early_stage(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 3 2025")
    assert report.findings == [], [f.message for f in report.findings]


# The day of an event named with what it reached ("the earthquake that struck central Kalvia on Friday") is the
# event's, not the day of the count the sentence gives: a count of two days later is no earlier stage.
@pytest.mark.parametrize(
    ("later", "earlier"),
    [
        (
            "The number of deaths from the earthquake that struck central Kalvia on Friday has risen to 1,200.",
            "The earthquake killed 400 people, officials said.",
        ),
        (
            "The toll from the cyclone that battered the northern coast of Varo on Friday has risen to 85.",
            "The cyclone killed 31 people, officials said.",
        ),
    ],
)
def test_a_day_of_an_event_named_with_what_it_reached_is_the_event_s(tmp_path, later, earlier):
    path = _corpus(tmp_path, ("News", "Daily One", "Jun 9 2025", later), ("News", "Daily Two", "Jun 7 2025", earlier))
    report = discovered(path)[2]  # Monday 9 and Saturday 7 June 2025
    assert report.findings == [], [f.message for f in report.findings]


# A count taken "immediately after" or "shortly after" the event is the count of that moment, not the day's.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Around 40 passengers were evacuated immediately after the collision at Brenna junction.",
            "A total of 90 passengers have been evacuated from the trains at Brenna junction.",
        ),
        (
            "Some 200 residents fled shortly after the blast at the Ostrava chemical depot.",
            "About 1,500 residents have fled their homes near the Ostrava chemical depot.",
        ),
    ],
)
def test_a_count_taken_right_after_the_event_is_that_moment_s(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 3 2025")
    assert report.findings == [], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "All 60 passengers on the ferry, including two children, are feared dead off Velden.",
            "Divers said 25 passengers died when the ferry sank off Velden.",
        ),
        (
            "Some 40 miners are feared dead after the collapse at the Arlo pit.",
            "Twelve miners were killed in the collapse at the Arlo pit, officials said.",
        ),
    ],
)
def test_those_feared_dead_are_compared_only_with_their_like(tmp_path, first, second):
    """ "are feared dead" is what a count could come to, not a toll: compared only with projections."""
    report = _two_outlets(tmp_path, first, second, "Jun 11 2024")
    assert [texts(f) for f in report.findings] == [], [f.message for f in report.findings]


# Counts, money, sizes, distances and days as coverage of a capsizing at sea and of a typhoon gives them:
STORM_AND_SEA = [
    # a count given as persons and again as families: the persons are compared with persons, the families
    # with families; two hedged figures written with two neighbouring digits swapped are a slip
    (
        "About 1,250 people or 310 families were evacuated from Arlo, officials said.",
        "About 1,520 people or 310 families were evacuated from Arlo.",
        ["About 1,250 | About 1,520"],
    ),
    (
        "Floods forced 2,000 people from their homes in Brenn.",
        "Floods forced 480 families from their homes in Brenn.",
        [],
    ),
    # a breakdown of damage by place in brackets, and a place (one the text names as a place) that opens its
    # sentence, give that place's part
    (
        "Damage reached P51,200,000 in two provinces – Albay (P30,500,000); Sorsogon (P20,700,000).",
        "Albay alone incurred P35.5 million in damage. Schools in Albay reopened.",
        ["P30,500,000 | P35.5 million"],
    ),
    (
        "Storm damage totalled R12,400,000 across two districts – Overberg (R7,100,000); Karoo (R5,300,000).",
        "Overberg alone suffered R9.1 million in damage. Roads in Overberg reopened.",
        ["R7,100,000 | R9.1 million"],
    ),
    # two words joined before the noun of what a sum is: one thing
    (
        "Storm Velden caused $12 million in agricultural and infrastructure damages, officials said.",
        "Storm Velden caused $15 million in damages.",
        ["$12 million | $15 million"],
    ),
    (
        "The Brenn quake left 40 million euros in residential and commercial losses, insurers said.",
        "The Brenn quake left 52 million euros in losses.",
        ["40 million euros | 52 million euros"],
    ),
    # a size written against its unit, and "the vessel" where the story names one boat
    (
        "Rescuers reached the overturned 30ft yacht near Velden.",
        "The 36-foot vessel overturned near Velden, the coastguard said.",
        ["30ft | 36-foot"],
    ),
    (
        "The overturned 22ft boat was towed to Arlo.",
        "Divers found the 28-foot vessel approximately 2 miles off Arlo.",
        ["22ft | 28-foot"],
    ),
    # a distance off a place, and the same place named with a word more
    (
        "The freighter ran aground about 12 miles off Cape Velden.",
        "The freighter ran aground 18 miles east of Cape Velden Point.",
        ["18 miles | about 12 miles"],
    ),
    (
        "A trawler sank 30 km off the coast of Brenn.",
        "A trawler sank 45 km west of Brenn Harbour.",
        ["30 km | 45 km"],
    ),
    # the day of a capsizing told in a relative clause or with "to capsize"; a capsized thing dates nothing
    (
        "A ferry that capsized off Arlo on Friday carried 80 people.",
        "Heavy seas caused the ferry to capsize Saturday morning off Arlo.",
        ["Friday | Saturday"],
    ),
    (
        "A barge that sank in the Brenn river on Monday carried coal.",
        "The barge sank in the Brenn river on Tuesday.",
        ["Monday | Tuesday"],
    ),
    ("The ferry capsized off Arlo on Friday.", "Divers searched the capsized ferry on Sunday off Arlo.", []),
    # a morning is no early hours: a day and the next day's morning are two days
    ("The Velden ferry capsized on Saturday.", "The Velden ferry capsized on Sunday morning.", ["Saturday | Sunday"]),
    ("The Orlo bridge collapsed on Monday.", "The Orlo bridge collapsed on Tuesday morning.", ["Monday | Tuesday"]),
    (
        "The coastguard suspended the search, Thursday, for survivors of the capsized boat off Velden.",
        "The boat capsized off Velden on Monday.",
        [],
    ),
    # "three of them": a part of the count before it
    ("Nine people died in Brenn, three of them in a landslide.", "Nine people died in Brenn, officials said.", []),
    ("The fire killed 12 workers in Arlo, five of whom were contractors.", "The fire killed 12 workers in Arlo.", []),
    # those searched for are missing, whatever was found in the clause before
    (
        "Crews found one body while searching for 22 climbers on the Brenn glacier.",
        "Three bodies were recovered from the Brenn glacier.",
        [],
    ),
    (
        "Divers recovered a body while looking for 14 fishermen off Velden.",
        "Four bodies were brought ashore at Velden.",
        [],
    ),
    # those in evacuation centres are displaced, not the population; those who stayed elsewhere are a part
    ("About 8,000 people remain in 120 evacuation centres in Arlo.", "Arlo has 95,000 residents.", []),
    (
        "Some 3,000 people were evacuated but stayed in other places with relatives in Brenn.",
        "Some 9,500 people were evacuated in Brenn.",
        [],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), STORM_AND_SEA)
def test_counts_money_sizes_distances_and_days_of_a_storm_or_a_capsizing(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Oct 27 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


# The days of mourning declared after a disaster are one period of the story: two outlets that give it two lengths
# disagree, and two ways of writing one length agree.
@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        (
            "The government declared three days of national mourning after the mine blast in Tarsk.",
            "Five days of mourning began in Tarsk on Monday after the mine blast.",
            True,
        ),
        (
            "Flags flew at half mast as a seven-day mourning period began across Velora after the floods.",
            "The cabinet ordered seven days of national mourning for the flood victims in Velora.",
            False,
        ),
    ],
)
def test_two_lengths_of_one_mourning_are_a_finding(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jun 3 2025")
    mourning = [f for f in report.findings if "mourning" in f.rule]
    assert bool(mourning) is flagged, [f.message for f in report.findings]


# A picture's caption dates the moment it shows: the day relatives look at the wreckage, or are pictured at the
# site, is not the day of the crash or the blast.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The train crash near Volen happened on Monday, killing 14 passengers.",
            "Relatives look at the wreckage of the train crash near Volen on June 3, 2025.",
        ),
        (
            "The mine explosion in Krasno on Monday killed nine miners.",
            "Rescue workers are pictured at the site of the Krasno mine explosion on June 3, 2025.",
        ),
    ],
)
def test_a_caption_s_day_is_not_the_event_s(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 3 2025")  # Tuesday: the event was on Monday 2 June
    assert [f for f in report.findings if "date" in f.rule] == [], [f.message for f in report.findings]


# The range of the victims' ages ("ages vary from 16 to 24", "their ages ranged between 19 and 45") is ages, not a
# count of the dead set against the toll.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Forty people died in the Rila hotel fire.",
            "Dr. Mara Ivanova, the head of Rila General Hospital, stated that the victims' ages vary from 17 to 26.",
        ),
        (
            "Thirty-one pilgrims were killed in the bus crash near Orsk on Monday.",
            "Dr. Ilya Petrov, the head of Orsk City Hospital, said that the victims' ages ranged between 19 and 45.",
        ),
    ],
)
def test_a_range_of_ages_is_no_toll(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 3 2025")
    assert report.findings == [], [f.message for f in report.findings]


# A part of a count set off by commas, followed by another clause ("27 people, including 19 women, and the toll
# may rise"), is a part of that count, not a projection: two outlets' parts of one toll are compared.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Fourteen miners died in the Kovac pit, including six apprentices, and the toll may rise.",
            "Fourteen miners died in the Kovac pit, including nine apprentices.",
        ),
        (
            "The ferry fire off Lasso killed 30 people, including 12 children, and the number could rise.",
            "The ferry fire off Lasso killed 30 people, including eight children.",
        ),
    ],
)
def test_a_part_before_another_clause_is_no_projection(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 3 2025")
    assert len(report.findings) == 1, [f.message for f in report.findings]


DISCREPANCIES_NEWS_12 = CORPORA / "discrepancies-news-12"


def test_discover_on_a_nightclub_fire_and_a_stampede_keeps_its_floor():
    # `discrepancies-news-12`: real coverage of a nightclub fire in Kocani and of a stampede at a religious gathering
    # in Hathras; what discover reaches today (the arrests through one Sunday, "more than 155" against 155 are still
    # flagged; the women among the first bodies, 19 or 23, are missed)
    assert_discover_floor(DISCREPANCIES_NEWS_12, true=6, traps=10, found=2, flagged=3, findings=9)


DISCREPANCIES_NEWS_15 = CORPORA / "discrepancies-news-15"


def test_discover_on_counts_that_opposing_sides_give_keeps_its_floor():
    # `discrepancies-news-15`: real coverage of the drones of the India-Pakistan clashes of May 2025 (each side
    # counting its own) and of a general strike in Italy (union, police, ministry and a newspaper); what discover
    # reaches today (the night's 25 against the 12 "shot down overnight", the two nights of India's count and
    # "nearly 2 million" against "over two million" are still missed)
    assert_discover_floor(DISCREPANCIES_NEWS_15, true=4, traps=12, found=1, flagged=0, findings=2)


@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        # one moment told either side of midnight
        ("The Tarsa outage started late on Thursday.", "The Tarsa outage began on Friday.", []),
        ("The Kessa jailbreak began on Sunday night.", "The Kessa jailbreak began early on Monday.", []),
        ("The Orlo blackout began on Thursday.", "The Orlo blackout began in the early hours of Friday.", []),
        # two days given with no part of either
        ("The Orlo blackout began on Thursday.", "The Orlo blackout began on Friday.", ["Friday | Thursday"]),
        ("The Kessa jailbreak began on Saturday night.", "The Kessa jailbreak began on Monday.", ["Monday | Saturday"]),
        (
            "The Kessa jailbreak began on Sunday night.",
            "The Kessa jailbreak began on Monday night.",
            ["Monday | Sunday"],
        ),
        # the days of a kidnapping and of a cyberattack
        (
            "Gunmen kidnapped 40 pupils in Kura on March 3.",
            "The pupils were abducted in Kura on March 5.",
            ["March 3 | March 5"],
        ),
        (
            "The Vell hospital was hit by a ransomware attack on March 3.",
            "The Vell hospital suffered a cyberattack on March 5.",
            ["March 3 | March 5"],
        ),
    ],
)
def test_two_days_in_a_row_either_side_of_midnight_agree(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # every word of a name misspelt, where the texts give both spellings the same role
        (
            "England coach Sarina Wiegman made two changes.",
            "The side had not lost since coach Serina Weighman took over.",
            True,
        ),
        (
            "Finance minister Oleksandr Marchenko spoke on Monday.",
            "The finance minister, Olexandr Marchanko, spoke.",
            True,
        ),
        # nothing ties them to one person
        ("Carla Mendes scored twice.", "Karla Mendez was booked.", False),
        ("Coach Marta Lindqvist praised the team.", "Striker Marte Lindquist scored.", False),
    ],
)
def test_a_name_misspelt_in_every_word_is_one_person_only_where_the_texts_give_it_one_role(
    tmp_path, first, second, flagged
):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    assert any(f.rule == "name-spelling" for f in report.findings) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # what was paid for a thing: a sale at auction, a takeover, a transfer
        (
            "The Harlow estate sold at auction for £2.4 million on Tuesday.",
            "The Harlow estate went for £2.9 million at the auction.",
            ["£2.4 million | £2.9 million"],
        ),
        (
            "Norvik agreed to buy the Pellan grocery chain for $6.6 billion.",
            "Norvik is paying $6.1 billion in cash for Pellan.",
            ["$6.1 billion | $6.6 billion"],
        ),
        ("Valmont signed Tomas Ruiz for €30 million.", "Valmont paid €30 million for Tomas Ruiz.", []),
        # a sum of another year is another sale
        (
            "The 1963 Corvette sold for $1.2 million on Saturday. It had changed hands for $40,000 in 1987.",
            "The 1963 Corvette fetched $1.2 million.",
            [],
        ),
        (
            "Valmont paid €30 million for Tomas Ruiz. He had moved to Lisbon for €4 million in 2019.",
            "Tomas Ruiz joined Valmont for €30 million.",
            [],
        ),
        # an earlier record is no price of this sale
        (
            "The triptych sold for $91 million, beating the previous record of $58 million.",
            "The triptych sold for $91 million.",
            [],
        ),
        (
            "The stamp sold for £8 million. The highest price paid for a stamp had been £6 million.",
            "The stamp went for £8 million.",
            [],
        ),
        # the parts of a price beside it: fees on top of a bid, add-ons a fee may grow by
        (
            "The Ming vase sold for $8.2 million. The buyer will pay about $1 million in fees.",
            "The Ming vase sold for $8.2 million.",
            [],
        ),
        (
            "Valmont paid €30 million for Tomas Ruiz and a further €6 million in add-ons.",
            "Tomas Ruiz joined Valmont for €30 million.",
            [],
        ),
        # a fee "plus bonuses" is still the fee where no one is named whose pay the bonuses would be
        (
            "The transfer includes a fee of €50 million plus bonuses.",
            "Valmont paid €45 million for Tomas Ruiz in the transfer.",
            ["€45 million | €50 million plus"],
        ),
        (
            "The club agreed to pay €8 million plus bonuses for the goalkeeper.",
            "The club paid €6 million for the goalkeeper.",
            ["€6 million | €8 million plus"],
        ),
        # a fine, aid or wages paid are no price paid for a thing
        ("Acme paid a $2 million fine to the regulator.", "Acme paid $9 million for the Orlo plant.", []),
        (
            "The club received £3 million in relief from the league.",
            "The club received £5 million for its stadium.",
            [],
        ),
        # a bid on the way to the price, and what the sales of a season came to, are no price
        ("The sale opened at $20 million. The lot sold for $91 million.", "The lot sold for $91 million.", []),
        (
            "The Harlow estate sold for £2.4 million. The auction house expects total sales of £40 million this year.",
            "The Harlow estate sold for £2.4 million.",
            [],
        ),
    ],
)
def test_what_was_paid_for_a_thing_is_one_fact_of_its_story(tmp_path, first, second, flagged):
    """A sale's price, a takeover's, a transfer fee: outlets that give it differently disagree; a sum of another
    year, an earlier record, the fees or add-ons beside a price and a bid on the way to it are other figures."""
    report = _two_outlets(tmp_path, first, second, "Mar 12 2024")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # the price of one unit ("a share", "per acre", "-per-share", "for each … share") is no total, and the
        # total no price of one unit
        (
            "Halden Air agreed to buy Corvo Jets for $14 a share, a deal valued at $2.3 billion.",
            "Halden Air is paying $2.3 billion for Corvo Jets.",
            [],
        ),
        (
            "Halden Air's $14-per-share deal for Corvo Jets was announced on Tuesday.",
            "Halden Air agreed to acquire Corvo Jets for $2.3 billion.",
            [],
        ),
        (
            "The council sold the Brea farmland for £9,000 an acre.",
            "The council sold the Brea farmland for £1.8 million.",
            [],
        ),
        (
            "Ostra offered $21.5 worth of its own stock for each Pell Foods share in the deal.",
            "Ostra agreed to buy Pell Foods in a deal worth $4.1 billion.",
            [],
        ),
        # prices of one unit still disagree with each other
        (
            "Halden Air agreed to buy Corvo Jets for $14 a share.",
            "Halden Air agreed to acquire Corvo Jets for $16 per share.",
            ["$14 | $16"],
        ),
        (
            "The council sold the Brea farmland for £9,000 an acre.",
            "The council sold the Brea farmland for £7,500 per acre.",
            ["£7,500 | £9,000"],
        ),
        # "a" before a time gone by makes no price of one unit: the total still disagrees
        (
            "The council sold the Brea farmland for £1.8 million a week ago.",
            "The council sold the Brea farmland for £1.6 million.",
            ["£1.6 million | £1.8 million"],
        ),
        # a fee owed for walking away from a deal, or a share's price on the market, is no price paid
        (
            "Brightline agreed to buy Tarn Mining for $6 billion. Tarn would owe a $210 million breakup fee.",
            "Brightline agreed to buy Tarn Mining for $6 billion.",
            [],
        ),
        (
            "Ostra agreed to buy Pell Foods for $4.1 billion, well above Pell's closing price of $31.20.",
            "Ostra will pay $4.1 billion for Pell Foods.",
            [],
        ),
        # guards: a price bought back and a compensation paid for a manager are a price paid, each set against the
        # other
        (
            "Castile Athletic bought back the striker from Lisbon Rovers for €30m.",
            "Castile Athletic paid €25m to bring the striker back from Lisbon Rovers.",
            ["€25m | €30m"],
        ),
        (
            "Halden Motors agreed to buy back its stake in Corran Cars for $500 million.",
            "Halden Motors will pay $420 million to buy back its stake in Corran Cars.",
            ["$420 million | $500 million"],
        ),
        (
            "Hove Albion will receive £10m in compensation from Fulwell for their manager.",
            "Hove Albion will receive £21.5m in compensation from Fulwell for their manager.",
            ["£10m | £21.5m"],
        ),
    ],
)
def test_a_price_of_one_unit_or_a_fee_is_no_total_price(tmp_path, first, second, flagged):
    """What one share, one acre or one unit costs is compared only with prices of one unit; a breakup fee and a
    share's market price are no price paid at all."""
    report = _two_outlets(tmp_path, first, second, "Mar 12 2024")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # the record a new price broke, worded "the previous world record" or "the existing record": one figure
        (
            "Valmont paid €90 million for Ruiz, doubling the previous world record fee of €45 million paid for Tomas Lind.",
            "Valmont's €90 million deal for Ruiz doubled the existing record set by the €40 million deal for Tomas Lind.",
            ["€40 million | €45 million"],
        ),
        (
            "Orsk Museum bought the Hallam portrait for $31 million, above the previous record price of $19 million paid"
            " for a Lind canvas.",
            "Orsk Museum paid $31 million for the Hallam portrait; the existing world record was a $19 million deal.",
            [],
        ),
        # guards: the earlier record is no price of this sale, and a record of a narrower kind stays its own
        (
            "Valmont paid €90 million for Ruiz, doubling the existing record set by the €45 million deal for Lind.",
            "Valmont paid €90 million for Ruiz.",
            [],
        ),
        (
            "Orsk Museum paid $31 million for the Hallam portrait, above the previous auction record of $19 million"
            " paid for a Lind canvas.",
            "Orsk Museum paid $31 million for the Hallam portrait, above the previous world record of $25 million paid"
            " for a Lind canvas.",
            [],
        ),
        # guards: a record of another scope, narrowed after "record" or by who paid it, stays its own
        (
            "Valmont paid £9m for Ruiz, beating the previous record fee of £6m paid by a Scottish club.",
            "Valmont paid £9m for Ruiz, below the existing world record fee of £198m.",
            [],
        ),
        (
            "Valmont paid €500,000 for Ruiz, beating the previous world record fee for a female player of €400,000.",
            "Valmont paid €500,000 for Ruiz, far below the existing world record fee of €222 million.",
            [],
        ),
        (
            "The Hallam portrait sold for $90 million, above the previous record for the city of $60 million.",
            "The Hallam portrait sold for $90 million, below the existing record for the state of $150 million.",
            [],
        ),
    ],
)
def test_the_record_a_price_broke_is_one_earlier_figure_however_it_is_worded(tmp_path, first, second, flagged):
    """ "The previous world record" and "the existing record" name the one record a new price broke: outlets that
    give it differently disagree; it is never set against the new price, nor against a record of a narrower kind
    ("the previous auction record")."""
    report = _two_outlets(tmp_path, first, second, "Mar 12 2024")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # a wage of one week set off by dashes, before tax, is no price of the deal
        (
            "Castile signed the striker for £60m. He will earn £9.1m a year – £175,000 a week – before tax from the deal.",
            "Castile paid £60m for the striker in the deal.",
            [],
        ),
        (
            "Tarn Rovers paid $12m for the winger in a deal that pays him $40,000 a week before tax.",
            "Tarn Rovers paid $12m for the winger.",
            [],
        ),
        # a sum restated in brackets before its unit is still the price of one unit
        (
            "Halden Air agreed to buy Corvo Jets at 14 euros ($15) a share, a deal valued at $2.3 billion.",
            "Halden Air is paying $2.3 billion for Corvo Jets.",
            [],
        ),
        # guard: prices of one week still disagree with each other
        (
            "The club signed the striker in a deal worth £175,000 a week – before tax.",
            "The club signed the striker in a deal worth £200,000 a week before tax.",
            ["£175,000 | £200,000"],
        ),
    ],
)
def test_a_sum_of_one_week_past_a_dash_or_a_restatement_is_no_total_price(tmp_path, first, second, flagged):
    """ "£175,000 a week – before tax" and "14 euros ($15) a share" are sums of one unit, whatever stands between the
    figure and its unit or after it; such sums still disagree with each other."""
    report = _two_outlets(tmp_path, first, second, "Mar 12 2024")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # how high a volcano sent its ash: one figure of the eruption, in any unit
        (
            "Mount Orva erupted on Sunday, hurling clouds of ash 16,000ft into the air.",
            "Ash from Mount Orva reached 4,000 metres on Sunday.",
            ["16,000ft | 4,000 metres"],
        ),
        (
            "Mount Orva erupted on Sunday, spewing a column of ash 3,000 metres into the sky.",
            "Mount Orva erupted on Sunday, billowing ash and rock debris 5,000 metres into the sky.",
            ["3,000 metres | 5,000 metres"],
        ),
        # guards: the mountain's own height, ash lying on the ground, a conversion in brackets, another day's column
        (
            "The 2,900-metre Orva volcano erupted on Sunday, sending ash 3,000 metres into the sky.",
            "Mount Orva, which rises 2,950 metres above sea level, erupted on Sunday, spewing ash as high as 3 km.",
            [],
        ),
        (
            "Mount Orva's eruption on Sunday left ash 5 cm deep in Tarvo.",
            "Mount Orva erupted on Sunday, sending ash 3 km into the sky.",
            [],
        ),
        (
            "Mount Orva erupted on Sunday, sending ash 13,000 feet (4,000 metres) into the air.",
            "Mount Orva erupted on Sunday, sending ash 4,000 metres into the air.",
            [],
        ),
        (
            "Mount Orva erupted on Sunday, sending ash 3,000 metres into the sky.",
            "Mount Orva erupted again on Wednesday, sending ash 5,000 metres into the sky.",
            [],
        ),
        # guards: "ash" without a word of height is no column: a feast or a name, ash that stretches, drifts or cuts
        # what one sees
        (
            "On Ash Wednesday, pilgrims walked 14 km to the shrine.",
            "On Ash Wednesday, pilgrims walked 12 km to the shrine.",
            [],
        ),
        (
            "After the eruption on Sunday, the ash cloud stretched 500 km.",
            "After the eruption on Sunday, the ash cloud rose 6 km.",
            [],
        ),
        (
            "Ash from the wildfire was found 80 km downwind on Sunday.",
            "Mount Orva erupted on Sunday, sending ash 3 km into the sky.",
            [],
        ),
        (
            "Ash cut visibility to 500 metres on Sunday.",
            "Mount Orva erupted on Sunday, sending ash 3,000 metres into the sky.",
            [],
        ),
        (
            "Ash Barty cleared 1.75 metres in the high jump on Sunday.",
            "Mount Orva erupted on Sunday, sending ash 3,000 metres into the sky.",
            [],
        ),
    ],
)
def test_the_height_of_a_volcano_s_ash_column_is_one_figure_of_its_eruption(tmp_path, first, second, flagged):
    """ "sending ash 16,000ft into the air" and "Ash … reached 4,000 metres": outlets that give one column's height
    differently disagree; the mountain's height, the ash on the ground and a column of another day are other
    figures."""
    report = _two_outlets(tmp_path, first, second, "Mar 12 2024")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # ash elsewhere in the sentence leaves the rubble's depth its own figure
        (
            "Rescuers dug through 20 metres of rubble after the fire on Sunday reduced the mill to ash.",
            "Rescuers dug through 25 metres of rubble at the mill after Sunday's fire.",
            ["20 metres | 25 metres"],
        ),
        # guard: debris thrown up with ash is none
        (
            "Mount Orva erupted on Sunday, hurling ash and debris 5,000 metres into the sky.",
            "Crews cleared 2 metres of rubble from the road after Sunday's eruption of Mount Orva.",
            [],
        ),
    ],
)
def test_rubble_beside_ash_elsewhere_in_its_sentence_is_still_debris(tmp_path, first, second, flagged):
    """ "20 metres of rubble after the fire reduced the mill to ash" is still the rubble's depth; only debris joined
    to ash ("ash and debris") is a volcano's."""
    report = _two_outlets(tmp_path, first, second, "Mar 12 2024")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


def test_a_takeovers_price_told_beside_yearly_sales_is_still_set_against_another(tmp_path):
    # "annually" after the sales marks no other figure of the sentence: the other outlet's $7 billion is flagged
    first = "Ormond agreed to buy Pell Foods, which earns $2 billion annually, for $9 billion."
    report = _two_outlets(tmp_path, first, "Ormond will pay $7 billion for Pell Foods.", "Mar 12 2024")
    assert any("$7 billion" in texts(f) for f in report.findings), [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # what analysts expected is no figure reported, whatever words say so ("had expected", "estimates of",
        # "a consensus estimate of", ", expected" after the figure)
        (
            "Halvard Foods reported revenue of $2.1 billion. Analysts had expected revenue of $2.3 billion.",
            "Halvard Foods posted revenue of $2.1 billion, beating estimates of $1.9 billion.",
            [],
        ),
        (
            "Skyline Air posted quarterly revenue of $880 million.",
            "Skyline Air: Revenue: $880 million vs. $910 million, expected.",
            [],
        ),
        # the ends of the spread of forecasts are neither the figure reported nor the consensus
        (
            "Marlow Inc reported revenue of $4.2 billion.",
            "Analysts' estimates for Marlow Inc varied widely, from revenue of $3.1 billion on the low end to "
            "$4.9 billion on the high end.",
            [],
        ),
        # two forecasts of one figure that differ still disagree
        (
            "Analysts had expected Halvard Foods revenue of $2.3 billion.",
            "Halvard Foods missed a consensus revenue estimate of $2.0 billion.",
            ["$2.0 billion | $2.3 billion"],
        ),
        (
            "Analysts polled by Northline expected Skyline Air to post earnings of $0.40 per share.",
            "Skyline Air: Earnings: $1.10 ex-items vs. 12 cents per share, expected.",
            ["$0.40 | 12 cents"],
        ),
    ],
)
def test_a_forecast_is_compared_only_with_forecasts(tmp_path, first, second, flagged):
    """What analysts or markets expected a company to report is compared with what others say they expected,
    never with what it reported."""
    report = _two_outlets(tmp_path, first, second, "Jul 22 2021")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # earnings of one share named before the figure ("earnings per share were", "EPS of") are no total
        (
            "Orvel Bank's earnings per share were $1.42 in the quarter.",
            "Orvel Bank reported net income of $310 million in the quarter.",
            [],
        ),
        ("Dunmore Steel posted EPS of $0.87 for the quarter.", "Dunmore Steel earned $96 million in the quarter.", []),
        # a figure adjusted for items left out is no figure as reported
        (
            "Orvel Bank said adjusted earnings were $1.42 per share in the quarter.",
            "Orvel Bank earned $1.10 per share in the quarter.",
            [],
        ),
        (
            "Dunmore Steel earned $0.87 a share ex-items in the quarter.",
            "Dunmore Steel's earnings were $0.61 per share in the quarter.",
            [],
        ),
        # a line of business is a part of what a company took in
        (
            "Marlow Inc's cloud revenue rose to $4.2 billion in the quarter.",
            "Marlow Inc's revenue reached $9.8 billion in the quarter.",
            [],
        ),
        (
            "Halvard Foods reported $1.3 billion in snacks revenue for the quarter.",
            "Halvard Foods said revenue was $2.1 billion for the quarter.",
            [],
        ),
        # one share's earnings as reported still disagree with each other
        (
            "Orvel Bank's earnings per share were $1.42 in the quarter.",
            "Orvel Bank's quarterly earnings were $1.24 per share.",
            ["$1.24 | $1.42"],
        ),
    ],
)
def test_earnings_of_one_share_an_adjusted_figure_and_a_line_of_business_are_apart(tmp_path, first, second, flagged):
    """A company's earnings for one share, its figures adjusted for items left out and the revenue of one line of
    its business are each compared only with their like."""
    report = _two_outlets(tmp_path, first, second, "Jul 22 2021")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # the buildings damaged badly (or lightly) are a part of all those damaged
        (
            "Cyclone Mira damaged 1,200 homes in Tarvo province.",
            "In Tarvo province, 400 homes were badly damaged by Cyclone Mira.",
            [],
        ),
        (
            "The tremor in Velsk left more than 3,000 houses lightly damaged.",
            "The tremor in Velsk damaged 4,100 houses.",
            [],
        ),
        # counts of the badly damaged still disagree with each other
        (
            "In Tarvo province, 300 houses were severely damaged by Cyclone Mira.",
            "Cyclone Mira left 450 houses heavily damaged in Tarvo province.",
            ["300 | 450"],
        ),
    ],
)
def test_buildings_damaged_badly_or_lightly_are_a_part_of_the_damaged(tmp_path, first, second, flagged):
    """How badly buildings were damaged makes a count of its own: never set against all the buildings damaged."""
    report = _two_outlets(tmp_path, first, second, "Nov 21 2022")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("At Least 12 Dead 40 Injured After Bus Plunges Into Gorge", "Twelve people died when the bus left the road."),
        ("Mine Blast: 9 Killed 31 Hurt In Shaft Collapse", "Nine miners were killed in the blast on Tuesday."),
    ],
)
def test_a_word_between_two_figures_of_a_headline_is_the_first_ones(tmp_path, title, body):
    """In a headline without commas ("12 Dead 40 Injured"), the word after the first figure is what befell those
    it counts: the second figure counts the injured, never the dead, and the headline's toll is the first."""
    path = _corpus(
        tmp_path,
        (title, "Daily One", "May 3 2025", body),
        ("Crash news", "Daily Two", "May 3 2025", body),
    )
    documents, claims, report = discovered(path)
    second = [c for c in claims if c.kind == "quantity" and c.sentence == title][1]
    assert "deaths" not in facts_of(second), facts_of(second)
    assert not [f for f in report.findings if "deaths" in f.rule], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # a fee whose brackets name what it may grow by is the most that may be paid
        (
            "Valmont signed Tomas Ruiz for a fee of €36 million (€30 million up front and €6 million in add-ons).",
            "Valmont paid €30 million for Tomas Ruiz.",
            [],
        ),
        (
            "Kelso bought the Ardent studio for $90 million (with $70 million paid now and the rest in incentives).",
            "Kelso paid $70 million for the Ardent studio.",
            [],
        ),
        # "including add-ons" is a bound: a fixed fee below it agrees, a higher one does not
        ("Valmont paid €36 million including add-ons for Tomas Ruiz.", "Valmont paid €30 million for Tomas Ruiz.", []),
        (
            "Valmont paid €36 million including add-ons for Tomas Ruiz.",
            "Valmont paid €40 million for Tomas Ruiz.",
            ["€36 million including add-ons | €40 million"],
        ),
        # a sum restated in brackets after a projection is that projection
        (
            "If every bonus is paid, the deal could reach €60 million (£52 million).",
            "Valmont paid £45 million for Tomas Ruiz in the deal.",
            [],
        ),
        (
            "The cost of the Ardent deal could thus rise to $95 million.",
            "Kelso paid $70 million in the Ardent deal.",
            [],
        ),
    ],
)
def test_a_fee_with_what_it_may_grow_by_is_no_fee_paid_up_front(tmp_path, first, second, flagged):
    """The most a fee may come to, with its add-ons, bonuses or incentives, is not at odds with what is paid up front."""
    report = _two_outlets(tmp_path, first, second, "Jun 7 2023")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


DISCREPANCIES_NEWS_14 = CORPORA / "discrepancies-news-14"


def test_discover_on_an_auction_record_and_a_football_transfer_keeps_its_floor():
    # `discrepancies-news-14`: real coverage of the sale of Leonardo's Salvator Mundi and of Jude Bellingham's
    # transfer to Real Madrid, figures of money and sport; what discover reaches today
    assert_discover_floor(DISCREPANCIES_NEWS_14, true=3, traps=14, found=3, flagged=0, findings=3)


DISCREPANCIES_NEWS_13 = CORPORA / "discrepancies-news-13"


def test_discover_on_an_avalanche_and_a_car_ramming_keeps_its_floor():
    # `discrepancies-news-13`: real coverage of an avalanche on a guided ski group near Lake Tahoe and of a
    # car-ramming at the Magdeburg Christmas market; what discover reaches today (the clients of the group, 12 or 11,
    # "nearly 50" or "almost 45" years, and the bodies recovered on the Saturday are missed)
    assert_discover_floor(DISCREPANCIES_NEWS_13, true=6, traps=21, found=2, flagged=0, findings=2)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Three people have been arrested over the riot at Kessa prison.",
            "While five people, including the deputy warden, have been arrested, the inquiry into the death of two inmates"
            " at Kessa prison goes on.",
        ),
        (
            "Four people have been detained over the blaze at the Orlo plant.",
            "While six people have been detained, the report on the death of three workers at the Orlo plant is"
            " awaited.",
        ),
    ],
)
def test_a_cause_is_read_up_to_the_next_figure_written_in_words(tmp_path, first, second):
    # "the death of two inmates" later in the sentence is no cause of the arrests: the next figure ends the reading
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    assert [f for f in report.findings if "arrests" in f.rule], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("headline", "first", "second"),
    [
        (
            "Arrests after Wednesday's tragedy at a Tarn wedding",
            "Police have arrested three people over the tragedy.",
            "Police have arrested five people over the Tarn tragedy.",
        ),
        (
            "Vell derby: fans held after Wednesday’s match",
            "Officers have detained four fans over the match.",
            "Officers have detained seven fans over the Vell match.",
        ),
    ],
)
def test_a_day_in_the_possessive_is_not_the_day_a_page_reports_from(tmp_path, headline, first, second):
    # "Wednesday's tragedy" on a Thursday page dates the tragedy; the page still reports on Thursday, as the
    # other outlet's page of that Thursday does, so their counts are of one day
    path = _corpus(
        tmp_path, (headline, "Daily One", "Apr 10 2025", first), ("Latest news", "Daily Two", "Apr 10 2025", second)
    )
    report = discovered(path)[2]
    assert [f for f in report.findings if "arrests" in f.rule], [f.message for f in report.findings]


DISCREPANCIES_NEWS_16 = CORPORA / "discrepancies-news-16"


def test_discover_on_a_fireworks_blast_and_a_hooch_poisoning_keeps_its_floor():
    # `discrepancies-news-16`: real coverage of a fireworks warehouse explosion in Kilgore and of a methanol
    # poisoning in Kallakurichi; what discover reaches today (the arrests, three or four, are read as two stages;
    # the Florida blast's five dead and a breakdown of the toll by hospital are still set against the toll)
    assert_discover_floor(DISCREPANCIES_NEWS_16, true=3, traps=14, found=2, flagged=3, findings=24)


@pytest.mark.parametrize(
    ("headline", "first", "second_headline", "second"),
    [
        (
            "All 5 Passengers Killed In Bus Crash",
            "All five passengers were killed when a bus plunged into a ravine on Sunday.",
            "5 passengers dead after bus plunges into ravine",
            "Two of the passengers were pronounced dead at the scene, while three others died in hospital.",
        ),
        (
            "Four Tourists Killed In Boat Fire",
            "All four tourists were killed when the boat caught fire on Friday.",
            "4 tourists dead in boat fire",
            "Three of the tourists were pronounced dead at the scene, while another died in hospital.",
        ),
    ],
)
def test_a_part_picked_from_a_kind_of_people_is_not_that_kind_s_count(
    tmp_path, headline, first, second_headline, second
):
    # "Two of the passengers", "Three of the tourists": a part of those the noun names, as "two of them" is,
    # never the count of all the passengers or tourists
    path = _corpus(
        tmp_path, (headline, "Daily One", "May 3 2025", first), (second_headline, "Daily Two", "May 3 2025", second)
    )
    report = discovered(path)[2]
    assert not [f for f in report.findings if "deaths" in f.rule], [f.message for f in report.findings]


def test_a_count_of_a_kind_of_people_without_a_part_is_still_compared(tmp_path):
    path = _corpus(
        tmp_path,
        (
            "All 5 Passengers Killed In Bus Crash",
            "Daily One",
            "May 3 2025",
            "All five passengers were killed when a bus plunged into a ravine on Sunday.",
        ),
        (
            "Bus plunges into ravine",
            "Daily Two",
            "May 3 2025",
            "Two passengers were killed when a bus plunged into a ravine on Sunday.",
        ),
    )
    report = discovered(path)[2]
    assert [f for f in report.findings if "deaths" in f.rule], [f.message for f in report.findings]


DISCREPANCIES_NEWS_42 = CORPORA / "discrepancies-news-42"


def test_discover_on_an_earthquake_toll_and_a_quarterly_earnings_report_keeps_its_floor():
    # `discrepancies-news-42`: real coverage of the Cianjur earthquake's toll and of Tesla's second-quarter results of
    # 2020; what discover reaches today (the BNPB's 79 injured against its "up to 700" is missed; the governor's 56 dead
    # of the Monday evening is still set against his 162 of the night)
    assert_discover_floor(DISCREPANCIES_NEWS_42, true=5, traps=27, found=4, flagged=1, findings=11)


DISCREPANCIES_NEWS_44 = CORPORA / "discrepancies-news-44"


def test_discover_on_a_famine_and_a_jury_verdict_cut_twice_keeps_its_floor():
    # `discrepancies-news-44`: real coverage of the UN's famine declaration in southern Somalia and of the Roundup
    # verdict against Monsanto, cut by the trial judge and on appeal; what discover reaches today (the punitive
    # damages as the jury gave them and as the judge cut them; the verdict's day, 10 or 13 August, lies in two
    # stories; the 3.7 million in crisis "in southern Somalia" meet no figure of the south)
    assert_discover_floor(DISCREPANCIES_NEWS_44, true=4, traps=21, found=2, flagged=5, findings=10)


DISCREPANCIES_NEWS_45 = CORPORA / "discrepancies-news-45"


def test_discover_on_a_cocaine_seizure_and_a_storm_s_power_cuts_keeps_its_floor():
    # `discrepancies-news-45`: real coverage of the cocaine found in bananas at Portsmouth and of Storm Arwen's power
    # cuts; what discover reaches today (the homes the storm cut off, "more than one million" against 950,000, lie in
    # two time frames; the ten arrested "at an industrial estate in Tottenham" meet no place)
    assert_discover_floor(DISCREPANCIES_NEWS_45, true=3, traps=16, found=1, flagged=0, findings=1)


DISCREPANCIES_NEWS_49 = CORPORA / "discrepancies-news-49"


def test_discover_on_a_ship_striking_a_bridge_and_cough_syrup_deaths_keeps_its_floor():
    # `discrepancies-news-49`: real coverage of the Lixinsha Bridge struck by a container ship in Guangzhou and of
    # the children's deaths in The Gambia linked to contaminated syrups; what discover reaches today (the vehicles
    # that fell into the river, two against five or four; the first completion date of the bridge works is no
    # event's day, and the syrup pages lie days or months apart, each a story of its own, so "more than 80" against
    # 70, the boy's age and the parents suing are compared in no group; the three bodies found that took the toll
    # to five are what was added, and "The public bus and four vehicles" not all that fell)
    assert_discover_floor(DISCREPANCIES_NEWS_49, true=5, traps=18, found=1, flagged=0, findings=4)


DISCREPANCIES_NEWS_48 = CORPORA / "discrepancies-news-48"


def test_discover_on_a_toxic_sludge_spill_and_a_glacier_collapse_keeps_its_floor():
    # `discrepancies-news-48`: real coverage of the red sludge spilled at Ajka, Hungary, and of the Marmolada
    # glacier's collapse; what discover reaches today (the volume spilled, 1.1 million cubic metres against
    # 600,000-700,000, and the injured, nine or eight, at info; the missing, "about 20" in a clause after "after a
    # glacier collapsed on Sunday", take that Sunday, so they are not set against a later fifteen; the children
    # among the dead are a part included and a part listed, compared only with their like, and counts beside one
    # headline toll of four are one stage whatever their days: 120 and 123 injured, six and three missing)
    assert_discover_floor(DISCREPANCIES_NEWS_48, true=4, traps=22, found=2, flagged=2, findings=6)


DISCREPANCIES_NEWS_46 = CORPORA / "discrepancies-news-46"


def test_discover_on_a_bird_flu_cull_and_a_public_sector_pay_deal_keeps_its_floor():
    # `discrepancies-news-46`: real coverage of the H5N1 outbreak and cull at a Holton turkey farm, with the
    # compensation paid for it, and of the NHS pay deal of 2023; what discover reaches today (the dead turkeys, 2,500
    # against Defra's 2,617, and the unions of the Staff Council, 12 or 14; the compensation estimates and the
    # per-bird values are projections worded apart, "could be" and "would be", and the one-off payment's two ranges
    # overlap as intervals)
    assert_discover_floor(DISCREPANCIES_NEWS_46, true=6, traps=22, found=2, flagged=0, findings=2)


DISCREPANCIES_NEWS_47 = CORPORA / "discrepancies-news-47"


def test_discover_on_a_data_breach_and_a_day_of_cancelled_flights_keeps_its_floor():
    # `discrepancies-news-47`: real coverage of the Equifax hack and the ICO's fine for it, and of the flights
    # cancelled by the Nats failure of August 2023; what discover reaches today (Cirium's Monday departures, 790 or
    # 799, and arrivals, 785 or 786, at info since both cite Cirium; the email addresses taken are no fact of the
    # lexicon; Gatwick's arrivals join the UK's as the only place named for them, City AM's 785 of "yesterday" is
    # read as of its page's day, and "209,000 U.S. consumers" counts "U")
    assert_discover_floor(DISCREPANCIES_NEWS_47, true=3, traps=34, found=2, flagged=2, findings=7)


DISCREPANCIES_NEWS_43 = CORPORA / "discrepancies-news-43"


def test_discover_on_a_poisoned_school_meal_and_a_lottery_jackpot_keeps_its_floor():
    # `discrepancies-news-43`: real coverage of a school's poisoned midday meal in Bihar and of a record Mega
    # Millions jackpot; what discover reaches today (the children treated in Patna, 24 against 25, and the school's
    # distance to Chhapra; the ages are of no fact it groups, and the cash values of two days are two frames)
    assert_discover_floor(DISCREPANCIES_NEWS_43, true=4, traps=16, found=2, flagged=1, findings=7)


DISCREPANCIES_NEWS_41 = CORPORA / "discrepancies-news-41"


def test_discover_on_a_helicopter_crash_and_a_prison_riot_keeps_its_floor():
    # `discrepancies-news-41`: real coverage of a charter helicopter's crash into the East River and of a riot at a
    # private prison in Hinton, Oklahoma; what discover reaches today (the inmates involved in the riot, the
    # sheriff's 150 or 250 to 300, are of no fact discover groups)
    assert_discover_floor(DISCREPANCIES_NEWS_41, true=1, traps=17, found=0, flagged=0, findings=0)


DISCREPANCIES_NEWS_36 = CORPORA / "discrepancies-news-36"


def test_discover_on_a_missing_submersible_and_deaths_in_a_lorry_keeps_its_floor():
    # `discrepancies-news-36`: real coverage of the search for the submersible Titan and of the 39 found dead in a
    # lorry trailer in Grays; what discover reaches today (the Titanic's 2,200 aboard in 1912 is set against the five
    # aboard, and the "four passengers" beside one pilot against "five passengers"; the depth an ROV is designed for against the
    # Titan's; "just over an hour" is read as no figure; 21 and 22 feet are lengths of things named apart; the
    # man from Northern Ireland is 46 or 48, an age given for no name, which it now finds)
    assert_discover_floor(DISCREPANCIES_NEWS_36, true=8, traps=20, found=4, flagged=4, findings=9)


DISCREPANCIES_NEWS_37 = CORPORA / "discrepancies-news-37"


def test_discover_on_a_city_flash_flood_and_a_river_launch_fire_keeps_its_floor():
    # `discrepancies-news-37`: real coverage of the Ellicott City flash flood and of the fire on the launch
    # Abhijan-10; what discover reaches today (the distance to a "Ba" cut off mid-word is told apart from the one to
    # Baltimore; the injured of pages whose headline tolls differ are counts of different moments; the decks'
    # finding cannot be scored, "double-deck" being no figure to the scorer; the Zohor/Zohar Ali spelling is a
    # finding of its own)
    assert_discover_floor(DISCREPANCIES_NEWS_37, true=7, traps=19, found=3, flagged=0, findings=5)


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        # a particle that makes the verb another: "carrying out" carries no one
        ("Officials were carrying out the autopsy of the 30 people at the district hospital.", "aboard"),
        ("Police carried out raids on 14 homes in the city on Monday.", "aboard"),
        # a fire, a riot or a war that broke out is no escape
        ("Twelve people died after a fire broke out at a hostel in the capital.", "escaped"),
        ("At least 40 people were hurt when fighting broke out at the stadium.", "escaped"),
        ("The toll from the blaze that broke out at the market rose to 21.", "escaped"),
    ],
)
def test_a_phrasal_use_of_a_facts_word_names_no_fact(tmp_path, sentence, fact):
    claims = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity"]
    assert claims and fact not in facts_of(claims[-1]), (sentence, facts_of(claims[-1]))


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The bus was carrying 45 people when it crashed.", "aboard"),
        ("About 200 prisoners broke out of the jail on Sunday.", "escaped"),
        ("Some 150 inmates broke out after a riot at the prison.", "escaped"),
    ],
)
def test_the_facts_word_outside_a_phrasal_use_still_names_it(tmp_path, sentence, fact):
    claims = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity"]
    assert claims and fact in facts_of(claims[0]), (sentence, facts_of(claims[0]))


@pytest.mark.parametrize(
    "earlier",
    [
        "In March 2019, a boat carrying about 40 people capsized on the same river.",
        "In 2021, a minibus carrying 18 people fell into the same gorge.",
    ],
)
def test_who_was_aboard_an_earlier_voyage_is_not_compared_with_this_ones(tmp_path, earlier):
    report = _two_outlets(
        tmp_path,
        f"The vessel sank on Friday, officials said. {earlier}",
        "About 120 people were on board when the vessel sank on Friday.",
        "May 3 2025",
    )
    assert not [f for f in report.findings if "aboard" in f.rule], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("listed", "aboard"),
    [
        (
            "The record suggests 310 listed passengers were travelling on the boat.",
            "The boat was carrying around 700 passengers.",
        ),
        (
            "The port authority said 140 registered passengers had boarded the ferry.",
            "The ferry was carrying more than 250 passengers when it capsized.",
        ),
        # what a manifest showed or listed is the list's count
        ("The manifest showed 120 passengers, officials said.", "The launch was carrying 200 passengers."),
        ("The ship's manifest listed 90 passengers.", "The ship had about 160 passengers on board."),
    ],
)
def test_the_passengers_a_list_gives_are_not_who_was_aboard(tmp_path, listed, aboard):
    report = _two_outlets(tmp_path, listed, aboard, "May 3 2025")
    assert not [f for f in report.findings if "aboard" in f.rule], [f.message for f in report.findings]
    claims = [c for c in _claims_of(tmp_path, listed) if c.kind == "quantity"]
    assert claims and facts_of(claims[0]) == ["listed aboard"], facts_of(claims[0])


@pytest.mark.parametrize(
    ("first", "second", "day"),
    [
        (
            "Two climbers were caught in the avalanche and remained missing on Tuesday.",
            "The avalanche struck the slope on Monday, police said.",
            "May 6 2025",
        ),
        (
            "The factory was damaged in the blast and remained closed on Thursday.",
            "The blast tore through the factory on Wednesday.",
            "May 8 2025",
        ),
        (
            "A worker hurt in the explosion was still in hospital on Friday.",
            "The explosion hit the plant on Wednesday.",
            "May 9 2025",
        ),
    ],
)
def test_the_day_a_state_still_held_is_not_the_events_day(tmp_path, first, second, day):
    report = _two_outlets(tmp_path, first, second, day)
    assert not [f for f in report.findings if "date" in f.rule], [f.message for f in report.findings]


def test_the_events_day_told_by_two_outlets_still_disagrees(tmp_path):
    report = _two_outlets(
        tmp_path,
        "The avalanche struck the slope on Tuesday.",
        "The avalanche struck the slope on Monday.",
        "May 6 2025",
    )
    assert [f for f in report.findings if "date" in f.rule], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("helpers", "hurt"),
    [
        (
            "Five units of the fire service were working to rescue the injured.",
            "Over 60 people were injured in the blaze.",
        ),
        ("Twelve ambulances took the wounded to hospital.", "About 30 people were wounded in the attack."),
    ],
)
def test_a_count_of_units_or_vehicles_that_help_the_hurt_is_not_the_hurt(tmp_path, helpers, hurt):
    report = _two_outlets(tmp_path, helpers, hurt, "May 3 2025")
    assert not report.findings, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        ("A 12-storey building collapsed in the city on Monday.", "The building had 14 floors, officials said.", True),
        # what has them is told apart by its noun, and a ferry is a vessel
        (
            "The three-decked vessel caught fire on the river.",
            "A crowded two-storey ferry caught fire on the river.",
            True,
        ),
        (
            "The three-decked ferry caught fire on the river.",
            "A crowded two-storey ferry caught fire on the river.",
            True,
        ),
        ("The fire gutted a 12-storey block of flats.", "The blaze tore through the 12-storey block.", False),
        ("The double-deck bus overturned on the motorway.", "The three-deck bus overturned on the motorway.", True),
        # a live page's "Earlier on Monday:" dates its entry: a building's storeys are no count that moves
        (
            "Earlier on Monday: crews lifted three survivors from the 12-storey hotel.",
            "The 14-storey hotel collapsed on Monday morning, officials said.",
            True,
        ),
    ],
)
def test_the_storeys_or_decks_of_a_storys_building_or_vessel_are_compared(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "May 3 2025")
    storeys = [f for f in report.findings if "storeys" in f.rule]
    assert bool(storeys) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # how many countries the people counted come from, after "from" or "of"
        (
            "The liner was carrying 2,100 passengers from 31 countries when it ran aground.",
            "The liner ran aground with passengers of 28 nationalities on board.",
            True,
        ),
        (
            "More than 1,500 climbers from 20 countries have reached the summit this season.",
            "Climbers from around 25 countries have reached the summit this season.",
            True,
        ),
        # the countries a thing is sold in, or a treaty is between, are no one's nationalities
        (
            "The recalled heaters were sold in 12 countries, the maker said.",
            "Guests from 9 countries were among the injured.",
            False,
        ),
        ("The pact between the two countries was signed in Oslo.", "Delegates from 40 nations attended.", False),
        # "of" counts nationalities only: a group, a total or a coalition of nations is no one's origin
        (
            "Leaders of the Group of Seven nations met in Osaka on Friday.",
            "Leaders of the Group of 20 nations met in Osaka on Friday.",
            False,
        ),
        (
            "A total of 12 countries sent troops to the mission in Mali.",
            "A total of 14 countries sent aid to the mission in Mali.",
            False,
        ),
        (
            "A coalition of 60 nations backed the resolution on Friday.",
            "A coalition of 55 nations backed the resolution on Friday.",
            False,
        ),
        # "from" counts them only after a noun of people
        ("Troops drawn from 12 nations patrol the border.", "Judges drawn from 9 nations sit on the court.", False),
        (
            "Victims from 12 countries were among the dead in the crash near Lyon.",
            "victims from 14 countries were among the dead in the crash near Lyon.",
            True,
        ),
        # the countries of other people: the crew and the passengers together are no count of the passengers alone
        (
            "The liner was carrying 2,100 passengers from 31 countries when it ran aground.",
            "All 2,600 aboard, crew and passengers from 40 countries, were safe.",
            False,
        ),
    ],
)
def test_the_countries_the_people_counted_come_from_are_compared(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "May 3 2025")
    found = [f for f in report.findings if "nationalities" in f.rule]
    assert bool(found) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # how many rooms a building or a vessel has: after "with" or "has", or joined to the noun
        (
            "The Alder Lodge opened in 2015 with 120 rooms, its owners said.",
            "Fire swept through the 140-room lodge in the Alder valley on Friday.",
            True,
        ),
        ("The boarding school, which has 36 classrooms, was shut.", "The school had 30 classrooms.", True),
        # rooms damaged, booked or searched are no rooms the building has
        ("The blaze damaged 20 rooms at the Alder Lodge.", "The Alder Lodge opened in 2015 with 120 rooms.", False),
        ("The lodge had 40 rooms booked for the wedding.", "The Alder Lodge has 120 rooms.", False),
        ("Police searched 15 rooms at the lodge.", "The Alder Lodge has 120 rooms.", False),
        # told apart by the building, read before "with" or "has"
        ("A hotel with 200 rooms was evacuated after the blast.", "The hotel has 180 rooms.", True),
        (
            "The fire started in a 3-room flat on Kirov Street.",
            "The hospital, with 300 rooms, took the injured.",
            False,
        ),
        ("The palace, with 700 rooms, was opened to visitors.", "The hotel next door has 120 rooms.", False),
        # after "has" or "had" the rooms end the clause: rooms flooded or rented are not those it has
        ("The hotel had 12 rooms flooded in the storm.", "The hotel has 80 rooms.", False),
        ("Police said the gang had 30 rooms rented across the city.", "The hotel has 120 rooms.", False),
        # "with" opening the sentence tells of rooms, not of what has them
        ("With 20 rooms still closed, the hotel reopened on Monday.", "The hotel has 80 rooms.", False),
    ],
)
def test_the_rooms_a_building_has_are_compared(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "May 3 2025")
    found = [f for f in report.findings if "rooms" in f.rule]
    assert bool(found) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "kind"),
    [
        # one kind of people under two words: servicemen are soldiers, policemen and cops are police officers
        (
            "The troopship sank in 1942 with 864 Dutch soldiers on board.",
            "The troopship went down in 1942 with 850 Dutch servicemen on board.",
            "soldier",
        ),
        (
            "Twelve policemen were killed in the ambush near Terzo.",
            "Eleven police officers were killed near Terzo.",
            "police-officer",
        ),
        (
            "Nine cops were injured in the riot in Velmar.",
            "Seven police officers were injured in the riot in Velmar.",
            "police-officer",
        ),
        # police officers, not officers of a prison or an army
        (
            "Five cops were injured in the riot in Velmar.",
            "Seven prison officers were injured in the riot in Velmar.",
            "",
        ),
        (
            "Five policemen were injured in the riot in Velmar.",
            "Seven army officers were injured in the riot in Velmar.",
            "",
        ),
        # a part of them by sex is no count of them all
        ("Three policewomen were killed in the ambush near Terzo.", "Twelve policemen were killed near Terzo.", ""),
    ],
)
def test_two_words_for_one_kind_of_people_count_the_same_people(tmp_path, first, second, kind):
    # the two counts are compared as the count of the kind both words name, in that kind's rule; none otherwise
    report = _two_outlets(tmp_path, first, second, "May 3 2025")
    rules = [f.rule for f in report.findings]
    if kind:
        assert any(rule.endswith(f"-{kind}") for rule in rules), rules
    else:
        assert not rules, [f.message for f in report.findings]


DISCREPANCIES_NEWS_32 = CORPORA / "discrepancies-news-32"


def test_discover_on_a_fuel_tanker_blast_and_a_sinkhole_keeps_its_floor():
    # `discrepancies-news-32`: real coverage of the Freetown tanker explosion and of the Seffner sinkhole; what
    # discover reaches today (a toll told with the day of the event, "Friday night … killing at least 101", is
    # read as of that day and set against the lower counts of the Saturday; the other, smaller sinkhole's depth
    # is set against the depth of the one that swallowed the man)
    assert_discover_floor(DISCREPANCIES_NEWS_32, true=2, traps=12, found=2, flagged=2, findings=6)


DISCREPANCIES_NEWS_33 = CORPORA / "discrepancies-news-33"


def test_discover_on_a_bank_collapse_and_an_election_results_night_keeps_its_floor():
    # `discrepancies-news-33`: real coverage of the collapse of Silicon Valley Bank and of the UK general election's
    # results night; what discover reaches today (the value SVB's shares lost, "over $80 billion" against "over
    # $9.5 billion", is read as no fact; Labour's "majority of 412" against 176 neither)
    assert_discover_floor(DISCREPANCIES_NEWS_33, true=6, traps=24, found=4, flagged=0, findings=4)


DISCREPANCIES_NEWS_34 = CORPORA / "discrepancies-news-34"


def test_discover_on_a_concert_bombing_and_a_train_stabbing_keeps_its_floor():
    # `discrepancies-news-34`: real coverage of the Manchester Arena bombing and of the knife attack on a train
    # stopped at Huntingdon; what discover reaches today (the hospitals, six or eight, are given days apart and
    # not read as a count that stays put; the suspect's age, 27 or 32, belongs to no name; the nine with
    # life-threatening injuries are set against the two critical of the next day and against the ten in hospital;
    # "injured more than 50 others" is the count of the injured, set against "12 children under 16", an age read as
    # a count of the injured)
    assert_discover_floor(DISCREPANCIES_NEWS_34, true=2, traps=13, found=0, flagged=2, findings=4)


DISCREPANCIES_NEWS_35 = CORPORA / "discrepancies-news-35"


def test_discover_on_a_wedding_hall_fire_and_migrants_dead_in_a_trailer_keeps_its_floor():
    # `discrepancies-news-35`: real coverage of the fire at a wedding hall in Qaraqosh and of the migrants found dead
    # in a tractor-trailer in San Antonio; what discover reaches today (the three patients who died at Baptist
    # Medical Center are read as those in hospital)
    assert_discover_floor(DISCREPANCIES_NEWS_35, true=3, traps=22, found=2, flagged=0, findings=2)


DISCREPANCIES_NEWS_29 = CORPORA / "discrepancies-news-29"


def test_discover_on_a_balloon_fire_and_a_cruise_ship_capsizing_keeps_its_floor():
    # `discrepancies-news-29`: real coverage of the hot-air balloon that fell near Luxor and of the Costa Concordia;
    # what discover reaches today ("19 other tourists" beside three named dead is not read as 22; the three
    # survivors first taken to hospital are still set against the two left once one died; the whole of "4,165 of the
    # 4,234 passengers and crew who had boarded" is read as all aboard, and a figure written to the hundred, "4,200
    # people aboard", is read as exact against it, at info)
    assert_discover_floor(DISCREPANCIES_NEWS_29, true=3, traps=22, found=2, flagged=2, findings=4)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The airline said 120 Italian passengers were on the flight.", "The plane carried 180 passengers."),
        (
            "About 300 Spanish passengers were aboard the ferry that ran aground.",
            "The ferry ran aground with 450 passengers aboard.",
        ),
    ],
)
def test_passengers_named_by_a_nationality_are_a_part_of_the_passengers(tmp_path, first, second):
    # "120 Italian passengers" are some of those aboard, never a count of all of them
    assert _two_outlets(tmp_path, first, second, "May 3 2025").findings == []


def test_passengers_with_no_nationality_still_disagree(tmp_path):
    first, second = (
        "The ferry ran aground with 310 passengers aboard.",
        "The ferry ran aground with 450 passengers aboard.",
    )
    assert _two_outlets(tmp_path, first, second, "May 3 2025").findings


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Twelve of the dead pilgrims were from Egypt and five from Jordan.", "The crush killed 40 pilgrims."),
        (
            "Eleven of the injured students were from Kano and four from Kaduna.",
            "Thirty students were injured in the collapse.",
        ),
    ],
)
def test_counts_picked_from_a_whole_by_where_they_are_from_are_its_parts(tmp_path, first, second):
    # "Twelve of the dead pilgrims were from Egypt and five from Jordan": a breakdown by origin, not the toll
    assert _two_outlets(tmp_path, first, second, "May 3 2025").findings == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The driver of a bus that crashed with 40 passengers on board has been arrested.",
        "The owner of a boat carrying 40 people has been detained.",
    ],
)
def test_a_verb_that_agrees_with_one_subject_only_did_not_befall_a_count_before_it(tmp_path, sentence):
    # "has been arrested" agrees with the driver, not with the 40 passengers: they were aboard, not arrested
    claims = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity"]
    assert claims and "arrests" not in facts_of(claims[0]) and "aboard" in facts_of(claims[0]), facts_of(claims[0])


def test_a_verb_that_agrees_with_a_count_still_befell_it(tmp_path):
    # a singular verb in a relative clause of what they are on or at ("the boat that was intercepted") is not theirs
    for sentence in (
        "Forty migrants on board the boat have been arrested.",
        "A crew of 12 was arrested.",
        "Some 40 migrants on the boat that was intercepted on Monday have been arrested.",
        "About 60 workers at the plant that was raided on Monday were detained.",
    ):
        claims = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity"]
        assert claims and "arrests" in facts_of(claims[0]), (sentence, facts_of(claims[0]))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The relatives of the 14 missing fishermen would be flown to the port, officials said.",
            "Officials said 15 fishermen are missing after the storm.",
        ),
        (
            "The wives of the 12 missing sailors could be flown to the base, the navy said.",
            "The navy said 11 sailors are missing.",
        ),
    ],
)
def test_what_the_kin_of_those_counted_may_do_makes_no_projection_of_the_count(tmp_path, first, second):
    # "the families of the 21 missing people would have to wait": the families would wait; 21 are missing now
    report = _two_outlets(tmp_path, first, second, "May 3 2025")
    assert [f for f in report.findings if "missing" in f.rule], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("title", "lead", "toll"),
    [
        (
            "12th body found in Kuzbass mine collapse",
            "Eleven miners are known dead. Eight miners are still missing.",
            12,
        ),
        ("Fifth victim dies after Oslo tunnel fire", "Four people had died by Sunday, police said.", 5),
    ],
)
def test_an_ordinal_before_a_noun_of_the_dead_in_a_headline_gives_its_toll(tmp_path, title, lead, toll):
    # "12th body found" reports from a toll of 12, whatever lower figure the lead still carries
    path = _corpus(tmp_path, (title, "Daily One", "May 3 2025", lead))
    claims = discovered(path)[1]
    assert claims and claims[0].doc.headline_count is not None and claims[0].doc.headline_count.point == toll


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Eleven miners are known dead. Rescuers found another body on Saturday, raising the toll to 12.",
            "The toll in the mine collapse rose to 12 on Saturday.",
        ),
        (
            "Two people are dead after the tunnel fire. A man died in hospital, bringing the death toll to three.",
            "Three people died after the tunnel fire, police said.",
        ),
    ],
)
def test_a_toll_below_the_one_its_own_page_says_it_rose_to_is_that_pages_earlier_stage(tmp_path, first, second):
    # a page that goes on "raising the toll to 12" knows its "Eleven" was the count before; not set against 12
    report = _two_outlets(tmp_path, first, second, "May 3 2025")
    assert [f for f in report.findings if "death" in f.rule] == [], [f.message for f in report.findings]


def test_a_toll_of_a_place_or_one_that_stays_put_is_no_stage_of_its_pages_rising_toll(tmp_path):
    # "The province's death toll remained unchanged at 41" on a page whose national toll "has risen to 60" is
    # that province's count as it stands: still set against another's 60 for the province
    first = "The death toll from the floods has risen to 60. The province's death toll remained unchanged at 41."
    second = "Officials said the death toll in the province had risen to 60."
    report = _two_outlets(tmp_path, first, second, "May 3 2025")
    assert [f for f in report.findings if "41" in texts(f)], [f.message for f in report.findings]


DISCREPANCIES_NEWS_21 = CORPORA / "discrepancies-news-21"


def test_discover_on_a_tornado_and_a_ransomware_attack_keeps_its_floor():
    # `discrepancies-news-21`: real coverage of the Rolling Fork tornado and of the ransomware attack on Colonial
    # Pipeline; what discover reaches today (the toll's stages of one Saturday are set against each other, and
    # the seven dead of a linked story's headline inside one page against the toll)
    assert_discover_floor(DISCREPANCIES_NEWS_21, true=3, traps=20, found=3, flagged=1, findings=13)


DISCREPANCIES_NEWS_28 = CORPORA / "discrepancies-news-28"


def test_discover_on_a_cave_rescue_and_a_gas_plant_hostage_crisis_keeps_its_floor():
    # `discrepancies-news-28`: real coverage of the Tham Luang cave rescue and of the In Amenas hostage crisis;
    # what discover reaches today (the diver's age and the days trapped only at info; the eight boys brought out
    # "on Sunday and Monday" set against all 12; the deaths of the final assault against those of the Thursday)
    assert_discover_floor(DISCREPANCIES_NEWS_28, true=4, traps=21, found=2, flagged=3, findings=6)


# A figure the text dates to a day of another story on the same names ("A week earlier, as many as …" in the
# report of the next week's walkout) is compared with that story's figures, not with its own article's.
_FIRST_WALKOUT = (
    "Nurses strike in Stockholm",
    "Capital Daily",
    "May 4 2025",
    "About 9,000 nurses went on strike in Stockholm on Sunday, the Vardforbundet union said. Karolinska and "
    "Sodersjukhuset hospitals in Stockholm ran emergency care only as Vardforbundet pickets gathered.",
)
_SECOND_WALKOUT = (
    "Stockholm hospitals hit",
    "Health Weekly",
    "May 5 2025",
    "Some 9,000 nurses went on strike in Stockholm on Sunday, Vardforbundet said. Karolinska and Sodersjukhuset "
    "hospitals in Stockholm ran emergency care only.",
)


@pytest.mark.parametrize(
    ("recalled", "flagged"),
    [
        ("A week earlier, as many as 5,000 nurses went on strike in Stockholm.", True),
        ("A week earlier, about 9,000 nurses went on strike in Stockholm.", False),
    ],
)
def test_a_figure_recalled_from_an_earlier_story_is_compared_with_that_story(tmp_path, recalled, flagged):
    later = (
        "Stockholm nurses strike again",
        "Nordic Times",
        "May 12 2025",
        f"Nurses in Stockholm struck again on Sunday, Vardforbundet said, as Karolinska and Sodersjukhuset "
        f"hospitals cut services. {recalled} On Sunday 2,000 nurses went on strike, the Vardforbundet union said.",
    )
    report = discovered(_corpus(tmp_path, _FIRST_WALKOUT, _SECOND_WALKOUT, later))[2]
    recalled_findings = [f for f in report.findings if any(c.doc.published.day == 12 for c in f.claims)]
    assert bool(recalled_findings) is flagged, [f.message for f in report.findings]
    for finding in recalled_findings:  # never the later walkout's own 2,000 against the first one's 9,000
        assert "2,000" not in texts(finding), finding.message


# People named by their trade do what the fact's words say of them ("2,000 nurses walked off the job", "300
# teachers protested"), unless the words are done to them ("police officers were mobilised").
@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        ("About 2,000 nurses walked off the job on Monday.", "Some 3,500 nurses went on strike on Monday.", True),
        ("Some 300 teachers protested outside parliament.", "About 700 teachers protested outside parliament.", True),
        (
            "About 10,000 police officers were mobilised for the march.",
            "Some 4,000 protesters joined the march.",
            False,
        ),
    ],
)
def test_people_of_a_trade_count_for_what_they_do(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jun 2 2025")
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a span of time counted back ("A week earlier", "two days before") dates the figure; it does not give it
        # as an earlier stage of a count
        (
            "Two days before, as many as 300 residents had been evacuated from the valley, the council said.",
            "About 600 residents were evacuated from the valley two days ago, the council said.",
        ),
        (
            "A month earlier, 45 miners were arrested at the site, police said.",
            "Police arrested 80 miners at the site a month ago.",
        ),
    ],
)
def test_a_span_counted_back_dates_a_figure_and_does_not_make_it_an_earlier_stage(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 20 2025")
    assert report.findings, [v.reason for v in report.verdicts]


# The places a count's people are missing or taken from ("missing from two villages") are the object of its
# clause: the count keeps its verb; a change's starting point ("rose from 12 to 20") is no place.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Rescuers said 20 people were still missing from two villages near the dam.",
            "Sixteen people were still missing near the dam, rescuers said.",
        ),
        ("Nine climbers were missing from three camps on the glacier.", "Twelve climbers were missing on the glacier."),
    ],
)
def test_a_count_of_people_missing_from_places_keeps_its_verb(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Aug 11 2025")
    assert [f for f in report.findings if "missing" in f.rule], [v.reason for v in report.verdicts]


# A count per so many people is a rate: compared only with rates of that base, never with the count itself.
@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        ("The fever killed 61 people in Kano.", "The fever has killed 1.4 people per 100,000 in Kano.", False),
        (
            "Kano recorded 2.1 road deaths per 10,000 vehicles.",
            "Kano recorded 2.6 road deaths per 10,000 vehicles.",
            True,
        ),
        ("The fever killed 61 people in Kano, per the health ministry.", "The fever killed 75 people in Kano.", True),
    ],
)
def test_a_count_per_so_many_is_a_rate_of_its_own(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Feb 2 2025")
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


# A share of a part of the people ("40% of children") is that part's: never compared with a share of another part.
@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        (
            "Some 58% of adults in Ghana are fully vaccinated.",
            "Only 12% of children in Ghana are fully vaccinated.",
            False,
        ),
        ("About 44% of women in Ghana voted.", "Turnout in Ghana was 61%.", False),
        ("Some 58% of people in Ghana are fully vaccinated.", "In Ghana, 64% of residents are fully vaccinated.", True),
    ],
)
def test_a_share_of_a_part_of_the_people_is_that_part_s(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Oct 2 2025")
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


# Staff made redundant are a company's cuts, never its workforce.
@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        ("About 600 workers were made redundant at Varna.", "The port authority laid off 950 workers at Varna.", True),
        ("Some 120 staff were made redundant at the clinic.", "The clinic cut 75 jobs.", True),
        ("The Varna port employs 2,000 workers.", "About 600 workers were made redundant at Varna.", False),
        # jobs lost across a region are no one company's cuts
        (
            "The carmaker has cut 2,000 jobs at Genk.",
            "Across the region some 30,000 people have lost their jobs.",
            False,
        ),
    ],
)
def test_jobs_lost_in_any_words_are_a_count_of_cuts(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Mar 3 2025")
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


# The jobs a company's collapse or closure ends ("left jobless", "made jobless") are its cuts too; jobs "at risk"
# are a possible outcome, and jobs "lost" in a war or a pandemic no company's cuts.
@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        (
            "When the paper mill shut, 1,800 workers were left jobless.",
            "The paper mill cut 1,250 jobs when it shut.",
            True,
        ),
        (
            "When the shipyard collapsed, 2,600 workers were made jobless.",
            "The shipyard cut 2,100 jobs as it failed.",
            True,
        ),
        # guards: one count in other words, people a disaster leaves jobless, and jobs at risk or lost in a crisis
        (
            "When the shipyard collapsed, 2,600 workers were made jobless.",
            "The shipyard cut 2,600 jobs as it failed.",
            False,
        ),
        (
            "The floods left 5,000 people jobless across the valley.",
            "The carmaker cut 1,200 jobs at its plant in the valley.",
            False,
        ),
        (
            "The closure of the paper mill put 1,250 jobs at risk.",
            "When the paper mill shut, 1,800 workers were left jobless.",
            False,
        ),
        ("The war has put 50,000 jobs at risk in the region.", "The refinery cut 700 jobs in the region.", False),
        (
            "Some 3 million jobs lost in the pandemic have come back since.",
            "The airline cut 4,000 jobs in the pandemic and has hired since.",
            False,
        ),
        (
            "The collapse of the chain put 3,000 jobs at risk.",
            "The chain's 450 shops will close after the collapse.",
            False,
        ),
        (
            "The collapse of the chain left 12,000 staff jobless.",
            "The collapse left 12,000 customers with no refunds and 2,000 people stranded.",
            False,
        ),
    ],
)
def test_jobs_a_collapse_ends_are_a_count_of_cuts(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Mar 3 2025")
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


# A plan ("plans to shed", "is set to cut", "will evacuate") is one stage still to come, whatever its words; it is
# compared with other plans, never with what was done.
@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        ("The carmaker is set to cut 900 jobs at the plant.", "The carmaker will cut 1,400 jobs at the plant.", True),
        (
            "Authorities plan to evacuate 5,000 residents from the coast.",
            "Authorities will evacuate 8,000 residents from the coast.",
            True,
        ),
        (
            "Authorities plan to evacuate 5,000 residents from the coast.",
            "Authorities evacuated 8,000 residents from the coast.",
            False,
        ),
    ],
)
def test_plans_in_any_words_are_one_stage_still_to_come(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Feb 9 2025")
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


def test_a_measure_upward_or_across_is_never_the_length_of_its_thing(tmp_path):
    # "a 30-metre high section" is how high it stands; "a 120-metre section" how long it is
    report = _two_outlets(
        tmp_path,
        "A 30-metre high section of the dam wall gave way on Sunday.",
        "A 120-metre section of the dam wall collapsed on Sunday.",
        "May 4 2025",
    )
    assert not [f for f in report.findings if "size" in f.rule], [f.message for f in report.findings]
    report = _two_outlets(
        tmp_path, "Crews cut a 12-foot-wide gate in the fence.", "Crews cut a 40-foot gate in the fence.", "May 4 2025"
    )
    assert not [f for f in report.findings if "size" in f.rule], [f.message for f in report.findings]
    # two lengths of one thing still disagree
    report = _two_outlets(
        tmp_path,
        "A 40-metre section of the dam wall gave way on Sunday.",
        "A 120-metre section of the dam wall collapsed on Sunday.",
        "May 4 2025",
    )
    assert [f for f in report.findings if "size" in f.rule]


# A measure before the noun of a thing that stands upright, with no size word, is how high it stands; a verb after
# the noun ends it.
@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        ("The Orlen mast is 312 metres tall.", "The 280-metre Orlen mast dominates the plain.", True),
        ("The statue of the saint stands 55 metres tall.", "The 62-metre statue of the saint overlooks the bay.", True),
        ("The Orlen mast is 312 metres tall.", "The 312-metre Orlen mast dominates the plain.", False),
        # a length stays a length: a bridge's, never a mast's height
        ("The Orlen mast is 312 metres tall.", "The 280-metre bridge crosses the plain.", False),
        # a unit joined to the figure, then a size word and no noun: the thing is the sentence's subject
        ("The Varna pier is 1.2km long.", "The 1.5km Varna pier was reopened.", True),
        # a noun in -ss before "the" is no verb; a verb after a name is no thing; "-long" is a length
        ("Rebels took the 8-km mountain pass the army used.", "The 2,400-metre mountain overlooks the pass.", False),
        ("The 300-metre Shard dominates the skyline.", "The 180-metre Gherkin dominates the skyline.", False),
        ("The 40-metre-long monument lists the dead.", "The monument is 12 metres tall.", False),
        # the one of several picked by "of" is of what follows
        ("The tallest of the masts is 300 metres high.", "The mast is 280 metres high.", True),
        # the noun before a relative "that" or before the thing's own name is the thing
        ("A 40-foot trawler that sank off Wick was found.", "The 55-foot trawler sank off Wick.", True),
        ("The 190-metre freighter the Mira Star ran aground.", "The 240-metre freighter ran aground.", True),
    ],
)
def test_a_bare_measure_of_an_upright_thing_is_its_height(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "May 4 2025")
    sizes = [f for f in report.findings if "size" in f.rule]
    assert bool(sizes) is flagged, [f.message for f in report.findings]


# Homes, households and a power company's customers count premises; people are counted apart from them, and a
# bank's customers are people.
@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        ("The gale left 40,000 homes without power.", "The gale left 95,000 people without power.", False),
        ("The gale left 40,000 homes without power.", "Some 65,000 customers lost power in the gale.", True),
        ("The gale left 40,000 households without power.", "The gale left 65,000 homes without power.", True),
        (
            "The breach exposed the records of 2.1 million customers.",
            "The breach exposed the records of 3.4 million people.",
            True,
        ),
        # a fact of buildings counts homes among them
        ("The tremor damaged 300 houses in Ulm.", "The tremor damaged 900 buildings in Ulm.", True),
    ],
)
def test_counts_of_premises_are_kept_apart_from_counts_of_people(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Nov 14 2025")
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # a figure in another unit may be the first converted and rounded in its own unit
        ("The 80-metre span of the viaduct fell.", "The 260ft span of the viaduct fell.", False),
        ("The climber fell up to 30 metres into the gorge.", "The climber plunged 100ft into the gorge.", False),
        ("Workers built a 400-metre runway extension.", "Workers built a 1,300ft runway extension.", False),
        # a gap no rounding closes is still a gap
        ("Workers built a 400-metre runway extension.", "Workers built a 1,000ft runway extension.", True),
        ("The climber fell up to 30 metres into the gorge.", "The climber plunged 150ft into the gorge.", True),
    ],
)
def test_a_measure_in_another_unit_is_as_precise_as_its_rounding(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jun 2 2025")
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


def test_a_page_that_looks_back_on_a_dated_event_joins_its_story(tmp_path):
    # a year later, "the March 10, 2023, derailment" is the story of that derailment: its fixed counts compare
    path = _corpus(
        tmp_path,
        (
            "Derailment at Dunmore",
            "Daily One",
            "Mar 11 2023",
            "About 40 cars derailed near Dunmore on Friday on a Norlan Rail line.",
        ),
        (
            "Safety board report on Dunmore",
            "Daily Two",
            "Sep 3 2024",
            "In all, 29 cars derailed near Dunmore on March 10, 2023, on a Norlan Rail line.",
        ),
    )
    _, _, report = discovered(path)
    assert [f for f in report.findings if "derailed" in f.rule], [f.message for f in report.findings]
    path = _corpus(
        tmp_path,
        (
            "Quake hits Lorvan",
            "Daily One",
            "Jul 2 2021",
            "A magnitude 6.1 earthquake struck Lorvan in Bessa on Thursday.",
        ),
        (
            "Lorvan rebuilds",
            "Daily Two",
            "Sep 15 2022",
            "The magnitude 6.4 earthquake that struck Lorvan in Bessa on July 1, 2021, destroyed the bridge.",
        ),
    )
    _, _, report = discovered(path)
    assert [f for f in report.findings if "magnitude" in f.rule], [f.message for f in report.findings]


def test_a_page_that_also_dates_a_new_event_of_the_kind_stays_in_its_own_story(tmp_path):
    # a new quake that recalls the old one by its date is a story of its own
    path = _corpus(
        tmp_path,
        (
            "Quake hits Lorvan",
            "Daily One",
            "Jul 2 2021",
            "A magnitude 6.1 earthquake struck Lorvan in Bessa on Thursday.",
        ),
        (
            "New quake in Lorvan",
            "Daily Two",
            "Sep 15 2022",
            "A magnitude 5.2 earthquake struck Lorvan in Bessa on Wednesday, a year after the quake of July 1, 2021.",
        ),
    )
    _, _, report = discovered(path)
    assert not [f for f in report.findings if "magnitude" in f.rule], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Crews closed a 10-kilometre (six-mile) stretch of the highway.",
            "Crews closed a 4-kilometre stretch of the highway.",
        ),
        (
            "Engineers sealed a 300-metre (984 feet) tunnel under the river.",
            "Engineers sealed a 900-metre tunnel under the river.",
        ),
    ],
)
def test_a_joined_measure_restated_in_brackets_is_the_size_of_the_noun_after_them(tmp_path, first, second):
    # "a 10-kilometre (six-mile) stretch": the brackets restate the measure; the noun after them is what it measures
    report = _two_outlets(tmp_path, first, second, "Jun 2 2025")
    assert [f for f in report.findings if "size" in f.rule], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # one train's derailed coaches are a part of those of several trains
        (
            "Eight coaches of the Northern Star derailed near Kell on Monday.",
            "All 14 derailed coaches of the Northern Star and the mail train have been cleared.",
            False,
        ),
        (
            "Five wagons of the Ridge Line freight derailed near Osby.",
            "Eleven wagons of the Ridge Line freight and the Baltic Express derailed near Osby.",
            False,
        ),
        # the same train's, or no train named: one count
        (
            "Five wagons of the Ridge Line freight derailed near Osby.",
            "Eleven wagons of the Ridge Line freight derailed near Osby.",
            True,
        ),
        ("About 30 cars derailed near Osby on Monday.", "Eighteen cars derailed near Osby on Monday.", True),
    ],
)
def test_derailed_cars_are_told_apart_by_the_trains_named_after_of(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jun 3 2025")
    found = [f for f in report.findings if "derailed" in f.rule]
    assert bool(found) is flagged, [f.message for f in report.findings]


DISCREPANCIES_NEWS_18 = CORPORA / "discrepancies-news-18"


def test_discover_on_a_bridge_collapse_and_a_derailment_keeps_its_floor():
    # `discrepancies-news-18`: real coverage of the Morandi bridge collapse in Genoa and of the East Palestine
    # derailment; what discover reaches today (the injured, 14 and 16 of the Tuesday, are in two places by one
    # page's title and body; the section's "200-metre (650 feet)", one claim, is matched by the scorer to both
    # figures of the trap E1-N03 when it is rightly set against "260ft")
    assert_discover_floor(DISCREPANCIES_NEWS_18, true=5, traps=16, found=3, flagged=2, findings=7)


# A measure stated of its subject with a linking verb ("The bridge is 2.6 km long", "the tower stood 300 metres
# high") is the size of that subject, as a measure written before its noun is.
@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        ("The bridge is 2.6 km long.", "The 4-mile bridge collapsed.", True),
        ("The tower stood 300 metres high.", "The 250-metre high tower was hit.", True),
        ("The runway is 3.2 km long.", "The bridge is 5 km long.", False),
        ("The dam stood 90 metres high.", "The 400-metre dam gave way.", False),
    ],
)
def test_a_measure_stated_of_its_subject_is_that_things_size(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Oct 7 2025")
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("early", "later"),
    [
        (
            ("The Karn ferry sank on Monday, March 3, off Tarro; 40 people were rescued.", "Mar 4 2025"),
            ("The Karn ferry sank off Tarro on March 6, 2025, an inquiry into the sinking heard.", "Apr 22 2025"),
        ),
        (
            ("A crush at the Velm stadium on Saturday, May 10, left 12 fans dead.", "May 11 2025"),
            ("The crush at the Velm stadium on May 13 was avoidable, the Velm report on the crush says.", "Jul 2 2025"),
        ),
    ],
)
def test_a_follow_up_that_writes_out_its_events_day_joins_that_story(tmp_path, early, later):
    # weeks apart, a page that gives the day of the story's event as a day of the first reports is a follow-up of
    # that story: the day it gives is compared with theirs
    path = _corpus(
        tmp_path,
        ("News", "Daily One", early[1], early[0]),
        ("News", "Daily Two", early[1], early[0]),
        ("Follow-up", "Daily Three", later[1], later[0]),
    )
    report = discovered(path)[2]
    assert [f for f in report.findings if "-date-" in f.rule], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("early", "later"),
    [
        (
            ("An earthquake struck Parvo on Monday, March 3, killing 40 people.", "Mar 4 2025"),
            (
                "An earthquake struck Parvo on Friday, killing 12 people; the earthquake of March 6 killed 40.",
                "Jun 14 2025",
            ),
        ),
        (
            ("A landslide buried Orsk on Sunday, May 4, killing 15 people.", "May 5 2025"),
            ("A landslide hit Orsk on Tuesday, killing six; the landslide of May 7 had killed 15.", "Sep 10 2025"),
        ),
    ],
)
def test_a_new_event_that_recalls_an_old_one_stays_a_story_of_its_own(tmp_path, early, later):
    # the later page dates an event of the same kind near its own day: a new event, whatever day it recalls
    path = _corpus(
        tmp_path,
        ("News", "Daily One", early[1], early[0]),
        ("News", "Daily Two", early[1], early[0]),
        ("News", "Daily Three", later[1], later[0]),
    )
    report = discovered(path)[2]
    assert not [f for f in report.findings if "-date-" in f.rule], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        ("The explosion at the Dorr plant struck on Tuesday.", "The incident happened on Wednesday, June 4.", True),
        ("The bus crashed near Ilse on Tuesday.", "The incident occurred at 7 a.m. on Wednesday, police said.", True),
        # another incident than the story's is not its event
        ("The bus crashed near Ilse on Tuesday.", "A similar incident happened on Sunday, June 1.", False),
    ],
)
def test_the_incident_is_the_storys_event(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jun 5 2025")
    dates = [f for f in report.findings if "-date-" in f.rule]
    assert bool(dates) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("sentence", "fact", "not_fact"),
    [
        # the verb group after a relative clause set off by a comma
        ("Five miners who were trapped in the Oru shaft on Monday, have been rescued.", "rescued", "trapped"),
        (
            "At least four hostages who were seized on the Vela ship, have been freed and sent home.",
            "released",
            "abducted",
        ),
        # the verb group after where those counted are from
        ("At least 30 evacuees from the Lenn valley have been rescued from rooftops.", "rescued", "displaced"),
        ("Some 40 hostages from the Arvo convoy have been released by the gang.", "released", "abducted"),
        # a participle clause on them and the place it ends on, then the verb group
        ("Some 12 sailors abducted off Lagos, Nigeria have been freed.", "released", "abducted"),
        ("Nine climbers trapped on the Eiger, Switzerland have been rescued.", "rescued", "trapped"),
    ],
)
def test_what_befell_a_count_is_the_verb_after_who_they_are(tmp_path, sentence, fact, not_fact):
    claims = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity"]
    assert claims, sentence
    facts = facts_of(claims[0])
    assert fact in facts and not_fact not in facts, facts


def _claims_of(tmp_path: Path, sentence: str) -> list:
    return discovered(_corpus(tmp_path, ("News", "Daily One", "Apr 8 2025", sentence)))[1]


@pytest.mark.parametrize(
    ("sentence", "figure", "fact"),
    [
        # the whole an opening clause picks the count from, with its qualifier, counts none of what befell the part
        (
            "Out of around 150,000 residents, Eastvale has so far recorded 58 deaths in the floods.",
            "around 150,000",
            "deaths",
        ),
        ("Out of 90,000 residents, Westvale has recorded 31 deaths in the floods.", "90,000", "deaths"),
        # the count of those who tell it: a verb of saying after the figure and the words that describe them
        ("Most of them died at home, two diplomats coordinating the response said.", "two", "deaths"),
        ("Two diplomats told the agency that most of them died at home.", "Two", "deaths"),
        ("Most of the wounded were children, two nurses at the clinic told reporters.", "two", "injured"),
        ("Most of the victims were elderly, three officials said.", "three", "deaths"),
    ],
)
def test_a_whole_named_before_a_count_and_those_who_tell_it_count_no_fact(tmp_path, sentence, figure, fact):
    [claim] = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity" and c.text == figure]
    assert fact not in facts_of(claim), facts_of(claim)


@pytest.mark.parametrize(
    ("sentence", "figure", "fact"),
    [
        # the part of the whole keeps its fact, and a whole that names the fact keeps it
        ("Out of around 150,000 residents, Eastvale has so far recorded 58 deaths in the floods.", "58", "deaths"),
        ("Out of some 2,400 passengers, the operator has confirmed 31 injuries.", "some 2,400", "aboard"),
        ("Out of 75 victims, over 30 remain unnamed.", "75", "deaths"),
        # the same figure again after the whole is read where it stands, not at the whole's
        ("Of 40 passengers, 40 were rescued alive.", "40 were rescued alive.", "rescued"),
        # a figure with a verb of its own before the saying keeps its fact
        ("Twelve people were killed in the blast, three officials said.", "Twelve", "deaths"),
        ("Two people injured in the crash told reporters they saw a flash.", "Two", "injured"),
        # a verb that gives a status is no saying
        ("The quake left 14 people confirmed dead in the hill towns.", "14", "deaths"),
    ],
)
def test_a_count_near_a_whole_or_a_saying_keeps_its_fact(tmp_path, sentence, figure, fact):
    [claim] = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity" and figure in (c.text, c.phrase)]
    assert fact in facts_of(claim), facts_of(claim)


@pytest.mark.parametrize(
    ("sentence", "figure", "fact"),
    [
        # a verb of saying in a passive or a headline, or a report of oneself, is no one speaking
        ("5,000 residents told to evacuate as wildfire spreads.", "5,000", "displaced"),
        ("About 12 people said to be trapped under the rubble of the hotel.", "About 12", "trapped"),
        ("Twelve miners said to be missing after the collapse.", "Twelve", "missing"),
        ("Eight people died in the blast, and 20 more said they were hurt.", "20", "injured"),
    ],
)
def test_a_saying_verb_in_a_passive_or_of_oneself_keeps_the_figure_s_fact(tmp_path, sentence, figure, fact):
    [claim] = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity" and c.text == figure]
    assert fact in facts_of(claim), facts_of(claim)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("5,000 residents told to evacuate as wildfire spreads.", "About 9,000 residents were evacuated."),
        ("About 12 people said to be trapped under the rubble.", "Some 30 people were trapped under the rubble."),
    ],
)
def test_counts_told_in_a_passive_of_saying_are_still_compared(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    assert report.findings, "no finding"


def test_a_figure_in_a_clause_about_a_place_is_not_what_the_clause_before_tells(tmp_path):
    # "where 620 people were held" counts who was held there, not who escaped
    for sentence in (
        "The inmates made their escape from the jail at Orr, where 620 people were being held.",
        "Rescuers reached the flooded mine at Dalt, where 40 miners work each shift.",
    ):
        claims = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity"]
        assert claims and not {"escaped", "rescued"} & set(facts_of(claims[0])), (sentence, facts_of(claims[0]))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The army freed 40 hostages from the east camp and 25 from the river camp.",
            "The army freed 65 hostages held by the Orno gang.",
        ),
        (
            "Police evacuated 300 residents from the valley and 120 from the hillside.",
            "Police evacuated 420 residents from the Tarr district.",
        ),
    ],
)
def test_counts_by_where_they_are_from_are_parts(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "May 6 2025")
    assert not report.findings, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("days", "wrong"),
    [
        (("on Wednesday night", "on September 16", "on Wednesday", "on September 17"), "September 19"),
        (("late on Monday", "on March 3", "on Monday", "on March 4"), "March 6"),
    ],
)
def test_an_outlier_day_is_reported_against_the_day_the_consensus_states(tmp_path, days, wrong):
    # "Wednesday night" also admits September 17; the outlier is set against the day most state, as written
    year = "2020" if "September" in wrong else "2025"
    date = ("Sep 17 " if "September" in wrong else "Mar 4 ") + year
    event = "The Orlo dam collapsed" if year == "2020" else "The Vara bridge collapsed"
    articles = [("News", f"Daily {k}", date, f"{event} {day}, police said.") for k, day in enumerate(days)]
    articles.append(("News", "Daily Z", date, f"{event} on {wrong}, police said."))
    report = discovered(_corpus(tmp_path, *articles))[2]
    against = [f.message for f in report.findings if wrong in f.message]
    assert against and all(days[1].removeprefix("on ") in m for m in against), [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "fact"),
    [
        (
            "Organisers had said 40 workers were trapped, but rescuers said 12 workers had been freed.",
            "Rescuers said 20 workers had been freed from the Dunn mine.",
            "released",
        ),
        (
            "The ferry firm initially said 90 passengers were stranded, but the coastguard said 60 passengers had"
            " been rescued.",
            "The coastguard said 45 passengers had been rescued off Kell.",
            "rescued",
        ),
    ],
)
def test_an_earlier_figure_in_a_clause_set_against_the_figures_is_not_its_stage(tmp_path, first, second, fact):
    # "had said" and "initially" belong to the clause before ", but": the count after it is the story's count
    report = _two_outlets(tmp_path, first, second, "May 6 2025")
    assert [f for f in report.findings if fact in f.rule], [f.message for f in report.findings]


DISCREPANCIES_NEWS_17 = CORPORA / "discrepancies-news-17"


def test_discover_on_a_school_abduction_and_a_prison_break_keeps_its_floor():
    # `discrepancies-news-17`: real coverage of the abduction of pupils at Kuriga and of the escape from Moroto
    # prison, with follow-ups weeks and months later; what discover reaches today (the freed "schoolchildren" and
    # "hostages", and those held in the prison, are still not read as counts of one fact)
    assert_discover_floor(DISCREPANCIES_NEWS_17, true=10, traps=18, found=6, flagged=1, findings=8)


@pytest.mark.parametrize(
    ("sentence", "figure", "fact"),
    [
        ("Troops said 41 hostages had been liberated from the Serra camp.", "41", "released"),
        ("Police said 17 of them had regained their freedom by Sunday.", "17", "released"),
        ("A total of 93 detainees managed to escape from the Hallo jail.", "93", "escaped"),
        ("Guards have re-arrested 12 inmates in the hills near Dorn.", "12", "captured"),
    ],
)
def test_words_of_release_escape_and_recapture(tmp_path, sentence, figure, fact):
    [claim] = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity" and c.text == figure]
    assert fact in facts_of(claim) and "arrests" not in facts_of(claim), facts_of(claim)


@pytest.mark.parametrize(
    "sentence",
    [
        "The 60 prisoners who broke out of the Kell jail on March 3, 2025 are still at large.",
        "On May 2, inmates overpowered the guards at the Tarn prison and fled.",
    ],
)
def test_a_jailbreak_is_a_kind_of_event_a_date_gives_the_day_of(sentence):
    from claimcheck.extract.story_events import event_kind

    day = "March 3, 2025" if "March" in sentence else "May 2"
    assert event_kind(sentence, day) == "jailbreak"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The robbers fled with 12 paintings from the Arlo museum.",
            "The robbers stole nine paintings from the Arlo museum.",
        ),
        (
            "The gang escaped with 40 rifles from the Dorr depot.",
            "The gang made off with 35 rifles from the Dorr depot.",
        ),
    ],
)
def test_what_someone_escaped_or_fled_with_was_taken(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "May 6 2025")
    assert [f for f in report.findings if "stolen" in f.rule], [f.message for f in report.findings]


# A date after a verb by which one event brings about another dates what was brought about: "a derailment
# prompted evacuation orders Saturday" gives the day of the orders, not of the derailment; "a truce took effect
# on Friday" is still the truce's day.
@pytest.mark.parametrize(
    ("sentence", "date", "kind"),
    [
        ("A chemical leak at the plant forced evacuation orders Sunday.", "Sunday", "evacuation"),
        ("The explosion at the depot sparked a fire on Friday.", "Friday", "fire"),
        ("Heavy rain triggered a landslide on Tuesday.", "Tuesday", "landslide"),
        ("The quake struck on Monday.", "Monday", "earthquake"),
        ("The truce took effect on Friday at midnight.", "Friday", "ceasefire"),
        # an event that happens at another ("at a ceremony", "at a hearing") keeps the day
        ("A stampede at a religious festival ceremony on Tuesday killed 12 pilgrims.", "Tuesday", "crowd crush"),
        ("The judge sentenced him at a hearing on Friday.", "Friday", "ruling"),
    ],
)
def test_a_date_after_a_verb_of_bringing_about_dates_what_was_brought_about(sentence, date, kind):
    from claimcheck.extract.story_events import event_kind

    assert event_kind(sentence, date) == kind


# A month's name after a word that makes it a time ("by the end of March") is a month, never the word of an event
# it spells ("march"); a march's own name ("the Women's March") is no month.
@pytest.mark.parametrize(
    ("sentence", "date", "kind"),
    [
        ("On Wednesday, the bank said it would cut 4,000 jobs by the end of March.", "On Wednesday", None),
        ("On Monday, the council said the bridge would reopen in March.", "On Monday", None),
        ("Thousands joined the March 3 rally in the capital.", "March 3", "protest"),
        ("On Saturday, thousands of farmers marched through the capital.", "On Saturday", "protest"),
        ("On March 4, students marched to parliament.", "On March 4", "protest"),
        # a march's own name is no month
        ("Thousands joined the Women's March on Saturday.", "on Saturday", "protest"),
        ("On Sunday, the Independence March drew 50,000 people.", "On Sunday", "protest"),
    ],
)
def test_a_month_named_in_the_sentence_is_no_event(sentence, date, kind):
    from claimcheck.extract.story_events import event_kind

    assert event_kind(sentence, date) == kind


# A storm named in a sentence with a verb of striking dates no landfall of its own: the verb may belong to another
# clause than the date's, "hit" may mean reaching a figure, the storm word may be part of a compound adjective or of
# another noun ("cyclone season", "typhoon warning"), or a team's name.
@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Typhoon Doksuri hit the Philippines last week and weakened on Friday.", "on Friday"),
        (
            "Hurricane Otis hit Acapulco as a Category 5 storm and the government sent troops on Thursday.",
            "on Thursday",
        ),
        ("Typhoon-hit farmers received seed grants on Thursday.", "on Thursday"),
        ("Aid reached hurricane-hit villages on Friday.", "on Friday"),
        ("The cyclone-battered town reopened its schools on Monday.", "on Monday"),
        ("Hurricane Beryl hit wind speeds of 165 mph on Tuesday.", "on Tuesday"),
        ("The hurricane hit its peak strength on Monday.", "on Monday"),
        ("The cyclone season hit a record on Monday.", "on Monday"),
        ("Typhoon season struck again on Sunday when a landslide buried a village.", "on Sunday"),
        ("Cyclone relief was hit by delays on Monday.", "on Monday"),
        ("The Carolina Hurricanes were hit by injuries on Monday.", "on Monday"),
        ("Flights were hit by the typhoon warning on Tuesday.", "on Tuesday"),
        ("The Houston Hurricanes hit three home runs on Saturday.", "on Saturday"),
        ("A man was struck by a car during the hurricane on Friday.", "on Friday"),
        ("After Hurricane Otis hit, the president visited on Friday.", "on Friday"),
        ("Hurricane Lee formed in the open Atlantic on Tuesday.", "on Tuesday"),
        ("The hurricane center issued its last warning on Monday.", "on Monday"),
        ("The resort was hit by cancellations on Friday after the hurricane.", "on Friday"),
        ("Officials said on Wednesday that the typhoon hit 14 provinces.", "on Wednesday"),
    ],
)
def test_a_storm_beside_a_verb_of_striking_dates_no_landfall(sentence, date):
    from claimcheck.extract.story_events import event_kind

    assert event_kind(sentence, date) is None


def test_a_storm_that_struck_in_another_clause_than_the_date_s_is_no_landfall_against_another_day(tmp_path):
    report = _two_outlets(
        tmp_path,
        "Typhoon Mawar made landfall on Guam on Wednesday.",
        "Typhoon Mawar hit Guam last week and weakened over open water on Saturday.",
        "May 26 2023",
    )
    assert not [f for f in report.findings if f.rule.endswith("date-storm-landfall")], [
        f.message for f in report.findings
    ]


def test_the_lines_of_a_table_are_never_one_sentence_whose_figures_disagree(tmp_path):
    report = _two_outlets(
        tmp_path,
        "Hurricane Otis toll\ndead 27\nmissing 4\ninjured 120",
        "The hurricane left 27 people dead on the coast.",
        "Oct 27 2023",
    )
    assert not [f for f in report.findings if f.within_document], [f.message for f in report.findings]


# Buildings swept or washed away, gutted, levelled or burned down are destroyed.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The landslide swept away 40 homes.", "The landslide destroyed 90 houses."),
        ("Fire gutted 12 buildings in the old town.", "The blaze destroyed 30 buildings in the old town."),
    ],
)
def test_buildings_swept_away_or_gutted_are_destroyed(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Mar 3 2025")
    assert [f for f in report.findings if "destroyed" in f.rule], [v.reason for v in report.verdicts]


DISCREPANCIES_NEWS_20 = CORPORA / "discrepancies-news-20"


def test_discover_on_a_fine_in_three_currencies_and_an_aid_package_keeps_its_floor():
    # `discrepancies-news-20`: real coverage of Meta's fine of €1.2 billion, converted by some outlets into
    # dollars and pounds, and of a UK cost of living package; what discover reaches today (the £350 pensioner
    # payment against £300, within one page; no trap: the fine's currencies are compared only through an outlet
    # that states both; a season, "the autumn", is no date, so the second instalment's August is not compared)
    assert_discover_floor(DISCREPANCIES_NEWS_20, true=2, traps=14, found=1, flagged=0, findings=1)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Thousands of workers marched through Leeds on Tuesday, the largest protest in the city since the mill "
            "closed on March 3.",
            "Thousands of workers marched through Leeds on Tuesday demanding the mill reopen.",
        ),
        (
            "Nurses marched in Dublin on Sunday, the biggest march since the hospital shut on May 4.",
            "Nurses marched in Dublin on Sunday over pay.",
        ),
    ],
)
def test_a_day_after_since_starts_a_span_and_is_not_the_event_s_day(tmp_path, first, second):
    # "the largest protest since the mill closed on March 3": the protest is Tuesday's; March 3 opens the span
    # it is the largest of
    report = _two_outlets(tmp_path, first, second, "Jun 10 2025")
    assert not [f for f in report.findings if "date" in f.rule], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # a place "of" its people: how many live there, whatever the verb of its clause promises or revises
        (
            "The mayor had earlier promised that water would be restored across the city of 2.1 million by Friday.",
            "Taps ran dry on Monday in the city of 2.4 million people.",
            True,
        ),
        (
            "The minister had initially pledged that vaccines would reach every corner of the nation of 11 million.",
            "Health workers fanned out across the nation of 12 million people on Monday.",
            True,
        ),
        # a combined population is several places' sum, never one place's count
        (
            "Floods on Monday hit Alton and Brede, which have a combined population of 40,000.",
            "Floods on Monday hit the town of 25,000 people.",
            False,
        ),
        (
            "The storm hit the islands, with a joint population of 3 million, on Monday.",
            "The storm hit the island of 1.2 million people on Monday.",
            False,
        ),
    ],
)
def test_a_place_of_its_people_is_its_population_and_a_combined_one_is_a_sum(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jun 10 2025")
    population = [f for f in report.findings if "population" in f.rule]
    assert bool(population) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the counter-protesters arrested are a part of all the arrests, and not the crowd
        (
            "Some 20,000 people marched through Berlin on Saturday. Police reported arresting 40 counter-protesters.",
            "About 20,000 people marched through Berlin on Saturday, and police made 65 arrests.",
        ),
        # protesters who were hurt are a count of the injured, not of the crowd
        (
            "About 8,000 demonstrators gathered in Lima on Saturday. Police said 12 protesters were injured.",
            "Some 8,000 demonstrators gathered in Lima on Saturday; 15 people were injured in clashes.",
        ),
    ],
)
def test_protesters_whom_something_befell_are_not_the_crowd(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 14 2025")
    wrong = [f for f in report.findings if "demonstrators" in f.rule or "arrests" in f.rule]
    assert not wrong, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # a hedge that opens the relative clause after a count, past an aside, makes it a possible count
        (
            "Officials were examining 14 deaths – most of them elderly residents – that could be linked to the "
            "heatwave on Monday.",
            "Nine people died in the heatwave on Monday, officials said.",
            False,
        ),
        (
            "Doctors were treating 40 cases (most of them children) that may be linked to the contaminated water "
            "on Monday.",
            "Health officials confirmed 25 cases linked to the contaminated water on Monday.",
            False,
        ),
        # an aside alone changes nothing: the count is still the toll
        (
            "Twelve people – most of them children – were killed when the bridge collapsed on Monday.",
            "Fifteen people were killed when the bridge collapsed on Monday.",
            True,
        ),
    ],
)
def test_a_count_whose_relative_clause_hedges_its_link_is_a_possible_count(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jun 10 2025")
    counts = [f for f in report.findings if "deaths" in f.rule or "cases" in f.rule]
    assert bool(counts) is flagged, [f.message for f in report.findings]


DISCREPANCIES_NEWS_19 = CORPORA / "discrepancies-news-19"


def test_discover_on_a_march_and_a_blackout_keeps_its_floor():
    # `discrepancies-news-19`: real coverage of a march whose crowd police and organisers counted apart, and of
    # a blackout of two countries; what discover reaches today (the route's four and five kilometres are read as
    # two measures, and the day Portugal's homes had power back as no event's)
    assert_discover_floor(DISCREPANCIES_NEWS_19, true=3, traps=18, found=1, flagged=0, findings=1)


# Flights cancelled or grounded are one count, whatever the verb; flights delayed are not it.
@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        ("The strike grounded 400 flights.", "Around 700 flights were cancelled because of the strike.", True),
        ("Airlines cancelled 1,200 flights as the storm hit.", "The storm forced 2,000 flight cancellations.", True),
        ("About 300 flights were delayed by the outage.", "The outage forced airlines to cancel 900 flights.", False),
    ],
)
def test_flights_cancelled_or_grounded_are_one_count(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jul 19 2024")
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


# How long a fire burned or a quake shook is how long the event lasted.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The fire broke out at 3 a.m. and burned for six hours.", "The fire raged for 12 hours."),
        ("The quake shook for 40 seconds.", "The tremor lasted 90 seconds."),
        # how long crews took to put it out
        ("Crews needed 14 hours to extinguish the Brno depot fire.", "The Brno depot fire burned for 20 hours."),
        ("Firefighters took five hours to put out the blaze at the mill.", "The mill blaze raged for eight hours."),
    ],
)
def test_how_long_a_fire_burned_or_a_quake_shook_is_its_length(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jan 8 2025")
    assert [f for f in report.findings if "event-length" in f.rule], [v.reason for v in report.verdicts]


# How far a moving thing went along its way (a chase, a march, a storm's track) is one figure of the story, and
# never a distance from a place; how long an event went on, given as its duration or its time on the ground, is
# one span of the story.
@pytest.mark.parametrize(
    ("first", "second", "rule", "flagged"),
    [
        (
            "The police chase through Harlow county covered 42 miles before the car crashed.",
            "Officers said the chase through Harlow county traveled about 18 miles.",
            "distance-travelled",
            True,
        ),
        (
            "The pilgrims marched 30 km from Velden to the shrine on Sunday.",
            "On Sunday the pilgrims covered 30 km on foot to reach the shrine.",
            "distance-travelled",
            False,
        ),
        (
            "The convoy stopped 12 miles south of Grenton on Tuesday.",
            "The convoy traveled 40 miles on Tuesday before it stopped near Grenton.",
            "distance-travelled",
            False,
        ),
        (
            "The diverted jet was on the ground for two hours in Keflavik before it took off again.",
            "The diverted jet was on the ground for over five hours in Keflavik, passengers said.",
            "event-length",
            True,
        ),
        (
            "Duration: 6 hours, 30 minutes. The spacewalk by the two astronauts ended at 3 p.m.",
            "The spacewalk by the two astronauts lasted about 6.5 hours, NASA said.",
            "event-length",
            False,
        ),
    ],
)
def test_the_distance_a_thing_travelled_and_an_event_s_duration_are_one_figure_each(
    tmp_path, first, second, rule, flagged
):
    _assert_rule_flagged(tmp_path, (first, second), "Jun 12 2025", rule, flagged)


def _assert_rule_flagged(tmp_path: Path, texts: tuple[str, str], day: str, rule: str, flagged: bool) -> None:
    """Whether discover on two outlets' articles of one day makes a finding of a rule whose id holds `rule`."""
    report = _two_outlets(tmp_path, texts[0], texts[1], day)
    found = [f for f in report.findings if rule in f.rule]
    assert bool(found) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("sentence", "fact", "not_fact"),
    [
        # "and" and another subject with no figure, then the verb they share
        ("Three miners and a rescuer were killed when the shaft collapsed.", "deaths", ""),
        ("Five climbers and their guide are missing on the glacier.", "missing", ""),
        ("Two hostages and a soldier died in the raid on the compound.", "deaths", "abducted"),
        # a headline's list, then its last word
        ("Ferry sinks off Crete: Six passengers, their captain dead", "deaths", "aboard"),
        ("Bank raid in Lyon: Two hostages, lone robber dead", "deaths", "abducted"),
    ],
)
def test_subjects_joined_before_one_verb_share_what_befell_them(tmp_path, sentence, fact, not_fact):
    claims = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity"]
    assert claims, sentence
    facts = facts_of(claims[0])
    assert fact in facts and not_fact not in facts, facts


@pytest.mark.parametrize(
    "sentence",
    [
        # the figure is the object of a verb before it: the other subject's verb is not what befell those it counts
        "The blast killed 12 people and several others were injured.",
        "The quake destroyed 40 houses and two schools were damaged.",
        # a headline's list with an amount of its own: each item has its own figure
        "Flash floods: 30 people, dozens injured",
    ],
)
def test_a_verb_shared_by_joined_subjects_is_not_lent_to_an_object_or_to_another_figure(tmp_path, sentence):
    claims = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity"]
    assert claims, sentence
    assert "injured" not in facts_of(claims[0]) and "damaged" not in " ".join(facts_of(claims[0])), facts_of(claims[0])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the hostages among the dead are a part of the toll, never the toll with the attacker in it
        ("Bank raid ends: Three dead - two hostages and the robber", "Two hostages and the robber died in the raid."),
        (
            "Prison riot over: Four dead - three guards and an inmate",
            "The three guards who were killed had served 20 years.",
        ),
    ],
)
def test_a_part_named_after_a_spaced_dash_is_not_the_toll_before_it(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Mar 4 2024")
    assert not [f for f in report.findings if "deaths" in f.rule], [f.message for f in report.findings]


def test_hostages_are_all_those_held_but_a_part_of_the_dead(tmp_path):
    # "17 hostages" and "up to 13 people were held hostage" count one thing; "two hostages died" is a part of a toll
    first = "Police stormed a bank in Lyon where up to 13 people were held hostage by a robber."
    second = "There had been a total of 17 hostages in the bank in Lyon, police said."
    report = _two_outlets(tmp_path, first, second, "Mar 4 2024")
    assert [f for f in report.findings if "abducted" in f.rule], [f.message for f in report.findings]
    first = "Three people died when police stormed the embassy in Orr."
    second = "Two hostages died when police stormed the embassy in Orr."
    report = _two_outlets(tmp_path, first, second, "Mar 4 2024")
    assert not [f for f in report.findings if "deaths" in f.rule], [f.message for f in report.findings]


DISCREPANCIES_NEWS_22 = CORPORA / "discrepancies-news-22"


def test_discover_on_a_phone_recall_and_a_cafe_siege_keeps_its_floor():
    # `discrepancies-news-22`: real coverage of the Galaxy Note 7 recall and of the Lindt cafe siege in Sydney;
    # what discover reaches today (the hostages, up to 13 or 17, are read as two stages beside two tolls; the
    # launch "a month ago" is a date, never set against "two weeks after launch")
    assert_discover_floor(DISCREPANCIES_NEWS_22, true=3, traps=13, found=1, flagged=0, findings=1)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # People a verb drives out are never the homes a clause before them says were destroyed.
        (
            "A cyclone destroyed homes along the coast, forcing 12,000 people out of the area.",
            "The cyclone destroyed 400 homes along the coast, officials said.",
        ),
        (
            "The earthquake razed houses in the valley, leaving 3,000 residents without shelter.",
            "The earthquake razed 150 houses in the valley.",
        ),
    ],
)
def test_people_are_never_counted_as_the_buildings_a_sentence_names(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 9 2024")
    assert not [f for f in report.findings if "buildings" in f.rule], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # "forced the evacuation of", "were ordered out", "forced out": those displaced.
        (
            "The chemical plant fire forced the evacuation of 9,000 people.",
            "About 6,000 people were ordered out of their homes near the chemical plant.",
        ),
        (
            "The rising river forced the evacuation of 4,000 villagers.",
            "Some 2,500 villagers were forced out by the rising river.",
        ),
    ],
)
def test_people_ordered_out_or_whose_evacuation_was_forced_are_displaced(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 9 2024")
    assert [f for f in report.findings if "displaced" in f.rule], [f.message for f in report.findings]


DISCREPANCIES_NEWS_23 = CORPORA / "discrepancies-news-23"


def test_discover_on_a_referendum_and_a_wildfire_keeps_its_floor():
    # `discrepancies-news-23`: real coverage of Colombia's referendum on the FARC peace deal and of the Fort
    # McMurray wildfire; what discover reaches today (the evacuated, 80,000 or 88,000, the president's age, the area
    # burned in hectares and square kilometres, and the Beacon Hill shares, 70% after "and" in a list of suburbs
    # against 80 percent; the vote shares and the eligible voters are never grouped)
    assert_discover_floor(DISCREPANCIES_NEWS_23, true=6, traps=23, found=4, flagged=0, findings=6)


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # "the N-year-old TITLE" is the one person the article names with that title.
        (
            "Governor Helen Marsh, 58, signed the budget.",
            "Governor Helen Marsh signed the budget.\n\nAfter the vote, the 63-year-old governor said she was relieved.",
            True,
        ),
        (
            "Mayor Tomas Ruiz, 44, opened the bridge.",
            "Mayor Tomas Ruiz opened the bridge.\n\nAt the ceremony the 49-year-old mayor thanked the builders.",
            True,
        ),
        # A word that opens the sentence before the age is no one's name.
        (
            "Senator Lina Okafor, 50, filed the bill.",
            "Senator Lina Okafor filed the bill.\n\nSeparately, the 58-year-old senator said she expected a close vote.",
            True,
        ),
        # Two people with the title: the age is neither's.
        (
            "Mayor Tomas Ruiz, 44, opened the bridge.",
            "Mayor Tomas Ruiz and Mayor Ana Bell opened the bridge.\n\nAt the ceremony the 49-year-old mayor thanked the builders.",
            False,
        ),
    ],
)
def test_an_age_before_a_title_alone_is_the_one_holder_of_that_title(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Apr 2 2025")
    ages = [f for f in report.findings if "ages" in f.rule]
    assert bool(ages) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # However a fire's extent is said to have grown, it is the area burned (against a lower extent given as it
        # stands: one that says nothing of where the fire stands is one it passed on the way).
        (
            "The bushfire has grown to 12,000 hectares, the fire service said.",
            "The area the bushfire has burned stood at about 80 square kilometres, the fire service said.",
        ),
        (
            "The forest fire, about 3,000 acres in size, was still spreading.",
            "The forest fire has scorched 2,000 acres.",
        ),
    ],
)
def test_the_extent_a_fire_grew_to_is_the_area_burned(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Aug 14 2024")
    assert [f for f in report.findings if "area" in f.rule], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # "the N residents who are trapped": a part of the people, never the population.
        (
            "Boats reached the 4,000 residents who are still cut off by the flood.",
            "The island has a population of 30,000 people.",
        ),
        (
            "Buses carried the 900 villagers who remained stranded after the storm.",
            "The valley is home to 12,000 villagers.",
        ),
    ],
)
def test_those_a_clause_narrows_after_the_are_not_the_population(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Oct 5 2024")
    assert not [f for f in report.findings if "population" in f.rule], [f.message for f in report.findings]


# A date whose clause names no event of the story dates the event a participle of bringing about names after it:
BROUGHT_ABOUT_DAYS = [
    (
        "The coastguard said a tanker was unloading fuel at the Orla terminal on Tuesday when a hose burst, causing a "
        "spill.",
        "The oil spill at the Orla terminal happened on Monday, officials said.",
        ["Monday | Tuesday"],
    ),
    (
        "A truck hit a gas main in Vell on Friday, triggering an explosion.",
        "The explosion in Vell on Thursday destroyed two homes.",
        ["Friday | Thursday"],
    ),
    # a day right after a reporting verb is the report's, whatever its clause brought about
    (
        "Officials said on Friday, prompting a protest, that the gas main in Vell had burst.",
        "The explosion in Vell on Thursday destroyed two homes.",
        [],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), BROUGHT_ABOUT_DAYS)
def test_a_day_is_that_of_the_event_its_happening_brought_about(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    assert [texts(f) for f in report.findings if "date" in f.rule] == figures, [f.message for f in report.findings]


def test_a_rule_s_event_words_reach_the_event_a_day_brought_about(tmp_path):
    path = _corpus(
        tmp_path,
        ("News", "Daily One", "Apr 8 2025", "A truck hit a gas main in Vell on Friday, triggering an explosion."),
        ("News", "Daily Two", "Apr 8 2025", "The explosion in Vell on Thursday destroyed two homes."),
    )
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        "rules:\n  - id: vell-day\n    title: Day of the explosion\n    severity: warning\n    kind: date\n"
        "    select: {event: [explosion]}\n    compare: {tolerance: 0}\n",
        encoding="utf-8",
    )
    documents = load_corpus([path])
    report = check(documents, extract(documents), load_rules([rules]))
    assert [texts(f) for f in report.findings] == ["Friday | Thursday"], [f.message for f in report.findings]


# What a theft took, a quake's magnitude: a figure stated for a time long before the story's event is another
# event's; a count of doers beside a count of their accomplices is a part of the gang.
EARLIER_EVENTS_AND_GANG_PARTS = [
    (
        "Thieves stole jewels worth $2 million from the Orla museum on Sunday.",
        "Last month, thieves stole coins worth $300,000 from the Vell gallery.",
        [],
    ),
    (
        "Thieves stole jewels worth $2 million from the Orla museum on Sunday.",
        "Thieves stole jewels worth $3 million from the Orla museum on Sunday.",
        ["$2 million | $3 million"],
    ),
    (
        "A magnitude 6.1 earthquake struck Vell on Sunday.",
        "In 2019, a magnitude 7.2 earthquake struck the Vell region, officials said.",
        [],
    ),
    (
        "A magnitude 6.1 earthquake struck Vell on Sunday.",
        "The magnitude 6.4 earthquake hit Vell on Sunday.",
        ["6.1 | 6.4"],
    ),
    (
        "Two masked robbers entered the Orla bank through a side door. They fled with three accomplices in a van.",
        "Five robbers raided the Orla bank on Monday.",
        [],
    ),
    (
        "Three gunmen stormed the Vell hotel on Monday while two lookouts stood outside.",
        "Five gunmen stormed the Vell hotel on Monday.",
        [],
    ),
    ("Four robbers raided the Orla bank on Monday.", "Five robbers raided the Orla bank on Monday.", ["Five | Four"]),
]


@pytest.mark.parametrize(("first", "second", "figures"), EARLIER_EVENTS_AND_GANG_PARTS)
def test_an_earlier_event_s_figure_and_a_part_of_the_gang_are_not_the_story_s(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


DISCREPANCIES_NEWS_24 = CORPORA / "discrepancies-news-24"


def test_discover_on_an_oil_spill_and_a_museum_jewel_theft_keeps_its_floor():
    # `discrepancies-news-24`: real coverage of the Repsol spill at La Pampilla, Peru, and of the Louvre jewel theft;
    # what discover reaches today (the Natural History Museum's gold, $70,000 or $700,000, is another theft's and
    # never paired; Newser's nine pieces on the first day beside the eight of later counts, borderline, at info)
    assert_discover_floor(DISCREPANCIES_NEWS_24, true=3, traps=18, found=2, flagged=0, findings=3)


DISCREPANCIES_NEWS_25 = CORPORA / "discrepancies-news-25"


def test_discover_on_a_factory_building_collapse_and_a_refugee_exodus_keeps_its_floor():
    # `discrepancies-news-25`: real coverage of the Rana Plaza collapse at Savar and of the Rohingya crossing into
    # Bangladesh; what discover reaches today (the storeys of the building, nine against eight, are flagged, but the
    # finding's representative of the eight is another sentence than the gold's; the arrivals of six days are a
    # count of that span, but "entered" names no fact; the tolls through one day, apart by hours the text gives in
    # another sentence or past midnight, are still paired)
    assert_discover_floor(DISCREPANCIES_NEWS_25, true=3, traps=19, found=0, flagged=2, findings=7)


DISCREPANCIES_NEWS_26 = CORPORA / "discrepancies-news-26"


def test_discover_on_a_fog_pile_up_and_a_turbulence_flight_keeps_its_floor():
    # `discrepancies-news-26`: real coverage of the Sheppey Crossing pile-up and of Hawaiian Airlines Flight 35;
    # what discover reaches today (the 33 and 35 taken to hospital are of pages a day apart, a count that may
    # change; the 38,000 feet of one page has no word of altitude beside it)
    assert_discover_floor(DISCREPANCIES_NEWS_26, true=5, traps=13, found=3, flagged=0, findings=4)


PILE_UPS_AND_SERIOUS_PARTS = [
    # the vehicles of a road pile-up or crash, a hyphen-joined count before the pile-up among them
    (
        "A 40-vehicle pile-up closed Interstate 55 near Farmersville in a dust storm on Monday.",
        "Some 70 vehicles crashed on Interstate 55 near Farmersville in a dust storm on Monday.",
        ["40-vehicle | Some 70"],
    ),
    (
        "More than 40 cars collided on the snowy M62 near Huddersfield on Friday.",
        "A pile-up of around 60 cars blocked the snowy M62 near Huddersfield on Friday.",
        [],
    ),
    # a degree adverb before the verb of injuring: those hurt badly, a part of all the injured
    (
        "The stage collapse at the Lowry arena killed two people, seriously injuring 5 others.",
        "The stage collapse at the Lowry arena left 31 people injured.",
        [],
    ),
    (
        "The chemical plant fire in Tarlac killed one man, critically injuring 4 workers.",
        "Two workers were critically injured in the chemical plant fire in Tarlac.",
        ["4 | Two"],
    ),
    # those who needed hospital treatment are counted as those taken to hospital, not all the injured
    (
        "Ambulance crews said 14 casualties needed hospital treatment after the crowd surge at the Marle stadium.",
        "Medics said 40 fans were hurt in the crowd surge at the Marle stadium, and 19 needed hospital treatment.",
        ["14 | 19"],
    ),
    # a kind of crew among the injured is a part of them; two nouns that qualify a toll's noun count that toll
    (
        "Three flight attendants were among those injured when the Aero Tasman jet hit an air pocket.",
        "Twenty people were injured when the Aero Tasman jet hit an air pocket.",
        [],
    ),
    (
        "The Aero Tasman jet, carrying 180 passengers, hit an air pocket: 24 passenger and crew injuries.",
        "The Aero Tasman jet hit an air pocket and 31 people were injured, officials said.",
        ["24 | 31"],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), PILE_UPS_AND_SERIOUS_PARTS)
def test_pile_ups_count_their_vehicles_and_parts_of_the_injured_stay_parts(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Mar 3 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("early", "right", "wrong"),
    [
        (
            "A Borea Air jet hit severe turbulence on Sunday over the Tasman Sea, injuring 12 people.",
            "The report says the jet hit severe turbulence on March 2 over the Tasman Sea.",
            "Twelve people were injured in the Feb. 24 incident over the Tasman Sea, the report says.",
        ),
        (
            "A gas explosion tore through the Velta chemical works on Sunday, killing four workers.",
            "The explosion at the Velta chemical works on March 2 was caused by a faulty valve, the report says.",
            "The Feb. 24 incident at the Velta chemical works left four workers dead, the report says.",
        ),
    ],
)
def test_a_day_written_in_the_incident_weeks_later_is_compared_with_the_day_its_round_gives(
    tmp_path, early, right, wrong
):
    # the first reports of Sunday 2 March; a month later two pages of one day give the event's day: one writes
    # it out right (placed among the first reports), the other writes "the Feb. 24 incident", a day nothing was
    # reported from: both are that later round's days of the story's event, and they disagree
    path = _corpus(
        tmp_path,
        ("News", "Daily One", "Mar 2 2025", early),
        ("News", "Daily Two", "Mar 3 2025", early),
        ("Report", "Daily Three", "Apr 4 2025", right),
        ("Report", "Daily Four", "Apr 4 2025", wrong),
    )
    report = discovered(path)[2]
    days = [sorted({c.value.date for c in f.claims}) for f in report.findings]
    assert ["2025-02-24", "2025-03-02"] in days, [f.message for f in report.findings]


# Figures whose fact stands in words around them: who did something to those counted, a verb split by its object,
# a change beside the level it led to, a thing's worth, and facts of animals, closures, appeals, crowds and trials.
FACTS_AROUND_THE_FIGURE = [
    # a noun of people before the verb whose object the figure is names who acted, not those counted
    ("Firefighters evacuated 300 people from the tower.", "Some 120 firefighters fought the blaze.", []),
    ("Soldiers rescued 40 villagers from the floodwaters.", "About 900 soldiers were deployed to the district.", []),
    (
        "More than 300 firefighters fought the blaze.",
        "About 200 firefighters battled the fire.",
        ["About 200 | More than 300"],
    ),
    # a verb and the word that ends it read as one across the count between them
    (
        "Rescuers pulled 17 people alive from the rubble of the hotel.",
        "A total of 12 survivors were rescued from the collapsed hotel.",
        ["12 | 17"],
    ),
    (
        "Rescue teams brought 23 miners out alive on Tuesday.",
        "Nineteen miners were rescued on Tuesday.",
        ["23 | Nineteen"],
    ),
    # searchers who found people alive report a group located, not those rescued
    (
        "Rescuers found 50 people alive at the back of the building.",
        "A total of 1,500 people have been rescued from the building.",
        [],
    ),
    # drowning is a death
    ("Twelve people drowned when the ferry capsized.", "Nine people died when the ferry capsized.", ["Nine | Twelve"]),
    (
        "A fishing boat capsized off the coast and 14 crew members drowned.",
        "Eleven crew members died when the fishing boat capsized off the coast.",
        ["14 | Eleven"],
    ),
    # "left 260,000 people dead" counts the dead, not people who left
    ("The war has left 260,000 people dead.", "Nearly seven million people have been displaced by the war.", []),
    # animals an event killed, told apart by what they are; "head of cattle" counts cattle
    (
        "Nearly 300 cattle drowned when the river burst its banks.",
        "Farmers lost 450 head of cattle in the flooding.",
        ["450 | Nearly 300"],
    ),
    ("About 2,000 sheep died in the snowstorm.", "The snowstorm killed 3,500 sheep.", ["3,500 | About 2,000"]),
    ("About 300 cattle drowned in the flood.", "About 40 horses drowned in the flood.", []),
    # places closed, told apart by what they are
    (
        "Some 14 schools were closed on Monday after the outbreak.",
        "Officials shut 22 schools on Monday because of the outbreak.",
        ["22 | Some 14"],
    ),
    ("Authorities closed 40 beaches after the spill.", "Only 12 beaches were shut after the spill.", ["12 | 40"]),
    ("Authorities closed 14 schools after the storm.", "Authorities closed 30 shops after the storm.", []),
    # what an appeal raised; a span in hours and one in days of the same length are one span
    (
        "The appeal has raised £1.2 million in its first 48 hours.",
        "Donations to the appeal reached £800,000 in the first two days.",
        ["£1.2 million | £800,000"],
    ),
    (
        "A crowdfunding page for the family has raised $45,000.",
        "The fundraiser for the family has raised $30,000.",
        ["$30,000 | $45,000"],
    ),
    # a change in points or "by" before a level is the change; the level is the rate's
    (
        "The bank raised its key rate by 50 basis points to 4.75%.",
        "The central bank lifted its benchmark rate to 4.5 per cent.",
        ["4.5 per cent | 4.75%"],
    ),
    (
        "Unemployment rose 0.3 percentage points to 4.2% in March.",
        "The jobless rate climbed to 4.5% in March.",
        ["4.2% | 4.5%"],
    ),
    # seats picked from the chamber's whole are the party's own
    (
        "The ruling party won 162 of the 300 seats, the election commission said.",
        "The ruling party secured 158 seats in the 300-member parliament.",
        ["158 | 162"],
    ),
    (
        "The Green Alliance took 41 of the 120 council seats.",
        "The Green Alliance won 45 seats on the council.",
        ["41 | 45"],
    ),
    # what seized goods are worth
    (
        "Police seized 2.5 tonnes of cocaine worth $100 million.",
        "Officers confiscated 2.5 tonnes of cocaine with a street value of $80 million.",
        ["$100 million | $80 million"],
    ),
    (
        "Customs seized 300 kg of heroin valued at £12 million.",
        "Officers confiscated 300kg of heroin worth £9 million.",
        ["£12 million | £9 million"],
    ),
    # a crowd an event drew; a trial's efficacy
    ("The marathon drew 45,000 runners.", "Some 38,000 runners took part in the marathon.", ["45,000 | Some 38,000"]),
    (
        "The festival attracted 80,000 visitors.",
        "About 60,000 visitors attended the festival.",
        ["80,000 | About 60,000"],
    ),
    # a crowd that filled a place, however it is said to have filled it; people packed into a vehicle are none
    (
        "Around 40,000 fans packed the stadium for the cup final.",
        "The cup final drew a crowd of 55,000 at the stadium.",
        ["55,000 | Around 40,000"],
    ),
    (
        "Some 20,000 pilgrims thronged the shrine on Sunday.",
        "About 35,000 worshippers attended the Sunday service at the shrine.",
        ["About 35,000 | Some 20,000"],
    ),
    (
        "Some 120 migrants were packed into the truck found near the border.",
        "About 3,000 people gathered near the border to protest on Sunday.",
        [],
    ),
    # an economy's growth, a company's sales as its revenue, and turnout however it is worded; a forecast of
    # growth is another figure
    (
        "Norland's economy grew 2.1% in the second quarter.",
        "Norland's GDP expanded by 1.6% in the second quarter.",
        ["1.6% | 2.1%"],
    ),
    (
        "Norland's economy grew 2.1% in the second quarter.",
        "Norland's economy rose 1.5% in the second quarter.",
        ["1.5% | 2.1%"],
    ),
    # where a measure's change started ("rose from 45% to 55%") is an earlier stage, as a count's is
    (
        "Turnout in Osvar was 52%.",
        "Turnout in Osvar rose from 45% to 55%.",
        ["52% | 55%"],
    ),
    (
        "Temperatures in Vessa hit 41C on Monday.",
        "Temperatures in Vessa rose from 30C to 38C on Monday.",
        ["38C | 41C"],
    ),
    # a quake's magnitude with a place between the quake and its verb; a later count beside "last year's toll"
    (
        "The quake in Velia measured 7.8 on Tuesday.",
        "The quake in Velia measured 7.5 on Tuesday.",
        ["7.5 | 7.8"],
    ),
    (
        "The storm killed 12 people in Texas on Monday.",
        "The storm killed 14 people in Texas on Monday, more than last year's toll.",
        ["12 | 14"],
    ),
    (
        "Norland's economy grew 2.1% in the second quarter.",
        "The central bank forecast that Norland's GDP would expand by 1.6% in the second quarter.",
        [],
    ),
    (
        "Veltro reported revenue of $4.2 billion for the quarter.",
        "Veltro's quarterly sales came in at $3.8 billion.",
        ["$3.8 billion | $4.2 billion"],
    ),
    (
        "Turnout in the Osvar mayoral election was 64%.",
        "About 58 percent of voters cast ballots in the Osvar mayoral election.",
        ["64% | About 58 percent"],
    ),
    # killings a city records
    (
        "The city of Pellin recorded 412 murders last year.",
        "There were 389 homicides in Pellin last year.",
        ["389 | 412"],
    ),
    # the share that voted for a measure or against it, however the vote is worded; the other side of a split
    # ("61% to 39%") is neither the first side's share nor a change; votes cast for one candidate are no other's
    (
        "Voters in Arlen approved the measure by 61% to 39%.",
        "The Arlen measure passed with 58% support.",
        ["58% | 61%"],
    ),
    (
        "Voters in Arlen approved the measure by 61% to 39%.",
        "In Arlen, 61% of voters backed the measure.",
        [],
    ),
    (
        "Arlen voters rejected the amendment with 55% of the vote.",
        "The Arlen amendment was voted down by 62% of voters.",
        ["55% | 62%"],
    ),
    (
        "Ana Ruiz received 1.2 million votes in the Arlen race.",
        "Her rival Tomas Vidal got 1.4 million votes in the Arlen race.",
        [],
    ),
    # "the evacuation of 1,500 residents": what befell the residents, not how many live there
    (
        "The Corra wildfire forced the evacuation of 1,500 residents.",
        "About 3,000 residents were ordered to leave their homes because of the Corra wildfire.",
        ["1,500 | About 3,000"],
    ),
    (
        "The flood at Mesk forced the evacuation of 400 people.",
        "Some 900 people were evacuated from Mesk because of the flood.",
        ["400 | Some 900"],
    ),
    # a ransom, asked for however it is said
    (
        "The kidnappers of the Lisk mine manager demanded a ransom of $2 million.",
        "The ransom demand for the Lisk mine manager was $5 million.",
        ["$2 million | $5 million"],
    ),
    (
        "The hackers who hit the Pellin hospital demanded $10 million in ransom.",
        "The gang that hit the Pellin hospital sought a $4 million ransom payment.",
        ["$10 million | $4 million"],
    ),
    # how long something went on, whatever follows the span; how long a flight was held up
    (
        "The siege of the Orvo embassy lasted 36 hours before troops stormed the building.",
        "Troops stormed the Orvo embassy after a 30-hour standoff.",
        ["30-hour | 36 hours"],
    ),
    (
        "The outage in Pellin lasted about four hours.",
        "Power was out for nearly seven hours in Pellin.",
        ["about four hours | nearly seven hours"],
    ),
    (
        "The Skyjet flight from Tarno was delayed by six hours.",
        "Passengers on the Skyjet flight from Tarno endured a nine-hour delay.",
        ["nine-hour | six hours"],
    ),
    # people buried or pinned under rubble are trapped, however the verb sits around the count; the dead buried
    # in a cemetery are not
    (
        "The collapse of the Ravel car park buried 30 workers under the rubble.",
        "Some 45 workers were trapped under the rubble after the Ravel car park collapse.",
        ["30 | Some 45"],
    ),
    (
        "About 30 miners were buried beneath the rubble of the Tosk mine.",
        "Rescuers say 45 miners remain trapped in the rubble of the Tosk mine.",
        ["45 | About 30"],
    ),
    (
        "The 14 victims were buried on Sunday in the cemetery at Tosk.",
        "Nine people remain trapped in the rubble at Tosk.",
        [],
    ),
    # the share of a place a disaster destroyed, and the share it damaged: two facts; a share that fell is none
    (
        "About 70 percent of the village of Orsk was destroyed by the mudslide.",
        "The mudslide razed nearly half of the village of Orsk.",
        ["About 70 percent | nearly half"],
    ),
    (
        "The cyclone damaged 40% of the homes on Tavu island.",
        "Some 65% of the homes on Tavu island were damaged by the cyclone.",
        ["40% | Some 65%"],
    ),
    (
        "About 70 percent of the village of Orsk was destroyed by the mudslide.",
        "The mudslide damaged 40% of the village of Orsk.",
        [],
    ),
    (
        "Sales fell 20% after the flood destroyed the Orsk mill.",
        "Sales dropped 35% after the flood destroyed the Orsk mill.",
        [],
    ),
    ("The vaccine was 91% effective in the trial.", "The shot showed 95% efficacy in the trial.", ["91% | 95%"]),
    (
        "The pill was 60% effective at preventing infection.",
        "The pill showed 45% efficacy against infection.",
        ["45% | 60%"],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), FACTS_AROUND_THE_FIGURE)
def test_a_figure_s_fact_is_read_from_the_words_around_it(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "May 6 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


# A relative clause that tells when what its noun names began ("a strike that began on Monday") dates that start:
# the day is neither the day of the sentence's own event nor the time frame of a count told before it.
@pytest.mark.parametrize(
    ("sentence", "date", "kind"),
    [
        ("Five miners were killed in a strike that began on Monday.", "Monday", "labour strike"),
        ("Three protesters died during a sit-in that started last Sunday.", "last Sunday", None),
        ("Two people died in a fire which started on Friday.", "Friday", "fire"),
        ("Four people died on Tuesday.", "Tuesday", "death"),
        # a relative clause set off by commas tells of the noun before it
        ("The strike, which started on June 5, lasted nine days.", "June 5", "labour strike"),
        ("The blaze, which broke out on Friday, killed 12 people.", "Friday", "fire"),
        ("The minister, who visited on Friday, said the blaze was out.", "Friday", None),
    ],
)
def test_a_day_a_relative_clause_says_something_began_on_is_that_start(sentence, date, kind):
    from claimcheck.extract.story_events import event_kind

    assert event_kind(sentence, date) == kind


@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        (
            "The dock strike began on June 2 and lasted nine days.",
            "The dock strike, which started on June 5, lasted nine days.",
            ["June 2 | June 5"],
        ),
        (
            "The Kesso fire, which broke out on Friday, killed 12 people.",
            "The Kesso fire broke out on Saturday and killed 12 people.",
            ["Friday | Saturday"],
        ),
    ],
)
def test_the_day_a_relative_clause_set_off_by_commas_gives_is_compared(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "May 6 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


# A day told of a group counted beyond those told before ("Two others died on Wednesday", "three more people died
# on Friday") is the day of those further deaths, not the day of the story's event.
@pytest.mark.parametrize(
    ("sentence", "date", "kind"),
    [
        ("Two others, a nurse and a driver, died on Wednesday in hospital.", "Wednesday", None),
        ("Three more pensioners died on Tuesday as the heat persisted.", "Tuesday", None),
        ("One more climber was found dead on Sunday.", "Sunday", None),
        ("The survivor left port with 39 others and the boat capsized on Sunday.", "Sunday", "sinking"),
        ("Six pensioners died on Monday as the heat persisted.", "Monday", "death"),
        (
            "Nine died and four more remain missing in the blast that tore through the depot on Monday.",
            "Monday",
            "explosion",
        ),
    ],
)
def test_a_day_of_further_deaths_is_not_the_story_events_day(sentence, date, kind):
    from claimcheck.extract.story_events import event_kind

    assert event_kind(sentence, date) == kind


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        (
            "Four miners died on Tuesday when the shaft flooded.",
            "Two more miners died on Wednesday in hospital.",
            False,
        ),
        (
            "Four miners died on Tuesday when the shaft flooded.",
            "Four miners died on Wednesday when the shaft flooded.",
            True,
        ),
        ("Six pensioners died on Monday in the heatwave.", "Three more people died on Tuesday in the heatwave.", False),
        ("Six pensioners died on Monday in the heatwave.", "Six pensioners died on Tuesday in the heatwave.", True),
        # the increment written before the count: "a further", "another"
        (
            "Six pensioners died on Monday in the heatwave.",
            "Another 12 patients died on Tuesday in the heatwave.",
            False,
        ),
        (
            "Four miners died on Tuesday when the shaft flooded.",
            "A further 3 workers died on Wednesday in hospital.",
            False,
        ),
    ],
)
def test_days_of_further_deaths_are_not_set_against_the_first(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Mar 6 2025")
    days = [f for f in report.findings if "date" in f.rule]
    assert bool(days) is flagged, [f.message for f in report.findings]


# Figures coordinated in a clause that "that" opens after the words reporting it share the verb of the last one:
# in "Police told reporters that 40 people and 12 horses had been killed", 40 people had been killed too.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Police told reporters that 40 people and 12 horses had been killed in the fire.",
            "The fire killed 70 people.",
        ),
        (
            "The coastguard told reporters that 30 passengers and 5 crew had been rescued from the ferry.",
            "Rescuers saved 70 passengers from the ferry.",
        ),
        (
            "A spokesman told the agency that 35 miners and 15 rescuers had been injured in the blast.",
            "The blast injured 80 miners.",
        ),
    ],
)
def test_figures_coordinated_after_that_share_the_verb_of_the_last(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Mar 6 2025")
    assert report.findings, "the first figure of the reported clause was read without its verb"


DISCREPANCIES_NEWS_30 = CORPORA / "discrepancies-news-30"


def test_discover_on_a_tunnel_collapse_and_a_gas_blast_in_a_block_of_flats_keeps_its_floor():
    # `discrepancies-news-30`: real coverage of the Silkyara tunnel collapse and rescue, and of the Magnitogorsk
    # gas explosion; what discover reaches today (the rubble's 65 and 57 metres are of pages a day apart that
    # share one name, two stories; the baby, 10 or 11 months old, is now compared by the kind of person)
    assert_discover_floor(DISCREPANCIES_NEWS_30, true=4, traps=17, found=3, flagged=0, findings=3)


@pytest.mark.parametrize(
    "body",
    [
        # a sentence that lists two measures with the unit written once gives two things' sizes: the article's
        # other figure equal to one of them is that one, not a second version of the other
        "Crews in Dorn aim to insert 600 and 750-mm diameter pipes to drain the square. The work involves attaching "
        "a 6-metre-long and 600mm diameter pipe to the machine, which is then forced into the clay.",
        "Workers in Hale will fit 300 and 450-mm diameter drains under the road. The job involves laying a "
        "2-metre-long and 300mm diameter drain at each corner.",
    ],
)
def test_a_sentence_that_lists_two_measures_gives_two_things_sizes(tmp_path, body):
    path = _corpus(tmp_path, ("News", "Daily One", "Mar 4 2025", body))
    report = discovered(path)[2]
    assert not report.findings, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("sentence", "figure", "fact"),
    [
        # a measure joined to its unit before a compound led by a name stays inside the noun phrase: the clause's
        # verb is still the count's before it
        ("Two divers were found, and 9 crew of the 40-metre Dutch-flagged trawler remain missing.", "9", "missing"),
        ("One guard died, and 14 workers at the 12-storey Chinese-built plant were injured.", "14", "injured"),
    ],
)
def test_a_measure_before_a_compound_led_by_a_name_does_not_cut_the_count_before_it(tmp_path, sentence, figure, fact):
    claims = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity" and c.text == figure]
    assert claims and facts_of(claims[0]) == [fact], [(c.text, facts_of(c)) for c in claims]


@pytest.mark.parametrize(
    ("sentence", "whole", "fact"),
    [
        # the whole a part is picked from is of what its noun names, never a population
        ("14 of the 15 bodies had been identified at the morgue in the river town of Ostra.", "15", "deaths"),
        ("Two of the 12 hostages were freed on Monday.", "12", "abducted"),
        ("Three of the 20 victims were children.", "20", "deaths"),
    ],
)
def test_the_whole_of_a_part_is_what_its_noun_names(tmp_path, sentence, whole, fact):
    claims = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity" and c.text == whole]
    assert claims and facts_of(claims[0]) == [fact], [(c.text, facts_of(c)) for c in claims]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # flats are homes: destroyed or collapsed ones are counted as other buildings are
        (
            "A gas blast in Lindau destroyed 48 flats on Monday, officials said.",
            "The Lindau gas blast on Monday destroyed 35 flats, officials said.",
        ),
        (
            "Storm Edda flattened 120 flats in Porto Vell on Sunday.",
            "Storm Edda flattened 150 apartments in Porto Vell on Sunday.",
        ),
    ],
)
def test_flats_destroyed_are_buildings_destroyed(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Mar 4 2025")
    assert [f.rule for f in report.findings if "destroyed-buildings" in f.rule], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "parts"),
    [
        # how much rubble blocks a way through, after a slide or a collapse; what was dug through it is a part
        (
            "Crews have dug through more than 30 metres of the around 80 metre blockage on the Kessel highway.",
            "Crews had reached 32 metres out of the estimated 60 metres of rubble on the Kessel highway.",
            {"more than 30 metres", "32 metres"},
        ),
        (
            "Rescuers at the Orvik mine have cleared 12 metres of the 40-metre-thick debris.",
            "Rescuers at the Orvik mine face some 25 metres of rubble, officials said.",
            {"12 metres"},
        ),
    ],
)
def test_the_rubble_blocking_a_way_is_one_measure_and_what_was_dug_through_it_a_part(tmp_path, first, second, parts):
    report = _two_outlets(tmp_path, first, second, "Mar 4 2025")
    debris = [f for f in report.findings if "debris" in f.rule]
    assert len(debris) == 1, [f.message for f in report.findings]
    assert not parts & {c.text for f in report.findings for c in f.claims}, [f.message for f in report.findings]


DISCREPANCIES_NEWS_27 = CORPORA / "discrepancies-news-27"


def test_discover_on_a_meteor_air_burst_and_a_cable_car_fall_keeps_its_floor():
    # `discrepancies-news-27`: real coverage of the Chelyabinsk meteor and of the Stresa-Mottarone cable car fall;
    # what discover reaches today (a height above sea level is compared with nothing; a conversion in brackets
    # is no second figure of the fact, but the built-in `unit-conversion` sets "200,000 square meters (77,220 square
    # miles)" apart; the injured of one Friday through its hours, and those taken to hospital in the city and in the
    # region, are still paired; "Six of the dead were Israeli citizens" is the Israelis' part of the toll, set
    # against "five Israelis" among the dead)
    assert_discover_floor(DISCREPANCIES_NEWS_27, true=6, traps=26, found=5, flagged=3, findings=10)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A bus plunged into a ravine in Peru, killing 22 people.", "The victims included a family of six from Lima."),
        (
            "Fire swept through a hostel in Lagos, killing 17 people.",
            "Among the dead are a family of four from Abuja, police said.",
        ),
    ],
)
def test_a_family_among_the_dead_is_the_size_of_that_family_not_the_toll(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "May 6 2025")
    assert report.findings == [], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "A quake struck Van province, injuring about 600 people.",
            "Some 5,000 troops were deployed in Van province to help the injured.",
        ),
        (
            "Floods hit Sindh, injuring about 300 people.",
            "The ministry said that 8,000 rescue workers had been dispatched to help the injured.",
        ),
    ],
)
def test_helpers_sent_to_the_injured_are_no_count_of_the_injured(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "May 6 2025")
    assert report.findings == [], [f.message for f in report.findings]


@pytest.mark.parametrize(
    "sentence",
    ["Three firefighters were injured in the blaze at the Leeds depot.", "Four rescue workers were hurt in Sindh."],
)
def test_helpers_who_were_hurt_themselves_are_still_injured(tmp_path, sentence):
    claims = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity"]
    assert claims and "injured" in facts_of(claims[0]), [(c.text, facts_of(c)) for c in claims]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The ferry, with a capacity of 300, sank about 2km from the shore of Lake Kivu.",
            "The ferry sank about 5km from the shore of Lake Kivu.",
        ),
        (
            "The plane, with a capacity of 180, came down about 4 miles from the runway at Dover.",
            "The plane came down about 9 miles from the runway at Dover.",
        ),
    ],
)
def test_a_measure_noun_with_a_figure_of_its_own_measures_no_later_figure(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "May 6 2025")
    assert any("distance" in f.rule for f in report.findings), [f.message for f in report.findings]


VICTIMS_NAMED = [
    (
        "Police named the victims on Monday: Maria Lopes and Tiago Reis, Ana Costa and Rui Pinto, Joana Melo and "
        "Pedro Alves, Sofia Cunha and Luis Matos. Maria Lopes and Tiago Reis were engaged; Ana Costa and Rui Pinto "
        "were nurses; Joana Melo and Pedro Alves were students; Sofia Cunha and Luis Matos were retired. "
        "The tram crash near the Ribeira quay in Porto on Sunday killed 9 people.",
        "The tram derailed near the Ribeira quay in Porto on Sunday, killing 12 people, police in Porto said.",
    ),
    (
        "Officials named the dead on Tuesday: Grace Wanjiru and Peter Otieno, Mary Achieng and John Kamau, Ruth "
        "Njeri and David Mwangi, Alice Wambui and James Kiptoo. Grace Wanjiru and Peter Otieno were cooks; Mary "
        "Achieng and John Kamau were guards; Ruth Njeri and David Mwangi were students; Alice Wambui and James "
        "Kiptoo were guests. The hostel fire in Kisumu near the Dunga pier on Monday killed 8 people.",
        "Fire gutted a hostel near the Dunga pier in Kisumu on Monday, killing 11 people, police in Kisumu said.",
    ),
]


@pytest.mark.parametrize(("named", "report_"), VICTIMS_NAMED)
def test_an_article_that_names_its_victims_in_full_still_tells_the_story_of_its_places(tmp_path, named, report_):
    # a person counts once, by the last word of the name, and a sentence once however many figures it holds:
    # an article that lists its victims in full does not crowd its places out of its main names
    path = _corpus(
        tmp_path, ("Victims named", "Daily One", "May 6 2025", named), ("Fire", "Daily Two", "May 6 2025", report_)
    )
    findings = discovered(path)[2].findings
    assert [f for f in findings if "deaths" in f.rule], [f.message for f in findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "A gas explosion at a block of flats in Lyon killed seven people, the prefect said.",
            "Three relatives died in the blast in Lyon, their neighbours said.",
        ),
        (
            "A house fire in Leeds killed six people, police said.",
            "Four cousins died in the house fire in Leeds, a neighbour said.",
        ),
    ],
)
def test_relatives_among_the_dead_are_a_part_of_the_toll(tmp_path, first, second):
    # kin named by their kinship are a kind of people, as children or tourists are: a part, never the toll
    report = _two_outlets(tmp_path, first, second, "May 6 2025")
    assert report.findings == [], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Early reports suggested that 40 homes were flooded in Hull.", None),
        ("Unconfirmed reports said 12 miners were trapped in the Tula shaft.", None),
        ("Local officials said 12 miners were trapped in the Tula shaft.", "officials"),
    ],
)
def test_reports_named_only_by_which_they_are_name_no_source(tmp_path, sentence, source):
    # "Early reports suggested": the word before "reports" says which reports, not whose; "Early" is no one
    claims = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity"]
    assert claims and claims[0].source == source, [(c.text, c.source) for c in claims]


DISCREPANCIES_NEWS_31 = CORPORA / "discrepancies-news-31"


def test_discover_on_a_poisoned_temple_offering_and_a_lightning_strike_on_a_church_keeps_its_floor():
    # `discrepancies-news-31`: real coverage of the poisoned prasad of Sulwadi and of the lightning strike on the
    # Adventist church of Nyaruguru; what discover reaches today (the Thursday of the ceremony names no event of
    # the lexicon, the ages of the dead are in a list of names, the Friday strike's dead are another event's)
    assert_discover_floor(DISCREPANCIES_NEWS_31, true=5, traps=14, found=2, flagged=0, findings=2)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Eight people were killed after a storm hit the district, a local official said Sunday.", None),
        ("Twelve miners were trapped in the shaft, a company spokesman said Tuesday.", None),
        ("Twelve miners were trapped in the shaft, police said Tuesday.", "police"),
    ],
)
def test_a_day_after_said_is_when_it_was_said_not_who_said_it(tmp_path, sentence, source):
    claims = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity"]
    assert claims and claims[0].source == source, [(c.text, c.source) for c in claims]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The flood killed 11 people in the valley, officials said.",
            "About 60 pigeons have also been found dead in the valley after the flood.",
        ),
        (
            "The wildfire killed nine people near the town, police said.",
            "Some 40 dogs were found dead in the burnt kennels near the town.",
        ),
    ],
)
def test_animals_found_dead_are_not_the_toll_of_people(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "May 6 2025")
    assert report.findings == [], [f.message for f in report.findings]


@pytest.mark.parametrize(
    "sentence",
    [
        "Floods have killed 40 people, injured 85 and destroyed 300 homes in 2019.",
        "As many as 30 people were killed, and another 61 injured, in accidents in 2016, the ministry said.",
    ],
)
def test_a_year_that_closes_a_list_of_counts_is_the_period_of_each(tmp_path, sentence):
    claims = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity"]
    assert len(claims) >= 2 and all(c.as_of and c.as_of.startswith("20") and len(c.as_of) == 4 for c in claims), [
        (c.text, c.as_of) for c in claims
    ]


def test_a_year_after_a_comparison_is_not_the_period_of_the_count_before(tmp_path):
    claims = [c for c in _claims_of(tmp_path, "Floods killed 40 people, up from 12 in 2019.") if c.kind == "quantity"]
    first = next(c for c in claims if c.text == "40")
    assert first.as_of != "2019", (first.text, first.as_of)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "A similar accident took place on Friday when a bus overturned near Kisumu.",
            "The crash of the minibus on the Kisumu road happened on Saturday, police said.",
        ),
        (
            "Another quake struck on Monday near the coast, the agency said.",
            "The earthquake hit the coastal city of Izmir on Sunday.",
        ),
    ],
)
def test_the_day_of_an_event_marked_as_another_is_not_the_story_events(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Mar 12 2025")
    assert not [f for f in report.findings if "-date-" in f.rule], [f.message for f in report.findings]


def test_a_lightning_strike_is_no_labour_strike(tmp_path):
    report = _two_outlets(
        tmp_path,
        "On Saturday, a lightning strike killed three hikers on the ridge.",
        "The lightning strike on the ridge came on Friday, rangers said.",
        "Jul 7 2025",
    )
    kinds = [f.rule for f in report.findings if "-date-" in f.rule]
    assert kinds and all("lightning" in k for k in kinds), kinds


def test_the_incident_on_the_day_of_another_event_of_its_page_is_that_event(tmp_path):
    path = _corpus(
        tmp_path,
        (
            "Bus crash",
            "Daily One",
            "Mar 12 2025",
            "A bus crashed near Kisumu on Saturday, killing 12. Two people died in another crash on Friday, "
            "police said. Five others were hurt in the incident on Friday.",
        ),
        ("Bus crash", "Daily Two", "Mar 12 2025", "The bus crash near Kisumu happened on Saturday, killing 12."),
    )
    _, _, report = discovered(path)
    assert not [f for f in report.findings if "-date-" in f.rule], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # one moment told three ways: those who died at once are one part of the toll
        (
            "The blast killed 9 workers immediately, the plant manager said.",
            "About 12 workers were killed instantly in the blast.",
            True,
        ),
        (
            "The collapse killed 5 climbers on the spot, the guides said.",
            "Seven climbers died immediately on the north face.",
            True,
        ),
        # a part inside its clause leaves what befell to the whole: the twenty died at once
        (
            "A nurse was one of 20 people who were killed instantly in the blast at the plant.",
            "The blast at the plant killed 30 people, officials said.",
            False,
        ),
        # the whole a part is picked from is the toll, not those who died at once
        (
            "Nine of the twelve workers were killed on the spot in the blast.",
            "The blast killed 9 workers immediately, the plant manager said.",
            False,
        ),
    ],
)
def test_deaths_at_once_are_one_part_of_the_toll_however_worded(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Apr 2 2025")
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("On March 3, 19-year-old Omar Haddad was detained at the border crossing.", "March 3"),
        ("On June 8, 27-year-old striker Lena Kraus signed a two-year deal with the club.", "June 8"),
    ],
)
def test_an_age_right_after_a_day_is_no_second_day(tmp_path, sentence, day):
    dates = [c.text for c in _claims_of(tmp_path, sentence) if c.kind == "date"]
    assert dates == [day], dates


@pytest.mark.parametrize(
    ("first", "second", "gain", "total"),
    [
        (
            "Greens: 118 seats, 17 seats gained",
            "The Greens won 118 seats. The Greens gained 15 seats since the last vote.",
            ("17", "15"),
            "118",
        ),
        (
            "In the state assembly vote, the Farmers Front received 12 more seats than last time and holds 64 seats.",
            "Farmers Front: 64 seats, 14 seats gained",
            ("12", "14"),
            "64",
        ),
    ],
)
def test_seats_a_party_gained_are_compared_only_with_its_other_gains(tmp_path, first, second, gain, total):
    # "17 seats gained", "12 more seats": a change of the party's seats, never set against the seats it holds
    report = _two_outlets(tmp_path, first, second, "Sep 29 2025")
    flagged = [texts(f) for f in report.findings]
    assert any(gain[0] in t and gain[1] in t for t in flagged), flagged
    assert not any(total in t and (gain[0] in t or gain[1] in t) for t in flagged), flagged


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Conservatives lost 48 seats, their worst night.", "Conservative: 90 seats, 50 seats lost"),
        ("Social Democrats: 41 seats, 9 seats lost", "The Social Democrats lost 11 seats on Sunday."),
    ],
)
def test_seats_a_party_lost_are_its_own_and_compared_with_its_losses(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Oct 13 2025")
    assert [f for f in report.findings if "seats-lost" in f.rule], [texts(f) for f in report.findings]


@pytest.mark.parametrize(
    ("headline", "body", "capacity"),
    [
        ("Regional election: results", "With 0 seats to go, they ended the night on 52 seats.", False),
        ("Council vote count", "They ended the night on 19 seats.", False),
        ("New arena opens", "The arena has 18,000 seats.", True),
    ],
)
def test_seats_in_an_article_headed_by_an_election_are_no_capacity(tmp_path, headline, body, capacity):
    # the headline names an election: the seats are a chamber's, whoever holds them, not a venue's
    path = _corpus(tmp_path, (headline, "Daily One", "May 2 2025", body))
    claims = [c for c in discovered(path)[1] if c.kind == "quantity" and c.text[0].isdigit() and c.text != "0"]
    assert claims and all(("capacity" in facts_of(c)) == capacity for c in claims), [
        (c.text, facts_of(c)) for c in claims
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "That is a 40 increase in arrests compared to 2023.",
        "The port handled 12% more containers relative to 2021.",
    ],
)
def test_a_year_after_compared_to_is_the_baseline_not_the_figures_time(tmp_path, sentence):
    claims = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity"]
    assert claims and claims[0].time is None, [(c.text, c.time) for c in claims]


@pytest.mark.parametrize(
    "sentence",
    [
        "The rival lender took over the failed bank's $92 billion in deposits.",
        "The buyer received the fund's $3 billion in assets under management.",
        "The chipmaker sold shares in a total offering of $4.9 billion.",
        "The airline plans to raise $1.2 billion through the sale of common stock.",
    ],
)
def test_what_a_bank_holds_or_a_company_raises_is_no_price_paid(tmp_path, sentence):
    claims = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity"]
    assert claims and "price paid" not in facts_of(claims[0]), [(c.text, facts_of(c)) for c in claims]


# Who a figure is of when no name says it: a role with an age, a part a whole's figure is picked from, those treated,
# how long a jury sat, a company's loss and the part of a loss insurers pay.
PARTS_AND_ROLES = [
    # an age given with a role alone is that role's holder's, compared across outlets; a person at large is no one
    (
        "The suspect, 24, was arrested at the scene.",
        "The 27-year-old suspect was detained at the scene.",
        ["24 | 27-year"],
    ),
    (
        "The coach driver, 58, was taken to hospital.",
        "The 61-year-old driver of the coach was taken to hospital.",
        ["58 | 61-year"],
    ),
    ("The man, 30, was arrested.", "A 25-year-old man was also held.", []),
    # a "-month-old" or "-week-old" age is that of the person its noun names, not one of "month"
    ("The 11-month-old girl was flown to hospital.", "The 14-month-old boy was unhurt.", []),
    ("The six-week-old calf was rescued.", "The four-week-old foal was found.", []),
    # an age in months and one in whole years are compared as spans of months: "2" runs from 24 to 36 months
    (
        "The 24-month-old toddler, Ava Reid, was found safe.",
        "Ava Reid, 2, was found safe by a neighbour.",
        [],
    ),
    (
        "The 18-month-old toddler, Ava Reid, was found safe.",
        "Ava Reid, 2, was found safe by a neighbour.",
        ["18-month | 2"],
    ),
    ("The 30-month-old boy, Leo Hart, was unhurt.", "Leo Hart, 2, was unhurt.", []),
    ("The driver, 58, was taken to hospital.", "The 34-year-old passenger was unhurt.", []),
    # "N of the dead were children": a part, that of the children
    ("At least 14 of the dead were children.", "Nine children were among those killed.", ["At least 14 | Nine"]),
    ("Six of those killed were Britons, the ministry said.", "Four Britons died in the attack.", ["Four | Six"]),
    ("At least 14 of the dead were children.", "The quake killed 60 people.", []),
    # those treated for an injury are in hospital's count
    (
        "Paramedics treated 54 people for smoke inhalation.",
        "Some 38 people were treated for smoke inhalation.",
        ["54 | Some 38"],
    ),
    (
        "Medics treated 20 runners for heat exhaustion.",
        "Twelve runners were treated for heat exhaustion.",
        ["20 | Twelve"],
    ),
    # how long a jury deliberated, "for" a span however a clause goes on after it
    (
        "The verdict came after the jury deliberated for nine hours.",
        "Jurors deliberated for about 14 hours before reaching the verdict.",
        ["about 14 hours | nine hours"],
    ),
    # a company's loss is its result, not damage; the part of a loss insurers pay is no whole damage
    (
        "The company reported a net loss of $1.2 billion for the quarter.",
        "The firm posted a quarterly loss of $900 million.",
        ["$1.2 billion | $900 million"],
    ),
    ("The storm caused losses of $2 billion.", "Insured losses from the storm reached $1.4 billion.", []),
    (
        "Insured losses from the hailstorm are estimated at $1.5 billion.",
        "The insurance council put the insured losses from the hail at $900 million.",
        ["$1.5 billion | $900 million"],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), PARTS_AND_ROLES)
def test_a_figure_is_of_the_role_or_part_its_words_name(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "May 6 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


# Where a change its sentence tells started ("had risen from 19 to 22"): the count before the change is an earlier
# stage of that day, not a figure the day's other pages contradict; a figure after "from" that starts no change
# ("seven people from the village") still is.
CHANGE_STARTS = [
    (
        "Officials said on Tuesday that the death toll in the ferry sinking had risen from 14 to 17.",
        "Seventeen people died when the ferry sank off Orlo, officials said on Tuesday.",
        False,
    ),
    (
        "The number of miners killed in the Brask pit collapse rose overnight from seven to 11, the company said.",
        "Eleven miners were killed in the Brask pit collapse, the company said.",
        False,
    ),
    (
        "Seven people from the village of Tarn died in the landslide, officials said.",
        "Nine people died in the Tarn landslide, officials said.",
        True,
    ),
    # what changed named at length between the verb and "from", and the other end of the change a counter's
    (
        "On Tuesday the regional agency increased the number of deaths it blames on the Velna heatwave from 14 to 23.",
        "Twenty-three people have died in the Velna heatwave, the regional agency said on Tuesday.",
        False,
    ),
    (
        "Police on Tuesday increased the number of people injured in the stadium crush from 40 to 65.",
        "Sixty-five people were injured in the stadium crush, police said on Tuesday.",
        False,
    ),
]


@pytest.mark.parametrize(("first", "second", "flagged"), CHANGE_STARTS)
def test_the_count_a_change_started_from_is_an_earlier_stage(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "May 6 2025")
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


# A day that ends an event a clause tells after "following" or "after" mid-clause ("remain in hospital following the
# explosion at the mine on Sunday, in which 8 were killed") is the event's: a toll of a later clause, on a page days
# later, is that page's count, not one of the event's day set against the first night's. A clause that opens with the
# event and its day ("The explosion at the mine on Sunday, which killed 8") still dates the toll it sets the scene for.
EVENT_DAY_MID_CLAUSE = [
    (
        ("Mine blast", "Mar 2 2025", "Officials said 5 miners were killed in the Velna mine explosion."),
        (
            "Mine blast",
            "Mar 5 2025",
            "Three miners remain in intensive care following the explosion at the Velna mine on Sunday, in which 8 "
            "miners were killed.",
        ),
        False,
    ),
    (
        ("Ferry capsizes", "Jun 1 2024", "Rescuers said 12 passengers drowned when the ferry capsized near Orlo."),
        (
            "Ferry capsizes",
            "Jun 4 2024",
            "Six survivors are still in hospital after the sinking of the ferry near Orlo on Saturday, in which 15 "
            "passengers drowned.",
        ),
        False,
    ),
    (
        ("Mine blast", "Mar 2 2025", "Officials said 5 miners were killed in the Velna mine explosion."),
        ("Mine blast", "Mar 5 2025", "The explosion at the Velna mine on Sunday, which killed 8 miners, shut the pit."),
        True,
    ),
]


@pytest.mark.parametrize(("first", "second", "flagged"), EVENT_DAY_MID_CLAUSE)
def test_an_event_day_after_following_mid_clause_dates_no_later_toll(tmp_path, first, second, flagged):
    path = _corpus(
        tmp_path, (first[0], "Daily One", first[1], first[2]), (second[0], "Daily Two", second[1], second[2])
    )
    report = discovered(path)[2]
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


# A count whose clause puts those it counts in a state after a participle on how they came to it ("five miners
# injured in the blast remained in hospital") counts those in that state, not all the injured.
STATE_AFTER_PARTICIPLE = [
    (
        "Twelve miners were injured in the Dorn mine blast, the company said.",
        "Five miners injured in the Dorn mine blast remained in hospital, the company said.",
        False,
    ),
    (
        "Thirty pupils were hurt in the school roof collapse in Arvik, officials said.",
        "Nine pupils hurt in the school roof collapse in Arvik remain in hospital, officials said.",
        False,
    ),
    (
        "Twelve miners were injured in the Dorn mine blast, the company said.",
        "Five miners were injured in the Dorn mine blast, the company said.",
        True,
    ),
]


@pytest.mark.parametrize(("first", "second", "flagged"), STATE_AFTER_PARTICIPLE)
def test_a_state_after_a_participle_is_what_the_count_counts(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "May 6 2025")
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # An early count the clause names after the figures it lists ("as a preliminary toll") is an earlier stage
        # of the day's count, not a figure the later one contradicts.
        (
            "Officials recorded 40 deaths and more than 90 injuries as a preliminary toll of the flood in Valencia.",
            "Officials said 52 people were killed in the flood in Valencia.",
            False,
        ),
        (
            "Police counted 12 dead and 30 hurt as an initial tally of the bus crash in Kandy.",
            "Police said the bus crash in Kandy killed 15 people.",
            False,
        ),
        # without it, the lower count of the same day is still one
        (
            "Officials recorded 40 deaths and more than 90 injuries in the flood in Valencia.",
            "Officials said 52 people were killed in the flood in Valencia.",
            True,
        ),
    ],
)
def test_an_early_count_named_after_the_figures_it_lists_is_an_earlier_stage(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    deaths = [f for f in report.findings if "deaths" in f.rule]
    assert bool(deaths) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "place"),
    [
        # a place a possessive names by its kind, then by its name: the name is the place measured from
        (
            "The quake struck 120 km south of Peru's capital, Lima, on Monday.",
            "The quake struck about 95 km south of Lima on Monday.",
            "Lima",
        ),
        (
            "The fire started 40 miles north of California's state capital, Sacramento.",
            "The fire started some 30 miles north of Sacramento.",
            "Sacramento",
        ),
        (
            "The ferry sank 20 km off Kenya's port city of Mombasa.",
            "The ferry sank about 12 km off Mombasa.",
            "Mombasa",
        ),
    ],
)
def test_a_distance_from_a_place_a_possessive_names_by_its_kind_is_from_that_place(tmp_path, first, second, place):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    distances = [f for f in report.findings if "distance" in f.rule]
    assert distances, [f.message for f in report.findings]
    assert all(c.scope == place for f in distances for c in f.claims), [c.scope for f in distances for c in f.claims]


def test_a_figure_with_no_unit_after_a_measure_and_of_counts_no_one(tmp_path):
    # "a temperature of 105" is degrees, whatever else the clause says ("at the time of" names no one aboard)
    for sentence in (
        "The probe recorded a temperature of 460 at the time of landing on the planet.",
        "The submarine reached a depth of 300 at the time of the test, the navy said.",
    ):
        claims = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity"]
        assert claims and facts_of(claims[0]) == [], (sentence, facts_of(claims[0]))


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # the air's temperature written with no scale at a value only Fahrenheit gives it, against a day's reading
        # that "that day" dates by the sentence before
        (
            "Temperatures in Phoenix climbed to 104 on Tuesday, the weather service said.",
            "The heat wave hit Phoenix on Tuesday. Temperatures in Phoenix that day soared as high as 108 Fahrenheit.",
            True,
        ),
        (
            "The mercury hit 112 degrees in Las Vegas on Sunday.",
            "The heat peaked in Las Vegas on Sunday. Temperatures in Las Vegas that day reached 44.4 Celsius.",
            False,
        ),
    ],
)
def test_the_air_s_temperature_with_no_scale_is_read_where_only_one_scale_fits(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jul 12 2024")
    heat = [f for f in report.findings if "temperature" in f.rule]
    assert bool(heat) is flagged, [f.message for f in report.findings]
    assert len(report.findings) == len(heat), [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # the time into a journey when contact was lost, however the span is written: one time, two figures
        (
            "The airliner lost radar contact about 40 minutes after take-off from Jakarta.",
            "Contact with the airliner was lost an hour and 40 minutes into the flight.",
            True,
        ),
        (
            "The fishing boat's crew lost radio contact 3 hours after leaving port.",
            "Radio contact with the trawler was lost about 3 hours into the trip.",
            False,
        ),
        # what follows "after" is the moment a span is counted from: not the time to the loss of contact
        (
            "The helicopter was not reported missing until six hours after it lost contact with the base.",
            "The helicopter lost contact with the base about 20 minutes after take-off.",
            False,
        ),
    ],
)
def test_the_time_into_a_journey_when_contact_was_lost_is_compared(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "May 3 2025")
    found = [f for f in report.findings if "contact" in f.rule]
    assert bool(found) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Ferry sinking deaths: Four charged as search for missing goes on\n\nTwelve people died when the ferry sank.",
            "The ferry sank on Monday, killing 12 people.",
        ),
        (
            "Warehouse fire deaths: Three bailed over blaze\n\nNine workers died in the warehouse fire.",
            "The warehouse fire killed nine workers.",
        ),
    ],
)
def test_a_headline_s_kicker_is_not_what_the_figure_after_it_counts(tmp_path, first, second):
    title, body = first.split("\n\n")
    path = _corpus(tmp_path, (title, "Daily One", "May 3 2025", body), ("News", "Daily Two", "May 3 2025", second))
    report = discovered(path)[2]
    assert report.findings == [], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The research submarine is designed to dive to a depth of 600 metres.",
            "The research submarine was found at a depth of 450 metres.",
        ),
        ("The ferry is capable of carrying 900 passengers.", "The ferry was carrying 612 passengers when it sank."),
    ],
)
def test_what_a_thing_is_made_to_do_is_not_what_it_did(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "May 3 2025")
    assert report.findings == [], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # an age in brackets after a name is that person's, as some newspapers write it
        ("Farmer Sean Byrne (44) appeared in court.", "Sean Byrne, 45, denied the charges.", True),
        ("Nurse Aisling Kelly (31), of Tralee, was praised.", "Aisling Kelly, 31, said she was proud.", False),
        # and so is one written "38 year-old"
        ("Tom Price, a 38 year-old builder, was rescued.", "Tom Price, 36, was rescued from the rubble.", True),
        # an entry of a list of ages in brackets after who the person is to the one before
        (
            "The climbers who died were named as Marco (41) and his brother Pietro (37).",
            "Pietro, 39, was the younger of the two brothers.",
            True,
        ),
    ],
)
def test_an_age_in_brackets_or_written_year_old_is_the_person_s(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "May 3 2025")
    ages = [f for f in report.findings if "ages" in f.rule]
    assert bool(ages) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # two people's arrests, told apart by their ages: two days, no disagreement
        (
            "The 31-year-old was arrested on Tuesday after the jewellery raid.",
            "A 54-year-old woman, who was arrested at the airport on Thursday, has been bailed over the jewellery raid.",
            False,
        ),
        (
            "A man in his 60s was detained on Monday over the forest fire.",
            "A 19-year-old was detained on Wednesday over the forest fire.",
            False,
        ),
        # one person's arrest, two days
        (
            "The 31-year-old was arrested on Tuesday after the jewellery raid.",
            "The 31-year-old was arrested on Thursday after the jewellery raid.",
            True,
        ),
    ],
)
def test_the_days_of_two_people_s_arrests_are_told_apart_by_their_ages(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "May 10 2025")
    dates = [f for f in report.findings if "date" in f.rule]
    assert bool(dates) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A 30-year-old man from Leeds was arrested on Monday.", "A 45-year-old man from Leeds was charged."),
        ("The 27-year-old will appear at Cardiff Crown Court.", "A 52-year-old was remanded at Cardiff Crown Court."),
    ],
)
def test_the_place_after_an_age_is_not_whose_age_it_is(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "May 10 2025")
    assert not [f for f in report.findings if "ages" in f.rule], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The light aircraft went missing on Tuesday over the Andes.", "The light aircraft disappeared on Monday."),
        ("The fishing boat lost radio contact on Friday off Cornwall.", "The fishing boat vanished on Thursday."),
    ],
)
def test_the_day_a_craft_went_missing_is_one_event_s_day(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "May 17 2025")
    assert [f for f in report.findings if "disappearance" in f.rule], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a bound written with its modal ("could top", "will cross") is a projection like "might top"
        ("Organisers warned the bill for the flood defences could top £40m.", "The flood defences cost £25m."),
        ("Officials said cholera cases will cross 2,000 in the camps.", "Cholera cases in the camps reached 1,300."),
    ],
)
def test_discovery_keeps_a_bound_written_with_its_modal_apart_as_a_projection(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 3 2025")
    assert not report.findings, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # a figure written in words keeps the projection told before it, however many words it takes
        ("The descent is expected to typically take around two and a half hours.", "expected to"),
        ("Engineers said the voyage is expected to last roughly three and a half weeks.", "expected to"),
        # the bound's own verb, written as part of the figure, makes it a projection too
        ("The bill for the repairs could top two million pounds, officials said.", "could top"),
    ],
)
def test_a_projection_is_read_before_a_figure_written_in_words(tmp_path, sentence, words):
    from claimcheck.rules.facts import projection

    claims = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity"]
    assert claims and projection(claims[0]) == words, [(c.text, projection(c)) for c in claims]


# Words of one fact that, on other subjects, name something else: no finding between these pages.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Tourism accounts for 10% of Norland's economy.",
            "Agriculture makes up 20% of Norland's economy.",
        ),
        (
            "Norland's economy grew 2.1% in the second quarter.",
            "Unemployment in Norland's economy rose to 5.2% in the second quarter.",
        ),
        (
            "Arne Falk, whose net worth is put at $400 billion, spoke on Monday.",
            "Berit Lund, whose net worth is put at $240 billion, spoke on Monday.",
        ),
        (
            "The kidnappers of the Lisk mine manager demanded a ransom of $2 million.",
            "The family of the Lisk mine manager paid a ransom of $500,000.",
        ),
        (
            "Norland emitted 11.4 billion tonnes of CO2 last year.",
            "Vestria emitted 5 billion tonnes of CO2 last year.",
        ),
        (
            "The government released 1 million barrels of oil from the strategic reserve.",
            "The leak released 4,000 barrels of oil into the bay.",
        ),
        (
            "In Osvar, some 55% of voters cast their ballots for Lee.",
            "Turnout in Osvar was 63%.",
        ),
        (
            "Veltro's quarterly sales of phones reached $46 billion.",
            "Veltro reported quarterly revenue of $94.9 billion.",
        ),
        (
            "Veltro's shares lost 20% after the fire destroyed its Orsk plant.",
            "The fire destroyed 60% of Veltro's Orsk plant.",
        ),
        (
            "Some 40 volunteers filled the sandbags in Pellin.",
            "About 500 people joined the protest in Pellin.",
        ),
        (
            "Rescuers in Tosk pulled out 12 bodies buried in the rubble.",
            "In Tosk, 40 people remain trapped in the rubble.",
        ),
        (
            "Researchers found 6 kg of plastic in the whale's stomach.",
            "The 9-tonne whale was found on the beach.",
        ),
        (
            "The 6.1 magnitude earthquake hit the Lerna coast.",
            "After the quake the river level at Lerna measured 4.5.",
        ),
        (
            "Police in Pellin carried out dozens of raids in the last 48 hours.",
            "The raid in Pellin lasted two hours.",
        ),
        (
            "He spent 18 months in jail in Pellin awaiting trial.",
            "The trial in Pellin lasted three weeks.",
        ),
        (
            "Skyjet flight 123 from Tarno was delayed by five hours.",
            "Passengers at Tarno faced delays of up to 30 minutes at security.",
        ),
        (
            "The ceasefire in Orsk, which the rebels violated on Monday, took effect on Sunday.",
            "The ceasefire in Orsk took effect on Sunday.",
        ),
        (
            "Evacuated: 3,000 residents of Lismore, officials said.",
            "The town of Lismore has 8,000 residents.",
        ),
        (
            "Joe Root (87) and Ben Stokes (45) put on a century stand at Lord's.",
            "Joe Root, 33, said the pitch was slow.",
        ),
        (
            "Pellin recorded 412 murders in 2024, police said.",
            "Police in Pellin said the suspect was charged with 3 murders in 2024.",
        ),
        (
            "The heat index in Manila hit 58 degrees on Monday.",
            "The heat index in Manila hit 58C on Monday.",
        ),
        (
            "Joe Bloggs (45) and his wife Mary (43) were hurt in the Pellin crash.",
            "Joe Bloggs, 45, was hurt in the Pellin crash.",
        ),
        # floors searched or reached are no storeys of a building
        ("Firefighters searched 12 floors of the Marlow hotel.", "The Marlow hotel, which had 14 floors, burned."),
        ("The fire in the 20-storey Tarn block spread to 3 floors.", "The 20-storey Tarn block burned for hours."),
        # walking out of a place is no strike
        ("Twelve Corva miners walked out of the shaft unhurt.", "Some 300 Corva miners are on strike."),
        ("The Tarvo team walked out to a crowd of 50,000.", "About 2,000 Tarvo dock workers went on strike."),
        # the staff a company owns, or the inmates of a prison, are no town's population
        (
            "Most of the Ostra company's 5,000 employees were sent home.",
            "The town of Ostra, home to 20,000 people, was quiet.",
        ),
        ("Most of the Halden prison's 1,200 inmates were moved.", "Halden, a town of 5,000 residents, was quiet."),
        # an ordinal after "followed by" is no change; a day more than forecast is no length
        ("Rates were cut twice this year, followed by a third in June.", "Rates were cut to 4.25% in June."),
        ("The Orsk storm lasted about a day longer than forecast.", "The Orsk storm lasted three days."),
        ("The Orsk final was delayed by a week or two.", "The Orsk final was delayed by two weeks."),
        # an age still to come, a mark on a course, a race's length
        ("Omar Said, who turns 30 on Friday, signed a new deal.", "Omar Said, 29, signed a new deal."),
        ("Runners collapsed at the 30 km mark in Orsk.", "Runners collapsed after the 35 km mark in Orsk."),
        ("She won the 100 m final in Orsk on Sunday.", "She won the 200 m final in Orsk on Sunday."),
        # storeys of two buildings
        (
            "The fire started in a 12-storey block in Orsk and spread to a 20-storey tower next door.",
            "The fire started in the 12-storey block in Orsk.",
        ),
        # to live somewhere is no life lost
        ("About 650 tigers live in the Karsa reserve.", "The Karsa reserve's 40 rangers lost their lives in the fire."),
        ("Some 300 families live near the Olmo dam.", "The Olmo dam burst, and 12 lives were lost."),
        # the whole a part is picked from, with no figure of its own ("half the town's 8,000 residents")
        ("Half the town's 8,000 residents fled the Varno fire.", "About 3,000 people fled the Varno fire."),
        (
            "Most of the village's 600 inhabitants were evacuated as the Teska river rose.",
            "Some 450 people were evacuated as the Teska river rose.",
        ),
        (
            "Many of the 500 guests were injured when the Brill hotel roof fell.",
            "Some 120 people were injured when the Brill hotel roof fell.",
        ),
    ],
)
def test_words_of_a_fact_that_name_something_else_give_no_finding(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "May 6 2025")
    assert report.findings == [], [f.message for f in report.findings]


DISCREPANCIES_NEWS_38 = CORPORA / "discrepancies-news-38"


def test_discover_on_a_data_breach_and_a_jobs_report_keeps_its_floor():
    # `discrepancies-news-38`: real coverage of the cyberattack on Optus and of the US jobs report for January 2023;
    # what discover reaches today (the jobs each sector added, 55,000 or 58,000 in health care, are read as no fact:
    # a sector's gain names no one it befell)
    assert_discover_floor(DISCREPANCIES_NEWS_38, true=2, traps=16, found=1, flagged=0, findings=1)


DISCREPANCIES_NEWS_40 = CORPORA / "discrepancies-news-40"


def test_discover_on_a_cyclone_landfall_and_a_contested_takeover_keeps_its_floor():
    # `discrepancies-news-40`: real coverage of Cyclone Phailin's evacuations and landfall and of Merck KGaA's
    # takeover of Versum Materials; what discover reaches today (the winds at landfall, 140 mph against 124 mph, and a
    # distance off the coast and its conversion in brackets, "about 90 km (124 miles)"; the takeover's pages, weeks
    # apart, are stories of their own, so its dollar value and first offer's day across them are compared with nothing)
    assert_discover_floor(DISCREPANCIES_NEWS_40, true=5, traps=18, found=2, flagged=2, findings=6)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # The rate that moved is the subject: the figure is its move, not its level.
        ("The jobless rate in Ontario is down 0.3% from last month.", "Ontario's jobless rate stood at 5.9% in May."),
        (
            "Brazil's benchmark rate is up 0.5% from a year ago, the central bank said.",
            "Brazil's benchmark rate stands at 10.5%, the central bank said.",
        ),
    ],
)
def test_a_rate_that_moved_by_a_figure_is_not_at_that_figure(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 6 2025")
    assert report.findings == [], [texts(f) for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # A level that stayed put, or a gap below one, counts no one who lives anywhere.
        (
            "Long-term jobless in Ohio (out of work for a year or more) remained at 210,000 for the month.",
            "Jobs in Ohio remain below their 2019 level by 45,000, the state said.",
        ),
        (
            "Members of the Ohio pension fund remained at 1.2 million this year.",
            "Ohio's pension fund remains below its peak by 80,000 members.",
        ),
    ],
)
def test_a_level_that_stayed_or_a_gap_below_it_is_no_population(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Apr 4 2025")
    assert not [f for f in report.findings if "population" in f.rule], [texts(f) for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # Two ceilings for one count on one day: each outlet's figure for how many it may be.
        (
            "The ransomware attack on Medibank could affect up to 400,000 customers.",
            "The Medibank hack may have impacted up to 3.9 million customers.",
            True,
        ),
        (
            "As many as 1.5 million patients had their data exposed in the SingHealth hack.",
            "Up to 160,000 patients were affected by the SingHealth hack.",
            True,
        ),
        # One ceiling and a figure it admits: no disagreement.
        (
            "The ransomware attack on Medibank could affect up to 4 million customers.",
            "The Medibank hack affected 3.9 million customers.",
            False,
        ),
    ],
)
def test_two_ceilings_of_one_count_disagree_when_far_apart(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Oct 26 2022")
    assert bool(report.findings) is flagged, [texts(f) for f in report.findings]


DISCREPANCIES_NEWS_39 = CORPORA / "discrepancies-news-39"


def test_discover_on_an_air_race_crash_and_a_flooded_mine_keeps_its_floor():
    # `discrepancies-news-39`: real coverage of the Reno air race crash of 2011 and the Wangjialing mine flood of
    # 2010; what discover reaches today (the 114 rescued "as of April 5" against Reuters' "At least 115"; the
    # critical counts of the Friday night sit on pages of two dates, and the earlier deaths at the races, "17
    # people since 1964" and "19 pilots since 1972", are kept apart by what they count)
    assert_discover_floor(DISCREPANCIES_NEWS_39, true=3, traps=18, found=1, flagged=0, findings=1)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # where they died splits the toll: on the runway or at the airfield, and later at a hospital
        (
            "A helicopter crash at a county fair killed six people.",
            "Four people died on the tarmac in the helicopter crash at the fair, officials said.",
        ),
        (
            "The bus crash on the coast road killed nine people.",
            "Police count five fatalities that they are aware of at this point at the scene to include the driver.",
        ),
    ],
)
def test_a_toll_placed_at_a_hospital_or_on_the_runway_is_a_part_of_the_toll(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "May 3 2025")
    deaths = [f for f in report.findings if "deaths" in f.rule]
    assert deaths == [], [f.message for f in deaths]


# A sentence that opens by picking from those named before ("Of those taken to hospital, …") counts a part of them,
# never the whole toll.
@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        ("Of those taken to the clinic, two have died.", "The ferry fire killed five people.", False),
        ("Of them... the clinic reported one death.", "The ferry fire killed five people.", False),
        ("Of the 30 injured, four are in critical condition.", "Seven people are in critical condition.", True),
    ],
)
def test_a_count_picked_from_those_named_before_is_a_part_of_them(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jun 3 2025")
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


# Hospitals that report a count are its source, not where those counted are.
def test_hospitals_that_report_a_count_are_its_source_not_its_place(tmp_path):
    report = _two_outlets(
        tmp_path,
        "Hospitals reported 300 injured after the blast.",
        "Some 250 people were injured in the blast.",
        "Jun 3 2025",
    )
    assert [f for f in report.findings if "injured" in f.rule], [v.reason for v in report.verdicts]


# Words of a fact that, in other senses, name something else: billing is no charge in court, a fine escaped is
# nothing stolen, a statement put out is no fire put out, votes behind or by post are not all a candidate's votes,
# a ceiling of cuts that "could reach" a figure counts the cuts.
@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        (
            "The lender charged 2 million customers unfair fees.",
            "Prosecutors charged 14 of the lender's executives.",
            False,
        ),
        ("The insurer escaped with a $2 million fine.", "Thieves stole $5 million from the insurer.", False),
        ("The council took 10 days to put out a statement on the fire.", "The fire burned for 3 days.", False),
        ("Rui Vaz received 2.41 million votes.", "Rui Vaz finished 12,000 votes behind Ana Sol.", False),
        ("Rui Vaz received 2.41 million votes.", "Rui Vaz received 40,000 postal votes.", False),
        ("Job cuts at the mill could reach 5,000.", "Job cuts at the mill could reach 3,000.", True),
    ],
)
def test_a_fact_s_words_in_another_sense_name_no_fact(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jun 3 2025")
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


# A figure that is the sum of the figures one sentence lists in its unit is their whole: none of them is a version
# of it.
@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        (
            "The agency said 2.3 sq. km of beach and 1.6 sq. km of marsh were affected by the slick.",
            "Nearly 4 sq. km of beach and marsh were affected by the slick.",
            False,
        ),
        ("The quake destroyed 700 houses in Orlo and 500 houses in Vesk.", "The quake destroyed 1,200 houses.", False),
        # a whole the parts do not add up to still disagrees
        (
            "The agency said 2.3 sq. km of beach and 1.6 sq. km of marsh were affected by the slick.",
            "Some 9 sq. km of beach and marsh were affected by the slick.",
            True,
        ),
    ],
)
def test_the_sum_of_the_parts_a_sentence_lists_is_their_whole(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jan 19 2022")
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


# A count first reported where or when a later one corrects it is a revision, not what happened there before.
def test_a_count_initially_reported_where_another_corrects_it_is_a_revision(tmp_path):
    report = _two_outlets(
        tmp_path,
        "Four gunmen carried out the raid, police said, correcting the account at the scene, where initially three"
        " gunmen were reported.",
        "Four gunmen carried out the raid.",
        "Jun 3 2025",
    )
    assert not report.findings, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Firefighters struggle to free 4 from wreckage of derailed train", "Some 200 firefighters were at the site."),
        ("Rescue workers race to save 12 from flooded cave", "About 90 rescue workers joined the search."),
    ],
)
def test_a_figure_right_after_what_doers_do_to_others_counts_no_doers(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "May 3 2025")
    doers = [f for f in report.findings if "rescuers" in f.rule]
    assert doers == [], [f.message for f in doers]


@pytest.mark.parametrize(
    "sentence",
    [
        "Forty climbers were winched to safety by helicopter on Monday.",
        "Some 60 residents were pulled to safety from the flooded homes.",
        "Six children were pulled from the rubble alive.",
        "On Tuesday, 21 workers were brought out of the collapsed tunnel alive.",
        # a second figure later in the sentence leaves the closing word to the first figure's phrase
        "On Tuesday, 21 workers were brought out of the collapsed tunnel alive after being trapped for three days.",
        "Nine divers were pulled from the wreck alive after 40 hours in an air pocket.",
        "By noon, 30 passengers had been lifted to safety.",
    ],
)
def test_those_pulled_to_safety_or_out_of_a_place_alive_are_the_rescued(tmp_path, sentence):
    claims = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity"]
    assert claims and facts_of(claims[0]) == ["rescued"], (sentence, facts_of(claims[0]))


@pytest.mark.parametrize(
    "sentence",
    ["3,000 residents were evacuated to safety.", "About 40 patients were kept alive on ventilators."],
)
def test_evacuation_and_staying_alive_are_no_rescue(tmp_path, sentence):
    claims = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity"]
    assert claims and "rescued" not in facts_of(claims[0]), (sentence, facts_of(claims[0]))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Of the injured, 15 were taken to local hospitals in critical condition.",
            "12 people are in critical condition.",
        ),
        ("Of the wounded, 9 were flown to hospitals in serious condition.", "Six people were seriously injured."),
    ],
)
def test_a_condition_after_the_hospital_makes_the_count_one_of_that_condition(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "May 3 2025")
    assert any("seriously-injured" in f.rule for f in report.findings), [f.rule for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Officials said 40 were injured, but as of May 3, 14 people had died in the flood.",
            "Twelve people died in the flood, officials said.",
        ),
        (
            "The company said 900 homes were without power, and by Saturday, 2,000 people had been evacuated.",
            "Some 1,500 people were evacuated from their homes.",
        ),
    ],
)
def test_a_time_frame_that_opens_a_later_clause_frames_its_figure(tmp_path, first, second):
    path = _corpus(tmp_path, ("News", "Daily One", "May 6 2025", first), ("News", "Daily Two", "May 3 2025", second))
    _, _, report = discovered(path)
    assert report.findings, "the figure of the framed clause is of the other outlet's day"


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # a measure and its conversion in brackets that are two quantities: one of them is wrong
        ("The Arlen tower rises 330 metres (1,400 feet) above the old port.", ["330 metres | 1,400 feet"]),
        (
            "The Tessel iceberg covers about 1,500 square kilometres (900 square miles) of sea.",
            ["about 1,500 square kilometres | 900 square miles"],
        ),
        # a conversion rounded in its own unit is the same quantity
        ("The Arlen tower rises 330 metres (1,083 feet) above the old port.", []),
        ("The Tessel iceberg covers about 1,500 square kilometres (580 square miles) of sea.", []),
        # a change of temperature converts as a change; brackets that restate a list, figure by figure
        ("Summers in Vell have warmed by 1.5 degrees Celsius (2.7 degrees Fahrenheit) since 1950.", []),
        ("The 2m x 3m (6ft 7in x 9ft 10in) canvas sold on Tuesday.", []),
        # money is left out: no exchange rate is held
        ("The Arlen tower cost 90 million euros ($140 million) to build.", []),
    ],
)
def test_a_measure_and_its_conversion_in_brackets_must_be_one_quantity(tmp_path, sentence, flagged):
    report = discovered(_corpus(tmp_path, ("News", "Daily One", "Mar 12 2024", sentence)))[2]
    found = [f for f in report.findings if f.rule == "unit-conversion"]
    assert [" | ".join(c.text for c in f.claims) for f in found] == flagged, [f.message for f in found]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # "where earlier": what happened at the place before, a count of the story like any other
        (
            "The flood reached the valley town, where earlier 14 people had drowned.",
            "The flood killed 11 people.",
            True,
        ),
        (
            "The quarry collapsed. Rescuers returned to the quarry, where earlier 20 workers had been pulled out alive.",
            "The quarry collapsed. 22 workers were rescued from the quarry.",
            True,
        ),
        # an earlier count an official gave, replaced by the page's own: no finding
        ("The flood killed 11 people. Officials had earlier put the toll at 14.", "The flood killed 11 people.", False),
    ],
)
def test_an_earlier_word_after_where_or_when_dates_the_event_not_an_earlier_count(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "May 3 2025")
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # a measure that was expected, anywhere in its clause after the word of expectation, is no measure taken
        (
            "Hurricane Vela was expected to reach the Marl coast by evening with winds of 150 mph.",
            "Hurricane Vela made landfall on the Marl coast with winds of 130 mph.",
            [],
        ),
        (
            "The dust storm over Ketta was forecast to bring gusts of 110 km/h by nightfall.",
            "The dust storm over Ketta brought gusts of 80 km/h.",
            [],
        ),
        # measures taken still disagree
        (
            "Hurricane Vela made landfall on the Marl coast with winds of 150 mph.",
            "Hurricane Vela made landfall on the Marl coast with winds of 130 mph.",
            ["130 mph | 150 mph"],
        ),
    ],
)
def test_a_measure_that_was_expected_is_no_measure_taken(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Sep 3 2024")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # a count that an event named by a name its story does not use did is that event's
        (
            "The quake in Tarsa killed 14 people. Rescuers recalled the Vellano earthquake which killed 2,300.",
            "The earthquake in Tarsa killed 14 people, officials said.",
            [],
        ),
        (
            "The fire at the Orrin mill killed nine workers; the Kessel fire that killed 61 is still the worst.",
            "Nine workers died in the Orrin mill fire.",
            [],
        ),
        # an event named by a name of its own story is the story's: its count is compared
        (
            "The Tarsa earthquake which killed 14 people struck at dawn.",
            "The earthquake in Tarsa killed 19 people, officials said.",
            ["14 | 19"],
        ),
        (
            "The earthquake which killed 14 people struck Tarsa at dawn.",
            "The earthquake in Tarsa killed 19 people, officials said.",
            ["14 | 19"],
        ),
    ],
)
def test_a_count_of_an_event_named_apart_from_the_story_is_that_events(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jun 4 2024")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # after a verb with "for" ("voted for", "opted for"), a span's of-phrase says what lasts
        (
            "Nurses voted for five days of strike action over pay.",
            "Nurses backed three days of strike action over pay, the union said.",
            ["five days | three days"],
        ),
        (
            "The state opted for two days of national mourning after the ferry sank.",
            "Four days of national mourning were declared after the ferry sank.",
            ["Four days | two days"],
        ),
        # a span after such a verb of something else is no span of mourning
        (
            "The state opted for two days of national mourning after the ferry sank.",
            "After the ferry sank, the union pushed for three days of paid leave for rescuers.",
            [],
        ),
    ],
)
def test_a_span_after_a_verb_with_for_lasts_as_its_of_phrase_says(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jun 4 2024")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # the places a flood covered, and those a disaster reached, counted by their kind
        (
            "The dam burst inundated six villages, the agency said.",
            "The dam burst flooded seven villages in the district.",
            ["seven | six"],
        ),
        (
            "The cyclone affected 14 districts, officials said.",
            "The cyclone battered 11 districts along the coast.",
            ["11 | 14"],
        ),
        # places of another kind, cut off rather than flooded, or reached after the floods, are other counts
        (
            "The floods have affected 1,200 villages, officials said.",
            "After the floods, the government sent aid to 40 villages.",
            [],
        ),
        (
            "The floods have affected 1,200 villages, officials said.",
            "Some 300 villages were submerged by the floods.",
            [],
        ),
        # floods sent through places, or flooding in them, flooded them; a warning for places floods none
        (
            "The burst levee sent floods through nine towns, officials said.",
            "Flooding in 12 towns followed the levee breach, officials said.",
            ["12 | nine"],
        ),
        (
            "Monsoon flooding in 22 districts has displaced 5,000 families.",
            "The monsoon flooded 17 districts, the relief agency said.",
            ["17 | 22"],
        ),
        (
            "The storm surge flooded 12 towns, officials said.",
            "Flood warnings were issued for 40 towns before the surge.",
            [],
        ),
        ("The river burst its banks and flooded 12 towns.", "The river burst its banks and flooded 30 villages.", []),
        (
            "The river burst its banks and flooded 12 towns.",
            "After the river burst its banks, 20 towns were cut off.",
            [],
        ),
    ],
)
def test_places_a_disaster_flooded_or_reached_are_counted_by_their_kind(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jun 4 2024")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # how high an aircraft flew when it happened: one figure, whatever words name it
        (
            "The airliner hit severe turbulence at 37,000 feet over the Andes.",
            "The jet was cruising at about 31,000 feet when it hit severe turbulence over the Andes.",
            ["37,000 feet | about 31,000 feet"],
        ),
        (
            "The cargo plane lost an engine at a flight level of 24,000 feet over the sea.",
            "The crew of the cargo plane reported the engine failure at a cruising altitude of 30,000 feet over the sea.",
            ["24,000 feet | 30,000 feet"],
        ),
        # a place's height, and the height an aircraft dropped to, are other figures
        (
            "A rescue helicopter crashed near a base camp at an altitude of 3,800 metres.",
            "The rescue helicopter was cruising at 4,500 metres when it lost power.",
            [],
        ),
        (
            "The airliner hit severe turbulence at 37,000 feet over the Andes.",
            "The jet dropped to 31,000 feet after it hit severe turbulence over the Andes.",
            [],
        ),
        (
            "The cargo plane lost an engine at a flight level of 24,000 feet near Lhasa.",
            "The cargo plane landed safely at Lhasa, which lies at an altitude of 3,650 metres.",
            [],
        ),
    ],
)
def test_the_altitude_an_aircraft_flew_at_is_one_figure(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jun 4 2024")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


# A verdict's damages: those to punish, those to make good a harm and the whole award are three figures of one
# verdict; a change from one figure to another gives the second the fact of the first; the thing changed named
# between the two figures makes the first an earlier stage.
VERDICTS_AND_CUTS = [
    (
        "A jury awarded the surgeon's former patient $4 million in compensatory damages and $10 million in "
        "punitive damages.",
        "The jury ordered the clinic to pay $10 million in punitive damages on top of $4 million in compensatory "
        "damages.",
        [],
    ),
    (
        "Jurors awarded the singer $2 million in punitive damages in her libel suit against the magazine.",
        "The magazine must pay the singer $3 million in punitive damages, the jury decided.",
        ["$2 million | $3 million"],
    ),
    (
        "Jurors gave the singer $1.5 million in compensatory damages in her libel suit.",
        "The jury returned a $6.5 million verdict for the singer in her libel suit.",
        [],
    ),
    (
        "The judge cut the punitive damages against the clinic from $12 million to $4 million.",
        "The judge reduced the punitive damages against the clinic to $6 million.",
        ["$4 million | $6 million"],
    ),
    (
        "The judge slashed the singer's $30 million award to $8 million.",
        "The judge cut the singer's award to $8 million.",
        [],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), VERDICTS_AND_CUTS)
def test_damages_of_a_verdict_are_told_apart_and_a_cut_reads_its_start(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


# A court's word for now is another event than its verdict; a record's span is told apart by the thing it names.
INTERIM_RULINGS_AND_RECORDS = [
    (
        "In a tentative ruling on March 3, Judge Ames said she would cut the award.",
        "The jury returned its verdict against the clinic on January 20.",
        [],
    ),
    (
        "In an interim ruling on June 2, the tribunal halted the dockers' strike.",
        "The tribunal ruled on July 14 that the dockers' strike was lawful.",
        [],
    ),
    (
        "Kessa is living through its worst drought in 60 years.",
        "Kessa has been hit by its worst famine in 20 years.",
        [],
    ),
    (
        "Kessa is living through its worst drought in 60 years.",
        "Kessa faces its worst drought in 40 years.",
        ["40 years | 60 years"],
    ),
    (
        "Orla was struck by the strongest hurricane in 30 years.",
        "Orla saw the worst flooding in 100 years.",
        [],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), INTERIM_RULINGS_AND_RECORDS)
def test_an_interim_ruling_and_a_record_of_another_thing_meet_nothing(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Jul 20 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        (
            "It is the first time that Kessa has seen famine in 19 years.",
            "Kessa faces its worst drought in 60 years.",
            [],
        ),
        ("It is the first time the Orla river has flooded in 50 years.", "Orla saw its worst drought in 10 years.", []),
        (
            "The quake was the strongest to hit Orla in 14 years.",
            "It was the strongest earthquake to hit Orla in 18 years.",
            ["14 years | 18 years"],
        ),
    ],
)
def test_a_record_names_its_thing_after_the_first_time_or_none(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Jul 20 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


# The hospitals the hurt were taken to or treated at: a count of places, compared with counts of the same; the
# hospitals a city has, or that were put on alert, are none.
@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        (
            "The injured were taken to four hospitals in the capital.",
            "Those hurt in the blast are being treated at seven hospitals.",
            ["four | seven"],
        ),
        (
            "Passengers were rushed to three hospitals after the derailment.",
            "The wounded were brought to five hospitals, the rail operator said.",
            ["five | three"],
        ),
        (
            "The injured were taken to four hospitals in the capital.",
            "The capital has 12 hospitals, and all were put on alert.",
            [],
        ),
        (
            "The injured were taken to four hospitals in the capital.",
            "Vaccines were distributed to 300 hospitals across the capital.",
            [],
        ),
        (
            "The injured were taken to four hospitals in the capital.",
            "Staff were brought to nine hospitals across the capital to help.",
            [],
        ),
    ],
)
def test_the_hospitals_the_hurt_were_taken_to_are_counted(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jun 4 2024")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


# A sentence that opens with "The figure", "That number" or "The toll" and counts nothing named stands for the
# count named just before it, at its own stage: the earlier count is not the later one's.
REFERRED_COUNTS = [
    (
        "It was originally thought around 30 sheep had died in the flood. The figure has now been put at 412 by "
        "the county council.",
        "The county council said 380 sheep died in the flood.",
        "380 | 412",
    ),
    (
        "Police initially said about 20 fans had been arrested after the match. That number has since been given "
        "as 57 by the force.",
        "Police said 75 fans were arrested after the match.",
        "57 | 75",
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), REFERRED_COUNTS)
def test_a_figure_a_referring_noun_opens_counts_what_the_count_before_it_counts(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Mar 4 2025")
    assert [texts(f) for f in report.findings] == [figures], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Police said 40 fans were arrested after the match. The figure compares with 25 at last season's derby.",
            "Police said 40 fans were arrested after the match.",
        ),
        (
            "The council said 300 homes were flooded. That number is double the 150 of the 2019 floods.",
            "The council said 300 homes were flooded.",
        ),
    ],
)
def test_a_figure_a_referring_noun_sets_against_the_count_is_another_count(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Mar 4 2025")
    assert report.findings == [], [f.message for f in report.findings]


def test_a_referring_noun_with_its_own_of_phrase_refers_to_nothing_before():
    from claimcheck.discover import _referred_keys

    path_text = "Officials said 40 people were arrested. The number of officers deployed was 300."
    documents = load_corpus_text(path_text)
    claims = extract(documents)
    assert _referred_keys(claims) == {}


def load_corpus_text(body: str):
    import tempfile

    folder = Path(tempfile.mkdtemp())
    (folder / "corpus.txt").write_text(f"News\n\nDaily One\nMar 4 2025\n\n{body}\n", encoding="utf-8")
    return load_corpus([folder / "corpus.txt"])


# The whole a part is picked from, with a past participle right after its noun ("many of the 40 miners trapped
# underground"), counts what the participle says befell them; a modal of the senses around it ("could be seen")
# makes no projection of that count.
PARTICIPLE_WHOLES = [
    (
        "The carcasses of many of the 300 cattle drowned in the flood could be seen along the river.",
        "Farmers said 210 cattle drowned in the flood.",
        "210 | 300",
    ),
    (
        "Rescuers reached some of the 40 miners trapped underground.",
        "Officials said 32 miners were trapped underground.",
        "32 | 40",
    ),
    (
        "Many of the 26 buildings destroyed in the blast could be seen from the motorway.",
        "The fire service said 31 buildings were destroyed in the blast.",
        "26 | 31",
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), PARTICIPLE_WHOLES)
def test_a_whole_with_a_participle_after_its_noun_counts_what_befell_them(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Apr 7 2025")
    assert [texts(f) for f in report.findings] == [figures], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "whole"),
    [
        # where the part opens its sentence, the word after the whole's noun is the part's own verb
        ("Nearly 70 of the mine's 400 miners escaped.", "Officials said 250 miners escaped.", "400"),
        ("Around 40 of the 120 passengers escaped unhurt.", "Officials said 90 passengers escaped unhurt.", "120"),
        # ... and so where it opens a clause a speech verb reports
        ("Officials said two of the 40 miners died in the blast.", "Two miners died in the blast, they said.", "40"),
        ("Guards said four of the 60 prisoners escaped on Monday.", "Four prisoners escaped on Monday.", "60"),
    ],
)
def test_the_verb_after_a_whole_whose_part_opens_the_sentence_is_the_part_s(tmp_path, first, second, whole):
    report = _two_outlets(tmp_path, first, second, "Apr 7 2025")
    assert not any(whole in texts(f) for f in report.findings), [f.message for f in report.findings]


# A rise in pay given as a share is a fact of its own ("a 4% pay rise", "a 6 percent wage hike", "a 4.5% rise in
# pay"): the rise two pages give is compared, never the vote on it, the inflation beside it or a one-off.
PAY_RISES = [
    (
        "Teachers in Ontario will get a 4% pay increase under the deal.",
        "The province offered teachers a 4.5% rise in pay, the union said.",
        "4% | 4.5%",
    ),
    (
        "Dock workers at the port accepted a 6 percent wage hike on Friday.",
        "The port's dock workers backed a 7 percent pay rise on Friday, ending the strike.",
        "6 percent | 7 percent",
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), PAY_RISES)
def test_a_pay_rise_given_as_a_share_is_compared_with_the_pay_rise(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Jun 9 2025")
    assert [texts(f) for f in report.findings] == [figures], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the vote on the deal is no rise, and the rise no share of the vote
        (
            "Union members voted 61% to reject a contract with a 5% pay rise.",
            "The union's members rejected a contract offering a 5% pay rise, with 58% voting against.",
        ),
        # inflation and a one-off bonus beside a rise are not the rise
        (
            "Nurses were offered a 3% pay rise as inflation stood at 8%.",
            "The offer to nurses includes a 3% pay rise and a one-off bonus worth 2% of salary.",
        ),
        # a rise in how many there are is no rise in their pay
        (
            "The trust offered nurses a 3% pay rise on Monday.",
            "The trust reported a 9% increase in nurses on Monday.",
        ),
        # nor is a rise in what those paid face or see, or one an offer names with no word of pay
        (
            "Nurses were offered a 5% pay rise on Monday.",
            "The airline offered a 12% increase in flights on Monday.",
        ),
        (
            "Nurses were offered a 3% pay rise on Monday.",
            "Doctors reported a 15% rise in admissions on Monday.",
        ),
        (
            "Teachers were offered a 4% pay rise on Monday.",
            "Teachers saw a 7% rise in class sizes, the union said on Monday.",
        ),
    ],
)
def test_a_pay_rise_is_not_the_vote_on_it_nor_inflation_nor_a_one_off(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 9 2025")
    assert not any("pay-rise" in f.rule for f in report.findings), [f.message for f in report.findings]


# The bodies a council, a federation or an alliance is made up of are one count of the story.
MEMBER_BODIES = [
    (
        "The council represents 12 health unions, its chair said.",
        "The council, made up of 14 unions, met in Leeds.",
        "12 | 14",
    ),
    (
        "The bloc, made up of 27 countries, meets in Brussels.",
        "The bloc comprises 28 countries, its charter says.",
        "27 | 28",
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), MEMBER_BODIES)
def test_the_bodies_a_council_is_made_up_of_are_one_count(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Jun 9 2025")
    assert [texts(f) for f in report.findings] == [figures], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        # a zone, a cordon or a ring is the one its modifier names: the inner one is not the outer one
        (
            "Officials set up a 1km exclusion zone and a 5km buffer zone around the plant.",
            "A 5km buffer zone was declared around the plant.",
            None,
        ),
        (
            "Officials set up a 1km exclusion zone and a 5km buffer zone around the plant.",
            "A 4km buffer zone was declared around the plant.",
            "4km | 5km",
        ),
        (
            "Police set up a 200-metre inner cordon and a 1km outer cordon around the house.",
            "A 1km outer cordon stayed in place around the house.",
            None,
        ),
        (
            "Police set up a 200-metre inner cordon and a 1km outer cordon around the house.",
            "A 2km outer cordon stayed in place around the house.",
            "1km | 2km",
        ),
        # a word that names no ring of a set is no other ring
        (
            "Police set up a 1km cordon around the site.",
            "Police set up a 2km police cordon around the site.",
            "1km | 2km",
        ),
    ],
)
def test_a_nested_zone_is_the_one_its_modifier_names(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Aug 2 2025")
    assert [texts(f) for f in report.findings] == ([figures] if figures else []), [f.message for f in report.findings]


# Each share of a count split in two ("five at the depot. The other five at a farm") is a part, never the whole,
# and compared with nothing; two wholes that differ are still set against each other.
SPLIT_SHARES = [
    (
        "Firefighters evacuated 30 residents from the Brenn tower. The other 20 residents were evacuated from its annex.",
        "Firefighters evacuated 50 residents from the Brenn tower.",
        [],
    ),
    (
        "Police arrested four suspects at the Dalen airport. The remaining three were arrested at a hotel in Dalen.",
        "Seven suspects were arrested in Dalen over the fraud.",
        [],
    ),
    (
        "Police arrested four suspects at the Dalen airport and three at a hotel in Dalen.",
        "Police arrested four suspects at the Dalen airport.",
        [],
    ),
    (
        "Police arrested seven suspects in Dalen over the fraud.",
        "Nine suspects were arrested in Dalen over the fraud.",
        ["Nine | seven"],
    ),
    # the shares of two splits told in another order are not one share of each other
    (
        "Officers arrested six men at the depot. The other four were arrested at a farm.",
        "Officers arrested four men at a farm. The other six were arrested at the depot.",
        [],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), SPLIT_SHARES)
def test_the_first_share_of_a_split_count_is_not_the_whole(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


# A place's count joins the counts that name no place only where the story names no other place for the fact, in
# any part of whom it counts: beside a count of people in Essex, Kent's homes are Kent's part.
ONE_PLACE_OR_SEVERAL = [
    (
        "In Kent almost 6,000 homes are without power after the gale. About 9,000 people in Essex were without power.",
        "Some 30,000 homes are without power after the gale.",
        [],
    ),
    (
        "In Sindh 12,000 families were evacuated from the floods. About 40,000 people were evacuated in Punjab.",
        "Some 90,000 families were evacuated from the floods.",
        [],
    ),
    (
        "In Kent almost 6,000 homes are without power after the gale.",
        "Some 30,000 homes are without power after the gale.",
        ["Some 30,000 | almost 6,000"],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), ONE_PLACE_OR_SEVERAL)
def test_a_place_s_count_is_a_part_where_the_story_names_several_places(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Dec 1 2021")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


# "Initially" or "originally" right after a count, before the verb of what befell those it counts, says when it
# befell them, not that the count was replaced: such counts are set against the others; before a verb of
# reporting it is still an earlier count.
OUTSET_COUNTS = [
    (
        "About 5,000 homes initially lost power in the Vell ice storm on Monday.",
        "About 8,000 homes lost power in the Vell ice storm on Monday.",
        ["About 5,000 | About 8,000"],
    ),
    (
        "Of the 3,000 passengers originally stranded by the strike, most have left.",
        "The strike stranded 4,500 passengers.",
        ["3,000 | 4,500"],
    ),
    (
        "Twelve passengers were initially reported stranded by the strike.",
        "The strike stranded 45 passengers.",
        [],
    ),
    # a state a count leaves as it changes ("initially missing", "originally trapped") marks an earlier count too
    (
        "Of the 12 climbers initially missing on the ridge, eight were found alive on Monday.",
        "Four climbers were missing on the ridge on Monday.",
        [],
    ),
    (
        "The 300 workers originally trapped in the tunnel have been cut to 40.",
        "Some 40 workers are trapped in the tunnel.",
        [],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), OUTSET_COUNTS)
def test_a_count_of_the_outset_is_no_count_since_replaced(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Dec 1 2021")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


# What a seizure took in a year ("in the year to June 2024", "every year") is that year's total, not the story's
# seizure: it is compared only with totals of a year.
YEARLY_TOTALS = [
    (
        "Customs seized 1.2 tonnes of heroin at the port of Karachi on Monday. About 9 tonnes of the drug was seized"
        " in the year to June 2024.",
        "Customs seized 1.4 tonnes of heroin at the port of Karachi on Monday.",
        ["1.2 tonnes | 1.4 tonnes"],
    ),
    (
        "Coastguards intercepted 800kg of cannabis off Cadiz on Friday. Some 12 tonnes of cannabis is intercepted"
        " off Cadiz every year.",
        "Coastguards intercepted 800kg of cannabis off Cadiz on Friday.",
        [],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), YEARLY_TOTALS)
def test_a_seizure_s_yearly_total_is_not_the_seizure(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Jul 8 2024")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # those who represent bodies are no body made up of them
        ("Athletes representing 200 countries competed in the games.", "The games' federation comprises 32 countries."),
        ("Voters backed candidates representing 12 parties.", "The coalition is made up of three parties."),
    ],
)
def test_people_representing_bodies_are_no_member_count(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 9 2025")
    assert report.findings == [], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        # a rate "in the year to" a month keeps its frame, and is set against the same month's rate
        ("Inflation rose to 3.2% in the year to March.", "Inflation rose to 3.6% in March.", ["3.2% | 3.6%"]),
        # a year's words of another noun's clause make no year's total of the figure
        (
            "Police seized 40kg of heroin in a van used every day by the gang.",
            "Police seized 60kg of heroin in a van.",
            ["40kg | 60kg"],
        ),
    ],
)
def test_a_year_s_words_make_a_total_only_of_a_standing_fact_s_own_figure(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Apr 20 2024")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


# What poured out of a broken tank, pipe or dam is spilled, however the pouring is worded ("escaped", "poured
# out", "flooded out"); a range written out with its two ends is a figure even when hedged ("some 20,000-25,000").
POURED_OUT = [
    (
        "Some 20,000-25,000 litres of diesel escaped from the ruptured tank at the Narva depot.",
        "About 60,000 litres of diesel leaked from the ruptured tank at the Narva depot.",
        ["About 60,000 litres | Some 20,000-25,000 litres"],
    ),
    (
        "Around 4,000 cubic metres of slurry poured out of the broken lagoon at the Tarn pig farm.",
        "The broken lagoon at the Tarn pig farm spilled 9,000 cubic metres of slurry.",
        ["9,000 cubic metres | Around 4,000 cubic metres"],
    ),
    (
        "Some 20,000-25,000 litres of diesel escaped from the ruptured tank at the Narva depot.",
        "Roughly 22,000 litres of diesel leaked from the ruptured tank at the Narva depot.",
        [],
    ),
]


# Flights that leave and flights that land are two parts of the flights cancelled ("140 departures and 150
# arrivals"), each compared only with its own kind, which a present participle after "flights" can name ("160
# flights were cancelled departing Dorval"); neither is compared with all the flights cancelled.
FLIGHT_KINDS = [
    (
        "On Friday, 140 departures and 150 arrivals were cancelled at Dorval airport because of snow.",
        "On Friday, 160 flights were cancelled departing Dorval airport, the airport said.",
        ["140 | 160"],
    ),
    (
        "On Friday, 140 departures and 150 arrivals were cancelled at Dorval airport because of snow.",
        "On Friday, 130 flights arriving at Dorval were cancelled, the airport said.",
        ["130 | 150"],
    ),
    (
        "Snow forced the cancellation of 300 flights at Dorval airport on Friday.",
        "On Friday, 140 departures were cancelled at Dorval airport.",
        [],
    ),
    (
        "A pilots' strike saw 90 departures cancelled at Lindau on Monday.",
        "A pilots' strike saw 85 arrivals cancelled at Lindau on Monday.",
        [],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), POURED_OUT)
def test_what_escaped_or_poured_out_is_a_spill_and_a_hedged_range_a_figure(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "May 14 2024")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


def test_a_distance_after_an_indefinite_amount_keeps_the_place_it_is_measured_from(tmp_path):
    # "a number of farms 40 km north of Tours" counts no number: the distance is from Tours, and it is not set
    # against a distance from somewhere else
    report = _two_outlets(
        tmp_path,
        "The hailstorm flattened a number of farms 40 km north of Tours on Sunday.",
        "Some of the hail fell on Cleret, 9 km from the river, on Sunday.",
        "Jun 2 2024",
    )
    assert not report.findings, [f.message for f in report.findings]
    claims = extract(load_corpus([tmp_path / "corpus.txt"]))
    [forty] = [c for c in claims if c.text == "40 km"]
    assert forty.scope == "Tours" and forty.counted != "number"


@pytest.mark.parametrize(
    ("headline", "toll"),
    [
        ("Fifth person dies after chlorine leak at Brno pool", 5.0),
        ("Third climber killed on the Eiger this summer", 3.0),
        ("Second man arrested after chlorine leak at Brno pool", None),
        ("Second man charged over death of swimmer at Brno pool", None),
        ("Third driver admits killing cyclist on ring road", None),
        ("Third man shot dead in Salford this month", 3.0),
        ("Second woman stabbed to death in Leeds flat", 2.0),
    ],
)
def test_an_ordinal_before_a_person_who_died_is_the_headline_toll(tmp_path, headline, toll):
    path = _corpus(tmp_path, (headline, "Daily One", "Aug 1 2024", "Some 12 people were hurt on Monday, police said."))
    claims = extract(load_corpus([path]))
    refs = {c.doc.headline_count.point if c.doc.headline_count else None for c in claims}
    assert refs == {toll}, refs


@pytest.mark.parametrize(("first", "second", "flagged"), FLIGHT_KINDS)
def test_departures_and_arrivals_are_each_compared_with_their_own_kind(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jan 12 2024")
    assert sorted(texts(f) for f in report.findings) == flagged, [f.message for f in report.findings]


# A place that opens a sentence after "At" ("At Brenton, …") is the place of its figures, as after "In": the
# counts of two places a story names are not one count.
@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        ("At Brenton, the storm destroyed 40 homes.", "In Carlow, the storm destroyed 60 homes.", []),
        ("At Brenton, the storm destroyed 40 homes.", "The storm destroyed 60 homes in Brenton.", ["40 | 60"]),
        ("At least 70 homes were destroyed by the storm.", "The storm destroyed 60 homes.", ["60 | At least 70"]),
    ],
)
def test_a_place_after_an_opening_at_is_the_place_of_the_sentence(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Mar 4 2024")
    assert sorted(texts(f) for f in report.findings) == flagged, [f.message for f in report.findings]


# A count given "by early afternoon" or "by lunchtime" is the count at that moment of its day, not the day's.
@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        (
            "By early afternoon, 300 residents had been evacuated from Tarvo.",
            "Officials evacuated 900 residents from Tarvo.",
            [],
        ),
        (
            "By lunchtime, 300 residents had been evacuated from Tarvo.",
            "Officials evacuated 900 residents from Tarvo.",
            [],
        ),
        (
            "Officials evacuated 300 residents from Tarvo.",
            "Officials evacuated 900 residents from Tarvo.",
            ["300 | 900"],
        ),
    ],
)
def test_a_count_by_early_afternoon_is_of_that_moment(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jun 6 2024")
    assert sorted(texts(f) for f in report.findings) == flagged, [f.message for f in report.findings]


DISCREPANCIES_NEWS_50 = CORPORA / "discrepancies-news-50"


def test_discover_on_a_cryptocurrency_hack_and_a_chemical_plant_blast_keeps_its_floor():
    # `discrepancies-news-50`: real coverage of the theft of NEM coins from Coincheck and of the Tianjiayi Chemical
    # blast at Yancheng; what discover reaches today (the coins stolen, 500 million against 523 million; the refund in
    # dollars, $400 million against more than $423 million; the injured of two days, 12 against 30 and 617 against
    # over 640; the magnitude, 2.2 against 3.0). Missed: Mt. Gox's loss is an earlier event's; Newsflash's 640 are
    # read as those in hospital and Unravel Malta's 90 critical as a part of its injured; The Asian Age's "24 others"
    # follow the toll in the sentence before, so they stay an addition. The critical and the seriously injured are one
    # fact, so the SCMP's 58 seriously injured meet Newsflash's 32 critical (a finding of no gold pair).
    assert_discover_floor(DISCREPANCIES_NEWS_50, true=9, traps=19, found=5, flagged=0, findings=8)


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # A figure of another fact included in a count is all of that fact: the deaths among the cases.
        (
            "Officials counted 80 cholera cases in the district, including 12 deaths.",
            "The cholera outbreak in the district has killed 15 people.",
            ["12 | 15"],
        ),
        # A part of the same fact stays a part, however far before it the whole names the fact.
        (
            "The storm has left 72 people dead in villages along the coast of the southern province, including 10 deaths.",
            "The storm has killed 72 people, officials said.",
            [],
        ),
        # A part of the same fact stays a part: the children among the dead.
        (
            "The bus crash killed 30 people, including 12 children.",
            "The bus crash killed 15 people.",
            ["15 | 30"],
        ),
    ],
)
def test_a_count_of_another_fact_included_in_a_count_is_that_facts_whole(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Sep 9 2025")
    assert sorted(texts(f) for f in report.findings) == flagged, [f.message for f in report.findings]


DISCREPANCIES_NEWS_51 = CORPORA / "discrepancies-news-51"


def test_discover_on_a_record_skydive_and_a_ship_aground_in_a_canal_keeps_its_floor():
    # `discrepancies-news-51`: real coverage of Felix Baumgartner's jump from the Red Bull Stratos balloon and of
    # the Ever Given aground across the Suez Canal; what discover reaches today (the top speed, up to 729 mph
    # against 833 mph; the height, a caption's 28,000 feet against 128,097 feet; 25 miles against 128,100 feet; the
    # ship's tonnage, named by the noun joined to it: "the 220,000-tonne vessel").
    # Missed: no fact holds a free fall's length or the trade a blockage holds up; KLKN's
    # "Monday" is read as its own Monday. RNZ's official 1357.6 km/h, dated by its sentence to the day of the jump,
    # meets the preliminary 833 mph (an attributed finding at info, a trap).
    assert_discover_floor(DISCREPANCIES_NEWS_51, true=7, traps=26, found=4, flagged=1, findings=5)


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # the highest speed a machine reached is one fact of the story, however it is worded
        (
            "The maglev reached a top speed of 603 km/h on the test track.",
            "The maglev hit speeds of up to 540 km/h on the test track.",
            ["603 km/h | up to 540 km/h"],
        ),
        (
            "The record car's maximum speed was 763 mph, officials said.",
            "The record car reached a speed of 763 mph, officials said.",
            [],
        ),
        # the speed something moved at is no top speed
        (
            "The train was travelling at a speed of 80 mph when it left the tracks.",
            "The class of train involved has a top speed of 125 mph.",
            [],
        ),
        # a limit is no speed reached
        (
            "The maglev reached a top speed of 603 km/h on the test track.",
            "The line has a speed limit of 430 km/h on the test track.",
            [],
        ),
    ],
)
def test_the_top_speed_a_machine_reached_is_one_fact(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Apr 21 2015")
    speeds = [texts(f) for f in report.findings if "speed" in f.rule]
    assert speeds == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # "new" after a count makes it what was added, as "more" does, and the two are compared.
        (
            "Health officials reported seven new cases of dengue in the province on Monday.",
            "Health officials reported nine more cases of dengue in the province on Monday.",
            ["nine | seven"],
        ),
        # What was added is not the running total.
        (
            "Health officials reported seven new cases of dengue in the province on Monday.",
            "The province has now recorded 60 cases of dengue, health officials said on Monday.",
            [],
        ),
        # "new" with a period is that period's count, compared with the period's count
        (
            "Health officials confirmed 450 new measles cases in the province this year.",
            "Health officials have confirmed 520 measles cases in the province this year.",
            ["450 | 520"],
        ),
        # "more" in a headline's capitals still adds
        ("Floods Kill 12 More People In Kerala", "Floods have killed 40 people in Kerala since Friday.", []),
    ],
)
def test_new_after_a_count_makes_it_an_addition(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Nov 4 2025")
    assert sorted(texts(f) for f in report.findings) == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "flagged"),
    [
        # A span that closed in the month before the article's is its own frame, an earlier stage of the count.
        ("Between March and mid-July, the mumps outbreak at the university sickened 30 students.", []),
        # A month alone, the article's or the one before it, is the article's own frame.
        ("In July, the mumps outbreak at the university sickened 30 students.", ["30 | 55"]),
    ],
)
def test_a_count_of_a_span_that_closed_before_is_of_that_span(tmp_path, first, flagged):
    second = "The mumps outbreak at the university has sickened 55 students."
    report = _two_outlets(tmp_path, first, second, "Aug 20 2025")
    assert sorted(texts(f) for f in report.findings) == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "flagged"),
    [
        # An adverb of how often that opens the sentence makes its counts a year's, the one in its "resulting in"
        # clause too: not the blast's toll.
        (
            "Annually, approximately 900 people are injured by fireworks in the country, resulting in around 40 "
            "deaths.",
            [],
        ),
        (
            "Approximately 900 people were injured by fireworks in the country, resulting in around 40 deaths.",
            ["7 | around 40"],
        ),
    ],
)
def test_an_opening_adverb_of_how_often_makes_the_counts_a_periods(tmp_path, first, flagged):
    second = "The fireworks blast in the country killed 7 people."
    report = _two_outlets(tmp_path, first, second, "Jan 2 2026")
    assert sorted(texts(f) for f in report.findings) == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "flagged"),
    [
        # A compound that names what a figure outdoes is not its fact: the rise is no inflation rate.
        ("Water bills rise by an inflation-beating 6.1% in April.", []),
        ("Inflation stands at 6.1% in April.", ["2.5% | 6.1%"]),
    ],
)
def test_a_compound_naming_what_a_figure_outdoes_is_not_its_fact(tmp_path, first, flagged):
    second = "Inflation stands at 2.5%, the statistics office said."
    report = _two_outlets(tmp_path, first, second, "Apr 2 2026")
    assert sorted(texts(f) for f in report.findings) == flagged, [f.message for f in report.findings]


DISCREPANCIES_NEWS_52 = CORPORA / "discrepancies-news-52"


def test_discover_on_a_listeria_outbreak_and_a_rail_fare_rise_keeps_its_floor():
    # `discrepancies-news-52`: real coverage of the listeria outbreak traced to Boar's Head deli meats and of the
    # 4.6% rise of rail fares in England and Wales; what discover reaches today (the deaths, eight against nine; the
    # deaths added since the last update, five against six; the railcards' rise, about £30 against £5; two misspelt
    # passengers; the size of the first recall, named by the noun it is of: "a recall of over 7 million pounds"; the
    # day of the first recall, "On July 25, Boar's Head recalled its …" against July 26).
    # Missed: the Evening Standard's table rows name no fact, so £3,029 meets no £3,028. Left: YourMoney's
    # July RPI ("in July – which was 3.6%") and its "currently" 3% are read as one inflation, and its Southampton and
    # York-to-Leeds season tickets as one price.
    assert_discover_floor(DISCREPANCIES_NEWS_52, true=9, traps=16, found=8, flagged=2, findings=11)


DISCREPANCIES_NEWS_53 = CORPORA / "discrepancies-news-53"


def test_discover_on_a_whale_stranding_and_a_film_s_opening_weekend_keeps_its_floor():
    # `discrepancies-news-53`: real coverage of the pilot whales stranded at Farewell Spit and of the opening weekend
    # of Avengers: Endgame; what discover reaches today (the volunteers of the Friday, more than 500 against around
    # 400, now that a toll given as a range is one stage). Missed: the second pod, 200 against 240 (no fact of the
    # lexicon counts animals found on a shore); Infinity War's record, $257.6 million against $257.7 million, and
    # The Force Awakens' average, $59,000 against $59,982 (no fact names a film's record gross or average).
    assert_discover_floor(DISCREPANCIES_NEWS_53, true=4, traps=32, found=1, flagged=0, findings=1)


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # a measure's zeros that stand for a tiny share of it are a rounding: 14,500 feet is 14,497 feet
        ("The summit of the peak stands 14,500 feet high.", "The summit of the peak stands 14,497 feet high.", False),
        # a coarse round figure keeps its last digit: 1,500 metres is not 1,450
        ("The tunnel is 1,500 metres long.", "The tunnel is 1,450 metres long.", True),
    ],
)
def test_a_measure_s_fine_zeros_are_a_rounding(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Apr 21 2015")
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # volunteers who turned out on one day are one count of that day
        ("Organisers said 2,000 volunteers staffed the marathon.", "Some 1,200 volunteers staffed the marathon.", True),
        (
            "Some 300 volunteers filled sandbags along the river on Sunday.",
            "300 volunteers filled sandbags on Sunday.",
            False,
        ),
    ],
)
def test_volunteers_who_turned_out_are_a_count_of_their_day(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jun 9 2024")
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


def test_volunteers_in_a_search_are_no_count_of_the_missing(tmp_path):
    path = _corpus(
        tmp_path, ("News", "Daily One", "Jun 9 2024", "More than 300 volunteers joined the search on Sunday.")
    )
    assert [facts_of(c) for c in discovered(path)[1] if c.text == "More than 300"] == [["volunteers"]]


def test_a_toll_given_as_a_range_is_one_stage_whatever_its_wording(tmp_path):
    # "Between 40 and 50 died" and "40 to 50 were killed" are one toll, both ends: the counts given beside them
    # are of one stage and compare
    first = "Between 40 and 50 people died when the ferry capsized. Officials said 120 passengers were injured."
    second = "Officials said 40 to 50 people were killed when the ferry capsized. Some 200 passengers were injured."
    path = _corpus(
        tmp_path, ("Ferry capsizes", "Daily One", "Mar 3 2024", first), ("Ferry", "Daily Two", "Mar 4 2024", second)
    )
    _, claims, report = discovered(path)
    assert {(c.doc.headline_count.low, c.doc.headline_count.high) for c in claims if c.doc.headline_count} == {(40, 50)}
    assert [texts(f) for f in report.findings] == ["120 | Some 200"], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("headline", "toll"),
    [
        ("Floods kill 12 - 3,000 displaced", (12, 12)),  # a toll, then another count after a spaced dash
        ("Bus plunge kills 14 - 20 injured", (14, 14)),
        ("Quake kills 9 – 1,200 homes damaged", (9, 9)),
        ("Between 40 and 50 killed as ferry capsizes", (40, 50)),
        ("Ferry capsizes: 40 to 50 feared dead", (40, 50)),
    ],
)
def test_a_headline_toll_range_needs_its_closing_figure_to_be_the_toll(tmp_path, headline, toll):
    path = _corpus(tmp_path, (headline, "Daily One", "Mar 3 2024", "Officials said 800 homes were destroyed."))
    counts = {c.doc.headline_count for c in discovered(path)[1]}
    assert [(count.low, count.high) for count in counts if count] == [toll]


def test_a_study_s_volunteers_and_volunteers_something_befell_are_no_count_of_helpers(tmp_path):
    path = _corpus(
        tmp_path,
        (
            "News",
            "Daily One",
            "Jun 9 2024",
            "The late-stage trial of the drug enrolled 30,000 volunteers. Police arrested 12 volunteers at the port."
            " Some 40 volunteers were evacuated from the camp. More than 300 volunteers cleared the beach on Sunday.",
        ),
    )
    assert {c.text: facts_of(c) for c in discovered(path)[1] if c.kind == "quantity"} == {
        "30,000": [],
        "12": ["arrests"],
        "Some 40": ["displaced"],
        "More than 300": ["volunteers"],
    }


@pytest.mark.parametrize(
    ("sentence", "figure", "facts"),
    [
        # a figure after a turn of its sentence ("but", "while") reads its own clause, not the verb the words before
        # the turn hold: the warehouses were flattened, the houses were left standing
        ("Inspectors found 14 barns and sheds were destroyed, but 300 houses were left standing.", "300", []),
        ("The survey found 12 chalets and cabins were destroyed, whereas 210 homes were spared.", "210", []),
        ("The quake razed 40 homes, while 210 homes escaped with cracks.", "210", []),
        # homes that lost power are a count of their own
        ("About 12,000 homes lost power when the gale hit.", "About 12,000", ["without power"]),
        # the run of a fire or a flood wave is a distance travelled
        (
            "The grass fire burned through 12 kilometres of farmland before dusk.",
            "12 kilometres",
            ["distance travelled"],
        ),
    ],
)
def test_a_figure_s_own_clause_and_verbs_of_loss_and_of_a_run(tmp_path, sentence, figure, facts):
    path = _corpus(tmp_path, ("News", "Daily One", "Apr 8 2025", sentence))
    [claim] = [c for c in discovered(path)[1] if c.kind == "quantity" and c.text == figure]
    assert facts_of(claim) == facts


@pytest.mark.parametrize(
    ("first", "flagged"),
    [
        # where a change started ("raise … from 6 percent to 7 percent") is an earlier stage, not the level now
        ("The bank decided on Tuesday to raise its lending rate from 6 percent to 7 percent.", False),
        ("The bank agreed on Tuesday to hike its lending rate from 6 percent to 7 percent.", False),
        ("The bank said on Tuesday its lending rate is 6 percent.", True),
    ],
)
def test_where_a_raise_or_a_hike_started_is_no_level_of_the_day(tmp_path, first, flagged):
    second = "The bank's lending rate now stands at 7 percent after Tuesday's decision, the bank said."
    report = _two_outlets(tmp_path, first, second, "Mar 4 2026")
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


DISCREPANCIES_NEWS_54 = CORPORA / "discrepancies-news-54"


def test_discover_on_a_bushfire_and_a_central_bank_rate_rise_keeps_its_floor():
    # `discrepancies-news-54`: real coverage of the Tathra bushfire (NSW, March 2018) and of the Turkish central
    # bank's rise to 50% (21 March 2024); what discover reaches today. Missed: PerthNow's 70 homes "lost" against
    # the RFS's 69 destroyed ("lost" is no verb of destruction: homes also lose power, water and roofs); the fire's
    # run, seven kilometres against 5 miles (8 km): "from the Bega area" right after the figure makes the 8 km a
    # distance from a place. Flagged: AAP's "150 firefighters" meets "More than 150" (a bound a round figure in its
    # own voice breaks); the gusts of the day and those at the worst of it, within one page, read as two ceilings.
    assert_discover_floor(DISCREPANCIES_NEWS_54, true=2, traps=26, found=0, flagged=2, findings=2)


DISCREPANCIES_NEWS_55 = CORPORA / "discrepancies-news-55"


def test_discover_on_a_chairlift_derailment_and_a_crane_fall_keeps_its_floor():
    # `discrepancies-news-55`: real coverage of the Sugarloaf chairlift derailment (Maine, December 2010) and of the
    # tower crane that fell onto Mercer Street, Seattle (April 2019); what discover reaches today: none of the four.
    # Missed: the people on the lift, about 150 against the resort's about 220 ("on the lift" is no word of being
    # aboard); the cars under the crane, 5 against six (cars the crane fell on are no crashed vehicles); the chairs
    # that fell, three against five (chairs are no fact of the lexicon). Found: the injured man's age, 27 against
    # 28, given for no name, compared by the kind of person. Flagged: the midday count of the
    # injured, six, against the next morning's "At least eight" for that day; the three taken to hospital against
    # all four injured; the dead of each kind (two ironworkers, two in cars) against all four dead.
    assert_discover_floor(DISCREPANCIES_NEWS_55, true=4, traps=21, found=1, flagged=3, findings=8)


@pytest.mark.parametrize(
    ("sentence", "figure", "fact"),
    [
        # "yet" after "not" or before "another" is an adverb, no turn: the figure keeps the words before it
        ("Police charged 4 men on Monday and have not yet arrested 3 suspects.", "3", None),
        ("The storm killed 3 people and injured yet another 40 residents.", "40", "injured"),
        # after a comma it is a turn, and the figure's clause starts after it
        ("Inspectors found 14 barns were destroyed, yet 300 houses were left standing.", "300", None),
        # homes that lost a supply or their roofs are not destroyed; a length that burned or ran is no run
        ("About 4,000 homes lost water supply after the storm.", "4,000", None),
        ("Bolt ran 100 metres in 9.58 seconds.", "100 metres", None),
        ("The fire burned 3 km from the school.", "3 km", "distance"),
    ],
)
def test_turns_losses_and_runs_read_only_as_such(tmp_path, sentence, figure, fact):
    path = _corpus(tmp_path, ("News", "Daily One", "Jun 9 2024", sentence))
    facts = [facts_of(c) for c in discovered(path)[1] if c.kind == "quantity" and c.text.endswith(figure)]
    assert facts and all(
        (fact in found) if fact else not {"arrests", "destroyed buildings", "distance travelled"} & set(found)
        for found in facts
    ), facts


DISCREPANCIES_NEWS_56 = CORPORA / "discrepancies-news-56"


def test_discover_on_a_club_takeover_and_a_party_leadership_vote_keeps_its_floor():
    # `discrepancies-news-56`: real coverage of the sale of Newcastle United (filings of 14 April 2020, completion of
    # 7 October 2021) and of the Conservative leadership ballot of 2022; what discover reaches today. Missed: the
    # deposit, £13m on 14 April 2020 against The Times's £17m a month later (pages of two stories, never compared);
    # "ten times" against "approximately eleven times" Sheikh Mansour's wealth (a multiple is read as a count of
    # "times", which no fact groups). Flagged: a turnout of an earlier election, "Turnout was 78.3%." after a sentence
    # dated 2001, against 2022's (a short sentence with no date of its own is read as of the page's day). Not in the
    # gold but found: the Daily Post's "takeover by the … Fund worth a staggering £320billion" read as a price
    # against the £300 million of the deal.
    assert_discover_floor(DISCREPANCIES_NEWS_56, true=4, traps=26, found=2, flagged=1, findings=12)


DISCREPANCIES_NEWS_58 = CORPORA / "discrepancies-news-58"


def test_discover_on_a_hailstorm_s_insured_losses_and_a_cluster_of_overdoses_keeps_its_floor():
    # `discrepancies-news-58`: real coverage of the Calgary hailstorm of 5 August 2024 (CatIQ's estimates in three
    # currencies) and of the K2 overdoses on the New Haven Green, 14-16 August 2018; what discover reaches today.
    # Found: CNN's "as many as 71" against "at least 76". Missed: The Epoch Times's headline "$2.6 Billion" against
    # "nearly $2.8 billion" ("nearly" reaches down 10%); the 2020 hailstorm's $1.2 or $1.3 billion and the Fort
    # McMurray wildfire's $4.5 billion, "around $4 billion" or C$3.7 bn (earlier disasters, of no fact of the
    # story); "over 100" against "nearly 100" for the whole cluster (NBC Connecticut's "total number of overdoses
    # … over 100" is of no fact). Not in the gold but found: NBC New York's 60 overdose calls against the first
    # day's count of people (borderline).
    assert_discover_floor(DISCREPANCIES_NEWS_58, true=5, traps=25, found=1, flagged=0, findings=7)


DISCREPANCIES_NEWS_59 = CORPORA / "discrepancies-news-59"


def test_discover_on_an_airport_closed_by_a_power_cut_and_a_raid_on_a_factory_site_keeps_its_floor():
    # `discrepancies-news-59`: real coverage of Heathrow's closure after the North Hyde substation fire of 20
    # March 2025 and of the immigration raid on the Hyundai-LG battery plant site in Georgia of 4 September 2025;
    # what discover reaches today (the homes left without power, 100,000 against 67,000; the people detained, 457
    # against 475; the distance from Savannah, about 30 against about 25 miles). Missed: the passengers affected,
    # "Around 200,000" on the Friday against "Nearly 300,000" the next day (a later, higher count of a growing fact
    # reads as an update), and the Metaplant's cost, a "$5.5 billion investment" against "a $7.6 billion plant"
    # (an investment and a plant are two things counted). Flagged: London Daily's "more than 150 residents"
    # evacuated against the 29 that firefighters evacuated, which London Daily also gives.
    assert_discover_floor(DISCREPANCIES_NEWS_59, true=5, traps=21, found=3, flagged=1, findings=5)


DISCREPANCIES_NEWS_60 = CORPORA / "discrepancies-news-60"


def test_discover_on_a_carmaker_strike_and_a_stage_blown_down_at_a_fair_keeps_its_floor():
    # `discrepancies-news-60`: real coverage of the UAW's strike at General Motors (16 September to 25 October
    # 2019) and of the stage rigging blown onto the crowd at the Indiana State Fair (13 August 2011); what discover
    # reaches today (the share that ratified the contract, 57.1% against 57.2%; the gust, "60 mile-per-hour" against
    # "70 mph"). Missed: the minutes from the announcement to the collapse, about two against four (no fact); the strikers,
    # 46,000 against 48,000 or 49,000 (the 46,000 of the eve are read as the workforce, "about 48,000 hourly
    # workers" covered by an agreement as no fact, and the pages of the ratification are another story, five weeks
    # on); the leaders who voted to strike, 175 against 200 (a count of voters is no fact); the gust "in excess of
    # 75 miles per hour" (gusts, a fact apart from the winds of 60 to 70 mph).
    assert_discover_floor(DISCREPANCIES_NEWS_60, true=7, traps=22, found=2, flagged=0, findings=5)


DISCREPANCIES_NEWS_57 = CORPORA / "discrepancies-news-57"


def test_discover_on_a_tanker_held_for_ransom_and_a_rogue_trader_s_sentence_keeps_its_floor():
    # `discrepancies-news-57`: real coverage of the Sirius Star's release by Somali pirates for a ransom and of the
    # UBS trader Kweku Adoboli's sentence; what discover reaches today (the distance off Kenya, 450 against 500
    # miles; the loss in pounds, "over £1.5bn" against £1.4bn). Missed: the ransom first demanded, $25 million
    # against $26 million (neither sum names the ransom in its own words), and the loss in dollars, $2.2bn against
    # $2.3bn ("lost 1.4bn ($2.2bn)": "lost" is no word of the damage's cost). Flagged: "a $3-million ransom Friday"
    # after "seized in the world's biggest ship hijacking" read as the hijacking's day; the day the jury retired set
    # against the day of the sentence; the loss UBS "stood to run up" at one point set against the loss it made.
    assert_discover_floor(DISCREPANCIES_NEWS_57, true=4, traps=26, found=2, flagged=3, findings=9)


def _figure(body: str, text: str):
    return next(c for c in extract(load_corpus_text(body)) if c.kind == "quantity" and c.text == text)


# A sum that "a further", "another" or "an additional" adds to another is a part of what is paid, not the price.
@pytest.mark.parametrize(
    ("body", "figure"),
    [
        ("The club will pay $30m up front for the striker, followed by a further $12m over three seasons.", "$12m"),
        ("The province bought the ferry line for C$80m and will pay another C$20m once the new ship sails.", "C$20m"),
    ],
)
def test_a_sum_added_to_another_is_no_price(body, figure):
    assert "price paid" not in facts_of(_figure(body, figure))


def test_a_sum_another_names_of_its_own_kind_keeps_that_fact():
    # "another $6m in compensatory damages" is the compensatory damages, not a part of the punitive ones
    body = "The jury awarded the driver $20m in punitive damages and another $6m in compensatory damages."
    assert facts_of(_figure(body, "$6m")) == ["compensatory damages"]


def test_a_price_led_by_no_addition_stays_a_price():
    assert "price paid" in facts_of(_figure("The club sold the striker for a fee of $42m on Friday.", "$42m"))


def test_another_sum_before_a_noun_of_the_price_is_a_price():
    # "another $90m signing" is one more signing at that price, not a sum added to one
    body = "The club made the winger another $90m signing on Monday."
    assert "price paid" in facts_of(_figure(body, "$90m"))


# People who overdosed are the cases of a cluster of overdoses, as the sick are of an outbreak of poisoning.
def test_outlets_that_disagree_on_how_many_overdosed_are_a_finding(tmp_path):
    report = _two_outlets(
        tmp_path,
        "At least 34 people overdosed in Riverside Park on Saturday, the fire department said.",
        "As many as 25 people overdosed in Riverside Park on Saturday.",
        "Jun 8 2025",
    )
    assert [texts(f) for f in report.findings] == ["As many as 25 | At least 34"], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("sentence", "text", "fact"),
    [
        # what a figure counts is the subject of its verb, kept from it by another figure's phrase ("the
        # five-storey mill") in a long clause of its own
        (
            "The death toll in the collapse of the five-storey textile mill at Karvon rose to 112 on Monday.",
            "112",
            "deaths",
        ),
        (
            "The number of people evacuated from the 12 villages along the lower river climbed to 4,500.",
            "4,500",
            "displaced",
        ),
        (
            "The number of workers injured in the blast at the 40-year-old refinery near the port reached 63.",
            "63",
            "injured",
        ),
        ("The death toll from the crash of the 737 jet near the airport has risen to 89.", "89", "deaths"),
    ],
)
def test_what_a_figure_counts_is_read_back_to_its_subject_across_a_long_clause(tmp_path, sentence, text, fact):
    claims = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity" and c.text == text]
    assert claims and fact in facts_of(claims[0]), (sentence, [(c.text, facts_of(c)) for c in claims])


def test_a_subject_across_a_clause_break_is_not_read_back(tmp_path):
    # a comma and "and" end the subject's clause: the figure after them counts what its own words say
    sentence = "The death toll of the 3-day storm stood at 40, and the number of homes destroyed rose to 1,200."
    claims = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity" and c.text == "1,200"]
    assert claims and "deaths" not in facts_of(claims[0]), facts_of(claims[0]) if claims else None


# A count "as of" a phrase of its own ("As of the latest update", "As of the most recent tally") is given at that moment:
# the whole phrase is its time, not "As of the", and a latest update or a last count marks it as a count of one
# moment, compared only with counts marked alike.
@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        ("As of the latest update, 1,200 customers remained without power in the county.", "As of the latest update"),
        ("As of the most recent tally, 14 hikers were still missing.", "As of the most recent tally"),
        ("As of Tuesday, 86 families were staying in the school gym.", "Tuesday"),
    ],
)
def test_an_as_of_phrase_closed_by_a_comma_or_a_stop_is_the_count_s_time(sentence, time):
    figure = next(c for c in extract(load_corpus_text(sentence)) if c.kind == "quantity" and c.counted != "time of day")
    assert figure.time == time


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The ice storm left 48,000 customers without power across the valley.",
            "As of the latest update, 3,500 customers remained without power.",
        ),
        (
            "Rescuers said 30 hikers were missing after the landslide.",
            "At last count, 9 hikers were missing after the landslide.",
        ),
    ],
)
def test_a_count_of_the_latest_update_or_the_last_count_is_no_other_moment_s_count(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jan 9 2025")
    assert report.findings == [], [f.message for f in report.findings]


def test_a_count_of_the_latest_update_still_meets_another_of_the_latest_update(tmp_path):
    first = "As of the latest update, 3,500 customers remained without power."
    second = "As of the latest update, 12,000 customers remained without power."
    report = _two_outlets(tmp_path, first, second, "Jan 9 2025")
    assert any("3,500" in f.message and "12,000" in f.message for f in report.findings), [
        f.message for f in report.findings
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # "the last count" of a charge and "the latest update" of software are no time of a count
        "Marsh was convicted on the last count, over a fire in which 4 people died.",
        "Prosecutors dropped the last count against the driver, whose crash injured 25 people.",
        "The latest update to the hospital's booking software caused 1,200 operations to be cancelled.",
    ],
)
def test_a_last_count_or_latest_update_that_is_no_time_phrase_marks_no_moment(sentence):
    figure = next(c for c in extract(load_corpus_text(sentence)) if c.kind == "quantity")
    assert figure.time is None, figure.time


def test_a_count_of_the_last_count_of_a_charge_meets_another_page_s_count(tmp_path):
    first = "Marsh was convicted on the last count, over a fire in which 4 people died."
    second = "Marsh was convicted over a fire in which 7 people died."
    report = _two_outlets(tmp_path, first, second, "Jan 9 2025")
    assert [texts(f) for f in report.findings] == ["4 | 7"], [f.message for f in report.findings]


# A speed written as one hyphenated word ("a 100-kilometre-per-hour gust", "90 mile-an-hour winds") is a speed, not
# a length.
@pytest.mark.parametrize(
    ("sentence", "figure", "unit"),
    [
        ("A 100-kilometre-per-hour gust tore the roof off the sports hall.", "100-kilometre-per-hour", "km/h"),
        ("The ferry was turned back by 90 mile-an-hour winds off the cape.", "90 mile-an-hour", "mph"),
        ("Police said the van hit the barrier at 45 mile-per-hour.", "45 mile-per-hour", "mph"),
    ],
)
def test_a_speed_written_with_hyphens_is_a_speed(sentence, figure, unit):
    claim = next(c for c in extract(load_corpus_text(sentence)) if c.kind == "quantity")
    assert (claim.text, claim.unit) == (figure, unit)


def test_a_length_joined_by_a_hyphen_to_a_noun_stays_a_length():
    claim = next(
        c for c in extract(load_corpus_text("The 20-mile-long tailback cleared by noon.")) if c.kind == "quantity"
    )
    assert (claim.text, claim.unit) == ("20-mile", "mile")


# A measure that a forecast "predicted" is compared only with another forecast, never with what was measured.
def test_a_predicted_gust_is_not_set_against_the_gust_measured(tmp_path):
    first = "The Met Office predicted gusts of up to 50 mph along the coast of Cornwall."
    second = "Gusts of 85 mph brought down trees along the coast of Cornwall."
    report = _two_outlets(tmp_path, first, second, "Nov 2 2023")
    assert not report.findings, [f.message for f in report.findings]


def test_the_noun_forecast_makes_no_measure_a_forecast(tmp_path):
    first = "The weather service forecast office in Tulsa recorded winds of 95 mph."
    second = "Winds reached 140 mph in Tulsa."
    report = _two_outlets(tmp_path, first, second, "Apr 12 2024")
    assert [texts(f) for f in report.findings] == ["140 mph | 95 mph"], [f.message for f in report.findings]


def test_a_rate_written_with_hyphens_keeps_its_figure_as_a_speed():
    claims = [
        c
        for c in extract(load_corpus_text("The walkers kept a 30-mile-a-day pace across the moor."))
        if c.kind == "quantity"
    ]
    # a length a day is a speed the lexicon names: the pace, 30 miles a day
    assert [(c.text, c.unit) for c in claims] == [("30-mile-a-day", "miles per day")]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # a figure after "than" and a determiner is the one the sentence sets its own against, not a second count
        (
            "The flood's insured losses reached $800 million, lower than the $1.1 billion insured losses insurers "
            "paid after the river last burst.",
            "Insured losses from the flood reached $800 million.",
            [],
        ),
        (
            "About 40,000 strikers joined the walkout, fewer than the 60,000 strikers union leaders had predicted.",
            "About 40,000 strikers joined the walkout.",
            [],
        ),
        # "more than" with no determiner is a bound of the figure itself, and two outlets' counts still disagree
        (
            "The hailstorm's insured losses hit more than $2 billion.",
            "The hailstorm's insured losses hit $1.5 billion.",
            ["$1.5 billion | more than $2 billion"],
        ),
        (
            "About 40,000 strikers joined the walkout.",
            "About 60,000 strikers joined the walkout.",
            ["About 40,000 | About 60,000"],
        ),
    ],
)
def test_a_figure_a_sentence_compares_its_own_with_is_no_second_count(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Sep 9 2025")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


def test_a_count_since_a_recent_day_is_no_rival_of_the_storys_whole_count(tmp_path):
    # a count since Monday is what the days since then added; the count since the freeze began is the whole one
    report = _two_outlets(
        tmp_path,
        "Doctors in Belgrade have treated 46 people for frostbite since Monday.",
        "Doctors in Belgrade have treated 120 people for frostbite since the freeze began.",
        "Mar 3 2026",
    )
    assert [texts(f) for f in report.findings] == [], [f.message for f in report.findings]


DISCREPANCIES_NEWS_61 = CORPORA / "discrepancies-news-61"


def test_discover_on_missionaries_held_for_ransom_and_an_inquiry_s_findings_keeps_its_floor():
    # `discrepancies-news-61`: real coverage of the 17 missionaries kidnapped in Haiti (16 October to 16 December
    # 2021) and of the Infected Blood Inquiry's final report (20 May 2024). Discover finds none of the five today.
    # Missed: Vatican News's sixteen kidnapped against 17 (NBC News gives "sixteen U.S citizens" as what the group
    # "had previously said", an earlier stage, and the sixteen of Vatican News is taken for that stage); five men
    # and seven women against six and six (the sentence of the five and seven names no kidnapping, and a count of
    # men or women is a part); the report's 2,000 pages against more than 2,500 (pages are no fact); around 2,900
    # deaths against more than 3,000 ("around" reaches 5%, past 3,000). Flagged: CNN's "released Thursday" and the
    # statement that confirmed the kidnapping "on Sunday" read as the kidnapping's day (a release or a statement
    # before a date is no event of its own, as an event at a ceremony or a hearing is the story's own), and the
    # 26,800 infected through transfusions against all 30,000 infected.
    assert_discover_floor(DISCREPANCIES_NEWS_61, true=5, traps=23, found=0, flagged=2, findings=4)


DISCREPANCIES_NEWS_63 = CORPORA / "discrepancies-news-63"


def test_discover_on_a_rocket_s_explosion_and_a_cold_wave_keeps_its_floor():
    # `discrepancies-news-63`: real coverage of the Falcon 9 that exploded on its pad on 1 September 2016 with the
    # Amos-6 satellite, and of Europe's cold wave of late January and early February 2012. Discover finds none of
    # the three today. Missed: the satellite's value ($95 million against $200 million: a sum before the noun of a
    # thing is no fact), the fall of Spacecom's shares on Sunday (49 percent against 33: a change of a share price is
    # no fact), and the eight days against the fortnight over which Ukraine's 122 died (a span without a number is
    # not read). Flagged: the Red Cross spokesman's "If 163 people have frozen to death" against AFP's 164. Its
    # other findings set the tolls of Europe, Ukraine and Poland, and the parts of Ukraine's toll, against each
    # other: pairs the gold does not annotate.
    assert_discover_floor(DISCREPANCIES_NEWS_63, true=3, traps=24, found=0, flagged=1, findings=18)


@pytest.mark.parametrize(
    ("first", "second", "rule", "flagged"),
    [
        # guards: a sum beside an embezzlement that is no sum embezzled (an audit's cost, a fine, a bar's sales) is
        # no value stolen
        (
            "The embezzlement was found after an audit that cost the club $45,000.",
            "The treasurer stole $310,000 from the club.",
            "stolen",
            False,
        ),
        (
            "She faces up to 10 years and a fine of $250,000 for the embezzlement.",
            "The treasurer stole $310,000 from the club.",
            "stolen",
            False,
        ),
        (
            "He faces a fine of 300,000 euros over the embezzlement.",
            "The mayor stole 2 million euros from the port fund.",
            "stolen",
            False,
        ),
        (
            "The scheme siphoned money into a bar he owned, which made $2 million in sales.",
            "The mayor stole $5 million from the port fund.",
            "stolen",
            False,
        ),
        # a share with nearly all votes counted is a stage of the count, not the final share
        (
            "Nearly all votes have been counted, and the Farmers' Union has 9.6% of the vote.",
            "The Farmers' Union won 9.2% of the vote.",
            "vote-share",
            False,
        ),
        # guards: "almost all" the ballots or votes with no count in the phrase mark no stage of a count
        (
            "Almost all the ballots were cast by post, and turnout was 58.3%.",
            "Turnout was 51.0%.",
            "turnout",
            True,
        ),
    ],
)
def test_a_sum_beside_an_embezzlement_and_a_share_beside_almost_all_votes_are_read_as_told(
    tmp_path, first, second, rule, flagged
):
    _assert_rule_flagged(tmp_path, (first, second), "Oct 7 2025", rule, flagged)


def test_shares_in_sunday_s_election_of_articles_of_different_days_are_compared(tmp_path):
    # guard: "in Sunday's election" is the time of the shares it tells, the same election in either article
    path = _corpus(
        tmp_path,
        (
            "Vote",
            "Daily One",
            "Mar 11 2025",
            "The Socialists won 28.7% of the vote in Sunday's election. Turnout in Sunday's election was 66.2%.",
        ),
        (
            "Vote",
            "Daily Two",
            "Mar 14 2025",
            "The Socialists won 28.0% of the vote in Sunday's election. Turnout in Sunday's election was 59.9%.",
        ),
    )
    messages = [f.message for f in discovered(path)[2].findings]
    assert any("28.7" in m and "28.0" in m for m in messages), messages
    assert any("66.2" in m and "59.9" in m for m in messages), messages


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a turnout that dipped or rose by a figure moved by it: no turnout of its own
        ("Turnout in the city reached 61%.", "Voter turnout dipped by about 7 percent from the last election."),
        ("Turnout was 48% in the referendum.", "Turnout has risen by 3 percent since the last referendum."),
    ],
)
def test_a_turnout_s_move_is_no_turnout(tmp_path, first, second):
    _assert_rule_flagged(tmp_path, (first, second), "Mar 4 2025", "turnout", False)


def test_a_turnout_against_another_turnout_is_still_a_finding(tmp_path):
    texts = ("Turnout in the city reached 61%.", "Turnout in the city was 54%.")
    _assert_rule_flagged(tmp_path, texts, "Mar 4 2025", "turnout", True)


DISCREPANCIES_NEWS_62 = CORPORA / "discrepancies-news-62"


def test_discover_on_an_election_s_shares_and_a_fraud_trial_s_sums_keeps_its_floor():
    # `discrepancies-news-62`: real coverage of South Africa's general election of 29 May 2024 (results declared
    # on 2 June) and of Truong My Lan's fraud trial in Ho Chi Minh City (sentenced on 11 April 2024). Found: the
    # turnout (58.64% against 58.61%), her age (68 against 67) and the total damages ($20 billion against $27
    # billion). Missed: the ANC's 40.18% "in Wednesday's election" against 40.19% (the day is the share's time,
    # which the other does not state), the EFF's 9.52% against 9.51% (a share in brackets after a list of parties,
    # and one after "the party obtained 1,524,255 or", name no holder), the sum embezzled (an embezzled sum is no
    # fact), and the 84 prosecuted against 85 others tried with her (defendants are no fact). Flagged: the ANC's
    # 40.21% with "almost all" the ballots counted against the final 40.18% (both "in Wednesday's election"), the
    # seats of each party's list line ("ANC – 159 seats") against one another and the Assembly's 400, and the
    # results declared "on Sunday night" read as the election's day.
    assert_discover_floor(DISCREPANCIES_NEWS_62, true=7, traps=20, found=3, flagged=4, findings=27)


DISCREPANCIES_NEWS_65 = CORPORA / "discrepancies-news-65"


def test_discover_on_a_travel_group_s_collapse_and_a_marathon_world_record_keeps_its_floor():
    # `discrepancies-news-65`: real coverage of the collapse of Thomas Cook on 23 September 2019 and of Kelvin
    # Kiptum's marathon world record in Chicago on 8 October 2023. Found: the day of the collapse ("on Sunday
    # evening" against "this morning") and the spelling "Melvin Kiptum". Missed: the staff left jobless (21,000
    # against 22,000 jobs at risk: jobs at risk are a possible outcome, not a cut), "Bashi Abdi" (a one-word
    # country's possessive marks a person only for the countries the lexicon knows), the Britons stranded (the Daily
    # Mail's "the return of 160,000 British citizens" names no stranding), the shops (600 stores against "500 shops
    # and call centres": shops are no fact), the old world record (2:01:39 against 2:01:09: a race time is no fact)
    # and the runner-up named Daniel Kibet Mateiko against Benson Kipruto (two people, not one name spelled two
    # ways). Flagged: "some 150,000" customers against the headline's 600,000 holidaymakers of all nations.
    assert_discover_floor(DISCREPANCIES_NEWS_65, true=8, traps=23, found=2, flagged=1, findings=3)


DISCREPANCIES_NEWS_64 = CORPORA / "discrepancies-news-64"


def test_discover_on_pilgrims_dead_of_heat_and_a_stormed_congress_keeps_its_floor():
    # `discrepancies-news-64`: real coverage of the pilgrims who died in extreme heat during the Hajj of 14 to 19
    # June 2024, and of the storming of Brazil's Congress on 8 January 2023 with the arrests after it. Found: the
    # runoff's day (30 against 31 October) and the arrests on the day of the riot (300 against more than 400).
    # Missed: the peak temperature (the undated ceilings of 49 and 50.6 degrees speak for their pages' 23 June, the
    # 51.8 for Monday 17 June or "this week"), and The Daily Factum's 630 Egyptian dead ("Egypt reported the highest
    # number of fatalities with 630 deaths" is read as all the dead, not as Egypt's part). Flagged: the 577 dead "as
    # of Tuesday" (the day after "as", which opens a clause, is not read as the count's) against the later 1,081,
    # and El País's 1,200 to 1,400 detained at the camp against about 1,500 in all (the camp is named in the sentence
    # before). Its other findings set Pakistan's 58 dead and the page address's lower-case "320 egyptians" against
    # all the dead, El País's headline "Over 1,000" (dated by "after Sunday assault") against Sunday's arrests, the
    # 300 "detained a day earlier" (read as of its page's "yesterday") against the camp's and all the arrests, and
    # the riot's day against the runoff's: pairs the gold does not annotate.
    assert_discover_floor(DISCREPANCIES_NEWS_64, true=5, traps=19, found=2, flagged=2, findings=21)


DISCREPANCIES_NEWS_66 = CORPORA / "discrepancies-news-66"


def test_discover_on_carbon_monoxide_deaths_at_a_ski_resort_and_an_airport_gold_heist_keeps_its_floor():
    # `discrepancies-news-66`: real coverage of the twelve restaurant workers found dead of carbon monoxide at the
    # Gudauri ski resort, Georgia, on 14 December 2024, and of the arrests announced on 17 April 2024 for the theft
    # of gold and cash from Toronto Pearson airport a year before. Found: The Daily Guardian's twelve Indian dead
    # against eleven, and the arrests (nine against six). Missed: the day the bodies were found (Friday, Saturday,
    # Monday: a discovery is no event a date is read for), the businesses whose cameras were searched (226 against
    # 225: no fact counts them) and the gold's weight (923 against "about 880" pounds: "about" reaches 5%).
    # Flagged: the Canadian News Today's $65,000 recovered against the $90,000 (a bare "$" on a page about Canada
    # read as Canadian dollars, where the page gives its sums in US dollars), and its "foreign currency worth $1.8
    # million" against the gold's value and the sum of gold and cash (a theft's haul is one fact, whatever was
    # taken). The $65,000 and $90,000 "worth of the stolen gold" that was recovered are read as the haul and set
    # against its sums (the trap of the gold stolen against the gold recovered).
    assert_discover_floor(DISCREPANCIES_NEWS_66, true=5, traps=18, found=3, flagged=3, findings=23)


@pytest.mark.parametrize(
    "text",
    [
        # a word of an earlier stage that dates another event is no stage of the count
        "Earlier this year, 30 homes were destroyed in a fire near the town.",
        "Earlier this week, 40 homes were destroyed when the river burst its banks.",
        "Prior to the storm, 50 houses had been destroyed by floods.",
    ],
)
def test_a_word_dating_another_event_is_no_earlier_stage_of_a_count(text):
    from claimcheck.rules.facts import quantity_keys

    figure = [c for c in extract(load_corpus_text(text)) if c.kind == "quantity"][-1]
    assert [key[3] for key in quantity_keys(figure, ()) if key[1] == "count"] == [""]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the other sums of a story of embezzlement (bail, a fine, a sum recovered, a market value, a part of the
        # whole) are no sum taken to set against the one embezzled
        (
            "The mayor was charged with embezzling $4 million in public funds.",
            "The mayor, charged with embezzlement, was released on $250,000 bail.",
        ),
        (
            "The former treasurer embezzled $2.4 million from the church, prosecutors said.",
            "Police recovered $900,000 of the embezzled money.",
        ),
        (
            "The accountant embezzled $1.3 million from the firm.",
            "The accountant was accused of embezzlement and fined $50,000.",
        ),
        (
            "Prosecutors said $5 million was misappropriated by the firm's managers.",
            "Shares in the firm fell, wiping $200 million off its market value after the misappropriation was "
            "disclosed.",
        ),
        (
            "Executives embezzled a total of $90 million from the pension fund.",
            "One executive alone embezzled $25 million from the pension fund.",
        ),
    ],
)
def test_other_sums_of_an_embezzlement_are_no_sum_taken(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Mar 3 2025")
    assert not [f for f in report.findings if not f.within_document], [f.message for f in report.findings]


# A span of time right before "ahead" may still be how long a thing lasted ("sentenced to five years ahead of a second
# trial", "shut for the two weeks ahead"): its fact stays.
@pytest.mark.parametrize(
    ("sentence", "figure", "fact"),
    [
        ("He was sentenced to five years ahead of a second trial.", "five years", "prison sentences"),
        ("The ferry line shut for the two weeks ahead, its owner said.", "two weeks", "closure length"),
        ("The miners were trapped underground 17 days ahead of the rescue.", "17 days", "time held"),
    ],
)
def test_a_span_before_ahead_keeps_its_fact(tmp_path, sentence, figure, fact):
    path = _corpus(tmp_path, ("News", "Daily One", "Apr 8 2025", sentence))
    [claim] = [c for c in discovered(path)[1] if c.kind == "quantity" and c.text == figure]
    assert fact in facts_of(claim)


# Guards: "on the ground" places no part of a toll where it names a part after the whole ("14 people, including 11
# on the ground"), a source ("a reporter on the ground said") or how the victims died ("trampled on the ground"); and a
# bare count of a noun meets another page's bare count of it though one page also counts a kind of it ("17 lions and
# three mountain lions" against "20 lions").
TOLLS_AND_KINDS_STAY_WHOLE = [
    ("The crash killed 14 people, including 11 on the ground.", "The crash killed 13 people.", ["13 | 14"]),
    ("The crash killed 14 people, 11 of them on the ground.", "The crash killed 13 people.", ["13 | 14"]),
    ("The strike killed 30 people, a reporter on the ground said.", "The strike killed 40 people.", ["30 | 40"]),
    ("The strike killed 30 people, activists on the ground said.", "The strike killed 40 people.", ["30 | 40"]),
    ("The strike killed 30 people, according to medics on the ground.", "The strike killed 40 people.", ["30 | 40"]),
    ("The stampede killed 12 people trampled on the ground.", "The stampede killed 15 people.", ["12 | 15"]),
    ("The raid killed 30 soldiers, 12 of them on the ground.", "The raid killed 28 soldiers.", ["28 | 30"]),
    ("Deputies killed 17 lions and three mountain lions.", "Deputies killed 20 lions.", ["17 | 20"]),
    ("The blast killed 17 miners and three contract miners.", "The blast killed 20 miners.", ["17 | 20"]),
    (
        "The gunman killed three students and wounded 12 fellow students.",
        "The gunman wounded 14 students.",
        ["12 | 14"],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), TOLLS_AND_KINDS_STAY_WHOLE)
def test_a_toll_with_a_part_on_the_ground_and_a_bare_count_beside_a_kind_stay_whole(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "May 4 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


DISCREPANCIES_NEWS_67 = CORPORA / "discrepancies-news-67"


def test_discover_on_a_pilots_strike_and_a_doping_ban_cut_on_appeal_keeps_its_floor():
    # `discrepancies-news-67`: real coverage of the two-day strike by British Airways pilots (9 and 10 September
    # 2019) and of Simona Halep's doping ban (four years in September 2023, cut to nine months on 5 March 2024).
    # Found: "Simon Halep" against "Simona Halep". Missed: PML Daily's 1,600 flights against 1,700 (its "will be
    # grounded" is a deed still to come, kept apart from counts), "More than 200,000" passengers against "almost
    # 200,000" (bounds that meet at 200,000 agree), and the month of the charges (City AM's October 2022 against
    # India Today's 2023: a charge is no kind of event that discover dates). Flagged: seven flights cancelled from
    # New York JFK against the 1,700 ("all seven from" names no part), the next strike's 24 hours against this one's
    # 48, the days of the strike against the next strike's 27 September (ITV News's "called ... on September 27",
    # told in the past, is read as the year before), and the 15 days' notice "ahead of" the next strike against
    # the strike's two days.
    assert_discover_floor(DISCREPANCIES_NEWS_67, true=4, traps=18, found=1, flagged=4, findings=10)


DISCREPANCIES_NEWS_68 = CORPORA / "discrepancies-news-68"


def test_discover_on_exotic_animals_shot_after_their_release_and_a_cargo_plane_crash_keeps_its_floor():
    # `discrepancies-news-68`: real coverage of the 56 exotic animals Terry Thompson let out of his farm near
    # Zanesville, Ohio, on 18 October 2011 (most shot by deputies the next day) and of the crash of UPS Flight 2976
    # at Louisville on 4 November 2025 (14 dead). Found: KDKA's 20 lions killed against 17, and Thompson's age (61
    # against 62). Missed: 48 animals "shot by deputies" against 49 killed ("shot" is no word of a toll), the farm's
    # 46 acres against 73 (a size joined by a hyphen to "farm" is no fact), the release "Wednesday" against Tuesday
    # (a release is no kind of event discover dates), 50 animals released against 56, and the fuel (38,000 pounds
    # against 38,000 gallons, no fact of what a vehicle carried). Flagged: Toccoa Falls Radio's "at least 12" dead
    # and "more than a dozen" injured, in a sentence dated by the crash's "on Tuesday", against the seven dead and
    # 11 injured of Tuesday night; the headline's "16 people still missing" read as a toll too (its "death toll
    # rises with"); the hospital's "On Wednesday" as the crash's day ("following the incident"); the four killed on
    # the ground on Tuesday night against the seven dead (a part of the toll); and KDKA's "eight bears" and "20
    # lions" against the black bears, grizzly bears and mountain lions of other pages' lists (kinds of one noun).
    assert_discover_floor(DISCREPANCIES_NEWS_68, true=8, traps=24, found=2, flagged=7, findings=12)


@pytest.mark.parametrize(
    ("sentence", "figure", "fact"),
    [
        # the words between a figure and a noun that names another fact say what befell those it counts
        ("The four seriously injured passengers were flown to a trauma centre.", "four", "seriously injured"),
        ("Three badly hurt passengers were pulled from the wreck of the coach.", "Three", "seriously injured"),
        ("The two injured passengers on the cable car were named on Friday.", "two", "injured"),
    ],
)
def test_a_state_before_its_noun_makes_the_count_those_it_befell(tmp_path, sentence, figure, fact):
    path = _corpus(tmp_path, ("News", "Daily One", "Apr 8 2025", sentence))
    [claim] = [c for c in discovered(path)[1] if c.kind == "quantity" and c.text == figure]
    assert facts_of(claim) == [fact]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # no state between the figure and its noun, or one set after it: those aboard
        ("The bus was carrying 52 passengers when it overturned on the pass.", "52"),
        ("Some 40 passengers, none of them injured, were bussed to the terminal.", "Some 40"),
        ("The 230 passengers aboard the train were moved to another service.", "230"),
    ],
)
def test_a_count_of_passengers_with_no_state_before_its_noun_stays_those_aboard(tmp_path, sentence, figure):
    path = _corpus(tmp_path, ("News", "Daily One", "Apr 8 2025", sentence))
    [claim] = [c for c in discovered(path)[1] if c.kind == "quantity" and c.text == figure]
    assert facts_of(claim) == ["aboard"]


def test_the_critically_injured_passengers_are_not_set_against_those_aboard(tmp_path):
    texts = (
        "The coach was carrying 48 passengers when it left the road near the border.",
        "The two critically injured passengers were flown to the capital, police said.",
    )
    report = _two_outlets(tmp_path, *texts, "Apr 8 2025")
    assert not [f for f in report.findings if "aboard" in f.rule], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # two states joined before the noun count no one state's people, and a state that rules out no count aboard
        # ("stranded") leaves the passengers those aboard
        ("The 30 killed and injured passengers were taken to hospital.", "30"),
        ("The 300 stranded passengers were put up in hotels after the ferry broke down.", "300"),
    ],
)
def test_a_state_before_its_noun_that_picks_out_no_part_leaves_those_aboard(tmp_path, sentence, figure):
    path = _corpus(tmp_path, ("News", "Daily One", "Apr 8 2025", sentence))
    [claim] = [c for c in discovered(path)[1] if c.kind == "quantity" and c.text == figure]
    assert facts_of(claim) == ["aboard"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the speeds of two things in one crash, and a current's speed beside a ferry's, are no figures of one fact
        (
            "A bus travelling at 50 km/h hit a cyclist near the Dunmore bridge.",
            "The cyclist was travelling at 25 km/h when a bus struck him near the Dunmore bridge.",
        ),
        (
            "The coach was travelling at 50 mph when it hit a lorry near Dunmore.",
            "The lorry was travelling at 30 mph when the coach hit it near Dunmore.",
        ),
        (
            "The ferry struck the pier at 10 knots.",
            "The tidal current was running at 4 knots when the ferry struck the pier.",
        ),
    ],
)
def test_speeds_of_different_things_at_one_crash_are_not_set_against_each_other(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    assert report.findings == [], [f.message for f in report.findings]


DISCREPANCIES_NEWS_69 = CORPORA / "discrepancies-news-69"


def test_discover_on_a_ferry_s_hard_landing_and_a_town_s_boil_water_order_keeps_its_floor():
    # `discrepancies-news-69`: real coverage of the Seastreak Wall Street ferry striking Pier 11 in Lower Manhattan
    # (9 January 2013) and of the E. coli in Walkerton's water (May 2000). Found: the passengers aboard (356 and 343
    # against 326) and everyone aboard (326 with the crew and "More than 340" against 331). Missed: the speed at
    # impact (10 mph against about 12 knots: no fact reads a vehicle's speed), the passengers injured all told (83
    # against 79) and Walkerton's distance from Toronto (80 miles against 90 against 200 km): their pages are months
    # or years apart, different stories. Flagged: Reuters's 57 injured, the morning's count repeated the next day,
    # against "more than 70", and DNAinfo's 21 patients taken to one hospital against the 74 taken to hospitals.
    assert_discover_floor(DISCREPANCIES_NEWS_69, true=5, traps=17, found=2, flagged=2, findings=9)


# Heights and distances near waves are not told apart: a distance the water swept cars and a height of the waves
# are not compared, and a wave of people walking is no wave's height.
WAVES = [
    (
        "The tsunami swept cars 400 metres into Kessa on Friday.",
        "Waves up to 3 metres high hit Kessa on Friday.",
        [],
    ),
    (
        "The storm surge carried boats 900 metres into Orla on Tuesday.",
        "Waves up to 6 metres high hit Orla on Tuesday.",
        [],
    ),
]


# A sum after which its noun is "sought by", "demanded by" or "requested by" someone is what was asked for, never
# what was paid or decided; a count of people sought by the police is still a count.
ASKED_FOR_AFTER = [
    (
        "Brenn sold the Orsk club for $30 million, below the $45 million price sought by its owners.",
        "Brenn sold the Orsk club for $30 million on Monday.",
        [],
    ),
    (
        "The club signed Ruiz for €20m, below the €35m fee demanded by Orsk.",
        "The club signed Ruiz for €20m on Monday.",
        [],
    ),
    (
        "Orsk listed below the $2 trillion price-tag long sought by the prince on Monday.",
        "Orsk listed at $1.7 trillion on Monday.",
        [],
    ),
    # guards: a sum no participle follows is still compared, people sought are still counted, and a participle
    # after a preposition is another noun's ("the painting sought by collectors"), not the sum's
    (
        "The club signed Ruiz for €20m, a fee agreed with Orsk.",
        "The club signed Ruiz for €35m on Monday.",
        ["€20m | €35m"],
    ),
    (
        "Three men sought by police were arrested in Velden on Friday.",
        "Four men were arrested in Velden on Friday.",
        ["Four | Three"],
    ),
    (
        "Marsh paid $5 million for the painting sought by collectors on Monday.",
        "The painting sold for $8 million on Monday.",
        ["$5 million | $8 million"],
    ),
    (
        "Velden paid €12m for the striker demanded by its fans on Monday.",
        "Velden signed the striker for €9m on Monday.",
        ["€12m | €9m"],
    ),
]


# A toll that "hit" a figure at one hour is not dated by "hit" as the event's day: two hours of one day are two
# counts, not compared.
TOLL_HIT = [
    (
        "The death toll from the floods hit 12 by 9 a.m. on Monday.",
        "The death toll from the floods reached 20 by 6 p.m. on Monday.",
        [],
    ),
    (
        "The number of injured in the blast hit 30 by noon on Friday.",
        "The number of injured in the blast reached 45 by 8 p.m. on Friday.",
        [],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), WAVES + ASKED_FOR_AFTER + TOLL_HIT)
def test_waves_sums_asked_for_and_tolls_that_hit_a_figure(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Mar 7 2024")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


def test_a_wave_of_people_walking_is_no_wave_s_height(tmp_path):
    report = _two_outlets(
        tmp_path,
        "A wave of refugees walked 40 km to the border.",
        "A second wave of refugees walked 25 km to the border.",
        "Mar 7 2024",
    )
    assert not any("wave" in f.title.lower() for f in report.findings), [f.title for f in report.findings]


# The place a count of people stands in apposition to ("In Balo, a town of 40,000 people") is the place it counts
# the people of: two places' populations are not compared; one place's are.
APPOSED_PLACES = [
    (
        "In Balo, a town of 40,000 people north of Arvo, rescuers arrived on Monday.",
        "Arvo, a city of about 90,000 people, was flooded on Monday.",
        [],
    ),
    (
        "Tesk, a district of 120,000 residents, got aid on Monday.",
        "At Velm, a city of 300,000 people, floods rose on Monday.",
        [],
    ),
    # guards: one place's two counts are compared; a day before the comma names no place
    (
        "Tesk, a district of 120,000 residents, got aid on Monday.",
        "Tesk has 150,000 residents, officials said on Monday.",
        ["120,000 | 150,000"],
    ),
    (
        "On Monday, a town of 9,000 people was flooded in Arvo.",
        "Arvo, home to 12,000 people, was flooded on Monday.",
        ["12,000 | 9,000"],
    ),
    # guards: a name's first word is kept ("New Jersey" is not "Jersey")
    (
        "New Jersey, a state of 9 million people, was flooded on Monday.",
        "Jersey, an island of 100,000 people, was flooded on Monday.",
        [],
    ),
    (
        "New Delhi, a city of 20 million, was flooded on Monday.",
        "Delhi, a city of 30 million, was flooded on Monday.",
        [],
    ),
]


@pytest.mark.parametrize(("first", "second", "figures"), APPOSED_PLACES)
def test_a_count_of_people_in_apposition_to_a_place_is_that_place_s(tmp_path, first, second, figures):
    path = _corpus(
        tmp_path,
        ("Floods in Arvo", "Daily One", "Mar 4 2024", first),
        ("Floods in Arvo", "Daily Two", "Mar 4 2024", second),
    )
    report = discovered(path)[2]
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


# guards: what stands before the comma is no place here: a part of a name after a verb, an event, a person or a
# feast after a preposition of time or rule, a community of supporters
@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Floods hit New Jersey, a state of 9 million people, on Monday.", "9 million"),
        ("After Katrina, a city of 500,000 people rebuilt its levees.", "500,000"),
        ("Under Putin, a country of 146 million people changed.", "146 million"),
        ("During Ramadan, a city of 2 million people fasts.", "2 million"),
        ("Greenpeace, a community of 3 million supporters, protested on Monday.", "3 million"),
    ],
)
def test_a_name_before_an_apposition_that_is_no_place_gives_no_scope(tmp_path, sentence, figure):
    path = _corpus(tmp_path, ("News", "Daily One", "Mar 4 2024", sentence))
    claims = [c for c in discovered(path)[1] if isinstance(c, QuantityClaim) and c.text == figure]
    assert claims
    assert all(c.scope not in ("Jersey", "Katrina", "Under Putin", "Putin", "Ramadan", "Greenpeace") for c in claims), [
        c.scope for c in claims
    ]


DISCREPANCIES_NEWS_70 = CORPORA / "discrepancies-news-70"


def test_discover_on_a_tsunami_s_waves_and_toll_and_a_stock_market_listing_keeps_its_floor():
    # `discrepancies-news-70`: real coverage of the tsunami of Palu, Sulawesi (28 September to 2 October 2018), and
    # of Saudi Aramco's listing (priced 5 December, first traded 11 December 2019). Discover finds none of the four:
    # the waves' height (3 metres or under 10 feet against six metres or 20 feet, and Impact News's 1.5 metres) is
    # no fact of its own, Palu's population (the Los Angeles Times's "c.a 380,000" follows "Palu, population", an
    # apposition not read) and the rise of Aramco's shares "by $9.39" (a sum against a 10% rise). Flagged: UPI's
    # "More than 1,300 people have died from the earthquake and tsunami that hit Friday", read as Friday's toll,
    # against Saturday's 384.
    assert_discover_floor(DISCREPANCIES_NEWS_70, true=4, traps=16, found=0, flagged=1, findings=1)


DISCREPANCIES_NEWS_71 = CORPORA / "discrepancies-news-71"


def test_discover_on_a_runway_collision_and_a_census_release_keeps_its_floor():
    # `discrepancies-news-71`: real coverage of Japan Airlines flight 516 striking a coast guard plane on a Haneda
    # runway (2 January 2024) and of China's seventh census results (11 May 2021). Found: the passengers (379
    # against 367), the injured (a total of 15 against at least 17), the transport minister's name (Tetsu against
    # Tetsuo Saito), the 2010 census's population (1.39 billion against 1.340 billion) and the census total to the
    # thousand (1,411,718,000 against 1,411.78 million). Missed: Pledge Times's "1.410 million" (its phrase,
    # "reaching 1.410 million people", names no population), the fall in births (15% against 18%: no fact reads
    # births) and how long the airliner burned (eight and a half hours against about six). Flagged: the 2010
    # census's population against 2020's (a baseline after "from" and "during the sixth census" is not dated),
    # the five "on board a Coast Guard aircraft" who died read as those aboard, and the earthquake's toll against
    # the collision's.
    assert_discover_floor(DISCREPANCIES_NEWS_71, true=8, traps=36, found=5, flagged=3, findings=11)


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # a span of time with "worth" after it is the amount that much time brings, no span of anything
        (
            "Lowmoor got two months' worth of snow in just 12 hours.",
            "The snow fell on Lowmoor in under 12 hours.",
            [],
        ),
        (
            "Volunteers packed three weeks' worth of food in only four hours.",
            "Volunteers packed the food in just four hours.",
            [],
        ),
        # how long something took still disagrees, and a "worth" past a comma is no amount of the span
        (
            "The bridge was rebuilt in just two years, worth the wait for commuters.",
            "The bridge was rebuilt in under 18 months.",
            ["two years | under 18 months"],
        ),
        (
            "Volunteers packed the food in only four hours.",
            "Volunteers packed the food in just nine hours.",
            ["four hours | nine hours"],
        ),
    ],
)
def test_a_span_s_worth_is_no_time_taken(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Mar 12 2024")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # a span of time with pay after it ("six days of pay", "three days' wages") is the pay that much time earns,
        # not how long the strike lasted
        (
            "Dockers at Harwell who lost six days of pay during the walkout returned on Monday.",
            "The Harwell dockers' walkout lasted nine days.",
            [],
        ),
        (
            "The Harwell nurses were docked three days' wages for the strike.",
            "The Harwell nurses' strike lasted eight days.",
            [],
        ),
        # the length of the strike itself still disagrees, and a pay strike's length is its length
        (
            "The Harwell dockers' walkout lasted six days.",
            "The Harwell dockers' walkout lasted nine days.",
            ["nine days | six days"],
        ),
        (
            "The Harwell dockers began a 10-day pay strike on Monday.",
            "The Harwell dockers' pay strike lasted 14 days.",
            ["10-day | 14 days"],
        ),
    ],
)
def test_days_of_pay_are_no_length_of_a_strike(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Mar 12 2024")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # the figure after "topped only by", "second only to" is the other thing's the sentence ranks the story's
        # against
        (
            "The Harwell dockers' walkout was the second-longest in the port's history, topped only by a three-week"
            " walkout at Corran docks.",
            "The Harwell dockers' walkout lasted 11 days.",
            [],
        ),
        (
            "The Vell festival's budget was the second-largest of the region, second only to the $4 million budget of"
            " the Ostra fair.",
            "The Vell festival had a budget of $2.5 million.",
            [],
        ),
        (
            "The Harwell walkout lasted 11 days, surpassed only by the 1984 walkout's three weeks.",
            "The Harwell walkout lasted 11 days.",
            [],
        ),
        # the story's own figure after a rank still disagrees
        (
            "The Harwell dockers' walkout, the second-longest in the port's history, lasted three weeks.",
            "The Harwell dockers' walkout lasted 11 days.",
            ["11 days | three weeks"],
        ),
    ],
)
def test_a_figure_a_rank_is_set_against_is_another_thing_s(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Mar 12 2024")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # pupils kept from class in two cities, or students who joined a protest, are no one count read twice
        (
            "The teachers' strike in Chicago canceled classes for 300,000 students on Monday.",
            "A teachers' strike in Los Angeles kept 420,000 students out of class on Monday.",
            [],
        ),
        (
            "The teachers' strike in Denver canceled classes for 90,000 students on Monday.",
            "A teachers' strike in Oakland kept 37,000 students out of class on Monday.",
            [],
        ),
        (
            "Some 5,000 students in Bern skipped classes to join the climate strike.",
            "About 10,000 students in Bern joined the climate strike.",
            [],
        ),
        (
            "About 300 students at Lincoln High staged a walkout on Friday.",
            "About 500 students at Lincoln High walked out of class on Friday.",
            [],
        ),
    ],
)
def test_pupils_out_of_class_in_two_places_or_at_a_protest_are_no_one_count(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Mar 12 2024")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # a toll "since the outbreak of a crackdown on March 3" runs up to the page's day, as "since March 3" does:
        # the later, higher toll is no count of March 3 above Tuesday's
        (
            "The total toll of victims since the outbreak of a violent crackdown in Vessia on March 3 is 118 dead,"
            " said the committee of doctors.",
            "The committee of doctors said on Tuesday the death toll from the crackdown in Vessia rose to 108.",
            [],
        ),
        # two tolls up to the same day still disagree
        (
            "The total toll of victims since the outbreak of a violent crackdown in Vessia on March 3 is 118 dead,"
            " said the committee of doctors.",
            "The toll since the start of the crackdown in Vessia on March 3 is 131 dead, the committee of doctors"
            " said.",
            ["118 | 131"],
        ),
    ],
)
def test_a_count_since_an_event_s_day_runs_to_the_page_s_day(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Mar 6 2024")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    "sentence",
    [
        "The army, for its part, said the toll had reached sixty-one.",
        "The army, for its part, said the toll had reached 61.",
    ],
)
def test_a_figure_said_after_the_verb_is_no_one_s_name(tmp_path, sentence):
    # the words after "said" that hold the figure, in digits or spelled out, are what was said, not who said it
    _, claims, _ = discovered(_corpus(tmp_path, ("News", "Daily One", "Mar 12 2024", sentence)))
    assert [c.source for c in claims if isinstance(c, QuantityClaim)] == ["The army"]
    report = _two_outlets(tmp_path, sentence, "The army said the toll had reached 61.", "Mar 12 2024")
    assert [texts(f) for f in report.findings] == [], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # "the first day of the trial" is no part of the crash's toll, and two counts of one first day are one count
        (
            "On the first day of the trial, prosecutors said the Harwell crash killed 12 people.",
            "The Harwell crash killed 14 people.",
            ["12 | 14"],
        ),
        (
            "During the first day of the Harwell strike, police arrested 40 dockers.",
            "Police arrested 65 dockers on the first day of the Harwell strike.",
            ["40 | 65"],
        ),
    ],
)
def test_a_count_of_a_first_day_still_disagrees(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Mar 12 2024")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # a word of what is usual tied to another verb of the clause makes no norm of the figure
        (
            "The river that normally runs dry in summer rose 4 metres at Kelvale on Monday.",
            "The river rose 6 metres at Kelvale on Monday.",
            ["4 metres | 6 metres"],
        ),
        (
            "Unemployment in Kelvale usually rises in winter and hit 6.1% in January.",
            "Unemployment in Kelvale hit 5.2% in January.",
            ["5.2% | 6.1%"],
        ),
        (
            "Kelvale Mills usually reports in March and this year posted a profit of $40 million.",
            "Kelvale Mills posted a profit of $60 million this year.",
            ["$40 million | $60 million"],
        ),
        (
            "The striker averages 30 goals a season and was sold for $40 million.",
            "The striker was sold for $60 million.",
            ["$40 million | $60 million"],
        ),
        # an average told with other words is still the same average
        ("Kelvale's annual average temperature is 14C.", "Kelvale's average temperature is 16C.", ["14C | 16C"]),
        (
            "Kelvale's typical annual rainfall is 600mm.",
            "Kelvale's average annual rainfall is 750mm.",
            ["600mm | 750mm"],
        ),
        # a sum said to be part of a whole is still compared with the same part told of another whole, or alone
        (
            "Halvorsen will pay $425 million of that sum now.",
            "Halvorsen will pay $400 million of the total now.",
            ["$400 million | $425 million"],
        ),
        (
            "Halvorsen will pay $425 million of the settlement now.",
            "Halvorsen will pay $400 million now.",
            ["$400 million | $425 million"],
        ),
    ],
)
def test_a_usual_word_or_a_whole_sum_after_a_figure_keeps_it_compared(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Mar 12 2024")
    assert [texts(f) for f in report.findings] == flagged, [f.message for f in report.findings]


DISCREPANCIES_NEWS_72 = CORPORA / "discrepancies-news-72"


def test_discover_on_a_university_s_abuse_settlement_and_a_record_rainfall_keeps_its_floor():
    # `discrepancies-news-72`: real coverage of Michigan State University's $500 million settlement with 332 victims
    # of Larry Nassar (16 May 2018) and of the record rainfall in the United Arab Emirates with floods in Oman (14 to
    # 17 April 2024). Discover finds neither of the two: Dubai's rain to Tuesday night (5.59 against 6.26 inches:
    # the 6.26 is written after "Over a half foot" and is not set against the 5.59) and Dubai's yearly average
    # (97mm against 94.7mm: "typically receives only 97mm" names no rain). Flagged: Penn State's payout to Jerry
    # Sandusky's victims against Michigan State's (another payer, named by no subject), the $425 million paid now
    # against the $500 million (a part of the whole sum, read as the sum itself) and the Hans India's annual average
    # of 3.73 inches against the day's 5.59 inches (a norm, read as the storm's rain).
    assert_discover_floor(DISCREPANCIES_NEWS_72, true=2, traps=26, found=0, flagged=3, findings=7)


DISCREPANCIES_NEWS_73 = CORPORA / "discrepancies-news-73"


def test_discover_on_a_march_counted_twice_and_a_production_cut_keeps_its_floor():
    # `discrepancies-news-73`: real coverage of the march against Hong Kong's extradition bill (16 June 2019), which
    # its organisers and the police counted apart, and of the OPEC+ cut of 2 million barrels a day agreed on 5
    # October 2022 from November. Discover finds neither: the hours from the march's start to the apology ("Six
    # hours after the protest started", "Seven hours into the march") are time gone by, no fact's length, and the
    # last meeting held in person ("the first face-to-face meeting since July 2022", "since March 2020") is a month
    # gone by that no fact or event kind reads. Flagged: the march of a week earlier against the protest of 12 June,
    # two earlier protests read as one protest's day.
    assert_discover_floor(DISCREPANCIES_NEWS_73, true=2, traps=17, found=0, flagged=1, findings=2)


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # the severe cases are a part of the cases, compared only with severe cases
        ("There were 9 severe cases of dengue in the district.", "The district recorded 140 cases of dengue.", False),
        ("Doctors reported 6 critical cases of cholera.", "Doctors counted 31 cases of cholera.", False),
        (
            "Officials said 3 serious cases of measles were found.",
            "Officials said 25 cases of measles were found.",
            False,
        ),
        # guards: the cases, and the severe cases, still compare with their own kind
        ("The district recorded 150 cases of dengue.", "The district recorded 140 cases of dengue.", True),
        ("There were 9 severe cases of dengue in the district.", "There were 12 severe cases of dengue.", True),
        # guards: counts after "in" and "among" stay counts of the whole, whatever group or event follows, and
        # counts of different facts are no breakdown of one
        ("Twelve died in the blast and 5 died in the fire.", "Seventeen died in the blast.", True),
        ("The trial counted 60 cases of flu.", "The trial counted 64 cases of flu.", True),
        (
            "The virus has caused 5,000 cases in people across the country, and 120 deaths among residents of care"
            " homes.",
            "The virus has caused 5,600 cases across the country.",
            True,
        ),
        # guards: "is to" after a subject is no plan ("is to blame", "the priority is to find"), and two counts of
        # what happened still disagree
        ("Police said the driver is to blame for the 12 deaths.", "Police said 15 people died in the crash.", True),
        ("The priority is to find the 12 missing miners.", "Officials said 9 miners are missing.", True),
        ("The carmaker cut 400 jobs at the plant.", "The carmaker cut 250 jobs at the plant.", True),
    ],
)
def test_a_part_is_not_compared_with_the_whole(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Aug 4 2025")
    assert bool(report.findings) is flagged, [texts(f) for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # siblings of one family name keep their own ages, listed "Name, age"
        (
            "Amara Osei, 12, Kofi Mensah Osei, 8, and Efua Osei, 5, were pulled from the river.",
            "Kofi Mensah Osei, 8, was the last to be found.",
            False,
        ),
        (
            "Tomas Novak, 34, and Jan Petr Novak, 29, ran the bakery.",
            "Jan Petr Novak, 29, opened it in 2015.",
            False,
        ),
        # guard: one sibling's two ages still disagree
        (
            "Amara Osei, 12, Kofi Mensah Osei, 8, and Efua Osei, 5, were pulled from the river.",
            "Kofi Mensah Osei, 9, was the last to be found.",
            True,
        ),
    ],
)
def test_siblings_listed_with_their_ages_keep_them_apart(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Aug 4 2025")
    ages = [f for f in report.findings if "ages" in f.rule]
    assert bool(ages) is flagged, [texts(f) for f in report.findings]


DISCREPANCIES_NEWS_74 = CORPORA / "discrepancies-news-74"


def test_discover_on_children_lost_in_a_jungle_and_a_vaccine_trial_s_results_keeps_its_floor():
    # `discrepancies-news-74`: real coverage of four children lost in the Colombian Amazon after a plane crash (1
    # May to 9 June 2023) and of the interim and final efficacy results of the Pfizer-BioNTech vaccine trial (9 and
    # 18 November 2020). Found: Fastwaytracking's crash on "March 1" against 1 May, and The i Paper's Tien aged five
    # against four. Missed: Fastwaytracking's "Sept. 9" against 9 June (its sentence names no event a day is read
    # for: the military "informed the government"). Flagged: Central Recorder's wreckage found "two weeks following
    # its crash on the 16th May", read as the crash's day; the AP's "may be 90% effective" against "more than 90 per
    # cent" (a stated bound is never met by its own end); the interim "better than 90 percent" that Saudi Gazette
    # recalls against the final 95 percent ("better than" is no bound) and the 94 percent in adults over 65; and
    # CHEAC's 94 cases against the 164 the trial would continue "through".
    assert_discover_floor(DISCREPANCIES_NEWS_74, true=3, traps=23, found=2, flagged=5, findings=9)


DISCREPANCIES_NEWS_75 = CORPORA / "discrepancies-news-75"


def test_discover_on_a_hurricane_s_landfall_and_a_march_s_crowd_counts_keeps_its_floor():
    # `discrepancies-news-75`: real coverage of Hurricane Otis, which made landfall near Acapulco early on Wednesday
    # 25 October 2023, and its toll over a week, and of the Women's March on Washington of Saturday 21 January 2017
    # with the Metro ridership of that day and of the inauguration. Missed: Talking Points Memo's Acapulco "hit
    # Thursday by Hurricane Otis" against the landfall on Wednesday (a storm that strikes dates no landfall), the
    # strengthening in 24 hours (110 mph against 115 mph "in a single day"), the 100,000 more Metro riders against
    # "about 82,000 more", Metro's 1,001,616 trips against The Week's 1,001,613 (a figure after a label and a colon
    # counts nothing), and The Daily Campus's march on "Jan. 21, 2016". Flagged: VICE's 485,000 marchers in
    # Washington against its 400,000 in New York (a place before "with" and a figure is not read as the figure's
    # place); it also reads the headline's "Three Times As Many" as a crowd, sets The Week's 30 marchers of Stanley,
    # Idaho, against the 500,000 in Washington, and Forbes's 152 missing people found against NBC News's "nearly 100"
    # dead or missing, pairs the gold does not annotate.
    assert_discover_floor(DISCREPANCIES_NEWS_75, true=5, traps=26, found=0, flagged=1, findings=7)


DISCREPANCIES_NEWS_76 = CORPORA / "discrepancies-news-76"


def test_discover_on_a_measles_outbreak_and_a_company_acquisition_keeps_its_floor():
    # `discrepancies-news-76`: real coverage of the measles outbreak in West Texas (11 February to 8 April 2025) and
    # of Procter & Gamble's acquisition of Gillette (28 January and 12 July 2005). Missed: Money Reign's "confirmed
    # Saturday" against Sunday (a day a death is made public is no event's day), the day care's six children against
    # seven (no fact reads a count of infected children), WARC's "Thursday evening" announcement against Friday (the
    # late part of a day agrees with the day after it), the P&G shareholders' 96.5 percent against "over 97%" and
    # P&G's "nearly 300" brands against "more than 300" (no fact reads votes cast or brands). Flagged: the 6,000 jobs
    # cut against the combined workforce of 140,000; it also sets the counties' counts (Terry County's 46, RatonNM's
    # 36 of Lubbock, Health and Family's 328 of Gaines County) against the whole outbreak's, the takeover's price
    # against the brands' sales, the buyback and the chief executive's pay, and USA Today's $55 billion against $57
    # billion, a pair the gold leaves out of scoring.
    assert_discover_floor(DISCREPANCIES_NEWS_76, true=5, traps=23, found=0, flagged=1, findings=22)


@pytest.mark.parametrize(
    ("sentence", "date", "kind"),
    [
        # a count, a past participle and the noun it describes: people, no verdict's day
        ("Three convicted smugglers who slipped out of a prison van on Sunday were caught.", "on Sunday", None),
        ("Four sentenced bankers who fled the country on Tuesday were named by prosecutors.", "on Tuesday", None),
        # guards: the count is whom the verb befell, or the participle has no noun after it
        ("The jury convicted two men of fraud on Friday.", "on Friday", "ruling"),
        ("Three convicted in the bribery case on Monday were jailed.", "on Monday", "ruling"),
        ("Seventeen kidnapped on Saturday were freed.", "on Saturday", "kidnapping"),
    ],
)
def test_a_participle_between_a_count_and_its_noun_describes_people_and_dates_no_event(sentence, date, kind):
    from claimcheck.extract.story_events import event_kind

    assert event_kind(sentence, date) == kind


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # a span counted back in a clause about the subject does not make the figure after it the story's own: the
        # fire of a month before, and its dead, are another event's
        (
            "A fire that broke out a month earlier has killed 64 people.",
            "The blaze killed 12 people.",
            False,
        ),
        (
            "Officials said that a fire a month ago had killed 64 people.",
            "The blaze killed 12 people.",
            False,
        ),
        ("A fire two weeks ago killed 40 people in the same district.", "The blaze killed 12 people.", False),
        ("A fire which broke out a month earlier killed 64 people there.", "The blaze killed 12 people.", False),
    ],
)
def test_a_span_counted_back_before_a_figure_keeps_it_another_event_s(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Mar 9 2025")
    assert bool(report.findings) is flagged, [texts(f) for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # "actual damages" with no verdict in sight are the damage the floods did, against another page's damage
        (
            "Officials said the actual damages caused by the floods reached $40 million.",
            "The floods caused $25 million in damage.",
            True,
        ),
        # actual costs, and the actual losses an insurer puts, are no damages of a verdict
        (
            "The city spent $5 million in actual costs on the parade.",
            "Jurors ordered the city to pay $8 million in compensatory damages.",
            False,
        ),
        (
            "The insurer put the actual losses at $6 million.",
            "A jury ordered the insurer to pay $4 million in compensatory damages.",
            False,
        ),
    ],
)
def test_actual_damages_and_costs_are_no_damages_of_a_verdict(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Jun 4 2025")
    assert bool(report.findings) is flagged, [texts(f) for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # "original" before a figure is no earlier stage of it: an original work, an original home, a toll raised
        ("An original Picasso sold for $10 million at auction.", "A Picasso sold for $12 million.", True),
        (
            "Their original home was destroyed in a fire that killed 4 people.",
            "The fire killed 6 people.",
            True,
        ),
        (
            "Officials raised the original toll of 35 dead to 41 dead on Tuesday.",
            "Officials said 38 people died.",
            True,
        ),
        (
            "An appeals court cut the award to $30 million. The jury's verdict was $45 million.",
            "The appeals court reduced the award to $30 million.",
            True,
        ),
        ("The 45 original passengers died in the crash.", "The crash killed 52 passengers.", True),
    ],
)
def test_original_before_a_figure_makes_no_earlier_stage_of_it(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Oct 2 2025")
    assert bool(report.findings) is flagged, [texts(f) for f in report.findings]


DISCREPANCIES_NEWS_77 = CORPORA / "discrepancies-news-77"


def test_discover_on_a_prison_escape_s_manhunt_and_a_jury_verdict_cut_on_appeal_keeps_its_floor():
    # `discrepancies-news-77`: real coverage of the escape of two murderers from the Clinton Correctional Facility
    # at Dannemora, New York (6 June 2015) and the manhunt that ended with Sweat's capture on 28 June, and of the
    # St. Louis jury's $4.69 billion talc verdict against Johnson & Johnson (12 July 2018) cut to $2.12 billion on
    # appeal (23 June 2020). Found: the capture 30 miles against 63 km from the prison, and Sweat's age (34 against
    # 35). Missed: the 22-day against the 23-day manhunt (an "odyssey" is no manhunt), the Star's three kilometres
    # from the border (its phrase tells of the escape three weeks before), Matt's age (reported with the Star's
    # caption of the escape, a pair left out of scoring), and the jury's $500 million against $550 million (pages two
    # years apart). Flagged: the sighting over 300 miles from the prison against the capture's distance, RTTNews's
    # $550 million "of actual damages" (a damage cost) against the appeal's $500 million, its $4.14 billion punitive
    # damages against the appeal's, a $4.7 billion "jury verdict" against the $2.12 billion it was cut to, and one
    # page's $500 million in damages against its $4.7 billion total.
    assert_discover_floor(DISCREPANCIES_NEWS_77, true=6, traps=25, found=2, flagged=4, findings=13)


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # the count has reached the ordinal: a lower count of the same day disagrees, a higher one may count more
        ("A 12th hiker died in the canyon heat, rangers said.", "Eleven hikers have died in the canyon heat.", True),
        ("A 12th hiker died in the canyon heat, rangers said.", "Fifteen hikers have died in the canyon heat.", False),
        ("A 12th hiker died in the canyon heat, rangers said.", "Twelve hikers have died in the canyon heat.", False),
        (
            "Police in Varna arrested a sixth suspect over the raid.",
            "Four suspects were arrested over the Varna raid.",
            True,
        ),
        (
            "Police in Varna arrested a sixth suspect over the raid.",
            "Seven suspects were arrested over the Varna raid.",
            False,
        ),
        (
            "A third miner was injured when the Orvik shaft collapsed.",
            "Two miners were injured in the Orvik shaft.",
            True,
        ),
        # an ordinal after "the" counts over a wider scope than the event: no count of it
        (
            "A Dorval officer was shot dead on Monday, the fifth officer killed in the line of duty.",
            "One officer was killed in Dorval on Monday.",
            False,
        ),
        # a count left dead is a toll, not those aboard
        ("The bus crash left one passenger dead.", "The bus was carrying 40 passengers.", False),
        # a repetition and a rank are no counts
        ("Rain flooded the Orvik shaft for the third time.", "Two miners were injured in the Orvik shaft.", False),
        (
            "It was the third deadliest collapse at the Orvik shaft.",
            "Two miners were injured in the Orvik shaft.",
            False,
        ),
    ],
)
def test_a_count_told_by_an_ordinal_is_its_lowest(tmp_path, first, second, flagged):
    report = _two_outlets(tmp_path, first, second, "Apr 8 2025")
    assert bool(report.findings) == flagged, [f.message for f in report.findings]


# The day an event that lasts ended ("the dockers ended their strike on Friday", "the blaze was put out on
# Thursday") is compared with the days of its end alone, never with the day it began or broke out.
@pytest.mark.parametrize(
    ("sentence", "date", "ended"),
    [
        ("Hundreds of dockers ended their strike on Friday after nine days.", "Friday", True),
        ("Firefighters extinguished the Varna blaze on Thursday.", "Thursday", True),
        ("The siege of the Orvik plant came to an end late on Sunday.", "Sunday", True),
        ("The miners called off their walkout on Monday.", "Monday", True),
        # near misses: the start told in a relative clause, or after the end's word; no end's word at all
        ("The inmates ended the sit-in that began on April 3.", "April 3", False),
        ("Talks to end the strike began on Monday.", "Monday", False),
        ("The dock strike began on June 2.", "June 2", False),
        ("The blaze broke out on Thursday and burned for a week.", "Thursday", False),
        # near misses: "end" as a noun, an end word before "of" or "up", words that more often tell something else
        ("The strike began at the end of the day on Monday.", "Monday", False),
        ("The quake struck at the end of a long shift on Monday.", "Monday", False),
        ("The dead-end road flooded on Monday.", "Monday", False),
        ("Police put out a statement on Monday.", "Monday", False),
        ("The plane lifted off on Monday and crashed minutes later.", "Monday", False),
        ("Rescuers lifted survivors from the rubble on Tuesday.", "Tuesday", False),
        ("Voters ended up choosing him on Sunday.", "Sunday", False),
    ],
)
def test_a_day_an_end_word_comes_right_before_is_the_day_the_event_ended(sentence, date, ended):
    from claimcheck.extract.story_events import event_ended

    assert event_ended(sentence, date) is ended


@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        # the start and the end of one strike, or of one fire: two days, no disagreement
        (
            "The Kesso dock strike began on Monday, June 2.",
            "Kesso dockers ended their strike on Wednesday, June 11.",
            [],
        ),
        (
            "The Varna warehouse fire broke out on Monday, May 5.",
            "Firefighters extinguished the Varna warehouse fire on Thursday, May 8.",
            [],
        ),
        # two days of its end, or of its start, still disagree
        (
            "Kesso dockers ended their strike on Wednesday, June 11.",
            "Kesso dockers called off their strike on Thursday, June 12.",
            ["Thursday, June 12 | Wednesday, June 11"],
        ),
        (
            "The Kesso dock strike began on Monday, June 2.",
            "Kesso dockers ended the strike that began on Tuesday, June 3.",
            ["Monday, June 2 | Tuesday, June 3"],
        ),
        # near misses: no end's word, only "end" as a noun or words that more often tell something else
        (
            "The earthquake struck at the end of a night shift on Monday, June 9, killing 12 miners.",
            "The earthquake struck on Tuesday, June 10, killing 12 miners.",
            ["Monday, June 9 | Tuesday, June 10"],
        ),
        (
            "Firefighters put out the huge Varna warehouse blaze on Thursday, May 8.",
            "The Varna warehouse blaze was put out on Friday, May 9.",
            ["Friday, May 9 | Thursday, May 8"],
        ),
    ],
)
def test_the_day_an_event_ended_is_compared_with_the_days_of_its_end_alone(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Jun 13 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


# A count in a "when" clause right after a past year ("the most since 2015 when 14 climbers died") is of that
# year's event, not the story's.
@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        (
            "It was the deadliest season on Mount Pirin since 2015 when 14 climbers died.",
            "Nine climbers died on Mount Pirin this season.",
            [],
        ),
        (
            "The Kesso flood was the worst since 1998 when 40 people died.",
            "Twelve people died in the Kesso flood.",
            [],
        ),
        # near misses: a "when" after this year's date, or a year with no "when", tells the story's own count
        (
            "Nine climbers died on Mount Pirin in May 2025 when a storm hit.",
            "Eleven climbers died on Mount Pirin this season.",
            ["Eleven | Nine"],
        ),
        (
            "The Kesso flood killed 40 people, the most since 1998.",
            "Twelve people died in the Kesso flood.",
            ["40 | Twelve"],
        ),
    ],
)
def test_a_count_in_a_when_clause_after_a_past_year_is_of_that_years_event(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Jun 13 2025")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


# Near misses: the year of a full date right before "when" (the story's own day, on a page of the next year), and
# an "and" that opens the story's own clause after the "when" clause.
@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        (
            "The storm struck on December 30, 2025 when 14 people died in Kesso.",
            "The storm killed 9 people in Kesso.",
            ["14 | 9"],
        ),
        (
            "It was the busiest season on Mount Pirin since 2019 when crowds formed at the top and this year 11"
            " climbers died.",
            "Nine climbers died on Mount Pirin this year.",
            ["11 | Nine"],
        ),
    ],
)
def test_a_count_after_a_full_date_or_past_another_clause_is_not_of_a_past_year(tmp_path, first, second, figures):
    report = _two_outlets(tmp_path, first, second, "Jan 2 2026")
    assert [texts(f) for f in report.findings] == figures, [f.message for f in report.findings]


# Strikers a count tells by what befell them ("hunger strikers were taken to hospital", "have been force-fed") are
# not set against all who took part in the strike.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Eighteen hunger strikers were taken to hospital.", "About 1,500 prisoners are on hunger strike."),
        ("Four hunger strikers have been force-fed.", "Some 400 inmates launched a hunger strike."),
    ],
)
def test_strikers_told_by_what_befell_them_are_not_all_who_took_part(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Jun 13 2025")
    assert report.findings == [], [f.message for f in report.findings]


DISCREPANCIES_NEWS_80 = CORPORA / "discrepancies-news-80"


def test_discover_on_a_mountaineering_season_and_a_prisoners_hunger_strike_keeps_its_floor():
    # `discrepancies-news-80`: real coverage of the spring 2019 season on Mount Everest (11 deaths, a record 885 on
    # the summit in May) and of the 40-day hunger strike of Palestinian prisoners in Israeli jails (17 April to 27 May
    # 2017). Missed: CBS News's 855 on the summit against 885 (no fact reads people on a summit), The New York Times's
    # "About 1,000 men" who took part against the others (strikers are not read from "took part in the strike"), and
    # the "More than 1600" against the prison service's 1,578 (far from the strike's words). Flagged: the deaths of
    # 2014 and 2015 against those of 2019 (their year after the figure, or "the following year"), the "more than 200
    # lives" of all time against the 11, two climbers' days of death, and the 20 hours of talks as the strike's length.
    assert_discover_floor(DISCREPANCIES_NEWS_80, true=3, traps=28, found=0, flagged=4, findings=8)


DISCREPANCIES_NEWS_78 = CORPORA / "discrepancies-news-78"


def test_discover_on_a_ferry_fire_s_missing_and_a_village_s_heat_records_keeps_its_floor():
    # `discrepancies-news-78`: real coverage of the Norman Atlantic ferry fire off Corfu (28 December 2014 to 3
    # January 2015) and of Lytton's Canadian heat records (27 June to 8 July 2021). Found: the register's 474
    # passengers against the National Post's 423, and Lytton's distance from Vancouver. Missed: the 477 survivors
    # (the 427s stand at an earlier stage "Earlier, …" opens, and a count of the rescued may grow), 43 against 41
    # unaccounted for (a day apart), the rescue's 33 against 36 hours (no fact), The Week's roughly 1,000 residents
    # against "under 250" (an owner's count is no whole) and the old record's July 5 against July 7, 1937 (no event
    # of the story). Flagged: the same day's seven dead in the morning against ten at night, ten against the 12 that
    # count a tug's two seamen, and the old national record of 45 C against 46.6 C.
    assert_discover_floor(DISCREPANCIES_NEWS_78, true=7, traps=22, found=2, flagged=4, findings=12)


DISCREPANCIES_NEWS_79 = CORPORA / "discrepancies-news-79"


def test_discover_on_a_minimum_wage_rise_and_a_sovereign_default_keeps_its_floor():
    # `discrepancies-news-79`: real coverage of the UK National Living Wage's rise from £10.42 to £11.44 an hour
    # (announced 21 November 2023, in force 1 April 2024) and of Sri Lanka's default on its external debt (payments
    # suspended 12 April 2022, the grace period on $78 million of coupons expired 18 May). Found: World Today News's
    # 4.1% rise against "almost 10 per cent". Missed: the workers who get the rise (two million against three
    # million, no fact groups them), the rate before the rise (£10.42 against £10.98) and the apprentices' (£5.28
    # against £6.15), the age the £11.44 applies from (23 against 21), and the day of Fitch's downgrade (12 against 13
    # April: a downgrade is no event kind). Flagged: an 18-year-old apprentice's rise of "more than 20%" against the
    # national living wage's rise. A sum of the debt falling due ("$25 billion in external debt to be repaid over the
    # next five years") is no debt in all, and is no longer set against the $51 billion.
    assert_discover_floor(DISCREPANCIES_NEWS_79, true=6, traps=25, found=1, flagged=1, findings=3)


DISCREPANCIES_NEWS_87 = CORPORA / "discrepancies-news-87"


def test_discover_on_a_landslide_s_toll_and_a_chipmaker_s_job_cuts_keeps_its_floor():
    # `discrepancies-news-87`: real coverage of the landslide that buried Yambali in Enga, Papua New Guinea (24 May to
    # 10 June 2024) and of Intel's job cuts of 1 August 2024. Found: the year of the landslide ("the landslide
    # disaster in Mulitaka, Enga Province on 24th May 2023"). Missed: seven bodies against five on the Monday (a five the IOM gave "earlier on
    # Sunday" makes every five a stage left behind), the share of the workforce cut (Boing Boing's 12% and the others'
    # 15% are of two pages' days), the savings ($10m: no fact reads them), the jobs cut (17,500 "will affect" is a
    # stage apart) and the fall after hours (no fact reads a share price). Flagged: the bodies still to be recovered
    # and estimates of the dead against the bodies recovered, 50 to 60 homes of one area against the 150 buried, and
    # the workforce at the end of 2023 against the one of 29 June.
    assert_discover_floor(DISCREPANCIES_NEWS_87, true=6, traps=17, found=1, flagged=4, findings=7)


DISCREPANCIES_NEWS_86 = CORPORA / "discrepancies-news-86"


def test_discover_on_a_failed_coup_and_a_national_budget_keeps_its_floor():
    # `discrepancies-news-86`: real coverage of the dead and arrests of Turkey's failed coup (15 to 20 July 2016) and
    # of India's budget of 1 February 2018. Found: Real Russia Today's 2389 soldiers detained on Saturday against
    # 2,839. Missed: "More than 3000" against 2,839, the soldiers among Monday's 7,543 (6,030 against 6,038: "6,038
    # of them are soldiers" takes its fact from the sentence before) and both deficits in rupees (no fact reads a
    # government's deficit). Flagged: the Prime Minister's 161, the assailants left out, against the tolls with
    # them, the AP's "some 265" of Sunday against "at least 290", and Saturday's 2,839 against Sunday's 6,000.
    assert_discover_floor(DISCREPANCIES_NEWS_86, true=5, traps=18, found=1, flagged=3, findings=7)


DISCREPANCIES_NEWS_89 = CORPORA / "discrepancies-news-89"


def test_discover_on_a_uranium_plant_s_criticality_accident_and_a_locust_upsurge_keeps_its_floor():
    # `discrepancies-news-89`: real coverage of the criticality accident at Tokaimura (30 September to 11 October
    # 1999) and of the desert locusts that reached Kenya (January to spring 2020). Found: the plant's distance from
    # Tokyo (90 miles against 70). Missed: the peak radiation (15,000 against 4,000 times normal: no fact reads a
    # multiple of a normal level), the FAO's daily distance (two stories months apart) and the locusts in one swarm
    # (no fact reads a swarm's size). No longer flagged: the 310,000 kept indoors within six miles against the
    # town's 34,000.
    assert_discover_floor(DISCREPANCIES_NEWS_89, true=4, traps=13, found=1, flagged=0, findings=3)


DISCREPANCIES_NEWS_88 = CORPORA / "discrepancies-news-88"


def test_discover_on_a_volcano_s_eruption_and_a_record_football_transfer_keeps_its_floor():
    # `discrepancies-news-88`: real coverage of Mount Agung's eruption on Bali (25 to 28 November 2017) and of
    # Neymar's transfer to Paris Saint-Germain (2 to 4 August 2017). Found: the ash column's height (10,000ft against
    # 13,000 feet or 4,000 metres) and Pogba's fee, the record broken (98 against 105 million euros: "the existing
    # record" and "the previous world record" are one record). Missed: the day the eruption began (Friday against
    # Saturday: "began erupting" and "Mount Agung erupted" name no kind of event).
    assert_discover_floor(DISCREPANCIES_NEWS_88, true=3, traps=22, found=2, flagged=0, findings=2)


DISCREPANCIES_NEWS_83 = CORPORA / "discrepancies-news-83"


def test_discover_on_a_quarantine_hotel_collapse_and_three_estimates_of_a_quarter_s_growth_keeps_its_floor():
    # `discrepancies-news-83`: real coverage of the Xinjia Hotel's collapse in Quanzhou (7 to 12 March 2020) and of
    # the three estimates of US growth in the second quarter of 2008 (1.9%, 3.3%, 2.8%). Found: the hotel's storeys
    # (five, six, seven) and its rooms (80 against 66: "with 80 rooms", "the 66-room hotel"). Missed: those inside (71
    # against 80), and both growth discrepancies (no fact reads forecasts or spending growth). Flagged: 48 pulled
    # out against 42 rescued alive, the 71 trapped at the collapse against the seventeen who "remain trapped", the
    # 80 inside against the 58 under quarantine, the dead of different days, and the two who died later against
    # the toll.
    assert_discover_floor(DISCREPANCIES_NEWS_83, true=5, traps=24, found=2, flagged=5, findings=10)


DISCREPANCIES_NEWS_84 = CORPORA / "discrepancies-news-84"


def test_discover_on_an_airport_s_cost_and_opening_dates_and_a_mars_rover_s_landing_keeps_its_floor():
    # `discrepancies-news-84`: real coverage of Berlin Brandenburg Airport (its opening of June 2012 called off, its
    # cost estimated from 2012 to 2020, its opening on 31 October 2020) and of the Curiosity rover's landing on Mars
    # (6 August 2012). Missed: all seven. The airport's pages are months or years apart, each a story of its own, so
    # its budget (2.4, 2.7, 2.83 or 1.7 billion euros), its cost at the opening, its first opening date and the
    # dates given up are never compared; the rover's cost ("$2.5 billion Mars Science Laboratory rover": a sum named
    # by a named thing is kept apart) and a column of nine days later (240 million km, nine months) are not either.
    assert_discover_floor(DISCREPANCIES_NEWS_84, true=7, traps=12, found=0, flagged=0, findings=1)


DISCREPANCIES_NEWS_90 = CORPORA / "discrepancies-news-90"


def test_discover_on_a_protest_crackdown_s_dead_and_a_teachers_strike_keeps_its_floor():
    # `discrepancies-news-90`: real coverage of the raid on the Khartoum sit-in (3 June 2019) with the dead counted
    # by a doctors' committee and the health ministry over a week, and of the Chicago teachers' strike (17 to 31
    # October 2019). Missed: the raid's day ("Monday, June 2nd 2019" names a Monday that was 3 June, so it is read
    # as either day), the day the bodies were pulled from the Nile, the students kept from class (300,000 against
    # about 350,000), the class-size money ($25 million against $35 million) and the days the union sought to make
    # up (11 against 10): no fact reads them.
    # Flagged: "more than 108" against 108 (two relays of one counter). Also made: the four killed in their homes
    # against Monday's toll, the ministry's 13 of the first day against later tolls, and the ministry's 61 against
    # doctors' counts whose pages name no source.
    assert_discover_floor(DISCREPANCIES_NEWS_90, true=5, traps=13, found=0, flagged=1, findings=7)


DISCREPANCIES_NEWS_85 = CORPORA / "discrepancies-news-85"


def test_discover_on_a_mine_collapse_s_trapped_miners_and_a_football_final_s_crowd_and_audience_keeps_its_floor():
    # `discrepancies-news-85`: real coverage of the San José mine's collapse near Copiapó (5 August 2010, 33 miners
    # trapped for 69 days) and of the Euro 2020 final at Wembley (11 July 2021): its crowd and its UK TV audience.
    # Found: the miners' depth (300 m the day after against about 700 m) and the capacity set for the final (about
    # 67,000 against around 60,000). Missed: the 34 trapped of the day after against the 33 (a count of the trapped
    # is of its day), the peak audience (31.1m against 30.95 million) and the average (21.8m against 29.85 million).
    # Flagged: the stadium's 90,000 seats against the capacity set for the final (a venue's seats are its
    # capacity). Also made: a headline's "two weeks" against 17 days, a pair the gold does not judge.
    assert_discover_floor(DISCREPANCIES_NEWS_85, true=5, traps=13, found=2, flagged=1, findings=4)


DISCREPANCIES_NEWS_81 = CORPORA / "discrepancies-news-81"


def test_discover_on_a_shipwreck_found_on_the_seabed_and_a_carmaker_s_widened_recall_keeps_its_floor():
    # `discrepancies-news-81`: real coverage of the find of the Montevideo Maru (sunk off Luzon on 1 July 1942 with
    # about 1,060 prisoners, found more than 4,000 metres down, announced 22 April 2023) and of General Motors's
    # ignition switch recall, widened on 25 February 2014 to 1.62 million cars with 13 deaths and 31 crashes linked.
    # Found: the nations of the prisoners (around 16 against 14). Missed: the prisoners aboard, 1,060 against 1,080;
    # the soldiers, 864 against 850 ("including 850 Australian servicemen" is read as a part of those included); the
    # minutes to sink and the years to the find: no fact names them; the cars recalled: no fact counts them; the
    # days of the first recall and its expansion: no event kind. Flagged: the 850 Australian service members
    # against the 979 Australians killed, and Nine News's six deaths of "the original recall" against the 13. The
    # crashes of "the number of crashes from 22 to 31" are no longer deaths, nor "four torpedoes" people aboard.
    assert_discover_floor(DISCREPANCIES_NEWS_81, true=8, traps=31, found=1, flagged=2, findings=4)


# A strike "starting Monday" told on a Friday of its end is the Monday gone, the day the other page gives it.
def test_a_strike_starting_a_weekday_told_after_it_ended_is_no_other_day(tmp_path):
    first = "Dockers at the port of Felixstowe staged a five-day strike starting Monday, the union said on Friday."
    second = "The strike by dockers at Felixstowe began on Monday, May 13, and lasted five days, the union said."
    report = _two_outlets(tmp_path, first, second, "May 17 2024")
    assert not [f.message for f in report.findings if "date" in f.rule]


DISCREPANCIES_NEWS_82 = CORPORA / "discrepancies-news-82"


def test_discover_on_a_religious_festival_s_opening_crowds_and_a_doctors_strike_keeps_its_floor():
    # `discrepancies-news-82`: real coverage of the opening days of the Maha Kumbh Mela at Prayagraj (13 and 14
    # January 2025) and of the five-day strike of resident doctors in England (17 to 22 December 2025). Missed: the
    # first day's "Nearly 15-million" against "over 16.5 million" and the "around 35 crore" expected against "more
    # than 400 million" (no fact reads those who bathed, and the expectations are kept apart from counts), "almost
    # 2,000 doctors going on strike" against 19,120 (the phrase stops before "going on strike"), the 78.8 against
    # 78.5 per cent of beds occupied ("of beds" names what is counted, "bed occupancy" does not) and the 4,000
    # against 3,000 training posts (no fact reads posts). Flagged: the 2.5 million expected on the first day against
    # the 15 million who came, and the 59 days of strikes since March 2023 as the strike's length.
    assert_discover_floor(DISCREPANCIES_NEWS_82, true=5, traps=27, found=0, flagged=2, findings=4)


def test_a_fact_box_figure_before_its_label_is_compared_with_the_same_figure_in_a_sentence(tmp_path):
    box = "— $900 million: Estimated damage to roads and bridges.\n— 4.5: Magnitude of the tremor at Varn.\n"
    steps = "Step 1: Clear 3 roads.\n"
    (tmp_path / "a.txt").write_text(
        f"Storm batters the coast\n\nCoast Ledger\nOct 6 2025\n\nStorm Ilse swept the coast.\n\n{box}{steps}",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Storm Ilse leaves trail of ruin\n\nNorthern Wire\nOct 6 2025\n\nStorm Ilse hit the coast. Damage to "
        "roads and bridges was put at $1.4 billion, and a magnitude 3.8 tremor shook Varn. Crews cleared 2 roads.\n",
        encoding="utf-8",
    )
    _, _, report = discovered(tmp_path)
    flagged = [texts(f) for f in report.findings]
    assert "$1.4 billion | $900 million" in flagged, flagged
    assert "3.8 | 4.5" in flagged, flagged
    assert not any("1" in t.split(" | ") for t in flagged)  # "Step 1:" is no figure


def test_a_fact_box_count_of_quakes_of_a_magnitude_is_no_magnitude_of_the_quake(tmp_path):
    # "— 5: Magnitude 7 quakes recorded" counts quakes of that magnitude: it is not set against a quake's magnitude
    (tmp_path / "a.txt").write_text(
        "Tremor rattles the coast\n\nCoast Ledger\nMay 2 2025\n\nA quake shook Varn on Friday.\n\n"
        "— 4: Magnitude 6 quakes felt in Varn since 1990.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Quake shakes Varn\n\nNorthern Wire\nMay 2 2025\n\nA magnitude 6.3 quake shook Varn on Friday.\n",
        encoding="utf-8",
    )
    _, _, report = discovered(tmp_path)
    flagged = [texts(f) for f in report.findings]
    assert not any("4" in t.split(" | ") for t in flagged), flagged


# Soldiers something befell (arrested, killed, wounded) are counted by what befell them, not as the troops a force
# sends: 1,200 soldiers arrested are no count of the 5,000 troops deployed, nor two soldiers killed of either. What
# troops were sent to do ("to arrest the rebels") befell no one of them: they are still troops.
@pytest.mark.parametrize(
    ("first", "second", "fact", "figures"),
    [
        (
            "Police arrested 1,200 soldiers after the mutiny in Karvia.",
            "About 5,000 troops were deployed in Karvia.",
            None,
            None,
        ),
        ("Two soldiers were killed in the clashes in Karvia.", "The army has 4,000 troops in Karvia.", None, None),
        (
            "Police arrested 1,200 soldiers after the mutiny in Karvia.",
            "Police arrested 1,900 soldiers after the mutiny in Karvia.",
            "arrests",
            ["1,200", "1,900"],
        ),
        (
            "About 5,000 troops were deployed in Karvia on Monday.",
            "About 9,000 troops were deployed in Karvia on Monday.",
            "troops",
            ["About 5,000", "About 9,000"],
        ),
        (
            "Some 5,000 troops were sent to Karvia to arrest the rebels.",
            "About 9,000 troops were sent to Karvia.",
            "troops",
            ["About 9,000", "Some 5,000"],
        ),
        (
            "Around 800 soldiers were flown to Pessa to free the hostages.",
            "About 2,000 soldiers were flown to Pessa.",
            "troops",
            ["About 2,000", "Around 800"],
        ),
    ],
)
def test_soldiers_something_befell_are_counted_by_it_not_as_troops(tmp_path, first, second, fact, figures):
    report = _two_outlets(tmp_path, first, second, "Jul 16 2024")
    found = [(f.rule, sorted(c.text for c in f.claims)) for f in report.findings]
    if fact is None:
        assert found == [], found
    else:
        assert len(found) == 1 and f"-{fact}" in found[0][0] and found[0][1] == figures, found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Some 300 soldiers were arrested to stop the mutiny.", "arrests"),
        ("About 20 people were taken to hospital to be treated.", "hospitalised"),
        ("Police said 40 guards were wounded trying to free the hostages.", "injured"),
        # a "to" clause after a verb of telling or making is what those counted are made to do, no purpose
        ("Some 2,000 villagers were ordered to evacuate before the dam burst.", "displaced"),
        ("About 600 tourists were urged to evacuate the island on Friday.", "displaced"),
        ("Some 12 workers managed to escape before the roof of the factory fell.", "escaped"),
    ],
)
def test_what_befell_a_figure_before_a_purpose_clause_is_still_its_fact(text, fact):
    from claimcheck.rules.facts import facts_of

    from .test_extract import quantities

    assert fact in facts_of(quantities(text)[0])


# Days of events of kinds any story may have, told differently by two outlets: a product recall, people found
# after a search, a credit rating's change and a company's takeover are each compared by their day, and so is
# the day of a widening.
@pytest.mark.parametrize(
    ("first", "second", "days"),
    [
        (
            "The recall of Halvor Foods smoked salmon began on Thursday over fears of listeria contamination.",
            "Halvor Foods issued a recall of its smoked salmon on Wednesday after a listeria test.",
            "Thursday | Wednesday",
        ),
        (
            "The two missing climbers were found alive on Sunday near the summit of Mount Ossa.",
            "Rescuers said the two climbers missing on Mount Ossa were rescued on Saturday from a snow cave.",
            "Saturday | Sunday",
        ),
        (
            "Moody's cut its rating of the republic of Veloria to junk on Friday, citing its debts.",
            "Veloria's credit rating was cut to junk by Moody's on Thursday as its debts mounted.",
            "Friday | Thursday",
        ),
        (
            "Kessler Steel agreed to acquire its rival Orbin Metals on Monday for $2.1 billion.",
            "The takeover of Orbin Metals by Kessler Steel was agreed on Tuesday at $2.1 billion.",
            "Monday | Tuesday",
        ),
        # the day of a widening, told differently
        (
            "The evacuation order for the valley was expanded on Sunday to the town of Brill.",
            "Officials expanded the evacuation order to Brill on Saturday as the fire spread.",
            "Saturday | Sunday",
        ),
        # a widening word inside a noun is no widening
        (
            "The fire at the airport's expansion site broke out on Monday, officials said.",
            "The fire at the airport broke out on Tuesday near a hangar.",
            "Monday | Tuesday",
        ),
        # found guilty: a ruling's day, not a discovery's
        (
            "Dario Mest was found guilty of fraud on Friday by a jury in Lyon.",
            "A jury in Lyon convicted Dario Mest of fraud on Thursday.",
            "Friday | Thursday",
        ),
    ],
)
def test_days_of_a_recall_a_discovery_a_downgrade_and_a_takeover_are_compared(tmp_path, first, second, days):
    report = _two_outlets(tmp_path, first, second, "Mar 7 2025")
    assert days in [texts(f) for f in report.findings], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # remembering is no recall, and a finding of a study no discovery
        (
            "On Thursday the mayor recalled the night the Rhona river burst its banks.",
            "The mayor on Friday recalled how the Rhona river rose in the night.",
        ),
        (
            "Researchers at Lund found on Monday that the drug cut relapses by a third.",
            "The study, published on Tuesday, found the drug cut relapses by a third.",
        ),
        # found negligent, and a thing found, are no people found
        (
            "The officer was found negligent on Monday by the inquiry into the raid.",
            "The bodies were found on Tuesday in the river below the dam.",
        ),
        # an upgrade of software is no rating's; to take over a post, or to buy shares, is no takeover
        (
            "Telvo released an upgrade to its phones on Monday after a security flaw.",
            "The software upgrade was released by Telvo on Tuesday.",
        ),
        (
            "Ines Moro will take over as chief executive of Telvo on Monday.",
            "Rivals agreed to a takeover of Telvo on Tuesday after a bidding war.",
        ),
        (
            "The pension fund used the cash to buy shares on Monday, its report says.",
            "Kessler Steel agreed to buy Orbin Metals on Tuesday for $2 billion.",
        ),
        # a memory is no recall of a product
        (
            "The witness has no recall of the events of Monday night, her lawyer said.",
            "The recall of the Rivo cars began on Tuesday after a brake fault.",
        ),
        # a recall, and its widening days later: two stages, each with its own day
        (
            "Halvor Foods issued a recall of its smoked salmon on Wednesday after a listeria test.",
            "The recall of Halvor Foods salmon was expanded on Friday to cover its trout as well.",
        ),
        (
            "The truce between the two militias began on Monday at noon, the mediators said.",
            "The truce between the two militias was extended on Thursday for another week.",
        ),
    ],
)
def test_words_of_those_kinds_in_other_senses_and_a_widening_give_no_day_to_compare(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "Mar 7 2025")
    assert not [f for f in report.findings if f.claims[0].kind == "date"], [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # an age given for no name, by the kind of person: one man of the story in each article, two ages
        (
            "A 41-year-old man was taken to hospital after the boiler exploded at the Ostrava plant.",
            "A 44-year-old man was taken to hospital after the blast at the Ostrava plant.",
            True,
        ),
        (
            "The 8-month-old girl was pulled from the flooded house in Ostrava.",
            "The 9-month-old girl was carried out of the flooded house in Ostrava.",
            True,
        ),
        (
            "A 30-year-old man from Derby was arrested in Ostrava.",
            "Police in Ostrava arrested a 33-year-old man from Derby.",
            True,
        ),
        # another kind of person, or another place they are from: another person
        (
            "A 41-year-old woman was taken to hospital after the boiler exploded at the Ostrava plant.",
            "A 44-year-old man was taken to hospital after the blast at the Ostrava plant.",
            False,
        ),
        (
            "A 30-year-old man from Derby was arrested in Ostrava.",
            "Police in Ostrava arrested a 33-year-old man from Leicester.",
            False,
        ),
        # an article with two men of different ages: no article says which man another's age is of
        (
            "A 41-year-old man and a 23-year-old man were arrested in Ostrava.",
            "A 44-year-old man was arrested in Ostrava on Friday.",
            False,
        ),
        # the age of someone the story names or describes is that person's, not the unnamed one's
        (
            "The crane operator, a 52-year-old man from Brno, was arrested in Ostrava.",
            "A 52-year-old man from Brno was arrested in Ostrava; a 61-year-old man from Brno was released.",
            False,
        ),
        # ages too far apart to be one person's slip: two men
        (
            "A 34-year-old man died in the fire at the Ostrava plant.",
            "A 50-year-old man died in the fire at the Ostrava plant.",
            False,
        ),
        # an age with no noun after it says of no kind of person
        (
            "The 25-year-old was arrested in Ostrava.",
            "The 27-year-old was arrested in Ostrava.",
            False,
        ),
        # "male" or "female" before a noun of its own: that noun's kind of person, no man or woman
        (
            "A 38-year-old male paramedic was injured when the roof of the Tartu depot fell in.",
            "A 40-year-old man was injured when the roof of the Tartu depot fell in.",
            False,
        ),
        (
            "A 26-year-old female officer was injured when the roof of the Tartu depot fell in.",
            "A 28-year-old woman was injured when the roof of the Tartu depot fell in.",
            False,
        ),
        # an article that gives the ages of two children, one named by her kin: two ages of people it speaks of
        (
            "An 8-year-old girl and her 11-year-old sister were hurt when the Tartu depot roof fell in.",
            "An 11-year-old girl was hurt when the Tartu depot roof fell in.",
            False,
        ),
        # the day after "from" is no place: one woman, a year apart, one thing befalling her
        (
            "A 61-year-old woman from Sunday's collision in Tartu was taken to hospital.",
            "A 62-year-old woman was taken to hospital after the collision in Tartu.",
            True,
        ),
    ],
)
def test_an_age_given_for_no_name_is_compared_by_the_kind_of_person(tmp_path, first, second, flagged):
    path = _corpus(
        tmp_path,
        ("Ostrava news", "Daily One", "May 3 2025", first),
        ("Ostrava report", "Daily Two", "May 3 2025", second),
    )
    _, _, report = discovered(path)
    ages = [f for f in report.findings if "ages" in f.rule]
    assert bool(ages) is flagged, [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("A 28-year-old male was also hurt in the fall.", "man"),
        ("Doctors said the 11-month-old infant was stable.", "baby"),
        ("Those freed were a 46-year-old woman from West Lothian and her son.", "woman from west lothian"),
        ("A 28-year-old male died at the scene.", "man"),
        ("A 33-year-old female, who was driving, was hurt.", "woman"),
        # "male" or "female" before a noun: a kind of person of its own
        ("A 41-year-old male nurse was stabbed in the car park.", ""),
        ("A 29-year-old female passenger was hurt.", ""),
        # a place up to its possessive; a day after "from" is no place
        ("A 36-year-old man from Galway's west side was hurt.", "man from galway"),
        ("A 40-year-old man from Monday's crash remains in hospital.", "man"),
        ("A 40-year-old woman from Tuesday was released.", "woman"),
        # a thing's age, a noun of no kind of person, an age said after its person
        ("A 35-year-old chairlift failed on Tuesday.", ""),
        ("Her 15-year-old daughter was on the lift.", ""),
        ("The victim was eight years old.", ""),
    ],
)
def test_the_kind_of_person_an_unnamed_age_is_of(tmp_path, sentence, holder):
    [claim] = [c for c in _claims_of(tmp_path, sentence) if c.kind == "quantity" and c.counted == "age"]
    assert unnamed_holder(claim) == holder


@pytest.mark.parametrize(
    ("sentence", "found"), [("A 41-year-old man was hurt.", True), ("A 41-year-old woman was hurt.", False)]
)
def test_the_kind_of_person_of_an_age_rule_is_matched_as_a_whole_word(sentence, found):
    from claimcheck.rules.terms import has_any_term

    assert has_any_term(sentence, ("man",)) is found


@pytest.mark.parametrize(
    ("sentence", "date", "kind"),
    [
        # a ship held fast, an eruption begun, an office taken: kinds of event of their own
        ("The cargo ship ran aground off the Breton coast on Wednesday.", "Wednesday", "grounding"),
        ("Monday, the ferry first became stuck on a sandbank in the estuary.", "Monday", "grounding"),
        ("The tanker became wedged across the strait early on Sunday.", "Sunday", "grounding"),
        ("Mount Kello began erupting last Thursday, spewing ash over the valley.", "last Thursday", "eruption"),
        ("The new governor was sworn in on Monday in the capital.", "Monday", "taking office"),
        ("Ms Aroha took office on December 1 after a close race.", "December 1", "taking office"),
        # the verb of a recall with what is taken back after it; "recalled" alone is a verb of saying
        ("On March 4, the dairy recalled its yoghurt over fears of glass shards.", "March 4", "recall"),
        ("The carmaker recalled their pickups on Friday.", "Friday", "recall"),
        ("He recalled on Friday that the plant had been shut for years.", "Friday", None),
        # a date set off by commas after the subject dates what the subject does next
        ("A jury, on Tuesday, awarded $12 million to the family of the driver.", "Tuesday", "ruling"),
        ("The trawler, on Sunday, ran aground near the harbour wall.", "Sunday", "grounding"),
        (
            "A jury, on Monday, awarded $4 million to a nurse who said the drug was the cause of her illness.",
            "Monday",
            "ruling",
        ),
        ("Officials said, on Friday, that the quake had killed 12.", "Friday", None),
        # a day written again in brackets dates what the day before them dates
        ("The quake struck on Friday (June 3) near the coast.", "June 3", "earthquake"),
        ("On Sunday (April 6), the health department reported a second death.", "April 6", None),
        # a verb of confirming with the event as its object: the day of the telling, not of the event
        ("The mission, which confirmed their kidnapping in a statement on Sunday, asked for prayers.", "Sunday", None),
        ("Police reported the shooting on Monday.", "Monday", None),
        ("Officials confirmed the quake struck on Monday.", "Monday", "earthquake"),
        ("The inauguration of the new bridge drew protesters on Monday.", "Monday", None),
        # a region or a country set off by commas after a place is no clause of its own
        ("The quake in Jajarkot, Nepal, on Friday killed 150 people.", "Friday", "earthquake"),
        ("It is ten days since the flood in Derna, Cyrenaica on 11 September.", "11 September", "flood"),
        ("Officials in Kathmandu, Nepal, on Friday said the toll had risen.", "Friday", None),
        ("The fire destroyed the market, Lagos State, on Monday.", "Monday", None),
        # a caption's place and day with no word leading to the day: the picture's day
        ("Workers picket during the strike at the plant in Dayton, Ohio, March 4, 2024.", "March 4, 2024", None),
        # an acronym in brackets is no place
        ("The Election Board (EB) on Thursday published the voter rolls.", "Thursday", None),
    ],
)
def test_kinds_of_event_a_day_dates_and_the_days_of_their_telling(sentence, date, kind):
    from claimcheck.extract.story_events import event_kind

    assert event_kind(sentence, date) == kind


@pytest.mark.parametrize(
    ("sentence", "date", "kind"),
    [
        # held fast: a grounding only where a vessel is held ("talks got stuck" stay talks)
        ("Protesters became stuck in traffic on the bridge on Tuesday", "Tuesday", None),
        ("Talks got stuck on Friday over the border issue", "Friday", "talks"),
        ("The bill became stuck in committee on Monday", "Monday", None),
        ("The barge became lodged under the bridge on Thursday.", "Thursday", "grounding"),
        # sworn in: an office taken only by an officeholder, not by jurors or witnesses
        ("The jurors were sworn in on Wednesday as the trial opened", "Wednesday", None),
        ("The witnesses were sworn in on Tuesday", "Tuesday", None),
        ("The inauguration of the new bridge drew protesters on Monday.", "Monday", None),
        ("Her inauguration as mayor took place on Friday.", "Friday", "taking office"),
        # recalled: a firm's goods taken back, not a memory nor an envoy called home
        ("Veterans recalled about the war on Thursday", "Thursday", None),
        ("She recalled more than once on Monday", "Monday", None),
        ("He recalled its early days on Friday", "Friday", None),
        ("Moscow recalled its ambassador on Tuesday", "Tuesday", None),
        # a day set off after the subject dates the subject's verb, not a clause after it
        ("The ferry, on Sunday, was towed free after it ran aground on Friday night.", "Sunday", None),
        ("The ferry, on Sunday, was towed free after it ran aground on Friday night.", "Friday night", "grounding"),
        # began erupting: an eruption only of a volcano
        ("Violence started erupting in the camp on Friday", "Friday", None),
        # news of an event ("reported an eruption") dates the event; only one known already ("the …") is told of
        ("The observatory reported an eruption on Sunday that sent ash over the town.", "Sunday", "eruption"),
        ("Witnesses reported an explosion on Sunday at the plant", "Sunday", "explosion"),
    ],
)
def test_words_of_an_event_that_name_it_only_of_what_it_befalls(sentence, date, kind):
    from claimcheck.extract.story_events import event_kind

    assert event_kind(sentence, date) == kind


@pytest.mark.parametrize(
    ("first", "second", "concept"),
    [
        (
            "The bulk carrier ran aground in the channel on Monday.",
            "The bulk carrier ran aground on Tuesday.",
            "grounding",
        ),
        (
            "The container ship became wedged across the canal early on Tuesday (May 6), blocking traffic.",
            "Monday, the container ship first became stuck in the canal.",
            "grounding",
        ),
        ("The mayor was sworn in on Monday.", "The new mayor took office on Tuesday.", "taking-office"),
        ("On May 2, the bakery recalled its rye bread.", "The bakery recalled its rye bread on May 3.", "recall"),
    ],
)
def test_two_days_of_a_grounding_an_office_taken_or_a_recall_are_a_finding(tmp_path, first, second, concept):
    report = _two_outlets(tmp_path, first, second, "May 9 2025")
    assert [f.rule.split("-", 1)[1] for f in report.findings] == [f"date-{concept}"], [
        f"{f.rule}: {f.message}" for f in report.findings
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the day a kidnapping was confirmed is not the day it happened
        (
            "Twelve aid workers were kidnapped on Saturday near the border.",
            "The charity, which confirmed their kidnapping in a statement on Sunday, asked for calm.",
        ),
        # nor the day a grounding was reported
        ("The ferry ran aground on Monday.", "Coastguards reported the grounding of the vessel on Wednesday."),
        # a day a firm recalled something in memory is no recall
        ("The firm recalled its pies on Monday.", "The founder recalled on Thursday that the firm had begun in 1990."),
    ],
)
def test_the_day_an_event_was_confirmed_or_recalled_in_memory_is_not_its_day(tmp_path, first, second):
    report = _two_outlets(tmp_path, first, second, "May 9 2025")
    assert report.findings == [], [f.message for f in report.findings]
