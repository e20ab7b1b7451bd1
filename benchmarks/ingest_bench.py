"""Ingest throughput with default settings (extraction on), against ``copytrace extract`` and one Aho-Corasick pass.

    python benchmarks/ingest_bench.py [--mb 20] [--workers 1,2] [--db URL] [--cluster ADDRESS] [--keep DIR]

The corpus is built at run time from the development passages in ``../shared/eval/dev`` (kept out of the
repository): their paragraphs, shuffled (seeded) into unique 2-30 KB documents of one language each, written
as text files until they hold ``--mb`` MB (1 MB = 10**6 bytes). Measured in one run, on the same files:

* extract: what ``copytrace extract FILES`` does (load its names and languages, read, decode, extract every
  fact), in this process (MB/s, and CPU seconds: steadier than wall time on a shared machine);
* reference: one ``pyahocorasick`` pass over the same text with every key the extractor matches (see
  ``extract_bench.py``), and each figure's ratio to it;
* ingest: ``copytrace ingest`` with its defaults (language detection, extraction, candidate statements, full-text
  index, audit) into a fresh registry, once per worker count in ``--workers`` (and once through ``--cluster``, a
  Dask scheduler address or ``local[:N]``, when given): MB/s, its ratio to extract, CPU seconds of the parent and
  of the workers (local workers only: a cluster's are not counted), peak memory (the parent's and the largest
  local worker's resident set).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from multiprocessing import forkserver
from pathlib import Path

from extract_bench import DEV, MB, all_keys, bench_reference, load_passages

from copytrace.extract import Extractor
from copytrace.extract.textio import read_text
from copytrace.ingest import IngestConfig, ingest
from copytrace.registry import Registry


def build(folder: Path, megabytes: float, seed: int = 7) -> list[Path]:
    """Write unique documents of 2-30 KB, each of one language's shuffled paragraphs, until ``megabytes``."""
    rng = random.Random(seed)
    by_lang = load_passages()
    langs = sorted(by_lang)
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    total = 0
    while total < megabytes * MB:
        lang = rng.choice(langs)
        target = rng.randint(2_000, 30_000)
        parts = [f"№ {len(paths) + 1:07d}"]  # no two documents alike, however the shuffle falls
        size = 0
        while size < target:
            paragraph = rng.choice(by_lang[lang])
            parts.append(paragraph)
            size += len(paragraph.encode()) + 2
        data = ("\n\n".join(parts) + "\n").encode()
        path = folder / f"{len(paths):05d}_{lang}.txt"
        path.write_bytes(data)
        paths.append(path)
        total += len(data)
    return paths


def _server_cpu() -> float:
    """CPU seconds of the fork server and the workers it forked and reaped (Linux; else 0)."""
    server = getattr(forkserver._forkserver, "_forkserver_pid", None)
    if server is None:
        return 0.0
    try:
        fields = Path(f"/proc/{server}/stat").read_text().rpartition(")")[2].split()
        return sum(int(value) for value in fields[11:15]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError):
        return 0.0


def _live_workers() -> list[int]:
    server = getattr(forkserver._forkserver, "_forkserver_pid", None)
    if server is None:
        return []
    try:
        return [int(pid) for pid in Path(f"/proc/{server}/task/{server}/children").read_text().split()]
    except (OSError, ValueError):
        return []


def _proc_cpu(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        return sum(int(value) for value in fields[11:13]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError):
        return 0.0


def _peak_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def bench_extract(paths: list[Path]) -> tuple[float, float]:
    """Wall and CPU seconds of ``copytrace extract`` over the files, loading its names and languages included
    (as each ingest worker does)."""
    wall, cpu = time.perf_counter(), time.process_time()
    extractor = Extractor()
    for path in paths:
        extractor.extract_text(read_text(path), path.name)
    return time.perf_counter() - wall, time.process_time() - cpu


def bench_ingest(corpus: Path, work: Path, db: str | None, workers: int, cluster: str | None) -> dict[str, float]:
    """Ingest the corpus into a fresh registry with default settings; figures of the run."""
    label = cluster or f"w{workers}"
    store = work / f"store-{label.replace(':', '_').replace('/', '_')}"
    url = db or str(work / f"registry-{label.replace(':', '_').replace('/', '_')}.db")
    config = IngestConfig.from_settings(workers=workers)
    own = resource.getrusage(resource.RUSAGE_SELF)
    server_before = _server_cpu()
    peaks: dict[int, float] = {}
    cpu_live: dict[int, float] = {}

    def note(_outcome: object) -> None:
        for pid in _live_workers():
            peaks[pid] = max(peaks.get(pid, 0.0), _peak_mb(pid))
            cpu_live[pid] = _proc_cpu(pid)

    with Registry.open(url, store=str(store)) as registry:
        if cluster is not None:
            from copytrace.ingest.cluster import ingest_on_cluster

            report = ingest_on_cluster(registry, cluster, [corpus], config=config, actor="bench", listener=note)
        else:
            report = ingest(registry, [corpus], config=config, actor="bench", listener=note)
    after = resource.getrusage(resource.RUSAGE_SELF)
    parent = after.ru_utime + after.ru_stime - own.ru_utime - own.ru_stime
    # Workers still alive at the end are not yet reaped into the server's figures: add what they had used.
    workers_cpu = _server_cpu() - server_before + sum(cpu_live[pid] for pid in cpu_live if pid in _live_workers())
    return {"elapsed": report.elapsed, "mb_per_s": report.mb_per_s, "added": report.statuses["added"],
            "rejected": report.statuses["rejected"], "parent_cpu": parent, "workers_cpu": workers_cpu,
            "parent_mb": after.ru_maxrss / 1024, "worker_mb": max(peaks.values(), default=0.0),
            "statements": report.statements}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    parser.add_argument("--workers", default="1,2", help="worker counts to run, comma-separated (default 1,2)")
    parser.add_argument("--cluster", help="also ingest through Dask: a scheduler address or local[:N]")
    parser.add_argument("--db", help="registry URL (default: a fresh SQLite file per run in the work folder); "
                        "a PostgreSQL database must be empty, and only one run is made")
    parser.add_argument("--keep", type=Path, help="work folder to keep (default: a temporary one, removed)")
    args = parser.parse_args()
    if not DEV.is_dir():
        print(f"ingest_bench: {DEV} not found (the dev passages live in ../shared, outside the repository)",
              file=sys.stderr)
        return 2
    counts = [int(n) for n in args.workers.split(",") if n.strip()]
    work = args.keep or Path(tempfile.mkdtemp(prefix="copytrace-bench-"))
    try:
        paths = build(work / "corpus", args.mb)
        size = sum(p.stat().st_size for p in paths) / MB
        print(f"corpus: {len(paths)} documents, {size:.1f} MB of multilingual text from {DEV}")
        texts = [read_text(p) for p in paths]
        fold_s, ac_s = bench_reference(texts, all_keys())
        reference = size / ac_s
        print(f"reference Aho-Corasick: {reference:.1f} MB/s ({ac_s:.2f} s; match_fold {fold_s:.2f} s apart)")
        ext_wall, ext_cpu = bench_extract(paths)
        extract = size / ext_wall
        print(f"extract: {extract:.2f} MB/s ({ext_wall:.1f} s, {ext_cpu:.1f} CPU-s, one process)  "
              f"{reference / extract:.1f} x the reference")
        runs = [(n, None) for n in counts] + ([(0, args.cluster)] if args.cluster else [])
        ok = True
        for workers, cluster in runs[:1] if args.db else runs:
            r = bench_ingest(work / "corpus", work, args.db, workers, cluster)
            ok = ok and r["rejected"] == 0
            how = f"cluster {cluster}" if cluster else f"{workers} worker{'s' if workers > 1 else ''}"
            print(f"ingest, {how}: {r['mb_per_s']:.2f} MB/s ({r['elapsed']:.1f} s; {int(r['added'])} documents, "
                  f"{int(r['statements'])} statements)  {ext_wall / r['elapsed']:.2f} x extract's speed, "
                  f"{reference / r['mb_per_s']:.1f} x slower than the reference")
            total = r["parent_cpu"] + r["workers_cpu"]
            print(f"  cpu: parent {r['parent_cpu']:.1f} s, workers {r['workers_cpu']:.1f} s "
                  f"({total / ext_cpu:.2f} x extract's CPU); peak memory parent {r['parent_mb']:.0f} MB, "
                  f"largest worker {r['worker_mb']:.0f} MB")
        return 0 if ok else 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
