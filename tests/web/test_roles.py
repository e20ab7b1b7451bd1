"""Every route for every role: readers read, and each write is refused to the roles below it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute

from copytrace.model.statement import Statement
from copytrace.registry.users import ROLES
from copytrace.web.views import accounts, alerts, atlas, browse, documents, propose, review
from tests.web.conftest import TestClient, csrf_of

PROPOSAL = {"subject": "Type 56", "predicate": "manufactured_by", "object": "State Arsenal",
            "citation_title": "A role test"}
TOKEN_ID = "abcdef123456"  # no such token: the role checks answer before the registry is asked
# GET pages and the least role that may open them.
PAGES = {
    "/": "viewer", "/index.json": "viewer", "/product/pm-md-63": "viewer", "/design/akm.json": "viewer",
    "/country/romania": "viewer", "/organization/state-arsenal.json": "viewer", "/facility/north-works": "viewer",
    "/lineage/akm": "viewer", "/lineage/akm.json": "viewer", "/search?q=AKM": "viewer",
    "/search.json?q=AKM": "viewer", "/map": "viewer", "/map.json": "viewer", "/timeline": "viewer",
    "/timeline.json": "viewer", "/review": "viewer", "/review.json": "viewer", "/contradictions": "viewer",
    "/contradictions.json": "viewer", "/documents": "viewer", "/documents.json": "viewer",
    "/account": "viewer", "/account.json": "viewer", "/dossier/china/json": "viewer",
    "/upload": "analyst", "/upload.json": "analyst", "/propose": "analyst", "/propose.json": "analyst",
    "/users": "admin", "/users.json": "admin",
    "/alerts": "viewer", "/alerts.json": "viewer", "/changes": "viewer", "/changes.json": "viewer",
}


def _write_routes() -> set[str]:
    found = set()
    for module in (accounts, alerts, atlas, browse, documents, propose, review):
        for route in module.router.routes:
            if isinstance(route, APIRoute) and route.methods - {"GET", "HEAD"}:
                found.add(route.path)
    return found


def _writes(candidate_id: str) -> dict[str, tuple[str, dict[str, str]]]:
    """Each write endpoint: its concrete path, the least role allowed, and a valid form."""
    decision = {"decision": "accept", "reason_code": "supported", "version": "0"}
    edit = {"version": "0", "reason_code": "wrong-date", "object_name": "1956"}
    return {
        f"/review/{candidate_id}": ("reviewer", decision),
        f"/review/{candidate_id}.json": ("reviewer", decision),
        f"/review/{candidate_id}/edit": ("reviewer", edit),
        f"/review/{candidate_id}/edit.json": ("reviewer", edit),
        "/propose": ("analyst", PROPOSAL),
        "/propose.json": ("analyst", PROPOSAL),
        "/upload": ("analyst", {}),
        "/upload.json": ("analyst", {}),
        "/uploads": ("analyst", {}),
        "/users": ("admin", {"username": "erin", "password": "erins-password", "role": "viewer"}),
        "/users.json": ("admin", {"username": "erin", "password": "erins-password", "role": "viewer"}),
        "/users/viewer/disable": ("admin", {"disabled": "true"}),
        "/account/tokens": ("viewer", {"label": "t"}),
        "/account/tokens.json": ("viewer", {"label": "t"}),
        f"/account/tokens/{TOKEN_ID}/revoke": ("viewer", {}),
        f"/account/tokens/{TOKEN_ID}/revoke.json": ("viewer", {}),
        "/alerts/read": ("viewer", {"every": "1"}),
        "/logout": ("viewer", {}),
    }


def test_every_write_route_is_covered(candidate: Statement) -> None:
    templates = {path.replace(candidate.id, "{statement_id}").replace("/viewer/", "/{username}/")
                 .replace(TOKEN_ID, "{token_id}") for path in _writes(candidate.id)}
    # /login is the one form open to everyone (it has its own double-submit token).
    assert _write_routes() - {"/login"} == templates


@pytest.mark.parametrize("role", ROLES)
def test_pages_by_role(role: str, client_as: Callable[[str], TestClient]) -> None:
    client = client_as(role)
    for path, least in PAGES.items():
        expected = 200 if ROLES.index(role) >= ROLES.index(least) else 403
        assert client.get(path).status_code == expected, (role, path)


@pytest.mark.parametrize("role", ROLES[:-1])
def test_writes_refused_below_their_role(role: str, client_as: Callable[[str], TestClient],
                                         candidate: Statement, app: FastAPI) -> None:
    client = client_as(role)
    token = csrf_of(client)
    for path, (least, form) in _writes(candidate.id).items():
        if ROLES.index(role) >= ROLES.index(least):
            continue
        response = client.post(path, data={**form, "csrf_token": token})
        assert response.status_code == 403, (role, path, response.text[:200])
    # Nothing was written by the refused requests.
    assert app.state.registry.statement(candidate.id).status == "candidate"
    assert app.state.registry.statements(subject="type-56", predicate="manufactured_by") == []


def test_anonymous_writes_are_refused(anonymous: TestClient, candidate: Statement) -> None:
    for path, (_least, form) in _writes(candidate.id).items():
        assert anonymous.post(path, data=form).status_code == 401, path
