"""Reading the registry: dashboard, entity pages, lineage graphs, search, statements."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response

from copytrace.errors import CopytraceError, UnknownEntity
from copytrace.i18n import lazy_gettext
from copytrace.model.statement import Statement
from copytrace.present import (
    PAGE_KINDS,
    Labeller,
    entity_dict,
    entity_url,
    group_sources,
    lineage_graph,
    present_statements,
    search_results,
)
from copytrace.reason.lineage import lineage
from copytrace.reason.standing import standing
from copytrace.registry import Registry, queries
from copytrace.registry.registry import Entity
from copytrace.registry.users import User
from copytrace.web import overview
from copytrace.web.auth import need, reasoning_of, registry_of
from copytrace.web.errors import NotFound, said
from copytrace.web.graphlayout import layout
from copytrace.web.pages import is_htmx, read_only, render, twin_get, wants_json
from copytrace.web.reasoning import explain_entity, explain_respondent, explanation_cache

router = APIRouter()
Viewer = Annotated[User, Depends(need("viewer"))]
# An entity page lists at most this many statements; a country may have thousands.
STATEMENT_LIMIT = 500
# A lineage page draws at most this many links (a design copied in thousands of places has that many).
LINK_LIMIT = 300


def dashboard(request: Request, user: Viewer) -> Response:
    registry = registry_of(request)
    counts = registry.counts()
    snapshot, up_to_date = reasoning_of(request).snapshot(registry)
    claims = snapshot.strongest_unlicensed(registry)
    candidates = overview.newest_candidates(registry)
    labeller = Labeller(registry, candidates, extra=[i for c in claims
                                                     for i in (c.assessment.product, c.assessment.producer) if i])
    data = {
        "counts": counts,
        "statuses": {k.removeprefix("statements."): v for k, v in counts.items() if k.startswith("statements.")},
        "kinds": {k.removeprefix("entities."): v for k, v in counts.items() if k.startswith("entities.")},
        "candidates": [labeller.statement(s) for s in candidates],
        "documents": overview.newest_documents(registry),
        "claims": [{"subject": labeller.ref(c.assessment.product), "producer": labeller.ref(c.assessment.producer),
                    "status": c.assessment.status, "explicit": c.assessment.explicit,
                    "label": c.assessment.label, "basis": c.assessment.basis,
                    "strength": c.strength.score, "independent_sources": c.strength.independent_sources,
                    "gaps": c.strength.gaps} for c in claims],
        "up_to_date": up_to_date,
    }
    return render(request, "dashboard.html", data)


router.add_api_route("/index.json", read_only(dashboard), methods=["GET"])
router.add_api_route("/", read_only(dashboard), methods=["GET"], include_in_schema=False)


def _find(request: Request, ident: str, kind: str | None) -> Entity:
    registry = registry_of(request)
    entity = registry.entity(ident)
    if entity is None:
        try:
            entity = registry.resolve(ident, kind)
        except UnknownEntity as exc:
            raise NotFound(said(exc)) from None
    return entity


def _canonical(request: Request, entity: Entity, prefix: str) -> Response | None:
    """A redirect to the entity's own address when it was reached by a name or the wrong kind."""
    wanted = f"/{prefix}/{entity.id}" if prefix == "lineage" else entity_url(entity.kind, entity.id)
    if wants_json(request):
        wanted += ".json"
    return None if request.url.path == wanted else RedirectResponse(wanted, status_code=307)


def _involving(registry: Registry, entity: Entity) -> list[Statement]:
    """Live statements naming the entity: about it, then naming it as object or scope.

    Not ``statements(involving=...)``: its OR over subject, object and scope cannot use the
    indexes, which on a large registry turns every page into a table scan. Only organizations
    and countries can be a scope (schema), so only their pages pay for that unindexed column.
    """
    roles: tuple[queries.Role, ...] = ("subject", "object", "scope") if entity.kind in ("organization", "country") \
        else ("subject", "object")
    found = queries.statements_naming(registry, entity.id, roles, ("accepted", "candidate"), STATEMENT_LIMIT + 1)
    listed = found["subject"] + found["object"]
    if "scope" in found:
        seen = {s.id for s in listed}
        listed += [s for s in found["scope"] if s.id not in seen]
    return listed


def entity_page(request: Request, ident: str, user: Viewer) -> Response:
    kind = request.url.path.split("/")[1]
    entity = _find(request, ident, kind)
    redirect = _canonical(request, entity, entity.kind)
    if redirect is not None:
        return redirect
    registry = registry_of(request)
    # the page's data is the same for every reader until the next write: computed once per registry state
    data = explanation_cache(registry).get(registry, ("page", entity.id, entity.kind),
                                           lambda: _entity_data(registry, entity))
    return render(request, "entity.html", data)


def _entity_data(registry: Registry, entity: Entity) -> dict[str, Any]:
    found = _involving(registry, entity)
    shown = present_statements(registry, found[:STATEMENT_LIMIT])
    own = [s for s in shown if s["subject"]["id"] == entity.id]
    assessments = explain_entity(registry, entity.id, entity.kind)
    producing = explain_respondent(registry, entity.id, entity.kind)
    statements = [s for s in own if s["predicate"] not in ("name", "alias")]
    mentions = [s for s in shown if s["subject"]["id"] != entity.id]
    data: dict[str, Any] = {
        "entity": entity_dict(entity),
        "names": [{"name": n, "alias": a} for n, a in registry.names_of(entity.id)],
        "assessments": assessments,
        "producing": producing,
        "licence": [s for s in own if s["predicate"] == "licence_status"],
        "statements": statements,
        "mentions": mentions,
        # Each quote and citation once; steps and rows refer to it by number.
        "evidence": group_sources([*assessments, *(producing or {}).get("assessments", [])],
                                  [*statements, *mentions]),
        "truncated": len(found) > STATEMENT_LIMIT,
        "has_lineage": entity.kind in ("design", "product"),
        # Sanctions, owners and other names from imported records a reviewer linked to the entity.
        "standing": standing(registry, entity.id).to_dict() if entity.kind in ("organization", "person") else None,
    }
    return data


for _kind in PAGE_KINDS:
    twin_get(router, f"/{_kind}/{{ident}}", shared=True)(entity_page)


@twin_get(router, "/lineage/{ident}", shared=True)
def lineage_page(request: Request, ident: str, user: Viewer,
                 offset: Annotated[int, Query(ge=0)] = 0) -> Response:
    """The lineage graph: everything the entity derives from and everything derived from it,
    nearest first, LINK_LIMIT links a page (``?offset=N`` for the next)."""
    entity = _find(request, ident, None)
    redirect = _canonical(request, entity, "lineage")
    if redirect is not None:
        return redirect
    registry = registry_of(request)
    found = lineage(registry, entity.id, "ancestors") + lineage(registry, entity.id, "descendants")
    links = found[offset: offset + LINK_LIMIT]
    kinds = registry.kinds_of([n for link in links for n in (link.child, link.parent)])
    graph = lineage_graph(entity, links, kinds)
    paged = len(found) > LINK_LIMIT or offset > 0
    following = offset + LINK_LIMIT
    more = {"next": f"{request.url.path}?offset={following}" if following < len(found) else None} if paged else None
    data = {"entity": entity_dict(entity), "graph": graph, "layout": layout(graph), "offset": offset,
            "total": len(found), "more": more}
    # An entity page asks for the graph alone once it has loaded (htmx), so the page is not held up.
    return render(request, "lineage_graph.html" if is_htmx(request) else "lineage.html", data)


@twin_get(router, "/statement/{statement_id}", shared=True)
def statement_page(request: Request, statement_id: str, user: Viewer) -> Response:
    registry = registry_of(request)
    try:
        statement = registry.statement(statement_id)
    except CopytraceError:
        raise NotFound(lazy_gettext("No statement %(id)s.", id=repr(statement_id))) from None
    data = {"statement": present_statements(registry, [statement])[0],
            "history": registry.review_history(statement_id)}
    return render(request, "statement.html", data)


@twin_get(router, "/search", shared=True)
def search_page(request: Request, user: Viewer, q: Annotated[str, Query(max_length=200)] = "") -> Response:
    """Names, aliases and document text, in every script."""
    registry = registry_of(request)
    hits = registry.search(q.strip(), limit=50) if q.strip() else []
    return render(request, "search.html", {"q": q, "results": search_results(registry, hits)})
