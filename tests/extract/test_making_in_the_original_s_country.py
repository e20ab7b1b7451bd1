"""A sentence that names no design but makes one where the design spoken of is not made (as the registry or the
sentences before have it) but where an original of it named before is ("The J-7 is a Chinese version of the MiG-21.
The fighter, whose serial production began in the Soviet Union in 1959, ...") speaks of that original. Sentences of
our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The J-7 is a Chinese version of the MiG-21. The fighter, whose serial production began in the Soviet "
           "Union in 1959, is still flying."),
    ("es", "El J-7 es una versión china del MiG-21. El caza, fabricado en serie en la URSS desde 1959, "
           "sigue volando."),
])
def test_the_making_abroad_is_the_original_s(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("MiG-21", "introduced_year", "1959") in facts
    assert not any(s == "Chengdu J-7" and o in {"1959", "Soviet Union"} for s, _, o in facts)


@pytest.mark.parametrize("text", [
    # (a sale, not a making: the copy went there)
    "The J-7 is a Chinese version of the MiG-21. It was exported to the Soviet Union in 1990.",
    # (the copy's own country: the copy's)
    "The J-7 is a Chinese version of the MiG-21. Production began in China in 1967.",
])
def test_the_copy_keeps_what_is_its_own(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "en")
    assert any(s == "Chengdu J-7" and r in {"exported_to", "introduced_year"} for s, r, _ in facts)
    assert not any(s == "MiG-21" and r in {"exported_to", "introduced_year"} for s, r, _ in facts)
