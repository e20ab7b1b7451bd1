"""The audit chain under random edits: ``verify_chain`` names the first entry that no longer fits.

The log lives in a real (in-memory) SQLite table; edits are made with SQL, as someone with write
access to the database would make them. Hypothesis picks the log's length, the entry and the edit.
"""

from __future__ import annotations

import dataclasses
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from sqlalchemy import Connection, create_engine, delete, select, update

from copytrace.errors import CopytraceError
from copytrace.registry import Registry
from copytrace.registry import audit as log
from copytrace.registry.audit import GENESIS, Anchor, entry_hash, verify_chain
from copytrace.registry.tables import audit, audit_head
from tests.pgcluster import Cluster

HEX = "0123456789abcdef"
sizes = st.integers(min_value=1, max_value=8)


@contextmanager
def chain(size: int) -> Iterator[Connection]:
    """A connection to a fresh audit log of ``size`` entries (appended in two batches)."""
    engine = create_engine("sqlite://")
    audit.create(engine)
    audit_head.create(engine)
    with engine.begin() as conn:
        items = [("add", f"target-{i}", {"n": i, "name": "Калашников"}) for i in range(1, size + 1)]
        log.append_many(conn, "tester", items[: size // 2])
        log.append_many(conn, "tester", items[size // 2:])
        yield conn
    engine.dispose()


def _action_target(conn: Connection, seq: int) -> str:
    row = conn.execute(select(audit.c.action, audit.c.target).where(audit.c.seq == seq)).one()
    return f"{row.action} {row.target}"


@given(size=sizes)
def test_an_untouched_log_verifies_every_entry(size: int) -> None:
    with chain(size) as conn:
        assert verify_chain(conn) == (size, None)


@given(size=sizes, data=st.data())
def test_a_changed_field_is_named_as_altered(size: int, data: st.DataObject) -> None:
    seq = data.draw(st.integers(1, size))
    column = data.draw(st.sampled_from(["at", "actor", "action", "target", "payload"]))
    with chain(size) as conn:
        conn.execute(update(audit).where(audit.c.seq == seq).values({column: "x"}))
        assert verify_chain(conn) == (
            seq - 1, f"audit entry {seq} ({_action_target(conn, seq)}) was altered: its hash does not match")


@given(size=sizes, data=st.data())
def test_a_row_that_no_longer_links_to_the_one_before_is_named(size: int, data: st.DataObject) -> None:
    seq = data.draw(st.integers(1, size))
    with chain(size) as conn:
        conn.execute(update(audit).where(audit.c.seq == seq).values(prev_hash="f" * 64))
        assert verify_chain(conn) == (
            seq - 1, f"audit entry {seq} ({_action_target(conn, seq)}) does not link to entry {seq - 1}")


@given(size=st.integers(2, 8), data=st.data())
def test_a_removed_row_is_named_as_missing(size: int, data: st.DataObject) -> None:
    seq = data.draw(st.integers(1, size - 1))
    with chain(size) as conn:
        conn.execute(delete(audit).where(audit.c.seq == seq))
        assert verify_chain(conn) == (seq - 1, f"audit entry {seq} is missing (next entry is {seq + 1})")


@given(size=st.integers(2, 8), data=st.data())
def test_a_recomputed_hash_still_breaks_the_link_from_the_next_entry(size: int, data: st.DataObject) -> None:
    seq = data.draw(st.integers(1, size - 1))
    with chain(size) as conn:
        row = conn.execute(select(audit).where(audit.c.seq == seq)).one()
        forged = entry_hash(row.seq, row.at, "mallory", row.action, row.target, row.payload, row.prev_hash)
        conn.execute(update(audit).where(audit.c.seq == seq).values(actor="mallory", hash=forged))
        assert verify_chain(conn) == (
            seq, f"audit entry {seq + 1} ({_action_target(conn, seq + 1)}) does not link to entry {seq}")


@given(size=sizes, data=st.data())
def test_cutting_entries_from_the_end_is_shown_only_by_an_anchor(size: int, data: st.DataObject) -> None:
    kept = data.draw(st.integers(0, size - 1))
    with chain(size) as conn:
        anchor = log.head(conn)
        assert anchor is not None
        conn.execute(delete(audit).where(audit.c.seq > kept))
        assert verify_chain(conn) == (kept, None)
        assert verify_chain(conn, anchor) == (kept, f"the audit log ends at entry {kept}, but the anchor names "
                                                    f"entry {size}: {size - kept} entries were removed from its end")


@given(size=sizes, data=st.data())
def test_a_history_rewritten_consistently_is_shown_by_an_anchor(size: int, data: st.DataObject) -> None:
    seq = data.draw(st.integers(1, size))
    with chain(size) as conn:
        anchor = log.head(conn)
        assert anchor is not None
        rows = conn.execute(select(audit).where(audit.c.seq >= seq).order_by(audit.c.seq)).all()
        prev = rows[0].prev_hash
        for row in rows:  # a forger with write access recomputes every hash from the edit on
            actor = "mallory" if row.seq == seq else row.actor
            digest = entry_hash(row.seq, row.at, actor, row.action, row.target, row.payload, prev)
            conn.execute(update(audit).where(audit.c.seq == row.seq).values(actor=actor, prev_hash=prev, hash=digest))
            prev = digest
        assert verify_chain(conn) == (size, None)
        assert verify_chain(conn, anchor) == (
            size - 1, f"audit entry {size} is not the one the anchor names: the history up to it was rewritten")


@given(size=st.integers(2, 8), data=st.data())
def test_an_anchor_to_an_older_entry_still_holds_while_that_entry_is_unchanged(size: int,
                                                                                data: st.DataObject) -> None:
    seq = data.draw(st.integers(1, size - 1))
    with chain(size) as conn:
        row = conn.execute(select(audit.c.hash).where(audit.c.seq == seq)).one()
        assert verify_chain(conn, Anchor(seq, row.hash)) == (size, None)


def test_an_anchor_to_an_entry_whose_hash_differs_is_refused_even_when_the_chain_holds() -> None:
    with chain(3) as conn:
        assert verify_chain(conn, Anchor(2, "0" * 64)) == (
            1, "audit entry 2 is not the one the anchor names: the history up to it was rewritten")


# -- the head recorded in the database -------------------------------------------------------------------

def test_a_log_ending_where_its_recorded_head_says_is_fine() -> None:
    with chain(3) as conn:
        log.save_head(conn)
        assert log.check_head(conn) is None


def test_an_empty_log_without_a_head_is_fine() -> None:
    with chain(0) as conn:
        assert (log.save_head(conn), log.check_head(conn)) == (None, None)


def test_a_removed_head_row_is_named() -> None:
    with chain(3) as conn:
        log.save_head(conn)
        conn.execute(delete(audit_head))
        assert log.check_head(conn) == "the audit log has 3 entries but no recorded head: the head row was removed"


@given(size=sizes, data=st.data())
def test_entries_cut_below_the_recorded_head_are_counted(size: int, data: st.DataObject) -> None:
    kept = data.draw(st.integers(0, size - 1))
    with chain(size) as conn:
        log.save_head(conn)
        conn.execute(delete(audit).where(audit.c.seq > kept))
        assert log.check_head(conn) == (f"the audit log ends at entry {kept}, but the head recorded in the database "
                                        f"names entry {size}: {size - kept} entries were removed from its end")


def test_a_rewritten_newest_entry_differs_from_the_recorded_head() -> None:
    with chain(3) as conn:
        log.save_head(conn)
        conn.execute(update(audit).where(audit.c.seq == 3).values(hash="f" * 64))
        assert log.check_head(conn) == (
            "audit entry 3 is not the head recorded in the database: the history up to it was rewritten")


def test_saving_the_head_again_moves_it_to_the_newest_entry() -> None:
    with chain(2) as conn:
        log.save_head(conn)
        log.append(conn, "alice", "add", "x", {})
        saved = log.save_head(conn)
        assert (saved, log.stored_head(conn), log.check_head(conn)) == (log.head(conn), log.head(conn), None)


# -- appending ----------------------------------------------------------------------------------------

@given(size=sizes)
def test_entries_are_numbered_from_one_each_linked_to_the_one_before(size: int) -> None:
    with chain(size) as conn:
        found = list(log.entries(conn))
        assert [(e.seq, e.prev_hash) for e in found] == [
            (i + 1, GENESIS if i == 0 else found[i - 1].hash) for i in range(size)]


def test_append_returns_the_entry_it_stored() -> None:
    with chain(2) as conn:
        made = log.append(conn, "alice", "review", "s1", {"status": "accepted"})
        assert [made] == list(log.entries(conn))[2:]
        assert (made.seq, made.actor, made.action, made.target) == (3, "alice", "review", "s1")


def test_append_many_returns_every_entry_it_stored_in_order() -> None:
    with chain(1) as conn:
        made = log.append_many(conn, "alice", [("add", "a", {}), ("add", "b", {"k": 1})])
        assert made == list(log.entries(conn))[1:]


def test_appending_nothing_stores_nothing() -> None:
    with chain(2) as conn:
        assert log.append_many(conn, "alice", []) == []
        assert verify_chain(conn) == (2, None)


def test_the_first_entry_links_to_the_genesis_hash() -> None:
    engine = create_engine("sqlite://")
    audit.create(engine)
    with engine.begin() as conn:
        first = log.append(conn, "alice", "add", "x", {})
    assert (first.seq, first.prev_hash) == (1, GENESIS)


def test_two_writers_on_a_shared_server_queue_for_the_log(pg_cluster: Cluster, tmp_path: Path) -> None:
    # On PostgreSQL both would read the same newest entry and collide on its successor's number.
    url = pg_cluster.create_database(f"auditlock{os.getpid()}")
    failed: list[Exception] = []

    def second(registry: Registry) -> None:
        try:
            with registry.engine.begin() as conn:
                log.append(conn, "bob", "add", "b", {})
        except Exception as exc:  # whatever it is, the assertion below reports it
            failed.append(exc)

    with Registry.open(url, store=str(tmp_path / "store")) as registry:
        with registry.engine.begin() as conn:
            log.append(conn, "alice", "add", "a", {})
            writer = threading.Thread(target=second, args=(registry,))
            writer.start()
            writer.join(1.0)  # it waits for the first transaction to end
        writer.join(30)
        with registry.reading() as conn:
            assert (failed, [e.actor for e in log.entries(conn)][-2:], verify_chain(conn)[1]) == (
                [], ["alice", "bob"], None)


def test_entries_can_be_limited_to_the_first_few() -> None:
    with chain(5) as conn:
        assert [e.seq for e in log.entries(conn, limit=2)] == [1, 2]


def test_the_payload_is_stored_as_canonical_json() -> None:
    # Sorted keys and unescaped characters: anyone can recompute the hash from the row.
    with chain(0) as conn:
        log.append(conn, "alice", "add", "x", {"z": 1, "a": "Калашников", "when": datetime(2024, 1, 2)})
        stored = conn.execute(select(audit.c.payload)).scalar_one()
    assert stored == '{"a": "Калашников", "when": "2024-01-02 00:00:00", "z": 1}'


def test_an_entry_hash_is_stable_across_versions() -> None:
    # Anchors printed in dossiers must keep verifying: the hash of an entry may never change.
    digest = entry_hash(1, "2024-01-02T03:04:05.000006+00:00", "алиса", "add", "ак-47", '{"a": "в"}', GENESIS)
    assert digest == "a7e2803fbd021b3e68843aecfd538a8a94886f0321428ef1808f29e4fbfc7837"


def test_entries_record_the_time_in_utc_to_the_microsecond() -> None:
    with chain(1) as conn:
        [entry] = log.entries(conn)
    at = datetime.fromisoformat(entry.at)
    assert (at.utcoffset(), len(entry.at.split(".")[1].split("+")[0])) == (UTC.utcoffset(None), 6)


def test_head_is_none_for_an_empty_log_and_the_newest_entry_otherwise() -> None:
    with chain(0) as conn:
        assert log.head(conn) is None
    with chain(4) as conn:
        newest = list(log.entries(conn))[-1]
        assert log.head(conn) == Anchor(4, newest.hash)


def test_an_entry_cannot_be_changed_in_place() -> None:
    with chain(1) as conn:
        [entry] = log.entries(conn)
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.actor = "mallory"  # type: ignore[misc]


def test_the_row_an_entry_binds_cannot_be_changed_in_place() -> None:
    binding = log.Binding("statements", "s1", "a" * 64)
    with pytest.raises(dataclasses.FrozenInstanceError):
        binding.hash = None  # type: ignore[misc]


# -- anchors ------------------------------------------------------------------------------------------

@given(seq=st.integers(1, 10**9), digest=st.text(HEX, min_size=64, max_size=64))
@example(seq=1, digest="0" * 64)
def test_an_anchor_reads_back_what_it_prints(seq: int, digest: str) -> None:
    anchor = Anchor(seq, digest)
    assert (str(anchor), Anchor.parse(f"  {anchor}\n")) == (f"{seq}:{digest}", anchor)


@pytest.mark.parametrize("text", [
    "0:" + "a" * 64, "-1:" + "a" * 64, "x:" + "a" * 64, ":" + "a" * 64, "1" + "a" * 64,
    "1:" + "a" * 63, "1:" + "a" * 65, "1:" + "A" * 64, "1:" + "g" + "a" * 63, "1:" + "a" * 63 + " ",
])
def test_a_malformed_anchor_is_refused(text: str) -> None:
    with pytest.raises(CopytraceError, match="is not an audit anchor"):
        Anchor.parse(text)


def test_an_anchor_cannot_be_changed_in_place() -> None:
    anchor = Anchor(1, "a" * 64)
    with pytest.raises(dataclasses.FrozenInstanceError):
        anchor.seq = 2  # type: ignore[misc]


def test_the_payload_of_an_entry_reads_back_as_it_was_given() -> None:
    with chain(0) as conn:
        log.append(conn, "alice", "add", "x", {"names": ["AK-47", "АК-47"], "n": 2})
        [entry] = log.entries(conn)
    assert json.dumps(entry.payload, ensure_ascii=False, sort_keys=True) == '{"n": 2, "names": ["AK-47", "АК-47"]}'
