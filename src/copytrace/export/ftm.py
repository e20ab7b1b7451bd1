"""followthemoney entities as JSON lines, written without the library (it is a large optional
install); the tests load the output with followthemoney to check it is valid.

Mapping: designs, products and facilities are Assets (facilities RealEstate); organizations are
Organizations, countries LegalEntities (FtM has no country entity, only country codes), people
People, licences Contracts, documents Documents. Every live entity-to-entity statement becomes an
UnknownLink whose role names the predicate, with dates, the quote as summary, the source document
as proof, and the citation's URL and publisher. FtM links run from a legal entity, so a statement
whose subject is an asset and object a legal entity is written the other way round (role "made by"
becomes "makes").
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from copytrace.model.statement import Statement
from copytrace.registry import Registry, queries

SCHEMA = {"design": "Asset", "product": "Asset", "facility": "RealEstate", "organization": "Organization",
          "country": "LegalEntity", "person": "Person", "licence": "Contract"}
LEGAL = {"organization", "country", "person"}
# The role of a link written from the legal entity back to the asset: "AG-7 made in country Romania" is
# "Romania country of manufacture of AG-7", and its description reads the same way round.
INVERSE = {"manufactured_by": "manufacturer of", "operated_by": "operator of", "rights_holder": "rights holder of",
           "licensor": "licensor of", "licensee": "licensee of", "designer": "designer of",
           "located_in": "location of", "made_in_country": "country of manufacture of", "exported_to": "importer of",
           "licensed_design": "licensed design of"}


def _id(value: str) -> str:
    return "ct-" + value


def _entity(schema: str, entity_id: str, properties: dict[str, list[str]]) -> dict[str, Any]:
    kept = {k: [x for x in v if x] for k, v in properties.items()}
    return {"id": _id(entity_id), "schema": schema, "properties": {k: v for k, v in kept.items() if v}}


def _link(s: Statement, kinds: dict[str, str], labels: dict[str, str]) -> dict[str, Any]:
    subject, obj = s.subject, s.object_id or ""
    role = s.predicate.replace("_", " ") + (f" ({s.qualifier.replace('_', ' ')})" if s.qualifier else "")
    if kinds.get(subject) not in LEGAL and kinds.get(obj) in LEGAL:
        subject, obj = obj, subject
        role = INVERSE.get(s.predicate, f"{role} (the other way round)")
    props: dict[str, list[str]] = {
        "subject": [_id(subject)], "object": [_id(obj)], "role": [role], "status": [s.status],
        "startDate": [s.valid_from] if s.valid_from else [], "endDate": [s.valid_to] if s.valid_to else [],
        "description": [f"{labels.get(subject, subject)} {role} {labels.get(obj, obj)}"],
    }
    if s.evidence is not None:
        props["summary"] = [s.evidence.quote]
        props["proof"] = [_id("doc-" + s.evidence.document_id)]
    if s.citation is not None:
        props["publisher"] = [s.citation.publisher] if s.citation.publisher else []
        props["sourceUrl"] = [s.citation.url] if s.citation.url else []
    return _entity("UnknownLink", "st-" + s.id, props)


def write_ftm(registry: Registry, out: TextIO) -> int:
    entities = registry.entities()
    kinds = {e.id: e.kind for e in entities}
    labels = {e.id: e.name for e in entities}
    live = registry.statements(status=registry.live_statuses)
    aliases: dict[str, list[str]] = {}
    for s in live:
        if s.predicate == "alias" and s.value:
            aliases.setdefault(s.subject, []).append(s.value)
    records: list[dict[str, Any]] = []
    for e in entities:
        schema = SCHEMA.get(e.kind)
        if schema is None:
            continue
        key = "title" if schema == "Contract" else "name"
        props = {key: [e.name], "alias": aliases.get(e.id, [])}
        if schema == "Contract":
            props["authority"] = [_id(s.object_id or "") for s in live
                                  if s.subject == e.id and s.predicate == "licensor"]
        records.append(_entity(schema, e.id, props))
    cited = {s.evidence.document_id for s in live if s.evidence}
    for row in queries.document_meta(registry, cited).values():  # in id order
        records.append(_entity("Document", "doc-" + row.id, {
            "contentHash": [row.id], "title": [row.title or row.source], "publisher": [row.publisher or ""],
            "sourceUrl": [row.source] if "://" in row.source else [], "fileName": [row.source.rsplit("/", 1)[-1]]}))
    records += [_link(s, kinds, labels) for s in live if s.object_id and s.predicate not in ("name", "alias")]
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")
    return len(records)
