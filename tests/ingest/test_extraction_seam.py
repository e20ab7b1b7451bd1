"""Facts from the extractor become candidate statements, stored with the document in one transaction."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from copytrace.ingest import IngestConfig, ingest
from copytrace.ingest.extraction import load_extractor
from copytrace.packs import load_pack
from copytrace.registry import Registry

DATA = Path(__file__).parents[1] / "data"


def test_extracted_facts_are_stored_as_candidates_with_exact_evidence(
        registry: Registry, tmp_path: Path, config: IngestConfig) -> None:
    load_pack(registry, str(DATA / "mini.yaml"), actor="tester")
    path = tmp_path / "report.txt"
    path.write_text("Field report.\nThe AKM pattern rifle was made in Romania for years.\n"
                    "A Nonexistent Rifle was mentioned too.", encoding="utf-8")
    report = ingest(registry, [path], config=replace(config, extractor="tests.ingest.fake_extract:extract_text"))
    (doc,) = registry.documents()
    stored = {s.subject: s for s in registry.statements(document=doc.id)}
    statement = stored["akm"]
    evidence = statement.evidence
    assert evidence is not None and doc.text[evidence.start: evidence.end] == evidence.quote
    assert (statement.subject, statement.predicate, statement.object_id) == ("akm", "made_in_country", "romania")
    assert (statement.origin, statement.status, report.statements) == ("extracted", "candidate", 2)


def test_a_name_nobody_knows_becomes_a_new_entity_with_a_candidate_statement(
        registry: Registry, tmp_path: Path, config: IngestConfig) -> None:
    load_pack(registry, str(DATA / "mini.yaml"), actor="tester")
    path = tmp_path / "report.txt"
    path.write_text("A Nonexistent Rifle was mentioned, made in Romania.", encoding="utf-8")
    ingest(registry, [path], config=replace(config, extractor="tests.ingest.fake_extract:extract_text"))
    entity = registry.resolve("Nonexistent Rifle")
    assert (entity.kind, entity.name) == ("product", "Nonexistent Rifle")
    (statement,) = registry.statements(subject=entity.id)
    assert (statement.predicate, statement.object_id, statement.status) == ("made_in_country", "romania", "candidate")
    assert statement.evidence is not None and statement.evidence.quote == "Nonexistent Rifle"


def test_without_an_extractor_documents_are_stored_alone() -> None:
    assert load_extractor("copytrace_no_such_extractor:extract_text") is None
