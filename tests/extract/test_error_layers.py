"""scripts/error_layers.py: the facts a set's extraction misses and gets wrong, counted by layer, through its command
line; the development set is never listed fact by fact."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.extract.conftest import SHARED

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "error_layers.py"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=600)


def test_the_seeds_misses_and_wrong_facts_add_up_to_the_scorers_counts() -> None:
    gold = SHARED / "eval" / "gold_seeds.jsonl"
    if not gold.exists():
        pytest.skip(f"no gold file at {gold} (the ../shared folder is absent)")
    counts = _run(str(gold), str(SHARED / "seeds"))
    listed = _run(str(gold), str(SHARED / "seeds"), "--show")
    assert counts.returncode == 0 and listed.returncode == 0, counts.stderr + listed.stderr
    missed = int(counts.stdout.split("missed ")[1].split(":")[0])
    wrong = int(counts.stdout.split("wrong ")[1].split(":")[0])
    # (each fact counted is listed once with its layer; the layers' counts add up to the total)
    assert listed.stdout.count("\nMISSED ") + listed.stdout.startswith("MISSED ") == missed
    assert listed.stdout.count("\nWRONG ") == wrong
    layers = [line for line in counts.stdout.splitlines() if line.startswith("  ")]
    assert sum(int(line.split()[0]) for line in layers) == missed + wrong


def test_the_development_set_is_never_listed() -> None:
    result = _run(str(SHARED / "eval" / "dev" / "gold.jsonl"), str(SHARED / "eval" / "dev"), "--show")
    assert result.returncode == 2
    assert "never read" in result.stderr
    assert "MISSED" not in result.stdout
