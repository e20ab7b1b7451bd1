"""A verb of basis in French in any tense reads the design it names as the original ("le char dérivait du T-44",
"le fusil dériva de l'AKM"): the language file lists the verb's dictionary form, and the generated inflections give
its tenses. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("text", "copy", "original"), [
    ("Le char T-54 dérivait directement du T-44.", "T-54", "T-44"),
    ("Le fusil AKM dériva de l'AK-47 au début des années 1950.", "AKM", "AK-47"),
    ("Les chars T-72M1 dérivaient du T-72 de série.", "T-72M1", "T-72"),
])
def test_a_past_tense_of_deriver_names_the_original(extractor: Extractor, text: str, copy: str,
                                                      original: str) -> None:
    assert (copy, "derived_from", original) in facts_of(extractor, text, "fr")


def test_the_present_tense_still_reads(extractor: Extractor) -> None:
    assert ("AKM", "derived_from", "AK-47") in facts_of(extractor, "L'AKM dérive de l'AK-47.", "fr")
