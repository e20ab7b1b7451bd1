"""Help pages in the user's language: a command's docstring and its options' help texts are the message ids.

typer keeps every help text as plain English (it cleans each with ``inspect.cleandoc``), so a text is looked
up in the catalogue when a help page is printed, not when the command is defined: ``Command`` and ``Group``
translate their own help, their parameters' and (a group) their commands' just before formatting, and
``HelpFormatter`` the words click and typer add (headings, ``[default: ...]``, ``[required]``). Nothing is
read when no help is shown, and nothing at all in English.

A docstring is translated paragraph by paragraph; ``extract_python`` (babel.cfg names it) puts each
paragraph of a command's docstring in the catalogue. A help text built from pieces (a setting's text and its
variable) is made with ``composed``, which keeps its message to translate it whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import IO, TYPE_CHECKING, Any

import typer
from typer.core import TyperCommand, TyperGroup
from typer.models import CommandFunctionType

from copytrace import i18n
from copytrace.i18n import N_, lazy_gettext

if TYPE_CHECKING:
    from copytrace.settings import Setting

# Words click and typer write into a help page, in the catalogue (they translate them with the stdlib's gettext
# domain, which copytrace does not use: ``HelpFormatter`` translates them instead).
HELP_WORDS = (N_("Usage:"), N_("Options"), N_("Commands"), N_("Arguments"), N_("Show this message and exit."),
              N_("required"), N_("default: %(value)s"))

# The help texts made by ``composed``, by their English text (what typer keeps of them).
_composed: dict[str, i18n.Message] = {}


def composed(message: i18n.Message) -> str:
    """An option's help made of pieces (``lazy_gettext("%(help)s [env: %(env)s]", ...)``), shown translated."""
    _composed[str(message)] = message
    return str(message)


def setting_help(setting: Setting, *, default: bool = True) -> str:
    """The help of an option that overrides ``setting``: its text, its variable and (``default``) its default."""
    if default:
        return composed(lazy_gettext("%(help)s [env: %(env)s; default: %(default)s]",
                                     help=lazy_gettext(setting.help), env=setting.env, default=setting.default))
    return composed(lazy_gettext("%(help)s [env: %(env)s]", help=lazy_gettext(setting.help), env=setting.env))


def localised(text: str | None) -> str | None:
    """A help text in the current language: whole if ``composed`` made it, else paragraph by paragraph."""
    if not text or i18n.language() == i18n.SOURCE_LANGUAGE:
        return text
    if text in _composed:
        return _composed[text].translated()
    paragraphs = (" ".join(paragraph.split()) for paragraph in text.split("\n\n"))
    return "\n\n".join(i18n.gettext(paragraph) for paragraph in paragraphs)


def _localised_extras(help_text: str) -> str:
    """typer's ``  [default: 6h; required]`` after an option's help, in the current language."""
    text, sep, extras = help_text.rpartition("  [")
    if not sep or not extras.endswith("]"):
        return help_text
    words = []
    for word in extras[:-1].split("; "):
        if word == "required":
            word = i18n.gettext("required")
        elif word.startswith("default: "):
            word = i18n.gettext("default: %(value)s") % {"value": word.removeprefix("default: ")}
        words.append(word)
    return f"{text}  [{'; '.join(words)}]"


class HelpFormatter(typer.Context.formatter_class):  # type: ignore[misc,valid-type]  # typer vendors click: its class
    """click's help layout with its own words in the user's language."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, prefix=i18n.gettext("Usage:") + " ")

    def section(self, name: str) -> Any:
        return super().section(i18n.gettext(name))

    def write_dl(self, rows: Any, col_max: int = 30, col_spacing: int = 2) -> None:
        if i18n.language() != i18n.SOURCE_LANGUAGE:
            rows = [(term, _localised_extras(text)) for term, text in rows]
        super().write_dl(rows, col_max, col_spacing)


class Context(typer.Context):
    formatter_class = HelpFormatter


def localise(command: Any, ctx: Any) -> None:
    """Translate a command's help and its parameters' (the command is built afresh for each run)."""
    command.help = localised(command.help)
    for param in command.get_params(ctx):
        if getattr(param, "help", None):
            param.help = localised(param.help)


class _Localised:
    """A command or group whose help page, and its line in its group's help, are in the user's language."""

    help: str | None

    def format_help(self, ctx: Any, formatter: Any) -> None:
        localise(self, ctx)
        super().format_help(ctx, formatter)  # type: ignore[misc]

    def get_short_help_str(self, limit: int = 45) -> str:
        # its line in its group's help: translated before click shortens it
        self.help = localised(self.help)
        return super().get_short_help_str(limit)  # type: ignore[misc,no-any-return]


class Command(_Localised, TyperCommand):
    """A command whose help page is in the user's language."""

    context_class = Context


class Group(_Localised, TyperGroup):
    """A group of commands (``copytrace watch``) whose help page is in the user's language."""

    context_class = Context


class Typer(typer.Typer):
    """``typer.Typer`` whose groups and commands show their help in the user's language."""

    def __init__(self, *, cls: type[TyperGroup] | None = None, **options: Any) -> None:
        super().__init__(cls=cls or Group, **options)

    def command(self, name: str | None = None, *, cls: type[TyperCommand] | None = None,
                **options: Any) -> Callable[[CommandFunctionType], CommandFunctionType]:
        return super().command(name, cls=cls or Command, **options)


def extract_python(fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any) -> Iterator[Any]:
    """Babel's Python extraction, and each paragraph of each command's docstring (its help page).

    A command is a function decorated with ``something.command(...)``; babel.cfg uses this for the command line.
    """
    import ast
    from io import BytesIO

    from babel.messages.extract import extract_python as babel_extract

    source = fileobj.read()
    yield from babel_extract(BytesIO(source), keywords, comment_tags, options)
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef) and any(
                isinstance(d, ast.Call) and isinstance(d.func, ast.Attribute) and d.func.attr == "command"
                for d in node.decorator_list):
            for paragraph in (ast.get_docstring(node) or "").split("\n\n"):
                if paragraph.strip():
                    yield node.lineno, None, " ".join(paragraph.split()), []
