"""Statements: the only way a fact enters the registry.

A statement is a small immutable value. Its id is a hash of its content (what is claimed, when
it holds, and the evidence for it), so the same fact from the same span or citation is stored
once however often it is loaded or extracted. Knowledge time, review state and confidence are
not part of the id: they describe what we did with the fact, not the fact.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from typing import Any, Literal, get_args

from copytrace.errors import InvalidStatement
from copytrace.model.dates import normalize_partial
from copytrace.model.schema import Schema

Origin = Literal["curated", "extracted", "inferred", "imported"]
Status = Literal["candidate", "accepted", "rejected", "superseded"]
ORIGINS: tuple[str, ...] = get_args(Origin)
STATUSES: tuple[str, ...] = get_args(Status)


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a curated fact comes from: a public source a reader can look up."""

    title: str
    publisher: str | None = None
    url: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """A verbatim span of a stored document's extracted text."""

    document_id: str
    start: int
    end: int
    quote: str
    page: int | None = None


@dataclass(frozen=True, slots=True)
class Statement:
    subject: str
    predicate: str
    object_id: str | None = None
    value: str | None = None
    qualifier: str | None = None
    scope: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    evidence: Evidence | None = None
    citation: Citation | None = None
    origin: Origin = "curated"
    confidence: float = 1.0
    note: str | None = None
    status: Status = "candidate"
    recorded_at: datetime | None = None
    recorded_by: str | None = None
    reviewed_by: str | None = None
    reviewed_at: datetime | None = None
    review_reason: str | None = None
    supersedes: str | None = None
    version: int = 0
    id: str = field(init=False, default="")

    def __post_init__(self) -> None:
        if (self.object_id is None) == (self.value is None):
            raise InvalidStatement(f"{self.predicate}: give exactly one of an object entity or a value")
        if self.origin not in ORIGINS:
            raise InvalidStatement(f"unknown origin {self.origin!r}")
        if self.status not in STATUSES:
            raise InvalidStatement(f"unknown status {self.status!r}")
        if not 0.0 <= self.confidence <= 1.0:
            raise InvalidStatement(f"confidence must be within 0..1, got {self.confidence}")
        if self.evidence is not None and not 0 <= self.evidence.start <= self.evidence.end:
            raise InvalidStatement(f"bad evidence span {self.evidence.start}..{self.evidence.end}")
        object.__setattr__(self, "valid_from", normalize_partial(self.valid_from))
        object.__setattr__(self, "valid_to", normalize_partial(self.valid_to))
        object.__setattr__(self, "id", content_id(self))

    @property
    def object_text(self) -> str:
        """The object as shown to people: the entity id or the literal value."""
        return self.object_id if self.object_id is not None else str(self.value)

    def with_changes(self, **changes: Any) -> Statement:
        """A copy with some fields changed; the id follows the content."""
        return replace(self, **changes)

    def check(self, schema: Schema, kind_of: dict[str, str]) -> None:
        """Check the statement against the schema, given the kinds of the entities it names."""
        predicate = schema.predicate(self.predicate)
        subject_kind = _kind(kind_of, self.subject, "subject")
        if subject_kind not in predicate.subject:
            raise InvalidStatement(
                f"{self.predicate}: subject {self.subject!r} is a {subject_kind}, "
                f"but {self.predicate} takes {', '.join(sorted(predicate.subject))}"
            )
        if predicate.takes_entity:
            if self.object_id is None:
                raise InvalidStatement(f"{self.predicate}: wants an entity as object, got value {self.value!r}")
            object_kind = _kind(kind_of, self.object_id, "object")
            if object_kind not in predicate.object:
                raise InvalidStatement(
                    f"{self.predicate}: object {self.object_id!r} is a {object_kind}, "
                    f"but {self.predicate} takes {', '.join(sorted(predicate.object))}"
                )
        else:
            if self.value is None:
                raise InvalidStatement(f"{self.predicate}: wants a value, got entity {self.object_id!r}")
            schema.check_literal(predicate, self.value)
        if predicate.qualifiers:
            if self.qualifier is None and predicate.qualifier_required:
                raise InvalidStatement(
                    f"{self.predicate}: needs a kind ({', '.join(sorted(predicate.qualifiers))})"
                )
            if self.qualifier is not None and self.qualifier not in predicate.qualifiers:
                raise InvalidStatement(
                    f"{self.predicate}: unknown kind {self.qualifier!r} "
                    f"(known: {', '.join(sorted(predicate.qualifiers))})"
                )
        elif self.qualifier is not None:
            raise InvalidStatement(f"{self.predicate}: takes no kind, got {self.qualifier!r}")
        if self.scope is not None:
            scope_kind = _kind(kind_of, self.scope, "scope")
            if scope_kind not in predicate.scope:
                raise InvalidStatement(f"{self.predicate}: scope {self.scope!r} is a {scope_kind}, not allowed")
        elif predicate.scope_required:
            raise InvalidStatement(f"{self.predicate}: needs a scope (the licensee or producer it applies to)")
        if self.evidence is None and self.citation is None:
            raise InvalidStatement(f"{self.predicate}: needs evidence (a document span) or a citation")

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, datetime):
                value = value.isoformat()
            elif isinstance(value, Evidence | Citation):
                value = {g.name: getattr(value, g.name) for g in fields(value)}
            data[f.name] = value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Statement:
        args = {k: v for k, v in data.items() if k != "id"}
        for key in ("recorded_at", "reviewed_at"):
            if isinstance(args.get(key), str):
                args[key] = datetime.fromisoformat(args[key])
        if isinstance(args.get("evidence"), dict):
            args["evidence"] = Evidence(**args["evidence"])
        if isinstance(args.get("citation"), dict):
            args["citation"] = Citation(**args["citation"])
        return cls(**args)


def _kind(kind_of: dict[str, str], entity_id: str, role: str) -> str:
    try:
        return kind_of[entity_id]
    except KeyError:
        raise InvalidStatement(f"{role} {entity_id!r} is not a known entity") from None


def content_id(statement: Statement) -> str:
    """A stable id from what the statement claims and the evidence it rests on."""
    evidence = statement.evidence
    citation = statement.citation
    key = [
        statement.subject, statement.predicate, statement.object_id, statement.value,
        statement.qualifier, statement.scope, statement.valid_from, statement.valid_to,
        statement.origin,
        [evidence.document_id, evidence.start, evidence.end, evidence.quote] if evidence else None,
        [citation.title, citation.publisher, citation.url, citation.date] if citation else None,
    ]
    digest = hashlib.sha256(json.dumps(key, ensure_ascii=False).encode("utf-8")).hexdigest()
    return digest[:32]
