"""Opening a database: the one seam between SQLite and PostgreSQL."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import OperationalError

from copytrace.errors import RegistryError
from copytrace.i18n import lazy_gettext

# Execution option marking a connection that only reads (see Registry.reading).
READ_ONLY = "copytrace_read_only"
# Execution option marking a connection that runs one read statement outside a transaction
# (see Registry.single_read).
SINGLE_READ = "copytrace_single_read"
# Connections one process keeps open: one per thread that serves requests at once (a web worker
# runs its views on a small thread pool), and as many again for bursts and background threads
# (the reasoner snapshot, the watcher). More would only queue on two cores; fewer would queue
# requests behind the pool instead of the CPU.
POOL_SIZE = 8
POOL_OVERFLOW = 8


def read_only_options(dialect: str) -> dict[str, Any]:
    """Execution options for a connection that only reads, and reads one snapshot throughout."""
    if dialect == "postgresql":
        return {READ_ONLY: True, "isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
    return {READ_ONLY: True}


def single_read_options(dialect: str) -> dict[str, Any]:
    """Execution options for a connection that runs one read statement, outside a transaction."""
    if dialect == "postgresql":
        return {READ_ONLY: True, SINGLE_READ: True, "isolation_level": "AUTOCOMMIT"}
    return {READ_ONLY: True, SINGLE_READ: True}


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own transaction handling would begin lazily and deferred; we begin explicitly
    # (see _sqlite_begin) so that writers queue on the lock instead of failing mid-transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    # Writers take the write lock when they begin, so two writers queue rather than one failing at
    # its first write. Readers begin deferred: in WAL mode they neither wait for nor block a writer.
    options = connection.get_execution_options()
    if options.get(SINGLE_READ, False):
        return  # one statement: SQLite reads it in a snapshot of its own
    connection.exec_driver_sql("BEGIN" if options.get(READ_ONLY, False) else "BEGIN IMMEDIATE")


def create(url: str) -> Engine:
    """An engine for ``url`` with the settings copytrace relies on (WAL, foreign keys)."""
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, pool_size=POOL_SIZE, max_overflow=POOL_OVERFLOW)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=POOL_SIZE, max_overflow=POOL_OVERFLOW)


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` with Alembic."""
    # Alembic takes a fifth of a second to import: a registry already at the head does without it.
    if revision == "head" and is_current(engine):
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("copytrace.registry") / "migrations"))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    except OperationalError as exc:
        raise RegistryError(lazy_gettext("cannot migrate the registry at %(url)r: %(error)s", url=engine.url,
                                         error=str(exc.orig))) from None


def is_initialised(engine: Engine) -> bool:
    try:
        return inspect(engine).has_table("alembic_version")
    except OperationalError as exc:
        raise RegistryError(lazy_gettext("cannot open the registry at %(url)r: %(error)s", url=engine.url,
                                         error=str(exc.orig))) from None


_REVISION = re.compile(r'^(down_revision|revision) = (?:"([^"]+)"|None)$', re.M)


def head_revision() -> str | None:
    """The newest migration's revision, read from the version files (without importing Alembic);
    None if they do not form one line of revisions."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (resources.files("copytrace.registry") / "migrations" / "versions").iterdir():
        if not path.name.endswith(".py"):
            continue
        for key, value in _REVISION.findall(path.read_text(encoding="utf-8")):
            if value:
                (revisions if key == "revision" else parents).add(value)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def is_current(engine: Engine) -> bool:
    """Whether the database's schema is at the newest migration (False when it has none yet)."""
    head = head_revision()
    if head is None or not is_initialised(engine):
        return False
    with engine.connect() as connection:
        found = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return found == [head]
