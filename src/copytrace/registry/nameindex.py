"""Every name and alias of the registry in memory, for resolving many names without a query each.

Ingest resolves a dozen names per document; one SQL query per name made the storing process the
bottleneck of a batch. The index answers as ``Registry.resolve`` does (an id wins outright, then
a canonical name, then an alias; a name several entities share is ambiguous; another spelling of
a designation is tried) but never suggests close matches: nobody reads them while a batch runs.

It is kept current by the audit log: ``refresh()`` reads the newest audit sequence (one query) and,
when something was written since the index last looked, reloads the names of only the entities
added or named since then (one more query). Names and entities are never removed, so that is
all that can have changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, and_, or_, select, union

from copytrace.errors import AmbiguousName, UnknownEntity
from copytrace.extract.shapes import designation_spelling
from copytrace.model.names import name_key
from copytrace.model.statement import Statement
from copytrace.registry.registry import Entity, Registry
from copytrace.registry.tables import audit, entities, names, statements

_SPELLINGS_KEPT = 50_000


@dataclass(frozen=True, slots=True)
class _Name:
    entity: Entity
    name: str
    key: str
    is_alias: bool


class NameIndex:
    """Names, aliases and kinds of a registry's entities, as of audit entry ``seq``."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.seq = -1
        self._entities: dict[str, Entity] = {}
        self._by_key: dict[str, list[_Name]] = {}
        self._names_of: dict[str, list[_Name]] = {}
        # What each (name, kind) asked since the last change resolved to: the entity, or the name the
        # error is about (the one asked or its other spelling) with the ambiguous candidates (None:
        # unknown). A batch asks the same few hundred names again and again.
        self._answers: dict[tuple[str, str | None], Entity | tuple[str, list[tuple[str, str, str]] | None]] = {}
        # Each name's key and its other spelling as a designation (None: none), which never change.
        self._spellings: dict[str, tuple[str, str | None]] = {}
        # Entities given names by ``note`` that the registry may not hold (yet): looked up again on refresh.
        self._noted: set[str] = set()

    def refresh(self) -> NameIndex:
        """Catch up with what was written since the last look (nothing to do: one small query)."""
        with self.registry.reading() as conn:
            seq = int(conn.execute(select(audit.c.seq).order_by(audit.c.seq.desc()).limit(1)).scalar() or 0)
            if seq == self.seq and not self._noted:
                return self
            self._answers = {}
            noted, self._noted = sorted(self._noted), set()
            self._forget(noted)  # what was noted is known again as stored (or not at all, if it was not)
            if self.seq < 0 or seq < self.seq:  # first look, or a registry that is not the one indexed
                self._reset()
                self._load(conn, None)
            else:
                self._load(conn, self._changed_since(self.seq), noted)
        self.seq = seq
        return self

    def resolve(self, name: str, kind: str | None = None) -> Entity:
        """The entity ``name`` refers to; AmbiguousName or UnknownEntity (without suggestions) if none."""
        asked = (name, kind)
        if asked in self._answers:
            answer = self._answers[asked]
        else:
            try:
                answer = self._resolve(name, kind)
            except AmbiguousName as exc:
                answer = (exc.name, exc.candidates)
            except UnknownEntity as exc:
                answer = (exc.name, None)
            self._answers[asked] = answer
        if isinstance(answer, Entity):
            return answer
        named, candidates = answer
        if candidates is None:
            raise UnknownEntity(named, [])
        raise AmbiguousName(named, candidates)

    def _resolve(self, name: str, kind: str | None) -> Entity:
        by_id = self._entities.get(name)
        if by_id is not None and (kind is None or by_id.kind == kind) and self._names_of.get(name):
            return by_id
        spellings = self._spellings.get(name)
        if spellings is None:
            if len(self._spellings) >= _SPELLINGS_KEPT:  # a long batch's stream of one-off names
                self._spellings.clear()
            spellings = self._spellings[name] = (name_key(name), designation_spelling(name))
        key, spelled = spellings
        found = [n for n in self._by_key.get(key, ()) if kind is None or n.entity.kind == kind]
        if found:
            best = min(n.is_alias for n in found)
            winners = {n.entity.id: n.entity for n in found if n.is_alias == best}
            if len(winners) == 1:
                return next(iter(winners.values()))
            raise AmbiguousName(name, sorted((e.id, e.kind, e.name) for e in winners.values()))
        if spelled is not None and name_key(spelled) != key:
            return self._resolve(spelled, kind)
        raise UnknownEntity(name, [])

    def kinds_of(self, ids: Iterable[str]) -> dict[str, str]:
        return {i: self._entities[i].kind for i in ids if i in self._entities}

    def note(self, new_entities: Iterable[Entity], new_statements: Iterable[Statement]) -> None:
        """Know the new entities, names and aliases a write about to be made adds, before it is stored.

        A batch stores a group of documents in one transaction: each document's names are then
        resolved as they would be if the documents before it in the group were stored already (a
        maker one of them added is that maker, not a new entity of another kind). ``refresh`` replaces
        what was noted with what the registry holds.
        """
        for entity in new_entities:
            if entity.id not in self._entities:
                self._entities[entity.id] = entity
                self._add(entity, entity.name, False)
        for statement in new_statements:
            named = self._entities.get(statement.subject)
            if statement.predicate in ("name", "alias") and statement.value and named is not None:
                self._add(named, statement.value, statement.predicate == "alias")
        self._answers = {}

    # -- loading ---------------------------------------------------------------------------

    def _reset(self) -> None:
        self._entities, self._by_key, self._names_of = {}, {}, {}

    def _add(self, entity: Entity, name: str, is_alias: bool) -> None:
        """One more name of an entity, unless it has that name already (as the registry keeps names)."""
        if any(known.name == name for known in self._names_of.get(entity.id, ())):
            return
        entry = _Name(entity, name, name_key(name), is_alias)
        self._by_key.setdefault(entry.key, []).append(entry)
        self._names_of.setdefault(entity.id, []).append(entry)
        self._noted.add(entity.id)

    def _forget(self, ids: Iterable[str]) -> None:
        for entity_id in ids:
            self._entities.pop(entity_id, None)
            for old in self._names_of.pop(entity_id, []):
                self._by_key[old.key] = [n for n in self._by_key[old.key] if n.entity.id != entity_id]

    @staticmethod
    def _changed_since(seq: int) -> object:
        """The entities added, or given a name or alias, after audit entry ``seq`` (a subquery)."""
        after = audit.c.seq > seq
        added = select(audit.c.target.label("id")).where(and_(after, audit.c.action == "entity.add"))
        named = (select(statements.c.subject_id.label("id"))
                 .where(statements.c.predicate.in_(["name", "alias"]))
                 .where(statements.c.id.in_(select(audit.c.target)
                                            .where(and_(after, audit.c.action == "statement.add")))))
        return union(added, named).subquery()

    def _load(self, conn: Connection, changed: object, also: list[str] | None = None) -> None:
        """Load the names of every entity (``changed`` None) or of those ``changed`` selects and those
        ``also`` names, replacing theirs."""
        query = (select(entities.c.id, entities.c.kind, entities.c.name.label("canonical"), names.c.name,
                        names.c.key, names.c.is_alias)
                 .join(names, names.c.entity_id == entities.c.id))
        if changed is not None:
            chosen = entities.c.id.in_(select(changed.c.id))  # type: ignore[attr-defined]
            query = query.where(or_(chosen, entities.c.id.in_(also)) if also else chosen)
        rows = conn.execute(query).all()
        for entity_id in {row.id for row in rows}:
            for old in self._names_of.pop(entity_id, []):
                self._by_key[old.key] = [n for n in self._by_key[old.key] if n.entity.id != entity_id]
        for row in rows:
            entity = self._entities.get(row.id)
            if entity is None:
                entity = self._entities[row.id] = Entity(row.id, row.kind, row.canonical)
            entry = _Name(entity, row.name, row.key, bool(row.is_alias))
            self._by_key.setdefault(row.key, []).append(entry)
            self._names_of.setdefault(row.id, []).append(entry)
