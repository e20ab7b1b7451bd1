"""A designation of one word that the shapes of designations do not read whole ("AR-M1", "MiG-21bisD", "T-34-85M1")
is found by the name the registry gives it, not cut to a shorter one or missed. Sentences of our own."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from copytrace.extract.match import Matcher, Phrase, match_fold
from copytrace.extract.shapes import designations
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "name", "fact"), [
    ("The AR-M1 is made by Arsenal in Bulgaria.", "AR-M1", ("Arsenal AR-M1", "made_in_country", "Bulgaria")),
    ("Ukraine sold the MiG-21bisD fighters to Croatia in 2014.", "MiG-21bisD",
     ("MiG-21bisD", "exported_to", "Croatia")),
    ("The T-34-85M1 was built in Poland.", "T-34-85M1", ("T-34-85M1", "made_in_country", "Poland")),
])
def test_a_known_designation_the_shapes_cut_is_read_whole(full_extractor: Extractor, text: str, name: str,
                                                          fact: tuple[str, str, str]) -> None:
    # (the shapes alone read none of these names whole)
    assert not any(d.text == name for d in designations(text, 0, len(text))), name
    facts = facts_of(full_extractor, text, "en")
    assert fact in facts, facts


def test_a_maker_before_a_designation_is_still_the_maker(full_extractor: Extractor) -> None:
    # guard: a registry name of words ("Vektor CR-21") is not matched whole, so its maker stays a maker
    facts = facts_of(full_extractor, "The CR-21 rifle is made by Vektor in South Africa.", "en")
    assert any(r == "manufactured_by" and o.startswith("Vektor") for _, r, o in facts), facts


def test_a_bare_designation_is_the_product_of_the_maker_its_sentence_names(full_extractor: Extractor) -> None:
    # "M76" alone is the registry's Valmet M76; a sentence that names Zastava as its maker speaks of Zastava's
    facts = facts_of(full_extractor, "Built by Zastava Arms, the M76 sniper rifle was supplied to Iraq.", "en")
    assert ("Zastava M76", "exported_to", "Iraq") in facts, facts
    facts = facts_of(full_extractor, "The M76 rifle was made by Valmet in Finland.", "en")
    assert ("Valmet M76", "made_in_country", "Finland") in facts, facts


def test_a_design_a_maker_builds_keeps_its_own_name(full_extractor: Extractor) -> None:
    # guard: "Su-30MKI" is the design's own name, not one maker's product among others
    facts = facts_of(full_extractor, "The Su-30MKI is assembled by HAL in India.", "en")
    assert ("Su-30MKI", "made_in_country", "India") in facts, facts


@pytest.mark.parametrize("text", [
    "Концерн «Калашников» выпускает автомат АК-74М.",
    "Автомат АК-74М выпускает концерн «Калашников».",   # (the first word small, as Russian writes it)
])
def test_a_name_with_quotation_marks_between_its_words_is_read(full_extractor: Extractor, text: str) -> None:
    facts = facts_of(full_extractor, text, "ru")
    assert ("AK-74M", "manufactured_by", "Kalashnikov Concern") in facts, facts


def test_a_name_as_written_keeps_its_marks() -> None:
    matcher = Matcher()
    matcher.add_as_written("Завод «Маяк»", Phrase("name", "x"))
    text = "его делает завод «Маяк» в городе"
    found = matcher.find(text, match_fold(text))
    assert [text[m.start:m.end] for m in found] == ["завод «Маяк"]
    assert not matcher.find("завод Маяк", match_fold("завод Маяк"))   # (the bare words are another name's to add)


def test_a_longer_name_of_the_same_design_is_one_name(full_extractor: Extractor) -> None:
    # "M-84D Degman" is the registry's M-84D; its "Degman" is no second design (the M-95 Degman)
    facts = facts_of(full_extractor, "Croatia built the M-84D Degman as an upgrade of the M-84.", "en")
    assert not [f for f in facts if f[0].startswith("M-95")], facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The Type 59 had two variants, the Type 59-I and the Type 59-II.", "en"),
    ("Tipe 59 memiliki dua varian, yaitu Tipe 59-I dan Tipe 59-II.", "id"),
])
def test_two_versions_numbered_in_roman_letters_are_siblings(full_extractor: Extractor, text: str,
                                                             lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("Type 59-II", "derived_from", "Type 59-I") not in facts, facts
    assert ("Type 59-II", "derived_from", "Type 59 tank") in facts, facts
