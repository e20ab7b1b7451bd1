"""Czech, Slovak and Polish open a sentence with a bare demonstrative before its verb ("Ten byl ...", "Ten bol ...",
"Ten został ..."): it stands for the last design the sentence before named, as "the latter" does, not for the first
one nor for the design the text is about. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("cs", "Závod nejprve stavěl mostní tank MT-55 a od roku 1970 také vyprošťovací vůz VT-55. Ten byl později "
           "exportován do Indie."),
    ("cs", "V sedmdesátých letech vyráběla továrna obrněnce OT-64 a potom i tanky T-72M. Ten se prodával hlavně "
           "do Indie."),
    ("sk", "Podnik najprv montoval tank T-55 a neskôr aj vyslobodzovací tank VT-72. Ten bol neskôr vyvezený do "
           "Indie."),
    ("pl", "Zakład budował najpierw czołg T-55, a potem także wóz zabezpieczenia technicznego WZT-3. Ten został "
           "później wyeksportowany do Indii."),
])
def test_a_bare_demonstrative_points_at_the_design_named_last(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    india = [f[0] for f in facts if f[1:] == ("exported_to", "India")]
    assert india, facts
    assert all(s in {"VT-55", "T-72M", "VT-72", "WZT-3"} for s in india), facts


@pytest.mark.parametrize(("lang", "text"), [
    ("cs", "Závod nejprve stavěl mostní tank MT-55 a od roku 1970 také vyprošťovací vůz VT-55. Ten tank MT-55 byl "
           "později exportován do Indie."),
    ("pl", "Zakład budował najpierw czołg T-55, a potem także wóz WZT-3. Ten czołg był eksportowany do Indii."),
])
def test_a_demonstrative_before_a_noun_is_no_latter(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not any(f[0] in {"VT-55", "WZT-3"} and f[1:] == ("exported_to", "India") for f in facts), facts
