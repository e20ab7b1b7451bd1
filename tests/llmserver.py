"""A small real OpenAI-compatible chat-completions server on loopback, answering what each test queues."""

from __future__ import annotations

import json
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.loopback import serving


@dataclass(frozen=True, slots=True)
class Reply:
    """One answer: a chat message's content (or a raw body), a status, headers and a delay before answering."""

    content: str | None = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    body: str | None = None


def facts(*items: dict[str, Any]) -> Reply:
    """An answer holding these facts (scope null unless given)."""
    return Reply(json.dumps({"facts": [{"scope": None, **item} for item in items]}))


@dataclass
class FakeLLM:
    url: str
    replies: deque[Reply] = field(default_factory=deque)
    requests: list[dict[str, Any]] = field(default_factory=list)
    # When no reply is queued: an answer built from the request (default: no facts).
    fallback: Callable[[dict[str, Any]], Reply] = lambda request: facts()
    refuse_schema: bool = False   # answer 400 to a request with response_format, like servers without schemas

    def answer(self, *replies: Reply) -> None:
        self.replies.extend(replies)


def _handler(server: FakeLLM) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            request = json.loads(self.rfile.read(length))
            server.requests.append({"path": self.path, "authorization": self.headers.get("Authorization"),
                                    **request})
            if server.refuse_schema and "response_format" in request:
                reply = Reply(body='{"error": "response_format is not supported"}', status=400)
            else:
                reply = server.replies.popleft() if server.replies else server.fallback(request)
            time.sleep(reply.delay)
            body = reply.body if reply.body is not None else json.dumps(
                {"choices": [{"index": 0, "message": {"role": "assistant", "content": reply.content}}]})
            data = body.encode("utf-8")
            try:
                self.send_response(reply.status)
                for name, value in {"Content-Type": "application/json", **reply.headers}.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except OSError:
                pass   # the client gave up waiting (the timeout test)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@contextmanager
def fake_llm() -> Iterator[FakeLLM]:
    """A server on 127.0.0.1, stopped after the test."""
    state = FakeLLM(url="")
    with serving(_handler(state)) as port:
        state.url = f"http://127.0.0.1:{port}/v1"
        yield state
