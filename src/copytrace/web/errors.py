"""Errors a view raises on purpose, each mapped by the app to one status and a helpful page or JSON."""

from __future__ import annotations

from copytrace.i18n import N_


class WebError(Exception):
    """Root of the errors shown to the user; ``status`` is the HTTP status, the message is shown as is.

    The title is translated on the error page (a JSON body keeps it in English)."""

    status = 400
    title = N_("Bad request")

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotLoggedIn(WebError):
    status = 401
    title = N_("Please log in")


class Forbidden(WebError):
    status = 403
    title = N_("Not allowed")


class CsrfFailed(Forbidden):
    title = N_("Form expired")


class NotFound(WebError):
    status = 404
    title = N_("Not found")


class Conflict(WebError):
    status = 409
    title = N_("Changed by someone else")


class TooLarge(WebError):
    status = 413
    title = N_("Upload too large")


class Unsupported(WebError):
    status = 415
    title = N_("Unsupported upload")


class TooManyAttempts(WebError):
    status = 429
    title = N_("Too many attempts")


class Unavailable(WebError):
    status = 503
    title = N_("Not available")
