"""Web benchmark: the AKM page and its JSON twin under 50 concurrent clients, beside a minimal app.

    python benchmarks/web_bench.py [--backends sqlite,postgresql] [--requests 3000] [--workers 2] [--rate 300]
    python benchmarks/web_bench.py --products 100000 --extra /lineage/akm --extra "/search?q=bench+product"

For each backend (SQLite: a file; PostgreSQL: a throwaway local server started as the tests start
one, skipped where its binaries are missing) it builds the demo registry (``copytrace demo``'s
packs and sample documents), with ``--products N`` plus N generated products with ten statements
each (100000: 100k products, 1M statements; the SQLite file is kept in the temporary folder and
reused). Then, with ``--workers`` server processes on 127.0.0.1 and the load generator in a
separate process, pinned to other cores than the server where the machine has enough (it says so
when it has not), it measures ``--page`` (the AKM design page), its ``.json`` twin and any
``--extra`` pages three times:

- warm: ``copytrace serve`` as shipped, pages served from its page cache after the first;
- cold: the same app with nothing remembered between requests (no page cache, the explanation
  cache emptied before each request), so every answer is computed from the registry: what the
  first reader after each write pays;
- a minimal Starlette app serving the same bytes with the same number of workers.

Each is run closed loop (each client asks again as soon as it is answered: the most the server
serves) and open loop (``--rate`` requests/s offered in all, latency counted from when each
request was due), printing requests/s, p50, p99, errors and the server's CPU per request, and a
summary with the ratio of CPU per request to the minimal app's. Targets: p99 < 150 ms, >= 300
requests/s, CPU per request within 5x of the minimal app.

With 50 closed-loop clients, mean latency is 50 / throughput (Little's law): 300 requests/s alone
means about 170 ms, so p99 is judged on the open-loop run.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import re
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from copytrace.demo import DEMO_PACKS, build_demo, sample_documents
from copytrace.ingest import IngestConfig, ingest
from copytrace.model.statement import Citation, Statement
from copytrace.packs import load_pack
from copytrace.registry import Registry
from copytrace.registry.registry import Entity
from copytrace.registry.users import add_token, add_user
from copytrace.web.security import hash_password, new_token, token_hash

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Citation("Generated benchmark source", "copytrace benchmarks")
# What a generated product is related to: a few hundred designs, organizations and people over 40 countries.
COUNTRIES = [f"bench-country-{i}" for i in range(40)]
DESIGNS = [f"bench-design-{i}" for i in range(100)]
MAKERS = [f"bench-org-{i}" for i in range(2000)]
DESIGNERS = [f"bench-person-{i}" for i in range(500)]
STATEMENTS_PER_PRODUCT = 10
BATCH = 10_000
# Every AKM_EVERY-th product is a copy of the AKM, so the measured page lists and explains hundreds of them.
AKM_EVERY = 200


def built(db: str) -> bool:
    if "://" not in db:
        return Path(db).exists()
    with Registry.open(db) as registry:
        return registry.entity("bench-design-0") is not None


def load_demo(registry: Registry) -> None:
    """What ``copytrace demo`` puts in its registry (its packs and sample documents), into any registry."""
    for name in DEMO_PACKS:
        load_pack(registry, name, actor="demo")
    ingest(registry, sample_documents(), config=IngestConfig.from_settings(workers=1), actor="demo")


def product_statements(n: int) -> list[Statement]:
    """Ten statements about generated product ``n``: its lineage, maker, places, year, licence, designer."""
    pid = f"p-{n:06d}"
    parent = "akm" if n % AKM_EVERY == 0 else f"p-{n - 7:06d}" if n % 10 == 7 else DESIGNS[n % len(DESIGNS)]
    year = str(1950 + n % 70)
    return [
        Statement(pid, "alias", value=f"BP-{n:06d}", citation=SOURCE, status="accepted"),
        Statement(pid, "derived_from", object_id=parent, qualifier="copy" if n % 3 else "variant",
                  citation=SOURCE, status="accepted"),
        Statement(pid, "manufactured_by", object_id=MAKERS[n % len(MAKERS)], citation=SOURCE, status="accepted"),
        Statement(pid, "made_in_country", object_id=COUNTRIES[n % len(COUNTRIES)], valid_from=year,
                  citation=SOURCE, status="accepted"),
        Statement(pid, "introduced_year", value=year, citation=SOURCE, status="accepted"),
        *(Statement(pid, "exported_to", object_id=COUNTRIES[(n + k) % len(COUNTRIES)], citation=SOURCE,
                    status="accepted" if k < 3 else "candidate") for k in (1, 2, 3)),
        Statement(pid, "licence_status", value="licensed" if n % 3 == 0 else "unlicensed",
                  scope=MAKERS[n % len(MAKERS)], citation=SOURCE, status="accepted"),
        Statement(pid, "designer", object_id=DESIGNERS[n % len(DESIGNERS)], citation=SOURCE, status="accepted"),
    ]


def build(db: str, products: int) -> None:
    """The demo registry plus ``products`` generated products with ten statements each.

    Written through ``Registry.write`` (the audit chain, names and search index as any write
    makes them) in batches of ten thousand products, one multi-row insert per table and batch.
    A file is built under a temporary name and renamed when complete, so an interrupted build is
    not mistaken for a finished one.
    """
    target = db if "://" in db else db + ".building"
    if target != db:
        for stale in Path(target).parent.glob(Path(target).name + "*"):
            stale.unlink()
    with Registry.open(target) as registry:
        load_demo(registry)
        base = ([Entity(c, "country", f"Bench Country {i}") for i, c in enumerate(COUNTRIES)]
                + [Entity(d, "design", f"Bench Design {i}") for i, d in enumerate(DESIGNS)]
                + [Entity(o, "organization", f"Bench Works {i}") for i, o in enumerate(MAKERS)]
                + [Entity(p, "person", f"Bench Designer {i}") for i, p in enumerate(DESIGNERS)])
        registry.write(base, [], actor="bench")
        started = time.perf_counter()
        for start in range(0, products, BATCH):
            numbers = range(start, min(start + BATCH, products))
            registry.write([Entity(f"p-{n:06d}", "product", f"Bench Product {n}") for n in numbers],
                           [s for n in numbers for s in product_statements(n)], actor="bench")
            done = numbers.stop
            if registry.dialect == "postgresql":
                # What autovacuum does a minute or so later: without statistics on the rows just
                # written, the next batch's look-ups are planned as for empty tables (230 s, not 20).
                with registry.engine.connect() as conn:
                    conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
            print(f"  {done:,} products, {done * STATEMENTS_PER_PRODUCT:,} statements "
                  f"({time.perf_counter() - started:.0f} s)", flush=True)
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


async def wait_ready(base: str, token: str, path: str = "/index.json") -> None:
    async with httpx.AsyncClient(base_url=base) as client:
        for _ in range(300):
            try:
                if (await client.get(path, headers={"authorization": f"Bearer {token}"})).status_code == 200:
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


async def load(port: int, token: str, paths: list[str], clients: int, requests: int,
               rate: float | None = None) -> tuple[list[float], int]:
    """Latencies of ``requests`` GETs of ``paths`` (round robin) by ``clients`` concurrent clients.

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
                try:
                    status = await connection.get(paths[n % len(paths)])
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


def _generator(cores: set[int] | None, port: int, token: str, paths: list[str], clients: int, requests: int,
               rate: float | None, results: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    """The load generator's process: pinned away from the server where possible; sends back
    latencies, errors, wall time and its own CPU seconds."""
    if cores:
        os.sched_setaffinity(0, cores)
    before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    latencies, failures = asyncio.run(load(port, token, paths, clients, requests, rate))
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF)
    results.put((latencies, failures, elapsed,
                 after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime))


def generate(cores: set[int] | None, port: int, token: str, paths: list[str], clients: int, requests: int,
             rate: float | None) -> tuple[list[float], int, float, float]:
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    process = context.Process(target=_generator, args=(cores, port, token, paths, clients, requests, rate, results))
    process.start()
    found: tuple[list[float], int, float, float] = results.get()
    process.join()
    return found


def measured(label: str, server_pid: int, cores: set[int] | None, port: int, token: str, paths: list[str],
             requests: int, args: argparse.Namespace, rate: float | None) -> dict[str, float]:
    """Run one load and print its figures; return them (requests/s, p50, p99 in ms, errors, server CPU ms)."""
    server_before = server_cpu(server_pid)
    latencies, failures, elapsed, client_s = generate(cores, port, token, paths, args.clients, requests, rate)
    server_s = server_cpu(server_pid) - server_before
    latencies.sort()
    n = len(latencies)
    found = {"rps": n / elapsed, "p50": statistics.median(latencies) * 1000,
             "p99": latencies[max(0, int(n * 0.99) - 1)] * 1000, "errors": failures, "cpu": server_s / n * 1000}
    print(f"  {label}: {found['rps']:.0f} requests/s, p50 {found['p50']:.1f} ms, p99 {found['p99']:.1f} ms, "
          f"{failures} errors; CPU per request: server {found['cpu']:.2f} ms, load generator "
          f"{client_s / n * 1000:.2f} ms", flush=True)
    return found


MINIMAL_APP = """
import os
from pathlib import Path
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route

FOLDER = Path(os.environ["COPYTRACE_BENCH_PAGES"])
PAGES = {line.split("\t")[0]: (FOLDER / line.split("\t")[1]).read_bytes()
         for line in (FOLDER / "index.tsv").read_text().splitlines()}


async def page(request):
    path = request.url.path + ("?" + request.url.query if request.url.query else "")
    media = "application/json" if request.url.path.endswith(".json") else "text/html; charset=utf-8"
    return Response(PAGES[path], media_type=media)


app = Starlette(routes=[Route(path.partition("?")[0], page) for path in PAGES])
"""

# copytrace with nothing remembered between requests: no page cache, and the entity pages'
# explanation cache emptied before each request, so every answer is computed from the registry.
COLD_APP = """
from dataclasses import replace

from copytrace.web import create_app
from copytrace.web.app import settle_heap
from copytrace.web.config import WebConfig
from copytrace.web.reasoning import explanation_cache


def create():
    app = create_app(None, config=replace(WebConfig.from_env(), page_cache_bytes=0))
    registry = app.state.registry
    settle_heap()   # (as copytrace serve does)

    # Plain ASGI around the app: an @app.middleware("http") costs CPU of its own on every request,
    # which the minimal app does not pay and the cold figure should not count.
    async def forget(scope, receive, send):
        if scope["type"] == "http":
            explanation_cache(registry).clear()
        await app(scope, receive, send)

    return forget
"""


def fetch_pages(port: int, token: str, paths: list[str], folder: Path) -> None:
    """The bytes the real server answers, for the minimal app to serve."""
    lines = []
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", headers={"authorization": f"Bearer {token}"}) as client:
        for i, path in enumerate(paths):
            answer = client.get(path)
            answer.raise_for_status()
            (folder / f"page-{i}").write_bytes(answer.content)
            lines.append(f"{path}\tpage-{i}")
            print(f"  {path}: {len(answer.content):,} bytes")
    (folder / "index.tsv").write_text("\n".join(lines))
    (folder / "minimal_app.py").write_text(MINIMAL_APP)
    (folder / "cold_app.py").write_text(COLD_APP)


def pinning(workers: int) -> tuple[set[int] | None, set[int] | None, str]:
    """Cores for the server and for the load generator: apart when there are enough."""
    available = sorted(os.sched_getaffinity(0))
    if len(available) > workers:
        server, client = set(available[:workers]), set(available[workers:])
        return server, client, f"server on cores {sorted(server)}, load generator on {sorted(client)}"
    return None, None, f"{len(available)} cores: too few to pin apart; server and load generator share them"


def run_server(command: list[str], log: Path, cores: set[int] | None, env: dict[str, str],
               cwd: str | None = None) -> subprocess.Popen[bytes]:
    with log.open("wb") as sink:  # a file, not a pipe nobody reads: a flood of errors cannot stall the server
        return subprocess.Popen(command, stdout=sink, stderr=sink, env=env, cwd=cwd,
                                preexec_fn=(lambda: os.sched_setaffinity(0, cores)) if cores else None)


def stop(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    server.wait(10)


def bench(label: str, server: subprocess.Popen[bytes], client_cores: set[int] | None, port: int, token: str,
          paths: list[str], requests: int, args: argparse.Namespace) -> dict[str, dict[str, float]]:
    """Warm up, then closed and open loop for each page; the closed-loop figures by page."""
    asyncio.run(wait_ready(f"http://127.0.0.1:{port}", token, paths[0]))
    print(f"{label}:", flush=True)
    found: dict[str, dict[str, float]] = {}
    for path in paths:
        generate(client_cores, port, token, [path], args.clients, min(300, requests), None)  # warm-up
        found[path] = measured(f"{path} closed loop", server.pid, client_cores, port, token, [path], requests,
                               args, None)
        found[path + " open"] = measured(f"{path} open loop at {args.rate:.0f}/s", server.pid, client_cores, port,
                                         token, [path], requests, args, args.rate)
    return found


def registries(args: argparse.Namespace, work: Path) -> Iterator[tuple[str, str]]:
    """(backend, database) for each backend asked for, built first where needed."""
    for backend in args.backends.split(","):
        if args.db:
            yield ("postgresql" if "://" in args.db else "sqlite"), args.db
        elif backend == "sqlite" and not args.products:
            yield backend, str(build_demo(work / "demo").path)
        elif backend == "sqlite":
            db = str(Path(tempfile.gettempdir()) / f"copytrace-web-bench-{args.products}.db")
            if not built(db):
                timed_build(db, args.products)
            yield backend, db
        elif backend == "postgresql":
            yield from postgresql(args.products)
        else:
            raise SystemExit(f"unknown backend {backend!r}: sqlite or postgresql")
        if args.db:
            return


def postgresql(products: int) -> Iterator[tuple[str, str]]:
    """A throwaway PostgreSQL server (as the tests start one) holding the registry, for one backend's runs."""
    sys.path.insert(0, str(ROOT))
    from tests.pgcluster import scratch_database

    with scratch_database("bench") as db:
        if db is None:
            print("postgresql: no PostgreSQL server binaries on this machine; skipped")
            return
        timed_build(db, products)
        yield "postgresql", db


def timed_build(db: str, products: int) -> None:
    print(f"building the demo registry and {products:,} generated products in {db}", flush=True)
    started = time.perf_counter()
    build(db, products)
    print(f"built in {time.perf_counter() - started:.0f} s", flush=True)


def serve(label: str, command: list[str], db: str, work: Path, server_cores: set[int] | None,
          client_cores: set[int] | None, token: str, paths: list[str], requests: int,
          args: argparse.Namespace, fetch: bool = False) -> dict[str, dict[str, float]]:
    port = free_port()
    env = {**os.environ, "COPYTRACE_DB": db, "COPYTRACE_BENCH_PAGES": str(work)}
    log = work / (re.sub(r"[^a-z]+", "-", label.lower()).strip("-") + ".log")
    server = run_server([*command, "--port", str(port)], log, server_cores, env, cwd=str(work))
    try:
        asyncio.run(wait_ready(f"http://127.0.0.1:{port}", token, paths[0]))
        if fetch:
            fetch_pages(port, token, paths, work)
        return bench(label, server, client_cores, port, token, paths, requests, args)
    finally:
        stop(server)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backends", default="sqlite,postgresql",
                        help="comma-separated: sqlite (a file), postgresql (a throwaway local server)")
    parser.add_argument("--db", help="an existing registry file or postgresql:// URL instead")
    parser.add_argument("--products", type=int, default=0,
                        help="add this many generated products (ten statements each) to the demo registry; "
                             "the SQLite file is kept in the temporary folder and reused")
    parser.add_argument("--page", default="/design/akm", help="the page measured, with its .json twin")
    parser.add_argument("--extra", action="append", default=[],
                        help="another page to measure (repeatable), e.g. /lineage/akm or /search?q=bench")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=3000, help="requests per measurement")
    parser.add_argument("--cold-requests", type=int, default=300,
                        help="requests per measurement with nothing cached (0: skip those)")
    parser.add_argument("--workers", type=int, default=2, help="server processes")
    parser.add_argument("--rate", type=float, default=300, help="requests/s offered in the open-loop run")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="copytrace-web-bench-"))
    paths = [args.page, args.page + ".json", *args.extra]
    server_cores, client_cores, placement = pinning(args.workers)
    print(f"{args.clients} clients, {args.workers} server workers, {placement}")
    results: dict[str, dict[str, dict[str, float]]] = {}
    for backend, db in registries(args, work):
        token = token_for(db)
        folder = work / backend
        folder.mkdir()
        serve_command = [sys.executable, "-c", "from copytrace.cli import main; main()", "--db", db, "serve",
                         "--host", "127.0.0.1", "--workers", str(args.workers)]
        uvicorn = [sys.executable, "-m", "uvicorn", "--host", "127.0.0.1", "--workers", str(args.workers),
                   "--log-level", "warning"]
        results[f"{backend} warm"] = serve(f"{backend}: copytrace serve (page cache)", serve_command, db, folder,
                                           server_cores, client_cores, token, paths, args.requests, args, fetch=True)
        if args.cold_requests:
            results[f"{backend} cold"] = serve(f"{backend}: copytrace, nothing cached", [*uvicorn, "--factory",
                                               "cold_app:create"], db, folder, server_cores, client_cores, token,
                                               paths, args.cold_requests, args)
        results[f"{backend} minimal"] = serve(f"{backend}: minimal Starlette app, same bytes",
                                              [*uvicorn, "minimal_app:app"], db, folder, server_cores,
                                              client_cores, token, paths, args.requests, args)
    summary(results, paths)
    print(f"logs in {work}")


def summary(results: dict[str, dict[str, dict[str, float]]], paths: list[str]) -> None:
    """One line per backend, state and page; CPU per request against the minimal app's on the same backend."""
    print("\nsummary (closed loop: requests/s, CPU per request, ratio to the minimal app; open loop at the "
          "offered rate: p50, p99); targets: >= 300 requests/s, p99 < 150 ms, ratio <= 5x")
    for run, pages in results.items():
        backend, state = run.split()
        if state == "minimal":
            continue
        for path in paths:
            closed, opened = pages[path], pages[path + " open"]
            minimal = results[f"{backend} minimal"][path]["cpu"]
            print(f"  {backend:10} {state:4} {path:24} {closed['rps']:6.0f} req/s  CPU {closed['cpu']:6.2f} ms "
                  f"({closed['cpu'] / minimal:5.1f}x)  open p50 {opened['p50']:7.1f} ms  p99 {opened['p99']:7.1f} ms  "
                  f"errors {int(closed['errors'] + opened['errors'])}")


if __name__ == "__main__":
    main()
