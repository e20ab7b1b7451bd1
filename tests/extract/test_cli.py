"""The extract command, through the CLI runner."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from copytrace.cli import commands as _commands  # noqa: F401  (registers the commands)
from copytrace.cli.app import app

TEXT = ("The Chinese Type 56 is a copy of the AK-47, made by Norinco from 1956.\n\n"
        "Bulgaria and Poland built the AKM under licence.\n")


def test_extract_prints_one_grounded_json_fact_per_line(tmp_path: Path) -> None:
    doc = tmp_path / "type56.txt"
    doc.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(doc), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    facts = [json.loads(line) for line in result.output.splitlines()]
    assert {"doc", "subject", "subject_text", "relation", "object", "scope", "quote", "start", "end", "language",
            "confidence"} <= set(facts[0])
    assert all(TEXT[f["start"]:f["end"]] == f["quote"] for f in facts)
    assert ("Type 56", "derived_from", "AK-47") in {(f["subject"], f["relation"], f["object"]) for f in facts}


def test_extract_reads_a_legacy_encoding(tmp_path: Path) -> None:
    doc = tmp_path / "cp1251.txt"
    doc.write_bytes("Болгарский автомат АКК производился по лицензии в Болгарии.".encode("cp1251"))
    result = CliRunner().invoke(app, ["extract", str(doc)])
    assert result.exit_code == 0, result.output
    assert '"made_in_country"' in result.output


def test_extract_table_format(tmp_path: Path) -> None:
    doc = tmp_path / "type56.txt"
    doc.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(doc), "--format", "table"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "derived_from" in result.output


def test_a_file_that_is_not_text_gets_one_line_and_the_others_go_on(tmp_path: Path) -> None:
    bad = tmp_path / "noise.txt"
    bad.write_bytes(bytes(range(256)) * 40)
    good = tmp_path / "type56.txt"
    good.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(bad), str(good)])
    assert result.exit_code == 1
    assert "noise.txt" in result.output and "undecodable" in result.output
    assert '"derived_from"' in result.output
    assert "Traceback" not in result.output


def _extract_in_a_new_process(doc: Path, cache: Path) -> str:
    import os
    import subprocess
    import sys

    env = {**os.environ, "COPYTRACE_CACHE": str(cache)}
    command = [sys.executable, "-c", "from copytrace.cli import main; main()", "extract", str(doc), "--format", "jsonl"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_built_names_and_lexicons_are_kept_and_a_broken_or_stale_file_is_built_anew(tmp_path: Path) -> None:
    doc = tmp_path / "type56.txt"
    doc.write_text(TEXT, encoding="utf-8")
    cache = tmp_path / "cache"
    first = _extract_in_a_new_process(doc, cache)
    assert '"derived_from"' in first
    kept = sorted(p.name for p in cache.glob("*.pickle"))
    assert any(n.startswith("names-") for n in kept) and any(n.startswith("lexicon-en-") for n in kept), kept
    assert any(n.startswith("countries-") for n in kept), kept   # (CLDR's names, read once)
    names = next(cache.glob("names-*.pickle"))
    written = (names.stat().st_ino, names.stat().st_mtime_ns)
    assert _extract_in_a_new_process(doc, cache) == first   # read back, the same facts
    assert (names.stat().st_ino, names.stat().st_mtime_ns) == written   # (loaded, not built and written again)
    names.chmod(0o666)                                      # others may write it: not trusted, built anew
    assert _extract_in_a_new_process(doc, cache) == first
    assert names.stat().st_mode & 0o022 == 0 and (names.stat().st_ino, names.stat().st_mtime_ns) != written
    names.write_bytes(b"not a pickle")                       # a torn file: built again and replaced
    stale = cache / ("names-" + "0" * 24 + ".pickle")        # an earlier state's file, of this cache's naming
    stale.write_bytes(b"old")
    foreign = cache / "names-notes.pickle"                   # not of its naming: the user's, left alone
    foreign.write_bytes(b"mine")
    assert _extract_in_a_new_process(doc, cache) == first
    assert names.read_bytes() != b"not a pickle"
    assert not stale.exists()
    assert foreign.read_bytes() == b"mine"


def test_a_kept_lexicon_that_lacks_a_field_of_the_code_now_is_built_anew(tmp_path: Path) -> None:
    import pickle

    doc = tmp_path / "type56.txt"
    doc.write_text(TEXT, encoding="utf-8")
    cache = tmp_path / "cache"
    first = _extract_in_a_new_process(doc, cache)
    kept = next(cache.glob("lexicon-en-*.pickle"))
    language = pickle.loads(kept.read_bytes())
    delattr(language, "into_after")   # as written by a process of older code under this code's key
    kept.write_bytes(pickle.dumps(language))
    assert _extract_in_a_new_process(doc, cache) == first
    assert hasattr(pickle.loads(kept.read_bytes()), "into_after")
