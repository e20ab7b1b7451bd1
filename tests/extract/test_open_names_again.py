"""A name nobody lists, once a frame shows it is a product ("the Zafar tank", "the Zafar is a copy of ..."), names
that product wherever the text writes it again; and "it is an improved T-72" says the design spoken of is a version
of the T-72, not that the T-72 is its version. Names and sentences of our own."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_a_name_shown_once_is_read_everywhere(extractor: Extractor) -> None:
    text = ("The Zafar tank was first shown in 2016. Iran bought the T-72S from Russia in 1993, and in 2017 the Zafar "
            "went into production at Dorud.")
    facts = facts_of(extractor, text, "en")
    assert ("Zafar", "introduced_year", "2017") in facts
    assert ("T-72S", "introduced_year", "2017") not in facts


def test_a_name_never_framed_as_a_product_stays_unread(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Zafar is being built at the Dorud works.", "en")
    assert not [f for f in facts if f[0] == "Zafar"]


def test_it_is_an_improved_original(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The Zafar tank was shown in 2010. It is an improved T-72.", "en")
    assert ("Zafar", "derived_from", "T-72") in facts
    assert ("T-72", "derived_from", "Zafar") not in facts
