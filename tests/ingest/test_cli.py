"""The ingest, documents and document commands through the CLI runner."""

from __future__ import annotations

import re
from pathlib import Path

from tests.ingest.corpus import Expected

TEXT = "The licensed copy was made at the north works from 1963, the records say, until the line closed."


def test_ingest_prints_a_summary_and_exits_0_when_all_went_in(invoke, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "note.txt").write_text(TEXT, encoding="utf-8")
    result = invoke("ingest", str(tmp_path / "docs"), "--workers", "1")
    assert result.exit_code == 0, result.output
    assert "Ingest summary" in result.output and "language en" in result.output


def test_each_rejected_input_gets_one_line_and_exit_1(invoke, hostile: tuple[Path, dict[str, str]]) -> None:  # type: ignore[no-untyped-def]
    folder, words = hostile
    result = invoke("ingest", str(folder), "--workers", "1", "--max-size", "1MB")
    lines = [line for line in result.output.splitlines() if line.startswith("rejected")]
    assert result.exit_code == 1
    assert sorted(Path(line.split(": ")[1]).name for line in lines) == sorted(words)


def test_documents_filters_by_language_and_lists_rejections(  # type: ignore[no-untyped-def]
        invoke, corpus: tuple[Path, list[Expected]], tmp_path: Path) -> None:
    items = [item for item in corpus[1] if item.media_type == "text/plain"][:12]
    invoke("ingest", *[str(item.path) for item in items], "--workers", "1")
    (tmp_path / "empty.txt").write_bytes(b"")
    invoke("ingest", str(tmp_path / "empty.txt"), "--workers", "1")
    russian = invoke("documents", "--language", "ru")
    count = sum(1 for item in items if item.language == "ru")
    assert russian.exit_code == 0 and f"{count} documents" in russian.output
    rejected = invoke("documents", "--status", "rejected")
    assert "1 rejected inputs" in rejected.output and "empty file" in rejected.output


def test_document_shows_metadata_and_text(invoke, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "note.txt"
    path.write_text(TEXT, encoding="utf-8")
    invoke("ingest", str(path), "--workers", "1")
    listing = invoke("documents")
    doc_id = re.findall(r"\b[0-9a-f]{12}\b", listing.output)[0]
    shown = invoke("document", doc_id)
    assert shown.exit_code == 0 and "language: en" in shown.output and "north works" in shown.output
    assert invoke("document", "000000").exit_code == 2


def test_an_unknown_language_code_is_a_setting_error_not_a_rejection(invoke, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "note.txt").write_text(TEXT, encoding="utf-8")
    bad = invoke("ingest", str(tmp_path / "note.txt"), "--workers", "1", "--languages", "en,qq")
    assert bad.exit_code == 2 and "unknown language code 'qq'" in bad.output
    good = invoke("ingest", str(tmp_path / "note.txt"), "--workers", "1", "--languages", "en,pl")
    assert good.exit_code == 0, good.output   # nothing was recorded against the document
