"""Matching imported FtM entities to the registry's organisations and people, with reasons.

Every field is compared at a level (see comparison.yaml): names (exact, without legal forms,
transliterated, fuzzy), country, and identifiers shared with an imported record already linked to
the registry entity. The weights add up to a probability; every pair at or above the threshold is
proposed as a candidate ``same_as_imported`` statement, so it waits in the review queue like any
other candidate, with the comparison written out in its note. Nothing is linked until accepted, and
a pair proposed before (whatever became of it) is not proposed again.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from anyascii import anyascii
from rapidfuzz import fuzz

from copytrace.datafile import load_yaml
from copytrace.ftm.read import load_model
from copytrace.model.statement import Citation, Statement
from copytrace.registry import Registry
from copytrace.registry import imported as store
from copytrace.registry.imported import ImportedEntity

NAME_PROPS = ("name", "alias", "previousName")
COUNTRY_PROPS = ("country", "jurisdiction", "mainCountry", "nationality")
PREDICATE = "same_as_imported"
_PUNCT = re.compile(r"[^\w]+")
# Which registry kind an imported schema can match.
KINDS = {"organization": ("LegalEntity", "Company", "Organization", "PublicBody"), "person": ("Person",)}


@dataclass(frozen=True, slots=True)
class Weights:
    prior: float
    propose_at: float
    fields: dict[str, dict[str, float]]
    fuzzy_high_at: float
    fuzzy_low_at: float


@cache
def load_weights() -> Weights:
    data = load_yaml(resources.files("copytrace.ftm").joinpath("comparison.yaml").read_text(encoding="utf-8"))
    return Weights(float(data["prior"]), float(data["propose_at"]),
                   {f: {k: float(v) for k, v in levels.items()} for f, levels in data["fields"].items()},
                   float(data["thresholds"]["fuzzy_high_at"]), float(data["thresholds"]["fuzzy_low_at"]))


@dataclass(frozen=True, slots=True)
class Comparison:
    field: str
    level: str
    weight: float
    detail: str

    def __str__(self) -> str:
        return f"{self.field} {self.level} ({self.detail}) {self.weight:+g}"


@dataclass(frozen=True, slots=True)
class Proposal:
    entity_id: str
    entity_name: str
    imported: str  # DATASET:ENTITY_ID
    imported_name: str
    comparisons: tuple[Comparison, ...]
    weight: float
    probability: float

    @property
    def explanation(self) -> str:
        parts = "; ".join(str(c) for c in self.comparisons)
        return f"{parts}; prior {load_weights().prior:+g}: match weight {self.weight:+g}, " \
               f"probability {self.probability:.3f}"

    def to_dict(self) -> dict[str, Any]:
        return {"entity": {"id": self.entity_id, "name": self.entity_name},
                "imported": {"key": self.imported, "name": self.imported_name},
                "probability": round(self.probability, 4), "weight": self.weight,
                "comparisons": [{"field": c.field, "level": c.level, "weight": c.weight, "detail": c.detail}
                                for c in self.comparisons],
                "explanation": self.explanation}


@dataclass(frozen=True, slots=True)
class _Name:
    text: str
    plain: str
    core: str
    latin: str

    @classmethod
    def of(cls, text: str) -> _Name:
        from rigour.names import remove_org_types

        plain = " ".join(_PUNCT.sub(" ", unicodedata.normalize("NFKC", text).casefold()).split())
        core = " ".join(remove_org_types(plain).split()) or plain
        latin = " ".join(_PUNCT.sub(" ", anyascii(core).lower()).split())
        return cls(text, plain, core, latin)

    @property
    def tokens(self) -> set[str]:
        return {t for t in self.latin.split() if len(t) >= 3}


@dataclass(slots=True)
class _Ours:
    id: str
    name: str
    names: list[_Name]
    countries: set[str]
    identifiers: set[str]


def compare_names(ours: Iterable[_Name], theirs: Iterable[_Name], weights: Weights) -> Comparison:
    levels = weights.fields["name"]
    best: Comparison | None = None
    for a in ours:
        for b in theirs:
            pair = f"{b.text!r} ~ {a.text!r}"
            if a.plain == b.plain:
                found = Comparison("name", "exact", levels["exact"], pair)
            elif a.core == b.core:
                found = Comparison("name", "normalised", levels["normalised"], pair)
            elif a.latin == b.latin:
                found = Comparison("name", "transliterated", levels["transliterated"], pair)
            else:
                score = fuzz.token_sort_ratio(a.latin, b.latin)
                level = ("fuzzy_high" if score >= weights.fuzzy_high_at else
                         "fuzzy_low" if score >= weights.fuzzy_low_at else "different")
                found = Comparison("name", level, levels[level], f"{pair}, similarity {score:.0f}")
            if best is None or found.weight > best.weight:
                best = found
    return best or Comparison("name", "different", levels["different"], "no names")


def compare(ours: _Ours, theirs: ImportedEntity, names: list[_Name], weights: Weights) -> Proposal:
    comparisons = [compare_names(ours.names, names, weights)]
    their_countries = {c for p in COUNTRY_PROPS for c in theirs.props.get(p, [])}
    levels = weights.fields["country"]
    if not ours.countries or not their_countries:
        comparisons.append(Comparison("country", "unknown", levels["unknown"], "not known on both sides"))
    elif ours.countries & their_countries:
        comparisons.append(Comparison("country", "agree", levels["agree"], ", ".join(sorted(ours.countries
                                                                                            & their_countries))))
    else:
        comparisons.append(Comparison("country", "disagree", levels["disagree"],
                                      f"{', '.join(sorted(their_countries))} vs {', '.join(sorted(ours.countries))}"))
    shared = ours.identifiers & _identifiers(theirs)
    levels = weights.fields["identifier"]
    comparisons.append(Comparison("identifier", "shared", levels["shared"], ", ".join(sorted(shared))) if shared
                       else Comparison("identifier", "unknown", levels["unknown"], "none shared"))
    weight = weights.prior + sum(c.weight for c in comparisons)
    probability = 1.0 / (1.0 + math.pow(2.0, -weight))
    return Proposal(ours.id, ours.name, theirs.key, theirs.caption, tuple(comparisons), weight, probability)


@cache
def _identifier_props() -> frozenset[str]:
    model = load_model()
    return frozenset(p.name for s in model.schemata.values() for p in s.properties.values()
                     if p.type.name == "identifier")


def _identifiers(entity: ImportedEntity) -> set[str]:
    return {_PUNCT.sub("", v).upper() for p in _identifier_props() for v in entity.props.get(p, [])}


def _schemata(kind: str) -> list[str]:
    model = load_model()
    roots = KINDS[kind]
    if kind == "person":
        return ["Person"]
    return sorted({s.name for s in model.schemata.values() if s.name in roots
                   or (s.is_a("LegalEntity") and not s.is_a("Person"))})


def _country_codes(registry: Registry) -> dict[str, str]:
    """The ISO code of each registry country, read from its names by FtM's country type."""
    from followthemoney.types import registry as types

    codes: dict[str, str] = {}
    for country in registry.entities("country"):
        for name, _alias in [(country.name, False), *registry.names_of(country.id)]:
            code = types.country.clean(name)
            if code:
                codes[country.id] = code
                break
    return codes


def _ours(registry: Registry, kind: str) -> list[_Ours]:
    codes = _country_codes(registry) if kind == "organization" else {}
    located: dict[str, set[str]] = defaultdict(set)
    for s in registry.statements(predicate="located_in", status=("accepted", "candidate")):
        if s.object_id in codes:
            located[s.subject].add(codes[s.object_id])
    linked: dict[str, list[str]] = defaultdict(list)
    for s in registry.statements(predicate=PREDICATE, status="accepted"):
        linked[s.subject].append(str(s.value))
    found = []
    for entity in registry.entities(kind):
        names = [_Name.of(n) for n, _alias in registry.names_of(entity.id)]
        identifiers: set[str] = set()
        for key in linked.get(entity.id, []):
            _dataset, _, ftm_id = key.partition(":")
            for other in store.entities(registry, ids=[ftm_id]):
                identifiers |= _identifiers(other)
        found.append(_Ours(entity.id, entity.name, names, located.get(entity.id, set()), identifiers))
    return found


def score_all(registry: Registry, *, datasets: Iterable[str] | None = None,
              min_probability: float | None = None) -> list[Proposal]:
    """Every pair of a registry entity and an imported one that share a name word, scored, best first."""
    weights = load_weights()
    floor = weights.propose_at if min_probability is None else min_probability
    wanted = set(datasets) if datasets is not None else None
    props = [*NAME_PROPS, *COUNTRY_PROPS, *_identifier_props()]
    out: list[Proposal] = []
    for kind in KINDS:
        ours = _ours(registry, kind)
        by_token: dict[str, set[int]] = defaultdict(set)
        for index, one in enumerate(ours):
            for name in one.names:
                for token in name.tokens:
                    by_token[token].add(index)
        for theirs in store.entities(registry, schemata=_schemata(kind), props=props):
            if wanted is not None and theirs.dataset not in wanted:
                continue
            names = [_Name.of(v) for p in NAME_PROPS for v in theirs.props.get(p, [])]
            near = {i for n in names for t in n.tokens for i in by_token.get(t, ())}
            for index in sorted(near):
                proposal = compare(ours[index], theirs, names, weights)
                if proposal.probability >= floor:
                    out.append(proposal)
    return sorted(out, key=lambda p: (-p.probability, p.entity_id, p.imported))


def propose(registry: Registry, *, actor: str, datasets: Iterable[str] | None = None,
            min_probability: float | None = None) -> tuple[list[Proposal], int]:
    """Score and send new proposals to the review queue; return them all and how many were new."""
    found = score_all(registry, datasets=datasets, min_probability=min_probability)
    seen = {(s.subject, str(s.value)) for s in registry.statements(predicate=PREDICATE)}
    fresh = [p for p in found if (p.entity_id, p.imported) not in seen]
    statements = [Statement(p.entity_id, PREDICATE, value=p.imported, origin="imported",
                            confidence=round(p.probability, 4), note=p.explanation, status="candidate",
                            citation=Citation(f"FollowTheMoney dataset {p.imported.partition(':')[0]}",
                                              publisher="copytrace import-ftm"))
                  for p in fresh]
    added = registry.add_statements(statements, actor=actor) if statements else 0
    return found, added
