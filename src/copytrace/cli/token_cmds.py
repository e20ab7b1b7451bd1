"""Commands for API tokens: add one for a user, list them, revoke one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated

import typer
from rich.table import Table

from copytrace.cli.app import app
from copytrace.cli.common import ActorOption, DbOption, actor, console, open_registry
from copytrace.cli.help import Typer
from copytrace.i18n import N_, translate
from copytrace.i18n import gettext as _
from copytrace.registry.users import UnknownAccount, add_token, get_user, list_tokens, revoke_token

token_app = Typer(help=N_("Manage the web application's API tokens (each acts as its user, with their role)."),
                        no_args_is_help=True)
app.add_typer(token_app, name="token")


@token_app.command("add")
def token_add(
    username: Annotated[str, typer.Argument(help=N_("The user the token acts as."))],
    label: Annotated[str, typer.Option("--label", help=N_("What the token is for."))] = "token",
    expires_days: Annotated[int | None, typer.Option("--expires-days", min=1, help=N_("Days until it stops working "
                                                     "(default: never)."))] = None,
    db: DbOption = None,
    who: ActorOption = None,
) -> None:
    """Create an API token; it is printed once, and only its hash is stored."""
    from copytrace.web.security import API_TOKEN_PREFIX, new_token, token_hash

    secret = new_token(API_TOKEN_PREFIX)
    expires = (datetime.now(UTC) + timedelta(days=expires_days)).isoformat(timespec="microseconds") \
        if expires_days else None
    with open_registry(db) as registry:
        user = get_user(registry, username)
        if user is None:
            raise UnknownAccount(_("no user %(name)r") % {"name": username})
        token = add_token(registry, user, token_hash(secret), label, actor=actor(who), expires_at=expires)
    console.print(_("token %(id)s for %(user)s (expires %(expires)s); copy it now:") % {
        "id": token.id, "user": username, "expires": expires or _("never")})
    console.print(secret, soft_wrap=True)


@token_app.command("list")
def token_list(
    user: Annotated[str | None, typer.Option("--user", help=N_("Only this user's tokens."))] = None,
    db: DbOption = None,
) -> None:
    """List API tokens (never the secrets): id, user, label, created, expiry and state."""
    now = datetime.now(UTC).isoformat(timespec="microseconds")
    with open_registry(db, snapshot=True) as registry:
        tokens = list_tokens(registry, user)
    table = Table("id", _("user"), _("label"), _("created"), _("expires"), _("state"), title=_("API tokens"),
                  title_justify="left")
    for t in tokens:
        state = "active" if t.active(now) else "revoked" if t.revoked else "expired"
        table.add_row(t.id, t.username, t.label, t.created_at[:16], (t.expires_at or _("never"))[:16],
                      translate(state))
    console.print(table)


@token_app.command("revoke")
def token_revoke(
    token_id: Annotated[str, typer.Argument(help=N_("The token's id as 'copytrace token list' shows it (6+ digits)."))],
    db: DbOption = None,
    who: ActorOption = None,
) -> None:
    """Revoke one API token; it stops working at once. Other tokens of the user are untouched."""
    with open_registry(db) as registry:
        token = revoke_token(registry, token_id, actor=actor(who))
    console.print(_("token %(id)s of %(user)s (%(label)s): revoked") % {"id": token.id, "user": token.username,
                                                                       "label": token.label})
