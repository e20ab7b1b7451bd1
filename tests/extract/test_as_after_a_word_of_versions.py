"""Where one word is both "as" and "such as" (Slovak "ako", Czech "jako", Slovene "kot", Croatian "kao", Russian
"как"), the word right after a word of versions or copies, a comma at most between, brings examples of them: each
name after it is a version of the design spoken of, none the original of the next, and none a copy made "as" a
name. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Tank T-97 sa vyrábal v Martine. Vyrábali sa aj špeciálne varianty ako ZX-5, ZX-6.", "sk"),
    ("Tank T-97 se vyráběl v Martině. Vyráběly se i speciální varianty jako ZX-5 a ZX-6.", "cs"),
    ("Tank T-97 so izdelovali v Mariboru. Izdelovali so tudi posebne različice kot ZX-5 in ZX-6.", "sl"),
    ("Tenk T-97 proizvodio se u Slavonskom Brodu. Proizvodile su se i posebne inačice kao ZX-5 i ZX-6.", "hr"),
    ("Танк Т-97 выпускался в Харькове. Выпускались и специальные варианты, как ZX-5 и ZX-6.", "ru"),
])
def test_the_names_after_it_are_versions(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("ZX-5", "derived_from", "T-97") in facts, facts
    assert ("ZX-6", "derived_from", "T-97") in facts, facts
    assert ("ZX-6", "derived_from", "ZX-5") not in facts, facts
    assert ("T-97", "derived_from", "ZX-5") not in facts, facts
