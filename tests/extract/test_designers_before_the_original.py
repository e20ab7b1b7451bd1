"""The designers' names the trade writes before a design ("la versión con licencia del Mikoyan-Gurevich MiG-21") name no
design of their own: in a frame that says one design is a version or copy of another, the original is the design after
them, not a new product "Mikoyan". Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El J-7 es una versión con licencia del Mikoyan-Gurevich MiG-21."),
    ("pt", "O J-7 é uma versão sob licença do Mikoyan-Gurevich MiG-21."),
    ("fr", "Le J-7 est une version sous licence du Mikoyan-Gurevich MiG-21."),
])
def test_the_original_is_the_design_after_the_designers(extractor: Extractor, lang: str, text: str) -> None:
    originals = {o for s, r, o in facts_of(extractor, text, lang) if r == "derived_from"}
    assert originals == {"MiG-21"}


def test_an_unknown_capitalised_original_is_still_read(extractor: Extractor) -> None:
    assert ("Toophan", "derived_from", "TOW") in facts_of(extractor, "Le Toophan est une copie iranienne du TOW.", "fr")
