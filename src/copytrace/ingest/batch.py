"""A batch: walk the inputs, skip what is already known, prepare the rest in a process pool, store.

The parent hashes each file (cheap, streaming) and asks the registry whether those bytes are
stored or were rejected before; only new inputs go to the workers (``workers.WorkerPool``: one
document at a time each, within a memory and a time limit). Results are stored as they
arrive, a few at a time: each document with its search text, audit entry and candidates, and
each rejection, is written whole, and the ones that arrive close together share a transaction
(at most ``_GROUP_DOCS`` documents, ``_GROUP_CHARS`` characters of text or ``_GROUP_SECONDS``
of waiting), because a commit and the full-text index's segment it closes are the costly part
of storing. A group's documents go to each table in one statement, and their audit entries in
one append, in the order one document after another would give (``Registry.write_parts``). A
crash loses at most the uncommitted group, never part of a document; the rerun stores it. One
job is in flight per worker, so memory stays bounded however many files the folders hold.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from copytrace.i18n import lazy_gettext
from copytrace.ingest.config import IngestConfig
from copytrace.ingest.errors import Rejected
from copytrace.ingest.extraction import Candidates, to_statements
from copytrace.ingest.prepare import Failed, Job, Prepared, now
from copytrace.ingest.report import IngestReport, Outcome, OutcomeStatus
from copytrace.ingest.walk import Found, iter_inputs, open_regular, source_of
from copytrace.ingest.workers import WorkerPool, peak_rss
from copytrace.registry import Registry, audit
from copytrace.registry import documents as docstore
from copytrace.registry.documents import Rejection
from copytrace.registry.nameindex import NameIndex

if TYPE_CHECKING:  # a transaction's handle, passed through to the registry
    from sqlalchemy import Connection

Listener = Callable[[Outcome], None]
# Told (source, stage) as an input goes to a worker ("reading") and moves on there ("extracting").
StageListener = Callable[[str, str], None]
# A group of results stored in one transaction is closed at whichever limit comes first.
_GROUP_DOCS = 32
_GROUP_CHARS = 4_000_000
_GROUP_SECONDS = 1.0
# Files hashed, then looked up in the registry together (one read transaction for all).
_LOOKUP_CHUNK = 8


def iter_files(paths: Iterable[Path], *, follow_symlinks: bool = False) -> Iterator[Path]:
    """Every regular file under the given paths that ingest reads, in a stable order, found lazily."""
    return (found.path for found in iter_inputs(paths, follow_symlinks=follow_symlinks) if found.skip is None)


def count_inputs(paths: Iterable[Path], urls: Iterable[str] = (), *, follow_symlinks: bool = False) -> int:
    """How many outcomes a batch over these inputs reports (files read or skipped, and URLs)."""
    return sum(1 for _ in iter_inputs(paths, follow_symlinks=follow_symlinks)) + sum(1 for _ in urls)


def read_url_list(path: Path) -> list[str]:
    """URLs from a file, one per line; blank lines and # comments are skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _size_and_sha256(path: Path, limit: int) -> tuple[int, str | None]:
    """The file's size and, when it is within ``limit``, its SHA-256; Rejected if not a regular file."""
    digest = hashlib.sha256()
    with open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > limit:
            return size, None
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return size, digest.hexdigest()


class Batch:
    """One run of ingest over files and URLs into one registry."""

    def __init__(self, registry: Registry, config: IngestConfig, *, actor: str,
                 listener: Listener | None = None, on_stage: StageListener | None = None) -> None:
        self.registry = registry
        self.config = config
        self.actor = actor
        self.listener = listener
        self.on_stage = on_stage
        self.report = IngestReport()
        # Results waiting to be stored, with the statements drawn from them, and outcomes known
        # without storing anything, kept in line so they are reported in order (see _store_group).
        self._group: list[tuple[Prepared | Failed | Outcome, Candidates]] = []
        self._group_chars = 0
        self._group_since = 0.0
        # Names the facts mention, resolved in memory; brought up to date as each group starts.
        self._names = NameIndex(registry)
        self._names_current = False
        # Results received but not yet added to the group, with any outcomes reported after them:
        # handled once the next job is on its way to a worker (see _run_pool).
        self._arrived: list[tuple[Job, Prepared | Failed | Outcome]] = []

    def run(self, paths: Iterable[Path] = (), urls: Iterable[str] = ()) -> IngestReport:
        jobs = self._new_jobs(paths, urls)
        try:
            self._run_pool(jobs)
        finally:
            # What was prepared is kept even when the batch stops on an error.
            self._handle_arrived()
            self._store_group()
        self.report.peak_rss_parent = peak_rss()
        self.report.close()
        return self.report

    # -- before the workers: what is already known ----------------------------------------

    def _new_jobs(self, paths: Iterable[Path], urls: Iterable[str]) -> Iterator[Job]:
        chunk: list[Found] = []
        for found in iter_inputs(paths, follow_symlinks=self.config.follow_symlinks):
            chunk.append(found)
            if len(chunk) == _LOOKUP_CHUNK:
                yield from self._file_jobs(chunk)
                chunk = []
        yield from self._file_jobs(chunk)
        for url in urls:
            yield Job(source=url, url=url)

    def _file_jobs(self, paths: list[Found]) -> Iterator[Job]:
        """Jobs for the files whose bytes are neither stored nor rejected before (two queries for all).

        The others are reported as their turn comes, after the jobs before them, so that with one
        worker the outcomes come in input order.
        """
        items: list[Job | Failed | Outcome] = []
        hashed: list[tuple[int, int, str]] = []  # (where in items, size, SHA-256)
        for found in paths:
            path = found.path
            # A skipped link is named as itself (its folder resolved), not as where it points.
            source = source_of(path.resolve() if found.skip is None and path.exists() else
                               path.parent.resolve() / path.name)
            if found.skip is not None:
                items.append(Outcome(source, "rejected", reason=found.skip))
                continue
            try:
                size, sha = _size_and_sha256(path, self.config.max_size)
                if sha is None:
                    items.append(Failed(source, lazy_gettext("over the size limit (%(limit)s bytes)",
                                                             limit=format(self.config.max_size, ",")), None, size))
                    continue
                hashed.append((len(items), size, sha))
                items.append(Job(source=source, path=str(path)))
            except Rejected as exc:
                items.append(Outcome(source, "rejected", reason=exc.reason))
            except OSError as exc:
                items.append(Outcome(source, "rejected", reason=lazy_gettext("cannot read: %(error)s",
                                                                             error=str(exc.strerror or exc))))
        if hashed:
            with self.registry.reading() as conn:
                stored = docstore.first_sources(conn, [sha for _at, _size, sha in hashed])
                rejected = docstore.find_rejections(conn, [(items[at].source, sha) for at, _size, sha in hashed])
            for at, size, sha in hashed:
                job = items[at]
                assert isinstance(job, Job)
                first_source = stored.get(sha)
                if first_source is not None:
                    note = None if first_source == job.source else lazy_gettext("same bytes as %(source)s",
                                                                                source=first_source)
                    items[at] = Outcome(job.source, "unchanged", size=size, document_id=sha, reason=note)
                    continue
                earlier = rejected.get((job.source, sha))
                if earlier is not None:
                    items[at] = Outcome(job.source, "rejected", size=size, reason=earlier.reason, earlier=True)
        for item in items:
            if isinstance(item, Job):
                yield item
            elif isinstance(item, Failed):
                self._reject(item)
            else:
                self._note(item)

    # -- the workers ----------------------------------------------------------------------

    def _run_pool(self, jobs: Iterator[Job]) -> None:
        """Each job in a worker process, within the memory and time limits (see ``workers``).

        A result is handled (its statements drawn, its group stored) only after the next job has
        gone to the worker that sent it, so the worker prepares while the parent stores: with one
        worker they used to take turns. Outcomes still come in input order: those known without a
        worker (drawing the next job reports them) wait behind the results received before them.
        """
        on_stage = self.on_stage
        with WorkerPool(self.config.workers, self.config, str(self.registry.store),
                        on_stage=None if on_stage is None else lambda job, stage: on_stage(job.source, stage)) as pool:
            try:
                for job in jobs:
                    pool.submit(job)
                    if on_stage is not None:
                        on_stage(job.source, "reading")
                    self._handle_arrived()
                    self._arrived = self._wait_for_room(pool)
                self._handle_arrived()
                self._collect(pool)
            finally:
                self.report.peak_rss_workers = pool.peak_rss or None

    def _wait_for_room(self, pool: WorkerPool) -> list[tuple[Job, Prepared | Failed | Outcome]]:
        """The results received until a worker is free (the group is stored meanwhile when its time is up)."""
        arrived: list[tuple[Job, Prepared | Failed | Outcome]] = []
        while pool.busy and not pool.has_room():
            done = pool.wait(self._group_wait())
            if not done:
                self._store_group()
            arrived += done
        return arrived

    def _handle_arrived(self) -> None:
        while self._arrived:
            job, result = self._arrived.pop(0)
            if isinstance(result, Outcome) and not self._group:
                self._emit(result)
            else:
                self._finish(job, result)

    def _collect(self, pool: WorkerPool) -> None:
        """Store results as they come, until every worker is done."""
        while pool.busy:
            done = pool.wait(self._group_wait())
            if not done:
                self._store_group()
            for job, result in done:
                self._finish(job, result)

    # -- after the workers: store ---------------------------------------------------------

    def _finish(self, job: Job, result: Prepared | Failed | Outcome) -> None:
        """Add a result to the group being stored; store the group when it is full."""
        statements = Candidates()
        if not self._group:
            self._group_since = time.monotonic()
            self._names_current = False  # the group before may have named new entities
        if isinstance(result, Prepared):
            if result.facts:
                if not self._names_current:
                    self._names.refresh()
                    self._names_current = True
                statements = to_statements(self.registry, result.record.id, result.facts,
                                           result.record.meta.get("pages"), names=self._names)
                if not any(isinstance(item, Prepared) and item.record.id == result.record.id
                           for item, _statements in self._group):
                    # The next documents of the group resolve names as if this one were stored (same bytes
                    # twice in a group: the second stores nothing).
                    self._names.note(statements.entities, statements.statements)
            self._group_chars += len(result.record.text)
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
        prepared = [item for item, _statements in group if isinstance(item, Prepared)]
        for done in prepared:
            if done.data is not None:
                docstore.write_blob(self.registry.store, done.record.id, done.data, durable=False)
        if prepared:
            # The workers wrote the bytes without waiting for the disk: one sync before the rows point at them.
            docstore.sync_store(self.registry.store)
        try:
            with self.registry.transaction() as conn:
                outcomes = self._store_all(conn, group)
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

    def _store_all(self, conn: Connection, group: list[tuple[Prepared | Failed | Outcome, Candidates]]
                   ) -> list[Outcome]:
        """Store a group in ``conn`` as ``_store`` would one result after another, but each run of documents
        with one statement per table and one audit append (the entries in the same order)."""
        outcomes: list[Outcome] = []
        run: list[tuple[Prepared, Candidates]] = []
        for result, statements in group:
            if isinstance(result, Prepared):
                run.append((result, statements))
                continue
            outcomes += self._store_run(conn, run)
            run = []
            outcomes.append(self._store(conn, result, statements))
        return outcomes + self._store_run(conn, run)

    def _store_run(self, conn: Connection, run: list[tuple[Prepared, Candidates]]) -> list[Outcome]:
        if not run:
            return []
        added = docstore.add_many(conn, [result.record for result, _statements in run], self.config.index_chars)
        parts = [(statements.entities, statements.statements)
                 for (_result, statements), (done, _entry) in zip(run, added, strict=True)
                 if done.status == "added" and statements.statements]
        written = iter(self.registry.write_parts(conn, parts, actor=self.actor))
        entries: list[audit.Item] = []
        outcomes = []
        for (result, statements), (done, entry) in zip(run, added, strict=True):
            if entry is not None:
                entries.append(entry)
                if statements.statements:
                    entries += next(written).audit
            outcomes.append(self._outcome(result, done, statements))
        audit.append_many(conn, self.actor, entries)
        return outcomes

    def _store(self, conn: Connection, result: Prepared | Failed | Outcome, statements: Candidates) -> Outcome:
        """Write one document (row, search text, audit entry, candidates) or rejection, in ``conn``."""
        if isinstance(result, Outcome):
            return result
        if isinstance(result, Failed):
            rejection = Rejection(result.source, result.sha256, result.size, result.reason, now())
            new = docstore.reject(conn, rejection, self.actor)
            return Outcome(result.source, "rejected", size=result.size, reason=result.reason, earlier=not new)
        # What Registry.add_document does, in the group's transaction.
        added = docstore.add(conn, result.record, self.actor, self.config.index_chars)
        if added.status == "added" and statements.statements:
            self.registry.write(statements.entities, statements.statements, actor=self.actor, conn=conn)
        return self._outcome(result, added, statements)

    @staticmethod
    def _outcome(result: Prepared, added: docstore.AddResult, statements: Candidates) -> Outcome:
        record = result.record
        if added.status == "unchanged":
            note = None if added.first_source == record.source else lazy_gettext("same bytes as %(source)s",
                                                                                 source=added.first_source)
            return Outcome(record.source, "unchanged", size=record.size, document_id=record.id, reason=note)
        status: OutcomeStatus = "new version" if added.previous_id else "added"
        return Outcome(record.source, status, size=record.size, document_id=record.id,
                       language=record.language, media_type=record.media_type,
                       statements=len(statements.statements), extraction_error=result.extraction_error)

    def _reject(self, failed: Failed) -> None:
        if self._arrived:
            self._arrived.append((Job(failed.source), failed))
            return
        self._finish(Job(failed.source), failed)

    def _note(self, outcome: Outcome) -> None:
        """Report an outcome that stores nothing, after the results before it."""
        if self._arrived:
            self._arrived.append((Job(outcome.source), outcome))
        elif self._group:
            self._finish(Job(outcome.source), outcome)
        else:
            self._emit(outcome)

    def _emit(self, outcome: Outcome) -> None:
        self.report.add(outcome)
        if self.listener is not None:
            self.listener(outcome)


def ingest(registry: Registry, paths: Iterable[Path] = (), urls: Iterable[str] = (), *,
           config: IngestConfig | None = None, actor: str = "ingest",
           listener: Listener | None = None, on_stage: StageListener | None = None) -> IngestReport:
    """Ingest files (and folders, recursively) and URLs into ``registry``; see ``IngestReport``."""
    return Batch(registry, config or IngestConfig.from_settings(), actor=actor, listener=listener,
                 on_stage=on_stage).run(paths, urls)
