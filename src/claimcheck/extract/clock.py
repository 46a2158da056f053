"""Times of day ("4:30 p.m.", "7pm", "0830 GMT", "16:45 local time") as minutes after midnight, converted
to UTC where the text names the time zone, so that times given in different zones can be compared."""

from __future__ import annotations

import re
from dataclasses import dataclass

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
_ZONE = r"(?:\s*(?P<zone>" + "|".join(sorted(ZONES, key=len, reverse=True)) + r")\b|\s+(?P<local>local time))?"
_DIGIT = re.compile(r"\d")
_PATTERNS = [
    re.compile(r"\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)" + _ZONE, re.I),
    re.compile(r"\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?!\d)" + _ZONE, re.I),
    re.compile(
        r"\b(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)\s*(?:hrs\b|hours\b)?"
        + _ZONE.replace(")?", ")", 1).replace(r"|\s+(?P<local>local time))", r")"),
        re.I,
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
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.start() + offset, match.end() + offset
            if any(t.start < end and start < t.end for t in found):
                continue
            zone = (match.groupdict().get("zone") or "").lower() or None
            minutes = _minutes(match)
            utc = (minutes - ZONES[zone]) % 1440 if zone else None
            found.append(TimeMention(start, end, minutes, zone, utc))
    return sorted(found, key=lambda t: t.start)
