"""The Typer application object, shared by every command module."""

from typing import Annotated

import typer

from copytrace import settings
from copytrace.cli.common import root_db

app = typer.Typer(
    name="copytrace",
    help="Track designs, their copies and derivatives, who makes them, under which licence, and the proof.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root(
    db: Annotated[str | None, typer.Option("--db", help=settings.DB.help + " Applies to every command.",
                                           show_default=False)] = None,
) -> None:
    # A --db before the command name is the default for the command's own --db.
    root_db.set(db)
