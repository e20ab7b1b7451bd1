"""Tampering with the database directly, as someone with write access would: ``copytrace verify`` fails and
names the row, for every audited table and for audit entries at the head, middle and tail of the log.

One registry per backend is filled with a row in every audited table; each case works on a copy
(a copied SQLite file, a PostgreSQL database made from it as a template), edits it with plain SQL
(foreign keys not enforced, as a forger would arrange) and runs ``verify`` through the CLI runner.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine, delete, func, insert, select, text, update
from typer.testing import CliRunner

from copytrace.cli import app
from copytrace.packs import load_pack
from copytrace.registry import Registry, alerts, bindings, imported, timestamps, translations, users, watch
from copytrace.registry import documents as docstore
from copytrace.registry.tables import audit, metadata
from tests.pgcluster import Cluster
from tests.tsa import Authority, serve

MINI = str(Path(__file__).parents[1] / "data" / "mini.yaml")
NOW = datetime(2024, 5, 1, tzinfo=UTC).isoformat()
_counter = itertools.count()

# What each case edits (column, new value) and which unique columns an inserted copy must change.
EDITS: dict[str, tuple[str, Any]] = {
    "entities": ("name", "Forged"), "statements": ("status", "accepted"), "reviews": ("reason", "forged"),
    "documents": ("title", "forged"), "rejections": ("reason", "forged"), "users": ("role", "admin"),
    "api_tokens": ("label", "forged"), "watch_sources": ("location", "https://evil.example/"),
    "alert_rules": ("owner", "mallory"), "alerts": ("title", "forged"), "ftm_imports": ("source", "forged.json"),
    "translations": ("text", "forged"), "timestamps": ("tsa_url", "https://evil.example/tsa"),
}
UNIQUE: dict[str, dict[str, str]] = {"users": {"username": "mallory"}, "watch_sources": {"name": "forged"}}


@dataclass(frozen=True)
class Base:
    backend: str
    url: str
    store: Path
    cluster: Cluster | None


def _populate(registry: Registry) -> None:
    """A row in every audited table, each written through the registry."""
    load_pack(registry, MINI, actor="tester")
    first = registry.statements(status="accepted", limit=1)[0]
    registry.review(first.id, "rejected", reviewer="bob", reason="source retracted")
    raw = b"The AKM was made in Romania as the PM md. 63."
    sha = hashlib.sha256(raw).hexdigest()
    docstore.write_blob(registry.store, sha, raw)
    registry.add_document(docstore.DocumentRecord(sha, "/evidence/note.txt", "text/plain", len(raw), raw.decode(),
                                                  NOW, title="note", language="en"), actor="tester")
    registry.record_rejection(docstore.Rejection("/evidence/bad.bin", "ab" * 32, 3, "unsupported", NOW),
                              actor="tester")
    alice = users.add_user(registry, "alice", "argon2-hash", "reviewer", actor="admin")
    users.add_token(registry, alice, "c" * 64, "ci", actor="alice")
    watch.add_source(registry, "feed", "feed", "https://example.org/feed", 3600, allow_private=False, actor="t")
    alerts.save_rules(registry, [alerts.RuleRow("r1", "new_copy", {"designs": ["akm"]}, "alice", "high", False,
                                                NOW)], actor="tester")
    alerts.raise_alerts(registry, [alerts.Alert("a" * 64, "r1", "new_copy", "high", "alice", "A new copy", "akm",
                                                {"statements": []}, NOW)], actor="tester")
    imported.record_import(registry, dataset="ds", sha256="e" * 64, source="ds.json", dataset_date="2024-01-01",
                           entities=1, rows=[imported.ImportedStatement("ds", "e1", "Company", "name", "Acme")],
                           actor="tester")
    translations.add(registry, [translations.Translation("Текст", "ru", "en", "Text", "fake", "m", NOW, "tester")],
                     actor="tester")
    with serve(Authority("ec")) as url:
        timestamps.stamp(registry, url, actor="tester")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def base(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Base]:
    folder = tmp_path_factory.mktemp("tamper")
    cluster: Cluster | None = None
    if request.param == "sqlite":
        url = f"sqlite:///{folder / 'base.db'}"
    else:
        cluster = request.getfixturevalue("pg_cluster")
        url = cluster.create_database(f"tamper{os.getpid()}_{next(_counter)}")
    with Registry.open(url, store=str(folder / "store")) as registry:
        _populate(registry)
    yield Base(request.param, url, folder / "store", cluster)
    if cluster is not None:
        cluster.drop_database(url.rsplit("/", 1)[1])


@pytest.fixture
def copy(base: Base, tmp_path: Path) -> Iterator[str]:
    """A copy of the filled registry for one case to tamper with."""
    if base.cluster is None:
        target = tmp_path / "copy.db"
        shutil.copyfile(base.url.removeprefix("sqlite:///"), target)
        yield f"sqlite:///{target}"
        return
    name = f"copy{os.getpid()}_{next(_counter)}"
    yield base.cluster.create_database(name, template=base.url.rsplit("/", 1)[1])
    base.cluster.drop_database(name)


def _verify(url: str, store: Path, *extra: str) -> Any:
    env = {"COPYTRACE_STORE": str(store), "COLUMNS": "200"}
    return CliRunner().invoke(app, ["verify", "--db", url, *extra], env=env)


def _tamper(url: str) -> Iterator[Connection]:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":  # a forger with the rights to skip foreign-key checks
                conn.execute(text("SET session_replication_role = replica"))
            yield conn
    finally:
        engine.dispose()


def _first(conn: Connection, name: str) -> dict[str, Any]:
    bound = bindings.BOUND[name]
    query = select(bound.table).order_by(bound.key).limit(1)
    if name == "statements":  # the one a review changed: its status comes from the review entry
        query = query.where(bound.table.c.status == "rejected")
    return dict(conn.execute(query).one()._mapping)


def test_an_untouched_registry_verifies(base: Base, copy: str) -> None:
    result = _verify(copy, base.store)
    assert (result.exit_code, "OK" in result.output) == (0, True), result.output


@pytest.mark.parametrize("table", sorted(EDITS))
def test_an_edited_row_is_named_with_its_field(base: Base, copy: str, table: str) -> None:
    column, value = EDITS[table]
    bound = bindings.BOUND[table]
    for conn in _tamper(copy):
        row = _first(conn, table)
        conn.execute(update(bound.table).where(bound.key == row[bound.key.name]).values({column: value}))
    result = _verify(copy, base.store)
    named = f"{table} {row[bound.key.name]}: the row differs from what audit entry"
    field = "" if table == "documents" else f"field {column}"  # a document's entry does not record its title
    assert (result.exit_code, named in result.output, field in result.output) == (1, True, True), result.output


@pytest.mark.parametrize("table", sorted(EDITS))
def test_a_deleted_row_is_named(base: Base, copy: str, table: str) -> None:
    bound = bindings.BOUND[table]
    for conn in _tamper(copy):
        row = _first(conn, table)
        conn.execute(delete(bound.table).where(bound.key == row[bound.key.name]))
    result = _verify(copy, base.store)
    named = f"{table} {row[bound.key.name]}: the row audit entry"
    assert (result.exit_code, named in result.output) == (1, True), result.output


@pytest.mark.parametrize("table", sorted(EDITS))
def test_an_inserted_row_is_named(base: Base, copy: str, table: str) -> None:
    bound = bindings.BOUND[table]
    for conn in _tamper(copy):
        row = _first(conn, table)
        if bound.int_key:
            key: Any = conn.execute(select(func.max(bound.key))).scalar_one() + 100
        else:
            key = "f" * len(str(row[bound.key.name]))
        conn.execute(insert(bound.table).values({**row, bound.key.name: key, **UNIQUE.get(table, {})}))
    result = _verify(copy, base.store)
    named = f"{table} {key}: no audit entry wrote this row"
    assert (result.exit_code, named in result.output) == (1, True), result.output


def _position(conn: Connection, where: str) -> int:
    last = conn.execute(select(func.max(audit.c.seq))).scalar_one()
    return {"head": 1, "middle": last // 2, "tail": last}[where]


@pytest.mark.parametrize("where", ["head", "middle", "tail"])
def test_an_edited_audit_entry_is_named(base: Base, copy: str, where: str) -> None:
    for conn in _tamper(copy):
        seq = _position(conn, where)
        conn.execute(update(audit).where(audit.c.seq == seq).values(actor="mallory"))
    result = _verify(copy, base.store)
    assert (result.exit_code, f"audit entry {seq} (" in result.output, "was altered" in result.output) == (
        1, True, True), result.output


@pytest.mark.parametrize("where", ["head", "middle"])
def test_a_deleted_audit_entry_is_named(base: Base, copy: str, where: str) -> None:
    for conn in _tamper(copy):
        seq = _position(conn, where)
        conn.execute(delete(audit).where(audit.c.seq == seq))
    result = _verify(copy, base.store)
    assert (result.exit_code, f"audit entry {seq} is missing" in result.output) == (1, True), result.output


def test_an_entry_cut_from_the_tail_is_named_with_the_row_it_wrote(base: Base, copy: str) -> None:
    for conn in _tamper(copy):
        seq = _position(conn, "tail")
        cut = conn.execute(select(audit).where(audit.c.seq == seq)).one()
        anchor = f"{seq}:{cut.hash}"
        conn.execute(delete(audit).where(audit.c.seq == seq))
    result = _verify(copy, base.store, "--anchor", anchor)
    assert (result.exit_code, f"the head recorded in the database names entry {seq}" in result.output,
            f"{cut.row_table} {cut.row_key}:" in result.output,
            f"the anchor names entry {seq}: 1 entries were removed" in result.output) == (
        1, True, True, True), result.output


def test_an_entry_appended_outside_the_registry_is_named(base: Base, copy: str) -> None:
    for conn in _tamper(copy):
        from copytrace.registry import audit as log

        log.append(conn, "mallory", "statement.add", "forged", {})
    result = _verify(copy, base.store)
    assert (result.exit_code, "entries after it were added outside the registry" in result.output) == (
        1, True), result.output


def test_every_audited_table_has_a_row_to_tamper_with(base: Base) -> None:
    engine = create_engine(base.url)
    with engine.connect() as conn:
        empty = [name for name in bindings.BOUND if conn.execute(
            select(func.count()).select_from(metadata.tables[name])).scalar_one() == 0]
    engine.dispose()
    assert (empty, sorted(bindings.BOUND)) == ([], sorted(EDITS))
