"""A name a part word stands right before ("động cơ WP-7", "mesin WS-10") is a part of the design the sentence speaks
of: "this aircraft" in the next sentence points at the design, not at the engine. Sentences of our own."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "design", "engine"), [
    ("Máy bay J-8 do Trung Quốc chế tạo dùng động cơ WP-7 trong nước. Năm 1970, Trung Quốc nhận được giấy phép để sản "
     "xuất loại máy bay này.", "vi", "J-8", "WP-7"),
    ("Pesawat J-8 buatan Cina memakai mesin WP-7 buatan dalam negeri. Pada 1970 Cina mendapat lisensi untuk "
     "memproduksi pesawat ini.", "id", "J-8", "WP-7"),
])
def test_this_aircraft_is_not_the_engine(full_extractor: Extractor, text: str, lang: str, design: str,
                                         engine: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    licensed = {s for s, r, _ in facts if r == "licence_status"}
    assert engine not in licensed, facts
    assert design in licensed, facts


def test_a_design_named_alone_is_still_spoken_of(full_extractor: Extractor) -> None:
    # guard: the design itself, with no part word before it, stays the subject of the next sentence
    facts = facts_of(full_extractor, "Tiêm kích J-8 là máy bay của Trung Quốc. Năm 1970, Trung Quốc nhận được giấy "
                     "phép để sản xuất loại máy bay này.", "vi")
    assert "J-8" in {s for s, r, _ in facts if r == "licence_status"}, facts
