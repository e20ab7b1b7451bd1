"""What a batch tells while it runs: each input's stages in the workers, and the processes' peak memory."""

from __future__ import annotations

from pathlib import Path

from copytrace.ingest import IngestConfig, ingest
from copytrace.registry import Registry

GOOD = "The Type 56 rifle is made in China by Norinco, the factory records say."


def _inputs(folder: Path) -> Path:
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def test_each_input_is_read_then_extracted_in_a_worker(sqlite_registry: Registry, tmp_path: Path) -> None:
    stages: list[tuple[str, str]] = []
    ingest(sqlite_registry, [_inputs(tmp_path / "in")], config=IngestConfig(workers=1),
           on_stage=lambda source, stage: stages.append((Path(source).name, stage)))
    # The empty file is rejected in the worker before there is anything to extract from.
    assert stages == [("empty.txt", "reading"), ("good.txt", "reading"), ("good.txt", "extracting")]


def test_without_extraction_there_is_no_extracting_stage(sqlite_registry: Registry, tmp_path: Path) -> None:
    stages: list[str] = []
    ingest(sqlite_registry, [_inputs(tmp_path / "in")], config=IngestConfig(workers=1, extract=False),
           on_stage=lambda source, stage: stages.append(stage))
    assert stages == ["reading", "reading"]


def test_the_report_gives_the_peak_memory_of_the_batch_and_its_workers(sqlite_registry: Registry,
                                                                       tmp_path: Path) -> None:
    report = ingest(sqlite_registry, [_inputs(tmp_path / "in")], config=IngestConfig(workers=1))
    # Each is at least a Python interpreter with the ingest code loaded (tens of MB); a worker is far below its
    # 1 GB limit. (The batch's own figure is this test process's, over its life: only its presence is checked.)
    parent, worker = report.peak_rss_parent or 0, report.peak_rss_workers or 0
    assert (parent > 10_000_000, 10_000_000 < worker < 1_000_000_000) == (True, True), (parent, worker)
