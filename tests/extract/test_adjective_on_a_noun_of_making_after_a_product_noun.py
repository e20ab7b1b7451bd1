"""A country's adjective on a noun of making that follows a product noun ("tanks of Yugoslav production",
"tenkova jugoslavenske proizvodnje") names where the things were made, even where a word of buying comes before:
the buyer is another country. An adjective with no product noun before it ("Soviet-era production plants") or
before the things it describes ("Russian-made helicopters") says nothing of the topic."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _made(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extractor.extract_text(text, "t", lang) if f.relation == "made_in_country"}


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("The M-84 is a heavy tank. Oman ordered 80 tanks of Yugoslav production in 1989.", "en", "Yugoslavia"),
    ("M-84 je težak tenk. Oman je 1989. naručio 80 tenkova jugoslavenske proizvodnje.", "hr", "Yugoslavia"),
    ("M-84 je težak tank. Oman je leta 1989 naročil 80 tankov jugoslovanske izdelave.", "sl", "Yugoslavia"),
    ("М-84 е тежък танк. Оман поръча 80 танка югославско производство през 1989 г.", "bg", "Yugoslavia"),
])
def test_adjective_on_the_making_names_the_maker(extractor: Extractor, text: str, lang: str, country: str) -> None:
    assert ("M-84", country) in _made(extractor, text, lang)


def test_making_with_no_product_noun_before_says_nothing_of_the_topic(extractor: Extractor) -> None:
    text = "The M-84 is a heavy tank. Forgers now use Soviet-era production lines."
    assert ("M-84", "Soviet Union") not in _made(extractor, text, "en")
