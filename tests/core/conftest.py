"""A registry per test module and backend, for the read-only checks of a loaded pack (loading a pack once
per module, not once per test, keeps these tests fast)."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from copytrace.cli import app
from copytrace.registry import Registry
from copytrace.registry.users import User, add_session, add_token, add_user

MINI = str(Path(__file__).parents[1] / "data" / "mini.yaml")

_counter = itertools.count()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def module_registry(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Registry]:
    base = tmp_path_factory.mktemp("packs")
    name = f"m{os.getpid()}_{next(_counter)}"
    if request.param == "sqlite":
        url = str(base / "registry.db")
    else:
        url = request.getfixturevalue("pg_cluster").create_database(name)
    with Registry.open(url, store=str(base / "store")) as registry:
        yield registry
    if request.param == "postgresql":
        request.getfixturevalue("pg_cluster").drop_database(name)


def mini_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, columns: int) -> Callable[..., Any]:
    """A command line on a SQLite registry in tmp_path holding the mini pack, printing ``columns`` wide:
    ``invoke("show", "AIM", env={...})``."""
    monkeypatch.setenv("COPYTRACE_DB", str(tmp_path / "registry.db"))
    monkeypatch.setenv("COPYTRACE_ACTOR", "tester")
    monkeypatch.setenv("COLUMNS", str(columns))
    runner = CliRunner()
    assert runner.invoke(app, ["load-pack", MINI]).exit_code == 0

    def invoke(*args: str, env: dict[str, str] | None = None) -> Any:
        return runner.invoke(app, list(args), env=env)

    return invoke


# -- an account with a session and an API token (the caller reads' tests) -------------------------

SESSION = "s" * 64
TOKEN = "ab" * 32


def later(days: int = 1) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).isoformat(timespec="microseconds")


@pytest.fixture
def alice(registry: Registry) -> User:
    """An analyst with a session (``SESSION``, CSRF token "csrf-of-alice") and an API token (``TOKEN``)."""
    user = add_user(registry, "alice", "hash", "analyst", actor="setup")
    add_session(registry, user, SESSION, "csrf-of-alice", later())
    add_token(registry, user, TOKEN, "script", actor="setup")
    return user
