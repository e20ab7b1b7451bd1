"""A country a word of help governs ("with the help of", "avec l'aide de", "mit Hilfe", "con l'aiuto di", "con la
ayuda de") helped the maker: the design is not made there, and it is still made where the sentence says."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("With the help of the Soviet Union, Iraq began making the D-30 in its own plants.", "en"),
    ("Avec l'aide de l'Union soviétique, l'Irak se mit à fabriquer le D-30 dans ses propres usines.", "fr"),
    ("Mit Hilfe der Sowjetunion fing der Irak an, die D-30 in eigenen Werken zu bauen.", "de"),
    ("Con l'aiuto dell'Unione Sovietica, l'Iraq cominciò a costruire il D-30 nei propri impianti.", "it"),
    ("Con la ayuda de la Unión Soviética, Irak comenzó a construir el D-30 en sus propias plantas.", "es"),
])
def test_the_helper_made_nothing(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert ("D-30", "made_in_country", "Iraq") in facts, facts
    assert ("D-30", "made_in_country", "Soviet Union") not in facts, facts


def test_a_country_named_without_help_still_made_it(extractor):
    facts = facts_of(extractor, "With its own engineers, Iraq began making the D-30.", "en")
    assert ("D-30", "made_in_country", "Iraq") in facts, facts
