from importlib import resources
from pathlib import Path

import pytest
import yaml

from copytrace.errors import SchemaError
from copytrace.model.schema import default_schema, load_schema


def _broken(tmp_path: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    raw = yaml.safe_load(resources.files("copytrace.model").joinpath("schema.yaml").read_text(encoding="utf-8"))
    edit(raw)
    path = tmp_path / "schema.yaml"
    path.write_text(yaml.safe_dump(raw))
    return path


def test_packaged_schema_declares_every_kind_and_predicate() -> None:
    schema = default_schema()
    assert set(schema.kinds) == {"design", "product", "organization", "facility", "country", "person",
                                 "licence", "document"}
    assert schema.predicate("derived_from").qualifiers == {"copy", "licensed_copy", "variant", "successor",
                                                           "inspired_by"}


def test_unknown_subject_kind_names_the_predicate(tmp_path: Path) -> None:
    path = _broken(tmp_path, lambda raw: raw["predicates"]["exported_to"].update(subject=["rifle"]))
    with pytest.raises(SchemaError, match="predicate 'exported_to': subject names unknown kind 'rifle'"):
        load_schema(path)


def test_object_and_literal_together_is_refused(tmp_path: Path) -> None:
    path = _broken(tmp_path, lambda raw: raw["predicates"]["designer"].update(literal="text"))
    with pytest.raises(SchemaError, match="predicate 'designer': give exactly one"):
        load_schema(path)


def test_unknown_qualifier_list_is_refused(tmp_path: Path) -> None:
    path = _broken(tmp_path, lambda raw: raw["predicates"]["derived_from"].update(qualifier="flavours"))
    with pytest.raises(SchemaError, match="qualifier names unknown list 'flavours'"):
        load_schema(path)


def test_missing_section_is_named(tmp_path: Path) -> None:
    path = _broken(tmp_path, lambda raw: raw.pop("literals"))
    with pytest.raises(SchemaError, match="missing section 'literals'"):
        load_schema(path)


def test_a_status_that_may_become_an_unknown_status_is_refused(tmp_path: Path) -> None:
    path = _broken(tmp_path, lambda raw: raw["statuses"]["rejected"].update(next=["reopened"]))
    with pytest.raises(SchemaError, match="status 'rejected': next names unknown status 'reopened'"):
        load_schema(path)
