"""Where a design is made (made_in_country): a making a deal only allows is none yet; a possessive owner of what was
delivered is its user.

The sentences were written for the tests.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of, objects


@pytest.mark.parametrize(("text", "lang"), [
    ("The USSR designed and built the AK-47.", "en"),   # guard: designed and made there
    ("Il AK-47, progettato in Unione Sovietica, fu prodotto in Cina.", "it"),   # guard: the place of making kept
])
def test_a_country_that_designed_and_made_it_is_kept(full_extractor: Extractor, text: str, lang: str) -> None:
    made = objects(facts_of(full_extractor, text, lang), "made_in_country")
    assert made and set(made) <= {"Soviet Union", "China"}, made


@pytest.mark.parametrize(("text", "lang"), [
    ("In 2010 Egypt concluded an agreement that would permit Egyptian plants to assemble the T-90 under licence.",
     "en"),
    ("Poland and the USSR signed an agreement for the production of the T-72 in Poland.", "en"),
    ("Россия и Индия подписали соглашение о производстве танков Т-90 в Индии.", "ru"),
    ("1998年，俄罗斯与印度签署协议，允许印度生产T-90坦克。", "zh"),
    ("وقعت روسيا ومصر اتفاقا يسمح لمصر بإنتاج دبابات T-90 على أرضها.", "ar"),
])
def test_a_making_a_deal_allows_is_no_making_yet(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert not objects(facts, "made_in_country"), facts


@pytest.mark.parametrize(("text", "lang"), [
    # guard: a making done under a deal signed before it
    ("Under a licence agreement signed in 1978, Poland produced the T-72.", "en"),
    ("Poland built the T-72 under a licence agreement.", "en"),
    ("Na mocy umowy z ZSRR Polska podjęła produkcję czołgów T-72.", "pl"),
])
def test_a_making_done_under_a_deal_is_kept(full_extractor: Extractor, text: str, lang: str) -> None:
    assert objects(facts_of(full_extractor, text, lang), "made_in_country") == ["Poland"]


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("越南的米格-21在1966年交付，服役了很多年。", "zh", "Vietnam"),
    ("巴基斯坦的歼-7PG于2002年交付，至今仍在服役。", "zh", "Pakistan"),
])
def test_a_possessive_owner_of_what_was_delivered_is_its_user(full_extractor: Extractor, text: str, lang: str,
                                                             country: str) -> None:
    assert country not in objects(facts_of(full_extractor, text, lang), "made_in_country")


def test_a_possessive_seller_is_kept(full_extractor: Extractor) -> None:
    # guard: the owner of what is sold made it
    text = "Yugoslavia's M-84 tanks were exported to Kuwait."
    assert objects(facts_of(full_extractor, text, "en"), "made_in_country") == ["Yugoslavia"]
