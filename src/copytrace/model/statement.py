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
from copytrace.i18n import N_, Word, lazy_gettext
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
            raise InvalidStatement(lazy_gettext("%(predicate)s: give exactly one of an object entity or a value",
                                                predicate=self.predicate))
        if self.origin not in ORIGINS:
            raise InvalidStatement(lazy_gettext("unknown origin %(origin)r", origin=self.origin))
        if self.status not in STATUSES:
            raise InvalidStatement(lazy_gettext("unknown status %(status)r", status=self.status))
        if not 0.0 <= self.confidence <= 1.0:
            raise InvalidStatement(lazy_gettext("confidence must be within 0..1, got %(confidence)s",
                                                confidence=self.confidence))
        if self.evidence is not None and not 0 <= self.evidence.start <= self.evidence.end:
            raise InvalidStatement(lazy_gettext("bad evidence span %(start)s..%(end)s", start=self.evidence.start,
                                                end=self.evidence.end))
        object.__setattr__(self, "valid_from", normalize_partial(self.valid_from))
        object.__setattr__(self, "valid_to", normalize_partial(self.valid_to))
        object.__setattr__(self, "id", content_id(self))

    @classmethod
    def stored(cls, statement_id: str, **values: Any) -> Statement:
        """A statement as the registry stored it (every field given), under the id it was stored with.

        It was checked and its id computed from its content when it was written, and the row is
        bound to its audit entry (``verify`` names a row changed since), so a read takes it as it
        is: checking and hashing again each of the hundreds of statements a page reads was most of
        what reading them cost.
        """
        if values.keys() != _STORED_FIELDS:
            raise TypeError(f"Statement.stored takes every field but the id, got {sorted(values)}")
        statement = object.__new__(cls)
        for name, value in values.items():
            object.__setattr__(statement, name, value)
        object.__setattr__(statement, "id", statement_id)
        return statement

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
            raise InvalidStatement(lazy_gettext(
                "%(predicate)s: subject %(subject)r is a %(kind)s, but %(predicate)s takes %(kinds)s",
                predicate=self.predicate, subject=self.subject, kind=Word(subject_kind),
                kinds=", ".join(sorted(predicate.subject))))
        if predicate.takes_entity:
            if self.object_id is None:
                raise InvalidStatement(lazy_gettext("%(predicate)s: wants an entity as object, got value %(value)r",
                                                    predicate=self.predicate, value=self.value))
            object_kind = _kind(kind_of, self.object_id, "object")
            if object_kind not in predicate.object:
                raise InvalidStatement(lazy_gettext(
                    "%(predicate)s: object %(object)r is a %(kind)s, but %(predicate)s takes %(kinds)s",
                    predicate=self.predicate, object=self.object_id, kind=Word(object_kind),
                    kinds=", ".join(sorted(predicate.object))))
        else:
            if self.value is None:
                raise InvalidStatement(lazy_gettext("%(predicate)s: wants a value, got entity %(object)r",
                                                    predicate=self.predicate, object=self.object_id))
            schema.check_literal(predicate, self.value)
        if predicate.qualifiers:
            if self.qualifier is None and predicate.qualifier_required:
                raise InvalidStatement(lazy_gettext("%(predicate)s: needs a kind (%(kinds)s)", predicate=self.predicate,
                                                    kinds=", ".join(sorted(predicate.qualifiers))))
            if self.qualifier is not None and self.qualifier not in predicate.qualifiers:
                raise InvalidStatement(lazy_gettext("%(predicate)s: unknown kind %(kind)r (known: %(known)s)",
                                                    predicate=self.predicate, kind=self.qualifier,
                                                    known=", ".join(sorted(predicate.qualifiers))))
        elif self.qualifier is not None:
            raise InvalidStatement(lazy_gettext("%(predicate)s: takes no kind, got %(kind)r", predicate=self.predicate,
                                                kind=self.qualifier))
        if self.scope is not None:
            scope_kind = _kind(kind_of, self.scope, "scope")
            if scope_kind not in predicate.scope:
                raise InvalidStatement(lazy_gettext("%(predicate)s: scope %(scope)r is a %(kind)s, not allowed",
                                                    predicate=self.predicate, scope=self.scope, kind=Word(scope_kind)))
        elif predicate.scope_required:
            raise InvalidStatement(lazy_gettext("%(predicate)s: needs a scope (the licensee or producer it applies to)",
                                                predicate=self.predicate))
        if self.evidence is None and self.citation is None:
            raise InvalidStatement(lazy_gettext("%(predicate)s: needs evidence (a document span) or a citation",
                                                predicate=self.predicate))

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


_STORED_FIELDS = frozenset(f.name for f in fields(Statement)) - {"id"}


# One whole sentence for each role an entity plays in a statement, so that each language says it its way.
_NOT_KNOWN = {"subject": N_("subject %(id)r is not a known entity"),
              "object": N_("object %(id)r is not a known entity"),
              "scope": N_("scope %(id)r is not a known entity")}


def _kind(kind_of: dict[str, str], entity_id: str, role: str) -> str:
    try:
        return kind_of[entity_id]
    except KeyError:
        raise InvalidStatement(lazy_gettext(_NOT_KNOWN[role], id=entity_id)) from None


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
    digest = hashlib.sha256(_ENCODE(key).encode("utf-8")).hexdigest()
    return digest[:32]


# What ``json.dumps(key, ensure_ascii=False)`` does, without building an encoder for every
# statement read (a page reads dozens): same settings, so the same text and the same ids.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
