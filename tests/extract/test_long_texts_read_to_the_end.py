"""A long text is read to its end: past the characters one document holds, and past the cap on one document's
mentions, it is read block by block (blocks end at paragraphs), every fact's offsets still index the whole text.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import itertools

from copytrace.extract import Extractor
from copytrace.extract.pipeline import BLOCK, text_blocks

FILLER = "A T-72 tank number {n} stood in a museum hall beside other vehicles and visitors looked at it."
LAST = "The Zastava M70 is a Yugoslav copy of the Soviet AKM."


def _long_text(paragraphs: int) -> str:
    return "\n\n".join(FILLER.format(n=n) for n in range(paragraphs)) + "\n\n" + LAST + "\n"


def test_a_fact_at_the_end_of_a_long_dense_text_is_found(extractor: Extractor) -> None:
    text = _long_text(3000)   # about 300,000 characters, dense with names: far past one document's cap
    facts = [f for f in extractor.extract_text(text, "long.txt") if f.relation == "derived_from"]
    assert [(f.subject, f.object) for f in facts] == [("Zastava M70", "AKM")]
    assert text[facts[0].start:facts[0].end] == facts[0].quote
    assert facts[0].start > len(text) - len(LAST) - 2


def test_blocks_end_at_paragraphs_and_cover_the_text() -> None:
    text = _long_text(2000)
    blocks = list(text_blocks(text, 0, BLOCK))
    assert len(blocks) > 1
    assert blocks[0][0] == 0 and blocks[-1][1] == len(text)
    assert all(b == a2 for (_, b), (a2, _) in itertools.pairwise(blocks))
    assert all(b - a <= BLOCK for a, b in blocks)
    assert all(text[b - 2:b] == "\n\n" for _, b in blocks[:-1])
