"""The web application's settings, declared once with defaults and COPYTRACE_WEB_* variables."""

from __future__ import annotations

import os
from dataclasses import dataclass

# Also set by ``serve --workers``, for the processes it starts.
SHARED_CACHE_ENV = "COPYTRACE_WEB_SHARED_CACHE"


def _int(env: str, default: int) -> int:
    value = os.environ.get(env)
    return int(value) if value else default


@dataclass(frozen=True, slots=True)
class WebConfig:
    """How the server behaves; ``from_env`` reads the COPYTRACE_WEB_* variables."""

    # Largest upload accepted, in bytes; matches the ingest default so the web refuses no less.
    max_upload_bytes: int = 50 * 1024 * 1024
    # Media types an upload may declare; anything else is refused before ingestion.
    upload_types: tuple[str, ...] = (
        "text/plain", "text/html", "text/markdown", "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.oasis.opendocument.text", "application/epub+zip",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/octet-stream",
    )
    session_hours: int = 12
    # Set when served over HTTPS (behind a proxy); plain-HTTP loopback use needs it off.
    secure_cookies: bool = False
    # Failed logins allowed per user name and client within the window before refusing.
    login_attempts: int = 5
    login_window_s: int = 300
    # Threads per server process running page views; None: 2 on SQLite, 4 on PostgreSQL. Page
    # work holds Python's GIL and every query releases and retakes it, so many threads in one
    # process queue on the GIL instead of running in parallel; more processes (``serve
    # --workers``) is how to use more cores. PostgreSQL gains from a few more, to cover the time
    # its queries spend on the network.
    threads: int | None = None
    # Bytes of rendered read pages each server process keeps until the next write (web.pagecache);
    # 0 turns the page cache off.
    page_cache_bytes: int = 64 * 1024 * 1024
    # A folder where the processes of one server share the pages they render (web.sharedpages), so
    # a page is rendered once per registry state, not once per process; None: none, each process
    # renders its own. ``serve --workers N`` makes a temporary one when this is not set. Several
    # servers on one machine may share one; it must be on a local disk and writable by the server alone.
    shared_cache: str | None = None
    # Bytes of pages that folder holds at most (the least recently stored go first).
    shared_cache_bytes: int = 256 * 1024 * 1024

    @classmethod
    def from_env(cls) -> WebConfig:
        default = cls()
        return cls(
            max_upload_bytes=_int("COPYTRACE_WEB_MAX_UPLOAD", default.max_upload_bytes),
            session_hours=_int("COPYTRACE_WEB_SESSION_HOURS", default.session_hours),
            secure_cookies=os.environ.get("COPYTRACE_WEB_SECURE_COOKIES", "") in ("1", "true", "yes"),
            login_attempts=_int("COPYTRACE_WEB_LOGIN_ATTEMPTS", default.login_attempts),
            login_window_s=_int("COPYTRACE_WEB_LOGIN_WINDOW", default.login_window_s),
            threads=_int("COPYTRACE_WEB_THREADS", 0) or None,
            shared_cache=os.environ.get(SHARED_CACHE_ENV) or None,
            shared_cache_bytes=_int("COPYTRACE_WEB_SHARED_CACHE_BYTES", default.shared_cache_bytes),
        )
