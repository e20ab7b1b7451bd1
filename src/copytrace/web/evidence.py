"""Evidence in its document: a quote with the text around it, and a document with its spans marked.

Text is returned as plain strings split at the span boundaries; the templates escape every piece,
so a document's own markup is shown, never run.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from copytrace.model.statement import Statement
from copytrace.registry import Registry

CONTEXT_CHARS = 300


def quote_context(registry: Registry, statement: Statement) -> dict[str, Any] | None:
    """The quote of an extracted statement with up to CONTEXT_CHARS of its document either side."""
    evidence = statement.evidence
    if evidence is None:
        return None
    record = registry.document(evidence.document_id)
    if record is None:
        return {"before": "", "quote": evidence.quote, "after": "", "document": None, "matches": False}
    text = record.text
    start, end = evidence.start, evidence.end
    return {
        "before": ("…" if start > CONTEXT_CHARS else "") + text[max(0, start - CONTEXT_CHARS): start],
        "quote": text[start:end],
        "after": text[end: end + CONTEXT_CHARS] + ("…" if end + CONTEXT_CHARS < len(text) else ""),
        "document": {"id": record.id, "title": record.title or record.source, "url": f"/document/{record.id}"},
        # A quote that no longer matches its span is a red flag a reviewer must see.
        "matches": text[start:end] == evidence.quote,
    }


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    statements: tuple[str, ...]  # ids of the statements whose span covers this piece

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "statements": list(self.statements)}


def segments(text: str, spans: list[tuple[str, int, int]]) -> list[Segment]:
    """``text`` cut at every span boundary; each piece lists the spans covering it (overlaps allowed)."""
    cuts = {0, len(text)}
    for _, start, end in spans:
        if 0 <= start < end <= len(text):
            cuts.update((start, end))
    points = sorted(cuts)
    pieces = []
    for a, b in pairwise(points):
        covering = tuple(sid for sid, start, end in spans if start <= a and b <= end)
        pieces.append(Segment(text[a:b], covering))
    return pieces
