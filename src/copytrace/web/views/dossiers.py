"""Dossier download: the report library builds and renders; this view only names and sends the file."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from copytrace import i18n
from copytrace.errors import CopytraceError, UnknownEntity
from copytrace.i18n import lazy_gettext
from copytrace.registry.users import User
from copytrace.report import RENDERERS, build_dossier, render
from copytrace.web.auth import need, registry_of
from copytrace.web.errors import NotFound, WebError, said
from copytrace.web.pages import page_language

router = APIRouter()
Viewer = Annotated[User, Depends(need("viewer"))]
MEDIA_TYPES = {
    "html": "text/html; charset=utf-8", "json": "application/json", "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def _dossier(request: Request, respondent: str, fmt: str) -> tuple[str, bytes]:
    registry = registry_of(request)
    try:
        # One snapshot: statuses, quotes and exhibits from the same registry state.
        with registry.reading():
            entity = registry.resolve(respondent)
            dossier = build_dossier(registry, entity.id)
        # In the page's language, as a command's dossier is in the command line's (JSON stays English).
        with i18n.use_language(page_language(request)):
            return entity.id, render(dossier, fmt)
    except UnknownEntity as exc:
        raise NotFound(said(exc)) from None
    except CopytraceError as exc:
        raise WebError(said(exc)) from None


@router.get("/dossier/{respondent}/{fmt}", summary="Download a respondent's claim dossier")
async def download_dossier(request: Request, respondent: str, fmt: str, user: Viewer) -> Response:
    if fmt not in RENDERERS:
        raise NotFound(lazy_gettext("No dossier format '%(format)s' (known: %(known)s).", format=fmt,
                                    known=", ".join(RENDERERS)))
    # Building the dossier reasons over the registry and may render a PDF: off the event loop.
    entity_id, body = await run_in_threadpool(_dossier, request, respondent, fmt)
    slug = re.sub(r"[^a-z0-9]+", "-", entity_id.lower()).strip("-") or "respondent"
    disposition = "inline" if fmt == "html" else "attachment"
    return Response(body, media_type=MEDIA_TYPES.get(fmt, "application/octet-stream"),
                    headers={"content-disposition": f'{disposition}; filename="dossier-{slug}.{fmt}"',
                             "vary": "Accept-Language, Cookie"})
