"""Web benchmark: the AKM page and its JSON twin under 50 concurrent clients, beside a minimal app.

    python benchmarks/web_bench.py [--clients 50] [--requests 3000] [--workers 2] [--rate 300]
    python benchmarks/web_bench.py --db postgresql://... | --products 100000   # other registries

Builds the demo registry (``copytrace demo``'s) in a temporary folder, or uses ``--db`` (with
``--products N``, a generated registry of N products is built there first), starts
``copytrace serve --workers N`` on 127.0.0.1, and runs the load generator in a separate process,
pinned to other cores than the server where the machine has enough (it says so when it has not).
For ``--page`` (the AKM design page) and its ``.json`` twin it prints, closed loop (each client asks
again as soon as it is answered: the most the server serves) and open loop (``--rate`` requests/s
offered in all, latency counted from when each request was due): requests/s, p50, p99, errors and
the server's CPU per request. Then a minimal Starlette app serving the same bytes with the same
number of workers is measured the same way, in the same run, and the ratio of CPU per request is
printed. Targets: p99 < 150 ms, >= 300 requests/s, CPU per request within 5x of the minimal app.

With 50 closed-loop clients, mean latency is 50 / throughput (Little's law): 300 requests/s alone
means about 170 ms, so p99 is judged on the open-loop run.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from copytrace.demo import build_demo
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
             args: argparse.Namespace, rate: float | None) -> float:
    """Run one load and print its figures; return the server's CPU ms per request."""
    server_before = server_cpu(server_pid)
    latencies, failures, elapsed, client_s = generate(cores, port, token, paths, args.clients, args.requests, rate)
    server_s = server_cpu(server_pid) - server_before
    latencies.sort()
    n = len(latencies)
    p50 = statistics.median(latencies) * 1000
    p99 = latencies[max(0, int(n * 0.99) - 1)] * 1000
    print(f"  {label}: {n / elapsed:.0f} requests/s, p50 {p50:.1f} ms, p99 {p99:.1f} ms, {failures} errors; "
          f"CPU per request: server {server_s / n * 1000:.2f} ms, load generator {client_s / n * 1000:.2f} ms",
          flush=True)
    return server_s / n * 1000


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
    path = request.url.path
    media = "application/json" if path.endswith(".json") else "text/html; charset=utf-8"
    return Response(PAGES[path], media_type=media)


app = Starlette(routes=[Route(path, page) for path in PAGES])
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
          paths: list[str], args: argparse.Namespace) -> dict[str, float]:
    """Warm up, then closed and open loop for each page; the server's CPU ms per request by page."""
    asyncio.run(wait_ready(f"http://127.0.0.1:{port}", token, paths[0]))
    print(f"{label}:", flush=True)
    cpu: dict[str, float] = {}
    for path in paths:
        generate(client_cores, port, token, [path], args.clients, min(300, args.requests), None)  # warm-up
        cpu[path] = measured(f"{path} closed loop", server.pid, client_cores, port, token, [path], args, None)
        measured(f"{path} open loop at {args.rate:.0f}/s", server.pid, client_cores, port, token, [path], args,
                 args.rate)
    return cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="registry file or postgresql:// URL (default: the demo registry, built "
                                     "in a temporary folder)")
    parser.add_argument("--products", type=int, default=0,
                        help="with --db: build a generated registry of this many products there first")
    parser.add_argument("--page", default="/design/akm", help="the page measured, with its .json twin")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=3000, help="requests per measurement")
    parser.add_argument("--workers", type=int, default=2, help="server processes")
    parser.add_argument("--rate", type=float, default=300, help="requests/s offered in the open-loop run")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="copytrace-web-bench-"))
    db = args.db
    if db is None:
        db = str(build_demo(work / "demo").path)
    elif args.products and not built(db):
        print(f"building {args.products:,} products in {db}")
        started = time.perf_counter()
        build(db, args.products)
        print(f"built in {time.perf_counter() - started:.0f} s")
    token = token_for(db)
    paths = [args.page, args.page + ".json"]
    server_cores, client_cores, placement = pinning(args.workers)
    print(f"{args.clients} clients, {args.workers} server workers, {placement}")

    port = free_port()
    command = [sys.executable, "-c", "from copytrace.cli import main; main()", "--db", db, "serve",
               "--host", "127.0.0.1", "--port", str(port), "--workers", str(args.workers)]
    server = run_server(command, work / "server.log", server_cores, {**os.environ})
    try:
        asyncio.run(wait_ready(f"http://127.0.0.1:{port}", token, paths[0]))
        fetch_pages(port, token, paths, work)
        copytrace_cpu = bench("copytrace serve", server, client_cores, port, token, paths, args)
    finally:
        stop(server)

    port = free_port()
    command = [sys.executable, "-m", "uvicorn", "minimal_app:app", "--host", "127.0.0.1", "--port", str(port),
               "--workers", str(args.workers), "--log-level", "warning"]
    minimal = run_server(command, work / "minimal.log", server_cores,
                         {**os.environ, "COPYTRACE_BENCH_PAGES": str(work)}, cwd=str(work))
    try:
        minimal_cpu = bench("minimal Starlette app, same bytes", minimal, client_cores, port, token, paths, args)
    finally:
        stop(minimal)
    for path in paths:
        print(f"CPU per request {path}: copytrace {copytrace_cpu[path]:.2f} ms, minimal {minimal_cpu[path]:.2f} ms, "
              f"ratio {copytrace_cpu[path] / minimal_cpu[path]:.1f}x (target <= 5x)")
    print(f"logs in {work}")


if __name__ == "__main__":
    main()
