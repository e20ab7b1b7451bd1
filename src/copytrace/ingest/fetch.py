"""Fetching a URL safely: http(s) only, public addresses only, capped redirects, size and time.

Every hop of a redirect chain is resolved once, before it is requested; every address the name
has is checked (private, loopback, link-local and reserved ranges, and the IPv6 ranges that lead
to them: IPv4-mapped, NAT64, 6to4, Teredo), and the request goes to the address checked, with the
name only in the Host header and TLS. A name that resolves to a public address when checked and
to 127.0.0.1 a moment later (DNS rebinding) is never looked up again. The address actually
connected to is checked once more.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from copytrace.i18n import lazy_gettext
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


# IPv6 ranges that carry an IPv4 address inside: the embedded address is what is reached.
_NAT64 = (ipaddress.IPv6Network("64:ff9b::/96"), ipaddress.IPv6Network("64:ff9b:1::/48"))
_SIX_TO_FOUR = ipaddress.IPv6Network("2002::/16")


def _embedded(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address leads to: IPv4-mapped, NAT64, 6to4, Teredo server and client."""
    found: list[ipaddress.IPv4Address] = []
    if ip.ipv4_mapped is not None:
        found.append(ip.ipv4_mapped)
    if any(ip in network for network in _NAT64):
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    if ip in _SIX_TO_FOUR and ip.sixtofour is not None:
        found.append(ip.sixtofour)
    if ip.teredo is not None:
        found.extend(ip.teredo)
    return found


def refusal(address: str) -> str | None:
    """Why ``address`` is not fetched from (private, loopback, link-local, reserved, or one of those
    reached through an IPv6 translation range); None for a public address."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if not ip.is_global or ip.is_multicast:
        return lazy_gettext("a private, loopback or reserved address (%(ip)s)", ip=str(ip))
    if isinstance(ip, ipaddress.IPv6Address):
        for inner in _embedded(ip):
            if not inner.is_global or inner.is_multicast:
                return lazy_gettext("an IPv6 address (%(ip)s) that leads to a private, loopback or reserved "
                                    "address (%(inner)s)", ip=str(ip), inner=str(inner))
    return None


def resolve(url: str, allow_private: bool) -> str:
    """The address to connect to for ``url``: its host resolved once, every address it has checked.

    Refuses anything but http(s), and a host any of whose addresses is not public (unless
    ``allow_private``): a name with one public and one private address is refused, not tried.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchFailed(lazy_gettext("refused: only http and https URLs are fetched, not %(scheme)r",
                                       scheme=parts.scheme or "no scheme"))
    host = parts.hostname
    if not host:
        raise FetchFailed(lazy_gettext("refused: URL without a host"))
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80),
                                   type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, ValueError) as exc:
        raise FetchFailed(lazy_gettext("cannot resolve host %(host)s: %(error)s", host=host, error=str(exc))) from None
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise FetchFailed(lazy_gettext("cannot resolve host %(host)s", host=host))
    if not allow_private:
        for address in addresses:
            why = refusal(address)
            if why is not None:
                raise FetchFailed(lazy_gettext("refused: %(host)s is %(why)s; use --allow-private to fetch it",
                                               host=host, why=why))
    return addresses[0]


def check_url(url: str, allow_private: bool) -> None:
    """Refuse anything but http(s) URLs whose host resolves only to public addresses."""
    resolve(url, allow_private)


def _pinned(url: str, address: str) -> tuple[str, dict[str, str], dict[str, str]]:
    """The request for ``url`` sent to ``address``: the URL with the address as host, the Host header,
    and the name TLS must present a certificate for (so the connection goes where the check said)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    literal = f"[{address}]" if ":" in address else address
    netloc = literal + (f":{parts.port}" if parts.port else "")
    headers = {"Host": parts.netloc.rpartition("@")[2]}
    extensions = {"sni_hostname": host} if parts.scheme == "https" else {}
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, "")), headers, extensions


def fetch(url: str, config: IngestConfig, headers: dict[str, str] | None = None,
          user_agent: str = _USER_AGENT) -> Fetched:
    """The body and headers of ``url``; FetchFailed or TooLarge with the reason when refused.

    ``headers`` go with every request (a watched source's If-None-Match, If-Modified-Since); a 304 answer
    comes back as status 304 with no body."""
    deadline = time.monotonic() + config.timeout_s
    redirects: list[str] = []
    current = url
    timeout = httpx.Timeout(config.timeout_s)
    # trust_env=False: no proxy from the environment may route around the address checks.
    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False,
                      headers={"User-Agent": user_agent, **(headers or {})}) as client:
        while True:
            address = resolve(current, config.allow_private)
            target, host_header, extensions = _pinned(current, address)
            try:
                with client.stream("GET", target, headers=host_header, extensions=extensions) as response:
                    _check_peer(response, config.allow_private)
                    if response.status_code == 304:   # before is_redirect, which counts a 304 as one
                        return Fetched(url, current, 304, b"", dict(response.headers.items()), redirects)
                    if response.is_redirect:
                        location = response.headers.get("location", "")
                        if len(redirects) >= config.max_redirects:
                            raise FetchFailed(lazy_gettext("too many redirects (more than %(count)s)",
                                                           count=config.max_redirects))
                        redirects.append(current)
                        current = urljoin(current, location)
                        continue
                    if response.status_code >= 400:
                        raise FetchFailed(f"HTTP {response.status_code} {response.reason_phrase}")
                    data = _read(response, config.max_size, deadline)
                    return Fetched(url, current, response.status_code, data, dict(response.headers.items()),
                                   redirects)
            except httpx.TimeoutException:
                raise FetchFailed(lazy_gettext("timed out after %(seconds)s s",
                                               seconds=format(config.timeout_s, "g"))) from None
            except httpx.HTTPError as exc:
                raise FetchFailed(lazy_gettext("fetch failed: %(kind)s: %(error)s", kind=type(exc).__name__,
                                               error=str(exc))) from None


def _check_peer(response: httpx.Response, allow_private: bool) -> None:
    stream = response.extensions.get("network_stream")
    if stream is None:
        return
    peer = stream.get_extra_info("server_addr")
    if peer and not allow_private:
        why = refusal(str(peer[0]))
        if why is not None:
            raise FetchFailed(lazy_gettext("refused: %(host)s is %(why)s; use --allow-private to fetch it",
                                           host=response.url.host, why=why))


def _read(response: httpx.Response, limit: int, deadline: float) -> bytes:
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise TooLarge(lazy_gettext("over the size limit: %(size)s bytes declared (limit %(limit)s)",
                                    size=format(int(declared), ","), limit=format(limit, ",")))
    chunks: list[bytes] = []
    total = 0
    # Decoded bytes are counted, so a gzip bomb stops at the limit like any other large body.
    for chunk in response.iter_bytes():
        total += len(chunk)
        if total > limit:
            raise TooLarge(lazy_gettext("over the size limit: more than %(limit)s bytes (limit %(limit)s)",
                                        limit=format(limit, ",")))
        if time.monotonic() > deadline:
            raise FetchFailed(lazy_gettext("timed out while reading the body"))
        chunks.append(chunk)
    return b"".join(chunks)
