"""The Typer application object, shared by every command module."""

from typing import Annotated

import typer

from copytrace import settings

app = typer.Typer(
    name="copytrace",
    help="Track designs, their copies and derivatives, who makes them, under which licence, and the proof.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root(
    ctx: typer.Context,
    db: Annotated[str | None, typer.Option("--db", help=settings.DB.help + " Applies to every command.",
                                           show_default=False)] = None,
) -> None:
    # A --db before the command name is the default for the command's own --db.
    ctx.obj = {"db": db}
