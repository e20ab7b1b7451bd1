"""Ingest throughput: a generated corpus of plain-text documents (100 MB by default) into a fresh registry.

    python benchmarks/ingest_bench.py [--mb 100] [--workers 2] [--db URL] [--keep DIR]

Prints documents/s, MB/s and peak memory (the parent's and the largest worker's resident set).
Fact extraction is switched off: this measures ingest (read, decode, detect languages, store,
index, audit), which is what the issue's target (>= 20 MB/s on 2 cores, < 500 MB) is about.
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

from copytrace.ingest import IngestConfig, ingest
from copytrace.registry import Registry

SENTENCES = {
    "en": ["The {p} was made under licence at a state works from {y}.",
           "Later batches of the {p} were sold abroad, the ledgers show.",
           "Nobody agrees on the year in which the {p} first left the line."],
    "ru": ["Изделие {p} выпускали по лицензии на государственном заводе с {y} года.",
           "Позднее часть партий {p} продали за границу, как видно из книг учёта.",
           "Историки так и не договорились, в каком году {p} впервые сошёл с конвейера."],
    "id": ["{p} dibuat dengan lisensi di pabrik negara sejak tahun {y}.",
           "Sebagian produksi {p} kemudian dijual ke luar negeri, menurut buku besar.",
           "Belum ada kesepakatan tentang tahun pertama {p} keluar dari jalur produksi."],
    "de": ["Das Modell {p} wurde ab {y} in Lizenz in einem Staatsbetrieb gefertigt.",
           "Spätere Lieferungen des {p} gingen ins Ausland, wie die Bücher zeigen.",
           "Über das Jahr, in dem der erste {p} das Band verließ, herrscht Streit."],
}
PRODUCTS = ["AIM", "Tantal", "M70", "Type 56", "Rk 62", "Galil", "CR-21", "PMK", "AMD-65", "MPi-KM"]


def build(folder: Path, megabytes: int, seed: int = 1) -> tuple[int, int]:
    """Write text files of 20-400 KB until ``megabytes`` are written; return (files, bytes)."""
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    written = files = 0
    while written < megabytes * 1_000_000:
        language = rnd.choice(list(SENTENCES))
        target = rnd.randint(20_000, 400_000)
        parts: list[str] = []
        size = 0
        while size < target:
            sentences = [rnd.choice(SENTENCES[language]).format(p=rnd.choice(PRODUCTS), y=rnd.randint(1950, 1999))
                         for _ in range(rnd.randint(3, 8))]
            paragraph = " ".join(sentences)
            parts.append(paragraph)
            size += len(paragraph.encode()) + 2
        encoding = "cp1251" if language == "ru" and files % 3 == 0 else "utf-8"
        data = "\n\n".join(parts).encode(encoding)
        (folder / f"{files:05d}_{language}.txt").write_bytes(data)
        written += len(data)
        files += 1
    return files, written


def _cpu() -> tuple[float, float]:
    """CPU seconds (user + system) used so far by this process and by its finished children.

    Workers forked by multiprocessing's fork server are its children, not ours: their time is
    read from the server's /proc entry (Linux), with the server's own.
    """
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    workers = children.ru_utime + children.ru_stime
    server = getattr(forkserver._forkserver, "_forkserver_pid", None)
    if server is not None:
        try:
            fields = Path(f"/proc/{server}/stat").read_text().rpartition(")")[2].split()
            workers += sum(int(value) for value in fields[11:15]) / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError):
            pass
    return own.ru_utime + own.ru_stime, workers


def _worker_peaks(peaks: dict[str, float]) -> None:
    """Note the peak resident set (MB) of each live worker of the fork server (Linux; else nothing)."""
    server = getattr(forkserver._forkserver, "_forkserver_pid", None)
    if server is None:
        return
    try:
        for pid in Path(f"/proc/{server}/task/{server}/children").read_text().split():
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peaks[pid] = max(peaks.get(pid, 0.0), int(line.split()[1]) / 1024)
    except (OSError, ValueError):
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=int, default=100, help="corpus size in MB (default 100)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--db", help="registry URL (default: a fresh SQLite file in the work folder)")
    parser.add_argument("--keep", type=Path, help="work folder to keep (default: a temporary one, removed)")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="copytrace-bench-"))
    try:
        started = time.monotonic()
        files, size = build(work / "corpus", args.mb)
        print(f"corpus: {files} files, {size / 1e6:.1f} MB of text, written in {time.monotonic() - started:.1f} s")
        config = IngestConfig(workers=args.workers, extract=False)
        with Registry.open(args.db or str(work / "registry.db"), store=str(work / "store")) as registry:
            before = _cpu()
            peaks: dict[str, float] = {}
            report = ingest(registry, [work / "corpus"], config=config, actor="bench",
                            listener=lambda _outcome: _worker_peaks(peaks))
            parent_cpu, workers_cpu = (after - earlier for after, earlier in zip(_cpu(), before, strict=True))
        parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        worker = max([resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, *peaks.values()])
        print(f"ingested: {report.statuses['added']} documents, {report.statuses['rejected']} rejected, "
              f"languages {dict(report.languages)}")
        print(f"time: {report.elapsed:.1f} s with {args.workers} workers")
        print(f"throughput: {report.docs_per_s:.1f} documents/s, {report.mb_per_s:.1f} MB/s")
        # CPU seconds are steadier than wall time on a shared machine: compare both.
        print(f"cpu: parent {parent_cpu:.1f} s, workers {workers_cpu:.1f} s "
              f"({size / 1e6 / (parent_cpu + workers_cpu):.1f} MB per CPU-second)")
        print(f"peak memory: parent {parent:.0f} MB, largest worker {worker:.0f} MB")
        return 0 if report.ok else 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
