"""Portuguese and Italian join "in" to the article ("no", "na"; "nel", "nella"): "made in the ..." reads as a word
of making before its place in those forms too."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text, lang, country", [
    ("Muitos lançadores RPG-2 usados na guerra eram feitos na China.", "pt", "China"),
    ("Os fuzis AKM feitos no Egito chegaram depois.", "pt", "Egypt"),
    ("Alcuni lanciatori RPG-2 usati in guerra erano fatti nella Cina popolare.", "it", "China"),
])
def test_made_in_the_names_the_place(extractor, text, lang, country):
    facts = facts_of(extractor, text, lang)
    assert any(r == "made_in_country" and o == country for _, r, o in facts), facts
