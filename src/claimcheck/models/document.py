"""The `Document` record: one article, with where its body sits in the source file."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from claimcheck.models.claim import DocRef


class TitleSpan(BaseModel):
    """Where a document's title is written in its file, counted from the body, so that it moves with the
    body: `line` lines from the body's first line (negative: above it), at 1-based `column`, starting
    `offset` characters from the body's first character (negative: before it; for JSON Lines, whose
    positions count in the decoded text, the title counts as if written just before it). `verbatim`: the
    file holds the title exactly as `title` (no folded white space, no escapes), so each character of it
    has its own position; otherwise every position in the title is the title's start."""

    model_config = ConfigDict(frozen=True)

    line: int
    column: int = 1
    offset: int
    verbatim: bool = True


class Document(BaseModel):
    """One article. `text` is the body exactly as it stands in the file at `path`.

    `offset` is the character offset of the body in the file and `line` its 1-based line, so that a
    position `p` in `text` is character `offset + p` of the file. For JSON Lines, `line` is the record's
    line and positions refer to the decoded `text` field.
    """

    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    outlet: str | None = None
    published: dt.date | None = None
    authors: list[str] = Field(default_factory=list)
    url: str | None = None
    path: str
    format: str
    text: str
    offset: int = 0
    line: int = 1
    column: int = 1
    exact_positions: bool = True
    title_at: TitleSpan | None = Field(default=None, description="Where the title is written; None when it is not.")

    def ref(self) -> DocRef:
        """The document as a claim refers to it."""
        return DocRef(
            id=self.id, outlet=self.outlet, title=self.title, published=self.published, url=self.url, path=self.path
        )

    def position(self, index: int) -> tuple[int, int]:
        """The 1-based (line, column) in the source file of body character `index`."""
        if not self.exact_positions:
            return self.line, self.column
        before = self.text[:index]
        newlines = before.count("\n")
        if newlines == 0:
            return self.line, self.column + index
        return self.line + newlines, index - before.rfind("\n")
