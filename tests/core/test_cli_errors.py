"""The command line's one error path: an expected failure prints one line naming the cause and the fix, and
exits 2; --debug shows the traceback instead."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import sqlalchemy.exc

from tests.core.conftest import mini_cli


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Run a command line on a SQLite registry in tmp_path holding the mini pack."""
    return mini_cli(tmp_path, monkeypatch, columns=100)


def one_error_line(result) -> str:  # type: ignore[no-untyped-def]
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.output
    return str(lines[0])


def test_a_missing_pdf_extra_names_the_extra_with_its_brackets(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setitem(sys.modules, "weasyprint", None)   # as if the pdf extra were not installed
    line = one_error_line(run("dossier", "Romania", "--format", "pdf", "-o", "x.pdf"))
    assert "pip install 'copytrace[pdf]'" in line


def test_a_missing_web_extra_names_the_web_extra(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    line = one_error_line(run("serve"))
    assert "'uvicorn'" in line and "pip install 'copytrace[web]'" in line


def test_a_file_that_is_not_a_database(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    notes = tmp_path / "notes.db"
    notes.write_text("shopping list\n" * 100, encoding="utf-8")
    line = one_error_line(run("show", "AKM", "--db", str(notes)))
    assert f"{notes} is not a copytrace registry" in line and "copytrace init" in line


def test_debug_shows_the_traceback_instead(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    notes = tmp_path / "notes.db"
    notes.write_text("shopping list\n" * 100, encoding="utf-8")
    result = run("--debug", "show", "AKM", "--db", str(notes))
    assert isinstance(result.exception, sqlalchemy.exc.DatabaseError)
    assert "error: " not in result.output


def test_a_folder_given_as_the_database(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    line = one_error_line(run("status", "--db", str(tmp_path)))
    assert "is a folder, not a registry file" in line and str(tmp_path / "registry.db") in line


def test_an_output_folder_that_does_not_exist(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "no-such-folder" / "out.csv"
    line = one_error_line(run("export", "--format", "csv", "-o", str(target)))
    assert f"the folder {target.parent} does not exist" in line and "mkdir -p" in line
    dossier = one_error_line(run("dossier", "Romania", "--format", "json", "-o", str(target)))
    assert "does not exist" in dossier


@pytest.mark.skipif(not Path("/sys/kernel").is_dir(), reason="needs Linux's /sys, where no one may create files")
def test_a_path_that_may_not_be_written(run) -> None:  # type: ignore[no-untyped-def]
    line = one_error_line(run("export", "--format", "csv", "-o", "/sys/copytrace-export.csv"))
    assert "permission denied: /sys/copytrace-export.csv" in line


def test_an_unknown_name_suggests_a_search(run) -> None:  # type: ignore[no-untyped-def]
    line = one_error_line(run("explain", "Zzyzx 9000"))
    assert "No entity named 'Zzyzx 9000'" in line and "copytrace search" in line


def test_a_registry_not_created_yet(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    line = one_error_line(run("lineage", "AKM", "--db", str(tmp_path / "elsewhere.db")))
    assert "run 'copytrace init' first" in line


def test_unknown_and_short_statement_ids(run) -> None:  # type: ignore[no-untyped-def]
    unknown = one_error_line(run("review", "0123456789abcdef", "accepted", "--reason", "x"))
    assert "no statement id begins with '0123456789abcdef'" in unknown and "copytrace show" in unknown
    short = one_error_line(run("review", "abc", "accepted", "--reason", "x"))
    assert "at least 8" in short


def test_a_typo_in_a_command_name_is_answered_with_the_command(run) -> None:  # type: ignore[no-untyped-def]
    result = run("shwo", "AKM")
    assert result.exit_code == 2 and "Did you mean 'show'" in result.output
