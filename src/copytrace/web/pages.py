"""Rendering: every page has a JSON twin from the same view.

A view builds one dict of plain data and calls ``render``; the path decides the form:
``/product/aim`` renders the template, ``/product/aim.json`` returns the same dict as JSON.
``twin_get`` registers both paths for one view (the JSON one in the OpenAPI document).
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

import anyio
import anyio.to_thread
import orjson
from fastapi import APIRouter, FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from copytrace import i18n
from copytrace.registry import Registry
from copytrace.web import filters, fragments
from copytrace.web.config import WebConfig

F = TypeVar("F", bound=Callable[..., Any])
TEMPLATES = Path(__file__).parent / "templates"
# The reader's choice of language from the switch in the page header; without it, the browser's Accept-Language.
LANGUAGE_COOKIE = "copytrace_lang"
# A page rendered for the page cache (web.pagecache) carries these marks where the user's name and
# CSRF token go; the cache fills them in for each caller. TEMPLATE_STATE on request.state asks for them.
USER_MARK = "copytrace-user-mark-5b0e"
CSRF_MARK = "copytrace-csrf-mark-5b0e"
TEMPLATE_STATE = "page_template"
# Set on the endpoint of a route whose pages the page cache may share (twin_get(..., shared=True)).
SHARED_ROUTE = "copytrace_shared_page"


def make_templates() -> Jinja2Templates:
    # Autoescape on for every template: document text and quotes are untrusted input.
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True, extensions=["jinja2.ext.i18n"])
    # The page's language is the context's (render sets it): one environment serves every language.
    env.install_gettext_callables(i18n.gettext, i18n.ngettext, newstyle=True)  # type: ignore[attr-defined]
    filters.install(env)
    fragments.install(env)  # the repeated pieces of listings, built in Python
    return Jinja2Templates(env=env)


def wants_json(request: Request) -> bool:
    return request.url.path.endswith(".json")


def is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


@functools.cache
def language_names() -> dict[str, str]:
    """Each interface language by its own name, for the switch (English, Русский)."""
    from babel import Locale

    return {code: str(Locale.parse(code).get_display_name(code)).capitalize() for code in i18n.available()}


def page_language(request: Request) -> str:
    """The reader's language: the one chosen with the switch (a cookie), else the browser's, else English."""
    chosen = i18n.normalise(request.cookies.get(LANGUAGE_COOKIE))
    if chosen is not None:
        return chosen
    return i18n.from_accept_language(request.headers.get("accept-language")) or i18n.SOURCE_LANGUAGE


def render(request: Request, template: str, data: dict[str, Any], status: int = 200) -> Response:
    """The page for ``data``: JSON on a ``.json`` path, else the template with the data as context.

    JSON keeps the data's own words (statuses, kinds) in English; a page shows them in the reader's language.
    """
    if wants_json(request):
        return Response(json_body(data), status_code=status, media_type="application/json")
    caller = getattr(request.state, "caller", None)
    user, csrf_token = (caller.user, caller.csrf_token) if caller else (None, "")
    if caller and getattr(request.state, TEMPLATE_STATE, False):
        user = dataclasses.replace(caller.user, id=0, username=USER_MARK, password_hash="")
        csrf_token = CSRF_MARK if caller.csrf_token else None
    language = page_language(request)
    context = {
        **data,
        "user": user,
        "csrf_token": csrf_token,
        "json_url": _json_url(request),
        # ui_*: the page's own frame (the language switch), apart from the view's data
        "ui_language": language,
        "ui_languages": language_names(),
        "ui_here": request.url.path + (f"?{request.url.query}" if request.url.query else ""),
    }
    templates: Jinja2Templates = request.app.state.templates
    with i18n.use_language(language):  # the response renders its template here, in this context
        response = templates.TemplateResponse(request, template, context, status_code=status)
    # Caches must keep one copy per language of a page that followed the browser's choice.
    response.headers.append("vary", "Accept-Language, Cookie")
    return response


def json_body(data: Any) -> bytes:
    """``data`` as compact UTF-8 JSON, keys in their order (the bytes json.dumps writes, floats aside).

    orjson is ten times cheaper than json.dumps on an entity page, which is itself ten times
    cheaper than jsonable_encoder's walk of every value. NaN and infinities, which no page holds,
    become null. What orjson refuses (an integer beyond 64 bits) the standard library writes.
    """
    try:
        return orjson.dumps(data, default=_plain, option=orjson.OPT_NON_STR_KEYS)
    except orjson.JSONEncodeError:
        return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"),
                          default=_plain).encode("utf-8")


def _plain(value: Any) -> Any:
    """What JSON cannot write itself, as jsonable_encoder would write it."""
    if isinstance(value, (set, frozenset)):
        return list(value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return jsonable_encoder(value)


def _json_url(request: Request) -> str | None:
    """The JSON twin of this page, for the link in its footer."""
    if request.method != "GET":
        return None
    url = "/index.json" if request.url.path == "/" else request.url.path + ".json"
    return url + ("?" + request.url.query if request.url.query else "")


def page_limiter(app: FastAPI) -> anyio.CapacityLimiter:
    """The threads that run page views and the caller look-up in this process (see WebConfig.threads).

    Their own pool, few threads: page work holds the GIL, and every query releases and retakes
    it, so more threads queue instead of running. Uploads, dossiers, logins and static files keep
    anyio's default pool, so a long job never holds a page up.
    """
    limiter: anyio.CapacityLimiter | None = getattr(app.state, "page_limiter", None)
    if limiter is None:  # created on first use: a limiter belongs to the running event loop
        registry: Registry = app.state.registry
        config: WebConfig = app.state.config
        limiter = app.state.page_limiter = anyio.CapacityLimiter(
            config.threads or (2 if registry.dialect == "sqlite" else 4))
    return limiter


def read_only(view: F) -> F:
    """A page view that reads the registry through one connection and one snapshot, in the page pool.

    Every registry read the view makes shares that connection (``Registry.reading``), so the
    page is consistent with itself and pays for one connection, not one per query.
    """

    def run(request: Request, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        registry: Registry = request.app.state.registry
        with registry.reading():
            return view(request, *args, **kwargs)

    @functools.wraps(view)
    async def wrapper(request: Request, *args: Any, **kwargs: Any) -> Any:
        return await anyio.to_thread.run_sync(run, request, args, kwargs, limiter=page_limiter(request.app))

    return cast(F, wrapper)


def twin_get(router: APIRouter, path: str, *, shared: bool = False, **kwargs: Any) -> Callable[[F], F]:
    """Register a read-only view at ``path`` (HTML) and ``path.json`` (JSON, documented in OpenAPI).

    ``shared``: the page depends on nothing but the registry, the path and query, and the caller's
    role and language, so the page cache may serve it to every caller of that role until the next write.
    """

    def decorator(view: F) -> F:
        endpoint = read_only(view)
        setattr(endpoint, SHARED_ROUTE, shared)
        # The .json route first: "{ident}" alone would also match "aim.json".
        router.add_api_route(path + ".json", endpoint, methods=["GET"], **kwargs)
        router.add_api_route(path, endpoint, methods=["GET"], include_in_schema=False, response_class=HTMLResponse,
                             **kwargs)
        return view

    return decorator
