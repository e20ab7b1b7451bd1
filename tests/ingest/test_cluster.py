"""Ingest through a real Dask scheduler and two worker processes on loopback (``ingest --cluster``).

The same 200 documents go through a local batch and through the cluster, into SQLite and PostgreSQL: the
registry must hold the same documents and the same candidate statements. A worker killed mid-batch must
cost nothing: every document is stored, none twice, and a rerun stores nothing.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from copytrace.ingest import IngestConfig, Outcome, ingest
from copytrace.ingest.cluster import ingest_on_cluster
from copytrace.registry import Registry
from tests.ingest.corpus import TEMPLATES

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

DOCUMENTS = 200
PRODUCTS = ["AKM", "Type 56", "PM md. 63", "M70", "Tantal", "Valmet Rk 62", "Galil", "R4", "AK-74", "MiG-21"]
MAKERS = ["Zastava Arms", "Norinco", "Cugir", "Łucznik", "Valmet", "Israel Weapon Industries", "Lyttleton"]
ENGLISH = ["The {p} is a licensed copy of the AKM, made by {m} in its own works from {y}.",
           "{m} built the {p} without a licence, and it was exported to Iraq from {y}."]
CONFIG = IngestConfig(workers=2, max_size=1_000_000)


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 small unique documents, half in English (with facts to find), half in the corpus's other languages."""
    folder = tmp_path_factory.mktemp("cluster-corpus")
    rnd = random.Random(17)
    for n in range(DOCUMENTS):
        language = "en" if n % 2 == 0 else rnd.choice(sorted(TEMPLATES))
        lines = ENGLISH if language == "en" else TEMPLATES[language]
        text = " ".join(line.format(p=rnd.choice(PRODUCTS), m=rnd.choice(MAKERS), y=1950 + n % 40)
                        for line in lines)
        (folder / f"{n:03d}_{language}.txt").write_text(f"Report {n}\n\n{text}\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a real scheduler with two worker processes (one thread each), on loopback."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def _contents(registry: Registry) -> tuple[set[str], set[str]]:
    """The stored documents' ids and the candidate statements' ids."""
    return ({d.id for d in registry.documents(status="all")},
            {s.id for s in registry.statements(origin="extracted")})


@pytest.fixture(scope="module")
def local_run(documents: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[set[str], set[str]]:
    """What a local batch stores from the same documents."""
    folder = tmp_path_factory.mktemp("local-run")
    with Registry.open(str(folder / "registry.db"), store=str(folder / "store")) as registry:
        report = ingest(registry, [documents], config=CONFIG)
        assert report.statuses["added"] == DOCUMENTS
        return _contents(registry)


def test_cluster_stores_what_a_local_batch_stores(registry: Registry, scheduler: str, documents: Path,
                                                  local_run: tuple[set[str], set[str]]) -> None:
    report = ingest_on_cluster(registry, scheduler, [documents], config=CONFIG)
    assert (report.statuses["added"], report.ok) == (DOCUMENTS, True)
    docs, statements = _contents(registry)
    assert len(local_run[1]) > DOCUMENTS // 2   # the documents do state facts
    assert (docs, statements) == local_run


def test_a_worker_killed_mid_batch_loses_and_duplicates_nothing(sqlite_registry: Registry, scheduler: str,
                                                                 documents: Path,
                                                                 local_run: tuple[set[str], set[str]]) -> None:
    with distributed.Client(scheduler) as client:
        victim = next(iter(client.run(os.getpid).values()))
        seen: list[Outcome] = []

        def kill_once(outcome: Outcome) -> None:
            seen.append(outcome)
            if len(seen) == DOCUMENTS // 4:
                os.kill(victim, signal.SIGKILL)   # the nanny starts a new worker; its tasks go elsewhere

        report = ingest_on_cluster(sqlite_registry, scheduler, [documents], config=CONFIG, listener=kill_once)
        assert victim not in client.run(os.getpid).values()
    assert sorted(o.source for o in seen) == sorted(str(p) for p in documents.iterdir())
    assert (report.statuses["added"], report.ok) == (DOCUMENTS, True)
    assert _contents(sqlite_registry) == local_run
    again = ingest_on_cluster(sqlite_registry, scheduler, [documents], config=CONFIG)
    assert again.statuses["unchanged"] == DOCUMENTS
    assert _contents(sqlite_registry) == local_run


def test_a_missing_dask_extra_is_named_in_one_line(tmp_path: Path, documents: Path) -> None:
    # As if the extra were not installed: importing distributed fails.
    code = ("import sys; sys.modules['distributed'] = None; sys.argv[0] = 'copytrace'; "
            "from copytrace.cli import main; main()")
    env = {**os.environ, "COPYTRACE_DB": str(tmp_path / "r.db"), "COPYTRACE_STORE": str(tmp_path / "store")}
    done = subprocess.run([sys.executable, "-c", code, "ingest", str(documents), "--cluster", "local:1"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == ["error: --cluster needs the dask extra: pip install 'copytrace[dask]'"]
