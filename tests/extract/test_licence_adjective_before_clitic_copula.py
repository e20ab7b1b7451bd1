"""Where a clitic copula stands second in the clause, a licence adjective comes between the name and the copy word
("X licensed is copy of Y"): the licence is the copy's, the name before, not the original's named after it."""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of

CASES = [
    ("hr", "Puška M70 licencna je kopija sovjetskog AKM.\n", "AKM"),
    ("hr", "Tenk PT-91 licencirana je inačica tenka T-72.\n", "T-72"),
    ("sr", "Tenk M-84 licencna je kopija sovjetskog T-72.\n", "T-72"),
]


@pytest.mark.parametrize("lang,text,original", CASES)
def test_the_licence_stays_on_the_copy(extractor, lang, text, original):
    facts = facts_of(extractor, text, lang)
    assert (original, "licence_status", "licensed") not in facts
    copies = {s for s, r, o in facts if r == "derived_from" and o == original}
    assert copies and all((c, "licence_status", "licensed") in facts for c in copies)
