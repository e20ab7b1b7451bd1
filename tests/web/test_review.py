"""The review queue: decisions with reasons, the version check between two reviewers, edits, the audit trail."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI

from copytrace.model.statement import Statement
from tests.web.conftest import CANDIDATE_QUOTE, TestClient, csrf_of


def test_queue_shows_the_candidate(client_as: Callable[[str], TestClient], candidate: Statement) -> None:
    data = client_as("viewer").get("/review.json").json()
    assert data["candidate"]["id"] == candidate.id
    assert data["waiting"] == 1


def test_accept_with_a_reason_is_recorded_as_the_reviewer(client_as: Callable[[str], TestClient],
                                                          candidate: Statement, app: FastAPI) -> None:
    client = client_as("reviewer")
    response = client.post(f"/review/{candidate.id}", follow_redirects=False, data={
        "decision": "accept", "reason_code": "supported", "comment": "matches the almanac",
        "version": str(candidate.version), "csrf_token": csrf_of(client, "/review")})
    assert response.status_code == 303
    stored = app.state.registry.statement(candidate.id)
    assert (stored.status, stored.reviewed_by, stored.review_reason) == (
        "accepted", "reviewer", "supported: matches the almanac")
    [entry] = [e for e in app.state.registry.audit_log() if e.action == "statement.review"]
    assert entry.actor == "reviewer"


def test_second_reviewer_gets_a_conflict_not_an_overwrite(client_as: Callable[[str], TestClient],
                                                          candidate: Statement, app: FastAPI) -> None:
    first = client_as("reviewer")
    second = client_as("admin")
    form = {"reason_code": "supported", "version": str(candidate.version)}
    first.post(f"/review/{candidate.id}", data={**form, "decision": "accept", "csrf_token": csrf_of(first)})
    late = second.post(f"/review/{candidate.id}", data={**form, "decision": "reject",
                                                         "csrf_token": csrf_of(second)})
    assert late.status_code == 409
    assert "reviewed by someone else" in late.text
    assert app.state.registry.statement(candidate.id).status == "accepted"


def test_conflict_as_htmx_fragment(client_as: Callable[[str], TestClient], candidate: Statement) -> None:
    first = client_as("reviewer")
    form = {"reason_code": "supported", "version": str(candidate.version), "decision": "accept"}
    first.post(f"/review/{candidate.id}", data={**form, "csrf_token": csrf_of(first)})
    late = first.post(f"/review/{candidate.id}", data=form,
                      headers={"hx-request": "true", "x-csrf-token": csrf_of(first)})
    assert late.status_code == 409
    assert late.text.startswith('<div class="flash bad" role="alert">')


def test_htmx_decision_returns_the_next_card(client_as: Callable[[str], TestClient], candidate: Statement) -> None:
    client = client_as("reviewer")
    response = client.post(f"/review/{candidate.id}", headers={"hx-request": "true"}, data={
        "decision": "reject", "reason_code": "unreliable", "version": "0", "csrf_token": csrf_of(client)})
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<section id="review-card"')
    assert "Marked rejected." in response.text


def test_other_reason_needs_a_comment(client_as: Callable[[str], TestClient], candidate: Statement) -> None:
    client = client_as("reviewer")
    response = client.post(f"/review/{candidate.id}.json", data={
        "decision": "reject", "reason_code": "other", "version": "0", "csrf_token": csrf_of(client)})
    assert response.status_code == 400
    assert "comment" in response.json()["detail"]


def test_edit_supersedes_and_accepts_the_correction(client_as: Callable[[str], TestClient],
                                                    candidate: Statement, app: FastAPI) -> None:
    client = client_as("reviewer")
    response = client.post(f"/review/{candidate.id}/edit.json", data={
        "version": "0", "reason_code": "wrong-date", "object_name": "1956", "comment": "the almanac misprints it",
        "csrf_token": csrf_of(client)})
    assert response.status_code == 200, response.text
    new = response.json()["statement"]
    assert (new["value"], new["status"], new["supersedes"]) == ("1956", "accepted", candidate.id)
    assert app.state.registry.statement(candidate.id).status == "superseded"


def test_quote_is_shown_in_context_and_escaped(client_as: Callable[[str], TestClient],
                                               hostile_document: str) -> None:
    client = client_as("reviewer")
    data = client.get("/review.json").json()
    assert data["context"]["quote"] == CANDIDATE_QUOTE
    assert data["context"]["matches"] is True
    page = client.get("/review").text
    assert "<mark>The PM md. 63 &lt;img src=x onerror=&#34;window.__pwned=2&#34;&gt; is made in Romania</mark>" in page
    assert "<script>window.__pwned" not in page
