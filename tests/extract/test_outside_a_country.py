"""A country a word of "outside" governs is where nothing the sentence tells of happened: "built outside the
Soviet Union" places no making there, "exported outside the CIS" sends nothing there. Sentences of our own; they
prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of, objects


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The T-55 was also built outside the Soviet Union, in Poland and Czechoslovakia."),
    ("fr", "Le T-55 fut aussi construit en dehors de l'URSS, en Pologne et en Tchécoslovaquie."),
    ("es", "El T-55 también se fabricó fuera de la Unión Soviética, en Polonia y Checoslovaquia."),
    ("de", "Der T-55 wurde auch außerhalb der Sowjetunion gebaut, in Polen und der Tschechoslowakei."),
    ("ru", "Т-55 строили и за пределами СССР: в Польше и Чехословакии."),
    ("cs", "T-55 se vyráběl i za hranicemi SSSR, v Polsku a Československu."),
    ("fi", "T-55:tä rakennettiin myös Neuvostoliiton ulkopuolella, Puolassa ja Tšekkoslovakiassa."),
])
def test_no_making_where_the_text_says_outside(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    places = objects(facts, "made_in_country")
    assert "Soviet Union" not in places, facts
    assert "Poland" in places, facts


def test_no_recipient_outside(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The T-90 was the first Russian tank sold outside Russia, to India in 2001.", "en")
    assert objects(facts, "exported_to") == ["India"], facts
