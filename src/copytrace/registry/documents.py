"""The document store: raw bytes kept once under their SHA-256, and one row per document.

Bytes go into the content-addressed store first (temp file, fsync, rename: a reader never sees a
half-written blob), then the row, its search text and its audit entry commit in one transaction.
A crash between the two leaves at most an unreferenced blob, which the next run reuses; it never
leaves a row without its bytes.
"""

from __future__ import annotations

import ctypes
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Connection, and_, func, select

from copytrace.registry import audit, bindings
from copytrace.registry.search import index_texts
from copytrace.registry.tables import documents, rejections

AddStatus = Literal["added", "unchanged"]
DocumentStatus = Literal["current", "superseded", "all"]
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """One document as stored: the row of the ``documents`` table."""

    id: str
    source: str
    media_type: str
    size: int
    text: str
    retrieved_at: str
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: str | None = None
    language: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    previous_id: str | None = None


@dataclass(frozen=True, slots=True)
class AddResult:
    status: AddStatus
    document_id: str
    previous_id: str | None = None
    # For "unchanged": where these bytes were first stored from.
    first_source: str | None = None


@dataclass(frozen=True, slots=True)
class Rejection:
    source: str
    sha256: str | None
    size: int | None
    reason: str
    recorded_at: str


def blob_path(store: Path, sha256: str) -> Path:
    return store / sha256[:2] / sha256[2:4] / sha256


def write_blob(store: Path, sha256: str, data: bytes, *, durable: bool = True) -> Path:
    """Put ``data`` in the store under ``sha256``; a blob already there is kept as is.

    ``durable`` waits until the bytes and the name are on disk. Without it, the caller must call
    ``sync_store`` before it commits a row that points at the blob: a batch syncs once per group
    of documents instead of twice per document.
    """
    path = blob_path(store, sha256)
    if path.exists() and path.stat().st_size == len(data):
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".incoming-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            if durable:
                out.flush()
                os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    if durable:
        # The rename itself must survive a power cut, or the row could outlive the name.
        directory = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
    return path


def sync_store(store: Path) -> None:
    """Make every blob written without ``durable`` survive a power cut, before rows point at them.

    One ``syncfs`` of the store's file system on Linux; elsewhere ``sync`` of all of them.
    """
    if sys.platform.startswith("linux") and store.is_dir():
        folder = os.open(store, os.O_RDONLY)
        try:
            if ctypes.CDLL(None, use_errno=True).syncfs(folder) == 0:
                return
        finally:
            os.close(folder)
    os.sync()


def first_source(conn: Connection, document_id: str) -> str | None:
    """Where the bytes with this SHA-256 were first stored from, or None if they are not stored."""
    return conn.execute(select(documents.c.source).where(documents.c.id == document_id)).scalar_one_or_none()


def first_sources(conn: Connection, document_ids: Sequence[str]) -> dict[str, str]:
    """``first_source`` of many ids in one query: id -> source, for the ids that are stored."""
    wanted = sorted(set(document_ids))
    found: dict[str, str] = {}
    for chunk in range(0, len(wanted), _CHUNK):
        found.update((row.id, row.source) for row in conn.execute(
            select(documents.c.id, documents.c.source).where(documents.c.id.in_(wanted[chunk: chunk + _CHUNK]))))
    return found


def current_version(conn: Connection, source: str) -> str | None:
    """The newest stored version of ``source``: the one no later version points back to."""
    later = select(documents.c.previous_id).where(
        and_(documents.c.source == source, documents.c.previous_id.is_not(None)))
    return conn.execute(select(documents.c.id).where(
        and_(documents.c.source == source, documents.c.id.not_in(later)))
        .order_by(documents.c.retrieved_at.desc()).limit(1)).scalar_one_or_none()


def current_versions(conn: Connection, sources: Sequence[str]) -> dict[str, str]:
    """``current_version`` of many sources in one query: source -> its newest stored version."""
    later = documents.alias("later")
    pointed = select(later.c.previous_id).where(
        and_(later.c.source == documents.c.source, later.c.previous_id.is_not(None)))
    found: dict[str, str] = {}
    wanted = sorted(set(sources))
    for chunk in range(0, len(wanted), _CHUNK):
        rows = conn.execute(select(documents.c.source, documents.c.id)
                            .where(and_(documents.c.source.in_(wanted[chunk: chunk + _CHUNK]),
                                        documents.c.id.not_in(pointed)))
                            .order_by(documents.c.source, documents.c.retrieved_at.desc()))
        for row in rows:
            found.setdefault(row.source, row.id)
    return found


def add(conn: Connection, record: DocumentRecord, actor: str, index_chars: int | None = None) -> AddResult:
    """Store the row, its search text and its audit entry in the caller's transaction.

    ``index_chars`` bounds how much of the text goes into the full-text index (None: all of it);
    the stored text, and so evidence, is always complete.

    Bytes already stored (from any source) are a no-op. New bytes for a known source become a
    new version whose ``previous_id`` is that source's current version.
    """
    [(result, entry)] = add_many(conn, [record], index_chars)
    if entry is not None:
        audit.append_many(conn, actor, [entry])
    return result


def add_many(conn: Connection, records: Sequence[DocumentRecord],
             index_chars: int | None = None) -> list[tuple[AddResult, audit.Item | None]]:
    """Store many documents' rows and search text in the caller's transaction, as ``add`` would one after
    another, and return each one's result with the audit entry the caller must append (None: unchanged).

    One statement per table for all of them: a record whose bytes an earlier one in ``records``
    brought is unchanged, and a later record of the same source is a new version of the earlier.
    """
    stored = first_sources(conn, [record.id for record in records])
    current = current_versions(conn, [record.source for record in records if record.id not in stored])
    rows: list[dict[str, Any]] = []
    texts: list[tuple[str, str, str, str]] = []
    out: list[tuple[AddResult, audit.Item | None]] = []
    for record in records:
        first = stored.get(record.id)
        if first is not None:
            out.append((AddResult("unchanged", record.id, first_source=first), None))
            continue
        previous = current.get(record.source)
        row = {"id": record.id, "source": record.source, "media_type": record.media_type, "size": record.size,
               "title": record.title, "author": record.author, "publisher": record.publisher,
               "published": record.published, "retrieved_at": record.retrieved_at, "language": record.language,
               "text": record.text, "meta": json.dumps(record.meta, ensure_ascii=False, sort_keys=True),
               "previous_id": previous}
        rows.append(row)
        stored[record.id], current[record.source] = record.source, record.id
        if record.title:
            texts.append(("document", record.id, "title", record.title))
        texts.append(("document", record.id, "text", record.text if index_chars is None else record.text[:index_chars]))
        entry: audit.Item = ("document.add", record.id, {
            "source": record.source, "media_type": record.media_type, "size": record.size,
            "language": record.language, "previous_id": previous,
        }, bindings.of_values("documents", row))
        out.append((AddResult("added", record.id, previous_id=previous), entry))
    if rows:
        conn.execute(documents.insert(), rows)
    index_texts(conn, texts)
    return out


def get(conn: Connection, document_id: str) -> DocumentRecord | None:
    """A document by its full id or a unique prefix of at least six characters."""
    query = select(documents)
    if len(document_id) == 64:
        query = query.where(documents.c.id == document_id)
    elif len(document_id) >= 6:
        query = query.where(documents.c.id.startswith(document_id.lower(), autoescape=True)).limit(2)
    else:
        return None
    rows = conn.execute(query).all()
    return _record(rows[0]) if len(rows) == 1 else None


def listing(conn: Connection, *, language: str | None = None, source: str | None = None,
            status: DocumentStatus = "current", limit: int | None = None) -> list[DocumentRecord]:
    """Documents matching the filters; ``source`` matches any part of the path or URL."""
    c = documents.c
    later = select(c.previous_id).where(c.previous_id.is_not(None))
    query = select(documents).order_by(c.source, c.retrieved_at)
    if language is not None:
        query = query.where(c.language == language)
    if source is not None:
        query = query.where(c.source.contains(source, autoescape=True))
    if status == "current":
        query = query.where(c.id.not_in(later))
    elif status == "superseded":
        query = query.where(c.id.in_(later))
    if limit is not None:
        query = query.limit(limit)
    return [_record(row) for row in conn.execute(query)]


def language_counts(conn: Connection) -> dict[str, int]:
    rows = conn.execute(select(documents.c.language, func.count()).group_by(documents.c.language))
    return {language or "unknown": count for language, count in rows}


def reject(conn: Connection, rejection: Rejection, actor: str) -> bool:
    """Record a rejected input once (same source, bytes and reason); True if it was new."""
    if find_rejection(conn, rejection.source, rejection.sha256, rejection.size) is not None:
        return False
    inserted = conn.execute(rejections.insert().values(
        source=rejection.source, sha256=rejection.sha256, size=rejection.size, reason=rejection.reason,
        recorded_at=rejection.recorded_at)).inserted_primary_key
    assert inserted is not None
    audit.append(conn, actor, "document.reject", rejection.source,
                 {"sha256": rejection.sha256, "size": rejection.size, "reason": rejection.reason},
                 bindings.of_row(conn, "rejections", inserted[0]))
    return True


def find_rejection(conn: Connection, source: str, sha256: str | None, size: int | None) -> Rejection | None:
    """The rejection recorded for exactly these bytes from this source, if any."""
    c = rejections.c
    query = select(rejections).where(c.source == source).order_by(c.id.desc()).limit(1)
    if sha256 is not None:
        query = query.where(c.sha256 == sha256)
    else:
        query = query.where(c.sha256.is_(None), c.size == size if size is not None else c.size.is_(None))
    row = conn.execute(query).first()
    return Rejection(row.source, row.sha256, row.size, row.reason, row.recorded_at) if row else None


def find_rejections(conn: Connection, wanted: Sequence[tuple[str, str]]) -> dict[tuple[str, str], Rejection]:
    """``find_rejection`` of many (source, SHA-256) pairs in one query, for the pairs rejected before."""
    pairs = set(wanted)
    digests = sorted({sha256 for _source, sha256 in pairs})
    found: dict[tuple[str, str], Rejection] = {}
    for chunk in range(0, len(digests), _CHUNK):
        for row in conn.execute(select(rejections).where(rejections.c.sha256.in_(digests[chunk: chunk + _CHUNK]))
                                .order_by(rejections.c.id.desc())):
            if (row.source, row.sha256) in pairs:
                found.setdefault((row.source, row.sha256),
                                 Rejection(row.source, row.sha256, row.size, row.reason, row.recorded_at))
    return found


def rejection_list(conn: Connection, source: str | None = None) -> list[Rejection]:
    query = select(rejections).order_by(rejections.c.source, rejections.c.id)
    if source is not None:
        query = query.where(rejections.c.source.contains(source, autoescape=True))
    return [Rejection(r.source, r.sha256, r.size, r.reason, r.recorded_at) for r in conn.execute(query)]


def known_ids(conn: Connection, ids: Sequence[str]) -> set[str]:
    return set(conn.execute(select(documents.c.id).where(documents.c.id.in_(list(ids)))).scalars())


def _record(row: Any) -> DocumentRecord:
    return DocumentRecord(
        id=row.id, source=row.source, media_type=row.media_type, size=row.size, text=row.text,
        retrieved_at=row.retrieved_at, title=row.title, author=row.author, publisher=row.publisher,
        published=row.published, language=row.language, meta=json.loads(row.meta or "{}"),
        previous_id=row.previous_id,
    )
