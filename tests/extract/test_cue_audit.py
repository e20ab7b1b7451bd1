"""scripts/cue_audit.py: which dictionary words a language's cue words match."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest


def _script() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "scripts" / "cue_audit.py"
    spec = importlib.util.spec_from_file_location("cue_audit", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["cue_audit"] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules["cue_audit"]
    return module


def test_a_cue_word_matches_its_own_lemma_and_only_its_class_is_read() -> None:
    rows = _script().audit("en", "copy")
    assert rows and all(cls == "copy" for cls, _, _ in rows)
    entry = {e: lemmas for _, e, lemmas in rows}
    assert "copy" in entry["copies"]
    assert [len(lemmas) for _, _, lemmas in rows] == sorted((len(lemmas) for _, _, lemmas in rows), reverse=True)


def test_an_unknown_language_is_one_line_and_exit_code_two(capsys: pytest.CaptureFixture[str]) -> None:
    assert _script().main(["xx"]) == 2
    assert capsys.readouterr().err.strip() == "cue_audit: no language file for 'xx'"
