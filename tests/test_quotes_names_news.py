"""Quotes and person names in real news on subjects none of the extractors were written on
(`corpora/quotes-names-news/`: court cases, company results, a strike, football, health, local government,
diplomacy, literary prizes; `corpora/quotes-names-news-2/`: space, crime and policing, agriculture, rail
strikes, religion, music, technology, weather, education; `corpora/quotes-names-news-3/`: central banks,
cricket, archaeology, ports, hospitals, labour protests, mountaineering, tennis, film festivals;
`corpora/quotes-names-news-4/`: cycling, marathons, chess, rugby, airlines, wildlife rangers, mining;
`corpora/quotes-names-news-5/`: defence, fisheries, theatre, housing, boxing, a field survey, fuel, power cuts;
`corpora/quotes-names-news-6/`: courts, religion, space agencies, farming, public health, a mayor, a university
survey, music; `corpora/quotes-names-news-7/`: athletics, football, business, film, books, climate research;
`corpora/quotes-names-news-8/`: tourism, greenways and councils, teachers' unions, food prices, motor racing,
railways; `corpora/quotes-names-news-9/`: nurses' strikes, student protests, eco-activists, heritage, volleyball
and ski-jumping coaches, an aviation incident, provincial assemblies, courts of appeal;
`corpora/quotes-names-news-10/`: cyber attacks on a parliament, a museum theft, a football club's owner, a fossil
find, parliamentary debates, refugees landing by boat, a volcano's evacuees, wolf hunts, palm oil trade;
`corpora/quotes-names-news-11/`: border guards, a winter expedition, a central bank, a transport strike, cholera,
a lunar probe, a murder trial, doctors' walkout, a city budget, dengue, a teachers' strike;
`corpora/quotes-names-news-12/`: a coroner's inquest, farmers' protests, a police chief on riots, a union leader on a
pay deal, an exam leak, airline chiefs on delays, a patriarch and a mufti, wildlife poaching, fuel prices, a football
federation's new coach; `corpora/quotes-names-news-13/`: a county judge on a disaster declaration, a mountain rescue,
athletes appealing a doping ban, a zoo's births, a landslide, a charity on a drought, Pacific leaders at a summit,
a volcano's evacuation, an archaeologist on a seal, tiger deaths, a prime minister's office on a visit, a minister's
death; `corpora/quotes-names-news-14/`: a climate negotiator at a summit, a defence minister, a lawmaker on an
extradition refusal, novelists, police on online critics, tax police, a doctors' body on waiting lists, a justice
minister on money laundering, a news agency's brief on envoys, a football captain after a match, a cabinet after a
party's exit; `corpora/quotes-names-news-15/`: a papal visit, a vaccine trial, a university's and a faculty's
closures, wildlife smugglers jailed, an orchestra's new conductor, a mayoral concession, a data breach, a space
telescope's first image, a yacht race, a mine strike; `corpora/quotes-names-news-16/`: a mine disaster, ski jumping,
trade talks, a bridge collapse, whaling, ice hockey, a science prize's phone call, big-wave surfing, a lost lottery
ticket, lantern makers, a samba school's parade, a Channel swim; `corpora/quotes-names-news-17/`: a hospital fire,
a train derailment, a pilgrimage stampede, a tsunami, a plane's wreckage found at sea, a factory fire, a building
collapse, a tsunami's dead, an earthquake rescue, a capsized migrant boat, a passenger train derailment, an
earthquake's relief; `corpora/quotes-names-news-19/`: a tennis player's press conference, a golfer's win, a
javelin thrower's title, a murder trial's opening, calls with analysts, volcanologists on an eruption, a labour
ministry and a state government on strikes, a minister on a diplomatic row, a foreign ministry's spokesperson;
`corpora/quotes-names-news-20/`: two election nights' crowds, a march on a capital, a students' procession, a
bishop's sermon, voters in three queues, a designer's show notes, two children's wishes, Eid prayers;
`corpora/quotes-names-news-21/`: a snooker diary, mourners at a royal visit, a shipowner's apology, a coach's
appointment, a judge's sentencing remarks, a head teacher and a mother on school uniform, a committee hearing, a
scientist's interview in question-and-answer form, a mountain rescue's costs, a spokesperson on a meeting's readout,
a government spokesman on a speech, a prime minister and a fighter-jet deal;
`corpora/quotes-names-news-22/`: a speaker's resignation speech, a mayor's flood warning, a police appeal for
witnesses, a film festival jury's press conference, a charity's emergency appeal, a union rally, an old master's
auction, a spelling bee, a fire chief on wildfires, a laureate's banquet speech, hunger strikers, stranded whales;
`corpora/quotes-names-news-23/`: a footballer's retirement, a sea captain's rescue, chefs on new restaurant stars,
a jockey's last ride, astronomers on an exoplanet, fans at a film premiere, a dog show's winner, an astronaut's
landing, an acquittal outside court, a lighthouse keeper's retirement, a surgeon after a hand transplant;
`corpora/quotes-names-news-24/`: a junior doctors' strike, a ferry victim's widow at an inquiry, a maritime inquiry's
findings, a prison inspection report, a famine warning, a launch scrub, a campus encampment, a union's election
result, a heritage listing, a fire evacuation's calls, a ferry inquest's ruling;
`corpora/quotes-names-news-25/`: a defendant's evidence at a murder trial, a judge's sentencing remarks, two prime
minister's questions, two cricket captains after a Test, rugby post-match interviews and a list of quotes signed after
dashes, a film festival's winners, a director's award speech and a minister's reply, a phone launch, a university
team's find; `corpora/quotes-names-news-26/`: two obituaries' tributes, a chess tournament, an esports final, two
summits' press remarks, a recall apology, an Everest summit list, a school inspection row, two forecasters' storm
warnings, a museum's bid for a painting; `corpora/quotes-names-news-27/`: researchers on a simulated star, a fossil
and gravitational waves, an astrophysicist before a press conference, chief executives on earnings calls and in a
press release, two council meetings, three appeal-court rulings; `corpora/quotes-names-news-28/`: a union and an employer
in two wage disputes, a coroner's inquest, two committee hearings, two mountain rescues, farmers in two droughts, a
pathologist's interview and architects' panel in question-and-answer form, an architect on his museum, a head teacher on
an inspection, a conductor's first rehearsal; `corpora/quotes-names-news-29/`: councillors in three council meetings,
three school boards, researchers on a vitamin, a retina, koalas, white tea, clinical trials, a marine predator, a dolphin
and a deep-sea species, and a curator on an exhibition; `corpora/quotes-names-news-30/`: ministers on Icesave, a
freed prisoner, Korean briefings, a Saudi foreign minister, an Irish appeal, a murder trial's evidence, a tribunal, an EU
nominee and a Colombian foreign minister; `corpora/quotes-names-news-31/`: an interpreter at a news conference, posts
on X, question time in the Commons, Qatari statements read out and written, Dutch ministers' letters, a coaches' press
conference and a spokesman's statement; `corpora/quotes-names-news-32/`: a president known by one name, Tamil Nadu
politicians named by initials, question time in the Lok Sabha, footballers and a coach known by one name, a High Court
bench, and Japanese and Korean names; `corpora/quotes-names-news-33/`: footballers and managers after matches, a
columnist's testimony, four sentencings, a health briefing and two reports of a disease centre's briefings;
`corpora/quotes-names-news-34/`: censure motions in Kenya's parliament and senate, Indonesian ministers on
satellites, a Vietnamese vaccine maker, three football transfers, Mexico's Supreme Court and Ukrainian ministers;
`corpora/quotes-names-news-35/`: Malawi's parliament and presidents, two earnings calls, a Liga MX coach, Philippine
officials on a new virus, Thai prime ministers and Peruvian ministers resigning;
`corpora/quotes-names-news-36/`: Malaysian ministers and a minister's reprimand of a reporter, Dutch mayors and a
mayor's death, a Belgian prime minister, a Kuwaiti sheikh, a Lebanese minister, an archbishop's homily, Colombian
senators and an Indonesian police spokesman; `corpora/quotes-names-news-37/`: Kenyan governors, a county's
legislators and a party's statement, a Chinese foreign-ministry briefing, Ethiopia's prime minister, Iceland's prime
minister, Hungary's prime minister, a Nigerian governor, Korea's interim football coach, Argentina's president and
economy minister, and Dubai's crown prince; `corpora/quotes-names-news-38/`: unions and employers in three pay
disputes and a walkout, Indonesian ministers and spokesmen, a Vietnamese deputy prime minister at question time,
Mexican senators, NASA's news conferences on an asteroid sample and Thailand's prime minister;
`corpora/quotes-names-news-39/`: three Ghanaian ministers, Somalia's president, Pakistan's prime minister, two Sri
Lankan ministers, a county health director's briefing, two football coaches, a lawyer outside court and two chief
executives on calls with analysts; `corpora/quotes-names-news-40/`: farmers' protests in India and the Netherlands, a
spacecraft's last day, three planning decisions, two health officials on measles, a port strike, fishermen before a
judge and two Sierra Leonean fishermen, one quoted in translation; `corpora/quotes-names-news-41/`: archaeologists on
three tombs, one in a broadcast script, coffee growers, bicycle mayors, a water minister, a prime minister on
reading, a date festival's officials, a street vendors' union, a circus, a chocolate shop's manager and a
glaciologist; `corpora/quotes-names-news-42/`: a chief justice before a judicial commission and counsel before a
full bench in South Africa, two sumo grand champions, a deputy cabinet secretary, two coral-reef scientists, a
mayor and a law director on potholes, a councillor's blog, a fintech founder and two experts on Lagos, a Mexican exporter, an
economist and an industry chamber's president on the peso, two Indonesian badminton players and a badminton coach in
Malaysia; `corpora/quotes-names-news-43/`: marathon winners in Paris, Honolulu and Beijing, a cyclist's stage win,
officials and locals on locust swarms in India, owners of closing bookshops, camel-race spectators in the Emirates
and officials before three typhoons in the Philippines; `corpora/quotes-names-news-44/`: the victims of a killing and a police chief, a hockey team's squad and
coaches, Vietnamese and Japanese ministers, Polish mayors, councillors and pensioners, two poetry shortlists, Turkish
chefs, Dubai's rulers, a hurling manager and goalkeeper, three cyclists and two Chilean senators;
`corpora/quotes-names-news-46/`: the victims of three bus crashes, a driver and an investigator, seventeen Turkish
governors and their successors, four award laureates, an Indian football squad, Vietnamese generals, Amsterdam's
mayor, a Saudi foreign minister, an England squad and Warsaw's mayor;
`corpora/quotes-names-news-47/`: a Mountie and lobster fishermen, a fisheries minister, Chilean ministers, a mayor
and a president on fires in Valparaíso, Nepalese police officers and a smuggling suspect, coast guard spokesmen and
survivors of three Philippine ferry accidents, an Argentine minister and a Greek reporter, and a distillery's founder;
`corpora/quotes-names-news-45/`: sheriff's and police spokespeople on two shark attacks, a minister and an official on
bird flu in India, a displaced villager at a dam, runway protesters, a mayor and an airport director, truffle
vendors and traders in Kuwait, Malaysian ministers and an agency on haze, and highway officials on a bus crash;
`corpora/quotes-names-news-48/`: a Tanzanian cabinet, Zimbabwe's attorney general and judges, a Korean briefing,
Indonesian officials on two ferry disasters, Nigerian governors and senators, an Arab League delegation in Beirut,
Chile's mining minister and Romania's prime minister; `corpora/quotes-names-news-49/`: Jamaican union leaders,
Namibian farmers, a headman and a family in drought, Fiji's sports minister, World Rugby and a rugby union's
chairman, Mongolia's prime minister in a question-and-answer interview, the German chancellor, and two widows in
Trinidad; `corpora/quotes-names-news-50/`: Ugandan soldiers, civilians and opposition supporters in court, a
Bangladeshi cabinet, Myanmar's ministers after "U" and "Daw", Venezuelan opposition leaders, Egyptian defendants,
Spanish witnesses, Highland candidates and a Serbian court's spokeswoman; `corpora/quotes-names-news-51/`: Nigerian
witnesses in two trials, a Pakistani custodian and police spokesman, Korean question time and interpellation, Indian
ministers and opposition leaders in the Rajya Sabha, Portugal's state-of-the-nation debate, Spanish ministers on the
witness stand, a football coach's question-and-answer interview, a Kenyan president's transcript and Turkish
deputies): each gold quotes its
corpus, and recall and precision may not fall below what they reached."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

from claimcheck import extract, load_corpus
from claimcheck.evaluate import evaluate, load_gold

CORPORA = Path(__file__).parent / "corpora"


class Floor(NamedTuple):
    """What a corpus's gold holds and the least its extraction may reach."""

    articles: int
    events: int
    quotes: int
    names: int
    quotes_found: int
    quote_precision: float
    names_found: int
    name_precision: float


FLOORS = {
    "quotes-names-news": Floor(16, 14, 58, 50, 54, 0.96, 48, 1.0),
    "quotes-names-news-2": Floor(16, 15, 58, 30, 55, 0.94, 28, 1.0),
    "quotes-names-news-3": Floor(14, 13, 53, 86, 53, 1.0, 81, 0.98),
    "quotes-names-news-4": Floor(14, 14, 45, 54, 42, 0.95, 50, 0.98),
    "quotes-names-news-5": Floor(16, 15, 43, 70, 43, 1.0, 69, 1.0),
    "quotes-names-news-6": Floor(16, 15, 39, 45, 39, 1.0, 45, 1.0),
    "quotes-names-news-7": Floor(14, 14, 29, 68, 26, 0.89, 64, 1.0),
    "quotes-names-news-8": Floor(12, 12, 37, 45, 37, 1.0, 45, 1.0),
    "quotes-names-news-9": Floor(12, 12, 26, 64, 25, 1.0, 63, 1.0),
    "quotes-names-news-10": Floor(12, 12, 44, 44, 43, 1.0, 44, 1.0),
    "quotes-names-news-11": Floor(12, 12, 49, 25, 45, 0.93, 24, 1.0),
    "quotes-names-news-12": Floor(11, 11, 45, 29, 44, 1.0, 29, 1.0),
    "quotes-names-news-13": Floor(12, 12, 40, 44, 39, 1.0, 44, 1.0),
    "quotes-names-news-14": Floor(11, 11, 48, 31, 46, 0.92, 31, 1.0),
    "quotes-names-news-15": Floor(12, 11, 42, 31, 38, 0.94, 31, 1.0),
    "quotes-names-news-16": Floor(12, 12, 45, 40, 45, 1.0, 40, 1.0),
    "quotes-names-news-17": Floor(12, 12, 40, 21, 39, 1.0, 21, 1.0),
    "quotes-names-news-18": Floor(12, 12, 56, 54, 54, 1.0, 54, 1.0),
    "quotes-names-news-19": Floor(11, 11, 41, 37, 40, 0.95, 34, 1.0),
    "quotes-names-news-20": Floor(12, 11, 43, 32, 42, 1.0, 32, 1.0),
    "quotes-names-news-21": Floor(12, 12, 60, 45, 55, 0.94, 44, 1.0),
    "quotes-names-news-22": Floor(12, 12, 60, 42, 59, 0.96, 37, 1.0),
    "quotes-names-news-23": Floor(11, 11, 56, 37, 52, 0.9, 35, 0.97),
    "quotes-names-news-24": Floor(11, 11, 53, 27, 40, 0.8, 27, 1.0),
    "quotes-names-news-25": Floor(12, 12, 69, 46, 59, 0.92, 46, 1.0),
    "quotes-names-news-26": Floor(12, 12, 88, 64, 85, 0.96, 63, 0.98),
    "quotes-names-news-27": Floor(13, 13, 57, 25, 52, 1.0, 23, 0.92),
    "quotes-names-news-28": Floor(14, 14, 66, 38, 64, 0.94, 37, 0.94),
    "quotes-names-news-29": Floor(15, 15, 48, 31, 48, 0.98, 31, 1.0),
    "quotes-names-news-30": Floor(13, 13, 58, 45, 46, 0.81, 44, 0.95),
    "quotes-names-news-31": Floor(14, 14, 64, 55, 50, 0.76, 53, 1.0),
    "quotes-names-news-32": Floor(13, 13, 48, 43, 43, 0.85, 37, 0.97),
    "quotes-names-news-33": Floor(13, 13, 76, 50, 64, 0.85, 49, 1.0),
    "quotes-names-news-34": Floor(13, 13, 43, 51, 35, 0.91, 49, 0.92),
    "quotes-names-news-35": Floor(13, 13, 37, 43, 34, 0.89, 39, 1.0),
    "quotes-names-news-36": Floor(14, 14, 58, 39, 37, 0.62, 36, 0.92),
    "quotes-names-news-37": Floor(14, 14, 50, 42, 45, 0.97, 41, 1.0),
    "quotes-names-news-38": Floor(14, 14, 58, 37, 48, 0.85, 37, 1.0),
    "quotes-names-news-39": Floor(13, 13, 53, 24, 46, 0.91, 21, 0.91),
    "quotes-names-news-40": Floor(15, 15, 56, 28, 47, 0.89, 26, 1.0),
    "quotes-names-news-41": Floor(13, 13, 36, 26, 33, 0.88, 24, 0.96),
    "quotes-names-news-42": Floor(14, 14, 48, 45, 42, 0.86, 35, 0.97),
    "quotes-names-news-43": Floor(14, 14, 35, 37, 32, 0.88, 35, 0.94),
    "quotes-names-news-44": Floor(15, 14, 33, 70, 25, 0.73, 53, 0.98),
    "quotes-names-news-45": Floor(15, 15, 45, 37, 42, 0.93, 28, 0.9),
    "quotes-names-news-46": Floor(13, 13, 11, 125, 10, 0.9, 118, 1.0),
    "quotes-names-news-47": Floor(13, 13, 42, 32, 41, 0.97, 30, 0.96),
    "quotes-names-news-48": Floor(11, 11, 24, 60, 24, 1.0, 54, 1.0),
    "quotes-names-news-49": Floor(13, 13, 50, 38, 44, 0.93, 34, 0.97),
    "quotes-names-news-50": Floor(12, 12, 11, 142, 10, 0.75, 132, 1.0),
    "quotes-names-news-51": Floor(13, 13, 44, 72, 40, 0.97, 66, 1.0),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_gold_quotes_its_corpus(name):
    floor, corpus = FLOORS[name], CORPORA / name
    text = (corpus / "corpus.txt").read_text(encoding="utf-8")
    gold = load_gold(corpus / "gold.yaml")
    claims = [c for event in gold.events for c in event.claims]
    assert len(gold.articles) == floor.articles and len({a.event for a in gold.articles}) == floor.events
    assert sum(c.kind == "quote" for c in claims) == floor.quotes
    assert sum(c.kind == "name" for c in claims) == floor.names
    for claim in claims:
        assert claim.sentence in text and claim.quantity in claim.sentence, claim.id


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_quotes_and_names_in_unseen_news_keep_their_recall_and_precision(name):
    floor, corpus = FLOORS[name], CORPORA / name
    claims = extract(load_corpus([corpus / "corpus.txt"]), kinds=("quote", "name"))
    score = evaluate(load_gold(corpus / "gold.yaml"), None, claims)
    quotes, names = score.extraction["quote"], score.extraction["name"]
    assert quotes["found"] >= floor.quotes_found, score.missed_claims
    assert quotes["precision"] >= floor.quote_precision, quotes
    assert names["found"] >= floor.names_found, score.missed_claims
    assert names["precision"] >= floor.name_precision, names
