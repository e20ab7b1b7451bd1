"""Per-document memory and time limits in the workers: the document is rejected, the batch goes on."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from copytrace.ingest import IngestConfig, ingest
from copytrace.registry import Registry

HOG = "tests.ingest.hog_extract:extract_text"
GOOD = "The licensed copy was made at the north works from 1963, the records say, until the line closed."


def _docs(folder: Path, **texts: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(f"{GOOD} {text}", encoding="utf-8")
    return folder


def _reasons(registry: Registry) -> dict[str, str]:
    return {Path(r.source).stem: r.reason for r in registry.rejections()}


def test_a_document_over_the_time_limit_is_rejected_and_the_batch_goes_on(
        sqlite_registry: Registry, tmp_path: Path) -> None:
    folder = _docs(tmp_path / "docs", a_slow="HOG-SLEEP", b_good="", c_good="Second good one.")
    started = time.monotonic()
    report = ingest(sqlite_registry, [folder], config=IngestConfig(workers=1, extractor=HOG, doc_timeout_s=2))
    assert time.monotonic() - started < 30
    assert (report.statuses["added"], _reasons(sqlite_registry)) == (2, {"a_slow": "took longer than 2 s"})


def test_a_document_over_the_memory_limit_is_rejected_and_its_worker_replaced(
        sqlite_registry: Registry, tmp_path: Path) -> None:
    folder = _docs(tmp_path / "docs", a_hog="HOG-MEMORY", b_good="", c_good="Another good one.")
    report = ingest(sqlite_registry, [folder], config=IngestConfig(workers=2, extractor=HOG))
    assert (report.statuses["added"], _reasons(sqlite_registry)) == (2, {"a_hog": "needed more than 1 GB"})


def test_a_worker_that_dies_costs_only_its_own_document(sqlite_registry: Registry, tmp_path: Path) -> None:
    folder = _docs(tmp_path / "docs", a_crash="HOG-CRASH", b_good="", c_good="Another good one.")
    report = ingest(sqlite_registry, [folder], config=IngestConfig(workers=1, extractor=HOG))
    assert report.statuses["added"] == 2
    assert _reasons(sqlite_registry) == {"a_crash": "crashed the document parser (worker process died, SIGSEGV)"}


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return True
    return state in ("Z", "X")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_die_with_their_parent(tmp_path: Path) -> None:
    pidfile = tmp_path / "worker.pid"
    folder = _docs(tmp_path / "docs", slow=f"HOG-SLEEP pidfile={pidfile}")
    script = textwrap.dedent(f"""
        from pathlib import Path
        from copytrace.ingest import IngestConfig, ingest
        from copytrace.registry import Registry
        with Registry.open({str(tmp_path / "registry.db")!r}, store={str(tmp_path / "store")!r}) as registry:
            ingest(registry, [Path({str(folder)!r})], config=IngestConfig(workers=1, extractor={HOG!r}))
    """)
    parent = subprocess.Popen([sys.executable, "-c", script], cwd=Path(__file__).parents[2])
    try:
        deadline = time.monotonic() + 30
        while not pidfile.exists() or not pidfile.read_text():
            assert time.monotonic() < deadline and parent.poll() is None, "the worker never started"
            time.sleep(0.05)
        worker = int(pidfile.read_text())
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 10
        while not _gone(worker) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _gone(worker)
    finally:
        parent.kill()
        parent.wait()


def test_limits_come_from_the_command_line(invoke, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _docs(tmp_path / "docs", note="")
    assert invoke("ingest", str(tmp_path / "docs"), "--workers", "1", "--max-memory", "2GB",
                  "--timeout", "30").exit_code == 0
    small = invoke("ingest", str(tmp_path / "docs"), "--max-memory", "10MB")
    assert small.exit_code == 2 and "too small" in small.output


def test_a_tiny_time_limit_rejects_with_the_limit_in_the_reason(invoke, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _docs(tmp_path / "docs", note="")
    # No document is read, decoded, checked for language and extracted in a thousandth of a second.
    result = invoke("ingest", str(tmp_path / "docs"), "--workers", "1", "--timeout", "0.001")
    assert result.exit_code == 1
    assert "note.txt: took longer than 0.001 s" in result.output
