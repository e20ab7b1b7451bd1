"""The armour pack (T-34 to T-90, BMP, BTR): what a user relies on, checked on a real load."""

import re

import pytest

from copytrace.packs import load_pack, read_pack
from copytrace.reason.lineage import lineage
from copytrace.registry import Registry

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def armour(module_registry: Registry) -> Registry:
    load_pack(module_registry, "armour", actor="tester")
    return module_registry


def test_the_pack_holds_at_least_130_designs_and_products(armour: Registry) -> None:
    pack = read_pack("armour")
    vehicles = [e.id for e in pack.entities if e.kind in ("design", "product")]
    assert len(vehicles) >= 130
    stored = armour.entities_by_id(vehicles)
    assert set(stored) == set(vehicles)


@pytest.mark.parametrize("name", ["T-72", "Т-72", "PT-91", "M-84", "BVP-1", "T-55"])
def test_the_common_designations_resolve(armour: Registry, name: str) -> None:
    entity = armour.resolve(name)
    assert entity.kind in ("design", "product")


def test_latin_and_cyrillic_t72_are_the_same_design(armour: Registry) -> None:
    assert armour.resolve("T-72").id == armour.resolve("Т-72").id == "t-72"


def test_t72_lineage_reaches_licensed_production_in_four_countries(armour: Registry) -> None:
    t72 = armour.resolve("T-72")
    links = lineage(armour, t72.id, "descendants")
    licensed = {link.child for link in links if link.kind == "licensed_copy"}
    countries = {
        s.object_id for child in licensed for s in armour.statements(subject=child, predicate="made_in_country")
    }
    assert {"poland", "czechoslovakia", "yugoslavia", "india"} <= countries



def test_licensors_are_soviet_or_russian_for_the_soviet_designs(armour: Registry) -> None:
    licensors = {s.object_id for s in armour.statements(predicate="licensor")}
    assert {"soviet-union", "russia"} <= licensors


def test_unlicensed_and_disputed_cases_are_recorded(armour: Registry) -> None:
    type86 = armour.resolve("Type 86 IFV")
    statuses = {s.value for s in armour.statements(subject=type86.id, predicate="licence_status")}
    assert statuses == {"unlicensed"}
    lion = armour.resolve("Lion of Babylon")
    lion_statuses = {s.value for s in armour.statements(subject=lion.id, predicate="licence_status")}
    assert {"licensed", "disputed"} <= lion_statuses


def test_the_ot64_is_a_look_alike_not_a_copy(armour: Registry) -> None:
    skot = armour.resolve("OT-64 SKOT")
    assert armour.statements(subject=skot.id, predicate="not_derived_from")
    assert lineage(armour, skot.id, "ancestors") == []


def test_plants_have_operators_and_makers_have_successors(armour: Registry) -> None:
    hvf = armour.resolve("HVF Avadi")
    operators = {s.object_id for s in armour.statements(subject=hvf.id, predicate="operated_by")}
    assert {"ordnance-factory-board", "avnl"} <= operators
    bumar = armour.resolve("Bumar-Łabędy")
    assert armour.statements(subject=bumar.id, predicate="successor_of")


def test_aliases_are_in_several_scripts(armour: Registry) -> None:
    aliases = [s.value or "" for s in armour.statements(predicate="alias", recorded_by="pack:armour")]
    assert any(CYRILLIC.search(a) for a in aliases)
    assert any(CJK.search(a) for a in aliases)
