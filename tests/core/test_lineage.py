"""Lineage over derived_from on both backends: direction, depth, order, cycles, statuses, shortest paths."""

from __future__ import annotations

import dataclasses

import pytest

from copytrace.model.statement import Citation, Statement
from copytrace.reason.lineage import MAX_DEPTH, Link, lineage, path_between
from copytrace.registry import Registry, queries
from copytrace.registry.registry import Entity

CITE = Citation("Lineages (test source)", "Test Encyclopedia")


def link(child: str, parent: str, kind: str = "variant", status: str = "accepted") -> Statement:
    return Statement(child, "derived_from", object_id=parent, qualifier=kind, citation=CITE,
                     status=status)  # type: ignore[arg-type]


def store(registry: Registry, names: list[str], links: list[Statement]) -> None:
    registry.write([Entity(n, "design", n.upper()) for n in names], links, actor="tester")


def edges(links: list[Link]) -> list[tuple[str, str, str, int]]:
    return [(x.child, x.parent, x.kind, x.depth) for x in links]


@pytest.fixture
def family(registry: Registry) -> Registry:
    """root <- a <- c, root <- b <- c (a diamond), c <- d; e is unrelated; x <- a is rejected."""
    store(registry, ["root", "a", "b", "c", "d", "e", "x"], [
        link("a", "root", "successor"), link("b", "root", "copy"), link("c", "a"), link("c", "b", "licensed_copy"),
        link("d", "c"), link("x", "a", status="rejected")])
    return registry


def test_ancestors_are_listed_nearest_first_with_the_kind_of_each_link(family: Registry) -> None:
    assert edges(lineage(family, "d", "ancestors")) == [
        ("d", "c", "variant", 1), ("c", "a", "variant", 2), ("c", "b", "licensed_copy", 2),
        ("a", "root", "successor", 3), ("b", "root", "copy", 3)]


def test_descendants_walk_the_links_the_other_way(family: Registry) -> None:
    assert edges(lineage(family, "root", "descendants")) == [
        ("a", "root", "successor", 1), ("b", "root", "copy", 1), ("c", "a", "variant", 2),
        ("c", "b", "licensed_copy", 2), ("d", "c", "variant", 3)]


def test_a_link_reached_along_two_paths_is_listed_once(family: Registry) -> None:
    found = lineage(family, "root", "descendants")
    assert [(x.child, x.parent) for x in found].count(("d", "c")) == 1


def test_two_sources_giving_different_kinds_of_the_same_link_are_both_listed(registry: Registry) -> None:
    store(registry, ["p", "q"], [link("p", "q", "copy"), link("p", "q", "licensed_copy")])
    assert sorted(x.kind for x in lineage(registry, "p", "ancestors")) == ["copy", "licensed_copy"]


def test_links_carry_the_names_status_and_statement(family: Registry) -> None:
    [first] = lineage(family, "a", "ancestors")
    assert (first.child_name, first.parent_name, first.status, first.statement_id) == (
        "A", "ROOT", "accepted", link("a", "root", "successor").id)


def test_a_link_is_an_immutable_value(family: Registry) -> None:
    [first] = lineage(family, "a", "ancestors")
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.kind = "copy"  # type: ignore[misc]
    assert len({first, first}) == 1


def test_the_far_end_depends_on_the_direction(family: Registry) -> None:
    [first] = lineage(family, "a", "ancestors")
    assert (first.far_end("ancestors"), first.far_end("descendants")) == ("root", "a")


def test_rejected_links_are_left_out_unless_asked_for(family: Registry) -> None:
    assert lineage(family, "x", "ancestors") == []
    asked = lineage(family, "x", "ancestors", statuses=("rejected",))
    assert edges(asked) == [("x", "a", "variant", 1)]


def test_an_unrelated_design_has_no_lineage(family: Registry) -> None:
    assert (lineage(family, "e", "ancestors"), lineage(family, "e", "descendants")) == ([], [])


def test_a_cycle_in_bad_data_ends_the_walk(registry: Registry) -> None:
    store(registry, ["p", "q", "r"], [link("p", "q"), link("q", "r"), link("r", "p")])
    assert edges(lineage(registry, "p", "ancestors")) == [("p", "q", "variant", 1), ("q", "r", "variant", 2)]


def test_the_walk_stops_at_the_depth_limit(registry: Registry) -> None:
    chain = [f"g{i}" for i in range(MAX_DEPTH + 3)]
    store(registry, chain, [link(chain[i], chain[i + 1]) for i in range(len(chain) - 1)])
    found = lineage(registry, chain[0], "ancestors")
    assert (len(found), found[-1].depth, MAX_DEPTH) == (32, 32, 32)


def test_path_between_gives_the_shortest_chain(family: Registry) -> None:
    path = path_between(family, "d", "root")
    assert path is not None
    assert [(x.child, x.parent) for x in path] == [("d", "c"), ("c", "a"), ("a", "root")]


def test_path_to_a_direct_parent_is_one_link(family: Registry) -> None:
    path = path_between(family, "c", "b")
    assert path is not None and [(x.child, x.parent, x.kind) for x in path] == [("c", "b", "licensed_copy")]


def test_no_path_between_unrelated_designs(family: Registry) -> None:
    assert (path_between(family, "e", "root"), path_between(family, "root", "d")) == (None, None)


def test_path_between_survives_a_cycle_among_the_ancestors(registry: Registry) -> None:
    # p derives from q and r, and (bad data) q and r from each other: the walk lists both q->r and r->q.
    store(registry, ["p", "q", "r", "s"], [link("p", "q"), link("p", "r"), link("q", "r"), link("r", "q")])
    assert path_between(registry, "p", "s") is None


def test_the_walk_by_generations_finds_what_following_every_path_finds(registry: Registry) -> None:
    # Diamonds, a shortcut (f is one link from root and three), two kinds of one link, a rejected link.
    store(registry, ["root", "a", "b", "c", "d", "f", "g"], [
        link("a", "root"), link("b", "root", "copy"), link("c", "a"), link("c", "b", "licensed_copy"),
        link("d", "c"), link("f", "d"), link("f", "root", "copy"), link("g", "f"), link("g", "f", "copy"),
        link("g", "c", status="rejected")])
    statuses = registry.live_statuses
    for root, direction in (("root", "descendants"), ("g", "ancestors"), ("c", "descendants")):
        nearest: dict[str, int] = {}  # nearest first: a statement's first row is at its shortest depth
        for row in queries.derivation_walk(registry, root, direction, statuses, MAX_DEPTH):
            nearest.setdefault(row.sid, row.depth)
        shortest: dict[str, int] = {}
        for row in queries.derivation_paths(registry, root, direction, statuses, MAX_DEPTH):
            shortest[row.sid] = min(row.depth, shortest.get(row.sid, row.depth))
        assert nearest == shortest


def test_a_link_recorded_twice_is_shown_by_its_accepted_statement(registry: Registry) -> None:
    # Recorded first as an extracted candidate, then confirmed from another source.
    store(registry, ["p", "q"], [link("p", "q", status="candidate")])
    confirmed = Statement("p", "derived_from", object_id="q", qualifier="variant", status="accepted",
                          citation=Citation("A catalogue (test source)", "Test Catalogue"))
    registry.add_statements([confirmed], actor="tester")
    for found in (lineage(registry, "p", "ancestors"), lineage(registry, "q", "descendants")):
        assert [(x.statement_id, x.status) for x in found] == [(confirmed.id, "accepted")]
