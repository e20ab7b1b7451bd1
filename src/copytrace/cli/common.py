"""What every command shares: the --db option, opening the registry, turning errors into messages."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import click
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


def resolve_db(db: str | None) -> str | None:
    """The command's --db, else the one given before the command name, else None (environment)."""
    if db:
        return db
    ctx = click.get_current_context(silent=True)
    root = ctx.find_root().obj if ctx else None
    return root.get("db") if isinstance(root, dict) else None


@contextmanager
def open_registry(db: str | None, *, create: bool = False) -> Iterator[Registry]:
    """Open the registry for one command, with errors shown as messages."""
    with handled():
        registry = Registry.open(resolve_db(db), create=create)
        try:
            yield registry
        finally:
            registry.close()
