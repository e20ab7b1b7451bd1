"""Trusted timestamps: RFC 3161 tokens over the audit chain's head (copytrace audit --timestamp).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "timestamps",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("audit_seq", sa.Integer, nullable=False),
        sa.Column("head_hash", sa.String(64), nullable=False),
        sa.Column("tsa_url", sa.Text, nullable=False),
        sa.Column("tsa_time", sa.String(40), nullable=False),
        sa.Column("token", sa.LargeBinary, nullable=False),
        sa.Column("stored_at", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("timestamps")
