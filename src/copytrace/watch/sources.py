"""Fetching one watched source and ingesting what is new in it.

A folder goes through ingest as a whole (it skips bytes already stored, and stores changed files
as new versions). A page is fetched conditionally and ingested when its bytes changed. A feed is
fetched conditionally; each entry is turned into a small HTML document (title, link, date,
content) and ingested once: an entry seen before with the same content is skipped, and bytes
already stored from anywhere are never stored twice.
"""

from __future__ import annotations

import hashlib
import html
import json
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import feedparser

from copytrace.ingest import IngestConfig, Rejected, ingest
from copytrace.ingest.extraction import to_statements
from copytrace.ingest.prepare import Failed, Job, now, prepare
from copytrace.registry import Registry
from copytrace.registry import watch as store
from copytrace.registry.documents import Rejection
from copytrace.registry.watch import Source
from copytrace.watch import http


class SourceFailed(Rejected):
    """This source could not be read this time (unreachable, HTTP error, not a feed): record it, go on."""


@dataclass(slots=True)
class Fetched:
    """What one run of a source brought."""

    status: str  # "new", "not modified" (304), "unchanged" (same bytes), "nothing new"
    documents: list[str] = field(default_factory=list)  # ids of documents stored by this run
    skipped: int = 0  # inputs seen before, or bytes already stored
    rejected: list[str] = field(default_factory=list)  # "input: reason" for inputs ingest refused
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None
    keep_validators: bool = False


def fetch_source(registry: Registry, source: Source, config: IngestConfig, *, actor: str) -> Fetched:
    """Run one source; SourceFailed (or Rejected) with a one-line reason when it cannot be read."""
    if source.kind == "folder":
        return _folder(registry, source, config, actor)
    answer = http.get(source.location, _with_private(config, source),
                      etag=source.etag, last_modified=source.last_modified)
    if answer.status == 304:
        return Fetched("not modified", keep_validators=True)
    digest = hashlib.sha256(answer.data).hexdigest()
    result = Fetched("unchanged", etag=answer.etag, last_modified=answer.last_modified, content_hash=digest)
    if digest == source.content_hash:
        return result
    if source.kind == "page":
        _ingest_bytes(registry, answer.data, source.location, _name_of(answer.final_url), config, actor, result)
    else:
        _feed(registry, source, answer.data, config, actor, result)
    result.status = "new" if result.documents else "nothing new"
    return result


def detect_kind(location: str, allow_private: bool, config: IngestConfig | None = None) -> str:
    """folder for an existing folder; for a URL, feed when what it serves parses as RSS or Atom, else page."""
    if "://" not in location:
        if not Path(location).expanduser().is_dir():
            raise SourceFailed(f"not a folder, and not a URL: {location}")
        return "folder"
    answer = http.get(location, replace(config or IngestConfig(), allow_private=allow_private))
    parsed = feedparser.parse(answer.data)
    return "feed" if parsed.get("version") else "page"


def default_name(location: str, kind: str) -> str:
    if kind == "folder":
        return Path(location).name or location
    parts = urlsplit(location)
    return (parts.netloc + parts.path).rstrip("/") or location


def _with_private(config: IngestConfig, source: Source) -> IngestConfig:
    return replace(config, allow_private=source.allow_private)


def _name_of(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1] or "page"


def _folder(registry: Registry, source: Source, config: IngestConfig, actor: str) -> Fetched:
    folder = Path(source.location)
    if not folder.is_dir():
        raise SourceFailed(f"not a folder (any more): {folder}")
    result = Fetched("nothing new")

    def listen(outcome: Any) -> None:
        if outcome.status in ("added", "new version") and outcome.document_id:
            result.documents.append(outcome.document_id)
        elif outcome.status == "unchanged" or outcome.earlier:
            result.skipped += 1
        else:
            result.rejected.append(f"{outcome.source}: {outcome.reason}")

    ingest(registry, [folder], config=config, actor=actor, listener=listen)
    result.status = "new" if result.documents else "nothing new"
    return result


def _feed(registry: Registry, source: Source, data: bytes, config: IngestConfig, actor: str,
          result: Fetched) -> None:
    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise SourceFailed(f"not an RSS or Atom feed{f': {problem}' if problem else ''}"[:300])
    entries = [(_entry_key(source, entry), entry) for entry in parsed.entries]
    seen = store.seen_items(registry, source.id, [key for key, _ in entries])
    for key, entry in entries:
        digest = _fingerprint(entry)
        if seen.get(key) == digest:
            result.skipped += 1
            continue
        document = entry_document(entry, parsed.feed)
        link = entry.get("link") or f"{source.location}#{entry.get('id') or key}"
        before = len(result.documents)
        _ingest_bytes(registry, document, link, "entry.html", config, actor, result)
        stored = result.documents[before] if len(result.documents) > before else None
        store.record_item(registry, source.id, key, digest, stored, now())


def _entry_key(source: Source, entry: Any) -> str:
    ident = entry.get("id") or entry.get("link") or entry.get("title") or ""
    return hashlib.sha256(f"{source.id}:{ident}".encode()).hexdigest()


def _fingerprint(entry: Any) -> str:
    """What the entry itself says (not the feed around it): when this changes, the entry changed."""
    fields = [entry.get(key) or "" for key in ("title", "link", "published", "updated", "author", "summary")]
    fields += [c.get("value", "") for c in entry.get("content", [])]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()


def entry_document(entry: Any, feed: Any) -> bytes:
    """A feed entry as a small HTML document: title, date, link, publisher and the entry's content.

    Only what the entry says goes in (never the time it was fetched), so the same entry makes the
    same bytes, and the content hash finds it however often the feed repeats it.
    """
    title = html.escape(entry.get("title") or "")
    parts = [f"<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title>"]
    if feed.get("title"):
        parts.append(f"<meta name=\"publisher\" content=\"{html.escape(feed['title'])}\">")
    if entry.get("author"):
        parts.append(f"<meta name=\"author\" content=\"{html.escape(entry['author'])}\">")
    published = entry.get("published") or entry.get("updated")
    if published:
        parts.append(f"<meta name=\"date\" content=\"{html.escape(published)}\">")
    parts.append(f"</head><body><article><h1>{title}</h1>")
    contents = [c.get("value", "") for c in entry.get("content", [])] or [entry.get("summary", "")]
    # feedparser has already sanitised the markup (no scripts, no event handlers).
    parts.extend(f"<div>{content}</div>" for content in contents if content)
    if entry.get("link"):
        parts.append(f"<p><a href=\"{html.escape(entry['link'])}\">{html.escape(entry['link'])}</a></p>")
    parts.append("</article></body></html>")
    return "".join(parts).encode("utf-8")


def _ingest_bytes(registry: Registry, data: bytes, source: str, name: str, config: IngestConfig, actor: str,
                  result: Fetched) -> None:
    """Ingest bytes recorded as coming from ``source``: prepared as ingest prepares a file, stored with its facts."""
    digest = hashlib.sha256(data).hexdigest()
    if registry.document_source(digest) is not None:
        result.skipped += 1
        return
    with tempfile.TemporaryDirectory(prefix="copytrace-watch-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        prepared = prepare(Job(source=source, path=str(path)), config, str(registry.store))
    if isinstance(prepared, Failed):
        registry.record_rejection(Rejection(source, prepared.sha256, prepared.size, prepared.reason, now()),
                                  actor=actor)
        result.rejected.append(f"{source}: {prepared.reason}")
        return
    record = prepared.record
    candidates = to_statements(registry, record.id, prepared.facts, record.meta.get("pages"))
    added = registry.add_document(record, actor=actor, new_entities=candidates.entities,
                                  new_statements=candidates.statements, index_chars=config.index_chars)
    if added.status == "added":
        result.documents.append(record.id)
    else:
        result.skipped += 1
