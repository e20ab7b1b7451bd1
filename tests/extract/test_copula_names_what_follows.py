"""A name a copula opening its sentence says the thing is ("Es handelt sich dabei um eine J-7 (...)", "This is a J-7
(...)") is what the next sentences go on about, however long an aside in brackets after it makes the sentence: a
following sentence that names only the original ("Eine chinesische Version der MiG 21 ...") speaks of that name.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ('Auf dem Bogen sieht man einen "Fishbed", die MiG 21 fehlt aber. Es handelt sich dabei um eine Chengdu J-7 (im '
     'Ausland als F-7 verkauft) [3]. Eine chinesische Version der MiG 21, gebaut ohne Lizenz.', "de"),
    ('The sheet pictures a "Fishbed" yet no MiG-21. This is a Chengdu J-7 (sold abroad as the F-7) [3]. '
     'A Chinese version of the MiG-21, built without a licence.', "en"),
])
def test_the_named_design_is_the_chinese_variant(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Chengdu J-7", "made_in_country", "China") in facts, facts
    assert not [f for f in facts if "Chinese version" in f[0]], facts
