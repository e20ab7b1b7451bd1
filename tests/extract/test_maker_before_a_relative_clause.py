"""A word of making before a maker speaks of the design spoken of, where the sentence's only names stand in a
relative clause that opens after the maker ("... at the Kolomna works, which had built the T-34 before"): the
works made the design of the text, and the names in the clause keep their own reading."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The SU-100 tank destroyer. Series production was set up at the Uralmash works in Sverdlovsk, which "
           "had built the SU-85 until then."),
    ("de", "Der Jagdpanzer SU-100. Die Produktion lief im Werk Uralmasch in Swerdlowsk an, das zuvor den SU-85 "
           "gebaut hatte."),
    ("pl", "Niszczyciel czołgów SU-100. Produkcję uruchomiono w zakładach Urałmasz, które wcześniej budowały SU-85."),
])
def test_the_making_before_the_maker_is_the_topics(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert any(s == "SU-100" and r == "manufactured_by" for s, r, _ in facts), facts
    assert any(s == "SU-85" and r == "manufactured_by" for s, r, _ in facts), facts


def test_a_name_in_the_main_clause_keeps_the_making(extractor: Extractor) -> None:
    text = ("The SU-100 tank destroyer. The SU-85 was built at the Uralmash works in Sverdlovsk, which later made "
            "other designs.")
    facts = facts_of(extractor, text, "en")
    assert not any(s == "SU-100" and r == "manufactured_by" for s, r, _ in facts), facts
