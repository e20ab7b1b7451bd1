"""A sentence that names no design and opens with a pronoun and a copula, or with the copula alone where the language
drops the pronoun ("It was a Soviet heavy tank", "Es un tanque pesado soviético", "Si tratta di un carro sovietico"),
says of the design spoken of what "X is a Soviet tank" says of X: where it was made. Sentences of our own; they prove
behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The T-10 entered service in 1953. It was a Soviet heavy tank."),
    ("de", "Der T-10 wurde 1953 eingeführt. Er war ein sowjetischer schwerer Panzer."),
    ("es", "El T-10 fue adoptado en 1953. Es un tanque pesado soviético."),
    ("es", "El T-10 fue adoptado en 1953. Se trataba de un tanque pesado soviético."),
    ("fr", "Le T-10 est entré en service en 1953. Il s'agit d'un char lourd soviétique."),
    ("it", "Il T-10 entrò in servizio nel 1953. Si tratta di un carro armato pesante sovietico."),
    ("pt", "O T-10 entrou em serviço em 1953. Trata-se de um tanque pesado soviético."),
    ("pl", "T-10 wszedł do służby w 1953 roku. Był to radziecki czołg ciężki."),
])
def test_the_copula_gives_the_design_spoken_of_its_country(extractor: Extractor, lang: str, text: str) -> None:
    assert ("T-10", "made_in_country", "Soviet Union") in facts_of(extractor, text, lang)


def test_an_original_named_in_the_sentence_keeps_the_adjective(extractor: Extractor) -> None:
    # (a sentence that names a design speaks of it: the adjective there is not said of the design spoken of before)
    text = "The Type 59 entered service in 1959. It was a copy of the Soviet T-54A."
    assert ("Type 59 tank", "made_in_country", "Soviet Union") not in facts_of(extractor, text, "en")
