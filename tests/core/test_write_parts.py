"""Several parts written in one transaction store and audit exactly what one write per part would."""

from pathlib import Path

import pytest
from sqlalchemy import select

from copytrace.errors import InvalidStatement
from copytrace.model.statement import Citation, Statement
from copytrace.packs import load_pack
from copytrace.registry import Entity, Registry, audit
from copytrace.registry.tables import audit as audit_table
from copytrace.registry.tables import names

MINI = str(Path(__file__).parents[1] / "data" / "mini.yaml")
CITE = Citation("Test source", "Test Publisher", "https://example.org/t", "2024")
# The second part names the maker the first part added, repeats one of its statements and adds an alias.
PARTS = [
    ([Entity("east-works", "organization", "East Works")],
     [Statement("ak-47", "manufactured_by", object_id="east-works", citation=CITE),
      Statement("east-works", "alias", value="Northern Plant", citation=CITE)]),
    ([Entity("east-works", "organization", "East Works"), Entity("type-9", "product", "Type 9")],
     [Statement("type-9", "manufactured_by", object_id="east-works", citation=CITE),
      Statement("ak-47", "manufactured_by", object_id="east-works", citation=CITE),
      Statement("type-9", "alias", value="T9", citation=CITE)]),
]


def _written(registry: Registry) -> tuple[list[tuple[str, str]], list[tuple[str, str, bool]]]:
    with registry.reading() as conn:
        entries = [(row.action, row.target) for row in conn.execute(
            select(audit_table.c.action, audit_table.c.target).order_by(audit_table.c.seq))]
        stored_names = sorted((row.entity_id, row.name, bool(row.is_alias)) for row in conn.execute(select(names)))
    return entries, stored_names


@pytest.fixture
def loaded(registry: Registry) -> Registry:
    load_pack(registry, MINI, actor="tester")
    return registry


def test_parts_in_one_transaction_store_and_audit_as_one_write_each(loaded: Registry, tmp_path: Path) -> None:
    with Registry.open(str(tmp_path / "one_by_one.db"), store=str(tmp_path / "store2")) as reference:
        load_pack(reference, MINI, actor="tester")
        counts = [reference.write(list(ents), list(stmts), actor="tester") for ents, stmts in PARTS]
        expected = _written(reference)
    with loaded.transaction() as conn:
        written = loaded.write_parts(conn, PARTS, actor="tester")
        audit.append_many(conn, "tester", [entry for part in written for entry in part.audit])
    assert [(part.entities, part.statements) for part in written] == counts == [(1, 2), (1, 2)]
    assert _written(loaded) == expected
    assert loaded.verify().ok


def test_a_bad_statement_in_a_later_part_stores_no_part(loaded: Registry) -> None:
    bad = ([], [Statement("east-works", "introduced_year", value="1963", citation=CITE)])
    before = _written(loaded)
    with pytest.raises(InvalidStatement, match="east-works"), loaded.transaction() as conn:
        loaded.write_parts(conn, [PARTS[0], bad], actor="tester")
    assert _written(loaded) == before
