"""The initial registry: entities, names, documents, statements, reviews, audit, search.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _time(name: str, nullable: bool = False) -> sa.Column[str]:
    return sa.Column(name, sa.String(40), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "entities",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        _time("created_at"),
    )
    op.create_index("ix_entities_kind", "entities", ["kind"])
    op.create_table(
        "names",
        sa.Column("entity_id", sa.String(200), sa.ForeignKey("entities.id"), primary_key=True),
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("is_alias", sa.Integer, nullable=False),
    )
    op.create_index("ix_names_key", "names", ["key"])
    op.create_table(
        "documents",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("media_type", sa.String(120), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("publisher", sa.Text),
        _time("published", nullable=True),
        _time("retrieved_at"),
        sa.Column("language", sa.String(16)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("meta", sa.Text, nullable=False),
        sa.Column("previous_id", sa.String(64), sa.ForeignKey("documents.id")),
    )
    op.create_index("ix_documents_source", "documents", ["source"])
    op.create_index("ix_documents_language", "documents", ["language"])
    op.create_table(
        "rejections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64)),
        sa.Column("size", sa.Integer),
        sa.Column("reason", sa.Text, nullable=False),
        _time("recorded_at"),
    )
    op.create_index("ix_rejections_source", "rejections", ["source"])
    op.create_table(
        "statements",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("subject_id", sa.String(200), sa.ForeignKey("entities.id"), nullable=False),
        sa.Column("predicate", sa.String(40), nullable=False),
        sa.Column("object_id", sa.String(200), sa.ForeignKey("entities.id")),
        sa.Column("value", sa.Text),
        sa.Column("qualifier", sa.String(40)),
        sa.Column("scope_id", sa.String(200), sa.ForeignKey("entities.id")),
        sa.Column("valid_from", sa.String(10)),
        sa.Column("valid_to", sa.String(10)),
        sa.Column("valid_start", sa.String(10)),
        sa.Column("valid_end", sa.String(10)),
        sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id")),
        sa.Column("span_start", sa.Integer),
        sa.Column("span_end", sa.Integer),
        sa.Column("quote", sa.Text),
        sa.Column("page", sa.Integer),
        sa.Column("citation_title", sa.Text),
        sa.Column("citation_publisher", sa.Text),
        sa.Column("citation_url", sa.Text),
        _time("citation_date", nullable=True),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("status", sa.String(16), nullable=False),
        _time("recorded_at"),
        sa.Column("recorded_by", sa.String(200), nullable=False),
        sa.Column("reviewed_by", sa.String(200)),
        _time("reviewed_at", nullable=True),
        sa.Column("review_reason", sa.Text),
        sa.Column("supersedes", sa.String(32), sa.ForeignKey("statements.id")),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_index("ix_statements_subject", "statements", ["subject_id", "predicate"])
    op.create_index("ix_statements_object", "statements", ["object_id", "predicate"])
    op.create_index("ix_statements_predicate_status", "statements", ["predicate", "status"])
    op.create_index("ix_statements_document", "statements", ["document_id"])
    op.create_index("ix_statements_recorded", "statements", ["recorded_at"])
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("statement_id", sa.String(32), sa.ForeignKey("statements.id"), nullable=False),
        sa.Column("old_status", sa.String(16), nullable=False),
        sa.Column("new_status", sa.String(16), nullable=False),
        sa.Column("reviewer", sa.String(200), nullable=False),
        _time("reviewed_at"),
        sa.Column("reason", sa.Text, nullable=False),
    )
    op.create_index("ix_reviews_statement_id", "reviews", ["statement_id"])
    op.create_table(
        "audit",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        _time("at"),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "search_text",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("ref_type", sa.String(16), nullable=False),
        sa.Column("ref_id", sa.String(200), nullable=False),
        sa.Column("field", sa.String(16), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
    )
    op.create_index("ix_search_text_ref", "search_text", ["ref_type", "ref_id"])
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_fulltext()
    else:
        _postgres_fulltext()


def _sqlite_fulltext() -> None:
    # Two external-content FTS5 indexes over search_text: words (unicode61, accents folded) for
    # ranked matches, trigrams for substrings, Chinese and partial designations ("56-1").
    for name, tokenizer in (("search_fts", "unicode61 remove_diacritics 2"), ("search_tri", "trigram")):
        op.execute(
            f"CREATE VIRTUAL TABLE {name} USING fts5(body, content='search_text', "
            f"content_rowid='id', tokenize='{tokenizer}')"
        )
        op.execute(
            f"CREATE TRIGGER {name}_ai AFTER INSERT ON search_text BEGIN "
            f"INSERT INTO {name}(rowid, body) VALUES (new.id, new.body); END"
        )
        op.execute(
            f"CREATE TRIGGER {name}_ad AFTER DELETE ON search_text BEGIN "
            f"INSERT INTO {name}({name}, rowid, body) VALUES ('delete', old.id, old.body); END"
        )


def _postgres_fulltext() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(
        "CREATE INDEX ix_search_text_fts ON search_text USING gin (to_tsvector('simple', body))"
    )
    op.execute("CREATE INDEX ix_search_text_trgm ON search_text USING gin (body gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("search_fts", "search_tri"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}_ai")
            op.execute(f"DROP TRIGGER IF EXISTS {name}_ad")
            op.execute(f"DROP TABLE IF EXISTS {name}")
    for table in ("search_text", "audit", "reviews", "statements", "rejections", "documents", "names", "entities"):
        op.drop_table(table)
