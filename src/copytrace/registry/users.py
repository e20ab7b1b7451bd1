"""Accounts: users with roles, their login sessions and API tokens.

Only hashes reach the database; hashing itself is the caller's (the web layer owns argon2), so
the registry core carries no password library. Changes to users and tokens are audited like any
other write; sessions are not, since logging in changes no record anyone relies on.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, Literal, get_args

from sqlalchemy import Connection, Select, and_, bindparam, delete, func, or_, select, text, update

from copytrace.errors import Conflict, CopytraceError, Forbidden, Invalid, NotFound
from copytrace.i18n import lazy_gettext
from copytrace.registry import audit, bindings
from copytrace.registry.registry import Registry
from copytrace.registry.tables import api_tokens, login_failures, sessions, users
from copytrace.registry.tables import audit as audit_log

Role = Literal["viewer", "analyst", "reviewer", "admin"]
# In rising order: each role may do everything the roles before it may.
ROLES: tuple[str, ...] = get_args(Role)


class AccountError(CopytraceError):
    """A user or token cannot be created or changed as asked; the subclasses say why."""


class UnknownAccount(AccountError, NotFound):
    """No such user or token: check the name (``copytrace user list``, ``copytrace token list``)."""


class DuplicateAccount(AccountError, Conflict):
    """The user name is taken, or a token prefix names several tokens: choose another or give more of it."""


class BadAccount(AccountError, Invalid):
    """An unknown role, an empty name, an expiry date that cannot be read."""


class AccountForbidden(AccountError, Forbidden):
    """The account may not do this."""


@dataclass(frozen=True, slots=True)
class Token:
    """An API token as listed: never the secret, only the start of its hash as an id."""

    id: str
    username: str
    label: str
    created_at: str
    expires_at: str | None
    revoked: bool

    def active(self, now: str) -> bool:
        return not self.revoked and (self.expires_at is None or self.expires_at > now)

    def to_dict(self, now: str) -> dict[str, Any]:
        return {"id": self.id, "username": self.username, "label": self.label, "created_at": self.created_at,
                "expires_at": self.expires_at, "revoked": self.revoked, "active": self.active(now)}


TOKEN_ID_CHARS = 12


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
        raise BadAccount(lazy_gettext("unknown role %(role)r (known: %(known)s)", role=role, known=", ".join(ROLES)))
    return role  # type: ignore[return-value]  # narrowed by the membership test above


def add_user(registry: Registry, username: str, password_hash: str, role: str, *, actor: str) -> User:
    role = check_role(role)
    username = username.strip()
    if not username:
        raise BadAccount(lazy_gettext("a user needs a name"))
    with registry.transaction() as conn:
        if conn.execute(select(users.c.id).where(users.c.username == username)).first():
            raise DuplicateAccount(lazy_gettext("user %(name)r already exists", name=username))
        created = audit.now()
        conn.execute(users.insert().values(username=username, password_hash=password_hash, role=role,
                                           disabled=0, created_at=created, created_by=actor))
        row = conn.execute(select(users).where(users.c.username == username)).one()
        audit.append(conn, actor, "user.add", username, {"role": role}, bindings.of_row(conn, "users", row.id))
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
            raise UnknownAccount(lazy_gettext("no user %(name)r", name=username))
        conn.execute(update(users).where(users.c.id == row.id).values(disabled=int(disabled)))
        audit.append(conn, actor, "user.disable" if disabled else "user.enable", username, {},
                     bindings.of_row(conn, "users", row.id))
        if disabled:
            conn.execute(delete(sessions).where(sessions.c.user_id == row.id))
            live = conn.execute(select(api_tokens.c.token_hash).where(
                and_(api_tokens.c.user_id == row.id, api_tokens.c.revoked == 0))).scalars().all()
            for token in live:
                _revoke(conn, token, username, actor)
        row = conn.execute(select(users).where(users.c.id == row.id)).one()
    return _user(row)


def set_password(registry: Registry, username: str, password_hash: str, *, actor: str) -> None:
    with registry.transaction() as conn:
        row = conn.execute(select(users.c.id).where(users.c.username == username)).first()
        if row is None:
            raise UnknownAccount(lazy_gettext("no user %(name)r", name=username))
        conn.execute(update(users).where(users.c.id == row.id).values(password_hash=password_hash))
        audit.append(conn, actor, "user.password", username, {}, bindings.of_row(conn, "users", row.id))


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
                           or_(api_tokens.c.expires_at.is_(None), api_tokens.c.expires_at > bindparam("now")),
                           users.c.disabled == 0)))


# The same, with the newest audit sequence as a column: what a cached page needs, in one statement.
_LAST_SEQ = select(func.max(audit_log.c.seq)).scalar_subquery().label("audit_seq")
_SESSION_USER_AT = _SESSION_USER.add_columns(_LAST_SEQ)
_TOKEN_USER_AT = _TOKEN_USER.add_columns(_LAST_SEQ)


@dataclass(frozen=True, slots=True)
class Seen:
    """Who is asking and the registry state they are asking about (``audit_seq``: the newest audit entry)."""

    user: User
    csrf_token: str | None  # the session's; None for an API token
    audit_seq: int


def caller_at_state(registry: Registry, *, session_hash: str | None = None, token_hash: str | None = None,
                    now: str | None = None) -> Seen | None:
    """The user of a valid session (``session_hash``) or API token (``token_hash``) with the newest
    audit sequence, read in one statement, so both come from one snapshot without a transaction
    (``Registry.single_read``); None when neither is valid at ``now``.

    Every request for a cached page asks this: on PostgreSQL one round trip instead of four.
    """
    session, params = caller_params(session_hash, token_hash, now)
    with registry.single_read() as conn:
        row = conn.execute(caller_query(session), params).first()
    return seen_of(row, session)


def caller_params(session_hash: str | None, token_hash: str | None, now: str | None) -> tuple[bool, dict[str, str]]:
    """Whether ``caller_at_state`` is asked of a session (else of a token), and the parameters of its statement."""
    if (session_hash is None) == (token_hash is None):
        raise ValueError("give a session hash or a token hash")
    return session_hash is not None, {"token_hash": session_hash or token_hash or "", "now": now or audit.now()}


def caller_query(session: bool) -> Select[Any]:
    """The statement ``caller_at_state`` runs, for a session (True) or an API token (False)."""
    return _SESSION_USER_AT if session else _TOKEN_USER_AT


def seen_of(row: Any, session: bool) -> Seen | None:
    """The caller and state of a row of ``caller_query(session)``, None for no row."""
    if row is None:
        return None
    return Seen(_user(row), row.csrf_token if session else None, row.audit_seq or 0)


def session_user(registry: Registry, token_hash: str, now: str) -> tuple[User, str] | None:
    """The enabled user and CSRF token of an unexpired session, if any."""
    with registry.reading() as conn:
        row = conn.execute(_SESSION_USER, {"token_hash": token_hash, "now": now}).first()
    return (_user(row), row.csrf_token) if row else None


def end_session(registry: Registry, token_hash: str) -> None:
    with registry.transaction() as conn:
        conn.execute(delete(sessions).where(sessions.c.token_hash == token_hash))


# -- API tokens ---------------------------------------------------------------------------------

def add_token(registry: Registry, user: User, token_hash: str, label: str, *, actor: str,
              expires_at: str | None = None) -> Token:
    """Store a token's hash for ``user``; ``expires_at`` (stored-time text) ends it, None: never."""
    created = audit.now()
    with registry.transaction() as conn:
        conn.execute(api_tokens.insert().values(token_hash=token_hash, user_id=user.id, label=label,
                                                created_at=created, revoked=0, expires_at=expires_at))
        audit.append(conn, actor, "token.add", user.username,
                     {"label": label, "id": token_hash[:TOKEN_ID_CHARS], "expires_at": expires_at},
                     bindings.of_row(conn, "api_tokens", token_hash))
    return Token(token_hash[:TOKEN_ID_CHARS], user.username, label, created, expires_at, False)


def token_user(registry: Registry, token_hash: str, now: str | None = None) -> User | None:
    """The enabled user holding this token, if it is neither revoked nor expired at ``now``."""
    with registry.reading() as conn:
        row = conn.execute(_TOKEN_USER, {"token_hash": token_hash, "now": now or audit.now()}).first()
    return _user(row) if row else None


_TOKENS = (select(api_tokens, users.c.username).join(users, users.c.id == api_tokens.c.user_id)
           .order_by(users.c.username, api_tokens.c.created_at))


def _token(row: Any) -> Token:
    return Token(row.token_hash[:TOKEN_ID_CHARS], row.username, row.label, row.created_at, row.expires_at,
                 bool(row.revoked))


def list_tokens(registry: Registry, username: str | None = None) -> list[Token]:
    """API tokens, revoked and expired ones too, of one user or of all."""
    query = _TOKENS if username is None else _TOKENS.where(users.c.username == username)
    with registry.reading() as conn:
        return [_token(r) for r in conn.execute(query)]


def _revoke(conn: Connection, token_hash: str, username: str, actor: str) -> None:
    conn.execute(update(api_tokens).where(api_tokens.c.token_hash == token_hash).values(revoked=1))
    audit.append(conn, actor, "token.revoke", username, {"id": token_hash[:TOKEN_ID_CHARS]},
                 bindings.of_row(conn, "api_tokens", token_hash))


def revoke_token(registry: Registry, token_id: str, *, actor: str, by: User | None = None) -> Token:
    """Revoke one token by its id (the start of its hash, as listed).

    ``by``: the user asking, when it is not an operator at the command line; only an admin may
    revoke another user's token.
    """
    token_id = token_id.strip().lower()
    if len(token_id) < 6 or any(c not in "0123456789abcdef" for c in token_id):
        raise BadAccount(lazy_gettext("%(id)r is not a token id: give at least its first 6 hex digits "
                                      "(see 'copytrace token list')", id=token_id))
    query = _TOKENS.where(api_tokens.c.token_hash.startswith(token_id, autoescape=True))
    with registry.transaction() as conn:
        rows = conn.execute(query.limit(2)).all()
        if not rows:
            raise UnknownAccount(lazy_gettext("no API token %(id)r", id=token_id))
        if len(rows) > 1:
            raise DuplicateAccount(lazy_gettext("%(id)r starts several token ids: give more of it", id=token_id))
        row = rows[0]
        if by is not None and row.username != by.username and not by.may("admin"):
            raise AccountForbidden(lazy_gettext("token %(id)s belongs to %(user)r: only an admin may revoke it",
                                                id=token_id, user=row.username))
        if not row.revoked:
            _revoke(conn, row.token_hash, row.username, actor)
        found = conn.execute(query.limit(1)).one()
    return _token(found)


# -- failed logins ------------------------------------------------------------------------------

def _lock_key(key: str) -> int:
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big", signed=True)


def count_login_attempt(registry: Registry, key: str, at: float, window_s: float, limit: int) -> float:
    """Count one login attempt under ``key`` unless ``limit`` were counted in the last ``window_s``.

    Returns 0 when counted (go ahead and check the password), else the seconds until the oldest
    counted attempt leaves the window. Reading the count and adding to it happen under one lock
    (SQLite's write lock, a PostgreSQL advisory lock per key), so simultaneous attempts on any
    number of server processes never check more passwords than ``limit``. A successful login
    clears the count (``clear_login_failures``); a failed one leaves its attempt counted.
    """
    since = at - window_s
    with registry.transaction() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _lock_key(key)})
        times = list(conn.execute(select(login_failures.c.at)
                                  .where(login_failures.c.key == key, login_failures.c.at > since)
                                  .order_by(login_failures.c.at)).scalars())
        if len(times) >= limit:
            return max(1.0, float(times[-limit]) + window_s - at)
        conn.execute(delete(login_failures).where(login_failures.c.at <= since))
        conn.execute(login_failures.insert().values(key=key, at=at))
    return 0.0


def login_failures_since(registry: Registry, key: str, since: float) -> list[float]:
    """When the failed logins under ``key`` after ``since`` happened (seconds since the epoch), oldest first."""
    with registry.reading() as conn:
        return list(conn.execute(select(login_failures.c.at)
                                 .where(login_failures.c.key == key, login_failures.c.at > since)
                                 .order_by(login_failures.c.at)).scalars())


def clear_login_failures(registry: Registry, key: str) -> None:
    with registry.transaction() as conn:
        conn.execute(delete(login_failures).where(login_failures.c.key == key))
