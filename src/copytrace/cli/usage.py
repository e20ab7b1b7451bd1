"""click's usage errors (a wrong value, a missing argument, an unknown option) in the user's language.

The click that typer vendors (``typer._click``) writes these messages with f-strings, not through gettext, so
there is no call to hand a catalogue: the English text is all there is. ``TEMPLATES`` are click's and typer's
sentences with their values as placeholders, in the catalogue like any other message; ``localised`` finds the
template an English message was made from and fills its translation with the same values (a value that is
itself a message, ``%(message)s``, is translated the same way). A message no template matches is shown as it
is: one the command line made itself went through gettext and is already translated.

``CopytraceGroup`` calls ``show`` only when the language is not English (click prints English errors
itself), and only when an error is shown, so neither this module nor a catalogue is read otherwise.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

import typer

from copytrace.i18n import N_
from copytrace.i18n import gettext as _

if TYPE_CHECKING:
    from typer._click.exceptions import UsageError

TEMPLATES: tuple[str, ...] = (
    # the frame of each kind of error (typer._click.exceptions, typer._click.parser, typer._click.core)
    N_("Invalid value for %(param_hint)s: %(message)s"),
    N_("Invalid value: %(message)s"),
    N_("Missing argument %(param_hint)s."),
    N_("Missing option %(param_hint)s."),
    N_("No such option: %(name)s"),
    N_("No such option: %(name)s (Possible options: %(possibilities)s)"),
    N_("Option %(name)s does not take a value."),
    N_("Option %(name)s requires an argument."),
    N_("Option %(name)s requires %(nargs)s arguments."),
    N_("Argument %(name)s takes %(nargs)s values."),
    N_("Got unexpected extra argument(s) (%(args)s)"),
    N_("Missing command."),
    N_("No such command %(name)s."),
    N_("No such command %(name)s. Did you mean %(suggestions)s?"),
    # what typer says of a value it cannot use (the message of "Invalid value for ...", from pydantic and
    # typer._param_types), for the parameter types the commands have
    N_("Input should be a valid integer, unable to parse string as an integer"),
    N_("Input should be a valid number, unable to parse string as a number"),
    N_("Input should be greater than or equal to %(limit)s"),
    N_("file %(path)s does not exist."),
    N_("file %(path)s is a directory."),
)

# click's lines around the message (typer._click.exceptions.UsageError.show)
HINT = N_("Try '%(command)s %(option)s' for help.")
ERROR = N_("Error: %(message)s")

_PLACEHOLDER = re.compile(r"%\((\w+)\)s")


@functools.cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each template as a pattern over the English it makes, the most specific (the most fixed text) first."""
    def pattern(template: str) -> re.Pattern[str]:
        pieces = _PLACEHOLDER.split(template)   # text, name, text, name, ..., text
        return re.compile("".join(re.escape(piece) if n % 2 == 0 else f"(?P<{piece}>.+?)"
                                  for n, piece in enumerate(pieces)), re.DOTALL)

    ranked = sorted(TEMPLATES, key=lambda t: len(_PLACEHOLDER.sub("", t)), reverse=True)
    return tuple((pattern(template), template) for template in ranked)


def localised(message: str) -> str:
    """An English message of click's or typer's in the current language; any other message unchanged."""
    for pattern, template in _patterns():
        found = pattern.fullmatch(message)
        if found:
            values = found.groupdict()
            if "message" in values:
                values["message"] = localised(values["message"])
            return _(template) % values
    return message


def show(error: UsageError) -> None:
    """Print ``error`` as click does (usage, where to find help, the message) in the current language."""
    ctx = error.ctx
    if ctx is not None:
        hint = ""
        if ctx.command.get_help_option(ctx) is not None:
            hint = _(HINT) % {"command": ctx.command_path, "option": ctx.help_option_names[0]} + "\n"
        # the usage line is already translated: the commands' contexts format it with copytrace.cli.help
        typer.echo(f"{ctx.get_usage()}\n{hint}", err=True, color=ctx.color)
    typer.echo(_(ERROR) % {"message": localised(error.format_message())}, err=True,
               color=ctx.color if ctx is not None else None)
