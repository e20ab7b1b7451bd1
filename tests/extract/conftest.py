"""Fixtures for the extraction tests: one extractor for the session (building it takes a second)."""

from __future__ import annotations

from pathlib import Path

import pytest

from copytrace.extract import CandidateFact, Extractor, lexicon
from copytrace.extract.match import Phrase, match_fold
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


def objects(facts: set[tuple[str, str, str]], relation: str) -> list[str]:
    """The objects of one relation among (subject, relation, object) triples."""
    return [o for _, r, o in facts if r == relation]


def all_facts(extractor: Extractor, text: str, lang: str | None = None) -> list[CandidateFact]:
    return extractor.extract_text(text, "t.txt", lang)


def assert_read(facts: set[tuple[str, str, str]], present: tuple[str, str, str] | None,
                absent: tuple[str, str, str] | None) -> None:
    """A triple the text states is among ``facts`` and one it does not state is not (either may be None)."""
    assert present is None or present in facts, facts
    assert absent is None or absent not in facts, facts


def assert_states(facts: set[tuple[str, str, str]], expected: list[tuple[str, str, str]], text: str) -> None:
    """Every expected triple is among ``facts``; an alias may be read in either direction."""
    for subject, relation, obj in expected:
        if relation == "alias_of":
            assert (subject, relation, obj) in facts or (obj, relation, subject) in facts, (text, facts)
        else:
            assert (subject, relation, obj) in facts, (text, facts)


def assert_reaches(facts: list[CandidateFact], subject: str, relation: str, obj: str) -> None:
    """Some fact of ``relation`` has a subject holding ``subject`` and an object holding ``obj`` (a cue word reached
    the scorer)."""
    assert any(subject in f.subject and f.relation == relation and obj in str(f.object) for f in facts), \
        [(f.subject, f.relation, f.object) for f in facts]


def cue_classes_of(code: str, word: str) -> set[str]:
    """The cue classes whose entries match the whole word in a language (with its related languages' words)."""
    found = lexicon.language(code).matcher.find(word, match_fold(word), 0)
    return {m.phrase.cls for m in found if m.start == 0 and m.end == len(word)}


def cue_spans(code: str, text: str) -> dict[str, list[str]]:
    """The text of every cue a language's matcher finds in a sentence, by class."""
    found: dict[str, list[str]] = {}
    for m in lexicon.language(code).matcher.find(text, match_fold(text), 0):
        found.setdefault(m.phrase.cls, []).append(text[m.start:m.end])
    return found


def assert_derives_one_way(facts: set[tuple[str, str, str]], child: str, parent: str) -> None:
    """``child`` is derived from ``parent`` among the facts, and not the other way round."""
    assert (child, "derived_from", parent) in facts, facts
    assert (parent, "derived_from", child) not in facts, facts


def assert_deal_and_with(code: str, text: str, deal: str, with_: str) -> None:
    """The deal word of a sentence is a `deal` cue and its word for "with" a `with` cue (one letter: a particle)."""
    found = cue_spans(code, text)
    assert any(deal in s for s in found.get("deal", [])), found
    if len(with_) == 1:   # a one-letter word is a particle, checked in place rather than matched
        assert "with" in lexicon.language(code).particle_classes.get(match_fold(with_), ()), with_
    else:
        assert with_ in found.get("with", []), found


def phrases_on(code: str, text: str, span: str) -> list[Phrase]:
    """The phrases a language's matcher finds on exactly ``span`` of ``text``."""
    start = text.index(span)
    return [m.phrase for m in lexicon.language(code).matcher.find(text, match_fold(text))
            if (m.start, m.end) == (start, start + len(span))]


def classes_on(code: str, text: str, span: str) -> set[str]:
    """The cue classes the matcher finds on exactly ``span`` of ``text``."""
    return {p.cls for p in phrases_on(code, text, span)}
