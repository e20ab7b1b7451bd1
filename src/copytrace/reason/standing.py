"""Who a respondent is, from imported FollowTheMoney data: sanctions, owners and other names.

Only imported records a reviewer linked to the registry entity (accepted ``same_as_imported``
statements) count. Each item names its source: the dataset, the date of the dataset as imported,
and the FtM entity it was read from. Ownership is followed upwards, owner of owner, at most
``MAX_LEVELS`` levels.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from copytrace.registry import Registry
from copytrace.registry import imported as store
from copytrace.registry.imported import ImportedEntity

PREDICATE = "same_as_imported"
MAX_LEVELS = 3


@dataclass(frozen=True, slots=True)
class ImportedSource:
    dataset: str
    dataset_date: str | None
    entity_id: str  # the FtM id the item was read from
    link: str | None = None  # the accepted same_as_imported statement that brought it in


@dataclass(frozen=True, slots=True)
class Sanction:
    programme: str | None
    authority: str | None
    start: str | None
    end: str | None
    reason: str | None
    country: str | None
    sanctioned: str  # the name of the sanctioned entity (the respondent or one of its owners)
    source: ImportedSource


@dataclass(frozen=True, slots=True)
class Ownership:
    level: int  # 1: owns the respondent directly; 2: owns that owner; ...
    owner: str
    owned: str
    percentage: str | None
    start: str | None
    end: str | None
    source: ImportedSource


@dataclass(frozen=True, slots=True)
class OtherName:
    name: str
    kind: str  # name, alias, previousName
    source: ImportedSource


@dataclass(slots=True)
class Standing:
    entity_id: str
    linked: list[ImportedSource] = field(default_factory=list)
    sanctions: list[Sanction] = field(default_factory=list)
    ownership: list[Ownership] = field(default_factory=list)
    other_names: list[OtherName] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.sanctions or self.ownership or self.other_names)

    def to_dict(self) -> dict[str, Any]:
        return {"linked": [asdict(s) for s in self.linked], "sanctions": [asdict(s) for s in self.sanctions],
                "ownership": [asdict(o) for o in self.ownership],
                "other_names": [asdict(n) for n in self.other_names]}


def _first(entity: ImportedEntity, *props: str) -> str | None:
    for prop in props:
        values = sorted(entity.props.get(prop, []))
        if values:
            return values[0]
    return None


def standing(registry: Registry, entity_id: str, *, as_of: date | datetime | None = None) -> Standing:
    """The imported context of one registry entity, as the registry knew it ``as_of`` (default: now)."""
    out = Standing(entity_id)
    links = registry.statements(subject=entity_id, predicate=PREDICATE, status="accepted", as_known_on=as_of)
    if not links:
        return out
    dates = store.dataset_dates(registry)
    keys = {str(s.value).partition(":")[2]: s for s in links}
    linked = store.entities(registry, ids=sorted(keys), as_of=as_of)

    def source(entity: ImportedEntity, link: str | None = None) -> ImportedSource:
        return ImportedSource(entity.dataset, dates.get(entity.dataset), entity.id, link)

    names_seen = {n for n, _alias in registry.names_of(entity_id)}
    for entity in linked:
        out.linked.append(source(entity, keys[entity.id].id))
        for prop in ("name", "alias", "previousName"):
            for value in sorted(entity.props.get(prop, [])):
                if value not in names_seen:
                    out.other_names.append(OtherName(value, prop, source(entity)))
    # Owners upwards, level by level; every entity met is also checked for sanctions.
    met: dict[str, ImportedEntity] = {e.id: e for e in linked}
    frontier = list(met)
    for level in range(1, MAX_LEVELS + 1):
        if not frontier:
            break
        found = [o for o in store.referring(registry, ["asset"], frontier, as_of=as_of) if o.schema == "Ownership"]
        owner_ids = sorted({v for o in found for v in o.props.get("owner", [])})
        owners = {e.id: e for e in store.entities(registry, ids=owner_ids, as_of=as_of)} if owner_ids else {}
        for o in found:
            for owner_id in o.props.get("owner", []):
                for asset_id in o.props.get("asset", []):
                    if asset_id not in met:
                        continue
                    owner = owners.get(owner_id)
                    out.ownership.append(Ownership(level, owner.caption if owner else owner_id,
                                                   met[asset_id].caption, _first(o, "percentage"),
                                                   _first(o, "startDate", "date"), _first(o, "endDate"), source(o)))
        frontier = [i for i in owners if i not in met]
        met.update(owners)
    for s in store.referring(registry, ["entity"], sorted(met), as_of=as_of):
        if s.schema != "Sanction":
            continue
        target = next((met[i] for i in s.props.get("entity", []) if i in met), None)
        out.sanctions.append(Sanction(_first(s, "program", "programId"), _first(s, "authority"),
                                      _first(s, "startDate", "listingDate", "date"), _first(s, "endDate"),
                                      _first(s, "reason"), _first(s, "country"),
                                      target.caption if target else "", source(s)))
    out.sanctions.sort(key=lambda s: (s.start or "", s.programme or ""))
    out.ownership.sort(key=lambda o: (o.level, o.owner))
    return out
