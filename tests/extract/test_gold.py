"""Precision and recall on the gold sets; CI fails when they drop below what we measured."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from copytrace.extract.evaluate import evaluate, report_lines
from tests.extract.conftest import GOLD_DIR, SHARED

# Set from measurements (see the extract section of the CHANGELOG); raise them as rules improve.
GOLD_MIN_PRECISION = 0.94
GOLD_MIN_RECALL = 0.92
SEEDS_MIN_PRECISION = 0.95
SEEDS_MIN_RECALL = 0.95


def test_own_gold_set(extractor: Extractor) -> None:
    result = evaluate(GOLD_DIR / "gold.jsonl", GOLD_DIR / "docs", extractor)
    report = "\n".join(report_lines(result))
    assert not result.ungrounded, report
    assert result.precision >= GOLD_MIN_PRECISION, report
    assert result.recall >= GOLD_MIN_RECALL, report


def test_shared_seeds(extractor: Extractor) -> None:
    gold = SHARED / "eval" / "gold_seeds.jsonl"
    if not gold.exists():
        pytest.skip(f"no shared seeds gold at {gold} (the ../shared folder is absent)")
    result = evaluate(gold, SHARED / "seeds", extractor)
    report = "\n".join(report_lines(result))
    assert not result.ungrounded, report
    assert result.precision >= SEEDS_MIN_PRECISION, report
    assert result.recall >= SEEDS_MIN_RECALL, report
