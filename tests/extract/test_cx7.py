"""Licence readings: who gave a licence that was granted and later contested, and which party of a signed deal
gave it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import all_facts, facts_of, objects


def test_a_granted_licence_later_contested_keeps_its_licensor(full_extractor: Extractor) -> None:
    text = ("Russia granted Bulgaria a licence to produce the AK-47, but Rosoboronexport says the licence has "
            "expired and accuses Bulgaria of infringing its rights.")
    facts = facts_of(full_extractor, text, "en")
    assert objects(facts, "licensed_by") == ["Russia"]


def test_a_licence_not_handed_over_names_no_licensor(full_extractor: Extractor) -> None:
    # guard: a denied handing over gives no licence and no licensor
    text = "Sin la tecnología soviética, los ingenieros de Pekín tuvieron que copiar un MiG-21US."
    assert not objects(facts_of(full_extractor, text, "es"), "licensed_by")


@pytest.mark.parametrize(("text", "lang", "giver", "taker"), [
    ("In 1961 the Soviet Union signed an agreement with Poland on licence production of the T-72.", "en",
     "Soviet Union", "Poland"),
    ("Năm 1961, Liên Xô đã ký một thỏa thuận với Ba Lan về việc chuyển giao công nghệ xe tăng T-72.", "vi",
     "Soviet Union", "Poland"),
])
def test_the_rights_holder_signing_with_a_party_gave_the_licence(full_extractor: Extractor, text: str, lang: str,
                                                                 giver: str, taker: str) -> None:
    facts = all_facts(full_extractor, text, lang)
    assert {f.object for f in facts if f.relation == "licensed_by"} == {giver}
    assert {f.scope for f in facts if f.relation == "licence_status"} == {taker}


def test_a_party_holding_the_rights_is_the_licensor(full_extractor: Extractor) -> None:
    # guard: the party named after "with" holds the rights, and gave the licence
    text = "In 1961 Poland signed an agreement with the Soviet Union on licence production of the T-72."
    assert objects(facts_of(full_extractor, text, "en"), "licensed_by") == ["Soviet Union"]


@pytest.mark.parametrize(("text", "lang", "original"), [
    ("For years the works built unlicensed copies of the MiG-21 (named J-7 there).", "en", "MiG-21"),
    ("La Chine a produit des copies illégales du Su-27 (appelées J-11) pendant des années.", "fr", "Su-27"),
    ("Da anni lo stabilimento sforna copie illegali del Su-27 (dette J-11).", "it", "Su-27"),
])
def test_the_original_of_an_unlicensed_copy_is_not_unlicensed(full_extractor: Extractor, text: str, lang: str,
                                                              original: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert not any(s == original and r == "licence_status" for s, r, _ in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Pakistan makes counterfeit AK-47s in small workshops.", "en"),
    ("In Pakistan sono state prodotte copie illegali dell'AK-47.", "it"),
])
def test_a_fake_or_an_unnamed_copy_is_unlicensed(full_extractor: Extractor, text: str, lang: str) -> None:
    # guard: a word that is copy and fake in one, right on the name, makes the product spoken of unlicensed; an
    # unnamed copy's status is said of its original
    facts = all_facts(full_extractor, text, lang)
    assert any(f.relation == "licence_status" and f.object == "unlicensed" for f in facts)
