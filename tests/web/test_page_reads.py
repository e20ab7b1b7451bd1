"""A page's registry reads: entities it names several times are fetched once per read block, never across blocks."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from copytrace.registry import Registry
from copytrace.registry.registry import Entity


@contextmanager
def _counted(registry: Registry) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        seen.append(statement)

    event.listen(registry.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(registry.engine, "before_cursor_execute", count)


def test_entities_named_again_in_one_block_are_not_fetched_again(loaded: Registry) -> None:
    some = [e.id for e in loaded.entities()[:3]]
    with loaded.reading():
        first = loaded.entities_by_id([*some, "no-such-entity"])
        with _counted(loaded) as queries:
            again = loaded.entities_by_id([*some[:2], "no-such-entity"])
            kinds = loaded.kinds_of(some)
    assert queries == []
    assert again == {i: first[i] for i in some[:2]}
    assert kinds == {i: first[i].kind for i in some}


def test_an_entity_missing_in_one_block_is_found_in_the_next(loaded: Registry) -> None:
    with loaded.reading():
        assert loaded.entities_by_id(["late-arrival"]) == {}
    loaded.write([Entity("late-arrival", "design", "Late Arrival")], [], actor="tester")
    with loaded.reading():
        assert loaded.entities_by_id(["late-arrival"]) == {"late-arrival": Entity("late-arrival", "design",
                                                                                  "Late Arrival")}
