"""A design the document says one country makes, said to reach that country with no seller or origin named ("The
Polish army received its first T-55s in 1964"), is that country's own making, no import; a seller or another maker
country named keeps the export. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of, objects


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Poland built the T-55 under licence. The Polish army received its first T-55s in 1964."),
    ("cs", "Polsko vyrábělo tanky T-55 v licenci. Polská armáda směla převzít první tanky T-55 v roce 1964."),
])
def test_a_making_reaching_the_makers_own_forces_is_no_import(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-55", "made_in_country", "Poland") in facts, facts
    assert "Poland" not in objects(facts, "exported_to"), facts


@pytest.mark.parametrize("text", [
    "Poland built the T-55 under licence. The Soviet Union sold Poland its first T-55s in 1963.",
    "Poland and the Soviet Union both built the T-55. Poland also received T-55s in 1964.",
])
def test_a_seller_or_another_maker_keeps_the_export(extractor: Extractor, text: str) -> None:
    assert "Poland" in objects(facts_of(extractor, text, "en"), "exported_to")
