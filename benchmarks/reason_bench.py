"""Reasoning benchmark on a generated registry: 100k products, ~1M statements, SQLite and PostgreSQL.

    python benchmarks/reason_bench.py [--products 100000] [--backend sqlite|postgresql|both]

Prints lineage query p50/p95 (ancestors of random products, descendants of random designs), the
time to compute the licence status of every product, and the time for a 50-product PDF dossier.
The registry is written straight into the tables (no audit entries): only the reads are measured.
PostgreSQL is started from the machine's binaries, as the tests do (tests/pgcluster.py).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from copytrace.model.names import name_key
from copytrace.model.statement import Citation, Statement
from copytrace.reason.explain import reasoner
from copytrace.reason.facts import FactBase
from copytrace.reason.lineage import lineage
from copytrace.registry import Registry
from copytrace.registry.rows import statement_row
from copytrace.registry.tables import entities, names, statements
from copytrace.report import build_dossier, render

ROOTS, DESIGNS, ORGS, COUNTRIES, LICENCES = 20, 2000, 2000, 100, 3000
DOSSIER_ORG, DOSSIER_PRODUCTS = "org-big", 50
RECORDED = datetime.now(UTC)
NOW = RECORDED.isoformat(timespec="microseconds")


def _statement(n: int, subject: str, predicate: str, obj: str | None = None, value: str | None = None,
               qualifier: str | None = None, scope: str | None = None, start: str | None = None,
               end: str | None = None) -> dict[str, Any]:
    # Built through the model so the id is the content id, as the registry's own writes make it:
    # explanations fetch full statements by id, and a dossier without them would have no evidence.
    s = Statement(subject, predicate, obj, value, qualifier, scope, start, end,
                  citation=Citation(f"Generated source {n % 97}", f"Publisher {n % 13}",
                                    f"https://example.org/{n % 97}", "2020"),
                  origin="curated", status="accepted", recorded_at=RECORDED, recorded_by="bench")
    return statement_row(s)


def generate(products: int, rng: random.Random) -> tuple[list[dict[str, Any]], Iterator[dict[str, Any]]]:
    """Entities, and a stream of about ten statements per product."""
    ents: list[dict[str, Any]] = []

    def add(eid: str, kind: str) -> str:
        ents.append({"id": eid, "kind": kind, "name": eid.upper(), "created_at": NOW})
        return eid

    countries = [add(f"country-{i}", "country") for i in range(COUNTRIES)]
    orgs = [add(f"org-{i}", "organization") for i in range(ORGS)] + [add(DOSSIER_ORG, "organization")]
    designs = [add(f"design-{i}", "design") for i in range(DESIGNS)]
    licences = [add(f"licence-{i}", "licence") for i in range(LICENCES)]
    prods = [add(f"product-{i}", "product") for i in range(products)]

    def stream() -> Iterator[dict[str, Any]]:
        n = 0

        def st(*args: Any, **kw: Any) -> dict[str, Any]:
            nonlocal n
            n += 1
            return _statement(n, *args, **kw)

        for i, org in enumerate(orgs):
            yield st(org, "located_in", countries[i % COUNTRIES])
            # The respondent succeeds no one: a predecessor's products would join its dossier.
            if i and i % 10 == 0 and org != DOSSIER_ORG:
                yield st(org, "successor_of", orgs[i - 1], start="1991")
        for i, design in enumerate(designs):
            if i < ROOTS:
                yield st(design, "rights_holder", countries[i])
            else:
                yield st(design, "derived_from", designs[rng.randrange(min(i, ROOTS * 5))], qualifier="successor")
        for i, lic in enumerate(licences):
            yield st(lic, "licensor", countries[i % ROOTS], start="1960", end="1990")
            yield st(lic, "licensee", orgs[rng.randrange(ORGS)], start="1960", end="1990")
            yield st(lic, "licensed_design", designs[rng.randrange(DESIGNS)], start="1960", end="1990")
        for i, prod in enumerate(prods):
            parent = designs[rng.randrange(DESIGNS)] if i < 1000 or rng.random() < 0.5 else prods[rng.randrange(i)]
            maker = DOSSIER_ORG if i < DOSSIER_PRODUCTS else orgs[rng.randrange(ORGS)]
            year = str(1950 + rng.randrange(70))
            yield st(prod, "name", value=prod.upper())
            yield st(prod, "alias", value=f"P{i}")
            yield st(prod, "derived_from", parent, qualifier=rng.choice(["copy", "variant", "licensed_copy"]))
            yield st(prod, "manufactured_by", maker, start=year)
            yield st(prod, "made_in_country", countries[rng.randrange(COUNTRIES)], start=year)
            yield st(prod, "introduced_year", value=year)
            yield st(prod, "exported_to", countries[rng.randrange(COUNTRIES)])
            yield st(prod, "exported_to", countries[rng.randrange(COUNTRIES)], start=year)
            yield st(prod, "licence_status", value=rng.choice(["licensed", "unlicensed", "expired"]), scope=maker)
            if rng.random() < 0.1:
                yield st(prod, "licence_status", value="disputed", scope=maker)

    return ents, stream()


def populate(registry: Registry, products: int) -> int:
    ents, stream = generate(products, random.Random(7))
    count = 0
    with registry.transaction() as conn:
        for i in range(0, len(ents), 10_000):
            conn.execute(entities.insert(), ents[i: i + 10_000])
            conn.execute(names.insert(), [{"entity_id": e["id"], "name": e["name"], "key": name_key(e["name"]),
                                           "is_alias": 0} for e in ents[i: i + 10_000]])
        batch: list[dict[str, Any]] = []
        for row in stream:
            batch.append(row)
            if len(batch) == 10_000:
                conn.execute(statements.insert(), batch)
                count += len(batch)
                batch = []
        if batch:
            conn.execute(statements.insert(), batch)
            count += len(batch)
    if registry.dialect == "postgresql":
        with registry.transaction() as conn:
            conn.exec_driver_sql("ANALYZE")
    return count


def _ms(samples: list[float]) -> str:
    qs = statistics.quantiles(samples, n=20)
    return f"p50 {statistics.median(samples) * 1000:.1f} ms, p95 {qs[18] * 1000:.1f} ms"


def bench(name: str, url: str, products: int, store: str) -> None:
    with Registry.open(url, store=store) as registry:
        t = time.perf_counter()
        count = populate(registry, products)
        print(f"[{name}] generated {products} products, {count} statements in {time.perf_counter() - t:.1f} s")
        rng = random.Random(11)
        up: list[float] = []
        for _ in range(300):
            root = f"product-{rng.randrange(products)}"
            t = time.perf_counter()
            lineage(registry, root, "ancestors")
            up.append(time.perf_counter() - t)
        down: list[float] = []
        for _ in range(100):
            root = f"design-{rng.randrange(ROOTS * 5, DESIGNS)}"
            t = time.perf_counter()
            lineage(registry, root, "descendants")
            down.append(time.perf_counter() - t)
        print(f"[{name}] lineage ancestors: {_ms(up)}; descendants: {_ms(down)}")
        t = time.perf_counter()
        r = reasoner(registry)
        loaded = time.perf_counter() - t
        found = r.assess_all()
        print(f"[{name}] all statuses: {len(found)} assessments in {time.perf_counter() - t:.1f} s "
              f"(loading facts {loaded:.1f} s)")
        # As of a date: the same facts with their review state then (reference: the live load, same run).
        t = time.perf_counter()
        live = FactBase.load(registry)
        live_s = time.perf_counter() - t
        t = time.perf_counter()
        then = FactBase.load(registry, as_of=date.today())
        then_s = time.perf_counter() - t
        print(f"[{name}] facts as known today: {len(then.facts)} in {then_s:.2f} s "
              f"({then_s / live_s:.1f} x the live load's {live_s:.2f} s)")
        del live, then
        # The assessments above are millions of live objects: every full garbage collection during the
        # dossier (WeasyPrint's import alone ran two) walked them all, a second each.
        del r, found
        gc.collect()
        t = time.perf_counter()
        d = build_dossier(registry, DOSSIER_ORG)
        built = time.perf_counter() - t
        # The first PDF imports WeasyPrint (a server pays that once): counted in the total, shown apart.
        importlib.import_module("weasyprint")
        imported = time.perf_counter() - t - built
        pdf = render(d, "pdf")
        print(f"[{name}] {len(d.products)}-product PDF dossier: {time.perf_counter() - t:.1f} s "
              f"(gathering {built:.1f} s, importing WeasyPrint {imported:.1f} s, {len(pdf) // 1024} KiB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.backend in ("sqlite", "both"):
            bench("sqlite", str(Path(tmp) / "bench.db"), args.products, str(Path(tmp) / "store"))
        if args.backend in ("postgresql", "both"):
            from tests.pgcluster import scratch_database

            with scratch_database("bench") as db:
                if db is None:
                    print("[postgresql] skipped: no PostgreSQL server binaries on this machine")
                    return
                bench("postgresql", db, args.products, str(Path(tmp) / "pgstore"))


if __name__ == "__main__":
    main()
