"""Forces stationed in a country ("divisions stationed in East Germany") stand there; a design delivered to them goes
to its own country's forces, no export to the country they stand in. A delivery to the country stays an export.

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import facts_of

STATIONED = [
    ("en", "The T-64 was made in the Soviet Union. Many T-64 tanks were delivered to Soviet divisions stationed in "
           "East Germany."),
    ("de", "Der T-64 wurde in der Sowjetunion gebaut. Viele T-64 gingen an die in der DDR stationierten sowjetischen "
           "Divisionen."),
    ("pl", "T-64 produkowano w ZSRR. Czołgi T-64 trafiły do dywizji stacjonujących w NRD."),
    ("es", "El T-64 se fabricó en la URSS. Muchos T-64 se entregaron a las tropas acantonadas en la RDA."),
]


@pytest.mark.parametrize(("lang", "text"), STATIONED)
def test_forces_stationed_in_a_country_make_it_no_recipient(extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-64", "exported_to", "East Germany") not in facts, facts


def test_a_delivery_to_the_country_stays_an_export(extractor) -> None:
    text = "The T-64 was made in the Soviet Union. Many T-64 tanks were delivered to Hungary."
    assert ("T-64", "exported_to", "Hungary") in facts_of(extractor, text, "en")


STATIONED_LIST = [
    ("en", "The T-64 was made in the Soviet Union. Many T-64 tanks went to Soviet divisions stationed in Hungary and "
           "in East Germany."),
    ("es", "El T-64 se fabricó en la URSS. Muchos T-64 se entregaron a las tropas acantonadas en Hungría y en la RDA."),
]


@pytest.mark.parametrize(("lang", "text"), STATIONED_LIST)
def test_a_second_place_of_stationing_in_a_list_is_no_recipient_either(extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-64", "exported_to", "East Germany") not in facts, facts
    assert ("T-64", "exported_to", "Hungary") not in facts, facts
