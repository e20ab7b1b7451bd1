"""Flat exports: every statement as a CSV row with entity names beside ids, or JSON lines."""

from __future__ import annotations

import csv
import json
from typing import TextIO

from copytrace.registry import Registry

CSV_COLUMNS = [
    "id", "subject_id", "subject_name", "predicate", "qualifier", "object_id", "object_name", "value", "scope_id",
    "scope_name", "valid_from", "valid_to", "status", "origin", "confidence", "quote", "document_sha256", "page",
    "citation_title", "citation_publisher", "citation_url", "citation_date", "recorded_at", "recorded_by",
]


def write_csv(registry: Registry, out: TextIO) -> int:
    """Every statement, whatever its review status (the status column says), one row each."""
    found = registry.statements()
    labels = {e.id: e.name for e in registry.entities()}
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for s in found:
        ev, cite = s.evidence, s.citation
        writer.writerow([
            s.id, s.subject, labels.get(s.subject, ""), s.predicate, s.qualifier or "", s.object_id or "",
            labels.get(s.object_id or "", ""), s.value or "", s.scope or "", labels.get(s.scope or "", ""),
            s.valid_from or "", s.valid_to or "", s.status, s.origin, s.confidence, ev.quote if ev else "",
            ev.document_id if ev else "", (ev.page or "") if ev else "", cite.title if cite else "",
            (cite.publisher or "") if cite else "", (cite.url or "") if cite else "", (cite.date or "") if cite else "",
            s.recorded_at.isoformat() if s.recorded_at else "", s.recorded_by or "",
        ])
    return len(found)


def write_jsonl(registry: Registry, out: TextIO) -> int:
    """Entities, then statements, one JSON object per line with a "type" field."""
    count = 0
    for e in registry.entities():
        out.write(json.dumps({"type": "entity", "id": e.id, "kind": e.kind, "name": e.name}, ensure_ascii=False))
        out.write("\n")
        count += 1
    for s in registry.statements():
        out.write(json.dumps({"type": "statement", **s.to_dict()}, ensure_ascii=False))
        out.write("\n")
        count += 1
    return count
