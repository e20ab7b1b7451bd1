"""A word of trade whose clause names no design moves the design spoken of, not a name that stands past a colon or
semicolon after it in a clause of making or versions of its own ("Its biggest buyer was Egypt, which bought three
batches: a local version was later built there, the Ramses II"). Sentences of our own; they prove behaviour, not
quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of

_TEXTS = [
    ("en", "The T-55 was made in large numbers. Its biggest buyer was Egypt, which bought three batches: a local "
           "version was later built there, the Ramses II."),
    ("it", "Il T-55 fu prodotto in grandi quantità. Il cliente maggiore fu l'Egitto, che ordinò tre lotti: una "
           "versione locale fu poi prodotta là, il Ramses II."),
]


@pytest.mark.parametrize(("lang", "text"), _TEXTS)
def test_the_design_spoken_of_went_there(extractor: Extractor, lang: str, text: str) -> None:
    assert ("T-55", "exported_to", "Egypt") in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text"), _TEXTS)
def test_the_version_of_the_later_clause_did_not(extractor: Extractor, lang: str, text: str) -> None:
    assert not any(r == "exported_to" and s != "T-55" for s, r, _ in facts_of(extractor, text, lang))


def test_a_name_the_word_of_trade_takes_past_a_colon_still_goes(extractor: Extractor) -> None:
    # (no word of making or versions of its own past the mark: the name is what was sold)
    text = "The plant sold one design to Egypt: the T-55."
    assert ("T-55", "exported_to", "Egypt") in facts_of(extractor, text, "en")
