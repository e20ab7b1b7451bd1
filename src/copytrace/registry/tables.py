"""The registry's tables, as SQLAlchemy Core metadata.

Migrations (``migrations/versions``) create exactly these; a test compares the two so they cannot
drift apart. Times are stored as ISO-8601 text in UTC so that SQLite and PostgreSQL sort and
compare them the same way.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

entities = Table(
    "entities",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("kind", String(40), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
)

# Every name and alias of every entity, keyed for script-independent look-up.
names = Table(
    "names",
    metadata,
    Column("entity_id", String(200), ForeignKey("entities.id"), primary_key=True),
    Column("name", Text, primary_key=True),
    Column("key", Text, nullable=False, index=True),
    Column("is_alias", Integer, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True),  # SHA-256 of the raw bytes
    Column("source", Text, nullable=False, index=True),
    Column("media_type", String(120), nullable=False),
    Column("size", Integer, nullable=False),
    Column("title", Text),
    Column("author", Text),
    Column("publisher", Text),
    Column("published", String(40)),
    Column("retrieved_at", String(40), nullable=False),
    Column("language", String(16), index=True),
    Column("text", Text, nullable=False),
    Column("meta", Text, nullable=False, default="{}"),  # JSON: pages, paragraph languages, headers
    Column("previous_id", String(64), ForeignKey("documents.id")),
)

# Inputs that could not be ingested, so a rerun reports them instead of retrying forever.
rejections = Table(
    "rejections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False, index=True),
    Column("sha256", String(64)),
    Column("size", Integer),
    Column("reason", Text, nullable=False),
    Column("recorded_at", String(40), nullable=False),
)

statements = Table(
    "statements",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("subject_id", String(200), ForeignKey("entities.id"), nullable=False),
    Column("predicate", String(40), nullable=False),
    Column("object_id", String(200), ForeignKey("entities.id")),
    Column("value", Text),
    Column("qualifier", String(40)),
    Column("scope_id", String(200), ForeignKey("entities.id")),
    Column("valid_from", String(10)),
    Column("valid_to", String(10)),
    # First and last day the partial dates cover, for "as true on" queries.
    Column("valid_start", String(10)),
    Column("valid_end", String(10)),
    Column("document_id", String(64), ForeignKey("documents.id")),
    Column("span_start", Integer),
    Column("span_end", Integer),
    Column("quote", Text),
    Column("page", Integer),
    Column("citation_title", Text),
    Column("citation_publisher", Text),
    Column("citation_url", Text),
    Column("citation_date", String(40)),
    Column("origin", String(16), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("note", Text),
    Column("status", String(16), nullable=False),
    Column("recorded_at", String(40), nullable=False),
    Column("recorded_by", String(200), nullable=False),
    Column("reviewed_by", String(200)),
    Column("reviewed_at", String(40)),
    Column("review_reason", Text),
    Column("supersedes", String(32), ForeignKey("statements.id")),
    Column("version", Integer, nullable=False),
    Index("ix_statements_subject", "subject_id", "predicate"),
    Index("ix_statements_object", "object_id", "predicate"),
    Index("ix_statements_predicate_status", "predicate", "status"),
    Index("ix_statements_document", "document_id"),
    Index("ix_statements_recorded", "recorded_at"),
    Index("ix_statements_scope", "scope_id"),
)

# Every review decision, append-only; statements.status is the latest of these.
reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("statement_id", String(32), ForeignKey("statements.id"), nullable=False, index=True),
    Column("old_status", String(16), nullable=False),
    Column("new_status", String(16), nullable=False),
    Column("reviewer", String(200), nullable=False),
    Column("reviewed_at", String(40), nullable=False),
    Column("reason", Text, nullable=False),
)

audit = Table(
    "audit",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("at", String(40), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("action", String(40), nullable=False),
    Column("target", Text, nullable=False),
    Column("payload", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    # The row the entry wrote (see copytrace.registry.bindings): table, key as text, content hash
    # (null when the write removed the row). Covered by ``hash``; null on entries that bind no row.
    Column("row_table", String(40)),
    Column("row_key", String(400)),
    Column("row_hash", String(64)),
    Index("ix_audit_row", "row_table", "row_key", "seq"),
)

# The newest audit entry as the last writing transaction left it (one row, id 1): entries cut
# from the end of the log no longer match it.
audit_head = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("seq", Integer, nullable=False),
    Column("hash", String(64), nullable=False),
)

# Text the search looks through: names, aliases and document text. Full-text indexes over it
# are created by the migration in the dialect's own way (FTS5 on SQLite, GIN on PostgreSQL).
search_text = Table(
    "search_text",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("ref_type", String(16), nullable=False),
    Column("ref_id", String(200), nullable=False),
    Column("field", String(16), nullable=False),
    Column("body", Text, nullable=False),
    Index("ix_search_text_ref", "ref_type", "ref_id"),
)

# -- accounts (the web application's users, sessions and API tokens) --------------------------
# Secrets are never stored: passwords as argon2 hashes, session and API tokens as SHA-256 of
# high-entropy random values (a fast hash is enough there: nothing to brute-force).
users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(100), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),
    Column("role", String(16), nullable=False),
    Column("disabled", Integer, nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("created_by", String(200), nullable=False),
)

sessions = Table(
    "sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False, index=True),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("expires_at", String(40), nullable=False),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False, index=True),
    Column("label", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("revoked", Integer, nullable=False),
    Column("expires_at", String(40)),  # null: never expires
)

# Failed logins per (user name, client), shared by every server process; rows older than the
# throttling window are pruned as new failures arrive. ``at`` is seconds since the epoch.
login_failures = Table(
    "login_failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(400), nullable=False),
    Column("at", Float, nullable=False),
    Index("ix_login_failures_key", "key", "at"),
    Index("ix_login_failures_at", "at"),
)

# -- keeping track (docs/watch.md): watched sources, alert rules, alerts and their delivery -----
watch_sources = Table(
    "watch_sources",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("kind", String(16), nullable=False),  # folder | page | feed
    Column("location", Text, nullable=False),
    Column("every_s", Integer, nullable=False),
    Column("allow_private", Integer, nullable=False),
    # What the last good answer said, for conditional requests and to skip bytes seen before.
    Column("etag", Text),
    Column("last_modified", Text),
    Column("content_hash", String(64)),
    Column("created_at", String(40), nullable=False),
    Column("created_by", String(200), nullable=False),
    Column("last_run_at", String(40)),
    Column("last_ok_at", String(40)),
    Column("next_run_at", String(40)),
    Column("failures", Integer, nullable=False),
    Column("last_error", Text),
)

# Feed entries seen per source (key: SHA-256 of the entry's id), so an entry is ingested once.
watch_items = Table(
    "watch_items",
    metadata,
    Column("source_id", Integer, ForeignKey("watch_sources.id"), primary_key=True),
    Column("key", String(64), primary_key=True),
    Column("content_hash", String(64), nullable=False),
    Column("document_id", String(64)),
    Column("seen_at", String(40), nullable=False),
)

# Small named values the watcher keeps between runs (how far the rules have looked, last digest).
watch_state = Table(
    "watch_state",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)

alert_rules = Table(
    "alert_rules",
    metadata,
    Column("id", String(100), primary_key=True),
    Column("kind", String(40), nullable=False),
    Column("params", Text, nullable=False),  # JSON: designs, names, email, webhook
    Column("owner", String(200), nullable=False),
    Column("severity", String(16), nullable=False),
    Column("disabled", Integer, nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("created_by", String(200), nullable=False),
)

# One row per cause: the id is a hash of the rule and what raised it, so nothing is raised twice.
alerts = Table(
    "alerts",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("rule_id", String(100), ForeignKey("alert_rules.id"), nullable=False),
    Column("kind", String(40), nullable=False),
    Column("severity", String(16), nullable=False),
    Column("owner", String(200), nullable=False),
    Column("title", Text, nullable=False),
    Column("subject_id", String(200)),
    Column("detail", Text, nullable=False),  # JSON: statements with quotes, documents
    Column("raised_at", String(40), nullable=False, index=True),
)

alert_reads = Table(
    "alert_reads",
    metadata,
    Column("alert_id", String(64), ForeignKey("alerts.id"), primary_key=True),
    Column("username", String(100), primary_key=True),
    Column("read_at", String(40), nullable=False),
)

# Each message sent or owed: an alert to one e-mail address or webhook, or a day's digest.
alert_deliveries = Table(
    "alert_deliveries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("alert_id", String(64), nullable=False),  # an alert id, or "digest:DAY" for a digest
    Column("channel", String(16), nullable=False),  # email | webhook
    Column("target", Text, nullable=False),
    Column("status", String(16), nullable=False),  # pending | sent | failed
    Column("attempts", Integer, nullable=False),
    Column("last_error", Text),
    Column("updated_at", String(40), nullable=False),
    Column("next_attempt_at", String(40)),
    Index("ix_alert_deliveries_key", "alert_id", "channel", "target", unique=True),
    Index("ix_alert_deliveries_status", "status"),
)

# -- imported statements (docs/ftm.md): FollowTheMoney entities kept apart from curated and extracted facts --
# One row per import of a dataset file; a file whose bytes were imported before is not imported again.
ftm_imports = Table(
    "ftm_imports",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("dataset", String(200), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("source", Text, nullable=False),
    Column("dataset_date", String(40), nullable=False),
    Column("imported_at", String(40), nullable=False),
    Column("imported_by", String(200), nullable=False),
    Column("entities", Integer, nullable=False),
    Column("added", Integer, nullable=False),
    Column("superseded", Integer, nullable=False),
    Index("ix_ftm_imports_dataset", "dataset", "sha256"),
)

# One property value of one FtM entity, as a dataset stated it. ``key`` hashes the content; a newer
# file of the dataset that no longer states it sets ``superseded_by`` (the row itself stays).
ftm_statements = Table(
    "ftm_statements",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(32), nullable=False),
    Column("dataset", String(200), nullable=False),
    Column("entity_id", String(400), nullable=False),
    Column("schema", String(60), nullable=False),
    Column("prop", String(60), nullable=False),
    Column("value", Text, nullable=False),
    Column("first_seen", String(40)),
    Column("last_seen", String(40)),
    Column("import_id", Integer, ForeignKey("ftm_imports.id"), nullable=False),
    Column("superseded_by", Integer, ForeignKey("ftm_imports.id")),
    Column("superseded_at", String(40)),
    Index("ix_ftm_statements_entity", "entity_id", "dataset"),
    Index("ix_ftm_statements_key", "dataset", "key"),
    Index("ix_ftm_statements_value", "prop", "value"),
    Index("ix_ftm_statements_schema", "schema", "superseded_by"),
)

# Machine translations of quotes, append-only: the newest for a text and target language is shown.
translations = Table(
    "translations",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("text_sha256", String(64), nullable=False),
    Column("source_lang", String(16), nullable=False),
    Column("target_lang", String(16), nullable=False),
    Column("original", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("engine", String(40), nullable=False),
    Column("model", String(200), nullable=False),
    Column("translated_at", String(40), nullable=False),
    Column("translated_by", String(200), nullable=False),
    Index("ix_translations_text", "text_sha256", "target_lang"),
)

# RFC 3161 tokens from a time-stamping authority, each over the audit chain's head as it stood
# (entry ``audit_seq`` with hash ``head_hash``): the token itself (DER), where it came from and the
# time the authority states in it. Append-only; ``copytrace verify`` checks every token offline.
timestamps = Table(
    "timestamps",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("audit_seq", Integer, nullable=False),
    Column("head_hash", String(64), nullable=False),
    Column("tsa_url", Text, nullable=False),
    Column("tsa_time", String(40), nullable=False),
    Column("token", LargeBinary, nullable=False),
    Column("stored_at", String(40), nullable=False),
)
