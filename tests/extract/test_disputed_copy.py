"""A word of dispute beside a word of copying, with no licence named, says the copy's rights are disputed."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def _status(facts: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in facts if r == "licence_status"}


def test_lawsuit_over_copying_the_original_disputes_the_copy(extractor):
    text = ("The J-11 is a Chinese jet fighter. The Sukhoi bureau filed a lawsuit against its maker over the copying"
            " of the Su-27.")
    assert ("Shenyang J-11", "disputed") in _status(facts_of(extractor, text))
    assert not any(s == "Su-27" for s, _ in _status(facts_of(extractor, text)))


def test_maker_denying_a_copy_disputes_it(extractor):
    text = "The J-11B is a Chinese jet fighter. Its maker denies that the aircraft is a copy."
    assert any("J-11B" in s and o == "disputed" for s, o in _status(facts_of(extractor, text)))


def test_a_plain_copy_is_not_disputed(extractor):
    text = "The J-11 is a Chinese jet fighter. It is a copy of the Su-27."
    assert not any(o == "disputed" for _, o in _status(facts_of(extractor, text)))
