"""A country that makes "its own copies" (or "local copies") of a design made unnamed copies of it: the words of
making and the possessive between the country and the copy word keep it the copier, so the copies, not the design
itself, are made there."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("By 1970 Egypt had begun to produce its own copies of the RPG-7.", "en"),
    ("Dès 1970, l'Égypte avait commencé à produire ses propres copies du RPG-7.", "fr"),
    ("Ab 1970 begann Ägypten, eigene Kopien der RPG-7 zu fertigen.", "de"),
    ("Dal 1970 l'Egitto aveva cominciato a produrre le proprie copie dell'RPG-7.", "it"),
    ("Desde 1970 Egipto había empezado a producir sus propias copias del RPG-7.", "es"),
])
def test_the_copies_are_made_there(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert ("RPG-7", "made_in_country", "Egypt") not in facts, facts
    assert any(s != "RPG-7" and r == "derived_from" and o == "RPG-7" for s, r, o in facts), facts
    assert any(s != "RPG-7" and r == "made_in_country" and o == "Egypt" for s, r, o in facts), facts
