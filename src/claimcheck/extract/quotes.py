"""Attributed speech: direct quotes with their speaker, and reported speech ("X said that ...")."""

from __future__ import annotations

import re
from bisect import bisect_left

from claimcheck.extract.context import DocumentContext
from claimcheck.extract.names import SPEECH, PersonMention, fold, split_title
from claimcheck.extract.phrases import CALENDAR
from claimcheck.models import QuoteClaim

_QUOTE = re.compile(r'"(?P<q>[^"]{2,1500}?)"')
_WHO = r"(?P<who>[A-Z][\w'.-]*(?:\s+(?:de\s+|von\s+|van\s+)?[A-Z][\w'.-]*){0,4}|he|she|they|[Tt]he\s+[\w-]+(?:\s+[\w-]+){0,3}?)"
_AFTER_NAME_APPOSITION_VERB = re.compile(
    rf"^\s*,?\s*(?:[\w-]+\s+){{0,3}}?(?P<who>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){{1,3}})\s*,[^,\"]{{3,90}},\s*"
    rf"(?P<verb>{SPEECH})\b"
)
_AFTER_ROLE_NAME_VERB = re.compile(
    rf"^\s*,?\s*(?:[\w-]+\s+){{1,3}}?(?P<who>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){{1,3}})\s+(?:has\s+|had\s+)?"
    rf"(?P<verb>{SPEECH})\b"
)
_AFTER_NAME_VERB = re.compile(
    rf"^\s*,?\s*(?:[a-z][\w-]*\s+){{0,2}}?{_WHO}\s*,?\s+(?:has\s+|had\s+)?(?P<verb>{SPEECH})\b"
)
_ROLE_WORDS = r"(?:(?!(?:in|on|at|to|that|with|for|from|by|after|before|during|as)\b)[a-z][\w-]*\s+){0,4}?"
_AFTER_VERB_NAME = re.compile(rf"^\s*,?\s*(?P<verb>{SPEECH})\s+{_ROLE_WORDS}{_WHO}")
_BEFORE = re.compile(rf"{_WHO}\s+(?:has\s+|had\s+|also\s+)?(?P<verb>{SPEECH}|telling|saying|adding)\b[^\"]{{0,80}}$")
_REPORTED = re.compile(
    r"(?P<who>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})\s+(?:has\s+|had\s+)?(?P<verb>said|says|"
    r"told [\w' ]{1,30}?|insisted|warned|announced|added|claimed|denied)\s+(?:that\s+)?"
    r"(?P<q>[a-z][^\"\n]{15,300}?)[.]",
    re.M,
)
_SUBJECT_BEFORE = re.compile(rf"^\s*{_WHO}\b[^\"]{{0,80}}?\b(?P<verb>{SPEECH}|telling|saying)\b[^\n]{{0,120}}$")
_PRONOUNS = {"he", "she", "they"}
_NOT_WHO = {
    "when",
    "after",
    "as",
    "if",
    "asked",
    "it",
    "this",
    "that",
    "what",
    "while",
    "but",
    "and",
    "so",
    "today",
    "yesterday",
} | CALENDAR


class SpeakerResolver:
    """Resolves 'he', 'Michel' or 'the WHO official' to the fullest name the article gives. The names are
    indexed once (by whole name, by each ending of words, by each word), so that resolving is not a scan of
    every person the article names: a long article stays linear."""

    def __init__(self, people: list[PersonMention]) -> None:
        self.people = sorted(people, key=lambda p: p.start)
        self.names: set[str] = set()
        self.by_ending: dict[str, tuple[int, int, str]] = {}  # folded name or words ending it -> the longest
        self.by_word: dict[str, tuple[int, int, str]] = {}
        for order, person in enumerate(self.people):
            folded = fold(person.name)
            self.names.add(folded)
            best = (-len(person.name), order, person.name)
            endings = [folded] + [folded[k + 1 :] for k, char in enumerate(folded) if char == " "]
            for index, keys in ((self.by_ending, endings), (self.by_word, folded.split())):
                for key in keys:
                    index[key] = min(index.get(key, best), best)
        self.speaking = [p for p in self.people if p.role == "speaker"]
        self.speaking_starts = [p.start for p in self.speaking]
        self.starts = [p.start for p in self.people]

    def full_name(self, name: str) -> str:
        words = [w.rstrip(".") for w in split_title(name)[1].split() if w[0].isupper()]
        key = fold(" ".join(words))
        found = [self.by_ending.get(key)] + ([self.by_word.get(key)] if len(words) == 1 else [])
        best = min((item for item in found if item is not None), default=None)
        return best[2] if best else " ".join(words) or name

    def is_person(self, name: str) -> bool:
        """Whether `name` is the full name of a person the article names."""
        return fold(name) in self.names

    def latest_before(self, position: int, speakers: list[tuple[str, int]]) -> str | None:
        """The last person quoted before `position` (`speakers`, in the order quoted), else the last named."""
        quoted = speakers[-1] if speakers else None
        k = bisect_left(self.speaking_starts, position)
        named = self.speaking[k - 1] if k else None
        if named is not None and (quoted is None or named.start > quoted[1]):
            return self.full_name(named.name)
        if quoted is not None:
            return quoted[0]
        k = bisect_left(self.starts, position)
        return self.full_name(self.people[k - 1].name) if k else None

    def resolve(self, who: str, position: int, speakers: list[tuple[str, int]]) -> str | None:
        lowered = who.lower()
        if lowered.split()[0] in _NOT_WHO:
            return None
        if lowered in _PRONOUNS or lowered.startswith("the "):
            capital = [w for w in who.split()[1:] if w[0].isupper() and not w.isupper()]
            return self.full_name(capital[-1]) if capital else self.latest_before(position, speakers)
        return self.full_name(who)


def _line_start(text: str, position: int, reach: int = 400) -> int:
    """Where the line holding `position` starts, looking back `reach` characters at most."""
    found = text.rfind("\n", max(0, position - reach), position)
    return found + 1 if found >= 0 else max(0, position - reach)


def _attribution(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """(who, verb) around the quote text[start:end]."""
    after = text[end : end + 120].split("\n")[0]
    for pattern in (_AFTER_VERB_NAME, _AFTER_NAME_VERB, _AFTER_ROLE_NAME_VERB, _AFTER_NAME_APPOSITION_VERB):
        match = pattern.match(after)
        if match and match.group("who").lower() not in ("it", "this"):
            return match.group("who"), match.group("verb")
    line_start = _line_start(text, start)
    before = text[max(line_start, start - 160) : start]
    match = _BEFORE.search(before)
    if match:
        return match.group("who"), match.group("verb")
    sentence_start = max(before.rfind(". "), before.rfind('" ')) + 2 if ". " in before else 0
    match = _SUBJECT_BEFORE.match(before[sentence_start:])
    if match:
        return match.group("who"), match.group("verb")
    return None, None


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation, quote marks included, paragraph by paragraph. A paragraph that opens
    a quotation and does not close it continues it into the next one, as news style does: its quotation
    runs to the paragraph's end."""
    spans: list[tuple[int, int]] = []
    position = 0
    for paragraph in text.split("\n"):
        marks = [position + i for i, char in enumerate(paragraph) if char == '"']
        if len(marks) % 2 and paragraph.lstrip().startswith('"'):
            spans.append((marks[0], position + len(paragraph.rstrip())))
            marks = marks[1:]
        spans += [(marks[i], marks[i + 1] + 1) for i in range(0, len(marks) - 1, 2)]
        position += len(paragraph) + 1
    return spans


def quotes_in(ctx: DocumentContext, people: list[PersonMention]) -> list[QuoteClaim]:
    text = ctx.text
    resolver = SpeakerResolver(people)
    claims: list[QuoteClaim] = []
    speakers: list[tuple[str, int]] = []
    for start, end in quoted_spans(text):
        inner_start = start + 1
        inner = text[inner_start : end - 1 if text[end - 1] == '"' else end].strip().rstrip(",")
        words = inner.split()
        if len(words) < 2 or all(w[0].isupper() for w in words if w[0].isalpha()):
            continue  # titles of works are not speech
        who, verb = _attribution(text, start, end)
        speaker = resolver.resolve(who, start, speakers) if who else None
        if len(words) < 3 and not (speaker and resolver.is_person(speaker)):
            continue  # a short quoted phrase is speech only when a named person is said to have said it
        previous_speaker = speakers[-1] if speakers else None
        confidence = 0.9 if speaker else 0.5
        if (
            speaker is None
            and previous_speaker
            and start == _line_start(text, start)
            and start - previous_speaker[1] < 600
        ):
            speaker, confidence = previous_speaker[0], 0.6
        if speaker:
            speakers.append((speaker, end))
        claims.append(_claim(ctx, inner_start, inner_start + len(inner), inner, speaker, verb, True, confidence))
    claims += _reported(ctx, resolver)
    return claims


def _reported(ctx: DocumentContext, resolver: SpeakerResolver) -> list[QuoteClaim]:
    known = {fold(p.name.split()[-1]) for p in resolver.people}
    claims = []
    for match in _REPORTED.finditer(ctx.text):
        who = match.group("who")
        if fold(who.split()[-1]) not in known:
            continue
        speaker = resolver.full_name(who)
        claims.append(
            _claim(
                ctx,
                match.start("q"),
                match.end("q"),
                match.group("q"),
                speaker,
                match.group("verb").split()[0],
                False,
                0.6,
            )
        )
    return claims


def _claim(
    ctx: DocumentContext,
    start: int,
    end: int,
    inner: str,
    speaker: str | None,
    verb: str | None,
    direct: bool,
    confidence: float,
) -> QuoteClaim:
    view = ctx.sentence_at(start) or ctx.sentences[0]
    base = ctx.base_fields("quote", start, end, view.sentence, confidence)
    return QuoteClaim(**base, quote=base["text"], speaker=speaker, verb=verb, direct=direct)
