"""Reading, checking and loading curated packs (format: docs/packs.md).

A pack is checked whole, together with the packs it requires and what the registry already
holds, before anything is written; then it is written in one transaction. So a bad entry names
its file and entry, and nothing of the pack is half-loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import Connection

from copytrace.datafile import load_yaml
from copytrace.errors import InvalidStatement, PackError
from copytrace.model.schema import Schema
from copytrace.model.statement import Citation, Statement
from copytrace.registry import Entity, Registry

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_FACT_KEYS = {"p", "o", "kind", "scope", "from", "to", "source", "confidence", "note"}
_ENTITY_KEYS = {"id", "kind", "name", "source", "aliases", "facts"}


@dataclass(frozen=True, slots=True)
class PackFact:
    p: str
    o: str
    kind: str | None
    scope: str | None
    valid_from: str | None
    valid_to: str | None
    source: str
    confidence: float
    note: str | None


@dataclass(frozen=True, slots=True)
class PackEntity:
    id: str
    kind: str
    name: str
    source: str | None
    aliases: tuple[str, ...]
    facts: tuple[PackFact, ...]


@dataclass(frozen=True, slots=True)
class Pack:
    name: str
    title: str
    path: Path
    requires: tuple[str, ...]
    sources: dict[str, Citation]
    entities: tuple[PackEntity, ...]


def _data_dir() -> Path:
    return Path(str(resources.files("copytrace.packs") / "data"))


def available_packs() -> list[str]:
    return sorted(p.stem for p in _data_dir().glob("*.yaml"))


def pack_path(name: str) -> Path:
    """A shipped pack by name, or a pack file by path."""
    if name.endswith((".yaml", ".yml")) or "/" in name:
        return Path(name)
    path = _data_dir() / f"{name}.yaml"
    if not path.exists():
        raise PackError(f"no pack named {name!r} (available: {', '.join(available_packs())})")
    return path


def _text(where: str, raw: dict[str, Any], key: str, required: bool = True) -> str | None:
    value = raw.get(key)
    if value is None:
        if required:
            raise PackError(f"{where}: missing {key!r}")
        return None
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise PackError(f"{where}: {key!r} must be text, got {type(value).__name__}")
    return str(value)


def _fact(where: str, raw: Any, default_source: str | None) -> PackFact:
    if not isinstance(raw, dict):
        raise PackError(f"{where}: a fact must be a mapping")
    unknown = set(raw) - _FACT_KEYS
    if unknown:
        raise PackError(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
    source = _text(where, raw, "source", required=False) or default_source
    if source is None:
        raise PackError(f"{where}: no 'source' (and the entity has none)")
    confidence = raw.get("confidence", 1.0)
    if not isinstance(confidence, int | float):
        raise PackError(f"{where}: confidence must be a number")
    return PackFact(
        p=str(_text(where, raw, "p")),
        o=str(_text(where, raw, "o")),
        kind=_text(where, raw, "kind", required=False),
        scope=_text(where, raw, "scope", required=False),
        valid_from=_text(where, raw, "from", required=False),
        valid_to=_text(where, raw, "to", required=False),
        source=source,
        confidence=float(confidence),
        note=_text(where, raw, "note", required=False),
    )


def _entity(path: Path, index: int, raw: Any) -> PackEntity:
    where = f"{path.name}: entities[{index}]"
    if not isinstance(raw, dict):
        raise PackError(f"{where}: an entity must be a mapping")
    entity_id = _text(where, raw, "id")
    assert entity_id is not None
    where = f"{path.name}: entity {entity_id!r}"
    if not _ID.match(entity_id):
        raise PackError(f"{where}: ids are lowercase letters, digits and '-'")
    unknown = set(raw) - _ENTITY_KEYS
    if unknown:
        raise PackError(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
    aliases = raw.get("aliases") or []
    if not isinstance(aliases, list):
        raise PackError(f"{where}: aliases must be a list")
    facts = raw.get("facts") or []
    if not isinstance(facts, list):
        raise PackError(f"{where}: facts must be a list")
    source = _text(where, raw, "source", required=False)
    return PackEntity(
        id=entity_id,
        kind=str(_text(where, raw, "kind")),
        name=str(_text(where, raw, "name")),
        source=source,
        aliases=tuple(str(a) for a in aliases),
        facts=tuple(_fact(f"{where}, fact {n + 1}", f, source) for n, f in enumerate(facts)),
    )


def read_pack(name: str) -> Pack:
    """Parse one pack file and check its structure (references are checked on load)."""
    path = pack_path(name)
    try:
        raw = load_yaml(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PackError(f"{path}: cannot read: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise PackError(f"{path.name}: not valid YAML: {exc}") from None
    if not isinstance(raw, dict):
        raise PackError(f"{path.name}: expected a mapping with 'pack', 'sources' and 'entities'")
    pack_name = _text(path.name, raw, "pack")
    if pack_name != path.stem:
        raise PackError(f"{path.name}: 'pack' is {pack_name!r} but must equal the file name {path.stem!r}")
    sources: dict[str, Citation] = {}
    for key, body in (raw.get("sources") or {}).items():
        where = f"{path.name}: source {key!r}"
        if not isinstance(body, dict):
            raise PackError(f"{where}: must be a mapping with title, publisher, url, date")
        sources[str(key)] = Citation(
            title=str(_text(where, body, "title")),
            publisher=_text(where, body, "publisher", required=False),
            url=_text(where, body, "url", required=False),
            date=_text(where, body, "date", required=False),
        )
    entities_raw = raw.get("entities")
    if not isinstance(entities_raw, list):
        raise PackError(f"{path.name}: 'entities' must be a list")
    return Pack(
        name=str(pack_name),
        title=str(raw.get("title") or pack_name),
        path=path,
        requires=tuple(str(r) for r in raw.get("requires") or ()),
        sources=sources,
        entities=tuple(_entity(path, n, e) for n, e in enumerate(entities_raw)),
    )


def pack_statements(pack: Pack, schema: Schema) -> list[Statement]:
    """The cited statements a pack makes (names and aliases included)."""
    out: list[Statement] = []
    recorder = f"pack:{pack.name}"
    for entity in pack.entities:
        where = f"{pack.path.name}: entity {entity.id!r}"

        def cite(key: str | None, where: str = where) -> Citation:
            if key is None or key not in pack.sources:
                raise PackError(f"{where}: unknown source {key!r}")
            return pack.sources[key]

        def curated(predicate: str, citation: Citation, entity_id: str = entity.id, **rest: Any) -> Statement:
            return Statement(entity_id, predicate, citation=citation, origin="curated", status="accepted",
                             recorded_by=recorder, **rest)

        name_source = entity.source or (entity.facts[0].source if entity.facts else None)
        out.append(curated("name", cite(name_source), value=entity.name))
        out.extend(curated("alias", cite(name_source), value=alias) for alias in entity.aliases)
        for n, fact in enumerate(entity.facts, start=1):
            fact_where = f"{where}, fact {n} ({fact.p})"
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
                raise PackError(f"{fact_where}: {exc}") from None
    return out


def _with_requirements(name: str, visiting: set[str], order: dict[str, Pack]) -> None:
    """Add a pack after everything it requires (depth-first post-order)."""
    pack = read_pack(name)
    if pack.name in order:
        return
    if pack.name in visiting:
        raise PackError(f"{pack.path.name}: packs require each other in a cycle through {pack.name!r}")
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
                raise PackError(f"{pack.path.name}: entity {entity.id!r} is already defined "
                                f"in pack {entity_owner[entity.id]!r}")
            entity_owner[entity.id] = pack.name
    result: dict[str, tuple[int, int]] = {}
    with registry.transaction() as conn:
        for pack in order:
            found = [Entity(e.id, e.kind, e.name) for e in pack.entities]
            stated = pack_statements(pack, registry.schema)
            try:
                result[pack.name] = registry.write(found, stated, actor=actor, conn=conn)
            except InvalidStatement as exc:
                raise PackError(f"{pack.path.name}: {exc}") from None
            _retire_dropped(registry, pack, {s.id for s in stated}, actor, conn)
    return result


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
