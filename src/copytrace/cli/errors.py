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

from copytrace.i18n import N_, Message, translate
from copytrace.i18n import gettext as _

# Exit status of an expected failure (1 is kept for a negative answer: verify found a break, search
# found nothing).
EXIT_FAILURE = 2

# The optional extras, by the top-level modules they bring (pyproject.toml's optional-dependencies), with what
# needs them (translated where shown).
EXTRAS: dict[str, tuple[str, str]] = {
    "weasyprint": ("pdf", N_("PDF dossiers")),
    "fastapi": ("web", N_("the web application")),
    "starlette": ("web", N_("the web application")),
    "uvicorn": ("web", N_("the web application")),
    "jinja2": ("web", N_("the web application")),
    "multipart": ("web", N_("the web application")),
    "python_multipart": ("web", N_("the web application")),
    "argon2": ("web", N_("web users and API tokens")),
    "followthemoney": ("ftm", N_("FollowTheMoney data")),
    "rigour": ("ftm", N_("FollowTheMoney data")),
    "dask": ("dask", "ingest --cluster"),
    "distributed": ("dask", "ingest --cluster"),
    "pydantic": ("llm", N_("the llm engine")),
    "asn1crypto": ("timestamp", N_("trusted timestamps")),
    "cryptography": ("timestamp", N_("trusted timestamps")),
}

# The registry the running command opened (a path or URL as the user gave it), for messages about it.
current_db: ContextVar[str | None] = ContextVar("current_db", default=None)


def install_hint(extra: str) -> str:
    return f"pip install 'copytrace[{extra}]'"


def _missing_module(exc: ImportError) -> str:
    name = (exc.name or "").split(".")[0]
    if name in EXTRAS:
        extra, needed_by = EXTRAS[name]
        return _("the optional package %(name)r (%(needed_by)s) is not installed: %(hint)s") % {
            "name": name, "needed_by": _(needed_by), "hint": install_hint(extra)}
    return _("copytrace cannot import %(name)s: the installation is incomplete; reinstall it "
             "(pip install --force-reinstall copytrace)") % {"name": exc.name or exc}


def _path_problem(exc: OSError) -> str:
    where = exc.filename if exc.filename is not None else None
    path = Path(str(where)) if where is not None else None
    if isinstance(exc, PermissionError):
        if where:
            return _("permission denied: %(path)s: choose a file or folder you may use, or ask for access to it") % {
                "path": where}
        return _("permission denied (%(reason)s): ask for access") % {"reason": exc.strerror}
    if isinstance(exc, IsADirectoryError):
        return _("%(path)s is a folder: give a file path instead") % {"path": where}
    if isinstance(exc, NotADirectoryError):
        return _("%(path)s: part of this path is a file, not a folder: check the path") % {"path": where}
    if isinstance(exc, FileNotFoundError) and path is not None:
        folder = path.parent
        if not folder.exists():
            return _("the folder %(folder)s does not exist: create it (mkdir -p %(folder)s) or choose another "
                     "path") % {"folder": folder}
        return _("%(path)s does not exist: check the path") % {"path": path}
    reason = exc.strerror or str(exc)
    if where:
        return _("%(path)s: %(reason)s: check the path and the disk") % {"path": where, "reason": reason}
    return _("%(reason)s: check the path and the disk") % {"reason": reason}


def _database_problem(exc: Exception) -> str:
    db = current_db.get()
    original = getattr(exc, "orig", None) or exc
    detail = str(original).splitlines()[0] if str(original) else type(original).__name__
    if "file is not a database" in detail or "file is encrypted" in detail:
        return _("%(db)s is not a copytrace registry (not a SQLite database): check --db or COPYTRACE_DB, or run "
                 "'copytrace init --db NEW_FILE' for a new registry") % {"db": db or "--db"}
    where = _("the registry at %(db)s") % {"db": db} if db else _("the registry")
    return _("cannot read %(where)s (%(detail)s): check --db or COPYTRACE_DB, that the database is reachable, "
             "and run 'copytrace init' to create or upgrade it") % {"where": where, "detail": detail}


def describe(exc: BaseException) -> str | None:
    """One line naming the cause of an expected failure and its fix; None for a bug (keep the traceback)."""
    from copytrace.errors import AmbiguousName, CopytraceError, UnknownEntity

    if isinstance(exc, AmbiguousName):
        listed = "; ".join(f"{n} ({translate(k)}, id {i})" for i, k, n in exc.candidates)
        return _("%(name)r names %(count)d entities: %(listed)s. Use the id, or say which kind.") % {
            "name": exc.name, "count": len(exc.candidates), "listed": listed}
    if isinstance(exc, UnknownEntity):
        message = _("No entity named %(name)r in the registry.") % {"name": exc.name}
        if exc.suggestions:
            return message + " " + _("Did you mean: %(names)s?") % {"names": ", ".join(exc.suggestions)}
        return message + " " + _("Try 'copytrace search TEXT' to find names.")
    if isinstance(exc, CopytraceError):
        return raised_message(exc)
    if isinstance(exc, ImportError):
        return _missing_module(exc)
    if isinstance(exc, OSError):
        return _path_problem(exc)
    if _is_database_error(exc):
        assert isinstance(exc, Exception)
        return _database_problem(exc)
    return None


def raised_message(exc: BaseException) -> str:
    """What an exception says, in the user's language where the library raised it with a ``Message``."""
    said = exc.args[0] if len(exc.args) == 1 else None
    return translate(said) if isinstance(said, Message) else str(exc)


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
