"""The caller and the registry state read on the event loop (PostgreSQL): the same answers as through a thread."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import create_engine, text

from copytrace.registry import Registry, queries
from copytrace.registry.loopreads import APPLICATION_NAME, MAX_CONNECTIONS, LoopReadFailed, LoopReads
from copytrace.registry.users import User, add_user, caller_at_state, revoke_token, set_disabled
from tests.pgcluster import backends_named

from .conftest import SESSION, TOKEN, later

# These reads exist on PostgreSQL only (on SQLite the read runs on the loop as it is).
pytestmark = pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)

T = TypeVar("T")


def _loop_pids(registry: Registry, at_most: int) -> set[int]:
    """The server processes of the loop's connections, once ``at_most`` or fewer (``backends_named``)."""
    return backends_named(registry, APPLICATION_NAME, at_most)


def _closing(reads: LoopReads, body: Callable[[], Awaitable[T]]) -> T:
    """``body`` run on an event loop of its own, the reads closed after it as the app's shut-down closes them."""
    async def run() -> T:
        try:
            return await body()
        finally:
            await reads.close()

    return asyncio.run(run())


@contextmanager
def _audit_locked(registry: Registry) -> Iterator[None]:
    """The audit log locked by another transaction: a read of it waits until the block ends."""
    with registry.engine.connect() as conn:
        conn.exec_driver_sql("LOCK TABLE audit IN ACCESS EXCLUSIVE MODE")
        yield
        conn.rollback()


def test_there_are_loop_reads_on_postgresql_only(registry: Registry, tmp_path: Path) -> None:
    assert LoopReads.of(registry) is not None
    with Registry.open(str(tmp_path / "local.db"), store=str(tmp_path / "store2")) as local:
        assert LoopReads.of(local) is None


def test_it_answers_as_the_threads_read_does(registry: Registry, alice: User) -> None:
    reads = LoopReads(registry)
    now = datetime.now(UTC).isoformat(timespec="microseconds")

    async def asked() -> list[object]:
        return [await reads.caller_at_state(session_hash=SESSION, now=now),
                await reads.caller_at_state(token_hash=TOKEN, now=now),
                await reads.caller_at_state(session_hash=SESSION, now=later(2)),
                await reads.caller_at_state(session_hash="0" * 64, now=now)]

    found = _closing(reads, asked)
    assert found == [caller_at_state(registry, session_hash=SESSION, now=now),
                     caller_at_state(registry, token_hash=TOKEN, now=now), None, None]
    session = found[0]
    assert session is not None and session.csrf_token == "csrf-of-alice"  # type: ignore[attr-defined]
    assert session.audit_seq == queries.last_audit_seq(registry) > 0  # type: ignore[attr-defined]


def test_a_write_a_revoked_token_and_a_disabled_user_show_at_the_next_read(registry: Registry,
                                                                          alice: User) -> None:
    reads = LoopReads(registry)

    async def run() -> None:
        before = await reads.caller_at_state(token_hash=TOKEN)
        add_user(registry, "bob", "hash", "viewer", actor="alice")
        after = await reads.caller_at_state(token_hash=TOKEN)
        assert before is not None and after is not None
        assert after.audit_seq == queries.last_audit_seq(registry) > before.audit_seq
        revoke_token(registry, TOKEN[:12], actor="setup")
        assert await reads.caller_at_state(token_hash=TOKEN) is None
        assert await reads.caller_at_state(session_hash=SESSION) is not None
        set_disabled(registry, "alice", True, actor="setup")
        assert await reads.caller_at_state(session_hash=SESSION) is None

    _closing(reads, run)


def test_many_reads_at_once_share_a_few_connections(registry: Registry, alice: User) -> None:
    reads = LoopReads(registry)

    async def run() -> tuple[list[object], int]:
        found = await asyncio.gather(*(reads.caller_at_state(token_hash=TOKEN) for _ in range(50)))
        return list(found), len(_loop_pids(registry, MAX_CONNECTIONS))

    found, held = _closing(reads, run)
    assert len(found) == 50 and all(seen == found[0] is not None for seen in found)
    assert 1 <= held <= MAX_CONNECTIONS
    assert len(_loop_pids(registry, 0)) == 0  # closed at shut-down


def test_connections_the_server_ended_are_replaced_without_failing_the_read(registry: Registry,
                                                                           alice: User) -> None:
    reads = LoopReads(registry)

    async def run() -> None:
        first = await reads.caller_at_state(token_hash=TOKEN)
        await asyncio.gather(*(reads.caller_at_state(token_hash=TOKEN) for _ in range(20)))
        kept = len(_loop_pids(registry, MAX_CONNECTIONS))
        with registry.single_read() as conn:  # as a restart of the server would
            ended = conn.execute(text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                      "WHERE application_name = :name AND datname = current_database()"),
                                 {"name": APPLICATION_NAME}).scalar_one()
        assert ended == kept >= 2
        assert await reads.caller_at_state(token_hash=TOKEN) == first
        assert len(_loop_pids(registry, 1)) == 1

    _closing(reads, run)


def test_a_new_event_loop_does_not_use_the_last_ones_connections(registry: Registry, alice: User) -> None:
    reads = LoopReads(registry)
    asyncio.run(reads.caller_at_state(token_hash=TOKEN))  # its connection stays, bound to a finished loop
    [first] = _loop_pids(registry, 1)

    async def again() -> tuple[object, set[int]]:
        return await reads.caller_at_state(token_hash=TOKEN), _loop_pids(registry, 1)

    seen, backends = _closing(reads, again)
    assert seen is not None
    assert len(backends) == 1 and first not in backends   # read on a connection of its own loop
    assert len(_loop_pids(registry, 0)) == 0


def test_a_password_that_needs_escaping_in_a_url_reaches_the_server_as_written(registry: Registry,
                                                                              alice: User) -> None:
    # (the test server trusts local connections, so any password logs in; what is tested is that the one written
    # in the registry's URL, with a space and a percent sign, is handed to the driver as such)
    engine = create_engine(registry.engine.url.set(password="s3cret pw 100%"))
    reads = LoopReads(Registry(engine, registry.store))

    async def run() -> object:
        return await reads.caller_at_state(token_hash=TOKEN)

    try:
        assert _closing(reads, run) == caller_at_state(registry, token_hash=TOKEN) is not None
    finally:
        engine.dispose()


def test_a_read_that_takes_too_long_fails_and_leaves_no_connection(registry: Registry, alice: User) -> None:
    reads = LoopReads(registry, timeout_s=0.5)

    async def run() -> object:
        with _audit_locked(registry), pytest.raises(LoopReadFailed, match=r"no answer in 0\.5 s"):
            await reads.caller_at_state(token_hash=TOKEN)
        assert len(_loop_pids(registry, 0)) == 0   # the connection that waited is closed, not kept
        return await reads.caller_at_state(token_hash=TOKEN)

    assert _closing(reads, run) is not None


def test_after_close_no_read_keeps_a_connection(registry: Registry, alice: User) -> None:
    reads = LoopReads(registry)

    async def run() -> object:
        with _audit_locked(registry):
            waiting = asyncio.create_task(reads.caller_at_state(token_hash=TOKEN))
            while not _loop_pids(registry, MAX_CONNECTIONS):   # until the read has connected and waits
                await asyncio.sleep(0.02)
            await reads.close()
        seen = await waiting   # it ends after the close ...
        with pytest.raises(LoopReadFailed):
            await reads.caller_at_state(token_hash=TOKEN)   # ... and no read starts after it
        return seen

    assert asyncio.run(run()) is not None   # (closed inside: no second close after it)
    assert len(_loop_pids(registry, 0)) == 0   # ... and its connection was not kept


def test_a_registry_it_cannot_reach_fails_naming_the_drivers_error(registry: Registry) -> None:
    closed_port = create_engine("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    reads = LoopReads(Registry(closed_port, registry.store))
    with pytest.raises(LoopReadFailed, match=r"^OperationalError$"):
        asyncio.run(reads.caller_at_state(token_hash=TOKEN))
    closed_port.dispose()
