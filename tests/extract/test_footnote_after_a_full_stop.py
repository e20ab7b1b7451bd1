"""An encyclopedia's footnote number in brackets right after a full stop ("... soviético.[4] O ...") still ends the
sentence: what the next sentence says is not said of the names of the one before."""

from __future__ import annotations

from copytrace.extract.segment import sentences


def test_a_footnote_after_the_stop_ends_the_sentence() -> None:
    text = "O RPK é uma metralhadora de concepção soviética.[4] O RPK-74 veio depois.[5] Foi produzido em Izhevsk."
    assert [text[a:b] for a, b in sentences(text, 0, len(text), frozenset())] == [
        "O RPK é uma metralhadora de concepção soviética.[4]", "O RPK-74 veio depois.[5]", "Foi produzido em Izhevsk."]
