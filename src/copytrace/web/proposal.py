"""An analyst's proposal as a candidate statement: names resolved, evidence checked against its source.

The form speaks in names ("AIM", "Romania") and a document span or a citation; the registry wants
entity ids and evidence whose quote is exactly the document's text at its offsets. Everything is
checked here and by ``Registry.write`` before anything is stored.
"""

from __future__ import annotations

from dataclasses import dataclass

from copytrace.errors import InvalidStatement, UnknownEntity
from copytrace.i18n import lazy_gettext, lazy_ngettext
from copytrace.model.statement import Citation, Evidence, Statement
from copytrace.registry import Registry
from copytrace.web.errors import said


class ProposalError(ValueError):
    """The proposal cannot become a statement; the message says which field to fix."""


@dataclass(frozen=True, slots=True)
class Proposal:
    """The form's fields, as typed (blank strings for fields left empty)."""

    subject: str
    predicate: str
    object: str
    qualifier: str = ""
    scope: str = ""
    valid_from: str = ""
    valid_to: str = ""
    citation_title: str = ""
    citation_publisher: str = ""
    citation_url: str = ""
    citation_date: str = ""
    document_id: str = ""
    start: str = ""
    end: str = ""
    quote: str = ""
    note: str = ""


def _entity(registry: Registry, name: str, field: str, kinds: frozenset[str]) -> str:
    found = registry.entity(name)
    if found is not None:
        return found.id
    try:
        # One kind narrows the look-up; several are checked by the schema when the statement is.
        return registry.resolve(name, next(iter(kinds)) if len(kinds) == 1 else None).id
    except UnknownEntity as exc:
        raise ProposalError(lazy_gettext("%(field)s: %(problem)s", field=field, problem=said(exc))) from None


def _offset(text: str, field: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise ProposalError(lazy_gettext("%(field)s: a character offset (a whole number), not %(text)s.",
                                         field=field, text=repr(text))) from None


def _evidence(registry: Registry, p: Proposal) -> Evidence:
    record = registry.document(p.document_id)
    if record is None:
        raise ProposalError(lazy_gettext("document: no stored document %(id)s.", id=repr(p.document_id)))
    if p.start or p.end:
        start, end = _offset(p.start, "start"), _offset(p.end, "end")
        if not 0 <= start < end <= len(record.text):
            raise ProposalError(lazy_ngettext("start/end: the span must lie within the document's %(num)d character.",
                                              "start/end: the span must lie within the document's %(num)d characters.",
                                              len(record.text)))
        quote = record.text[start:end]
        if p.quote and p.quote != quote:
            raise ProposalError(lazy_gettext("quote: the document reads %(found)s at %(start)s..%(end)s, not "
                                             "%(quote)s.", found=repr(quote), start=start, end=end,
                                             quote=repr(p.quote)))
        return Evidence(record.id, start, end, quote)
    if not p.quote:
        raise ProposalError(lazy_gettext("quote: give the quote, or its start and end offsets in the document."))
    start = record.text.find(p.quote)
    if start < 0:
        raise ProposalError(lazy_gettext("quote: not found verbatim in the document's text."))
    if record.text.find(p.quote, start + 1) >= 0:
        raise ProposalError(lazy_gettext("quote: found more than once in the document; give its start and end "
                                         "offsets."))
    return Evidence(record.id, start, start + len(p.quote), p.quote)


def build_statement(registry: Registry, p: Proposal) -> Statement:
    """The candidate statement the proposal describes, or a ProposalError naming the field to fix."""
    if p.predicate not in registry.schema.predicates:
        raise ProposalError(lazy_gettext("predicate: unknown predicate %(name)s.", name=repr(p.predicate)))
    predicate = registry.schema.predicate(p.predicate)
    if not p.subject or not p.object:
        raise ProposalError(lazy_gettext("subject and object are required."))
    subject = _entity(registry, p.subject, "subject", predicate.subject)
    object_id = _entity(registry, p.object, "object", predicate.object) if predicate.takes_entity else None
    scope = _entity(registry, p.scope, "scope", predicate.scope) if p.scope else None
    if p.document_id and p.citation_title:
        raise ProposalError(lazy_gettext("evidence: give a document span or a citation, not both."))
    evidence = _evidence(registry, p) if p.document_id else None
    citation = (Citation(p.citation_title, p.citation_publisher or None, p.citation_url or None,
                         p.citation_date or None) if p.citation_title else None)
    if evidence is None and citation is None:
        raise ProposalError(lazy_gettext("evidence: every statement needs a document span or a citation (at least "
                                         "a title)."))
    try:
        return Statement(subject, p.predicate, object_id=object_id, value=None if object_id else p.object,
                         qualifier=p.qualifier or None, scope=scope, valid_from=p.valid_from or None,
                         valid_to=p.valid_to or None, evidence=evidence, citation=citation, origin="curated",
                         note=p.note or None, status="candidate")
    except InvalidStatement as exc:
        raise ProposalError(said(exc)) from None
