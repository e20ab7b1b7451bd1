"""Who is asking: session cookies or API tokens, roles, and CSRF checks on every write.

Views declare the least role they need with ``Depends(need("reviewer"))``. The same dependency
checks the CSRF token on every unsafe method when the caller came with a session cookie; callers
with a bearer token are exempt, since a browser never sends one on its own.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import anyio.to_thread
from fastapi import Request

from copytrace.i18n import Word, lazy_gettext
from copytrace.registry import Registry
from copytrace.registry.loopreads import LoopReadFailed, LoopReads
from copytrace.registry.users import Seen, User, caller_at_state, session_user, token_user
from copytrace.web.errors import CsrfFailed, Forbidden, NotLoggedIn
from copytrace.web.pages import page_limiter
from copytrace.web.reasoning import ReasonerCache
from copytrace.web.security import same, token_hash

SESSION_COOKIE = "copytrace_session"
# A pre-login cookie, compared with the login form's hidden field (double-submit CSRF for the one
# form that has no session yet).
LOGIN_COOKIE = "copytrace_login"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Caller:
    user: User
    csrf_token: str | None  # None when authenticated by API token


def registry_of(request: Request) -> Registry:
    registry: Registry = request.app.state.registry
    return registry


def reasoning_of(request: Request) -> ReasonerCache:
    cache: ReasonerCache = request.app.state.reasoning
    return cache


def authenticate(request: Request) -> Caller | None:
    """The caller of a session cookie or API token that is valid now, else None."""
    registry = registry_of(request)
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        user = token_user(registry, token_hash(header[7:].strip()))
        return Caller(user, None) if user else None
    cookie = request.cookies.get(SESSION_COOKIE)
    if not cookie:
        return None
    found = session_user(registry, token_hash(cookie), datetime.now(UTC).isoformat(timespec="microseconds"))
    return Caller(found[0], found[1]) if found else None


def _credentials(request: Request) -> tuple[str | None, str | None] | None:
    """The hashed session cookie and API token of a request (one of the two), None for neither."""
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return None, token_hash(header[7:].strip())
    cookie = request.cookies.get(SESSION_COOKIE)
    return (token_hash(cookie), None) if cookie else None


def _at_state(seen: Seen | None) -> tuple[Caller | None, int]:
    return (Caller(seen.user, seen.csrf_token), seen.audit_seq) if seen else (None, -1)


def authenticate_at_state(request: Request) -> tuple[Caller | None, int]:
    """The caller (as ``authenticate``) and the registry's newest audit sequence, in one read;
    the sequence is -1 when there is no valid caller."""
    credentials = _credentials(request)
    if credentials is None:
        return None, -1
    session, token = credentials
    return _at_state(caller_at_state(registry_of(request), session_hash=session, token_hash=token))


async def authenticate_on_loop(request: Request, reads: LoopReads) -> tuple[Caller | None, int] | None:
    """As ``authenticate_at_state``, read on the event loop through ``reads`` (PostgreSQL); None
    when that read failed, for the caller to read through a page thread, which reports the error."""
    credentials = _credentials(request)
    if credentials is None:
        return None, -1
    session, token = credentials
    try:
        return _at_state(await reads.caller_at_state(session_hash=session, token_hash=token))
    except LoopReadFailed as exc:  # the registry cannot be read so now: the thread's read says why
        log.info("reading the caller on the event loop failed (%s); reading through a page thread", exc)
        return None


async def caller_of(request: Request) -> Caller | None:
    """The caller, looked up once per request (cached on request.state)."""
    if not hasattr(request.state, "caller"):
        request.state.caller = await anyio.to_thread.run_sync(authenticate, request,
                                                              limiter=page_limiter(request.app))
    caller: Caller | None = request.state.caller
    return caller


async def _check_csrf(request: Request, caller: Caller) -> None:
    if request.method in SAFE_METHODS or caller.csrf_token is None:
        return
    sent = request.headers.get("x-csrf-token")
    if sent is None:
        form = await request.form()
        value = form.get("csrf_token")
        sent = value if isinstance(value, str) else None
    if not sent or not same(sent, caller.csrf_token):
        raise CsrfFailed(lazy_gettext("This form has expired or did not come from this site. Reload the page and "
                                      "try again."))


def need(role: str) -> Callable[[Request], Awaitable[User]]:
    """A dependency: the calling user, who must hold ``role`` or higher."""

    async def dependency(request: Request) -> User:
        caller = await caller_of(request)
        if caller is None:
            raise NotLoggedIn(lazy_gettext("Log in to see this page."))
        if not caller.user.may(role):
            raise Forbidden(lazy_gettext("This needs the %(role)s role; you are %(yours)s.", role=Word(role),
                                         yours=Word(caller.user.role)))
        await _check_csrf(request, caller)
        return caller.user

    dependency.__name__ = f"need_{role}"
    return dependency
