"""The reasoning rules and claim-strength weights, read from rules.yaml and checked when loaded."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from copytrace.errors import SchemaError
from copytrace.model.schema import default_schema


@dataclass(frozen=True, slots=True)
class StrengthWeights:
    first_source: float
    more_sources: float
    max_sources: float
    explicit: float
    origin_points: float
    origin_weight: dict[str, float]
    per_extra_language: float
    max_languages: float
    recency: float
    decay_years: float
    disputed_cap: float


@dataclass(frozen=True, slots=True)
class Rules:
    covering_kinds: frozenset[str]
    production_predicates: tuple[str, ...]
    strength: StrengthWeights


@cache
def load_rules() -> Rules:
    """The shipped rules; a broken file fails here with the entry it is about."""
    text = (resources.files("copytrace.reason") / "rules.yaml").read_text(encoding="utf-8")
    raw: dict[str, Any] = yaml.safe_load(text)
    schema = default_schema()
    kinds = set(raw.get("covering_kinds", []))
    unknown = kinds - set(schema.predicate("derived_from").qualifiers)
    if unknown:
        raise SchemaError(f"rules.yaml: covering_kinds names unknown derivation kinds {sorted(unknown)}")
    production = tuple(raw.get("production_predicates", []))
    for name in production:
        schema.predicate(name)
    try:
        weights = StrengthWeights(**raw["strength"])
    except (KeyError, TypeError) as exc:
        raise SchemaError(f"rules.yaml: bad 'strength' section ({exc})") from None
    return Rules(frozenset(kinds), production, weights)
