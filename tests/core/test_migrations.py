"""The Alembic migrations create exactly the tables declared in registry/tables.py."""

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from copytrace.registry import Registry
from copytrace.registry.tables import metadata


def _ours(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    # Full-text machinery (FTS5 shadow tables, GIN indexes) is made by the migration on purpose
    # and has no place in the portable metadata.
    if type_ == "table" and name and (name.startswith(("search_fts", "search_tri")) or name == "alembic_version"):
        return False
    return not (type_ == "index" and name in {"ix_search_text_fts", "ix_search_text_trgm"})


def test_migrated_database_matches_the_declared_tables(registry: Registry) -> None:
    with registry.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": _ours, "compare_type": True})
        assert compare_metadata(context, metadata) == []
