"""Uploads that try to collide, overflow a name, or hold the server; citation URLs that try to run script."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from copytrace.model.statement import Citation, Statement
from copytrace.registry import Registry
from tests.web.conftest import TestClient, csrf_of


def _upload(client: TestClient, *files: tuple[str, bytes, str]) -> object:
    fields = [("files", item) for item in files]
    return client.post("/upload.json", files=fields, data={"csrf_token": csrf_of(client, "/upload")})


def _left_behind(root: Path) -> list[str]:
    return [p.name for p in root.iterdir() if p.name.startswith("copytrace-upload-")]


def test_names_that_sanitize_alike_stay_two_files_and_nothing_is_left_behind(
        client_as: Callable[[str], TestClient], temp_root: Path) -> None:
    response = _upload(client_as("analyst"),
                       ("a b.txt", b"The Type 56 rifle is made in China by Norinco.\n", "text/plain"),
                       ("a_b.txt", b"The M70 rifle is made in Serbia by Zastava Arms.\n", "text/plain"),
                       ("empty.txt", b"", "text/plain"))
    results = response.json()["results"]  # type: ignore[attr-defined]
    assert [r["status"] for r in results] == ["added", "added", "rejected"]
    assert _left_behind(temp_root) == []


def test_an_overlong_name_is_a_clear_400(client_as: Callable[[str], TestClient], temp_root: Path) -> None:
    response = _upload(client_as("analyst"), ("n" * 300 + ".txt", b"Some text.\n", "text/plain"))
    assert response.status_code == 400  # type: ignore[attr-defined]
    assert "file name is longer than 200 bytes" in response.text  # type: ignore[attr-defined]
    assert _left_behind(temp_root) == []


def test_an_oversized_upload_leaves_nothing_behind(client_as: Callable[[str], TestClient], temp_root: Path,
                                                   app: object) -> None:
    limit = app.state.config.max_upload_bytes  # type: ignore[attr-defined]
    response = _upload(client_as("analyst"), ("big.txt", b"a" * (limit + 1), "text/plain"))
    assert response.status_code == 413  # type: ignore[attr-defined]
    assert _left_behind(temp_root) == []


def test_pages_answer_quickly_while_a_hostile_upload_is_converted(client_as: Callable[[str], TestClient]) -> None:
    # A megabyte of Markdown built to make parsers backtrack: seconds of parsing, in a worker process.
    hostile = b"# Notes\n\n" + (b"![*_`[<" * 140_000)
    uploader, viewer = client_as("analyst"), client_as("viewer")
    done: list[int] = []
    thread = threading.Thread(
        target=lambda: done.append(_upload(uploader, ("notes.md", hostile, "text/markdown")).status_code))  # type: ignore[attr-defined]
    thread.start()
    times = []
    try:
        time.sleep(1.0)  # the upload is sent and being converted
        for _ in range(5):
            started = time.perf_counter()
            assert viewer.get("/documents").status_code == 200
            times.append(time.perf_counter() - started)
        busy = not done
    finally:
        thread.join(120)
    assert (busy, done, min(times) < 0.2) == (True, [200], True), times


def test_citation_urls_are_links_only_for_http_and_https(client_as: Callable[[str], TestClient],
                                                           loaded: Registry) -> None:
    cited = {"javascript:alert(document.domain)": False, "data:text/html,<b>x</b>": False,
             "https://example.org/list": True, "HTTP://example.org/upper": True}
    ids = {}
    for url in cited:
        statement = Statement("type-56", "introduced_year", value="1956", origin="imported", confidence=0.5,
                              citation=Citation(f"Source at {url[:10]}", "Almanac", url=url))
        loaded.add_statements([statement], actor="importer")
        ids[url] = statement.id
    viewer = client_as("viewer")
    linked = {url: f'href="{url.replace("&", "&amp;")}"' in viewer.get(f"/statement/{ids[url]}").text
              for url in cited}
    assert linked == cited
