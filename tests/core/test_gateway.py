"""One gateway: no module outside ``copytrace.registry`` touches the registry's tables (DESIGN.md).

The rule, checked on the source of every module under src/copytrace outside src/copytrace/registry/:

1. It does not import ``copytrace.registry.tables`` or ``copytrace.registry.rows`` (the tables and
   the row mapping), in any form (``import a.b``, ``from a.b import x``, ``from a import b``).
2. It imports nothing from ``sqlalchemy`` at run time. Under ``if TYPE_CHECKING:`` it may import
   only the handle types ``Connection`` and ``Engine`` (to pass the registry's own transaction back
   to it): nothing that builds a query (``select``, ``insert``, ``update``, ``delete``, ``Table``,
   ``text``, ``func``...).
3. It calls no ``.execute``, ``.exec_driver_sql``, ``.executemany`` or ``.executescript``.
4. No string literal in it starts like SQL (``SELECT ... FROM``, ``INSERT INTO``, ``UPDATE ... SET``,
   ``DELETE FROM``, ``CREATE``/``DROP``/``ALTER TABLE``, ``PRAGMA``).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from copytrace.model.schema import default_schema
from copytrace.model.statement import ORIGINS, STATUSES

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "copytrace"
GATEWAY = PACKAGE / "registry"
FORBIDDEN_MODULES = ("copytrace.registry.tables", "copytrace.registry.rows")
TYPING_ONLY_SQLALCHEMY = {"Connection", "Engine"}
EXECUTING = {"execute", "exec_driver_sql", "executemany", "executescript"}
SQL = re.compile(r"^\s*(select\b.+\bfrom\b|insert\s+into\b|update\s+\w+\s+set\b|delete\s+from\b"
                 r"|(create|drop|alter)\s+(table|index)\b|pragma\s)", re.IGNORECASE | re.DOTALL)


def _outside_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if GATEWAY not in p.parents)


def _type_checking_nodes(tree: ast.Module) -> set[int]:
    """The ids of the nodes inside ``if TYPE_CHECKING:`` blocks."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and (
                (isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING")
                or (isinstance(node.test, ast.Attribute) and node.test.attr == "TYPE_CHECKING")):
            for child in node.body:
                inside.update(id(n) for n in ast.walk(child))
    return inside


def violations(source: str, where: str = "<source>") -> list[str]:
    """Every breach of the gateway rule in one module's source, as 'where:line: what'."""
    tree = ast.parse(source)
    typing_only = _type_checking_nodes(tree)
    found: list[str] = []

    def report(node: ast.AST, what: str) -> None:
        found.append(f"{where}:{getattr(node, 'lineno', 0)}: {what}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in FORBIDDEN_MODULES or alias.name.split(".")[0] == "sqlalchemy":
                    report(node, f"imports {alias.name}")
        elif isinstance(node, ast.ImportFrom) and node.module is not None and node.level == 0:
            module = node.module
            names = [a.name for a in node.names]
            if module in FORBIDDEN_MODULES or any(f"{module}.{n}" in FORBIDDEN_MODULES for n in names):
                report(node, f"imports from {module}: {', '.join(names)}")
            elif module.split(".")[0] == "sqlalchemy":
                if id(node) not in typing_only:
                    report(node, f"imports {', '.join(names)} from {module} at run time")
                elif set(names) - TYPING_ONLY_SQLALCHEMY:
                    report(node, f"imports {', '.join(sorted(set(names) - TYPING_ONLY_SQLALCHEMY))} from {module}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in EXECUTING:
            report(node, f"calls .{node.func.attr}()")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.match(node.value):
            report(node, f"holds SQL {node.value[:40]!r}")
    return found


def test_no_module_outside_the_registry_touches_its_tables() -> None:
    modules = _outside_modules()
    assert len(modules) > 50  # the walk found the package
    problems = [p for path in modules
                for p in violations(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE)))]
    assert problems == []


@pytest.mark.parametrize("source", [
    "from copytrace.registry.tables import statements",
    "from copytrace.registry import tables",
    "import copytrace.registry.tables",
    "from copytrace.registry.rows import row_statement",
    "from sqlalchemy import select",
    "import sqlalchemy",
    "from sqlalchemy.sql import text",
    "if TYPE_CHECKING:\n    from sqlalchemy import select",
    "with registry.reading() as conn:\n    conn.execute(query)",
    "QUERY = 'SELECT id FROM statements WHERE status = ?'",
    "QUERY = 'delete from audit'",
])
def test_the_rule_catches_each_way_round_it(source: str) -> None:
    assert violations(source)


@pytest.mark.parametrize("source", [
    "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from sqlalchemy import Connection",
    "from copytrace.registry import Registry, queries",
    "label = 'Select the statements to review'",
    "registry.statements(status='accepted')",
])
def test_the_rule_lets_gateway_calls_and_plain_words_through(source: str) -> None:
    assert violations(source) == []


def test_statuses_and_origins_are_declared_in_the_schema_and_typed_alike() -> None:
    # The Literal types are for the type checker; the schema file is where the vocabulary lives.
    schema = default_schema()
    assert schema.statuses == STATUSES
    assert schema.origins == ORIGINS
    assert set(schema.live_statuses) == {"accepted", "candidate"}
    assert schema.next_statuses["superseded"] == frozenset()
