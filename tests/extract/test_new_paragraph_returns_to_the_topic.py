"""A page about a copy may spend a sentence on its original ("The T-72 was designed in Nizhny Tagil."); a new paragraph
that names no design goes back to the design the page is about, not to the original the last sentence spoke of
(within the paragraph, sentences still go on about the original). An opening "The Chinese tank" after a sentence on
the Soviet original speaks of the copy too. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "M-84\n\nThe M-84 is a Yugoslav main battle tank. It is a licensed version of the Soviet T-72. The T-72 was "
           "designed in Nizhny Tagil.\n\nProduction began in 1984 at Đuro Đaković. The tank was exported to Kuwait.",
     {("M-84", "introduced_year", "1984"), ("M-84", "exported_to", "Kuwait")}),
    ("es", "Tipo 56\n\nEl Tipo 56 es un fusil chino. Es una copia del AK-47 soviético. El AK-47 fue adoptado en 1949."
           "\n\nEl fusil se produjo desde 1956. Se exportó a Vietnam y Albania.",
     {("Type 56", "introduced_year", "1956"), ("Type 56", "exported_to", "Vietnam")}),
    ("cs", "T-72M1\n\nT-72M1 je československá verze sovětského tanku T-72. Tank T-72 byl vyvinut v Nižním Tagilu.\n\n"
           "Vyráběl se v závodě ZTS Martin od roku 1981. Tanky byly vyváženy do Iráku a Sýrie.",
     {("T-72M1", "introduced_year", "1981"), ("T-72M1", "exported_to", "Iraq")}),
    ("de", "Type 59\n\nDer Type 59 ist ein chinesischer Kampfpanzer. Er ist eine Kopie des sowjetischen T-54A. "
           "Der T-54A war ab 1949 in der Sowjetunion in Produktion.\n\nDer Panzer wurde ab 1958 in Baotou gebaut. "
           "Er wurde nach Pakistan exportiert.",
     {("Type 59 tank", "introduced_year", "1958"), ("Type 59 tank", "exported_to", "Pakistan")}),
])
def test_the_new_paragraph_speaks_of_the_copy(extractor: Extractor, lang: str, text: str,
                                              expected: set[tuple[str, str, str]]) -> None:
    assert expected <= facts_of(extractor, text, lang)


def test_the_original_keeps_its_own_sentence(extractor: Extractor) -> None:
    text = ("M-84\n\nThe M-84 is a Yugoslav main battle tank. It is a licensed version of the Soviet T-72. The T-72 "
            "entered service in 1973.\n\nProduction began in 1984 at Đuro Đaković.")
    facts = facts_of(extractor, text, "en")
    assert ("T-72", "introduced_year", "1973") in facts
    assert ("M-84", "introduced_year", "1973") not in facts


def test_the_copy_s_country_on_the_noun_after_the_original(extractor: Extractor) -> None:
    text = ("Type 63\n\nThe Type 63 is a Chinese amphibious tank. It was developed from the Soviet PT-76. The PT-76 "
            "entered service in 1952. The Chinese tank was produced from 1963 and was exported to Vietnam.")
    facts = facts_of(extractor, text, "en")
    assert {("Type 63", "introduced_year", "1963"), ("Type 63", "exported_to", "Vietnam")} <= facts
    assert ("PT-76", "introduced_year", "1963") not in facts
