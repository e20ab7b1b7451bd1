"""The command line starts fast: --help loads no registry, a command loads only its own module, and
opening a registry that is up to date does without Alembic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import typer.main
from typer.testing import CliRunner

from copytrace.cli import app
from copytrace.cli.app import COMMANDS
from copytrace.registry.engine import head_revision

MINI = str(Path(__file__).parents[1] / "data" / "mini.yaml")


def test_the_lazy_command_table_matches_the_commands() -> None:
    # The tests import every command module (tests/conftest.py), so the group holds them all.
    group = typer.main.get_command(app)
    commands = group.commands  # type: ignore[attr-defined]
    assert list(COMMANDS) == [n for n in COMMANDS if n in commands] and set(commands) == set(COMMANDS)
    for name, (module, summary) in COMMANDS.items():
        command = commands[name]
        assert " ".join((command.help or "").split("\n\n")[0].split()) == summary, name
        defined_in = command.callback.__module__ if command.callback else None
        if defined_in not in (None, "typer.main"):   # a group has no callback of ours
            assert defined_in == f"copytrace.cli.{module}", name


def _modules_after(args: list[str], watched: list[str]) -> tuple[str, list[str]]:
    code = ("import sys\nfrom copytrace.cli import main\nsys.argv = ['copytrace', *sys.argv[1:]]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            f"print('LOADED', sorted(m for m in {watched!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True,
                          env={"COLUMNS": "100", "PATH": "/usr/bin:/bin"})
    out, _, loaded = done.stdout.rpartition("LOADED ")
    return out, eval(loaded)


def test_help_lists_every_command_without_loading_the_registry() -> None:
    out, loaded = _modules_after(["--help"], ["sqlalchemy", "alembic", "copytrace.registry",
                                              "copytrace.cli.registry_cmds"])
    assert loaded == []
    assert all(f"  {name} " in out for name in COMMANDS)


def test_show_loads_neither_alembic_nor_other_commands(tmp_path: Path) -> None:
    db = str(tmp_path / "registry.db")
    assert CliRunner().invoke(app, ["load-pack", MINI, "--db", db, "--actor", "tester"]).exit_code == 0
    out, loaded = _modules_after(["show", "AKM", "--db", db],
                                 ["alembic", "copytrace.cli.registry_cmds", "copytrace.cli.ingest_cmds",
                                  "copytrace.reason.explain", "copytrace.ingest", "copytrace.demo"])
    assert "AKM" in out and "derived_from" in out
    assert loaded == ["copytrace.cli.registry_cmds"]


def test_the_head_revision_read_without_alembic_is_alembics() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from copytrace.registry import engine

    config = Config()
    config.set_main_option("script_location", str(Path(engine.__file__).parent / "migrations"))
    assert head_revision() == ScriptDirectory.from_config(config).get_current_head()
