"""The server processes of one machine share the pages they render (web.sharedpages).

Two app instances over the same registry, each with its own page cache and one shared folder (as
two ``serve --workers`` processes have): a page one renders, the other serves without rendering,
for the same registry state only; a write makes both read the new state.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import diskcache
import httpx
from fastapi import FastAPI
from fastapi.testclient import TestClient

from copytrace.model.statement import Citation, Statement
from copytrace.registry import Registry
from copytrace.registry.users import add_token, get_user
from copytrace.web import create_app
from copytrace.web.config import WebConfig
from copytrace.web.pagecache import PageCacheMiddleware
from copytrace.web.security import new_token, token_hash

PAGE = "/product/type-56"


def _cache(app: FastAPI) -> PageCacheMiddleware:
    layer = app.middleware_stack
    while layer is not None and not isinstance(layer, PageCacheMiddleware):
        layer = getattr(layer, "app", None)
    assert layer is not None, "no page cache in this app"
    return layer


def _headers(registry: Registry, role: str) -> dict[str, str]:
    user = get_user(registry, role)
    assert user is not None
    token = new_token("ct_")
    add_token(registry, user, token_hash(token), "test", actor="setup")
    return {"authorization": f"Bearer {token}"}


def _two(registry: Registry, folder: Path) -> tuple[FastAPI, FastAPI]:
    config = WebConfig(shared_pages=str(folder))
    return create_app(registry=registry, config=config), create_app(registry=registry, config=config)


def test_a_page_one_process_renders_the_other_serves_without_rendering(app: FastAPI, loaded: Registry,
                                                                       tmp_path: Path) -> None:
    one, two = _two(loaded, tmp_path / "pages")
    headers = _headers(loaded, "analyst")
    with TestClient(one) as first, TestClient(two) as second:
        rendered = first.get(PAGE, headers=headers)
        served = second.get(PAGE, headers=headers)
        json_first, json_second = first.get(PAGE + ".json", headers=headers), second.get(PAGE + ".json",
                                                                                        headers=headers)
    assert rendered.status_code == served.status_code == 200
    assert rendered.content == served.content and json_first.content == json_second.content
    assert (_cache(one).rendered, _cache(two).rendered) == (2, 0)
    assert _cache(two).shared is not None and _cache(two).shared.hits == 2
    # (the same bytes an app without any cache renders)
    with TestClient(create_app(registry=loaded, config=WebConfig(page_cache_bytes=0))) as plain:
        assert plain.get(PAGE, headers=headers).content == rendered.content


def test_after_a_write_no_process_serves_a_page_of_the_state_before(app: FastAPI, loaded: Registry,
                                                                   tmp_path: Path) -> None:
    one, two = _two(loaded, tmp_path / "pages")
    headers = _headers(loaded, "viewer")
    with TestClient(one) as first, TestClient(two) as second:
        before = first.get(PAGE + ".json", headers=headers).json()["statements"]
        assert second.get(PAGE + ".json", headers=headers).json()["statements"] == before
        loaded.add_statements([Statement("type-56", "exported_to", object_id="china", status="accepted",
                                         citation=Citation("A later source", "Test"))], actor="tester")
        after_two = second.get(PAGE + ".json", headers=headers).json()["statements"]
        after_one = first.get(PAGE + ".json", headers=headers).json()["statements"]
    assert len(after_two) == len(after_one) == len(before) + 1
    # the second process rendered the new state once, and the first took it from there
    assert (_cache(one).rendered, _cache(two).rendered) == (1, 1)


def test_each_user_still_gets_their_own_name_from_a_shared_page(app: FastAPI, loaded: Registry,
                                                               tmp_path: Path) -> None:
    one, two = _two(loaded, tmp_path / "pages")
    with TestClient(one) as first, TestClient(two) as second:
        analyst = first.get(PAGE, headers=_headers(loaded, "analyst"))
        other = second.get(PAGE, headers=_headers(loaded, "viewer"))
        viewer = first.get(PAGE, headers=_headers(loaded, "viewer"))
    assert "/propose?subject=type-56" in analyst.text
    assert "/propose?subject=type-56" not in other.text and other.content == viewer.content


def test_a_damaged_shared_entry_is_rendered_again(app: FastAPI, loaded: Registry, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    one, two = _two(loaded, folder)
    headers = _headers(loaded, "viewer")
    with TestClient(one) as first, TestClient(two) as second:
        good = first.get(PAGE + ".json", headers=headers)
        with diskcache.Cache(str(folder)) as raw:
            for key in list(raw):
                raw.set(key, b"not a page")
        again = second.get(PAGE + ".json", headers=headers)
    assert again.status_code == 200 and again.content == good.content
    assert _cache(two).rendered == 1


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_with_workers_shares_pages_in_a_folder_it_removes_at_the_end(app: FastAPI, loaded: Registry,
                                                                           db_url: str, tmp_path: Path) -> None:
    headers = _headers(loaded, "viewer")
    port, scratch = _free_port(), tmp_path / "tmp"
    scratch.mkdir()
    command = [str(Path(sys.executable).with_name("copytrace")), "serve", "--workers", "2", "--port", str(port)]
    env = {**os.environ, "COPYTRACE_DB": db_url, "COPYTRACE_STORE": str(tmp_path / "store"), "TMPDIR": str(scratch)}
    log = (tmp_path / "serve.log").open("wb")
    server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(url + "/login", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert server.poll() is None and time.monotonic() < deadline, (tmp_path / "serve.log").read_text()
            time.sleep(0.2)
        [folder] = list(scratch.glob("copytrace-pages-*"))
        pages = [httpx.get(url + PAGE + ".json", headers=headers, timeout=30) for _ in range(6)]
        assert all(p.status_code == 200 and p.content == pages[0].content for p in pages)
        with diskcache.Cache(str(folder)) as shared:
            assert len(shared) >= 1   # what one process rendered, for the other
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
        log.close()
    assert not list(scratch.glob("copytrace-pages-*"))
