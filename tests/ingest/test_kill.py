"""Crash safety: kill -9 a real ``copytrace ingest`` mid-batch, twice, then rerun to the end.

Every document must end up stored exactly once, the database must pass its integrity check and
``copytrace verify`` (audit chain and every blob against its SHA-256) must pass.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from copytrace import settings
from copytrace.registry.tables import documents
from tests.ingest.corpus import build_corpus

COPYTRACE = str(Path(sys.executable).with_name("copytrace"))


def _count(url: str) -> int:
    engine = create_engine(settings.database_url(url))
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(documents)).scalar_one())
    except Exception:  # the first run may not have created the table yet
        return 0
    finally:
        engine.dispose()


def _start(folder: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    # A session of its own, so the kill reaches the workers too, as a real crash would.
    return subprocess.Popen([COPYTRACE, "ingest", str(folder), "--workers", "2"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def _kill_when(process: subprocess.Popen[bytes], url: str, at_least: int, timeout: float = 120) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        stored = _count(url)
        if stored >= at_least:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            return stored
        time.sleep(0.05)
    pytest.fail(f"ingest finished or stalled before {at_least} documents were stored")


@pytest.mark.slow
def test_kill_9_mid_batch_then_rerun_stores_everything_exactly_once(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    expected = build_corpus(folder, seed=11)
    env = {**os.environ, "COPYTRACE_DB": db_url, "COPYTRACE_STORE": str(tmp_path / "store"),
           "COPYTRACE_ACTOR": "kill-test", "COPYTRACE_MAX_SIZE": "1MB"}
    first = _kill_when(_start(folder, env), db_url, 20)
    second = _kill_when(_start(folder, env), db_url, first + 40)
    assert first < second < len(expected)
    final = subprocess.run([COPYTRACE, "ingest", str(folder), "--workers", "2"], env=env, capture_output=True,
                           text=True, timeout=600)
    assert final.returncode == 0, final.stderr[-2000:]
    engine = create_engine(settings.database_url(db_url))
    with engine.connect() as conn:
        sources = conn.execute(select(documents.c.source)).scalars().all()
        if engine.dialect.name == "sqlite":
            assert conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
    engine.dispose()
    assert sorted(sources) == sorted(str(item.path.resolve()) for item in expected)
    verify = subprocess.run([COPYTRACE, "verify"], env=env, capture_output=True, text=True, timeout=300)
    assert verify.returncode == 0, verify.stdout + verify.stderr
