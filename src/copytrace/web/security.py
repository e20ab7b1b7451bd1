"""Passwords, tokens, login throttling: the secrets side of accounts.

Passwords are hashed with argon2id. Session and API tokens are 256-bit random strings; the
database keeps only their SHA-256, so a leaked database grants no access.
"""

from __future__ import annotations

import hashlib
import secrets
import time

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from copytrace.i18n import lazy_ngettext
from copytrace.registry import Registry
from copytrace.registry.users import (
    BadAccount,
    User,
    add_user,
    clear_login_failures,
    count_login_attempt,
    get_user,
    login_failures_since,
)

_hasher = PasswordHasher()
# Verified against when the user does not exist, so a wrong name takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash("copytrace-dummy-password")
MIN_PASSWORD = 10
API_TOKEN_PREFIX = "ct_"


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise BadAccount(lazy_ngettext("a password needs at least %(num)d character",
                                       "a password needs at least %(num)d characters", MIN_PASSWORD))
    return _hasher.hash(password)


def check_password(registry: Registry, username: str, password: str) -> User | None:
    """The enabled user with this name and password, else None (in about constant time)."""
    user = get_user(registry, username)
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or user.disabled:
        return None
    return user


def create_user(registry: Registry, username: str, password: str, role: str, *, actor: str) -> User:
    return add_user(registry, username, hash_password(password), role, actor=actor)


def new_token(prefix: str = "") -> str:
    return prefix + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def same(a: str, b: str) -> bool:
    return secrets.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


class LoginThrottle:
    """Counts login attempts per (user name, client) in a sliding window, until one succeeds.

    The count lives in the registry, so every server process (``serve --workers``) sees the same
    one, and an attempt is counted before its password is checked, in one atomic step: however
    many guesses arrive at once, on however many workers, at most ``attempts`` passwords are
    checked per window.
    """

    def __init__(self, registry: Registry, attempts: int, window_s: int) -> None:
        self.registry = registry
        self.attempts = attempts
        self.window_s = window_s

    @staticmethod
    def _key(username: str, client: str) -> str:
        return f"{username.casefold()}\n{client}"

    def attempt(self, username: str, client: str) -> int:
        """Count an attempt and return 0 (check the password), or the seconds to wait (refuse it)."""
        wait = count_login_attempt(self.registry, self._key(username, client), time.time(), self.window_s,
                                   self.attempts)
        return int(wait) + 1 if wait else 0

    def succeeded(self, username: str, client: str) -> None:
        key = self._key(username, client)
        if login_failures_since(self.registry, key, 0):  # most logins have nothing to clear: no write
            clear_login_failures(self.registry, key)
