"""Vietnamese writes the SKS carbine with the Latin letters that look like its Cyrillic initials ("CKC" for "СКС"):
the name alone is the SKS family, the original of the copies a sentence derives from it."""

from __future__ import annotations

from .conftest import facts_of


def test_ckc_is_the_original_of_a_named_version(extractor) -> None:
    facts = facts_of(extractor, "Phiên bản CKC của Trung Quốc có tên là Kiểu 56.", "vi")
    assert any(s.startswith("Type 56") and r == "derived_from" and o == "SKS" for s, r, o in facts)
    assert not any(o == "CKC" for _, _, o in facts)
