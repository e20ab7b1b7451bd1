"""A clause a relative word opens right after a copy's original, with a country of its own as the clause's subject
("..., which Egypt built under licence", "..., a tank that Iraq assembled"), says more of that original: its licence
and its place of making are the original's, not the copy's the sentence opens with. Sentences of our own."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "original", "copy", "country"), [
    ("en", "The Ramses II is based on the T-54, which Egypt built under licence.", "T-54", "Ramses II", "Egypt"),
    ("en", "The Lion of Babylon was derived from the T-72, a tank that Iraq assembled under licence.",
     "T-72", "Lion of Babylon", "Iraq"),
    ("en", "The Al-Zarrar is a development of the Type 59, an old design that Pakistan produced under licence.",
     "Type 59 tank", "Al-Zarrar", "Pakistan"),
    ("es", "El Zulfiqar deriva del T-72, que Irán fabricó bajo licencia.", "T-72", "Zulfiqar", "Iran"),
])
def test_the_relative_clause_speaks_of_the_original(extractor: Extractor, lang: str, text: str, original: str,
                                                    copy: str, country: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (original, "made_in_country", country) in facts
    assert (copy, "made_in_country", country) not in facts
    assert (copy, "licence_status", "licensed") not in facts


def test_a_clause_joined_by_and_is_no_relative_clause_of_the_original(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The M-84 is based on the T-72, and the tank that Yugoslavia built under licence "
                                "was the M-84.", "en")
    assert ("T-72", "made_in_country", "Yugoslavia") not in facts
