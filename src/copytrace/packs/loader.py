"""Reading, checking and loading curated packs (format: docs/packs.md).

A pack is checked whole, together with the packs it requires and what the registry already
holds, before anything is written; then it is written in one transaction. So a bad entry names
its file and entry, and nothing of the pack is half-loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from copytrace.errors import InvalidStatement, PackError
from copytrace.i18n import Message, lazy_gettext
from copytrace.model.schema import Schema
from copytrace.model.statement import Citation, Statement
from copytrace.packs.reader import Pack, read_pack
from copytrace.registry import Entity, Registry

if TYPE_CHECKING:  # a transaction's handle, passed through to the registry
    from sqlalchemy import Connection


def pack_statements(pack: Pack, schema: Schema) -> list[Statement]:
    """The cited statements a pack makes (names and aliases included)."""
    out: list[Statement] = []
    recorder = f"pack:{pack.name}"
    for entity in pack.entities:
        where = lazy_gettext("%(file)s: entity %(id)r", file=pack.path.name, id=entity.id)

        def cite(key: str | None, where: str = where) -> Citation:
            if key is None or key not in pack.sources:
                raise PackError(lazy_gettext("%(where)s: unknown source %(key)r", where=where, key=key))
            return pack.sources[key]

        def curated(predicate: str, citation: Citation, entity_id: str = entity.id, **rest: Any) -> Statement:
            return Statement(entity_id, predicate, citation=citation, origin="curated", status="accepted",
                             recorded_by=recorder, **rest)

        name_source = entity.source or (entity.facts[0].source if entity.facts else None)
        out.append(curated("name", cite(name_source), value=entity.name))
        out.extend(curated("alias", cite(name_source), value=alias) for alias in entity.aliases)
        for n, fact in enumerate(entity.facts, start=1):
            fact_where = lazy_gettext("%(where)s, fact %(number)d (%(predicate)s)", where=where, number=n,
                                      predicate=fact.p)
            try:
                predicate = schema.predicate(fact.p)
                out.append(curated(
                    fact.p, cite(fact.source, fact_where),
                    object_id=fact.o if predicate.takes_entity else None,
                    value=None if predicate.takes_entity else fact.o,
                    qualifier=fact.kind, scope=fact.scope, valid_from=fact.valid_from, valid_to=fact.valid_to,
                    confidence=fact.confidence, note=fact.note,
                ))
            except InvalidStatement as exc:
                raise PackError(lazy_gettext("%(where)s: %(problem)s", where=fact_where, problem=_said(exc))) from None
    return out


def _with_requirements(name: str, visiting: set[str], order: dict[str, Pack]) -> None:
    """Add a pack after everything it requires (depth-first post-order)."""
    pack = read_pack(name)
    if pack.name in order:
        return
    if pack.name in visiting:
        raise PackError(lazy_gettext("%(file)s: packs require each other in a cycle through %(name)r",
                                     file=pack.path.name, name=pack.name))
    visiting.add(pack.name)
    for required in pack.requires:
        _with_requirements(required, visiting, order)
    order[pack.name] = pack


def load_pack(registry: Registry, name: str, *, actor: str) -> dict[str, tuple[int, int]]:
    """Load a pack and the packs it requires; return (new entities, new statements) per pack."""
    ordered: dict[str, Pack] = {}
    _with_requirements(name, set(), ordered)
    order = list(ordered.values())
    entity_owner: dict[str, str] = {}
    for pack in order:
        for entity in pack.entities:
            if entity.id in entity_owner:
                raise PackError(lazy_gettext("%(file)s: entity %(id)r is already defined in pack %(pack)r",
                                             file=pack.path.name, id=entity.id, pack=entity_owner[entity.id]))
            entity_owner[entity.id] = pack.name
    result: dict[str, tuple[int, int]] = {}
    with registry.transaction() as conn:
        for pack in order:
            found = [Entity(e.id, e.kind, e.name) for e in pack.entities]
            stated = pack_statements(pack, registry.schema)
            try:
                result[pack.name] = registry.write(found, stated, actor=actor, conn=conn)
            except InvalidStatement as exc:
                raise PackError(lazy_gettext("%(where)s: %(problem)s", where=pack.path.name, problem=_said(exc))
                                ) from None
            _retire_dropped(registry, pack, {s.id for s in stated}, actor, conn)
    return result


def _said(exc: InvalidStatement) -> str:
    """The problem as the model raised it: a ``Message`` (translated where shown) when it is one."""
    told = exc.args[0] if len(exc.args) == 1 else None
    return told if isinstance(told, Message) else str(exc)


def _retire_dropped(registry: Registry, pack: Pack, current: set[str], actor: str, conn: Connection) -> None:
    """Supersede what an earlier version of the pack stated and this one no longer does.

    Nothing is deleted: a fact corrected or withdrawn by the curators stays on record,
    marked superseded with the reason, so dossiers filed earlier can still be reproduced.
    """
    recorder = f"pack:{pack.name}"
    for statement in registry.statements(status="accepted", recorded_by=recorder, conn=conn):
        if statement.id not in current:
            registry.review(statement.id, "superseded", reviewer=actor,
                            reason=f"no longer stated by pack {pack.name!r}", conn=conn)
