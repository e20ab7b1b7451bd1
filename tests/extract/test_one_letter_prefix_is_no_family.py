"""A word of versions right before a name ("production of the model T-72") names that design, not a version of the
one spoken of before, where the two are of another family. One letter before the number (T, M, J) is shared by
designs of no kin (the T-55 and the T-72): there the stem's number tells the family, where the registry does not
know both names.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text, lang", [
    ("Zakład najpierw produkował czołgi T-55 AM9. Później ruszyła tam produkcja modelu T-72.", "pl"),
    ("The plant first built the T-55 AM9. Later it began production of the model T-72.", "en"),
])
def test_no_kin_across_stem_numbers(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert ("T-55 AM9", "derived_from", "T-72") not in facts, facts
    assert ("T-72", "derived_from", "T-55 AM9") not in facts, facts


def test_the_named_model_stays_among_the_paragraphs_designs(extractor):
    text = ("Podnik spočiatku vyrábal tanky T-55 AM9. Potom sa tam začala výroba modelu T-72. "
            "Všetky tieto tanky sa vyvážali do Sýrie a Indie.")
    facts = facts_of(extractor, text, "sk")
    assert ("T-72", "exported_to", "Syria") in facts, facts
    assert ("T-72", "exported_to", "India") in facts, facts
