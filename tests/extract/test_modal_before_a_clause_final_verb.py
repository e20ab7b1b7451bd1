"""German and Dutch set a clause's verbs last: a modal of plan or intent standing early in the clause governs the
participle that ends it, however many names stand between, and a delivery only allowed or agreed to is no export."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_modal_far_before_a_final_participle_is_a_plan(extractor):
    text = ("Der T-72 ist ein sowjetischer Kampfpanzer. Nach Angaben der Regierung sollen aus Ungarn, Bulgarien "
            "und Rumänien laut einer Zeitung bis zu 120 T-72-Panzer an Kuba verkauft werden.")
    assert ("T-72", "exported_to", "Cuba") not in facts_of(extractor, text, "de")


def test_delivery_that_may_be_made_is_no_export(extractor):
    text = ("Der BMP-1 ist ein sowjetischer Schützenpanzer. Die Regierung hat entschieden, dass 40 BMP-1 an die "
            "kubanische Armee verkauft werden dürfen.")
    assert ("BMP-1", "exported_to", "Cuba") not in facts_of(extractor, text, "de")


def test_a_past_delivery_stays_an_export(extractor):
    text = ("Der T-72 ist ein sowjetischer Kampfpanzer. Im Jahr 1985 wurden aus der Sowjetunion 120 T-72-Panzer "
            "an Kuba geliefert.")
    assert ("T-72", "exported_to", "Cuba") in facts_of(extractor, text, "de")


def test_dutch_agreement_to_a_delivery_is_no_export(extractor):
    text = ("De BMP-1 is een Sovjet-infanteriegevechtsvoertuig. De regering heeft ingestemd met de levering van "
            "40 BMP-1 aan Cuba.")
    assert ("BMP-1", "exported_to", "Cuba") not in facts_of(extractor, text, "nl")
