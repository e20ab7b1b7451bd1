"""The copytrace command line: thin commands over the library.

Each command module registers its commands on ``app`` when imported; keep them thin: parse
options, open the registry, call one library function, render.
"""

from copytrace.cli.app import app


def main() -> None:
    from copytrace.cli import commands as _commands  # noqa: F401  (registers the commands)

    app()


__all__ = ["app", "main"]
