"""The caller and the registry state in one read: what every request for a cached page asks first."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from copytrace.registry import Registry, queries
from copytrace.registry.tables import users
from copytrace.registry.users import (
    User,
    add_token,
    add_user,
    caller_at_state,
    get_user,
    revoke_token,
    session_user,
    set_disabled,
    token_user,
)

from .conftest import SESSION, TOKEN, later


def test_a_session_gives_the_same_caller_and_the_newest_audit_entry(registry: Registry, alice: User) -> None:
    now = datetime.now(UTC).isoformat(timespec="microseconds")
    seen = caller_at_state(registry, session_hash=SESSION, now=now)
    assert seen is not None
    assert (seen.user, seen.csrf_token) == session_user(registry, SESSION, now)
    assert seen.audit_seq == queries.last_audit_seq(registry) > 0


def test_a_token_gives_the_same_caller_without_a_csrf_token(registry: Registry, alice: User) -> None:
    seen = caller_at_state(registry, token_hash=TOKEN)
    assert seen is not None
    assert (seen.user, seen.csrf_token, seen.audit_seq) == (token_user(registry, TOKEN), None,
                                                            queries.last_audit_seq(registry))


def test_a_write_is_seen_by_the_next_read(registry: Registry, alice: User) -> None:
    before = caller_at_state(registry, token_hash=TOKEN)
    add_user(registry, "bob", "hash", "viewer", actor="alice")
    after = caller_at_state(registry, token_hash=TOKEN)
    assert before is not None and after is not None
    assert after.audit_seq == queries.last_audit_seq(registry) > before.audit_seq


def test_an_expired_session_an_unknown_one_and_a_revoked_token_are_nobody(registry: Registry, alice: User) -> None:
    assert caller_at_state(registry, session_hash=SESSION, now=later(2)) is None
    assert caller_at_state(registry, session_hash="0" * 64) is None
    revoke_token(registry, TOKEN[:12], actor="setup")
    assert caller_at_state(registry, token_hash=TOKEN) is None


def test_a_disabled_user_is_nobody(registry: Registry, alice: User) -> None:
    add_token(registry, alice, "cd" * 32, "another", actor="setup")
    set_disabled(registry, "alice", True, actor="setup")
    assert caller_at_state(registry, token_hash="cd" * 32) is None


def test_inside_a_read_block_it_reads_that_blocks_snapshot(registry: Registry, alice: User) -> None:
    with registry.reading():
        first = caller_at_state(registry, token_hash=TOKEN)
        assert first is not None
        assert first.audit_seq == queries.last_audit_seq(registry)


def test_a_transaction_after_it_still_commits_all_or_nothing(registry: Registry, alice: User) -> None:
    for _ in range(3):  # the pooled connection goes back to transactions, not left in autocommit
        caller_at_state(registry, token_hash=TOKEN)
    with pytest.raises(RuntimeError), registry.transaction() as conn:
        conn.execute(users.insert().values(username="carol", password_hash="h", role="viewer", disabled=0,
                                           created_at="2024-01-01", created_by="test"))
        raise RuntimeError("abort")
    assert get_user(registry, "carol") is None
