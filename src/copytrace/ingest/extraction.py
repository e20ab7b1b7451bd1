"""The seam between ingest and fact extraction (``copytrace.extract``).

Workers call the extractor on each new document's text (it is the CPU-heavy part); the parent
turns the facts into candidate statements with evidence spans and stores them in the same
transaction as the document. The extractor is looked up by name and is optional: without it,
ingest stores documents only.

The extractor is named in ``IngestConfig.extractor`` as "module:function" (default
``copytrace.extract:extract_text``). Contract: ``extract_text(text, doc=doc_name, lang=language)``
returns an iterable of facts, each a mapping or an object with the fields of DESIGN.md's extraction output
(subject, subject_text, relation, object, scope, quote, start, end, confidence; optional
qualifier for derived_from), where ``text[start:end] == quote``.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from copytrace.errors import InvalidStatement, UnknownEntity
from copytrace.ingest.loaders.pdf import page_of
from copytrace.model.statement import Evidence, Statement
from copytrace.registry import Registry

log = logging.getLogger(__name__)

DEFAULT_EXTRACTOR = "copytrace.extract:extract_text"

Extractor = Callable[..., Iterable[Any]]


@dataclass(frozen=True, slots=True)
class Fact:
    """One extracted fact, in the fields ingest needs, as plain data that crosses process bounds."""

    subject: str
    relation: str
    object: str
    quote: str
    start: int
    end: int
    confidence: float
    subject_text: str | None = None
    scope: str | None = None
    qualifier: str | None = None


@lru_cache(maxsize=4)
def load_extractor(spec: str = DEFAULT_EXTRACTOR) -> Extractor | None:
    """The extractor named "module:function" if that module exists and has it, else None."""
    module_name, _, function = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        # Only a missing extractor package means "no extractor"; a broken one must be seen.
        if exc.name is None or not module_name.startswith(exc.name):
            raise
        return None
    found = getattr(module, function or "extract_text", None)
    return found if callable(found) else None


def _field(raw: Any, name: str) -> Any:
    return raw.get(name) if isinstance(raw, dict) else getattr(raw, name, None)


def as_fact(raw: Any) -> Fact | None:
    """A ``Fact`` from whatever the extractor yields; None when a required field is missing."""
    try:
        return Fact(
            subject=str(_field(raw, "subject")), relation=str(_field(raw, "relation")),
            object=str(_field(raw, "object")), quote=str(_field(raw, "quote")),
            start=int(_field(raw, "start")), end=int(_field(raw, "end")),
            confidence=float(_field(raw, "confidence") or 0.0),
            subject_text=_field(raw, "subject_text"), scope=_field(raw, "scope"),
            qualifier=_field(raw, "qualifier"),
        )
    except (TypeError, ValueError):
        return None


def extract(text: str, language: str | None, name: str, spec: str = DEFAULT_EXTRACTOR) -> list[Fact]:
    """Facts found in one document's text, keeping only those whose quote is exactly its span."""
    extractor = load_extractor(spec)
    if extractor is None:
        return []
    facts = []
    for raw in extractor(text, doc=name, lang=language):
        fact = as_fact(raw)
        if fact is not None and text[fact.start: fact.end] == fact.quote:
            facts.append(fact)
    return facts


# Relation (extraction vocabulary) -> predicate, and how the object is read.
_ENTITY_OBJECTS = {"manufactured_by": "manufactured_by", "made_in_country": "made_in_country",
                   "derived_from": "derived_from", "exported_to": "exported_to"}
_VALUE_OBJECTS = {"introduced_year": "introduced_year", "licence_status": "licence_status"}


def to_statements(registry: Registry, document_id: str, facts: Iterable[Fact],
                  pages: list[int] | None = None) -> list[Statement]:
    """Candidate statements for the facts whose names resolve and that fit the schema; others are skipped."""
    made: list[Statement] = []
    for fact in facts:
        try:
            statement = _statement(registry, document_id, fact, pages)
            if statement is None:
                continue
            names = [statement.subject, statement.object_id or "", statement.scope or ""]
            statement.check(registry.schema, registry.kinds_of([n for n in names if n]))
        except (UnknownEntity, InvalidStatement) as exc:
            log.debug("fact %s %s %s not stored: %s", fact.subject, fact.relation, fact.object, exc)
            continue
        made.append(statement)
    return made


def _statement(registry: Registry, document_id: str, fact: Fact, pages: list[int] | None) -> Statement | None:
    page = page_of(pages, fact.start) if pages else None
    evidence = Evidence(document_id, fact.start, fact.end, fact.quote, page)
    common: dict[str, Any] = {"evidence": evidence, "origin": "extracted", "status": "candidate",
                              "confidence": max(0.0, min(1.0, fact.confidence))}
    if fact.relation == "alias_of":
        # The written form is the alias of the canonical entity the extractor matched it to.
        alias = fact.subject_text or fact.subject
        target = registry.resolve(fact.object)
        return Statement(target.id, "alias", value=alias, **common) if alias != target.name else None
    subject = registry.resolve(fact.subject).id
    scope = registry.resolve(fact.scope).id if fact.scope else None
    if fact.relation in _ENTITY_OBJECTS:
        predicate = _ENTITY_OBJECTS[fact.relation]
        qualifier = (fact.qualifier or "variant") if predicate == "derived_from" else None
        return Statement(subject, predicate, object_id=registry.resolve(fact.object).id, qualifier=qualifier,
                         scope=scope, **common)
    if fact.relation in _VALUE_OBJECTS:
        return Statement(subject, _VALUE_OBJECTS[fact.relation], value=fact.object, scope=scope, **common)
    if fact.relation == "licensed_by" and scope is not None:
        # The text says who licensed it; the registry's licence statuses are per licensee (scope).
        return Statement(subject, "licence_status", value="licensed", scope=scope,
                         note=f"licensed by {fact.object}", **common)
    return None
