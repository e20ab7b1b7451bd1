"""A heading that writes a known name together with a designation the registry does not know ("KBK-88 Tantal")
still names that one design: the text under it speaks of it, not of the design before."""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_the_heading_s_known_name_is_spoken_of(extractor: Extractor) -> None:
    text = ("PA md. 86 (Rumania)\nEl PA md. 86 rumano dispara cartuchos de 5,45 mm.\n"
            "KBK-88 Tantal\nEsta versión polaca del AK-74 pesaba más de lo previsto.")
    facts = facts_of(extractor, text, "es")
    assert ("kbk wz. 88 Tantal", "derived_from", "AK-74") in facts
    assert ("PA md. 86", "derived_from", "AK-74") not in facts
