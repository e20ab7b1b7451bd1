"""Vietnamese "tên công nghiệp" (industrial name) is a word of naming: the name after it, a label's colon between, is
another name of the design before it."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_industrial_name_in_brackets(extractor):
    text = "Xe tăng kiểu 69 (tên công nghiệp của nhà máy: WZ121) được chế tạo tại Trung Quốc từ năm 1974."
    facts = facts_of(extractor, text, "vi")
    assert any(r == "alias_of" and "WZ121" in (s, o) for s, r, o in facts), facts
