"""The document store: content addressing, no-op re-ingest, versions, look-ups, verification."""

from __future__ import annotations

from pathlib import Path

import pytest

from copytrace.ingest import IngestConfig, batch, ingest
from copytrace.registry import Registry
from copytrace.registry.documents import write_blob
from tests.ingest.conftest import count_transactions

TEXT_V1 = "The licensed copy was made at the north works from 1963, the records say, until the line closed."
TEXT_V2 = TEXT_V1 + "\nA second edition adds that the works changed hands in 1999."


def test_bytes_are_kept_under_their_sha256_and_verify(registry: Registry, tmp_path: Path,
                                                      config: IngestConfig) -> None:
    path = tmp_path / "note.txt"
    path.write_text(TEXT_V1, encoding="utf-8")
    ingest(registry, [path], config=config)
    (doc,) = registry.documents()
    assert registry.blob_path(doc.id).read_bytes() == path.read_bytes()
    assert (doc.size, doc.language, registry.verify().ok) == (len(path.read_bytes()), "en", True)


def test_identical_bytes_are_a_no_op_that_says_so(registry: Registry, tmp_path: Path,
                                                  config: IngestConfig) -> None:
    first, copy = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(TEXT_V1, encoding="utf-8")
    copy.write_text(TEXT_V1, encoding="utf-8")
    ingest(registry, [first], config=config)
    seen: list[str] = []
    report = ingest(registry, [first, copy], config=config, listener=lambda o: seen.append(o.line()))
    assert report.statuses["unchanged"] == 2 and len(registry.documents(status="all")) == 1
    assert seen == [f"unchanged: {first.resolve()}", f"unchanged: {copy.resolve()} (same bytes as {first.resolve()})"]


def test_identical_bytes_arriving_in_one_group_are_stored_once(registry: Registry, tmp_path: Path,
                                                                config: IngestConfig,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    first, copy = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(TEXT_V1, encoding="utf-8")
    copy.write_text(TEXT_V1, encoding="utf-8")
    monkeypatch.setattr(batch, "_GROUP_SECONDS", 60.0)  # both prepared before either is stored, in one group
    transactions = count_transactions(registry, monkeypatch)
    seen: list[str] = []
    ingest(registry, [first, copy], config=config, listener=lambda o: seen.append(o.line()))
    assert transactions() == 1  # the group's own: not stored again one by one after a failure
    assert seen == [f"added: {first.resolve()} [text/plain, en]",
                    f"unchanged: {copy.resolve()} (same bytes as {first.resolve()})"]
    assert (len(registry.documents(status="all")), registry.verify().ok) == (1, True)


def test_new_bytes_from_the_same_source_become_a_linked_version(registry: Registry, tmp_path: Path,
                                                                config: IngestConfig) -> None:
    path = tmp_path / "note.txt"
    path.write_text(TEXT_V1, encoding="utf-8")
    ingest(registry, [path], config=config)
    path.write_text(TEXT_V2, encoding="utf-8")
    report = ingest(registry, [path], config=config)
    (old,) = registry.documents(status="superseded")
    (new,) = registry.documents(status="current")
    assert (report.statuses["new version"], new.previous_id, old.text) == (1, old.id, TEXT_V1)


def test_document_by_prefix_and_search_finds_its_text(registry: Registry, tmp_path: Path,
                                                      config: IngestConfig) -> None:
    path = tmp_path / "note.txt"
    path.write_text(TEXT_V1, encoding="utf-8")
    ingest(registry, [path], config=config)
    (doc,) = registry.documents()
    found = registry.document(doc.id[:8])
    assert found is not None and found.id == doc.id
    assert [hit.ref_id for hit in registry.search("north works")] == [doc.id]


def test_tampered_bytes_fail_verification(registry: Registry, tmp_path: Path, config: IngestConfig) -> None:
    path = tmp_path / "note.txt"
    path.write_text(TEXT_V1, encoding="utf-8")
    ingest(registry, [path], config=config)
    (doc,) = registry.documents()
    registry.blob_path(doc.id).write_bytes(b"changed")
    assert not registry.verify().ok


def test_blob_write_is_atomic_and_idempotent(tmp_path: Path) -> None:
    first = write_blob(tmp_path, "ab" * 32, b"bytes")
    second = write_blob(tmp_path, "ab" * 32, b"bytes")
    assert first == second and first.read_bytes() == b"bytes"
    assert [p.name for p in first.parent.iterdir()] == ["ab" * 32]
