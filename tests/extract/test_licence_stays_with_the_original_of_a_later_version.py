"""A licence the text reads of a design made abroad goes to that country's one copy the registry derives from it
("The Type 56 is a Chinese rifle. China received a licence to produce the AK-47"), but not to a copy the text
itself calls a later version of the design: that copy was developed from the licensed one, which keeps its licence."""

from __future__ import annotations

from copytrace.extract import Extractor


def _licensed(extractor: Extractor, text: str) -> set[str]:
    return {f.subject for f in extractor.extract_text(text, "t")
            if f.relation == "licence_status" and f.object == "licensed"}


def test_a_later_version_leaves_the_licence_to_its_original(extractor: Extractor) -> None:
    text = "The Tabuk is an Iraqi rifle. It is a longer rework of the AKM, which was built under licence in Iraq."
    licensed = _licensed(extractor, text)
    assert "AKM" in licensed
    assert "Tabuk" not in licensed


def test_the_countrys_copy_still_takes_a_licence_of_its_original(extractor: Extractor) -> None:
    licensed = _licensed(extractor, "The Type 56 is a Chinese rifle. China received a licence to produce the AK-47.")
    assert "Type 56" in licensed
