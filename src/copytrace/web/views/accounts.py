"""Logging in and out, API tokens, and user administration (admins only)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from copytrace.i18n import N_, lazy_gettext, lazy_ngettext
from copytrace.registry.users import (
    ROLES,
    AccountError,
    User,
    add_session,
    add_token,
    end_session,
    list_tokens,
    list_users,
    revoke_token,
)
from copytrace.registry.users import set_disabled as set_user_disabled
from copytrace.web.auth import LOGIN_COOKIE, SESSION_COOKIE, need, registry_of
from copytrace.web.config import WebConfig
from copytrace.web.errors import CsrfFailed, TooManyAttempts, WebError, said
from copytrace.web.pages import render, twin_get, wants_json
from copytrace.web.security import LoginThrottle, check_password, create_user, new_token, same, token_hash

router = APIRouter()
Viewer = Annotated[User, Depends(need("viewer"))]
Admin = Annotated[User, Depends(need("admin"))]


def _local(next_url: str) -> str:
    # Only same-site paths: an open redirect after login would help phishing.
    return next_url if next_url.startswith("/") and not next_url.startswith("//") else "/"


@router.get("/login", include_in_schema=False)
def login_form(request: Request, next: str = "/") -> Response:
    token = request.cookies.get(LOGIN_COOKIE) or new_token()
    response = render(request, "login.html", {"next": _local(next), "login_token": token, "error": None})
    config: WebConfig = request.app.state.config
    response.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="strict", secure=config.secure_cookies)
    return response


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@router.post("/login", include_in_schema=False)
async def login(request: Request, username: Annotated[str, Form(max_length=100)],
                password: Annotated[str, Form(max_length=1000)], login_token: Annotated[str, Form()] = "",
                next: Annotated[str, Form()] = "/") -> Response:
    cookie = request.cookies.get(LOGIN_COOKIE, "")
    if not cookie or not same(cookie, login_token):
        raise CsrfFailed(lazy_gettext("The login form has expired. Reload the page and try again."))
    throttle: LoginThrottle = request.app.state.throttle
    client = _client(request)
    wait = await run_in_threadpool(throttle.attempt, username, client)
    if wait:
        raise TooManyAttempts(lazy_ngettext("Too many failed logins for %(name)s. Try again in %(num)d second.",
                                            "Too many failed logins for %(name)s. Try again in %(num)d seconds.",
                                            wait, name=repr(username)))
    registry = registry_of(request)
    user = await run_in_threadpool(check_password, registry, username, password)
    if user is None:
        data = {"next": _local(next), "login_token": cookie, "error": N_("Wrong user name or password.")}
        return render(request, "login.html", data, status=401)
    await run_in_threadpool(throttle.succeeded, username, client)
    config: WebConfig = request.app.state.config
    session = new_token()
    expires = datetime.now(UTC) + timedelta(hours=config.session_hours)
    await run_in_threadpool(add_session, registry, user, token_hash(session), new_token(),
                            expires.isoformat(timespec="microseconds"))
    response = RedirectResponse(_local(next), status_code=303)
    response.set_cookie(SESSION_COOKIE, session, max_age=config.session_hours * 3600, httponly=True,
                        samesite="strict", secure=config.secure_cookies)
    response.delete_cookie(LOGIN_COOKIE)
    return response


@router.post("/logout", include_in_schema=False)
def logout(request: Request, user: Viewer) -> Response:
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        end_session(registry_of(request), token_hash(cookie))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


def _account(request: Request, user: User, **extra: object) -> dict[str, object]:
    now = datetime.now(UTC).isoformat(timespec="microseconds")
    tokens = [t.to_dict(now) for t in list_tokens(registry_of(request), user.username)]
    return {"account": {"username": user.username, "role": user.role}, "tokens": tokens, "new_token": None,
            **extra}


@twin_get(router, "/account")
def account_page(request: Request, user: Viewer) -> Response:
    return render(request, "account.html", _account(request, user))


def create_token(request: Request, user: Viewer, label: Annotated[str, Form(max_length=200)],
                 expires_days: Annotated[int | None, Form(ge=1, le=3650)] = None) -> Response:
    """A new API token for the calling user, ending after ``expires_days`` (none: never); shown once,
    stored only as a hash."""
    token = new_token("ct_")
    expires = (datetime.now(UTC) + timedelta(days=expires_days)).isoformat(timespec="microseconds") \
        if expires_days else None
    add_token(registry_of(request), user, token_hash(token), label.strip() or "token", actor=user.username,
              expires_at=expires)
    return render(request, "account.html", _account(request, user, new_token=token, label=label), status=201)


router.add_api_route("/account/tokens.json", create_token, methods=["POST"])
router.add_api_route("/account/tokens", create_token, methods=["POST"], include_in_schema=False)


def revoke(request: Request, token_id: str, user: Viewer) -> Response:
    """Revoke one API token: the caller's own, or anyone's for an admin."""
    revoked = revoke_token(registry_of(request), token_id, actor=user.username, by=user)
    if wants_json(request):
        return render(request, "account.html", _account(request, user, revoked=revoked.id))
    return RedirectResponse("/account", status_code=303)


router.add_api_route("/account/tokens/{token_id}/revoke.json", revoke, methods=["POST"])
router.add_api_route("/account/tokens/{token_id}/revoke", revoke, methods=["POST"], include_in_schema=False)


def _user_dict(u: User) -> dict[str, object]:
    return {"username": u.username, "role": u.role, "disabled": u.disabled, "created_at": u.created_at,
            "created_by": u.created_by}


@twin_get(router, "/users")
def users_page(request: Request, user: Admin) -> Response:
    return render(request, "users.html", {"users": [_user_dict(u) for u in list_users(registry_of(request))],
                                          "roles": list(ROLES)})


def add_user(request: Request, user: Admin, username: Annotated[str, Form(max_length=100)],
             password: Annotated[str, Form(max_length=1000)], role: Annotated[str, Form()]) -> Response:
    try:
        created = create_user(registry_of(request), username, password, role, actor=user.username)
    except (AccountError, ValueError) as exc:
        raise WebError(said(exc)) from None
    return render(request, "users.html", {"users": [_user_dict(u) for u in list_users(registry_of(request))],
                                          "roles": list(ROLES), "created": _user_dict(created)}, status=201)


router.add_api_route("/users.json", add_user, methods=["POST"])
router.add_api_route("/users", add_user, methods=["POST"], include_in_schema=False)


def disable_user(request: Request, username: str, user: Admin,
                 disabled: Annotated[bool, Form()] = True) -> Response:
    if username == user.username:
        raise WebError(lazy_gettext("You cannot disable your own account."))
    try:
        set_user_disabled(registry_of(request), username, disabled, actor=user.username)
    except AccountError as exc:
        raise WebError(said(exc)) from None
    return RedirectResponse("/users", status_code=303)


router.add_api_route("/users/{username}/disable", disable_user, methods=["POST"], include_in_schema=False)
