"""The review queue: candidate statements waiting for a reviewer, oldest first."""

from __future__ import annotations

from sqlalchemy import func, select

from copytrace.model.statement import Statement
from copytrace.registry.registry import Registry
from copytrace.registry.rows import row_statement
from copytrace.registry.tables import statements


def queue_page(registry: Registry, status: str, limit: int, skip: int = 0) -> tuple[int, list[Statement]]:
    """How many statements have ``status``, and ``limit`` of them after ``skip``, oldest first (the order
    the web's review queue takes them in)."""
    where = statements.c.status == status
    with registry.reading() as conn:
        waiting = conn.execute(select(func.count()).select_from(statements).where(where)).scalar_one()
        rows = conn.execute(select(statements).where(where).order_by(statements.c.recorded_at, statements.c.id)
                            .offset(skip).limit(limit)).all()
    return int(waiting), [row_statement(r) for r in rows]
