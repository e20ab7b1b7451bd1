"""Alerts with each user's read state, and what changed between two knowledge times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from copytrace.errors import CopytraceError
from copytrace.i18n import lazy_gettext
from copytrace.registry import alerts as alert_store
from copytrace.registry.users import User
from copytrace.watch.changes import changes, moment
from copytrace.web.auth import need, registry_of
from copytrace.web.pages import render, twin_get

router = APIRouter()
Viewer = Annotated[User, Depends(need("viewer"))]
_SHOWN = 200


def _when(text: str | None, default: datetime) -> datetime:
    if not text:
        return default
    try:
        return moment(datetime.fromisoformat(text) if "T" in text else datetime.fromisoformat(text).date())
    except ValueError:
        raise CopytraceError(lazy_gettext("not a date (want YYYY-MM-DD or an ISO date-time): %(text)s",
                                          text=repr(text))) from None


@twin_get(router, "/alerts")
def alerts_page(request: Request, user: Viewer, since: str | None = None, unread: bool = False) -> Response:
    """The newest alerts, each with its rule, quotes, documents and whether this user has read it."""
    registry = registry_of(request)
    after = _when(since, datetime(1970, 1, 1, tzinfo=UTC)).isoformat(timespec="microseconds")
    found = alert_store.alert_list(registry, since=after, username=user.username, unread_only=unread, limit=_SHOWN)
    data: dict[str, Any] = {"alerts": [a.to_dict() for a in found],
                            "unread": alert_store.unread_count(registry, user.username), "since": since or ""}
    return render(request, "alerts.html", data)


@router.post("/alerts/read", include_in_schema=False)
async def mark_read(request: Request, user: Viewer, alert_id: Annotated[list[str] | None, Form()] = None,
                    every: Annotated[str, Form()] = "") -> Response:
    """Mark the given alerts (or, with ``every``, all of them) read for the calling user."""
    registry = registry_of(request)
    ids = list(alert_id or [])
    if every:
        ids = [a.id for a in await run_in_threadpool(alert_store.alert_list, registry)]
    await run_in_threadpool(alert_store.mark_read, registry, user.username, ids)
    return RedirectResponse("/alerts", status_code=303)


@twin_get(router, "/changes")
def changes_page(request: Request, user: Viewer, since: str | None = None, until: str | None = None) -> Response:
    """What the registry learned between two knowledge times (default: the last seven days)."""
    start = _when(since, datetime.now(UTC) - timedelta(days=7))
    end = _when(until, datetime.now(UTC))
    found = changes(registry_of(request), start, end)
    return render(request, "changes.html", found.to_dict())
