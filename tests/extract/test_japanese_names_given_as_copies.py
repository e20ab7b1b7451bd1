"""Japanese: a sentence that names what a licence made "as" a new name ("PM md. 63として国産化された") speaks of that
making, and the design the text is about, named only in a later sentence, is neither derived from that name nor
its kin; a version word before a name and its genitive mark ("改良型のAKMS") makes the name that version, and a name
given "as" after it (as "として") is the version made. Readings of a design a sentence does not name count as the
topic's wherever the design is named first. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of

TEXT = ("その時ソ連はルーマニアにAKMの生産ライセンスを与え、PM md. 63として国産化された。"
        "その後改良型のAKMSをPM md. 65として生産した。PM md. 65はルーマニア軍に配備された。")


def test_the_named_copy_is_no_original_of_the_topic(extractor: Extractor) -> None:
    facts = facts_of(extractor, TEXT, "ja")
    assert ("PM md. 63", "derived_from", "AKM") in facts
    assert ("PM md. 65", "derived_from", "PM md. 63") not in facts


def test_the_version_named_as_comes_from_the_design_before_it(extractor: Extractor) -> None:
    assert ("PM md. 65", "derived_from", "AKMS") in facts_of(extractor, TEXT, "ja")
