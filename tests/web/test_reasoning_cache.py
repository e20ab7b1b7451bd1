"""An entity page's explanations are memoised until the next write, and never served after it."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from copytrace.model.statement import Citation, Statement
from copytrace.registry import Registry
from copytrace.web.reasoning import explanation_cache


def _status(client: TestClient, page: str) -> list[str]:
    answer = client.get(page)
    assert answer.status_code == 200
    return [a["status"] for a in answer.json()["assessments"]]


def test_a_repeated_page_is_explained_from_the_cache(loaded: Registry,
                                                     client_as: Callable[[str], TestClient]) -> None:
    viewer = client_as("viewer")
    viewer.get("/product/type-56.json")
    hits = explanation_cache(loaded).hits
    # The HTML page is another page for the page cache, but the same data for the explanation cache.
    assert viewer.get("/product/type-56").status_code == 200
    assert explanation_cache(loaded).hits == hits + 1


def test_a_write_changes_what_the_next_request_is_told(loaded: Registry,
                                                      client_as: Callable[[str], TestClient]) -> None:
    viewer = client_as("viewer")
    assert _status(viewer, "/product/type-56.json") == ["unlicensed"]
    stated = [s for s in loaded.statements(subject="type-56", predicate="licence_status")]
    loaded.review(stated[0].id, "rejected", reviewer="tester", reason="the source was wrong")
    loaded.add_statements([Statement("type-56", "licence_status", value="licensed", scope="china",
                                     citation=Citation("A later source", "Test"), status="accepted")],
                          actor="tester")
    assert _status(viewer, "/product/type-56.json") == ["licensed"]



def test_an_entity_page_shows_a_write_made_after_it_was_served(loaded: Registry,
                                                               client_as: Callable[[str], TestClient]) -> None:
    viewer = client_as("viewer")

    def exports() -> int:
        page = viewer.get("/product/type-56.json").json()
        return sum(1 for s in page["statements"] if s["predicate"] == "exported_to")

    before = exports()
    assert exports() == before   # served again from the page cache
    loaded.add_statements([Statement("type-56", "exported_to", object_id="china", status="accepted",
                                     citation=Citation("A later source", "Test"))], actor="tester")
    assert exports() == before + 1
