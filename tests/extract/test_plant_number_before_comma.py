"""A plant the registry knows by a word in capitals and a number ("GAZ 30") keeps its number where a comma follows it
("GAZ 30, later part of ..."): the comma closes a clause, it opens no decimal; the word alone names another maker.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Die MiG-21PF wurde in Moskau (GAZ 30, später ein Teil von RSK MiG) gebaut.", "de"),
    ("The MiG-21PF was built in Moscow (GAZ 30, later part of RSK MiG).", "en"),
])
def test_a_comma_after_the_plant_number_keeps_the_plant(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    makers = {f[2] for f in facts if f[1] == "manufactured_by"}
    assert "Gorky Automobile Plant" not in makers, facts
    assert "Moscow Aircraft Plant No. 30 (Znamya Truda)" in makers, facts
