"""Entities and statements written in parts: a few round trips for many parts, audited part by part.

``Registry.write`` writes one part (a pack, a review's additions); a batch of ingest writes one part
per document of a group, in the group's transaction. Each part is checked and stored exactly as if
it were written alone after the parts before it (an entity an earlier part added is known to the
later ones, a statement or name stored once is not stored again), but the rows of all parts go to
each table in one statement, and the caller appends the audit entries (``Written.audit``, per part,
entities before statements) where they belong, in one append for everything it writes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, bindparam, select

from copytrace.errors import InvalidStatement
from copytrace.i18n import Word, lazy_gettext
from copytrace.model.names import name_key
from copytrace.model.schema import Schema
from copytrace.model.statement import Statement
from copytrace.registry import audit, bindings
from copytrace.registry.rows import statement_row
from copytrace.registry.search import index_texts
from copytrace.registry.tables import entities, names, statements

if TYPE_CHECKING:
    from copytrace.registry.registry import Entity

Part = tuple[Sequence["Entity"], Sequence[Statement]]
KindsOf = Callable[[Iterable[str], Connection], dict[str, str]]

_CHUNK = 500
_STATEMENT_IDS = select(statements.c.id).where(statements.c.id.in_(bindparam("ids", expanding=True)))
_NAMES_OF = select(names.c.entity_id, names.c.name).where(names.c.entity_id.in_(bindparam("ids", expanding=True)))


@dataclass(slots=True)
class Written:
    """What one part added, and the audit entries that record it (not yet appended)."""

    entities: int = 0
    statements: int = 0
    audit: list[audit.Item] = field(default_factory=list)


def write_parts(conn: Connection, schema: Schema, parts: Sequence[Part], actor: str,
                kinds_of: KindsOf) -> list[Written]:
    """Check every part, then store their entities, statements and names; the caller appends the audit.

    Everything is checked before anything is written, so a bad statement in any part stores
    nothing (InvalidStatement names it).
    """
    referenced = [_named(part_statements) for _entities, part_statements in parts]
    stored = kinds_of({i for ids in referenced for i in ids} | {e.id for es, _ in parts for e in es}, conn)
    known = dict(stored)  # what the registry holds once the parts before are written
    fresh_entities: list[dict[str, Entity]] = []
    for (part_entities, part_statements), ids in zip(parts, referenced, strict=True):
        kind_of = {i: known[i] for i in ids if i in known}
        for entity in part_entities:
            schema.check_kind(entity.kind)
            if kind_of.setdefault(entity.id, entity.kind) != entity.kind:
                raise InvalidStatement(lazy_gettext("entity %(id)r is a %(kind)s, not a %(expected)s",
                                                    id=entity.id, kind=Word(kind_of[entity.id]),
                                                    expected=Word(entity.kind)))
        for statement in part_statements:
            try:
                statement.check(schema, kind_of)
            except InvalidStatement as exc:
                raise InvalidStatement(lazy_gettext("statement about %(subject)r: %(error)s",
                                                    subject=statement.subject, error=exc.args[0])) from None
        fresh = {e.id: e for e in part_entities if e.id not in known}
        known.update((e.id, e.kind) for e in fresh.values())
        fresh_entities.append(fresh)
    fresh_statements = _fresh_statements(conn, parts, actor)
    written = [Written() for _ in parts]
    created = audit.now()
    entity_rows: list[dict[str, Any]] = []
    statement_rows: list[dict[str, Any]] = []
    named: list[list[tuple[str, str, bool]]] = []  # the names each original write would add, in its order
    for out, fresh, new in zip(written, fresh_entities, fresh_statements, strict=True):
        rows = [{"id": e.id, "kind": e.kind, "name": e.name, "created_at": created} for e in fresh.values()]
        entity_rows += rows
        out.audit += [("entity.add", e.id, {"kind": e.kind, "name": e.name}, bindings.of_values("entities", row))
                      for e, row in zip(fresh.values(), rows, strict=True)]
        rows = [statement_row(s) for s in new]
        statement_rows += rows
        out.audit += [("statement.add", s.id, s.to_dict(), bindings.of_values("statements", row))
                      for s, row in zip(new, rows, strict=True)]
        out.entities, out.statements = len(fresh), len(new)
        named.append([(e.id, e.name, False) for e in fresh.values()])
        named.append([(s.subject, s.value, s.predicate == "alias") for s in new
                      if s.predicate in ("name", "alias") and s.value])
    if entity_rows:
        conn.execute(entities.insert(), entity_rows)
    if statement_rows:
        # Many rows per round trip: a pack's statements, or a group's candidates, arrive as one batch.
        conn.execute(statements.insert(), statement_rows)
    add_names(conn, named)
    return written


def _named(part_statements: Sequence[Statement]) -> list[str]:
    return ([s.subject for s in part_statements] + [s.object_id for s in part_statements if s.object_id]
            + [s.scope for s in part_statements if s.scope])


def _fresh_statements(conn: Connection, parts: Sequence[Part], actor: str) -> list[list[Statement]]:
    """Per part, its statements not stored before (nor by an earlier part), with when and by whom."""
    ids = list(dict.fromkeys(s.id for _entities, part_statements in parts for s in part_statements))
    existing: set[str] = set()
    for chunk in range(0, len(ids), _CHUNK):
        existing.update(conn.execute(_STATEMENT_IDS, {"ids": ids[chunk: chunk + _CHUNK]}).scalars())
    recorded = datetime.now(UTC)
    out: list[list[Statement]] = []
    for _entities, part_statements in parts:
        fresh: dict[str, Statement] = {}
        for statement in part_statements:
            if statement.id not in existing and statement.id not in fresh:
                fresh[statement.id] = statement.with_changes(recorded_at=statement.recorded_at or recorded,
                                                             recorded_by=statement.recorded_by or actor)
        existing.update(fresh)
        out.append(list(fresh.values()))
    return out


def add_names(conn: Connection, calls: Sequence[Sequence[tuple[str, str, bool]]]) -> None:
    """Record names and aliases (entity, name, is_alias) for look-up and search, once per (entity, name).

    Each call's names are taken as one write of them after the calls before: within a call the last
    is_alias given for a name counts, and a name stored before (or by an earlier call) is left as it is.
    """
    wanted = sorted({entity_id for call in calls for entity_id, _name, _alias in call})
    existing: set[tuple[str, str]] = set()
    for chunk in range(0, len(wanted), _CHUNK):
        existing.update((row.entity_id, row.name)
                        for row in conn.execute(_NAMES_OF, {"ids": wanted[chunk: chunk + _CHUNK]}))
    rows: dict[tuple[str, str], bool] = {}
    for call in calls:
        this: dict[tuple[str, str], bool] = {}
        for entity_id, name, is_alias in call:
            if (entity_id, name) not in existing:
                this[(entity_id, name)] = is_alias
        rows.update(this)
        existing.update(this)
    if not rows:
        return
    conn.execute(names.insert(), [{"entity_id": e, "name": n, "key": name_key(n), "is_alias": int(a)}
                                  for (e, n), a in rows.items()])
    index_texts(conn, [("entity", e, "alias" if a else "name", n) for (e, n), a in rows.items()])
