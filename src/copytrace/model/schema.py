"""Load and check the domain model declared in ``schema.yaml``.

The schema is data: entity kinds, literal types and the closed predicate vocabulary. Loading it
checks every reference, so a typo fails at start-up with a message naming the entry instead of
surfacing later as a puzzling query result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from copytrace.datafile import load_yaml
from copytrace.errors import InvalidStatement, SchemaError
from copytrace.i18n import lazy_gettext

_YEAR = re.compile(r"^\d{4}$")


@dataclass(frozen=True, slots=True)
class Predicate:
    name: str
    label: str
    subject: frozenset[str]
    object: frozenset[str]
    literal: str | None
    qualifiers: frozenset[str]
    qualifier_required: bool
    scope: frozenset[str]
    scope_required: bool

    @property
    def takes_entity(self) -> bool:
        return self.literal is None


@dataclass(frozen=True, slots=True)
class Schema:
    kinds: dict[str, str]
    literals: dict[str, str]
    licence_statuses: tuple[str, ...]
    derivation_kinds: tuple[str, ...]
    predicates: dict[str, Predicate]
    statuses: tuple[str, ...]
    live_statuses: tuple[str, ...]
    # The statuses a review may give a statement, by its status now.
    next_statuses: dict[str, frozenset[str]]
    origins: tuple[str, ...]

    def predicate(self, name: str) -> Predicate:
        try:
            return self.predicates[name]
        except KeyError:
            raise InvalidStatement(lazy_gettext("unknown predicate %(name)r (known: %(known)s)", name=name,
                                                known=", ".join(sorted(self.predicates)))) from None

    def check_kind(self, kind: str) -> None:
        if kind not in self.kinds:
            raise InvalidStatement(lazy_gettext("unknown entity kind %(kind)r (known: %(known)s)", kind=kind,
                                                known=", ".join(self.kinds)))

    def check_literal(self, predicate: Predicate, value: str) -> None:
        if predicate.literal == "year" and not _YEAR.match(value):
            raise InvalidStatement(lazy_gettext("%(predicate)s wants a four-digit year, got %(value)r",
                                                predicate=predicate.name, value=value))
        if predicate.literal == "licence_status" and value not in self.licence_statuses:
            raise InvalidStatement(lazy_gettext("%(predicate)s wants one of %(known)s, got %(value)r",
                                                predicate=predicate.name, known=", ".join(self.licence_statuses),
                                                value=value))
        if not value.strip():
            raise InvalidStatement(lazy_gettext("%(predicate)s wants a non-empty value", predicate=predicate.name))


def _names(entry: str, field: str, value: Any, allowed: dict[str, str]) -> frozenset[str]:
    if value is None:
        return frozenset()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SchemaError(f"predicate {entry!r}: {field} must be a list of kind names")
    for name in value:
        if name not in allowed:
            raise SchemaError(f"predicate {entry!r}: {field} names unknown kind {name!r}")
    return frozenset(value)


def _predicate(name: str, raw: Any, kinds: dict[str, str], literals: dict[str, str],
               enums: dict[str, tuple[str, ...]]) -> Predicate:
    if not isinstance(raw, dict):
        raise SchemaError(f"predicate {name!r}: expected a mapping")
    unknown = set(raw) - {"label", "subject", "object", "literal", "qualifier", "qualifier_required",
                          "scope", "scope_required"}
    if unknown:
        raise SchemaError(f"predicate {name!r}: unknown field(s) {', '.join(sorted(unknown))}")
    subject = _names(name, "subject", raw.get("subject"), kinds)
    if not subject:
        raise SchemaError(f"predicate {name!r}: needs at least one subject kind")
    obj = _names(name, "object", raw.get("object"), kinds)
    literal = raw.get("literal")
    if bool(obj) == (literal is not None):
        raise SchemaError(f"predicate {name!r}: give exactly one of 'object' (kinds) or 'literal' (type)")
    if literal is not None and literal not in literals:
        raise SchemaError(f"predicate {name!r}: unknown literal type {literal!r}")
    qualifier = raw.get("qualifier")
    if qualifier is not None and qualifier not in enums:
        raise SchemaError(f"predicate {name!r}: qualifier names unknown list {qualifier!r}")
    return Predicate(
        name=name,
        label=str(raw.get("label", name)),
        subject=subject,
        object=obj,
        literal=literal,
        qualifiers=frozenset(enums[qualifier]) if qualifier else frozenset(),
        qualifier_required=bool(raw.get("qualifier_required", False)),
        scope=_names(name, "scope", raw.get("scope"), kinds),
        scope_required=bool(raw.get("scope_required", False)),
    )


def _statuses(raw: Any, origin: str) -> tuple[tuple[str, ...], tuple[str, ...], dict[str, frozenset[str]]]:
    """The statuses, the live ones, and the statuses each may become."""
    if not isinstance(raw, dict) or not raw:
        raise SchemaError(f"{origin}: statuses must map each status to its 'live' flag and 'next' statuses")
    statuses = tuple(str(k) for k in raw)
    nexts: dict[str, frozenset[str]] = {}
    for name, body in raw.items():
        if not isinstance(body, dict) or set(body) != {"live", "next"} or not isinstance(body["next"], list):
            raise SchemaError(f"status {name!r}: give 'live' (true or false) and 'next' (a list of statuses)")
        unknown = [n for n in body["next"] if n not in statuses]
        if unknown:
            raise SchemaError(f"status {name!r}: next names unknown status {unknown[0]!r}")
        nexts[str(name)] = frozenset(body["next"])
    live = tuple(str(k) for k, body in raw.items() if body["live"] is True)
    return statuses, live, nexts


def parse_schema(raw: Any, origin: str = "schema") -> Schema:
    """Build a Schema from parsed YAML, raising SchemaError that names the bad entry."""
    if not isinstance(raw, dict):
        raise SchemaError(f"{origin}: expected a mapping at the top level")
    for key in ("kinds", "literals", "predicates", "licence_statuses", "derivation_kinds", "statuses", "origins"):
        if key not in raw:
            raise SchemaError(f"{origin}: missing section {key!r}")
    kinds = {str(k): str(v) for k, v in raw["kinds"].items()}
    literals = {str(k): str(v) for k, v in raw["literals"].items()}
    enums = {
        "licence_statuses": tuple(raw["licence_statuses"]),
        "derivation_kinds": tuple(raw["derivation_kinds"]),
    }
    predicates = {
        str(name): _predicate(str(name), body, kinds, literals, enums)
        for name, body in raw["predicates"].items()
    }
    statuses, live, nexts = _statuses(raw["statuses"], origin)
    return Schema(
        kinds=kinds,
        literals=literals,
        licence_statuses=enums["licence_statuses"],
        derivation_kinds=enums["derivation_kinds"],
        predicates=predicates,
        statuses=statuses,
        live_statuses=live,
        next_statuses=nexts,
        origins=tuple(str(o) for o in raw["origins"]),
    )


def load_schema(path: Path | None = None) -> Schema:
    """Load and check a schema file (the packaged ``schema.yaml`` by default)."""
    if path is None:
        return default_schema()
    try:
        raw = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise SchemaError(f"{path}: cannot read schema: {exc}") from None
    return parse_schema(raw, str(path))


@cache
def default_schema() -> Schema:
    """The packaged schema, loaded and checked once per process on first use."""
    text = resources.files("copytrace.model").joinpath("schema.yaml").read_text(encoding="utf-8")
    return parse_schema(load_yaml(text), "copytrace/model/schema.yaml")
