"""Article metadata shared by the loaders: publication dates, outlets from URLs, stable ids."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlparse

from claimcheck.models import Document, TitleSpan

MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# A month's number by the first three letters of its name ("sept" too).
MONTHS = {name[:3]: number for number, name in enumerate(MONTH_NAMES, 1)} | {"sept": 9}
# A month name or abbreviation in lower case (no group, no trailing period).
MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH = rf"(?P<month>{MONTH_WORD})\.?"
_DATE_FORMS = [
    re.compile(rf"^(?:[a-z]+,?\s+)?{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})$", re.I),
    re.compile(rf"^(?:[a-z]+,?\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})$", re.I),
    re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})$"),
]


# A date with a time of day and, where given, a zone: ISO 8601 (`2023-10-03T14:05:00+02:00`, `...Z`) and the
# RFC 822 form of feeds and e-mail (`Tue, 03 Oct 2023 14:05:00 +0000`, `3 Oct 2023 14:05 GMT`).
_ISO_DATETIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$", re.I
)
_FEED_DATETIME = re.compile(
    rf"^(?:[a-z]{{3,9}},\s*)?\d{{1,2}}\s+{_MONTH}\s+\d{{2,4}}\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s+\S+)?$", re.I
)
LONGEST_DATE = 48


def parse_publication_date(text: str) -> dt.date | None:
    """A whole-line publication date: `Oct 3 2023`, `October 3, 2023`, `3 October 2023`, `2023-10-03`, or a
    date with a time and zone (`2023-10-03T14:05:00+02:00`, `Tue, 03 Oct 2023 14:05:00 +0000`). The date is
    the one written, in the zone written: an article of `Tue, 03 Oct 2023 23:30 -0400` is of October 3."""
    candidate = text.strip()
    if len(candidate) > LONGEST_DATE:
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
    return _datetime_date(candidate)


def _datetime_date(candidate: str) -> dt.date | None:
    try:
        if _ISO_DATETIME.match(candidate):
            return dt.datetime.fromisoformat(candidate.replace(",", ".").upper().replace(" ", "T", 1)).date()
        if _FEED_DATETIME.match(candidate):
            return parsedate_to_datetime(candidate).date()
    except (ValueError, TypeError, IndexError):
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


UNTITLED = "(untitled)"


def title_span(raw: str, title: str | None, line: int, column: int, offset: int) -> TitleSpan | None:
    """Where a title is written, from the text `raw` that holds it (a headline line, a YAML value): the title
    starts at `column` of `line`, `offset` characters from the body (both counted from the body)."""
    written = clean_field(title)
    if written is None:
        return None
    return TitleSpan(line=line, column=column, offset=offset, verbatim=raw.startswith(written))


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
    title_at: TitleSpan | None = None,
) -> Document:
    """A `Document` from metadata as found: white space folded, the outlet from the URL where missing, the id."""
    outlet = clean_field(outlet) or outlet_from_url(url)
    written = clean_field(title)
    title = written or UNTITLED
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
        title_at=title_at if written else None,
    )
