"""Importing FollowTheMoney entities, proposing matches for review, and showing what a linked record says."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from copytrace.reason.standing import standing
from copytrace.registry import Registry
from copytrace.registry import imported as store
from copytrace.report import build_dossier, render
from tests.ftm.conftest import SAMPLE, pdf_text, proposals


def test_import_keeps_the_kept_schemata_and_skips_the_rest(world: Registry, invoke: Any) -> None:
    result = invoke("import-ftm", str(SAMPLE), "--dataset", "ct_sample")
    assert result.exit_code == 0, result.output
    assert "14 entities" in result.output and "Vessel 1" in result.output
    found = {e.id: e.schema for e in store.entities(world)}
    assert found["cts-sanction-tundzha"] == "Sanction" and found["cts-ministry"] == "PublicBody"
    assert "cts-vessel" not in found


def test_importing_the_same_file_again_stores_nothing(imported: Registry, invoke: Any) -> None:
    before = (imported.audit_anchor(), len(store.history(imported, "ct_sample", "cts-tundzha")),
              len(imported.statements(predicate="same_as_imported")))
    result = invoke("import-ftm", str(SAMPLE), "--dataset", "ct_sample")
    assert result.exit_code == 0 and "nothing new stored" in result.output
    after = (imported.audit_anchor(), len(store.history(imported, "ct_sample", "cts-tundzha")),
             len(imported.statements(predicate="same_as_imported")))
    assert after == before and len(store.imports(imported)) == 1


def test_imported_statements_never_become_our_facts(imported: Registry) -> None:
    # Only the match proposals enter the statements table, and only as candidates awaiting review.
    ours = imported.statements(origin="imported")
    assert {s.predicate for s in ours} == {"same_as_imported"}
    assert {s.status for s in ours} == {"candidate"}


def test_true_and_transliterated_matches_are_proposed_for_review(imported: Registry) -> None:
    found = proposals(imported)
    assert {k: s.subject for k, s in found.items()} == {"ct_sample:cts-tundzha": "tundzha",
                                                       "ct_sample:cts-lantern": "northern-lantern"}
    assert "name transliterated" in (found["ct_sample:cts-tundzha"].note or "")
    assert found["ct_sample:cts-lantern"].confidence > 0.9


def test_a_near_miss_is_scored_low_and_never_linked(imported: Registry, invoke: Any) -> None:
    result = invoke("match-ftm", "--json", "--min-probability", "0.05")
    pairs = {p["imported"]["key"]: p for p in json.loads(result.output)["pairs"]}
    near = pairs["ct_sample:cts-lantern-logistics"]
    assert near["probability"] < 0.5 and near["comparisons"][0]["level"] == "fuzzy_low"
    assert "ct_sample:cts-kestrel" not in pairs  # a namesake in another country
    proposal = proposals(imported)["ct_sample:cts-lantern-logistics"]
    assert proposal.status == "candidate"
    assert standing(imported, "northern-lantern").empty


def test_nothing_is_linked_before_review(imported: Registry) -> None:
    assert standing(imported, "tundzha").empty


def test_the_review_queue_offers_the_match(imported: Registry, viewer_of: Any) -> None:
    client = viewer_of(imported)
    page = client.get("/review.json").json()
    assert page["candidate"]["predicate"] == "same_as_imported"
    assert page["waiting"] == 2
    assert "Why proposed: name " in client.get("/review").text


def test_sanction_owners_and_names_in_explain_json(linked: Registry, invoke: Any) -> None:
    result = invoke("explain", "TM-74", "--json")
    assert result.exit_code == 0, result.output
    st = json.loads(result.output)[0]["producer_standing"]
    sanction = st["sanctions"][0]
    assert (sanction["programme"], sanction["authority"], sanction["start"], sanction["end"]) == (
        "SAMPLE-ARMS-1", "Sample Sanctions Office (fictional)", "2022-03-01", None)
    assert sanction["source"]["dataset"] == "ct_sample" and sanction["source"]["dataset_date"] == "2024-05-01"
    assert [(o["level"], o["owner"]) for o in st["ownership"]] == [
        (1, "Balkan Example Holding EAD"), (2, "Example Industrial Fund"), (3, "Example Sovereign Trust")]
    assert {n["name"] for n in st["other_names"]} == {"Тунджа Машиностроене АД", "Tundzha Machine Building JSC"}


def test_sanction_in_the_json_and_pdf_dossier(linked: Registry) -> None:
    dossier = build_dossier(linked, "Tundzha Mashinostroene")
    data = json.loads(render(dossier, "json"))
    assert data["standing"]["sanctions"][0]["programme"] == "SAMPLE-ARMS-1"
    pytest.importorskip("weasyprint")
    text = pdf_text(render(dossier, "pdf"))
    assert "SAMPLE-ARMS-1" in text and "Example Sovereign Trust" in text and "Ministry of Examples" not in text


def test_sanction_on_the_respondent_page(viewer: TestClient) -> None:
    page = viewer.get("/organization/tundzha")
    assert page.status_code == 200 and "SAMPLE-ARMS-1" in page.text and "Sample Sanctions Office" in page.text
    twin = viewer.get("/organization/tundzha.json").json()
    assert twin["standing"]["sanctions"][0]["programme"] == "SAMPLE-ARMS-1"


def test_a_newer_file_supersedes_and_keeps_history(linked: Registry, invoke: Any, tmp_path: Path) -> None:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    newer = [line.replace('"startDate": ["2022-03-01"]', '"startDate": ["2022-03-01"], "endDate": ["2024-02-01"]')
             for line in lines if '"cts-own-4"' not in line]
    path = tmp_path / "sample-newer.ftm.jsonl"
    path.write_text("\n".join(newer) + "\n", encoding="utf-8")
    result = invoke("import-ftm", str(path), "--dataset", "ct_sample", "--date", "2024-06-01")
    assert result.exit_code == 0, result.output
    assert "superseded" in result.output and "1 new statements" in result.output
    sanction = standing(linked, "tundzha").sanctions[0]
    assert sanction.end == "2024-02-01" and sanction.source.dataset_date == "2024-06-01"
    rows = store.history(linked, "ct_sample", "cts-own-4")
    assert rows and all(r["superseded_by"] is not None for r in rows)
    assert linked.verify().ok


def test_bad_lines_are_named_and_the_rest_is_read(world: Registry, invoke: Any, tmp_path: Path) -> None:
    path = tmp_path / "mixed.ftm.jsonl"
    path.write_text('{"id": "a", "schema": "Company", "properties": {"name": ["Alpha Example"]}}\n'
                    '{"id": "b", "schema": \n'
                    '{"id": "c", "schema": "Spaceship", "properties": {}}\n'
                    '{"id": "d", "schema": "Company", "properties": {"wingspan": ["9"]}}\n'
                    '{"id": "e", "schema": "Company", "properties": {"name": ["Epsilon Example"]}}\n',
                    encoding="utf-8")
    result = invoke("import-ftm", str(path))
    assert result.exit_code == 0 and "Traceback" not in result.output
    assert f"{path}:2: not JSON" in result.output
    assert f"{path}:3: unknown schema 'Spaceship'" in result.output
    assert f"{path}:4: unknown property 'wingspan' of Company" in result.output
    assert sorted(e.id for e in store.entities(world)) == ["a", "e"]
    assert store.imports(world)[0].dataset == "mixed"
