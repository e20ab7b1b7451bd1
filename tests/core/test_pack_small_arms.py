"""The small_arms pack: what a user relies on, checked on a real load."""

import pytest

from copytrace.packs import load_pack, read_pack
from copytrace.reason.lineage import lineage
from copytrace.registry import Registry


@pytest.fixture(scope="module")
def small_arms(module_registry: Registry) -> Registry:
    load_pack(module_registry, "small_arms", actor="tester")
    return module_registry


@pytest.mark.parametrize(
    ("name", "entity_id"),
    [
        ("TT-33", "tt-33"),
        ("ТТ-33", "tt-33"),
        ("Makarov PM", "makarov-pm"),
        ("ПМ", "makarov-pm"),
        ("SKS", "sks"),
        ("PK", "pk"),
        ("SVD", "svd"),
        ("Dragunov", "svd"),
        ("Type 54 pistol", "type-54-pistol"),
        ("54式手枪", "type-54-pistol"),
        ("Type 54 heavy machine gun", "type-54-heavy-machine-gun"),
        ("HN-5", "hn-5"),
        ("红缨-5", "hn-5"),
        ("Raad", "raad-atgm"),
        ("PSL", "psl"),
        ("Strela-2", "strela-2"),
        ("9K111 Fagot", "fagot"),
    ],
)
def test_names_resolve_to_the_intended_entity(small_arms: Registry, name: str, entity_id: str) -> None:
    assert small_arms.resolve(name).id == entity_id


def test_the_tokarev_lineage_reaches_the_foreign_producers(small_arms: Registry) -> None:
    tt33 = small_arms.resolve("TT-33")
    descendants = {link.child for link in lineage(small_arms, tt33.id, "descendants")}
    countries = {s.object_id for s in small_arms.statements(predicate="made_in_country") if s.subject in descendants}
    assert {"china", "poland", "yugoslavia", "hungary"} <= countries



def test_the_pack_has_the_promised_breadth(small_arms: Registry) -> None:
    pack = read_pack("small_arms")
    assert sum(1 for e in pack.entities if e.kind in {"design", "product"}) >= 140
    counts = small_arms.counts()
    assert counts["entities.design"] + counts["entities.product"] >= 140


def test_the_psl_is_not_an_svd(small_arms: Registry) -> None:
    svd = small_arms.resolve("SVD")
    psl = small_arms.resolve("PSL")
    descendants = {link.child for link in lineage(small_arms, svd.id, "descendants")}
    assert psl.id not in descendants
    assert "al-kadesiya" not in descendants and "tabuk-sniper-rifle" not in descendants
    assert any(s.object_id == svd.id for s in small_arms.statements(subject=psl.id, predicate="not_derived_from"))


def test_the_p64_is_not_a_makarov(small_arms: Registry) -> None:
    p64 = small_arms.resolve("P-64")
    assert lineage(small_arms, p64.id, "ancestors") == []
    assert small_arms.statements(subject=p64.id, predicate="not_derived_from")
