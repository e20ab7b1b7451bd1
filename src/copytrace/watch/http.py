"""A conditional GET for watched pages and feeds: ETag and Last-Modified sent back, 304 understood.

The same safety rules as ingest's fetch (``copytrace.ingest.fetch``): http(s) only, every hop of a
redirect checked by ``check_url`` before it is requested, the address actually connected to
checked again, size and time capped.
"""

from __future__ import annotations

import ipaddress
import time
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx

from copytrace.ingest.config import IngestConfig
from copytrace.ingest.errors import FetchFailed, TooLarge
from copytrace.ingest.fetch import check_url

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
    headers = {"User-Agent": _USER_AGENT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    deadline = time.monotonic() + config.timeout_s
    current = url
    # trust_env=False: no proxy from the environment may route around the address checks.
    with httpx.Client(timeout=httpx.Timeout(config.timeout_s), follow_redirects=False, trust_env=False,
                      headers=headers) as client:
        for _hop in range(config.max_redirects + 1):
            check_url(current, config.allow_private)
            try:
                with client.stream("GET", current) as response:
                    _check_peer(response, config.allow_private)
                    # Before is_redirect, which counts a 304 as one.
                    if response.status_code == 304:
                        return Answer(304, current, etag=etag, last_modified=last_modified)
                    if response.is_redirect and "location" in response.headers:
                        current = urljoin(current, response.headers["location"])
                        continue
                    if response.status_code >= 400:
                        raise FetchFailed(f"HTTP {response.status_code} {response.reason_phrase}")
                    data = _read(response, config.max_size, deadline)
                    return Answer(response.status_code, current, data, response.headers.get("etag"),
                                  response.headers.get("last-modified"), response.headers.get("content-type"))
            except httpx.TimeoutException:
                raise FetchFailed(f"timed out after {config.timeout_s:g} s") from None
            except httpx.HTTPError as exc:
                raise FetchFailed(f"fetch failed: {type(exc).__name__}: {exc}") from None
    raise FetchFailed(f"too many redirects (more than {config.max_redirects})")


def _check_peer(response: httpx.Response, allow_private: bool) -> None:
    # The name was checked before connecting; this checks where the connection really went
    # (DNS rebinding), as ingest's fetch does.
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if not peer or allow_private:
        return
    ip = ipaddress.ip_address(str(peer[0]).split("%")[0])
    if not ip.is_global or ip.is_multicast:
        raise FetchFailed(f"refused: {response.url.host} is a private, loopback or reserved address ({ip}); "
                          "add the source with --allow-private to fetch it")


def _read(response: httpx.Response, limit: int, deadline: float) -> bytes:
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise TooLarge(f"over the size limit: {int(declared):,} bytes declared (limit {limit:,})")
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_bytes():
        total += len(chunk)
        if total > limit:
            raise TooLarge(f"over the size limit: more than {limit:,} bytes (limit {limit:,})")
        if time.monotonic() > deadline:
            raise FetchFailed("timed out while reading the body")
        chunks.append(chunk)
    return b"".join(chunks)
