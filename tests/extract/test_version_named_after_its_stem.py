"""A version the words leave to the design spoken of, whose name is a letter or three glued before the whole
designation of another design the text names, is a version of that design (the KT-72 of the T-72)."""

from __future__ import annotations

import pytest

from .conftest import facts_of

_BEFORE = {
    "en": "The works turned out both the T-55 and the T-72 tanks. In the eighties the T-55AM2 followed. ",
    "cs": "Závod vyráběl tanky T-55 i T-72. V osmdesátých letech následoval T-55AM2. ",
}


@pytest.mark.parametrize(("lang", "last"), [
    ("en", "Among its derived versions were the KT-55 and the ZT-72."),
    ("cs", "Továrna dodávala i upravené verze, například KT-55 a ZT-72."),
])
def test_version_of_the_design_its_name_ends_in(extractor, lang, last):
    facts = facts_of(extractor, _BEFORE[lang] + last, lang)
    assert ("ZT-72", "derived_from", "T-72") in facts, facts
    assert ("ZT-72", "derived_from", "T-55AM2") not in facts, facts


def test_an_original_named_beside_the_version_stays(extractor):
    facts = facts_of(extractor, "The T-72 was built in the thousands. The ZT-72 is a version of the T-55.", "en")
    assert ("ZT-72", "derived_from", "T-55") in facts, facts
