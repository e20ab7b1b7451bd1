"""Keeping track: watched sources, alert rules, alerts, who read them, and their deliveries.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "watch_sources",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("location", sa.Text, nullable=False),
        sa.Column("every_s", sa.Integer, nullable=False),
        sa.Column("allow_private", sa.Integer, nullable=False),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("content_hash", sa.String(64)),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("last_run_at", sa.String(40)),
        sa.Column("last_ok_at", sa.String(40)),
        sa.Column("next_run_at", sa.String(40)),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("last_error", sa.Text),
    )
    op.create_table(
        "watch_items",
        sa.Column("source_id", sa.Integer, sa.ForeignKey("watch_sources.id"), primary_key=True),
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("document_id", sa.String(64)),
        sa.Column("seen_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "watch_state",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "alert_rules",
        sa.Column("id", sa.String(100), primary_key=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("params", sa.Text, nullable=False),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("disabled", sa.Integer, nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
    )
    op.create_table(
        "alerts",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("rule_id", sa.String(100), sa.ForeignKey("alert_rules.id"), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("subject_id", sa.String(200)),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("raised_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_alerts_raised_at", "alerts", ["raised_at"])
    op.create_table(
        "alert_reads",
        sa.Column("alert_id", sa.String(64), sa.ForeignKey("alerts.id"), primary_key=True),
        sa.Column("username", sa.String(100), primary_key=True),
        sa.Column("read_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "alert_deliveries",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("alert_id", sa.String(64), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_error", sa.Text),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.Column("next_attempt_at", sa.String(40)),
    )
    op.create_index("ix_alert_deliveries_key", "alert_deliveries", ["alert_id", "channel", "target"], unique=True)
    op.create_index("ix_alert_deliveries_status", "alert_deliveries", ["status"])


def downgrade() -> None:
    op.drop_index("ix_alert_deliveries_status", table_name="alert_deliveries")
    op.drop_index("ix_alert_deliveries_key", table_name="alert_deliveries")
    op.drop_table("alert_deliveries")
    op.drop_table("alert_reads")
    op.drop_index("ix_alerts_raised_at", table_name="alerts")
    op.drop_table("alerts")
    op.drop_table("alert_rules")
    op.drop_table("watch_state")
    op.drop_table("watch_items")
    op.drop_table("watch_sources")
