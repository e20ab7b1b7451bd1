"""A candidate fact: what an extractor read in a document, before anyone reviewed it.

One type for every engine and every consumer: ``copytrace extract`` prints it (the contract in
DESIGN.md), ingest turns it into candidate statements, and an extractor plugged in by name
(``IngestConfig.extractor``) may yield it or a mapping with the same fields.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
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


# what ``CandidateFact.key`` returns: facts equal under it say the same thing about the same pair
FactKey = tuple[str, str, str, str, str | None]


@dataclass(frozen=True, slots=True)
class CandidateFact:
    """A fact read from a document, with the verbatim words that state it.

    ``start``/``end`` index the document's text, so ``text[start:end] == quote``. ``qualifier``
    is the kind of a derivation (copy, licensed copy, variant, successor). ``method`` says how the
    fact was found: "rules", "llm:<model>:<prompt version>", or "rules+llm:..." when both engines read it;
    None where the extractor does not say.
    """

    doc: str
    subject: str
    relation: str
    object: str
    quote: str
    start: int
    end: int
    confidence: float
    subject_text: str | None = None
    scope: str | None = None
    language: str | None = None
    qualifier: str | None = None
    method: str | None = None

    def key(self) -> FactKey:
        """Facts that say the same thing about the same pair; the first quote found is kept."""
        return (self.doc, self.subject, self.relation, self.object, self.scope)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if data["method"] is None:
            del data["method"]   # an extractor that does not say how: the contract's fields alone
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_any(cls, raw: Any, doc: str = "-") -> CandidateFact | None:
        """A fact from a mapping or an object with the same fields; None when a required field is missing."""
        def get(name: str) -> Any:
            return raw.get(name) if isinstance(raw, Mapping) else getattr(raw, name, None)

        try:
            values = {f.name: get(f.name) for f in fields(cls)}
            values["doc"] = str(values["doc"] or doc)
            for name in ("subject", "relation", "object", "quote"):
                if values[name] is None:
                    return None
                values[name] = str(values[name])
            values["start"], values["end"] = int(values["start"]), int(values["end"])
            values["confidence"] = float(values["confidence"] or 0.0)
            values["method"] = str(values["method"]) if values["method"] else None
            return cls(**values)
        except (TypeError, ValueError):
            return None
