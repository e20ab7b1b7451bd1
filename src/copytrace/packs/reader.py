"""Reading and checking curated pack files (format: docs/packs.md), without the registry.

The extractor reads the packs' names through this module, so reading them costs no database
code at start-up; loading a pack into a registry is ``copytrace.packs.loader``.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from copytrace.datafile import load_yaml
from copytrace.errors import PackError
from copytrace.lazyre import lazy_compile
from copytrace.model.statement import Citation

_ID = lazy_compile(r"^[a-z0-9][a-z0-9-]*$")
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
