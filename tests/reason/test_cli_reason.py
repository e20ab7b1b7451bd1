"""The status and explain commands through the CLI runner, on both backends."""

from __future__ import annotations

from tests.reason.conftest import PACK


def test_status_lists_every_status_with_counts(invoke) -> None:  # type: ignore[no-untyped-def]
    assert invoke("load-pack", str(PACK)).exit_code == 0
    result = invoke("status")
    assert result.exit_code == 0, result.output
    assert "licensed: 3  expired: 2  unlicensed: 2  disputed: 1  unknown: 1" in result.output


def test_status_unlicensed_in_a_country(invoke) -> None:  # type: ignore[no-untyped-def]
    invoke("load-pack", str(PACK))
    result = invoke("status", "--unlicensed", "--country", "România")
    assert "PA md. 86" in result.output
    assert "unlicensed: 2" in result.output and "WASR-10" not in result.output


def test_explain_shows_the_dispute_with_both_sides_and_sources(invoke) -> None:  # type: ignore[no-untyped-def]
    invoke("load-pack", str(PACK))
    result = invoke("explain", "WASR-10", "--producer", "Romarm SA")
    assert result.exit_code == 0, result.output
    assert "disputed" in result.output
    assert "[licensed] Stated licensed for RomArm" in result.output
    assert "[unlicensed] Stated unlicensed for RomArm" in result.output
    assert "Licence register (test source)" in result.output


def test_explain_unknown_product_suggests_names(invoke) -> None:  # type: ignore[no-untyped-def]
    invoke("load-pack", str(PACK))
    result = invoke("explain", "WASR-100")
    assert result.exit_code == 2 and "WASR-10" in result.output


STATED_OR_NOT = """
pack: stated-or-not
sources:
  enc: {title: "Lineages (test source)", publisher: "Test Encyclopedia", url: "https://example.org/l", date: "2024"}
  court: {title: "Ruling (test source)", publisher: "Test Court", url: "https://example.org/r", date: "2023"}
entities:
  - {id: ussr, kind: country, name: Soviet Union, source: enc}
  - {id: narnia, kind: country, name: Narnia, source: enc}
  - {id: orig, kind: design, name: Orig-1, source: enc, facts: [{p: rights_holder, o: ussr}]}
  - {id: maker-a, kind: organization, name: Maker A, source: enc, facts: [{p: located_in, o: narnia}]}
  - {id: maker-b, kind: organization, name: Maker B, source: enc, facts: [{p: located_in, o: narnia}]}
  - id: copy-a
    kind: product
    name: Copy-A
    source: enc
    facts:
      - {p: derived_from, o: orig, kind: copy}
      - {p: manufactured_by, o: maker-a}
      - {p: licence_status, o: unlicensed, scope: maker-a, source: court}
  - id: copy-b
    kind: product
    name: Copy-B
    source: enc
    facts:
      - {p: derived_from, o: orig, kind: copy}
      - {p: manufactured_by, o: maker-b}
"""


def test_unlicensed_says_whether_a_source_states_it(invoke, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pack = tmp_path / "stated-or-not.yaml"
    pack.write_text(STATED_OR_NOT, encoding="utf-8")
    assert invoke("load-pack", str(pack)).exit_code == 0
    listed = invoke("status", "--unlicensed")
    rows = {line.split("│")[1].strip(): line for line in listed.output.splitlines() if line.count("│") > 3}
    assert "unlicensed (stated)" in rows["Copy-A"] and "no licence on record" not in rows["Copy-A"]
    assert "no licence on record" in rows["Copy-B"] and "(stated)" not in rows["Copy-B"]
    stated = invoke("explain", "Copy-A")
    inferred = invoke("explain", "Copy-B")
    assert "unlicensed (stated)" in stated.output and "no licence on record" in inferred.output
    # claim strength counts a source that says so, not the absence of a licence record
    strength = [int(r.output.split("claim strength ")[1].split("/")[0]) for r in (stated, inferred)]
    assert strength[0] > strength[1]


def test_status_json_has_counts_products_and_labels(invoke) -> None:  # type: ignore[no-untyped-def]
    import json

    invoke("load-pack", str(PACK))
    result = invoke("status", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["total"] == len(data["assessments"]) == sum(data["counts"].values())
    assert data["products"] >= 6 and data["families"] >= 1
    unlicensed = [a for a in data["assessments"] if a["status"] == "unlicensed"]
    assert unlicensed and all(a["label"] in {"unlicensed (stated)", "no licence on record"} for a in unlicensed)
