"""Uploads being ingested: each file's state, from queued to stored or rejected, for the page to poll.

An upload is ingested by a thread of the server process that received it, never on its event
loop, and that thread does no parsing: it hands the files to an ingest worker process
(``copytrace.ingest.workers``), where they are read, converted and extracted within the memory and
time limits, and stores what comes back, as ``copytrace ingest`` does. A few uploads are ingested
at once; the others wait with their files "queued".

Each state change is written to a small JSON file (``<temp>/copytrace-progress/<id>.json``), so
the status endpoint can answer whichever server process (``serve --workers``) the poll reaches.
The id is random and only its uploader (or an admin) may read it. The uploaded files live in a
temporary folder of their own, removed however the ingest ends.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import shutil
import stat
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from copytrace.ingest.batch import ingest
from copytrace.ingest.config import IngestConfig
from copytrace.ingest.report import Outcome
from copytrace.registry import Registry

log = logging.getLogger(__name__)

FileState = Literal["queued", "reading", "extracting", "stored", "rejected"]
# Uploads ingested at once in one server process (each with its own worker process).
_AT_ONCE = 2
# How long a finished upload's states stay readable.
_KEEP_S = 3600.0
_PROGRESS_DIR = "copytrace-progress"


@dataclass(slots=True)
class FileProgress:
    """One uploaded file: its name as sent, its state, and once done what ingest made of it."""

    name: str
    state: FileState = "queued"
    status: str | None = None  # the ingest outcome: added, new version, unchanged or rejected
    reason: str | None = None
    statements: int = 0
    document_id: str | None = None
    language: str | None = None
    media_type: str | None = None

    @property
    def url(self) -> str | None:
        return f"/document/{self.document_id}" if self.document_id else None


@dataclass(slots=True)
class Upload:
    """One upload's files, in the order sent; ``done`` once every file is stored or rejected."""

    id: str
    owner: str
    files: list[FileProgress]
    done: bool = False
    # In the process ingesting it only, not written out: the outcomes, and the error that stopped it.
    outcomes: list[Outcome] = field(default_factory=list)
    error: Exception | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "owner": self.owner, "done": self.done,
                "files": [{**asdict(item), "url": item.url} for item in self.files]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Upload:
        files = [FileProgress(**{k: v for k, v in item.items() if k != "url"}) for item in data["files"]]
        return cls(data["id"], data["owner"], files, bool(data["done"]))


def new_folder() -> Path:
    """A fresh temporary folder for one upload's files (``copytrace-upload-*``)."""
    return Path(tempfile.mkdtemp(prefix="copytrace-upload-"))


class Uploads:
    """The uploads this server process ingests, and the states of every upload on this machine."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self._slots = threading.BoundedSemaphore(_AT_ONCE)
        self._threads: dict[str, threading.Thread] = {}
        self._lock = threading.Lock()

    def start(self, owner: str, names: list[str], paths: list[Path], folder: Path, max_size: int) -> Upload:
        """Ingest ``paths`` (the files named ``names``, saved in ``folder``) as ``owner``, in a thread.

        ``paths[i]`` must lie in ``folder / str(i)``: that is how each outcome finds its file.
        ``folder`` is removed when the ingest ends.
        """
        self._expire()
        upload = Upload(secrets.token_urlsafe(16), owner, [FileProgress(name) for name in names])
        self._write(upload)
        thread = threading.Thread(target=self._run, args=(upload, paths, folder, max_size),
                                  name=f"copytrace-upload-{upload.id[:8]}")
        with self._lock:
            self._threads[upload.id] = thread
        thread.start()
        return upload

    def wait(self, upload: Upload) -> Upload:
        """Block until ``upload`` (started here) is done; the error that stopped it, if one did, is raised."""
        with self._lock:
            thread = self._threads.get(upload.id)
        if thread is not None:
            thread.join()
        if upload.error is not None:
            raise upload.error
        return upload

    def get(self, upload_id: str) -> Upload | None:
        """The upload's states as last written (by any server process), or None if unknown or expired."""
        path = self._path(upload_id)
        if path is None:
            return None
        try:
            return Upload.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def close(self) -> None:
        """Wait for the uploads still being ingested (the server is stopping)."""
        with self._lock:
            threads = list(self._threads.values())
        for thread in threads:
            thread.join()

    # -- the ingest thread ----------------------------------------------------------------

    def _run(self, upload: Upload, paths: list[Path], folder: Path, max_size: int) -> None:
        try:
            with self._slots:
                config = IngestConfig.from_settings(workers=1, max_size=max_size)
                ingest(self.registry, paths, config=config, actor=upload.owner,
                       listener=lambda outcome: self._outcome(upload, outcome),
                       on_stage=lambda source, state: self._stage(upload, source, state))
        except Exception as exc:  # whatever stopped it (the registry's errors): wait() raises it, a poller sees it
            log.exception("upload %s failed", upload.id)
            upload.error = exc
            for item in upload.files:
                if item.state not in ("stored", "rejected"):
                    item.state, item.status, item.reason = "rejected", "rejected", "the server could not store it"
        finally:
            shutil.rmtree(folder, ignore_errors=True)
            upload.done = True
            self._write(upload)
            with self._lock:
                self._threads.pop(upload.id, None)

    def _file(self, upload: Upload, source: str) -> FileProgress | None:
        # Each file was saved in a folder named by its place in the upload (see start).
        index = Path(source).parent.name
        return upload.files[int(index)] if index.isdigit() and int(index) < len(upload.files) else None

    def _stage(self, upload: Upload, source: str, state: str) -> None:
        item = self._file(upload, source)
        if item is not None and state in ("reading", "extracting"):
            item.state = "reading" if state == "reading" else "extracting"
            self._write(upload)

    def _outcome(self, upload: Upload, outcome: Outcome) -> None:
        upload.outcomes.append(outcome)
        item = self._file(upload, outcome.source)
        if item is None:
            return
        item.state = "rejected" if outcome.status == "rejected" else "stored"
        item.status, item.reason, item.statements = outcome.status, outcome.reason, outcome.statements
        item.document_id, item.language, item.media_type = outcome.document_id, outcome.language, outcome.media_type
        self._write(upload)

    # -- the state files ------------------------------------------------------------------

    def _root(self) -> Path:
        """The folder of state files, this user's alone (refused if another made it, or it is a link)."""
        root = Path(tempfile.gettempdir()) / _PROGRESS_DIR
        with contextlib.suppress(FileExistsError):
            root.mkdir(mode=0o700)
        info = root.lstat()
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != getattr(os, "getuid", lambda: info.st_uid)():
            raise PermissionError(f"{root} is not a folder of this user's")
        return root

    def _path(self, upload_id: str) -> Path | None:
        if not upload_id or not all(ch.isalnum() or ch in "-_" for ch in upload_id):
            return None
        return self._root() / f"{upload_id}.json"

    def _write(self, upload: Upload) -> None:
        path = self._path(upload.id)
        assert path is not None
        # Written whole, then renamed over the old one: a reader never sees half of it.
        partial = path.with_suffix(f".{threading.get_ident()}.part")
        partial.write_text(json.dumps(upload.to_dict(), ensure_ascii=False), encoding="utf-8")
        os.replace(partial, path)

    def _expire(self) -> None:
        cutoff = time.time() - _KEEP_S
        for path in self._root().iterdir():
            with contextlib.suppress(OSError):
                if path.stat().st_mtime < cutoff:
                    path.unlink()
