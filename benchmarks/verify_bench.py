"""``verify`` on a large registry: every audit entry and every row checked against its binding.

    python benchmarks/verify_bench.py [--statements 200000] [--db PATH]

Builds a SQLite registry through the gateway (``Registry.write``, so every statement and entity
has its audit entry and row hash, exactly as a real load leaves them), then times
``Registry.verify`` and extrapolates linearly to 1M statements (target: under 60 s).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from copytrace.model.statement import Citation, Statement
from copytrace.registry import Entity, Registry

PRODUCTS, COUNTRIES, BATCH = 1000, 50, 5000
TARGET = 1_000_000


def build(registry: Registry, count: int) -> float:
    started = time.perf_counter()
    made = [Entity(f"p{i}", "product", f"Product {i}") for i in range(PRODUCTS)]
    made += [Entity(f"c{i}", "country", f"Country {i}") for i in range(COUNTRIES)]
    registry.write(made, [], actor="bench")
    for start in range(0, count, BATCH):
        batch = [Statement(f"p{i % PRODUCTS}", "made_in_country", object_id=f"c{i % COUNTRIES}",
                           citation=Citation(f"Source {i}", "Bench Press"), status="accepted")
                 for i in range(start, min(start + BATCH, count))]
        registry.add_statements(batch, actor="bench")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--statements", type=int, default=200_000)
    parser.add_argument("--db", help="registry file to build (default: a temporary one)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="copytrace-verify-"))
    db = args.db or str(folder / "registry.db")
    with Registry.open(db, store=str(folder / "store")) as registry:
        built = build(registry, args.statements)
        print(f"built {args.statements} statements in {built:.1f} s")
        started = time.perf_counter()
        report = registry.verify()
        took = time.perf_counter() - started
    if not report.ok:
        sys.exit(f"verify failed on an untouched registry: {report.problems}")
    rate = report.rows / took
    print(f"verify: {report.audit_entries} audit entries, {report.rows} rows in {took:.1f} s ({rate:,.0f} rows/s)")
    print(f"extrapolated to {TARGET:,} statements: {took * TARGET / args.statements:.1f} s (target < 60 s)")


if __name__ == "__main__":
    main()
