"""Rows bound to audit entries: the migration binds rows written before it, and a bound row is checked."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select, update

from copytrace.registry import Registry
from copytrace.registry import engine as engines
from copytrace.registry.audit import GENESIS, entry_hash
from copytrace.registry.tables import audit, entities

AT = "2023-01-02T03:04:05.000006+00:00"


def _old_registry(url: str) -> None:
    """A registry at revision 0006 holding two entities and their (unbound) audit entries."""
    engine = engines.create(url if "://" in url else f"sqlite:///{url}")
    engines.migrate(engine, "0006")
    with engine.begin() as conn:
        prev = GENESIS
        for seq, (key, name) in enumerate([("akm", "AKM"), ("aim", "PM md. 63")], start=1):
            conn.execute(entities.insert().values(id=key, kind="product", name=name, created_at=AT))
            payload = json.dumps({"kind": "product", "name": name}, ensure_ascii=False, sort_keys=True)
            digest = entry_hash(seq, AT, "old", "entity.add", key, payload, prev)
            conn.execute(audit.insert().values(seq=seq, at=AT, actor="old", action="entity.add", target=key,
                                               payload=payload, prev_hash=prev, hash=digest))
            prev = digest
    engine.dispose()


def test_the_migration_binds_every_row_written_before_it(db_url: str, tmp_path: Path) -> None:
    _old_registry(db_url)
    with Registry.open(db_url, store=str(tmp_path / "store")) as registry:
        bound = [(e.action, e.actor, e.binding.table if e.binding else None, e.target)
                 for e in registry.audit_log()][2:]
        report = registry.verify()
    assert (bound, report.ok, report.rows) == (
        [("row.bind", "migration", "entities", "aim"), ("row.bind", "migration", "entities", "akm")], True, 2)


def test_a_row_edited_after_the_migration_is_named(db_url: str, tmp_path: Path) -> None:
    _old_registry(db_url)
    with Registry.open(db_url, store=str(tmp_path / "store")) as registry:
        with registry.transaction() as conn:
            conn.execute(update(entities).where(entities.c.id == "akm").values(name="Forged"))
            seq = conn.execute(select(audit.c.seq).where(audit.c.row_key == "akm")).scalar_one()
        problems = registry.verify().problems
    assert problems == [f"entities akm: the row differs from what audit entry {seq} recorded (field name)"]


def test_old_entries_keep_their_hashes_so_old_anchors_hold(db_url: str, tmp_path: Path) -> None:
    _old_registry(db_url)
    engine = engines.create(db_url if "://" in db_url else f"sqlite:///{db_url}")
    with engine.connect() as conn:
        before = conn.execute(select(audit.c.hash).order_by(audit.c.seq)).scalars().all()
    engine.dispose()
    with Registry.open(db_url, store=str(tmp_path / "store")) as registry:
        after = [e.hash for e in registry.audit_log()][:2]
    assert after == before
