"""Vietnamese "bản" (a copy, a drawing: "bản vẽ", "bản thiết kế") folds to the same letters as "bán" (sell): "có được
bản vẽ" (to obtain the drawings) is no sale, so the drawings asked for make no licence; "được bán" (was sold) still
is a sale.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_drawings_asked_for_are_no_licence(extractor: Extractor) -> None:
    text = ("Ba Lan mua những chiếc MiG-15 của Liên Xô vào năm 1951, về sau còn mong có được bản vẽ và công nghệ "
            "chế tạo.")
    facts = facts_of(extractor, text, "vi")
    assert ("MiG-15", "exported_to", "Poland") in facts, facts
    assert not [f for f in facts if f[1] in {"licence_status", "licensed_by"}], facts


def test_was_sold_is_still_a_sale(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Xe tăng T-62 được bán cho Ai Cập.", "vi")
    assert ("T-62", "exported_to", "Egypt") in facts, facts
