"""One input to one prepared document: the work done in a pool worker.

Pure apart from writing the raw bytes into the content-addressed store (idempotent, atomic), so
the same function runs in a local process pool or on a cluster worker (which has no store: it
gets the bytes with the job, or sends back those it fetched). The parent process alone talks to
the database.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from copytrace.i18n import lazy_gettext
from copytrace.ingest import language
from copytrace.ingest.config import IngestConfig, format_size
from copytrace.ingest.errors import Rejected, TooLarge
from copytrace.ingest.extraction import extract_with
from copytrace.ingest.fetch import fetch
from copytrace.ingest.loaders import load
from copytrace.ingest.walk import open_regular
from copytrace.model.candidate import CandidateFact
from copytrace.registry.documents import DocumentRecord, write_blob

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Job:
    """A file (``path``, or its bytes as ``data``) or a URL (``url``) to ingest, recorded as ``source``."""

    source: str
    path: str | None = None
    url: str | None = None
    data: bytes | None = None


@dataclass(frozen=True, slots=True)
class Prepared:
    record: DocumentRecord
    facts: list[CandidateFact] = field(default_factory=list)
    # Why the language model read nothing in this document (the document and any rules facts are kept).
    extraction_error: str | None = None
    # The raw bytes, for the parent to keep, when the worker had no store to put them in.
    data: bytes | None = None


@dataclass(frozen=True, slots=True)
class Failed:
    source: str
    reason: str
    sha256: str | None = None
    size: int | None = None
    # The worker that produced this may be left in a bad state (out of memory): start a fresh one.
    replace_worker: bool = False


def out_of_memory(config: IngestConfig) -> str:
    """The reason given for a document that hit the memory limit."""
    if config.max_memory:
        return lazy_gettext("needed more than %(limit)s", limit=format_size(config.max_memory))
    return lazy_gettext("ran out of memory")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def prepare(job: Job, config: IngestConfig, store: str | None, *, durable: bool = True,
            stage: Callable[[str], None] | None = None) -> Prepared | Failed:
    """Read, load, detect languages, keep the bytes, extract facts; Failed with the reason instead.

    The bytes go into ``store`` (``durable``: see ``write_blob``); with no store, the parent keeps
    them (those it did not send come back in ``Prepared.data``). ``stage`` is told when the work
    moves on from reading and converting to extracting (the upload page shows it).
    """
    sha: str | None = None
    size: int | None = None
    try:
        data, meta = read_input(job, config)
        size = len(data)
        sha = hashlib.sha256(data).hexdigest()
        return _prepare(job, config, store, data, sha, meta, durable, stage)
    except Rejected as exc:
        return Failed(job.source, exc.reason, sha, size)
    except OSError as exc:
        return Failed(job.source, lazy_gettext("cannot read: %(error)s", error=str(exc.strerror or exc)), sha, size)
    except MemoryError:
        return Failed(job.source, out_of_memory(config), sha, size, replace_worker=True)
    except RecursionError:
        return Failed(job.source, lazy_gettext("too deeply nested to parse"), sha, size)
    except Exception as exc:  # hostile input can break a parsing library in any way: skip, not stop
        # (the reason, as every reason, at most 300 characters)
        error = f"{type(exc).__name__}: {exc}"[:279]
        return Failed(job.source, lazy_gettext("could not be parsed: %(error)s", error=error), sha, size)


def read_input(job: Job, config: IngestConfig) -> tuple[bytes, dict[str, Any]]:
    if job.data is not None:
        if len(job.data) > config.max_size:
            raise TooLarge(lazy_gettext("over the size limit (%(limit)s bytes)", limit=format(config.max_size, ",")))
        return job.data, {}
    if job.url is not None:
        fetched = fetch(job.url, config)
        http = {"status": fetched.status, "final_url": fetched.final_url, "headers": fetched.headers}
        if fetched.redirects:
            http["redirects"] = fetched.redirects
        return fetched.data, {"http": http}
    assert job.path is not None
    with open_regular(job.path) as handle:
        # Read one byte past the limit: enough to know it is too big without reading it all.
        data = handle.read(config.max_size + 1)
    if len(data) > config.max_size:
        raise TooLarge(lazy_gettext("over the size limit (%(limit)s bytes)", limit=format(config.max_size, ",")))
    return data, {}


def _prepare(job: Job, config: IngestConfig, store: str | None, data: bytes, sha: str,
             meta: dict[str, Any], durable: bool, stage: Callable[[str], None] | None = None) -> Prepared:
    # From the source: a name that is not UTF-8 is already escaped there (walk.source_of).
    name = Path(job.source).name
    loaded = load(data, name, config)
    main, paragraphs = language.languages_of(loaded.text, config.languages)
    meta.update(loaded.meta)
    if paragraphs:
        meta["paragraph_languages"] = [[p.start, p.end, p.language] for p in paragraphs]
    if store is not None:
        write_blob(Path(store), sha, data, durable=durable)
    record = DocumentRecord(
        id=sha, source=job.source, media_type=loaded.media_type, size=len(data), text=loaded.text,
        retrieved_at=now(), title=loaded.title, author=loaded.author, publisher=loaded.publisher,
        published=loaded.published, language=main, meta=meta,
    )
    if stage is not None and config.extract:
        stage("extracting")
    facts, error = _facts(record, name, config)
    return Prepared(record, facts, error, data if store is None and job.data is None else None)


def _facts(record: DocumentRecord, name: str, config: IngestConfig) -> tuple[list[CandidateFact], str | None]:
    if not config.extract:
        return [], None
    try:
        return extract_with(record.text, record.language, name, config.extractor, config.engine, config.llm)
    except MemoryError:
        raise  # the memory limit: the document is rejected (see prepare), not stored without candidates
    except Exception:  # a failing extractor costs this document its candidates, never the document
        log.exception("fact extraction failed on %s; the document is stored without candidates", record.source)
        return [], None
