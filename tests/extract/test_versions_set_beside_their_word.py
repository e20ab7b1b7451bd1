"""Where "of" is a word of its own (French, Italian, Portuguese), names set right after a word of versions are the
versions, of the design spoken of: every name a list joins to the first is one too, and the words from the start of
a long sentence to the word of versions put no distance between the versions and that design. Sentences of our own;
they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Le Type 59 est un char chinois. Le char a équipé les unités blindées du pays pendant quarante ans, et en 2001 "
     "il restait environ 4 000 chars, surtout des variantes Type 59-II et Type 59-I, en unité.", "fr"),
    ("Il Type 59 è un carro cinese. Il carro ha equipaggiato le unità corazzate del paese per quarant'anni, e nel "
     "2001 si contavano ancora 4 000 delle varianti Type 59-I e Type 59-II nei reggimenti.", "it"),
    ("O Type 59 é um carro chinês. O carro equipou as unidades blindadas do país durante quarenta anos, e em 2001 "
     "ainda havia 4 000 das variantes Type 59-I e Type 59-II nos regimentos.", "pt"),
])
def test_each_name_of_the_list_is_a_version(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Type 59-I", "derived_from", "Type 59 tank") in facts, facts
    assert ("Type 59-II", "derived_from", "Type 59 tank") in facts, facts


def test_a_long_sentence_before_the_word_keeps_the_versions(extractor: Extractor) -> None:
    text = ("Le Type 59 est un char chinois. Le char a équipé les unités blindées de l'armée du pays pendant plus de "
            "quarante ans, dans toutes les régions militaires et sur toutes les frontières, et en 2001 on comptait "
            "il en restait à peu près 4 000, pour la plupart des variantes Type 59-II et Type 59-I.")
    facts = facts_of(extractor, text, "fr")
    assert ("Type 59-I", "derived_from", "Type 59 tank") in facts, facts
    assert ("Type 59-II", "derived_from", "Type 59 tank") in facts, facts
