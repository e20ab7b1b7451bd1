"""A sentence that opens with a word for the kind of product and the original's name ("Основной танк Т-72 ...", "The
Soviet tank T-72 ...") speaks of that original even in a text about its copy: the next sentence, which drops its
subject, goes on about the original, not the copy. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Об М-84 мы уже писали: М-84 собирали в Славонски-Броде по лицензии, взяв за основу Т-72. "
           "Советский танк Т-72 создавался конструкторами из Нижнего Тагила. Поступил на вооружение в 1973 году."),
    ("pl", "O M-84 już pisaliśmy: M-84 składano w Slavonskim Brodzie na licencji, biorąc za podstawę T-72. "
           "Radziecki czołg T-72 stworzyli konstruktorzy z Niżnego Tagiłu. Wszedł do służby w 1973 roku."),
])
def test_the_dropped_subject_is_the_original(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-72", "introduced_year", "1973") in facts
    assert ("M-84", "introduced_year", "1973") not in facts


def test_a_name_late_in_its_sentence_stays_background(extractor: Extractor) -> None:
    # (the original named after a verb is still the background of a text about its copy)
    text = ("M-84 to jugosłowiański czołg. M-84 produkowano w Slavonskim Brodzie na licencji. Konstruktorzy z Brodu "
            "wzorowali się na czołgu T-72. Wprowadzony do uzbrojenia armii Jugosławii w 1984 roku.")
    assert ("M-84", "introduced_year", "1984") in facts_of(extractor, text, "pl")
