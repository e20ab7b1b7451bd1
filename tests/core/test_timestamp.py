"""Trusted timestamps: ``copytrace audit --timestamp URL`` against a real RFC 3161 authority on loopback
(tests/tsa.py: the test's own key and self-signed certificate), and ``verify`` checking stored tokens offline.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select, update

import copytrace
from copytrace import settings
from copytrace import timestamp as tsp
from copytrace.registry.tables import audit, timestamps
from tests.tsa import Authority, serve

MINI = str(Path(__file__).parents[1] / "data" / "mini.yaml")

Invoke = Callable[..., Any]


@pytest.fixture(scope="module")
def authority() -> Authority:
    return Authority("rsa")


@pytest.fixture
def tsa(authority: Authority) -> Iterator[str]:
    authority.mode = "ok"
    with serve(authority) as url:
        yield url


@pytest.fixture
def loaded(invoke: Invoke) -> Invoke:
    result = invoke("load-pack", MINI)
    assert result.exit_code == 0, result.output
    return invoke


def _rows(db_url: str) -> tuple[list[dict[str, Any]], int]:
    engine = create_engine(settings.database_url(db_url))
    try:
        with engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(select(timestamps).order_by(timestamps.c.id))]
            entries = conn.execute(select(func.count()).select_from(audit)).scalar_one()
    finally:
        engine.dispose()
    return rows, entries


def _edit(db_url: str, **values: Any) -> None:
    engine = create_engine(settings.database_url(db_url))
    try:
        with engine.begin() as conn:
            conn.execute(update(timestamps).where(timestamps.c.id == 1).values(**values))
    finally:
        engine.dispose()


def _head(db_url: str) -> tuple[int, str]:
    engine = create_engine(settings.database_url(db_url))
    try:
        with engine.connect() as conn:
            row = conn.execute(select(audit.c.seq, audit.c.hash).order_by(audit.c.seq.desc()).limit(1)).one()
    finally:
        engine.dispose()
    return row.seq, row.hash


def test_a_token_is_stored_and_verifies(loaded: Invoke, tsa: str, db_url: str, authority: Authority) -> None:
    seq, head = _head(db_url)
    result = loaded("audit", "--timestamp", tsa)
    assert result.exit_code == 0, result.output
    assert f"timestamp 1: audit entry {seq}:{head} stamped at" in result.output
    assert "CN=copytrace test TSA" in result.output
    [row], entries = _rows(db_url)
    assert (row["audit_seq"], row["head_hash"], row["tsa_url"], entries) == (seq, head, tsa, seq + 1)
    # The request carried the head hash as its SHA-256 imprint, and the token is the TSA's, as it sent it.
    assert authority.requests[-1]["message_imprint"]["hashed_message"].native == bytes.fromhex(head)
    assert tsp.check(bytes(row["token"]), head).gen_time == row["tsa_time"]
    result = loaded("verify")
    assert result.exit_code == 0, result.output
    assert f"timestamp 1: audit entry {seq} existed by {row['tsa_time']}, signed by " in result.output
    assert "every stored timestamp verifies" in result.output
    # The stamp is an audited write like any other: the log shows it.
    assert "timestamp.add" in loaded("audit", "--limit", "10000", "--json").output


def test_an_ecdsa_token_verifies(loaded: Invoke) -> None:
    with serve(Authority("ec")) as url:
        assert loaded("audit", "--timestamp", url).exit_code == 0
    result = loaded("verify")
    assert (result.exit_code, "every stored timestamp verifies" in result.output) == (0, True), result.output


@pytest.mark.parametrize("where", ["signature", "time-stamp info"])
def test_a_flipped_byte_in_the_token_is_named(loaded: Invoke, tsa: str, db_url: str, where: str) -> None:
    assert loaded("audit", "--timestamp", tsa).exit_code == 0
    [row], _ = _rows(db_url)
    token = bytearray(row["token"])
    if where == "signature":
        at = len(token) - 1  # the signature is the token's last field
    else:  # the last digit of the time the TSA states, inside the signed TSTInfo
        stated = _gen_time_der(bytes(token))
        at = bytes(token).index(stated) + len(stated) - 2
    token[at] ^= 0x01
    _edit(db_url, token=bytes(token))
    result = loaded("verify")
    assert result.exit_code == 1, result.output
    assert f"timestamp 1 (audit entry {row['audit_seq']}, {tsa}):" in result.output
    reason = "signature does not verify" if where == "signature" else "not the digest of its TSTInfo"
    assert reason in result.output, result.output
    # The row is bound to its audit entry too, so the edit is also named as a changed row.
    assert "timestamps 1: the row differs from what audit entry" in result.output


def _gen_time_der(token: bytes) -> bytes:
    from asn1crypto import cms

    info = cms.ContentInfo.load(token)["content"]["encap_content_info"]["content"].parsed
    return bytes(info["gen_time"].dump())


def test_a_changed_head_hash_is_named(loaded: Invoke, tsa: str, db_url: str) -> None:
    assert loaded("audit", "--timestamp", tsa).exit_code == 0
    [row], _ = _rows(db_url)
    _edit(db_url, head_hash="0" * 64)
    result = loaded("verify")
    assert result.exit_code == 1, result.output
    assert (f"timestamp 1 (audit entry {row['audit_seq']}, {tsa}): its head hash {'0' * 64} is not the hash of "
            f"audit entry {row['audit_seq']}") in result.output, result.output


def test_a_token_moved_to_another_entry_is_named(loaded: Invoke, tsa: str, db_url: str) -> None:
    """Pointed at an earlier entry with that entry's true hash, the row fits the chain but not the token."""
    assert loaded("audit", "--timestamp", tsa).exit_code == 0
    engine = create_engine(settings.database_url(db_url))
    with engine.connect() as conn:
        first = conn.execute(select(audit.c.hash).where(audit.c.seq == 1)).scalar_one()
    engine.dispose()
    _edit(db_url, audit_seq=1, head_hash=first)
    result = loaded("verify")
    assert result.exit_code == 1, result.output
    assert f"timestamp 1 (audit entry 1, {tsa}): its message imprint is" in result.output, result.output


@pytest.mark.parametrize(("mode", "said"), [
    ("reject", "refused to stamp the chain head: status rejection (policy not accepted; unaccepted_policy)"),
    ("garbage", "did not answer with an RFC 3161 time-stamp response"),
    ("http_error", "answered HTTP 503"),
])
def test_a_failing_authority_gives_one_line_and_stores_nothing(loaded: Invoke, tsa: str, db_url: str,
                                                                authority: Authority, mode: str, said: str) -> None:
    before = _rows(db_url)
    authority.mode = mode
    result = loaded("audit", "--timestamp", tsa)
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert (len(lines), lines[0].startswith("error: "), said in lines[0]) == (1, True, True), result.output
    assert _rows(db_url) == before == ([], before[1])


def test_an_unreachable_authority_gives_one_line(loaded: Invoke) -> None:
    result = loaded("audit", "--timestamp", "http://127.0.0.1:9/tsa")
    assert (result.exit_code, "could not be reached" in result.output) == (2, True), result.output


def test_an_empty_log_has_nothing_to_stamp(invoke: Invoke, tsa: str) -> None:
    assert invoke("init").exit_code == 0
    result = invoke("audit", "--timestamp", tsa)
    assert (result.exit_code, "nothing to timestamp" in result.output) == (2, True), result.output


def test_without_the_extra_a_hint_and_exit_2(loaded: Invoke, tsa: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert loaded("audit", "--timestamp", tsa).exit_code == 0
    monkeypatch.delitem(sys.modules, "copytrace.timestamp")
    monkeypatch.delattr(copytrace, "timestamp")
    monkeypatch.setitem(sys.modules, "asn1crypto", None)
    for args in (("audit", "--timestamp", tsa), ("verify",)):
        result = loaded(*args)
        assert result.exit_code == 2, result.output
        assert "pip install 'copytrace[timestamp]'" in result.output, result.output


def test_a_registry_without_tokens_verifies_without_the_extra(loaded: Invoke,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "copytrace.timestamp")
    monkeypatch.delattr(copytrace, "timestamp")
    monkeypatch.setitem(sys.modules, "asn1crypto", None)
    result = loaded("verify")
    assert (result.exit_code, "OK" in result.output) == (0, True), result.output
