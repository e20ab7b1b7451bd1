"""exported_to: where a word of trade sends a product, in the word order and the marks of each language.

These sentences were written for the tests.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def _recipients(extractor: Extractor, text: str, lang: str, product: str) -> set[str]:
    return {o for subject, r, o in facts_of(extractor, text, lang) if r == "exported_to" and subject.endswith(product)}


@pytest.mark.parametrize(("text", "lang", "product", "expected"), [
    # a country after a verb that ends its clause, with no mark of "to", speaks of another clause
    ("ソ連から供与されたT-54及びポーランドで生産されたT-72の一部は博物館にある。", "ja", "T-54", set()),
    ("소련은 T-54를 이집트에 수출했으며 폴란드와 체코에서도 생산되었다.", "ko", "T-54", {"Egypt"}),
    # (guard: the marked recipient before the verb is kept)
    ("T-72 tankları Irak'a ihraç edildi, Polonya da üretti.", "tr", "T-72", {"Iraq"}),
])
def test_a_name_after_a_clause_final_verb_is_no_recipient(full_extractor: Extractor, text: str, lang: str,
                                                          product: str, expected: set[str]) -> None:
    assert _recipients(full_extractor, text, lang, product) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("לאחר שהועברו ראיות מצרפת על כך שסוריה העבירה טילי SA-22 לחיזבאללה.", "he"),
    ("Se informó que tras ser entregadas las pruebas, Siria vendió misiles SA-22 a Hezbolá.", "es"),
])
def test_a_country_right_before_its_own_word_of_export_sells(full_extractor: Extractor, text: str, lang: str) -> None:
    # (the country is the subject of the second verb, not the recipient of the first)
    assert "Syria" not in _recipients(full_extractor, text, lang, "SA-22")


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Damals reichte die Sowjetunion der Volksrepublik China die Unterlagen für den Bau der MiG-21 weiter.", "de",
     set()),
    ("Die Baupläne der MiG-21 wurden 1958 an China übergeben.", "de", set()),
    # (guard: the aircraft themselves sold)
    ("1958 verkaufte die Sowjetunion MiG-21 an China.", "de", {"China"}),
])
def test_production_papers_handed_over_are_no_export(full_extractor: Extractor, text: str, lang: str,
                                                     expected: set[str]) -> None:
    assert _recipients(full_extractor, text, lang, "MiG-21") == expected


@pytest.mark.parametrize(("text", "product", "expected"), [
    ("Hindistan, Rusya'dan T-90 tankları aldı.", "T-90", {"India"}),
    ("Mısır o yıllarda Sovyetler Birliği'nden kırk MiG-21 aldı.", "MiG-21", {"Egypt"}),
    ("Suriye'nin Rusya'dan aldığı T-72 tankları savaşta kullanıldı.", "T-72", {"Syria"}),
    # (guard: inspiration taken from a country moves nothing)
    ("Çinli mühendisler Sovyetler Birliği'nden ilham aldı ve Type 59 tankını tasarladı.", "Type 59", set()),
])
def test_turkish_take_from_a_country_is_buying(full_extractor: Extractor, text: str, product: str,
                                               expected: set[str]) -> None:
    assert _recipients(full_extractor, text, "tr", product) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("La Russie a mis des chars T-90 à la disposition de l'Inde.", "fr"),
    ("La Russie a mis à la disposition de l'Inde des chars T-90.", "fr"),
    ("Rusia puso los tanques T-90 a disposición de la India.", "es"),
    ("La Russia ha messo i carri T-90 a disposizione dell'India.", "it"),
    ("A Rússia colocou os tanques T-90 à disposição da Índia.", "pt"),
])
def test_put_at_a_country_s_disposal_sends_it_there(full_extractor: Extractor, text: str, lang: str) -> None:
    # (the phrase's own "of" names the recipient, not a source; the country before the verb sent them)
    assert _recipients(full_extractor, text, lang, "T-90") == {"India"}
