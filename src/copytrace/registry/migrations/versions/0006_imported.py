"""Imported FollowTheMoney statements (sanctions, owners, other names) and quote translations.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ftm_imports",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("dataset", sa.String(200), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("dataset_date", sa.String(40), nullable=False),
        sa.Column("imported_at", sa.String(40), nullable=False),
        sa.Column("imported_by", sa.String(200), nullable=False),
        sa.Column("entities", sa.Integer, nullable=False),
        sa.Column("added", sa.Integer, nullable=False),
        sa.Column("superseded", sa.Integer, nullable=False),
    )
    op.create_index("ix_ftm_imports_dataset", "ftm_imports", ["dataset", "sha256"])
    op.create_table(
        "ftm_statements",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(32), nullable=False),
        sa.Column("dataset", sa.String(200), nullable=False),
        sa.Column("entity_id", sa.String(400), nullable=False),
        sa.Column("schema", sa.String(60), nullable=False),
        sa.Column("prop", sa.String(60), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("first_seen", sa.String(40)),
        sa.Column("last_seen", sa.String(40)),
        sa.Column("import_id", sa.Integer, sa.ForeignKey("ftm_imports.id"), nullable=False),
        sa.Column("superseded_by", sa.Integer, sa.ForeignKey("ftm_imports.id")),
        sa.Column("superseded_at", sa.String(40)),
    )
    op.create_index("ix_ftm_statements_entity", "ftm_statements", ["entity_id", "dataset"])
    op.create_index("ix_ftm_statements_key", "ftm_statements", ["dataset", "key"])
    op.create_index("ix_ftm_statements_value", "ftm_statements", ["prop", "value"])
    op.create_index("ix_ftm_statements_schema", "ftm_statements", ["schema", "superseded_by"])
    op.create_table(
        "translations",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("text_sha256", sa.String(64), nullable=False),
        sa.Column("source_lang", sa.String(16), nullable=False),
        sa.Column("target_lang", sa.String(16), nullable=False),
        sa.Column("original", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("engine", sa.String(40), nullable=False),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("translated_at", sa.String(40), nullable=False),
        sa.Column("translated_by", sa.String(200), nullable=False),
    )
    op.create_index("ix_translations_text", "translations", ["text_sha256", "target_lang"])


def downgrade() -> None:
    op.drop_index("ix_translations_text", table_name="translations")
    op.drop_table("translations")
    op.drop_index("ix_ftm_statements_schema", table_name="ftm_statements")
    op.drop_index("ix_ftm_statements_value", table_name="ftm_statements")
    op.drop_index("ix_ftm_statements_key", table_name="ftm_statements")
    op.drop_index("ix_ftm_statements_entity", table_name="ftm_statements")
    op.drop_table("ftm_statements")
    op.drop_index("ix_ftm_imports_dataset", table_name="ftm_imports")
    op.drop_table("ftm_imports")
