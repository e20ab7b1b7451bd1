"""Imported statements: FollowTheMoney entities as their datasets state them, kept apart from our facts.

Each property value of each entity is one row of ``ftm_statements``, with its dataset, entity id,
schema and the dates the source gives. Nothing here becomes a curated or extracted statement: the
registry links its own entities to imported ones only through reviewed ``same_as_imported``
statements. A file whose bytes were imported before stores nothing; a newer file of the same
dataset adds what is new and marks what it no longer states as superseded, so the history stays.
Every import is one audit entry carrying digests of the rows it added and superseded.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, and_, or_, select, update

from copytrace.registry import audit, bindings
from copytrace.registry.registry import Registry
from copytrace.registry.tables import ftm_imports, ftm_statements

_CHUNK = 500


@dataclass(frozen=True, slots=True)
class ImportedStatement:
    """One property value of one FtM entity, as read from a dataset file."""

    dataset: str
    entity_id: str
    schema: str
    prop: str
    value: str
    first_seen: str | None = None
    last_seen: str | None = None

    @property
    def key(self) -> str:
        """Same content, same key: the dates the source gives do not make a statement new."""
        body = json.dumps([self.dataset, self.entity_id, self.schema, self.prop, self.value], ensure_ascii=False)
        return hashlib.sha256(body.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class ImportRecord:
    id: int
    dataset: str
    sha256: str
    source: str
    dataset_date: str
    imported_at: str
    imported_by: str
    entities: int
    added: int
    superseded: int


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import stored: nothing when the file (or its content) was imported before."""

    record: ImportRecord | None
    added: int
    superseded: int
    previous: ImportRecord | None = None  # the earlier import of the same bytes, if that is why nothing was stored


@dataclass(slots=True)
class ImportedEntity:
    dataset: str
    id: str
    schema: str
    props: dict[str, list[str]] = field(default_factory=dict)
    first_seen: str | None = None
    last_seen: str | None = None

    @property
    def key(self) -> str:
        return f"{self.dataset}:{self.id}"

    def first(self, prop: str) -> str | None:
        values = self.props.get(prop)
        return values[0] if values else None

    @property
    def caption(self) -> str:
        for prop in ("name", "caption", "title", "full"):
            if self.props.get(prop):
                return sorted(self.props[prop])[0]
        return self.id


def _record(row: Any) -> ImportRecord:
    return ImportRecord(row.id, row.dataset, row.sha256, row.source, row.dataset_date, row.imported_at,
                        row.imported_by, row.entities, row.added, row.superseded)


def _digest(keys: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(sorted(keys)).encode("ascii")).hexdigest()


def find_import(registry: Registry, dataset: str, sha256: str) -> ImportRecord | None:
    with registry.reading() as conn:
        row = conn.execute(select(ftm_imports).where(and_(ftm_imports.c.dataset == dataset,
                                                          ftm_imports.c.sha256 == sha256))
                           .order_by(ftm_imports.c.id).limit(1)).first()
    return _record(row) if row else None


def record_import(registry: Registry, *, dataset: str, sha256: str, source: str, dataset_date: str,
                  entities: int, rows: Sequence[ImportedStatement], actor: str) -> ImportResult:
    """Store a dataset file's statements in one transaction: the new ones, and supersede the dropped ones."""
    with registry.transaction() as conn:
        earlier = conn.execute(select(ftm_imports).where(and_(ftm_imports.c.dataset == dataset,
                                                              ftm_imports.c.sha256 == sha256))
                               .limit(1)).first()
        if earlier is not None:
            return ImportResult(None, 0, 0, _record(earlier))
        current: dict[str, int] = {r.key: r.id for r in conn.execute(
            select(ftm_statements.c.key, ftm_statements.c.id)
            .where(and_(ftm_statements.c.dataset == dataset, ftm_statements.c.superseded_by.is_(None))))}
        fresh: dict[str, ImportedStatement] = {}
        for row in rows:
            if row.key not in current:
                fresh.setdefault(row.key, row)
        wanted = {row.key for row in rows}
        gone = [key for key in current if key not in wanted]
        if not fresh and not gone:
            return ImportResult(None, 0, 0)
        at = audit.now()
        inserted = conn.execute(ftm_imports.insert().values(
            dataset=dataset, sha256=sha256, source=source, dataset_date=dataset_date, imported_at=at,
            imported_by=actor, entities=entities, added=len(fresh), superseded=len(gone))).inserted_primary_key
        assert inserted is not None
        import_id = inserted[0]
        if fresh:
            conn.execute(ftm_statements.insert(), [
                {"key": key, "dataset": s.dataset, "entity_id": s.entity_id, "schema": s.schema, "prop": s.prop,
                 "value": s.value, "first_seen": s.first_seen, "last_seen": s.last_seen, "import_id": import_id}
                for key, s in fresh.items()])
        gone_ids = [current[key] for key in gone]
        for chunk in range(0, len(gone_ids), _CHUNK):
            conn.execute(update(ftm_statements).where(ftm_statements.c.id.in_(gone_ids[chunk: chunk + _CHUNK]))
                         .values(superseded_by=import_id, superseded_at=at))
        audit.append(conn, actor, "ftm.import", f"{dataset}:{sha256}", {
            "source": source, "dataset_date": dataset_date, "entities": entities,
            "added": len(fresh), "added_digest": _digest(fresh),
            "superseded": len(gone), "superseded_digest": _digest(gone)},
            bindings.of_row(conn, "ftm_imports", import_id))
        record = conn.execute(select(ftm_imports).where(ftm_imports.c.id == import_id)).one()
    return ImportResult(_record(record), len(fresh), len(gone))


def imports(registry: Registry, dataset: str | None = None) -> list[ImportRecord]:
    query = select(ftm_imports).order_by(ftm_imports.c.id)
    if dataset is not None:
        query = query.where(ftm_imports.c.dataset == dataset)
    with registry.reading() as conn:
        return [_record(r) for r in conn.execute(query)]


def dataset_dates(registry: Registry) -> dict[str, str]:
    """The date of each dataset as last imported."""
    return {r.dataset: r.dataset_date for r in imports(registry)}


def _live(until: str | None) -> Any:
    """Rows current now, or as they stood at ``until`` (stored-time text)."""
    if until is None:
        return ftm_statements.c.superseded_by.is_(None)
    return and_(ftm_imports.c.imported_at <= until,
                or_(ftm_statements.c.superseded_at.is_(None), ftm_statements.c.superseded_at > until))


def _until(registry: Registry, as_of: date | datetime | None) -> str | None:
    return registry.recorded_until(as_of) if as_of is not None else None


def _collect(rows: Iterable[Any]) -> list[ImportedEntity]:
    found: dict[tuple[str, str], ImportedEntity] = {}
    for r in rows:
        entity = found.setdefault((r.dataset, r.entity_id), ImportedEntity(r.dataset, r.entity_id, r.schema))
        entity.schema = r.schema
        values = entity.props.setdefault(r.prop, [])
        if r.value not in values:
            values.append(r.value)
        if r.first_seen and (entity.first_seen is None or r.first_seen < entity.first_seen):
            entity.first_seen = r.first_seen
        if r.last_seen and (entity.last_seen is None or r.last_seen > entity.last_seen):
            entity.last_seen = r.last_seen
    return list(found.values())


def _select() -> Any:
    c = ftm_statements.c
    return (select(c.dataset, c.entity_id, c.schema, c.prop, c.value, c.first_seen, c.last_seen)
            .select_from(ftm_statements.join(ftm_imports, ftm_imports.c.id == c.import_id))
            .order_by(c.dataset, c.entity_id, c.id))


def entities(registry: Registry, *, ids: Sequence[str] | None = None, schemata: Sequence[str] | None = None,
             props: Sequence[str] | None = None, as_of: date | datetime | None = None,
             conn: Connection | None = None) -> list[ImportedEntity]:
    """Imported entities (by FtM id, or of some schemata), with the properties asked for (default: all)."""
    c = ftm_statements.c
    base = _select().where(_live(_until(registry, as_of)))
    if schemata is not None:
        base = base.where(c.schema.in_(list(schemata)))
    if props is not None:
        base = base.where(c.prop.in_(list(props)))
    rows: list[Any] = []
    with registry._conn(conn) as cx:
        if ids is None:
            rows = list(cx.execute(base))
        else:
            wanted = sorted(set(ids))
            for chunk in range(0, len(wanted), _CHUNK):
                rows += cx.execute(base.where(c.entity_id.in_(wanted[chunk: chunk + _CHUNK]))).all()
    return _collect(rows)


def referring(registry: Registry, props: Sequence[str], values: Sequence[str], *,
              as_of: date | datetime | None = None) -> list[ImportedEntity]:
    """Imported entities that name one of ``values`` in one of ``props`` (a Sanction's entity, an Ownership's
    asset), with all their properties."""
    c = ftm_statements.c
    until = _until(registry, as_of)
    ids: set[str] = set()
    wanted = sorted(set(values))
    with registry.reading() as conn:
        for chunk in range(0, len(wanted), _CHUNK):
            ids.update(conn.execute(
                select(c.entity_id).select_from(ftm_statements.join(ftm_imports, ftm_imports.c.id == c.import_id))
                .where(c.prop.in_(list(props)), c.value.in_(wanted[chunk: chunk + _CHUNK]), _live(until))).scalars())
        return entities(registry, ids=sorted(ids), as_of=as_of, conn=conn) if ids else []


def history(registry: Registry, dataset: str, entity_id: str) -> list[dict[str, Any]]:
    """Every statement ever imported about one entity, superseded ones included, oldest first."""
    c = ftm_statements.c
    with registry.reading() as conn:
        rows = conn.execute(select(ftm_statements).where(and_(c.dataset == dataset, c.entity_id == entity_id))
                            .order_by(c.id))
        return [dict(r._mapping) for r in rows]
