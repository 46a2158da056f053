"""Memory bounded by what is in flight: every cache has a bound, and `claimcheck extract` writes a document's
claims at a time, the same bytes as the whole list at once. (How much memory a run takes is measured by
`benchmarks/bench_memory.py`, not here.)"""

from __future__ import annotations

import ast
import datetime as dt
import json
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.cli import _claim_pieces
from claimcheck.engine.extraction import BATCH, ExtractionStats, extract_into, streamed_claims
from claimcheck.engine.store import ClaimStore
from claimcheck.extract import extract_document
from claimcheck.extract import lexicon as lexicon_module
from claimcheck.models import Document

SOURCE = Path(__file__).resolve().parent.parent / "src" / "claimcheck"


def _decorator_name(node: ast.expr) -> str:
    target = node.func if isinstance(node, ast.Call) else node
    return target.attr if isinstance(target, ast.Attribute) else target.id if isinstance(target, ast.Name) else ""


def _unbounded_caches(source: Path = SOURCE) -> list[str]:
    """Functions cached without a bound: `cache` (or `lru_cache(maxsize=None)`) on a function that takes
    arguments. A cache of a function without arguments holds one value."""
    found = []
    for path in sorted(source.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            arguments = node.args.posonlyargs + node.args.args + node.args.kwonlyargs
            takes_arguments = bool(arguments or node.args.vararg or node.args.kwarg)
            for decorator in node.decorator_list:
                name = _decorator_name(decorator)
                unbounded = name == "cache" or (
                    name == "lru_cache"
                    and isinstance(decorator, ast.Call)
                    and any(
                        isinstance(value, ast.Constant) and value.value is None
                        for value in [*decorator.args[:1], *(k.value for k in decorator.keywords if k.arg == "maxsize")]
                    )
                )
                if unbounded and takes_arguments:
                    found.append(f"{path.relative_to(source)}:{node.lineno} {node.name}")
    return found


def test_every_function_cache_has_a_bound():
    assert _unbounded_caches() == []


def test_the_scan_finds_an_unbounded_cache(tmp_path):
    module = tmp_path / "claimcheck"
    module.mkdir()
    (module / "m.py").write_text(
        "from functools import cache, lru_cache\n"
        "@cache\ndef one() -> int:\n    return 1\n"
        "@cache\ndef by_text(text: str) -> str:\n    return text\n"
        "@lru_cache(maxsize=None)\ndef by_word(word: str) -> str:\n    return word\n"
        "@lru_cache(maxsize=64)\ndef bounded(word: str) -> str:\n    return word\n",
        encoding="utf-8",
    )
    assert _unbounded_caches(module) == ["m.py:6 by_text", "m.py:9 by_word"]


def test_the_lexicon_indexes_stay_bounded_whatever_tables_they_are_given():
    lexicon = lexicon_module.lexicon()
    for number in range(lexicon_module.TABLES_INDEXED + 10):
        word = "w" + "".join(chr(ord("a") + int(digit)) for digit in str(number))  # a word of its own per table
        table = [word, f"two {word}"]
        assert lexicon.phrases(table)[word] == [(word,)]
        assert lexicon.key_of(table, ("two", word)) == f"two {word}"
    assert len(lexicon_module._FIRST) <= lexicon_module.TABLES_INDEXED
    assert len(lexicon_module._KEYS) <= lexicon_module.TABLES_INDEXED
    assert lexicon.phrases(lexicon.qualifiers) is lexicon.phrases(lexicon.qualifiers)  # still made once


TEXTS = [
    "At least 40 people were killed when the bridge collapsed on March 3, police said.\n\n"
    '"We are still searching," said Anna Berg, the fire chief. About 1,200 residents were evacuated.',
    "The orchestra sold 3,500 tickets, about 12% more than in 2021, the manager said.",
    "Nothing here counts anything.",
    'Rain fell for 3 days. "The river rose by 2 metres," said Tomás Álvarez, a hydrologist in Sevilla.',
]


def _claims_by_document():
    claims = []
    for number, text in enumerate(TEXTS):
        document = Document(
            id=f"d{number}", title=f"Report {number}", path=f"n{number}.txt", format="text", text=text,
            published=dt.date(2024, 5, number + 1), outlet="Example Times",
        )  # fmt: skip
        claims += extract_document(document)
    return claims


CLAIMS = _claims_by_document()


def _whole(claims, fmt: str) -> str:
    """The output of `extract` made from the whole list at once."""
    if fmt == "jsonl":
        return "".join(c.model_dump_json() + "\n" for c in claims)
    if fmt == "json":
        return json.dumps([c.model_dump(mode="json") for c in claims], indent=2, ensure_ascii=False) + "\n"
    return "".join(f"{c.path}:{c.line}:{c.column}  {c.kind:8}  {c.text[:70]}\n" for c in claims)


@settings(max_examples=60, deadline=None)
@given(cuts=st.lists(st.integers(0, len(CLAIMS)), max_size=8), fmt=st.sampled_from(["jsonl", "json", "table"]))
def test_extract_written_a_document_at_a_time_is_the_whole_list(cuts, fmt):
    assert len(CLAIMS) > 8 and any('"' in c.text or "á" in c.text for c in CLAIMS)
    bounds = [0, *sorted(cuts), len(CLAIMS)]
    documents = [CLAIMS[start:end] for start, end in zip(bounds, bounds[1:], strict=False)]  # some empty
    assert "".join(_claim_pieces(iter(documents), fmt)) == _whole(CLAIMS, fmt)


def test_extract_of_no_claims_is_an_empty_list():
    for documents in ([], [[], []]):
        assert "".join(_claim_pieces(iter(documents), "json")) == "[]\n"
        assert "".join(_claim_pieces(iter(documents), "jsonl")) == ""


def test_extract_reads_one_document_before_it_writes():
    read = []

    def documents():
        for number in range(3):
            read.append(number)
            yield CLAIMS[number * 2 : number * 2 + 2]

    for fmt in ("jsonl", "json", "table"):
        read.clear()
        pieces = _claim_pieces(documents(), fmt)
        first = next(pieces)
        assert read == [0] and CLAIMS[0].text[:20] in first.replace('\\"', '"')


def _digest_documents(count: int, repeats: int = 1) -> list[Document]:
    """`count` short articles (every `repeats`-th one the same text as the one before: a duplicate)."""
    documents = []
    for number in range(count):
        seed = number - number % repeats
        text = (
            f"About {100 + seed} volunteers cleared {seed % 7 + 2} km of beach on June {seed % 28 + 1}, the club said."
        )
        documents.append(
            Document(
                id=f"d{seed}",
                title=f"Clean-up {seed}",
                path="digest.txt",
                format="digest",
                text=text,
                line=1 + 4 * number,
                offset=200 * number,
                published=dt.date(2024, 6, 30),
            )  # fmt: skip
        )
    return documents


def test_streamed_claims_are_the_stored_corpus_claims_whatever_jobs_and_store(tmp_path):
    documents = _digest_documents(150, repeats=3)
    with ClaimStore(None) as store:
        expected = [list(extract_into(store, documents, 1).claims_of(p)) for p in range(len(documents))]
    assert sum(map(len, expected)) > 300
    for jobs in (1, 2):
        for stored in (0, 75):  # nothing in the store yet, or its first half
            store_path = tmp_path / f"s{jobs}-{stored}.sqlite"
            with ClaimStore(store_path) as store:
                extract_into(store, documents[:stored], 1)
            stats = ExtractionStats()
            with ClaimStore(store_path) as store:
                assert list(streamed_claims(store, iter(documents), jobs, stats=stats)) == expected
            assert stats.extracted + stats.cached == len(documents)
            assert stats.extracted == 50 - stored // 3  # a duplicate is extracted once, a stored one not again


def test_streamed_claims_hold_only_the_documents_in_flight():
    """The first document's claims come before much of the corpus has been read, fresh or from the store."""
    documents = _digest_documents(40 * BATCH)
    read = []

    def reading():
        for document in documents:
            read.append(document.id)
            yield document

    with ClaimStore(None) as store:
        for _ in ("extracted", "from the store"):
            read.clear()
            stream = streamed_claims(store, reading(), 1)
            assert next(stream) and len(read) <= 2 * BATCH
            given = 1
            for _ in stream:
                given += 1
                assert len(read) - given <= 2 * BATCH  # what is read and not given back stays bounded
            assert given == len(documents)


def test_an_interrupted_extraction_leaves_no_thread_of_its_workers_running():
    """An interrupt stops the workers and lets the executor's thread finish before it goes on: nothing of the
    pool is left to the interpreter's exit."""
    documents = _digest_documents(12 * BATCH)
    before = set(threading.enumerate())

    def interrupted():
        for number, document in enumerate(documents):
            if number == 8 * BATCH:
                raise KeyboardInterrupt
            yield document

    with ClaimStore(None) as store, pytest.raises(KeyboardInterrupt):
        for _ in streamed_claims(store, interrupted(), 2):
            pass
    assert [thread for thread in threading.enumerate() if thread not in before] == []
