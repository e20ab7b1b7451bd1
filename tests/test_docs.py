"""The docs match the code: every command and setting is documented; the README's commands run in CI."""

import re
from pathlib import Path

import typer.main

from copytrace.cli import app
from copytrace.settings import SETTINGS

ROOT = Path(__file__).parents[1]


def _commands() -> list[str]:
    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def test_every_command_is_documented() -> None:
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    missing = [name for name in _commands() if not re.search(rf"^### copytrace {re.escape(name)}\b", docs, re.M)]
    assert missing == []


def test_every_setting_is_documented() -> None:
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert [s.env for s in SETTINGS if f"`{s.env}`" not in docs] == []


def test_every_environment_variable_the_code_reads_is_documented() -> None:
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    used = {m for path in (ROOT / "src").rglob("*.py")
            for m in re.findall(r"COPYTRACE_[A-Z][A-Z_]*[A-Z](?![A-Z_*])", path.read_text(encoding="utf-8"))}
    assert sorted(v for v in used if f"`{v}`" not in docs) == []


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"^```\n(python3 -m venv .+)\n```", readme, re.M)
    assert len(commands) == 2
    assert "copytrace demo" in commands[0]
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
