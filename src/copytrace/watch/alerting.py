"""Turning what the registry learned into alerts, rule by rule.

Each pass reads the audit log after the last entry it looked at (``rules.seq``), so it sees
every statement and document written since, by watch or by hand, exactly once; a rule only looks
at writes made after it was created. An alert's id is a hash of its rule and its cause (the new
product, the new maker, the new status, the document), so a cause met again raises nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from copytrace.errors import UnknownEntity
from copytrace.model.statement import Statement, Status
from copytrace.registry import Registry, history
from copytrace.registry import alerts as alert_store
from copytrace.registry import watch as watch_store
from copytrace.registry.alerts import Alert
from copytrace.registry.audit import now
from copytrace.registry.documents import DocumentRecord
from copytrace.watch.rules import Rule

SEQ_KEY = "rules.seq"
_MAKERS = ("manufactured_by", "made_in_country", "manufactured_at")
_LIVE: tuple[Status, ...] = ("candidate", "accepted")
_ALARMING = ("unlicensed", "expired", "disputed")
_CHUNK = 500


@dataclass(slots=True)
class _Pass:
    """What one evaluation looks at: the new statements and documents, and when each was written."""

    registry: Registry
    statements: list[Statement]
    documents: list[DocumentRecord]
    written_at: dict[str, str]
    raised_at: str
    labels: dict[str, str] = field(default_factory=dict)
    _children: dict[str, set[str]] | None = None

    def label(self, entity_id: str | None) -> str:
        if not entity_id:
            return ""
        if entity_id not in self.labels:
            self.labels.update(self.registry.labels([entity_id]))
        return self.labels.get(entity_id, entity_id)

    def family(self, designs: tuple[str, ...]) -> set[str]:
        """The tracked designs and everything derived from them (every design when none is named)."""
        if self._children is None:
            self._children = defaultdict(set)
            for s in self.registry.statements(predicate="derived_from", status=_LIVE):
                if s.object_id:
                    self._children[s.object_id].add(s.subject)
        roots = set(designs) or {e.id for e in self.registry.entities("design")}
        found, todo = set(roots), list(roots)
        while todo:
            for child in self._children.get(todo.pop(), ()):
                if child not in found:
                    found.add(child)
                    todo.append(child)
        return found

    def earlier(self, statement: Statement, **filters: str | None) -> list[Statement]:
        """Live statements written before this one matching the filters."""
        before = statement.recorded_at
        return [s for s in self.registry.statements(status=_LIVE, **filters)  # type: ignore[arg-type]
                if s.id != statement.id and s.recorded_at is not None and before is not None
                and s.recorded_at < before]


def evaluate(registry: Registry, rules: list[Rule], *, actor: str) -> list[Alert]:
    """Raise the alerts the writes since the last pass call for; return the new ones."""
    start = int(watch_store.get_state(registry, SEQ_KEY) or 0)
    writes = history.writes_after(registry, start, ("statement.add", "document.add"))
    if not writes:
        return []
    # Writes older than every rule concern none of them (the first pass over a full registry).
    live = [r for r in rules if not r.disabled]
    oldest = min((r.created_at for r in live), default=None)
    relevant = [w for w in writes if oldest is not None and w.at > oldest]
    written_at = {w.target: w.at for w in relevant}
    statement_ids = [w.target for w in relevant if w.action == "statement.add"]
    found: list[Statement] = []
    for chunk in range(0, len(statement_ids), _CHUNK):
        found += registry.statements(ids=statement_ids[chunk:chunk + _CHUNK])
    docs = history.documents(registry, [w.target for w in relevant if w.action == "document.add"])
    run = _Pass(registry, found, docs, written_at, now())
    raised: list[Alert] = []
    for rule in live:
        checker = _CHECKS[rule.kind]
        raised.extend(checker(run, rule))
    fresh = alert_store.raise_alerts(registry, raised, actor=actor)
    watch_store.set_state(registry, SEQ_KEY, str(writes[-1].seq))
    return fresh


def _after_rule(run: _Pass, rule: Rule, ids: Iterable[str]) -> set[str]:
    return {i for i in ids if run.written_at.get(i, "") > rule.created_at}


def _alert(run: _Pass, rule: Rule, cause: list[str | None], title: str, subject: str | None,
           statements: list[Statement], documents: list[str]) -> Alert:
    key = json.dumps([rule.id, rule.kind, *cause], ensure_ascii=False)
    quotes = [{"statement": s.id, "predicate": s.predicate, "object": run.label(s.object_id) or s.value,
               "scope": run.label(s.scope) or None, "status": s.status,
               "document": s.evidence.document_id if s.evidence else None,
               "quote": s.evidence.quote if s.evidence else None} for s in statements]
    first_quote = next((q["quote"] for q in quotes if q["quote"]), None)
    detail = {"statements": quotes, "documents": sorted(set(documents)), "quote": first_quote,
              "subject_name": run.label(subject) or None}
    return Alert(hashlib.sha256(key.encode()).hexdigest(), rule.id, rule.kind, rule.severity, rule.owner, title,
                 subject, detail, run.raised_at)


def _documents_of(statements: Iterable[Statement]) -> list[str]:
    return [s.evidence.document_id for s in statements if s.evidence is not None]


def _related(run: _Pass, main: Statement) -> list[Statement]:
    """The statement, then the other new statements about its subject from the same document."""
    doc = main.evidence.document_id if main.evidence else None
    others = [s for s in run.statements if s.subject == main.subject and s.id != main.id and doc
              and s.evidence is not None and s.evidence.document_id == doc]
    return [main, *others]


def _new_copy(run: _Pass, rule: Rule) -> list[Alert]:
    family = run.family(rule.designs)
    fresh = _after_rule(run, rule, (s.id for s in run.statements))
    out = []
    for s in run.statements:
        if s.id not in fresh or s.predicate != "derived_from" or s.object_id not in family or s.subject == s.object_id:
            continue
        if any(e.object_id in family for e in run.earlier(s, subject=s.subject, predicate="derived_from")):
            continue  # a product already known to descend from the family
        related = _related(run, s)
        title = f"New {s.qualifier or 'derivative'} of {run.label(s.object_id)}: {run.label(s.subject)}"
        out.append(_alert(run, rule, [s.subject], title, s.subject, related, _documents_of(related)))
    return out


def _new_maker(run: _Pass, rule: Rule) -> list[Alert]:
    family = run.family(rule.designs)
    fresh = _after_rule(run, rule, (s.id for s in run.statements))
    out = []
    for s in run.statements:
        if s.id not in fresh or s.predicate not in _MAKERS or s.subject not in family or s.object_id is None:
            continue
        known = run.earlier(s, subject=s.subject)
        if not known:
            continue  # a product nobody knew: its new_copy alert says so
        if any(e.predicate == s.predicate and e.object_id == s.object_id for e in known):
            continue
        title = f"New maker of {run.label(s.subject)}: {run.label(s.object_id)} ({s.predicate.replace('_', ' ')})"
        out.append(_alert(run, rule, [s.subject, s.predicate, s.object_id], title, s.subject, [s],
                          _documents_of([s])))
    return out


def _licence_change(run: _Pass, rule: Rule) -> list[Alert]:
    family = run.family(rule.designs)
    fresh = _after_rule(run, rule, (s.id for s in run.statements))
    out = []
    for s in run.statements:
        if s.id not in fresh or s.predicate != "licence_status" or s.subject not in family:
            continue
        before = [e for e in run.earlier(s, subject=s.subject, predicate="licence_status") if e.scope == s.scope]
        where = f" ({run.label(s.scope)})" if s.scope else ""
        if before:
            previous = max(before, key=lambda e: (e.recorded_at is not None, e.recorded_at))
            if previous.value == s.value:
                continue
            title = f"Licence status of {run.label(s.subject)}{where}: {previous.value} -> {s.value}"
        elif s.value in _ALARMING:
            title = f"New {s.value} producer of {run.label(s.subject)}{where}"
        else:
            continue
        out.append(_alert(run, rule, [s.subject, s.scope, s.value], title, s.subject, [s], _documents_of([s])))
    return out


def _mention(run: _Pass, rule: Rule) -> list[Alert]:
    fresh = _after_rule(run, rule, (d.id for d in run.documents))
    wanted = _watched_names(run.registry, rule.names)
    out = []
    for doc in run.documents:
        if doc.id not in fresh:
            continue
        text = f"{doc.title or ''}\n{doc.text}"
        folded = text.casefold()
        hit = next(((name, folded.find(name.casefold())) for name in wanted if name.casefold() in folded), None)
        if hit is None:
            continue
        name, at = hit
        quote = _sentence(text, at, len(name))
        title = f"{name} named in {doc.title or doc.source}"
        alert = _alert(run, rule, [doc.id], title, None, [], [doc.id])
        alert.detail.update(quote=quote, name=name, source=doc.source)
        out.append(alert)
    return out


def _watched_names(registry: Registry, names: tuple[str, ...]) -> list[str]:
    """The names, and every name and alias of the entities they name, longest first."""
    found = set(names)
    for name in names:
        try:
            entity = registry.resolve(name)
        except UnknownEntity:  # (or ambiguous) searched as written
            continue
        found.update(n for n, _alias in registry.names_of(entity.id))
    return sorted(found, key=lambda n: (-len(n), n))


def _sentence(text: str, at: int, length: int, reach: int = 200) -> str:
    """The sentence (or line) around a match, at most ``reach`` characters either side."""
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at), at - reach) + 1
    ends = [e for e in (text.find(".", at + length), text.find("\n", at + length)) if e != -1]
    end = min([*ends, at + length + reach, len(text) - 1]) + 1
    return text[start:end].strip()


_CHECKS = {"new_copy": _new_copy, "new_maker": _new_maker, "licence_change": _licence_change,
           "mention": _mention}
