"""A batch: walk the inputs, skip what is already known, prepare the rest in a process pool, store.

The parent hashes each file (cheap, streaming) and asks the registry whether those bytes are
stored or were rejected before; only new inputs go to the workers. Results are stored one
document per transaction as they arrive, with at most a few jobs in flight per worker, so memory
stays bounded however many files the folders hold.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from copytrace.ingest.config import IngestConfig
from copytrace.ingest.extraction import to_statements
from copytrace.ingest.prepare import Failed, Job, Prepared, now, prepare
from copytrace.ingest.report import IngestReport, Outcome, OutcomeStatus
from copytrace.registry import Registry
from copytrace.registry.documents import Rejection

Listener = Callable[[Outcome], None]
_IN_FLIGHT_PER_WORKER = 3


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Every regular file under the given paths, in a stable order, found lazily."""
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        else:
            yield path


def count_inputs(paths: Iterable[Path], urls: Iterable[str] = ()) -> int:
    return sum(1 for _ in iter_files(paths)) + sum(1 for _ in urls)


def read_url_list(path: Path) -> list[str]:
    """URLs from a file, one per line; blank lines and # comments are skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class Batch:
    """One run of ingest over files and URLs into one registry."""

    def __init__(self, registry: Registry, config: IngestConfig, *, actor: str,
                 listener: Listener | None = None) -> None:
        self.registry = registry
        self.config = config
        self.actor = actor
        self.listener = listener
        self.report = IngestReport()

    def run(self, paths: Iterable[Path] = (), urls: Iterable[str] = ()) -> IngestReport:
        jobs = self._new_jobs(paths, urls)
        if self.config.workers <= 1:
            for job in jobs:
                self._finish(job, prepare(job, self.config, str(self.registry.store)))
        else:
            self._run_pool(jobs)
        self.report.close()
        return self.report

    # -- before the workers: what is already known ----------------------------------------

    def _new_jobs(self, paths: Iterable[Path], urls: Iterable[str]) -> Iterator[Job]:
        for path in iter_files(paths):
            job = self._file_job(path)
            if job is not None:
                yield job
        for url in urls:
            yield Job(source=url, url=url)

    def _file_job(self, path: Path) -> Job | None:
        source = str(path.resolve()) if path.exists() else str(path)
        try:
            size = path.stat().st_size
            if size > self.config.max_size:
                self._reject(Failed(source, f"over the size limit ({self.config.max_size:,} bytes)", None, size))
                return None
            sha = _sha256(path)
        except OSError as exc:
            self._emit(Outcome(source, "rejected", reason=f"cannot read: {exc.strerror or exc}"))
            return None
        first_source = self.registry.document_source(sha)
        if first_source is not None:
            note = None if first_source == source else f"same bytes as {first_source}"
            self._emit(Outcome(source, "unchanged", size=size, document_id=sha, reason=note))
            return None
        earlier = self.registry.rejection(source, sha)
        if earlier is not None:
            self._emit(Outcome(source, "rejected", size=size, reason=earlier.reason, earlier=True))
            return None
        return Job(source=source, path=str(path))

    # -- the pool -------------------------------------------------------------------------

    def _run_pool(self, jobs: Iterator[Job]) -> None:
        limit = self.config.workers * _IN_FLIGHT_PER_WORKER
        suspects: list[Job] = []
        with self._pool(self.config.workers) as pool:
            running: dict[Future[Prepared | Failed], Job] = {}
            for job in jobs:
                running[pool.submit(prepare, job, self.config, str(self.registry.store))] = job
                if len(running) >= limit:
                    suspects += self._collect(running, wait_for_one=True)
                    if suspects:
                        break
            suspects += self._collect(running, wait_for_one=False)
        if suspects:
            # A worker died (a parser crashed the process): retry each in-flight job alone, so
            # only the input that kills a worker by itself is rejected, then carry on.
            for job in suspects:
                self._run_alone(job)
            self._run_pool(jobs)

    def _pool(self, workers: int) -> ProcessPoolExecutor:
        # spawn: a fresh interpreter per worker, never a fork of a parent holding database
        # connections and progress-bar threads.
        return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))

    def _collect(self, running: dict[Future[Prepared | Failed], Job], *, wait_for_one: bool) -> list[Job]:
        """Store finished results; return the jobs lost to a broken pool."""
        lost: list[Job] = []
        while running:
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                job = running.pop(future)
                try:
                    result = future.result()
                except BrokenProcessPool:
                    lost.append(job)
                    continue
                self._finish(job, result)
            if wait_for_one or lost:
                break
        if lost:
            lost += list(running.values())
            running.clear()
        return lost

    def _run_alone(self, job: Job) -> None:
        with self._pool(1) as pool:
            try:
                result = pool.submit(prepare, job, self.config, str(self.registry.store)).result()
            except BrokenProcessPool:
                result = Failed(job.source, "crashed the document parser (worker process died)")
        self._finish(job, result)

    # -- after the workers: store ---------------------------------------------------------

    def _finish(self, job: Job, result: Prepared | Failed) -> None:
        if isinstance(result, Failed):
            self._reject(result)
            return
        record = result.record
        statements = to_statements(self.registry, record.id, result.facts, record.meta.get("pages"))
        added = self.registry.add_document(record, actor=self.actor, new_statements=statements,
                                           index_chars=self.config.index_chars)
        if added.status == "unchanged":
            note = None if added.first_source == record.source else f"same bytes as {added.first_source}"
            self._emit(Outcome(record.source, "unchanged", size=record.size, document_id=record.id, reason=note))
            return
        status: OutcomeStatus = "new version" if added.previous_id else "added"
        self._emit(Outcome(record.source, status, size=record.size, document_id=record.id,
                           language=record.language, media_type=record.media_type,
                           statements=len(statements)))

    def _reject(self, failed: Failed) -> None:
        rejection = Rejection(failed.source, failed.sha256, failed.size, failed.reason, now())
        new = self.registry.record_rejection(rejection, actor=self.actor)
        self._emit(Outcome(failed.source, "rejected", size=failed.size, reason=failed.reason, earlier=not new))

    def _emit(self, outcome: Outcome) -> None:
        self.report.add(outcome)
        if self.listener is not None:
            self.listener(outcome)


def ingest(registry: Registry, paths: Iterable[Path] = (), urls: Iterable[str] = (), *,
           config: IngestConfig | None = None, actor: str = "ingest",
           listener: Listener | None = None) -> IngestReport:
    """Ingest files (and folders, recursively) and URLs into ``registry``; see ``IngestReport``."""
    return Batch(registry, config or IngestConfig.from_settings(), actor=actor, listener=listener).run(paths, urls)
