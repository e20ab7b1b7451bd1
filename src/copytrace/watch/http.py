"""A conditional GET for watched pages and feeds: ETag and Last-Modified sent back, 304 understood.

It is ingest's fetch (``copytrace.ingest.fetch``) with the validators sent: http(s) only, every hop of a
redirect resolved once and checked, the connection made to the address checked, size and time capped.
"""

from __future__ import annotations

from dataclasses import dataclass

from copytrace.ingest.config import IngestConfig
from copytrace.ingest.fetch import fetch

_USER_AGENT = "copytrace-watch/0.1 (+document provenance registry)"


@dataclass(frozen=True, slots=True)
class Answer:
    status: int  # 200, or 304: not modified since the validators sent
    final_url: str
    data: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None


def get(url: str, config: IngestConfig, *, etag: str | None = None, last_modified: str | None = None) -> Answer:
    """Fetch ``url``, conditionally when validators are given; FetchFailed or TooLarge with the reason."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    got = fetch(url, config, headers, _USER_AGENT)
    if got.status == 304:
        return Answer(304, got.final_url, etag=etag, last_modified=last_modified)
    lower = {k.lower(): v for k, v in got.headers.items()}
    return Answer(got.status, got.final_url, got.data, lower.get("etag"), lower.get("last-modified"),
                  lower.get("content-type"))
