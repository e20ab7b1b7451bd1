"""A design the registry says the topic derives from is background to a text about the copy, but not where a sentence
opens with it as its subject: a page headed "MiG-15 (Lim-2)" that goes on "The MiG-15 was the first Soviet swept-wing
fighter. ... The type was built in ..." speaks of the MiG-15 there. Sentences of our own; they prove behaviour, not
quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "MiG-15 (Lim-2)\nThe MiG-15 was the first Soviet swept-wing jet fighter. Its prototype flew in 1947. The "
           "type was built in the Soviet Union, Poland and China."),
    ("fi", "MiG-15 (Lim-2)\nMiG-15 oli Neuvostoliiton nuolisiipinen suihkuhävittäjä. Ensilento oli vuonna 1947. "
           "Tyyppiä rakennettiin Kiinassa, Puolassa ja Neuvostoliitossa."),
])
def test_the_original_the_sentence_opens_with_is_gone_on_about(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("MiG-15", "made_in_country", "China") in facts
    assert ("PZL-Mielec Lim-2", "made_in_country", "China") not in facts


def test_an_original_named_later_in_the_sentence_stays_background(extractor: Extractor) -> None:
    text = "The J-6 is a Chinese fighter. China obtained a licence for the MiG-19 in 1958. The aircraft entered " \
           "service in 1964."
    assert ("Shenyang J-6", "introduced_year", "1964") in facts_of(extractor, text, "en")
