"""Offset-preserving text normalisation.

Extraction reads a normalised copy of the text (straight quotes, plain spaces and hyphens, no soft
hyphens, a quote mark written as two apostrophes read as one double mark), and every position it finds is mapped back to the original through `NormalizedText.origin`,
so that no position shown to a user drifts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# One character in, one (or none) out.
_REPLACE: dict[str, str] = {
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u3000": " ",
    "\t": " ",
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u00b4": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2033": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u2026": ".",
}
_DROP = {"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f"}


@dataclass(frozen=True)
class NormalizedText:
    """`text` is the normalised string; `origin[i]` is the original index of `text[i]`."""

    text: str
    origin: tuple[int, ...] | None  # None: the identity (nothing was dropped)
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) of normalised [start, end)."""
        if start >= len(self.text):
            return self.original_length, self.original_length
        if self.origin is None:
            return start, end
        o_start = self.origin[start]
        o_end = self.origin[end - 1] + 1 if end > start else o_start
        return o_start, o_end


_TRANSLATE = str.maketrans(_REPLACE)
_DROP_PATTERN = re.compile("[" + "".join(sorted(_DROP)) + "]")
_APOSTROPHES = "'\u2018\u2019\u201b\u2032\u00b4`"
# Two apostrophes in a row as a quote mark (''Like this,'' he said): the pair reads as one double mark, the
# second apostrophe dropped. Between two letters they are no mark (a typo inside a word).
_DOUBLED = re.compile(f"(?<![\\w])[{_APOSTROPHES}]{{2}}(?=\\w)|(?<=[\\w.,!?;:)])[{_APOSTROPHES}]{{2}}(?![\\w])")


# A dash written closed up between two words ("the vessel—along with its crew—vanished") sets a phrase apart as
# commas do; read as a hyphen it would join the words ("vessel-along"). Between figures it stays a dash ("10—15").
_CLOSED_DASH = re.compile(r"(?<=[^\W\d_])[\u2014\u2015](?=[^\W\d_])")


def normalize(text: str) -> NormalizedText:
    text = _CLOSED_DASH.sub(",", text) if "\u2014" in text or "\u2015" in text else text
    # the apostrophe of the pair that stands for the mark: the first of an opening pair, the second of a closing
    # one, so that a span from mark to mark covers both pairs whole
    marks, dropped = set(), set()
    for match in _DOUBLED.finditer(text):
        opening = match.end() < len(text) and (text[match.end()].isalnum() or text[match.end()] == "_")
        marks.add(match.start() if opening else match.start() + 1)
        dropped.add(match.start() + 1 if opening else match.start())
    if not marks and not _DROP_PATTERN.search(text):  # the common case: one character for one
        return NormalizedText(text.translate(_TRANSLATE), None, len(text))
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char in _DROP or index in dropped:
            continue
        chars.append('"' if index in marks else _REPLACE.get(char, char))
        origin.append(index)
    return NormalizedText("".join(chars), tuple(origin), len(text))
