"""The read every cached page asks first, run on the event loop: PostgreSQL only.

A page served from the page cache costs little more than sending its bytes, but each request must
still read who is asking and the registry's newest audit entry (``users.caller_at_state``: one
statement). On SQLite that read runs on the loop itself. On PostgreSQL it crosses the network, so it
went to a page thread, through SQLAlchemy's pool, which pings a connection before lending it: a hop
to a thread and back, a second round trip and SQLAlchemy's own work, which together made a cached
page cost the server several times what the same bytes cost a minimal app.

Here the same statement (compiled once from the query ``caller_at_state`` runs) is sent through
psycopg's asyncio connections, awaited on the loop, each connection kept for the next read. No ping:
a connection the server has closed fails its read, is dropped with the others kept (a server that
ended one has most likely ended them all), and the read is tried once more on a new one; a read that
fails again raises, and the caller reads through a page thread instead, which reports the registry's
error as any other page would.

Connections belong to the event loop that opened them. A loop that is not the last one seen (a test
client starts one per request) drops the connections kept so far rather than use them from another
loop.
"""

from __future__ import annotations

import asyncio
from typing import Any

from copytrace.registry import audit
from copytrace.registry.registry import Registry
from copytrace.registry.users import Seen, caller_query, seen_of

# Connections kept per process: reads in flight at once beyond this wait for one to come back.
MAX_CONNECTIONS = 4
# How these connections name themselves to the server (pg_stat_activity.application_name).
APPLICATION_NAME = "copytrace web: caller reads"


class LoopReads:
    """Reads ``caller_at_state`` on the event loop through connections of its own (PostgreSQL)."""

    def __init__(self, registry: Registry, size: int = MAX_CONNECTIONS) -> None:
        import psycopg  # the PostgreSQL driver, installed with copytrace

        self._psycopg = psycopg
        url = registry.engine.url
        self._conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._sql: dict[bool, tuple[str, dict[str, Any]]] = {}
        for session in (True, False):
            compiled = caller_query(session).compile(dialect=registry.engine.dialect)
            self._sql[session] = (str(compiled), dict(compiled.params))
        self._size = size
        self._idle: list[Any] = []  # psycopg.AsyncConnection, most recently used last
        self._loop: asyncio.AbstractEventLoop | None = None
        self._slots = asyncio.Semaphore(size)

    @classmethod
    def of(cls, registry: Registry) -> LoopReads | None:
        """Reads on the loop for ``registry``, or None where it is not PostgreSQL."""
        return cls(registry) if registry.dialect == "postgresql" else None

    async def caller_at_state(self, *, session_hash: str | None = None, token_hash: str | None = None,
                              now: str | None = None) -> Seen | None:
        """As ``users.caller_at_state``, awaited on the running loop; raises psycopg's error when the
        read fails twice."""
        if (session_hash is None) == (token_hash is None):
            raise ValueError("give a session hash or a token hash")
        session = session_hash is not None
        sql, defaults = self._sql[session]
        params = {**defaults, "token_hash": session_hash or token_hash, "now": now or audit.now()}
        self._own_loop()
        async with self._slots:
            for attempt in (1, 2):
                conn = self._idle.pop() if self._idle and attempt == 1 else await self._connect()
                try:
                    cursor = await conn.execute(sql, params)
                    row = await cursor.fetchone()
                except self._psycopg.OperationalError:
                    await conn.close()
                    self._drop_idle()  # (a server that ended one connection has most likely ended them all)
                    if attempt == 2:
                        raise
                    continue
                except BaseException:  # cancelled mid-read: the connection's state is unknown
                    conn.pgconn.finish()
                    raise
                self._idle.append(conn)
                return seen_of(row, session)
        raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises

    async def close(self) -> None:
        """Close the connections kept (at the app's shut-down)."""
        idle, self._idle = self._idle, []
        for conn in idle:
            await conn.close()

    async def _connect(self) -> Any:
        from psycopg.rows import namedtuple_row

        return await self._psycopg.AsyncConnection.connect(self._conninfo, autocommit=True, row_factory=namedtuple_row,
                                                           application_name=APPLICATION_NAME)

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
