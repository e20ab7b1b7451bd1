"""A phrase of basis that opens the sentence and ends at a comma ("Developed from the T-54, the T-55 ...", "Derivado
del MiG-21, el J-7 ...") derives the subject after the comma from the name in the phrase; that name is no item of a
list the subject opens, so a making after the subject is the subject's alone. A list after the phrase ("Based on the
T-54, T-55 and T-62, ...") derives nothing. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("en", "Developed from the T-54, the T-55 received a stronger engine.", ("T-55", "derived_from", "T-54")),
    ("en", "Copied from the AKM, the Type 56 was made by Norinco.", ("Type 56", "derived_from", "AKM")),
    ("es", "Derivado del MiG-21, el J-7 fue fabricado en China.", ("Chengdu J-7", "derived_from", "MiG-21")),
    ("fr", "Dérivé du MiG-21, le J-7 a été fabriqué en Chine.", ("Chengdu J-7", "derived_from", "MiG-21")),
])
def test_the_subject_after_the_comma_derives_from_the_phrase(extractor: Extractor, lang: str, text: str,
                                                             fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)


def test_the_original_is_not_made_where_the_subject_is(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Based on the T-54, the Type 59 was built in Baotou.", "en")
    assert ("Type 59 tank", "made_in_country", "China") in facts
    assert ("T-54", "made_in_country", "China") not in facts


def test_a_list_after_the_phrase_derives_nothing(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Based on the T-54, T-55 and T-62, the new tank was larger.", "en")
    assert not any(rel == "derived_from" for _, rel, _ in facts)
