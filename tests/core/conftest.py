"""A registry per test module and backend, for the read-only checks of a loaded pack (loading a pack once
per module, not once per test, keeps these tests fast)."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

from copytrace.registry import Registry

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
