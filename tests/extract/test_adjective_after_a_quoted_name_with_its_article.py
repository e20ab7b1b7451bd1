"""Where adjectives follow their noun, a country's adjective right after a quoted name is that name's, though the
article glued to the adjective ("... \"تي-72\" الروسية") stands between them: it places no other name of the sentence
that a word of making stands beside. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_adjective_with_article_after_a_quoted_rival(extractor: Extractor) -> None:
    text = 'يرى الخبراء أن الدبابة "كرار" المحلية أثقل من الدبابة "تي-72" الروسية.'
    facts = facts_of(extractor, text, "ar")
    assert not any(r == "made_in_country" and o == "Russia" and s != "T-72" for s, r, o in facts), facts


def test_the_quoted_name_keeps_its_adjective(extractor: Extractor) -> None:
    text = 'يرى الخبراء أن الدبابة "كرار" المحلية أثقل من الدبابة "تي-72" الروسية.'
    facts = facts_of(extractor, text, "ar")
    assert ("T-72", "made_in_country", "Russia") in facts, facts
