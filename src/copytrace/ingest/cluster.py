"""Ingest on a Dask cluster: reading, conversion and extraction on the cluster's workers, storing here.

``copytrace ingest --cluster ADDRESS`` runs the batch of ``batch.Batch`` with one difference: each
new document goes to a Dask worker (an existing scheduler at ``tcp://host:8786``, or a cluster of
``N`` local processes for ``local[:N]``) instead of a local worker process. The submitting process
reads each file and sends its bytes, so the workers share nothing with it but the scheduler's
address; a URL is fetched by the worker, which sends the bytes back. A worker answers with plain
data (the document's text and metadata, and the facts found), and this process alone writes the
registry, in the same groups and transactions as a local batch: a rerun after a killed run finds
what was stored and stores nothing twice.

On a worker, each document is prepared in a process of its own with the per-document memory and
time limits (``workers.WorkerPool``, one per worker thread). A task that fails all the same (its
worker died more often than the scheduler allows) is reported with its document and stores
nothing, so a rerun tries it again; the batch goes on. At most two documents per worker thread
are in flight, so memory here stays bounded however many files the folders hold.
"""

from __future__ import annotations

import dataclasses
import itertools
import multiprocessing
import os
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from copytrace.i18n import lazy_gettext
from copytrace.ingest.batch import Batch, Listener
from copytrace.ingest.config import IngestConfig
from copytrace.ingest.errors import ClusterUnavailable, Rejected
from copytrace.ingest.prepare import Failed, Job, Prepared, read_input
from copytrace.ingest.report import IngestReport, Outcome
from copytrace.ingest.workers import WorkerPool
from copytrace.registry import Registry

if TYPE_CHECKING:
    from distributed import Client

HINT = lazy_gettext("--cluster needs the dask extra: pip install 'copytrace[dask]'")
# Documents in flight per worker thread: one running, one waiting, so no thread idles between two.
_PER_THREAD = 2
_CONNECT_TIMEOUT_S = 30


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise ClusterUnavailable(HINT) from None
    return distributed


@contextmanager
def connect(address: str) -> Iterator[Client]:
    """A client of the scheduler at ``address``, or of a new local cluster for ``local`` / ``local:N``."""
    distributed = _distributed()
    if address == "local" or address.startswith("local:"):
        count = address.partition(":")[2]
        if count and not (count.isdigit() and int(count) > 0):
            raise ClusterUnavailable(lazy_gettext("not a worker count in %(address)r: use local or local:N",
                                                  address=address))
        # One thread a worker: each document runs in a process of its own anyway (see run_job).
        with (distributed.LocalCluster(n_workers=int(count or os.cpu_count() or 1), threads_per_worker=1,
                                       processes=True, dashboard_address=None) as cluster,
              distributed.Client(cluster) as client):
            yield client
        return
    try:
        client = distributed.Client(address, timeout=_CONNECT_TIMEOUT_S)
    except (OSError, TimeoutError) as exc:
        raise ClusterUnavailable(lazy_gettext("no Dask scheduler answers at %(address)s: %(error)s",
                                              address=address, error=str(exc))) from None
    with client:
        yield client


# -- on a worker ------------------------------------------------------------------------

_local = threading.local()


_CLUSTER_RETRIES = 2   # times a document the cluster lost (not one that failed) is sent again


def run_job(job: Job, config: IngestConfig) -> Prepared | Failed:
    """Prepare one document on a Dask worker, within the per-document limits; the task Dask runs."""
    pool: WorkerPool | None = getattr(_local, "pool", None)
    if pool is None or pool.config != config:
        if pool is not None:
            pool.close()
        _allow_children()
        # No store: the submitting process keeps the bytes.
        pool = _local.pool = WorkerPool(1, config, None)
    pool.submit(job)
    while True:
        for _job, result in pool.wait():
            return result


def _allow_children() -> None:
    """Let a daemonic Dask worker (started by a nanny) start the document processes.

    multiprocessing refuses children to a daemonic process because they would be orphaned when it
    is killed; ours are not (they ask the kernel to kill them with their parent, see workers.py).
    """
    config = vars(multiprocessing.current_process()).get("_config")
    if isinstance(config, dict) and config.get("daemon"):
        config["daemon"] = False


# -- here -------------------------------------------------------------------------------

class ClusterBatch(Batch):
    """A batch whose documents are prepared on a Dask cluster; storing is ``Batch``'s."""

    def __init__(self, registry: Registry, config: IngestConfig, client: Client, *, actor: str,
                 listener: Listener | None = None) -> None:
        super().__init__(registry, config, actor=actor, listener=listener)
        self.client: Any = client  # distributed is untyped
        self._prefix = f"copytrace-ingest-{uuid.uuid4().hex[:12]}"
        self._attempts: dict[str, int] = {}   # a document -> how often the cluster lost it
        self._resent = itertools.count(1_000_000_000)   # keys of documents sent again

    def _run_pool(self, jobs: Iterator[Job]) -> None:
        distributed = _distributed()
        threads = sum(self.client.nthreads().values()) or 1
        in_flight: dict[Any, Job] = {}  # Future -> its job
        numbers = itertools.count()
        try:
            for job in jobs:
                sent = self._with_bytes(job)
                if sent is None:
                    continue
                in_flight[self._submit(sent, next(numbers))] = sent
                while len(in_flight) >= threads * _PER_THREAD:
                    self._collect_futures(distributed, in_flight)
            while in_flight:
                self._collect_futures(distributed, in_flight)
        finally:
            for future in in_flight:
                future.cancel()

    def _submit(self, job: Job, number: int) -> Any:
        return self.client.submit(run_job, job, self.config, key=f"{self._prefix}-{number}", pure=False, retries=0)

    def _with_bytes(self, job: Job) -> Job | None:
        """The job with its file's bytes (the workers cannot read our files); None if rejected here."""
        if job.path is None:
            return job
        try:
            data, _meta = read_input(job, self.config)
        except Rejected as exc:
            self._reject(Failed(job.source, exc.reason))
            return None
        except OSError as exc:
            self._reject(Failed(job.source, f"cannot read: {exc.strerror or exc}"))
            return None
        return Job(source=job.source, data=data)

    def _collect_futures(self, distributed: Any, in_flight: dict[Any, Job]) -> None:
        """Store what finished (waiting at most until the group waiting to be stored is due)."""
        try:
            done, _pending = distributed.wait(list(in_flight), timeout=self._group_wait(),
                                              return_when="FIRST_COMPLETED")
        except TimeoutError:
            self._store_group()
            return
        for future in done:
            job = in_flight.pop(future)
            if future.status == "finished":
                result = future.result()
                if isinstance(result, Prepared) and result.data is None:
                    result = dataclasses.replace(result, data=job.data)
                self._finish(job, result)
            elif self._attempts.get(job.source, 0) < _CLUSTER_RETRIES:
                # A document's own failure comes back as a result; an exception is the cluster's (a worker lost
                # mid-task, a result that could not be gathered): the document is sent again.
                self._attempts[job.source] = self._attempts.get(job.source, 0) + 1
                in_flight[self._submit(job, next(self._resent))] = job
            else:
                # Stored as nothing (not even a rejection): the cause was the cluster, not the document.
                exc = future.exception()
                # (the reason, as every reason, at most 300 characters)
                error = f"{type(exc).__name__}: {exc}"[:278]
                self._note(Outcome(job.source, "rejected",
                                   reason=lazy_gettext("failed on the cluster: %(error)s", error=error)))
            future.release()


def ingest_on_cluster(registry: Registry, address: str, paths: Iterable[Path] = (), urls: Iterable[str] = (), *,
                      config: IngestConfig | None = None, actor: str = "ingest",
                      listener: Listener | None = None) -> IngestReport:
    """``batch.ingest`` with the documents prepared on the Dask cluster at ``address`` (or ``local[:N]``)."""
    with connect(address) as client:
        batch = ClusterBatch(registry, config or IngestConfig.from_settings(), client, actor=actor,
                             listener=listener)
        return batch.run(paths, urls)
