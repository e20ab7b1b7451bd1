"""Fetching a URL safely: http(s) only, public addresses only, capped redirects, size and time.

Every hop of a redirect chain is checked before it is requested, and the address actually
connected to is checked again, so a name that resolves to a public address when checked and to
127.0.0.1 when connected (DNS rebinding) is still refused.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from copytrace.ingest.config import IngestConfig
from copytrace.ingest.errors import FetchFailed, TooLarge

_USER_AGENT = "copytrace-ingest/0.1 (+document provenance registry)"


@dataclass(slots=True)
class Fetched:
    url: str
    final_url: str
    status: int
    data: bytes
    headers: dict[str, str] = field(default_factory=dict)
    redirects: list[str] = field(default_factory=list)


def _check_address(host: str, address: str, allow_private: bool) -> None:
    ip = ipaddress.ip_address(address.split("%")[0])
    if allow_private:
        return
    if not ip.is_global or ip.is_multicast:
        raise FetchFailed(f"refused: {host} is a private, loopback or reserved address ({ip}); "
                          "use --allow-private to fetch it")


def check_url(url: str, allow_private: bool) -> None:
    """Refuse anything but http(s) URLs whose host resolves only to public addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchFailed(f"refused: only http and https URLs are fetched, not {parts.scheme or 'no scheme'!r}")
    host = parts.hostname
    if not host:
        raise FetchFailed("refused: URL without a host")
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80),
                                   type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchFailed(f"cannot resolve host {host}: {exc}") from None
    for info in infos:
        _check_address(host, str(info[4][0]), allow_private)


def fetch(url: str, config: IngestConfig) -> Fetched:
    """The body and headers of ``url``; FetchFailed or TooLarge with the reason when refused."""
    deadline = time.monotonic() + config.timeout_s
    redirects: list[str] = []
    current = url
    timeout = httpx.Timeout(config.timeout_s)
    # trust_env=False: no proxy from the environment may route around the address checks.
    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False,
                      headers={"User-Agent": _USER_AGENT}) as client:
        while True:
            check_url(current, config.allow_private)
            try:
                with client.stream("GET", current) as response:
                    _check_peer(response, config.allow_private)
                    if response.is_redirect:
                        location = response.headers.get("location", "")
                        if len(redirects) >= config.max_redirects:
                            raise FetchFailed(f"too many redirects (more than {config.max_redirects})")
                        redirects.append(current)
                        current = urljoin(current, location)
                        continue
                    if response.status_code >= 400:
                        raise FetchFailed(f"HTTP {response.status_code} {response.reason_phrase}")
                    data = _read(response, config.max_size, deadline)
                    return Fetched(url, current, response.status_code, data, dict(response.headers.items()),
                                   redirects)
            except httpx.TimeoutException:
                raise FetchFailed(f"timed out after {config.timeout_s:g} s") from None
            except httpx.HTTPError as exc:
                raise FetchFailed(f"fetch failed: {type(exc).__name__}: {exc}") from None


def _check_peer(response: httpx.Response, allow_private: bool) -> None:
    stream = response.extensions.get("network_stream")
    if stream is None:
        return
    peer = stream.get_extra_info("server_addr")
    if peer:
        _check_address(response.url.host, str(peer[0]), allow_private)


def _read(response: httpx.Response, limit: int, deadline: float) -> bytes:
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise TooLarge(f"over the size limit: {int(declared):,} bytes declared (limit {limit:,})")
    chunks: list[bytes] = []
    total = 0
    # Decoded bytes are counted, so a gzip bomb stops at the limit like any other large body.
    for chunk in response.iter_bytes():
        total += len(chunk)
        if total > limit:
            raise TooLarge(f"over the size limit: more than {limit:,} bytes (limit {limit:,})")
        if time.monotonic() > deadline:
            raise FetchFailed("timed out while reading the body")
        chunks.append(chunk)
    return b"".join(chunks)
