"""A country that buys what another country, marked as the place, made under licence took no licence of its own:
the place of making is the licensee ("a Csehszlovákiában licenc alapján gyártott T-72M1-eseket Magyarország is
megvásárolta": Czechoslovakia built them under licence, Hungary bought them).

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import all_facts


def test_the_place_of_licensed_making_holds_the_licence(extractor: Extractor) -> None:
    text = "A Lengyelországban licenc alapján gyártott T-72M1-eseket később Magyarország is megvásárolta."
    facts = all_facts(extractor, text, "hu")
    scopes = {f.scope for f in facts if f.subject == "T-72M1" and f.relation == "licence_status"}
    assert scopes == {"Poland"}, facts


def test_a_buyer_of_a_licence_still_holds_it(extractor: Extractor) -> None:
    facts = all_facts(extractor, "Lengyelország megvásárolta a T-72 gyártási licencét.", "hu")
    assert any(f.relation == "licence_status" and f.scope == "Poland" for f in facts), facts
