"""Over two hundred hostile inputs ingested as one batch beside twenty good documents (tests/ingest/hostile.py).

Every hostile input gets one printable line saying what happened to it, the batch goes on to the
end, and the good documents are stored with the facts found in them.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

import pytest

from copytrace.ingest import IngestConfig, Outcome, ingest
from copytrace.printable import printable
from copytrace.registry import Registry
from tests.ingest.hostile import STORED, SUITE_MAX_SIZE, build_suite

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="FIFOs, /dev/zero, RLIMIT_AS")


@pytest.fixture(scope="module")
def suite(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], dict[str, Outcome], float]:
    """The suite ingested once: what each file should come to, what it came to, and how long it took."""
    folder = tmp_path_factory.mktemp("hostile-suite")
    fates = build_suite(folder / "in")
    outcomes: dict[str, Outcome] = {}
    started = time.monotonic()
    with Registry.open(str(folder / "registry.db"), store=str(folder / "store")) as registry:
        ingest(registry, [folder / "in"], config=IngestConfig(workers=2, max_size=SUITE_MAX_SIZE),
               listener=lambda outcome: outcomes.update({Path(outcome.source).name: outcome}))
    return fates, outcomes, time.monotonic() - started


def _fate(outcome: Outcome | None) -> str | None:
    if outcome is None:
        return None
    return STORED if outcome.status in ("added", "unchanged") else outcome.reason


def test_the_suite_has_over_two_hundred_hostile_cases(suite: tuple[dict[str, str], dict[str, Outcome], float]) -> None:
    fates, _outcomes, _elapsed = suite
    assert sum(1 for name in fates if not name.startswith("good-")) >= 200


def test_each_input_comes_to_its_fate(suite: tuple[dict[str, str], dict[str, Outcome], float]) -> None:
    fates, outcomes, _elapsed = suite
    came = {name: _fate(outcomes.get(name)) or "" for name in fates}
    assert {name: (fate, came[name]) for name, fate in fates.items() if fate not in came[name]} == {}


def test_each_line_is_one_printable_line(suite: tuple[dict[str, str], dict[str, Outcome], float]) -> None:
    _fates, outcomes, _elapsed = suite
    lines = [outcome.line() for outcome in outcomes.values()]
    assert [line for line in lines if printable(line) != line or "\n" in line] == []


def test_the_good_documents_are_stored_with_their_facts(
        suite: tuple[dict[str, str], dict[str, Outcome], float]) -> None:
    _fates, outcomes, _elapsed = suite
    good = {name: (o.status, o.statements > 0) for name, o in outcomes.items() if name.startswith("good-")}
    assert good == {f"good-{n:02d}.txt": ("added", True) for n in range(20)}


def test_the_batch_is_quick_and_the_parent_stays_small(
        suite: tuple[dict[str, str], dict[str, Outcome], float]) -> None:
    _fates, _outcomes, elapsed = suite
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert (elapsed < 120, peak_mb < 1200) == (True, True), (elapsed, peak_mb)
