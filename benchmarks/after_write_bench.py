"""The first read of a page after a write: at once (it renders), and after the server has warmed it.

    python benchmarks/after_write_bench.py [--writes 20] [--pause 1.5] [--page /design/akm] [--workers 2]

Builds the demo registry (SQLite), starts ``copytrace serve`` with ``--workers`` processes, reads the
page a few times on every worker (so it is among each worker's most read), then ``--writes`` times:
adds a statement about the Type 56 through the registry, as a script or another process would, and
times one read of the page right away; reads it on every worker again; writes once more and times
one read ``--pause`` seconds later (the page cache's watcher reads the audit sequence every second
and renders again the pages read most before the write). Prints the median and the slowest of each,
the server's CPU time per write (both writes of a round, every read and the warming they cause, in
all its processes), and how many reads were rendered for the reader (``X-Cache: miss``).
Each read opens its own connection, so the times include connecting.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx
from web_bench import free_port, run_server, server_cpu, stop, token_for

from copytrace.demo import build_demo
from copytrace.model.statement import Citation, Statement
from copytrace.registry import Registry


def _write(registry: Registry, n: int) -> None:
    registry.add_statements([Statement("type-56", "exported_to", object_id="china", status="accepted",
                                       citation=Citation(f"after_write_bench {n} {time.time_ns()}", "bench"))],
                            actor="bench")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--writes", type=int, default=20)
    parser.add_argument("--pause", type=float, default=1.5, help="seconds between a write and the warm read")
    parser.add_argument("--page", default="/design/akm")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="copytrace-after-write-"))
    db = str(build_demo(work / "demo").path)
    token = token_for(db)
    port = free_port()
    command = [sys.executable, "-c", "from copytrace.cli import main; main()", "--db", db, "serve",
               "--host", "127.0.0.1", "--workers", str(args.workers), "--port", str(port)]
    server = run_server(command, work / "server.log", None, {**os.environ, "COPYTRACE_DB": db})
    at_once: list[float] = []
    warmed: list[float] = []
    sources: Counter[str] = Counter()  # X-Cache of every read after the first write
    try:
        # A fresh connection per read, so reads spread over the workers as new clients' would.
        headers = {"authorization": f"Bearer {token}"}

        def read() -> float:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", headers=headers) as client:
                started = time.perf_counter()
                answer = client.get(args.page)
                answer.raise_for_status()
                sources[answer.headers.get("x-cache", "not said")] += 1
                return (time.perf_counter() - started) * 1000

        for _ in range(300):
            try:
                read()
                break
            except httpx.TransportError:
                time.sleep(0.1)
        for _ in range(10 * args.workers):
            read()
        sources.clear()
        cpu_before = server_cpu(server.pid)
        with Registry.open(db) as registry:
            for n in range(args.writes):
                _write(registry, 2 * n)
                at_once.append(read())
                for _ in range(4 * args.workers):  # read on every worker again: among the most read
                    read()
                _write(registry, 2 * n + 1)
                time.sleep(args.pause)
                warmed.append(read())
                for _ in range(4 * args.workers):
                    read()
        cpu = (server_cpu(server.pid) - cpu_before) / args.writes * 1000
    finally:
        stop(server)
    for label, found in (("right after a write", at_once), (f"{args.pause:g} s after a write", warmed)):
        print(f"{args.page} read {label}: median {statistics.median(found):.1f} ms, "
              f"slowest {max(found):.1f} ms ({len(found)} reads)")
    print(f"server CPU per round of two writes and {2 + 8 * args.workers} reads: {cpu:.1f} ms; reads by X-Cache: "
          + ", ".join(f"{source} {count}" for source, count in sorted(sources.items())))


if __name__ == "__main__":
    main()
