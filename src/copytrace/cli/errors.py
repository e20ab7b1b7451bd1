"""The command line's one error path: an expected failure becomes one line naming its cause and its fix.

Every command runs inside :class:`copytrace.cli.app.CopytraceGroup`, which hands what a command raises to
:func:`describe`. A failure the user can do something about (a missing extra, a file that is not a
registry, a path that does not exist or may not be written, an unknown name) prints ``error: ...`` on
stderr and exits 2; anything else is a bug and keeps its traceback. ``copytrace --debug`` shows the
traceback of every failure.
"""

from __future__ import annotations

from contextvars import ContextVar
from pathlib import Path

# Exit status of an expected failure (1 is kept for a negative answer: verify found a break, search
# found nothing).
EXIT_FAILURE = 2

# The optional extras, by the top-level modules they bring (pyproject.toml's optional-dependencies).
EXTRAS: dict[str, tuple[str, str]] = {
    "weasyprint": ("pdf", "PDF dossiers"),
    "fastapi": ("web", "the web application"),
    "starlette": ("web", "the web application"),
    "uvicorn": ("web", "the web application"),
    "jinja2": ("web", "the web application"),
    "multipart": ("web", "the web application"),
    "python_multipart": ("web", "the web application"),
    "argon2": ("web", "web users and API tokens"),
    "followthemoney": ("ftm", "FollowTheMoney data"),
    "rigour": ("ftm", "FollowTheMoney data"),
    "dask": ("dask", "ingest --cluster"),
    "distributed": ("dask", "ingest --cluster"),
    "pydantic": ("llm", "the llm engine"),
    "asn1crypto": ("timestamp", "trusted timestamps"),
    "cryptography": ("timestamp", "trusted timestamps"),
}

# The registry the running command opened (a path or URL as the user gave it), for messages about it.
current_db: ContextVar[str | None] = ContextVar("current_db", default=None)


def install_hint(extra: str) -> str:
    return f"pip install 'copytrace[{extra}]'"


def _missing_module(exc: ImportError) -> str:
    name = (exc.name or "").split(".")[0]
    if name in EXTRAS:
        extra, needed_by = EXTRAS[name]
        return f"the optional package {name!r} ({needed_by}) is not installed: {install_hint(extra)}"
    return (f"copytrace cannot import {exc.name or exc}: the installation is incomplete; "
            "reinstall it (pip install --force-reinstall copytrace)")


def _path_problem(exc: OSError) -> str:
    where = exc.filename if exc.filename is not None else None
    path = Path(str(where)) if where is not None else None
    if isinstance(exc, PermissionError):
        return (f"permission denied: {where}: choose a file or folder you may use, or ask for access to it"
                if where else f"permission denied ({exc.strerror}): ask for access")
    if isinstance(exc, IsADirectoryError):
        return f"{where} is a folder: give a file path instead"
    if isinstance(exc, NotADirectoryError):
        return f"{where}: part of this path is a file, not a folder: check the path"
    if isinstance(exc, FileNotFoundError) and path is not None:
        folder = path.parent
        if not folder.exists():
            return f"the folder {folder} does not exist: create it (mkdir -p {folder}) or choose another path"
        return f"{path} does not exist: check the path"
    reason = exc.strerror or str(exc)
    return f"{where}: {reason}: check the path and the disk" if where else f"{reason}: check the path and the disk"


def _database_problem(exc: Exception) -> str:
    db = current_db.get()
    original = getattr(exc, "orig", None) or exc
    detail = str(original).splitlines()[0] if str(original) else type(original).__name__
    where = f"the registry at {db}" if db else "the registry"
    if "file is not a database" in detail or "file is encrypted" in detail:
        return (f"{db or 'the --db file'} is not a copytrace registry (not a SQLite database): check --db or "
                "COPYTRACE_DB, or run 'copytrace init --db NEW_FILE' for a new registry")
    return (f"cannot read {where} ({detail}): check --db or COPYTRACE_DB, that the database is reachable, "
            "and run 'copytrace init' to create or upgrade it")


def describe(exc: BaseException) -> str | None:
    """One line naming the cause of an expected failure and its fix; None for a bug (keep the traceback)."""
    from copytrace.errors import CopytraceError, UnknownEntity

    if isinstance(exc, CopytraceError):
        message = str(exc)
        if isinstance(exc, UnknownEntity) and not exc.suggestions:
            message += " Try 'copytrace search TEXT' to find names."
        return message
    if isinstance(exc, ImportError):
        return _missing_module(exc)
    if isinstance(exc, OSError):
        return _path_problem(exc)
    if _is_database_error(exc):
        assert isinstance(exc, Exception)
        return _database_problem(exc)
    return None


def _is_database_error(exc: BaseException) -> bool:
    # SQLAlchemy is imported only if the command used the registry: without it, this is no database error.
    import sys

    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_exc is None:
        return False
    # A file that is no database, or a server that cannot be reached; an IntegrityError is a bug.
    return isinstance(exc, sqlalchemy_exc.OperationalError) or type(exc) is sqlalchemy_exc.DatabaseError


def one_line(message: str) -> str:
    return " ".join(message.split())
