"""A name a word for "as" gives after a making is the copy made also where the place between is a country's name of
many words ("made in the Democratic People's Republic of Korea as the Type 68"): the name counts as one word of the
clause. The long official names of the socialist states are their countries' names."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _facts(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    return {(f.subject, f.relation, f.object) for f in extractor.extract_text(text, "t")}


@pytest.mark.parametrize(("text", "copy", "original", "country"), [
    ("The AKM was later made in the Democratic People's Republic of Korea as the Type 68.", "Type 68", "AKM",
     "North Korea"),
    ("The Mi-2 was produced under licence in the Polish People's Republic as the PZL Kania.", "Kania", "Mi-2",
     "Poland"),
    ("The OT-64 was made in the Czechoslovak Socialist Republic as a version of the BTR-60.", "OT-64", "BTR-60",
     "Czechoslovakia"),
])
def test_copy_named_past_a_long_name(extractor: Extractor, text: str, copy: str, original: str, country: str) -> None:
    facts = _facts(extractor, text)
    assert any(copy in s and r == "made_in_country" and o == country for s, r, o in facts)
    assert any(copy in s and r == "derived_from" and original in o for s, r, o in facts)
