"""URL ingestion against a server on loopback: safety rules, redirects, limits, stored headers."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from copytrace.registry import Registry
from tests.ingest.corpus import html_page

ARTICLE = html_page("Works history", [
    "The licensed copy was built at the state works for two decades, the archive shows in detail.",
    "Production moved to a new plant later, and the old tooling was sold to another country.",
]).encode()


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/article.html":
            self._send(200, ARTICLE, "text/html; charset=utf-8")
        elif self.path == "/moved":
            self._redirect("/article2.html")
        elif self.path == "/article2.html":
            self._send(200, ARTICLE.replace(b"two decades", b"three decades"), "text/html")
        elif self.path.startswith("/loop"):
            self._redirect(self.path + "x")
        elif self.path == "/big":
            self._send(200, b"x" * 300_000, "text/plain")
        else:
            self._send(404, b"not here", "text/plain")

    def _send(self, status: int, body: bytes, media_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:  # quiet: the test output is the point
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def _url_file(tmp_path: Path, *urls: str) -> str:
    path = tmp_path / "urls.txt"
    path.write_text("# test URLs\n" + "\n".join(urls) + "\n", encoding="utf-8")
    return str(path)


def test_loopback_is_refused_without_allow_private(invoke, server: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = invoke("ingest", "--urls", _url_file(tmp_path, f"{server}/article.html"), "--workers", "1")
    assert result.exit_code == 1 and "private, loopback or reserved address" in result.output


def test_urls_are_fetched_with_headers_and_redirects_followed(  # type: ignore[no-untyped-def]
        invoke, server: str, tmp_path: Path, db_url: str) -> None:
    urls = _url_file(tmp_path, f"{server}/article.html", f"{server}/moved")
    result = invoke("ingest", "--urls", urls, "--allow-private", "--workers", "1")
    assert result.exit_code == 0, result.output
    with Registry.open(db_url, store=str(tmp_path / "store")) as registry:
        docs = {doc.source: doc for doc in registry.documents()}
    article = docs[f"{server}/article.html"]
    moved = docs[f"{server}/moved"]
    assert article.meta["http"]["headers"]["content-type"] == "text/html; charset=utf-8"
    assert (article.title, moved.meta["http"]["final_url"]) == ("Works history", f"{server}/article2.html")


def test_bad_urls_are_rejected_with_reasons(invoke, server: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    urls = _url_file(tmp_path, f"{server}/loop", f"{server}/missing", f"{server}/big", "file:///etc/passwd")
    result = invoke("ingest", "--urls", urls, "--allow-private", "--workers", "1", "--max-size", "100KB")
    assert result.exit_code == 1
    for reason in ("too many redirects", "HTTP 404", "over the size limit", "only http and https"):
        assert reason in result.output
