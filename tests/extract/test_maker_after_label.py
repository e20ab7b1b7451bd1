"""A museum's or a catalogue's card names the maker after a label and a colon ("Výrobce: Kazaňský letecký závod"):
a plant's name of a capitalised adjective and lower-case ones agreeing with it opens there, though no lower-case
word of a sentence stands before it. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "maker"), [
    ("cs", "Letoun MiG-21MF (7701)\nVýrobce: Gorkovský letecký závod. Do služby přijat v roce 1972.",
     "Gorkovský letecký závod"),
    ("sk", "Tank T-55A (3012)\nVýrobca: Charkovský strojárenský závod. Do služby prevzatý v roku 1969.",
     "Charkovský strojárenský závod"),
])
def test_an_agreeing_plant_name_after_a_label_is_the_maker(extractor: Extractor, lang: str, text: str,
                                                           maker: str) -> None:
    makers = {o for _, r, o in facts_of(extractor, text, lang) if r == "manufactured_by"}
    assert maker in makers, makers


def test_a_capital_opening_a_sentence_before_a_plant_word_still_names_nothing(extractor: Extractor) -> None:
    text = "Letoun MiG-21MF přiletěl v roce 1972. Několik letecký závod opravovalo."
    makers = {o for _, r, o in facts_of(extractor, text, "cs") if r == "manufactured_by"}
    assert not any(o.startswith("Několik") for o in makers), makers


def test_the_moscow_plant_under_its_czech_name(extractor: Extractor) -> None:
    text = "Letoun MiG-21PF postavil roku 1964 moskevský závod Prapor práce."
    facts = facts_of(extractor, text, "cs")
    assert ("MiG-21PF", "manufactured_by", "Moscow Aircraft Plant No. 30 (Znamya Truda)") in facts, facts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Kestrel-4 is a light aircraft.\n\nManufacturer: QRT (Quarry Road Tooling), Poland, 1971\n"),
    ("de", "Die Kestrel-4 ist ein leichtes Flugzeug.\n\nHersteller: QRT\n"),
    ("es", "El Kestrel-4 es un avión ligero.\n\nFabricante: QRT\n"),
    ("ru", "Kestrel-4 — лёгкий самолёт.\n\nПроизводитель: QRT\n"),
])
def test_an_unknown_acronym_in_a_maker_field_is_the_maker(extractor: Extractor, lang: str, text: str) -> None:
    makers = {o for s, r, o in facts_of(extractor, text, lang) if r == "manufactured_by" and s == "Kestrel-4"}
    assert makers == {"QRT"}, makers


def test_each_name_a_maker_field_lists_is_a_maker_and_a_country_stays_a_country(extractor: Extractor) -> None:
    text = "The Kestrel-4 is a light aircraft.\n\nManufacturer: QRT, Holm Works Ltd (Poland)\n"
    facts = facts_of(extractor, text, "en")
    makers = {o for s, r, o in facts if r == "manufactured_by" and s == "Kestrel-4"}
    assert makers == {"QRT", "Holm Works Ltd"}, facts
    assert not any(o == "Poland" for _, r, o in facts if r == "manufactured_by"), facts


def test_prose_after_a_maker_word_and_a_colon_names_no_maker(extractor: Extractor) -> None:
    text = ("The Kestrel-4 is a light aircraft.\n\nManufacturer: nobody knows for sure which of the two plants "
            "built the first batch, since the records of the period were lost.\n")
    assert not any(r == "manufactured_by" for _, r, _ in facts_of(extractor, text, "en"))


def test_a_makers_name_in_a_field_ends_with_its_line(extractor: Extractor) -> None:
    # (the next field's label, a capitalised word, is no word of the maker's name)
    text = "Kestrel-4\n\nManufacturer: Holm Works\nProduced: 1993–2002\nNo. built: 233\n"
    makers = {o for s, r, o in facts_of(extractor, text, "en") if r == "manufactured_by" and s == "Kestrel-4"}
    assert makers == {"Holm Works"}, makers
