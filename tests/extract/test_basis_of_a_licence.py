"""A word of basis whose object is a word of licence or of production papers ("on the basis of a licence", "atas
dasar lisensi", "na podstawie licencji", "на основе лицензии", "na základě dokumentace") says how a design was made;
with no name after it, it names no original, and the design made before it is no original of the design spoken of.
Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Pabrik itu dikenal dengan senapan Malam-5. Kemudian pabrik itu membuat karabin SKS atas dasar lisensi "
     "dari Uni Soviet.", "id"),
    ("Zakład znany jest z karabinu Malam-5. Potem zakład produkował SKS na podstawie licencji z ZSRR.", "pl"),
    ("Závod je známý puškou Malam-5. Poté závod vyráběl SKS na základě licence ze SSSR.", "cs"),
    ("Завод известен винтовкой Malam-5. Затем завод выпускал СКС на основе лицензии СССР.", "ru"),
    ("The plant is known for the Malam-5 rifle. Later the plant made the SKS on the basis of a licence from the "
     "Soviet Union.", "en"),
])
def test_a_licence_as_the_basis_names_no_original(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Malam-5", "derived_from", "SKS") not in facts, facts
    assert ("SKS", "licence_status", "licensed") in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Zakład znany jest z karabinu Malam-5. Potem zakład produkował SKS na podstawie dokumentacji z ZSRR.", "pl"),
    ("Závod je známý puškou Malam-5. Poté závod vyráběl SKS na základě dokumentace ze SSSR.", "cs"),
    ("Завод известен винтовкой Malam-5. Затем завод выпускал СКС на основе документации СССР.", "ru"),
    ("Das Werk ist für das Gewehr Malam-5 bekannt. Später baute das Werk das SKS auf Grundlage sowjetischer "
     "Unterlagen.", "de"),
])
def test_papers_as_the_basis_name_no_original(extractor: Extractor, text: str, lang: str) -> None:
    assert ("Malam-5", "derived_from", "SKS") not in facts_of(extractor, text, lang)
