"""Adversarial corpora for fuzzing (the suite's hypothesis test and `benchmarks/fuzz_corpus.py`): folders of
digests, front-matter files and JSON Lines, some readable however hostile their text, some unreadable by
construction. `check_corpus_folder` asserts what claimcheck promises about them: nothing but `CorpusError`
for what cannot be read, exactly the unreadable files skipped, and every readable file extracted, checked
and rendered in every format without an error."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from hypothesis import strategies as st

from claimcheck.corpus import iter_documents
from claimcheck.engine.pipeline import check
from claimcheck.errors import CorpusError
from claimcheck.extract import extract
from claimcheck.report import FORMATS
from claimcheck.rules.model import RuleSet

# Pieces of hostile text: controls, bidi and zero-width marks, combining marks, impossible and edge dates,
# huge and odd numbers, quotes, markup, structure that looks like another format.
PIECES = [
    "\x1b[31m",
    "\x07",
    "\x0b",
    "\x0c",
    "\r",
    "\t",
    "\u202e",
    "\u202d",
    "\u2066",
    "\u200f",
    "\u200b",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u00ad",
    "\u0301\u0301\u0301",
    "\u00a0",
    "🔥",
    "“",
    "”",
    '"',
    "—",
    "2023-02-30",
    "0000-00-00",
    "9999-12-31",
    "0001-01-01",
    "Feb 30, 2023",
    "on the 31st",
    "last Friday",
    "next week",
    "yesterday",
    "9" * 5000,
    "1" + "0" * 400 + ".5",
    "1e999",
    "-0",
    "3/0",
    "12:75 p.m.",
    "At least 12 people died",
    "between 5 and 3 houses",
    "hundreds of thousands of",
    "said Ana Costa",
    '"We will rebuild," she said.',
    "<script>alert(1)</script>",
    "](javascript:x)",
    "&amp;",
    "http://[::1",
    "https://%zz/",
    "{",
    "}",
    "[" * 60,
    "---",
    "\n",
    "\n\n",
    "Oct 3 2023",
]
_SAFE = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
TEXT = st.lists(st.one_of(st.text(_SAFE, max_size=30), st.sampled_from(PIECES)), max_size=25).map("".join)
LINE = TEXT.map(lambda text: " ".join(text.split("\n")))
GOOD_DATES = st.sampled_from(["2023-10-03", "0001-01-01", "9999-12-31", "Oct 3 2023", "2024-02-29", ""])


@dataclass(frozen=True)
class CorpusFile:
    name: str
    data: bytes | None  # None: a FIFO
    readable: bool


def _digest(headline: str, body: str, date: str) -> bytes:
    return f"Headline {headline}\n\nWire\n{date}\n\n{body}\n".encode()


def _front_matter(meta: dict[str, str], body: str) -> bytes:
    header = "\n".join(f"{key}: {json.dumps(value)}" for key, value in meta.items())
    return f"---\n{header}\n---\n{body}\n".encode()


def _json_lines(records: list[dict[str, object]]) -> bytes:
    return ("\n".join(json.dumps(record) for record in records) + "\n").encode()


META = st.dictionaries(st.sampled_from(["title", "outlet", "url", "author", "x"]), LINE, max_size=4)
READABLE = st.one_of(
    st.builds(_digest, LINE, TEXT, st.sampled_from(["Oct 3 2023", "2023-10-03", "0001-01-01", "9999-12-31"])),
    st.builds(
        lambda meta, date, body: _front_matter(meta | ({"date": date} if date else {}), body), META, GOOD_DATES, TEXT
    ).map(lambda data: ("md", data)),
    st.lists(
        st.builds(
            lambda meta, date, text, number: meta | {"text": text, "n": number} | ({"date": date} if date else {}),
            META,
            GOOD_DATES,
            TEXT,
            st.one_of(st.integers(-(10**30), 10**30), st.floats(allow_nan=False), st.none()),
        ),
        min_size=1,
        max_size=3,
    ).map(lambda records: ("jsonl", _json_lines(records))),
)
ALIASES = "---\na: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\ntitle: *b\n---\nbody\n"
UNREADABLE = st.one_of(
    st.builds(lambda text: ("txt", _digest("H", text, "Oct 3 2023")[:5] + b"\x00" + text.encode()), TEXT),
    st.builds(lambda text: ("txt", b"Headline\n\nOct 3 2023\n\n\xff\xfe" + text.encode()), TEXT),
    st.just(("txt", b"Headline without a date\n\nNo line of this file is a date.\n")),
    st.just(("txt", b"   \n\n")),
    st.just(("md", ALIASES.encode())),
    st.integers(51, 3000).map(lambda depth: ("md", f"---\ntitle: {'[' * depth}{']' * depth}\n---\nbody\n".encode())),
    st.integers(51, 300).map(
        lambda depth: ("md", ("---\ntitle:\n" + "".join(" " * n + "- \n" for n in range(depth)) + "---\nb\n").encode())
    ),
    st.integers(1001, 6000).map(lambda digits: ("md", f"---\ntitle: {'7' * digits}\n---\nbody\n".encode())),
    st.sampled_from(["2023-13-45", "2023-02-30", "yesterday", "0000-01-01"]).map(
        lambda date: ("md", f"---\ntitle: T\ndate: {date}\n---\nbody\n".encode())
    ),
    st.just(("md", b"---\ntitle: [unclosed\n---\nbody\n")),
    st.just(("md", b"---\ntitle: never closed\nbody\n")),
    st.integers(51, 3000).map(lambda depth: ("jsonl", f'{{"text": "x", "t": {"[" * depth}{"]" * depth}}}\n'.encode())),
    st.integers(1001, 6000).map(lambda digits: ("jsonl", f'{{"text": "x", "n": {"9" * digits}}}\n'.encode())),
    st.just(("jsonl", b'{"text": "ok"}\n{"text": \n')),
    st.just(("jsonl", b'{"title": "no text"}\n')),
    st.just(("jsonl", b'{"text": "x", "date": "2023-13-45"}\n')),
    st.just(("fifo", None)),
)


@st.composite
def corpora(draw: st.DrawFn) -> list[CorpusFile]:
    """A folder's worth of files: at least one readable, any number of unreadable ones."""
    files = []
    for readable, strategy, count in ((True, READABLE, (1, 4)), (False, UNREADABLE, (0, 4))):
        for _ in range(draw(st.integers(*count))):
            made = draw(strategy)
            suffix, data = made if isinstance(made, tuple) else ("txt", made)
            name = f"f{len(files):02d}.{'txt' if suffix == 'fifo' else suffix}"
            files.append(CorpusFile(name, data, readable))
    return files


def write_corpus(folder: Path, files: list[CorpusFile]) -> None:
    for file in files:
        if file.data is None:
            os.mkfifo(folder / file.name)
        else:
            (folder / file.name).write_bytes(file.data)


def check_corpus_folder(folder: Path, files: list[CorpusFile], rules: RuleSet) -> int:
    """Read, extract, check and render a written corpus; assert what claimcheck promises. The number of
    documents read."""
    skipped: list[CorpusError] = []
    documents = list(iter_documents([folder], skipped))
    unreadable = sorted(str(folder / f.name) for f in files if not f.readable)
    assert sorted(str(error.path) for error in skipped) == unreadable, [str(e) for e in skipped]
    for error in skipped:
        assert "\n" not in str(error) and str(error).startswith(str(error.path))
    read = {document.path for document in documents}
    assert read == {str(folder / f.name) for f in files if f.readable}
    report = check(documents, extract(documents), rules, [str(e) for e in skipped])
    outputs = {name: render(report) for name, render in FORMATS.items()}
    json.loads(outputs["json"])
    json.loads(outputs["sarif"])
    ET.fromstring(outputs["junit"].split("\n", 1)[1])
    return len(documents)
