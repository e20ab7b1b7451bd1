"""Worker processes that prepare one document at a time, each within a memory and a time limit.

A worker gets one job, sends back its result and waits for the next. Its address space is capped
(``RLIMIT_AS``), so an allocation past the limit fails in the worker (MemoryError, reported as
"needed more than 1 GB") instead of taking the machine down. The parent holds each job's
deadline: a worker still busy when it passes is killed and replaced, and the document is
reported as "took longer than 60 s". A worker that dies (a parser crashed the process) costs only
the document it was working on, since it had no other. Workers die with their parent: they ask
the kernel for SIGKILL when it goes (``PR_SET_PDEATHSIG`` on Linux), and a worker waiting for a
job sees its pipe close.

Besides its result, a worker tells the parent when a job moves on to extraction (for the upload
page's progress) and, with each result, its peak resident memory; the parent also reads that of
a worker it kills. ``WorkerPool.peak_rss`` is the largest seen, for the batch's report.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkServerContext, SpawnContext
from multiprocessing.process import BaseProcess
from pathlib import Path
from types import TracebackType
from typing import cast

from copytrace.i18n import lazy_gettext
from copytrace.ingest.config import IngestConfig
from copytrace.ingest.prepare import Failed, Job, Prepared, out_of_memory, prepare

log = logging.getLogger(__name__)

Result = Prepared | Failed
_NICENESS = 5
_PR_SET_PDEATHSIG = 1
# How long a worker told to stop may take before it is killed.
_STOP_GRACE_S = 2.0
# forkserver: workers forked from a fresh server process that imported the code once (a fresh
# interpreter, never a fork of a parent holding database connections and progress-bar threads),
# instead of each worker starting an interpreter and importing everything again (about a second
# of CPU per worker, paid again for each worker replaced). spawn where there is no forkserver.
_START_METHOD = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
_PRELOAD = ["copytrace.ingest.prepare"]


def _die_with_parent() -> None:
    """Ask the kernel to kill this process when its parent goes (Linux); elsewhere the closed pipe tells.

    A forkserver worker's parent is the fork server, which exits when the batch's process does,
    once no process holds the write end of its "alive" pipe. Each worker inherits one (for fork
    servers of its own, which it never starts): it is closed here, or server and worker would
    wait on each other forever.
    """
    if not sys.platform.startswith("linux"):
        return
    if _START_METHOD == "forkserver":
        from multiprocessing import forkserver

        server = getattr(forkserver, "_forkserver", None)
        alive = getattr(server, "_forkserver_alive_fd", None)
        if isinstance(alive, int):
            with contextlib.suppress(OSError):
                os.close(alive)
            server._forkserver_alive_fd = None  # type: ignore[union-attr]
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() == 1:  # the parent went before the request was made
        os._exit(1)


def peak_rss(pid: int | None = None) -> int | None:
    """The peak resident memory of process ``pid`` (None: this one) in bytes, while it lives; None if unknown.

    Read from /proc (Linux: VmHWM); elsewhere only this process's own, from getrusage.
    """
    try:
        for line in Path(f"/proc/{pid or 'self'}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
        return None  # a process that has exited (a zombie) has no memory left to report
    except (OSError, ValueError):
        pass
    if pid is not None:
        return None
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


@dataclass(frozen=True, slots=True)
class _Stage:
    """Sent by a worker as its job moves on (to "extracting"), before the result."""

    stage: str


@dataclass(frozen=True, slots=True)
class _Done:
    """A worker's answer to a job: the result, and the worker's peak resident memory so far (bytes)."""

    result: Result
    peak_rss: int | None


def _limit_memory(limit: int | None) -> None:
    if limit is None:
        return
    import resource

    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))


def _serve(conn: Connection, config: IngestConfig, store: str | None) -> None:
    """A worker's life: prepare each job received, send the result back, until the pipe closes."""
    _die_with_parent()
    # Ctrl-C reaches the whole process group; the parent decides, and stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(OSError):  # storing is the one serial step, so the parent goes first
        os.nice(_NICENESS)
    _limit_memory(config.max_memory)
    while True:
        try:
            job: Job = conn.recv()
        except (EOFError, OSError):
            return
        # The parent syncs the store once per group it commits (documents.sync_store).
        result = prepare(job, config, store, durable=False, stage=lambda stage: conn.send(_Stage(stage)))
        try:
            conn.send(_Done(result, peak_rss()))
        except MemoryError:
            conn.send(_Done(Failed(job.source, out_of_memory(config), replace_worker=True), None))
        if isinstance(result, Failed) and result.replace_worker:
            return


@dataclass(slots=True)
class _Worker:
    process: BaseProcess
    conn: Connection
    job: Job | None = None
    deadline: float | None = None


class WorkerPool:
    """Up to ``size`` workers, each preparing one job at a time; see the module docstring."""

    def __init__(self, size: int, config: IngestConfig, store: str | None,
                 on_stage: Callable[[Job, str], None] | None = None) -> None:
        self.size = max(1, size)
        self.config = config
        self.store = store
        # Told when a worker's job moves on (to "extracting").
        self.on_stage = on_stage
        # The largest peak resident memory of any worker, in bytes (0: none known yet).
        self.peak_rss = 0
        self._context = cast("ForkServerContext | SpawnContext", multiprocessing.get_context(_START_METHOD))
        if _START_METHOD == "forkserver":
            # Only has an effect before the server starts (once per process): workers fork with the code loaded.
            self._context.set_forkserver_preload(_PRELOAD)
        self._workers: list[_Worker] = []

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close(wait=kind is None)

    @property
    def busy(self) -> int:
        return sum(1 for worker in self._workers if worker.job is not None)

    def has_room(self) -> bool:
        return self.busy < self.size

    def submit(self, job: Job) -> None:
        """Give ``job`` to an idle worker, starting one if none is idle; call only when ``has_room()``."""
        worker = next((w for w in self._workers if w.job is None and w.process.is_alive()), None)
        if worker is None:
            self._workers = [w for w in self._workers if w.job is not None or self._reap(w)]
            worker = self._start()
        timeout = self.config.doc_timeout_s
        worker.job = job
        worker.deadline = time.monotonic() + timeout if timeout else None
        try:
            worker.conn.send(job)
        except (OSError, ValueError):  # it died between jobs: a fresh one takes the job
            self._reap(worker)
            self._workers.remove(worker)
            self.submit(job)

    def wait(self, timeout: float | None = None) -> list[tuple[Job, Result]]:
        """Results that arrive within ``timeout`` seconds (None: until one does); limits enforced meanwhile."""
        end = None if timeout is None else time.monotonic() + timeout
        while True:
            busy = [w for w in self._workers if w.job is not None]
            if not busy:
                return []
            left = None if end is None else max(0.0, end - time.monotonic())
            until = min((w.deadline for w in busy if w.deadline is not None), default=None)
            if until is not None:
                to_deadline = max(0.0, until - time.monotonic())
                left = to_deadline if left is None else min(left, to_deadline)
            ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy], left))
            done: list[tuple[Job, Result]] = []
            now = time.monotonic()
            for worker in busy:
                job = worker.job
                assert job is not None
                if worker.conn in ready or worker.process.sentinel in ready:
                    result = self._receive(worker, job)
                    if result is not None:
                        done.append((job, result))
                elif worker.deadline is not None and now >= worker.deadline:
                    self._note_peak(peak_rss(worker.process.pid))
                    self._replace(worker)
                    assert self.config.doc_timeout_s is not None
                    done.append((job, Failed(job.source, lazy_gettext("took longer than %(seconds)s s",
                                                                      seconds=format(self.config.doc_timeout_s, "g")))))
            # Only stages arrived: wait on, for what is left of the time.
            if done or not ready or (end is not None and time.monotonic() >= end):
                return done

    def close(self, *, wait: bool = True) -> None:
        """Stop every worker: idle ones are told (their pipe closes), busy ones and stragglers killed."""
        for worker in self._workers:
            worker.conn.close()
            if not wait or worker.job is not None:
                worker.process.kill()
        deadline = time.monotonic() + _STOP_GRACE_S
        for worker in self._workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.exitcode is None:
                worker.process.kill()
                worker.process.join()
            worker.process.close()
        self._workers = []

    # -- one worker --------------------------------------------------------------------

    def _start(self) -> _Worker:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(target=_serve, args=(theirs, self.config, self.store), daemon=True,
                                        name="copytrace-ingest-worker")
        process.start()
        theirs.close()  # only the worker holds its end, so its death reads as EOF here
        worker = _Worker(process, ours)
        self._workers.append(worker)
        return worker

    def _receive(self, worker: _Worker, job: Job) -> Result | None:
        """The worker's result for ``job``; None when what came was a stage (told to ``on_stage``)."""
        try:
            message: _Done | _Stage = worker.conn.recv()
        except (EOFError, OSError):
            # No answer: the worker died on this document (a parser crashed the process).
            self._replace(worker)
            return Failed(job.source, lazy_gettext("crashed the document parser (worker process died%(how)s)",
                                                   how=self._how(worker)))
        if isinstance(message, _Stage):
            if self.on_stage is not None:
                self.on_stage(job, message.stage)
            return None
        self._note_peak(message.peak_rss)
        result = message.result
        worker.job = None
        worker.deadline = None
        if isinstance(result, Failed) and result.replace_worker:
            self._replace(worker)  # it is on its way out (see _serve): no more jobs for it
        return result

    def _note_peak(self, peak: int | None) -> None:
        if peak is not None:
            self.peak_rss = max(self.peak_rss, peak)

    def _replace(self, worker: _Worker) -> None:
        """Kill the worker and forget it; the next submit starts a fresh one."""
        worker.process.kill()
        self._reap(worker)
        self._workers.remove(worker)

    @staticmethod
    def _reap(worker: _Worker) -> bool:
        """Wait for a dead (or killed) worker and release it; False, so it can filter a list."""
        worker.conn.close()
        worker.process.join(_STOP_GRACE_S)
        return False

    @staticmethod
    def _how(worker: _Worker) -> str:
        code = worker.process.exitcode
        if code is None or code >= 0:
            return lazy_gettext(", exit status %(code)s", code=code) if code else ""
        try:
            return f", {signal.Signals(-code).name}"
        except ValueError:
            return lazy_gettext(", signal %(number)s", number=-code)
