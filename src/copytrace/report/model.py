"""The dossier as data: everything every format shows, gathered once.

HTML, PDF, DOCX and JSON all render this one structure, so the formats cannot disagree, and the
JSON form is what a machine (or a test) checks. ``as_of`` passes through to the reasoning, so a
dossier built "as of" a filing date shows only what the registry knew then.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from copytrace import settings
from copytrace.errors import CopytraceError
from copytrace.i18n import Word, lazy_gettext
from copytrace.reason.coverage import Chain
from copytrace.reason.explain import Explained, explain_all, respondent_assessments
from copytrace.reason.licence import Reasoner
from copytrace.reason.sources import Source
from copytrace.reason.standing import Standing, standing
from copytrace.registry import Entity, Registry
from copytrace.registry.translations import Translation
from copytrace.translate.quotes import Quote, attach


@dataclass(frozen=True, slots=True)
class LineageLink:
    child: str
    parent: str
    kind: str
    statement_id: str
    accepted: bool


@dataclass(frozen=True, slots=True)
class Bar:
    """One row of the licence-history timeline."""

    label: str  # a copytrace.i18n.Message: English in JSON, translated where shown
    kind: str  # licence, production, or a licence status
    start: int | None
    end: int | None


@dataclass(slots=True)
class ProductSection:
    id: str
    name: str
    aliases: list[str]
    protected: list[str]  # the protected designs it descends from
    lineage: list[LineageLink]
    items: list[Explained]
    timeline: list[Bar]


@dataclass(frozen=True, slots=True)
class Exhibit:
    number: int
    source: Source
    statement_ids: tuple[str, ...]

    @property
    def key(self) -> str:
        return exhibit_key(self.source)


@dataclass(slots=True)
class Dossier:
    respondent: Entity
    aliases: list[str]
    related: list[tuple[str, str]]  # (how, description) lines: facilities, predecessors, country
    as_of: str | None
    generated_at: str
    products: list[ProductSection]
    exhibits: list[Exhibit]
    labels: dict[str, str] = field(default_factory=dict)
    # The registry's newest audit entry when the dossier was built (SEQ:HASH): anyone holding the
    # registry can check later that this history is still there ('copytrace verify --anchor').
    audit_anchor: str | None = None
    # Imported context (sanctions, owners, other names) from linked FtM records; empty without any.
    standing: Standing | None = None
    # Machine translations shown beside quotes (by statement id), and the quotes still needing one.
    translation_target: str = "en"
    translations: dict[str, Translation] = field(default_factory=dict)
    untranslated: list[Quote] = field(default_factory=list)

    def exhibit_of(self, statement_id: str) -> int | None:
        for exhibit in self.exhibits:
            if statement_id in exhibit.statement_ids:
                return exhibit.number
        return None

    def label(self, entity_id: str) -> str:
        return self.labels.get(entity_id, entity_id)

    def quotes(self) -> list[Quote]:
        """Every quote the dossier shows, with its statement and language."""
        found: dict[str, Quote] = {}
        for p in self.products:
            for item in p.items:
                for sid, src in item.sources.items():
                    if src.quote and src.language:
                        found.setdefault(sid, Quote(sid, src.quote, src.language))
        return list(found.values())

    def attach_translations(self, registry: Registry) -> None:
        """Look up the stored translation of each quote (made by the dossier's as-of date, if it has one)."""
        until = None
        if self.as_of:
            moment = datetime.fromisoformat(self.as_of) if "T" in self.as_of else date.fromisoformat(self.as_of)
            until = registry.recorded_until(moment)
        attached = attach(registry, self.quotes(), self.translation_target, until=until)
        self.translations, self.untranslated = attached.translations, attached.untranslated

    def _with_translations(self, assessment: dict[str, Any]) -> dict[str, Any]:
        for evidence in assessment["evidence"]:
            found = self.translations.get(evidence["statement_id"])
            evidence["translation"] = found.to_dict() if found else None
        return assessment

    def to_dict(self) -> dict[str, Any]:
        return {
            "respondent": {"id": self.respondent.id, "kind": self.respondent.kind, "name": self.respondent.name,
                           "aliases": self.aliases},
            "standing": self.standing.to_dict() if self.standing else None,
            "related": [{"how": how, "what": what} for how, what in self.related],
            "as_of": self.as_of,
            "generated_at": self.generated_at,
            "audit_anchor": self.audit_anchor,
            "products": [{
                "id": p.id, "name": p.name, "aliases": p.aliases,
                "protected_designs": [{"id": d, "name": self.label(d)} for d in p.protected],
                "lineage": [{"child": self.label(link.child), "parent": self.label(link.parent), "kind": link.kind,
                             "statement": link.statement_id, "accepted": link.accepted} for link in p.lineage],
                "timeline": [{"label": b.label, "kind": b.kind, "start": b.start, "end": b.end} for b in p.timeline],
                "assessments": [self._with_translations(item.to_dict()) for item in p.items],
            } for p in self.products],
            "translation_target": self.translation_target,
            "untranslated_quotes": [q.to_dict() for q in self.untranslated],
            "exhibits": [{"number": e.number, **e.source.to_dict(), "statements": list(e.statement_ids)}
                         for e in self.exhibits],
        }


def exhibit_key(src: Source) -> str:
    return f"doc:{src.sha256}" if src.sha256 else f"cite:{src.title}|{src.location}|{src.date}"


def _year(iso: str | None) -> int | None:
    return int(iso[:4]) if iso else None


def _lineage(r: Reasoner, product: str) -> tuple[list[str], list[LineageLink]]:
    ancestors = r.coverage.all_ancestors(product)
    protected = [d for d in ancestors if r.facts.out(d, "rights_holder")]
    if not protected:
        # No rights holder on record: show the path to the farthest ancestors instead.
        deepest = max((len(c) for c in ancestors.values()), default=0)
        protected = [d for d, c in ancestors.items() if deepest and len(c) == deepest]
    links: dict[str, LineageLink] = {}
    for design in protected:
        chain: Chain = ancestors[design]
        for f in chain:
            links[f.id] = LineageLink(f.subject, f.object, f.qualifier or "", f.id, f.accepted)
    return sorted(protected), list(links.values())


def _timeline(items: list[Explained]) -> list[Bar]:
    bars: dict[tuple[str, str, int | None, int | None], Bar] = {}
    for item in items:
        a = item.assessment
        for c in a.licences:
            label = lazy_gettext("Licence %(licence)s → %(licensee)s", licence=item.labels.get(c.licence, c.licence),
                                 licensee=item.labels.get(c.licensee, c.licensee))
            bar = Bar(label, "licence", _year(c.start), _year(c.end))
            bars[(bar.label, bar.kind, bar.start, bar.end)] = bar
        for p in a.productions:
            label = lazy_gettext("Made by %(producer)s", producer=item.labels.get(p.producer, p.producer))
            bar = Bar(label, "production", _year(p.start), _year(p.end))
            bars[(bar.label, bar.kind, bar.start, bar.end)] = bar
        for f in a.stated:
            scope = item.labels.get(f.scope or "", f.scope or "")
            label = (lazy_gettext("Stated %(status)s (%(party)s)", status=Word(f.object), party=scope) if f.accepted
                     else lazy_gettext("Stated %(status)s (%(party)s, pending)", status=Word(f.object), party=scope))
            bar = Bar(label, f.object, _year(f.start), _year(f.end))
            bars[(bar.label, bar.kind, bar.start, bar.end)] = bar
    return list(bars.values())


def _related(registry: Registry, r: Reasoner, respondent: Entity, labels: dict[str, str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def period(start: str | None, end: str | None) -> str:
        return f" ({start[:4] if start else '?'}–{end[:4] if end else ''})" if start or end else ""

    # the "how" of each is a copytrace.i18n.Message: English in JSON, translated where shown
    for f in r.facts.into(respondent.id, "operated_by"):
        out.append((lazy_gettext("operates facility"), labels.get(f.subject, f.subject) + period(f.start, f.end)))
    for f in r.facts.out(respondent.id, "successor_of"):
        out.append((lazy_gettext("successor of"), labels.get(f.object, f.object) + period(f.start, f.end)))
    for f in r.facts.into(respondent.id, "successor_of"):
        out.append((lazy_gettext("predecessor of"), labels.get(f.subject, f.subject) + period(f.start, f.end)))
    for f in r.facts.out(respondent.id, "located_in"):
        out.append((lazy_gettext("located in"), labels.get(f.object, f.object)))
    if respondent.kind == "country":
        for f in r.facts.into(respondent.id, "located_in"):
            out.append((lazy_gettext("organization or facility in it"), labels.get(f.subject, f.subject)))
    return out


def build_dossier(registry: Registry, respondent_name: str, *, as_of: date | datetime | None = None,
                  today: date | None = None) -> Dossier:
    respondent = registry.resolve(respondent_name)
    if respondent.kind not in ("organization", "country"):
        raise CopytraceError(f"{respondent.name} is a {respondent.kind}: a respondent is an organization or a country")
    r, assessments = respondent_assessments(registry, respondent.id, respondent.kind, as_of=as_of)
    explained = explain_all(registry, assessments, as_of=as_of, today=today)
    by_product: dict[str, list[Explained]] = {}
    for item in explained:
        by_product.setdefault(item.assessment.product, []).append(item)
    lineages = {p: _lineage(r, p) for p in by_product}
    labels = registry.labels([*by_product, *(d for p, _ in lineages.values() for d in p),
                              *(x for _, ls in lineages.values() for link in ls for x in (link.child, link.parent)),
                              *(f.subject for f in r.facts.into(respondent.id, "operated_by")),
                              *(f.object for f in r.facts.out(respondent.id, "successor_of")),
                              *(f.subject for f in r.facts.into(respondent.id, "successor_of")),
                              *(f.object for f in r.facts.out(respondent.id, "located_in")),
                              *(f.subject for f in r.facts.into(respondent.id, "located_in"))])
    for item in explained:
        labels.update(item.labels)
    sections = []
    for product, items in sorted(by_product.items(), key=lambda kv: labels.get(kv[0], kv[0])):
        protected, links = lineages[product]
        aliases = [n for n, is_alias in registry.names_of(product) if is_alias]
        sections.append(ProductSection(product, labels.get(product, product), aliases, protected, links, items,
                                       _timeline(items)))
    exhibits: dict[str, list[str]] = {}
    first: dict[str, Source] = {}
    for item in explained:
        for sid, src in item.sources.items():
            key = exhibit_key(src)
            first.setdefault(key, src)
            if sid not in exhibits.setdefault(key, []):
                exhibits[key].append(sid)
    numbered = [Exhibit(n, first[key], tuple(ids)) for n, (key, ids) in enumerate(exhibits.items(), start=1)]
    aliases = [n for n, is_alias in registry.names_of(respondent.id) if is_alias]
    anchor = registry.audit_anchor()
    dossier = Dossier(respondent, aliases, _related(registry, r, respondent, labels),
                      as_of.isoformat() if as_of else None, datetime.now(UTC).isoformat(timespec="seconds"),
                      sections, numbered, labels, str(anchor) if anchor else None,
                      standing(registry, respondent.id, as_of=as_of), settings.TRANSLATE_TARGET.get())
    dossier.attach_translations(registry)
    return dossier
