"""The web application: ``create_app`` builds it; nothing happens at import time.

Server-rendered pages (Jinja2, htmx for partial updates, Swagger UI for the API docs, all vendored) with
a JSON twin for every page. Errors become a helpful page or a JSON body, never a stack trace.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import BaseRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from copytrace import i18n
from copytrace.errors import Conflict, CopytraceError, Forbidden, Invalid, NotFound
from copytrace.i18n import N_
from copytrace.registry import Registry
from copytrace.registry.loopreads import LoopReads
from copytrace.web.config import WebConfig
from copytrace.web.errors import NotLoggedIn, WebError, said
from copytrace.web.pagecache import PageCacheMiddleware
from copytrace.web.pages import is_htmx, make_templates, page_language, render, wants_json
from copytrace.web.reasoning import ReasonerCache
from copytrace.web.security import LoginThrottle
from copytrace.web.sharedpages import SharedPages, registry_identity
from copytrace.web.uploads import Uploads
from copytrace.web.views import (
    accounts,
    alerts,
    apidocs,
    atlas,
    browse,
    documents,
    dossiers,
    language,
    propose,
    review,
)

log = logging.getLogger(__name__)
STATIC = Path(__file__).parent / "static"
# Scripts only from this site (no inline script, no eval): a document that smuggles markup past
# escaping still cannot run anything.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'")
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
}


class SecurityHeaders:
    """Adds the security and caching headers to every response (plain ASGI: no per-request task overhead)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = scope["path"].startswith("/static/")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
                headers.setdefault("cache-control", "public, max-age=3600" if static else "no-store")
            await send(message)

        await self.app(scope, receive, with_headers)


# The app's views, module by module. Docs come from vendored Swagger UI (apidocs), not FastAPI's CDN page, which the
# CSP would blank.
VIEW_MODULES = (accounts, browse, review, propose, documents, atlas, dossiers, alerts, apidocs, language)


def view_routes() -> list[BaseRoute]:
    """The routes of the app's views, in routing order (what the page cache reads its shared pages from)."""
    return [route for module in VIEW_MODULES for route in module.router.routes]


def create_app(registry_url: str | None = None, *, store: str | None = None,
               config: WebConfig | None = None, registry: Registry | None = None) -> FastAPI:
    """The application over the registry at ``registry_url`` (or an already open ``registry``)."""
    config = config or WebConfig.from_env()
    owned = registry is None
    reg = registry if registry is not None else Registry.open(registry_url, store=store)
    shared = SharedPages(config.shared_cache, config.shared_cache_bytes, registry_identity(reg)) \
        if config.page_cache_bytes and config.shared_cache else None
    loop_reads = LoopReads.of(reg) if config.page_cache_bytes else None

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        # Uploads still being ingested finish (within their limits) before the registry closes.
        await anyio.to_thread.run_sync(uploads.close)
        if shared is not None:
            shared.close()
        if loop_reads is not None:
            await loop_reads.close()
        if owned:
            reg.close()

    app = FastAPI(title="copytrace", summary="Designs, their copies and derivatives, licences and the proof.",
                  version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json")
    app.state.registry = reg
    app.state.config = config
    app.state.templates = make_templates()
    app.state.reasoning = ReasonerCache()
    app.state.uploads = uploads = Uploads(reg)
    app.state.throttle = LoginThrottle(reg, config.login_attempts, config.login_window_s)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for module in VIEW_MODULES:
        app.include_router(module.router)
    _install_error_pages(app)
    if config.page_cache_bytes:
        # Inside SecurityHeaders, so a page served from the cache gets them too.
        app.add_middleware(PageCacheMiddleware, registry=reg, max_bytes=config.page_cache_bytes,
                           routes=view_routes(), shared=shared, loop_reads=loop_reads)
    app.add_middleware(SecurityHeaders)

    return app


# The registry's error tree, each branch with its HTTP status; any other copytrace error is a 400.
REGISTRY_STATUSES: tuple[tuple[type[CopytraceError], int, str], ...] = (
    (NotFound, 404, N_("Not found")),
    (Conflict, 409, N_("Conflict")),
    (Invalid, 422, N_("Invalid input")),
    (Forbidden, 403, N_("Not allowed")),
)


def app_from_env() -> FastAPI:
    """The application over the registry named by COPYTRACE_DB (for multi-process servers)."""
    app = create_app(None)
    settle_heap()
    return app


def settle_heap() -> None:
    """Once a serving process has built its application, move what it built (packs, templates, names: some 125,000
    objects) out of the garbage collector's sight: a full collection over them took 75-90 ms every hundred or so
    rendered pages. Only for a process that serves; a test's applications stay collectable."""
    gc.collect()
    gc.freeze()


def _error(request: Request, status: int, title: str, message: str) -> Response:
    if wants_json(request) or "application/json" in request.headers.get("accept", "") \
            or request.url.path.startswith("/api/"):
        # "error" and "detail" stay English for programs; "message" is the detail for a person, in the reader's
        # language (the upload page's script shows it).
        with i18n.use_language(page_language(request)):
            shown = i18n.gettext(message)
        return JSONResponse({"error": title, "detail": message, "message": shown, "status": status},
                            status_code=status)
    template = "error_fragment.html" if is_htmx(request) else "error.html"
    return render(request, template, {"status": status, "title": title, "message": message}, status=status)


def _install_error_pages(app: FastAPI) -> None:
    async def web_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, WebError)
        if isinstance(exc, NotLoggedIn) and request.method == "GET" and not wants_json(request):
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?next={target}", status_code=303)
        return _error(request, exc.status, exc.title, exc.message)

    async def copytrace_error(request: Request, exc: Exception) -> Response:
        # A message made with lazy_gettext (the registry's, the model's) is shown in the page's language.
        message = said(exc)
        for kind, status, title in REGISTRY_STATUSES:
            if isinstance(exc, kind):
                return _error(request, status, title, message)
        return _error(request, 400, N_("Cannot do that"), message)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        title = N_("Not found") if exc.status_code == 404 else N_("Request failed")
        message = N_("There is no page at this address.") if exc.status_code == 404 else str(exc.detail)
        return _error(request, exc.status_code, title, message)

    async def invalid_request(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        return _error(request, 422, N_("Invalid input"), problems or N_("The request could not be read."))

    async def unexpected(request: Request, exc: Exception) -> Response:
        # Logged in full for the operator; the user sees a plain message, never the traceback.
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return _error(request, 500, N_("Something went wrong"),
                      N_("The server could not complete this request. It has been logged; try again or tell an admin."))

    app.add_exception_handler(WebError, web_error)
    app.add_exception_handler(CopytraceError, copytrace_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid_request)
    app.add_exception_handler(Exception, unexpected)
