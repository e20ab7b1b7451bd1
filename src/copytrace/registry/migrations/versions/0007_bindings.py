"""Audit entries bound to the rows they write, the recorded head of the log, expiring API tokens.

Rows written before this revision get one ``row.bind`` entry each (actor ``migration``), carrying
the hash of their content as it stands now, so ``verify`` can check every row from here on.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from copytrace.registry import audit, bindings

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_BATCH = 1000
# The audited tables as they stood at this revision: tables bound by later revisions do not exist yet.
_TABLES = ("entities", "statements", "reviews", "documents", "rejections", "users", "api_tokens", "watch_sources",
           "alert_rules", "alerts", "ftm_imports", "translations")


def upgrade() -> None:
    op.add_column("audit", sa.Column("row_table", sa.String(40)))
    op.add_column("audit", sa.Column("row_key", sa.String(400)))
    op.add_column("audit", sa.Column("row_hash", sa.String(64)))
    op.create_index("ix_audit_row", "audit", ["row_table", "row_key", "seq"])
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.add_column("api_tokens", sa.Column("expires_at", sa.String(40)))
    _bind_existing_rows(op.get_bind())


def _bind_existing_rows(conn: sa.Connection) -> None:
    for name in _TABLES:
        bound = bindings.BOUND[name]
        last: Any = None
        while True:  # a page at a time, by key, so a large registry is never held in memory
            query = sa.select(bound.table).order_by(bound.key).limit(_BATCH)
            if last is not None:
                query = query.where(bound.key > last)
            rows = conn.execute(query).all()
            if not rows:
                break
            # The payload keeps the row as it stood (a document's text only by its hash), so a later
            # edit can be named down to the field.
            audit.append_many(conn, "migration", [
                ("row.bind", str(row._mapping[bound.key.name]), _snapshot(name, row._mapping),
                 bindings.of_values(name, row._mapping)) for row in rows])
            last = rows[-1]._mapping[bound.key.name]
    audit.save_head(conn)


def _snapshot(name: str, values: Any) -> dict[str, Any]:
    columns = [c for c in bindings.BOUND[name].columns if (name, c) != ("documents", "text")]
    kept = {column: values[column] for column in columns}
    return {"table": name, **kept}


def downgrade() -> None:
    op.drop_column("api_tokens", "expires_at")
    op.drop_table("audit_head")
    op.drop_index("ix_audit_row", table_name="audit")
    op.drop_column("audit", "row_hash")
    op.drop_column("audit", "row_key")
    op.drop_column("audit", "row_table")
