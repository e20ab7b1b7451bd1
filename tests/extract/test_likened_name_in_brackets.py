"""A name that a word of likening opens brackets with, after another name ("the J-6, a fighter (like the American
F-100), was a copy of the MiG-19"), is what that one is likened to: the derivation the sentence goes on to state is
the first name's, never the likened one's; the likened name keeps its own adjective."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


@pytest.mark.parametrize(("text", "lang", "design", "original", "likened"), [
    ("O MiG-17, um caça (como os F-86 americanos), foi uma evolução do MiG-15.", "pt", "MiG-17", "MiG-15", "F-86"),
    ("El J-6, un caza (como el F-100 estadounidense), fue una copia del MiG-19.", "es", "Shenyang J-6", "MiG-19",
     "F-100"),
    ("The J-6, a fighter (like the American F-100), was a copy of the MiG-19.", "en", "Shenyang J-6", "MiG-19",
     "F-100"),
])
def test_the_likened_name_in_brackets_takes_no_derivation(extractor: Extractor, text: str, lang: str, design: str,
                                                           original: str, likened: str) -> None:
    found = {(f.subject, f.object) for f in extractor.extract_text(text, "t", lang) if f.relation == "derived_from"}
    assert (design, original) in found
    assert not any(subject == likened for subject, _ in found)
