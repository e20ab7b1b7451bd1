"""A plant a word of nearness names ("near the Walther works", "vicino alla fabbrica", "près de l'usine",
"lângă uzina") is a landmark that says where the making was: it is no maker. The maker the sentence names before it
stays.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "landmark"), [
    ("en", "East German Makarovs were assembled in Suhl, not far from the former Walther factory.",
     "Carl Walther GmbH"),
    ("en", "The AKM was built by Arsenal in a new works close to the Izhevsk Mechanical Plant.",
     "Izhevsk Mechanical Plant"),
    ("it", "L'AKM fu prodotto dall'Arsenal a Kazanlak, vicino alla vecchia fabbrica Izhmash.", "Izhmash"),
    ("fr", "L'AKM fut fabriqué par Arsenal à Kazanlak, près de l'ancienne usine Izhmash.", "Izhmash"),
    ("fr", "Les AKM sortaient d'un atelier bulgare situé non loin de l'usine Izhmash.", "Izhmash"),
    ("ro", "AKM a fost fabricat de Arsenal la Kazanlak, lângă vechea uzină Izhmash.", "Izhmash"),
])
def test_a_plant_near_the_making_is_no_maker(extractor: Extractor, lang: str, text: str, landmark: str) -> None:
    makers = {o for _, r, o in facts_of(extractor, text, lang) if r == "manufactured_by"}
    assert landmark not in makers, makers


@pytest.mark.parametrize(("lang", "text", "maker"), [
    ("en", "The AKM was built by Arsenal in a new works close to the Izhevsk Mechanical Plant.", "Arsenal"),
    ("ro", "AKM a fost fabricat de Arsenal la Kazanlak, lângă vechea uzină Izhmash.", "Arsenal AD"),
    ("it", "L'AKM fu prodotto dalla fabbrica Izhmash, vicino al fiume Kama.", "Izhmash"),
])
def test_the_maker_named_before_stays(extractor: Extractor, lang: str, text: str, maker: str) -> None:
    assert any(r == "manufactured_by" and o == maker for _, r, o in facts_of(extractor, text, lang))
