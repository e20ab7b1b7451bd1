"""A name set off before "the local version of the French Puma": the original is the foreign name after the word,
known to the registry or not, so the name is no version of the design the sentence before spoke of."""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of

CASES = [
    ("hr", "Tenk M-84 izvozio se u Kuvajt.\n\n"
           "Rumunjska je po licenci proizvodila helikopter IAR 330, lokalnu inačicu francuske Pume.\n", "M-84"),
    ("ro", "Tancul TR-85 a fost dezvoltat în România pe baza tancului sovietic T-55.\n\n"
           "România a fabricat sub licență elicopterul IAR 330, versiunea locală a francezului Puma.\n", "TR-85"),
]


@pytest.mark.parametrize("lang,text,before", CASES)
def test_no_version_of_the_design_before(extractor, lang, text, before):
    facts = facts_of(extractor, text, lang)
    assert not any(r == "derived_from" and o == before and "330" in s for s, r, o in facts)
    assert any(r == "made_in_country" and o == "Romania" and "330" in s for s, r, o in facts)
