"""A word of derivation whose derivative is the design the text is about reads it from the design's own name where
the sentence names it again before the word, a copula or a relative word between saying what it is: the distance
counts from there, not from the sentence's start, however long the clause between. A name that is only the subject
of another verb, the word of derivation in a clause of purpose of its own, does not. Sentences of our own; they prove
behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Malezja ma czołgi Harimau-3. Wojsko ma w sumie 48 czołgów Harimau-3, które kupiło od polskiej firmy w latach "
     "2003 - 2007 za duże pieniądze i które są ulepszoną odmianą polskiego czołgu PT-91.", "pl",
     ("Harimau-3", "derived_from", "PT-91 Twardy")),
    ("Xe tăng kiểu 97 là xe tăng của Trung Quốc. Trong nhiều năm liền quân đội nước này dùng nhiều loại xe tăng "
     "khác nhau, và xe tăng kiểu 97 là một mẫu xe tăng chủ lực do Trung Quốc tự làm dựa trên xe tăng T-54A của "
     "Liên Xô.", "vi",
     ("Type 97", "derived_from", "T-54A")),
    ("The Harimau-3 is a tank. The Harimau-3 tanks, which the army bought from a Polish firm between 2003 and 2007 "
     "for a large sum and which it still fields, are an upgraded version of the PT-91.", "en",
     ("Harimau-3", "derived_from", "PT-91 Twardy")),
])
def test_the_name_said_to_be_a_version_is_read_where_it_stands(extractor: Extractor, text: str, lang: str,
                                                                fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)


def test_a_name_that_is_only_another_verb_s_subject_is_not_read(extractor: Extractor) -> None:
    text = ("Der Sokol-7 ist ein Kampfflugzeug. Das Team des Sokol-7 arbeitete danach lange Jahre mit der rumänischen "
            "Firma, einem deutschen Partner und vielen anderen Leuten zusammen, um eine Modernisierung der MiG-29 des "
            "Landes auszuführen.")
    assert ("Sokol-7", "derived_from", "MiG-29") not in facts_of(extractor, text, "de")
