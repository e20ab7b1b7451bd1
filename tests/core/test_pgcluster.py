"""The throwaway PostgreSQL cluster: databases dropped as tests end, and a stop that takes seconds."""

from __future__ import annotations

import time

import pytest

from copytrace.registry import Registry
from tests.pgcluster import Cluster, find_binaries


def test_a_cluster_with_dropped_databases_stops_in_seconds(tmp_path_factory: pytest.TempPathFactory) -> None:
    bindir = find_binaries()
    if bindir is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) on this machine")
    cluster = Cluster.start(bindir)
    store = tmp_path_factory.mktemp("store")
    try:
        left_open = []
        for i in range(8):
            url = cluster.create_database(f"drop{i}")
            registry = Registry.open(url, store=str(store))
            left_open.append(registry)  # a test that forgot to close its registry does not block the drop
            cluster.drop_database(f"drop{i}")
        remaining = sorted(cluster.created)
    finally:
        started = time.perf_counter()
        cluster.stop()
        took = time.perf_counter() - started
    for registry in left_open:
        registry.engine.pool.dispose()
    assert (remaining, took < 5, cluster.root.exists()) == ([], True, False)
