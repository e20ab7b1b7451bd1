"""Selling on what was bought ("resold", "revendu", "revendido", "rivenduto") sends it to the one named after: an
export, the country it went to."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Dans les années 1990, la Syrie a revendu plusieurs obusiers D-30 au Soudan.", "fr"),
    ("En los años noventa, varios obuses D-30 fueron revendidos a Sudán.", "es"),
    ("Negli anni Novanta alcuni obici D-30 furono rivenduti al Sudan.", "it"),
    ("Nos anos noventa, vários obuses D-30 foram revendidos ao Sudão.", "pt"),
])
def test_a_resale_is_an_export_to_the_buyer(extractor: Extractor, text: str, lang: str) -> None:
    assert ("D-30", "exported_to", "Sudan") in facts_of(extractor, text, lang)
