"""The pack check: what every shipped pack must hold before a lawyer may rely on it.

Read from the pack files themselves (no registry), over all shipped packs together, since entity
ids, names and aliases are shared across packs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

import pytest

from copytrace.model.names import name_key
from copytrace.packs.reader import Pack, PackEntity, available_packs, read_pack

PRODUCTS = {"design", "product"}
MAKERS = {"organization", "facility"}
_YEAR = re.compile(r"^(\d{4})")


@cache
def packs() -> tuple[Pack, ...]:
    return tuple(read_pack(name) for name in available_packs())


def entities() -> dict[str, PackEntity]:
    return {e.id: e for pack in packs() for e in pack.entities}


def test_every_statement_cites_a_source_with_an_address() -> None:
    for pack in packs():
        for key, citation in pack.sources.items():
            assert citation.title and citation.publisher, f"{pack.name}: source {key}"
            assert (citation.url or "").startswith("https://"), f"{pack.name}: source {key} has no https URL"
            assert citation.date, f"{pack.name}: source {key} has no date"
        for entity in pack.entities:
            for fact in entity.facts:
                assert fact.source in pack.sources, f"{pack.name}: {entity.id} {fact.p} cites {fact.source}"


def test_entity_ids_are_unique_across_packs() -> None:
    seen: dict[str, str] = {}
    for pack in packs():
        for entity in pack.entities:
            assert entity.id not in seen, f"{entity.id} is defined in {seen.get(entity.id)} and {pack.name}"
            seen[entity.id] = pack.name


def _linked() -> dict[str, set[str]]:
    """Organisations and facilities joined by succession or operation, as connected groups."""
    parent = {e: e for e in entities()}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for entity in entities().values():
        for fact in entity.facts:
            if fact.p in {"successor_of", "operated_by"} and fact.o in parent:
                parent[find(entity.id)] = find(fact.o)
    groups: dict[str, set[str]] = defaultdict(set)
    for e in parent:
        groups[find(e)].add(e)
    return {e: groups[find(e)] for e in parent}


def test_no_two_organisations_share_a_name_unless_joined_by_succession() -> None:
    linked = _linked()
    owners: dict[str, set[str]] = defaultdict(set)
    for entity in entities().values():
        if entity.kind in MAKERS:
            for name in (entity.name, *entity.aliases):
                owners[name_key(name)].add(entity.id)
    clashes = {key: ids for key, ids in owners.items()
               if len(ids) > 1 and not all(linked[i] == linked[next(iter(ids))] for i in ids)}
    assert not clashes, clashes


def test_aliases_do_not_collide_across_products() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for entity in entities().values():
        if entity.kind in PRODUCTS:
            for name in (entity.name, *entity.aliases):
                owners[name_key(name)].add(entity.id)
    clashes = {key: ids for key, ids in owners.items() if len(ids) > 1}
    assert not clashes, clashes


def test_every_product_has_a_family_and_a_country() -> None:
    missing = []
    for entity in entities().values():
        if entity.kind != "product":
            continue
        predicates = {f.p for f in entity.facts}
        if "derived_from" not in predicates and "not_derived_from" not in predicates:
            missing.append(f"{entity.id}: no family (derived_from)")
        if "made_in_country" not in predicates:
            missing.append(f"{entity.id}: no country (made_in_country)")
    assert not missing, missing


def test_every_licence_names_a_licensor_a_licensee_and_a_design() -> None:
    for entity in entities().values():
        if entity.kind == "licence":
            predicates = {f.p for f in entity.facts}
            assert {"licensor", "licensee", "licensed_design"} <= predicates, entity.id


@pytest.mark.parametrize("field", ["o", "valid_from", "valid_to"])
def test_years_are_plausible(field: str) -> None:
    for entity in entities().values():
        for fact in entity.facts:
            value = getattr(fact, field)
            if field == "o" and fact.p != "introduced_year":
                continue
            year = _YEAR.match(value or "")
            if value is not None:
                assert year and 1900 <= int(year.group(1)) <= 2030, f"{entity.id} {fact.p} {field}={value}"


def test_references_resolve() -> None:
    known = entities()
    for entity in known.values():
        for fact in entity.facts:
            if fact.p in {"introduced_year", "licence_status", "alias", "name"}:
                continue
            assert fact.o in known, f"{entity.id} {fact.p} -> {fact.o} is not an entity of any pack"
            if fact.scope is not None:
                assert fact.scope in known, f"{entity.id} scope {fact.scope}"


@pytest.mark.parametrize("name", ["armour", "aircraft", "small_arms"])
def test_the_soviet_family_packs_date_every_licence(name: str) -> None:
    pack = read_pack(name)
    licences = [e for e in pack.entities if e.kind == "licence"]
    assert len(licences) >= 12
    for licence in licences:
        assert any(f.valid_from or f.valid_to for f in licence.facts), f"{name}: {licence.id} has no date"
