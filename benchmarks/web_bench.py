"""Web benchmark: entity pages from a registry of 100k products, 50 concurrent clients, loopback only.

    python benchmarks/web_bench.py [--products 100000] [--clients 50] [--requests 5000] [--workers 2]

Builds (or reuses) a generated SQLite registry, starts ``copytrace serve`` on 127.0.0.1, and has
``--clients`` concurrent clients fetch a bounded number of random product pages (HTML, each
with its statements and labels) with an API token. Prints requests/s and p50/p99 latency.
Target: p99 < 100 ms and >= 300 requests/s on 2 cores.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from copytrace.model.statement import Citation, Statement
from copytrace.registry import Registry
from copytrace.registry.registry import Entity
from copytrace.registry.users import add_token, add_user
from copytrace.web.security import hash_password, new_token, token_hash

SOURCE = Citation("Generated benchmark source", "copytrace benchmarks")
COUNTRIES = [f"bench-country-{i}" for i in range(40)]
BATCH = 5000


def build(path: Path, products: int) -> None:
    """A registry with ``products`` generated products, each derived from a design and made somewhere."""
    with Registry.open(str(path)) as registry:
        base = [Entity("bench-design", "design", "Bench Design")] + [
            Entity(c, "country", f"Bench Country {i}") for i, c in enumerate(COUNTRIES)]
        registry.write(base, [], actor="bench")
        for start in range(0, products, BATCH):
            entities, statements = [], []
            for n in range(start, min(start + BATCH, products)):
                pid = f"p-{n:06d}"
                entities.append(Entity(pid, "product", f"Bench Product {n}"))
                statements.append(Statement(pid, "derived_from", object_id="bench-design", qualifier="copy",
                                            citation=SOURCE, status="accepted"))
                statements.append(Statement(pid, "made_in_country", object_id=COUNTRIES[n % len(COUNTRIES)],
                                            citation=SOURCE, status="accepted", valid_from=str(1950 + n % 70)))
                statements.append(Statement(pid, "introduced_year", value=str(1950 + n % 70), citation=SOURCE,
                                            status="accepted"))
            registry.write(entities, statements, actor="bench")
            print(f"  {min(start + BATCH, products):,} products", flush=True)


def token_for(path: Path) -> str:
    token = new_token("ct_")
    with Registry.open(str(path)) as registry:
        user = add_user(registry, f"bench-{time.time_ns()}", hash_password("benchmark-password"), "viewer",
                        actor="bench")
        add_token(registry, user, token_hash(token), "benchmark", actor="bench")
    return token


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


async def wait_ready(base: str, token: str) -> None:
    async with httpx.AsyncClient(base_url=base) as client:
        for _ in range(200):
            try:
                if (await client.get("/index.json", headers={"authorization": f"Bearer {token}"})).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.1)
    raise SystemExit("the server did not come up")


async def load(base: str, token: str, products: int, clients: int, requests: int) -> tuple[list[float], int]:
    latencies: list[float] = []
    failures = 0
    remaining = iter(range(requests))
    headers = {"authorization": f"Bearer {token}"}
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client_loop(client: httpx.AsyncClient) -> None:
        nonlocal failures
        for _ in remaining:
            path = f"/product/p-{random.randrange(products):06d}"
            started = time.perf_counter()
            response = await client.get(path, headers=headers)
            latencies.append(time.perf_counter() - started)
            if response.status_code != 200:
                failures += 1

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        await asyncio.gather(*(client_loop(client) for _ in range(clients)))
    return latencies, failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--workers", type=int, default=2, help="server processes")
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "copytrace-web-bench.db",
                        help="registry file, built on first use and reused after")
    args = parser.parse_args()
    if not args.db.exists():
        print(f"building {args.products:,} products in {args.db}")
        started = time.perf_counter()
        build(args.db, args.products)
        print(f"built in {time.perf_counter() - started:.0f} s")
    token = token_for(args.db)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-c", "from copytrace.cli import main; main()", "--db", str(args.db), "serve",
               "--host", "127.0.0.1", "--port", str(port), "--workers", str(args.workers)]
    server = subprocess.Popen(command,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              env={**os.environ, "COPYTRACE_WEB_LOGIN_ATTEMPTS": "5"})
    try:
        asyncio.run(wait_ready(base, token))
        asyncio.run(load(base, token, args.products, args.clients, 200))  # warm-up
        started = time.perf_counter()
        latencies, failures = asyncio.run(load(base, token, args.products, args.clients, args.requests))
        elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(10)
    latencies.sort()
    p50 = statistics.median(latencies) * 1000
    p99 = latencies[int(len(latencies) * 0.99) - 1] * 1000
    print(f"{len(latencies)} requests, {args.clients} clients, {args.workers} server workers, "
          f"{os.cpu_count()} cores: {len(latencies) / elapsed:.0f} requests/s, p50 {p50:.1f} ms, p99 {p99:.1f} ms, "
          f"{failures} failed")


if __name__ == "__main__":
    main()
