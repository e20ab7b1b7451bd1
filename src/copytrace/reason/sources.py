"""Where a statement comes from, as a reader (or a court) needs it: the quote and its document.

A statement rests on a span of a stored document (quote, document title, publisher, date, SHA-256,
page) or on a citation of a public source. Both become one :class:`Source` so explanations,
strength and dossiers treat them alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any
from urllib.parse import urlparse

from copytrace.model.statement import Statement
from copytrace.registry import Registry, queries


@dataclass(frozen=True, slots=True)
class Source:
    statement_id: str
    kind: str  # "document" or "citation"
    quote: str | None
    language: str | None
    title: str | None
    publisher: str | None
    date: str | None
    location: str | None  # URL or path
    sha256: str | None
    page: int | None
    start: int | None
    end: int | None
    origin: str
    confidence: float
    status: str
    recorded_at: str | None

    @property
    def independence_key(self) -> str:
        """Sources with the same key are not independent: one publisher, or one wire story reprinted."""
        if self.publisher:
            return "publisher:" + _norm(self.publisher)
        if self.location:
            host = urlparse(self.location).netloc
            if host:
                return "host:" + host.removeprefix("www.")
        return "title:" + _norm(self.title or self.statement_id)

    @property
    def story_key(self) -> str | None:
        """The normalised quote: the same words from two publishers are one story (a wire copy)."""
        return _norm(self.quote) if self.quote and len(self.quote) >= 40 else None

    def to_dict(self) -> dict[str, Any]:
        # zip over the fields and a tuple of the values: a page converts each source once per step it backs
        return dict(zip(_SOURCE_FIELDS, _source_values(self), strict=True))


_SOURCE_FIELDS = tuple(f.name for f in fields(Source))
_source_values = attrgetter(*_SOURCE_FIELDS)
_NON_WORD = re.compile(r"\W+")


def _norm(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


def sources_for(registry: Registry, found: Iterable[Statement]) -> dict[str, Source]:
    """The source of each statement, with its document's metadata where it has one."""
    found = list(found)
    docs = queries.document_meta(registry, (s.evidence.document_id for s in found if s.evidence))
    out: dict[str, Source] = {}
    for s in found:
        recorded = s.recorded_at.isoformat() if s.recorded_at else None
        if s.evidence is not None:
            ev = s.evidence
            doc = docs.get(ev.document_id)
            out[s.id] = Source(s.id, "document", ev.quote, doc.language if doc else None,
                               doc.title if doc else None, doc.publisher if doc else None,
                               doc.published if doc else None, doc.source if doc else None, ev.document_id,
                               ev.page, ev.start, ev.end, s.origin, s.confidence, s.status, recorded)
        elif s.citation is not None:
            c = s.citation
            out[s.id] = Source(s.id, "citation", s.note, None, c.title, c.publisher, c.date, c.url, None, None,
                               None, None, s.origin, s.confidence, s.status, recorded)
    return out
