"""A name right after a naming word that holds "it" ("称之为", "稱其為", "gọi nó là": call it X) is another name of
the design spoken of; a country where the sentence makes that design made no product of that name. Sentences of our
own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "named"), [
    ("zh", "69式火箭筒由中国成批量产,但有些外国报刊干脆称之为RPG-7。", "RPG-7"),
    ("zh", "69式火箭筒由中國成批量產,但有些外國報刊乾脆稱其為RPG-7。", "RPG-7"),
    ("vi", "Kiểu 69 là súng chống tăng được sản xuất hàng loạt ở Trung Quốc, nhưng nhiều người gọi nó là RPG-7.",
     "RPG-7"),
])
def test_the_name_it_is_called_is_made_nowhere(extractor: Extractor, lang: str, text: str, named: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (named, "made_in_country", "China") not in facts
