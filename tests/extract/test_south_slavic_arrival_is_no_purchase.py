"""Serbian and Croatian "stigli/стигли" (arrived) is a word of arrival only, not of buying.

Read as both, the arrival's country lost its place as where the design went. Each sentence was written for the
test.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Prvi helikopteri Mi-17 stigli su u Peru 1984. godine.", "hr", ("Mi-17", "exported_to", "Peru")),
    ("Први авиони МиГ-23 стигли су у Либију 1974. године.", "sr", ("MiG-23", "exported_to", "Libya")),
    ("Tenkovi T-55 stigli su u Etiopiju.", "bs", ("T-55", "exported_to", "Ethiopia")),
])
def test_arrival_names_where_it_went(extractor: Extractor, text: str, lang: str,
                                     fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)


def test_the_transport_that_brought_them_did_not_arrive_as_a_sale(extractor: Extractor) -> None:
    text = "Hrvatskoj su stigla dva helikoptera Mi-8 iz Ukrajine, dopremljena avionom An-124."
    facts = facts_of(extractor, text, "hr")
    assert ("Mi-8", "exported_to", "Croatia") in facts
    assert ("An-124", "exported_to", "Croatia") not in facts
