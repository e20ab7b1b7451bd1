"""A country's adjective on a copy word says where the copy is made, also where the original after "of" carries its
bureau's name ("une copie chinoise du Yakovlev Yak-18"): the bureau is the original's, not a company that did the
work, as it is right after the adjective ("modernisé par l'israélienne Elbit Systems"). Sentences of our own; they
prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("text", "copy", "country"), [
    ("Pour former ses élèves pilotes, l'armée reçut le CJ-5, une copie chinoise du Yakovlev Yak-18.",
     "CJ-5", "China"),
    ("Le Z-5 était une copie chinoise du Mil Mi-4, assemblée à Harbin pendant vingt ans.", "Z-5", "China"),
])
def test_the_adjective_on_the_copy_word_places_the_copy(extractor: Extractor, text: str, copy: str,
                                                        country: str) -> None:
    facts = facts_of(extractor, text, "fr")
    assert any(s.endswith(copy) and r == "made_in_country" and o == country for s, r, o in facts), facts


def test_an_adjective_right_on_the_company_after_it_is_the_companys(extractor: Extractor) -> None:
    text = "Le T-72 roumain fut ensuite modernisé par l'israélienne Elbit Systems pour l'armée."
    facts = facts_of(extractor, text, "fr")
    assert not any(r == "made_in_country" and o == "Israel" for _, r, o in facts), facts
