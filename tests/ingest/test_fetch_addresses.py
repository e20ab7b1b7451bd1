"""URL fetching refuses every address that leads somewhere private, however it is written, before connecting."""

from __future__ import annotations

import pytest

from copytrace.ingest import FetchFailed, IngestConfig
from copytrace.ingest.fetch import fetch

CONFIG = IngestConfig(workers=1, timeout_s=2)

REFUSED = {
    "loopback": "http://127.0.0.1:9/",
    "private": "http://10.0.0.5/",
    "link-local (cloud metadata)": "http://169.254.169.254/latest/meta-data/",
    "IPv6 loopback": "http://[::1]:9/",
    "IPv4-mapped loopback": "http://[::ffff:127.0.0.1]:9/",
    "NAT64 of loopback": "http://[64:ff9b::7f00:1]:9/",
    "NAT64 of private": "http://[64:ff9b::a00:5]/",
    "local NAT64 of private": "http://[64:ff9b:1::a00:5]/",
    "6to4 of private": "http://[2002:c0a8:101::1]/",
    "6to4 of loopback": "http://[2002:7f00:1::1]/",
    "Teredo to a private client": "http://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/",
    "unspecified": "http://0.0.0.0:9/",
    "decimal loopback": "http://2130706433:9/",
    "localhost by name": "http://localhost:9/",
}


@pytest.mark.parametrize("url", list(REFUSED.values()), ids=list(REFUSED))
def test_private_addresses_are_refused_in_any_form(url: str) -> None:
    with pytest.raises(FetchFailed, match=r"^refused: .* use --allow-private"):
        fetch(url, CONFIG)


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/x", "gopher://x/"])
def test_only_http_and_https_are_fetched(url: str) -> None:
    with pytest.raises(FetchFailed, match="only http and https"):
        fetch(url, CONFIG)
