"""A sentence that ends on the copy it reads ("among the versions of the T-72 the best known is the Yugoslav M-84")
speaks of that copy: the next sentence's making is the copy's; and a country's adjective on a design the registry says
is made in that country is no sign that the copula's other name is that country's copy of it. Sentences of our own;
they prove behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of

CROATIAN = ("Među brojnim inačicama sovjetskog T-72 najpoznatiji je jugoslavenski M-84. "
            "Tenk se proizvodio u tvornici Đuro Đaković u Slavonskom Brodu.")


def test_the_copy_a_sentence_ends_on_is_what_the_next_one_makes(extractor: Extractor) -> None:
    facts = facts_of(extractor, CROATIAN, "hr")
    assert ("M-84", "derived_from", "T-72") in facts
    assert ("M-84", "manufactured_by", "Đuro Đaković") in facts
    assert not any(s == "T-72" and r == "manufactured_by" for s, r, _ in facts)


def test_the_copys_own_country_is_not_stamped_on_its_original(extractor: Extractor) -> None:
    facts = facts_of(extractor, CROATIAN, "hr")
    assert ("M-84", "made_in_country", "Yugoslavia") in facts
    assert ("T-72", "made_in_country", "Yugoslavia") not in facts


def test_a_foreign_adjective_on_the_original_still_makes_a_copy(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Misr is an Egyptian AKM.", "en")
    assert ("Misr", "derived_from", "AKM") in facts
    assert ("Misr", "made_in_country", "Egypt") in facts
