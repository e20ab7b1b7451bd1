"""Turning statements into table rows and back."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Row

from copytrace.model.dates import range_end, range_start
from copytrace.model.statement import Citation, Evidence, Statement


def _time(value: datetime | None) -> str | None:
    return value.isoformat(timespec="microseconds") if value else None


def statement_row(statement: Statement) -> dict[str, Any]:
    evidence = statement.evidence
    citation = statement.citation
    return {
        "id": statement.id,
        "subject_id": statement.subject,
        "predicate": statement.predicate,
        "object_id": statement.object_id,
        "value": statement.value,
        "qualifier": statement.qualifier,
        "scope_id": statement.scope,
        "valid_from": statement.valid_from,
        "valid_to": statement.valid_to,
        "valid_start": range_start(statement.valid_from),
        "valid_end": range_end(statement.valid_to),
        "document_id": evidence.document_id if evidence else None,
        "span_start": evidence.start if evidence else None,
        "span_end": evidence.end if evidence else None,
        "quote": evidence.quote if evidence else None,
        "page": evidence.page if evidence else None,
        "citation_title": citation.title if citation else None,
        "citation_publisher": citation.publisher if citation else None,
        "citation_url": citation.url if citation else None,
        "citation_date": citation.date if citation else None,
        "origin": statement.origin,
        "confidence": statement.confidence,
        "note": statement.note,
        "status": statement.status,
        "recorded_at": _time(statement.recorded_at),
        "recorded_by": statement.recorded_by,
        "reviewed_by": statement.reviewed_by,
        "reviewed_at": _time(statement.reviewed_at),
        "review_reason": statement.review_reason,
        "supersedes": statement.supersedes,
        "version": statement.version,
    }


def row_statement(row: Row[Any]) -> Statement:
    m = row._mapping
    evidence = (
        Evidence(m["document_id"], m["span_start"], m["span_end"], m["quote"], m["page"])
        if m["document_id"] is not None
        else None
    )
    citation = (
        Citation(m["citation_title"], m["citation_publisher"], m["citation_url"], m["citation_date"])
        if m["citation_title"] is not None
        else None
    )
    return Statement.stored(
        m["id"],
        subject=m["subject_id"],
        predicate=m["predicate"],
        object_id=m["object_id"],
        value=m["value"],
        qualifier=m["qualifier"],
        scope=m["scope_id"],
        valid_from=m["valid_from"],
        valid_to=m["valid_to"],
        evidence=evidence,
        citation=citation,
        origin=m["origin"],
        confidence=m["confidence"],
        note=m["note"],
        status=m["status"],
        recorded_at=datetime.fromisoformat(m["recorded_at"]),
        recorded_by=m["recorded_by"],
        reviewed_by=m["reviewed_by"],
        reviewed_at=datetime.fromisoformat(m["reviewed_at"]) if m["reviewed_at"] else None,
        review_reason=m["review_reason"],
        supersedes=m["supersedes"],
        version=m["version"],
    )
