"""Documents: spans highlighted and escaped, uploads ingested as the uploader, limits enforced."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI

from tests.ingest.containers import epub_parts, odt_parts, xhtml, xlsx_parts, zip_parts
from tests.web.conftest import CANDIDATE_QUOTE, TestClient, csrf_of


def test_document_page_marks_the_span_and_escapes_everything(client_as: Callable[[str], TestClient],
                                                              hostile_document: str) -> None:
    client = client_as("viewer")
    page = client.get(f"/document/{hostile_document}").text
    assert "&lt;script&gt;window.__pwned = 1; alert(&#39;xss&#39;)&lt;/script&gt;" in page
    assert "<script>window" not in page
    assert "<img src=x" not in page
    assert 'onclick="window' not in page
    assert '<mark class="span"' in page
    data = client.get(f"/document/{hostile_document}.json").json()
    marked = [seg["text"] for seg in data["segments"] if seg["statements"]]
    assert marked == [CANDIDATE_QUOTE]


def test_upload_ingests_as_the_uploader(client_as: Callable[[str], TestClient], app: FastAPI) -> None:
    client = client_as("analyst")
    files = {"files": ("report.txt", b"The Type 56 rifle is made in China by Norinco.\n", "text/plain")}
    response = client.post("/upload.json", files=files, data={"csrf_token": csrf_of(client, "/upload")})
    assert response.status_code == 200, response.text
    [result] = response.json()["results"]
    assert result["status"] == "added"
    assert client.get(result["url"]).status_code == 200
    entries = [e for e in app.state.registry.audit_log() if e.target == result["document_id"]]
    assert entries and {e.actor for e in entries} == {"analyst"}


def test_upload_refuses_unsupported_types(client_as: Callable[[str], TestClient]) -> None:
    client = client_as("analyst")
    files = {"files": ("tool.exe", b"MZ\x90\x00", "application/x-msdownload")}
    response = client.post("/upload.json", files=files, data={"csrf_token": csrf_of(client, "/upload")})
    assert response.status_code == 415


def test_upload_refuses_oversized_files(client_as: Callable[[str], TestClient], app: FastAPI) -> None:
    client = client_as("analyst")
    limit = app.state.config.max_upload_bytes
    files = {"files": ("big.txt", b"a" * (limit + 1), "text/plain")}
    response = client.post("/upload.json", files=files, data={"csrf_token": csrf_of(client, "/upload")})
    assert response.status_code == 413


def test_upload_takes_odt_epub_and_xlsx(client_as: Callable[[str], TestClient]) -> None:
    client = client_as("analyst")
    odt = zip_parts(odt_parts("<text:p>The Type 56 rifle is made in China by Norinco.</text:p>"))
    epub = zip_parts(epub_parts([("one.xhtml", xhtml("One", "<p>The M70 is made in Serbia.</p>"))], ["one.xhtml"]))
    xlsx = zip_parts(xlsx_parts([("Sheet1", '<row r="1"><c r="A1" t="s"><v>0</v></c></row>')], ["AMD-65, Hungary"]))
    for name, data, media in [("a.odt", odt, "application/vnd.oasis.opendocument.text"),
                              ("b.epub", epub, "application/epub+zip"),
                              ("c.xlsx", xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]:
        response = client.post("/upload.json", files={"files": (name, data, media)},
                               data={"csrf_token": csrf_of(client, "/upload")})
        assert response.status_code == 200, (name, response.text)
        [result] = response.json()["results"]
        assert result["status"] == "added", (name, result)
