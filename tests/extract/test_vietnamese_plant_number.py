"""Vietnamese labels a plant's number with "số" ("Nhà máy số 617", Factory No. 617) as other languages write "No."
or "№": the plant with its number is the maker. Sentences of our own."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "maker"), [
    ("Xe tăng Type 59 do Nhà máy số 617 chế tạo từ năm 1959.", "Nhà máy số 617"),
    ("Xe tăng Type 59 được sản xuất tại Nhà máy số 617 ở Nội Mông.", "Nhà máy số 617"),
    # guard: the number without its label, as before
    ("Xe tăng Type 59 do Nhà máy 617 chế tạo từ năm 1959.", "Nhà máy 617"),
])
def test_a_plant_and_its_labelled_number_make_the_design(full_extractor: Extractor, text: str, maker: str) -> None:
    facts = facts_of(full_extractor, text, "vi")
    assert ("Type 59 tank", "manufactured_by", maker) in facts, facts


def test_a_count_after_the_label_word_is_no_plant(full_extractor: Extractor) -> None:
    # guard: "số lượng" (a number of) before a count names no plant
    facts = facts_of(full_extractor, "Nhà máy đã chế tạo số lượng 500 xe tăng Type 59.", "vi")
    assert not [f for f in facts if f[1] == "manufactured_by" and "500" in f[2]], facts
