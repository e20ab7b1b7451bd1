"""A plant's name goes on past a word for "of" cut short and glued to the capital after it, as it goes on past the
whole word: French "l'arsenal d'Orenbourg" is named as "l'arsenal de Toula" is. Sentences of our own; they prove
behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of, objects


def test_the_plant_after_an_elided_of_is_the_maker(extractor: Extractor) -> None:
    text = "La carabine SKS fut fabriquée à l'arsenal de Toula puis à l'arsenal d'Ijevsk pendant dix ans."
    makers = objects(facts_of(extractor, text, "fr"), "manufactured_by")
    assert any("Ijevsk" in m for m in makers), makers
    assert any("Toula" in m for m in makers), makers


def test_an_elided_of_before_a_lower_case_word_ends_the_name(extractor: Extractor) -> None:
    text = "Le pistolet TT fut fabriqué à l'arsenal de Toula d'abord, puis dans d'autres usines."
    makers = objects(facts_of(extractor, text, "fr"), "manufactured_by")
    assert not any("abord" in m for m in makers), makers
