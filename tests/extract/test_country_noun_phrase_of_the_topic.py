"""A sentence that names no design but opens with a word for a kind of product and a country's adjective on it ("The
Polish tank ...", "Le char polonais ...", "Polski czołg ...") speaks of the design spoken of: the adjective says where
that was made, unless the text named before a design of that country (the original a copy was made from). Sentences
of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "PT-91\n\nThe Polish tank entered service in 1995."),
    ("fr", "PT-91\n\nLe char polonais est entré en service en 1995."),
    ("fr", "PT-91\n\nRemarque : le char polonais sert depuis 1995."),
    ("it", "PT-91\n\nIl carro polacco entrò in servizio nel 1995."),
    ("pl", "PT-91\n\nPolski czołg wszedł do służby w 1995 roku."),
])
def test_the_adjective_on_the_noun_gives_the_topic_its_country(extractor: Extractor, lang: str, text: str) -> None:
    assert ("PT-91 Twardy", "made_in_country", "Poland") in facts_of(extractor, text, lang)


def test_the_adjective_of_an_original_named_before_stays_with_it(extractor: Extractor) -> None:
    # (the Soviet design was named before: "the Soviet tank" is that one, not the Chinese copy)
    text = "The Type 59 is a Chinese copy of the T-54A. The Soviet tank entered service in 1949."
    facts = facts_of(extractor, text, "en")
    assert ("Type 59 tank", "made_in_country", "Soviet Union") not in facts


def test_another_country_than_the_registry_gives_the_topic_is_not_its_own(extractor: Extractor) -> None:
    # (the registry has the PT-91 Polish: a Russian tank in a sentence after it is some other design)
    text = "PT-91\n\nThe Russian tank entered service much earlier."
    assert ("PT-91 Twardy", "made_in_country", "Russia") not in facts_of(extractor, text, "en")



@pytest.mark.parametrize(("lang", "text", "design", "country"), [
    ("ru", "PT-91\n\nПольский современный основной танк поступил на вооружение в 1995 году.", "PT-91 Twardy",
     "Poland"),
    ("ru", "Ан-2\n\nСоветский простой надёжный самолёт долго служил в сельском хозяйстве.", "An-2", "Soviet Union"),
    ("hr", "An-2\n\nSovjetski jednostavni pouzdani zrakoplov dugo je služio u poljoprivredi.", "An-2", "Soviet Union"),
])
def test_adjectives_that_agree_may_stand_between_the_country_and_its_noun(extractor: Extractor, lang: str, text: str,
                                                                          design: str, country: str) -> None:
    # (each plain word between ends as the country's adjective does: they agree with it, adjectives of one phrase)
    assert (design, "made_in_country", country) in facts_of(extractor, text, lang)
