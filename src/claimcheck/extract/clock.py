"""Times of day ("4:30 p.m.", "7pm", "0830 GMT", "16:45 local time", "16.30 AEST", "12 noon") as minutes after
midnight, converted to UTC where the text names the time zone, so that times given in different zones can be
compared.

Their digits are never counts, and neither are those of an hour without a.m. or p.m. ("11 o'clock", no
minute of the day the wording supports) or of a score or ratio written with a colon ("a 3:2 win", "outnumber
men 3:1"): `blocked_spans` gives those. A time taken written as a clock reading with its seconds ("ran
2:00:35", "3:29.41") is a duration, in seconds (`find_elapsed`), as a duration in words ("4 hours 30 minutes") is."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.extract.token_pattern import DECIMAL_COMMA_END

# Offsets in minutes east of UTC.
ZONES = {
    "gmt": 0,
    "utc": 0,
    "z": 0,
    "bst": 60,
    "cet": 60,
    "cest": 120,
    "eet": 120,
    "eest": 180,
    "msk": 180,
    "ist": 330,
    "pkt": 300,
    "cst": -360,
    "cdt": -300,
    "est": -300,
    "edt": -240,
    "mst": -420,
    "mdt": -360,
    "pst": -480,
    "pdt": -420,
    "jst": 540,
    "aest": 600,
}
# Zones named without saying whether summer time applies ("3:10 p.m. ET", "9am PT"): a time in one of them is in
# another zone than the page's own (one figure with the local time it restates), with no fixed offset from UTC.
SEASONAL_ZONES = frozenset({"et", "pt"})
_SEASONAL = "|".join(rf"(?-i:{zone.upper()})" for zone in sorted(SEASONAL_ZONES))  # in capitals only: not "et"
_ZONE = (
    r"(?:\s*(?P<zone>"
    + "|".join([*sorted(ZONES, key=len, reverse=True), _SEASONAL])
    + r")\b|\s+(?P<local>local time))?"
)
_DIGIT = re.compile(r"\d")
# Each pattern after a cue that every match of it holds, so that a sentence without the cue is not scanned.
_PATTERNS = [
    (
        re.compile(r"\d\s*[ap]\.?m", re.I),
        re.compile(
            r"(?<!\d[.,])\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d|0))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)" + _ZONE,
            re.I,
        ),
    ),
    (
        re.compile(":"),
        re.compile(
            r"(?<![\d:])\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:]|\.\d|,\d\d?" + DECIMAL_COMMA_END + ")" + _ZONE,
            re.I,
        ),
    ),
    # a 24-hour time written with a dot, only with its zone ("at 16.30 AEST", "09.15 GMT"): "16.30" alone is a figure
    (
        re.compile(r"\d\.\d\d\s*[a-z]", re.I),
        re.compile(r"(?<![\d.,])\b(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)" + _ZONE.replace(")?", ")", 1), re.I),
    ),
    (re.compile("noon|midnight", re.I), re.compile(r"\b(?P<noon>12\s*noon|12\s*midnight)\b", re.I)),
    (
        re.compile(r"\d{4}"),
        re.compile(
            r"\b(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)\s*(?:hrs\b|hours\b)?"
            + _ZONE.replace(")?", ")", 1).replace(r"|\s+(?P<local>local time))", r")"),
            re.I,
        ),
    ),
]


@dataclass(frozen=True)
class TimeMention:
    start: int
    end: int
    minutes: int  # after midnight, as written
    zone: str | None
    utc_minutes: int | None


def _minutes(match: re.Match[str]) -> int:
    groups = match.groupdict()
    if groups.get("noon"):
        return 720 if "noon" in groups["noon"].lower() else 0
    if groups.get("hhmm"):
        return int(groups["hhmm"][:2]) * 60 + int(groups["hhmm"][2:])
    hour, minute = int(groups["h"]), int(groups.get("m") or 0)
    ampm = (groups.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour != 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    return hour * 60 + minute


def find_times(text: str, offset: int = 0) -> list[TimeMention]:
    found: list[TimeMention] = []
    if not _DIGIT.search(text):  # every time of day has a digit
        return found
    for cue, pattern in _PATTERNS:
        if not cue.search(text):
            continue
        for match in pattern.finditer(text):
            start, end = match.start() + offset, match.end() + offset
            if any(t.start < end and start < t.end for t in found):
                continue
            zone = (match.groupdict().get("zone") or "").lower() or None
            minutes = _minutes(match)
            utc = (minutes - ZONES[zone]) % 1440 if zone in ZONES else None
            found.append(TimeMention(start, end, minutes, zone, utc))
    return sorted(found, key=lambda t: t.start)


# An hour without a.m. or p.m. ("11 o'clock") or a score or ratio ("3:2", "3:1", "10:1"): no quantity, and
# none of their digits a count.
_BLOCKED = re.compile(
    r"\b(?:1[0-2]|0?[1-9])\s*o['’]clock\b|(?<![\d:.])\b\d{1,3}:\d{1,3}\b(?![:.]?\d)",
    re.I,
)
# A time taken written as hours, minutes and seconds ("2:05:30", "1:59:40.2"), or as minutes and seconds with
# their fraction ("3:29.41", or "1:06,20" with a decimal comma); "10:30" alone is a time of day.
_ELAPSED = re.compile(
    r"(?<![\d:.])\b(?:(?P<h>\d{1,2}):(?=[0-5]\d:))?(?P<m>\d{1,2}):(?P<s>[0-5]\d)(?P<f>\.\d+|,\d{1,2}"
    + DECIMAL_COMMA_END
    + r")?(?![:.]?\d)"
)


@dataclass(frozen=True)
class Elapsed:
    start: int
    end: int
    seconds: float
    unit: str = "seconds"  # the unit it is told in: "6:04 hours" is 6 hours 4 minutes, told in hours


def find_elapsed(text: str, offset: int = 0) -> list[Elapsed]:
    """The times taken written as a clock reading with seconds ("a 2:00:35 finish", "3:29.41"), in seconds."""
    if ":" not in text:
        return []
    return [
        Elapsed(
            m.start() + offset,
            m.end() + offset,
            round(int(m["h"] or 0) * 3600 + int(m["m"]) * 60 + float(m["s"] + (m["f"] or "").replace(",", ".")), 6),
        )
        for m in _ELAPSED.finditer(text)
        if m["h"] or m["f"]
    ]


def blocked_spans(text: str, times: list[TimeMention], offset: int = 0) -> list[tuple[int, int]]:
    """The (start, end) of every hour without a.m. or p.m. or colon score in `text` that none of `times`
    overlaps, counted from `offset`."""
    if ":" not in text and "clock" not in text:
        return []
    found = [(m.start() + offset, m.end() + offset) for m in _BLOCKED.finditer(text)]
    return [(start, end) for start, end in found if not any(t.start < end and start < t.end for t in times)]
