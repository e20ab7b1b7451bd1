"""The API documentation: Swagger UI from the vendored assets, so it works under the CSP and offline.

FastAPI's own docs page loads Swagger UI from a CDN and starts it with an inline script; the
Content-Security-Policy forbids both. This page loads the vendored bundle and ``api-docs.js``.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from copytrace.web.auth import caller_of
from copytrace.web.pages import render

router = APIRouter()
OPENAPI_URL = "/api/openapi.json"


@router.get("/api/docs", include_in_schema=False)
async def api_docs(request: Request) -> Response:
    """Open to everyone, like the OpenAPI document; a logged-in caller sees the usual header."""
    await caller_of(request)
    return render(request, "api_docs.html", {"openapi_url": OPENAPI_URL})
