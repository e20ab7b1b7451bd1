"""Accounts: users with roles, their login sessions and API tokens.

Only hashes reach the database; hashing itself is the caller's (the web layer owns argon2), so
the registry core carries no password library. Changes to users and tokens are audited like any
other write; sessions are not, since logging in changes no record anyone relies on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, get_args

from sqlalchemy import and_, bindparam, delete, select, update

from copytrace.errors import CopytraceError
from copytrace.registry import audit
from copytrace.registry.registry import Registry
from copytrace.registry.tables import api_tokens, login_failures, sessions, users

Role = Literal["viewer", "analyst", "reviewer", "admin"]
# In rising order: each role may do everything the roles before it may.
ROLES: tuple[str, ...] = get_args(Role)


class AccountError(CopytraceError):
    """A user cannot be created or changed as asked (duplicate name, unknown user or role)."""


@dataclass(frozen=True, slots=True)
class User:
    id: int
    username: str
    role: Role
    disabled: bool
    created_at: str
    created_by: str
    password_hash: str

    def may(self, role: str) -> bool:
        """Whether this user holds ``role`` or a higher one."""
        return not self.disabled and ROLES.index(self.role) >= ROLES.index(role)


def _user(row: Any) -> User:
    return User(row.id, row.username, row.role, bool(row.disabled), row.created_at, row.created_by,
                row.password_hash)


def check_role(role: str) -> Role:
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r} (known: {', '.join(ROLES)})")
    return role  # type: ignore[return-value]  # narrowed by the membership test above


def add_user(registry: Registry, username: str, password_hash: str, role: str, *, actor: str) -> User:
    role = check_role(role)
    username = username.strip()
    if not username:
        raise AccountError("a user needs a name")
    with registry.transaction() as conn:
        if conn.execute(select(users.c.id).where(users.c.username == username)).first():
            raise AccountError(f"user {username!r} already exists")
        created = audit.now()
        conn.execute(users.insert().values(username=username, password_hash=password_hash, role=role,
                                           disabled=0, created_at=created, created_by=actor))
        audit.append(conn, actor, "user.add", username, {"role": role})
        row = conn.execute(select(users).where(users.c.username == username)).one()
    return _user(row)


def get_user(registry: Registry, username: str) -> User | None:
    with registry.reading() as conn:
        row = conn.execute(select(users).where(users.c.username == username)).first()
    return _user(row) if row else None


def list_users(registry: Registry) -> list[User]:
    with registry.reading() as conn:
        return [_user(r) for r in conn.execute(select(users).order_by(users.c.username))]


def set_disabled(registry: Registry, username: str, disabled: bool, *, actor: str) -> User:
    """Disable (or re-enable) a user; disabling also ends their sessions and revokes their tokens."""
    with registry.transaction() as conn:
        row = conn.execute(select(users).where(users.c.username == username)).first()
        if row is None:
            raise AccountError(f"no user {username!r}")
        conn.execute(update(users).where(users.c.id == row.id).values(disabled=int(disabled)))
        if disabled:
            conn.execute(delete(sessions).where(sessions.c.user_id == row.id))
            conn.execute(update(api_tokens).where(api_tokens.c.user_id == row.id).values(revoked=1))
        audit.append(conn, actor, "user.disable" if disabled else "user.enable", username, {})
        row = conn.execute(select(users).where(users.c.id == row.id)).one()
    return _user(row)


def set_password(registry: Registry, username: str, password_hash: str, *, actor: str) -> None:
    with registry.transaction() as conn:
        changed = conn.execute(update(users).where(users.c.username == username)
                               .values(password_hash=password_hash))
        if changed.rowcount != 1:
            raise AccountError(f"no user {username!r}")
        audit.append(conn, actor, "user.password", username, {})


# -- sessions -----------------------------------------------------------------------------------

def add_session(registry: Registry, user: User, token_hash: str, csrf_token: str, expires_at: str) -> None:
    with registry.transaction() as conn:
        conn.execute(sessions.insert().values(token_hash=token_hash, user_id=user.id, csrf_token=csrf_token,
                                              created_at=audit.now(), expires_at=expires_at))


# Asked on every request: built once.
_SESSION_USER = (select(users, sessions.c.csrf_token).join(sessions, sessions.c.user_id == users.c.id)
                 .where(and_(sessions.c.token_hash == bindparam("token_hash"), sessions.c.expires_at > bindparam("now"),
                             users.c.disabled == 0)))
_TOKEN_USER = (select(users).join(api_tokens, api_tokens.c.user_id == users.c.id)
               .where(and_(api_tokens.c.token_hash == bindparam("token_hash"), api_tokens.c.revoked == 0,
                           users.c.disabled == 0)))


def session_user(registry: Registry, token_hash: str, now: str) -> tuple[User, str] | None:
    """The enabled user and CSRF token of an unexpired session, if any."""
    with registry.reading() as conn:
        row = conn.execute(_SESSION_USER, {"token_hash": token_hash, "now": now}).first()
    return (_user(row), row.csrf_token) if row else None


def end_session(registry: Registry, token_hash: str) -> None:
    with registry.transaction() as conn:
        conn.execute(delete(sessions).where(sessions.c.token_hash == token_hash))


# -- API tokens ---------------------------------------------------------------------------------

def add_token(registry: Registry, user: User, token_hash: str, label: str, *, actor: str) -> None:
    with registry.transaction() as conn:
        conn.execute(api_tokens.insert().values(token_hash=token_hash, user_id=user.id, label=label,
                                                created_at=audit.now(), revoked=0))
        audit.append(conn, actor, "token.add", user.username, {"label": label})


def token_user(registry: Registry, token_hash: str) -> User | None:
    with registry.reading() as conn:
        row = conn.execute(_TOKEN_USER, {"token_hash": token_hash}).first()
    return _user(row) if row else None


# -- failed logins ------------------------------------------------------------------------------

def login_failures_since(registry: Registry, key: str, since: float) -> list[float]:
    """When the failed logins under ``key`` after ``since`` happened (seconds since the epoch), oldest first."""
    with registry.reading() as conn:
        return list(conn.execute(select(login_failures.c.at)
                                 .where(login_failures.c.key == key, login_failures.c.at > since)
                                 .order_by(login_failures.c.at)).scalars())


def record_login_failure(registry: Registry, key: str, at: float, forget_before: float) -> None:
    """Count one failed login; failures older than ``forget_before`` (any key) are dropped."""
    with registry.transaction() as conn:
        conn.execute(delete(login_failures).where(login_failures.c.at <= forget_before))
        conn.execute(login_failures.insert().values(key=key, at=at))


def clear_login_failures(registry: Registry, key: str) -> None:
    with registry.transaction() as conn:
        conn.execute(delete(login_failures).where(login_failures.c.key == key))
