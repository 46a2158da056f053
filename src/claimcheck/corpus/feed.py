"""RSS and Atom feeds with the articles' full text: one article per item (RSS 2.0, RSS 1.0) or entry
(Atom). The text is `content:encoded` or the Atom `content`, else the `description` or `summary`; the
outlet is the feed's title; each article points at the line of its item.

The XML is parsed with entities left unexpanded and no network access, so a hostile feed cannot read
local files or make requests."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.corpus.metadata import build_document, parse_publication_date
from claimcheck.errors import CorpusError
from claimcheck.models import Document

if TYPE_CHECKING:
    from lxml import etree

ATOM = "{http://www.w3.org/2005/Atom}"
RSS1 = "{http://purl.org/rss/1.0/}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"
_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "section", "figcaption"}
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")


def looks_like_feed(text: str) -> bool:
    head = text[:2000].lower()
    return "<rss" in head or "<rdf:rdf" in head or re.search(r"<feed[\s>]", head) is not None


def parse_feed(text: str, path: Path) -> list[Document]:
    from lxml import etree  # imported when a feed is read, not by every command

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    try:
        root = etree.fromstring(text.encode("utf-8"), parser)
    except etree.XMLSyntaxError as exc:
        message = str(exc.msg or exc).split(", line ")[0]
        raise CorpusError(f"not well-formed XML: {message}", path, exc.lineno or 1) from None
    read: Callable[[etree._Element, str | None, Path], Document]
    if root.tag == "rss":
        channel = root.find("channel")
        items = channel.findall("item") if channel is not None else []
        outlet = _text(channel, "title") if channel is not None else None
        read = _rss_item
    elif root.tag == f"{ATOM}feed":
        items, outlet, read = root.findall(f"{ATOM}entry"), _text(root, f"{ATOM}title"), _atom_entry
    elif root.tag == f"{RDF}RDF":
        channel = root.find(f"{RSS1}channel")
        items = root.findall(f"{RSS1}item")
        outlet = _text(channel, f"{RSS1}title") if channel is not None else None
        read = _rss_item
    else:
        name = etree.QName(root).localname
        raise CorpusError(f"not an RSS or Atom feed (the root element is <{name}>)", path, root.sourceline or 1)
    if not items:
        raise CorpusError("the feed has no items", path, root.sourceline or 1)
    return [read(item, outlet, path) for item in items]


def _text(element: etree._Element | None, tag: str) -> str | None:
    """The text of a child element; inline XHTML (Atom `type="xhtml"`) as markup, for `paragraphs`."""
    if element is None:
        return None
    found = element.find(tag)
    if found is None:
        return None
    if len(found) and found.get("type") == "xhtml":
        from lxml import etree

        return "".join(etree.tostring(child, encoding="unicode", method="html") for child in found).strip() or None
    return "".join(found.itertext()).strip() or None


def _first(element: etree._Element, *tags: str) -> str | None:
    return next((value for tag in tags if (value := _text(element, tag))), None)


def _rss_item(item: etree._Element, outlet: str | None, path: Path) -> Document:
    ns = "" if item.tag == "item" else RSS1
    body = _first(item, f"{CONTENT}encoded", f"{ns}description", "description")
    authors = [a for a in (_first(item, "author", f"{DC}creator"),) if a]
    return _document(
        item,
        path,
        outlet,
        _first(item, f"{ns}title"),
        _first(item, "pubDate", f"{DC}date"),
        _first(item, f"{ns}link", "guid"),
        authors,
        body,
        "content:encoded or description",
    )


def _atom_entry(entry: etree._Element, outlet: str | None, path: Path) -> Document:
    links = entry.findall(f"{ATOM}link")
    alternate = [link.get("href") for link in links if link.get("rel", "alternate") == "alternate"]
    authors = [name for a in entry.findall(f"{ATOM}author") if (name := _text(a, f"{ATOM}name"))]
    body = _first(entry, f"{ATOM}content", f"{ATOM}summary")
    date = _first(entry, f"{ATOM}published", f"{ATOM}updated")
    return _document(
        entry,
        path,
        outlet,
        _text(entry, f"{ATOM}title"),
        date,
        next(iter(alternate), None),
        authors,
        body,
        "content or summary",
    )


def _document(
    item: etree._Element,
    path: Path,
    outlet: str | None,
    title: str | None,
    date: str | None,
    url: str | None,
    authors: list[str],
    body: str | None,
    where: str,
) -> Document:
    line = item.sourceline or 1
    text = paragraphs(body or "")
    if not text:
        raise CorpusError(f"feed item has no text (no {where}): claimcheck needs each article's text", path, line)
    published = parse_publication_date(date) if date else None
    if date and published is None:
        raise CorpusError(
            f"date {date!r} is not a date", path, line, hint="use RFC 822 (Tue, 03 Oct 2023 14:05:00 +0000) or ISO 8601"
        )
    return build_document(
        title=title,
        outlet=outlet,
        published=published,
        authors=authors,
        url=url if url and url.startswith(("http://", "https://")) else None,
        path=path,
        fmt="feed",
        text=text,
        offset=0,
        line=line,
        exact=False,
    )


def paragraphs(markup: str) -> str:
    """HTML (or plain text) as paragraphs separated by blank lines: scripts and styles dropped, block
    elements and line breaks made into paragraph breaks."""
    if "<" not in markup:
        return "\n\n".join(_folded(markup.split("\n\n")))
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for element in list(root.iter("script", "style")):
        element.drop_tree()
    for element in root.iter():
        if element.tag in _BLOCKS or element.tag == "br":
            element.tail = "\n\n" + (element.tail or "")
            if element.tag != "br":
                element.text = "\n\n" + (element.text or "")
    return "\n\n".join(_folded(root.text_content().split("\n\n")))


def _folded(parts: list[str]) -> list[str]:
    return [folded for part in parts if (folded := _SPACE.sub(" ", " ".join(part.split("\n"))).strip())]
