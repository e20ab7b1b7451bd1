"""Read-only summaries the pages need and the gateway has no call for: newest first, grouped, counted.

Plain SELECTs over the registry's tables (writes never happen here; they go through Registry).
Each returns statements or plain rows for ``present`` to label.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import desc, func, select

from copytrace.model.statement import Statement
from copytrace.registry import Registry
from copytrace.registry.rows import row_statement
from copytrace.registry.tables import documents, statements


def newest_candidates(registry: Registry, limit: int = 10) -> list[Statement]:
    query = (select(statements).where(statements.c.status == "candidate")
             .order_by(desc(statements.c.recorded_at), statements.c.id).limit(limit))
    with registry.reading() as conn:
        return [row_statement(r) for r in conn.execute(query)]


def candidate_queue(registry: Registry, skip: int = 0) -> tuple[Statement | None, int]:
    """The candidate to review next (oldest first, after skipping ``skip``) and how many wait."""
    where = statements.c.status == "candidate"
    with registry.reading() as conn:
        waiting = conn.execute(select(func.count()).select_from(statements).where(where)).scalar_one()
        row = conn.execute(select(statements).where(where).order_by(statements.c.recorded_at, statements.c.id)
                           .offset(skip).limit(1)).first()
    return (row_statement(row) if row else None), waiting


def newest_documents(registry: Registry, limit: int = 10) -> list[dict[str, Any]]:
    c = documents.c
    query = (select(c.id, c.title, c.source, c.language, c.media_type, c.size, c.retrieved_at)
             .order_by(desc(c.retrieved_at)).limit(limit))
    with registry.reading() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def introductions(registry: Registry) -> dict[str, list[Statement]]:
    """Accepted introduced_year statements grouped by year, oldest year first."""
    by_year: dict[str, list[Statement]] = defaultdict(list)
    for s in registry.statements(predicate="introduced_year", status="accepted"):
        by_year[str(s.value)].append(s)
    return dict(sorted(by_year.items()))
