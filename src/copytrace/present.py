"""Statements and entities as plain dicts: what the templates show and the JSON twins return.

One shape for both, so the HTML and the JSON of a page never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from copytrace.model.statement import Statement
from copytrace.registry import Registry
from copytrace.registry.registry import Entity

if TYPE_CHECKING:
    from copytrace.reason.explain import Explained
    from copytrace.reason.licence import Assessment, Reasoner
    from copytrace.reason.lineage import Link

# Kinds with a page of their own at /{kind}/{id}.
PAGE_KINDS: tuple[str, ...] = ("design", "product", "organization", "facility", "country", "person", "licence")


def entity_url(kind: str, entity_id: str) -> str:
    return f"/{kind}/{entity_id}"


def entity_ref(entity_id: str | None, labels: dict[str, str], kinds: dict[str, str]) -> dict[str, Any] | None:
    if entity_id is None:
        return None
    kind = kinds.get(entity_id, "")
    return {"id": entity_id, "name": labels.get(entity_id, entity_id), "kind": kind,
            "url": entity_url(kind, entity_id) if kind in PAGE_KINDS else None}


def entity_dict(entity: Entity) -> dict[str, Any]:
    return {"id": entity.id, "kind": entity.kind, "name": entity.name, "url": entity_url(entity.kind, entity.id)}


class Labeller:
    """Names and kinds of the entities some statements mention, fetched in one round."""

    def __init__(self, registry: Registry, statements: Iterable[Statement], extra: Iterable[str] = ()) -> None:
        ids: set[str] = set(extra)
        for s in statements:
            ids.add(s.subject)
            ids.update(i for i in (s.object_id, s.scope) if i)
        named = registry.entities_by_id(ids)
        self.labels = {i: e.name for i, e in named.items()}
        self.kinds = {i: e.kind for i, e in named.items()}
        self.predicate_labels = {name: p.label for name, p in registry.schema.predicates.items()}

    def ref(self, entity_id: str | None) -> dict[str, Any] | None:
        return entity_ref(entity_id, self.labels, self.kinds)

    def statement(self, s: Statement) -> dict[str, Any]:
        evidence = None
        if s.evidence is not None:
            e = s.evidence
            evidence = {"document_id": e.document_id, "url": f"/document/{e.document_id}#s-{s.id}",
                        "start": e.start, "end": e.end, "quote": e.quote, "page": e.page}
        citation = None
        if s.citation is not None:
            c = s.citation
            citation = {"title": c.title, "publisher": c.publisher, "url": c.url, "date": c.date}
        return {
            "id": s.id,
            "subject": self.ref(s.subject),
            "predicate": s.predicate,
            "predicate_label": self.predicate_labels.get(s.predicate, s.predicate),
            "qualifier": s.qualifier,
            "object": self.ref(s.object_id),
            "value": s.value,
            "scope": self.ref(s.scope),
            "valid_from": s.valid_from,
            "valid_to": s.valid_to,
            "evidence": evidence,
            "citation": citation,
            "origin": s.origin,
            "confidence": s.confidence,
            "note": s.note,
            "status": s.status,
            "version": s.version,
            "recorded_at": s.recorded_at.isoformat() if s.recorded_at else None,
            "recorded_by": s.recorded_by,
            "reviewed_by": s.reviewed_by,
            "reviewed_at": s.reviewed_at.isoformat() if s.reviewed_at else None,
            "review_reason": s.review_reason,
            "supersedes": s.supersedes,
        }


def search_results(registry: Registry, hits: Sequence[Any]) -> list[dict[str, Any]]:
    """Search hits as the search page and ``search --json`` show them: each with its kind and page."""
    kinds = registry.kinds_of(h.ref_id for h in hits if h.ref_type == "entity")
    results = []
    for h in hits:
        kind = kinds.get(h.ref_id, "") if h.ref_type == "entity" else "document"
        url = f"/document/{h.ref_id}" if h.ref_type == "document" else (
            entity_url(kind, h.ref_id) if kind in PAGE_KINDS else None)
        results.append({"type": h.ref_type, "id": h.ref_id, "kind": kind, "field": h.field, "label": h.label,
                        "snippet": h.snippet, "url": url})
    return results


def lineage_graph(entity: Entity, links: Iterable[Link], kinds: dict[str, str]) -> dict[str, Any]:
    """The lineage around an entity as nodes and edges, each node once (the /lineage/ID.json shape)."""
    nodes = {entity.id: {"id": entity.id, "name": entity.name, "kind": entity.kind, "root": True,
                         "url": entity_url(entity.kind, entity.id)}}
    edges = []
    for link in links:
        for node, name in ((link.child, link.child_name), (link.parent, link.parent_name)):
            kind = kinds.get(node, "")
            nodes.setdefault(node, {"id": node, "name": name, "kind": kind, "root": False,
                                    "url": entity_url(kind, node)})
        edges.append({"id": link.statement_id, "source": link.child, "target": link.parent, "kind": link.kind,
                      "status": link.status, "depth": link.depth, "url": f"/statement/{link.statement_id}"})
    return {"root": entity.id, "nodes": list(nodes.values()), "edges": edges}


def present_statements(registry: Registry, found: Sequence[Statement]) -> list[dict[str, Any]]:
    """Statements as pages show them, each quote with its stored machine translation, if any."""
    # imported here: the CLI loads this module for its JSON, and starts faster without them
    from copytrace import settings
    from copytrace.registry import queries
    from copytrace.translate.quotes import Quote, attach

    labeller = Labeller(registry, found)
    shown = [labeller.statement(s) for s in found]
    quoted = [s for s in found if s.evidence is not None]
    if quoted:
        # Each quote's language is its document's (what sources_for gives, without building the sources).
        docs = queries.document_meta(registry, (s.evidence.document_id for s in quoted if s.evidence is not None))
        languages = {s.id: meta.language if (meta := docs.get(s.evidence.document_id)) else None
                     for s in quoted if s.evidence is not None}
        target = settings.TRANSLATE_TARGET.get()
        attached = attach(registry, [Quote(s.id, s.evidence.quote, languages.get(s.id) or "")
                                     for s in quoted if s.evidence is not None], target)
        for item in shown:
            found_translation = attached.translations.get(item["id"])
            if item["evidence"] is not None:
                item["evidence"]["translation"] = found_translation.to_dict() if found_translation else None
    return shown


def assessments_of(r: Reasoner, entity_id: str, kind: str) -> list[Assessment]:
    """The licence assessments an entity page shows: a product's (per producer), a made design's."""
    if kind not in ("product", "design"):
        return []
    producers = r.producers(entity_id)
    if kind == "product":
        return [r.assess(entity_id, p) for p in producers] if producers else [r.assess(entity_id, None)]
    return [r.assess(entity_id, p) for p in producers]


def present_explained(item: Explained) -> dict[str, Any]:
    """An explanation as the page and its JSON twin show it: each step with its sources inline."""
    data = item.to_dict()
    a = item.assessment
    data["product"] = entity_ref(a.product, item.labels, item.kinds)
    data["producer"] = entity_ref(a.producer, item.labels, item.kinds)

    def source(sid: str) -> dict[str, Any]:
        found = item.sources.get(sid)
        out: dict[str, Any] = found.to_dict() if found else {"statement_id": sid}
        out["url"] = f"/statement/{sid}"
        if found is not None and found.kind == "document" and found.sha256:
            out["document_url"] = f"/document/{found.sha256}#s-{sid}"
        return out

    for key, steps in (("explanation", a.steps), ("pending_evidence", a.pending)):
        for shown, step in zip(data[key], steps, strict=True):
            shown["sources"] = [source(sid) for sid in step.statements]
    return data


def entity_assessments(registry: Registry, entity_id: str, kind: str) -> list[dict[str, Any]]:
    """The licence status of a product or design, per producer, explained: the entity page's
    ``assessments`` and ``copytrace show --json``'s (from the entity's own facts, as the registry stands)."""
    if kind not in ("product", "design"):
        return []
    # imported here: reasoning is not needed for the other kinds, nor by `show` without --json
    from copytrace.reason.explain import explain_all
    from copytrace.reason.local import reasoner_for

    found = assessments_of(reasoner_for(registry, entity_id), entity_id, kind)
    if not found:
        return []
    return [present_explained(e) for e in explain_all(registry, found)]


def group_sources(assessments: Iterable[dict[str, Any]], statements: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Every source an entity page cites, once: its steps and statement rows point here by number.

    One statement backs many steps (each assessment per producer repeats it), and one sentence of a
    document often backs several statements; listed inline, the same quote filled screens. A group
    is one distinct quote (by its words) or one citation (title and address), with the documents,
    places and statements it stands behind. ``refs`` maps each statement id to its group's number.
    """
    groups: dict[tuple[str, ...], dict[str, Any]] = {}
    # What each group lists already (document addresses, places, statement ids): one citation may
    # back every statement of a page, and searching its lists for each made a page quadratic.
    listed: dict[tuple[str, ...], tuple[set[str], set[tuple[str, int | None]], set[str]]] = {}
    refs: dict[str, int] = {}

    def add(sid: str, key: tuple[str, ...], shown: dict[str, Any], status: str | None,
            document: dict[str, Any] | None, place: tuple[str, int | None] | None) -> None:
        group = groups.get(key)
        if group is None:
            group = groups[key] = {"n": len(groups) + 1, **shown, "documents": [], "places": [], "statements": []}
            listed[key] = (set(), set(), set())
        for name, value in shown.items():  # a later mention may know more (a quote's translation)
            if group.get(name) is None:
                group[name] = value
        urls, places, sids = listed[key]
        if document is not None and document["url"] not in urls:
            urls.add(document["url"])
            group["documents"].append(document)
        if place is not None and place not in places:
            places.add(place)
            group["places"].append(list(place))
        if sid not in sids:
            sids.add(sid)
            group["statements"].append({"id": sid, "url": f"/statement/{sid}", "status": status})
        refs.setdefault(sid, group["n"])

    for a in assessments:
        for step in [*a.get("explanation", []), *a.get("pending_evidence", [])]:
            for src in step.get("sources", []):
                sid = src["statement_id"]
                if src.get("kind") == "document" and src.get("quote"):
                    doc_id = src.get("sha256") or ""
                    add(sid, ("quote", _words(src["quote"])), {"kind": "quote", "quote": src["quote"]},
                        src.get("status"), {"url": f"/document/{doc_id}", "title": src.get("title") or
                                            f"document {doc_id[:12]}", "language": src.get("language")},
                        (doc_id, src.get("start")))
                elif src.get("kind") == "citation":
                    add(sid, ("citation", src.get("title") or "", src.get("location") or ""),
                        {"kind": "citation", "title": src.get("title"), "publisher": src.get("publisher"),
                         "date": src.get("date"), "location": src.get("location")}, src.get("status"), None, None)
    for s in statements:
        evidence, citation = s.get("evidence"), s.get("citation")
        if evidence is not None:
            doc_id = evidence["document_id"]
            add(s["id"], ("quote", _words(evidence["quote"])),
                {"kind": "quote", "quote": evidence["quote"], "translation": evidence.get("translation")},
                s["status"], {"url": f"/document/{doc_id}", "title": f"document {doc_id[:12]}", "language": None},
                (doc_id, evidence["start"]))
        elif citation is not None:
            add(s["id"], ("citation", citation["title"] or "", citation["url"] or ""),
                {"kind": "citation", "title": citation["title"], "publisher": citation["publisher"],
                 "date": citation["date"], "location": citation["url"]}, s["status"], None, None)
    return {"groups": list(groups.values()), "refs": refs}


def _words(text: str) -> str:
    return " ".join(text.casefold().split())
