"""Statements per design family and sources per publisher, read from the shipped packs.

Usage: python scripts/pack_stats.py [--sources N]

A family is a design derived from nothing (as `copytrace status --json` counts them); a product
belongs to the family its derived_from links lead to. A licence counts under the family of the
design it grants; makers, plants, people and countries are counted apart. "Facts" are the
statements a pack writes (one per fact line); "names" are the name and alias statements the loader
adds for every entity. Prints Markdown tables, for an issue note or docs/packs.md.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from urllib.parse import urlparse

from copytrace.packs.reader import Pack, PackEntity, available_packs, read_pack

PRODUCTS = {"design", "product"}
KINDS = {"organization": "(organisations)", "facility": "(plants and facilities)", "person": "(people)",
         "country": "(countries)"}
# The design lines issue 12 names; a product is counted under the nearest of them it derives from.
LINES = ("t-34", "t-34-85", "t-54", "t-55", "t-62", "t-72", "t-90", "bmp-1", "bmp-2", "bmp-3", "btr-60", "btr-70",
         "btr-80", "mig-21", "mig-23", "mig-29", "su-27", "mi-8", "mi-17", "an-2", "pk", "svd", "rpd", "rpk", "dshk",
         "nsv", "rpg-7", "strela-2", "malyutka", "fagot", "makarov-pm", "tt-33", "sks", "ppsh-41", "ak-47", "akm",
         "ak-74")


def family_roots(entities: dict[str, PackEntity], stops: frozenset[str] = frozenset()) -> dict[str, str]:
    """Each design or product mapped to its family root, or to the nearest of `stops` it derives
    from (breadth first over derived_from)."""
    parents = {e.id: [f.o for f in e.facts if f.p == "derived_from" and f.o in entities]
               for e in entities.values() if e.kind in PRODUCTS}
    roots: dict[str, str] = {}
    for start in parents:
        seen, queue, root = {start}, [start], ""
        while queue:
            node = queue.pop(0)
            if node in stops or not parents.get(node):
                root = node
                break
            for parent in parents[node]:
                if parent not in seen:
                    seen.add(parent)
                    queue.append(parent)
        roots[start] = root or "(look-alikes and unlinked)"
    return roots


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=0, metavar="N",
                        help="list only the N publishers cited most (default: all)")
    args = parser.parse_args()

    packs = [read_pack(name) for name in available_packs()]
    entities = {e.id: e for pack in packs for e in pack.entities}
    print("Statements per family (a family is a design derived from nothing):\n")
    family_table(entities, family_roots(entities))
    print("Statements per design line (the nearest of the issue's named designs a product derives from):\n")
    family_table(entities, family_roots(entities, frozenset(LINES) & entities.keys()))
    sources_table(packs, args.sources)


def family_table(entities: dict[str, PackEntity], roots: dict[str, str]) -> None:
    facts: Counter[str] = Counter()
    names: Counter[str] = Counter()
    products: Counter[str] = Counter()
    licences: Counter[str] = Counter()
    for entity in entities.values():
        if entity.kind in PRODUCTS:
            family = roots[entity.id]
            products[family] += 1
        elif entity.kind == "licence":
            granted = [f.o for f in entity.facts if f.p == "licensed_design" and f.o in roots]
            family = roots[granted[0]] if granted else "(licences without a design)"
            licences[family] += 1
        else:
            family = KINDS.get(entity.kind, f"({entity.kind})")
        facts[family] += len(entity.facts)
        names[family] += 1 + len(entity.aliases)

    def label(family: str) -> str:
        return entities[family].name if family in entities else family

    print("| family or line | products | licences | facts | names |")
    print("| --- | ---: | ---: | ---: | ---: |")
    ordered = sorted(facts, key=lambda f: (f.startswith("("), -facts[f], label(f)))
    for family in ordered:
        print(f"| {label(family)} | {products[family]} | {licences[family]} | {facts[family]} | {names[family]} |")
    print(f"| **total** | {sum(products.values())} | {sum(licences.values())} | {sum(facts.values())} "
          f"| {sum(names.values())} |")
    print(f"\n{sum(1 for f in products if not f.startswith('('))} families or lines, "
          f"{sum(products.values())} products.\n")


def sources_table(packs: list[Pack], limit: int) -> None:
    cited: Counter[str] = Counter()
    sources_by_publisher: dict[str, set[str]] = defaultdict(set)
    hosts: dict[str, set[str]] = defaultdict(set)
    for pack in packs:
        for key, citation in pack.sources.items():
            publisher = citation.publisher or "(no publisher)"
            sources_by_publisher[publisher].add(f"{pack.name}:{key}")
            hosts[publisher].add(urlparse(citation.url or "").netloc)
        for entity in pack.entities:
            for fact in entity.facts:
                cited[pack.sources[fact.source].publisher or "(no publisher)"] += 1
    print("| publisher | sources | facts citing | sites |")
    print("| --- | ---: | ---: | --- |")
    publishers = sorted(sources_by_publisher, key=lambda p: (-cited[p], p))
    for publisher in publishers[: limit or None]:
        print(f"| {publisher} | {len(sources_by_publisher[publisher])} | {cited[publisher]} "
              f"| {', '.join(sorted(hosts[publisher]))} |")
    print(f"\n{len(publishers)} publishers, {sum(len(s) for s in sources_by_publisher.values())} sources.")


if __name__ == "__main__":
    main()
