"""A design named in passing in a sentence about the design spoken of (what it replaced, what it is likened to) takes
none of the sentence's facts and does not keep them from the design spoken of: "It replaced the T-55 and was exported
to Kuwait", "Like the T-72, it was exported to Kuwait", "Ta broń zastąpiła AKM i była eksportowana do Iraku" (a verb
between a demonstrative phrase and a name is no apposition). Sentences of our own; they prove behaviour, not
quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "M-84\n\nThe M-84 is a Yugoslav tank. It replaced the T-55 in the army and was exported to Kuwait."),
    ("de", "M-84\n\nDer M-84 ist ein jugoslawischer Kampfpanzer. Der Panzer ersetzte den T-55 und wurde nach Kuwait "
           "exportiert."),
    ("it", "M-84\n\nIl M-84 è un carro jugoslavo. Sostituì il T-55 e fu esportato in Kuwait."),
    ("cs", "M-84\n\nM-84 je jugoslávský tank. Nahradil T-55 a byl vyvážen do Kuvajtu."),
    ("ru", "М-84\n\nМ-84 — югославский танк. Этот танк заменил Т-55 и экспортировался в Кувейт."),
    ("en", "M-84\n\nThe M-84 is a Yugoslav tank. Like the T-72, it was exported to Kuwait."),
])
def test_the_design_spoken_of_keeps_the_export(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("M-84", "exported_to", "Kuwait") in facts
    assert not any(s in {"T-55", "T-72"} and r == "exported_to" for s, r, _ in facts)


@pytest.mark.parametrize("text", [
    "Tantal\n\nTantal to polski karabinek. Ta broń zastąpiła AKM w wojsku i była eksportowana do Iraku.",
    "Tantal\n\nTantal to polski karabinek. Podobnie jak AK-74, był eksportowany do Iraku.",
])
def test_polish_pointer_and_likening(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "pl")
    assert ("kbk wz. 88 Tantal", "exported_to", "Iraq") in facts
    assert not any(s in {"AKM", "AK-74"} and r == "exported_to" for s, r, _ in facts)


def test_a_name_right_after_the_pointer_still_speaks_for_itself(extractor: Extractor) -> None:
    # (an apposition: "this rifle, the AKM" names the rifle)
    facts = facts_of(extractor, "The AK-47 was adopted in 1949. This rifle, the AKM, was exported to Egypt.", "en")
    assert ("AKM", "exported_to", "Egypt") in facts
