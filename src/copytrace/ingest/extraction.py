"""The seam between ingest and fact extraction (``copytrace.extract``).

Workers call the extractor on each new document's text (it is the CPU-heavy part); the parent
turns the facts into candidate statements with evidence spans and stores them in the same
transaction as the document. The extractor is looked up by name and is optional: without it,
ingest stores documents only.

The extractor is named in ``IngestConfig.extractor`` as "module:function" (default
``copytrace.extract:extract_text``). Contract: ``extract_text(text, doc=doc_name, lang=language)``
returns an iterable of facts: ``copytrace.model.candidate.CandidateFact`` objects, or mappings with
their fields (DESIGN.md's extraction output), where ``text[start:end] == quote``.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

from copytrace.errors import InvalidStatement, UnknownEntity
from copytrace.extract.llm import LLMConfig, LLMExtractor, merge
from copytrace.ingest.loaders.pdf import page_of
from copytrace.model.candidate import CandidateFact
from copytrace.model.names import slugify
from copytrace.model.statement import Evidence, Statement
from copytrace.registry import Entity, Registry

log = logging.getLogger(__name__)

DEFAULT_EXTRACTOR = "copytrace.extract:extract_text"

Extractor = Callable[..., Iterable[Any]]


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


def extract(text: str, language: str | None, name: str, spec: str = DEFAULT_EXTRACTOR) -> list[CandidateFact]:
    """Facts found in one document's text, keeping only those whose quote is exactly its span."""
    extractor = load_extractor(spec)
    if extractor is None:
        return []
    facts = []
    for raw in extractor(text, doc=name, lang=language):
        fact = CandidateFact.from_any(raw, name)
        if fact is not None and text[fact.start: fact.end] == fact.quote:
            facts.append(fact)
    return facts


def extract_with(text: str, language: str | None, name: str, spec: str = DEFAULT_EXTRACTOR, engine: str = "rules",
                 llm: LLMConfig | None = None) -> tuple[list[CandidateFact], str | None]:
    """Facts by the engine chosen (rules: the extractor ``spec``), and why the model read none, if it failed."""
    if engine == "rules":
        return extract(text, language, name, spec), None
    if llm is None:
        raise ValueError(f"the {engine} engine needs the language-model server's settings")
    found = _model(llm).extract_text(text, name, language)
    if engine == "llm":
        return found.facts, found.error
    return merge(extract(text, language, name, spec), found.facts), found.error


@lru_cache(maxsize=2)
def _model(config: LLMConfig) -> LLMExtractor:
    """One model engine per process and server (its names, language matchers and connections are reused)."""
    return LLMExtractor(config)


# Relation (extraction vocabulary) -> predicate, and how the object is read.
_ENTITY_OBJECTS = {"manufactured_by": "manufactured_by", "made_in_country": "made_in_country",
                   "derived_from": "derived_from", "exported_to": "exported_to"}
_VALUE_OBJECTS = {"introduced_year": "introduced_year", "licence_status": "licence_status"}


@dataclass(slots=True)
class Candidates:
    """What one document's facts add: new candidate entities (names nobody knew) and candidate statements."""

    entities: list[Entity] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)


# The kind a name gets when the registry does not know it yet, by relation and role.
_NEW_SUBJECT = "product"
_NEW_OBJECT = {"derived_from": "product", "manufactured_by": "organization"}


class Resolver(Protocol):
    """Names to entities: ``NameIndex`` (a batch: no query per name) or the registry itself."""

    def resolve(self, name: str, kind: str | None = None) -> Entity: ...

    def kinds_of(self, ids: Iterable[str]) -> dict[str, str]: ...


class _Names:
    """Resolves names; an unknown product or maker becomes a new candidate entity."""

    def __init__(self, known: Resolver, out: Candidates) -> None:
        self.known = known
        self.out = out
        self.new: dict[str, Entity] = {}

    def __call__(self, name: str, new_kind: str | None = None) -> str:
        try:
            return self.known.resolve(name).id
        except UnknownEntity:
            if new_kind is None:
                raise
        key = slugify(name)
        entity = self.new.get(key)
        if entity is None:
            entity = self.new[key] = Entity(key, new_kind, name)
            self.out.entities.append(entity)
        return entity.id

    def kinds(self, ids: list[str]) -> dict[str, str]:
        found = self.known.kinds_of(ids)
        found.update({e.id: e.kind for e in self.new.values()})
        return found


def to_statements(registry: Registry, document_id: str, facts: Iterable[CandidateFact],
                  pages: list[int] | None = None, *, names: Resolver | None = None) -> Candidates:
    """Candidate statements for the facts that fit the schema, with the new entities they name.

    A product or maker the registry does not know becomes a new entity, so that its statements
    reach the review queue with their quotes; a country or licence status must already be known.
    ``names`` resolves them (default: the registry, one query per name).
    """
    out = Candidates()
    resolve = _Names(names or registry, out)
    for fact in facts:
        try:
            before = len(out.entities)
            statement = _statement(resolve, document_id, fact, pages)
            if statement is None:
                del out.entities[before:]
                continue
            named = [statement.subject, statement.object_id or "", statement.scope or ""]
            statement.check(registry.schema, resolve.kinds([n for n in named if n]))
        except (UnknownEntity, InvalidStatement) as exc:
            log.debug("fact %s %s %s not stored: %s", fact.subject, fact.relation, fact.object, exc)
            continue
        out.statements.append(statement)
    used = {s.subject for s in out.statements} | {s.object_id for s in out.statements if s.object_id}
    out.entities = [e for e in out.entities if e.id in used]
    return out


def _alias_target(known: Resolver, name: str) -> Entity:
    """The entity an alias fact's object names: the whole name, or else its part before a bracket, where the
    extractor gave a Latin name with its spelling in the text's script after it ("Fishbed (फिशबेड)")."""
    try:
        return known.resolve(name)
    except UnknownEntity:
        head, bracket, _ = name.partition(" (")
        if not bracket or not head.strip():
            raise
        return known.resolve(head)


def _statement(resolve: _Names, document_id: str, fact: CandidateFact, pages: list[int] | None) -> Statement | None:
    page = page_of(pages, fact.start) if pages else None
    evidence = Evidence(document_id, fact.start, fact.end, fact.quote, page)
    # How the fact was found (engine, model, prompt version) goes with the statement, so a dossier can say it.
    found_by = f"found by {fact.method}" if fact.method else None
    common: dict[str, Any] = {"evidence": evidence, "origin": "extracted", "status": "candidate",
                              "confidence": max(0.0, min(1.0, fact.confidence)), "note": found_by}
    if fact.relation == "alias_of":
        # The written form is the alias of the canonical entity the extractor matched it to.
        alias = fact.subject_text or fact.subject
        target = _alias_target(resolve.known, fact.object)
        return Statement(target.id, "alias", value=alias, **common) if alias != target.name else None
    subject = resolve(fact.subject, _NEW_SUBJECT)
    scope = resolve(fact.scope) if fact.scope else None
    if fact.relation in _ENTITY_OBJECTS:
        predicate = _ENTITY_OBJECTS[fact.relation]
        qualifier = (fact.qualifier or "variant") if predicate == "derived_from" else None
        return Statement(subject, predicate, object_id=resolve(fact.object, _NEW_OBJECT.get(fact.relation)),
                         qualifier=qualifier, scope=scope, **common)
    if fact.relation in _VALUE_OBJECTS:
        return Statement(subject, _VALUE_OBJECTS[fact.relation], value=fact.object, scope=scope, **common)
    if fact.relation == "licensed_by" and scope is not None:
        # The text says who licensed it; the registry's licence statuses are per licensee (scope).
        common["note"] = "; ".join(filter(None, [f"licensed by {fact.object}", found_by]))
        return Statement(subject, "licence_status", value="licensed", scope=scope, **common)
    return None
