"""The aircraft pack: what a user relies on, checked on a real load."""

import re

import pytest

from copytrace.packs import load_pack
from copytrace.reason.lineage import lineage
from copytrace.registry import Registry

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def aircraft(module_registry: Registry) -> Registry:
    load_pack(module_registry, "aircraft", actor="tester")
    return module_registry


@pytest.mark.parametrize("name", ["MiG-21", "МиГ-21", "J-7", "F-7", "Su-27", "J-11", "Mi-17", "Z-5"])
def test_the_common_names_resolve(aircraft: Registry, name: str) -> None:
    entity = aircraft.resolve(name)
    assert entity.kind in {"design", "product"}


def test_the_cyrillic_and_latin_mig_21_are_one_entity(aircraft: Registry) -> None:
    assert aircraft.resolve("МиГ-21").id == aircraft.resolve("MiG-21").id


def test_mig_21_lineage_reaches_china_india_and_czechoslovakia(aircraft: Registry) -> None:
    mig21 = aircraft.resolve("MiG-21")
    descendants = {link.child for link in lineage(aircraft, mig21.id, "descendants")}
    countries = {s.object_id for s in aircraft.statements(predicate="made_in_country") if s.subject in descendants}
    assert {"china", "india", "czechoslovakia"} <= countries


def test_mig_21_has_licensed_copies_abroad(aircraft: Registry) -> None:
    mig21 = aircraft.resolve("MiG-21")
    links = lineage(aircraft, mig21.id, "descendants")
    licensed = {link.child for link in links if link.kind == "licensed_copy"}
    assert {"aero-mig-21f-13", "j-7", "hal-mig-21fl"} <= licensed



def test_the_pack_has_the_promised_breadth(aircraft: Registry) -> None:
    counts = aircraft.counts()
    assert counts["entities.design"] + counts["entities.product"] >= 130
    assert aircraft.statements(predicate="operated_by")
    assert aircraft.statements(predicate="successor_of")
    assert aircraft.statements(predicate="exported_to")


def test_the_j_11b_dispute_is_recorded_from_both_sides(aircraft: Registry) -> None:
    j11b = aircraft.resolve("J-11B")
    statuses = {s.value for s in aircraft.statements(subject=j11b.id, predicate="licence_status")}
    assert {"disputed", "unlicensed"} <= statuses
    j11 = aircraft.resolve("J-11")
    ancestors = {link.parent for link in lineage(aircraft, j11b.id, "ancestors")}
    assert {j11.id, aircraft.resolve("Su-27").id} <= ancestors


def test_aliases_are_in_several_scripts(aircraft: Registry) -> None:
    aliases = [s.value or "" for s in aircraft.statements(predicate="alias")]
    assert any(CYRILLIC.search(a) for a in aliases)
    assert any(CJK.search(a) for a in aliases)
    assert aircraft.resolve("歼-7").id == aircraft.resolve("J-7").id
