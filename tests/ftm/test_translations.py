"""Quotes in Bulgarian and Chinese, translated by a fake server on loopback, labelled in every dossier format."""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import docx
import pytest

from copytrace.registry import Registry
from tests.ftm.conftest import BG_QUOTE, ENGLISH, ZH_QUOTE, pdf_text
from tests.llmserver import FakeLLM, Reply


@pytest.fixture
def translating(server: FakeLLM, monkeypatch: pytest.MonkeyPatch) -> FakeLLM:
    """The fake OpenAI-compatible server, answering each quote with its English text, set as the translator."""
    server.fallback = lambda request: Reply(ENGLISH.get(request["messages"][-1]["content"], "?"))
    monkeypatch.setenv("COPYTRACE_TRANSLATE_URL", server.url)
    monkeypatch.setenv("COPYTRACE_TRANSLATE_MODEL", "fake-mt-1")
    return server


def _dossier(invoke: Any, tmp_path: Path, fmt: str = "json") -> Path:
    out = tmp_path / f"dossier.{fmt}"
    result = invoke("dossier", "Tundzha Mashinostroene", "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    return out


def _evidence(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {e["quote"]: e for p in data["products"] for a in p["assessments"] for e in a["evidence"]}


def test_dossier_shows_labelled_machine_translations(world: Registry, translating: FakeLLM, invoke: Any,
                                                     tmp_path: Path) -> None:
    data = json.loads(_dossier(invoke, tmp_path).read_text(encoding="utf-8"))
    evidence = _evidence(data)
    for quote in (BG_QUOTE, ZH_QUOTE):
        t = evidence[quote]["translation"]
        assert (t["text"], t["label"], t["engine"], t["model"]) == (ENGLISH[quote], "machine translation",
                                                                      "openai", "fake-mt-1")
    assert evidence[BG_QUOTE]["translation"]["source_language"] == "bg"
    assert data["untranslated_quotes"] == []
    assert {r["messages"][-1]["content"] for r in translating.requests} == {BG_QUOTE, ZH_QUOTE}


def test_translations_are_stored_and_not_asked_for_again(world: Registry, translating: FakeLLM, invoke: Any,
                                                         tmp_path: Path) -> None:
    _dossier(invoke, tmp_path)
    asked = len(translating.requests)
    html = _dossier(invoke, tmp_path, "html").read_text(encoding="utf-8")
    assert len(translating.requests) == asked == 2
    assert html.count("Machine translation") == 2 and ENGLISH[ZH_QUOTE] in html
    assert [e.action for e in world.audit_log()].count("translation.add") == 2


def test_docx_and_pdf_carry_the_label(world: Registry, translating: FakeLLM, invoke: Any, tmp_path: Path) -> None:
    document = docx.Document(io.BytesIO(_dossier(invoke, tmp_path, "docx").read_bytes()))
    cells = " ".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "[Machine translation (bg→en, openai fake-mt-1" in cells and ENGLISH[BG_QUOTE] in cells
    pytest.importorskip("weasyprint")
    text = pdf_text(_dossier(invoke, tmp_path, "pdf").read_bytes())
    assert "MACHINE TRANSLATION" in text.upper() and "without a licence" in text


def test_without_a_translator_the_dossier_lists_quotes_needing_one(world: Registry, invoke: Any,
                                                                   tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COPYTRACE_TRANSLATE_URL", raising=False)
    data = json.loads(_dossier(invoke, tmp_path).read_text(encoding="utf-8"))
    listed = sorted((q["quote"], q["language"]) for q in data["untranslated_quotes"])
    assert listed == sorted([(BG_QUOTE, "bg"), (ZH_QUOTE, "zh")])
    assert all(e["translation"] is None for e in _evidence(data).values() if e["language"] in ("bg", "zh"))
    html = _dossier(invoke, tmp_path, "html").read_text(encoding="utf-8")
    assert "Quotes needing a human translation" in html


def test_a_failing_server_leaves_the_quotes_listed(world: Registry, translating: FakeLLM, invoke: Any,
                                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    translating.fallback = lambda request: Reply(body='{"error": "bad request"}', status=400)
    data = json.loads(_dossier(invoke, tmp_path).read_text(encoding="utf-8"))
    assert len(data["untranslated_quotes"]) == 2


def test_the_web_shows_the_translation_beside_the_quote(world: Registry, translating: FakeLLM, invoke: Any,
                                                        tmp_path: Path, viewer_of: Any) -> None:
    _dossier(invoke, tmp_path)
    page = viewer_of(world).get("/product/tm-74")
    assert page.status_code == 200
    assert "Machine translation" in page.text and ENGLISH[BG_QUOTE] in page.text


@pytest.fixture
def libretranslate(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dict[str, Any]]]:
    """A fake LibreTranslate server on loopback: POST /translate answers {"translatedText": ...}."""
    asked: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            request = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
            asked.append({"path": self.path, **request})
            body = json.dumps({"translatedText": ENGLISH.get(request["q"], "?")}).encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("COPYTRACE_TRANSLATE_URL", f"http://127.0.0.1:{httpd.server_address[1]}")
    monkeypatch.setenv("COPYTRACE_TRANSLATE_ENGINE", "libretranslate")
    try:
        yield asked
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def test_libretranslate_is_a_translator_too(world: Registry, libretranslate: list[dict[str, Any]], invoke: Any,
                                            tmp_path: Path) -> None:
    data = json.loads(_dossier(invoke, tmp_path).read_text(encoding="utf-8"))
    assert _evidence(data)[ZH_QUOTE]["translation"]["engine"] == "libretranslate"
    assert {(a["path"], a["source"], a["target"]) for a in libretranslate} == {("/translate", "bg", "en"),
                                                                                ("/translate", "zh", "en")}
