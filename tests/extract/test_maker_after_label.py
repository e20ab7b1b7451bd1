"""A museum's or a catalogue's card names the maker after a label and a colon ("Výrobce: Kazaňský letecký závod"):
a plant's name of a capitalised adjective and lower-case ones agreeing with it opens there, though no lower-case
word of a sentence stands before it. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "maker"), [
    ("cs", "Letoun MiG-21MF (7701)\nVýrobce: Gorkovský letecký závod. Do služby přijat v roce 1972.",
     "Gorkovský letecký závod"),
    ("sk", "Tank T-55A (3012)\nVýrobca: Charkovský strojárenský závod. Do služby prevzatý v roku 1969.",
     "Charkovský strojárenský závod"),
])
def test_an_agreeing_plant_name_after_a_label_is_the_maker(extractor: Extractor, lang: str, text: str,
                                                           maker: str) -> None:
    makers = {o for _, r, o in facts_of(extractor, text, lang) if r == "manufactured_by"}
    assert maker in makers, makers


def test_a_capital_opening_a_sentence_before_a_plant_word_still_names_nothing(extractor: Extractor) -> None:
    text = "Letoun MiG-21MF přiletěl v roce 1972. Několik letecký závod opravovalo."
    makers = {o for _, r, o in facts_of(extractor, text, "cs") if r == "manufactured_by"}
    assert not any(o.startswith("Několik") for o in makers), makers


def test_the_moscow_plant_under_its_czech_name(extractor: Extractor) -> None:
    text = "Letoun MiG-21PF postavil roku 1964 moskevský závod Prapor práce."
    facts = facts_of(extractor, text, "cs")
    assert ("MiG-21PF", "manufactured_by", "Moscow Aircraft Plant No. 30 (Znamya Truda)") in facts, facts
