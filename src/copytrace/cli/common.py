"""What every command shares: the --db option, opening the registry, turning errors into messages."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Annotated

import typer
from rich.console import Console

from copytrace import settings
from copytrace.errors import CopytraceError
from copytrace.registry import Registry

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help=settings.DB.help + f" [env: {settings.DB.env}; default: {settings.DB.default}]",
                 show_default=False),
]
ActorOption = Annotated[
    str | None,
    typer.Option("--actor", help=settings.ACTOR.help + f" [env: {settings.ACTOR.env}]", show_default=False),
]


def actor(value: str | None) -> str:
    return value or settings.ACTOR.get()


@contextmanager
def handled() -> Iterator[None]:
    """Show a copytrace error as one clear line and exit 1, instead of a traceback."""
    try:
        yield
    except CopytraceError as exc:
        err_console.print(f"[bold red]error:[/] {exc}", soft_wrap=True)
        raise typer.Exit(1) from None


# Set by the root callback on every invocation: a --db given before the command name.
root_db: ContextVar[str | None] = ContextVar("root_db", default=None)


def resolve_db(db: str | None) -> str | None:
    """The command's --db, else the one given before the command name, else None (environment)."""
    return db or root_db.get()


@contextmanager
def open_registry(db: str | None, *, create: bool = False, snapshot: bool = False) -> Iterator[Registry]:
    """Open the registry for one command, with errors shown as messages.

    ``snapshot``: for a command that only reads, every read sees the registry as it stood at the
    first one (``Registry.reading``), so a report is consistent even while another process writes.
    """
    with handled():
        registry = Registry.open(resolve_db(db), create=create)
        try:
            if snapshot:
                with registry.reading():
                    yield registry
            else:
                yield registry
        finally:
            registry.close()
