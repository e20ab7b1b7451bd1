"""Pages and their JSON twins: the same data, errors as pages or JSON, never a stack trace."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from fastapi import FastAPI

from copytrace.model.statement import Citation, Statement
from copytrace.registry.registry import Entity
from tests.web.conftest import TestClient


@pytest.fixture
def viewer(client_as: Callable[[str], TestClient]) -> TestClient:
    return client_as("viewer")


def test_entity_page_and_its_json_twin(viewer: TestClient) -> None:
    page = viewer.get("/product/pm-md-63")
    data = viewer.get("/product/pm-md-63.json").json()
    assert page.status_code == 200
    assert data["entity"] == {"id": "pm-md-63", "kind": "product", "name": "PM md. 63", "url": "/product/pm-md-63"}
    assert {n["name"] for n in data["names"]} >= {"AIM", "PM md. 63"}
    assert [s["value"] for s in data["licence"]] == ["licensed"]
    for s in data["statements"]:
        assert s["predicate_label"] in page.text


def test_entity_page_explains_the_reasoned_licence_status(viewer: TestClient) -> None:
    [china] = viewer.get("/product/type-56.json").json()["assessments"]
    assert (china["producer"]["id"], china["status"], china["explicit"]) == ("china", "unlicensed", True)
    [stated] = [step for step in china["explanation"] if step["text"].startswith("Stated unlicensed")]
    assert stated["sources"][0]["publisher"] == "Test News"
    assert china["strength"]["score"] > 0 and china["gaps"]
    page = viewer.get("/product/type-56").text
    assert f"claim strength <strong class=\"strength\">{china['strength']['score']}</strong>" in page
    assert "Copies around the world (test source)" in page


def test_candidate_evidence_shows_as_pending_at_once(viewer: TestClient, app: FastAPI) -> None:
    before = viewer.get("/product/type-56.json").json()["assessments"][0]
    assert before["pending_evidence"] == []
    app.state.registry.add_statements([Statement(
        "type-56", "licence_status", value="licensed", scope="china", citation=Citation("A rumour"))],
        actor="importer")
    after = viewer.get("/product/type-56.json").json()["assessments"][0]
    assert after["status"] == "unlicensed"  # candidates do not decide
    assert [s["text"] for s in after["pending_evidence"]] == ["Stated licensed for China."]
    assert after["pending_evidence"][0]["sources"][0]["status"] == "candidate"


def test_an_alias_redirects_to_the_canonical_page(viewer: TestClient) -> None:
    response = viewer.get("/product/AIM", follow_redirects=False)
    assert response.status_code == 307
    assert response.headers["location"] == "/product/pm-md-63"


def test_unknown_entity_is_a_helpful_404(viewer: TestClient) -> None:
    page = viewer.get("/product/Type%2057")
    assert page.status_code == 404
    assert "Type 56" in page.text  # the suggestion
    assert "Traceback" not in page.text
    assert viewer.get("/product/Type%2057.json").json()["status"] == 404


def test_unknown_address_is_a_404_page(viewer: TestClient) -> None:
    response = viewer.get("/no/such/page")
    assert response.status_code == 404
    assert "There is no page at this address" in response.text


def test_invalid_input_is_a_422_page_not_a_trace(viewer: TestClient) -> None:
    response = viewer.get("/review?skip=-4")
    assert response.status_code == 422
    assert "skip" in response.text


def test_lineage_graph_data(viewer: TestClient) -> None:
    graph = viewer.get("/lineage/akm.json").json()["graph"]
    edges = {(e["source"], e["target"], e["kind"]) for e in graph["edges"]}
    assert ("akm", "ak-47", "successor") in edges
    assert ("pm-md-63", "akm", "licensed_copy") in edges
    assert {n["id"] for n in graph["nodes"]} >= {"akm", "ak-47", "pm-md-63"}



def test_lineage_shows_a_link_recorded_twice_once_by_its_accepted_statement(viewer: TestClient, app: FastAPI) -> None:
    registry = app.state.registry
    # First extracted as a candidate, then confirmed from another source.
    candidate, accepted = (Statement("test-copy", "derived_from", object_id="akm", qualifier="copy", status=status,
                                     citation=Citation(source)) for status, source in
                           (("candidate", "A forum post (test source)"), ("accepted", "A catalogue (test source)")))
    registry.write([Entity("test-copy", "product", "Test Copy")], [candidate], actor="extractor")
    registry.add_statements([accepted], actor="reviewer")
    edges = viewer.get("/lineage/ak-47.json").json()["graph"]["edges"]
    shown = [e for e in edges if (e["source"], e["target"]) == ("test-copy", "akm")]
    assert [(e["id"], e["depth"]) for e in shown] == [(accepted.id, 2)]
    assert candidate.id not in viewer.get("/lineage/ak-47").text

def test_search_in_any_script(viewer: TestClient) -> None:
    results = viewer.get("/search.json", params={"q": "56式"}).json()["results"]
    assert results[0]["url"] == "/product/type-56"
    assert "Type 56" in viewer.get("/search", params={"q": "АКМ"}).text or \
        viewer.get("/search.json", params={"q": "АКМ"}).json()["results"][0]["id"] == "akm"


def test_dashboard_counts_and_claims(viewer: TestClient, candidate: Statement) -> None:
    data = viewer.get("/index.json").json()
    assert data["statuses"]["candidate"] >= 1
    assert [(c["subject"]["id"], c["producer"]["id"]) for c in data["claims"]] == [("type-56", "china")]
    assert data["claims"][0]["strength"] == viewer.get("/product/type-56.json").json()["assessments"][0][
        "strength"]["score"]
    assert candidate.id in [s["id"] for s in data["candidates"]]


def test_dashboard_says_when_its_statuses_lag_a_write(viewer: TestClient, app: FastAPI) -> None:
    assert viewer.get("/index.json").json()["up_to_date"] is True
    app.state.registry.add_statements([Statement(
        "vz-58", "licence_status", value="unlicensed", scope="czechoslovakia", citation=Citation("A ruling"),
        status="accepted")], actor="importer")
    # The first page after the write is answered at once from the snapshot before it, and says so.
    assert "being recalculated" in viewer.get("/").text
    for _ in range(200):  # the background rebuild catches up
        fresh = viewer.get("/index.json").json()
        if fresh["up_to_date"]:
            break
        time.sleep(0.05)
    assert fresh["up_to_date"] is True
    assert ("vz-58", "czechoslovakia") in [(c["subject"]["id"], c["producer"]["id"]) for c in fresh["claims"]]
    assert "being recalculated" not in viewer.get("/").text


def test_map_shades_countries_by_licence_status(viewer: TestClient) -> None:
    data = viewer.get("/map.json").json()
    by_country = {c["id"]: c for c in data["countries"]}
    assert by_country["china"]["status"] == "unlicensed"
    assert by_country["romania"]["status"] == "licensed"
    shapes = {s["name"]: s["status"] for s in data["shapes"]}
    assert shapes["China"] == "unlicensed"
    assert shapes["Romania"] == "licensed"
    page = viewer.get("/map").text
    assert 'class="land unlicensed"' in page


def test_map_shades_by_inferred_status_too(viewer: TestClient, app: FastAPI) -> None:
    registry = app.state.registry
    registry.write([Entity("vz-copy", "product", "Vz. copy")], [
        Statement("vz-copy", "derived_from", object_id="ak-47", qualifier="copy", status="accepted",
                  citation=Citation("A list")),
        Statement("vz-copy", "made_in_country", object_id="czechoslovakia", status="accepted",
                  citation=Citation("A list")),
    ], actor="curator")
    by_country = {c["id"]: c for c in viewer.get("/map.json").json()["countries"]}
    # No statement says "unlicensed": the reasoner infers it from the copy and no licence on record.
    assert by_country["czechoslovakia"]["status"] == "unlicensed"
    assert by_country["czechoslovakia"]["counts"] == {"unknown": 1, "unlicensed": 1}


def test_timeline_lists_introductions_by_year(viewer: TestClient) -> None:
    years = {y["year"]: [e["entity"]["id"] for e in y["entries"]] for y in viewer.get("/timeline.json").json()["years"]}
    assert years["1947"] == ["ak-47"]
    assert years["1959"] == ["akm"]


def test_contradictions_group_disagreeing_statements(viewer: TestClient, candidate: Statement,
                                                     app: FastAPI) -> None:
    assert all(g["subject"]["id"] != "type-56" for g in viewer.get("/contradictions.json").json()["groups"])
    app.state.registry.add_statements([Statement(
        "type-56", "introduced_year", value="1956", status="accepted", citation=Citation("Another list"))],
        actor="curator")
    groups = viewer.get("/contradictions.json").json()["groups"]
    [group] = [g for g in groups if g["subject"]["id"] == "type-56"]
    assert sorted(s["value"] for s in group["statements"]) == ["1956", "1957"]


def test_openapi_documents_the_json_twins(viewer: TestClient) -> None:
    paths = viewer.get("/api/openapi.json").json()["paths"]
    assert "/product/{ident}.json" in paths
    assert "/review/{statement_id}.json" in paths
    assert "/product/{ident}" not in paths


def test_security_headers(viewer: TestClient) -> None:
    headers = viewer.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_vendored_assets_are_served(viewer: TestClient) -> None:
    for path in ("/static/vendor/htmx.min.js", "/static/vendor/swagger-ui/swagger-ui-bundle.js", "/static/app.js",
                 "/static/world-110m.json"):
        assert viewer.get(path).status_code == 200, path


def test_dossier_download(viewer: TestClient) -> None:
    response = viewer.get("/dossier/china/json")
    assert response.status_code == 200, response.text
    assert response.headers["content-disposition"] == 'attachment; filename="dossier-china.json"'
    assert viewer.get("/dossier/china/html").headers["content-type"].startswith("text/html")
    assert viewer.get("/dossier/china/exe").status_code == 404


def test_organization_page_shows_the_statuses_of_what_it_makes(viewer: TestClient) -> None:
    data = viewer.get("/organization/arsenal-plc.json").json()["producing"]
    pairs = {(a["product"]["id"], a["producer"]["id"], a["status"]) for a in data["assessments"]}
    # Its own production and that of the state arsenal it succeeded, which it answers for.
    assert pairs == {("pm-md-63", "arsenal-plc", "unknown"), ("pm-md-63", "state-arsenal", "unknown")}
    assert (data["products"], data["total"], data["counts"]) == (1, 2, {"unknown": 2})
    assert all(a["explanation"] for a in data["assessments"])
    # The page and the claim dossier for the same respondent agree.
    dossier = viewer.get("/dossier/arsenal-plc/json").json()
    assert pairs == {(a["product"]["id"], a["producer"]["id"], a["status"])
                     for p in dossier["products"] for a in p["assessments"]}
    page = viewer.get("/organization/arsenal-plc").text
    assert "Licence status of what Arsenal" in page
    assert "1 product made by Arsenal PLC or by those it answers for; 2 assessments" in page
    assert page.count('<details class="assessment">') == 2


def test_country_page_shows_what_is_made_there(viewer: TestClient) -> None:
    data = viewer.get("/country/china.json").json()["producing"]
    [type56] = data["assessments"]
    assert (type56["product"]["id"], type56["status"], type56["explicit"]) == ("type-56", "unlicensed", True)
    assert data["counts"] == {"unlicensed": 1}
    assert viewer.get("/facility/nonexistent.json").status_code == 404
    assert viewer.get("/product/type-56.json").json()["producing"] is None


def test_facility_page_shows_its_products_as_made_by_its_operators(viewer: TestClient) -> None:
    data = viewer.get("/facility/north-works.json").json()["producing"]
    pairs = {(a["product"]["id"], a["producer"]["id"]) for a in data["assessments"]}
    assert pairs == {("pm-md-63", "arsenal-plc"), ("pm-md-63", "state-arsenal")}
    assert data["products"] == 1
    page = viewer.get("/facility/north-works").text
    assert "Licence status of what is made at North Works" in page
