"""Real servers on loopback for the watch tests: a site serving feeds and pages (with ETags), a webhook
receiver answering what each test queues, and an SMTP server (aiosmtpd) keeping what it receives."""

from __future__ import annotations

import hashlib
import socket
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from http.server import BaseHTTPRequestHandler
from typing import Any

from aiosmtpd.controller import Controller

from tests.loopback import serving


@dataclass
class Page:
    body: bytes
    status: int = 200
    content_type: str = "application/atom+xml"

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:16] + '"'


@dataclass
class Site:
    """Pages by path; a GET whose If-None-Match is the page's ETag gets 304."""

    url: str = ""
    pages: dict[str, Page] = field(default_factory=dict)
    requests: list[dict[str, Any]] = field(default_factory=list)
    # Webhook side: statuses to answer POSTs with, in order (then 200).
    statuses: deque[int] = field(default_factory=deque)
    posts: list[dict[str, Any]] = field(default_factory=list)


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.requests.append({"path": self.path, "headers": dict(self.headers.items())})
            page = site.pages.get(self.path)
            if page is None:
                self._answer(404, b"not found", "text/plain")
            elif page.status == 200 and self.headers.get("If-None-Match") == page.etag:
                self._answer(304, b"", page.content_type, page.etag)
            else:
                self._answer(page.status, page.body, page.content_type, page.etag if page.status == 200 else None)

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            site.posts.append({"path": self.path, "headers": dict(self.headers.items()), "body": body})
            status = site.statuses.popleft() if site.statuses else 200
            self._answer(status, b"{}", "application/json")

        def _answer(self, status: int, body: bytes, content_type: str, etag: str | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            if etag:
                self.send_header("ETag", etag)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if status != 304:
                self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@contextmanager
def site() -> Iterator[Site]:
    state = Site()
    with serving(_handler(state)) as port:
        state.url = f"http://127.0.0.1:{port}"
        yield state


@dataclass
class Mailbox:
    port: int = 0
    messages: list[tuple[list[str], Message]] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((list(envelope.rcpt_tos), message_from_bytes(envelope.content)))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def smtp() -> Iterator[Mailbox]:
    box = Mailbox(_free_port())
    controller = Controller(box, hostname="127.0.0.1", port=box.port)
    controller.start()
    try:
        yield box
    finally:
        controller.stop()


def atom(*entries: tuple[str, str, str]) -> bytes:
    """An Atom feed of (id, title, text) entries."""
    items = "".join(
        f"<entry><id>{ident}</id><title>{title}</title><updated>2024-05-01T00:00:00Z</updated>"
        f"<link href=\"https://news.example.org/{ident.rsplit(':', 1)[-1]}\"/>"
        f"<content type=\"html\">&lt;p&gt;{text}&lt;/p&gt;</content></entry>"
        for ident, title, text in entries)
    return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
            f"<title>Test Arms News</title><id>urn:test-news</id><updated>2024-05-01T00:00:00Z</updated>"
            f"{items}</feed>").encode()
