"""The proliferation map: countries shaded by the licence status of what is made there.

The statuses are the reasoner's (stated, or inferred from licences, lineage and production), one
per product and producer, placed in the countries where the production happens.

Shapes are the vendored Natural Earth countries (``static/world-110m.json``, built by
``worldmap_build``). A registry country is matched to a shape by any of its names or aliases;
a historic state with no shape of its own (USSR, Yugoslavia) is drawn on the states recorded as
its successors, and also listed by name so nothing is hidden.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from copytrace.model.names import name_key
from copytrace.reason.licence import Assessment, Reasoner
from copytrace.registry import Registry, queries

WORLD = Path(__file__).parent / "static" / "world-110m.json"
# When several statuses meet in one country, the map shows the one a rights holder must act on first.
SEVERITY: tuple[str, ...] = ("unlicensed", "disputed", "expired", "licensed", "unknown")
# Natural Earth's abbreviated labels, spelled out as the registry's packs spell them.
_NE_NAMES = {
    "Bosnia and Herz.": "Bosnia and Herzegovina", "United States of America": "United States",
    "Central African Rep.": "Central African Republic", "Dem. Rep. Congo": "Democratic Republic of the Congo",
    "Dominican Rep.": "Dominican Republic", "Eq. Guinea": "Equatorial Guinea", "S. Sudan": "South Sudan",
    "Czechia": "Czech Republic", "Macedonia": "North Macedonia", "eSwatini": "Eswatini",
    "Solomon Is.": "Solomon Islands", "W. Sahara": "Western Sahara", "Falkland Is.": "Falkland Islands",
}


@cache
def world_shapes() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(WORLD.read_text(encoding="utf-8"))
    width = float(loaded["viewBox"].split()[2])
    for country in loaded["countries"]:
        country["d"] = across_antimeridian(country["d"], width)
    return loaded


_RING = re.compile(r"M([^MZ]*)Z")


def across_antimeridian(path: str, width: float) -> str:
    """An SVG path whose rings cross the date line (Russia's Chukotka, Fiji) drawn without a band across
    the map: each such ring is made continuous past the map's edge and drawn again one map-width over,
    so the view box shows the piece on each side."""
    rings = []
    for ring in _RING.findall(path):
        points = [tuple(float(v) for v in p.split(",")) for p in ring.split("L")]
        shift, out = 0.0, [points[0]]
        for (x0, _), (x1, y1) in itertools.pairwise(points):
            if x1 - x0 > width / 2:
                shift -= width
            elif x0 - x1 > width / 2:
                shift += width
            out.append((x1 + shift, y1))
        copies = [0.0]
        if min(x for x, _ in out) < 0:
            copies.append(width)
        if max(x for x, _ in out) > width:
            copies.append(-width)
        for dx in copies:
            rings.append("M" + "L".join(f"{x + dx:.1f},{y:.1f}" for x, y in out) + "Z")
    return "".join(rings)


@dataclass(slots=True)
class CountryStatus:
    country: str
    name: str
    status: str
    counts: Counter[str] = field(default_factory=Counter)
    products: list[str] = field(default_factory=list)


def countries_of(r: Reasoner, assessment: Assessment) -> set[str]:
    """Where the assessed production happens: the producer when it is a country, else where the
    producer is located, and where the facilities its production runs through are located."""
    producer = assessment.producer
    if producer is None:
        return set()
    if r.facts.kinds.get(producer) == "country":
        return {producer}
    places = {producer} | {f.object for p in assessment.productions for f in p.chain
                           if f.predicate == "manufactured_at"}
    return {f.object for place in places for f in r.facts.out(place, "located_in")
            if f.accepted and r.facts.kinds.get(f.object) == "country"}


def product_status_by_country(r: Reasoner, assessments: list[Assessment]) -> dict[str, dict[str, str]]:
    """For each country, each product made there and the reasoner's licence status for it there.

    A product is made in a country when one of its producers is that country or is located in
    it (or runs a plant there). Several producers in one country: the most severe status shows.
    """
    found: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for a in assessments:
        for country in countries_of(r, a):
            found[country][a.product].append(a.status)
    return {country: {p: worst(statuses) for p, statuses in products.items()} for country, products in found.items()}


def worst(statuses: list[str]) -> str:
    return min(statuses, key=lambda s: SEVERITY.index(s) if s in SEVERITY else len(SEVERITY))


def shape_ids(registry: Registry) -> dict[str, list[str]]:
    """Registry country id -> ids of the Natural Earth shapes it is drawn on."""
    by_key: dict[str, str] = {}
    for country in world_shapes()["countries"]:
        by_key[name_key(country["name"])] = country["id"]
        if country["name"] in _NE_NAMES:
            by_key[name_key(_NE_NAMES[country["name"]])] = country["id"]
    rows = queries.name_keys(registry, "country")
    shapes: dict[str, list[str]] = {}
    for entity_id, key in rows:
        if key in by_key and by_key[key] not in shapes.setdefault(entity_id, []):
            shapes[entity_id].append(by_key[key])
    for s in registry.statements(predicate="successor_of", status="accepted"):
        # A historic state without a shape is drawn on its successors' shapes.
        if s.object_id and not shapes.get(s.object_id) and shapes.get(s.subject):
            shapes.setdefault(s.object_id, []).extend(shapes[s.subject])
    return shapes


def proliferation(registry: Registry, r: Reasoner, assessments: list[Assessment]) -> dict[str, Any]:
    """The map's data: per shape its status and what is made there; per country its summary."""
    made = product_status_by_country(r, assessments)
    labels = registry.labels([*made, *(p for products in made.values() for p in products)])
    countries = []
    for country, products in sorted(made.items(), key=lambda kv: labels.get(kv[0], kv[0])):
        counts = Counter(products.values())
        countries.append(CountryStatus(country, labels.get(country, country), worst(list(counts)), counts,
                                       sorted(labels.get(p, p) for p in products)))
    shapes = shape_ids(registry)
    shaded: dict[str, CountryStatus] = {}
    for summary in countries:
        for shape in shapes.get(summary.country, []):
            current = shaded.get(shape)
            if current is None or SEVERITY.index(summary.status) < SEVERITY.index(current.status):
                shaded[shape] = summary
    drawn = []
    for shape in world_shapes()["countries"]:
        on_shape = shaded.get(shape["id"])
        drawn.append({"id": shape["id"], "name": shape["name"], "d": shape["d"],
                      "status": on_shape.status if on_shape else None,
                      "country": on_shape.country if on_shape else None})
    return {
        "viewBox": world_shapes()["viewBox"],
        "shapes": drawn,
        "countries": [{"id": c.country, "name": c.name, "status": c.status, "counts": dict(c.counts),
                       "products": c.products, "on_map": bool(shapes.get(c.country)),
                       "url": f"/country/{c.country}"} for c in countries],
        "legend": list(SEVERITY),
    }
