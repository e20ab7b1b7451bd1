"""Round-3 cue words of the de, nl, sv, da, nb, fi, et, hu, tr, el, hi and ko language files: deal and with, and a
few word senses (Dutch "overeenkomst", Hungarian "gyártó", German "Sowjetzeiten", Turkish "Sovyetler Birliği").

The sentences were written for the tests; each proves that a word reaches its cue class (or no longer does),
never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import classes_on, phrases_on


@pytest.mark.parametrize(("lang", "text", "span"), [
    ("de", "Polen schloss 1978 ein Abkommen mit der Sowjetunion.", "Abkommen"),
    ("de", "Der Vertrag mit Moskau sah die Fertigung in Lizenz vor.", "Vertrag"),
    ("nl", "Polen sloot een overeenkomst met de Sovjet-Unie.", "overeenkomst"),
    ("sv", "Finland tecknade ett avtal med Sovjetunionen.", "avtal"),
    ("da", "Indien indgik en aftale med Sovjetunionen.", "aftale"),
    ("nb", "India inngikk en avtale med Sovjetunionen.", "avtale"),
    ("fi", "Suomi solmi sopimuksen Neuvostoliiton kanssa.", "sopimuksen"),
    ("et", "Eesti sõlmis lepingu Soomega.", "lepingu"),
    ("hu", "Lengyelország megállapodást kötött a Szovjetunióval.", "megállapodást"),
    ("tr", "Türkiye, Rusya ile bir anlaşma imzaladı.", "anlaşma"),
    ("el", "Η Ελλάδα υπέγραψε συμφωνία με τη Ρωσία.", "συμφωνία"),
    ("hi", "भारत ने रूस के साथ समझौता किया।", "समझौता"),
    ("ko", "인도는 러시아와 계약을 체결했다.", "계약을"),
])
def test_an_agreement_noun_is_a_deal(lang: str, text: str, span: str) -> None:
    assert "deal" in classes_on(lang, text, span)


@pytest.mark.parametrize(("lang", "text", "span"), [
    ("de", "Polen schloss ein Abkommen mit der Sowjetunion.", "mit"),
    ("nl", "Polen sloot een overeenkomst met de Sovjet-Unie.", "met"),
    ("sv", "Finland tecknade ett avtal med Sovjetunionen.", "med"),
    ("da", "Indien indgik en aftale med Sovjetunionen.", "med"),
    ("nb", "India inngikk en avtale med Sovjetunionen.", "med"),
    ("tr", "Türkiye, Rusya ile bir anlaşma imzaladı.", "ile"),
    ("el", "Η Ελλάδα υπέγραψε συμφωνία με τη Ρωσία.", "με"),
    ("hi", "भारत ने रूस के साथ समझौता किया।", "के साथ"),
])
def test_the_word_for_with_is_a_with_cue(lang: str, text: str, span: str) -> None:
    assert "with" in classes_on(lang, text, span)


def test_dutch_overeenkomst_is_an_agreement_not_a_resemblance() -> None:
    text = "Polen sloot een overeenkomst met de Sovjet-Unie."
    assert "resemble" not in classes_on("nl", text, "overeenkomst")
    similar = "Het geweer vertoont veel overeenkomsten met de AK-47."
    assert "resemble" in classes_on("nl", similar, "vertoont veel overeenkomsten")


def test_hungarian_made_is_no_maker_word() -> None:
    # folded, "gyártó" (maker) is a prefix of "gyártott" (made): the maker word is listed form by form
    text = "A fegyvert Kínában gyártották, a gyártott példányok a gyártó üzeméből jöttek."
    assert "maker" not in classes_on("hu", text, "gyártott")
    assert "maker" in classes_on("hu", text, "gyártó")


def test_german_soviet_times_are_no_country() -> None:
    text = "Die Lizenz wurde zu Sowjetzeiten erteilt."
    assert not [p for p in phrases_on("de", text, "Sowjetzeiten") if p.cls == "country"]


def test_turkish_soviet_union_is_a_name_not_an_adjective() -> None:
    text = "Üretim, Sovyetler Birliği ile yapılan anlaşmanın ardından başladı."
    countries = [p for p in phrases_on("tr", text, "Sovyetler Birliği") if p.cls == "country"]
    assert countries and not any(p.adjective for p in countries)
