from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.corpus import load_corpus
from claimcheck.errors import CorpusError

from .conftest import DEV

EXPECTED = [
    (
        "euronews",
        "Russia has ‘betrayed’ Armenian people",
        dt.date(2023, 10, 3),
        ["Gregoire Lory", "Mared Gwyn Jones"],
        None,
    ),
    ("POLITICO", "If Putin goes to Armenia", dt.date(2023, 10, 3), [], None),
    ("y! news", '"The world is getting smaller"', dt.date(2023, 10, 3), [], None),
    ("Jerusalem Post", "Four Karabakh leaders held", dt.date(2023, 10, 3), ["REUTERS"], None),
    (
        "au.news.yahoo.com",
        "Voices: Abandoned by their Soviet",
        dt.date(2023, 10, 3),
        [],
        "https://au.news.yahoo.com/voices-abandoned-soviet-peacekeepers-armenia-192007846.html",
    ),
    ("BARRON'S", "Paris ‘Has Agreed’ To Deliver", dt.date(2023, 10, 3), ["AFP"], None),
    (
        "Voice of America",
        "Officials Describe ‘Surreal’ Scenes",
        dt.date(2023, 10, 3),
        ["Lisa Schlein"],
        "https://www.voanews.com/a/officials-describe-surreal-scenes-as-nagorno-karabakh-aid-health-crisis-grows/7295222.html",
    ),
    ("Newsweek", "How Nagorno Karabakh’s Fall Could Help Armenia", dt.date(2023, 10, 3), [], None),
    (
        "hyperallergic.com",
        "Symbolic Armenian Monument in Artsakh",
        dt.date(2023, 10, 2),
        [],
        "https://hyperallergic.com/847990/symbolic-armenian-monument-in-artsakh-at-risk-of-destruction/",
    ),
    ("ABC Australia", "Nagorno-Karabakh conflict in Russia’s backyard", dt.date(2023, 10, 4), [], None),
]


def test_seed_has_the_ten_articles_with_their_metadata(seed_documents):
    assert len(seed_documents) == 10
    for doc, (outlet, title, published, authors, url) in zip(seed_documents, EXPECTED, strict=True):
        assert doc.outlet == outlet
        assert doc.title.startswith(title)
        assert doc.published == published
        assert doc.authors == authors
        assert doc.url == url


def test_articles_without_body_are_kept_empty(seed_documents):
    empty = [d.outlet for d in seed_documents if not d.text]
    assert empty == ["y! news", "Newsweek"]


def test_subheading_does_not_start_an_article(seed_documents):
    voa = next(d for d in seed_documents if d.outlet == "Voice of America")
    assert "'Surreal' scene" in voa.text


def test_body_offsets_point_into_the_file(seed_documents):
    for doc in seed_documents:
        source = Path(doc.path).read_text(encoding="utf-8")
        assert source[doc.offset : doc.offset + len(doc.text)] == doc.text
        assert source.count("\n", 0, doc.offset) + 1 == doc.line


@pytest.mark.skipif(not DEV.exists(), reason="dev corpus not present")
def test_three_formats_give_the_same_documents():
    digest = load_corpus([DEV / "corpus.txt"])
    markdown = load_corpus([DEV / "articles"])
    jsonl = load_corpus([DEV / "corpus.jsonl"])
    key = lambda d: (d.id, d.title, d.outlet, d.published, d.url, d.text.strip())  # noqa: E731
    assert sorted(map(key, digest)) == sorted(map(key, markdown)) == sorted(map(key, jsonl))
    assert len(digest) == 15


def test_front_matter_and_jsonl(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\ntitle: Quake hits\noutlet: Daily\ndate: 2024-01-02\nurl: https://d.example/q\n"
        "author: Ann Lee and Bo Chen\n---\n\nAt least 12 people died.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"title": "Flood", "outlet": "Wire", "date": "2024-01-03", "text": "Some 300 homes flooded."})
        + "\n",
        encoding="utf-8",
    )
    docs = load_corpus([tmp_path])
    assert [(d.title, d.outlet, str(d.published)) for d in docs] == [
        ("Quake hits", "Daily", "2024-01-02"),
        ("Flood", "Wire", "2024-01-03"),
    ]
    assert docs[0].authors == ["Ann Lee", "Bo Chen"] and docs[0].line == 9


@pytest.mark.parametrize(
    ("first_line", "authors"),
    [
        ("By Ann Lee and BO CHEN, Wire Service", ["Ann Lee", "BO CHEN", "Wire Service"]),
        ("By noon, police had made 20 arrests.", []),
        ("By Monday, 300 homes had flooded.", []),
        ("By the afternoon the river had risen 2 metres", []),
    ],
)
def test_a_paragraph_that_opens_with_by_is_a_byline_only_when_it_names_people(tmp_path, first_line, authors):
    (tmp_path / "a.txt").write_text(f"Floods\n\nDaily\nJan 2 2024\n{first_line}\n\nThe river rose.\n", encoding="utf-8")
    [doc] = load_corpus([tmp_path / "a.txt"])
    assert doc.authors == authors
    assert (first_line in doc.text) is not bool(authors)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bin.txt", b"abc\x00def", "binary file"),
        ("latin.txt", "Caf\u00e9 Oct 3 2023".encode("latin-1"), "not valid UTF-8"),
        ("bad.jsonl", b'{"text": "ok"}\n{not json}\n', "bad.jsonl:2: not valid JSON"),
        ("notext.jsonl", b'{"title": "x"}\n', "notext.jsonl:1: record has no 'text'"),
        ("fm.md", b"---\ntitle: [unclosed\n---\nbody\n", "front matter is not valid YAML"),
        (
            "plain.txt",
            b"no dates here at all\n",
            "plain.txt: no date for this article (give it a date in the file name",
        ),
        ("empty.txt", b"  \n", "empty file"),
    ],
)
def test_bad_input_is_one_clear_error(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(CorpusError) as info:
        load_corpus([path])
    assert message in str(info.value)
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_missing_path_and_empty_folder(tmp_path):
    with pytest.raises(CorpusError, match="no such file"):
        load_corpus([tmp_path / "nope"])
    with pytest.raises(CorpusError, match="no article files"):
        load_corpus([tmp_path])


_line_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\r\u0085"),
    min_size=1,
    max_size=60,
).filter(lambda s: s.strip() and s.strip()[0] not in "-{•" and "http" not in s)


@given(paragraphs=st.lists(_line_text, min_size=1, max_size=5))
def test_path_line_reads_back_the_same_characters(tmp_path_factory, paragraphs):
    from claimcheck.corpus.metadata import parse_publication_date

    paragraphs = [p.strip() for p in paragraphs if not parse_publication_date(p)]
    if not paragraphs:
        return
    body = "\n\n".join(paragraphs)
    path = tmp_path_factory.mktemp("d") / "digest.txt"
    path.write_text(f"A headline\n\nThe Outlet\nOct 3 2023\n\n{body}\n", encoding="utf-8")
    [doc] = load_corpus([path])
    lines = path.read_text(encoding="utf-8").split("\n")
    for index in range(0, len(doc.text), max(1, len(doc.text) // 7)):
        line, column = doc.position(index)
        if doc.text[index] == "\n":
            assert column == len(lines[line - 1]) + 1
        else:
            assert lines[line - 1][column - 1] == doc.text[index]


@given(
    st.lists(st.sampled_from(["a", "Oct 3 2023", " ", "\t", "\r", "\n", "\n\n", "é", "\u2003"]), max_size=40).map(
        "".join
    )
)
def test_digest_lines_are_the_lines_of_the_text(text):
    from claimcheck.corpus.digest import _Lines

    lines = _Lines(text)
    lines_in_small_chunks = _Lines.__new__(_Lines)
    lines_in_small_chunks.CHUNK = 3  # chunk ends fall inside lines, on newlines and at the end
    lines_in_small_chunks.__init__(text)
    raw = text.split("\n")
    starts = [sum(len(r) + 1 for r in raw[:n]) for n in range(len(raw))]
    expected = [(n, starts[n], r.rstrip("\r"), not r.strip()) for n, r in enumerate(raw)]
    assert [tuple(line) for line in lines[:]] == expected
    assert [tuple(line) for line in lines_in_small_chunks[:]] == expected
    assert len(lines) == len(raw) and tuple(lines[-1]) == expected[-1]


def test_two_apostrophes_as_a_quote_mark_read_as_one_double_mark_at_their_place():
    from claimcheck.corpus.normalize import normalize

    text = "''We sailed at dawn,'' Lindgren said of the boys' ''rock 'n' roll'' crew."
    norm = normalize(text)
    assert norm.text == '"We sailed at dawn," Lindgren said of the boys\' "rock \'n\' roll" crew.'
    start = norm.text.index('"We')
    end = norm.text.index('dawn,"') + len('dawn,"')
    assert text[slice(*norm.span(start, end))] == "''We sailed at dawn,''"
    assert normalize("it''s a typo").text == "it''s a typo"  # between letters: no mark
