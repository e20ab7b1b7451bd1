"""Read pages come from the page cache until the next write, personal to each caller and role."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import create_engine

from copytrace.model.statement import Citation, Statement
from copytrace.registry import Registry
from copytrace.registry.loopreads import APPLICATION_NAME, LoopReads
from copytrace.registry.users import add_token, add_user, get_user
from copytrace.web import create_app
from copytrace.web.app import view_routes
from copytrace.web.config import WebConfig
from copytrace.web.pagecache import PageCacheMiddleware, PageStore
from copytrace.web.security import new_token, token_hash
from tests.pgcluster import backends_named

from .conftest import csrf_of, log_in

PAGE = "/product/type-56"


def _store(app: FastAPI) -> PageStore:
    """The page cache of an app (its middleware, built on the first request)."""
    layer = app.middleware_stack
    while layer is not None and not isinstance(layer, PageCacheMiddleware):
        layer = getattr(layer, "app", None)
    assert layer is not None, "no page cache in this app"
    return layer.store


def _token(registry: Registry, role: str) -> dict[str, str]:
    user = get_user(registry, role)
    assert user is not None
    token = new_token("ct_")
    add_token(registry, user, token_hash(token), "test", actor="setup")
    return {"authorization": f"Bearer {token}"}


@pytest.fixture
def uncached(app: FastAPI) -> Iterator[TestClient]:
    """A second app over the same registry without a page cache."""
    other = create_app(registry=app.state.registry, config=WebConfig(page_cache_bytes=0))
    with TestClient(other) as client:
        yield client


@pytest.mark.parametrize("page", [PAGE, PAGE + ".json", "/lineage/ak-47", "/search?q=type"])
def test_a_cached_page_is_the_page_the_view_renders(app: FastAPI, uncached: TestClient, page: str) -> None:
    headers = _token(app.state.registry, "analyst")
    with TestClient(app) as cached:
        filled, served = cached.get(page, headers=headers), cached.get(page, headers=headers)
    assert filled.status_code == served.status_code == 200
    assert filled.content == served.content == uncached.get(page, headers=headers).content
    assert _store(app).hits == 1


def test_a_review_through_the_web_shows_on_the_next_read(loaded: Registry, client_as: Callable[[str], TestClient],
                                                         candidate: Statement) -> None:
    viewer, reviewer = client_as("viewer"), client_as("reviewer")

    def status() -> str:
        [found] = [s for s in viewer.get(PAGE + ".json").json()["statements"] if s["id"] == candidate.id]
        return str(found["status"])

    assert status() == status() == "candidate"
    reviewer.post(f"/review/{candidate.id}", follow_redirects=False, data={
        "decision": "accept", "reason_code": "supported", "version": str(candidate.version),
        "csrf_token": csrf_of(reviewer, "/review")})
    assert status() == "accepted"


def test_a_statement_added_through_the_registry_shows_on_the_next_read(loaded: Registry, app: FastAPI) -> None:
    headers = _token(loaded, "viewer")
    with TestClient(app) as client:
        before = client.get(PAGE + ".json", headers=headers).json()["statements"]
        assert client.get(PAGE + ".json", headers=headers).json()["statements"] == before
        loaded.add_statements([Statement("type-56", "exported_to", object_id="china", status="accepted",
                                         citation=Citation("A later source", "Test"))], actor="tester")
        after = client.get(PAGE + ".json", headers=headers).json()["statements"]
    assert len(after) == len(before) + 1


def test_a_viewer_never_gets_an_analysts_page_from_the_cache(client_as: Callable[[str], TestClient]) -> None:
    assert "/propose?subject=type-56" in client_as("analyst").get(PAGE).text
    assert "/propose?subject=type-56" not in client_as("viewer").get(PAGE).text


def test_a_viewer_never_gets_review_links_from_the_cache(client_as: Callable[[str], TestClient],
                                                         hostile_document: str) -> None:
    page = f"/document/{hostile_document}"
    link = '<a href="/review">review</a>'  # beside the candidate (the header's link is "Review")
    assert link in client_as("reviewer").get(page).text
    assert link not in client_as("viewer").get(page).text


def test_each_user_of_a_role_gets_their_own_name_and_csrf_token(app: FastAPI, loaded: Registry,
                                                                password_hash: str) -> None:
    add_user(loaded, "second-viewer", password_hash, "viewer", actor="setup")
    with TestClient(app) as first, TestClient(app) as second:
        log_in(first, "viewer")
        log_in(second, "second-viewer")
        first_page, second_page = first.get(PAGE), second.get(PAGE)
        tokens = csrf_of(first, PAGE), csrf_of(second, PAGE)
    assert _store(app).hits >= 1
    assert '<a href="/account">second-viewer</a>' in second_page.text
    assert tokens[0] in first_page.text and tokens[0] not in second_page.text
    assert tokens[1] in second_page.text and first_page.headers["etag"] != second_page.headers["etag"]


def test_a_matching_etag_gets_304_until_the_page_changes(loaded: Registry, app: FastAPI) -> None:
    headers = _token(loaded, "viewer")
    with TestClient(app) as client:
        etag = client.get(PAGE + ".json", headers=headers).headers["etag"]
        unchanged = client.get(PAGE + ".json", headers={**headers, "if-none-match": etag})
        loaded.add_statements([Statement("type-56", "exported_to", object_id="china", status="accepted",
                                         citation=Citation("A later source", "Test"))], actor="tester")
        changed = client.get(PAGE + ".json", headers={**headers, "if-none-match": etag})
    assert (unchanged.status_code, unchanged.content) == (304, b"")
    assert changed.status_code == 200 and changed.headers["etag"] != etag


def test_a_caller_who_is_not_logged_in_never_gets_a_cached_page(client_as: Callable[[str], TestClient],
                                                                anonymous: TestClient) -> None:
    client_as("viewer").get(PAGE)
    assert anonymous.get(PAGE, follow_redirects=False).status_code == 303
    assert anonymous.get(PAGE + ".json").status_code == 401


def test_a_long_lineage_is_drawn_a_page_at_a_time(loaded: Registry, client_as: Callable[[str], TestClient],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from copytrace.web.views import browse

    monkeypatch.setattr(browse, "LINK_LIMIT", 1)
    viewer = client_as("viewer")
    first = viewer.get("/lineage/ak-47.json").json()
    assert first["more"]["next"] == "/lineage/ak-47.json?offset=1"
    second = viewer.get(first["more"]["next"]).json()
    assert len(first["graph"]["edges"]) == len(second["graph"]["edges"]) == 1
    assert first["graph"]["edges"] != second["graph"]["edges"] and first["total"] >= 2
    assert "Next" in viewer.get("/lineage/ak-47").text


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_on_postgresql_the_caller_is_read_on_the_loop_and_its_connections_close_with_the_app(
        app: FastAPI) -> None:
    registry: Registry = app.state.registry
    headers = _token(registry, "viewer")

    with TestClient(app) as client:
        pages = [client.get(PAGE, headers=headers) for _ in range(3)]
        assert [page.headers["x-cache"] for page in pages] == ["miss", "hit", "hit"]
        assert len(backends_named(registry, APPLICATION_NAME, 1)) == 1
    assert not backends_named(registry, APPLICATION_NAME, 0)


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_when_the_loop_cannot_read_the_caller_a_page_thread_reads_it(app: FastAPI, uncached: TestClient) -> None:
    registry: Registry = app.state.registry
    headers = _token(registry, "viewer")
    closed_port = create_engine("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    # an app with the page cache as create_app adds it, but reading on the loop from nowhere
    cached = create_app(registry=registry, config=WebConfig(page_cache_bytes=0))
    cached.add_middleware(PageCacheMiddleware, registry=registry, max_bytes=1_000_000, routes=view_routes(),
                          loop_reads=LoopReads(Registry(closed_port, registry.store)))
    try:
        with TestClient(cached) as client:
            pages = [client.get(PAGE, headers=headers) for _ in range(2)]
            refused = client.get(PAGE + ".json", headers={"authorization": "Bearer ct_not-a-token"})
    finally:
        closed_port.dispose()
    assert [page.status_code for page in pages] == [200, 200]
    assert [page.headers["x-cache"] for page in pages] == ["miss", "hit"]
    assert pages[1].content == uncached.get(PAGE, headers=headers).content
    assert refused.status_code == 401
