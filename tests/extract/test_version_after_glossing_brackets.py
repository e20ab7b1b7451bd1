"""A version word after a name and its labelled gloss in brackets, and a participle of making between the word and
its "of" (Spanish, Portuguese, Italian).

These sentences were written for the tests: each proves that the name before brackets of labelled glosses ("(en
ruso: ..., designación OTAN: ...)") is what a version word after them speaks of, that a participial phrase of
making and place between a version word and its "of" leaves the original named, and that a designer's name before
the original is no word between; never how well extraction does on real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "child", "parent"), [
    # the name before labelled glosses in brackets is the version
    ("El Mi-14 (en ruso: Ми-14; versión antisubmarina: Mi-14PL) es el modelo naval del Mi-8.", "es", "Mi-14",
     "Mi-8"),
    ("O Mi-14 (em russo: Ми-14; versão antissubmarina: Mi-14PL) é o modelo naval do Mi-8.", "pt", "Mi-14",
     "Mi-8"),
    # a participial phrase of making and place between the version word and its "of"
    ("El J-7 es una versión ensamblada con licencia en la República Popular China del caza MiG-21.",
     "es", "Chengdu J-7", "MiG-21"),
    ("O J-7 é uma versão montada com licença na República Popular da China do caça MiG-21.", "pt",
     "Chengdu J-7", "MiG-21"),
    ("Il Lim-5 è una versione costruita con licenza in Polonia del noto caccia Mikoyan-Gurevich MiG-17.", "it",
     "PZL-Mielec Lim-5", "MiG-17"),
])
def test_version_and_original(extractor: Extractor, text: str, lang: str, child: str, parent: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (child, "derived_from", parent) in facts, facts


def test_gloss_in_brackets_is_no_version(extractor: Extractor) -> None:
    facts = facts_of(extractor, "El Mi-14 (en ruso: Ми-14; versión antisubmarina: Mi-14PL) es el modelo naval del "
                     "Mi-8.", "es")
    assert ("Mi-14PL", "derived_from", "Mi-8") not in facts, facts
