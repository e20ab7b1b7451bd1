"""Facts from the extractor become candidate statements, stored with the document in one transaction."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from copytrace.ingest import IngestConfig, batch, ingest
from copytrace.ingest.extraction import load_extractor, to_statements
from copytrace.model.candidate import CandidateFact
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


def test_a_name_an_earlier_document_of_the_group_adds_is_known_to_the_later(
        registry: Registry, tmp_path: Path, config: IngestConfig, monkeypatch: pytest.MonkeyPatch) -> None:
    load_pack(registry, str(DATA / "mini.yaml"), actor="tester")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("The Zed Works rifle was sold abroad.", encoding="utf-8")
    (folder / "b.txt").write_text("Later AKM rifles were made by Zed Works.", encoding="utf-8")
    monkeypatch.setattr(batch, "_GROUP_SECONDS", 60.0)  # both documents stored in one transaction
    report = ingest(registry, [folder], config=replace(config, extractor="tests.ingest.fake_extract:extract_text"))
    # As if a.txt were stored before b.txt was read: Zed Works is the product a.txt named (it used to become a
    # maker too, and the batch stopped on the clash), and a product makes nothing, so b.txt's fact is left out.
    entity = registry.resolve("Zed Works")
    about = [(s.subject, s.predicate) for s in registry.statements(involving=entity.id)]
    assert (report.statuses["added"], entity.kind, about) == (2, "product", [("zed-works", "made_in_country")])


def test_without_an_extractor_documents_are_stored_alone() -> None:
    assert load_extractor("copytrace_no_such_extractor:extract_text") is None


def test_an_alias_given_in_latin_letters_with_its_spelling_after_it_names_the_design(registry: Registry) -> None:
    # the extractor writes a name spelled in another script as the Latin name with the spelling after it
    # ("Fishbed (फिशबेड)"); the registry knows the Latin name, not the bracket
    load_pack(registry, str(DATA / "mini.yaml"), actor="tester")
    fact = CandidateFact(doc="d.txt", subject="AK-47", subject_text="Калаш", relation="alias_of",
                         object="Avtomat Kalashnikova (Автомат Калашникова)", quote="Калаш", start=0, end=5,
                         confidence=0.8)
    out = to_statements(registry, "doc-1", [fact])
    assert [(s.subject, s.predicate, s.value) for s in out.statements] == [("ak-47", "alias", "Калаш")]
    unknown = replace(fact, object="Nobody Knows (Никто)")
    assert to_statements(registry, "doc-1", [unknown]).statements == []
