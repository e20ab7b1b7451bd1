"""Shared fixtures: every registry test runs on a real SQLite file and on a real PostgreSQL."""

from __future__ import annotations

import gc
import itertools
import os
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from copytrace.cli import app
from copytrace.cli import commands as _commands  # noqa: F401  (registers the commands)
from copytrace.registry import Registry
from tests.llmserver import FakeLLM, fake_llm
from tests.pgcluster import Cluster, find_binaries

_counter = itertools.count()

# property tests assert what holds, never how fast: hypothesis's 200 ms deadline per example failed them on a loaded
# machine (speed is measured by benchmarks/)
settings.register_profile("copytrace", deadline=None)
settings.load_profile("copytrace")


@pytest.fixture(autouse=True)
def english_interface(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests read English output whatever the machine's locale; the language tests choose theirs."""
    for name in ("LC_ALL", "LC_MESSAGES", "COPYTRACE_LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")  # English, and still UTF-8 for the processes tests start


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    bindir = find_binaries()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("CI must run the PostgreSQL tests, but no PostgreSQL server binaries were found")
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) on this machine: "
                    "install Debian's 'postgresql' package to run the PostgreSQL tests")
    cluster = Cluster.start(bindir)
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty registry location on each backend (a PostgreSQL database is dropped after the test)."""
    if request.param == "sqlite":
        yield str(tmp_path / "registry.db")
        return
    cluster: Cluster = request.getfixturevalue("pg_cluster")
    name = f"t{os.getpid()}_{next(_counter)}"
    yield cluster.create_database(name)
    cluster.drop_database(name)


@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """After a PostgreSQL test has torn down, collect its unreachable client connections at once.

    A pooled connection still checked out when a test's registry closed (a page thread, a warming
    task) is ended on the server side when the test's database is dropped; its client object would
    otherwise be garbage-collected during some later test, which then fails on psycopg's
    ResourceWarning under ``filterwarnings = error``. Collected here, that warning is expected.
    """
    yield
    if "postgresql" in item.name:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            gc.collect()


@pytest.fixture
def registry(db_url: str, tmp_path: Path) -> Iterator[Registry]:
    with Registry.open(db_url, store=str(tmp_path / "store")) as reg:
        yield reg


@pytest.fixture
def cli(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """A CLI runner whose commands use this test's registry (through the documented variables)."""
    monkeypatch.setenv("COPYTRACE_DB", db_url)
    monkeypatch.setenv("COPYTRACE_STORE", str(tmp_path / "store"))
    monkeypatch.setenv("COPYTRACE_ACTOR", "tester")
    monkeypatch.setenv("COLUMNS", "160")
    return CliRunner()


@pytest.fixture
def invoke(cli: CliRunner):  # type: ignore[no-untyped-def]
    """Run a copytrace command line and return the result (output holds stdout and stderr)."""

    def run(*args: str):  # type: ignore[no-untyped-def]
        return cli.invoke(app, list(args))

    return run


@pytest.fixture
def server() -> Iterator[FakeLLM]:
    """A fake OpenAI-compatible chat-completions server on loopback (tests/llmserver.py), for the llm engine."""
    with fake_llm() as running:
        yield running
