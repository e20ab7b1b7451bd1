"""Errors a view raises on purpose, each mapped by the app to one status and a helpful page or JSON."""

from __future__ import annotations

from copytrace.i18n import N_, Message, Word, lazy_gettext


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


def said(exc: BaseException) -> str:
    """What a library error tells the reader: the ``Message`` it was raised with (shown in the page's language,
    English in JSON's ``detail`` and in logs), else its English text."""
    from copytrace.errors import AmbiguousName, UnknownEntity

    # The registry says these in English only (its str() is stored and logged): said again here, translatable.
    if isinstance(exc, AmbiguousName):
        return lazy_gettext("%(name)r names %(count)d entities: %(listed)s. Use the id, or say which kind.",
                            name=exc.name, count=len(exc.candidates), listed=_listed(exc.candidates))
    if isinstance(exc, UnknownEntity):
        if exc.suggestions:
            return lazy_gettext("No entity named %(name)r in the registry. Did you mean: %(names)s?", name=exc.name,
                                names=", ".join(exc.suggestions))
        return lazy_gettext("No entity named %(name)r in the registry.", name=exc.name)
    told = exc.args[0] if len(exc.args) == 1 else None
    return told if isinstance(told, Message) else str(exc)


def _listed(candidates: list[tuple[str, str, str]]) -> Message:
    """The entities an ambiguous name answers to, each with its kind in the reader's language."""
    items = [lazy_gettext("%(name)s (%(kind)s, id %(id)s)", name=name, kind=Word(kind), id=ident)
             for ident, kind, name in candidates]
    listed = items[-1]
    for item in reversed(items[:-1]):
        listed = lazy_gettext("%(item)s; %(rest)s", item=item, rest=listed)
    return listed
