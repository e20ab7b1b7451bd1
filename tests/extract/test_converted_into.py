"""A design converted into another ("converted the T-97 into the T-97R", "was converted into", "transformé en",
"przebudowano na", "переоборудован в", Vietnamese "cải tạo X thành Y") is the original of the one it became: the name
inside the phrase, or before it, is the original, the name after it the derivative. Sentences of our own; they prove
behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("The T-97 was converted into the ZX-5 recovery vehicle.", "en"),
    ("In 1970 the plant converted old T-97 tanks into ZX-5 recovery vehicles.", "en"),
    ("Trung Quốc cải tạo xe tăng T-97 thành xe tăng ZX-5.", "vi"),
    ("Xe tăng T-97 được cải tạo thành xe tăng ZX-5.", "vi"),
    ("Le T-97 a été transformé en char de dépannage ZX-5.", "fr"),
    ("L'usine a converti des T-97 en ZX-5.", "fr"),
    ("El T-97 fue convertido en el vehículo ZX-5.", "es"),
    ("La fábrica transformó los T-97 en ZX-5.", "es"),
    ("Il T-97 è stato trasformato nel veicolo ZX-5.", "it"),
    ("O T-97 foi convertido no veículo ZX-5.", "pt"),
    ("Т-97 был переоборудован в машину ZX-5.", "ru"),
    ("Т-97 був переобладнаний у машину ZX-5.", "uk"),
    ("T-97 przebudowano na wóz ZX-5.", "pl"),
    ("Czołgi T-97 przerobiono na wozy ZX-5.", "pl"),
    ("Tanky T-97 byly přestavěny na vozidla ZX-5.", "cs"),
    ("Tenk T-97 je preinačen u vozilo ZX-5.", "hr"),
    ("Tancul T-97 a fost transformat în vehiculul ZX-5.", "ro"),
    ("Tank T-97 diubah menjadi kendaraan ZX-5.", "id"),
    ("تم تحويل دبابات T-97 إلى مركبات ZX-5.", "ar"),
    ("Der T-97 wurde zum Bergepanzer ZX-5 umgebaut.", "de"),
    ("Ältere T-97 wurden zum ZX-5 umgerüstet.", "de"),
])
def test_the_design_converted_is_the_original(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("ZX-5", "derived_from", "T-97") in facts, facts
    assert ("T-97", "derived_from", "ZX-5") not in facts, facts
