"""What every command shares: the --db option, opening the registry, printing errors and JSON.

Imported by every command module, so it imports nothing heavy: the registry is imported when a
command opens it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.text import Text

from copytrace import settings
from copytrace.cli.errors import current_db, one_line
from copytrace.cli.help import setting_help
from copytrace.i18n import gettext as _

if TYPE_CHECKING:
    from copytrace.registry import Registry

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)

DbOption = Annotated[str | None, typer.Option("--db", help=setting_help(settings.DB), show_default=False)]
ActorOption = Annotated[str | None, typer.Option("--actor", help=setting_help(settings.ACTOR, default=False),
                                                 show_default=False)]


def actor(value: str | None) -> str:
    return value or settings.ACTOR.get()


def print_error(message: str) -> None:
    """``error: message`` on stderr, on one line; the message is text, never markup (``copytrace[pdf]``)."""
    err_console.print(Text.assemble((_("error") + ": ", "bold red"), one_line(message)), soft_wrap=True)


def print_json(data: Any) -> None:
    """JSON on stdout, unstyled and unwrapped, for scripts and ``jq``."""
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


# Set by the root callback on every invocation: a --db given before the command name.
root_db: ContextVar[str | None] = ContextVar("root_db", default=None)


def resolve_db(db: str | None) -> str | None:
    """The command's --db, else the one given before the command name, else None (environment)."""
    return db or root_db.get()


@contextmanager
def open_registry(db: str | None, *, create: bool = False, snapshot: bool = False) -> Iterator[Registry]:
    """Open the registry for one command; its errors reach the user as one line (copytrace.cli.errors).

    ``snapshot``: for a command that only reads, every read sees the registry as it stood at the
    first one (``Registry.reading``), so a report is consistent even while another process writes.
    """
    from copytrace.errors import RegistryError
    from copytrace.registry import Registry

    given = resolve_db(db) or settings.DB.get()
    current_db.set(given)
    url = settings.database_url(given)
    if url.startswith("sqlite:///") and Path(url.removeprefix("sqlite:///")).is_dir():
        raise RegistryError(f"{given} is a folder, not a registry file: give the file in it with --db "
                            f"(the demo's is {Path(given) / 'registry.db'})")
    registry = Registry.open(resolve_db(db), create=create)
    try:
        if snapshot:
            with registry.reading():
                yield registry
        else:
            yield registry
    finally:
        registry.close()
