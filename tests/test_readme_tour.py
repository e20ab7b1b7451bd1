"""The README's short tour, command by command, on a fresh demo registry: what a newcomer types must work.

The tour's placeholders stand for the user's own files (``~/articles``, ``article.txt``); the test gives them
a folder and a file it writes. ``copytrace serve`` is not started (it runs until stopped): the user it needs is
added, which is the part that can fail.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copytrace.cli import app

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ("The Type 56 is a Chinese copy of the AK-47, made by Norinco since 1956. "
           "Poland built the AKM under a Soviet licence.")


def tour_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## A short tour", 1)[1].split("```", 2)[1]
    commands: list[str] = []
    for line in block.splitlines():
        line = re.sub(r"\s+#\s.*$", "", line).strip()
        for part in line.split("&&"):
            part = part.strip()
            if part.startswith("copytrace "):
                commands.append(part)
    return commands


def test_the_tour_has_the_commands_it_promises() -> None:
    names = {shlex.split(c)[1] for c in tour_commands()}
    assert {"lineage", "show", "search", "verify", "ingest", "extract", "status", "explain", "dossier",
            "export", "load-pack"} <= names


def test_every_tour_command_runs_on_the_demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    built = runner.invoke(app, ["demo"], env={"COLUMNS": "160"})
    assert built.exit_code == 0, built.output
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "note.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    env = {"COPYTRACE_DB": "copytrace-demo/registry.db", "COPYTRACE_PASSWORD": "a long enough test password",
           "COLUMNS": "160"}
    for command in tour_commands():
        args = shlex.split(command)[1:]
        if args[0] == "serve":
            continue   # runs until stopped; the user it needs was added by the command before it
        args = [str(tmp_path / "articles") if a == "~/articles" else a for a in args]
        result = runner.invoke(app, args, env=env)
        assert result.exit_code == 0, f"{command}\n{result.output}"
        assert "Traceback" not in result.output, command
