"""The interface in the user's language: gettext catalogues, one per language, read by one engine.

The English text in the code is the message id and the fallback; each other language is one
``locale/<lang>/LC_MESSAGES/copytrace.po`` file (docs/cli.md, "Languages", says how to update one).
A catalogue is read the first time its language is used, so a command in English loads none of it,
and a message the catalogue lacks (or marks fuzzy) is shown in English.

The language in force is a context variable: the command line sets it once from ``--lang``,
``COPYTRACE_LANG`` or the locale variables; the web app sets it around each page it renders, from
the reader's cookie or the browser's Accept-Language.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gettext import NullTranslations

DOMAIN = "copytrace"
LOCALES = Path(__file__).parent / "locale"
SOURCE_LANGUAGE = "en"
# The locale variables, strongest first (POSIX: LC_ALL overrides LC_MESSAGES, which overrides LANG).
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")

_language: ContextVar[str] = ContextVar("copytrace_language", default=SOURCE_LANGUAGE)


def N_(message: str) -> str:  # the conventional name of the gettext marker
    """Marks a message for the catalogue without translating it: it is translated where it is shown."""
    return message


# Words of the data model that pages and commands show as labels. They stay English in JSON and in the
# registry; ``translate`` turns them into the reader's language where they are displayed.
VOCABULARY: tuple[str, ...] = (
    # licence statuses and the labels and bases of an assessment (copytrace.reason.licence)
    N_("licensed"), N_("expired"), N_("unlicensed"), N_("disputed"), N_("unknown"),
    N_("unlicensed (stated)"), N_("no licence on record"), N_("stated"), N_("inferred"),
    # review states of a statement, and where it came from (copytrace.model.statement)
    N_("accepted"), N_("candidate"), N_("rejected"), N_("superseded"),
    N_("curated"), N_("extracted"), N_("imported"),
    # entity kinds and derivation kinds, as shown (underscores as spaces) (copytrace/model/schema.yaml)
    N_("design"), N_("product"), N_("organization"), N_("facility"), N_("country"), N_("person"),
    N_("licence"), N_("document"),
    N_("copy"), N_("licensed copy"), N_("variant"), N_("successor"), N_("inspired by"),
    # roles of web users
    N_("viewer"), N_("analyst"), N_("reviewer"), N_("admin"),
    # the parts of a claim's strength (copytrace.reason.strength)
    N_("sources"), N_("explicit"), N_("origin"), N_("languages"), N_("recency"),
    # what became of an input (copytrace.ingest.report) and of an API token
    N_("added"), N_("new version"), N_("unchanged"), N_("active"), N_("revoked"), N_("disabled"),
    # alert rules: severities and kinds, as shown (copytrace.watch.rules)
    N_("low"), N_("medium"), N_("high"), N_("new copy"), N_("new maker"), N_("licence change"), N_("mention"),
)
_VOCABULARY = frozenset(VOCABULARY)


@functools.cache
def available() -> tuple[str, ...]:
    """English and every language with a catalogue (the package's files: read once)."""
    found = sorted(p.parents[1].name for p in LOCALES.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
    return (SOURCE_LANGUAGE, *[code for code in found if code != SOURCE_LANGUAGE])


def normalise(value: str | None) -> str | None:
    """The supported language a locale name asks for ("ru_RU.UTF-8", "ru-RU", "RU" -> "ru"), or None."""
    if not value:
        return None
    code = value.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].strip().lower()
    if code in ("c", "posix"):
        return SOURCE_LANGUAGE
    return code if code in available() else None


def from_environment(flag: str | None = None) -> str:
    """The command line's language: ``--lang``, else ``COPYTRACE_LANG``, else the locale variables, else English.

    An unsupported language falls back to English, as a missing message does.
    """
    from copytrace import settings

    for value in (flag, settings.LANG.get(), *(os.environ.get(name) for name in LOCALE_VARIABLES)):
        if value:
            return normalise(value) or SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def from_accept_language(header: str | None) -> str | None:
    """The supported language a browser prefers most (``Accept-Language: ru-RU,ru;q=0.9,en;q=0.8``), or None."""
    ranked: list[tuple[float, int, str]] = []
    for n, part in enumerate((header or "").split(",")):
        tag, _sep, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _eq, value = param.strip().partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if tag and quality > 0:
            ranked.append((-quality, n, tag))
    for _quality, _n, tag in sorted(ranked):
        found = normalise(tag)
        if found is not None:
            return found
    return None


@functools.cache
def translations(language: str) -> NullTranslations:
    """The catalogue of ``language``, read from its .po file on first use (English: none)."""
    from gettext import NullTranslations

    path = LOCALES / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    if language == SOURCE_LANGUAGE or not path.is_file():
        return NullTranslations()
    # Babel compiles the catalogue in memory: no compiled file to ship or to fall out of step.
    from io import BytesIO

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po
    from babel.support import Translations

    with path.open("rb") as po:
        catalog = read_po(po, locale=language, domain=DOMAIN)
    compiled = BytesIO()
    write_mo(compiled, catalog)  # fuzzy entries are left out: they show in English
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


def language() -> str:
    return _language.get()


def set_language(code: str) -> None:
    """Use ``code`` for the rest of this context (the command line sets it once per command)."""
    _language.set(code if code in available() else SOURCE_LANGUAGE)


@contextmanager
def use_language(code: str) -> Iterator[None]:
    """Use ``code`` inside the block (a web page while it renders)."""
    token = _language.set(code if code in available() else SOURCE_LANGUAGE)
    try:
        yield
    finally:
        _language.reset(token)


def gettext(message: str) -> str:
    if isinstance(message, Message):
        return message.translated()
    code = _language.get()
    # "" is the catalogue's header in gettext, never a message
    return message if code == SOURCE_LANGUAGE or not message else translations(code).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    code = _language.get()
    if code == SOURCE_LANGUAGE:
        return singular if n == 1 else plural
    return translations(code).ngettext(singular, plural, n)


def translate(word: str | None) -> str:
    """A word of the data model (a status, a kind: ``VOCABULARY``) or a ``Message`` in the current language;
    anything else unchanged."""
    if not word:
        return ""
    if isinstance(word, Message):
        return word.translated()
    return gettext(word) if word in _VOCABULARY else word


class Word(str):
    """A word of the data model inside a ``Message`` (``Stated %(status)s``): shown through ``translate``."""

    __slots__ = ()


class Message(str):
    """A sentence made where the data is (the reasoner, a view) and translated where a person reads it.

    As a string it is the English text, so JSON, logs and the registry keep English; ``translated()``
    gives it in the current language, with each argument that is a ``Word`` or a ``Message`` translated
    too. Make one with ``lazy_gettext`` or ``lazy_ngettext`` (scripts/i18n.py extracts those names).
    """

    msgid: str
    plural: str | None
    n: int | None
    args: Mapping[str, object]

    def __new__(cls, msgid: str, args: Mapping[str, object] | None = None, plural: str | None = None,
                n: int | None = None) -> Message:
        args = args or {}
        english = plural if plural is not None and n != 1 else msgid
        self = super().__new__(cls, english % {k: _english(v) for k, v in args.items()} if args else english)
        self.msgid, self.plural, self.n, self.args = msgid, plural, n, args
        return self

    def __reduce__(self) -> tuple[type[Message], tuple[object, ...]]:
        return Message, (self.msgid, dict(self.args), self.plural, self.n)

    def translated(self) -> str:
        if _language.get() == SOURCE_LANGUAGE:
            return str(self)
        if self.plural is not None and self.n is not None:
            template = ngettext(self.msgid, self.plural, self.n)
        else:
            template = gettext(self.msgid)
        return template % {k: _shown(v) for k, v in self.args.items()} if self.args else template

    def map_args(self, change: Callable[[str], str]) -> Message:
        """The same message with ``change`` applied to each plain-text argument (entity ids to names)."""
        def one(value: object) -> object:
            if isinstance(value, Message):
                return value.map_args(change)
            if isinstance(value, str) and not isinstance(value, Word):
                return change(value)
            return value

        return Message(self.msgid, {k: one(v) for k, v in self.args.items()}, self.plural, self.n)


def _english(value: object) -> object:
    return str.__str__(value) if isinstance(value, str) else value


def _shown(value: object) -> object:
    if isinstance(value, Message):
        return value.translated()
    if isinstance(value, Word):
        return translate(str.__str__(value))
    return value


def lazy_gettext(message: str, **args: object) -> Message:
    """``message`` with its named placeholders filled, translated only when shown (``Message``)."""
    return Message(message, args)


def lazy_ngettext(singular: str, plural: str, n: int, **args: object) -> Message:
    """As ``lazy_gettext``, with a plural form chosen by ``n`` (given to the message as ``num``)."""
    return Message(singular, {"num": n, **args}, plural, n)


def format_number(value: float | int | None) -> str:
    """A count or score as the current language writes it (1,234 / 1 234)."""
    if value is None:
        return ""
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=_language.get()))


def format_datetime(value: str | datetime | None) -> str:
    """A timestamp to the minute, in UTC, as the current language writes dates and times."""
    if not value:
        return ""
    from babel import Locale
    from babel.dates import format_date, format_time

    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    locale = Locale.parse(_language.get())
    # the locale's own way of joining a date and a time ("{1}, {0}"), as babel's format_datetime does
    joined = str(locale.datetime_formats["medium"]).format(format_time(moment, "short", locale=locale),
                                                           format_date(moment, "medium", locale=locale))
    return f"{joined} UTC"
