"""API tokens: expiry, individual revocation on the account page and at the command line."""

from __future__ import annotations

import re
from collections.abc import Callable

from fastapi import FastAPI

from tests.web.conftest import TestClient, csrf_of


def _create(client: TestClient, label: str, expires_days: str = "") -> tuple[str, str]:
    response = client.post("/account/tokens.json", data={"label": label, "expires_days": expires_days,
                                                         "csrf_token": csrf_of(client)})
    assert response.status_code == 201, response.text
    body = response.json()
    [listed] = [t for t in body["tokens"] if t["label"] == label]
    return body["new_token"], listed["id"]


def _as_bearer(app: FastAPI, token: str) -> int:
    with TestClient(app, raise_server_exceptions=False) as client:
        return client.get("/account.json", headers={"authorization": f"Bearer {token}"}).status_code


def test_revoking_one_token_leaves_the_others_working(client_as: Callable[[str], TestClient], app: FastAPI) -> None:
    client = client_as("analyst")
    first, first_id = _create(client, "first")
    second, _ = _create(client, "second")
    revoked = client.post(f"/account/tokens/{first_id}/revoke.json", data={"csrf_token": csrf_of(client)})
    states = {t["label"]: t["active"] for t in revoked.json()["tokens"]}
    assert (revoked.status_code, states, _as_bearer(app, first), _as_bearer(app, second)) == (
        200, {"first": False, "second": True}, 401, 200)


def test_an_expired_token_is_refused(client_as: Callable[[str], TestClient], app: FastAPI) -> None:
    from sqlalchemy import update

    from copytrace.registry.tables import api_tokens

    token, token_id = _create(client_as("analyst"), "short-lived", expires_days="1")
    assert _as_bearer(app, token) == 200
    with app.state.registry.transaction() as conn:  # a day later, as far as the token knows
        conn.execute(update(api_tokens).where(api_tokens.c.token_hash.startswith(token_id))
                     .values(expires_at="2000-01-01T00:00:00.000000+00:00"))
    assert _as_bearer(app, token) == 401


def test_the_account_page_lists_tokens_with_a_revoke_button(client_as: Callable[[str], TestClient]) -> None:
    client = client_as("viewer")
    _, token_id = _create(client, "nightly", expires_days="30")
    page = client.get("/account").text
    assert re.search(rf'action="/account/tokens/{token_id}/revoke"', page) and "nightly" in page


def test_token_list_and_revoke_from_the_cli(invoke, db_url: str) -> None:  # type: ignore[no-untyped-def]
    import os

    os.environ["COPYTRACE_PASSWORD"] = "a-long-test-password"
    try:
        assert invoke("user", "add", "eve", "--role", "analyst").exit_code == 0
    finally:
        del os.environ["COPYTRACE_PASSWORD"]
    added = invoke("token", "add", "eve", "--label", "export", "--expires-days", "7")
    token_id = re.search(r"token ([0-9a-f]{12}) for eve", added.output)
    assert added.exit_code == 0 and token_id is not None, added.output
    revoked = invoke("token", "revoke", token_id.group(1))
    listed = invoke("token", "list", "--user", "eve")
    assert (revoked.exit_code, "revoked" in revoked.output, token_id.group(1) in listed.output,
            "revoked" in listed.output, invoke("verify").exit_code) == (0, True, True, True, 0), listed.output
