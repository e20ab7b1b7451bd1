"""Verbs in any tense: French "dériver" reads the design it names as the original ("le char dérivait du T-44", "le
fusil dériva de l'AKM"); a phrase of entry into service whose first word is the verb's dictionary form ("entrer en
service", "entrar en servicio", "intra în dotare") matches that verb's every form, which scripts/inflect.py lists.
Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("text", "copy", "original"), [
    ("Le char T-54 dérivait directement du T-44.", "T-54", "T-44"),
    ("Le fusil AKM dériva de l'AK-47 au début des années 1950.", "AKM", "AK-47"),
    ("Les chars T-72M1 dérivaient du T-72 de série.", "T-72M1", "T-72"),
])
def test_a_past_tense_of_deriver_names_the_original(extractor: Extractor, text: str, copy: str,
                                                      original: str) -> None:
    assert (copy, "derived_from", original) in facts_of(extractor, text, "fr")


def test_the_present_tense_still_reads(extractor: Extractor) -> None:
    assert ("AKM", "derived_from", "AK-47") in facts_of(extractor, "L'AKM dérive de l'AK-47.", "fr")


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le char T-72 entrait en service en 1973."),
    ("fr", "Le char T-72 commence à entrer en service en 1973."),
    ("es", "El tanque T-72 ha entrado en servicio en el año 1973."),
    ("es", "El tanque T-72 entraba en servicio en el año 1973."),
    ("it", "Il carro T-72 entrava in servizio nel 1973."),
    ("pt", "O tanque T-72 começou a entrar em serviço em 1973."),
    ("ro", "Tancul T-72 a început să intre în dotare în 1973."),
    ("ca", "El tanc T-72 entrava en servei el 1973."),
])
def test_entry_into_service_in_any_tense_dates_it(extractor: Extractor, lang: str, text: str) -> None:
    # a phrase whose first word is a verb's dictionary form ("entrer en service") takes that verb's every form
    assert ("T-72", "introduced_year", "1973") in facts_of(extractor, text, lang)
