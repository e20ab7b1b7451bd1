"""Uploads through the web app, on SQLite and on PostgreSQL: the same documents, one after another.

    python benchmarks/upload_bench.py [--uploads 20] [--together] [--backends sqlite,postgresql]

For each backend (SQLite: a file; PostgreSQL: a throwaway local server started as the tests start
one, skipped where its binaries are missing) it builds a registry holding what ``copytrace demo``
loads (its packs and sample documents, so extraction finds names and writes candidates), makes an
analyst with an API token and starts ``copytrace serve`` (one process) on 127.0.0.1, by the
installed script as deployed. One upload to each, not counted, starts the ingest workers' fork
server, which each server process starts once. Then it uploads ``--uploads`` documents, one at a
time, each to one backend and then the other (the order alternating), so that a machine busy
with something else for a while slows both alike: ``POST /uploads`` (answered 202 at once), then
``GET /uploads/{id}.json`` every 10 ms until the upload is done, each file checked stored.
``--together`` sends them all in one upload instead (stored in groups, as ``copytrace ingest``
stores a folder).

The documents are built at run time: generated sentences in six languages about the designs the
demo packs name, 3-8 KB each, as text, Markdown and HTML in turn, unique by their first line.
Prints each backend's total, median and slowest seconds per upload, and the ratio of the totals
PostgreSQL / SQLite (target: within 2x).

The server runs in a process of its own, not in this one: its ingest workers are forked from a
fork server that runs the main module again, and with this script as the main module each would
import the benchmark's client libraries, half a second per upload that ``serve`` does not pay.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx
from ingest_bench import markup
from web_bench import free_port, load_demo, run_server, stop

from copytrace.registry import Registry
from copytrace.registry.users import add_token, add_user
from copytrace.web.security import hash_password, new_token, token_hash

ROOT = Path(__file__).resolve().parent.parent
POLL_S = 0.01
# Sentences per language; {d} is a design, {c} a country, {m} a maker, {y} a year.
SENTENCES = {
    "en": ["The {d} was copied in {c} by {m} from {y}.", "{m} made the {d} under licence in {c}.",
           "Export records list the {d} among the arms sent to {c} in {y}.",
           "A field report notes that the {d} seen in {c} differs in its stock and sights.",
           "The museum catalogue dates its {d} to {y} and names {m} as the maker."],
    "ru": ["{d} выпускался в стране {c} заводом {m} с {y} года.",
           "По данным архива, {m} получил лицензию на {d} в {y} году.",
           "Экспортные списки называют {d} среди оружия, поставленного в {c}.",
           "Полевой отчёт отмечает, что {d} отличается прикладом и прицелом."],
    "ro": ["{d} a fost fabricat în {c} de {m} din {y}.",
           "Arhivele arată că {m} a primit licența pentru {d} în {y}.",
           "Listele de export menționează {d} printre armele trimise în {c}."],
    "pl": ["{d} był produkowany w kraju {c} przez {m} od {y} roku.",
           "Według archiwum {m} otrzymał licencję na {d} w {y} roku.",
           "Wykazy eksportowe wymieniają {d} wśród broni wysłanej do {c}."],
    "fi": ["{m} valmisti mallia {d} maassa {c} vuodesta {y} alkaen.",
           "Arkiston mukaan {m} sai lisenssin malliin {d} vuonna {y}.",
           "Vientiluettelot mainitsevat mallin {d} maahan {c} lähetettyjen aseiden joukossa."],
    "id": ["{d} dibuat di {c} oleh {m} sejak tahun {y}.",
           "Menurut arsip, {m} memperoleh lisensi untuk {d} pada tahun {y}.",
           "Daftar ekspor menyebut {d} di antara senjata yang dikirim ke {c}."],
}
DESIGNS = ["AKM", "AK-47", "Type 56", "PM md. 63", "Tantal", "Valmet M76", "RPG-7", "AKMS", "Type 69"]
COUNTRIES = ["China", "Romania", "Poland", "Finland", "Indonesia", "Egypt", "Iraq", "Vietnam"]
MAKERS = ["Norinco", "Cugir", "Radom", "Valmet", "Pindad", "Maadi", "Izhmash"]
KINDS = (("txt", "text/plain"), ("md", "text/markdown"), ("html", "text/html"))


def documents(count: int, seed: int = 17) -> list[tuple[str, bytes, str]]:
    """``count`` unique documents of 3-8 KB, each in one language: (file name, bytes, media type)."""
    rng = random.Random(seed)
    langs = sorted(SENTENCES)
    made: list[tuple[str, bytes, str]] = []
    for number in range(count):
        lang = langs[number % len(langs)]
        paragraphs: list[str] = []
        size, target = 0, rng.randint(3_000, 8_000)
        while size < target:
            paragraph = " ".join(rng.choice(SENTENCES[lang]).format(
                d=rng.choice(DESIGNS), c=rng.choice(COUNTRIES), m=rng.choice(MAKERS), y=rng.randint(1955, 1995))
                for _ in range(rng.randint(3, 6)))
            paragraphs.append(paragraph)
            size += len(paragraph.encode()) + 2
        title = f"Upload bench {number:03d} ({lang})"
        suffix, media = KINDS[number % len(KINDS)]
        text = markup(suffix, title, paragraphs)
        made.append((f"bench-{number:03d}-{lang}.{suffix}", text.encode("utf-8"), media))
    return made


@contextmanager
def backends(names: list[str], work: Path) -> Iterator[dict[str, str]]:
    """Each backend's registry location: a file, or a database on a throwaway PostgreSQL server."""
    with ExitStack() as stack:
        found: dict[str, str] = {}
        for name in names:
            if name == "sqlite":
                found[name] = str(work / "registry.db")
            elif name == "postgresql":
                sys.path.insert(0, str(ROOT))
                from tests.pgcluster import scratch_database

                db = stack.enter_context(scratch_database("upload_bench"))
                if db is None:
                    print("postgresql: no PostgreSQL server binaries on this machine; skipped")
                else:
                    found[name] = db
            else:
                raise SystemExit(f"unknown backend {name!r}: sqlite or postgresql")
        yield found


def prepare(db: str, store: Path) -> str:
    """The demo's packs and documents in the registry at ``db``, and an analyst's API token."""
    with Registry.open(db, store=str(store)) as registry:
        load_demo(registry)
        user = add_user(registry, "bench-analyst", hash_password("benchmark-password"), "analyst", actor="bench")
        token = new_token("ct_")
        add_token(registry, user, token_hash(token), "benchmark", actor="bench")
    return token


def upload(client: httpx.Client, files: list[tuple[str, bytes, str]]) -> float:
    """Seconds from posting the files (one upload) to the upload being done; fails unless each was stored."""
    started = time.perf_counter()
    answer = client.post("/uploads", files=[("files", item) for item in files])
    assert answer.status_code == 202, answer.text
    status = answer.json()["status"]
    while True:
        body = client.get(status).json()
        if body["done"]:
            break
        time.sleep(POLL_S)
    took = time.perf_counter() - started
    states = [(item["name"], item["state"], item["reason"]) for item in body["files"]]
    assert states == [(name, "stored", None) for name, _data, _media in files], states
    return took


def serve(db: str, store: Path, log: Path) -> tuple[int, subprocess.Popen[bytes]]:
    """``copytrace serve`` (one process) on a free loopback port, started by the installed script, as deployed."""
    port = free_port()
    script = Path(sys.executable).parent / "copytrace"
    command = [str(script)] if script.exists() else [sys.executable, "-c", "from copytrace.cli import main; main()"]
    env = {**os.environ, "COPYTRACE_STORE": str(store)}
    return port, run_server([*command, "--db", db, "serve", "--host", "127.0.0.1", "--port", str(port)],
                            log, None, env)


@contextmanager
def client_of(db: str, work: Path) -> Iterator[httpx.Client]:
    """A client of ``copytrace serve`` over the registry at ``db`` (prepared, started, warmed up; stopped after)."""
    store = work / "store"
    token = prepare(db, store)
    port, server = serve(db, store, work / "server.log")
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", headers={"authorization": f"Bearer {token}"},
                          timeout=120) as client:
            for _ in range(300):
                try:
                    if client.get("/index.json").status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            else:
                raise SystemExit(f"the server did not come up (see {work / 'server.log'})")
            upload(client, [("warm-up.txt", b"A warm-up upload about the AKM.\n", "text/plain")])
            yield client
    finally:
        stop(server)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--uploads", type=int, default=20, help="documents, one upload each")
    parser.add_argument("--together", action="store_true", help="all the documents in one upload instead")
    parser.add_argument("--backends", default="sqlite,postgresql",
                        help="comma-separated: sqlite (a file), postgresql (a throwaway local server)")
    args = parser.parse_args()
    docs = documents(args.uploads)
    work = Path(tempfile.mkdtemp(prefix="copytrace-upload-bench-"))
    how = "one upload of all of them" if args.together else "one upload each, one after another"
    print(f"{len(docs)} documents, {how} ({sum(len(d[1]) for d in docs) / len(docs) / 1000:.1f} KB "
          f"on average), to 'copytrace serve' on 127.0.0.1; work in {work}")
    with backends(args.backends.split(","), work) as dbs, ExitStack() as stack:
        clients = {}
        for backend, db in dbs.items():
            (work / backend).mkdir()
            clients[backend] = stack.enter_context(client_of(db, work / backend))
        times: dict[str, list[float]] = {backend: [] for backend in clients}
        # Document by document, each backend in turn (first one, then the other): a machine busy with
        # something else for a while slows both alike.
        order = list(clients)
        for files in [docs] if args.together else [[document] for document in docs]:
            for backend in order:
                times[backend].append(upload(clients[backend], files))
            order.reverse()
    for backend, took in times.items():
        print(f"  {backend:10} {sum(took):6.2f} s in all, median {statistics.median(took):.3f} s, "
              f"slowest {max(took):.3f} s per upload")
    if {"sqlite", "postgresql"} <= times.keys():
        print(f"ratio postgresql / sqlite: {sum(times['postgresql']) / sum(times['sqlite']):.2f}x (target: <= 2x)")


if __name__ == "__main__":
    main()
