"""Commands for the web application: serve it, and manage its users."""

from __future__ import annotations

import getpass
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from rich.table import Table

from copytrace import settings
from copytrace.cli.app import app
from copytrace.cli.common import ActorOption, DbOption, actor, console, open_registry, resolve_db
from copytrace.cli.help import Typer, composed
from copytrace.i18n import N_, lazy_gettext, translate
from copytrace.i18n import gettext as _
from copytrace.registry.users import ROLES, list_users, set_disabled

user_app = Typer(help=composed(lazy_gettext("Manage the web application's users (roles: %(roles)s).",
                                           roles=", ".join(ROLES))), no_args_is_help=True)
app.add_typer(user_app, name="user")

PASSWORD_ENV = "COPYTRACE_PASSWORD"


@user_app.command("add")
def user_add(
    username: Annotated[str, typer.Argument(help=N_("The new user's login name."))],
    role: Annotated[str, typer.Option("--role", help=N_("viewer, analyst, reviewer or admin."))] = "viewer",
    db: DbOption = None,
    who: ActorOption = None,
) -> None:
    """Add a user. The password is asked for (or read from COPYTRACE_PASSWORD, for scripts)."""
    from copytrace.web.security import create_user

    password = os.environ.get(PASSWORD_ENV) or getpass.getpass(_("Password for %(user)s: ") % {"user": username})
    with open_registry(db, create=True) as registry:
        user = create_user(registry, username, password, role, actor=actor(who))   # BadAccount: one line, exit 2
    console.print(_("Added [bold]%(user)s[/] (%(role)s)") % {"user": user.username, "role": translate(user.role)})


@user_app.command("list")
def user_list(db: DbOption = None) -> None:
    """List users with their roles and whether they are disabled."""
    with open_registry(db) as registry:
        users = list_users(registry)
    table = Table(_("user"), _("role"), _("state"), _("created"), _("by"), title_justify="left")
    for u in users:
        table.add_row(u.username, translate(u.role), translate("disabled" if u.disabled else "active"),
                      u.created_at[:16], u.created_by)
    console.print(table)


@user_app.command("disable")
def user_disable(
    username: Annotated[str, typer.Argument(help=N_("The user to disable (ends their sessions and tokens)."))],
    enable: Annotated[bool, typer.Option("--enable", help=N_("Re-enable the user instead."))] = False,
    db: DbOption = None,
    who: ActorOption = None,
) -> None:
    """Disable a user: they can no longer log in, and their sessions and API tokens stop working."""
    with open_registry(db) as registry:
        user = set_disabled(registry, username, not enable, actor=actor(who))
    console.print(f"{user.username}: " + (translate("disabled") if user.disabled else _("enabled")))


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help=N_("Address to listen on."))] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help=N_("Port to listen on."))] = 8000,
    workers: Annotated[int, typer.Option("--workers", help=N_("Server processes."))] = 1,
    watch: Annotated[bool, typer.Option("--watch", help=N_("Also run the watch scheduler ('copytrace watch serve') "
                                                           "in this process."))] = False,
    db: DbOption = None,
) -> None:
    """Serve the web application (pages with JSON twins, review queue, map, uploads)."""
    import uvicorn

    from copytrace.web import create_app
    from copytrace.web.app import settle_heap

    console.print(_("copytrace on %(url)s  (create users with 'copytrace user add')") % {
        "url": f"http://{host}:{port}/"})
    if watch:
        _start_watch(db)
    if workers > 1:
        # Several processes need an import string; each builds its app from the environment.
        database = resolve_db(db)
        if database:
            os.environ[settings.DB.env] = database
        with _shared_pages():
            uvicorn.run("copytrace.web.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                        log_level="warning", proxy_headers=False)
        return
    web_app = create_app(resolve_db(db))
    settle_heap()
    uvicorn.run(web_app, host=host, port=port, log_level="info", proxy_headers=False)


@contextmanager
def _shared_pages() -> Iterator[None]:
    """A folder where the server's processes share the pages they render (web.sharedpages), for
    as long as the server runs: the one in COPYTRACE_WEB_SHARED_CACHE, else a temporary one,
    removed with everything in it (all of it the cache's) when the server stops."""
    from copytrace.web.config import SHARED_CACHE_ENV

    if os.environ.get(SHARED_CACHE_ENV):
        yield
        return
    with tempfile.TemporaryDirectory(prefix="copytrace-pages-") as folder:
        os.environ[SHARED_CACHE_ENV] = folder
        try:
            yield
        finally:
            del os.environ[SHARED_CACHE_ENV]


def _start_watch(db: str | None) -> None:
    """The watch scheduler on a daemon thread with its own registry connection; it ends with the server."""
    import threading

    from copytrace.registry import Registry
    from copytrace.watch import serve as watch_serve

    registry = Registry.open(resolve_db(db))
    threading.Thread(target=watch_serve, args=(registry,), kwargs={"actor": "watch"}, name="copytrace-watch",
                     daemon=True).start()
    console.print(_("watching the sources of 'copytrace watch list' on a schedule"))
