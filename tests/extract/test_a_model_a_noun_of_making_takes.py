"""A word of versions right after a noun of making (Czech "zahájena výroba modelu T-72M1", the making of the model
T-72M1 began) names what is made: the name after it is no original of the tank the text spoke of before, and the
making is said of it."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_production_of_a_model_is_that_models_making(extractor):
    text = ("Závod nejprve vyráběl tanky T-55 podle sovětské dokumentace. "
            "Později byla v ZTS Martin zahájena výroba modelu T-72M1.")
    facts = facts_of(extractor, text, "cs")
    assert ("T-72M1", "manufactured_by", "ZTS Martin") in facts, facts
    assert ("T-55", "manufactured_by", "ZTS Martin") not in facts, facts


def test_a_longer_name_after_the_word_is_still_a_version(extractor):
    # (a name that extends the design spoken of stays its version: the model T-72M after the T-72)
    text = ("Tank T-72 vznikol v Sovietskom zväze. "
            "V roku 1981 sa v ZTS Martin začala výroba modelu T-72M.")
    facts = facts_of(extractor, text, "sk")
    assert ("T-72M", "derived_from", "T-72") in facts, facts
