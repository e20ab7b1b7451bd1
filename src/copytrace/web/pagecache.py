"""Read pages served from memory until the next write.

A read page (an entity page, lineage, search, ...) is the same for every reader of one role and
language until the registry changes, and every write appends an audit entry. So
:class:`PageCacheMiddleware` keeps each rendered page keyed by (path, query, role, language,
fragment or page, session or token, newest audit sequence) and serves it again without routing,
views or templates. Authentication is still checked on every request, in the same read snapshot
as the audit sequence; a caller who is not logged in never reaches the cache.

The few words of a page that belong to one user (the name in its header, the session's CSRF
token) are rendered as marks and filled in per request, so one copy serves every user of a role.
Each answer carries an ETag; a matching ``If-None-Match`` gets 304 without a body.

Only ``200`` answers without cookies are kept, and only for routes registered with
``twin_get(..., shared=True)``. The cache is per server process, bounded in bytes, and emptied
when the audit sequence moves.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import anyio.to_thread
from markupsafe import escape
from starlette.requests import Request
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from copytrace.registry import Registry, queries
from copytrace.web.auth import Caller, authenticate
from copytrace.web.pages import (
    CSRF_MARK,
    SHARED_ROUTE,
    TEMPLATE_STATE,
    USER_MARK,
    is_htmx,
    page_language,
    page_limiter,
)

# Headers of a kept page that are sent again; the rest (length, date, server) are the server's.
KEPT_HEADERS = frozenset({b"content-type", b"vary", b"content-language"})
NO_CACHE = b"private, no-cache"


@dataclass(frozen=True, slots=True)
class Page:
    """A rendered page with its user marks in place."""

    body: bytes
    headers: tuple[tuple[bytes, bytes], ...]
    etag: str
    personal: bool  # carries marks to fill in


class PageStore:
    """Pages for one registry state, the most recently used kept within ``max_bytes``."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._state = -1
        self._pages: OrderedDict[tuple[Any, ...], Page] = OrderedDict()
        self._bytes = 0
        self.hits = 0
        self.misses = 0

    def get(self, key: tuple[Any, ...], state: int) -> Page | None:
        with self._lock:
            if state != self._state:
                if state < self._state:  # read before a newer state was seen: nothing kept is that old
                    self.misses += 1
                    return None
                self._pages.clear()
                self._bytes = 0
                self._state = state
            page = self._pages.get(key)
            if page is None:
                self.misses += 1
                return None
            self._pages.move_to_end(key)
            self.hits += 1
            return page

    def put(self, key: tuple[Any, ...], state: int, page: Page) -> None:
        size = len(page.body)
        with self._lock:
            if state != self._state or size > self.max_bytes:
                return
            old = self._pages.pop(key, None)
            self._bytes += size - (len(old.body) if old else 0)
            self._pages[key] = page
            while self._bytes > self.max_bytes:
                _, dropped = self._pages.popitem(last=False)
                self._bytes -= len(dropped.body)


def _identify(registry: Registry, request: Request) -> tuple[Caller | None, int]:
    """The caller and the newest audit sequence, from one read snapshot."""
    with registry.reading():
        return authenticate(request), queries.last_audit_seq(registry)


def _etag(body: bytes) -> str:
    return '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'


def _personal_etag(page: Page, caller: Caller) -> str:
    if not page.personal:
        return page.etag
    mine = hashlib.blake2b(f"{caller.user.username}\0{caller.csrf_token or ''}".encode(), digest_size=6)
    return page.etag[:-1] + "-" + mine.hexdigest() + '"'


def _fill(body: bytes, caller: Caller) -> bytes:
    body = body.replace(USER_MARK.encode(), str(escape(caller.user.username)).encode())
    if caller.csrf_token:
        body = body.replace(CSRF_MARK.encode(), str(escape(caller.csrf_token)).encode())
    return body


def _matches(if_none_match: str, etag: str) -> bool:
    if if_none_match.strip() == "*":
        return True
    return any(tag.strip().removeprefix("W/") == etag for tag in if_none_match.split(","))


class PageCacheMiddleware:
    """Serves shared read pages from a :class:`PageStore`, filling it on a miss."""

    def __init__(self, app: ASGIApp, registry: Registry, max_bytes: int, routes: Iterable[BaseRoute]) -> None:
        self.app = app
        self.registry = registry
        self.store = PageStore(max_bytes)
        # The app's GET routes in routing order, each with whether its pages are shared.
        self._routes: list[tuple[re.Pattern[str], bool]] = [
            (route.path_regex, getattr(route.endpoint, SHARED_ROUTE, False)) for route in routes
            if isinstance(route, Route) and "GET" in (route.methods or ())]
        self._shared: dict[str, bool] = {}  # path -> served by a shared route (bounded below)
        self._filling: dict[tuple[Any, ...], asyncio.Future[None]] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not self._is_shared(scope):
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        if self._inline():
            caller, state = _identify(self.registry, request)
        else:
            caller, state = await anyio.to_thread.run_sync(_identify, self.registry, request,
                                                           limiter=page_limiter(scope["app"]))
        scope.setdefault("state", {})["caller"] = caller  # the views' look-up (auth.caller_of) finds it
        if caller is None:  # the app redirects to the login page or answers 401
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope["query_string"], caller.user.role, page_language(request),
               is_htmx(request), caller.csrf_token is not None)
        page = self.store.get(key, state)
        while page is None and key in self._filling:  # another request is rendering it: wait for that one
            await asyncio.shield(self._filling[key])
            page = self.store.get(key, state)
        if page is None:
            await self._render(scope, receive, send, key, state, caller)
            return
        await self._send(request, send, page, caller)

    def _inline(self) -> bool:
        """Whether to look the caller up on the event loop rather than on a page thread.

        On SQLite, when the pool has a connection free: two indexed reads in WAL mode, which never
        wait for a writer, cost less than the hop to a thread and back (a third of the CPU of a
        cached page). PostgreSQL's reads cross the network, and an empty pool would make the
        loop wait for a connection: those go to a thread.
        """
        return self.registry.local_reads_free()

    def _is_shared(self, scope: Scope) -> bool:
        path: str = scope["path"]
        shared = self._shared.get(path)
        if shared is None:
            # The first route that matches decides, as in routing.
            shared = next((flag for pattern, flag in self._routes if pattern.match(path)), False)
            if len(self._shared) > 10_000:
                self._shared.clear()
            self._shared[path] = shared
        return shared

    async def _send(self, request: Request, send: Send, page: Page, caller: Caller) -> None:
        etag = _personal_etag(page, caller)
        headers = [*page.headers, (b"etag", etag.encode()), (b"cache-control", NO_CACHE)]
        if _matches(request.headers.get("if-none-match", ""), etag):
            await send({"type": "http.response.start", "status": 304, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return
        body = _fill(page.body, caller) if page.personal else page.body
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _render(self, scope: Scope, receive: Receive, send: Send, key: tuple[Any, ...], state: int,
                      caller: Caller) -> None:
        """Render through the app with user marks, keep a 200, and answer this caller."""
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._filling[key] = done
        try:
            scope["state"][TEMPLATE_STATE] = True
            start: Message = {}
            chunks: list[bytes] = []

            async def capture(message: Message) -> None:
                nonlocal start
                if message["type"] == "http.response.start":
                    start = message
                elif message["type"] == "http.response.body":
                    chunks.append(message.get("body", b""))

            await self.app(scope, receive, capture)
            template = b"".join(chunks)
            headers = [(name, value) for name, value in start.get("headers", [])]
            keep = start.get("status") == 200 and not any(name == b"set-cookie" for name, _ in headers)
            if keep:
                page = Page(template, tuple((n, v) for n, v in headers if n in KEPT_HEADERS), _etag(template),
                            USER_MARK.encode() in template or CSRF_MARK.encode() in template)
                self.store.put(key, state, page)
                await self._send(Request(scope), send, page, caller)
                return
            body = _fill(template, caller)
            headers = [(n, v) for n, v in headers if n != b"content-length"]
            headers.append((b"content-length", str(len(body)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})
        finally:
            del self._filling[key]
            done.set_result(None)
