"""The in-memory name index ingest resolves names with answers as ``Registry.resolve`` does, and keeps up."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from copytrace.errors import AmbiguousName, UnknownEntity
from copytrace.model.statement import Citation, Statement
from copytrace.packs import load_pack
from copytrace.registry import Entity, Registry
from copytrace.registry.nameindex import NameIndex
from copytrace.registry.tables import names

ODD = ["56式", "Тип 56", "ak47", "AK-47", "Nothing Like It", "Type 99 Zeta", "akm", "Zastava"]


def _answer(resolve: object, name: str) -> tuple[str, object]:
    try:
        return "entity", resolve(name)  # type: ignore[operator]
    except AmbiguousName as exc:
        return "ambiguous", sorted(exc.candidates)
    except UnknownEntity:
        return "unknown", None


def test_every_name_resolves_as_the_registry_resolves_it(registry: Registry) -> None:
    load_pack(registry, "kalashnikov", actor="tester")
    with registry.reading() as conn:
        stored = sorted(set(conn.execute(select(names.c.name)).scalars()))
    index = NameIndex(registry).refresh()
    ids = [e.id for e in registry.entities()]
    for name in [*stored, *ids, *ODD]:
        assert _answer(index.resolve, name) == _answer(registry.resolve, name), name
    assert index.kinds_of(ids) == registry.kinds_of(ids)


def test_names_written_after_a_refresh_are_found_after_the_next(sqlite_registry: Registry) -> None:
    registry = sqlite_registry
    registry.write([Entity("zz-rifle", "product", "ZZ Rifle")], [], actor="tester")
    index = NameIndex(registry).refresh()
    registry.write([Entity("yy-works", "organization", "YY Works")],
                   [Statement("zz-rifle", "alias", value="Zed Zed", citation=Citation("A test source"))],
                   actor="tester")
    with pytest.raises(UnknownEntity):
        index.resolve("Zed Zed")
    index.refresh()
    assert (index.resolve("zed zed").id, index.resolve("YY Works").kind) == ("zz-rifle", "organization")
    assert index.resolve("ZZ Rifle").id == "zz-rifle"   # the entity's other names are kept


def test_an_answer_given_before_a_write_is_not_kept_past_the_next_refresh(sqlite_registry: Registry) -> None:
    registry = sqlite_registry
    index = NameIndex(registry).refresh()
    with pytest.raises(UnknownEntity):
        index.resolve("QQ Carbine")
    registry.write([Entity("qq-carbine", "product", "QQ Carbine")], [], actor="tester")
    with pytest.raises(UnknownEntity):  # kept until the index looks again
        index.resolve("QQ Carbine")
    index.refresh()
    assert index.resolve("QQ Carbine").id == "qq-carbine"


def test_names_noted_but_never_stored_are_gone_after_the_next_refresh(sqlite_registry: Registry) -> None:
    registry = sqlite_registry
    registry.write([Entity("zz-rifle", "product", "ZZ Rifle")], [], actor="tester")
    index = NameIndex(registry).refresh()
    index.note([Entity("ww-gun", "product", "WW Gun")],
               [Statement("zz-rifle", "alias", value="Zee", citation=Citation("A test source"))])
    assert (index.resolve("WW Gun").id, index.resolve("zee").id) == ("ww-gun", "zz-rifle")
    index.refresh()  # the group that would have stored them was rolled back
    for gone in ("WW Gun", "Zee"):
        with pytest.raises(UnknownEntity):
            index.resolve(gone)
    assert index.resolve("ZZ Rifle").id == "zz-rifle"
