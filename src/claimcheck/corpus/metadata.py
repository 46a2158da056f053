"""Article metadata shared by the loaders: publication dates, outlets from URLs, stable ids."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path
from urllib.parse import urlparse

from claimcheck.models import Document

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE_FORMS = [
    re.compile(rf"^(?:[a-z]+,?\s+)?{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})$", re.I),
    re.compile(rf"^(?:[a-z]+,?\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})$", re.I),
    re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})$"),
]


def parse_publication_date(text: str) -> dt.date | None:
    """A whole-line publication date: `Oct 3 2023`, `October 3, 2023`, `3 October 2023`, `2023-10-03`."""
    candidate = text.strip()
    if len(candidate) > 40:
        return None
    for form in _DATE_FORMS:
        match = form.match(candidate)
        if not match:
            continue
        month = match["month"]
        month_number = int(month) if month.isdigit() else MONTHS[month.lower()[:3]]
        try:
            return dt.date(int(match["year"]), month_number, int(match["day"]))
        except ValueError:
            return None
    return None


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlparse(url).hostname or ""
    except ValueError:  # "http://[::1": a URL as written, which names no outlet
        return None
    host = re.sub(r"^(www|amp|m)\.", "", host)
    return host or None


def document_id(url: str | None, outlet: str | None, published: dt.date | None, title: str) -> str:
    """From the URL when there is one, else from outlet, date and title: never from order or path."""
    if url:
        key = "url:" + url.strip().rstrip("/").lower()
    else:
        key = f"meta:{(outlet or '').lower()}|{published}|{' '.join(title.lower().split())}"
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
    slug = re.sub(r"[^a-z0-9]+", "-", (outlet or "doc").lower()).strip("-")[:24] or "doc"
    return f"{slug}-{digest}"


def clean_field(text: str | None) -> str | None:
    """Metadata with white space folded (non-breaking spaces included); None when empty."""
    if text is None:
        return None
    folded = " ".join(str(text).split())
    return folded or None


# "\ud800" escapes (in JSON, or YAML double-quoted strings) decode to lone surrogates, which no UTF-8
# output can hold: each becomes U+FFFD, one character for one, so positions in the text do not move.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(text: str) -> str:
    return _LONE_SURROGATE.sub("\ufffd", text)


def build_document(
    *,
    title: str | None,
    outlet: str | None,
    published: dt.date | None,
    authors: list[str],
    url: str | None,
    path: Path,
    fmt: str,
    text: str,
    offset: int,
    line: int,
    exact: bool = True,
) -> Document:
    """A `Document` from metadata as found: white space folded, the outlet from the URL where missing, the id."""
    outlet = clean_field(outlet) or outlet_from_url(url)
    title = clean_field(title) or "(untitled)"
    return Document(
        id=document_id(url, outlet, published, title),
        title=title,
        outlet=outlet,
        published=published,
        authors=[a for a in (clean_field(x) for x in authors) if a],
        url=url,
        path=str(path),
        format=fmt,
        text=text,
        offset=offset,
        line=line,
        exact_positions=exact,
    )
