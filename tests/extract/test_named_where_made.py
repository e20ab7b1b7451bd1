"""A name a relative clause of place gives after the places a design was made in ("licence-built in India and
China, where it was designated J-7") is the copy made in that place alone; the design is what the other places
made. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of, objects


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "From 1966 the MiG-21 was built under licence in Czechoslovakia, India and China, where it was given the "
           "designation J-7."),
    ("fr", "Le MiG-21 fut construit sous licence en Tchécoslovaquie, en Inde et en Chine, où il reçut la "
           "désignation J-7."),
    ("hr", "MiG-21 se po licenci gradio u Indiji, Čehoslovačkoj i Kini, gdje je dobio oznaku J-7."),
])
def test_the_name_is_the_last_places_copy(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    copy = next(s for s, r, o in facts if r == "derived_from" and o == "MiG-21")
    assert copy.endswith("J-7"), facts
    assert {o for s, r, o in facts if s == copy and r == "made_in_country"} == {"China"}, facts
    assert {"India", "Czechoslovakia"} <= set(objects({f for f in facts if f[0] == "MiG-21"}, "made_in_country"))
    assert objects(facts, "alias_of") == [], facts
