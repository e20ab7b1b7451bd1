"""Sentences that name no design go on about the one a sentence before them spoke of, through sentences of the same
paragraph that name none ("The M-84 is a Yugoslav copy of it. It has a crew of three. It was sold to Kuwait"),
not the design the page named most; a design named in a sentence still speaks for it. Sentences of our own; they
prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The T-72 is a Soviet tank. The T-72 was built at Nizhny Tagil. The M-84 is a Yugoslav copy of it. It "
           "has a crew of three. It was exported to Kuwait."),
    ("ru", "Т-72 — советский танк. Т-72 выпускался в Нижнем Тагиле. M-84 — югославская версия Т-72. Экипаж состоит "
           "из трёх человек. Экспортировался в Кувейт."),
    ("es", "El T-72 es un tanque soviético. El T-72 se fabricó en Nizhni Tagil. El M-84 es una versión yugoslava del "
           "T-72. Tiene una tripulación de tres hombres. Se exportó a Kuwait."),
])
def test_a_sentence_naming_nothing_goes_on_about_the_design_before(extractor: Extractor, lang: str,
                                                                    text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("M-84", "exported_to", "Kuwait") in facts
    assert ("T-72", "exported_to", "Kuwait") not in facts


def test_a_design_named_in_the_sentence_keeps_the_topic_as_its_original(extractor: Extractor) -> None:
    # (the version word's original is still the design the text is about, not the version gone on about)
    text = ("The An-2 was built in several versions. The An-2R was made for farm work. It carried a tank for "
            "chemicals. Of all the versions, the An-2R was built in the largest numbers.")
    assert ("An-2R", "derived_from", "An-2") in facts_of(extractor, text, "en")
