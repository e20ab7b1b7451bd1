"""Ingest throughput with default settings (extraction on), against ``copytrace extract`` and one Aho-Corasick pass.

    python benchmarks/ingest_bench.py [--mb 20] [--workers 1,2] [--db URL] [--cluster ADDRESS] [--keep DIR]
    python benchmarks/ingest_bench.py --mixed --no-extract --mb 1000   # the parent's memory over 1 GB

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

The parent's peak is its resident set's high-water mark during the ingest alone (Linux: reset before each run
through /proc/self/clear_refs; elsewhere the process's peak over its life). The largest worker's is the batch
report's (each worker's own, sent with its results) or the highest seen while it ran, whichever is larger.

``--mixed`` writes the same passages as a mix of formats instead: plain text, HTML, Markdown and DOCX (a
quarter each, by count), until the files hold ``--mb`` MB on disk. ``--no-extract`` ingests without fact
extraction (documents are still read, converted, language-detected, indexed and stored), for runs over a
gigabyte that extraction would make hours long on a small machine; both skip the extract and reference
figures, which are about extraction from plain text.
"""

from __future__ import annotations

import argparse
import html
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
    """Write unique text documents of 2-30 KB, each of one language's shuffled paragraphs, until ``megabytes``."""
    return build_mixed(folder, megabytes, seed, kinds=("txt",))


def _document_text(rng: random.Random, by_lang: dict[str, list[str]], langs: list[str],
                   number: int) -> tuple[str, list[str]]:
    """A unique document of 2-30 KB: one language's shuffled paragraphs after a numbered first line."""
    lang = rng.choice(langs)
    target = rng.randint(2_000, 30_000)
    parts = [f"№ {number:07d}"]  # no two documents alike, however the shuffle falls
    size = 0
    while size < target:
        paragraph = rng.choice(by_lang[lang])
        parts.append(paragraph)
        size += len(paragraph.encode()) + 2
    return lang, parts


def _write_mixed(path: Path, kind: str, parts: list[str]) -> None:
    title, paragraphs = parts[0], parts[1:]
    if kind == "docx":
        from docx import Document

        document = Document()
        document.add_heading(title, level=1)
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)
        document.save(str(path))
        return
    path.write_text(markup(kind, title, paragraphs), encoding="utf-8")


def markup(kind: str, title: str, paragraphs: list[str]) -> str:
    """A document's text as HTML ("html"), Markdown ("md") or plain text: its title, then its paragraphs."""
    if kind == "html":
        body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
        return (f"<!doctype html><html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head>"
                f"<body><article><h1>{html.escape(title)}</h1>\n{body}</article></body></html>\n")
    if kind == "md":
        return f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n"
    return "\n\n".join([title, *paragraphs]) + "\n"


def build_mixed(folder: Path, megabytes: float, seed: int = 7,
                kinds: tuple[str, ...] = ("txt", "html", "md", "docx")) -> list[Path]:
    """Write unique documents of ``kinds`` in turn (text, HTML, Markdown, DOCX) until the files hold
    ``megabytes``."""
    rng = random.Random(seed)
    by_lang = load_passages()
    langs = sorted(by_lang)
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    total = 0
    while total < megabytes * MB:
        kind = kinds[len(paths) % len(kinds)]
        lang, parts = _document_text(rng, by_lang, langs, len(paths) + 1)
        # A few hundred files per folder, as a real collection would be.
        path = folder / f"{len(paths) // 500:04d}" / f"{len(paths):07d}_{lang}.{kind}"
        path.parent.mkdir(exist_ok=True)
        _write_mixed(path, kind, parts)
        paths.append(path)
        total += path.stat().st_size
    return paths


def _reset_peak() -> bool:
    """Reset this process's resident high-water mark (Linux), so VmHWM covers what follows; False if not."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


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


def bench_extract_and_reference(paths: list[Path], size: float) -> tuple[float, float, float]:
    """Print and return extract's wall and CPU seconds over the files, and the reference's MB/s."""
    texts = [read_text(p) for p in paths]
    # extract first: the reference's key list builds every language, which extract must pay for itself
    ext_wall, ext_cpu = bench_extract(paths)
    fold_s, ac_s = bench_reference(texts, all_keys())
    reference = size / ac_s
    print(f"reference Aho-Corasick: {reference:.1f} MB/s ({ac_s:.2f} s; match_fold {fold_s:.2f} s apart)")
    extract = size / ext_wall
    print(f"extract: {extract:.2f} MB/s ({ext_wall:.1f} s, {ext_cpu:.1f} CPU-s, one process)  "
          f"{reference / extract:.1f} x the reference")
    return ext_wall, ext_cpu, reference


def bench_ingest(corpus: Path, work: Path, db: str | None, workers: int, cluster: str | None,
                 extract: bool = True) -> dict[str, float]:
    """Ingest the corpus into a fresh registry with default settings (and ``extract``); figures of the run."""
    label = cluster or f"w{workers}"
    store = work / f"store-{label.replace(':', '_').replace('/', '_')}"
    url = db or str(work / f"registry-{label.replace(':', '_').replace('/', '_')}.db")
    config = IngestConfig.from_settings(workers=workers, extract=extract)
    reset = _reset_peak()
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
    parent_mb = _peak_mb(os.getpid()) if reset else after.ru_maxrss / 1024
    worker_mb = max(max(peaks.values(), default=0.0), (report.peak_rss_workers or 0) / 2**20)
    return {"elapsed": report.elapsed, "mb_per_s": report.mb_per_s, "added": report.statuses["added"],
            "rejected": report.statuses["rejected"], "parent_cpu": parent, "workers_cpu": workers_cpu,
            "parent_mb": parent_mb, "worker_mb": worker_mb, "statements": report.statements,
            "mb": report.bytes_read / MB, "documents": report.outcomes}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    parser.add_argument("--workers", default="1,2", help="worker counts to run, comma-separated (default 1,2)")
    parser.add_argument("--cluster", help="also ingest through Dask: a scheduler address or local[:N]")
    parser.add_argument("--db", help="registry URL (default: a fresh SQLite file per run in the work folder); "
                        "a PostgreSQL database must be empty, and only one run is made")
    parser.add_argument("--keep", type=Path, help="work folder to keep (default: a temporary one, removed)")
    parser.add_argument("--mixed", action="store_true", help="a corpus of text, HTML, Markdown and DOCX files")
    parser.add_argument("--no-extract", dest="extract", action="store_false",
                        help="ingest without fact extraction (and skip the extract and reference figures)")
    args = parser.parse_args()
    if not DEV.is_dir():
        print(f"ingest_bench: {DEV} not found (the dev passages live in ../shared, outside the repository)",
              file=sys.stderr)
        return 2
    counts = [int(n) for n in args.workers.split(",") if n.strip()]
    work = args.keep or Path(tempfile.mkdtemp(prefix="copytrace-bench-"))
    try:
        started = time.perf_counter()
        paths = (build_mixed if args.mixed else build)(work / "corpus", args.mb)
        size = sum(p.stat().st_size for p in paths) / MB
        what = "text, HTML, Markdown and DOCX files" if args.mixed else "text files"
        print(f"corpus: {len(paths)} documents, {size:.1f} MB of multilingual {what} from {DEV} "
              f"(written in {time.perf_counter() - started:.0f} s)")
        ext_wall = ext_cpu = reference = 0.0
        if args.extract and not args.mixed:
            ext_wall, ext_cpu, reference = bench_extract_and_reference(paths, size)
        runs = [(n, None) for n in counts] + ([(0, args.cluster)] if args.cluster else [])
        ok = True
        for workers, cluster in runs[:1] if args.db else runs:
            r = bench_ingest(work / "corpus", work, args.db, workers, cluster, extract=args.extract)
            ok = ok and r["rejected"] == 0
            how = f"cluster {cluster}" if cluster else f"{workers} worker{'s' if workers > 1 else ''}"
            how += "" if args.extract else ", extraction off"
            line = (f"ingest, {how}: {r['mb_per_s']:.2f} MB/s ({r['mb']:.1f} MB in {r['elapsed']:.1f} s; "
                    f"{int(r['added'])} documents, {int(r['rejected'])} rejected, {int(r['statements'])} statements)")
            if ext_wall:
                line += (f"  {ext_wall / r['elapsed']:.2f} x extract's speed, "
                         f"{reference / r['mb_per_s']:.1f} x slower than the reference")
            print(line)
            total = r["parent_cpu"] + r["workers_cpu"]
            versus = f" ({total / ext_cpu:.2f} x extract's CPU)" if ext_cpu else ""
            print(f"  cpu: parent {r['parent_cpu']:.1f} s, workers {r['workers_cpu']:.1f} s{versus}; "
                  f"peak memory parent {r['parent_mb']:.0f} MB (target < 500), largest worker {r['worker_mb']:.0f} MB")
        return 0 if ok else 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
