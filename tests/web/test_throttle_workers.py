"""The login throttle holds across server processes and concurrent requests.

Two app instances, each with its own connection pool on the same database (as two ``serve
--workers`` processes have), take 100 simultaneous wrong-password logins for one user: only the
configured number reach the password check (401); every other one is refused before it (429).
"""

from __future__ import annotations

from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from copytrace.registry import Registry
from copytrace.registry.users import add_user
from copytrace.web import create_app
from copytrace.web.config import WebConfig
from tests.web.conftest import TestClient, login_token

LIMIT = 5


def test_concurrent_wrong_passwords_on_two_workers_check_at_most_the_limit(db_url: str, tmp_path: Path,
                                                                            password_hash: str) -> None:
    config = WebConfig(login_attempts=LIMIT, login_window_s=60)
    with Registry.open(db_url, store=str(tmp_path / "store")) as first, \
            Registry.open(db_url, store=str(tmp_path / "store")) as second:
        add_user(first, "target", password_hash, "viewer", actor="setup")
        with TestClient(create_app(registry=first, config=config), raise_server_exceptions=False) as one, \
                TestClient(create_app(registry=second, config=config), raise_server_exceptions=False) as two:
            workers = [(one, login_token(one)), (two, login_token(two))]

            def attempt(i: int) -> int:
                client, token = workers[i % 2]
                return client.post("/login", data={"username": "target", "password": "not-the-password",
                                                   "login_token": token}).status_code

            with ThreadPoolExecutor(max_workers=32) as pool:
                statuses = Counter(pool.map(attempt, range(100)))
    assert statuses == {401: LIMIT, 429: 100 - LIMIT}
