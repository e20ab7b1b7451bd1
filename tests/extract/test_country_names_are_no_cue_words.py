"""A cue word whose form with an ending, or whose form with its accent folded away, is a country's name must not read
that name as the cue: Italian "vietò" (forbade) with an ending took "Vietnam" as a negation, Portuguese "irá" (will)
without its accent is "Irã" (Iran) and made every purchase of Iran's a plan. Each Romance file's cue words are run
over its CLDR country names here. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest
from babel import Locale

from copytrace.extract import Extractor, lexicon
from copytrace.extract.match import match_fold

from .conftest import facts_of


@pytest.mark.parametrize("code", ["fr", "es", "it", "pt", "ro", "ca"])
def test_no_cue_word_reads_a_whole_country_name(code: str) -> None:
    matcher = lexicon.language(code).matcher
    caught = []
    for region, name in Locale.parse(code).territories.items():
        if len(region) == 2 and region.isalpha():
            caught += [(name, m.phrase.cls) for m in matcher.find(name, match_fold(name), 0)
                       if m.phrase.cls != "country" and m.start == 0 and m.end == len(name)]
    assert caught == []


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("it", "Il Vietnam ricevette i MiG-21 dall'Unione Sovietica.", ("MiG-21", "exported_to", "Vietnam")),
    ("pt", "O Irã comprou caças MiG-29 da Rússia em 1990.", ("MiG-29", "exported_to", "Iran")),
])
def test_the_country_buys(extractor: Extractor, lang: str, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)


def test_the_verb_still_negates(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Il governo vietò la vendita di MiG-21 all'Iraq.", "it")
    assert ("MiG-21", "exported_to", "Iraq") not in facts
