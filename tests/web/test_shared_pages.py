"""The processes of one server share the pages they render: once per registry state, never an older one.

Two apps, each with its own registry connections and its own handle on one shared folder, stand
for two ``serve --workers`` processes; one test runs the real ``copytrace serve --workers 2``.
``X-Cache`` says where an answer came from: ``miss`` (rendered for it), ``hit`` (the process's
memory) or ``shared`` (the folder).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import diskcache
import httpx
import pytest
from fastapi.testclient import TestClient

from copytrace.model.statement import Citation, Statement
from copytrace.packs import load_pack
from copytrace.registry import Registry, queries
from copytrace.registry.users import add_token, add_user
from copytrace.web import create_app
from copytrace.web.config import WebConfig
from copytrace.web.security import new_token, token_hash

from .conftest import MINI_PACK
from .test_page_warming import _layer

PAGE = "/product/type-56"


@pytest.fixture
def token(loaded: Registry, password_hash: str) -> dict[str, str]:
    user = add_user(loaded, "reader", password_hash, "viewer", actor="setup")
    secret = new_token("ct_")
    add_token(loaded, user, token_hash(secret), "test", actor="setup")
    return {"authorization": f"Bearer {secret}"}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "shared-pages"


@pytest.fixture
def workers(loaded: Registry, db_url: str, tmp_path: Path, folder: Path) -> Iterator[tuple[TestClient, TestClient]]:
    """Two server processes' apps over one registry and one shared folder."""
    config = WebConfig(shared_cache=str(folder))
    with Registry.open(db_url, store=str(tmp_path / "store")) as first, \
            Registry.open(db_url, store=str(tmp_path / "store")) as second, \
            TestClient(create_app(registry=first, config=config)) as one, \
            TestClient(create_app(registry=second, config=config)) as two:
        yield one, two


def _write(registry: Registry, title: str) -> None:
    registry.add_statements([Statement("type-56", "exported_to", object_id="china", status="accepted",
                                       citation=Citation(title, "Test"))], actor="tester")


def _titles(answer: httpx.Response) -> set[str]:
    return {s["citation"]["title"] for s in answer.json()["statements"] if s["citation"]}


def test_a_page_one_worker_rendered_is_served_by_the_other(workers: tuple[TestClient, TestClient],
                                                           token: dict[str, str]) -> None:
    one, two = workers
    rendered, shared = one.get(PAGE, headers=token), two.get(PAGE, headers=token)
    assert (rendered.headers["x-cache"], shared.headers["x-cache"]) == ("miss", "shared")
    assert shared.content == rendered.content
    assert shared.headers["etag"] == rendered.headers["etag"]


def test_after_a_write_the_workers_render_the_new_state_once_and_never_serve_the_old(
        workers: tuple[TestClient, TestClient], loaded: Registry, token: dict[str, str]) -> None:
    one, two = workers
    for client in (one, two):
        client.get(PAGE + ".json", headers=token)
    _write(loaded, "A later source")
    first, second = two.get(PAGE + ".json", headers=token), one.get(PAGE + ".json", headers=token)
    assert "A later source" in _titles(first)
    assert (first.headers["x-cache"], second.headers["x-cache"]) == ("miss", "shared")
    assert second.content == first.content


def test_after_a_write_one_worker_warms_a_page_for_both(workers: tuple[TestClient, TestClient], loaded: Registry,
                                                        token: dict[str, str]) -> None:
    layers = [_layer(client.app) for client in workers]  # type: ignore[arg-type]
    for layer in layers:
        layer.watch_s = 0.05
    for client in workers:  # read twice on each: among each worker's most read
        client.get(PAGE, headers=token), client.get(PAGE, headers=token)
    _write(loaded, "A later source")
    state = queries.last_audit_seq(loaded)
    deadline = time.monotonic() + 30
    while sum(layer.warmed for layer in layers) < 1 or any(layer.store.state < state for layer in layers):
        assert time.monotonic() < deadline, "the workers did not notice the write and warm the page"
        time.sleep(0.02)
    time.sleep(0.3)  # time for the later worker's warming to finish
    assert sum(layer.warmed for layer in layers) == 1
    assert {client.get(PAGE, headers=token).headers["x-cache"] for client in workers} <= {"hit", "shared"}


@pytest.mark.parametrize("damage", ["truncated", "one byte changed"])
def test_a_damaged_shared_entry_is_rendered_again_not_served(workers: tuple[TestClient, TestClient],
                                                             folder: Path, token: dict[str, str],
                                                             damage: str) -> None:
    one, two = workers
    rendered = one.get(PAGE, headers=token)
    with diskcache.Cache(str(folder)) as cache:
        names = [name for name in cache.iterkeys() if name.startswith("page/")]
        assert names
        for name in names:
            entry: bytes = cache[name]
            middle = len(entry) // 2
            cache[name] = entry[:middle] if damage == "truncated" \
                else entry[:middle] + bytes([entry[middle] ^ 1]) + entry[middle + 1:]
    again = two.get(PAGE, headers=token)
    assert again.headers["x-cache"] == "miss"
    assert again.content == rendered.content


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_servers_of_two_registries_sharing_a_folder_never_serve_each_others_pages(
        tmp_path: Path, folder: Path, password_hash: str) -> None:
    config = WebConfig(shared_cache=str(folder))
    answers = {}
    for name in ("first", "second"):
        with Registry.open(str(tmp_path / f"{name}.db"), store=str(tmp_path / name)) as registry:
            load_pack(registry, str(MINI_PACK), actor="loader")
            user = add_user(registry, "reader", password_hash, "viewer", actor="setup")
            secret = new_token("ct_")
            add_token(registry, user, token_hash(secret), "test", actor="setup")
            _write(registry, f"Only in the {name} registry")
            with TestClient(create_app(registry=registry, config=config)) as client:
                answers[name] = client.get(PAGE + ".json", headers={"authorization": f"Bearer {secret}"})
            answers[name + " state"] = queries.last_audit_seq(registry)
    assert answers["first state"] == answers["second state"]  # the same audit sequence, as two copies may have
    assert answers["second"].headers["x-cache"] == "miss"
    assert "Only in the second registry" in _titles(answers["second"])


@pytest.fixture
def served(loaded: Registry, db_url: str, tmp_path: Path) -> Iterator[str]:
    """``copytrace serve --workers 2`` on loopback over the test's registry; its address."""
    port = _free_port()
    env = {**os.environ, "COPYTRACE_DB": db_url, "COPYTRACE_STORE": str(tmp_path / "store")}
    env.pop("COPYTRACE_WEB_SHARED_CACHE", None)
    with (tmp_path / "server.log").open("wb") as log:
        server = subprocess.Popen([sys.executable, "-c", "from copytrace.cli import main; main()", "serve",
                                   "--host", "127.0.0.1", "--port", str(port), "--workers", "2"],
                                  stdout=log, stderr=log, env=env)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(30)


def _read(base: str, token: dict[str, str], path: str) -> httpx.Response:
    """One read on a new connection, so reads spread over the server's processes as new clients' do."""
    deadline = time.monotonic() + 60
    while True:
        try:
            with httpx.Client(base_url=base, headers=token) as client:
                answer = client.get(path)
            answer.raise_for_status()
            return answer
        except httpx.TransportError:
            assert time.monotonic() < deadline, "the server did not come up"
            time.sleep(0.1)


def test_serve_with_two_workers_renders_a_page_once_for_both(served: str, loaded: Registry,
                                                             token: dict[str, str]) -> None:
    path = PAGE + ".json"
    sources = [_read(served, token, path).headers["x-cache"] for _ in range(40)]
    assert sources[0] == "miss" and "shared" in sources and sources.count("miss") == 1
    _write(loaded, "A source written while serving")
    after = [_read(served, token, path) for _ in range(20)]
    assert all("A source written while serving" in _titles(answer) for answer in after)
    assert [answer.headers["x-cache"] for answer in after].count("miss") <= 1
