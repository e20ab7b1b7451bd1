"""A Slavic phrase that takes a design as the pattern or basis ("за основу был взят X", "jako vzor posloužil X",
"za podstawę przyjęto X", "X был взят за основу") names the original of the design the text speaks of, even where
the sentence does not name that design again. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Пистолет Тип 54 выпускался на заводах Китая. За основу был взят советский пистолет ТТ."),
    ("ru", "Пистолет Тип 54 выпускался на заводах Китая. Советский ТТ был взят за основу без изменений."),
    ("ru", "Пистолет Тип 54 выпускался на заводах Китая. В качестве образца при разработке использовался ТТ."),
    ("uk", "Пістолет Тип 54 виготовлявся на заводах Китаю. За основу було взято радянський ТТ."),
    ("cs", "Pistole Typ 54 se vyráběla v čínských továrnách. Jako vzor tehdy posloužila pistole TT."),
    ("cs", "Pistole Typ 54 se vyráběla v čínských továrnách. Za základ byla vzata pistole TT."),
    ("sk", "Pištoľ Typ 54 sa vyrábala v čínskych továrňach. Ako vzor poslúžila pištoľ TT."),
    ("pl", "Pistolet Typ 54 był wytwarzany w chińskich zakładach. Za podstawę przyjęto pistolet TT."),
    ("pl", "Pistolet Typ 54 był wytwarzany w chińskich zakładach. Jako wzór posłużył radziecki TT."),
])
def test_the_design_taken_as_basis_is_the_original_of_the_one_spoken_of(extractor: Extractor, lang: str,
                                                                         text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Type 54 pistol", "derived_from", "TT-33") in facts, facts
    # (the adjective on the original says nothing of where it was made: that is its copy's sentence)
    assert ("TT-33", "made_in_country", "Soviet Union") not in facts, facts


@pytest.mark.parametrize(("lang", "text"), [
    ("cs", "Pistole Typ 54 se vyráběla v čínských továrnách. Pistole TT posloužila jako vzor pro pistoli Vz. 52."),
    ("ru", "Пистолет Тип 54 выпускался на заводах Китая. За основу этого отчёта был взят доклад экспертов."),
])
def test_a_basis_with_another_owner_or_no_design_gives_the_topic_nothing(extractor: Extractor, lang: str,
                                                                         text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not any(f[0] == "Type 54 pistol" and f[1] == "derived_from" for f in facts), facts
