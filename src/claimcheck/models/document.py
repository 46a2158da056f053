"""The `Document` record: one article, with where its body sits in the source file."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from claimcheck.models.claim import DocRef


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
