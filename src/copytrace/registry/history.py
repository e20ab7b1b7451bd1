"""Reads over knowledge time: what the registry learned after a point (for alert rules and "what changed").

Two clocks serve here. The audit log's sequence number is exact: appends are serialised until
commit (SQLite's write lock, PostgreSQL's advisory lock), so "every write after entry N" misses
nothing that committed late. The recorded times of statements, entities and reviews answer
"between two days" questions a person asks.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, select

from copytrace.model.statement import Statement
from copytrace.registry.documents import DocumentRecord
from copytrace.registry.documents import get as get_document
from copytrace.registry.registry import Entity, Registry
from copytrace.registry.rows import row_statement
from copytrace.registry.tables import audit, entities, reviews, statements


@dataclass(frozen=True, slots=True)
class Written:
    """One audited write: its place in the log, when, what kind and the id it wrote."""

    seq: int
    at: str
    action: str
    target: str


@dataclass(frozen=True, slots=True)
class ReviewChange:
    statement_id: str
    old_status: str
    new_status: str
    reviewer: str
    reviewed_at: str
    reason: str


def last_seq(registry: Registry) -> int:
    with registry.reading() as conn:
        found = conn.execute(select(audit.c.seq).order_by(audit.c.seq.desc()).limit(1)).scalar_one_or_none()
    return int(found or 0)


def writes_after(registry: Registry, seq: int, actions: tuple[str, ...]) -> list[Written]:
    """Audited writes of these kinds after entry ``seq``, in order."""
    query = (select(audit.c.seq, audit.c.at, audit.c.action, audit.c.target)
             .where(and_(audit.c.seq > seq, audit.c.action.in_(list(actions)))).order_by(audit.c.seq))
    with registry.reading() as conn:
        return [Written(r.seq, r.at, r.action, r.target) for r in conn.execute(query)]


def documents(registry: Registry, ids: list[str]) -> list[DocumentRecord]:
    with registry.reading() as conn:
        found = [get_document(conn, i) for i in ids]
    return [d for d in found if d is not None]


def statements_recorded(registry: Registry, after: str, until: str) -> list[Statement]:
    """Statements recorded in (after, until], in order of recording."""
    c = statements.c
    query = select(statements).where(and_(c.recorded_at > after, c.recorded_at <= until)).order_by(c.recorded_at, c.id)
    with registry.reading() as conn:
        return [row_statement(r) for r in conn.execute(query)]


def entities_created(registry: Registry, after: str, until: str) -> list[tuple[Entity, str]]:
    """Entities first recorded in (after, until], with that time."""
    c = entities.c
    query = select(entities).where(and_(c.created_at > after, c.created_at <= until)).order_by(c.created_at, c.id)
    with registry.reading() as conn:
        return [(Entity(r.id, r.kind, r.name), r.created_at) for r in conn.execute(query)]


def reviews_between(registry: Registry, after: str, until: str) -> list[ReviewChange]:
    """Review decisions made in (after, until], oldest first."""
    c = reviews.c
    query = select(reviews).where(and_(c.reviewed_at > after, c.reviewed_at <= until)).order_by(c.id)
    with registry.reading() as conn:
        return [ReviewChange(r.statement_id, r.old_status, r.new_status, r.reviewer, r.reviewed_at, r.reason)
                for r in conn.execute(query)]
