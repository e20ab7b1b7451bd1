"""Read-only summaries the pages need and the gateway has no call for: newest first, grouped, counted.

Plain SELECTs over the registry's tables (writes never happen here; they go through Registry).
Each returns statements or plain rows for ``present`` to label.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, desc, func, select

from copytrace.model.statement import Statement, Status
from copytrace.registry import Registry
from copytrace.registry.rows import row_statement
from copytrace.registry.tables import documents, statements

LIVE: tuple[Status, ...] = ("accepted", "candidate")


def newest_candidates(registry: Registry, limit: int = 10) -> list[Statement]:
    query = (select(statements).where(statements.c.status == "candidate")
             .order_by(desc(statements.c.recorded_at), statements.c.id).limit(limit))
    with registry.engine.connect() as conn:
        return [row_statement(r) for r in conn.execute(query)]


def candidate_queue(registry: Registry, skip: int = 0) -> tuple[Statement | None, int]:
    """The candidate to review next (oldest first, after skipping ``skip``) and how many wait."""
    where = statements.c.status == "candidate"
    with registry.engine.connect() as conn:
        waiting = conn.execute(select(func.count()).select_from(statements).where(where)).scalar_one()
        row = conn.execute(select(statements).where(where).order_by(statements.c.recorded_at, statements.c.id)
                           .offset(skip).limit(1)).first()
    return (row_statement(row) if row else None), waiting


def newest_documents(registry: Registry, limit: int = 10) -> list[dict[str, Any]]:
    c = documents.c
    query = (select(c.id, c.title, c.source, c.language, c.media_type, c.size, c.retrieved_at)
             .order_by(desc(c.retrieved_at)).limit(limit))
    with registry.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


@dataclass(frozen=True, slots=True)
class Claim:
    subject: str
    statements: int
    confidence: float


def unlicensed_claims(registry: Registry, limit: int = 10) -> list[Claim]:
    """Products with the most accepted 'unlicensed' statements (ties broken by confidence)."""
    c = statements.c
    n = func.count().label("n")
    best = func.max(c.confidence).label("best")
    query = (select(c.subject_id, n, best)
             .where(and_(c.predicate == "licence_status", c.value == "unlicensed", c.status == "accepted"))
             .group_by(c.subject_id).order_by(desc(n), desc(best), c.subject_id).limit(limit))
    with registry.engine.connect() as conn:
        return [Claim(r.subject_id, r.n, r.best) for r in conn.execute(query)]


def introductions(registry: Registry) -> dict[str, list[Statement]]:
    """Accepted introduced_year statements grouped by year, oldest year first."""
    by_year: dict[str, list[Statement]] = defaultdict(list)
    for s in registry.statements(predicate="introduced_year", status="accepted"):
        by_year[str(s.value)].append(s)
    return dict(sorted(by_year.items()))


# Predicates where two live statements with the same subject (and scope) but different objects disagree.
_SINGLE_VALUED = ("introduced_year", "licence_status")


def contradictions(registry: Registry) -> list[list[Statement]]:
    """Groups of live statements that cannot all be true.

    Same subject (and scope) with different values of a single-valued predicate, or a
    derived_from contradicted by a not_derived_from on the same pair.
    """
    groups: dict[tuple[str, ...], list[Statement]] = defaultdict(list)
    for s in registry.statements(predicate=_SINGLE_VALUED, status=LIVE):
        groups[(s.subject, s.predicate, s.scope or "")].append(s)
    found = [g for g in groups.values() if len({s.object_text for s in g}) > 1]
    pairs: dict[tuple[str, str], list[Statement]] = defaultdict(list)
    for s in registry.statements(predicate=("derived_from", "not_derived_from"), status=LIVE):
        pairs[(s.subject, s.object_text)].append(s)
    found += [g for g in pairs.values() if len({s.predicate for s in g}) > 1]
    return found
