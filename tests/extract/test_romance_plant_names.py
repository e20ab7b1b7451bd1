"""A plant's name in French or Italian opens with a capitalised plant word and goes on in lower-case words of what it
makes, a word for "of" cut short among them, up to its town ("l'Usine d'hélicoptères de Kazan", "la Fabbrica d'armi di
Kragujevac"); "Fabrique" is a plant word as "Usine" is, and the verb "fabrique" (makes) ends no name. Sentences of our
own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor, lexicon
from copytrace.extract.match import match_fold
from copytrace.extract.mentions import build

from .conftest import facts_of


def _makers(extractor: Extractor, text: str, lang: str) -> set[str]:
    return {o for _, r, o in facts_of(extractor, text, lang) if r == "manufactured_by"}


@pytest.mark.parametrize(("lang", "text", "maker"), [
    ("fr", "Le Mi-8 est construit depuis 1965 à l'Usine d'hélicoptères de Kazan.", "Usine d'hélicoptères de Kazan"),
    ("fr", "Le Mi-17 est assemblé à l'Usine d'aviation d'Oulan-Oude.", "Usine d'aviation d'Oulan-Oude"),
    ("fr", "Les pistolets TT étaient produits par la Fabrique d'armes de Gramsh.", "Fabrique d'armes de Gramsh"),
    ("it", "Il carro M-84 fu costruito dalla Fabbrica d'armi di Kragujevac.", "Fabbrica d'armi di Kragujevac"),
])
def test_the_whole_name_up_to_the_town(extractor: Extractor, lang: str, text: str, maker: str) -> None:
    assert maker in _makers(extractor, text, lang)


def test_a_field_label_and_the_next_line_stay_out(extractor: Extractor) -> None:
    text = "Hélicoptère Mi-17\nFabricant Usine d'hélicoptères de Kazan\nUsine d'aviation d'Oulan-Oude\nPremier vol 1975"
    assert "Usine d'hélicoptères de Kazan" in _makers(extractor, text, "fr")


def test_the_verb_fabrique_ends_no_name(extractor: Extractor) -> None:
    text = "En Bulgarie, Arcus fabrique des AK-47."
    language = lexicon.language("fr")
    folded = match_fold(text)
    document = build(text, 0, language.matcher.find(text, folded, 0), extractor.names, folded, language)
    assert "Arcus fabrique" not in [m.text for m in document.mentions if m.kind == "org"]
