"""A country's adjective on a maker noun ("usines chinoises", "fabbriche cinesi") says where the thing was made, even
where a word that can mean "from" opens the phrase: French "des" (the plural article), Italian "da" (also "by"). The
fact is read as surely as after "les" or "nelle"."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


@pytest.mark.parametrize(("text", "lang"), [
    ("Au début, le lance-roquettes Type 69 était assemblé par des usines chinoises.", "fr"),
    ("All'inizio il lanciarazzi Type 69 era assemblato da fabbriche cinesi.", "it"),
])
def test_a_maker_noun_with_its_country_adjective_places_the_making(extractor: Extractor, text: str,
                                                                   lang: str) -> None:
    made = [f for f in extractor.extract_text(text, "t.txt", lang)
            if (f.subject, f.relation, f.object) == ("Type 69 RPG", "made_in_country", "China")]
    assert made and made[0].confidence >= 0.5
