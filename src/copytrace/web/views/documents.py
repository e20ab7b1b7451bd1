"""Documents: the list, one document with every extracted span highlighted, and upload for ingestion."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, UploadFile
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from copytrace.i18n import lazy_gettext
from copytrace.ingest.report import Outcome
from copytrace.present import present_statements
from copytrace.registry.users import User
from copytrace.web.auth import need, registry_of
from copytrace.web.config import WebConfig
from copytrace.web.errors import NotFound, TooLarge, Unsupported, WebError
from copytrace.web.evidence import segments
from copytrace.web.overview import newest_documents
from copytrace.web.pages import render, twin_get
from copytrace.web.uploads import Upload, Uploads, new_folder

router = APIRouter()
Viewer = Annotated[User, Depends(need("viewer"))]
Analyst = Annotated[User, Depends(need("analyst"))]
_SAFE_NAME = re.compile(r"[^\w.\-]+", re.UNICODE)
_CHUNK = 1 << 20
# Longest upload name kept, in UTF-8 bytes: file systems refuse names over 255.
MAX_NAME_BYTES = 200


def uploads_of(request: Request) -> Uploads:
    uploads: Uploads = request.app.state.uploads
    return uploads


@twin_get(router, "/documents", shared=True)
def documents_page(request: Request, user: Viewer) -> Response:
    return render(request, "documents.html", {"documents": newest_documents(registry_of(request), limit=200)})


@twin_get(router, "/document/{document_id}", shared=True)
def document_page(request: Request, document_id: str, user: Viewer) -> Response:
    """A document's text with every statement's span marked and linked to the statement."""
    registry = registry_of(request)
    record = registry.document(document_id)
    if record is None:
        raise NotFound(lazy_gettext("No document %(id)s.", id=repr(document_id)))
    found = registry.statements(document=document_id)
    shown = present_statements(registry, found)
    spans = [(s.id, s.evidence.start, s.evidence.end) for s in found if s.evidence is not None]
    data: dict[str, Any] = {
        "document": {"id": record.id, "source": record.source, "title": record.title, "author": record.author,
                     "publisher": record.publisher, "published": record.published, "language": record.language,
                     "media_type": record.media_type, "size": record.size, "retrieved_at": record.retrieved_at,
                     "previous_id": record.previous_id, "text": record.text},
        "segments": [seg.to_dict() for seg in segments(record.text, spans)],
        "statements": shown,
    }
    return render(request, "document.html", data)


@twin_get(router, "/upload")
def upload_form(request: Request, user: Analyst) -> Response:
    config: WebConfig = request.app.state.config
    return render(request, "upload.html", {"max_bytes": config.max_upload_bytes, "results": []})


def _save(upload: UploadFile, folder: Path, limit: int) -> Path:
    name = _SAFE_NAME.sub("_", Path(upload.filename or "upload").name).strip("._") or "upload"
    target = folder / name
    written = 0
    with target.open("wb") as out:
        while chunk := upload.file.read(_CHUNK):
            written += len(chunk)
            if written > limit:
                raise TooLarge(lazy_gettext("%(name)s: larger than the limit of %(limit)s bytes; nothing was stored.",
                                            name=upload.filename, limit=format(limit, ",")))
            out.write(chunk)
    return target


def _outcome(outcome: Outcome) -> dict[str, Any]:
    return {"source": Path(outcome.source).name, "status": outcome.status, "document_id": outcome.document_id,
            "language": outcome.language, "media_type": outcome.media_type, "reason": outcome.reason,
            "statements": outcome.statements,
            "url": f"/document/{outcome.document_id}" if outcome.document_id else None}


def _check(request: Request, files: list[UploadFile]) -> None:
    """Refuse, before anything is saved, an upload too large, without files, or with a bad name or type."""
    config: WebConfig = request.app.state.config
    declared = int(request.headers.get("content-length") or 0)
    if declared > config.max_upload_bytes * max(1, len(files)) + _CHUNK:
        raise TooLarge(lazy_gettext("The upload is larger than the limit of %(limit)s bytes per file.",
                                    limit=format(config.max_upload_bytes, ",")))
    if not files:
        raise WebError(lazy_gettext("Choose at least one file to upload."))
    for item in files:
        name = Path(item.filename or "upload").name
        if len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
            raise WebError(lazy_gettext("%(name)s…: the file name is longer than %(limit)s bytes; rename the file "
                                        "and upload it again.", name=name[:60], limit=MAX_NAME_BYTES))
        media = (item.content_type or "application/octet-stream").split(";")[0].strip()
        if media not in config.upload_types:
            raise Unsupported(lazy_gettext("%(name)s: files of type %(type)s cannot be ingested (accepted: text, "
                                           "HTML, Markdown, PDF, DOCX).", name=item.filename, type=media))


def _start(request: Request, files: list[UploadFile], user: User) -> Upload:
    """Save the files, each in a folder of its own, and start ingesting them (``web.uploads``).

    Blocking: this runs in the thread pool, off the event loop. Reading, converting and extracting
    run in an ingest worker process, within its memory and time limits, so a hostile upload holds
    neither this process's memory nor its GIL.
    """
    config: WebConfig = request.app.state.config
    # Removed with everything in it however this ends: here if the upload does not start (too large, an
    # error), else by the ingest thread once every file is stored or rejected.
    folder = new_folder()
    try:
        # A folder per file: two names that sanitize alike ("a b.txt", "a_b.txt") stay two files.
        paths: list[Path] = []
        for index, item in enumerate(files):
            (folder / str(index)).mkdir()
            paths.append(_save(item, folder / str(index), config.max_upload_bytes))
        names = [Path(item.filename or "upload").name for item in files]
        return uploads_of(request).start(user.username, names, paths, folder, config.max_upload_bytes)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


async def upload(request: Request, user: Analyst, files: list[UploadFile]) -> Response:
    """Ingest the uploaded files as the uploading user; answer once every file is stored or rejected."""
    config: WebConfig = request.app.state.config
    _check(request, files)
    started = await run_in_threadpool(_start, request, files, user)
    done = await run_in_threadpool(uploads_of(request).wait, started)
    data = {"max_bytes": config.max_upload_bytes, "upload": done.id, "results": [_outcome(o) for o in done.outcomes]}
    status = 200 if all(o.status != "rejected" for o in done.outcomes) else 422
    return render(request, "upload.html", data, status=status)


async def upload_start(request: Request, user: Analyst, files: list[UploadFile]) -> Response:
    """Start ingesting the uploaded files as the uploading user; answer at once (202) with where to follow it.

    ``status`` is the upload's JSON (``GET /uploads/{id}.json``): each file's state (queued,
    reading, extracting, stored, rejected), polled until ``done``.
    """
    _check(request, files)
    started = await run_in_threadpool(_start, request, files, user)
    body = {**started.to_dict(), "status": f"/uploads/{started.id}.json", "page": f"/uploads/{started.id}"}
    return JSONResponse(body, status_code=202)


@twin_get(router, "/uploads/{upload_id}")
def upload_status(request: Request, upload_id: str, user: Analyst) -> Response:
    """An upload's files and their states; the HTML page reloads itself until every file is done."""
    found = uploads_of(request).get(upload_id)
    if found is None or (found.owner != user.username and not user.may("admin")):
        raise NotFound(lazy_gettext("No upload %(id)s (an upload's progress is kept for an hour).",
                                    id=repr(upload_id)))
    return render(request, "upload_status.html", found.to_dict())


router.add_api_route("/upload.json", upload, methods=["POST"])
router.add_api_route("/upload", upload, methods=["POST"], include_in_schema=False)
router.add_api_route("/uploads", upload_start, methods=["POST"], status_code=202)
