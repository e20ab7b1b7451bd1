"""A demonstrative and a product noun ("this aircraft", "этого самолёта") point back at a design named before: a
capitalised word right after them is the sentence's next word (a recipient, an airline, a place), not a name the
noun gives, so it makes no product of its own.

The sentences were written for these tests: each proves one reading of the pipeline, never how well extraction does
on real text (see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_a_word_after_a_demonstrative_noun_is_no_product(extractor: Extractor) -> None:
    text = "Ан-2 строился в Польше. Через год этот самолет Газпрому передали министры СССР."
    facts = facts_of(extractor, text, "ru")
    assert ("An-2", "made_in_country", "Poland") in facts, facts
    assert {f[0] for f in facts} == {"An-2"}, facts


def test_a_name_after_a_plain_noun_is_still_read(extractor: Extractor) -> None:
    text = "Танк Вихрь строился в Польше."
    facts = facts_of(extractor, text, "ru")
    assert any(f[1] == "made_in_country" and f[2] == "Poland" for f in facts), facts
