"""The registry's error tree through the web app: NotFound 404, Conflict 409, Invalid 422, Forbidden 403."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from fastapi import FastAPI

from copytrace.model.statement import Statement
from copytrace.registry.users import add_token, get_user
from tests.web.conftest import TestClient, csrf_of


def _decide(client: TestClient, statement_id: str, decision: str, version: int) -> object:
    return client.post(f"/review/{statement_id}.json", data={
        "decision": decision, "reason_code": "supported", "version": str(version), "csrf_token": csrf_of(client)})


def _token_of(app: FastAPI, username: str) -> str:
    user = get_user(app.state.registry, username)
    assert user is not None
    return add_token(app.state.registry, user, hashlib.sha256(username.encode()).hexdigest(), "ci",
                     actor=username).id


def test_an_unknown_statement_is_404(client_as: Callable[[str], TestClient]) -> None:
    response = _decide(client_as("reviewer"), "0" * 32, "accept", 0)
    assert (response.status_code, response.json()["error"]) == (404, "Not found")  # type: ignore[attr-defined]


def test_accepting_a_rejected_statement_is_409(client_as: Callable[[str], TestClient], candidate: Statement) -> None:
    client = client_as("reviewer")
    _decide(client, candidate.id, "reject", 0)
    response = _decide(client, candidate.id, "accept", 1)
    assert (response.status_code, "cannot become accepted" in response.json()["detail"]) == (  # type: ignore[attr-defined]
        409, True)


def test_a_malformed_token_id_is_422(client_as: Callable[[str], TestClient]) -> None:
    client = client_as("viewer")
    response = client.post("/account/tokens/zz/revoke.json", data={"csrf_token": csrf_of(client)})
    assert (response.status_code, response.json()["error"]) == (422, "Invalid input")


def test_revoking_another_users_token_is_403(client_as: Callable[[str], TestClient], app: FastAPI) -> None:
    theirs = _token_of(app, "reviewer")
    client = client_as("viewer")
    response = client.post(f"/account/tokens/{theirs}/revoke.json", data={"csrf_token": csrf_of(client)})
    assert (response.status_code, response.json()["error"]) == (403, "Not allowed")
