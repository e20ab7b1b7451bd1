"""A perfective verb of buying in the present form is the future in Russian and Ukrainian ("купит", "купить" in
Ukrainian, "придбає", "закажет"): a purchase still to come, no export; the past tense stays a sale. Sentences of our
own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of, objects


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Наступного року Пакистан купить у України сотню танків Т-84."),
    ("uk", "Таїланд придбає в України ще двадцять танків Т-84."),
    ("ru", "В следующем году Пакистан купит у Украины сотню танков Т-84."),
    ("ru", "Таиланд приобретет у Украины еще двадцать танков Т-84."),
    ("ru", "Египет закажет в России партию МиГ-29."),
])
def test_a_purchase_to_come_is_no_export(extractor: Extractor, lang: str, text: str) -> None:
    assert objects(facts_of(extractor, text, lang), "exported_to") == []


@pytest.mark.parametrize(("lang", "text", "buyer"), [
    ("uk", "Таїланд придбав в України двадцять танків Т-84.", "Thailand"),
    ("ru", "Египет заказал в России партию МиГ-29.", "Egypt"),
])
def test_a_purchase_made_is_an_export(extractor: Extractor, lang: str, text: str, buyer: str) -> None:
    assert objects(facts_of(extractor, text, lang), "exported_to") == [buyer]
