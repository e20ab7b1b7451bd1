"""Over two hundred hostile inputs ingested as one batch beside twenty good documents (tests/ingest/hostile.py).

Every hostile input gets one printable line saying what happened to it, the batch goes on to the
end, the good documents are stored with the facts found in them, and neither the batch's process
nor any worker holds more than 1.2 GB resident (the peaks the batch's report gives).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import NamedTuple

import pytest

from copytrace.ingest import IngestConfig, IngestReport, Outcome, ingest
from copytrace.printable import printable
from copytrace.registry import Registry
from tests.ingest.hostile import STORED, SUITE_MAX_SIZE, build_suite

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="FIFOs, /dev/zero, RLIMIT_AS")


class Ingested(NamedTuple):
    fates: dict[str, str]  # what each file should come to
    outcomes: dict[str, Outcome]  # what it came to
    elapsed: float
    report: IngestReport


@pytest.fixture(scope="module")
def suite(tmp_path_factory: pytest.TempPathFactory) -> Ingested:
    """The suite ingested once."""
    folder = tmp_path_factory.mktemp("hostile-suite")
    fates = build_suite(folder / "in")
    outcomes: dict[str, Outcome] = {}
    started = time.monotonic()
    with Registry.open(str(folder / "registry.db"), store=str(folder / "store")) as registry:
        report = ingest(registry, [folder / "in"], config=IngestConfig(workers=2, max_size=SUITE_MAX_SIZE),
                        listener=lambda outcome: outcomes.update({Path(outcome.source).name: outcome}))
    return Ingested(fates, outcomes, time.monotonic() - started, report)


def _fate(outcome: Outcome | None) -> str | None:
    if outcome is None:
        return None
    return STORED if outcome.status in ("added", "unchanged") else outcome.reason


def test_the_suite_has_over_two_hundred_hostile_cases(suite: Ingested) -> None:
    fates = suite.fates
    assert sum(1 for name in fates if not name.startswith("good-")) >= 200


def test_each_input_comes_to_its_fate(suite: Ingested) -> None:
    fates, outcomes = suite.fates, suite.outcomes
    came = {name: _fate(outcomes.get(name)) or "" for name in fates}
    assert {name: (fate, came[name]) for name, fate in fates.items() if fate not in came[name]} == {}


def test_each_line_is_one_printable_line(suite: Ingested) -> None:
    outcomes = suite.outcomes
    lines = [outcome.line() for outcome in outcomes.values()]
    assert [line for line in lines if printable(line) != line or "\n" in line] == []


def test_the_good_documents_are_stored_with_their_facts(
        suite: Ingested) -> None:
    outcomes = suite.outcomes
    good = {name: (o.status, o.statements > 0) for name, o in outcomes.items() if name.startswith("good-")}
    assert good == {f"good-{n:02d}.txt": ("added", True) for n in range(20)}


def test_the_batch_is_quick_and_no_process_passes_1_2_gb_resident(suite: Ingested) -> None:
    # The parent's figure is this test process's peak over its whole life, so it bounds the batch's too.
    peaks_mb = [(peak or 0) / 1e6 for peak in (suite.report.peak_rss_parent, suite.report.peak_rss_workers)]
    assert (suite.elapsed < 120, [0 < peak < 1200 for peak in peaks_mb]) == (True, [True, True]), \
        (suite.elapsed, peaks_mb)
