"""Errors a view raises on purpose, each mapped by the app to one status and a helpful page or JSON."""

from __future__ import annotations


class WebError(Exception):
    """Root of the errors shown to the user; ``status`` is the HTTP status, the message is shown as is."""

    status = 400
    title = "Bad request"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotLoggedIn(WebError):
    status = 401
    title = "Please log in"


class Forbidden(WebError):
    status = 403
    title = "Not allowed"


class CsrfFailed(Forbidden):
    title = "Form expired"


class NotFound(WebError):
    status = 404
    title = "Not found"


class Conflict(WebError):
    status = 409
    title = "Changed by someone else"


class TooLarge(WebError):
    status = 413
    title = "Upload too large"


class Unsupported(WebError):
    status = 415
    title = "Unsupported upload"


class TooManyAttempts(WebError):
    status = 429
    title = "Too many attempts"


class Unavailable(WebError):
    status = 503
    title = "Not available"
