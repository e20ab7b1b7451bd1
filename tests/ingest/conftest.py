"""Fixtures for the ingest tests: the generated corpus and the hostile inputs, written once per session."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from copytrace.ingest import IngestConfig
from copytrace.registry import Registry
from tests.ingest.corpus import Expected, build_corpus, build_hostile

# Small enough that huge.txt (1.4 MB) is over it, large enough for every corpus file.
TEST_MAX_SIZE = 1_000_000


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Expected]]:
    folder = tmp_path_factory.mktemp("corpus")
    return folder, build_corpus(folder)


@pytest.fixture(scope="session")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("hostile")
    return folder, build_hostile(folder)


@pytest.fixture
def config() -> IngestConfig:
    return IngestConfig(max_size=TEST_MAX_SIZE, workers=1)


@pytest.fixture
def sqlite_registry(tmp_path: Path) -> Iterator[Registry]:
    """A registry on a real SQLite file only, for tests of ingest itself rather than of storage."""
    with Registry.open(str(tmp_path / "registry.db"), store=str(tmp_path / "store")) as registry:
        yield registry


def count_transactions(registry: Registry, monkeypatch: pytest.MonkeyPatch) -> Callable[[], int]:
    """Count the transactions ``registry`` opens from now on (each still opened by the registry itself): the
    returned function says how many so far."""
    opened = 0
    begin = registry.transaction

    def counting() -> Any:
        nonlocal opened
        opened += 1
        return begin()

    monkeypatch.setattr(registry, "transaction", counting)
    return lambda: opened
