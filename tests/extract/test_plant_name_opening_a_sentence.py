"""A one-word capitalised name before a plant word that opens a sentence ("Oakfield factory also made ...") names a
maker when the text writes the same word with its capital inside a sentence too; a capital that only opens the
sentence still names none ("Several factory workers ..."). Sentences of our own; they prove behaviour, not
quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_a_name_the_text_capitalises_elsewhere_is_a_maker(extractor: Extractor) -> None:
    text = ("Making of the PK began in 1969 at the Wrexley Metalworks. Wrexley factory later made the PKM as "
            "well.")
    assert ("PKM", "manufactured_by", "Wrexley factory") in facts_of(extractor, text, "en")


def test_a_capital_that_only_opens_the_sentence_names_no_maker(extractor: Extractor) -> None:
    text = "Several factory crews assembled the PKM. Several more assembled the PK."
    assert not any(rel == "manufactured_by" for _, rel, _ in facts_of(extractor, text, "en"))
