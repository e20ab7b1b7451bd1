"""After a write, the pages read most are rendered again in the background: never a page of an older state."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from copytrace.model.statement import Citation, Statement
from copytrace.registry import Registry
from copytrace.web import create_app
from copytrace.web.config import WebConfig
from copytrace.web.pagecache import PageCacheMiddleware

from .conftest import csrf_of, log_in

PAGE = "/product/type-56"


def _layer(app: FastAPI) -> PageCacheMiddleware:
    """The app's page cache (its middleware stack built now, as the first request would)."""
    if app.middleware_stack is None:
        app.middleware_stack = app.build_middleware_stack()
    layer = app.middleware_stack
    while layer is not None and not isinstance(layer, PageCacheMiddleware):
        layer = getattr(layer, "app", None)
    assert layer is not None, "no page cache in this app"
    return layer


def _warmed(layer: PageCacheMiddleware, count: int) -> None:
    """Wait until warming has rendered ``count`` pages (it runs on the server's event loop)."""
    deadline = time.monotonic() + 30
    while layer.warmed < count:
        assert time.monotonic() < deadline, f"warming rendered {layer.warmed} pages, not {count}"
        time.sleep(0.02)


def _statement(text: str) -> Statement:
    return Statement("type-56", "exported_to", object_id="china", status="accepted",
                     citation=Citation(text, "Test"))


@pytest.fixture
def uncached(app: FastAPI) -> Iterator[TestClient]:
    """A second app over the same registry without a page cache."""
    with TestClient(create_app(registry=app.state.registry, config=WebConfig(page_cache_bytes=0))) as client:
        yield client


def test_a_write_through_the_web_warms_the_pages_read_before_it(app: FastAPI, uncached: TestClient) -> None:
    layer = _layer(app)
    with TestClient(app) as viewer, TestClient(app) as reviewer:
        log_in(viewer, "viewer")
        log_in(reviewer, "reviewer")
        viewer.get(PAGE), viewer.get(PAGE)
        proposed = reviewer.post("/propose.json", data={
            "subject": "type-56", "predicate": "exported_to", "object": "china", "citation_title": "A later source",
            "csrf_token": csrf_of(reviewer)})
        assert proposed.status_code == 201
        _warmed(layer, 1)
        misses = layer.store.misses
        served = viewer.get(PAGE)
        assert layer.store.misses == misses  # from memory
        uncached.cookies.update(viewer.cookies)
        assert served.content == uncached.get(PAGE).content


def test_a_write_by_another_process_is_noticed_and_warmed(app: FastAPI, loaded: Registry,
                                                          uncached: TestClient) -> None:
    layer = _layer(app)
    layer.watch_s = 0.05
    with TestClient(app) as viewer:
        log_in(viewer, "viewer")
        before = viewer.get(PAGE + ".json").json()["statements"]
        viewer.get(PAGE + ".json")
        loaded.add_statements([_statement("Another process")], actor="tester")
        _warmed(layer, 1)
        misses = layer.store.misses
        after = viewer.get(PAGE + ".json")
        assert layer.store.misses == misses
        uncached.cookies.update(viewer.cookies)
        assert after.content == uncached.get(PAGE + ".json").content
    assert len(after.json()["statements"]) == len(before) + 1


def test_a_page_warmed_before_a_later_write_is_never_served_after_it(app: FastAPI, loaded: Registry) -> None:
    layer = _layer(app)
    layer.watch_s = 0.05
    with TestClient(app) as viewer:
        log_in(viewer, "viewer")
        viewer.get(PAGE + ".json"), viewer.get(PAGE + ".json")
        loaded.add_statements([_statement("First later source")], actor="tester")
        _warmed(layer, 1)  # warmed for the state after the first write
        loaded.add_statements([_statement("Second later source")], actor="tester")
        titles = {s["citation"]["title"] for s in viewer.get(PAGE + ".json").json()["statements"]
                  if s["citation"]}
    assert {"First later source", "Second later source"} <= titles


def test_a_viewer_is_warmed_a_viewers_page(app: FastAPI, loaded: Registry) -> None:
    layer = _layer(app)
    layer.watch_s = 0.05
    with TestClient(app) as viewer, TestClient(app) as analyst:
        log_in(viewer, "viewer")
        log_in(analyst, "analyst")
        for client in (viewer, viewer, analyst, analyst):
            client.get(PAGE)
        loaded.add_statements([_statement("A later source")], actor="tester")
        _warmed(layer, 2)
        assert "/propose?subject=type-56" not in viewer.get(PAGE).text
        assert "/propose?subject=type-56" in analyst.get(PAGE).text
