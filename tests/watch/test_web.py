"""The alerts page (read state per user) and the changes page, through the in-process client."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from copytrace.packs import load_pack
from copytrace.registry import Registry
from copytrace.registry import alerts as alert_store
from copytrace.registry import watch as watch_store
from copytrace.registry.users import add_user
from copytrace.watch import WatchConfig, run_once
from copytrace.watch.rules import load_rules_file
from copytrace.web import create_app
from copytrace.web.config import WebConfig
from copytrace.web.security import hash_password
from tests.watch.conftest import COPY_RULE, COPY_TEXT, MINI, write_rules
from tests.web.conftest import PASSWORD, csrf_of, log_in


@pytest.fixture
def alerted(registry: Registry, tmp_path: Path) -> tuple[Registry, str]:
    """A registry with one new_copy alert raised by a watched folder; the moment before it was watched."""
    load_pack(registry, MINI, actor="loader")
    rules = load_rules_file(Path(write_rules(tmp_path, COPY_RULE)), registry)
    alert_store.save_rules(registry, [r.row() for r in rules], actor="alice")
    before = datetime.now(UTC).isoformat()
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "seized.txt").write_text(COPY_TEXT, encoding="utf-8")
    watch_store.add_source(registry, "inbox", "folder", str(folder), 3600, allow_private=False, actor="alice")
    assert len(run_once(registry, config=WatchConfig()).alerts) == 1
    return registry, before


@pytest.fixture
def clients(alerted: tuple[Registry, str]) -> Iterator[dict[str, TestClient]]:
    registry, _ = alerted
    hashed = hash_password(PASSWORD)
    for name in ("alice", "bob"):
        add_user(registry, name, hashed, "viewer", actor="setup")
    app = create_app(registry=registry, config=WebConfig())
    with TestClient(app) as alice, TestClient(app) as bob:
        yield {"alice": log_in(alice, "alice"), "bob": log_in(bob, "bob")}


def test_the_alert_is_shown_unread_with_its_quote(clients: dict[str, TestClient]) -> None:
    page = clients["alice"].get("/alerts")
    assert page.status_code == 200
    assert "New variant of AKM: M99" in page.text
    assert "<q>M99 is an unlicensed copy of the AKM</q>" in page.text
    data = clients["alice"].get("/alerts.json").json()
    assert (data["unread"], [a["read"] for a in data["alerts"]]) == (1, [False])


def test_read_state_is_per_user(clients: dict[str, TestClient]) -> None:
    alice = clients["alice"]
    alert_id = alice.get("/alerts.json").json()["alerts"][0]["id"]
    marked = alice.post("/alerts/read", data={"alert_id": alert_id, "csrf_token": csrf_of(alice, "/alerts")},
                        follow_redirects=False)
    assert marked.status_code == 303
    assert alice.get("/alerts.json").json()["unread"] == 0
    assert clients["bob"].get("/alerts.json").json()["unread"] == 1


def test_marking_read_needs_the_csrf_token(clients: dict[str, TestClient]) -> None:
    alice = clients["alice"]
    alert_id = alice.get("/alerts.json").json()["alerts"][0]["id"]
    refused = alice.post("/alerts/read", data={"alert_id": alert_id}, follow_redirects=False)
    assert refused.status_code == 403
    assert alice.get("/alerts.json").json()["unread"] == 1


def test_the_changes_page_lists_the_new_copy(clients: dict[str, TestClient], alerted: tuple[Registry, str]) -> None:
    _, before = alerted
    data = clients["bob"].get("/changes.json", params={"since": before}).json()
    assert [e["name"] for e in data["entities"] if e["kind"] == "product"] == ["M99"]
    assert any(s["quote"] == "M99 is an unlicensed copy of the AKM" for s in data["statements"])
    page = clients["bob"].get("/changes", params={"since": before})
    assert page.status_code == 200 and "M99" in page.text
