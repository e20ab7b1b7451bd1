"""Analysts propose statements: one candidate written as the analyst, with its evidence checked."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi import FastAPI

from copytrace.registry import Registry
from tests.web.conftest import CANDIDATE_QUOTE, TestClient, csrf_of

CITED = {"subject": "AIM", "predicate": "manufactured_by", "object": "State Arsenal", "valid_from": "1963",
         "citation_title": "Arsenal history (test source)", "citation_publisher": "Test Press"}


@pytest.fixture
def analyst(client_as: Callable[[str], TestClient]) -> TestClient:
    return client_as("analyst")


def test_a_cited_proposal_becomes_a_candidate_by_the_analyst(analyst: TestClient, app: FastAPI) -> None:
    response = analyst.post("/propose.json", data={**CITED, "csrf_token": csrf_of(analyst, "/propose")})
    assert response.status_code == 201, response.text
    shown = response.json()["proposed"]
    stored = app.state.registry.statement(shown["id"])
    assert (stored.subject, stored.object_id, stored.valid_from) == ("pm-md-63", "state-arsenal", "1963")
    assert (stored.status, stored.recorded_by, stored.origin) == ("candidate", "analyst", "curated")
    assert stored.citation is not None and stored.citation.publisher == "Test Press"
    assert [e.actor for e in app.state.registry.audit_log() if e.target == stored.id] == ["analyst"]


def test_a_document_quote_becomes_exact_evidence(analyst: TestClient, app: FastAPI,
                                                 hostile_document: str) -> None:
    form = {"subject": "Type 56", "predicate": "made_in_country", "object": "Romania",
            "document_id": hostile_document, "quote": CANDIDATE_QUOTE}
    response = analyst.post("/propose.json", data={**form, "csrf_token": csrf_of(analyst, "/propose")})
    assert response.status_code == 201, response.text
    registry: Registry = app.state.registry
    stored = registry.statement(response.json()["proposed"]["id"])
    record = registry.document(hostile_document)
    assert stored.evidence is not None and record is not None
    assert record.text[stored.evidence.start:stored.evidence.end] == CANDIDATE_QUOTE
    # The HTML page escapes the quote like every other.
    page = analyst.get("/product/type-56").text
    assert "<img src=x" not in page


@pytest.mark.parametrize(("change", "problem"), [
    ({"subject": "Type 57"}, "subject"),
    ({"predicate": "colour"}, "unknown predicate"),
    ({"citation_title": ""}, "needs a document span or a citation"),
    ({"object": "1963"}, "object"),
    ({"valid_from": "sometime"}, ""),
])
def test_a_bad_proposal_stores_nothing_and_says_why(analyst: TestClient, app: FastAPI, change: dict[str, str],
                                                    problem: str) -> None:
    before = len(app.state.registry.statements(status="candidate"))
    response = analyst.post("/propose.json", data={**CITED, **change, "csrf_token": csrf_of(analyst, "/propose")})
    assert response.status_code == 400, response.text
    assert problem in response.json()["detail"]
    assert "Nothing was stored" in response.json()["detail"]
    assert len(app.state.registry.statements(status="candidate")) == before


def test_a_quote_not_in_the_document_is_refused(analyst: TestClient, hostile_document: str) -> None:
    form = {"subject": "Type 56", "predicate": "made_in_country", "object": "China",
            "document_id": hostile_document, "quote": "made in China"}
    response = analyst.post("/propose.json", data={**form, "csrf_token": csrf_of(analyst, "/propose")})
    assert response.status_code == 400
    assert "not found verbatim" in response.json()["detail"]


def test_the_same_proposal_twice_is_stored_once(analyst: TestClient) -> None:
    token = csrf_of(analyst, "/propose")
    assert analyst.post("/propose", data={**CITED, "csrf_token": token}).status_code == 201
    again = analyst.post("/propose", data={**CITED, "csrf_token": token})
    assert again.status_code == 200
    assert "Already recorded" in again.text


def test_the_form_is_csrf_protected(analyst: TestClient, app: FastAPI) -> None:
    response = analyst.post("/propose", data=CITED)
    assert response.status_code == 403
    assert app.state.registry.statements(subject="pm-md-63", predicate="manufactured_by") == []


def test_viewers_get_no_form(client_as: Callable[[str], TestClient]) -> None:
    viewer = client_as("viewer")
    assert viewer.get("/propose").status_code == 403
    assert "Propose a statement" not in viewer.get("/product/pm-md-63").text
