"""The read every cached page asks first, run on the event loop: PostgreSQL only.

A page served from the page cache costs little more than sending its bytes, but each request must
still read who is asking and the registry's newest audit entry (``users.caller_at_state``: one
statement). On SQLite that read runs on the loop itself. On PostgreSQL it crosses the network, so it
went to a page thread, through SQLAlchemy's pool, which pings a connection before lending it: a hop
to a thread and back, a second round trip and SQLAlchemy's own work, which together made a cached
page cost the server several times what the same bytes cost a minimal app.

Here the same statement (compiled once from the query ``caller_at_state`` runs) is sent through
psycopg's asyncio connections, made with the settings SQLAlchemy connects with, awaited on the loop,
each connection kept for the next read. No ping: a connection the server has closed fails its read,
is dropped with the others kept (a server that ended one has most likely ended them all), and the
read is tried once more on a new one. A read that fails again, or takes longer than
``READ_TIMEOUT_S``, waiting for a connection included (a network gone silent would otherwise hold
the few connections for minutes), raises :class:`LoopReadFailed`, and the caller reads through a page
thread instead, which reports the registry's error as any other page would.

Connections belong to the event loop that opened them. A loop that is not the last one seen (a test
client starts one per request) drops the connections kept so far rather than use them from another
loop.
"""

from __future__ import annotations

import asyncio
from typing import Any

from copytrace.registry.registry import Registry
from copytrace.registry.users import Seen, caller_params, caller_query, seen_of

# Connections kept per process: reads in flight at once beyond this wait for one to come back.
MAX_CONNECTIONS = 4
# How these connections name themselves to the server (pg_stat_activity.application_name).
APPLICATION_NAME = "copytrace web: caller reads"
# The longest a read may take, connecting included, before the page thread reads instead.
READ_TIMEOUT_S = 5.0


class LoopReadFailed(Exception):
    """The read could not be made on the loop (the reason in the message, no credentials in it)."""


class LoopReads:
    """Reads ``caller_at_state`` on the event loop through connections of its own (PostgreSQL)."""

    def __init__(self, registry: Registry, size: int = MAX_CONNECTIONS, timeout_s: float = READ_TIMEOUT_S) -> None:
        import psycopg  # the PostgreSQL driver, installed with copytrace

        self._psycopg = psycopg
        engine = registry.engine
        # (SQLAlchemy's own reading of its URL: escaped passwords, several hosts, options with spaces)
        _, connect = engine.dialect.create_connect_args(engine.url)
        # (not SQLAlchemy's adapters: these reads want psycopg's own)
        self._connect_args: dict[str, Any] = {k: v for k, v in connect.items() if k != "context"}
        self._sql: dict[bool, tuple[str, dict[str, Any]]] = {}
        for session in (True, False):
            compiled = caller_query(session).compile(dialect=engine.dialect)
            if compiled.post_compile_params:
                raise ValueError("a statement read on the loop must be complete when compiled (no expanding lists)")
            self._sql[session] = (str(compiled), dict(compiled.params))
        self._size = size
        self._timeout_s = timeout_s
        self._idle: list[Any] = []  # psycopg.AsyncConnection, most recently used last
        self._loop: asyncio.AbstractEventLoop | None = None
        self._slots = asyncio.Semaphore(size)
        self._closed = False

    @classmethod
    def of(cls, registry: Registry) -> LoopReads | None:
        """Reads on the loop for ``registry``, or None where it is not PostgreSQL."""
        return cls(registry) if registry.dialect == "postgresql" else None

    async def caller_at_state(self, *, session_hash: str | None = None, token_hash: str | None = None,
                              now: str | None = None) -> Seen | None:
        """As ``users.caller_at_state``, awaited on the running loop; raises :class:`LoopReadFailed` when the
        read fails twice or takes too long."""
        session, given = caller_params(session_hash, token_hash, now)
        if self._closed:
            raise LoopReadFailed("the loop's reads are closed")
        sql, defaults = self._sql[session]
        params = {**defaults, **given}
        self._own_loop()
        try:
            async with asyncio.timeout(self._timeout_s), self._slots:
                return await self._read(sql, params, session)
        except TimeoutError:
            raise LoopReadFailed(f"no answer in {self._timeout_s:g} s") from None
        except self._psycopg.Error as exc:
            raise LoopReadFailed(type(exc).__name__) from None   # (a message may quote the connection's settings)

    async def close(self) -> None:
        """Close the connections kept, and those of reads still running when they end (at the app's shut-down)."""
        self._closed = True
        self._drop_idle()

    async def _read(self, sql: str, params: dict[str, Any], session: bool) -> Seen | None:
        for attempt in (1, 2):
            conn = self._idle.pop() if self._idle and attempt == 1 else await self._connect()
            try:
                cursor = await conn.execute(sql, params)
                row = await cursor.fetchone()
            except self._psycopg.OperationalError:
                conn.pgconn.finish()
                self._drop_idle()  # (a server that ended one connection has most likely ended them all)
                if attempt == 2:
                    raise
                continue
            except BaseException:  # cancelled (or timed out) mid-read: the connection's state is unknown
                conn.pgconn.finish()
                raise
            if self._closed:
                conn.pgconn.finish()
            else:
                self._idle.append(conn)
            return seen_of(row, session)
        raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises

    async def _connect(self) -> Any:
        from psycopg.rows import namedtuple_row

        return await self._psycopg.AsyncConnection.connect(
            **{**self._connect_args, "application_name": APPLICATION_NAME}, autocommit=True,
            row_factory=namedtuple_row)

    def _own_loop(self) -> None:
        loop = asyncio.get_running_loop()
        if loop is self._loop:
            return
        self._drop_idle()  # (opened on another loop: closed at once, without awaiting that loop)
        self._loop = loop
        self._slots = asyncio.Semaphore(self._size)

    def _drop_idle(self) -> None:
        """Close the connections kept, at once (their sockets; no message to the server)."""
        idle, self._idle = self._idle, []
        for conn in idle:
            conn.pgconn.finish()
