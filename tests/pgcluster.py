"""A throwaway PostgreSQL cluster for the tests, started from the machine's server binaries.

The cluster lives in a temporary folder, listens on a free loopback port, trusts local
connections, and is stopped and removed when the test session ends. Each test's database is
dropped when the test ends (``drop_database``), so the data folder stays small and stopping
takes seconds however many tests ran: removing thousands of databases' files at the end took
minutes. When the server binaries are missing, ``find_binaries`` says so and the PostgreSQL
tests skip with that reason.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def find_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH, or Debian's /usr/lib/postgresql/N/bin."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(os.path.realpath(on_path)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    bindir: Path
    root: Path
    port: int
    user: str | None  # the OS user the server runs as, when we are root
    created: set[str] = field(default_factory=set)
    _admin: Any = None  # one autocommit connection to the 'postgres' database, for CREATE and DROP

    @property
    def datadir(self) -> Path:
        return self.root / "data"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = list(args)
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(command, check=True, capture_output=True, text=True)

    @classmethod
    def start(cls, bindir: Path) -> Cluster:
        root = Path(tempfile.mkdtemp(prefix="copytrace-pg-"))
        user = "postgres" if os.geteuid() == 0 else None
        if user:
            shutil.chown(root, user)
        cluster = cls(bindir, root, _free_port(), user)
        cluster._run(str(bindir / "initdb"), "-D", str(cluster.datadir), "-U", "postgres", "-A", "trust",
                     "-E", "UTF8", "--locale=C.UTF-8")
        options = f"-p {cluster.port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
        cluster._run(str(bindir / "pg_ctl"), "-D", str(cluster.datadir), "-o", options, "-l",
                     str(root / "server.log"), "-w", "start")
        return cluster

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def _execute(self, sql: str) -> None:
        import psycopg

        if self._admin is None or self._admin.closed:
            self._admin = psycopg.connect(self.url(), autocommit=True)
        self._admin.execute(sql)

    def create_database(self, name: str, template: str | None = None) -> str:
        self._execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        self.created.add(name)
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop a test's database, ending any connection a test left open (PostgreSQL 13+: FORCE)."""
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.created.discard(name)

    def stop(self) -> None:
        try:
            if self._admin is not None:
                self._admin.close()
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "immediate", "stop")
        finally:
            time.sleep(0.1)
            shutil.rmtree(self.root, ignore_errors=True)


@contextmanager
def scratch_database(name: str) -> Iterator[str | None]:
    """A database on a throwaway local PostgreSQL server, stopped on exit; None where no server binaries exist
    (benchmarks print that they skip PostgreSQL)."""
    bindir = find_binaries()
    if bindir is None:
        yield None
        return
    cluster = Cluster.start(bindir)
    try:
        yield cluster.create_database(name)
    finally:
        cluster.stop()


def backends_named(registry: Any, application: str, at_most: int) -> set[int]:
    """The server processes (pids) of the registry's database whose clients name themselves ``application``, once
    there are ``at_most`` or fewer or five seconds have passed (a backend leaves pg_stat_activity a moment after its
    client closed it)."""
    from sqlalchemy import text

    deadline = time.monotonic() + 5
    while True:
        with registry.single_read() as conn:
            pids = set(conn.execute(text("SELECT pid FROM pg_stat_activity WHERE application_name = :name "
                                         "AND datname = current_database()"), {"name": application}).scalars())
        if len(pids) <= at_most or time.monotonic() > deadline:
            return pids
        time.sleep(0.02)
