"""A batch: walk the inputs, skip what is already known, prepare the rest in a process pool, store.

The parent hashes each file (cheap, streaming) and asks the registry whether those bytes are
stored or were rejected before; only new inputs go to the workers. Results are stored as they
arrive, a few at a time: each document with its search text, audit entry and candidates, and
each rejection, is written whole, and the ones that arrive close together share a transaction
(at most ``_GROUP_DOCS`` documents, ``_GROUP_CHARS`` characters of text or ``_GROUP_SECONDS``
of waiting), because a commit and the full-text index's segment it closes are the costly part
of storing. A crash loses at most the uncommitted group, never part of a document; the rerun
stores it. At most a few jobs are in flight per worker, so memory stays bounded however many
files the folders hold.
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from sqlalchemy import Connection

from copytrace.ingest.config import IngestConfig
from copytrace.ingest.extraction import Candidates, to_statements
from copytrace.ingest.prepare import Failed, Job, Prepared, now, prepare
from copytrace.ingest.report import IngestReport, Outcome, OutcomeStatus
from copytrace.registry import Registry
from copytrace.registry import documents as docstore
from copytrace.registry.documents import Rejection

Listener = Callable[[Outcome], None]
_IN_FLIGHT_PER_WORKER = 3
# A group of results stored in one transaction is closed at whichever limit comes first.
_GROUP_DOCS = 32
_GROUP_CHARS = 4_000_000
_GROUP_SECONDS = 1.0
_WORKER_NICENESS = 5
# Files hashed, then looked up in the registry together (one read transaction for all).
_LOOKUP_CHUNK = 8
# forkserver: workers forked from a fresh server process that imported the code once (a fresh
# interpreter, never a fork of a parent holding database connections and progress-bar threads),
# instead of each worker starting an interpreter and importing everything again (about a second
# of CPU per worker). spawn where there is no forkserver (Windows).
_START_METHOD = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


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


def _worker_started() -> None:
    """A worker yields the CPU to the parent: storing is the one serial step, so it goes first."""
    with contextlib.suppress(OSError):  # not allowed here: run at the same priority
        os.nice(_WORKER_NICENESS)


class Batch:
    """One run of ingest over files and URLs into one registry."""

    def __init__(self, registry: Registry, config: IngestConfig, *, actor: str,
                 listener: Listener | None = None) -> None:
        self.registry = registry
        self.config = config
        self.actor = actor
        self.listener = listener
        self.report = IngestReport()
        # Results waiting to be stored, with the statements drawn from them, and outcomes known
        # without storing anything, kept in line so they are reported in order (see _store_group).
        self._group: list[tuple[Prepared | Failed | Outcome, Candidates]] = []
        self._group_chars = 0
        self._group_since = 0.0

    def run(self, paths: Iterable[Path] = (), urls: Iterable[str] = ()) -> IngestReport:
        jobs = self._new_jobs(paths, urls)
        try:
            if self.config.workers <= 1:
                for job in jobs:
                    self._finish(job, prepare(job, self.config, str(self.registry.store)))
            else:
                self._run_pool(jobs)
        finally:
            # What was prepared is kept even when the batch stops on an error.
            self._store_group()
        self.report.close()
        return self.report

    # -- before the workers: what is already known ----------------------------------------

    def _new_jobs(self, paths: Iterable[Path], urls: Iterable[str]) -> Iterator[Job]:
        chunk: list[Path] = []
        for path in iter_files(paths):
            chunk.append(path)
            if len(chunk) == _LOOKUP_CHUNK:
                yield from self._file_jobs(chunk)
                chunk = []
        yield from self._file_jobs(chunk)
        for url in urls:
            yield Job(source=url, url=url)

    def _file_jobs(self, paths: list[Path]) -> Iterator[Job]:
        """Jobs for the files whose bytes are neither stored nor rejected before (one registry read for all).

        The others are reported as their turn comes, after the jobs before them, so that with one
        worker the outcomes come in input order.
        """
        items: list[Job | Failed | Outcome] = []
        hashed: list[tuple[int, int, str]] = []  # (where in items, size, SHA-256)
        for path in paths:
            source = str(path.resolve()) if path.exists() else str(path)
            try:
                size = path.stat().st_size
                if size > self.config.max_size:
                    items.append(Failed(source, f"over the size limit ({self.config.max_size:,} bytes)", None, size))
                    continue
                hashed.append((len(items), size, _sha256(path)))
                items.append(Job(source=source, path=str(path)))
            except OSError as exc:
                items.append(Outcome(source, "rejected", reason=f"cannot read: {exc.strerror or exc}"))
        if hashed:
            with self.registry.reading() as conn:
                for at, size, sha in hashed:
                    job = items[at]
                    assert isinstance(job, Job)
                    first_source = docstore.first_source(conn, sha)
                    if first_source is not None:
                        note = None if first_source == job.source else f"same bytes as {first_source}"
                        items[at] = Outcome(job.source, "unchanged", size=size, document_id=sha, reason=note)
                        continue
                    earlier = docstore.find_rejection(conn, job.source, sha, None)
                    if earlier is not None:
                        items[at] = Outcome(job.source, "rejected", size=size, reason=earlier.reason, earlier=True)
        for item in items:
            if isinstance(item, Job):
                yield item
            elif isinstance(item, Failed):
                self._reject(item)
            else:
                self._note(item)

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
            self._store_group()
            for job in suspects:
                self._run_alone(job)
            self._run_pool(jobs)

    def _pool(self, workers: int) -> ProcessPoolExecutor:
        # Never a plain fork of a parent holding database connections and progress-bar threads
        # (see _START_METHOD).
        return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(_START_METHOD),
                                   initializer=_worker_started)

    def _collect(self, running: dict[Future[Prepared | Failed], Job], *, wait_for_one: bool) -> list[Job]:
        """Store finished results; return the jobs lost to a broken pool."""
        lost: list[Job] = []
        while running:
            done, _ = wait(running, timeout=self._group_wait(), return_when=FIRST_COMPLETED)
            if not done:
                self._store_group()
                continue
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

    def _finish(self, job: Job, result: Prepared | Failed | Outcome) -> None:
        """Add a result to the group being stored; store the group when it is full."""
        statements = Candidates()
        if isinstance(result, Prepared):
            statements = to_statements(self.registry, result.record.id, result.facts, result.record.meta.get("pages"))
            self._group_chars += len(result.record.text)
        if not self._group:
            self._group_since = time.monotonic()
        self._group.append((result, statements))
        if len(self._group) >= _GROUP_DOCS or self._group_chars >= _GROUP_CHARS or self._group_wait() == 0:
            self._store_group()

    def _group_wait(self) -> float | None:
        """Seconds until the group must be stored (None: no group is waiting)."""
        if not self._group:
            return None
        return max(0.0, self._group_since + _GROUP_SECONDS - time.monotonic())

    def _store_group(self) -> None:
        """Store the waiting results in one transaction, then report them."""
        group, self._group, self._group_chars = self._group, [], 0
        if not group:
            return
        try:
            with self.registry.transaction() as conn:
                outcomes = [self._store(conn, result, statements) for result, statements in group]
        except Exception:
            if len(group) == 1:
                raise
            # Store them one by one, so the others are kept and only the failing one's error is raised.
            for result, statements in group:
                with self.registry.transaction() as conn:
                    outcome = self._store(conn, result, statements)
                self._emit(outcome)
            return
        for outcome in outcomes:
            self._emit(outcome)

    def _store(self, conn: Connection, result: Prepared | Failed | Outcome, statements: Candidates) -> Outcome:
        """Write one document (row, search text, audit entry, candidates) or rejection, in ``conn``."""
        if isinstance(result, Outcome):
            return result
        if isinstance(result, Failed):
            rejection = Rejection(result.source, result.sha256, result.size, result.reason, now())
            new = docstore.reject(conn, rejection, self.actor)
            return Outcome(result.source, "rejected", size=result.size, reason=result.reason, earlier=not new)
        record = result.record
        # What Registry.add_document does, in the group's transaction.
        added = docstore.add(conn, record, self.actor, self.config.index_chars)
        if added.status == "unchanged":
            note = None if added.first_source == record.source else f"same bytes as {added.first_source}"
            return Outcome(record.source, "unchanged", size=record.size, document_id=record.id, reason=note)
        if statements.statements:
            self.registry.write(statements.entities, statements.statements, actor=self.actor, conn=conn)
        status: OutcomeStatus = "new version" if added.previous_id else "added"
        return Outcome(record.source, status, size=record.size, document_id=record.id,
                       language=record.language, media_type=record.media_type,
                       statements=len(statements.statements), extraction_error=result.extraction_error)

    def _reject(self, failed: Failed) -> None:
        self._finish(Job(failed.source), failed)

    def _note(self, outcome: Outcome) -> None:
        """Report an outcome that stores nothing, after the results before it."""
        if self._group:
            self._finish(Job(outcome.source), outcome)
        else:
            self._emit(outcome)

    def _emit(self, outcome: Outcome) -> None:
        self.report.add(outcome)
        if self.listener is not None:
            self.listener(outcome)


def ingest(registry: Registry, paths: Iterable[Path] = (), urls: Iterable[str] = (), *,
           config: IngestConfig | None = None, actor: str = "ingest",
           listener: Listener | None = None) -> IngestReport:
    """Ingest files (and folders, recursively) and URLs into ``registry``; see ``IngestReport``."""
    return Batch(registry, config or IngestConfig.from_settings(), actor=actor, listener=listener).run(paths, urls)
