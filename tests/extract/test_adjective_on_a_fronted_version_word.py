"""A country's adjective on a word of versions that opens the sentence, the original after it and a copula naming
the version ("The Chinese version of the MiG-21 is the J-7"), says where the named version is made."""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of

CASES = [
    ("en", "The Czechoslovak version of the OT-64 is the SKOT-2A.", "SKOT-2A"),
    ("es", "La versión polaca del T-72M1 es el PT-91.", "PT-91"),
    ("it", "La versione cinese del MiG-19 è il J-6.", "J-6"),
    ("pt", "A versão chinesa do MiG-19 é o J-6.", "J-6"),
    ("fr", "La copie chinoise du MiG-19 était le chasseur J-6.", "J-6"),
    ("ro", "Versiunea chineză a MiG-19 este J-6.", "J-6"),
]


@pytest.mark.parametrize(("lang", "text", "name"), CASES)
def test_fronted_version_word_gives_the_named_version_its_country(extractor, lang, text, name):
    facts = facts_of(extractor, text, lang)
    made = {(sub, o) for sub, r, o in facts if r == "made_in_country"}
    assert any(name in sub for sub, _ in made), facts
    # the original keeps its own country: the adjective is not given to it
    assert not any(sub.startswith(("MiG", "T-72", "OT-64")) for sub, _ in made), facts


def test_a_copula_with_other_words_before_the_name_says_nothing(extractor):
    facts = facts_of(extractor, "La versión china del MiG-19 es muy distinta del J-6.", "es")
    assert not any(r == "made_in_country" and "J-6" in sub for sub, r, _ in facts), facts
