"""Whose the verb is: the name that opens a sentence is the subject of a verb past an aside set off by commas ("The
Chinese J-7 fighter, a copy of the MiG-21F-13, was sold to Pakistan"), with the article, its country's adjective and
a noun of its kind around it. Sentences of our own."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("The Chinese J-7 fighter, a copy of the MiG-21F-13, was sold to Pakistan and Iran.", "en"),
    ("Le chasseur chinois J-7, une copie du MiG-21F-13, a été vendu au Pakistan et à l'Iran.", "fr"),
])
def test_the_opening_name_is_what_went_past_an_aside(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("Chengdu J-7", "exported_to", "Pakistan") in facts, facts
    assert not [f for f in facts if f[0] == "MiG-21F-13"], facts
    assert ("Chengdu J-7", "derived_from", "MiG-21F-13") in facts, facts


def test_a_clause_that_says_more_of_the_original_is_still_its(full_extractor: Extractor) -> None:
    # guard: "which" opens a clause about the name right before it
    facts = facts_of(full_extractor, "The J-6 is a copy of the MiG-19, which was sold to Cuba.", "en")
    assert ("MiG-19", "exported_to", "Cuba") in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The OT-64 was an alternative to the Soviet BTR-60 and was built by Tatra.", "en"),
    ("El OT-64 fue una alternativa al BTR-60 soviético y fue fabricado por Tatra.", "es"),
    ("Der OT-64 war eine Alternative zum sowjetischen BTR-60 und wurde von Tatra gebaut.", "de"),
    ("L'OT-64 era un'alternativa al BTR-60 sovietico e fu costruito dalla Tatra.", "it"),
])
def test_what_a_design_is_an_alternative_to_is_not_what_the_sentence_speaks_of(
        full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("OT-64 SKOT", "manufactured_by", "Tatra") in facts, facts
    assert not [f for f in facts if f[0] == "BTR-60" and f[1] == "manufactured_by"], facts


def test_these_tanks_mean_the_design_spoken_of_not_its_original(full_extractor: Extractor) -> None:
    text = "Yugoslavia built the M-84 as its own version of the Soviet T-72 tank. These tanks went to Kuwait."
    facts = facts_of(full_extractor, text, "en")
    assert ("M-84", "exported_to", "Kuwait") in facts, facts
    assert ("T-72", "exported_to", "Kuwait") not in facts, facts


def test_these_tanks_still_mean_each_design_named_before(full_extractor: Extractor) -> None:
    # guard: two designs the sentence before named, neither the other's original
    facts = facts_of(full_extractor, "The plant built the T-55 and the T-72. These tanks were exported to Iraq.", "en")
    assert {("T-55", "exported_to", "Iraq"), ("T-72", "exported_to", "Iraq")} <= facts, facts


def test_these_tanks_mean_the_one_design_left_not_the_pages_topic(full_extractor: Extractor) -> None:
    # (the page opens with another design; the sentence before named the M-84 and the original it comes from)
    text = ("The M-84AB was built for export. Yugoslavia built the M-84 as its own version of the Soviet T-72 tank. "
            "These tanks went to Kuwait.")
    facts = facts_of(full_extractor, text, "en")
    assert ("M-84", "exported_to", "Kuwait") in facts, facts
    assert ("M-84AB", "exported_to", "Kuwait") not in facts, facts
