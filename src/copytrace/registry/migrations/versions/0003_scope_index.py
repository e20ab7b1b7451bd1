"""Index statements by scope, so pages and queries about a producer or country need no full scan.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_statements_scope", "statements", ["scope_id"])


def downgrade() -> None:
    op.drop_index("ix_statements_scope", table_name="statements")
