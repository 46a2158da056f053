"""The article formats users have: saved pages and web archives, CSV/TSV, RSS/Atom, plain text, standard
input, feed-style and ISO datetimes. Each has a corpus of its own under tests/formats/ (two sources
that disagree on one figure), and each kind of bad input gives one exact line."""

from __future__ import annotations

import datetime as dt
from email.utils import format_datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.corpus import load_corpus
from claimcheck.corpus.metadata import parse_publication_date

from .test_cli import run

FORMATS = Path(__file__).parent / "formats"
TSV_COLUMNS = "title=kop,text=tekst,date=datum,outlet=bron"


def meta(document):
    return (document.format, document.title, document.outlet, str(document.published), document.url, document.line)


def test_saved_pages_and_web_archives():
    documents = {Path(d.path).name: d for d in load_corpus([FORMATS / "html"])}
    courier, standard, herald = (
        documents["highland-courier.html"],
        documents["valley-standard.htm"],
        documents["glen-herald.mhtml"],
    )
    assert meta(courier) == (
        "html",
        "Quarry collapse: rescuers reach trapped miners",
        "Highland Courier",
        "2024-04-11",  # 21:40 at -05:00: the date as the page states it, not the next day in UTC
        "https://highland-courier.example/news/quarry-collapse",
        14,
    )
    assert courier.authors == ["Mara Lindqvist"]
    assert meta(standard)[1:5] == (
        "Ardmore quarry: 19 miners trapped after wall collapse",
        "Valley Standard",
        "2024-04-12",
        "https://valley-standard.example/2024/04/12/ardmore-quarry",
    )
    assert standard.authors == ["Tomas Reyes"]
    assert herald.outlet == "Glen Herald" and herald.url == "https://glen-herald.example/local/quarry-rescue-ends"
    for document in documents.values():  # the article body only: no navigation, no footer, no headline again
        assert document.text.count("\n\n") == 2
        for chrome in ("Home", "Most read", "rights reserved", "since 1921", "font-family", document.title):
            assert chrome not in document.text
    assert standard.text.startswith("Nineteen miners were trapped")


def test_tables_with_usual_and_mapped_columns():
    budget = load_corpus([FORMATS / "table" / "budget.csv"])
    assert [meta(d) for d in budget] == [
        (
            "csv",
            "Budget vote delayed",
            "Civic Ledger",
            "2024-02-01",
            "https://civic-ledger.example/2024/budget-vote-delayed",
            2,
        ),
        (
            "csv",
            "Budget passes after late-night session",
            "Town Crier",
            "2024-02-08",
            "https://town-crier.example/budget-passes",
            5,
        ),
    ]
    assert budget[0].text.endswith("cuts to bus services.") and "\n\n" in budget[0].text
    from claimcheck.corpus import ReadOptions
    from claimcheck.corpus.tabular import parse_columns

    options = ReadOptions(columns=parse_columns(TSV_COLUMNS))
    dredging = load_corpus([FORMATS / "table" / "dredging.tsv"], options=options)
    assert [(d.title, d.outlet, str(d.published), d.line) for d in dredging] == [
        ("Harbour dredging to start in May", "Port Journal", "2024-03-14", 2),
        ("Dredging contract signed", "Quay Times", "2024-03-15", 3),
    ]


def test_rss_and_atom_feeds():
    documents = load_corpus([FORMATS / "feed"])
    assert [meta(d) for d in documents] == [
        (
            "feed",
            "Ferry fire: passengers evacuated off Kessling Point",
            "Harbour Gazette",
            "2024-05-07",
            "https://harbour-gazette.example/2024/05/ferry-fire",
            7,
        ),
        (
            "feed",
            "Ferry operator suspends Kessling crossings",
            "Harbour Gazette",
            "2024-05-08",
            "https://harbour-gazette.example/2024/05/ferry-suspended",
            15,
        ),
        (
            "feed",
            "Kessling ferry fire: 230 passengers brought ashore",
            "Island Radio News",
            "2024-05-07",
            "https://island-radio.example/news/ferry-fire",
            7,
        ),
        (
            "feed",
            "Ferry Marisol towed to dry dock",
            "Island Radio News",
            "2024-05-09",
            "https://island-radio.example/news/ferry-towed",
            17,
        ),
    ]
    rss, _, atom, _ = documents
    assert rss.authors == ["Ines Okafor"] and atom.authors == ["Dara Whitlock"]
    assert "A fire broke out on a ferry." not in rss.text  # the full text, not the description
    assert atom.text.split("\n\n") == [
        "Lifeboats brought 230 passengers ashore after a fire broke out in the engine room of the ferry Marisol "
        "on Tuesday evening.",
        "The crossing to Kessling Point is normally 40 minutes.",
        "Services resume on Monday.",
    ]  # paragraphs and line breaks kept apart, the script dropped


def test_plain_text_articles_dated_by_their_file_name():
    documents = load_corpus([FORMATS / "plain"])
    assert [(d.format, d.title, str(d.published), d.line, d.text.split(" ")[0]) for d in documents] == [
        ("text", "Heatwave: hospitals report rise in admissions", "2024-06-02", 3, "Hospitals"),
        ("text", "Heat admissions higher than first reported", "2024-06-03", 3, "Hospitals"),
    ]
    first = documents[0]
    assert first.position(first.text.index("340")) == (3, 40)  # positions are the file's own


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        # Two sources give 14, Valley Standard departs: its claim is where the finding points.
        (["html"], "html/valley-standard.htm:23:1: info miners-trapped Valley Standard: “Nineteen” miners"),
        (["feed"], "feed/harbour-gazette.rss:7:1: warning ferry-passengers Harbour Gazette: “212” passengers"),
        (["plain"], "plain/2024-06-02-heatwave.txt:3:40: warning heat-admissions"),
        (["table/budget.csv"], "table/budget.csv:2:1: warning council-budget Civic Ledger: “48 million dollars”"),
        (
            ["table/dredging.tsv", "--columns", TSV_COLUMNS],
            "table/dredging.tsv:2:1: warning dredging-cost Port Journal",
        ),
    ],
)
def test_each_format_is_checked_end_to_end(args, expected):
    result = run("--no-config", "check", *args, "--rules", "rules.yaml", "--no-store", "--fail-on", "info", cwd=FORMATS)
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith(expected) and result.stdout.count("\n") == 1


def test_standard_input():
    digest = (FORMATS.parent / "corpora" / "earthquake.txt").read_text(encoding="utf-8")
    listed = run("--no-config", "corpus", "-", "--format", "json", stdin=digest)
    assert listed.returncode == 0 and '"path": "-"' in listed.stdout
    assert listed.stdout.count('"format": "digest"') == len(
        load_corpus([FORMATS.parent / "corpora" / "earthquake.txt"])
    )
    feed = (FORMATS / "feed" / "island-radio.atom").read_text(encoding="utf-8")
    assert run("--no-config", "corpus", "-", "--format", "json", stdin=feed).stdout.count('"format": "feed"') == 2
    table = (FORMATS / "table" / "dredging.tsv").read_text(encoding="utf-8")
    from_table = run("--no-config", "corpus", "-", "--columns", TSV_COLUMNS, "--format", "json", stdin=table)
    assert from_table.stdout.count('"format": "csv"') == 2, from_table.stderr
    checked = run("--no-config", "check", "-", "--rules", "rules.yaml", "--no-store", cwd=FORMATS, stdin=digest)
    assert checked.returncode == 0 and "Traceback" not in checked.stderr


def test_a_table_on_standard_input_without_columns_says_to_give_them():
    tsv = (FORMATS / "table" / "dredging.tsv").read_text(encoding="utf-8")
    csv = 'headline,body,published\n"Ferry fares rise","Fares on the lake ferry rose by 8% on Monday.",2025-02-03\n'
    for table in (tsv, csv):
        result = run("--no-config", "corpus", "-", "--format", "json", stdin=table)
        assert result.returncode == 2 and result.stdout == ""
        [line] = result.stderr.splitlines()
        assert line.startswith("claimcheck: -: no date for this article (")
        assert "needs --columns" in line and "2024-03-05-title.txt" not in line


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Tue, 03 Oct 2023 14:05:00 +0000", "2023-10-03"),
        ("Tue, 03 Oct 2023 23:30:00 -0400", "2023-10-03"),
        ("Wednesday, 4 Oct 2023 01:10 GMT", "2023-10-04"),
        ("3 Oct 2023 14:05 EDT", "2023-10-03"),
        ("2023-10-03T14:05:00Z", "2023-10-03"),
        ("2023-10-03T23:30:00-04:00", "2023-10-03"),
        ("2023-10-04T00:30:00+09:30", "2023-10-04"),
        ("2023-10-03 14:05", "2023-10-03"),
        ("2023-10-03T14:05:00.250+0200", "2023-10-03"),
        ("2023-02-30T10:00:00Z", None),
        ("Tue, 32 Oct 2023 14:05:00 +0000", None),
        ("the third of October", None),
    ],
)
def test_feed_style_and_iso_datetimes(text, date):
    parsed = parse_publication_date(text)
    assert (str(parsed) if parsed else None) == date


zones = st.integers(min_value=-12 * 60, max_value=14 * 60).map(lambda m: dt.timezone(dt.timedelta(minutes=m)))


@given(st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2099, 12, 31), timezones=zones))
def test_a_datetime_in_any_zone_gives_the_date_written(moment):
    assert parse_publication_date(format_datetime(moment)) == moment.date()
    assert parse_publication_date(moment.replace(microsecond=0).isoformat()) == moment.date()


def test_front_matter_datetimes_keep_the_date_written(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: T\ndate: 2024-01-05T23:45:00-08:00\n---\nBody.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(
        "---\ntitle: U\ndate: 'Fri, 05 Jan 2024 23:45:00 -0800'\n---\nBody.\n", encoding="utf-8"
    )
    assert [str(d.published) for d in load_corpus([tmp_path])] == ["2024-01-05", "2024-01-05"]


BAD_INPUT = [
    (
        "page.html",
        "<html><head><title>Storm live</title><script src=app.js></script></head>"
        "<body><div id=root></div><noscript>Enable JavaScript</noscript></body></html>",
        "page.html: no article text found in this HTML page (a page saved before its scripts ran has none: save "
        "it once the browser shows the article)",
    ),
    (
        "saved.mhtml",
        "MIME-Version: 1.0\nContent-Type: text/plain\n\njust text\n",
        "saved.mhtml:1: not a web archive: no MIME parts (save the page as 'Webpage, single file')",
    ),
    (
        "images.mhtml",
        'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n--b\n'
        "Content-Type: image/png\n\nxx\n--b--\n",
        "images.mhtml: web archive has no HTML part",
    ),
    (
        "notext.csv",
        "id,headline\n1,Hello\n",
        "notext.csv:1: no text column (columns: id, headline) (name it with --columns text=COLUMN)",
    ),
    ("ragged.csv", "title,text\nA,Some text here.\nB\n", "ragged.csv:3: row has 1 fields, the header 2"),
    ("empty-cell.csv", "title,text\nA,\n", "empty-cell.csv:2: row has no text in column 'text'"),
    ("header-only.csv", "title,text\n", "header-only.csv: no article found: the table has a header but no rows"),
    ("quote.csv", 'title,text\nA,"unclosed\n', "quote.csv:2: not valid CSV: unexpected end of data"),
    (
        "baddate.csv",
        "title,text,date\nA,Some text.,soon\n",
        "baddate.csv:2: date 'soon' is not a date (use 2023-10-03, 2023-10-03T14:05:00+02:00, 'Oct 3 2023' or "
        "'Tue, 03 Oct 2023 14:05:00 +0000')",
    ),
    (
        "broken.rss",
        "<?xml version='1.0'?>\n<rss>\n<channel>\n<item></channel>\n</rss>\n",
        "broken.rss:4: not well-formed XML: Opening and ending tag mismatch: item line 4 and channel",
    ),
    (
        "sitemap.xml",
        "<?xml version='1.0'?>\n<urlset><url><loc>https://a.example/</loc></url></urlset>\n",
        "sitemap.xml:2: not an RSS or Atom feed (the root element is <urlset>)",
    ),
    (
        "titles.rss",
        "<rss><channel><title>W</title>\n<item><title>Only a title</title></item></channel></rss>",
        "titles.rss:2: feed item has no text (no content:encoded or description): claimcheck needs each article's text",
    ),
    (
        "when.atom",
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>\n<entry><title>T</title>'
        "<updated>last week</updated><content>Body.</content></entry></feed>",
        "when.atom:2: date 'last week' is not a date (use RFC 822 (Tue, 03 Oct 2023 14:05:00 +0000) or ISO 8601)",
    ),
    ("empty.rss", "<rss><channel><title>W</title></channel></rss>", "empty.rss:1: the feed has no items"),
    (
        "notes.txt",
        "Some thoughts\n\nNothing dated here.\n",
        "notes.txt: no date for this article (give it a date in the file name (2024-03-05-title.txt), on a line "
        "under the headline (March 5 2024) or in front matter (date: 2024-03-05))",
    ),
    (
        "2024-03-05-title-only.txt",
        "Just a headline\n",
        "2024-03-05-title-only.txt:1: the article has a title line but no text under it",
    ),
]


@pytest.mark.parametrize(("name", "content", "expected"), BAD_INPUT, ids=[b[0] for b in BAD_INPUT])
def test_bad_input_is_one_exact_line(tmp_path, name, content, expected):
    (tmp_path / name).write_text(content, encoding="utf-8")
    result = run("--no-config", "corpus", name, "--format", "json", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"claimcheck: {expected}\n"


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("text", "--columns: 'text' is not FIELD=COLUMN (e.g. text=body)"),
        ("body=text", "--columns: unknown field 'body' (use title, text, date, outlet, url, author)"),
    ],
)
def test_bad_column_mappings(spec, expected):
    result = run("--no-config", "corpus", "table", "--columns", spec, cwd=FORMATS)
    assert result.returncode == 2 and result.stderr == f"claimcheck: {expected}\n"
    missing = run("--no-config", "corpus", "table/budget.csv", "--columns", "text=bdy", cwd=FORMATS)
    assert missing.stderr == (
        "claimcheck: table/budget.csv:1: no column 'bdy' for text (columns: headline, body, published, source, link)\n"
    )


def test_a_feed_cannot_read_local_files_or_the_network(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    feed = (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY leak SYSTEM "file://{secret}">]>\n'
        "<rss><channel><title>W</title><item><title>T</title>"
        "<description>Before &leak; after, 12 people.</description></item></channel></rss>"
    )
    (tmp_path / "x.rss").write_text(feed, encoding="utf-8")
    documents = load_corpus([tmp_path / "x.rss"])
    assert "TOP-SECRET" not in documents[0].text and "after, 12 people" in documents[0].text
