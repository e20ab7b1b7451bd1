"""Where a language sets the owner after its noun in the genitive, a country's name right after a word for forces
("Ministarstvu obrane Sirije", "Министерству обороны Сирии") names whose forces they are: the forces use or buy
what the sentence speaks of, and a works' word elsewhere in the sentence does not make the design there."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _made(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extractor.extract_text(text, "t", lang) if f.relation == "made_in_country"}


@pytest.mark.parametrize(("text", "lang"), [
    ('Mornarica je imala rakete P-20. Posredstvom tvrtke "Tenex", Ministarstvu obrane Sirije prodano je 30 tih '
     'raketa.', "hr"),
    ('Mornarica je imala rakete P-20. Posredstvom preduzeća "Tenex", Ministarstvu odbrane Sirije prodato je 30 tih '
     'raketa.', "sr"),
])
def test_the_forces_owner_is_no_maker(extractor: Extractor, text: str, lang: str) -> None:
    assert ("P-20", "Syria") not in _made(extractor, text, lang)


def test_a_place_of_making_still_places_it(extractor: Extractor) -> None:
    text = "Rakete P-20 proizvodila je tvornica u Siriji za vojsku Sirije."
    assert ("P-20", "Syria") in _made(extractor, text, "hr")
