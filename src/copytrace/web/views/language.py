"""The language switch in the page header: remembers the reader's choice in a cookie and goes back."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from copytrace import i18n
from copytrace.web.config import WebConfig
from copytrace.web.errors import NotFound
from copytrace.web.pages import LANGUAGE_COOKIE

router = APIRouter()
# A year: the choice outlives sessions, and logging out does not reset it.
COOKIE_SECONDS = 365 * 24 * 3600


@router.get("/language/{code}", include_in_schema=False)
def choose_language(request: Request, code: str, next: str = "/") -> Response:
    """Open to everyone (the login page has the switch too); ``next`` must be a path on this site."""
    if code not in i18n.available():
        raise NotFound(i18n.lazy_gettext("No interface language %(code)s; there are: %(codes)s.", code=repr(code),
                                         codes=", ".join(i18n.available())))
    # Only same-site paths: an open redirect would help phishing.
    target = next if next.startswith("/") and not next.startswith("//") and "\\" not in next else "/"
    response = RedirectResponse(target, status_code=303)
    config: WebConfig = request.app.state.config
    response.set_cookie(LANGUAGE_COOKIE, code, max_age=COOKIE_SECONDS, httponly=True, samesite="lax",
                        secure=config.secure_cookies)
    return response
