"""The curated packs shipped with copytrace: what the issue promises, checked on a real load."""

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copytrace.cli import app
from copytrace.packs import load_pack, read_pack
from copytrace.reason.lineage import lineage
from copytrace.registry import Registry

CJK_OR_HEBREW = re.compile(r"[\u4e00-\u9fff\u0590-\u05ff]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@pytest.fixture
def kalashnikov(registry: Registry) -> Registry:
    load_pack(registry, "kalashnikov", actor="tester")
    return registry


def test_the_kalashnikov_pack_has_the_promised_breadth(kalashnikov: Registry) -> None:
    counts = kalashnikov.counts()
    assert counts["entities.design"] + counts["entities.product"] >= 60
    assert counts["entities.organization"] + counts["entities.facility"] >= 25
    producing = {s.object_id for s in kalashnikov.statements(predicate="made_in_country")}
    assert len(producing) >= 20
    assert kalashnikov.statements(predicate="licensee")
    assert any(s.valid_from for s in kalashnikov.statements(predicate="licensee"))
    assert kalashnikov.statements(predicate="exported_to")
    assert kalashnikov.statements(predicate="operated_by")
    assert kalashnikov.statements(predicate="successor_of")


def test_aliases_are_in_several_scripts(kalashnikov: Registry) -> None:
    aliases = [s.value or "" for s in kalashnikov.statements(predicate="alias")]
    assert any(CYRILLIC.search(a) for a in aliases)
    assert any(CJK_OR_HEBREW.search(a) for a in aliases)


def test_every_statement_cites_a_public_source(kalashnikov: Registry) -> None:
    for statement in kalashnikov.statements():
        assert statement.citation is not None, statement
        assert statement.citation.title and statement.citation.publisher, statement
        assert (statement.citation.url or "").startswith("https://"), statement


def test_the_vz58_is_a_look_alike_not_a_copy(kalashnikov: Registry) -> None:
    vz58 = kalashnikov.resolve("Vz. 58")
    assert kalashnikov.statements(subject=vz58.id, predicate="not_derived_from")
    assert lineage(kalashnikov, vz58.id, "ancestors") == []


def test_akm_has_licensed_and_unlicensed_descendants(kalashnikov: Registry) -> None:
    akm = kalashnikov.resolve("AKM")
    descendants = {link.child for link in lineage(kalashnikov, akm.id, "descendants")}
    statuses = {s.value for s in kalashnikov.statements(predicate="licence_status") if s.subject in descendants}
    assert {"licensed", "unlicensed"} <= statuses


def test_the_licence_status_cases_cover_expired_and_disputed(kalashnikov: Registry) -> None:
    by_case: dict[tuple[str, str | None], set[str]] = {}
    for s in kalashnikov.statements(predicate="licence_status"):
        by_case.setdefault((s.subject, s.scope), set()).add(s.value or "")
    values = set().union(*by_case.values())
    assert {"licensed", "unlicensed", "expired"} <= values
    assert "disputed" in values or any(len(v) > 1 for v in by_case.values())


def test_the_second_pack_is_another_family(registry: Registry) -> None:
    loaded = load_pack(registry, "rpg7", actor="tester")
    assert loaded["rpg7"][0] >= 10
    rpg7 = registry.resolve("RPG-7")
    assert len(lineage(registry, rpg7.id, "descendants")) >= 5
    ak47 = registry.resolve("AK-47")
    assert rpg7.id not in {link.parent for link in lineage(registry, ak47.id, "descendants")}


def test_entity_ids_are_unique_across_packs() -> None:
    seen: dict[str, str] = {}
    for name in ("countries", "kalashnikov", "rpg7"):
        for entity in read_pack(name).entities:
            assert entity.id not in seen, f"{entity.id} in {name} and {seen[entity.id]}"
            seen[entity.id] = name


def test_lineage_and_show_from_the_cli(invoke) -> None:  # type: ignore[no-untyped-def]
    assert invoke("load-pack", "kalashnikov").exit_code == 0
    lineage_out = invoke("lineage", "AKM").output
    assert "ancestors of AKM" in lineage_out and "AK-47" in lineage_out
    assert "licensed copy" in lineage_out and "unlicensed" in lineage_out
    show = invoke("show", "AIM")
    assert show.exit_code == 0, show.output
    assert "made_in_country" in show.output and "https://" in show.output


def test_the_demo_builds_and_reports(tmp_path: Path) -> None:
    # The demo is always a fresh SQLite file, so it runs once, not per backend.
    result = CliRunner().invoke(app, ["demo", "--dir", str(tmp_path / "demo")], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    assert "pack kalashnikov:" in result.output and "audit chain verified" in result.output
    assert (tmp_path / "demo" / "registry.db").exists()


def test_the_demo_never_deletes_a_file_it_did_not_make(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("my own notes", encoding="utf-8")
    refused = CliRunner().invoke(app, ["demo", "--dir", str(mine)], env={"COLUMNS": "160"})
    assert refused.exit_code == 2 and "not empty" in refused.output and "Traceback" not in refused.output
    assert sorted(p.name for p in mine.iterdir()) == ["notes.txt"]
    # a folder the demo made is reused: its own files are replaced, a file put there by the user stays
    demo = tmp_path / "demo"
    assert CliRunner().invoke(app, ["demo", "--dir", str(demo)]).exit_code == 0
    (demo / "notes.txt").write_text("kept", encoding="utf-8")
    again = CliRunner().invoke(app, ["demo", "--dir", str(demo)], env={"COLUMNS": "160"})
    assert again.exit_code == 0, again.output
    assert (demo / "notes.txt").read_text(encoding="utf-8") == "kept" and (demo / "registry.db").exists()


def test_all_packs_load_at_once_and_cover_the_soviet_families(invoke) -> None:  # type: ignore[no-untyped-def]
    from copytrace.packs.reader import available_packs

    result = invoke("load-pack", "all")
    assert result.exit_code == 0, result.output
    for name in available_packs():
        assert f"{name}: " in result.output
    again = invoke("load-pack", "all")
    assert "new statements" in again.output and all(
        line.endswith(": 0 new entities, 0 new statements") for line in again.output.strip().splitlines())
    for name in ("T-72", "МиГ-21", "J-7", "BVP-1", "PT-91", "M-84", "Makarov PM", "TT-33", "Mi-17"):
        shown = invoke("show", name)
        assert shown.exit_code == 0, (name, shown.output)
    # "Type 69" alone is the RPG's name; the show says which other design a reader may have meant
    shown = invoke("show", "Type 69")
    assert "Type 69 RPG  (product, id type-69-rpg)" in shown.output
    assert "with a word after it: Type 69 tank (type-69-tank)" in shown.output
    as_json = json.loads(invoke("show", "Type 69", "--json").output)
    assert [e["id"] for e in as_json["also_named"]] == ["type-69-tank"]
    assert "with a word after it" not in invoke("show", "Makarov PM").output


def test_the_packs_hold_four_hundred_products_in_fifteen_families(registry: Registry) -> None:
    from copytrace.packs.reader import available_packs

    for name in available_packs():
        load_pack(registry, name, actor="tester")
    counts = registry.counts()
    assert counts["entities.design"] + counts["entities.product"] >= 400
    designs = {e.id for e in registry.entities() if e.kind == "design"}
    derived = {s.subject for s in registry.statements(predicate="derived_from")}
    assert len(designs - derived) >= 15   # family roots: designs derived from nothing
    dated = {s.subject for s in registry.statements(predicate="licensee") if s.valid_from}
    dated |= {s.subject for s in registry.statements(predicate="licensed_design") if s.valid_from}
    assert len(dated) >= 40
