"""Date mentions: every class on sentences of several subjects, and properties over any date and any text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import extract, load_corpus
from claimcheck.evaluate import evaluate, load_gold
from claimcheck.extract import dates as dates_module
from claimcheck.extract import extract_document
from claimcheck.extract.dates import WEEKDAYS, find_dates, numeric_order
from claimcheck.models import Document

WEDNESDAY = dt.date(2024, 5, 15)


def read(text: str, published: dt.date | None = WEDNESDAY) -> dict[str, tuple[str | None, str]]:
    """Each date claim of a sentence: its text → (date, granularity)."""
    return {m.text: (m.date, m.granularity) for m in find_dates(text, published) if m.claim}


def doc(text: str, published: dt.date | None = WEDNESDAY) -> Document:
    return Document(id="d", title="t", outlet="Test", published=published, path="t.txt", format="digest", text=text)


def claims(text: str, published: dt.date | None = WEDNESDAY, kind: str = "date") -> list:
    return [c for c in extract_document(doc(text, published)) if c.kind == kind]


# Each row: a sentence, the dates it gives (text → date, granularity), and texts that must give no date claim.
CASES = [
    # a day without its year beside one written with its year: that year, when the article's date puts it a year off
    (
        "Ballots mailed by June 2 count, and the results are certified on May 30, 2024, the clerk said.",
        {"June 2": ("2024-06-02", "day"), "May 30, 2024": ("2024-05-30", "day")},
        [],
    ),
    (
        "The plant closes on June 14, and the last shift ends on 12 June 2024, the union said.",
        {"June 14": ("2024-06-14", "day"), "12 June 2024": ("2024-06-12", "day")},
        [],
    ),
    # month names in lower case
    ("The museum reopened on september 19 after repairs.", {"september 19": ("2023-09-19", "day")}, []),
    ("Rents have risen since october 2, the agency said.", {"october 2": ("2023-10-02", "day")}, []),
    ("Ticket sales slowed in march, the gallery said.", {"in march": ("2024-03", "month")}, []),
    ("The ferry timetable will change by june.", {"by june": ("2024-06", "month")}, []),
    ("The 5th of may drew record crowds to the fair.", {"5th of may": ("2024-05-05", "day")}, []),
    ("Seed prices fell on may 3, 2022, traders said.", {"may 3, 2022": ("2022-05-03", "day")}, []),
    ("All 5 may leave the squad before the season.", {}, ["5 may"]),
    # an ending that is not the number's ordinal one is no day ("the 9st" is a weight in stones)
    ("The jockey rode inside the 9st 9lb mark on the 21st.", {"on the 21st": ("2024-04-21", "day")}, ["the 9st"]),
    # an ordinal joined by a hyphen to a noun it ranks is no day ("a 21st-century port", "the 2nd-round replay")
    (
        "The 21st-century port and the 2nd-round replay opened on the 9th.",
        {"on the 9th": ("2024-05-09", "day")},
        ["The 21st", "the 2nd"],
    ),
    ("Students march 5 km to the square every spring.", {}, ["march 5"]),
    ("Funding may 2 years ago have been cut.", {"2 years ago": ("2022", "year")}, ["may 2"]),
    # numeric dates
    ("The harbour fair opened on 22/04/2023 to big crowds.", {"22/04/2023": ("2023-04-22", "day")}, []),
    ("The recall began on 4/22/2023 at all stores.", {"4/22/2023": ("2023-04-22", "day")}, []),
    ("Registration closed on 2023-04-22, the league said.", {"2023-04-22": ("2023-04-22", "day")}, []),
    ("The vaccine was approved on 22.04.2023 in Vienna.", {"22.04.2023": ("2023-04-22", "day")}, []),
    ("The tender was published on 2019/11/05 in the gazette.", {"2019/11/05": ("2019-11-05", "day")}, []),
    ("The derby was moved to 06/06/2021 after the storm.", {"06/06/2021": ("2021-06-06", "day")}, []),
    ("The clinic opened on 04/05/2023 in the old bank.", {"04/05/2023": ("2023", "year")}, []),
    ("Bids were due 13-02-2020, the council said.", {"13-02-2020": ("2020-02-13", "day")}, []),
    # days of the month written as words
    ("Fireworks lit the bay on the Fourth of July.", {"the Fourth of July": ("2023-07-04", "day")}, []),
    ("The levy took effect on May first, traders said.", {"May first": ("2024-05-01", "day")}, []),
    ("The ferry will resume on the twenty-first of June.", {"the twenty-first of June": ("2024-06-21", "day")}, []),
    # a passive future ("will be held") is the future, not the past its participle looks like
    ("The cup final will be held on May 24, the league said.", {"May 24": ("2024-05-24", "day")}, []),
    ("The recount will be held on 2 March, officials said.", {"2 March": ("2025-03-02", "day")}, []),
    ("The recount was held on 2 March, officials said.", {"2 March": ("2024-03-02", "day")}, []),
    ("She led after the May first round of voting.", {}, ["May first"]),
    ("Turnout fell in the June second round, the commission said.", {}, ["June second"]),
    # days joined to a day and month share its month and year; a day before a month is not a month before a count
    (
        "Rescuers searched on the 10th and 11th of March.",
        {"the 10th": ("2024-03-10", "day"), "11th of March": ("2024-03-11", "day")},
        [],
    ),
    ("Talks were held on 10 and 11 March.", {"10": ("2024-03-10", "day"), "11 March": ("2024-03-11", "day")}, []),
    (
        "The summit met on March 10 and 11, 2019, in Oslo.",
        {"March 10": ("2019-03-10", "day"), "11, 2019": ("2019-03-11", "day")},
        [],
    ),
    ("The fair ran March 3-5 in the old port.", {"March 3": ("2024-03-03", "day"), "5": ("2024-03-05", "day")}, []),
    ("On March 10 and 11 people were hurt.", {"March 10": ("2024-03-10", "day")}, ["11"]),
    # a count told as a change after a day ("and 12 more patients", "and 5 new drivers") is no day of the list
    (
        "Hospitals filled between May 2 and May 9, and 12 more patients were admitted.",
        {"May 2": ("2024-05-02", "day"), "May 9": ("2024-05-09", "day")},
        ["12"],
    ),
    ("The depot shipped buses on March 3 and 5 new drivers started.", {"March 3": ("2024-03-03", "day")}, ["5"]),
    ("Refunds were paid on April 8 and 9 other claims were closed.", {"April 8": ("2024-04-08", "day")}, ["9"]),
    # guards: a day of the list before a comma or another word stays a day
    (
        "The ferry sailed on May 3 and 4, more than a week late.",
        {"May 3": ("2024-05-03", "day"), "4": ("2024-05-04", "day")},
        [],
    ),
    # guards: a comparison after the word of change ("more than", "fewer than") keeps the day a day of the list
    (
        "On June 5 and 6 more than 200 trains were halted.",
        {"June 5": ("2023-06-05", "day"), "6": ("2023-06-06", "day")},
        [],
    ),
    (
        "On August 11 and 12 fewer than 80 guests came.",
        {"August 11": ("2023-08-11", "day"), "12": ("2023-08-12", "day")},
        [],
    ),
    (
        "Voting ran on April 2 and 3 under new rules.",
        {"April 2": ("2024-04-02", "day"), "3": ("2024-04-03", "day")},
        [],
    ),
    ("On 3 June 12 people died in the floods.", {"3 June": ("2023-06-03", "day")}, ["June 12"]),
    ("On the 2nd of March 14 boats sank.", {"2nd of March": ("2024-03-02", "day")}, ["March 14"]),
    # impossible dates: mentions, never claims
    ("The form was stamped 2023-02-30 by mistake.", {}, ["2023-02-30"]),
    ("The poster promised a concert on 31 April.", {}, ["31 April"]),
    ("The ledger shows 31/04/2021 for the payment.", {}, ["31/04/2021"]),
    ("The invoice is dated February 30, 2022.", {}, ["February 30, 2022"]),
    # one date for a month and its year said in words
    ("The bakery chain closed in June last year.", {"in June last year": ("2023-06", "month")}, ["last year"]),
    ("The ferry line was sold last June to a rival.", {"last June": ("2023-06", "month")}, []),
    ("The festival returns in August next year.", {"in August next year": ("2025-08", "month")}, ["next year"]),
    ("The trade deal was signed in February this year.", {"in February this year": ("2024-02", "month")}, []),
    ("The league was founded on June 5 last year.", {"June 5 last year": ("2023-06-05", "day")}, ["last year"]),
    ("Inflation peaked in October of last year.", {"in October of last year": ("2023-10", "month")}, []),
    # counted from the article's date or a date of the sentence
    ("Three months ago the plant employed 900 people.", {"Three months ago": ("2024-02", "month")}, []),
    ("The coach was hired two weeks ago.", {"two weeks ago": ("2024-05-01", "day")}, []),
    ("The index fell 3% a week earlier.", {"a week earlier": ("2024-05-08", "day")}, []),
    ("The previous day the river had crested in Passau.", {"The previous day": ("2024-05-14", "day")}, []),
    (
        "The dam failed on March 3, 2021, and two days later the valley flooded.",
        {"March 3, 2021": ("2021-03-03", "day"), "two days later": ("2021-03-05", "day")},
        [],
    ),
    (
        "Shares jumped a day after the June 5 vote in parliament.",
        {"a day after": ("2023-06-06", "day"), "June 5": ("2023-06-05", "day")},
        [],
    ),
    ("The strike ended three days before the May 1 holiday.", {"three days before": ("2024-04-28", "day")}, []),
    ("Shares jumped a day after the vote in parliament.", {}, ["a day after"]),
    ("Two days later the referee resigned.", {}, ["Two days later"]),
    (
        "The clinic opened on Jan. 10, 2022; the following week it was full.",
        {"the following week": ("2022-W03", "week")},
        [],
    ),
    ("A year earlier, in 2019, the club had nearly folded.", {"in 2019": ("2019", "year")}, []),
    (
        "It rained the day before yesterday in Bergen.",
        {"the day before yesterday": ("2024-05-13", "day")},
        ["yesterday"],
    ),
    # weekdays: the nearest past one, or the next one when the verb is in the future
    ("The trial opened on Monday in Leeds.", {"Monday": ("2024-05-13", "day")}, []),
    ("Monday's verdict surprised the court.", {"Monday": ("2024-05-13", "day")}, []),
    ("The jury deliberated late Tuesday.", {"Tuesday": ("2024-05-14", "day")}, []),
    ("Early on Friday the bridge reopened to traffic.", {"Friday": ("2024-05-10", "day")}, []),
    ("The lab confirmed the result on Wednesday.", {"Wednesday": ("2024-05-15", "day")}, []),
    ("The jury will return on Monday.", {"Monday": ("2024-05-20", "day")}, []),
    ("Fans queued for tickets ahead of Sunday's final.", {"Sunday": ("2024-05-19", "day")}, []),
    ("The storm is expected to make landfall late Tuesday.", {"Tuesday": ("2024-05-21", "day")}, []),
    ("The ferry is scheduled to sail early on Friday.", {"Friday": ("2024-05-17", "day")}, []),
    ("Officials said on Monday that the ferry will resume.", {"Monday": ("2024-05-13", "day")}, []),
    ("On Monday, the appeals court will rule on the case.", {"Monday": ("2024-05-20", "day")}, []),
    ("Police arrested the driver on Monday and will charge him.", {"Monday": ("2024-05-13", "day")}, []),
    ("The grades will be released on Friday.", {"Friday": ("2024-05-17", "day")}, []),
    ("Last Wednesday the mayor opened the library.", {"Last Wednesday": ("2024-05-08", "day")}, []),
    ("The Sunday Times reported the deal first.", {}, ["Sunday"]),
    ("Fans watched a Monday Night Football game in the bar.", {}, ["Monday"]),
    ("The rally was held the Sunday before the vote.", {"Sunday": ("2024-05-12", "day")}, []),
    ("The final was played on Tuesday, May 7, in Lisbon.", {"Tuesday, May 7": ("2024-05-07", "day")}, ["Tuesday"]),
    ("Doors open Sat, 25 May, for the book fair.", {"Sat, 25 May": ("2024-05-25", "day")}, []),
    ("The Sun, 12 May, ran the story first.", {"12 May": ("2024-05-12", "day")}, []),
    ("Entries will close Fri. 17 May at noon.", {"Fri. 17 May": ("2024-05-17", "day")}, []),
    # detached years, and the second of coordinated years or months
    ("The stadium opened on Dec. 31 , 1994, with a derby.", {"Dec. 31 , 1994": ("1994-12-31", "day")}, []),
    ("The bridge opened on December 31,1994 after delays.", {"December 31,1994": ("1994-12-31", "day")}, []),
    ("The treaty took effect on 1 January , 1995.", {"1 January , 1995": ("1995-01-01", "day")}, []),
    ("The clinic was expanded in 2007 and 2009.", {"in 2007": ("2007", "year"), "2009": ("2009", "year")}, []),
    (
        "The team won titles in 1998, 2004 and 2012.",
        {"in 1998": ("1998", "year"), "2004": ("2004", "year"), "2012": ("2012", "year")},
        [],
    ),
    ("The pier was rebuilt in May 2011 and 2015.", {"May 2011": ("2011-05", "month"), "2015": ("2015", "year")}, []),
    ("Sales doubled between 2016 and 2018.", {"between 2016": ("2016", "year"), "2018": ("2018", "year")}, []),
    ("The mine may close in 2026 or 2027.", {"in 2026": ("2026", "year"), "2027": ("2027", "year")}, []),
    ("The orchard flooded in March and April.", {"in March": ("2024-03", "month"), "April": ("2024-04", "month")}, []),
    ("In 2019 and 2,000 more the next year.", {"In 2019": ("2019", "year")}, ["2,000"]),
    ("The fleet grew in 2015 and 300 buses were added.", {"in 2015": ("2015", "year")}, ["300"]),
    # an irregular past before the date is the past, whatever the main verb says
    ("The ferry that sank on Monday will be raised, officials said.", {"Monday": ("2024-05-13", "day")}, []),
    ("The man who shot two people on Saturday will appear in court.", {"Saturday": ("2024-05-11", "day")}, []),
    ("The wall that broke on Sunday will be repaired.", {"Sunday": ("2024-05-12", "day")}, []),
    # a modal of obligation speaks of what is still to come; "must have" of what has been
    ("Applications must be submitted by Friday, the council said.", {"Friday": ("2024-05-17", "day")}, []),
    ("Postal ballots must arrive by Monday to be counted.", {"Monday": ("2024-05-20", "day")}, []),
    ("The leak must have started on Monday, engineers said.", {"Monday": ("2024-05-13", "day")}, []),
    # a forecast said in the past tense, and a date being set, speak of what is still to come
    ("Snow was predicted into Thursday across the hills.", {"Thursday": ("2024-05-16", "day")}, []),
    ("Lower tides were expected by Saturday, the port said.", {"Saturday": ("2024-05-18", "day")}, []),
    ("The referendum was set for June 30 after a long dispute.", {"June 30": ("2024-06-30", "day")}, []),
    ("The council signed an order setting August 12 as polling day.", {"August 12": ("2024-08-12", "day")}, []),
    # a contracted "will" is the future too
    ("We'll vote on Friday, the union leader said.", {"Friday": ("2024-05-17", "day")}, []),
    ("They'll reopen the border crossing on Monday.", {"Monday": ("2024-05-20", "day")}, []),
    # a day and month with the year said in words after a comma: one date
    (
        "The bridge was closed on March 3, this year, for repairs.",
        {"March 3, this year": ("2024-03-03", "day")},
        ["this year"],
    ),
    (
        "The drought was declared on 2 February, last year.",
        {"2 February, last year": ("2023-02-02", "day")},
        ["last year"],
    ),
    # a weekday of the week before or after: one date
    ("The museum reopened on Tuesday last week.", {"Tuesday last week": ("2024-05-07", "day")}, ["last week"]),
    ("The pier closed on Thursday of last week.", {"Thursday of last week": ("2024-05-09", "day")}, ["last week"]),
    ("The jury will sit on Friday next week.", {"Friday next week": ("2024-05-24", "day")}, ["next week"]),
    # a weekday with its day of the month: one date, in the month where that day is that weekday
    ("The ferry left on Thursday the 2nd after a delay.", {"Thursday the 2nd": ("2024-05-02", "day")}, ["Thursday"]),
    ("The derby was played on Saturday the 13th.", {"Saturday the 13th": ("2024-04-13", "day")}, ["Saturday"]),
    ("The board meets on Friday the 24th, the clerk said.", {"Friday the 24th": ("2024-05-24", "day")}, []),
    ("The parade is on Saturday the 31st of the month.", {}, ["Saturday the 31st", "Saturday"]),
    # an ordinal before a name is no day
    ("Soldiers of the 3rd Infantry Division held the bridge.", {}, ["the 3rd"]),
    ("Tickets for the 17th Harbour Regatta sold out.", {}, ["the 17th"]),
    # counts of several units
    (
        "The plant closed two years and three months ago.",
        {"two years and three months ago": ("2022-02", "month")},
        ["three months ago"],
    ),
    ("The well ran dry 1 month, 10 days ago.", {"1 month, 10 days ago": ("2024-04-05", "day")}, ["10 days ago"]),
    ("The mayor was jailed for six years two months ago.", {"two months ago": ("2024-03", "month")}, []),
    ("The club was banned for three years a week ago.", {"a week ago": ("2024-05-08", "day")}, []),
    ("The dam burst a fortnight ago, engineers said.", {"a fortnight ago": ("2024-05-01", "day")}, []),
    ("Voting ended two fortnights ago in the north.", {"two fortnights ago": ("2024-04-17", "day")}, []),
    # counted forward from the article's date
    ("The new bridge opens two weeks from now.", {"two weeks from now": ("2024-05-29", "day")}, []),
    ("The tax rises three months from now, the ministry said.", {"three months from now": ("2024-08", "month")}, []),
    # a count that is a bound gives no date; an approximate count only the period it cannot leave
    ("The mill closed just over a week ago.", {}, ["a week ago", "just over a week ago"]),
    ("The ferry sank more than three weeks ago.", {}, ["three weeks ago", "more than three weeks ago"]),
    ("The orchard was sold about three months ago.", {"about three months ago": ("2024", "year")}, []),
    ("Talks collapsed some ten days ago in Geneva.", {"some ten days ago": ("2024-05", "month")}, ["ten days ago"]),
    # what worked before still works
    ("The offensive began on Sept. 20 near the border.", {"Sept. 20": ("2023-09-20", "day")}, []),
    ("The reform takes effect on January 1, 2025.", {"January 1, 2025": ("2025-01-01", "day")}, []),
    (
        "Turnout was higher last week than last month.",
        {"last week": ("2024-W19", "week"), "last month": ("2024-04", "month")},
        [],
    ),
    ("The dam was built in 1994 (and raised in 2001).", {"in 1994": ("1994", "year"), "in 2001": ("2001", "year")}, []),
    # a weekday inside another day's name is no weekday
    ("Retailers reported record takings on Black Friday.", {}, ["Friday", "Black Friday"]),
    ("Voters in 14 states went to the polls on Super Tuesday.", {}, ["Tuesday", "Super Tuesday"]),
    ("Pilgrims crowded the shrine on Easter Monday 2019.", {}, ["Monday", "Easter Monday"]),
    # a lower-case month word after "this", "next", "last" is the word
    ("This may take weeks, the engineer said.", {}, ["This may"]),
    ("Next march the union will ballot its members again.", {}, ["Next march"]),
    # the minutes of a time and an amount of money are no day
    ("The hearing resumed at 10:30 December 4 in the capital.", {"December 4": ("2023-12-04", "day")}, ["30 December"]),
    ("Each share went for $14 March 3, the filing shows.", {}, ["14 March"]),
    ("Bidding closed at £9 June 1, the auction house said.", {}, ["9 June"]),
    # a range that writes its year once, at its end: both ends in that year
    (
        "The strike lasted from January to April 2015.",
        {"from January": ("2015-01", "month"), "April 2015": ("2015-04", "month")},
        [],
    ),
    (
        "Flooding hit the valley from November to February 2017, the agency said.",
        {"from November": ("2016-11", "month"), "February 2017": ("2017-02", "month")},
        [],
    ),
    (
        "The fair ran from 3 March to 5 April 2015.",
        {"3 March": ("2015-03-03", "day"), "5 April 2015": ("2015-04-05", "day")},
        [],
    ),
    # a year in words or in two digits after a date, and a year before 1800
    ("The bridge opened on 13 Sept nineteen seventy two.", {"13 Sept nineteen seventy two": ("1972-09-13", "day")}, []),
    (
        "The mill closed in October two thousand and five.",
        {"in October two thousand and five": ("2005-10", "month")},
        [],
    ),
    ("She joined the orchestra in April of 87.", {"in April of 87": ("1987-04", "month")}, []),
    ("The plant opened on 3 May ’98 with 40 staff.", {"3 May ’98": ("1998-05-03", "day")}, []),
    ("On June 5 twenty two people were rescued.", {"June 5": ("2023-06-05", "day")}, []),
    ("The abbey burned on 5 December 1391.", {"5 December 1391": ("1391-12-05", "day")}, []),
    ("The charter was sealed on June 15, 1215, at Runnymede.", {"June 15, 1215": ("1215-06-15", "day")}, []),
    ("On 3 May, 1500 troops crossed the river.", {"3 May": ("2024-05-03", "day")}, []),
    # "last week", "last month" of a named whole are no week or month before the article's
    ("Sales peaked in the last week of 2015.", {"of 2015": ("2015", "year")}, ["last week"]),
    ("Morale collapsed in the last month of the siege.", {}, ["last month"]),
    # "N days from <day>" counts from that day; a span "from" a day does not
    ("Results are due three weeks from tomorrow.", {"three weeks from tomorrow": ("2024-06-06", "day")}, []),
    ("The ceasefire will end two days from Friday.", {"two days from Friday": ("2024-05-19", "day")}, []),
    (
        "Rain fell in the ten days from March 1 to March 10.",
        {"March 1": ("2024-03-01", "day"), "March 10": ("2024-03-10", "day")},
        ["ten days from March 1"],
    ),
    ("The fair runs for a week from Monday.", {"Monday": ("2024-05-13", "day")}, ["a week from Monday"]),
    # a count from a named event that has no date here dates nothing
    (
        "Schools reopened three weeks after Christmas on Friday.",
        {"Friday": ("2024-05-10", "day")},
        ["three weeks after"],
    ),
    ("The bridge reopened two days after the storm on Monday.", {"Monday": ("2024-05-13", "day")}, ["two days after"]),
    # but a clause after it is dated by its date
    (
        "Trading resumed a week after the firm collapsed on March 3.",
        {"a week after": ("2024-03-10", "day"), "March 3": ("2024-03-03", "day")},
        [],
    ),
    # an ordinal weekday of a month; a weekday with its day in words
    ("The festival will open on the first Sunday of July.", {"the first Sunday of July": ("2024-07-07", "day")}, []),
    ("The law passed on the last Monday in May 2019.", {"the last Monday in May 2019": ("2019-05-27", "day")}, []),
    ("The envoys met on the second Sunday.", {}, ["the second Sunday", "Sunday"]),
    ("Protesters rallied for a second Sunday.", {"Sunday": ("2024-05-12", "day")}, []),
    ("The council met on Friday the tenth.", {"Friday the tenth": ("2024-05-10", "day")}, []),
    ("The court sat on Thursday the twenty-first.", {"Thursday the twenty-first": ("2024-03-21", "day")}, []),
    ("The court sat on Thursday, the twenty-first.", {"Thursday, the twenty-first": ("2024-03-21", "day")}, []),
    ("The fair opened on Friday, the third of May.", {"Friday, the third of May": ("2024-05-03", "day")}, []),
    # after a comma, an ordinal that goes on into the clause ranks what happened that day
    ("Two boats sank on Monday, the first losses since the storm.", {"Monday": ("2024-05-13", "day")}, []),
    ("The striker scored on Sunday, the second in a week.", {"Sunday": ("2024-05-12", "day")}, []),
    ("Voters queued on Tuesday, the third such vote this year.", {"Tuesday": ("2024-05-14", "day")}, []),
    # "previous", "following", "coming" before a weekday
    ("The deal was signed the previous Monday.", {"previous Monday": ("2024-05-13", "day")}, []),
    ("Talks resume the following Friday.", {"following Friday": ("2024-05-17", "day")}, []),
    ("The board will meet this coming Wednesday.", {"coming Wednesday": ("2024-05-22", "day")}, []),
    # "Month, year"; not a count after a month
    ("The mine closed in November, 2016.", {"November, 2016": ("2016-11", "month")}, []),
    ("In May, 2000 people marched to the capital.", {"In May": ("2024-05", "month")}, ["May, 2000"]),
    ("The April 2017 bonus was never paid.", {"April 2017": ("2017-04", "month")}, []),
    # a year after "of" or "in", and "June the 28th"
    ("The flag was first raised on July 4th of 1995.", {"July 4th of 1995": ("1995-07-04", "day")}, ["July 4th"]),
    ("The ferry will sail on 28 June in 2026.", {"28 June in 2026": ("2026-06-28", "day")}, []),
    ("On June 5 in 2000 elections were held.", {"June 5": ("2023-06-05", "day")}, ["June 5 in 2000"]),
    ("The court sits on June the 28th 2025.", {"June the 28th 2025": ("2025-06-28", "day")}, ["the 28th"]),
    # a day of the month said with its month; a weekday with its week before or after it
    ("The fair opens on the 20th of next month.", {"on the 20th of next month": ("2024-06-20", "day")}, []),
    ("Rents were raised on the 3rd this month.", {"on the 3rd this month": ("2024-05-03", "day")}, []),
    ("Talks resume next week on Friday.", {"next week on Friday": ("2024-05-24", "day")}, []),
    ("The vote is on Wednesday evening next week.", {"Wednesday evening next week": ("2024-05-22", "day")}, []),
    # an ordinal weekday or a day of a month said from the article's, after "the", with or without "day"; an ordinal
    # after a possessive is a count, and "last" before a weekday and "this month's" is the weekday before
    (
        "The regatta starts on the first Saturday of next month.",
        {"the first Saturday of next month": ("2024-06-01", "day")},
        [],
    ),
    (
        "Ballots must arrive by the last Friday of this month.",
        {"the last Friday of this month": ("2024-05-31", "day")},
        [],
    ),
    (
        "Nurses walked out on the second Tuesday in last month.",
        {"the second Tuesday in last month": ("2024-04-09", "day")},
        [],
    ),
    (
        "The first Sunday of next month's fair drew crowds.",
        {"next month": ("2024-06", "month")},
        ["The first Sunday of next month"],
    ),
    ("Applications close on the 10th day of next month.", {"on the 10th day of next month": ("2024-06-10", "day")}, []),
    (
        "The storm was the county's 5th of this month, forecasters said.",
        {"this month": ("2024-05", "month")},
        ["5th of this month"],
    ),
    (
        "The mayor said last Friday in this month's newsletter that rents would rise.",
        {"last Friday": ("2024-05-10", "day")},
        [],
    ),
    (
        "The 12th day of this month's blockade passed quietly.",
        {"this month": ("2024-05", "month")},
        ["The 12th day of this month"],
    ),
    # the period after the next one
    ("The verdict is expected the week after next.", {"the week after next": ("2024-W22", "week")}, []),
    (
        "The stadium will be finished the year after next, the mayor said.",
        {"the year after next": ("2026", "year")},
        [],
    ),
    ("Bus fares rise the month after the next.", {"the month after the next": ("2024-07", "month")}, []),
    ("Talks open the week after next Monday's summit.", {}, ["the week after next"]),
    ("Turnout at the year after next election is hard to guess.", {}, ["the year after next"]),
    # a weekday after a week and "from" may be a day before the week ("from Friday highs"): it is read on its own
    (
        "Gold slipped this week from Friday highs.",
        {"this week": ("2024-W20", "week"), "Friday": ("2024-05-10", "day")},
        [],
    ),
    # the weekdays of a range in order
    (
        "The clinic was shut Tuesday through Thursday.",
        {"Tuesday": ("2024-05-07", "day"), "Thursday": ("2024-05-09", "day")},
        [],
    ),
    (
        "Shops closed from Monday to Friday last week.",
        {"Monday": ("2024-05-06", "day"), "Friday last week": ("2024-05-10", "day")},
        [],
    ),
    (
        "The strike will run from Thursday to Tuesday.",
        {"Thursday": ("2024-05-16", "day"), "Tuesday": ("2024-05-21", "day")},
        [],
    ),
    # a day without its year in a clause of the present, or ending a span, is the one nearest the article's date
    ("The deadline for public comments on the bypass is 19 June.", {"19 June": ("2024-06-19", "day")}, []),
    ("The appeal is listed for hearing on 20 June, the registry said.", {"20 June": ("2024-06-20", "day")}, []),
    ("The museum's last open day is April 28.", {"April 28": ("2024-04-28", "day")}, []),
    ("The council postponed the budget vote until June 20.", {"June 20": ("2024-06-20", "day")}, []),
    ("The regulator suspended the airline's licence till 3 July.", {"3 July": ("2024-07-03", "day")}, []),
    ("The pool stayed closed until May 2 for repairs.", {"May 2": ("2024-05-02", "day")}, []),
    ("The union called a strike on March 3.", {"March 3": ("2024-03-03", "day")}, []),
    # a weekday written beside the day it falls on is no date of its own
    ("The ferry service resumes on 20th May (Monday) after repairs.", {"20th May": ("2024-05-20", "day")}, ["Monday"]),
    ("Tickets for the final go on sale from Friday i.e. 24th May.", {"24th May": ("2024-05-24", "day")}, ["Friday"]),
    # a year before a word ending in s that is no plural, and a year naming its event
    ("The first vaccine trial in 1954 was a success.", {"in 1954": ("1954", "year")}, []),
    ("The recall in 2018 has cost the carmaker dearly.", {"in 2018": ("2018", "year")}, []),
    ("Turnout fell sharply after the 2019 referendum.", {"the 2019": ("2019", "year")}, []),
    ("The exhibition marks the 1966 flood in the old town.", {"the 1966": ("1966", "year")}, []),
    ("The 1500 workers at the plant walked out.", {}, ["The 1500"]),
    # a month or day that opens what was said ("said that from June ...") takes the tense of the reported verb
    (
        "The city council said that from June the bus fares will rise by a tenth.",
        {"from June": ("2024-06", "month")},
        [],
    ),
    (
        "The water board said that in March the reservoir will be drained for repairs.",
        {"in March": ("2025-03", "month")},
        [],
    ),
    ("The regulator said that in April prices rose by 3%.", {"in April": ("2024-04", "month")}, []),
    # "this morning", "this afternoon", "this evening" are the article's day, possessive or not
    ("This morning's count put the turnout at 61 percent.", {"This morning": ("2024-05-15", "day")}, []),
    ("The museum reopened this afternoon after the flood.", {"this afternoon": ("2024-05-15", "day")}, []),
    # "the last 3 months" is a duration, not a count back joined to the next
    (
        "Prices rose over the last 3 months and 2 days ago the bank cut rates.",
        {"2 days ago": ("2024-05-13", "day")},
        ["3 months and 2 days ago"],
    ),
    # a feast day on a fixed day of the year, after "on": the one nearest the article's date in its tense
    ("Two climbers died on Christmas Day on the north face.", {"on Christmas Day": ("2023-12-25", "day")}, []),
    ("The new bridge will open to traffic on New Year's Eve.", {"on New Year's Eve": ("2024-12-31", "day")}, []),
    ("Fans queued all night on Halloween for the tickets.", {"on Halloween": ("2023-10-31", "day")}, []),
    ("Retail sales always jump after Christmas.", {}, ["Christmas", "after Christmas"]),
    # feasts that move with Easter or fall on a weekday of a month, feasts with a year, and a direction
    ("Gunmen attacked three churches on Easter Sunday, police said.", {"on Easter Sunday": ("2024-03-31", "day")}, []),
    ("The ferry will resume its crossings on Good Friday.", {"on Good Friday": ("2025-04-18", "day")}, []),
    ("Pilgrims filled the square on Orthodox Easter.", {"on Orthodox Easter": ("2024-05-05", "day")}, []),
    ("Stores reported record sales on Black Friday 2019.", {"on Black Friday 2019": ("2019-11-29", "day")}, []),
    ("The tsunami struck on Boxing Day, 2004, killing thousands.", {"on Boxing Day, 2004": ("2004-12-26", "day")}, []),
    ("Last Christmas the shelter turned families away.", {"Last Christmas": ("2023-12-25", "day")}, []),
    ("Next Easter the cathedral will reopen its nave.", {"Next Easter": ("2025-04-20", "day")}, []),
    ("Crowds lined the river on St Patrick's Day.", {"on St Patrick's Day": ("2024-03-17", "day")}, []),
    # "the 15th" before a noun it ranks is no day of the month; before a word that may follow a day it is one
    ("Sunday was the 15th victory in 17 marathons for the Kenyan.", {}, ["the 15th"]),
    ("The club won the 4th title of its history in Porto.", {}, ["the 4th"]),
    ("The vote on the 12th saw turnout fall in the capital.", {"on the 12th": ("2024-05-12", "day")}, []),
    # a bare feast name dates nothing, and is no weekday; a count after it is no year
    ("The Easter Monday march drew thousands.", {}, ["Monday", "Easter Monday"]),
    ("On Christmas Day 2000 people marched to the palace.", {"On Christmas Day": ("2023-12-25", "day")}, []),
    # a weekday after "a", "every", "any" is any such day, not a date
    ("Turnout was the lowest for a Tuesday in a decade.", {}, ["Tuesday"]),
    ("The fish market opens every Saturday near the harbour.", {}, ["Saturday"]),
    ("Any Monday would suit the union, its leader said.", {}, ["Monday"]),
    # but a weekday after "a" that names a noun's day is that day
    ("The minister spoke at a Friday press briefing.", {"Friday": ("2024-05-10", "day")}, []),
    # a plan since changed ("originally scheduled for", "initially slated for") is not read ahead: its day may be
    # either side of the article's
    (
        "The hearing was originally scheduled for Monday but was moved after a lawyer fell ill.",
        {"Monday": ("2024-05-13", "day")},
        [],
    ),
    ("The vote, initially slated for Thursday, was pushed back a week.", {"Thursday": ("2024-05-09", "day")}, []),
    ("The concert, originally set for June 2, will now be held in July.", {"June 2": ("2024-06-02", "day")}, []),
    ("The regatta is scheduled for Sunday.", {"Sunday": ("2024-05-19", "day")}, []),
    # a plan told in the past tense ("was due to", "were set to") was made before the article: its day is the
    # nearer one either side of the article's, a day just gone or one still to come
    ("The ferry that was scheduled to sail on Monday never left port.", {"Monday": ("2024-05-13", "day")}, []),
    ("Wage talks were due to resume on Monday.", {"Monday": ("2024-05-13", "day")}, []),
    ("The parade, which was due to take place on Monday, was called off.", {"Monday": ("2024-05-13", "day")}, []),
    ("The final was set to be played on Monday before the storm.", {"Monday": ("2024-05-13", "day")}, []),
    ("Ministers were scheduled to meet the unions on Saturday.", {"Saturday": ("2024-05-18", "day")}, []),
    ("The ferry sailed on Thursday.", {"Thursday": ("2024-05-09", "day")}, []),
    ("Talks were due to resume, the union said on Thursday.", {"Thursday": ("2024-05-09", "day")}, []),
    ("The ferry will sail on Monday.", {"Monday": ("2024-05-20", "day")}, []),
    # "was due to" names a cause as often as a plan, and a clause joined on tells what happened instead: the day of
    # an event told in the past is the one gone by
    ("The delays were due to a signal failure that hit the line on Thursday.", {"Thursday": ("2024-05-09", "day")}, []),
    ("The closure was due to flooding that swept the valley on Thursday.", {"Thursday": ("2024-05-09", "day")}, []),
    ("The outage was due to a fire at a substation on Thursday.", {"Thursday": ("2024-05-09", "day")}, []),
    (
        "The match was scheduled to start at noon but heavy rain fell on Thursday.",
        {"Thursday": ("2024-05-09", "day")},
        [],
    ),
    ("The plane was set to land when fog closed the airport on Thursday.", {"Thursday": ("2024-05-09", "day")}, []),
    (
        "Crews were set to replace the bridge that the flood swept away on Thursday.",
        {"Thursday": ("2024-05-09", "day")},
        [],
    ),
    (
        "The vote was slated for Monday and the results came out on Thursday.",
        {"Monday": ("2024-05-13", "day"), "Thursday": ("2024-05-09", "day")},
        [],
    ),
    # a month followed by its share is no day: "July 18 per cent" in a list of monthly figures
    (
        "Rainfall ran above normal, with June 15 per cent and July 18 per cent over the average.",
        {},
        ["June 15", "July 18"],
    ),
    (
        "Exports grew in every quarter, March 12% higher and April 9 percent up on the year.",
        {},
        ["March 12", "April 9"],
    ),
    ("Exports resumed on March 12, 2024, customs said.", {"March 12, 2024": ("2024-03-12", "day")}, []),
    # an ordinal that ranks a day of a feast or a count, not a day of the month
    ("Friday is the 27th and final day of the book fair.", {}, ["the 27th"]),
    ("The squad flew home after the 3rd and deciding test in Perth.", {}, ["the 3rd"]),
    ("Traders closed early on the 10th of Muharram for the processions.", {}, ["on the 10th"]),
    ("Pilgrims gather on the 9th of Dhul Hijjah at Arafat.", {}, ["on the 9th"]),
    ("The harvest fair reopens on the 14th and 15th, the council said.", {"on the 14th": ("2024-06-14", "day")}, []),
    # a year of another calendar, its era written after it, is no year of ours
    ("The constitution was promulgated in 2072 BS after years of talks.", {}, ["in 2072"]),
    ("The school was founded in 2009 E.C. by the parish.", {}, ["in 2009"]),
    ("The school was founded in 2009 by the parish.", {"in 2009": ("2009", "year")}, []),
    # a feast after a preposition that dates it like "on", and as the subject of a verb of the past
    (
        "Crews will restore most lines by Christmas Day, the utility said.",
        {"by Christmas Day": ("2024-12-25", "day")},
        [],
    ),
    ("The winter sale will run until Boxing Day.", {"until Boxing Day": ("2024-12-26", "day")}, []),
    ("The market has been closed since New Year's Eve.", {"since New Year's Eve": ("2023-12-31", "day")}, []),
    ("Shoppers thronged the mall before Christmas.", {}, ["Christmas"]),
    # a numeric date with a two-digit year after a date preposition; without one, no date
    ("The plant closed on 22/04/23 after the audit.", {"on 22/04/23": ("2023-04-22", "day")}, []),
    ("The recall notice was dated 4.22.23 by the maker.", {"dated 4.22.23": ("2023-04-22", "day")}, []),
    ("The lease was dated 04.11.19 by the clerk.", {"dated 04.11.19": ("2019-11-04", "day")}, []),
    ("The tie ended 3-1-22 on aggregate.", {}, ["3-1-22"]),
    # a year naming events in the plural after "the"; a year before other plurals is a count
    ("Survivors of the 1998 floods met at the memorial.", {"the 1998": ("1998", "year")}, []),
    ("Turnout fell sharply in the 2019 elections.", {"the 2019": ("2019", "year")}, []),
    ("Athletes recalled the 2008 Olympics in Beijing.", {"the 2008": ("2008", "year")}, []),
    ("The 2000 delegates met in Geneva.", {}, ["The 2000"]),
    # "the following"/"the previous" weekday and a bare ordinal count from a day written before them
    (
        "The bridge reopened on June 2, and the ferry stopped the following Tuesday.",
        {"June 2": ("2023-06-02", "day"), "following Tuesday": ("2023-06-06", "day")},
        [],
    ),
    (
        "The clinic opened on 4 March 2024 and closed the following Friday.",
        {"following Friday": ("2024-03-08", "day")},
        [],
    ),
    (
        "The vote was held on April 10 and the campaign ended the previous Sunday.",
        {"previous Sunday": ("2024-04-07", "day")},
        [],
    ),
    (
        "The trial opened on 3rd March and the verdict came on the 21st.",
        {"on the 21st": ("2024-03-21", "day")},
        [],
    ),
    ("The lake froze on 28 January and thawed on the 2nd.", {"on the 2nd": ("2024-02-02", "day")}, []),
    # a four-digit time of day with its zone is no year
    ("The plane landed at 2:15 a.m. Friday (1815 GMT Thursday).", {"Thursday": ("2024-05-09", "day")}, ["1815"]),
    ("The ship docked at 11:45 p.m. (2045 GMT) on Friday.", {"Friday": ("2024-05-10", "day")}, ["2045"]),
    # "this coming weekend": the article's own week
    ("The fair returns this coming weekend.", {"this coming weekend": ("2024-W20", "week")}, []),
    ("Repairs will finish over the coming weekend.", {"the coming weekend": ("2024-W20", "week")}, []),
    # a timetable in the present speaks of the future
    ("The match kicks off at 8pm on Saturday.", {"Saturday": ("2024-05-18", "day")}, []),
    ("The new speed limit takes effect on Monday.", {"Monday": ("2024-05-20", "day")}, []),
    ("The exhibition opens in March with forty paintings.", {"in March": ("2025-03", "month")}, []),
    ("The bakery that opens at six was robbed on Monday.", {"Monday": ("2024-05-13", "day")}, []),
    ("The island goes to the polls on Sunday.", {"Sunday": ("2024-05-19", "day")}, []),
    ("The parish council reconvenes on Tuesday.", {"Tuesday": ("2024-05-21", "day")}, []),
    # a weekday counted from a feast, or from a day named before, is no day counted from the page's
    ("Ferry bookings peak on the Friday before Christmas and the Monday after.", {}, ["Friday", "Monday"]),
    ("Road traffic doubles on Wednesday before Thanksgiving, the agency says.", {}, ["Wednesday"]),
    ("Polling stations reopen the Tuesday after Labor Day.", {}, ["Tuesday"]),
    ("The ward reopened on the Sunday or Monday after the holidays.", {}, ["Sunday", "Monday"]),
    ("The striker was sold on Monday after the defeat.", {"Monday": ("2024-05-13", "day")}, []),
    # "the holidays" with no "the" before the weekday is no feast that counts it: the next such day, from the page
    ("Schools reopen on Monday after the holidays, the council said.", {"Monday": ("2024-05-13", "day")}, []),
    # an aside after "after" is no missing object
    ("The manager quit on Friday after, he said, weeks of abuse.", {"Friday": ("2024-05-10", "day")}, []),
    # a weekday after "a" and before a conjunction is any such day: the year's final fell on a Sunday
    ("The 1998 final fell on a Sunday so the crowd was larger.", {}, ["Sunday"]),
    ("The cup final fell on a Saturday because the stadium was free.", {}, ["Saturday"]),
    # a figure after a word of estimate is no year, whatever the preposition before it: a count, a sum or a time of day
    ("Output fell by about 1850 million barrels.", {}, ["by about 1850", "about 1850"]),
    ("The courier left the depot sometime around 1930 on Friday.", {}, ["sometime around 1930", "around 1930"]),
    ("Ticket sales fell to around 1900 on the last night.", {}, ["to around 1900", "around 1900"]),
    ("About 1850 runners finished the hill race.", {}, ["About 1850"]),
    # a season before a year dates that year ("in spring 2025", "autumn of 2020"), but not winter, whose year is as
    # often the one it ends in, and not a year that counts what follows it
    ("The new stadium roof is due in spring 2027, the club said.", {"spring 2027": ("2027", "year")}, []),
    (
        "The orchestra toured Japan in autumn 2019 and in fall 2021.",
        {"autumn 2019": ("2019", "year"), "fall 2021": ("2021", "year")},
        [],
    ),
    ("Ferry fares were frozen over the summer of 2022.", {"summer of 2022": ("2022", "year")}, []),
    ("The pipeline froze in winter 2023, engineers said.", {}, ["winter 2023", "2023"]),
    ("Over the summer 2000 volunteers planted trees.", {}, ["summer 2000", "2000"]),
    ("The label showed its spring/summer 2025 collection in Paris.", {}, ["summer 2025", "2025"]),
    ("Buyers ordered the autumn-spring 2026 range early.", {}, ["spring 2026", "2026"]),
    ("The label showed its spring / summer 2025 collection in Paris.", {}, ["summer 2025", "2025"]),
    # only after a word that leads to it, or opening a sentence: after a verb "fall" is no season
    ("Spring 2025 will see the first trains on the new line.", {"Spring 2025": ("2025", "year")}, []),
    ("Temperatures fall 1950 feet higher up.", {}, ["fall 1950", "1950"]),
    ("The trees fall 2000 feet down the slope.", {}, ["fall 2000", "2000"]),
    ("Prices fall 1999 yen in the sale.", {}, ["fall 1999", "1999"]),
    # a year after "the year" dates that year where a stop, a comma or "was"/"is" follows it; not a fiscal year, a
    # range, a fiscal year's end ("to March") nor a count after it (a noun or a verb of the plural follows)
    ("The bridge was meant to open in the year 2000.", {"the year 2000": ("2000", "year")}, []),
    ("By the year 2050, the reservoir may run dry.", {"the year 2050": ("2050", "year")}, []),
    ("The year 2016 was the hottest on record for the reef.", {"The year 2016": ("2016", "year")}, []),
    ("Rainfall peaked in the year 1998; it has not been matched.", {"the year 1998": ("1998", "year")}, []),
    ("The firm's fiscal year 2023 ended in March.", {}, ["year 2023", "the year 2023", "2023"]),
    ("The board set a dividend for the year 2021-22.", {}, ["the year 2021", "2021"]),
    ("Grain output for the year 2019/20 fell.", {}, ["the year 2019", "2019"]),
    ("The year 2023 to March saw profits rise.", {}, ["the year 2023", "2023"]),
    ("Over the year 2000 new homes were built in the county.", {}, ["the year 2000", "2000"]),
    ("During the year 1900 were hired by the firm.", {}, ["the year 1900", "1900"]),
    ("In the year 2000 were evacuated from the valley.", {}, ["the year 2000", "2000"]),
    # a figure opening a sentence is no year, whatever verb follows it: a count, a sum, a title or a number after a
    # short form's full stop ("Rs.", "No.")
    ("2014 were arrested at the border.", {}, ["2014"]),
    ("About 2019 was spent on each pupil.", {}, ["2019", "About 2019"]),
    ("2020 voters were turned away at the polls.", {}, ["2020"]),
    ("Rs. 2000 was credited to each farmer's account.", {}, ["2000"]),
    ("Rs. 2000 will be paid to each family.", {}, ["2000"]),
    ("Rp. 2000 is the new fare.", {}, ["2000"]),
    ("Ksh. 2000 was the fine imposed.", {}, ["2000"]),
    ("Tk. 2000 was given to every worker.", {}, ["2000"]),
    ("Flight No. 2019 was diverted to Denver.", {}, ["2019"]),
    ("Route No. 1900 was closed for repairs.", {}, ["1900"]),
    ("Vol. 2019 was the last edition.", {}, ["2019"]),
    ("Sec. 2019 was amended last session.", {}, ["2019"]),
    ("Approx. 2000 was spent on each pupil.", {}, ["2000"]),
    ("2000 will lose jobs as carmaker shuts plant", {}, ["2000"]),
    ("1800 saw the match from the terraces.", {}, ["1800"]),
    ("1900 had been evacuated by Sunday night.", {}, ["1900"]),
    ("2000 began the marathon in heavy rain.", {}, ["2000"]),
    ("1850 became citizens at the ceremony.", {}, ["1850"]),
    ("2000 brought food to the shelter.", {}, ["2000"]),
    ("1900 ended up in hospital.", {}, ["1900"]),
    ("2000 marked the crossing on foot.", {}, ["2000"]),
    ("2000 was raised for the hospital.", {}, ["2000"]),
    ("1999 was the price of the cheapest ticket.", {}, ["1999"]),
    ("2000 was the number of seats in the hall.", {}, ["2000"]),
    ("1800 is the deadline hour for bids.", {}, ["1800"]),
    ("2000 is a lot of money for a family.", {}, ["2000"]),
    ("2000 has been set aside for repairs.", {}, ["2000"]),
    ("1917 was nominated for ten Oscars.", {}, ["1917"]),
    ("1984 is a novel by George Orwell.", {}, ["1984"]),
    ("1900 is the model number of the router.", {}, ["1900"]),
    ("2019 remains the hottest year on record.", {}, ["2019"]),
    # a weekday "after next" is the one a week after the next; not before a noun, a name's possessive or "next to no"
    (
        "The ferry strike ends on Tuesday after next, the union said.",
        {"Tuesday after next": ("2024-05-28", "day")},
        [],
    ),
    ("The museum reopens Saturday after next.", {"Saturday after next": ("2024-05-25", "day")}, []),
    ("The league resumes Sunday after next week's break.", {"Sunday": ("2024-05-19", "day")}, []),
    ("The verdict comes Friday after next Monday's hearing.", {"Friday": ("2024-05-17", "day")}, []),
    ("He won on Friday after next to no debate.", {"Friday": ("2024-05-10", "day")}, []),
    ("The court meets on Monday after next to hear the appeal.", {"Monday after next": ("2024-05-27", "day")}, []),
    # a day after "the week of" dates its week (a Sunday the week it opens in the United States)
    ("Growers harvest the week of June 10.", {"the week of June 10": ("2024-W24", "week")}, []),
    (
        "The airline cut flights during the week of 2 June 2024.",
        {"the week of 2 June 2024": ("2024-W23", "week")},
        [],
    ),
    (
        "Registration opens the week of Sunday, July 7.",
        {"the week of Sunday, July 7": ("2024-W28", "week")},
        [],
    ),
    ("Samples arrive within a week of June 10.", {"June 10": ("2024-06-10", "day")}, []),
    ("The week of his trial on June 10 was tense.", {"June 10": ("2023-06-10", "day")}, []),
    # a feast of another calendar named after one of ours is no day of ours
    (
        "Dragon dances filled the streets on Lunar New Year's Day 2024.",
        {},
        ["New Year's Day 2024", "on Lunar New Year's Day 2024"],
    ),
    ("The Chinese New Year's Eve dinner drew families in 2023.", {"in 2023": ("2023", "year")}, ["New Year's Eve"]),
    (
        "Chinese tourists flew home on New Year's Day 2023.",
        {"on New Year's Day 2023": ("2023-01-01", "day")},
        [],
    ),
    # more feasts on a weekday, and more named weekdays that are no day counted from the article's
    ("Poppies were laid on Remembrance Sunday 2022.", {"on Remembrance Sunday 2022": ("2022-11-13", "day")}, []),
    ("The choir sang on Trinity Sunday 2021.", {"on Trinity Sunday 2021": ("2021-05-30", "day")}, []),
    ("The parade passed on Shrove Tuesday 2023.", {"on Shrove Tuesday 2023": ("2023-02-21", "day")}, []),
    ("Athens emptied on Clean Monday 2022.", {"on Clean Monday 2022": ("2022-03-07", "day")}, []),
    ("Bells rang on Lazarus Saturday 2021.", {"on Lazarus Saturday 2021": ("2021-04-24", "day")}, []),
    ("Bouquets sold out on Mothering Sunday 2020.", {"on Mothering Sunday 2020": ("2020-03-22", "day")}, []),
    ("Bells rang on Easter Monday as well.", {}, ["Monday", "on Monday"]),
    # a common word before a weekday, in lower case, leaves it a day
    ("Microsoft released a patch Tuesday to fix the flaw.", {"Tuesday": ("2024-05-14", "day")}, []),
    ("Jury selection Monday drew dozens of residents.", {"Monday": ("2024-05-13", "day")}, []),
    ("Fans sang with passion Sunday at the stadium.", {"Sunday": ("2024-05-12", "day")}, []),
    ("The candidate selection Sunday was marred by protests.", {"Sunday": ("2024-05-12", "day")}, []),
    ("The club had a great Sunday, winning 3-0.", {"Sunday": ("2024-05-12", "day")}, []),
    # a span of years that "from" or a bracket opens: both ends
    (
        "From 1962-67, she chaired the university's senate.",
        {"From 1962": ("1962", "year"), "67": ("1967", "year")},
        [],
    ),
    (
        "The dam was built from 1999-2003 by three firms.",
        {"from 1999": ("1999", "year"), "2003": ("2003", "year")},
        [],
    ),
    ("The late mayor (1988-1996) opened the library.", {"1988": ("1988", "year"), "1996": ("1996", "year")}, []),
    # no span's end: two years that no "from" nor bracket opens (a season, a financial year), a count
    ("In 2020-2022, rents climbed every quarter.", {"In 2020": ("2020", "year")}, ["2022"]),
    ("Nurses were offered a 4% rise for next year (2025-26).", {"2025": ("2025", "year")}, ["26"]),
    ("Fees were frozen from 2016-17 onwards.", {"from 2016": ("2016", "year")}, ["17"]),
    ("The trust overspent its budget in 1998-99 as well.", {"in 1998": ("1998", "year")}, ["99"]),
    ("Police counted from 2019-20 protesters at each gate.", {}, ["20"]),
    ("Prices rose from 2010-11 percent in a year.", {}, ["11"]),
    # no span's end: two times of day, two sums, an end before its first
    ("Voting closes tonight (1930-2000 GMT) in most states.", {}, ["2000"]),
    ("The strike will run from 1830-1900 on Friday.", {}, ["1900"]),
    ("The storm hit (1845-1930 local time) the coast.", {}, ["1930"]),
    ("Tickets cost from 1900-1950 yen.", {}, ["1950"]),
    ("Records kept from 1950-49 were lost.", {}, ["49"]),
    # no dates from a span of months with "through": a bare month's year is a guess, and a past span's end would
    # land after the page
    ("Flights resume May through October.", {}, ["May", "October"]),
    ("The festival runs June through August.", {}, ["June", "August"]),
    ("In 2019, sales from April through June fell.", {}, ["June"]),
    ("The road was closed from January through April.", {}, ["April"]),
    ("The plant was shut from February through May, workers said.", {}, ["May"]),
    # a comma between an ordinal day and its month where the month's year follows: the days of a pair or range
    (
        "The board met between 26th and 28th, November 2023, to fix the dates.",
        {"26th": ("2023-11-26", "day"), "28th, November 2023": ("2023-11-28", "day")},
        ["November 2023"],
    ),
    (
        "The trials ran from the 3rd to the 5th, March, 2024, the club said.",
        {"the 3rd": ("2024-03-03", "day"), "5th, March, 2024": ("2024-03-05", "day")},
        [],
    ),
    ("The depot closed on 12th, Dec. 2023, after a fire.", {"12th, Dec. 2023": ("2023-12-12", "day")}, []),
    # not after a rank, nor after a bare figure, nor with no year after the month
    (
        "She finished 5th, November 2023 was her best month.",
        {"November 2023": ("2023-11", "month")},
        ["5th, November 2023"],
    ),
    ("On the 5, November 2023 figures showed a rise.", {}, ["5, November 2023"]),
    ("Voting on the 5th, November turnout fell.", {}, ["5th, November"]),
    # "into" before a year that ends its clause: that year; never before a word it may count
    ("Scaffolding will stay on the tower into 2025, the architect said.", {"into 2025": ("2025", "year")}, []),
    ("The drought stretched well into 1976 and beyond.", {"into 1976": ("1976", "year")}, []),
    ("The estate was split into 2024 equal plots.", {}, ["into 2024"]),
    ("A van crashed into 2019 Toyota parked nearby.", {}, ["into 2019"]),
    ("The mill was turned into 1500 homes.", {}, ["into 1500"]),
    # an ordinal led to a comma and a month whose year a word after it makes a thing's is a rank, not a day
    (
        "The club climbed from 9th to 4th, May 2024 standings show.",
        {"May 2024": ("2024-05", "month")},
        ["9th", "4th, May 2024"],
    ),
    (
        "Smith and Jones finished 1st and 2nd, January 2024 being their best month.",
        {"January 2024": ("2024-01", "month")},
        ["1st", "2nd, January 2024"],
    ),
    (
        "The team slipped to 7th, November 2023 having been a poor month.",
        {"November 2023": ("2023-11", "month")},
        ["7th, November 2023"],
    ),
    ("The shop on 5th, May 2024 sales rose.", {}, ["5th, May 2024"]),
    # ... and a day when the year ends its clause
    (
        "The vote was held on 3rd, February 2024 and counted overnight.",
        {"3rd, February 2024": ("2024-02-03", "day")},
        [],
    ),
    ("The statement came on the 21st, Sept. 2024 at noon.", {"21st, Sept. 2024": ("2024-09-21", "day")}, []),
    ("The exhibition runs until 30th, April 2024", {"30th, April 2024": ("2024-04-30", "day")}, []),
    ('"The hearing is on the 12th, March 2024," the clerk said.', {"12th, March 2024": ("2024-03-12", "day")}, []),
    ("The talks ran between 26th and 28th, November 2023.", {"28th, November 2023": ("2023-11-28", "day")}, []),
    # no year after "into" right after a figure it turns into another
    ("The fund turned 1000 into 2000, and then doubled it again.", {}, ["into 2000"]),
    ("The bakery turned 40% into 2010, and then more.", {}, ["into 2010"]),
    ("Sales rose into 2024 when demand recovered.", {"into 2024": ("2024", "year")}, []),
    # nor right after a figure with its scale, written against the digits or as a word
    ("The council will invest $5m into 2000, officials said.", {}, ["into 2000"]),
    ("The trust poured €2 million into 2019, its report said.", {}, ["into 2019"]),
    ("The 5 million visitors will keep coming into 2025.", {"into 2025": ("2025", "year")}, []),
]


@pytest.mark.parametrize(("text", "want", "absent"), CASES, ids=[c[0][:48] for c in CASES])
def test_date_classes_on_several_subjects(text, want, absent):
    got = read(text)
    for surface, value in want.items():
        assert got.get(surface) == value, (surface, got)
    for surface in absent:
        assert surface not in got, (surface, got)


def test_an_ambiguous_numeric_date_takes_the_order_the_document_shows():
    day_first = "Entries opened on 13/05/2023.\nThe jury met on 04/05/2023."
    month_first = "Entries opened on 5/13/2023.\nThe jury met on 04/05/2023."
    silent = "The jury met on 04/05/2023."
    assert (numeric_order(day_first), numeric_order(month_first), numeric_order(silent)) == (True, False, None)
    assert numeric_order("Entries opened 13/05/2023 and closed 5/13/2023.") is None  # both orders: says nothing
    assert [c.value.date for c in claims(day_first)] == ["2023-05-13", "2023-05-04"]
    assert [c.value.date for c in claims(month_first)] == ["2023-05-13", "2023-04-05"]
    [year] = claims(silent)
    assert (year.value.date, year.value.granularity) == ("2023", "year") and year.confidence < 0.9


def test_numeric_dates_are_not_counts():
    text = "The vote on 22/04/2023 and the recount on 2023-05-02 drew 4,100 observers."
    assert {c.text for c in claims(text, kind="quantity")} == {"4,100"}
    assert {c.text for c in claims("The form was stamped 2023-02-30 by mistake.", kind="quantity")} == set()


def test_impossible_dates_give_no_claim():
    assert claims("The poster promised a concert on 31 April, and the form says 2023-02-30.") == []


def test_a_relative_phrase_counts_from_the_last_date_of_its_paragraph():
    text = (
        "Firefighters contained the blaze on Sunday. Just a day earlier it had crossed the ridge.\n"
        "Two days later the roads reopened."
    )
    dates = {c.text: c.value.date for c in claims(text, dt.date(2024, 7, 31))}
    assert dates == {"Sunday": "2024-07-28", "a day earlier": "2024-07-27"}  # the next paragraph has nothing before it


def test_weekdays_in_every_form_and_tense_land_on_that_weekday():
    forms = ["on {}", "{}'s vote", "late {}", "early on {}", "{} night"]
    for name in (w.capitalize() for w in WEEKDAYS):
        for form in forms:
            phrase = form.format(name)
            [past] = [m for m in find_dates(f"The council met {phrase}.", WEDNESDAY) if m.claim]
            [future] = [m for m in find_dates(f"The council will meet {phrase}.", WEDNESDAY) if m.claim]
            [ahead] = [m for m in find_dates(f"Crowds gathered ahead of {name}'s vote.", WEDNESDAY) if m.claim]
            assert past.day and future.day and ahead.day
            assert past.day.strftime("%A") == future.day.strftime("%A") == name
            assert 0 <= (WEDNESDAY - past.day).days <= 6, phrase
            if "'s" not in phrase:
                assert 0 <= (future.day - WEDNESDAY).days <= 6, phrase
            assert 0 <= (ahead.day - WEDNESDAY).days <= 6


def test_a_weekday_made_possessive_through_its_time_of_day_is_a_day_gone_by():
    # "Saturday afternoon's final", like "Saturday's final", names the day of the match, not one ahead, whatever
    # tense an earlier clause of the sentence takes; only a marker just before it makes it the future
    wednesday = dt.date(2024, 5, 15)
    match = (
        "Season-ticket holders will be offered a refund on the next fixture, and the club, after Saturday "
        "afternoon's final, was fined $40,000."
    )
    vote = "Councillors will appeal the ruling, which, in Monday night's vote, was backed by 12 members."
    assert {c.text: c.value.date for c in claims(match, wednesday)}["Saturday"] == "2024-05-11"
    assert {c.text: c.value.date for c in claims(vote, wednesday)}["Monday"] == "2024-05-13"
    [ahead] = [m for m in find_dates("Crowds gathered ahead of Friday evening's vote.", wednesday) if m.claim]
    assert ahead.day == dt.date(2024, 5, 17)


def test_the_day_of_an_event_named_with_its_size_is_no_day_of_report():
    # a Sunday page: "Monday's 6.1-magnitude quake" is last Monday's, not the next day's
    sunday = dt.date(2024, 5, 19)
    quake = "The toll from Monday's 6.1-magnitude quake rose to 80 on Sunday, officials said."
    strike = "Unions on Sunday counted the cost of Monday's 24-hour strike at the port."
    for text in (quake, strike):
        found = claims(text, sunday)
        assert {c.text: c.value.date for c in found}["Monday"] == "2024-05-13", text
        assert found[0].doc.text_date is None


def test_a_deadline_the_day_after_the_page_is_no_day_of_report():
    tuesday = dt.date(2024, 5, 14)
    for text in (
        "Forms must be returned by Wednesday, the registry said on Tuesday.",
        "Bids will close on Wednesday, the port authority said.",
    ):
        found = claims(text, tuesday)
        assert {c.text: c.value.date for c in found}["Wednesday"] == "2024-05-15", text
        assert found[0].doc.text_date is None, text


def test_a_lead_date_counted_from_the_page_does_not_move_the_page_date():
    # "tomorrow" is the day after the page's date whatever that is: it cannot show the page is a day off
    for text, want in (
        ("Schools will reopen tomorrow, officials said.", {"tomorrow": "2024-05-16"}),
        ("The storm hit the coast yesterday, killing three.", {"yesterday": "2024-05-14"}),
        ("Parliament voted last Wednesday on the budget.", {"last Wednesday": "2024-05-08"}),
        ("The ferry docked the day before, port officials said.", {"the day before": "2024-05-14"}),
    ):
        found = claims(text)
        assert {c.text: c.value.date for c in found} == want, text
        assert found[0].doc.text_date is None, text


def test_relative_dates_without_an_article_date_are_kept_without_a_date():
    [monday] = claims("The strike began on Monday.", published=None)
    assert (monday.value.date, monday.value.granularity) == (None, "none")
    [written] = claims("The strike began on 3 March 2024.", published=None)
    assert written.value.date == "2024-03-03"


# --- properties ---

_FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]  # fmt: skip
_SHORT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def _forms(day: dt.date) -> list[str]:
    """The ways a day can be written with its year."""
    full, short, d, m, y = _FULL[day.month - 1], _SHORT[day.month - 1], day.day, day.month, day.year
    forms = [
        f"{full} {d}, {y}",
        f"{short} {d}, {y}",
        f"{d} {full} {y}",
        f"{full.lower()} {d}, {y}",
        f"{short} {d} , {y}",
        f"{full} {d},{y}",
        f"{d}th of {full} {y}",
        f"{day.strftime('%A')}, {full} {d}, {y}",
        day.isoformat(),
        f"{y}/{m:02d}/{d:02d}",
        f"{d:02d}.{m:02d}.{y}",
    ]
    if d > 12 or d == m:  # the order of the parts is then not in doubt
        forms += [f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y}"]
    return forms


@given(st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2099, 12, 31)), st.data())
def test_any_valid_date_in_any_written_form_resolves_to_itself(day, data):
    form = data.draw(st.sampled_from(_forms(day)))
    published = data.draw(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)) | st.none())
    found = [m for m in find_dates(f"The hearing opened on {form} in the old town hall.", published) if m.claim]
    assert [(m.text, m.date, m.granularity) for m in found] == [(form, day.isoformat(), "day")]


@given(st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_an_ambiguous_numeric_date_claims_only_its_year(day):
    text = f"The permit was signed on {day.month:02d}/{day.day:02d}/{day.year}."
    [mention] = find_dates(text, None)
    if day.day <= 12 and day.day != day.month:
        assert (mention.date, mention.granularity) == (str(day.year), "year")
    elif day.day <= 12:
        assert mention.date == day.isoformat()


@given(
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.integers(min_value=1, max_value=400),
    st.sampled_from(["day", "week", "month", "year"]),
)
def test_counted_dates_go_back_by_their_count_or_give_no_claim(published, count, unit):
    [mention] = find_dates(f"The firm was founded {count} {unit}s ago.", published)
    if not mention.claim:  # before the year 1
        return
    assert mention.date is not None
    if unit in ("day", "week"):
        days = count * (7 if unit == "week" else 1)
        assert (mention.date, mention.granularity) == ((published - dt.timedelta(days=days)).isoformat(), "day")
    elif unit == "month":
        year, month = int(mention.date[:4]), int(mention.date[5:7])
        assert mention.granularity == "month"
        assert (published.year * 12 + published.month) - (year * 12 + month) == count
    else:
        assert (mention.date, mention.granularity) == (f"{published.year - count:04d}", "year")


_FRAGMENTS = st.sampled_from(
    [
        "on", "in", "the", "a", "two", "days", "day", "week", "month", "year", "ago", "later", "earlier", "after",
        "before", "previous", "following", "next", "last", "this", "Monday", "friday's", "will", "said", "May",
        "march", "Sept.", "December", "31", "29", "30", "2", "13", "1994", "2023", "0001", "9999", ",", ".", "(",
        ")", "-", "/", "2023-02-30", "31/04/2023", "04/05/2023", "29 February", "Feb. 29", "5th", "the 31st", "of",
        "and", "or", "yesterday", "tomorrow", "tonight", "vote", "ahead of", "June 5 last year", "9999-12-31",
    ]
)  # fmt: skip
_ANY_DAY = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


@settings(max_examples=300)
@given(st.lists(_FRAGMENTS, max_size=14).map(" ".join) | st.text(max_size=120), _ANY_DAY | st.none())
def test_no_text_and_no_article_date_make_date_scanning_raise(text, published):
    for mention in find_dates(text, published, offset=7):
        assert text[mention.start - 7 : mention.end - 7] == mention.text
        if mention.day:
            assert mention.date == mention.day.isoformat()


@settings(max_examples=200)
@given(st.lists(_FRAGMENTS, max_size=14).map(" ".join), _ANY_DAY)
def test_the_cue_test_never_rules_out_a_date(text, published):
    everything = sum(dates_module._BIT.values())
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dates_module, "_cues", lambda text, lower: everything)
        unfiltered = find_dates(text, published)
    assert find_dates(text, published) == unfiltered


@pytest.mark.parametrize(
    "published", [dt.date(1, 1, 1), dt.date(1, 1, 2), dt.date(9999, 12, 31), dt.date(9999, 12, 30)]
)
def test_date_arithmetic_at_the_ends_of_the_calendar_gives_no_claim_instead_of_failing(published):
    text = (
        "Yesterday and tomorrow, last week and next month, next year and last year, on Monday, last Friday, "
        "the 31st, in December, in January, on Jan. 1, Dec. 31, three years ago, 400 months ago, "
        "a week later, the previous day, the following year, in June last year, in June next year."
    )
    for mention in find_dates(text, published):
        if mention.claim and mention.date:
            assert "0000" not in mention.date and not mention.date.startswith("10000")
    for claim in claims(text, published):
        assert claim.value.date is None or claim.value.date[:4].isdigit()


def test_following_before_a_weekday_s_event_is_after_it_not_the_next_week():
    # a Wednesday page: "following Sunday's blast" is after last Sunday's blast; "the following Sunday" is the
    # Sunday after
    after = [
        ("Two workers were still in hospital following Sunday's blast at the Arlo plant.", "2024-05-12"),
        ("Trains stayed suspended following Monday's derailment near Velden.", "2024-05-13"),
    ]
    for text, day in after:
        [found] = [m for m in find_dates(text, WEDNESDAY) if m.claim]
        assert found.day is not None and found.day.isoformat() == day, text
    [later] = [m for m in find_dates("The vote was put off to the following Sunday's session.", WEDNESDAY) if m.claim]
    assert later.day is not None and later.day > WEDNESDAY


def test_the_day_of_an_accident_named_in_a_lead_is_no_day_of_report():
    # an accident or a mishap is a crash the day dates, however long the subject that names it
    cases = [
        (
            "The bus accident near Arlo involving two coaches and a lorry on Friday, June 7, has so far killed 31 people.",
            dt.date(2024, 6, 8),
            "2024-06-07",
            "31",
        ),
        (
            "Twelve workers were hurt in the quarry mishap that happened on Tuesday at Velden, the company said.",
            dt.date(2024, 3, 6),
            "2024-03-05",
            "Twelve",
        ),
    ]
    for text, published, day, figure in cases:
        found = claims(text, published)
        assert day in {c.value.date for c in found}, text
        assert found[0].doc.text_date is None, text
        counts = {c.text: c.as_of for c in claims(text, published, kind="quantity")}
        assert counts[figure] is None, counts


def test_an_opening_clause_that_names_the_event_and_its_day_sets_the_scene_of_its_relative_clause():
    # "The blast on Friday at the works, which left 15 injured, …": the count is the one of that day's scene
    sunday = dt.date(2024, 6, 9)
    for text, figure in [
        ("The blast on Friday at the Arlo works, which left 15 injured, was the worst in years.", "15"),
        ("The derailment on Friday near Velden, which left 62 passengers hurt, closed the line.", "62"),
    ]:
        counts = {c.text: c.as_of for c in claims(text, sunday, kind="quantity")}
        assert counts[figure] == "2024-06-07", counts


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # 13 May 2024 was a Monday; 13 May 2023 a Saturday: the wrong weekday beside a day of the article's week
        ("The council met on Saturday, May 13, to vote on the budget.", "2024-05-13"),
        # 14 May 2024 was a Tuesday; 14 May 2023 a Sunday
        ("The ferry sailed from Velden on Sunday, May 14, with 300 aboard.", "2024-05-14"),
        # a day months from the article's: its weekday still tells the year (4 March 2023 was a Saturday)
        ("The museum reopened on Saturday, March 4, after repairs.", "2023-03-04"),
    ],
)
def test_a_wrong_weekday_beside_a_day_of_the_article_s_week_keeps_that_day(text, day):
    assert [d for d, _ in read(text).values()] == [day], read(text)


def test_a_day_after_an_event_noun_and_the_place_it_struck_dates_the_event_not_the_count():
    # "a landslide in Kora's hill district on Friday": the day is the landslide's; the count is its article's
    sunday = dt.date(2024, 6, 9)
    for text, figure in [
        ("More than 40 people are feared dead after a landslide in Kora's hill district on Friday.", "More than 40"),
        ("At least 12 people died in the fire at the Brenn Textile plant on Friday.", "At least 12"),
    ]:
        counts = {c.text: c.as_of for c in claims(text, sunday, kind="quantity")}
        assert counts[figure] is None, counts


# "due to" a cause is no plan: "shut due to the drought since early February" is this year's February, while
# "talks due to resume in March" are still to come.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The mill has stood idle due to the drought since early February.", "2020-02"),
        ("Ferries have been halted due to the strike since mid-January.", "2020-01"),
        ("The talks, due to resume in March, were called off.", "2021-03"),
        ("The bridge, due to open in April, is still closed.", "2021-04"),
        # a plan since changed leaves its tense unsaid, however its marker goes on
        ("The vote was originally due to be held on Tuesday, but it was postponed.", "2020-05-05"),
        ("The hearing, initially due to open on Monday, was moved.", "2020-05-04"),
    ],
)
def test_a_cause_after_due_to_is_no_future(text, want):
    [found] = [m for m in find_dates(text, dt.date(2020, 5, 7)) if m.claim]
    assert found.date == want


@given(st.integers(min_value=1900, max_value=2099))
def test_easter_is_the_day_a_published_computus_gives(year):
    from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

    assert dates_module.easter(year) == easter(year, EASTER_WESTERN)
    assert dates_module.orthodox_easter(year) == easter(year, EASTER_ORTHODOX)


@given(st.integers(min_value=1900, max_value=2099))
def test_each_feast_falls_on_its_weekday(year):
    words = dates_module.lexicon().dates
    for name, offset in words.easter_feasts.items():
        assert dates_module.feast_day(name, year).weekday() == (6 + offset) % 7, name
    for name, offset in words.orthodox_feasts.items():
        assert dates_module.feast_day(name, year).weekday() == (6 + offset) % 7, name
    for name, (month, weekday, _, after) in words.weekday_feasts.items():
        base = dates_module.feast_day(name, year) - dt.timedelta(days=after)  # Cyber Monday may be in December
        assert base.month == month and base.weekday() == WEEKDAYS.index(weekday), name


def test_a_lead_date_that_opens_a_span_or_falls_at_night_does_not_move_the_page_date():
    # a span's first day is no day of report, and what happens at night is told the morning after
    for text, want in (
        ("Ferries switch to the winter timetable from Thursday.", {"Thursday": "2024-05-16"}),
        ("Libraries extend their opening hours starting Thursday.", {"Thursday": "2024-05-16"}),
        ("Toll roads have been free since Thursday, the ministry said.", {"Thursday": "2024-05-09"}),
        ("The crescent was not seen on Tuesday night, the council said.", {"Tuesday": "2024-05-14"}),
        ("Voters queued late on Tuesday outside the town hall.", {"Tuesday": "2024-05-14"}),
        ("Fans were still singing on Tuesday evening, the club said.", {"Tuesday": "2024-05-14"}),
    ):
        found = claims(text)
        assert {c.text: c.value.date for c in found} == want, text
        assert found[0].doc.text_date is None, text


def test_a_lead_date_of_the_day_before_still_moves_the_page_date_by_day():
    found = claims("Officials said on Tuesday that the bridge would reopen.")
    assert found[0].doc.text_date == dt.date(2024, 5, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Crews resumed welding on Tuesday after a valve failed. The line carries gas to the coast. The utility "
        "said in a briefing on Wednesday that the pipeline would reopen within a week.",
        "Divers searched the reservoir on Tuesday. The water level stayed low. The council told reporters on "
        "Wednesday that the dam was safe.",
    ],
)
def test_the_pages_own_weekday_in_a_text_of_the_day_before_is_the_pages_day(text):
    # the lead reports Tuesday's news on a Wednesday page; "on Wednesday" past the lead is the page's own day,
    # never the Wednesday a week before
    found = claims(text)
    assert found[0].doc.text_date == dt.date(2024, 5, 14)
    assert {c.text: c.value.date for c in found} == {"Tuesday": "2024-05-14", "Wednesday": "2024-05-15"}


@pytest.mark.parametrize(
    ("text", "own", "other"),
    [
        ("The governor on Tuesday visited the valley where a dam burst on Sunday.", "Tuesday", "Sunday"),
        (
            "The minister on Monday reached the station where part of the roof collapsed on Saturday.",
            "Monday",
            "Saturday",
        ),
        ("The rally on Tuesday came after police shot a man on Sunday.", "Tuesday", "Sunday"),
        # a relative clause with a day of its own: "that" opens the second event
        ("Divers on Friday reached the wreck that sank off the cape on Tuesday.", "Friday", "Tuesday"),
        ("The inquiry on Monday named the crane that toppled onto the school on Thursday.", "Monday", "Thursday"),
    ],
)
def test_a_date_whose_clause_holds_another_dates_event_has_its_own_stretch(text, own, other):
    # the second date's event opens at "where", "after" or "that": it is not the first date's event
    events = {c.text: c.event or "" for c in claims(text)}
    opener = next(w for w in ("where", "after", "that") if f" {w} " in text)
    assert opener not in events[own].split(), events
    before = {w for w in text.split(f" {opener} ")[0].split() if len(w) > 3}
    assert events[other] and not before & set(events[other].split()), events


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        ("Christmas Day began with snow across the valley.", dt.date(2024, 12, 27), {"Christmas Day": "2024-12-25"}),
        ("Boxing Day brought record sales to the high street.", dt.date(2024, 12, 28), {"Boxing Day": "2024-12-26"}),
        ("Easter Sunday drew huge crowds to the cathedral.", dt.date(2024, 4, 3), {"Easter Sunday": "2024-03-31"}),
        ("Christmas was once a quiet day in the village.", dt.date(2024, 7, 10), {}),
        ("Christmas Day is a holiday in most of the country.", dt.date(2024, 12, 27), {}),
    ],
)
def test_a_feast_as_the_subject_of_a_past_verb_is_the_one_just_gone(text, published, want):
    assert {c.text: c.value.date for c in claims(text, published)} == want


DATES_NEWS_3 = Path(__file__).parent / "corpora" / "dates-news-3"


def test_dates_of_a_third_set_of_real_news_hold_their_measured_recall_and_precision():
    # 15 news excerpts (feasts and holidays, elections, storms, floods, shootings, arrests) from British, Indian,
    # Australian, American, Canadian, African, Middle-Eastern and Japanese outlets; the floors are what
    # extraction reaches today
    documents = load_corpus([DATES_NEWS_3 / "corpus.txt"])
    score = evaluate(load_gold(DATES_NEWS_3 / "gold.yaml"), None, extract(documents, ["date"]))
    dates = score.extraction["date"]
    assert dates["gold"] == 92
    assert dates["found"] >= 89, score.missed_claims
    assert dates["precision"] >= 0.99


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        ("The ferry sank on the eve of Christmas, killing six.", dt.date(2024, 12, 27), "2024-12-24"),
        ("Rebels struck on the eve of Easter, the army said.", dt.date(2024, 4, 2), "2024-03-30"),
        ("The market burned on the eve of New Year's Day.", dt.date(2024, 1, 3), "2023-12-31"),
        ("Talks will open on the eve of Christmas.", dt.date(2024, 12, 2), "2024-12-24"),
    ],
)
def test_the_eve_of_a_feast_is_the_day_before_it(text, published, want):
    assert [m.date for m in find_dates(text, published) if m.claim] == [want]


def test_a_date_between_an_article_and_its_noun_is_no_day_of_report():
    # "the Jan. 4 blizzard" names the day of the blizzard, like "Monday's quake": the page's own day stays the day
    # "this morning" and "last night" count from
    for text, published, want in (
        (
            "Crews are still clearing roads after the Jan. 4 blizzard, and schools reopened this morning.",
            dt.date(2024, 1, 5),
            {"Jan. 4": "2024-01-04", "this morning": "2024-01-05"},
        ),
        (
            "Turnout in the March 3 referendum reached 61%, and the count ended last night.",
            dt.date(2024, 3, 4),
            {"March 3": "2024-03-03", "last night": "2024-03-03"},
        ),
    ):
        found = claims(text, published)
        assert {c.text: c.value.date for c in found} == want, text
        assert found[0].doc.text_date is None, text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Nor'easter in 1993 dumped snow along the coast.", {"in 1993": ("1993", "year")}),
        ("The regatta was cancelled when a nor'easter swept the bay in 2011.", {"in 2011": ("2011", "year")}),
    ],
)
def test_a_feast_inside_a_word_written_with_an_apostrophe_is_no_feast(text, want):
    assert read(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a date a thing is moved to or set at may lie either side of the page's date: the nearer one
        ("The launch has been pushed back to 20 September, the agency said.", {"20 September": ("2024-09-20", "day")}),
        (
            "The final, previously set at 14 August, was moved to 21 August.",
            {"14 August": ("2024-08-14", "day"), "21 August": ("2024-08-21", "day")},
        ),
        # a month after "into": the nearer one
        ("The strike could drag on into July, the union warned.", {"into July": ("2024-07", "month")}),
        ("Fighting spilled into March before the truce.", {"into March": ("2024-03", "month")}),
        # "a week" after a figure is the base of a rate, no count of weeks from the date after it
        ("Nurses will earn an extra £40 a week from 1 August.", {"1 August": ("2024-08-01", "day")}),
        ("Buses will run four times a week from June 3.", {"June 3": ("2024-06-03", "day")}),
    ],
)
def test_dates_moved_to_into_a_month_and_after_a_rate(text, want):
    assert read(text) == want


@pytest.mark.parametrize(
    ("text", "surface", "date"),
    [
        ("The county fair takes place on the 22nd.", "on the 22nd", "2024-05-22"),
        ("The island goes to the polls on the 30th.", "on the 30th", "2024-05-30"),
        ("The regatta took place on the 4th.", "on the 4th", "2024-05-04"),
    ],
)
def test_a_bare_day_of_a_timetable_in_the_present_is_ahead(text, surface, date):
    """ "takes place on the 22nd" speaks of the future as "kicks off on Saturday" does; "took place" of the past."""
    [claim] = [c for c in claims(text) if c.text == surface]
    assert claim.value.date == date


def test_a_weekday_the_lead_also_names_as_yesterday_keeps_the_page_date():
    # a Wednesday page: the lead's "yesterday" and its "Tuesday" are one day, read from the page's own date, so
    # the text reports from Wednesday and "yesterday" stays Tuesday
    wednesday = dt.date(2024, 5, 15)
    text = (
        "Shoppers face empty shelves after yesterday's warehouse fire. Thousands of orders were lost on Tuesday, "
        "and 40 lorries were turned away yesterday."
    )
    found = claims(text, wednesday)
    assert {c.text: c.value.date for c in found if c.text in ("yesterday", "Tuesday")} == {
        "yesterday": "2024-05-14",
        "Tuesday": "2024-05-14",
    }
    assert found[0].doc.text_date is None
    # a weekday alone the day before still says the text is of that day ("officials said on Tuesday")
    [said] = [c for c in claims("Officials said on Tuesday that 40 lorries were turned away.", wednesday)]
    assert said.doc.text_date == dt.date(2024, 5, 14)


DATES_NEWS_4 = Path(__file__).parent / "corpora" / "dates-news-4"


def test_dates_of_a_fourth_set_of_real_news_hold_their_measured_recall_and_precision():
    # 16 news excerpts (school calendars and fees, an IT outage, earnings, central banks, anniversaries, a festival,
    # a volcano, eclipses, a weather outlook) from British, American, Australian, Chinese and wire outlets; the
    # floors are what extraction reaches today
    documents = load_corpus([DATES_NEWS_4 / "corpus.txt"])
    score = evaluate(load_gold(DATES_NEWS_4 / "gold.yaml"), None, extract(documents, ["date"]))
    dates = score.extraction["date"]
    assert dates["gold"] == 90
    assert dates["found"] >= 76, score.missed_claims
    assert dates["precision"] >= 0.89


DATES_NEWS_5 = Path(__file__).parent / "corpora" / "dates-news-5"


def test_dates_of_a_fifth_set_of_real_news_hold_their_measured_recall_and_precision():
    # 15 news excerpts (exam results, car launches, a snow forecast, polls closing in GMT, a summer's heat, fire
    # anniversaries, a Brexit timetable, a court deadline, kick-off times, recalls, an escape) from British,
    # American, Australian, Gulf and wire outlets; the floors are what extraction reaches today
    documents = load_corpus([DATES_NEWS_5 / "corpus.txt"])
    score = evaluate(load_gold(DATES_NEWS_5 / "gold.yaml"), None, extract(documents, ["date"]))
    dates = score.extraction["date"]
    assert dates["gold"] == 108
    assert dates["found"] >= 88, score.missed_claims
    assert dates["precision"] >= 0.86


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Thursday morning's launch is the first from the pad in a decade. The rocket carries a weather "
            "satellite. Crowds are expected on the beach tomorrow.",
            dt.date(2024, 5, 15),
        ),
        (
            "Saturday afternoon's lottery is the first of the season. Tickets are limited. Queues will form "
            "tomorrow, the organisers said.",
            dt.date(2024, 5, 17),
        ),
    ],
)
def test_a_day_owned_through_its_time_of_day_is_no_day_of_report(text, published):
    # "Thursday morning's launch" on a Wednesday page names the day of the launch, not a text written a day late:
    # "tomorrow" still counts from the page's date
    found = claims(text, published)
    assert found[0].doc.text_date is None
    assert {c.text: c.value.date for c in found}["tomorrow"] == (published + dt.timedelta(days=1)).isoformat()


def test_a_clock_time_before_a_weekday_does_not_cut_the_clause():
    # the colon of "1:30" is no clause break: the clause's "if ... you'll" still speaks of the coming day
    monday = dt.date(2024, 5, 13)
    assert read("If you are awake at 1:30 Tuesday morning, you'll see the comet.", monday) == {
        "Tuesday": ("2024-05-14", "day")
    }
    assert read("When the ferry docks at 6:45 Friday evening, crews will unload it.", monday) == {
        "Friday": ("2024-05-17", "day")
    }
    # guard: told in the past, the time keeps the day behind
    assert read("The fire broke out at 1:30 Tuesday morning, police said.", dt.date(2024, 5, 16)) == {
        "Tuesday": ("2024-05-14", "day")
    }


def test_the_end_of_a_year_or_month_written_as_a_possessive_or_compound_is_a_deadline():
    assert read("The bridge should reopen by year's end, engineers said.") == {"by year's end": ("2024", "year")}
    assert read("The fund will close at year-end.") == {"at year-end": ("2024", "year")}
    assert read("Payments will be made by month-end.") == {"by month-end": ("2024-05", "month")}
    # guards: a past clause leaves the year to its context; a compound before a noun, or a year after it, is none
    assert read("Sales had fallen by year's end.") == {}
    assert read("The year-end bonus was cut.") == {}
    assert read("Debt is to fall by year-end 2026.") == {}


def test_months_that_are_no_range_keep_their_own_reading():
    # guards: a month after "to" that names a level, or one the range does not reach, is no end of a range
    assert read("Fares went up in March, to May levels.", dt.date(2024, 7, 10)) == {"in March": ("2024-03", "month")}
    assert read("Flights resumed in March to Madrid.", dt.date(2024, 7, 10)) == {"in March": ("2024-03", "month")}


def test_a_date_cited_in_brackets_keeps_no_tense_of_its_sentence():
    # "(Herald, May 13)": the date of a source, the nearer May 13, not next year's because the clause is future
    assert read("Rents will rise by autumn (Herald, May 13), agents say.") == {"May 13": ("2024-05-13", "day")}
    assert read("Fares will rise in June (Transit Weekly, 14 May).", dt.date(2024, 5, 16)) == {
        "in June": ("2024-06", "month"),
        "14 May": ("2024-05-14", "day"),
    }
    # guards: a bracket that goes on with the sentence, or glosses it with a date alone, keeps its future
    assert read("Rates will rise twice, once in June (and again in April).") == {
        "in June": ("2024-06", "month"),
        "in April": ("2025-04", "month"),
    }
    assert read("The tournament will end with a final in the spring (February 14).", dt.date(2026, 8, 1)) == {
        "February 14": ("2027-02-14", "day")
    }
    assert read("The harvest will be sold at the fair (March 3).", dt.date(2024, 9, 1)) == {
        "March 3": ("2025-03-03", "day")
    }


def test_weekdays_listed_before_the_days_they_fall_on_are_those_days():
    saturday = dt.date(2024, 9, 14)
    assert read("Tickets cover the fair on Saturday and Sunday June 7 and 8 2025.", saturday) == {
        "Sunday June 7": ("2025-06-07", "day"),
        "8 2025": ("2025-06-08", "day"),
    }
    assert read("Courts sit on Monday and Tuesday, March 3 and 4, 2025.", saturday) == {
        "Tuesday, March 3": ("2025-03-03", "day"),
        "4, 2025": ("2025-03-04", "day"),
    }
    # guards: a weekday on which none of the days falls stays a day of its own, whatever day the sentence names
    # after them
    assert read("They met Friday and Saturday June 7, 2025.", saturday)["Friday"] == ("2024-09-13", "day")
    wednesday = dt.date(2026, 3, 4)
    found = read("The market is shut on Friday and Sunday March 15, a week after the March 6 strike.", wednesday)
    assert "Friday" in found
    assert "Monday" in read("The depot opens on Monday and Sunday May 3, as it did on May 4, 2020.", wednesday)


@pytest.mark.parametrize(
    "text",
    [
        "The blast hit at 10 a.m. Sunday, police said.",
        "Power returned around 4 p.m. Monday.",
        # after a label and its colon too: a timeline tells what was, a line of a page when it was updated
        "Timeline of the attack: 9:40 p.m. Friday, gunmen opened fire on a concert hall.",
        "9:40 p.m. Saturday: gunmen opened fire on the crowd.",
        "11:30 a.m. Monday - police arrived at the scene.",
        "Time of death: 3 a.m. Sunday, the coroner said.",
        "He wrote: 8 p.m. Sunday was the last time anyone saw her.",
        "Last updated: 9:02 a.m. Monday",
    ],
)
def test_a_weekday_after_a_time_in_a_told_sentence_stays_behind(text):
    [claim] = [m for m in find_dates(text, WEDNESDAY) if m.claim]
    assert claim.date < WEDNESDAY.isoformat()


def test_months_moved_or_spanned_are_no_range_read_in_order():
    # "from June to April" moves a thing; the month after "to" is no end of a range, nor given the start's year
    wednesday = dt.date(2026, 3, 4)
    for text in (
        "The summit was brought forward from June to April.",
        "The launch slipped from March to May.",
        "The vote was pushed back from May to June.",
        "The ministry shifted the deadline from April to June.",
        "She went from May to March in a single season",
        "Forecasters expect a chance of warmth from July to September.",
    ):
        assert not {"April", "May", "June", "March", "September"} & set(read(text, wednesday)), text


def test_a_month_of_this_year_after_to_stays_one_date():
    # "to June of this year": the month and its year are one phrase, never "June" and a year apart
    assert read("Fares are frozen from March to June of this year.", dt.date(2024, 5, 15)) == {
        "from March": ("2024-03", "month"),
        "June of this year": ("2024-06", "month"),
    }


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Police are going to charge the suspect arrested on Monday.", "2026-03-09"),
        ("He is going to court over the crash in May.", "2026-05"),
        ("Voters are going to the polls in a runoff after the first round in February.", "2027-02"),
    ],
)
def test_going_to_a_place_or_an_act_puts_no_date_ahead(text, wrong):
    assert wrong not in {date for date, _ in read(text, dt.date(2026, 3, 4)).values()}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Police arrested him on Tuesday. Witnesses said the car had been seen on that Sunday near the lake.",
            "2026-03-08",
        ),
        ("The first round is on Sunday, April 12. In 2022, turnout on that Sunday was 74%.", "2026-04-12"),
    ],
)
def test_that_weekday_is_not_carried_across_tense_or_years(text, wrong):
    that = text.index("that Sunday")
    found = [m for m in find_dates(text, dt.date(2026, 3, 4)) if m.claim and m.end == that + len("that Sunday")]
    assert all(m.date != wrong for m in found)


@pytest.mark.parametrize(
    ("text", "published", "surface", "date"),
    [
        # "ahead of" only places the dated event after what the sentence tells: with a clause of the past, the day
        # of that month nearest the article's, either side of it
        ("Ahead of the March 3 primary, 1.2 million voters signed up.", dt.date(2024, 3, 6), "March 3", "2024-03-03"),
        ("Ahead of the March 3 primary, 1.2 million voters signed up.", dt.date(2024, 2, 26), "March 3", "2024-03-03"),
        (
            "Ahead of the October 12 final, the club sold 40,000 tickets.",
            dt.date(2025, 10, 14),
            "October 12",
            "2025-10-12",
        ),
        # guard: a clause of the future after it keeps the day ahead
        ("Ahead of the March 3 primary, candidates will debate twice.", dt.date(2024, 3, 6), "March 3", "2025-03-03"),
    ],
)
def test_a_day_ahead_of_which_the_sentence_tells_the_past_is_the_nearest(text, published, surface, date):
    [claim] = [c for c in claims(text, published) if c.text == surface]
    assert claim.value.date == date


@pytest.mark.parametrize(
    ("text", "published", "surface", "year"),
    [
        (
            "Ticket sales for this summer's festival are already up a third.",
            dt.date(2023, 3, 10),
            "this summer",
            "2023",
        ),
        ("The bridge has been shut since last summer.", dt.date(2021, 10, 5), "last summer", "2021"),
        ("The bridge has been shut since last summer.", dt.date(2021, 7, 1), "last summer", "2020"),
        ("The retrial opens next spring, the court said.", dt.date(2022, 1, 15), "next spring", "2022"),
        ("The retrial opens next spring, the court said.", dt.date(2022, 4, 20), "next spring", "2023"),
        ("Enrolment dropped this past fall at most campuses.", dt.date(2019, 12, 2), "this past fall", "2019"),
    ],
)
def test_a_season_named_from_the_article_is_the_year_it_falls_in(text, published, surface, year):
    # "this summer" is the article's year's; "last summer" the last one over by its date, "next spring" the next
    # one still to open
    assert read(text, published)[surface] == (year, "year")


@pytest.mark.parametrize(
    "text",
    [
        "It was the last summer before the war, she wrote.",  # the final one, no season counted from the page
        "The resort opens for one last spring fling on Saturday.",  # an adjective of the season
        "The band plans their next summer tour around festivals.",
        "Investors shrugged off this fall in prices.",  # a drop, no season
        "The actor has not been seen in public since his last fall.",  # a possessive's fall
        "Doctors said her last fall left her with a broken hip.",
        "Since its last fall, the index has recovered 20 percent.",
        "The rouble's last fall came after sanctions.",
        "It is one last summer of freedom before university.",
        "I Know What You Did Last Summer is being remade.",  # a title
        "The stock suffered this fall after the earnings miss.",  # "this fall" is a drop as often as a season
        "Analysts blamed this fall on weak demand.",
        "Crowds flock to the coast in the summer.",  # any summer
    ],
)
def test_no_season_is_dated_without_a_word_counting_it_from_the_page(text):
    dated = read(text, dt.date(2024, 8, 20))
    assert not any(season in t.lower() for t in dated for season in ("spring", "summer", "fall"))


def test_a_season_with_its_own_year_keeps_it():
    assert read("Sales peaked this summer of 2018, the firm said.", dt.date(2024, 8, 20)).get("this summer") is None
    assert "2018" in {date for date, _ in read("Sales peaked this summer of 2018.", dt.date(2024, 8, 20)).values()}


@pytest.mark.parametrize(
    ("text", "published", "surface", "date"),
    [
        # a plan's day the day before the page: this year's, copied from a text written a day earlier
        ("Refund letters will be posted June 30, the airline said.", dt.date(2025, 7, 1), "June 30", "2025-06-30"),
        ("Ballots will be mailed on March 3 to every voter.", dt.date(2024, 3, 4), "March 3", "2024-03-03"),
        # guards: further back, a day of the future is next year's
        ("The fair will return on June 20 with more rides.", dt.date(2025, 7, 1), "June 20", "2026-06-20"),
        ("Ballots will be mailed on March 3 to every voter.", dt.date(2024, 3, 6), "March 3", "2025-03-03"),
        # guards: a weekday in a clause of the present whose object is a past event stays behind the page
        ("Police are investigating a shooting Saturday night.", dt.date(2024, 5, 15), "Saturday", "2024-05-11"),
        ("Two people are dead following a crash on Friday.", dt.date(2024, 5, 15), "Friday", "2024-05-10"),
        ("Five are dead in a Friday crash on the motorway.", dt.date(2024, 5, 15), "Friday", "2024-05-10"),
        ("A man is charged over a stabbing on Sunday in Leeds.", dt.date(2024, 5, 16), "Sunday", "2024-05-12"),
        (
            "The boy remains in critical condition following the attack on Saturday.",
            dt.date(2024, 5, 15),
            "Saturday",
            "2024-05-11",
        ),
        ("They're still in shock over the crash Sunday.", dt.date(2024, 5, 16), "Sunday", "2024-05-12"),
        ("Officials are still counting votes cast on Sunday.", dt.date(2024, 5, 16), "Sunday", "2024-05-12"),
        ("Residents are cleaning up from a tornado on Tuesday.", dt.date(2024, 5, 16), "Tuesday", "2024-05-14"),
        ("Two are dead in Saturday night shooting", dt.date(2024, 5, 15), "Saturday", "2024-05-11"),
        # a day of the month after a verb of the present that follows a number is still the nearer either side
        ("The deadline for Form 11 is 31 October, Revenue said.", dt.date(2024, 10, 20), "31 October", "2024-10-31"),
        # a verb of the past after the present keeps the day behind
        ("The suspect, who is 34, was arrested Saturday.", dt.date(2024, 5, 13), "Saturday", "2024-05-11"),
        ("Police are questioning a man who fled Thursday.", dt.date(2024, 5, 17), "Thursday", "2024-05-16"),
        ("The mayor said the pool is shut since Sunday.", dt.date(2024, 5, 16), "Sunday", "2024-05-12"),
        (
            "Among the missing are two hikers on the ridge when the storm hit early Friday.",
            dt.date(2025, 3, 4),
            "Friday",
            "2025-02-28",
        ),
        ("Four are still in hospital after a tree hit their car Sunday.", dt.date(2025, 3, 6), "Sunday", "2025-03-02"),
        # a timeline's entry stays in the past
        ("Timeline: 9:40 AM Friday, gunmen opened fire on the crowd.", dt.date(2024, 5, 15), "Friday", "2024-05-10"),
        ("Time of death: 3am Sunday, the coroner said.", dt.date(2024, 5, 15), "Sunday", "2024-05-12"),
        # after "will", a word in -ed after a pronoun describes: the pronoun is the verb's object, no subject
        ("The city will order it demolished by June.", dt.date(2026, 3, 4), "by June", "2026-06"),
        ("Engineers will report it fixed by Friday.", dt.date(2026, 3, 4), "Friday", "2026-03-06"),
        ("The league will call it abandoned on Saturday.", dt.date(2026, 3, 4), "Saturday", "2026-03-07"),
        ("Regulators will rule it closed in May.", dt.date(2026, 3, 4), "in May", "2026-05"),
        ("The firm will give it renewed focus in July.", dt.date(2026, 3, 4), "in July", "2026-07"),
        ("Staff will send you updated forms in April.", dt.date(2026, 3, 4), "in April", "2026-04"),
        ("We will send you detailed guidance in May.", dt.date(2026, 3, 4), "in May", "2026-05"),
        # a day made possessive in a condition before a clause of the future is still a day gone by
        ("If Tuesday's debate is any guide, the race will be close.", dt.date(2026, 3, 4), "Tuesday", "2026-03-03"),
        ("If Sunday's turnout is anything to go by, Labour will win.", dt.date(2026, 3, 4), "Sunday", "2026-03-01"),
        ("If Monday's sell-off is a sign, markets will stay jittery.", dt.date(2026, 3, 4), "Monday", "2026-03-02"),
        ("If Tuesday's ruling stands, the firm will close.", dt.date(2026, 3, 4), "Tuesday", "2026-03-03"),
        ("Unless Tuesday's ruling is overturned, the firm will close.", dt.date(2026, 3, 4), "Tuesday", "2026-03-03"),
        ("Once Tuesday's vote is certified, the senator will resign.", dt.date(2026, 3, 4), "Tuesday", "2026-03-03"),
        # a day inside a quotation takes its tense from the quoted words, not from the reporting verb outside the
        # marks ("asked one commuter", "said the owner"), which tells when the words were said
        ('"Does the ferry run again on May 20?" asked one commuter.', dt.date(2024, 5, 6), "May 20", "2024-05-20"),
        ('"The club reopens its doors on 2 March," said the owner.', dt.date(2023, 2, 20), "2 March", "2023-03-02"),
        (
            '"Ballots go out on October 14 or October 21," the clerk repeated.',
            dt.date(2022, 10, 3),
            "October 21",
            "2022-10-21",
        ),
        # guards: the quotation's own past verb, or a date outside the marks, keeps the past
        ('"The pump failed on May 2," the engineer said.', dt.date(2024, 5, 6), "May 2", "2024-05-02"),
        ('The coach said on May 20 that "the squad is ready".', dt.date(2024, 6, 6), "May 20", "2024-05-20"),
        ('"We are ready," the mayor said on May 20.', dt.date(2024, 5, 6), "May 20", "2023-05-20"),
    ],
)
def test_a_day_without_its_year_takes_the_side_its_clause_gives(text, published, surface, date):
    [claim] = [c for c in claims(text, published) if c.text == surface]
    assert claim.value.date == date


DATES_NEWS_6 = Path(__file__).parent / "corpora" / "dates-news-6"


def date_score(folder: Path) -> tuple[dict, list]:
    """The date extraction score of a set of real news (its corpus.txt against its gold.yaml), and its misses."""
    documents = load_corpus([folder / "corpus.txt"])
    score = evaluate(load_gold(folder / "gold.yaml"), None, extract(documents, ["date"]))
    return score.extraction["date"], score.missed_claims


DATES_NEWS_7 = Path(__file__).parent / "corpora" / "dates-news-7"
DATES_NEWS_8 = Path(__file__).parent / "corpora" / "dates-news-8"
DATES_NEWS_9 = Path(__file__).parent / "corpora" / "dates-news-9"
DATES_NEWS_10 = Path(__file__).parent / "corpora" / "dates-news-10"


@pytest.mark.parametrize(
    ("folder", "gold", "found", "precision"),
    [
        # 16 news excerpts (court timetables, quarterly earnings, outbreak counts, obituaries, fixtures and
        # seasons) from American, British, Irish and wire outlets
        (DATES_NEWS_6, 113, 95, 0.96),
        # 16 news excerpts (clock changes, rail strikes, growth figures, state budgets, hurricane seasons, moon
        # landing anniversaries, a tax deadline, a strike's end, an opening ceremony across time zones, ceasefire
        # talks) from American, British, Australian, Ugandan and wire outlets
        (DATES_NEWS_7, 103, 84, 0.87),
        # 16 news excerpts (meteor showers, student loans, house prices, a final across time zones, a budget's
        # timetable, a song contest, a hosepipe ban, quarterly results and forecasts, roadworks) from American,
        # British, Indian, Turkish, council and wire outlets
        (DATES_NEWS_8, 104, 97, 0.94),
        # 16 news excerpts (energy price caps, a coronation's date, prize days, festivals of other calendars,
        # minimum wage rises, quarterly growth figures) from British, American, Indian, Spanish and Russian outlets
        (DATES_NEWS_9, 89, 73, 0.93),
        # 16 news excerpts (a new federal holiday, a census day, the new year across time zones, a landing on Mars
        # seen from Kathmandu, award nights seen from India, a tariff deadline, a school calendar, a tennis
        # fortnight, a tax deadline, ski resorts' openings) from American, British, Indian, Nepali and trade outlets
        (DATES_NEWS_10, 155, 129, 0.93),
    ],
    ids=["dates-news-6", "dates-news-7", "dates-news-8", "dates-news-9", "dates-news-10"],
)
def test_dates_of_a_sixth_and_seventh_set_of_real_news_hold_their_measured_recall_and_precision(
    folder, gold, found, precision
):
    # the floors are what extraction reaches today
    dates, missed = date_score(folder)
    assert dates["gold"] == gold
    assert dates["found"] >= found, missed
    assert dates["precision"] >= precision


# A day of the month without its year after a verb and its object, told in the past ("called a strike on August 30",
# "staged a protest on May 1"), is the day of the act, behind the article's date, however far back it lies.
PAST_DAY_AFTER_AN_OBJECT_CASES = [
    ("The regulator announced a review on July 2 into the merger.", dt.date(2025, 1, 12), "2024-07-02"),
    ("The union called a strike on August 30 over pensions.", dt.date(2025, 3, 20), "2024-08-30"),
    ("The city council called a special session on October 3 to debate the levy.", dt.date(2025, 4, 10), "2024-10-03"),
    ("The government set a referendum for June 30, which voters rejected.", dt.date(2025, 1, 12), "2024-06-30"),
    ("The union called a strike on April 14 that grounded 300 flights.", dt.date(2025, 3, 20), "2024-04-14"),
    ("The activists staged a protest on May 1 outside parliament.", dt.date(2025, 3, 20), "2024-05-01"),
    ("Pilots staged a walkout on May 2, stranding thousands.", dt.date(2025, 3, 20), "2024-05-02"),
    ("Fans booked every hotel room on April 25, the tourist board said.", dt.date(2025, 3, 20), "2024-04-25"),
    ("The minister announced new measures on April 18 in parliament.", dt.date(2025, 3, 20), "2024-04-18"),
    ("She planned the wedding on June 14 but it was cancelled.", dt.date(2025, 3, 20), "2024-06-14"),
    ("Police called off the search on April 30.", dt.date(2025, 3, 20), "2024-04-30"),
    ("Residents called the police on April 22 after hearing shots.", dt.date(2025, 3, 20), "2024-04-22"),
    ("The senator called the vote on September 12 a disgrace.", dt.date(2025, 3, 20), "2024-09-12"),
]


@pytest.mark.parametrize(
    ("text", "published", "want"),
    PAST_DAY_AFTER_AN_OBJECT_CASES,
    ids=[c[0][:40] for c in PAST_DAY_AFTER_AN_OBJECT_CASES],
)
def test_a_past_day_after_a_verb_and_its_object_stays_behind_the_page(text, published, want):
    [date] = [d for d, _ in read(text, published).values()]
    assert date == want


# A count back from the article's date with the article's own day, week or month right after it ("46 years ago
# today", "fifty years ago this week") is that day, week or month so many years back: one date, not a year and today.
OWN_PERIOD_AGO_CASES = [
    (
        "The dam burst 60 years ago today, flooding the valley.",
        dt.date(2023, 10, 9),
        "60 years ago today",
        "1963-10-09",
    ),
    ("The first pupils walked in 100 years ago this week.", dt.date(2024, 9, 4), "100 years ago this week", "1924-W36"),
    ("A year ago this month the mill shut its gates.", dt.date(2022, 3, 15), "A year ago this month", "2021-03"),
]


@pytest.mark.parametrize(("text", "published", "phrase", "want"), OWN_PERIOD_AGO_CASES)
def test_a_count_back_before_the_articles_own_day_moves_that_day(text, published, phrase, want):
    found = read(text, published)
    assert found[phrase][0] == want
    assert set(found) == {phrase}


# A count back before another date than the article's own period stays a count.
COUNT_BACK_BEFORE_ANOTHER_DATE_CASES = [
    # a break between them: two dates, the count's year and the article's day
    (
        "The bridge opened 20 years ago; today it carries 40,000 cars.",
        dt.date(2023, 5, 2),
        {"20 years ago": "2003", "today": "2023-05-02"},
    ),
    # a day that is not the article's: no day moved back
    ("She moved here three years ago this Friday.", dt.date(2023, 5, 2), {"three years ago": "2020"}),
]


@pytest.mark.parametrize(("text", "published", "want"), COUNT_BACK_BEFORE_ANOTHER_DATE_CASES)
def test_a_count_back_before_another_date_stays_a_count(text, published, want):
    found = read(text, published)
    for phrase, date in want.items():
        assert found[phrase][0] == date


# A count in tens and units ("fifty-six", "Twenty one") counts whole, not as its last word ("six years ago"), also
# before the article's own day; a ten and a unit that a stop or a comma parts are no one count.
COMPOUND_COUNT_CASES = [
    (
        "Fifty-six years ago today, the first crew walked on the moon.",
        dt.date(2025, 7, 20),
        {"Fifty-six years ago today": "1969-07-20"},
    ),
    ("The mine closed thirty-two years ago, the union said.", dt.date(2024, 3, 5), {"thirty-two years ago": "1992"}),
    ("Twenty one days ago the ferry ran aground.", dt.date(2024, 3, 5), {"Twenty one days ago": "2024-02-13"}),
    (
        "The orchestra first played here two years and twenty-one days ago.",
        dt.date(2024, 3, 5),
        {"two years and twenty-one days ago": "2022-02-12"},
    ),
    # guards: the ten and the unit belong to two phrases
    ("Of the forty, six years ago only ten remained.", dt.date(2025, 7, 20), {"six years ago": "2019"}),
    ("The council has fifty members. Six years ago it had seventy.", dt.date(2025, 7, 20), {"Six years ago": "2019"}),
]


@pytest.mark.parametrize(("text", "published", "want"), COMPOUND_COUNT_CASES)
def test_a_count_in_tens_and_units_counts_whole(text, published, want):
    assert {c.text: c.value.date for c in claims(text, published)} == want


# Guards: a day of a time limit, one after "through", one after a subject's "'s" and one after a day written with an
# earlier year in another sentence keep the side of the article's date that their clause gives: a deadline told in the
# future is ahead, one missed or passed behind; "ran through" a day is behind; "it's been ... since" is behind; a day
# without its year in a later sentence is the article's year, not the year of a life or an earlier event.
KEEPS_ITS_CLAUSES_SIDE_CASES = [
    ("The board will meet Monday to set a March 1 deadline for bids.", dt.date(2025, 8, 20), "March 1", "2026-03-01"),
    ("Firms are racing to file ahead of the March 1 deadline.", dt.date(2025, 8, 20), "March 1", "2026-03-01"),
    ("The company missed the March 1 deadline to file its accounts.", dt.date(2025, 11, 20), "March 1", "2025-03-01"),
    ("The April 15 deadline passed without an agreement.", dt.date(2025, 12, 2), "April 15", "2025-04-15"),
    ("The exhibition ran through March 1.", dt.date(2025, 12, 10), "March 1", "2025-03-01"),
    ("Schools stayed closed through March 14.", dt.date(2025, 10, 20), "March 14", "2025-03-14"),
    ("It's been seven months since April 2, when the plant closed.", dt.date(2025, 11, 10), "April 2", "2025-04-02"),
    ("She's lived there since April 2.", dt.date(2025, 11, 10), "April 2", "2025-04-02"),
    (
        "Smith was born on January 28, 1950. He died on February 14 at his home.",
        dt.date(2025, 2, 20),
        "February 14",
        "2025-02-14",
    ),
    (
        "The last flood struck on January 12, 2019. Residents were evacuated on Friday, January 3.",
        dt.date(2025, 1, 5),
        "Friday, January 3",
        "2025-01-03",
    ),
]


@pytest.mark.parametrize(("text", "published", "phrase", "want"), KEEPS_ITS_CLAUSES_SIDE_CASES)
def test_a_deadline_a_span_end_a_contracted_verb_or_an_earlier_year_keeps_its_clauses_side(
    text, published, phrase, want
):
    [claim] = [c for c in claims(text, published) if c.text == phrase]
    assert claim.value.date == want


def test_a_plan_over_months_with_no_year_is_the_next_such_month():
    # guards: a range of months said of the future starts at the next such month, whatever month the article is
    # told in; a year said elsewhere in the sentence, or a range that crosses a new year, does not make it this year's
    september = dt.date(2026, 9, 16)
    assert read("Next year the night market will stay open from July to November.", september)["from July"] == (
        "2027-07",
        "month",
    )
    assert read("In 2027, the market will stay open from July to November.", september)["from July"] == (
        "2027-07",
        "month",
    )
    assert read("The new fiscal rules will apply from October to September", september) == {
        "from October": ("2026-10", "month")
    }
    assert read("Schools will close from July-November", september)["from July"] == ("2027-07", "month")


def test_a_span_of_years_keeps_its_start_and_reads_no_bare_span():
    # guards: a span of years after a word that is not "from" keeps its start's year, and a span of figures with
    # no word before it (a room, a telephone number, pages, a count a day) is no year
    assert read("From 2010-2015 profits doubled at the firm.") == {"From 2010": ("2010", "year")}
    assert read("During 2010-2015 exports doubled.") == {"During 2010": ("2010", "year")}
    assert read("Since 2015-2016 wages have fallen.") == {"Since 2015": ("2015", "year")}
    assert read("In 2014-2018 sales rose 10%.") == {"In 2014": ("2014", "year")}
    assert read("By 2025-2030 emissions must halve.") == {"By 2025": ("2025", "year")}
    for text in (
        "He lived 1996-2004 in Kabul.",
        "Sales fell 2019-2022 in every region.",
        "Rooms 2014-2018 were booked",
        "Call 2014-2018 for details",
        "See pages 2014-2018",
        "Flights 2014-2018 were cancelled",
        "Tickets sold 1950-2000 a day",
    ):
        assert read(text) == {}, text


def test_a_plan_over_months_that_does_not_hold_the_article_month_stays_ahead():
    # guards: a range still to come, a move, or a month after "to" that is no month of a range
    september = dt.date(2026, 9, 16)
    assert read("The night market will stay open from May to August.", september) == {"from May": ("2027-05", "month")}
    assert read("The museum will reopen its wing from March, to May crowds.", september) == {
        "from March": ("2027-03", "month")
    }
    assert read("The orchard will sell cider from June to 2030.", september)["from June"] == ("2027-06", "month")
    # told of the past, the nearest such month as before
    assert read("The night market stayed open from July to November.", september) == {"from July": ("2026-07", "month")}


def test_a_calendar_year_is_that_year():
    assert read("Exports peaked in calendar year 2019, the ministry said.") == {"calendar year 2019": ("2019", "year")}
    assert read("The club's accounts for calendar year 2022 showed a loss.") == {"calendar year 2022": ("2022", "year")}
    # guards: a count after it, and a year of the company's own calendar
    assert read("Over the calendar year 2000 homes were sold.") == {}
    assert read("Sales rose in fiscal year 2023.") == {}


def test_a_feast_before_a_part_of_its_day_is_that_day():
    assert read("Crowds gathered on Christmas early morning for the swim.") == {"on Christmas": ("2023-12-25", "day")}
    assert read("The ferry will sail on Easter late afternoon.", dt.date(2025, 2, 3)) == {
        "on Easter": ("2025-04-20", "day")
    }
    assert read("Carols were sung on Christmas late at night.") == {"on Christmas": ("2023-12-25", "day")}
    # guards: a feast that names a kind of thing, joined to the word after it or with "early"/"late" before a noun
    assert read("Money spent on Christmas early-bird offers doubled.") == {}
    assert read("Money spent on Easter late-night shopping doubled.") == {}
    assert read("Money spent on Christmas late fees rose") == {}
    assert read("The charity relied on Christmas late donations") == {}
    assert read("Retailers are betting on Christmas early sales") == {}


def test_a_span_of_months_ending_in_a_said_year_starts_in_that_year():
    november = dt.date(2023, 11, 20)
    assert read("Cholera spread from July to October last year, officials said.", november) == {
        "from July": ("2022-07", "month"),
        "October last year": ("2022-10", "month"),
    }
    assert read("Wheat exports slumped from April until June last year.", november) == {
        "from April": ("2022-04", "month"),
        "until June last year": ("2022-06", "month"),
    }
    # guards: a said year that does not end the span leaves the start the nearest such month
    assert read("Cholera spread from July, and last year it spread too.", november)["from July"] == (
        "2023-07",
        "month",
    )
    assert read("Wheat exports slumped from April to June, as last year.", november)["from April"] == (
        "2023-04",
        "month",
    )


# A month joined to a month phrase by "and" or by the dash of a range is a date of its own, the first such month
# from the one before it on: "in December-February" crosses into the next year.
@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        (
            "Orders for heat pumps doubled in October–December.",
            dt.date(2025, 2, 3),
            {"in October": "2024-10", "December": "2024-12"},
        ),
        (
            "Flu cases peaked in December-February.",
            dt.date(2025, 4, 1),
            {"in December": "2024-12", "February": "2025-02"},
        ),
        (
            "Ticket sales at the zoo climbed in both June and July.",
            dt.date(2024, 9, 1),
            {"in both June": "2024-06", "July": "2024-07"},
        ),
        (
            "The ferry timetable thins out in November-February.",
            dt.date(2024, 6, 10),
            {"in November": "2023-11", "February": "2024-02"},
        ),
        (
            "The clinic saw fewer patients this January – March than a year before.",
            dt.date(2025, 4, 1),
            {"this January": "2025-01", "March": "2025-03"},
        ),
        # the year said after the last month is that month's own: one phrase, not a month and a year apart
        (
            "Rents climbed in May-August last year.",
            dt.date(2025, 2, 1),
            {"in May": "2024-05", "August last year": "2024-08"},
        ),
        # and the first month takes it too, a year back where the range crosses a new year
        (
            "Gas use fell in November and January last year.",
            dt.date(2025, 2, 1),
            {"in November": "2023-11", "January last year": "2024-01"},
        ),
        # every month of a list takes the year said after its last
        (
            "Sales rose in March, April and May last year.",
            dt.date(2026, 8, 4),
            {"in March": "2025-03", "April": "2025-04", "May last year": "2025-05"},
        ),
        (
            "Sales will rise in March, April and May next year.",
            dt.date(2026, 8, 4),
            {"in March": "2027-03", "April": "2027-04", "May next year": "2027-05"},
        ),
        # months listed out of order, told in the past: each read as the first is, none after the page
        ("Sales rose in June and April.", dt.date(2026, 3, 4), {"in June": "2025-06", "April": "2025-04"}),
    ],
)
def test_a_month_joined_to_a_month_phrase_is_read_on_from_it(text, published, want):
    got = {surface: date for surface, (date, _) in read(text, published).items()}
    for surface, date in want.items():
        assert got.get(surface) == date, (surface, got)


@pytest.mark.parametrize(
    ("text", "published", "absent"),
    [
        # a word of a month's name written in lower case is that word
        ("Prices rose in April and may fall again in June.", dt.date(2024, 6, 10), "may"),
        # a spaced hyphen sets off a clause, not a range's end
        ("Harvest ran late in March - May said it was the worst in years.", dt.date(2024, 6, 10), "May"),
        # a span told in the past does not end after the page
        ("The plant was shut in February-June, workers said.", dt.date(2024, 5, 15), "June"),
        # a year that opens the sentence leaves the first month's year a guess
        ("In 2019, exports rose in April-May.", dt.date(2024, 5, 15), "May"),
        # and so does one said anywhere else in it
        ("Exports in 2019 rose in April-May.", dt.date(2025, 6, 10), "May"),
    ],
)
def test_a_month_joined_to_a_month_phrase_is_no_date_where_its_reading_is_a_guess(text, published, absent):
    assert absent not in read(text, published)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The carmaker cut its 2013 outlook on Thursday.", {"its 2013": ("2013", "year")}),
        ("The band toured their 2019 album across Europe.", {"their 2019": ("2019", "year")}),
        ("Starting 2026, drivers must carry a permit.", {"Starting 2026": ("2026", "year")}),
        ("Beginning 2030 the levy on landfill doubles.", {"Beginning 2030": ("2030", "year")}),
    ],
)
def test_a_year_after_a_possessive_or_after_starting_is_a_year(text, want):
    got = read(text)
    for surface, value in want.items():
        assert got.get(surface) == value, (surface, got)


@pytest.mark.parametrize(
    "text",
    [
        "The firm kept its 1500 employees on full pay.",  # a count of a plural noun
        "After starting 1500 games in goal, he retired.",
        "The new model keeps its 2000 hp engine.",  # a unit's abbreviation
        "Runners began their 2000 metre climb at dawn.",  # a unit's word
    ],
)
def test_a_count_after_a_possessive_or_after_starting_is_no_year(text):
    assert not read(text)


# A month after a noun of a statement and before a "that" clause whose verb is "would" keeps the tense of its
# own clause: "a report in June that would set new limits will be published" is the June ahead.
@pytest.mark.parametrize(
    "text",
    [
        "The company plans an announcement in June that would reshape the industry.",
        "A report in June that would set new limits will be published by the ministry.",
        "Lawmakers are drafting a report in May that would recommend new taxes.",
        "Its forecast in May that growth would top 3% will be revised.",
    ],
)
def test_a_month_before_a_that_clause_with_would_keeps_the_tense_of_its_clause(text):
    [(date, _)] = read(text, dt.date(2026, 3, 4)).values()
    assert date.startswith("2026-")


# What a body agreed, decided or voted to do comes after the deciding: a month in that clause is the one ahead when
# the article's month is past it, as "takes effect in November" is. "to" before a noun ("agreed to a deal in June")
# is no plan; a month before the deciding ("agreed in March to pay", "a meeting in February voted to"), a verb of the
# past between them, and a day ("voted to strike Thursday") are the deciding's own or another's.
@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("The transit board decided to raise fares by 3% from January.", "2026-01"),
        ("Nurses voted to strike starting in September over pay, the union said.", "2026-09"),
        ("The regulator decided to cap the fees beginning in August.", "2026-08"),
        ("The council agrees to shut the library from February.", "2026-02"),
        # guards: the past of the clause itself, a noun after "to", and a month before "to"
        ("Exports fell in September, the agency said.", "2025-09"),
        ("The club agreed to a loan deal in June.", "2025-06"),
        ("The insurer agreed in March to pay the claims.", "2025-03"),
        ("A shareholder meeting in February voted to cut the chair's pay.", "2025-02"),
        ("The board agreed to shed jobs, and profits fell in November.", "2024-11"),
        ("Dockers voted to strike Thursday, the union said.", "2025-10-16"),
        # guards: "in" or "of" alone before the month may be the deciding's own month, and a noun without an article
        ("Lawmakers voted to approve the budget in September.", "2025-09"),
        ("Parliament voted to ratify the treaty in September, officials said.", "2025-09"),
        ("Shareholders voted to approve the merger at a meeting in September.", "2025-09"),
        ("The Fed decided to hold rates steady in September.", "2025-09"),
        ("The jury decided to acquit him in March.", "2025-03"),
        ("He agreed to resign in June but stayed on.", "2025-06"),
        ("The state agreed to pay $5 million to settle the case in August.", "2025-08"),
        ("The committee voted to expel him for misconduct in May.", "2025-05"),
        ("The UN agreed to investigate the attack of August.", "2025-08"),
        ("The union agreed to terms in August after weeks of talks.", "2025-08"),
        ("The two sides agreed to sanctions in March.", "2025-03"),
        ("Kyiv agreed to talks in July.", "2025-07"),
        ("The club agreed to new terms with the striker in June.", "2025-06"),
        ("The board, which agreed to merge in March, will meet again.", "2025-03"),
    ],
)
def test_a_month_of_what_was_agreed_or_decided_to_be_done_is_the_one_ahead(text, month):
    [(date, _)] = [v for k, v in read(text, dt.date(2025, 10, 20)).items() if "$" not in k]
    assert date == month


def test_a_month_of_another_clause_after_a_decision_keeps_its_reading():
    found = read(
        "Germany decided to phase out nuclear power in 2011, and the last plants shut in April.", dt.date(2025, 10, 20)
    )
    assert found.get("April", found.get("in April", (None,)))[0] == "2025-04", found


# An infinitive after a verb of the present, or "to" before a noun, says nothing of what is to come: the weekday or
# month keeps the one gone by.
@pytest.mark.parametrize(
    ("text", "surface", "want"),
    [
        ("Inflation continues to ease in January", "in January", "2026-01"),
        ("House prices continue to fall in February, data show.", "in February", "2026-02"),
        ("UK economy fails to grow in December.", "in December", "2025-12"),
        ("Retail sales fail to recover in February.", "in February", "2026-02"),
        ("Shares slump to lowest in February.", "in February", "2026-02"),
        ("Unemployment climbs to highest level in January.", "in January", "2026-01"),
        ("Manchester United come from behind to beat Chelsea on Sunday.", "Sunday", "2026-03-01"),
        ("Smith scores twice to give City victory on Saturday.", "Saturday", "2026-02-28"),
        ("Oil jumps to highest since 2022 on Monday.", "Monday", "2026-03-02"),
        ("Protesters gather to demand action outside parliament on Monday", "Monday", "2026-03-02"),
        ("People queue to vote at a polling station in Lagos on Saturday", "Saturday", "2026-02-28"),
        ("Firefighters work to contain the blaze near Athens on Monday", "Monday", "2026-03-02"),
        ("Figures show prices continue to rise in February.", "in February", "2026-02"),
        ("Damage to homes on Sunday after the storm", "Sunday", "2026-03-01"),
        ("Disruption to services on Monday after the power cut.", "Monday", "2026-03-02"),
        ("Delays to flights in February after the strike.", "in February", "2026-02"),
        ("Damage to property in January.", "in January", "2026-01"),
        ("Threats to staff on Saturday night.", "Saturday", "2026-02-28"),
        ("New car sales to private buyers up 10% in February.", "in February", "2026-02"),
        ("Loans to small businesses down 3% in January.", "in January", "2026-01"),
        ("Applications to university in January down 5%.", "in January", "2026-01"),
        ("Record number of visitors to museums in February.", "in February", "2026-02"),
        ("Stocks Rise To Record High On Friday", "Friday", "2026-02-27"),
        ("Record Crowds Flock To Wembley On Saturday", "Saturday", "2026-02-28"),
    ],
)
def test_an_infinitive_after_a_verb_of_the_present_or_to_before_a_noun_does_not_date_ahead(text, surface, want):
    got = read(text, dt.date(2026, 3, 4))
    assert got[surface][0] == want, got


# A year after a noun's possessive and before a noun in the singular ("the council's 2019 plan") or after the name of
# a feast of another calendar ("Eid 2024", "Hanukkah 2021") is a year.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The council's 2019 plan was scrapped.", {"council's 2019": ("2019", "year")}),
        ("The orchestra's 1998 recording is reissued.", {"orchestra's 1998": ("1998", "year")}),
        ("The band's 1999 tour of Japan", {"band's 1999": ("1999", "year")}),
        ("The Queen's 1953 coronation.", {"Queen's 1953": ("1953", "year")}),
        ("Shops stayed open late for Hanukkah 2021.", {"Hanukkah 2021": ("2021", "year")}),
        ("Travel peaked before Eid al-Adha 2024 in the region.", {"Eid al-Adha 2024": ("2024", "year")}),
    ],
)
def test_a_year_after_a_nouns_possessive_or_a_moving_feast_is_a_year(text, want):
    got = read(text)
    for surface, value in want.items():
        assert got.get(surface) == value, (surface, got)


@pytest.mark.parametrize(
    "text",
    [
        "The airline's 2000 pilots voted to strike.",  # a count of a plural noun
        "The factory's 2000 kg press broke.",  # a unit's abbreviation
        "The stadium's 2000 seats were sold.",  # a count of a plural noun
        # a noun after the singular word: the figure counts a compound's noun
        "The club's 2000 season ticket holders got refunds.",
        "The union's 2000 member branch",
        "The city's 2000 police officer shortfall",
        "The army's 1800 soldier brigade",
        # a superlative or a comparative after the figure
        "The world's 2000 largest companies",
        "Europe's 1900 biggest firms",
        # a contraction, no possessive
        "That's 2000 more homes",
        "It's 2000 extra homes",
    ],
)
def test_a_count_after_a_nouns_possessive_is_no_year(text):
    assert not read(text)


# A participle after "is not" or "was never" is a passive, no verb of the past: "if a deal is not reached by July
# 21" leaves the day ahead; the form of "be" keeps its own tense.
NEGATED_PASSIVE_CASES = [
    ("Fines could double if the levy is not paid by March 31.", dt.date(2023, 3, 10), "2023-03-31"),
    ("The bridge toll rises unless the repairs are not finished by June 30.", dt.date(2024, 6, 2), "2024-06-30"),
    # guards: a past form of "be" before it, or a past verb, keeps the past
    ("The parcel was not delivered on March 3.", dt.date(2023, 3, 10), "2023-03-03"),
    ("The votes were never counted after June 30.", dt.date(2024, 7, 2), "2024-06-30"),
]


def test_this_weekday_of_a_plan_told_in_the_past_is_the_nearer_one():
    # a Tuesday: the Wednesday a day on, not six days back; "this" with a past verb of its own stays behind
    tuesday = dt.date(2024, 3, 12)
    assert read("The ceasefire, which was due to expire this Wednesday, will be extended.", tuesday) == {
        "this Wednesday": ("2024-03-13", "day")
    }
    assert read("The library was set to reopen this Thursday.", tuesday)["this Thursday"][0] == "2024-03-14"
    assert read("The permit was due to expire this Sunday.", dt.date(2024, 3, 14))["this Sunday"][0] == "2024-03-17"
    assert read("The mayor visited the school this Monday.", tuesday)["this Monday"][0] == "2024-03-11"


def test_this_weekend_told_in_the_past_keeps_the_articles_own_week():
    # guards: "this weekend" in a sentence told in the past is as often a plan or a forecast for the weekend ahead
    tuesday, thursday = dt.date(2024, 3, 12), dt.date(2024, 3, 14)
    assert read("This weekend's match was postponed.", tuesday)["This weekend"][0] == "2024-W11"
    assert read("This weekend's match was postponed.", thursday)["This weekend"][0] == "2024-W11"
    assert read("Rain was forecast for this weekend.", tuesday)["this weekend"][0] == "2024-W11"
    assert read("The club said it was hoping to sign him this weekend.", dt.date(2024, 3, 13))["this weekend"][0] == (
        "2024-W11"
    )
    assert read("The market will open this weekend.", tuesday)["this weekend"][0] == "2024-W11"
    assert read("The market opens this weekend.", tuesday)["this weekend"][0] == "2024-W11"


# Guards: a weekday after "until", "till" or "by" with no tense of its own is as often a tally or a span that has
# run ("Death toll rises to 40 by Sunday" on a Thursday): the day gone by, as is one after a past verb. A day
# after "since" never lies after the page's date.
BOUND_WEEKDAY_CASES = [
    ("Sales down 10% by Tuesday.", dt.date(2024, 3, 14), "2024-03-12"),
    ("Death toll rises to 40 by Sunday.", dt.date(2024, 3, 14), "2024-03-10"),
    ("Over 1,000 arrests by Monday.", dt.date(2024, 3, 14), "2024-03-11"),
    ("Police arrest 12 by Tuesday.", dt.date(2024, 3, 14), "2024-03-12"),
    ("Until Tuesday, the record stands at 12 seconds.", dt.date(2024, 3, 14), "2024-03-12"),
    ("The suspect was held until Sunday.", dt.date(2024, 3, 12), "2024-03-10"),
    ("The river had burst its banks by Sunday.", dt.date(2024, 3, 12), "2024-03-10"),
    ("Volunteers had, until Sunday night, cleared 300 tonnes of debris.", dt.date(2024, 3, 12), "2024-03-10"),
    ("The pool closed on Sunday.", dt.date(2024, 3, 12), "2024-03-10"),
]


def test_a_day_since_and_a_day_until_with_no_tense_stay_behind():
    found = read("The man, missing since Sunday until Tuesday, is now safe.", dt.date(2024, 3, 14))
    assert found == {"Sunday": ("2024-03-10", "day"), "Tuesday": ("2024-03-12", "day")}


@pytest.mark.parametrize(
    ("text", "published", "want"),
    NEGATED_PASSIVE_CASES + BOUND_WEEKDAY_CASES,
    ids=[c[0][:40] for c in NEGATED_PASSIVE_CASES + BOUND_WEEKDAY_CASES],
)
def test_a_negated_passive_dates_ahead_and_a_bound_with_no_tense_behind(text, published, want):
    [date] = [d for d, _ in read(text, published).values()]
    assert date == want


def test_a_month_after_until_told_in_the_past_stays_behind():
    # guards: "until" and a month in a sentence told in the past is a span that has run
    assert read("He worked there until June.", dt.date(2026, 4, 15))["until June"][0] == "2025-06"
    museum = "The museum had been closed until March, when it reopened to crowds."
    assert read(museum, dt.date(2026, 2, 10))["until March"][0] == "2025-03"
    july = dt.date(2025, 7, 7)
    assert read("The pier was closed until March.", july)["until March"][0] == "2025-03"
    assert read("The pier was closed in August.", july)["in August"][0] == "2024-08"


def test_a_month_or_day_of_a_plan_told_in_the_past_keeps_its_side():
    # guards: a plan told in the past that still stands, or one put off, keeps the side of its verb
    election = "The election, which was scheduled for November 3, will go ahead."
    assert read(election, dt.date(2026, 4, 15))["November 3"][0] == "2026-11-03"
    assert read("Talks were due to resume in March.", dt.date(2025, 9, 10))["in March"][0] == "2026-03"
    march = dt.date(2022, 3, 23)
    assert read("The summit is scheduled for March 20.", march)["March 20"][0] == "2023-03-20"
    assert read("The festival was scheduled for late April.", march)["late April"][0] == "2022-04"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The treaty was signed on the 12th day of March.", {"12th day of March": ("2024-03-12", "day")}),
        ("Parliament sat on the second day of April.", {"the second day of April": ("2024-04-02", "day")}),
        (
            "The orchard fair opens on the twenty-fourth day of August.",
            {"the twenty-fourth day of August": ("2024-08-24", "day")},
        ),
        ("The charter is dated this 9th day of June, 1911.", {"9th day of June, 1911": ("1911-06-09", "day")}),
        ("Applications close on the last day of June.", {"the last day of June": ("2024-06-30", "day")}),
        (
            "Parliament sat on the second day of April when it rained.",
            {"the second day of April": ("2024-04-02", "day")},
        ),
        ("The mine shut on the last day of April 2019.", {"the last day of April 2019": ("2019-04-30", "day")}),
        # a month, "the" and a day in words, where the clause ends or a year follows
        ("Voting opens on June the twenty-second.", {"June the twenty-second": ("2024-06-22", "day")}),
        ("The ship sailed on August the ninth, 1890, from Hull.", {"August the ninth, 1890": ("1890-08-09", "day")}),
    ],
)
def test_an_ordinal_day_of_a_named_month_is_that_day(text, want):
    assert read(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # the day of an event held in that month, not the month's day
        "The talks resumed on the second day of March's summit.",
        "Divers returned on the third day of June’s search.",
        # a month before a noun names a thing's month, and the day is that thing's
        "Water rose on the fifth day of June floods.",
        "Crowds grew on the 12th day of March protests.",
        "The rally ended on the last day of March Madness.",
        "The second day of March madness drew fans.",
        "The festival's first day of May events drew crowds.",
        # a count of days, or a day of something else
        "The strike reached its 23rd day of protests in March.",
        "Rail fares rose on the first ten days of July.",
        "The vote was held on the 3 day of March.",
        # February's last day is the year's to say; "the last of" and "the last days of" name no day
        "Tenants must leave by the last day of February.",
        "Snow fell on the last of April.",
        "The crew spent the last days of March at sea.",
        "The team trained on the last day of May's camp.",
        # "May" the verb, and a month before "the" and an ordinal that ranks a noun
        "May the fifth seed upset the champion?",
        "Fans in March the second time round were quieter.",
        # a year that does not end the date is a thing's year
        "It ended in July the second, 1972 version.",
    ],
)
def test_a_day_of_no_month_s_own_stays_no_day(text):
    assert all(granularity != "day" for _, granularity in read(text).values())


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Freight volumes slipped in Q2 2023, the port said.", {"in Q2 2023": ("2023", "year")}),
        ("The brewer's margins widened during H1 2022.", {"during H1 2022": ("2022", "year")}),
        ("Bookings at the resort peaked in Q4-2019.", {"in Q4-2019": ("2019", "year")}),
        ("Ticket sales dipped. Q1 2021, the league said, was its worst.", {"Q1 2021": ("2021", "year")}),
        ("Loan defaults rose in 2018 Q3 before easing.", {"in 2018": ("2018", "year")}),
        ("Wheat exports climbed in 2021 H2.", {"in 2021": ("2021", "year")}),
    ],
)
def test_a_quarter_or_a_half_beside_its_year_dates_that_year(text, want):
    assert read(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "She test-drove an Audi Q3 2020 edition last spring.",  # a model's name
        "Shipments rose in Q5 2020.",  # no quarter
        "Shipments rose in Q3.",  # no year
        "The Lakers led 61-58 in the third quarter.",  # a game's quarter
        "Farms in Q3 2000 hectares were flooded.",  # a count after it
        # a quarter or a half of a fiscal year written as a range of years
        "In Q4 2020-21, profit at the Mumbai lender rose 20%.",
        "Net profit for Q1 2023-24 fell.",
        "During H2 2022-23 sales fell.",
        "In Q4 2022/23 sales fell.",
    ],
)
def test_a_quarter_with_no_year_or_a_model_s_name_is_no_year(text):
    assert not [surface for surface in read(text) if "Q" in surface or "quarter" in surface or "20" in surface]


DATES_NEWS_11 = Path(__file__).parent / "corpora" / "dates-news-11"


def test_dates_of_an_eleventh_set_of_real_news_hold_their_measured_recall_and_precision():
    # 15 news excerpts (an election's timetable, a debt limit's day, a film put off, a shutdown deadline, the
    # seasons' first days, a feast's days, a product's end of support) from British, American, Irish, Indian and
    # Gulf outlets
    dates, missed = date_score(DATES_NEWS_11)
    assert dates["gold"] == 77
    assert dates["found"] >= 69, missed
    assert dates["precision"] >= 0.93


DATES_NEWS_12 = Path(__file__).parent / "corpora" / "dates-news-12"


def test_dates_of_a_twelfth_set_of_real_news_hold_their_measured_recall_and_precision():
    # 16 news excerpts (an app's ban put off, a World Cup's timetable across time zones, D-Day anniversaries, school
    # terms, a carmaker's quarters and fiscal years, passport delays, a travel ID deadline) from American, British,
    # African, Indian, Japanese, French and blog outlets
    dates, missed = date_score(DATES_NEWS_12)
    assert dates["gold"] == 116
    assert dates["found"] >= 100, missed
    assert dates["precision"] >= 0.98


DATES_NEWS_13 = Path(__file__).parent / "corpora" / "dates-news-13"


def test_dates_of_a_thirteenth_set_of_real_news_hold_their_measured_recall_and_precision():
    # 15 news excerpts (auroras told night by night, a company's quarters, fiscal years and board timetables, winter
    # train timetables across a new year, rail works over Christmas) from American, Pakistani, Indian and British
    # outlets
    dates, missed = date_score(DATES_NEWS_13)
    assert dates["gold"] == 155
    assert dates["found"] >= 134, missed
    assert dates["precision"] >= 0.99


DATES_NEWS_14 = Path(__file__).parent / "corpora" / "dates-news-14"


def test_dates_of_a_fourteenth_set_of_real_news_hold_their_measured_recall_and_precision():
    # 15 news excerpts (a ship freed and released, a cathedral's fire and reopening, an imperial era's change and a
    # long holiday, an exam timetable told in ordinal days) from Indian, American, Ghanaian, Irish, Australian,
    # Japanese, Taiwanese, Dutch, regional Asian and Nigerian outlets
    dates, missed = date_score(DATES_NEWS_14)
    assert dates["gold"] == 104
    assert dates["found"] >= 98, missed
    assert dates["precision"] >= 0.98


DATES_NEWS_15 = Path(__file__).parent / "corpora" / "dates-news-15"


def test_dates_of_a_fifteenth_set_of_real_news_hold_their_measured_recall_and_precision():
    # 15 news excerpts (school terms and half-terms moved after floods, a hearing adjourned, judges' colloquium
    # sittings, a festival's holidays, cricket fixtures moved, a carnival put off with its days told as bare
    # ordinals) from Kenyan, Thai, Singaporean, Indian, Pakistani, Venezuelan, Brazilian and business outlets
    dates, missed = date_score(DATES_NEWS_15)
    assert dates["gold"] == 131
    assert dates["found"] >= 115, missed
    assert dates["precision"] >= 0.94


def only(text: str, published: dt.date, surface: str) -> str | None:
    """The date read for `surface` in `text`."""
    return read(text, published)[surface][0]


JUNE_10 = dt.date(2025, 6, 10)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "published", "surface", "want"),
    [
        # "could" tells what was possible as often as what may come: no marker of either ("could hear gunfire on
        # Sunday night", "In April, he could barely walk" are the past)
        ("Witnesses said they could hear gunfire on Sunday night.", JUNE_10, "Sunday", "2025-06-08"),
        ("Residents could see smoke from miles away on Sunday.", JUNE_10, "Sunday", "2025-06-08"),
        ("In April, he could barely walk.", JUNE_10, "In April", "2025-04"),
        ("Back in February, shoppers could buy a dozen eggs for $3.", JUNE_10, "in February", "2025-02"),
        ("Until March, visitors could enter the park for free.", JUNE_10, "Until March", "2025-03"),
        ("Officials could not be reached for comment on Friday.", WEDNESDAY, "Friday", "2024-05-10"),
        # nor are verbs of intention ("seek to identify a man seen on Saturday", "intends to appeal the ruling
        # handed down on Friday"): the date may be of what is past
        ("Police seek to identify a man seen near the scene on Saturday.", JUNE_10, "Saturday", "2025-06-07"),
        ("The group intends to appeal the ruling handed down on Friday.", JUNE_10, "Friday", "2025-06-06"),
        ("The charity hoped to open its shelter in March.", dt.date(2025, 11, 10), "in March", "2025-03"),
        ("She hopes to build on the title that she earned in March.", dt.date(2025, 11, 10), "in March", "2025-03"),
        # "in anticipation of" places the dated event after what its sentence tells, as "ahead of" does.
        (
            "Airlines cancelled flights on Tuesday in anticipation of the strike on October 14.",
            dt.date(2025, 9, 20),
            "October 14",
            "2025-10-14",
        ),
        (
            "Farmers harvested early in anticipation of the frost on November 2.",
            dt.date(2025, 10, 10),
            "November 2",
            "2025-11-02",
        ),
        # guard: fronted, with a clause of the past after it, the day may have come since: the nearest
        (
            "In anticipation of the October 14 strike, airlines cancelled 300 flights.",
            dt.date(2025, 10, 16),
            "October 14",
            "2025-10-14",
        ),
        # guard: the act it follows keeps its past
        (
            "Airlines cancelled flights on Tuesday in anticipation of the strike on October 14.",
            dt.date(2025, 9, 20),
            "Tuesday",
            "2025-09-16",
        ),
        # A present perfect in a condition ("if it has not paid by May 31", "unless the council has approved the plan by
        # mid-March") tells what must be done by a time still to come: no past.
        (
            "The club will be relegated if it has not paid its debts by May 31.",
            dt.date(2025, 4, 20),
            "May 31",
            "2025-05-31",
        ),
        (
            "Unless the council has approved the plan by mid-March, the grant will lapse.",
            dt.date(2025, 2, 1),
            "mid-March",
            "2025-03",
        ),
        # guards: a past perfect, and a present perfect outside a condition, stay behind
        ("The council said it had not approved the plan by March 3.", dt.date(2025, 2, 1), "March 3", "2024-03-03"),
        ("The council has not met since March 3.", dt.date(2025, 2, 1), "March 3", "2024-03-03"),
        # guards: in a condition, a date that is no time to be done by tells what may have been done already
        ("If you have travelled abroad since May, you must register.", JUNE_10, "since May", "2025-05"),
        ("If inflation has peaked in March, the bank will cut rates.", JUNE_10, "in March", "2025-03"),
        (
            "If the suspect has fled abroad on Saturday, police will seek his extradition.",
            JUNE_10,
            "Saturday",
            "2025-06-07",
        ),
        # A month a thing is moved from ("postponed again from May", "put back from December") is a plan given up, either
        # side of the article's date: the nearer such month.
        ("The museum's opening has been postponed again from May.", dt.date(2025, 4, 10), "from May", "2025-05"),
        (
            "The trial was put back from December at the defence's request.",
            dt.date(2025, 11, 3),
            "from December",
            "2025-12",
        ),
        # guard: "from" after a verb of no move opens a span told in the past
        ("Imports have climbed steadily from May.", dt.date(2025, 4, 10), "from May", "2024-05"),
        # guard: a yearly slot given up is the last one held
        ("The regatta has moved from May to July for good.", dt.date(2025, 4, 10), "from May", "2024-05"),
        # guards: a sentence that says its year ("last year") leaves the move in the past
        ("Last year the festival was postponed from August to October.", JUNE_10, "from August", "2024-08"),
        ("Last year the match was rescheduled from November to December.", JUNE_10, "from November", "2024-11"),
        # A word of a guess may stand between a preposition and the month ("until about February", "in around March").
        ("The clinic will stay open until about February.", dt.date(2025, 11, 20), "until about February", "2026-02"),
        ("The plant will close in around March.", dt.date(2025, 11, 20), "in around March", "2026-03"),
        # guards: a span told in the past, or in the past perfect, ended behind
        ("He worked at the mill until February.", dt.date(2025, 11, 20), "until February", "2025-02"),
        ("The bridge had been shut until March, when it reopened.", dt.date(2025, 5, 10), "until March", "2025-03"),
        # guards: a present perfect before a span's end says no more than the past ("have said the curfew lasted
        # until March", "should have lasted until March")
        ("Officials have said the curfew lasted until March.", JUNE_10, "until March", "2025-03"),
        ("The ban should have lasted until March, critics said.", JUNE_10, "until March", "2025-03"),
        ("Prices have risen every month until April, when they fell.", JUNE_10, "until April", "2025-04"),
        # guard: "have to" is no perfect
        ("Commuters will have to wait until March.", dt.date(2025, 5, 10), "until March", "2026-03"),
        # A date after "since" opens a span up to now: behind the page, whatever the tense of the clause around it.
        ("Officials will reopen the bridge closed since March.", JUNE_10, "since March", "2025-03"),
        ("The clinic will treat patients injured since November 3.", JUNE_10, "November 3", "2024-11-03"),
        ("Crews will clear the debris piled up since early March.", JUNE_10, "early March", "2025-03"),
        # guards: "from" looks ahead with "will"; "since" in the present perfect stays behind
        ("The museum will stay shut from March.", JUNE_10, "from March", "2026-03"),
        ("Once home to thousands, the town has emptied since March.", JUNE_10, "since March", "2025-03"),
        ("Patients who have visited the clinic since April could be affected.", JUNE_10, "since April", "2025-04"),
        # guards: "due to" and a noun is a cause, no plan
        ("Flights were cancelled due to the strike on June 18.", dt.date(2025, 6, 2), "June 18", "2024-06-18"),
        ("Delays were due to a signal failure on March 9.", dt.date(2025, 2, 25), "March 9", "2024-03-09"),
        ("Flights were cancelled due to travel restrictions in March.", JUNE_10, "in March", "2025-03"),
        ("Travel was disrupted due to travel restrictions on Friday.", JUNE_10, "Friday", "2025-06-06"),
    ],
)
def test_the_side_of_a_date_told_by_a_modal_an_intention_a_condition_or_a_move(text, published, surface, want):
    assert only(text, published, surface) == want


@pytest.mark.parametrize(
    "text, want",
    [
        # what is left of the article's week, month or year is that period: less than the suite's stretch, never
        # another period (the article is dated Wednesday 15 May 2024)
        ("The ferry service will stay suspended for the rest of the week.", {"rest of the week": ("2024-W20", "week")}),
        (
            "Forecasters expect showers through the remainder of the month.",
            {"remainder of the month": ("2024-05", "month")},
        ),
        ("The rest of the year looks tough for coffee growers.", {"rest of the year": ("2024", "year")}),
        ("Lanes on the bridge stay open for rest of week.", {"rest of week": ("2024-W20", "week")}),
    ],
)
def test_the_rest_of_the_articles_week_month_or_year_is_that_period(text, want):
    assert read(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 the quarry stayed closed for the rest of the year.",  # a past clause: the year its context gives
        "The striker sat out the rest of the month after the injury in March.",
        "Tickets for the rest of the week's concerts have sold out.",  # a possessive: the concerts, no date
        "Profits for the rest of the year to March will shrink.",  # a fiscal year
        "Fasting for the rest of the month of Ramadan will continue.",  # a named month
        "Staff will get the rest of the year-end bonus in June.",  # a compound
        "The rest of the world will watch the vote.",  # no period
        "Sales for the rest of the year 2030 will rise.",  # its own year
        # reported speech backshifted: the period of the time it was said in, which the page's date does not give
        "In a 2019 interview, he said he would stay in Paris for the rest of the year.",
        "The bank said in January 2025 that rates would stay high for the rest of the year.",
        "On February 20, officials said schools would stay closed for the rest of the month.",
        "Last week, the mayor said the road would stay closed for the rest of the month.",
        "The coach said his side would rest players for the remainder of the week.",
        # another date of the sentence anchors it: the period of that date, not the page's
        "On December 29, officials warned the road will stay closed for the rest of the year.",
        "In March 2021 the club said the stadium stays shut for the rest of the month.",
        # a week or a month from another day
        "For the rest of the week starting March 9, the bridge will be shut.",
        "Trains run hourly for the rest of the month from Monday.",
        "Prices hold for the remainder of the year beginning in April.",
    ],
)
def test_the_rest_of_a_period_told_of_the_past_or_named_otherwise_is_no_date_of_the_article(text):
    assert not [surface for surface in read(text) if "rest" in surface or "remainder" in surface]


@pytest.mark.parametrize(
    "text, surface, want",
    [
        # a day with no year after its paragraph's last day written with its year keeps the reading of the page's
        # date (4 March 2026): a plan of the present, a new paragraph, a day counted from a later year, an
        # anniversary and a day of every year are no days of the year written before
        ("The team last won on June 2, 1998. It plays again on June 10.", "June 10", "2026-06-10"),
        ("The bridge opened on April 2, 1965. The city plans a gala on April 20.", "April 20", "2026-04-20"),
        ("Parliament last sat on July 21, 2024. MPs return on August 2, the speaker said.", "August 2", "2025-08-02"),
        (
            "The levee first failed on August 14, 2018, flooding 300 homes.\n\nOn August 16, residents marched to city hall.",
            "August 16",
            "2025-08-16",
        ),
        (
            "The dam burst on August 14, 2018. On its fifth anniversary, August 14, survivors gathered.",
            "August 14",
            "2026-08-14",
        ),
        ("The dam burst on August 14, 2018. Survivors gather there every August 14.", "August 14", "2026-08-14"),
        ("The ferry sank on May 2, 1987. Its crew meet again on May 9.", "May 9", "2026-05-09"),
    ],
)
def test_a_day_with_no_year_takes_no_year_of_its_paragraph_s_earlier_day(text, surface, want):
    assert {c.text: c.value.date for c in claims(text, dt.date(2026, 3, 4))}[surface] == want


def test_a_day_counted_a_year_on_from_its_paragraph_s_day_is_not_in_that_day_s_year():
    text = "The dam burst on August 14, 2018. A year later, on August 16, survivors gathered at the site."
    assert not {c.text: c.value.date for c in claims(text, dt.date(2026, 3, 4))}["August 16"].startswith("2018")


@pytest.mark.parametrize(
    "text", ["He said this about May: she had failed.", "Critics spoke of about May's government with scorn."]
)
def test_a_word_of_a_guess_after_no_preposition_of_time_makes_no_month(text):
    assert not [surface for surface in read(text, JUNE_10) if "May" in surface]


# A day of the future written with a weekday keeps the year its weekday fits, even one gone: the weekday may be
# the slip, or the day may be. Nothing reads it as the day ahead when the weekday fits only the year before.
@pytest.mark.parametrize(
    ("text", "published", "surface", "want"),
    [
        (
            "The suspect will stand trial over the attack on Sunday, December 22.",
            dt.date(2025, 1, 10),
            "Sunday, December 22",
            "2024-12-22",
        ),
        ("Flights will resume on Friday, January 3.", dt.date(2025, 1, 10), "Friday, January 3", "2025-01-03"),
    ],
)
def test_a_future_day_is_not_moved_past_the_year_its_weekday_fits(text, published, surface, want):
    assert read(text, published)[surface] == (want, "day")


# A bare weekday that ends a range opened by a day of another kind ("from today to Monday"), with a time of day
# between or none, is the first such weekday after the start: a range never ends before it begins.
@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        ("The walkout runs from 6 a.m. today to 6 a.m. Saturday.", dt.date(2024, 5, 15), "2024-05-18"),
        ("The bridge is shut from May 14 until 10pm on Monday for repairs.", dt.date(2024, 5, 15), "2024-05-20"),
        # guards: a weekday already after its start, a range of weekdays, a weekday with its own week
        ("The fair ran from May 6 to Friday.", dt.date(2024, 5, 15), "2024-05-10"),
        ("The line was closed from 9am yesterday to 5pm Tuesday.", dt.date(2024, 5, 15), "2024-05-14"),
        ("The walkout runs from 6 a.m. today to 6 a.m. Monday last week.", dt.date(2024, 5, 15), None),
    ],
)
def test_a_weekday_that_ends_a_range_opened_by_another_day_is_after_its_start(text, published, want):
    found = [m for m in find_dates(text, published) if m.claim and m.text.endswith("day") and m.text[0].isupper()]
    if want is None:
        monday = [m for m in find_dates(text, published) if m.text.startswith("Monday")]
        assert monday and all(m.date != "2024-05-20" for m in monday), monday
    else:
        assert [m.date for m in found] == [want]


# A day a thing is moved from opens no range: the day it is moved to ("moved from June 25 to Monday") is read as
# any weekday is, and may come before the day it replaces.
@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        ("The vote will be moved from June 25 to Monday, the speaker said.", dt.date(2024, 6, 12), "2024-06-17"),
        ("The final will be postponed from May 30 until Saturday.", dt.date(2024, 5, 22), "2024-05-25"),
        ("The launch will be brought forward again from August 9 to Tuesday.", dt.date(2024, 7, 31), "2024-08-06"),
    ],
)
def test_a_weekday_a_day_is_moved_to_is_not_after_the_day_it_replaces(text, published, want):
    assert [m.date for m in find_dates(text, published) if m.claim and m.text.endswith("day")] == [want]


# "this Christmas" in a clause of plans is the article's year's, even on a page of June: the one ahead.
def test_this_christmas_of_a_plan_told_in_june_is_the_one_ahead():
    published = dt.date(2025, 6, 1)
    text = "Retailers are already planning for record sales this Christmas."
    assert read(text, published)["this Christmas"] == ("2025-12-25", "day")


# A weekday after "starting" in a clause of the past is the one gone, like any weekday of the past.
def test_a_weekday_after_starting_in_a_past_clause_is_the_one_gone():
    published = dt.date(2024, 5, 17)
    text = "Shares slid starting Monday and kept falling all week."
    assert [m.date for m in find_dates(text, published) if m.text.endswith("Monday")] == ["2024-05-13"]


TUESDAY = dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # "this weekend" in a clause of the past early in the week may be the coming one (a forecast, a warning, an
        # announcement): the page's weekend, as in the future, before a possessive or after a plan
        ("Forecasters said heavy snow was likely this weekend.", TUESDAY),
        ("The Met Office issued a yellow warning for snow this weekend.", TUESDAY),
        ("The union announced a strike at the airport this weekend.", TUESDAY),
        ("The museum will reopen this weekend after repairs.", TUESDAY),
        ("The league postponed this weekend's fixtures.", TUESDAY),
        ("The team said it planned to travel this weekend.", TUESDAY),
        ("Organisers said the show was postponed to this weekend.", TUESDAY),
        ("Organisers said the parade was cancelled this weekend.", dt.date(2026, 3, 13)),
    ],
)
def test_this_weekend_told_in_the_past_early_in_the_week_is_the_page_s_weekend(text, published):
    assert read(text, published)["this weekend"] == ("2026-W11", "week")


def test_an_hour_after_a_day_is_no_day_of_a_list():
    assert read("The fair opens on March 14, 8 pm at the arena.", TUESDAY) == {"March 14": ("2026-03-14", "day")}
    assert read("Polls close on May 2, 7 p.m. local time.", TUESDAY) == {"May 2": ("2026-05-02", "day")}
    # guards: days of a list stay days
    assert read("The fair runs on March 14, 15 and 16.", TUESDAY) == {
        "March 14": ("2026-03-14", "day"),
        "15": ("2026-03-15", "day"),
        "16": ("2026-03-16", "day"),
    }
    assert read("Talks held on March 3, 4 and 5 ended without a deal.", TUESDAY)["5"] == ("2026-03-05", "day")


def test_a_pair_of_months_joined_by_a_dash_before_a_period_of_accounts_needs_no_word_before_it():
    assert read("Rainfall in the June-August quarter was the lowest on record.", TUESDAY) == {
        "June": ("2025-06", "month"),
        "August": ("2025-08", "month"),
    }
    assert read("The retailer's October-December sales rose 4%.", TUESDAY) == {
        "October": ("2025-10", "month"),
        "December": ("2025-12", "month"),
    }
    # guards: a spaced dash sets off a clause, a name joined by a hyphen is no month, nor a verb in lower case
    assert read("The May - June talks failed.", TUESDAY) == {}
    assert read("He thanked Theresa May-Smith for the speech.", TUESDAY) == {}
    assert read("Prices may-june rise.", TUESDAY) == {}
    # nor a pair with no noun after it, which may name the months of every year
    assert read("Most of the crop comes from the main season October-March.", TUESDAY) == {}
    # nor a pair that runs a whole year, the months of any year of a crop or a budget
    assert read("Cotton output in the 2024-25 season (August-July) fell.", TUESDAY) == {}
    assert read("The council's April-March budget was cut.", TUESDAY) == {}
    # nor a pair before a noun of no period of accounts, nor one of every year
    assert read("Their May-December romance made headlines.", TUESDAY) == {}
    assert read("The monsoon's June-September rains are vital to farmers.", TUESDAY) == {}
    assert read("Birds migrate south in the September-November period every year.", TUESDAY) == {}
    assert read("The November-March flu season usually peaks in January.", TUESDAY) == {
        "in January": ("2026-01", "month")
    }
    assert read("Each year the shop's November-December sales make half its profit.", TUESDAY) == {}


def test_a_month_a_span_of_months_or_weeks_runs_to_is_that_month():
    assert read("Exports rose 4% in the 12 months to September.", TUESDAY) == {"to September": ("2025-09", "month")}
    assert read("Hospital admissions fell over the six weeks to March.", TUESDAY) == {"to March": ("2026-03", "month")}
    # guards: a year to a month may be a fiscal one, a move's "to" is no end of a span, nor a count of months
    assert read("Profits for the year to March will shrink.", TUESDAY) == {}
    assert "April" not in str(read("The summit was brought forward from June to April.", TUESDAY))
    assert read("Sentences rose from 10 months to 14 months.", TUESDAY) == {}
    # nor after "by" or "for" a count, where "to" moves a thing; "the 12 months to January" ends a span
    assert read("The deadline was extended by three months to June.", TUESDAY) == {}
    assert read("The trial was pushed back by six weeks to May.", TUESDAY) == {}
    assert read("The vote was postponed for two months to July.", TUESDAY) == {}
    assert read("Rents rose 3% in the 12 months to January.", TUESDAY) == {"to January": ("2026-01", "month")}


# Ranges, lists, quarters and periods of accounts with a year left to the reader, on several subjects: (text, the
# article's date, text → (date, granularity), texts that must give no date claim).
RANGE_AND_PERIOD_CASES = [
    # the two days of a range opened by "from" or "between" lie in order, less than a year apart: a start read in
    # the past beside an end read ahead is the day before that end
    (
        "The council has agreed to close the pier from December 1 until March 3.",
        dt.date(2025, 11, 18),
        {"December 1": ("2025-12-01", "day"), "March 3": ("2026-03-03", "day")},
        [],
    ),
    (
        "The ferry company will suspend sailings between November 20 and February 10.",
        dt.date(2025, 11, 5),
        {"November 20": ("2025-11-20", "day"), "February 10": ("2026-02-10", "day")},
        [],
    ),
    # a range all in the past stays there, the end after its start; in a clause with no future marker, a range
    # whose end would fall after the article's date lies a year back, both days past
    (
        "The museum was shut from December 13 to February 15.",
        dt.date(2019, 1, 10),
        {"December 13": ("2017-12-13", "day"), "February 15": ("2018-02-15", "day")},
        [],
    ),
    (
        "The exhibition ran from 1 November to 31 January.",
        dt.date(2025, 11, 20),
        {"1 November": ("2024-11-01", "day"), "31 January": ("2025-01-31", "day")},
        [],
    ),
    (
        "Prices rose from December 15 to January 10.",
        dt.date(2025, 12, 20),
        {"December 15": ("2024-12-15", "day"), "January 10": ("2025-01-10", "day")},
        [],
    ),
    (
        "The regulator barred imports from 12 October to 5 January, officials said.",
        dt.date(2025, 10, 30),
        {"12 October": ("2024-10-12", "day"), "5 January": ("2025-01-05", "day")},
        [],
    ),
    # with a future marker, or after a body's decision, the range lies ahead
    (
        "The railway has decided to cancel 24 trains from December 1 until March 3.",
        dt.date(2025, 11, 18),
        {"December 1": ("2025-12-01", "day"), "March 3": ("2026-03-03", "day")},
        [],
    ),
    (
        "The road will be shut from 12 October to 5 January.",
        dt.date(2025, 10, 1),
        {"12 October": ("2025-10-12", "day"), "5 January": ("2026-01-05", "day")},
        [],
    ),
    # a range of days with a habitual word in its clause is any year's
    ("Ticks are most active from March 1 to October 31 each year.", dt.date(2025, 11, 18), {}, ["March", "October"]),
    ("The hunting season usually runs from September 1 to February 28.", dt.date(2025, 5, 10), {}, ["September"]),
    ("Flu cases typically climb from October 1 through May 31.", dt.date(2025, 6, 10), {}, ["October", "May"]),
    (
        "The gallery closed from December 13 to February 15.",
        dt.date(2025, 11, 18),
        {"December 13": ("2024-12-13", "day"), "February 15": ("2025-02-15", "day")},
        [],
    ),
    # a pair of days not joined as a range keeps each reading
    (
        "The mayor opened the bridge on December 1 and will visit the port on March 3.",
        dt.date(2025, 11, 18),
        {"December 1": ("2024-12-01", "day"), "March 3": ("2026-03-03", "day")},
        [],
    ),
    # a feast that opens a range after "from" or "between", and one that ends it after a day: the first such feast
    # from the start on
    (
        "The library will be closed between Christmas Day and 3 January.",
        dt.date(2025, 10, 7),
        {"between Christmas Day": ("2025-12-25", "day"), "3 January": ("2026-01-03", "day")},
        [],
    ),
    (
        "No buses will run from Christmas Eve until New Year's Day because of roadworks.",
        dt.date(2025, 10, 7),
        {"from Christmas Eve": ("2025-12-24", "day"), "until New Year's Day": ("2026-01-01", "day")},
        [],
    ),
    (
        "The ski lift will run from 20 December to New Year's Day.",
        dt.date(2025, 10, 7),
        {"20 December": ("2025-12-20", "day"), "New Year's Day": ("2026-01-01", "day")},
        [],
    ),
    (
        "The pool was shut from Boxing Day to New Year's Eve last year.",
        dt.date(2025, 10, 7),
        {"from Boxing Day": ("2024-12-26", "day"), "New Year's Eve": ("2024-12-31", "day")},
        [],
    ),
    # a range of feasts after "from" or "between" is dated only in a clause of the past or the future or with a
    # year, and never with a habitual word in its clause
    ("Shops are usually closed between Easter and Whit Monday.", dt.date(2025, 3, 1), {}, ["Easter", "Whit"]),
    (
        "Traffic is heavy every year between Christmas and New Year's Day.",
        dt.date(2025, 3, 1),
        {},
        ["Christmas", "New"],
    ),
    ("Between Christmas and New Year many offices close.", dt.date(2025, 3, 1), {}, ["Christmas"]),
    ("From Christmas to Easter the village is quiet.", dt.date(2025, 3, 1), {}, ["Christmas", "Easter"]),
    ("Between Halloween and Thanksgiving, sales jump.", dt.date(2025, 3, 1), {}, ["Halloween", "Thanksgiving"]),
    ("The fair runs from 20 December to Christmas Eve.", dt.date(2025, 12, 1), {}, ["Christmas"]),
    ("From Christmas through the ages, carols have changed.", dt.date(2025, 3, 1), {}, ["Christmas"]),
    (
        "The roads were gritted from Christmas Eve until Boxing Day.",
        dt.date(2025, 1, 3),
        {"from Christmas Eve": ("2024-12-24", "day"), "until Boxing Day": ("2024-12-26", "day")},
        [],
    ),
    (
        "From Easter Monday, trains will run hourly.",
        dt.date(2025, 3, 1),
        {"From Easter Monday": ("2025-04-21", "day")},
        [],
    ),
    (
        "He was jailed from Christmas 2019 to Easter 2020.",
        dt.date(2025, 3, 1),
        {"from Christmas 2019": ("2019-12-25", "day"), "Easter 2020": ("2020-04-12", "day")},
        [],
    ),
    # a feast's name before a place's noun is that place
    ("Twelve asylum seekers were flown from Christmas Island to Perth.", dt.date(2025, 10, 7), {}, ["Christmas"]),
    ("The statues on Easter Island were restored in 2019.", dt.date(2025, 10, 7), {"in 2019": ("2019", "year")}, []),
    ("A cargo ship left from Christmas Island on Monday.", dt.date(2025, 10, 8), {"Monday": ("2025-10-06", "day")}, []),
    # every day of a list of weekdays after "every" is any such day
    ("The market opens on every Monday, Wednesday and Friday from June 3.", WEDNESDAY, {}, ["Wednesday", "Friday"]),
    ("The clinic sees patients each Tuesday or Thursday.", WEDNESDAY, {}, ["Thursday"]),
    (
        "Every Monday the hall is busy, and on Friday it hosted a dance.",
        WEDNESDAY,
        {"Friday": ("2024-05-10", "day")},
        ["Monday"],
    ),
    # a pair of months naming a period of accounts in a clause of the future: the first such period ending at most
    # three months before the article's month, whose results are still to come
    (
        "The brewer will report its results for the October-December quarter on February 6.",
        dt.date(2024, 1, 10),
        {"October": ("2023-10", "month"), "December": ("2023-12", "month"), "February 6": ("2024-02-06", "day")},
        [],
    ),
    (
        "The airline will publish its July-September results next month.",
        dt.date(2024, 9, 20),
        {"July": ("2024-07", "month"), "September": ("2024-09", "month")},
        [],
    ),
    (
        "The retailer will release its Oct-Dec quarterly figures next week.",
        dt.date(2023, 12, 14),
        {"Oct": ("2023-10", "month"), "Dec": ("2023-12", "month")},
        [],
    ),
    ("Sales in the July-September quarter rose.", dt.date(2025, 10, 16), {"September": ("2025-09", "month")}, []),
    # "is likely to" speaks of the future; "through", "throughout" and "into the weekend" date a weekend
    (
        "Forecasters said the heat is likely to last through Sunday.",
        dt.date(2024, 5, 11),
        {"Sunday": ("2024-05-12", "day")},
        [],
    ),
    (
        "Road closures are likely to continue through the weekend.",
        dt.date(2024, 5, 15),
        {"through the weekend": ("2024-W20", "week")},
        [],
    ),
    # not "is likely to have" or "been", said of the past
    (
        "The heatwave is likely to have peaked on Sunday.",
        dt.date(2025, 3, 5),
        {"Sunday": ("2025-03-02", "day")},
        [],
    ),
    (
        "Turnout is likely to have been low on Tuesday.",
        dt.date(2025, 3, 6),
        {"Tuesday": ("2025-03-04", "day")},
        [],
    ),
    # a weekend through or into which a habitual thing runs is any weekend
    ("Shops usually stay open through the weekend.", dt.date(2025, 3, 5), {}, ["weekend"]),
    ("Markets typically drift into the weekend.", dt.date(2025, 3, 5), {}, ["weekend"]),
    ("The protest stretched into the weekend.", dt.date(2024, 5, 15), {"into the weekend": ("2024-W19", "week")}, []),
    ("The festival runs through the weekend of June 3.", dt.date(2024, 5, 15), {"June 3": ("2024-06-03", "day")}, []),
]


@pytest.mark.parametrize(("text", "published", "want", "absent"), RANGE_AND_PERIOD_CASES)
def test_ranges_lists_quarters_and_periods_of_accounts(text, published, want, absent):
    got = read(text, published)
    for surface, value in want.items():
        assert got.get(surface) == value, (surface, got)
    for surface in absent:
        assert not any(surface in found for found in got), (surface, got)


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        # the day a figure before "as of" or "as at" is taken on is the latest such day not after the article's,
        # whatever the tense around it
        (
            "The cuts will affect 900 of its 12,000 employees as of March 31.",
            WEDNESDAY,
            {"March 31": ("2024-03-31", "day")},
        ),
        (
            "The merger will cover the 4,200 members on its rolls as at 30 April, the union said.",
            WEDNESDAY,
            {"30 April": ("2024-04-30", "day")},
        ),
        (
            "Brakon had 12,000 staff as of June 30, the filing shows.",
            dt.date(2025, 1, 20),
            {"June 30": ("2024-06-30", "day")},
        ),
        (
            "The cuts will affect 1,500 of its 16,500 employees as of June 29.",
            dt.date(2024, 8, 1),
            {"June 29": ("2024-06-29", "day")},
        ),
        # without a figure before it, "as of" opens the day a thing starts, ahead in a clause of the future
        ("The new fares will apply as of December 1.", dt.date(2025, 1, 20), {"December 1": ("2025-12-01", "day")}),
        ("The 2026 fares will apply as of December 1.", dt.date(2025, 1, 20), {"December 1": ("2025-12-01", "day")}),
        ("The cuts will take effect on March 31.", WEDNESDAY, {"March 31": ("2025-03-31", "day")}),
    ],
)
def test_the_day_a_figure_is_taken_on_is_not_after_the_article(text, published, want):
    assert read(text, published) == want


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        # the month a thing is still to be put off to, after a verb of `moved_to` ("postponed to", "pushed back to")
        (
            "The summit will be postponed to October because of the strike.",
            JUNE_10,
            {"to October": ("2025-10", "month")},
        ),
        (
            "Organisers said the festival will be pushed back to March.",
            JUNE_10,
            {"to March": ("2026-03", "month")},
        ),
        ("The festival was moved to August last year.", JUNE_10, {"to August last year": ("2024-08", "month")}),
        # told after the move, the month may lie either side of the page's: none; nor a count's end, nor a name
        ("The vote was postponed to March.", JUNE_10, {}),
        ("The launch has been pushed back to September.", JUNE_10, {}),
        ("The club extended his contract by three months to June.", JUNE_10, {}),
        ("She moved to June's old flat in the spring.", JUNE_10, {}),
        # weekdays listed after the days they fall on, set off by a dash: no dates of their own
        (
            "The fair runs on the 12th and 13th of September - Friday and Saturday - in the park.",
            JUNE_10,
            {"the 12th": ("2025-09-12", "day"), "13th of September": ("2025-09-13", "day")},
        ),
        # but a weekday of another clause after a list of days is a date of its own
        (
            "The talks ended on March 3 and 4 - and on Friday the union walked out.",
            JUNE_10,
            {"March 3": ("2025-03-03", "day"), "4": ("2025-03-04", "day"), "Friday": ("2025-06-06", "day")},
        ),
        # the dates a plan is changed from or to lie either side of the page's, whatever the verb's tense
        (
            "The board has changed the exam dates from March 20th to 23rd to March 26th to 28th.",
            dt.date(2025, 2, 27),
            {
                "March 20th": ("2025-03-20", "day"),
                "23rd": ("2025-03-23", "day"),
                "March 26th": ("2025-03-26", "day"),
                "28th": ("2025-03-28", "day"),
            },
        ),
        (
            "The league revised the fixture dates to March 26.",
            dt.date(2025, 2, 27),
            {"March 26": ("2025-03-26", "day")},
        ),
        # but a range of a past clause lies behind the page, and a building that dates from a year is that year
        (
            "The festival ran from March 20 to March 23.",
            dt.date(2025, 2, 27),
            {"March 20": ("2024-03-20", "day"), "March 23": ("2024-03-23", "day")},
        ),
        ("The church dates to March 3, 1901.", JUNE_10, {"March 3, 1901": ("1901-03-03", "day")}),
        # a range's end that its reading put before the start is the first such day from the start on
        (
            "The exhibition will open on February 2 to March 30.",
            dt.date(2025, 3, 10),
            {"February 2": ("2026-02-02", "day"), "March 30": ("2026-03-30", "day")},
        ),
        (
            "The stadium will be closed for repairs from November 2025 to February 20.",
            dt.date(2025, 2, 1),
            {"November 2025": ("2025-11", "month"), "February 20": ("2026-02-20", "day")},
        ),
    ],
)
def test_months_moved_to_weekdays_after_their_days_and_range_ends(text, published, want):
    assert read(text, published) == want


MARCH_10 = dt.date(2025, 3, 10)


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        # a time something may come to, in a clause with no tense: the month nearer the article's, either side
        ("Cases could double by June, health officials warn.", dt.date(2021, 1, 10), "2021-06"),
        ("The herds may move before the dry season in June shrinks the pasture.", dt.date(2022, 2, 3), "2022-06"),
        ("The reserve can cover imports until about May.", dt.date(2023, 1, 5), "2023-05"),
        ("Prices could ease by November, the bank warns.", dt.date(2023, 1, 5), "2023-11"),
        ("Police could not reach the village until November.", dt.date(2023, 1, 5), "2022-11"),
        # guards: a clause of the past is behind, one of the future ahead, a span up to now behind, and a clause with
        # no tense and no such word keeps the month gone by
        ("Sales rose 5 percent in August.", dt.date(2020, 1, 27), "2019-08"),
        ("The vote was held in March.", dt.date(2020, 1, 27), "2019-03"),
        ("The bridge has been closed since August.", dt.date(2020, 1, 27), "2019-08"),
        ("Fares will rise in June.", dt.date(2024, 11, 16), "2025-06"),
        ("The collision at the airport in August shocked the nation.", dt.date(2020, 1, 27), "2019-08"),
        ("In May sales fell sharply.", dt.date(2020, 1, 27), "2019-05"),
        ("The next review could come next October.", dt.date(2019, 11, 5), "2020-10"),
    ],
)
def test_a_month_said_as_a_time_to_come_in_a_clause_with_no_tense_is_the_nearer_one(text, published, want):
    [claim] = claims(text, published)
    assert claim.value.date == want, claim


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        # a bare ordinal is the first such day after the last day its paragraph gave, joined ordinals too
        (
            "The trade fair opens on Tuesday, July 8. Exhibitors leave on the 12th and 13th.",
            JUNE_10,
            [("Tuesday, July 8", "2025-07-08"), ("on the 12th", "2025-07-12"), ("13th", "2025-07-13")],
        ),
        # with its weekday, where the day so found falls on it
        (
            "Voting starts on July 14. The count ends on Friday, the 18th.",
            JUNE_10,
            [("July 14", "2025-07-14"), ("Friday, the 18th", "2025-07-18")],
        ),
        (
            "Rain fell on June 14 and 20. July had its wettest day on the 20th.",
            dt.date(2025, 8, 5),
            [("June 14", "2025-06-14"), ("20", "2025-06-20"), ("on the 20th", "2025-07-20")],
        ),
        # nor from a month, which may end a span
        (
            "The budget covers April 2025 to March 2026.\n\nOn the 26th, the cabinet approved it.",
            dt.date(2025, 1, 28),
            [("April 2025", "2025-04"), ("March 2026", "2026-03"), ("On the 26th", "2025-01-26")],
        ),
        # nor from a day of another year, or one far from the page's date (then no date at all)
        (
            "The club was founded on March 3, 1901. On the 22nd, the team played its first match.",
            MARCH_10,
            [("March 3, 1901", "1901-03-03"), ("On the 22nd", "2025-02-22")],
        ),
        (
            "He took office on January 20, 2021. The order was issued on the 5th.",
            MARCH_10,
            [("January 20, 2021", "2021-01-20"), ("on the 5th", "2025-03-05")],
        ),
        (
            "The festival runs on the 20th and 21st of July. On the 22nd, the stalls close.",
            dt.date(2025, 1, 21),
            [("the 20th", "2025-07-20"), ("21st of July", "2025-07-21")],
        ),
        # nor to a day after the article's in a clause of the past
        (
            "The vote was held on March 8. Campaigning had ended on the 6th.",
            MARCH_10,
            [("March 8", "2025-03-08"), ("on the 6th", "2025-03-06")],
        ),
        # nor from a day itself counted from another, nor across paragraphs
        (
            "The storm hit on February 25. Power returned on the 2nd. By the 28th, crews had cleared the roads.",
            MARCH_10,
            [("February 25", "2025-02-25"), ("on the 2nd", "2025-03-02"), ("the 28th", "2025-02-28")],
        ),
        (
            "Voting took place on February 27.\n\nThe camp ran from the 28th to the 3rd.",
            MARCH_10,
            [("February 27", "2025-02-27"), ("the 28th", "2025-02-28"), ("the 3rd", "2025-03-03")],
        ),
        # ordinals joined to a bare ordinal, not a chain of them before a noun they rank
        (
            "Sales rose on the 10th, 11th and 12th.",
            dt.date(2025, 6, 20),
            [("on the 10th", "2025-06-10"), ("11th", "2025-06-11"), ("12th", "2025-06-12")],
        ),
        ("He was born on the 4th and 5th children followed.", JUNE_10, []),
        ("She played on the 2nd and 3rd rounds of the draw.", MARCH_10, []),
        ("The 22nd and 23rd amendments were passed.", MARCH_10, []),
        ("The 5th and 6th graders went home early.", MARCH_10, []),
    ],
)
def test_bare_ordinals_count_from_the_day_the_paragraph_gave(text, published, want):
    assert [(c.text, c.value.date) for c in claims(text, published)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a month before a name or a noun is no month a thing is moved to
        ("The show will be moved to March Air Reserve Base.", {}),
        ("The column was shifted to April Ryan, the deputy editor.", {}),
        ("The portfolio will be moved to June Carter, the new minister.", {}),
        ("The rally will be moved to September Park in Accra.", {}),
        ("The offer will be extended to June customers only.", {}),
        ("The final will be moved to May because of the rain.", {"to May": ("2025-05", "month")}),
        # a month joined to one a thing is moved to is read as that one
        ("The vote could be delayed to May or June.", {}),
        (
            "The vote will be delayed to November or January.",
            {"to November": ("2025-11", "month"), "January": ("2026-01", "month")},
        ),
        # an end before its start within one month is no turn of the year
        (
            "The survey covered 12 March to 5 March.",
            {"12 March": ("2025-03-12", "day"), "5 March": ("2025-03-05", "day")},
        ),
        # "dates to", "dates from": the day a thing is as old as, behind the article
        ("The manuscript dates to April 2.", {"April 2": ("2024-04-02", "day")}),
        ("The records date from March 20.", {"March 20": ("2024-03-20", "day")}),
        # the dates of a plan changed to: the nearer, the days joined in the same year
        (
            "The league moved the fixture dates to April 12 and 13.",
            {"April 12": ("2025-04-12", "day"), "13": ("2025-04-13", "day")},
        ),
        # ordinals after "between ... and" with no verb of the past: no month to give the second
        ("Can you please set something up between the 21st and 23rd.", {"the 21st": ("2025-02-21", "day")}),
    ],
)
def test_months_moved_to_names_joined_months_and_the_age_of_a_thing(text, want):
    assert read(text, MARCH_10) == want


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        # a deadline's preposition alone says nothing of the side: a past in the sentence keeps the month gone by
        ("By March, 200 had died.", dt.date(2024, 11, 20), "2024-03"),
        ("By January, the river had dropped 2 metres.", dt.date(2024, 11, 20), "2024-01"),
        ("Until January, the office was in Leeds.", dt.date(2024, 11, 20), "2024-01"),
        ("By April, the fund had run dry.", dt.date(2023, 12, 1), "2023-04"),
        ("Until February, the museum stayed shut.", dt.date(2022, 11, 15), "2022-02"),
        # a word right after the modal that narrows what was done then leaves the month where it was
        ("He could barely walk in October after the fall.", dt.date(2024, 11, 20), "2024-10"),
        ("She could hardly sleep in September after the flood.", dt.date(2021, 11, 3), "2021-09"),
        ("The shop could only open in August after the repairs.", dt.date(2019, 10, 30), "2019-08"),
        # the modal alone still puts it ahead
        ("The shop could open in August after the repairs.", dt.date(2019, 10, 30), "2020-08"),
    ],
)
def test_a_month_after_a_deadline_s_word_or_a_narrowed_modal_is_not_put_ahead(text, published, want):
    [claim] = claims(text, published)
    assert claim.value.date == want, claim
