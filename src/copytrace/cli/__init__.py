"""The copytrace command line: thin commands over the library.

Each command module registers its commands on ``app`` when imported; the app imports a module when
one of its commands runs (``copytrace.cli.app.COMMANDS``), so a command loads only what it uses.
Keep them thin: parse options, open the registry, call one library function, render.
"""

from copytrace.cli.app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
