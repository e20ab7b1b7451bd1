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
    assert result.exit_code == 1 and "WASR-10" in result.output
