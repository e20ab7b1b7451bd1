"""Full-text search over names, aliases and document text, in every script.

SQLite: an FTS5 word index for whole-word matches and an FTS5 trigram index for substrings, so
Chinese names and partial designations ("56-1") match. PostgreSQL: the 'simple' text-search
configuration plus pg_trgm for the same two behaviours. Both feed one ranking here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, func, or_, select, text

from copytrace.model.names import name_key
from copytrace.registry.tables import documents, entities, names, search_text

_SNIPPET = 80


@dataclass(frozen=True, slots=True)
class SearchHit:
    ref_type: str  # "entity" or "document"
    ref_id: str
    field: str
    label: str
    snippet: str


def _snippet(body: str, query: str) -> str:
    at = body.casefold().find(query.casefold())
    if at < 0:
        return body[: 2 * _SNIPPET].replace("\n", " ")
    start = max(0, at - _SNIPPET)
    end = min(len(body), at + len(query) + _SNIPPET)
    prefix = "…" if start else ""
    suffix = "…" if end < len(body) else ""
    return prefix + body[start:end].replace("\n", " ") + suffix


def _phrase(query: str) -> str:
    return '"' + query.replace('"', '""') + '"'


def _matching_rows(conn: Connection, query: str, limit: int) -> list[int]:
    """Ids of search_text rows matching the query, best first, per dialect."""
    if conn.dialect.name == "sqlite":
        ids: list[int] = []
        words = conn.execute(
            text("SELECT rowid FROM search_fts WHERE search_fts MATCH :q ORDER BY rank LIMIT :n"),
            {"q": _phrase(query), "n": limit},
        )
        ids.extend(row[0] for row in words)
        if len(query) >= 3:
            grams = conn.execute(
                text("SELECT rowid FROM search_tri WHERE search_tri MATCH :q ORDER BY rank LIMIT :n"),
                {"q": _phrase(query), "n": limit},
            )
        else:
            grams = conn.execute(
                select(search_text.c.id).where(search_text.c.body.like(f"%{query}%")).limit(limit)
            )
        ids.extend(row[0] for row in grams)
        return ids
    like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    tsv = func.to_tsvector(text("'simple'"), search_text.c.body)
    tsq = func.plainto_tsquery(text("'simple'"), query)
    rows = conn.execute(
        select(search_text.c.id)
        .where(or_(tsv.bool_op("@@")(tsq), search_text.c.body.ilike(like)))
        .order_by(func.ts_rank(tsv, tsq).desc())
        .limit(limit)
    )
    return [row[0] for row in rows]


def search(conn: Connection, query: str, limit: int = 20) -> list[SearchHit]:
    query = query.strip()
    if not query:
        return []
    hits: dict[tuple[str, str], SearchHit] = {}
    # Exact name keys first: "ak47" finds "AK-47" and "АК-47" though no word or trigram matches.
    keyed = conn.execute(
        select(names.c.entity_id, names.c.name, entities.c.name.label("label"), names.c.is_alias)
        .join(entities, entities.c.id == names.c.entity_id)
        .where(names.c.key == name_key(query))
        .limit(limit)
    )
    for row in keyed:
        field = "alias" if row.is_alias else "name"
        hits.setdefault(("entity", row.entity_id), SearchHit("entity", row.entity_id, field, row.label, row.name))
    ids = _matching_rows(conn, query, limit * 3)
    if ids:
        rows = {row.id: row for row in conn.execute(select(search_text).where(search_text.c.id.in_(ids)))}
        labels = _labels(conn, [rows[i] for i in ids if i in rows])
        for row_id in ids:
            match = rows.get(row_id)
            if match is None or (match.ref_type, match.ref_id) in hits:
                continue
            label = labels.get((match.ref_type, match.ref_id), match.ref_id)
            hits[(match.ref_type, match.ref_id)] = SearchHit(
                match.ref_type, match.ref_id, match.field, label, _snippet(match.body, query)
            )
    return list(hits.values())[:limit]


def _labels(conn: Connection, rows: list[Row[Any]]) -> dict[tuple[str, str], str]:
    entity_ids = {r.ref_id for r in rows if r.ref_type == "entity"}
    labels: dict[tuple[str, str], str] = {}
    if entity_ids:
        for entity in conn.execute(select(entities.c.id, entities.c.name).where(entities.c.id.in_(entity_ids))):
            labels[("entity", entity.id)] = entity.name
    doc_ids = {r.ref_id for r in rows if r.ref_type == "document"}
    if doc_ids:
        for row in conn.execute(select(documents.c.id, documents.c.title, documents.c.source)
                                .where(documents.c.id.in_(doc_ids))):
            labels[("document", row.id)] = row.title or row.source
    return labels


def index_text(conn: Connection, ref_type: str, ref_id: str, field: str, body: str) -> None:
    """Make ``body`` findable as ``field`` of the entity or document ``ref_id``."""
    index_texts(conn, [(ref_type, ref_id, field, body)])


def index_texts(conn: Connection, items: Sequence[tuple[str, str, str, str]]) -> None:
    """Index many (ref_type, ref_id, field, body) items in one round trip."""
    rows = [{"ref_type": t, "ref_id": r, "field": f, "body": b} for t, r, f, b in items if b.strip()]
    if rows:
        conn.execute(search_text.insert(), rows)
