"""The curated packs shipped with copytrace: what the issue promises, checked on a real load."""

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
