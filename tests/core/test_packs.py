"""Loading curated packs: bad input names the file and entry and stores nothing."""

from pathlib import Path

import pytest
import yaml

from copytrace.errors import PackError
from copytrace.packs import load_pack
from copytrace.registry import Registry

MINI = Path(__file__).parents[1] / "data" / "mini.yaml"


def _variant(tmp_path: Path, edit) -> str:  # type: ignore[no-untyped-def]
    raw = yaml.safe_load(MINI.read_text(encoding="utf-8"))
    edit(raw)
    path = tmp_path / "mini.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return str(path)


def _entity(raw: dict, entity_id: str) -> dict:  # type: ignore[type-arg]
    return next(e for e in raw["entities"] if e["id"] == entity_id)


def test_malformed_yaml_names_the_file(registry: Registry, tmp_path: Path) -> None:
    path = tmp_path / "mini.yaml"
    path.write_text("pack: mini\nentities: [\n  {id: x, kind: design\n", encoding="utf-8")
    with pytest.raises(PackError, match=r"mini\.yaml: not valid YAML"):
        load_pack(registry, str(path), actor="tester")


def test_unknown_predicate_names_file_entity_and_fact(registry: Registry, tmp_path: Path) -> None:
    path = _variant(tmp_path, lambda raw: _entity(raw, "akm")["facts"].append({"p": "fired_by", "o": "ussr"}))
    with pytest.raises(PackError, match=r"mini.yaml: entity 'akm', fact 3 \(fired_by\): unknown predicate"):
        load_pack(registry, path, actor="tester")
    assert registry.counts() == {"documents": 0}


def test_wrong_object_kind_is_refused_and_nothing_is_half_loaded(registry: Registry, tmp_path: Path) -> None:
    # The bad fact is on the last entity, after everything else would have been written.
    path = _variant(tmp_path, lambda raw: _entity(raw, "vz-58")["facts"].append(
        {"p": "made_in_country", "o": "akm"}))
    message = "mini.yaml: statement about 'vz-58': made_in_country: object 'akm' is a design"
    with pytest.raises(PackError, match=message):
        load_pack(registry, path, actor="tester")
    assert registry.counts() == {"documents": 0}
    assert registry.audit_log() == []


def test_unknown_source_and_missing_id(registry: Registry, tmp_path: Path) -> None:
    path = _variant(tmp_path, lambda raw: _entity(raw, "akm")["facts"][0].update(source="nowhere"))
    with pytest.raises(PackError, match="entity 'akm', fact 1 \\(derived_from\\): unknown source 'nowhere'"):
        load_pack(registry, path, actor="tester")
    path = _variant(tmp_path, lambda raw: raw["entities"][0].pop("id"))
    with pytest.raises(PackError, match=r"mini.yaml: entities\[0\]: missing 'id'"):
        load_pack(registry, path, actor="tester")


def test_unknown_pack_name_lists_the_available_ones(registry: Registry) -> None:
    with pytest.raises(PackError, match="no pack named 'kalashnikof'"):
        load_pack(registry, "kalashnikof", actor="tester")


def test_a_fact_dropped_from_a_new_pack_version_is_superseded_not_deleted(registry: Registry, tmp_path: Path) -> None:
    load_pack(registry, str(MINI), actor="tester")
    old = registry.statements(subject="pm-md-63", predicate="made_in_country")[0]
    path = _variant(tmp_path, lambda raw: _entity(raw, "pm-md-63")["facts"][1].update({"from": "1964"}))
    assert load_pack(registry, path, actor="curator")["mini"] == (0, 1)
    assert registry.statement(old.id).status == "superseded"
    assert registry.review_history(old.id)[0]["reason"] == "no longer stated by pack 'mini'"
    current = registry.statements(subject="pm-md-63", predicate="made_in_country", status="accepted")
    assert [s.valid_from for s in current] == ["1964"]
