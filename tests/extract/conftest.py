"""Fixtures for the extraction tests: one extractor for the session (building it takes a second)."""

from __future__ import annotations

from pathlib import Path

import pytest

from copytrace.extract import CandidateFact, Extractor, lexicon
from copytrace.extract.match import match_fold
from copytrace.extract.resolve import Names, family_records, pack_records

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "tests" / "data" / "gold"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def full_extractor() -> Extractor:
    """The extractor with every shipped pack, under a name a module that overrides ``extractor`` can still ask."""
    return Extractor()


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def small_extractor() -> Extractor:
    """An extractor that knows only the Kalashnikov and RPG-7 packs: the behaviour tests speak of names of their
    own, and a pack that comes to know one (its canonical spelling, "PT-91 Twardy") must not change them."""
    return Extractor(Names(pack_records(["countries", "kalashnikov", "rpg7"]), family_records()))


def facts_of(extractor: Extractor, text: str, lang: str | None = None) -> set[tuple[str, str, str]]:
    """(subject, relation, object) triples read from ``text``."""
    return {(f.subject, f.relation, f.object) for f in extractor.extract_text(text, "t.txt", lang)}


def all_facts(extractor: Extractor, text: str, lang: str | None = None) -> list[CandidateFact]:
    return extractor.extract_text(text, "t.txt", lang)


def cue_classes_of(code: str, word: str) -> set[str]:
    """The cue classes whose entries match the whole word in a language (with its related languages' words)."""
    found = lexicon.language(code).matcher.find(word, match_fold(word), 0)
    return {m.phrase.cls for m in found if m.start == 0 and m.end == len(word)}
