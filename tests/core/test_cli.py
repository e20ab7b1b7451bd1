"""The registry commands, run through the CLI runner on both backends."""

from pathlib import Path

from sqlalchemy import text

from copytrace.registry import Registry

MINI = str(Path(__file__).parents[1] / "data" / "mini.yaml")


def test_commands_before_init_say_what_to_do(invoke, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = invoke("show", "AKM", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 2
    assert "run 'copytrace init' first" in result.output


def test_load_pack_then_show_lineage_and_search(invoke) -> None:  # type: ignore[no-untyped-def]
    loaded = invoke("load-pack", MINI)
    assert loaded.exit_code == 0, loaded.output
    assert "mini: 12 new entities" in loaded.output
    show = invoke("show", "AIM")
    assert show.exit_code == 0, show.output
    assert "PM md. 63" in show.output and "licence_status" in show.output
    assert "Test Encyclopedia" in show.output
    lineage = invoke("lineage", "АКМ")
    assert lineage.exit_code == 0, lineage.output
    assert "ancestors of AKM" in lineage.output and "AK-47  [successor]" in lineage.output
    assert "PM md. 63  [licensed copy]  licensed (Romania)" in lineage.output
    search = invoke("search", "56式")
    assert "type-56" in search.output


def test_unknown_name_gets_close_matches(invoke) -> None:  # type: ignore[no-untyped-def]
    invoke("load-pack", MINI)
    result = invoke("show", "AK-74")
    assert result.exit_code == 2
    assert "No entity named 'AK-74'" in result.output and "Did you mean" in result.output


def test_review_from_the_cli(invoke, db_url: str) -> None:  # type: ignore[no-untyped-def]
    invoke("load-pack", MINI)
    with Registry.open(db_url) as registry:
        target = registry.statements(subject="type-56", predicate="licence_status")[0]
    result = invoke("review", target.id, "rejected", "--reason", "source retracted")
    assert result.exit_code == 0, result.output
    assert "rejected by tester (source retracted)" in result.output


def test_tampering_with_one_audit_row_is_named_by_verify(invoke, db_url: str) -> None:  # type: ignore[no-untyped-def]
    invoke("load-pack", MINI)
    assert invoke("verify").exit_code == 0
    with Registry.open(db_url) as registry, registry.transaction() as conn:
        conn.execute(text("UPDATE audit SET actor = 'mallory' WHERE seq = 7"))
    result = invoke("verify")
    assert result.exit_code == 1
    assert "audit entry 7" in result.output and "was altered" in result.output


def test_a_deleted_audit_row_breaks_the_chain(invoke, db_url: str) -> None:  # type: ignore[no-untyped-def]
    invoke("load-pack", MINI)
    with Registry.open(db_url) as registry, registry.transaction() as conn:
        conn.execute(text("DELETE FROM audit WHERE seq = 3"))
    result = invoke("verify")
    assert result.exit_code == 1
    assert "audit entry 3 is missing" in result.output


def test_an_anchor_kept_elsewhere_reveals_entries_cut_from_the_end(invoke, db_url: str) -> None:  # type: ignore[no-untyped-def]
    invoke("load-pack", MINI)
    printed = invoke("audit", "--anchor")
    assert printed.exit_code == 0, printed.output
    anchor = printed.output.strip()
    with Registry.open(db_url) as registry:
        head = registry.audit_anchor()
    assert head is not None and anchor == f"{head.seq}:{head.hash}"
    assert invoke("verify", "--anchor", anchor).exit_code == 0
    # Cutting the newest entries leaves a valid chain: the recorded head and the rows they wrote show
    # it, and the anchor says how many are gone.
    with Registry.open(db_url) as registry, registry.transaction() as conn:
        conn.execute(text("DELETE FROM audit WHERE seq > :seq"), {"seq": head.seq - 2})
    plain = invoke("verify")
    assert plain.exit_code == 1 and f"the head recorded in the database names entry {head.seq}" in plain.output
    result = invoke("verify", "--anchor", anchor)
    assert result.exit_code == 1
    assert f"the anchor names entry {head.seq}: 2 entries were removed from its end" in result.output
    bad = invoke("verify", "--anchor", "12:not-a-hash")
    assert bad.exit_code == 2 and "is not an audit anchor" in bad.output


def test_lineage_to_an_ancestor_shows_the_path(invoke) -> None:  # type: ignore[no-untyped-def]
    invoke("load-pack", MINI)
    found = invoke("lineage", "AIM", "--to", "AK-47")
    assert found.exit_code == 0, found.output
    assert "PM md. 63 —[licensed copy]→ AKM" in found.output
    assert "AKM —[successor]→ AK-47" in found.output
    unrelated = invoke("lineage", "Vz. 58", "--to", "AK-47")
    assert unrelated.exit_code == 1
    assert "does not descend from AK-47" in unrelated.output


def test_a_designation_written_another_way_resolves(invoke) -> None:  # type: ignore[no-untyped-def]
    invoke("load-pack", MINI)
    for written in ("56式", "Тип 56", "Typ 56"):
        result = invoke("show", written)
        assert result.exit_code == 0, result.output
        assert result.output.startswith("Type 56"), result.output
