"""A name after a South Slavic (or Slovenian, Slovak) word for "under the name" is the copy's own name: a licence
word right before it does not make that name the original, and the design spoken of in the sentence before does
not take the making."""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of

CASES = [
    ("hr", "Tenk M-84 izvozio se u Kuvajt.\n\nPištolj TT se u Kini proizvodio po licenci pod imenom Tip 54.\n",
     "China"),
    ("sr", "Tenk M-84 izvozio se u Kuvajt.\n\nPištolj TT se u Kini proizvodio po licenci pod nazivom Tip 54.\n",
     "China"),
    ("bs", "Tenk M-84 prodan je Kuvajtu.\n\nPištolj TT se u Kini proizvodio po licenci pod oznakom Tip 54.\n",
     "China"),
]


@pytest.mark.parametrize("lang,text,country", CASES)
def test_the_named_copy_is_made_there_not_the_design_before(extractor, lang, text, country):
    facts = facts_of(extractor, text, lang)
    assert ("M-84", "made_in_country", country) not in facts
    assert ("M-84", "licence_status", "licensed") not in facts
    assert any(r == "made_in_country" and o == country and "54" in s for s, r, o in facts)
