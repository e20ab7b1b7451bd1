"""The Typer application object, shared by every command module, and the group that runs the commands.

The group imports a command's module only when that command runs, so ``copytrace --help`` loads no
registry, and ``copytrace show`` no reasoning, ingestion or web code. ``COMMANDS`` says which module
defines each command, and the one line ``--help`` lists for it (a test keeps it equal to the commands'
own help).
"""

from __future__ import annotations

import importlib
from typing import Annotated, Any

import typer
from typer._click.exceptions import NoArgsIsHelpError, UsageError  # typer vendors click: its exceptions
from typer.core import TyperCommand

from copytrace import i18n, settings
from copytrace.cli.common import root_db
from copytrace.cli.help import Group, Typer, composed, setting_help
from copytrace.i18n import N_, lazy_gettext

# Each command, in the order of the data flow: (module under copytrace.cli, the first paragraph of its help).
# The summaries are in the catalogue: ``copytrace --help`` lists them in the user's language.
COMMANDS: dict[str, tuple[str, str]] = {
    "init": ("registry_cmds", N_("Create the registry (or bring an existing one up to date).")),
    "packs": ("registry_cmds", N_("List the curated packs shipped with copytrace.")),
    "load-pack": ("registry_cmds",
                  N_("Load a curated pack (and the packs it requires). Loading twice stores nothing new.")),
    "show": ("registry_cmds", N_("Show an entity with every statement about it, its evidence and review status.")),
    "lineage": ("registry_cmds",
                N_("Ancestors and descendants over derived_from, with the kind of each link and licence statuses.")),
    "search": ("registry_cmds", N_("Search names, aliases and document text.")),
    "review": ("registry_cmds", N_("Accept or reject a statement, with a reason; 'review list' lists the queue.")),
    "audit": ("registry_cmds", N_("Show the audit log: every write, who made it and when.")),
    "verify": ("registry_cmds",
               N_("Check the audit chain, every audited row against the newest audit entry that wrote it, every "
               "stored trusted timestamp (offline), and every stored document against its SHA-256; name the first "
               "break (table, id, field, audit entry) and every bad timestamp.")),
    "demo": ("registry_cmds",
             N_("Build a demo registry in a fresh SQLite file from the shipped packs and show what it holds.")),
    "ingest": ("ingest_cmds", N_("Ingest documents (text, HTML, PDF, DOCX, Markdown) and URLs.")),
    "documents": ("ingest_cmds",
                  N_("List stored documents (or rejected inputs) with their language, type, size and title.")),
    "document": ("ingest_cmds", N_("Show one document: its metadata, version link and extracted text.")),
    "import-ftm": ("ftm_cmds",
                   N_("Import sanctions, owners and names from FtM entities, kept apart from our facts; "
                      "propose matches.")),
    "match-ftm": ("ftm_cmds",
                  N_("Match imported FtM records with the registry again; new proposals go to the review queue.")),
    "extract": ("extract_cmds",
                N_("Print the facts each file states, each with its verbatim quote and offsets (no registry needed).")),
    "status": ("reason_cmds", N_("Licence status of every product and producer, with counts by status.")),
    "explain": ("reason_cmds",
                N_("Why a product has its licence status: the chain of statements with quotes or citations.")),
    "dossier": ("reason_cmds",
                N_("A claim dossier for a respondent: products, lineage, licence history, evidence, exhibits.")),
    "export": ("reason_cmds",
               N_("Export entities and statements for spreadsheets (csv), graph tools (graphml) or FtM tooling.")),
    "serve": ("web_cmds", N_("Serve the web application (pages with JSON twins, review queue, map, uploads).")),
    "user": ("web_cmds", N_("Manage the web application's users (roles: viewer, analyst, reviewer, admin).")),
    "token": ("token_cmds", N_("Manage the web application's API tokens (each acts as its user, with their role).")),
    "watch": ("watch_cmds", N_("Watch folders, pages and RSS/Atom feeds; alert rules over what they bring.")),
    "alerts": ("watch_cmds", N_("Alerts raised by the rules, and the daily digest.")),
    "changes": ("watch_cmds",
                N_("What the registry learned between two knowledge times: licence status changes, new entities, "
                "new statements with their quotes, review decisions.")),
}

class CopytraceGroup(Group):
    """The root group: loads each command's module on first use, and turns expected failures into one line."""

    _listing = False

    def list_commands(self, ctx: Any) -> list[str]:
        return list(dict.fromkeys([*COMMANDS, *self.commands]))

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if self._listing and cmd_name in COMMANDS:
            # --help lists every command: its line (in the user's language) is enough, without importing its module.
            return TyperCommand(cmd_name, help=i18n.gettext(COMMANDS[cmd_name][1]))
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        if cmd_name not in COMMANDS:
            return None
        module, _summary = COMMANDS[cmd_name]
        importlib.import_module(f"copytrace.cli.{module}")
        loaded = typer.main.get_group(app).commands
        self.commands.update(loaded)
        return loaded.get(cmd_name)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        names = self.list_commands(ctx)
        if args and args[0] not in names and not args[0].startswith("-"):
            import difflib

            close = difflib.get_close_matches(args[0], names)
            if close:
                ctx.fail(i18n.gettext("No such command %(name)s. Did you mean %(suggestions)s?") % {
                    "name": repr(args[0]), "suggestions": ", ".join(map(repr, close))})
        return super().resolve_command(ctx, args)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        # --help is eager: it may run before the root callback has chosen the language.
        i18n.set_language(i18n.from_environment(ctx.params.get("lang")))
        self._listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self._listing = False

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        given = list(args)   # click consumes args as it parses them
        try:
            return super().make_context(info_name, args, parent, **extra)
        except UsageError as exc:
            # A mistake in the root's own options: --lang has not been read yet.
            i18n.set_language(i18n.from_environment(_lang_given(given)))
            _show_usage_error(exc)
            raise

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except UsageError as exc:
            _show_usage_error(exc)
            raise
        except Exception as exc:
            from copytrace.cli.errors import EXIT_FAILURE, describe

            message = describe(exc)
            if message is None or ctx.params.get("debug"):
                raise
            from copytrace.cli.common import print_error

            print_error(message)
            raise typer.Exit(EXIT_FAILURE) from None


def _show_usage_error(exc: UsageError) -> None:
    """Show a usage error (a wrong value, a missing argument) in the user's language, and exit as click does.

    Returns in English, and for the help page a group shows when given nothing: click shows those itself.
    """
    if i18n.language() == i18n.SOURCE_LANGUAGE or isinstance(exc, NoArgsIsHelpError):
        return
    from copytrace.cli import usage

    usage.show(exc)
    raise typer.Exit(exc.exit_code) from None


def _lang_given(args: list[str]) -> str | None:
    """The value of --lang in the command line as given (``--lang ru`` or ``--lang=ru``), if any."""
    for n, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and n + 1 < len(args):
            return args[n + 1]
        if arg.startswith("--lang="):
            return arg.removeprefix("--lang=")
    return None


def _choose_language(value: str | None) -> str | None:
    """--lang is eager, so that ``copytrace --lang ru --help`` prints help in Russian (help is eager too)."""
    i18n.set_language(i18n.from_environment(value))
    return value


app = Typer(
    name="copytrace",
    cls=CopytraceGroup,
    rich_markup_mode=None,
    help=N_("Track designs, their copies and derivatives, who makes them, under which licence, and the proof."),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root(
    db: Annotated[str | None, typer.Option("--db", help=composed(lazy_gettext(
        "%(help)s Applies to every command.", help=lazy_gettext(settings.DB.help))), show_default=False)] = None,
    debug: Annotated[bool, typer.Option("--debug", help=N_("Show the full traceback of an error, "
                                                           "instead of one line."))] = False,
    lang: Annotated[str | None, typer.Option("--lang", metavar="LANG", help=setting_help(settings.LANG, default=False),
                                             show_default=False, is_eager=True, callback=_choose_language)] = None,
) -> None:
    # A --db before the command name is the default for the command's own --db.
    # --debug is read where errors are handled (CopytraceGroup.invoke).
    root_db.set(db)
    # Only the choice: the catalogue is read when the first message needs it.
    i18n.set_language(i18n.from_environment(lang))
