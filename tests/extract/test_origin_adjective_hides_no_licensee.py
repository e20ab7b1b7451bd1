"""An adjective of the country that holds a design's rights, nearest the product ("of Russian origin"), is the
design's origin, no licensee, and it hides none: the country named with the licence word after it holds the licence.
Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import all_facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Rus menşeili T-90S tankları Hindistan'da lisansla yapılıyor.", "tr"),
    ("The Russian T-90S tank is now built under licence in India.", "en"),
])
def test_the_licensee_after_the_origin(extractor: Extractor, text: str, lang: str) -> None:
    scopes = {f.scope for f in all_facts(extractor, text, lang)
              if f.relation == "licence_status" and f.object == "licensed"}
    assert scopes == {"India"}, scopes
