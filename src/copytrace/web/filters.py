"""Jinja filters shared by the templates."""

from __future__ import annotations

import functools
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment

from copytrace import i18n
from copytrace.i18n import gettext as _

# Only these become links: a javascript:, data: or file: URL in a citation is shown as text.
LINK_SCHEMES = ("http", "https")

STATUS_CLASSES = {
    "accepted": "ok", "candidate": "warn", "rejected": "bad", "superseded": "dim",
    "licensed": "ok", "expired": "warn", "unlicensed": "bad", "disputed": "warn", "unknown": "dim",
}


def status_class(value: str | None) -> str:
    return STATUS_CLASSES.get(value or "", "dim")


def short_time(value: str | None) -> str:
    """An ISO timestamp shown to the minute, in UTC, as the page's language writes dates."""
    if not value:
        return ""
    try:
        return i18n.format_datetime(value)
    except ValueError:  # not ISO 8601: shown as stored
        return value


def valid_time(valid_from: str | None, valid_to: str | None) -> str:
    # The dates stay as recorded (often a bare year): only the words around them are translated.
    if valid_from and valid_to:
        return f"{valid_from} – {valid_to}"
    if valid_from:
        return _("from %(date)s") % {"date": valid_from}
    if valid_to:
        return _("until %(date)s") % {"date": valid_to}
    return ""


def web_link(value: str | None) -> str | None:
    """``value`` if it is an http(s) URL with a host, safe as an href; None otherwise."""
    if not value:
        return None
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return None
    return value.strip() if parts.scheme.lower() in LINK_SCHEMES and parts.netloc else None


@functools.lru_cache(maxsize=4096)
def _number_in(language: str, kind: str, value: float | int | None) -> str:
    with i18n.use_language(language):
        return i18n.format_number(value)


def number(value: float | int | None) -> str:
    """A count or score as the page's language writes it (``i18n.format_number``, remembered: Babel's
    formatting costs more than the rest of an assessment's heading, and pages repeat the same few numbers)."""
    return _number_in(i18n.language(), type(value).__name__, value)


def by_id(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Items by their "id", for look-ups in a loop (a selectattr per row is quadratic)."""
    return {item["id"]: item for item in items}


def plural_samples() -> dict[str, int]:
    """One count for each plural form of the page's language ({"one": 1, "few": 2, "many": 5} in Russian), so
    that a template can hand a script every form of a message (the script picks one with Intl.PluralRules)."""
    from babel import Locale

    rule = Locale.parse(i18n.language()).plural_form
    samples: dict[str, int] = {}
    for n in range(200):
        samples.setdefault(rule(n), n)
    return samples


def install(env: Environment) -> None:
    env.filters["by_id"] = by_id
    env.filters["status_class"] = status_class
    env.filters["web_link"] = web_link
    env.filters["short_time"] = short_time
    # A word of the data model (status, kind, role) in the page's language; JSON twins keep the English.
    env.filters["tr"] = i18n.translate
    env.filters["number"] = number
    # A message chosen in Python (an error page's title, marked there with N_, or an i18n.Message) in the
    # page's language.
    env.filters["message"] = i18n.gettext
    env.globals["plural_samples"] = plural_samples
    env.globals["valid_time"] = valid_time
