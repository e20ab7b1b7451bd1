"""Read pages served from memory until the next write.

A read page (an entity page, lineage, search, ...) is the same for every reader of one role and
language until the registry changes, and every write appends an audit entry. So
:class:`PageCacheMiddleware` keeps each rendered page keyed by (path, query, role, language,
fragment or page, session or token, newest audit sequence) and serves it again without routing,
views or templates. Authentication is still checked on every request, in the same statement that
reads the audit sequence; a caller who is not logged in never reaches the cache.

The few words of a page that belong to one user (the name in its header, the session's CSRF
token) are rendered as marks and filled in per request, so one copy serves every user of a role.
Each answer carries an ETag; a matching ``If-None-Match`` gets 304 without a body.

Only ``200`` answers without cookies are kept, and only for routes registered with
``twin_get(..., shared=True)``. Each server process keeps pages in memory, bounded in bytes and
emptied when the audit sequence moves; beneath it, where the server has one (``serve --workers``
makes one), a :class:`~copytrace.web.sharedpages.SharedPages` folder holds the pages every process
of the server rendered, so one render of a page per registry state serves them all. Each answer
says where it came from in ``X-Cache``: ``hit`` (this process's memory), ``shared`` (rendered by
another process, or before this one's memory moved on) or ``miss`` (rendered for it).

Warming: when the sequence moves (a request reads a newer one, a write request ends in this
process, or the watcher, which reads it every ``watch_s`` seconds while the server runs, sees it
move), the pages read most often before the write are rendered again in the background for the
new state, so their next reader gets them from memory. A page is only ever kept under a state
read before its render began, and served only while that is the newest state a request reads:
a page of an older state is never served after a newer write. Every process of a server warms
the pages its own readers read most, but only the first to claim a page in the shared folder
renders it; the others take it from there.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import re
from collections.abc import Iterable
from typing import Any

import anyio.to_thread
from markupsafe import escape
from starlette.requests import Request
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from copytrace.registry import Registry, queries
from copytrace.registry.loopreads import LoopReads
from copytrace.registry.users import User
from copytrace.web.auth import Caller, authenticate_at_state, authenticate_on_loop
from copytrace.web.pages import (
    CSRF_MARK,
    LANGUAGE_COOKIE,
    SHARED_ROUTE,
    TEMPLATE_STATE,
    USER_MARK,
    is_htmx,
    page_language,
    page_limiter,
)
from copytrace.web.pagestore import Page, PageStore
from copytrace.web.sharedpages import SharedPages

# Headers of a kept page that are sent again; the rest (length, date, server) are the server's.
KEPT_HEADERS = frozenset({b"content-type", b"vary", b"content-language"})
NO_CACHE = b"private, no-cache"
# How often the watcher reads the audit sequence, to warm pages after writes made by other processes.
WATCH_S = 1.0

log = logging.getLogger(__name__)


# What a warming request takes over from a real one: the app, the server, the ASGI versions.
BASE_SCOPE = ("asgi", "http_version", "scheme", "server", "client", "root_path", "app")


async def _no_body() -> Message:
    return {"type": "http.request", "body": b"", "more_body": False}


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

    def __init__(self, app: ASGIApp, registry: Registry, max_bytes: int, routes: Iterable[BaseRoute],
                 warm: bool = True, watch_s: float = WATCH_S, shared: SharedPages | None = None,
                 loop_reads: LoopReads | None = None) -> None:
        self.app = app
        self.registry = registry
        # Where the registry is PostgreSQL: the caller and state are read on the event loop, not a thread.
        self.loop_reads = loop_reads
        self.store = PageStore(max_bytes)
        # Used on the event loop only: one connection to its index per process (diskcache opens one per
        # thread), closed at shut-down; a read or write of a local file takes a fraction of a millisecond.
        self.shared = shared
        self.warm = warm
        self.watch_s = watch_s
        self.warmed = 0  # pages rendered by warming (for tests and logs)
        self._warming: asyncio.Task[None] | None = None
        self._base: dict[str, Any] = {}  # the scope keys of a request that are not the request's own
        # The app's GET routes in routing order, each with whether its pages are shared.
        self._routes: list[tuple[re.Pattern[str], bool]] = [
            (route.path_regex, getattr(route.endpoint, SHARED_ROUTE, False)) for route in routes
            if isinstance(route, Route) and "GET" in (route.methods or ())]
        self._shared: dict[str, bool] = {}  # path -> served by a shared route (bounded below)
        self._filling: dict[tuple[Any, ...], asyncio.Future[None]] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan" and self.warm and self.watch_s > 0:
            await self._with_watcher(scope, receive, send)
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] != "GET" or not self._is_shared(scope):
            await self.app(scope, receive, send)
            if scope["method"] not in ("GET", "HEAD", "OPTIONS") and self.warm:
                await self._check_state(scope)  # this request may have written: warm now, not at the next read
            return
        request = Request(scope)
        read = None
        if self._inline():
            read = authenticate_at_state(request)
        elif self.loop_reads is not None:
            read = await authenticate_on_loop(request, self.loop_reads)
        if read is None:
            read = await anyio.to_thread.run_sync(authenticate_at_state, request, limiter=page_limiter(scope["app"]))
        caller, state = read
        scope.setdefault("state", {})["caller"] = caller  # the views' look-up (auth.caller_of) finds it
        if caller is None:  # the app redirects to the login page or answers 401
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope["query_string"], caller.user.role, page_language(request),
               is_htmx(request), caller.csrf_token is not None)
        if not self._base:
            self._base = {name: scope[name] for name in BASE_SCOPE if name in scope}
        self._warm_after(self.store.advance(state), state)
        page = self.store.get(key, state)
        while page is None and key in self._filling:  # another request is rendering it: wait for that one
            await asyncio.shield(self._filling[key])
            page = self.store.get(key, state)
        source = b"hit"
        if page is None and self.shared is not None:
            page = self.shared.get(key, state)
            if page is not None:
                self.store.put(key, state, page)
                source = b"shared"
        if page is None:
            await self._render(scope, receive, send, key, state, caller)
            return
        await self._send(request, send, page, caller, source)

    def _inline(self) -> bool:
        """Whether to look the caller up on the event loop rather than on a page thread.

        On SQLite, when the pool has a connection free: one indexed read in WAL mode, which never
        waits for a writer, costs less than the hop to a thread and back (a third of the CPU of a
        cached page). PostgreSQL's read crosses the network, and an empty pool would make the
        loop wait for a connection: those are awaited on the loop through connections of their own
        (``loop_reads``), or go to a thread.
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

    async def _send(self, request: Request, send: Send, page: Page, caller: Caller, source: bytes) -> None:
        etag = _personal_etag(page, caller)
        headers = [*page.headers, (b"etag", etag.encode()), (b"cache-control", NO_CACHE), (b"x-cache", source)]
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
        start, template, page = await self._fill_store(scope, receive, key, state)
        if page is not None:
            await self._send(Request(scope), send, page, caller, b"miss")
            return
        body = _fill(template, caller)
        headers = [(n, v) for n, v in start.get("headers", []) if n != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        await send({**start, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _fill_store(self, scope: Scope, receive: Receive, key: tuple[Any, ...],
                          state: int) -> tuple[Message, bytes, Page | None]:
        """Render through the app with user marks; a 200 without cookies is kept under ``state``
        (read before the render began, so the page is of that state or a newer one, never older)."""
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
            if start.get("status") != 200 or any(name == b"set-cookie" for name, _ in headers):
                return start, template, None
            page = Page(template, tuple((n, v) for n, v in headers if n in KEPT_HEADERS), _etag(template),
                        USER_MARK.encode() in template or CSRF_MARK.encode() in template)
            self.store.put(key, state, page)
            if self.shared is not None and self.store.state == state:  # else a newer write made it useless
                self.shared.put(key, state, page)
            return start, template, page
        finally:
            del self._filling[key]
            done.set_result(None)

    # -- warming ----------------------------------------------------------------------------

    async def _with_watcher(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The app's lifespan, with the watcher running from start-up until shut-down begins.

        The watcher and any warming stop (their reads finished) before the app shuts down, which
        may close the registry.
        """
        watching = anyio.CancelScope()
        stopped = anyio.Event()

        async def stop() -> None:
            watching.cancel()
            await stopped.wait()
            if self._warming is not None and not self._warming.done():
                self._warming.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await self._warming

        async def lifespan_message() -> Message:
            message = await receive()
            if message["type"] == "lifespan.shutdown":
                await stop()
            return message

        async with anyio.create_task_group() as group:
            group.start_soon(self._watch, watching, stopped)
            try:
                await self.app(scope, lifespan_message, send)
            finally:
                watching.cancel()

    async def _watch(self, scope: anyio.CancelScope, stopped: anyio.Event) -> None:
        """Read the audit sequence every ``watch_s`` seconds and warm pages when it moved."""
        try:
            with scope:
                while True:
                    await anyio.sleep(self.watch_s)
                    try:
                        await self._check_state(None)
                    except Exception:  # the registry may be unreachable for a moment; the next round tries again
                        log.exception("reading the registry state for the page cache failed")
        finally:
            stopped.set()

    async def _check_state(self, scope: Scope | None) -> None:
        if self.store.state < 0:
            return
        if scope is not None and self.registry.local_reads_free():
            state = queries.last_audit_seq(self.registry)
        else:
            state = await anyio.to_thread.run_sync(queries.last_audit_seq, self.registry)
        self._warm_after(self.store.advance(state), state)

    def _warm_after(self, popular: list[tuple[Any, ...]], state: int) -> None:
        """Start rendering ``popular`` pages for ``state`` in the background (one warming at a time)."""
        if not popular or not self.warm or not self._base:
            return
        if self._warming is not None and not self._warming.done():
            return  # it stops at the new state; the pages read in this one are warmed after the next write
        self._warming = asyncio.get_running_loop().create_task(self._warm(popular, state))

    async def _warm(self, keys: list[tuple[Any, ...]], state: int) -> None:
        for key in keys:
            if self.store.state != state:
                return  # another write: these pages would not be kept
            if key in self._filling or self.store.has(key, state):
                continue  # a request is rendering it, or has
            if self.shared is not None and not await self._claimed(key, state):
                continue  # another process renders it; the next reader here takes it from the shared folder
            try:
                await self._fill_store(self._warm_scope(key), _no_body, key, state)
            except Exception:
                log.exception("warming %s for registry state %s failed", key[0], state)
                continue
            self.warmed += 1

    async def _claimed(self, key: tuple[Any, ...], state: int) -> bool:
        """Whether this process is to render ``key`` for warming: not when another process of the
        server has rendered it (then it is taken into memory here) or is rendering it."""
        assert self.shared is not None
        page = self.shared.get(key, state)
        if page is not None:
            self.store.put(key, state, page)
            return False
        return self.shared.claim(key, state)

    def _warm_scope(self, key: tuple[Any, ...]) -> Scope:
        """A request for the page under ``key``, from a caller of its role with marks for a name and token."""
        path, query, role, language, htmx, with_csrf = key
        user = User(0, USER_MARK, role, False, "", "", "")
        headers = [(b"cookie", f"{LANGUAGE_COOKIE}={language}".encode())]
        if htmx:
            headers.append((b"hx-request", b"true"))
        return {**self._base, "type": "http", "method": "GET", "path": path, "raw_path": path.encode(),
                "query_string": query, "headers": headers,
                "state": {"caller": Caller(user, CSRF_MARK if with_csrf else None)}}
