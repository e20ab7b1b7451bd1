"""Uploads followed to the end: started at once, each file's state polled until every one is stored or rejected."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from tests.web.conftest import csrf_of

GOOD = ("report.txt", b"The Type 56 rifle is made in China by Norinco.\n", "text/plain")
EMPTY = ("empty.txt", b"", "text/plain")
ORDER = ["queued", "reading", "extracting", "stored"]


def _start(client: TestClient, *files: tuple[str, bytes, str]) -> dict[str, Any]:
    response = client.post("/uploads", files=[("files", item) for item in files],
                           data={"csrf_token": csrf_of(client, "/upload")})
    assert response.status_code == 202, response.text
    body: dict[str, Any] = response.json()
    return body


def _follow(client: TestClient, status_url: str) -> tuple[dict[str, Any], list[list[str]]]:
    """Poll the status until done, as the page's script does: the last answer, and each file's states seen."""
    seen: list[list[str]] = []
    for _ in range(600):
        body: dict[str, Any] = client.get(status_url).json()
        for index, item in enumerate(body["files"]):
            if len(seen) <= index:
                seen.append([])
            if not seen[index] or seen[index][-1] != item["state"]:
                seen[index].append(item["state"])
        if body["done"]:
            return body, seen
        time.sleep(0.1)
    raise AssertionError(f"the upload at {status_url} was not done after 600 polls")


def test_an_upload_answers_at_once_with_every_file_queued(client_as: Callable[[str], TestClient],
                                                          temp_root: Path) -> None:
    client = client_as("analyst")
    started = _start(client, GOOD, EMPTY)
    _follow(client, started["status"])  # not left running past the test
    assert ([f["name"] for f in started["files"]], started["status"]) == (["report.txt", "empty.txt"],
                                                                          f"/uploads/{started['id']}.json")
    assert {f["state"] for f in started["files"]} <= {"queued", "reading", "extracting", "stored", "rejected"}


def test_each_file_is_followed_to_stored_or_rejected(client_as: Callable[[str], TestClient],
                                                     temp_root: Path) -> None:
    client = client_as("analyst")
    done, seen = _follow(client, _start(client, GOOD, EMPTY)["status"])
    [good, empty] = done["files"]
    assert (good["state"], good["status"], good["statements"] > 0, empty["state"], empty["reason"]) == \
        ("stored", "added", True, "rejected", "empty file")
    # States only move forward (a poll may miss some), and the document can be opened.
    assert [states == sorted(states, key=ORDER.index) for states in seen[:1]] == [True]
    assert client.get(good["url"]).status_code == 200


def test_nothing_is_left_behind_but_the_progress(client_as: Callable[[str], TestClient], temp_root: Path) -> None:
    client = client_as("analyst")
    _follow(client, _start(client, GOOD)["status"])
    assert sorted(p.name for p in temp_root.iterdir()) == ["copytrace-progress"]


def test_the_progress_page_lists_the_files_without_script(client_as: Callable[[str], TestClient],
                                                          temp_root: Path) -> None:
    client = client_as("analyst")
    started = _start(client, GOOD, EMPTY)
    _follow(client, started["status"])
    page = client.get(started["page"]).text
    assert ('report.txt' in page, "empty file" in page, 'http-equiv="refresh"' in page) == (True, True, False)


def test_only_the_uploader_or_an_admin_may_follow_an_upload(client_as: Callable[[str], TestClient],
                                                           temp_root: Path) -> None:
    analyst = client_as("analyst")
    started = _start(analyst, GOOD)
    _follow(analyst, started["status"])
    codes = {role: client_as(role).get(started["status"]).status_code for role in ("viewer", "reviewer", "admin")}
    assert codes == {"viewer": 403, "reviewer": 404, "admin": 200}


def test_an_unknown_upload_is_not_found(client_as: Callable[[str], TestClient], temp_root: Path) -> None:
    client = client_as("analyst")
    assert [client.get(f"/uploads/{name}.json").status_code for name in ("nope", "..%2Fetc")] == [404, 404]


def test_starting_an_upload_needs_the_form_token(client_as: Callable[[str], TestClient], temp_root: Path) -> None:
    response = client_as("analyst").post("/uploads", files=[("files", GOOD)])
    assert response.status_code == 403
