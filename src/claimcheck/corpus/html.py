"""Saved web pages (`.html`) and single-file web archives (`.mhtml`, as browsers save "Webpage, single
file"): the article body is found by trafilatura, and the title, outlet, date, author and URL come from the
page's metadata (`<title>`, Open Graph, `article:published_time`, JSON-LD, `<link rel=canonical>`).

Only what the page itself states is used: a page with no publication date in its markup gets none, never
one guessed from its text. Positions point at the line of the page where the article body starts.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from claimcheck.corpus.metadata import build_document, parse_publication_date
from claimcheck.errors import CorpusError
from claimcheck.models import Document

_PARAGRAPH_BREAK = re.compile(r"\n+")


def _extracted(page: str, url: str | None) -> dict[str, Any]:
    """trafilatura's reading of a page: its main text and metadata (nothing for a page without a body)."""
    from trafilatura import bare_extraction

    found = bare_extraction(
        page,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if found is None:
        return {}
    return found if isinstance(found, dict) else found.as_dict()


def parse_html(text: str, path: Path, url: str | None = None) -> list[Document]:
    found = _extracted(text, url)
    title = (found.get("title") or "").strip()
    paragraphs = [p.strip() for p in _PARAGRAPH_BREAK.split(found.get("text") or "") if p.strip()]
    if paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    if not paragraphs:
        raise CorpusError(
            "no article text found in this HTML page",
            path,
            hint="a page saved before its scripts ran has none: save it once the browser shows the article",
        )
    page_url = found.get("url") or url
    return [
        build_document(
            title=title,
            outlet=found.get("sitename"),
            published=parse_publication_date(found["date"]) if found.get("date") else None,
            authors=[a.strip() for a in re.split(r";|\band\b", found.get("author") or "") if a.strip()],
            url=page_url if page_url and page_url.startswith(("http://", "https://")) else None,
            path=path,
            fmt="html",
            text="\n\n".join(paragraphs),
            offset=0,
            line=_line_of_body(text, paragraphs[0]),
            exact=False,
        )
    ]


def _line_of_body(page: str, first_paragraph: str) -> int:
    """The line of the page where the article body starts (its first words), else 1."""
    for length in (60, 30, 15):
        index = page.find(first_paragraph[:length])
        if index >= 0:
            return page.count("\n", 0, index) + 1
    return 1


def parse_web_archive(text: str, path: Path) -> list[Document]:
    """A MIME web archive (`.mhtml`): its first HTML part, read as a saved page."""
    message = email.message_from_string(text, policy=email.policy.default)
    if not message.is_multipart():
        raise CorpusError("not a web archive: no MIME parts (save the page as 'Webpage, single file')", path, 1)
    for part in message.walk():
        if part.get_content_type() == "text/html" and isinstance(part, EmailMessage):
            try:
                page = part.get_content()
            except (LookupError, ValueError) as exc:
                raise CorpusError(f"the archive's HTML part cannot be decoded ({exc})", path) from None
            location = part.get("Content-Location") or message.get("Snapshot-Content-Location")
            return parse_html(str(page), path, str(location) if location else None)
    raise CorpusError("web archive has no HTML part", path)
