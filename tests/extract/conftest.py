"""Fixtures for the extraction tests: one extractor for the session (building it takes a second)."""

from __future__ import annotations

from pathlib import Path

import pytest

from copytrace.extract import CandidateFact, Extractor

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "tests" / "data" / "gold"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


def facts_of(extractor: Extractor, text: str, lang: str | None = None) -> set[tuple[str, str, str]]:
    """(subject, relation, object) triples read from ``text``."""
    return {(f.subject, f.relation, f.object) for f in extractor.extract_text(text, "t.txt", lang)}


def all_facts(extractor: Extractor, text: str, lang: str | None = None) -> list[CandidateFact]:
    return extractor.extract_text(text, "t.txt", lang)
