"""Analysts propose statements: a form that writes one candidate statement, as the analyst.

The candidate waits in the review queue like an extracted one; only a reviewer can accept it.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import Response

from copytrace.errors import CopytraceError
from copytrace.i18n import lazy_gettext
from copytrace.present import present_statements
from copytrace.registry.users import User
from copytrace.web.auth import need, registry_of
from copytrace.web.errors import WebError, said
from copytrace.web.pages import render, twin_get
from copytrace.web.proposal import Proposal, ProposalError, build_statement

router = APIRouter()
Analyst = Annotated[User, Depends(need("analyst"))]
Text = Annotated[str, Form(max_length=2000)]


def _form_data(request: Request, values: dict[str, str]) -> dict[str, Any]:
    registry = registry_of(request)
    predicates = [{"name": name, "label": p.label, "takes_entity": p.takes_entity,
                   "qualifiers": sorted(p.qualifiers)} for name, p in sorted(registry.schema.predicates.items())]
    return {"predicates": predicates, "values": values, "proposed": None}


@twin_get(router, "/propose")
def propose_form(request: Request, user: Analyst, subject: Annotated[str, Query(max_length=200)] = "",
                 document_id: Annotated[str, Query(max_length=64)] = "") -> Response:
    """The form, optionally with the subject or the document filled in."""
    return render(request, "propose.html", _form_data(request, {"subject": subject, "document_id": document_id}))


def propose(request: Request, user: Analyst, subject: Text, predicate: Text, object: Text,
            qualifier: Text = "", scope: Text = "", valid_from: Text = "", valid_to: Text = "",
            citation_title: Text = "", citation_publisher: Text = "", citation_url: Text = "",
            citation_date: Text = "", document_id: Text = "", start: Text = "", end: Text = "",
            quote: Annotated[str, Form(max_length=20000)] = "", note: Text = "") -> Response:
    """Write one candidate statement, recorded by the calling analyst."""
    fields = {"subject": subject, "predicate": predicate, "object": object, "qualifier": qualifier,
              "scope": scope, "valid_from": valid_from, "valid_to": valid_to, "citation_title": citation_title,
              "citation_publisher": citation_publisher, "citation_url": citation_url,
              "citation_date": citation_date, "document_id": document_id, "start": start, "end": end,
              "quote": quote, "note": note}
    stripped = {k: v if k == "quote" else v.strip() for k, v in fields.items()}
    registry = registry_of(request)
    try:
        statement = build_statement(registry, Proposal(**stripped))
        added = registry.write([], [statement], actor=user.username)[1]
    except (ProposalError, CopytraceError) as exc:
        raise WebError(lazy_gettext("Nothing was stored: %(problem)s", problem=said(exc))) from None
    data = _form_data(request, {})
    data["proposed"] = present_statements(registry, [registry.statement(statement.id)])[0]
    data["new"] = bool(added)
    return render(request, "propose.html", data, status=201 if added else 200)


router.add_api_route("/propose.json", propose, methods=["POST"], status_code=201)
router.add_api_route("/propose", propose, methods=["POST"], include_in_schema=False)
