"""A design outside the registry's field that a text about one inside it names in passing ("the second in the world,
after the AH-1") is what the design is compared with: it does not become what the next sentences, which name no
design, speak of. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Mi-24 is a Soviet attack helicopter. Only one machine of the kind flew before it (the AH-1 "
           "Cobra). Series production started in 1971."),
    ("uk", "Мі-24 — радянський бойовий вертоліт. Подібних машин тоді було лише дві (друга — AH-1 Cobra). Серійне "
           "виробництво почалося у 1971 році."),
    ("pl", "Mi-24 to radziecki śmigłowiec szturmowy. Był drugą taką maszyną na świecie (po AH-1 Cobra). Produkcję "
           "seryjną rozpoczęto w 1971 roku."),
])
def test_a_bracketed_comparison_leaves_the_topic(extractor: Extractor, lang: str, text: str) -> None:
    assert ("Mi-24", "introduced_year", "1971") in facts_of(extractor, text, lang)


def test_a_design_compared_with_twice_takes_no_topic(extractor: Extractor) -> None:
    text = ("The MiG-29 is a Soviet fighter. It was built to match the F-16, and pilots often flew it against the "
            "F-16 in exercises. Series production started in 1982.")
    assert ("MiG-29", "introduced_year", "1982") in facts_of(extractor, text, "en")


def test_an_outside_design_spoken_of_plainly_keeps_its_sentence(extractor: Extractor) -> None:
    # (what a sentence says of the outside design itself stays with it: nothing of it reaches the MiG-29)
    text = "The MiG-29 is a Soviet fighter. Poland later bought the F-16. It was delivered in 2006."
    assert not any(s == "MiG-29" and r == "exported_to" for s, r, _ in facts_of(extractor, text, "en"))


@pytest.mark.parametrize(("lang", "text", "subject"), [
    ("en", "The Chinese factory built the Type 86 from a captured vehicle. Seen from outside it resembles a BMP-1 "
           "closely. Series production began in 1989.", "Type 86"),
    ("en", "The BMP-1 was a Soviet vehicle. Egypt sold one BMP-1 to China, where a plant copied it as the Type 86. "
           "In its lines the vehicle resembles a BMP-1 a great deal. Small-scale making started in 1989.", "Type 86"),
    ("en", "Egypt assembled the Kader from Chinese kits. In shape it looks like the MiG-21 of old. The first "
           "ones were finished in 1982.", None),
    ("it", "Il Tipo 86 fu costruito in Cina. Esteriormente somiglia molto al BMP-1. La produzione in serie "
           "iniziò nel 1989.", "Type 86"),
    ("fr", "Le Type 86 fut construit en Chine. Il ressemble beaucoup au BMP-1. La production en série commença "
           "en 1989.", "Type 86"),
    ("ro", "Tipul 86 a fost construit în China. Este foarte asemănător cu BMP-1. Producția de serie a început "
           "în 1989.", "Type 86"),
])
def test_a_sentence_that_only_likens_keeps_the_design_gone_on_about(extractor: Extractor, lang: str, text: str,
                                                                     subject: str | None) -> None:
    # (the design a sentence only likens the one spoken of to is not what the next sentence speaks of)
    years = {(s, o) for s, r, o in facts_of(extractor, text, lang) if r == "introduced_year"}
    assert not any(s in {"BMP-1", "MiG-21"} for s, _ in years), years
    if subject is not None:
        assert any(s == subject for s, _ in years), years
