"""A word of versions right after a noun of making ("výroba modelu T-72", production of the model T-72) names what
is made: the name after it is no original of the tank the text spoke of before, and the making is said of it."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_production_of_a_model_is_that_models_making(extractor):
    text = ("Továreň najprv montovala tanky T-34-85 podľa sovietskych výkresov. "
            "Neskôr sa v ZŤS Martin rozbehla výroba modelu T-72, ktorá trvala dvadsať rokov.")
    facts = facts_of(extractor, text, "sk")
    assert ("T-72", "manufactured_by", "ZTS Martin") in facts, facts
    assert ("T-34-85", "derived_from", "T-72") not in facts, facts


def test_a_longer_name_after_the_word_is_still_a_version(extractor):
    # (a name that extends the design spoken of stays its version: "production of the model T-72M")
    text = ("Tank T-72 vznikol v Sovietskom zväze. "
            "V roku 1981 sa v ZŤS Martin rozbehla výroba modelu T-72M.")
    facts = facts_of(extractor, text, "sk")
    assert ("T-72M", "derived_from", "T-72") in facts, facts
