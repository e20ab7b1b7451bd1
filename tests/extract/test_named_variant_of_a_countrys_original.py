""""A version of the Soviet Yak-12 known as the Y-7K": the country's adjective on the original a word of derivation
names says where the original comes from; the variant the naming word names was not made there. An adjective of
making on the original that is then named ("the Polish-built MiG-15s were known as Lim-2") still places the named
copy. Sentences of our own."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_the_originals_adjective_stays_with_the_original(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The works built a version of the Soviet Yak-12 known locally as the Y-7K.", "en")
    assert ("Y-7K", "derived_from", "Yak-12") in facts
    assert ("Y-7K", "made_in_country", "Soviet Union") not in facts


def test_an_adjective_of_making_goes_to_the_named_copy(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Czech-built MiG-19s were known as the S-105.", "en")
    assert ("S-105", "made_in_country", "Czech Republic") in facts or ("S-105", "made_in_country", "Czechoslovakia") \
        in facts, facts
