"""A text that names its one design in one sentence only, late ("È un carro armato ... adottato ... nel 1958. ...
il T-55 è uno dei carri più comuni", a data sheet's "名称:T-55" at the end), speaks of it in the sentences that name
none; not where that sentence names a family or another design beside it. Sentences of our own; they prove
behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("it", "È un carro armato medio, adottato dall'esercito sovietico nel 1958. Fu esportato in Egitto e in Siria. "
           "Ne furono costruite migliaia: il T-55 è uno dei carri più comuni.",
     ("T-55", "introduced_year", "1958")),
    ("zh", "苏联研制的中型坦克。1958年装备苏军,还出口到埃及、叙利亚等国。名称:T-55(M1958)中型坦克",
     ("T-55", "exported_to", "Syria")),
])
def test_the_one_design_named_once_is_spoken_of(extractor: Extractor, lang: str, text: str,
                                                 fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)


def test_a_design_named_beside_a_family_is_no_topic(extractor: Extractor) -> None:
    text = ("Bulgaria signed a contract to deliver weapons to Iraq. They are Kalashnikov rifles and PM pistols made "
            "at Kazanlak.")
    assert ("Makarov PM", "exported_to", "Iraq") not in facts_of(extractor, text, "en")


def test_the_sentence_naming_it_reads_as_it_did(extractor: Extractor) -> None:
    # (a text of one sentence: the design it names is no topic spoken of before it, so "Es la versión" names a copy)
    text = "Es la versión húngara del fusil soviético AKM."
    assert ("AKM (Hungarian version)", "derived_from", "AKM") in facts_of(extractor, text, "es")
