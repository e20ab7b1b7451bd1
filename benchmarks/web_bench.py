"""Web benchmark: entity pages from a registry of 100k products, 50 concurrent clients, loopback only.

    python benchmarks/web_bench.py [--products 100000] [--clients 50] [--requests 5000] [--workers 2]

Builds (or reuses) a generated SQLite registry, starts ``copytrace serve`` on 127.0.0.1, and has
``--clients`` concurrent clients fetch a bounded number of random product pages (HTML, each
with its statements, labels and reasoned licence status) with an API token, twice: closed loop
(each client asks again as soon as it is answered: the most the server can serve) and open loop
(``--rate`` requests/s offered in all: latency at that load, counted from when each request was
due). Prints requests/s, p50/p99 latency and the CPU the server and the load generator used per
request. Target: p99 < 100 ms and >= 300 requests/s on 2 cores.

With 50 closed-loop clients, mean latency is 50 / throughput (Little's law): 300 requests/s
alone means about 170 ms, so p99 < 100 ms is judged on the open-loop run.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import resource
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


def built(db: str) -> bool:
    if "://" not in db:
        return Path(db).exists()
    with Registry.open(db) as registry:
        return registry.entity("bench-design") is not None


def build(db: str, products: int) -> None:
    """A registry with ``products`` generated products, each derived from a design and made somewhere.

    A file is built under a temporary name and renamed when complete, so an interrupted build is
    not mistaken for a finished one.
    """
    target = db if "://" in db else db + ".building"
    with Registry.open(target) as registry:
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
    if target != db:
        Path(target).rename(db)


def token_for(db: str) -> str:
    token = new_token("ct_")
    with Registry.open(db) as registry:
        user = add_user(registry, f"bench-{time.time_ns()}", hash_password("benchmark-password"), "viewer",
                        actor="bench")
        add_token(registry, user, token_hash(token), "benchmark", actor="bench")
    return token


def server_cpu(pid: int) -> float:
    """CPU seconds used so far by the server process and its workers (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pids = [pid] + [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    for p in pids:
        fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    return total


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


class Connection:
    """One keep-alive HTTP/1.1 connection with just enough client to time GETs.

    Far cheaper per request than a general client, so on a shared machine the load generator
    takes little CPU from the server it measures (its own CPU use is printed too).
    """

    def __init__(self, port: int, token: str) -> None:
        self.port = port
        self.head = f"Host: 127.0.0.1:{port}\r\nAuthorization: Bearer {token}\r\nAccept: text/html\r\n"
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        reused = self.writer is not None
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        assert self.reader is not None
        self.writer.write(f"GET {path} HTTP/1.1\r\n{self.head}\r\n".encode())
        status_line = await self.reader.readline()
        if not status_line and reused:  # the server closed an idle keep-alive connection: once more
            self.close()
            return await self.get(path)
        status = int(status_line.split()[1])
        length, close = 0, False
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"connection" and value.strip().lower() == b"close":
                close = True
            elif name == b"transfer-encoding":
                raise ValueError(f"{path}: a {value.strip().decode()} response, which this client does not read")
        await self.reader.readexactly(length)
        if close:
            self.close()
        return status

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def load(port: int, token: str, products: int, clients: int, requests: int,
               rate: float | None = None) -> tuple[list[float], int]:
    """Latencies of ``requests`` random product pages fetched by ``clients`` concurrent clients.

    Closed loop (``rate`` None): each client sends its next request as soon as the last is
    answered, which measures the most the server can serve. Open loop: requests are due at
    ``rate`` per second in all, round robin over the clients, and each latency counts from when
    its request was due, so time spent queued behind a slow answer is counted, not hidden.
    """
    latencies: list[float] = []
    failures = 0
    started = time.perf_counter()

    async def client_loop(index: int) -> None:
        nonlocal failures
        connection = Connection(port, token)
        try:
            for n in range(index, requests, clients):
                due = time.perf_counter()
                if rate is not None:
                    due = started + n / rate
                    await asyncio.sleep(max(0.0, due - time.perf_counter()))
                path = f"/product/p-{random.randrange(products):06d}"
                try:
                    status = await connection.get(path)
                except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
                    connection.close()
                    status = 0
                latencies.append(time.perf_counter() - due)
                if status != 200:
                    failures += 1
        finally:
            connection.close()

    await asyncio.gather(*(client_loop(i) for i in range(clients)))
    return latencies, failures


def report(label: str, latencies: list[float], failures: int, elapsed: float, server_s: float,
           client_s: float) -> None:
    latencies = sorted(latencies)
    p50 = statistics.median(latencies) * 1000
    p99 = latencies[max(0, int(len(latencies) * 0.99) - 1)] * 1000
    n = len(latencies)
    print(f"{label}: {n} requests, {n / elapsed:.0f} requests/s, p50 {p50:.1f} ms, p99 {p99:.1f} ms, "
          f"{failures} failed; CPU per request: server {server_s / n * 1000:.2f} ms, "
          f"load generator {client_s / n * 1000:.2f} ms")


def measured(port: int, token: str, server_pid: int, args: argparse.Namespace, rate: float | None,
             label: str) -> float:
    """Run one load and print its figures; return the server's CPU ms per request."""
    own_before = resource.getrusage(resource.RUSAGE_SELF)
    server_before = server_cpu(server_pid)
    started = time.perf_counter()
    latencies, failures = asyncio.run(load(port, token, args.products, args.clients, args.requests, rate))
    elapsed = time.perf_counter() - started
    server_s = server_cpu(server_pid) - server_before
    own = resource.getrusage(resource.RUSAGE_SELF)
    client_s = own.ru_utime + own.ru_stime - own_before.ru_utime - own_before.ru_stime
    report(label, latencies, failures, elapsed, server_s, client_s)
    return server_s / len(latencies) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--workers", type=int, default=2, help="server processes")
    parser.add_argument("--rate", type=float, default=300, help="requests/s offered in the open-loop run")
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "copytrace-web-bench.db"),
                        help="registry file or postgresql:// URL, built on first use and reused after")
    args = parser.parse_args()
    if not built(args.db):
        print(f"building {args.products:,} products in {args.db}")
        started = time.perf_counter()
        build(args.db, args.products)
        print(f"built in {time.perf_counter() - started:.0f} s")
    token = token_for(args.db)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-c", "from copytrace.cli import main; main()", "--db", args.db, "serve",
               "--host", "127.0.0.1", "--port", str(port), "--workers", str(args.workers)]
    log = Path(tempfile.gettempdir()) / "copytrace-web-bench-server.log"
    with log.open("wb") as sink:  # a file, not a pipe nobody reads: a flood of errors cannot stall the server
        server = subprocess.Popen(command, stdout=sink, stderr=sink, env={**os.environ})
    try:
        asyncio.run(wait_ready(base, token))
        asyncio.run(load(port, token, args.products, args.clients, 500))  # warm-up: imports, caches, pools
        print(f"{args.clients} clients, {args.workers} server workers, {os.cpu_count()} cores "
              f"(shared by the server and the load generator)")
        server_ms = measured(port, token, server.pid, args, None, "closed loop (as fast as answered)")
        measured(port, token, server.pid, args, args.rate, f"open loop at {args.rate:.0f} requests/s")
    finally:
        server.terminate()
        server.wait(10)
        print(f"server log: {log}")
    print(f"the server alone on {args.workers} cores would serve at most "
          f"{args.workers * 1000 / server_ms:.0f} requests/s (from its CPU per request)")


if __name__ == "__main__":
    main()
