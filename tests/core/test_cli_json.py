"""Read commands with --json (the web's JSON shapes), statement ids and their prefixes, and the lineage tree,
through the CLI runner on a real SQLite registry."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from copytrace.cli import app
from copytrace.errors import Invalid
from copytrace.registry import Registry
from copytrace.registry.ids import complete_id

MINI = str(Path(__file__).parents[1] / "data" / "mini.yaml")
# A diamond: Left and Right both derive from Base, and Merged from both; Merged must be printed once.
DIAMOND = """\
pack: diamond
sources:
  enc: {title: "Diamond lineage (test source)", publisher: "Test", url: "https://example.org/d", date: "2024"}
entities:
  - {id: base, kind: design, name: Base, source: enc}
  - {id: left, kind: design, name: Left, source: enc, facts: [{p: derived_from, o: base, kind: variant}]}
  - {id: right, kind: design, name: Right, source: enc, facts: [{p: derived_from, o: base, kind: copy}]}
  - id: merged
    kind: product
    name: Merged
    source: enc
    facts:
      - {p: derived_from, o: left, kind: variant}
      - {p: derived_from, o: right, kind: variant}
  - {id: grandchild, kind: product, name: Grandchild, source: enc, facts: [{p: derived_from, o: merged, kind: copy}]}
"""

Invoke = Callable[..., Result]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("json")
    (folder / "diamond.yaml").write_text(DIAMOND, encoding="utf-8")
    path = str(folder / "registry.db")
    runner = CliRunner()
    for pack in (MINI, str(folder / "diamond.yaml")):
        loaded = runner.invoke(app, ["load-pack", pack, "--db", path, "--actor", "tester"])
        assert loaded.exit_code == 0, loaded.output
    yield path


@pytest.fixture
def run(db: str, monkeypatch: pytest.MonkeyPatch) -> Invoke:
    monkeypatch.setenv("COPYTRACE_DB", db)
    monkeypatch.setenv("COPYTRACE_ACTOR", "tester")
    monkeypatch.setenv("COLUMNS", "160")
    runner = CliRunner()
    return lambda *args: runner.invoke(app, list(args))


def as_json(result: Result) -> Any:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_show_json_has_the_web_twins_fields(run: Invoke, db: str) -> None:
    import copytrace.present as present
    shown = as_json(run("show", "AIM", "--json"))
    assert shown["entity"] == {"id": "pm-md-63", "kind": "product", "name": "PM md. 63", "url": "/product/pm-md-63"}
    assert {"name": "AIM", "alias": True} in shown["names"]
    assert [s["object"]["name"] if s["object"] else s["value"] for s in shown["licence"]] == ["licensed"]
    with Registry.open(db) as registry:
        web = present.present_statements(registry, registry.statements(subject="pm-md-63"))
    ours = {s["id"]: s for s in shown["statements"] + shown["licence"]}
    for statement in web:
        if statement["predicate"] in ("name", "alias"):
            continue
        assert ours[statement["id"]].keys() == statement.keys()
        assert ours[statement["id"]] == statement


def test_show_prints_statement_ids_that_review_accepts_by_prefix(run: Invoke, db: str) -> None:
    with Registry.open(db) as registry:
        target = registry.statements(subject="type-56", predicate="licence_status")[0]
    shown = run("show", "Type 56")
    assert target.id[:12] in shown.stdout
    reviewed = run("review", target.id[:8], "candidate", "--reason", "re-check the source")
    assert reviewed.exit_code == 0, reviewed.output
    assert reviewed.stdout.startswith(f"{target.id}: candidate by tester")


def test_an_ambiguous_prefix_is_refused_with_the_candidates(db: str) -> None:
    with Registry.open(db) as registry:
        ids = sorted(s.id for s in registry.statements())
        shared = next(a[:2] for a, b in pairwise(ids) if a[:2] == b[:2])
        with pytest.raises(Invalid, match=rf"'{shared}' begins \S+ statement ids .*give more of the id"):
            complete_id(registry, "statement", shared, min_length=2)


def test_lineage_prints_a_shared_descendant_once(run: Invoke) -> None:
    tree = run("lineage", "Base").stdout
    assert tree.count("Merged  [variant]") == 2          # once in full, once as a reference
    assert tree.count("Grandchild") == 1                # its subtree is not repeated
    assert "↑ shown under Left" in tree


def test_lineage_depth_cuts_the_tree(run: Invoke) -> None:
    tree = run("lineage", "Base", "--depth", "1").stdout
    assert "Left" in tree and "Right" in tree and "Merged" not in tree
    assert "raise --depth" in tree


def test_lineage_json_lists_each_node_once(run: Invoke) -> None:
    data = as_json(run("lineage", "Base", "--json"))
    ids = [n["id"] for n in data["graph"]["nodes"]]
    assert sorted(ids) == ["base", "grandchild", "left", "merged", "right"]
    assert len(data["graph"]["edges"]) == 5
    shallow = as_json(run("lineage", "Base", "--json", "--depth", "1"))
    assert {e["source"] for e in shallow["graph"]["edges"]} == {"left", "right"}


def test_lineage_json_carries_licence_statuses(run: Invoke) -> None:
    data = as_json(run("lineage", "AKM", "--json"))
    aim = next(n for n in data["graph"]["nodes"] if n["id"] == "pm-md-63")
    assert aim["licence"] == [{"status": "licensed", "scope": "Romania"}]


def test_search_json(run: Invoke) -> None:
    data = as_json(run("search", "56式", "--json"))
    assert data["q"] == "56式"
    assert {"type": "entity", "id": "type-56", "kind": "product"}.items() <= data["results"][0].items()
    assert run("search", "zzzzqqq", "--json").exit_code == 1


def test_status_and_explain_json(run: Invoke) -> None:
    status = as_json(run("status", "--json"))
    assert status["counts"]["unlicensed"] >= 1 and status["total"] == len(status["assessments"])
    explained = as_json(run("explain", "Type 56", "--json"))
    assert explained and all("producer_standing" in item for item in explained)


def test_review_list_json_counts_the_queue(run: Invoke, db: str) -> None:
    with Registry.open(db) as registry:
        waiting = len(registry.statements(status="candidate"))
    data = as_json(run("review", "list", "--json", "--limit", "2"))
    assert data["waiting"] == waiting and len(data["candidates"]) == min(2, waiting)


def test_audit_json_is_a_chain(run: Invoke) -> None:
    entries = as_json(run("audit", "--json", "--limit", "5"))
    assert [e["seq"] for e in entries] == [1, 2, 3, 4, 5]
    assert all(b["prev_hash"] == a["hash"] for a, b in pairwise(entries))


def test_documents_json(run: Invoke, tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text("The Type 56 is a Chinese copy of the AK-47, made since 1956.",
                                       encoding="utf-8")
    ingested = run("ingest", str(tmp_path / "note.txt"), "--workers", "1", "--no-extract")
    assert ingested.exit_code == 0, ingested.output
    docs = as_json(run("documents", "--json"))["documents"]
    assert [d["title"] or d["source"] for d in docs] and docs[0]["media_type"].startswith("text/")
    shown = as_json(run("document", docs[0]["id"][:8], "--json", "--no-text"))
    assert shown["id"] == docs[0]["id"]
