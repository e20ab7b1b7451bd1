"""The extraction output contract (../shared/DESIGN.md): one grounded fact per object."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

RELATIONS: tuple[str, ...] = (
    "manufactured_by",
    "made_in_country",
    "derived_from",
    "licensed_by",
    "licence_status",
    "introduced_year",
    "exported_to",
    "alias_of",
)
STATUSES: tuple[str, ...] = ("licensed", "unlicensed", "expired", "disputed")


@dataclass(frozen=True, slots=True)
class Fact:
    """A candidate fact read from a document, with the verbatim words that state it.

    ``start``/``end`` index the document's extracted text, so ``text[start:end] == quote``.
    """

    doc: str
    subject: str
    subject_text: str
    relation: str
    object: str
    scope: str | None
    quote: str
    start: int
    end: int
    language: str
    confidence: float
    qualifier: str | None = None   # derived_from: copy | licensed copy | variant | successor

    def key(self) -> tuple[str, str, str, str, str | None]:
        """Facts that say the same thing about the same pair; the first quote found is kept."""
        return (self.doc, self.subject, self.relation, self.object, self.scope)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)
