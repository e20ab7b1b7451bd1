"""A receiver's name in the dative that opens the sentence ("Kuvajtu je isporučeno ...", to Kuwait were delivered)
is where the design went, where the word is the name with a case ending and no adjective. A state whose name is an
adjective itself keeps the adjective's reading there ("Kitajski inženirji", Chinese engineers). Each sentence was
written for the test."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "product", "receiver"), [
    ("Kuvajtu je isporučeno 149 tenkova M-84AB.", "hr", "M-84AB", "Kuwait"),
    ("Кувајту је испоручено 149 тенкова М-84АБ.", "sr", "M-84AB", "Kuwait"),
    ("Ukrajini su isporučeni tenkovi M-84 iz Slovenije.", "hr", "M-84", "Ukraine"),
    ("Iraku je prodano 200 pušaka M70.", "bs", "Zastava M70", "Iraq"),
])
def test_a_receiver_in_the_dative_first(extractor: Extractor, text: str, lang: str, product: str,
                                        receiver: str) -> None:
    assert (product, "exported_to", receiver) in facts_of(extractor, text, lang)


def test_an_adjective_shaped_name_stays_an_adjective(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Kitajski inženirji so kopirali MiG-21 kot J-7.", "sl")
    assert not any(r == "exported_to" for _, r, _ in facts)
