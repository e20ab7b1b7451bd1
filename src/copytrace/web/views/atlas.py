"""The proliferation map and the timeline of introductions."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from copytrace.present import Labeller
from copytrace.registry.users import User
from copytrace.web import overview
from copytrace.web.auth import need, reasoning_of, registry_of
from copytrace.web.pages import render, twin_get
from copytrace.web.worldmap import proliferation

router = APIRouter()
Viewer = Annotated[User, Depends(need("viewer"))]


@twin_get(router, "/map")
def map_page(request: Request, user: Viewer) -> Response:
    """A world map, countries shaded by the licence status of what is made there."""
    registry = registry_of(request)
    snapshot, up_to_date = reasoning_of(request).snapshot(registry)
    data = proliferation(registry, snapshot.reasoner, snapshot.assessments())
    return render(request, "map.html", {**data, "up_to_date": up_to_date})


@twin_get(router, "/timeline", shared=True)
def timeline_page(request: Request, user: Viewer) -> Response:
    """Designs and products by the year they were introduced."""
    registry = registry_of(request)
    by_year = overview.introductions(registry)
    labeller = Labeller(registry, [s for found in by_year.values() for s in found])
    years = [{"year": year, "entries": [{"entity": labeller.ref(s.subject), "statement": s.id} for s in found]}
             for year, found in by_year.items()]
    span = (int(min(by_year)), int(max(by_year))) if by_year else None
    return render(request, "timeline.html", {"years": years, "span": span})
