"""The review queue: one candidate at a time, its quote in context, accept / reject / edit with a reason.

Each decision carries the version the reviewer saw; if someone decided first, the registry raises
ConflictError and the reviewer gets a conflict page instead of silently overwriting them.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import RedirectResponse, Response

from copytrace.errors import ConflictError, CopytraceError, InvalidStatement, UnknownEntity
from copytrace.i18n import N_, Word, lazy_gettext
from copytrace.model.statement import Statement, Status
from copytrace.present import Labeller, present_statements
from copytrace.reason.contradictions import contradictions
from copytrace.registry import Registry
from copytrace.registry.users import User
from copytrace.web import overview
from copytrace.web.auth import need, registry_of
from copytrace.web.errors import Conflict, NotFound, WebError, said
from copytrace.web.evidence import quote_context
from copytrace.web.pages import is_htmx, render, twin_get, wants_json

router = APIRouter()
Viewer = Annotated[User, Depends(need("viewer"))]
Reviewer = Annotated[User, Depends(need("reviewer"))]

# Each label is shown in the page's language (marked N_; the JSON twin keeps English).
REASON_CODES: dict[str, str] = {
    "supported": N_("the quote supports the statement"),
    "not-supported": N_("the quote does not say this"),
    "wrong-entity": N_("wrong product, producer or country"),
    "wrong-date": N_("wrong date or period"),
    "duplicate": N_("duplicate of another statement"),
    "unreliable": N_("unreliable source"),
    "other": N_("other (see comment)"),
}
DECISIONS: dict[str, Status] = {"accept": "accepted", "reject": "rejected"}


def _queue_data(registry: Registry, skip: int) -> dict[str, Any]:
    candidate, waiting = overview.candidate_queue(registry, skip)
    shown = present_statements(registry, [candidate])[0] if candidate else None
    context = quote_context(registry, candidate) if candidate else None
    return {"candidate": shown, "context": context, "waiting": waiting, "skip": skip,
            "next_skip": skip + 1 if skip + 1 < waiting else 0, "reason_codes": REASON_CODES}


@twin_get(router, "/review")
def review_queue(request: Request, user: Viewer, skip: Annotated[int, Query(ge=0)] = 0) -> Response:
    template = "review_card.html" if is_htmx(request) else "review.html"
    return render(request, template, _queue_data(registry_of(request), skip))


def _reason(code: str, comment: str) -> str:
    if code not in REASON_CODES:
        raise WebError(lazy_gettext("Unknown reason code %(code)s; choose one of: %(codes)s.", code=repr(code),
                                    codes=", ".join(REASON_CODES)))
    comment = comment.strip()
    if code == "other" and not comment:
        raise WebError(lazy_gettext("Say why in the comment when the reason is 'other'."))
    return f"{code}: {comment}" if comment else code


def _after_decision(request: Request, decided: Statement, skip: int) -> Response:
    if wants_json(request):
        return render(request, "statement.html", {"statement": present_statements(registry_of(request), [decided])[0],
                                                  "history": []})
    if is_htmx(request):
        data = _queue_data(registry_of(request), skip)
        data["flash"] = lazy_gettext("Marked %(status)s.", status=Word(decided.status))
        return render(request, "review_card.html", data)
    return RedirectResponse(f"/review?skip={skip}", status_code=303)


def _conflict(exc: ConflictError) -> Conflict:
    return Conflict(lazy_gettext("%(problem)s. Nothing you sent was saved.", problem=said(exc)))


def decide(request: Request, statement_id: str, user: Reviewer,
           decision: Annotated[str, Form()], reason_code: Annotated[str, Form()],
           version: Annotated[int, Form()], comment: Annotated[str, Form(max_length=2000)] = "",
           skip: Annotated[int, Form(ge=0)] = 0) -> Response:
    """Accept or reject a candidate, if it is still at the version the reviewer saw."""
    if decision not in DECISIONS:
        raise WebError(lazy_gettext("Unknown decision %(decision)s: accept or reject.", decision=repr(decision)))
    registry = registry_of(request)
    try:
        decided = registry.review(statement_id, DECISIONS[decision], reviewer=user.username,
                                  reason=_reason(reason_code, comment), expected_version=version)
    except ConflictError as exc:
        raise _conflict(exc) from None
    return _after_decision(request, decided, skip)


router.add_api_route("/review/{statement_id}.json", decide, methods=["POST"])
router.add_api_route("/review/{statement_id}", decide, methods=["POST"], include_in_schema=False)


def edit(request: Request, statement_id: str, user: Reviewer,
         version: Annotated[int, Form()], reason_code: Annotated[str, Form()],
         comment: Annotated[str, Form(max_length=2000)] = "", object_name: Annotated[str, Form()] = "",
         valid_from: Annotated[str, Form()] = "", valid_to: Annotated[str, Form()] = "",
         skip: Annotated[int, Form(ge=0)] = 0) -> Response:
    """Replace a statement by a corrected one: the old is superseded, the new is accepted."""
    registry = registry_of(request)
    try:
        old = registry.statement(statement_id)
    except CopytraceError:
        raise NotFound(lazy_gettext("No statement %(id)s.", id=repr(statement_id))) from None
    changes: dict[str, Any] = {"valid_from": valid_from.strip() or None, "valid_to": valid_to.strip() or None,
                               "status": "accepted", "version": 0, "recorded_at": None, "recorded_by": None}
    try:
        if object_name.strip():
            if registry.schema.predicate(old.predicate).takes_entity:
                changes["object_id"] = registry.resolve(object_name.strip()).id
            else:
                changes["value"] = object_name.strip()
        replacement = old.with_changes(**changes)
        if replacement.id == old.id:
            raise WebError(lazy_gettext("The edit changes nothing; accept the statement instead."))
        decided = registry.edit(statement_id, replacement, reviewer=user.username,
                                reason=_reason(reason_code, comment), expected_version=version)
    except ConflictError as exc:
        raise _conflict(exc) from None
    except (UnknownEntity, InvalidStatement) as exc:  # what the reviewer typed: say so on the form
        raise WebError(said(exc)) from None
    return _after_decision(request, decided, skip)


router.add_api_route("/review/{statement_id}/edit.json", edit, methods=["POST"])
router.add_api_route("/review/{statement_id}/edit", edit, methods=["POST"], include_in_schema=False)


@twin_get(router, "/contradictions", shared=True)
def contradictions_page(request: Request, user: Viewer) -> Response:
    """Live statements that cannot all be true, grouped, for a reviewer to settle."""
    registry = registry_of(request)
    groups = contradictions(registry)
    labeller = Labeller(registry, [s for g in groups for s in g.statements])
    data = {"groups": [{"subject": labeller.ref(g.subject), "predicate": g.predicate,
                        "scope": labeller.ref(g.scope), "statements": [labeller.statement(s) for s in g.statements]}
                       for g in groups]}
    return render(request, "contradictions.html", data)
