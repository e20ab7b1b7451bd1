"""Accounts: login, sessions, CSRF, API tokens, rate limiting, disabled users."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI
from sqlalchemy import select

from copytrace.registry.tables import api_tokens, login_failures, users
from copytrace.web import create_app
from tests.web.conftest import PASSWORD, TestClient, csrf_of, log_in, login_token


def test_pages_redirect_to_login_when_anonymous(anonymous: TestClient) -> None:
    response = anonymous.get("/product/pm-md-63", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=/product/pm-md-63"


def test_json_twin_answers_401_when_anonymous(anonymous: TestClient) -> None:
    response = anonymous.get("/product/pm-md-63.json")
    assert response.status_code == 401
    assert response.json()["error"] == "Please log in"


def test_session_cookie_is_httponly_and_samesite(anonymous: TestClient) -> None:
    token = login_token(anonymous)
    response = anonymous.post("/login", data={"username": "viewer", "password": PASSWORD,
                                              "login_token": token}, follow_redirects=False)
    cookie = next(v for k, v in response.headers.multi_items() if k == "set-cookie" and "copytrace_session" in v)
    assert "HttpOnly" in cookie
    assert "SameSite=strict" in cookie


def test_wrong_password_is_refused(anonymous: TestClient) -> None:
    token = login_token(anonymous)
    response = anonymous.post("/login", data={"username": "viewer", "password": "wrong-password!",
                                              "login_token": token})
    assert response.status_code == 401
    assert "Wrong user name or password" in response.text


def test_login_form_without_its_token_is_refused(anonymous: TestClient) -> None:
    response = anonymous.post("/login", data={"username": "viewer", "password": PASSWORD})
    assert response.status_code == 403


def test_repeated_failures_are_throttled(anonymous: TestClient) -> None:
    token = login_token(anonymous)
    data = {"username": "admin", "password": "not-the-password", "login_token": token}
    statuses = [anonymous.post("/login", data=data).status_code for _ in range(4)]
    assert statuses == [401, 401, 401, 429]
    # Even the right password waits out the window.
    assert anonymous.post("/login", data={**data, "password": PASSWORD}).status_code == 429


def _login(client: TestClient, username: str, password: str = "not-the-password") -> int:
    return client.post("/login", data={"username": username, "password": password, "login_token": login_token(client)},
                       follow_redirects=False).status_code


def test_every_server_process_counts_the_same_failures(app: FastAPI) -> None:
    # A second app over the same registry stands for a second worker process.
    other = create_app(registry=app.state.registry, config=app.state.config)
    with TestClient(app) as first, TestClient(other) as second:
        assert [_login(first, "reviewer"), _login(second, "reviewer"),
                _login(first, "reviewer")] == [401, 401, 401]
        assert _login(second, "reviewer", PASSWORD) == 429
        assert _login(second, "viewer", PASSWORD) == 303  # other names are not held up
        # A success clears the count for that name everywhere.
        assert _login(first, "viewer") == 401
        assert _login(second, "viewer", PASSWORD) == 303
    with app.state.registry.reading() as conn:
        keys = conn.execute(select(login_failures.c.key)).scalars().all()
    assert keys and all(key.startswith("reviewer\n") for key in keys)


def test_passwords_are_stored_as_argon2_hashes(app: FastAPI) -> None:
    with app.state.registry.engine.connect() as conn:
        stored = conn.execute(select(users.c.password_hash).where(users.c.username == "admin")).scalar_one()
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


def test_form_without_csrf_token_is_refused(client_as: Callable[[str], TestClient]) -> None:
    client = client_as("analyst")
    response = client.post("/account/tokens", data={"label": "x"})
    assert response.status_code == 403
    assert "expired" in response.text


def test_form_with_wrong_csrf_token_is_refused(client_as: Callable[[str], TestClient]) -> None:
    client = client_as("analyst")
    response = client.post("/account/tokens", data={"label": "x", "csrf_token": "forged"})
    assert response.status_code == 403


def test_api_token_works_without_csrf_and_is_stored_hashed(client_as: Callable[[str], TestClient],
                                                           app: FastAPI, anonymous: TestClient) -> None:
    client = client_as("reviewer")
    created = client.post("/account/tokens.json", data={"label": "script", "csrf_token": csrf_of(client)})
    assert created.status_code == 201
    token = created.json()["new_token"]
    with app.state.registry.engine.connect() as conn:
        stored = conn.execute(select(api_tokens.c.token_hash)).scalars().all()
    assert token not in stored
    response = anonymous.get("/review.json", headers={"authorization": f"Bearer {token}"})
    assert response.status_code == 200


def test_logout_ends_the_session(client_as: Callable[[str], TestClient]) -> None:
    client = client_as("viewer")
    cookie = client.cookies.get("copytrace_session")
    assert client.post("/logout", data={"csrf_token": csrf_of(client)}, follow_redirects=False).status_code == 303
    client.cookies.set("copytrace_session", cookie or "")
    assert client.get("/index.json").status_code == 401


def test_disabled_user_loses_access(client_as: Callable[[str], TestClient]) -> None:
    viewer = client_as("viewer")
    admin = client_as("admin")
    response = admin.post("/users/viewer/disable", data={"csrf_token": csrf_of(admin), "disabled": "true"},
                          follow_redirects=False)
    assert response.status_code == 303
    assert viewer.get("/index.json").status_code == 401


def test_admin_adds_a_user_who_can_log_in(client_as: Callable[[str], TestClient], app: FastAPI) -> None:
    admin = client_as("admin")
    response = admin.post("/users.json", data={"username": "carol", "password": "carols-password",
                                               "role": "analyst", "csrf_token": csrf_of(admin)})
    assert response.status_code == 201
    assert response.json()["created"]["role"] == "analyst"
    with TestClient(app) as fresh:
        assert log_in(fresh, "carol", "carols-password").get("/upload.json").status_code == 200


def test_user_changes_are_audited_with_the_acting_admin(client_as: Callable[[str], TestClient],
                                                        app: FastAPI) -> None:
    admin = client_as("admin")
    admin.post("/users", data={"username": "dave", "password": "daves-password", "role": "viewer",
                               "csrf_token": csrf_of(admin)})
    entries = [e for e in app.state.registry.audit_log() if e.action == "user.add" and e.target == "dave"]
    assert [e.actor for e in entries] == ["admin"]
