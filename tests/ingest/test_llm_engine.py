"""Ingest with the language-model engine: its facts become candidates that say how they were found."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from copytrace.extract.llm import LLMConfig
from copytrace.ingest import IngestConfig, ingest
from copytrace.registry import Registry
from tests.llmserver import FakeLLM, Reply, facts

TEXT = "Field notes.\nThe Zorath ZR-7 is a copy of the Kestrel KR-3, made at a plant near the coast.\n"
DERIVED = {"subject": "ZR-7", "relation": "derived_from", "object": "KR-3",
           "quote": "ZR-7 is a copy of the Kestrel KR-3"}


def test_ingest_with_the_llm_engine_stores_statements_that_record_the_method(
        server: FakeLLM, invoke: Any, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COPYTRACE_LLM_URL", server.url)
    monkeypatch.setenv("COPYTRACE_LLM_MODEL", "test-model")
    monkeypatch.setenv("COPYTRACE_CACHE", "")
    server.answer(facts(DERIVED))
    (tmp_path / "zorath.txt").write_text(TEXT, encoding="utf-8")
    result = invoke("ingest", str(tmp_path / "zorath.txt"), "--workers", "1", "--engine", "llm")
    assert result.exit_code == 0, result.output
    with Registry.open(db_url, store=str(tmp_path / "store")) as registry:
        (doc,) = registry.documents()
        (statement,) = registry.statements(document=doc.id)
    assert (statement.predicate, statement.origin, statement.status) == ("derived_from", "extracted", "candidate")
    assert statement.note == "found by llm:test-model:v1"
    assert statement.evidence is not None and doc.text[statement.evidence.start:statement.evidence.end] == \
        DERIVED["quote"]


def test_ingest_without_a_server_url_is_one_line_and_exit_2(invoke: Any, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COPYTRACE_LLM_URL", raising=False)
    (tmp_path / "zorath.txt").write_text(TEXT, encoding="utf-8")
    result = invoke("ingest", str(tmp_path / "zorath.txt"), "--workers", "1", "--engine", "llm")
    assert result.exit_code == 2 and "COPYTRACE_LLM_URL" in result.output


def test_a_document_the_model_fails_on_is_stored_and_reported(server: FakeLLM, registry: Registry, tmp_path: Path,
                                                              config: IngestConfig) -> None:
    server.fallback = lambda request: Reply(json.dumps({"facts": []}), delay=2.0)
    (tmp_path / "zorath.txt").write_text(TEXT, encoding="utf-8")
    seen: list[Any] = []
    report = ingest(registry, [tmp_path / "zorath.txt"], listener=seen.append,
                    config=replace(config, engine="llm", llm=LLMConfig(server.url, timeout=0.5, cache=None)))
    assert (report.ok, report.extraction_errors, len(registry.documents())) == (False, 1, 1)
    assert "language model failed: no answer" in seen[0].line()
